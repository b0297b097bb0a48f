"""A surname one typo from a day word ("Martin", "marți"), written against a first name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from tests.factories import make_client, make_rep

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


@pytest.fixture
def rep(session: Session):  # type: ignore[no-untyped-def]
    solene = make_rep(session, "USOLENE", "Solène Garnier", timezone="Europe/Paris", locale="fr-FR")
    make_client(session, "Rose Delmas", covered_by=[solene])
    return solene


def test_a_day_typo_written_against_a_first_name_asks_whom_not_when(
    session: Session,
    rep,  # type: ignore[no-untyped-def]
) -> None:
    reading = interpret(
        session, actor=rep, text="Rose Martin rdv hier", now=NOW, idempotency_key=None
    )
    assert reading.draft is None
    assert not reading.unclear
    assert [c.name for c in reading.candidates] == ["Rose Delmas"]


def test_a_day_typo_after_a_full_name_is_asked_as_a_day(session: Session, rep) -> None:  # type: ignore[no-untyped-def]
    reading = interpret(
        session, actor=rep, text="Rose Delmas Mardii, rdv", now=NOW, idempotency_key=None
    )
    assert reading.draft is None
    assert [u.what for u in reading.unclear] == ["date"]


def _named(session: Session, rep, line: str):  # type: ignore[no-untyped-def]
    reading = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
    if reading.draft is not None and reading.client is not None:
        return reading.client.name
    return sorted(c.name for c in reading.candidates)


@pytest.fixture
def short_names(session: Session):  # type: ignore[no-untyped-def]
    """Clients whose names hold words of four letters, in several languages."""
    reps = {}
    for code, zone, locale in (
        ("EN", "America/New_York", "en-US"),
        ("RO", "Europe/Bucharest", "ro-RO"),
        ("MS", "Asia/Kuala_Lumpur", "ms-MY"),
        ("HI", "Asia/Kolkata", "hi-IN"),
        ("FR", "Europe/Paris", "fr-FR"),
        ("SV", "Europe/Stockholm", "sv-SE"),
    ):
        reps[code] = make_rep(session, f"U{code}SN", f"Rep {code}", timezone=zone, locale=locale)
    for code, name in (
        ("EN", "Carmen Ruiz"),
        ("EN", "June Park"),
        ("RO", "Mihai Lupu"),
        ("MS", "Lim Mei Ling"),
        ("MS", "Tan Boon Kiat"),
        ("HI", "Shanti Iyer"),
        ("HI", "Sona Kapoor"),
        ("FR", "Noël Roux"),
        ("SV", "Tove Hägg"),
        ("SV", "Grace Liu"),
    ):
        make_client(session, name, covered_by=[reps[code]])
    return reps


@pytest.mark.parametrize(
    ("code", "line", "client"),
    [
        ("EN", "Carmen Ruis email yesterday, Q4 rebalance", "Carmen Ruiz"),
        ("EN", "Jun Park letter sent yesterday", "June Park"),
        ("RO", "Mihai Lupo email aseară, extras de cont", "Mihai Lupu"),
        ("MS", "Puan Lim Mei Lin emel semalam", "Lim Mei Ling"),
        ("MS", "Tan Boon Kit telefon semalam", "Tan Boon Kiat"),
        ("HI", "Shanti Iyar se kal phone pe baat hui", "Shanti Iyer"),
        ("FR", "Noel Rouxx tél hier", "Noël Roux"),
        ("SV", "Tove Hag ringde igår", "Tove Hägg"),
    ],
)
def test_a_short_name_word_one_letter_off_beside_the_rest_written_exactly_is_the_client(
    session: Session,
    short_names,  # type: ignore[no-untyped-def]
    code: str,
    line: str,
    client: str,
) -> None:
    """A letter changed, missing or added in a four-letter word ("Ruis", "Jun", "Lupo",
    "Lin", "Kit", "Iyar"), the rest of the name as written: the whole name one typo away."""
    assert _named(session, short_names[code], line) == client


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("EN", "Jun called yesterday"),  # a short word alone: nothing else to go by
        ("EN", "Jun Parc letter sent yesterday"),  # two slips
        ("SV", "Grace Lieu ringde igår"),  # a word of three letters ("Lieu" is no Liu)
    ],
)
def test_a_short_name_word_one_letter_off_with_nothing_exact_beside_it_is_asked(
    session: Session,
    short_names,  # type: ignore[no-untyped-def]
    code: str,
    line: str,
) -> None:
    assert isinstance(_named(session, short_names[code], line), list)


def test_a_long_vowel_written_as_it_sounds_is_the_same_name(
    session: Session,
    short_names,  # type: ignore[no-untyped-def]
) -> None:
    """ "Kapur" for Kapoor (a Hindi name's long vowel written "oo" or "u")."""
    assert _named(session, short_names["HI"], "Sona Kapur ko chitthi bheji aaj") == "Sona Kapoor"
    assert _named(session, short_names["HI"], "Kapur ko chitthi bheji aaj") == "Sona Kapoor"


def test_a_money_word_that_is_a_clients_first_name_names_the_client(session: Session) -> None:
    """ "Dana" is Malay for funds (a money word) and Dana Wozniak's first name: written
    against her surname, the book decides; her husband Carter is not offered."""
    rep = make_rep(session, "UDANA", "Dana's Rep", timezone="America/New_York", locale="en-US")
    make_client(session, "Dana Wozniak", covered_by=[rep])
    make_client(session, "Carter Wozniak", covered_by=[rep])
    assert _named(session, rep, "Dana Wozniak call at 9 today, 403(b) rollover") == "Dana Wozniak"
    assert _named(session, rep, "Wozniak call at 9 today") == ["Carter Wozniak", "Dana Wozniak"]

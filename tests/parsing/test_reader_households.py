"""A family named in a line: asked which member, unless one member is named whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from tests.factories import make_client, make_rep

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


@pytest.fixture
def rep(session: Session):  # type: ignore[no-untyped-def]
    ioana = make_rep(
        session, "UIOANA", "Ioana Dumitrescu", timezone="Europe/Bucharest", locale="ro-RO"
    )
    make_client(session, "Mircea Popa", covered_by=[ioana], household="Popa")
    make_client(session, "Elena Popa", covered_by=[ioana], household="Popa")
    return ioana


def named(session: Session, rep, line: str):  # type: ignore[no-untyped-def]
    reading = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
    return reading.client.name if reading.client else sorted(c.name for c in reading.candidates)


def test_a_member_named_whole_before_family_is_that_member(session: Session, rep) -> None:  # type: ignore[no-untyped-def]
    assert named(session, rep, "Mircea Popa family dinner sâmbătă, 60th") == "Mircea Popa"


@pytest.mark.parametrize("line", ["Popa family dinner sâmbătă", "familia Popa la cină sâmbătă"])
def test_a_family_named_by_its_surname_is_asked_which_member(
    session: Session,
    rep,  # type: ignore[no-untyped-def]
    line: str,
) -> None:
    assert named(session, rep, line) == ["Elena Popa", "Mircea Popa"]


@pytest.fixture
def households(session: Session):  # type: ignore[no-untyped-def]
    """A rep of each language with a two-client household, and a client with no household
    (nobody else in the firm the spouse could be)."""
    reps = {}
    for code, zone, locale in (
        ("EN", "America/New_York", "en-US"),
        ("FR", "Europe/Paris", "fr-FR"),
        ("SV", "Europe/Stockholm", "sv-SE"),
        ("RO", "Europe/Bucharest", "ro-RO"),
        ("MS", "Asia/Kuala_Lumpur", "ms-MY"),
        ("HI", "Asia/Kolkata", "hi-IN"),
    ):
        reps[code] = make_rep(session, f"U{code}HH", f"Rep {code}", timezone=zone, locale=locale)
    for code, first, second, single in (
        ("EN", "Grant Hollis", "Maeve Hollis", "Dora Pratt"),
        ("FR", "Luc Berthier", "Anne Berthier", "Paul Viguier"),
        ("SV", "Björn Lindqvist", "Karin Lindqvist", "Sven Dahl"),
        ("RO", "Mihai Lupu", "Ioana Lupu", "Dan Ursu"),
        ("MS", "Lim Wei Ming", "Lim Mei Ling", "Tan Ah Kow"),
        ("HI", "Anil Mehta", "Sunita Mehta", "Vijay Rao"),
    ):
        household = first.split()[-1] if code != "MS" else first.split()[0]
        make_client(session, first, covered_by=[reps[code]], household=household)
        make_client(session, second, covered_by=[reps[code]], household=household)
        make_client(session, single, covered_by=[reps[code]])
    return reps


@pytest.mark.parametrize(
    ("code", "line", "asked"),
    [
        ("EN", "Grant Hollis and his wife dinner last night", ["Grant Hollis", "Maeve Hollis"]),
        ("EN", "lunch with Grant Hollis & wife today", ["Grant Hollis", "Maeve Hollis"]),
        ("FR", "Luc Berthier et sa femme au déjeuner hier", ["Anne Berthier", "Luc Berthier"]),
        (
            "SV",
            "Björn Lindqvist och hans fru på middag igår",
            ["Björn Lindqvist", "Karin Lindqvist"],
        ),
        ("SV", "Björn Lindqvist och fru lunch igår", ["Björn Lindqvist", "Karin Lindqvist"]),
        ("RO", "Mihai Lupu și soția la cină vineri", ["Ioana Lupu", "Mihai Lupu"]),
        ("MS", "Lim Wei Ming dan isteri makan malam semalam", ["Lim Mei Ling", "Lim Wei Ming"]),
        ("HI", "Anil Mehta aur unki patni se kal mulaqat", ["Anil Mehta", "Sunita Mehta"]),
        ("HI", "Anil Mehta और पत्नी से कल मुलाकात", ["Anil Mehta", "Sunita Mehta"]),
        # Listed after a comma, with whose they are: "Grant Hollis, his wife and kids".
        (
            "EN",
            "Grant Hollis, his wife and kids dinner last night",
            ["Grant Hollis", "Maeve Hollis"],
        ),
    ],
)
def test_a_client_and_their_relative_together_is_asked_when_the_household_has_another_client(
    session: Session,
    households,  # type: ignore[no-untyped-def]
    code: str,
    line: str,
    asked: list[str],
) -> None:
    """ "Mihai Lupu și soția": the contact was with two people, and the spouse may be the
    household's other client, whose record it would be too: asked, never guessed."""
    assert named(session, households[code], line) == asked


@pytest.mark.parametrize(
    ("code", "line", "client"),
    [
        ("EN", "Dora Pratt and her husband dinner last night", "Dora Pratt"),
        ("FR", "Paul Viguier et sa femme au déjeuner hier", "Paul Viguier"),
        ("SV", "Sven Dahl och hans fru på middag igår", "Sven Dahl"),
        ("RO", "Dan Ursu și soția la cină vineri", "Dan Ursu"),
        ("MS", "Tan Ah Kow dan isteri makan malam semalam", "Tan Ah Kow"),
        ("HI", "Vijay Rao aur unki patni se kal mulaqat", "Vijay Rao"),
        # With someone who is no relative, or "with" the spouse: the client met.
        ("EN", "Grant Hollis and his lawyer call yesterday", "Grant Hollis"),
        ("FR", "Luc Berthier dîner samedi avec son épouse", "Luc Berthier"),
        # "och fru Hägg" names Mrs Hägg, no client: "fru" before a name is a title.
        ("SV", "Björn Lindqvist och fru Hägg lunch igår", "Björn Lindqvist"),
    ],
)
def test_a_client_with_a_relative_no_other_client_could_be_is_the_client(
    session: Session,
    households,  # type: ignore[no-untyped-def]
    code: str,
    line: str,
    client: str,
) -> None:
    assert named(session, households[code], line) == client


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("EN", "Grant Hollis's eldest son phoned yesterday"),
        ("MS", "anak lelaki Lim Wei Ming telefon semalam pasal geran rumah"),
        ("MS", "anak perempuan Tan Ah Kow telefon semalam"),
        ("HI", "Anil Mehta ke bete ne kal phone kiya"),
        ("HI", "Vijay Rao ki beti ne aaj phone kiya"),
        ("RO", "fiul lui Dan Ursu a sunat ieri"),
        # The Swedish genitive glued to the name: "Björn Lindqvists fru", "Sven Dahls dotter".
        ("SV", "Björn Lindqvists fru ringde igår"),
        ("SV", "Sven Dahls dotter ringde igår om fullmakten"),
    ],
)
def test_a_relative_of_a_client_who_called_is_asked_never_the_client(
    session: Session,
    households,  # type: ignore[no-untyped-def]
    code: str,
    line: str,
) -> None:
    """The person met is the client's son or daughter: whose record is asked, whatever
    language puts the relative before or after the name."""
    reading = interpret(session, actor=households[code], text=line, now=NOW, idempotency_key=None)
    assert reading.draft is None
    assert reading.candidates


def test_a_french_son_after_a_name_ending_in_s_is_his_not_a_son(session: Session) -> None:
    """ "Marc Dubois son PEA": French "son" is "his", no genitive "Dubois's son"."""
    rep = make_rep(session, "UFRSON", "Rep FR", timezone="Europe/Paris", locale="fr-FR")
    make_client(session, "Marc Dubois", covered_by=[rep], household="Dubois")
    make_client(session, "Hélène Dubois", covered_by=[rep], household="Dubois")
    assert named(session, rep, "Marc Dubois son PEA, tél hier") == "Marc Dubois"

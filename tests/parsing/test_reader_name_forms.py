"""How reps write a client's name: short forms, surname first, particles, sound-alike letters.

The product rule: every name word typed must fit the client (a typo allowed), or the
line is asked; a line never records against a client it does not name.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from bot.errors import NotCovered
from storage.models import Rep
from tests.factories import make_client, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def named(session: Session, rep: Rep, line: str) -> str | list[str]:
    """The client recorded, or the clients offered (sorted) when the line is asked."""
    reading = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
    if reading.draft is not None and reading.client is not None:
        return reading.client.name
    return sorted(c.name for c in reading.candidates)


def test_a_short_form_opening_the_name_is_asked_never_the_client(session: Session) -> None:
    """ "Al Crewe" is not Alistair Crewe's name ("Al" is also a particle, as in "Omar Al
    Fayed", and was dropped as one): asked, Alistair offered. An initial still names him,
    and a particle that is the client's own opens his name as typed."""
    rep = make_rep(session, "UFIO", "Fiona Rep", timezone="Europe/London", locale="en-GB")
    make_client(session, "Alistair Crewe", covered_by=[rep])
    make_client(session, "Omar Al Fayed", covered_by=[rep])
    make_client(session, "Van Nguyen", covered_by=[rep])
    make_client(session, "Chantal De Souza", covered_by=[rep])
    assert named(session, rep, "Al Crewe called this morning re the board fees") == [
        "Alistair Crewe"
    ]
    assert named(session, rep, "Del Crewe rang yesterday") == ["Alistair Crewe"]
    assert named(session, rep, "A. Crewe called this morning") == "Alistair Crewe"
    assert named(session, rep, "A Crewe called this morning") == "Alistair Crewe"
    assert named(session, rep, "Al Fayed called this morning") == "Omar Al Fayed"
    assert named(session, rep, "Van Nguyen emailed yesterday") == "Van Nguyen"
    assert named(session, rep, "De Souza lunch yesterday") == "Chantal De Souza"


def test_a_full_name_joined_by_its_particle_beats_the_word_reading(session: Session) -> None:
    """ "Bulan" is also the Malay month, and Hashim the patronymic of two clients: "Bulan
    binti Hashim" (or "bt") typed whole is her, not a month beside a shared name."""
    rep = make_rep(session, "UNUR", "Nurul Rep", timezone="Asia/Kuala_Lumpur", locale="ms-MY")
    make_client(session, "Bulan binti Hashim", covered_by=[rep])
    make_client(session, "Ahmad Faizal bin Hashim", covered_by=[rep])
    assert named(session, rep, "Bulan binti Hashim emel semalam") == "Bulan binti Hashim"
    assert named(session, rep, "Bulan bt Hashim jumpa semalam, bincang ASB") == (
        "Bulan binti Hashim"
    )
    assert named(session, rep, "Hashim telefon semalam") == [
        "Ahmad Faizal bin Hashim",
        "Bulan binti Hashim",
    ]


def test_a_surname_then_a_comma_then_the_given_name_names_the_client(session: Session) -> None:
    """ "Hellström, Per – brev skickat", as a list of names writes it: Per Hellström (his
    first name is also "per", by). A given name the book does not hold with that surname
    leaves the shared surname asked."""
    rep = make_rep(session, "UEBBA", "Ebba Rep", timezone="Europe/Stockholm", locale="sv-SE")
    make_client(session, "Per Hellström", covered_by=[rep])
    make_client(session, "Margareta Hellström", covered_by=[rep])
    make_client(session, "Jane Smith", covered_by=[rep])
    assert named(session, rep, "Hellström, Per – brev skickat igår med underlaget") == (
        "Per Hellström"
    )
    assert named(session, rep, "Hellström, Margareta: lunch igår") == "Margareta Hellström"
    assert named(session, rep, "Smith, Jane called yesterday re the ISA") == "Jane Smith"
    assert named(session, rep, "Hellström, Karin – brev skickat igår") == [
        "Margareta Hellström",
        "Per Hellström",
    ]


def test_a_first_letter_typed_for_one_that_sounds_alike_is_a_typo(session: Session) -> None:
    """ "Vallin" for Wallin, "Karlsson" for Carlsson: the one typo is the first letter, typed
    as it sounds; a first letter that only looks like a typo ("Jansen") is another name."""
    rep = make_rep(session, "UEBBA2", "Ebba Rep", timezone="Europe/Stockholm", locale="sv-SE")
    make_client(session, "Dag Wallin", covered_by=[rep])
    make_client(session, "Erik Carlsson", covered_by=[rep])
    make_client(session, "Lars Hansen", covered_by=[rep])
    assert named(session, rep, "Dag Vallin telefon i söndags") == "Dag Wallin"
    assert named(session, rep, "Erik Karlsson ringde igår") == "Erik Carlsson"
    assert named(session, rep, "Lars Jansen ringde igår") == ["Lars Hansen"]


def test_the_bank_money_came_from_is_not_a_second_client(session: Session) -> None:
    """ "moving $2m from Chase into …": Chase is the other bank, though Chase Whitfield is a
    client, once the line names its client whole; two clients named are still asked, and
    "a call from Chase" with no sum is Chase the person."""
    rep = make_rep(session, "UBRAD", "Bradley Rep", timezone="America/New_York")
    make_client(session, "Kenji Nakamura", covered_by=[rep], accounts=["ACC-11701"])
    make_client(session, "Chase Whitfield", covered_by=[rep])
    line = "Kenji Nakamura called 9:40 this am, moved $2m from Chase into ACC-11701"
    assert named(session, rep, line) == "Kenji Nakamura"
    assert named(session, rep, "Kenji Nakamura and Chase Whitfield lunch today") == [
        "Chase Whitfield",
        "Kenji Nakamura",
    ]
    assert named(session, rep, "Kenji Nakamura lunch today, then a call from Chase") == [
        "Chase Whitfield",
        "Kenji Nakamura",
    ]


def test_a_day_word_opening_the_line_before_the_channel_is_the_reps_unique_client(
    session: Session,
) -> None:
    """ "Dag lunch igår": Swedish "dag" (day) reads as nothing before the channel word, so it
    is Dag Wallin, the rep's client and the firm's only Dag. "Per telefon" is "by phone",
    and a Dag the firm holds twice is asked."""
    rep = make_rep(session, "UEBBA3", "Ebba Rep", timezone="Europe/Stockholm", locale="sv-SE")
    other = make_rep(session, "UOLLE", "Olle Other", timezone="Europe/Stockholm")
    make_client(session, "Dag Wallin", covered_by=[rep])
    make_client(session, "Per Hellström", covered_by=[rep])
    assert named(session, rep, "Dag lunch igår på Riche, lovade 1,5 milj. EUR") == "Dag Wallin"
    assert named(session, rep, "Per telefon igår, lovade 1 milj. kr") == []
    make_client(session, "Anna Dag", covered_by=[other])
    assert named(session, rep, "Dag lunch igår på Riche") == []


def test_a_hedge_opening_the_line_before_the_channel_is_never_a_first_name(
    session: Session,
) -> None:
    """ "May call Tuesday re the ISA": may she (a call to come), though May is also a month
    and the rep's only May; asked, never recorded as had."""
    rep = make_rep(session, "UFIO2", "Fiona Rep", timezone="Europe/London", locale="en-GB")
    make_client(session, "May Tan", covered_by=[rep])
    make_client(session, "Dag Wallin", covered_by=[rep])
    assert named(session, rep, "May call Tuesday re the ISA") == []
    assert named(session, rep, "Dag lunch yesterday at Riche") == "Dag Wallin"


def test_the_bank_an_account_is_at_is_not_a_second_client(session: Session) -> None:
    """ "closing her Chase acct": Chase is the bank the account is at, though
    Chase Whitman is a client, once the line names its client whole; alone, or named
    whole, Chase is still the person."""
    rep = make_rep(session, "UNYC", "Nia Rep", timezone="America/New_York")
    make_client(session, "Marisol Ortega", covered_by=[rep])
    make_client(session, "Chase Whitman", covered_by=[rep])
    line = "Marisol Ortega emailed this morning re closing her Chase acct in Miami"
    assert named(session, rep, line) == "Marisol Ortega"
    assert named(session, rep, "Marisol Ortega lunch today, sent docs to his SEB konto") == (
        "Marisol Ortega"
    )
    assert named(session, rep, "Marisol Ortega and Chase Whitman lunch today") == [
        "Chase Whitman",
        "Marisol Ortega",
    ]
    assert named(session, rep, "Chase called this morning re the account") == "Chase Whitman"


@pytest.fixture
def initials_book(session: Session) -> dict[str, Rep]:
    """Surnames two clients share in each language, and one surname alone."""
    reps = {
        "fr": make_rep(session, "UINFR", "Fr Rep", timezone="Europe/Zurich", locale="fr-CH"),
        "ro": make_rep(session, "UINRO", "Ro Rep", timezone="Europe/Bucharest", locale="ro-RO"),
        "sv": make_rep(session, "UINSV", "Sv Rep", timezone="Europe/Stockholm", locale="sv-SE"),
        "hi": make_rep(session, "UINHI", "Hi Rep", timezone="Asia/Kolkata", locale="hi-IN"),
        "ms": make_rep(session, "UINMS", "Ms Rep", timezone="Asia/Kuala_Lumpur", locale="ms-MY"),
        "en": make_rep(session, "UINEN", "En Rep", timezone="Europe/London", locale="en-GB"),
    }
    for lang, names in {
        "fr": ["Jean-François Tremblay", "Luc Gagnon", "Julie Gagnon", "Jean-Marc Gagnon"],
        "ro": ["Mirela Pop", "Andrei Pop"],
        "sv": ["Sara Lindqvist", "Sven Lindqvist", "Björn Ek"],
        "hi": ["Rajesh Kumar Sharma", "Ravi Sharma"],
        "ms": ["Ahmad Faizal bin Hashim", "Ahmad Zaki bin Omar"],
        "en": ["Jane Doyle", "John Doyle", "Priya Raghunathan"],
    }.items():
        for name in names:
            make_client(session, name, covered_by=[reps[lang]])
    return reps


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("fr", "JF Tremblay tél pour son REER", "Jean-François Tremblay"),
        ("fr", "J.F. Tremblay tél hier", "Jean-François Tremblay"),
        ("fr", "J-F Tremblay tél hier", "Jean-François Tremblay"),
        ("fr", "J.-F. Tremblay tél hier", "Jean-François Tremblay"),
        ("fr", "J. Tremblay tél hier", "Jean-François Tremblay"),
        ("fr", "JM Gagnon tél hier", "Jean-Marc Gagnon"),
        ("fr", "J.-M. Gagnon tél hier", "Jean-Marc Gagnon"),
        ("fr", "L. Gagnon tél hier", "Luc Gagnon"),
        ("ro", "A. Pop telefon ieri", "Andrei Pop"),
        ("ro", "am vorbit la telefon cu A. Pop ieri", "Andrei Pop"),
        ("sv", "B. Ek ringde igår", "Björn Ek"),
        ("hi", "R.K. Sharma ji se phone pe baat hui kal", "Rajesh Kumar Sharma"),
        ("hi", "RK Sharma phone call kal", "Rajesh Kumar Sharma"),
        ("hi", "R. K. Sharma phone call kal", "Rajesh Kumar Sharma"),
        ("ms", "Ahmad F. telefon semalam", "Ahmad Faizal bin Hashim"),
        ("ms", "jumpa Ahmad Z. semalam", "Ahmad Zaki bin Omar"),
        ("en", "Jane D. called yesterday", "Jane Doyle"),
        ("en", "P. Raghunathan called yesterday", "Priya Raghunathan"),
    ],
)
def test_initials_name_the_one_client_whose_names_they_open(
    session: Session, initials_book: dict[str, Rep], lang: str, line: str, expected: str
) -> None:
    """Initials are name words: "JF", "J.F.", "J-F", "J.-F." fit Jean-François (one letter
    to each of his first names, in order of the words), "A." fits Andrei and not Mirela, so
    initials typed with a shared surname name the one client they fit."""
    assert named(session, initials_book[lang], line) == expected


@pytest.mark.parametrize(
    ("lang", "line", "offered"),
    [
        # Initials that fit nobody: an unknown person who shares the surname.
        ("fr", "J.-M. Tremblay tél hier", ["Jean-François Tremblay"]),
        ("fr", "JM Tremblay tél hier", ["Jean-François Tremblay"]),
        ("fr", "K. Tremblay tél hier", ["Jean-François Tremblay"]),
        ("fr", "P. Gagnon tél hier", ["Jean-Marc Gagnon", "Julie Gagnon", "Luc Gagnon"]),
        ("ro", "C. Pop telefon ieri", ["Andrei Pop", "Mirela Pop"]),
        ("sv", "K. Ek ringde igår", ["Björn Ek"]),
        ("hi", "R.S. Sharma phone call kal", ["Rajesh Kumar Sharma", "Ravi Sharma"]),
        ("hi", "V. Sharma phone call kal", ["Rajesh Kumar Sharma", "Ravi Sharma"]),
        ("ms", "Ahmad K. telefon semalam", ["Ahmad Faizal bin Hashim", "Ahmad Zaki bin Omar"]),
        ("en", "Q. Raghunathan called yesterday", ["Priya Raghunathan"]),
        ("en", "Jane K. called yesterday", ["Jane Doyle"]),
        # One initial that fits both clients of the surname: which of them is asked.
        ("fr", "J. Gagnon tél hier", ["Jean-Marc Gagnon", "Julie Gagnon", "Luc Gagnon"]),
        ("sv", "S. Lindqvist ringde igår", ["Sara Lindqvist", "Sven Lindqvist"]),
        ("sv", "lunch med S. Lindqvist igår", ["Sara Lindqvist", "Sven Lindqvist"]),
        ("hi", "R. Sharma phone call kal", ["Rajesh Kumar Sharma", "Ravi Sharma"]),
        ("en", "J. Doyle called yesterday", ["Jane Doyle", "John Doyle"]),
        ("en", "Doyle, J. called yesterday", ["Jane Doyle", "John Doyle"]),
    ],
)
def test_initials_that_fit_nobody_or_two_clients_are_asked(
    session: Session, initials_book: dict[str, Rep], lang: str, line: str, offered: list[str]
) -> None:
    """ "J.-M. Tremblay" is not Jean-François: the initials are kept with the name (the dot
    after "J.-M." no longer ends it, so "Tremblay" alone is not what was read), fit none of
    his first names, and the line is asked; "S. Lindqvist" fits Sara and Sven alike."""
    assert named(session, initials_book[lang], line) == offered


def test_an_initial_fitting_only_a_client_of_nobody_is_refused_not_the_reps_namesake(
    session: Session,
) -> None:
    """ "K. Lund": the rep covers Göran Lund, nobody covers Kerstin Lund; the initial names
    her, never him."""
    rep = make_rep(session, "UINLU", "Sv Rep", timezone="Europe/Stockholm", locale="sv-SE")
    make_client(session, "Göran Lund", covered_by=[rep])
    make_client(session, "Kerstin Lund")
    assert named(session, rep, "G. Lund ringde igår") == "Göran Lund"
    with pytest.raises(NotCovered, match="Kerstin Lund"):
        named(session, rep, "K. Lund ringde igår")

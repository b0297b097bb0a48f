"""A month named without its day is asked about, in the six languages, never read as a day.

Now is Wednesday 18 November 2026 (``tests.parsing.test_parsing_table``): "in November"
could be any of eighteen days, so the reply asks which; the contact is never recorded
today, nor on the 1st. A month still to come this year ("CD matures in December") is
about something else and stays in the notes, as a later date does.
"""

from __future__ import annotations

import pytest

from tests.parsing.test_parsing_table import parse
from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, unclear_of


@pytest.mark.parametrize(
    ("text", "where", "asked"),
    [
        ("Jane Smith lunch in November", EN, "in November"),
        ("Jane Smith call early November", EN, "early November"),
        ("Jane Smith lunch end of October", EN, "end of October"),
        ("Jane Smith call last March", EN, "last March"),
        ("Claire Martin déjeuner en novembre", FR, "en novembre"),
        ("Claire Martin appel début novembre", FR, "début novembre"),
        ("Claire Martin appel en mai", FR, "en mai"),
        ("Dag Forsberg möte i november", SV, "i november"),
        ("Dag Forsberg ringde i slutet av oktober", SV, "slutet av oktober"),
        ("Sorin Munteanu întâlnire în noiembrie", RO, "în noiembrie"),
        ("Sorin Munteanu telefon la începutul lui noiembrie", RO, "începutul lui noiembrie"),
        ("Intan Suraya jumpa pada bulan November", MS, "bulan November"),
        ("Intan Suraya jumpa awal November", MS, "awal November"),
        ("Kiran Bansal से नवंबर में मुलाकात", HI, "नवंबर में"),
        # A follow-up in a month: which day to be reminded on?
        ("Jane Smith call, follow up in December", EN, "in December"),
        ("Claire Martin appel, relance en décembre", FR, "en décembre"),
    ],
)
def test_a_month_named_alone_is_asked_never_read_as_a_day(
    text: str, where: tuple[str, str], asked: str
) -> None:
    assert parse(text, *where).day is None
    assert (asked, "date") in unclear_of(text, where)


@pytest.mark.parametrize(
    ("text", "where", "day"),
    [
        ("Jane Smith call 12 November", EN, "2026-11-12"),
        ("Jane Smith call Nov 3", EN, "2026-11-03"),
        ("Camille Girard appel le 12 novembre", FR, "2026-11-12"),
        ("Kiran Bansal 12 नवंबर ईमेल", HI, "2026-11-12"),
    ],
)
def test_a_month_with_its_day_is_that_day(text: str, where: tuple[str, str], day: str) -> None:
    assert str(parse(text, *where).day) == day
    assert [w for w in unclear_of(text, where) if w[1] == "date"] == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Jane Smith call, CD matures in December", EN),  # still to come: about the CD
        ("Jane Smith call, may add to the account", EN),  # "may", the word
        ("Sorin Munteanu tel, a vorbit în mai multe rânduri", RO),  # "mai", the word
        ("Jane Smith call, review in March next year", EN),
        # Since a month: how long something has been, not the contact's day.
        ("Jane Smith call, client since March", EN),
        ("Camille Girard tél, cliente depuis mars", FR),
        ("Dag Forsberg ringde, kund sedan mars", SV),
        ("Sorin Munteanu tel, client din martie", RO),
        ("Intan Suraya call, pelanggan sejak Mac", MS),
    ],
)
def test_a_month_word_that_names_no_contact_day_is_not_asked(
    text: str, where: tuple[str, str]
) -> None:
    assert parse(text, *where).day is None
    assert [w for w in unclear_of(text, where) if w[1] == "date"] == []

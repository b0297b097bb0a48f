"""A phone number typed in the line is no day, no time and no sum.

"appelle-le au 01 23 45 67 89" names no 1st of the month: before this rule its first
group after "le" was read as the contact's day, a wrong day recorded without a word.
The number stays in the notes, where the rep wrote it. Each row is a cause, not a corpus
line. Now is Wednesday 18 November 2026.
"""

from __future__ import annotations

import pytest

from tests.parsing.test_parsing_table import parse
from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV


@pytest.mark.parametrize(
    ("text", "where", "number"),
    [
        ("Marc Dubois rdv, nouveau numéro le 01 23 45 67 89", FR, "01 23 45 67 89"),
        ("Marc Dubois tél, joignable le 06 12 34 56 78", FR, "06 12 34 56 78"),
        ("Ana Pop telefon, număr nou pe 0722 123 456", RO, "0722 123 456"),
        ("Stig Nyqvist ringde, nytt nummer den 070 123 45 67", SV, "070 123 45 67"),
        ("Tan Mei Ling call, nombor baru 12 012 345 678", MS, "12 012 345 678"),
        ("Arjun Malhotra call, naya number on 98 20 12 34 56", HI, "98 20 12 34 56"),
        ("Jane Smith call, new cell on 07 700 900 123", EN, "07 700 900 123"),
    ],
)
def test_a_phone_number_names_no_day_time_or_sum(
    text: str, where: tuple[str, str], number: str
) -> None:
    parsed = parse(text, *where)
    assert parsed.day is None
    assert parsed.time is None
    assert parsed.claims == ()
    assert parsed.unclear == ()
    assert number in parsed.notes()


def test_a_day_after_a_phone_number_is_still_read() -> None:
    parsed = parse("Marc Dubois tél hier, son numéro 01 23 45 67 89", *FR)
    assert parsed.day is not None and parsed.day.isoformat() == "2026-11-17"
    assert "01 23 45 67 89" in parsed.notes()

"""A sum hoped for or only likely is not one that came: no claim, in six languages.

"hoppas på en insättning om 2 mkr", "il espère un dépôt de 1 M€", "speră să depună",
"berharap deposit RM 1 juta", "20 lakh deposit ki umeed hai" (Hindi says it after the
verb), "likely to deposit $500k". Each row is a cause, not a corpus line.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Per Ek ringde, hoppas på en insättning om 3 mkr", SV),
        ("Per Ek ringde, hoppades på ett löfte om 1 mkr", SV),
        ("Anne Roy tél, elle espère un versement de 2 M€", FR),
        ("Ion Pop telefon, speră să depună 90.000 lei", RO),
        ("Ali Hasan call, berharap deposit RM 2 juta", MS),
        ("Ravi Kumar call, 5 lakh deposit ki umeed hai", HI),
        ("Bill Ray call, likely to deposit $400k", EN),
        ("Bill Ray call, probably pledging $1m", EN),
    ],
)
def test_a_sum_hoped_for_or_likely_is_no_claim(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []


def test_a_sum_that_came_is_still_claimed_beside_these_words() -> None:
    assert claims_of("Per Ek ringde, insättning 3 mkr idag", SV) == [
        ("deposit", Decimal("3000000"), "SEK", None)
    ]

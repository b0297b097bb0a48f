"""A sum said for each month or year is a rate that recurs, not a sum that came: no claim.

"400 euro pe lună", "2 000 € par mois", "5 000 kr i månaden", "RM 2,000 sebulan",
"25 hazaar har mahine", "$2k per month": as "5k /month" and "10 हज़ार महीना" already are.
"a year ago" after a sum says when, not how often. Each row is a cause, not a corpus line.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of, unclear_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Ion Pop telefon, depune 600 euro pe lună", RO),
        ("Anne Roy tél, versement de 1 500 € par mois", FR),
        ("Per Ek ringde, sätter in 3 000 kr i månaden", SV),
        ("Ali Hasan call, deposit RM 1,500 sebulan", MS),
        ("Ravi Kumar call, 20 hazaar har mahine deposit", HI),
        ("Bill Ray call, deposits $3k per month", EN),
        ("Bill Ray call, pledged $10k annually", EN),
    ],
)
def test_a_sum_for_each_month_or_year_is_no_claim(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


def test_a_sum_said_a_year_ago_is_still_claimed() -> None:
    assert claims_of("Bill Ray call, deposited $1m a year ago", EN) == [
        ("deposit", Decimal("1000000"), "USD", None)
    ]

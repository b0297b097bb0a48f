"""A mandate fee said only as a rate, and a sum after a clause of its condition, claim none.

"mandate fee 0.5% on 10m": the fee is the rate and 10m what it is charged on, no fee
earned. "si la vente se fait, versement de 1 M€": the clause before says on what the sum
hangs, so it has not come. A fee said as a sum, and a sum after a clause that states a
fact, still claim. Each row is a cause, not a corpus line.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Bill Ray call, mandate fee 0.6% on $8m", EN),
        ("Anne Roy tél, mandat signé, honoraires 0,9 % sur 4 M€", FR),
        ("Per Ek ringde, mandatavgift 0,7 % på 12 mkr", SV),
        ("Ion Pop telefon, comision de mandat 1% din 3 mil. euro", RO),
        ("Ali Hasan call, yuran mandat 1% atas RM 4 juta", MS),
        ("Ravi Kumar call, mandate fee 1% on 8 crore", HI),
    ],
)
def test_a_mandate_fee_that_is_only_a_rate_is_no_claim(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []


def test_a_mandate_fee_said_as_a_sum_is_still_claimed() -> None:
    assert claims_of("Bill Ray meeting, mandate fee 90k USD", EN) == [
        ("mandate", Decimal("90000"), "USD", None)
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Anne Roy tél, si la maison se vend, versement de 2 M€", FR),
        ("Bill Ray call, if the IPO goes ahead, deposit of $2m", EN),
        ("Per Ek ringde, om firman säljs, 3 mkr in", SV),
        ("Ion Pop telefon, dacă vinde terenul, depune 400.000 lei", RO),
        ("Ali Hasan call, kalau tanah terjual, deposit RM 2 juta", MS),
        ("Ravi Kumar call, agar shop bik gayi, 40 lakh deposit", HI),
    ],
)
def test_a_sum_after_a_clause_of_its_condition_is_no_claim(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []


def test_a_sum_after_a_clause_of_fact_is_still_claimed() -> None:
    assert claims_of("Bill Ray call, the IPO went ahead, deposited $2m", EN) == [
        ("deposit", Decimal("2000000"), "USD", None)
    ]

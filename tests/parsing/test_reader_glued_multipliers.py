"""A multiplier of one or two letters glued to a sum: "RM1.8j" (juta), "RM500rb" (ribu).

Malay writes "j" for juta and "rb" for ribu, as Hindi writes "50L" for lakh and English
"2.5m": glued to the figure of a sum in a currency, it is money. Without a currency "5j" is
as often five days ("relance J+5", "dans 5j"), so it is no sum.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import FR, MS, claims_of, unclear_of


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Ahmad Faris video call semalam, deposit RM1.8j", Decimal(1_800_000)),
        ("Ahmad Faris jumpa, deposit RM 2j", Decimal(2_000_000)),
        ("Ahmad Faris jumpa, deposit RM1.5J", Decimal(1_500_000)),
        ("Ahmad Faris jumpa, ikrar RM500rb", Decimal(500_000)),
    ],
)
def test_malay_j_and_rb_glued_to_a_sum_in_ringgit_are_juta_and_ribu(
    text: str, amount: Decimal
) -> None:
    assert [(value, currency) for _, value, currency, _ in claims_of(text, MS)] == [(amount, "MYR")]
    assert unclear_of(text, MS) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Ahmad Faris jumpa, deposit 1.8j", MS),
        ("Marie Dupont tél hier, relance 5j-7j", FR),
    ],
)
def test_a_j_glued_to_a_figure_without_a_currency_is_no_sum(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert [w for w in unclear_of(text, where) if w[1] == "amount"] == []


def test_a_range_in_juta_written_with_j_is_asked_which_figure() -> None:
    assert ("RM2-3j", "amount") in unclear_of("Ahmad Faris jumpa, deposit RM2-3j", MS)

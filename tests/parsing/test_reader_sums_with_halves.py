"""Sums spelt with halves and quarters, as reps say them in each language: "en halv miljon",
"un million et demi", "o jumătate de milion", "setengah juta", "सवा करोड़", "साढ़े तीन करोड़".

Only the words are read (``bot.parsing.amounts``), then the claim they make in a line.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parsing.amounts import find_amounts
from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of


def sums(text: str) -> list[tuple[str, str | None]]:
    return [(str(a.value), a.currency) for a in find_amounts(text, skip=[])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A half of a scale, in each language.
        ("half a million dollars", ("500000", "USD")),
        ("en halv miljon euro", ("500000", "EUR")),
        ("un demi-million d'euros", ("500000", "EUR")),
        ("o jumătate de milion de lei", ("500000", "RON")),
        ("setengah juta ringgit", ("500000", "MYR")),
        ("आधा करोड़", ("5000000", None)),
        # A count and a half.
        ("one and a half million", ("1500000", None)),
        ("a million and a half", ("1500000", None)),
        ("en och en halv miljon kr", ("1500000", "SEK")),
        ("un million et demi d'euros", ("1500000", "EUR")),
        ("2 millions et demi d'euros", ("2500000", "EUR")),
        ("3 milioane si jumatate de lei", ("3500000", "RON")),
        ("dua setengah juta", ("2500000", None)),
        # The count in figures, the half in words: never the bare count ("RM 1").
        ("1 and a half million", ("1500000", None)),
        ("2 and a half million dollars", ("2500000", "USD")),
        ("1 och en halv miljon kr", ("1500000", "SEK")),
        ("RM 1 setengah juta", ("1500000", "MYR")),
        ("RM 2 setengah juta", ("2500000", "MYR")),
        # "mnkr" is "mkr" written out a little more (miljoner kronor): never no sum at all.
        ("1 mnkr", ("1000000", "SEK")),
        ("2,5mnkr", ("2500000", "SEK")),
        # Hindi's quarters and halves before a count, or alone.
        ("सवा करोड़", ("12500000", None)),
        ("sava crore", ("12500000", None)),
        ("सवा दो करोड़", ("22500000", None)),
        ("साढ़े तीन करोड़", ("35000000", None)),
        ("saadhe 3 crore", ("35000000", None)),
        ("पौने दो करोड़", ("17500000", None)),
        ("dedh crore", ("15000000", None)),
        ("ढाई लाख", ("250000", None)),
    ],
)
def test_a_sum_spelt_with_a_half_or_a_quarter_is_read_at_its_value(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert sums(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["half an hour", "saadhe teen baje", "sava gyarah baje", "ett halvt år"],
)
def test_halves_and_quarters_of_no_scale_are_no_sum(text: str) -> None:
    assert sums(text) == []


def test_a_half_that_starts_a_sum_of_its_own_is_not_added_to_the_one_before() -> None:
    assert sums("1 million and half a million more") == [("1000000", None), ("500000", None)]


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Saga Holm ringde i morse, lovade en halv miljon euro", SV, ("pledge", "500000", "EUR")),
        ("Sona Iyer जी ने सवा करोड़ जमा किए", HI, ("deposit", "12500000", None)),
        ("Sona Iyer se baat, dedh crore commit kiya", HI, ("pledge", "15000000", None)),
        ("Marc Dubois tél, a promis un million et demi d'euros", FR, ("pledge", "1500000", "EUR")),
        ("Ion Popa, a depus o jumătate de milion de lei", RO, ("deposit", "500000", "RON")),
        ("Lim jumpa, janji setengah juta ringgit", MS, ("pledge", "500000", "MYR")),
        ("Jane Smith call, pledged one and a half million", EN, ("pledge", "1500000", None)),
    ],
)
def test_a_sum_spelt_with_a_half_or_a_quarter_is_claimed_at_its_value(
    text: str, where: tuple[str, str], expected: tuple[str, str, str | None]
) -> None:
    kind, amount, currency = expected
    assert claims_of(text, where) == [(kind, Decimal(amount), currency, None)]

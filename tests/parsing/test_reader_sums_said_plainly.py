"""Sums reps say plainly that were missed or misread: "300 grand", "she put £20k in",
"₹20 lakh aaye", "NOK 2 mill", "1 mkr SEK", a planned deposit and a second sum "too".

Now is Thursday 10 December 2026, 16:45 UTC. Only ``parse_contact`` runs: these are
rules of the words, not of clients.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from bot.parsing import parse_contact

NOW = datetime(2026, 12, 10, 16, 45, tzinfo=UTC)
PLACES = {
    "en-GB": "Europe/London",
    "en-US": "America/New_York",
    "fr-FR": "Europe/Paris",
    "sv-SE": "Europe/Stockholm",
    "ro-RO": "Europe/Bucharest",
    "hi-IN": "Asia/Kolkata",
}


def parse(text: str, locale: str):  # type: ignore[no-untyped-def]
    return parse_contact(text, now=NOW, timezone=PLACES[locale], locale=locale)


def sums(text: str, locale: str) -> list[tuple[str, Decimal, str | None]]:
    return [(c.kind, c.amount, c.currency) for c in parse(text, locale).claims]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Hope Aldridge in person today, deposited 300 grand", Decimal(300_000)),
        ("Jane Doyle phone, deposited 2 mill", Decimal(2_000_000)),
    ],
)
def test_grand_is_a_thousand_and_mill_a_million(text: str, amount: Decimal) -> None:
    assert [c.amount for c in parse(text, "en-GB").claims] == [amount]


def test_she_put_a_sum_in_is_a_deposit() -> None:
    assert sums("Hope Aldridge coffee this am, ISA top-up, she put £20k in", "en-GB") == [
        ("deposit", Decimal(20_000), "GBP")
    ]


def test_put_a_sum_into_a_product_is_no_claim() -> None:
    parsed = parse("Fiona McAlister phoned Sunday, put 300k into a 6-month CD", "en-GB")
    assert parsed.claims == ()
    assert not [u for u in parsed.unclear if u.what == "direction"]


def test_hindi_a_sum_that_came_is_a_deposit() -> None:
    assert sums("Kavitha Subramaniam se phone pe baat kal, ₹20 lakh aaye", "hi-IN") == [
        ("deposit", Decimal(2_000_000), "INR")
    ]


def test_hindi_someone_who_came_claims_no_sum_by_it() -> None:
    assert sums("Anil Joshi office aaye, 20 lakh ki baat hui", "hi-IN") == []


def test_kronor_with_a_code_after_them_are_that_code() -> None:
    parsed = parse("Gustav Wikström möte, satte in NOK 2 mill och lovade 1 mkr SEK till", "sv-SE")
    assert [(c.kind, c.amount, c.currency, c.currencies) for c in parsed.claims] == [
        ("deposit", Decimal(2_000_000), "NOK", ()),
        ("pledge", Decimal(1_000_000), "SEK", ()),
    ]


def test_kronor_alone_stay_open_between_the_three() -> None:
    (claim,) = parse("Gustav Wikström möte, lovade 2 mkr", "sv-SE").claims
    assert claim.currencies == ("SEK", "NOK", "DKK")


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Laffitte rdv mercredi 15h, versement 600 k€ prévu si le crédit passe", "fr-FR"),
        ("Jane Doyle call, deposit of 200k planned for January", "en-GB"),
        ("Sara Ekdahl möte, insättning 2 mkr planerad", "sv-SE"),
    ],
)
def test_a_planned_deposit_is_no_claim(text: str, locale: str) -> None:
    assert parse(text, locale).claims == ()


def test_hindi_a_second_sum_too_after_the_first_claims_word_is_claimed_by_it() -> None:
    assert sums("Sunita Agarwal meeting बुधवार, 2 crore INR pledge kiya aur $200k bhi", "hi-IN") == [
        ("pledge", Decimal(20_000_000), "INR"),
        ("pledge", Decimal(200_000), "USD"),
    ]


def test_hindi_a_second_sum_with_a_verb_of_its_own_is_not_joined() -> None:
    claims = sums("Sunita Agarwal 2 crore INR pledge kiya aur $200k withdraw kiya", "hi-IN")
    assert claims == [("pledge", Decimal(20_000_000), "INR")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Radu Avram email 8.12, intrebari despre indicele BET", date(2026, 12, 8)),
        ("Radu Avram telefon 9.11, intrebari", date(2026, 11, 9)),
    ],
)
def test_a_day_first_dotted_date_after_the_channel_word_is_that_day(text: str, day: date) -> None:
    parsed = parse(text, "ro-RO")
    assert (parsed.day, parsed.time) == (day, None)


def test_a_dotted_time_whose_minutes_end_in_five_or_nought_stays_a_time() -> None:
    parsed = parse("Sol Lindahl Zoom 9.45, satte in 600 000 kr", "sv-SE")
    assert (parsed.day, parsed.time) == (None, (9, 45))

"""Counted spans, dotted dates, follow-up dates, French hours and relatives' words of the
one-line reader, read without a book.

Now is Tuesday 19 December 2028, 10:30 UTC; each case names the rep's locale. Only
``parse_contact`` runs: these are rules of the words, not of clients.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.parsing import parse_contact

NOW = datetime(2028, 12, 19, 10, 30, tzinfo=UTC)
PLACES = {
    "en-GB": "Europe/London",
    "fr-FR": "Europe/Paris",
    "fr-CH": "Europe/Zurich",
    "sv-SE": "Europe/Stockholm",
    "ro-RO": "Europe/Bucharest",
    "ms-MY": "Asia/Kuala_Lumpur",
    "hi-IN": "Asia/Kolkata",
}


def parse(text: str, locale: str):  # type: ignore[no-untyped-def]
    return parse_contact(text, now=NOW, timezone=PLACES[locale], locale=locale)


@pytest.mark.parametrize(
    ("text", "locale", "day"),
    [
        ("Mircea Albu întâlnire 3 zile în urmă, Pilonul III", "ro-RO", date(2028, 12, 16)),
        ("Mircea Albu întâlnire cu 3 zile în urmă", "ro-RO", date(2028, 12, 16)),
        ("Mircea Albu telefon cu 2 săptămâni în urmă", "ro-RO", date(2028, 12, 5)),
        ("Mircea Albu întâlnire acum 3 zile", "ro-RO", date(2028, 12, 16)),
        ("Anne Roy appel il y a 3 jours", "fr-FR", date(2028, 12, 16)),
        ("Tora Strand möte för 3 dagar sedan", "sv-SE", date(2028, 12, 16)),
        ("Wong Chee Keong jumpa 3 hari lepas", "ms-MY", date(2028, 12, 16)),
        ("Aarti Joshi meeting 3 din pehle", "hi-IN", date(2028, 12, 16)),
        ("Jane Smith meeting 3 days ago", "en-GB", date(2028, 12, 16)),
    ],
)
def test_a_count_of_days_ago_in_every_language_is_that_day(
    text: str, locale: str, day: date
) -> None:
    parsed = parse(text, locale)
    assert parsed.day == day
    assert "urm" not in parsed.notes() and " cu" not in parsed.notes()


def test_cu_and_in_urma_without_a_unit_stay_in_the_notes() -> None:
    parsed = parse("Mircea Albu întâlnire ieri, a vorbit cu 3 clienți în urmă", "ro-RO")
    assert parsed.day == date(2028, 12, 18)
    assert "cu 3 clienți în urmă" in parsed.notes()


@pytest.mark.parametrize(
    "text",
    [
        "Dorin Vlad videoconferință 14.12 ora 15, depozit la termen 6 luni 200.000 EUR",
        "Dorin Vlad întâlnire 14.12 ora 15, plan pe 3 luni",
    ],
)
def test_luni_after_a_count_is_months_not_monday(text: str) -> None:
    parsed = parse(text, "ro-RO")
    assert parsed.day == date(2028, 12, 14)
    assert parsed.time == (15, 0)
    assert "luni" in parsed.notes()


def test_luni_after_a_clock_hour_is_still_monday() -> None:
    parsed = parse("Dorin Vlad întâlnire la ora 10 luni", "ro-RO")
    assert parsed.day == date(2028, 12, 18)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Wong Chee Keong panggilan video pagi tadi, susulan 3/1", "ms-MY"),
        ("Solène Marchal zoom hier 17h, relance 3/1", "fr-FR"),
        ("Tora Strand ringde igår, följ upp 3/1", "sv-SE"),
        ("Elena Popa telefon ieri, de revenit 3/1", "ro-RO"),
        ("Jane Smith call yesterday, follow up 3/1", "en-GB"),
        ("Aarti Joshi phone kal, follow up 3/1", "hi-IN"),
    ],
)
def test_a_small_day_and_month_after_any_follow_up_cue_is_the_follow_up_date(
    text: str, locale: str
) -> None:
    parsed = parse(text, locale)
    assert parsed.follow_up_on == date(2029, 1, 3)
    assert "3/1" not in parsed.notes()


def test_a_small_share_after_no_cue_stays_a_share() -> None:
    parsed = parse("Elena Popa telefon ieri, 1/3 în obligațiuni", "ro-RO")
    assert parsed.follow_up_on is None
    assert "1/3" in parsed.notes()


def test_a_without_its_accent_before_an_hour_takes_the_evening_of_hier_soir() -> None:
    parsed = parse("appel Rose Aubert hier soir a 8h, elle a versé 250k€", "fr-FR")
    assert parsed.day == date(2028, 12, 18)
    assert parsed.time == (20, 0)


def test_an_hour_word_in_capitals_after_a_is_a_name_not_a_time() -> None:
    parsed = parse("Lucien Moser mail ce matin, mandat gagné pour l'IPO à SIX", "fr-CH")
    assert parsed.time is None
    assert "à SIX" in parsed.notes()


def test_an_hour_word_in_lower_case_after_a_is_still_a_time() -> None:
    parsed = parse("Lucien Moser appel ce matin à six heures", "fr-CH")
    assert parsed.time == (6, 0)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Tora Strands mamma ringde igår om bouppteckningen", "sv-SE"),
        ("Tora Strands pappa ringde igår", "sv-SE"),
        ("Jane Smith's mum called yesterday", "en-GB"),
        ("Jane Smith's dad called yesterday", "en-GB"),
    ],
)
def test_a_parent_called_by_the_home_word_is_a_relative(text: str, locale: str) -> None:
    parsed = parse(text, locale)
    assert parsed.names and parsed.names[0].relative

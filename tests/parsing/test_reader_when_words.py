"""Day, time and follow-up words of the one-line reader, read without a book.

Now is Wednesday 2 December 2026, 14:00 UTC; each case names the rep's zone and
locale. Only ``parse_contact`` runs: these are rules of the words, not of clients.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.parsing import parse_contact

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)
PLACES = {
    "en-GB": "Europe/London",
    "en-US": "America/New_York",
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
    ("text", "locale", "follow_up"),
    [
        ("Elena Popa telefon luni la 11, de revenit vineri", "ro-RO", date(2026, 12, 4)),
        ("Crina Ardeleanu întâlnire azi, de revenit luni", "ro-RO", date(2026, 12, 7)),
        ("Mircea Popa prânz ieri, de revenit pe 10 decembrie", "ro-RO", date(2026, 12, 10)),
    ],
)
def test_romanian_de_revenit_names_the_follow_up(text: str, locale: str, follow_up: date) -> None:
    parsed = parse(text, locale)
    assert parsed.follow_up_on == follow_up
    assert "revenit" not in parsed.notes()


def test_follow_up_in_the_week_commencing_is_the_day_named() -> None:
    parsed = parse("Miles Whitcombe phoned Fri, follow up w/c 14 Dec", "en-GB")
    assert parsed.follow_up_on == date(2026, 12, 14)
    assert parsed.day == date(2026, 11, 27)


def test_a_latin_cue_ending_its_clause_takes_the_day_before_it() -> None:
    parsed = parse(
        "Aarti Joshi ka phone parson, 20 lakh ka pledge, agle somvaar follow up", "hi-IN"
    )
    assert parsed.follow_up_on == date(2026, 12, 7)
    assert parsed.day == date(2026, 11, 30)


def test_a_day_parted_from_a_closing_cue_by_a_comma_stays_the_contacts() -> None:
    parsed = parse("Jane Doyle call Monday, follow up", "en-US")
    assert parsed.day == date(2026, 11, 30)
    assert parsed.follow_up_on is None

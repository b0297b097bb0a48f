"""The dateparser wrapper: the rep's zone, locale order, languages, direction, warm-up."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_contact, read_when, warm_up
from bot.parsing.dates import date_order_for, describe, language_of, languages_for

# Wednesday 18 November 2026, 14:30 in Paris.
NOW = datetime(2026, 11, 18, 13, 30, tzinfo=UTC)
PARIS = "Europe/Paris"


def local(moment: datetime | None, zone: str = PARIS) -> str | None:
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M") if moment else None


def test_answer_is_aware_utc_for_the_reps_wall_clock() -> None:
    found = read_when("yesterday 3pm", now=NOW, timezone=PARIS, locale="en-GB")
    assert found == datetime(2026, 11, 17, 14, 0, tzinfo=UTC)
    assert found is not None and found.tzinfo is not None and found.utcoffset().seconds == 0


def test_yesterday_depends_on_the_reps_zone() -> None:
    # 13:30 UTC is already Thursday 00:30 in Auckland.
    found = read_when("yesterday", now=NOW, timezone="Pacific/Auckland", locale="en-GB")
    assert local(found, "Pacific/Auckland") == "2026-11-18 02:30"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en-US", "2026-11-03"),
        ("en-GB", "2026-03-11"),
        ("fr-FR", "2026-03-11"),
        ("sv-SE", "2026-03-11"),
    ],
)
def test_numeric_dates_follow_the_locale(locale: str, expected: str) -> None:
    found = read_when("11/3", now=NOW, timezone=PARIS, locale=locale)
    assert found is not None and local(found)[:10] == expected


def test_past_and_future_preference() -> None:
    past = read_when("Tuesday", now=NOW, timezone=PARIS, locale="en-GB")
    future = read_when("Tuesday", now=NOW, timezone=PARIS, locale="en-GB", prefer="future")
    assert local(past)[:10] == "2026-11-17"
    assert local(future)[:10] == "2026-11-24"


@pytest.mark.parametrize(("prefer", "expected"), [("past", "2026-11-17"), ("future", "2026-11-19")])
def test_hindi_kal_is_yesterday_or_tomorrow_by_direction(prefer: str, expected: str) -> None:
    found = read_when("कल", now=NOW, timezone=PARIS, locale="hi-IN", prefer=prefer)  # type: ignore[arg-type]
    assert local(found)[:10] == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("astăzi", "ro-RO"),
        ("astazi", "ro-RO"),
        ("aujourdhui", "fr-FR"),
        ("idag", "sv-SE"),
        ("hari ini", "ms-MY"),
        ("आज", "hi-IN"),
    ],
)
def test_words_dateparser_lacks_are_rewritten(text: str, locale: str) -> None:
    found = read_when(text, now=NOW, timezone=PARIS, locale=locale)
    assert local(found)[:10] == "2026-11-18"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("minggu lepas", "ms-MY"), ("पिछले सप्ताह", "hi-IN"), ("la semaine derniere", "fr-FR")],
)
def test_last_week_in_the_reps_language(text: str, locale: str) -> None:
    assert local(read_when(text, now=NOW, timezone=PARIS, locale=locale))[:10] == "2026-11-11"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("hier à 15h", "fr-FR", "2026-11-17 15:00"),
        ("igår kl 15", "sv-SE", "2026-11-17 15:00"),
        ("ieri la 15:00", "ro-RO", "2026-11-17 15:00"),
        ("semalam 3 petang", "ms-MY", "2026-11-17 15:00"),
    ],
)
def test_local_clock_times(text: str, locale: str, expected: str) -> None:
    assert local(read_when(text, now=NOW, timezone=PARIS, locale=locale)) == expected


@pytest.mark.parametrize("text", ["13/13", "11/31", "may", "2026", "rollover", "", "next"])
def test_what_is_not_a_day_reads_as_none(text: str) -> None:
    assert read_when(text, now=NOW, timezone=PARIS, locale="en-US") is None


def test_another_locales_words_are_not_read() -> None:
    # Only English plus the rep's own language are loaded: "hier" means nothing in en-US.
    assert read_when("hier", now=NOW, timezone=PARIS, locale="en-US") is None
    assert read_when("hier", now=NOW, timezone=PARIS, locale="fr-FR") is not None


def test_unknown_zone_falls_back_to_utc_and_naive_now_is_utc() -> None:
    found = read_when("yesterday 3pm", now=NOW.replace(tzinfo=None), timezone="No/Such", locale="")
    assert found == datetime(2026, 11, 17, 15, 0, tzinfo=UTC)


def test_locale_helpers() -> None:
    assert language_of("fr-FR") == "fr" and language_of("") == "en" and language_of(None) == "en"
    assert languages_for("sv-SE") == ("en", "sv")
    assert languages_for("en-GB") == ("en",)
    assert languages_for("zz-ZZ") == ("en",)
    assert date_order_for("en-US") == "MDY"
    assert date_order_for("en_GB") == "DMY"
    assert describe(datetime(2026, 11, 24, 15, 0)) == "Tue 24 Nov 15:00"


def test_warm_up_loads_every_language_in_use_and_the_first_line_parses() -> None:
    # How fast the first line is after the warm-up is measured by
    # benchmarks/bench_logcontact.py ("first /logcontact after start-up").
    took = warm_up(["en-US", "fr-FR", "sv-SE", "ro-RO", "ms-MY", "hi-IN"])
    assert took >= 0
    line = (
        "Jane Smith call yesterday 3pm discussed the rollover, pledged $2.5mm "
        "#symphony-night follow up in 2 weeks"
    )
    parsed = parse_contact(line, now=NOW, timezone=PARIS, locale="en-US")
    assert parsed.day is not None and parsed.day < NOW.date() and parsed.time == (15, 0)


def test_a_bare_en_locale_writes_the_day_first_outside_the_americas() -> None:
    """Slack's locale "en" names no country: the zone says which order the rep writes."""
    assert date_order_for("en", "America/New_York") == "MDY"
    assert date_order_for("en", "Europe/London") == "DMY"
    assert date_order_for("en-US", "Europe/London") == "MDY"

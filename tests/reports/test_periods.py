"""Period words read exactly, in the reader's time zone, as ``[start, end)`` instants."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.errors import UnreadableDate
from bot.reports.periods import read_period

# Wednesday 18 November 2026, 15:00 UTC
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def days_of(text: str, timezone: str = "UTC", now: datetime = NOW) -> tuple[date, date]:
    period = read_period(text, now=now, timezone=timezone)
    return period.first_day, period.last_day


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("", date(2026, 10, 1), date(2026, 12, 31)),
        ("this quarter", date(2026, 10, 1), date(2026, 12, 31)),
        ("last quarter", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026 Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("Q3 2025", date(2025, 7, 1), date(2025, 9, 30)),
        ("2026-q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("q2", date(2026, 4, 1), date(2026, 6, 30)),
        ("this month", date(2026, 11, 1), date(2026, 11, 30)),
        ("last month", date(2026, 10, 1), date(2026, 10, 31)),
        ("November 2025", date(2025, 11, 1), date(2025, 11, 30)),
        ("feb", date(2026, 2, 1), date(2026, 2, 28)),
        ("december", date(2025, 12, 1), date(2025, 12, 31)),  # the latest not in the future
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
        ("this year", date(2026, 1, 1), date(2026, 12, 31)),
        ("last year", date(2025, 1, 1), date(2025, 12, 31)),
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("YTD", date(2026, 1, 1), date(2026, 11, 18)),
        ("year to date", date(2026, 1, 1), date(2026, 11, 18)),
        ("mtd", date(2026, 11, 1), date(2026, 11, 18)),
        ("this week", date(2026, 11, 16), date(2026, 11, 22)),
        ("last week", date(2026, 11, 9), date(2026, 11, 15)),
        ("today", date(2026, 11, 18), date(2026, 11, 18)),
        ("yesterday", date(2026, 11, 17), date(2026, 11, 17)),
        ("last 30 days", date(2026, 10, 20), date(2026, 11, 18)),
        ("past 2 weeks", date(2026, 11, 5), date(2026, 11, 18)),
        ("since 1 July", date(2026, 7, 1), date(2026, 11, 18)),
        ("since 2026-03-15", date(2026, 3, 15), date(2026, 11, 18)),
        ("from 1 July to 15 August", date(2026, 7, 1), date(2026, 8, 15)),
        ("2026-07-01 to 2026-07-31", date(2026, 7, 1), date(2026, 7, 31)),
    ],
)
def test_period_words(text: str, first: date, last: date) -> None:
    assert days_of(text) == (first, last)


def test_a_quarter_in_new_york_starts_at_local_midnight() -> None:
    period = read_period("2026 Q3", now=NOW, timezone="America/New_York")
    assert period.start == datetime(2026, 7, 1, 4, 0, tzinfo=UTC)
    assert period.end == datetime(2026, 10, 1, 4, 0, tzinfo=UTC)
    assert period.label == "2026 Q3" and period.span_text() == "1 Jul – 30 Sep 2026"


def test_a_period_across_a_dst_change_keeps_local_midnights() -> None:
    period = read_period("2026 Q4", now=NOW, timezone="Europe/London")
    assert period.start == datetime(2026, 9, 30, 23, 0, tzinfo=UTC)  # BST
    assert period.end == datetime(2027, 1, 1, 0, 0, tzinfo=UTC)  # GMT


def test_this_quarter_depends_on_the_readers_local_date() -> None:
    """At 23:30 UTC on 30 Sep it is already 1 Oct (Q4) in Tokyo, still Q3 in London."""
    late = datetime(2026, 9, 30, 23, 30, tzinfo=UTC)
    assert days_of("", "Asia/Tokyo", late) == (date(2026, 10, 1), date(2026, 12, 31))
    assert days_of("", "Europe/London", late) == (date(2026, 10, 1), date(2026, 12, 31))
    assert days_of("", "America/New_York", late) == (date(2026, 7, 1), date(2026, 9, 30))


def test_to_date_and_since_forms_end_now() -> None:
    assert read_period("ytd", now=NOW, timezone="UTC").end == NOW
    assert read_period("since 1 July", now=NOW, timezone="UTC").end == NOW


def test_weeks_start_on_monday_and_stop_at_now() -> None:
    period = read_period("this month", now=NOW, timezone="UTC")
    weeks = period.weeks(NOW)
    assert [monday for monday, _s, _e in weeks] == [
        date(2026, 10, 26),
        date(2026, 11, 2),
        date(2026, 11, 9),
        date(2026, 11, 16),
    ]
    assert weeks[0][1] == period.start  # clipped to the period
    assert [
        first for first, _s, _e in read_period("2026 Q3", now=NOW, timezone="UTC").months(NOW)
    ] == [
        date(2026, 7, 1),
        date(2026, 8, 1),
        date(2026, 9, 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "next blue moon",
        "q5",
        "since",
        "since the dawn of time",
        "2026-13",
        "last 0 days",
        "since 1 December 2026",
    ],
)
def test_unreadable_periods_say_what_is_understood(text: str) -> None:
    with pytest.raises(UnreadableDate) as raised:
        read_period(text, now=NOW, timezone="UTC")
    assert "this quarter, last quarter, 2026 Q3" in str(raised.value)


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(UnreadableDate, match="ends before it starts"):
        read_period("from 15 August to 1 July", now=NOW, timezone="UTC")


@given(
    moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1)),
    zone=st.sampled_from(
        ["UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Pacific/Auckland"]
    ),
)
def test_this_quarter_always_contains_now_and_spans_three_months(
    moment: datetime, zone: str
) -> None:
    now = moment.replace(tzinfo=UTC)
    period = read_period("this quarter", now=now, timezone=zone)
    assert period.start <= now < period.end
    assert period.first_day.day == 1 and period.first_day.month in (1, 4, 7, 10)
    assert (period.last_day + timedelta(days=1)).day == 1
    assert 89 <= (period.last_day - period.first_day).days + 1 <= 92

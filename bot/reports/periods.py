"""Report periods in plain words, read in the reader's time zone as ``[start, end)`` instants.

Calendar words are computed exactly here — "this quarter" (the default),
"last quarter", "2026 Q3", "Q3", "this month", "last month", "November 2026",
"2026-11", "this year", "last year", "2026", "ytd", "qtd", "mtd", "this week",
"last week", "today", "yesterday", "last 30 days", "last 6 weeks". Only the
open forms go through the project's one dateparser wrapper
(``bot.parsing.dates.read_when``): "since 1 July", "from 1 July to 15 August".

Rules: a period starts and ends at local midnight; weeks start on Monday;
"last N days" is the N calendar days ending today (today included); the
"…to date" forms and "since …" end now. A day-count form reading "to 15
August" includes 15 August.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot.errors import UnreadableDate
from bot.messages.formatting import zone
from bot.parsing.dates import read_when

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_QUARTER = [
    re.compile(r"(?P<year>\d{4})\s*-?\s*q(?P<q>[1-4])"),
    re.compile(r"q(?P<q>[1-4])\s*-?\s*(?P<year>\d{4})"),
    re.compile(r"q(?P<q>[1-4])"),
]
_LAST_N = re.compile(r"(?:last|past)\s+(?P<n>\d{1,4})\s+(?P<unit>days?|weeks?)")
_YEAR = re.compile(r"\d{4}")
_YEAR_MONTH = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})")
_MONTH_WORD = re.compile(r"(?P<month>[a-z]+)\.?(?:\s+(?P<year>\d{4}))?")
_RANGE = re.compile(r"(?:from\s+)?(?P<first>.+?)\s+(?:to|until|till|–|-)\s+(?P<last>.+)")
EXAMPLES = (
    "this quarter, last quarter, 2026 Q3, this month, last month, November 2026, "
    "ytd, this year, last year, last 30 days, since 1 July, from 1 July to 15 August"
)


@dataclass(frozen=True)
class Period:
    """``[start, end)`` in ``timezone``; ``first_day``..``last_day`` are its local dates."""

    start: datetime
    end: datetime
    label: str
    timezone: str

    @property
    def first_day(self) -> date:
        return self.start.astimezone(zone(self.timezone)).date()

    @property
    def last_day(self) -> date:
        """The last local date with any instant in the period."""
        return (self.end - timedelta(microseconds=1)).astimezone(zone(self.timezone)).date()

    def local_date(self, instant: datetime) -> date:
        return instant.astimezone(zone(self.timezone)).date()

    def until(self, now: datetime) -> datetime:
        """The end, or ``now`` if the period is not over yet."""
        return min(self.end, now)

    def span_text(self) -> str:
        first, last = self.first_day, self.last_day
        head = f"{first.day} {first:%b}" + ("" if first.year == last.year else f" {first.year}")
        return f"{head} – {last.day} {last:%b %Y}"

    def weeks(self, now: datetime) -> list[tuple[date, datetime, datetime]]:
        """Monday-started local weeks overlapping the period up to ``now``: (monday, start, end)."""
        tz = self.timezone
        monday = self.first_day - timedelta(days=self.first_day.weekday())
        stop = self.until(now)
        found = []
        while True:
            start = midnight(monday, tz)
            if start >= stop:
                break
            end = midnight(monday + timedelta(days=7), tz)
            found.append((monday, max(start, self.start), min(end, self.end)))
            monday += timedelta(days=7)
        return found

    def months(self, now: datetime) -> list[tuple[date, datetime, datetime]]:
        """Local calendar months overlapping the period up to ``now``: (first day, start, end)."""
        first = self.first_day.replace(day=1)
        stop = self.until(now)
        found = []
        while True:
            start = midnight(first, self.timezone)
            if start >= stop:
                break
            following = _add_months(first, 1)
            end = midnight(following, self.timezone)
            found.append((first, max(start, self.start), min(end, self.end)))
            first = following
        return found


def midnight(day: date, timezone: str) -> datetime:
    """Local midnight starting ``day``, as an aware UTC instant."""
    return datetime.combine(day, time(), tzinfo=zone(timezone)).astimezone(UTC)


def between(first: date, after_last: date, timezone: str, label: str) -> Period:
    return Period(midnight(first, timezone), midnight(after_last, timezone), label, timezone)


def read_period(text: str | None, *, now: datetime, timezone: str, locale: str = "en-US") -> Period:
    """The period ``text`` names ("this quarter" when empty).

    Raises ``UnreadableDate`` with examples of what is understood.
    """
    words = " ".join((text or "").lower().replace(",", " ").split())
    today = now.astimezone(zone(timezone)).date()
    period = _calendar(words or "this quarter", today=today, now=now, timezone=timezone)
    if period is None:
        period = _open(words, today=today, now=now, timezone=timezone, locale=locale)
    if period is None:
        raise UnreadableDate(f"I can't read “{text}” as a period. Try: {EXAMPLES}.")
    if period.end <= period.start:
        raise UnreadableDate(f"“{text}” ends before it starts; give an earlier start.")
    return period


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter(year: int, q: int, timezone: str, label: str | None = None) -> Period:
    first = date(year, 3 * (q - 1) + 1, 1)
    return between(first, _add_months(first, 3), timezone, label or f"{year} Q{q}")


def month(year: int, number: int, timezone: str, label: str | None = None) -> Period:
    first = date(year, number, 1)
    return between(first, _add_months(first, 1), timezone, label or f"{first:%B %Y}")


def _calendar(words: str, *, today: date, now: datetime, timezone: str) -> Period | None:
    tz = timezone
    year, q = quarter_of(today)
    tomorrow = today + timedelta(days=1)
    monday = today - timedelta(days=today.weekday())
    fixed = {
        "this quarter": lambda: quarter(year, q, tz, f"this quarter ({year} Q{q})"),
        "quarter": lambda: quarter(year, q, tz, f"this quarter ({year} Q{q})"),
        "last quarter": lambda: _last_quarter(year, q, tz),
        "previous quarter": lambda: _last_quarter(year, q, tz),
        "this month": lambda: month(today.year, today.month, tz, f"this month ({today:%B %Y})"),
        "month": lambda: month(today.year, today.month, tz, f"this month ({today:%B %Y})"),
        "last month": lambda: _last_month(today, tz),
        "previous month": lambda: _last_month(today, tz),
        "this year": lambda: between(
            date(today.year, 1, 1), date(today.year + 1, 1, 1), tz, f"this year ({today.year})"
        ),
        "last year": lambda: between(
            date(today.year - 1, 1, 1), date(today.year, 1, 1), tz, f"last year ({today.year - 1})"
        ),
        "this week": lambda: between(monday, monday + timedelta(days=7), tz, "this week"),
        "last week": lambda: between(monday - timedelta(days=7), monday, tz, "last week"),
        "today": lambda: between(today, tomorrow, tz, "today"),
        "yesterday": lambda: between(today - timedelta(days=1), today, tz, "yesterday"),
    }
    to_date = {
        ("ytd", "year to date"): (date(today.year, 1, 1), f"year to date ({today.year})"),
        ("qtd", "quarter to date"): (date(year, 3 * (q - 1) + 1, 1), "quarter to date"),
        ("mtd", "month to date"): (today.replace(day=1), "month to date"),
    }
    if words in fixed:
        return fixed[words]()
    for names, (first, label) in to_date.items():
        if words in names:
            return Period(midnight(first, tz), now, label, tz)
    last_n = _LAST_N.fullmatch(words)
    if last_n:
        count = int(last_n.group("n")) * (7 if last_n.group("unit").startswith("week") else 1)
        if count < 1:
            return None
        return between(tomorrow - timedelta(days=count), tomorrow, tz, words)
    for pattern in _QUARTER:
        found = pattern.fullmatch(words)
        if found:
            return quarter(int(found.groupdict().get("year") or year), int(found.group("q")), tz)
    if _YEAR.fullmatch(words):
        number = int(words)
        return between(date(number, 1, 1), date(number + 1, 1, 1), tz, words)
    found = _YEAR_MONTH.fullmatch(words)
    if found and 1 <= int(found.group("month")) <= 12:
        return month(int(found.group("year")), int(found.group("month")), tz)
    found = _MONTH_WORD.fullmatch(words)
    if found and found.group("month") in MONTHS:
        number = MONTHS[found.group("month")]
        if found.group("year"):
            return month(int(found.group("year")), number, tz)
        # A bare month name is the latest one not in the future.
        return month(today.year if number <= today.month else today.year - 1, number, tz)
    return None


def _open(words: str, *, today: date, now: datetime, timezone: str, locale: str) -> Period | None:
    """ "since …" and "… to …": the day phrases go through the dateparser wrapper."""
    if words.startswith("since "):
        first = _day(words[len("since ") :], now=now, timezone=timezone, locale=locale)
        if first is None or first > today:
            return None
        return Period(midnight(first, timezone), now, f"since {first.day} {first:%b %Y}", timezone)
    found = _RANGE.fullmatch(words)
    if found:
        first = _day(found.group("first"), now=now, timezone=timezone, locale=locale)
        last = _day(found.group("last"), now=now, timezone=timezone, locale=locale)
        if first is None or last is None:
            return None
        label = f"{first.day} {first:%b %Y} to {last.day} {last:%b %Y}"
        return between(first, last + timedelta(days=1), timezone, label)
    return None


def _day(text: str, *, now: datetime, timezone: str, locale: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    found = read_when(text, now=now, timezone=timezone, locale=locale, prefer="past")
    return found.astimezone(zone(timezone)).date() if found else None


def _last_quarter(year: int, q: int, timezone: str) -> Period:
    year, q = (year - 1, 4) if q == 1 else (year, q - 1)
    return quarter(year, q, timezone, f"last quarter ({year} Q{q})")


def _last_month(today: date, timezone: str) -> Period:
    first = _add_months(today.replace(day=1), -1)
    return month(first.year, first.month, timezone, f"last month ({first:%B %Y})")


def _add_months(first: date, count: int) -> date:
    index = first.year * 12 + first.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)

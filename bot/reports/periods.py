"""Report periods in plain words, read in the reader's time zone as ``[start, end)`` instants.

Calendar words are computed exactly here — "this quarter" (the default),
"last quarter", "2026 Q3", "Q3", "this month", "last month", "November 2026",
"2026-11", "this year", "last year", "2026", "ytd", "qtd", "mtd", "this week",
"last week", "today", "yesterday", "last 30 days", "last 6 weeks". Only the
open forms go through the project's one dateparser wrapper
(``bot.parsing.dates.read_when``): "since 1 July", "from 1 July to 15 August".

The same words in French, Swedish, Romanian, Malay and Hindi ("le mois dernier",
"förra kvartalet", "trimestrul trecut", "suku lepas", "पिछली तिमाही", "2026 T3",
"novembre 2026", "depuis le 1 juillet"…): ``PHRASES`` maps each to its English
words, as strictly (a whole phrase, or nothing), whatever the reader's language.
A period's label reads in the reader's language.

Rules: a period starts and ends at local midnight; weeks start on Monday;
"last N days" is the N calendar days ending today (today included); the
"…to date" forms and "since …" end now. A day-count form reading "to 15
August" includes 15 August.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from babel import Locale
from babel.dates import format_date

from bot.errors import UnreadableDate
from bot.i18n import ENGLISH, LOCALES, N_, _, current, ngettext
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
# Each language's month names (CLDR, through Babel), wide and abbreviated, lower case.
for _code in LOCALES:
    _names = Locale.parse(_code).months
    for _context in ("format", "stand-alone"):
        for _width in ("wide", "abbreviated"):
            for _number, _name in _names[_context][_width].items():
                MONTHS.setdefault(_name.lower().rstrip(".").replace("॰", ""), _number)
# A quarter's letter: Q, T (trimestre, trimestru), K (kvartal), S (suku).
_Q = r"[qtks]"
_QUARTER = [
    re.compile(rf"(?P<year>\d{{4}})\s*-?\s*{_Q}(?P<q>[1-4])"),
    re.compile(rf"{_Q}(?P<q>[1-4])\s*-?\s*(?P<year>\d{{4}})"),
    re.compile(rf"{_Q}(?P<q>[1-4])"),
]
# The other five languages' period words, each to the English words read below.
PHRASES = {
    # French
    "ce trimestre": "this quarter",
    "le trimestre en cours": "this quarter",
    "le trimestre dernier": "last quarter",
    "trimestre dernier": "last quarter",
    "le trimestre précédent": "last quarter",
    "ce mois-ci": "this month",
    "ce mois": "this month",
    "le mois dernier": "last month",
    "mois dernier": "last month",
    "le mois précédent": "last month",
    "cette année": "this year",
    "l'année dernière": "last year",
    "l'an dernier": "last year",
    "l'année précédente": "last year",
    "cette semaine": "this week",
    "la semaine dernière": "last week",
    "semaine dernière": "last week",
    "aujourd'hui": "today",
    "hier": "yesterday",
    "depuis le début de l'année": "ytd",
    "depuis le début du trimestre": "qtd",
    "depuis le début du mois": "mtd",
    # Swedish
    "detta kvartal": "this quarter",
    "det här kvartalet": "this quarter",
    "innevarande kvartal": "this quarter",
    "förra kvartalet": "last quarter",
    "föregående kvartal": "last quarter",
    "denna månad": "this month",
    "den här månaden": "this month",
    "innevarande månad": "this month",
    "förra månaden": "last month",
    "föregående månad": "last month",
    "i år": "this year",
    "detta år": "this year",
    "förra året": "last year",
    "i fjol": "last year",
    "denna vecka": "this week",
    "den här veckan": "this week",
    "förra veckan": "last week",
    "i dag": "today",
    "idag": "today",
    "i går": "yesterday",
    "igår": "yesterday",
    "hittills i år": "ytd",
    "hittills i kvartalet": "qtd",
    "hittills i månaden": "mtd",
    # Romanian
    "trimestrul acesta": "this quarter",
    "acest trimestru": "this quarter",
    "trimestrul curent": "this quarter",
    "trimestrul trecut": "last quarter",
    "trimestrul anterior": "last quarter",
    "luna aceasta": "this month",
    "această lună": "this month",
    "luna curentă": "this month",
    "luna trecută": "last month",
    "luna anterioară": "last month",
    "anul acesta": "this year",
    "acest an": "this year",
    "anul trecut": "last year",
    "săptămâna aceasta": "this week",
    "această săptămână": "this week",
    "săptămâna trecută": "last week",
    "astăzi": "today",
    "azi": "today",
    "ieri": "yesterday",
    "de la începutul anului": "ytd",
    "de la începutul trimestrului": "qtd",
    "de la începutul lunii": "mtd",
    # Malay
    "suku ini": "this quarter",
    "suku semasa": "this quarter",
    "suku lepas": "last quarter",
    "suku lalu": "last quarter",
    "suku sebelumnya": "last quarter",
    "bulan ini": "this month",
    "bulan lepas": "last month",
    "bulan lalu": "last month",
    "tahun ini": "this year",
    "tahun lepas": "last year",
    "tahun lalu": "last year",
    "minggu ini": "this week",
    "minggu lepas": "last week",
    "minggu lalu": "last week",
    "hari ini": "today",
    "semalam": "yesterday",
    "tahun hingga kini": "ytd",
    "suku hingga kini": "qtd",
    "bulan hingga kini": "mtd",
    # Hindi
    "इस तिमाही": "this quarter",
    "यह तिमाही": "this quarter",
    "पिछली तिमाही": "last quarter",
    "इस महीने": "this month",
    "यह महीना": "this month",
    "पिछले महीने": "last month",
    "पिछला महीना": "last month",
    "इस साल": "this year",
    "इस वर्ष": "this year",
    "पिछले साल": "last year",
    "पिछले वर्ष": "last year",
    "इस सप्ताह": "this week",
    "इस हफ़्ते": "this week",
    "पिछले सप्ताह": "last week",
    "पिछले हफ़्ते": "last week",
    "आज": "today",
    "कल": "yesterday",  # a period is in the past: "kal" is yesterday here
    "वर्ष की शुरुआत से": "ytd",
    "तिमाही की शुरुआत से": "qtd",
    "महीने की शुरुआत से": "mtd",
}
# "the last 30 days" in the five: (pattern, unit word group) → "last N days|weeks".
_LAST_N_WORDS = [
    re.compile(r"les\s+(?P<n>\d{1,4})\s+derni(?:er|ère)s\s+(?P<unit>jours|semaines)"),
    re.compile(
        r"(?:de\s+)?(?:senaste|sista)\s+(?P<n>\d{1,4})\s+(?P<unit>dagarna|dagar|veckorna|veckor)"
    ),
    re.compile(r"ultimele\s+(?P<n>\d{1,4})\s+(?:de\s+)?(?P<unit>zile|săptămâni)"),
    re.compile(r"(?P<n>\d{1,4})\s+(?P<unit>hari|minggu)\s+(?:lepas|lalu|terakhir)"),
    re.compile(r"पिछले\s+(?P<n>\d{1,4})\s+(?P<unit>दिन|सप्ताह|हफ़्ते)"),
]
_WEEK_UNITS = {"semaines", "veckor", "veckorna", "săptămâni", "minggu", "सप्ताह", "हफ़्ते"}
# "since …" and "from … to …" in the five, to the English forms read by ``_open``.
_SINCE_WORDS = re.compile(
    r"(?:depuis\s+(?:le\s+)?|sedan\s+|(?:din|de\s+la|începând\s+cu)\s+|sejak\s+)(?P<first>.+)"
)
_SINCE_HINDI = re.compile(r"(?P<first>.+?)\s+से")
_RANGE_WORDS = [
    re.compile(r"du\s+(?P<first>.+?)\s+au\s+(?P<last>.+)"),
    re.compile(r"de\s+(?P<first>.+?)\s+à\s+(?P<last>.+)"),
    re.compile(
        r"från\s+(?:och\s+med\s+)?(?P<first>.+?)\s+(?:till|t\.o\.m\.)\s+(?:och\s+med\s+)?(?P<last>.+)"
    ),
    re.compile(r"(?:de\s+la|din)\s+(?P<first>.+?)\s+până\s+(?:la|în)\s+(?P<last>.+)"),
    re.compile(r"dari\s+(?P<first>.+?)\s+(?:hingga|sehingga|sampai)\s+(?P<last>.+)"),
    re.compile(r"(?P<first>.+?)\s+से\s+(?P<last>.+?)\s+तक"),
]
_LAST_N = re.compile(r"(?:last|past)\s+(?P<n>\d{1,4})\s+(?P<unit>days?|weeks?)")
_YEAR = re.compile(r"\d{4}")
_YEAR_MONTH = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})")
_MONTH_WORD = re.compile(r"(?P<month>[^\W\d_][^\s\d.]*)\.?(?:\s+(?P<year>\d{4}))?")
_RANGE = re.compile(r"(?:from\s+)?(?P<first>.+?)\s+(?:to|until|till|–|-)\s+(?P<last>.+)")
EXAMPLES = N_(
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
        if current() != ENGLISH:
            head = format_date(
                first, "d MMM" if first.year == last.year else "d MMM y", locale=current()
            )
            return f"{head} – {format_date(last, 'd MMM y', locale=current())}"
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
    words = _in_english(" ".join((text or "").lower().replace(",", " ").replace("’", "'").split()))
    today = now.astimezone(zone(timezone)).date()
    period = _calendar(words or "this quarter", today=today, now=now, timezone=timezone)
    if period is None:
        period = _open(words, today=today, now=now, timezone=timezone, locale=locale)
    if period is None:
        raise UnreadableDate(
            _("I can't read “{text}” as a period. Try: {examples}.").format(
                text=text, examples=_(EXAMPLES)
            )
        )
    if period.end <= period.start:
        raise UnreadableDate(
            _("“{text}” ends before it starts; give an earlier start.").format(text=text)
        )
    return period


def _in_english(words: str) -> str:
    """The five other languages' period words as the English ones (unchanged if none fits)."""
    if words in PHRASES:
        return PHRASES[words]
    for pattern in _LAST_N_WORDS:
        found = pattern.fullmatch(words)
        if found:
            unit = "weeks" if found.group("unit") in _WEEK_UNITS else "days"
            return f"last {found.group('n')} {unit}"
    for pattern in _RANGE_WORDS:
        found = pattern.fullmatch(words)
        if found:
            return f"from {found.group('first')} to {found.group('last')}"
    found = _SINCE_WORDS.fullmatch(words)
    if found and not words.startswith(("since ", "from ")):
        return f"since {found.group('first')}"
    found = _SINCE_HINDI.fullmatch(words)
    if found:
        return f"since {found.group('first')}"
    return words


def quarter_name(year: int, q: int) -> str:
    """``2026 Q3``; ``2026 T3`` in French and Romanian, ``2026 K3`` in Swedish, ``2026 S3`` in Malay."""
    return _("{year} Q{q}").format(year=year, q=q)


def month_name(first: date) -> str:
    """``November 2026``, ``novembre 2026``, ``नवंबर 2026``."""
    if current() == ENGLISH:
        return f"{first:%B %Y}"
    return format_date(first, "LLLL y", locale=current())


def day_name(day: date) -> str:
    if current() == ENGLISH:
        return f"{day.day} {day:%b %Y}"
    return format_date(day, "d MMM y", locale=current())


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter(year: int, q: int, timezone: str, label: str | None = None) -> Period:
    first = date(year, 3 * (q - 1) + 1, 1)
    return between(first, _add_months(first, 3), timezone, label or quarter_name(year, q))


def month(year: int, number: int, timezone: str, label: str | None = None) -> Period:
    first = date(year, number, 1)
    return between(first, _add_months(first, 1), timezone, label or month_name(first))


def _calendar(words: str, *, today: date, now: datetime, timezone: str) -> Period | None:
    tz = timezone
    year, q = quarter_of(today)
    tomorrow = today + timedelta(days=1)
    monday = today - timedelta(days=today.weekday())
    this_quarter = _("this quarter ({quarter})").format(quarter=quarter_name(year, q))
    this_month = _("this month ({month})").format(month=month_name(today.replace(day=1)))
    fixed = {
        "this quarter": lambda: quarter(year, q, tz, this_quarter),
        "quarter": lambda: quarter(year, q, tz, this_quarter),
        "last quarter": lambda: _last_quarter(year, q, tz),
        "previous quarter": lambda: _last_quarter(year, q, tz),
        "this month": lambda: month(today.year, today.month, tz, this_month),
        "month": lambda: month(today.year, today.month, tz, this_month),
        "last month": lambda: _last_month(today, tz),
        "previous month": lambda: _last_month(today, tz),
        "this year": lambda: between(
            date(today.year, 1, 1),
            date(today.year + 1, 1, 1),
            tz,
            _("this year ({year})").format(year=today.year),
        ),
        "last year": lambda: between(
            date(today.year - 1, 1, 1),
            date(today.year, 1, 1),
            tz,
            _("last year ({year})").format(year=today.year - 1),
        ),
        "this week": lambda: between(monday, monday + timedelta(days=7), tz, _("this week")),
        "last week": lambda: between(monday - timedelta(days=7), monday, tz, _("last week")),
        "today": lambda: between(today, tomorrow, tz, _("today")),
        "yesterday": lambda: between(today - timedelta(days=1), today, tz, _("yesterday")),
    }
    to_date = {
        ("ytd", "year to date"): (
            date(today.year, 1, 1),
            _("year to date ({year})").format(year=today.year),
        ),
        ("qtd", "quarter to date"): (date(year, 3 * (q - 1) + 1, 1), _("quarter to date")),
        ("mtd", "month to date"): (today.replace(day=1), _("month to date")),
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
        if last_n.group("unit").startswith("week"):
            label = ngettext("last {count} week", "last {count} weeks", int(last_n.group("n")))
        else:
            label = ngettext("last {count} day", "last {count} days", count)
        label = label.format(count=int(last_n.group("n")))
        return between(tomorrow - timedelta(days=count), tomorrow, tz, label)
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
        label = _("since {day}").format(day=day_name(first))
        return Period(midnight(first, timezone), now, label, timezone)
    found = _RANGE.fullmatch(words)
    if found:
        first = _day(found.group("first"), now=now, timezone=timezone, locale=locale)
        last = _day(found.group("last"), now=now, timezone=timezone, locale=locale)
        if first is None or last is None:
            return None
        label = _("{first} to {last}").format(first=day_name(first), last=day_name(last))
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
    return quarter(
        year, q, timezone, _("last quarter ({quarter})").format(quarter=quarter_name(year, q))
    )


def _last_month(today: date, timezone: str) -> Period:
    first = _add_months(today.replace(day=1), -1)
    return month(
        first.year,
        first.month,
        timezone,
        _("last month ({month})").format(month=month_name(first)),
    )


def _add_months(first: date, count: int) -> date:
    index = first.year * 12 + first.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)

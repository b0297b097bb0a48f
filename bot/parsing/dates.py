"""The one wrapper around dateparser: every date a rep types is read here.

It fixes what dateparser must be told for our use: "now" in the rep's own
zone (``RELATIVE_BASE``, naive, as dateparser wants), that zone (``TIMEZONE``,
answers aware), which way to lean (``PREFER_DATES_FROM``: past when logging a
contact, future for a follow-up), day/month order from the rep's locale
(en-US writes 11/3 for 3 November, everyone else for 11 March), and only the
languages in use (English plus the locale's) — fewer languages is both faster
and less surprising. The ``timestamp`` and ``no-spaces-time`` parsers are off:
on free text they turn account numbers and amounts into dates.

Before dateparser sees a phrase, the words it lacks are rewritten (see
``lexicon``), and afterwards a numeric date is checked against what was typed:
dateparser reads "13/13" as 13 November 2013, we read it as nothing.

dateparser loads each language's data on first use (about 150 ms for English,
20-40 ms for each other language); ``warm_up`` does that at start-up.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateparser.date import DateDataParser
from dateparser.languages.loader import default_loader

from bot.errors import CmsError
from bot.parsing.lexicon import BY_PREFERENCE, SYNONYMS
from bot.parsing.tokens import Token, tokenise
from bot.parsing.vocabulary import vocabulary

Prefer = Literal["past", "future"]

# Locales that write the month first; every other locale writes the day first.
_MONTH_FIRST = frozenset({"en", "en-us", "en-ph", "en-as", "en-gu", "en-um", "en-vi", "es-us"})
MAX_READS = 40
_PARSERS = ["relative-time", "custom-formats", "absolute-time"]
NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?")
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# A clock time in the phrase (or "ago", an exact offset): the reading is an instant, not a day.
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b|\bago\b"
)
_HOUR = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?")
_FRENCH_HOUR = re.compile(r"(\d{1,2})h(\d{2})?")
# A number followed by one of these is a time of day (Malay, Hindi).
_AFTER_HOUR = {"pagi": "am", "pg": "am", "petang": "pm", "ptg": "pm", "malam": "pm", "बजे": ""}


def language_of(locale: str | None) -> str:
    """ "fr-FR" -> "fr"; anything unreadable -> "en"."""
    primary = (locale or "en").replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() else "en"


@lru_cache(maxsize=64)
def languages_for(locale: str | None) -> tuple[str, ...]:
    """English plus the locale's language, when dateparser knows it."""
    language = language_of(locale)
    if language == "en":
        return ("en",)
    try:
        default_loader.get_locale(language)
    except (ValueError, KeyError):
        return ("en",)
    return ("en", language)


def date_order_for(locale: str | None, timezone: str | None = None) -> str:
    """ "MDY" for en-US and the few locales like it, "DMY" for the rest.

    A bare "en" says nothing of the country: a rep in the Americas writes the month
    first, one in London or Singapore the day (the zone breaks the tie).
    """
    normalised = (locale or "en").replace("_", "-").lower()
    if normalised == "en" and timezone:
        return "MDY" if timezone.startswith(("America/", "US/", "Pacific/Honolulu")) else "DMY"
    return "MDY" if normalised in _MONTH_FIRST else "DMY"


def numeric_order(locale: str | None, timezone: str | None) -> str:
    """How a rep's "11/12" reads in free text: "MDY", "DMY", or "EITHER" for a bare "en"
    outside the Americas (a London rep may write either way: asked when both could be)."""
    normalised = (locale or "en").replace("_", "-").lower()
    if normalised == "en" and not (timezone or "").startswith(("America/", "US/")):
        return "EITHER"
    return date_order_for(locale, timezone)


def zone(name: str | None) -> ZoneInfo:
    """The rep's zone; an unknown name falls back to UTC rather than failing a log."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True)
class When:
    """A phrase read as an instant; ``explicit_time`` is False for day-only phrases."""

    local: datetime  # aware, in the rep's zone
    explicit_time: bool

    @property
    def utc(self) -> datetime:
        return self.local.astimezone(UTC)


class Reader:
    """dateparser set up for one rep at one instant, reused for every phrase of a line."""

    def __init__(self, *, now: datetime, timezone: str, locale: str, prefer: Prefer) -> None:
        self.zone = zone(timezone)
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        self.now = now.astimezone(self.zone)
        self.prefer: Prefer = prefer
        self.language = language_of(locale)
        self.order = date_order_for(locale)
        languages = languages_for(locale)
        self._tables = [
            BY_PREFERENCE.get(self.language, {}).get(prefer, {}),
            SYNONYMS.get(self.language, {}),
            SYNONYMS["en"],
        ]
        self._skip = _local_skip_words(languages[-1]) if len(languages) > 1 else frozenset()
        self._parser = DateDataParser(
            languages=list(languages),
            settings={
                "RELATIVE_BASE": self.now.replace(tzinfo=None),
                "TIMEZONE": self.zone.key,
                "RETURN_AS_TIMEZONE_AWARE": True,
                "PREFER_DATES_FROM": prefer,
                "DATE_ORDER": self.order,
                "PARSERS": _PARSERS,
            },
        )
        self._seen: dict[str, When | None] = {}

    def read(self, text: str) -> When | None:
        """The instant ``text`` (a whole date phrase) names, or None.

        At most ``MAX_READS`` distinct phrases per reader: a pasted page of
        date-like words must not cost seconds.
        """
        if text not in self._seen:
            if len(self._seen) >= MAX_READS:
                return None
            self._seen[text] = self._read(tokenise(text))
        return self._seen[text]

    def numeric_parts(self, word: str) -> tuple[int, int] | None:
        """(month, day) a numeric date like "11/3" stands for in this locale, if any."""
        iso = ISO_DATE.fullmatch(word)
        if iso:
            return int(iso.group(2)), int(iso.group(3))
        match = NUMERIC_DATE.fullmatch(word)
        if not match or ("." in word and match.group(3) is None):
            return None  # "2.5" is a number, "11.03.2026" a date
        first, second = int(match.group(1)), int(match.group(2))
        return (first, second) if self.order == "MDY" else (second, first)

    def _read(self, tokens: list[Token]) -> When | None:
        words = self._rewrite(tokens)
        phrase = " ".join(words)
        if not phrase:
            return None
        try:
            data = self._parser.get_date_data(phrase)
        except (ValueError, OverflowError, TypeError, KeyError, IndexError):
            return None  # dateparser on hostile input; treat as unreadable
        found = data.date_obj
        # "may" or "2026" alone name a month or a year, not a day a contact happened on.
        if found is None or "day" not in (getattr(data, "parts", None) or ("day",)):
            return None
        for word in words:
            parts = self.numeric_parts(word)
            if parts and (found.month, found.day) != parts:
                return None
        return When(local=found.astimezone(self.zone), explicit_time=bool(_CLOCK.search(phrase)))

    def _rewrite(self, tokens: list[Token]) -> list[str]:
        """Local words -> words dateparser reads; local connectors dropped."""
        out: list[str] = []
        i = 0
        while i < len(tokens):
            replaced = self._synonym(tokens, i)
            if replaced:
                out.append(replaced[0])
                i += replaced[1]
                continue
            token, following = tokens[i], tokens[i + 1].key if i + 1 < len(tokens) else ""
            key = token.key.replace("a.m.", "am").replace("p.m.", "pm")
            hour = _HOUR.fullmatch(following)
            if key in ("kl", "kl.", "ora") and hour:
                out.append(f"{hour.group(1)}:{hour.group(2) or '00'}")
                i += 2
                continue
            if _HOUR.fullmatch(key) and following in _AFTER_HOUR:
                suffix = _AFTER_HOUR[following]
                out.append(f"{key.replace('.', ':')}{suffix}" if suffix else f"{key}:00")
                i += 2
                continue
            french = _FRENCH_HOUR.fullmatch(key)
            if french and self.language != "en":
                out.append(f"{french.group(1)}:{french.group(2) or '00'}")
            elif key not in self._skip:
                out.append(key)
            i += 1
        return out

    def _synonym(self, tokens: list[Token], i: int) -> tuple[str, int] | None:
        for size in (3, 2, 1):
            key = tuple(token.key for token in tokens[i : i + size])
            if len(key) < size:
                continue
            for table in self._tables:
                if key in table:
                    return table[key], size
        return None


@lru_cache(maxsize=16)
def _local_skip_words(language: str) -> frozenset[str]:
    """Connectors ("à", "la", "på", "को") that stop dateparser reading a mixed phrase."""
    try:
        skip = default_loader.get_locale(language).info.get("skip", [])
    except (ValueError, KeyError):
        return frozenset()
    english = set(default_loader.get_locale("en").info.get("skip", []))
    return frozenset(word for word in skip if word.strip() and word not in english)


def read_when(
    text: str, *, now: datetime, timezone: str, locale: str, prefer: Prefer = "past"
) -> datetime | None:
    """The instant a date phrase (the whole of ``text``) names, aware UTC; None if unreadable.

    For form fields and anything else that holds only a date; free text goes
    through ``parse_contact``, which finds the phrase first.
    """
    when = Reader(now=now, timezone=timezone, locale=locale, prefer=prefer).read(text)
    return when.utc if when else None


def describe(moment: datetime) -> str:
    """ "Tue 24 Nov 15:00": how a reading is shown back to the rep."""
    return f"{moment:%a} {moment.day} {moment:%b %H:%M}"


_WARM_UP_PHRASES = (
    "yesterday 3pm",
    "11/3",
    "in 2 weeks",
    "2 days ago",
    "last Tuesday",
    "this morning",
    "Nov 3, 2026 at 10am",
)
_WARM_UP_LINE = "Jane Smith call yesterday 3pm, pledged $2.5mm #tag follow up in 2 weeks"


def warm_up(languages: Iterable[str] = ("en",), *, timezones: Iterable[str] = ()) -> float:
    """Load dateparser's data for these languages (or locales) now; returns seconds taken.

    dateparser loads a language's data, and compiles many of its patterns, on
    first use; pytz checks its whole zone list the first time a named zone is
    used (together ~150-300 ms on the first line). The app calls this once at
    start-up with its reps' locales (and zones, if known) so the first
    /logcontact is fast.
    """
    from bot.parsing.contact import parse_contact  # late: contact builds on this module

    started = time.perf_counter()
    now = datetime.now(UTC)
    for name in {*timezones, "Europe/London"}:
        Reader(now=now, timezone=name, locale="en", prefer="past").read("yesterday 3pm")
    for locale in {*languages, "en"}:
        vocabulary(language_of(locale))
        for prefer in ("past", "future"):
            reader = Reader(now=now, timezone="UTC", locale=locale, prefer=prefer)
            phrases = [*_WARM_UP_PHRASES, *(" ".join(p) for p in SYNONYMS.get(reader.language, {}))]
            for phrase in phrases:
                reader.read(phrase)
        with contextlib.suppress(CmsError):  # only the loading matters
            parse_contact(_WARM_UP_LINE, now=now, timezone="UTC", locale=locale)
    return time.perf_counter() - started

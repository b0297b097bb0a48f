"""Date words of English plus the rep's language, sorted by the part they play in a phrase.

Built from dateparser's own language data (month and weekday names, units,
"ago"/"in" words, relative phrases such as "la semaine dernière") plus the
rewrites in ``lexicon``, once per language. ``spans`` uses it to decide which
words may belong to a date phrase and which anchor one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from dateparser.languages.loader import default_loader

from bot.parsing import lexicon
from bot.parsing.tokens import fold

_UNIT_KEYS = ("year", "month", "week", "day", "hour", "minute", "fortnight", "decade")
_DAY_LEVEL = {"0 day ago", "1 day ago", "in 1 day", "2 day ago", "in 2 day"}
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_KEYS = (
    "january february march april may june july august september october november december"
).split()


@dataclass(frozen=True)
class Vocabulary:
    """Date words of English plus one language, sorted by the part they play."""

    strong: frozenset[str]  # a date by itself: "yesterday", "hier", "mardi"
    phrases: frozenset[tuple[str, ...]]  # "last week", "förra veckan"
    relatives: frozenset[str]  # "last", "ago", "dans", "sedan", "lalu"...
    units: frozenset[str]  # "day", "semaine", "hari"...
    months: frozenset[str]
    connectors: frozenset[str]  # may sit inside a phrase, never at its edge
    weak: frozenset[str]  # everything above and the rest: may be part of a phrase


def _words(values: object) -> set[str]:
    found: set[str] = set()
    for value in values if isinstance(values, list) else []:
        for word in re.sub(r"\([^)]*\)|\\d\S*|[\\()?+*\[\]]", " ", str(value)).split():
            if all(unicodedata.category(c)[0] in "LM" or c in "'-" for c in word):
                found.add(fold(word))
    return found


@lru_cache(maxsize=16)
def _language(language: str) -> Vocabulary:
    try:
        info = default_loader.get_locale(language).info
    except (ValueError, KeyError):
        info = {}
    months = set().union(*(_words(info.get(key, [])) for key in _MONTH_KEYS))
    weekdays = [_words(info.get(key, [])) for key in _WEEKDAY_KEYS]
    units = set().union(*(_words(info.get(key, [])) for key in _UNIT_KEYS))
    units = {unit for unit in units if len(unit) > 1}
    relatives = _words(info.get("ago", [])) | _words(info.get("in", []))
    for patterns in (info.get("relative-type-regex") or {}).values():
        relatives |= _words(patterns)
    # "(\\d+) min ago" also yields "min": units are not relative words.
    relatives -= units | months | set().union(*weekdays)
    strong = {max(names, key=len) for names in weekdays if names}
    strong = {name for name in strong if len(name) >= 4}
    phrases: set[tuple[str, ...]] = set()
    weak: set[str] = set()
    for key, names in (info.get("relative-type") or {}).items():
        if not any(unit in key for unit in ("day", "week", "month", "year")):
            continue  # "now", "this minute": too common as plain words
        for name in names:
            words = tuple(fold(word) for word in name.split())
            weak.update(words)
            if len(words) == 1 and key in _DAY_LEVEL:
                strong.add(words[0])
            else:
                phrases.add(words)
    tables = [lexicon.SYNONYMS.get(language, {})]
    tables += list(lexicon.BY_PREFERENCE.get(language, {}).values())
    for table in tables:
        for words in table:
            weak.update(words)
            (strong.add(words[0]) if len(words) == 1 else phrases.add(words))
    connectors = _words(info.get("skip", [])) - lexicon.TIME_WORDS
    if language == "en":
        connectors = set(lexicon.EN_CONNECTORS)
        relatives |= lexicon.EN_MODIFIERS
        strong = (strong | lexicon.EN_STRONG) - lexicon.EN_WEAK_ONLY
        units |= lexicon.EN_PARTS_OF_DAY | {"weekend"}
        weak |= lexicon.EN_NUMBERS
    am_pm = _words(info.get("am", [])) | _words(info.get("pm", []))
    weak |= months | set().union(*weekdays) | units | relatives | connectors | strong | am_pm
    weak |= lexicon.TIME_WORDS
    return Vocabulary(
        strong=frozenset(strong),
        phrases=frozenset(phrases),
        relatives=frozenset(relatives),
        units=frozenset(units | set().union(*weekdays)),
        months=frozenset(months),
        connectors=frozenset(connectors),
        weak=frozenset(weak),
    )


@lru_cache(maxsize=16)
def vocabulary(language: str) -> Vocabulary:
    """English date words merged with ``language``'s (built once per language)."""
    english = _language("en")
    if language == "en":
        return english
    other = _language(language)
    return Vocabulary(
        **{
            field: getattr(english, field) | getattr(other, field)
            for field in Vocabulary.__dataclass_fields__
        }
    )

"""Finding the date phrase in a line: candidate spans anchored on date words, read by dateparser.

dateparser's ``search_dates`` reads dates out of prose, but it is noisy on
short notes ("2.5" and "may" become dates) and offers no way to say which
words must be present. Instead: cut the line into runs of words that can be
part of a date (date words in English and the rep's language, numbers,
connectors), keep the runs holding an anchor (a word like "yesterday" or
"hier", a weekday, a clock time, a numeric date, "last" + "week", a number +
unit + "ago"...), and hand dateparser the longest sub-span of each run that
it reads. Only a few short strings are parsed per line, which keeps a line
under a few milliseconds, and every word dateparser did not use stays in the
notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.errors import UnreadableDate
from bot.parsing import lexicon
from bot.parsing.dates import ISO_DATE, NUMERIC_DATE, Reader, When
from bot.parsing.tokens import Token, overlaps
from bot.parsing.vocabulary import Vocabulary, vocabulary

_NUMBER = re.compile(r"\d{1,4}(?:[.,:]\d{1,2})?|\d{1,2}(?:st|nd|rd|th|er|e|eme|ème)")
_CLOCK = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|\d{1,2}h(?:\d{2})?"
)
FOLLOW_UP_MARKERS: tuple[tuple[str, ...], ...] = (
    ("follow", "up"),
    ("follow-up",),
    ("followup",),
    ("f/u",),
    ("relancer",),
    ("relance",),
    ("uppfoljning",),
    ("aterkoppla",),
    ("susulan",),
    ("फॉलो", "अप"),
)
MAX_RUN = 7


@dataclass(frozen=True)
class DatePhrase:
    """Tokens ``first``..``last`` (inclusive) read as ``when``."""

    first: int
    last: int
    when: When
    text: str

    def span(self, tokens: list[Token]) -> tuple[int, int]:
        return tokens[self.first].start, tokens[self.last].end


def is_numeric_date(token: Token, tokens: list[Token]) -> bool:
    """ "11/3" looks like a date; "24/7" and "2/3 of" do not."""
    if ISO_DATE.fullmatch(token.key):
        return True
    if token.key in lexicon.NOT_DATES or not NUMERIC_DATE.fullmatch(token.key):
        return False
    if "." in token.key and token.key.count(".") < 2:
        return False
    following = tokens[token.index + 1].key if token.index + 1 < len(tokens) else ""
    return following != "of"


def _is_number(key: str) -> bool:
    return bool(_NUMBER.fullmatch(key))


def _date_ish(token: Token, tokens: list[Token], words: Vocabulary) -> bool:
    key = token.key
    return (
        key in words.weak
        or _is_number(key)
        or bool(_CLOCK.fullmatch(key))
        or is_numeric_date(token, tokens)
    )


def _anchored(run: list[Token], tokens: list[Token], words: Vocabulary) -> bool:
    keys = [token.key for token in run]
    if any(key in words.strong or _CLOCK.fullmatch(key) for key in keys):
        return True
    if any(is_numeric_date(token, tokens) for token in run):
        return True
    joined = tuple(keys)
    for phrase in words.phrases:
        size = len(phrase)
        if any(joined[i : i + size] == phrase for i in range(len(joined) - size + 1)):
            return True
    has_number = any(_is_number(key) or key in lexicon.EN_NUMBERS for key in keys)
    has_unit = any(key in words.units for key in keys)
    if any(key in words.relatives for key in keys) and has_unit:
        return True
    return has_number and any(key in words.months for key in keys)


def _runs(
    tokens: list[Token], consumed: list[tuple[int, int]], words: Vocabulary
) -> Iterator[list[Token]]:
    run: list[Token] = []
    for token in tokens:
        if _date_ish(token, tokens, words) and not overlaps(token, consumed):
            run.append(token)
            comma_before_year = token.trail == "," and _is_year(tokens, token.index + 1)
            abbreviation = token.trail == "." and len(token.key) <= 4 and token.key in words.weak
            if token.trail and not comma_before_year and not abbreviation:
                yield run
                run = []
        else:
            if run:
                yield run
            run = []
    if run:
        yield run


def _is_year(tokens: list[Token], index: int) -> bool:
    return index < len(tokens) and bool(re.fullmatch(r"\d{4}", tokens[index].key))


def _read_run(
    run: list[Token], tokens: list[Token], reader: Reader, words: Vocabulary, text: str
) -> DatePhrase | None:
    """The longest, then earliest, anchored sub-span of ``run`` that dateparser reads."""
    run = run[:MAX_RUN]
    size = len(run)
    for length in range(size, 0, -1):
        for start in range(0, size - length + 1):
            part = run[start : start + length]
            if part[-1].key in words.connectors or (
                part[0].key in words.connectors
                and part[0].key not in words.relatives
                and part[0].key not in lexicon.EN_NUMBERS
            ):
                continue  # "at the" ends nothing; "in 2 weeks", "a week ago" are fine
            if not _anchored(part, tokens, words):
                continue
            phrase = text[part[0].start : part[-1].end]
            when = reader.read(phrase)
            if when is not None:
                return DatePhrase(part[0].index, part[-1].index, when, phrase)
    return None


def _clear_attempt(
    run: list[Token], tokens: list[Token], reader: Reader, words: Vocabulary
) -> bool:
    """A run that can only be a date: a numeric date, or a month name with a day number."""
    for token in run:
        if is_numeric_date(token, tokens):
            parts = reader.numeric_parts(token.key)
            if parts and parts[0] <= 31 and parts[1] <= 31:
                return True
    keys = [token.key for token in run]
    days = [re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|er)?", key) for key in keys]
    return any(key in words.months and len(key) >= 3 for key in keys) and any(
        day and 1 <= int(day.group(1)) <= 31 for day in days
    )


def find_date(
    tokens: list[Token],
    text: str,
    *,
    reader: Reader,
    consumed: list[tuple[int, int]],
    after: int = -1,
    starting_by: int | None = None,
) -> DatePhrase | None:
    """The first date phrase in ``tokens`` past index ``after`` and not inside ``consumed``.

    With ``starting_by``, only a phrase beginning at or before that token index
    counts (a follow-up's date must come right after "follow up").
    Raises ``UnreadableDate`` when a run is plainly a date ("11/31", "Feb 30")
    but cannot be read.
    """
    words = vocabulary(reader.language)
    for run in _runs(tokens, consumed, words):
        run = [token for token in run if token.index > after]
        if not run:
            continue
        if starting_by is not None and run[0].index > starting_by:
            return None
        if not _anchored(run, tokens, words):
            continue
        found = _read_run(run, tokens, reader, words, text)
        if found is not None:
            if starting_by is not None and found.first > starting_by:
                return None
            return found
        if _clear_attempt(run, tokens, reader, words):
            typed = text[run[0].start : run[-1].end]
            raise UnreadableDate(
                f"I couldn't read “{typed}” as a date"
                + (" (month/day)." if reader.order == "MDY" else " (day/month).")
                + " Try e.g. “yesterday 3pm” or “last Tuesday”."
            )
    return None


def find_follow_up_marker(
    tokens: list[Token], consumed: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Token indices (first, last) of "follow up" / "f/u" / "follow-up", if present."""
    keys = [token.key for token in tokens]
    for i, token in enumerate(tokens):
        if overlaps(token, consumed):
            continue
        for marker in FOLLOW_UP_MARKERS:
            if tuple(keys[i : i + len(marker)]) == marker:
                return i, i + len(marker) - 1
    return None


def skip_fillers(tokens: list[Token], after: int, language: str) -> int:
    """Index of the first token after ``after`` that is not a filler ("call", "on"...)."""
    words = vocabulary(language)
    index = after + 1
    while index < len(tokens) and index <= after + 3:
        key = tokens[index].key
        if key in lexicon.FOLLOW_UP_FILLERS or (
            key in words.connectors and key not in ("in", "a", "an")
        ):
            index += 1
            continue
        break
    return index

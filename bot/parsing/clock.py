"""Clock times in a line: "3pm", "14h30", "kl. 16.30", "la ora 13", "pukul 3 petang", "दोपहर 3 बजे".

Rules a native speaker would state:

- "H:MM", "HhMM", "Hh" are read as written, on the 24-hour clock ("9:15", "14h"),
  but for "Hh" of 1 to 6, which may be either half ("à 5h" is said for 17:00) unless
  a part of the day follows ("5h du matin").
- "H.MM" is a time only next to a time word, a part of the day or a day word
  ("kl 12.30", "yesterday 8.30", "8.15 pagi"); otherwise it is a number ("2.5").
- A bare hour is a time only after a clock word: on the 24-hour clock after the
  words of languages that write it so ("kl 14", "la 16", "ora 13", "à 13h"),
  on either half of the day after "at" or "o'clock"; an hour of 1 to 6 after a 24-hour
  word may be either half too ("kl 3" is said for 15:00). After "pukul" or before
  "बजे"/"baje" (with minutes too: "10:30 baje") the hour is of either half, but one of
  7 to 12 is read as typed when both have passed ("pukul 8", "11 baje" yesterday are
  08:00 and 11:00; the evening is said "malam", "raat", which set the half).
- A part of the day sets the half: "3 petang", "शाम 6 बजे", "pukul 8 malam"
  are 15:00, 18:00 and 20:00; "am"/"pm" do the same, and "13pm" cannot be read.
- An hour that may be either half and has no part of the day is ``Ambiguous``:
  the caller keeps the only reading that is not in the future, or asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import cast

from bot.parsing import daywords as words
from bot.parsing.tokens import Token, fold

_H_FORM = re.compile(r"(\d{1,2})h(\d{2})?")
# "3:15p", "9:30a": am and pm in one letter, as US reps write them.
_COLON = re.compile(r"(\d{1,2}):(\d{2})h?(am|pm|a\.m\.|p\.m\.|a|p)?")
_DOT = re.compile(r"(\d{1,2})\.(\d{2})(am|pm|a\.m\.|p\.m\.)?")
_HOUR_AMPM = re.compile(r"(\d{1,2})(am|pm|a\.m\.|p\.m\.)")
# "10ish", "10-ish", "9:30ish": about that hour, read as the hour typed.
_ISH = re.compile(r"(\d{1,2})(?::(\d{2}))?-?ish")
_HOUR = re.compile(r"\d{1,2}")
_HOUR_MINUTES = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?")
# On the 24-hour clock a small bare hour is said for the afternoon as often as the night
# ("möte kl 3" is 15:00 to most who say it): either half, kept if only one is past, else asked.
_SMALL_HOURS = 6
# Words of the clocks that count the hours from the morning: "pukul 8", "8 baje" are 08:00
# unless a part of the day says otherwise; only a small hour may be either half.
_FROM_THE_MORNING = frozenset({"pukul", "pkl"})
_BAJE = frozenset(map(fold, ("बजे", "baje", "bje")))
# "o'clock" after an hour a clock word opened: "à 9 heures", "la 9 fix", "kl 9 prick".
_HOURS_AFTER_A_CUE = frozenset(map(fold, ("heures", "heure", "fix", "prick", "tepat")))
# Nouns a count is followed by: "la 16 ani" is an age, not 16:00.
QUANTITY_NOUNS = frozenset(
    "ani an ans år ar years year yrs yr tahun saal sal साल %".split()
) | frozenset(words.UNITS)


@dataclass(frozen=True)
class Clock:
    hour: int
    minute: int


@dataclass(frozen=True)
class Ambiguous:
    """An hour of either half of the day ("at 4", "3 बजे"): 4:00 or 16:00."""

    hour: int
    minute: int
    # "pukul 8", "11 baje": a part of the day or a meal may still set the half, but with both
    # readings past the hour is as typed (no one says the evening without "malam", "raat").
    as_typed_if_both_past: bool = False
    # British "half two", "half three": with both readings past, the afternoon (14:30,
    # 15:30), as "half nine" with both past is the morning (as typed).
    afternoon_if_both_past: bool = False


@dataclass(frozen=True)
class BadClock:
    """Looks like a time and cannot be one ("13pm", "25:00")."""


@dataclass(frozen=True)
class TimePiece:
    first: int
    last: int
    value: Clock | Ambiguous | BadClock
    # "H.MM" with nothing around it: a time only if a day word is next to it.
    needs_day: bool = False


def _meridiem(hour: int, minute: int, suffix: str) -> Clock | BadClock:
    if not 1 <= hour <= 12 or minute > 59:
        return BadClock()
    pm = suffix.startswith("p")
    return Clock(hour % 12 + (12 if pm else 0), minute)


def _with_part(hour: int, minute: int, part: str) -> Clock | BadClock:
    if hour > 23 or minute > 59:
        return BadClock()
    if hour > 12:
        return Clock(hour, minute)  # "pukul 15 petang": already the 24-hour clock
    if part == words.MORNING:
        return Clock(0 if hour == 12 else hour, minute)
    if part == words.NOON:
        return Clock(hour + 12 if 1 <= hour <= 5 else hour, minute)
    if part == words.NIGHT and (hour <= 4 or hour == 12):
        return Clock(0 if hour == 12 else hour, minute)
    return Clock(hour if hour == 12 else hour + 12, minute)


def _part_after_h(tokens: list[Token], keys: list[str], index: int) -> tuple[str, int] | None:
    """The part of the day after a French hour, and its last token: "8h du matin", "5h du
    soir", "8h du mat", "3h de l'après-midi", "9h de la matinée"."""
    if tokens[index].trail:
        return None
    at = index + 1
    if tuple(keys[at : at + 2]) == ("de", "la"):
        at += 2
    elif at < len(keys) and keys[at] in ("du", "de"):
        at += 1
    if at >= len(keys):
        return None
    key = keys[at].removeprefix("l'")
    if key.rstrip(".") == "mat":  # "du mat", as "matin" is shortened (Swedish "mat" is food)
        return (words.MORNING, at) if keys[at - 1] == "du" else None
    part = words.PARTS.get((key,))
    return (str(part), at) if part is not None else None


def _plain(hour: int, minute: int) -> Clock | BadClock:
    return Clock(hour, minute) if hour <= 23 and minute <= 59 else BadClock()


def _part_at(keys: list[str], index: int) -> tuple[str, int] | None:
    """The part of the day starting at ``index`` (one or two words), and its length."""
    for size in (2, 1):
        found = words.PARTS.get(tuple(keys[index : index + size]))
        if found is not None and index + size <= len(keys):
            return str(found), size
    return None


def _suffix(keys: list[str], index: int) -> tuple[str, int] | None:
    """What follows an hour and fixes it: ("am"|"pm"|"o'clock"|<part>, tokens used)."""
    if index >= len(keys):
        return None
    key = keys[index]
    if key in words.AM:
        return "am", 1
    if key in words.PM:
        return "pm", 1
    if key in words.HOUR_WORDS:
        part = _part_at(keys, index + 1)
        if part:
            return part[0], 1 + part[1]
        return "o'clock", 1
    part = _part_at(keys, index)
    return part if part else None


# Halves and quarters: "साढ़े 3 बजे" (3:30), "quarter to 4", "9 și jumătate", "3 et quart".
_FRACTIONS_BEFORE: dict[tuple[str, ...], int] = {
    ("साढ़े",): 30, ("साढे",): 30, ("sadhe",): 30, ("saadhe",): 30, ("सवा",): 15, ("sava",): 15,
    ("sawa",): 15, ("पौने",): -15, ("paune",): -15, ("half",): 30,
}  # fmt: skip
# Minutes to or past an hour: "ten to 9" (8:50), "quarter past 4", "twenty-five past ten",
# Swedish "tio i nio" (8:50), "kvart över tre" (3:15): minutes, the word, then the hour.
_MINUTES_EN = {
    "five": 5, "ten": 10, "quarter": 15, "twenty": 20, "twenty-five": 25, "twentyfive": 25,
    "half": 30,
}  # fmt: skip
_MINUTES_SV = {"fem": 5, "tio": 10, "kvart": 15, "tjugo": 20}
# British "half ten" is 10:30 (half past): only before an hour (a digit or a number word).
_HOURS_IN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_FRACTIONS_AFTER = {
    ("si", "jumatate"): 30, ("și", "jumătate"): 30, ("et", "demie"): 30, ("et", "demi"): 30,
    ("setengah",): 30, ("et", "quart"): 15, ("moins", "le", "quart"): -15, ("si", "un", "sfert"): 15,
    ("fără", "un", "sfert"): -15, ("fara", "un", "sfert"): -15, ("fără", "sfert"): -15,
    # "9h moins dix" (8:50), "9 fără zece" (8:50), "9 și zece" (9:10).
    ("moins", "cinq"): -5, ("moins", "dix"): -10, ("moins", "vingt"): -20,
    ("moins", "vingt-cinq"): -25, ("fără", "cinci"): -5, ("fără", "zece"): -10,
    ("fără", "douăzeci"): -20, ("și", "cinci"): 5, ("și", "zece"): 10, ("și", "douăzeci"): 20,
}  # fmt: skip
# Swedish "halv tio" is half BEFORE ten (9:30), as German's "halb zehn".
_SWEDISH_HOURS = {
    "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12,
}  # fmt: skip
# Hindi hours in words, only right before "बजे"/"baje" ("sava gyarah baje" is 11:15), and
# the half hours that are words of their own ("ढाई बजे" 2:30, "डेढ़ बजे" 1:30).
_HINDI_HOURS: dict[str, int | str] = {
    "ek": 1, "एक": 1, "do": 2, "दो": 2, "teen": 3, "tin": 3, "तीन": 3, "char": 4, "chaar": 4,
    "चार": 4, "paanch": 5, "panch": 5, "पांच": 5, "पाँच": 5, "chhe": 6, "chhah": 6, "छह": 6,
    "saat": 7, "सात": 7, "aath": 8, "आठ": 8, "nau": 9, "नौ": 9, "das": 10, "दस": 10,
    "gyarah": 11, "gyara": 11, "ग्यारह": 11, "barah": 12, "baarah": 12, "बारह": 12,
    "ढाई": "2:30", "dhai": "2:30", "dhaai": "2:30", "डेढ़": "1:30", "डेढ": "1:30",
    "dedh": "1:30", "derh": "1:30",
}  # fmt: skip


def _keys(tokens: list[Token]) -> list[str]:
    """Token keys, an hour written in words before "बजे"/"baje" written as its digits, and
    one after a clock word where a time ends or its half follows ("la zece și jumătate",
    "à onze heures", "kl tre, …"; not "at one point", "la trei luni")."""
    keys = [token.key for token in tokens]
    for index in range(len(keys) - 1):
        if keys[index + 1] in words.HOUR_WORDS and not tokens[index].trail:
            hour = _HINDI_HOURS_FOLDED.get(keys[index])
            if hour is not None:
                keys[index] = str(hour)
    for index in range(1, len(keys)):
        hour = _CLOCK_HOURS_FOLDED.get(keys[index])
        before = tokens[index - 1]
        cue = before.key in words.CLOCK_24_CUES or before.key in words.CLOCK_12_CUES
        if hour is None or before.trail or not (cue or before.text.lower() == "à"):
            continue
        if len(tokens[index].text) > 2 and tokens[index].text.isupper():
            continue  # "l'IPO à SIX": a name in capitals (the Swiss exchange), not six o'clock
        following = tuple(keys[index + 1 : index + 4])
        halves = any(following[: len(phrase)] == phrase for phrase in _FRACTIONS_AFTER_FOLDED)
        if following[:1] and following[0] in QUANTITY_NOUNS:
            continue
        if halves or following[:1] in ((), ("heures",), ("ore",)) or tokens[index].trail.strip():
            keys[index] = str(hour)
    return keys


def read_time(
    tokens: list[Token], index: int, free: list[bool], keys: list[str] | None = None
) -> TimePiece | None:
    """The clock time starting at token ``index``, if one starts there (with its halves).
    ``keys``: the line's ``time_keys``, read once by a caller that tries every index."""
    if keys is None:
        keys = _keys(tokens)
    if keys[index] == "halv" and index + 1 < len(keys) and not tokens[index].trail:
        hour = _SWEDISH_HOURS_FOLDED.get(keys[index + 1])
        if hour is None and _HOUR.fullmatch(keys[index + 1]):
            hour = int(keys[index + 1])
        if hour is not None and 1 <= hour <= 12 and free[index] and free[index + 1]:
            half = Ambiguous(hour - 1 or 12, 30)
            part = _part_after_pa(tokens, keys, index + 1)  # "halv fyra på eftermiddagen"
            if part is not None:
                return TimePiece(index, part[1], _with_part(half.hour, half.minute, part[0]))
            return TimePiece(index, index + 1, half)
    to_or_past = _minutes_to_or_past(tokens, keys, index, free)
    if to_or_past is not None:
        return to_or_past
    for phrase, folded, minutes in _FRACTIONS_BEFORE_FOLDED:
        size = len(phrase)
        if tuple(keys[index : index + size]) == folded and index + size < len(tokens):
            if phrase == ("half",):
                found = _half_hour(tokens, keys, index + 1, free)
                if found is not None:
                    return found
                continue
            found = _read_time(tokens, keys, index + size, free)
            if found is not None and not tokens[index + size - 1].trail:
                return TimePiece(index, found.last, _shift(found.value, minutes))
    found = _read_time(tokens, keys, index, free)
    if found is None or found.needs_day:
        return found
    for folded, minutes in _FRACTIONS_AFTER_MINUTES:
        size = len(folded)
        after = found.last + 1
        if tuple(keys[after : after + size]) == folded and not tokens[found.last].trail:
            end, shifted = after + size - 1, _shift(found.value, minutes)
            # "la 3 și jumătate după-amiaza", "9 et demie du soir": the part sets the half.
            part = _part_after_h(tokens, keys, end) if end + 1 < len(keys) else None
            if part is not None and not isinstance(shifted, BadClock):
                return TimePiece(found.first, part[1], _with_part(*_hour_minute(shifted), part[0]))
            return TimePiece(found.first, end, shifted)
    return found


def _part_after_pa(tokens: list[Token], keys: list[str], index: int) -> tuple[str, int] | None:
    """The part of the day after a Swedish hour, and its last token: "på eftermiddagen",
    "på kvällen", "på morgonen"."""
    at = index + 1
    if tokens[index].trail or at + 1 >= len(keys) or keys[at] != fold_key("på"):
        return None
    if tokens[at].trail:
        return None
    part = words.PARTS.get((keys[at + 1],))
    return (str(part), at + 1) if part is not None else None


def _hour_minute(value: Clock | Ambiguous) -> tuple[int, int]:
    return value.hour, value.minute


def _minutes_to_or_past(
    tokens: list[Token], keys: list[str], index: int, free: list[bool]
) -> TimePiece | None:
    """ "ten to 9", "quarter past 4pm", "tio i nio": the hour shifted by the minutes. Only
    where a time ends ("ten to 9 this morning", "… past 4, re the ISA"): "five to ten
    years" is a span, and "fem i tre" needs an hour in Swedish words or digits."""
    if index + 2 >= len(keys) or not all(free[index : index + 3]):
        return None
    if tokens[index].trail or tokens[index + 1].trail:
        return None
    for minutes_of, signs, hours_of in _TO_OR_PAST:
        minutes, sign = minutes_of.get(keys[index]), signs.get(keys[index + 1])
        if minutes is not None and sign is not None and (minutes, sign) != (30, -1):
            return _hour_shifted(tokens, keys, index, free, sign * minutes, hours_of)
    return None  # nor "half to", no such time


def _hour_shifted(
    tokens: list[Token],
    keys: list[str],
    index: int,
    free: list[bool],
    minutes: int,
    hours_of: dict[str, int],
) -> TimePiece | None:
    hour_key = keys[index + 2]
    typed = re.fullmatch(r"(\d{1,2})(?:am|pm|a\.m\.|p\.m\.)?", hour_key)
    hour = hours_of.get(hour_key) or (int(typed.group(1)) if typed else 0)
    if not 1 <= hour <= 12:
        return None
    digits = keys if typed else [*keys[: index + 2], str(hour), *keys[index + 3 :]]
    found = _hour_at(tokens, digits, index + 2, free, after_cue="at")
    if (
        found is None
        or isinstance(found.value, BadClock)
        or not _time_ends(tokens, keys, found.last)
    ):
        return None
    return TimePiece(index, found.last, _shift(found.value, minutes))


def _time_ends(tokens: list[Token], keys: list[str], last: int) -> bool:
    """A time ends at ``last``: the line or its clause does, or a day or time word follows."""
    if last + 1 >= len(keys) or tokens[last].trail.strip():
        return True
    return keys[last + 1] in _AROUND_A_TIME


def _half_hour(
    tokens: list[Token], keys: list[str], index: int, free: list[bool]
) -> TimePiece | None:
    """ "half ten", "half 3": half past that hour, of either half of the day; with both
    past, of the working day ("half two" 14:30, "half nine" 09:30). Never "half a million"
    or "half the portfolio": only an hour, and only one ending there."""
    if not free[index] or not free[index - 1] or tokens[index - 1].trail.strip():
        return None
    key = keys[index]
    hour = _HOURS_IN_WORDS.get(key) or (int(key) if _HOUR.fullmatch(key) else 0)
    following = keys[index + 1] if index + 1 < len(keys) and not tokens[index].trail else ""
    if not 1 <= hour <= 12 or following in QUANTITY_NOUNS or _MULTIPLIER_LIKE.fullmatch(following):
        return None
    # Said in working hours: "half two" is 14:30 and "half nine" 09:30 when both are past.
    small = hour <= _SMALL_HOURS
    return TimePiece(
        index - 1,
        index,
        Ambiguous(hour, 30, as_typed_if_both_past=not small, afternoon_if_both_past=small),
    )


_MULTIPLIER_LIKE = re.compile(r"(k|m|mn|mm|million|millions|thousand|lakh|crore|juta|ribu)")


def fold_key(word: str) -> str:
    from bot.parsing.tokens import fold

    return fold(word)


_SWEDISH_HOURS_FOLDED = {fold_key(word): hour for word, hour in _SWEDISH_HOURS.items()}
_TO_OR_PAST: tuple[tuple[dict[str, int], dict[str, int], dict[str, int]], ...] = (
    (_MINUTES_EN, {"to": -1, "past": 1}, _HOURS_IN_WORDS),
    (_MINUTES_SV, {"i": -1, fold_key("över"): 1}, _SWEDISH_HOURS_FOLDED),
)
# Words a time is followed by: a day, a part of the day, "re" what it was about.
_AROUND_A_TIME = (
    words.words_in(words.RELATIVE_DAYS, words.DAY_PARTS, words.PARTS, words.WEEKDAYS)
    | words.AM
    | words.PM
    | frozenset({"this", "on", "re", "with", "w/", "about", "abt"})
)
_HINDI_HOURS_FOLDED = {fold_key(word): hour for word, hour in _HINDI_HOURS.items()}
# Hours in words after a clock word, but the articles ("at one point", "la o cafea").
_CLOCK_HOURS = {
    **_HOURS_IN_WORDS, **_SWEDISH_HOURS,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12,
    "unu": 1, "două": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6, "șapte": 7, "opt": 8,
    "nouă": 9, "zece": 10, "unsprezece": 11, "douăsprezece": 12, "doisprezece": 12,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "lapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11,
}  # fmt: skip
_CLOCK_HOURS_FOLDED = {fold_key(word): hour for word, hour in _CLOCK_HOURS.items()}
_FRACTIONS_AFTER_FOLDED = tuple(tuple(map(fold_key, phrase)) for phrase in _FRACTIONS_AFTER)
# The fractions' words folded as keys are, once (not at every word of every line).
_FRACTIONS_BEFORE_FOLDED = tuple(
    (phrase, tuple(map(fold_key, phrase)), minutes) for phrase, minutes in _FRACTIONS_BEFORE.items()
)
_FRACTIONS_AFTER_MINUTES = tuple(
    (tuple(map(fold_key, phrase)), minutes) for phrase, minutes in _FRACTIONS_AFTER.items()
)
time_keys = _keys  # a line's keys as ``read_time`` reads them


def _either(hour: int, minute: int, from_the_morning: bool) -> Ambiguous:
    """An hour of 1 to 12 of either half; of 7 to 12 on a clock counted from the morning,
    as typed when both halves have passed."""
    return Ambiguous(hour, minute, from_the_morning and hour > _SMALL_HOURS)


def _shift(value: Clock | Ambiguous | BadClock, minutes: int) -> Clock | Ambiguous | BadClock:
    """An hour and a half ("9 și jumătate"), or a quarter to it ("पौने 4 बजे" is 3:45)."""
    if isinstance(value, BadClock) or value.minute:
        return value
    total = value.hour * 60 + minutes
    hour, minute = divmod(total % (24 * 60), 60)
    return replace(value, hour=hour, minute=minute)


def _read_time(
    tokens: list[Token], keys: list[str], index: int, free: list[bool]
) -> TimePiece | None:
    key = keys[index]

    def usable(i: int) -> bool:
        return i < len(tokens) and free[i]

    for size in (2, 1):
        phrase = tuple(keys[index : index + size])
        fixed = words.NOON_TIMES.get(phrase) or words.MIDNIGHT_TIMES.get(phrase)
        if fixed is not None and all(usable(i) for i in range(index, index + size)):
            hour, minute = cast(tuple[int, int], fixed)
            return TimePiece(index, index + size - 1, Clock(hour, minute))

    # A part of the day before the hour: "दोपहर 3 बजे", "shaam 5 baje".
    part = _part_at(keys, index)
    if part and usable(index + part[1]):
        number = index + part[1]
        match = _HOUR_MINUTES.fullmatch(keys[number])
        if match and usable(number + 1) and keys[number + 1] in words.HOUR_WORDS:
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
            return TimePiece(index, number + 1, _with_part(hour, minute, part[0]))

    if key.startswith("@") and len(key) > 1:  # "@4pm", "@10:30"
        glued = _hour_at(
            tokens, [*keys[:index], key[1:], *keys[index + 1 :]], index, free, after_cue="@"
        )
        return glued
    cue = key in words.CLOCK_24_CUES or key in words.CLOCK_12_CUES or tokens[index].text == "à"
    # "hier soir a 8h": "à" typed without its accent, before an hour written "Hh".
    unaccented = tokens[index].text.lower() == "a" and index + 1 < len(keys)
    cue = cue or (unaccented and _H_FORM.fullmatch(keys[index + 1]) is not None)
    if cue and tokens[index].trail in ("", ".") and usable(index + 1):
        second = index + 1
        if keys[second] in ("ora", "kl") and usable(second + 1):  # "la ora 16"
            second += 1
        found = _hour_at(tokens, keys, second, free, after_cue=key)
        if found is not None:
            return TimePiece(index, found.last, found.value)
    found = _hour_at(tokens, keys, index, free, after_cue=None)
    return found


def _hour_at(
    tokens: list[Token], keys: list[str], index: int, free: list[bool], *, after_cue: str | None
) -> TimePiece | None:
    key = keys[index]
    twenty_four = after_cue is not None and (
        after_cue in words.CLOCK_24_CUES or after_cue in ("a", "à")
    )
    h_form = _H_FORM.fullmatch(key)
    if h_form:
        hour, minute = int(h_form.group(1)), int(h_form.group(2) or 0)
        part = _part_after_h(tokens, keys, index)
        if part is not None and hour <= 12:  # "8h du soir", "5h du mat", "3h de l'après-midi"
            return TimePiece(index, part[1], _with_part(hour, minute, part[0]))
        if h_form.group(2) is None and 1 <= hour <= _SMALL_HOURS:
            # "à 5h" is said for 17:00 as often as for 05:00, as "kl 5" is: the caller keeps
            # the one reading that is past, or asks.
            return TimePiece(index, index, Ambiguous(hour, 0))
        return TimePiece(index, index, _plain(hour, minute))
    ish = _ISH.fullmatch(key)
    following = keys[index + 1] if index + 1 < len(keys) and not tokens[index].trail else ""
    if ish and following not in QUANTITY_NOUNS:  # "10ish years" is a count
        hour, minute = int(ish.group(1)), int(ish.group(2) or 0)
        if hour > 23 or minute > 59:
            return TimePiece(index, index, BadClock())
        about: Clock | Ambiguous = (
            Ambiguous(hour, minute) if 1 <= hour <= 12 else Clock(hour, minute)
        )
        return TimePiece(index, index, about)
    for pattern in (_COLON, _DOT, _HOUR_AMPM):
        match = pattern.fullmatch(key)
        if not match:
            continue
        groups = match.groups()
        hour = int(groups[0])
        minute = int(groups[1]) if pattern is not _HOUR_AMPM else 0
        suffix = groups[-1]
        if suffix:
            return TimePiece(index, index, _meridiem(hour, minute, suffix))
        after = _suffix(keys, index + 1) if not tokens[index].trail else None
        last = index + (after[1] if after else 0)
        if after and after[0] in ("am", "pm"):
            return TimePiece(index, last, _meridiem(hour, minute, after[0]))
        if after and after[0] != "o'clock":
            return TimePiece(index, last, _with_part(hour, minute, after[0]))
        if after and after[0] == "o'clock":
            value = _either(hour, minute, keys[index + 1] in _BAJE) if 1 <= hour <= 12 else None
            return TimePiece(index, last, value or _plain(hour, minute))
        if pattern is _DOT and after_cue is None:
            if hour > 23 or minute > 59:
                return None
            return TimePiece(index, index, Clock(hour, minute), needs_day=True)
        return TimePiece(index, index, _plain(hour, minute))
    if not _HOUR.fullmatch(key):
        return None
    hour = int(key)
    after = _suffix(keys, index + 1) if not tokens[index].trail else None
    if after is None:
        if after_cue is None:
            return None  # a bare number: an amount, a count, an age
        following = keys[index + 1] if index + 1 < len(keys) and not tokens[index].trail else ""
        if following in QUANTITY_NOUNS:
            return None  # "la 16 ani", "at 55 years"
        if hour > 23:
            return None  # "withdrawal at 55": an age
        # "à 9 heures", "la ora 9 fix": the word for the hour goes with it, out of the notes.
        last = index + 1 if following in _HOURS_AFTER_A_CUE else index
        if hour == 0 or hour > 12 or (twenty_four and hour > _SMALL_HOURS):
            return TimePiece(index, last, Clock(hour, 0))
        return TimePiece(index, last, _either(hour, 0, after_cue in _FROM_THE_MORNING))
    last = index + after[1]
    if after[0] in ("am", "pm"):
        return TimePiece(index, last, _meridiem(hour, 0, after[0]))
    if after[0] == "o'clock":
        if hour > 12 or hour == 0:
            return TimePiece(index, last, _plain(hour, 0))
        from_the_morning = keys[index + 1] in _BAJE or after_cue in _FROM_THE_MORNING
        return TimePiece(index, last, _either(hour, 0, from_the_morning))
    return TimePiece(index, last, _with_part(hour, 0, after[0]))

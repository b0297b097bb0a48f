"""When the contact happened, and when to follow up, from the day and time words of a line.

The line is scanned once for clock times (``clock``), day pieces (``days``)
and follow-up cues. Adjacent day pieces make a phrase. A phrase right after a
follow-up cue ("relancer vendredi", "follow up in 2 weeks") or, in Hindi,
right before one ("2 हफ्ते में फॉलो अप") is the follow-up, read towards the
future. The first other phrase that names a day not after today is the
contact's day, read towards the past ("कल" is yesterday, "vendredi" last
Friday); a phrase naming a later day ("CD matures 12/15", "bulan depan") is
about something else and stays in the notes. The first clock time not inside
the follow-up is the contact's time.

Nothing is guessed: a phrase that cannot be read ("31 février", "vendredi 14"
on a Wednesday, "kelmarin", "last week"), a time that cannot be ("13pm") or an
hour of either half of the day when both have passed ("at 4" yesterday) is
reported as unclear, with the words, for the caller to ask about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from rapidfuzz.distance import OSA

from bot.parsing import daywords as words
from bot.parsing.channels import every_word
from bot.parsing.clock import Ambiguous, BadClock, Clock, TimePiece, read_time, time_keys
from bot.parsing.days import Phrase, Piece, piece_at, read_phrase
from bot.parsing.tokens import Token, fold, overlaps

MAX_FILLERS = 3
# Before a day phrase and cut with it from the notes: "on Monday", "le 2 déc", "pe 3 decembrie".
_LEADING = frozenset(words.CONNECTORS | {"at", "@", "kl", "la", "à", "a", "den", "pe", "on", "le"})


@dataclass(frozen=True)
class Unclear:
    """Words that look like a date, a time or an amount and could not be read."""

    text: str
    what: str  # "date" | "time" | "amount" | "direction" | "currency" | "future" | "account"


@dataclass
class WhenReading:
    day: date | None = None  # None: no day named (today)
    time: tuple[int, int] | None = None
    follow_up: date | None = None
    unclear: list[Unclear] = field(default_factory=list)
    cut: list[tuple[int, int]] = field(default_factory=list)  # character spans used
    # Phrases naming a later day, not taken as the contact's (token ranges).
    later: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Scan:
    phrases: list[Phrase]
    times: list[TimePiece]
    cues: list[tuple[int, int, bool]]  # first, last, the date comes before it (Hindi)


def _scan(tokens: list[Token], consumed: list[tuple[int, int]], order: str) -> _Scan:
    keys = [token.key for token in tokens]
    free = [not overlaps(token, consumed) for token in tokens]
    phrases: list[Phrase] = []
    times: list[TimePiece] = []
    cues: list[tuple[int, int, bool]] = []
    clock_keys = time_keys(tokens)
    index = 0
    while index < len(tokens):
        if not free[index]:
            index += 1
            continue
        cue = _cue_at(keys, index)
        if cue:
            cues.append((index, index + cue[0] - 1, cue[1]))
            index += cue[0]
            continue
        time = read_time(tokens, index, free, clock_keys)
        if time is not None and time.needs_day:  # "pe 12.11": a date before it makes it one
            piece = piece_at(tokens, keys, index, order)
            by_a_day = (phrases and phrases[-1].last == index - 1) or (
                index + 1 < len(tokens) and piece_at(tokens, keys, index + 1, order) is not None
            )  # "igår 16.05", "16.05 idag": a time of that day
            if piece is not None and (
                piece.kind == "date" or (piece.kind == "bad" and not by_a_day)
            ):
                time = None
        if time is not None and all(free[i] for i in range(time.first, time.last + 1)):
            times.append(time)
            index = max(time.last, index) + 1
            continue
        piece = piece_at(tokens, keys, index, order)
        if piece is not None and all(free[i] for i in range(piece.first, piece.last + 1)):
            _add(phrases, piece, tokens)
            index = max(piece.last, index) + 1
            continue
        index += 1
    return _Scan(phrases=phrases, times=times, cues=cues)


def _cue_at(keys: list[str], index: int) -> tuple[int, bool] | None:
    for size in (3, 2, 1):
        key = tuple(keys[index : index + size])
        if len(key) == size and key in words.FOLLOW_UP:
            return size, key in words.FOLLOW_UP_AFTER_DATE
    return None


def _add(phrases: list[Phrase], piece: Piece, tokens: list[Token]) -> None:
    """Join ``piece`` to the last phrase when only connectors and no punctuation separate them."""
    if phrases:
        last = phrases[-1]
        between = tokens[last.last + 1 : piece.first]
        joined = not tokens[last.last].trail.strip() and all(
            token.key in words.CONNECTORS and not token.trail.strip() for token in between
        )
        if joined and len(between) <= 2:
            last.pieces.append(piece)
            return
    phrases.append(Phrase([piece]))


def read(
    tokens: list[Token],
    text: str,
    *,
    consumed: list[tuple[int, int]],
    today: date,
    now: datetime,
    order: str,
) -> WhenReading:
    """The contact's day and time and the follow-up day, with the words used and the unclear."""
    scan = _scan(tokens, consumed, order)
    reading = WhenReading()
    used_phrases: set[int] = set()
    follow_span: tuple[int, int] | None = None

    for first, last, date_first in scan.cues:
        found = _follow_up_phrase(scan.phrases, tokens, first, last, date_first)
        if found is None and date_first:
            # A Hindi cue with no day before it takes the one after: "फॉलो अप बुधवार".
            date_first = False
            found = _follow_up_phrase(scan.phrases, tokens, first, last, date_first)
        if found is None and not date_first and _date_before(tokens, first, last):
            # Hinglish puts even a Latin cue after its date: "Friday ko follow up",
            # "agle somvaar follow up" (the cue ending its clause, the day right before it).
            date_first = True
            found = _follow_up_phrase(scan.phrases, tokens, first, last, date_first)
        if found is None:
            continue
        position, phrase = found
        day = read_phrase(phrase, today, "future")
        if day is not None and day <= today:
            continue  # "follow-up call yesterday": the contact's own day
        used_phrases.add(position)
        start, end = (phrase.first, last) if date_first else (first, phrase.last)
        follow_span = (start, end)
        if day is None:
            reading.unclear.append(Unclear(_words(tokens, text, phrase.first, phrase.last), "date"))
        else:
            reading.follow_up = day
        chased = [] if date_first else _chased(tokens, last, phrase.first)
        if chased:  # "chase docs Tues": what is chased stays in the notes
            reading.cut.append((tokens[first].start, tokens[last].end))
            reading.cut.append((tokens[phrase.first].start, tokens[phrase.last].end))
        else:
            reading.cut.append((tokens[start].start, tokens[end].end))
        break

    contact: Phrase | None = None
    for position, phrase in enumerate(scan.phrases):
        if position in used_phrases or phrase.only_parts:
            continue
        day = read_phrase(phrase, today, "past")
        if contact is not None:
            # After the contact's day, the days still to come: "phoned yesterday, deposit of
            # £200k tomorrow" (that deposit has not happened yet).
            if day is not None and day > today:
                reading.later.append((phrase.first, phrase.last))
            continue
        if _deadline(tokens, phrase, consumed):
            reading.later.append((phrase.first, phrase.last))  # "by Friday": a plan
            continue
        if (day is not None and day > today) or _later_month(phrase, today):
            reading.later.append((phrase.first, phrase.last))
            continue
        contact = phrase
        if day is None:
            reading.unclear.append(Unclear(_words(tokens, text, phrase.first, phrase.last), "date"))
        else:
            reading.day = day
        reading.cut.append(_with_leading(tokens, phrase.first, _with_postposition(tokens, phrase)))

    if contact is None:
        contact = _part_alone(scan.phrases, used_phrases, reading.later)
        if contact is not None:  # "phone aaya subah", "jumpa pagi": today's morning
            reading.cut.append(_with_leading(tokens, contact.first, contact.last))
    part = contact.part if contact is not None else None
    for time in scan.times:
        inside_follow_up = follow_span and follow_span[0] <= time.first <= follow_span[1] + 2
        near_later = any(a - 2 <= time.first <= b + 2 for a, b in reading.later)
        if inside_follow_up or near_later:
            continue
        if time.needs_day and not (_next_to_phrase(time, contact) or _after_channel(tokens, time)):
            continue
        dotted = _dotted_day(time, tokens, today, order) if contact is None else None
        if contact is None and dotted is None and _dotted_either(time, today, now, order):
            # "întâlnire 15.05 la notar": 15 May or 15:05, both could be: asked, not guessed.
            reading.unclear.append(Unclear(_words(tokens, text, time.first, time.last), "date"))
            reading.cut.append(_with_leading(tokens, time.first, time.last))
            continue
        if dotted is not None:
            reading.day = dotted  # "email 8.12": 8 December, not 08:12
            reading.cut.append(_with_leading(tokens, time.first, time.last))
            continue
        beside = None if part is not None else _part_before(scan.phrases, used_phrases, time)
        if beside is not None:  # "सोमवार को मीटिंग, दोपहर 2:30", "Monday, afternoon 2:30"
            reading.cut.append(_with_leading(tokens, beside.first, beside.last))
        meal = _meal_part(tokens) if part is None and isinstance(time.value, Ambiguous) else None
        value = (
            _with_phrase_part(time.value, beside.part, time, beside)
            if beside is not None
            else _with_phrase_part(time.value, part or meal, time, contact)
        )
        words_typed = _words(tokens, text, time.first, time.last)
        if isinstance(value, BadClock):
            reading.unclear.append(Unclear(words_typed, "time"))
        elif isinstance(value, Ambiguous):
            chosen = _past_half(value, reading.day or today, now)
            if chosen is None and value.as_typed_if_both_past:
                chosen = _as_typed_if_past(value, reading.day or today, now)
            if chosen is None and value.afternoon_if_both_past:
                chosen = _afternoon_if_past(value, reading.day or today, now)
            if chosen is None:
                reading.unclear.append(Unclear(words_typed, "time"))
            else:
                reading.time = chosen
        else:
            reading.time = (value.hour, value.minute)
        reading.cut.append(_with_leading(tokens, time.first, time.last))
        break
    return reading


def _part_alone(
    phrases: list[Phrase], used: set[int], later: list[tuple[int, int]]
) -> Phrase | None:
    """With no day named, a part of the day alone ("subah", "pagi", "le matin") is today's:
    it is cut from the notes and sets the half of an hour, as "this morning" does."""
    for position, phrase in enumerate(phrases):
        if position in used or not phrase.only_parts:
            continue
        if any(a - 1 <= phrase.first <= b + 1 for a, b in later):
            continue  # "Friday evening" to come: the plan's
        return phrase
    return None


def _part_before(phrases: list[Phrase], used: set[int], time: TimePiece) -> Phrase | None:
    """A part of the day alone right before the time, the day named apart ("lundi, après-midi
    2h30", "सोमवार को मीटिंग, दोपहर 2:30"): it sets the half as beside the day would."""
    for position, phrase in enumerate(phrases):
        if position not in used and phrase.only_parts and phrase.last + 1 == time.first:
            return phrase
    return None


def _later_month(phrase: Phrase, today: date) -> bool:
    """ "CD matures in December", "next March": a month alone nearer to come than gone (the
    nearest such month is ahead: "en mars" said in December) is about something else; one
    nearer gone ("în noiembrie" in December, "last March") is asked."""
    pieces = [piece for piece in phrase.pieces if piece.kind != "part"]
    if len(pieces) != 1 or pieces[0].kind != "month_name":
        return False
    month, offset = pieces[0].value
    ahead, gone = (month - today.month) % 12, (today.month - month) % 12
    return offset == 1 or (offset == 0 and 0 < ahead < gone)


def _deadline(
    tokens: list[Token], phrase: Phrase, consumed: list[tuple[int, int]] | None = None
) -> bool:
    """ "by Friday", "Friday tak", "lunch booked Friday", "will call Monday": a plan.
    A word already read as something else ("Will Brennan called today") plans nothing."""
    # Only a word of the phrase's own clause: "pagi tadi, tak deposit" is no "Friday tak".
    joined_before = phrase.first > 0 and not tokens[phrase.first - 1].trail.strip()
    joined_after = phrase.last + 1 < len(tokens) and not tokens[phrase.last].trail.strip()
    before = tokens[phrase.first - 1].key if joined_before else ""
    after = tokens[phrase.last + 1].key if joined_after else ""
    if before in words.DEADLINE_BEFORE or after in words.DEADLINE_AFTER:
        return True
    for index in range(max(0, phrase.first - 3), phrase.first):
        key = tokens[index].key
        if consumed and overlaps(tokens[index], consumed):
            continue
        if words.modal_before_past(key, tokens[index + 1].key):
            continue  # "Will phoned this morning": a name, no plan
        if key in words.PLANNED_BEFORE or key.endswith("'ll"):
            return not any(t.trail.strip() for t in tokens[index : phrase.first])
    return False


def near_misses(
    tokens: list[Token], free: list[bool], known: frozenset[str] = frozenset()
) -> list[Unclear]:
    """Words one typo away from a day word ("yesterdy", "Wensday", "semalm"): asked about,
    never read as "no day" (which would record the contact today). ``known``: words of
    the line's other vocabularies, which are what they are ("mandat" is no "måndag")."""
    found = []
    for index, token in enumerate(tokens):
        key = token.key.removesuffix("'s")
        if free[index] and key in _UNTELLABLE_DAYS and not token.capitalised:
            # "sun" left unread: asked, not recorded today; "the sun belt" is the word.
            if index == 0 or tokens[index - 1].key not in _ARTICLES:
                found.append(Unclear(token.text, "date"))
            continue
        if not free[index] or len(key) < 5 or not key.isalpha():
            continue
        if key in _KNOWN or key in known:
            continue
        if any(_one_typo(key, word) for word in _DAY_WORDS_BY_LETTER.get(key[0], ())):
            found.append(Unclear(token.text, "date"))
    return found


# A short weekday that cannot be told from a word by itself: when it is not read as the day
# (after a channel word, a cue, before a time or "re"), it is asked about.
_UNTELLABLE_DAYS = frozenset({"sun"})
_ARTICLES = frozenset("the a an this that his her our their my your".split())


def _one_typo(typed: str, word: str) -> bool:
    if typed[0] != word[0] or abs(len(typed) - len(word)) > 2:
        return False
    return OSA.distance(typed, word) <= (1 if max(len(typed), len(word)) <= 7 else 2)


def _past(value: object) -> bool:
    """A relative day that can be in the past ("tomorrow" never names a contact's day)."""
    return (value[0] if isinstance(value, tuple) else value) <= 0  # type: ignore[operator]


# Day words a typo of which is asked about: weekdays and the days around today.
_DAY_WORDS = frozenset(
    word
    for word in words.words_in(
        words.WEEKDAYS,
        {key: value for key, value in words.RELATIVE_DAYS.items() if _past(value)},
        words.AMBIGUOUS_DAYS,
    )
    if len(word) >= 5 and word.isalpha()
)
# A typo keeps the first letter (``_one_typo``): each word compared only with those sharing it.
_DAY_WORDS_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _word in sorted(_DAY_WORDS):
    _DAY_WORDS_BY_LETTER[_word[0]] = (*_DAY_WORDS_BY_LETTER.get(_word[0], ()), _word)
del _word
_KNOWN = (
    words.words_in(
        words.WEEKDAYS,
        words.PAST_WEEKDAYS,
        words.RELATIVE_DAYS,
        words.DAY_PARTS,
        words.PARTS,
        words.FOLLOW_UP,
        words.MONTHS,
        words.UNITS,
        words.NUMBER_WORDS,
    )
    | words.LAST
    | words.NEXT
    | words.WEEK
    | words.MONTH_WORDS
    # A word of a phrase asked about ("cette" of "cette semaine") is that word, no typo.
    | words.words_in(words.AMBIGUOUS_DAYS)
    # Everyday words a typo from a day word: Swedish "ville" (wanted) is no "veille", French
    # "perso" (one's own: "500k€ perso") no Hindi "parso", "vendre" (to sell) no "vendredi".
    | frozenset({"ville", "perso", "vendre"})
)


_HINDI_POSTPOSITIONS = frozenset(map(fold, "ko को tak तक".split()))


def _hindi_after(tokens: list[Token], first: int) -> bool:
    """The cue follows a Hindi postposition ("… ko follow up")."""
    return first > 0 and tokens[first - 1].key in _HINDI_POSTPOSITIONS


def _date_before(tokens: list[Token], first: int, last: int) -> bool:
    """The cue may take the day before it: after a Hindi postposition ("… ko follow up"), or
    ending its clause right after a word ("agle somvaar follow up", "… follow up.")."""
    if _hindi_after(tokens, first):
        return True
    while (
        last + 1 < len(tokens)
        and not tokens[last].trail.strip()
        and tokens[last + 1].key in _HINDI_TO_DO
    ):
        last += 1  # "kal follow up karna hai": the cue and its verb end the clause
    ends = last + 1 >= len(tokens) or bool(tokens[last].trail.strip())
    return ends and first > 0 and not tokens[first - 1].trail.strip()


# Hindi's "to do" after a Latin cue: "follow up karna hai", "follow up karenge".
_HINDI_TO_DO = frozenset(
    map(fold, "karna karni karenge karunga karungi hai hoga करना करनी करेंगे करूंगा है होगा".split())
)


def _follow_up_phrase(
    phrases: list[Phrase], tokens: list[Token], first: int, last: int, date_first: bool
) -> tuple[int, Phrase] | None:
    for position, phrase in enumerate(phrases):
        if date_first:
            gap = tokens[phrase.last + 1 : first]
            if (
                phrase.last < first
                and all(t.key in words.CONNECTORS or t.key in _HINDI_POSTPOSITIONS for t in gap)
                and len(gap) <= 1
            ):
                return position, phrase
        elif phrase.first > last:
            gap = tokens[last + 1 : phrase.first]
            others = [t for t in gap if t.key not in words.FOLLOW_UP_FILLERS | words.CONNECTORS]
            if (
                len(gap) <= MAX_FILLERS
                and (
                    not others
                    or _what_is_followed_up(others, gap)
                    or _whom_the_line_chases(tokens, first, gap)
                )
                and not tokens[last].trail.strip(" :-")
            ):
                return position, phrase
    return None


def _whom_the_line_chases(tokens: list[Token], first: int, gap: list[Token]) -> bool:
    """A cue typed in lower case opening the line, then the client's name and the day
    ("chase Dana Whitaker thurs re docs"): the follow-up with that client. "Chase Whitaker
    thurs", capitalised, is a name."""
    cue = tokens[first]
    return (
        first == 0
        and cue.text.islower()
        and 1 <= len(gap) <= 3
        and all(t.text.isalpha() and t.text[0].isupper() and t.text[1:].islower() for t in gap)
        and not any(t.trail.strip() for t in [cue, *gap])
    )


def _chased(tokens: list[Token], last: int, day_first: int) -> list[Token]:
    """The word of what is chased between a cue ending at ``last`` and its day, if one is."""
    gap = tokens[last + 1 : day_first]
    return [t for t in gap if t.key not in words.FOLLOW_UP_FILLERS | words.CONNECTORS]


def _what_is_followed_up(others: list[Token], gap: list[Token]) -> bool:
    """One word of what is chased between a cue and its day, in the same clause: "chase docs
    Tues", "follow up paperwork Friday" (not a figure, not a name: "Chase Whitaker call on
    9/10" is no follow-up; not across a comma)."""
    return (
        len(others) == 1
        and others[0].text.isalpha()
        and others[0].text.islower()
        and not any(token.trail.strip() for token in gap)
    )


def _after_channel(tokens: list[Token], time: TimePiece) -> bool:
    """ "Zoom 9.45", "video call 11.45", "ringde 14.05": right after the word saying how the
    contact happened, "H.MM" is when it did (elsewhere it may be a figure: "yield 4.25")."""
    if time.first == 0:
        return False
    before = tokens[time.first - 1]
    return not before.trail.strip() and before.key in every_word()


def _dotted_day(time: TimePiece, tokens: list[Token], today: date, order: str) -> date | None:
    """ "email 8.12" from a rep who writes day first: "D.MM" that is a day of this month or the
    last, whose minutes ("12") no one would type for a time (not a multiple of five), is that
    day; "Zoom 9.45", "ringde 14.05" stay times."""
    if not time.needs_day or order != "DMY" or not isinstance(time.value, Clock):
        return None
    day_of_month, month = time.value.hour, time.value.minute
    if month % 5 == 0 or not 1 <= month <= 12 or day_of_month < 1:
        return None
    for year in (today.year, today.year - 1):
        try:
            candidate = date(year, month, day_of_month)
        except ValueError:
            return None
        if candidate <= today:
            return candidate if (today - candidate).days <= 62 else None
    return None


def _dotted_either(time: TimePiece, today: date, now: datetime, order: str) -> bool:
    """ "15.05", "9.10" from a rep who writes day first, with no clock word: minutes a time
    would have (a multiple of five) that are also a month, a day of it gone lately, and a
    time of today gone too. Either could be meant."""
    if not time.needs_day or order != "DMY" or not isinstance(time.value, Clock):
        return False
    day_of_month, month = time.value.hour, time.value.minute
    if not 1 <= month <= 12 or month % 5 or day_of_month < 1:
        return False
    try:
        candidate = date(today.year, month, day_of_month)
    except ValueError:
        return False
    if candidate > today:
        candidate = candidate.replace(year=today.year - 1)
    gone_lately = 0 < (today - candidate).days <= 62
    return gone_lately and (time.value.hour, time.value.minute) <= (now.hour, now.minute)


def _next_to_phrase(time: TimePiece, phrase: Phrase | None) -> bool:
    if phrase is None:
        return False
    return phrase.last + 1 == time.first or time.last + 1 == phrase.first


def _with_phrase_part(
    value: Clock | Ambiguous | BadClock, part: str | None, time: TimePiece, phrase: Phrase | None
) -> Clock | Ambiguous | BadClock:
    """ "kal raat 9 baje", "ieri seară la 9": the day phrase's part of the day sets the half;
    right beside it, it does so for a time written with minutes too ("aaj shaam 6:45")."""
    if part is None or isinstance(value, BadClock):
        return value
    from bot.parsing.clock import _with_part

    if isinstance(value, Ambiguous):
        return _with_part(value.hour, value.minute, part)
    # "kal dopahar 3:30" is 15:30: midday says the afternoon of an hour of 1 to 5 as well.
    later = part in (words.NOON, words.AFTERNOON, words.EVENING, words.NIGHT)
    if later and 1 <= value.hour < 12 and _next_to_phrase(time, phrase):
        return _with_part(value.hour, value.minute, part)
    return value


# A meal sets the half of the day of an hour that may be either: "lunch aaj 1 baje" is 13:00,
# "dinner at 8" 20:00, "frukost kl 8" 08:00.
_MEALS = {
    **dict.fromkeys(
        map(
            fold,
            "lunch lunched déjeuner déj dej lunchade lunchen lunchmöte prânz pranz लंच".split(),
        ),
        words.NOON,
    ),
    **dict.fromkeys(
        map(fold, "dinner dîner diner souper middag middagen cină cina डिनर".split()),
        words.EVENING,
    ),
    **dict.fromkeys(
        map(fold, "breakfast petit-déjeuner petit-déj frukost sarapan नाश्ता nashta".split()),
        words.MORNING,
    ),
}


def _meal_part(tokens: list[Token]) -> str | None:
    parts = {_MEALS[token.key] for token in tokens if token.key in _MEALS}
    return next(iter(parts)) if len(parts) == 1 else None


def _past_half(value: Ambiguous, day: date, now: datetime) -> tuple[int, int] | None:
    """Of 4:00 and 16:00, the one reading that has already happened, if only one has.
    "12 baje", "at 12" is midday: a contact at midnight is said so ("minuit", "raat 12")."""
    readings = [(value.hour % 12, value.minute), (value.hour % 12 + 12, value.minute)]
    if value.hour == 12:
        noon = (12, value.minute)
        return noon if day != now.date() or noon <= (now.hour, now.minute) else None
    if day != now.date():
        return None
    past = [r for r in readings if (r[0], r[1]) <= (now.hour, now.minute)]
    return past[0] if len(past) == 1 else None


def _as_typed_if_past(value: Ambiguous, day: date, now: datetime) -> tuple[int, int] | None:
    """ "pukul 8", "11 baje" with both readings past: the hour as typed (08:00, 11:00)."""
    typed = (value.hour, value.minute)
    return typed if day != now.date() or typed <= (now.hour, now.minute) else None


def _afternoon_if_past(value: Ambiguous, day: date, now: datetime) -> tuple[int, int] | None:
    """ "half two", "half three" with both readings past: the afternoon (14:30, 15:30)."""
    afternoon = (value.hour % 12 + 12, value.minute)
    return afternoon if day != now.date() or afternoon <= (now.hour, now.minute) else None


def _with_postposition(tokens: list[Token], phrase: Phrase) -> int:
    """The phrase's last token, with the Hindi "ko" after it ("mangalvaar ko", "सोमवार को"),
    which says "on" that day and goes with it out of the notes."""
    after = phrase.last + 1
    joined = after < len(tokens) and not tokens[phrase.last].trail.strip()
    return after if joined and tokens[after].key in _DAY_POSTPOSITIONS else phrase.last


_DAY_POSTPOSITIONS = frozenset(map(fold, "ko को".split()))


def _with_leading(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """The span of tokens first..last, with a connector before it ("on Monday", "le 2 déc")."""
    start = tokens[first].start
    if first > 0 and tokens[first - 1].key in _LEADING and not tokens[first - 1].trail.strip():
        start = tokens[first - 1].start
    return start, tokens[last].end


def _words(tokens: list[Token], text: str, first: int, last: int) -> str:
    return text[tokens[first].start : tokens[last].end]

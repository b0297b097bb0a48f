"""Words that read as something else (a day, a month, a function word, a hedge) but are
words of a client's name here: the book decides (``bot.contacts.quicklog``)."""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy.orm import Session

from bot.contacts.book_queries import (
    _book_of,
    _clients_holding,
    _in_book,
    _names,
    _names_holding,
)
from bot.contacts.name_tokens import (
    _acronym_like,
    _in_name_run,
    _joined,
    _name_like,
    _titled,
)
from bot.parsing import ParsedContact, daywords
from bot.parsing.client_match import normalise
from bot.parsing.client_names import Typed, fits, name_words
from bot.parsing.contact import day_name_words, hedge_words, money_name_words, name_or_word
from bot.parsing.names import JOINERS, PARTICLES, STOP, WITH, given_after_surname
from bot.parsing.tokens import Token
from bot.parsing.translit import is_devanagari
from storage.models import Rep

MAX_NAME_RUN = 4  # words of a name around a day word ("Sunday Adeyemi", "Mai Thi Nguyen")


def words_naming(session: Session, parsed: ParsedContact) -> tuple[frozenset[int], frozenset[int]]:
    """Words that read as something else but are words of a client's name here: those that
    name a client with the words around them, and those that only may (the line is asked).

    A day or time word ("Sunday Adeyemi phoned", "Kal Penn call", "Khamis bin Daud",
    "lunch with Mai Nguyen mardi", "Donna Reyes"), or a capitalised function word written
    against a name ("Per Holm", "Wong Kar Seng"): when it is written exactly as a word of
    some client's name, the book decides. The capitalised words around it (particles and
    titles included: "Encik Khamis") that together with it name a client make it a name
    word; when they name nobody with it ("Per Sundin" for Maj Sundin, "Gabriel Duminică"),
    it is still a name word, doubtfully: the line names no client whole, so it is asked.
    Only the book can tell "Mai" the name from "mai" the month, or "Per" from "per"."""
    tokens = parsed.tokens
    in_span = {i for span in parsed.names for i in range(span.first, span.last + 1)}
    attached = set(parsed.date_words)
    for index, token in enumerate(tokens):
        # Function, day, hedge and money words only ("Per", "Kar", "Dag", "May", "Dana"): a
        # channel word ("Called Jane") is never looked up (the client found decides those).
        if index in in_span or not (
            token.key in STOP or token.key in name_or_word() or token.key in money_name_words()
        ):
            continue
        if not (_name_like(token) or is_devanagari(token.text)):  # "दिया" (Diya), no capitals
            continue
        if _acronym_like(token):
            continue
        before = (
            index > 0
            and _joined(tokens[index - 1])
            and (index - 1 in in_span or _titled(tokens[index - 1]))
        ) or _across_particle(tokens, index, -1, in_span)
        # "Hellström, Per – brev": a given name after the surname and its comma.
        before = before or (index - 1 in in_span and given_after_surname(tokens, index))
        after = (
            index + 1 < len(tokens)
            and _joined(token)
            and (index + 1 in in_span or _titled(tokens[index + 1]))
        ) or _across_particle(tokens, index, 1, in_span)
        if before or after:
            attached.add(index)
    fitting, doubtful = _lower_case_first_names(session, parsed, in_span)
    for index in sorted(attached):
        token = tokens[index]
        devanagari = is_devanagari(token.text)
        capitalised = token.text[:1].isupper() and token.text.isalpha()
        # A word one typo from a day word is looked up however it is typed: reps type names
        # in lower case ("helen rosdorova phoned", "helen" one letter from "helgen").
        if not (capitalised or devanagari or index in parsed.near_misses) or index in fitting:
            continue
        first, last = index, index
        while (
            first > 0
            and last - first + 1 < MAX_NAME_RUN
            and _in_name_run(tokens[first - 1])
            and _joined(tokens[first - 1])
        ):
            first -= 1
        while (
            last + 1 < len(tokens)
            and last - first + 1 < MAX_NAME_RUN
            and _in_name_run(tokens[last + 1])
            and _joined(tokens[last])
        ):
            last += 1
        if first == index and index - 1 in in_span and given_after_surname(tokens, index):
            first = index - 1  # "Hellström, Per": the surname before the comma
        while first < index and not _name_like(tokens[first]):
            first += 1  # a run starts and ends on a word, not on a particle
        while last > index and not _name_like(tokens[last]):
            last -= 1
        lone_typo = first == last and index in parsed.near_misses
        if first == last and not lone_typo:
            continue  # a lone "Sunday" is the day; a lone "Martin" may be a client's name
        names = _names_holding(session, token)
        if not names:
            # No client is called so: the word is what it reads as; but a typo of a day word
            # as the surname after a first name ("Rose Martin rdv hier") is that person's
            # name, doubtfully (the line names no client whole, so it is asked whom). After a
            # full name ("Rose Delmas Mardii") it is the day, mistyped.
            surname = last == index == first + 1 and first in in_span
            if index in parsed.near_misses and surname:
                doubtful.add(index)
            continue
        # The words around it that name someone with it: "Yesterdy [Donna Reyes] call".
        windows = [
            (low, high)
            for low in range(first, index + 1)
            for high in range(max(index, low + 1), last + 1)
        ] or [(index, index)]
        for low, high in sorted(windows, key=lambda w: w[0] - w[1]):
            words = [tokens[i].text for i in range(low, high + 1) if not _titled(tokens[i])]
            typed = Typed.of(words, [False] * len(words))
            if words and any(fits(typed, name) for name in names):
                fitting.update(i for i in range(low, high + 1) if i in attached)
                break
        else:
            # Beside a name the line has ("Per Sundin"), never beside any capitalised word
            # ("Called Sunday"): there the word is what it reads as.
            if any(i in in_span or _titled(tokens[i]) for i in range(first, last + 1)):
                doubtful.add(index)
    return frozenset(fitting), frozenset(doubtful - fitting)


# Words of a whole name typed in lower case: letters, maybe a hyphen or an apostrophe
# ("marie-eve", "o'neill"); a particle between them as the book writes it ("bin").
_LOWER_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@lru_cache(maxsize=8)  # a rep's book, kept while it is unchanged
def _whole_forms(names: tuple[tuple[int, str], ...]) -> frozenset[tuple[str, ...]]:
    """Each name's words of two or more, normalised, with and without its particles."""
    wanted: set[tuple[str, ...]] = set()
    for _id, name in names:
        words = tuple(normalise(name).split())
        bare = tuple(word for word in words if word not in PARTICLES)
        wanted.update(form for form in (words, bare) if len(form) >= 2)
    return frozenset(wanted)


def whole_names_typed(
    session: Session, *, actor: Rep, tokens: tuple[Token, ...]
) -> tuple[tuple[int, int], ...]:
    """Runs of words typed in lower case that are, accents and particles aside, the whole
    name of a client in the rep's book ("dana whitaker lunch", "marie-eve bouchard visio",
    "surat kpd azman yusof" for Azman bin Yusof, "meeting dgn lim chong wei"): (first, last)
    token indices, longest first, none overlapping. Such a run is that name whatever its
    words read as elsewhere ("dana" a fund, "sun" a day, "kpd" a "to"); one word alone
    ("dana", "will") is no whole name, and keeps the rules it has."""
    lower = [
        index
        for index, token in enumerate(tokens)
        if token.text.islower() and _LOWER_NAME_WORD.fullmatch(token.text)
    ]
    if not any(b == a + 1 and _joined(tokens[a]) for a, b in zip(lower, lower[1:], strict=False)):
        return ()  # no two lower-case words in a row: no whole name typed so
    wanted = _whole_forms(tuple(_names(session, _book_of(actor))))
    if not wanted:
        return ()
    longest = max(len(form) for form in wanted)
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        for last in range(min(len(tokens), index + longest + 1) - 1, index, -1):
            run = tokens[index : last + 1]
            if not all(
                token.text.islower()
                and _LOWER_NAME_WORD.fullmatch(token.text)
                and (token is run[-1] or _joined(token))
                for token in run
            ):
                continue
            if tuple(normalise(" ".join(t.text for t in run)).split()) in wanted:
                runs.append((index, last))
                index = last
                break
        index += 1
    return tuple(runs)


def _across_particle(tokens: tuple[Token, ...], index: int, step: int, in_span: set[int]) -> bool:
    """ "Bulan bt Hashim", "Ahmad bin Khamis": the word, a particle, then (``step`` 1) or
    before them (-1) a name the line has; the particle joins them into one name, which
    the book may hold whole."""
    particle, name = index + step, index + 2 * step
    low, high = min(index, name), max(index, name)
    return (
        0 <= name < len(tokens)
        and tokens[particle].key in PARTICLES
        and all(_joined(tokens[i]) for i in range(low, high))
        and name in in_span
    )


def _opening_first_name(session: Session, *, actor: Rep, parsed: ParsedContact) -> int | None:
    """ "Dag lunch igår på Riche": a capitalised day or month word opening the line right
    before the channel word (Swedish "dag", a day, reads as nothing there) is the first
    name of the rep's own client when no other client of the firm has that word in their
    name: its index. A function word ("Per telefon": by phone), a planning one ("Will
    call": will he, or Will?), a hedge though it is a month too ("May call Tuesday") and a
    word the line reads as its day ("Kal call kiya") stay what they read as."""
    if parsed.channel_at is None or parsed.channel_at[0] != 1 or parsed.quoted:
        return None
    token = parsed.tokens[0]
    if (
        not (token.text[:1].isupper() and token.text.isalpha())
        or _acronym_like(token)
        or not _joined(token)
        or token.key not in day_name_words()
        or token.key in hedge_words()  # "May call Tuesday": may she, or May?
        or token.key in STOP
        or 0 in parsed.date_words
    ):
        return None
    # The first two clients the name index offers: the word is one client's when it is a
    # word of one of those two names alone.
    rows = _clients_holding(session, token, limit=2)
    word = normalise(token.text)
    if len(rows) != 1 or name_words(rows[0][1])[:1] != (word,):
        return None
    return 0 if _in_book(session, rep=actor, client_id=rows[0][0]) else None


def _lower_case_first_names(
    session: Session, parsed: ParsedContact, in_span: set[int]
) -> tuple[set[int], set[int]]:
    """A function, day or follow-up word typed in lower case right before a name typed so ("per
    wallin ringde", "chase whitaker dinner"), as the capitalised one is (``words_naming``): when, with the name
    after it, it is the whole name of a client of the firm, it is that first name; when some
    client is called so but none fits, it may be ("per sundin" for Maj Sundin): asked; when no
    client is called so it is the word it reads as."""
    tokens = parsed.tokens
    fitting: set[int] = set()
    doubtful: set[int] = set()
    for span in parsed.names:
        index = span.first - 1
        if index < 0 or index in in_span:
            continue
        token, first = tokens[index], tokens[span.first]
        if not (
            token.text.isalpha()
            and token.text.islower()
            and first.text.islower()
            and (token.key in STOP or token.key in _READ_AS_WORDS)
            and token.key not in _FRAMING
            and token.key not in PARTICLES  # "appel de olivier marchand": "of", no name
            and _joined(token)
        ):
            continue
        names = _names_holding(session, token)
        words = [token.text, *span.words]
        typed = Typed.of(words, [False] * len(words))
        if any(fits(typed, name) for name in names):
            fitting.add(index)
        elif names:
            doubtful.add(index)
    return fitting, doubtful


# Words that frame a name rather than start one: "with jane", "and björn", "of the fund".
_FRAMING = WITH | JOINERS | frozenset(map(normalise, "of the a an".split()))
# Words read as something else that are first names too: day and hedge words ("dawn",
# "will", "hope"), and follow-up words ("chase whitaker dinner": Chase, not "chase up").
_READ_AS_WORDS = name_or_word() | frozenset(
    key[0] for key in daywords.FOLLOW_UP if len(key) == 1 and key[0].isalpha()
)

"""From one line of text to a contact draft: parse, find the client, decide what to ask.

The line is read (``bot.parsing``), then checked against the rep's book: the
client must be named by every name word typed (``bot.parsing.client_names``), or the
bot asks. The rep's own book is searched first, then the clients they may see
(an assistant's principals', a manager's team's), and last the whole firm, so
an uncovered client is refused by name with who covers it rather than "not
found". Each claim's currency comes from the line, else from the account it
names, else from the client's one account currency, else (a client with no
accounts) the firm's reporting currency; a client holding two currencies is
asked. A sign written for several currencies ("kr" for SEK, NOK and DKK, a bare
"$" for every dollar) is the one of them the client holds, and asked when the
client holds two ("250 000 $" from a client holding CAD and USD). Anything that looks like a date, a time or a sum and cannot be read is
returned as ``unclear``: the reply says so and offers the form, pre-filled.

A day named without a time is recorded at midday of that day in the rep's
zone (never later than the line was typed) with ``time_given=False``, so it
is shown as the day alone: one rule for "yesterday", "vendredi" and no day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, and_, bindparam, or_, select
from sqlalchemy.orm import Session, joinedload

from bot.contacts import FUTURE_TOLERANCE, ContactDraft, day_alone
from bot.directory import access, name_search
from bot.errors import NotAllowed
from bot.i18n import _
from bot.parsing import ClaimDraft, ParsedContact, daywords, parse_contact
from bot.parsing.client_match import Candidate, normalise
from bot.parsing.client_names import (
    Typed,
    exactly,
    fits,
    name_words,
    named,
    search_pieces,
)
from bot.parsing.contact import (
    ClaimText,
    day_name_words,
    hedge_words,
    money_name_words,
    name_or_word,
    swedish_kronor,
)
from bot.parsing.dates import zone
from bot.parsing.names import (
    JOINERS,
    PARTICLES,
    STOP,
    TITLES,
    WITH,
    NameSpan,
    given_after_surname,
    surname_first,
)
from bot.parsing.tokens import Token
from bot.parsing.translit import is_devanagari, phonetic
from bot.parsing.when import Unclear
from storage.models import Client, Coverage, Delegate, Rep

# How many names a whole-book fallback may consider after the SQL pre-filter.
FALLBACK_LIMIT = 5000
# Namesakes elsewhere in the firm checked for whether the rep may log them (the rest unoffered).
CANDIDATES_CHECKED = 5
DEFAULT_CURRENCY = "USD"


@dataclass(frozen=True)
class Interpretation:
    """What a line says, and what (if anything) must be asked before recording it."""

    parsed: ParsedContact
    draft: ContactDraft | None = None  # ready to record
    candidates: list[Candidate] = field(default_factory=list)  # ask which client
    needs_channel: bool = False  # ask how the contact happened
    client: Client | None = None
    unclear: tuple[Unclear, ...] = ()  # words that could not be read: ask, offer the form
    time_given: bool = False  # the line gave a clock time (else the day alone is known)
    owner: Rep | None = None  # whom the contact is for, when an assistant says ("for <@U…>")
    occurred_at: datetime | None = None  # as read, also when something is still unclear
    claims: tuple[ClaimDraft, ...] = ()  # as read, with currencies settled where they could be
    notes: str = ""  # the line without what was read out of it


@dataclass(frozen=True)
class _Found:
    client: Client | None = None
    candidates: list[Candidate] = field(default_factory=list)
    span: NameSpan | None = None


def interpret(
    session: Session,
    *,
    actor: Rep,
    text: str,
    now: datetime,
    idempotency_key: str | None,
    client_id: int | None = None,
    channel: str | None = None,
    default_currency: str = DEFAULT_CURRENCY,
) -> Interpretation:
    """Read ``text`` for ``actor``; ``client_id`` / ``channel`` are answers to earlier questions.

    Raises ``NotCovered`` when the line names one client the actor may not log,
    ``NotAllowed`` when an assistant names a rep who has not named them;
    ``ClientNotFound`` / ``NotYours`` only for a ``client_id`` that is gone or not
    the actor's to see. Everything else the line leaves open comes back to ask.
    """
    parsed = parse_contact(text, now=now, timezone=actor.timezone, locale=actor.locale)
    fitting, doubtful = words_naming(session, parsed)
    opening = _opening_first_name(session, actor=actor, parsed=parsed)
    if opening is not None:
        fitting |= {opening}
    whole = whole_names_typed(session, actor=actor, tokens=parsed.tokens)
    fitting |= {i for first, last in whole for i in range(first, last + 1)}
    names_at = fitting | doubtful
    chosen: Client | None = None
    if client_id is not None:
        # An earlier answer comes back as a button's value: checked as if typed, refused unnamed.
        chosen = access.client_from_value(session, actor=actor, client_id=client_id)
        # Once the client is known, a word is a name word only if it is one of theirs.
        names_at = frozenset(i for i in names_at if _word_of(parsed.tokens[i], chosen.name))
    if names_at:
        parsed = parse_contact(
            text,
            now=now,
            timezone=actor.timezone,
            locale=actor.locale,
            names_at=names_at,
            whole=whole,
        )
    owner, owner_span = _owner(session, actor=actor, parsed=parsed)
    spans = _without_owner(parsed, owner_span)
    if chosen is not None:
        found = _Found(client=chosen, span=_span_naming(parsed, spans, chosen))
    else:
        found = find_named_client(session, actor=actor, owner=owner, parsed=parsed, spans=spans)
        span = found.span
        stray = frozenset(i for i in names_at if span is None or not span.first <= i <= span.last)
        if found.client is not None and span is not None and _only(parsed, span, doubtful):
            # Named by nothing but words that may be something else: asked, not recorded.
            found = _Found(candidates=_candidates([(found.client.id, found.client.name)]))
        elif found.client is not None and stray:
            # A word taken for a name that is not in the name found ("कल" beside another
            # word) is what it reads as: the line is read again with it so.
            parsed = parse_contact(
                text,
                now=now,
                timezone=actor.timezone,
                locale=actor.locale,
                names_at=names_at - stray,
                whole=whole,
            )
            owner, owner_span = _owner(session, actor=actor, parsed=parsed)
            spans = _without_owner(parsed, owner_span)
            found = find_named_client(session, actor=actor, owner=owner, parsed=parsed, spans=spans)
    named_by_channel = (
        _channel_naming(parsed, found.span, found.client) if found.client is not None else None
    )
    if found.client is not None and named_by_channel is not None:
        # "Mila Novak called": the channel word read first is her first name; read again so.
        parsed = parse_contact(
            text,
            now=now,
            timezone=actor.timezone,
            locale=actor.locale,
            names_at=names_at | {named_by_channel},
            whole=whole,
        )
        owner, owner_span = _owner(session, actor=actor, parsed=parsed)
        spans = _without_owner(parsed, owner_span)
        found = _Found(client=found.client, span=_span_naming(parsed, spans, found.client))
    # A quoted name is already out of the notes; a typed one is cut with its "with".
    without = [parsed.name_span(found.span)] if found.span and not parsed.quoted else []
    if owner_span:
        without.append(owner_span)
    notes = parsed.notes(without=without)
    occurred_at, time_given, late = _occurred(parsed, actor=actor, now=now)
    unclear = list(parsed.unclear) + late
    claims: tuple[ClaimDraft, ...] = ()
    if found.client is not None:
        claims, unsettled = _claims(parsed, found.client, default_currency)
        unclear += unsettled
    base = Interpretation(
        parsed=parsed,
        client=found.client,
        candidates=found.candidates,
        unclear=tuple(unclear),
        time_given=time_given,
        owner=owner,
        occurred_at=occurred_at,
        claims=claims,
        notes=notes,
    )
    if found.client is None and found.candidates and not _may_name(parsed, unclear):
        # Who comes first, as a client refused comes first: "Olivier Brun rdv demain" offers
        # the Oliviers the rep may mean; the line is read again with the one picked, and
        # what it leaves unclear ("demain" is later than now) is asked then.
        return replace(base, unclear=())
    if unclear or found.client is None:
        return base
    channel = channel or parsed.channel
    if channel is None:
        return replace(base, needs_channel=True)
    draft = ContactDraft(
        client_id=found.client.id,
        occurred_at=occurred_at,
        channel=channel,
        notes=notes,
        initiative_tag=parsed.tags[0] if parsed.tags else None,
        follow_up_on=parsed.follow_up_on,
        claims=claims,
        source="slash_command",
        idempotency_key=idempotency_key,
        time_given=time_given,
        private=parsed.private,
    )
    return replace(base, draft=draft)


def _may_name(parsed: ParsedContact, unclear: list[Unclear]) -> bool:
    """An unclear word one typo from a day word ("Yesterdy Donna Reyes", "Rose Delmas
    Mardii"): it may be the day or a word of the name, so it is asked before whom."""
    typos = {parsed.tokens[i].text for i in parsed.near_misses}
    return any(word.text in typos for word in unclear)


def _channel_naming(parsed: ParsedContact, span: NameSpan | None, client: Client) -> int | None:
    """The channel word, when it is written against the name found and is a word of the
    client's name the span lacks ("Mila Novak called", "Call Jensen rang"): its index.

    Channel words are never looked up in the book beforehand ("Called Jane" would cost a
    search for a client called "Called"); the client found decides, at no cost."""
    if span is None or parsed.channel_at is None or parsed.quoted:
        return None
    first, last = parsed.channel_at
    if first != last:
        return None
    token = parsed.tokens[first]
    if not _name_like(token) or _acronym_like(token) or not _word_of(token, client.name):
        return None
    if last + 1 == span.first and _joined(token):
        words = [token.text, *span.words]
        initials = [False, *span.initials]
    elif span.last + 1 == first and _joined(parsed.tokens[span.last]):
        words = [*span.words, token.text]
        initials = [*span.initials, False]
    else:
        return None
    return first if fits(Typed.of(words, initials), client.name) else None


def _without_owner(parsed: ParsedContact, owner_span: tuple[int, int] | None) -> list[NameSpan]:
    """The name spans but the rep an assistant logs for: "for Rita Jane Smith call" opens
    with Rita's name run into the client's, so the span loses its first word; a span that
    is the rep's name alone is dropped."""
    kept = []
    for span in parsed.names:
        if not _inside(parsed, span, owner_span):
            kept.append(span)
            continue
        assert owner_span is not None
        opening = parsed.tokens[span.first]
        if (
            opening.end == owner_span[1]
            and span.last > span.first
            and len(span.words) > 1
            and opening.text == span.words[0]
        ):
            kept.append(
                replace(
                    span, first=span.first + 1, words=span.words[1:], initials=span.initials[1:]
                )
            )
    return kept


def _inside(parsed: ParsedContact, span: NameSpan, outer: tuple[int, int] | None) -> bool:
    if outer is None:
        return False
    start, end = parsed.tokens[span.first].start, parsed.tokens[span.last].end
    return start < outer[1] and outer[0] < end


def _span_naming(parsed: ParsedContact, spans: list[NameSpan], client: Client) -> NameSpan | None:
    for span in spans:
        if fits(Typed.of(span.words, span.initials), client.name):
            return span
    return None


# --- when ------------------------------------------------------------------------------

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
    word = normalise(token.text)
    rows = session.execute(
        select(Client.id, Client.name)
        .where(Client.active.is_(True), Client.id.in_(_containing(and_, [word])))
        .limit(2)
    ).all()
    rows = [row for row in rows if word in name_words(row[1])]
    if len(rows) != 1 or name_words(rows[0][1])[:1] != (word,):
        return None
    covered = session.scalar(
        select(Coverage.client_id).where(
            Coverage.client_id == rows[0][0],
            Coverage.rep_id == actor.id,
            Coverage.ended_at.is_(None),
        )
    )
    return 0 if covered is not None else None


def _names_holding(session: Session, token: Token) -> list[str]:
    """Names of the firm's active clients that have the word as one of theirs. A Devanagari
    word is compared by its sound ("मंगल" for Mangal), a Latin one as written."""
    if is_devanagari(token.text):
        held = _containing(or_, search_pieces(Typed.of([token.text], [False])))
    else:
        held = _containing(and_, [normalise(token.text)])
    names = session.scalars(
        select(Client.name)
        .where(Client.active.is_(True), Client.id.in_(held))
        .limit(FALLBACK_LIMIT)
    )
    return [name for name in names if _word_of(token, name)]


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


def _name_like(token: Token) -> bool:
    """A capitalised word, or a Devanagari one (the script has no capitals)."""
    if is_devanagari(token.text):
        return token.key not in STOP
    return token.text[:1].isupper() and token.text.replace("-", "").replace("'", "").isalpha()


def _only(parsed: ParsedContact, span: NameSpan, doubtful: frozenset[int]) -> bool:
    """The span's name words (titles and particles aside) are all doubtful ones."""
    words = [
        i
        for i in range(span.first, span.last + 1)
        if not _titled(parsed.tokens[i]) and parsed.tokens[i].key not in PARTICLES
    ]
    return bool(words) and all(i in doubtful for i in words)


def _word_of(token: Token, name: str) -> bool:
    """The word is written as a word of ``name`` (a Devanagari one sounds as one does)."""
    if is_devanagari(token.text):
        key = phonetic(token.text)
        return any(phonetic(word) == key for word in name_words(name))
    return normalise(token.text) in name_words(name)


def _joined(token: Token) -> bool:
    """Nothing but a title's own dot ("Dl. Duminică") parts the word from the next."""
    trail = token.trail.strip()
    return not trail or (trail == "." and _titled(token))


def _acronym_like(token: Token) -> bool:
    letters = [c for c in token.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _titled(token: Token) -> bool:
    return token.key.rstrip(".") in TITLES


def _in_name_run(token: Token) -> bool:
    """A capitalised word, a title ("Encik") or a particle ("bin", "de") between name words."""
    return _name_like(token) or token.key in PARTICLES or _titled(token)


def _occurred(
    parsed: ParsedContact, *, actor: Rep, now: datetime
) -> tuple[datetime, bool, list[Unclear]]:
    """The instant to record, whether a time was given, and a time read in the future."""
    tz = zone(actor.timezone)
    local_now = now.astimezone(tz)
    day = parsed.day or local_now.date()
    if parsed.time is not None:
        hour, minute = parsed.time
        moment = datetime.combine(day, time(hour, minute), tzinfo=tz)
        if moment > local_now + FUTURE_TOLERANCE:
            typed = f"{hour:02d}:{minute:02d}"
            return min(moment, local_now), True, [Unclear(typed, "future")]
        return moment.astimezone(now.tzinfo or tz), True, []
    return day_alone(day, tz=tz, now=now).astimezone(now.tzinfo or tz), False, []


# --- money -----------------------------------------------------------------------------


def _claims(
    parsed: ParsedContact, client: Client, default_currency: str
) -> tuple[tuple[ClaimDraft, ...], list[Unclear]]:
    accounts = {_account_key(account.account): account for account in client.accounts}
    known = {currency for a in client.accounts if (currency := getattr(a, "currency", None))}
    drafts: list[ClaimDraft] = []
    unclear: list[Unclear] = []
    rows = [_account_row(c.account, accounts) if c.account else None for c in parsed.claims]
    typed = [
        _typed_currency(claim, known, getattr(row, "currency", None), default_currency)
        for claim, row in zip(parsed.claims, rows, strict=True)
    ]
    # "₹2 करोड़ जमा और 1 करोड़ का वादा", "deposited $2m and pledged another 1m": a sum with no
    # currency beside claims that all name the same one is in it.
    named = {currency for currency in typed if currency}
    line_currency = next(iter(named)) if len(named) == 1 else None
    for claim, account_row, currency in zip(parsed.claims, rows, typed, strict=True):
        if claim.account and account_row is None:
            unclear.append(Unclear(claim.account, "account"))
            continue
        account_currency = getattr(account_row, "currency", None) if account_row else None
        if claim.currency and currency is None:
            # "3 milj. kr" from a client holding SEK and NOK, "250 000 $" from one holding
            # CAD and USD: which?
            unclear.append(Unclear(claim.text, "currency"))
            continue
        currency = currency or account_currency or line_currency
        if currency is None:
            if len(known) == 1:
                currency = next(iter(known))
            elif not known:
                currency = default_currency
        if currency is None or (
            claim.currency and account_currency and currency != account_currency
        ):
            unclear.append(Unclear(claim.text, "currency"))
            continue
        drafts.append(
            ClaimDraft(
                kind=claim.kind,
                amount=claim.amount,
                currency=str(currency),
                account=account_row.account if account_row else None,
            )
        )
    return tuple(drafts), unclear


def _typed_currency(
    claim: ClaimText, known: set[str], account_currency: str | None, default_currency: str
) -> str | None:
    """The currency the line names for ``claim``, settled where the sign leaves it open:
    "kr" (SEK, NOK or DKK) and a bare "$" (any dollar) are the named account's, else the
    one of them the client holds, else (the client holding none) the firm's when it is one,
    else the sign's own (SEK, USD). None when nothing is typed, or two held fit (asked)."""
    if not claim.currencies:
        return claim.currency
    if account_currency in claim.currencies:
        return account_currency  # "500 tkr till ACC-…": the account's kronor
    held = known & set(claim.currencies)
    if len(held) > 1:
        # "5 mkr", "500 tkr": Swedish units, so Swedish kronor when the client holds them
        # ("1,5 milj. kr" from a client holding SEK and NOK stays asked).
        return "SEK" if "SEK" in held and swedish_kronor(claim.text) else None
    if held:
        return next(iter(held))
    return default_currency if default_currency in claim.currencies else claim.currency


def _account_row(typed: str, accounts: dict[str, Any]) -> Any:
    """The client's account the line names: as typed ("ACC-1048", "acc 1048"), else, for a
    number typed without its prefix ("to account 1048"), the one account whose digits are
    that number. None when none (or two) match: the account is asked about."""
    row = accounts.get(_account_key(typed))
    if row is not None or not typed.isdigit():
        return row
    matches = [a for a in accounts.values() if "".join(filter(str.isdigit, a.account)) == typed]
    return matches[0] if len(matches) == 1 else None


def _account_key(account: str) -> str:
    """ "ACC-6412", "acc-6412", "ACC 6412" and "ACC6412" are one account, as a rep types it."""
    return "".join(ch for ch in account.casefold() if ch not in " -")


# --- who -------------------------------------------------------------------------------


def _owner(
    session: Session, *, actor: Rep, parsed: ParsedContact
) -> tuple[Rep | None, tuple[int, int] | None]:
    """ "for <@U…>" / "for Oliver" from an assistant: the rep who named them, and the words."""
    if parsed.for_whom is None or not actor.has_role("assistant"):
        return None, None
    who, span = parsed.for_whom
    principals = list(
        session.scalars(
            select(Rep)
            .join(Delegate, Delegate.rep_id == Rep.id)
            .where(Delegate.assistant_id == actor.id, Rep.active.is_(True))
            .order_by(Rep.name)
        )
    )
    if who.startswith("@"):
        chosen = [rep for rep in principals if rep.slack_user_id == who[1:]]
        if not chosen:
            raise NotAllowed(
                _(
                    "<{who}> has not named you as their assistant, so you can't log for them. "
                    "Leave out “for …” to log the contact as your own."
                ).format(who=who)
            )
        return chosen[0], span
    typed = Typed.of([who], [False])
    chosen = [rep for rep in principals if fits(typed, rep.name)]
    if len(chosen) == 1:
        return chosen[0], span
    return None, None  # "for the kids", or two principals called Oliver: words for the notes


def find_named_client(
    session: Session,
    *,
    actor: Rep,
    owner: Rep | None,
    parsed: ParsedContact,
    spans: list[NameSpan],
) -> _Found:
    """The client the line names, or the candidates to ask about; raises ``NotCovered``."""
    if parsed.quoted:
        quoted = NameSpan(0, 0, tuple(parsed.quoted.split()), (False,) * len(parsed.quoted.split()))
        spans = [quoted]
    # Each book is read only when the ones before it leave the line open: most lines name
    # a client of the rep's own book, and a manager's whole team's book is large.
    merged = surname_first(parsed.tokens, spans) if not parsed.quoted else None
    sources = frozenset(
        span for span in spans if (span.source and _beside_a_sum(parsed, span)) or span.bank
    )
    for book, bound in _books(actor, owner):
        names = _names(session, book, bound)
        if merged is not None and named(Typed.of(merged.words, merged.initials), names).full:
            # "Hellström, Per": the surname and the given name after its comma, one name.
            decision = _decide([merged, *spans[2:]], names, sources)
        else:
            decision = _decide(spans, names, sources)
        if decision is None:
            continue  # no word of the line touches this book
        if decision.client is not None:
            if not decision.exact and decision.span is not None:
                # "Lars Ashforth" fits Lars Ashford by a typo; a firm client of exactly that
                # name is the one meant (refused if not the rep's), never their namesake.
                other = _exact_elsewhere(
                    session, actor=actor, span=decision.span, chosen=decision.client
                )
                if other is not None:
                    return _Found(client=other, span=decision.span)
            client = session.get(Client, decision.client, options=_WITH_ACCOUNTS)
            assert client is not None
            if decision.span is not None and decision.span.with_family:
                # "Mihai Lupu și soția": the spouse of a client with a household may be the
                # household's other client; which of them is asked, never guessed.
                family = _household_of(session, actor=actor, client=client)
                if family:
                    rows = [(client.id, client.name), *family]
                    return _Found(candidates=_candidates(rows), span=decision.span)
            if (
                decision.span is not None
                and _part_of(decision.span, client.name)
                and _channel_naming(parsed, decision.span, client) is None
            ):
                # "Sjöberg ringde": a surname (or first name) alone, and the firm has another
                # client so called: which one is asked, the rep's offered, never guessed.
                others = _namesakes(session, span=decision.span, chosen=client.id)
                if others:
                    checked = others[:CANDIDATES_CHECKED]
                    seen = access.seeable_client_ids(
                        session, actor=actor, client_ids=[row[0] for row in checked]
                    )
                    loggable = [row for row in checked if row[0] in seen]
                    rows = [(client.id, client.name), *loggable]
                    return _Found(candidates=_candidates(rows), span=decision.span)
            return _Found(client=client, span=decision.span)
        if decision.candidates and not decision.partial_only:
            return _Found(candidates=decision.candidates, span=decision.span)
        # Only part of the name fits here ("Lars Hartmann" by Lars Ashford), or an unknown
        # person is named: a client elsewhere in the firm who fits every word is refused.
        if decision.span is not None:
            outside = _outside(session, actor=actor, span=decision.span)
            if outside is not None:
                return outside
        return _Found(candidates=decision.candidates, span=None)
    for span in spans[:1]:
        outside = _outside(session, actor=actor, span=span)
        if outside is not None:
            return outside
    return _Found()


def _books(actor: Rep, owner: Rep | None) -> Iterator[tuple[Any, dict[str, Any] | None]]:
    """The books a line's name is looked for in, in turn; each built only when asked for
    (the widest, whatever else the actor may see, is an expression built per actor)."""
    if owner is not None:
        yield _BOOK, {"book_rep_id": owner.id}
    yield _BOOK, {"book_rep_id": actor.id}
    visible = access.visible_client_ids(actor)
    if visible is not None:
        yield (
            select(Client.id, Client.name).where(Client.active.is_(True), Client.id.in_(visible)),
            None,
        )


@dataclass(frozen=True)
class _Decision:
    client: int | None = None
    candidates: list[Candidate] = field(default_factory=list)
    span: NameSpan | None = None
    partial_only: bool = False
    exact: bool = True  # the client's name as typed, no typo allowance needed


def _decide(
    spans: list[NameSpan],
    names: list[tuple[int, str]],
    sources: frozenset[NameSpan] = frozenset(),
) -> _Decision | None:
    """Who the spans name in one book; None when no span touches it. ``sources``: spans
    naming where a sum came from ("moving $2m over from Chase"), the other bank, once
    another span names a client whole."""
    readings = []
    for span in spans:
        typed = Typed.of(span.words, span.initials)
        found = named(typed, names)
        # A span that fits nobody still counts when it names the person met: two name
        # words ("Pierre Durand"), or one right after "with" ("lunch with Sarah").
        if found.full or found.partial or span.looks_like_a_person or span.after_with:
            readings.append((span, found))
    if any(found.full for span, found in readings if span not in sources):
        readings = [(span, found) for span, found in readings if span not in sources]
    if not readings:
        return None
    span, found = readings[0]
    if span.relative:  # "Jane Smith's husband called": the person met is not the client
        return _Decision(candidates=_candidates(found.full + found.partial), span=span)
    if not found.full:
        if not found.partial:
            return _Decision(span=span)  # an unknown person is the one met
        return _Decision(candidates=_candidates(found.partial), span=span, partial_only=True)
    typed = Typed.of(span.words, span.initials)
    full = found.full
    if len(full) > 1 and not span.household:
        # "Jane Smith" with a Jane Smyth in the book too: the one written as typed.
        written = [row for row in full if exactly(typed, row[1])]
        full = written if len(written) == 1 else full
    # "the Popa family" is asked (which of them?); "Mircea Popa family dinner" names him.
    household = span.household and not (len(full) == 1 and len(typed.words) > 1)
    if household or len(full) > 1:
        return _Decision(candidates=_candidates(found.full + found.partial), span=span)
    client_id, name = full[0]
    # Another span naming someone else ("Zoë Müller + Henri de Castellane"): two clients.
    others = [
        row
        for _span, other in readings[1:]
        if other.full and client_id not in {i for i, _ in other.full}
        for row in other.full
    ]
    if others:  # two clients in one line
        return _Decision(candidates=_candidates([(client_id, name), *others]), span=span)
    return _Decision(client=client_id, span=span, exact=exactly(typed, name))


_CLAUSE_END = frozenset(",;:!?–—")
_SUM_DOUBTS = frozenset({"amount", "direction", "currency"})


def _beside_a_sum(parsed: ParsedContact, span: NameSpan) -> bool:
    """A sum the line claims is in the span's clause, nothing but words between them
    ("moving $2m over from Chase into …", "Chase se $2m aaye"): the span says where that
    money came from, a bank or a firm, not a second client met."""
    if span.source and span.looks_like_a_person:
        return False  # "from Chase Whitfield's account": another client named whole
    start, end = parsed.tokens[span.first].start, parsed.tokens[span.last].end
    text = parsed.text
    # A sum claimed, or one asked about ("moving $2m over": asked which way it went).
    sums = [claim.text for claim in parsed.claims]
    sums += [word.text for word in parsed.unclear if word.what in _SUM_DOUBTS]
    for typed in sums:
        at = text.find(typed)
        while at >= 0:
            between = text[at + len(typed) : start] if at < start else text[end:at]
            if not _CLAUSE_END & set(between) and ". " not in between:
                return True
            at = text.find(typed, at + 1)
    return False


def _candidates(rows: list[tuple[int, str]]) -> list[Candidate]:
    seen: set[int] = set()
    out = []
    for client_id, name in rows:
        if client_id not in seen:
            seen.add(client_id)
            out.append(Candidate(client_id=client_id, name=name, score=100.0))
    return out


def _outside(session: Session, *, actor: Rep, span: NameSpan) -> _Found | None:
    """A client of the whole firm that the span fully names: refused if not the actor's."""
    typed = Typed.of(span.words, span.initials)
    pieces = search_pieces(typed)
    if not pieces or not typed.has_full_word:
        return None
    query = (
        select(Client.id, Client.name)
        .where(Client.active.is_(True), Client.id.in_(_containing(or_, pieces)))
        .limit(FALLBACK_LIMIT)
    )
    full = [row for row in _names(session, query) if fits(typed, row[1])]
    if len(full) != 1:
        return None
    client = session.get(Client, full[0][0])
    assert client is not None
    if not access.can_see_client(session, actor=actor, client_id=client.id):
        from bot.errors import NotCovered

        raise NotCovered(access.not_covered_message(session, client))
    return _Found(client=client, span=span)


def _household_of(session: Session, *, actor: Rep, client: Client) -> list[tuple[int, str]]:
    """The other active clients of the client's household the actor may log."""
    if client.household_id is None:
        return []
    query = (
        select(Client.id, Client.name)
        .where(
            Client.household_id == client.household_id,
            Client.id != client.id,
            Client.active.is_(True),
        )
        .order_by(Client.name)
        .limit(CANDIDATES_CHECKED)
    )
    return [
        row
        for row in _names(session, query)
        if access.can_see_client(session, actor=actor, client_id=row[0])
    ]


def _part_of(span: NameSpan, name: str) -> bool:
    """The span names the client by part of the name alone, a first name ("Sunita called")
    or a family name ("Sjöberg ringde"). One rule for both: the record decides pay, so a
    part another client of the firm shares is asked (the rep's own client offered first),
    never credited to the rep's client by guess."""
    typed = Typed.of(span.words, span.initials)
    words = name_words(name)
    return bool(words) and sum(not initial for initial in typed.initials) < len(words)


def _namesakes(session: Session, *, span: NameSpan, chosen: int) -> list[tuple[int, str]]:
    """Other clients of the firm the span names as written (no typo allowance): a part of a
    name ("Sjöberg") is one person's only if nobody else in the firm is called so."""
    typed = Typed.of(span.words, span.initials)
    words = {
        w
        for w, i, script in zip(typed.words, typed.initials, typed.scripts, strict=True)
        if not (i or script)
    }
    pieces = words or search_pieces(typed)
    if not pieces:
        return []
    query = (
        select(Client.id, Client.name)
        .where(
            Client.active.is_(True),
            Client.id != chosen,
            Client.id.in_(_containing(and_ if words else or_, pieces)),
        )
        .limit(FALLBACK_LIMIT)
    )
    return [row for row in _names(session, query) if exactly(typed, row[1])]


def _exact_elsewhere(session: Session, *, actor: Rep, span: NameSpan, chosen: int) -> Client | None:
    """Another client named exactly as typed: theirs if the actor may log them, else
    ``NotCovered``; None when there is none (or several)."""
    typed = Typed.of(span.words, span.initials)
    pieces = search_pieces(typed)
    if not pieces:
        return None
    # A name written as typed holds every typed word (initials and Devanagari aside, which
    # ``exactly`` compares otherwise): the firm's few such names, not every name sharing
    # three letters with one of them (thousands, each compared here).
    words = {
        w
        for w, i, script in zip(typed.words, typed.initials, typed.scripts, strict=True)
        if not (i or script)
    }
    matching = _containing(and_, words) if words else _containing(or_, pieces)
    query = (
        select(Client.id, Client.name)
        .where(Client.active.is_(True), Client.id != chosen, Client.id.in_(matching))
        .limit(FALLBACK_LIMIT)
    )
    exact = [row for row in _names(session, query) if exactly(typed, row[1])]
    if len(exact) != 1:
        return None
    client = session.get(Client, exact[0][0])
    assert client is not None
    if not access.can_see_client(session, actor=actor, client_id=client.id):
        from bot.errors import NotCovered

        raise NotCovered(access.not_covered_message(session, client))
    return client


def _containing(combine, pieces: Iterable[str]) -> Select[Any]:  # type: ignore[no-untyped-def]
    """Ids of clients whose ``search_name`` holds the pieces (``or_``: any, ``and_``: all).

    Firm-wide, so from an index (``bot.directory.name_search``), not a scan of every name.
    """
    return name_search.holding(combine, pieces)


# A rep's book (the id bound as ``book_rep_id``), built once: a kept statement reuses its
# cache key. ``_book_of`` binds it, for a look-up that narrows it further.
_BOOK = (
    select(Client.id, Client.name)
    .join(Coverage, Coverage.client_id == Client.id)
    .where(
        Coverage.rep_id == bindparam("book_rep_id"),
        Coverage.ended_at.is_(None),
        Client.active.is_(True),
    )
)


# The client a line names comes with its accounts (its claims are read against them) in
# one statement, not two (``Client.accounts``' selectin).
_WITH_ACCOUNTS = (joinedload(Client.accounts),)


def _book_of(rep: Rep):  # type: ignore[no-untyped-def]
    return _BOOK.params(book_rep_id=rep.id)


def _names(  # type: ignore[no-untyped-def]
    session: Session, query, params: dict[str, Any] | None = None
) -> list[tuple[int, str]]:
    """(id, name) rows, run on the session's connection (its transaction): plain columns
    need none of the ORM's statement handling, which cost more than the rows."""
    rows = session.connection().execute(query, params).all()  # fetched at once, not row by row
    return [(row[0], row[1]) for row in rows]


def find_clients(
    session: Session, *, actor: Rep, text: str, client_text: str | None
) -> list[Candidate]:
    """Clients a typed name (``/client`` look-ups) may mean, every close one (the list
    shows the first few and says how many more); raises ``NotCovered``."""
    from bot.parsing.client_match import match_client, normalise

    own = _names(session, _book_of(actor))
    found = match_client(text, own, client_text=client_text, limit=None)
    if found:
        return found
    visible = access.visible_client_ids(actor)
    book = select(Client.id, Client.name).where(Client.active.is_(True))
    if visible is not None:
        found = match_client(
            text,
            _names(session, book.where(Client.id.in_(visible))),
            client_text=client_text,
            limit=None,
        )
        if found:
            return found
    pieces = {word[:3] for word in normalise(client_text or text).split() if len(word) >= 3}
    if not pieces:
        return []
    prefiltered = book.where(Client.id.in_(_containing(or_, pieces))).limit(FALLBACK_LIMIT)
    outside = match_client(text, _names(session, prefiltered), client_text=client_text, limit=None)
    if len(outside) == 1:
        client = session.get(Client, outside[0].client_id)
        assert client is not None
        if not access.can_see_client(session, actor=actor, client_id=client.id):
            from bot.errors import NotCovered

            raise NotCovered(access.not_covered_message(session, client))
        return outside
    return [] if visible is not None else outside


def with_answers(interpretation: Interpretation, **changes: object) -> ContactDraft:
    assert interpretation.draft is not None
    return replace(interpretation.draft, **changes)  # type: ignore[arg-type]


__all__ = ["Interpretation", "find_clients", "find_named_client", "interpret"]

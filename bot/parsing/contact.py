"""One line of /logcontact text -> what it says: client words, channel, when, claims, tags, notes.

The order of extraction matters, because each step reserves the characters it
used and later steps skip them: quoted name, tags, account numbers, amounts
(so "2.5" never becomes a date), the follow-up phrase (read towards the
future), the contact's date (read towards the past), the channel word, and
last the client's name among the words left. The notes are the line minus
the client name, channel word, date phrases, tags and follow-up phrase.
Amounts and their verbs stay in the notes ("pledged $2.5mm" is worth
reading next to the claim it raised).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from bot.errors import FutureDate
from bot.parsing.amounts import accounts, claim_kinds, find_amounts
from bot.parsing.channels import find_channel, words_for
from bot.parsing.dates import Reader, describe, language_of
from bot.parsing.names import WITH, guess_client, quoted_name
from bot.parsing.spans import find_date, find_follow_up_marker, skip_fillers
from bot.parsing.tokens import Token, clean, cut, tokenise

MAX_TEXT = 3000  # Slack allows more; nobody logs an essay, and parsing stays bounded
_TAG = re.compile(r"(?<![\w&#])#([^\W\d_][\w-]*)")
_TIME_ONLY = re.compile(
    r"(?:at |@ ?)?\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)?|noon|midnight"
)
_BEFORE_DATE = frozenset({"on", "at", "@", "le", "à", "den", "pe", "pada", "la", "kl"})
_LEADING_JUNK = frozenset({"with", "w/", "to", "and", "for", "on", "at", "re", "-", "–", "—"})
_LEADING_JUNK |= {"avec", "med", "cu", "dengan"}
_TRAILING_JUNK = frozenset({"with", "w/", "and", "on", "at", "to", "for", "in", "the", "a", "an"})

Span = tuple[int, int]


@dataclass(frozen=True)
class ClaimDraft:
    """An achievement to be confirmed: deposit or pledge (assets) or mandate (its fee)."""

    kind: str  # "deposit" | "pledge" | "mandate"
    amount: Decimal
    currency: str
    account: str | None = None


@dataclass(frozen=True)
class ParsedContact:
    client_text: str | None  # the words naming the client, or the quoted name
    channel: str | None  # one of storage.models.CHANNELS, or None: ask
    occurred_at: datetime | None  # aware, UTC; None = no date given
    claims: tuple[ClaimDraft, ...]
    tags: tuple[str, ...]
    follow_up_on: date | None
    notes: str


def parse_contact(text: str, *, now: datetime, timezone: str, locale: str) -> ParsedContact:
    """Read one line of free text typed by a rep in ``timezone`` / ``locale`` at ``now``.

    Raises ``FutureDate`` when the contact's date is later than ``now``, and
    ``UnreadableDate`` when something is plainly a date but cannot be read
    ("11/31", "Feb 30"). Nothing else, whatever the text. A follow-up phrase
    that reads as past ("follow-up call yesterday") is taken as the contact's
    own date instead.
    """
    text = clean(text)[:MAX_TEXT]
    language = language_of(locale)
    tokens = tokenise(text)
    removed: list[Span] = []  # cut from the notes
    taken: list[Span] = []  # used: later steps skip these characters

    client = quoted_name(text)
    if client:
        removed.append((client.start, client.end))
        taken.append((client.start, client.end))
    tags = _tags(text, taken, removed)
    account_spans = [(a, s, e) for a, s, e in accounts(text) if not _inside((s, e), taken)]
    taken += [(s, e) for _, s, e in account_spans]
    amounts = find_amounts(text, language=language, skip=taken)
    taken += [(a.start, a.end) for a in amounts if a.marked]

    follow_up_on = _follow_up(tokens, text, now, timezone, locale, taken, removed)
    occurred_at = _occurred(tokens, text, now, timezone, locale, taken, removed)

    channel = find_channel(tokens, language=language, consumed=taken)
    if channel:
        span = (tokens[channel.first].start, tokens[channel.last].end)
        removed.append(span)
        taken.append(span)

    account = account_spans[0][0] if account_spans else None
    claims = []
    for amount, kind in zip(amounts, claim_kinds(amounts, tokens), strict=True):
        if not amount.marked and _inside((amount.start, amount.end), taken):
            continue  # a bare number that turned out to be part of a date
        if kind:
            claims.append(
                ClaimDraft(
                    kind=kind,
                    amount=amount.value,
                    currency=amount.currency or "USD",
                    account=None if kind == "mandate" else account,
                )
            )

    if client is None:
        client = guess_client(tokens, text, consumed=taken, channel_words=set(words_for(language)))
        if client:
            start = _with_before(tokens, client.start)
            removed.append((start, client.end))
    return ParsedContact(
        client_text=client.text if client else None,
        channel=channel.channel if channel else None,
        occurred_at=occurred_at,
        claims=tuple(claims),
        tags=tuple(tags),
        follow_up_on=follow_up_on,
        notes=tidy(cut(text, removed)),
    )


def _with_before(tokens: list[Token], start: int) -> int:
    """Start of "with" / "w/" just before a name, so "call with Jane" leaves no orphan."""
    before = [token for token in tokens if token.end <= start]
    if before and before[-1].key in WITH and not before[-1].trail:
        return before[-1].start
    return start


def _inside(span: Span, spans: list[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _tags(text: str, taken: list[Span], removed: list[Span]) -> list[str]:
    tags: list[str] = []
    for match in _TAG.finditer(text):
        span = match.span()
        if _inside(span, taken):
            continue
        tag = match.group(1).lower().rstrip("-_")
        if tag and tag not in tags:
            tags.append(tag)
        removed.append(span)
        taken.append(span)
    return tags


def _follow_up(
    tokens: list[Token],
    text: str,
    now: datetime,
    timezone: str,
    locale: str,
    taken: list[Span],
    removed: list[Span],
) -> date | None:
    marker = find_follow_up_marker(tokens, taken)
    if marker is None:
        return None
    reader = Reader(now=now, timezone=timezone, locale=locale, prefer="future")
    begin = skip_fillers(tokens, marker[1], reader.language)
    phrase = find_date(
        tokens, text, reader=reader, consumed=taken, after=marker[1], starting_by=begin
    )
    if phrase is None:
        return None  # "follow up on the rollover": words for the notes
    day = phrase.when.local.date()
    if day < reader.now.date():
        return None  # "follow-up call yesterday": the contact's own date, not a plan
    span = (tokens[marker[0]].start, tokens[phrase.last].end)
    removed.append(span)
    taken.append(span)
    return day


def _occurred(
    tokens: list[Token],
    text: str,
    now: datetime,
    timezone: str,
    locale: str,
    taken: list[Span],
    removed: list[Span],
) -> datetime | None:
    reader = Reader(now=now, timezone=timezone, locale=locale, prefer="past")
    phrase = find_date(tokens, text, reader=reader, consumed=taken)
    if phrase is None:
        return None
    moment = phrase.when.local
    if _TIME_ONLY.fullmatch(phrase.text.lower()):
        # "3pm" alone is today's 3pm (dateparser would move it to yesterday when past-leaning).
        moment = moment.replace(year=reader.now.year, month=reader.now.month, day=reader.now.day)
    if moment > reader.now:
        if phrase.when.explicit_time or moment.date() != reader.now.date():
            raise FutureDate(
                f"“{phrase.text}” reads as {describe(moment)} ({reader.zone.key}), which is in "
                "the future; a contact is logged after it happens."
            )
        moment = reader.now  # "today", "this evening": today, no later than now
    start, end = phrase.span(tokens)
    before = tokens[phrase.first - 1] if phrase.first > 0 else None
    if (
        before is not None
        and before.key in _BEFORE_DATE
        and not _inside((before.start, before.end), taken)
    ):
        start = before.start
    removed.append((start, end))
    taken.append((start, end))
    return moment.astimezone(UTC)


def tidy(text: str) -> str:
    """Spaces collapsed, orphaned punctuation and dangling "with"/"and" removed."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    words = [word for word in text.split(" ") if word]
    while words and (words[0].lower() in _LEADING_JUNK or not any(c.isalnum() for c in words[0])):
        words.pop(0)
    while words and words[-1].lower().rstrip(",;:") in _TRAILING_JUNK:
        words.pop()
    return " ".join(words).strip(" ,;:-–—/")

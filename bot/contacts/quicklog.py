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

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy.orm import Session

from bot.contacts import ContactDraft
from bot.contacts.book_queries import FALLBACK_LIMIT
from bot.contacts.client_found import _candidates, _Found
from bot.contacts.firm_namesakes import CANDIDATES_CHECKED
from bot.contacts.line_claims import DEFAULT_CURRENCY, _claims
from bot.contacts.line_owner import _owner, _without_owner
from bot.contacts.line_time import _occurred
from bot.contacts.name_tokens import _only, _word_of
from bot.contacts.named_client import _channel_naming, find_named_client
from bot.contacts.typed_name_lookup import find_clients
from bot.contacts.words_as_names import _opening_first_name, whole_names_typed, words_naming
from bot.directory import access
from bot.parsing import ClaimDraft, ParsedContact, parse_contact
from bot.parsing.client_match import Candidate
from bot.parsing.client_names import Typed, fits
from bot.parsing.names import NameSpan
from bot.parsing.when import Unclear
from storage.models import Client, Rep


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


def _span_naming(parsed: ParsedContact, spans: list[NameSpan], client: Client) -> NameSpan | None:
    for span in spans:
        if fits(Typed.of(span.words, span.initials), client.name):
            return span
    return None


def with_answers(interpretation: Interpretation, **changes: object) -> ContactDraft:
    assert interpretation.draft is not None
    return replace(interpretation.draft, **changes)  # type: ignore[arg-type]


__all__ = [
    "CANDIDATES_CHECKED",
    "DEFAULT_CURRENCY",
    "FALLBACK_LIMIT",
    "Interpretation",
    "find_clients",
    "find_named_client",
    "interpret",
    "whole_names_typed",
    "with_answers",
    "words_naming",
]

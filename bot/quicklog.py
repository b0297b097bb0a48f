"""From one line of text to a contact draft: parse, find the client, decide what's missing.

The rep's own book is searched first (fast, and what they almost always mean);
only when nothing there matches is the whole book searched, so an uncovered
client is refused by name with who covers it rather than "not found".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot import access
from bot.contacts import ContactDraft
from bot.errors import NotCovered
from bot.matching import Candidate, match_client, normalise
from bot.parsing import ParsedContact, parse_contact
from storage.models import Client, Coverage, Rep

# How many names a whole-book fallback may consider after the SQL pre-filter.
FALLBACK_LIMIT = 5000


@dataclass(frozen=True)
class Interpretation:
    """What a line says, and what (if anything) must be asked before recording it."""

    parsed: ParsedContact
    draft: ContactDraft | None = None  # ready to record
    candidates: list[Candidate] = field(default_factory=list)  # ask which client
    needs_channel: bool = False  # ask how the contact happened
    client: Client | None = None


def interpret(
    session: Session,
    *,
    actor: Rep,
    text: str,
    now: datetime,
    idempotency_key: str | None,
    client_id: int | None = None,
    channel: str | None = None,
) -> Interpretation:
    """Read ``text`` for ``actor``; ``client_id`` / ``channel`` are answers to earlier questions.

    Raises ``FutureDate`` / ``UnreadableDate`` from the parser, ``NotCovered``
    when the only match is a client the actor may not log; ``ClientNotFound`` /
    ``NotYours`` only for a ``client_id`` that is gone or not the actor's to see
    (no typed match is an empty candidate list).
    """
    parsed = parse_contact(text, now=now, timezone=actor.timezone, locale=actor.locale)
    # An earlier answer comes back as a button's value: checked as if typed, refused unnamed.
    client = (
        access.client_from_value(session, actor=actor, client_id=client_id)
        if client_id is not None
        else None
    )
    if client is None:
        candidates = find_clients(session, actor=actor, text=text, client_text=parsed.client_text)
        if len(candidates) != 1:
            return Interpretation(parsed=parsed, candidates=candidates)
        client = session.get(Client, candidates[0].client_id)
        assert client is not None
    channel = channel or parsed.channel
    if channel is None:
        return Interpretation(parsed=parsed, needs_channel=True, client=client)
    draft = ContactDraft(
        client_id=client.id,
        occurred_at=parsed.occurred_at or now,
        channel=channel,
        notes=parsed.notes,
        initiative_tag=parsed.tags[0] if parsed.tags else None,
        follow_up_on=parsed.follow_up_on,
        claims=parsed.claims,
        source="slash_command",
        idempotency_key=idempotency_key,
    )
    return Interpretation(parsed=parsed, draft=draft, client=client)


def find_clients(
    session: Session, *, actor: Rep, text: str, client_text: str | None
) -> list[Candidate]:
    """Clients the actor may log that the text names; raises ``NotCovered`` for an outsider's client."""
    own = _names(session, _own_book(actor))
    found = match_client(text, own, client_text=client_text)
    if found:
        return found
    visible = access.visible_client_ids(actor)
    book = select(Client.id, Client.name).where(Client.active.is_(True))
    if visible is not None:
        found = match_client(
            text, _names(session, book.where(Client.id.in_(visible))), client_text=client_text
        )
        if found:
            return found
    outside = match_client(
        text, _names(session, _prefiltered(book, client_text or text)), client_text=client_text
    )
    if len(outside) == 1:
        client = session.get(Client, outside[0].client_id)
        assert client is not None
        if not access.can_see_client(session, actor=actor, client_id=client.id):
            raise NotCovered(access.not_covered_message(session, client))
        return outside
    return [] if visible is not None else outside


def _own_book(actor: Rep):  # type: ignore[no-untyped-def]
    return (
        select(Client.id, Client.name)
        .join(Coverage, Coverage.client_id == Client.id)
        .where(Coverage.rep_id == actor.id, Coverage.ended_at.is_(None), Client.active.is_(True))
    )


def _prefiltered(query, text: str):  # type: ignore[no-untyped-def]
    """Only names sharing a three-letter piece with a typed word: keeps 200,000 names cheap."""
    pieces = {word[:3] for word in normalise(text).split() if len(word) >= 3}
    if not pieces:
        return query.where(False)
    return query.where(
        or_(*(Client.search_name.contains(piece, autoescape=True) for piece in pieces))
    ).limit(FALLBACK_LIMIT)


def _names(session: Session, query) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return [(row[0], row[1]) for row in session.execute(query)]


def with_answers(interpretation: Interpretation, **changes: object) -> ContactDraft:
    assert interpretation.draft is not None
    return replace(interpretation.draft, **changes)  # type: ignore[arg-type]

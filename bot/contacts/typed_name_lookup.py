"""The clients a typed name may mean for ``/client`` look-ups: the rep's book, then what
they may see, then the firm (one client there the actor may not see is refused)."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.contacts.book_queries import FALLBACK_LIMIT, _book_of, _containing, _names
from bot.directory import access
from bot.parsing.client_match import Candidate
from storage.models import Client, Rep


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

"""Clients elsewhere in the firm a line's name may mean: the one it names whole (refused
if not the actor's), namesakes of a part of a name, the exact spelling of a typo'd one,
and a client's household (``bot.contacts.quicklog``)."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from bot.contacts.book_queries import FALLBACK_LIMIT, _containing, _names
from bot.contacts.client_found import _Found
from bot.directory import access
from bot.parsing.client_names import Typed, exactly, fits, name_words, search_pieces
from bot.parsing.names import NameSpan
from storage.models import Client, Rep

# Namesakes elsewhere in the firm checked for whether the rep may log them (the rest unoffered).
CANDIDATES_CHECKED = 5


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
    client = _seen_or_refused(session, actor=actor, client_id=full[0][0])
    return _Found(client=client, span=span)


def _seen_or_refused(session: Session, *, actor: Rep, client_id: int) -> Client:
    """The one client a typed name fits, if the actor may see it; else refused as not covered,
    never recorded on another client who shares a word of the name."""
    client = session.get(Client, client_id)
    assert client is not None
    if not access.can_see_client(session, actor=actor, client_id=client.id):
        from bot.errors import NotCovered

        raise NotCovered(access.not_covered_message(session, client))
    return client


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
    client = _seen_or_refused(session, actor=actor, client_id=exact[0][0])
    return client

"""The look-ups a line's name is checked with: the rep's book, the books the actor may
see, and the firm's clients holding a word (from the name index, never a scan)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Select, and_, bindparam, or_, select
from sqlalchemy.orm import Session, joinedload

from bot.contacts.name_tokens import _word_of
from bot.directory import access, name_search
from bot.parsing.client_match import normalise
from bot.parsing.client_names import Typed, search_pieces
from bot.parsing.tokens import Token
from bot.parsing.translit import is_devanagari
from storage.models import Client, Coverage, Rep

# How many names a whole-book fallback may consider after the SQL pre-filter.
FALLBACK_LIMIT = 5000


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


def _clients_holding(
    session: Session, token: Token, *, limit: int = FALLBACK_LIMIT
) -> list[tuple[int, str]]:
    """(id, name) of the firm's active clients that have the word as one of theirs, of at
    most ``limit`` the name index offers. A Devanagari word is compared by its sound
    ("मंगल" for Mangal), a Latin one as written."""
    if is_devanagari(token.text):
        held = _containing(or_, search_pieces(Typed.of([token.text], [False])))
    else:
        held = _containing(and_, [normalise(token.text)])
    rows = session.execute(
        select(Client.id, Client.name)
        .where(Client.active.is_(True), Client.id.in_(held))
        .limit(limit)
    ).all()
    return [(row[0], row[1]) for row in rows if _word_of(token, row[1])]


def _names_holding(session: Session, token: Token) -> list[str]:
    """Names of the firm's active clients that have the word as one of theirs."""
    return [name for _id, name in _clients_holding(session, token)]


def _in_book(session: Session, *, rep: Rep, client_id: int) -> bool:
    """The client is in the rep's own book now (``_BOOK``: covered, cover not ended)."""
    book = _book_of(rep).where(Client.id == client_id).limit(1)
    return session.execute(book).first() is not None

"""Clients whose ``search_name`` holds typed pieces, firm-wide, answered from an index.

PostgreSQL's pg_trgm GIN index serves ``search_name LIKE '%piece%'`` as written. On
SQLite the same words would scan every name; there the ids come from the trigram
table ``clients_name_fts`` (``storage.name_search``), and the ``LIKE`` is still applied
to the names it yields, so what matches is exactly what the plain scan matches (its
case folding is ASCII's; the FTS table folds more, so it can only yield more).
A piece the trigrams cannot answer (under three characters, or holding a ``LIKE``
wildcard or the escape character) keeps the plain scan for the look-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Select, and_, intersect, select, union
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from storage import name_search
from storage.models import Client


class _OnSQLite(ColumnElement[bool]):
    """``sqlite`` on SQLite, ``other`` elsewhere: the dialect is known only when compiled."""

    inherit_cache = True
    type = Boolean()
    _traverse_internals = [
        ("sqlite", InternalTraversal.dp_clauseelement),
        ("other", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, sqlite: ColumnElement[bool], other: ColumnElement[bool]) -> None:
        self.sqlite = sqlite
        self.other = other


@compiles(_OnSQLite)
def _other(element: _OnSQLite, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.other, **kw)


@compiles(_OnSQLite, "sqlite")
def _sqlite(element: _OnSQLite, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.sqlite, **kw)


def _fts_ids(piece: str) -> Select[Any]:
    return select(name_search.fts.c.rowid).where(name_search.fts.c.search_name.like(f"%{piece}%"))


def holding(combine: Callable[..., ColumnElement[bool]], pieces: Iterable[str]) -> Select[Any]:
    """Ids of clients whose ``search_name`` holds the pieces (``or_``: any, ``and_``: all)."""
    ordered = sorted(pieces)
    held = combine(*[Client.search_name.contains(piece, autoescape=True) for piece in ordered])
    indexed = [piece for piece in ordered if name_search.indexed(piece)]
    # All pieces must come from the trigrams for "any"; for "all" one of them narrows enough.
    usable = indexed if combine is and_ else (indexed if len(indexed) == len(ordered) else [])
    if not usable:
        return select(Client.id).where(held)
    pick = intersect if combine is and_ else union
    found = _fts_ids(usable[0]) if len(usable) == 1 else pick(*map(_fts_ids, usable))
    return select(Client.id).where(_OnSQLite(and_(Client.id.in_(found), held), held))

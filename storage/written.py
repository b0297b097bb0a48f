"""Rows written through Core rather than the ORM's unit of work, built once.

The hot writes (a contact, its claims, the posts they owe, a nudge's ledger row, a
channel's pace) are single statements: an INSERT that a unique key may turn into
nothing (``insert_unless_taken``), and a row put in the session as if it had been read
back (``as_loaded``), so the ORM neither flushes an object nor selects it again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Table, inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import Insert
from sqlalchemy.orm import DeclarativeBase, Session, make_transient_to_detached

Model = TypeVar("Model", bound=DeclarativeBase)


class InsertUnlessTaken:
    """``INSERT … ON CONFLICT (columns) DO NOTHING`` (optionally ``RETURNING``) for SQLite
    and PostgreSQL, each built once: a kept statement reuses its cache key."""

    def __init__(self, model: type[DeclarativeBase], *columns: str, returning: str | None = None):
        table = cast(Table, model.__table__)
        self._built: dict[bool, Any] = {}
        for is_postgres, dialect in ((False, sqlite), (True, postgresql)):
            statement = dialect.insert(table).on_conflict_do_nothing(index_elements=list(columns))
            if returning is not None:
                statement = statement.returning(table.c[returning])
            self._built[is_postgres] = statement

    def for_(self, session: Session) -> Insert:
        """The statement in the dialect of ``session``'s database."""
        return cast(Insert, self._built[session.get_bind().dialect.name == "postgresql"])


def every_column_unset(model: type[DeclarativeBase]) -> dict[str, Any]:
    """Each column of ``model`` but its id, as None: a row written whole from it leaves
    nothing for the ORM to read back."""
    return {column.key: None for column in inspect(model).column_attrs if column.key != "id"}


def as_loaded(session: Session, model: type[Model], new_id: int, row: dict[str, Any]) -> Model:
    """The row just inserted with id ``new_id``, in the session as a read would have loaded
    it: every column as written, instants in UTC (as they are read back)."""
    values = {
        key: value.astimezone(UTC) if isinstance(value, datetime) else value
        for key, value in row.items()
    }
    loaded = model(id=new_id, **values)
    make_transient_to_detached(loaded)
    session.add(loaded)
    return loaded

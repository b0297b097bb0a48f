"""Writing many rows fast: batched inserts and batched lookups.

Their audit events go through ``audit.record_many``, which chains a whole
batch under one lock of the chain's head.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any, TypeVar, cast

from sqlalchemy import Table, insert, inspect, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from bot import audit
from storage.models import Base

T = TypeVar("T")
BATCH = 2000
# Stays well under SQLite's and PostgreSQL's limits on bound parameters.
LOOKUP_CHUNK = 900


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def lookup(
    session: Session, column: InstrumentedAttribute[Any], values: Iterable[Any], *columns: Any
) -> list[Any]:
    """Rows (``columns``) whose ``column`` is one of ``values``, a chunk of values per query."""
    wanted = sorted(set(values))
    found: list[Any] = []
    for part in chunks(wanted, LOOKUP_CHUNK):
        found.extend(session.execute(select(*columns).where(column.in_(part))).all())
    return found


def insert_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (column → value) in batches of one multi-row statement each.

    No ``RETURNING``: asking for ids in parameter order makes SQLAlchemy insert
    SQLite rows one at a time. Callers read the ids back by a unique key.
    """
    for part in chunks(rows, BATCH):
        session.execute(insert(_table(model)), list(part))


def _table(model: type[Base]) -> Table:
    """The model's table: Core inserts skip the ORM's per-row bookkeeping."""
    return cast(Table, model.__table__)


def ids_by(
    session: Session, key: InstrumentedAttribute[Any], values: Iterable[Any]
) -> dict[Any, int]:
    """``key`` value → id, for rows whose unique ``key`` is one of ``values``."""
    model = key.class_
    return dict(lookup(session, key, values, key, model.id))


def row_snapshot(model: type[Base], values: dict[str, Any]) -> dict[str, Any]:
    """What ``audit.snapshot`` gives for a row inserted with ``values``.

    ``values`` must already be as stored (UTC instants, money at two places):
    the imports build them so, and their tests compare with ``audit.snapshot``
    of the row read back.
    """
    return {key: audit.plain(values.get(key)) for key in _column_keys(model)}


@cache
def _column_keys(model: type[Base]) -> tuple[str, ...]:
    return tuple(attr.key for attr in inspect(model).column_attrs)

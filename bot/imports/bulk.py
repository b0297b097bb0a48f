"""Writing many rows fast: batched inserts, batched lookups, and audit events appended in bulk.

``audit.record`` locks the chain's head, reads it and flushes once per event:
right for a Slack request, far too slow for 100k history rows. ``append_events``
takes the same lock once and chains the events exactly as ``audit.record``
would (same fields, same ``compute_hash``), so ``cmsbot audit verify`` cannot
tell them apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from functools import cache
from types import SimpleNamespace
from typing import Any, TypeVar, cast

from sqlalchemy import Table, insert, inspect, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from bot import audit
from storage.models import AuditEvent, AuditHead, Base

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


def append_events(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    afters: Iterable[tuple[int, dict[str, Any]]],
    now: datetime,
) -> int:
    """One event per ``(entity id, after snapshot)``, chained exactly as ``audit.record`` does.

    Snapshots must already be plain (``row_snapshot`` makes them so).

    Returns how many events were appended.
    """
    head = session.execute(
        select(AuditHead)
        .where(AuditHead.id == 1)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    seq, prev_hash = head.last_seq, head.last_hash
    occurred_at = now.astimezone(UTC)
    pending: list[dict[str, Any]] = []
    count = 0
    for entity_id, after in afters:
        seq += 1
        fields = {
            "seq": seq,
            "occurred_at": occurred_at,
            "actor": actor,
            "action": action,
            "entity_type": entity_type,
            "entity_id": str(entity_id),
            "before": None,
            "after": after,
            "prev_hash": prev_hash,
        }
        # compute_hash reads the event's attributes: a namespace stands in for the row.
        prev_hash = audit.compute_hash(SimpleNamespace(**fields))  # type: ignore[arg-type]
        pending.append({**fields, "hash": prev_hash})
        count += 1
        if len(pending) >= BATCH:
            session.execute(insert(_table(AuditEvent)), pending)
            pending = []
    if pending:
        session.execute(insert(_table(AuditEvent)), pending)
    head.last_seq, head.last_hash = seq, prev_hash
    session.flush()
    return count

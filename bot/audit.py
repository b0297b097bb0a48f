"""The audit trail: append-only, hash-chained, written in the same transaction.

Each event's hash is ``sha256(prev_hash + canonical JSON of the event)``, so
editing, deleting or reordering any event breaks every hash after it. Appends
lock the single ``audit_head`` row first; with that lock (and the unique
``prev_hash``) concurrent writers queue up instead of forking the chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Numeric, Table, insert, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator, TypeEngine

from storage.models import AuditEvent, AuditHead, Base

GENESIS_HASH = "0" * 64
SYSTEM = "system"


# Returned as they are; checked first because nearly every value is one of them.
_ALREADY_PLAIN = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """A JSON-safe, stable rendering: money as strings, instants in ISO 8601 UTC."""
    if type(value) in _ALREADY_PLAIN:
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        # Storage hands instants back in UTC; rendering them so keeps hashes and
        # snapshots equal whatever zone the writer's value was in.
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        # Sets have no order of their own; a hash must not depend on one.
        return sorted((plain(v) for v in value), key=canonical)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def snapshot(obj: Base) -> dict[str, Any]:
    """Every column of a model row, as the audit stores it.

    Values are rendered as the database would hand them back (money at its
    column's scale, instants in UTC), so a snapshot taken right after a write
    equals one taken from a fresh read: that is what ``audit verify`` compares.
    """
    mapper = inspect(type(obj))
    return {
        attr.key: plain(_as_stored(attr.columns[0].type, getattr(obj, attr.key)))
        for attr in mapper.column_attrs
    }


def _as_stored(type_: TypeEngine[Any], value: Any) -> Any:
    """A Python value as its column would return it (``Decimal("5")`` → ``Decimal("5.00")``)."""
    impl = type_.impl_instance if isinstance(type_, TypeDecorator) else type_
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = Decimal(str(value)) if isinstance(impl, Numeric) and impl.asdecimal else value
    if isinstance(value, Decimal) and isinstance(impl, Numeric) and impl.scale is not None:
        return value.quantize(Decimal(1).scaleb(-impl.scale))
    return value


def canonical(fields: dict[str, Any]) -> str:
    return json.dumps(plain(fields), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_fields(event: AuditEvent) -> dict[str, Any]:
    """What the hash covers: everything but the hash itself."""
    return {key: getattr(event, key) for key in HASHED_FIELDS}


HASHED_FIELDS = (
    "seq",
    "occurred_at",
    "actor",
    "action",
    "entity_type",
    "entity_id",
    "before",
    "after",
    "prev_hash",
)
# Events appended per INSERT statement by ``record_many``.
BATCH = 2000


def hash_of(fields: dict[str, Any]) -> str:
    """The hash of an event given as its ``HASHED_FIELDS``."""
    payload = fields["prev_hash"] + canonical({key: fields[key] for key in HASHED_FIELDS})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def compute_hash(event: AuditEvent) -> str:
    return hash_of(event_fields(event))


def _lock_head(session: Session) -> AuditHead:
    """Lock the chain's tip and re-read it.

    A session kept across transactions may hold a stale copy, and building on a
    stale tip would fork the chain.
    """
    return session.execute(
        select(AuditHead)
        .where(AuditHead.id == 1)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: Base | None = None,
    entity_type: str | None = None,
    entity_id: str | int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    now: datetime,
) -> AuditEvent:
    """Append one event; with ``entity`` given, its type, id and current state are used.

    ``actor`` is a Slack user id, or ``system`` / ``cli`` for jobs and imports.
    """
    if entity is not None:
        session.flush()
        entity_type = entity_type or entity.__tablename__
        entity_id = entity_id if entity_id is not None else getattr(entity, "id", None)
        if after is None and action not in {"delete"}:
            after = snapshot(entity)
    if entity_type is None or entity_id is None:
        raise ValueError("an audit event needs an entity type and id")
    head = _lock_head(session)
    event = AuditEvent(
        seq=head.last_seq + 1,
        occurred_at=now.astimezone(UTC),
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        before=plain(before) if before is not None else None,
        after=plain(after) if after is not None else None,
        prev_hash=head.last_hash,
    )
    event.hash = compute_hash(event)
    head.last_seq = event.seq
    head.last_hash = event.hash
    session.add(event)
    session.flush()
    return event


def record_many(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    afters: Iterable[tuple[int, dict[str, Any]]],
    now: datetime,
) -> int:
    """One event per ``(entity id, after snapshot)``, chained exactly as ``record`` chains.

    ``record`` flushes once per event: right for a Slack request, far too slow
    for 100k imported rows. This takes the head's lock once and inserts the
    events in batches; ``cmsbot audit verify`` cannot tell the two apart.
    Snapshots must already be plain (``snapshot`` or ``plain`` makes them so).

    Returns how many events were appended.
    """
    head = _lock_head(session)
    table = cast(Table, AuditEvent.__table__)
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
        prev_hash = hash_of(fields)
        pending.append({**fields, "hash": prev_hash})
        count += 1
        if len(pending) >= BATCH:
            session.execute(insert(table), pending)
            pending = []
    if pending:
        session.execute(insert(table), pending)
    head.last_seq, head.last_hash = seq, prev_hash
    session.flush()
    return count


@dataclass(frozen=True)
class Break:
    """The first place the trail does not hold."""

    seq: int | None
    reason: str
    # The record the break is about (``"interactions 42"``), when it is a record's state.
    subject: str | None = None

    def __str__(self) -> str:
        if self.subject is not None:
            where = self.subject
        else:
            where = f"event #{self.seq}" if self.seq is not None else "audit trail"
        return f"{where}: {self.reason}"

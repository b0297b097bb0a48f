"""The sealer: gives committed audit events their place in the keyed chain, in order.

Writers insert events with an id from the table's sequence and never look at
the chain (``bot.audit``). The sealer runs every few seconds from the
scheduler and on demand before ``audit verify``, ``audit checkpoint`` and
``export audit``; each run, in one transaction, locks ``audit_head`` (only
sealers ever do: two instances take turns, writers never wait), finds the
committed events that have no seal, and appends a seal for each in id order,
``hash = HMAC(key, prev_hash + position + content + mac)``.

Which events can still appear below what was sealed (the gap problem)? On
PostgreSQL a sequence value is handed out at INSERT, but becomes visible at
COMMIT: a transaction holding id 7 may commit after the one holding id 8.
So the sealer never keeps "sealed up to id N". Each event stores the id of
the transaction that wrote it (``xid``: a server default of
``pg_current_xact_id()``, the top-level transaction's 64-bit id, so
savepoints and wraparound do not matter). A run first reads ``F =
pg_snapshot_xmin(pg_current_snapshot())``: every transaction with an id
below ``F`` has finished. It then reads, with a snapshot taken after that,
the unsealed events with ``xid >= floor`` (the ``F`` of the previous run), and
stores ``F`` as the next floor. Nothing is lost: an event of a transaction
with id below the new floor was committed before this run's reading
snapshot, so this run sees and seals it (or it never committed); every
other event is looked at again next run. The sets looked at stay small —
the transactions of the last few seconds, plus any still running.

Is the chain's order each record's order of changes? Two transactions that
change the same row are ordered by the row's lock: the second writes its
event after the first committed, so its id is higher, and any snapshot that
shows the second shows the first. A late commit of an unrelated record
lands later in the chain than its id suggests; that is the merge delay,
and harmless. An event still unsealed is not yet tamper-evident through the
chain, but it is through its MAC and through the replay of its table.

SQLite serialises writers: while the sealer holds the write lock no other
transaction is half-written, so it seals every unsealed event above the
last id it sealed (its first statement is a write, which takes that lock
even on a deferred transaction).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Select, Table, exists, func, insert, select, text, update
from sqlalchemy.orm import Session

from bot import audit
from bot.deps import Deps
from storage.engine import is_postgres
from storage.models import AuditEvent, AuditHead, AuditSeal

log = logging.getLogger(__name__)

PAGE = 1000
XMIN = text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")


@dataclass(frozen=True)
class Sealed:
    """What one run did: how many events it sealed, and the chain's tip after it."""

    count: int
    last_seq: int
    last_hash: str
    # Another sealer held the head (``wait=False``): nothing was done.
    busy: bool = False


def seal(session: Session, *, now: datetime, wait: bool = True) -> Sealed:
    """Seal every committed event that has no seal yet; returns what was done.

    ``wait=False`` (the scheduler's runs) gives way to a sealer already at work
    on PostgreSQL instead of queueing behind it. Raises ``SettingsError`` for
    an unusable ``CMS_AUDIT_CHAIN_KEY``.
    """
    postgres = is_postgres(session)
    head = _lock_head(session, postgres=postgres, wait=wait)
    if head is None:
        return Sealed(0, 0, audit.GENESIS_HASH, busy=True)
    key = audit.chain_key()
    floor = session.scalar(XMIN) if postgres else None
    unsealed = ~exists().where(AuditSeal.event_id == AuditEvent.id)
    query = select(AuditEvent).where(unsealed)
    if postgres:
        query = query.where(AuditEvent.xid >= head.xid_floor)
    else:
        query = query.where(AuditEvent.id > head.last_sealed_id)
    seq, prev_hash, after_id, count = head.last_seq, head.last_hash, None, 0
    sealed_at = now.astimezone(UTC)
    table = cast(Table, AuditSeal.__table__)
    while True:
        page_query = query.order_by(AuditEvent.id).limit(PAGE)
        if after_id is not None:
            page_query = page_query.where(AuditEvent.id > after_id)
        page = session.scalars(page_query.execution_options(populate_existing=True)).all()
        if not page:
            break
        rows: list[dict[str, Any]] = []
        for event in page:
            seq += 1
            fields = {"seq": seq, "event_id": event.id, **audit.content_of(event)}
            digest = audit.hash_of({**fields, "mac": event.mac, "prev_hash": prev_hash}, key)
            rows.append(
                {
                    "seq": seq,
                    "event_id": event.id,
                    "prev_hash": prev_hash,
                    "hash": digest,
                    "sealed_at": sealed_at,
                }
            )
            prev_hash = digest
        session.execute(insert(table), rows)
        count += len(rows)
        after_id = page[-1].id
        if len(page) < PAGE:
            break
    if count:
        head.last_seq, head.last_hash = seq, prev_hash
        head.last_sealed_id = max(head.last_sealed_id, after_id or 0)
        head.sealed_at = sealed_at
    if floor is not None and floor > head.xid_floor:
        head.xid_floor = int(floor)
    session.flush()
    return Sealed(count, head.last_seq, head.last_hash)


def _lock_head(session: Session, *, postgres: bool, wait: bool) -> AuditHead | None:
    if not postgres:
        # A write first: it takes SQLite's write lock, so no writer is half-way.
        session.execute(
            update(AuditHead).where(AuditHead.id == 1).values(sealed_at=AuditHead.sealed_at)
        )
    query = select(AuditHead).where(AuditHead.id == 1).execution_options(populate_existing=True)
    if postgres:
        query = query.with_for_update(skip_locked=not wait)
    return session.scalars(query).one_or_none()


def unsealed(session: Session) -> int:
    """Events with no seal: committed ones the sealer has not reached, or any never to be."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(~exists().where(AuditSeal.event_id == AuditEvent.id))
        )
        or 0
    )


def seal_job(deps: Deps) -> None:
    """The scheduler's sealer: every few seconds, giving way to another instance's."""
    with deps.sessions.begin() as session:
        done = seal(session, now=deps.clock(), wait=False)
    if done.count:
        log.debug("sealed %s audit events up to #%s", done.count, done.last_seq)


def sealed_query() -> Select[Any]:
    """Every sealed event as ``HASHED_FIELDS`` plus ``hash``, in chain order (the export)."""
    own: dict[str, Any] = {
        "seq": AuditSeal.seq,
        "event_id": AuditEvent.id,
        "mac": AuditEvent.mac,
        "prev_hash": AuditSeal.prev_hash,
        "hash": AuditSeal.hash,
    }
    names = (*audit.HASHED_FIELDS, "hash")
    columns = [own[name] if name in own else getattr(AuditEvent, name) for name in names]
    return (
        select(*columns)
        .join(AuditEvent, AuditEvent.id == AuditSeal.event_id)
        .order_by(AuditSeal.seq)
    )

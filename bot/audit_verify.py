"""``cmsbot audit verify``: does the audit trail still prove nothing was rewritten?

Two checks. The *chain*: sequence numbers run 1, 2, 3… without gaps, each
event names the previous event's hash, each hash recomputes from the event's
content, and the ``audit_head`` row agrees with the last event (so a deleted
tail shows). The *state*: every interaction and claim has events, and its
current row equals the ``after`` of its last event (so an edit made behind the
app's back, straight in the database, shows).

Everything is read in pages (keyset on ``seq`` / ``id``), so a trail of
millions of events verifies in constant memory. Breaks come back in trail
order; the first one is the one to look at, later ones are often its echoes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from bot.audit import GENESIS_HASH, Break, compute_hash, snapshot
from storage.models import AuditEvent, AuditHead, Base, Claim, Interaction

PAGE = 1000
# After this many breaks the rest are almost certainly echoes of the first ones.
MAX_BREAKS = 50
# The records whose current state must equal what their last audit event says.
AUDITED_MODELS: tuple[type[Base], ...] = (Interaction, Claim)


def verify(session: Session) -> list[Break]:
    """Every break found, in trail order; an empty list means the trail is intact."""
    breaks: list[Break] = []
    for found in _chain_breaks(session):
        breaks.append(found)
        if len(breaks) >= MAX_BREAKS:
            return breaks
    for model in AUDITED_MODELS:
        for found in _state_breaks(session, model):
            breaks.append(found)
            if len(breaks) >= MAX_BREAKS:
                return breaks
    return breaks


def _events(session: Session) -> Iterator[AuditEvent]:
    """All events in ``seq`` order, a page at a time, as stored (not as cached)."""
    after = None
    while True:
        query = select(AuditEvent).order_by(AuditEvent.seq).limit(PAGE)
        if after is not None:
            query = query.where(AuditEvent.seq > after)
        page = session.scalars(query.execution_options(populate_existing=True)).all()
        yield from page
        if len(page) < PAGE:
            return
        after = page[-1].seq


def _missing(first: int, last: int) -> Break:
    if first == last:
        return Break(first, "missing (deleted?)")
    return Break(first, f"missing, and every event up to #{last} (deleted?)")


def _chain_breaks(session: Session) -> Iterator[Break]:
    expected_seq, expected_prev = 1, GENESIS_HASH
    for event in _events(session):
        if event.seq < expected_seq:  # only possible with a seq below 1
            yield Break(event.seq, "has a sequence number before the chain's start (inserted?)")
        elif event.seq > expected_seq:
            yield _missing(expected_seq, event.seq - 1)
        elif event.prev_hash != expected_prev:
            previous = f"event #{event.seq - 1}'s hash" if event.seq > 1 else "the genesis hash"
            yield Break(
                event.seq,
                f"does not follow on from {previous} (reordered, inserted, or the event "
                "before it rewritten?)",
            )
        elif compute_hash(event) != event.hash:
            yield Break(event.seq, "hash does not match its content (edited?)")
        # Carry on from what is stored, so one break is reported once, not at every later event.
        expected_seq, expected_prev = event.seq + 1, event.hash
    yield from _head_breaks(session, last_seq=expected_seq - 1, last_hash=expected_prev)


def _head_breaks(session: Session, *, last_seq: int, last_hash: str) -> Iterator[Break]:
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if head is None:
        yield Break(None, "the audit_head row is missing")
    elif head.last_seq > last_seq:
        yield _missing(last_seq + 1, head.last_seq)
    elif head.last_seq < last_seq:
        yield Break(
            head.last_seq + 1,
            f"is past the chain's recorded head (#{head.last_seq}): appended behind the app's back?",
        )
    elif head.last_hash != last_hash:
        where = f"event #{last_seq}'s hash" if last_seq else "the genesis hash"
        yield Break(None, f"the audit_head hash differs from {where} (rewritten?)")


def _state_breaks(session: Session, model: type[Base]) -> Iterator[Break]:
    """Each row against its last event, a page of rows at a time; then events for lost rows."""
    table = model.__tablename__
    id_column = model.id  # type: ignore[attr-defined]
    after_id = None
    while True:
        query = select(model).order_by(id_column).limit(PAGE)
        if after_id is not None:
            query = query.where(id_column > after_id)
        rows = session.scalars(query.execution_options(populate_existing=True)).all()
        if not rows:
            break
        last_events = _last_events(session, table, [str(row.id) for row in rows])  # type: ignore[attr-defined]
        for row in rows:
            entity_id = str(row.id)  # type: ignore[attr-defined]
            found = _compare(table, entity_id, snapshot(row), last_events.get(entity_id))
            if found is not None:
                yield found
        if len(rows) < PAGE:
            break
        after_id = rows[-1].id  # type: ignore[attr-defined]
    yield from _lost_rows(session, model)


def _last_events(session: Session, table: str, entity_ids: list[str]) -> dict[str, AuditEvent]:
    latest = (
        select(AuditEvent.entity_id, func.max(AuditEvent.seq).label("seq"))
        .where(AuditEvent.entity_type == table, AuditEvent.entity_id.in_(entity_ids))
        .group_by(AuditEvent.entity_id)
        .subquery()
    )
    events = session.scalars(
        select(AuditEvent)
        .join(latest, AuditEvent.seq == latest.c.seq)
        .execution_options(populate_existing=True)
    )
    return {event.entity_id: event for event in events}


def _compare(
    table: str, entity_id: str, current: dict[str, Any], last: AuditEvent | None
) -> Break | None:
    subject = f"{table} {entity_id}"
    if last is None:
        return Break(None, "no audit event records it (written behind the app's back?)", subject)
    recorded = last.after
    if recorded is None:
        return Break(
            None,
            f"exists, but its last audit event (#{last.seq}, {last.action}) has no state",
            subject,
        )
    differing = sorted(
        key for key in current.keys() | recorded.keys() if current.get(key) != recorded.get(key)
    )
    if not differing:
        return None
    return Break(
        None,
        f"current state differs from its last audit event (#{last.seq}) in {', '.join(differing)}",
        subject,
    )


def _lost_rows(session: Session, model: type[Base]) -> Iterator[Break]:
    """Events about rows that no longer exist: the app never deletes these records."""
    table = model.__tablename__
    ids = select(cast(model.id, String))  # type: ignore[attr-defined]
    lost = session.execute(
        select(AuditEvent.entity_id, func.max(AuditEvent.seq))
        .where(AuditEvent.entity_type == table, AuditEvent.entity_id.not_in(ids))
        .group_by(AuditEvent.entity_id)
        .order_by(func.max(AuditEvent.seq))
    )
    for entity_id, seq in lost:
        yield Break(
            None,
            f"deleted behind the app's back (its last event is #{seq})",
            f"{table} {entity_id}",
        )

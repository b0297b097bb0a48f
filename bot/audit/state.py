"""Every audited table replayed from its events and compared with what it holds now.

An event's ``after`` is the record's state once the change was made (``before``
what it was); ``delete`` ends the record. Replaying a record's events in
chain order — sealed ones by position, then unsealed ones by id — gives the
state it must have now. Any row that differs, has no event, or is gone while
its events say it lives was changed behind the app: that is how a direct
UPDATE, INSERT or DELETE on any of these tables shows, even with every event
intact. Keys an event leaves out keep their earlier value (a profile refresh
records the rep's columns, not their roles).

Read a page of rows at a time with their events, so a large book verifies in
bounded memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, String, cast, select, tuple_
from sqlalchemy.orm import Session

from bot import audit
from bot.audit import Break
from storage.models import (
    AccountActivity,
    AuditEvent,
    AuditSeal,
    Base,
    BonusPlan,
    CadenceOverride,
    CadencePolicy,
    Claim,
    Client,
    Coverage,
    Delegate,
    Document,
    ExchangeRate,
    Household,
    Initiative,
    Interaction,
    Position,
    Rep,
    Snooze,
)

PAGE = 1000
DELETE = "delete"


def _plain_state(_session: Session, row: Any) -> dict[str, Any]:
    return audit.snapshot(row)


def _rep_state(_session: Session, row: Any) -> dict[str, Any]:
    from bot.directory.reps import rep_snapshot

    return rep_snapshot(row)


def _client_state(session: Session, row: Any) -> dict[str, Any]:
    from bot.directory.clients import client_snapshot

    return client_snapshot(session, row)


def _plan_state(_session: Session, row: Any) -> dict[str, Any]:
    from bot.reports.bonus_plans import state

    return state(row)


def _document_state(session: Session, row: Any) -> dict[str, Any]:
    from bot.documents import document_state

    return document_state(session, row)


def _is_seeded_default_policy(state: dict[str, Any]) -> bool:
    return (state["tier"], state["max_days"], state["min_days"]) == ("*", 90, 3)


@dataclass(frozen=True)
class Audited:
    """A table whose every change has an event, and how its rows are named and snapshotted."""

    model: type[Base]
    # The primary key columns, in paging order; the entity id joins them with ':'.
    key: tuple[str, ...] = ("id",)
    state: Callable[[Session, Any], dict[str, Any]] = _plain_state
    # Columns stamped without an event (a profile refresh's time), left out of the comparison.
    ignored: frozenset[str] = frozenset()
    # A row the first migration seeded, as it seeded it: the one state without an event.
    seeded: Callable[[dict[str, Any]], bool] | None = None

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    def columns(self) -> list[Any]:
        return [getattr(self.model, name) for name in self.key]

    def entity_id(self, row: Any) -> str:
        return ":".join(str(getattr(row, name)) for name in self.key)

    def entity_id_sql(self) -> ColumnElement[str]:
        parts = [cast(column, String) for column in self.columns()]
        joined: ColumnElement[str] = parts[0]
        for part in parts[1:]:
            joined = joined + ":" + part
        return joined


AUDITED: tuple[Audited, ...] = (
    # Roles are part of a rep's state; the refresh stamp is written on every profile read.
    Audited(Rep, state=_rep_state, ignored=frozenset({"profile_refreshed_at"})),
    Audited(Household),
    # A client's state holds its household and accounts; its team, as its events
    # list it, changes with the coverage rows, which are replayed on their own.
    Audited(Client, state=_client_state, ignored=frozenset({"coverage"})),
    Audited(Coverage),
    Audited(Delegate, key=("rep_id", "assistant_id")),
    Audited(AccountActivity),
    Audited(Position),
    Audited(ExchangeRate),
    # A plan's state holds its bands.
    Audited(BonusPlan, state=_plan_state),
    # Migration 0001 seeds the firm-wide default (tier *, 90 and 3 days) without an event.
    Audited(CadencePolicy, seeded=_is_seeded_default_policy),
    Audited(CadenceOverride, key=("client_id",)),
    Audited(Initiative),
    Audited(Snooze),
    Audited(Interaction),
    Audited(Claim),
    # A document's state holds the SHA-256 of its bytes as stored now: a changed byte shows.
    Audited(Document, state=_document_state),
)


@dataclass
class Replayed:
    """A record's state as its events leave it, and the event that last set it."""

    state: dict[str, Any] | None = None
    last: str | None = None  # "#12", or "id 40, not sealed yet"
    last_action: str | None = None
    exists: bool = False


def _where(event: AuditEvent, seq: int | None) -> str:
    return f"#{seq}" if seq is not None else f"id {event.id}, not sealed yet"


def replay(events: Sequence[tuple[AuditEvent, int | None]]) -> Replayed:
    """Fold one record's events (with their seal positions) in chain order."""
    ordered = sorted(events, key=lambda pair: (pair[1] is None, pair[1] or 0, pair[0].id))
    result = Replayed()
    for event, seq in ordered:
        if event.action == DELETE:
            result = Replayed(last=_where(event, seq), last_action=event.action)
        elif event.after is not None:
            result.state = {**(result.state or {}), **event.after}
            result.exists = True
            result.last, result.last_action = _where(event, seq), event.action
        elif not result.exists:
            result.last, result.last_action = _where(event, seq), event.action
    return result


def state_breaks(session: Session) -> Iterator[Break]:
    for audited in AUDITED:
        yield from _table_breaks(session, audited)


def _table_breaks(session: Session, audited: Audited) -> Iterator[Break]:
    """Each row against its replayed events, a page at a time; then events of lost rows."""
    columns = audited.columns()
    after: tuple[Any, ...] | None = None
    while True:
        query = select(audited.model).order_by(*columns).limit(PAGE)
        if after is not None:
            query = query.where(
                tuple_(*columns) > tuple_(*after) if len(columns) > 1 else columns[0] > after[0]
            )
        rows = session.scalars(query.execution_options(populate_existing=True)).all()
        if not rows:
            break
        events = _events_of(session, audited.table, [audited.entity_id(row) for row in rows])
        for row in rows:
            entity_id = audited.entity_id(row)
            found = _compare(
                audited, entity_id, audited.state(session, row), events.get(entity_id, [])
            )
            if found is not None:
                yield found
        if len(rows) < PAGE:
            break
        after = tuple(getattr(rows[-1], name) for name in audited.key)
    yield from _lost_rows(session, audited)


def _events_of(
    session: Session, table: str, entity_ids: list[str]
) -> dict[str, list[tuple[AuditEvent, int | None]]]:
    found: dict[str, list[tuple[AuditEvent, int | None]]] = {}
    rows = session.execute(
        select(AuditEvent, AuditSeal.seq)
        .outerjoin(AuditSeal, AuditSeal.event_id == AuditEvent.id)
        .where(AuditEvent.entity_type == table, AuditEvent.entity_id.in_(entity_ids))
        .execution_options(populate_existing=True)
    )
    for event, seq in rows:
        found.setdefault(event.entity_id, []).append((event, seq))
    return found


def _compare(
    audited: Audited,
    entity_id: str,
    current: dict[str, Any],
    events: list[tuple[AuditEvent, int | None]],
) -> Break | None:
    subject = f"{audited.table} {entity_id}"
    if not events and audited.seeded is not None and audited.seeded(current):
        return None
    if not events:
        return Break(None, "no audit event records it (written behind the app's back?)", subject)
    replayed = replay(events)
    if replayed.state is None or not replayed.exists:
        return Break(
            None,
            f"exists, but its last audit event ({replayed.last}, {replayed.last_action}) "
            "has no state",
            subject,
        )
    recorded = replayed.state
    differing = sorted(
        key
        for key in current.keys() | recorded.keys()
        if key not in audited.ignored and current.get(key) != recorded.get(key)
    )
    if not differing:
        return None
    return Break(
        None,
        f"current state differs from its last audit event ({replayed.last}) in "
        + ", ".join(differing),
        subject,
    )


def _lost_rows(session: Session, audited: Audited) -> Iterator[Break]:
    """Records whose events say they exist, but whose row is gone."""
    ids = select(audited.entity_id_sql())
    lost = session.scalars(
        select(AuditEvent.entity_id)
        .where(AuditEvent.entity_type == audited.table, AuditEvent.entity_id.not_in(ids))
        .distinct()
    ).all()
    for start in range(0, len(lost), PAGE):
        chunk = lost[start : start + PAGE]
        events = _events_of(session, audited.table, list(chunk))
        for entity_id in chunk:
            replayed = replay(events.get(entity_id, []))
            if replayed.exists:
                yield Break(
                    None,
                    f"deleted behind the app's back (its last event is {replayed.last})",
                    f"{audited.table} {entity_id}",
                )

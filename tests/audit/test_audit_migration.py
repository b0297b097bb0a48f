"""Migration 0007 keeps a trail that already exists, both ways, on SQLite and PostgreSQL.

Down: the events get back revision 0001's unkeyed chain, ``sha256(prev_hash +
canonical JSON)``, rechecked here with nothing but hashlib. Up again: they are
legacy events (no MAC, up to ``legacy_through``), chained anew and keyed by the
sealer; an event without a MAC written after the upgrade is named as forged.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from bot.audit.verify import NOT_WRITTEN_BY_THE_APP, examine
from storage import schema
from storage.models import AuditEvent, AuditHead
from storage.types import UTCDateTime
from tests.audit.test_audit import chain_key, make_trail  # noqa: F401  (chain_key: autouse fixture)
from tests.audit_tampering import positions

OLD_EVENTS = sa.table(
    "audit_events",
    sa.column("seq", sa.Integer),
    sa.column("occurred_at", UTCDateTime),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("entity_type", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("before", sa.JSON),
    sa.column("after", sa.JSON),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)


def test_an_existing_trail_survives_downgrade_and_upgrade(engine: Engine, now: datetime) -> None:
    with Session(engine) as session, session.begin():
        trail = make_trail(session, now)
    count = trail.at(4)

    schema.downgrade(engine, "0006")
    with engine.connect() as connection:
        rows = connection.execute(select(OLD_EVENTS).order_by(OLD_EVENTS.c.seq)).all()
        head = connection.execute(sa.text("SELECT last_seq, last_hash FROM audit_head")).one()
    previous = "0" * 64
    for row in rows:
        fields = dict(row._mapping)
        digest = fields.pop("hash")
        fields["occurred_at"] = fields["occurred_at"].astimezone(UTC).isoformat()
        body = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert fields["prev_hash"] == previous
        assert hashlib.sha256((previous + body).encode("utf-8")).hexdigest() == digest
        previous = digest
    assert [row.seq for row in rows] == list(range(1, count + 1))
    assert tuple(head) == (count, previous)

    schema.upgrade(engine)
    with Session(engine) as session, session.begin():
        legacy = session.get(AuditHead, 1)
        assert legacy is not None and legacy.last_seq == 0 and legacy.legacy_through > 0
        report = examine(session, now=now)
        assert report.breaks == []
        assert (report.sealed_now, report.legacy, report.sealed) == (count, count, count)
        assert positions(session) == list(range(1, count + 1))

    with Session(engine) as session, session.begin():
        session.execute(
            insert(AuditEvent.__table__).values(
                occurred_at=datetime.now(UTC),
                actor="UFORGER",
                action="probe",
                entity_type="probe",
                entity_id="1",
            )
        )
    with Session(engine) as session, session.begin():
        assert [str(found) for found in examine(session, now=now).breaks] == [
            f"event #{count + 1}: {NOT_WRITTEN_BY_THE_APP}"
        ]

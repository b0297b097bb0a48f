"""The audit chain sealed after commit and keyed; signed checkpoints recorded.

Reviewed by hand. Writers no longer lock ``audit_head``: an event is inserted
with its own MAC (``nonce``, ``mac``) and, on PostgreSQL, its transaction id
(``xid``, a server default), and ``bot.audit.seal`` gives it its place in the
chain (``audit_seals``) once it has committed.

- ``audit_events``: ``seq``, ``prev_hash`` and ``hash`` move to ``audit_seals``;
  ``nonce`` (unique), ``mac`` and ``xid`` are added; the entity index now ends
  with ``id``.
- ``audit_seals``: one row per sealed event, append-only like the events
  (triggers refuse UPDATE, DELETE and, on PostgreSQL, TRUNCATE).
- ``audit_head``: reset to the genesis hash; ``legacy_through`` is the last
  event already stored, which carries no MAC (it was written before keys),
  and the sealer chains those again, keyed, on its first run.
- ``audit_checkpoints``: each signed checkpoint the bot made and where it went.

Downgrade rebuilds the old unkeyed chain (``sha256(prev_hash + canonical
JSON)``) over the events in chain order, then drops what this added.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 09:00:00
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from storage.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64
EVENTS_MESSAGE = "audit_events is append-only: events are never changed or removed"
SEALS_MESSAGE = "audit_seals is append-only: seals are never changed or removed"


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


# --- the append-only triggers ------------------------------------------------------------


def _sqlite_triggers(table: str, message: str) -> list[str]:
    return [
        f"""
        CREATE TRIGGER {table}_no_{verb.lower()}
        BEFORE {verb} ON {table}
        BEGIN
            SELECT RAISE(ABORT, '{message}');
        END
        """
        for verb in ("UPDATE", "DELETE")
    ]


def _postgres_triggers(table: str, function: str) -> list[str]:
    return [
        f"""
        CREATE TRIGGER {table}_append_only
        BEFORE UPDATE OR DELETE ON {table}
        FOR EACH ROW EXECUTE FUNCTION {function}()
        """,
        f"""
        CREATE TRIGGER {table}_no_truncate
        BEFORE TRUNCATE ON {table}
        FOR EACH STATEMENT EXECUTE FUNCTION {function}()
        """,
    ]


def _create_triggers(table: str, message: str, function: str) -> None:
    statements = (
        _postgres_triggers(table, function) if _postgres() else _sqlite_triggers(table, message)
    )
    for statement in statements:
        op.execute(statement)


def _drop_triggers(table: str) -> None:
    if _postgres():
        op.execute(f"DROP TRIGGER {table}_no_truncate ON {table}")
        op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
    else:
        op.execute(f"DROP TRIGGER {table}_no_delete")
        op.execute(f"DROP TRIGGER {table}_no_update")


# --- upgrade -----------------------------------------------------------------------------


def upgrade() -> None:
    postgres = _postgres()
    _drop_triggers("audit_events")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_index("ix_audit_events_entity")
        batch.drop_constraint("uq_audit_events_hash", type_="unique")
        batch.drop_constraint("uq_audit_events_prev_hash", type_="unique")
        batch.drop_constraint("uq_audit_events_seq", type_="unique")
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("seq")
        batch.add_column(sa.Column("xid", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("nonce", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("mac", sa.String(length=64), nullable=True))
        batch.create_unique_constraint("uq_audit_events_nonce", ["nonce"])
        batch.create_index("ix_audit_events_entity", ["entity_type", "entity_id", "id"])
        batch.create_index("ix_audit_events_xid", ["xid"])
    if postgres:
        # The top-level transaction's id, even inside a savepoint; 64-bit, so it never wraps.
        op.execute(
            "ALTER TABLE audit_events ALTER COLUMN xid SET DEFAULT (pg_current_xact_id()::text::bigint)"
        )
        op.execute("UPDATE audit_events SET xid = 0")

    op.create_table(
        "audit_seals",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_seals")),
        sa.UniqueConstraint("event_id", name=op.f("uq_audit_seals_event_id")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_seals_hash")),
        sa.UniqueConstraint("prev_hash", name=op.f("uq_audit_seals_prev_hash")),
    )
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column("decisions", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=True),
        sa.Column("message_ts", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checkpoints")),
    )
    op.create_index(
        op.f("ix_audit_checkpoints_signed_at"), "audit_checkpoints", ["signed_at"], unique=False
    )

    with op.batch_alter_table("audit_head") as batch:
        for name in ("last_sealed_id", "xid_floor", "legacy_through"):
            batch.add_column(
                sa.Column(name, sa.BigInteger(), nullable=False, server_default=sa.text("0"))
            )
        batch.add_column(sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=True))
    op.execute(
        "UPDATE audit_head SET last_seq = 0, last_hash = '"
        + GENESIS_HASH
        + "', legacy_through = (SELECT COALESCE(MAX(id), 0) FROM audit_events)"
    )
    with op.batch_alter_table("audit_head") as batch:
        for name in ("last_sealed_id", "xid_floor", "legacy_through"):
            batch.alter_column(name, server_default=None)

    if postgres:
        op.execute(
            f"""
            CREATE FUNCTION audit_seals_append_only() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{SEALS_MESSAGE}' USING ERRCODE = 'restrict_violation';
            END
            $$
            """
        )
    _create_triggers("audit_events", EVENTS_MESSAGE, "audit_events_append_only")
    _create_triggers("audit_seals", SEALS_MESSAGE, "audit_seals_append_only")


# --- downgrade ---------------------------------------------------------------------------

EVENTS = sa.table(
    "audit_events",
    sa.column("id", sa.Integer),
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
SEALS = sa.table("audit_seals", sa.column("seq", sa.Integer), sa.column("event_id", sa.Integer))
OLD_FIELDS = (
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


def _old_hash(fields: dict[str, Any]) -> str:
    """Revision 0001's unkeyed hash: sha256(prev_hash + canonical JSON of the fields)."""
    plain = dict(fields)
    occurred_at = plain["occurred_at"]
    if isinstance(occurred_at, datetime):
        plain["occurred_at"] = occurred_at.astimezone(UTC).isoformat()
    body = json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((fields["prev_hash"] + body).encode("utf-8")).hexdigest()


def _rechain_unkeyed() -> tuple[int, str]:
    """Number every event in chain order (sealed first) and hash it as revision 0001 did."""
    bind = op.get_bind()
    position = sa.case((SEALS.c.seq.is_(None), 1), else_=0)
    rows = bind.execute(
        sa.select(
            EVENTS.c.id,
            EVENTS.c.occurred_at,
            EVENTS.c.actor,
            EVENTS.c.action,
            EVENTS.c.entity_type,
            EVENTS.c.entity_id,
            EVENTS.c.before,
            EVENTS.c.after,
        )
        .select_from(EVENTS.outerjoin(SEALS, SEALS.c.event_id == EVENTS.c.id))
        .order_by(position, SEALS.c.seq, EVENTS.c.id)
    ).all()
    prev_hash, seq = GENESIS_HASH, 0
    for row in rows:
        seq += 1
        fields = {
            "seq": seq,
            "occurred_at": row.occurred_at,
            "actor": row.actor,
            "action": row.action,
            "entity_type": row.entity_type,
            "entity_id": row.entity_id,
            "before": row.before,
            "after": row.after,
            "prev_hash": prev_hash,
        }
        digest = _old_hash(fields)
        bind.execute(
            sa.update(EVENTS)
            .where(EVENTS.c.id == row.id)
            .values(seq=seq, prev_hash=prev_hash, hash=digest)
        )
        prev_hash = digest
    return seq, prev_hash


def downgrade() -> None:
    postgres = _postgres()
    _drop_triggers("audit_seals")
    _drop_triggers("audit_events")
    if postgres:
        op.execute("DROP FUNCTION audit_seals_append_only()")
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    last_seq, last_hash = _rechain_unkeyed()
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_index("ix_audit_events_xid")
        batch.drop_index("ix_audit_events_entity")
        batch.drop_constraint("uq_audit_events_nonce", type_="unique")
        batch.drop_column("mac")
        batch.drop_column("nonce")
        batch.drop_column("xid")
        for name, type_ in (
            ("seq", sa.Integer()),
            ("prev_hash", sa.String(length=64)),
            ("hash", sa.String(length=64)),
        ):
            batch.alter_column(name, existing_type=type_, nullable=False)
        batch.create_unique_constraint("uq_audit_events_hash", ["hash"])
        batch.create_unique_constraint("uq_audit_events_prev_hash", ["prev_hash"])
        batch.create_unique_constraint("uq_audit_events_seq", ["seq"])
        batch.create_index("ix_audit_events_entity", ["entity_type", "entity_id", "seq"])
    with op.batch_alter_table("audit_head") as batch:
        batch.drop_column("sealed_at")
        batch.drop_column("legacy_through")
        batch.drop_column("xid_floor")
        batch.drop_column("last_sealed_id")
    op.get_bind().execute(
        sa.text("UPDATE audit_head SET last_seq = :seq, last_hash = :hash"),
        {"seq": last_seq, "hash": last_hash},
    )
    op.drop_index(op.f("ix_audit_checkpoints_signed_at"), table_name="audit_checkpoints")
    op.drop_table("audit_checkpoints")
    op.drop_table("audit_seals")
    _create_triggers("audit_events", EVENTS_MESSAGE, "audit_events_append_only")

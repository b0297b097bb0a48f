"""Dead posts, per-channel pacing and the scheduler's last runs.

Reviewed by hand.

- ``outbox.dead_at`` / ``dead_reason`` / ``last_channel``: a post Slack will
  never accept as things stand (``not_in_channel``, ``invalid_blocks``...) is
  kept with its reason and no longer retried; ``ix_outbox_dead`` is partial
  over those few rows, so the admin's Home and ``cmsbot doctor`` find them
  without reading the whole outbox.
- ``channel_pace``: one row per channel holding when it can next take a post,
  claimed by every instance with one conditional UPDATE (``bot.delivery.pacing``).
- ``job_runs``: one row per scheduler job: when a scheduler last started with it,
  its last start, finish, success and error.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

DEAD = "dead_at IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("last_channel", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("dead_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("dead_reason", sa.String(length=64), nullable=True))
    op.create_index(
        "ix_outbox_dead",
        "outbox",
        ["dead_at"],
        unique=False,
        sqlite_where=sa.text(DEAD),
        postgresql_where=sa.text(DEAD),
    )
    op.create_table(
        "channel_pace",
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("tat_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("channel", name=op.f("pk_channel_pace")),
    )
    op.create_table(
        "job_runs",
        sa.Column("job_id", sa.String(length=64), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("succeeded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("instance", sa.String(length=128), nullable=True),
        sa.PrimaryKeyConstraint("job_id", name=op.f("pk_job_runs")),
    )


def downgrade() -> None:
    op.drop_table("job_runs")
    op.drop_table("channel_pace")
    op.drop_index("ix_outbox_dead", table_name="outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("dead_reason")
        batch.drop_column("dead_at")
        batch.drop_column("last_channel")

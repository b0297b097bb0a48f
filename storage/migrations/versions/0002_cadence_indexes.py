"""Indexes for the set-based cadence queries (the morning nudge, the App Home, escalations).

Reviewed by hand. Both are partial indexes over live (not undone) contacts, so
each probe the overdue query makes is one index-only seek:

- ``ix_interactions_live_client_rep`` (client, rep, occurred_at, channel):
  the last contact of each covering rep, and its channel;
- ``ix_interactions_live_follow_up`` (client, follow_up_on): the latest
  follow-up date already reached.

``deleted_at`` is carried as a trailing column so SQLite counts the indexes as
covering (it does not infer the column from the partial-index predicate);
PostgreSQL ignores it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 09:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
PLANNED = "follow_up_on IS NOT NULL AND deleted_at IS NULL"


def upgrade() -> None:
    op.create_index(
        "ix_interactions_live_client_rep",
        "interactions",
        ["client_id", "rep_id", "occurred_at", "channel", "deleted_at"],
        unique=False,
        sqlite_where=sa.text(LIVE),
        postgresql_where=sa.text(LIVE),
    )
    op.create_index(
        "ix_interactions_live_follow_up",
        "interactions",
        ["client_id", "follow_up_on", "deleted_at"],
        unique=False,
        sqlite_where=sa.text(PLANNED),
        postgresql_where=sa.text(PLANNED),
    )


def downgrade() -> None:
    op.drop_index("ix_interactions_live_follow_up", table_name="interactions")
    op.drop_index("ix_interactions_live_client_rep", table_name="interactions")

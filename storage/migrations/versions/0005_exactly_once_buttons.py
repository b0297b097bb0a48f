"""At most one open snooze per rep and client: a replayed or concurrent click makes one.

Reviewed by hand. ``uq_snoozes_open`` is a partial unique index over the open
rows (``ended_at IS NULL``) of ``snoozes``; ``bot.cadence.snoozes`` inserts under it and
lets the index, not a read, decide who made the snooze. Before this, three
replays of one click made three running snoozes on PostgreSQL.

A database that already holds duplicates is deduplicated first, so the index
can always be built: of each rep's open snoozes on one client, the one ending
last (then the newest) stays open, and the others are ended at the moment they
were made (``ended_at = created_at``), since the one kept superseded them. The
effective snooze (the latest ``until``) is unchanged, and snoozes are not among
the records ``cmsbot audit verify`` compares with their last event.

Downgrade drops the index; the rows it ended stay ended (harmless: an ended
snooze hides nothing).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OPEN = "ended_at IS NULL"

# Every open row that another open row of the same rep and client outranks
# (a later ``until``, or the same ``until`` and a higher id). The row that
# outranks all others is never updated, so the result does not depend on the
# order a backend visits rows in.
END_DUPLICATES = """
UPDATE snoozes SET ended_at = created_at
WHERE ended_at IS NULL
  AND EXISTS (
    SELECT 1 FROM snoozes AS keeper
    WHERE keeper.rep_id = snoozes.rep_id
      AND keeper.client_id = snoozes.client_id
      AND keeper.ended_at IS NULL
      AND (keeper.until > snoozes.until
           OR (keeper.until = snoozes.until AND keeper.id > snoozes.id))
  )
"""


def upgrade() -> None:
    op.execute(END_DUPLICATES)
    op.create_index(
        "uq_snoozes_open",
        "snoozes",
        ["rep_id", "client_id"],
        unique=True,
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )


def downgrade() -> None:
    op.drop_index("uq_snoozes_open", table_name="snoozes")

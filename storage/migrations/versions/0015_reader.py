"""Whether a contact's time of day was given: ``interactions.time_given``.

A line naming a day and no time ("yesterday", "vendredi", no day at all) is
recorded at midday of that day in the rep's zone; the column says so, so the
day alone is shown ("18 Nov", never "18 Nov 12:00" as if typed). Rows recorded
before this migration are taken as timed: their time was shown until now.

Revision ID: 0015_reader
Revises: 0013_roles
Create Date: 2026-12-01 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_reader"
down_revision = "0013_roles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interactions") as batch:
        batch.add_column(
            sa.Column("time_given", sa.Boolean(), nullable=False, server_default=sa.text("true"))
        )


def downgrade() -> None:
    with op.batch_alter_table("interactions") as batch:
        batch.drop_column("time_given")

"""A rep's chosen language: ``/cms language <code>`` over their Slack locale.

``reps.language`` is one of the bot's six languages (en, fr, sv, ro, ms, hi) or
NULL, which means "follow Slack" (``reps.locale``, learnt from ``users.info``).

Revision ID: 0014_language
Revises: 0009
Create Date: 2026-12-01 12:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_language"
down_revision = "0009"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not batch mode: on SQLite a batch copy of ``reps`` would drop the
# table that every other table's foreign keys point at. Adding a nullable column and
# dropping it (SQLite 3.35+) need no copy.


def upgrade() -> None:
    op.add_column("reps", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    op.drop_column("reps", "language")

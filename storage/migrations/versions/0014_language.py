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


def upgrade() -> None:
    with op.batch_alter_table("reps") as batch:
        batch.add_column(sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reps") as batch:
        batch.drop_column("language")

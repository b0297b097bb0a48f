"""Each client account's currency: a claim that names no currency takes its account's.

Reviewed by hand. ``client_accounts.currency`` is an ISO 4217 code, nullable:
accounts imported before it (or with a bare account number in the clients CSV)
have none, and the one-line reader then falls back to the client's other
accounts' currency or to ``CMS_REPORTING_CURRENCY`` (``bot.contacts.quicklog``).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client_accounts") as batch:
        batch.add_column(sa.Column("currency", sa.String(length=3), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("client_accounts") as batch:
        batch.drop_column("currency")

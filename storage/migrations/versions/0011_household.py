"""Households: a cadence that may be household-wide, and positions (assets per account).

Reviewed by hand. ``cadence_policies.household`` and ``cadence_overrides.household``
are nullable booleans: NULL (every row this migration finds) is the cadence per
client, as before; True makes a contact with any member of a client's household
count for every member (``bot.cadence.rules``). NULL rather than a false
default keeps the rows' audit replay (``cmsbot audit verify``) equal to their
recorded events, which never named the column.

``positions`` holds an account's market value by asset class on a day
(``cmsbot import positions``): one row per account, day and asset class.

Revision ID: 0011_household
Revises: 0014_language
Create Date: 2026-12-01 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_household"
down_revision = "0014_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("cadence_policies", "cadence_overrides"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("household", sa.Boolean(), nullable=True))
    op.create_table(
        "positions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=64), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("asset_class", sa.String(length=64), nullable=False),
        sa.Column("market_value", sa.Numeric(20, 2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_positions")),
        sa.UniqueConstraint(
            "account", "as_of", "asset_class", name=op.f("uq_positions_account_as_of_asset_class")
        ),
    )
    op.create_index("ix_positions_account_as_of", "positions", ["account", "as_of"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_positions_account_as_of", table_name="positions")
    op.drop_table("positions")
    for table in ("cadence_overrides", "cadence_policies"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("household")

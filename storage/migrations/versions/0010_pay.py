"""Pay in one currency, and evidence before a claim counts (issue 17).

Reviewed by hand.

- ``exchange_rates``: units of ``base`` (the reporting currency the file was
  imported under) for one unit of ``currency`` on ``rated_on``; one rate per
  base, currency and day. Loaded by ``cmsbot import rates``.
- ``claims.override_reason``: a claim verified without a matching booking
  carries the controller's written reason (``CMS_EVIDENCE_OVERRIDE``).
- ``uq_claims_evidence_reference``: one custodian booking proves at most one
  claim. Before it, the "already used" check was a read, and two controllers
  approving at once on PostgreSQL could both pass. NULLs (pending, rejected,
  overridden claims) are distinct on both backends. An existing book where a
  booking already proves two claims cannot take the constraint: the upgrade
  stops and names them, for a controller to settle first.

Revision ID: 0010_pay
Revises: 0015_reader
Create Date: 2026-12-01 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_pay"
down_revision = "0015_reader"
branch_labels = None
depends_on = None


def upgrade() -> None:
    twice = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT evidence_reference FROM claims WHERE evidence_reference IS NOT NULL "
                "GROUP BY evidence_reference HAVING COUNT(*) > 1"
            )
        )
        .scalars()
        .all()
    )
    if twice:
        raise RuntimeError(
            "These custodian references each prove more than one claim: "
            + ", ".join(sorted(twice))
            + ". Settle them (reject the duplicate claims) before upgrading."
        )
    op.create_table(
        "exchange_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("base", sa.String(length=3), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column("rate", sa.Numeric(24, 10, asdecimal=True), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("rate > 0", name=op.f("ck_exchange_rates_positive_rate")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
        sa.UniqueConstraint(
            "base", "currency", "rated_on", name=op.f("uq_exchange_rates_base_currency_rated_on")
        ),
    )
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("override_reason", sa.Text(), nullable=True))
        batch.create_unique_constraint(op.f("uq_claims_evidence_reference"), ["evidence_reference"])


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_constraint(op.f("uq_claims_evidence_reference"), type_="unique")
        batch.drop_column("override_reason")
    op.drop_table("exchange_rates")

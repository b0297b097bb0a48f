"""Faster cadence probes and firm-wide name look-ups (issue #15).

- ``ix_interactions_live_client_rep`` carries ``kind``: since service contacts
  (issue #19) count toward no cadence, the probe for a client's last counting
  contact filters on ``kind``, which the index lacked, so every probe read the
  contact's row as well; with ``kind`` in the index it reads the index alone
  (the morning tick over a 200,000-client firm makes 280,000 of them).
- PostgreSQL only: ``ix_clients_search_name_trgm``, a pg_trgm GIN index on
  ``clients.search_name``, so ``search_name LIKE '%piece%'`` over the whole firm
  (a typed name's namesakes) is answered from the index instead of scanning
  every name (26 ms -> 0.2 ms on 200,000 clients). SQLite is unchanged: its
  covering ``ix_clients_search_name`` already scans a third of the pages.

Revision ID: 0017_speed
Revises: 0010_pay
Create Date: 2026-12-01 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_speed"
down_revision = "0010_pay"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
PROBE = "ix_interactions_live_client_rep"


def _probe_index(columns: list[str]) -> None:
    op.create_index(
        PROBE,
        "interactions",
        columns,
        unique=False,
        sqlite_where=sa.text(LIVE),
        postgresql_where=sa.text(LIVE),
    )


def upgrade() -> None:
    op.drop_index(PROBE, table_name="interactions")
    _probe_index(["client_id", "rep_id", "occurred_at", "channel", "kind", "deleted_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.create_index(
            "ix_clients_search_name_trgm",
            "clients",
            ["search_name"],
            unique=False,
            postgresql_using="gin",
            postgresql_ops={"search_name": "gin_trgm_ops"},
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_clients_search_name_trgm", table_name="clients")
    op.drop_index(PROBE, table_name="interactions")
    _probe_index(["client_id", "rep_id", "occurred_at", "channel", "deleted_at"])

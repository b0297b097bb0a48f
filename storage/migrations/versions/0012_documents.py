"""Documents in a client's file, their bytes kept in the database.

Reviewed by hand. ``documents`` holds each file added from Slack (the "Add to
client file" message shortcut): its bytes (``content``, a BLOB on SQLite,
BYTEA on PostgreSQL), name, type, size, SHA-256, who added it and when. The
bytes live in the database so one backup holds everything and every instance
sees them. ``(client_id, slack_file_id)`` is unique: a double submit of the
modal files one Slack file once. Documents are an audited table
(``bot.audit.state``): their ``create`` events carry the hash.

Downgrade drops the table (and with it every stored document).

Revision ID: 0012_documents
Revises: 0011_household
Create Date: 2026-12-01 12:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_documents"
down_revision = "0011_household"
branch_labels = None
depends_on = None

KINDS = ("contract", "mandate_letter", "account_opening", "kyc", "statement", "other")


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("mimetype", sa.String(length=127), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("slack_file_id", sa.String(length=32), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"kind IN {KINDS}", name=op.f("ck_documents_known_kind")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_documents_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["reps.id"], name=op.f("fk_documents_added_by_id_reps")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint(
            "client_id", "slack_file_id", name=op.f("uq_documents_client_id_slack_file_id")
        ),
    )
    op.create_index(op.f("ix_documents_client_id"), "documents", ["client_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_documents_client_id"), table_name="documents")
    op.drop_table("documents")

"""Roles for everyone who serves the firm's clients; private notes; the banking wall.

Reviewed by hand (issue #19). Four more roles may be held (``marketing``,
``service``, ``compliance``, ``banker``): the check on ``rep_roles.role`` is
widened. Each contact gains three facts, set when it is recorded and never
guessed later:

- ``private``: its notes are for the client's coverage team, their managers and
  compliance only;
- ``kind``: ``sales`` (every contact until now) or ``service`` (logged by client
  service: counts toward no cadence and no pay);
- ``side``: ``wealth`` or ``banking`` (logged by a banker): a banking contact's
  notes sit behind the banking wall. Stored, not derived from the owner's
  roles today, so revoking ``banker`` later never opens the wall on old notes.

Every existing contact is a wealth-side sales contact with open notes, which is
what the server defaults say.

Revision ID: 0013_roles
Revises: 0012_documents
Create Date: 2026-12-01 12:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_roles"
down_revision = "0012_documents"
branch_labels = None
depends_on = None

OLD_ROLES = "role IN ('rep', 'manager', 'controller', 'admin', 'assistant')"
NEW_ROLES = (
    "role IN ('rep', 'manager', 'controller', 'admin', 'assistant', "
    "'marketing', 'service', 'compliance', 'banker')"
)


def upgrade() -> None:
    with op.batch_alter_table("rep_roles") as batch:
        batch.drop_constraint(op.f("ck_rep_roles_known_role"), type_="check")
        batch.create_check_constraint("known_role", NEW_ROLES)
    with op.batch_alter_table("interactions") as batch:
        batch.add_column(
            sa.Column("private", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("kind", sa.String(length=16), nullable=False, server_default="sales")
        )
        batch.add_column(
            sa.Column("side", sa.String(length=16), nullable=False, server_default="wealth")
        )
        batch.create_check_constraint("known_contact_kind", "kind IN ('sales', 'service')")
        batch.create_check_constraint("known_side", "side IN ('wealth', 'banking')")


def downgrade() -> None:
    with op.batch_alter_table("interactions") as batch:
        batch.drop_constraint(op.f("ck_interactions_known_side"), type_="check")
        batch.drop_constraint(op.f("ck_interactions_known_contact_kind"), type_="check")
        batch.drop_column("side")
        batch.drop_column("kind")
        batch.drop_column("private")
    op.execute("DELETE FROM rep_roles WHERE NOT (" + OLD_ROLES + ")")
    with op.batch_alter_table("rep_roles") as batch:
        batch.drop_constraint(op.f("ck_rep_roles_known_role"), type_="check")
        batch.create_check_constraint("known_role", OLD_ROLES)

"""Initial domain model: every table DESIGN.md names, so features add no schema fights.

Reviewed by hand: the audit chain's head row and the firm-wide default cadence
(tier ``*``) are seeded here, so concurrent first writers never race to create them.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 08:27:14.601507
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64


def upgrade() -> None:
    op.create_table(
        "account_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=64), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(20, 2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("reference", sa.String(length=128), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_activity")),
        sa.UniqueConstraint("reference", name=op.f("uq_account_activity_reference")),
    )
    with op.batch_alter_table("account_activity", schema=None) as batch_op:
        batch_op.create_index(
            "ix_account_activity_account_booked", ["account", "booked_on"], unique=False
        )

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
        sa.UniqueConstraint("prev_hash", name=op.f("uq_audit_events_prev_hash")),
        sa.UniqueConstraint("seq", name=op.f("uq_audit_events_seq")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_events_entity", ["entity_type", "entity_id", "seq"], unique=False
        )

    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "cadence_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=32), nullable=False),
        sa.Column("max_days", sa.Integer(), nullable=False),
        sa.Column("min_days", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "min_days >= 0 AND max_days > min_days", name=op.f("ck_cadence_policies_sane_days")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cadence_policies")),
        sa.UniqueConstraint("tier", name=op.f("uq_cadence_policies_tier")),
    )
    op.create_table(
        "households",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
        sa.UniqueConstraint("name", name=op.f("uq_households_name")),
    )
    op.create_table(
        "import_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("filename", sa.String(length=500), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("ran_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_runs")),
    )
    op.create_table(
        "initiatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("cost", sa.Numeric(20, 2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiatives")),
        sa.UniqueConstraint("tag", name=op.f("uq_initiatives_tag")),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dedupe_key", sa.String(length=200), nullable=False),
        sa.Column("method", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("result_channel", sa.String(length=32), nullable=True),
        sa.Column("result_ts", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_outbox_dedupe_key")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_due", ["sent_at", "next_attempt_at"], unique=False)

    op.create_table(
        "reps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slack_user_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("locale", sa.String(length=16), nullable=False),
        sa.Column("profile_refreshed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["manager_id"], ["reps.id"], name=op.f("fk_reps_manager_id_reps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reps")),
        sa.UniqueConstraint("slack_user_id", name=op.f("uq_reps_slack_user_id")),
    )
    with op.batch_alter_table("reps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reps_manager_id"), ["manager_id"], unique=False)

    op.create_table(
        "bonus_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("mandate_rate_bp", sa.Numeric(precision=10, scale=4), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["reps.id"], name=op.f("fk_bonus_plans_created_by_id_reps")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bonus_plans")),
        sa.UniqueConstraint("effective_from", name=op.f("uq_bonus_plans_effective_from")),
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("search_name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=True),
        sa.Column("tier", sa.String(length=32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('client', 'prospect')", name=op.f("ck_clients_known_kind")),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_clients_household_id_households")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint("external_id", name=op.f("uq_clients_external_id")),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clients_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_search_name"), ["search_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_tier"), ["tier"], unique=False)

    op.create_table(
        "delegates",
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("assistant_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assistant_id"], ["reps.id"], name=op.f("fk_delegates_assistant_id_reps")
        ),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"], name=op.f("fk_delegates_rep_id_reps")),
        sa.PrimaryKeyConstraint("rep_id", "assistant_id", name=op.f("pk_delegates")),
    )
    with op.batch_alter_table("delegates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delegates_assistant_id"), ["assistant_id"], unique=False
        )

    op.create_table(
        "nudge_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("message_ts", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"], name=op.f("fk_nudge_ledger_rep_id_reps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nudge_ledger")),
        sa.UniqueConstraint(
            "rep_id", "local_date", "kind", name=op.f("uq_nudge_ledger_rep_id_local_date_kind")
        ),
    )
    op.create_table(
        "rep_roles",
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "role IN ('rep', 'manager', 'controller', 'admin', 'assistant')",
            name=op.f("ck_rep_roles_known_role"),
        ),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"], name=op.f("fk_rep_roles_rep_id_reps")),
        sa.PrimaryKeyConstraint("rep_id", "role", name=op.f("pk_rep_roles")),
    )
    op.create_table(
        "bonus_bands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("lower", sa.Numeric(20, 2), nullable=False),
        sa.Column("upper", sa.Numeric(20, 2), nullable=True),
        sa.Column("rate_bp", sa.Numeric(precision=10, scale=4), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["bonus_plans.id"], name=op.f("fk_bonus_bands_plan_id_bonus_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bonus_bands")),
    )
    with op.batch_alter_table("bonus_bands", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bonus_bands_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "cadence_overrides",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("max_days", sa.Integer(), nullable=False),
        sa.Column("min_days", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "min_days >= 0 AND max_days > min_days", name=op.f("ck_cadence_overrides_sane_days")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_cadence_overrides_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_cadence_overrides")),
    )
    op.create_table(
        "client_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_accounts_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_accounts")),
        sa.UniqueConstraint("account", name=op.f("uq_client_accounts_account")),
    )
    with op.batch_alter_table("client_accounts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_accounts_client_id"), ["client_id"], unique=False
        )

    op.create_table(
        "coverage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("role IN ('primary', 'secondary')", name=op.f("ck_coverage_known_role")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_coverage_client_id_clients")
        ),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"], name=op.f("fk_coverage_rep_id_reps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coverage")),
    )
    with op.batch_alter_table("coverage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coverage_client_id"), ["client_id"], unique=False)
        batch_op.create_index("ix_coverage_rep_active", ["rep_id", "client_id"], unique=False)
        batch_op.create_index(
            "uq_coverage_active",
            ["client_id", "rep_id"],
            unique=True,
            sqlite_where=sa.text("ended_at IS NULL"),
            postgresql_where=sa.text("ended_at IS NULL"),
        )

    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("initiative_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "channel IN ('in_person', 'phone', 'email', 'mail', 'video')",
            name=op.f("ck_interactions_known_channel"),
        ),
        sa.CheckConstraint(
            "source IN ('slash_command', 'form', 'shortcut', 'nudge', 'import')",
            name=op.f("ck_interactions_known_source"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["reps.id"], name=op.f("fk_interactions_author_id_reps")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_interactions_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["deleted_by_id"], ["reps.id"], name=op.f("fk_interactions_deleted_by_id_reps")
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_interactions_initiative_id_initiatives"),
        ),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"], name=op.f("fk_interactions_rep_id_reps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_interactions_idempotency_key")),
    )
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_interactions_client_occurred", ["client_id", "occurred_at"], unique=False
        )
        batch_op.create_index("ix_interactions_follow_up", ["follow_up_on"], unique=False)
        batch_op.create_index("ix_interactions_initiative", ["initiative_id"], unique=False)
        batch_op.create_index(
            "ix_interactions_rep_occurred", ["rep_id", "occurred_at"], unique=False
        )

    op.create_table(
        "snoozes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_snoozes_client_id_clients")
        ),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"], name=op.f("fk_snoozes_rep_id_reps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snoozes")),
    )
    with op.batch_alter_table("snoozes", schema=None) as batch_op:
        batch_op.create_index("ix_snoozes_rep_client", ["rep_id", "client_id"], unique=False)

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.Numeric(20, 2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("account", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=True),
        sa.Column("evidence_reference", sa.String(length=128), nullable=True),
        sa.Column("controller_channel", sa.String(length=32), nullable=True),
        sa.Column("controller_message_ts", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('deposit', 'pledge', 'mandate')", name=op.f("ck_claims_known_kind")
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'verified', 'rejected', 'withdrawn')",
            name=op.f("ck_claims_known_status"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_claims_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["reps.id"], name=op.f("fk_claims_decided_by_id_reps")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_claims_interaction_id_interactions"),
        ),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"], name=op.f("fk_claims_rep_id_reps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_claims_interaction_id"), ["interaction_id"], unique=False
        )
        batch_op.create_index("ix_claims_rep_status", ["rep_id", "status"], unique=False)
        batch_op.create_index("ix_claims_status_created", ["status", "created_at"], unique=False)

    op.bulk_insert(
        sa.table(
            "audit_head",
            sa.column("id", sa.Integer),
            sa.column("last_hash", sa.String),
            sa.column("last_seq", sa.Integer),
        ),
        [{"id": 1, "last_hash": GENESIS_HASH, "last_seq": 0}],
    )
    op.execute(
        "INSERT INTO cadence_policies (tier, max_days, min_days, updated_at) "
        "VALUES ('*', 90, 3, CURRENT_TIMESTAMP)"
    )


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_status_created")
        batch_op.drop_index("ix_claims_rep_status")
        batch_op.drop_index(batch_op.f("ix_claims_interaction_id"))
        batch_op.drop_index(batch_op.f("ix_claims_client_id"))

    op.drop_table("claims")
    with op.batch_alter_table("snoozes", schema=None) as batch_op:
        batch_op.drop_index("ix_snoozes_rep_client")

    op.drop_table("snoozes")
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_rep_occurred")
        batch_op.drop_index("ix_interactions_initiative")
        batch_op.drop_index("ix_interactions_follow_up")
        batch_op.drop_index("ix_interactions_client_occurred")

    op.drop_table("interactions")
    with op.batch_alter_table("coverage", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_coverage_active",
            sqlite_where=sa.text("ended_at IS NULL"),
            postgresql_where=sa.text("ended_at IS NULL"),
        )
        batch_op.drop_index("ix_coverage_rep_active")
        batch_op.drop_index(batch_op.f("ix_coverage_client_id"))

    op.drop_table("coverage")
    with op.batch_alter_table("client_accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_accounts_client_id"))

    op.drop_table("client_accounts")
    op.drop_table("cadence_overrides")
    with op.batch_alter_table("bonus_bands", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bonus_bands_plan_id"))

    op.drop_table("bonus_bands")
    op.drop_table("rep_roles")
    op.drop_table("nudge_ledger")
    with op.batch_alter_table("delegates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegates_assistant_id"))

    op.drop_table("delegates")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_tier"))
        batch_op.drop_index(batch_op.f("ix_clients_search_name"))
        batch_op.drop_index(batch_op.f("ix_clients_household_id"))

    op.drop_table("clients")
    op.drop_table("bonus_plans")
    with op.batch_alter_table("reps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reps_manager_id"))

    op.drop_table("reps")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_due")

    op.drop_table("outbox")
    op.drop_table("initiatives")
    op.drop_table("import_runs")
    op.drop_table("households")
    op.drop_table("cadence_policies")
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_entity")

    op.drop_table("audit_events")
    with op.batch_alter_table("account_activity", schema=None) as batch_op:
        batch_op.drop_index("ix_account_activity_account_booked")

    op.drop_table("account_activity")

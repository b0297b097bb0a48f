"""The whole domain of DESIGN.md as typed SQLAlchemy 2 models.

Instants are ``UTCDateTime`` (aware, UTC); money is ``Money`` (``Decimal``).
Interactions, claims and audit events are never deleted by the app: an
interaction is soft-deleted (``deleted_at``), a claim changes ``status``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, synonym

from storage import name_search
from storage.types import Money, UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = (
    "rep",
    "manager",
    "controller",
    "admin",
    "assistant",
    "marketing",
    "service",
    "compliance",
    "banker",
)
CLIENT_KINDS = ("client", "prospect")
COVERAGE_ROLES = ("primary", "secondary")
CHANNELS = ("in_person", "phone", "email", "mail", "video")
SOURCES = ("slash_command", "form", "shortcut", "nudge", "import")
# A service contact (client service) counts toward no cadence and no pay (migration 0013).
CONTACT_KINDS = ("sales", "service")
# A banking contact (logged by a banker) sits behind the banking wall (migration 0013).
SIDES = ("wealth", "banking")
CLAIM_KINDS = ("deposit", "pledge", "mandate")
CLAIM_STATUSES = ("pending", "verified", "rejected", "withdrawn")
DOCUMENT_KINDS = ("contract", "mandate_letter", "account_opening", "kyc", "statement", "other")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, Decimal: Money, dict[str, Any]: JSON}

    def __repr__(self) -> str:
        key = getattr(self, "id", None)
        return f"<{type(self).__name__} id={key}>"


class Rep(Base):
    __tablename__ = "reps"

    id: Mapped[int] = mapped_column(primary_key=True)
    slack_user_id: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"), index=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    locale: Mapped[str] = mapped_column(String(16), default="en-US")
    # `/cms language <code>`: the rep's choice over their Slack locale (None: follow Slack).
    language: Mapped[str | None] = mapped_column(String(8))
    profile_refreshed_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    manager: Mapped[Rep | None] = relationship(remote_side=[id])
    role_rows: Mapped[list[RepRole]] = relationship(
        back_populates="rep", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def roles(self) -> set[str]:
        return {row.role for row in self.role_rows}

    def has_role(self, role: str) -> bool:
        return role in self.roles

    def __repr__(self) -> str:
        return f"<Rep {self.slack_user_id} {self.name!r}>"


class RepRole(Base):
    __tablename__ = "rep_roles"
    __table_args__ = (CheckConstraint(f"role IN {ROLES}", name="known_role"),)

    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    rep: Mapped[Rep] = relationship(back_populates="role_rows")

    def __repr__(self) -> str:
        return f"<RepRole {self.rep_id} {self.role}>"


class Delegate(Base):
    """An assistant a rep has named, who may log contacts on the rep's behalf."""

    __tablename__ = "delegates"

    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"), primary_key=True)
    assistant_id: Mapped[int] = mapped_column(ForeignKey("reps.id"), primary_key=True, index=True)
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<Delegate rep={self.rep_id} assistant={self.assistant_id}>"


class Household(Base):
    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<Household {self.name!r}>"


class Client(Base):
    __tablename__ = "clients"
    __table_args__ = (
        CheckConstraint(f"kind IN {CLIENT_KINDS}", name="known_kind"),
        # PostgreSQL only (migration 0017_speed): ``search_name LIKE '%piece%'`` over the
        # whole firm answered from pg_trgm's trigrams, not a scan of every name.
        Index(
            "ix_clients_search_name_trgm",
            "search_name",
            postgresql_using="gin",
            postgresql_ops={"search_name": "gin_trgm_ops"},
            info={"only_on": "postgresql"},
        ).ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # Lower-cased, accent-free name: what the matcher and type-ahead search.
    search_name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="client")
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    tier: Mapped[str] = mapped_column(String(32), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    household: Mapped[Household | None] = relationship()
    accounts: Mapped[list[ClientAccount]] = relationship(
        back_populates="client", cascade="all, delete-orphan", lazy="selectin"
    )

    def __repr__(self) -> str:
        return f"<Client {self.external_id} {self.name!r}>"


# SQLite only (migration 0018_sqlite_name_search): the trigram index PostgreSQL has in
# ``ix_clients_search_name_trgm``, for a schema made by ``create_all`` too.
name_search.keep_in_step(Client.__table__)  # type: ignore[arg-type]


class ClientAccount(Base):
    __tablename__ = "client_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    account: Mapped[str] = mapped_column(String(64), unique=True)
    # ISO 4217; None for accounts imported without one (migration 0008).
    currency: Mapped[str | None] = mapped_column(String(3))
    client: Mapped[Client] = relationship(back_populates="accounts")

    def __repr__(self) -> str:
        return f"<ClientAccount {self.account}>"


class Coverage(Base):
    """A rep designated to cover a client; ended rows keep the history."""

    __tablename__ = "coverage"
    __table_args__ = (
        CheckConstraint(f"role IN {COVERAGE_ROLES}", name="known_role"),
        Index(
            "uq_coverage_active",
            "client_id",
            "rep_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
        Index("ix_coverage_rep_active", "rep_id", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    role: Mapped[str] = mapped_column(String(16), default="primary")
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]

    client: Mapped[Client] = relationship()
    rep: Mapped[Rep] = relationship()

    def __repr__(self) -> str:
        return f"<Coverage client={self.client_id} rep={self.rep_id} {self.role}>"


class Initiative(Base):
    __tablename__ = "initiatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    tag: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    cost: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<Initiative #{self.tag}>"


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (
        CheckConstraint(f"channel IN {CHANNELS}", name="known_channel"),
        CheckConstraint(f"source IN {SOURCES}", name="known_source"),
        CheckConstraint(f"kind IN {CONTACT_KINDS}", name="known_contact_kind"),
        CheckConstraint(f"side IN {SIDES}", name="known_side"),
        Index("ix_interactions_client_occurred", "client_id", "occurred_at"),
        Index("ix_interactions_rep_occurred", "rep_id", "occurred_at"),
        Index("ix_interactions_initiative", "initiative_id"),
        Index("ix_interactions_follow_up", "follow_up_on"),
        # The cadence queries' probes (migration 0002; ``kind`` since 0017_speed, so the
        # probe for the last counting contact reads no row): index-only on both backends.
        Index(
            "ix_interactions_live_client_rep",
            "client_id",
            "rep_id",
            "occurred_at",
            "channel",
            "kind",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        # Unmet follow-ups: a client's promises since its last counting contact (0009).
        Index(
            "ix_interactions_live_promise",
            "client_id",
            "occurred_at",
            "follow_up_on",
            "deleted_at",
            sqlite_where=text("follow_up_on IS NOT NULL AND deleted_at IS NULL"),
            postgresql_where=text("follow_up_on IS NOT NULL AND deleted_at IS NULL"),
        ),
        # The scorecard's follow-up promises, by rep and date (migration 0003).
        Index(
            "ix_interactions_live_rep_follow_up",
            "rep_id",
            "follow_up_on",
            "client_id",
            "occurred_at",
            "deleted_at",
            sqlite_where=text("follow_up_on IS NOT NULL AND deleted_at IS NULL"),
            postgresql_where=text("follow_up_on IS NOT NULL AND deleted_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    # The owner: the rep whose contact it was. ``author`` typed it (an assistant).
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    occurred_at: Mapped[datetime]
    # False: a day was named without a time ("yesterday", "vendredi"), so ``occurred_at``
    # holds that day's midday in the rep's zone (never later than the line was typed) and
    # is shown as the day alone. Rows from before migration 0015 are taken as timed.
    time_given: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    channel: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(Text)
    initiative_id: Mapped[int | None] = mapped_column(ForeignKey("initiatives.id"))
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16))
    # Who may read the notes (``bot.directory.access.contact_view``), set when recorded.
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    kind: Mapped[str] = mapped_column(String(16), default="sales", server_default="sales")
    side: Mapped[str] = mapped_column(String(16), default="wealth", server_default="wealth")
    # Same key twice (a Slack retry, a double submit) records once.
    idempotency_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))

    client: Mapped[Client] = relationship()
    rep: Mapped[Rep] = relationship(foreign_keys=[rep_id])
    author: Mapped[Rep] = relationship(foreign_keys=[author_id])
    initiative: Mapped[Initiative | None] = relationship()
    claims: Mapped[list[Claim]] = relationship(back_populates="interaction")

    def __repr__(self) -> str:
        return f"<Interaction id={self.id} client={self.client_id} {self.channel}>"


class Claim(Base):
    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint(f"kind IN {CLAIM_KINDS}", name="known_kind"),
        CheckConstraint(f"status IN {CLAIM_STATUSES}", name="known_status"),
        Index("ix_claims_status_created", "status", "created_at"),
        Index("ix_claims_rep_status", "rep_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    kind: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    account: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str | None] = mapped_column(Text)
    # The custodian booking that proves the claim (a deposit, a pledge's funding, a
    # mandate's fee): one booking proves at most one claim (unique, migration 0010).
    evidence_reference: Mapped[str | None] = mapped_column(String(128), unique=True)
    # Verified without a booking: the controller's written reason (None: not an override).
    override_reason: Mapped[str | None] = mapped_column(Text)
    controller_channel: Mapped[str | None] = mapped_column(String(32))
    controller_message_ts: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    interaction: Mapped[Interaction] = relationship(back_populates="claims")
    client: Mapped[Client] = relationship()
    rep: Mapped[Rep] = relationship(foreign_keys=[rep_id])
    decided_by: Mapped[Rep | None] = relationship(foreign_keys=[decided_by_id])

    def __repr__(self) -> str:
        return f"<Claim id={self.id} {self.kind} {self.amount} {self.currency} {self.status}>"


class Document(Base):
    """A file in a client's file: its bytes kept here, so one backup holds everything.

    ``content`` is deferred: listing a client's documents never loads the bytes.
    ``sha256`` is the hash of ``content`` when it was stored; the audit trail
    records it, and ``cmsbot audit verify`` recomputes it from the bytes.
    """

    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint(f"kind IN {DOCUMENT_KINDS}", name="known_kind"),
        # A Slack file is filed once per client: a double submit stores it once.
        UniqueConstraint("client_id", "slack_file_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(255))
    mimetype: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    note: Mapped[str] = mapped_column(Text, default="")
    slack_file_id: Mapped[str] = mapped_column(String(32))
    added_by_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    added_at: Mapped[datetime]

    client: Mapped[Client] = relationship()
    added_by: Mapped[Rep] = relationship()

    def __repr__(self) -> str:
        return f"<Document id={self.id} client={self.client_id} {self.kind} {self.name!r}>"


class AccountActivity(Base):
    __tablename__ = "account_activity"
    __table_args__ = (Index("ix_account_activity_account_booked", "account", "booked_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(64))
    booked_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    type: Mapped[str] = mapped_column(String(32))
    reference: Mapped[str] = mapped_column(String(128), unique=True)
    imported_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<AccountActivity {self.reference} {self.amount} {self.currency}>"


class Position(Base):
    """An account's market value in one asset class on one day (``cmsbot import positions``).

    A day's rows for an account are replaced whole by a re-import of that day;
    other days stay (the history). ``account`` is a ``ClientAccount.account``.
    """

    __tablename__ = "positions"
    __table_args__ = (
        UniqueConstraint("account", "as_of", "asset_class"),
        Index("ix_positions_account_as_of", "account", "as_of"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(64))
    as_of: Mapped[date] = mapped_column(Date)
    asset_class: Mapped[str] = mapped_column(String(64))
    market_value: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    imported_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<Position {self.account} {self.as_of} {self.asset_class} {self.market_value}>"


class ExchangeRate(Base):
    """Units of ``base`` (the reporting currency when imported) for one unit of ``currency``."""

    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("base", "currency", "rated_on"),
        CheckConstraint("rate > 0", name="positive_rate"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    base: Mapped[str] = mapped_column(String(3))
    currency: Mapped[str] = mapped_column(String(3))
    rated_on: Mapped[date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column(Numeric(24, 10, asdecimal=True))
    imported_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<ExchangeRate {self.rated_on} {self.currency}={self.rate} {self.base}>"


class CadencePolicy(Base):
    """Per tier; the tier ``*`` is the firm-wide default."""

    __tablename__ = "cadence_policies"
    __table_args__ = (CheckConstraint("min_days >= 0 AND max_days > min_days", name="sane_days"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tier: Mapped[str] = mapped_column(String(32), unique=True)
    max_days: Mapped[int] = mapped_column(Integer)
    min_days: Mapped[int] = mapped_column(Integer)
    # True: a contact with any member of a client's household counts for every member
    # (``bot.cadence.rules``); NULL (the default) is per client (migration 0011).
    household: Mapped[bool | None] = mapped_column(Boolean)
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<CadencePolicy {self.tier} max={self.max_days} min={self.min_days}>"


class CadenceOverride(Base):
    __tablename__ = "cadence_overrides"
    __table_args__ = (CheckConstraint("min_days >= 0 AND max_days > min_days", name="sane_days"),)

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), primary_key=True)
    max_days: Mapped[int] = mapped_column(Integer)
    min_days: Mapped[int] = mapped_column(Integer)
    household: Mapped[bool | None] = mapped_column(Boolean)  # as CadencePolicy.household
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<CadenceOverride client={self.client_id} max={self.max_days} min={self.min_days}>"


class Snooze(Base):
    __tablename__ = "snoozes"
    __table_args__ = (
        Index("ix_snoozes_rep_client", "rep_id", "client_id"),
        # At most one open snooze per rep and client, whatever clicks race (migration 0005).
        Index(
            "uq_snoozes_open",
            "rep_id",
            "client_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    created_at: Mapped[datetime]
    until: Mapped[datetime]
    # Set when a contact ends the snooze early, or (at ``until``) when a new snooze
    # replaces an expired one; open (NULL) for at most one row per rep and client.
    ended_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<Snooze rep={self.rep_id} client={self.client_id} until={self.until}>"


class NudgeLedger(Base):
    """One row per rep, local date and kind: claimed before sending, so sent once."""

    __tablename__ = "nudge_ledger"
    __table_args__ = (UniqueConstraint("rep_id", "local_date", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    local_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16), default="daily")
    claimed_at: Mapped[datetime]
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    message_ts: Mapped[str | None] = mapped_column(String(32))

    def __repr__(self) -> str:
        return f"<NudgeLedger rep={self.rep_id} {self.local_date} {self.kind}>"


class OutboxMessage(Base):
    """A Slack post owed; kept until sent so a failure or restart loses nothing.

    A post Slack will never accept as things stand (``not_in_channel``,
    ``invalid_blocks``...) is *dead*: kept with its reason, no longer retried,
    reported (admin Home, ``cmsbot doctor``) until an admin retries it.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "sent_at", "next_attempt_at"),
        Index(
            "ix_outbox_dead",
            "dead_at",
            sqlite_where=text("dead_at IS NOT NULL"),
            postgresql_where=text("dead_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Same key twice is the same message: posted once.
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    method: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    result_channel: Mapped[str | None] = mapped_column(String(32))
    result_ts: Mapped[str | None] = mapped_column(String(32))
    # The conversation the last attempt went to, so a refused post names it.
    last_channel: Mapped[str | None] = mapped_column(String(32))
    dead_at: Mapped[datetime | None]
    dead_reason: Mapped[str | None] = mapped_column(String(64))

    def __repr__(self) -> str:
        return f"<OutboxMessage {self.dedupe_key} sent={self.sent_at is not None}>"


class ChannelPace(Base):
    """When one channel can next take a post, shared by every instance (``bot.delivery.pacing``).

    ``tat_us`` is the generic cell rate algorithm's theoretical arrival time,
    in microseconds since the Unix epoch of the real (wall) clock.
    """

    __tablename__ = "channel_pace"

    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    tat_us: Mapped[int] = mapped_column(BigInteger)

    def __repr__(self) -> str:
        return f"<ChannelPace {self.channel} {self.tat_us}>"


class JobRun(Base):
    """The last run of each scheduler job, from whichever instance ran it (``cmsbot doctor``)."""

    __tablename__ = "job_runs"

    job_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    scheduled_at: Mapped[datetime | None]  # a scheduler with this job last started
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    succeeded_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    instance: Mapped[str | None] = mapped_column(String(128))

    def __repr__(self) -> str:
        return f"<JobRun {self.job_id} started={self.started_at}>"


class BonusPlan(Base):
    """Tiered basis-point rates on verified assets; applies from ``effective_from``."""

    __tablename__ = "bonus_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date, unique=True)
    mandate_rate_bp: Mapped[Decimal] = mapped_column(Numeric(10, 4, asdecimal=True))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))

    bands: Mapped[list[BonusBand]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="BonusBand.lower",
    )

    def __repr__(self) -> str:
        return f"<BonusPlan from {self.effective_from}>"


class BonusBand(Base):
    __tablename__ = "bonus_bands"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("bonus_plans.id"), index=True)
    lower: Mapped[Decimal]
    upper: Mapped[Decimal | None]
    rate_bp: Mapped[Decimal] = mapped_column(Numeric(10, 4, asdecimal=True))

    plan: Mapped[BonusPlan] = relationship(back_populates="bands")

    def __repr__(self) -> str:
        return f"<BonusBand {self.lower}-{self.upper} {self.rate_bp}bp>"


class ImportRun(Base):
    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    filename: Mapped[str] = mapped_column(String(500))
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    ran_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<ImportRun {self.kind} {self.filename}>"


class AuditHead(Base):
    """The sealer's tip (``bot.audit.seal``): the last sealed position and hash.

    Only the sealer writes this row, after the events it seals have committed,
    so the writers of those events never wait on it. ``last_sealed_id`` and
    ``xid_floor`` say where the next sealing run resumes (SQLite: events above
    that id; PostgreSQL: events of transactions from that id on);
    ``legacy_through`` is the last event written before events carried a MAC
    (revision 0007).
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_hash: Mapped[str] = mapped_column(String(64))
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_sealed_id: Mapped[int] = mapped_column(BigInteger, default=0)
    xid_floor: Mapped[int] = mapped_column(BigInteger, default=0)
    legacy_through: Mapped[int] = mapped_column(BigInteger, default=0)
    sealed_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<AuditHead seq={self.last_seq}>"


class AuditEvent(Base):
    """Append-only; written in the transaction of the change it records, with a keyed MAC.

    ``id`` numbers events in the order they were written (``seq`` is its alias
    for queries that sort by it); their place in the chain is ``AuditSeal.seq``,
    given after commit. ``nonce`` makes every event's MAC unique, so a copy of
    an old event cannot be replayed as a new one. ``xid`` (PostgreSQL only, a
    server default) is the writing transaction's id, for the sealer.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_entity", "entity_type", "entity_id", "id"),
        Index("ix_audit_events_xid", "xid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seq = synonym("id")
    xid: Mapped[int | None] = mapped_column(BigInteger, server_default=FetchedValue())
    nonce: Mapped[str | None] = mapped_column(String(32), unique=True)
    occurred_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # HMAC of the content with CMS_AUDIT_CHAIN_KEY; None only for legacy events.
    mac: Mapped[str | None] = mapped_column(String(64))

    def __repr__(self) -> str:
        return f"<AuditEvent id={self.id} {self.action} {self.entity_type}:{self.entity_id}>"


class AuditSeal(Base):
    """An event's place in the chain, given by the sealer once the event has committed.

    Append-only like the events: ``hash`` is an HMAC-SHA256 (CMS_AUDIT_CHAIN_KEY)
    over ``prev_hash`` and the event's content at position ``seq``.
    """

    __tablename__ = "audit_seals"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[int] = mapped_column(Integer, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    sealed_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<AuditSeal #{self.seq} event={self.event_id}>"


class AuditCheckpoint(Base):
    """A signed checkpoint the bot made, and where it was sent; the copies outside count."""

    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer)
    signed_at: Mapped[datetime] = mapped_column(index=True)
    key_id: Mapped[str] = mapped_column(String(32))
    signature: Mapped[str] = mapped_column(String(128))
    # Claim decisions sealed up to this checkpoint, so the next batch can be told apart.
    decisions: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[str | None] = mapped_column(String(32))
    message_ts: Mapped[str | None] = mapped_column(String(32))

    def __repr__(self) -> str:
        return f"<AuditCheckpoint #{self.seq} {self.signed_at:%Y-%m-%d %H:%M}>"

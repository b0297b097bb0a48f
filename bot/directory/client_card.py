"""What ``/client`` shows, and finding the clients a reader may look up or log.

The card is assembled with a handful of set-based queries (coverage, last
contacts, follow-ups, pending claims: one statement each), whatever the size
of the client's history. The cadence that applies, "days since last contact"
(the last counting contact, else the start of coverage, in calendar days of
the reader's zone) and which follow-ups are open and due are the rules of
``bot.cadence.rules``, the very ones the nudge, the App Home and the
scorecards read; so they never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from bot.cadence import rules
from bot.contacts.quicklog import find_clients
from bot.directory import access
from bot.directory.assets import DEFAULT_CURRENCY, Assets, latest_assets
from bot.documents import DocumentLine, list_documents
from bot.messages.formatting import zone
from bot.parsing.client_match import Candidate, normalise
from storage.models import Claim, Client, Coverage, Household, Interaction, Rep

LAST_CONTACTS = 5
FOLLOW_UPS = 5
OPTIONS_LIMIT = 100  # Slack shows at most 100 options in a select


@dataclass(frozen=True)
class Coverer:
    name: str
    slack_user_id: str
    role: str  # "primary" | "secondary"


@dataclass(frozen=True)
class ContactLine:
    """One contact as the reader may read it (``access.Lens``): a ``walled`` line keeps
    only its date (rep, channel and notes blank), a ``private`` one drops its notes."""

    interaction_id: int
    occurred_at: datetime
    rep_name: str
    channel: str
    notes: str
    view: str = access.FULL
    time_given: bool = True  # False: shown as the day alone


@dataclass(frozen=True)
class OpenFollowUp:
    on: date
    due: bool  # its date reached in the reader's today (``rules.follow_up_due``)
    rep_name: str
    contact_at: datetime


@dataclass(frozen=True)
class PendingClaim:
    claim_id: int
    kind: str
    amount: Decimal
    currency: str
    rep_name: str
    created_at: datetime
    withdrawable: bool  # the reader is the claim's rep or logged the contact


@dataclass(frozen=True)
class ClientCard:
    client_id: int
    name: str
    external_id: str
    kind: str
    tier: str
    household: str | None
    coverage: list[Coverer]
    contacts: list[ContactLine]
    total_contacts: int
    # Days since the last covering contact, or since coverage began; None: neither.
    days_since: int | None
    since: str | None  # "contact" or "coverage": what ``days_since`` counts from
    max_days: int
    min_days: int
    follow_ups: list[OpenFollowUp]
    claims: list[PendingClaim]
    reader_tz: str
    today: date
    household_id: int | None = None
    # The last counting contact (``rules.last_contact``) and when the next is due by.
    last_contact_at: datetime | None = None
    next_due: date | None = None
    assets: Assets = field(default_factory=Assets)
    # The client's file, newest first (``bot.documents``): names and kinds, never bytes.
    documents: list[DocumentLine] = field(default_factory=list)
    # The reader may log a contact for this client (compliance and marketing record nothing).
    may_log: bool = True
    # Compliance read it: the read is recorded (``record_read``) before it is shown.
    audited_read: bool = False

    @property
    def overdue_by(self) -> int:
        return rules.days_overdue(self.days_since, self.max_days)


# --- finding clients ---------------------------------------------------------------------


def find_for_card(session: Session, *, actor: Rep, text: str) -> list[Candidate]:
    """Clients the actor may see that ``text`` names (best first), as ``/logcontact`` finds them.

    Raises ``NotCovered`` naming the coverage team when the only match is
    someone else's client.
    """
    return find_clients(session, actor=actor, text=text, client_text=text)


def choice_labels(session: Session, candidates: list[Candidate]) -> list[tuple[int, str]]:
    """``(id, "Jane Smith · HNW · C000123")`` for each candidate: same names stay tellable apart."""
    ids = [candidate.client_id for candidate in candidates]
    rows = {
        row[0]: row[1:]
        for row in session.execute(
            select(Client.id, Client.name, Client.tier, Client.external_id).where(
                Client.id.in_(ids)
            )
        )
    }
    return [(client_id, " · ".join(rows[client_id])) for client_id in ids if client_id in rows]


def search_clients(
    session: Session, *, actor: Rep, typed: str, limit: int = OPTIONS_LIMIT
) -> list[tuple[int, str, str]]:
    """``(id, name, external id)`` of the actor's clients whose name contains ``typed``.

    Names starting with it come first; at most ``limit``. Visibility is
    ``bot.directory.access``'s: own book, a manager's team, an assistant's principals.
    """
    needle = normalise(typed)
    query = select(Client.id, Client.name, Client.external_id).where(Client.active.is_(True))
    if needle:
        query = query.where(Client.search_name.contains(needle, autoescape=True))
        starts = case((Client.search_name.startswith(needle, autoescape=True), 0), else_=1)
        query = query.order_by(starts, Client.name, Client.id)
    else:
        query = query.order_by(Client.name, Client.id)
    query = access.restrict_clients(query, actor).limit(limit)
    return [(row[0], row[1], row[2]) for row in session.execute(query)]


# --- the card ----------------------------------------------------------------------------


def load_card(
    session: Session,
    *,
    actor: Rep,
    client_id: int,
    now: datetime,
    currency: str = DEFAULT_CURRENCY,
) -> ClientCard:
    """The card of one client as ``actor`` may see it, read at ``now`` in the actor's zone.

    ``client_id`` is one the actor picked (a button's value) or that ``find_for_card``
    found for a typed name (which already refused, by name, a client the actor
    may not see). Its assets are totalled in ``currency`` (the reporting currency).
    Raises ``ClientNotFound`` and ``NotYours`` (which names nobody).
    """
    client = access.client_from_value(session, actor=actor, client_id=client_id)
    tz = zone(actor.timezone)
    today = now.astimezone(tz).date()
    coverage = _coverage(session, client.id)
    lens = access.lens(session, actor=actor, client_id=client.id)
    contacts, total = _last_contacts(session, client.id, lens)
    last = rules.last_contact(session, client.id)
    since = "contact" if last.last_at else ("coverage" if last.since else None)
    cadence = rules.cadence_for(session, client)
    household = session.get(Household, client.household_id) if client.household_id else None
    days_since = rules.days_since(last.reference, tz=tz, today=today)
    return ClientCard(
        client_id=client.id,
        name=client.name,
        external_id=client.external_id,
        kind=client.kind,
        tier=client.tier,
        household=household.name if household else None,
        coverage=coverage,
        contacts=contacts,
        total_contacts=total,
        days_since=days_since,
        since=since,
        max_days=cadence.max_days,
        min_days=cadence.min_days,
        follow_ups=_follow_ups(session, client.id, last.own_at, today=today, lens=lens),
        claims=_pending_claims(session, client.id, reader=actor, lens=lens),
        reader_tz=actor.timezone,
        today=today,
        household_id=household.id if household else None,
        last_contact_at=last.last_at,
        next_due=rules.next_due(days_since, cadence.max_days, today=today),
        assets=latest_assets(session, [client.id], currency=currency),
        documents=list_documents(session, client.id, reader=actor),
        may_log=access.may_record(actor),
        audited_read=access.audits_reads(actor),
    )


def record_reads(
    session: Session, *, user_id: str, client_ids: list[int], surface: str, now: datetime
) -> None:
    """Record that the reader (compliance) read these clients' cards through ``surface``."""
    actor = session.scalar(select(Rep).where(Rep.slack_user_id == user_id))
    for client_id in client_ids:
        client = session.get(Client, client_id)
        if actor is not None and client is not None:
            access.record_read(session, actor=actor, client=client, surface=surface, now=now)


def _coverage(session: Session, client_id: int) -> list[Coverer]:
    rows = session.execute(
        select(Rep.name, Rep.slack_user_id, Coverage.role)
        .join(Coverage, Coverage.rep_id == Rep.id)
        .where(Coverage.client_id == client_id, Coverage.ended_at.is_(None))
        .order_by(Coverage.role, Coverage.started_at, Rep.name)
    ).all()
    return [Coverer(name, user_id, role) for name, user_id, role in rows]


def _last_contacts(
    session: Session, client_id: int, lens: access.Lens
) -> tuple[list[ContactLine], int]:
    """The last contacts of every kind (service ones too: a listing, not a count)."""
    live = (Interaction.client_id == client_id) & Interaction.deleted_at.is_(None)
    total = session.scalar(select(func.count()).select_from(Interaction).where(live)) or 0
    rows = session.execute(
        select(
            Interaction.id,
            Interaction.occurred_at,
            Rep.name,
            Interaction.channel,
            Interaction.notes,
            Interaction.side,
            Interaction.private,
            Interaction.rep_id,
            Interaction.author_id,
            Interaction.time_given,
        )
        .join(Rep, Rep.id == Interaction.rep_id)
        .where(live)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(LAST_CONTACTS)
    ).all()
    return [_line(lens, tuple(row)) for row in rows], total


def _line(lens: access.Lens, row: tuple[Any, ...]) -> ContactLine:
    id_, at, rep_name, channel, notes, side, private, rep_id, author_id, timed = row
    view = lens.contact(side=side, private=private, rep_id=rep_id, author_id=author_id)
    if view == access.WALLED:
        return ContactLine(id_, at, "", "", "", view, timed)
    if view == access.PRIVATE:
        return ContactLine(id_, at, rep_name, channel, "", view, timed)
    return ContactLine(id_, at, rep_name, channel, notes, view, timed)


def _follow_ups(
    session: Session, client_id: int, last_at: datetime | None, *, today: date, lens: access.Lens
) -> list[OpenFollowUp]:
    """The client's unmet follow-ups, earliest first (``bot.cadence.rules.open_promises``);
    a follow-up behind the banking wall is not the reader's to see."""
    promise = Interaction
    query = (
        select(
            promise.follow_up_on,
            Rep.name,
            promise.occurred_at,
            promise.side,
            promise.private,
            promise.rep_id,
            promise.author_id,
        )
        .join(Rep, Rep.id == promise.rep_id)
        .where(*rules.open_promises(promise, client_id=client_id, last_at=last_at))
        .order_by(promise.follow_up_on, promise.id)
    )
    return [
        OpenFollowUp(on=on, due=rules.follow_up_due(on, today), rep_name=rep_name, contact_at=at)
        for on, rep_name, at, side, private, rep_id, author_id in session.execute(
            query.limit(FOLLOW_UPS)
        )
        if on is not None  # the query asks for dates; this tells the type checker
        and lens.contact(side=side, private=private, rep_id=rep_id, author_id=author_id)
        != access.WALLED
    ]


def _pending_claims(
    session: Session, client_id: int, *, reader: Rep, lens: access.Lens
) -> list[PendingClaim]:
    """Pending claims the reader may see whole: mandates and banking claims only behind the wall."""
    owner = aliased(Rep)
    rows = session.execute(
        select(Claim, owner.name, Interaction.author_id, Interaction.side)
        .join(owner, owner.id == Claim.rep_id)
        .join(Interaction, Interaction.id == Claim.interaction_id)
        .where(Claim.client_id == client_id, Claim.status == "pending")
        .order_by(Claim.created_at, Claim.id)
    ).all()
    return [
        PendingClaim(
            claim_id=claim.id,
            kind=claim.kind,
            amount=Decimal(claim.amount),
            currency=claim.currency,
            rep_name=rep_name,
            created_at=claim.created_at,
            withdrawable=reader.id in (claim.rep_id, author_id),
        )
        for claim, rep_name, author_id, side in rows
        if lens.claim(kind=claim.kind, side=side, rep_id=claim.rep_id, author_id=author_id)
    ]


__all__ = [
    "ClientCard",
    "ContactLine",
    "Coverer",
    "OpenFollowUp",
    "PendingClaim",
    "choice_labels",
    "find_for_card",
    "load_card",
    "record_reads",
    "search_clients",
]

"""What the App Home shows beyond the scorecards: claims waiting, firm counts, the last imports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from bot.reports.bonus import PlanTerms, plan_on
from bot.reports.bonus_plans import load_plans
from bot.reports.periods import Period
from storage.models import Claim, Client, ImportRun, Interaction, Rep

QUEUE_LIMIT = 20


@dataclass(frozen=True)
class WaitingClaim:
    claim_id: int
    kind: str
    amount: Decimal
    currency: str
    client_name: str
    rep_name: str
    raised_at: datetime


@dataclass(frozen=True)
class FirmCounts:
    reps: int
    clients: int
    contacts_in_period: int
    pending_claims: int
    verified_in_period: int
    plan: PlanTerms | None
    imports: tuple[ImportRun, ...]


def waiting_claims(
    session: Session, *, rep_id: int | None = None, limit: int = QUEUE_LIMIT
) -> tuple[list[WaitingClaim], int]:
    """Pending claims oldest first (one rep's, or everyone's for controllers), and how many in all."""
    owner = aliased(Rep)
    query = (
        select(
            Claim.id,
            Claim.kind,
            Claim.amount,
            Claim.currency,
            Client.name,
            owner.name,
            Claim.created_at,
        )
        .join(Client, Client.id == Claim.client_id)
        .join(owner, owner.id == Claim.rep_id)
        .where(Claim.status == "pending")
    )
    count = select(func.count()).select_from(Claim).where(Claim.status == "pending")
    if rep_id is not None:
        query = query.where(Claim.rep_id == rep_id)
        count = count.where(Claim.rep_id == rep_id)
    rows = session.execute(query.order_by(Claim.created_at, Claim.id).limit(limit)).all()
    return [WaitingClaim(*row) for row in rows], int(session.scalar(count) or 0)


def firm_counts(session: Session, *, period: Period, now: datetime) -> FirmCounts:
    until = period.until(now)
    contacts = session.scalar(
        select(func.count())
        .select_from(Interaction)
        .where(
            Interaction.deleted_at.is_(None),
            Interaction.occurred_at >= period.start,
            Interaction.occurred_at < until,
        )
    )
    verified = session.scalar(
        select(func.count())
        .select_from(Claim)
        .where(
            Claim.status == "verified", Claim.decided_at >= period.start, Claim.decided_at < until
        )
    )
    latest = (
        select(ImportRun.kind, func.max(ImportRun.ran_at).label("ran_at"))
        .group_by(ImportRun.kind)
        .subquery()
    )
    imports = session.scalars(
        select(ImportRun)
        .join(latest, (latest.c.kind == ImportRun.kind) & (latest.c.ran_at == ImportRun.ran_at))
        .order_by(ImportRun.ran_at.desc())
    ).all()
    return FirmCounts(
        reps=int(session.scalar(select(func.count()).where(Rep.active.is_(True))) or 0),
        clients=int(session.scalar(select(func.count()).where(Client.active.is_(True))) or 0),
        contacts_in_period=int(contacts or 0),
        pending_claims=waiting_claims(session, limit=0)[1],
        verified_in_period=int(verified or 0),
        plan=plan_on(load_plans(session), period.local_date(now)),
        imports=tuple(imports),
    )

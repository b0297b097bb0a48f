"""Initiative returns: what each sponsorship cost and what the contacts tagged with it brought.

Attribution: a claim belongs to the initiative of the contact that raised it.
Contacts count by when they happened; claims when verified (pledges only once
funded), like the scorecard. "New prospects met" are clients whose first
recorded contact (by anyone) was one of the initiative's contacts in the
period. Return on cost = (verified assets + mandate fees in the initiative's
currency) ÷ cost. Firm-wide figures, for managers and admins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from bot.directory import access
from bot.messages import reports as text
from bot.reports.periods import Period
from bot.reports.queries import without_jit
from storage.models import Claim, Client, Initiative, Interaction, Rep

RETURN_PLACES = Decimal("0.01")


@dataclass
class RoiRow:
    initiative_id: int
    tag: str
    name: str
    cost: Decimal
    currency: str
    contacts: int = 0
    clients: int = 0
    households: int = 0
    new_prospects: int = 0
    assets: dict[str, Decimal] = field(default_factory=dict)
    mandates: int = 0
    mandate_fees: dict[str, Decimal] = field(default_factory=dict)

    @property
    def attributed(self) -> Decimal:
        """Assets plus fees in the initiative's own currency."""
        zero = Decimal(0)
        return self.assets.get(self.currency, zero) + self.mandate_fees.get(self.currency, zero)

    @property
    def return_on_cost(self) -> Decimal | None:
        if not self.cost:
            return None
        return (self.attributed / self.cost).quantize(RETURN_PLACES)


@dataclass
class Roi:
    period: Period
    as_of: datetime
    rows: list[RoiRow]


def roi_for(session: Session, *, actor: Rep, period: Period, now: datetime) -> Roi:
    """Raises ``NotAllowed`` unless the actor is a manager, an admin, marketing or compliance."""
    access.require_may_see_roi(actor, refusal=text.ROI_NOT_ALLOWED)
    return build(session, period=period, now=now)


def build(session: Session, *, period: Period, now: datetime) -> Roi:
    """Every initiative running in the period or with tagged contacts or claims in it."""
    until = period.until(now)
    without_jit(session)
    rows: dict[int | None, RoiRow] = {}
    running = and_(
        Initiative.starts_on <= period.last_day,
        or_(Initiative.ends_on.is_(None), Initiative.ends_on >= period.first_day),
    )
    in_period = and_(
        Interaction.deleted_at.is_(None),
        Interaction.occurred_at >= period.start,
        Interaction.occurred_at < until,
    )
    tagged_ids = select(Interaction.initiative_id).where(
        Interaction.initiative_id.is_not(None), in_period
    )
    verified = and_(
        Claim.status == "verified",
        Claim.decided_at >= period.start,
        Claim.decided_at < until,
        or_(Claim.kind != "pledge", Claim.evidence_reference.is_not(None)),
    )
    claimed_ids = (
        select(Interaction.initiative_id)
        .join(Claim, Claim.interaction_id == Interaction.id)
        .where(Interaction.initiative_id.is_not(None), verified)
    )
    for initiative in session.scalars(
        select(Initiative)
        .where(or_(running, Initiative.id.in_(tagged_ids), Initiative.id.in_(claimed_ids)))
        .order_by(Initiative.starts_on, Initiative.tag)
    ):
        rows[initiative.id] = RoiRow(
            initiative.id,
            initiative.tag,
            initiative.name,
            Decimal(initiative.cost),
            initiative.currency,
        )
    if not rows:
        return Roi(period, until, [])

    for initiative_id, contacts, clients, households in session.execute(
        select(
            Interaction.initiative_id,
            func.count(),
            func.count(func.distinct(Interaction.client_id)),
            func.count(func.distinct(Client.household_id)),
        )
        .join(Client, Client.id == Interaction.client_id)
        .where(Interaction.initiative_id.is_not(None), in_period)
        .group_by(Interaction.initiative_id)
    ):
        row = rows[initiative_id]
        row.contacts, row.clients, row.households = contacts, clients, households

    earlier = aliased(Interaction, name="earlier")
    first_contact = ~exists().where(
        earlier.client_id == Interaction.client_id,
        earlier.deleted_at.is_(None),
        or_(
            earlier.occurred_at < Interaction.occurred_at,
            and_(earlier.occurred_at == Interaction.occurred_at, earlier.id < Interaction.id),
        ),
    )
    for initiative_id, prospects in session.execute(
        select(Interaction.initiative_id, func.count(func.distinct(Interaction.client_id)))
        .where(Interaction.initiative_id.is_not(None), in_period, first_contact)
        .group_by(Interaction.initiative_id)
    ):
        rows[initiative_id].new_prospects = prospects

    # Summed here, not in SQL: SQLite would add the amounts as floats.
    for initiative_id, kind, currency, amount in session.execute(
        select(Interaction.initiative_id, Claim.kind, Claim.currency, Claim.amount)
        .join(Claim, Claim.interaction_id == Interaction.id)
        .where(Interaction.initiative_id.is_not(None), verified)
    ):
        row = rows[initiative_id]
        totals = row.mandate_fees if kind == "mandate" else row.assets
        totals[currency] = totals.get(currency, Decimal(0)) + amount
        row.mandates += kind == "mandate"
    return Roi(period, until, list(rows.values()))

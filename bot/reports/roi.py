"""Initiative returns: what each sponsorship cost and what the contacts tagged with it brought.

Attribution: a claim belongs to the initiative of the contact that raised it.
Contacts count by when they happened; claims when verified (pledges only once
funded), like the scorecard. "New prospects met" are clients whose first
recorded contact (by anyone) was one of the initiative's contacts in the
period. Every amount is on one axis, the reporting currency: each claim
converted at the rate of its booking date, the cost at its start date
(``bot.reports.conversion``). Return on cost = (verified assets + mandate fees)
÷ cost, all converted; an amount without a rate is listed as not converted and
left out (a cost without one leaves the return unknown). Firm-wide figures,
for managers and admins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from bot.directory import access
from bot.i18n import _
from bot.messages import reports as text
from bot.reports.conversion import NotConverted, Rates, claim_not_converted, not_converted
from bot.reports.periods import Period
from bot.reports.queries import without_jit
from storage.models import AccountActivity, Claim, Client, Initiative, Interaction, Rep

RETURN_PLACES = Decimal("0.01")
DEFAULT_CURRENCY = "USD"


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
    # In the reporting currency, exact (rounded where shown); the cost None without a rate.
    reporting_currency: str = DEFAULT_CURRENCY
    cost_converted: Decimal | None = None
    assets_converted: Decimal = Decimal(0)
    fees_converted: Decimal = Decimal(0)
    not_converted: list[NotConverted] = field(default_factory=list)

    @property
    def attributed(self) -> Decimal:
        """Assets plus fees, converted into the reporting currency."""
        return self.assets_converted + self.fees_converted

    @property
    def return_on_cost(self) -> Decimal | None:
        if not self.cost_converted:
            return None
        return (self.attributed / self.cost_converted).quantize(RETURN_PLACES)


@dataclass
class Roi:
    period: Period
    as_of: datetime
    rows: list[RoiRow]
    currency: str = DEFAULT_CURRENCY  # the reporting currency: the one axis


def roi_for(
    session: Session,
    *,
    actor: Rep,
    period: Period,
    now: datetime,
    currency: str = DEFAULT_CURRENCY,
) -> Roi:
    """Raises ``NotAllowed`` unless the actor is a manager, an admin, marketing or compliance."""
    access.require_may_see_roi(actor, refusal=_(text.ROI_NOT_ALLOWED))
    return build(session, period=period, now=now, currency=currency)


def build(
    session: Session, *, period: Period, now: datetime, currency: str = DEFAULT_CURRENCY
) -> Roi:
    """Every initiative running in the period or with tagged contacts or claims in it.

    Amounts in ``currency`` (the reporting currency).
    """
    until = period.until(now)
    without_jit(session)
    rows: dict[int | None, RoiRow] = {}
    starts: list[date] = []
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
        or_(
            Claim.kind != "pledge",
            Claim.evidence_reference.is_not(None),
            Claim.override_reason.is_not(None),
        ),
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
            reporting_currency=currency,
        )
        starts.append(initiative.starts_on)
    if not rows:
        return Roi(period, until, [], currency)

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
    found = session.execute(
        select(
            Interaction.initiative_id,
            Claim.id,
            Claim.kind,
            Claim.currency,
            Claim.amount,
            AccountActivity.booked_on,
            Claim.decided_at,
        )
        .join(Claim, Claim.interaction_id == Interaction.id)
        .outerjoin(AccountActivity, AccountActivity.reference == Claim.evidence_reference)
        .where(Interaction.initiative_id.is_not(None), verified)
        .order_by(Claim.decided_at, Claim.id)
    ).all()
    needed = {row.currency for row in rows.values()} | {claim[3] for claim in found}
    rates = Rates.load(session, currency, needed)
    for row, starts_on in zip(rows.values(), starts, strict=True):
        row.cost_converted = rates.convert(row.cost, row.currency, starts_on)
        if row.cost_converted is None:
            row.not_converted.append(
                not_converted(
                    rates,
                    what="cost",
                    ref=f"#{row.tag}",
                    amount=row.cost,
                    currency=row.currency,
                    on=starts_on,
                )
            )
    for initiative_id, claim_id, kind, claim_currency, amount, booked_on, decided_at in found:
        row = rows[initiative_id]
        totals = row.mandate_fees if kind == "mandate" else row.assets
        totals[claim_currency] = totals.get(claim_currency, Decimal(0)) + amount
        row.mandates += kind == "mandate"
        assert decided_at is not None  # verified
        day = booked_on or period.local_date(decided_at)
        converted = rates.convert(Decimal(amount), claim_currency, day)
        if converted is None:
            row.not_converted.append(
                claim_not_converted(rates, kind, claim_id, Decimal(amount), claim_currency, day)
            )
        elif kind == "mandate":
            row.fees_converted += converted
        else:
            row.assets_converted += converted
    return Roi(period, until, list(rows.values()), currency)

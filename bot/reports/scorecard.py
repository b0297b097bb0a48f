"""Scorecards: each rep's figures for a period, the formula bonus, and who may see whose.

Reps see their own; managers their team (everyone under them, ranked); admins
everyone. ``build`` assembles a scorecard for any set of reps from the
set-based queries in ``bot.reports.queries`` — a handful of statements
whatever the team's size — and is what Slack, the App Home and
``cmsbot report`` all call, so their figures cannot differ.

Every amount is converted into the reporting currency (``CMS_REPORTING_CURRENCY``)
at the rate of its booking date (``bot.reports.conversion``); one without a rate
is listed as not converted and left out of every total, never counted as zero.
The bonus is computed in its plan's currency (the same, unless a plan names
another), each credit converted into it.

Ranking: formula bonus, then verified assets (converted), then contacts, then
name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bot.cadence import rules
from bot.directory import access
from bot.directory.access import team_rep_ids
from bot.errors import NotAllowed
from bot.i18n import _
from bot.messages import reports as text
from bot.reports import activity, queries
from bot.reports.bonus import BonusResult, Credit, PlanTerms, formula_bonus, plan_on
from bot.reports.bonus_plans import load_plans
from bot.reports.conversion import NotConverted, Rates, claim_not_converted, not_converted
from bot.reports.periods import Period
from storage.models import CHANNELS, Rep, RepRole

DEFAULT_CURRENCY = "USD"
_TICK = timedelta(microseconds=1)


@dataclass(frozen=True)
class FollowUps:
    kept: int = 0
    late: int = 0
    missed: int = 0
    open: int = 0

    @property
    def due(self) -> int:
        return self.kept + self.late + self.missed


@dataclass
class RepCard:
    rep_id: int
    slack_user_id: str
    name: str
    contacts: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)
    over_contacts: int = 0
    clients_covered: int = 0
    within_cadence: int = 0
    median_days_overdue: Decimal | None = None
    follow_ups: FollowUps = FollowUps()
    claims: queries.ClaimTally = queries.ClaimTally()
    assets: dict[str, Decimal] = field(default_factory=dict)  # deposits + funded pledges
    deposits: dict[str, Decimal] = field(default_factory=dict)
    pledges_funded: dict[str, Decimal] = field(default_factory=dict)
    pledges_unfunded: dict[str, Decimal] = field(default_factory=dict)
    mandates: int = 0
    mandate_fees: dict[str, Decimal] = field(default_factory=dict)
    # The same, converted into the reporting currency (exact; rounded where shown).
    verified_assets: Decimal = Decimal(0)
    verified_deposits: Decimal = Decimal(0)
    verified_pledges: Decimal = Decimal(0)
    verified_fees: Decimal = Decimal(0)
    unfunded_pledges: Decimal = Decimal(0)
    # Verified amounts left out of the totals above (no rate), and of the bonus.
    not_converted: list[NotConverted] = field(default_factory=list)
    bonus_not_converted: list[NotConverted] = field(default_factory=list)
    overrides: int = 0  # claims verified by override, without a booking
    bonus: BonusResult = field(default_factory=lambda: formula_bonus([], []))
    weekly: list[int] = field(default_factory=list)
    monthly_assets: list[Decimal] = field(default_factory=list)
    rank: int | None = None
    # Assets of the households covered at the period's start and its end (or now), from
    # the positions imported (``queries.household_assets``), converted into the reporting
    # currency at each account's day's rate; None: no positions under coverage then.
    household_assets_start: Decimal | None = None
    household_assets_end: Decimal | None = None
    # The accounts left out of those two totals for want of a rate.
    household_not_converted_start: list[NotConverted] = field(default_factory=list)
    household_not_converted_end: list[NotConverted] = field(default_factory=list)

    @property
    def within_cadence_share(self) -> Decimal | None:
        if not self.clients_covered:
            return None
        return Decimal(self.within_cadence) / Decimal(self.clients_covered)

    def assets_in(self, currency: str) -> Decimal:
        """Verified assets booked in ``currency`` itself, unconverted."""
        return self.assets.get(currency, Decimal(0))

    def fees_in(self, currency: str) -> Decimal:
        """Mandate fees booked in ``currency`` itself, unconverted."""
        return self.mandate_fees.get(currency, Decimal(0))


@dataclass
class Scorecard:
    period: Period
    as_of: datetime
    currency: str
    scope: str  # "self", "rep", "team" or "everyone"
    cards: list[RepCard]
    weeks: list[date]
    months: list[date]
    plans: list[PlanTerms]
    bonus_currency: str = DEFAULT_CURRENCY  # the plan in force's (usually the reporting one)

    @property
    def ranked(self) -> bool:
        return self.scope in ("team", "everyone")


def reps_in_scope(session: Session, *, actor: Rep, target: Rep | None) -> tuple[str, list[Rep]]:
    """Whose scorecards ``actor`` gets: (scope, reps). Raises ``NotAllowed`` for others' reps."""
    access.require_may_see_pay(actor, refusal=_(text.NO_PAY_FIGURES))
    if target is not None:
        if target.id == actor.id:
            return "self", [target]
        if access.may_see_scorecard_of(session, actor=actor, target=target):
            return "rep", [target]
        raise NotAllowed(_(text.NOT_YOUR_REP).format(user=target.slack_user_id))
    if actor.has_role("admin"):
        everyone = select(RepRole.rep_id).where(RepRole.role == "rep")
        return "everyone", _active(session, everyone)
    team = team_of(session, actor)
    if team:
        return "team", team
    return "self", [actor]


def team_of(session: Session, manager: Rep) -> list[Rep]:
    """Everyone active under ``manager`` (at any depth); empty for someone who isn't a manager."""
    if not manager.has_role("manager"):
        return []
    return _active(session, team_rep_ids(manager.id))


def _active(session: Session, ids: Select[Any]) -> list[Rep]:
    return list(
        session.scalars(
            select(Rep).where(Rep.id.in_(ids), Rep.active.is_(True)).order_by(Rep.name, Rep.id)
        )
    )


def scorecard_for(
    session: Session,
    *,
    actor: Rep,
    target: Rep | None,
    period: Period,
    now: datetime,
    currency: str = DEFAULT_CURRENCY,
) -> Scorecard:
    """The scorecard ``actor`` may see, in ``currency``; raises ``NotAllowed``."""
    scope, reps = reps_in_scope(session, actor=actor, target=target)
    return build(session, reps=reps, period=period, now=now, scope=scope, currency=currency)


def build(
    session: Session,
    *,
    reps: Sequence[Rep],
    period: Period,
    now: datetime,
    scope: str = "team",
    currency: str = DEFAULT_CURRENCY,
) -> Scorecard:
    """Every figure for ``reps`` over ``period``, read in the period's time zone.

    ``currency`` is the reporting currency every amount is converted into.
    """
    ids = [rep.id for rep in reps]
    queries.without_jit(session)
    as_of = period.until(now)
    plans = load_plans(session)
    in_force = plan_on(plans, period.local_date(as_of - _TICK)) or (plans[0] if plans else None)
    bonus_currency = in_force.currency if in_force else currency
    weeks = period.weeks(now)
    months = period.months(now)
    cards = {
        rep.id: RepCard(
            rep.id,
            rep.slack_user_id,
            rep.name,
            weekly=[0] * len(weeks),
            monthly_assets=[Decimal(0)] * len(months),
        )
        for rep in reps
    }
    _add_activity(cards, activity.activity(session, rep_ids=ids, period=period, now=now))
    for rep_id, facts in queries.cadence_facts(
        session, rep_ids=ids, as_of=as_of, timezone=period.timezone
    ).items():
        card = cards[rep_id]
        card.clients_covered = facts.covered
        card.within_cadence = facts.covered - len(facts.overdue_days)
        card.median_days_overdue = median(facts.overdue_days)
    found = queries.promises(session, rep_ids=ids, period=period, as_of=as_of)
    _add_follow_ups(cards, found, period, now)
    for rep_id, tally in queries.claim_tallies(
        session, rep_ids=ids, period=period, now=now
    ).items():
        cards[rep_id].claims = tally
    verified = queries.verified_claims(session, rep_ids=ids, period=period)
    needed = {claim.currency for claim in verified} | {plan.currency for plan in plans}
    rates = Rates.load(session, currency, needed)
    _add_claims(cards, verified, plans, period, months, rates)
    _add_household_assets(session, cards, ids, period, as_of, currency)
    ordered = list(cards.values())
    if scope in ("team", "everyone"):
        ordered.sort(key=lambda c: (-c.bonus.total, -c.verified_assets, -c.contacts, c.name))
        for position, card in enumerate(ordered, start=1):
            card.rank = position
    return Scorecard(
        period=period,
        as_of=as_of,
        currency=currency,
        scope=scope,
        cards=ordered,
        weeks=[monday for monday, _s, _e in weeks],
        months=[first for first, _s, _e in months],
        plans=plans,
        bonus_currency=bonus_currency,
    )


def median(values: Sequence[int]) -> Decimal | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return Decimal(ordered[middle])
    return (Decimal(ordered[middle - 1]) + Decimal(ordered[middle])) / 2


def _add_activity(cards: dict[int, RepCard], cells: list[activity.ActivityCell]) -> None:
    channels: dict[int, Counter[str]] = defaultdict(Counter)
    for cell in cells:
        card = cards[cell.rep_id]
        card.contacts += cell.contacts
        card.over_contacts += cell.over_contacts
        card.weekly[cell.week] += cell.contacts
        channels[cell.rep_id][cell.channel] += cell.contacts
    for rep_id, counter in channels.items():
        cards[rep_id].by_channel = {ch: counter[ch] for ch in CHANNELS if counter[ch]}


def _add_follow_ups(
    cards: dict[int, RepCard], found: list[queries.Promise], period: Period, now: datetime
) -> None:
    today = period.local_date(now)
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for promise in found:
        met = promise.next_contact_at
        met_on = period.local_date(met) if met is not None else None
        counts[promise.rep_id][rules.follow_up_outcome(promise.due, met_on, today)] += 1
    for rep_id, counter in counts.items():
        cards[rep_id].follow_ups = FollowUps(
            counter["kept"], counter["late"], counter["missed"], counter["open"]
        )


def booking_day(claim: queries.VerifiedClaim, period: Period) -> date:
    """The proving booking's date; the decision's local date when there is none."""
    return claim.booked_on or period.local_date(claim.decided_at)


def _add_claims(
    cards: dict[int, RepCard],
    verified: list[queries.VerifiedClaim],
    plans: list[PlanTerms],
    period: Period,
    months: list[tuple[date, datetime, datetime]],
    rates: Rates,
) -> None:
    credits: dict[int, list[Credit]] = defaultdict(list)
    for claim in verified:
        card = cards[claim.rep_id]
        day = booking_day(claim, period)
        converted = rates.convert(claim.amount, claim.currency, day)
        card.overrides += claim.override
        if claim.kind == "pledge" and not claim.funded:
            _plus(card.pledges_unfunded, claim.currency, claim.amount)
            if converted is not None:
                card.unfunded_pledges += converted
            continue
        if converted is None:
            card.not_converted.append(
                claim_not_converted(
                    rates, claim.kind, claim.claim_id, claim.amount, claim.currency, day
                )
            )
        if claim.kind == "mandate":
            card.mandates += 1
            _plus(card.mandate_fees, claim.currency, claim.amount)
            card.verified_fees += converted or 0
        else:
            _plus(card.assets, claim.currency, claim.amount)
            _plus(
                card.deposits if claim.kind == "deposit" else card.pledges_funded,
                claim.currency,
                claim.amount,
            )
            if converted is not None:
                card.verified_assets += converted
                if claim.kind == "deposit":
                    card.verified_deposits += converted
                else:
                    card.verified_pledges += converted
                for index, (_first, start, end) in enumerate(months):
                    if start <= claim.decided_at < end:
                        card.monthly_assets[index] += converted
        on = period.local_date(claim.decided_at)
        plan = plan_on(plans, on)
        if plan is None:  # earns nothing; formula_bonus counts it as before any plan
            if converted is not None:
                credits[claim.rep_id].append(
                    Credit(
                        claim.claim_id,
                        claim.kind,
                        converted,
                        rates.reporting,
                        claim.decided_at,
                        on,
                    )
                )
            continue
        in_plan = rates.convert(claim.amount, claim.currency, day, into=plan.currency)
        if in_plan is None:
            card.bonus_not_converted.append(
                claim_not_converted(
                    rates,
                    claim.kind,
                    claim.claim_id,
                    claim.amount,
                    claim.currency,
                    day,
                    plan.currency,
                )
            )
            continue
        credits[claim.rep_id].append(
            Credit(claim.claim_id, claim.kind, in_plan, plan.currency, claim.decided_at, on)
        )
    for rep_id, card in cards.items():
        card.bonus = formula_bonus(credits.get(rep_id, []), plans)


def _add_household_assets(
    session: Session,
    cards: dict[int, RepCard],
    ids: list[int],
    period: Period,
    as_of: datetime,
    currency: str,
) -> None:
    """Household assets under coverage: the day before the period began, and its last day
    read; each account at the rate of its day (``bot.reports.conversion``), one without a
    rate listed and left out."""
    before = period.local_date(period.start) - timedelta(days=1)
    start = queries.household_assets(session, rep_ids=ids, at=period.start, on=before)
    last = period.local_date(as_of - _TICK)
    end = queries.household_assets(session, rep_ids=ids, at=as_of, on=last)
    held = {h.currency for found in (start, end) for rows in found.values() for h in rows}
    if not held:
        return
    rates = Rates.load(session, currency, held)
    for rep_id, card in cards.items():
        if rep_id in start:
            card.household_assets_start, card.household_not_converted_start = _converted(
                start[rep_id], rates
            )
        if rep_id in end:
            card.household_assets_end, card.household_not_converted_end = _converted(
                end[rep_id], rates
            )


def _converted(holdings: list[queries.Holding], rates: Rates) -> tuple[Decimal, list[NotConverted]]:
    total, left_out = Decimal(0), []
    for holding in holdings:
        value = rates.convert(holding.value, holding.currency, holding.as_of)
        if value is None:
            left_out.append(
                not_converted(
                    rates,
                    what="account",
                    ref=holding.account,
                    amount=holding.value,
                    currency=holding.currency,
                    on=holding.as_of,
                )
            )
        else:
            total += value
    return total, left_out


def _plus(totals: dict[str, Decimal], currency: str, amount: Decimal) -> None:
    totals[currency] = totals.get(currency, Decimal(0)) + amount

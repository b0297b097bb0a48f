"""The scorecard's set-based queries: one statement per kind of fact, for any number of reps.

Each returns plain values keyed by rep id; nothing here loops over reps. The
time-zone-dependent parts (weeks, local dates) are computed from boundaries
made in Python and compared as instants, so both backends agree exactly.

The cadence rules are ``bot.cadence.rules``', read at the scorecard's instant
(the period's end, or now): the cadence that applies, the last counting
contact (by the team covering the client then), and the contact that met each
follow-up (the first counting one after the promise).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from bot.cadence import BookRow, classify, rules
from bot.messages.formatting import zone
from bot.reports.periods import Period
from storage.engine import is_postgres
from storage.models import (
    AccountActivity,
    Claim,
    Client,
    ClientAccount,
    Coverage,
    Interaction,
    Position,
)


@dataclass(frozen=True)
class CadenceFacts:
    covered: int
    overdue_days: tuple[int, ...]  # days past max_days, one per overdue client


@dataclass(frozen=True)
class Promise:
    rep_id: int
    due: date
    next_contact_at: datetime | None  # the contact that met it (``rules.first_contact_after``)


@dataclass(frozen=True)
class ClaimTally:
    raised: int = 0
    verified: int = 0
    rejected: int = 0
    withdrawn: int = 0
    pending: int = 0


@dataclass(frozen=True)
class VerifiedClaim:
    claim_id: int
    rep_id: int
    kind: str
    amount: Decimal
    currency: str
    funded: bool  # proved by a booking, or verified by override (what a pledge needs to count)
    decided_at: datetime
    booked_on: date | None = None  # the proving booking's date (what the rate is read for)
    override: bool = False  # verified without a booking, with a controller's written reason


# Large results are read through ``session.connection()``: plain rows, without the
# ORM's per-row adaptation (a tenth of a team-year scorecard's time otherwise).


def without_jit(session: Session) -> None:
    """Turn PostgreSQL's JIT off for this transaction (``SET LOCAL``, so nothing leaks).

    These statements are short but many-branched: JIT spent longer compiling
    them than running them (about 150 ms of 480 on the benchmark book).
    """
    if is_postgres(session):
        session.execute(text("SET LOCAL jit = off"))


def cadence_facts(
    session: Session, *, rep_ids: Sequence[int], as_of: datetime, timezone: str
) -> dict[int, CadenceFacts]:
    """Per rep: active clients covered at ``as_of`` and how far past cadence the overdue ones are.

    The rules are ``bot.cadence.rules``' (the cadence that applies, the last
    counting contact — the household's for a household-wide cadence — both read at ``as_of``), days counted by
    ``bot.cadence.classify`` on the local date of ``as_of``.
    """
    if not rep_ids:
        return {}
    mine = (
        select(Coverage.rep_id, Coverage.client_id)
        .where(Coverage.rep_id.in_(list(rep_ids)), rules.coverage_in_force(Coverage, at=as_of))
        .distinct()
        .cte("mine")
    )
    team = rules.team_contacts(select(mine.c.client_id), at=as_of).cte("team")
    cadence = rules.applicable_cadence()
    last_at: Any = team.c.last_at
    shared = None
    if rules.household_cadence_in_use(session):
        shared = rules.household_contacts(select(mine.c.client_id), at=as_of).subquery("shared")
        last_at = rules.household_last_at(team.c.last_at, shared.c.last_at, cadence.household)
    inner = (
        select(mine.c.rep_id, mine.c.client_id, cadence.max_days, last_at, team.c.since)
        .select_from(mine)
        .join(team, team.c.client_id == mine.c.client_id)
        .join(Client, and_(Client.id == mine.c.client_id, Client.active.is_(True)))
    )
    if shared is not None:
        inner = inner.outerjoin(shared, shared.c.household_id == Client.household_id)
    query = cadence.join(inner)
    today = as_of.astimezone(zone(timezone)).date()
    covered: dict[int, int] = defaultdict(int)
    overdue: dict[int, list[int]] = defaultdict(list)
    for rep_id, client_id, days, last, since in session.connection().execute(query):
        covered[rep_id] += 1
        row = BookRow(rep_id, client_id, "", "", days, 0, last, None, since, None, None)
        status = classify(row, timezone=timezone, today=today)
        if status.overdue:
            overdue[rep_id].append(rules.days_overdue(status.days_since, status.max_days))
    return {
        rep_id: CadenceFacts(covered[rep_id], tuple(sorted(overdue[rep_id]))) for rep_id in covered
    }


def promises(
    session: Session, *, rep_ids: Sequence[int], period: Period, as_of: datetime | None = None
) -> list[Promise]:
    """Each follow-up the reps promised for a date in the period, with the contact that met it.

    Read at ``as_of`` (the scorecard's: the period's end, or now), by
    ``bot.cadence.rules.first_contact_after``; ``None`` reads at the period's end.
    """
    if not rep_ids:
        return []
    promise = Interaction
    met_at = rules.first_contact_after(promise, at=period.end if as_of is None else as_of)
    rows = (
        session.connection()
        .execute(
            select(promise.rep_id, promise.follow_up_on, met_at).where(
                promise.rep_id.in_(list(rep_ids)),
                rules.is_promise(promise),
                promise.follow_up_on >= period.first_day,
                promise.follow_up_on <= period.last_day,
            )
        )
        .all()
    )
    return [Promise(rep_id, due, after_at) for rep_id, due, after_at in rows if due is not None]


def claim_tallies(
    session: Session, *, rep_ids: Sequence[int], period: Period, now: datetime
) -> dict[int, ClaimTally]:
    """Raised in the period (by day raised); decided in it (by day decided); pending now."""
    if not rep_ids:
        return {}
    start, end = period.start, period.end
    raised = and_(Claim.created_at >= start, Claim.created_at < end)
    decided = and_(Claim.decided_at >= start, Claim.decided_at < end)

    def tally(condition: ColumnElement[bool]) -> Any:
        return func.sum(case((condition, 1), else_=0))

    rows = session.execute(
        select(
            Claim.rep_id,
            tally(raised),
            tally(and_(Claim.status == "verified", decided)),
            tally(and_(Claim.status == "rejected", decided)),
            tally(and_(Claim.status == "withdrawn", decided)),
            tally(and_(Claim.status == "pending", Claim.created_at < end)),
        )
        .where(Claim.rep_id.in_(list(rep_ids)), or_(raised, decided, Claim.status == "pending"))
        .group_by(Claim.rep_id)
    ).all()
    return {row[0]: ClaimTally(*(int(value or 0) for value in row[1:])) for row in rows}


def verified_claims(
    session: Session, *, rep_ids: Sequence[int] | None, period: Period
) -> list[VerifiedClaim]:
    """Claims verified in the period (all reps when ``rep_ids`` is None), oldest decision first."""
    query = (
        select(
            Claim.id,
            Claim.rep_id,
            Claim.kind,
            Claim.amount,
            Claim.currency,
            or_(Claim.evidence_reference.is_not(None), Claim.override_reason.is_not(None)),
            Claim.decided_at,
            AccountActivity.booked_on,
            Claim.override_reason.is_not(None),
        )
        .outerjoin(AccountActivity, AccountActivity.reference == Claim.evidence_reference)
        .where(
            Claim.status == "verified",
            Claim.decided_at >= period.start,
            Claim.decided_at < period.end,
        )
    )
    if rep_ids is not None:
        if not rep_ids:
            return []
        query = query.where(Claim.rep_id.in_(list(rep_ids)))
    rows = session.execute(query.order_by(Claim.decided_at, Claim.id)).all()
    return [
        VerifiedClaim(r[0], r[1], r[2], Decimal(r[3]), r[4], bool(r[5]), r[6], r[7], bool(r[8]))
        for r in rows
        if r[6] is not None
    ]


@dataclass(frozen=True)
class Holding:
    """One account's latest day under a rep's coverage, in one currency (classes summed)."""

    account: str
    as_of: date
    currency: str
    value: Decimal


def household_assets(
    session: Session, *, rep_ids: Sequence[int], at: datetime, on: date
) -> dict[int, list[Holding]]:
    """Per rep: the accounts of the households they cover at ``at``, as of the day ``on``.

    A rep covering any member of a household has the whole household under
    coverage (every active member's accounts; a client without a household
    counts alone), each account once, at its latest positions on or before
    ``on`` (``bot.directory.assets``' rule, in SQL), per currency with its day,
    unconverted: the caller converts each at its day's rate (``bot.reports.conversion``).
    """
    if not rep_ids or not session.scalar(select(exists().where(Position.id.is_not(None)))):
        return {}
    covered = (
        select(Coverage.rep_id.label("rep_id"), Coverage.client_id.label("client_id"))
        .where(Coverage.rep_id.in_(list(rep_ids)), rules.coverage_in_force(Coverage, at=at))
        .subquery("covered")
    )
    own, member = aliased(Client, name="own"), aliased(Client, name="member")
    reach = (
        select(covered.c.rep_id, member.id.label("client_id"))
        .join(own, own.id == covered.c.client_id)
        .join(member, or_(member.id == own.id, member.household_id == own.household_id))
        .where(member.active.is_(True))
        .distinct()
        .subquery("reach")
    )
    latest = (
        select(Position.account, func.max(Position.as_of).label("as_of"))
        .where(Position.as_of <= on)
        .group_by(Position.account)
        .subquery("latest")
    )
    rows = session.execute(
        select(
            reach.c.rep_id,
            Position.account,
            Position.as_of,
            Position.currency,
            func.sum(Position.market_value),
        )
        .join(ClientAccount, ClientAccount.client_id == reach.c.client_id)
        .join(latest, latest.c.account == ClientAccount.account)
        .join(
            Position, and_(Position.account == latest.c.account, Position.as_of == latest.c.as_of)
        )
        .group_by(reach.c.rep_id, Position.account, Position.as_of, Position.currency)
        .order_by(reach.c.rep_id, Position.account, Position.currency)
    ).all()
    found: dict[int, list[Holding]] = defaultdict(list)
    for rep_id, account, as_of, currency, total in rows:
        found[rep_id].append(Holding(account, as_of, currency, Decimal(total)))
    return dict(found)

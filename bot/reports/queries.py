"""The scorecard's set-based queries: one statement per kind of fact, for any number of reps.

Each returns plain values keyed by rep id; nothing here loops over reps. The
time-zone-dependent parts (weeks, local dates) are computed from boundaries
made in Python and compared as instants, so both backends agree exactly.

Who counts as "covering" a client follows ``bot.cadence``: a contact keeps a
client within cadence when its rep covered the client at the moment the
cadence is read (for a past period, its end); a follow-up is kept by a contact
from anyone covering the client when that contact happened.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session, aliased

from bot.cadence import BookRow, classify
from bot.cadence_policy import DEFAULT_TIER, FALLBACK
from bot.formatting import zone
from bot.reports.periods import Period
from storage.engine import is_postgres
from storage.models import (
    CadenceOverride,
    CadencePolicy,
    Claim,
    Client,
    Coverage,
    Interaction,
)


@dataclass(frozen=True)
class CadenceFacts:
    covered: int
    overdue_days: tuple[int, ...]  # days past max_days, one per overdue client


@dataclass(frozen=True)
class Promise:
    rep_id: int
    due: date
    next_contact_at: datetime | None


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
    funded: bool  # has the evidence reference of a deposit (what a pledge needs to count)
    decided_at: datetime


# Large results are read through ``session.connection()``: plain rows, without the
# ORM's per-row adaptation (a tenth of a team-year scorecard's time otherwise).


def without_jit(session: Session) -> None:
    """Turn PostgreSQL's JIT off for this transaction (``SET LOCAL``, so nothing leaks).

    These statements are short but many-branched: JIT spent longer compiling
    them than running them (about 150 ms of 480 on the benchmark book).
    """
    if is_postgres(session):
        session.execute(text("SET LOCAL jit = off"))


def cadence_days() -> tuple[ColumnElement[Any], ColumnElement[Any], Any]:
    """(max_days, min_days, joins): the client's override, else its tier's, else the firm's."""
    tier = aliased(CadencePolicy, name="tier_policy")
    firm = aliased(CadencePolicy, name="firm_policy")
    max_days = func.coalesce(CadenceOverride.max_days, tier.max_days, firm.max_days, FALLBACK[0])
    min_days = func.coalesce(CadenceOverride.min_days, tier.min_days, firm.min_days, FALLBACK[1])

    def joins(query: Any) -> Any:
        return (
            query.outerjoin(CadenceOverride, CadenceOverride.client_id == Client.id)
            .outerjoin(tier, tier.tier == Client.tier)
            .outerjoin(firm, firm.tier == literal(DEFAULT_TIER))
        )

    return max_days, min_days, joins


def covering_at(coverage: Any, client_id: Any, rep_id: Any, instant: Any) -> ColumnElement[bool]:
    return exists().where(
        coverage.client_id == client_id,
        coverage.rep_id == rep_id,
        coverage.started_at <= instant,
        or_(coverage.ended_at.is_(None), coverage.ended_at > instant),
    )


def cadence_facts(
    session: Session, *, rep_ids: Sequence[int], as_of: datetime, timezone: str
) -> dict[int, CadenceFacts]:
    """Per rep: active clients covered at ``as_of`` and how far past cadence the overdue ones are.

    The rule is ``bot.cadence.classify``'s, read on the local date of ``as_of``.
    """
    if not rep_ids:
        return {}
    team = aliased(Coverage, name="team")
    live = aliased(Interaction, name="live")
    active = and_(
        Coverage.started_at <= as_of, or_(Coverage.ended_at.is_(None), Coverage.ended_at > as_of)
    )
    mine = (
        select(Coverage.rep_id, Coverage.client_id)
        .where(Coverage.rep_id.in_(list(rep_ids)), active)
        .distinct()
        .cte("mine")
    )
    books = select(mine.c.client_id).distinct().cte("books")
    # The latest contact by anyone: one step down the (client, occurred_at) index.
    # It is almost always by a covering rep; only when it is not do we search.
    newest = aliased(Interaction, name="newest")
    latest_id = (
        select(newest.id)
        .where(
            newest.client_id == books.c.client_id,
            newest.deleted_at.is_(None),
            newest.occurred_at < as_of,
        )
        .order_by(newest.occurred_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    since = (
        select(func.min(team.started_at))
        .where(
            team.client_id == books.c.client_id,
            team.started_at <= as_of,
            or_(team.ended_at.is_(None), team.ended_at > as_of),
        )
        .scalar_subquery()
    )
    facts = select(books.c.client_id, latest_id.label("latest_id"), since.label("since")).cte(
        "facts"
    )
    last = aliased(Interaction, name="last")
    searched = (
        select(live.occurred_at)
        .where(
            live.client_id == facts.c.client_id,
            live.deleted_at.is_(None),
            live.occurred_at < as_of,
            covering_at(team, live.client_id, live.rep_id, as_of),
        )
        .order_by(live.occurred_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    checker = aliased(Coverage, name="checker")
    last_at = case(
        (last.id.is_(None), None),
        (covering_at(checker, last.client_id, last.rep_id, as_of), last.occurred_at),
        else_=searched,
    )
    max_days, _min_days, joins = cadence_days()
    query = joins(
        select(mine.c.rep_id, mine.c.client_id, max_days, last_at, facts.c.since)
        .select_from(mine)
        .join(facts, facts.c.client_id == mine.c.client_id)
        .outerjoin(last, last.id == facts.c.latest_id)
        .join(Client, and_(Client.id == mine.c.client_id, Client.active.is_(True)))
    )
    today = as_of.astimezone(zone(timezone)).date()
    covered: dict[int, int] = defaultdict(int)
    overdue: dict[int, list[int]] = defaultdict(list)
    for rep_id, client_id, days, last, since in session.connection().execute(query):
        covered[rep_id] += 1
        row = BookRow(rep_id, client_id, "", "", days, 0, last, None, since, None, None)
        status = classify(row, timezone=timezone, today=today)
        if status.overdue:
            overdue[rep_id].append(status.days_since - status.max_days)
    return {
        rep_id: CadenceFacts(covered[rep_id], tuple(sorted(overdue[rep_id]))) for rep_id in covered
    }


def promises(session: Session, *, rep_ids: Sequence[int], period: Period) -> list[Promise]:
    """Each follow-up the reps promised for a date in the period, with the first contact after it."""
    if not rep_ids:
        return []
    promise = Interaction
    after = aliased(Interaction, name="after")
    cover = aliased(Coverage, name="cover")
    next_at = (
        select(after.occurred_at)
        .where(
            after.client_id == promise.client_id,
            after.deleted_at.is_(None),
            after.occurred_at > promise.occurred_at,
            covering_at(cover, after.client_id, after.rep_id, after.occurred_at),
        )
        .order_by(after.occurred_at)
        .limit(1)
        .scalar_subquery()
    )
    rows = (
        session.connection()
        .execute(
            select(promise.rep_id, promise.follow_up_on, next_at).where(
                promise.rep_id.in_(list(rep_ids)),
                promise.deleted_at.is_(None),
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
    query = select(
        Claim.id,
        Claim.rep_id,
        Claim.kind,
        Claim.amount,
        Claim.currency,
        Claim.evidence_reference.is_not(None),
        Claim.decided_at,
    ).where(
        Claim.status == "verified",
        Claim.decided_at >= period.start,
        Claim.decided_at < period.end,
    )
    if rep_ids is not None:
        if not rep_ids:
            return []
        query = query.where(Claim.rep_id.in_(list(rep_ids)))
    rows = session.execute(query.order_by(Claim.decided_at, Claim.id)).all()
    return [
        VerifiedClaim(r[0], r[1], r[2], Decimal(r[3]), r[4], bool(r[5]), r[6])
        for r in rows
        if r[6] is not None
    ]

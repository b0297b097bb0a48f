"""Contacts and over-contacts per rep, local week and channel: one statement for a whole team.

Weeks are Monday-started in the reader's zone; their ends are made in Python
and compared as instants (a balanced ``CASE``), so both backends agree.
An over-contact came less than the client's ``min_days`` after the previous
contact with that client by anyone (as ``/logcontact`` warns). Most contacts
have no earlier one within the widest ``min_days`` of any policy: one index
probe says so, and no client, tier or policy row is read for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from bot.cadence import shift_days
from bot.cadence_policy import DEFAULT_TIER, FALLBACK
from bot.reports.periods import Period
from storage.models import CadenceOverride, CadencePolicy, Client, Interaction


@dataclass(frozen=True)
class ActivityCell:
    rep_id: int
    week: int
    channel: str
    contacts: int
    over_contacts: int


def bucket(instant: Any, ends: Sequence[datetime], low: int = 0, high: int | None = None) -> Any:
    """The index of the first of ``ends`` after ``instant``: a balanced CASE, log2(n) tests a row."""
    high = len(ends) - 1 if high is None else high
    if low == high:
        return literal(low)
    middle = (low + high) // 2
    return case(
        (instant < ends[middle], bucket(instant, ends, low, middle)),
        else_=bucket(instant, ends, middle + 1, high),
    )


def activity(
    session: Session, *, rep_ids: Sequence[int], period: Period, now: datetime
) -> list[ActivityCell]:
    """Contacts and over-contacts per rep, local week and channel (undone contacts excluded)."""
    weeks = period.weeks(now)
    if not rep_ids or not weeks:
        return []
    me = Interaction
    week = bucket(me.occurred_at, [end for _monday, _start, end in weeks])
    widest = widest_min_days(session)
    over: Any = literal(0)
    if widest > 0:
        # The cheap probe first; the client's own min_days only when it finds something.
        over = case(
            (
                _earlier_within(me, literal(widest)),
                case((_earlier_within(me, min_days_of(me)), 1), else_=0),
            ),
            else_=0,
        )
    query = select(me.rep_id, week.label("week"), me.channel, func.count(), func.sum(over)).where(
        me.rep_id.in_(list(rep_ids)),
        me.deleted_at.is_(None),
        me.occurred_at >= period.start,
        me.occurred_at < period.until(now),
    )
    rows = session.connection().execute(query.group_by(me.rep_id, week, me.channel)).all()
    return [ActivityCell(r[0], int(r[1]), r[2], int(r[3]), int(r[4] or 0)) for r in rows]


def widest_min_days(session: Session) -> int:
    """The largest ``min_days`` any client can have (overrides, tiers, the firm, the fallback)."""
    found = session.execute(
        select(func.max(CadencePolicy.min_days)).union_all(
            select(func.max(CadenceOverride.min_days))
        )
    ).scalars()
    return max([FALLBACK[1], *(value for value in found if value is not None)])


def min_days_of(me: Any) -> Any:
    """``me``'s client's ``min_days``: its override, else its tier's, else the firm's.

    Correlated to ``me`` explicitly: it is used two subqueries deep.
    """
    tier = aliased(CadencePolicy, name="own_tier")
    firm = aliased(CadencePolicy, name="firm_wide")
    return func.coalesce(
        select(CadenceOverride.min_days)
        .where(CadenceOverride.client_id == me.client_id)
        .correlate(me)
        .scalar_subquery(),
        select(tier.min_days)
        .join(Client, Client.tier == tier.tier)
        .where(Client.id == me.client_id)
        .correlate(me)
        .scalar_subquery(),
        select(firm.min_days).where(firm.tier == DEFAULT_TIER).scalar_subquery(),
        FALLBACK[1],
    )


def _earlier_within(me: Any, days: Any) -> Any:
    """Another live contact with ``me``'s client, before it and less than ``days`` days before."""
    prev = aliased(Interaction, name="prev")
    return exists().where(
        prev.client_id == me.client_id,
        prev.deleted_at.is_(None),
        prev.id != me.id,
        prev.occurred_at <= me.occurred_at,
        # The index range; on SQLite a hair wider than exact at the boundary...
        prev.occurred_at > shift_days(me.occurred_at, -days),
        or_(prev.occurred_at < me.occurred_at, prev.id < me.id),
        # ...so the exact test, both sides through shift_days (like-formatted text).
        shift_days(prev.occurred_at, days) > shift_days(me.occurred_at, literal(0)),
    )

"""Contacts and over-contacts per rep, local week and channel: one statement for a whole team.

Weeks are Monday-started in the reader's zone; their ends are made in Python
and compared as instants (a balanced ``CASE``), so both backends agree.
An over-contact came less than the client's ``min_days`` after the previous
contact with that client by anyone (``bot.cadence.rules.earlier_contact_within``,
as ``/logcontact`` warns), ``min_days`` being the cadence that applies
(``rules.cadence_column``). Most contacts have no earlier one within the widest
``min_days`` of any policy: one index probe says so, and no client, tier or
policy row is read for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from bot.cadence import rules
from bot.reports.periods import Period
from storage.models import Interaction


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
    widest = rules.widest_min_days(session)
    over: Any = literal(0)
    if widest > 0:
        # The cheap probe first; the client's own min_days only when it finds something.
        over = case(
            (
                rules.earlier_contact_within(me, literal(widest)),
                case((rules.earlier_contact_within(me, min_days_of(me)), 1), else_=0),
            ),
            else_=0,
        )
    query = select(me.rep_id, week.label("week"), me.channel, func.count(), func.sum(over)).where(
        me.rep_id.in_(list(rep_ids)),
        rules.counts(me),
        me.occurred_at >= period.start,
        me.occurred_at < period.until(now),
    )
    rows = session.connection().execute(query.group_by(me.rep_id, week, me.channel)).all()
    return [ActivityCell(r[0], int(r[1]), r[2], int(r[3]), int(r[4] or 0)) for r in rows]


def min_days_of(me: Any) -> Any:
    """``me``'s client's ``min_days`` (the rule's), correlated to ``me``: it sits two subqueries deep."""
    return rules.cadence_column(me.client_id, "min_days", correlate=me)

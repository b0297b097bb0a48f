"""The set-based query behind every cadence list: one statement for many reps at once.

For every client in the readers' books it computes — with one index-only
probe per covering rep (``ix_interactions_live_client_rep``) and one per
client (``ix_interactions_live_follow_up``) — the last contact by anyone
covering the client and its channel, when coverage began, the latest
follow-up date already reached, the cadence that applies (client override,
else tier, else the firm's ``*``) and the reader's running snooze. A coarse
filter keeps only rows that may be overdue, due a follow-up or at risk; it
allows ``SLACK`` for daylight-saving shifts, so it is a superset of what
``bot.cadence.classify`` keeps, never less.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    Date,
    Integer,
    String,
    and_,
    bindparam,
    func,
    literal,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.expression import FunctionElement

from bot.cadence_policy import DEFAULT_TIER, FALLBACK
from storage.models import (
    CadenceOverride,
    CadencePolicy,
    Client,
    Coverage,
    Interaction,
    Snooze,
)
from storage.types import UTCDateTime

# Local midnight moves by an hour on daylight-saving days; the SQL filter allows for it.
SLACK = timedelta(hours=2)


class shift_days(FunctionElement[datetime]):
    """``instant + days`` (``days`` a column or number) on both backends."""

    type = UTCDateTime()
    inherit_cache = True
    name = "shift_days"


@compiles(shift_days)
def _shift_days_default(element: Any, compiler: Any, **kw: Any) -> str:
    instant, days = list(element.clauses)
    return f"({compiler.process(instant, **kw)} + make_interval(days => {compiler.process(days, **kw)}))"


@compiles(shift_days, "sqlite")
def _shift_days_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    instant, days = list(element.clauses)
    return (
        f"strftime('%Y-%m-%d %H:%M:%f', {compiler.process(instant, **kw)}, "
        f"({compiler.process(days, **kw)}) || ' days')"
    )


class day_start(FunctionElement[datetime]):
    """Midnight UTC at the start of a ``DATE`` value, as an instant."""

    type = UTCDateTime()
    inherit_cache = True
    name = "day_start"


@compiles(day_start)
def _day_start_default(element: Any, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"(CAST({compiler.process(value, **kw)} AS TIMESTAMP) AT TIME ZONE 'UTC')"


@compiles(day_start, "sqlite")
def _day_start_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"strftime('%Y-%m-%d %H:%M:%f', {compiler.process(value, **kw)})"


class BookRow(NamedTuple):
    """The facts about one client in one covering rep's book (times in UTC)."""

    rep_id: int
    client_id: int
    name: str
    tier: str
    max_days: int
    min_days: int
    last_contact_at: datetime | None
    last_channel: str | None
    covered_since: datetime
    follow_up_on: date | None  # latest follow-up date on or before the query's day
    snoozed_until: datetime | None


def book_rows(
    session: Session, *, rep_ids: Sequence[int], now: datetime, today: date
) -> list[BookRow]:
    """Facts for every client of ``rep_ids`` that may be overdue, due or at risk.

    A superset of what the exact rules select, by design (see the module
    docstring); ``classify`` decides. One statement, whatever the number of reps.
    """
    if not rep_ids:
        return []
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        # Row estimates for the probes are wild; JIT-compiling them costs more than it saves.
        connection.execute(text("SET LOCAL jit = off"))
        # Sorts and hashes of a whole firm's books fit in memory instead of spilling to disk.
        connection.execute(text("SET LOCAL work_mem = '32MB'"))
    rows = connection.execute(
        _book_statement(),
        {
            "rep_ids": list(rep_ids),
            "now": now,
            "today": today,
            "late_cutoff": now + SLACK,
            "recent_cutoff": now - SLACK,
        },
    ).all()
    # Instants and dates arrive raw (text on SQLite) and are read here: far cheaper per row.
    return [
        BookRow(
            rep_id,
            client_id,
            name,
            tier,
            max_days,
            min_days,
            _instant(last_at),
            channel,
            _instant(since),  # type: ignore[arg-type]
            _day(follow_up),
            _instant(until),
        )
        for rep_id, client_id, name, tier, max_days, min_days, last_at, channel, since, follow_up, until in rows
    ]


def _instant(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite's naive UTC text; the suffix is cheaper than .replace()
        return datetime.fromisoformat(value + "+00:00")
    return value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@cache
def _book_statement() -> Any:
    """The one statement behind every list (SQLAlchemy caches its compiled form).

    ``mine``: the readers' live coverage. ``team``: per client in those books,
    when coverage began and, by one index probe per covering rep, the last
    contact; by one more probe, the latest follow-up date already reached.
    Then policies, snoozes and the coarse filter. Indexes
    ``ix_interactions_live_client_rep`` and ``ix_interactions_live_follow_up``
    make every probe a single index-only seek.
    """
    coverage = aliased(Coverage, name="coverage_all")
    contact = aliased(Interaction, name="contact")
    planned = aliased(Interaction, name="planned")
    channel_of = aliased(Interaction, name="channel_of")
    tier_policy = aliased(CadencePolicy, name="tier_policy")
    firm_policy = aliased(CadencePolicy, name="firm_policy")
    now = bindparam("now", type_=UTCDateTime())

    mine = (
        select(Coverage.rep_id, Coverage.client_id)
        .where(
            Coverage.ended_at.is_(None),
            Coverage.rep_id.in_(bindparam("rep_ids", expanding=True)),
        )
        .cte("mine")
        .prefix_with("MATERIALIZED")
    )
    last_by_rep = (
        select(contact.occurred_at)
        .where(
            contact.client_id == coverage.client_id,
            contact.rep_id == coverage.rep_id,
            contact.deleted_at.is_(None),
        )
        .order_by(contact.occurred_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    follow_up = (
        select(planned.follow_up_on)
        .where(
            planned.client_id == coverage.client_id,
            planned.follow_up_on.is_not(None),
            planned.deleted_at.is_(None),
            planned.follow_up_on <= bindparam("today", type_=Date()),
        )
        .order_by(planned.follow_up_on.desc())
        .limit(1)
        .scalar_subquery()
    )
    team = (
        select(
            coverage.client_id,
            func.min(coverage.started_at).label("since"),
            func.max(last_by_rep).label("last_at"),
            follow_up.label("follow_up"),
        )
        .where(
            coverage.ended_at.is_(None),
            coverage.client_id.in_(select(mine.c.client_id)),
        )
        .group_by(coverage.client_id)
        .cte("team")
        .prefix_with("MATERIALIZED")
    )
    snoozed = (
        select(Snooze.rep_id, Snooze.client_id, func.max(Snooze.until).label("until"))
        .where(Snooze.ended_at.is_(None), Snooze.until > now)
        .group_by(Snooze.rep_id, Snooze.client_id)
        .cte("snoozed")
    )
    covering_reps = (
        select(Coverage.rep_id)
        .where(Coverage.client_id == team.c.client_id, Coverage.ended_at.is_(None))
        .correlate(team)
    )
    last_channel = (
        select(channel_of.channel)
        .where(
            channel_of.client_id == team.c.client_id,
            channel_of.rep_id.in_(covering_reps),
            channel_of.occurred_at == team.c.last_at,
            channel_of.deleted_at.is_(None),
        )
        .limit(1)
        .scalar_subquery()
    )
    max_days = func.coalesce(
        CadenceOverride.max_days, tier_policy.max_days, firm_policy.max_days, FALLBACK[0]
    )
    min_days = func.coalesce(
        CadenceOverride.min_days, tier_policy.min_days, firm_policy.min_days, FALLBACK[1]
    )
    last_at = team.c.last_at
    late_cutoff = bindparam("late_cutoff", type_=UTCDateTime())
    recent_cutoff = bindparam("recent_cutoff", type_=UTCDateTime())
    return (
        select(
            mine.c.rep_id,
            Client.id,
            Client.name,
            Client.tier,
            max_days.label("max_days"),
            min_days.label("min_days"),
            type_coerce(last_at, String()).label("last_at"),
            last_channel.label("last_channel"),
            type_coerce(team.c.since, String()).label("since"),
            type_coerce(team.c.follow_up, String()).label("follow_up"),
            type_coerce(snoozed.c.until, String()).label("until"),
        )
        .select_from(mine)
        .join(team, team.c.client_id == mine.c.client_id)
        .join(Client, and_(Client.id == mine.c.client_id, Client.active.is_(True)))
        .outerjoin(
            snoozed,
            and_(snoozed.c.rep_id == mine.c.rep_id, snoozed.c.client_id == mine.c.client_id),
        )
        .outerjoin(CadenceOverride, CadenceOverride.client_id == Client.id)
        .outerjoin(tier_policy, tier_policy.tier == Client.tier)
        .outerjoin(firm_policy, firm_policy.tier == literal(DEFAULT_TIER))
        .where(
            or_(
                func.coalesce(last_at, team.c.since) < shift_days(late_cutoff, -max_days),
                and_(
                    team.c.follow_up.is_not(None),
                    or_(
                        last_at.is_(None),
                        last_at < shift_days(day_start(team.c.follow_up), literal(2, Integer)),
                    ),
                ),
                last_at > shift_days(recent_cutoff, -min_days),
            )
        )
    )


__all__ = ["SLACK", "BookRow", "book_rows", "day_start", "shift_days"]

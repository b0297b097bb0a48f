"""The set-based query behind every cadence list: one statement for many reps at once.

For every client in the readers' books it computes, through the rules of
``bot.cadence.rules`` — one index-only probe per team member
(``ix_interactions_live_client_rep``) for the last counting contact
(``team_contacts``), one probe per client for its latest unmet follow-up
already due (``open_promises``, ``ix_interactions_live_promise``) — the cadence that applies
(``applicable_cadence``), the last contact's channel and the reader's running
snooze. A coarse filter keeps only rows that may be overdue, due a follow-up
or at risk; it allows ``SLACK`` for daylight-saving shifts, so it is a
superset of what ``bot.cadence.classify`` keeps, never less.

When some policy says ``household`` (``household_cadence_in_use``), a second
form of the statement also asks, per household in those books, the latest
contact with any member (``household_contacts``), and a client with a
household-wide cadence reads that as its last contact (``household_last_at``);
follow-ups stay the client's own. Without such a policy the statement is the
one it always was.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    Date,
    String,
    and_,
    bindparam,
    case,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from bot.cadence.rules import (
    applicable_cadence,
    coverage_in_force,
    household_cadence_in_use,
    household_contacts,
    household_last_at,
    open_promises,
    team_contacts,
)
from bot.cadence.sqltime import shift_days
from storage.models import Client, Coverage, Interaction, Snooze
from storage.types import UTCDateTime

# Local midnight moves by an hour on daylight-saving days; the SQL filter allows for it.
SLACK = timedelta(hours=2)


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
    follow_up_on: date | None  # latest unmet follow-up date on or before the query's day
    snoozed_until: datetime | None
    household_id: int | None = None  # the client's household, if any
    household_wide: bool = False  # its cadence is household-wide


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
        # Sorts and hashes of a whole firm's books fit in memory instead of spilling to disk
        # (at 32MB the sort of 280,000 book rows spilled 20MB).
        connection.execute(text("SET LOCAL work_mem = '64MB'"))
        # The planner guesses 200 distinct clients in ``mine`` and, hashing them, probes
        # the team's coverage and contacts in hash order: random pages of the contacts'
        # index. Sorted, the probes walk the index in client order (2.5M buffers -> 2.3M,
        # 165,000 read -> 94,000 on a 200,000-client firm: 2.9 s -> 2.1 s).
        connection.execute(text("SET LOCAL enable_hashagg = off"))
    rows = connection.execute(
        _book_statement(household_cadence_in_use(session)),
        {
            "rep_ids": list(rep_ids),
            "now": now,
            "today": today,
            "late_cutoff": now + SLACK,
            "recent_cutoff": now - SLACK,
        },
    ).all()
    if connection.dialect.name == "postgresql":
        connection.execute(text("RESET enable_hashagg"))
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
            household_id,
            bool(wide) and household_id is not None,
        )
        for rep_id, client_id, name, tier, max_days, min_days, last_at, channel, since, follow_up, until, household_id, wide in rows
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
def _book_statement(households: bool = False) -> Any:
    """The one statement behind every list (SQLAlchemy caches its compiled form).

    ``mine``: the readers' live coverage. ``team``: per client in those books,
    the rules' ``team_contacts`` (when coverage began, the last counting
    contact) and, by one more probe per client, its latest unmet follow-up
    date already reached. Then policies, snoozes and the coarse filter.
    """
    planned = aliased(Interaction, name="planned")
    channel_of = aliased(Interaction, name="channel_of")
    now = bindparam("now", type_=UTCDateTime())

    mine = (
        select(Coverage.rep_id, Coverage.client_id)
        .where(
            coverage_in_force(Coverage),
            Coverage.rep_id.in_(bindparam("rep_ids", expanding=True)),
        )
        .cte("mine")
        .prefix_with("MATERIALIZED")
    )
    grouped = team_contacts(select(mine.c.client_id), name="team").subquery("grouped")
    # The client's promises since its last counting contact: one index-only seek
    # (``ix_interactions_live_promise``) that usually finds nothing. The date test sits in
    # the aggregate, so the seek is on ``occurred_at``, not on the dates.
    reached = planned.follow_up_on <= bindparam("today", type_=Date())
    follow_up = (
        select(func.max(case((reached, planned.follow_up_on))))
        .where(*open_promises(planned, client_id=grouped.c.client_id, last_at=grouped.c.last_at))
        .scalar_subquery()
    )
    facts = (
        select(
            grouped.c.client_id, grouped.c.since, grouped.c.last_at, follow_up.label("follow_up")
        )
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
        .where(Coverage.client_id == facts.c.client_id, coverage_in_force(Coverage))
        .correlate(facts)
    )
    last_channel = (
        select(channel_of.channel)
        .where(
            channel_of.client_id == facts.c.client_id,
            channel_of.rep_id.in_(covering_reps),
            channel_of.occurred_at == facts.c.last_at,
            channel_of.deleted_at.is_(None),
        )
        .limit(1)
        .scalar_subquery()
    )
    cadence = applicable_cadence(client_id=Client.id, tier=Client.tier)
    last_at: Any = facts.c.last_at
    household_columns: list[Any] = [Client.household_id, false()]
    shared = None
    if households:
        shared = household_contacts(select(mine.c.client_id), name="shared").subquery("shared")
        last_at = household_last_at(facts.c.last_at, shared.c.last_at, cadence.household)
        household_columns[1] = cadence.household
        # The channel of the contact that counts; another member's shows none.
        last_channel = (
            select(channel_of.channel)
            .where(
                channel_of.client_id == facts.c.client_id,
                channel_of.rep_id.in_(covering_reps),
                channel_of.occurred_at == last_at,
                channel_of.deleted_at.is_(None),
            )
            .limit(1)
            .scalar_subquery()
        )
    late_cutoff = bindparam("late_cutoff", type_=UTCDateTime())
    recent_cutoff = bindparam("recent_cutoff", type_=UTCDateTime())
    query = (
        select(
            mine.c.rep_id,
            Client.id,
            Client.name,
            Client.tier,
            cadence.max_days.label("max_days"),
            cadence.min_days.label("min_days"),
            type_coerce(last_at, String()).label("last_at"),
            last_channel.label("last_channel"),
            type_coerce(facts.c.since, String()).label("since"),
            type_coerce(facts.c.follow_up, String()).label("follow_up"),
            type_coerce(snoozed.c.until, String()).label("until"),
            household_columns[0].label("household_id"),
            household_columns[1].label("household_wide"),
        )
        .select_from(mine)
        # ``+ 0``: SQLite's planner otherwise scans ``mine`` once per team row (it sees
        # ``team`` as small); so it walks ``mine`` and finds each team row by an index.
        .join(facts, facts.c.client_id == mine.c.client_id + literal_column("0"))
        .join(Client, and_(Client.id == mine.c.client_id, Client.active.is_(True)))
        .outerjoin(
            snoozed,
            and_(snoozed.c.rep_id == mine.c.rep_id, snoozed.c.client_id == mine.c.client_id),
        )
    )
    if shared is not None:
        query = query.outerjoin(shared, shared.c.household_id == Client.household_id)
    return cadence.join(query).where(
        or_(
            func.coalesce(last_at, facts.c.since) < shift_days(late_cutoff, -cadence.max_days),
            facts.c.follow_up.is_not(None),
            last_at > shift_days(recent_cutoff, -cadence.min_days),
        )
    )


__all__ = ["SLACK", "BookRow", "book_rows"]

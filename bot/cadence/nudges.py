"""The morning nudge and the Monday escalation, each sent exactly once per rep and local day.

Every few minutes a tick decides who is due — a rep whose local time (from
their Slack profile) has reached ``CMS_NUDGE_HOUR`` on a working day; a
manager on Monday — computes every due list at once (``bot.cadence``), and
sends. Exactly-once comes from the ``nudge_ledger`` table, whatever the number
of instances, restarts or Slack failures:

- a rep's row for (local date, kind) is *claimed* before sending: an INSERT
  that the unique constraint lets only one instance win;
- after the send the row gets ``sent_at``; a failed send records
  ``last_error`` and a later tick re-claims the row with a conditional UPDATE
  (so two instances never send it together); so does a claim left more than
  ``STALE_CLAIM`` old by an instance that died mid-send;
- nothing due: the row is marked sent with no message, so it is not
  recomputed every tick;
- a tick after downtime finds one row missing per rep and day: the missed
  nudge goes out once, not once per missed tick.

An instance dying *between* Slack accepting a message and the row being
marked leaves an uncertain row: before re-posting it the DM's history is
searched for the message (``bot.delivery.nudge_ledger``, through the one
sender). Posting is paced and 429s wait out Retry-After; if Slack still says
"ratelimited" the rest of the tick is deferred to the next one. The messages
are the registry's ``daily`` and ``escalation`` kinds (``bot.delivery.kinds``),
rendered by the kit's views the composition root gave them.
"""

from __future__ import annotations

import gc
import logging
import os
import socket
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from bot import cadence
from bot.cadence.nudge_report import Outcome, TickReport
from bot.delivery.engine import UNCERTAIN
from bot.delivery.kinds import Kinds, require
from bot.delivery.nudge_ledger import POST_INTERVAL, STALE_CLAIM, Delivery, Recipient, Sender
from bot.deps import Deps
from bot.directory.profiles import refresh_stale_profiles
from bot.i18n import chosen, rendered_in
from bot.messages.formatting import zone
from storage.models import Coverage, NudgeLedger, Rep, RepRole

log = logging.getLogger(__name__)

DAILY = "daily"
ESCALATION = "escalation"
WORKING_DAYS = range(0, 5)  # Monday to Friday
ESCALATION_DAY = 0  # Monday
INSTANCE_ID = f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class TeamMember(NamedTuple):
    """A rep as the escalation names them."""

    name: str
    slack_user_id: str


Team = list[tuple[TeamMember, list[cadence.ClientStatus]]]  # what an escalation renders


def nudge_job(deps: Deps) -> None:
    """The scheduler's entry point: one tick at the current time."""
    report = run_tick(deps, now=deps.clock())
    if report.outcomes:
        log.info("nudge tick: %s", report.summary())


def run_tick(
    deps: Deps,
    *,
    now: datetime,
    dry_run: bool = False,
    instance: str = INSTANCE_ID,
    pace: float = POST_INTERVAL,
    sleep: Callable[[float], None] = time.sleep,
    poster: Any = None,
) -> TickReport:
    """Refresh stale profiles, decide who is due, compute, claim, send, mark.

    ``dry_run`` touches neither Slack nor the database: it reports who would
    get what, from the profiles as they are. ``poster`` replaces the client
    that posts (tests script Slack's failures with it).
    """
    report = TickReport(at=now, dry_run=dry_run, instance=instance)
    if not dry_run:
        report.profiles = refresh_stale_profiles(deps.sessions, deps.client, now=now)
    with _allocating(), deps.sessions.begin() as session:
        deliveries = plan(session, now=now, hour=deps.settings.nudge_hour, kinds=require(deps))
    report.outcomes = [delivery.outcome for delivery in deliveries]
    if dry_run:
        with _allocating():
            for delivery in deliveries:
                if delivery.render is not None:
                    delivery.render()  # what would be sent, built and dropped
                delivery.outcome.status = "would send" if delivery.render else "nothing due"
        return report
    Sender(deps, instance=instance, pace=pace, sleep=sleep, poster=poster).deliver(deliveries)
    return report


@contextmanager
def _allocating() -> Iterator[None]:
    """Pause the cyclic garbage collector while a tick builds its lists.

    A full tick makes about a million small objects with no reference cycles;
    the collector re-scanning them as they pile up cost a third of the tick at
    2,000 reps (measured). It resumes, and catches up, right after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def plan(session: Session, *, now: datetime, hour: int, kinds: Kinds) -> list[Delivery]:
    """Everything owed at ``now``: each recipient's outcome and how to render their message
    (with ``kinds``' ``daily`` and ``escalation``; raises ``UnknownKind`` without them)."""
    daily_view, escalation_view = kinds.nudge(DAILY).render, kinds.nudge(ESCALATION).render
    deliveries: list[Delivery] = []
    daily = due_recipients(session, now=now, hour=hour, kind=DAILY)
    readers = [cadence.Reader(r.rep_id, r.timezone, r.local_date) for r in daily]
    lists = cadence.worklists(session, readers=readers, now=now)
    for recipient in daily:
        worklist = lists[recipient.rep_id]
        message = (
            None
            if worklist.empty
            else rendered_in(recipient.language, partial(daily_view, worklist))
        )
        deliveries.append(Delivery(recipient, Outcome.for_worklist(recipient, worklist), message))

    managers = due_recipients(session, now=now, hour=hour, kind=ESCALATION)
    for recipient, groups in escalations(session, managers, now=now):
        team: Team = [(TeamMember(name, user_id), statuses) for (name, user_id), statuses in groups]
        message = (
            rendered_in(recipient.language, partial(escalation_view, team)) if groups else None
        )
        deliveries.append(Delivery(recipient, Outcome.for_escalation(recipient, team), message))
    return deliveries


def due_recipients(session: Session, *, now: datetime, hour: int, kind: str) -> list[Recipient]:
    """Reps (``daily``) or managers (``escalation``) due at ``now`` and not yet served today.

    A row being sent right now by another instance (claimed, fresh, no error)
    counts as served; a failed or stale one does not.
    """
    query = select(
        Rep.id, Rep.slack_user_id, Rep.name, Rep.timezone, Rep.language, Rep.locale
    ).where(Rep.active.is_(True))
    if kind == DAILY:
        query = query.where(exists().where(Coverage.rep_id == Rep.id, Coverage.ended_at.is_(None)))
        days: Sequence[int] = WORKING_DAYS
    else:
        query = query.where(exists().where(RepRole.rep_id == Rep.id, RepRole.role == "manager"))
        days = (ESCALATION_DAY,)
    due: dict[int, Recipient] = {}
    for rep_id, user_id, name, tz, language, locale in session.execute(query.order_by(Rep.id)):
        local = now.astimezone(zone(tz))
        if local.weekday() in days and local.hour >= hour:
            due[rep_id] = Recipient(
                kind,
                rep_id,
                user_id,
                name,
                tz or "UTC",
                local.date(),
                language=chosen(language, locale),
            )
    if not due:
        return []
    dates = {recipient.local_date for recipient in due.values()}
    rows = session.execute(
        select(
            NudgeLedger.id,
            NudgeLedger.rep_id,
            NudgeLedger.local_date,
            NudgeLedger.claimed_at,
            NudgeLedger.sent_at,
            NudgeLedger.last_error,
        ).where(NudgeLedger.kind == kind, NudgeLedger.local_date.in_(dates))
    )
    for ledger_id, rep_id, local_date, claimed_at, sent_at, last_error in rows:
        recipient = due.get(rep_id)
        if recipient is None or recipient.local_date != local_date:
            continue
        if sent_at is not None or (last_error is None and claimed_at >= now - STALE_CLAIM):
            del due[rep_id]
        else:
            maybe_sent = last_error is None or last_error.startswith(UNCERTAIN)
            due[rep_id] = replace(
                recipient, ledger_id=ledger_id, seen_claimed_at=claimed_at, maybe_sent=maybe_sent
            )
    return list(due.values())


def escalations(
    session: Session, managers: Sequence[Recipient], *, now: datetime
) -> Iterator[tuple[Recipient, list[tuple[tuple[str, str], list[cadence.ClientStatus]]]]]:
    """Per manager, their team's far-overdue clients grouped by rep (names in order)."""
    if not managers:
        return
    team = team_members(session, [m.rep_id for m in managers])
    members = {rep_id for reps in team.values() for rep_id in reps}
    names = (
        {
            rep_id: (name, user_id)
            for rep_id, name, user_id in session.execute(
                select(Rep.id, Rep.name, Rep.slack_user_id).where(Rep.id.in_(members))
            )
        }
        if members
        else {}
    )
    by_day: dict[date, list[Recipient]] = defaultdict(list)
    for manager in managers:
        by_day[manager.local_date].append(manager)
    for today, group in by_day.items():
        ids = sorted({rep_id for m in group for rep_id in team.get(m.rep_id, ())})
        rows_by_rep: dict[int, list[cadence.BookRow]] = defaultdict(list)
        for row in cadence.book_rows(session, rep_ids=ids, now=now, today=today):
            rows_by_rep[row.rep_id].append(row)
        for manager in group:
            rows = [row for rep_id in team.get(manager.rep_id, ()) for row in rows_by_rep[rep_id]]
            found = cadence.far_overdue(rows, timezone=manager.timezone, today=today)
            groups = sorted(
                ((names[rep_id], statuses) for rep_id, statuses in found.items()),
                key=lambda item: item[0],
            )
            yield manager, groups


def team_members(session: Session, manager_ids: Sequence[int]) -> dict[int, set[int]]:
    """Everyone under each manager, at any depth, in one recursive query."""
    team = (
        select(Rep.manager_id.label("manager_id"), Rep.id.label("rep_id"))
        .where(Rep.manager_id.in_(manager_ids), Rep.active.is_(True))
        .cte("team", recursive=True)
    )
    team = team.union(
        select(team.c.manager_id, Rep.id)
        .join(team, Rep.manager_id == team.c.rep_id)
        .where(Rep.active.is_(True))
    )
    found: dict[int, set[int]] = defaultdict(set)
    for manager_id, rep_id in session.execute(select(team.c.manager_id, team.c.rep_id)):
        if rep_id != manager_id:
            found[manager_id].add(rep_id)
    return dict(found)


__all__ = [
    "DAILY",
    "ESCALATION",
    "INSTANCE_ID",
    "STALE_CLAIM",
    "Recipient",
    "Team",
    "TeamMember",
    "TickReport",
    "due_recipients",
    "nudge_job",
    "plan",
    "run_tick",
]

"""What is wrong that an admin should know, read from the database alone.

One home for the problems the admins' App Home and ``cmsbot doctor`` both list
(the doctor adds what only a call to Slack can tell: token, scopes, membership):

- **dead posts**: posts Slack refused for good (``bot.delivery.dead``), grouped
  by conversation and Slack's reason, each group with what to do;
- **the backlog**: posts still owed after ``OWED_TOO_LONG``;
- **the scheduler**: a job that never ran, stopped running, or failed last time.

Also here: an admin retrying dead posts from Slack (``retry_dead_as``); the
retry itself, and the DM each admin is owed when a post dies, are
``bot.delivery.dead``'s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.delivery.dead import DeadGroup, dead_groups, retry_dead
from bot.delivery.slack import REFUSED_FOR_GOOD
from bot.directory import access
from bot.i18n import _
from bot.messages import problems as text
from bot.scheduler import JOBS
from storage.models import JobRun, OutboxMessage, Rep

log = logging.getLogger(__name__)

OWED_TOO_LONG = timedelta(minutes=10)
# A job is late when its last start is older than this many intervals (plus grace).
LATE_INTERVALS = 3
LATE_GRACE = timedelta(minutes=2)
MESSAGE_REFUSALS = REFUSED_FOR_GOOD - {
    "not_in_channel",
    "channel_not_found",
    "is_archived",
    "user_not_found",
    "cannot_dm_bot",
    "messages_tab_disabled",
}

Channel = Callable[[str | None], str]  # how a surface names a conversation id
When = Callable[[datetime], str]  # how a surface shows an instant


@dataclass(frozen=True)
class Backlog:
    count: int
    oldest_key: str
    since: datetime
    last_error: str | None


@dataclass(frozen=True)
class JobProblem:
    job_id: str | None  # None: no scheduler ever started
    kind: str  # "no_scheduler" | "never_ran" | "stopped" | "failed"
    since: datetime | None = None
    minutes: int = 0
    error: str | None = None


@dataclass(frozen=True)
class Problems:
    dead: tuple[DeadGroup, ...]
    backlog: Backlog | None
    jobs: tuple[JobProblem, ...]

    def __bool__(self) -> bool:
        return bool(self.dead or self.backlog or self.jobs)


def collect(session: Session, *, now: datetime, scheduler_seen: bool = False) -> Problems:
    """Every problem the database can tell, as of ``now``.

    ``scheduler_seen``: the caller is the running bot (the Home), which starts the
    scheduler itself; then a database where none ever started is no problem yet.
    """
    job_problems = [
        job for job in jobs(session, now=now) if not (scheduler_seen and job.kind == "no_scheduler")
    ]
    return Problems(tuple(dead_groups(session)), backlog(session, now=now), tuple(job_problems))


def owed(session: Session) -> Backlog | None:
    """The posts still owed to Slack (neither sent nor dead), with the oldest; None if none."""
    waiting = (OutboxMessage.sent_at.is_(None), OutboxMessage.dead_at.is_(None))
    oldest = session.scalar(
        select(OutboxMessage).where(*waiting).order_by(OutboxMessage.created_at, OutboxMessage.id)
    )
    if oldest is None:
        return None
    count = session.scalar(select(func.count()).select_from(OutboxMessage).where(*waiting)) or 0
    return Backlog(count, oldest.dedupe_key, oldest.created_at, oldest.last_error)


def backlog(session: Session, *, now: datetime) -> Backlog | None:
    """The owed posts, when the oldest has waited longer than ``OWED_TOO_LONG``."""
    found = owed(session)
    return found if found is not None and found.since <= now - OWED_TOO_LONG else None


def jobs(session: Session, *, now: datetime) -> list[JobProblem]:
    """Jobs that never ran, stopped, or failed on their last run."""
    runs = {run.job_id: run for run in session.scalars(select(JobRun))}
    if not any(run.scheduled_at for run in runs.values()):
        return [JobProblem(None, "no_scheduler")]
    found = []
    for job in JOBS:
        run = runs.get(job.id)
        late = now - (timedelta(minutes=job.minutes) * LATE_INTERVALS + LATE_GRACE)
        if run is None or run.started_at is None:
            scheduled = run.scheduled_at if run is not None else None
            if scheduled is None or scheduled < late:
                found.append(JobProblem(job.id, "never_ran", since=scheduled))
        elif run.started_at < late:
            found.append(JobProblem(job.id, "stopped", since=run.started_at, minutes=job.minutes))
        elif run.last_error and run.finished_at is not None:
            found.append(JobProblem(job.id, "failed", since=run.finished_at, error=run.last_error))
    return found


# -- saying it ----------------------------------------------------------------------------


def lines(
    problems: Problems,
    *,
    channel: Channel,
    when: When,
    quote: Callable[[str], str] = str,
) -> list[tuple[str, str]]:
    """``(what is wrong, what to do)`` for each problem.

    The surface names conversations (``channel``) and instants (``when``) its
    way, and ``quote``s words that are Slack's, not ours (a last error).
    """
    said = [(_dead_line(g, channel, when), _dead_fix(g, channel)) for g in problems.dead]
    if problems.backlog is not None:
        b = problems.backlog
        error = (
            _(text.BACKLOG_ERROR).format(error=quote(b.last_error[:200])) if b.last_error else ""
        )
        what = text.BACKLOG(b.count).format(
            count=b.count, key=b.oldest_key, since=when(b.since), error=error
        )
        said.append((what, _(text.FIX_BACKLOG)))
    for job in problems.jobs:
        said.append(_job_line(job, when, quote))
    return said


def _dead_line(group: DeadGroup, channel: Channel, when: When) -> str:
    return text.DEAD(group.count).format(
        count=group.count,
        channel=channel(group.channel),
        since=when(group.since),
        reason=group.reason,
        key=group.keys[0] if group.keys else "?",
    )


def _dead_fix(group: DeadGroup, channel: Channel) -> str:
    named = channel(group.channel)
    if group.reason in MESSAGE_REFUSALS:
        return _(text.FIX_MESSAGE)
    if group.reason == "not_in_channel":
        return _(text.FIX_NOT_IN_CHANNEL).format(channel=named)
    if group.reason in ("user_not_found", "cannot_dm_bot", "messages_tab_disabled") or (
        group.reason == "channel_not_found" and (group.channel or "")[:1] in ("U", "W")
    ):
        return _(text.FIX_PERSON).format(channel=named)
    if group.reason == "channel_not_found":
        return _(text.FIX_CHANNEL_NOT_FOUND).format(channel=named)
    if group.reason == "is_archived":
        return _(text.FIX_ARCHIVED).format(channel=named)
    return _(text.FIX_OTHER)


def _job_line(job: JobProblem, when: When, quote: Callable[[str], str]) -> tuple[str, str]:
    if job.kind == "no_scheduler":
        return _(text.NO_SCHEDULER), _(text.FIX_NO_SCHEDULER)
    if job.kind == "never_ran":
        since = when(job.since) if job.since else "?"
        return _(text.JOB_NEVER_RAN).format(job=job.job_id, since=since), _(text.FIX_JOB_STOPPED)
    if job.kind == "stopped":
        assert job.since is not None
        line = _(text.JOB_STOPPED).format(
            job=job.job_id, since=when(job.since), minutes=job.minutes
        )
        return line, _(text.FIX_JOB_STOPPED)
    assert job.since is not None
    line = _(text.JOB_FAILED).format(
        job=job.job_id, since=when(job.since), error=quote(job.error or "")
    )
    return line, _(text.FIX_JOB_FAILED)


# -- retrying -----------------------------------------------------------------------------


def retry_dead_as(session: Session, *, actor: Rep, now: datetime) -> list[str]:
    """``retry_dead`` for an admin; raises ``NotAllowed`` for anyone else."""
    access.require_role(actor, "admin", refusal=_(text.ONLY_ADMINS))
    return retry_dead(session, now=now)


__all__ = [
    "Backlog",
    "DeadGroup",
    "JobProblem",
    "Problems",
    "backlog",
    "collect",
    "dead_groups",
    "jobs",
    "lines",
    "owed",
    "retry_dead",
    "retry_dead_as",
]

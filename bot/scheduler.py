"""The scheduler: APScheduler 3 in a background thread, started by ``run`` and ``serve``.

Jobs are plain functions taking ``Deps`` and opening their own transactions;
each has an explicit id, ``replace_existing``, ``coalesce`` (a tick missed
during downtime runs once, not once per missed interval) and a grace time.
Several instances may run the same jobs: exactly-once comes from the
database (the nudge ledger, the outbox's leases: ``bot.delivery``), never from
the scheduler.

Each run is recorded in ``job_runs`` (start, finish, success, error; one row per
job, whichever instance ran it), and so is each scheduler start, so
``cmsbot doctor`` and the admins' Home can tell a job that stopped running or
keeps failing. A failure to record is logged and never stops the job.
"""

from __future__ import annotations

import importlib
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy.dialects import postgresql, sqlite

from bot.deps import Deps
from storage.models import JobRun

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    id: str
    target: str  # "module:function", imported when the scheduler is built
    minutes: int = 0
    seconds: int = 0

    @property
    def interval(self) -> int:
        """Seconds between runs."""
        return self.minutes * 60 + self.seconds


JOBS = (
    # Each rep's morning nudge: ticks often, sends when a rep's local hour comes.
    Job("nudges", "bot.cadence.nudges:nudge_job", minutes=5),
    # Owed Slack posts (claims to controllers, refreshes, decision DMs, digests, alerts),
    # retried until sent; the kinds are the registry in ``Deps`` (bot.app.delivery_kinds).
    Job("outbox", "bot.delivery.outbox:deliver_job", minutes=1),
    # Claims pending more than three working days, to the controllers each morning.
    Job("claims_digest", "bot.claims.digest:digest_job", minutes=15),
    # Audit events chained within seconds of their commit (the merge delay: bot.audit.seal).
    Job("audit_seal", "bot.audit.seal:seal_job", seconds=5),
    # A signed checkpoint daily, and after each batch of claim decisions (bot.audit.checkpoints).
    Job("audit_checkpoint", "bot.audit.checkpoints:checkpoint_job", minutes=10),
)


def resolve(target: str) -> Callable[[Deps], object]:
    module_name, _, function = target.partition(":")
    return getattr(importlib.import_module(module_name), function)  # type: ignore[no-any-return]


def build_scheduler(deps: Deps) -> BackgroundScheduler:
    """A scheduler with every job added but not started; tests never start real timers."""
    scheduler = BackgroundScheduler(timezone="UTC")
    for job in JOBS:
        scheduler.add_job(
            _guarded(job.id, resolve(job.target)),
            "interval",
            seconds=job.interval,
            args=[deps],
            id=job.id,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=job.interval,
        )
    return scheduler


def start_scheduler(deps: Deps) -> BackgroundScheduler:
    scheduler = build_scheduler(deps)
    scheduler.start()
    for job in JOBS:
        record(deps, job.id, scheduled_at=deps.clock())
    log.info("scheduler started with jobs %s", ", ".join(job.id for job in JOBS))
    return scheduler


def _guarded(job_id: str, function: Callable[[Deps], object]) -> Callable[[Deps], None]:
    """Record the run; log a failed one and keep the schedule (the next tick retries)."""

    def run(deps: Deps) -> None:
        record(deps, job_id, started_at=deps.clock())
        try:
            function(deps)
        except Exception as error:
            log.exception("job %s failed; it will run again at its next tick", job_id)
            record(deps, job_id, finished_at=deps.clock(), last_error=_one_line(error))
        else:
            at = deps.clock()
            record(deps, job_id, finished_at=at, succeeded_at=at, last_error=None)

    run.__name__ = f"job_{job_id}"
    return run


def record(deps: Deps, job_id: str, **values: datetime | str | None) -> None:
    """Upsert ``values`` into the job's ``job_runs`` row; a failure is logged, not raised."""
    values = {**values, "instance": INSTANCE}
    try:
        with deps.sessions.begin() as session:
            dialect: Any = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
            session.execute(
                dialect.insert(JobRun)
                .values(job_id=job_id, **values)
                .on_conflict_do_update(index_elements=["job_id"], set_=values)
            )
    except Exception:
        log.exception("could not record the run of job %s", job_id)


def _one_line(error: BaseException) -> str:
    text = (str(error).strip().splitlines() or [""])[0]
    return f"{type(error).__name__}: {text}"[:500]


INSTANCE = f"{socket.gethostname()}:{os.getpid()}"

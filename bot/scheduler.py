"""The scheduler: APScheduler 3 in a background thread, started by ``run`` and ``serve``.

Jobs are plain functions taking ``Deps`` and opening their own transactions;
each has an explicit id, ``replace_existing``, ``coalesce`` (a tick missed
during downtime runs once, not once per missed interval) and a grace time.
Several instances may run the same jobs: exactly-once comes from the
database (the nudge ledger, the outbox's claims), never from the scheduler.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from apscheduler.schedulers.background import BackgroundScheduler

from bot.deps import Deps

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    id: str
    target: str  # "module:function", imported when the scheduler is built
    minutes: int


JOBS = (
    # Each rep's morning nudge: ticks often, sends when a rep's local hour comes.
    Job("nudges", "bot.nudges:nudge_job", minutes=5),
    # Owed Slack posts (claims to controllers, decision DMs), retried until sent.
    Job("outbox", "bot.outbox_delivery:deliver_job", minutes=1),
    # Claims pending more than three working days, to the controllers each morning.
    Job("claims_digest", "bot.claims_digest:digest_job", minutes=15),
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
            minutes=job.minutes,
            args=[deps],
            id=job.id,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=job.minutes * 60,
        )
    return scheduler


def start_scheduler(deps: Deps) -> BackgroundScheduler:
    scheduler = build_scheduler(deps)
    scheduler.start()
    log.info("scheduler started with jobs %s", ", ".join(job.id for job in JOBS))
    return scheduler


def _guarded(job_id: str, function: Callable[[Deps], object]) -> Callable[[Deps], None]:
    """Log a failed run and keep the schedule: the next tick retries from the database."""

    def run(deps: Deps) -> None:
        try:
            function(deps)
        except Exception:
            log.exception("job %s failed; it will run again at its next tick", job_id)

    run.__name__ = f"job_{job_id}"
    return run

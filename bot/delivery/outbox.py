"""Delivering the outbox: every owed Slack post goes out, from the database, exactly once.

What is owed was enqueued by a service (``bot.delivery.owed``); the row's
``Kind`` (``bot.delivery.kinds``) renders the current state when it is sent.

Each due row is *leased* with a conditional UPDATE (``locked_until``) in its
own short transaction, so several instances never work on the same row;
rendered; flagged "in flight"; sent by the one sender (``bot.delivery.engine``)
*outside* any transaction; and the verdict recorded in a new one:

- sent: ``sent_at`` and the message's address; a refresh whose state moved on
  while it was sending (its ``fingerprint``) is sent again at once;
- paced (the channel's next slot is further off than the caller's wait): given
  back untouched, still due, no attempt counted. The job waits for slots up to
  its time budget; a click's ``deliver_keys`` waits a second at most;
- rate limited: due again after the ``Retry-After`` it was given, no attempt
  counted, no back-off grown (the posting client does not sleep 429s out: that
  would be invisible to the other instances and stall the whole queue);
- dead (refused for good): kept with its reason, never deleted, no longer
  retried, told to the admins (``bot.delivery.dead``) until one retries it;
- failed: ``attempts`` bumped, the error kept, ``next_attempt_at`` backed off;
  *uncertain* when it may have landed, so the next attempt looks first.

A row flagged "in flight" by an instance that died while sending is looked up
too once its lease (5 minutes, far longer than a send and its wait) runs out.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from bot.delivery import dead
from bot.delivery.engine import ERROR_CHARS, UNCERTAIN, Engine, Post, Result, Verdict
from bot.delivery.kinds import Kinds, Send, Skip, Wait, require
from bot.delivery.pacing import Pace, Pacer
from bot.delivery.slack import Trail
from bot.deps import Deps
from storage.models import OutboxMessage

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
WAIT = timedelta(seconds=30)  # a refresh waiting for its claim's first post
FIRST_BACKOFF = timedelta(seconds=30)
MAX_BACKOFF = timedelta(hours=1)
JOB_BUDGET = 55.0  # seconds a tick may spend sending and waiting for slots; it runs every minute
CLICK_WAIT = 1.0  # seconds a click's immediate delivery may wait for a slot
BATCH = 50
IN_FLIGHT = "in flight"
TRAIL = Trail("cms_outbox", "outbox_key", "channels:history/groups:history/im:history")


@dataclass
class Report:
    """What happened to each row (by dedupe key)."""

    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    rate_limited: list[str] = field(default_factory=list)  # due again after Retry-After
    paced: list[str] = field(default_factory=list)  # no slot soon enough: left to the job
    dead: list[str] = field(default_factory=list)  # refused for good: kept and reported

    def extend(self, other: Report) -> None:
        for name in (f.name for f in fields(self)):
            getattr(self, name).extend(getattr(other, name))

    def touched(self) -> int:
        return sum(len(getattr(self, f.name)) for f in fields(self))


def deliver_job(deps: Deps, *, budget: float = JOB_BUDGET, pacer: Pace | None = None) -> Report:
    """The scheduler's tick: deliver what is due, round after round, for up to ``budget`` s."""
    pacer = pacer or Pacer(deps.sessions)
    deadline = time.monotonic() + budget
    report = Report()
    while time.monotonic() < deadline:
        done = _deliver(deps, now=deps.clock(), limit=BATCH, pacer=pacer, deadline=deadline)
        report.extend(done)
        if done.touched() == 0 or done.paced:
            break
    return report


def deliver_due(
    deps: Deps,
    *,
    now: datetime,
    limit: int = BATCH,
    pacer: Pace | None = None,
    budget: float = JOB_BUDGET,
) -> Report:
    """One round: send up to ``limit`` due rows, oldest first, waiting up to ``budget`` s for slots."""
    deadline = time.monotonic() + budget
    return _deliver(deps, now=now, limit=limit, pacer=pacer, deadline=deadline)


def deliver_keys(
    deps: Deps,
    keys: list[str],
    *,
    now: datetime,
    pacer: Pace | None = None,
    channel: str | None = None,
) -> Report:
    """Send these rows now if due and a slot is near (a decision's refresh and DM after a click).

    Whatever is not sent here stays owed; the job sends it. ``channel``: where the rows
    post (new claims, to the controllers). When its next slot is further off than a
    click may wait, none is tried: each would be leased, rendered and given back
    untouched (``paced``) only to be sent by the job, which is what happens to them now
    without that work — a whole desk logging claims at once would otherwise spend more
    on rendering posts it cannot send than on recording the lines.
    """
    deadline = time.monotonic() + CLICK_WAIT
    return _deliver(
        deps, now=now, limit=len(keys), keys=keys, pacer=pacer, deadline=deadline, channel=channel
    )


def _deliver(
    deps: Deps,
    *,
    now: datetime,
    limit: int,
    deadline: float,
    keys: list[str] | None = None,
    pacer: Pace | None = None,
    channel: str | None = None,
) -> Report:
    report = Report()
    pacer = pacer or Pacer(deps.sessions)
    sender = _Rows(deps, require(deps), pacer, deadline)
    with deps.sessions.begin() as session:
        # Rows for a channel whose next slot is beyond the wait would all come back paced.
        if (
            channel is not None
            and isinstance(pacer, Pacer)
            and pacer.next_slot_in(session, channel) > deadline - time.monotonic()
        ):
            report.paced.extend(keys or ())
            return report
        if keys is not None:
            # A click's few rows, all sent now: leased as they are picked, one statement
            # (not a select, then a transaction of its own for each row's lease).
            leased = sorted(session.scalars(_lease_keys(keys, now)).all())
        else:
            due = session.scalars(
                select(OutboxMessage.id).where(_due(now)).order_by(OutboxMessage.id).limit(limit)
            ).all()
    if keys is not None:
        _deliver_leased(deps, sender, leased, now, report)
        return report
    for row_id in due:
        # A row whose channel is busy beyond our wait is given back (``paced``) and the
        # next is tried: it may go elsewhere (a DM) and need no wait at all.
        if _lease(deps, row_id, now):
            sender.deliver_one(row_id, now, report)
    return report


def _deliver_leased(
    deps: Deps, sender: _Rows, leased: list[int], now: datetime, report: Report
) -> None:
    """Deliver rows leased together; if one raises, the ones not begun are given back.

    The row that raised keeps its lease (it may have reached Slack: the lease and its
    "in flight" mark make the next attempt look first).
    """
    begun = 0
    try:
        for row_id in leased:
            begun += 1
            sender.deliver_one(row_id, now, report)
    finally:
        if begun < len(leased):
            with deps.sessions.begin() as session:
                session.execute(
                    update(OutboxMessage)
                    .where(
                        OutboxMessage.id.in_(leased[begun:]),
                        OutboxMessage.locked_until == now + LEASE,
                    )
                    .values(locked_until=None)
                    .execution_options(synchronize_session=False)
                )


def _due(now: datetime) -> Any:
    return (
        OutboxMessage.sent_at.is_(None)
        & OutboxMessage.dead_at.is_(None)
        & (OutboxMessage.next_attempt_at <= now)
        & or_(OutboxMessage.locked_until.is_(None), OutboxMessage.locked_until <= now)
    )


def _lease_keys(keys: list[str], now: datetime) -> Any:
    """Lease every due row of ``keys``, returning their ids (a row leased elsewhere is not)."""
    return (
        update(OutboxMessage)
        .where(OutboxMessage.dedupe_key.in_(keys), _due(now))
        .values(locked_until=now + LEASE)
        .returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)
    )


def _lease(deps: Deps, row_id: int, now: datetime) -> bool:
    with deps.sessions.begin() as session:
        result = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == row_id, _due(now))
            .values(locked_until=now + LEASE)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1  # type: ignore[attr-defined,no-any-return]


class _Rows:
    """Renders one leased row at a time, has the engine send it, records the verdict."""

    def __init__(self, deps: Deps, kinds: Kinds, pacer: Pace, deadline: float) -> None:
        self.deps = deps
        self.kinds = kinds
        self.engine = Engine(deps.client, trail=TRAIL, pacer=pacer, deadline=deadline)

    def deliver_one(self, row_id: int, now: datetime, report: Report) -> None:
        with self.deps.sessions.begin() as session:
            row = _row(session, row_id)
            key, maybe_sent, before = row.dedupe_key, _maybe_sent(row.last_error), row.last_error
            send = self._render(session, row, now, report)
            if send is None:
                return
            row.last_channel = str(send.args.get("channel") or "") or None
            row.last_error = f"{IN_FLIGHT} since {now.isoformat()}"
        result = self.engine.send(Post(send.method, send.args, key), maybe_sent=maybe_sent)
        with self.deps.sessions.begin() as session:
            row = _row(session, row_id)
            getattr(report, self._record(session, row, send, result, before, now)).append(key)

    def _render(
        self, session: Session, row: OutboxMessage, now: datetime, report: Report
    ) -> Send | None:
        """The row's ``Send``, or None when it is settled here (skipped, waiting, unrenderable)."""
        key = row.dedupe_key
        try:
            outcome = self.kinds.post(row.method).render(session, row, self.deps)
        except Exception as error:  # kept owed: a render bug must not stop the queue
            if isinstance(error, LookupError):  # a missing setting or kind: one line
                log.warning("outbox row %s waits: %s", key, error)
            else:
                log.exception("cannot render outbox row %s", key)
            _failed(row, f"render: {error}"[:ERROR_CHARS], now=now)
            report.failed.append(key)
            return None
        if isinstance(outcome, Skip):
            row.sent_at, row.locked_until = now, None
            row.last_error = f"skipped: {outcome.reason}"
            report.skipped.append(key)
            return None
        if isinstance(outcome, Wait):
            row.next_attempt_at, row.locked_until = now + WAIT, None
            report.waiting.append(key)
            return None
        return outcome

    def _record(
        self,
        session: Session,
        row: OutboxMessage,
        send: Send,
        result: Result,
        before: str | None,
        now: datetime,
    ) -> str:
        """Write ``result`` on the row; returns the name of the ``Report`` list it goes in."""
        failure = result.failure
        if result.verdict is Verdict.PACED:
            row.locked_until, row.last_error = None, before  # given back untouched
            return "paced"
        if result.verdict is Verdict.RATE_LIMITED:
            assert failure is not None and result.wait is not None
            row.next_attempt_at, row.locked_until = now + result.wait, None
            row.last_error = f"rate limited: {failure.message}, retry after {result.wait}"
            return "rate_limited"
        if result.verdict is Verdict.FAILED:
            _failed(row, result.error, now=now)
            return "failed"
        row.attempts += 1
        row.locked_until = None
        if result.verdict is Verdict.DEAD:
            assert failure is not None
            row.dead_at, row.dead_reason, row.last_error = now, failure.code, result.error
            dead.owe_alerts(session, row, now)
            return "dead"
        if send.fingerprint is not None and self._fingerprint_now(session, row) != send.fingerprint:
            # The state changed while we were sending: render and send again, now.
            row.last_error, row.next_attempt_at = "state changed while sending", now
            return "waiting"
        row.sent_at, row.last_error = now, None
        row.result_channel = str(result.response.get("channel") or send.args.get("channel") or "")
        row.result_ts = str(result.response.get("ts") or "") or None
        after_sent = self.kinds.post(row.method).after_sent
        if after_sent is not None:
            after_sent(session, row, result.response, now)
        return "sent"

    def _fingerprint_now(self, session: Session, row: OutboxMessage) -> str | None:
        outcome = self.kinds.post(row.method).render(session, row, self.deps)
        return outcome.fingerprint if isinstance(outcome, Send) else None


def _row(session: Session, row_id: int) -> OutboxMessage:
    row = session.get(OutboxMessage, row_id)
    assert row is not None
    return row


def _maybe_sent(last_error: str | None) -> bool:
    """Whether an earlier attempt may have reached Slack (crashed while sending, or no answer)."""
    return bool(last_error) and last_error.startswith((IN_FLIGHT, UNCERTAIN))  # type: ignore[union-attr]


def _failed(row: OutboxMessage, message: str, *, now: datetime) -> None:
    """Count the attempt, keep the error, back off: 30 s, doubling, an hour at most."""
    row.attempts += 1
    row.next_attempt_at = now + min(FIRST_BACKOFF * 2 ** (row.attempts - 1), MAX_BACKOFF)
    row.locked_until = None
    row.last_error = message

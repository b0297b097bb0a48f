"""Delivering the outbox: every owed Slack post goes out, from the database, exactly once.

Each due row is *leased* with a conditional UPDATE (``locked_until``) in its own
short transaction, so several instances never work on the same row. The
row is rendered from the current state (a retry after an outage shows what is
true then), sent *outside* any transaction, and marked sent in a new one.

Paced. A ``chat.postMessage`` first takes its channel's next slot from
``bot.pacing`` (about one a second per channel, shared by every instance
through the database). The scheduler's job waits for slots, up to its time
budget; a click's immediate delivery (``deliver_keys``) waits a second at most
and otherwise leaves the row to the job, still due, no attempt counted.

Failures. A 429 is Slack saying "not yet", not a failure: the row is due
again after the ``Retry-After`` it was given, with no attempt counted and no
back-off grown, and (a short one, as the per-channel limit gives) the channel's
pace is pushed past it for every instance.
The posting clients do not sleep out 429s themselves (slack_sdk's
``RateLimitErrorRetryHandler`` sleeps inside the call: invisible to the other
instances and to the lease, and it would stall the whole queue). A refusal
Slack will repeat for as long as things stay as they are (``REFUSED_FOR_GOOD``:
``not_in_channel``, ``channel_not_found``, ``invalid_blocks``...) makes the
row *dead*: kept with its reason, never deleted, no longer retried, reported
to the admins (``bot.problems``) until one of them retries it. Any other
failure bumps ``attempts``, keeps the error and backs off ``next_attempt_at``.

Never twice. The dangerous moment is a ``chat.postMessage`` that reached Slack
but whose answer we never got (a timeout, a dropped connection, a 5xx, a crash
before marking). So: posts go through a client that does not retry dropped
connections by itself; every post carries message metadata naming its outbox
row; a row is flagged "in flight" while sending and "uncertain" when the
outcome is unknown; and before re-posting a flagged row we look in the
channel's recent history for a message carrying that metadata, taking it as
the post if found. Residual risk: that look needs the ``*:history`` scopes;
without them (or if the look itself fails) we post again and log it. Updates
(``chat.update``) are idempotent and need none of this. The lease (5 minutes)
is far longer than a send (and its wait for a slot) can take.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from bot.deps import Deps
from bot.pacing import Pacer, Slot
from bot.slack_once import SlackFailure, describe_failure, find_earlier_post, posting_client
from storage.models import OutboxMessage

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
WAIT = timedelta(seconds=30)  # a refresh waiting for its claim's first post
FIRST_BACKOFF = timedelta(seconds=30)
MAX_BACKOFF = timedelta(hours=1)
JOB_BUDGET = 55.0  # seconds a tick may spend sending and waiting for slots; it runs every minute
RATE_LIMIT_DEFAULT = timedelta(seconds=5)  # a 429 without Retry-After (Slack always sends one)
# A channel's pace absorbs the per-channel limit's short waits (about a second); a
# longer Retry-After comes from another limit and is the refused row's own wait.
HOLD_OFF_MAX = timedelta(seconds=10)
CLICK_WAIT = 1.0  # seconds a click's immediate delivery may wait for a slot
BATCH = 50
IN_FLIGHT = "in flight"
UNCERTAIN = "uncertain"
RATE_LIMITED = "rate limited"
METADATA_EVENT = "cms_outbox"

# Refusals Slack repeats for as long as the channel, the bot's membership or the
# message stay as they are (chat.postMessage and chat.update "Errors",
# https://docs.slack.dev/reference/methods/chat.postMessage). Token and scope
# errors are not here: they block every post alike, so rows stay owed (backing
# off) while ``cmsbot doctor`` names the fix.
REFUSED_FOR_GOOD = frozenset(
    {
        "not_in_channel",
        "channel_not_found",
        "is_archived",
        "invalid_blocks",
        "invalid_blocks_format",
        "invalid_attachments",
        "invalid_metadata_format",
        "invalid_metadata_schema",
        "metadata_too_large",
        "msg_too_long",
        "no_text",
        "too_many_attachments",
        "restricted_action",
        "restricted_action_read_only_channel",
        "restricted_action_thread_only_channel",
        "restricted_action_non_threadable_channel",
        "cannot_reply_to_message",
        "message_not_found",
        "cant_update_message",
        "edit_window_closed",
        "user_not_found",
        "cannot_dm_bot",
        "messages_tab_disabled",
    }
)


@dataclass
class Send:
    """One Web API call to make; ``fingerprint`` (refreshes) tells whether the state moved on."""

    method: str
    args: dict[str, Any]
    fingerprint: str | None = None


@dataclass(frozen=True)
class Wait:
    """Not yet: try again shortly without counting an attempt (a refresh before its post)."""

    reason: str


@dataclass(frozen=True)
class Skip:
    """Nothing to send any more: the row is done."""

    reason: str


Outcome = Send | Wait | Skip


@dataclass(frozen=True)
class Kind:
    """How to deliver one kind of row: render it now; record what the answer tells us."""

    render: Callable[[Session, OutboxMessage, Deps], Outcome]
    after_sent: Callable[[Session, OutboxMessage, dict[str, Any], datetime], None] | None = None


KINDS: dict[str, Kind] = {}


def register_kind(name: str, kind: Kind) -> None:
    """Let another feature deliver its own kind of owed post through the same machinery."""
    KINDS[name] = kind


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


def deliver_job(deps: Deps, *, budget: float = JOB_BUDGET, pacer: Pacer | None = None) -> Report:
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
    pacer: Pacer | None = None,
    budget: float = JOB_BUDGET,
) -> Report:
    """One round: send up to ``limit`` due rows, oldest first, waiting up to ``budget`` s for slots."""
    deadline = time.monotonic() + budget
    return _deliver(deps, now=now, limit=limit, pacer=pacer, deadline=deadline)


def deliver_keys(
    deps: Deps, keys: list[str], *, now: datetime, pacer: Pacer | None = None
) -> Report:
    """Send these rows now if due and a slot is near (a decision's refresh and DM after a click).

    Whatever is not sent here stays owed; the job sends it.
    """
    deadline = time.monotonic() + CLICK_WAIT
    return _deliver(deps, now=now, limit=len(keys), keys=keys, pacer=pacer, deadline=deadline)


def _deliver(
    deps: Deps,
    *,
    now: datetime,
    limit: int,
    deadline: float,
    keys: list[str] | None = None,
    pacer: Pacer | None = None,
) -> Report:
    import bot.claims_digest  # noqa: F401  (each registers its kinds)
    import bot.outbox_claims  # noqa: F401
    import bot.problems  # noqa: F401

    report = Report()
    sender = _Sender(deps, pacer or Pacer(deps.sessions), deadline)
    query = select(OutboxMessage.id).where(_due(now)).order_by(OutboxMessage.id).limit(limit)
    if keys is not None:
        query = query.where(OutboxMessage.dedupe_key.in_(keys))
    with deps.sessions.begin() as session:
        due = session.scalars(query).all()
    for row_id in due:
        # A row whose channel is busy beyond our wait is given back (``paced``) and the
        # next is tried: it may go elsewhere (a DM) and need no wait at all.
        if _lease(deps, row_id, now):
            sender.deliver_one(row_id, now, report)
    return report


def _due(now: datetime) -> Any:
    return (
        OutboxMessage.sent_at.is_(None)
        & OutboxMessage.dead_at.is_(None)
        & (OutboxMessage.next_attempt_at <= now)
        & or_(OutboxMessage.locked_until.is_(None), OutboxMessage.locked_until <= now)
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


class _Sender:
    """Renders, paces, sends and records one leased row at a time."""

    def __init__(self, deps: Deps, pacer: Pacer, deadline: float) -> None:
        self.deps = deps
        self.pacer = pacer
        self.deadline = deadline
        self.poster = _posting_client(deps.client)
        self.updater = _update_client(deps.client)

    def deliver_one(self, row_id: int, now: datetime, report: Report) -> None:
        deps = self.deps
        with deps.sessions.begin() as session:
            row = _row(session, row_id)
            key, uncertain, before = row.dedupe_key, _maybe_sent(row.last_error), row.last_error
            kind = KINDS.get(row.method)
            try:
                if kind is None:
                    raise LookupError(f"no delivery for outbox kind {row.method!r}")
                outcome = kind.render(session, row, deps)
            except LookupError as error:  # a missing setting or kind: one line, keep it owed
                log.warning("outbox row %s waits: %s", key, error)
                _failed(row, f"render: {error}", uncertain=False, now=now)
                report.failed.append(key)
                return
            except Exception as error:  # a render bug must not stop the queue
                log.exception("cannot render outbox row %s", key)
                _failed(row, f"render: {error}", uncertain=False, now=now)
                report.failed.append(key)
                return
            if isinstance(outcome, Skip):
                row.sent_at, row.locked_until = now, None
                row.last_error = f"skipped: {outcome.reason}"
                report.skipped.append(key)
                return
            if isinstance(outcome, Wait):
                row.next_attempt_at, row.locked_until = now + WAIT, None
                report.waiting.append(key)
                return
            send = outcome
            channel = str(send.args.get("channel") or "")
            row.last_channel = channel or None
            row.last_error = f"{IN_FLIGHT} since {now.isoformat()}"
        posting = send.method == "chat.postMessage"
        if posting:
            send.args["metadata"] = {
                "event_type": METADATA_EVENT,
                "event_payload": {"outbox_key": key},
            }
        try:
            found = _prior_post(deps.client, send, key) if posting and uncertain else None
            if found is None and posting and not self._wait_for_slot(channel):
                self._release(row_id, before)
                report.paced.append(key)
                return
            response = found or _call(self.poster if posting else self.updater, send)
        except Exception as error:
            self._refused(row_id, key, send, describe_failure(error), now, report)
            return
        with deps.sessions.begin() as session:
            row = _row(session, row_id)
            row.attempts += 1
            row.locked_until = None
            if (
                send.fingerprint is not None
                and _fingerprint_now(session, row, deps) != send.fingerprint
            ):
                # The state changed while we were sending: render and send again, now.
                row.last_error, row.next_attempt_at = "state changed while sending", now
                report.waiting.append(key)
                return
            row.sent_at, row.last_error = now, None
            row.result_channel = str(response.get("channel") or channel)
            row.result_ts = str(response.get("ts") or "") or None
            after_sent = KINDS[row.method].after_sent
            if after_sent is not None:
                after_sent(session, row, response, now)
        report.sent.append(key)

    def _wait_for_slot(self, channel: str) -> bool:
        """Take the channel's next slot and sleep until it; False when none comes in time."""
        left = max(0.0, self.deadline - time.monotonic())
        slot = self.pacer.take(channel, max_wait=left)
        if not isinstance(slot, Slot):
            return False
        self.pacer.wait_for(slot)
        return True

    def _release(self, row_id: int, last_error: str | None) -> None:
        """Give the row back untouched, still due: no attempt, no back-off."""
        with self.deps.sessions.begin() as session:
            row = _row(session, row_id)
            row.locked_until, row.last_error = None, last_error

    def _refused(
        self,
        row_id: int,
        key: str,
        send: Send,
        failure: SlackFailure,
        now: datetime,
        report: Report,
    ) -> None:
        posting = send.method == "chat.postMessage"
        channel = str(send.args.get("channel") or "")
        wait = failure.retry_after or RATE_LIMIT_DEFAULT
        if failure.status == 429:
            if posting and channel and wait <= HOLD_OFF_MAX:
                self.pacer.hold_off(channel, wait.total_seconds())
            log.info("outbox %s: %s rate limited, due again in %s", key, send.method, wait)
        else:
            log.warning("outbox %s: %s failed: %s", key, send.method, failure.message)
        with self.deps.sessions.begin() as session:
            row = _row(session, row_id)
            if failure.status == 429:
                row.next_attempt_at, row.locked_until = now + wait, None
                row.last_error = f"{RATE_LIMITED}: {failure.message}, retry after {wait}"
                report.rate_limited.append(key)
            elif failure.code in REFUSED_FOR_GOOD:
                row.attempts += 1
                row.dead_at, row.dead_reason, row.locked_until = now, failure.code, None
                row.last_error = failure.message[:2000]
                from bot.problems import owe_alerts

                owe_alerts(session, row, now)
                report.dead.append(key)
            else:
                _failed(row, failure.message, uncertain=posting and failure.unsure, now=now)
                report.failed.append(key)


def _row(session: Session, row_id: int) -> OutboxMessage:
    row = session.get(OutboxMessage, row_id)
    assert row is not None
    return row


def _call(client: WebClient, send: Send) -> dict[str, Any]:
    response = client.api_call(send.method, json=send.args)
    return dict(response.data) if isinstance(response.data, dict) else {}


def _fingerprint_now(session: Any, row: OutboxMessage, deps: Deps) -> str | None:
    outcome = KINDS[row.method].render(session, row, deps)
    return outcome.fingerprint if isinstance(outcome, Send) else None


def fingerprint(args: dict[str, Any]) -> str:
    """A digest of what a render would send, to tell whether the state moved on."""
    stable = json.dumps(args, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(stable.encode()).hexdigest()


def _maybe_sent(last_error: str | None) -> bool:
    """Whether an earlier attempt may have reached Slack (crashed while sending, or no answer)."""
    return bool(last_error) and last_error.startswith((IN_FLIGHT, UNCERTAIN))  # type: ignore[union-attr]


def _failed(row: OutboxMessage, message: str, *, uncertain: bool, now: datetime) -> None:
    row.attempts += 1
    row.next_attempt_at = now + min(FIRST_BACKOFF * 2 ** (row.attempts - 1), MAX_BACKOFF)
    row.locked_until = None
    row.last_error = (f"{UNCERTAIN}: " if uncertain else "") + message[:2000]


def _prior_post(client: WebClient, send: Send, key: str) -> dict[str, Any] | None:
    """The message an earlier, unanswered attempt posted, found by its metadata; else None."""
    return find_earlier_post(
        client,
        channel=str(send.args.get("channel", "")),
        event_type=METADATA_EVENT,
        field="outbox_key",
        key=key,
        scopes="channels:history/groups:history/im:history",
    )


def _posting_client(client: WebClient) -> WebClient:
    """Never re-sends a post by itself: not after a dropped connection (it may have gone
    through), and not after a 429 (the outbox waits it out, shared through the pace)."""
    return posting_client(client, retry_rate_limits=False)  # type: ignore[no-any-return]


def _update_client(client: WebClient) -> WebClient:
    """For idempotent calls (``chat.update``): retries a dropped connection, not a 429."""
    return posting_client(client, retry_rate_limits=False, retry_connections=True)  # type: ignore[no-any-return]

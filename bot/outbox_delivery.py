"""Delivering the outbox: every owed Slack post goes out, from the database, exactly once.

Each due row is *leased* with a conditional UPDATE (``locked_until``) in its own
short transaction, so several instances never work on the same row. The
row is rendered from the current state (a retry after an outage shows what is
true then), sent *outside* any transaction, and marked sent in a new one; a
failure bumps ``attempts``, keeps the error and backs off ``next_attempt_at``
(at least Slack's ``Retry-After``).

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
is far longer than a send can take, so a slow send is not taken over.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from bot import audit
from bot.claims import DECISION_DM, REFRESH, load_card
from bot.claims_raise import CLAIM_POSTED
from bot.deps import Deps
from bot.slack_once import find_earlier_post, posting_client
from storage.models import Claim, OutboxMessage, Rep

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
WAIT = timedelta(seconds=30)  # a refresh waiting for its claim's first post
FIRST_BACKOFF = timedelta(seconds=30)
MAX_BACKOFF = timedelta(hours=1)
IN_FLIGHT = "in flight"
UNCERTAIN = "uncertain"
METADATA_EVENT = "cms_outbox"


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
    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def deliver_job(deps: Deps) -> Report:
    """The scheduler's tick."""
    return deliver_due(deps, now=deps.clock())


def deliver_due(deps: Deps, *, now: datetime, limit: int = 50) -> Report:
    """Send up to ``limit`` due rows, oldest first; returns what happened to each (by dedupe key)."""
    return _deliver(deps, now=now, limit=limit)


def deliver_keys(deps: Deps, keys: list[str], *, now: datetime) -> Report:
    """Send these rows now if due (a decision's refresh and DM right after the click).

    Whatever fails here stays owed; the job retries it.
    """
    return _deliver(deps, now=now, limit=len(keys), keys=keys)


def _deliver(deps: Deps, *, now: datetime, limit: int, keys: list[str] | None = None) -> Report:
    import bot.claims_digest  # noqa: F401  (registers the digest's kind)

    report = Report()
    poster = _posting_client(deps.client)
    query = (
        select(OutboxMessage.id)
        .where(
            OutboxMessage.sent_at.is_(None),
            OutboxMessage.next_attempt_at <= now,
            or_(OutboxMessage.locked_until.is_(None), OutboxMessage.locked_until <= now),
        )
        .order_by(OutboxMessage.id)
        .limit(limit)
    )
    if keys is not None:
        query = query.where(OutboxMessage.dedupe_key.in_(keys))
    with deps.sessions.begin() as session:
        due = session.scalars(query).all()
    for row_id in due:
        if _lease(deps, row_id, now):
            _deliver_one(deps, poster, row_id, now, report)
    return report


def _lease(deps: Deps, row_id: int, now: datetime) -> bool:
    with deps.sessions.begin() as session:
        result = session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == row_id,
                OutboxMessage.sent_at.is_(None),
                OutboxMessage.next_attempt_at <= now,
                or_(OutboxMessage.locked_until.is_(None), OutboxMessage.locked_until <= now),
            )
            .values(locked_until=now + LEASE)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1  # type: ignore[attr-defined,no-any-return]


def _deliver_one(deps: Deps, poster: WebClient, row_id: int, now: datetime, report: Report) -> None:
    with deps.sessions.begin() as session:
        row = session.get(OutboxMessage, row_id)
        assert row is not None
        key, uncertain = row.dedupe_key, _maybe_sent(row.last_error)
        kind = KINDS.get(row.method)
        try:
            if kind is None:
                raise LookupError(f"no delivery for outbox kind {row.method!r}")
            outcome = kind.render(session, row, deps)
        except LookupError as error:  # a missing setting or kind: say so in one line, keep it owed
            log.warning("outbox row %s waits: %s", key, error)
            _failed(row, f"render: {error}", uncertain=False, retry_after=None, now=now)
            report.failed.append(key)
            return
        except Exception as error:  # a render bug must not stop the queue
            log.exception("cannot render outbox row %s", key)
            _failed(row, f"render: {error}", uncertain=False, retry_after=None, now=now)
            report.failed.append(key)
            return
        if isinstance(outcome, Skip):
            row.sent_at, row.locked_until, row.last_error = now, None, f"skipped: {outcome.reason}"
            report.skipped.append(key)
            return
        if isinstance(outcome, Wait):
            row.next_attempt_at, row.locked_until = now + WAIT, None
            report.waiting.append(key)
            return
        send = outcome
        row.last_error = f"{IN_FLIGHT} since {now.isoformat()}"
    posting = send.method == "chat.postMessage"
    if posting:
        send.args["metadata"] = {"event_type": METADATA_EVENT, "event_payload": {"outbox_key": key}}
    try:
        found = _prior_post(deps.client, send, key) if posting and uncertain else None
        response = found or _call(poster if posting else deps.client, send)
    except Exception as error:
        message, unsure, retry_after = _describe(error)
        log.warning("outbox %s: %s failed: %s", key, send.method, message)
        with deps.sessions.begin() as session:
            row = session.get(OutboxMessage, row_id)
            assert row is not None
            _failed(row, message, uncertain=posting and unsure, retry_after=retry_after, now=now)
        report.failed.append(key)
        return
    with deps.sessions.begin() as session:
        row = session.get(OutboxMessage, row_id)
        assert row is not None
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
        row.result_channel = str(response.get("channel") or send.args.get("channel") or "")
        row.result_ts = str(response.get("ts") or "") or None
        kind = KINDS[row.method]
        if kind.after_sent is not None:
            kind.after_sent(session, row, response, now)
    report.sent.append(key)


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


def _failed(
    row: OutboxMessage,
    message: str,
    *,
    uncertain: bool,
    retry_after: timedelta | None,
    now: datetime,
) -> None:
    row.attempts += 1
    backoff = min(FIRST_BACKOFF * 2 ** (row.attempts - 1), MAX_BACKOFF)
    if retry_after is not None:
        backoff = max(backoff, retry_after)
    row.next_attempt_at = now + backoff
    row.locked_until = None
    row.last_error = (f"{UNCERTAIN}: " if uncertain else "") + message[:2000]


def _describe(error: Exception) -> tuple[str, bool, timedelta | None]:
    """A one-line error, whether the post may have gone through anyway, and Slack's Retry-After."""
    if isinstance(error, SlackApiError):
        response = error.response
        status = getattr(response, "status_code", 200)
        code = response.get("error") if hasattr(response, "get") else None
        return f"HTTP {status} {code or ''}".strip(), status >= 500, _retry_after(response)
    if isinstance(error, SlackRequestError):
        return f"bad request: {error}", False, None
    if isinstance(error, URLError) and isinstance(error.reason, ConnectionRefusedError):
        return "Slack unreachable: connection refused", False, None
    return f"{type(error).__name__}: {error}", True, None


def _retry_after(response: Any) -> timedelta | None:
    headers = getattr(response, "headers", None) or {}
    for name, value in headers.items():
        if name.lower() == "retry-after":
            text = value[0] if isinstance(value, list) else value
            try:
                return timedelta(seconds=int(str(text).strip()))
            except ValueError:
                return None
    return None


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
    through), and not after a 429 either — sleeping out Retry-After would stall the whole
    queue, so the row backs off in the outbox instead and the others go on."""
    return posting_client(client, retry_rate_limits=False)  # type: ignore[no-any-return]


# -- the claims' kinds ----------------------------------------------------------------


def _claim(session: Session, row: OutboxMessage) -> Claim | None:
    return session.get(Claim, int(row.payload.get("claim_id", 0)))


def _render_post(session: Session, row: OutboxMessage, deps: Deps) -> Outcome:
    from handlers.blocks.claims import controller_message

    claim = _claim(session, row)
    if claim is None:
        return Skip("the claim no longer exists")
    if claim.controller_message_ts:
        return Skip("already in the channel")
    if claim.status == "withdrawn":
        return Skip("withdrawn before it reached the controllers")
    channel = deps.settings.controllers_channel
    if not channel:
        raise LookupError("CMS_CONTROLLERS_CHANNEL is not set; claims wait until it is")
    text, blocks = controller_message(load_card(session, claim))
    return Send("chat.postMessage", {"channel": channel, "text": text, "blocks": blocks})


def _after_post(
    session: Session, row: OutboxMessage, response: dict[str, Any], now: datetime
) -> None:
    """Keep the message's address on the claim (audited: the claim's row changes)."""
    claim_id = int(row.payload["claim_id"])
    session.execute(
        update(Claim)
        .where(Claim.id == claim_id)
        .values(controller_channel=row.result_channel, controller_message_ts=row.result_ts)
        .execution_options(synchronize_session=False)
    )
    claim = session.get(Claim, claim_id)
    assert claim is not None
    session.refresh(claim)
    audit.record(
        session,
        actor=audit.SYSTEM,
        action="post_to_controllers",
        entity=claim,
        before={"controller_channel": None, "controller_message_ts": None},
        now=now,
    )


def _render_refresh(session: Session, row: OutboxMessage, deps: Deps) -> Outcome:
    from handlers.blocks.claims import controller_message

    claim = _claim(session, row)
    if claim is None:
        return Skip("the claim no longer exists")
    if not claim.controller_message_ts:
        post = session.scalar(
            select(OutboxMessage).where(OutboxMessage.dedupe_key == f"claim:{claim.id}:post")
        )
        if post is not None and post.sent_at is None:
            return Wait("the claim is not in the channel yet")
        return Skip("the claim was never posted")
    text, blocks = controller_message(load_card(session, claim))
    args = {
        "channel": claim.controller_channel,
        "ts": claim.controller_message_ts,
        "text": text,
        "blocks": blocks,
    }
    return Send("chat.update", args, fingerprint=fingerprint(args))


def _render_decision_dm(session: Session, row: OutboxMessage, deps: Deps) -> Outcome:
    from handlers.blocks.claims import decision_dm

    claim = _claim(session, row)
    if claim is None or claim.status not in ("verified", "rejected"):
        return Skip("no decision to tell")
    rep = session.get(Rep, claim.rep_id)
    assert rep is not None
    text, blocks = decision_dm(
        load_card(session, claim, with_candidates=False), reader_tz=rep.timezone
    )
    return Send("chat.postMessage", {"channel": rep.slack_user_id, "text": text, "blocks": blocks})


register_kind(CLAIM_POSTED, Kind(_render_post, _after_post))
register_kind(REFRESH, Kind(_render_refresh))
register_kind(DECISION_DM, Kind(_render_decision_dm))

"""The nudge ledger: what a nudge tick owes, one row per rep, local day and kind — never twice.

- **Claim** just before sending, a small batch at a time, so a claim never
  ages in a long tick: new rows by an INSERT that skips conflicts (another
  instance has them), failed or stale rows by a conditional UPDATE matching
  the row exactly as the tick saw it (only one claimer can).
- **Send** through the one sender (``bot.delivery.engine``): metadata naming
  the ledger row, a client that never re-sends after a dropped connection,
  the look back through the DM before re-posting a row that may have landed.
  Paced steadily (``POST_INTERVAL`` between DMs, ``bot.delivery.pacing.Steady``).
  Unlike the outbox, sleeping out a 429 inside the call (slack_sdk's
  ``RateLimitErrorRetryHandler``, twice at most) is right here: each DM is its
  own conversation, so a 429 comes from a workspace-wide limit that every
  later DM of the tick would meet too, and the claim (stale only after ten
  minutes) outlives the wait. Still limited after that, the rest of the tick
  is deferred to the next one.
- **Mark** ``sent_at`` (and the message ts) or the error, a claim batch's marks
  in one transaction once the batch is sent. An error that leaves
  the outcome unknown (a 5xx, a timeout) is marked *uncertain*; so is a claim
  left stale by an instance that died mid-send: the next attempt looks first.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Table, and_, bindparam, or_, select, update
from sqlalchemy.orm import Session

from bot.cadence.nudge_report import Outcome
from bot.delivery.engine import Engine, Post, Verdict
from bot.delivery.kinds import Message
from bot.delivery.pacing import Steady
from bot.delivery.slack import Trail
from bot.deps import Deps
from storage.models import NudgeLedger
from storage.written import InsertUnlessTaken

log = logging.getLogger(__name__)

STALE_CLAIM = timedelta(minutes=10)
POST_INTERVAL = 0.25  # seconds between DMs: well inside chat.postMessage's limits
CLAIM_BATCH = 20
INSERT_CHUNK = 500
TRAIL = Trail("cms_nudge", "key", "im:history")


@dataclass(frozen=True)
class Recipient:
    """Someone due a message today, and what the ledger already says about it."""

    kind: str
    rep_id: int
    slack_user_id: str
    name: str
    timezone: str
    local_date: date
    ledger_id: int | None = None  # an unsent row to re-claim
    seen_claimed_at: datetime | None = None
    maybe_sent: bool = False  # an earlier attempt may have reached Slack
    language: str = "en"  # the one of bot.i18n.LOCALES the recipient reads

    @property
    def key(self) -> str:
        """What the message's metadata carries, to recognise it in the DM's history."""
        return f"{self.kind}:{self.rep_id}:{self.local_date.isoformat()}"


@dataclass
class Delivery:
    """What one recipient is owed; the message is rendered only when it is sent."""

    recipient: Recipient
    outcome: Outcome
    render: Callable[[], Message] | None = None  # None: nothing due, nothing to send


class Sender:
    """Claims, posts and marks the deliveries of one tick."""

    def __init__(
        self,
        deps: Deps,
        *,
        instance: str,
        pace: float = POST_INTERVAL,
        sleep: Callable[[float], None] = time.sleep,
        poster: Any = None,
    ) -> None:
        self.deps = deps
        self.instance = instance
        self.engine = Engine(
            deps.client,
            trail=TRAIL,
            pacer=Steady(pace, sleep=sleep),
            sleep_out_rate_limits=True,
            poster=poster,
        )
        self.rate_limited = False
        # Marks of the claim batch being sent, written together (``mark``).
        self.owed_marks: list[tuple[tuple[int, datetime], dict[str, Any]]] = []

    def deliver(self, deliveries: Sequence[Delivery]) -> None:
        self.settle_empty([d for d in deliveries if d.render is None])
        owed = [d for d in deliveries if d.render is not None]
        for start in range(0, len(owed), CLAIM_BATCH):
            batch = owed[start : start + CLAIM_BATCH]
            if self.rate_limited:
                for delivery in batch:
                    delivery.outcome.status = "deferred"
                continue
            with self.deps.sessions.begin() as session:
                won = claim(session, batch, instance=self.instance, at=self.deps.clock())
            try:
                for delivery in batch:
                    token = won.get((delivery.recipient.kind, delivery.recipient.rep_id))
                    if token is None:
                        delivery.outcome.status = "taken"
                    elif self.rate_limited:
                        self.finish(delivery, token, error="deferred: Slack rate limit")
                        delivery.outcome.status = "deferred"
                    else:
                        self.send(delivery, token)
            finally:
                self.mark()

    def send(self, delivery: Delivery, token: tuple[int, datetime]) -> None:
        recipient = delivery.recipient
        assert delivery.render is not None
        text, blocks = delivery.render()
        args = {
            "channel": recipient.slack_user_id,
            "text": text,
            "blocks": blocks,
            "unfurl_links": False,
            "unfurl_media": False,
        }
        result = self.engine.send(
            Post("chat.postMessage", args, recipient.key), maybe_sent=recipient.maybe_sent
        )
        if result.verdict is Verdict.SENT:
            self.finish(delivery, token, message_ts=str(result.response.get("ts") or ""))
            return
        if result.verdict is Verdict.RATE_LIMITED:
            self.rate_limited = True
        self.finish(delivery, token, error=result.error)

    def finish(
        self,
        delivery: Delivery,
        token: tuple[int, datetime],
        *,
        error: str | None = None,
        message_ts: str | None = None,
    ) -> None:
        values: dict[str, Any] = (
            {"last_error": error[:500]}
            if error is not None
            else {"sent_at": self.deps.clock(), "message_ts": message_ts, "last_error": None}
        )
        self.owed_marks.append((token, values))
        delivery.outcome.status = "failed" if error else "sent"
        delivery.outcome.error = error
        delivery.outcome.message_ts = message_ts
        if error:
            log.warning("nudge to %s failed: %s", delivery.recipient.slack_user_id, error)

    def mark(self) -> None:
        """Write the claim batch's marks in one transaction (each row as this instance
        claimed it), not one commit per DM. Until then a sent row reads as claimed and
        fresh, which every instance counts as served; an instance dying before this
        leaves the rows as a death mid-send does, and the next attempt looks first."""
        marks, self.owed_marks = self.owed_marks, []
        if not marks:
            return
        with self.deps.sessions.begin() as session:
            lost = write_marks(session, marks, instance=self.instance)
        for ledger_id in lost:
            log.warning("nudge %s was re-claimed by another instance mid-send", ledger_id)

    def settle_empty(self, deliveries: Sequence[Delivery]) -> None:
        """Nothing due: record the day as served, with no message."""
        if not deliveries:
            return
        at = self.deps.clock()
        fresh = [d.recipient for d in deliveries if d.recipient.ledger_id is None]
        with self.deps.sessions.begin() as session:
            for start in range(0, len(fresh), INSERT_CHUNK):
                rows = [
                    ledger_row(r, instance=self.instance, at=at, sent=True)
                    for r in fresh[start : start + INSERT_CHUNK]
                ]
                session.execute(insert_ignoring_conflicts(session, rows))
            for delivery in deliveries:
                if delivery.recipient.ledger_id is not None:
                    session.execute(
                        reclaim(delivery.recipient, at=at).values(sent_at=at, last_error=None)
                    )
                delivery.outcome.status = "nothing due"


def claim(
    session: Session, batch: Sequence[Delivery], *, instance: str, at: datetime
) -> dict[tuple[str, int], tuple[int, datetime]]:
    """Claim each delivery's ledger row; returns those won as ``(id, claimed_at)`` tokens."""
    won: dict[tuple[str, int], tuple[int, datetime]] = {}
    fresh = [d.recipient for d in batch if d.recipient.ledger_id is None]
    if fresh:
        rows = [ledger_row(r, instance=instance, at=at, sent=False) for r in fresh]
        statement = insert_ignoring_conflicts(session, rows).returning(
            NudgeLedger.id, NudgeLedger.rep_id, NudgeLedger.kind
        )
        for ledger_id, rep_id, kind in session.execute(statement):
            won[(kind, rep_id)] = (ledger_id, at)
    for delivery in batch:
        recipient = delivery.recipient
        if recipient.ledger_id is None:
            continue
        statement = reclaim(recipient, at=at).values(
            claimed_at=at,
            claimed_by=instance,
            last_error=None,
            attempts=NudgeLedger.attempts + 1,
        )
        if _rowcount(session, statement) == 1:
            won[(recipient.kind, recipient.rep_id)] = (recipient.ledger_id, at)
    return won


_LEDGER = cast(Table, NudgeLedger.__table__)
# One conditional UPDATE, sent once per batch with every row's parameters (psycopg sends
# them in one pipeline): a row is marked only as this instance claimed it, and not sent.
_MARKED_AS_CLAIMED = and_(
    _LEDGER.c.id == bindparam("m_id"),
    _LEDGER.c.claimed_by == bindparam("m_by"),
    _LEDGER.c.claimed_at == bindparam("m_at"),
    _LEDGER.c.sent_at.is_(None),
)
_MARK_SENT = (
    update(_LEDGER)
    .where(_MARKED_AS_CLAIMED)
    .values(
        sent_at=bindparam("m_sent_at"),
        message_ts=bindparam("m_message_ts"),
        last_error=None,
    )
)
_MARK_FAILED = update(_LEDGER).where(_MARKED_AS_CLAIMED).values(last_error=bindparam("m_error"))


def write_marks(
    session: Session, marks: Sequence[tuple[tuple[int, datetime], dict[str, Any]]], *, instance: str
) -> list[int]:
    """Mark each claimed row sent (or its error), each as ``instance`` claimed it; returns
    the ids of rows another instance re-claimed meanwhile (left as they are)."""
    sent, failed = [], []
    for (ledger_id, claimed_at), values in marks:
        row = {"m_id": ledger_id, "m_by": instance, "m_at": claimed_at}
        if "sent_at" in values:
            sent.append(
                row | {"m_sent_at": values["sent_at"], "m_message_ts": values["message_ts"]}
            )
        else:
            failed.append(row | {"m_error": values["last_error"]})
    connection = session.connection()
    marked = 0
    for statement, rows in ((_MARK_SENT, sent), (_MARK_FAILED, failed)):
        if rows:
            marked += cast(CursorResult[Any], connection.execute(statement, rows)).rowcount
    if marked == len(marks):
        return []
    tokens = {ledger_id: claimed_at for (ledger_id, claimed_at), _ in marks}
    kept = connection.execute(
        select(_LEDGER.c.id, _LEDGER.c.claimed_by, _LEDGER.c.claimed_at).where(
            _LEDGER.c.id.in_(list(tokens))
        )
    )
    return sorted(
        ledger_id
        for ledger_id, claimed_by, claimed_at in kept
        if claimed_by != instance or claimed_at != tokens[ledger_id]
    )


def _rowcount(session: Session, statement: Any) -> int:
    result = cast(CursorResult[Any], session.execute(statement))
    return result.rowcount


def reclaim(recipient: Recipient, *, at: datetime) -> Any:
    """An UPDATE matching the row only as the tick saw it: unsent, and failed or stale."""
    return update(NudgeLedger).where(
        NudgeLedger.id == recipient.ledger_id,
        NudgeLedger.sent_at.is_(None),
        NudgeLedger.claimed_at == recipient.seen_claimed_at,
        or_(NudgeLedger.last_error.is_not(None), NudgeLedger.claimed_at < at - STALE_CLAIM),
    )


def ledger_row(recipient: Recipient, *, instance: str, at: datetime, sent: bool) -> dict[str, Any]:
    return {
        "rep_id": recipient.rep_id,
        "local_date": recipient.local_date,
        "kind": recipient.kind,
        "claimed_at": at,
        "claimed_by": instance,
        "sent_at": at if sent else None,
        "attempts": 0 if sent else 1,
    }


_INSERT_UNLESS_TAKEN = InsertUnlessTaken(NudgeLedger, "rep_id", "local_date", "kind")


def insert_ignoring_conflicts(session: Session, rows: list[dict[str, Any]]) -> Any:
    return _INSERT_UNLESS_TAKEN.for_(session).values(rows)

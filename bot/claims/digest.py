"""The morning digest: claims pending more than three working days, oldest first.

Nothing should sit forgotten in the controllers' queue. Once a day (a working
day, at or after ``CMS_NUDGE_HOUR`` UTC) the job owes one post to the
controllers' channel through the outbox; the dedupe key ``digest:claims:<date>``
is unique, so several instances and every tick of the day owe it once. It is
rendered when sent, so a claim decided in between is no longer listed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.claims import ClaimCard, load_card
from bot.delivery.kinds import Kind, Message, Outcome, Skip, post
from bot.delivery.owed import enqueue
from bot.deps import Deps
from bot.i18n import speaking
from storage.models import Claim, OutboxMessage

log = logging.getLogger(__name__)

DIGEST = "claims_digest"
PENDING_WORKING_DAYS = 3


def working_days_between(start: date, end: date) -> int:
    """Monday-to-Friday days ``d`` with ``start < d <= end`` (0 when ``end <= start``)."""
    if end <= start:
        return 0
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for offset in range(1, rest + 1):
        if (start + timedelta(days=offset)).weekday() < 5:
            count += 1
    return count


def overdue_claims(
    session: Session, *, today: date, days: int = PENDING_WORKING_DAYS
) -> list[tuple[Claim, int]]:
    """Pending claims raised more than ``days`` working days before ``today``, oldest first."""
    # More than ``days`` working days is always more than ``days`` calendar days.
    cutoff = datetime.combine(today - timedelta(days=days), time.min, tzinfo=UTC)
    claims = session.scalars(
        select(Claim)
        .where(Claim.status == "pending", Claim.created_at < cutoff)
        .order_by(Claim.created_at, Claim.id)
    ).all()
    aged = [
        (claim, working_days_between(claim.created_at.astimezone(UTC).date(), today))
        for claim in claims
    ]
    return [(claim, age) for claim, age in aged if age > days]


def is_digest_time(now: datetime, *, hour: int) -> bool:
    return now.weekday() < 5 and now.hour >= hour


def enqueue_digest(session: Session, *, now: datetime, hour: int) -> OutboxMessage | None:
    """Owe today's digest if it is time and something is overdue; returns the row or None."""
    if not is_digest_time(now, hour=hour):
        return None
    today = now.date()
    if not overdue_claims(session, today=today):
        return None
    key = f"digest:claims:{today.isoformat()}"
    try:
        with session.begin_nested():
            return enqueue(
                session, kind=DIGEST, dedupe_key=key, data={"date": today.isoformat()}, now=now
            )
    except IntegrityError:
        # Another instance owed it a moment ago: theirs is the one.
        return session.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == key))


def digest_job(deps: Deps) -> OutboxMessage | None:
    """The scheduler's tick: owe the digest; the outbox job sends it."""
    now = deps.clock()
    with deps.sessions.begin() as session:
        row = enqueue_digest(session, now=now, hour=deps.settings.nudge_hour)
        if row is not None:
            log.info("claims digest owed for %s", row.payload.get("date"))
        return row


class DigestView(Protocol):
    """The kit's digest message (``handlers.blocks.claims.digest``)."""

    def __call__(self, entries: Sequence[tuple[ClaimCard, int]], *, days: int) -> Message: ...


def digest_kind(view: DigestView) -> Kind:
    """The digest as the outbox delivers it, rendered with ``view`` when it is sent."""
    return Kind(DIGEST, partial(_render, view=view))


def _render(session: Session, row: OutboxMessage, deps: Deps, *, view: DigestView) -> Outcome:
    day = date.fromisoformat(str(row.payload["date"]))
    if deps.clock().date() > day:
        return Skip("a newer day's digest replaces it")
    entries = overdue_claims(session, today=day)
    if not entries:
        return Skip("nothing is overdue any more")
    channel = deps.settings.controllers_channel
    if not channel:
        raise LookupError("CMS_CONTROLLERS_CHANNEL is not set; the digest waits until it is")
    cards = [(load_card(session, claim, with_candidates=False), age) for claim, age in entries]
    with speaking(deps.settings.default_locale):  # the controllers' channel: the firm's language
        return post(channel, view(cards, days=PENDING_WORKING_DAYS))

"""Dead posts: the ones Slack refused for good, kept with their reason until retried.

A post Slack will not accept as things stand (``REFUSED_FOR_GOOD``: not in the
channel, archived, malformed...) is never deleted and no longer retried. Here:
reading them grouped (the admins' Home and ``cmsbot doctor`` say them through
``bot.delivery.problems``), making them owed again once the cause is fixed, and owing
each admin a DM when one dies, so nobody learns of it only by opening a tab.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.delivery.kinds import Kind, Message, Outcome, Skip, post
from bot.delivery.owed import enqueue
from bot.directory.languages import language_of
from bot.i18n import speaking
from storage.models import OutboxMessage, Rep, RepRole

if TYPE_CHECKING:
    from bot.deps import Deps

log = logging.getLogger(__name__)

ALERT = "problem_alert"
KEYS_SHOWN = 5


@dataclass(frozen=True)
class DeadGroup:
    """Dead posts to one conversation for one reason; ``keys`` the oldest few."""

    channel: str | None
    reason: str
    count: int
    since: datetime
    keys: tuple[str, ...]


def dead_groups(session: Session) -> list[DeadGroup]:
    """Dead posts grouped by conversation and reason, the longest-standing group first."""
    rows = session.execute(
        select(
            OutboxMessage.last_channel,
            OutboxMessage.dead_reason,
            func.count(),
            func.min(OutboxMessage.dead_at),
        )
        .where(OutboxMessage.dead_at.is_not(None))
        .group_by(OutboxMessage.last_channel, OutboxMessage.dead_reason)
        .order_by(func.min(OutboxMessage.dead_at))
    ).all()
    groups = []
    for channel, reason, count, since in rows:
        keys = session.scalars(
            select(OutboxMessage.dedupe_key)
            .where(
                OutboxMessage.dead_at.is_not(None),
                _same(OutboxMessage.last_channel, channel),
                _same(OutboxMessage.dead_reason, reason),
            )
            .order_by(OutboxMessage.id)
            .limit(KEYS_SHOWN)
        ).all()
        groups.append(DeadGroup(channel, reason or "unknown", count, _aware(since), tuple(keys)))
    return groups


def _same(column: Any, value: str | None) -> Any:
    return column.is_(None) if value is None else column == value


def _aware(value: Any) -> datetime:
    """``min()`` of a UTC column comes back as the backend's raw value on SQLite."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def retry_dead(session: Session, *, now: datetime, keys: Sequence[str] | None = None) -> list[str]:
    """Make dead posts owed again (all, or those named); returns their keys, oldest first.

    The reason stays in ``last_error`` until the next attempt replaces it. For the
    command line; in Slack, ``bot.delivery.problems.retry_dead_as`` checks the clicker is an admin.
    """
    query = select(OutboxMessage.id, OutboxMessage.dedupe_key).where(
        OutboxMessage.dead_at.is_not(None)
    )
    if keys is not None:
        query = query.where(OutboxMessage.dedupe_key.in_(list(keys)))
    found = session.execute(query.order_by(OutboxMessage.id)).all()
    if found:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_([row_id for row_id, _ in found]))
            .values(dead_at=None, dead_reason=None, next_attempt_at=now, locked_until=None)
            .execution_options(synchronize_session=False)
        )
    log.info("retrying %d dead post(s)", len(found))
    return [key for _, key in found]


def owe_alerts(session: Session, row: OutboxMessage, now: datetime) -> None:
    """Owe each active admin one DM about this post's death (one a day per channel and reason)."""
    if row.method == ALERT:
        return  # an alert that cannot be delivered is on the Home and in the doctor; no more
    admins = session.scalars(
        select(Rep.slack_user_id)
        .join(RepRole, RepRole.rep_id == Rep.id)
        .where(RepRole.role == "admin", Rep.active.is_(True))
        .order_by(Rep.id)
    ).all()
    for admin in admins:
        key = f"alert:dead:{row.last_channel}:{row.dead_reason}:{now.date().isoformat()}:{admin}"
        try:
            with session.begin_nested():
                enqueue(session, kind=ALERT, dedupe_key=key, data={"admin": admin}, now=now)
        except IntegrityError:
            pass  # another instance owed the same alert a moment ago


class AlertView(Protocol):
    """The kit's alert DM (``handlers.blocks.problems.alert_message``)."""

    def __call__(self, groups: Sequence[DeadGroup], *, reader_tz: str | None) -> Message: ...


def alert_kind(view: AlertView) -> Kind:
    """The admin's DM about dead posts, rendered with ``view``: every group still dead, then."""

    def render(session: Session, row: OutboxMessage, deps: Deps) -> Outcome:
        groups = dead_groups(session)
        if not groups:
            return Skip("every refused post was retried")
        admin = str(row.payload["admin"])
        reader = session.scalar(select(Rep).where(Rep.slack_user_id == admin))
        language = language_of(reader) if reader else deps.settings.default_locale
        with speaking(language):
            return post(admin, view(groups, reader_tz=reader.timezone if reader else None))

    return Kind(ALERT, render)

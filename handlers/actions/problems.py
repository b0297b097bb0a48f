"""**Retry refused posts** on an admin's Home: the posts Slack refused for good are owed again.

Pressed once the cause is fixed (the bot invited to the channel, the channel
unarchived). The retry is committed first; then what can go at once is sent
(at the channel's pace, the rest by the outbox job within a minute), and the
Home is published again: posts Slack still refuses are listed again, with a
line saying the retry happened. Only admins may retry (``NotAllowed`` is told).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from bot.delivery.outbox import deliver_keys
from bot.delivery.problems import retry_dead_as
from bot.deps import Deps
from bot.messages import formatting
from bot.messages import problems as text
from handlers import ids, lanes
from handlers.common import acting_rep, committed, quietly
from handlers.home.role_home import publish_home
from handlers.reply import Reply


def register(app: Any, deps: Deps) -> None:
    @lanes.action(app, deps, ids.PROBLEMS_RETRY)
    def on_retry(body: dict[str, Any], reply: Reply) -> None:
        user_id = body["user"]["id"]

        def unit(session: Session) -> tuple[list[str], str]:
            actor = acting_rep(session, user_id)
            return retry_dead_as(session, actor=actor, now=deps.clock()), actor.timezone

        keys, timezone = committed(deps, unit, idempotent=True)
        if keys:
            quietly("sending retried posts", lambda: deliver_keys(deps, keys, now=deps.clock()))
        note = text.HOME_RETRIED(len(keys)).format(
            count=formatting.number(len(keys)), at=formatting.when(deps.clock(), timezone)
        )
        quietly("refreshing the Home tab", lambda: publish_home(deps, user_id, note=note))

"""Ack first, work after: how every slash command, button and shortcut is registered.

The app runs with ``process_before_response=True``, so Bolt acknowledges on the
thread that received the request, and that thread only acks. The work itself is
a Bolt lazy listener, run on the app's listener pool: a Slack that hangs or a
slow database can fill that pool, but never delays another request's ack past
Slack's three seconds.

Each work function takes the payload and a ``Reply`` and may raise: whatever
escapes it is told to the user truthfully (``common.tell_failure``), so nothing
a user does ends in silence.
"""

from __future__ import annotations

import contextvars
import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App

from bot.deps import Deps
from bot.i18n import speaking
from handlers.common import quietly, speaking_to, tell_failure, user_of
from handlers.reply import Reply

log = logging.getLogger(__name__)

Work = Callable[[dict[str, Any], Reply], None]
Matcher = str | re.Pattern[str]


def just_ack(ack: Ack) -> None:
    ack()


def settled(deps: Deps, work: Work, *, reads_rep: bool = False) -> Callable[..., None]:
    """``work`` as a lazy listener: given the body and its Reply, failures told, never raised.

    Work that ``reads_rep`` reads the rep in its own transaction first thing and sets
    their language from that row (``set_speaking``), so it is not asked for again in a
    session of its own; until then, and for a stranger, it speaks the firm's language.
    """

    # Not functools.wraps: Bolt reads the argument names of what it calls (through
    # ``__wrapped__``), and this wrapper wants only ``body``.
    def run(body: dict[str, Any]) -> None:
        reply = Reply.to(deps.client, body)
        # Whoever typed or clicked reads the answer: in their language, failures too.
        language = (
            speaking(deps.settings.default_locale)
            if reads_rep
            else speaking_to(deps, user_of(body))
        )
        with language:
            try:
                work(body, reply)
            except Exception as error:
                tell_failure(reply, error)

    run.__name__ = run.__qualname__ = f"settled_{work.__name__}"
    return run


def _lazily(
    listen: Callable[..., Any], deps: Deps, matchers: tuple[Matcher, ...], reads_rep: bool = False
) -> Callable[[Work], Work]:
    """Register ``work`` for each matcher with Bolt's ``listen`` (``app.command``, ...)."""

    def add(work: Work) -> Work:
        for matcher in matchers:
            listen(matcher)(ack=just_ack, lazy=[settled(deps, work, reads_rep=reads_rep)])
        return work

    return add


def command(app: App, deps: Deps, name: str, *, reads_rep: bool = False) -> Callable[[Work], Work]:
    """``name``'s work; ``reads_rep``: it sets the rep's language itself (``settled``)."""
    return _lazily(app.command, deps, (name,), reads_rep)


def action(app: App, deps: Deps, *action_ids: Matcher) -> Callable[[Work], Work]:
    return _lazily(app.action, deps, action_ids)


def shortcut(app: App, deps: Deps, callback_id: Matcher) -> Callable[[Work], Work]:
    return _lazily(app.shortcut, deps, (callback_id,))


def the_action(body: dict[str, Any]) -> dict[str, Any]:
    """The clicked element of a ``block_actions`` payload (an empty dict if there is none)."""
    actions = body.get("actions") or []
    first = actions[0] if actions else {}
    return first if isinstance(first, dict) else {}


def after_ack(deps: Deps, what: str, run: Callable[[], object]) -> None:
    """Run ``run`` on the listener pool, off the request thread (used after a view's ack),
    in the language the request was answered in."""
    context = contextvars.copy_context()
    deps.background.submit(context.run, quietly, what, run)

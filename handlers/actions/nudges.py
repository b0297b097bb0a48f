"""The **Snooze** menu on a nudge or the Home tab: 7, 14 or 30 days, for the clicking rep.

Who snoozes is the signed payload's user, never the button; the client id in
the option value is checked against what that user may see, so a forged value
is refused like any uncovered client. On a nudge the client's row is replaced
in place by "Snoozed until …"; on the Home tab the tab is published again.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from sqlalchemy.orm import Session

from bot import messages
from bot.cadence.snoozes import snooze_client
from bot.deps import Deps
from bot.i18n import _
from bot.messages import cadence as text
from bot.messages import formatting
from handlers import ids, lanes
from handlers.blocks.nudges import read_snooze, snoozed_in_place
from handlers.common import acting_rep, committed, quietly
from handlers.home.role_home import publish_home
from handlers.reply import Reply
from storage.models import Client

log = logging.getLogger(__name__)


def register(app: App, deps: Deps) -> None:
    @lanes.action(app, deps, ids.NUDGE_SNOOZE_ANY)
    def on_snooze(body: dict[str, Any], reply: Reply) -> None:
        user_id = body["user"]["id"]
        action = lanes.the_action(body)
        raw = (action.get("selected_option") or {}).get("value") or action.get("value")
        try:
            client_id, days = read_snooze(raw)
        except ValueError:
            reply(**messages.ephemeral(_(text.BAD_SNOOZE)))
            return

        def unit(session: Session) -> tuple[str, str]:
            actor = acting_rep(session, user_id)
            snooze = snooze_client(
                session, actor=actor, client_id=client_id, days=days, now=deps.clock()
            )
            name = session.get(Client, client_id).name  # type: ignore[union-attr]
            return name, formatting.day(formatting.local(snooze.until, actor.timezone).date())

        name, until = committed(deps, unit, idempotent=True)
        message = body.get("message")
        if body.get("response_url") and message and message.get("blocks"):
            blocks = snoozed_in_place(message["blocks"], client_id=client_id, until_text=until)
            reply.send(message.get("text", ""), blocks, replace_original=True)
        elif (body.get("container") or {}).get("type") == "view":
            quietly("refreshing the Home tab", lambda: publish_home(deps, user_id))
        else:
            reply(
                **messages.ephemeral(
                    _(text.SNOOZED).format(client=formatting.escape(name), until=until)
                )
            )

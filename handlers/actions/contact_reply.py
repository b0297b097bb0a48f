"""Buttons on the /logcontact reply: pick a client, pick a channel, undo."""

from __future__ import annotations

from typing import Any

from slack_bolt import App
from sqlalchemy.orm import Session

from bot import formatting, messages
from bot.contacts import undo_contact
from bot.deps import Deps
from handlers import ids, lanes
from handlers.blocks import contact_reply
from handlers.blocks.contact_reply import Pending
from handlers.commands.logcontact import record_line
from handlers.common import acting_rep, committed
from handlers.reply import Reply


def register(app: App, deps: Deps) -> None:
    @lanes.action(app, deps, ids.LOG_PICK_CLIENT_ANY, ids.LOG_PICK_CHANNEL_ANY)
    def on_answer(body: dict[str, Any], reply: Reply) -> None:
        try:
            pending = Pending.decode(lanes.the_action(body)["value"])
        except (KeyError, ValueError, TypeError):
            reply(
                **messages.ephemeral("That button no longer works; please log the contact again.")
            )
            return
        record_line(deps, user_id=body["user"]["id"], pending=pending, reply=reply, replace=True)

    @lanes.action(app, deps, ids.LOG_UNDO)
    def on_undo(body: dict[str, Any], reply: Reply) -> None:
        raw = str(lanes.the_action(body).get("value", ""))
        if not raw.isdigit() or len(raw) > 11:
            reply(**messages.ephemeral("That button no longer works."))
            return

        def unit(session: Session) -> str:
            actor = acting_rep(session, body["user"]["id"])
            interaction = undo_contact(
                session, actor=actor, interaction_id=int(raw), now=deps.clock()
            )
            return contact_reply.undone(
                client=interaction.client,
                channel=interaction.channel,
                occurred_at_text=formatting.when(interaction.occurred_at, actor.timezone),
            )

        reply.send(committed(deps, unit), replace_original=True)

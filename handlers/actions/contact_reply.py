"""Buttons on the /logcontact reply: pick a client, pick a channel, undo."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond

from bot import formatting, messages
from bot.contacts import undo_contact
from bot.deps import Deps
from handlers import ids
from handlers.blocks import contact_reply
from handlers.blocks.contact_reply import Pending
from handlers.commands.logcontact import record_line
from handlers.common import acting_rep, user_errors


def register(app: App, deps: Deps) -> None:
    @app.action(ids.LOG_PICK_CLIENT)
    @app.action(ids.LOG_PICK_CHANNEL)
    def on_answer(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        ack()
        try:
            pending = Pending.decode(action["value"])
        except (KeyError, ValueError, TypeError):
            respond(
                **messages.ephemeral("That button no longer works; please log the contact again.")
            )
            return
        record_line(
            deps, user_id=body["user"]["id"], pending=pending, respond=respond, replace=True
        )

    @app.action(ids.LOG_UNDO)
    def on_undo(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        ack()
        with user_errors(respond), deps.sessions.begin() as session:
            actor = acting_rep(session, body["user"]["id"])
            if not str(action.get("value", "")).isdigit():
                respond(**messages.ephemeral("That button no longer works."))
                return
            interaction = undo_contact(
                session, actor=actor, interaction_id=int(action["value"]), now=deps.clock()
            )
            message = contact_reply.undone(
                client=interaction.client,
                channel=interaction.channel,
                occurred_at_text=formatting.when(interaction.occurred_at, actor.timezone),
            )
            respond(**messages.ephemeral(message), replace_original=True)

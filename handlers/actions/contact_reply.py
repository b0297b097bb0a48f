"""Buttons on the /logcontact reply: pick a client, pick a channel, undo."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from slack_bolt import App
from sqlalchemy.orm import Session

from bot import messages
from bot.contacts import undo_contact
from bot.contacts.form import new_context
from bot.contacts.quicklog import interpret
from bot.deps import Deps
from bot.i18n import _
from bot.messages import formatting
from handlers import ids, lanes
from handlers.blocks import contact_reply
from handlers.blocks.contact_form import FormMeta, form_view
from handlers.blocks.contact_reply import Pending, prefilled
from handlers.commands.logcontact import record_line
from handlers.common import acting_rep, committed
from handlers.reply import Reply


def form_from_line(deps: Deps, *, user_id: str, pending: Pending) -> dict[str, Any]:
    """The contact form filled in with what the line said, read again as it was typed.

    Raises ``RepNotFound``, ``NotCovered`` (a client the user may not log), like the line.
    """
    with deps.sessions.begin() as session:
        actor = acting_rep(session, user_id)
        reading = interpret(
            session,
            actor=actor,
            text=pending.t,
            now=datetime.fromisoformat(pending.at),
            idempotency_key=None,
            client_id=pending.c,
            channel=pending.ch,
            default_currency=deps.settings.reporting_currency,
        )
        base = new_context(
            session,
            actor=actor,
            client_id=reading.client.id if reading.client else None,
            now=deps.clock(),
        )
    return form_view(prefilled(base, reading, line=pending.typed), meta=FormMeta(source="form"))


def register(app: App, deps: Deps) -> None:
    @lanes.action(app, deps, ids.LOG_PICK_CLIENT_ANY, ids.LOG_PICK_CHANNEL_ANY)
    def on_answer(body: dict[str, Any], reply: Reply) -> None:
        try:
            pending = Pending.decode(lanes.the_action(body)["value"])
        except (KeyError, ValueError, TypeError):
            reply(
                **messages.ephemeral(
                    _("That button no longer works; please log the contact again.")
                )
            )
            return
        record_line(deps, user_id=body["user"]["id"], pending=pending, reply=reply, replace=True)

    @lanes.action(app, deps, ids.LOG_FORM_FROM_LINE)
    def on_form_from_line(body: dict[str, Any], reply: Reply) -> None:
        try:
            pending = Pending.decode(lanes.the_action(body)["value"])
        except (KeyError, ValueError, TypeError):
            reply(
                **messages.ephemeral(
                    _("That button no longer works; please use /logcontact again.")
                )
            )
            return
        view = form_from_line(deps, user_id=body["user"]["id"], pending=pending)
        deps.client.views_open(trigger_id=body["trigger_id"], view=view)

    @lanes.action(app, deps, ids.LOG_UNDO)
    def on_undo(body: dict[str, Any], reply: Reply) -> None:
        raw = str(lanes.the_action(body).get("value", ""))
        if not raw.isdigit() or len(raw) > 11:
            reply(**messages.ephemeral(_("That button no longer works.")))
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

"""Buttons that open the contact form: **Log contact** (anywhere a client shows) and **Edit**.

**Log contact** carries the client id (and ``:nudge`` when a nudge shows it);
**Edit** carries the interaction id. A refusal (not a rep, client not covered,
contact undone, not theirs to edit) is told ephemerally where the button was,
or by DM when the button has no message to answer (App Home): ``handlers.reply``.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from bot import messages
from bot.deps import Deps
from bot.i18n import _
from handlers import ids, lanes
from handlers.blocks.contact_form import read_button
from handlers.reply import Reply
from handlers.views.contact_form import open_edit_form, open_new_form


def register(app: App, deps: Deps) -> None:
    @lanes.action(app, deps, ids.LOG_OPEN_FORM_ANY)
    def on_log_contact(body: dict[str, Any], reply: Reply) -> None:
        client_id, source = read_button(lanes.the_action(body).get("value"))
        open_new_form(
            deps,
            trigger_id=body["trigger_id"],
            user_id=body["user"]["id"],
            client_id=client_id,
            source=source,
            channel_id=reply.channel_id,
        )

    @lanes.action(app, deps, ids.LOG_EDIT)
    def on_edit(body: dict[str, Any], reply: Reply) -> None:
        raw = str(lanes.the_action(body).get("value") or "")
        if not raw.isdigit() or len(raw) > 11:
            reply(**messages.ephemeral(_("That button no longer works.")))
            return
        open_edit_form(
            deps,
            trigger_id=body["trigger_id"],
            user_id=body["user"]["id"],
            interaction_id=int(raw),
            channel_id=reply.channel_id,
        )

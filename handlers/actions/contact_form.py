"""Buttons that open the contact form: **Log contact** (anywhere a client shows) and **Edit**.

**Log contact** carries the client id (and ``:nudge`` when a nudge shows it);
**Edit** carries the interaction id. A refusal (not a rep, client not covered,
contact undone, not theirs to edit) is told ephemerally where the button was,
or by DM when the button has no message to answer (App Home).
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot import messages
from bot.deps import Deps
from bot.errors import CmsError
from handlers import ids
from handlers.blocks.contact_form import read_button
from handlers.views.contact_form import open_edit_form, open_new_form

log = logging.getLogger(__name__)


def tell(body: dict[str, Any], respond: Any, client: WebClient, message: str) -> None:
    """An ephemeral answer to a click; a DM when the click came from a view (App Home)."""
    if body.get("response_url") and respond is not None:
        respond(**messages.ephemeral(message), replace_original=False)
    else:
        client.chat_postMessage(channel=body["user"]["id"], text=message)


def register(app: App, deps: Deps) -> None:
    @app.action(ids.LOG_OPEN_FORM)
    def on_log_contact(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Any, client: WebClient
    ) -> None:
        ack()
        client_id, source = read_button(action.get("value"))
        try:
            open_new_form(
                client,
                deps,
                trigger_id=body["trigger_id"],
                user_id=body["user"]["id"],
                client_id=client_id,
                source=source,
            )
        except CmsError as error:
            log.info("log contact refused: %s", type(error).__name__)
            tell(body, respond, client, str(error))

    @app.action(ids.LOG_EDIT)
    def on_edit(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Any, client: WebClient
    ) -> None:
        ack()
        raw = str(action.get("value") or "")
        if not raw.isdigit() or len(raw) > 11:
            tell(body, respond, client, "That button no longer works.")
            return
        try:
            open_edit_form(
                client,
                deps,
                trigger_id=body["trigger_id"],
                user_id=body["user"]["id"],
                interaction_id=int(raw),
            )
        except CmsError as error:
            log.info("edit refused: %s", type(error).__name__)
            tell(body, respond, client, str(error))

"""Type-ahead for the form's client picker: the clients the user may log, by name.

Answers Slack's ``block_suggestion`` for ``ACTION_CLIENT`` with at most 100
options, names starting with what was typed first. Someone who is not a rep
gets no options (an empty list is a valid answer; an error would show Slack's
generic failure).
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.deps import Deps
from bot.directory.client_card import search_clients
from bot.errors import CmsError
from handlers import ids
from handlers.common import acting_rep

OPTION_TEXT = 75


def option(client_id: int, name: str, external_id: str) -> dict[str, Any]:
    label = f"{name} ({external_id})"
    if len(label) > OPTION_TEXT:
        label = name[:OPTION_TEXT]
    return {"text": {"type": "plain_text", "text": label}, "value": str(client_id)}


def register(app: App, deps: Deps) -> None:
    @app.options(ids.ACTION_CLIENT)
    def on_client_options(ack: Ack, body: dict[str, Any]) -> None:
        typed = str(body.get("value") or "")[:200]
        try:
            with deps.reading().begin() as session:
                actor = acting_rep(session, body["user"]["id"])
                found = search_clients(session, actor=actor, typed=typed)
        except CmsError:
            found = []
        ack(options=[option(*row) for row in found])

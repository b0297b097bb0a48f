"""The message shortcut "Log as client contact": the form, with the message as its notes."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App

from bot.deps import Deps
from bot.messages.formatting import unescape_slack
from handlers import ids, lanes
from handlers.blocks.contact_form import NOTES_LIMIT
from handlers.reply import Reply
from handlers.views.contact_form import open_new_form

log = logging.getLogger(__name__)
# Slack's markup in message text: <https://…|label>, <mailto:…>, <#C123|channel>, <@U123|name>.
_MARKUP = re.compile(r"<([#@!]?)([^<>|]*)(?:\|([^<>]*))?>")


def _readable(match: re.Match[str]) -> str:
    sigil, target, label = match.group(1), match.group(2), match.group(3)
    if label:
        return f"#{label}" if sigil == "#" else label
    if not sigil:
        return target.removeprefix("mailto:")
    return match.group(0)  # an unlabelled mention: Slack shows it as the person's name


def notes_from(message: dict[str, Any]) -> str:
    """The message's text as a rep would read it: links and labelled mentions as their labels.

    Line breaks are kept (a pasted email stays readable); Slack's escaping is undone.
    """
    readable = _MARKUP.sub(_readable, str(message.get("text") or ""))
    return unescape_slack(readable).strip()[:NOTES_LIMIT]


def register(app: App, deps: Deps) -> None:
    @lanes.shortcut(app, deps, ids.SHORTCUT_LOG_MESSAGE)
    def on_log_message(body: dict[str, Any], reply: Reply) -> None:
        open_new_form(
            deps,
            trigger_id=body["trigger_id"],
            user_id=body["user"]["id"],
            notes=notes_from(body.get("message") or {}),
            source="shortcut",
            channel_id=reply.channel_id,
        )

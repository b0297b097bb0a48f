"""The message shortcut "Log as client contact": the form, with the message as its notes."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App
from slack_sdk.errors import SlackApiError

from bot.deps import Deps
from bot.i18n import _
from bot.messages import contacts_form as text
from bot.messages.formatting import number, unescape_slack
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


def readable_text(message: dict[str, Any]) -> str:
    """The message's text as a rep would read it: links and labelled mentions as their labels.

    Line breaks are kept (a pasted email stays readable); Slack's escaping is undone.
    """
    readable = _MARKUP.sub(_readable, str(message.get("text") or ""))
    return unescape_slack(readable).strip()


def shortened(text: str, limit: int = NOTES_LIMIT) -> str:
    """``text`` within ``limit`` characters, cut after a whole word and ended with "…".

    A cut mid-word (or mid-sentence, when a sentence ends near the limit) would
    be recorded as if the rep had written it; the ellipsis says the text goes on.
    """
    if len(text) <= limit:
        return text
    room = text[: limit - 1]
    for ending in (". ", "\n"):
        cut = room.rfind(ending)
        if cut >= limit * 0.9:
            return room[: cut + 1].rstrip() + "…"
    cut = max(room.rfind(" "), room.rfind("\n"))
    if cut >= limit * 0.9:
        return room[:cut].rstrip() + "…"
    return room + "…"  # one very long word (a pasted token): cut it where it stands


def notes_from(message: dict[str, Any]) -> str:
    """The notes a shortcut on ``message`` prefills: its readable text, within the limit."""
    return shortened(readable_text(message))


def _permalink(deps: Deps, body: dict[str, Any]) -> str | None:
    """The message's link, or None where Slack will not give it (a DM the bot is not in)."""
    channel = (body.get("channel") or {}).get("id")
    ts = body.get("message_ts") or (body.get("message") or {}).get("ts")
    if not channel or not ts:
        return None
    try:
        link = deps.client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
    except SlackApiError as error:
        log.info("no permalink for a shortened message: %s", error.response.get("error"))
        return None
    return str(link) if link else None


def shortened_notice(*, whole: int, kept: int, link: str | None) -> str:
    """What the form says above a shortened message: how much was kept, where the rest is."""
    told = text.NOTES_SHORTENED(whole).format(whole=number(whole), kept=number(kept))
    if link:
        return told + " " + _(text.NOTES_WHOLE_AT_LINK).format(link=link)
    return told + " " + _(text.NOTES_WHOLE_IN_SLACK)


def register(app: App, deps: Deps) -> None:
    @lanes.shortcut(app, deps, ids.SHORTCUT_LOG_MESSAGE)
    def on_log_message(body: dict[str, Any], reply: Reply) -> None:
        whole = readable_text(body.get("message") or {})
        notes = shortened(whole)
        notice = None
        if notes != whole:
            kept = len(notes.removesuffix("…"))
            notice = shortened_notice(whole=len(whole), kept=kept, link=_permalink(deps, body))
        open_new_form(
            deps,
            trigger_id=body["trigger_id"],
            user_id=body["user"]["id"],
            notes=notes,
            notice=notice,
            source="shortcut",
            channel_id=reply.channel_id,
        )

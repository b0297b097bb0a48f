"""Block Kit for problems: the admins' Home section and the DM telling them a post died.

Pure functions of ``bot.delivery.problems`` values. Conversation ids become Slack
mentions (``<#C…>``, ``<@U…>``: on a Home tab or in the admin's own DM they
name, never notify); Slack's own words (a last error) are escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.delivery.problems import DeadGroup, Problems, lines
from bot.i18n import _
from bot.messages import formatting
from bot.messages import problems as text
from handlers import ids
from handlers.blocks import mrkdwn

SHOWN = 8  # problems listed on the Home; the rest are counted
ALERT_GROUPS = 10


def mention(conversation: str | None) -> str:
    """A conversation id as Slack shows it: ``<#C…>`` for a channel, ``<@U…>`` for a person."""
    if not conversation:
        return "?"
    if conversation[:1] in ("U", "W"):
        return f"<@{conversation}>"
    return f"<#{conversation}>"


def _when(reader_tz: str | None) -> Any:
    def show(instant: datetime) -> str:
        return formatting.when(instant, reader_tz)

    return show


def said(problems: Problems, *, reader_tz: str | None) -> list[str]:
    """Each problem as one mrkdwn line: what is wrong, then (in italics) what to do."""
    return [
        f"• {what}\n   _{fix}_"
        for what, fix in lines(problems, channel=mention, when=_when(reader_tz), quote=mrkdwn.esc)
    ]


def home_section(
    problems: Problems, *, reader_tz: str | None, note: str | None = None
) -> list[dict[str, Any]]:
    """The admin's **Problems** section: each problem, and Retry when posts were refused."""
    parts = [mrkdwn.section(_(text.HOME_TITLE))]
    if note:
        parts.append(mrkdwn.context(mrkdwn.esc(note)))
    if not problems:
        parts.append(mrkdwn.section(_(text.HOME_NONE)))
        return parts
    found = said(problems, reader_tz=reader_tz)
    parts.extend(mrkdwn.section(line) for line in found[:SHOWN])
    if len(found) > SHOWN:
        parts.append(mrkdwn.context(_(text.HOME_MORE).format(count=len(found) - SHOWN)))
    if problems.dead:
        parts.append(retry_actions())
    return parts


def retry_actions() -> dict[str, Any]:
    return {
        "type": "actions",
        "block_id": ids.BLOCK_PROBLEMS,
        "elements": [
            {
                "type": "button",
                "action_id": ids.PROBLEMS_RETRY,
                "text": mrkdwn.plain_text(_(text.HOME_RETRY), mrkdwn.BUTTON_TEXT),
                "value": "dead",
            }
        ],
    }


def alert_message(
    groups: Sequence[DeadGroup], *, reader_tz: str | None
) -> tuple[str, list[dict[str, Any]]]:
    """The DM an admin gets when a post dies: what is refused, where, and what to do."""
    problems = Problems(dead=tuple(groups[:ALERT_GROUPS]), backlog=None, jobs=())
    blocks = [mrkdwn.section(_(text.ALERT_HEAD))]
    blocks.extend(mrkdwn.section(line) for line in said(problems, reader_tz=reader_tz))
    if len(groups) > ALERT_GROUPS:
        blocks.append(mrkdwn.context(_(text.HOME_MORE).format(count=len(groups) - ALERT_GROUPS)))
    blocks.append(mrkdwn.context(_(text.ALERT_FOOT).format(button=_(text.HOME_RETRY))))
    return _(text.ALERT_TEXT), blocks

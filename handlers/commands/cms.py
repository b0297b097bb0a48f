"""``/cms``: dispatches to the subcommand table; ``help`` and unknown words answer here."""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from bot import messages
from bot.deps import Deps
from bot.i18n import N_, _
from bot.messages.formatting import unescape_slack
from handlers import lanes
from handlers.blocks.mrkdwn import esc, esc_fit
from handlers.commands.cms_router import COMMANDS, SUBCOMMANDS, CmsRequest, subcommand
from handlers.reply import Reply


def help_text(unknown: str | None = None) -> str:
    """Every command with one line each, in the reader's language (the words typed stay).

    Usage lines are escaped: Slack reads their ``<client>`` placeholders as links, even
    in backticks, and shows "client"; the word a person typed is escaped like any text.
    """
    lines = []
    if unknown is not None:
        word = esc_fit(unknown, 100)
        lines.append(_("Unknown command `{word}`. Here is what I understand:").format(word=word))
    lines.append(_("*Commands*"))
    lines.extend(f"• {esc(_(line))}" for line in COMMANDS.values())
    lines.extend(
        f"• `/cms {esc(row.usage)}` — {esc(_(row.summary))}"
        + (f": {esc(row.details)}" if row.details else "")
        for row in sorted(SUBCOMMANDS.values(), key=lambda r: r.name)
    )
    return "\n".join(lines)


@subcommand("help", usage="help", summary=N_("this list"))
def show_help(request: CmsRequest) -> None:
    request.respond(**messages.ephemeral(help_text()))


def register(app: App, deps: Deps) -> None:
    # Modules adding subcommands live beside this one; the package imports them all.
    @lanes.command(app, deps, "/cms")
    def on_cms(command: dict[str, Any], reply: Reply) -> None:
        # Slack escapes what was typed (&amp; &lt; &gt;): decoded once, here, like /logcontact.
        typed = unescape_slack(command.get("text") or "")
        word, _sep, rest = typed.strip().partition(" ")
        name = word.lower() or "help"
        row = SUBCOMMANDS.get(name)
        if row is None:
            reply(**messages.ephemeral(help_text(unknown=word)))
            return
        request = CmsRequest(
            deps=deps,
            user_id=command["user_id"],
            channel_id=command.get("channel_id", ""),
            trigger_id=command.get("trigger_id", ""),
            args=rest.strip(),
            respond=reply,
            client=deps.client,
        )
        row.run(request)

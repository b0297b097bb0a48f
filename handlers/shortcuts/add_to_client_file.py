"""The message shortcut "Add to client file": a modal to file the message's documents.

The shortcut only opens the modal (Slack's trigger is good for three seconds):
the files are checked against the rules as the payload describes them, so a
message whose every file would be refused is told so at once, without a form.
The authoritative checks, the download and the filing happen on submission
(``handlers.views.documents``).
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from bot.deps import Deps
from bot.documents import require_may_file, rules
from bot.documents.slack import payload_files
from bot.i18n import _
from bot.messages import documents as text
from handlers import ids, lanes
from handlers.blocks import documents as blocks
from handlers.common import acting_rep
from handlers.reply import Reply


def register(app: App, deps: Deps) -> None:
    @lanes.shortcut(app, deps, ids.SHORTCUT_ADD_TO_FILE)
    def on_add_to_file(body: dict[str, Any], reply: Reply) -> None:
        user_id = body["user"]["id"]
        with deps.reading().begin() as session:
            # A stranger is told they are not set up; compliance, that it files nothing.
            require_may_file(acting_rep(session, user_id))
        files = payload_files(body.get("message") or {})
        if not files:
            reply.send(_(text.NO_FILES))
            return
        kept: list[dict[str, Any]] = []
        skipped: list[str] = []
        for file in files:
            refused = rules.refusal(
                name=str(file.get("name") or file.get("title") or file["id"]),
                mimetype=str(file.get("mimetype") or ""),
                size=int(file.get("size") or 0),
                max_file_mb=deps.settings.max_file_mb,
            )
            if refused is None:
                kept.append(file)
            else:
                skipped.append(refused)
        if not kept:
            reply.send(blocks.refusals(skipped))
            return
        names = [str(f.get("name") or f["id"]) for f in kept]
        meta = blocks.FormMeta(
            channel=reply.channel_id, file_ids=[str(f["id"]) for f in kept], names=names
        )
        view = blocks.add_form(meta=meta, names=names, skipped=skipped)
        deps.client.views_open(trigger_id=body["trigger_id"], view=view)

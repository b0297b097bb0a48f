"""**Send me a copy** on a client card: the document re-uploaded into the reader's DM.

The read is checked (``bot.directory.access``: only those who may see the
client) and recorded in the audit trail in one committed unit; then, outside
it, the bytes are uploaded with ``files_upload_v2`` (timeout, result checked)
and the reader is told whether it arrived. A refused reader is told the button
no longer works for them, and nothing is uploaded.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App
from sqlalchemy.orm import Session

from bot import documents, messages
from bot.deps import Deps
from bot.documents.slack import SlackFileError, send_copy
from bot.i18n import _
from bot.messages import documents as text
from bot.messages.formatting import escape
from handlers import ids, lanes
from handlers.common import acting_rep, committed
from handlers.reply import Reply


def register(app: App, deps: Deps) -> None:
    @lanes.action(app, deps, ids.DOC_SEND_COPY_ANY)
    def on_send_copy(body: dict[str, Any], reply: Reply) -> None:
        raw = str(lanes.the_action(body).get("value") or "")
        if not raw.isdigit() or len(raw) > 11:
            reply(**messages.ephemeral(_("That button no longer works.")))
            return
        user_id = body["user"]["id"]

        def unit(session: Session) -> documents.Copy:
            actor = acting_rep(session, user_id)
            return documents.copy_for(session, actor=actor, document_id=int(raw), now=deps.clock())

        copy = committed(deps, unit)
        try:
            send_copy(deps.client, user_id=user_id, copy=copy)
        except SlackFileError as error:
            reply(**messages.ephemeral(escape(str(error))))
            return
        reply(**messages.ephemeral(_(text.COPY_SENT).format(name=escape(copy.name))))

"""The "Add to client file" modal submitted: checked, acked, then each file fetched and filed.

What the person typed is checked before the ack (client they may see, kind,
note), so a wrong field comes back on that field and the modal stays open.
Then, off the request's thread and outside any transaction, each file is read
from Slack (``files.info``, its ``url_private`` with the bot token) and checked;
each one is filed in its own committed unit, and only then is the person told
what was kept (with its SHA-256) and what was refused or not stored, and why —
one file's failure never silences the others.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from slack_bolt import Ack, App
from sqlalchemy.orm import Session

from bot import documents
from bot.deps import Deps
from bot.documents import Filed
from bot.documents.slack import SlackFileError, fetch
from bot.errors import CmsError, InvalidInput
from bot.i18n import _
from bot.messages import documents as text
from handlers import ids
from handlers.blocks import documents as blocks
from handlers.common import NotSaved, UnsureSaved, acting_rep, committed, speaking_to
from handlers.lanes import after_ack
from handlers.reply import Reply

log = logging.getLogger(__name__)

FIELDS = {"kind": ids.BLOCK_DOC_KIND, "note": ids.BLOCK_DOC_NOTE}


def register(app: App, deps: Deps) -> None:
    @app.view(ids.VIEW_ADD_DOCUMENT)
    def on_submit(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        # The submitter reads the field errors and the filing reply: in their language.
        with speaking_to(deps, body["user"]["id"]):
            submitted(ack, body, view)

    def submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        user_id = body["user"]["id"]
        try:
            meta = blocks.FormMeta.decode(view.get("private_metadata"))
        except (ValueError, TypeError, KeyError):
            ack(response_action="errors", errors={ids.BLOCK_DOC_CLIENT: _(text.ERR_FORM_GONE)})
            return
        answers = blocks.read_answers((view.get("state") or {}).get("values") or {})
        client_id = answers.client_id
        if client_id is None:
            ack(response_action="errors", errors={ids.BLOCK_DOC_CLIENT: _(text.ERR_PICK_CLIENT)})
            return

        def check(session: Session) -> str:
            actor = acting_rep(session, user_id)
            client = documents.target_client(session, actor=actor, client_id=client_id)
            documents.check_kind(answers.kind)
            documents.check_note(answers.note)
            return client.name

        try:
            client_name = committed(deps, check, read_only=True)
        except InvalidInput as error:
            block = FIELDS.get(error.field or "", ids.BLOCK_DOC_CLIENT)
            ack(response_action="errors", errors={block: str(error)})
            return
        except CmsError as error:
            ack(response_action="errors", errors={ids.BLOCK_DOC_CLIENT: str(error)})
            return
        ack()
        after_ack(
            deps,
            "filing documents",
            lambda: _file_all(deps, user_id, meta, answers, client_name),
        )


def _file_all(
    deps: Deps,
    user_id: str,
    meta: blocks.FormMeta,
    answers: blocks.Answers,
    client_name: str,
) -> None:
    """Fetch each file (no transaction open), file it (one commit each), then tell."""
    reply = Reply(client=deps.client, user_id=user_id, channel_id=meta.channel)
    filed: list[Filed] = []
    refused: list[str] = []
    reader_tz = "UTC"
    names = meta.names if len(meta.names) == len(meta.file_ids) else meta.file_ids
    for file_id, name in zip(meta.file_ids, names, strict=True):
        try:
            fetched = fetch(
                deps.client,
                {"id": file_id, "name": name},
                token=str(deps.settings.bot_token or ""),
                max_file_mb=deps.settings.max_file_mb,
            )
        except SlackFileError as error:
            log.info("a file was not fetched: %s", error)
            refused.append(str(error))
            continue

        runs = 0

        def unit(session: Session, fetched: documents.Fetched = fetched) -> tuple[Filed, str]:
            nonlocal runs
            runs += 1
            actor = acting_rep(session, user_id)
            assert answers.client_id is not None and answers.kind is not None
            item = documents.add_document(
                session,
                actor=actor,
                client_id=answers.client_id,
                kind=answers.kind,
                note=answers.note,
                fetched=fetched,
                max_file_mb=deps.settings.max_file_mb,
                now=deps.clock(),
            )
            return item, actor.timezone

        try:
            # Keyed by (client, Slack file): a second run finds what the first stored.
            item, reader_tz = committed(deps, unit, idempotent=True)
        except CmsError as error:  # the rules refused it, or the client is no longer theirs
            refused.append(
                f"{fetched.name}: {error}" if not isinstance(error, InvalidInput) else str(error)
            )
            continue
        except NotSaved:
            log.exception("a document was not stored")
            refused.append(_(text.NOT_STORED).format(name=fetched.name))
            continue
        except UnsureSaved:
            log.exception("a document's commit failed")
            refused.append(_(text.UNSURE_STORED).format(name=fetched.name))
            continue
        # A second run found what a commit with a lost answer stored: it was this filing.
        filed.append(replace(item, created=True) if runs > 1 else item)
    headline, body = blocks.filed_reply(
        client_name=client_name, filed=filed, refused=refused, reader_tz=reader_tz
    )
    reply.send(headline, body, dm_first=bool(filed))

"""A client's documents as Block Kit: the "Add to client file" modal, the card's section,
and the filing reply (pure functions).

File names and notes are a person's words: escaped in mrkdwn, as typed in
``plain_text``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.documents import DocumentLine, Filed
from bot.documents.rules import KINDS, human_size
from bot.i18n import _
from bot.messages import documents as text
from bot.messages import formatting
from handlers import ids
from handlers.blocks.mrkdwn import (
    BUTTON_TEXT,
    OPTION_TEXT,
    VIEW_TITLE,
    context,
    esc,
    esc_fit,
    plain_text,
    section,
)

NAME = 120  # a file's name in a line, once escaped
CARD_DOCUMENTS = 8  # one section each (with its button): the card stays within 50 blocks
METADATA = 3000  # Slack: a view's private_metadata holds at most 3,000 characters
NOTE_MAX = 1000


@dataclass(frozen=True)
class FormMeta:
    """What the modal carries to its submission: where it was opened, which files."""

    channel: str | None
    file_ids: list[str]
    names: list[str]

    def encode(self) -> str:
        value = json.dumps({"c": self.channel, "f": self.file_ids, "n": self.names})
        if len(value) > METADATA:
            # Names only help the reply; the ids are what the submission needs.
            value = json.dumps({"c": self.channel, "f": self.file_ids, "n": []})
        return value

    @classmethod
    def decode(cls, raw: str | None) -> FormMeta:
        """Raises ``ValueError`` / ``TypeError`` for metadata the bot did not write."""
        data = json.loads(raw or "")
        files = [str(f) for f in data["f"]]
        names = [str(n) for n in data.get("n") or []]
        if not files:
            raise ValueError("no files")
        return cls(channel=data.get("c") or None, file_ids=files, names=names)


def _kind_option(kind: str) -> dict[str, Any]:
    return {"text": plain_text(_(text.KIND_LABELS[kind]), OPTION_TEXT), "value": kind}


def add_form(*, meta: FormMeta, names: list[str], skipped: list[str]) -> dict[str, Any]:
    """The modal: client (the shared type-ahead), kind, note; the files listed."""
    files = "\n".join(f"• {esc_fit(name, NAME)}" for name in names)
    blocks: list[dict[str, Any]] = [section(_(text.FORM_FILES).format(files=files))]
    if skipped:
        blocks.append(context(_(text.FORM_SKIPPED).format(reasons=_lines(skipped))))
    blocks += [
        {
            "type": "input",
            "block_id": ids.BLOCK_DOC_CLIENT,
            "label": plain_text(_(text.FORM_CLIENT), 2000),
            "element": {
                "type": "external_select",
                "action_id": ids.ACTION_CLIENT,
                "placeholder": plain_text(_(text.FORM_CLIENT_HINT), 150),
                "min_query_length": 0,
            },
        },
        {
            "type": "input",
            "block_id": ids.BLOCK_DOC_KIND,
            "label": plain_text(_(text.FORM_KIND), 2000),
            "element": {
                "type": "static_select",
                "action_id": ids.ACTION_DOC_KIND,
                "options": [_kind_option(kind) for kind in KINDS],
            },
        },
        {
            "type": "input",
            "block_id": ids.BLOCK_DOC_NOTE,
            "optional": True,
            "label": plain_text(_(text.FORM_NOTE), 2000),
            "element": {
                "type": "plain_text_input",
                "action_id": ids.ACTION_DOC_NOTE,
                "multiline": True,
                "max_length": NOTE_MAX,
                "placeholder": plain_text(_(text.FORM_NOTE_HINT), 150),
            },
        },
    ]
    return {
        "type": "modal",
        "callback_id": ids.VIEW_ADD_DOCUMENT,
        "title": plain_text(_(text.FORM_TITLE), VIEW_TITLE),
        "submit": plain_text(_(text.FORM_SUBMIT), VIEW_TITLE),
        "close": plain_text(_("Cancel"), VIEW_TITLE),
        "private_metadata": meta.encode(),
        "blocks": blocks,
    }


@dataclass(frozen=True)
class Answers:
    client_id: int | None
    kind: str | None
    note: str


def read_answers(values: dict[str, Any]) -> Answers:
    """The submitted modal's state, as typed; the service checks it."""
    client = (values.get(ids.BLOCK_DOC_CLIENT) or {}).get(ids.ACTION_CLIENT) or {}
    kind = (values.get(ids.BLOCK_DOC_KIND) or {}).get(ids.ACTION_DOC_KIND) or {}
    note = (values.get(ids.BLOCK_DOC_NOTE) or {}).get(ids.ACTION_DOC_NOTE) or {}
    raw_client = str((client.get("selected_option") or {}).get("value") or "")
    return Answers(
        client_id=int(raw_client) if raw_client.isdigit() and len(raw_client) <= 11 else None,
        kind=(kind.get("selected_option") or {}).get("value"),
        note=str(note.get("value") or ""),
    )


def _lines(reasons: list[str]) -> str:
    return "\n".join(f"• {esc(reason)}" for reason in reasons)


def refusals(reasons: list[str]) -> str:
    return _(text.NONE_ACCEPTABLE).format(reasons=_lines(reasons))


def filed_reply(
    *, client_name: str, filed: list[Filed], refused: list[str], reader_tz: str
) -> tuple[str, list[dict[str, Any]]]:
    """What the person who filed is told: each file kept (with its hash), each refused."""
    client = esc_fit(client_name, NAME)
    if not filed:
        message = _(text.NOTHING_FILED).format(client=client, reasons=_lines(refused))
        return message, [section(message)]
    lines = []
    for item in filed:
        if item.created:
            lines.append(
                _(text.FILED_LINE).format(
                    name=esc_fit(item.name, NAME),
                    kind=_(text.KIND_LABELS.get(item.kind, item.kind)),
                    size=human_size(item.size),
                    digest=item.sha256,
                )
            )
        else:
            lines.append(
                _(text.ALREADY_FILED_LINE).format(
                    name=esc_fit(item.name, NAME),
                    client=client,
                    day=formatting.day(formatting.local(item.added_at, reader_tz).date()),
                )
            )
    headline = _(text.FILED_HEADLINE).format(client=client)
    blocks = [section(f":file_folder: *{headline}*\n" + "\n".join(lines))]
    if refused:
        blocks.append(section(_(text.SOME_REFUSED).format(reasons=_lines(refused))))
    return headline, blocks


def send_copy_button(document_id: int) -> dict[str, Any]:
    return {
        "type": "button",
        "text": plain_text(_(text.SEND_COPY), BUTTON_TEXT),
        "action_id": ids.keyed(ids.DOC_SEND_COPY, document_id),
        "value": str(document_id),
    }


def card_section(documents: list[DocumentLine], tz: str) -> list[dict[str, Any]]:
    """The card's documents: one line each with **Send me a copy**; the rest counted."""
    if not documents:
        return [section(f"{_(text.CARD_DOCUMENTS)}\n{_(text.CARD_NO_DOCUMENTS)}")]
    blocks: list[dict[str, Any]] = [section(_(text.CARD_DOCUMENTS))]
    for document in documents[:CARD_DOCUMENTS]:
        block = section(
            _(text.CARD_DOCUMENT).format(
                name=esc_fit(document.name, NAME),
                kind=_(text.KIND_LABELS.get(document.kind, esc(document.kind))),
                size=human_size(document.size),
                day=_day(document.added_at, tz),
                rep=esc_fit(document.added_by, NAME),
            )
        )
        block["accessory"] = send_copy_button(document.document_id)
        blocks.append(block)
    more = len(documents) - CARD_DOCUMENTS
    if more > 0:
        blocks.append(context(text.CARD_MORE_DOCUMENTS(more).format(count=more)))
    return blocks


def _day(at: datetime, tz: str) -> str:
    return formatting.day(formatting.local(at, tz).date())

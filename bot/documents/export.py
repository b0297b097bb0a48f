"""``cmsbot export documents --client EXT_ID --to DIR``: a client's file, written out.

Each document is written as ``<id>-<name>`` with, beside them, ``manifest.json``
(who added what, when, its kind, size and SHA-256) and ``SHA256SUMS`` (so
``sha256sum -c SHA256SUMS`` in DIR checks every file). Every stored file's
bytes are checked against the hash recorded when it was added before anything
is written: a changed document is refused, naming it (``cmsbot audit verify``
says more). Each export is a read of the documents, recorded in the audit trail.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import audit
from bot.documents import EXPORT, sha256_of
from bot.errors import ClientNotFound, CmsError
from storage.models import Client, Document, Rep

MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


class ExportRefused(CmsError):
    """The export cannot be written as asked (the folder, or a changed document)."""


@dataclass(frozen=True)
class Exported:
    client_external_id: str
    count: int
    folder: Path

    def __str__(self) -> str:
        return f"wrote {self.count} document(s) of {self.client_external_id} to {self.folder}"


def file_name(document_id: int, name: str) -> str:
    """``00012-Mandate letter.pdf``: unique by id, without path or control characters."""
    safe = _UNSAFE.sub("_", name).strip(" .") or "document"
    return f"{document_id:05d}-{safe}"


def export_documents(
    session: Session, *, external_id: str, to: Path, actor: str = "cli", now: datetime
) -> Exported:
    """Write the client's documents and their manifest into ``to`` (new or empty).

    Raises ``ClientNotFound`` and ``ExportRefused`` (a folder with files in it,
    or a document whose bytes no longer match its recorded SHA-256).
    """
    client = session.scalar(select(Client).where(Client.external_id == external_id))
    if client is None:
        raise ClientNotFound(f"No client has the id {external_id!r}.")
    if to.exists() and (not to.is_dir() or any(to.iterdir())):
        raise ExportRefused(f"{to} is not an empty folder; name a new or empty one with --to.")
    rows = session.execute(
        select(Document, Rep.slack_user_id)
        .join(Rep, Rep.id == Document.added_by_id)
        .where(Document.client_id == client.id)
        .order_by(Document.id)
    ).all()
    for document, _added_by in rows:
        if sha256_of(_bytes(session, document.id)) != document.sha256:
            raise ExportRefused(
                f"document {document.id} ({document.name}) no longer matches the SHA-256 "
                "recorded when it was added; nothing was written. Run `cmsbot audit verify`."
            )
    to.mkdir(parents=True, exist_ok=True)
    entries: list[dict[str, Any]] = []
    for document, added_by in rows:
        name = file_name(document.id, document.name)
        (to / name).write_bytes(_bytes(session, document.id))
        entries.append(
            {
                "id": document.id,
                "file": name,
                "name": document.name,
                "kind": document.kind,
                "mimetype": document.mimetype,
                "size": document.size,
                "sha256": document.sha256,
                "note": document.note,
                "added_by_slack_user_id": added_by,
                "added_at": audit.plain(document.added_at),
            }
        )
        audit.record(
            session,
            actor=actor,
            action=EXPORT,
            entity_type=Document.__tablename__,
            entity_id=document.id,
            before={"sha256": document.sha256, "to": str(to)},
            now=now,
        )
    manifest = {
        "client_external_id": client.external_id,
        "client_name": client.name,
        "exported_at": audit.plain(now),
        "documents": entries,
    }
    (to / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    (to / SUMS).write_text("".join(f"{e['sha256']}  {e['file']}\n" for e in entries))
    return Exported(client.external_id, len(entries), to)


def _bytes(session: Session, document_id: int) -> bytes:
    return bytes(session.scalar(select(Document.content).where(Document.id == document_id)) or b"")

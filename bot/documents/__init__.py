"""A client's file: documents added from Slack, kept in the database, read under audit.

``add_document`` files bytes already downloaded (the caller fetched them
outside any transaction, ``bot.documents.slack``) with their SHA-256 and an
audit ``create`` event that carries it; ``list_documents`` is what the card
shows; ``copy_for`` hands a reader the bytes to re-upload and records that
read in the audit trail; ``document_state`` is how ``cmsbot audit verify``
sees a document: its columns, plus the hash of the bytes as they are now, so
one changed byte shows. Who may add or read is ``bot.directory.access``'s.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import audit
from bot.directory import access
from bot.documents import rules
from bot.errors import InvalidInput, NotFound
from bot.i18n import _
from bot.messages import documents as text
from storage.models import Client, Document, Rep

NOTE_LIMIT = 1000
# Actions of a document's audit events.
CREATE = "create"
SEND_COPY = "send_copy"
EXPORT = "export"


class DocumentNotFound(NotFound):
    """No such document (or it is not in a file the reader may see)."""


@dataclass(frozen=True)
class Fetched:
    """A Slack file's bytes and what Slack says of it, downloaded before any transaction."""

    slack_file_id: str
    name: str
    mimetype: str
    content: bytes


@dataclass(frozen=True)
class Filed:
    document_id: int
    name: str
    kind: str
    size: int
    sha256: str
    added_at: datetime
    created: bool  # False: the same Slack file was already in this client's file


@dataclass(frozen=True)
class DocumentLine:
    document_id: int
    name: str
    kind: str
    size: int
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class Copy:
    document_id: int
    name: str
    mimetype: str
    sha256: str
    client_name: str
    content: bytes


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def check_kind(kind: str | None) -> str:
    if kind not in rules.KINDS:
        raise InvalidInput(_(text.ERR_PICK_KIND), field="kind")
    return kind


def check_note(note: str | None) -> str:
    note = (note or "").strip()
    if len(note) > NOTE_LIMIT:
        raise InvalidInput(_(text.ERR_NOTE_TOO_LONG).format(limit=NOTE_LIMIT), field="note")
    return note


def require_may_file(actor: Rep) -> None:
    """Filing is recording: raises ``NotAllowed`` for compliance or marketing alone."""
    access.require_may_record(actor)


def target_client(session: Session, *, actor: Rep, client_id: int) -> Client:
    """The client whose file the actor adds to.

    Raises ``ClientNotFound`` / ``NotYours`` (not a client the actor may see) and
    ``NotAllowed`` (compliance or marketing alone: they record nothing).
    """
    return access.client_for_documents(session, actor=actor, client_id=client_id, filing=True)


def add_document(
    session: Session,
    *,
    actor: Rep,
    client_id: int,
    kind: str,
    note: str,
    fetched: Fetched,
    max_file_mb: int,
    now: datetime,
) -> Filed:
    """File ``fetched`` in the client's file, with its audit event; once per Slack file.

    Raises ``ClientNotFound`` / ``NotYours`` (not the actor's client),
    ``InvalidInput`` (kind, note, or a file the rules refuse).
    """
    client = target_client(session, actor=actor, client_id=client_id)
    kind, note = check_kind(kind), check_note(note)
    name = rules.kept_name(fetched.name)
    refused = rules.refusal(
        name=name, mimetype=fetched.mimetype, size=len(fetched.content), max_file_mb=max_file_mb
    )
    if refused is not None:
        raise InvalidInput(refused)
    existing = session.scalar(
        select(Document).where(
            Document.client_id == client.id, Document.slack_file_id == fetched.slack_file_id
        )
    )
    if existing is not None:
        return _filed(existing, created=False)
    document = Document(
        client_id=client.id,
        kind=kind,
        name=name,
        mimetype=fetched.mimetype.split(";")[0].strip().lower(),
        size=len(fetched.content),
        sha256=sha256_of(fetched.content),
        content=fetched.content,
        note=note,
        slack_file_id=fetched.slack_file_id,
        added_by_id=actor.id,
        added_at=now,
    )
    session.add(document)
    session.flush()
    audit.record_by(
        session, actor, CREATE, document, after=document_state(session, document), now=now
    )
    return _filed(document, created=True)


def _filed(document: Document, *, created: bool) -> Filed:
    return Filed(
        document_id=document.id,
        name=document.name,
        kind=document.kind,
        size=document.size,
        sha256=document.sha256,
        added_at=document.added_at,
        created=created,
    )


def list_documents(session: Session, client_id: int, *, reader: Rep) -> list[DocumentLine]:
    """The client's documents ``reader`` may open (``access.Lens.document``), newest first,
    without their bytes; the others stay hidden."""
    lens = access.lens(session, actor=reader, client_id=client_id)
    rows = session.execute(
        select(
            Document.id,
            Document.name,
            Document.kind,
            Document.size,
            Document.added_at,
            Rep.name,
            Document.added_by_id,
        )
        .join(Rep, Rep.id == Document.added_by_id)
        .where(Document.client_id == client_id)
        .order_by(Document.added_at.desc(), Document.id.desc())
    ).all()
    return [
        DocumentLine(*row[:6])
        for row in rows
        if lens.document(kind=row.kind, added_by_id=row.added_by_id)
    ]


def copy_for(session: Session, *, actor: Rep, document_id: int, now: datetime) -> Copy:
    """The document's bytes for ``actor``, the read recorded in the audit trail.

    The event is written in this transaction, so the read is on record before
    any byte leaves (commit, then upload). Raises ``DocumentNotFound`` and
    ``NotYours`` (a reader not allowed to see the client, or this document behind
    the banking wall; the refusal names nothing).
    """
    document = session.get(Document, document_id)
    if document is None:
        raise DocumentNotFound(_(text.DOCUMENT_GONE))
    client = access.client_for_documents(session, actor=actor, client_id=document.client_id)
    lens = access.lens(session, actor=actor, client_id=document.client_id)
    if not lens.document(kind=document.kind, added_by_id=document.added_by_id):
        raise access.NotYours()
    content = _content(session, document.id)
    audit.record_by(
        session,
        actor,
        SEND_COPY,
        entity_type=Document.__tablename__,
        entity_id=document.id,
        after=None,
        before={"sha256": sha256_of(content), "to": actor.slack_user_id},
        now=now,
    )
    return Copy(
        document_id=document.id,
        name=document.name,
        mimetype=document.mimetype,
        sha256=document.sha256,
        client_name=client.name,
        content=content,
    )


def _content(session: Session, document_id: int) -> bytes:
    """The stored bytes, read on their own (never kept on the ORM object)."""
    return bytes(session.scalar(select(Document.content).where(Document.id == document_id)) or b"")


def document_state(session: Session, row: Document) -> dict[str, Any]:
    """A document as the audit keeps it: every column but the bytes, and the bytes' hash now.

    ``content_sha256`` is recomputed from the stored bytes each time, so a
    changed byte differs from the ``create`` event even when ``sha256`` was
    left alone (and a rewritten ``sha256`` differs by itself).
    """
    state = {
        column: audit.plain(getattr(row, column))
        for column in (
            "id",
            "client_id",
            "kind",
            "name",
            "mimetype",
            "size",
            "sha256",
            "note",
            "slack_file_id",
            "added_by_id",
            "added_at",
        )
    }
    state["content_sha256"] = sha256_of(_content(session, row.id))
    return state


__all__ = [
    "Copy",
    "DocumentLine",
    "DocumentNotFound",
    "Fetched",
    "Filed",
    "add_document",
    "check_kind",
    "check_note",
    "copy_for",
    "document_state",
    "list_documents",
    "require_may_file",
    "sha256_of",
    "target_client",
]

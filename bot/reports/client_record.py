"""``cmsbot export client EXT_ID``: one client's whole record with its audit trail.

For compliance (issue #19): every record of the client — the client itself, its
coverage, every contact (undone ones too), every claim, every document's
details (never its bytes: ``cmsbot export documents`` writes those) — each with
every version the audit trail holds (who, when, what it was before and after),
then every other audit event about the client (reads of it included). Written
as JSON (``--format json``: one object, keys in snake_case, instants in ISO 8601
UTC, money as decimal strings) or as text a person reads top to bottom.

Nothing is withheld: private notes and the banking wall are for the people who
work the client, not for its record. So the export is itself a read of the
client and is recorded in the audit trail before anything is written out; a
reader named with ``--as`` must hold the compliance role
(``access.require_may_export_client``).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, TextIO

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from bot import audit
from bot.directory import access
from bot.documents import document_state
from bot.errors import ClientNotFound
from bot.reports.exports import render
from storage.models import (
    AuditEvent,
    Claim,
    Client,
    Coverage,
    Document,
    Interaction,
    Rep,
)

# The record kinds, in the order they are written; each is an audited table.
SECTIONS = ("clients", "coverage", "interactions", "claims", "documents")


def client_record(
    session: Session, *, external_id: str, reader: Rep | None, now: datetime
) -> dict[str, Any]:
    """The client's whole record as one JSON-ready dict; records the read first.

    Raises ``ClientNotFound``, and ``NotAllowed`` for a ``reader`` without the
    compliance role.
    """
    if reader is not None:
        access.require_may_export_client(reader)
    client = session.scalar(select(Client).where(Client.external_id == external_id))
    if client is None:
        raise ClientNotFound(f"There is no client {external_id!r} in the book.")
    audit.record(
        session,
        actor=reader.slack_user_id if reader is not None else "cli",
        action="read",
        entity_type="clients",
        entity_id=client.id,
        before={"surface": "cmsbot export client", "external_id": client.external_id},
        after=None,
        now=now,
    )
    session.flush()
    rows: dict[str, list[Any]] = {
        "clients": [client],
        "coverage": list(
            session.scalars(
                select(Coverage).where(Coverage.client_id == client.id).order_by(Coverage.id)
            )
        ),
        "interactions": list(
            session.scalars(
                select(Interaction)
                .where(Interaction.client_id == client.id)
                .order_by(Interaction.id)
            )
        ),
        "claims": list(
            session.scalars(select(Claim).where(Claim.client_id == client.id).order_by(Claim.id))
        ),
        "documents": list(
            session.scalars(
                select(Document).where(Document.client_id == client.id).order_by(Document.id)
            )
        ),
    }
    keyed = {(kind, str(row.id)) for kind, found in rows.items() for row in found}
    events = _events(session, keyed)
    record: dict[str, Any] = {
        "client_external_id": client.external_id,
        "client_name": client.name,
        "exported_at": render(now),
        "exported_by": reader.slack_user_id if reader is not None else "cli",
    }
    for kind in SECTIONS:
        record[kind] = [
            {
                "id": row.id,
                "current": _current(session, row),
                "versions": events.pop((kind, str(row.id)), []),
            }
            for row in rows[kind]
        ]
    # Everything else the trail says about the client (reads, coverage events...).
    record["other_audit_events"] = [event for found in events.values() for event in found]
    return record


def _current(session: Session, row: Any) -> dict[str, Any]:
    if isinstance(row, Document):  # its details and hash, never its bytes
        return document_state(session, row)
    return {key: render(value) for key, value in audit.snapshot(row).items()}


def _events(
    session: Session, keyed: set[tuple[str, str]]
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    found: dict[tuple[str, str], list[dict[str, Any]]] = {key: [] for key in keyed}
    by_type: dict[str, list[str]] = {}
    for kind, entity_id in keyed:
        by_type.setdefault(kind, []).append(entity_id)
    if not by_type:
        return found
    where = or_(
        *(
            and_(AuditEvent.entity_type == kind, AuditEvent.entity_id.in_(ids))
            for kind, ids in by_type.items()
        )
    )
    for event in session.scalars(select(AuditEvent).where(where).order_by(AuditEvent.id)):
        found.setdefault((event.entity_type, event.entity_id), []).append(
            {
                "event_id": event.id,
                "occurred_at": render(event.occurred_at),
                "actor": event.actor,
                "action": event.action,
                "entity_type": event.entity_type,
                "entity_id": event.entity_id,
                "before": event.before,
                "after": event.after,
            }
        )
    return found


def write_json(record: dict[str, Any], out: TextIO) -> None:
    json.dump(record, out, ensure_ascii=False, indent=2, sort_keys=False)
    out.write("\n")


def write_text(record: dict[str, Any], out: TextIO) -> None:
    """The same record for a person: one heading per record, each version under it."""
    out.write(f"Client {record['client_external_id']} — {record['client_name']}\n")
    out.write(f"Exported {record['exported_at']} by {record['exported_by']}\n")
    for kind in SECTIONS:
        out.write(f"\n== {kind} ({len(record[kind])}) ==\n")
        for item in record[kind]:
            out.write(f"\n{kind} #{item['id']} now:\n")
            _fields(out, item["current"], indent="    ")
            for version in item["versions"]:
                _version(out, version)
    others = record["other_audit_events"]
    out.write(f"\n== other audit events ({len(others)}) ==\n")
    for version in others:
        _version(out, version)


def _version(out: TextIO, version: dict[str, Any]) -> None:
    out.write(
        f"  - {version['occurred_at']} {version['action']} by {version['actor']}"
        f" ({version['entity_type']} #{version['entity_id']}, event {version['event_id']})\n"
    )
    if version["before"]:
        out.write("      before:\n")
        _fields(out, version["before"], indent="        ")
    if version["after"]:
        out.write("      after:\n")
        _fields(out, version["after"], indent="        ")


def _fields(out: TextIO, values: dict[str, Any] | None, *, indent: str) -> None:
    for key, value in (values or {}).items():
        shown = "" if value is None else " ".join(str(value).split())
        out.write(f"{indent}{key}: {shown}\n")


def export_client(
    session: Session,
    *,
    external_id: str,
    fmt: str,
    out: TextIO,
    reader: Rep | None,
    now: datetime,
) -> dict[str, Any]:
    """Write the record as ``json``, else as text; returns it."""
    record = client_record(session, external_id=external_id, reader=reader, now=now)
    if fmt == "json":
        write_json(record, out)
    else:
        write_text(record, out)
    return record


__all__ = ["SECTIONS", "client_record", "export_client", "write_json", "write_text"]

"""``cmsbot export interactions|claims|audit``: every record, streamed as CSV or JSON.

Keys and columns are the stable ones of DESIGN.md. Instants are ISO 8601 in
UTC written with ``+00:00`` — the form the audit trail hashes, so an exported
audit event can be re-hashed by anyone as it stands. Money is a decimal string.
Rows are read ``yield_per`` and written as they come: a table of millions
exports in constant memory.

CSV cells a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``…) get
a leading ``'`` (``bot.reports.csv_safe``, OWASP's rule), except exact numbers in the
numeric columns (``NUMERIC``); JSON keeps the exact text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, TextIO

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from bot import audit
from bot.directory import access
from bot.errors import InvalidInput
from bot.reports.csv_safe import SafeWriter
from storage.models import Claim, Client, Initiative, Interaction, Rep

PAGE = 1000
FORMATS = ("csv", "json")

INTERACTION_KEYS = (
    "id",
    "client_external_id",
    "client_name",
    "rep_slack_user_id",
    "occurred_at",
    "channel",
    "notes",
    "outcome",
    "initiative",
    "follow_up_on",
    "source",
    "time_given",  # added: false when a day was named without a time (occurred_at is its midday)
)
CLAIM_KEYS = (
    "id",
    "interaction_id",
    "client_external_id",
    "rep_slack_user_id",
    "kind",
    "amount",
    "currency",
    "account",
    "status",
    "decided_by",
    "decided_at",
    "decision_note",
    # Added by issue 17: the booking (or engagement reference) that proves the claim, and
    # the controller's written reason when it was approved without one (an override).
    "evidence_reference",
    "override_reason",
)
# Exactly what each hash covers, then the hash: anyone can recheck the chain from the file.
AUDIT_KEYS = (*audit.HASHED_FIELDS, "hash")


def render(value: Any) -> Any:
    """A JSON value: instants in UTC, dates ISO, money as a decimal string."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _interactions() -> Select:
    return (
        select(
            Interaction.id,
            Client.external_id,
            Client.name,
            Rep.slack_user_id,
            Interaction.occurred_at,
            Interaction.channel,
            Interaction.notes,
            Interaction.outcome,
            Initiative.tag,
            Interaction.follow_up_on,
            Interaction.source,
            Interaction.time_given,
        )
        .join(Client, Client.id == Interaction.client_id)
        .join(Rep, Rep.id == Interaction.rep_id)
        .outerjoin(Initiative, Initiative.id == Interaction.initiative_id)
        .where(Interaction.deleted_at.is_(None))
        .order_by(Interaction.id)
    )


def _claims() -> Select:
    decider = aliased(Rep)
    return (
        select(
            Claim.id,
            Claim.interaction_id,
            Client.external_id,
            Rep.slack_user_id,
            Claim.kind,
            Claim.amount,
            Claim.currency,
            Claim.account,
            Claim.status,
            decider.slack_user_id,
            Claim.decided_at,
            Claim.decision_note,
            Claim.evidence_reference,
            Claim.override_reason,
        )
        .join(Client, Client.id == Claim.client_id)
        .join(Rep, Rep.id == Claim.rep_id)
        .outerjoin(decider, decider.id == Claim.decided_by_id)
        .order_by(Claim.id)
    )


def _audit() -> Select:
    from bot.audit.seal import sealed_query

    return sealed_query()


def _as_json_text(value: Any) -> str:
    """An audit snapshot as one CSV cell: compact JSON, keys sorted."""
    if value is None:
        return ""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


EXPORTS: dict[str, tuple[tuple[str, ...], Callable[[], Select]]] = {
    "interactions": (INTERACTION_KEYS, _interactions),
    "claims": (CLAIM_KEYS, _claims),
    "audit": (AUDIT_KEYS, _audit),
}
JSON_CELLS = {"before", "after"}
# Columns the bot computes as numbers: an exact (even negative) number stays a number.
NUMERIC: dict[str, frozenset[str]] = {
    "interactions": frozenset({"id"}),
    "claims": frozenset({"id", "interaction_id", "amount"}),
    "audit": frozenset({"seq"}),
}


def _check_kind(kind: str) -> None:
    if kind not in EXPORTS:
        raise InvalidInput(f"Cannot export {kind!r}; choose one of {', '.join(EXPORTS)}.")


def records(session: Session, kind: str, *, reader: Rep | None = None) -> Iterator[dict[str, Any]]:
    """Each record of ``kind`` as a dict of JSON values, in id (or ``seq``) order.

    ``reader`` (``--as``): only what that person may read, as ``bot.directory.access``
    decides it — the clients they see; a private contact's notes only for the
    coverage team; a contact behind the banking wall as its date alone; claims
    behind the wall left out. Raises ``NotAllowed`` for the audit trail unless
    the reader is compliance or an admin.
    """
    _check_kind(kind)
    if kind == "audit":
        if reader is not None:
            access.require_may_export_audit(reader)
        from bot.audit.seal import seal

        seal(session, now=datetime.now(UTC))  # what waits for the sealer is exported too
    keys, query = EXPORTS[kind]
    statement = query()
    if reader is not None and kind != "audit":
        statement = _for_reader(statement, kind, reader)
    result = session.execute(statement.execution_options(yield_per=PAGE))
    lenses: dict[int, access.Lens] = {}
    for row in result:
        values = dict(zip(keys, row[: len(keys)], strict=True))
        if reader is not None and kind != "audit":
            client_id, *facts = row[len(keys) :]
            if client_id not in lenses:
                lenses[client_id] = access.lens(session, actor=reader, client_id=client_id)
                _record_read(session, reader, client_id, kind)
            shown = _through(lenses[client_id], kind, values, facts)
            if shown is None:
                continue
            values = shown
        yield {key: render(value) for key, value in values.items()}


def _record_read(session: Session, reader: Rep, client_id: int, kind: str) -> None:
    """A compliance reader's export reads each client it holds: one audit event per client."""
    client = session.get(Client, client_id)
    if client is not None:
        access.record_read(
            session,
            actor=reader,
            client=client,
            surface=f"cmsbot export {kind}",
            now=datetime.now(UTC),
        )


def _for_reader(statement: Select, kind: str, reader: Rep) -> Select:
    """The statement limited to the reader's clients, with what the lens needs after the keys."""
    if kind == "interactions":
        statement = statement.add_columns(
            Interaction.client_id,
            Interaction.side,
            Interaction.private,
            Interaction.rep_id,
            Interaction.author_id,
        )
        return access.restrict_clients(statement, reader, Interaction.client_id)
    behind = aliased(Interaction)
    statement = statement.join(behind, behind.id == Claim.interaction_id).add_columns(
        Claim.client_id, Claim.kind, behind.side, Claim.rep_id, behind.author_id
    )
    if reader.has_role("controller"):
        return statement  # controllers decide every claim
    return access.restrict_clients(statement, reader, Claim.client_id)


def _through(
    lens: access.Lens, kind: str, values: dict[str, Any], facts: list[Any]
) -> dict[str, Any] | None:
    if kind == "claims":
        claim_kind, side, rep_id, author_id = facts
        return (
            values
            if lens.claim(kind=claim_kind, side=side, rep_id=rep_id, author_id=author_id)
            else None
        )
    side, private, rep_id, author_id = facts
    view = lens.contact(side=side, private=private, rep_id=rep_id, author_id=author_id)
    if view == access.WALLED:
        kept = ("id", "client_external_id", "client_name", "occurred_at")
        return {key: (values[key] if key in kept else WITHHELD.get(key)) for key in values}
    if view == access.PRIVATE:
        return {**values, "notes": "", "outcome": None}
    return values


# What a field behind the banking wall reads as: a blank, never the value.
WITHHELD: dict[str, Any] = {"rep_slack_user_id": "", "channel": "", "notes": "", "source": ""}


def export(session: Session, *, kind: str, fmt: str, out: TextIO, reader: Rep | None = None) -> int:
    """Write every record of ``kind`` to ``out`` as ``csv`` or ``json``; returns how many.

    Soft-deleted interactions are left out (they were undone). Raises
    ``InvalidInput`` for an unknown kind or format.
    """
    if fmt not in FORMATS:
        raise InvalidInput(f"Cannot export as {fmt!r}; choose csv or json.")
    # records() is a generator: check the kind (and who reads the audit) now, before output.
    _check_kind(kind)
    if reader is not None and kind == "audit":
        access.require_may_export_audit(reader)
    rows = records(session, kind, reader=reader)
    keys = EXPORTS[kind][0]
    if fmt == "json":
        return _write_json(rows, out)
    return _write_csv(rows, keys, out, numeric=NUMERIC[kind])


def _write_csv(
    rows: Iterator[dict[str, Any]], keys: tuple[str, ...], out: TextIO, *, numeric: frozenset[str]
) -> int:
    writer = SafeWriter(out, keys, numeric=numeric)
    writer.header()
    return writer.rows(
        {key: _as_json_text(row[key]) if key in JSON_CELLS else row[key] for key in keys}
        for row in rows
    )


def _write_json(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    """One JSON array, an object per line, written as the rows arrive."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(row, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count

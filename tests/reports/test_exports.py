"""Exports: DESIGN.md's keys, UTC instants, money strings, a re-hashable audit, a round trip."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy.orm import Session

from bot.audit import compute_hash
from bot.contacts import ContactDraft, log_contact, undo_contact
from bot.directory import get_client, get_rep
from bot.errors import InvalidInput
from bot.imports import import_csv
from bot.parsing import ClaimDraft
from bot.reports.exports import export
from tests.databases import TemplateDatabases, engine_for
from tests.factories import log_for, make_initiative

DATA = Path(__file__).resolve().parents[1] / "data"
# The promised columns, in DESIGN.md's order (CSV headers and JSON keys alike).
INTERACTION_KEYS = [
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
    "time_given",  # added after the promised ones (migration 0015): false for a day alone
]
CLAIM_KEYS = [
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
    "evidence_reference",  # added after the promised ones (issue 17): what proves it
    "override_reason",  # and the controller's reason when nothing does (an override)
]


def exported(session: Session, kind: str, fmt: str) -> str:
    out = io.StringIO()
    export(session, kind=kind, fmt=fmt, out=out)
    return out.getvalue()


def directory(session: Session, now: datetime) -> None:
    import_csv(session, kind="reps", path=DATA / "reps.csv", now=now)
    import_csv(session, kind="clients", path=DATA / "clients.csv", now=now)
    make_initiative(session, "golf-2026")


def book(session: Session, now: datetime) -> None:
    """Two contacts by Alice (one with a deposit claim) and one she undid."""
    directory(session, now)
    alice, jane = get_rep(session, "U0ALICE"), get_client(session, "C001")
    deposit = ClaimDraft(
        kind="deposit", amount=Decimal("2500000"), currency="USD", account="ACC-001"
    )
    log_contact(
        session,
        actor=alice,
        now=now,
        draft=ContactDraft(
            client_id=jane.id,
            occurred_at=datetime(2026, 11, 17, 16, 30, tzinfo=UTC),
            channel="in_person",
            notes='Lunch, "the rollover", 2 kids',
            outcome="will transfer",
            initiative_tag="golf-2026",
            follow_up_on=date(2026, 12, 1),
            claims=(deposit,),
        ),
    )
    quarterly = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
    log_for(
        session, alice, get_client(session, "C002"), at=quarterly, now=now, notes="Quarterly call"
    )
    undone = log_for(session, alice, jane, at=now, now=now, channel="email", notes="typo")
    undo_contact(session, actor=alice, interaction_id=undone.interaction.id, now=now)


def test_interactions_json_has_the_promised_keys_utc_instants_and_no_undone_rows(
    session: Session, now: datetime
) -> None:
    book(session, now)
    rows = json.loads(exported(session, "interactions", "json"))
    assert all(list(row) == INTERACTION_KEYS for row in rows)
    assert [row["notes"] for row in rows] == ['Lunch, "the rollover", 2 kids', "Quarterly call"]
    first = rows[0]
    assert {k: v for k, v in first.items() if k != "id"} == {
        "client_external_id": "C001",
        "client_name": "Jane Smith",
        "rep_slack_user_id": "U0ALICE",
        "occurred_at": "2026-11-17T16:30:00+00:00",
        "channel": "in_person",
        "notes": 'Lunch, "the rollover", 2 kids',
        "outcome": "will transfer",
        "initiative": "golf-2026",
        "follow_up_on": "2026-12-01",
        "source": "slash_command",
        "time_given": True,
    }
    assert (rows[1]["initiative"], rows[1]["outcome"], rows[1]["follow_up_on"]) == (
        None,
        None,
        None,
    )


def test_claims_json_has_the_promised_keys_and_money_as_a_decimal_string(
    session: Session, now: datetime
) -> None:
    book(session, now)
    [claim] = json.loads(exported(session, "claims", "json"))
    [interaction] = [
        row
        for row in json.loads(exported(session, "interactions", "json"))
        if row["client_external_id"] == "C001"
    ]
    assert list(claim) == CLAIM_KEYS
    assert {k: v for k, v in claim.items() if k != "id"} == {
        "interaction_id": interaction["id"],
        "client_external_id": "C001",
        "rep_slack_user_id": "U0ALICE",
        "kind": "deposit",
        "amount": "2500000.00",
        "currency": "USD",
        "account": "ACC-001",
        "status": "pending",
        "decided_by": None,
        "decided_at": None,
        "decision_note": None,
        "evidence_reference": None,
        "override_reason": None,
    }


def test_csv_exports_have_the_json_columns_and_empty_cells_for_none(
    session: Session, now: datetime
) -> None:
    book(session, now)
    for kind, keys in (("interactions", INTERACTION_KEYS), ("claims", CLAIM_KEYS)):
        text = exported(session, kind, "csv")
        rows = list(csv.DictReader(io.StringIO(text)))
        as_json = json.loads(exported(session, kind, "json"))
        assert list(rows[0]) == keys and len(rows) == len(as_json)
        for row, obj in zip(rows, as_json, strict=True):
            assert row == {k: "" if v is None else str(v) for k, v in obj.items()}


def test_exported_audit_events_rehash_to_their_hashes_and_chain(
    session: Session, now: datetime
) -> None:
    book(session, now)
    events = json.loads(exported(session, "audit", "json"))
    assert len(events) > 10
    for previous, event in zip([None, *events], events, strict=False):
        if previous is not None:
            assert event["prev_hash"] == previous["hash"] and event["seq"] == previous["seq"] + 1
        fields = {k: v for k, v in event.items() if k != "hash"}
        assert compute_hash(SimpleNamespace(**fields)) == event["hash"]  # type: ignore[arg-type]
    cells = list(csv.DictReader(io.StringIO(exported(session, "audit", "csv"))))
    assert [row["hash"] for row in cells] == [event["hash"] for event in events]
    assert json.loads(cells[0]["after"]) == events[0]["after"]


def test_unknown_kind_or_format_is_refused(session: Session) -> None:
    with pytest.raises(InvalidInput, match="Cannot export 'reps'"):
        exported(session, "reps", "json")
    with pytest.raises(InvalidInput, match="Cannot export as 'xml'"):
        exported(session, "claims", "xml")


def test_empty_exports_are_an_empty_array_and_a_header(session: Session) -> None:
    assert json.loads(exported(session, "interactions", "json")) == []
    assert exported(session, "claims", "csv").splitlines() == [",".join(CLAIM_KEYS)]


def test_an_interactions_export_imports_into_a_fresh_database_as_the_same_contacts(
    session: Session,
    now: datetime,
    tmp_path: Path,
    databases: TemplateDatabases,
    backend: str,
) -> None:
    book(session, now)
    path = tmp_path / "interactions.csv"
    path.write_text(exported(session, "interactions", "csv"), encoding="utf-8")
    original = json.loads(exported(session, "interactions", "json"))

    later = now + timedelta(days=1)
    with engine_for(databases.url(backend)) as engine, Session(engine) as fresh:
        directory(fresh, later)
        summary = import_csv(fresh, kind="interactions", path=path, now=later)
        assert (summary.created, summary.unchanged) == (2, 0)
        again = import_csv(fresh, kind="interactions", path=path, now=later)
        assert (again.created, again.unchanged) == (0, 2)
        copied = json.loads(exported(fresh, "interactions", "json"))

    def meaning(rows: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{k: v for k, v in row.items() if k not in {"id", "source"}} for row in rows]

    assert meaning(copied) == meaning(original)
    assert {row["source"] for row in copied} == {"import"}

"""The export formats DESIGN.md promises users: exact keys, UTC instants, money as strings."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from bot.contacts import ContactDraft, log_contact, undo_contact
from bot.exports import export
from bot.parsing import ClaimDraft
from tests.factories import make_client, make_initiative, make_rep

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
]


def exported(session: Session, kind: str, fmt: str) -> str:
    out = io.StringIO()
    export(session, kind=kind, fmt=fmt, out=out)
    return out.getvalue()


def book(session: Session, now: datetime) -> None:
    rep = make_rep(session, "U1", "Rita Rep", timezone="Europe/Paris")
    client = make_client(session, "Jane Smith", covered_by=[rep], external_id="C-1")
    make_initiative(session, "symphony-night")
    pledge = ClaimDraft(kind="pledge", amount=Decimal("2500000"), currency="USD")
    paris_afternoon = now - timedelta(days=1)
    log_contact(
        session,
        actor=rep,
        now=now,
        draft=ContactDraft(
            client_id=client.id,
            occurred_at=paris_afternoon,
            channel="phone",
            notes="rollover",
            initiative_tag="symphony-night",
            claims=(pledge,),
        ),
    )
    undone = log_contact(
        session,
        actor=rep,
        now=now,
        draft=ContactDraft(
            client_id=client.id,
            occurred_at=now,
            channel="email",
            notes="typo",
        ),
    )
    undo_contact(session, actor=rep, interaction_id=undone.interaction.id, now=now)


def test_interactions_json_has_exactly_the_promised_keys_and_skips_undone(
    session: Session, now: datetime
) -> None:
    book(session, now)
    [row] = json.loads(exported(session, "interactions", "json"))
    assert list(row) == INTERACTION_KEYS
    assert row["client_external_id"] == "C-1" and row["rep_slack_user_id"] == "U1"
    assert row["initiative"] == "symphony-night" and row["source"] == "slash_command"
    occurred = datetime.fromisoformat(row["occurred_at"].replace("Z", "+00:00"))
    assert occurred == now - timedelta(days=1) and occurred.utcoffset() == timedelta(0)


def test_claims_json_carries_money_as_decimal_strings(session: Session, now: datetime) -> None:
    book(session, now)
    [row] = json.loads(exported(session, "claims", "json"))
    assert list(row) == CLAIM_KEYS
    assert (row["kind"], row["amount"], row["currency"], row["status"]) == (
        "pledge",
        "2500000.00",
        "USD",
        "pending",
    )


def test_csv_exports_use_the_same_columns_as_json(session: Session, now: datetime) -> None:
    book(session, now)
    for kind, keys in (("interactions", INTERACTION_KEYS), ("claims", CLAIM_KEYS)):
        rows = list(csv.DictReader(io.StringIO(exported(session, kind, "csv"))))
        assert rows and list(rows[0]) == keys
        as_json = json.loads(exported(session, kind, "json"))
        assert [row["id"] for row in rows] == [str(row["id"]) for row in as_json]

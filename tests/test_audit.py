"""The audit trail proves nothing was rewritten: tampering of every kind is named.

Records are made through the real services (``log_contact``, ``edit_contact``);
the tampering is raw SQL, as someone with database access would do it: first
switching off the triggers that make ``audit_events`` append-only (which takes
the right to alter the schema), then editing or deleting events.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import JSON, bindparam, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from bot import audit, audit_verify
from bot.audit_verify import verify
from bot.claims import decide
from bot.cli import main
from bot.contacts import ContactDraft, edit_contact, log_contact, undo_contact
from bot.parsing import ClaimDraft
from storage.engine import is_postgres, make_engine
from storage.models import AuditEvent, Claim, Interaction
from tests.factories import make_client, make_rep


def allow_tampering(session: Session) -> None:
    """Switch off the append-only triggers, for this transaction only (DDL rolls back)."""
    if is_postgres(session):
        session.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
    else:
        session.execute(text("DROP TRIGGER audit_events_no_update"))
        session.execute(text("DROP TRIGGER audit_events_no_delete"))


@dataclass
class Trail:
    """Four events: #1 contact A, #2 contact B, #3 B's deposit claim, #4 an edit of A."""

    first: Interaction
    second: Interaction
    claim: Claim


def make_trail(session: Session, now: datetime) -> Trail:
    rep = make_rep(session, timezone="America/New_York")
    client = make_client(session, "Jane Smith", covered_by=[rep])
    local = ZoneInfo("America/New_York")
    first = log_contact(
        session,
        actor=rep,
        draft=ContactDraft(
            client_id=client.id,
            occurred_at=(now - timedelta(days=20)).astimezone(local),
            channel="phone",
            notes="called about the trust",
        ),
        now=now,
    ).interaction
    deposit = ClaimDraft(kind="deposit", amount=Decimal("250000"), currency="usd", account=None)
    logged = log_contact(
        session,
        actor=rep,
        draft=ContactDraft(
            client_id=client.id,
            occurred_at=(now - timedelta(days=2)).astimezone(local),
            channel="in_person",
            notes="lunch; moving assets",
            claims=(deposit,),
        ),
        now=now,
    )
    edit_contact(
        session,
        actor=rep,
        interaction_id=first.id,
        draft=ContactDraft(
            client_id=client.id,
            occurred_at=first.occurred_at,
            channel="phone",
            notes="called about the trust and the foundation",
        ),
        now=now,
    )
    assert session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)).all() == [1, 2, 3, 4]
    return Trail(first=first, second=logged.interaction, claim=logged.claims[0])


def first_break(session: Session) -> str:
    breaks = verify(session)
    assert breaks, "tampering went unnoticed"
    return str(breaks[0])


def test_intact_trail_verifies(session: Session, now: datetime) -> None:
    make_trail(session, now)
    assert verify(session) == []


def test_undo_and_controller_decision_keep_state_and_trail_in_step(
    session: Session, now: datetime
) -> None:
    trail = make_trail(session, now)
    controller = make_rep(session, roles=("controller",))
    decide(
        session,
        actor=controller,
        claim_id=trail.claim.id,
        decision="rejected",
        note="no such deposit in the custodian feed",
        evidence_reference=None,
        now=now,
    )
    undo_contact(session, actor=trail.second.rep, interaction_id=trail.second.id, now=now)
    actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
    assert actions[4:] == ["decide", "soft_delete"]
    assert verify(session) == []


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET actor = 'UFORGER' WHERE seq = 2",
        "UPDATE audit_events SET after = NULL",
        "DELETE FROM audit_events WHERE seq = 4",
        "DELETE FROM audit_events",
    ],
)
def test_the_database_refuses_to_change_or_remove_an_event(
    session: Session, now: datetime, statement: str
) -> None:
    make_trail(session, now)
    with pytest.raises(DBAPIError, match="append-only"), session.begin_nested():
        session.execute(text(statement))
    assert session.scalar(select(func.count()).select_from(AuditEvent)) == 4
    assert verify(session) == []


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite has no TRUNCATE
def test_the_database_refuses_to_truncate_the_trail_on_postgresql(
    session: Session, now: datetime
) -> None:
    assert is_postgres(session)
    make_trail(session, now)
    with pytest.raises(DBAPIError, match="append-only"), session.begin_nested():
        session.execute(text("TRUNCATE audit_events"))
    assert verify(session) == []


def test_empty_trail_verifies(session: Session) -> None:
    assert verify(session) == []


def test_trail_read_in_pages_verifies_and_still_finds_breaks(
    session: Session, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_verify, "PAGE", 1)
    trail = make_trail(session, now)
    assert verify(session) == []
    allow_tampering(session)
    session.execute(text("DELETE FROM audit_events WHERE seq = 4"))
    assert first_break(session) == "event #4: missing (deleted?)"
    assert (
        f"interactions {trail.first.id}: current state differs from its last audit event (#1) "
        "in notes"
    ) in [str(found) for found in verify(session)]


def test_edited_event_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    forged = dict(audit.snapshot(trail.second), notes="lunch; nothing to report")
    allow_tampering(session)
    session.execute(
        text("UPDATE audit_events SET after = :after WHERE seq = 2").bindparams(
            bindparam("after", type_=JSON)
        ),
        {"after": forged},
    )
    breaks = [str(found) for found in verify(session)]
    assert breaks[0] == "event #2: hash does not match its content (edited?)"
    assert breaks[1:] == [
        f"interactions {trail.second.id}: current state differs from its last audit event (#2) "
        "in notes"
    ]


def test_edited_and_rehashed_event_breaks_the_link_to_the_next(
    session: Session, now: datetime
) -> None:
    make_trail(session, now)
    stored = session.scalars(select(AuditEvent).where(AuditEvent.seq == 2)).one()
    forged = AuditEvent(**{**audit.event_fields(stored), "actor": "UFORGER"})
    allow_tampering(session)
    session.execute(
        update(AuditEvent.__table__)
        .where(AuditEvent.__table__.c.seq == 2)
        .values(actor="UFORGER", hash=audit.compute_hash(forged))
    )
    assert first_break(session).startswith("event #3: does not follow on from event #2's hash")


def test_deleted_middle_event_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    allow_tampering(session)
    session.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    breaks = [str(found) for found in verify(session)]
    assert breaks[0] == "event #2: missing (deleted?)"
    assert (
        f"interactions {trail.second.id}: no audit event records it "
        "(written behind the app's back?)"
    ) in breaks


def test_deleted_run_of_events_names_the_first(session: Session, now: datetime) -> None:
    make_trail(session, now)
    allow_tampering(session)
    session.execute(text("DELETE FROM audit_events WHERE seq IN (2, 3)"))
    assert first_break(session) == "event #2: missing, and every event up to #3 (deleted?)"


def test_deleted_last_event_is_named(session: Session, now: datetime) -> None:
    make_trail(session, now)
    allow_tampering(session)
    session.execute(text("DELETE FROM audit_events WHERE seq = 4"))
    assert first_break(session) == "event #4: missing (deleted?)"


def test_deleted_whole_trail_is_named(session: Session, now: datetime) -> None:
    make_trail(session, now)
    allow_tampering(session)
    session.execute(text("DELETE FROM audit_events"))
    assert first_break(session) == "event #1: missing, and every event up to #4 (deleted?)"


def test_reordered_events_are_named(session: Session, now: datetime) -> None:
    make_trail(session, now)
    allow_tampering(session)
    session.execute(text("UPDATE audit_events SET seq = -1 WHERE seq = 2"))
    session.execute(text("UPDATE audit_events SET seq = 2 WHERE seq = 3"))
    session.execute(text("UPDATE audit_events SET seq = 3 WHERE seq = -1"))
    assert first_break(session).startswith("event #2: does not follow on from event #1's hash")


def test_event_appended_behind_the_apps_back_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    last = session.scalars(select(AuditEvent).where(AuditEvent.seq == 4)).one()
    forged = AuditEvent(
        seq=5,
        occurred_at=now,
        actor="UFORGER",
        action="update",
        entity_type="claims",
        entity_id=str(trail.claim.id),
        before=None,
        after=None,
        prev_hash=last.hash,
    )
    forged.hash = audit.compute_hash(forged)
    session.execute(
        insert(AuditEvent.__table__).values(**audit.event_fields(forged), hash=forged.hash)
    )
    assert first_break(session).startswith("event #5: is past the chain's recorded head (#4)")


def test_interaction_edited_behind_the_apps_back_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    session.execute(
        text("UPDATE interactions SET notes = 'never happened' WHERE id = :id"),
        {"id": trail.first.id},
    )
    assert [str(found) for found in verify(session)] == [
        f"interactions {trail.first.id}: current state differs from its last audit event (#4) "
        "in notes"
    ]


def test_claim_amount_edited_behind_the_apps_back_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    session.execute(
        text("UPDATE claims SET amount = 2500000 WHERE id = :id"), {"id": trail.claim.id}
    )
    assert [str(found) for found in verify(session)] == [
        f"claims {trail.claim.id}: current state differs from its last audit event (#3) in amount"
    ]


def test_interaction_deleted_behind_the_apps_back_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    session.execute(text("DELETE FROM interactions WHERE id = :id"), {"id": trail.first.id})
    assert [str(found) for found in verify(session)] == [
        f"interactions {trail.first.id}: deleted behind the app's back (its last event is #4)"
    ]


def test_interaction_inserted_behind_the_apps_back_is_named(
    session: Session, now: datetime
) -> None:
    trail = make_trail(session, now)
    session.execute(
        text(
            "INSERT INTO interactions (client_id, rep_id, author_id, occurred_at, channel, notes,"
            " source, created_at, updated_at) SELECT client_id, rep_id, author_id, occurred_at,"
            " channel, 'invented', source, created_at, updated_at FROM interactions WHERE id = :id"
        ),
        {"id": trail.first.id},
    )
    [found] = verify(session)
    assert str(found).endswith("no audit event records it (written behind the app's back?)")


# --- the command line -------------------------------------------------------------------


@pytest.fixture
def scratch_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh SQLite file migrated by ``cmsbot db upgrade``, named by DATABASE_URL."""
    url = f"sqlite:///{tmp_path / 'cms.sqlite3'}"
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    return url


def test_cli_audit_verify_exits_zero_on_an_intact_trail(
    scratch_database: str, now: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = make_engine(scratch_database)
    with Session(engine) as session, session.begin():
        make_trail(session, now)
    engine.dispose()
    assert main(["audit", "verify"]) == 0
    assert "audit trail verified" in capsys.readouterr().out


def test_cli_audit_verify_exits_non_zero_naming_the_first_break(
    scratch_database: str, now: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = make_engine(scratch_database)
    with Session(engine) as session, session.begin():
        make_trail(session, now)
        allow_tampering(session)
        session.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    engine.dispose()
    assert main(["audit", "verify"]) != 0
    err = capsys.readouterr().err
    assert err.splitlines()[0] == "audit trail broken at event #2: missing (deleted?)"


def test_cli_export_audit_json_can_be_rechecked_by_anyone(
    scratch_database: str, now: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    """The archive alone proves the chain: re-hash each event with nothing but hashlib."""
    engine = make_engine(scratch_database)
    with Session(engine) as session, session.begin():
        make_trail(session, now)
    engine.dispose()
    capsys.readouterr()
    assert main(["export", "audit", "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [event["seq"] for event in events] == [1, 2, 3, 4]
    previous = audit.GENESIS_HASH
    for event in events:
        fields = {key: value for key, value in event.items() if key != "hash"}
        body = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert event["prev_hash"] == previous
        assert hashlib.sha256((previous + body).encode("utf-8")).hexdigest() == event["hash"]
        previous = event["hash"]
    assert events[2]["after"]["amount"] == "250000.00"


def test_cli_export_audit_csv_has_one_row_per_event(
    scratch_database: str, now: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = make_engine(scratch_database)
    with Session(engine) as session, session.begin():
        make_trail(session, now)
    engine.dispose()
    capsys.readouterr()
    assert main(["export", "audit", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(row["seq"], row["entity_type"], row["action"]) for row in rows] == [
        ("1", "interactions", "create"),
        ("2", "interactions", "create"),
        ("3", "claims", "create"),
        ("4", "interactions", "update"),
    ]
    assert json.loads(rows[3]["before"])["notes"] == "called about the trust"
    assert rows[0]["before"] == ""


# --- nothing the app does deletes these records --------------------------------------------

DELETES_A_RECORD = re.compile(
    r"delete\(\s*(Interaction|Claim|AuditEvent|AuditHead)\b"
    r"|DELETE\s+FROM\s+(interactions|claims|audit_events|audit_head)\b",
    re.IGNORECASE,
)


def test_app_code_never_deletes_interactions_claims_or_audit_events() -> None:
    root = Path(__file__).resolve().parents[1]
    offenders = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for package in ("bot", "handlers", "storage")
        for path in sorted((root / package).rglob("*.py"))
        if "migrations" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if DELETES_A_RECORD.search(line)
    ]
    assert offenders == []

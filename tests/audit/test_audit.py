"""The audit trail proves nothing was rewritten: tampering of every kind is named.

Records are made through the real services (``log_contact``, ``edit_contact``);
the tampering is raw SQL, as someone with database access would do it
(``tests.audit_tampering``): first switching off the triggers that make
``audit_events`` and ``audit_seals`` append-only (which takes the right to
alter the schema), then editing, deleting or inserting events and seals. The
chain is keyed with the tests' own ``CMS_AUDIT_CHAIN_KEY``.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from bot import audit
from bot.audit import seal as audit_seal
from bot.audit import state as audit_state
from bot.audit import verify as audit_verify
from bot.audit.verify import verify
from bot.cli import main
from bot.contacts import ContactDraft, edit_contact, log_contact, undo_contact
from bot.errors import SettingsError
from bot.parsing import ClaimDraft
from storage.engine import is_postgres, make_engine
from storage.models import AuditEvent, Claim, Interaction
from tests.audit_tampering import (
    TEST_CHAIN_KEY,
    allow_tampering,
    append_forged,
    delete_at,
    event_at,
    positions,
    remac,
    seal_at,
    sealed_now,
    set_after,
)
from tests.claims_cast import reject
from tests.factories import SETTING, make_client, make_rep


@pytest.fixture(autouse=True)
def chain_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[bytes]:
    monkeypatch.setenv("CMS_AUDIT_CHAIN_KEY", TEST_CHAIN_KEY)
    yield TEST_CHAIN_KEY.encode()


@dataclass
class Trail:
    """After the setting (a rep, a client, its coverage): four events of the trail itself.

    ``at(1)`` contact A, ``at(2)`` contact B, ``at(3)`` B's deposit claim, ``at(4)`` an
    edit of A — chain positions, counted after the setting's events.
    """

    first: Interaction
    second: Interaction
    claim: Claim
    base: int

    def at(self, k: int) -> int:
        return self.base + k


def make_trail(session: Session, now: datetime) -> Trail:
    rep = make_rep(session, timezone="America/New_York")
    client = make_client(session, "Jane Smith", covered_by=[rep])
    base = sealed_now(session, now)
    local = ZoneInfo("America/New_York")

    def draft(when: datetime, channel: str, notes: str, *claims: ClaimDraft) -> ContactDraft:
        return ContactDraft(
            client_id=client.id, occurred_at=when, channel=channel, notes=notes, claims=claims
        )

    def days_ago(days: int) -> datetime:
        return (now - timedelta(days=days)).astimezone(local)

    first = log_contact(
        session, actor=rep, draft=draft(days_ago(20), "phone", "called about the trust"), now=now
    ).interaction
    deposit = ClaimDraft(kind="deposit", amount=Decimal("250000"), currency="usd", account=None)
    moving = draft(days_ago(2), "in_person", "lunch; moving assets", deposit)
    logged = log_contact(session, actor=rep, draft=moving, now=now)
    edited = draft(first.occurred_at, "phone", "called about the trust and the foundation")
    edit_contact(session, actor=rep, interaction_id=first.id, draft=edited, now=now)
    sealed_now(session, now)
    assert positions(session) == list(range(1, base + 5))
    trail = Trail(first=first, second=logged.interaction, claim=logged.claims[0], base=base)
    assert [(event_at(session, trail.at(k)).action) for k in (1, 2, 3, 4)] == [
        "create",
        "create",
        "create",
        "update",
    ]
    return trail


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
    reject(session, controller, trail.claim, now, "no such deposit in the custodian feed")
    undo_contact(session, actor=trail.second.rep, interaction_id=trail.second.id, now=now)
    actions = session.scalars(
        select(AuditEvent.action).where(AuditEvent.actor != SETTING).order_by(AuditEvent.seq)
    ).all()
    assert actions[4:] == ["decide", "soft_delete"]
    assert verify(session) == []


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET actor = 'UFORGER' WHERE id = (SELECT MIN(id) FROM audit_events)",
        "UPDATE audit_events SET after = NULL",
        "DELETE FROM audit_events WHERE id = (SELECT MAX(id) FROM audit_events)",
        "DELETE FROM audit_events",
        "UPDATE audit_seals SET hash = prev_hash WHERE seq = 2",
        "UPDATE audit_seals SET event_id = event_id + 1",
        "DELETE FROM audit_seals WHERE seq = (SELECT MAX(seq) FROM audit_seals)",
        "DELETE FROM audit_seals",
    ],
)
def test_the_database_refuses_to_change_or_remove_an_event_or_a_seal(
    session: Session, now: datetime, statement: str
) -> None:
    trail = make_trail(session, now)
    with pytest.raises(DBAPIError, match="append-only"), session.begin_nested():
        session.execute(text(statement))
    assert session.scalar(select(func.count()).select_from(AuditEvent)) == trail.at(4)
    assert positions(session) == list(range(1, trail.at(5)))
    assert verify(session) == []


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite has no TRUNCATE
@pytest.mark.parametrize("table", ["audit_events", "audit_seals"])
def test_the_database_refuses_to_truncate_the_trail_on_postgresql(
    session: Session, now: datetime, table: str
) -> None:
    assert is_postgres(session)
    make_trail(session, now)
    with pytest.raises(DBAPIError, match="append-only"), session.begin_nested():
        session.execute(text(f"TRUNCATE {table}"))
    assert verify(session) == []


def test_empty_trail_verifies(session: Session) -> None:
    assert verify(session) == []


def test_trail_read_in_pages_verifies_and_still_finds_breaks(
    session: Session, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in (audit_verify, audit_state, audit_seal):
        monkeypatch.setattr(module, "PAGE", 1)
    trail = make_trail(session, now)
    assert verify(session) == []
    allow_tampering(session)
    delete_at(session, trail.at(4))
    assert first_break(session) == f"event #{trail.at(4)}: missing (deleted?)"
    assert (
        f"interactions {trail.first.id}: current state differs from its last audit event "
        f"(#{trail.at(1)}) in notes"
    ) in [str(found) for found in verify(session)]


def test_edited_event_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    forged = dict(audit.snapshot(trail.second), notes="lunch; nothing to report")
    allow_tampering(session)
    set_after(session, trail.at(2), forged)
    breaks = [str(found) for found in verify(session)]
    assert breaks[0] == f"event #{trail.at(2)}: hash does not match its content (edited?)"
    assert breaks[1:] == [
        f"interactions {trail.second.id}: current state differs from its last audit event "
        f"(#{trail.at(2)}) in notes"
    ]


def test_edited_and_rehashed_event_breaks_the_link_to_the_next(
    session: Session, now: datetime, chain_key: bytes
) -> None:
    """Even with the key, rewriting one event's MAC and hash leaves the next seal pointing away."""
    trail = make_trail(session, now)
    allow_tampering(session)
    target = event_at(session, trail.at(2))
    session.execute(
        update(AuditEvent.__table__)
        .where(AuditEvent.__table__.c.id == target.id)
        .values(actor="UFORGER")
    )
    remac(session, trail.at(2), chain_key)
    stored = event_at(session, trail.at(2))
    sealed = seal_at(session, trail.at(2))
    fields = {
        "seq": sealed.seq,
        "event_id": stored.id,
        **audit.content_of(stored),
        "mac": stored.mac,
        "prev_hash": sealed.prev_hash,
    }
    session.execute(
        text("UPDATE audit_seals SET hash = :hash WHERE seq = :seq"),
        {"hash": audit.hash_of(fields, chain_key), "seq": sealed.seq},
    )
    assert first_break(session).startswith(
        f"event #{trail.at(3)}: does not follow on from event #{trail.at(2)}'s hash"
    )


def test_deleted_middle_event_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    allow_tampering(session)
    delete_at(session, trail.at(2))
    breaks = [str(found) for found in verify(session)]
    assert breaks[0] == f"event #{trail.at(2)}: missing (deleted?)"
    assert (
        f"interactions {trail.second.id}: no audit event records it "
        "(written behind the app's back?)"
    ) in breaks


def test_deleted_run_of_events_names_the_first(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    allow_tampering(session)
    delete_at(session, trail.at(2), trail.at(3))
    assert first_break(session) == (
        f"event #{trail.at(2)}: missing, and every event up to #{trail.at(3)} (deleted?)"
    )


def test_deleted_last_event_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    allow_tampering(session)
    delete_at(session, trail.at(4))
    assert first_break(session) == f"event #{trail.at(4)}: missing (deleted?)"


def test_deleted_whole_trail_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    allow_tampering(session)
    session.execute(text("DELETE FROM audit_seals"))
    session.execute(text("DELETE FROM audit_events"))
    assert first_break(session) == (
        f"event #1: missing, and every event up to #{trail.at(4)} (deleted?)"
    )


def test_reordered_events_are_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    allow_tampering(session)
    a, b = trail.at(2), trail.at(3)
    session.execute(text("UPDATE audit_seals SET seq = -1 WHERE seq = :a"), {"a": a})
    session.execute(text("UPDATE audit_seals SET seq = :a WHERE seq = :b"), {"a": a, "b": b})
    session.execute(text("UPDATE audit_seals SET seq = :b WHERE seq = -1"), {"b": b})
    assert first_break(session).startswith(
        f"event #{a}: does not follow on from event #{trail.at(1)}'s hash"
    )


def test_event_appended_behind_the_apps_back_is_named(
    session: Session, now: datetime, chain_key: bytes
) -> None:
    """Even a well-formed event and seal, made with the key, show when the head was not moved."""
    trail = make_trail(session, now)
    append_forged(
        session,
        now=now,
        entity_type="claims",
        entity_id=str(trail.claim.id),
        after=None,
        key=chain_key,
        move_head_too=False,
    )
    assert first_break(session).startswith(
        f"event #{trail.at(5)}: is past the chain's recorded head (#{trail.at(4)})"
    )


def test_interaction_edited_behind_the_apps_back_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    session.execute(
        text("UPDATE interactions SET notes = 'never happened' WHERE id = :id"),
        {"id": trail.first.id},
    )
    assert [str(found) for found in verify(session)] == [
        f"interactions {trail.first.id}: current state differs from its last audit event "
        f"(#{trail.at(4)}) in notes"
    ]


def test_claim_amount_edited_behind_the_apps_back_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    session.execute(
        text("UPDATE claims SET amount = 2500000 WHERE id = :id"), {"id": trail.claim.id}
    )
    assert [str(found) for found in verify(session)] == [
        f"claims {trail.claim.id}: current state differs from its last audit event "
        f"(#{trail.at(3)}) in amount"
    ]


def test_interaction_deleted_behind_the_apps_back_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    session.execute(text("DELETE FROM interactions WHERE id = :id"), {"id": trail.first.id})
    assert [str(found) for found in verify(session)] == [
        f"interactions {trail.first.id}: deleted behind the app's back (its last event is "
        f"#{trail.at(4)})"
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


# --- the key --------------------------------------------------------------------------------


def test_a_trail_checked_with_another_key_fails_at_its_first_event(
    session: Session, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What makes the chain keyed: without the key it was written with, nothing verifies."""
    make_trail(session, now)
    monkeypatch.setenv("CMS_AUDIT_CHAIN_KEY", "someone-elses-key-0123456789")
    assert first_break(session) == "event #1: hash does not match its content (edited?)"


def test_the_chain_key_may_be_kept_in_a_file_and_must_be_long_enough(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "chain.key"
    key_file.write_text("0123456789abcdef0123456789abcdef\n")
    monkeypatch.setenv("CMS_AUDIT_CHAIN_KEY", str(key_file))
    assert audit.chain_key() == b"0123456789abcdef0123456789abcdef"
    assert audit.chain_key_is_set()
    monkeypatch.setenv("CMS_AUDIT_CHAIN_KEY", "too-short")
    with pytest.raises(SettingsError, match="too short"):
        audit.chain_key()
    monkeypatch.delenv("CMS_AUDIT_CHAIN_KEY")
    audit.use_chain_key(None)
    assert not audit.chain_key_is_set() and audit.chain_key() == audit.DEVELOPMENT_KEY


# --- the command line -------------------------------------------------------------------


@contextmanager
def committed(url: str) -> Iterator[Session]:
    """One transaction on the scratch database, committed and its engine closed on leaving,
    so what the command line reads next is what another process would find."""
    engine = make_engine(url)
    try:
        with Session(engine) as session, session.begin():
            yield session
    finally:
        engine.dispose()


def test_cli_audit_verify_exits_zero_on_an_intact_trail(
    scratch_database: str, now: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    with committed(scratch_database) as session:
        make_trail(session, now)
    assert main(["audit", "verify"]) == 0
    assert "audit trail verified" in capsys.readouterr().out


def test_cli_audit_verify_exits_non_zero_naming_the_first_break(
    scratch_database: str, now: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    with committed(scratch_database) as session:
        trail = make_trail(session, now)
        allow_tampering(session)
        delete_at(session, trail.at(2))
    assert main(["audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == f"audit trail broken at event #{trail.at(2)}: missing (deleted?)"


@pytest.fixture
def unset_chain_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """``CMS_AUDIT_CHAIN_KEY`` in neither the environment nor this process (as a shell
    without it starts ``cmsbot``)."""
    monkeypatch.delenv("CMS_AUDIT_CHAIN_KEY")
    monkeypatch.setattr(audit, "_configured", None)


def test_cli_audit_verify_takes_the_chain_key_from_dot_env(
    scratch_database: str,
    now: datetime,
    capsys: pytest.CaptureFixture[str],
    unset_chain_key: None,
) -> None:
    Path(".env").write_text(f"CMS_AUDIT_CHAIN_KEY={TEST_CHAIN_KEY}\n")
    audit.use_chain_key(TEST_CHAIN_KEY)  # as the bot's own `cmsbot serve` would have
    with committed(scratch_database) as session:
        make_trail(session, now)
    audit.use_chain_key(None)
    assert main(["audit", "verify"]) == 0
    assert "CMS_AUDIT_CHAIN_KEY is unset" not in capsys.readouterr().err
    Path(".env").write_text("CMS_AUDIT_CHAIN_KEY=another-key-0123456789abcdef\n")
    assert main(["audit", "verify"]) == 1
    assert "event #1: hash does not match its content" in capsys.readouterr().err


@pytest.mark.usefixtures("scratch_database", "unset_chain_key")
def test_cli_audit_verify_warns_when_the_chain_key_is_unset(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["audit", "verify"]) == 0
    assert "CMS_AUDIT_CHAIN_KEY is unset: the chain is keyed with the public" in (
        capsys.readouterr().err
    )


def test_cli_export_audit_json_can_be_rechecked_by_anyone_with_the_key(
    scratch_database: str, now: datetime, capsys: pytest.CaptureFixture[str], chain_key: bytes
) -> None:
    """The archive and the key alone prove the chain: re-MAC and re-hash with nothing but hmac."""
    with committed(scratch_database) as session:
        trail = make_trail(session, now)
    capsys.readouterr()
    assert main(["export", "audit", "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [event["seq"] for event in events] == list(range(1, trail.at(5)))
    previous = audit.GENESIS_HASH

    def keyed(label: bytes, body: str) -> str:
        return hmac.new(chain_key, label + body.encode("utf-8"), hashlib.sha256).hexdigest()

    def body(fields: dict[str, object]) -> str:
        return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    content = ("nonce", "occurred_at", "actor", "action", "entity_type", "entity_id")
    for event in events:
        fields = {key: value for key, value in event.items() if key != "hash"}
        assert event["prev_hash"] == previous
        assert keyed(b"cmsbot audit chain\n", previous + body(fields)) == event["hash"]
        written = {key: event[key] for key in (*content, "before", "after")}
        assert keyed(b"cmsbot audit event\n", body(written)) == event["mac"]
        previous = event["hash"]
    assert events[trail.at(3) - 1]["after"]["amount"] == "250000.00"


def test_cli_export_audit_csv_has_one_row_per_event(
    scratch_database: str, now: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    with committed(scratch_database) as session:
        trail = make_trail(session, now)
    capsys.readouterr()
    assert main(["export", "audit", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(row["seq"], row["entity_type"], row["action"]) for row in rows[trail.base :]] == [
        (str(trail.at(1)), "interactions", "create"),
        (str(trail.at(2)), "interactions", "create"),
        (str(trail.at(3)), "claims", "create"),
        (str(trail.at(4)), "interactions", "update"),
    ]
    assert json.loads(rows[trail.at(4) - 1]["before"])["notes"] == "called about the trust"
    assert rows[trail.at(1) - 1]["before"] == ""


def test_cli_export_audit_seals_what_waits_for_the_sealer(
    scratch_database: str, now: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    with committed(scratch_database) as session:
        trail = make_trail(session, now)
        rep_id = make_rep(session).id  # one more event, committed but not sealed
    capsys.readouterr()
    assert main(["export", "audit", "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [(e["seq"], e["entity_type"], e["entity_id"]) for e in events[-1:]] == [
        (trail.at(5), "reps", str(rep_id))
    ]


# --- nothing the app does deletes these records --------------------------------------------

DELETES_A_RECORD = re.compile(
    r"delete\(\s*(Interaction|Claim|AuditEvent|AuditSeal|AuditHead)\b"
    r"|DELETE\s+FROM\s+(interactions|claims|audit_events|audit_seals|audit_head)\b",
    re.IGNORECASE,
)


def test_app_code_never_deletes_interactions_claims_or_audit_events() -> None:
    root = Path(__file__).resolve().parents[2]
    offenders = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for package in ("bot", "handlers", "storage")
        for path in sorted((root / package).rglob("*.py"))
        if "migrations" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if DELETES_A_RECORD.search(line)
    ]
    assert offenders == []

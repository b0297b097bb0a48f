"""Every tamper class of issue 17, and every audited table changed behind the app, is caught.

The records are made through the services (or the factories, which audit
what they make as the app would); the tampering is raw SQL
(``tests.audit_tampering``). Each expectation is the whole list of breaks, so
the setting itself never shows as tampering. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from bot import audit
from bot.audit.verify import NOT_WRITTEN_BY_THE_APP, verify
from bot.cadence.policy import set_override, set_policy
from bot.cadence.snoozes import snooze_client
from bot.reports.bonus_plans import parse_plan, set_plan
from storage.models import AuditEvent, BonusPlan, CadencePolicy
from tests.audit.test_audit import chain_key, make_trail  # noqa: F401  (chain_key: autouse fixture)
from tests.audit_tampering import (
    allow_tampering,
    append_forged,
    delete_at,
    inflate_with_the_key,
    move_head,
    rehash_from,
    seal_at,
    set_after,
)
from tests.claims_cast import add_activity
from tests.factories import make_client, make_delegate, make_household, make_initiative, make_rep


def breaks(session: Session) -> list[str]:
    return [str(found) for found in verify(session)]


# --- forged, inserted, swapped, cut, re-hashed -------------------------------------------


def test_forged_event_with_a_valid_unkeyed_hash_fails_verify(
    session: Session, now: datetime
) -> None:
    """Someone who can INSERT forges an edit of a contact and its event, and moves the head."""
    trail = make_trail(session, now)
    forged = dict(audit.snapshot(trail.first), notes="never called")
    session.execute(
        text("UPDATE interactions SET notes = 'never called' WHERE id = :id"),
        {"id": trail.first.id},
    )
    seq = append_forged(
        session, now=now, entity_type="interactions", entity_id=str(trail.first.id), after=forged
    )
    assert breaks(session) == [f"event #{seq}: hash does not match its content (edited?)"]


def test_forged_event_left_for_the_sealer_fails_its_mac(session: Session, now: datetime) -> None:
    """An event inserted without a seal is sealed like any other, and named by its MAC."""
    trail = make_trail(session, now)
    fields = {
        "nonce": uuid.uuid4().hex,
        "occurred_at": now,
        "actor": "UFORGER",
        "action": "update",
        "entity_type": "interactions",
        "entity_id": str(trail.first.id),
        "before": None,
        "after": dict(audit.snapshot(trail.first), notes="never called"),
    }
    unkeyed = hashlib.sha256(audit.canonical(fields).encode()).hexdigest()
    session.execute(insert(AuditEvent.__table__).values(**fields, mac=unkeyed))
    session.execute(
        text("UPDATE interactions SET notes = 'never called' WHERE id = :id"),
        {"id": trail.first.id},
    )
    assert breaks(session) == [f"event #{trail.at(5)}: {NOT_WRITTEN_BY_THE_APP}"]


def test_event_inserted_into_the_middle_of_the_chain_is_named(
    session: Session, now: datetime
) -> None:
    trail = make_trail(session, now)
    allow_tampering(session)
    k = trail.at(2)
    session.execute(text("UPDATE audit_seals SET seq = seq + 1000 WHERE seq >= :k"), {"k": k})
    session.execute(text("UPDATE audit_seals SET seq = seq - 999 WHERE seq > 1000"))
    event_id = session.execute(
        insert(AuditEvent.__table__)
        .values(
            nonce=uuid.uuid4().hex,
            occurred_at=now,
            actor="UFORGER",
            action="probe",
            entity_type="probe",
            entity_id="1",
            mac="0" * 64,
        )
        .returning(AuditEvent.__table__.c.id)
    ).scalar_one()
    session.execute(
        text(
            "INSERT INTO audit_seals (seq, event_id, prev_hash, hash, sealed_at) "
            "VALUES (:k, :event, :prev, :hash, :at)"
        ),
        {"k": k, "event": event_id, "prev": "f" * 64, "hash": "e" * 64, "at": now},
    )
    move_head(session, trail.at(5))
    assert breaks(session)[0].startswith(
        f"event #{k}: does not follow on from event #{trail.at(1)}'s hash"
    )


def test_two_events_swapped_under_their_seals_are_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    allow_tampering(session)
    a, b = seal_at(session, trail.at(1)).event_id, seal_at(session, trail.at(2)).event_id
    session.execute(text("UPDATE audit_seals SET event_id = -1 WHERE event_id = :a"), {"a": a})
    session.execute(
        text("UPDATE audit_seals SET event_id = :a WHERE event_id = :b"), {"a": a, "b": b}
    )
    session.execute(text("UPDATE audit_seals SET event_id = :b WHERE event_id = -1"), {"b": b})
    assert breaks(session)[0] == f"event #{trail.at(1)}: hash does not match its content (edited?)"


def test_tail_cut_with_the_head_moved_back_is_named_by_the_state(
    session: Session, now: datetime
) -> None:
    """The chain then ends cleanly at #3; contact A no longer matches its last event."""
    trail = make_trail(session, now)
    allow_tampering(session)
    delete_at(session, trail.at(4))
    move_head(session, trail.at(3))
    assert breaks(session) == [
        f"interactions {trail.first.id}: current state differs from its last audit event "
        f"(#{trail.at(1)}) in notes"
    ]


def test_tail_cut_without_moving_the_head_is_named(session: Session, now: datetime) -> None:
    trail = make_trail(session, now)
    allow_tampering(session)
    delete_at(session, trail.at(4))
    assert breaks(session)[0] == f"event #{trail.at(4)}: missing (deleted?)"


def test_event_edited_and_the_rest_rehashed_without_the_key_is_named(
    session: Session, now: datetime
) -> None:
    trail = make_trail(session, now)
    allow_tampering(session)
    set_after(session, trail.at(2), dict(audit.snapshot(trail.second), notes="no lunch"))
    session.execute(
        text("UPDATE interactions SET notes = 'no lunch' WHERE id = :id"), {"id": trail.second.id}
    )
    rehash_from(session, trail.at(2), key=None)
    assert breaks(session) == [
        f"event #{trail.at(k)}: hash does not match its content (edited?)" for k in (2, 3, 4)
    ]


def test_claim_amount_changed_in_its_row_and_its_event_is_named(
    session: Session, now: datetime
) -> None:
    """Multiplied by ten in both places: the row matches the event, the event not its hash."""
    trail = make_trail(session, now)
    allow_tampering(session)
    session.execute(
        text("UPDATE claims SET amount = amount * 10 WHERE id = :id"), {"id": trail.claim.id}
    )
    set_after(session, trail.at(3), dict(audit.snapshot(trail.claim), amount="2500000.00"))
    assert breaks(session) == [f"event #{trail.at(3)}: hash does not match its content (edited?)"]


def test_chain_rewritten_with_the_key_verifies_on_its_own(
    session: Session,
    now: datetime,
    chain_key: bytes,  # noqa: F811
) -> None:
    """The limit of the chain alone: an insider with the key. Checkpoints catch this one
    (``test_audit_checkpoints``)."""
    trail = make_trail(session, now)
    allow_tampering(session)
    inflate_with_the_key(session, trail.claim, trail.at(3), chain_key)
    assert breaks(session) == []


# --- every audited table, changed behind the app --------------------------------------------


@dataclass
class Setting:
    """One of each audited record, made by the app (or the factories, which audit alike)."""

    rep: int
    admin: int
    client: int
    coverage: int
    household: int
    initiative: int
    booking: int
    plan: int
    policy: int
    default_policy: int
    snooze: int


def make_setting(session: Session, now: datetime) -> Setting:
    admin = make_rep(session, "UADMIN", roles=("admin",))
    rep = make_rep(session, "UREP", roles=("rep",))
    assistant = make_rep(session, "UASSIST", roles=("assistant",))
    make_delegate(session, rep=rep, assistant=assistant)
    household = make_household(session, "Smith family")
    client = make_client(session, "Jane Smith", covered_by=[rep], household="Smith family")
    initiative = make_initiative(session, "golf")
    booking = add_activity(session, reference="TX-1", now=now)
    plan, _replaced = set_plan(
        session,
        actor=admin,
        draft=parse_plan("from 2027-01-01 bands 0-10m:5 10m-50m:8 50m+:10 mandate 100"),
        now=now,
    )
    policy = set_policy(session, actor=admin, tier="HNW", max_days=30, min_days=5, now=now)
    set_override(session, actor=admin, client=client, max_days=20, min_days=2, now=now)
    snooze = snooze_client(session, actor=rep, client_id=client.id, days=7, now=now)
    default = session.query(CadencePolicy).filter_by(tier="*").one()
    coverage = session.execute(
        text("SELECT id FROM coverage WHERE client_id = :c"), {"c": client.id}
    ).scalar_one()
    assert isinstance(plan, BonusPlan)
    return Setting(
        rep=rep.id,
        admin=admin.id,
        client=client.id,
        coverage=coverage,
        household=household.id,
        initiative=initiative.id,
        booking=booking.id,
        plan=plan.id,
        policy=policy.id,
        default_policy=default.id,
        snooze=snooze.id,
    )


def test_the_setting_verifies(session: Session, now: datetime) -> None:
    make_setting(session, now)
    assert breaks(session) == []


DIFFERS = "current state differs from its last audit event"
NO_EVENT = "no audit event records it (written behind the app's back?)"

CHANGES = [
    # (what, statement, subject, what verify says after the subject)
    (
        "role granted",
        "INSERT INTO rep_roles (rep_id, role) VALUES ({rep}, 'admin')",
        "reps {rep}",
        "roles",
    ),
    ("role revoked", "DELETE FROM rep_roles WHERE rep_id = {admin}", "reps {admin}", "roles"),
    (
        "manager set",
        "UPDATE reps SET manager_id = {admin} WHERE id = {rep}",
        "reps {rep}",
        "manager_id",
    ),
    (
        "rep inserted",
        "INSERT INTO reps (slack_user_id, name, timezone, locale, active, created_at, updated_at) SELECT 'UEVIL', 'Evil', timezone, locale, active, created_at, updated_at FROM reps WHERE id = {rep}",
        None,
        NO_EVENT,
    ),
    (
        "coverage role",
        "UPDATE coverage SET role = 'secondary' WHERE id = {coverage}",
        "coverage {coverage}",
        "role",
    ),
    (
        "coverage ended",
        "UPDATE coverage SET ended_at = started_at WHERE id = {coverage}",
        "coverage {coverage}",
        "ended_at",
    ),
    (
        "coverage inserted",
        "INSERT INTO coverage (client_id, rep_id, role, started_at) SELECT client_id, {admin}, 'secondary', started_at FROM coverage WHERE id = {coverage}",
        None,
        NO_EVENT,
    ),
    (
        "delegate removed",
        "DELETE FROM delegates",
        "delegates {rep}:",
        "deleted behind the app's back",
    ),
    (
        "delegate added",
        "INSERT INTO delegates (rep_id, assistant_id, created_at) SELECT {admin}, assistant_id, created_at FROM delegates",
        "delegates {admin}:",
        NO_EVENT,
    ),
    (
        "client tier",
        "UPDATE clients SET tier = 'UHNW' WHERE id = {client}",
        "clients {client}",
        "tier",
    ),
    (
        "client account",
        "INSERT INTO client_accounts (client_id, account) VALUES ({client}, 'ACC-EVIL')",
        "clients {client}",
        "accounts",
    ),
    # Twice: the household's row, and the client whose state names its household.
    (
        "household renamed",
        "UPDATE households SET name = 'Jones family' WHERE id = {household}",
        "households {household}",
        "name",
    ),
    (
        "booking amount",
        "UPDATE account_activity SET amount = amount * 10 WHERE id = {booking}",
        "account_activity {booking}",
        "amount",
    ),
    (
        "booking inserted",
        "INSERT INTO account_activity (account, booked_on, amount, currency, type, reference, imported_at) SELECT account, booked_on, amount, currency, type, 'TX-EVIL', imported_at FROM account_activity WHERE id = {booking}",
        None,
        NO_EVENT,
    ),
    (
        "booking deleted",
        "DELETE FROM account_activity WHERE id = {booking}",
        "account_activity {booking}",
        "deleted behind the app's back",
    ),
    (
        "bonus band",
        "UPDATE bonus_bands SET rate_bp = 99 WHERE plan_id = {plan} AND lower = 0",
        "bonus_plans {plan}",
        "bands",
    ),
    (
        "bonus band removed",
        "DELETE FROM bonus_bands WHERE plan_id = {plan} AND upper IS NULL",
        "bonus_plans {plan}",
        "bands",
    ),
    (
        "bonus plan rate",
        "UPDATE bonus_plans SET mandate_rate_bp = 1 WHERE id = {plan}",
        "bonus_plans {plan}",
        "mandate_rate_bp",
    ),
    (
        "tier policy",
        "UPDATE cadence_policies SET max_days = 365 WHERE id = {policy}",
        "cadence_policies {policy}",
        "max_days",
    ),
    (
        "default policy",
        "UPDATE cadence_policies SET max_days = 365 WHERE id = {default_policy}",
        "cadence_policies {default_policy}",
        NO_EVENT,
    ),
    (
        "override",
        "UPDATE cadence_overrides SET min_days = 0 WHERE client_id = {client}",
        "cadence_overrides {client}",
        "min_days",
    ),
    (
        "override removed",
        "DELETE FROM cadence_overrides WHERE client_id = {client}",
        "cadence_overrides {client}",
        "deleted behind the app's back",
    ),
    (
        "initiative cost",
        "UPDATE initiatives SET cost = 1 WHERE id = {initiative}",
        "initiatives {initiative}",
        "cost",
    ),
    (
        "snooze ended",
        "UPDATE snoozes SET ended_at = created_at WHERE id = {snooze}",
        "snoozes {snooze}",
        "ended_at",
    ),
    (
        "snooze deleted",
        "DELETE FROM snoozes WHERE id = {snooze}",
        "snoozes {snooze}",
        "deleted behind the app's back",
    ),
    (
        "snooze inserted",
        "INSERT INTO snoozes (rep_id, client_id, created_at, until, ended_at) SELECT {admin}, client_id, created_at, until, NULL FROM snoozes WHERE id = {snooze}",
        None,
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(
    ("statement", "subject", "says"),
    [pytest.param(statement, subject, says, id=what) for what, statement, subject, says in CHANGES],
)
def test_every_audited_table_changed_behind_the_app_is_named(
    session: Session, now: datetime, statement: str, subject: str | None, says: str
) -> None:
    ids = make_setting(session, now).__dict__
    session.execute(text(statement.format(**ids)))
    found = breaks(session)
    assert len(found) == (2 if "households" in statement else 1), found
    if "households" in statement:
        assert found[1].startswith(f"clients {ids['client']}: {DIFFERS}")
        assert found[1].endswith("in household")
    named = found[0]
    if subject is not None:
        assert named.startswith(subject.format(**ids))
    assert says in named


def test_a_change_the_app_made_after_the_setting_still_verifies(
    session: Session, now: datetime
) -> None:
    """The replay follows updates and deletes the app records (a plan re-set, a policy cleared)."""
    from bot.cadence.policy import clear_override, clear_policy
    from storage.models import Client, Rep

    ids = make_setting(session, now)
    admin = session.get(Rep, ids.admin)
    client = session.get(Client, ids.client)
    assert admin is not None and client is not None
    set_plan(
        session,
        actor=admin,
        draft=parse_plan("from 2027-01-01 bands 0-5m:4 5m+:9 mandate 50"),
        now=now,
    )
    clear_policy(session, actor=admin, tier="HNW", now=now)
    clear_override(session, actor=admin, client=client, now=now)
    assert date(2027, 1, 1) > now.date()
    assert breaks(session) == []

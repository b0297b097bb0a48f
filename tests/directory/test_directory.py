"""The audited directory services: reps, roles, managers, clients, coverage, delegates."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import directory
from bot.audit.verify import verify
from bot.errors import InvalidInput, RepNotFound
from storage.models import AuditEvent, Client, Coverage, Delegate, Household
from tests.factories import SETTING, make_client, make_rep


def events(session: Session) -> list[tuple[str, str]]:
    rows = session.execute(
        select(AuditEvent.entity_type, AuditEvent.action)
        .where(AuditEvent.actor != SETTING)
        .order_by(AuditEvent.seq)
    )
    return [(entity_type, action) for entity_type, action in rows]


def upsert(session: Session, now: datetime, **overrides):  # type: ignore[no-untyped-def]
    values = {
        "slack_user_id": "U0ALICE",
        "name": "Alice Adviser",
        "email": "alice@example.com",
        "roles": ["rep"],
        "manager_slack_user_id": None,
        "timezone": "Europe/Zurich",
        "actor": "cli",
        "now": now,
    }
    return directory.upsert_rep(session, **{**values, **overrides})


def test_upsert_rep_creates_then_updates_then_is_unchanged_with_audit(
    session: Session, now: datetime
) -> None:
    created = upsert(session, now)
    assert created.status == "created" and created.row.roles == {"rep"}
    updated = upsert(session, now + timedelta(hours=1), roles=["rep", "manager"])
    assert updated.status == "updated" and updated.row.roles == {"rep", "manager"}
    assert updated.row.updated_at == now + timedelta(hours=1)
    assert upsert(session, now, roles=["manager", "rep"]).status == "unchanged"

    assert events(session) == [("reps", "create"), ("reps", "update")]
    update = session.scalars(select(AuditEvent).where(AuditEvent.action == "update")).one()
    assert update.before is not None and update.after is not None
    assert (update.before["roles"], update.after["roles"]) == (["rep"], ["manager", "rep"])
    assert verify(session) == []


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"roles": ["boss"]}, "unknown role 'boss'"),
        ({"roles": []}, "no role given"),
        ({"timezone": "Mars/Olympus"}, "unknown time zone 'Mars/Olympus'"),
        ({"name": "  "}, "name is empty"),
    ],
)
def test_upsert_rep_refuses_bad_values_saying_what_to_fix(
    session: Session, now: datetime, overrides: dict, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        upsert(session, now, **overrides)
    assert events(session) == []


def test_upsert_rep_with_unknown_manager_names_them(session: Session, now: datetime) -> None:
    with pytest.raises(RepNotFound, match="U0NOBODY"):
        upsert(session, now, manager_slack_user_id="U0NOBODY")


def test_set_manager_refuses_a_loop(session: Session, now: datetime) -> None:
    boss = make_rep(session, "U0BOSS", roles=("manager",))
    middle = make_rep(session, "U0MID", roles=("manager",), manager=boss)
    rep = make_rep(session, "U0REP", manager=middle)
    with pytest.raises(InvalidInput, match="loop"):
        directory.set_manager(session, rep=boss, manager=rep, actor="cli", now=now)
    with pytest.raises(InvalidInput, match="own manager"):
        directory.set_manager(session, rep=boss, manager=boss, actor="cli", now=now)
    change = directory.set_manager(session, rep=rep, manager=boss, actor="cli", now=now)
    assert change.status == "updated" and rep.manager_id == boss.id
    assert directory.set_manager(session, rep=rep, manager=boss, actor="cli", now=now).status == (
        "unchanged"
    )
    assert directory.set_manager(session, rep=rep, manager=None, actor="cli", now=now).changed


def test_grant_and_revoke_role_are_audited_and_idempotent(session: Session, now: datetime) -> None:
    rep = make_rep(session, "U0REP")
    assert directory.grant_role(session, rep=rep, role="Admin", actor="U0X", now=now).changed
    assert rep.roles == {"rep", "admin"}
    assert directory.grant_role(session, rep=rep, role="admin", actor="U0X", now=now).status == (
        "unchanged"
    )
    assert directory.revoke_role(session, rep=rep, role="admin", actor="U0X", now=now).changed
    assert rep.roles == {"rep"}
    assert directory.revoke_role(session, rep=rep, role="admin", actor="U0X", now=now).status == (
        "unchanged"
    )
    with pytest.raises(InvalidInput, match="unknown role"):
        directory.grant_role(session, rep=rep, role="king", actor="U0X", now=now)
    assert events(session) == [("reps", "update"), ("reps", "update")]


def client_values(now: datetime, **overrides):  # type: ignore[no-untyped-def]
    values = {
        "external_id": "C001",
        "name": "Zoë Müller",
        "kind": "client",
        "household": "Müller Family",
        "tier": "UHNW",
        "coverage": ["U0ALICE", "U0BOB"],
        "accounts": ["ACC-1", "ACC-2"],
        "actor": "cli",
        "now": now,
    }
    return {**values, **overrides}


def active_team(session: Session, client: Client) -> list[tuple[str, str]]:
    return directory.active_team(session, client)


def test_upsert_client_fills_search_name_household_accounts_and_coverage(
    session: Session, now: datetime
) -> None:
    make_rep(session, "U0ALICE")
    make_rep(session, "U0BOB")
    change = directory.upsert_client(session, **client_values(now))
    client = change.row
    assert change.status == "created"
    assert client.search_name == "zoe muller"
    assert session.get(Household, client.household_id).name == "Müller Family"  # type: ignore[union-attr]
    assert sorted(a.account for a in client.accounts) == ["ACC-1", "ACC-2"]
    assert active_team(session, client) == [("U0ALICE", "primary"), ("U0BOB", "secondary")]
    assert events(session) == [
        ("households", "create"),
        ("clients", "create"),
        ("coverage", "start_coverage"),
        ("coverage", "start_coverage"),
    ]
    assert directory.upsert_client(session, **client_values(now)).status == "unchanged"


def test_replacing_coverage_ends_old_rows_and_keeps_unchanged_started_at(
    session: Session, now: datetime
) -> None:
    for uid in ("U0ALICE", "U0BOB", "U0CARL"):
        make_rep(session, uid)
    client = directory.upsert_client(session, **client_values(now)).row
    later = now + timedelta(days=30)
    change = directory.upsert_client(
        session, **client_values(later, coverage=["U0ALICE", "U0CARL"], accounts=["ACC-2"])
    )
    assert change.status == "updated"
    rows = session.scalars(
        select(Coverage).where(Coverage.client_id == client.id).order_by(Coverage.id)
    ).all()
    history = [(row.rep.slack_user_id, row.role, row.started_at, row.ended_at) for row in rows]
    assert history == [
        ("U0ALICE", "primary", now, None),
        ("U0BOB", "secondary", now, later),
        ("U0CARL", "secondary", later, None),
    ]
    assert [a.account for a in client.accounts] == ["ACC-2"]


def test_account_owned_by_another_client_is_refused(session: Session, now: datetime) -> None:
    make_rep(session, "U0ALICE")
    make_rep(session, "U0BOB")
    make_client(session, "Other", external_id="C999", accounts=["ACC-1"])
    with pytest.raises(InvalidInput, match="ACC-1 already belongs to client C999"):
        directory.upsert_client(session, **client_values(now))


def test_upsert_client_with_unknown_rep_in_coverage_is_refused(
    session: Session, now: datetime
) -> None:
    make_rep(session, "U0ALICE")
    with pytest.raises(RepNotFound, match="U0BOB"):
        directory.upsert_client(session, **client_values(now))
    assert session.scalar(select(Client)) is None


def test_assign_primary_demotes_the_old_primary_and_remove_keeps_history(
    session: Session, now: datetime
) -> None:
    alice, bob = make_rep(session, "U0ALICE"), make_rep(session, "U0BOB")
    client = make_client(session, "Jane Smith", covered_by=[alice])
    change = directory.assign_coverage(
        session, client=client, rep=bob, role="primary", actor="U0ADMIN", now=now
    )
    assert change.status == "created" and change.row.role == "primary"
    assert active_team(session, client) == [("U0BOB", "primary"), ("U0ALICE", "secondary")]
    again = directory.assign_coverage(
        session, client=client, rep=bob, role="primary", actor="U0ADMIN", now=now
    )
    assert again.status == "unchanged"
    with pytest.raises(InvalidInput, match="unknown coverage role"):
        directory.assign_coverage(session, client=client, rep=bob, role="boss", actor="x", now=now)

    removed = directory.remove_coverage(session, client=client, rep=bob, actor="U0ADMIN", now=now)
    assert removed.status == "updated" and removed.row is not None
    assert removed.row.ended_at == now
    assert active_team(session, client) == [("U0ALICE", "secondary")]
    assert (
        directory.remove_coverage(session, client=client, rep=bob, actor="x", now=now).row is None
    )
    assert verify(session) == []


def test_delegates_need_the_assistant_role(session: Session, now: datetime) -> None:
    rep = make_rep(session, "U0REP")
    helper = make_rep(session, "U0HELP", roles=("rep",))
    with pytest.raises(InvalidInput, match="assistant role"):
        directory.add_delegate(session, rep=rep, assistant=helper, actor="x", now=now)
    directory.grant_role(session, rep=helper, role="assistant", actor="x", now=now)
    assert directory.add_delegate(session, rep=rep, assistant=helper, actor="x", now=now).changed
    assert not directory.add_delegate(
        session, rep=rep, assistant=helper, actor="x", now=now
    ).changed
    assert session.get(Delegate, (rep.id, helper.id)) is not None
    assert directory.remove_delegate(session, rep=rep, assistant=helper, actor="x", now=now).changed
    assert session.get(Delegate, (rep.id, helper.id)) is None
    assert events(session)[-2:] == [("delegates", "create"), ("delegates", "delete")]

"""The roles of issue #19 are set like the others, and the wall holds in the logging reply.

- ``cmsbot import reps`` reads ``marketing``, ``service``, ``compliance`` and
  ``banker`` in the ``roles`` column; ``/cms admin grant`` gives them over Slack.
- A wealth rep who logs right after a banker's contact is warned that the client
  was contacted (and when), not by whom: the banker's name is behind the wall.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audit.verify import verify
from bot.directory.rep_lookup import get_rep_by_slack_id
from bot.imports import import_csv
from storage.models import AuditEvent, CadenceOverride, Rep
from tests.databases import BACKENDS
from tests.factories import log_for, make_client, make_rep
from tests.world import World

REPS = """slack_user_id,name,email,roles,manager_slack_user_id,timezone
U0MIA,Mia Manager,,manager,,UTC
U0MARK,Mark Marketing,,marketing,,UTC
U0SAM,Sam Service,,service,U0MIA,UTC
U0CLEO,Cleo Compliance,,compliance,,UTC
U0BEA,Bea Banker,,banker;manager,,UTC
"""


def test_the_new_roles_are_imported_from_the_reps_csv(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    path = tmp_path / "reps.csv"
    path.write_text(REPS, encoding="utf-8")
    import_csv(session, kind="reps", path=path, now=now)
    roles = {rep.slack_user_id: rep.roles for rep in session.scalars(select(Rep))}
    assert roles == {
        "U0MIA": {"manager"},
        "U0MARK": {"marketing"},
        "U0SAM": {"service"},
        "U0CLEO": {"compliance"},
        "U0BEA": {"banker", "manager"},
    }
    assert verify(session) == []


def say(world: World, command: str, text: str, user_id: str) -> dict[str, Any]:
    world.standin.clear()
    sent = world.slack.command(command, text, user_id=user_id)
    assert sent.ok, sent.body
    return world.standin.wait_for("response_url").args


@pytest.mark.parametrize("world_backend", BACKENDS)
@pytest.mark.parametrize("role", ["marketing", "service", "compliance", "banker"])
def test_admin_grants_each_new_role_over_slack(world: World, role: str) -> None:
    with world.db() as session:
        make_rep(session, "U1", "Ada", roles=("admin",))
        make_rep(session, "U2", "Bob")
    reply = say(world, "/cms", f"admin grant <@U2|bob> {role}", "U1")
    assert reply["text"] == f"Granted the {role} role to <@U2>."
    with world.db() as session:
        assert get_rep_by_slack_id(session, "U2").has_role(role)


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_too_soon_after_a_banking_contact_names_the_day_not_the_banker(
    world: World, now: datetime
) -> None:
    with world.db() as session:
        rita = make_rep(session, "URITA", "Rita")
        bea = make_rep(session, "UBEA", "Beatrice Banker", roles=("banker",))
        jane = make_client(session, "Jane Wealth", covered_by=[rita, bea])
        session.add(CadenceOverride(client_id=jane.id, max_days=30, min_days=7, updated_at=now))
        two_days_ago = now - timedelta(days=2)
        notes = "NOTE-BANK-2718 mandate talk"
        log_for(
            session, bea, jane, at=two_days_ago, now=two_days_ago, channel="in_person", notes=notes
        )
    reply = say(world, "/logcontact", "Jane Wealth call today portfolio check", "URITA")
    shown = str(reply)
    assert "was contacted 1 day ago by the banking side" in shown, shown
    assert "Beatrice" not in shown and "NOTE-BANK" not in shown


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_a_compliance_read_of_a_household_is_one_audit_event_per_member(world: World) -> None:
    with world.db() as session:
        rita = make_rep(session, "URITA", "Rita")
        make_rep(session, "UCLEO", "Cleo", roles=("compliance",))
        jane = make_client(session, "Jane Castle", covered_by=[rita], household="Castle Family")
        john = make_client(session, "John Castle", covered_by=[rita], household="Castle Family")
    card = say(world, "/client", "Castle Family", "UCLEO")
    assert "Jane Castle" in str(card["blocks"]) and "John Castle" in str(card["blocks"])
    with world.db() as session:
        reads = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "read").order_by(AuditEvent.id)
        ).all()
        assert sorted((event.actor, event.entity_id) for event in reads) == sorted(
            [("UCLEO", str(jane.id)), ("UCLEO", str(john.id))]
        )
        assert verify(session) == []

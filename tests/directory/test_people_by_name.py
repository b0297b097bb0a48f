"""People by name: ``<@U…>``, ``@name``, a Slack user id or a unique name all reach the same
person wherever a command takes one; a name several people answer to is asked about."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy.orm import Session

from bot.directory.admin import parse, run
from bot.directory.rep_lookup import find_rep
from bot.errors import AmbiguousRep, RepNotFound
from storage.models import Delegate, Rep
from tests.directory.test_cms_admin import reply_to
from tests.factories import make_rep
from tests.world import World


@pytest.fixture
def people(session: Session) -> dict[str, Rep]:
    return {
        "admin": make_rep(session, "UADMIN1", "Ada Admin", roles=("admin",)),
        "oliver": make_rep(session, "UREP1", "Oliver Grant"),
        "olivia": make_rep(session, "UREP2", "Olivia Grant"),
        "pa": make_rep(session, "UPA1", "Paula Assist", roles=("assistant",)),
    }


@pytest.mark.parametrize(
    "typed",
    [
        "<@UREP1|oliver>",
        "<@UREP1>",
        "@UREP1",
        "UREP1",
        "urep1",
        "Oliver Grant",
        "oliver",
        "@oliver",
        "oliver.grant",
        "@oliver_grant",
        "Oliver G",
    ],
)
def test_every_way_of_naming_a_person_finds_them(
    session: Session, people: dict[str, Rep], typed: str
) -> None:
    assert find_rep(session, typed) is people["oliver"]


def test_a_name_several_people_answer_to_is_asked_about(
    session: Session, people: dict[str, Rep]
) -> None:
    with pytest.raises(AmbiguousRep) as asked:
        find_rep(session, "Oli")
    said = str(asked.value)
    assert "Oliver Grant (<@UREP1>)" in said and "Olivia Grant (<@UREP2>)" in said
    assert "Say which" in said


def test_admin_commands_take_people_by_name(
    session: Session, people: dict[str, Rep], now: datetime
) -> None:
    admin = people["admin"]
    said = run(session, actor=admin, command=parse("delegate Oliver @Paula"), now=now)
    assert "<@UREP1>" in said and "<@UPA1>" in said
    delegate = session.get(Delegate, (people["oliver"].id, people["pa"].id))
    assert delegate is not None
    run(session, actor=admin, command=parse('grant "Olivia Grant" manager'), now=now)
    assert people["olivia"].has_role("manager")
    with pytest.raises(AmbiguousRep):
        run(session, actor=admin, command=parse("manager Oli Ada"), now=now)


def test_an_unknown_name_says_how_to_name_someone(session: Session, people: dict[str, Rep]) -> None:
    with pytest.raises(RepNotFound, match="No one in the directory answers to 'Zed'"):
        find_rep(session, "Zed")


@pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])
def test_admin_over_slack_grants_by_name_and_asks_about_an_ambiguous_one(world: World) -> None:
    with world.db() as session:
        make_rep(session, "U1", "Ada", roles=("admin",))
        make_rep(session, "U2", "Bob Stone")
        make_rep(session, "U3", "Bobby Tan")
    reply = reply_to(world, "admin grant @bob.stone controller", "U1")
    assert reply["text"] == "Granted the controller role to <@U2>."
    asked = reply_to(world, "admin grant Bob controller", "U1")["text"]
    assert "Bob Stone (<@U2>)" in asked and "Bobby Tan (<@U3>)" in asked
    with world.db() as session:
        assert not find_rep(session, "U3").has_role("controller")

"""A household-wide cadence over signed HTTP: one member's contact clears the others' nudges.

The world's clock reads Wed 18 Nov 2026 15:00 UTC: 10:00 in New York, where
Rita is. She covers Alice and Rania Castellane (one household, both HNW and
never contacted since 2025), and Bea Brown (no household). An admin sets HNW's
cadence with ``/cms cadence HNW max 30 min 5 household`` (or per client, the
control). The nudge lists the household once; after Rita logs a call with
Rania, the next morning's nudge leaves the whole household out, where the
per-client cadence still lists Alice.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.cadence.nudges import run_tick
from handlers.blocks.nudges import ROW_BLOCK
from tests.factories import make_client, make_rep
from tests.world import World

LONG_AGO = datetime(2025, 6, 2, tzinfo=UTC)


@pytest.fixture
def family(world: World) -> dict[str, int]:
    with world.db() as session:
        rita = make_rep(session, "U1", "Rita", timezone="America/New_York")
        boss = make_rep(session, "UADM", "Ada", roles=("admin",))
        for rep in (rita, boss):
            world.standin.add_user(rep.slack_user_id, rep.name, tz=rep.timezone)
            rep.profile_refreshed_at = world.clock()
        made = {
            name: make_client(
                session,
                name,
                covered_by=[rita],
                household=None if name == "Bea Brown" else "Castellane family",
                covered_since=LONG_AGO,
            ).id
            for name in ("Alice Castellane", "Rania Castellane", "Bea Brown")
        }
        return made


def rows_of(message: Any) -> list[int]:
    return [
        int(b["block_id"][len(ROW_BLOCK) :])
        for b in message.blocks
        if str(b.get("block_id", "")).startswith(ROW_BLOCK)
    ]


def tick(world: World) -> list[Any]:
    run_tick(world.cms.deps, now=world.clock(), pace=0)
    return world.standin.messages_in("U1")


@pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize("scope", ["household", "per-client"])
def test_one_members_contact_clears_the_households_nudge(
    world: World, family: dict[str, int], scope: str
) -> None:
    set_it = world.slack.command("/cms", f"cadence HNW max 30 min 5 {scope}", user_id="UADM")
    assert set_it.ok, set_it.body
    said = world.standin.wait_for("response_url").args["text"]
    assert said.startswith("Cadence for *HNW* is now max 30 days, min 5 days (3 clients")
    assert ("Household-wide" in said) == (scope == "household")
    world.standin.clear()

    [first] = tick(world)
    alice, rania, bea = (family[n] for n in ("Alice Castellane", "Rania Castellane", "Bea Brown"))
    if scope == "household":
        # The household once (its most overdue member; equal, so the first by name), and Bea.
        assert rows_of(first) == [alice, bea]
    else:
        assert rows_of(first) == [alice, bea, rania]

    logged = world.slack.command(
        "/logcontact", "Rania Castellane phone today about the trust", user_id="U1"
    )
    assert logged.ok, logged.body
    reply = world.standin.wait_for("response_url").args
    assert "Logged phone contact with Rania Castellane" in reply["text"]

    world.clock.set(world.clock() + timedelta(days=1))  # Thursday, 10:00 in New York
    second = tick(world)[-1]
    assert second is not first
    if scope == "household":
        assert rows_of(second) == [bea]
    else:
        assert rows_of(second) == [alice, bea]


def test_too_often_counts_the_whole_household(world: World, family: dict[str, int]) -> None:
    world.slack.command("/cms", "cadence HNW max 30 min 5 household", user_id="UADM")
    world.standin.wait_for("response_url")
    world.slack.command("/logcontact", "Rania Castellane phone yesterday", user_id="U1")
    world.standin.wait_for("response_url", count=2)  # Rania's recorded before Alice is typed
    world.slack.command("/logcontact", "Alice Castellane met today for lunch", user_id="U1")
    warned = world.standin.wait_for("response_url", count=3).args
    text = " ".join(str(b) for b in warned["blocks"])
    assert "Rania Castellane, of Alice Castellane's household, was contacted" in text
    assert "by Rita — the household's cadence" in text
    assert "at least 5 days between contacts with any member" in text


def test_the_nudge_row_of_a_member_opens_the_household_card(
    world: World, family: dict[str, int]
) -> None:
    [message] = tick(world)
    alice, bea = family["Alice Castellane"], family["Bea Brown"]
    actions = {
        b["block_id"]: [e["action_id"] for e in b["elements"]]
        for b in message.blocks
        if b["type"] == "actions"
    }
    [household] = [a for a in actions[f"nudge_actions:{alice}"] if a.startswith("client_household")]
    assert not any(a.startswith("client_household") for a in actions[f"nudge_actions:{bea}"])
    value = household.split(":", 1)[1]
    clicked = world.slack.block_action("U1", household, value=value, message=message)
    assert clicked.ok, clicked.body
    card = world.standin.wait_for("response_url").args
    assert card["blocks"][0]["text"]["text"] == "Castellane family (household)"

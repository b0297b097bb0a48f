"""The nudge end to end: the DM's buttons, the Home tab and ``/cms cadence`` through signed HTTP.

The world's clock reads Wed 18 Nov 2026 15:00 UTC: 10:00 in New York.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.cadence.nudges import run_tick
from bot.directory.access import NOT_YOURS
from handlers import ids
from storage.models import AuditEvent, CadenceOverride, CadencePolicy, Snooze
from tests.factories import make_client, make_rep
from tests.world import World

LONG_AGO = datetime(2025, 6, 2, tzinfo=UTC)
BOTH_BACKENDS = pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])


@pytest.fixture
def book(world: World) -> dict[str, int]:
    """Rita (New York) covers two long-neglected clients; Otto covers Olga."""
    with world.db() as session:
        rita = make_rep(session, "U1", "Rita", timezone="America/New_York")
        otto = make_rep(session, "U2", "Otto", timezone="America/New_York")
        boss = make_rep(session, "UADM", "Ada", roles=("admin",))
        for rep in (rita, otto, boss):
            world.standin.add_user(rep.slack_user_id, rep.name, tz=rep.timezone)
            rep.profile_refreshed_at = world.clock()
        jane = make_client(session, "Jane Smith", covered_by=[rita], covered_since=LONG_AGO)
        john = make_client(
            session, "John Brown", covered_by=[rita], covered_since=LONG_AGO + timedelta(days=9)
        )
        olga = make_client(session, "Olga Other", covered_by=[otto], covered_since=LONG_AGO)
        return {"jane": jane.id, "john": john.id, "olga": olga.id}


def nudge(world: World) -> Any:
    run_tick(world.cms.deps, now=world.clock(), pace=0)
    return world.standin.messages_in("U1")[-1]


def snooze_option(client_id: int, days: int) -> dict[str, Any]:
    return {
        "text": {"type": "plain_text", "text": f"Snooze {days} days"},
        "value": f"{client_id}:{days}",
    }


def test_the_nudges_log_contact_button_opens_the_form_for_that_client(
    world: World, book: dict[str, int]
) -> None:
    message = nudge(world)
    reply = world.slack.block_action(
        "U1", ids.LOG_OPEN_FORM, value=f"{book['jane']}:nudge", message=message
    )
    assert reply.ok, reply.body
    view = world.standin.wait_for("views.open").response["view"]
    client = next(b for b in view["blocks"] if b.get("block_id") == ids.BLOCK_CLIENT)
    assert client["element"]["initial_option"]["value"] == str(book["jane"])


@BOTH_BACKENDS
def test_snoozing_from_the_nudge_records_it_and_marks_the_row_in_place(
    world: World, book: dict[str, int]
) -> None:
    message = nudge(world)
    reply = world.slack.block_action(
        "U1", ids.NUDGE_SNOOZE, selected_option=snooze_option(book["jane"], 14), message=message
    )
    assert reply.ok, reply.body
    world.standin.wait_for("response_url", {"replace_original": True})
    with world.db() as session:
        snooze = session.scalars(select(Snooze)).one()
        assert snooze.client_id == book["jane"]
        assert snooze.until == world.clock() + timedelta(days=14)
        assert (
            session.scalar(select(AuditEvent.entity_type).order_by(AuditEvent.seq.desc()))
            == "snoozes"
        )
    edited = world.standin.messages_in("U1")[-1]
    assert ":zzz: Snoozed until Wed 2 Dec 2026." in str(edited.blocks)
    assert f"nudge_actions:{book['john']}" in str(edited.blocks)  # John's buttons stay
    world.clock.set(world.clock() + timedelta(days=1))
    tomorrow = nudge(world)
    assert "Jane Smith" not in str(tomorrow.blocks) and "John Brown" in str(tomorrow.blocks)


@BOTH_BACKENDS
def test_a_forged_snooze_for_someone_elses_client_is_refused(
    world: World, book: dict[str, int]
) -> None:
    message = nudge(world)
    world.slack.block_action(
        "U1", ids.NUDGE_SNOOZE, selected_option=snooze_option(book["olga"], 7), message=message
    )
    refusal = world.standin.wait_for("response_url")
    assert NOT_YOURS in refusal.args["text"]
    assert "Olga" not in refusal.args["text"]
    with world.db() as session:
        assert session.scalars(select(Snooze)).all() == []


def test_a_mangled_snooze_value_is_refused_plainly(world: World, book: dict[str, int]) -> None:
    message = nudge(world)
    world.slack.block_action(
        "U1",
        ids.NUDGE_SNOOZE,
        selected_option={"text": {"type": "plain_text", "text": "x"}, "value": "jane:forever"},
        message=message,
    )
    refusal = world.standin.wait_for("response_url")
    assert "no longer works" in refusal.args["text"]


def test_the_home_tab_lists_every_due_client_with_the_same_buttons(
    world: World, book: dict[str, int]
) -> None:
    assert world.slack.app_home_opened("U1").ok
    home = world.standin.wait_for("views.publish", {"user_id": "U1"}).args["view"]
    text = str(home["blocks"])
    assert "Clients needing a contact" in text
    assert text.index("Jane Smith") < text.index("John Brown")  # most overdue first
    actions = [b for b in home["blocks"] if b.get("block_id", "").startswith("nudge_actions:")]
    clients = [b["block_id"].split(":")[1] for b in actions]
    assert [b["elements"][0]["action_id"] for b in actions] == [
        ids.keyed(ids.LOG_OPEN_FORM, c) for c in clients
    ]
    assert [b["elements"][1]["action_id"] for b in actions] == [
        ids.keyed(ids.NUDGE_SNOOZE, c) for c in clients
    ]


def test_snoozing_from_the_home_tab_publishes_it_again_without_the_client(
    world: World, book: dict[str, int]
) -> None:
    world.slack.app_home_opened("U1")
    home = world.standin.wait_for("views.publish", {"user_id": "U1"}).response["view"]
    world.slack.block_action(
        "U1", ids.NUDGE_SNOOZE, selected_option=snooze_option(book["john"], 30), view=home
    )
    again = world.standin.wait_for("views.publish", {"user_id": "U1"}, count=2).args["view"]
    assert "John Brown" not in str(again["blocks"]) and "Jane Smith" in str(again["blocks"])


def test_cms_cadence_lists_and_an_admin_sets_policies(world: World, book: dict[str, int]) -> None:
    reply = world.slack.command("/cms", "cadence HNW max 30 min 5", user_id="UADM")
    assert reply.ok
    said = world.standin.wait_for("response_url").args["text"]
    assert said == "Cadence for *HNW* is now max 30 days, min 5 days (3 clients in that tier)."
    world.slack.command("/cms", "cadence client Jane Smith max 600 min 2", user_id="UADM")
    said = world.standin.wait_for("response_url", count=2).args["text"]
    assert "Cadence for *Jane Smith* is now max 600 days, min 2 days" in said
    world.slack.command("/cms", "cadence", user_id="U1")
    listing = world.standin.wait_for("response_url", count=3).args["text"]
    assert "*firm-wide default* (`*`): max 90 days, min 3 days" in listing
    assert "*HNW*: max 30 days, min 5 days" in listing
    assert "Jane Smith (HNW): max 600 days, min 2 days" in listing
    with world.db() as session:
        assert (
            session.scalar(select(CadencePolicy.max_days).where(CadencePolicy.tier == "HNW")) == 30
        )
        assert session.get(CadenceOverride, book["jane"]) is not None
    message = nudge(world)
    assert "Jane Smith" not in str(message.blocks) and "John Brown" in str(message.blocks)


def test_only_admins_set_cadence_and_nothing_leaks_on_refusal(
    world: World, book: dict[str, int]
) -> None:
    world.slack.command("/cms", "cadence client Olga Other max 10 min 1", user_id="U1")
    refusal = world.standin.wait_for("response_url").args["text"]
    assert "needs the admin role" in refusal and "Olga" not in refusal
    with world.db() as session:
        assert session.scalars(select(CadenceOverride)).all() == []


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("cadence HNW max 5 min 5", "must be less than max"),
        ("cadence HNW max soon", "/cms cadence"),
        ("cadence * clear", "can be changed but not removed"),
        ("cadence client Nobody Here max 9 min 1", "No client is called Nobody Here"),
    ],
)
def test_bad_cadence_input_says_what_to_fix(
    world: World, book: dict[str, int], typed: str, says: str
) -> None:
    world.slack.command("/cms", typed, user_id="UADM")
    assert says in world.standin.wait_for("response_url").args["text"]

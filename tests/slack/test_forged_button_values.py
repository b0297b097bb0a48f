"""Every id that comes back from Slack is checked as if it had been typed, and reveals nothing.

The bot writes ids into button values, select options and a view's
``private_metadata``; Slack sends them back in signed payloads, but the
clicker controls what they click with (a copied message, a replayed payload,
a demo book's guessable key). So each kind is forged here by Rita, over
signed HTTP, naming what is Otto's: his client (Olga Other), his contact (its
key ``demo:DC-008:1``, its notes, date and deposit), his claim, Otto himself.
Each is refused and the refusal, like every other call the bot makes, names
none of it.

Slack: "the value … sent to your app when this button is clicked" and a
view's ``private_metadata`` come back verbatim in ``block_actions`` and
``view_submission`` payloads —
https://api.slack.com/reference/block-kit/block-elements#button,
https://api.slack.com/reference/surfaces/views; requests are verified by
signature only, which proves Slack sent them, not that the values are the
user's to use — https://api.slack.com/authentication/verifying-requests-from-slack.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.contacts import ContactDraft, log_contact
from bot.directory.access import NOT_YOURS
from bot.parsing import ClaimDraft
from handlers import ids
from handlers.blocks.contact_reply import Pending
from standin.blockkit_text import controls
from standin.sender import Reply, values_for
from storage.models import Claim, Interaction, Snooze
from tests.databases import BACKENDS
from tests.factories import make_client, make_rep
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)

NEUTRAL = NOT_YOURS
KEY = "demo:DC-008:1"
# What Otto's book holds that Rita must never see: his client's name, his Slack id,
# his contact's notes, date and claim amount.
SECRETS = ("Olga", "U2>", "SECRET-NOTE", "777,777", "777777", "Oct 2026", "2026-10-05")


@pytest.fixture
def otto(world: World) -> dict[str, int]:
    """Rita (U1) covers Jane Smith; Otto (U2) covers Olga Other, with a contact and a claim."""
    with world.db() as session:
        rita = make_rep(session, "U1", "Rita Rep", timezone="Europe/London")
        otto = make_rep(session, "U2", "Otto Other", timezone="Europe/London")
        for rep in (rita, otto):
            world.standin.add_user(rep.slack_user_id, rep.name, tz=rep.timezone)
        jane = make_client(session, "Jane Smith", covered_by=[rita])
        olga = make_client(session, "Olga Other", covered_by=[otto])
        deposit = ClaimDraft(kind="deposit", amount=Decimal("777777"), currency="USD")
        logged = log_contact(
            session,
            actor=otto,
            draft=ContactDraft(
                client_id=olga.id,
                occurred_at=datetime(2026, 10, 5, 11, 0, tzinfo=UTC),
                channel="in_person",
                notes="SECRET-NOTE: restructuring the family trust",
                claims=(deposit,),
                idempotency_key=KEY,
            ),
            now=datetime(2026, 10, 5, 12, 0, tzinfo=UTC),
        )
        return {
            "rita": rita.id,
            "otto": otto.id,
            "jane": jane.id,
            "olga": olga.id,
            "contact": logged.interaction.id,
            "claim": logged.claims[0].id,
        }


def reveals_nothing(world: World, *answers: Any) -> None:
    """Neither the answers nor any call the bot made since ``clear()`` names Otto's things."""
    seen = json.dumps([*answers, *(call.args for call in world.standin.calls)], ensure_ascii=False)
    for secret in SECRETS:
        assert secret not in seen, f"{secret!r} leaked: {seen[:2000]}"


def answer_to(world: World, sent: Reply) -> str:
    call = world.standin.wait_for("response_url", {"url": sent.response_url})
    return str(call.args["text"])


def click(world: World, action_id: str, value: str, **kwargs: Any) -> str:
    world.standin.clear()
    sent = world.slack.block_action("U1", action_id, value, **kwargs)
    assert sent.ok, sent.body
    return answer_to(world, sent)


def unchanged(world: World, otto: dict[str, int]) -> None:
    with world.db() as session:
        contact = session.get_one(Interaction, otto["contact"])
        assert (contact.deleted_at, contact.channel, contact.client_id) == (
            None,
            "in_person",
            otto["olga"],
        )
        assert session.get_one(Claim, otto["claim"]).status == "pending"
        assert session.scalar(select(func.count()).select_from(Interaction)) == 1
        assert session.scalars(select(Snooze)).all() == []


# -- client ids ------------------------------------------------------------------------


def test_a_forged_client_id_in_a_snooze_option_is_refused_unnamed(
    world: World, otto: dict[str, int]
) -> None:
    option = {"text": {"type": "plain_text", "text": "Snooze 7 days"}, "value": f"{otto['olga']}:7"}
    world.standin.clear()
    sent = world.slack.block_action("U1", ids.NUDGE_SNOOZE, selected_option=option)
    told = answer_to(world, sent)
    assert told == NEUTRAL
    reveals_nothing(world, told)
    unchanged(world, otto)


@pytest.mark.parametrize("suffix", ["", ":nudge"])
def test_a_forged_client_id_on_log_contact_opens_no_form_and_names_nobody(
    world: World, otto: dict[str, int], suffix: str
) -> None:
    told = click(world, ids.LOG_OPEN_FORM, f"{otto['olga']}{suffix}")
    assert told == NEUTRAL
    world.standin.assert_no_call("views.open")
    reveals_nothing(world, told)


def test_a_forged_client_id_on_show_more_shows_no_card(world: World, otto: dict[str, int]) -> None:
    told = click(world, ids.CLIENT_SHOW_MORE, str(otto["olga"]))
    assert told == NEUTRAL
    reveals_nothing(world, told)


def test_a_forged_client_id_in_a_pick_client_answer_records_nothing(
    world: World, otto: dict[str, int]
) -> None:
    pending = Pending(t="call this morning", at=world.clock().isoformat(), k="slash:forged-1")
    forged = Pending(**{**pending.__dict__, "c": otto["olga"]})
    told = click(world, ids.LOG_PICK_CLIENT, forged.encode())
    assert told == NEUTRAL
    reveals_nothing(world, told)
    unchanged(world, otto)


def test_a_forged_client_id_in_the_forms_picker_records_nothing(
    world: World, otto: dict[str, int]
) -> None:
    view = open_form(world)
    world.standin.clear()
    reply = world.slack.view_submission(
        "U1", view, answers={ids.ACTION_CLIENT: str(otto["olga"]), ids.ACTION_CHANNEL: "phone"}
    )
    assert reply.json is not None and reply.json["errors"] == {ids.BLOCK_CLIENT: NEUTRAL}
    reveals_nothing(world, reply.json)
    unchanged(world, otto)


# -- another rep's contact key -----------------------------------------------------------


@pytest.mark.parametrize("client", ["jane", "olga"])
def test_another_reps_contact_key_in_a_button_shows_nothing_of_that_contact(
    world: World, otto: dict[str, int], client: str
) -> None:
    """The demo book's keys are guessable; a replayed key used to show the contact it named."""
    forged = Pending(
        t="Jane Smith call", at=world.clock().isoformat(), k=KEY, c=otto[client], ch="phone"
    )
    told = click(world, ids.LOG_PICK_CHANNEL, forged.encode())
    assert told == NEUTRAL
    reveals_nothing(world, told)
    unchanged(world, otto)


def test_another_reps_form_view_id_shows_nothing_of_their_contact(
    world: World, otto: dict[str, int]
) -> None:
    """A new form's key is ``view:<view id>``: a submission naming another rep's view is theirs."""
    with world.db() as session:
        session.get_one(Interaction, otto["contact"]).idempotency_key = "view:VOTTO0001"
    view = open_form(world)
    world.standin.clear()
    values = values_for(view, {ids.ACTION_CLIENT: str(otto["jane"]), ids.ACTION_CHANNEL: "phone"})
    reply = world.slack.view_submission("U1", {**view, "id": "VOTTO0001"}, values)
    assert reply.json is not None and reply.json["errors"] == {ids.BLOCK_CLIENT: NEUTRAL}
    world.standin.assert_no_call("chat.postMessage")
    reveals_nothing(world, reply.json)
    unchanged(world, otto)


# -- rep ids -------------------------------------------------------------------------


def test_a_forged_owner_in_the_form_records_nothing_and_names_nobody(
    world: World, otto: dict[str, int]
) -> None:
    """Rita names no assistant: her form has no owner picker, so an owner in it is forged."""
    view = open_form(world)
    world.standin.clear()
    values = values_for(view, {ids.ACTION_CLIENT: str(otto["jane"]), ids.ACTION_CHANNEL: "phone"})
    values[ids.BLOCK_OWNER] = {
        ids.ACTION_OWNER: {"type": "static_select", "selected_option": {"value": str(otto["otto"])}}
    }
    reply = world.slack.view_submission("U1", view, values)
    assert reply.json is not None and reply.json["errors"] == {ids.BLOCK_CLIENT: NEUTRAL}
    reveals_nothing(world, reply.json)
    unchanged(world, otto)


# -- interaction ids -----------------------------------------------------------------


def test_a_forged_contact_id_on_edit_opens_no_form(world: World, otto: dict[str, int]) -> None:
    told = click(world, ids.LOG_EDIT, str(otto["contact"]))
    assert "Only the rep who logged this contact" in told
    world.standin.assert_no_call("views.open")
    reveals_nothing(world, told)


def test_a_forged_contact_id_on_undo_undoes_nothing(world: World, otto: dict[str, int]) -> None:
    told = click(world, ids.LOG_UNDO, str(otto["contact"]))
    assert "Only the rep who logged this contact" in told
    reveals_nothing(world, told)
    unchanged(world, otto)


def test_a_forged_contact_id_in_an_edit_forms_metadata_changes_nothing(
    world: World, otto: dict[str, int]
) -> None:
    view = rita_edit_form(world, otto)
    world.standin.clear()
    forged = {**view, "private_metadata": json.dumps({"interaction_id": otto["contact"]})}
    reply = world.slack.view_submission("U1", forged, answers={ids.ACTION_NOTES: "mine now"})
    assert reply.json is not None and reply.json["response_action"] == "errors"
    assert "Only the rep who logged this contact" in json.dumps(reply.json)
    reveals_nothing(world, reply.json)
    unchanged_but_ritas(world, otto)
    with world.db() as session:
        assert session.get_one(Interaction, otto["contact"]).notes.startswith("SECRET-NOTE")


def test_moving_ones_contact_to_a_forged_client_id_changes_nothing(
    world: World, otto: dict[str, int]
) -> None:
    view = rita_edit_form(world, otto)
    world.standin.clear()
    reply = world.slack.view_submission("U1", view, answers={ids.ACTION_CLIENT: str(otto["olga"])})
    assert reply.json is not None and reply.json["errors"] == {ids.BLOCK_CLIENT: NEUTRAL}
    reveals_nothing(world, reply.json)
    with world.db() as session:
        mine = session.scalars(select(Interaction).where(Interaction.id != otto["contact"])).one()
        assert mine.client_id == otto["jane"]
    unchanged_but_ritas(world, otto)


# -- claim ids -----------------------------------------------------------------------


def test_a_forged_claim_id_on_withdraw_withdraws_nothing(
    world: World, otto: dict[str, int]
) -> None:
    told = click(world, ids.CLAIM_WITHDRAW, str(otto["claim"]))
    assert "Only the rep whose claim it is" in told
    reveals_nothing(world, told)
    unchanged(world, otto)


@pytest.mark.parametrize("action_id", [ids.CLAIM_APPROVE, ids.CLAIM_REJECT])
def test_a_forged_claim_id_on_approve_or_reject_opens_no_form_for_a_non_controller(
    world: World, otto: dict[str, int], action_id: str
) -> None:
    told = click(world, action_id, str(otto["claim"]))
    assert "controller" in told
    world.standin.assert_no_call("views.open")
    reveals_nothing(world, told)
    unchanged(world, otto)


@pytest.mark.parametrize("callback_id", [ids.VIEW_CLAIM_APPROVE, ids.VIEW_CLAIM_REJECT])
def test_a_forged_claim_id_in_a_decision_forms_metadata_decides_nothing(
    world: World, otto: dict[str, int], callback_id: str
) -> None:
    world.standin.clear()
    view = {
        "id": "VFORGED01",
        "type": "modal",
        "callback_id": callback_id,
        "private_metadata": str(otto["claim"]),
        "blocks": [],
    }
    reply = world.slack.view_submission(
        "U1",
        view,
        {ids.BLOCK_REASON: {ids.ACTION_REASON: {"type": "plain_text_input", "value": "x"}}},
    )
    assert reply.json is not None and reply.json["response_action"] == "update"
    assert "controller" in json.dumps(reply.json)
    reveals_nothing(world, reply.json)
    unchanged(world, otto)


# -- the type-ahead ------------------------------------------------------------------


def test_the_client_picker_offers_none_of_another_reps_clients(
    world: World, otto: dict[str, int]
) -> None:
    world.standin.clear()
    reply = world.slack.options("U1", ids.ACTION_CLIENT, "Olga")
    assert reply.json == {"options": []}
    reveals_nothing(world, reply.json)


# -- helpers that open Rita's own forms ------------------------------------------------


def open_form(world: World) -> dict[str, Any]:
    opened = len(world.standin.calls_to("views.open"))
    assert world.slack.command("/logcontact", "", user_id="U1").ok
    return world.standin.wait_for("views.open", count=opened + 1).response["view"]


def rita_edit_form(world: World, otto: dict[str, int]) -> dict[str, Any]:
    """Rita logs a contact with Jane and opens its edit form."""
    sent = world.slack.command("/logcontact", "Jane Smith call this morning", user_id="U1")
    reply = world.standin.wait_for("response_url", {"url": sent.response_url}).args
    [edit] = [c for c in controls(reply["blocks"]) if c.label == "Edit"]
    opened = len(world.standin.calls_to("views.open"))
    world.slack.block_action("U1", ids.LOG_EDIT, str(edit.value), response_url=sent.response_url)
    return world.standin.wait_for("views.open", count=opened + 1).response["view"]


def unchanged_but_ritas(world: World, otto: dict[str, int]) -> None:
    with world.db() as session:
        contact = session.get_one(Interaction, otto["contact"])
        assert (contact.deleted_at, contact.client_id) == (None, otto["olga"])
        assert session.get_one(Claim, otto["claim"]).status == "pending"

"""The contact form end to end: signed requests in, Web API calls out, rows in the database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.directory.access import NOT_YOURS
from handlers import ids
from storage.models import AuditEvent, Claim, Interaction
from tests.factories import make_client, make_delegate, make_initiative, make_rep
from tests.world import World

# The world's clock reads Wed 18 Nov 2026 15:00 UTC: 10:00 in New York.


def open_form(world: World, user_id: str = "U1") -> dict[str, Any]:
    opened = len(world.standin.calls_to("views.open"))
    reply = world.slack.command("/logcontact", "", user_id=user_id)
    assert reply.ok, reply.body
    call = world.standin.wait_for("views.open", count=opened + 1)
    assert call.ok, call.response
    return call.response["view"]


def submit(world: World, view: dict[str, Any], user_id: str = "U1", **answers: Any) -> Any:
    return world.slack.view_submission(user_id, view, answers=answers)


@pytest.fixture
def book(world: World) -> dict[str, int]:
    """Rita (New York) covers Jane Smith; Otto covers Olga Other."""
    with world.db() as session:
        rita = make_rep(session, "U1", "Rita", timezone="America/New_York")
        otto = make_rep(session, "U2", "Otto")
        jane = make_client(session, "Jane Smith", covered_by=[rita], accounts=["ACC-1"])
        olga = make_client(session, "Olga Other", covered_by=[otto])
        make_initiative(session, "symphony-night", name="Symphony Night")
        return {"rita": rita.id, "otto": otto.id, "jane": jane.id, "olga": olga.id}


def test_logcontact_without_text_opens_the_form_dated_now_in_the_reps_zone(
    world: World, book: dict[str, int]
) -> None:
    view = open_form(world)
    assert view["callback_id"] == ids.VIEW_LOG_CONTACT
    elements = {b["block_id"]: b.get("element", {}) for b in view["blocks"]}
    assert elements[ids.BLOCK_DATE]["initial_date"] == "2026-11-18"
    assert elements[ids.BLOCK_TIME]["initial_time"] == "10:00"
    assert elements[ids.BLOCK_CLIENT]["type"] == "external_select"
    assert elements[ids.BLOCK_CURRENCY]["initial_option"]["value"] == "USD"
    initiatives = [o["value"] for o in elements[ids.BLOCK_INITIATIVE]["options"]]
    assert initiatives == ["symphony-night"]
    assert ids.BLOCK_OWNER not in elements  # Rita logs for herself only


def test_submitted_form_records_the_contact_audits_it_and_confirms_by_dm(
    world: World, book: dict[str, int]
) -> None:
    view = open_form(world)
    reply = submit(
        world,
        view,
        client=str(book["jane"]),
        date="2026-11-17",
        time="16:30",
        channel="in_person",
        notes="Lunch; discussed the trust.",
        outcome="Wants a proposal",
        pledged="2.5m",
        account="ACC-1",
        initiative="symphony-night",
        follow_up="2026-11-25",
    )
    assert reply.ok and not reply.body.strip(), reply.body  # an empty 200 closes the modal
    confirmation = world.standin.wait_for("chat.postMessage", {"channel": "U1"})
    assert "Logged in person contact with Jane Smith." in confirmation.args["text"]
    posted = world.standin.wait_for("chat.postMessage", {"channel": "CCONTROL"})
    assert "Jane Smith" in posted.args["text"]  # the pledge, to the controllers right away
    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        assert interaction.occurred_at == datetime(2026, 11, 17, 21, 30, tzinfo=UTC)
        assert (interaction.source, interaction.channel, interaction.outcome) == (
            "form",
            "in_person",
            "Wants a proposal",
        )
        assert interaction.initiative.tag == "symphony-night"
        assert interaction.follow_up_on == date(2026, 11, 25)
        assert interaction.idempotency_key == f"view:{view['id']}"
        claim = session.scalars(select(Claim)).one()
        assert (claim.kind, claim.amount, claim.currency, claim.account) == (
            "pledge",
            Decimal("2500000"),
            "USD",
            "ACC-1",
        )
        events = session.execute(
            select(AuditEvent.entity_type, AuditEvent.action, AuditEvent.actor).order_by(
                AuditEvent.seq
            )
        ).all()
        assert ("interactions", "create", "U1") in events


@pytest.mark.parametrize(
    ("answers", "block", "says"),
    [
        ({"date": "2026-11-19"}, ids.BLOCK_DATE, "still to come"),
        ({"time": "11:30"}, ids.BLOCK_TIME, "still to come today (10:00 now"),
        ({"pledged": "lots"}, ids.BLOCK_PLEDGED, "“lots” is not an amount"),
        ({"deposited": "€2m"}, ids.BLOCK_DEPOSITED, "in EUR but the currency picked is USD"),
        ({"mandate_fee": "250k", "currency": None}, ids.BLOCK_CURRENCY, "Pick the currency"),
        ({"follow_up": "2026-11-01"}, ids.BLOCK_FOLLOW_UP, "can't be before the contact"),
    ],
)
def test_wrong_field_is_sent_back_on_that_field_and_nothing_is_recorded(
    world: World, book: dict[str, int], answers: dict[str, Any], block: str, says: str
) -> None:
    view = open_form(world)
    base = {"client": str(book["jane"]), "channel": "phone", "date": "2026-11-18", "time": "09:00"}
    reply = submit(world, view, **{**base, **answers})
    assert reply.json is not None, reply.body
    assert reply.json["response_action"] == "errors"
    assert says in reply.json["errors"][block]
    with world.db() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 0
    world.standin.assert_no_call("chat.postMessage")


def test_uncovered_client_is_refused_on_the_client_field_naming_nobody(
    world: World, book: dict[str, int]
) -> None:
    """The picker never offers Olga: her id in the submission is forged, so nothing is said of her."""
    view = open_form(world)
    reply = submit(world, view, client=str(book["olga"]), channel="phone")
    assert reply.json is not None and reply.json["response_action"] == "errors"
    assert reply.json["errors"][ids.BLOCK_CLIENT] == NOT_YOURS
    with world.db() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 0


def test_double_submit_of_the_same_form_records_once(world: World, book: dict[str, int]) -> None:
    view = open_form(world)
    answers = {"client": str(book["jane"]), "channel": "phone", "notes": "Called back"}
    first = submit(world, view, **answers)
    again = submit(world, view, **answers)
    assert first.ok and again.ok
    with world.db() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 1
    world.standin.wait_for("chat.postMessage", {"channel": "U1"})
    with pytest.raises(AssertionError):
        world.standin.wait_for("chat.postMessage", count=2, timeout=0.5)


def test_too_often_warning_is_in_the_confirmation(world: World, book: dict[str, int]) -> None:
    for notes in ("first call", "second call"):
        view = open_form(world)
        assert submit(world, view, client=str(book["jane"]), channel="phone", notes=notes).ok
    second = world.standin.wait_for("chat.postMessage", {"channel": "U1"}, count=2)
    text = " ".join(str(b.get("text", {}).get("text", "")) for b in second.args["blocks"])
    assert ":warning: Jane Smith was contacted" in text and "by Rita" in text


def test_edit_opens_the_form_prefilled_and_saving_changes_the_record(
    world: World, book: dict[str, int]
) -> None:
    view = open_form(world)
    submit(
        world,
        view,
        client=str(book["jane"]),
        channel="phone",
        date="2026-11-18",
        time="08:15",
        notes="Quick call",
        deposited="250,000",
    )
    dm = world.standin.wait_for("chat.postMessage", {"channel": "U1"})
    message = world.standin.messages_in("U1")[-1]
    world.standin.clear()

    clicked = world.slack.block_action("U1", ids.LOG_EDIT, message=message)
    assert clicked.ok, clicked.body
    edit_view = world.standin.wait_for("views.open").response["view"]
    assert edit_view["callback_id"] == ids.VIEW_EDIT_CONTACT
    elements = {b["block_id"]: b.get("element", {}) for b in edit_view["blocks"]}
    assert elements[ids.BLOCK_TIME]["initial_time"] == "08:15"
    assert elements[ids.BLOCK_NOTES]["initial_value"] == "Quick call"
    assert elements[ids.BLOCK_CHANNEL]["initial_option"]["value"] == "phone"
    assert elements[ids.BLOCK_DEPOSITED]["initial_value"] == "250,000"
    assert elements[ids.BLOCK_CLIENT]["initial_option"]["value"] == str(book["jane"])

    saved = submit(world, edit_view, channel="video", notes="Video call, not a phone call")
    assert saved.ok and not saved.body.strip(), saved.body
    confirmation = world.standin.wait_for("chat.postMessage", {"channel": "U1"})
    assert "Saved your changes to the video contact with Jane Smith." in confirmation.args["text"]
    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        assert (interaction.channel, interaction.notes) == ("video", "Video call, not a phone call")
        assert session.scalar(select(func.count()).select_from(Claim)) == 1  # deposit unchanged
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_type == "interactions")
        ).all()
        assert actions == ["create", "update"]
    assert dm.ok


def test_someone_elses_contact_cannot_be_edited(world: World, book: dict[str, int]) -> None:
    view = open_form(world)
    submit(world, view, client=str(book["jane"]), channel="phone")
    world.standin.wait_for("chat.postMessage", {"channel": "U1"})
    message = world.standin.messages_in("U1")[-1]
    world.standin.clear()
    world.slack.block_action("U2", ids.LOG_EDIT, message=message, channel_id="C1")
    refusal = world.standin.wait_for("response_url")
    assert "Only the rep who logged this contact" in refusal.args["text"]
    world.standin.assert_no_call("views.open")


def test_log_contact_button_opens_the_form_for_that_client(
    world: World, book: dict[str, int]
) -> None:
    reply = world.slack.block_action("U1", ids.LOG_OPEN_FORM, value=f"{book['jane']}:nudge")
    assert reply.ok, reply.body
    view = world.standin.wait_for("views.open").response["view"]
    client = next(b for b in view["blocks"] if b.get("block_id") == ids.BLOCK_CLIENT)
    assert client["element"]["initial_option"]["value"] == str(book["jane"])
    assert submit(world, view, channel="email").ok
    with world.db() as session:
        assert session.scalars(select(Interaction.source)).one() == "nudge"


def test_log_contact_button_for_an_uncovered_client_is_refused(
    world: World, book: dict[str, int]
) -> None:
    world.slack.block_action("U1", ids.LOG_OPEN_FORM, value=str(book["olga"]))
    refusal = world.standin.wait_for("response_url")
    assert refusal.args["text"] == NOT_YOURS
    world.standin.assert_no_call("views.open")


def test_assistant_logs_on_behalf_of_the_rep_who_named_them(world: World) -> None:
    with world.db() as session:
        rita = make_rep(session, "U1", "Rita")
        sam = make_rep(session, "U4", "Sam")
        asa = make_rep(session, "U3", "Asa", roles=("assistant",))
        make_delegate(session, rep=rita, assistant=asa)
        make_delegate(session, rep=sam, assistant=asa)
        jane = make_client(session, "Jane Smith", covered_by=[rita])
        stan = make_client(session, "Stan Sams", covered_by=[sam])
        ids_ = {"rita": rita.id, "sam": sam.id, "asa": asa.id, "jane": jane.id, "stan": stan.id}
    view = open_form(world, "U3")
    owner = next(b for b in view["blocks"] if b.get("block_id") == ids.BLOCK_OWNER)
    assert [o["value"] for o in owner["element"]["options"]] == [
        str(ids_["rita"]),
        str(ids_["sam"]),
    ]
    assert "initial_option" not in owner["element"]
    # Left empty: the principal covering the client. Picked: that rep, if they cover it.
    assert submit(world, view, "U3", client=str(ids_["jane"]), channel="phone").ok
    view = open_form(world, "U3")
    refused = submit(
        world, view, "U3", client=str(ids_["jane"]), owner=str(ids_["sam"]), channel="phone"
    )
    assert refused.json is not None
    assert "covered by <@U1>" in refused.json["errors"][ids.BLOCK_CLIENT]
    assert submit(
        world, view, "U3", client=str(ids_["stan"]), owner=str(ids_["sam"]), channel="email"
    ).ok
    with world.db() as session:
        logged = session.execute(
            select(Interaction.rep_id, Interaction.author_id).order_by(Interaction.id)
        ).all()
    assert logged == [(ids_["rita"], ids_["asa"]), (ids_["sam"], ids_["asa"])]


def test_message_shortcut_opens_the_form_with_the_message_as_notes(
    world: World, book: dict[str, int]
) -> None:
    text = "Jane emailed: <https://example.com/doc|the proposal> looks good &amp; she'll sign"
    reply = world.slack.message_shortcut(ids.SHORTCUT_LOG_MESSAGE, "U1", text)
    assert reply.ok, reply.body
    view = world.standin.wait_for("views.open").response["view"]
    notes = next(b for b in view["blocks"] if b.get("block_id") == ids.BLOCK_NOTES)
    assert notes["element"]["initial_value"] == (
        "Jane emailed: the proposal looks good & she'll sign"
    )
    assert submit(world, view, client=str(book["jane"]), channel="email").ok
    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        assert (interaction.source, interaction.notes) == (
            "shortcut",
            "Jane emailed: the proposal looks good & she'll sign",
        )


def test_stranger_gets_told_instead_of_a_form(world: World) -> None:
    world.slack.command("/logcontact", "", user_id="U404")
    said = world.standin.wait_for("response_url")
    assert "not set up in the contact system" in said.args["text"]
    world.standin.assert_no_call("views.open")

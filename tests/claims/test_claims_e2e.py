"""Claims end to end: signed clicks and submissions in, Web API calls out, the database checked.

The controllers' queue in ``CCONTROL``, Approve/Reject through their modals,
refusals that change nothing, the message updated in place and the rep's DM,
withdrawal, and racing decisions on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.claims import get_claim
from bot.delivery.outbox import deliver_due
from handlers import ids
from standin.sender import Reply
from storage.models import AuditEvent, Claim, OutboxMessage, RepRole
from tests.claims_cast import add_activity, make_cast, raise_claim
from tests.databases import BACKENDS
from tests.world import CONTROLLERS_CHANNEL, World

REP, CONTROLLER, CONTROLLER2, MANAGER = "UREP", "UCTL1", "UCTL2", "UMGR"


# No booking behind these claims: approved by override, with a written reason.
OVERRIDE = {ids.ACTION_OVERRIDE: "The custodian confirmed the wire by phone; its feed lags."}


def arrange_claim(world: World, **kwargs: Any) -> int:
    with world.db() as session:
        cast = make_cast(session)
        claim = raise_claim(session, rep=cast.rep, client=cast.client, now=world.clock(), **kwargs)
        return claim.id


def deliver(world: World) -> Any:
    return deliver_due(world.cms.deps, now=world.clock())


def controllers_message(world: World) -> Any:
    [message] = world.standin.messages_in(CONTROLLERS_CHANNEL)
    return message


def elements(blocks: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {
        element["action_id"]: element
        for block in blocks
        if block.get("type") == "actions"
        for element in block["elements"]
    }


def all_text(blocks: list[dict[str, Any]]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def claim_row(world: World, claim_id: int) -> Claim:
    with world.db() as session:
        return get_claim(session, claim_id)


def decide_events(world: World, claim_id: int) -> int:
    with world.db() as session:
        return (
            session.scalar(
                select(func.count()).where(
                    AuditEvent.action == "decide", AuditEvent.entity_id == str(claim_id)
                )
            )
            or 0
        )


def open_form(world: World, user: str, action_id: str, count: int = 1) -> dict[str, Any]:
    reply = world.slack.block_action(user, action_id, message=controllers_message(world))
    assert reply.ok
    return world.standin.wait_for("views.open", count=count).response["view"]  # type: ignore[no-any-return]


def approved_by_override(world: World) -> dict[str, Any]:
    """A claim posted to the controllers, approved through the modal with an override
    reason, and its message updated; the modal's view."""
    arrange_claim(world)
    deliver(world)
    view = open_form(world, CONTROLLER, ids.CLAIM_APPROVE)
    world.slack.view_submission(CONTROLLER, view, answers=OVERRIDE)
    world.standin.wait_for("chat.update")
    return view


def refusal(world: World, reply: Reply) -> str:
    answer = world.standin.wait_for("response_url", {"url": reply.response_url})
    assert answer.args["response_type"] == "ephemeral"
    assert answer.args.get("replace_original") in (False, None, "false")
    return str(answer.args["text"])


# -- the controllers' queue ----------------------------------------------------------


def test_new_claim_is_posted_to_controllers_with_approve_and_reject(world: World) -> None:
    claim_id = arrange_claim(world)
    with world.db() as session:
        add_activity(session, reference="TX-77", now=world.clock())

    report = deliver(world)

    assert report.sent == [f"claim:{claim_id}:post"]
    message = controllers_message(world)
    text = all_text(message.blocks)
    for expected in (
        "Deposit claim #",
        "USD 2,500,000.00",
        "Rita Rep",
        "Jane Smith (JS-001)",
        "Smith family",
        "ACC-1",
        "in person",
        "Lunch at the club",
        "TX-77",
        "<!date^",
    ):
        assert expected in text, expected
    buttons = elements(message.blocks)
    assert {b["value"] for b in buttons.values()} == {str(claim_id)}
    assert set(buttons) == {ids.CLAIM_APPROVE, ids.CLAIM_REJECT}
    row = claim_row(world, claim_id)
    assert (row.controller_channel, row.controller_message_ts) == (CONTROLLERS_CHANNEL, message.ts)
    assert deliver(world).sent == []  # posted once


# -- deciding ------------------------------------------------------------------------


def test_controller_approves_message_updates_in_place_and_rep_gets_a_dm(world: World) -> None:
    claim_id = arrange_claim(world)
    with world.db() as session:
        add_activity(session, reference="TX-77", now=world.clock())
    deliver(world)

    view = open_form(world, CONTROLLER, ids.CLAIM_APPROVE)
    assert view["callback_id"] == ids.VIEW_CLAIM_APPROVE
    evidence = next(b for b in view["blocks"] if b.get("block_id") == ids.BLOCK_EVIDENCE)
    assert evidence["element"]["initial_value"] == "TX-77"  # the best suggestion, pre-filled
    reply = world.slack.view_submission(
        CONTROLLER, view, answers={ids.ACTION_NOTE: "Seen in the feed."}
    )

    assert reply.status == 200 and not (reply.json or {}).get("response_action")
    world.standin.wait_for("chat.update")
    dm = world.standin.wait_for("chat.postMessage", {"channel": REP})
    row = claim_row(world, claim_id)
    assert (row.status, row.evidence_reference, row.decision_note) == (
        "verified",
        "TX-77",
        "Seen in the feed.",
    )
    message = controllers_message(world)
    assert elements(message.blocks) == {}  # the buttons are gone
    assert "Approved* by Carl Controller" in all_text(message.blocks)
    assert "TX-77" in all_text(message.blocks) and message.edits == 1
    assert "approved" in dm.args["text"] and "Carl Controller" in dm.args["text"]
    assert "(America/New_York)" in all_text(dm.args["blocks"])  # the rep's own zone
    assert decide_events(world, claim_id) == 1


def test_reject_without_a_reason_is_a_field_error_then_with_one_it_is_told(
    world: World,
) -> None:
    claim_id = arrange_claim(world)
    deliver(world)
    view = open_form(world, CONTROLLER, ids.CLAIM_REJECT)
    assert view["callback_id"] == ids.VIEW_CLAIM_REJECT

    blank = world.slack.view_submission(CONTROLLER, view, answers={ids.ACTION_REASON: "   "})
    assert blank.json is not None and blank.json["response_action"] == "errors"
    assert "why" in blank.json["errors"][ids.BLOCK_REASON]
    assert claim_row(world, claim_id).status == "pending"

    reply = world.slack.view_submission(
        CONTROLLER, view, answers={ids.ACTION_REASON: "No such deposit at the custodian."}
    )
    assert reply.status == 200 and not (reply.json or {}).get("response_action")
    dm = world.standin.wait_for("chat.postMessage", {"channel": REP})
    world.standin.wait_for("chat.update")
    assert "rejected" in dm.args["text"] and "No such deposit" in dm.args["text"]
    text = all_text(controllers_message(world).blocks)
    assert "Rejected* by Carl Controller" in text and "No such deposit" in text
    assert claim_row(world, claim_id).status == "rejected"


# -- refusals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("user", "expected"),
    [(REP, "Only controllers"), (MANAGER, "Only controllers"), ("USTRANGER", "not set up")],
)
def test_non_controllers_are_refused_and_nothing_changes(
    world: World, user: str, expected: str
) -> None:
    claim_id = arrange_claim(world)
    deliver(world)
    reply = world.slack.block_action(user, ids.CLAIM_APPROVE, message=controllers_message(world))
    assert expected in refusal(world, reply)
    world.standin.assert_no_call("views.open")
    assert claim_row(world, claim_id).status == "pending"


def test_a_controller_is_refused_on_their_own_claim(world: World) -> None:
    with world.db() as session:
        cast = make_cast(session)
        session.add(RepRole(rep_id=cast.rep.id, role="controller"))
        session.flush()
        claim = raise_claim(session, rep=cast.rep, client=cast.client, now=world.clock())
        claim_id = claim.id
    deliver(world)
    reply = world.slack.block_action(REP, ids.CLAIM_REJECT, message=controllers_message(world))
    assert "your own" in refusal(world, reply)
    assert claim_row(world, claim_id).status == "pending"


@pytest.mark.parametrize(
    "forged",
    ["999999", "abc", "", "-1", json.dumps({"claim_id": 1, "user": CONTROLLER}), "1 UCTL1"],
)
def test_forged_button_values_are_refused_politely(world: World, forged: str) -> None:
    claim_id = arrange_claim(world)
    deliver(world)
    reply = world.slack.block_action(
        REP, ids.CLAIM_APPROVE, action={"value": forged}, message=controllers_message(world)
    )
    assert "doesn't exist" in refusal(world, reply)
    assert claim_row(world, claim_id).status == "pending"


def test_identity_comes_from_the_payload_not_the_form(world: World) -> None:
    """A rep replaying a controller's approve form is still the rep."""
    claim_id = arrange_claim(world)
    deliver(world)
    view = open_form(world, CONTROLLER, ids.CLAIM_APPROVE)
    reply = world.slack.view_submission(REP, view)
    assert reply.json is not None and reply.json["response_action"] == "update"
    assert "Only controllers" in all_text(reply.json["view"]["blocks"])
    assert claim_row(world, claim_id).status == "pending"


def test_clicking_a_decided_claim_says_who_decided_and_when(world: World) -> None:
    view = approved_by_override(world)
    # A stale copy of the message still shows buttons; clicking one is refused.
    reply = world.slack.block_action(
        CONTROLLER2, ids.CLAIM_REJECT, value=view["private_metadata"], message={}
    )
    assert "already approved by Carl Controller at Wed 18 Nov 2026, 15:00 (Europe/London)" in (
        refusal(world, reply)
    )


# -- exactly one decision ------------------------------------------------------------


def at_once(*calls: Callable[[], Reply]) -> list[Reply]:
    start = threading.Barrier(len(calls))

    def go(call: Callable[[], Reply]) -> Reply:
        start.wait()
        return call()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return [f.result() for f in [pool.submit(go, call) for call in calls]]


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_two_controllers_at_once_make_exactly_one_decision(world: World) -> None:
    claim_id = arrange_claim(world)
    deliver(world)
    approve = open_form(world, CONTROLLER, ids.CLAIM_APPROVE)
    reject = open_form(world, CONTROLLER2, ids.CLAIM_REJECT, count=2)

    replies = at_once(
        lambda: world.slack.view_submission(CONTROLLER, approve, answers=OVERRIDE),
        lambda: world.slack.view_submission(
            CONTROLLER2, reject, answers={ids.ACTION_REASON: "Not in the feed."}
        ),
    )

    winners = [r for r in replies if not (r.json or {}).get("response_action")]
    losers = [r for r in replies if (r.json or {}).get("response_action") == "update"]
    assert len(winners) == 1 and len(losers) == 1
    assert "This claim was already" in all_text(losers[0].json["view"]["blocks"])  # type: ignore[index]
    assert decide_events(world, claim_id) == 1
    row = claim_row(world, claim_id)
    assert row.status in ("verified", "rejected")
    world.standin.wait_for("chat.postMessage", {"channel": REP})
    with world.db() as session:
        dms = session.scalars(
            select(OutboxMessage).where(OutboxMessage.method == "claim_decision_dm")
        ).all()
        assert len(dms) == 1


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_a_double_click_on_approve_decides_once(world: World) -> None:
    claim_id = arrange_claim(world)
    deliver(world)
    view = open_form(world, CONTROLLER, ids.CLAIM_APPROVE)

    replies = at_once(
        *[lambda: world.slack.view_submission(CONTROLLER, view, answers=OVERRIDE)] * 3
    )

    assert sum(1 for r in replies if not (r.json or {}).get("response_action")) == 1
    assert decide_events(world, claim_id) == 1
    world.standin.wait_for("chat.postMessage", {"channel": REP})
    assert len(world.standin.calls_to("chat.postMessage", include_failed=False)) == 2  # post + DM


# -- withdrawal ----------------------------------------------------------------------


def test_rep_withdraws_a_pending_claim_and_the_queue_shows_it(world: World) -> None:
    from handlers.blocks.claims import withdraw_button

    claim_id = arrange_claim(world)
    deliver(world)
    button = withdraw_button(claim_id)
    reply_blocks = [{"type": "actions", "block_id": "reply", "elements": [button]}]
    stranger = world.slack.block_action(
        CONTROLLER, button["action_id"], message={"blocks": reply_blocks, "channel": "DUREP"}
    )
    assert "Only the rep" in refusal(world, stranger)

    reply = world.slack.block_action(
        REP, button["action_id"], message={"blocks": reply_blocks, "channel": "DUREP"}
    )
    assert "Withdrawn" in refusal(world, reply)
    assert claim_row(world, claim_id).status == "withdrawn"
    # The buttons go at once, not at the next outbox tick; the tick then owes nothing.
    world.standin.wait_for("chat.update", {"channel": CONTROLLERS_CHANNEL})
    assert deliver(world).sent == []
    message = controllers_message(world)
    assert elements(message.blocks) == {}
    assert "Withdrawn* by Rita Rep" in all_text(message.blocks)

    again = world.slack.block_action(
        REP, button["action_id"], message={"blocks": reply_blocks, "channel": "DUREP"}
    )
    assert "already withdrawn" in refusal(world, again)


def test_claim_withdrawn_before_it_was_posted_never_reaches_the_channel(world: World) -> None:
    claim_id = arrange_claim(world)
    reply = world.slack.block_action(
        REP,
        ids.CLAIM_WITHDRAW,
        value=str(claim_id),
        message={"blocks": [], "channel": "DUREP"},
    )
    assert "Withdrawn" in refusal(world, reply)
    # The handler tries the refresh at once (then republishes the Home); with no
    # message to refresh yet it waits. The tick skips the post, and the refresh
    # once it comes round again: nothing ever reaches the channel.
    world.standin.wait_for("views.publish", {"user_id": REP})
    assert deliver(world).skipped == [f"claim:{claim_id}:post"]
    world.clock.set(world.clock() + timedelta(minutes=5))
    assert deliver(world).skipped == [f"claim:{claim_id}:withdrawn"]
    assert world.standin.messages_in(CONTROLLERS_CHANNEL) == []


def test_posted_message_keeps_audit_verify_clean(world: World) -> None:
    from bot.audit.verify import verify

    approved_by_override(world)
    world.clock.set(world.clock() + timedelta(minutes=1))
    with world.db() as session:
        assert verify(session) == []

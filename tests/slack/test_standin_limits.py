"""Block Kit and interaction limits the stand-in holds the bot to, each as Slack documents it.

Every test cites the page it copies. A refusal provoked on purpose is declared
with ``expect_refusal``; the autouse ``slack_refusals`` fixture fails the test otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from standin.server import SlackStandIn
from standin.values import values_for

TOKEN = "xoxb-test"
BOT = "UBOT"


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    """#general with the bot in it; a clock that moves only by ``advance``."""
    with SlackStandIn(token=TOKEN, clock=lambda: 0.0) as server:
        server.add_user("U1", "alice")
        server.add_channel("CGENERAL", "general", members=[BOT], everyone=True)
        yield server


@pytest.fixture
def client(standin: SlackStandIn) -> WebClient:
    return WebClient(token=TOKEN, base_url=standin.api_url, retry_handlers=[])


def refused(call: Any, **kwargs: Any) -> dict[str, Any]:
    with pytest.raises(SlackApiError) as raised:
        call(**kwargs)
    return dict(raised.value.response.data)  # type: ignore[arg-type]


def select(options: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "type": "section",
        "text": {"type": "mrkdwn", "text": "Pick"},
        "accessory": {"type": "static_select", "action_id": "pick", "options": options, **extra},
    }


def option(text: str, value: str, kind: str = "plain_text") -> dict[str, Any]:
    return {"text": {"type": kind, "text": text}, "value": value}


def modal(*blocks: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": "Form"},
        "submit": {"type": "plain_text", "text": "Save"},
        "blocks": list(blocks),
    }


NOTES = {
    "type": "input",
    "block_id": "notes_b",
    "label": {"type": "plain_text", "text": "Notes"},
    "element": {"type": "plain_text_input", "action_id": "notes"},
}


# -- text objects and elements --------------------------------------------------------------


def test_select_options_are_plain_text_only_but_checkboxes_take_mrkdwn(standin, client):
    """ "Overflow, select, and multi-select menus can only use plain_text objects, while
    radio buttons and checkboxes can use mrkdwn text objects."
    https://docs.slack.dev/reference/block-kit/composition-objects/option-object"""
    standin.expect_refusal("chat.postMessage", error="invalid_blocks")
    bad = refused(
        client.chat_postMessage,
        channel="CGENERAL",
        text="x",
        blocks=[select([option("*Acme*", "1", "mrkdwn")])],
    )
    assert "/blocks/0/accessory/options/0/text/type" in str(bad["response_metadata"])
    checkboxes = {
        "type": "actions",
        "elements": [
            {"type": "checkboxes", "action_id": "c", "options": [option("*Acme*", "1", "mrkdwn")]}
        ],
    }
    assert client.chat_postMessage(channel="CGENERAL", text="x", blocks=[checkboxes])["ok"]


def test_an_initial_option_must_be_one_of_the_options(standin, client):
    """``initial_option``: "This option must exactly match one of the options within
    options or option_groups."
    https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element"""
    standin.expect_refusal("views.open", error="invalid_arguments")
    options = [option("Phone", "phone"), option("Email", "email")]
    good = {
        **NOTES,
        "block_id": "c",
        "element": {
            "type": "static_select",
            "action_id": "ch",
            "options": options,
            "initial_option": option("Email", "email"),
        },
    }
    bad = {**good, "element": {**good["element"], "initial_option": option("Fax", "fax")}}
    assert client.views_open(trigger_id=standin.new_trigger_id(), view=modal(good))["ok"]

    answer = refused(client.views_open, trigger_id=standin.new_trigger_id(), view=modal(bad))

    assert "must exactly match one of the options" in str(answer["response_metadata"])


@pytest.mark.parametrize(
    ("element", "pointer"),
    [
        (
            {
                "type": "overflow",
                "action_id": "o",
                "options": [option(str(n), str(n)) for n in range(6)],
            },
            "/blocks/0/elements/0/options",
        ),
        (
            {
                "type": "radio_buttons",
                "action_id": "r",
                "options": [option(str(n), str(n)) for n in range(11)],
            },
            "/blocks/0/elements/0/options",
        ),
        (
            {
                "type": "button",
                "action_id": "b",
                "style": "warning",
                "text": {"type": "plain_text", "text": "Go"},
            },
            "/blocks/0/elements/0/style",
        ),
        (
            {
                "type": "button",
                "action_id": "b",
                "text": {"type": "plain_text", "text": "Go"},
                "confirm": {
                    "title": {"type": "plain_text", "text": "Sure?"},
                    "text": {"type": "plain_text", "text": "x" * 301},
                    "confirm": {"type": "plain_text", "text": "Yes"},
                    "deny": {"type": "plain_text", "text": "No"},
                },
            },
            "/blocks/0/elements/0/confirm/text/text",
        ),
        (
            {
                "type": "static_select",
                "action_id": "s",
                "options": [option("a", "a")],
                "placeholder": {"type": "plain_text", "text": "p" * 151},
            },
            "/blocks/0/elements/0/placeholder/text",
        ),
    ],
    ids=[
        "overflow-6-options",
        "radio-11-options",
        "button-style",
        "confirm-text-301",
        "placeholder-151",
    ],
)
def test_element_limits_are_invalid_blocks(standin, client, element, pointer):
    """Overflow menu: "Maximum number of options is 5"; radio buttons (and checkboxes): "A
    maximum of 10 options are allowed"; button ``style``: "primary" or "danger"; a
    confirmation dialog's ``text`` "Maximum length … 300 characters"; a ``placeholder``
    "Maximum length … 150 characters".
    https://docs.slack.dev/reference/block-kit/block-elements/overflow-menu-element,
    https://docs.slack.dev/reference/block-kit/block-elements/radio-button-group-element,
    https://docs.slack.dev/reference/block-kit/block-elements/button-element,
    https://docs.slack.dev/reference/block-kit/composition-objects/confirmation-dialog-object,
    https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element"""
    standin.expect_refusal("chat.postMessage", error="invalid_blocks")
    blocks = [{"type": "actions", "elements": [element]}]

    answer = refused(client.chat_postMessage, channel="CGENERAL", text="x", blocks=blocks)

    assert pointer in str(answer["response_metadata"])


def test_emoji_belongs_to_plain_text_and_verbatim_to_mrkdwn(standin, client):
    """``emoji`` "is only usable when type is plain_text"; ``verbatim`` "only usable when
    type is mrkdwn". https://docs.slack.dev/reference/block-kit/composition-objects/text-object"""
    standin.expect_refusal("chat.postMessage", error="invalid_blocks", count=2)
    for text in (
        {"type": "mrkdwn", "text": "hi", "emoji": True},
        {"type": "plain_text", "text": "hi", "verbatim": True},
    ):
        blocks = [{"type": "section", "text": text}]
        refused(client.chat_postMessage, channel="CGENERAL", text="x", blocks=blocks)
    fine = [{"type": "section", "text": {"type": "plain_text", "text": "hi", "emoji": True}}]
    assert client.chat_postMessage(channel="CGENERAL", text="x", blocks=fine)["ok"]


def test_an_input_hint_is_plain_text_of_at_most_2000_characters(standin, client):
    """Input block ``hint``: "A plain_text text object … Maximum length for the text in
    this field is 2000 characters." https://docs.slack.dev/reference/block-kit/blocks/input-block"""
    standin.expect_refusal("views.open", error="invalid_arguments", count=2)
    for hint in ({"type": "mrkdwn", "text": "*why*"}, {"type": "plain_text", "text": "h" * 2001}):
        view = modal({**NOTES, "hint": hint})
        refused(client.views_open, trigger_id=standin.new_trigger_id(), view=view)


def test_a_context_block_holds_images_and_text_objects_only(standin, client):
    """Context block ``elements``: "An array of image elements and text objects."
    https://docs.slack.dev/reference/block-kit/blocks/context-block"""
    standin.expect_refusal("chat.postMessage", error="invalid_blocks")
    button = {"type": "button", "action_id": "b", "text": {"type": "plain_text", "text": "Go"}}
    blocks = [{"type": "context", "elements": [button]}]
    refused(client.chat_postMessage, channel="CGENERAL", text="x", blocks=blocks)


# -- triggers, stacks and messages ----------------------------------------------------------


def test_a_trigger_id_expires_three_seconds_after_it_was_issued(standin, client):
    """ "Triggers expire in three seconds"; views.open answers ``expired_trigger_id``.
    https://api.slack.com/docs/triggers, https://docs.slack.dev/reference/methods/views.open"""
    standin.expect_refusal("views.open", error="expired_trigger_id")
    fresh, stale = standin.new_trigger_id(), standin.new_trigger_id()
    standin.advance(2.9)
    assert client.views_open(trigger_id=fresh, view=modal(NOTES))["ok"]
    standin.advance(0.2)

    assert refused(client.views_open, trigger_id=stale, view=modal(NOTES))["error"] == (
        "expired_trigger_id"
    )


def test_views_push_stops_at_a_stack_of_three(standin, client):
    """A modal's stack holds three views (the one opened and two pushed); views.push
    beyond answers ``push_limit_reached``. https://docs.slack.dev/reference/methods/views.push"""
    standin.expect_refusal("views.push", error="push_limit_reached")
    client.views_open(trigger_id=standin.new_trigger_id(), view=modal(NOTES))
    for _ in range(2):
        assert client.views_push(trigger_id=standin.new_trigger_id(), view=modal(NOTES))["ok"]

    answer = refused(client.views_push, trigger_id=standin.new_trigger_id(), view=modal(NOTES))

    assert answer["error"] == "push_limit_reached"


def test_the_bot_cannot_update_a_message_a_person_posted(standin, client):
    """chat.update ``cant_update_message``: "Authenticated user does not have permission to
    update this message." https://docs.slack.dev/reference/methods/chat.update"""
    standin.expect_refusal("chat.update", error="cant_update_message")
    theirs = standin.share_file("CGENERAL", "U1", name="a.pdf", content=b"%PDF", text="mine")

    answer = refused(client.chat_update, channel="CGENERAL", ts=theirs.ts, text="edited")

    assert answer["error"] == "cant_update_message"
    assert standin.messages_in("CGENERAL")[0].text == "mine"


# -- the bot's acknowledgements ---------------------------------------------------------------


def test_modal_errors_must_name_an_input_block_of_the_submitted_view(standin):
    """``response_action: errors`` keys are ``block_id``s of the view's input blocks; one
    naming no input block shows the user nothing.
    https://docs.slack.dev/surfaces/modals ("Displaying errors in views")"""
    standin.expect_refusal("ack:view_submission", error="invalid_arguments")
    payload = {"type": "view_submission", "view": {**modal(NOTES), "blocks": [NOTES]}}

    standin.check_answer(
        "view_submission",
        payload,
        {"response_action": "errors", "errors": {"notes_b": "Too short"}},
    )
    standin.check_answer(
        "view_submission",
        payload,
        {"response_action": "errors", "errors": {"client_b": "Pick one"}},
    )

    [good, bad] = standin.calls_to("ack:view_submission")
    assert (good.ok, bad.ok) == (True, False)
    assert "no input block 'client_b'" in str(bad.response["response_metadata"])


def test_a_modal_updated_in_the_acknowledgement_is_held_to_views_update_limits(standin):
    """``response_action: update`` carries a view Slack validates as views.update does
    (a title of at most 24 characters). https://docs.slack.dev/surfaces/modals
    ("Updating views", "Modal" view object: title "Maximum length … 24 characters")"""
    standin.expect_refusal("ack:view_submission", error="invalid_arguments")
    long_title = {**modal(NOTES), "title": {"type": "plain_text", "text": "T" * 25}}

    standin.check_answer(
        "view_submission", {"view": modal(NOTES)}, {"response_action": "update", "view": long_title}
    )

    assert "/view/title/text" in str(standin.refused_calls()[-1].response)


def test_an_options_load_holds_at_most_100_plain_text_options(standin):
    """An external select's options: "Maximum number of options is 100", text plain_text
    of 75 characters. https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element,
    https://docs.slack.dev/reference/block-kit/composition-objects/option-object"""
    standin.expect_refusal("ack:block_suggestion", error="invalid_options", count=3)
    standin.check_answer("block_suggestion", {}, {"options": [option("Acme", "1")]})
    for answer in (
        {"options": [option(str(n), str(n)) for n in range(101)]},
        {"options": [option("x" * 76, "1")]},
        {"options": [option("*Acme*", "1", "mrkdwn")]},
    ):
        standin.check_answer("block_suggestion", {}, answer)

    assert [c.ok for c in standin.calls_to("ack:block_suggestion")] == [True, False, False, False]


def test_a_slash_commands_immediate_reply_is_held_to_a_messages_limits(standin):
    """The acknowledgement's message is a message: at most 50 blocks.
    https://docs.slack.dev/interactivity/implementing-slash-commands ("Responding to the
    command"), https://docs.slack.dev/reference/block-kit/blocks"""
    standin.expect_refusal("ack:slash_command", error="invalid_blocks")
    section = {"type": "section", "text": {"type": "mrkdwn", "text": "row"}}

    standin.check_answer("slash_command", {}, {"text": "ok", "blocks": [section] * 51})

    assert standin.refused_calls()[-1].method == "ack:slash_command"


def test_no_one_can_submit_more_than_an_inputs_max_length():
    """A plain-text input's ``max_length`` stops the person typing: Slack's client never
    submits more (https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element),
    so a test cannot claim a user did."""
    capped = {**NOTES, "element": {**NOTES["element"], "max_length": 10}}
    view = modal(capped)

    assert values_for(view, {"notes": "x" * 10})["notes_b"]["notes"]["value"] == "x" * 10
    with pytest.raises(ValueError, match="at most 10 characters"):
        values_for(view, {"notes": "x" * 11})

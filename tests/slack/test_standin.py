"""The Slack stand-in answers the real slack_sdk client as Slack does, and the sender's
requests are accepted by slack_sdk's verifier and routed by a real Bolt app."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date
from http.client import RemoteDisconnected
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from standin.blockkit_text import controls, render, render_view
from standin.sender import SlackSender, values_for
from standin.server import LOST, SlackStandIn

SECRET = "standin-test-secret"
SECTION = {"type": "section", "text": {"type": "mrkdwn", "text": "Hello *there*"}}
MODAL = {
    "type": "modal",
    "callback_id": "log_contact",
    "title": {"type": "plain_text", "text": "Log a contact"},
    "submit": {"type": "plain_text", "text": "Save"},
    "private_metadata": "client=42",
    "blocks": [
        {
            "type": "input",
            "block_id": "notes_b",
            "label": {"type": "plain_text", "text": "Notes"},
            "element": {"type": "plain_text_input", "action_id": "notes"},
        },
        {
            "type": "input",
            "block_id": "channel_b",
            "label": {"type": "plain_text", "text": "Channel"},
            "element": {
                "type": "static_select",
                "action_id": "channel",
                "options": [
                    {"text": {"type": "plain_text", "text": "Phone"}, "value": "phone"},
                    {"text": {"type": "plain_text", "text": "Email"}, "value": "email"},
                ],
            },
        },
        {
            "type": "input",
            "block_id": "when_b",
            "label": {"type": "plain_text", "text": "When"},
            "element": {
                "type": "datepicker",
                "action_id": "when",
                "initial_date": "2026-11-18",
            },
        },
    ],
}


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    """A stand-in whose bot is in #general (C1, everyone) and the controllers' channel."""
    with SlackStandIn(token="xoxb-test") as server:
        server.add_channel("C1", "general", members=[server.bot_user_id], everyone=True)
        server.add_channel("CCONTROL", "controllers", members=[server.bot_user_id])
        yield server


@pytest.fixture
def client(standin: SlackStandIn) -> WebClient:
    return WebClient(token="xoxb-test", base_url=standin.api_url)


def test_post_update_and_ephemeral_are_recorded_with_decoded_blocks(standin, client):
    posted = client.chat_postMessage(channel="C1", text="hi", blocks=[SECTION])
    client.chat_update(channel="C1", ts=posted["ts"], text="edited", blocks=[SECTION])
    ephemeral = client.chat_postEphemeral(channel="C1", user="U1", text="only you")

    call = standin.wait_for("chat.postMessage")
    assert call.args["blocks"][0]["text"]["text"] == "Hello *there*"
    assert standin.wait_for("chat.update", {"ts": posted["ts"]}).args["text"] == "edited"
    assert ephemeral["message_ts"]
    [message] = standin.messages_in("C1")
    assert (message.text, message.edits) == ("edited", 1)
    assert [m.text for m in standin.ephemerals("U1")] == ["only you"]


def test_post_message_ts_is_unique_and_increasing(client):
    stamps = [client.chat_postMessage(channel="C1", text=str(i))["ts"] for i in range(3)]
    assert stamps == sorted(set(stamps)) and stamps[0] == "1700000000.000100"


def test_posting_to_a_user_id_lands_in_the_dm_conversations_open_returns(standin, client):
    channel = client.conversations_open(users="U123")["channel"]["id"]
    client.chat_postMessage(channel="U123", text="nudge")
    assert channel == "DU123"
    assert [m.text for m in standin.messages_in(channel)] == ["nudge"]


def test_delete_removes_the_message_and_unknown_ts_is_message_not_found(standin, client):
    standin.expect_refusal("chat.update", error="message_not_found")
    ts = client.chat_postMessage(channel="C1", text="x")["ts"]
    client.chat_delete(channel="C1", ts=ts)
    assert standin.messages_in("C1") == []
    with pytest.raises(SlackApiError) as error:
        client.chat_update(channel="C1", ts=ts, text="y")
    assert error.value.response["error"] == "message_not_found"


def test_users_info_gives_time_zone_and_locale_when_asked(standin, client):
    standin.expect_refusal("users.info", error="user_not_found")
    standin.add_user("U1", "alice", tz="Europe/Zurich", locale="de-CH")
    user = client.users_info(user="U1", include_locale=True)["user"]
    assert (user["tz"], user["locale"]) == ("Europe/Zurich", "de-CH")
    assert user["tz_offset"] in (3600, 7200) and user["profile"]["display_name"] == "alice"
    assert "locale" not in client.users_info(user="U1")["user"]
    with pytest.raises(SlackApiError) as error:
        client.users_info(user="UNOBODY")
    assert error.value.response["error"] == "user_not_found"


def test_views_open_stores_the_view_with_id_hash_and_metadata(standin, client):
    view = client.views_open(trigger_id="1.2.abc", view=MODAL)["view"]
    assert view["id"].startswith("V") and view["hash"]
    assert (view["callback_id"], view["private_metadata"]) == ("log_contact", "client=42")
    assert standin.latest_view("log_contact") == view
    assert standin.wait_for("views.open").args["view"]["title"]["text"] == "Log a contact"


def test_views_update_checks_hash_and_a_trigger_is_exchanged_once(standin, client):
    standin.expect_refusal("views.update", error="hash_conflict")
    standin.expect_refusal("views.open", error="exchanged_trigger_id")
    view = client.views_open(trigger_id="1.2.abc", view=MODAL)["view"]
    updated = client.views_update(view_id=view["id"], hash=view["hash"], view=MODAL)["view"]
    assert updated["id"] == view["id"] and updated["hash"] != view["hash"]
    for call, error in (
        (
            lambda: client.views_update(view_id=view["id"], hash=view["hash"], view=MODAL),
            "hash_conflict",
        ),
        (lambda: client.views_open(trigger_id="1.2.abc", view=MODAL), "exchanged_trigger_id"),
    ):
        with pytest.raises(SlackApiError) as raised:
            call()
        assert raised.value.response["error"] == error


def test_views_slack_would_reject_are_rejected_with_a_pointer(standin, client):
    standin.expect_refusal("views.open", error="invalid_arguments")
    too_long = {
        **MODAL,
        "title": {"type": "plain_text", "text": "A title far longer than Slack allows"},
    }
    with pytest.raises(SlackApiError) as raised:
        client.views_open(trigger_id="t", view=too_long)
    assert raised.value.response["error"] == "invalid_arguments"
    assert "/view/title/text" in raised.value.response["response_metadata"]["messages"][0]


def test_views_publish_keeps_the_latest_home_per_user(standin, client):
    standin.add_user("U1", "alice")
    home = {"type": "home", "blocks": [SECTION]}
    client.views_publish(user_id="U1", view=home)
    client.views_publish(user_id="U1", view={"type": "home", "blocks": []})
    assert standin.home_of("U1")["blocks"] == []
    assert standin.home_of("U2") is None


def test_files_upload_v2_goes_through_the_whole_flow_and_keeps_the_bytes(standin, client):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    client.files_upload_v2(
        channel="C1", content=png, filename="x.png", title="Chart", initial_comment="Here"
    )
    [upload] = standin.uploaded_files()
    assert (upload.content, upload.title, upload.channel_id) == (png, "Chart", "C1")
    assert upload.initial_comment == "Here"
    assert [m.files[0]["id"] for m in standin.messages_in("C1")] == [upload.id]


def test_rate_limited_call_is_retried_after_retry_after_and_both_attempts_recorded(standin):
    client = WebClient(
        token="xoxb-test",
        base_url=standin.api_url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)],
    )
    standin.fail("chat.postMessage", times=1, error="ratelimited", retry_after=0)
    assert client.chat_postMessage(channel="C1", text="hi")["ok"]
    attempts = standin.calls_to("chat.postMessage")
    assert [(a.failed, a.status) for a in attempts] == [(True, 429), (False, 200)]


def test_fail_always_until_recover(standin, client):
    standin.fail_always("chat.postMessage", error="internal_error", status=500)
    for _ in range(2):
        with pytest.raises(SlackApiError):
            client.chat_postMessage(channel="C1", text="hi")
    standin.recover("chat.postMessage")
    assert client.chat_postMessage(channel="C1", text="hi")["ok"]
    assert len(standin.calls_to("chat.postMessage", include_failed=False)) == 1


def test_a_lost_answer_takes_effect_but_the_caller_hears_nothing(standin, client):
    # slack_sdk's default client would retry the hang-up and post twice; no retries here.
    once = WebClient(token="xoxb-test", base_url=standin.api_url, retry_handlers=[])
    standin.lose_answers("chat.postMessage")
    with pytest.raises(RemoteDisconnected):
        once.chat_postMessage(channel="C1", text="did it go?")
    assert [m.text for m in standin.messages_in("C1")] == ["did it go?"]
    [call] = standin.calls_to("chat.postMessage")
    assert call.status == LOST and not call.failed
    assert client.chat_postMessage(channel="C1", text="again")["ok"]  # only once


def test_history_is_newest_first_in_pages_with_metadata_only_when_asked(standin, client):
    standin.set_post_limit(None)  # six posts at once to one DM: pacing is not the point here
    standin.expect_refusal("conversations.history", error="invalid_cursor")
    metadata = {"event_type": "cms_nudge", "event_payload": {"key": "n:1"}}
    client.chat_postMessage(channel="U9", text="first", metadata=metadata)
    for n in range(4):
        client.chat_postMessage(channel="DU9", text=f"later {n}")
    client.chat_postMessage(channel="DU9", text="reply", thread_ts="1700000000.000100")

    first = client.conversations_history(channel="DU9", limit=3, include_all_metadata=True)
    assert [m["text"] for m in first["messages"]] == ["later 3", "later 2", "later 1"]
    assert first["has_more"] and first["response_metadata"]["next_cursor"]
    rest = client.conversations_history(
        channel="DU9",
        limit=3,
        include_all_metadata=True,
        cursor=first["response_metadata"]["next_cursor"],
    )
    assert [m["text"] for m in rest["messages"]] == ["later 0", "first"]
    assert not rest["has_more"] and rest["response_metadata"]["next_cursor"] == ""
    assert rest["messages"][1]["metadata"] == metadata
    plain = client.conversations_history(channel="DU9")
    assert all("metadata" not in m for m in plain["messages"])
    with pytest.raises(SlackApiError) as error:
        client.conversations_history(channel="DU9", cursor="bogus")
    assert error.value.response["error"] == "invalid_cursor"


@pytest.mark.parametrize(("token", "error"), [("xoxb-wrong", "invalid_auth"), (None, "not_authed")])
def test_wrong_or_missing_token_is_refused(standin, token, error):
    standin.expect_refusal("auth.test", error=error)
    with pytest.raises(SlackApiError) as raised:
        WebClient(token=token, base_url=standin.api_url).auth_test()
    assert raised.value.response["error"] == error


def test_response_url_posts_are_recorded_and_replace_the_original(standin, client):
    ts = client.chat_postMessage(channel="C1", text="Approve?")["ts"]
    url = standin.new_response_url(channel="C1", message_ts=ts)
    WebhookClient(url).send(text="Approved", replace_original=True)
    call = standin.wait_for("response_url")
    assert (call.args["url"], call.args["text"]) == (url, "Approved")
    assert [m.text for m in standin.messages_in("C1")] == ["Approved"]


def test_wait_for_names_what_arrived_when_nothing_matches(standin, client):
    client.chat_postMessage(channel="C1", text="hi")
    with pytest.raises(AssertionError, match=r"chat.postMessage .*\"C1\""):
        standin.wait_for("chat.postMessage", {"channel": "C2"}, timeout=0.05)


def test_wait_for_waits_for_a_call_made_later(standin, client):
    threading.Timer(0.1, lambda: client.chat_postMessage(channel="C1", text="late")).start()
    assert standin.wait_for("chat.postMessage", timeout=2).args["text"] == "late"


# -- the sender ----------------------------------------------------------------------------


def test_sender_signature_verifies_with_slack_sdk_and_a_stale_one_does_not():
    sender = SlackSender("http://unused", SECRET)
    verifier = SignatureVerifier(SECRET)
    now = int(time.time())
    body = "command=%2Flogcontact&text=hi"
    assert verifier.is_valid(body, str(now), sender.sign(body, now))
    stale = now - 6 * 60
    assert not verifier.is_valid(body, str(stale), sender.sign(body, stale))


def test_values_for_maps_answers_by_action_id_and_keeps_initial_values(standin, client):
    view = client.views_open(trigger_id="t", view=MODAL)["view"]
    values = values_for(view, {"notes": "Met at the golf day", "channel": "phone"})
    assert values["notes_b"]["notes"] == {
        "type": "plain_text_input",
        "value": "Met at the golf day",
    }
    assert values["channel_b"]["channel"]["selected_option"]["text"]["text"] == "Phone"
    assert values["when_b"]["when"]["selected_date"] == "2026-11-18"
    assert (
        values_for(view, {"when": date(2026, 1, 2)})["when_b"]["when"]["selected_date"]
        == "2026-01-02"
    )
    assert values_for(view, {})["notes_b"]["notes"]["value"] is None
    with pytest.raises(KeyError, match="nope"):
        values_for(view, {"nope": 1})
    with pytest.raises(ValueError, match="fax"):
        values_for(view, {"channel": "fax"})


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def bolt(standin: SlackStandIn) -> Iterator[tuple[App, SlackSender]]:
    """A real Bolt app over real HTTP, its Web API calls going to the stand-in."""
    app = App(
        client=WebClient(token="xoxb-test", base_url=standin.api_url),
        signing_secret=SECRET,
        token_verification_enabled=False,
    )
    server = make_server("127.0.0.1", 0, SlackRequestHandler(app), WSGIServer, _Quiet)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/slack/events"
    yield app, SlackSender(url, SECRET, standin=standin)
    server.shutdown()
    server.server_close()


def test_bolt_accepts_a_signed_command_and_its_respond_reaches_the_response_url(standin, bolt):
    app, slack = bolt

    @app.command("/logcontact")
    def command(ack, respond, command, client):
        ack()
        respond(f"logged {command['text']}")
        client.views_open(trigger_id=command["trigger_id"], view=MODAL)

    reply = slack.command("/logcontact", "Acme phone", user_id="U1")
    assert reply.status == 200
    assert standin.wait_for("response_url").args == {
        "url": reply.response_url,
        "text": "logged Acme phone",
    }
    assert standin.wait_for("views.open").args["trigger_id"] == reply.trigger_id


def test_bolt_refuses_unsigned_wrongly_signed_and_stale_requests(bolt):
    _app, slack = bolt
    body = "command=%2Flogcontact&text=hi"
    assert slack.post(body, sign=False).status == 401
    assert slack.post(body, signature="v0=" + "0" * 64).status == 401
    assert slack.post(body, timestamp=int(time.time()) - 6 * 60).status == 401


def test_block_action_reads_block_id_and_value_from_the_clicked_message(standin, client, bolt):
    app, slack = bolt
    clicked: list[dict[str, Any]] = []

    @app.action("approve")
    def approve(ack, body):
        ack()
        clicked.append(body)

    buttons = {
        "type": "actions",
        "block_id": "decide",
        "elements": [
            {
                "type": "button",
                "action_id": "approve",
                "value": "claim-7",
                "text": {"type": "plain_text", "text": "Approve"},
            },
        ],
    }
    client.chat_postMessage(channel="CCONTROL", text="Claim", blocks=[SECTION, buttons])
    [message] = standin.messages_in("CCONTROL")
    assert "[1] Approve" in render(message.blocks)
    assert slack.block_action("UCTL", "approve", message=message).status == 200
    [body] = clicked
    assert body["actions"][0] | {"action_ts": None} == {
        "action_id": "approve",
        "block_id": "decide",
        "type": "button",
        "value": "claim-7",
        "text": {"type": "plain_text", "text": "Approve"},
        "action_ts": None,
    }
    assert (body["channel"]["id"], body["container"]["message_ts"]) == ("CCONTROL", message.ts)


def test_view_submission_errors_come_back_in_the_reply(standin, client, bolt):
    app, slack = bolt

    @app.view("log_contact")
    def submit(ack, view):
        notes = view["state"]["values"]["notes_b"]["notes"]["value"]
        ack(response_action="errors", errors={"notes_b": f"got {notes}"})

    view = client.views_open(trigger_id="t", view=MODAL)["view"]
    reply = slack.view_submission("U1", view, answers={"notes": "hello", "channel": "email"})
    assert reply.json == {"response_action": "errors", "errors": {"notes_b": "got hello"}}


def test_events_and_url_verification_reach_bolt(standin, bolt):
    app, slack = bolt
    standin.add_user("U1", "alice")

    @app.event("app_home_opened")
    def home(event, client):
        client.views_publish(user_id=event["user"], view={"type": "home", "blocks": [SECTION]})

    assert slack.app_home_opened("U1").status == 200
    standin.wait_for("views.publish", {"user_id": "U1"})
    assert standin.home_of("U1")["blocks"][0]["text"]["text"] == "Hello *there*"
    assert slack.url_verification("abc").json == {"challenge": "abc"}


def test_render_numbers_controls_as_controls_lists_them():
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": "Overdue"}},
        {
            **SECTION,
            "accessory": {
                "type": "button",
                "action_id": "log",
                "text": {"type": "plain_text", "text": "Log"},
            },
        },
        {"type": "divider"},
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "action_id": "a",
                    "text": {"type": "plain_text", "text": "Approve"},
                },
                {
                    "type": "button",
                    "action_id": "r",
                    "text": {"type": "plain_text", "text": "Reject"},
                },
            ],
        },
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "by <@U1>"}]},
    ]
    assert render(blocks, users={"U1": "alice"}) == (
        "== Overdue ==\nHello *there*\n  [1] Log\n----\n[2] Approve  [3] Reject\nby @alice"
    )
    assert [(c.number, c.action_id) for c in controls(blocks)] == [(1, "log"), (2, "a"), (3, "r")]
    assert render_view(MODAL).splitlines()[0] == "## Log a contact ##"


def test_options_load_and_message_shortcut_reach_bolt(standin, bolt):
    app, slack = bolt
    shortcuts: list[dict[str, Any]] = []

    @app.options("client")
    def options(ack, payload):
        ack(options=[{"text": {"type": "plain_text", "text": "Acme"}, "value": payload["value"]}])

    @app.shortcut("log_from_message")
    def shortcut(ack, shortcut):
        ack()
        shortcuts.append(shortcut)

    reply = slack.options("U1", "client", "ac")
    assert reply.json == {
        "options": [{"text": {"type": "plain_text", "text": "Acme"}, "value": "ac"}]
    }
    assert slack.message_shortcut("log_from_message", "U1", "Called Acme").status == 200
    assert shortcuts[0]["message"]["text"] == "Called Acme"


def test_a_person_who_acts_in_slack_is_a_member_of_its_workspace(standin, bolt):
    """Slack only sends requests for people in the workspace, so a user the sender acts
    as is known to the stand-in (``users.info``, ``views.publish``) without arranging."""
    app, slack = bolt

    @app.command("/client")
    def command(ack, command, client):
        ack()
        client.views_publish(user_id=command["user_id"], view={"type": "home", "blocks": []})

    assert slack.command("/client", "Smith", user_id="UNEW").ok
    assert standin.wait_for("views.publish", {"user_id": "UNEW"}).ok
    client = WebClient(token="xoxb-test", base_url=standin.api_url)
    assert client.users_info(user="UNEW")["user"]["name"] == "unew"

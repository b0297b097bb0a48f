"""The stand-in refuses what Slack refuses, over real HTTP to the real slack_sdk clients.

Each test names the Slack documentation it copies. Refusals these tests provoke
on purpose are declared with ``expect_refusal``; the autouse ``slack_refusals``
fixture would fail them otherwise (that fixture is proven in
``test_standin_refusals.py``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from standin.pacing import PostLimit
from standin.scopes import manifest_scopes
from standin.server import SlackStandIn

TOKEN = "xoxb-test"
BOT = "UBOT"
SECTION = {"type": "section", "text": {"type": "mrkdwn", "text": "Hello"}}
# Everything a doctor reads, on top of what the manifest asks for.
READ_SCOPES = (*(manifest_scopes() or ()), "channels:read", "groups:read", "channels:join")


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    """#general (bot in), #random (public, bot not in), #secret (private, bot not in).

    Its clock stands still: only ``advance`` moves time, so rates and expiry are exact.
    """
    with SlackStandIn(token=TOKEN, granted_scopes=READ_SCOPES, clock=lambda: 0.0) as server:
        server.add_user("U1", "alice")
        server.add_user("U2", "bob")
        server.add_channel("CGENERAL", "general", members=[BOT], everyone=True)
        server.add_channel("CRANDOM", "random", members=["U1"])
        server.add_channel("GSECRET", "secret", is_private=True, members=["U1"])
        yield server


@pytest.fixture
def client(standin: SlackStandIn) -> WebClient:
    # No retry handlers: a 429 must reach the test, not be waited out.
    return WebClient(token=TOKEN, base_url=standin.api_url, retry_handlers=[])


def refused(call, *args, **kwargs) -> dict:  # type: ignore[no-untyped-def]
    with pytest.raises(SlackApiError) as raised:
        call(*args, **kwargs)
    return dict(raised.value.response.data)  # type: ignore[arg-type]


# -- channel membership --------------------------------------------------------------------


def test_posting_where_the_bot_is_not_a_member_is_not_in_channel_or_channel_not_found(
    standin, client
):
    """chat.postMessage "Errors": ``not_in_channel`` (public channel, bot not in it: the
    manifest grants chat:write, not chat:write.public) and ``channel_not_found`` (a
    private channel it cannot see, or no such id).
    https://docs.slack.dev/reference/methods/chat.postMessage"""
    standin.expect_refusal("chat.postMessage", error="not_in_channel")
    standin.expect_refusal("chat.postMessage", error="channel_not_found", count=2)

    assert client.chat_postMessage(channel="CGENERAL", text="hello")["ok"]
    assert refused(client.chat_postMessage, channel="CRANDOM", text="x")["error"] == (
        "not_in_channel"
    )
    assert refused(client.chat_postMessage, channel="GSECRET", text="x")["error"] == (
        "channel_not_found"
    )
    assert refused(client.chat_postMessage, channel="CNOSUCH", text="x")["error"] == (
        "channel_not_found"
    )
    assert [m.text for m in standin.messages_in("CGENERAL")] == ["hello"]
    assert standin.messages_in("CRANDOM") == [] and standin.messages_in("GSECRET") == []


def test_updates_and_ephemerals_need_membership_too(standin, client):
    """chat.update and chat.postEphemeral answer ``not_in_channel`` / ``channel_not_found``
    as chat.postMessage does; an ephemeral's recipient must be in the channel
    (``user_not_in_channel``). https://docs.slack.dev/reference/methods/chat.postEphemeral"""
    standin.expect_refusal("chat.update", error="not_in_channel")
    standin.expect_refusal("chat.postEphemeral", error="channel_not_found")
    standin.expect_refusal("chat.postEphemeral", error="user_not_in_channel")
    ts = client.chat_postMessage(channel="CGENERAL", text="v1")["ts"]
    standin.kick("CGENERAL", BOT)

    assert refused(client.chat_update, channel="CGENERAL", ts=ts, text="v2")["error"] == (
        "not_in_channel"
    )
    assert refused(client.chat_postEphemeral, channel="GSECRET", user="U1", text="x")["error"] == (
        "channel_not_found"
    )
    standin.invite("CRANDOM", BOT)
    assert client.chat_postEphemeral(channel="CRANDOM", user="U1", text="only you")["ok"]
    assert refused(client.chat_postEphemeral, channel="CRANDOM", user="U2", text="x")["error"] == (
        "user_not_in_channel"
    )
    assert [m.to_user for m in standin.ephemerals()] == ["U1"]


def test_dms_work_by_user_id_and_by_the_id_conversations_open_returns(standin, client):
    """A user id as ``channel`` posts in the DM with that user; conversations.open gives
    that DM's ``D…`` id. https://docs.slack.dev/reference/methods/chat.postMessage
    ("channel": "an encoded ID" of a DM, or a user id) and
    https://docs.slack.dev/reference/methods/conversations.open"""
    dm = client.conversations_open(users="U2")["channel"]["id"]
    client.chat_postMessage(channel="U2", text="by user id")
    client.chat_postMessage(channel=dm, text="by DM id")
    client.chat_postEphemeral(channel=dm, user="U2", text="just you")

    assert [m.text for m in standin.messages_in(dm)] == ["by user id", "by DM id"]
    assert [m.to_user for m in standin.ephemerals()] == ["U2"]


def test_conversations_info_members_and_users_conversations_say_where_the_bot_is(standin, client):
    """What a ``doctor`` checks: ``is_member`` in conversations.info, the member list,
    and the bot's own channels from users.conversations; a private channel the
    bot is not in is ``channel_not_found``.
    https://docs.slack.dev/reference/methods/conversations.info,
    https://docs.slack.dev/reference/methods/conversations.members,
    https://docs.slack.dev/reference/methods/users.conversations"""
    standin.expect_refusal("conversations.info", error="channel_not_found")
    general = client.conversations_info(channel="CGENERAL")["channel"]
    random = client.conversations_info(channel="CRANDOM")["channel"]

    assert (general["name"], general["is_member"], general["is_channel"]) == (
        "general",
        True,
        True,
    )
    assert (random["is_member"], random["is_private"]) == (False, False)
    assert refused(client.conversations_info, channel="GSECRET")["error"] == "channel_not_found"
    assert client.conversations_members(channel="CGENERAL")["members"] == ["U1", "U2", BOT]
    assert client.conversations_members(channel="CRANDOM")["members"] == ["U1"]
    mine = client.users_conversations(types="public_channel,private_channel")["channels"]
    assert [c["id"] for c in mine] == ["CGENERAL"]


def test_conversations_join_lets_the_bot_into_a_public_channel_only(standin, client):
    """conversations.join needs ``channels:join`` and works on public channels only
    (``method_not_supported_for_channel_type``); joining twice warns
    ``already_in_channel``. https://docs.slack.dev/reference/methods/conversations.join"""
    standin.expect_refusal("conversations.join", error="method_not_supported_for_channel_type")
    joined = client.conversations_join(channel="CRANDOM")

    assert joined["channel"]["is_member"] and "warning" not in joined.data
    assert client.chat_postMessage(channel="CRANDOM", text="now I can")["ok"]
    assert client.conversations_join(channel="CRANDOM")["warning"] == "already_in_channel"
    assert refused(client.conversations_join, channel="GSECRET")["error"] == (
        "method_not_supported_for_channel_type"
    )


def test_an_archived_channel_takes_no_posts(standin, client):
    """``is_archived``: "Channel has been archived."
    https://docs.slack.dev/reference/methods/chat.postMessage"""
    standin.expect_refusal("chat.postMessage", error="is_archived")
    standin.archive("CGENERAL")
    assert refused(client.chat_postMessage, channel="CGENERAL", text="x")["error"] == "is_archived"


# -- scopes -------------------------------------------------------------------------------


def test_every_web_api_answer_carries_the_tokens_scopes():
    """Slack sends ``x-oauth-scopes`` (the token's scopes) and ``x-accepted-oauth-scopes``
    (what the method accepts) with Web API answers; the default grant is manifest.yml's
    bot scopes. https://api.slack.com/legacy/oauth-scopes ("Working with scopes")"""
    with SlackStandIn(token=TOKEN) as server:
        server.add_channel("C1", "general", members=[BOT])
        client = WebClient(token=TOKEN, base_url=server.api_url)
        answers = [
            client.auth_test(),
            client.chat_postMessage(channel="C1", text="x"),
            client.conversations_history(channel="C1"),
        ]
    granted = ",".join(manifest_scopes() or ())
    assert granted and "chat:write" in granted
    assert [a.headers["x-oauth-scopes"] for a in answers] == [granted] * 3
    assert answers[1].headers["x-accepted-oauth-scopes"] == "chat:write"
    assert answers[2].headers["x-accepted-oauth-scopes"] == "channels:history"


def test_a_method_whose_scope_was_not_granted_is_missing_scope():
    """A call without a scope the method needs: ``missing_scope`` with ``needed`` and
    ``provided``. https://docs.slack.dev/reference/methods/chat.postMessage ("Errors")
    and https://docs.slack.dev/reference/scopes"""
    granted = [s for s in manifest_scopes() or () if s not in ("chat:write", "channels:read")]
    with SlackStandIn(token=TOKEN, granted_scopes=granted) as server:
        server.add_channel("C1", "general", members=[BOT])
        server.expect_refusal("chat.postMessage", error="missing_scope")
        server.expect_refusal("conversations.info", error="missing_scope")
        client = WebClient(token=TOKEN, base_url=server.api_url)
        answer = refused(client.chat_postMessage, channel="C1", text="x")
        info = refused(client.conversations_info, channel="C1")

        assert (answer["needed"], answer["provided"]) == ("chat:write", ",".join(granted))
        assert info["needed"] == "channels:read"
        assert server.messages_in("C1") == []


# -- posting rate ---------------------------------------------------------------------------


def test_posts_to_one_channel_beyond_a_short_burst_get_429_with_retry_after(standin, client):
    """ "chat.postMessage generally allows posting one message per second per channel";
    "Short bursts >1 allowed". Over the limit: HTTP 429, ``Retry-After`` in seconds,
    ``error: ratelimited``. https://docs.slack.dev/apis/web-api/rate-limits"""
    standin.expect_refusal("chat.postMessage", error="ratelimited")
    for n in range(4):
        client.chat_postMessage(channel="CGENERAL", text=f"burst {n}")
    client.chat_postMessage(channel="U1", text="another channel has its own allowance")

    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel="CGENERAL", text="one too many")
    answer = raised.value.response
    assert (answer.status_code, answer.headers["Retry-After"], answer["error"]) == (
        429,
        "1",
        "ratelimited",
    )
    standin.advance(1)
    assert client.chat_postMessage(channel="CGENERAL", text="a second later")["ok"]
    texts = [m.text for m in standin.messages_in("CGENERAL")]
    assert texts == [*(f"burst {n}" for n in range(4)), "a second later"]


def test_slack_sdks_rate_limit_handler_waits_out_the_retry_after():
    """slack_sdk's RateLimitErrorRetryHandler sleeps ``Retry-After`` and retries: the
    second post lands after one 429, in real time.
    https://docs.slack.dev/tools/python-slack-sdk/web ("RetryHandler")"""
    with SlackStandIn(token=TOKEN, post_limit=PostLimit(per_second=1.0, burst=1)) as server:
        server.add_channel("C1", "general", members=[BOT])
        server.expect_refusal("chat.postMessage", error="ratelimited")  # the one retried
        patient = WebClient(
            token=TOKEN,
            base_url=server.api_url,
            retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=2)],
        )
        patient.chat_postMessage(channel="C1", text="first")

        assert patient.chat_postMessage(channel="C1", text="second")["ok"]
        assert [c.status for c in server.calls_to("chat.postMessage")] == [200, 429, 200]


def test_the_post_limit_is_configurable_and_can_be_switched_off(standin, client):
    """PostLimit sets the burst and pace; None posts without limit (the console's choice
    when it replays a book's owed posts)."""
    standin.set_post_limit(PostLimit(per_second=10.0, burst=2))
    standin.expect_refusal("chat.postMessage", error="ratelimited")
    client.chat_postMessage(channel="CGENERAL", text="1")
    client.chat_postMessage(channel="CGENERAL", text="2")
    answer = refused(client.chat_postMessage, channel="CGENERAL", text="3")
    assert answer["error"] == "ratelimited"
    standin.advance(0.1)
    assert client.chat_postMessage(channel="CGENERAL", text="3")["ok"]

    standin.set_post_limit(None)
    for n in range(20):
        client.chat_postMessage(channel="CGENERAL", text=f"free {n}")
    assert len(standin.messages_in("CGENERAL")) == 23


def test_non_marketplace_history_is_fifteen_a_page_and_one_call_a_minute():
    """Since 2025-05-29, commercially distributed apps outside the Marketplace get
    conversations.history at 1 request per minute with ``limit`` at most (and by
    default) 15. Opt-in here. https://docs.slack.dev/changelog/2025/05/29/rate-limit-changes-for-non-marketplace-apps"""
    with SlackStandIn(
        token=TOKEN, post_limit=None, non_marketplace_history=True, clock=lambda: 0.0
    ) as server:
        server.add_channel("C1", "general", members=[BOT])
        server.expect_refusal("conversations.history", error="ratelimited")
        client = WebClient(token=TOKEN, base_url=server.api_url, retry_handlers=[])
        for n in range(20):
            client.chat_postMessage(channel="C1", text=str(n))

        page = client.conversations_history(channel="C1", limit=100)
        with pytest.raises(SlackApiError) as raised:
            client.conversations_history(
                channel="C1", cursor=page["response_metadata"]["next_cursor"]
            )
        server.advance(60)
        rest = client.conversations_history(
            channel="C1", cursor=page["response_metadata"]["next_cursor"]
        )

    assert len(page["messages"]) == 15 and page["has_more"]
    assert raised.value.response.status_code == 429
    assert int(raised.value.response.headers["Retry-After"]) == 60
    assert [m["text"] for m in rest["messages"]] == [str(n) for n in range(4, -1, -1)]


# -- response_url ---------------------------------------------------------------------------


def test_a_response_url_answers_five_times_then_404_used_url(standin):
    """ "You can use ``response_url`` to publish up to 5 times within 30 minutes".
    https://docs.slack.dev/interactivity/handling-user-interaction ("Message responses").
    Errors are plain-text 4xx bodies, as for incoming webhooks:
    https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks"""
    standin.expect_refusal("response_url", error="used_url")
    url = standin.new_response_url(channel="CGENERAL", user="U1")
    hook = WebhookClient(url)

    answers = [hook.send(text=f"reply {n}") for n in range(6)]

    assert [(a.status_code, a.body) for a in answers] == [(200, "ok")] * 5 + [(404, "used_url")]
    assert len(standin.ephemerals("U1")) == 5


def test_a_response_url_expires_thirty_minutes_after_it_was_issued(standin):
    """Within 30 minutes it answers; after, 404 ``expired_url`` and nothing is shown.
    https://docs.slack.dev/interactivity/handling-user-interaction ("Message responses")"""
    standin.expect_refusal("response_url", error="expired_url")
    early = standin.new_response_url(channel="CGENERAL", user="U1")
    standin.advance(29 * 60 + 59)
    late = standin.new_response_url(channel="CGENERAL", user="U1")
    assert WebhookClient(early).send(text="just in time").status_code == 200
    standin.advance(2)

    answer = WebhookClient(early).send(text="too late")

    assert (answer.status_code, answer.body) == (404, "expired_url")
    assert WebhookClient(late).send(text="still fresh").status_code == 200
    assert [m.text for m in standin.ephemerals("U1")] == ["just in time", "still fresh"]


def test_the_stand_ins_clock_can_be_any_callable():
    """Tests may drive time themselves: ``clock`` is any callable of seconds."""
    now = [1000.0]
    with SlackStandIn(token=TOKEN, clock=lambda: now[0]) as server:
        server.expect_refusal("response_url", error="expired_url")
        url = server.new_response_url(channel="C1", user="U1")
        now[0] += 30 * 60 + 1
        assert WebhookClient(url).send(text="x").body == "expired_url"


@pytest.mark.parametrize(
    ("payload", "status", "body"),
    [
        (
            {"blocks": [SECTION, {**SECTION, "block_id": "b"}, {**SECTION, "block_id": "b"}]},
            400,
            "invalid_blocks",
        ),
        ({"text": ""}, 400, "no_text"),
    ],
)
def test_a_response_url_refuses_bad_content_with_a_400_text_body(standin, payload, status, body):
    """Content Slack refuses: HTTP 400 and the error as plain text (``invalid_blocks``:
    slackapi/java-slack-sdk#1017, Slack staff on a webhook's 400 ``invalid_blocks``;
    incoming-webhook errors are plain strings with 4xx:
    https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks)."""
    standin.expect_refusal("response_url", error=body)
    url = standin.new_response_url(channel="CGENERAL", user="U1")

    answer = WebhookClient(url).send_dict(payload)

    assert (answer.status_code, answer.body) == (status, body)
    assert standin.ephemerals("U1") == []


def test_a_response_url_slack_never_issued_is_404_no_service(standin):
    """An unknown hook: 404 ``no_service``."""
    standin.expect_refusal("response_url", error="no_service")
    answer = WebhookClient(f"{standin.base_url}/response/999").send(text="x")
    assert (answer.status_code, answer.body) == (404, "no_service")


# -- the end-to-end world -------------------------------------------------------------------


@pytest.mark.parametrize("world_bot_invited", [True, False])
def test_the_worlds_bot_is_in_the_controllers_channel_unless_it_was_never_invited(
    world, world_bot_invited
):
    """tests/world.py: the bot is in #general (C1) and, unless ``world_bot_invited`` is
    False, in the controllers' channel; not invited, Slack answers ``not_in_channel``.
    https://docs.slack.dev/reference/methods/chat.postMessage ("Errors")"""
    from tests.world import BOT_TOKEN, CONTROLLERS_CHANNEL, GENERAL_CHANNEL

    client = WebClient(token=BOT_TOKEN, base_url=world.standin.api_url, retry_handlers=[])
    assert client.chat_postMessage(channel=GENERAL_CHANNEL, text="hello")["ok"]
    if world_bot_invited:
        assert client.chat_postMessage(channel=CONTROLLERS_CHANNEL, text="claim")["ok"]
    else:
        world.standin.expect_refusal("chat.postMessage", error="not_in_channel")
        assert refused(client.chat_postMessage, channel=CONTROLLERS_CHANNEL, text="claim")[
            "error"
        ] == ("not_in_channel")
    assert (BOT in world.standin.members_of(CONTROLLERS_CHANNEL)) is world_bot_invited

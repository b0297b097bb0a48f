"""The one sender reads every answer Slack can give a post the same way, for every ledger.

Over real HTTP to the Slack stand-in, with the bot's own Web API client.
What Slack answers and when: chat.postMessage's "Errors" and the rate-limit
page (HTTP 429 with ``Retry-After``,
https://docs.slack.dev/reference/methods/chat.postMessage,
https://docs.slack.dev/apis/web-api/rate-limits).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from slack_sdk import WebClient

from bot.delivery.engine import Engine, Post, Verdict
from bot.delivery.pacing import Pace, Slot, Steady
from bot.delivery.slack import Trail
from standin.server import SlackStandIn
from tests.factories import BOT_TOKEN as TOKEN

TRAIL = Trail("cms_test", "key", "im:history")


class Watching(Steady):
    """The steady pace, remembering what a 429 asked it to hold off."""

    def __init__(self) -> None:
        super().__init__(0.0)
        self.held: list[tuple[str, float]] = []

    def hold_off(self, channel: str, seconds: float) -> None:
        self.held.append((channel, seconds))
        super().hold_off(channel, seconds)


class NoSlot:
    """A channel whose next slot is an hour off."""

    def take(self, channel: str, *, max_wait: float) -> Slot | float:
        return 3600.0

    def wait_for(self, slot: Slot) -> None:
        raise AssertionError("no slot was given")

    def hold_off(self, channel: str, seconds: float) -> None:
        raise AssertionError("nothing was asked of Slack")


@pytest.fixture
def slack(slack: SlackStandIn) -> SlackStandIn:
    slack.add_user("U1", "Rita", tz="Europe/Paris")
    return slack


def engine_for(slack: SlackStandIn, pacer: Pace | None = None) -> Engine:
    client = WebClient(token=TOKEN, base_url=slack.api_url, timeout=2)
    return Engine(client, trail=TRAIL, pacer=pacer or Watching())


def dm(key: str = "k1", **extra: Any) -> Post:
    return Post("chat.postMessage", {"channel": "U1", "text": "hello", **extra}, key)


@pytest.mark.parametrize(
    ("failure", "verdict", "uncertain"),
    [
        ({"error": "ratelimited", "retry_after": 3}, Verdict.RATE_LIMITED, False),
        ({"error": "user_not_found"}, Verdict.DEAD, False),
        ({"error": "invalid_blocks"}, Verdict.DEAD, False),
        ({"error": "invalid_auth"}, Verdict.FAILED, False),  # every post alike: not dead
        ({"error": "service_unavailable", "status": 503}, Verdict.FAILED, True),
    ],
)
def test_each_answer_slack_gives_a_post_has_one_verdict(
    slack: SlackStandIn, failure: dict[str, Any], verdict: Verdict, uncertain: bool
) -> None:
    slack.fail("chat.postMessage", **failure)

    result = engine_for(slack).send(dm())

    assert (result.verdict, result.uncertain) == (verdict, uncertain)
    assert result.failure is not None and failure["error"] in result.failure.message
    assert result.error.startswith("uncertain: ") == uncertain
    assert slack.messages_in("U1") == []


def test_a_429_gives_its_retry_after_and_holds_the_channel_back(slack: SlackStandIn) -> None:
    slack.fail("chat.postMessage", error="ratelimited", retry_after=3)
    pacer = Watching()

    result = engine_for(slack, pacer).send(dm())

    assert result.verdict is Verdict.RATE_LIMITED and result.wait == timedelta(seconds=3)
    assert pacer.held == [("U1", 3.0)]
    assert len(slack.calls_to("chat.postMessage")) == 1  # not re-sent by the client


def test_a_post_carries_its_key_in_the_metadata_and_is_sent_once(slack: SlackStandIn) -> None:
    result = engine_for(slack).send(dm("daily:7:2026-11-18"))

    assert result.verdict is Verdict.SENT and not result.found
    [message] = slack.messages_in("U1")
    assert result.response["ts"] == message.ts
    assert message.metadata == {
        "event_type": "cms_test",
        "event_payload": {"key": "daily:7:2026-11-18"},
    }


def test_a_lost_answer_is_uncertain_and_the_next_attempt_finds_the_post(
    slack: SlackStandIn,
) -> None:
    engine = engine_for(slack)
    slack.lose_answers("chat.postMessage")

    lost = engine.send(dm())
    again = engine.send(dm(), maybe_sent=True)

    assert lost.verdict is Verdict.FAILED and lost.uncertain
    [message] = slack.messages_in("U1")
    assert again.verdict is Verdict.SENT and again.found
    assert again.response["ts"] == message.ts
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert slack.calls_to("conversations.history")


def test_without_a_slot_in_time_nothing_is_asked_of_slack(slack: SlackStandIn) -> None:
    result = engine_for(slack, NoSlot()).send(dm())

    assert result.verdict is Verdict.PACED
    assert slack.calls_to("chat.postMessage") == []


def test_an_update_is_not_paced_looked_up_or_tagged(slack: SlackStandIn) -> None:
    engine = engine_for(slack)
    posted = engine.send(dm())
    channel, ts = posted.response["channel"], posted.response["ts"]

    updated = engine_for(slack, NoSlot()).send(
        Post("chat.update", {"channel": channel, "ts": ts, "text": "changed"}, "k1"),
        maybe_sent=True,
    )

    assert updated.verdict is Verdict.SENT
    [message] = slack.messages_in("U1")
    assert message.text == "changed"
    assert "metadata" not in slack.calls_to("chat.update")[0].args
    assert slack.calls_to("conversations.history") == []

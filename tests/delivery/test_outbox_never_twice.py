"""Never posted twice: unanswered posts, crashes mid-send and racing instances.

A scripted Slack (``FakeSlack``) stands in for the Web API here, because it
can do what the HTTP stand-in cannot: kill the process between posting and
recording it, and script many lost answers and racing instances exactly.
(A lost answer over real HTTP is in ``test_outbox_delivery``.) Each test
commits for real (the ``engine`` fixture).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from slack_sdk.errors import SlackApiError
from sqlalchemy import Engine, select

from bot.app import delivery_kinds
from bot.clock import FixedClock
from bot.delivery.outbox import deliver_due, deliver_keys
from bot.deps import Deps
from bot.settings import Settings
from storage.engine import make_session_factory
from storage.models import Claim, OutboxMessage
from tests.claims_cast import make_cast, raise_claim


class Crash(BaseException):
    """The process dying mid-send: not an ``Exception``, so nothing catches it."""


@dataclass
class FakeSlack:
    token: str = "xoxb-fake"
    base_url: str = "https://fake/api/"
    timeout: int = 10
    channels: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    calls: list[str] = field(default_factory=list)
    lose_answers: int = 0  # posts that land but whose answer never arrives
    crash_after_posting: int = 0
    refuse: int = 0  # posts Slack refuses (ok: false): certainly not posted
    history_works: bool = True
    slow: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def chat_postMessage(self, **json: Any) -> SimpleNamespace:  # noqa: N802 - slack_sdk's name
        return self.api_call("chat.postMessage", json)

    def chat_update(self, **json: Any) -> SimpleNamespace:
        return self.api_call("chat.update", json)

    def api_call(self, method: str, json: dict[str, Any]) -> SimpleNamespace:
        time.sleep(self.slow)
        with self.lock:
            self.calls.append(method)
            if method != "chat.postMessage":
                return SimpleNamespace(data={"ok": True, **json})
            if self.refuse:
                self.refuse -= 1
                raise SlackApiError(
                    "refused",
                    SimpleNamespace(status_code=200, headers={}, get=lambda k: "invalid_auth"),
                )
            channel = json["channel"]
            channel = f"D{channel}" if channel.startswith("U") else channel
            messages = self.channels.setdefault(channel, [])
            ts = f"1700000000.{len(self.calls):06d}"
            messages.insert(0, {"ts": ts, "text": json["text"], "metadata": json.get("metadata")})
            if self.crash_after_posting:
                self.crash_after_posting -= 1
                raise Crash()
            if self.lose_answers:
                self.lose_answers -= 1
                raise TimeoutError("The read operation timed out")
            return SimpleNamespace(data={"ok": True, "channel": channel, "ts": ts})

    def conversations_history(self, **kwargs: Any) -> dict[str, Any]:
        with self.lock:
            self.calls.append("conversations.history")
            if not self.history_works:
                raise SlackApiError(
                    "missing_scope",
                    SimpleNamespace(status_code=200, headers={}, get=lambda k: "missing_scope"),
                )
            return {"messages": list(self.channels.get(kwargs["channel"], []))}

    def conversations_open(self, users: str) -> dict[str, Any]:
        return {"channel": {"id": f"D{users}"}}

    def posts(self, channel: str) -> list[dict[str, Any]]:
        return self.channels.get(channel, [])


@pytest.fixture
def slack() -> FakeSlack:
    return FakeSlack()  # not a WebClient: the sender uses it as it is, retrying nothing


@pytest.fixture
def deps(engine: Engine, slack: FakeSlack, now: datetime) -> Iterator[Deps]:
    yield Deps(
        settings=Settings(controllers_channel="CCONTROL"),
        engine=engine,
        sessions=make_session_factory(engine),
        clock=FixedClock(now),
        client=slack,  # type: ignore[arg-type]
        kinds=delivery_kinds(),
    )


def arrange(deps: Deps, now: datetime, claims: int = 1) -> list[int]:
    with deps.sessions.begin() as session:
        cast = make_cast(session)
        return [
            raise_claim(
                session,
                rep=cast.rep,
                client=cast.client,
                now=now,
                when=now - timedelta(hours=n + 1),
            ).id
            for n in range(claims)
        ]


def row(deps: Deps, key: str) -> OutboxMessage:
    with deps.sessions.begin() as session:
        found = session.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == key))
        assert found is not None
        return found


def test_post_that_landed_without_an_answer_is_found_not_reposted(
    deps: Deps, slack: FakeSlack, now: datetime
) -> None:
    [claim_id] = arrange(deps, now)
    key = f"claim:{claim_id}:post"
    slack.lose_answers = 1

    assert deliver_due(deps, now=now).failed == [key]
    assert (row(deps, key).last_error or "").startswith("uncertain")

    assert deliver_due(deps, now=now + timedelta(minutes=5)).sent == [key]

    [message] = slack.posts("CCONTROL")
    assert slack.calls.count("chat.postMessage") == 1
    assert row(deps, key).result_ts == message["ts"]
    with deps.sessions.begin() as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None and claim.controller_message_ts == message["ts"]


def test_crash_between_posting_and_recording_is_not_reposted_after_the_lease(
    deps: Deps, slack: FakeSlack, now: datetime
) -> None:
    [claim_id] = arrange(deps, now)
    key = f"claim:{claim_id}:post"
    slack.crash_after_posting = 1
    with pytest.raises(Crash):
        deliver_due(deps, now=now)
    assert (row(deps, key).last_error or "").startswith("in flight")

    assert deliver_due(deps, now=now + timedelta(minutes=1)).sent == []  # still leased
    assert deliver_due(deps, now=now + timedelta(minutes=6)).sent == [key]
    assert len(slack.posts("CCONTROL")) == 1 and slack.calls.count("chat.postMessage") == 1


def test_a_click_crashing_mid_send_gives_back_only_the_rows_it_never_began(
    deps: Deps, slack: FakeSlack, now: datetime
) -> None:
    first, second = (f"claim:{claim_id}:post" for claim_id in arrange(deps, now, claims=2))
    slack.crash_after_posting = 1
    with pytest.raises(Crash):
        deliver_keys(deps, [first, second], now=now)  # both leased in one statement
    assert (row(deps, first).last_error or "").startswith("in flight")
    assert row(deps, first).locked_until is not None  # it may have landed: still leased
    assert row(deps, second).locked_until is None  # never begun: due again at once

    assert deliver_due(deps, now=now).sent == [second]
    assert deliver_due(deps, now=now + timedelta(minutes=6)).sent == [first]
    assert len(slack.posts("CCONTROL")) == 2 and slack.calls.count("chat.postMessage") == 2


def test_a_refused_post_is_certain_and_retried_without_looking(
    deps: Deps, slack: FakeSlack, now: datetime
) -> None:
    [claim_id] = arrange(deps, now)
    slack.refuse = 1
    assert deliver_due(deps, now=now).failed == [f"claim:{claim_id}:post"]
    assert deliver_due(deps, now=now + timedelta(minutes=5)).sent == [f"claim:{claim_id}:post"]
    assert "conversations.history" not in slack.calls
    assert len(slack.posts("CCONTROL")) == 1


def test_without_history_access_an_unanswered_post_is_sent_again(
    deps: Deps, slack: FakeSlack, now: datetime, caplog: pytest.LogCaptureFixture
) -> None:
    """The documented residual risk: no ``*:history`` scope, no way to tell; we repost and say so."""
    [claim_id] = arrange(deps, now)
    slack.lose_answers, slack.history_works = 1, False
    deliver_due(deps, now=now)
    assert deliver_due(deps, now=now + timedelta(minutes=5)).sent == [f"claim:{claim_id}:post"]
    assert len(slack.posts("CCONTROL")) == 2
    assert "posting again may duplicate" in caplog.text


def test_two_instances_delivering_at_once_post_each_row_once(
    deps: Deps, slack: FakeSlack, now: datetime
) -> None:
    claim_ids = arrange(deps, now, claims=6)
    slack.slow = 0.05
    start = threading.Barrier(3)

    def instance(_: int) -> None:
        start.wait()
        deliver_due(deps, now=now)

    with ThreadPoolExecutor(max_workers=3) as pool:
        for future in [pool.submit(instance, n) for n in range(3)]:
            future.result()
    # A row an instance found contended (its pace slot or lease taken by another at that
    # instant) stays owed for the next tick, never sent twice: that tick comes here.
    deliver_due(deps, now=now)

    texts = [m["text"] for m in slack.posts("CCONTROL")]
    assert len(texts) == len(claim_ids) == len(set(texts))
    with deps.sessions.begin() as session:
        unsent = session.scalars(select(OutboxMessage).where(OutboxMessage.sent_at.is_(None))).all()
        assert unsent == []

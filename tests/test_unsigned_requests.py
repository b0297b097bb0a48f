"""Nothing for the unsigned, no 500 for the malformed: ``/slack/events`` over real HTTP.

Slack's "Verifying requests from Slack"
(https://docs.slack.dev/authentication/verifying-requests-from-slack/): the
signature is ``v0=`` + HMAC-SHA256 of ``v0:{X-Slack-Request-Timestamp}:{raw
body}``, and a timestamp more than five minutes from now is refused. Any
request failing that is answered 401 before its body is read, makes no Web
API or ``response_url`` call and writes nothing. A signed body that is not a
payload Slack could send is a 400 with one log line, never a 500 or a
traceback.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from typing import Any
from urllib.parse import urlencode

import pytest
from slack_bolt import Ack, BoltRequest
from sqlalchemy import func, select

from bot.slack_signature import SlackSignature
from handlers import errors
from standin.sender import FORM, JSON, VERIFICATION_TOKEN
from storage.models import Base, Interaction
from tests.factories import make_client, make_rep
from tests.world import SIGNING_SECRET, World
from tests.world import world_bot_invited  # noqa: F401  (fixture of ``world``)

USER = "U1"
BOTH = pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])


def sign_bytes(body: bytes, timestamp: str, secret: str = SIGNING_SECRET) -> str:
    """The signature over raw bytes, as Slack's doc defines it (works for non-UTF-8 too)."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def row_counts(world: World) -> dict[str, int]:
    with world.db() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def logcontact_fields(world: World, text: str = "Jane Smith call yesterday discussed fees") -> dict:  # type: ignore[type-arg]
    return {
        "token": VERIFICATION_TOKEN,
        "team_id": "T0001",
        "team_domain": "standin",
        "channel_id": "C1",
        "channel_name": "c1",
        "user_id": USER,
        "user_name": "rita",
        "command": "/logcontact",
        "text": text,
        "api_app_id": "A0001",
        "response_url": world.standin.new_response_url(channel="C1", user=USER),
        "trigger_id": world.standin.new_trigger_id(),
    }


def bodies(world: World) -> dict[str, tuple[bytes, str]]:
    """Bodies an attacker might send, each pointing a ``response_url`` at the stand-in."""
    url = world.standin.new_response_url(user=USER)
    action = {
        "type": "block_actions",
        "user": {"id": USER},
        "trigger_id": "1.2.3",
        "response_url": url,
        "actions": [{"action_id": "log_undo", "block_id": "b", "value": "1"}],
    }
    return {
        "slash command": (urlencode(logcontact_fields(world)).encode(), FORM),
        "button click": (urlencode({"payload": json.dumps(action)}).encode(), FORM),
        "bad payload JSON": (b"payload=%7Bnot-json&response_url=" + url.encode(), FORM),
        "non-UTF-8": (b"payload=\xff\xfe\xfa" + url.encode(), FORM),
        "event JSON": (json.dumps({"type": "event_callback", "event": None}).encode(), JSON),
    }


def now_stamp(offset: int = 0) -> str:
    return str(int(time.time()) + offset)


# Each refusal: the headers to send given the body (None: leave the header out).
REFUSALS: dict[str, Any] = {
    "no headers": lambda body: {},
    "no timestamp": lambda body: {"X-Slack-Signature": sign_bytes(body, now_stamp())},
    "no signature": lambda body: {"X-Slack-Request-Timestamp": now_stamp()},
    "empty timestamp": lambda body: {
        "X-Slack-Request-Timestamp": "",
        "X-Slack-Signature": sign_bytes(body, ""),
    },
    "non-numeric timestamp": lambda body: {
        "X-Slack-Request-Timestamp": "soon",
        "X-Slack-Signature": sign_bytes(body, "soon"),
    },
    "fractional timestamp": lambda body: {
        "X-Slack-Request-Timestamp": (stamp := f"{time.time():.3f}"),
        "X-Slack-Signature": sign_bytes(body, stamp),
    },
    "negative timestamp": lambda body: {
        "X-Slack-Request-Timestamp": "-1",
        "X-Slack-Signature": sign_bytes(body, "-1"),
    },
    "timestamp of 40 digits": lambda body: {
        "X-Slack-Request-Timestamp": "9" * 40,
        "X-Slack-Signature": sign_bytes(body, "9" * 40),
    },
    "six minutes old": lambda body: {
        "X-Slack-Request-Timestamp": (stamp := now_stamp(-6 * 60)),
        "X-Slack-Signature": sign_bytes(body, stamp),
    },
    "six minutes ahead": lambda body: {
        "X-Slack-Request-Timestamp": (stamp := now_stamp(6 * 60)),
        "X-Slack-Signature": sign_bytes(body, stamp),
    },
    "wrong signature": lambda body: {
        "X-Slack-Request-Timestamp": now_stamp(),
        "X-Slack-Signature": "v0=" + "0" * 64,
    },
    "another secret": lambda body: {
        "X-Slack-Request-Timestamp": (stamp := now_stamp()),
        "X-Slack-Signature": sign_bytes(body, stamp, secret="not-the-secret"),
    },
    "signature of another body": lambda body: {
        "X-Slack-Request-Timestamp": (stamp := now_stamp()),
        "X-Slack-Signature": sign_bytes(body + b"&x=1", stamp),
    },
    "non-ASCII signature": lambda body: {
        "X-Slack-Request-Timestamp": now_stamp(),
        "X-Slack-Signature": "v0=" + "é" * 64,
    },
    "signature without v0": lambda body: {
        "X-Slack-Request-Timestamp": (stamp := now_stamp()),
        "X-Slack-Signature": sign_bytes(body, stamp)[3:] + "abc",
    },
}


@pytest.fixture
def rep(world: World) -> None:
    with world.db() as session:
        rita = make_rep(session, USER, "Rita Rep")
        make_client(session, "Jane Smith", covered_by=[rita])


@pytest.mark.parametrize("how", list(REFUSALS))
def test_unsigned_request_is_401_calls_nothing_writes_nothing_and_logs_one_line(
    world: World, rep: None, how: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    before = row_counts(world)
    for kind, (body, content_type) in bodies(world).items():
        caplog.clear()
        reply = world.slack.post(body, content_type, sign=False, headers=REFUSALS[how](body))

        assert reply.status == 401, (kind, reply.body)
        lines = [r for r in caplog.records if r.name == "cmsbot.requests"]
        assert len(lines) == 1 and "status=401" in lines[0].getMessage(), (kind, lines)
        assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    world.standin.assert_no_call("response_url", within=0.5)
    assert world.standin.calls == []  # not even auth.test: Bolt never saw these
    assert row_counts(world) == before


def test_unsigned_refusal_does_not_read_a_body_it_cannot_verify(world: World) -> None:
    """A stale or malformed header is refused on the headers alone: a huge body is not read."""
    check = SlackSignature(SIGNING_SECRET)
    assert check.header_refusal(None, None) == "no signature"
    assert check.header_refusal("", "v0=" + "0" * 64) == "no signature"
    assert check.header_refusal("12a", "v0=" + "0" * 64) == "malformed timestamp"
    assert check.header_refusal(now_stamp(), "v1=" + "0" * 64) == "malformed signature"
    assert check.header_refusal(now_stamp(-301), "v0=" + "0" * 64) == "stale timestamp"
    assert check.header_refusal(now_stamp(-290), "v0=" + "0" * 64) is None
    # Over HTTP: a stale request announcing 50 MB is answered at once, without reading it.
    stale = {
        "X-Slack-Request-Timestamp": now_stamp(-3600),
        "X-Slack-Signature": "v0=" + "0" * 64,
    }
    reply = world.slack.post(b"x" * 1024, FORM, sign=False, headers=stale)
    assert reply.status == 401


def test_signed_request_from_four_minutes_ago_is_still_served(world: World, rep: None) -> None:
    fields = logcontact_fields(world)
    stamp = now_stamp(-4 * 60)
    body = urlencode(fields).encode()
    reply = world.slack.post(body, FORM, timestamp=stamp, signature=sign_bytes(body, stamp))

    assert reply.status == 200
    world.standin.wait_for("response_url", {"url": fields["response_url"]})


def test_slack_sdk_and_the_bytes_formula_agree_on_a_utf8_body(world: World) -> None:
    """The sender signs with slack_sdk's ``generate_signature``; the raw-bytes HMAC matches it."""
    body = urlencode({"text": "Zoë Müller 💶"}).encode()
    assert world.slack.sign(body, "1700000000") == sign_bytes(body, "1700000000")


# -- the error handler never calls a URL it cannot trust --------------------------------------


def boom_listener(world: World) -> None:
    @world.cms.bolt.command("/boom")
    def boom(ack: Ack) -> None:
        raise RuntimeError("a listener failed before its ack")


def test_error_after_a_signed_request_tells_the_user_at_its_response_url(world: World) -> None:
    boom_listener(world)
    reply = world.slack.command("/boom", "x", user_id=USER)

    assert reply.status == 500  # a real bug in a listener stays a 500 (Slack shows its error)
    told = world.standin.wait_for("response_url", {"url": reply.response_url})
    assert told.args["response_type"] == "ephemeral"


def test_error_handler_never_calls_the_response_url_of_a_request_not_checked_here(
    world: World,
) -> None:
    """Bolt's ``dispatch`` called directly (not through ``bot.web``): no mark, so no call.

    Even a body that passes Bolt's own check is trusted by the error handler
    only when ``bot.web`` marked it, or when it came over Socket Mode.
    """
    boom_listener(world)
    url = world.standin.new_response_url(user=USER)
    body = urlencode(
        {
            "command": "/boom",
            "user_id": USER,
            "channel_id": "C1",
            "trigger_id": "1.2.3",
            "response_url": url,
            "text": "",
        }
    )
    stamp = now_stamp()
    request = BoltRequest(
        body=body,
        headers={
            "content-type": FORM,
            "x-slack-request-timestamp": stamp,
            "x-slack-signature": world.slack.sign(body, stamp),
        },
    )
    assert not errors.from_slack(request)

    response = world.cms.bolt.dispatch(request)

    assert response.status == 500
    world.standin.assert_no_call("response_url", {"url": url}, within=0.5)
    socket = BoltRequest(body={"command": "/boom"}, mode="socket_mode")
    assert errors.from_slack(socket)

"""Sends the bot what Slack sends it: signed slash commands, clicks, submissions and events.

Payload shapes follow Slack's documentation; signing reuses slack_sdk's own
``SignatureVerifier.generate_signature`` so it cannot drift from what Bolt checks.
Stdlib ``urllib`` only: the requests go over real HTTP to ``/slack/events``.
"""

from __future__ import annotations

import itertools
import json
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

from standin.values import find_element, values_for
from standin.workspace import Message

if TYPE_CHECKING:
    from standin.server import SlackStandIn

__all__ = ["Reply", "SlackSender", "values_for"]

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
APP_ID = "A0001"
VERIFICATION_TOKEN = "standin-verification-token"


@dataclass
class Reply:
    """The bot's HTTP answer, plus what was sent (``payload``, ``response_url``, ``trigger_id``)."""

    status: int
    body: str
    json: dict[str, Any] | None
    headers: dict[str, str]
    payload: dict[str, Any] = field(default_factory=dict)
    response_url: str | None = None
    trigger_id: str | None = None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class SlackSender:
    """Signs and posts requests to the bot's ``events_url`` as Slack would."""

    def __init__(
        self,
        events_url: str,
        signing_secret: str,
        standin: SlackStandIn | None = None,
        team_id: str = "T0001",
        *,
        timeout: float = 10.0,
    ) -> None:
        self.events_url = events_url
        self.signing_secret = signing_secret
        self.standin = standin
        self.team_id = team_id
        self.timeout = timeout
        self._signer = SignatureVerifier(signing_secret)
        self._counter = itertools.count(1)

    # -- raw -----------------------------------------------------------------------------

    def sign(self, body: bytes | str, timestamp: int | str) -> str:
        """``v0=`` + HMAC-SHA256 of ``v0:{timestamp}:{body}``, by slack_sdk's own code."""
        signature = self._signer.generate_signature(timestamp=str(timestamp), body=body)
        assert signature is not None
        return signature

    def post(
        self,
        body: bytes | str,
        content_type: str = FORM,
        *,
        timestamp: int | str | None = None,
        signature: str | None = None,
        sign: bool = True,
        headers: Mapping[str, str] | None = None,
        retry_num: int | None = None,
        retry_reason: str | None = None,
    ) -> Reply:
        """Post ``body``; signed now unless given another ``timestamp``/``signature`` or ``sign=False``."""
        data = body.encode() if isinstance(body, str) else body
        sent: dict[str, str] = {"Content-Type": content_type}
        if sign:
            stamp = str(int(time.time()) if timestamp is None else timestamp)
            sent["X-Slack-Request-Timestamp"] = stamp
            sent["X-Slack-Signature"] = signature or self.sign(data, stamp)
        if retry_num is not None:
            sent["X-Slack-Retry-Num"] = str(retry_num)
            sent["X-Slack-Retry-Reason"] = retry_reason or "http_timeout"
        sent.update(headers or {})
        request = urllib.request.Request(self.events_url, data=data, headers=sent, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status, raw, got = response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            status, raw, got = error.code, error.read(), error.headers
        text = raw.decode("utf-8", "replace")
        try:
            parsed = json.loads(text) if text.strip().startswith("{") else None
        except json.JSONDecodeError:
            parsed = None
        return Reply(status, text, parsed, dict(got.items()))

    def _form(self, fields: Mapping[str, Any], **kwargs: Any) -> Reply:
        return self.post(urlencode(fields), FORM, **kwargs)

    def _interactive(self, payload: dict[str, Any], **kwargs: Any) -> Reply:
        reply = self._form({"payload": json.dumps(payload)}, **kwargs)
        self._check(str(payload.get("type")), payload, reply)
        reply.payload = payload
        reply.response_url = payload.get("response_url")
        reply.trigger_id = payload.get("trigger_id")
        return reply

    def _check(self, kind: str, payload: Mapping[str, Any], reply: Reply) -> None:
        """What Slack would do with the bot's answer (``standin/answers.py``)."""
        if self.standin is not None and reply.ok and reply.json is not None:
            self.standin.check_answer(kind, payload, reply.json)

    # -- ids -----------------------------------------------------------------------------

    def new_trigger_id(self) -> str:
        if self.standin is not None:
            return self.standin.new_trigger_id()
        n = next(self._counter)
        return f"{n}.{self.team_id[1:]}.{uuid.uuid4().hex[:20]}"

    def _response_url(
        self, channel: str | None = None, message_ts: str | None = None, user: str | None = None
    ) -> str:
        if self.standin is not None:
            return self.standin.new_response_url(channel=channel, message_ts=message_ts, user=user)
        return f"https://hooks.slack.com/actions/{self.team_id}/{next(self._counter)}/standin"

    def _user(self, user_id: str) -> dict[str, Any]:
        """The payload's user; one who acts in Slack is a member of its workspace, so the
        stand-in learns of them (as ``alice`` in UTC unless the test added them first)."""
        name = user_id.lower()
        if self.standin is not None:
            name = self.standin.ensure_user(user_id)["name"]
        return {"id": user_id, "username": name, "name": name, "team_id": self.team_id}

    def _base(self, kind: str, user_id: str) -> dict[str, Any]:
        return {
            "type": kind,
            "team": {"id": self.team_id, "domain": "standin"},
            "user": self._user(user_id),
            "api_app_id": APP_ID,
            "token": VERIFICATION_TOKEN,
            "is_enterprise_install": False,
            "enterprise": None,
        }

    # -- slash commands ------------------------------------------------------------------

    def command(
        self,
        command: str,
        text: str = "",
        user_id: str = "U1",
        channel_id: str = "C1",
        trigger_id: str | None = None,
        response_url: str | None = None,
        retry_num: int | None = None,
        retry_reason: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        """A slash command, form-encoded exactly as Slack sends it."""
        fields = {
            "token": VERIFICATION_TOKEN,
            "team_id": self.team_id,
            "team_domain": "standin",
            "channel_id": channel_id,
            "channel_name": "directmessage" if channel_id.startswith("D") else channel_id.lower(),
            "user_id": user_id,
            "user_name": self._user(user_id)["name"],
            "command": command if command.startswith("/") else f"/{command}",
            "text": text,
            "api_app_id": APP_ID,
            "is_enterprise_install": "false",
            "response_url": response_url or self._response_url(channel_id, None, user_id),
            "trigger_id": trigger_id or self.new_trigger_id(),
        }
        reply = self._form(fields, retry_num=retry_num, retry_reason=retry_reason, headers=headers)
        self._check("slash_command", fields, reply)
        reply.payload = fields
        reply.response_url, reply.trigger_id = fields["response_url"], fields["trigger_id"]
        return reply

    # -- interactivity -------------------------------------------------------------------

    def block_action(
        self,
        user_id: str,
        action_id: str,
        value: str | None = None,
        block_id: str | None = None,
        *,
        selected_option: dict[str, Any] | None = None,
        action: Mapping[str, Any] | None = None,
        container: dict[str, Any] | None = None,
        message: Message | Mapping[str, Any] | None = None,
        view: Mapping[str, Any] | None = None,
        values: dict[str, Any] | None = None,
        channel_id: str | None = None,
        response_url: str | None = None,
        trigger_id: str | None = None,
        retry_num: int | None = None,
    ) -> Reply:
        """A click (or selection) on ``action_id`` in a ``message`` or a ``view``.

        With the message or view given, ``block_id``, the element ``type`` and a
        button's ``value`` are read from its blocks, so a test clicks what the
        user would see. ``action`` adds or overrides fields of the action.
        """
        posted_in: str | None
        if isinstance(message, Message):
            msg, posted_in = message.as_dict(), message.channel
        else:
            msg = dict(message or {})
            posted_in = msg.get("channel")
        channel = channel_id or posted_in or "C1"
        blocks = (view or {}).get("blocks") or msg.get("blocks") or []
        found_block, element = find_element(blocks, action_id, value)
        act: dict[str, Any] = {
            "action_id": action_id,
            "block_id": block_id or found_block or "b",
            "type": (element or {}).get("type", "static_select" if selected_option else "button"),
            "action_ts": f"{time.time():.6f}",
        }
        if act["type"] == "button":
            act["value"] = value if value is not None else (element or {}).get("value")
            if element and element.get("text"):
                act["text"] = element["text"]
        elif value is not None:
            act["value"] = value
        if selected_option is not None:
            act["selected_option"] = selected_option
        act.update(action or {})
        payload = self._base("block_actions", user_id)
        payload["trigger_id"] = trigger_id or self.new_trigger_id()
        payload["actions"] = [act]
        if view is not None:
            full = dict(view)
            if values is not None:
                full["state"] = {"values": values}
            payload["view"] = full
            payload["container"] = container or {"type": "view", "view_id": view.get("id")}
            payload["state"] = full.get("state", {"values": {}})
        else:
            ts = msg.get("ts")
            payload["container"] = container or {
                "type": "message",
                "message_ts": ts,
                "channel_id": channel,
                "is_ephemeral": False,
            }
            payload["channel"] = {"id": channel, "name": channel.lower()}
            if msg:
                payload["message"] = msg
            payload["state"] = {"values": values or {}}
            payload["response_url"] = response_url or self._response_url(channel, ts, user_id)
        return self._interactive(payload, retry_num=retry_num)

    def view_submission(
        self,
        user_id: str,
        view: Mapping[str, Any],
        values: dict[str, Any] | None = None,
        *,
        answers: Mapping[str, Any] | None = None,
        retry_num: int | None = None,
    ) -> Reply:
        """Submit ``view`` (as the stand-in stored it) with state ``values``.

        ``answers`` ({action_id: value}) builds the values with ``values_for``;
        with neither, every input is submitted empty.
        """
        if values is None:
            values = values_for(view, answers or {})
        payload = self._base("view_submission", user_id)
        payload["trigger_id"] = self.new_trigger_id()
        payload["view"] = {**view, "state": {"values": values}}
        payload["response_urls"] = []
        return self._interactive(payload, retry_num=retry_num)

    def view_closed(
        self, user_id: str, view: Mapping[str, Any], *, is_cleared: bool = False
    ) -> Reply:
        payload = self._base("view_closed", user_id)
        payload["view"] = dict(view)
        payload["is_cleared"] = is_cleared
        return self._interactive(payload)

    def options(
        self,
        user_id: str,
        action_id: str,
        value: str,
        block_id: str = "b",
        view: Mapping[str, Any] | None = None,
        channel_id: str = "C1",
    ) -> Reply:
        """A ``block_suggestion`` (options load for an external select) as the user types."""
        payload = self._base("block_suggestion", user_id)
        payload.update(action_id=action_id, block_id=block_id, value=value)
        if view is not None:
            payload["view"] = dict(view)
            payload["container"] = {"type": "view", "view_id": view.get("id")}
        else:
            payload["container"] = {"type": "message", "channel_id": channel_id}
            payload["channel"] = {"id": channel_id, "name": channel_id.lower()}
        return self._interactive(payload)

    def message_shortcut(
        self,
        callback_id: str,
        user_id: str,
        message_text: str,
        channel_id: str = "C1",
        message_user: str = "U9",
        message_ts: str | None = None,
        *,
        trigger_id: str | None = None,
        response_url: str | None = None,
        message: Message | None = None,
    ) -> Reply:
        """The "more actions" menu on a message (``message_action``).

        ``message``: a message the stand-in holds (``standin.share_file``), sent
        as Slack sends it, files and all; ``message_text`` is then ignored.
        """
        if message is not None:
            shown = message.as_dict()
            ts, channel_id = message.ts, message.channel
            payload = self._base("message_action", user_id)
            payload.update(
                callback_id=callback_id,
                trigger_id=trigger_id or self.new_trigger_id(),
                response_url=response_url or self._response_url(channel_id, None, user_id),
                action_ts=f"{time.time():.6f}",
                message_ts=ts,
                channel={"id": channel_id, "name": channel_id.lower()},
                message=shown,
            )
            return self._interactive(payload)
        ts = message_ts or f"{1_700_000_000 + next(self._counter)}.000100"
        payload = self._base("message_action", user_id)
        payload.update(
            callback_id=callback_id,
            trigger_id=trigger_id or self.new_trigger_id(),
            response_url=response_url or self._response_url(channel_id, None, user_id),
            action_ts=f"{time.time():.6f}",
            message_ts=ts,
            channel={"id": channel_id, "name": channel_id.lower()},
            message={"type": "message", "user": message_user, "ts": ts, "text": message_text},
        )
        return self._interactive(payload)

    def shortcut(self, callback_id: str, user_id: str, *, trigger_id: str | None = None) -> Reply:
        """A global shortcut (``shortcut``) from the lightning menu."""
        payload = self._base("shortcut", user_id)
        payload.update(
            callback_id=callback_id,
            trigger_id=trigger_id or self.new_trigger_id(),
            action_ts=f"{time.time():.6f}",
        )
        return self._interactive(payload)

    # -- Events API ----------------------------------------------------------------------

    def event(
        self,
        event: Mapping[str, Any],
        *,
        event_id: str | None = None,
        event_time: int | None = None,
        retry_num: int | None = None,
        retry_reason: str | None = None,
    ) -> Reply:
        """``event`` inside an ``event_callback`` envelope; reuse ``event_id`` to send a retry."""
        bot = self.standin.bot_user_id if self.standin is not None else "UBOT"
        envelope = {
            "token": VERIFICATION_TOKEN,
            "team_id": self.team_id,
            "api_app_id": APP_ID,
            "event": dict(event),
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(self._counter):08d}",
            "event_time": event_time or int(time.time()),
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": self.team_id,
                    "user_id": bot,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
            "event_context": f"standin-{uuid.uuid4().hex[:12]}",
        }
        reply = self.post(
            json.dumps(envelope), JSON, retry_num=retry_num, retry_reason=retry_reason
        )
        reply.payload = envelope
        return reply

    def app_home_opened(self, user_id: str, tab: str = "home") -> Reply:
        return self.event(
            {
                "type": "app_home_opened",
                "user": user_id,
                "channel": f"D{user_id}",
                "tab": tab,
                "event_ts": f"{time.time():.6f}",
            }
        )

    def url_verification(self, challenge: str) -> Reply:
        body = {"token": VERIFICATION_TOKEN, "challenge": challenge, "type": "url_verification"}
        reply = self.post(json.dumps(body), JSON)
        reply.payload = body
        return reply

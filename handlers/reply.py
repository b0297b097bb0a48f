"""The one way a listener answers the person who acted, and makes sure they hear it.

Slack gives an interaction a ``response_url``; a post there can still fail
(Slack refuses the blocks, the URL expired or was used five times, the network
dropped). ``Reply.send`` checks the answer and, when it fails, tells the user
another way: ``chat.postEphemeral`` in the conversation the request came from,
else a DM from the app. Each failure is logged with its reason. Blocks Slack
refused are dropped on the way down, so at least the headline arrives.

Every call has a short timeout: replies run after the ack, on the listener
pool, and a Slack that hangs must not hold those threads for long.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

log = logging.getLogger(__name__)

# Seconds for one post to a response_url: well under Slack's three-second ack window,
# so a hanging Slack frees the thread quickly.
RESPONSE_URL_TIMEOUT = 2

# Refusals that mean the blocks themselves are wrong: the fallback sends text alone.
BLOCK_ERRORS = ("invalid_blocks", "invalid_blocks_format", "msg_too_long", "invalid_attachments")


@dataclass(frozen=True)
class Reply:
    """Where one user's answer goes: the interaction's response_url, else their conversation."""

    client: WebClient
    user_id: str
    response_url: str | None = None
    channel_id: str | None = None

    @classmethod
    def to(cls, client: WebClient, body: dict[str, Any]) -> Reply:
        """The reply for a signed payload (slash command, block action, shortcut, view)."""
        user = body.get("user")
        user_id = str(
            (user.get("id") if isinstance(user, dict) else None) or body.get("user_id") or ""
        )
        channel = body.get("channel")
        channel_id = (
            channel.get("id") if isinstance(channel, dict) else body.get("channel_id")
        ) or None
        url = body.get("response_url")
        if not url:
            urls = body.get("response_urls") or []
            url = urls[0].get("response_url") if urls and isinstance(urls[0], dict) else None
        return cls(
            client=client,
            user_id=user_id,
            response_url=str(url) if url else None,
            channel_id=str(channel_id) if channel_id else None,
        )

    def send(
        self,
        text: str,
        blocks: list[dict[str, Any]] | None = None,
        *,
        replace_original: bool = False,
        dm_first: bool = False,
    ) -> bool:
        """Tell the user ``text`` (with ``blocks``); True once some way of telling them worked.

        ``dm_first``: for an answer worth keeping (a form's confirmation), a DM is
        tried before an ephemeral in the conversation.
        """
        if self.response_url:
            error = self._via_response_url(text, blocks, replace_original)
            if error is None:
                return True
            log.warning(
                "reply to %s through response_url failed (%s); telling them another way",
                self.user_id,
                error,
            )
            if error in BLOCK_ERRORS:
                blocks = None
        return self._fallback(text, blocks, dm_first=dm_first)

    def __call__(
        self, text: str = "", blocks: list[dict[str, Any]] | None = None, **kwargs: Any
    ) -> bool:
        """``respond()``-shaped, for code that builds ``messages.ephemeral(...)`` arguments."""
        return self.send(
            text,
            blocks,
            replace_original=bool(kwargs.get("replace_original")),
        )

    # -- the ways ------------------------------------------------------------------------

    def _via_response_url(
        self, text: str, blocks: list[dict[str, Any]] | None, replace_original: bool
    ) -> str | None:
        """None when Slack took the post; else the reason it did not."""
        assert self.response_url is not None
        payload: dict[str, Any] = {"text": text, "response_type": "ephemeral"}
        if blocks is not None:
            payload["blocks"] = blocks
        if replace_original:
            payload["replace_original"] = True
        else:
            payload["replace_original"] = False
        try:
            answer = WebhookClient(self.response_url, timeout=RESPONSE_URL_TIMEOUT).send_dict(
                payload
            )
        except Exception as error:  # network, timeout, TLS: all mean "not delivered"
            return type(error).__name__
        body = (answer.body or "").strip()
        if answer.status_code == 200 and _accepted(body):
            return None
        return _reason(body) or f"HTTP {answer.status_code}"

    def _fallback(
        self, text: str, blocks: list[dict[str, Any]] | None, *, dm_first: bool = False
    ) -> bool:
        if not self.user_id:
            log.error("could not tell anyone: the request named no user")
            return False
        ways = [self._ephemeral, self._dm]
        for way in reversed(ways) if dm_first else ways:
            if way(text, blocks):
                return True
        log.error("could not tell %s anything: every way failed", self.user_id)
        return False

    def _ephemeral(self, text: str, blocks: list[dict[str, Any]] | None) -> bool:
        """In the conversation the request came from, if it is a channel (a DM is ``_dm``)."""
        if not self.channel_id or self.channel_id.startswith("D"):
            return False
        return self._call(
            "chat.postEphemeral",
            text=text,
            blocks=blocks,
            channel=self.channel_id,
            user=self.user_id,
        )

    def _dm(self, text: str, blocks: list[dict[str, Any]] | None) -> bool:
        """A DM from the app: the user's own id as channel opens it."""
        return self._call("chat.postMessage", text=text, blocks=blocks, channel=self.user_id)

    def _call(
        self, method: str, *, text: str, blocks: list[dict[str, Any]] | None, **args: Any
    ) -> bool:
        for attempt_blocks in (blocks, None) if blocks is not None else (None,):
            try:
                self.client.api_call(
                    method,
                    json={
                        **args,
                        "text": text,
                        **({"blocks": attempt_blocks} if attempt_blocks is not None else {}),
                    },
                )
                return True
            except SlackApiError as error:
                reason = str(error.response.get("error") or "")
                log.warning("%s to %s failed: %s", method, self.user_id, reason)
                if reason not in BLOCK_ERRORS:
                    return False
            except Exception as error:  # network, timeout
                log.warning("%s to %s failed: %s", method, self.user_id, type(error).__name__)
                return False
        return False


def _accepted(body: str) -> bool:
    if body in ("", "ok"):
        return True
    try:
        parsed = json.loads(body)
    except ValueError:
        return False
    return isinstance(parsed, dict) and bool(parsed.get("ok"))


def _reason(body: str) -> str:
    try:
        parsed = json.loads(body)
    except ValueError:
        return body[:100]
    if isinstance(parsed, dict):
        return str(parsed.get("error") or "")[:100]
    return body[:100]

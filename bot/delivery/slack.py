"""Talking to Slack's Web API at most once, whatever the network does.

What the one sender (``bot.delivery.engine``) needs from Slack: a client that
never re-sends a post on its own after a dropped connection (the post may
have gone through); a look back through the conversation for a post an
unanswered attempt may have made, found by the metadata each post carries
(its ``Trail``); and one reading of a failure (``describe_failure``), with the
refusals Slack will repeat for as long as things stay as they are
(``REFUSED_FOR_GOOD``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler

log = logging.getLogger(__name__)

HISTORY_PAGES = 2

# Refusals Slack repeats for as long as the channel, the bot's membership or the
# message stay as they are (chat.postMessage and chat.update "Errors",
# https://docs.slack.dev/reference/methods/chat.postMessage). Token and scope
# errors are not here: they block every post alike, so rows stay owed (backing
# off) while ``cmsbot doctor`` names the fix.
REFUSED_FOR_GOOD = frozenset(
    {
        "not_in_channel",
        "channel_not_found",
        "is_archived",
        "invalid_blocks",
        "invalid_blocks_format",
        "invalid_attachments",
        "invalid_metadata_format",
        "invalid_metadata_schema",
        "metadata_too_large",
        "msg_too_long",
        "no_text",
        "too_many_attachments",
        "restricted_action",
        "restricted_action_read_only_channel",
        "restricted_action_thread_only_channel",
        "restricted_action_non_threadable_channel",
        "cannot_reply_to_message",
        "message_not_found",
        "cant_update_message",
        "edit_window_closed",
        "user_not_found",
        "cannot_dm_bot",
        "messages_tab_disabled",
    }
)


@dataclass(frozen=True)
class Trail:
    """How a ledger's posts name themselves in Slack: the message metadata they carry.

    ``event_type`` and ``field`` never change once posts carry them (an old post
    must still be found); ``scopes`` is what the look back needs, for the warning.
    """

    event_type: str
    field: str
    scopes: str

    def metadata(self, key: str) -> dict[str, Any]:
        return {"event_type": self.event_type, "event_payload": {self.field: key}}


def posting_client(client: Any, *, retry_rate_limits: bool, retry_connections: bool = False) -> Any:
    """``client`` without connection-error retries (unless ``retry_connections``: for
    idempotent calls only).

    With ``retry_rate_limits`` a 429 is still waited out inside the call (a
    rate-limited post was certainly not posted); without, the caller waits on its own.
    """
    if not isinstance(client, WebClient):
        return client
    handlers: list[RetryHandler] = (
        [RateLimitErrorRetryHandler(max_retry_count=2)] if retry_rate_limits else []
    )
    if retry_connections:
        handlers.append(ConnectionErrorRetryHandler(max_retry_count=1))
    return WebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=client.timeout,
        retry_handlers=handlers,
    )


def find_earlier_post(
    client: Any, *, channel: str, trail: Trail, key: str
) -> dict[str, Any] | None:
    """``{"channel", "ts"}`` of a message whose metadata (``trail``) names ``key``, or None.

    ``channel`` may be a user id: their DM is looked in. A failure to look
    (missing scopes, Slack down) is logged and answered None, so the caller
    posts again rather than never.
    """
    try:
        if channel[:1] in ("U", "W"):
            channel = client.conversations_open(users=channel)["channel"]["id"]
        cursor = None
        for _ in range(HISTORY_PAGES):
            page = client.conversations_history(
                channel=channel, limit=100, include_all_metadata=True, cursor=cursor
            )
            for message in page.get("messages") or []:
                metadata = message.get("metadata") or {}
                payload = metadata.get("event_payload") or {}
                if (
                    metadata.get("event_type") == trail.event_type
                    and payload.get(trail.field) == key
                ):
                    log.info("%s: found the earlier post, not posting again", key)
                    return {"channel": channel, "ts": message.get("ts")}
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
    except Exception as error:
        log.warning(
            "%s: cannot check whether an earlier attempt posted (%s); posting again may "
            "duplicate it — grant the bot %s",
            key,
            error,
            trail.scopes,
        )
    return None


@dataclass(frozen=True)
class SlackFailure:
    """Why a Web API call failed, read once for every sender of owed posts.

    ``code`` is Slack's ``error`` (``not_in_channel``...), ``unsure`` whether the
    call may have taken effect all the same (a timeout, a dropped connection, a
    5xx), ``retry_after`` Slack's ``Retry-After`` on a 429.
    """

    message: str
    code: str | None = None
    status: int | None = None
    unsure: bool = False
    retry_after: timedelta | None = None


def describe_failure(error: Exception) -> SlackFailure:
    """A one-line account of ``error``: Slack's answer, or what happened on the way."""
    if isinstance(error, SlackApiError):
        response = error.response
        status = int(getattr(response, "status_code", 200) or 200)
        code = response.get("error") if hasattr(response, "get") else None
        detail = _detail(response)
        message = f"HTTP {status} {code or ''}".strip() + (f": {detail}" if detail else "")
        return SlackFailure(message, code, status, status >= 500, _retry_after(response))
    if isinstance(error, SlackRequestError):
        return SlackFailure(f"bad request: {error}")
    if isinstance(error, URLError) and isinstance(error.reason, ConnectionRefusedError):
        return SlackFailure("Slack unreachable: connection refused")
    return SlackFailure(f"{type(error).__name__}: {error}", unsure=True)


def _detail(response: Any) -> str:
    """Slack's own words on a refusal (``response_metadata.messages``), on one line."""
    try:
        messages = (response.get("response_metadata") or {}).get("messages") or []
    except (AttributeError, TypeError):
        return ""
    return "; ".join(str(m) for m in messages)[:500]


def _retry_after(response: Any) -> timedelta | None:
    headers = getattr(response, "headers", None) or {}
    for name, value in headers.items():
        if name.lower() == "retry-after":
            text = value[0] if isinstance(value, list) else value
            try:
                return timedelta(seconds=int(str(text).strip()))
            except ValueError:
                return None
    return None

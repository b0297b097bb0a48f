"""Posting to Slack at most once, whatever the network does.

Two pieces every sender of owed posts (the outbox, the morning nudge) needs:
a client that never re-sends a post on its own after a dropped connection
(the post may have gone through), and a look back through the conversation
for a post an unanswered attempt may have made, found by the metadata each
post carries.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.http_retry.handler import RetryHandler

log = logging.getLogger(__name__)

HISTORY_PAGES = 2


def posting_client(client: Any, *, retry_rate_limits: bool) -> Any:
    """``client`` without connection-error retries.

    With ``retry_rate_limits`` a 429 is still waited out (a rate-limited post was
    certainly not posted); without, the caller backs off on its own.
    """
    if not isinstance(client, WebClient):
        return client
    handlers: list[RetryHandler] = (
        [RateLimitErrorRetryHandler(max_retry_count=2)] if retry_rate_limits else []
    )
    return WebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=client.timeout,
        retry_handlers=handlers,
    )


def find_earlier_post(
    client: Any, *, channel: str, event_type: str, field: str, key: str, scopes: str
) -> dict[str, Any] | None:
    """``{"channel", "ts"}`` of a message whose metadata names ``key``, or None.

    ``channel`` may be a user id: their DM is looked in. A failure to look
    (missing ``scopes``, Slack down) is logged and answered None, so the caller
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
                if metadata.get("event_type") == event_type and payload.get(field) == key:
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
            scopes,
        )
    return None

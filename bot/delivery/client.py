"""The outgoing Web API client: honours SLACK_API_URL and retries what Slack asks us to."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from bot.settings import Settings

# Seconds one Web API call may take: well under Slack's three seconds, so a hanging
# Slack frees a worker quickly. Uploads of a chart's bytes go to their own URL.
TIMEOUT = 2


def make_web_client(settings: Settings, *, timeout: int = TIMEOUT) -> WebClient:
    """A client that retries 429s (after Retry-After) and a dropped connection once."""
    return WebClient(
        token=settings.bot_token,
        base_url=settings.api_url,
        timeout=timeout,
        retry_handlers=[
            RateLimitErrorRetryHandler(max_retry_count=3),
            ConnectionErrorRetryHandler(max_retry_count=1),
        ],
    )

"""Slack's rate limits the stand-in enforces: posts per channel, and (opt-in) history reads.

- ``chat.postMessage``: "generally allows posting one message per second per
  channel, while also maintaining a workspace-wide limit"; "short bursts >1
  allowed" (https://docs.slack.dev/apis/web-api/rate-limits, "Special rate
  limits" and "Posting messages"). Modelled as a token bucket per channel:
  ``burst`` posts at once, then ``per_second``. The workspace-wide limit is not
  modelled.
- ``conversations.history`` for commercially distributed apps outside the
  Marketplace, since 2025-05-29: 1 request a minute, ``limit`` at most 15 (also
  its default) (https://docs.slack.dev/changelog/2025/05/29/rate-limit-changes-for-non-marketplace-apps).

A refused call is answered HTTP 429 with ``Retry-After`` (whole seconds) and
``{"ok": false, "error": "ratelimited"}``, as Slack does
(https://docs.slack.dev/apis/web-api/rate-limits, "Responding to rate limiting conditions").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PostLimit:
    """How fast one channel accepts posts: ``burst`` at once, refilled at ``per_second``."""

    per_second: float = 1.0
    burst: int = 4

    def __post_init__(self) -> None:
        if self.per_second <= 0 or self.burst < 1:
            raise ValueError("a post limit needs per_second > 0 and burst >= 1")


@dataclass
class _Bucket:
    tokens: float
    at: float


@dataclass
class PostPacer:
    """Token buckets, one per channel; ``take`` answers None (go ahead) or a Retry-After."""

    limit: PostLimit
    buckets: dict[str, _Bucket] = field(default_factory=dict)

    def take(self, channel: str, now: float) -> int | None:
        bucket = self.buckets.get(channel)
        if bucket is None:
            bucket = self.buckets[channel] = _Bucket(float(self.limit.burst), now)
        elapsed = max(0.0, now - bucket.at)
        bucket.tokens = min(
            float(self.limit.burst), bucket.tokens + elapsed * self.limit.per_second
        )
        bucket.at = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return None
        return max(1, math.ceil((1.0 - bucket.tokens) / self.limit.per_second))


HISTORY_PAGE_MAX = 15
HISTORY_INTERVAL = 60.0


@dataclass
class HistoryLimit:
    """``conversations.history`` as a non-Marketplace app sees it: 1 call a minute."""

    interval: float = HISTORY_INTERVAL
    page_max: int = HISTORY_PAGE_MAX
    last: float | None = None

    def take(self, now: float) -> int | None:
        if self.last is not None and now - self.last < self.interval:
            return max(1, math.ceil(self.interval - (now - self.last)))
        self.last = now
        return None

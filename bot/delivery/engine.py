"""The one sender: one owed message to Slack, at most once, and a verdict on what happened.

Both ledgers (the outbox's rows, the nudge ledger's days) lease a row, render
it, and hand the Web API call here; they record the ``Result`` their own way.
What is the same for every owed message lives here and only here:

- **The lost answer.** A ``chat.postMessage`` that reached Slack but whose
  answer we never got (a timeout, a dropped connection, a 5xx, a crash before
  marking) must not be posted again. Every post carries message metadata
  naming its row (the ledger's ``Trail``); a ledger that knows an earlier
  attempt may have landed says ``maybe_sent``, and the conversation's recent
  history is searched for that metadata first: found means sent. Without the
  ``*:history`` scopes the search fails and the post goes again, with a
  warning (the residual risk). ``chat.update`` is idempotent and needs none of it.
- **No re-sending by the client itself** (``bot.delivery.slack.posting_client``):
  not after a dropped connection; after a 429 only where the ledger asks for it
  (``sleep_out_rate_limits``, the nudges: see ``bot.delivery.nudge_ledger``).
- **The pace** (``bot.delivery.pacing``): a post first takes its slot, waiting
  no later than the ledger's deadline; none in time is ``PACED`` (give the row
  back untouched). A 429's short ``Retry-After`` pushes the channel's pace past it.
- **Triage**: a 429 is "not yet" (``RATE_LIMITED``, with its wait), a refusal
  Slack repeats for as long as things stay as they are is ``DEAD``, anything
  else ``FAILED`` — *uncertain* when the post may have landed all the same.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Any

from bot.delivery.pacing import Pace, Slot
from bot.delivery.slack import (
    REFUSED_FOR_GOOD,
    SlackFailure,
    Trail,
    describe_failure,
    find_earlier_post,
    posting_client,
)

log = logging.getLogger(__name__)

POST = "chat.postMessage"
UNCERTAIN = "uncertain: "
RATE_LIMIT_DEFAULT = timedelta(seconds=5)  # a 429 without Retry-After (Slack always sends one)
# A channel's pace absorbs the per-channel limit's short waits (about a second); a
# longer Retry-After comes from another limit and is the refused row's own wait.
HOLD_OFF_MAX = timedelta(seconds=10)
ERROR_CHARS = 2000
UNHURRIED = 3600.0  # seconds a post without a deadline may wait for its slot


class Verdict(StrEnum):
    SENT = "sent"
    PACED = "paced"  # no slot before the deadline: nothing was asked of Slack
    RATE_LIMITED = "rate limited"
    DEAD = "dead"  # refused for good
    FAILED = "failed"


@dataclass(frozen=True)
class Post:
    """One Web API call for one owed message; ``key`` names its row in the metadata."""

    method: str
    args: dict[str, Any]
    key: str

    @property
    def channel(self) -> str:
        return str(self.args.get("channel") or "")


@dataclass(frozen=True)
class Result:
    """What became of one ``Post``.

    ``response`` is Slack's answer (or, ``found``, the earlier post's channel and
    ts); ``failure`` why not; ``wait`` how long a rate-limited post must wait.
    """

    verdict: Verdict
    response: dict[str, Any] = field(default_factory=dict)
    failure: SlackFailure | None = None
    uncertain: bool = False
    wait: timedelta | None = None
    found: bool = False

    @property
    def error(self) -> str:
        """The failure as a ledger keeps it: ``uncertain: `` first when it may have landed."""
        message = self.failure.message if self.failure else str(self.verdict)
        return (UNCERTAIN if self.uncertain else "") + message[:ERROR_CHARS]


class Engine:
    """Sends ``Post``s through one client, paced, looked up, triaged.

    ``client`` is the bot's Web API client (also used for the look back);
    ``poster`` replaces the one made from it for posts (tests and benchmarks
    script Slack's answers with it). ``deadline`` (``time.monotonic()``) is the
    latest a post may wait for its slot; None waits as long as the pace says.
    """

    def __init__(
        self,
        client: Any,
        *,
        trail: Trail,
        pacer: Pace,
        deadline: float | None = None,
        sleep_out_rate_limits: bool = False,
        poster: Any = None,
    ) -> None:
        self.client = client
        self.trail = trail
        self.pacer = pacer
        self.deadline = deadline
        self.poster = poster or posting_client(client, retry_rate_limits=sleep_out_rate_limits)
        self.updater = posting_client(client, retry_rate_limits=False, retry_connections=True)

    def send(self, post: Post, *, maybe_sent: bool = False) -> Result:
        """Post (or update) once; ``maybe_sent``: an earlier attempt may have landed, look first.

        Never raises for what Slack or the network does; the ``Result`` says it.
        """
        posting = post.method == POST
        args = {**post.args, "metadata": self.trail.metadata(post.key)} if posting else post.args
        try:
            if posting and maybe_sent:
                found = find_earlier_post(
                    self.client, channel=post.channel, trail=self.trail, key=post.key
                )
                if found is not None:
                    return Result(Verdict.SENT, response=found, found=True)
            if posting and not self._wait_for_slot(post.channel):
                return Result(Verdict.PACED)
            response = call(self.poster if posting else self.updater, post.method, args)
        except Exception as error:
            return self._triage(post, describe_failure(error))
        return Result(Verdict.SENT, response=response)

    def _wait_for_slot(self, channel: str) -> bool:
        """Take the channel's next slot and sleep until it; False when none comes in time."""
        left = UNHURRIED if self.deadline is None else self.deadline - time.monotonic()
        slot = self.pacer.take(channel, max_wait=max(0.0, left))
        if not isinstance(slot, Slot):
            return False
        self.pacer.wait_for(slot)
        return True

    def _triage(self, post: Post, failure: SlackFailure) -> Result:
        posting = post.method == POST
        if failure.status == 429:
            wait = failure.retry_after or RATE_LIMIT_DEFAULT
            if posting and post.channel and wait <= HOLD_OFF_MAX:
                self.pacer.hold_off(post.channel, wait.total_seconds())
            log.info("%s: %s rate limited, due again in %s", post.key, post.method, wait)
            return Result(Verdict.RATE_LIMITED, failure=failure, wait=wait)
        log.warning("%s: %s failed: %s", post.key, post.method, failure.message)
        if failure.code in REFUSED_FOR_GOOD:
            return Result(Verdict.DEAD, failure=failure)
        return Result(Verdict.FAILED, failure=failure, uncertain=posting and failure.unsure)


def call(client: Any, method: str, args: dict[str, Any]) -> dict[str, Any]:
    """``client.chat_postMessage(**args)`` for ``chat.postMessage``: slack_sdk's names."""
    response = getattr(client, method.replace(".", "_"))(**args)
    data = getattr(response, "data", response)
    return dict(data) if isinstance(data, dict) else {}

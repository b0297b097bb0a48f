"""What one user did in a fault run, and what came of it: recorded how often, told what.

An ``Attempt`` is one request (its ack's status and time, and the idempotency
key its contact is recorded under); a ``Verdict`` joins it with the database's
count for that key and the words that reached the user, and says whether it
was lost, doubled, acked late, left untold or told something false.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.messages import FAILED_NOTHING_CHANGED, SOMETHING_WENT_WRONG, UNSURE_RECORDED
from standin.blockkit_text import render
from standin.sender import Reply

# Slack's: acknowledge within 3 seconds, or the user sees an error and Slack retries
# (https://docs.slack.dev/interactivity/handling-user-interaction, "Acknowledgment response").
ACK_LIMIT = 3.0

LOGGED, NOTHING, UNSURE, OTHER = "logged", "nothing recorded", "unsure", "other"


def kind_of(text: str) -> str:
    """What a reply told the user about their contact."""
    if "Logged " in text or "Already recorded" in text:
        return LOGGED
    if text.strip() == UNSURE_RECORDED.strip():
        return UNSURE
    if text.strip() in {FAILED_NOTHING_CHANGED.strip(), SOMETHING_WENT_WRONG}:
        return NOTHING
    if "nothing was recorded" in text or "nothing was changed" in text:
        return NOTHING
    return OTHER


@dataclass
class Attempt:
    """One thing a user did: ``key`` is the idempotency key the contact is recorded under."""

    path: str  # slash, pick, form, shortcut
    user: str
    key: str
    status: int = 0
    ack_seconds: float = 0.0
    response_url: str | None = None
    ack_body: str = ""
    ack_json: dict[str, Any] | None = None
    sent_at: float = 0.0

    def take(self, reply: Reply, seconds: float) -> Attempt:
        self.status, self.ack_seconds = reply.status, seconds
        self.response_url = self.response_url or reply.response_url
        self.ack_body, self.ack_json = reply.body, reply.json
        return self


@dataclass
class Verdict:
    attempt: Attempt
    recorded: int
    told: list[str] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return [kind_of(text) for text in self.told]

    @property
    def late(self) -> bool:
        return self.attempt.status != 200 or self.attempt.ack_seconds > ACK_LIMIT

    @property
    def lost(self) -> bool:
        """Acked in Slack's window (so not retried), not recorded, and the user not told so."""
        warned = NOTHING in self.kinds or UNSURE in self.kinds
        return not self.late and self.recorded == 0 and not warned

    @property
    def told_not_saved(self) -> bool:
        """Told that nothing was recorded (or that it may not have been), and truly not."""
        return self.recorded == 0 and (NOTHING in self.kinds or UNSURE in self.kinds)

    @property
    def duplicated(self) -> bool:
        return self.recorded > 1

    @property
    def untold(self) -> bool:
        return not self.told

    @property
    def false_replies(self) -> list[str]:
        wrong = []
        for text, kind in zip(self.told, self.kinds, strict=True):
            if kind == LOGGED and self.recorded == 0:
                wrong.append(f"told {text[:60]!r} but nothing is recorded")
            if kind == NOTHING and self.recorded > 0:
                wrong.append(f"told {text[:60]!r} but it is recorded")
        return wrong

    def describe(self) -> str:
        a = self.attempt
        return (
            f"{a.path} by {a.user} key={a.key} HTTP {a.status} in {a.ack_seconds:.2f}s, "
            f"recorded {self.recorded}x, told {self.told!r}"
        )


def ack_words(attempt: Attempt) -> list[str]:
    """A view submission's ack may tell the user itself: field errors or an updated view."""
    answer = attempt.ack_json or {}
    if answer.get("response_action") == "errors":
        return [str(v) for v in (answer.get("errors") or {}).values()]
    if answer.get("response_action") in ("update", "push"):
        return [render((answer.get("view") or {}).get("blocks") or [])]
    return []


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def ack_figures(attempts: list[Attempt], title: str) -> str:
    """p50/p99/max of the acks, overall and per path, one line each."""

    def line(name: str, acks: list[float]) -> str:
        return (
            f"  {name:<9} n={len(acks):>3} p50 {percentile(acks, 0.5) * 1000:6.0f} ms  "
            f"p99 {percentile(acks, 0.99) * 1000:6.0f} ms  max {max(acks) * 1000:6.0f} ms"
        )

    paths: dict[str, list[float]] = {}
    for attempt in attempts:
        paths.setdefault(attempt.path, []).append(attempt.ack_seconds)
    rows = [line("all", [a.ack_seconds for a in attempts])]
    rows += [line(path, acks) for path, acks in paths.items()]
    return "\n".join([title, *rows])

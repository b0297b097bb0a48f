"""Which calls the stand-in refused, and whether the test that caused them said it would.

A refusal is an answer Slack would count as failure: HTTP 4xx/5xx, a JSON
answer with ``ok: false``, or an answer lost on the wire. Tests run inside a
``Window`` (tests/conftest.py opens one around every test): at its close every
refusal from every stand-in that lived during the window must be either

- injected by the test (``fail``, ``fail_always``, ``lose_answers``), or
- declared with ``standin.expect_refusal(method, error=..., count=...)``;

anything else fails the test with the list of refused calls. Declarations
cannot rot: a declared refusal that did not happen (or happened fewer times
than ``count``) fails the test too. ``count=None`` means "one or more", for
paths whose number of attempts is not the point of the test.
"""

from __future__ import annotations

import json
import threading
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from standin.server import Call, SlackStandIn

__all__ = ["Expectation", "RefusalError", "Window", "describe_refusal", "error_of"]


class RefusalError(AssertionError):
    """A test's stand-ins refused calls it did not declare, or a declared refusal never came."""


@dataclass
class Expectation:
    """``method`` refused (with ``error``, any when None) ``count`` times (None: one or more)."""

    method: str
    error: str | None = None
    count: int | None = 1
    seen: int = 0

    def matches(self, call: Call) -> bool:
        if call.method != self.method:
            return False
        if self.error is not None and error_of(call) != self.error:
            return False
        return self.count is None or self.seen < self.count

    def describe(self) -> str:
        error = f", error={self.error!r}" if self.error is not None else ""
        times = "one or more times" if self.count is None else f"{self.count} time(s)"
        return f"expect_refusal({self.method!r}{error}) {times}, seen {self.seen}"

    @property
    def unmet(self) -> bool:
        return self.seen == 0 if self.count is None else self.seen != self.count


def error_of(call: Call) -> str:
    """Slack's error string for a refused call: the JSON ``error``, the text body, or "lost"."""
    from standin.server import LOST

    if call.status == LOST:
        return "lost_answer"
    return str(call.response.get("error") or f"http_{call.status}")


def describe_refusal(call: Call) -> str:
    text = json.dumps(_excerpt(call.args), default=repr, ensure_ascii=False)
    if len(text) > 240:
        text = text[:237] + "..."
    said = (call.response.get("response_metadata") or {}).get("messages") or []
    why = "".join(f"\n      {m}" for m in said[:5])
    return f"  {call.method} -> {error_of(call)} (HTTP {call.status or 'none, lost'}) {text}{why}"


def _excerpt(args: dict[str, Any]) -> dict[str, Any]:
    """The args that say which call it was: channel, user, text first; blocks summarised."""
    keep = ("url", "channel", "user", "user_id", "ts", "text", "trigger_id", "type", "answer")
    out = {k: args[k] for k in keep if k in args}
    blocks = args.get("blocks")
    if isinstance(blocks, list):
        out["blocks"] = f"[{len(blocks)} blocks]"
    if isinstance(args.get("view"), dict):
        out["view"] = args["view"].get("callback_id") or args["view"].get("type")
    return out


# Every stand-in ever made (weakly), and the window a test is running in.
_ALL: weakref.WeakSet[SlackStandIn] = weakref.WeakSet()
_LOCK = threading.Lock()
_OPEN: Window | None = None


def register(standin: SlackStandIn) -> None:
    """Called by every new stand-in; one made during a window is held until it closes."""
    with _LOCK:
        _ALL.add(standin)
        if _OPEN is not None:
            _OPEN.created.append(standin)


def is_tracking() -> bool:
    return _OPEN is not None


class Window:
    """One test's span: refusals and declarations made between ``open`` and ``close``."""

    def __init__(self) -> None:
        self.created: list[SlackStandIn] = []  # kept alive until close
        self.marks: dict[int, tuple[int, int]] = {}

    def open(self) -> Window:
        global _OPEN
        with _LOCK:
            if _OPEN is not None:
                raise RuntimeError("a refusal window is already open")
            for standin in list(_ALL):
                self.marks[id(standin)] = standin._ledger_mark()
            _OPEN = self
        return self

    def close(self) -> str:
        """Stop tracking; the report of what went wrong ("" when nothing did)."""
        global _OPEN
        with _LOCK:
            _OPEN = None
            standins = {id(s): s for s in [*_ALL, *self.created]}
        problems: list[str] = []
        for key, standin in standins.items():
            refusals, expectations = standin._ledger_since(self.marks.get(key, (0, 0)))
            undeclared = [c for c in refusals if not _declare(c, expectations)]
            unmet = [e for e in expectations if e.unmet]
            if undeclared:
                problems.append(
                    f"The Slack stand-in at {standin.address} refused {len(undeclared)} call(s) "
                    "this test did not declare (Slack would refuse them too):\n"
                    + "\n".join(describe_refusal(c) for c in undeclared)
                )
            if unmet:
                problems.append(
                    f"Declared refusals the stand-in at {standin.address} did not see as declared:\n"
                    + "\n".join(f"  {e.describe()}" for e in unmet)
                )
        self.created.clear()
        if problems:
            problems.append(
                "A test that provokes a refusal on purpose declares it with "
                "standin.expect_refusal(method, error=..., count=...); "
                "otherwise the bot must not make the call Slack refuses."
            )
        return "\n\n".join(problems)


def _declare(call: Call, expectations: list[Expectation]) -> bool:
    """Count ``call`` against the first expectation naming its error, else one naming none."""
    ordered = [e for e in expectations if e.error is not None] + [
        e for e in expectations if e.error is None
    ]
    for expectation in ordered:
        if expectation.matches(call):
            expectation.seen += 1
            return True
    return False

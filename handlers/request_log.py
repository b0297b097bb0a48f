"""One log line per request: what, who, outcome, duration — never tokens, notes or amounts."""

from __future__ import annotations

import logging
import time
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

log = logging.getLogger("cmsbot.requests")


def describe(body: dict[str, Any]) -> str:
    """A short name for the request that carries no client data (whatever the body holds)."""
    if "command" in body:
        words = str(body.get("text") or "").split()
        command = _name(body["command"])
        sub = f" {_name(words[0])}" if command == "/cms" and words else ""
        return f"command {command}{sub}"
    kind = _name(body.get("type", "unknown"))
    if kind == "block_actions":
        actions = body.get("actions")
        first = actions[0] if isinstance(actions, list) and actions else {}
        return f"action {_name(_get(first, 'action_id'))}"
    if kind in ("view_submission", "view_closed"):
        return f"{kind} {_name(_get(body.get('view'), 'callback_id'))}"
    if kind == "block_suggestion":
        return f"options {_name(body.get('action_id'))}"
    if kind in ("shortcut", "message_action"):
        return f"shortcut {_name(body.get('callback_id'))}"
    if kind == "event_callback":
        return f"event {_name(_get(body.get('event'), 'type'))}"
    return kind


def user_of(body: dict[str, Any]) -> str:
    user = body.get("user_id") or body.get("user") or _get(body.get("event"), "user")
    if isinstance(user, dict):
        user = user.get("id")
    return _name(user or "-")


def _get(obj: object, key: str) -> object:
    return obj.get(key) if isinstance(obj, dict) else None


def _name(value: object) -> str:
    """An id or name fit for one log line: short, one line, printable."""
    text = str(value)[:60]
    return "".join(ch if ch.isprintable() and not ch.isspace() else "?" for ch in text)


def register(app: App) -> None:
    """Wrap ``app.dispatch``, which both HTTP and Socket Mode call once per request.

    A Bolt global middleware cannot do this: its ``next()`` returns nothing and
    listeners run after the whole middleware chain, so it sees neither the
    outcome nor the time taken.
    """
    # Bolt logs a refused request's whole body (notes, amounts) at INFO; the
    # line below says it was refused without repeating what it held.
    logging.getLogger("slack_bolt.RequestVerification").setLevel(logging.WARNING)
    dispatch = app.dispatch

    def dispatch_and_log(req: BoltRequest) -> BoltResponse:
        started = time.perf_counter()
        response = dispatch(req)
        log_line(req, response, (time.perf_counter() - started) * 1000)
        return response

    app.dispatch = dispatch_and_log  # type: ignore[method-assign]


def log_line(req: BoltRequest, response: BoltResponse, elapsed_ms: float) -> None:
    retry = req.headers.get("x-slack-retry-num", [None])[0]
    if response.status == 401:
        # Unverified: nothing in the body is trusted enough to repeat.
        log.info("refused request status=401 (bad or stale signature) %.0fms", elapsed_ms)
        return
    log.info(
        "%s user=%s status=%s%s %.0fms",
        describe(req.body),
        user_of(req.body),
        response.status,
        f" retry={retry}" if retry else "",
        elapsed_ms,
    )

"""Control characters out of every payload before any listener reads it.

A slash command's text, a form's values, a shortcut's message, a button's or
a type-ahead's value: every string in the payload (and every key) loses the
characters ``bot.parsing.control_chars`` names — NUL, which PostgreSQL refuses in
text, among them. Tabs and line breaks stay. Ids never hold such characters,
so cleaning the whole payload is the same as cleaning each text field, and no
field a later feature reads can be forgotten.

A Bolt global middleware runs once per request, after Bolt's own signature
check and before any listener (HTTP and Socket Mode alike). Lazy listeners
get a copy of the cleaned payload (``handlers.http.endpoint.SignedRequest`` in HTTP mode;
Socket Mode copies the payload itself).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

from bot.parsing.control_chars import clean

log = logging.getLogger(__name__)


def scrub(node: Any) -> bool:
    """Clean every string inside ``node`` (dicts and lists) in place; True when any changed."""
    changed = False
    if isinstance(node, dict):
        for key, value in list(node.items()):
            new_value = clean(value) if isinstance(value, str) else value
            if isinstance(value, dict | list):
                changed |= scrub(value)
            new_key = clean(key) if isinstance(key, str) else key
            if new_key is not key:
                del node[key]
                node[new_key] = new_value
                changed = True
            elif new_value is not value:
                node[key] = new_value
                changed = True
    elif isinstance(node, list):
        for position, value in enumerate(node):
            if isinstance(value, str):
                cleaned = clean(value)
                if cleaned is not value:
                    node[position] = cleaned
                    changed = True
            elif isinstance(value, dict | list):
                changed |= scrub(value)
    return changed


def register(app: App) -> None:
    @app.middleware
    def clean_user_text(req: BoltRequest, next: Callable[[], BoltResponse]) -> BoltResponse:  # noqa: A002 - Bolt injects by name
        if scrub(req.body):
            log.info("removed control characters from a %s payload", _kind(req.body))
        return next()


def _kind(body: dict[str, Any]) -> str:
    kind = body.get("type") or ("command" if "command" in body else "unknown")
    return str(kind)[:40]

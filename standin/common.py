"""Small pieces the stand-in's modules share: Slack's error answer and id conventions."""

from __future__ import annotations

from typing import Any


class SlackError(Exception):
    """A Web API error answered as ``{"ok": false, "error": str(self)}``.

    ``messages`` go to ``response_metadata.messages``; ``extra`` are further
    top-level fields (``needed``/``provided`` for ``missing_scope``).
    """

    def __init__(self, error: str, messages: list[str] | None = None, **extra: Any) -> None:
        super().__init__(error)
        self.messages = messages or []
        self.extra = extra


def truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("1", "true")


def dm_channel(channel: str) -> str:
    """A user id given as channel means the DM with that user, as Slack does."""
    return f"D{channel}" if channel[:1] in ("U", "W") else channel


def is_dm(channel: str) -> bool:
    """A DM id (``D…``) or a user id standing for the DM with that user."""
    return channel[:1] in ("D", "U", "W")

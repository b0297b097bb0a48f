"""OAuth scopes: what the stand-in's token was granted, and what each Web API method needs.

Slack answers every Web API call made with a valid token with an ``x-oauth-scopes``
header (the scopes the token has) and, per method, ``x-accepted-oauth-scopes``
(the scopes that method accepts); a call without one of those is refused with
``missing_scope`` and the ``needed``/``provided`` fields. The default grant is
what ``manifest.yml`` asks for, so a bot that calls a method its manifest does
not cover fails here as it would in a workspace installed from that manifest.
See https://api.slack.com/legacy/oauth-scopes ("Working with scopes": the
``X-OAuth-Scopes`` and ``X-Accepted-OAuth-Scopes`` headers; also
slack-ruby-client#378), https://docs.slack.dev/reference/scopes and each
method's "Required scopes".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

MANIFEST = Path(__file__).resolve().parent.parent / "manifest.yml"

# Conversation kinds, as the ``types`` argument of users.conversations names them.
PUBLIC, PRIVATE, IM, MPIM = "public_channel", "private_channel", "im", "mpim"

# Methods that need one scope whatever they act on (any one of several).
FIXED: dict[str, tuple[str, ...]] = {
    "chat.postMessage": ("chat:write",),
    "chat.update": ("chat:write",),
    "chat.delete": ("chat:write",),
    "chat.postEphemeral": ("chat:write",),
    "conversations.join": ("channels:join",),
    "users.info": ("users:read",),
    "users.lookupByEmail": ("users:read.email",),
    "files.getUploadURLExternal": ("files:write",),
    "files.completeUploadExternal": ("files:write",),
    "files.info": ("files:read",),
}
# Methods whose scope depends on the kind of conversation they read.
BY_KIND: dict[str, dict[str, str]] = {
    "conversations.history": {
        PUBLIC: "channels:history",
        PRIVATE: "groups:history",
        IM: "im:history",
        MPIM: "mpim:history",
    },
    "conversations.info": {
        PUBLIC: "channels:read",
        PRIVATE: "groups:read",
        IM: "im:read",
        MPIM: "mpim:read",
    },
    "conversations.members": {
        PUBLIC: "channels:read",
        PRIVATE: "groups:read",
        IM: "im:read",
        MPIM: "mpim:read",
    },
}
OPEN_SCOPES = {IM: "im:write", MPIM: "mpim:write"}


def manifest_scopes(path: Path = MANIFEST) -> tuple[str, ...] | None:
    """The bot scopes ``manifest.yml`` requests (``oauth_config.scopes.bot``).

    None when there is no manifest beside the package (an installed console):
    then the stand-in checks no scopes.
    """
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    try:
        import yaml  # a test dependency; the console may run without it
    except ImportError:
        return _bot_scopes_by_lines(text)
    return tuple(yaml.safe_load(text)["oauth_config"]["scopes"]["bot"])


def _bot_scopes_by_lines(text: str) -> tuple[str, ...]:
    """``oauth_config.scopes.bot`` read line by line: a list of ``- scope`` items."""
    scopes: list[str] = []
    path: list[tuple[int, str]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        item = line.strip()
        if item.startswith("- "):
            if [key for _, key in path] == ["oauth_config", "scopes", "bot"]:
                scopes.append(item[2:].strip())
            continue
        while path and path[-1][0] >= indent:
            path.pop()
        path.append((indent, item.rstrip(":").strip()))
    return tuple(scopes)


def accepted_scopes(
    method: str, args: Mapping[str, Any], kind_of: Callable[[str], str | None]
) -> list[tuple[str, ...]]:
    """The scopes ``method`` needs for ``args``: each tuple is "any one of these".

    ``kind_of`` tells the kind of a conversation id (None when unknown: then
    the method's own check answers ``channel_not_found``).
    """
    if method in FIXED:
        return [FIXED[method]]
    if method in BY_KIND:
        kind = kind_of(str(args.get("channel") or ""))
        return [(BY_KIND[method][kind],)] if kind else []
    if method == "conversations.open":
        users = [u for u in str(args.get("users") or "").split(",") if u]
        return [(OPEN_SCOPES[MPIM if len(users) > 1 else IM],)]
    if method == "users.conversations":
        kinds = _types(args.get("types"))
        return [(BY_KIND["conversations.info"][kind],) for kind in kinds]
    return []


def _types(value: Any) -> list[str]:
    kinds = [t.strip() for t in str(value or PUBLIC).split(",") if t.strip()]
    return [k for k in kinds if k in (PUBLIC, PRIVATE, IM, MPIM)]


def missing(needed: Iterable[tuple[str, ...]], granted: Iterable[str]) -> tuple[str, ...] | None:
    """The first "any of" group none of whose scopes was granted, or None."""
    have = set(granted)
    for group in needed:
        if not have.intersection(group):
            return group
    return None

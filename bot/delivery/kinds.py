"""The kinds of message the bot owes Slack, registered explicitly in one place.

A kind says how to render one owed message *when it is sent* (so a message
retried after an outage shows what is true then) and what to record from
Slack's answer. Two ledgers hold what is owed, and a kind belongs to one:

- ``Kind``: an outbox row (``bot.delivery.outbox``), named by its ``method``
  column — claim posts, their refreshes, decision DMs, the claims digest,
  admin alerts. Rendered from the database.
- ``NudgeKind``: a nudge ledger row (``bot.delivery.nudge_ledger``), named by its
  ``kind`` column — the morning nudge, the Monday escalation. Rendered from
  what the tick computed for every recipient at once.

``Kinds`` is the registry: built once by the composition root
(``bot.app.delivery_kinds``, which alone hands the services their Block Kit
renderers from ``handlers.blocks``) and given to the senders in ``Deps``.
Nothing registers itself by being imported.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy.orm import Session

from storage.models import OutboxMessage

if TYPE_CHECKING:
    from bot.deps import Deps

Message = tuple[str, list[dict[str, Any]]]  # fallback text and blocks, from the kit
Subject = TypeVar("Subject")


@dataclass
class Send:
    """One Web API call to make; ``fingerprint`` (refreshes) tells whether the state moved on."""

    method: str
    args: dict[str, Any]
    fingerprint: str | None = None


@dataclass(frozen=True)
class Wait:
    """Not yet: try again shortly without counting an attempt (a refresh before its post)."""

    reason: str


@dataclass(frozen=True)
class Skip:
    """Nothing to send any more: the row is done."""

    reason: str


Outcome = Send | Wait | Skip
Render = Callable[[Session, OutboxMessage, "Deps"], Outcome]
AfterSent = Callable[[Session, OutboxMessage, dict[str, Any], datetime], None]


@dataclass(frozen=True)
class Kind:
    """An outbox row's kind: render it now (``Send``, ``Wait`` or ``Skip``); keep what the
    answer tells (``after_sent``, in the transaction that marks the row sent)."""

    name: str
    render: Render
    after_sent: AfterSent | None = None


@dataclass(frozen=True)
class NudgeKind(Generic[Subject]):
    """A nudge ledger row's kind: its message, from what the tick computed for the reader."""

    name: str
    render: Callable[[Subject], Message]


class UnknownKind(LookupError):
    """No kind of that name was registered (a row written by a newer or older bot)."""


class Kinds:
    """Every kind of message the bot sends, each under one name.

    Raises ``ValueError`` when two kinds share a name: each name is one row's
    ``method`` or ``kind``, and two renderers for it would be a guess.
    """

    def __init__(self, kinds: Iterable[Kind | NudgeKind[Any]]) -> None:
        self._posts: dict[str, Kind] = {}
        self._nudges: dict[str, NudgeKind[Any]] = {}
        for kind in kinds:
            if kind.name in self._posts or kind.name in self._nudges:
                raise ValueError(f"two delivery kinds are named {kind.name!r}")
            if isinstance(kind, Kind):
                self._posts[kind.name] = kind
            else:
                self._nudges[kind.name] = kind

    def post(self, name: str) -> Kind:
        """The outbox kind ``name``; raises ``UnknownKind``."""
        try:
            return self._posts[name]
        except KeyError:
            raise UnknownKind(f"no delivery for outbox kind {name!r}") from None

    def nudge(self, name: str) -> NudgeKind[Any]:
        """The nudge kind ``name``; raises ``UnknownKind``."""
        try:
            return self._nudges[name]
        except KeyError:
            raise UnknownKind(f"no delivery for nudge kind {name!r}") from None

    @property
    def names(self) -> tuple[str, ...]:
        return (*self._posts, *self._nudges)

    def __iter__(self) -> Iterator[Kind | NudgeKind[Any]]:
        yield from self._posts.values()
        yield from self._nudges.values()

    def __repr__(self) -> str:
        return f"<Kinds {', '.join(self.names)}>"


def post(channel: str, message: Message) -> Send:
    """A ``chat.postMessage`` of the kit's ``message`` to ``channel`` (a user id: their DM)."""
    text, blocks = message
    return Send("chat.postMessage", {"channel": channel, "text": text, "blocks": blocks})


def fingerprint(args: dict[str, Any]) -> str:
    """A digest of what a render would send, to tell whether the state moved on."""
    stable = json.dumps(args, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(stable.encode()).hexdigest()


def require(deps: Deps) -> Kinds:
    """The kinds ``deps`` was built with; raises ``LookupError`` when it was built without."""
    if deps.kinds is None:
        raise LookupError("these Deps have no delivery kinds: build them with bot.app.build_deps")
    return deps.kinds

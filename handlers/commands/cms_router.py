"""The ``/cms`` subcommand table: feature modules add rows, help is built from it.

A module adds a subcommand with ``@subcommand("name", usage=..., summary=...)``;
the function gets a ``CmsRequest``. Unknown words get the help with a note.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient

from bot.deps import Deps
from bot.i18n import N_


@dataclass
class CmsRequest:
    deps: Deps
    user_id: str
    channel_id: str
    trigger_id: str
    args: str  # what follows the subcommand word
    respond: Callable[..., Any]
    client: WebClient


@dataclass(frozen=True)
class Subcommand:
    name: str
    usage: str
    summary: str  # an English msgid, translated when the help is shown
    run: Callable[[CmsRequest], None]
    details: str = ""  # what is typed (command words): shown as it is, after the summary


SUBCOMMANDS: dict[str, Subcommand] = {}

# The other slash commands, listed in the help beside /cms's subcommands.
COMMANDS = {
    "/logcontact": N_(
        "`/logcontact <client> <how> <when> <notes>` — record a contact (no text opens the form)"
    ),
    "/client": N_(
        "`/client <name>` — a client's card: coverage, last contacts, follow-ups, claims"
    ),
}


def subcommand(
    name: str, *, usage: str, summary: str, details: str = ""
) -> Callable[[Callable[[CmsRequest], None]], Callable[[CmsRequest], None]]:
    def add(run: Callable[[CmsRequest], None]) -> Callable[[CmsRequest], None]:
        SUBCOMMANDS[name] = Subcommand(
            name=name, usage=usage, summary=summary, run=run, details=details
        )
        return run

    return add

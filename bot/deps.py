"""What handlers and jobs are given: built once by ``bot.app``, never global."""

from __future__ import annotations

from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from slack_sdk import WebClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.delivery.kinds import Kinds


@dataclass
class Deps:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    client: WebClient
    # Sessions for work that only reads (cards, Home tabs, reports, type-ahead).
    reads: sessionmaker[Session] | None = None
    # Every kind of message the bot sends Slack, with its renderer (``bot.app.delivery_kinds``).
    kinds: Kinds | None = None
    # Work after an ack (replies, early posts, Home refreshes) runs here, never on
    # the threads that acknowledge requests; ``CmsApp.close`` waits for it.
    background: Executor = field(
        default_factory=lambda: ThreadPoolExecutor(
            max_workers=LISTENER_THREADS, thread_name_prefix="cms-listener"
        )
    )

    def reading(self) -> sessionmaker[Session]:
        """The read-only session factory (the writing one where none was made)."""
        return self.reads or self.sessions


# Enough for a desk logging at once while some replies wait out a slow Slack
# (each call gives up after about two seconds).
LISTENER_THREADS = 16

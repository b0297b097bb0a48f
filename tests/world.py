"""The end-to-end world: the real bot over real HTTP, the Slack stand-in, a fresh database.

Tests act as Slack does (signed requests through ``world.slack``) and look at
what the bot did through the stand-in's recorded Web API calls and the database.

The workspace has two channels: ``GENERAL_CHANNEL`` ("C1", where the sender's
slash commands are typed by default) and the controllers' ``CONTROLLERS_CHANNEL``;
every person the test adds is in both, and so is the bot — unless the test
parametrizes ``world_bot_invited`` to False: then the bot was never invited to
the controllers' channel and Slack answers its posts there ``not_in_channel``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.app import CmsApp, build_app
from bot.clock import FixedClock
from bot.settings import Settings
from handlers.http.server import serve_in_thread
from storage.models import Rep
from tests.databases import TemplateDatabases, engine_for

if TYPE_CHECKING:
    from standin.sender import SlackSender
    from standin.server import SlackStandIn

SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test"
CONTROLLERS_CHANNEL = "CCONTROL"
GENERAL_CHANNEL = "C1"


@dataclass
class World:
    cms: CmsApp
    standin: SlackStandIn
    slack: SlackSender
    clock: FixedClock
    base_url: str
    settings: Settings

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self.cms.deps.sessions

    @contextmanager
    def db(self) -> Iterator[Session]:
        """One committed transaction, for arranging data and checking results.

        Every rep it leaves in the book is a member of the workspace too, with the zone and
        locale they were given (their Slack profile, as ``users.info`` reads it the first
        time the bot sees them), unless the test told the stand-in otherwise already; a
        test gives a rep another profile with ``standin.add_user`` afterwards."""
        with self.sessions.begin() as session:
            yield session
        with self.sessions() as session:
            for user_id, name, tz, locale in session.execute(
                select(Rep.slack_user_id, Rep.name, Rep.timezone, Rep.locale)
            ):
                if user_id not in self.standin.workspace.users:
                    self.standin.add_user(user_id, name, tz=tz, locale=locale)


def texts(value: Any) -> str:
    """Every ``text`` a person reads in a payload (blocks, views, options), one a line: what
    a test asserts a reader sees, or never sees."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, item in node.items():
                if key == "text" and isinstance(item, str):
                    found.append(item)
                else:
                    walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(value)
    return "\n".join(found)


@pytest.fixture
def world_backend() -> str:
    """SQLite by default; parametrize ``world_backend`` to run a test on PostgreSQL too."""
    return "sqlite"


@pytest.fixture
def world_bot_invited() -> bool:
    """True: the bot is a member of the controllers' channel. Parametrize to False."""
    return True


@pytest.fixture
def world_default_locale() -> str:
    """``CMS_DEFAULT_LOCALE``: the language of the controllers' channel. Parametrize it."""
    return "en"


@pytest.fixture
def world_evidence_override() -> str:
    """``CMS_EVIDENCE_OVERRIDE``: ``allowed`` (the default) or ``forbidden``. Parametrize it."""
    return "allowed"


@pytest.fixture
def world_reporting_currency() -> str:
    """``CMS_REPORTING_CURRENCY``: what every pay figure and asset total is in. Parametrize it."""
    return "USD"


@pytest.fixture
def world(  # type: ignore[no-untyped-def]
    databases: TemplateDatabases,
    world_backend: str,
    world_bot_invited: bool,
    world_default_locale: str,
    world_evidence_override: str,
    world_reporting_currency: str,
    now,
) -> Iterator[World]:
    from standin.sender import SlackSender
    from standin.server import SlackStandIn

    clock = FixedClock(now)
    with (
        SlackStandIn(token=BOT_TOKEN) as standin,
        engine_for(databases.url(world_backend)) as engine,
    ):
        bot = [standin.bot_user_id]
        standin.add_channel(GENERAL_CHANNEL, "general", members=bot, everyone=True)
        standin.add_channel(
            CONTROLLERS_CHANNEL,
            "controllers",
            members=bot if world_bot_invited else (),
            everyone=True,
        )
        settings = Settings(
            bot_token=BOT_TOKEN,
            signing_secret=SIGNING_SECRET,
            api_url=standin.api_url,
            database_url=str(engine.url),
            controllers_channel=CONTROLLERS_CHANNEL,
            default_locale=world_default_locale,
            evidence_override=world_evidence_override,
            reporting_currency=world_reporting_currency,
        )
        cms = build_app(settings, mode="http", clock=clock, engine=engine)
        with closing(cms), serve_in_thread(cms) as base_url:
            sender = SlackSender(f"{base_url}/slack/events", SIGNING_SECRET, standin=standin)
            yield World(
                cms=cms,
                standin=standin,
                slack=sender,
                clock=clock,
                base_url=base_url,
                settings=settings,
            )

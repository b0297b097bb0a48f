"""The one composition root: settings, engine, sessions, Web API client, Bolt app.

Wiring lives here and nowhere else; ``handlers.register`` attaches listeners.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from slack_bolt import App
from sqlalchemy import Engine

from bot.clock import Clock, system_clock
from bot.deps import Deps
from bot.settings import Settings
from bot.slack_client import make_web_client
from storage.engine import make_engine, make_session_factory
from storage.schema import require_current

log = logging.getLogger(__name__)


@dataclass
class CmsApp:
    deps: Deps
    bolt: App
    # Bolt runs a listener's work after the ack on this pool; owning it lets
    # ``close`` finish that work before the client and database go away.
    executor: ThreadPoolExecutor = field(default_factory=ThreadPoolExecutor)

    def close(self) -> None:
        """Wait for listener work still running after its ack, then refuse new work."""
        self.executor.shutdown(wait=True)


def build_deps(
    settings: Settings, *, clock: Clock = system_clock, engine: Engine | None = None
) -> Deps:
    """Engine, sessions and client; raises ``SchemaNotCurrent`` on an unmigrated database."""
    engine = engine or make_engine(settings.database_url)
    require_current(engine)
    return Deps(
        settings=settings,
        engine=engine,
        sessions=make_session_factory(engine),
        clock=clock,
        client=make_web_client(settings),
    )


def build_app(
    settings: Settings,
    *,
    mode: str = "http",
    clock: Clock = system_clock,
    engine: Engine | None = None,
) -> CmsApp:
    """The Bolt app for ``mode`` ("http" or "socket").

    Raises ``SettingsError`` naming a missing setting and ``SchemaNotCurrent``
    when the database needs ``cmsbot db upgrade``.
    """
    import handlers

    settings.require(mode)
    deps = build_deps(settings, clock=clock, engine=engine)
    executor = ThreadPoolExecutor(max_workers=10, thread_name_prefix="cms-listener")
    bolt = App(
        client=deps.client,
        listener_executor=executor,
        signing_secret=settings.signing_secret or "unused-in-socket-mode",
        request_verification_enabled=mode == "http",
        token_verification_enabled=False,
        logger=logging.getLogger("cmsbot.bolt"),
    )
    handlers.register(bolt, deps)
    warm_up_parsing(deps)
    return CmsApp(deps=deps, bolt=bolt, executor=executor)


def warm_up_parsing(deps: Deps) -> None:
    """Load dateparser's data for the languages reps write in, before the first command.

    The first parse otherwise pays for loading it, which would eat most of
    Slack's three-second window.
    """
    from sqlalchemy import select

    from bot.parsing.dates import language_of, warm_up
    from storage.models import Rep

    with deps.sessions() as session:
        locales = session.scalars(select(Rep.locale).distinct()).all()
        zones = session.scalars(select(Rep.timezone).distinct()).all()
    seconds = warm_up(sorted({"en", *(language_of(locale) for locale in locales)}), timezones=zones)
    log.info("date parsing warmed up in %.2fs", seconds)

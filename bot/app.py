"""The one composition root: settings, engine, sessions, Web API client, Bolt app.

Wiring lives here and nowhere else; ``handlers.register`` attaches listeners.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any

from slack_bolt import App
from slack_bolt.authorization import AuthorizeResult
from sqlalchemy import Engine

from bot.clock import Clock, system_clock
from bot.delivery.client import make_web_client
from bot.delivery.kinds import Kinds, NudgeKind
from bot.deps import Deps
from bot.settings import Settings
from storage.engine import make_engine, make_read_session_factory, make_session_factory
from storage.schema import require_current

log = logging.getLogger(__name__)


@dataclass
class CmsApp:
    deps: Deps
    bolt: App

    @property
    def executor(self) -> Executor:
        """Where work after an ack runs (Bolt's lazy listeners and ours)."""
        return self.deps.background

    def close(self) -> None:
        """Wait for listener work still running after its ack, then refuse new work."""
        self.deps.background.shutdown(wait=True)


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
        reads=make_read_session_factory(engine),
        clock=clock,
        client=make_web_client(settings),
        kinds=delivery_kinds(),
    )


def delivery_kinds() -> Kinds:
    """Every kind of message the bot owes Slack, each with the kit's renderer: the one registry.

    The services render through the views given here and never import
    ``handlers`` themselves (the import contract in ``pyproject.toml``).
    """
    from bot.cadence.nudges import DAILY, ESCALATION, Team
    from bot.claims.digest import digest_kind
    from bot.claims.posts import claim_kinds
    from bot.delivery.dead import alert_kind
    from handlers.blocks import claims, nudges, problems

    def escalation(team: Team) -> tuple[str, list[dict[str, Any]]]:
        reps = [(nudges.TeamRep(rep.name, rep.slack_user_id), statuses) for rep, statuses in team]
        return nudges.escalation_message(reps)

    return Kinds(
        (
            *claim_kinds(
                controller_message=claims.controller_message, decision_dm=claims.decision_dm
            ),
            digest_kind(claims.digest),
            alert_kind(problems.alert_message),
            NudgeKind(DAILY, nudges.nudge_message),
            NudgeKind(ESCALATION, escalation),
        )
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
    bolt = App(
        client=deps.client,
        # Ack on the request's own thread; the work runs after it as lazy listeners
        # on ``deps.background`` (``handlers.lanes``), so a slow Slack or database
        # never makes an ack wait for a free worker.
        process_before_response=True,
        listener_executor=deps.background,
        signing_secret=settings.signing_secret or "unused-in-socket-mode",
        request_verification_enabled=mode == "http",
        authorize=single_workspace(settings.bot_token or ""),
        logger=logging.getLogger("cmsbot.bolt"),
    )
    handlers.register(bolt, deps)
    warm_up_parsing(deps)
    return CmsApp(deps=deps, bolt=bolt)


def single_workspace(token: str) -> Any:
    """Bolt's authorize for the one workspace this bot serves, without asking Slack.

    Bolt's default asks ``auth.test`` on the first request, and a cold instance
    that cannot reach Slack then refuses every request; the token is all a
    listener needs, and ``cmsbot doctor`` is where a bad token is found.
    """

    def authorize(
        enterprise_id: str | None, team_id: str | None, user_id: str | None
    ) -> AuthorizeResult:
        return AuthorizeResult(
            enterprise_id=enterprise_id, team_id=team_id, user_id=user_id, bot_token=token
        )

    return authorize


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

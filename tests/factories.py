"""Small builders for test data: reps, clients with coverage, initiatives.

They insert rows directly: what they build is the setting of a test, not the
behaviour under test. Each row gets its ``create`` audit event (actor
``SETTING``), as the app would write it, so ``audit verify`` replays the setting
like any other record; tests that list "the events" leave the setting's out.
Interactions and claims are made through the real services.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot import audit
from bot.app import build_deps
from bot.clock import FixedClock
from bot.contacts import ContactDraft, LoggedContact, log_contact
from bot.deps import Deps
from bot.directory.clients import client_snapshot
from bot.directory.reps import rep_snapshot
from bot.parsing.client_match import normalise
from bot.settings import SLACK_API_DEFAULT, Settings
from standin.server import SlackStandIn
from storage.models import (
    Client,
    ClientAccount,
    Coverage,
    Delegate,
    Household,
    Initiative,
    Rep,
    RepRole,
)

EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
# The actor of the setting's audit events.
SETTING = "test-setting"
_ids = itertools.count(1)
# The bot token of tests that drive services against the stand-in directly.
BOT_TOKEN = "xoxb-test"


def make_rep(
    session: Session,
    slack_user_id: str | None = None,
    name: str | None = None,
    *,
    roles: Iterable[str] = ("rep",),
    manager: Rep | None = None,
    timezone: str = "UTC",
    locale: str = "en-US",
    email: str | None = None,
) -> Rep:
    n = next(_ids)
    rep = Rep(
        slack_user_id=slack_user_id or f"U{n:05d}",
        name=name or f"Rep {n}",
        email=email,
        manager_id=manager.id if manager else None,
        timezone=timezone,
        locale=locale,
        created_at=EPOCH,
        updated_at=EPOCH,
    )
    rep.role_rows = [RepRole(role=role) for role in roles]
    session.add(rep)
    session.flush()
    _audit(session, rep, after=rep_snapshot(rep))
    return rep


def _audit(session: Session, row: object, **values: object) -> None:
    audit.record(session, actor=SETTING, action="create", entity=row, now=EPOCH, **values)  # type: ignore[arg-type]


def make_household(session: Session, name: str) -> Household:
    household = session.scalar(select(Household).where(Household.name == name))
    if household is None:
        household = Household(name=name, created_at=EPOCH)
        session.add(household)
        session.flush()
        _audit(session, household)
    return household


def make_client(
    session: Session,
    name: str,
    *,
    covered_by: Iterable[Rep] = (),
    tier: str = "HNW",
    kind: str = "client",
    household: str | None = None,
    accounts: Iterable[str] = (),
    external_id: str | None = None,
    covered_since: datetime = EPOCH,
) -> Client:
    n = next(_ids)
    client = Client(
        external_id=external_id or f"C{n:06d}",
        name=name,
        search_name=normalise(name),
        kind=kind,
        tier=tier,
        household_id=make_household(session, household).id if household else None,
        created_at=EPOCH,
        updated_at=EPOCH,
    )
    client.accounts = [ClientAccount(account=account) for account in accounts]
    session.add(client)
    session.flush()
    team = [
        Coverage(
            client_id=client.id,
            rep_id=rep.id,
            role="primary" if position == 0 else "secondary",
            started_at=covered_since,
        )
        for position, rep in enumerate(covered_by)
    ]
    session.add_all(team)
    session.flush()
    _audit(session, client, after=client_snapshot(session, client))
    for row in team:
        audit.record(session, actor=SETTING, action="start_coverage", entity=row, now=EPOCH)
    return client


def make_initiative(
    session: Session,
    tag: str,
    *,
    name: str | None = None,
    cost: Decimal = Decimal("10000"),
    starts_on: date = date(2026, 1, 1),
    ends_on: date | None = date(2026, 12, 31),
) -> Initiative:
    initiative = Initiative(
        tag=tag,
        name=name or tag.replace("-", " ").title(),
        cost=cost,
        currency="USD",
        starts_on=starts_on,
        ends_on=ends_on,
        created_at=EPOCH,
    )
    session.add(initiative)
    session.flush()
    _audit(session, initiative)
    return initiative


def make_delegate(session: Session, *, rep: Rep, assistant: Rep) -> None:
    row = Delegate(rep_id=rep.id, assistant_id=assistant.id, created_at=EPOCH)
    session.add(row)
    session.flush()
    _audit(session, row, entity_id=f"{rep.id}:{assistant.id}")


def log_for(
    session: Session,
    rep: Rep,
    client: Client | int,
    *,
    at: datetime,
    now: datetime,
    channel: str = "phone",
    owner: Rep | None = None,
    **draft: Any,
) -> LoggedContact:
    """A contact ``rep`` logs at ``now`` through the real service (its audit event, claims
    and cadence checks), that happened ``at``; ``draft`` gives the form's other fields."""
    client_id = client if isinstance(client, int) else client.id
    logged = ContactDraft(client_id=client_id, occurred_at=at, channel=channel, **draft)
    return log_contact(session, actor=rep, owner=owner, draft=logged, now=now)


def deps_at(engine: Engine, slack: SlackStandIn | None, now: datetime, **settings: Any) -> Deps:
    """The bot's services on ``engine`` at a fixed ``now``, talking to ``slack`` (the
    conftest's stand-in; ``None`` for a test that puts its own client in)."""
    wired = Settings(
        bot_token=slack.token if slack is not None else BOT_TOKEN,
        api_url=slack.api_url if slack is not None else SLACK_API_DEFAULT,
        database_url=engine.url.render_as_string(hide_password=False),
        **settings,
    )
    return build_deps(wired, clock=FixedClock(now), engine=engine)

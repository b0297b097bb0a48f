"""Client service over Slack (issue #19): the team's clients, service contacts, no pay.

Sam works in client service under Mia, whose team covers Jane. Sam reads Jane's
card and logs service contacts on it: they are kind ``service``, shown on the
card, and count toward no cadence (``bot.cadence.rules.counts``) and nobody's
scorecard. Sam raises no claims, sees no pay figures and no client outside
the team.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.cadence import rules
from bot.reports import scorecard
from bot.reports.periods import read_period
from storage.models import Interaction, Rep
from tests.databases import BACKENDS
from tests.factories import log_for, make_client, make_rep
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)


@pytest.fixture
def book(world: World, now: datetime) -> dict[str, Any]:
    with world.db() as session:
        mia = make_rep(session, "UMIA", "Mia", roles=("manager",))
        rita = make_rep(session, "URITA", "Rita", manager=mia)
        sam = make_rep(session, "USAM", "Sam", roles=("service",), manager=mia)
        otto = make_rep(session, "UOTTO", "Otto")
        for rep in (mia, rita, sam, otto):
            world.standin.add_user(rep.slack_user_id, rep.name)
        jane = make_client(session, "Jane Wealth", covered_by=[rita])
        make_client(session, "Olga Other", covered_by=[otto])
        ten_days_ago = now - timedelta(days=10)
        log_for(session, rita, jane, at=ten_days_ago, now=ten_days_ago, notes="annual review")
        return {"jane": jane.id}


def say(world: World, command: str, text: str) -> dict[str, Any]:
    world.standin.clear()
    sent = world.slack.command(command, text, user_id="USAM")
    assert sent.ok, sent.body
    return world.standin.wait_for("response_url").args


def test_a_service_contact_is_shown_but_counts_toward_no_cadence_and_no_pay(
    world: World, book: dict[str, Any], now: datetime
) -> None:
    with world.db() as session:
        before = rules.last_contact(session, book["jane"]).last_at
    say(world, "/logcontact", "Jane Wealth by phone today changed her address")
    with world.db() as session:
        logged = session.scalars(
            select(Interaction).where(Interaction.notes.contains("address"))
        ).one()
        assert (logged.kind, logged.side, logged.private) == ("service", "wealth", False)
        assert rules.last_contact(session, book["jane"]).last_at == before
        sam = session.scalars(select(Rep).where(Rep.slack_user_id == "USAM")).one()
        period = read_period("this quarter", now=now, timezone="UTC", locale="en")
        card = scorecard.build(session, reps=[sam], period=period, now=now, scope="self")
        assert card.cards[0].contacts == 0
    shown = say(world, "/client", "Jane Wealth")
    text = str(shown["blocks"])
    assert "changed her address" in text and "annual review" in text
    assert "10 days since last contact" in text  # Rita's review, not Sam's call


def test_service_raises_no_claim_and_sees_no_pay_and_no_client_outside_the_team(
    world: World, book: dict[str, Any]
) -> None:
    refused = say(world, "/logcontact", "Jane Wealth by phone today she deposited 50000 USD")
    assert refused["text"].startswith("Client service logs service contacts only")
    with world.db() as session:
        assert (
            session.scalars(select(Interaction).where(Interaction.notes.contains("50000"))).all()
            == []
        )
        assert [i.notes for i in session.scalars(select(Interaction))] == ["annual review"]
    pay = say(world, "/cms", "scorecard")
    assert pay["text"].startswith("Scorecards and bonuses are for reps, their managers and admins")
    outside = say(world, "/client", "Olga Other")
    assert outside["text"].startswith("You don't cover Olga Other")
    assert "blocks" not in outside

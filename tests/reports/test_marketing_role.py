"""The marketing role over Slack (issue #19): initiatives, their returns, and nothing of a client.

Marketing creates and edits initiatives (cost, dates), reads ``/cms roi`` for every
initiative as counts and totals, and tags a client's contacts of a day with an
initiative when a rep asks — told only how many were tagged. It reads no card,
no note, no single client's amount. Every change is audited.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from bot.audit.verify import verify
from bot.parsing import ClaimDraft
from storage.models import AuditEvent, Initiative, Interaction
from tests.databases import BACKENDS
from tests.factories import log_for, make_client, make_initiative, make_rep
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)

SECRET = "SECRET-NOTE-3141"


def cms(world: World, text: str, user_id: str = "UMARK") -> str:
    world.standin.clear()
    reply = world.slack.command("/cms", text, user_id=user_id)
    assert reply.ok, reply.body
    call = world.standin.wait_for("response_url", lambda call: call.args.get("text"))
    return str(call.args["text"]) + str(call.args.get("blocks") or "")


@pytest.fixture
def book(world: World) -> dict[str, Any]:
    with world.db() as session:
        mark = make_rep(session, "UMARK", "Mark", roles=("marketing",))
        rita = make_rep(session, "URITA", "Rita")
        for rep in (mark, rita):
            world.standin.add_user(rep.slack_user_id, rep.name)
        jane = make_client(session, "Jane Wealth", covered_by=[rita], external_id="JW1")
        make_initiative(session, "golf-open", cost=Decimal("20000"))
        deposit = ClaimDraft(kind="deposit", amount=Decimal("271828"), currency="USD")
        contact = log_for(
            session,
            rita,
            jane,
            at=datetime(2026, 11, 16, 10, 0, tzinfo=UTC),
            now=datetime(2026, 11, 16, 12, 0, tzinfo=UTC),
            channel="in_person",
            notes=f"{SECRET} met at the golf open",
            claims=(deposit,),
        )
        return {"contact": contact.interaction.id, "jane": jane.id}


def test_marketing_adds_and_edits_an_initiative_and_each_change_is_audited(
    world: World, book: dict[str, Any]
) -> None:
    added = cms(world, 'initiative add "Symphony Night" #symphony cost 45000 USD from 2026-09-01')
    assert added.startswith("Added #symphony")
    edited = cms(world, "initiative edit #symphony cost 50000 to 2026-12-31")
    assert edited == (
        "#symphony “Symphony Night” is now: cost USD 50,000.00, Tue 1 Sep 2026 to Thu 31 Dec 2026."
    ), edited
    with world.db() as session:
        symphony = session.scalars(select(Initiative).where(Initiative.tag == "symphony")).one()
        assert (symphony.cost, symphony.ends_on) == (Decimal("50000.00"), date(2026, 12, 31))
        changes = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_type == "initiatives", AuditEvent.actor == "UMARK"
            )
        ).all()
        assert [event.action for event in changes] == ["create", "update"]
        assert verify(session) == []


def test_a_rep_may_not_edit_an_initiative_and_is_told_who_may(
    world: World, book: dict[str, Any]
) -> None:
    refused = cms(world, "initiative edit #golf-open cost 1", user_id="URITA")
    assert refused == (
        "Only admins and marketing can add, change or close initiatives; ask one of them."
    )
    with world.db() as session:
        golf = session.scalars(select(Initiative).where(Initiative.tag == "golf-open")).one()
        assert golf.cost == Decimal("20000.00")


def test_marketing_tags_a_days_contacts_and_is_told_only_how_many(
    world: World, book: dict[str, Any]
) -> None:
    told = cms(world, "initiative tag #golf-open JW1 2026-11-16")
    assert told.startswith("Tagged 1 contact of JW1 on ")
    assert SECRET not in told and "Jane" not in told and "271" not in told
    again = cms(world, "initiative tag #golf-open JW1 2026-11-16")
    assert again.startswith("Tagged 0 contacts")
    with world.db() as session:
        contact = session.get_one(Interaction, book["contact"])
        assert contact.initiative is not None and contact.initiative.tag == "golf-open"
        tagged = session.scalars(select(AuditEvent).where(AuditEvent.action == "tag")).all()
        assert [(event.actor, event.entity_id) for event in tagged] == [
            ("UMARK", str(book["contact"]))
        ]


def test_marketing_reads_every_initiatives_return_as_aggregates_and_no_client(
    world: World, book: dict[str, Any]
) -> None:
    cms(world, "initiative tag #golf-open JW1 2026-11-16")
    roi = cms(world, "roi this quarter")
    assert "golf-open" in roi
    assert SECRET not in roi and "Jane" not in roi
    world.standin.clear()
    card = world.slack.command("/client", "Jane Wealth", user_id="UMARK")
    assert card.ok
    answer = world.standin.wait_for("response_url").args
    assert "blocks" not in answer and SECRET not in str(answer)
    scorecard = cms(world, "scorecard")
    assert scorecard.startswith("Scorecards and bonuses are for reps, their managers and admins")

"""The Monday escalation: each manager's team's clients more than twice max_days overdue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from bot.cadence.nudges import run_tick
from bot.contacts import ContactDraft, log_contact
from bot.deps import Deps
from standin.server import SlackStandIn
from storage.models import NudgeLedger
from tests.factories import deps_at, make_client, make_rep

LONG_AGO = datetime(2025, 6, 2, tzinfo=UTC)
MONDAY = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # 10:00 in New York


@pytest.fixture
def deps(engine: Engine, slack: SlackStandIn) -> Deps:
    deps = deps_at(engine, slack, MONDAY)
    with deps.sessions.begin() as session:
        mia = make_rep(session, "UMIA", "Mia", roles=("manager",), timezone="America/New_York")
        ray = make_rep(session, "URAY", "Ray", manager=mia)
        ann = make_rep(session, "UANN", "Ann", manager=mia)
        sub = make_rep(session, "USUB", "Sub", manager=ray)  # under Mia through Ray
        out = make_rep(session, "UOUT", "Out")  # another team
        for rep in (mia, ray, ann, sub, out):
            slack.add_user(rep.slack_user_id, rep.name, tz=rep.timezone)
            rep.profile_refreshed_at = MONDAY
        make_client(session, "Far Ray", covered_by=[ray], covered_since=LONG_AGO)
        make_client(session, "Far Ann", covered_by=[ann], covered_since=LONG_AGO)
        make_client(session, "Far Sub", covered_by=[sub], covered_since=LONG_AGO)
        make_client(session, "Far Out", covered_by=[out], covered_since=LONG_AGO)
        near = make_client(session, "Near Ray", covered_by=[ray], covered_since=LONG_AGO)
        at = MONDAY - timedelta(days=120)  # overdue (90) but not twice over (180)
        log_contact(session, actor=ray, draft=ContactDraft(near.id, at, "phone"), now=at)
    return deps


def escalations(slack: SlackStandIn) -> list:  # type: ignore[type-arg]
    return [
        c
        for c in slack.calls_to("chat.postMessage", include_failed=False)
        if c.args["channel"] == "UMIA"
    ]


def test_monday_digest_groups_far_overdue_clients_by_rep(deps: Deps, slack: SlackStandIn) -> None:
    report = run_tick(deps, now=MONDAY, pace=0)
    [digest] = escalations(slack)
    text = str(digest.args["blocks"])
    # "3 of your team's clients are", and for one "1 of your team's clients is" (issue 16).
    assert digest.args["text"].startswith("3 of your team's clients are more than twice")
    assert text.index("*Ann*") < text.index("Far Ann") < text.index("*Ray*") < text.index("Far Ray")
    assert text.index("*Sub*") < text.index("Far Sub")
    assert "Near Ray" not in text and "Far Out" not in text
    [outcome] = [o for o in report.outcomes if o.kind == "escalation"]
    assert [name for name, _ in outcome.team] == ["Ann", "Ray", "Sub"]


def test_the_digest_goes_once_per_monday(deps: Deps, slack: SlackStandIn) -> None:
    for minutes in range(0, 60, 5):
        run_tick(deps, now=MONDAY + timedelta(minutes=minutes), pace=0)
    run_tick(deps, now=MONDAY + timedelta(days=1), pace=0)  # Tuesday: dailies only
    assert len(escalations(slack)) == 1
    run_tick(deps, now=MONDAY + timedelta(days=7), pace=0)
    assert len(escalations(slack)) == 2
    with deps.sessions.begin() as session:
        kinds = session.scalars(
            select(NudgeLedger.local_date).where(NudgeLedger.kind == "escalation")
        ).all()
    assert [str(day) for day in kinds] == ["2026-11-23", "2026-11-30"]


def test_no_digest_before_the_managers_morning_or_on_other_days(
    deps: Deps, slack: SlackStandIn
) -> None:
    run_tick(deps, now=MONDAY - timedelta(hours=2), pace=0)  # 08:00 in New York
    run_tick(deps, now=MONDAY + timedelta(days=2), pace=0)  # Wednesday
    assert escalations(slack) == []


def test_a_snooze_does_not_hide_a_client_from_the_escalation(
    deps: Deps, slack: SlackStandIn
) -> None:
    from bot.cadence.snoozes import snooze_client
    from storage.models import Client, Rep

    with deps.sessions.begin() as session:
        ray = session.scalar(select(Rep).where(Rep.slack_user_id == "URAY"))
        far = session.scalar(select(Client).where(Client.name == "Far Ray"))
        snooze_client(session, actor=ray, client_id=far.id, days=30, now=MONDAY)
    run_tick(deps, now=MONDAY, pace=0)
    [digest] = escalations(slack)
    assert "Far Ray" in str(digest.args["blocks"])

"""The nudge tick: who is due when, in their own zone; one DM a day; the Monday escalation.

Each test has a fresh database on both backends (``engine``) and the Slack
stand-in over HTTP; the clock is fixed and moved by hand, one tick at a time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select

from bot.cadence.nudges import run_tick
from bot.contacts import ContactDraft, log_contact
from bot.deps import Deps
from handlers import ids
from standin.server import SlackStandIn
from storage.models import NudgeLedger, Rep
from tests.factories import BOT_TOKEN as TOKEN
from tests.factories import deps_at, make_client, make_rep

LONG_AGO = datetime(2025, 6, 2, tzinfo=UTC)  # coverage began; the default cadence is 90 days


def deps_for(engine: Engine, slack: SlackStandIn, *, hour: int = 9) -> Deps:
    return deps_at(engine, slack, LONG_AGO, nudge_hour=hour)


@pytest.fixture
def deps(engine: Engine, slack: SlackStandIn) -> Deps:
    return deps_for(engine, slack)


def add_rep(
    deps: Deps,
    slack: SlackStandIn,
    user_id: str,
    *,
    tz: str = "America/New_York",
    overdue: int = 1,
    roles: tuple[str, ...] = ("rep",),
    manager: str | None = None,
) -> int:
    """A rep in ``tz`` (in Slack too) with ``overdue`` never-contacted clients."""
    slack.add_user(user_id, f"Rep {user_id}", tz=tz)
    with deps.sessions.begin() as session:
        boss = session.scalar(select(Rep).where(Rep.slack_user_id == manager)) if manager else None
        rep = make_rep(session, user_id, f"Rep {user_id}", timezone=tz, roles=roles, manager=boss)
        for n in range(overdue):
            make_client(
                session, f"{user_id} client {n:02d}", covered_by=[rep], covered_since=LONG_AGO
            )
        return rep.id


def tick(deps: Deps, at: datetime, **kwargs):  # type: ignore[no-untyped-def]
    deps.clock.set(at)  # type: ignore[attr-defined]
    return run_tick(deps, now=at, pace=0, **kwargs)


def dms(slack: SlackStandIn, user_id: str) -> list:  # type: ignore[type-arg]
    return [
        c
        for c in slack.calls_to("chat.postMessage", include_failed=False)
        if c.args["channel"] == user_id and c.ok
    ]


def test_each_rep_is_nudged_when_their_own_morning_comes(deps: Deps, slack: SlackStandIn) -> None:
    add_rep(deps, slack, "UKOL", tz="Asia/Kolkata")
    add_rep(deps, slack, "ULAX", tz="America/Los_Angeles")
    # 15:00 UTC on Wednesday: 20:30 in Kolkata, 07:00 in Los Angeles.
    tick(deps, datetime(2026, 11, 18, 15, 0, tzinfo=UTC))
    assert (len(dms(slack, "UKOL")), len(dms(slack, "ULAX"))) == (1, 0)
    # 17:00 UTC: 09:00 in Los Angeles; Kolkata had today's already.
    tick(deps, datetime(2026, 11, 18, 17, 0, tzinfo=UTC))
    assert (len(dms(slack, "UKOL")), len(dms(slack, "ULAX"))) == (1, 1)


def test_nobody_is_nudged_before_the_nudge_hour(deps: Deps, slack: SlackStandIn) -> None:
    add_rep(deps, slack, "UNYC")
    tick(deps, datetime(2026, 11, 18, 13, 59, tzinfo=UTC))  # 08:59 in New York
    assert dms(slack, "UNYC") == []
    tick(deps, datetime(2026, 11, 18, 14, 0, tzinfo=UTC))
    assert len(dms(slack, "UNYC")) == 1


def test_the_nudge_hour_is_the_setting(engine: Engine, slack: SlackStandIn) -> None:
    deps = deps_for(engine, slack, hour=11)
    add_rep(deps, slack, "UNYC")
    tick(deps, datetime(2026, 11, 18, 15, 30, tzinfo=UTC))  # 10:30 in New York
    assert dms(slack, "UNYC") == []
    tick(deps, datetime(2026, 11, 18, 16, 0, tzinfo=UTC))
    assert len(dms(slack, "UNYC")) == 1


def test_no_nudge_at_weekends(deps: Deps, slack: SlackStandIn) -> None:
    add_rep(deps, slack, "UNYC")
    for day in (21, 22):  # Saturday, Sunday
        tick(deps, datetime(2026, 11, day, 15, 0, tzinfo=UTC))
    assert dms(slack, "UNYC") == []
    tick(deps, datetime(2026, 11, 23, 15, 0, tzinfo=UTC))
    assert len(dms(slack, "UNYC")) == 1


def test_weekend_is_the_reps_own_weekend(deps: Deps, slack: SlackStandIn) -> None:
    """Friday 20:00 in Los Angeles is Saturday in UTC and in Kolkata: only LA is due."""
    add_rep(deps, slack, "UKOL", tz="Asia/Kolkata")
    add_rep(deps, slack, "ULAX", tz="America/Los_Angeles")
    tick(deps, datetime(2026, 11, 21, 4, 0, tzinfo=UTC))
    assert (len(dms(slack, "UKOL")), len(dms(slack, "ULAX"))) == (0, 1)


@pytest.mark.parametrize(
    ("at", "due"),
    [
        (datetime(2026, 10, 30, 16, 30, tzinfo=UTC), True),  # Fri before: 09:30 PDT
        (datetime(2026, 11, 2, 16, 30, tzinfo=UTC), False),  # Mon after: 08:30 PST
        (datetime(2026, 11, 2, 17, 0, tzinfo=UTC), True),  # Mon after: 09:00 PST
        (datetime(2026, 3, 6, 16, 30, tzinfo=UTC), False),  # Fri before: 08:30 PST
        (datetime(2026, 3, 9, 16, 0, tzinfo=UTC), True),  # Mon after: 09:00 PDT
    ],
)
def test_the_nudge_follows_the_reps_clock_across_daylight_saving(
    deps: Deps, slack: SlackStandIn, at: datetime, due: bool
) -> None:
    add_rep(deps, slack, "ULAX", tz="America/Los_Angeles")
    tick(deps, at)
    assert len(dms(slack, "ULAX")) == (1 if due else 0)


def test_days_since_contact_are_the_reps_calendar_days_across_a_clock_change(
    deps: Deps, slack: SlackStandIn
) -> None:
    rep_id = add_rep(deps, slack, "ULAX", tz="America/Los_Angeles", overdue=0)
    with deps.sessions.begin() as session:
        rep = session.get(Rep, rep_id)
        client = make_client(session, "Fall Back Fay", covered_by=[rep], covered_since=LONG_AGO)
        at = datetime(2026, 10, 1, 6, 30, tzinfo=UTC)  # 23:30 PDT on Wed 30 Sep
        draft = ContactDraft(client_id=client.id, occurred_at=at, channel="phone")
        log_contact(session, actor=rep, draft=draft, now=at)
    report = tick(deps, datetime(2026, 12, 30, 17, 0, tzinfo=UTC))  # Wed 30 Dec, 09:00 PST
    [outcome] = report.outcomes
    assert [(s.name, s.days_since) for s in outcome.due] == [("Fall Back Fay", 91)]


def test_nothing_due_sends_nothing_and_the_day_counts_as_served(
    deps: Deps, slack: SlackStandIn
) -> None:
    add_rep(deps, slack, "UNYC", overdue=0)
    with deps.sessions.begin() as session:
        rep = session.scalar(select(Rep).where(Rep.slack_user_id == "UNYC"))
        make_client(
            session, "New Nia", covered_by=[rep], covered_since=datetime(2026, 11, 1, tzinfo=UTC)
        )
    report = tick(deps, datetime(2026, 11, 18, 15, 0, tzinfo=UTC))
    assert [o.status for o in report.outcomes] == ["nothing due"]
    assert dms(slack, "UNYC") == []
    with deps.sessions.begin() as session:
        row = session.scalars(select(NudgeLedger)).one()
        assert row.sent_at is not None and row.message_ts is None
    assert tick(deps, datetime(2026, 11, 18, 15, 5, tzinfo=UTC)).outcomes == []


def test_one_nudge_a_day_however_many_ticks(deps: Deps, slack: SlackStandIn) -> None:
    add_rep(deps, slack, "UNYC")
    start = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
    for minutes in range(0, 60 * 10, 5):
        tick(deps, start + timedelta(minutes=minutes))
    assert len(dms(slack, "UNYC")) == 1
    tick(deps, start + timedelta(days=1))
    assert len(dms(slack, "UNYC")) == 2


def test_the_nudge_lists_fifteen_most_overdue_and_points_to_the_home_tab(
    deps: Deps, slack: SlackStandIn
) -> None:
    add_rep(deps, slack, "UNYC", overdue=18)
    tick(deps, datetime(2026, 11, 18, 15, 0, tzinfo=UTC))
    [dm] = dms(slack, "UNYC")
    blocks = dm.args["blocks"]
    rows = [b for b in blocks if b.get("block_id", "").startswith("nudge_client:")]
    assert len(rows) == 15
    assert "18 clients need a contact" in dm.args["text"]
    assert any("…and 3 more" in str(b) and "Home" in str(b) for b in blocks)
    actions = [b for b in blocks if b["type"] == "actions"]
    first = actions[0]["elements"]
    client_id = rows[0]["block_id"].split(":")[1]
    assert first[0]["action_id"] == ids.keyed(ids.LOG_OPEN_FORM, client_id)
    assert first[0]["value"] == f"{client_id}:nudge"
    assert first[1]["action_id"] == ids.keyed(ids.NUDGE_SNOOZE, client_id)
    assert [o["value"] for o in first[1]["options"]] == [f"{client_id}:{d}" for d in (7, 14, 30)]


def test_nudge_shows_days_channel_tier_and_due_follow_up(deps: Deps, slack: SlackStandIn) -> None:
    rep_id = add_rep(deps, slack, "UNYC", overdue=0)
    with deps.sessions.begin() as session:
        rep = session.get(Rep, rep_id)
        client = make_client(
            session, "Jane Smith", covered_by=[rep], tier="UHNW", covered_since=LONG_AGO
        )
        at = datetime(2026, 7, 1, 15, 0, tzinfo=UTC)
        draft = ContactDraft(
            client_id=client.id, occurred_at=at, channel="email", follow_up_on=date(2026, 7, 15)
        )
        log_contact(session, actor=rep, draft=draft, now=at)
    tick(deps, datetime(2026, 11, 18, 15, 0, tzinfo=UTC))
    [dm] = dms(slack, "UNYC")
    row = next(b for b in dm.args["blocks"] if b.get("block_id", "").startswith("nudge_client:"))
    line = row["text"]["text"]
    assert "*Jane Smith* · UHNW · 140 days since last contact (email) · every 90 days" in line
    assert "follow-up due Wed 15 Jul 2026" in line


def test_at_risk_clients_are_listed_with_the_overdue_ones(deps: Deps, slack: SlackStandIn) -> None:
    rep_id = add_rep(deps, slack, "UNYC", overdue=1)
    with deps.sessions.begin() as session:
        rep = session.get(Rep, rep_id)
        client = make_client(session, "Recent Rae", covered_by=[rep], covered_since=LONG_AGO)
        at = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)
        log_contact(session, actor=rep, draft=ContactDraft(client.id, at, "phone"), now=at)
    report = tick(deps, datetime(2026, 11, 18, 15, 0, tzinfo=UTC))
    [dm] = dms(slack, "UNYC")
    assert "Recent Rae* — contacted yesterday (phone)" in str(dm.args["blocks"])
    assert report.outcomes[0].at_risk == 1


def test_a_rep_whose_profile_moved_is_nudged_in_the_new_zone(
    deps: Deps, slack: SlackStandIn
) -> None:
    add_rep(deps, slack, "UTRV", tz="UTC")
    slack.add_user("UTRV", "Rep UTRV", tz="Asia/Kolkata", locale="en-IN")
    at = datetime(2026, 11, 18, 4, 0, tzinfo=UTC)  # 04:00 UTC, 09:30 in Kolkata
    report = tick(deps, at)
    assert report.profiles is not None and report.profiles.changed == 1
    assert len(dms(slack, "UTRV")) == 1
    with deps.sessions.begin() as session:
        rep = session.scalar(select(Rep).where(Rep.slack_user_id == "UTRV"))
        assert (rep.timezone, rep.locale, rep.profile_refreshed_at) == ("Asia/Kolkata", "en-IN", at)
    slack.clear()
    tick(deps, at + timedelta(hours=2))  # refreshed less than a day ago: not asked again
    assert slack.calls_to("users.info") == []


def test_slack_failing_to_give_profiles_keeps_the_last_known_zone(
    deps: Deps, slack: SlackStandIn
) -> None:
    add_rep(deps, slack, "UNYC")
    slack.fail_always("users.info", error="internal_error")
    report = tick(deps, datetime(2026, 11, 18, 15, 0, tzinfo=UTC))
    assert report.profiles is not None and report.profiles.failed == 1
    assert len(dms(slack, "UNYC")) == 1
    with deps.sessions.begin() as session:
        assert session.scalar(select(Rep.profile_refreshed_at)) is None


def test_dry_run_reports_who_would_get_what_and_changes_nothing(
    deps: Deps, slack: SlackStandIn
) -> None:
    add_rep(deps, slack, "UNYC", overdue=2)
    add_rep(deps, slack, "UEMP", overdue=0)
    report = tick(deps, datetime(2026, 11, 18, 15, 0, tzinfo=UTC), dry_run=True)
    assert slack.calls == []
    with deps.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(NudgeLedger)) == 0
    data = report.as_json()
    assert data["dry_run"] is True
    [nudge] = data["nudges"]
    assert (nudge["rep_slack_user_id"], nudge["status"], len(nudge["due"])) == (
        "UNYC",
        "would send",
        2,
    )
    # Coverage began at midnight UTC on 2 June: 1 June in New York, the rep's zone.
    assert nudge["due"][0]["days_since_contact"] == (date(2026, 11, 18) - date(2025, 6, 1)).days
    assert "would send: 2 due" in report.as_text()


@pytest.fixture
def cli_on_the_test_book(
    cli_on_engine: Engine, monkeypatch: pytest.MonkeyPatch, slack: SlackStandIn
) -> None:
    """``cmsbot`` in this process reads the test's database and calls the stand-in."""
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)


@pytest.mark.usefixtures("cli_on_the_test_book")
def test_cmsbot_nudge_dry_run_prints_who_would_get_what_as_json(
    deps: Deps, slack: SlackStandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from bot.cli import main

    add_rep(deps, slack, "UNYC", overdue=2)
    argv = ["--log-level", "WARNING", "nudge", "--at", "2026-11-18T15:00:00Z", "--dry-run"]
    assert main([*argv, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dry_run"] is True and data["at"].startswith("2026-11-18T15:00:00")
    assert [(n["rep_slack_user_id"], n["status"], len(n["due"])) for n in data["nudges"]] == [
        ("UNYC", "would send", 2)
    ]
    assert main(argv) == 0
    assert "UNYC" in capsys.readouterr().out
    assert slack.calls == []
    with deps.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(NudgeLedger)) == 0


@pytest.mark.usefixtures("cli_on_the_test_book")
def test_cmsbot_nudge_at_a_time_sends_that_ticks_nudges(
    deps: Deps,
    slack: SlackStandIn,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bot.cli import main

    add_rep(deps, slack, "UNYC", overdue=1)
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    assert main(["--log-level", "WARNING", "nudge", "--at", "2026-11-18T15:00:00Z"]) == 0
    assert "1 sent" in capsys.readouterr().out
    assert len(dms(slack, "UNYC")) == 1

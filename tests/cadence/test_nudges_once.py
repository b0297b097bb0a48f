"""Exactly one nudge per rep and day: racing instances, Slack failing, crashes, downtime.

Fresh databases on both backends with real commits (``engine``). Slack is the
HTTP stand-in, except where a post must *land but lose its answer* — that
failure needs a scripted client (``LosingSlack``).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select

from bot.cadence.nudges import plan, run_tick
from bot.delivery.nudge_ledger import Sender, write_marks
from bot.deps import Deps
from standin.server import SlackStandIn
from storage.engine import make_engine
from storage.models import NudgeLedger, Rep
from tests.factories import deps_at, make_client, make_rep

LONG_AGO = datetime(2025, 6, 2, tzinfo=UTC)
WED_10AM_NY = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def deps_for(engine: Engine, slack: SlackStandIn) -> Deps:
    return deps_at(engine, slack, WED_10AM_NY)


@pytest.fixture
def deps(engine: Engine, slack: SlackStandIn) -> Deps:
    return deps_for(engine, slack)


def add_reps(
    deps: Deps, slack: SlackStandIn, count: int, *, tz: str = "America/New_York"
) -> list[str]:
    users = [f"U{n:04d}" for n in range(count)]
    with deps.sessions.begin() as session:
        for user in users:
            slack.add_user(user, user, tz=tz)
            rep = make_rep(session, user, user, timezone=tz)
            rep.profile_refreshed_at = WED_10AM_NY
            make_client(session, f"{user}'s client", covered_by=[rep], covered_since=LONG_AGO)
    return users


def tick(deps: Deps, at: datetime, **kwargs: Any):  # type: ignore[no-untyped-def]
    deps.clock.set(at)  # type: ignore[attr-defined]
    return run_tick(deps, now=at, pace=0, **kwargs)


def delivered(slack: SlackStandIn) -> dict[str, int]:
    counts: dict[str, int] = {}
    for call in slack.calls_to("chat.postMessage", include_failed=False):
        if call.ok:
            counts[call.args["channel"]] = counts.get(call.args["channel"], 0) + 1
    return counts


def ledger(deps: Deps) -> list[NudgeLedger]:
    with deps.sessions.begin() as session:
        return list(session.scalars(select(NudgeLedger).order_by(NudgeLedger.rep_id)))


def other_instance(engine: Engine, slack: SlackStandIn) -> Deps:
    """A second bot process: its own engine and connections on the same database."""
    return deps_for(make_engine(engine.url.render_as_string(hide_password=False)), slack)


def test_two_schedulers_racing_send_each_rep_exactly_one_dm(
    engine: Engine, deps: Deps, slack: SlackStandIn
) -> None:
    users = add_reps(deps, slack, 12)
    second = other_instance(engine, slack)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(instance_deps: Deps, name: str) -> None:
        try:
            start.wait()
            run_tick(instance_deps, now=WED_10AM_NY, instance=name, pace=0)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [
        threading.Thread(target=run, args=(deps, "instance-a")),
        threading.Thread(target=run, args=(second, "instance-b")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    second.engine.dispose()
    assert errors == []
    assert delivered(slack) == {user: 1 for user in users}
    assert all(row.sent_at is not None for row in ledger(deps))


def test_when_both_instances_planned_the_same_nudges_only_one_claims_each(
    engine: Engine, deps: Deps, slack: SlackStandIn
) -> None:
    users = add_reps(deps, slack, 3)
    second = other_instance(engine, slack)
    with deps.sessions.begin() as session:
        mine = plan(session, now=WED_10AM_NY, hour=9, kinds=deps.kinds)  # type: ignore[arg-type]
    with second.sessions.begin() as session:
        theirs = plan(session, now=WED_10AM_NY, hour=9, kinds=second.kinds)  # type: ignore[arg-type]
    Sender(deps, instance="a", pace=0).deliver(mine)
    Sender(second, instance="b", pace=0).deliver(theirs)
    second.engine.dispose()
    assert delivered(slack) == {user: 1 for user in users}
    assert {d.outcome.status for d in mine} == {"sent"}
    assert {d.outcome.status for d in theirs} == {"taken"}


def test_slack_failing_then_recovering_sends_one_dm_later(deps: Deps, slack: SlackStandIn) -> None:
    [user] = add_reps(deps, slack, 1)
    slack.fail_always("chat.postMessage", error="internal_error")
    report = tick(deps, WED_10AM_NY)
    assert [o.status for o in report.outcomes] == ["failed"]
    [row] = ledger(deps)
    assert row.sent_at is None and "internal_error" in (row.last_error or "")
    tick(deps, WED_10AM_NY + timedelta(minutes=5))  # still failing: tried again, no DM
    slack.recover()
    tick(deps, WED_10AM_NY + timedelta(minutes=10))
    tick(deps, WED_10AM_NY + timedelta(minutes=15))
    assert delivered(slack) == {user: 1}
    [row] = ledger(deps)
    assert row.sent_at == WED_10AM_NY + timedelta(minutes=10) and row.attempts == 3


def test_slack_server_error_is_uncertain_and_retried_once_slack_is_back(
    deps: Deps, slack: SlackStandIn
) -> None:
    [user] = add_reps(deps, slack, 1)
    slack.fail("chat.postMessage", times=1, error="service_unavailable", status=503)
    tick(deps, WED_10AM_NY)
    [row] = ledger(deps)
    assert (row.last_error or "").startswith("uncertain: HTTP 503")
    tick(deps, WED_10AM_NY + timedelta(minutes=5))
    assert delivered(slack) == {user: 1}


def test_a_rate_limited_post_waits_out_retry_after_and_goes_once(
    deps: Deps, slack: SlackStandIn
) -> None:
    [user] = add_reps(deps, slack, 1)
    slack.fail("chat.postMessage", times=1, error="ratelimited", retry_after=1)
    report = tick(deps, WED_10AM_NY)
    assert [o.status for o in report.outcomes] == ["sent"]
    attempts = slack.calls_to("chat.postMessage")
    assert [c.failed for c in attempts] == [True, False]
    assert attempts[1].at - attempts[0].at >= 0.9
    assert delivered(slack) == {user: 1}


def test_persistent_rate_limiting_defers_the_rest_of_the_tick(
    deps: Deps, slack: SlackStandIn
) -> None:
    users = add_reps(deps, slack, 3)
    slack.fail_always("chat.postMessage", error="ratelimited", retry_after=0)
    report = tick(deps, WED_10AM_NY)
    assert sorted(o.status for o in report.outcomes) == ["deferred", "deferred", "failed"]
    slack.recover()
    tick(deps, WED_10AM_NY + timedelta(minutes=5))
    assert delivered(slack) == {user: 1 for user in users}


def test_a_claim_left_by_a_dead_instance_is_taken_over_after_ten_minutes(
    deps: Deps, slack: SlackStandIn
) -> None:
    [user] = add_reps(deps, slack, 1)
    with deps.sessions.begin() as session:
        rep = session.scalar(select(Rep))
        session.add(
            NudgeLedger(
                rep_id=rep.id,
                local_date=WED_10AM_NY.date(),
                kind="daily",
                claimed_at=WED_10AM_NY,
                claimed_by="died-mid-send",
                attempts=1,
            )
        )
    tick(deps, WED_10AM_NY + timedelta(minutes=9))  # maybe still sending: hands off
    assert delivered(slack) == {}
    tick(deps, WED_10AM_NY + timedelta(minutes=11))
    assert delivered(slack) == {user: 1}
    [row] = ledger(deps)
    assert row.claimed_by != "died-mid-send" and row.attempts == 2


def test_after_downtime_the_missed_nudge_goes_out_once(deps: Deps, slack: SlackStandIn) -> None:
    [user] = add_reps(deps, slack, 1)
    back_up = datetime(2026, 11, 19, 1, 30, tzinfo=UTC)  # 20:30 on Wednesday in New York
    for minutes in range(0, 30, 5):
        tick(deps, back_up + timedelta(minutes=minutes))
    assert delivered(slack) == {user: 1}
    [row] = ledger(deps)
    assert str(row.local_date) == "2026-11-18"


def test_downtime_over_several_days_sends_only_todays_nudge(
    deps: Deps, slack: SlackStandIn
) -> None:
    [user] = add_reps(deps, slack, 1)
    tick(deps, datetime(2026, 11, 16, 15, 0, tzinfo=UTC))  # Monday
    tick(deps, datetime(2026, 11, 19, 15, 0, tzinfo=UTC))  # back on Thursday
    assert delivered(slack) == {user: 2}
    assert [str(row.local_date) for row in ledger(deps)] == ["2026-11-16", "2026-11-19"]


def test_without_history_scope_a_lost_answer_is_posted_again_and_recorded_once(
    deps: Deps, slack: SlackStandIn
) -> None:
    """Without im:history the bot cannot look for the post it lost: the residual
    risk is one repeat, and the ledger records the one that answered.

    A token without the scope is refused ``missing_scope`` by conversations.history
    (https://api.slack.com/methods/conversations.history: "im:history" for a DM).
    """
    slack.granted_scopes = tuple(s for s in slack.granted_scopes or () if s != "im:history")
    [user] = add_reps(deps, slack, 1)
    slack.lose_answers("chat.postMessage")
    slack.expect_refusal("conversations.history", error="missing_scope", count=None)
    tick(deps, WED_10AM_NY)
    [row] = ledger(deps)
    assert (row.last_error or "").startswith("uncertain: ")
    tick(deps, WED_10AM_NY + timedelta(minutes=5))
    first, second = sorted(slack.messages_in(user), key=lambda message: message.ts)
    [row] = ledger(deps)
    assert row.sent_at is not None and row.message_ts == second.ts
    tick(deps, WED_10AM_NY + timedelta(minutes=10))
    assert len(slack.messages_in(user)) == 2


def test_a_dm_whose_answer_was_lost_on_the_wire_is_found_not_posted_again(
    deps: Deps, slack: SlackStandIn
) -> None:
    [user] = add_reps(deps, slack, 1)
    slack.lose_answers("chat.postMessage")
    tick(deps, WED_10AM_NY)
    [row] = ledger(deps)
    assert row.sent_at is None and (row.last_error or "").startswith("uncertain")
    assert len(slack.messages_in(user)) == 1  # it landed; the bot could not know
    tick(deps, WED_10AM_NY + timedelta(minutes=5))
    [message] = slack.messages_in(user)
    assert slack.calls_to("conversations.history")
    [row] = ledger(deps)
    assert row.sent_at is not None and row.message_ts == message.ts
    tick(deps, WED_10AM_NY + timedelta(minutes=10))
    assert len(slack.messages_in(user)) == 1


def test_a_batch_marks_only_the_rows_still_claimed_as_this_instance_claimed_them(
    deps: Deps, slack: SlackStandIn
) -> None:
    """The marks of a claim batch go in one statement per outcome; a row another
    instance took over meanwhile (its claim is newer) keeps that claim, unsent."""
    add_reps(deps, slack, 3)
    claimed = WED_10AM_NY
    with deps.sessions.begin() as session:
        reps = list(session.scalars(select(Rep).order_by(Rep.id)))
        rows = [
            NudgeLedger(
                rep_id=rep.id,
                local_date=claimed.date(),
                kind="daily",
                claimed_at=claimed,
                claimed_by="this-one",
                attempts=1,
            )
            for rep in reps
        ]
        session.add_all(rows)
        session.flush()
        sent_id, failed_id, taken_id = (row.id for row in rows)
        rows[2].claimed_at = claimed + timedelta(minutes=11)
        rows[2].claimed_by = "the-other-one"
    sent_at = claimed + timedelta(seconds=3)
    marks = [
        ((sent_id, claimed), {"sent_at": sent_at, "message_ts": "1.000001", "last_error": None}),
        ((failed_id, claimed), {"last_error": "channel_not_found"}),
        ((taken_id, claimed), {"sent_at": sent_at, "message_ts": "2.000001", "last_error": None}),
    ]
    with deps.sessions.begin() as session:
        assert write_marks(session, marks, instance="this-one") == [taken_id]
    sent, failed, taken = ledger(deps)
    assert (sent.sent_at, sent.message_ts, sent.last_error) == (sent_at, "1.000001", None)
    assert (failed.sent_at, failed.last_error) == (None, "channel_not_found")
    assert (taken.sent_at, taken.message_ts, taken.claimed_by) == (None, None, "the-other-one")

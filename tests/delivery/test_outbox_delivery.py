"""Owed Slack posts survive Slack failing and the bot restarting, and go out exactly once."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import build_deps
from bot.claims import decide, withdraw
from bot.claims.evidence import REFRESH
from bot.delivery.outbox import deliver_due, deliver_job
from bot.delivery.owed import enqueue
from bot.deps import Deps
from bot.directory.rep_lookup import get_rep_by_slack_id
from storage.models import Claim, OutboxMessage
from tests.claims_cast import make_cast, raise_claim
from tests.databases import BACKENDS
from tests.world import CONTROLLERS_CHANNEL, World


def arrange_claim(world: World) -> int:
    with world.db() as session:
        cast = make_cast(session)
        return raise_claim(session, rep=cast.rep, client=cast.client, now=world.clock()).id


def outbox_row(world: World, key: str) -> OutboxMessage:
    with world.db() as session:
        row = session.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == key))
        assert row is not None
        return row


def later(world: World, **delta: float) -> None:
    world.clock.set(world.clock() + timedelta(**delta))


def posts(world: World) -> list[Any]:
    return world.standin.calls_to("chat.postMessage", include_failed=False)


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_slack_down_when_posting_then_recovering_posts_once_later_even_after_restart(
    world: World,
) -> None:
    claim_id = arrange_claim(world)
    key = f"claim:{claim_id}:post"
    world.standin.fail_always("chat.postMessage", error="service_unavailable", status=503)

    first = deliver_job(world.cms.deps)

    assert first.failed == [key]
    row = outbox_row(world, key)
    assert (row.sent_at, row.attempts) == (None, 1)
    assert row.last_error is not None and "503" in row.last_error
    assert row.next_attempt_at > world.clock()
    with world.db() as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None and claim.status == "pending"  # the claim stands
    assert deliver_due(world.cms.deps, now=world.clock()).failed == []  # backing off

    # A restart: new engine, sessions and client; only the database remembers.
    restarted: Deps = build_deps(world.settings, clock=world.clock)
    try:
        later(world, minutes=2)
        assert deliver_job(restarted).failed == [key]
        world.standin.recover()
        later(world, minutes=5)
        assert deliver_job(restarted).sent == [key]
        later(world, minutes=5)
        assert deliver_job(restarted).sent == []
    finally:
        restarted.engine.dispose()

    assert len(posts(world)) == 1
    [message] = world.standin.messages_in(CONTROLLERS_CHANNEL)
    row = outbox_row(world, key)
    assert (row.attempts, row.result_ts, row.last_error) == (3, message.ts, None)


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_a_post_whose_answer_was_lost_on_the_wire_is_found_not_posted_again(
    world: World,
) -> None:
    claim_id = arrange_claim(world)
    key = f"claim:{claim_id}:post"
    world.standin.lose_answers("chat.postMessage")

    assert deliver_job(world.cms.deps).failed == [key]
    assert len(world.standin.messages_in(CONTROLLERS_CHANNEL)) == 1  # it landed all the same
    later(world, minutes=5)
    assert deliver_job(world.cms.deps).sent == [key]
    later(world, minutes=5)
    assert deliver_job(world.cms.deps).sent == []

    [message] = world.standin.messages_in(CONTROLLERS_CHANNEL)
    assert world.standin.calls_to("conversations.history")
    with world.db() as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        assert (claim.controller_channel, claim.controller_message_ts) == (
            CONTROLLERS_CHANNEL,
            message.ts,
        )


def test_rate_limited_post_waits_for_retry_after_without_counting_a_failure(world: World) -> None:
    """Slack's 429 says "not yet" (https://docs.slack.dev/apis/web-api/rate-limits): no attempt
    counted, no back-off grown, due again exactly after its Retry-After."""
    claim_id = arrange_claim(world)
    world.standin.fail("chat.postMessage", times=1, error="ratelimited", retry_after=120)

    assert deliver_job(world.cms.deps).rate_limited == [f"claim:{claim_id}:post"]
    row = outbox_row(world, f"claim:{claim_id}:post")
    assert row.next_attempt_at == world.clock() + timedelta(seconds=120)
    assert row.attempts == 0
    assert row.last_error is not None and row.last_error.startswith("rate limited: HTTP 429")

    later(world, seconds=60)
    assert deliver_job(world.cms.deps).sent == []
    later(world, seconds=60)
    assert deliver_job(world.cms.deps).sent == [f"claim:{claim_id}:post"]
    assert len(posts(world)) == 1


def test_decision_dm_failing_leaves_the_decision_standing_and_is_retried(world: World) -> None:
    claim_id = arrange_claim(world)
    deliver_job(world.cms.deps)
    with world.db() as session:
        decide(
            session,
            actor=get_rep_by_slack_id(session, "UCTL1"),
            claim_id=claim_id,
            decision="rejected",
            note="Not in the feed.",
            evidence_reference=None,
            now=world.clock(),
        )
    world.standin.fail_always("chat.postMessage", error="internal_error", status=500)

    report = deliver_job(world.cms.deps)

    assert report.sent == [f"claim:{claim_id}:decided"]  # the channel message still updates
    assert report.failed == [f"claim:{claim_id}:decision_dm"]
    world.standin.recover()
    later(world, minutes=1)
    assert deliver_job(world.cms.deps).sent == [f"claim:{claim_id}:decision_dm"]
    dms = [c for c in posts(world) if c.args["channel"] == "UREP"]
    assert len(dms) == 1 and "Not in the feed." in dms[0].args["text"]


def test_refresh_waits_for_the_first_post(world: World) -> None:
    claim_id = arrange_claim(world)
    world.standin.fail_always("chat.postMessage", error="internal_error", status=500)
    deliver_job(world.cms.deps)
    with world.db() as session:
        enqueue(
            session,
            kind=REFRESH,
            dedupe_key=f"claim:{claim_id}:match:1",
            data={"claim_id": claim_id},
            now=world.clock(),
        )
    assert deliver_job(world.cms.deps).waiting == [f"claim:{claim_id}:match:1"]
    world.standin.recover()
    later(world, minutes=1)
    report = deliver_job(world.cms.deps)
    assert report.sent == [f"claim:{claim_id}:post", f"claim:{claim_id}:match:1"]
    assert len(world.standin.calls_to("chat.update")) == 1
    with world.db() as session:
        withdraw(
            session,
            actor=get_rep_by_slack_id(session, "UREP"),
            claim_id=claim_id,
            now=world.clock(),
        )
    assert deliver_job(world.cms.deps).sent == [f"claim:{claim_id}:withdrawn"]


def test_missing_controllers_channel_keeps_the_claim_owed(world: World) -> None:
    claim_id = arrange_claim(world)
    deps = replace(world.cms.deps, settings=replace(world.settings, controllers_channel=None))
    report = deliver_due(deps, now=world.clock())
    assert report.failed == [f"claim:{claim_id}:post"]
    assert "CMS_CONTROLLERS_CHANNEL" in (
        outbox_row(world, f"claim:{claim_id}:post").last_error or ""
    )
    later(world, hours=1)
    assert deliver_job(world.cms.deps).sent == [f"claim:{claim_id}:post"]

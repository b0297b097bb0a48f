"""Posts to one channel go at Slack's pace, agreed by every instance through the database.

Slack: "Posting messages: 1 per second", "short bursts >1 allowed", beyond
which it answers HTTP 429 with ``Retry-After``
(https://docs.slack.dev/apis/web-api/rate-limits). The bot paces itself at
``bot.delivery.pacing``'s one a second after a burst of three; the stand-in enforces
one a second after a burst of four, so a bot that paces right never sees a 429.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.app import build_deps
from bot.claims import decide
from bot.delivery.outbox import deliver_due, deliver_job, deliver_keys
from bot.delivery.pacing import BURST, INTERVAL, Pacer, Slot
from bot.directory.rep_lookup import get_rep_by_slack_id
from storage.engine import make_engine, make_session_factory
from storage.models import ChannelPace, OutboxMessage
from tests.claims_cast import make_cast, raise_claim
from tests.databases import BACKENDS
from tests.world import CONTROLLERS_CHANNEL, World


class FakeTime:
    """A wall clock that moves only when slept on (shared by threads; reads are atomic)."""

    def __init__(self, at: float = 1_800_000_000.0) -> None:
        self.at = at
        self.lock = threading.Lock()

    def __call__(self) -> float:
        return self.at

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.at += seconds


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


def waits(pacer: Pacer, count: int, *, max_wait: float = 60.0) -> list[float]:
    taken = [pacer.take("C1", max_wait=max_wait) for _ in range(count)]
    assert all(isinstance(slot, Slot) for slot in taken)
    return [round(slot.wait, 3) for slot in taken if isinstance(slot, Slot)]


def test_a_channel_takes_a_burst_then_one_post_a_second(sessions: sessionmaker[Session]) -> None:
    clock = FakeTime()
    pacer = Pacer(sessions, clock=clock, sleep=clock.sleep)

    assert waits(pacer, 6) == [0, 0, 0, 1, 2, 3]
    clock.sleep(20)  # a quiet spell: the burst is back
    assert waits(pacer, 4) == [0, 0, 0, 1]
    assert BURST == 3 and INTERVAL == 1.0  # inside the stand-in's (and Slack's) burst of 4


def test_channels_are_paced_apart(sessions: sessionmaker[Session]) -> None:
    clock = FakeTime()
    pacer = Pacer(sessions, clock=clock, sleep=clock.sleep)
    assert waits(pacer, 4) == [0, 0, 0, 1]
    other = pacer.take("C2", max_wait=0)
    assert isinstance(other, Slot) and other.wait == 0


def test_no_slot_beyond_what_the_caller_will_wait_is_taken(
    sessions: sessionmaker[Session],
) -> None:
    clock = FakeTime()
    pacer = Pacer(sessions, clock=clock, sleep=clock.sleep)
    waits(pacer, 3)
    with sessions() as session:
        before = session.scalar(select(ChannelPace.tat_us))

    assert pacer.take("C1", max_wait=0.5) == pytest.approx(1.0)  # come back in a second

    with sessions() as session:
        assert session.scalar(select(ChannelPace.tat_us)) == before  # nothing reserved
    assert waits(pacer, 1) == [1.0]


def test_the_next_slot_looked_at_is_the_wait_take_would_answer_and_reserves_nothing(
    sessions: sessionmaker[Session],
) -> None:
    clock = FakeTime()
    pacer = Pacer(sessions, clock=clock, sleep=clock.sleep)
    with sessions() as session:
        assert pacer.next_slot_in(session, "C1") == 0  # never posted to: free
    waits(pacer, 5)  # the burst of three, then slots 1 and 2 s off
    with sessions() as session:
        before = session.scalar(select(ChannelPace.tat_us))
        assert pacer.next_slot_in(session, "C1") == pytest.approx(3.0)
        assert pacer.next_slot_in(session, "C2") == 0
        assert session.scalar(select(ChannelPace.tat_us)) == before
    assert pacer.take("C1", max_wait=0.5) == pytest.approx(3.0)
    clock.sleep(2.5)
    with sessions() as session:
        assert pacer.next_slot_in(session, "C1") == pytest.approx(0.5)


def test_a_429_holds_the_channel_for_every_instance(engine: Engine) -> None:
    clock = FakeTime()
    one = Pacer(make_session_factory(engine), clock=clock, sleep=clock.sleep)
    other_engine = make_engine(str(engine.url.render_as_string(hide_password=False)))
    try:
        other = Pacer(make_session_factory(other_engine), clock=clock, sleep=clock.sleep)
        one.hold_off("C1", 2)
        slot = other.take("C1", max_wait=10)
        assert isinstance(slot, Slot) and slot.wait == pytest.approx(2.0)
    finally:
        other_engine.dispose()


@pytest.fixture
def two_instances(engine: Engine) -> Iterator[list[sessionmaker[Session]]]:
    """Two engines on one database, as two bot processes have."""
    second = make_engine(str(engine.url.render_as_string(hide_password=False)))
    try:
        yield [make_session_factory(engine), make_session_factory(second)]
    finally:
        second.dispose()


def test_two_instances_taking_slots_at_once_never_share_one(
    two_instances: list[sessionmaker[Session]],
) -> None:
    clock = FakeTime()  # time stands still: every slot after the burst is a second apart
    pacers = [Pacer(s, clock=clock, sleep=clock.sleep) for s in two_instances]
    start = threading.Barrier(4)

    def take(n: int) -> list[float]:
        start.wait()
        return waits(pacers[n % 2], 5)

    with ThreadPoolExecutor(max_workers=4) as pool:
        taken = sorted(w for ws in pool.map(take, range(4)) for w in ws)

    assert taken == [0, 0, 0] + [float(n) for n in range(1, 18)]


# -- over real HTTP: the outbox, the stand-in's rate limit on --------------------------------


def raise_claims(world: World, count: int) -> list[str]:
    with world.db() as session:
        cast = make_cast(session)
        ids = [
            raise_claim(
                session, rep=cast.rep, client=cast.client, now=world.clock(), amount=str(n + 1)
            ).id
            for n in range(count)
        ]
    return [f"claim:{claim_id}:post" for claim_id in ids]


def controllers_posts(world: World) -> list[float]:
    calls = world.standin.calls_to("chat.postMessage")
    assert all(c.status != 429 for c in calls), "Slack was asked faster than it allows"
    return [c.at for c in calls if c.args["channel"] == CONTROLLERS_CHANNEL]


def assert_each_once(world: World, keys: list[str]) -> None:
    messages = world.standin.messages_in(CONTROLLERS_CHANNEL)
    posted = [(m.metadata or {}).get("event_payload", {}).get("outbox_key") for m in messages]
    assert sorted(posted) == sorted(keys)


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_claims_raised_at_once_reach_the_channel_at_slacks_pace_without_a_429(
    world: World,
) -> None:
    keys = raise_claims(world, 7)

    report = deliver_job(world.cms.deps)

    assert sorted(report.sent) == sorted(keys) and report.rate_limited == []
    times = controllers_posts(world)
    for k in range(BURST, len(times)):  # after the burst, one a second
        assert times[k] - times[0] >= (k - BURST + 1) * INTERVAL - 0.05
    assert_each_once(world, keys)


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_two_bot_instances_delivering_at_once_share_the_channels_pace(world: World) -> None:
    keys = raise_claims(world, 8)
    second = build_deps(world.settings, clock=world.clock)  # its own engine, sessions, client
    start = threading.Barrier(2)

    def instance(deps: object) -> list[str]:
        start.wait()
        return deliver_job(deps).sent  # type: ignore[arg-type]

    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            sent = [key for keys_ in pool.map(instance, [world.cms.deps, second]) for key in keys_]
    finally:
        second.engine.dispose()

    assert sorted(sent) == sorted(keys)  # each row by one instance only
    controllers_posts(world)  # and never a 429
    assert_each_once(world, keys)


def test_a_429_waits_its_retry_after_counts_nothing_and_every_claim_goes_out_once(
    world: World,
) -> None:
    """A bot pacing faster than Slack (a burst of 8) is answered 429, Retry-After 1."""
    keys = raise_claims(world, 8)
    world.standin.expect_refusal("chat.postMessage", "ratelimited", count=None)
    greedy = Pacer(world.sessions, burst=8)

    first = deliver_due(world.cms.deps, now=world.clock(), pacer=greedy)

    assert first.rate_limited and len(first.sent) >= 4  # the stand-in's burst went through
    with world.db() as session:
        for key in first.rate_limited:
            row = session.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == key))
            assert row is not None and row.attempts == 0  # not a failure
            assert row.next_attempt_at == world.clock() + timedelta(seconds=1)
    world.clock.set(world.clock() + timedelta(seconds=1))
    deliver_job(world.cms.deps)
    with world.db() as session:
        rows = session.scalars(select(OutboxMessage).where(OutboxMessage.dedupe_key.in_(keys)))
        assert {(row.attempts, row.sent_at is not None) for row in rows} == {(1, True)}
    assert_each_once(world, keys)


def test_a_busy_channel_holds_up_neither_a_dm_nor_an_update(world: World) -> None:
    """Only ``chat.postMessage`` is paced per channel; a row that would wait too long is given
    back, still due and uncounted, and the rows after it are tried."""
    with world.db() as session:
        cast = make_cast(session)
        decided = raise_claim(session, rep=cast.rep, client=cast.client, now=world.clock()).id
    deliver_job(world.cms.deps)
    with world.db() as session:
        decide(
            session,
            actor=get_rep_by_slack_id(session, "UCTL1"),
            claim_id=decided,
            decision="rejected",
            note="Not in the feed.",
            evidence_reference=None,
            now=world.clock(),
        )
        waiting = raise_claim(
            session, rep=cast.rep, client=cast.client, now=world.clock(), amount="7"
        ).id
    Pacer(world.sessions).hold_off(CONTROLLERS_CHANNEL, 8)  # as after a 429

    report = deliver_due(world.cms.deps, now=world.clock(), budget=1)

    assert report.paced == [f"claim:{waiting}:post"]
    assert f"claim:{decided}:decision_dm" in report.sent  # the rep's DM went out
    assert f"claim:{decided}:decided" in report.sent  # the channel message was updated
    with world.db() as session:
        row = session.scalar(
            select(OutboxMessage).where(OutboxMessage.dedupe_key == f"claim:{waiting}:post")
        )
        assert row is not None and row.attempts == 0 and row.locked_until is None
        assert row.last_error is None and row.next_attempt_at <= world.clock()


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_new_claims_posted_after_a_line_while_the_channel_is_busy_are_left_to_the_job(
    world: World,
) -> None:
    """The channel's next slot is further off than a click waits: no row is leased, rendered
    or marked, and the job sends each once when the channel frees."""
    keys = raise_claims(world, 2)
    Pacer(world.sessions).hold_off(CONTROLLERS_CHANNEL, 8)  # as after a 429

    report = deliver_keys(world.cms.deps, keys, now=world.clock(), channel=CONTROLLERS_CHANNEL)

    assert sorted(report.paced) == sorted(keys) and report.sent == []
    assert controllers_posts(world) == []
    with world.db() as session:
        rows = session.scalars(select(OutboxMessage).where(OutboxMessage.dedupe_key.in_(keys)))
        assert {(r.attempts, r.locked_until, r.last_error, r.sent_at) for r in rows} == {
            (0, None, None, None)
        }
    with world.db() as session:  # the channel free again
        session.execute(update(ChannelPace).values(tat_us=0))
    report = deliver_keys(world.cms.deps, keys, now=world.clock(), channel=CONTROLLERS_CHANNEL)
    assert sorted(report.sent) == sorted(keys)
    assert_each_once(world, keys)

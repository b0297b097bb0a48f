"""Every button exactly once: snoozes, undos, withdrawals and edits under replays and races.

Slack may deliver an interaction more than once and a rep may click twice;
either way one state change is recorded and each click is told what is true.
Replays re-post the very same signed payload (same ``action_ts``,
``trigger_id`` and ``response_url``); concurrent clicks are threads sending at
once. Each guarantee is a database constraint or a conditional UPDATE
(``uq_snoozes_open``, ``… WHERE deleted_at IS NULL``, ``… WHERE status =
'pending'``, a compare-and-set on an edit), so it holds on SQLite and on
PostgreSQL, where the snooze used to be read-then-written (3 replays made 3
running snoozes, 3 concurrent clicks made 2).

Slack: an interaction's payload is sent to the Request URL and must be
acknowledged within 3 seconds, or the user sees an error (and may click
again) — https://api.slack.com/interactivity/handling#acknowledgment_response;
a ``response_url`` may be used up to five times within thirty minutes —
https://api.slack.com/interactivity/handling#message_responses.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import urlencode

import pytest
from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.cadence.nudges import run_tick
from bot.cadence.snoozes import snooze_client
from bot.contacts import ContactDraft, edit_contact, log_contact, undo_contact
from bot.parsing import ClaimDraft
from handlers import ids
from standin.blockkit_text import controls
from standin.sender import Reply
from storage import schema
from storage.models import AuditEvent, Claim, Interaction, OutboxMessage, Rep, Snooze
from tests.databases import BACKENDS
from tests.factories import make_client, make_rep
from tests.world import World

BOTH = pytest.mark.parametrize("world_backend", BACKENDS)
LONG_AGO = datetime(2025, 6, 2, tzinfo=UTC)
T = TypeVar("T")


@pytest.fixture
def book(world: World) -> dict[str, int]:
    """Rita (U1, New York) covers two long-neglected clients, so her nudge lists them."""
    with world.db() as session:
        rita = make_rep(session, "U1", "Rita Rep", timezone="America/New_York")
        world.standin.add_user(rita.slack_user_id, rita.name, tz=rita.timezone)
        rita.profile_refreshed_at = world.clock()
        jane = make_client(session, "Jane Smith", covered_by=[rita], covered_since=LONG_AGO)
        john = make_client(session, "John Brown", covered_by=[rita], covered_since=LONG_AGO)
        return {"rita": rita.id, "jane": jane.id, "john": john.id}


# -- helpers -------------------------------------------------------------------------


def replay(world: World, sent: Reply) -> Reply:
    """Post the very same signed interaction payload again (as a redelivery would)."""
    reply = world.slack.post(urlencode({"payload": json.dumps(sent.payload)}))
    assert reply.ok, reply.body
    return reply


def at_once(*calls: Callable[[], T]) -> list[T]:
    start = threading.Barrier(len(calls))

    def go(call: Callable[[], T]) -> T:
        start.wait()
        return call()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return [f.result() for f in [pool.submit(go, call) for call in calls]]


def answers(world: World, count: int, url: str | None = None) -> list[dict[str, Any]]:
    """The first ``count`` posts to ``url`` (or to any response_url), waiting for them."""
    calls = world.standin.wait_for_calls(
        "response_url", (lambda c: c.args["url"] == url) if url else None, count=count
    )
    return [call.args for call in calls[:count]]


def events(world: World, entity_type: str, action: str) -> int:
    with world.db() as session:
        return (
            session.scalar(
                select(func.count()).where(
                    AuditEvent.entity_type == entity_type, AuditEvent.action == action
                )
            )
            or 0
        )


def snooze_click(world: World, message: Any, client_id: int) -> Reply:
    option = {"text": {"type": "plain_text", "text": "Snooze 14 days"}, "value": f"{client_id}:14"}
    reply = world.slack.block_action(
        "U1", ids.NUDGE_SNOOZE, selected_option=option, message=message
    )
    assert reply.ok, reply.body
    return reply


def nudge(world: World) -> Any:
    run_tick(world.cms.deps, now=world.clock(), pace=0)
    return world.standin.messages_in("U1")[-1]


def logged_with_claim(world: World) -> tuple[Reply, dict[str, str]]:
    """``/logcontact`` with a deposit: the command sent and its reply's button values by label."""
    sent = world.slack.command(
        "/logcontact", "Jane Smith call this morning deposited $250k", user_id="U1"
    )
    [reply] = answers(world, 1, sent.response_url)
    return sent, {c.label: str(c.value) for c in controls(reply["blocks"])}


# -- snoozes -------------------------------------------------------------------------


def assert_one_snooze(world: World, client_id: int) -> None:
    with world.db() as session:
        rows = session.scalars(select(Snooze)).all()
    assert [(s.client_id, s.until, s.ended_at) for s in rows] == [
        (client_id, world.clock() + timedelta(days=14), None)
    ]
    assert (events(world, "snoozes", "create"), events(world, "snoozes", "update")) == (1, 0)


@BOTH
def test_a_snooze_click_replayed_three_times_makes_one_snooze_and_the_same_answer(
    world: World, book: dict[str, int]
) -> None:
    first = snooze_click(world, nudge(world), book["jane"])
    replay(world, first)
    replay(world, first)
    told = answers(world, 3, first.response_url)
    assert all(a.get("replace_original") for a in told)
    assert all(":zzz: Snoozed until Wed 2 Dec 2026." in json.dumps(a["blocks"]) for a in told)
    assert_one_snooze(world, book["jane"])


@BOTH
def test_three_snooze_clicks_at_once_make_one_snooze_and_each_is_told_the_same(
    world: World, book: dict[str, int]
) -> None:
    message = nudge(world)
    at_once(*[lambda: snooze_click(world, message, book["jane"])] * 3)
    told = answers(world, 3)
    assert all(":zzz: Snoozed until Wed 2 Dec 2026." in json.dumps(a["blocks"]) for a in told)
    assert_one_snooze(world, book["jane"])


# -- undo ----------------------------------------------------------------------------


def assert_undone_once(world: World) -> None:
    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        assert interaction.deleted_at is not None
        assert session.scalars(select(Claim.status)).all() == ["withdrawn"]
    assert events(world, "interactions", "soft_delete") == 1
    assert events(world, "claims", "withdraw") == 1


@BOTH
def test_an_undo_click_replayed_three_times_undoes_once_and_says_undone_each_time(
    world: World, book: dict[str, int]
) -> None:
    sent, buttons = logged_with_claim(world)
    first = world.slack.block_action(
        "U1", ids.LOG_UNDO, buttons["Undo"], response_url=sent.response_url
    )
    replay(world, first)
    replay(world, first)
    told = answers(world, 4, sent.response_url)[1:]
    assert all(a["text"].startswith("Undone: the phone contact with Jane Smith") for a in told)
    assert_undone_once(world)


@BOTH
def test_three_undo_clicks_at_once_undo_once(world: World, book: dict[str, int]) -> None:
    _sent, buttons = logged_with_claim(world)
    at_once(*[lambda: world.slack.block_action("U1", ids.LOG_UNDO, buttons["Undo"])] * 3)
    told = answers(world, 4)[1:]
    assert all(a["text"].startswith("Undone: the phone contact with Jane Smith") for a in told)
    assert_undone_once(world)


# -- withdrawal ----------------------------------------------------------------------


def assert_withdrawn_once(world: World, told: list[dict[str, Any]]) -> None:
    texts = sorted(a["text"] for a in told)
    assert sum(t.startswith("Withdrawn: your deposit claim of") for t in texts) == 1, texts
    assert sum("already withdrawn by Rita Rep" in t for t in texts) == 2, texts
    with world.db() as session:
        assert session.scalars(select(Claim.status)).all() == ["withdrawn"]
        owed = session.scalars(
            select(OutboxMessage.dedupe_key).where(OutboxMessage.dedupe_key.like("%:withdrawn"))
        ).all()
        assert len(owed) == 1
    assert events(world, "claims", "withdraw") == 1


@BOTH
def test_a_withdraw_click_replayed_three_times_withdraws_once(
    world: World, book: dict[str, int]
) -> None:
    sent, buttons = logged_with_claim(world)
    [value] = [v for k, v in buttons.items() if k not in ("Edit", "Undo")]
    first = world.slack.block_action(
        "U1", ids.CLAIM_WITHDRAW, value, response_url=sent.response_url
    )
    replay(world, first)
    replay(world, first)
    assert_withdrawn_once(world, answers(world, 4, sent.response_url)[1:])


@BOTH
def test_three_withdraw_clicks_at_once_withdraw_once(world: World, book: dict[str, int]) -> None:
    _sent, buttons = logged_with_claim(world)
    [value] = [v for k, v in buttons.items() if k not in ("Edit", "Undo")]
    at_once(*[lambda: world.slack.block_action("U1", ids.CLAIM_WITHDRAW, value)] * 3)
    assert_withdrawn_once(world, answers(world, 4)[1:])


# -- edit ----------------------------------------------------------------------------


def edit_form(world: World) -> dict[str, Any]:
    """Rita's logged contact (a deposit of 250,000), its edit form open."""
    sent, buttons = logged_with_claim(world)
    world.slack.block_action("U1", ids.LOG_EDIT, buttons["Edit"], response_url=sent.response_url)
    return world.standin.wait_for("views.open").response["view"]


EDIT = {"channel": "video", "notes": "Video call, not a phone call", "deposited": "300,000"}


def assert_edited_once(world: World) -> None:
    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        assert (interaction.channel, interaction.notes) == ("video", EDIT["notes"])
        claims = dict(session.execute(select(Claim.amount, Claim.status)).all())
        assert claims == {Decimal("250000.00"): "withdrawn", Decimal("300000.00"): "pending"}
    assert events(world, "interactions", "update") == 1
    assert (events(world, "claims", "create"), events(world, "claims", "withdraw")) == (2, 1)
    dms = world.standin.wait_for_calls("chat.postMessage", {"channel": "U1"}, count=3)
    saved = "Saved your changes to the video contact with Jane Smith."
    assert all(saved in call.args["text"] for call in dms[:3])


@BOTH
def test_an_edit_submission_replayed_three_times_saves_once(
    world: World, book: dict[str, int]
) -> None:
    view = edit_form(world)
    first = world.slack.view_submission("U1", view, answers=EDIT)
    assert first.ok and not first.body.strip(), first.body
    assert all(not replay(world, first).body.strip() for _ in range(2))
    assert_edited_once(world)


@BOTH
def test_three_edit_submissions_at_once_save_once(world: World, book: dict[str, int]) -> None:
    view = edit_form(world)
    replies = at_once(*[lambda: world.slack.view_submission("U1", view, answers=EDIT)] * 3)
    assert all(r.ok and not r.body.strip() for r in replies), [r.body for r in replies]
    assert_edited_once(world)


# -- the services racing on real transactions ---------------------------------------


def in_threads(engine: Engine, count: int, work: Callable[[Session], T]) -> list[T]:
    """``work`` in ``count`` threads, each in its own committed transaction, started together."""

    def run(session_work: Callable[[Session], T]) -> T:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            return session_work(session)

    return at_once(*[lambda: run(work)] * count)


def arranged(engine: Engine, now: datetime) -> tuple[int, int, int]:
    """Rita, Jane and a contact of Rita's with Jane carrying a deposit of 250,000."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        rita = make_rep(session, "URITA", "Rita")
        jane = make_client(session, "Jane", covered_by=[rita])
        deposit = ClaimDraft(kind="deposit", amount=Decimal("250000"), currency="USD")
        draft = ContactDraft(client_id=jane.id, occurred_at=now, channel="phone", claims=(deposit,))
        logged = log_contact(session, actor=rita, draft=draft, now=now)
        return rita.id, jane.id, logged.interaction.id


def count(engine: Engine, query: Any) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def test_racing_snooze_transactions_leave_one_open_snooze(engine: Engine, now: datetime) -> None:
    rita_id, jane_id, _ = arranged(engine, now)

    def snooze(session: Session) -> datetime:
        rita = session.get_one(Rep, rita_id)
        return snooze_client(session, actor=rita, client_id=jane_id, days=7, now=now).until

    untils = in_threads(engine, 3, snooze)
    assert untils == [now + timedelta(days=7)] * 3
    assert count(engine, select(Snooze.id)) == 1
    assert count(engine, select(AuditEvent.seq).where(AuditEvent.entity_type == "snoozes")) == 1


def test_racing_undo_transactions_undo_once(engine: Engine, now: datetime) -> None:
    rita_id, _, interaction_id = arranged(engine, now)

    def undo(session: Session) -> datetime | None:
        rita = session.get_one(Rep, rita_id)
        return undo_contact(session, actor=rita, interaction_id=interaction_id, now=now).deleted_at

    assert in_threads(engine, 3, undo) == [now] * 3
    deletes = select(AuditEvent.seq).where(AuditEvent.action == "soft_delete")
    withdrawals = select(AuditEvent.seq).where(AuditEvent.action == "withdraw")
    assert (count(engine, deletes), count(engine, withdrawals)) == (1, 1)


def test_racing_edit_transactions_save_once_and_raise_one_new_claim(
    engine: Engine, now: datetime
) -> None:
    rita_id, jane_id, interaction_id = arranged(engine, now)
    later = now + timedelta(minutes=5)
    bigger = ClaimDraft(kind="deposit", amount=Decimal("300000"), currency="USD")
    draft = ContactDraft(
        client_id=jane_id, occurred_at=now, channel="video", notes="video", claims=(bigger,)
    )

    def edit(session: Session) -> list[Decimal]:
        rita = session.get_one(Rep, rita_id)
        result = edit_contact(
            session, actor=rita, interaction_id=interaction_id, draft=draft, now=later
        )
        return [claim.amount for claim in result.claims if claim.status == "pending"]

    assert in_threads(engine, 3, edit) == [[Decimal("300000.00")]] * 3
    pending = select(Claim.id).where(Claim.status == "pending")
    updates = select(AuditEvent.seq).where(
        AuditEvent.entity_type == "interactions", AuditEvent.action == "update"
    )
    assert (count(engine, pending), count(engine, select(Claim.id))) == (1, 2)
    assert count(engine, updates) == 1


# -- migration 0005 ------------------------------------------------------------------


def test_migration_0005_ends_duplicate_open_snoozes_then_refuses_new_ones(
    engine: Engine, now: datetime
) -> None:
    """A database that already holds the bug's duplicates upgrades; the latest one stays open."""
    with Session(engine) as session, session.begin():
        rita = make_rep(session, "URITA", "Rita")
        jane = make_client(session, "Jane", covered_by=[rita])
        john = make_client(session, "John", covered_by=[rita])
        rita_id, jane_id, john_id = rita.id, jane.id, john.id
    schema.downgrade(engine, "0004")
    table = Snooze.__table__
    week, fortnight = now + timedelta(days=7), now + timedelta(days=14)
    rows = [
        (jane_id, now, week, None),  # 1: duplicate, ends first
        (jane_id, now, fortnight, None),  # 2: duplicate, same end as 3, older
        (jane_id, now, fortnight, None),  # 3: the one kept
        (jane_id, now - timedelta(days=40), now - timedelta(days=33), now),  # 4: long ended
        (john_id, now, week, None),  # 5: alone, untouched
    ]
    with engine.begin() as connection:
        for client_id, created, until, ended in rows:
            connection.execute(
                insert(table).values(
                    rep_id=rita_id,
                    client_id=client_id,
                    created_at=created,
                    until=until,
                    ended_at=ended,
                )
            )
    schema.upgrade(engine)
    with Session(engine) as session:
        snoozes = session.scalars(select(Snooze).order_by(Snooze.id)).all()
        assert [s.ended_at for s in snoozes] == [now, now, None, now, None]
    with pytest.raises(IntegrityError), Session(engine) as session, session.begin():
        session.add(Snooze(rep_id=rita_id, client_id=jane_id, created_at=now, until=week))
    schema.downgrade(engine, "0004")
    schema.upgrade(engine)
    schema.require_current(engine)

"""Commit, then tell: Slack being down, slow or refusing never loses a record or a reply.

Over signed HTTP against the real bot (``world``). Slack's own rules these rely on:

- the request must be acknowledged within 3 seconds ("Responding to slash commands":
  "respond within 3000 milliseconds ... with an HTTP 200 OK"), so acks never wait
  on the work (``handlers.lanes``);
- a ``response_url`` can fail (it expires after 30 minutes and takes 5 posts), so a
  failed post is followed by ``chat.postEphemeral`` in the conversation, else a DM
  (``handlers.reply``).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from handlers.reply import RESPONSE_URL_TIMEOUT
from storage.models import Claim, Interaction
from tests.factories import make_client, make_rep
from tests.world import World

REP = "U1"
# An ack that waited on a hanging reply would take at least the reply's timeout; a
# real ack is far below it, and the timeout is itself below Slack's 3 s (module
# docstring). Timing under a loaded CI machine varies, the work an ack waits on
# does not, so this is the bound that tells the two apart.
ACK_WITHOUT_WAITING = RESPONSE_URL_TIMEOUT


@pytest.fixture
def book(world: World) -> None:
    world.standin.add_user(REP, "rita", tz="Europe/London")
    with world.db() as session:
        rep = make_rep(session, REP, "Rita Rep", timezone="Europe/London")
        make_client(session, "Jane Smith", covered_by=[rep], tier="UHNW")
        make_client(session, "Dev Bellamy", covered_by=[rep])


@pytest.fixture
def black_hole() -> Iterator[str]:
    """A URL whose server takes the connection and never answers (a hanging Slack)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            held.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/response/hangs"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


def contacts(world: World) -> int:
    with world.db() as session:
        return session.scalar(select(func.count()).select_from(Interaction)) or 0


def wait_until(check: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.02)
    raise AssertionError("timed out waiting")


def told(world: World, user: str, words: str) -> list[str]:
    """How ``user`` was told something containing ``words``: ephemeral or DM."""
    ways = []
    if any(words in m.text for m in world.standin.ephemerals(user)):
        ways.append("ephemeral")
    if any(words in m.text for m in world.standin.messages_in(user)):
        ways.append("dm")
    return ways


@pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])
def test_a_contact_is_recorded_while_slack_is_unreachable(world: World, book: None) -> None:
    response_url = world.standin.new_response_url(channel="C1", user=REP)
    trigger_id = world.standin.new_trigger_id()
    world.standin.stop()  # every Web API call and response_url now fails to connect
    sent = world.slack.command(
        "/logcontact",
        "Jane Smith phone today deposit 2m USD",
        user_id=REP,
        response_url=response_url,
        trigger_id=trigger_id,
    )
    assert sent.status == 200
    wait_until(lambda: contacts(world) == 1)
    with world.db() as session:
        claim = session.scalars(select(Claim)).one()
        assert claim.status == "pending"
    world.cms.close()  # the reply's attempts finish; nothing is rolled back by them
    assert contacts(world) == 1


def test_a_hanging_reply_url_does_not_lose_the_contact_and_the_rep_is_told_another_way(
    world: World, book: None, black_hole: str
) -> None:
    started = time.monotonic()
    sent = world.slack.command(
        "/logcontact", "Jane Smith phone today talked fx", user_id=REP, response_url=black_hole
    )
    assert sent.status == 200 and time.monotonic() - started < ACK_WITHOUT_WAITING
    call = world.standin.wait_for("chat.postEphemeral", {"channel": "C1", "user": REP}, timeout=10)
    assert "Jane Smith" in call.args["text"]
    assert contacts(world) == 1


def test_a_reply_that_cannot_reach_the_channel_comes_as_a_dm(world: World, book: None) -> None:
    """The command came from a private channel the bot is not in: postEphemeral is refused."""
    world.standin.add_channel("GSECRET", "secret", is_private=True, members=[REP])
    world.standin.fail_always("response_url", error="expired_url", status=404)
    world.standin.expect_refusal("chat.postEphemeral", error="channel_not_found")
    sent = world.slack.command(
        "/logcontact", "Jane Smith phone today talked fx", user_id=REP, channel_id="GSECRET"
    )
    assert sent.status == 200
    dm = world.standin.wait_for("chat.postMessage", {"channel": REP}, timeout=10)
    assert "Jane Smith" in dm.args["text"]
    assert contacts(world) == 1


def test_a_refused_reply_is_told_as_an_ephemeral_in_a_channel_the_bot_is_in(
    world: World, book: None
) -> None:
    world.standin.add_channel("CDESK", "desk", members=[world.standin.bot_user_id, REP])
    world.standin.fail_always("response_url", error="expired_url", status=404)
    sent = world.slack.command(
        "/logcontact", "Jane Smith phone today talked fx", user_id=REP, channel_id="CDESK"
    )
    assert sent.status == 200
    call = world.standin.wait_for("chat.postEphemeral", {"channel": "CDESK", "user": REP})
    assert "Jane Smith" in call.args["text"]
    assert told(world, REP, "Jane Smith") == ["ephemeral"]
    assert contacts(world) == 1


def test_a_question_is_still_asked_when_the_reply_url_fails(world: World, book: None) -> None:
    """No channel word: the rep is asked how they talked, by DM when response_url is gone."""
    world.standin.fail_always("response_url", error="used_url", status=404)
    sent = world.slack.command(
        "/logcontact", "Dev Bellamy yesterday talked about succession", user_id=REP, channel_id="D1"
    )
    assert sent.status == 200
    dm = world.standin.wait_for("chat.postMessage", {"channel": REP}, timeout=10)
    assert dm.args.get("blocks"), "the question's buttons arrive with it"
    assert contacts(world) == 0


def test_acks_stay_fast_while_replies_hang(world: World, book: None, black_hole: str) -> None:
    """Twelve hanging replies at once, then twenty more commands: no ack waits on a hang."""
    hanging = [
        threading.Thread(
            target=world.slack.command,
            args=("/client", "Jane"),
            kwargs={"user_id": REP, "response_url": black_hole},
        )
        for _ in range(12)
    ]
    for thread in hanging:
        thread.start()
    acks = []
    for n in range(20):
        started = time.monotonic()
        sent = world.slack.command("/logcontact", f"Jane Smith phone today note {n}", user_id=REP)
        acks.append(time.monotonic() - started)
        assert sent.status == 200
    for thread in hanging:
        thread.join()
    assert max(acks) < ACK_WITHOUT_WAITING, f"slowest ack {max(acks):.2f}s"
    wait_until(lambda: contacts(world) == 20, timeout=30)


@pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])
def test_a_commit_whose_answer_is_lost_is_found_not_recorded_twice_and_told_truthfully(
    world: World, book: None
) -> None:
    """The database commits, then the connection drops before saying so.

    The line's key (its trigger id) makes the second run find the first run's
    contact: one contact, and the rep is told it was logged.
    """
    dropped = {"left": 1}

    def drop_after_commit(session: Session) -> None:
        if dropped["left"] and session.info.get("cms_test_drop", True):
            dropped["left"] -= 1
            raise OperationalError("COMMIT", {}, Exception("server closed the connection"))

    event.listen(Session, "after_commit", drop_after_commit)
    try:
        sent = world.slack.command("/logcontact", "Jane Smith phone today talked fx", user_id=REP)
        assert sent.status == 200
        reply = world.standin.wait_for(
            "response_url", lambda c: c.args["url"] == sent.response_url, timeout=10
        )
    finally:
        event.remove(Session, "after_commit", drop_after_commit)
    assert dropped["left"] == 0
    assert "Jane Smith" in reply.args["text"] and "nothing was recorded" not in reply.args["text"]
    assert contacts(world) == 1


@pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])
def test_a_failure_before_commit_is_told_as_nothing_recorded_and_records_nothing(
    world: World, book: None
) -> None:
    def fail_insert(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO INTERACTIONS"):
            raise RuntimeError("disk full")

    engine = world.cms.deps.engine
    event.listen(engine, "before_cursor_execute", fail_insert)
    try:
        sent = world.slack.command("/logcontact", "Jane Smith phone today talked fx", user_id=REP)
        reply = world.standin.wait_for(
            "response_url", lambda c: c.args["url"] == sent.response_url, timeout=10
        )
    finally:
        event.remove(engine, "before_cursor_execute", fail_insert)
    assert "nothing was recorded" in reply.args["text"]
    assert contacts(world) == 0


def test_a_cold_instance_that_cannot_reach_slack_still_acks_and_records(
    databases: Any, now: Any
) -> None:
    """No auth.test before the first request: the token is all a listener needs."""
    from contextlib import closing

    from bot.app import build_app
    from bot.clock import FixedClock
    from bot.settings import Settings
    from handlers.http.server import serve_in_thread
    from standin.sender import SlackSender
    from tests.databases import engine_for
    from tests.world import SIGNING_SECRET

    with engine_for(databases.url("sqlite")) as engine:
        settings = Settings(
            bot_token="xoxb-test",
            signing_secret=SIGNING_SECRET,
            api_url="http://127.0.0.1:9/api/",  # discard port: nothing listens
            database_url=str(engine.url),
            controllers_channel="CCONTROL",
        )
        cms = build_app(settings, mode="http", clock=FixedClock(now), engine=engine)
        with cms.deps.sessions.begin() as session:
            rep = make_rep(session, REP, "Rita Rep")
            make_client(session, "Jane Smith", covered_by=[rep])
        with closing(cms), serve_in_thread(cms) as base_url:
            slack = SlackSender(f"{base_url}/slack/events", SIGNING_SECRET)
            started = time.monotonic()
            sent = slack.command(
                "/logcontact",
                "Jane Smith phone today talked fx",
                user_id=REP,
                response_url="http://127.0.0.1:9/response/1",
            )
            assert sent.status == 200 and time.monotonic() - started < ACK_WITHOUT_WAITING

            def recorded() -> bool:
                with cms.deps.sessions() as session:
                    return bool(session.scalar(select(func.count()).select_from(Interaction)))

            wait_until(recorded)


def test_a_pick_whose_reply_url_fails_records_once_and_is_told_in_the_channel(
    world: World, book: None
) -> None:
    """The click on a candidate client: the reply URL fails after the first question."""
    from standin.blockkit_text import controls
    from storage.models import Rep

    with world.db() as session:
        rita = session.scalars(select(Rep).where(Rep.slack_user_id == REP)).one()
        make_client(session, "Dev Smith", covered_by=[rita])
        make_client(session, "Ann Smith", covered_by=[rita])
    world.standin.add_channel("CDESK", "desk", members=[world.standin.bot_user_id, REP])
    sent = world.slack.command(
        "/logcontact", "Smith phone today about fees", user_id=REP, channel_id="CDESK"
    )
    question = world.standin.wait_for("response_url", lambda c: c.args["url"] == sent.response_url)
    pick = next(c for c in controls(question.args["blocks"]) if c.label == "Ann Smith")
    world.standin.fail_always("response_url", error="used_url", status=404)
    clicked = world.slack.block_action(
        REP,
        pick.action_id,
        pick.value,
        response_url=sent.response_url,
        channel_id="CDESK",
        message={"blocks": question.args["blocks"], "channel": "CDESK"},
    )
    assert clicked.status == 200
    told_call = world.standin.wait_for("chat.postEphemeral", {"channel": "CDESK", "user": REP})
    assert "Ann Smith" in told_call.args["text"]
    with world.db() as session:
        rows = session.scalars(select(Interaction)).all()
        assert [row.client.name for row in rows] == ["Ann Smith"]


def test_a_shortcut_whose_form_cannot_open_is_told_not_silent(world: World, book: None) -> None:
    """views.open refused (the trigger expired): the rep hears so where they clicked."""
    world.standin.fail_always("views.open", error="expired_trigger_id")
    from handlers import ids

    sent = world.slack.message_shortcut(
        ids.SHORTCUT_LOG_MESSAGE, REP, "Lunch with Jane about the trust", channel_id="D1"
    )
    assert sent.status == 200
    told_call = world.standin.wait_for(
        "response_url", lambda c: c.args["url"] == sent.response_url, timeout=10
    )
    assert "could not finish" in told_call.args["text"]


def test_a_form_whose_confirmation_dm_is_refused_is_confirmed_where_it_was_opened(
    world: World, book: None
) -> None:
    """The form closes (recorded); the DM is refused, so the rep is told in the channel."""
    trigger = world.slack.command("/logcontact", "", user_id=REP, channel_id="C1")
    assert trigger.status == 200
    view = world.standin.wait_for("views.open").response["view"]
    with world.db() as session:
        from storage.models import Client

        jane = session.scalars(select(Client).where(Client.name == "Jane Smith")).one()
    world.standin.fail_always("chat.postMessage", error="internal_error")
    submitted = world.slack.view_submission(
        REP, view, answers={"client": str(jane.id), "channel": "phone", "notes": "fees"}
    )
    assert submitted.status == 200 and not submitted.body.strip()
    told_call = world.standin.wait_for("chat.postEphemeral", {"channel": "C1", "user": REP})
    assert "Jane Smith" in told_call.args["text"]
    world.cms.close()
    assert contacts(world) == 1


def test_a_form_nobody_can_be_told_about_stays_recorded(world: World, book: None) -> None:
    """Opened from a DM, the DM refused too: logged as untold, the record stands."""
    trigger = world.slack.command("/logcontact", "", user_id=REP, channel_id="D1")
    view = world.standin.wait_for("views.open").response["view"]
    with world.db() as session:
        from storage.models import Client

        jane = session.scalars(select(Client).where(Client.name == "Jane Smith")).one()
    world.standin.fail_always("chat.postMessage", error="internal_error")
    submitted = world.slack.view_submission(
        REP, view, answers={"client": str(jane.id), "channel": "phone", "notes": "fees"}
    )
    assert trigger.status == 200 and submitted.status == 200
    world.standin.wait_for("chat.postMessage", include_failed=True, timeout=10)
    world.cms.close()
    assert contacts(world) == 1

"""Writers of one SQLite file take turns in arrival order within a process.

Each writing transaction waits for its turn (``storage.engine.WriteQueue``)
before ``BEGIN IMMEDIATE``, and gives it back when SQLite's transaction ends,
whichever way it ends. The order tests assert causality (which transaction got
the lock first, read from the rows they wrote), never how long anything took,
so a loaded machine slows them down without failing them.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import Engine, exc, text
from sqlalchemy.orm import Session, sessionmaker

from storage import engine as engine_module
from storage.engine import (
    WriteQueue,
    make_engine,
    make_read_session_factory,
    make_session_factory,
    queue_for,
)

# Long enough for a loaded machine, short enough that a turn never given back fails fast.
TIMEOUT_MS = 10_000


@pytest.fixture
def file_engine(databases, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", TIMEOUT_MS)
    engine = make_engine(databases.url("sqlite"))
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE tally (id INTEGER PRIMARY KEY, n INTEGER)")
        connection.exec_driver_sql("INSERT INTO tally VALUES (1, 0)")
        connection.exec_driver_sql(
            "CREATE TABLE arrivals (seq INTEGER PRIMARY KEY AUTOINCREMENT, who TEXT)"
        )
    try:
        yield engine
    finally:
        engine.dispose()


def queue_of(engine: Engine) -> WriteQueue:
    assert engine.url.database
    return queue_for(engine.url.database)


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not condition():
        assert time.monotonic() < deadline, f"never: {what}"
        time.sleep(0.002)


def in_line(queue: WriteQueue, *, holding: bool, waiting: int) -> Callable[[], bool]:
    return lambda: (queue.holder is not None) is holding and queue.waiting() == waiting


def arrive(session: Session, who: str) -> None:
    session.execute(text("INSERT INTO arrivals (who) VALUES (:who)"), {"who": who})


def arrivals(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.scalars(text("SELECT who FROM arrivals ORDER BY seq")))


def in_thread(target: Callable[[], None]) -> tuple[threading.Thread, list[BaseException]]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            target()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            errors.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


def assert_free(engine: Engine) -> None:
    """No connection keeps the turn, and another thread can write at once."""
    assert queue_of(engine).holder is None
    thread, errors = in_thread(lambda: write_once(make_session_factory(engine), "after"))
    thread.join(TIMEOUT_MS / 1000 + 5)
    assert not thread.is_alive() and errors == []


def write_once(writes: sessionmaker[Session], who: str) -> None:
    with writes.begin() as session:
        arrive(session, who)


def test_eight_threads_writing_at_once_all_succeed_and_no_increment_is_lost(file_engine) -> None:  # type: ignore[no-untyped-def]
    writes = make_session_factory(file_engine)

    def increments() -> None:
        for _ in range(30):
            with writes.begin() as session:
                n = session.scalar(text("SELECT n FROM tally WHERE id = 1"))
                session.execute(text("UPDATE tally SET n = :n WHERE id = 1"), {"n": n + 1})
                arrive(session, threading.current_thread().name)

    started = [in_thread(increments) for _ in range(8)]
    for thread, _errors in started:
        thread.join(120)
    assert [error for _thread, errors in started for error in errors] == []
    with file_engine.connect() as connection:
        assert connection.scalar(text("SELECT n FROM tally")) == 240
    assert len(arrivals(file_engine)) == 240
    assert queue_of(file_engine).holder is None


def test_writers_waiting_get_the_lock_in_arrival_order_and_a_newcomer_waits_behind_them(
    file_engine,  # type: ignore[no-untyped-def]
) -> None:
    """With every writer polling, the one that just committed began again at once and
    won nearly always: waiters kept losing to newcomers. Now the line is kept."""
    writes = make_session_factory(file_engine)
    queue = queue_of(file_engine)
    first = writes()
    arrive(first, "first")  # holds the turn and SQLite's lock from here
    waiters = []
    for number in range(1, 5):
        waiters.append(in_thread(partial(write_once, writes, f"waiter {number}")))
        wait_until(in_line(queue, holding=True, waiting=number), f"waiter {number} in line")
    first.commit()
    first.close()
    write_once(writes, "newcomer")  # the thread that just let go asks again straight away
    for thread, errors in waiters:
        thread.join(TIMEOUT_MS / 1000 + 5)
        assert errors == []
    assert arrivals(file_engine) == [
        "first",
        "waiter 1",
        "waiter 2",
        "waiter 3",
        "waiter 4",
        "newcomer",
    ]
    assert queue.holder is None


def test_the_turn_is_given_back_when_the_transaction_raises(file_engine) -> None:  # type: ignore[no-untyped-def]
    writes = make_session_factory(file_engine)
    with pytest.raises(RuntimeError), writes.begin() as session:
        arrive(session, "lost")
        assert queue_of(file_engine).holder is not None
        raise RuntimeError("a bug inside the transaction")
    assert_free(file_engine)
    assert arrivals(file_engine) == ["after"]


def test_the_turn_is_given_back_after_a_rollback(file_engine) -> None:  # type: ignore[no-untyped-def]
    session = make_session_factory(file_engine)()
    arrive(session, "rolled back")
    assert queue_of(file_engine).holder is not None
    session.rollback()
    assert_free(file_engine)
    session.close()
    assert arrivals(file_engine) == ["after"]


def test_the_turn_is_given_back_when_a_connection_returns_to_the_pool_mid_transaction(
    file_engine,  # type: ignore[no-untyped-def]
) -> None:
    session = make_session_factory(file_engine)()
    arrive(session, "session closed")
    session.close()
    assert_free(file_engine)
    connection = file_engine.connect()
    connection.begin()
    connection.exec_driver_sql("INSERT INTO arrivals (who) VALUES ('connection closed')")
    connection.close()
    assert_free(file_engine)
    assert arrivals(file_engine) == ["after", "after"]


def test_the_turn_is_given_back_when_the_connection_is_invalidated(file_engine) -> None:  # type: ignore[no-untyped-def]
    connection = file_engine.connect()
    connection.begin()
    connection.exec_driver_sql("INSERT INTO arrivals (who) VALUES ('invalidated')")
    connection.invalidate()
    assert_free(file_engine)
    connection.close()
    file_engine.dispose()
    assert_free(file_engine)
    assert arrivals(file_engine) == ["after", "after"]


def test_the_turn_is_given_back_when_a_request_thread_ends_with_its_transaction_open(
    file_engine,  # type: ignore[no-untyped-def]
) -> None:
    """A thread that dies holding an open session: the pool rolls the collected connection back."""
    writes = make_session_factory(file_engine)

    def abandon() -> None:
        session = writes()
        arrive(session, "abandoned")
        assert queue_of(file_engine).holder is not None

    thread, errors = in_thread(abandon)
    thread.join(TIMEOUT_MS / 1000)
    assert errors == []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLAlchemy warns of the connection it cleans up
        gc.collect()
    assert_free(file_engine)
    assert arrivals(file_engine) == ["after"]


def test_a_read_session_takes_no_turn_while_a_writer_holds_it(file_engine) -> None:  # type: ignore[no-untyped-def]
    writes, reads = make_session_factory(file_engine), make_read_session_factory(file_engine)
    queue = queue_of(file_engine)
    writer = writes()
    arrive(writer, "uncommitted")
    holder = queue.holder
    assert holder is not None
    seen: list[list[str]] = []

    def read() -> None:
        with reads.begin() as session:
            seen.append(list(session.scalars(text("SELECT who FROM arrivals"))))
            assert queue.holder is holder and queue.waiting() == 0

    thread, errors = in_thread(read)
    thread.join(TIMEOUT_MS / 1000)
    assert not thread.is_alive(), "the reader waited for the writer"
    assert errors == [] and seen == [[]]
    writer.commit()
    writer.close()
    assert queue.holder is None


def test_the_busy_timeout_bounds_the_wait_in_line_and_raises_as_sqlite_does(
    file_engine,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writes = make_session_factory(file_engine)
    holder = writes()
    arrive(holder, "holder")
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 300)
    waited: list[float] = []

    def wait() -> None:
        started = time.monotonic()
        try:
            write_once(writes, "timed out")
        finally:
            waited.append(time.monotonic() - started)

    thread, errors = in_thread(wait)
    thread.join(TIMEOUT_MS / 1000)
    assert not thread.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], exc.OperationalError)
    assert "database is locked" in str(errors[0])
    assert waited[0] >= 0.3
    assert queue_of(file_engine).waiting() == 0
    holder.commit()
    holder.close()
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", TIMEOUT_MS)
    assert_free(file_engine)
    assert arrivals(file_engine) == ["holder", "after"]


def test_the_busy_timeout_bounds_the_wait_for_a_writer_outside_the_process(
    file_engine,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A connection the queue does not know (another process, in effect) holds SQLite's lock:
    the first in line polls for it, gives its turn back at the deadline, and the next does."""
    assert file_engine.url.database
    outsider = sqlite3.connect(file_engine.url.database, isolation_level=None)
    outsider.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 300)
    writes = make_session_factory(file_engine)
    try:
        started = [in_thread(lambda: write_once(writes, "refused")) for _ in range(2)]
        for thread, _errors in started:
            thread.join(TIMEOUT_MS / 1000)
    finally:
        outsider.rollback()
        outsider.close()
    for _thread, errors in started:
        assert len(errors) == 1 and "database is locked" in str(errors[0])
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", TIMEOUT_MS)
    assert_free(file_engine)
    assert arrivals(file_engine) == ["after"]


def test_writers_in_line_get_the_lock_once_a_writer_outside_the_process_lets_go(
    file_engine,  # type: ignore[no-untyped-def]
) -> None:
    assert file_engine.url.database
    outsider = sqlite3.connect(file_engine.url.database, isolation_level=None)
    outsider.execute("BEGIN IMMEDIATE")
    outsider.execute("INSERT INTO arrivals (who) VALUES ('outsider')")
    writes = make_session_factory(file_engine)
    queue = queue_of(file_engine)
    started = []
    for number in range(1, 4):
        started.append(in_thread(partial(write_once, writes, f"writer {number}")))
        # The first polls SQLite with the turn; the others wait in line.
        wait_until(in_line(queue, holding=True, waiting=number - 1), f"writer {number} in line")
    outsider.commit()
    outsider.close()
    for thread, errors in started:
        thread.join(TIMEOUT_MS / 1000 + 5)
        assert errors == []
    assert arrivals(file_engine) == ["outsider", "writer 1", "writer 2", "writer 3"]


CHILD = """
import sys, threading
from sqlalchemy import text
from storage.engine import make_engine, make_session_factory
engine = make_engine(sys.argv[1])
writes = make_session_factory(engine)
errors = []
def increments():
    try:
        for _ in range(25):
            with writes.begin() as session:
                n = session.scalar(text("SELECT n FROM tally WHERE id = 1"))
                session.execute(text("UPDATE tally SET n = :n WHERE id = 1"), {"n": n + 1})
    except Exception as error:
        errors.append(error)
threads = [threading.Thread(target=increments) for _ in range(4)]
[thread.start() for thread in threads]
[thread.join() for thread in threads]
sys.exit(1 if errors else 0)
"""


def test_two_processes_writing_the_same_file_both_succeed(file_engine) -> None:  # type: ignore[no-untyped-def]
    url = file_engine.url.render_as_string(hide_password=False)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    children = [
        subprocess.Popen([sys.executable, "-c", CHILD, url], env=env, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for child in children:
        _out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err.decode()
    with file_engine.connect() as connection:
        assert connection.scalar(text("SELECT n FROM tally")) == 200

"""Read-only sessions on SQLite do not queue behind a writer (WAL, ``BEGIN`` DEFERRED).

SQLite's WAL mode lets readers proceed while a write transaction is open ("WAL
... readers do not block writers and a writer does not block readers",
https://www.sqlite.org/wal.html); ``BEGIN IMMEDIATE`` would take the write lock
and make every reader wait for the writer's commit.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select, text

from storage.engine import make_engine, make_read_session_factory, make_session_factory
from storage.models import Rep


def test_a_reader_is_not_held_up_by_an_open_write_on_sqlite(databases) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(databases.url("sqlite"))
    try:
        writes, reads = make_session_factory(engine), make_read_session_factory(engine)
        writer = writes()
        writer.execute(text("UPDATE reps SET name = name"))  # the write lock is held from here
        finished = threading.Event()
        took: list[float] = []

        def read() -> None:
            started = time.monotonic()
            with reads.begin() as session:
                session.scalar(select(func.count()).select_from(Rep))
            took.append(time.monotonic() - started)
            finished.set()

        thread = threading.Thread(target=read)
        thread.start()
        assert finished.wait(5), "the reader waited for the writer's commit"
        writer.commit()
        thread.join()
        assert took[0] < 1.0
    finally:
        engine.dispose()


def test_a_second_writer_still_waits_for_the_first(databases) -> None:  # type: ignore[no-untyped-def]
    """Writers keep ``BEGIN IMMEDIATE``: the second starts only after the first commits."""
    engine = make_engine(databases.url("sqlite"))
    try:
        writes = make_session_factory(engine)
        first = writes()
        first.execute(text("UPDATE reps SET name = name"))
        order: list[str] = []

        def second() -> None:
            with writes.begin() as session:
                session.execute(text("UPDATE reps SET name = name"))
                order.append("second")

        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.3)
        order.append("first")
        first.commit()
        thread.join(10)
        assert order == ["first", "second"]
    finally:
        engine.dispose()

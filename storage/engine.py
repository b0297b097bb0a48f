"""Engines and session factories for SQLite (default) and PostgreSQL.

SQLite gets WAL, a busy timeout, foreign keys, and ``BEGIN IMMEDIATE`` so a
transaction that will write takes the lock up front instead of failing when
it upgrades from reading (tried every millisecond while another writer holds
it); that is what keeps concurrent writers (two threads, two schedulers) from
tripping over each other. Sessions from
``make_read_session_factory`` only read: they begin DEFERRED, and under WAL a
reader neither waits for the writer nor holds it up (a Home tab, a client card
or a scorecard no longer queues behind every contact being logged). PostgreSQL
sessions run with JIT off.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 30_000
# Between tries for SQLite's write lock (``_take_write_lock``), and the errors that mean "busy".
WRITE_LOCK_POLL = 0.001
BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
# The execution option that marks an engine's connections as read-only work.
READ_ONLY = "cms_read_only"


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine whose errors never carry bound values (client notes, amounts) into logs."""
    url = normalise_url(url)
    kwargs.setdefault("hide_parameters", True)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            **kwargs,
        )
        _tune_sqlite(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("pool_size", 10)
    # JIT off for every session (``-c jit=off`` at connect): the bot's statements are short,
    # and a misestimated plan (a manager's team, a recursive CTE guessed at 40,000 reps for
    # 11) crossed jit_above_cost and spent ~30 ms compiling a statement that runs in a few.
    # The large reads (scorecards, the nudge tick) already turned it off for themselves.
    connect_args = dict(kwargs.pop("connect_args", {}))
    options = str(connect_args.get("options", ""))
    if "jit=" not in options:
        connect_args["options"] = f"{options} -c jit=off".strip()
    return create_engine(url, connect_args=connect_args, **kwargs)


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY, False):
            connection.exec_driver_sql("BEGIN")
        elif not _take_write_lock(connection.connection.dbapi_connection):
            # Still busy at the deadline (or another error): raised as SQLAlchemy raises it.
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def _take_write_lock(raw: Any) -> bool:
    """``BEGIN IMMEDIATE``, tried every millisecond until ``SQLITE_BUSY_TIMEOUT_MS``.

    SQLite's own busy handler backs off to sleeps of 100 ms: with eight writers a
    waiter that has backed off keeps losing the lock to newcomers, and a few wait
    seconds (the /logcontact benchmark's p99 was 2.7 s). Polling briefly shares the
    lock out as it frees. False, with the busy timeout as it was, when the lock
    never came or the error was not a busy one; the caller then tries once more.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    raw.execute("PRAGMA busy_timeout=0")
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return True
            except sqlite3.OperationalError as error:
                busy = getattr(error, "sqlite_errorcode", None) in BUSY_CODES
                if not busy or time.monotonic() >= deadline:
                    return False
            time.sleep(WRITE_LOCK_POLL)
    finally:
        raw.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, so replies can render them."""
    return sessionmaker(engine, expire_on_commit=False)


def make_read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for work that only reads; on SQLite they do not take the write lock.

    A write through one of these still works on SQLite (the lock is taken when
    the first write comes), but may then wait on, or be refused by, a writer.
    """
    return sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)


def is_postgres(engine_or_session: Engine | Session) -> bool:
    bind = (
        engine_or_session.get_bind()
        if isinstance(engine_or_session, Session)
        else engine_or_session
    )
    return bind.dialect.name == "postgresql"

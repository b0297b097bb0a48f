"""Engines and session factories for SQLite (default) and PostgreSQL.

SQLite gets WAL, a busy timeout, foreign keys, and ``BEGIN IMMEDIATE`` so a
transaction that will write takes the lock up front instead of failing when
it upgrades from reading; that is what keeps concurrent writers (two threads,
two schedulers) from tripping over each other. Within one process, writers to
a file take turns in arrival order (``WriteQueue``) before they ask SQLite, so
only the first in line polls the lock and the others sleep until it is theirs;
SQLite still arbitrates between processes (two ``serve`` workers, the CLI).
Sessions from ``make_read_session_factory`` only read: they begin DEFERRED,
take no turn, and under WAL a reader neither waits for the writer nor holds it
up (a Home tab, a client card or a scorecard no longer queues behind every
contact being logged). PostgreSQL sessions run with JIT off, and a pooled
connection is checked before use by its socket, pinged only after a long idle.
"""

from __future__ import annotations

import os
import select
import sqlite3
import threading
import time
import weakref
from collections import deque
from typing import Any

import psycopg
from sqlalchemy import Engine, create_engine, event, exc
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
            connect_args={
                "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
                "check_same_thread": False,
                "factory": TurnTakingConnection,
            },
            **kwargs,
        )
        _tune_sqlite(engine)
        return engine
    kwargs.setdefault("pool_size", 10)
    # JIT off for every session (``-c jit=off`` at connect): the bot's statements are short,
    # and a misestimated plan (a manager's team, a recursive CTE guessed at 40,000 reps for
    # 11) crossed jit_above_cost and spent ~30 ms compiling a statement that runs in a few.
    # The large reads (scorecards, the nudge tick) already turned it off for themselves.
    connect_args = dict(kwargs.pop("connect_args", {}))
    options = str(connect_args.get("options", ""))
    if "jit=" not in options:
        connect_args["options"] = f"{options} -c jit=off".strip()
    engine = create_engine(url, connect_args=connect_args, **kwargs)
    if not kwargs.get("pool_pre_ping"):  # a caller may still ask for a ping every checkout
        _check_on_checkout(engine)
    return engine


# A pooled PostgreSQL connection idle longer than this is pinged before it is used.
PING_AFTER_IDLE = 30.0


def _check_on_checkout(engine: Engine) -> None:
    """A pooled connection the server hung up on is replaced before use, without a round trip.

    ``pool_pre_ping`` sent a ``SELECT 1`` at every checkout (three a /logcontact
    line, each with its ``BEGIN``). A server that ends a session (a restart,
    ``pg_terminate_backend``, an idle timeout) sends its goodbye or closes the
    socket, so a connection whose socket has something to read while it sits in
    the pool is dead: that is one ``select`` of the socket, no round trip. Only a
    connection idle longer than ``PING_AFTER_IDLE`` is pinged as well, for a peer
    gone without a word (a network dropping it silently). A dead one found either
    way invalidates the pool, as a failed pre-ping does, and the checkout gets a
    fresh connection. A connection that dies unseen between the check and its
    first statement fails that statement as a disconnect (the connection is
    invalidated), and ``handlers.common.committed`` runs the unit again.
    """

    @event.listens_for(engine, "checkin")
    def on_checkin(_dbapi_connection: Any, record: Any) -> None:
        if record is not None:
            record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.pop("idle_since", None)
        if idle_since is None:
            return  # fresh from connect
        if _hung_up(dbapi_connection) or (
            time.monotonic() - idle_since > PING_AFTER_IDLE
            and not _answers(engine, dbapi_connection)
        ):
            raise exc.InvalidatePoolError("the server ended this pooled connection")


def _hung_up(dbapi_connection: Any) -> bool:
    """An idle psycopg connection that is closed, broken, or whose socket is readable (the
    server's goodbye, or end of file: an idle session is owed nothing by the server)."""
    if dbapi_connection.closed or dbapi_connection.broken:
        return True
    try:
        readable, _, _ = select.select([dbapi_connection.pgconn.socket], [], [], 0)
    except (OSError, ValueError, psycopg.OperationalError):
        return True
    return bool(readable)


def _answers(engine: Engine, dbapi_connection: Any) -> bool:
    """The dialect's ping (what ``pool_pre_ping`` sends); False when it finds a disconnect."""
    try:
        engine.dialect.do_ping(dbapi_connection)
    except engine.dialect.loaded_dbapi.Error as error:
        if engine.dialect.is_disconnect(error, dbapi_connection, None):
            return False
        raise
    return True


class WriteQueue:
    """Turns at one database file's write lock, handed out in arrival order.

    A turn is handed straight to the first waiter when it is given back, so a
    newcomer never overtakes a writer already waiting, and a waiter sleeps on a
    lock of its own (no polling, the GIL left to the writer at work). Fairness
    costs the median a little: the writer that just committed no longer gets
    straight back in (benchmarks/bench_sqlite_writers.py, 8 threads: p99
    251 -> 90 ms, p50 42 -> 57 ms, the same rate). On a machine whose cores are
    all taken by other work, a turn handed to a thread not yet running waits
    for the scheduler, and the rate drops (15-40% in runs at load 7 on 2 cores).
    """

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._holder: object | None = None
        self._waiting: deque[tuple[object, threading.Lock]] = deque()

    @property
    def holder(self) -> object | None:
        return self._holder

    def waiting(self) -> int:
        return len(self._waiting)

    def take(self, holder: object, timeout: float) -> bool:
        """Waits up to ``timeout`` seconds for ``holder``'s turn; False when it did not come."""
        with self._mutex:
            if self._holder is None:
                self._holder = holder
                return True
            wake = threading.Lock()
            wake.acquire()
            entry = (holder, wake)
            self._waiting.append(entry)
        try:
            if wake.acquire(timeout=max(timeout, 0.0)):
                return True
        except BaseException:
            # Interrupted while waiting: a turn handed over meanwhile passes on.
            with self._mutex:
                if entry in self._waiting:
                    self._waiting.remove(entry)
            self.give_back(holder)
            raise
        with self._mutex:
            if self._holder is holder:
                return True  # handed over as the wait ran out
            self._waiting.remove(entry)
            return False

    def give_back(self, holder: object) -> None:
        """Ends ``holder``'s turn, if it has it, and hands the turn to the first waiter."""
        with self._mutex:
            if self._holder is not holder:
                return
            if self._waiting:
                self._holder, wake = self._waiting.popleft()
                wake.release()
            else:
                self._holder = None


_queues: weakref.WeakValueDictionary[str, WriteQueue] = weakref.WeakValueDictionary()
_queues_mutex = threading.Lock()


def queue_for(path: str) -> WriteQueue:
    """The process's one queue for the database file at ``path``."""
    key = os.path.realpath(path)
    with _queues_mutex:
        queue = _queues.get(key)
        if queue is None:
            queue = _queues[key] = WriteQueue()
        return queue


def _forget_queues_after_fork() -> None:
    # A worker forked from ``serve`` starts with no turns held; its parent's threads are gone.
    global _queues, _queues_mutex
    _queues = weakref.WeakValueDictionary()
    _queues_mutex = threading.Lock()


os.register_at_fork(after_in_child=_forget_queues_after_fork)


class TurnTakingConnection(sqlite3.Connection):
    """A SQLite connection that gives its write turn back the moment its transaction ends.

    SQLAlchemy's ``commit`` and ``rollback`` events fire before the driver's
    call (and the pool's ``reset`` before its rollback); the driver's own
    ``commit``, ``rollback`` and ``close`` are where SQLite's lock is really let
    go, whichever way they are reached: a commit, a rollback, a connection
    returned to the pool or collected mid-transaction (the pool rolls it back),
    invalidated or disposed (closed). A failed COMMIT that leaves the
    transaction open keeps the turn until the rollback that follows.
    """

    write_queue: WriteQueue | None = None
    has_turn = False

    def take_turn(self, timeout: float) -> bool:
        if self.write_queue is None or self.has_turn:
            return True
        self.has_turn = self.write_queue.take(self, timeout)
        return self.has_turn

    def give_turn_back(self) -> None:
        if self.has_turn and self.write_queue is not None:
            self.has_turn = False
            self.write_queue.give_back(self)

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            if not self.in_transaction:
                self.give_turn_back()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            if not self.in_transaction:
                self.give_turn_back()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.give_turn_back()


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
        files = {name: path for _seq, name, path in cursor.execute("PRAGMA database_list")}
        cursor.close()
        if isinstance(dbapi_connection, TurnTakingConnection) and files.get("main"):
            # A file, not a private in-memory database: share its queue with the process.
            dbapi_connection.write_queue = queue_for(files["main"])

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY, False):
            connection.exec_driver_sql("BEGIN")
            return
        raw = connection.connection.dbapi_connection
        raw.execute("PRAGMA busy_timeout=0")
        try:
            if not _take_write_lock(raw):
                # Still busy at the deadline (or another error): raised as SQLAlchemy raises it.
                connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            if isinstance(raw, TurnTakingConnection) and not raw.in_transaction:
                raw.give_turn_back()
            raise
        finally:
            raw.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")


def _take_write_lock(raw: Any) -> bool:
    """``BEGIN IMMEDIATE`` once this connection's turn comes, tried every millisecond.

    Both waits together end at ``SQLITE_BUSY_TIMEOUT_MS``. SQLite's own busy
    handler backs off to sleeps of 100 ms, and a waiter that has backed off
    keeps losing the lock to newcomers (the /logcontact benchmark's p99 was
    2.7 s); polling shares the lock out as it frees, but when every writer of
    the process polled, each poll took the GIL from the writer at work, and the
    unluckiest still waited longest. Now only the first in the process's line
    polls, for a writer of another process (or a read session that began
    writing). False when the turn or the lock never came or the error was not a
    busy one; the caller then tries once more, with the busy timeout at zero.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    if isinstance(raw, TurnTakingConnection) and not raw.take_turn(deadline - time.monotonic()):
        return False
    while True:
        try:
            raw.execute("BEGIN IMMEDIATE")
            return True
        except sqlite3.OperationalError as error:
            busy = getattr(error, "sqlite_errorcode", None) in BUSY_CODES
            if not busy or time.monotonic() >= deadline:
                return False
        time.sleep(WRITE_LOCK_POLL)


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

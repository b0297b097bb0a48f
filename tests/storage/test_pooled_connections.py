"""A pooled PostgreSQL connection the server ended is replaced at checkout, and a live one
is handed out without a round trip (``storage.engine._check_on_checkout``)."""

from __future__ import annotations

import time

import psycopg
import pytest
from sqlalchemy import event, text

from storage import engine as engines
from storage.engine import make_engine
from tests.databases import _admin_conninfo


def _backend_pid(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return int(conn.scalar(text("SELECT pg_backend_pid()")))


def _terminate(url: str, pid: int) -> None:
    with psycopg.connect(_admin_conninfo(url), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    time.sleep(0.2)  # the goodbye reaches the pooled connection's socket


@pytest.mark.postgres
def test_a_pooled_connection_the_server_ended_is_replaced_before_use(databases) -> None:  # type: ignore[no-untyped-def]
    url = databases.url("postgresql")
    engine = make_engine(url)
    try:
        first = _backend_pid(engine)
        _terminate(url, first)
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT 1")) == 1
            assert conn.scalar(text("SELECT pg_backend_pid()")) != first
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_live_pooled_connection_is_not_pinged_until_it_idled_long(databases, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = databases.url("postgresql")
    engine = make_engine(url)
    pings: list[object] = []
    real_ping = engine.dialect.do_ping

    def counted(dbapi_connection: object) -> bool:
        pings.append(dbapi_connection)
        return bool(real_ping(dbapi_connection))

    monkeypatch.setattr(engine.dialect, "do_ping", counted)
    try:
        pid = _backend_pid(engine)
        assert _backend_pid(engine) == pid and pings == []  # reused, no ping
        monkeypatch.setattr(engines, "PING_AFTER_IDLE", -1.0)  # every pooled one "idled long"
        assert _backend_pid(engine) == pid and len(pings) == 1
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_connection_ended_while_idle_long_is_found_by_the_ping(databases, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Its socket says nothing (the goodbye is read away here): the ping finds it dead."""
    url = databases.url("postgresql")
    engine = make_engine(url)
    monkeypatch.setattr(engines, "_hung_up", lambda _connection: False)
    monkeypatch.setattr(engines, "PING_AFTER_IDLE", -1.0)
    invalidated: list[object] = []
    event.listen(engine, "invalidate", lambda *args: invalidated.append(args))
    try:
        first = _backend_pid(engine)
        _terminate(url, first)
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT pg_backend_pid()")) != first
        assert invalidated
    finally:
        engine.dispose()

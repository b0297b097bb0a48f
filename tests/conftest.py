"""Shared fixtures: databases on both backends, rolled-back sessions, the HTTP world.

- ``session``: a session inside an outer transaction rolled back at the end
  (SQLAlchemy's "joining a session into an external transaction" recipe); runs
  once on SQLite and once on PostgreSQL.
- ``engine``: a fresh migrated database whose commits are real (concurrency tests).
- ``world``: the real bot over HTTP against the Slack stand-in, on a fresh database.
- ``cli_on_engine``: ``engine``, named to the command line run in this process by DATABASE_URL.
- ``scratch_database``: a migrated SQLite file named by DATABASE_URL, for the command line.
- ``slack``: the strict Slack stand-in alone (token ``BOT_TOKEN``), for services
  and jobs driven without HTTP; ``tests.factories.deps_at`` wires them to it.
- ``slack_refusals`` (autouse): every Slack stand-in that lives during a test is
  listened to; a call it refused (HTTP >= 400, ``ok: false``, a lost answer) that
  the test neither injected (``fail``/``fail_always``/``lose_answers``) nor
  declared (``standin.expect_refusal(...)``) fails the test at teardown, and so
  does a declared refusal that never came (``standin/refusals.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot import audit
from standin.refusals import Window
from standin.server import SlackStandIn
from tests.databases import BACKENDS, TemplateDatabases, engine_for, postgres_url
from tests.factories import BOT_TOKEN

# A Wednesday afternoon; tests that care about the clock set their own.
DEFAULT_NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """PostgreSQL cases are never skipped in CI: there a missing TEST_DATABASE_URL is an error."""
    if postgres_url() is not None:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError("CI must set TEST_DATABASE_URL: the suite runs on PostgreSQL too.")
    for item in items:
        params = getattr(item, "callspec", None)
        if params is not None and "postgresql" in params.params.values():
            item.add_marker(pytest.mark.skip(reason="TEST_DATABASE_URL unset (CI always sets it)"))


@pytest.fixture(autouse=True)
def audit_chain_key_forgotten() -> Iterator[None]:
    """``cmsbot`` keeps the settings' chain key process-wide (``audit.use_chain_key``);
    a test that ran it with a key must not leave that key to the next test."""
    yield
    audit.use_chain_key(None)


@pytest.fixture(autouse=True)
def slack_refusals() -> Iterator[Window]:
    """Fails the test when a Slack stand-in refused a call the test did not declare.

    Autouse, so it is set up before and torn down after every other fixture of
    the test: what the bot's background threads send while the world shuts
    down is listened to as well.
    """
    window = Window().open()
    try:
        yield window
    finally:
        report = window.close()
    if report:
        pytest.fail(report, pytrace=False)


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TemplateDatabases]:
    templates = TemplateDatabases(Path(tmp_path_factory.mktemp("databases")))
    yield templates
    templates.drop_all()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def engine(databases: TemplateDatabases, backend: str) -> Iterator[Engine]:
    with engine_for(databases.url(backend)) as engine:
        yield engine


@pytest.fixture(scope="session")
def _shared_engines(databases: TemplateDatabases) -> Iterator[dict[str, Engine]]:
    engines: dict[str, Engine] = {}
    yield engines
    for engine in engines.values():
        engine.dispose()


@pytest.fixture
def session(
    _shared_engines: dict[str, Engine], databases: TemplateDatabases, backend: str
) -> Iterator[Session]:
    if backend not in _shared_engines:
        from storage.engine import make_engine

        _shared_engines[backend] = make_engine(databases.url(backend))
    connection = _shared_engines[backend].connect()
    outer = connection.begin()
    db = Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
    try:
        yield db
    finally:
        db.close()
        outer.rollback()
        connection.close()


@pytest.fixture
def now() -> datetime:
    return DEFAULT_NOW


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    with SlackStandIn(token=BOT_TOKEN) as standin:
        yield standin


@pytest.fixture
def cli_on_engine(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Engine:
    """``engine``, which the ``cmsbot`` command line run in this process (``bot.cli.main``)
    opens too, from a directory with no .env of the checkout's."""
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.chdir("/tmp")
    return engine


@pytest.fixture
def scratch_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh SQLite file migrated by ``cmsbot db upgrade``, named by DATABASE_URL, in a
    working directory without a .env: for tests of the command line as a person runs it."""
    from bot.cli import main

    url = f"sqlite:///{tmp_path / 'cms.sqlite3'}"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    return url


from tests.world import (  # noqa: E402,F401  (fixtures)
    world,
    world_backend,
    world_bot_invited,
    world_default_locale,
    world_evidence_override,
    world_reporting_currency,
)

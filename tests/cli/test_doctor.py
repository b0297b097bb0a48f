"""``cmsbot doctor``: one line per problem with what to do, exit 1 on any; over real HTTP.

The command line is driven as an operator would (``cmsbot doctor --db …``,
settings in the environment) against the Slack stand-in, which answers
``auth.test`` with the token's scopes in ``x-oauth-scopes`` and
``conversations.info`` with ``is_member``, as Slack does
(https://docs.slack.dev/reference/methods/auth.test,
https://docs.slack.dev/reference/methods/conversations.info).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot import scheduler
from bot.cli import main
from bot.cli.doctor import requested_scopes
from bot.deps import Deps
from bot.scheduler import JOBS, Job, build_scheduler, record
from bot.settings import Settings
from standin.server import SlackStandIn
from storage import schema
from storage.engine import make_session_factory
from storage.models import JobRun, OutboxMessage
from tests.databases import BACKENDS, TemplateDatabases, engine_for

TOKEN = "xoxb-doctor"
CHANNEL = "CCONTROL"


@dataclass
class Checkup:
    code: int
    lines: list[str]

    @property
    def problems(self) -> list[str]:
        return [line for line in self.lines if line.startswith("problem: ")]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("CMS_CONTROLLERS_CHANNEL", CHANNEL)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return monkeypatch


def standin(env: pytest.MonkeyPatch, *, invited: bool = True, **options: object) -> SlackStandIn:
    slack = SlackStandIn(token=TOKEN, **options).start()  # type: ignore[arg-type]
    slack.add_channel(CHANNEL, "controllers", members=[slack.bot_user_id] if invited else ())
    env.setenv("SLACK_API_URL", slack.api_url)
    return slack


@pytest.fixture
def healthy_slack(env: pytest.MonkeyPatch) -> Iterator[SlackStandIn]:
    slack = standin(env)
    yield slack
    slack.stop()


@pytest.fixture
def db(databases: TemplateDatabases, backend: str) -> Iterator[tuple[str, Engine]]:
    """A migrated database whose jobs all ran a minute ago and succeeded."""
    url = databases.url(backend)
    with engine_for(url) as engine:
        ran = datetime.now(UTC) - timedelta(minutes=1)
        for job in JOBS:
            record(
                deps_for(engine),
                job.id,
                scheduled_at=ran - timedelta(hours=1),
                started_at=ran,
                finished_at=ran,
                succeeded_at=ran,
            )
        yield url, engine


def deps_for(engine: Engine, clock: object = None) -> Deps:
    return Deps(
        settings=Settings(database_url=str(engine.url)),
        engine=engine,
        sessions=make_session_factory(engine),
        clock=clock or (lambda: datetime.now(UTC)),  # type: ignore[arg-type]
        client=None,  # type: ignore[arg-type]
    )


def doctor(capsys: pytest.CaptureFixture[str], *args: str) -> Checkup:
    code = main(["doctor", *args])
    out = capsys.readouterr().out
    return Checkup(code, out.splitlines())


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_healthy_deployment_passes_every_check(
    healthy_slack: SlackStandIn, db: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    checkup = doctor(capsys, "--db", db[0])

    assert checkup.code == 0, checkup.lines
    assert checkup.lines[-1] == "No problems found."
    assert "ok: token: the bot @cmsbot (UBOT) in Stand-in (T0001)" in checkup.lines
    assert f"ok: scopes: all {len(requested_scopes())} that manifest.yml requests are granted" in (
        checkup.lines
    )
    assert "ok: controllers' channel: #controllers (CCONTROL), the bot is a member" in checkup.lines
    assert f"ok: database: at revision {schema.head_revision()}, the code's" in checkup.lines
    assert "ok: outbox: nothing owed to Slack" in checkup.lines


@pytest.mark.parametrize("backend", ["sqlite"])
def test_doctor_names_a_missing_channel_membership(
    env: pytest.MonkeyPatch, db: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    slack = standin(env, invited=False)
    try:
        checkup = doctor(capsys, "--db", db[0])
    finally:
        slack.stop()

    assert checkup.code == 1
    [problem] = checkup.problems
    assert problem.startswith(
        "problem: The bot is not a member of the controllers' channel #controllers (CCONTROL): "
        "invite it (type `/invite @contacts` in that channel)"
    )
    assert checkup.lines[-1] == "1 problem(s) found."


@pytest.mark.parametrize("backend", ["sqlite"])
def test_doctor_names_the_scopes_the_token_lacks(
    env: pytest.MonkeyPatch, db: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    granted = [s for s in requested_scopes() if s not in ("channels:read", "groups:read")]
    slack = standin(env, granted_scopes=granted)
    slack.expect_refusal("conversations.info", "missing_scope")
    try:
        checkup = doctor(capsys, "--db", db[0])
    finally:
        slack.stop()

    assert checkup.code == 1
    lacks, channel = checkup.problems
    assert lacks.startswith(
        "problem: The token lacks channels:read, groups:read, which manifest.yml requests"
    )
    assert "reinstall the app" in lacks
    assert channel.startswith("problem: Cannot check the controllers' channel CCONTROL")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_doctor_names_a_token_slack_refuses(
    env: pytest.MonkeyPatch, db: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    slack = standin(env)
    env.setenv("SLACK_BOT_TOKEN", "xoxb-revoked")
    slack.expect_refusal("auth.test", "invalid_auth")
    try:
        checkup = doctor(capsys, "--db", db[0])
    finally:
        slack.stop()

    assert checkup.code == 1
    [problem] = checkup.problems
    assert problem.startswith("problem: Slack refuses SLACK_BOT_TOKEN (invalid_auth)")


@pytest.mark.parametrize("backend", BACKENDS)
def test_doctor_names_an_unmigrated_database(
    healthy_slack: SlackStandIn, db: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    url, engine = db
    schema.downgrade(engine, "0005")

    checkup = doctor(capsys, "--db", url)

    assert checkup.code == 1
    assert checkup.problems == [
        f"problem: The database is at revision 0005; the code expects "
        f"{schema.head_revision()}: run `cmsbot db upgrade`."
    ]


def test_doctor_reports_a_missing_database_file_and_does_not_create_it(
    healthy_slack: SlackStandIn, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.sqlite3"

    checkup = doctor(capsys, "--db", str(missing))

    assert checkup.code == 1
    assert checkup.problems == [
        f"problem: No database at {missing}: create it with `cmsbot db upgrade` "
        "(with the same --db or DATABASE_URL)."
    ]
    assert not missing.exists()


def explode(deps: Deps) -> None:
    raise RuntimeError("Slack is on fire\nsecond line")


@pytest.mark.parametrize("backend", BACKENDS)
def test_doctor_lists_refused_posts_the_backlog_and_jobs_that_stopped_or_failed_then_retry(
    healthy_slack: SlackStandIn,
    db: tuple[str, Engine],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, engine = db
    now = datetime.now(UTC)
    with Session(engine) as session, session.begin():
        session.add_all(
            [
                owed("claim:7:post", now - timedelta(hours=2), dead="not_in_channel"),
                owed("claim:8:decision_dm", now - timedelta(hours=1), error="HTTP 503"),
            ]
        )
    deps = deps_for(engine)
    record(
        deps, "nudges", started_at=now - timedelta(hours=3), finished_at=now - timedelta(hours=3)
    )
    monkeypatch.setattr(scheduler, "JOBS", (Job("outbox", "tests.cli.test_doctor:explode", 1),))
    job = build_scheduler(deps).get_job("outbox")
    job.func(*job.args)  # the scheduler's own wrapper: it records the failure

    checkup = doctor(capsys, "--db", url)

    assert checkup.code == 1
    dead, backlog, stopped, failed = checkup.problems
    assert dead.startswith("problem: 1 post to CCONTROL refused since ")
    assert "`not_in_channel` (`claim:7:post`). Invite the bot to CCONTROL" in dead
    assert backlog.startswith("problem: 1 post owed to Slack (`claim:8:decision_dm`)")
    assert "last error: HTTP 503" in backlog
    assert stopped.startswith("problem: The nudges job last ran at ") and "every 5 min" in stopped
    assert failed.startswith("problem: The outbox job failed at ")
    assert "RuntimeError: Slack is on fire" in failed and "second line" not in failed

    assert main(["outbox", "retry", "--db", url]) == 0
    assert "claim:7:post" in capsys.readouterr().out
    after = doctor(capsys, "--db", url)
    assert not [line for line in after.problems if "refused" in line]


def owed(
    key: str, created: datetime, *, dead: str | None = None, error: str | None = None
) -> OutboxMessage:
    return OutboxMessage(
        dedupe_key=key,
        method="claim_to_controllers",
        payload={"claim_id": 7},
        created_at=created,
        next_attempt_at=created,
        attempts=1,
        last_error=error or (f"HTTP 200 {dead}" if dead else None),
        last_channel=CHANNEL,
        dead_at=created + timedelta(seconds=1) if dead else None,
        dead_reason=dead,
    )


def test_every_scheduled_run_is_recorded(db_engine_sqlite: Engine) -> None:
    """Start, finish and success of a real job run, through the scheduler's own wrapper."""
    deps = deps_for(db_engine_sqlite)
    job = build_scheduler(deps).get_job("claims_digest")
    job.func(*job.args)
    with Session(db_engine_sqlite) as session:
        run = session.get(JobRun, "claims_digest")
        assert run is not None and run.started_at is not None
        assert run.succeeded_at == run.finished_at and run.last_error is None
        assert run.instance and ":" in run.instance


@pytest.fixture
def db_engine_sqlite(databases: TemplateDatabases) -> Iterator[Engine]:
    with engine_for(databases.url("sqlite")) as engine:
        yield engine


# -- the audit trail ----------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["sqlite"])
def test_doctor_warns_that_the_chain_key_is_unset_but_passes(
    healthy_slack: SlackStandIn,
    db: tuple[str, Engine],
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """DESIGN.md: "`cmsbot doctor` warns when unset" — a warning, not a failure."""
    from bot import audit

    env.delenv("CMS_AUDIT_CHAIN_KEY", raising=False)
    env.setattr(audit, "_configured", None)
    checkup = doctor(capsys, "--db", db[0])

    assert checkup.code == 0, checkup.lines
    warnings = [line for line in checkup.lines if line.startswith("warning: ")]
    assert any(line.startswith("warning: CMS_AUDIT_CHAIN_KEY is not set") for line in warnings)
    assert any(line.startswith("warning: CMS_AUDIT_SIGNING_KEY is not set") for line in warnings)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_doctor_names_an_audit_channel_without_the_bot_and_a_stale_sealer(
    env: pytest.MonkeyPatch,
    db: tuple[str, Engine],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bot import audit
    from bot.audit.checkpoints import keygen
    from tests.factories import make_rep

    key = tmp_path / "audit.pem"
    keygen(key)
    env.setenv("CMS_AUDIT_CHAIN_KEY", "k" * 32)
    env.setenv("CMS_AUDIT_SIGNING_KEY", str(key))
    env.setenv("CMS_AUDIT_CHANNEL", "CAUDIT")
    slack = standin(env)
    slack.add_channel("CAUDIT", "audit", members=())  # the bot was never invited
    url, engine = db
    with make_session_factory(engine).begin() as session:
        audit.use_chain_key("k" * 32)
        make_rep(session, "UOLD", "Old Event")  # its event written long ago, never sealed
    try:
        checkup = doctor(capsys, "--db", url)
    finally:
        slack.stop()
        audit.use_chain_key(None)

    assert checkup.code == 1
    assert any(
        p.startswith("problem: The bot is not a member of the audit channel #audit (CAUDIT)")
        for p in checkup.problems
    ), checkup.lines
    assert any("audit event(s) are not sealed into the chain" in p for p in checkup.problems), (
        checkup.lines
    )
    assert "warning: No audit checkpoint has been signed yet: run `cmsbot audit checkpoint`." in (
        checkup.lines
    )

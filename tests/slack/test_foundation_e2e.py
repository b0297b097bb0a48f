"""The foundation end to end: signed HTTP in, Web API calls out, refusals that touch nothing.

Everything goes through the ``world`` fixture (the real bot over real HTTP, the
Slack stand-in, a fresh database) or the real ``cmsbot`` entry point.
"""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from sqlalchemy import func, select

from bot.cli import main
from handlers.commands.cms import help_text
from standin.sender import FORM, VERIFICATION_TOKEN
from storage import schema
from storage.models import Base, Rep
from tests.databases import BACKENDS, TemplateDatabases, engine_for
from tests.world import BOT_TOKEN, SIGNING_SECRET, World

USER = "U0REP"
SECRET_NOTES = "discussed-the-confidential-merger"
SECRET_AMOUNT = "987654321"


def get(url: str) -> tuple[int, str, dict[str, Any] | None]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            status, raw, kind = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        status, raw, kind = error.code, error.read(), error.headers
    body = raw.decode()
    is_json = kind.get("Content-Type", "").startswith("application/json")
    return status, body, json.loads(body) if is_json else None


def row_counts(world: World) -> dict[str, int]:
    """Rows in every table: a refused request must leave all of them as they were."""
    with world.db() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def logcontact_body(world: World) -> str:
    """A /logcontact that would record something, in Slack's form encoding."""
    return urlencode(
        {
            "token": VERIFICATION_TOKEN,
            "team_id": "T0001",
            "channel_id": "C1",
            "user_id": USER,
            "command": "/logcontact",
            "text": f"Jane Doe phone yesterday {SECRET_NOTES} pledged {SECRET_AMOUNT}",
            "response_url": world.standin.new_response_url(channel="C1", user=USER),
            "trigger_id": world.standin.new_trigger_id(),
        }
    )


# -- /cms help -----------------------------------------------------------------------


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_signed_cms_help_is_answered_with_the_help_text(world: World) -> None:
    reply = world.slack.command("/cms", "help", user_id=USER)

    assert reply.status == 200
    answer = world.standin.wait_for("response_url", {"url": reply.response_url})
    assert answer.args["response_type"] == "ephemeral"
    assert answer.args["text"] == help_text()
    for command in ("/logcontact", "/client", "/cms help"):
        assert f"`{command}" in answer.args["text"]


def test_help_has_one_line_per_command() -> None:
    lines = [line for line in help_text().splitlines() if line.startswith("• ")]
    commands = [line.split("`")[1].split()[0:2] for line in lines]
    # No command listed twice, and every line says what it does after a dash.
    assert len({" ".join(c) for c in commands}) == len(lines)
    assert all(" — " in line for line in lines)


def test_bare_cms_answers_with_the_help(world: World) -> None:
    reply = world.slack.command("/cms", "", user_id=USER)

    answer = world.standin.wait_for("response_url", {"url": reply.response_url})
    assert answer.args["text"] == help_text()


def test_unknown_cms_subcommand_gets_the_help_naming_it(world: World) -> None:
    reply = world.slack.command("/cms", "frobnicate now", user_id=USER)

    assert reply.status == 200
    answer = world.standin.wait_for("response_url", {"url": reply.response_url})
    text = answer.args["text"]
    assert text.startswith("Unknown command `frobnicate`")
    assert help_text() in text
    assert answer.args["response_type"] == "ephemeral"


# -- signatures ----------------------------------------------------------------------


REFUSALS = {
    "unsigned": {"sign": False},
    "wrongly signed": {"signature": "v0=" + "0" * 64},
    "signed with another secret": {"other_secret": True},
    "six minutes old": {"age": 6 * 60},
}


@pytest.mark.parametrize("how", list(REFUSALS))
def test_badly_signed_or_stale_request_gets_401_and_touches_nothing(world: World, how: str) -> None:
    before = row_counts(world)
    body = logcontact_body(world)
    options = dict(REFUSALS[how])
    if options.pop("other_secret", False):
        from standin.sender import SlackSender

        stamp = int(time.time())
        options["signature"] = SlackSender(world.slack.events_url, "not-the-secret").sign(
            body, stamp
        )
        options["timestamp"] = stamp
    if "age" in options:
        options["timestamp"] = int(time.time()) - options.pop("age")

    reply = world.slack.post(body, FORM, **options)

    assert reply.status == 401
    world.standin.assert_no_call("response_url", within=0.5)
    assert world.standin.calls == []
    assert row_counts(world) == before


def test_request_signed_five_minutes_ago_less_a_little_is_still_accepted(world: World) -> None:
    body = urlencode(
        {
            "command": "/cms",
            "text": "help",
            "user_id": USER,
            "team_id": "T0001",
            "channel_id": "C1",
            "response_url": (url := world.standin.new_response_url(user=USER)),
            "trigger_id": world.standin.new_trigger_id(),
        }
    )
    reply = world.slack.post(body, FORM, timestamp=int(time.time()) - 4 * 60)

    assert reply.status == 200
    world.standin.wait_for("response_url", {"url": url})


# -- health ----------------------------------------------------------------------------


def test_healthz_reports_the_database_as_json(world: World) -> None:
    status, _, body = get(f"{world.base_url}/healthz")

    assert status == 200
    assert body == {"status": "ok", "database": "ok"}


def test_healthz_is_503_when_the_database_is_not_migrated(world: World) -> None:
    schema.downgrade(world.cms.deps.engine, "base")

    status, _, body = get(f"{world.base_url}/healthz")

    assert status == 503
    assert body is not None and body["status"] == "error"
    assert "cmsbot db upgrade" in body["database"]


def test_other_paths_are_404(world: World) -> None:
    status, _, _ = get(f"{world.base_url}/not-here")
    assert status == 404


# -- logs ----------------------------------------------------------------------------------


def request_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "cmsbot.requests"]


def test_each_request_logs_one_line_saying_what_who_outcome_and_duration(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    reply = world.slack.command("/cms", "help", user_id=USER)
    world.standin.wait_for("response_url", {"url": reply.response_url})

    [line] = request_lines(caplog)
    assert line.startswith("command /cms help ")
    assert f"user={USER}" in line
    assert "status=200" in line
    assert line.endswith("ms")


def test_logs_never_hold_notes_amounts_or_secrets(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # what runs in production; DEBUG is an explicit choice
    # Accepted: a stranger logging a contact (refused politely), and /cms with notes in it.
    first = world.slack.command(
        "/logcontact", f"Jane Doe phone yesterday {SECRET_NOTES} {SECRET_AMOUNT}", user_id=USER
    )
    second = world.slack.command("/cms", f"frobnicate {SECRET_NOTES}", user_id=USER)
    world.standin.wait_for("response_url", {"url": first.response_url})
    world.standin.wait_for("response_url", {"url": second.response_url})
    # Refused: the same notes in a badly signed request.
    refused = world.slack.post(logcontact_body(world), FORM, sign=False)
    assert refused.status == 401

    lines = request_lines(caplog)
    assert any(line.startswith("command /logcontact ") for line in lines), lines
    assert any(line.startswith("command /cms frobnicate ") for line in lines), lines
    assert any("status=401" in line for line in lines), lines
    everything = "\n".join(r.getMessage() for r in caplog.records) + caplog.text
    for secret in (SECRET_NOTES, SECRET_AMOUNT, BOT_TOKEN, SIGNING_SECRET):
        assert secret not in everything


# -- the Web API client ---------------------------------------------------------------


def test_web_api_client_waits_out_a_rate_limit_and_retries(world: World) -> None:
    world.standin.fail("chat.postMessage", times=1, retry_after=1)

    started = time.monotonic()
    result = world.cms.deps.client.chat_postMessage(channel="C1", text="hello")

    assert result["ok"] is True
    assert time.monotonic() - started >= 1.0  # honoured Retry-After
    attempts = world.standin.calls_to("chat.postMessage")
    assert [c.status for c in attempts] == [429, 200]


def test_web_api_client_uses_slack_api_url_and_the_bot_token(world: World) -> None:
    world.cms.deps.client.chat_postMessage(channel="C1", text="hello")
    [call] = world.standin.calls_to("chat.postMessage")
    assert call.ok


# -- imports --------------------------------------------------------------------------------

REPS_HEADER = "slack_user_id,name,email,roles,manager_slack_user_id,timezone\n"


@pytest.mark.parametrize("backend", BACKENDS)
def test_import_with_a_bad_row_is_rejected_whole_naming_the_line(
    databases: TemplateDatabases,
    backend: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = databases.url(backend)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", url)
    good = "U0AAA,Ann Able,ann@example.com,rep,,Europe/Zurich\n"
    bad = "U0BBB,Bob Bad,bob@example.com,wizard,,Europe/London\n"
    last = "U0CCC,Cy Cole,cy@example.com,rep;manager,,UTC\n"
    csv = tmp_path / "reps.csv"
    csv.write_text(REPS_HEADER + good + bad + last)

    assert main(["import", "reps", str(csv)]) == 1

    err = capsys.readouterr().err
    assert "line 3:" in err
    assert "line 2:" not in err and "line 4:" not in err
    assert "Nothing was imported" in err
    with engine_for(url) as engine, engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Rep)) == 0

    csv.write_text(REPS_HEADER + good + bad.replace("wizard", "rep") + last)
    assert main(["import", "reps", str(csv)]) == 0
    with engine_for(url) as engine, engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Rep)) == 3

"""``cmsbot serve`` as it runs in production: a real process on gunicorn, spoken to over HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from standin.sender import SlackSender
from standin.server import SlackStandIn
from tests.databases import TemplateDatabases

REPO = Path(__file__).resolve().parents[2]
SIGNING_SECRET = "serve-test-secret"
BOT_TOKEN = "xoxb-serve-test"
SETTING_NAMES = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "SLACK_API_URL",
    "DATABASE_URL",
    "CMS_CONTROLLERS_CHANNEL",
    "CMS_NUDGE_HOUR",
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def process_env(**settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SETTING_NAMES}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(settings)
    return env


def healthz(base_url: str) -> int | None:
    try:
        with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)
    except OSError:
        return None


def wait_until_healthy(process: subprocess.Popen[bytes], base_url: str, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"cmsbot serve exited with {process.returncode}:\n{log.read_text()}")
        if healthz(base_url) == 200:
            return
        time.sleep(0.2)
    pytest.fail(f"cmsbot serve did not become healthy in 60s:\n{log.read_text()}")


def stop(process: subprocess.Popen[bytes]) -> int:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # gunicorn's graceful shutdown
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    return int(process.returncode)


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    with SlackStandIn(token=BOT_TOKEN) as running:
        yield running


def test_serve_answers_signed_cms_help_through_gunicorn(
    databases: TemplateDatabases, standin: SlackStandIn, tmp_path: Path
) -> None:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    env = process_env(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=standin.api_url,
        DATABASE_URL=databases.sqlite_url(),
    )
    command = [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*command, "--workers", "2", "--threads", "4"],
            cwd=tmp_path,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until_healthy(process, base_url, log)
        slack = SlackSender(f"{base_url}/slack/events", SIGNING_SECRET, standin=standin)

        reply = slack.command("/cms", "help", user_id="U0REP")
        assert reply.status == 200, reply.body
        answer = standin.wait_for("response_url", {"url": reply.response_url}, timeout=15)
        assert answer.args["text"].startswith("*Commands*")
        assert "/cms help" in answer.args["text"]

        refused = slack.post("command=/cms&text=help", sign=False)
        assert refused.status == 401
    finally:
        code = stop(process)
    output = log.read_text()
    assert "gunicorn" in output.lower() or "Booting worker" in output, output
    assert "Traceback" not in output, output
    assert code == 0, output


def test_serve_on_an_unmigrated_database_says_to_upgrade_in_one_line(tmp_path: Path) -> None:
    env = process_env(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(free_port())],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "cmsbot db upgrade" in lines[0]
    assert "Traceback" not in done.stderr

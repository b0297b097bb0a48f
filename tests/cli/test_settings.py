"""Settings: environment and .env, and start-up that names what is missing in one line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import SettingsError
from bot.settings import DATABASE_DEFAULT, SLACK_API_DEFAULT, load_settings
from tests.fault_process import run_without_settings

REPO = Path(__file__).resolve().parents[2]


def stderr_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    """What start-up printed, which must be one line (no traceback, no second complaint)."""
    lines = stderr_lines(capsys)
    assert len(lines) == 1, lines
    return lines[0]


# -- reading -------------------------------------------------------------------


def test_defaults_when_nothing_is_set() -> None:
    settings = load_settings(environ={}, env_file=None)
    assert settings.database_url == DATABASE_DEFAULT
    assert settings.api_url == SLACK_API_DEFAULT
    assert settings.nudge_hour == 9
    assert settings.bot_token is None
    assert settings.controllers_channel is None


def test_env_file_is_read(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "SLACK_BOT_TOKEN=xoxb-from-file\n"
        "# a comment\n"
        'CMS_CONTROLLERS_CHANNEL="C0CTRL"\n'
        "CMS_NUDGE_HOUR=7\n"
    )
    settings = load_settings(environ={}, env_file=env_file)
    assert settings.bot_token == "xoxb-from-file"
    assert settings.controllers_channel == "C0CTRL"
    assert settings.nudge_hour == 7


def test_environment_wins_over_env_file(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("SLACK_BOT_TOKEN=xoxb-from-file\nCMS_NUDGE_HOUR=7\n")
    settings = load_settings(
        environ={"SLACK_BOT_TOKEN": "xoxb-from-env", "CMS_NUDGE_HOUR": "10"}, env_file=env_file
    )
    assert settings.bot_token == "xoxb-from-env"
    assert settings.nudge_hour == 10


def test_empty_variable_counts_as_unset(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("SLACK_BOT_TOKEN=xoxb-from-file\nSLACK_APP_TOKEN=\n")
    settings = load_settings(environ={"SLACK_BOT_TOKEN": "  "}, env_file=env_file)
    assert settings.bot_token == "xoxb-from-file"
    assert settings.app_token is None


def test_missing_env_file_is_fine(tmp_path: Path) -> None:
    settings = load_settings(environ={"SLACK_BOT_TOKEN": "x"}, env_file=tmp_path / "absent.env")
    assert settings.bot_token == "x"


def test_api_url_gets_the_trailing_slash_slack_sdk_needs() -> None:
    settings = load_settings(environ={"SLACK_API_URL": "http://127.0.0.1:9999/api"}, env_file=None)
    assert settings.api_url == "http://127.0.0.1:9999/api/"


@pytest.mark.parametrize("hour", ["nine", "24", "-1", "9.5"])
def test_bad_nudge_hour_is_refused_naming_the_setting(hour: str) -> None:
    with pytest.raises(SettingsError, match="CMS_NUDGE_HOUR must be an hour from 0 to 23"):
        load_settings(environ={"CMS_NUDGE_HOUR": hour}, env_file=None)


def test_reporting_time_zone_is_utc_unless_set_and_a_bad_one_is_named() -> None:
    assert load_settings(environ={}, env_file=None).reporting_timezone == "UTC"
    chosen = load_settings(environ={"CMS_REPORTING_TIMEZONE": "America/New_York"}, env_file=None)
    assert chosen.reporting_timezone == "America/New_York"
    with pytest.raises(SettingsError, match="CMS_REPORTING_TIMEZONE must be an IANA time zone"):
        load_settings(environ={"CMS_REPORTING_TIMEZONE": "Mars/Olympus"}, env_file=None)


@pytest.mark.parametrize("hour", ["0", "23", " 6 "])
def test_nudge_hour_accepts_every_hour_of_the_day(hour: str) -> None:
    assert load_settings(environ={"CMS_NUDGE_HOUR": hour}, env_file=None).nudge_hour == int(hour)


# -- start-up --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("present", "missing"),
    [
        ({"SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-test"}, "SLACK_SIGNING_SECRET"),
    ],
)
def test_serve_without_a_required_setting_says_which_in_one_line(
    clean_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    present: dict[str, str],
    missing: str,
) -> None:
    for name, value in present.items():
        monkeypatch.setenv(name, value)
    assert main(["serve", "--port", "0"]) == 1
    line = one_line(capsys)
    assert line.startswith("cmsbot: ")
    assert missing in line


def test_run_without_app_token_says_so_in_one_line(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    assert main(["run"]) == 1
    assert "SLACK_APP_TOKEN" in one_line(capsys)


def test_bad_nudge_hour_stops_start_up_in_one_line(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CMS_NUDGE_HOUR", "25")
    assert main(["serve"]) == 1
    assert "CMS_NUDGE_HOUR" in one_line(capsys)


def test_serve_reads_its_settings_from_env_file(
    clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Tokens from .env get past the settings check; the unmigrated database stops it next.
    (clean_env / ".env").write_text(
        "SLACK_BOT_TOKEN=xoxb-test\n"
        "SLACK_SIGNING_SECRET=secret\n"
        f"DATABASE_URL=sqlite:///{clean_env / 'fresh.sqlite3'}\n"
    )
    assert main(["serve"]) == 1
    assert "cmsbot db upgrade" in one_line(capsys)


def test_unreachable_database_is_one_line_not_a_traceback(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "secret")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{clean_env / 'no-such-dir' / 'x.sqlite3'}")
    assert main(["serve"]) == 1
    assert "DATABASE_URL" in one_line(capsys)


def test_missing_setting_as_a_real_process_prints_no_traceback(tmp_path: Path) -> None:
    serve = [sys.executable, "-m", "bot", "serve", "--port", "0"]
    done = run_without_settings(serve, tmp_path, 60, SLACK_SIGNING_SECRET="secret")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "cmsbot: SLACK_BOT_TOKEN is not set: put it in the environment or in .env."
    ]
    assert done.stdout == ""

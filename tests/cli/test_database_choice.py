"""One way to name the database: ``--db`` everywhere, and no command makes one it was not asked to."""

from __future__ import annotations

import json
import shlex
import sqlite3
from pathlib import Path

import pytest

from bot.cli import demo as demo_book
from bot.cli import main
from tests.fault_process import run_without_settings

REPO = Path(__file__).resolve().parents[2]

# Every command that opens the database, as a newcomer would type it (without --db).
OPENERS = (
    ("export", "claims", "--format", "json"),
    ("export", "interactions"),
    ("export", "audit"),
    ("report", "scorecard", "--period", "2026 Q4"),
    ("report", "roi", "--period", "ytd"),
    ("audit", "verify", "--no-channel"),
    ("audit", "seal"),
    ("audit", "checkpoint", "--no-channel"),
    ("nudge", "--at", "2026-12-01T09:00:00Z", "--dry-run"),
    ("import", "reps", "reps.csv"),
    ("db", "current"),
    ("db", "downgrade"),
    ("outbox", "retry"),
)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("book") / "demo.sqlite3"
    demo_book.create(path)
    return path


@pytest.mark.parametrize("command", OPENERS, ids=" ".join)
def test_every_command_that_opens_the_database_takes_db(
    command: tuple[str, ...], clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = clean_env / "nowhere" / "book.sqlite3"
    assert main([*command, "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert f"There is no database at {missing}" in err
    assert not missing.parent.exists()


@pytest.mark.parametrize("command", OPENERS, ids=" ".join)
def test_no_command_creates_the_default_database_it_was_not_asked_to(
    command: tuple[str, ...], clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(list(command)) == 1
    assert "There is no database at cms.sqlite3" in capsys.readouterr().err
    assert list(clean_env.iterdir()) == []


def test_database_url_is_honoured_when_db_is_not_given(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], book: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{book}")
    assert main(["export", "claims", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)  # the demo's claims, not an empty list


def test_db_upgrade_is_the_one_command_that_creates_it(
    clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = clean_env / "fresh.sqlite3"
    assert main(["db", "upgrade", "--db", str(fresh)]) == 0
    assert fresh.is_file()
    assert main(["db", "current", "--db", str(fresh)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] != "base (empty)"


def test_an_empty_book_is_said_to_be_empty_not_answered_with_nothing(
    clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = clean_env / "fresh.sqlite3"
    assert main(["db", "upgrade", "--db", str(fresh)]) == 0
    capsys.readouterr()
    for command in (["export", "claims", "--format", "json"], ["audit", "verify", "--no-channel"]):
        main([*command, "--db", str(fresh)])
        err = capsys.readouterr().err
        assert f"the database {fresh} is migrated but empty (no reps, no clients)" in err


def test_an_unmigrated_database_is_named_with_the_command_that_fixes_it(
    clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bare = clean_env / "bare.sqlite3"
    sqlite3.connect(bare).close()
    assert bare.is_file()
    assert main(["export", "claims", "--db", str(bare)]) == 1
    err = capsys.readouterr().err
    assert "not created: run `cmsbot db upgrade` first" in err


def test_demo_ends_with_the_exact_commands_for_its_book_and_each_one_works(
    clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = clean_env / "my demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    commands = [
        shlex.split(line.split("#")[0])
        for line in out.splitlines()
        if line.strip().startswith("cmsbot ")
    ]
    verbs = {c[1] for c in commands}
    assert {"console", "export", "report", "audit", "nudge"} <= verbs
    for words in commands:
        assert words[words.index("--db") + 1] == str(path)
        if words[1] == "console":
            continue
        code = main(words[1:])
        printed = capsys.readouterr()
        assert code == 0, (words, printed.err)
        assert printed.out.strip(), words
        assert "empty" not in printed.err
    # Nothing but the book (and SQLite's WAL files beside it): no cms.sqlite3 on the way.
    assert {p.name.split("-")[0] for p in clean_env.iterdir()} == {"my demo.sqlite3"}


def test_scripts_bot_without_settings_creates_no_database_and_prints_one_line(
    tmp_path: Path,
) -> None:
    before = (REPO / "cms.sqlite3").exists()
    done = run_without_settings([str(REPO / "scripts" / "bot")], tmp_path, 120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "cmsbot: SLACK_BOT_TOKEN is not set: put it in the environment or in .env."
    ]
    assert "INFO" not in done.stdout + done.stderr
    assert (REPO / "cms.sqlite3").exists() == before

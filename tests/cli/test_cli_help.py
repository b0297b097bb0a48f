"""Every ``cmsbot`` command and subcommand explains itself with ``--help``."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import build_parser, main

REPO = Path(__file__).resolve().parents[2]


def command_paths(
    parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    """Every command line that reaches a parser: (), ("db",), ("db", "upgrade"), ..."""
    paths = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths.extend(command_paths(sub, (*prefix, name)))
    return paths


def help_strings(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    """Each subcommand's one-line help, as listed by its parent."""
    found: dict[str, str | None] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                found[choice.dest] = choice.help
    return found


PATHS = command_paths(build_parser())


def test_the_design_commands_all_exist() -> None:
    names = {" ".join(path) for path in PATHS}
    expected = {"run", "serve", "db upgrade", "import", "export", "nudge", "audit verify"}
    assert expected <= names


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(path) or "cmsbot")
def test_every_command_has_help(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*path, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: cmsbot {' '.join(path)}".rstrip())


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(path) or "cmsbot")
def test_every_subcommand_is_described_by_its_parent(path: tuple[str, ...]) -> None:
    parser = build_parser()
    for word in path:
        parser = next(
            action.choices[word]
            for action in parser._actions
            if isinstance(action, argparse._SubParsersAction)
        )
    for name, text in help_strings(parser).items():
        assert text, f"`cmsbot {' '.join((*path, name))}` has no one-line help"


def test_help_runs_as_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    assert "serve" in done.stdout
    assert done.stderr == ""

"""``cmsbot console`` driven by a script on standard input, read back as the user would see it."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from bot.cli import demo as demo_book
from bot.console import session as terminal

SCRIPT = """\
/logcontact Kavya Ashford lunch today, deposit 2m USD
:tick 2026-12-01T09:00
:as Chloé Martin
:channel
1

Custodian confirmed the wire by phone; the feed lags.
Funds seen at the custodian.
:as Margaret Hale
/cms scorecard
:quit
"""


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    demo_book.create(path)
    return path


def run(demo_file: Path, tmp_path: Path, script: str, *args: str) -> str:
    copy = tmp_path / "console.sqlite3"
    shutil.copy(demo_file, copy)
    out = io.StringIO()
    code = terminal.main(["--db", str(copy), *args], io.StringIO(script), out)
    assert code == 0
    return out.getvalue()


def test_scripted_session_logs_sees_the_nudge_approves_and_reads_the_scorecard(
    demo_file: Path, tmp_path: Path
) -> None:
    text = run(demo_file, tmp_path, SCRIPT, "--as", "UREP1")
    logged, rest = text.split(":tick 2026-12-01T09:00", 1)
    assert "Logged in person contact with Kavya Ashford" in logged
    assert "deposit USD 2,000,000.00 — pending" in logged
    ticked, rest = rest.split(":as Chloé Martin", 1)
    assert "→ Oliver Grant:" in ticked
    assert "Good morning" in ticked and "need a contact" in ticked
    channel, rest = rest.split(":as Margaret Hale", 1)
    assert "[1] Approve  [2] Reject" in channel
    assert "## Approuver la déclaration ##" in channel  # her modal: Chloé reads French
    assert "Approved* by Chloé Martin" in channel
    # No booking behind it yet: approved by override, and the post says so with the reason.
    assert "*Override* — approved without a booking" in channel
    assert "Custodian confirmed the wire by phone" in channel
    assert "\x1b[" not in text  # plain lines when standard input is not a terminal
    assert "Scorecards — your team" in rest
    assert "Oliver Grant" in rest


def test_unknown_user_and_button_are_explained_not_fatal(demo_file: Path, tmp_path: Path) -> None:
    text = run(demo_file, tmp_path, ":as Nobody Here\n7\n:clock\n")
    assert "No user 'Nobody Here'" in text
    assert "Nothing numbered 7 on screen" in text
    assert "2026-11-30T16:00:00+00:00" in text


def test_the_forms_client_is_found_by_name_and_a_wrong_choice_is_asked_again(
    demo_file: Path, tmp_path: Path
) -> None:
    # The client field is a type-ahead: the typed name goes to the bot's options
    # listener; two Kavyas are offered and the first is picked (Enter keeps the other nine
    # fields as they are: the private-notes box, the running initiative). "by owl" is not a
    # channel: said so, and the field is asked again when the form comes back.
    script = "/logcontact\nKavya\n1\n\n\nby owl\nRollover call\n" + "\n" * 9 + "2\n:quit\n"
    text = run(demo_file, tmp_path, script, "--as", "UREP1")
    assert "1. Kavya Ashford (DC-001)" in text and "2. Kavya Rahman (DC-042)" in text
    assert "! not one of the choices" in text
    assert "! Pick how the contact happened." in text
    assert "Logged phone contact with Kavya Ashford." in text

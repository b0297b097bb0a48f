"""The console shows all of it: labels as Slack shows them, every listed message pressable,
pages back, a field cleared, logs and charts in files, and the real prompt under a terminal."""

from __future__ import annotations

import base64
import io
import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bot.cli import demo as demo_book
from bot.console import listing
from bot.console import session as terminal
from bot.console.view import ask_fields
from standin.values import values_for

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    demo_book.create(path)
    return path


def copy_of(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "console.sqlite3"
    shutil.copy(demo_file, copy)
    return copy


def run(book: Path, tmp_path: Path, script: str, *args: str) -> str:
    out = io.StringIO()
    argv = ["--db", str(book), "--files", str(tmp_path / "files"), *args]
    assert terminal.main(argv, io.StringIO(script), out) == 0
    return out.getvalue()


def pressable_numbers(listing: str) -> list[int]:
    """Message numbers in a listing whose message shows numbered buttons."""
    found = []
    for part in re.split(r"^-{60}$", listing, flags=re.M):
        head = re.match(r"\s*#(\d+)\n", part)
        if head and re.search(r"\[1\] ", part):
            found.append(int(head.group(1)))
    return found


def test_an_older_pending_claim_is_approved_from_a_page_back(
    demo_file: Path, tmp_path: Path
) -> None:
    book = copy_of(demo_file, tmp_path)
    first = run(book, tmp_path, ":channel\n:channel 2\n:channel 99\n:quit\n", "--as", "UCTL1")
    page1, page2 = first.split("> :channel 2", 1)
    assert "page 1 of" in page1 and "page 2 of" in page2
    assert "Say a page from 1 (the newest)" in page2
    older = pressable_numbers(page1)[0]  # not the newest: plain numbers press that one
    script = f":channel\n:channel 2\n{older}.1\n\nFunds seen.\n:quit\n"
    text = run(book, tmp_path, script, "--as", "UCTL1")
    pressed = text.split(f"> {older}.1", 1)[1]
    assert "## Approuver la déclaration ##" in pressed  # her modal: Chloé reads French (fr-FR)
    assert "Approved* by Chloé Martin" in pressed
    # The next session shows the same channel (not an empty one): its messages are kept.
    again = run(book, tmp_path, ":channel\n:quit\n", "--as", "UCTL1")
    assert f"#{older}\n" in again and "no messages" not in again


def test_snooze_choices_are_offered_by_their_labels_and_picked_by_one(
    demo_file: Path, tmp_path: Path
) -> None:
    book = copy_of(demo_file, tmp_path)
    text = run(book, tmp_path, ":tick 2026-12-01T09:00\n:dms\n2\n:quit\n", "--as", "UREP1")
    asked = text.split("> 2\n", 1)[1]
    assert "1 = Snooze 7 days; 2 = Snooze 14 days; 3 = Snooze 30 days" in asked
    assert not re.search(r"\d+=\d+:\d+", asked)  # no raw option values
    picked = run(book, tmp_path, ":dms\n:press 2 Snooze 14 days\n:quit\n", "--as", "UREP1")
    assert "Say which" not in picked.split(":press 2", 1)[1]


def test_logs_go_to_a_file_and_an_uploaded_chart_is_saved_as_a_png(
    demo_file: Path, tmp_path: Path
) -> None:
    book = copy_of(demo_file, tmp_path)
    text = run(book, tmp_path, "/cms scorecard chart\n:quit\n", "--as", "UMGR")
    saved = re.search(r"\] saved to (\S+\.png)$", text, flags=re.M)
    assert saved, text[-2000:]
    assert Path(saved.group(1)).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    log = tmp_path / "files" / "console.log"
    assert "command /cms scorecard" in log.read_text()
    assert not re.search(r"\b(INFO|WARNING|DEBUG)\b", text)


def test_users_shows_roles_zone_and_language(demo_file: Path, tmp_path: Path) -> None:
    text = run(copy_of(demo_file, tmp_path), tmp_path, ":users\n:quit\n")
    rows = {line.split()[0]: line for line in text.splitlines() if line.startswith("  U")}
    assert "manager" in rows["UMGR"] and "Europe/London" in rows["UMGR"]
    assert "controller" in rows["UCTL1"] and "fr-FR" in rows["UCTL1"]
    assert "admin" in rows["UADM"]
    assert "assistant (for Dan Walker, Oliver Grant)" in rows["UASST"]
    for user, role in (("UMKT", "marketing"), ("USVC", "service"), ("UCMP", "compliance")):
        assert role in rows[user]
    assert "banker" in rows["UBNK"] and "America/New_York" in rows["UBNK"]


def test_a_typed_form_value_can_be_cleared() -> None:
    view: dict[str, Any] = {
        "type": "modal",
        "blocks": [
            {
                "type": "input",
                "block_id": "notes",
                "label": {"type": "plain_text", "text": "Notes"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": "notes",
                    "initial_value": "typo",
                },
            }
        ],
    }
    said: list[str] = []
    answers = ask_fields(view, {}, {}, ask=lambda _prompt: ":clear", say=said.append)
    assert answers == {"notes": None}
    assert values_for(view, answers)["notes"]["notes"]["value"] is None  # what Slack sends


def read_until(fd: int, wanted: bytes, seen: bytearray, *, within: float = 90.0) -> None:
    deadline = time.monotonic() + within
    while wanted not in seen:
        assert time.monotonic() < deadline, bytes(seen[-2000:])
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen.extend(chunk)
    assert wanted in seen, bytes(seen[-2000:])


def test_the_interactive_prompt_runs_under_a_pseudo_terminal(
    demo_file: Path, tmp_path: Path
) -> None:
    book = copy_of(demo_file, tmp_path)
    main_fd, child_fd = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(tmp_path), "TERM": "xterm"}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "console", "--db", str(book), "--as", "UREP1"]
        + ["--files", str(tmp_path / "files")],
        stdin=child_fd,
        stdout=child_fd,
        stderr=child_fd,
        env=env,
        cwd=tmp_path,
    )
    os.close(child_fd)
    seen = bytearray()
    try:
        read_until(main_fd, b"(UREP1)>", seen)
        os.write(main_fd, b"/client Kavya Ashford\r")
        read_until(main_fd, b"DC-001", seen)
        os.write(main_fd, b":quit\r")
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
        os.close(main_fd)
    assert b"\x1b[" in seen  # prompt_toolkit drew the prompt: the terminal path, not plain lines
    assert (tmp_path / ".cmsbot_history").read_text().count("/client Kavya Ashford") == 1


def test_the_newcomers_journey_is_checked_by_export_and_audit_verify_on_the_same_book(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    book = copy_of(demo_file, tmp_path)
    script = (
        "/logcontact Kavya Ashford lunch today, deposit 2m USD\n"
        ":tick 2026-12-01T09:00\n:as Chloé Martin\n:channel\n:channel 2\n:quit\n"
    )
    text = run(book, tmp_path, script, "--as", "UREP1")
    assert "Logged in person contact with Kavya Ashford" in text
    assert "→ Oliver Grant:" in text
    listing = text.split("> :channel", 1)[1]
    with_evidence = next(
        number
        for number in pressable_numbers(listing)
        if "Possible matches" in listing.split(f"#{number}\n", 1)[1].split("-" * 60, 1)[0]
    )
    # The next session: the claim with matching activity approved with that booking (the
    # form offers it), then the manager's scorecard with its chart.
    script = (
        f":channel\n:channel 2\n{with_evidence}.1\n\n\nFunds seen at the custodian.\n"
        ":as Margaret Hale\n/cms scorecard chart\n:quit\n"
    )
    text = run(book, tmp_path, script, "--as", "UCTL1")
    assert "Approved* by Chloé Martin" in text and "*Evidence:* `TX-" in text
    assert "Override" not in text.split("Approved* by Chloé Martin", 1)[1].split("-" * 60)[0]
    assert re.search(r"\] saved to \S+\.png$", text, flags=re.M)
    capsys.readouterr()
    assert main(["export", "claims", "--db", str(book), "--format", "json"]) == 0
    claims = json.loads(capsys.readouterr().out)
    decided_now = [c for c in claims if c["decision_note"] == "Funds seen at the custodian."]
    assert [(c["status"], c["decided_by"]) for c in decided_now] == [("verified", "UCTL1")]
    assert any(c["status"] == "pending" and c["amount"] == "2000000.00" for c in claims)
    assert main(["audit", "verify", "--db", str(book), "--no-channel"]) == 0
    assert "chain intact" in capsys.readouterr().out


PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 8000  # 10,680 base64 characters: three chunks


def test_a_chart_is_drawn_inline_by_terminals_that_show_images() -> None:
    """iTerm2's inline-image sequence for iTerm2 and WezTerm, kitty's graphics
    protocol in base64 chunks of at most 4,096 bytes for kitty, nothing elsewhere."""
    iterm = listing.inline_image(PNG, {"TERM_PROGRAM": "iTerm.app"})
    assert iterm is not None and iterm.startswith("\x1b]1337;File=inline=1;size=8008;")
    assert base64.b64decode(iterm.split(":", 1)[1].rstrip("\x07")) == PNG
    kitty = listing.inline_image(PNG, {"TERM": "xterm-kitty"})
    assert kitty is not None
    chunks = re.findall(r"\x1b_G([^;]*);([^\x1b]*)\x1b\\", kitty)
    assert [keys for keys, _ in chunks] == ["f=100,a=T,m=1", "m=1", "m=0"]
    assert all(len(data) <= 4096 for _, data in chunks)
    assert base64.b64decode("".join(data for _, data in chunks)) == PNG
    assert listing.inline_image(PNG, {"TERM": "xterm-256color"}) is None
    assert listing.inline_image(b"%PDF-1.7", {"TERM_PROGRAM": "iTerm.app"}) is None


def test_a_chart_is_drawn_only_on_a_terminal_never_into_a_pipe(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM_PROGRAM", "iTerm.app")
    book = copy_of(demo_file, tmp_path)
    text = run(book, tmp_path, "/cms scorecard chart\n:quit\n", "--as", "UMGR")
    assert re.search(r"\] saved to (\S+\.png)$", text, flags=re.M), text[-2000:]
    assert "\x1b]1337" not in text  # StringIO is not a terminal: the path alone

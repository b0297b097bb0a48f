"""The console's listings: a channel a page at a time, the people in the book, saved uploads.

A listing numbers every message by its place in the channel (#1 the oldest), so
the same message keeps its number on every page and any listed message's
buttons can be pressed (``M.N``), not only the newest one's.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.console.view import Shown
from standin.blockkit_text import controls, render
from standin.workspace import Message, UploadedFile

PAGE = 10


@dataclass
class Listing:
    lines: list[str] = field(default_factory=list)
    pressable: dict[int, Shown] = field(default_factory=dict)
    error: str | None = None


def page_of(
    messages: Sequence[Message], channel: str, page_text: str, *, names: dict[str, str]
) -> Listing:
    """Page ``page_text`` (1, the default, is the newest ten) of ``messages``, oldest first."""
    pages = max(1, -(-len(messages) // PAGE))
    page = int(page_text) if page_text.isdigit() else 1 if not page_text else 0
    if not 1 <= page <= pages:
        return Listing(error=f"Say a page from 1 (the newest) to {pages}, not {page_text!r}.")
    end = len(messages) - (page - 1) * PAGE
    start = max(0, end - PAGE)
    listing = Listing()
    title = "#controllers" if channel.startswith("C") else "your DMs"
    older = f"; :{'channel' if channel.startswith('C') else 'dms'} {page + 1} for older"
    listing.lines.append(
        f"== {title}: messages #{start + 1}–#{end} of {len(messages)} "
        f"(page {page} of {pages}{older if page < pages else ''}) =="
        if messages
        else f"== {title}: no messages =="
    )
    for number, message in enumerate(messages[start:end], start + 1):
        listing.lines += ["-" * 60, f"#{number}"]
        listing.lines.append(render(message.blocks, users=names, text=message.text))
        if controls(message.blocks):
            listing.pressable[number] = Shown(
                message.blocks, message={**message.as_dict(), "channel": channel}
            )
    return listing


def people_lines(session: Session) -> list[str]:
    """One line a person: id, name, roles (an assistant's reps), zone, language."""
    from storage.models import Delegate, Rep

    reps = list(session.scalars(select(Rep).order_by(Rep.id)))
    by_id = {rep.id: rep for rep in reps}
    serves: dict[int, list[str]] = {}
    for row in session.scalars(select(Delegate)):
        serves.setdefault(row.assistant_id, []).append(by_id[row.rep_id].name)
    rows = []
    for rep in reps:
        roles = ", ".join(sorted(rep.roles)) or "-"
        if rep.id in serves:
            roles += f" (for {', '.join(sorted(serves[rep.id]))})"
        language = rep.language or f"{rep.locale} (Slack)"
        rows.append((rep.slack_user_id, rep.name, roles, rep.timezone, language))
    wide = max([len("roles"), *(len(row[2]) for row in rows)])
    lines = [f"  {'id':8} {'name':20} {'roles':{wide}} {'time zone':20} language"]
    lines += [f"  {u:8} {n:20} {r:{wide}} {z:20} {lang}" for u, n, r, z, lang in rows]
    return lines


def save_upload(upload: UploadedFile, *, folder: Path) -> Path:
    """Write an uploaded file's bytes under ``folder``; returns the path (``.png`` for charts)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(upload.filename or "file").stem).strip("-")
    suffix = Path(upload.filename or "").suffix or _suffix(upload.content)
    path = folder / f"{upload.id}-{stem or 'file'}{suffix}"
    path.write_bytes(upload.content)
    return path


def _suffix(content: bytes) -> str:
    return ".png" if content.startswith(b"\x89PNG\r\n\x1a\n") else ""


def inline_image(content: bytes, environ: Mapping[str, str]) -> str | None:
    """The escape sequence that draws a PNG in the terminal, when the terminal can.

    iTerm2 and WezTerm read iTerm2's inline-image sequence (``OSC 1337 ; File=``,
    https://iterm2.com/documentation-images.html); kitty reads its graphics
    protocol, base64 in chunks of at most 4,096 bytes
    (https://sw.kovidgoyal.net/kitty/graphics-protocol/). Any other terminal: None,
    and the saved file's path is all the user gets.
    """
    if not content.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    data = base64.b64encode(content).decode("ascii")
    if environ.get("TERM") == "xterm-kitty" or environ.get("KITTY_WINDOW_ID"):
        chunks = [data[i : i + 4096] for i in range(0, len(data), 4096)]
        parts = []
        for n, chunk in enumerate(chunks):
            more = 1 if n < len(chunks) - 1 else 0
            keys = f"f=100,a=T,m={more}" if n == 0 else f"m={more}"
            parts.append(f"\x1b_G{keys};{chunk}\x1b\\")
        return "".join(parts)
    if (
        environ.get("TERM_PROGRAM") in ("iTerm.app", "WezTerm")
        or environ.get("LC_TERMINAL") == "iTerm2"
    ):
        return f"\x1b]1337;File=inline=1;size={len(content)};preserveAspectRatio=1:{data}\x07"
    return None

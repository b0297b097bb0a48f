"""The rep's part of the App Home: every client needing a contact, with Log and Snooze.

``handlers.home.role_home`` owns the ``app_home_opened`` listener and composes
the Home tab by role; it calls ``rep_home_blocks`` for a rep's part, so the
list here is the nudge's list in full, built by the same block builders.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.cadence import worklist_for
from handlers.blocks.nudges import home_blocks
from storage.models import Rep

# Clients shown with buttons; the rest are listed as text (a Home view holds 100 blocks).
INTERACTIVE = 20


def rep_home_blocks(
    *, session: Session, rep: Rep, now: datetime, interactive: int = INTERACTIVE
) -> list[dict[str, Any]]:
    """Blocks for ``rep``'s overdue clients and due follow-ups, most overdue first."""
    worklist = worklist_for(session, rep_id=rep.id, timezone=rep.timezone, now=now)
    return home_blocks(worklist, interactive=interactive)


def home_view(*, session: Session, rep: Rep, now: datetime) -> dict[str, Any]:
    """A Home view holding only the rep's list (when no role-aware Home is installed)."""
    return {"type": "home", "blocks": rep_home_blocks(session=session, rep=rep, now=now)}

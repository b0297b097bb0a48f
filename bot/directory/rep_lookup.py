"""Looking up reps by Slack user id or name."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import messages
from bot.errors import RepNotFound
from storage.models import Rep


def get_rep_by_slack_id(session: Session, slack_user_id: str) -> Rep:
    rep = session.scalar(
        select(Rep).where(Rep.slack_user_id == slack_user_id, Rep.active.is_(True))
    )
    if rep is None:
        raise RepNotFound(messages.NOT_A_REP)
    return rep


def find_rep(session: Session, text: str) -> Rep:
    """A rep by mention (``<@U123|name>``), Slack user id or exact name (case-insensitive)."""
    token = text.strip()
    if token.startswith("<@") and token.endswith(">"):
        token = token[2:-1].split("|", 1)[0]
    token = token.lstrip("@")
    rep = session.scalar(select(Rep).where(Rep.slack_user_id == token))
    if rep is None:
        rep = session.scalar(select(Rep).where(func.lower(Rep.name) == token.lower()))
    if rep is None:
        raise RepNotFound(
            f"No rep is known as {text.strip()!r}; use an @mention or their Slack user id."
        )
    return rep

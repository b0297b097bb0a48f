"""Finding reps and clients by the ids people and files use, with a message saying what to do."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.errors import ClientNotFound, RepNotFound
from storage.models import Client, Rep


def get_rep(session: Session, slack_user_id: str) -> Rep:
    rep = session.scalar(select(Rep).where(Rep.slack_user_id == slack_user_id))
    if rep is None:
        raise RepNotFound(f"unknown rep {slack_user_id}; add them first (cmsbot import reps).")
    return rep


def reps_by_slack_id(session: Session, slack_user_ids: list[str]) -> list[int]:
    """Rep ids in the order given (one query); raises ``RepNotFound`` naming an unknown one."""
    if not slack_user_ids:
        return []
    found = {
        slack_user_id: rep_id
        for slack_user_id, rep_id in session.execute(
            select(Rep.slack_user_id, Rep.id).where(Rep.slack_user_id.in_(slack_user_ids))
        )
    }
    for slack_user_id in slack_user_ids:
        if slack_user_id not in found:
            get_rep(session, slack_user_id)  # raises, with the message
    return [found[slack_user_id] for slack_user_id in slack_user_ids]


def get_client(session: Session, external_id: str) -> Client:
    client = session.scalar(select(Client).where(Client.external_id == external_id))
    if client is None:
        raise ClientNotFound(f"unknown client {external_id}; add it first (cmsbot import clients).")
    return client

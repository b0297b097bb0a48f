"""Owing a Slack post: a row in the outbox, kept in the database until delivered.

Services enqueue a *what* (``kind`` and ids), never a Slack payload; the
delivery job (``bot.delivery.outbox``) renders the current state when it
sends, so a post retried after an outage shows what is true then. The unique
``dedupe_key`` makes enqueueing the same post twice a no-op.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import OutboxMessage
from storage.written import InsertUnlessTaken


def enqueue(
    session: Session, *, kind: str, dedupe_key: str, data: dict[str, Any], now: datetime
) -> OutboxMessage:
    """Owe one post; returns the existing row when ``dedupe_key`` was enqueued before."""
    existing = session.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == dedupe_key))
    if existing is not None:
        return existing
    message = OutboxMessage(
        dedupe_key=dedupe_key,
        method=kind,
        payload=data,
        created_at=now,
        next_attempt_at=now,
        attempts=0,
    )
    session.add(message)
    session.flush()
    return message


# Built once per dialect (SQLite, PostgreSQL): a key owed before keeps its row.
_OWE = InsertUnlessTaken(OutboxMessage, "dedupe_key")


def owe(
    session: Session, *, kind: str, dedupe_key: str, data: dict[str, Any], now: datetime
) -> None:
    """``enqueue`` for a caller that needs no row back: one ``INSERT … ON CONFLICT (dedupe_key)
    DO NOTHING``, so a key owed before (or by a racing transaction) is still owed once."""
    session.execute(
        _OWE.for_(session),
        {
            "dedupe_key": dedupe_key,
            "method": kind,
            "payload": data,
            "created_at": now,
            "next_attempt_at": now,
            "attempts": 0,
        },
    )

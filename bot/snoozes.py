"""Snoozing a client off a rep's nudge for 7, 14 or 30 days.

A snooze belongs to one rep and one client: it hides the client from that
rep's overdue list until ``until``, and ends early when anyone logs a contact
with the client (``bot.contacts`` sets ``ended_at``). It never hides the
client from a manager's escalation: snoozing defers a reminder, it does not
excuse the client from the cadence.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import access, audit
from bot.errors import ClientNotFound, InvalidInput
from storage.models import Client, Rep, Snooze

SNOOZE_DAYS = (7, 14, 30)


def snooze_client(
    session: Session, *, actor: Rep, client_id: int, days: int, now: datetime
) -> Snooze:
    """Snooze ``client_id`` for ``actor`` until ``now + days``; a running snooze is moved.

    Raises ``InvalidInput`` for a length other than 7, 14 or 30 days,
    ``ClientNotFound`` for an unknown client and ``NotCovered`` when the actor
    may not see the client (a forged button value lands here).
    """
    if days not in SNOOZE_DAYS:
        choices = ", ".join(str(d) for d in SNOOZE_DAYS)
        raise InvalidInput(f"A snooze lasts {choices} days, not {days}.")
    client = session.get(Client, client_id)
    if client is None or not client.active:
        raise ClientNotFound("That client no longer exists in the book.")
    access.require_can_see_client(session, actor=actor, client=client)

    until = now + timedelta(days=days)
    running = active_snooze(session, rep_id=actor.id, client_id=client.id, now=now)
    if running is not None:
        before = audit.snapshot(running)
        running.until = until
        session.flush()
        audit.record(
            session,
            actor=actor.slack_user_id,
            action="update",
            entity=running,
            before=before,
            now=now,
        )
        return running
    snooze = Snooze(rep_id=actor.id, client_id=client.id, created_at=now, until=until)
    session.add(snooze)
    session.flush()
    audit.record(session, actor=actor.slack_user_id, action="create", entity=snooze, now=now)
    return snooze


def active_snooze(session: Session, *, rep_id: int, client_id: int, now: datetime) -> Snooze | None:
    """The rep's running snooze on the client, if any (not ended, not yet expired)."""
    return session.scalar(
        select(Snooze)
        .where(
            Snooze.rep_id == rep_id,
            Snooze.client_id == client_id,
            Snooze.ended_at.is_(None),
            Snooze.until > now,
        )
        .order_by(Snooze.until.desc())
        .limit(1)
    )


def active_snoozes(session: Session, *, rep_id: int, now: datetime) -> list[Snooze]:
    """Every running snooze of the rep, soonest to expire first."""
    return list(
        session.scalars(
            select(Snooze)
            .where(Snooze.rep_id == rep_id, Snooze.ended_at.is_(None), Snooze.until > now)
            .order_by(Snooze.until, Snooze.client_id)
        )
    )


__all__ = ["SNOOZE_DAYS", "active_snooze", "active_snoozes", "snooze_client"]

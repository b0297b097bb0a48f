"""Snoozing a client off a rep's nudge for 7, 14 or 30 days.

A snooze belongs to one rep and one client: it hides the client from that
rep's overdue list until ``until``, and ends early when anyone logs a contact
with the client (``bot.contacts`` sets ``ended_at``). It never hides the
client from a manager's escalation: snoozing defers a reminder, it does not
excuse the client from the cadence.

Exactly once: the database holds at most one open snooze per rep and client
(the partial unique index ``uq_snoozes_open``, migration 0005), so a replayed
or double-clicked snooze cannot make a second one on any backend; the loser of
a race finds the winner's snooze and is told the same "snoozed until …".
Moving a running snooze is one conditional ``UPDATE … WHERE until = <seen>``
whose row count decides, so two clicks never both move it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from babel.lists import format_list
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import audit
from bot.directory import access
from bot.errors import CmsError, InvalidInput
from bot.i18n import _, current
from bot.messages.cadence import day_count
from bot.messages.formatting import number
from storage.models import Rep, Snooze

SNOOZE_DAYS = (7, 14, 30)
# A click asking for an end this close to the running snooze's is the same click
# again (a replay, a double click): the snooze stays as it is.
SAME_CLICK = timedelta(hours=1)
# Each lost race means someone else's click changed the snooze; a handful is plenty.
ATTEMPTS = 5


def snooze_client(
    session: Session, *, actor: Rep, client_id: int, days: int, now: datetime
) -> Snooze:
    """Snooze ``client_id`` for ``actor`` until ``now + days``; a running snooze is moved.

    The same click twice (or three clicks at once) leaves one snooze and
    returns it each time. Raises ``InvalidInput`` for a length other than 7, 14
    or 30 days, ``ClientNotFound`` for an unknown client and ``NotYours`` when
    the actor may not see the client (a forged button value lands here; the
    refusal does not name the client).
    """
    if days not in SNOOZE_DAYS:
        # "7, 14, or 30 days": the noun agrees with the last figure, as each language says it.
        *others, last = SNOOZE_DAYS
        choices = format_list(
            [number(d) for d in others] + [day_count(last)], style="or", locale=current()
        )
        raise InvalidInput(
            _("A snooze lasts {choices}, not {days}.").format(choices=choices, days=day_count(days))
        )
    access.require_may_record(actor)  # compliance reads, it never snoozes a client
    client = access.client_from_value(session, actor=actor, client_id=client_id)
    until = now + timedelta(days=days)
    _close_expired(session, actor=actor, client_id=client.id, now=now)
    for _attempt in range(ATTEMPTS):
        running = _open_snooze(session, rep_id=actor.id, client_id=client.id)
        if running is None:
            created = _create(session, actor=actor, client_id=client.id, until=until, now=now)
            if created is not None:
                return created
            continue  # a concurrent click created it first: look at theirs
        if abs(running.until - until) < SAME_CLICK:
            return running
        if _move(session, actor=actor, snooze=running, until=until, now=now):
            return running
    raise SnoozeContended(_("That snooze is being changed elsewhere right now; please try again."))


class SnoozeContended(CmsError):
    """Other clicks kept changing the snooze while this one tried to."""


def _open_snooze(session: Session, *, rep_id: int, client_id: int) -> Snooze | None:
    """The rep's one open snooze on the client, as committed now (fresh, not cached)."""
    return session.scalar(
        select(Snooze)
        .where(Snooze.rep_id == rep_id, Snooze.client_id == client_id, Snooze.ended_at.is_(None))
        .execution_options(populate_existing=True)
    )


def _create(
    session: Session, *, actor: Rep, client_id: int, until: datetime, now: datetime
) -> Snooze | None:
    """Insert the open snooze, or ``None`` when the unique index says one already exists."""
    snooze = Snooze(rep_id=actor.id, client_id=client_id, created_at=now, until=until)
    try:
        with session.begin_nested():
            session.add(snooze)
            session.flush()
    except IntegrityError:
        return None
    audit.record_by(session, actor, "create", snooze, now=now)
    return snooze


def _move(session: Session, *, actor: Rep, snooze: Snooze, until: datetime, now: datetime) -> bool:
    """Move the running snooze's end, if nobody moved or ended it since it was read."""
    before = audit.snapshot(snooze)
    result = session.execute(
        update(Snooze)
        .where(Snooze.id == snooze.id, Snooze.ended_at.is_(None), Snooze.until == snooze.until)
        .values(until=until)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    session.refresh(snooze)
    audit.record_by(session, actor, "update", snooze, before=before, now=now)
    return True


def _close_expired(session: Session, *, actor: Rep, client_id: int, now: datetime) -> None:
    """End the rep's expired, still-open snoozes on the client at their ``until``.

    An expired snooze hides nothing, but it is still *open* to the unique index;
    closing it lets a new snooze start. Each close is conditional, so two
    clicks close (and audit) it once.
    """
    expired = session.scalars(
        select(Snooze).where(
            Snooze.rep_id == actor.id,
            Snooze.client_id == client_id,
            Snooze.ended_at.is_(None),
            Snooze.until <= now,
        )
    ).all()
    for snooze in expired:
        before = audit.snapshot(snooze)
        result = session.execute(
            update(Snooze)
            .where(Snooze.id == snooze.id, Snooze.ended_at.is_(None))
            .values(ended_at=Snooze.until)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            continue
        session.refresh(snooze)
        audit.record_by(session, actor, "expire_snooze", snooze, before=before, now=now)


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


__all__ = ["SNOOZE_DAYS", "SnoozeContended", "active_snooze", "active_snoozes", "snooze_client"]

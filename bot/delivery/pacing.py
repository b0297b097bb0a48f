"""Posts at Slack's pace: per channel, agreed by every instance through the database.

Slack allows "Posting messages: 1 per second" per channel, "short bursts >1
allowed" (Rate limits, https://docs.slack.dev/apis/web-api/rate-limits;
chat.postMessage's special tier "generally allows posting one message per
second per channel"). Beyond that it answers HTTP 429 with ``Retry-After``.

Where the pace lives: one ``channel_pace`` row per channel, in the database
every instance already shares. It holds the generic cell rate algorithm's
*theoretical arrival time* (``tat``): a post wanted at real time ``t`` may go
at ``max(t, tat - tolerance)``, and taking that slot moves ``tat`` to
``max(tat, t) + interval``. ``tolerance = (BURST - 1) * INTERVAL`` is the
burst. A slot is taken with one conditional UPDATE ... RETURNING, so two
processes (or threads) never take the same one; the row lock (PostgreSQL) or
the write lock (SQLite's ``BEGIN IMMEDIATE``) serialises them. A caller never
waits longer than it said it would: a slot further off is not taken, and the
caller comes back later (the outbox keeps the row owed, with no attempt
counted). A 429 pushes the channel's ``tat`` past its ``Retry-After`` for
every instance.

Times here are the real wall clock (microseconds since the epoch), not the
injected business clock: Slack counts in real seconds, and instances on
different hosts compare the same rows (NTP keeps them within milliseconds).

``Steady`` is the other pace the sender knows: one post every so often from
this process whatever the channel, for the morning DMs (each its own
conversation, so what limits them is the workspace's rate, not a channel's).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import bindparam, case, select, update
from sqlalchemy.orm import Session, sessionmaker

from storage.models import ChannelPace
from storage.written import InsertUnlessTaken

INTERVAL = 1.0  # seconds between posts to one channel, on average
BURST = 3  # posts that may go back to back after a quiet spell
MICROS = 1_000_000


@dataclass(frozen=True)
class Slot:
    """A reserved moment to post: ``wait`` seconds from when it was taken."""

    channel: str
    wait: float


class Pace(Protocol):
    """What the sender asks of a pace: a slot (or how far off it is), a wait, a hold-off."""

    def take(self, channel: str, *, max_wait: float) -> Slot | float: ...

    def wait_for(self, slot: Slot) -> None: ...

    def hold_off(self, channel: str, seconds: float) -> None: ...


class _Sleeping:
    sleep: Callable[[float], None]

    def wait_for(self, slot: Slot) -> None:
        """Sleep until ``slot`` (a moment reserved when it was taken)."""
        if slot.wait > 0:
            self.sleep(slot.wait)


class Pacer(_Sleeping):
    """Reserves posting slots per channel in ``channel_pace``."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        interval: float = INTERVAL,
        burst: int = BURST,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.sessions = sessions
        self.interval_us = int(interval * MICROS)
        self.tolerance_us = int((burst - 1) * interval * MICROS)
        self.clock = clock
        self.sleep = sleep

    def _now_us(self) -> int:
        return int(self.clock() * MICROS)

    def take(self, channel: str, *, max_wait: float) -> Slot | float:
        """Reserve the channel's next slot if it comes within ``max_wait`` seconds.

        Returns the ``Slot``, or, when the next slot is further off, the seconds
        until it is (nothing reserved). Opens its own short transaction: never
        call it inside another (SQLite would wait on its own write lock).
        """
        now = self._now_us()
        latest = now + self.tolerance_us + int(max_wait * MICROS)
        with self.sessions.begin() as session:
            tat = session.scalar(self._claim(channel, now, latest))
            if tat is None:
                # No row yet, or its next slot is too far off. The row may have been
                # inserted by another instance since the claim looked (each statement
                # sees what is committed when it starts, on PostgreSQL): make sure it
                # exists and claim again before saying how long to wait.
                session.execute(_insert_ignoring_conflicts(session, channel))
                tat = session.scalar(self._claim(channel, now, latest))
            if tat is None:
                current = session.scalar(
                    select(ChannelPace.tat_us).where(ChannelPace.channel == channel)
                )
                if current is None:  # cannot be, after the insert; be patient
                    return self.interval_us / MICROS
                return max(0.0, (current - self.tolerance_us - now) / MICROS)
        slot = max(now, tat - self.interval_us - self.tolerance_us)
        return Slot(channel, (slot - now) / MICROS)

    def next_slot_in(self, session: Session, channel: str) -> float:
        """Seconds until the channel's next slot as the row stands now (0: one is free).

        Reserves nothing and takes no lock (``session`` may be a reading one): another
        instance may take that slot first, so this says only whether taking one is
        worth trying, as ``take`` would answer it at this moment.
        """
        tat = session.scalar(_TAT, {"channel": channel})
        if tat is None:
            return 0.0
        return max(0.0, (tat - self.tolerance_us - self._now_us()) / MICROS)

    def hold_off(self, channel: str, seconds: float) -> None:
        """Slack answered 429 with ``Retry-After: seconds``: no slot before then, for anyone."""
        until = self._now_us() + int(seconds * MICROS) + self.tolerance_us
        with self.sessions.begin() as session:
            session.execute(_insert_ignoring_conflicts(session, channel))
            session.execute(
                update(ChannelPace)
                .where(ChannelPace.channel == channel, ChannelPace.tat_us < until)
                .values(tat_us=until)
                .execution_options(synchronize_session=False)
            )

    def _claim(self, channel: str, now: int, latest: int):  # type: ignore[no-untyped-def]
        start = case((ChannelPace.tat_us > now, ChannelPace.tat_us), else_=now)
        return (
            update(ChannelPace)
            .where(ChannelPace.channel == channel, ChannelPace.tat_us <= latest)
            .values(tat_us=start + self.interval_us)
            .returning(ChannelPace.tat_us)
            .execution_options(synchronize_session=False)
        )


_TAT = select(ChannelPace.tat_us).where(ChannelPace.channel == bindparam("channel"))


_INSERT_UNLESS_TAKEN = InsertUnlessTaken(ChannelPace, "channel")


def _insert_ignoring_conflicts(session: Session, channel: str):  # type: ignore[no-untyped-def]
    return _INSERT_UNLESS_TAKEN.for_(session).values(channel=channel, tat_us=0)


class Steady(_Sleeping):
    """One post every ``interval`` seconds from this process, whatever the channel.

    Never refuses a slot: a tick of morning DMs waits its turn, however long.
    """

    def __init__(
        self,
        interval: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = interval
        self.clock = clock
        self.sleep = sleep
        self.last = float("-inf")

    def take(self, channel: str, *, max_wait: float) -> Slot:
        now = self.clock()
        at = max(now, self.last + self.interval)
        self.last = at
        return Slot(channel, at - now)

    def hold_off(self, channel: str, seconds: float) -> None:
        self.last = max(self.last, self.clock() + seconds - self.interval)

"""Time is injected so services, jobs and tests agree on what "now" is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real time, always timezone-aware UTC."""
    return datetime.now(UTC)


class FixedClock:
    """A clock that reads what it is told to; tests and `cmsbot nudge --at` use it."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def set(self, at: datetime) -> None:
        self.at = at

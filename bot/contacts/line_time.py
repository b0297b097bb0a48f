"""The instant a line's contact is recorded at, and whether a clock time was given
(``bot.contacts.quicklog``)."""

from __future__ import annotations

from datetime import datetime, time

from bot.contacts import FUTURE_TOLERANCE, day_alone
from bot.parsing import ParsedContact
from bot.parsing.dates import zone
from bot.parsing.when import Unclear
from storage.models import Rep


def _occurred(
    parsed: ParsedContact, *, actor: Rep, now: datetime
) -> tuple[datetime, bool, list[Unclear]]:
    """The instant to record, whether a time was given, and a time read in the future."""
    tz = zone(actor.timezone)
    local_now = now.astimezone(tz)
    day = parsed.day or local_now.date()
    if parsed.time is not None:
        hour, minute = parsed.time
        moment = datetime.combine(day, time(hour, minute), tzinfo=tz)
        if moment > local_now + FUTURE_TOLERANCE:
            typed = f"{hour:02d}:{minute:02d}"
            return min(moment, local_now), True, [Unclear(typed, "future")]
        return moment.astimezone(now.tzinfo or tz), True, []
    return day_alone(day, tz=tz, now=now).astimezone(now.tzinfo or tz), False, []

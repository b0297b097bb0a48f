"""Who is overdue, who has a follow-up due, who is at risk of over-contact: set-based.

One query (``bot.cadence.book``) computes the facts for every client in the
books of many reps at once and filters them coarsely in SQL; Python then reads
each returned row in its reader's time zone with the rules of
``bot.cadence.rules``: "days since" counts calendar days there, so a contact
at 4 pm yesterday is "1 day" at 9 am today whatever the hours in between.

The SQL filter is a superset of the exact rules (it allows a couple of hours
for daylight-saving shifts), so nothing is missed and Python only sees the few
rows that matter, never the whole book. For a reader whose local date is
``today`` a client is listed when overdue (``days_overdue``) or when an unmet
follow-up is due (``follow_up_due``); it is at risk of over-contact when the
team's last contact came fewer than ``min_days`` days ago (``too_soon``).

Members of a household whose cadence is household-wide share one last contact
(``bot.cadence.rules``), so one reader's list holds such a household once: its
most urgent member (``one_per_household``), in the due list and the at-risk one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from sqlalchemy.orm import Session

from bot.cadence import rules
from bot.cadence.book import BookRow, book_rows
from bot.messages.formatting import zone


@dataclass(slots=True)
class ClientStatus:
    """A client as one reader sees it on their local ``as_of`` date."""

    client_id: int
    name: str
    tier: str
    max_days: int
    min_days: int
    last_contact_at: datetime | None
    last_channel: str | None
    covered_since: datetime
    days_since: int
    follow_up_due: date | None
    snoozed_until: datetime | None
    as_of: date
    household_id: int | None = None  # the client's household, if any
    household_wide: bool = False  # its cadence is household-wide: listed once per household

    @property
    def overdue(self) -> bool:
        return rules.days_overdue(self.days_since, self.max_days) > 0

    @property
    def due(self) -> bool:
        """Overdue or a follow-up due: what the morning nudge lists."""
        return self.overdue or self.follow_up_due is not None

    @property
    def at_risk(self) -> bool:
        """A contact today would come sooner than ``min_days`` after the last one."""
        return rules.too_soon(
            self.days_since, self.min_days, contacted=self.last_contact_at is not None
        )

    @property
    def urgency(self) -> int:
        """Days past due: past ``max_days``, or past the follow-up date, whichever is more."""
        late = rules.days_overdue(self.days_since, self.max_days)
        if self.follow_up_due is not None:
            late = max(late, (self.as_of - self.follow_up_due).days)
        return late


@dataclass
class Worklist:
    """One reader's clients needing attention today, most overdue first."""

    rep_id: int
    local_date: date
    due: list[ClientStatus] = field(default_factory=list)
    at_risk: list[ClientStatus] = field(default_factory=list)
    snoozed: int = 0

    @property
    def empty(self) -> bool:
        return not self.due


@dataclass(frozen=True)
class Reader:
    """Whose list, in which zone, on which local date."""

    rep_id: int
    timezone: str
    today: date


def classify(row: BookRow, *, timezone: str | tzinfo, today: date) -> ClientStatus:
    """Read one row in the reader's zone; see ``bot.cadence.rules`` for the rules."""
    tz = zone(timezone) if isinstance(timezone, str) else timezone
    days = rules.days_since(row.last_contact_at or row.covered_since, tz=tz, today=today)
    follow_up = row.follow_up_on  # unmet (the query's rule); due from its date on
    if follow_up is not None and not rules.follow_up_due(follow_up, today):
        follow_up = None
    return ClientStatus(
        row.client_id,
        row.name,
        row.tier,
        row.max_days,
        row.min_days,
        row.last_contact_at,
        row.last_channel,
        row.covered_since,
        days or 0,
        follow_up,
        row.snoozed_until,
        today,
        row.household_id,
        row.household_wide,
    )


def worklists(session: Session, *, readers: Iterable[Reader], now: datetime) -> dict[int, Worklist]:
    """Every reader's worklist: one statement per distinct local date (usually one or two)."""
    by_day: dict[date, dict[int, Reader]] = defaultdict(dict)
    for reader in readers:
        by_day[reader.today][reader.rep_id] = reader
    result: dict[int, Worklist] = {}
    for today, group in by_day.items():
        for reader in group.values():
            result[reader.rep_id] = Worklist(rep_id=reader.rep_id, local_date=today)
        zones = {rep_id: zone(reader.timezone) for rep_id, reader in group.items()}
        for row in book_rows(session, rep_ids=list(group), now=now, today=today):
            status = classify(row, timezone=zones[row.rep_id], today=today)
            worklist = result[row.rep_id]
            if status.due:
                if status.snoozed_until is not None:
                    worklist.snoozed += 1
                else:
                    worklist.due.append(status)
            elif status.at_risk:
                worklist.at_risk.append(status)
    for worklist in result.values():
        worklist.due.sort(key=lambda s: (-s.urgency, s.name, s.client_id))
        worklist.at_risk.sort(key=lambda s: (s.days_since, s.name, s.client_id))
        worklist.due = one_per_household(worklist.due)
        worklist.at_risk = one_per_household(worklist.at_risk)
    return result


def one_per_household(statuses: list[ClientStatus]) -> list[ClientStatus]:
    """The first (most urgent, as sorted) member of each household-wide household; others kept."""
    seen: set[int] = set()
    kept: list[ClientStatus] = []
    for status in statuses:
        if status.household_wide and status.household_id is not None:
            if status.household_id in seen:
                continue
            seen.add(status.household_id)
        kept.append(status)
    return kept


def worklist_for(session: Session, *, rep_id: int, timezone: str, now: datetime) -> Worklist:
    """One rep's worklist for their local today (the App Home, ``/cms`` views)."""
    today = now.astimezone(zone(timezone)).date()
    reader = Reader(rep_id=rep_id, timezone=timezone, today=today)
    return worklists(session, readers=[reader], now=now)[rep_id]


def far_overdue(
    rows: Iterable[BookRow], *, timezone: str, today: date, factor: int = 2
) -> dict[int, list[ClientStatus]]:
    """Per rep, clients more than ``factor`` × ``max_days`` without contact, snoozed or not.

    ``rows`` come from ``book_rows``; days are counted in ``timezone`` (the
    manager reading the escalation). Most overdue first.
    """
    found: dict[int, list[ClientStatus]] = defaultdict(list)
    tz = zone(timezone)
    for row in rows:
        status = classify(row, timezone=tz, today=today)
        if status.days_since > factor * status.max_days:
            found[row.rep_id].append(status)
    for statuses in found.values():
        statuses.sort(key=lambda s: (-(s.days_since - s.max_days), s.name, s.client_id))
    return dict(found)


__all__ = [
    "ClientStatus",
    "Reader",
    "Worklist",
    "classify",
    "one_per_household",
    "far_overdue",
    "worklist_for",
    "worklists",
]

"""The cadence rules, each written once. Every surface asks here; none re-derives them.

The nudge tick, the App Home list, the client card, the scorecards, the
activity report and ``/logcontact``'s warning all read a client through these
definitions, as SQL builders (set queries over whole books and the one-client
path use the same builder) or as small Python predicates over what the SQL
returned.

**The cadence that applies** (``applicable_cadence``; ``cadence_for`` for one
client, through the same SQL; both in ``bot.cadence.applicable``, re-exported
here): the client's own override, else its tier's policy, else the firm's
default (tier ``*``), else ``FALLBACK`` (only if an administrator deleted the
migration's default row). ``max_days`` is "too rarely", ``min_days`` "too often".

**Which contacts count** (``counts``, ``coverage_in_force``): a contact counts
for a client, as read at an instant *T*, when it is live (an undone, i.e.
soft-deleted, contact never counts), happened before *T*, and its rep — the
owner it is credited to, even when an assistant typed it — is on the client's
coverage team at *T*. Every channel and every source counts alike (slash
command, form, message shortcut, nudge button, import). A surface reading
"now" passes no *T*: the team is the coverage not ended, and every contact
recorded so far counts; a scorecard reads at its period's end (or now).

**The last contact that counts** (``team_contacts``): per client, the latest
counting contact and when the team's coverage began; "days since" counts
calendar days in the reader's zone from the first, else from the second
(``days_since``). A client nobody covers has no team: its latest live contact
is shown instead (``last_contact``), and it is in nobody's book.

**Household-wide cadence** (``Cadence.household``, set by ``/cms cadence …
household``): the last contact that counts for such a client is the latest
counting contact with *any* member of its household (each member's contacts
counted by that member's own team: ``household_contacts``, combined by
``household_last_at``); so one covering rep's contact with one member clears
every member's "overdue", and starts every member's "too soon" (the
``/logcontact`` warning asks the same of the members' contacts:
``cadence_clients``). The morning nudge lists such a household once, with its
most overdue member (``bot.cadence.worklist``). Follow-ups stay the client's
own: a promise to one member is met by a counting contact with that member
(``LastContact.own_at``). The activity report's over-contacts stay per client.

**Overdue** (``days_overdue``): days since > ``max_days``. **Too soon**
(``too_soon``): the team's last contact came fewer than ``min_days`` calendar
days ago ("at risk of over-contact"); a contact less than ``min_days`` × 24 h
after the previous live contact with the client, by anyone, is an
over-contact (``earlier_contact_within``: the activity report counts them;
``/logcontact``'s warning asks the same of one contact in ``bot.contacts``).
Still apart (left as they were): "too soon" reads the team's last contact in
calendar days, an over-contact anyone's previous one in hours, so a contact
the list did not flag can still count as an over-contact.

**Follow-ups.** A live contact with a ``follow_up_on`` date is a promise. It
is *met* by the first counting contact after it (``first_contact_after``;
set-wise: no counting contact after it means the last one came at or before
it, ``unmet``). Met on or before the date (in the reader's zone) it was
*kept*, after it *late*; unmet, it is *due* from its date on — the nudge and
the Home list show it, the card marks it — *missed* once the date has passed
and *open* until then (``follow_up_outcome``).

Where the copies disagreed, and what was kept:

- *Kept early.* The nudge and the card fulfilled a follow-up only by a
  contact on or after its date; the scorecard by the first covering contact
  after the promise. The scorecard's answer is kept: the date is when the
  client should have heard from the team again *by*; a contact after the
  promise and before the date is the follow-up made early. Under the other
  rule a rep who called early was nudged ("due 38 days ago") until yet
  another contact, while their scorecard counted the promise kept.
- *Whose contact keeps it.* The scorecard took anyone covering the client when
  the contact happened; the nudge and card the team covering now. The team at
  the read instant is kept, so one notion of a counting contact answers both
  "last contact" and "follow-up met"; a scorecard reads at its period's end,
  so a closed period's figures never change afterwards (neither a later
  handover nor a later contact rewrites them).
- *The card's uncovered client.* Only the card counted any contact when
  nobody covers the client; it is kept, written here, since no list or
  scorecard has such a client.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased

from bot.cadence.applicable import (
    DEFAULT_TIER,
    FALLBACK,
    Cadence,
    CadenceTerms,
    applicable_cadence,
    cadence_column,
    cadence_for,
    cadence_of_tier,
    household_cadence_in_use,
    widest_min_days,
)
from bot.cadence.sqltime import shift_days
from storage.models import Client, Coverage, Interaction
from storage.types import UTCDateTime

EARLIEST = datetime(1, 1, 1, tzinfo=UTC)

# --- which contacts count ------------------------------------------------------------------


def coverage_in_force(coverage: Any, *, at: Any = None) -> ColumnElement[bool]:
    """``coverage`` rows in force at ``at``; ``None`` is now (rows not ended)."""
    if at is None:
        return coverage.ended_at.is_(None)
    return and_(coverage.started_at <= at, or_(coverage.ended_at.is_(None), coverage.ended_at > at))


def counts(contact: Any, *, at: Any = None) -> ColumnElement[bool]:
    """``contact`` is live, a sales contact and, when reading at ``at``, happened before it
    (any channel, any source).

    A service contact (``kind`` ``service``, logged by client service) counts toward
    no cadence and nobody's pay (issue #19). The rep it is credited to must also be
    on the team (``coverage_in_force``): the builders below join that in.
    """
    live = and_(contact.deleted_at.is_(None), contact.kind == "sales")
    if at is None:
        return live
    return and_(live, contact.occurred_at < at)


def covered_by_team(contact: Any, *, at: Any = None, name: str = "team_of") -> ColumnElement[bool]:
    """``contact``'s rep is on its client's coverage team at ``at``."""
    cover = aliased(Coverage, name=name)
    return exists().where(
        cover.client_id == contact.client_id,
        cover.rep_id == contact.rep_id,
        coverage_in_force(cover, at=at),
    )


def team_contacts(
    clients: Any, *, at: Any = None, name: str = "team"
) -> Select[int, datetime, datetime]:
    """Per client of ``clients`` (ids, or a select of ids) that has a team at ``at``:
    ``client_id``, ``since`` (when the team's coverage began) and ``last_at``
    (the last counting contact, or NULL).

    One index-only probe per team member (``ix_interactions_live_client_rep``),
    whatever the client's history: set-based for a whole firm, and what the
    card asks for one client.
    """
    coverage = aliased(Coverage, name=f"{name}_coverage")
    contact = aliased(Interaction, name=f"{name}_contact")
    last_by_member = (
        select(contact.occurred_at)
        .where(
            contact.client_id == coverage.client_id,
            contact.rep_id == coverage.rep_id,
            counts(contact, at=at),
        )
        .order_by(contact.occurred_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(
            coverage.client_id.label("client_id"),
            func.min(coverage.started_at).label("since"),
            func.max(last_by_member).label("last_at"),
        )
        .where(coverage_in_force(coverage, at=at), coverage.client_id.in_(clients))
        .group_by(coverage.client_id)
    )


def household_contacts(
    clients: Any, *, at: Any = None, name: str = "household"
) -> Select[int | None, datetime]:
    """Per household of ``clients`` (ids, or a select of ids): ``household_id`` and
    ``last_at``, the latest contact that counts for any of its active members
    (``team_contacts`` of each member: its own team's contacts)."""
    of = aliased(Client, name=f"{name}_of")
    member = aliased(Client, name=f"{name}_member")
    households = select(of.household_id).where(of.id.in_(clients), of.household_id.is_not(None))
    members = select(member.id).where(member.household_id.in_(households), member.active.is_(True))
    per_member = team_contacts(members, at=at, name=f"{name}_team").subquery(f"{name}_members")
    who = aliased(Client, name=f"{name}_who")
    return (
        select(
            who.household_id.label("household_id"),
            func.max(per_member.c.last_at).label("last_at"),
        )
        .join(per_member, per_member.c.client_id == who.id)
        .group_by(who.household_id)
    )


def household_last_at(own_last_at: Any, household_last_at: Any, household: Any) -> Any:
    """The last contact that counts for a client: its own team's, or with a household-wide
    cadence (``household`` true) the household's latest (which includes its own)."""
    return case(
        (and_(household, household_last_at.is_not(None)), household_last_at), else_=own_last_at
    )


def cadence_clients(session: Session, client: Client, cadence: Cadence) -> list[int]:
    """Whose contacts are "the previous contact" for ``client``: itself, or with a
    household-wide cadence every active member of its household."""
    if not cadence.household or client.household_id is None:
        return [client.id]
    members = session.scalars(
        select(Client.id).where(Client.household_id == client.household_id, Client.active.is_(True))
    ).all()
    return sorted({client.id, *members})


def next_due(days: int | None, max_days: int, *, today: date) -> date | None:
    """The local date by which the next contact is due: ``max_days`` after the reference day."""
    if days is None:
        return None
    return today + timedelta(days=max_days - days)


@dataclass(frozen=True)
class LastContact:
    """One client's last counting contact, read at one instant."""

    last_at: datetime | None
    since: datetime | None  # when its team's coverage began; None: nobody covers it
    counted: bool  # False: nobody covers the client, ``last_at`` is its latest live contact
    # The client's own team's last counting contact (what meets its follow-ups); it is
    # ``last_at`` unless the cadence is household-wide and another member was contacted later.
    own_at: datetime | None = None
    household: bool = False

    @property
    def reference(self) -> datetime | None:
        """What "days since" counts from: the last contact, else the start of coverage."""
        return self.last_at or self.since


def last_contact(session: Session, client_id: int, *, at: datetime | None = None) -> LastContact:
    """``team_contacts`` for one client; for a client nobody covers, its latest live contact.

    With a household-wide cadence, ``last_at`` is the household's latest
    (``household_contacts``) when that is later than the client's own.
    """
    row = session.execute(team_contacts([client_id], at=at)).first()
    if row is not None:
        client = session.get(Client, client_id)
        household = client is not None and client.household_id is not None
        if household and client is not None and cadence_for(session, client).household:
            shared = session.execute(household_contacts([client_id], at=at)).first()
            later = shared.last_at if shared is not None else None
            if later is not None and (row.last_at is None or later > row.last_at):
                return LastContact(later, row.since, True, row.last_at, True)
            return LastContact(row.last_at, row.since, True, row.last_at, True)
        return LastContact(row.last_at, row.since, True, row.last_at)
    latest = session.scalar(
        select(func.max(Interaction.occurred_at)).where(
            Interaction.client_id == client_id, counts(Interaction, at=at)
        )
    )
    return LastContact(latest, None, False, latest)


def days_since(reference: datetime | None, *, tz: tzinfo, today: date) -> int | None:
    """Calendar days in the reader's zone from ``reference`` to ``today``."""
    if reference is None:
        return None
    return (today - reference.astimezone(tz).date()).days


def days_overdue(days: int | None, max_days: int) -> int:
    """Days past ``max_days`` (0 when within cadence): overdue when more than 0."""
    return max(0, (days or 0) - max_days)


def too_soon(days: int | None, min_days: int, *, contacted: bool) -> bool:
    """A contact today would come fewer than ``min_days`` days after the team's last one."""
    return contacted and days is not None and days < min_days


def earlier_contact_within(me: Any, days: Any) -> ColumnElement[bool]:
    """Another live contact with ``me``'s client, before it and less than ``days`` days before.

    The over-contact test: by anyone, exact instants (``days`` × 24 h).
    """
    prev = aliased(Interaction, name="prev")
    return exists().where(
        prev.client_id == me.client_id,
        prev.deleted_at.is_(None),
        prev.id != me.id,
        prev.occurred_at <= me.occurred_at,
        # The index range; on SQLite a hair wider than exact at the boundary...
        prev.occurred_at > shift_days(me.occurred_at, -days),
        or_(prev.occurred_at < me.occurred_at, prev.id < me.id),
        # ...so the exact test, both sides through shift_days (like-formatted text).
        shift_days(prev.occurred_at, days) > shift_days(me.occurred_at, literal(0)),
    )


# --- follow-ups ----------------------------------------------------------------------------


def is_promise(promise: Any) -> ColumnElement[bool]:
    """A live contact carrying a follow-up date."""
    return and_(promise.follow_up_on.is_not(None), promise.deleted_at.is_(None))


def unmet(promise: Any, last_at: Any) -> ColumnElement[bool]:
    """No counting contact came after ``promise``: the last one (``last_at``) is at or before it.

    ``last_at`` is a column (NULL: none) or, for one client, a value (``None``: none).
    """
    if last_at is None:
        return true()
    if isinstance(last_at, datetime):
        return promise.occurred_at >= literal(last_at, UTCDateTime())
    # Written as one range on ``occurred_at`` (not "IS NULL OR"), so an index can seek it.
    return promise.occurred_at >= func.coalesce(last_at, literal(EARLIEST, UTCDateTime()))


def since_last_contact(contact: Any, *, client_id: Any, last_at: Any) -> list[ColumnElement[bool]]:
    """``client_id``'s live contacts at or after its last counting one (``team_contacts``'
    ``last_at``): the ones whose promises are unmet. Usually just that last contact."""
    return [contact.client_id == client_id, counts(contact), unmet(contact, last_at)]


def open_promises(promise: Any, *, client_id: Any, last_at: Any) -> list[ColumnElement[bool]]:
    """Conditions selecting ``client_id``'s unmet promises, given its ``team_contacts`` last_at."""
    return [
        *since_last_contact(promise, client_id=client_id, last_at=last_at),
        promise.follow_up_on.is_not(None),
    ]


def first_contact_after(promise: Any, *, at: Any = None) -> Any:
    """The first counting contact after ``promise`` (read at ``at``): what met it, or NULL."""
    after = aliased(Interaction, name="after")
    return (
        select(after.occurred_at)
        .where(
            after.client_id == promise.client_id,
            counts(after, at=at),
            after.occurred_at > promise.occurred_at,
            covered_by_team(after, at=at, name="after_team"),
        )
        .order_by(after.occurred_at)
        .limit(1)
        .scalar_subquery()
    )


def follow_up_due(on: date, today: date) -> bool:
    """An unmet follow-up is due from its date on (the nudge lists it, the card marks it)."""
    return on <= today


def follow_up_outcome(on: date, met_on: date | None, today: date) -> str:
    """``kept``, ``late``, ``missed`` or ``open``: ``met_on`` is the local date that met it."""
    if met_on is not None:
        return "kept" if met_on <= on else "late"
    return "missed" if on < today else "open"


__all__ = [
    "DEFAULT_TIER",
    "FALLBACK",
    "Cadence",
    "CadenceTerms",
    "LastContact",
    "applicable_cadence",
    "cadence_clients",
    "cadence_column",
    "cadence_for",
    "cadence_of_tier",
    "counts",
    "coverage_in_force",
    "covered_by_team",
    "days_overdue",
    "days_since",
    "earlier_contact_within",
    "first_contact_after",
    "follow_up_due",
    "follow_up_outcome",
    "household_cadence_in_use",
    "household_contacts",
    "household_last_at",
    "is_promise",
    "last_contact",
    "next_due",
    "open_promises",
    "since_last_contact",
    "team_contacts",
    "too_soon",
    "unmet",
    "widest_min_days",
]

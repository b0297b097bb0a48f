"""Recording contacts: log, edit and undo, each checked, audited and exactly-once.

A contact is recorded for its *owner* (the rep whose contact it was) by its
*author* (who typed it: the owner, or an assistant the owner named). Claims it
raises start ``pending`` and are owed to the controllers' channel via the outbox.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from babel.dates import format_date
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, lazyload

from bot import audit
from bot.cadence import rules
from bot.cadence.policy import cadence_for
from bot.cadence.rules import cadence_clients
from bot.claims.raising import raise_claims, withdraw_claim
from bot.directory import access
from bot.errors import (
    AlreadyDecided,
    ClientNotFound,
    CmsError,
    FutureDate,
    InitiativeNotFound,
    InteractionNotFound,
    InvalidInput,
    UndoExpired,
)
from bot.i18n import ENGLISH, _, current, ngettext
from bot.parsing import ClaimDraft
from storage.models import CHANNELS, SOURCES, Claim, Client, Initiative, Interaction, Rep, Snooze
from storage.written import InsertUnlessTaken, as_loaded, every_column_unset

UNDO_WINDOW = timedelta(minutes=15)
# Clocks on phones and servers disagree a little; a contact "now" may arrive a bit ahead.
FUTURE_TOLERANCE = timedelta(minutes=2)
# A day named without a time is recorded at its midday in the rep's zone (so it sorts
# inside the day whatever zone reads it), never later than the line was typed, and
# shown as the day alone (``Interaction.time_given`` False): the reader, the form, edits.
DAY_ALONE_AT = time(12, 0)


def day_alone(day: date, *, tz: tzinfo, now: datetime) -> datetime:
    """The instant recorded for ``day`` named without a time: its midday, or ``now`` if sooner."""
    return min(datetime.combine(day, DAY_ALONE_AT, tzinfo=tz), now.astimezone(tz))


@dataclass(frozen=True)
class ContactDraft:
    """What a rep said happened, already read from text or a form."""

    client_id: int
    occurred_at: datetime
    channel: str
    notes: str = ""
    outcome: str | None = None
    initiative_tag: str | None = None
    follow_up_on: date | None = None
    claims: tuple[ClaimDraft, ...] = ()
    source: str = "slash_command"
    idempotency_key: str | None = None
    # False: the rep named a day but no time ("yesterday"); ``occurred_at`` is then that
    # day's midday in their zone, and the day alone is what they are shown.
    time_given: bool = True
    # The notes are for the client's coverage team, their managers and compliance only.
    private: bool = False


@dataclass(frozen=True)
class TooOften:
    """The client was contacted within the cadence's ``min_days`` before this contact."""

    previous: Interaction
    by: Rep
    days: int
    min_days: int
    member: str | None = None  # another member of the household (a household-wide cadence)
    # False: the earlier contact is behind the banking wall for the reader, who may
    # learn that it happened and when, not who made it (``access.contact_view``).
    by_shown: bool = True


@dataclass
class LoggedContact:
    interaction: Interaction
    claims: list[Claim] = field(default_factory=list)
    created: bool = True
    too_often: TooOften | None = None
    # The client as this session loaded it (recorded now): the session's identity map holds
    # objects weakly, so without this reference the reply would read it again.
    client: Client | None = None


def log_contact(
    session: Session, *, actor: Rep, draft: ContactDraft, now: datetime, owner: Rep | None = None
) -> LoggedContact:
    """Record one contact; a repeated ``idempotency_key`` returns the first record.

    The key comes back from Slack (a button's value, a view id), so the first
    record is returned only to whoever recorded it (``access.require_may_replay``).
    Raises ``ClientNotFound``, ``NotYours`` (a client or key the actor may not
    see, or an owner who never named them), ``NotCovered``, ``FutureDate``,
    ``InitiativeNotFound`` or ``InvalidInput``.
    """
    if draft.idempotency_key:
        existing = _by_key(session, draft.idempotency_key)
        if existing is not None:
            return _replayed(session, actor=actor, existing=existing)
    client = _client(session, draft.client_id)
    owner = owner or access.default_owner(session, actor=actor, client=client)
    access.require_can_log(session, actor=actor, owner=owner, client=client)
    if draft.claims:
        access.require_may_claim(owner)
    _check_draft(draft, now)
    initiative = find_initiative(session, draft.initiative_tag, on=draft.occurred_at.date())
    too_often = _too_often(session, client, draft.occurred_at, reader=actor)

    interaction = _insert_unless_keyed(
        session,
        client_id=client.id,
        rep_id=owner.id,
        author_id=actor.id,
        occurred_at=draft.occurred_at,
        time_given=draft.time_given,
        channel=draft.channel,
        notes=draft.notes.strip(),
        outcome=draft.outcome or None,
        initiative_id=initiative.id if initiative else None,
        follow_up_on=draft.follow_up_on,
        source=draft.source,
        private=draft.private,
        kind=access.contact_kind(owner.roles),
        side=access.contact_side(owner.roles),
        idempotency_key=draft.idempotency_key,
        created_at=now,
        updated_at=now,
    )
    if interaction is None:
        # A concurrent retry with the same key won the race: theirs is the record.
        existing = _by_key(session, draft.idempotency_key or "")
        if existing is None:
            raise RuntimeError("the contact recorded first with this key is gone")
        return _replayed(session, actor=actor, existing=existing)
    audit.record(session, actor=actor.slack_user_id, action="create", entity=interaction, now=now)
    claims = raise_claims(
        session, interaction=interaction, drafts=draft.claims, actor=actor, now=now
    )
    _end_snoozes(session, client_id=client.id, actor=actor, now=now)
    return LoggedContact(interaction, claims, created=True, too_often=too_often, client=client)


class ChangedMeanwhile(CmsError):
    """Someone else saved a different change to the contact while this edit was on its way."""


def edit_contact(
    session: Session, *, actor: Rep, interaction_id: int, draft: ContactDraft, now: datetime
) -> LoggedContact:
    """Change a contact's fields; pending claims follow the new figures, decided ones stay.

    Only its owner, its author or an admin may edit. The change is one
    conditional ``UPDATE … WHERE <fields and updated_at as seen>``: of two submissions
    racing, one saves and the other finds the contact already as it asked (the
    same answer, nothing written twice) or raises ``ChangedMeanwhile``. A
    submission that changes nothing writes nothing. Raises as ``log_contact`` does.
    """
    interaction = require_editable(session, actor=actor, interaction_id=interaction_id)
    if draft.client_id != interaction.client_id:
        # The client comes back as a form option's value: refused unnamed if not the actor's.
        client = access.client_from_value(session, actor=actor, client_id=draft.client_id)
        owner = session.get(Rep, interaction.rep_id)
        assert owner is not None
        access.require_can_log(
            session, actor=actor if actor.id == owner.id else owner, owner=owner, client=client
        )
    else:
        _client(session, draft.client_id)
    _check_draft(draft, now)
    initiative = find_initiative(session, draft.initiative_tag, on=draft.occurred_at.date())
    values = {
        "client_id": draft.client_id,
        "occurred_at": draft.occurred_at,
        "time_given": draft.time_given,
        "channel": draft.channel,
        "notes": draft.notes.strip(),
        "outcome": draft.outcome or None,
        "initiative_id": initiative.id if initiative else None,
        "follow_up_on": draft.follow_up_on,
        "private": draft.private,
    }
    kept, to_withdraw, to_raise = _claim_plan(_claims_of(session, interaction), draft.claims)
    if _has(interaction, values) and not to_withdraw and not to_raise:
        return LoggedContact(interaction, kept, created=False)  # a replay: already so

    before = audit.snapshot(interaction)
    if not _compare_and_set(session, interaction, values=values, now=now):
        if interaction.deleted_at is not None:
            raise InteractionNotFound(_("That contact no longer exists (it may have been undone)."))
        kept, to_withdraw, to_raise = _claim_plan(_claims_of(session, interaction), draft.claims)
        if _has(interaction, values) and not to_withdraw and not to_raise:
            return LoggedContact(interaction, kept, created=False)  # the racing twin saved it
        raise ChangedMeanwhile(
            _(
                "Someone saved a change to this contact while you were editing it; "
                "open it again to see theirs."
            )
        )
    audit.record(
        session,
        actor=actor.slack_user_id,
        action="update",
        entity=interaction,
        before=before,
        now=now,
    )
    # Read again under the row's lock: what a racing decision left is what counts.
    kept, to_withdraw, to_raise = _claim_plan(_claims_of(session, interaction), draft.claims)
    for claim in to_withdraw:
        try:
            withdraw_claim(
                session, claim=claim, actor=actor, now=now, note="changed by an edit of the contact"
            )
        except AlreadyDecided:
            kept.append(claim)  # a controller decided it meanwhile: decided claims stay
    kept.sort(key=lambda claim: claim.id)
    kept.extend(
        raise_claims(session, interaction=interaction, drafts=tuple(to_raise), actor=actor, now=now)
    )
    return LoggedContact(interaction, kept, created=False)


def undo_contact(
    session: Session, *, actor: Rep, interaction_id: int, now: datetime
) -> Interaction:
    """Soft-delete a contact within 15 minutes of recording it; its pending claims are withdrawn.

    One conditional ``UPDATE … WHERE deleted_at IS NULL`` decides, so a replayed
    or double-clicked Undo undoes once; the contact already undone is returned
    as it is, for the same answer. Raises ``UndoExpired`` after the window,
    ``InteractionNotFound``, ``NotAllowed``.
    """
    interaction = require_editable(
        session, actor=actor, interaction_id=interaction_id, undone_too=True
    )
    if interaction.deleted_at is not None:
        return interaction
    if now - interaction.created_at > UNDO_WINDOW:
        minutes = int((now - interaction.created_at).total_seconds() // 60)
        raise UndoExpired(
            ngettext(
                "Undo is possible for 15 minutes after logging; this contact was logged "
                "{minutes} minute ago. Use Edit instead.",
                "Undo is possible for 15 minutes after logging; this contact was logged "
                "{minutes} minutes ago. Use Edit instead.",
                minutes,
            ).format(minutes=minutes)
        )
    before = audit.snapshot(interaction)
    result = session.execute(
        update(Interaction)
        .where(Interaction.id == interaction.id, Interaction.deleted_at.is_(None))
        .values(deleted_at=now, deleted_by_id=actor.id, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    session.refresh(interaction)
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return interaction  # a racing click undid it first
    audit.record(
        session,
        actor=actor.slack_user_id,
        action="soft_delete",
        entity=interaction,
        before=before,
        now=now,
    )
    for claim in _claims_of(session, interaction):
        if claim.status == "pending":
            with suppress(AlreadyDecided):  # decided meanwhile by a controller: it stands
                withdraw_claim(session, claim=claim, actor=actor, now=now, note="contact undone")
    return interaction


def _claim_plan(
    claims: list[Claim], drafts: tuple[ClaimDraft, ...]
) -> tuple[list[Claim], list[Claim], list[ClaimDraft]]:
    """``(kept, to withdraw, to raise)``: the claims the drafts match, the pending ones they
    drop, and the drafts no claim matches yet."""
    wanted = list(drafts)
    kept: list[Claim] = []
    to_withdraw: list[Claim] = []
    for claim in claims:
        key = ClaimDraft(
            kind=claim.kind, amount=claim.amount, currency=claim.currency, account=claim.account
        )
        if key in wanted:
            wanted.remove(key)
            kept.append(claim)
        elif claim.status == "pending":
            to_withdraw.append(claim)
        else:
            kept.append(claim)
    return kept, to_withdraw, wanted


def _has(interaction: Interaction, values: dict[str, Any]) -> bool:
    return all(getattr(interaction, name) == value for name, value in values.items())


def _compare_and_set(
    session: Session, interaction: Interaction, *, values: dict[str, Any], now: datetime
) -> bool:
    """Write ``values`` if the contact is live and unchanged since it was read; reload it.

    "Unchanged" is ``updated_at`` and every field being written as they were
    read, so a racing edit that changed any of them (even within the same
    instant) makes this one match no row.
    """
    seen = [
        column.is_(None) if current is None else column == current
        for column, current in (
            (getattr(Interaction, name), getattr(interaction, name))
            for name in (*values, "updated_at")
        )
    ]
    result = session.execute(
        update(Interaction)
        .where(Interaction.id == interaction.id, Interaction.deleted_at.is_(None), *seen)
        .values(**values, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    session.refresh(interaction)
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def find_initiative(session: Session, tag: str | None, *, on: date) -> Initiative | None:
    """The initiative for ``#tag``; raises ``InitiativeNotFound`` listing the active ones."""
    if not tag:
        return None
    tag = tag.lstrip("#").lower()
    initiative = session.scalar(select(Initiative).where(Initiative.tag == tag))
    if initiative is None:
        active = active_initiatives(session, on=on)
        listing = ", ".join(f"#{row.tag}" for row in active) or "none"
        raise InitiativeNotFound(
            _("No initiative is tagged #{tag}. Active initiatives: {listing}.").format(
                tag=tag, listing=listing
            )
        )
    if (
        initiative.closed_at is not None
        and initiative.ends_on is not None
        and on > initiative.ends_on
    ):
        raise InitiativeNotFound(
            _("#{tag} closed on {day}; contacts after that can't be tagged with it.").format(
                tag=tag, day=_closing_day(initiative.ends_on)
            )
        )
    return initiative


def _closing_day(day: date) -> str:
    """``18 Nov 2026`` (``18 nov. 2026`` in French), the reader's CLDR short month."""
    if current() == ENGLISH:
        return f"{day:%d %b %Y}"
    return format_date(day, "dd MMM y", locale=current())


def active_initiatives(session: Session, *, on: date) -> list[Initiative]:
    return list(
        session.scalars(
            select(Initiative)
            .where(Initiative.closed_at.is_(None), Initiative.starts_on <= on)
            .where((Initiative.ends_on.is_(None)) | (Initiative.ends_on >= on))
            .order_by(Initiative.tag)
        )
    )


def get_interaction(session: Session, interaction_id: int) -> Interaction:
    interaction = session.get(Interaction, interaction_id)
    if interaction is None or interaction.deleted_at is not None:
        raise InteractionNotFound(_("That contact no longer exists (it may have been undone)."))
    return interaction


def require_editable(
    session: Session, *, actor: Rep, interaction_id: int, undone_too: bool = False
) -> Interaction:
    """The contact, if the actor may change it: its rep, its author or an admin.

    The id comes back in a button value or a form's metadata; the refusal says
    nothing about the contact. ``undone_too`` returns an undone contact too
    (for Undo, which answers a second click the same). Raises
    ``InteractionNotFound`` or ``NotAllowed``.
    """
    if undone_too:
        interaction = session.get(Interaction, interaction_id, populate_existing=True)
        if interaction is None:
            raise InteractionNotFound(_("That contact no longer exists (it may have been undone)."))
    else:
        interaction = get_interaction(session, interaction_id)
    access.require_may_edit(session, actor=actor, interaction=interaction)
    return interaction


def _client(session: Session, client_id: int) -> Client:
    # Its accounts only when read (recording reads none): not a second statement every line.
    client = session.get(Client, client_id, options=[lazyload(Client.accounts)])
    if client is None or not client.active:
        raise ClientNotFound(_("That client no longer exists in the book."))
    return client


def _check_draft(draft: ContactDraft, now: datetime) -> None:
    if draft.channel not in CHANNELS:
        raise InvalidInput(
            _("Unknown channel {channel}; use one of {channels}.").format(
                channel=repr(draft.channel), channels=", ".join(CHANNELS)
            ),
            field="channel",
        )
    if draft.source not in SOURCES:
        raise InvalidInput(f"Unknown source {draft.source!r}.")
    if draft.occurred_at.tzinfo is None:
        raise InvalidInput("The contact's time has no time zone.", field="date")
    if draft.occurred_at > now + FUTURE_TOLERANCE:
        raise FutureDate(_("That time is in the future; a contact is logged after it happens."))
    for claim in draft.claims:
        if claim.amount <= 0:
            raise InvalidInput(_("Amounts must be more than zero."), field=claim.kind)


# The hot statements of recording a contact, built once (a kept statement reuses its
# cache key; built per call, SQLAlchemy derives one from the whole expression each time).
# Each selects ids, not rows the ORM would load: they find nothing nearly every time, and
# what they find is loaded by id (``session.get``).
_PREVIOUS_IN_WINDOW = (
    select(Interaction.id)
    .where(
        Interaction.client_id.in_(bindparam("whose", expanding=True)),
        rules.counts(Interaction),
        Interaction.occurred_at > bindparam("window_start"),
        Interaction.occurred_at <= bindparam("occurred_at"),
    )
    .order_by(Interaction.occurred_at.desc())
    .limit(1)
)
_RUNNING_SNOOZES = (
    select(Snooze.id)
    .where(
        Snooze.client_id == bindparam("client_id"),
        Snooze.ended_at.is_(None),
        Snooze.until > bindparam("now"),
    )
    .order_by(Snooze.id)
)
_BY_KEY = select(Interaction.id).where(Interaction.idempotency_key == bindparam("key"))


def _too_often(
    session: Session, client: Client, occurred_at: datetime, *, reader: Rep
) -> TooOften | None:
    cadence = cadence_for(session, client)
    if cadence.min_days <= 0:
        return None
    window_start = occurred_at - timedelta(days=cadence.min_days)
    # The client's own contacts, or with a household-wide cadence every member's.
    whose = cadence_clients(session, client, cadence)
    previous_id = session.scalar(
        _PREVIOUS_IN_WINDOW,
        {"whose": whose, "window_start": window_start, "occurred_at": occurred_at},
    )
    if previous_id is None:
        return None
    previous = session.get(Interaction, previous_id)
    assert previous is not None
    by = session.get(Rep, previous.rep_id)
    assert by is not None
    days = (occurred_at - previous.occurred_at).days
    member = None
    if previous.client_id != client.id:
        other = session.get(Client, previous.client_id)
        member = other.name if other is not None else None
    shown = access.contact_view(session, actor=reader, interaction=previous) != access.WALLED
    return TooOften(
        previous=previous,
        by=by,
        days=days,
        min_days=cadence.min_days,
        member=member,
        by_shown=shown,
    )


def _end_snoozes(session: Session, *, client_id: int, actor: Rep, now: datetime) -> None:
    """A contact ends every running snooze on the client early (each once, conditionally)."""
    running = session.scalars(_RUNNING_SNOOZES, {"client_id": client_id, "now": now}).all()
    for snooze_id in running:
        snooze = session.get(Snooze, snooze_id)
        assert snooze is not None
        before = audit.snapshot(snooze)
        result = session.execute(
            update(Snooze)
            .where(Snooze.id == snooze.id, Snooze.ended_at.is_(None))
            .values(ended_at=now)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            continue  # a racing contact ended it
        session.refresh(snooze)
        audit.record(
            session,
            actor=actor.slack_user_id,
            action="end_snooze",
            entity=snooze,
            before=before,
            now=now,
        )


def _replayed(session: Session, *, actor: Rep, existing: Interaction) -> LoggedContact:
    """The first record for a repeated key, if it is the actor's to see; else ``NotYours``."""
    access.require_may_replay(session, actor=actor, interaction=existing)
    return LoggedContact(existing, _claims_of(session, existing), created=False)


# Built once per dialect (SQLite, PostgreSQL); the row's values are bound when it runs.
_INSERT_UNLESS_KEYED = InsertUnlessTaken(Interaction, "idempotency_key", returning="id")
# Every column of a contact, for one written whole (a column left out would be read back).
_UNSET = every_column_unset(Interaction)


def _insert_unless_keyed(session: Session, **values: Any) -> Interaction | None:
    """The new contact, or None when another transaction recorded its key first.

    One ``INSERT … ON CONFLICT (idempotency_key) DO NOTHING RETURNING id``: the race
    a savepoint around the insert used to catch (``SAVEPOINT``, ``INSERT``,
    ``RELEASE``, three round trips a line) is answered by the insert itself. On
    PostgreSQL a conflicting insert still in flight is waited for, as before;
    any other constraint still raises ``IntegrityError``. The row goes through Core
    and is put in the session as loaded (every column as written, instants in UTC as
    a read would give them), as claims are (``raise_claims``): no ORM row read back.
    """
    row = {**_UNSET, **values}
    new_id = session.execute(_INSERT_UNLESS_KEYED.for_(session), row).scalar_one_or_none()
    return None if new_id is None else as_loaded(session, Interaction, new_id, row)


def _by_key(session: Session, key: str) -> Interaction | None:
    found = session.scalar(_BY_KEY, {"key": key})
    return None if found is None else session.get(Interaction, found)


def _claims_of(session: Session, interaction: Interaction) -> list[Claim]:
    """The contact's claims as committed now (not as this session last saw them)."""
    return list(
        session.scalars(
            select(Claim)
            .where(Claim.interaction_id == interaction.id)
            .order_by(Claim.id)
            .execution_options(populate_existing=True)
        )
    )


__all__ = [
    "ContactDraft",
    "LoggedContact",
    "TooOften",
    "log_contact",
    "edit_contact",
    "undo_contact",
    "ChangedMeanwhile",
    "find_initiative",
    "active_initiatives",
    "get_interaction",
]

"""Changing an initiative after it was added, and tagging contacts with it after the fact.

For admins and marketing (``access.require_may_run_initiatives``), issue #19:

- ``edit #tag [cost 45000 [USD]] [from 2026-09-01] [to 2026-12-31]``: the cost and
  the dates, each change audited with the initiative's state before and after;
- ``tag #tag EXT_ID YYYY-MM-DD``: when a rep asks, the client's contacts of that
  day that carry no initiative yet are tagged. Marketing reads no client book,
  so the answer is a count: no name, no notes, no amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import audit
from bot.contacts import find_initiative
from bot.contacts.form_input import read_amount
from bot.directory import access
from bot.directory.admin import tokens
from bot.errors import ClientNotFound, InitiativeNotFound, InvalidInput
from bot.i18n import _
from bot.messages import contacts_form as text
from bot.messages.formatting import zone
from bot.parsing.amounts import CODES
from bot.reports.initiatives import _read_date, read_tag
from storage.models import Client, Initiative, Interaction, Rep


@dataclass(frozen=True)
class Tagged:
    tag: str
    external_id: str
    day: date
    count: int


def edit_initiative(session: Session, *, actor: Rep, args: str, now: datetime) -> Initiative:
    """Apply ``#tag cost … from … to …``; raises ``NotAllowed`` first, then ``InvalidInput``
    or ``InitiativeNotFound``."""
    access.require_may_run_initiatives(actor, refusal=_(text.INITIATIVE_ADMINS_ONLY))
    usage = _(text.INITIATIVE_USAGE["edit"])
    words = [word for word, _ in tokens(args)]
    if not words:
        raise InvalidInput(_(text.INITIATIVE_NEEDS).format(what=_("the #tag"), usage=usage))
    initiative = _initiative(session, read_tag(words[0]))
    changes: dict[str, object] = {}
    rest, i = words[1:], 0
    while i < len(rest):
        key = {"until": "to", "starts": "from", "ends": "to"}.get(rest[i].lower(), rest[i].lower())
        if key not in ("cost", "from", "to") or i + 1 >= len(rest):
            raise InvalidInput(_(text.INITIATIVE_UNKNOWN_WORD).format(word=rest[i], usage=usage))
        value, i = rest[i + 1], i + 2
        if key == "cost":
            try:
                cost, currency = read_amount(value)
            except ValueError:
                raise InvalidInput(_(text.INITIATIVE_BAD_COST).format(text=value)) from None
            if i < len(rest) and rest[i].upper() in CODES:
                currency, i = rest[i].upper(), i + 1
            changes["cost"] = cost
            if currency:
                changes["currency"] = currency
        else:
            changes["starts_on" if key == "from" else "ends_on"] = _read_date(value)
    if not changes:
        raise InvalidInput(_(text.INITIATIVE_NEEDS).format(what=_("what to change"), usage=usage))
    starts = changes.get("starts_on", initiative.starts_on)
    ends = changes.get("ends_on", initiative.ends_on)
    if isinstance(ends, date) and isinstance(starts, date) and ends < starts:
        raise InvalidInput(_(text.INITIATIVE_ENDS_BEFORE).format(end=ends, start=starts))
    before = audit.snapshot(initiative)
    for key, new in changes.items():
        setattr(initiative, key, new)
    session.flush()
    if audit.snapshot(initiative) != before:
        audit.record_by(session, actor, "update", initiative, before=before, now=now)
    return initiative


def tag_contacts(session: Session, *, actor: Rep, args: str, now: datetime) -> Tagged:
    """Tag the untagged contacts of client ``EXT_ID`` on a day (the actor's zone) with ``#tag``.

    Raises ``NotAllowed`` first, then ``InvalidInput``, ``InitiativeNotFound`` (also for
    a day after a closed initiative's end) or ``ClientNotFound``.
    """
    access.require_may_run_initiatives(actor, refusal=_(text.INITIATIVE_ADMINS_ONLY))
    usage = _(text.INITIATIVE_USAGE["tag"])
    words = [word for word, _ in tokens(args)]
    if len(words) != 3:
        raise InvalidInput(
            _(text.INITIATIVE_NEEDS).format(what=_("#tag, EXT_ID and day"), usage=usage)
        )
    tag, external_id, day = read_tag(words[0]), words[1], _read_date(words[2])
    initiative = find_initiative(session, tag, on=day)
    assert initiative is not None
    client = session.scalar(select(Client).where(Client.external_id == external_id))
    if client is None:
        raise ClientNotFound(_(text.INITIATIVE_NO_SUCH_CLIENT).format(external_id=external_id))
    start = datetime.combine(day, time(0), tzinfo=zone(actor.timezone))
    contacts = session.scalars(
        select(Interaction).where(
            Interaction.client_id == client.id,
            Interaction.deleted_at.is_(None),
            Interaction.initiative_id.is_(None),
            Interaction.occurred_at >= start,
            Interaction.occurred_at < start + timedelta(days=1),
        )
    ).all()
    for contact in contacts:
        before = audit.snapshot(contact)
        contact.initiative_id = initiative.id
        contact.updated_at = now
        session.flush()
        audit.record_by(session, actor, "tag", contact, before=before, now=now)
    return Tagged(tag=initiative.tag, external_id=client.external_id, day=day, count=len(contacts))


def _initiative(session: Session, tag: str) -> Initiative:
    initiative = session.scalar(select(Initiative).where(Initiative.tag == tag))
    if initiative is None:
        raise InitiativeNotFound(_(text.INITIATIVE_NOT_FOUND).format(tag=tag))
    return initiative


__all__ = ["Tagged", "edit_initiative", "tag_contacts"]

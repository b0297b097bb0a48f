"""Marketing initiatives: added and closed by admins, listed for everyone, all audited.

An initiative is what a contact is tagged with (``#symphony-night``) so the
firm can weigh a sponsorship's cost against what it brought in. Tags are unique
and lower-case; a closed initiative keeps its tag, but contacts after its end
can no longer use it (``bot.contacts.find_initiative`` enforces that), so
closing sets the end to the closing day when it was later or missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import audit
from bot.contacts.form_input import read_amount
from bot.directory import access
from bot.directory.admin import tokens
from bot.errors import InitiativeNotFound, InvalidInput
from bot.i18n import _
from bot.messages import contacts_form as text
from bot.messages.formatting import zone
from bot.parsing.amounts import CODES
from storage.models import Initiative, Rep

TAG = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_CHANNEL_LINK = re.compile(r"^<#[A-Z0-9]+(?:\|([^>]*))?>$")


@dataclass(frozen=True)
class InitiativeSpec:
    """An ``add`` request, read but not yet checked against the database."""

    name: str
    tag: str
    cost: Decimal
    currency: str
    starts_on: date
    ends_on: date | None = None


def read_tag(word: str) -> str:
    """``#symphony-night`` (or Slack's ``<#C123|symphony-night>``) -> ``symphony-night``."""
    link = _CHANNEL_LINK.match(word.strip())
    raw = (link.group(1) or "") if link else word.strip()
    tag = raw.lstrip("#").lower()
    if not TAG.fullmatch(tag):
        raise InvalidInput(_(text.INITIATIVE_BAD_TAG).format(tag=raw))
    return tag


def _read_date(word: str) -> date:
    try:
        return date.fromisoformat(word)
    except ValueError:
        raise InvalidInput(_(text.INITIATIVE_BAD_DATE).format(text=word)) from None


def parse_add(args: str) -> InitiativeSpec:
    """``"Name" #tag cost 45000 USD from 2026-09-01 [to 2026-12-31]``; raises ``InvalidInput``."""
    usage = text.INITIATIVE_USAGE["add"]
    words = tokens(args)
    tag_at = next(
        (
            i
            for i, (word, quoted) in enumerate(words)
            if not quoted and word.startswith(("#", "<#"))
        ),
        None,
    )
    if tag_at is None:
        raise InvalidInput(_(text.INITIATIVE_NEEDS).format(what=_("the #tag"), usage=usage))
    name = " ".join(word for word, _ in words[:tag_at]).strip()
    if not name:
        raise InvalidInput(
            _(text.INITIATIVE_NEEDS).format(what=_("the name, in quotes"), usage=usage)
        )
    tag = read_tag(words[tag_at][0])
    found: dict[str, str] = {}
    rest = [word for word, _ in words[tag_at + 1 :]]
    i = 0
    while i < len(rest):
        key = rest[i].lower()
        key = {"until": "to", "starts": "from", "ends": "to"}.get(key, key)
        if key not in ("cost", "from", "to") or i + 1 >= len(rest):
            raise InvalidInput(_(text.INITIATIVE_UNKNOWN_WORD).format(word=rest[i], usage=usage))
        found[key] = rest[i + 1]
        i += 2
        if key == "cost" and i < len(rest) and rest[i].upper() in CODES:
            found["currency"] = rest[i].upper()
            i += 1
    if "cost" not in found:
        raise InvalidInput(_(text.INITIATIVE_NEEDS).format(what=_("the cost"), usage=usage))
    if "from" not in found:
        raise InvalidInput(_(text.INITIATIVE_NEEDS).format(what=_("the start date"), usage=usage))
    try:
        cost, typed_currency = read_amount(found["cost"])
    except ValueError:
        raise InvalidInput(_(text.INITIATIVE_BAD_COST).format(text=found["cost"])) from None
    currency = found.get("currency") or typed_currency or "USD"
    starts_on = _read_date(found["from"])
    ends_on = _read_date(found["to"]) if "to" in found else None
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput(_(text.INITIATIVE_ENDS_BEFORE).format(end=ends_on, start=starts_on))
    return InitiativeSpec(
        name=name[:200],
        tag=tag,
        cost=cost,
        currency=currency,
        starts_on=starts_on,
        ends_on=ends_on,
    )


def require_admin(actor: Rep) -> None:
    """Admins and marketing run initiatives (``access.require_may_run_initiatives``)."""
    access.require_may_run_initiatives(actor, refusal=_(text.INITIATIVE_ADMINS_ONLY))


def add_from_text(session: Session, *, actor: Rep, args: str, now: datetime) -> Initiative:
    """``/cms initiative add …``: refused (``NotAllowed``) before the words are read."""
    require_admin(actor)
    return add_initiative(session, actor=actor, spec=parse_add(args), now=now)


def add_initiative(
    session: Session, *, actor: Rep, spec: InitiativeSpec, now: datetime
) -> Initiative:
    """Create the initiative; raises ``NotAllowed`` (not an admin), ``InvalidInput`` (tag taken)."""
    require_admin(actor)
    taken = session.scalar(select(Initiative).where(Initiative.tag == spec.tag))
    if taken is not None:
        raise InvalidInput(_(text.INITIATIVE_TAG_TAKEN).format(tag=spec.tag, name=taken.name))
    initiative = Initiative(
        tag=spec.tag,
        name=spec.name,
        cost=spec.cost,
        currency=spec.currency,
        starts_on=spec.starts_on,
        ends_on=spec.ends_on,
        created_at=now,
    )
    session.add(initiative)
    session.flush()
    audit.record_by(session, actor, "create", initiative, now=now)
    return initiative


def close_initiative(
    session: Session, *, actor: Rep, tag: str, now: datetime
) -> tuple[Initiative, bool]:
    """Close ``#tag`` as of the admin's today; ``(initiative, changed)``.

    Raises ``NotAllowed``, ``InvalidInput`` (a malformed tag), ``InitiativeNotFound``.
    """
    require_admin(actor)
    tag = read_tag(tag)
    initiative = session.scalar(select(Initiative).where(Initiative.tag == tag))
    if initiative is None:
        raise InitiativeNotFound(_(text.INITIATIVE_NOT_FOUND).format(tag=tag))
    if initiative.closed_at is not None:
        return initiative, False
    before = audit.snapshot(initiative)
    today = now.astimezone(zone(actor.timezone)).date()
    initiative.closed_at = now
    if initiative.ends_on is None or initiative.ends_on > today:
        initiative.ends_on = max(today, initiative.starts_on)
    session.flush()
    audit.record_by(session, actor, "close", initiative, before=before, now=now)
    return initiative, True


def all_initiatives(session: Session) -> list[Initiative]:
    """Open ones first (by start), then closed ones (latest closed first)."""
    rows = list(session.scalars(select(Initiative)))
    open_ = sorted((i for i in rows if i.closed_at is None), key=lambda i: (i.starts_on, i.tag))
    closed = sorted(
        (i for i in rows if i.closed_at is not None),
        key=lambda i: (i.closed_at, i.tag),
        reverse=True,
    )
    return open_ + closed


def status(initiative: Initiative, *, today: date) -> str:
    """ "active", "upcoming", "ended" (past its end, not closed) or "closed"."""
    if initiative.closed_at is not None:
        return "closed"
    if initiative.starts_on > today:
        return "upcoming"
    if initiative.ends_on is not None and initiative.ends_on < today:
        return "ended"
    return "active"


__all__ = [
    "InitiativeSpec",
    "add_initiative",
    "all_initiatives",
    "close_initiative",
    "parse_add",
    "read_tag",
    "status",
]

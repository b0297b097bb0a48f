"""The admin side of ``/cms cadence``: setting, clearing and listing policies.

Each change is audited in the caller's transaction. Which cadence applies to a
client is a rule of ``bot.cadence.rules`` (``cadence_for``), re-exported here
for the callers that set policies from what applies today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import audit
from bot.cadence.rules import DEFAULT_TIER, FALLBACK, Cadence, cadence_for, cadence_of_tier
from bot.directory import access
from bot.errors import ClientNotFound, InvalidInput
from bot.i18n import _, ngettext
from bot.messages.cadence import day_count
from bot.messages.formatting import number
from bot.parsing.client_match import normalise
from storage.models import CadenceOverride, CadencePolicy, Client, Rep

# --- setting and listing policies (``/cms cadence``) ------------------------------------------

MAX_POLICY_DAYS = 3650
LISTED_OVERRIDES = 25


@dataclass(frozen=True)
class PolicyListing:
    """What ``/cms cadence`` shows: the default, each tier, the overrides the reader may see."""

    default: Cadence
    tiers: list[tuple[str, Cadence]]
    overrides: list[tuple[Client, Cadence]]
    more_overrides: int


def check_days(max_days: int, min_days: int) -> None:
    """Raise ``InvalidInput`` unless 0 ≤ min < max ≤ ten years."""
    if min_days < 0 or max_days <= 0:
        raise InvalidInput(_("Days must be whole numbers from 0 up."))
    if max_days > MAX_POLICY_DAYS:
        raise InvalidInput(
            ngettext(
                "max {count} day is more than ten years; pick a shorter cadence.",
                "max {count} days is more than ten years; pick a shorter cadence.",
                max_days,
            ).format(count=number(max_days))
        )
    if min_days >= max_days:
        raise InvalidInput(
            _(
                "min ({min} between contacts) must be less than max ({max} "
                "without contact), or no contact date could ever satisfy both."
            ).format(min=day_count(min_days), max=day_count(max_days))
        )


def known_tier(session: Session, typed: str, *, actor: Rep | None = None) -> str:
    """The tier as the book spells it ("hnw" → "HNW"); ``*`` and "default" are the default.

    With ``actor``, for a change: raises ``NotAllowed`` first unless they are an admin.
    """
    if actor is not None:
        access.require_role(actor, "admin")
    typed = typed.strip()
    if typed.lower() in (DEFAULT_TIER, "default"):
        return DEFAULT_TIER
    if not typed or len(typed) > 32:
        raise InvalidInput(_("Give a tier name (as in the client import), or `*` for the default."))
    spelled = (
        session.scalars(
            select(Client.tier).where(func.lower(Client.tier) == typed.lower()).limit(1)
        ).first()
        or session.scalars(
            select(CadencePolicy.tier).where(func.lower(CadencePolicy.tier) == typed.lower())
        ).first()
    )
    return spelled or typed


def set_policy(
    session: Session,
    *,
    actor: Rep,
    tier: str,
    max_days: int | None,
    min_days: int | None,
    now: datetime,
    household: bool | None = None,
) -> CadencePolicy:
    """Create or change a tier's policy (``*``: the default); a missing value keeps the current.

    ``household`` True makes it household-wide, False per client; None keeps it as it is.

    Raises ``NotAllowed`` for non-admins and ``InvalidInput`` for bad days.
    """
    access.require_role(actor, "admin")
    policy = session.scalar(select(CadencePolicy).where(CadencePolicy.tier == tier))
    current = cadence_of_tier(session, tier)
    max_days = current.max_days if max_days is None else max_days
    min_days = current.min_days if min_days is None else min_days
    check_days(max_days, min_days)
    if policy is None:
        policy = CadencePolicy(
            tier=tier,
            max_days=max_days,
            min_days=min_days,
            household=_household_value(current.household if household is None else household),
            updated_at=now,
        )
        session.add(policy)
        session.flush()
        audit.record_by(session, actor, "create", policy, now=now)
        return policy
    before = audit.snapshot(policy)
    policy.max_days, policy.min_days, policy.updated_at = max_days, min_days, now
    if household is not None:
        policy.household = _household_value(household)
    session.flush()
    audit.record_by(session, actor, "update", policy, before=before, now=now)
    return policy


def set_override(
    session: Session,
    *,
    actor: Rep,
    client: Client,
    max_days: int | None,
    min_days: int | None,
    now: datetime,
    household: bool | None = None,
) -> CadenceOverride:
    """Give one client its own cadence; a missing value starts from what applies today
    (``household`` too: None keeps whether it is household-wide)."""
    access.require_role(actor, "admin")
    current = cadence_for(session, client)
    max_days = current.max_days if max_days is None else max_days
    min_days = current.min_days if min_days is None else min_days
    check_days(max_days, min_days)
    override = session.get(CadenceOverride, client.id)
    wide = _household_value(current.household if household is None else household)
    if override is None:
        override = CadenceOverride(
            client_id=client.id,
            max_days=max_days,
            min_days=min_days,
            household=wide,
            updated_at=now,
        )
        session.add(override)
        session.flush()
        audit.record_by(session, actor, "create", override, entity_id=client.id, now=now)
        return override
    before = audit.snapshot(override)
    override.max_days, override.min_days, override.updated_at = max_days, min_days, now
    if household is not None:
        override.household = wide
    session.flush()
    audit.record_by(session, actor, "update", override, entity_id=client.id, before=before, now=now)
    return override


def _household_value(household: bool) -> bool | None:
    """Stored as True or NULL (per client): rows from before migration 0011 are NULL too."""
    return True if household else None


def clear_policy(session: Session, *, actor: Rep, tier: str, now: datetime) -> bool:
    """Remove a tier's policy (its clients follow the default); the default itself stays."""
    access.require_role(actor, "admin")
    if tier == DEFAULT_TIER:
        raise InvalidInput(_("The firm-wide default can be changed but not removed."))
    policy = session.scalar(select(CadencePolicy).where(CadencePolicy.tier == tier))
    if policy is None:
        return False
    before = audit.snapshot(policy)
    session.delete(policy)
    session.flush()
    audit.record_by(
        session,
        actor,
        "delete",
        entity_type="cadence_policies",
        entity_id=before["id"],
        before=before,
        now=now,
    )
    return True


def clear_override(session: Session, *, actor: Rep, client: Client, now: datetime) -> bool:
    access.require_role(actor, "admin")
    override = session.get(CadenceOverride, client.id)
    if override is None:
        return False
    before = audit.snapshot(override)
    session.delete(override)
    session.flush()
    audit.record_by(
        session,
        actor,
        "delete",
        entity_type="cadence_overrides",
        entity_id=client.id,
        before=before,
        now=now,
    )
    return True


def listing(session: Session, *, actor: Rep, limit: int = LISTED_OVERRIDES) -> PolicyListing:
    """Every tier policy; the overrides of clients the actor may see, by name."""
    rows = session.scalars(select(CadencePolicy).order_by(CadencePolicy.tier)).all()
    default = next(
        (
            Cadence(r.max_days, r.min_days, "default", bool(r.household))
            for r in rows
            if r.tier == DEFAULT_TIER
        ),
        Cadence(*FALLBACK, "default"),
    )
    tiers = [
        (r.tier, Cadence(r.max_days, r.min_days, "tier", bool(r.household)))
        for r in rows
        if r.tier != DEFAULT_TIER
    ]
    query = access.restrict_clients(
        select(Client, CadenceOverride).join(
            CadenceOverride, CadenceOverride.client_id == Client.id
        ),
        actor,
    )
    found = session.execute(query.order_by(Client.name).limit(limit + 1)).all()
    overrides = [
        (c, Cadence(o.max_days, o.min_days, "client", bool(o.household))) for c, o in found[:limit]
    ]
    total = len(found)
    if total > limit:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or total
    return PolicyListing(default, tiers, overrides, max(0, total - len(overrides)))


def clients_in_tier(session: Session, tier: str) -> int:
    return session.scalar(select(func.count()).select_from(Client).where(Client.tier == tier)) or 0


def find_client(session: Session, typed: str, *, actor: Rep | None = None) -> Client:
    """A client by external id or exact name (accents and case ignored), for admins.

    With ``actor``, raises ``NotAllowed`` first unless they are an admin, so a
    refusal never hints at client names. Raises ``ClientNotFound`` (with near
    names when there are some) or ``InvalidInput`` when several clients share the name.
    """
    if actor is not None:
        access.require_role(actor, "admin")
    typed = typed.strip().strip('"“”')
    client = session.scalar(select(Client).where(Client.external_id == typed))
    if client is not None:
        return client
    key = normalise(typed)
    same = session.scalars(
        select(Client).where(Client.search_name == key).order_by(Client.id).limit(6)
    ).all()
    if len(same) == 1:
        return same[0]
    if same:
        ids = ", ".join(f"{c.name} ({c.external_id})" for c in same[:5])
        raise InvalidInput(
            _("Several clients are called {typed}: {ids}. Give the external id.").format(
                typed=typed, ids=ids
            )
        )
    near = session.scalars(
        select(Client.name).where(Client.search_name.contains(key)).order_by(Client.name).limit(5)
    ).all()
    hint = " " + _("Did you mean {names}?").format(names=", ".join(near)) if near else ""
    raise ClientNotFound(_("No client is called {typed}.{hint}").format(typed=typed, hint=hint))


__all__ = [
    "DEFAULT_TIER",
    "FALLBACK",
    "Cadence",
    "PolicyListing",
    "cadence_for",
    "check_days",
    "clear_override",
    "clear_policy",
    "clients_in_tier",
    "find_client",
    "known_tier",
    "listing",
    "set_override",
    "set_policy",
]

"""What ``/client <household>`` shows: a household's members, their cadence, claims and assets.

Each member the reader may see (``access.visible_members``: coverage of each
member decides) is read through the client card's own ``load_card``, so a
member's coverage, last contact, next due and open follow-ups are exactly
what that member's card says (the rules of ``bot.cadence.rules``). Members the
reader may not see are left out entirely, and so are their claims and
accounts. Assets are each account's latest positions, totalled in the reporting
currency (``bot.directory.assets``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from bot.cadence import rules
from bot.directory import access
from bot.directory.assets import DEFAULT_CURRENCY, Assets, latest_assets
from bot.directory.client_card import ClientCard, load_card
from bot.messages.formatting import zone
from storage.models import Claim, Client, Household, Interaction, Rep

CLAIMS = 10


@dataclass(frozen=True)
class HouseholdClaim:
    claim_id: int
    client_name: str
    kind: str
    amount: Decimal
    currency: str
    status: str  # "pending" | "verified"
    rep_name: str
    at: datetime  # raised (pending) or decided (verified)


@dataclass(frozen=True)
class HouseholdCard:
    household_id: int
    name: str
    members: list[ClientCard]  # the members the reader may see, by name
    claims: list[HouseholdClaim]  # pending first, then verified, newest first
    assets: Assets
    household_cadence: bool  # some member's cadence is household-wide
    reader_tz: str
    today: date


def find_household(session: Session, typed: str) -> Household | None:
    """The household ``typed`` names exactly (case and spacing ignored), if one does."""
    words = " ".join(typed.split())
    if not words:
        return None
    return session.scalars(
        select(Household)
        .where(or_(Household.name == words, func.lower(Household.name) == words.lower()))
        .order_by(Household.id)
        .limit(1)
    ).first()


def load_household(
    session: Session,
    *,
    actor: Rep,
    household_id: int,
    now: datetime,
    typed: bool = False,
    currency: str = DEFAULT_CURRENCY,
) -> HouseholdCard:
    """The household as ``actor`` may see it. Raises what ``access.household_members_for``
    raises (``ClientNotFound``, ``NotYours``, ``NotCovered`` for a typed name)."""
    member_ids = access.household_members_for(
        session, actor=actor, household_id=household_id, typed=typed
    )
    household = session.get(Household, household_id)
    assert household is not None
    members = [
        load_card(session, actor=actor, client_id=cid, now=now, currency=currency)
        for cid in member_ids
    ]
    wide = any(
        rules.cadence_for(session, client).household
        for client in session.scalars(select(Client).where(Client.id.in_(member_ids)))
    )
    return HouseholdCard(
        household_id=household.id,
        name=household.name,
        members=members,
        claims=_claims(session, member_ids, actor=actor),
        assets=latest_assets(session, member_ids, currency=currency),
        household_cadence=wide,
        reader_tz=actor.timezone,
        today=now.astimezone(zone(actor.timezone)).date(),
    )


def _claims(session: Session, client_ids: list[int], *, actor: Rep) -> list[HouseholdClaim]:
    """The members' pending and verified claims the reader may see whole (``access.Lens``:
    mandates and banking claims only behind the banking wall)."""
    owner = aliased(Rep)
    lenses = {cid: access.lens(session, actor=actor, client_id=cid) for cid in client_ids}
    rows = [
        (claim, client_name, rep_name)
        for claim, client_name, rep_name, side, author_id in session.execute(
            select(Claim, Client.name, owner.name, Interaction.side, Interaction.author_id)
            .join(Client, Client.id == Claim.client_id)
            .join(owner, owner.id == Claim.rep_id)
            .join(Interaction, Interaction.id == Claim.interaction_id)
            .where(Claim.client_id.in_(client_ids), Claim.status.in_(("pending", "verified")))
        )
        if lenses[claim.client_id].claim(
            kind=claim.kind, side=side, rep_id=claim.rep_id, author_id=author_id
        )
    ]
    found = [
        HouseholdClaim(
            claim.id,
            client_name,
            claim.kind,
            Decimal(claim.amount),
            claim.currency,
            claim.status,
            rep_name,
            claim.decided_at
            if claim.status == "verified" and claim.decided_at
            else claim.created_at,
        )
        for claim, client_name, rep_name in rows
    ]
    found.sort(key=lambda c: (c.status != "pending", -c.at.timestamp(), -c.claim_id))
    return found


__all__ = ["CLAIMS", "HouseholdCard", "HouseholdClaim", "find_household", "load_household"]

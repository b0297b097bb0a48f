"""The cadence that applies to a client, written once (part of ``bot.cadence.rules``).

The client's own override, else its tier's policy, else the firm's default
(tier ``*``), else ``FALLBACK``: ``applicable_cadence`` is that rule as SQL,
joined by every set query; ``cadence_for`` asks it for one client.

Whether the cadence is *household-wide* (a contact with any member of the
client's household counts for every member) comes with it, from the same row:
the override's, else the tier's, else the firm's; unset (NULL) is per client.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, bindparam, case, exists, false, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from storage.models import CadenceOverride, CadencePolicy, Client

DEFAULT_TIER = "*"
# Used only if an administrator deleted the migration's default row.
FALLBACK = (90, 3)


@dataclass(frozen=True)
class Cadence:
    max_days: int
    min_days: int
    source: str  # "client", "tier" or "default"
    household: bool = False  # a contact with any member of the household counts for all


@dataclass(frozen=True)
class CadenceTerms:
    """``max_days``, ``min_days`` and ``source`` as columns, and the joins they need."""

    max_days: ColumnElement[int]
    min_days: ColumnElement[int]
    source: ColumnElement[str]
    household: ColumnElement[bool]
    _override: Any
    _tier: Any
    _firm: Any
    _client_id: Any
    _tier_name: Any

    def join(self, query: Any) -> Any:
        """``query`` with the override (if a client is given), tier and firm policies joined."""
        if self._override is not None:
            query = query.outerjoin(self._override, self._override.client_id == self._client_id)
        return query.outerjoin(self._tier, self._tier.tier == self._tier_name).outerjoin(
            self._firm, self._firm.tier == literal(DEFAULT_TIER)
        )


def applicable_cadence(
    *, client_id: Any = Client.id, tier: Any = Client.tier, name: str = "cadence"
) -> CadenceTerms:
    """The one cadence rule as SQL: override, else tier, else the firm's ``*``, else ``FALLBACK``.

    ``client_id`` and ``tier`` are the columns (or values) of the client read;
    ``client_id=None`` asks what a tier alone gets (no override). ``name``
    prefixes the aliases, so a statement may use the rule more than once.
    """
    override = aliased(CadenceOverride, name=f"{name}_override") if client_id is not None else None
    tier_policy = aliased(CadencePolicy, name=f"{name}_tier")
    firm_policy = aliased(CadencePolicy, name=f"{name}_firm")
    own_max = [override.max_days] if override is not None else []
    own_min = [override.min_days] if override is not None else []
    own_source = [(override.client_id.is_not(None), "client")] if override is not None else []
    own_household = (
        [(override.client_id.is_not(None), override.household)] if override is not None else []
    )
    return CadenceTerms(
        max_days=func.coalesce(*own_max, tier_policy.max_days, firm_policy.max_days, FALLBACK[0]),
        min_days=func.coalesce(*own_min, tier_policy.min_days, firm_policy.min_days, FALLBACK[1]),
        source=case(*own_source, (tier_policy.id.is_not(None), "tier"), else_="default"),
        household=func.coalesce(
            case(
                *own_household,
                (tier_policy.id.is_not(None), tier_policy.household),
                else_=firm_policy.household,
            ),
            false(),
        ),
        _override=override,
        _tier=tier_policy,
        _firm=firm_policy,
        _client_id=client_id,
        _tier_name=tier,
    )


def cadence_for(session: Session, client: Client) -> Cadence:
    """The cadence that applies to one client (the same SQL the set queries join)."""
    query = _cadence_of_one_client()
    max_days, min_days, source, household = session.execute(query, {"client_id": client.id}).one()
    return Cadence(int(max_days), int(min_days), str(source), bool(household))


@lru_cache(maxsize=1)
def _cadence_of_one_client() -> Any:
    """``cadence_for``'s statement, built once: building the rule's aliases, cases and
    coalesces again for every contact logged cost more than running it (1.8 ms of CPU
    against 0.1 ms)."""
    terms = applicable_cadence(client_id=Client.id)
    return terms.join(
        select(terms.max_days, terms.min_days, terms.source, terms.household)
        .select_from(Client)
        .where(Client.id == bindparam("client_id"))
    )


def cadence_of_tier(session: Session, tier: str) -> Cadence:
    """What a client of ``tier`` without an override gets (the tier's policy, else the default)."""
    terms = applicable_cadence(client_id=None, tier=literal(tier))
    anchor = select(literal(1).label("one")).subquery("anchor")
    query = terms.join(
        select(terms.max_days, terms.min_days, terms.source, terms.household).select_from(anchor)
    )
    max_days, min_days, source, household = session.execute(query).one()
    return Cadence(int(max_days), int(min_days), str(source), bool(household))


def cadence_column(client_id: Any, column: str, *, correlate: Any = None) -> Any:
    """One term (``"max_days"`` / ``"min_days"``) of a client's cadence as a scalar subquery.

    For statements that meet the client only through another row (a contact
    two subqueries deep): ``correlate`` names that row's entity.
    """
    terms = applicable_cadence(client_id=Client.id, name=f"{column}_of")
    query = terms.join(select(getattr(terms, column)).select_from(Client)).where(
        Client.id == client_id
    )
    if correlate is not None:
        query = query.correlate(correlate)
    return query.scalar_subquery()


def household_cadence_in_use(session: Session) -> bool:
    """Does any policy or override say ``household``? If not, every client's cadence is its own
    and the set queries skip the households' probes."""
    said = or_(
        exists().where(CadencePolicy.household.is_(True)),
        exists().where(CadenceOverride.household.is_(True)),
    )
    return bool(session.scalar(select(said)))


def widest_min_days(session: Session) -> int:
    """The largest ``min_days`` any client can have (overrides, tiers, the firm, the fallback)."""
    found = session.execute(
        select(func.max(CadencePolicy.min_days)).union_all(
            select(func.max(CadenceOverride.min_days))
        )
    ).scalars()
    return max([FALLBACK[1], *(value for value in found if value is not None)])

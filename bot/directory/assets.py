"""What a client's (or a household's) accounts hold: each account's latest positions.

Positions come from ``cmsbot import positions`` (``bot.imports.positions``): an
account's market value by asset class on a day. An account's assets are its
positions on its latest day (on or before ``on`` when asked about a past
day), never a mix of days; totals are kept per currency, each account in its
own, since no exchange rates are known to the card.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from storage.models import ClientAccount, Position


@dataclass(frozen=True)
class AssetLine:
    asset_class: str
    market_value: Decimal
    currency: str


@dataclass(frozen=True)
class AccountAssets:
    account: str
    client_id: int
    as_of: date
    lines: list[AssetLine]

    @property
    def totals(self) -> dict[str, Decimal]:
        return add_up(self.lines)


@dataclass(frozen=True)
class Assets:
    accounts: list[AccountAssets] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, Decimal]:
        """Per currency, every account's latest value added up (no conversion)."""
        return add_up(line for account in self.accounts for line in account.lines)

    @property
    def empty(self) -> bool:
        return not self.accounts


def add_up(lines: Iterable[AssetLine]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        totals[line.currency] += line.market_value
    return dict(sorted(totals.items()))


def latest_assets(session: Session, client_ids: Iterable[int], *, on: date | None = None) -> Assets:
    """The latest positions (on or before ``on``) of every account of ``client_ids``.

    One statement: per account its latest day, then that day's rows.
    """
    ids = sorted(set(client_ids))
    if not ids:
        return Assets()
    day = select(Position.account, func.max(Position.as_of).label("as_of")).join(
        ClientAccount, ClientAccount.account == Position.account
    )
    day = day.where(ClientAccount.client_id.in_(ids))
    if on is not None:
        day = day.where(Position.as_of <= on)
    latest = day.group_by(Position.account).subquery("latest")
    rows = session.execute(
        select(
            ClientAccount.client_id,
            Position.account,
            Position.as_of,
            Position.asset_class,
            Position.market_value,
            Position.currency,
        )
        .join(latest, and_(latest.c.account == Position.account, latest.c.as_of == Position.as_of))
        .join(ClientAccount, ClientAccount.account == Position.account)
        .order_by(ClientAccount.client_id, Position.account, Position.asset_class)
    ).all()
    grouped: dict[tuple[int, str, date], list[AssetLine]] = defaultdict(list)
    for client_id, account, as_of, asset_class, value, currency in rows:
        grouped[(client_id, account, as_of)].append(
            AssetLine(asset_class, Decimal(value), currency)
        )
    return Assets(
        [
            AccountAssets(account, client_id, as_of, lines)
            for (client_id, account, as_of), lines in grouped.items()
        ]
    )


__all__ = ["AccountAssets", "AssetLine", "Assets", "add_up", "latest_assets"]

"""What a client's (or a household's) accounts hold: each account's latest positions.

Positions come from ``cmsbot import positions`` (``bot.imports.positions``): an
account's market value by asset class on a day. An account's assets are its
positions on its latest day (on or before ``on`` when asked about a past
day), never a mix of days. Each position is shown in its own currency and
converted into the reporting currency (``CMS_REPORTING_CURRENCY``) at the rate
of its ``as_of`` day, by the one rule every pay figure follows
(``bot.reports.conversion``: that day's rate, else the nearest earlier one
within 7 days). A position without such a rate is not converted: never
counted as zero, named with why, and left out of the total, which says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from bot.reports.conversion import NotConverted, Rates, not_converted
from storage.models import ClientAccount, Position

DEFAULT_CURRENCY = "USD"


@dataclass(frozen=True)
class AssetLine:
    asset_class: str
    market_value: Decimal
    currency: str
    # In the reporting currency at the rate of the account's day (exact, rounded where
    # shown); None when there is no rate, and then ``not_converted`` says why.
    converted: Decimal | None = None
    not_converted: NotConverted | None = None


@dataclass(frozen=True)
class AccountAssets:
    account: str
    client_id: int
    as_of: date
    lines: list[AssetLine]

    @property
    def totals(self) -> dict[str, Decimal]:
        """Per currency, in each position's own currency."""
        return add_up(self.lines)

    @property
    def converted(self) -> Decimal | None:
        """The account in the reporting currency; None when a position has no rate."""
        values = [line.converted for line in self.lines]
        if any(value is None for value in values):
            return None
        return sum((value for value in values if value is not None), Decimal(0))


@dataclass(frozen=True)
class Assets:
    accounts: list[AccountAssets] = field(default_factory=list)
    currency: str = DEFAULT_CURRENCY  # the reporting currency ``total`` is in

    @property
    def totals(self) -> dict[str, Decimal]:
        """Per currency, every account's latest value added up, unconverted."""
        return add_up(line for account in self.accounts for line in account.lines)

    @property
    def total(self) -> Decimal:
        """Every converted position, in ``currency``; exact (rounded where shown)."""
        return sum(
            (
                line.converted
                for account in self.accounts
                for line in account.lines
                if line.converted is not None
            ),
            Decimal(0),
        )

    @property
    def not_converted(self) -> list[NotConverted]:
        """The positions left out of ``total``: no rate for their currency near their day."""
        return [
            line.not_converted
            for account in self.accounts
            for line in account.lines
            if line.not_converted is not None
        ]

    @property
    def empty(self) -> bool:
        return not self.accounts


def add_up(lines: Iterable[AssetLine]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        totals[line.currency] += line.market_value
    return dict(sorted(totals.items()))


def latest_assets(
    session: Session,
    client_ids: Iterable[int],
    *,
    on: date | None = None,
    currency: str = DEFAULT_CURRENCY,
) -> Assets:
    """The latest positions (on or before ``on``) of every account of ``client_ids``,
    each converted into ``currency`` (the reporting currency) at its day's rate.

    One statement: per account its latest day, then that day's rows; then the rates.
    """
    ids = sorted(set(client_ids))
    if not ids:
        return Assets(currency=currency)
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
    rates = Rates.load(session, currency, {row[5] for row in rows}) if rows else None
    grouped: dict[tuple[int, str, date], list[AssetLine]] = defaultdict(list)
    for client_id, account, as_of, asset_class, value, held_in in rows:
        assert rates is not None
        amount = Decimal(value)
        converted = rates.convert(amount, held_in, as_of)
        missing = (
            None
            if converted is not None
            else not_converted(
                rates,
                what="position",
                ref=f"{account} {asset_class}",
                amount=amount,
                currency=held_in,
                on=as_of,
            )
        )
        grouped[(client_id, account, as_of)].append(
            AssetLine(asset_class, amount, held_in, converted, missing)
        )
    return Assets(
        [
            AccountAssets(account, client_id, as_of, lines)
            for (client_id, account, as_of), lines in grouped.items()
        ],
        currency,
    )


__all__ = ["AccountAssets", "AssetLine", "Assets", "add_up", "latest_assets"]

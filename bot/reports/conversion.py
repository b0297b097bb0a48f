"""Every pay figure in one currency: each amount at the rate of its booking date.

The rule, as the scorecard footer, the ROI report and the CSV notes state it:

- An amount's booking date is the date of the custodian booking that proves it
  (a claim's evidence); a claim verified without one (an override, a mandate
  without a fee booking) is booked on its decision date, read in the report's
  time zone. An initiative's cost is booked on its start date.
- The rate is the one imported (``cmsbot import rates``) for that date, else the
  nearest earlier one within ``WINDOW`` (a weekend or a holiday has no fixing;
  Friday's serves). Rates are units of the reporting currency for one unit.
- An amount with no such rate is **not converted**: never counted as zero,
  listed with the reason, and every total says it excludes it.
- Nothing is rounded here: the converted amounts are exact products, summed,
  and rounded once where they are shown (and the bonus at its end, as always).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.i18n import _
from bot.messages import reports as text
from storage.models import ExchangeRate

WINDOW = timedelta(days=7)
ONE = Decimal(1)


@dataclass(frozen=True)
class NotConverted:
    """An amount left out of a converted total: no rate for its currency near its booking date."""

    what: str  # "deposit", "pledge", "mandate", "cost"
    ref: str  # the claim's id ("#12") or the initiative's tag
    amount: Decimal
    currency: str
    booked_on: date
    missing: str  # the currency without a rate: the amount's, or a plan's other currency

    @property
    def reason(self) -> str:
        return _(text.NOT_CONVERTED).format(currency=self.missing, day=self.booked_on.isoformat())

    @property
    def line(self) -> str:
        """'deposit #12 EUR 1,200,000.00 not converted: no EUR rate on or before 2026-11-03'."""
        return _(text.NOT_CONVERTED_LINE).format(
            what=self.what,
            ref=self.ref,
            amount=f"{self.currency} {self.amount:,.2f}",
            reason=self.reason,
        )


class Rates:
    """The imported rates of one reporting currency, in memory for one report."""

    def __init__(self, reporting: str, table: dict[str, list[tuple[date, Decimal]]]) -> None:
        self.reporting = reporting
        self._days = {currency: [day for day, _ in rows] for currency, rows in table.items()}
        self._rates = {currency: [rate for _, rate in rows] for currency, rows in table.items()}

    @classmethod
    def load(cls, session: Session, reporting: str, currencies: Iterable[str] = ()) -> Rates:
        """Rates into ``reporting`` for ``currencies`` (all of them when none are named)."""
        wanted = sorted(set(currencies) - {reporting})
        query = select(ExchangeRate.currency, ExchangeRate.rated_on, ExchangeRate.rate).where(
            ExchangeRate.base == reporting
        )
        if wanted:
            query = query.where(ExchangeRate.currency.in_(wanted))
        table: dict[str, list[tuple[date, Decimal]]] = defaultdict(list)
        for currency, day, rate in session.execute(query.order_by(ExchangeRate.rated_on)):
            table[currency].append((day, Decimal(rate)))
        return cls(reporting, dict(table))

    def rate(self, currency: str, on: date) -> Decimal | None:
        """Units of the reporting currency for one ``currency`` on ``on``; None without a rate."""
        if currency == self.reporting:
            return ONE
        days = self._days.get(currency)
        if not days:
            return None
        index = bisect_right(days, on)
        if not index or on - days[index - 1] > WINDOW:
            return None
        return self._rates[currency][index - 1]

    def convert(
        self, amount: Decimal, currency: str, on: date, *, into: str | None = None
    ) -> Decimal | None:
        """``amount`` in ``into`` (default the reporting currency), exact; None without a rate.

        Into another currency (a bonus plan's), through the reporting currency's
        rates of both on the same day.
        """
        target = into or self.reporting
        if currency == target:
            return amount
        there = self.rate(currency, on)
        back = self.rate(target, on)
        if there is None or back is None:
            return None
        return amount * there / back

    def missing(self, currency: str, on: date, *, into: str | None = None) -> str:
        """The currency whose rate is missing (the amount's, else the target's)."""
        if self.rate(currency, on) is None:
            return currency
        return into or self.reporting


def not_converted(
    rates: Rates,
    *,
    what: str,
    ref: str,
    amount: Decimal,
    currency: str,
    on: date,
    into: str | None = None,
) -> NotConverted:
    """The entry listing ``amount`` as not converted (naming the currency that has no rate)."""
    return NotConverted(what, ref, amount, currency, on, rates.missing(currency, on, into=into))


def claim_not_converted(
    rates: Rates,
    kind: str,
    claim_id: int,
    amount: Decimal,
    currency: str,
    on: date,
    into: str | None = None,
) -> NotConverted:
    """A claim's amount left out, named as every report names a claim: its kind and ``#id``."""
    return not_converted(
        rates, what=kind, ref=f"#{claim_id}", amount=amount, currency=currency, on=on, into=into
    )


def total_note(items: Iterable[NotConverted]) -> str | None:
    """'excludes 2 amounts not converted' for a total, or None when nothing was left out."""
    found = list(items)
    if not found:
        return None
    return text.EXCLUDES_NOT_CONVERTED(len(found)).format(count=len(found))

"""Importing exchange rates: ``date,currency,rate``.

``rate`` is how many units of the reporting currency (``CMS_REPORTING_CURRENCY``
when the file is imported, kept on each row as its ``base``) one unit of
``currency`` bought on ``date``. Every pay figure is converted with these
(``bot.reports.conversion``). A rate already imported for the same day and
currency with another value is corrected (an ``update`` event records both),
because a feed's late correction is normal; the same value again is unchanged.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import audit
from bot.errors import InvalidInput
from bot.imports.counts import Counts
from bot.imports.csvfile import Problems, Row
from storage.models import ExchangeRate

COLUMNS = ("date", "currency", "rate")
OPTIONAL: tuple[str, ...] = ()
CURRENCY = re.compile(r"^[A-Za-z]{3}$")
# The column is NUMERIC(24, 10); SQLite keeps it as a double, exact to 15 digits.
PLACES = 10
LIMIT = Decimal(10) ** 6
Key = tuple[str, date]


def load(
    session: Session, rows: list[Row], *, actor: str, now: datetime, base: str = "USD"
) -> Counts:
    """Check every row, then write the new and corrected rates; raises ``ImportFailed``."""
    problems = Problems()
    planned: dict[Key, tuple[int, Decimal]] = {}
    for row in rows:
        found = _rate_of(row, problems, base=base)
        if found is None:
            continue
        key, rate = found
        if key in planned:
            first_line, first = planned[key]
            if first != rate:
                problems.add(
                    row.line,
                    f"{key[0]} on {key[1].isoformat()} is also on line {first_line} "
                    "with a different rate.",
                )
            continue
        planned[key] = (row.line, rate)
    problems.raise_if_any()
    stored = {
        (row.currency, row.rated_on): row
        for row in session.scalars(
            select(ExchangeRate).where(
                ExchangeRate.base == base,
                ExchangeRate.currency.in_({currency for currency, _day in planned}),
            )
        )
    }
    counts = Counts()
    created: list[ExchangeRate] = []
    for key, (_line, rate) in sorted(planned.items()):
        existing = stored.get(key)
        if existing is None:
            fresh = ExchangeRate(
                base=base, currency=key[0], rated_on=key[1], rate=rate, imported_at=now
            )
            session.add(fresh)
            created.append(fresh)
            counts.add("created")
        elif Decimal(existing.rate) != rate:
            before = audit.snapshot(existing)
            existing.rate, existing.imported_at = rate, now
            audit.record(
                session, actor=actor, action="update", entity=existing, before=before, now=now
            )
            counts.add("updated")
        else:
            counts.add("unchanged")
    session.flush()
    audit.record_many(
        session,
        actor=actor,
        action="create",
        entity_type=ExchangeRate.__tablename__,
        afters=[(row.id, audit.snapshot(row)) for row in created],
        now=now,
    )
    counts.unchanged += len(rows) - len(planned)
    return counts


def _rate_of(row: Row, problems: Problems, *, base: str) -> tuple[Key, Decimal] | None:
    line, before = row.line, len(problems.found)
    day = problems.check(line, _date, row["date"])
    currency = row["currency"].upper()
    if not CURRENCY.match(currency):
        problems.add(line, f"currency {row['currency']!r} is not a 3-letter code like EUR or CHF.")
    elif currency == base:
        problems.add(
            line,
            f"currency {currency} is the reporting currency (CMS_REPORTING_CURRENCY); "
            "its rate is always 1, so leave the line out.",
        )
    rate = problems.check(line, rate_of, row["rate"])
    if len(problems.found) > before:
        return None
    assert day is not None and rate is not None
    return (currency, day), rate


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"date {text!r} is not a date like 2026-11-03.") from None


def rate_of(text: str) -> Decimal:
    """A positive decimal with at most ten places (``0.9312``); never via float."""
    try:
        rate = Decimal(text)
    except InvalidOperation:
        rate = None
    if rate is None or not rate.is_finite():
        raise InvalidInput(f"rate {text!r} is not a number like 1.0825 (a dot for the decimals).")
    if rate <= 0:
        raise InvalidInput(f"rate {text} is not above zero.")
    if rate >= LIMIT:
        raise InvalidInput(f"rate {text} is too large (at most 999999.9999999999).")
    if rate != rate.quantize(Decimal(1).scaleb(-PLACES)):
        raise InvalidInput(f"rate {text} has more than {PLACES} decimal places.")
    return rate.quantize(Decimal(1).scaleb(-PLACES))

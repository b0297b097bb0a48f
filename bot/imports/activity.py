"""Importing the custodian's account activity: ``account,date,amount,currency,type,reference``.

The custodian's ``reference`` names a booking for good: the same reference
with the same values is already here (unchanged); with different values it is
an error, never an overwrite, because a controller may already have confirmed
a claim against the old values. New rows are offered to claim matching
(``bot.claims.evidence.match_new_activity``) when that module exists.
"""

from __future__ import annotations

import importlib
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from bot import audit
from bot.errors import InvalidInput
from bot.imports.bulk import ids_by, insert_rows, lookup, row_snapshot
from bot.imports.counts import Counts
from bot.imports.csvfile import Problems, Row
from storage.models import AccountActivity

COLUMNS = ("account", "date", "amount", "currency", "type", "reference")
OPTIONAL: tuple[str, ...] = ()
MATCHING_MODULE = "bot.claims.evidence"
CENT = Decimal("0.01")
# Money columns are NUMERIC(20, 2).
LIMIT = Decimal(10) ** 18
Booking = tuple[str, date, Decimal, str, str]


def load(session: Session, rows: list[Row], *, actor: str, now: datetime) -> Counts:
    problems = Problems()
    planned: dict[str, tuple[int, Booking]] = {}
    for row in rows:
        booking = _booking(row, problems)
        reference = row["reference"]
        if booking is None:
            continue
        if reference in planned:
            first_line, first = planned[reference]
            if first != booking:
                problems.add(
                    row.line,
                    f"reference {reference} is also on line {first_line} with different values.",
                )
            continue
        planned[reference] = (row.line, booking)
    stored = {
        reference: (account, booked_on, amount, currency, kind)
        for reference, account, booked_on, amount, currency, kind in lookup(
            session,
            AccountActivity.reference,
            planned,
            AccountActivity.reference,
            AccountActivity.account,
            AccountActivity.booked_on,
            AccountActivity.amount,
            AccountActivity.currency,
            AccountActivity.type,
        )
    }
    for reference, (line, booking) in planned.items():
        if reference in stored and stored[reference] != booking:
            problems.add(
                line,
                f"reference {reference} was already imported as {_describe(stored[reference])}; "
                "a custodian reference never changes, so fix this line.",
            )
    problems.raise_if_any()
    fresh = [
        {
            "account": account,
            "booked_on": booked_on,
            "amount": amount,
            "currency": currency,
            "type": kind,
            "reference": reference,
            "imported_at": now,
        }
        for reference, (_line, (account, booked_on, amount, currency, kind)) in planned.items()
        if reference not in stored
    ]
    insert_rows(session, AccountActivity, fresh)
    ids = ids_by(session, AccountActivity.reference, [v["reference"] for v in fresh])
    afters = [
        (ids[v["reference"]], row_snapshot(AccountActivity, {**v, "id": ids[v["reference"]]}))
        for v in fresh
    ]
    audit.record_many(
        session,
        actor=actor,
        action="create",
        entity_type="account_activity",
        afters=afters,
        now=now,
    )
    if afters:
        _offer_to_matching(session, [entity_id for entity_id, _after in afters], now=now)
    return Counts(created=len(fresh), unchanged=len(rows) - len(fresh))


def _booking(row: Row, problems: Problems) -> Booking | None:
    line, before = row.line, len(problems.found)
    account, kind, reference = row["account"], row["type"], row["reference"]
    problems.require_texts(
        line, ("account", account, 64), ("type", kind, 32), ("reference", reference, 128)
    )
    booked_on = problems.check(line, _date, row["date"])
    amount = problems.check(line, amount_of, row["amount"])
    currency = problems.currency(line, row["currency"])
    if len(problems.found) > before:
        return None
    assert booked_on is not None and amount is not None
    return (account, booked_on, amount, currency, kind)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"date {text!r} is not a date like 2026-03-04.") from None


def amount_of(text: str) -> Decimal:
    """A decimal amount with at most two places (``-1250.5``); never via float."""
    try:
        amount = Decimal(text)
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        raise InvalidInput(
            f"amount {text!r} is not a number like 1250000.00 (no thousands separators)."
        )
    if amount != amount.quantize(CENT):
        raise InvalidInput(f"amount {text} has more than two decimal places.")
    if abs(amount) >= LIMIT:
        raise InvalidInput(f"amount {text} is too large.")
    return amount.quantize(CENT)


def _describe(booking: Booking) -> str:
    account, booked_on, amount, currency, kind = booking
    return f"{account} {booked_on.isoformat()} {amount} {currency} {kind}"


def _offer_to_matching(session: Session, activity_ids: list[int], *, now: datetime) -> None:
    """Hand new rows to claim matching, if the claims feature is installed."""
    try:
        matching = importlib.import_module(MATCHING_MODULE)
    except ModuleNotFoundError as error:
        if error.name == MATCHING_MODULE:
            return
        raise
    matching.match_new_activity(session, activity_ids=activity_ids, now=now)

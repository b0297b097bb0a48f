"""Importing positions: ``account,as_of,asset_class,market_value,currency``.

An account's positions on a day (``as_of``) are one statement of its assets:
a file that holds a day for an account replaces what was imported for that
account and day (rows no longer in the file are removed, changed ones
replaced), while other days stay as they were, the history the scorecard's
assets at a period's start and end read. The same file twice changes nothing.
Every account must be a client's (``ClientAccount``); every row is audited.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from bot import audit
from bot.errors import InvalidInput
from bot.imports.activity import amount_of
from bot.imports.bulk import chunks, insert_rows, lookup, row_snapshot
from bot.imports.counts import Counts
from bot.imports.csvfile import Problems, Row
from storage.models import ClientAccount, Position

COLUMNS = ("account", "as_of", "asset_class", "market_value", "currency")
OPTIONAL: tuple[str, ...] = ()
Key = tuple[str, date, str]  # account, as_of, asset_class
Value = tuple[Decimal, str]  # market value, currency


def load(session: Session, rows: list[Row], *, actor: str, now: datetime) -> Counts:
    problems = Problems()
    planned: dict[Key, tuple[int, Value]] = {}
    for row in rows:
        read = _position(row, problems, today=now.date())
        if read is None:
            continue
        key, value = read
        if key in planned:
            problems.add(
                row.line,
                f"{key[0]} {key[1].isoformat()} {key[2]} is also on line {planned[key][0]}; "
                "give each asset class once per account and day.",
            )
            continue
        planned[key] = (row.line, value)
    known = {
        account
        for (account,) in lookup(
            session, ClientAccount.account, {key[0] for key in planned}, ClientAccount.account
        )
    }
    for (account, _as_of, _class), (line, _value) in planned.items():
        if account not in known:
            problems.add(
                line,
                f"account {account} is no client's account; add it to the client's "
                "`accounts` in the clients import first.",
            )
    problems.raise_if_any()

    days = sorted({(account, as_of) for account, as_of, _class in planned})
    stored: dict[Key, tuple[int, Value]] = {}
    for part in chunks(days, 400):
        for position in session.scalars(
            select(Position).where(tuple_(Position.account, Position.as_of).in_(list(part)))
        ):
            key = (position.account, position.as_of, position.asset_class)
            stored[key] = (position.id, (Decimal(position.market_value), position.currency))
    wanted = {key: value for key, (_line, value) in planned.items()}
    unchanged = [key for key, value in wanted.items() if key in stored and stored[key][1] == value]
    replaced = [key for key in stored if wanted.get(key) != stored[key][1]]
    fresh = [key for key in wanted if key not in stored or key in replaced]

    if replaced:
        gone = [stored[key][0] for key in replaced]
        befores = {
            position.id: audit.snapshot(position)
            for position in session.scalars(select(Position).where(Position.id.in_(gone)))
        }
        for batch in chunks(gone, 900):
            session.execute(delete(Position).where(Position.id.in_(list(batch))))
        for position_id in gone:
            audit.record(
                session,
                actor=actor,
                action="delete",
                entity_type=Position.__tablename__,
                entity_id=position_id,
                before=befores[position_id],
                now=now,
            )
    values: list[dict[str, Any]] = [
        {
            "account": account,
            "as_of": as_of,
            "asset_class": asset_class,
            "market_value": wanted[(account, as_of, asset_class)][0],
            "currency": wanted[(account, as_of, asset_class)][1],
            "imported_at": now,
        }
        for account, as_of, asset_class in fresh
    ]
    insert_rows(session, Position, values)
    ids: dict[Key, int] = {}
    for part in chunks(days, 400):
        for position_id, account, as_of, asset_class in session.execute(
            select(Position.id, Position.account, Position.as_of, Position.asset_class).where(
                tuple_(Position.account, Position.as_of).in_(list(part))
            )
        ):
            ids[(account, as_of, asset_class)] = position_id
    afters = []
    for inserted in values:
        made = (inserted["account"], inserted["as_of"], inserted["asset_class"])
        afters.append((ids[made], row_snapshot(Position, {**inserted, "id": ids[made]})))
    audit.record_many(
        session,
        actor=actor,
        action="create",
        entity_type=Position.__tablename__,
        afters=afters,
        now=now,
    )
    changed = [key for key in fresh if key in stored]
    removed = [key for key in replaced if key not in wanted]
    return Counts(
        created=len(fresh) - len(changed),
        updated=len(changed) + len(removed),
        unchanged=len(unchanged),
    )


def _position(row: Row, problems: Problems, *, today: date) -> tuple[Key, Value] | None:
    line, before = row.line, len(problems.found)
    account, asset_class = row["account"], row["asset_class"]
    problems.require_texts(line, ("account", account, 64), ("asset_class", asset_class, 64))
    as_of = problems.check(line, _day, row["as_of"], today)
    market_value = problems.check(line, _value, row["market_value"])
    currency = problems.currency(line, row["currency"])
    if len(problems.found) > before:
        return None
    assert as_of is not None and market_value is not None
    return (account, as_of, asset_class), (market_value, currency)


def _value(text: str) -> Decimal:
    try:
        return amount_of(text)
    except InvalidInput as error:
        raise InvalidInput(str(error).replace("amount", "market_value", 1)) from None


def _day(text: str, today: date) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"as_of {text!r} is not a date like 2026-03-04.") from None
    if day > today + timedelta(days=1):
        raise InvalidInput(f"as_of {text} is in the future; positions are as of a day passed.")
    return day

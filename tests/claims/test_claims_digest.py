"""The morning digest of claims pending more than three working days."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.claims.digest import enqueue_digest, overdue_claims, working_days_between
from storage.engine import make_session_factory
from storage.models import OutboxMessage
from tests.claims_cast import make_cast, raise_claim, reject

MONDAY = date(2026, 11, 16)


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (MONDAY, MONDAY, 0),
        (MONDAY, MONDAY + timedelta(days=3), 3),  # Tue, Wed, Thu
        (MONDAY, MONDAY + timedelta(days=4), 4),
        (MONDAY + timedelta(days=4), MONDAY + timedelta(days=7), 1),  # Fri -> Mon
        (MONDAY + timedelta(days=5), MONDAY + timedelta(days=7), 1),  # Sat -> Mon
        (MONDAY, MONDAY + timedelta(days=14), 10),
        (MONDAY + timedelta(days=3), MONDAY, 0),
    ],
)
def test_working_days_count_weekdays_after_the_start(start: date, end: date, days: int) -> None:
    assert working_days_between(start, end) == days


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def test_claims_pending_more_than_three_working_days_oldest_first(
    session: Session, now: datetime
) -> None:
    cast = make_cast(session)

    def claim_raised(day: date, hour: int = 10):  # type: ignore[no-untyped-def]
        moment = at(day, hour)
        return raise_claim(
            session, rep=cast.rep, client=cast.client, now=moment, when=moment - timedelta(hours=1)
        )

    oldest = claim_raised(MONDAY - timedelta(days=7))
    older = claim_raised(MONDAY, 9)
    older_same_day = claim_raised(MONDAY, 16)
    claim_raised(MONDAY + timedelta(days=1))  # Tuesday: only three working days by Friday
    decided = claim_raised(MONDAY - timedelta(days=7), 11)
    reject(session, cast.controller, decided, at(MONDAY, 12), "no")

    friday = MONDAY + timedelta(days=4)
    listed = overdue_claims(session, today=friday)
    assert [(claim.id, age) for claim, age in listed] == [
        (oldest.id, 9),
        (older.id, 4),
        (older_same_day.id, 4),
    ]


def test_digest_is_owed_once_a_working_day_from_the_nudge_hour(
    session: Session, now: datetime
) -> None:
    cast = make_cast(session)
    raise_claim(session, rep=cast.rep, client=cast.client, now=at(MONDAY, 10), when=at(MONDAY, 9))
    friday, saturday = MONDAY + timedelta(days=4), MONDAY + timedelta(days=5)

    assert enqueue_digest(session, now=at(friday, 8), hour=9) is None  # before the hour
    first = enqueue_digest(session, now=at(friday, 9), hour=9)
    again = enqueue_digest(session, now=at(friday, 15), hour=9)
    assert first is not None and again is not None and first.id == again.id
    assert first.dedupe_key == "digest:claims:2026-11-20" and first.method == "claims_digest"
    assert enqueue_digest(session, now=at(saturday, 10), hour=9) is None  # not a working day
    keys = session.scalars(
        select(OutboxMessage.dedupe_key).where(OutboxMessage.method == "claims_digest")
    ).all()
    assert keys == ["digest:claims:2026-11-20"]


def test_no_digest_when_nothing_is_overdue(session: Session, now: datetime) -> None:
    cast = make_cast(session)
    raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    assert enqueue_digest(session, now=now + timedelta(days=1), hour=9) is None


def test_instances_ticking_at_once_owe_one_digest(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        cast = make_cast(session)
        raise_claim(
            session, rep=cast.rep, client=cast.client, now=at(MONDAY, 10), when=at(MONDAY, 9)
        )
    friday_nine = at(MONDAY + timedelta(days=4), 9)
    start = threading.Barrier(4)

    def tick(_: int) -> int | None:
        start.wait()
        with sessions.begin() as session:
            row = enqueue_digest(session, now=friday_nine, hour=9)
            return row.id if row is not None else None

    with ThreadPoolExecutor(max_workers=4) as pool:
        ids = {future.result() for future in [pool.submit(tick, n) for n in range(4)]}
    assert len(ids) == 1 and None not in ids

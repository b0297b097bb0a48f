"""Suggesting custodian activity for pending deposit and pledge claims."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.claims.evidence import candidates_for, match_new_activity
from storage.models import OutboxMessage
from tests.claims_cast import (
    add_activity,
    approve,
    make_cast,
    one_booking_two_claims,
    raise_claim,
    reject,
)

CONTACT_DAY = date(2026, 11, 18)  # the default claim's contact: three hours before ``now``


def refs(candidates: list) -> list[str]:  # type: ignore[type-arg]
    return [c.reference for c in candidates]


def test_candidates_rank_named_account_then_amount_then_date(
    session: Session, now: datetime
) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    add_activity(session, reference="OTHER-ACCOUNT", account="ACC-2", now=now)
    add_activity(session, reference="NEAR-AMOUNT", amount="2490000", now=now)
    add_activity(
        session, reference="EXACT-LATER", booked_on=CONTACT_DAY + timedelta(days=5), now=now
    )
    add_activity(session, reference="EXACT", now=now)

    assert refs(candidates_for(session, claim)) == [
        "EXACT",
        "EXACT-LATER",
        "NEAR-AMOUNT",
        "OTHER-ACCOUNT",
    ]
    [first, *_rest, last] = candidates_for(session, claim)
    assert first.named_account and not last.named_account


def test_what_does_not_match_is_left_out(session: Session, now: datetime) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    add_activity(session, reference="TOO-FAR-OFF", amount="2400000", now=now)
    add_activity(session, reference="EUROS", currency="EUR", now=now)
    add_activity(session, reference="STRANGER", account="ACC-9", now=now)
    add_activity(session, reference="TOO-LATE", booked_on=CONTACT_DAY + timedelta(days=40), now=now)
    add_activity(
        session, reference="TOO-EARLY", booked_on=CONTACT_DAY - timedelta(days=30), now=now
    )
    add_activity(session, reference="OUTFLOW", amount="-2500000", now=now)
    assert candidates_for(session, claim) == []


def test_a_pledge_matches_money_arriving_months_later(session: Session, now: datetime) -> None:
    cast = make_cast(session)
    pledge = raise_claim(session, rep=cast.rep, client=cast.client, now=now, kind="pledge")
    add_activity(session, reference="FUNDED", booked_on=CONTACT_DAY + timedelta(days=90), now=now)
    assert refs(candidates_for(session, pledge)) == ["FUNDED"]


def test_claim_without_account_matches_any_account_of_the_client(
    session: Session, now: datetime
) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now, account=None)
    add_activity(session, reference="ON-ACC-2", account="ACC-2", now=now)
    assert refs(candidates_for(session, claim)) == ["ON-ACC-2"]


def test_activity_proving_another_claim_is_not_suggested_again(
    session: Session, now: datetime
) -> None:
    cast, first, second = one_booking_two_claims(session, now)
    approve(session, cast.controller, first, now, evidence_reference="TX-1")
    assert candidates_for(session, second) == []


def test_mandates_are_never_matched(session: Session, now: datetime) -> None:
    cast = make_cast(session)
    mandate = raise_claim(session, rep=cast.rep, client=cast.client, now=now, kind="mandate")
    row = add_activity(session, reference="FEE", now=now)
    assert candidates_for(session, mandate) == []
    assert match_new_activity(session, activity_ids=[row.id], now=now) == {}


def test_new_activity_refreshes_each_affected_pending_claim_once(
    session: Session, now: datetime
) -> None:
    cast = make_cast(session)
    deposit = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    pledge = raise_claim(
        session, rep=cast.rep, client=cast.client, now=now, kind="pledge", amount="1000000"
    )
    decided = raise_claim(
        session, rep=cast.rep, client=cast.client, now=now, when=now - timedelta(hours=5)
    )
    reject(session, cast.controller, decided, now, "duplicate")
    a = add_activity(session, reference="A", now=now)
    b = add_activity(session, reference="B", account="ACC-2", now=now)
    c = add_activity(session, reference="C", amount="1000000", now=now)
    add_activity(session, reference="NOISE", amount="5", now=now)
    before = set(session.scalars(select(OutboxMessage.dedupe_key)))

    found = match_new_activity(session, activity_ids=[a.id, b.id, c.id], now=now)
    again = match_new_activity(session, activity_ids=[a.id, b.id, c.id], now=now)

    assert found == again == {deposit.id: [a.id, b.id], pledge.id: [c.id]}
    new = set(session.scalars(select(OutboxMessage.dedupe_key))) - before
    assert new == {f"claim:{deposit.id}:match:{b.id}", f"claim:{pledge.id}:match:{c.id}"}
    row = session.scalar(
        select(OutboxMessage).where(OutboxMessage.dedupe_key == f"claim:{deposit.id}:match:{b.id}")
    )
    assert row is not None and row.method == "claim_message_refresh"
    assert row.payload == {"claim_id": deposit.id, "activity_ids": [a.id, b.id]}

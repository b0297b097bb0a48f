"""Deciding and withdrawing claims through the service layer, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import i18n
from bot.audit.verify import verify
from bot.claims import get_claim, refusal, withdraw
from bot.errors import AlreadyDecided, ClaimNotFound, InvalidInput, NotAllowed
from storage.models import AuditEvent, Claim, OutboxMessage
from tests.claims_cast import (
    add_activity,
    approve,
    make_cast,
    one_booking_two_claims,
    raise_claim,
    reject,
)
from tests.factories import make_client, make_delegate, make_rep


def audit_actions(session: Session, claim_id: int) -> list[str]:
    return list(
        session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.entity_type == "claims", AuditEvent.entity_id == str(claim_id))
            .order_by(AuditEvent.seq)
        )
    )


def owed(session: Session) -> list[tuple[str, str]]:
    return [
        (key, method)
        for key, method in session.execute(
            select(OutboxMessage.dedupe_key, OutboxMessage.method).order_by(OutboxMessage.id)
        )
    ]


def test_controller_approves_a_deposit_with_evidence_and_note(
    session: Session, now: datetime
) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    add_activity(session, reference="TX-1", now=now)

    decided = approve(
        session,
        cast.controller,
        claim,
        now,
        note="  matched to the custodian feed ",
        evidence_reference="TX-1",
    )

    assert (decided.status, decided.decided_by_id, decided.decided_at) == (
        "verified",
        cast.controller.id,
        now,
    )
    assert (decided.decision_note, decided.evidence_reference) == (
        "matched to the custodian feed",
        "TX-1",
    )
    assert audit_actions(session, claim.id) == ["create", "decide"]
    assert owed(session)[-2:] == [
        (f"claim:{claim.id}:decided", "claim_message_refresh"),
        (f"claim:{claim.id}:decision_dm", "claim_decision_dm"),
    ]
    assert verify(session) == []


def test_rejection_needs_a_reason_on_the_reason_field(session: Session, now: datetime) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    for blank in (None, "", "   "):
        with pytest.raises(InvalidInput) as raised:
            reject(session, cast.controller, claim, now, note=blank)
        assert raised.value.field == "reason"
    assert get_claim(session, claim.id).status == "pending"

    reject(
        session,
        cast.controller,
        claim,
        now,
        "No such deposit in the feed.",
        evidence_reference="ignored",
    )
    assert (claim.status, claim.decision_note, claim.evidence_reference) == (
        "rejected",
        "No such deposit in the feed.",
        None,
    )


@pytest.mark.parametrize(
    ("who", "message"),
    [("rep", "Only controllers"), ("manager", "Only controllers"), ("admin", "Only controllers")],
)
def test_only_controllers_decide(session: Session, now: datetime, who: str, message: str) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    actor = {
        "rep": cast.rep,
        "manager": cast.manager,
        "admin": make_rep(session, roles=("admin",)),
    }[who]
    with pytest.raises(NotAllowed, match=message):
        approve(session, actor, claim, now)
    assert get_claim(session, claim.id).status == "pending"
    assert audit_actions(session, claim.id) == ["create"]


def test_a_controller_never_decides_their_own_claim(session: Session, now: datetime) -> None:
    make_cast(session)
    rep_controller = make_rep(session, "UBOTH", "Bo Both", roles=("rep", "controller"))
    own_client = make_client(session, "Own Client", covered_by=[rep_controller])
    mine = raise_claim(session, rep=rep_controller, client=own_client, now=now, account=None)
    with pytest.raises(NotAllowed, match="your own"):
        approve(session, rep_controller, mine, now)


def test_the_assistant_who_logged_it_may_not_decide_either(session: Session, now: datetime) -> None:
    cast = make_cast(session)
    assistant = make_rep(session, "UASST", "Ada Assistant", roles=("assistant", "controller"))
    make_delegate(session, rep=cast.rep, assistant=assistant)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now, author=assistant)
    assert refusal(session, actor=assistant, claim=claim) is not None
    assert refusal(session, actor=cast.controller, claim=claim) is None


def test_second_decision_is_told_who_decided_first_in_their_zone(
    session: Session, now: datetime
) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    approve(
        session,
        cast.controller,
        claim,
        now,
        override_reason="Confirmed by phone with the custodian.",
    )
    with pytest.raises(AlreadyDecided) as raised:
        reject(session, cast.controller2, claim, now + timedelta(minutes=1), "late")
    # 15:00 UTC on 18 Nov is 15:00 in London (GMT in winter).
    assert str(raised.value) == (
        "This claim was already approved by Carl Controller at Wed 18 Nov 2026, 15:00 "
        "(Europe/London)."
    )
    assert audit_actions(session, claim.id) == ["create", "decide"]


def test_unknown_claim_is_a_polite_not_found(session: Session, now: datetime) -> None:
    cast = make_cast(session)
    with pytest.raises(ClaimNotFound, match="doesn't exist"):
        approve(session, cast.controller, 987654, now)


def test_evidence_must_be_imported_and_unused(session: Session, now: datetime) -> None:
    cast, first, second = one_booking_two_claims(session, now)

    def approve_with(claim: Claim, reference: str) -> None:
        approve(session, cast.controller, claim, now, evidence_reference=reference)

    with pytest.raises(InvalidInput, match="No imported account activity") as raised:
        approve_with(first, "TX-404")
    assert raised.value.field == "evidence"
    approve_with(first, "TX-1")
    with pytest.raises(InvalidInput, match=f"already proves claim #{first.id}"):
        approve_with(second, "TX-1")
    assert get_claim(session, second.id).status == "pending"


def test_a_pledge_is_confirmed_only_against_the_deposit_that_funds_it(
    session: Session, now: datetime
) -> None:
    cast = make_cast(session)
    pledge = raise_claim(session, rep=cast.rep, client=cast.client, now=now, kind="pledge")
    with pytest.raises(InvalidInput, match="pledge is confirmed against") as raised:
        approve(session, cast.controller, pledge, now)
    assert raised.value.field == "evidence"
    add_activity(session, reference="FUND-1", now=now)
    approve(session, cast.controller, pledge, now, evidence_reference="FUND-1")
    assert (pledge.status, pledge.evidence_reference) == ("verified", "FUND-1")


def refused_as_proof(session: Session, now: datetime, **booking: str) -> tuple[Claim, InvalidInput]:
    """A pledge approved against a booking ``NOT-IT`` made with ``booking``'s differences:
    the pledge, and the refusal."""
    cast = make_cast(session)
    pledge = raise_claim(session, rep=cast.rep, client=cast.client, now=now, kind="pledge")
    add_activity(session, reference="NOT-IT", now=now, **booking)
    with pytest.raises(InvalidInput) as raised:
        approve(session, cast.controller, pledge, now, evidence_reference="NOT-IT")
    return pledge, raised.value


@pytest.mark.parametrize(
    ("booking", "reason"),
    [
        ({"account": "ACC-OTHER"}, "booked on account ACC-OTHER, not one of this client's"),
        ({"currency": "EUR"}, "it is in EUR, the claim in USD"),
        ({"amount": "12.00"}, "its amount USD 12.00 is not the claim's"),
    ],
)
def test_evidence_that_does_not_fund_the_claim_is_refused_on_its_field(
    session: Session, now: datetime, booking: dict[str, str], reason: str
) -> None:
    pledge, refusal = refused_as_proof(session, now, **booking)
    assert re.search(reason, str(refusal))
    assert refusal.field == "evidence"
    assert get_claim(session, pledge.id).status == "pending"


def test_rep_withdraws_own_pending_claim_and_controllers_message_is_refreshed(
    session: Session, now: datetime
) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    with pytest.raises(NotAllowed, match="Only the rep"):
        withdraw(session, actor=cast.controller, claim_id=claim.id, now=now)

    withdraw(session, actor=cast.rep, claim_id=claim.id, now=now)

    assert (claim.status, claim.decided_by_id) == ("withdrawn", cast.rep.id)
    assert audit_actions(session, claim.id) == ["create", "withdraw"]
    assert (f"claim:{claim.id}:withdrawn", "claim_message_refresh") in owed(session)
    with pytest.raises(AlreadyDecided, match="already withdrawn by Rita Rep"):
        approve(session, cast.controller, claim, now)


def test_withdrawing_a_decided_claim_says_who_decided(session: Session, now: datetime) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    reject(session, cast.controller, claim, now, "not in the feed")
    with pytest.raises(AlreadyDecided, match="already rejected by Carl Controller at .*New_York"):
        withdraw(session, actor=cast.rep, claim_id=claim.id, now=now)
    assert get_claim(session, claim.id).status == "rejected"


@pytest.mark.parametrize(
    ("code", "shown"),
    [("en", "USD 1,234.50"), ("fr", "USD 1 234,50"), ("hi", "USD 12,34,567.00")],
)
def test_a_booking_of_another_amount_is_named_in_the_controllers_own_digits(
    session: Session, now: datetime, code: str, shown: str
) -> None:
    """The refusal names the booked amount as the reader writes numbers (CLDR's
    separators; Hindi groups by lakh), not in English digits for everyone."""
    amount = "1234567.00" if code == "hi" else "1234.50"
    with i18n.speaking(code):
        _pledge, refusal = refused_as_proof(session, now, amount=amount)
    assert shown in str(refusal).replace("\u202f", " ").replace("\xa0", " ")

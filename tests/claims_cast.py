"""Shared arrangements for the claims tests (no tests here): a cast, a claim, some activity.

Claims are raised through the real ``log_contact`` so the audit trail and the
outbox are what production would have; activity rows are inserted directly,
as the import would leave them (with their audit event).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from bot import audit
from bot.claims import decide
from bot.contacts import ContactDraft, log_contact
from bot.parsing import ClaimDraft
from storage.models import AccountActivity, Claim, Client, Rep
from tests.factories import SETTING, make_client, make_rep


@dataclass
class Cast:
    manager: Rep
    rep: Rep
    controller: Rep
    controller2: Rep
    client: Client


def make_cast(session: Session) -> Cast:
    manager = make_rep(session, "UMGR", "Maya Manager", roles=("rep", "manager"))
    rep = make_rep(session, "UREP", "Rita Rep", manager=manager, timezone="America/New_York")
    controller = make_rep(session, "UCTL1", "Carl Controller", roles=("controller",))
    controller2 = make_rep(
        session, "UCTL2", "Cora Controller", roles=("controller",), timezone="Europe/London"
    )
    client = make_client(
        session,
        "Jane Smith",
        covered_by=[rep],
        household="Smith family",
        accounts=["ACC-1", "ACC-2"],
        external_id="JS-001",
    )
    return Cast(manager, rep, controller, controller2, client)


def raise_claim(
    session: Session,
    *,
    rep: Rep,
    client: Client,
    now: datetime,
    kind: str = "deposit",
    amount: str = "2500000",
    currency: str = "USD",
    account: str | None = "ACC-1",
    when: datetime | None = None,
    author: Rep | None = None,
    notes: str = "Lunch at the club; agreed to move the bond portfolio.",
) -> Claim:
    draft = ContactDraft(
        client_id=client.id,
        occurred_at=when or now - timedelta(hours=3),
        channel="in_person",
        notes=notes,
        claims=(ClaimDraft(kind=kind, amount=Decimal(amount), currency=currency, account=account),),
    )
    logged = log_contact(
        session, actor=author or rep, owner=rep if author else None, draft=draft, now=now
    )
    [claim] = logged.claims
    return claim


def one_booking_two_claims(session: Session, now: datetime) -> tuple[Cast, Claim, Claim]:
    """The cast, two like deposits logged two and three hours ago, and one booking (TX-1)
    that could prove either: what a booking proving one claim at most is tested on."""
    cast = make_cast(session)
    first = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    later = now - timedelta(hours=2)
    second = raise_claim(session, rep=cast.rep, client=cast.client, now=now, when=later)
    add_activity(session, reference="TX-1", now=now)
    return cast, first, second


def add_activity(
    session: Session,
    *,
    reference: str,
    amount: str = "2500000",
    booked_on: date = date(2026, 11, 19),
    account: str = "ACC-1",
    currency: str = "USD",
    kind: str = "deposit",
    now: datetime,
) -> AccountActivity:
    row = AccountActivity(
        account=account,
        booked_on=booked_on,
        amount=Decimal(amount),
        currency=currency,
        type=kind,
        reference=reference,
        imported_at=now,
    )
    session.add(row)
    session.flush()
    audit.record(session, actor=SETTING, action="create", entity=row, now=now)
    return row


def approve(
    session: Session, actor: Rep, claim: Claim | int, now: datetime, **values: Any
) -> Claim:
    """``decide`` as the Approve button does, with no note and no evidence unless
    ``values`` give them (``evidence_reference``, ``override_reason``...); ``claim``
    or its id."""
    values = {"note": None, "evidence_reference": None, **values}
    claim_id = claim if isinstance(claim, int) else claim.id
    return decide(session, actor=actor, claim_id=claim_id, decision="verified", now=now, **values)


def reject(
    session: Session, actor: Rep, claim: Claim | int, now: datetime, note: str | None, **values: Any
) -> Claim:
    """``decide`` as the Reject button does; a rejection's reason is its ``note``."""
    values = {"evidence_reference": None, **values}
    claim_id = claim if isinstance(claim, int) else claim.id
    return decide(
        session, actor=actor, claim_id=claim_id, decision="rejected", note=note, now=now, **values
    )

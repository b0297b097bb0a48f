"""Suggesting custodian activity that may prove a claim. Matching suggests; controllers decide.

A deposit or pledge claim matches an activity row booked to the claim's account
(or any of the client's accounts), in the same currency, for the claimed amount
within a tolerance, inside a date window around the contact (a pledge's money
may arrive months later). Candidates are computed from the database whenever a
claim's message is rendered, so the controllers' message always shows what is
true then; importing new activity only has to say which messages to refresh.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.delivery import owed as outbox
from bot.i18n import _
from bot.messages import formatting
from storage.models import AccountActivity, Claim, ClientAccount, Interaction

log = logging.getLogger(__name__)

MATCHABLE_KINDS = ("deposit", "pledge")
# An amount within 1% either way: custodians book net of fees, reps round.
AMOUNT_TOLERANCE = Decimal("0.01")
# Days before and after the contact in which the money may be booked.
WINDOWS = {
    "deposit": (timedelta(days=10), timedelta(days=15)),
    "pledge": (timedelta(days=10), timedelta(days=180)),
}
MAX_CANDIDATES = 5
REFRESH = "claim_message_refresh"
_CHUNK = 500


@dataclass(frozen=True)
class Candidate:
    """One activity row that may prove a claim; ``named_account`` when on the claim's own account."""

    activity_id: int
    reference: str
    account: str
    booked_on: date
    amount: Decimal
    currency: str
    type: str
    named_account: bool
    amount_gap: Decimal
    days_off: int

    def rank(self) -> tuple[bool, Decimal, int, str]:
        return (not self.named_account, self.amount_gap, self.days_off, self.reference)


@dataclass(frozen=True)
class _Target:
    """What a pending claim needs for matching, read once per import."""

    claim_id: int
    kind: str
    amount: Decimal
    currency: str
    account: str | None
    contact_day: date


def accounts_for(session: Session, claim: Claim) -> set[str]:
    """The claim's own account, if named, and every account of its client."""
    accounts = set(
        session.scalars(
            select(ClientAccount.account).where(ClientAccount.client_id == claim.client_id)
        )
    )
    if claim.account:
        accounts.add(claim.account)
    return accounts


def candidates_for(
    session: Session,
    claim: Claim,
    *,
    limit: int = MAX_CANDIDATES,
    occurred_at: datetime | None = None,
) -> list[Candidate]:
    """The best activity rows for a deposit or pledge claim, best first (none for a mandate).

    Rows that already prove another verified claim are left out. ``occurred_at``: the
    claim's contact's, when the caller has read it already (not read again).
    """
    if claim.kind not in MATCHABLE_KINDS:
        return []
    day = occurred_at.date() if occurred_at else _contact_day(session, claim)
    target = _target(claim, day)
    accounts = accounts_for(session, claim)
    if not accounts:
        return []
    before, after = WINDOWS[claim.kind]
    low, high = _amount_range(target.amount)
    used = select(Claim.evidence_reference).where(
        Claim.status == "verified",
        Claim.id != claim.id,
        Claim.evidence_reference.is_not(None),
    )
    rows = session.scalars(
        select(AccountActivity).where(
            AccountActivity.account.in_(accounts),
            AccountActivity.currency == target.currency,
            AccountActivity.amount >= low,
            AccountActivity.amount <= high,
            AccountActivity.booked_on >= target.contact_day - before,
            AccountActivity.booked_on <= target.contact_day + after,
            AccountActivity.reference.not_in(used),
        )
    ).all()
    found = [_candidate(target, row) for row in rows]
    return sorted(found, key=Candidate.rank)[:limit]


def match_new_activity(
    session: Session, *, activity_ids: Sequence[int], now: datetime
) -> dict[int, list[int]]:
    """After an import: which pending claims the new rows may prove; their messages are refreshed.

    Returns ``{claim_id: [activity ids]}`` and owes one ``claim_message_refresh`` per
    affected claim (keyed on the newest matching row, so re-importing owes nothing new).
    """
    by_account = _pending_targets_by_account(session)
    matches: dict[int, list[int]] = defaultdict(list)
    if not by_account:
        return {}
    for chunk in _chunks(sorted(set(activity_ids)), _CHUNK):
        rows = session.scalars(select(AccountActivity).where(AccountActivity.id.in_(chunk)))
        for row in rows:
            for target in by_account.get(row.account, ()):
                if _fits(target, row):
                    matches[target.claim_id].append(row.id)
    for claim_id, ids in sorted(matches.items()):
        outbox.enqueue(
            session,
            kind=REFRESH,
            dedupe_key=f"claim:{claim_id}:match:{max(ids)}",
            data={"claim_id": claim_id, "activity_ids": sorted(ids)},
            now=now,
        )
    if matches:
        log.info("new activity may prove %d pending claim(s)", len(matches))
    return dict(matches)


def _pending_targets_by_account(session: Session) -> dict[str, list[_Target]]:
    rows = session.execute(
        select(Claim, Interaction.occurred_at)
        .join(Interaction, Interaction.id == Claim.interaction_id)
        .where(Claim.status == "pending", Claim.kind.in_(MATCHABLE_KINDS))
    ).all()
    if not rows:
        return {}
    client_ids = {claim.client_id for claim, _ in rows}
    client_accounts: dict[int, set[str]] = defaultdict(set)
    for client_id, account in session.execute(
        select(ClientAccount.client_id, ClientAccount.account).where(
            ClientAccount.client_id.in_(client_ids)
        )
    ):
        client_accounts[client_id].add(account)
    by_account: dict[str, list[_Target]] = defaultdict(list)
    for claim, occurred_at in rows:
        target = _target(claim, occurred_at.date())
        accounts = set(client_accounts[claim.client_id])
        if claim.account:
            accounts.add(claim.account)
        for account in accounts:
            by_account[account].append(target)
    return by_account


def _target(claim: Claim, contact_day: date) -> _Target:
    return _Target(
        claim_id=claim.id,
        kind=claim.kind,
        amount=Decimal(claim.amount),
        currency=claim.currency,
        account=claim.account,
        contact_day=contact_day,
    )


def _contact_day(session: Session, claim: Claim) -> date:
    occurred_at = session.scalar(
        select(Interaction.occurred_at).where(Interaction.id == claim.interaction_id)
    )
    return (occurred_at or claim.created_at).date()


def _amount_range(amount: Decimal) -> tuple[Decimal, Decimal]:
    slack = amount * AMOUNT_TOLERANCE
    return amount - slack, amount + slack


def why_not_proof(session: Session, claim: Claim, row: AccountActivity) -> str | None:
    """Why ``row`` cannot prove ``claim`` (None when it can): the rule a controller's pick meets.

    The booking must be on the claim's account or one of the client's, in the
    claim's currency, for its amount (within ``AMOUNT_TOLERANCE``). When it was
    booked is the controller's judgement (matching only suggests rows in a window).
    """
    accounts = set(
        session.scalars(
            select(ClientAccount.account).where(ClientAccount.client_id == claim.client_id)
        )
    )
    if claim.account:
        accounts.add(claim.account)
    if row.account not in accounts:
        return _("it was booked on account {account}, not one of this client's").format(
            account=row.account
        )
    if row.currency != claim.currency:
        return _("it is in {booked}, the claim in {claimed}").format(
            booked=row.currency, claimed=claim.currency
        )
    low, high = _amount_range(Decimal(claim.amount))
    if not low <= Decimal(row.amount) <= high:
        return _("its amount {currency} {amount} is not the claim's").format(
            currency=row.currency, amount=formatting.figure(Decimal(row.amount))
        )
    return None


def _fits(target: _Target, row: AccountActivity) -> bool:
    if row.currency != target.currency:
        return False
    low, high = _amount_range(target.amount)
    if not low <= Decimal(row.amount) <= high:
        return False
    before, after = WINDOWS[target.kind]
    return target.contact_day - before <= row.booked_on <= target.contact_day + after


def _candidate(target: _Target, row: AccountActivity) -> Candidate:
    return Candidate(
        activity_id=row.id,
        reference=row.reference,
        account=row.account,
        booked_on=row.booked_on,
        amount=Decimal(row.amount),
        currency=row.currency,
        type=row.type,
        named_account=target.account is not None and row.account == target.account,
        amount_gap=abs(Decimal(row.amount) - target.amount),
        days_off=abs((row.booked_on - target.contact_day).days),
    )


def _chunks(values: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]

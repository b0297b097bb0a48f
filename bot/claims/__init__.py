"""Controllers' decisions on claims: exactly once, by someone independent, on the record.

Nothing counts toward a bonus until a controller other than the claim's rep
(and other than whoever logged the contact) has confirmed it. The decision is
one conditional ``UPDATE … WHERE status = 'pending'``: two clicks, two
controllers or two instances racing produce one decision, and the losers are
told who won. The channel message and the rep's DM are owed through the
outbox in the same transaction, so Slack being down loses nothing.

Evidence before a claim counts: a deposit, and a pledge's funding, is verified
only with the custodian booking that proves it (``bot.claims.evidence``'s
rule), a mandate with its engagement reference or fee booking; else by an
explicit *override* with the controller's written reason, kept on the claim
(``override_reason``) and shown as an override wherever the claim is, unless
the firm forbids it (``CMS_EVIDENCE_OVERRIDE=forbidden``). One booking proves
at most one claim: a unique constraint (migration 0010_pay), so two
controllers using one booking at once cannot both win; the loser is told
which claim it proves.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, lazyload

from bot import audit
from bot.claims.evidence import (
    AMOUNT_TOLERANCE,
    MATCHABLE_KINDS,
    Candidate,
    candidates_for,
    why_not_proof,
)
from bot.claims.raising import withdraw_claim
from bot.delivery import owed as outbox
from bot.directory import access
from bot.errors import AlreadyDecided, ClaimNotFound, InvalidInput, NotAllowed
from bot.i18n import _
from bot.messages import claims as text
from bot.messages import formatting
from storage.models import AccountActivity, Claim, Client, Household, Interaction, Rep

log = logging.getLogger(__name__)

DECISIONS = ("verified", "rejected")
NOTE_LIMIT = 2000
REFRESH = "claim_message_refresh"
DECISION_DM = "claim_decision_dm"
# ``InvalidInput.field`` values: which input of the decision form is wrong.
FIELD_REASON = "reason"
FIELD_EVIDENCE = "evidence"
FIELD_NOTE = "note"
FIELD_OVERRIDE = "override"
OVERRIDE_ALLOWED = "allowed"
OVERRIDE_FORBIDDEN = "forbidden"


@dataclass(frozen=True)
class ClaimCard:
    """Everything the controllers' message, the modals and the rep's DM show about one claim."""

    claim_id: int
    kind: str
    amount: Decimal
    currency: str
    account: str | None
    status: str
    rep_name: str
    rep_slack_user_id: str
    author_name: str | None  # set when someone else (an assistant) logged the contact
    client_name: str
    client_external_id: str
    household: str | None
    occurred_at: datetime
    channel: str
    notes: str
    created_at: datetime
    decided_by_name: str | None = None
    decided_by_slack_user_id: str | None = None
    decided_at: datetime | None = None
    decision_note: str | None = None
    evidence_reference: str | None = None
    override_reason: str | None = None
    candidates: tuple[Candidate, ...] = ()

    @property
    def pending(self) -> bool:
        return self.status == "pending"

    @property
    def amount_text(self) -> str:
        return formatting.money(self.amount, self.currency)


def get_claim(session: Session, claim_id: int) -> Claim:
    """Raises ``ClaimNotFound`` (a forged or stale button names no claim)."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise ClaimNotFound(_(text.NO_SUCH_CLAIM))
    return claim


def refusal(session: Session, *, actor: Rep, claim: Claim) -> str | None:
    """Why ``actor`` may not decide ``claim``, or ``None`` when they may."""
    if not access.may_decide_claims(actor):
        return _(text.NOT_A_CONTROLLER)
    author_id = session.scalar(
        select(Interaction.author_id).where(Interaction.id == claim.interaction_id)
    )
    if actor.id in (claim.rep_id, author_id):
        return _(text.OWN_CLAIM)
    return None


def require_may_decide(session: Session, *, actor: Rep, claim: Claim) -> None:
    """Raises ``NotAllowed``: not a controller, or the actor's own claim (segregation of duties)."""
    reason = refusal(session, actor=actor, claim=claim)
    if reason is not None:
        raise NotAllowed(reason)


def already_decided(session: Session, claim: Claim, *, reader_tz: str | None) -> AlreadyDecided:
    """ "already approved by X at T", T in the reader's zone."""
    decider = session.get(Rep, claim.decided_by_id) if claim.decided_by_id else None
    when = (
        formatting.when(claim.decided_at, reader_tz) if claim.decided_at else _("an earlier time")
    )
    return AlreadyDecided(
        _(text.ALREADY_DECIDED).format(
            status=text.status_word(claim.status),
            name=formatting.escape(decider.name) if decider else _("someone"),
            when=when,
        )
    )


def decide(
    session: Session,
    *,
    actor: Rep,
    claim_id: int,
    decision: str,
    note: str | None,
    evidence_reference: str | None,
    now: datetime,
    override_reason: str | None = None,
    override_policy: str = OVERRIDE_ALLOWED,
) -> Claim:
    """Approve (``verified``) or reject a pending claim, once.

    Approving needs evidence: ``evidence_reference`` (the booking, or a
    mandate's engagement reference), or ``override_reason`` when
    ``override_policy`` allows it.

    Raises ``ClaimNotFound``; ``NotAllowed`` (not a controller, own claim);
    ``AlreadyDecided`` (someone decided first, saying who and when);
    ``InvalidInput`` with ``field`` "reason" (a rejection needs one),
    "evidence" (no evidence; an unknown, unfitting or used reference — also
    when another controller used it a moment ago), "override" (forbidden,
    or given beside a reference) or "note".
    """
    if decision not in DECISIONS:
        raise InvalidInput(_(text.NOT_DECIDABLE).format(decision=decision))
    claim = get_claim(session, claim_id)
    require_may_decide(session, actor=actor, claim=claim)
    if claim.status != "pending":
        raise already_decided(session, claim, reader_tz=actor.timezone)
    note = (note or "").strip() or None
    reference = (evidence_reference or "").strip() or None
    override = (override_reason or "").strip() or None
    if decision == "rejected":
        reference = override = None
    _check_inputs(session, claim=claim, decision=decision, note=note, reference=reference)
    if decision == "verified":
        _check_evidence(claim, reference=reference, override=override, policy=override_policy)

    before = audit.snapshot(claim)
    statement = (
        update(Claim)
        .where(Claim.id == claim.id, Claim.status == "pending")
        .values(
            status=decision,
            decided_by_id=actor.id,
            decided_at=now,
            decision_note=note,
            evidence_reference=reference,
            override_reason=override,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    try:
        with session.begin_nested():
            result = session.execute(statement)
    except IntegrityError:
        # Another controller's decision with this booking committed first.
        log.info("claim %s: its booking was taken by a concurrent decision", claim.id)
        raise _reference_used(session, claim, reference) from None
    session.refresh(claim)
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise already_decided(session, claim, reader_tz=actor.timezone)
    audit.record_by(session, actor, "decide", claim, before=before, now=now)
    refresh_key, dm_key = decision_keys(claim.id)
    data = {"claim_id": claim.id}
    outbox.enqueue(session, kind=REFRESH, dedupe_key=refresh_key, data=data, now=now)
    outbox.enqueue(session, kind=DECISION_DM, dedupe_key=dm_key, data=data, now=now)
    return claim


def decision_keys(claim_id: int) -> list[str]:
    """The outbox rows a decision owes: the channel message's refresh, the rep's DM."""
    return [f"claim:{claim_id}:decided", f"claim:{claim_id}:decision_dm"]


def withdraw(session: Session, *, actor: Rep, claim_id: int, now: datetime) -> Claim:
    """The claim's rep (or whoever logged the contact) takes back a pending claim.

    The claim id is the button's value: checked against the clicker before
    anything about the claim is said. Exactly once: ``withdraw_claim`` is one
    conditional ``UPDATE … WHERE status = 'pending'``; a replayed or concurrent
    click loses it and is told what is true ("already withdrawn by … at …"),
    with nothing written twice.

    Raises ``ClaimNotFound``, ``NotAllowed``, ``AlreadyDecided`` (saying who
    withdrew or decided it, and when).
    """
    claim = get_claim(session, claim_id)
    author_id = session.scalar(
        select(Interaction.author_id).where(Interaction.id == claim.interaction_id)
    )
    if actor.id not in (claim.rep_id, author_id):
        raise NotAllowed(_(text.NOT_YOUR_CLAIM))
    try:
        return withdraw_claim(session, claim=claim, actor=actor, now=now)
    except AlreadyDecided:
        raise already_decided(session, claim, reader_tz=actor.timezone) from None


# The claim's contact, client and rep in one statement (three gets and the rep's roles
# were four), built once. Not the client's accounts nor the rep's roles: the card shows
# neither (the evidence reads the client's accounts itself).
_CARD = (
    select(Interaction, Client, Rep)
    .select_from(Interaction)
    .join(Client, Client.id == bindparam("client_id"))  # the claim's, each by its key
    .join(Rep, Rep.id == bindparam("rep_id"))
    .where(Interaction.id == bindparam("interaction_id"))
    .options(lazyload(Client.accounts), lazyload(Rep.role_rows))
)


def load_card(session: Session, claim: Claim, *, with_candidates: bool = True) -> ClaimCard:
    """The claim as its messages show it, read now (so a retried post shows the current state)."""
    found = session.execute(
        _CARD,
        {
            "interaction_id": claim.interaction_id,
            "client_id": claim.client_id,
            "rep_id": claim.rep_id,
        },
    ).one_or_none()
    assert found is not None
    interaction, client, rep = found
    author = session.get(Rep, interaction.author_id) if interaction.author_id != rep.id else None
    household = session.get(Household, client.household_id) if client.household_id else None
    decider = session.get(Rep, claim.decided_by_id) if claim.decided_by_id else None
    return ClaimCard(
        claim_id=claim.id,
        kind=claim.kind,
        amount=Decimal(claim.amount),
        currency=claim.currency,
        account=claim.account,
        status=claim.status,
        rep_name=rep.name,
        rep_slack_user_id=rep.slack_user_id,
        author_name=author.name if author else None,
        client_name=client.name,
        client_external_id=client.external_id,
        household=household.name if household else None,
        occurred_at=interaction.occurred_at,
        channel=interaction.channel,
        notes=interaction.notes or "",
        created_at=claim.created_at,
        decided_by_name=decider.name if decider else None,
        decided_by_slack_user_id=decider.slack_user_id if decider else None,
        decided_at=claim.decided_at,
        decision_note=claim.decision_note,
        evidence_reference=claim.evidence_reference,
        override_reason=claim.override_reason,
        candidates=tuple(candidates_for(session, claim, occurred_at=interaction.occurred_at))
        if with_candidates and claim.status == "pending"
        else (),
    )


def _check_inputs(
    session: Session, *, claim: Claim, decision: str, note: str | None, reference: str | None
) -> None:
    if note is not None and len(note) > NOTE_LIMIT:
        field = FIELD_REASON if decision == "rejected" else FIELD_NOTE
        raise InvalidInput(_(text.NOTE_TOO_LONG).format(limit=NOTE_LIMIT), field=field)
    if decision == "rejected":
        if note is None:
            raise InvalidInput(_(text.REASON_REQUIRED), field=FIELD_REASON)
        return
    if reference is None:
        return
    booking = session.scalar(select(AccountActivity).where(AccountActivity.reference == reference))
    if booking is None:
        if claim.kind == "mandate":  # an engagement reference: the mandate letter's
            _refuse_if_used(session, claim, reference)
            return
        raise InvalidInput(
            _(text.UNKNOWN_REFERENCE).format(reference=reference), field=FIELD_EVIDENCE
        )
    if claim.kind == "mandate":
        reason = why_not_fee(claim, booking)
        if reason is not None:
            raise InvalidInput(
                _(text.REFERENCE_DOES_NOT_FUND).format(reference=reference, reason=reason),
                field=FIELD_EVIDENCE,
            )
    if claim.kind in MATCHABLE_KINDS:
        reason = why_not_proof(session, claim, booking)
        if reason is not None:
            raise InvalidInput(
                _(text.REFERENCE_DOES_NOT_FUND).format(reference=reference, reason=reason),
                field=FIELD_EVIDENCE,
            )
    _refuse_if_used(session, claim, reference)


def _check_evidence(
    claim: Claim, *, reference: str | None, override: str | None, policy: str
) -> None:
    """Approving needs a reference or, where the firm allows it, a written override."""
    if reference is not None and override is not None:
        raise InvalidInput(_(text.OVERRIDE_AND_REFERENCE), field=FIELD_OVERRIDE)
    if reference is not None:
        return
    if override is None:
        needs = {
            "deposit": _(text.DEPOSIT_NEEDS_EVIDENCE),
            "pledge": _(text.PLEDGE_NEEDS_EVIDENCE),
            "mandate": _(text.MANDATE_NEEDS_EVIDENCE),
        }[claim.kind]
        if policy == OVERRIDE_ALLOWED:
            needs += " " + _(text.OR_OVERRIDE)
        raise InvalidInput(needs, field=FIELD_EVIDENCE)
    if policy != OVERRIDE_ALLOWED:
        raise InvalidInput(_(text.OVERRIDE_FORBIDDEN), field=FIELD_OVERRIDE)
    if len(override) > NOTE_LIMIT:
        raise InvalidInput(_(text.NOTE_TOO_LONG).format(limit=NOTE_LIMIT), field=FIELD_OVERRIDE)


def why_not_fee(claim: Claim, booking: AccountActivity) -> str | None:
    """Why a booking cannot be a mandate's fee: another currency or amount (None when it can)."""
    if booking.currency != claim.currency:
        return _("it is in {booked}, the claim in {claimed}").format(
            booked=booking.currency, claimed=claim.currency
        )
    low, high = (
        Decimal(claim.amount) * (1 - AMOUNT_TOLERANCE),
        Decimal(claim.amount) * (1 + AMOUNT_TOLERANCE),
    )
    if not low <= Decimal(booking.amount) <= high:
        return _("its amount {currency} {amount} is not the fee").format(
            currency=booking.currency, amount=f"{Decimal(booking.amount):,.2f}"
        )
    return None


def _used_by(session: Session, claim: Claim, reference: str) -> int | None:
    return session.scalar(
        select(Claim.id).where(Claim.evidence_reference == reference, Claim.id != claim.id)
    )


def _refuse_if_used(session: Session, claim: Claim, reference: str) -> None:
    used_by = _used_by(session, claim, reference)
    if used_by is not None:
        raise InvalidInput(
            _(text.REFERENCE_USED).format(reference=reference, claim_id=used_by),
            field=FIELD_EVIDENCE,
        )


def _reference_used(session: Session, claim: Claim, reference: str | None) -> InvalidInput:
    """The loser of a race for one booking: which claim it proves now."""
    used_by = _used_by(session, claim, reference) if reference else None
    return InvalidInput(
        _(text.REFERENCE_USED).format(reference=reference, claim_id=used_by or "another"),
        field=FIELD_EVIDENCE,
    )

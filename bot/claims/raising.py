"""Raising and withdrawing claims: the parts ``/logcontact`` needs.

Decisions (approve, reject) live with the controllers' feature; a new claim is
owed to the controllers' channel through the outbox, never posted inline, so
Slack being down cannot lose or duplicate it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, update
from sqlalchemy.orm import Session

from bot import audit
from bot.delivery import owed as outbox
from bot.errors import AlreadyDecided
from bot.i18n import _
from bot.messages.claims import status_word
from bot.parsing import ClaimDraft
from storage.models import Claim, Interaction, Rep
from storage.written import as_loaded, every_column_unset

CLAIM_POSTED = "claim_to_controllers"


def claim_post_key(claim_id: int) -> str:
    """The outbox key of a claim's first post to the controllers' channel."""
    return f"claim:{claim_id}:post"


def claim_withdrawn_key(claim_id: int) -> str:
    """The outbox key of the refresh that takes a withdrawn claim's buttons away."""
    return f"claim:{claim_id}:withdrawn"


# Built once: a new claim is one INSERT returning its id.
_CLAIMS = cast(Table, Claim.__table__)
_INSERT_CLAIM = insert(_CLAIMS).returning(_CLAIMS.c.id)
# Every column of a claim, for one written whole (a column left out would be read back).
_UNSET = every_column_unset(Claim)


def raise_claims(
    session: Session,
    *,
    interaction: Interaction,
    drafts: tuple[ClaimDraft, ...],
    actor: Rep,
    now: datetime,
) -> list[Claim]:
    """New pending claims on ``interaction``, each audited and owed to the controllers.

    Each claim is one ``INSERT … RETURNING id``, its event one INSERT and its post one
    ``INSERT … ON CONFLICT DO NOTHING``: no unit of work flushing objects. The claims
    returned are in the session as if loaded (every column as written, nothing left
    to read back).
    """
    claims = []
    for draft in drafts:
        values: dict[str, Any] = {
            **_UNSET,
            "interaction_id": interaction.id,
            "client_id": interaction.client_id,
            "rep_id": interaction.rep_id,
            "kind": draft.kind,
            "amount": draft.amount,
            "currency": draft.currency.upper(),
            "account": draft.account,
            "status": "pending",
            "created_at": now,
            "updated_at": now,
        }
        claim_id = session.execute(_INSERT_CLAIM, values).scalar_one()
        claim = as_loaded(session, Claim, claim_id, values)
        audit.record_by(session, actor, "create", claim, now=now)
        outbox.owe(
            session,
            kind=CLAIM_POSTED,
            dedupe_key=claim_post_key(claim_id),
            data={"claim_id": claim_id},
            now=now,
        )
        claims.append(claim)
    return claims


def withdraw_claim(
    session: Session, *, claim: Claim, actor: Rep, now: datetime, note: str | None = None
) -> Claim:
    """Pending → withdrawn, conditionally, so it cannot race a controller's decision.

    Raises ``AlreadyDecided`` when the claim is no longer pending.
    """
    before = audit.snapshot(claim)
    result = session.execute(
        update(Claim)
        .where(Claim.id == claim.id, Claim.status == "pending")
        .values(
            status="withdrawn",
            decided_by_id=actor.id,
            decided_at=now,
            decision_note=note,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    session.refresh(claim)
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise AlreadyDecided(
            _("That claim is already {status}.").format(status=status_word(claim.status))
        )
    audit.record_by(session, actor, "withdraw", claim, before=before, now=now)
    outbox.enqueue(
        session,
        kind="claim_message_refresh",
        dedupe_key=claim_withdrawn_key(claim.id),
        data={"claim_id": claim.id},
        now=now,
    )
    return claim

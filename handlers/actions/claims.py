"""Claim buttons: Approve and Reject open the decision forms; Withdraw takes a claim back.

The button's value names the claim and nothing else; who is clicking comes
from the signed payload. Refusals (not a controller, one's own claim, already
decided, no such claim) are ephemeral, and nothing changes.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App
from sqlalchemy.orm import Session

from bot import messages
from bot.claims import (
    OVERRIDE_ALLOWED,
    ClaimCard,
    already_decided,
    get_claim,
    load_card,
    require_may_decide,
    withdraw,
)
from bot.claims.raising import claim_withdrawn_key
from bot.delivery.outbox import deliver_keys
from bot.deps import Deps
from bot.i18n import _
from bot.messages import claims as text
from bot.messages import formatting
from handlers import ids, lanes
from handlers.blocks.claims import approve_modal, reject_modal
from handlers.common import acting_rep, committed, quietly
from handlers.home.role_home import publish_home
from handlers.reply import Reply

MAX_ID = 2**31 - 1


def claim_id_of(value: object) -> int | None:
    """The claim id a button carries, or None when it is not one (forged, mangled)."""
    raw = str(value or "").strip()
    if not raw.isdigit() or not 0 < int(raw) <= MAX_ID:
        return None
    return int(raw)


def _card_to_decide(deps: Deps, *, user_id: str, claim_id: int) -> ClaimCard:
    """The claim, if this user may decide it now; raises the ``CmsError`` saying why not."""
    with deps.sessions.begin() as session:
        actor = acting_rep(session, user_id)
        claim = get_claim(session, claim_id)
        require_may_decide(session, actor=actor, claim=claim)
        if claim.status != "pending":
            raise already_decided(session, claim, reader_tz=actor.timezone)
        return load_card(session, claim)


def register(app: App, deps: Deps) -> None:
    @lanes.action(app, deps, ids.CLAIM_APPROVE, ids.CLAIM_REJECT)
    def on_decide(body: dict[str, Any], reply: Reply) -> None:
        action = lanes.the_action(body)
        claim_id = claim_id_of(action.get("value"))
        if claim_id is None:
            reply(**messages.ephemeral(_(text.NO_SUCH_CLAIM)))
            return
        card = _card_to_decide(deps, user_id=body["user"]["id"], claim_id=claim_id)
        approving = str(action.get("action_id", "")).startswith(ids.CLAIM_APPROVE)
        allowed = deps.settings.evidence_override == OVERRIDE_ALLOWED
        view = approve_modal(card, override_allowed=allowed) if approving else reject_modal(card)
        deps.client.views_open(trigger_id=body["trigger_id"], view=view)

    @lanes.action(app, deps, ids.CLAIM_WITHDRAW_ANY)
    def on_withdraw(body: dict[str, Any], reply: Reply) -> None:
        claim_id = claim_id_of(lanes.the_action(body).get("value"))
        if claim_id is None:
            reply(**messages.ephemeral(_(text.NO_SUCH_CLAIM)))
            return
        user_id = body["user"]["id"]

        def unit(session: Session) -> str:
            actor = acting_rep(session, user_id)
            claim = withdraw(session, actor=actor, claim_id=claim_id, now=deps.clock())
            card = load_card(session, claim, with_candidates=False)
            return _(text.WITHDRAWN).format(
                kind=text.kind_label(card.kind),
                amount=card.amount_text,
                client=formatting.escape(card.client_name),
            )

        reply(**messages.ephemeral(committed(deps, unit, idempotent=True)))
        # Committed: take the controllers' buttons away now, not at the next outbox tick.
        quietly(
            "updating the controllers' post",
            lambda: deliver_keys(deps, [claim_withdrawn_key(claim_id)], now=deps.clock()),
        )
        quietly("refreshing the Home tab", lambda: publish_home(deps, user_id))

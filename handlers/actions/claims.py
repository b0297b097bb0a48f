"""Claim buttons: Approve and Reject open the decision forms; Withdraw takes a claim back.

The button's value names the claim and nothing else; who is clicking comes
from the signed payload. Refusals (not a controller, one's own claim, already
decided, no such claim) are ephemeral, and nothing changes.
"""

from __future__ import annotations

import functools
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot import messages
from bot.claims import (
    ClaimCard,
    already_decided,
    get_claim,
    load_card,
    require_may_decide,
    withdraw,
)
from bot.claims_raise import claim_withdrawn_key
from bot.deps import Deps
from bot.messages import claims as text
from bot.outbox_delivery import deliver_keys
from handlers import ids
from handlers.blocks.claims import approve_modal, reject_modal
from handlers.common import acting_rep, user_errors
from handlers.home.role_home import publish_home

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
    @app.action(ids.CLAIM_APPROVE)
    @app.action(ids.CLAIM_REJECT)
    def on_decide(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient
    ) -> None:
        ack()
        reply = functools.partial(respond, replace_original=False)
        claim_id = claim_id_of(action.get("value"))
        if claim_id is None:
            reply(**messages.ephemeral(text.NO_SUCH_CLAIM))
            return
        card = None
        with user_errors(reply):
            card = _card_to_decide(deps, user_id=body["user"]["id"], claim_id=claim_id)
        if card is None:
            return
        approving = action["action_id"] == ids.CLAIM_APPROVE
        view = approve_modal(card) if approving else reject_modal(card)
        client.views_open(trigger_id=body["trigger_id"], view=view)

    @app.action(ids.CLAIM_WITHDRAW)
    def on_withdraw(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond
    ) -> None:
        ack()
        reply = functools.partial(respond, replace_original=False)
        claim_id = claim_id_of(action.get("value"))
        if claim_id is None:
            reply(**messages.ephemeral(text.NO_SUCH_CLAIM))
            return
        withdrawn = False
        with user_errors(reply), deps.sessions.begin() as session:
            actor = acting_rep(session, body["user"]["id"])
            claim = withdraw(session, actor=actor, claim_id=claim_id, now=deps.clock())
            card = load_card(session, claim, with_candidates=False)
            done = text.WITHDRAWN.format(
                kind=text.kind_label(card.kind), amount=card.amount_text, client=card.client_name
            )
            reply(**messages.ephemeral(done))
            withdrawn = True
        if withdrawn:
            # Committed: take the controllers' buttons away now, not at the next outbox tick.
            deliver_keys(deps, [claim_withdrawn_key(claim_id)], now=deps.clock())
            publish_home(deps, body["user"]["id"], client=deps.client)

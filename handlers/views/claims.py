"""The Approve and Reject forms' submissions: decide once, or say why not.

A field problem (no reason, an unknown activity reference) goes back on the
field. Anything that ends the attempt — someone decided first, the user may
not decide — replaces the form with a notice saying so, which is clearer than
a field error on an input that isn't wrong. After a decision its channel
refresh and DM are sent straight away; what fails stays owed in the outbox.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App

from bot.claims import (
    FIELD_EVIDENCE,
    FIELD_NOTE,
    FIELD_OVERRIDE,
    FIELD_REASON,
    decide,
    decision_keys,
    load_card,
)
from bot.delivery.outbox import deliver_keys
from bot.deps import Deps
from bot.errors import CmsError, InvalidInput
from bot.i18n import _
from bot.messages import claims as text
from handlers import ids
from handlers.actions.claims import claim_id_of
from handlers.blocks.claims import notice_modal
from handlers.common import acting_rep, speaking_to
from handlers.lanes import after_ack

log = logging.getLogger(__name__)

FIELD_BLOCKS = {
    FIELD_REASON: ids.BLOCK_REASON,
    FIELD_EVIDENCE: ids.BLOCK_EVIDENCE,
    FIELD_NOTE: ids.BLOCK_NOTE,
    FIELD_OVERRIDE: ids.BLOCK_OVERRIDE,
}


def typed(view: dict[str, Any], block_id: str, action_id: str) -> str | None:
    """What was typed into one input of the submitted view (None when the input isn't there)."""
    value = view.get("state", {}).get("values", {}).get(block_id, {}).get(action_id, {})
    typed_value = value.get("value") if isinstance(value, dict) else None
    return typed_value if isinstance(typed_value, str) else None


def submit(deps: Deps, ack: Ack, body: dict[str, Any], view: dict[str, Any], decision: str) -> None:
    claim_id = claim_id_of(view.get("private_metadata"))
    if claim_id is None:
        ack(response_action="update", view=notice_modal(_(text.NO_SUCH_CLAIM)))
        return
    rejecting = decision == "rejected"
    note = typed(
        view,
        *(
            (ids.BLOCK_REASON, ids.ACTION_REASON)
            if rejecting
            else (ids.BLOCK_NOTE, ids.ACTION_NOTE)
        ),
    )
    evidence = None if rejecting else typed(view, ids.BLOCK_EVIDENCE, ids.ACTION_EVIDENCE)
    override = None if rejecting else typed(view, ids.BLOCK_OVERRIDE, ids.ACTION_OVERRIDE)
    try:
        with deps.sessions.begin() as session:
            actor = acting_rep(session, body["user"]["id"])
            claim = decide(
                session,
                actor=actor,
                claim_id=claim_id,
                decision=decision,
                note=note,
                evidence_reference=evidence,
                now=deps.clock(),
                override_reason=override,
                override_policy=deps.settings.evidence_override,
            )
            card = load_card(session, claim, with_candidates=False)
    except InvalidInput as error:
        block = FIELD_BLOCKS.get(error.field or "")
        present = {b.get("block_id") for b in view.get("blocks", [])}
        if block is not None and block in present:
            ack(response_action="errors", errors={block: str(error)})
        else:
            ack(response_action="update", view=notice_modal(str(error)))
        return
    except CmsError as error:
        log.info("decision refused: %s", type(error).__name__)
        ack(response_action="update", view=notice_modal(str(error)))
        return
    ack()
    log.info("claim %s %s by %s", card.claim_id, decision, body["user"]["id"])
    # The ack has answered Slack; the channel refresh and the DM go out off its thread.
    keys = decision_keys(card.claim_id)
    after_ack(deps, "posting a decision", lambda: deliver_keys(deps, keys, now=deps.clock()))


def register(app: App, deps: Deps) -> None:
    @app.view(ids.VIEW_CLAIM_APPROVE)
    def on_approve(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        with speaking_to(deps, body["user"]["id"]):
            submit(deps, ack, body, view, "verified")

    @app.view(ids.VIEW_CLAIM_REJECT)
    def on_reject(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        with speaking_to(deps, body["user"]["id"]):
            submit(deps, ack, body, view, "rejected")

"""The claims' owed posts: to the controllers' channel, its refreshes, the decision DM.

Delivered by ``bot.delivery.outbox``; ``claim_kinds`` gives the registry
(``bot.app.delivery_kinds``) the three kinds, rendered with the kit's views.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot import audit
from bot.claims import DECISION_DM, REFRESH, ClaimCard, load_card
from bot.claims.raising import CLAIM_POSTED
from bot.delivery.kinds import Kind, Message, Outcome, Render, Send, Skip, Wait, fingerprint, post
from bot.deps import Deps
from bot.directory.languages import language_of
from bot.i18n import speaking
from storage.models import Claim, OutboxMessage, Rep

ControllerView = Callable[[ClaimCard], Message]


class DecisionView(Protocol):
    """The kit's DM telling a rep the decision (``handlers.blocks.claims.decision_dm``)."""

    def __call__(self, card: ClaimCard, *, reader_tz: str | None) -> Message: ...


def claim_kinds(
    *, controller_message: ControllerView, decision_dm: DecisionView
) -> tuple[Kind, ...]:
    """The claim's post, its refreshes and the decision DM, rendered with the kit's views."""
    return (
        Kind(CLAIM_POSTED, _of_claim(partial(_render_post, view=controller_message)), _after_post),
        Kind(REFRESH, _of_claim(partial(_render_refresh, view=controller_message))),
        Kind(DECISION_DM, _of_claim(partial(_render_decision_dm, view=decision_dm))),
    )


def _of_claim(render: Callable[[Session, Claim, Deps], Outcome]) -> Render:
    """``render`` the row's claim, as it is now; nothing to send once the claim is gone."""

    def run(session: Session, row: OutboxMessage, deps: Deps) -> Outcome:
        claim = session.get(Claim, int(row.payload.get("claim_id", 0)))
        return Skip("the claim no longer exists") if claim is None else render(session, claim, deps)

    return run


def _render_post(session: Session, claim: Claim, deps: Deps, *, view: ControllerView) -> Outcome:
    if claim.controller_message_ts:
        return Skip("already in the channel")
    if claim.status == "withdrawn":
        return Skip("withdrawn before it reached the controllers")
    channel = deps.settings.controllers_channel
    if not channel:
        raise LookupError("CMS_CONTROLLERS_CHANNEL is not set; claims wait until it is")
    with speaking(deps.settings.default_locale):  # a shared channel: the firm's language
        return post(channel, view(load_card(session, claim)))


def _after_post(
    session: Session, row: OutboxMessage, response: dict[str, Any], now: datetime
) -> None:
    """Keep the message's address on the claim (audited: the claim's row changes)."""
    claim_id = int(row.payload["claim_id"])
    session.execute(
        update(Claim)
        .where(Claim.id == claim_id)
        .values(controller_channel=row.result_channel, controller_message_ts=row.result_ts)
        .execution_options(synchronize_session=False)
    )
    # As the UPDATE left it: read once (a get then a refresh read it twice when it was not
    # in the session yet).
    claim = session.get(Claim, claim_id, populate_existing=True)
    assert claim is not None
    audit.record(
        session,
        actor=audit.SYSTEM,
        action="post_to_controllers",
        entity=claim,
        before={"controller_channel": None, "controller_message_ts": None},
        now=now,
    )


def _render_refresh(session: Session, claim: Claim, deps: Deps, *, view: ControllerView) -> Outcome:
    if not claim.controller_message_ts:
        post = session.scalar(
            select(OutboxMessage).where(OutboxMessage.dedupe_key == f"claim:{claim.id}:post")
        )
        if post is not None and post.sent_at is None:
            return Wait("the claim is not in the channel yet")
        return Skip("the claim was never posted")
    with speaking(deps.settings.default_locale):
        text, blocks = view(load_card(session, claim))
    args = {
        "channel": claim.controller_channel,
        "ts": claim.controller_message_ts,
        "text": text,
        "blocks": blocks,
    }
    return Send("chat.update", args, fingerprint=fingerprint(args))


def _render_decision_dm(
    session: Session, claim: Claim, deps: Deps, *, view: DecisionView
) -> Outcome:
    if claim.status not in ("verified", "rejected"):
        return Skip("no decision to tell")
    rep = session.get(Rep, claim.rep_id)
    assert rep is not None
    card = load_card(session, claim, with_candidates=False)
    with speaking(language_of(rep)):  # the rep's own DM: their language
        return post(rep.slack_user_id, view(card, reader_tz=rep.timezone))

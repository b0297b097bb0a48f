"""Evidence before a claim counts (issue 17, item 3).

A deposit, and a pledge's funding, is verified only with the custodian booking
that proves it, a mandate with its engagement reference or fee booking — or by
an override with a written reason, marked as one on the claim, the channel
post, the rep's DM, reports and the audit trail, unless the firm forbids it
(``CMS_EVIDENCE_OVERRIDE=forbidden``). One booking proves at most one claim:
a unique constraint, so two controllers approving two claims with one booking
at the same moment on PostgreSQL make exactly one of them count.
"""

from __future__ import annotations

import contextlib
import io
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.audit.verify import verify
from bot.delivery.outbox import deliver_due
from bot.errors import InvalidInput
from bot.reports import scorecard
from bot.reports.exports import export
from bot.reports.periods import read_period
from handlers import ids
from storage.models import AuditEvent, Claim
from tests.claims_cast import add_activity, approve, make_cast, one_booking_two_claims, raise_claim
from tests.world import CONTROLLERS_CHANNEL, World

REASON = "Custodian confirmed the wire by phone; their feed is a day late."


# -- the service --------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["deposit", "pledge", "mandate"])
def test_no_claim_is_approved_without_evidence_or_an_override(
    session: Session, now: datetime, kind: str
) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now, kind=kind)
    with pytest.raises(InvalidInput) as refused:
        approve(session, cast.controller, claim, now)
    assert refused.value.field == "evidence"
    assert "override" in str(refused.value)  # says the way out where the firm allows it
    assert session.get(Claim, claim.id).status == "pending"  # type: ignore[union-attr]


def test_an_override_needs_its_reason_and_marks_the_claim_and_its_audit_event(
    session: Session, now: datetime
) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    with pytest.raises(InvalidInput):
        approve(session, cast.controller, claim, now, override_reason="   ")  # blank: none
    approved = approve(session, cast.controller, claim, now, override_reason=REASON)
    assert (approved.status, approved.evidence_reference) == ("verified", None)
    assert approved.override_reason == REASON
    event = session.scalars(
        select(AuditEvent).where(
            AuditEvent.entity_type == "claims",
            AuditEvent.entity_id == str(claim.id),
            AuditEvent.action == "decide",
        )
    ).one()
    assert event.after is not None and event.after["override_reason"] == REASON
    assert verify(session) == []
    out = io.StringIO()
    export(session, kind="claims", fmt="json", out=out)
    [row] = json.loads(out.getvalue())
    assert (row["status"], row["evidence_reference"], row["override_reason"]) == (
        "verified",
        None,
        REASON,
    )


def test_a_firm_that_forbids_overrides_refuses_one(session: Session, now: datetime) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    with pytest.raises(InvalidInput) as refused:
        approve(
            session,
            cast.controller,
            claim,
            now,
            override_reason=REASON,
            override_policy="forbidden",
        )
    assert refused.value.field == "override" and "CMS_EVIDENCE_OVERRIDE" in str(refused.value)
    with pytest.raises(InvalidInput) as bare:
        approve(session, cast.controller, claim, now, override_policy="forbidden")
    assert "override" not in str(bare.value)  # no way out is offered where there is none
    add_activity(session, reference="TX-9", now=now)
    approved = approve(
        session, cast.controller, claim, now, evidence_reference="TX-9", override_policy="forbidden"
    )
    assert (approved.status, approved.evidence_reference, approved.override_reason) == (
        "verified",
        "TX-9",
        None,
    )


def test_a_reference_and_an_override_together_are_refused(session: Session, now: datetime) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    add_activity(session, reference="TX-9", now=now)
    with pytest.raises(InvalidInput) as refused:
        approve(
            session, cast.controller, claim, now, evidence_reference="TX-9", override_reason=REASON
        )
    assert refused.value.field == "override"


def test_a_mandate_is_proved_by_its_engagement_reference_or_its_fee_booking(
    session: Session, now: datetime
) -> None:
    cast = make_cast(session)
    by_letter = raise_claim(
        session, rep=cast.rep, client=cast.client, now=now, kind="mandate", amount="250000"
    )
    approved = approve(session, cast.controller, by_letter, now, evidence_reference="ENG-2026-17")
    assert approved.evidence_reference == "ENG-2026-17"

    by_fee = raise_claim(
        session, rep=cast.rep, client=cast.client, now=now, kind="mandate", amount="250000"
    )
    add_activity(session, reference="FEE-1", amount="250000", currency="EUR", kind="fee", now=now)
    with pytest.raises(InvalidInput) as wrong:
        approve(session, cast.controller, by_fee, now, evidence_reference="FEE-1")
    assert "it is in EUR, the claim in USD" in str(wrong.value)
    with pytest.raises(InvalidInput) as used:  # one engagement proves one mandate
        approve(session, cast.controller, by_fee, now, evidence_reference="ENG-2026-17")
    assert f"already proves claim #{by_letter.id}" in str(used.value)
    add_activity(session, reference="FEE-2", amount="250000", kind="fee", now=now)
    assert approve(session, cast.controller, by_fee, now, evidence_reference="FEE-2").status == (
        "verified"
    )


def test_an_override_is_counted_and_named_in_the_scorecard(session: Session, now: datetime) -> None:
    cast = make_cast(session)
    claim = raise_claim(session, rep=cast.rep, client=cast.client, now=now)
    approve(session, cast.controller, claim, now, override_reason=REASON)
    period = read_period("this quarter", now=now, timezone="UTC")
    card = scorecard.build(session, reps=[cast.rep], period=period, now=now, scope="self")
    [rep] = card.cards
    assert rep.overrides == 1
    assert rep.verified_assets == 2_500_000


def test_the_unique_constraint_holds_when_the_read_check_is_passed(
    session: Session, now: datetime
) -> None:
    """Two claims can never carry one booking, whatever the code above the database does."""
    cast, first, second = one_booking_two_claims(session, now)
    approve(session, cast.controller, first, now, evidence_reference="TX-1")
    second.evidence_reference = "TX-1"
    with pytest.raises(IntegrityError), session.begin_nested():
        session.flush()


# -- two controllers, one booking, at once (PostgreSQL) ---------------------------------


def test_two_controllers_proving_two_claims_with_one_booking_at_once_make_one_count(
    engine: Engine, backend: str, now: datetime
) -> None:
    """Each controller in their own connection and transaction, released together.

    Before the unique constraint, on PostgreSQL both passed the "already used"
    read in 10 of 10 trials. Now the second waits on the first's uncommitted
    index entry, then fails, and is told which claim the booking proves.
    """
    with Session(engine) as session, session.begin():
        cast = make_cast(session)
        claims = [raise_claim(session, rep=cast.rep, client=cast.client, now=now) for _ in (1, 2)]
        add_activity(session, reference="TX-ONE", now=now)
        pairs = [(cast.controller.id, claims[0].id), (cast.controller2.id, claims[1].id)]
    trials = 10 if backend == "postgresql" else 3
    for trial in range(trials):
        start, hold = threading.Barrier(2, timeout=10), threading.Barrier(2)

        at = now + timedelta(seconds=trial)

        def attempt(
            pair: tuple[int, int],
            start: threading.Barrier = start,
            hold: threading.Barrier = hold,
            at: datetime = at,
        ) -> str:
            return _approve_with(engine, backend, pair, start, hold, at)

        with ThreadPoolExecutor(max_workers=2) as pool:
            outcomes = list(pool.map(attempt, pairs))
        with Session(engine) as session, session.begin():
            proved = session.scalars(
                select(Claim).where(Claim.evidence_reference == "TX-ONE")
            ).all()
            assert len(proved) == 1, outcomes
            assert outcomes.count("won") == 1, outcomes
            [loser] = [outcome for outcome in outcomes if outcome != "won"]
            assert loser == (
                f"Activity TX-ONE already proves claim #{proved[0].id}; one deposit proves one claim."
            )
            others = session.scalars(select(Claim).where(Claim.id != proved[0].id)).all()
            assert all(claim.status == "pending" for claim in others)  # told, and still open
            # Reset for the next trial: the winner back to pending, as if never decided.
            for claim in session.scalars(select(Claim)):
                claim.status, claim.evidence_reference = "pending", None
                claim.decided_by_id = claim.decided_at = None


def _approve_with(
    engine: Engine,
    backend: str,
    pair: tuple[int, int],
    start: threading.Barrier,
    hold: threading.Barrier,
    now: datetime,
) -> str:
    """One controller's approval in its own connection: "won", or what they were told."""
    from storage.models import Rep

    controller_id, claim_id = pair
    start.wait()  # released together, then each opens its transaction
    with Session(engine) as session:
        try:
            with session.begin():
                actor = session.get(Rep, controller_id)
                assert actor is not None
                approve(session, actor, claim_id, now, evidence_reference="TX-ONE")
                # On PostgreSQL both pass the read before either commits; the second's
                # UPDATE then waits on the first's index entry. SQLite serialises writers.
                if backend == "postgresql":
                    with contextlib.suppress(threading.BrokenBarrierError):
                        hold.wait(timeout=2)
            return "won"
        except InvalidInput as error:
            return str(error)


# -- over signed HTTP: the approve button and modal ---------------------------------------


def _arrange(world: World, **kwargs: Any) -> int:
    with world.db() as session:
        cast = make_cast(session)
        return raise_claim(session, rep=cast.rep, client=cast.client, now=world.clock()).id


def _open_approve(world: World) -> dict[str, Any]:
    deliver_due(world.cms.deps, now=world.clock())
    [message] = world.standin.messages_in(CONTROLLERS_CHANNEL)
    assert world.slack.block_action("UCTL1", ids.CLAIM_APPROVE, message=message).ok
    return world.standin.wait_for("views.open").response["view"]  # type: ignore[no-any-return]


def test_an_override_over_slack_is_marked_on_the_post_and_the_dm(world: World) -> None:
    claim_id = _arrange(world)
    view = _open_approve(world)
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert blocks[ids.BLOCK_EVIDENCE]["optional"] is True and ids.BLOCK_OVERRIDE in blocks

    empty = world.slack.view_submission("UCTL1", view)
    assert empty.json is not None and empty.json["response_action"] == "errors"
    assert "override" in empty.json["errors"][ids.BLOCK_EVIDENCE]

    reply = world.slack.view_submission("UCTL1", view, answers={ids.ACTION_OVERRIDE: REASON})
    assert not (reply.json or {}).get("response_action")
    update = world.standin.wait_for("chat.update")
    assert "*Override* — approved without a booking" in str(update.args["blocks"])
    assert "their feed is a day late" in str(update.args["blocks"])
    dm = world.standin.wait_for("chat.postMessage", {"channel": "UREP"})
    assert "*Override*" in str(dm.args["blocks"])
    with world.db() as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None and (claim.status, claim.override_reason) == ("verified", REASON)


@pytest.mark.parametrize("world_evidence_override", ["forbidden"])
def test_where_overrides_are_forbidden_the_modal_has_none_and_evidence_is_required(
    world: World,
) -> None:
    claim_id = _arrange(world)
    view = _open_approve(world)
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert blocks[ids.BLOCK_EVIDENCE]["optional"] is False
    assert ids.BLOCK_OVERRIDE not in blocks
    # A crafted submission with an override value is still refused by the service.
    forged = {**view, "blocks": [*view["blocks"]]}
    reply = world.slack.view_submission(
        "UCTL1",
        forged,
        values={
            ids.BLOCK_OVERRIDE: {ids.ACTION_OVERRIDE: {"type": "plain_text_input", "value": REASON}}
        },
    )
    assert reply.json is not None and reply.json["response_action"] == "update"
    assert "CMS_EVIDENCE_OVERRIDE" in str(reply.json["view"])
    with world.db() as session:
        add_activity(session, reference="TX-5", now=world.clock())
    reply = world.slack.view_submission("UCTL1", view, answers={ids.ACTION_EVIDENCE: "TX-5"})
    assert not (reply.json or {}).get("response_action")
    with world.db() as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None and (claim.status, claim.evidence_reference) == (
            "verified",
            "TX-5",
        )
        assert claim.override_reason is None

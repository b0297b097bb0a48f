"""The claims' Block Kit: structure, Slack's limits, and a listener for every action emitted."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from bot.claims import ClaimCard
from bot.claims.evidence import Candidate
from handlers import ids
from handlers.blocks import claims as blocks
from standin.limits import check_blocks, check_view

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
CARD = ClaimCard(
    claim_id=12,
    kind="deposit",
    amount=Decimal("2500000.00"),
    currency="USD",
    account="ACC-1",
    status="pending",
    rep_name="Rita Rep",
    rep_slack_user_id="UREP",
    author_name="Ada Assistant",
    client_name="Jane Smith",
    client_external_id="JS-001",
    household="Smith family",
    occurred_at=NOW,
    channel="phone",
    notes="Agreed to move the bonds.\nCall back in May.",
    created_at=NOW,
    candidates=(
        Candidate(
            activity_id=1,
            reference="TX-1",
            account="ACC-1",
            booked_on=date(2026, 11, 19),
            amount=Decimal("2500000.00"),
            currency="USD",
            type="deposit",
            named_account=True,
            amount_gap=Decimal(0),
            days_off=1,
        ),
    ),
)
VERIFIED = replace(
    CARD,
    status="verified",
    decided_by_name="Carl Controller",
    decided_at=NOW,
    decision_note="Seen.",
    evidence_reference="TX-1",
    candidates=(),
)


def actions_of(message_blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for b in message_blocks if b["type"] == "actions" for e in b["elements"]]


def test_pending_message_has_approve_and_reject_carrying_only_the_claim_id() -> None:
    text, message = blocks.controller_message(CARD)
    assert text.startswith("Deposit claim #12: USD 2,500,000.00 for Jane Smith by Rita Rep")
    assert [(e["action_id"], e["value"]) for e in actions_of(message)] == [
        (ids.CLAIM_APPROVE, "12"),
        (ids.CLAIM_REJECT, "12"),
    ]
    assert message[0]["type"] == "header"
    rendered = str(message)
    assert "Rita Rep (logged by Ada Assistant)" in rendered and "`TX-1`" in rendered
    assert check_blocks(message, limit=50) == []


def test_decided_message_has_no_buttons_and_says_who_when_and_why() -> None:
    _text, message = blocks.controller_message(VERIFIED)
    assert actions_of(message) == []
    last = message[-1]["text"]["text"]
    assert last.startswith(":white_check_mark: *Approved* by Carl Controller on <!date^")
    assert "*Note:* Seen." in last and "*Evidence:* `TX-1`" in last
    rejected = replace(VERIFIED, status="rejected", evidence_reference=None, decision_note="No.")
    assert "*Reason:* No." in blocks.controller_message(rejected)[1][-1]["text"]["text"]


def test_mandate_message_has_no_matching_section() -> None:
    _text, message = blocks.controller_message(replace(CARD, kind="mandate", candidates=()))
    assert "custodian" not in str(message) and "No matching" not in str(message)


@pytest.mark.parametrize("kind", ["deposit", "pledge", "mandate"])
@pytest.mark.parametrize("override_allowed", [True, False])
def test_approve_form_asks_for_evidence_or_an_override_by_kind(
    kind: str, override_allowed: bool
) -> None:
    view = blocks.approve_modal(replace(CARD, kind=kind), override_allowed=override_allowed)
    assert (view["callback_id"], view["private_metadata"]) == (ids.VIEW_CLAIM_APPROVE, "12")
    by_id = {b.get("block_id"): b for b in view["blocks"]}
    assert by_id[ids.BLOCK_NOTE]["optional"] is True
    evidence = by_id[ids.BLOCK_EVIDENCE]
    # Every kind needs evidence; where the firm allows overrides the box may stay empty
    # for the override's written reason instead (the service still refuses neither).
    assert evidence["optional"] is override_allowed
    assert (ids.BLOCK_OVERRIDE in by_id) is override_allowed
    if kind == "mandate":
        assert "initial_value" not in evidence["element"]
        assert "Engagement" in evidence["label"]["text"]
    else:
        assert evidence["element"]["initial_value"] == "TX-1"
    assert check_view(view) == []


def test_reject_form_requires_a_reason() -> None:
    view = blocks.reject_modal(CARD)
    reason = next(b for b in view["blocks"] if b.get("block_id") == ids.BLOCK_REASON)
    assert reason["optional"] is False and reason["element"]["action_id"] == ids.ACTION_REASON
    assert check_view(view) == []
    assert check_view(blocks.notice_modal("This claim was already approved.")) == []


def test_decision_dm_reads_in_the_reps_zone() -> None:
    text, message = blocks.decision_dm(VERIFIED, reader_tz="America/New_York")
    assert "approved* by Carl Controller on Wed 18 Nov 2026, 10:00 (America/New_York)" in str(
        message
    )
    assert "Note: Seen." in text
    assert check_blocks(message, limit=50) == []


def test_withdraw_button_is_confirmed_and_carries_the_claim_id() -> None:
    button = blocks.withdraw_button(12)
    assert (button["action_id"], button["value"]) == (ids.keyed(ids.CLAIM_WITHDRAW, 12), "12")
    assert "confirm" in button


def test_digest_splits_long_lists_and_counts_the_rest() -> None:
    entries = [(replace(CARD, claim_id=n), 4 + n) for n in range(60)]
    text, message = blocks.digest(entries, days=3)
    assert text.startswith(":hourglass: 60 claims pending more than 3 working days")
    assert "…and 20 more." in str(message)
    assert check_blocks(message, limit=50) == []


class Recorder:
    """Just enough of ``App`` to learn which ids a module listens to."""

    def __init__(self) -> None:
        self.ids: list[str | re.Pattern[str]] = []

    def _record(self, key: str | re.Pattern[str]) -> Callable[..., Any]:
        self.ids.append(key)
        return lambda *args, **kwargs: args[0] if args else None

    action = view = _record

    def listens_to(self, emitted: str) -> bool:
        """As Bolt matches: a string exactly, a pattern with ``re.search``."""
        return any(
            key == emitted if isinstance(key, str) else key.search(emitted) is not None
            for key in self.ids
        )


def test_every_action_and_callback_the_builders_emit_has_a_listener() -> None:
    from handlers.actions import claims as actions
    from handlers.views import claims as views

    app = Recorder()
    actions.register(app, deps=None)  # type: ignore[arg-type]
    views.register(app, deps=None)  # type: ignore[arg-type]

    emitted = {e["action_id"] for e in actions_of(blocks.controller_message(CARD)[1])}
    emitted.add(blocks.withdraw_button(1)["action_id"])
    emitted |= {blocks.approve_modal(CARD)["callback_id"], blocks.reject_modal(CARD)["callback_id"]}
    assert [e for e in sorted(emitted) if not app.listens_to(e)] == []

"""Block Kit for claims: the controllers' message, the decision modals, the DM, the digest.

Pure functions of a ``ClaimCard``. Times in the shared channel use Slack's
``<!date^…>`` token, so every controller reads them in their own zone; a DM
is written in its reader's zone. Buttons carry the claim id and nothing else:
who is acting always comes from the signed payload.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot import formatting
from bot.claims import ClaimCard
from bot.claims_matching import MATCHABLE_KINDS, Candidate
from bot.messages import claims as text
from handlers import ids

KIND_EMOJI = {"deposit": ":moneybag:", "pledge": ":handshake:", "mandate": ":briefcase:"}
SECTION_LIMIT = 2900
DIGEST_LIMIT = 40


def slack_date(instant: datetime) -> str:
    """A date and time every reader sees in their own zone (UTC in the fallback)."""
    fallback = formatting.when(instant, "UTC")
    return f"<!date^{int(instant.timestamp())}^{{date_short_pretty}} at {{time}}|{fallback}>"


def _section(markdown: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": markdown[:SECTION_LIMIT]}}


def _plain(value: str, limit: int = 150) -> dict[str, Any]:
    return {"type": "plain_text", "text": value[:limit], "emoji": True}


def _button(label: str, action_id: str, value: str, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": _plain(label, 75),
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def headline(card: ClaimCard) -> str:
    return text.CLAIM_HEADLINE.format(
        emoji=KIND_EMOJI.get(card.kind, ""),
        kind=text.kind_label(card.kind).capitalize(),
        claim_id=card.claim_id,
        amount=card.amount_text,
    ).strip()


def fallback_text(card: ClaimCard) -> str:
    """The notification text: what the claim is and where it stands."""
    return (
        f"{text.kind_label(card.kind).capitalize()} claim #{card.claim_id}: {card.amount_text} "
        f"for {card.client_name} by {card.rep_name} — {text.status_word(card.status)}"
    )


def controller_message(card: ClaimCard) -> tuple[str, list[dict[str, Any]]]:
    """The message in the controllers' channel; Approve/Reject while pending, the outcome after."""
    rep = card.rep_name + (f" (logged by {card.author_name})" if card.author_name else "")
    contact = f"{slack_date(card.occurred_at)} · {formatting.CHANNEL_LABELS.get(card.channel, card.channel)}"
    fields = [
        f"*Rep*\n{rep}",
        f"*Client*\n{card.client_name} ({card.client_external_id})",
        f"*Household*\n{card.household or '—'}",
        f"*Account*\n{card.account or 'not given'}",
        f"*Contact*\n{contact}",
        f"*Raised*\n{slack_date(card.created_at)}",
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": _plain(headline(card))},
        {"type": "section", "fields": [{"type": "mrkdwn", "text": f[:2000]} for f in fields]},
    ]
    if card.notes:
        blocks.append(_section(f"*Notes*\n{_quote(card.notes)}"))
    if card.pending and card.kind in MATCHABLE_KINDS:
        blocks.append(_section(matches_text(card.candidates)))
    if card.pending:
        value = str(card.claim_id)
        blocks.append(
            {
                "type": "actions",
                "block_id": ids.BLOCK_CLAIM_ACTIONS,
                "elements": [
                    _button("Approve", ids.CLAIM_APPROVE, value, style="primary"),
                    _button("Reject", ids.CLAIM_REJECT, value, style="danger"),
                ],
            }
        )
    else:
        blocks.append(_section(outcome_text(card)))
    return fallback_text(card), blocks


def matches_text(candidates: Sequence[Candidate]) -> str:
    if not candidates:
        return text.NO_MATCHES
    lines = [text.MATCHES_TITLE]
    for found in candidates:
        other = "" if found.named_account else text.OTHER_ACCOUNT
        lines.append(
            f"• `{found.reference}` {formatting.day(found.booked_on)} · "
            f"{formatting.money(found.amount, found.currency)} · {found.type} · "
            f"account {found.account}{other}"
        )
    return "\n".join(lines)


def outcome_text(card: ClaimCard) -> str:
    when = f"on {slack_date(card.decided_at)}" if card.decided_at else ""
    template = text.DECIDED_LINE.get(card.status, "*{status}*")
    lines = [template.format(name=card.decided_by_name or "someone", when=when, status=card.status)]
    if card.decision_note:
        label = "Reason" if card.status == "rejected" else "Note"
        lines.append(f"*{label}:* {card.decision_note}")
    if card.evidence_reference:
        lines.append(f"*Evidence:* `{card.evidence_reference}`")
    return "\n".join(lines)


def _quote(notes: str) -> str:
    return "\n".join(f">{line}" for line in notes[:2500].splitlines() or [""])


def _summary(card: ClaimCard) -> dict[str, Any]:
    return _section(
        f"*{headline(card)}*\n{card.client_name} · {card.rep_name} · "
        f"contact {slack_date(card.occurred_at)}"
    )


def approve_modal(card: ClaimCard) -> dict[str, Any]:
    """Approve: an optional note; for a deposit or pledge the activity reference that proves it."""
    blocks: list[dict[str, Any]] = [_summary(card)]
    if card.kind in MATCHABLE_KINDS:
        blocks.append(_section(matches_text(card.candidates)))
        element: dict[str, Any] = {
            "type": "plain_text_input",
            "action_id": ids.ACTION_EVIDENCE,
            "max_length": 128,
        }
        if card.candidates:
            element["initial_value"] = card.candidates[0].reference
        pledge = card.kind == "pledge"
        blocks.append(
            {
                "type": "input",
                "block_id": ids.BLOCK_EVIDENCE,
                "optional": not pledge,
                "label": _plain(text.EVIDENCE_LABEL),
                "hint": _plain(text.EVIDENCE_HINT_PLEDGE if pledge else text.EVIDENCE_HINT_DEPOSIT),
                "element": element,
            }
        )
    blocks.append(_note_input(ids.BLOCK_NOTE, ids.ACTION_NOTE, text.NOTE_LABEL, optional=True))
    return _modal(ids.VIEW_CLAIM_APPROVE, text.APPROVE_TITLE, text.APPROVE_SUBMIT, card, blocks)


def reject_modal(card: ClaimCard) -> dict[str, Any]:
    """Reject: a reason is required (and checked again on submit)."""
    reason = _note_input(ids.BLOCK_REASON, ids.ACTION_REASON, text.REASON_LABEL, optional=False)
    reason["hint"] = _plain(text.REASON_HINT)
    blocks = [_summary(card), reason]
    return _modal(ids.VIEW_CLAIM_REJECT, text.REJECT_TITLE, text.REJECT_SUBMIT, card, blocks)


def notice_modal(message: str) -> dict[str, Any]:
    """What replaces a decision form when the decision can't be made (decided first, refused)."""
    return {
        "type": "modal",
        "title": _plain(text.DECIDED_TITLE, 24),
        "close": _plain(text.CLOSE, 24),
        "blocks": [_section(message)],
    }


def _note_input(block_id: str, action_id: str, label: str, *, optional: bool) -> dict[str, Any]:
    return {
        "type": "input",
        "block_id": block_id,
        "optional": optional,
        "label": _plain(label),
        "element": {
            "type": "plain_text_input",
            "action_id": action_id,
            "multiline": True,
            "max_length": 2000,
        },
    }


def _modal(
    callback_id: str, title: str, submit: str, card: ClaimCard, blocks: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": callback_id,
        "private_metadata": str(card.claim_id),
        "title": _plain(title, 24),
        "submit": _plain(submit, 24),
        "close": _plain("Cancel", 24),
        "blocks": blocks,
    }


def decision_dm(card: ClaimCard, *, reader_tz: str | None) -> tuple[str, list[dict[str, Any]]]:
    """The rep's DM: the outcome, who, when (in the rep's zone) and the reason or note."""
    template = text.DM_VERIFIED if card.status == "verified" else text.DM_REJECTED
    when = formatting.when(card.decided_at, reader_tz) if card.decided_at else "just now"
    sentence = template.format(
        kind=text.kind_label(card.kind),
        claim_id=card.claim_id,
        client=card.client_name,
        amount=card.amount_text,
        name=card.decided_by_name or "a controller",
        when=when,
    )
    emoji = ":white_check_mark:" if card.status == "verified" else ":x:"
    lines = [f"{emoji} {sentence}"]
    if card.decision_note:
        label = "Reason" if card.status == "rejected" else "Note"
        lines.append(f"*{label}:* {card.decision_note}")
    if card.evidence_reference:
        lines.append(f"*Evidence:* `{card.evidence_reference}`")
    plain = sentence + (
        f" {'Reason' if card.status == 'rejected' else 'Note'}: {card.decision_note}"
        if card.decision_note
        else ""
    )
    return plain, [_section("\n".join(lines))]


def withdraw_button(claim_id: int) -> dict[str, Any]:
    """A "Withdraw claim" button, for the /logcontact reply and the /client card."""
    button = _button(text.WITHDRAW_LABEL, ids.CLAIM_WITHDRAW, str(claim_id))
    button["confirm"] = {
        "title": _plain(text.WITHDRAW_CONFIRM_TITLE, 100),
        "text": _plain(text.WITHDRAW_CONFIRM_TEXT, 300),
        "confirm": _plain("Withdraw", 30),
        "deny": _plain("Keep it", 30),
    }
    return button


def digest(
    entries: Sequence[tuple[ClaimCard, int]], *, days: int
) -> tuple[str, list[dict[str, Any]]]:
    """The morning list of claims pending more than ``days`` working days, in the order given."""
    count = len(entries)
    title = text.DIGEST_HEADLINE.format(count=count, s="" if count == 1 else "s", days=days)
    lines = [
        f"• #{card.claim_id} {text.kind_label(card.kind)} {card.amount_text} — "
        f"{card.client_name}, by {card.rep_name} — {age} working days "
        f"(raised {slack_date(card.created_at)})"
        for card, age in entries[:DIGEST_LIMIT]
    ]
    if count > DIGEST_LIMIT:
        lines.append(text.DIGEST_MORE.format(count=count - DIGEST_LIMIT))
    blocks: list[dict[str, Any]] = [_section(f"*{title}*")]
    chunk: list[str] = []
    for line in lines:
        if chunk and len("\n".join([*chunk, line])) > SECTION_LIMIT:
            blocks.append(_section("\n".join(chunk)))
            chunk = []
        chunk.append(line)
    if chunk:
        blocks.append(_section("\n".join(chunk)))
    return title, blocks

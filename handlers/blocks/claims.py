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

from bot.claims import ClaimCard
from bot.claims.evidence import MATCHABLE_KINDS, Candidate
from bot.messages import claims as text
from bot.messages import formatting
from handlers import ids
from handlers.blocks.mrkdwn import (
    BUTTON_TEXT,
    FIELD_TEXT,
    MESSAGE_BLOCKS,
    SECTION_TEXT,
    VIEW_TITLE,
    esc,
    esc_fit,
    fields,
    fit,
    pack,
    plain_text,
    section,
)

KIND_EMOJI = {"deposit": ":moneybag:", "pledge": ":handshake:", "mandate": ":briefcase:"}
SECTION_LIMIT = SECTION_TEXT
DIGEST_LIMIT = 40
NAME = 200  # a name in a sentence, once escaped
NOTES = 2500  # the notes quoted on the controllers' message, once escaped
MATCHES = 10  # activity rows suggested on a claim


def slack_date(instant: datetime) -> str:
    """A date and time every reader sees in their own zone (UTC in the fallback)."""
    fallback = formatting.when(instant, "UTC")
    return f"<!date^{int(instant.timestamp())}^{{date_short_pretty}} at {{time}}|{fallback}>"


_section = section


def _plain(value: str, limit: int = 150) -> dict[str, Any]:
    return plain_text(value, limit)


def _button(label: str, action_id: str, value: str, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": _plain(label, BUTTON_TEXT),
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
    """The notification text: what the claim is and where it stands (mrkdwn, so escaped too)."""
    return (
        f"{text.kind_label(card.kind).capitalize()} claim #{card.claim_id}: {card.amount_text} "
        f"for {esc_fit(card.client_name, NAME)} by {esc_fit(card.rep_name, NAME)} — "
        f"{text.status_word(card.status)}"
    )


def controller_message(card: ClaimCard) -> tuple[str, list[dict[str, Any]]]:
    """The message in the controllers' channel; Approve/Reject while pending, the outcome after."""
    rep = esc_fit(card.rep_name, NAME) + (
        f" (logged by {esc_fit(card.author_name, NAME)})" if card.author_name else ""
    )
    channel = formatting.CHANNEL_LABELS.get(card.channel, card.channel)
    contact = f"{slack_date(card.occurred_at)} · {esc_fit(channel, NAME)}"
    client = f"{esc_fit(card.client_name, 900)} ({esc_fit(card.client_external_id, 900)})"
    facts = [
        f"*Rep*\n{rep}",
        f"*Client*\n{client}",
        f"*Household*\n{esc_fit(card.household, FIELD_TEXT - 20) if card.household else '—'}",
        f"*Account*\n{esc_fit(card.account, FIELD_TEXT - 20) if card.account else 'not given'}",
        f"*Contact*\n{contact}",
        f"*Raised*\n{slack_date(card.created_at)}",
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": _plain(headline(card))},
        fields(facts),
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
    lines = []
    for found in candidates:
        other = "" if found.named_account else text.OTHER_ACCOUNT
        lines.append(
            f"• `{esc_fit(found.reference, 200)}` {formatting.day(found.booked_on)} · "
            f"{formatting.money(found.amount, found.currency)} · {esc_fit(found.type, 100)} · "
            f"account {esc_fit(found.account, 200)}{other}"
        )
    shown = lines[:MATCHES]
    if len(lines) > MATCHES:
        shown.append(text.DIGEST_MORE.format(count=len(lines) - MATCHES))
    return fit("\n".join([text.MATCHES_TITLE, *shown]), SECTION_TEXT)


def outcome_text(card: ClaimCard) -> str:
    when = f"on {slack_date(card.decided_at)}" if card.decided_at else ""
    template = text.DECIDED_LINE.get(card.status, "*{status}*")
    lines = [template.format(name=card.decided_by_name or "someone", when=when, status=card.status)]
    if card.decision_note:
        label = "Reason" if card.status == "rejected" else "Note"
        lines.append(f"*{label}:* {esc_fit(card.decision_note, 2200)}")
    if card.evidence_reference:
        lines.append(f"*Evidence:* `{esc_fit(card.evidence_reference, 200)}`")
    if card.override_reason:
        lines.append(text.OVERRIDE_LINE.format(reason=esc_fit(card.override_reason, 2200)))
    return "\n".join(lines)


def _quote(notes: str) -> str:
    """The notes as a quote, escaped: a typed ``<!channel>`` reads as typed and pings nobody."""
    return fit("\n".join(f">{esc(line)}" for line in notes.splitlines() or [""]), NOTES)


def _summary(card: ClaimCard) -> dict[str, Any]:
    return _section(
        f"*{headline(card)}*\n{esc_fit(card.client_name, NAME)} · {esc_fit(card.rep_name, NAME)} · "
        f"contact {slack_date(card.occurred_at)}"
    )


def approve_modal(card: ClaimCard, *, override_allowed: bool = True) -> dict[str, Any]:
    """Approve: the evidence (the booking, or a mandate's engagement reference), an optional note.

    Where the firm allows it (``CMS_EVIDENCE_OVERRIDE``), an override box for a
    claim with no booking behind it: the evidence is then optional here, and
    the service still refuses an approval with neither.
    """
    blocks: list[dict[str, Any]] = [_summary(card)]
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": ids.ACTION_EVIDENCE,
        "max_length": 128,
    }
    if card.kind in MATCHABLE_KINDS:
        blocks.append(_section(matches_text(card.candidates)))
        if card.candidates:
            element["initial_value"] = card.candidates[0].reference
        label = text.EVIDENCE_LABEL
        hint = text.EVIDENCE_HINT_PLEDGE if card.kind == "pledge" else text.EVIDENCE_HINT_REQUIRED
    else:
        label, hint = text.EVIDENCE_LABEL_MANDATE, text.EVIDENCE_HINT_MANDATE
    if override_allowed:
        hint += text.EVIDENCE_HINT_OR_OVERRIDE
    blocks.append(
        {
            "type": "input",
            "block_id": ids.BLOCK_EVIDENCE,
            "optional": override_allowed,
            "label": _plain(label),
            "hint": _plain(hint),
            "element": element,
        }
    )
    if override_allowed:
        override = _note_input(
            ids.BLOCK_OVERRIDE, ids.ACTION_OVERRIDE, text.OVERRIDE_LABEL, optional=True
        )
        override["hint"] = _plain(text.OVERRIDE_HINT)
        blocks.append(override)
    blocks.append(_note_input(ids.BLOCK_NOTE, ids.ACTION_NOTE, text.NOTE_LABEL, optional=True))
    return _modal(ids.VIEW_CLAIM_APPROVE, text.APPROVE_TITLE, text.APPROVE_SUBMIT, card, blocks)


def reject_modal(card: ClaimCard) -> dict[str, Any]:
    """Reject: a reason is required (and checked again on submit)."""
    reason = _note_input(ids.BLOCK_REASON, ids.ACTION_REASON, text.REASON_LABEL, optional=False)
    reason["hint"] = _plain(text.REASON_HINT)
    blocks = [_summary(card), reason]
    return _modal(ids.VIEW_CLAIM_REJECT, text.REJECT_TITLE, text.REJECT_SUBMIT, card, blocks)


def notice_modal(message: str) -> dict[str, Any]:
    """What replaces a decision form when the decision can't be made (decided first, refused).

    ``message`` is a refusal's sentence, which may name people or quote a typed
    reference: shown as words (escaped), never as markup.
    """
    return {
        "type": "modal",
        "title": _plain(text.DECIDED_TITLE, VIEW_TITLE),
        "close": _plain(text.CLOSE, VIEW_TITLE),
        "blocks": [_section(esc(message))],
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
        "title": _plain(title, VIEW_TITLE),
        "submit": _plain(submit, VIEW_TITLE),
        "close": _plain("Cancel", VIEW_TITLE),
        "blocks": blocks,
    }


def decision_dm(card: ClaimCard, *, reader_tz: str | None) -> tuple[str, list[dict[str, Any]]]:
    """The rep's DM: the outcome, who, when (in the rep's zone) and the reason or note."""
    template = text.DM_VERIFIED if card.status == "verified" else text.DM_REJECTED
    when = formatting.when(card.decided_at, reader_tz) if card.decided_at else "just now"
    sentence = template.format(
        kind=text.kind_label(card.kind),
        claim_id=card.claim_id,
        client=esc_fit(card.client_name, NAME),
        amount=card.amount_text,
        name=esc_fit(card.decided_by_name or "a controller", NAME),
        when=when,
    )
    emoji = ":white_check_mark:" if card.status == "verified" else ":x:"
    lines = [f"{emoji} {sentence}"]
    label = "Reason" if card.status == "rejected" else "Note"
    note = esc_fit(card.decision_note, 2200) if card.decision_note else ""
    if note:
        lines.append(f"*{label}:* {note}")
    if card.evidence_reference:
        lines.append(f"*Evidence:* `{esc_fit(card.evidence_reference, 200)}`")
    if card.override_reason:
        lines.append(text.OVERRIDE_LINE.format(reason=esc_fit(card.override_reason, 2200)))
    # The notification text is mrkdwn as well: the same escaped words.
    fallback = fit(sentence + (f" {label}: {note}" if note else ""), SECTION_TEXT)
    return fallback, [_section("\n".join(lines))]


def withdraw_button(claim_id: int) -> dict[str, Any]:
    """A "Withdraw claim" button, for the /logcontact reply and the /client card.

    Its action_id is keyed by the claim (``claim_withdraw:12``): one contact may
    raise a pledge and a deposit, and their two buttons share one actions block.
    """
    button = _button(text.WITHDRAW_LABEL, ids.keyed(ids.CLAIM_WITHDRAW, claim_id), str(claim_id))
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
        f"{esc_fit(card.client_name, NAME)}, by {esc_fit(card.rep_name, NAME)} — "
        f"{age} working days (raised {slack_date(card.created_at)})"
        for card, age in entries[:DIGEST_LIMIT]
    ]
    # At most 40 lines, packed into sections of 3,000 characters; the rest are counted
    # so the message stays well within Slack's 50 blocks.
    more = text.DIGEST_MORE.replace("{count}", "{more}")
    packed = pack(lines, sections=MESSAGE_BLOCKS - 10, total=count, more=more)
    blocks: list[dict[str, Any]] = [_section(f"*{title}*")]
    blocks.extend(_section(chunk) for chunk in packed)
    return title, blocks

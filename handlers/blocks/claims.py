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
from bot.i18n import _, ngettext
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
    # Slack fills in {date_short_pretty} and {time} for each reader: the words around are ours.
    tokens = _("{date_short_pretty} at {time}")
    return f"<!date^{int(instant.timestamp())}^{tokens}|{fallback}>"


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


def _upper_first(sentence: str) -> str:
    """The sentence with a capital first letter ("Deposit claim"; "Anmälan om insättning")."""
    return sentence[:1].upper() + sentence[1:]


def headline(card: ClaimCard) -> str:
    sentence = (
        _(text.CLAIM_HEADLINE)
        .format(
            emoji="",
            kind=text.kind_label(card.kind),
            claim_id=card.claim_id,
            amount=card.amount_text,
        )
        .strip()
    )
    return f"{KIND_EMOJI.get(card.kind, '')} {_upper_first(sentence)}".strip()


def fallback_text(card: ClaimCard) -> str:
    """The notification text: what the claim is and where it stands (mrkdwn, so escaped too)."""
    sentence = _("{kind} claim #{claim_id}: {amount} for {client} by {rep} — {status}").format(
        kind=text.kind_label(card.kind),
        claim_id=card.claim_id,
        amount=card.amount_text,
        client=esc_fit(card.client_name, NAME),
        rep=esc_fit(card.rep_name, NAME),
        status=text.status_word(card.status),
    )
    return _upper_first(sentence)


def controller_message(card: ClaimCard) -> tuple[str, list[dict[str, Any]]]:
    """The message in the controllers' channel; Approve/Reject while pending, the outcome after."""
    rep = esc_fit(card.rep_name, NAME)
    if card.author_name:
        rep = _("{owner} (logged by {author})").format(
            owner=rep, author=esc_fit(card.author_name, NAME)
        )
    channel = formatting.channel_name(card.channel, unknown=card.channel)
    contact = f"{slack_date(card.occurred_at)} · {esc_fit(channel, NAME)}"
    client = f"{esc_fit(card.client_name, 900)} ({esc_fit(card.client_external_id, 900)})"
    facts = [
        "*" + _("Rep") + f"*\n{rep}",
        "*" + _("Client") + f"*\n{client}",
        "*"
        + _("Household")
        + "*\n"
        + (esc_fit(card.household, FIELD_TEXT - 20) if card.household else "—"),
        "*"
        + _("Account")
        + "*\n"
        + (esc_fit(card.account, FIELD_TEXT - 20) if card.account else _("not given")),
        "*" + _("Contact") + f"*\n{contact}",
        "*" + _("Raised") + f"*\n{slack_date(card.created_at)}",
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": _plain(headline(card))},
        fields(facts),
    ]
    if card.notes:
        blocks.append(_section("*" + _("Notes") + f"*\n{_quote(card.notes)}"))
    if card.pending and card.kind in MATCHABLE_KINDS:
        blocks.append(_section(matches_text(card.candidates)))
    if card.pending:
        value = str(card.claim_id)
        blocks.append(
            {
                "type": "actions",
                "block_id": ids.BLOCK_CLAIM_ACTIONS,
                "elements": [
                    _button(_(text.APPROVE_SUBMIT), ids.CLAIM_APPROVE, value, style="primary"),
                    _button(_(text.REJECT_SUBMIT), ids.CLAIM_REJECT, value, style="danger"),
                ],
            }
        )
    else:
        blocks.append(_section(outcome_text(card)))
    return fallback_text(card), blocks


def matches_text(candidates: Sequence[Candidate]) -> str:
    if not candidates:
        return _(text.NO_MATCHES)
    lines = []
    for found in candidates:
        other = "" if found.named_account else _(text.OTHER_ACCOUNT)
        lines.append(
            f"• `{esc_fit(found.reference, 200)}` {formatting.day(found.booked_on)} · "
            f"{formatting.money(found.amount, found.currency)} · {esc_fit(found.type, 100)} · "
            + _("account {account}").format(account=esc_fit(found.account, 200))
            + other
        )
    shown = lines[:MATCHES]
    if len(lines) > MATCHES:
        shown.append(_(text.DIGEST_MORE).format(count=len(lines) - MATCHES))
    return fit("\n".join([_(text.MATCHES_TITLE), *shown]), SECTION_TEXT)


def outcome_text(card: ClaimCard) -> str:
    when = _("on {date}").format(date=slack_date(card.decided_at)) if card.decided_at else ""
    template = _(text.DECIDED_LINE.get(card.status, "*{status}*"))
    lines = [
        template.format(
            name=card.decided_by_name or _("someone"),
            when=when,
            status=text.status_word(card.status),
        )
    ]
    if card.decision_note:
        label = _("Reason") if card.status == "rejected" else _("Note")
        lines.append(f"*{label}:* {esc_fit(card.decision_note, 2200)}")
    if card.evidence_reference:
        lines.append("*" + _("Evidence") + f":* `{esc_fit(card.evidence_reference, 200)}`")
    if card.override_reason:
        lines.append(_(text.OVERRIDE_LINE).format(reason=esc_fit(card.override_reason, 2200)))
    return "\n".join(lines)


def _quote(notes: str) -> str:
    """The notes as a quote, escaped: a typed ``<!channel>`` reads as typed and pings nobody."""
    return fit("\n".join(f">{esc(line)}" for line in notes.splitlines() or [""]), NOTES)


def _summary(card: ClaimCard) -> dict[str, Any]:
    return _section(
        f"*{headline(card)}*\n{esc_fit(card.client_name, NAME)} · {esc_fit(card.rep_name, NAME)} · "
        + _("contact {date}").format(date=slack_date(card.occurred_at))
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
        label = _(text.EVIDENCE_LABEL)
        hint = (
            _(text.EVIDENCE_HINT_PLEDGE)
            if card.kind == "pledge"
            else _(text.EVIDENCE_HINT_REQUIRED)
        )
    else:
        label, hint = _(text.EVIDENCE_LABEL_MANDATE), _(text.EVIDENCE_HINT_MANDATE)
    if override_allowed:
        hint += _(text.EVIDENCE_HINT_OR_OVERRIDE)
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
            ids.BLOCK_OVERRIDE, ids.ACTION_OVERRIDE, _(text.OVERRIDE_LABEL), optional=True
        )
        override["hint"] = _plain(_(text.OVERRIDE_HINT))
        blocks.append(override)
    blocks.append(_note_input(ids.BLOCK_NOTE, ids.ACTION_NOTE, _(text.NOTE_LABEL), optional=True))
    return _modal(
        ids.VIEW_CLAIM_APPROVE, _(text.APPROVE_TITLE), _(text.APPROVE_SUBMIT), card, blocks
    )


def reject_modal(card: ClaimCard) -> dict[str, Any]:
    """Reject: a reason is required (and checked again on submit)."""
    reason = _note_input(ids.BLOCK_REASON, ids.ACTION_REASON, _(text.REASON_LABEL), optional=False)
    reason["hint"] = _plain(_(text.REASON_HINT))
    blocks = [_summary(card), reason]
    return _modal(ids.VIEW_CLAIM_REJECT, _(text.REJECT_TITLE), _(text.REJECT_SUBMIT), card, blocks)


def notice_modal(message: str) -> dict[str, Any]:
    """What replaces a decision form when the decision can't be made (decided first, refused).

    ``message`` is a refusal's sentence, which may name people or quote a typed
    reference: shown as words (escaped), never as markup.
    """
    return {
        "type": "modal",
        "title": _plain(_(text.DECIDED_TITLE), VIEW_TITLE),
        "close": _plain(_(text.CLOSE), VIEW_TITLE),
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
        "close": _plain(_("Cancel"), VIEW_TITLE),
        "blocks": blocks,
    }


def decision_dm(card: ClaimCard, *, reader_tz: str | None) -> tuple[str, list[dict[str, Any]]]:
    """The rep's DM: the outcome, who, when (in the rep's zone) and the reason or note."""
    template = _(text.DM_VERIFIED) if card.status == "verified" else _(text.DM_REJECTED)
    when = formatting.when(card.decided_at, reader_tz) if card.decided_at else _("just now")
    sentence = template.format(
        kind=text.kind_label(card.kind),
        claim_id=card.claim_id,
        client=esc_fit(card.client_name, NAME),
        amount=card.amount_text,
        name=esc_fit(card.decided_by_name or _("a controller"), NAME),
        when=when,
    )
    emoji = ":white_check_mark:" if card.status == "verified" else ":x:"
    lines = [f"{emoji} {sentence}"]
    label = _("Reason") if card.status == "rejected" else _("Note")
    note = esc_fit(card.decision_note, 2200) if card.decision_note else ""
    if note:
        lines.append(f"*{label}:* {note}")
    if card.evidence_reference:
        lines.append("*" + _("Evidence") + f":* `{esc_fit(card.evidence_reference, 200)}`")
    if card.override_reason:
        lines.append(_(text.OVERRIDE_LINE).format(reason=esc_fit(card.override_reason, 2200)))
    # The notification text is mrkdwn as well: the same escaped words.
    fallback = fit(sentence + (f" {label}: {note}" if note else ""), SECTION_TEXT)
    return fallback, [_section("\n".join(lines))]


def withdraw_button(claim_id: int) -> dict[str, Any]:
    """A "Withdraw claim" button, for the /logcontact reply and the /client card.

    Its action_id is keyed by the claim (``claim_withdraw:12``): one contact may
    raise a pledge and a deposit, and their two buttons share one actions block.
    """
    button = _button(_(text.WITHDRAW_LABEL), ids.keyed(ids.CLAIM_WITHDRAW, claim_id), str(claim_id))
    button["confirm"] = {
        "title": _plain(_(text.WITHDRAW_CONFIRM_TITLE), 100),
        "text": _plain(_(text.WITHDRAW_CONFIRM_TEXT), 300),
        "confirm": _plain(_("Withdraw"), 30),
        "deny": _plain(_("Keep it"), 30),
    }
    return button


def digest(
    entries: Sequence[tuple[ClaimCard, int]], *, days: int
) -> tuple[str, list[dict[str, Any]]]:
    """The morning list of claims pending more than ``days`` working days, in the order given."""
    count = len(entries)
    title = text.DIGEST_HEADLINE(count).format(count=count, days=days)
    lines = [
        f"• #{card.claim_id} {text.kind_label(card.kind)} {card.amount_text} — "
        + ngettext(
            "{client}, by {rep} — {count} working day (raised {date})",
            "{client}, by {rep} — {count} working days (raised {date})",
            age,
        ).format(
            client=esc_fit(card.client_name, NAME),
            rep=esc_fit(card.rep_name, NAME),
            count=age,
            date=slack_date(card.created_at),
        )
        for card, age in entries[:DIGEST_LIMIT]
    ]
    # At most 40 lines, packed into sections of 3,000 characters; the rest are counted
    # so the message stays well within Slack's 50 blocks.
    more = _(text.DIGEST_MORE).replace("{count}", "{more}")
    packed = pack(lines, sections=MESSAGE_BLOCKS - 10, total=count, more=more)
    blocks: list[dict[str, Any]] = [_section(f"*{title}*")]
    blocks.extend(_section(chunk) for chunk in packed)
    return title, blocks

"""The ``/client`` card and its "which client?" list, as Block Kit (pure functions)."""

from __future__ import annotations

from typing import Any

from bot import formatting
from bot.client_card import ClientCard
from bot.messages import contacts as contact_text
from bot.messages import contacts_form as text
from handlers import ids
from handlers.blocks.claims import withdraw_button
from handlers.blocks.contact_form import log_contact_button

NOTE_LINE = 120
SECTION_LIMIT = 2900
CHOICES = 10


def _section(markdown: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": markdown[:SECTION_LIMIT]}}


def _one_line(notes: str) -> str:
    line = " ".join(notes.split())
    return line if len(line) <= NOTE_LINE else line[: NOTE_LINE - 1] + "…"


def _days(count: int) -> str:
    return text.plural(count, "day")


def cadence_line(card: ClientCard) -> str:
    """ "41 days since last contact — cadence every 30 days: overdue by 11"."""
    if card.days_since is None:
        return text.CARD_NO_CONTACTS
    days = card.days_since
    if days > card.max_days:
        verdict = text.CARD_OVERDUE.format(late=_days(days - card.max_days))
    else:
        verdict = text.CARD_IN_TIME.format(left=_days(card.max_days - days))
        if card.since == "contact" and days < card.min_days:
            verdict += text.CARD_TOO_SOON.format(
                min_days=card.min_days, wait=_days(card.min_days - days)
            )
    template = text.CARD_SINCE if card.since == "contact" else text.CARD_NEVER
    line = template.format(days=_days(days), max_days=card.max_days, verdict=verdict)
    return f":warning: {line}" if days > card.max_days else line


def card_blocks(card: ClientCard) -> tuple[str, list[dict[str, Any]]]:
    """The card: who the client is, who covers them, recent contacts, what is open."""
    tz = card.reader_tz
    coverage = ", ".join(f"<@{c.slack_user_id}> ({c.role})" for c in card.coverage) or "nobody"
    facts = [
        f"*Kind*\n{card.kind}",
        f"*Tier*\n{card.tier}",
        f"*Household*\n{card.household or '—'}",
        f"*Id*\n{card.external_id}",
        f"*Coverage*\n{coverage}",
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": card.name[:150]}},
        {"type": "section", "fields": [{"type": "mrkdwn", "text": f} for f in facts]},
        _section(cadence_line(card)),
    ]
    if card.contacts:
        heading = f"*Last contacts* ({len(card.contacts)} of {card.total_contacts}, times in {tz})"
        lines = [
            f"• {formatting.when(c.occurred_at, tz, with_zone=False)} — {c.rep_name} — "
            f"{contact_text.channel_label(c.channel)}"
            + (f" — {_one_line(c.notes)}" if c.notes else "")
            for c in card.contacts
        ]
        blocks.append(_section("\n".join([heading, *lines])))
    else:
        blocks.append(_section(f"*Last contacts*\n{text.CARD_NO_CONTACTS}"))
    follow_ups = [
        "• "
        + text.CARD_FOLLOW_UP.format(
            day=formatting.day(f.on),
            state="due" if f.due else "upcoming",
            rep=f.rep_name,
            contact_day=formatting.day(formatting.local(f.contact_at, tz).date()),
        )
        for f in card.follow_ups
    ]
    blocks.append(_section("\n".join(["*Follow-ups*", *(follow_ups or [text.CARD_NO_FOLLOW_UPS])])))
    if card.claims:
        blocks.append(_section("*Pending claims*"))
        for claim in card.claims[:10]:
            block = _section(
                f"#{claim.claim_id} {claim.kind} {formatting.money(claim.amount, claim.currency)}"
                f" — {claim.rep_name}, raised {formatting.when(claim.created_at, tz, with_zone=False)}"
            )
            if claim.withdrawable:
                block["accessory"] = withdraw_button(claim.claim_id)
            blocks.append(block)
    blocks.append({"type": "actions", "elements": [log_contact_button(card.client_id)]})
    return f"{card.name}: {cadence_line(card)}", blocks


def choices(typed: str, labels: list[tuple[int, str]]) -> tuple[str, list[dict[str, Any]]]:
    """Several clients match: one button each, showing that client's card."""
    question = text.CLIENT_PICK.format(text=typed[:100])
    buttons = [
        {
            "type": "button",
            "text": {"type": "plain_text", "text": label[:75]},
            "action_id": ids.CLIENT_SHOW_MORE,
            "value": str(client_id),
        }
        for client_id, label in labels[:CHOICES]
    ]
    blocks: list[dict[str, Any]] = [_section(question), {"type": "actions", "elements": buttons}]
    if len(labels) > CHOICES:
        blocks.append(_section(text.CLIENT_MORE.format(count=len(labels) - CHOICES)))
    return question, blocks

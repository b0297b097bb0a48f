"""The ``/client`` card and its "which client?" list, as Block Kit (pure functions)."""

from __future__ import annotations

from typing import Any

from bot.directory.client_card import ClientCard
from bot.messages import contacts as contact_text
from bot.messages import contacts_form as text
from bot.messages import formatting
from handlers import ids
from handlers.blocks.claims import withdraw_button
from handlers.blocks.contact_form import log_contact_button
from handlers.blocks.mrkdwn import (
    BUTTON_TEXT,
    FIELD_TEXT,
    SECTION_TEXT,
    context,
    esc,
    esc_fit,
    fields,
    fit,
    header,
    pack,
    plain_text,
    section,
)

NOTE_LINE = 120
SECTION_LIMIT = SECTION_TEXT
CHOICES = 10
CLAIMS = 10
NAME = 200  # a name in a line, once escaped
FACT = FIELD_TEXT - 20  # a fact's value under its bold label

_section = section


def _one_line(notes: str) -> str:
    """The notes on one line, at most ``NOTE_LINE`` characters as typed, then escaped."""
    line = " ".join(notes.split())
    return esc(line if len(line) <= NOTE_LINE else line[: NOTE_LINE - 1] + "…")


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
    # Slack user ids are markup on purpose (a mention); escaped, an odd imported id
    # cannot close the mention and open something else.
    coverage = (
        ", ".join(f"<@{esc(c.slack_user_id)}> ({esc(c.role)})" for c in card.coverage) or "nobody"
    )
    facts = [
        f"*Kind*\n{esc_fit(card.kind, FACT)}",
        f"*Tier*\n{esc_fit(card.tier, FACT)}",
        f"*Household*\n{esc_fit(card.household, FACT) if card.household else '—'}",
        f"*Id*\n{esc_fit(card.external_id, FACT)}",
        f"*Coverage*\n{coverage}",
    ]
    blocks: list[dict[str, Any]] = [header(card.name), fields(facts), _section(cadence_line(card))]
    if card.contacts:
        heading = f"*Last contacts* ({len(card.contacts)} of {card.total_contacts}, times in {tz})"
        lines = [
            f"• {formatting.when(c.occurred_at, tz, with_zone=False)} — {esc_fit(c.rep_name, NAME)}"
            f" — {contact_text.channel_label(c.channel)}"
            + (f" — {_one_line(c.notes)}" if c.notes else "")
            for c in card.contacts
        ]
        blocks.append(_section(pack(lines, title=heading, sections=1)[0]))
    else:
        blocks.append(_section(f"*Last contacts*\n{text.CARD_NO_CONTACTS}"))
    follow_ups = [
        "• "
        + text.CARD_FOLLOW_UP.format(
            day=formatting.day(f.on),
            state="due" if f.due else "upcoming",
            rep=esc_fit(f.rep_name, NAME),
            contact_day=formatting.day(formatting.local(f.contact_at, tz).date()),
        )
        for f in card.follow_ups
    ]
    blocks.append(
        _section(pack(follow_ups or [text.CARD_NO_FOLLOW_UPS], title="*Follow-ups*", sections=1)[0])
    )
    if card.claims:
        blocks.append(_section("*Pending claims*"))
        for claim in card.claims[:CLAIMS]:
            block = _section(
                f"#{claim.claim_id} {esc(claim.kind)} "
                f"{formatting.money(claim.amount, claim.currency)} — "
                f"{esc_fit(claim.rep_name, NAME)}, "
                f"raised {formatting.when(claim.created_at, tz, with_zone=False)}"
            )
            if claim.withdrawable:
                block["accessory"] = withdraw_button(claim.claim_id)
            blocks.append(block)
        if len(card.claims) > CLAIMS:
            blocks.append(context(text.CLIENT_MORE_CLAIMS.format(count=len(card.claims) - CLAIMS)))
    blocks.append({"type": "actions", "elements": [log_contact_button(card.client_id)]})
    return fit(f"{esc_fit(card.name, NAME)}: {cadence_line(card)}", SECTION_TEXT), blocks


def no_match(typed: str) -> str:
    """Nothing matches ``typed`` (the name as typed, Slack's escaping undone): said as text."""
    return text.CLIENT_NO_MATCH.format(text=esc_fit(typed, 300))


def choices(typed: str, labels: list[tuple[int, str]]) -> tuple[str, list[dict[str, Any]]]:
    """Several clients match: one button each (``keyed(CLIENT_SHOW_MORE, id)``), showing that card.

    ``typed`` is the name as the person typed it (Slack's escaping undone).
    """
    question = text.CLIENT_PICK.format(text=esc_fit(typed, 300))
    buttons = [
        {
            "type": "button",
            "text": plain_text(label, BUTTON_TEXT),
            "action_id": ids.keyed(ids.CLIENT_SHOW_MORE, client_id),
            "value": str(client_id),
        }
        for client_id, label in labels[:CHOICES]
    ]
    blocks: list[dict[str, Any]] = [_section(question), {"type": "actions", "elements": buttons}]
    if len(labels) > CHOICES:
        blocks.append(_section(text.CLIENT_MORE.format(count=len(labels) - CHOICES)))
    return question, blocks

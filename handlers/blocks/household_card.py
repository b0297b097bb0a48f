"""The household card (``/client <household>``, a member card's *Household* button), as Block Kit."""

from __future__ import annotations

from typing import Any

from bot.directory.client_card import ClientCard
from bot.directory.household_card import CLAIMS, HouseholdCard
from bot.i18n import _
from bot.messages import claims as claim_text
from bot.messages import contacts_form as text
from bot.messages import formatting
from handlers import ids
from handlers.blocks.client_card import NAME, assets_blocks, coverage_text, day_count, kind_word
from handlers.blocks.mrkdwn import (
    BUTTON_TEXT,
    SECTION_TEXT,
    context,
    esc,
    esc_fit,
    fit,
    header,
    pack,
    plain_text,
    section,
)

MEMBERS = 12  # a household card holds at most this many members with buttons


def member_line(member: ClientCard) -> str:
    """Who the member is, who covers them, their last contact and when the next is due."""
    lines = [
        _(text.HOUSEHOLD_MEMBER).format(
            name=esc_fit(member.name, NAME),
            kind=esc_fit(kind_word(member.kind), 40),
            tier=esc_fit(member.tier, 60),
            coverage=coverage_text(member.coverage),
        )
    ]
    verdict = (
        _(text.HOUSEHOLD_OVERDUE).format(late=day_count(member.overdue_by))
        if member.overdue_by
        else ""
    )
    due = formatting.day(member.next_due) if member.next_due else "—"
    if member.last_contact_at is not None:
        local = formatting.local(member.last_contact_at, member.reader_tz).date()
        lines.append(
            _(text.HOUSEHOLD_MEMBER_CONTACT).format(
                day=formatting.day(local), due=due, verdict=verdict
            )
        )
    elif member.next_due is not None:
        lines.append(_(text.HOUSEHOLD_MEMBER_NEVER).format(due=due, verdict=verdict))
    else:
        lines.append(_(text.HOUSEHOLD_MEMBER_NOTHING))
    if member.follow_ups:
        days = ", ".join(formatting.day(f.on) for f in member.follow_ups)
        lines.append(_(text.HOUSEHOLD_FOLLOW_UPS).format(days=days))
    return "\n".join(lines)


def show_member_button(member: ClientCard) -> dict[str, Any]:
    return {
        "type": "button",
        "text": plain_text(_(text.SHOW_CARD), BUTTON_TEXT),
        "action_id": ids.keyed(ids.CLIENT_SHOW_MORE, member.client_id),
        "value": str(member.client_id),
    }


def household_blocks(card: HouseholdCard) -> tuple[str, list[dict[str, Any]]]:
    """Members (each with *Show*: their card), claims, then assets per account and in total."""
    tz = card.reader_tz
    blocks: list[dict[str, Any]] = [
        header(_(text.HOUSEHOLD_TITLE).format(name=card.name)),
        context(
            _(text.HOUSEHOLD_CADENCE_WIDE)
            if card.household_cadence
            else _(text.HOUSEHOLD_CADENCE_EACH)
        ),
    ]
    for member in card.members[:MEMBERS]:
        block = section(fit(member_line(member), SECTION_TEXT))
        block["accessory"] = show_member_button(member)
        blocks.append(block)
    if len(card.members) > MEMBERS:
        hidden = len(card.members) - MEMBERS
        blocks.append(
            context(text.HOUSEHOLD_MORE_MEMBERS(hidden).format(count=formatting.number(hidden)))
        )
    claim_lines = [
        "• "
        + _(text.HOUSEHOLD_CLAIM).format(
            claim_id=c.claim_id,
            client=esc_fit(c.client_name, NAME),
            kind=esc(claim_text.kind_label(c.kind)),
            amount=formatting.money(c.amount, c.currency),
            status=claim_text.status_word(c.status),
            rep=esc_fit(c.rep_name, NAME),
            day=formatting.day(formatting.local(c.at, tz).date()),
        )
        for c in card.claims[:CLAIMS]
    ]
    if len(card.claims) > CLAIMS:
        more = len(card.claims) - CLAIMS
        claim_lines.append(text.HOUSEHOLD_MORE_CLAIMS(more).format(count=formatting.number(more)))
    blocks.append(
        section(
            pack(
                claim_lines or [_(text.HOUSEHOLD_NO_CLAIMS)],
                title=_(text.HOUSEHOLD_CLAIMS),
                sections=1,
            )[0]
        )
    )
    blocks.extend(assets_blocks(card.assets))
    headline = fit(_(text.HOUSEHOLD_TITLE).format(name=esc_fit(card.name, NAME)), SECTION_TEXT)
    return headline, blocks

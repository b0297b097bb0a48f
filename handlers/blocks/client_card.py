"""The ``/client`` card and its "which client?" list, as Block Kit (pure functions)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bot.directory.access import PRIVATE, WALLED
from bot.directory.assets import AssetLine, Assets
from bot.directory.client_card import ClientCard, ContactLine, Coverer
from bot.i18n import N_, _
from bot.messages import access as access_text
from bot.messages import claims as claim_text
from bot.messages import contacts as contact_text
from bot.messages import contacts_form as text
from bot.messages import formatting
from bot.messages.cadence import day_count, every
from handlers import ids
from handlers.blocks.claims import withdraw_button
from handlers.blocks.contact_form import log_contact_button
from handlers.blocks.documents import card_section as documents_section
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


ROLE_WORDS = {"primary": N_("primary"), "secondary": N_("secondary")}
KIND_WORDS = {"client": N_("client"), "prospect": N_("prospect")}


def _role(role: str) -> str:
    return _(ROLE_WORDS[role]) if role in ROLE_WORDS else role


def kind_word(kind: str) -> str:
    return _(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def cadence_line(card: ClientCard) -> str:
    """ "41 days since last contact — cadence every 30 days: overdue by 11"."""
    if card.days_since is None:
        return _(text.CARD_NO_CONTACTS)
    days = card.days_since
    if days > card.max_days:
        verdict = _(text.CARD_OVERDUE).format(late=day_count(days - card.max_days))
    else:
        verdict = _(text.CARD_IN_TIME).format(left=day_count(card.max_days - days))
        if card.since == "contact" and days < card.min_days:
            verdict += _(text.CARD_TOO_SOON).format(
                min=day_count(card.min_days), wait=day_count(card.min_days - days)
            )
    template = _(text.CARD_SINCE) if card.since == "contact" else _(text.CARD_NEVER)
    line = template.format(days=day_count(days), every=every(card.max_days), verdict=verdict)
    return f":warning: {line}" if days > card.max_days else line


def _contact_line(c: ContactLine, tz: str) -> str:
    """One contact; behind the banking wall only its date, a private one without its notes."""
    at = formatting.when_or_day(c.occurred_at, tz, time_given=c.time_given, with_zone=False)
    if c.view == WALLED:
        return f"• {at} — {_(access_text.BEHIND_THE_WALL)}"
    line = f"• {at} — {esc_fit(c.rep_name, NAME)} — {contact_text.channel_label(c.channel)}"
    if c.view == PRIVATE:
        return f"{line} — _{_(access_text.PRIVATE_NOTES)}_"
    return line + (f" — {_one_line(c.notes)}" if c.notes else "")


def card_blocks(card: ClientCard) -> tuple[str, list[dict[str, Any]]]:
    """The card: who the client is, who covers them, recent contacts, what is open, assets.

    Each part is its own builder (``CARD_PARTS``, in order); a new part of the card is
    one more function of the card appended there.
    """
    blocks = [block for part in CARD_PARTS for block in part(card)]
    return fit(f"{esc_fit(card.name, NAME)}: {cadence_line(card)}", SECTION_TEXT), blocks


def coverage_text(coverers: list[Coverer]) -> str:
    # Slack user ids are markup on purpose (a mention); escaped, an odd imported id
    # cannot close the mention and open something else.
    return ", ".join(f"<@{esc(c.slack_user_id)}> ({esc(_role(c.role))})" for c in coverers) or _(
        "nobody"
    )


def identity_part(card: ClientCard) -> list[dict[str, Any]]:
    facts = [
        "*" + _("Kind") + f"*\n{esc_fit(kind_word(card.kind), FACT)}",
        "*" + _("Tier") + f"*\n{esc_fit(card.tier, FACT)}",
        "*" + _("Household") + f"*\n{esc_fit(card.household, FACT) if card.household else '—'}",
        "*" + _("Id") + f"*\n{esc_fit(card.external_id, FACT)}",
        "*" + _("Coverage") + f"*\n{coverage_text(card.coverage)}",
    ]
    return [header(card.name), fields(facts), _section(cadence_line(card))]


def contacts_part(card: ClientCard) -> list[dict[str, Any]]:
    tz = card.reader_tz
    if not card.contacts:
        return [_section("*" + _("Last contacts") + f"*\n{_(text.CARD_NO_CONTACTS)}")]
    heading = _("*Last contacts* ({shown} of {total}, times in {tz})").format(
        shown=len(card.contacts), total=card.total_contacts, tz=tz
    )
    lines = [_contact_line(c, tz) for c in card.contacts]
    return [_section(pack(lines, title=heading, sections=1)[0])]


def follow_ups_part(card: ClientCard) -> list[dict[str, Any]]:
    follow_ups = [
        "• "
        + _(text.CARD_FOLLOW_UP).format(
            day=formatting.day(f.on),
            state=_("due") if f.due else _("upcoming"),
            rep=esc_fit(f.rep_name, NAME),
            contact_day=formatting.day(formatting.local(f.contact_at, card.reader_tz).date()),
        )
        for f in card.follow_ups
    ]
    return [
        _section(
            pack(
                follow_ups or [_(text.CARD_NO_FOLLOW_UPS)],
                title="*" + _("Follow-ups") + "*",
                sections=1,
            )[0]
        )
    ]


def claims_part(card: ClientCard) -> list[dict[str, Any]]:
    if not card.claims:
        return []
    blocks = [_section("*" + _("Pending claims") + "*")]
    for claim in card.claims[:CLAIMS]:
        block = _section(
            f"#{claim.claim_id} {esc(claim_text.kind_label(claim.kind))} "
            f"{formatting.money(claim.amount, claim.currency)} — "
            + _("{rep}, raised {when}").format(
                rep=esc_fit(claim.rep_name, NAME),
                when=formatting.when(claim.created_at, card.reader_tz, with_zone=False),
            )
        )
        if claim.withdrawable:
            block["accessory"] = withdraw_button(claim.claim_id)
        blocks.append(block)
    if len(card.claims) > CLAIMS:
        more = len(card.claims) - CLAIMS
        blocks.append(context(text.CLIENT_MORE_CLAIMS(more).format(count=more)))
    return blocks


def totals_text(totals: dict[str, Decimal]) -> str:
    """``USD 1,000.00 + CHF 20.00``: one figure per currency, each in its own."""
    return " + ".join(formatting.money(amount, currency) for currency, amount in totals.items())


def _asset_line(line: AssetLine) -> str:
    """``equities CHF 500,000.00``; one without a rate says so (``not converted: no …``)."""
    value = formatting.money(line.market_value, line.currency)
    asset_class = esc_fit(line.asset_class, NAME)
    if line.not_converted is not None:
        return _(text.CARD_ASSET_NOT_CONVERTED).format(
            asset_class=asset_class, value=value, reason=esc(line.not_converted.reason)
        )
    return _(text.CARD_ASSET_LINE).format(asset_class=asset_class, value=value)


def assets_total_text(assets: Assets) -> str:
    """The total in the reporting currency, saying how many positions it leaves out."""
    total = formatting.money(assets.total, assets.currency)
    left_out = len(assets.not_converted)
    if left_out:
        return text.CARD_ASSETS_TOTAL_EXCLUDING(left_out).format(total=total, count=left_out)
    return _(text.CARD_ASSETS_TOTAL).format(totals=total)


def assets_blocks(assets: Assets) -> list[dict[str, Any]]:
    """Each account's latest value by asset class, in its own currency, and its total
    (with its value in the reporting currency when it is held in another); then the
    total of all in the reporting currency (``bot.directory.assets``)."""
    if assets.empty:
        return [_section(f"{_(text.CARD_ASSETS)}\n{_(text.CARD_NO_ASSETS)}")]
    lines = []
    for account in assets.accounts:
        parts = ", ".join(_asset_line(line) for line in account.lines)
        line = _(text.CARD_ACCOUNT).format(
            account=esc_fit(account.account, NAME), day=formatting.day(account.as_of), lines=parts
        )
        if len(account.lines) > 1:
            line += _(text.CARD_ACCOUNT_TOTAL).format(total=totals_text(account.totals))
        converted = account.converted
        if converted is not None and set(account.totals) != {assets.currency}:
            line += _(text.CARD_ACCOUNT_CONVERTED).format(
                converted=formatting.money(converted, assets.currency)
            )
        lines.append(line)
    lines.append(assets_total_text(assets))
    return [_section(chunk) for chunk in pack(lines, title=_(text.CARD_ASSETS), sections=3)]


def assets_part(card: ClientCard) -> list[dict[str, Any]]:
    return assets_blocks(card.assets)


def household_button(household_id: int) -> dict[str, Any]:
    return {
        "type": "button",
        "text": plain_text(_(text.SHOW_HOUSEHOLD), BUTTON_TEXT),
        "action_id": ids.keyed(ids.CLIENT_HOUSEHOLD, household_id),
        "value": str(household_id),
    }


def actions_part(card: ClientCard) -> list[dict[str, Any]]:
    """Log (for those who record contacts) and the household card."""
    elements = [log_contact_button(card.client_id)] if card.may_log else []
    if card.household_id is not None:
        elements.append(household_button(card.household_id))
    return [{"type": "actions", "elements": elements}] if elements else []


def documents_part(card: ClientCard) -> list[dict[str, Any]]:
    return documents_section(card.documents, card.reader_tz)


CARD_PARTS: list[Callable[[ClientCard], list[dict[str, Any]]]] = [
    identity_part,
    contacts_part,
    follow_ups_part,
    claims_part,
    assets_part,
    documents_part,
    actions_part,
]


def no_match(typed: str) -> str:
    """Nothing matches ``typed`` (the name as typed, Slack's escaping undone): said as text."""
    return _(text.CLIENT_NO_MATCH).format(text=esc_fit(typed, 300))


def choices(typed: str, labels: list[tuple[int, str]]) -> tuple[str, list[dict[str, Any]]]:
    """Several clients match: one button each (``keyed(CLIENT_SHOW_MORE, id)``), showing that card.

    ``typed`` is the name as the person typed it (Slack's escaping undone).
    """
    question = _(text.CLIENT_PICK).format(text=esc_fit(typed, 300))
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
        blocks.append(_section(_(text.CLIENT_MORE).format(count=len(labels) - CHOICES)))
    return question, blocks

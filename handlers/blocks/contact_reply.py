"""The ephemeral replies of /logcontact, as Block Kit (pure functions)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

from bot.contacts import LoggedContact
from bot.contacts.form import Figures, FormContext
from bot.contacts.quicklog import Interpretation
from bot.i18n import _
from bot.messages import access as access_text
from bot.messages import claims as claim_text
from bot.messages import contacts as text
from bot.messages import formatting
from bot.messages import reader as reader_text
from bot.messages.formatting import zone
from bot.parsing import ClaimDraft
from bot.parsing.client_match import Candidate
from bot.parsing.when import Unclear
from handlers import ids
from handlers.blocks.claims import withdraw_button
from handlers.blocks.mrkdwn import (
    BUTTON_TEXT,
    BUTTON_VALUE,
    FIELD_TEXT,
    SECTION_TEXT,
    context,
    esc_fit,
    fields,
    fit,
    plain_text,
    section,
)
from storage.models import CHANNELS, Client, Initiative

BUTTON_VALUE_LIMIT = BUTTON_VALUE
# Candidate clients offered as buttons (an actions block holds 25); the rest are counted.
CANDIDATES = 10
WITHDRAW_BUTTONS = 5
NAME = 200  # a name shown in a sentence, once escaped


@dataclass(frozen=True)
class Pending:
    """A line waiting for an answer (which client, which channel), carried on the buttons.

    ``at`` is when the line was typed, so "yesterday" keeps meaning the same day;
    ``key`` makes a double click record once.
    """

    t: str
    at: str
    k: str
    c: int | None = None
    ch: str | None = None

    def encode(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def decode(cls, value: str) -> Pending:
        data = json.loads(value)
        return cls(
            t=str(data["t"]),
            at=str(data["at"]),
            k=str(data["k"]),
            c=int(data["c"]) if data.get("c") is not None else None,
            ch=data.get("ch"),
        )

    def fits(self) -> bool:
        return len(self.encode()) <= BUTTON_VALUE_LIMIT - 100

    @property
    def typed(self) -> str:
        """The line as the rep typed it (``t`` is kept as Slack sent it, escaped)."""
        return formatting.unescape_slack(self.t)


def _button(label: str, action_id: str, value: str, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": plain_text(label, BUTTON_TEXT),
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def logged(
    result: LoggedContact,
    *,
    client: Client,
    initiative: Initiative | None,
    reader_tz: str,
    owner_name: str | None = None,
    author_name: str | None = None,
) -> tuple[str, list[dict[str, Any]]]:
    """A contact named with a day and no time (``Interaction.time_given``) shows the day alone."""
    interaction = result.interaction
    channel = text.channel_label(interaction.channel)
    name = esc_fit(client.name, NAME)
    headline = _(text.LOGGED).format(channel=channel, client=name)
    if not result.created:
        headline = f"{_(text.ALREADY)} {headline}"
    facts = [
        "*" + _("Client") + f"*\n{esc_fit(client.name, FIELD_TEXT - 20)}",
        "*"
        + _("When")
        + f"*\n{_when(interaction.occurred_at, reader_tz, time_given=interaction.time_given)}",
        "*" + _("Channel") + f"*\n{channel}",
    ]
    if result.claims:
        facts.append(
            "*"
            + _("Claims")
            + "*\n"
            + "\n".join(
                f"{claim_text.kind_label(claim.kind)} "
                f"{formatting.money(claim.amount, claim.currency)} — "
                f"{claim_text.status_word(claim.status)}"
                for claim in result.claims
            )
        )
    if initiative is not None:
        facts.append("*" + _("Initiative") + f"*\n#{esc_fit(initiative.tag, NAME)}")
    if interaction.follow_up_on is not None:
        facts.append("*" + _("Follow up") + f"*\n{formatting.day(interaction.follow_up_on)}")
    if owner_name and author_name and owner_name != author_name:
        facts.append(
            "*"
            + _("For")
            + "*\n"
            + _("{owner} (logged by {author})").format(
                owner=esc_fit(owner_name, NAME), author=esc_fit(author_name, NAME)
            )
        )
    blocks: list[dict[str, Any]] = [
        section(f":white_check_mark: {headline}"),
        fields(facts),
    ]
    if interaction.notes:
        blocks.append(context(esc_fit(interaction.notes, SECTION_TEXT)))
    if result.too_often is not None:
        too_often = result.too_often
        sentence = text.TOO_OFTEN_HOUSEHOLD if too_often.member else text.TOO_OFTEN
        warning = sentence(too_often.min_days).format(
            client=name,
            member=esc_fit(too_often.member or "", NAME),
            days=text.days(too_often.days),
            by=esc_fit(too_often.by.name, NAME)
            if too_often.by_shown
            else _(access_text.BANKING_SIDE),
            count=too_often.min_days,
        )
        blocks.append(section(warning))
    buttons = [
        _button(_("Edit"), ids.LOG_EDIT, str(interaction.id)),
        _button(_("Undo"), ids.LOG_UNDO, str(interaction.id), style="danger"),
    ]
    # A rep may take back a claim before a controller decides it; each button is keyed by
    # its claim, so two claims on one contact are two distinct action_ids.
    pending = [claim for claim in result.claims if claim.status == "pending"]
    buttons += [withdraw_button(claim.id) for claim in pending[:WITHDRAW_BUTTONS]]
    blocks.append({"type": "actions", "elements": buttons})
    return headline, blocks


def _when(instant: datetime, tz: str, *, time_given: bool) -> str:
    if time_given:
        return formatting.when(instant, tz)
    return _(reader_text.DAY_ONLY).format(day=formatting.day(formatting.local(instant, tz).date()))


def unclear(
    words: Sequence[Unclear], *, client: Client | None, pending: Pending
) -> tuple[str, list[dict[str, Any]]]:
    """What could not be read, each said, and the form offered filled in with the rest."""
    currencies = sorted({a.currency for a in client.accounts if a.currency}) if client else []
    name = esc_fit(client.name, NAME) if client else _("the client")
    items = []
    for word in words:
        template = _(reader_text.UNCLEAR.get(word.what, _(reader_text.UNCLEAR["date"])))
        items.append(
            "• "
            + template.format(
                text=esc_fit(word.text, 200), client=name, currencies=", ".join(currencies)
            )
        )
    headline = _(reader_text.UNCLEAR_HEADLINE)
    blocks = [
        section(f":grey_question: {headline}"),
        section(fit("\n".join(items), SECTION_TEXT)),
        context(_(reader_text.UNCLEAR_FIX)),
        {
            "type": "actions",
            "elements": [
                _button(
                    _(reader_text.OPEN_FORM), ids.LOG_FORM_FROM_LINE, pending.encode(), "primary"
                )
            ],
        },
    ]
    return headline, blocks


def pick_client(candidates: list[Candidate], pending: Pending) -> tuple[str, list[dict[str, Any]]]:
    """Which client: one button per candidate (``keyed(LOG_PICK_CLIENT, client id)``)."""
    buttons = [
        _button(
            candidate.name,
            ids.keyed(ids.LOG_PICK_CLIENT, candidate.client_id),
            Pending(**{**asdict(pending), "c": candidate.client_id}).encode(),
        )
        for candidate in _distinct(candidates)[:CANDIDATES]
    ]
    blocks = [section(_(text.PICK_CLIENT)), {"type": "actions", "elements": buttons}]
    if len(candidates) > CANDIDATES:
        blocks.append(context(_(text.PICK_CLIENT_MORE).format(more=len(candidates) - CANDIDATES)))
    return _(text.PICK_CLIENT), blocks


def _distinct(candidates: list[Candidate]) -> list[Candidate]:
    seen: set[int] = set()
    kept = []
    for candidate in candidates:
        if candidate.client_id not in seen:
            seen.add(candidate.client_id)
            kept.append(candidate)
    return kept


def pick_channel(client: Client, pending: Pending) -> tuple[str, list[dict[str, Any]]]:
    """How: one button per channel (``keyed(LOG_PICK_CHANNEL, channel)``)."""
    question = _(text.PICK_CHANNEL).format(client=esc_fit(client.name, NAME))
    buttons = [
        _button(
            text.channel_label(channel).capitalize(),
            ids.keyed(ids.LOG_PICK_CHANNEL, channel),
            Pending(**{**asdict(pending), "c": client.id, "ch": channel}).encode(),
        )
        for channel in CHANNELS
    ]
    return question, [section(question), {"type": "actions", "elements": buttons}]


def too_long(length: int) -> tuple[str, list[dict[str, Any]]]:
    """A line longer than a button can carry back (``Pending.fits``): its length said, and
    the form offered, where notes hold ``contact_form.NOTES_LIMIT`` characters."""
    message = _(text.TOO_LONG).format(length=formatting.number(length))
    return message, [
        section(message),
        {"type": "actions", "elements": [_button(_(reader_text.OPEN_FORM), ids.LOG_OPEN_FORM, "")]},
    ]


def no_match(typed: str) -> tuple[str, list[dict[str, Any]]]:
    """``typed`` is the name as the rep typed it (decoded; see ``Pending.typed``)."""
    message = _(text.NO_MATCH).format(text=esc_fit(typed, 300))
    return message, [
        section(message),
        {
            "type": "actions",
            "elements": [
                _button(_(reader_text.OPEN_FORM), ids.LOG_OPEN_FORM, ""),
            ],
        },
    ]


def undone(*, client: Client, channel: str, occurred_at_text: str) -> str:
    return _(text.UNDONE).format(
        channel=text.channel_label(channel),
        client=esc_fit(client.name, NAME),
        when=occurred_at_text,
    )


def prefilled(base: FormContext, reading: Interpretation, *, line: str) -> FormContext:
    """The new-contact form's context with the line's reading filled in, and what was not."""
    first: dict[str, ClaimDraft] = {}
    for claim in reading.claims:
        first.setdefault(claim.kind, claim)
    currency = next(iter(reading.claims)).currency if reading.claims else base.figures.currency
    figures = Figures(
        pledged=first["pledge"].amount if "pledge" in first else None,
        deposited=first["deposit"].amount if "deposit" in first else None,
        mandate_fee=first["mandate"].amount if "mandate" in first else None,
        currency=currency,
        account=next((c.account for c in reading.claims if c.account), None),
    )
    tag = reading.parsed.tags[0] if reading.parsed.tags else None
    notes = [_(reader_text.FORM_PREFILLED).format(line=fit(line, 500))]
    if reading.unclear:
        words = ", ".join(f"“{word.text}”" for word in reading.unclear)
        notes.append(_(reader_text.FORM_UNREAD).format(words=words))
    local = reading.occurred_at.astimezone(zone(base.timezone)) if reading.occurred_at else None
    return replace(
        base,
        occurred_local=local,
        time_given=reading.time_given,
        channel=reading.parsed.channel,
        notes=reading.notes,
        follow_up=reading.parsed.follow_up_on,
        initiative=tag if tag in {t for t, _ in base.initiatives} else None,
        figures=figures,
        context=[*base.context, *notes],
    )

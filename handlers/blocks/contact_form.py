"""The contact form (a modal) as Block Kit, and its submitted state read back: pure functions.

Building and reading live together so every block and action id the form
emits is the one it reads. The form carries what the submission needs and
Slack does not send back (where it was opened from, which contact an edit is
about) in ``private_metadata``; who is submitting always comes from the signed
payload, never from the form.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from bot.contacts.form import FormContext, FormInput
from bot.i18n import _
from bot.messages import contacts_form as text
from bot.messages.contacts import channel_label
from handlers import ids
from handlers.blocks.mrkdwn import OPTION_TEXT, OPTION_VALUE, OPTIONS, SECTION_TEXT, esc, fit
from storage.models import CHANNELS

CURRENCIES = ("USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "HKD", "SGD", "SEK", "NOK", "DKK")
NOTES_LIMIT = 3000
FIELD_LIMIT = 300
SOURCES = ("form", "shortcut", "nudge")


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class FormMeta:
    """What the form remembers between opening and submitting."""

    source: str = "form"  # how the contact is recorded: form, shortcut or nudge
    interaction_id: int | None = None  # set when editing
    # The conversation the form was opened from: where the rep is told if a DM cannot be sent.
    channel: str | None = None

    def encode(self) -> str:
        return json.dumps(
            {k: v for k, v in asdict(self).items() if v is not None}, separators=(",", ":")
        )

    @classmethod
    def decode(cls, raw: str | None) -> FormMeta:
        """Raises ``ValueError`` for metadata this code did not write."""
        data = json.loads(raw or "{}")
        if not isinstance(data, dict):
            raise ValueError("metadata is not an object")
        source = str(data.get("source", "form"))
        if source not in SOURCES:
            raise ValueError(f"unknown source {source!r}")
        interaction_id = data.get("interaction_id")
        channel = data.get("channel")
        if channel is not None and not (isinstance(channel, str) and channel.isalnum()):
            raise ValueError("channel is not a channel id")
        return cls(source, int(interaction_id) if interaction_id is not None else None, channel)


# --- building --------------------------------------------------------------------------------


def _plain(value: str, limit: int = 75) -> dict[str, Any]:
    return {"type": "plain_text", "text": value[:limit], "emoji": True}


def _option(choice: Choice) -> dict[str, Any]:
    return {"text": _plain(choice.label, OPTION_TEXT), "value": choice.value[:OPTION_VALUE]}


def _input(
    block_id: str, label: str, element: dict[str, Any], *, optional: bool, hint: str | None = None
) -> dict[str, Any]:
    block: dict[str, Any] = {
        "type": "input",
        "block_id": block_id,
        "label": _plain(label, 2000),
        "element": element,
        "optional": optional,
    }
    if hint:
        block["hint"] = _plain(hint, 2000)
    return block


def _text_input(
    action_id: str, value: str, *, multiline: bool = False, placeholder: str | None = None
) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": action_id,
        "multiline": multiline,
        "max_length": NOTES_LIMIT if multiline else FIELD_LIMIT,
    }
    if value:
        element["initial_value"] = value[: element["max_length"]]
    if placeholder:
        element["placeholder"] = _plain(placeholder, 150)
    return element


def _static_select(action_id: str, choices: list[Choice], selected: str | None) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "static_select",
        "action_id": action_id,
        "options": [_option(choice) for choice in choices[:OPTIONS]],
    }
    # Slack refuses an initial_option that is not one of the options sent.
    initial = next((c for c in choices[:OPTIONS] if c.value == selected), None)
    if initial is not None:
        element["initial_option"] = _option(initial)
    return element


def _datepicker(action_id: str, value: date | None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "datepicker", "action_id": action_id}
    if value is not None:
        element["initial_date"] = value.isoformat()
    return element


def channel_choices() -> list[Choice]:
    return [Choice(channel, channel_label(channel).capitalize()) for channel in CHANNELS]


def currency_choices(current: str) -> list[Choice]:
    codes = list(CURRENCIES) + ([current] if current and current not in CURRENCIES else [])
    return [Choice(code, code) for code in codes]


def _money(amount: Decimal | None) -> str:
    return "" if amount is None else f"{amount.normalize():,f}"


def form_view(
    context: FormContext, *, meta: FormMeta, notes: str = "", notes_notice: str | None = None
) -> dict[str, Any]:
    """The modal: a new contact (``VIEW_LOG_CONTACT``) or an edit (``VIEW_EDIT_CONTACT``).

    ``notes`` prefills a new contact's notes (the message a shortcut was used on);
    ``notes_notice`` (mrkdwn, already escaped) is shown under them.
    """
    editing = meta.interaction_id is not None
    when = context.occurred_local or context.local_now
    timepicker: dict[str, Any] = {"type": "timepicker", "action_id": ids.ACTION_TIME}
    if context.occurred_local is None or context.time_given:
        timepicker["initial_time"] = f"{when:%H:%M}"  # a day alone shows no invented time
    figures = context.figures
    client_select: dict[str, Any] = {
        "type": "external_select",
        "action_id": ids.ACTION_CLIENT,
        "placeholder": _plain(_(text.PLACEHOLDER_CLIENT), 150),
        "min_query_length": 0,
    }
    if context.client is not None:
        client_select["initial_option"] = _option(Choice(str(context.client[0]), context.client[1]))
    blocks: list[dict[str, Any]] = []
    if context.context:
        # Sentences naming people and claims (``bot.contacts.form``): their words escaped.
        lines = fit("\n".join(esc(line) for line in context.context), SECTION_TEXT)
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": lines}]})
    if context.owners:
        owners = [Choice(str(rep_id), name) for rep_id, name in context.owners]
        selected = str(context.owner_id) if context.owner_id is not None else None
        blocks.append(
            _input(
                ids.BLOCK_OWNER,
                _(text.LABEL_OWNER),
                _static_select(ids.ACTION_OWNER, owners, selected),
                optional=True,
                hint=_(text.HINT_OWNER),
            )
        )
    blocks += [
        _input(ids.BLOCK_CLIENT, _(text.LABEL_CLIENT), client_select, optional=False),
        _input(
            ids.BLOCK_DATE,
            _(text.LABEL_DATE),
            _datepicker(ids.ACTION_DATE, when.date()),
            optional=False,
        ),
        _input(
            ids.BLOCK_TIME,
            _(text.LABEL_TIME),
            timepicker,
            optional=True,
            hint=_(text.HINT_TIME).format(zone=context.timezone),
        ),
        _input(
            ids.BLOCK_CHANNEL,
            _(text.LABEL_CHANNEL),
            _static_select(ids.ACTION_CHANNEL, channel_choices(), context.channel),
            optional=False,
        ),
        _input(
            ids.BLOCK_NOTES,
            _(text.LABEL_NOTES),
            _text_input(ids.ACTION_NOTES, context.notes or notes, multiline=True),
            optional=True,
        ),
    ]
    if notes_notice:
        blocks.append(
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": fit(notes_notice, SECTION_TEXT)}],
            }
        )
    blocks += [
        _input(
            ids.BLOCK_PRIVATE,
            _(text.LABEL_PRIVATE),
            _private_box(context.private),
            optional=True,
        ),
        _input(
            ids.BLOCK_OUTCOME,
            _(text.LABEL_OUTCOME),
            _text_input(ids.ACTION_OUTCOME, context.outcome),
            optional=True,
        ),
        {"type": "divider"},
        _money_input(
            ids.BLOCK_PLEDGED, ids.ACTION_PLEDGED, _(text.LABEL_PLEDGED), _money(figures.pledged)
        ),
        _money_input(
            ids.BLOCK_DEPOSITED,
            ids.ACTION_DEPOSITED,
            _(text.LABEL_DEPOSITED),
            _money(figures.deposited),
        ),
        _input(
            ids.BLOCK_CURRENCY,
            _(text.LABEL_CURRENCY),
            _static_select(
                ids.ACTION_CURRENCY, currency_choices(figures.currency), figures.currency
            ),
            optional=True,
        ),
        _input(
            ids.BLOCK_ACCOUNT,
            _(text.LABEL_ACCOUNT),
            _text_input(ids.ACTION_ACCOUNT, figures.account or ""),
            optional=True,
            hint=_(text.HINT_ACCOUNT),
        ),
        _money_input(
            ids.BLOCK_MANDATE_FEE,
            ids.ACTION_MANDATE_FEE,
            _(text.LABEL_MANDATE_FEE),
            _money(figures.mandate_fee),
        ),
        {"type": "context", "elements": [{"type": "mrkdwn", "text": _(text.HINT_CLAIMS)}]},
        {"type": "divider"},
    ]
    if context.initiatives:
        initiatives = [Choice(tag, f"#{tag} — {name}") for tag, name in context.initiatives]
        blocks.append(
            _input(
                ids.BLOCK_INITIATIVE,
                _(text.LABEL_INITIATIVE),
                _static_select(ids.ACTION_INITIATIVE, initiatives, context.initiative),
                optional=True,
            )
        )
    blocks.append(
        _input(
            ids.BLOCK_FOLLOW_UP,
            _(text.LABEL_FOLLOW_UP),
            _datepicker(ids.ACTION_FOLLOW_UP, context.follow_up),
            optional=True,
        )
    )
    return {
        "type": "modal",
        "callback_id": ids.VIEW_EDIT_CONTACT if editing else ids.VIEW_LOG_CONTACT,
        "private_metadata": meta.encode(),
        "title": _plain(_(text.TITLE_EDIT) if editing else _(text.TITLE_NEW), 24),
        "submit": _plain(_(text.SUBMIT_EDIT) if editing else _(text.SUBMIT_NEW), 24),
        "close": _plain(_(text.CLOSE), 24),
        "blocks": blocks,
    }


def _money_input(block_id: str, action_id: str, label: str, value: str) -> dict[str, Any]:
    element = _text_input(action_id, value, placeholder=_(text.PLACEHOLDER_AMOUNT))
    return _input(block_id, label, element, optional=True)


def log_contact_button(
    client_id: int | None, *, source: str = "form", label: str | None = None
) -> dict[str, Any]:
    """The **Log contact** button (``keyed(LOG_OPEN_FORM, client id)``) for any surface showing a client.

    Its value is the client id (``"42"``), with the source appended for a
    nudge (``"42:nudge"``) so the contact is recorded as coming from it.
    """
    label = _(text.LOG_CONTACT) if label is None else label
    value = "" if client_id is None else str(client_id)
    if source != "form":
        value = f"{value}:{source}"
    # Keyed by the client: a nudge or the Home tab shows one per client.
    action_id = ids.LOG_OPEN_FORM if client_id is None else ids.keyed(ids.LOG_OPEN_FORM, client_id)
    return {
        "type": "button",
        "text": _plain(label),
        "action_id": action_id,
        "value": value,
        "style": "primary",
    }


def read_button(value: str | None) -> tuple[int | None, str]:
    """``(client id or None, source)`` from a **Log contact** button; tolerant of old values."""
    raw_id, _sep, source = str(value or "").partition(":")
    client_id = int(raw_id) if raw_id.strip().isdigit() and len(raw_id) < 12 else None
    return client_id, source if source in SOURCES else "form"


# --- reading --------------------------------------------------------------------------------


def _state(values: dict[str, Any], block_id: str, action_id: str) -> dict[str, Any]:
    entry = (values.get(block_id) or {}).get(action_id)
    return entry if isinstance(entry, dict) else {}


def _selected(values: dict[str, Any], block_id: str, action_id: str) -> str | None:
    option = _state(values, block_id, action_id).get("selected_option")
    return str(option["value"]) if isinstance(option, dict) and option.get("value") else None


def _typed(values: dict[str, Any], block_id: str, action_id: str) -> str:
    return str(_state(values, block_id, action_id).get("value") or "").strip()


def _date(values: dict[str, Any], block_id: str, action_id: str) -> date | None:
    raw = _state(values, block_id, action_id).get("selected_date")
    try:
        return date.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) < 12 else None


def _private_box(checked: bool) -> dict[str, Any]:
    """One checkbox: the notes are for the coverage team, their managers and compliance."""
    option = {
        "text": {"type": "plain_text", "text": _(text.PRIVATE_OPTION)},
        "description": {"type": "plain_text", "text": _(text.PRIVATE_DESCRIPTION)},
        "value": ids.PRIVATE_VALUE,
    }
    box: dict[str, Any] = {
        "type": "checkboxes",
        "action_id": ids.ACTION_PRIVATE,
        "options": [option],
    }
    if checked:
        box["initial_options"] = [option]
    return box


def _checked(values: dict[str, Any], block_id: str, action_id: str, value: str) -> bool:
    chosen = _state(values, block_id, action_id).get("selected_options")
    return isinstance(chosen, list) and any(
        isinstance(o, dict) and o.get("value") == value for o in chosen
    )


def read_answers(values: dict[str, Any]) -> FormInput:
    """The form's ``view.state.values`` as typed values; ``bot.contacts.form.check`` judges them."""
    return FormInput(
        client_id=_int(_selected(values, ids.BLOCK_CLIENT, ids.ACTION_CLIENT)),
        day=_date(values, ids.BLOCK_DATE, ids.ACTION_DATE),
        time=str(_state(values, ids.BLOCK_TIME, ids.ACTION_TIME).get("selected_time") or "")
        or None,
        channel=_selected(values, ids.BLOCK_CHANNEL, ids.ACTION_CHANNEL),
        notes=_typed(values, ids.BLOCK_NOTES, ids.ACTION_NOTES),
        outcome=_typed(values, ids.BLOCK_OUTCOME, ids.ACTION_OUTCOME),
        pledged=_typed(values, ids.BLOCK_PLEDGED, ids.ACTION_PLEDGED),
        deposited=_typed(values, ids.BLOCK_DEPOSITED, ids.ACTION_DEPOSITED),
        currency=_selected(values, ids.BLOCK_CURRENCY, ids.ACTION_CURRENCY),
        account=_typed(values, ids.BLOCK_ACCOUNT, ids.ACTION_ACCOUNT),
        mandate_fee=_typed(values, ids.BLOCK_MANDATE_FEE, ids.ACTION_MANDATE_FEE),
        initiative=_selected(values, ids.BLOCK_INITIATIVE, ids.ACTION_INITIATIVE),
        follow_up=_date(values, ids.BLOCK_FOLLOW_UP, ids.ACTION_FOLLOW_UP),
        owner_id=_int(_selected(values, ids.BLOCK_OWNER, ids.ACTION_OWNER)),
        private=_checked(values, ids.BLOCK_PRIVATE, ids.ACTION_PRIVATE, ids.PRIVATE_VALUE),
    )

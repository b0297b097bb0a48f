"""Reading and checking what a rep typed into the contact form.

Every problem is reported at once (``FormInvalid.errors``, keyed by field
name) so the rep fixes the form in one go; the service errors recording
raises (client not covered, unknown initiative...) are mapped onto the field
they concern by ``as_field_error``. Pure: no database, no Slack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from bot import contacts
from bot.contacts import ContactDraft
from bot.errors import (
    ClientNotFound,
    CmsError,
    FutureDate,
    InitiativeNotFound,
    InvalidInput,
    NotAllowed,
    NotCovered,
)
from bot.i18n import _
from bot.messages import contacts_form as text
from bot.messages.formatting import zone
from bot.parsing import ClaimDraft
from bot.parsing.amounts import find_amounts
from storage.models import Rep

ACCOUNT_LIMIT = 64
# Fields of the form, as ``FormInvalid.errors`` names them.
FIELDS = (
    *("owner", "client", "date", "time", "channel", "notes", "outcome"),
    *("pledged", "deposited", "currency", "account", "mandate_fee", "initiative", "follow_up"),
)
MONEY_FIELDS = {"pledged": "pledge", "deposited": "deposit", "mandate_fee": "mandate"}


class FormInvalid(InvalidInput):
    """Some fields of the form are wrong; ``errors`` says what to fix in each."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()), field=next(iter(errors), None))
        self.errors = errors


@dataclass(frozen=True)
class FormInput:
    """The submitted form, as typed (``handlers.blocks.contact_form.read_answers``)."""

    client_id: int | None
    day: date | None
    time: str | None  # "HH:MM"
    channel: str | None
    notes: str = ""
    outcome: str = ""
    pledged: str = ""
    deposited: str = ""
    currency: str | None = "USD"
    account: str = ""
    mandate_fee: str = ""
    initiative: str | None = None
    follow_up: date | None = None
    owner_id: int | None = None
    private: bool = False  # the "Private notes" checkbox


# --- reading values --------------------------------------------------------------------------


def read_amount(value: str, *, language: str = "en") -> tuple[Decimal, str | None]:
    """A field holding only an amount ("2.5m", "250,000", "$1.2mm", "0") -> (value, currency).

    The currency is ``None`` when none was typed; a plain zero reads as 0 (the
    caller decides whether zero is allowed). Raises ``ValueError`` when the text
    is not exactly one amount. Built on the free-text parser's amount reader,
    so the form reads money exactly as ``/logcontact`` does.
    """
    cleaned = value.strip()
    if re.fullmatch(r"[$€£¥]?\s?0+(?:[.,]0+)?", cleaned):
        return Decimal(0), None
    found = find_amounts(cleaned, language=language, skip=[])
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(cleaned):
        raise ValueError(cleaned)
    return found[0].value, found[0].currency


def _language(locale: str) -> str:
    return (locale or "en").replace("_", "-").split("-")[0].lower() or "en"


def _occurred(
    form: FormInput, *, tz: str, now: datetime, errors: dict[str, str]
) -> datetime | None:
    if form.day is None:
        errors["date"] = _(text.ERR_DATE_MISSING)
        return None
    local_now = now.astimezone(zone(tz))
    if not form.time:  # a day alone: the reader's rule (``bot.contacts.day_alone``)
        if form.day > local_now.date():
            errors["date"] = _(text.ERR_DATE_FUTURE)
            return None
        return contacts.day_alone(form.day, tz=zone(tz), now=now)
    try:
        hour, minute = (int(part) for part in form.time.split(":")[:2])
        clock = time(hour, minute)
    except ValueError:
        errors["time"] = _(text.ERR_TIME_UNREADABLE)
        return None
    if form.day > local_now.date():
        errors["date"] = _(text.ERR_DATE_FUTURE)
        return None
    occurred = datetime.combine(form.day, clock, tzinfo=zone(tz))
    if occurred > now + contacts.FUTURE_TOLERANCE:
        errors["time"] = _(text.ERR_TIME_FUTURE).format(now=f"{local_now:%H:%M}", zone=tz)
        return None
    return occurred


def _claims(form: FormInput, *, locale: str, errors: dict[str, str]) -> tuple[ClaimDraft, ...]:
    read: list[tuple[str, Decimal, str | None]] = []
    for name, kind in MONEY_FIELDS.items():
        typed = getattr(form, name)
        if not typed:
            continue
        try:
            amount, currency = read_amount(typed, language=_language(locale))
        except ValueError:
            errors[name] = _(text.ERR_AMOUNT).format(text=typed[:60])
            continue
        if amount <= 0:
            errors[name] = _(text.ERR_AMOUNT_POSITIVE)
        elif currency and form.currency and currency != form.currency:
            errors[name] = _(text.ERR_AMOUNT_CURRENCY).format(typed=currency, picked=form.currency)
        elif not (currency or form.currency):
            errors["currency"] = _(text.ERR_CURRENCY_MISSING)
        else:
            read.append((kind, amount, currency or form.currency))
    account = form.account.strip() or None
    if account and len(account) > ACCOUNT_LIMIT:
        errors["account"] = _("An account number is at most {limit} characters.").format(
            limit=ACCOUNT_LIMIT
        )
    return tuple(
        ClaimDraft(
            kind=kind,
            amount=amount,
            currency=str(currency),
            account=account if kind != "mandate" else None,
        )
        for kind, amount, currency in read
    )


def check(form: FormInput, *, actor: Rep, now: datetime) -> ContactDraft:
    """The draft the form describes (source and key left for the caller); raises ``FormInvalid``."""
    errors: dict[str, str] = {}
    if form.client_id is None:
        errors["client"] = _(text.ERR_CLIENT_MISSING)
    if form.channel is None:
        errors["channel"] = _(text.ERR_CHANNEL_MISSING)
    occurred = _occurred(form, tz=actor.timezone, now=now, errors=errors)
    claims = _claims(form, locale=actor.locale, errors=errors)
    if form.follow_up is not None and form.day is not None and form.follow_up < form.day:
        errors["follow_up"] = _(text.ERR_FOLLOW_UP_BEFORE).format(day=form.day.isoformat())
    if errors or occurred is None:
        raise FormInvalid(errors or {"date": _(text.ERR_DATE_MISSING)})
    return ContactDraft(
        client_id=int(form.client_id or 0),
        occurred_at=occurred,
        channel=str(form.channel),
        notes=form.notes,
        outcome=form.outcome or None,
        initiative_tag=form.initiative,
        follow_up_on=form.follow_up,
        claims=claims,
        source="form",
        private=form.private,
        time_given=bool(form.time),
    )


def as_field_error(error: CmsError) -> FormInvalid:
    """A service refusal, shown on the field it is about."""
    if isinstance(error, FormInvalid):
        return error
    if isinstance(error, NotCovered | ClientNotFound):
        return FormInvalid({"client": str(error)})
    if isinstance(error, NotAllowed):
        return FormInvalid({"owner": str(error)})
    if isinstance(error, FutureDate):
        return FormInvalid({"time": str(error)})
    if isinstance(error, InitiativeNotFound):
        return FormInvalid({"initiative": str(error)})
    if isinstance(error, InvalidInput):
        kinds = {kind: name for name, kind in MONEY_FIELDS.items()}
        name = kinds.get(str(error.field), str(error.field))
        if name in FIELDS:
            return FormInvalid({name: str(error)})
    return FormInvalid({"client": str(error)})


__all__ = ["FIELDS", "FormInput", "FormInvalid", "as_field_error", "check", "read_amount"]

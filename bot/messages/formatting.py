"""How instants, dates and money read on screen: the reader's zone, exact amounts."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from babel.numbers import (
    format_compact_currency,
    format_currency,
    format_decimal,
    format_percent,
)

from bot.i18n import ENGLISH, N_, _, babel_locale, current

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except Exception:
        return ZoneInfo("UTC")


def local(instant: datetime, tz: str | None) -> datetime:
    return instant.astimezone(zone(tz))


def when(instant: datetime, tz: str | None, *, with_zone: bool = True) -> str:
    """``Tue 17 Nov 2026, 15:00 (Europe/London)`` in the reader's zone and language
    (``mar. 17 nov. 2026, 15:00`` in French: CLDR's abbreviations, 24-hour clock)."""
    moment = local(instant, tz)
    if current() == ENGLISH:
        text = f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"
    else:
        text = format_datetime(moment, "EEE d MMM y, HH:mm", tzinfo=moment.tzinfo, locale=current())
    return f"{text} ({tz or 'UTC'})" if with_zone else text


def when_or_day(
    instant: datetime, tz: str | None, *, time_given: bool, with_zone: bool = True
) -> str:
    """``when`` for a contact whose time was given, else its local day alone (``day``):
    a day named without a time is never shown with the midday it is stored at."""
    if time_given:
        return when(instant, tz, with_zone=with_zone)
    return day(local(instant, tz).date())


def day(value: date) -> str:
    """``Tue 17 Nov 2026`` (``tis 17 nov. 2026`` in Swedish)."""
    if current() == ENGLISH:
        return f"{value:%a} {value.day} {value:%b %Y}"
    return format_date(value, "EEE d MMM y", locale=current())


def day_month(value: date) -> str:
    """``28 Sep`` (``28 sept.`` in French): a day in a short span, its year understood."""
    if current() == ENGLISH:
        return f"{value.day} {value:%b}"
    return format_date(value, "d MMM", locale=current())


def number(value: int | Decimal) -> str:
    """A count or a figure with the reader's separators (``1 200`` in French, ``1,200`` in English)."""
    return format_decimal(value, locale=current())


def percent(share: Decimal) -> str:
    """A share (0.25) as a whole percentage as the reader writes it: ``25%`` in English,
    ``25 %`` (a no-break space before the sign) in French, Swedish and Romanian."""
    return format_percent(share, locale=current())


def figure(value: Decimal) -> str:
    """A sum with two places and the reader's separators, no currency (``1,234.00`` in
    English, ``1 234,00`` in French): for a sentence that names the currency itself."""
    code = current()
    pattern = babel_locale(code).decimal_formats[None].pattern.split(".")[0] + ".00"
    return format_decimal(value.quantize(Decimal("0.01")), format=pattern, locale=code)


def money(amount: Decimal, currency: str) -> str:
    """``USD 2,500,000.00`` in English: the code, never a float, always two places; in the
    other languages CLDR's own (``1 200 000,00 €``, ``1 200 000,00 kr``, ``₹12,00,000.00``)."""
    exact = amount.quantize(Decimal("0.01"))
    if current() == ENGLISH:
        return f"{currency} {exact:,}"
    return format_currency(
        exact, currency, locale=current(), currency_digits=False, format_type="standard"
    )


def short_money(amount: Decimal, currency: str) -> str:
    """``$2.5m`` for tables and charts where width matters (``2,5 M €`` in French)."""
    if current() != ENGLISH:
        return format_compact_currency(amount, currency, locale=current(), fraction_digits=2)
    symbol = CURRENCY_SYMBOLS.get(currency, f"{currency} ")
    for size, suffix in (
        (Decimal(10) ** 9, "bn"),
        (Decimal(10) ** 6, "m"),
        (Decimal(10) ** 3, "k"),
    ):
        if abs(amount) >= size:
            scaled = (amount / size).quantize(Decimal("0.01")).normalize()
            return f"{symbol}{scaled:f}{suffix}"
    return f"{symbol}{amount.quantize(Decimal('0.01')):,}"


CHANNEL_LABELS = {
    "in_person": N_("in person"),
    "phone": N_("phone"),
    "email": N_("email"),
    "mail": N_("mail"),
    "video": N_("video"),
}


def channel_name(channel: str | None, unknown: str | None = None) -> str:
    """How a contact happened, in the reader's language (``par téléphone`` is the sentence's)."""
    label = CHANNEL_LABELS.get(channel or "")
    if label is None:
        return unknown if unknown is not None else (channel or _("unknown channel"))
    return _(label)


# --- Slack's three control characters ---------------------------------------------------------
# "Formatting text for app surfaces", Escaping text
# (https://docs.slack.dev/messaging/formatting-message-text#escaping): "&", "<" and ">" are
# Slack's control characters; text shown in mrkdwn replaces them with "&amp;", "&lt;" and
# "&gt;", and only them ("don't HTML entity-encode the entire message"). Slack escapes the
# same three in what it sends an app (slash-command text, message text).

_SLACK_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
_SLACK_ENTITY = re.compile(r"&(?:amp|lt|gt);")


def escape(value: object) -> str:
    """``value`` as mrkdwn that shows exactly these characters and pings or links nobody.

    For anything a person or an import supplied (notes, names, tiers, reasons, file
    names) placed in a ``mrkdwn`` text object or a message's ``text``; never for
    ``plain_text`` objects, which Slack shows as they are.
    """
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape_slack(text: str) -> str:
    """Text Slack sent with its three characters escaped, as the person typed it.

    One pass, and only ``&amp;``, ``&lt;`` and ``&gt;``: ``&amp;lt;`` (a typed
    "&lt;") stays "&lt;", and ``&eacute;`` typed literally stays as typed
    (``html.unescape`` would decode both).
    """
    return _SLACK_ENTITY.sub(lambda match: _SLACK_ENTITIES[match.group()], text)

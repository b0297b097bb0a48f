"""How instants, dates and money read on screen: the reader's zone, exact amounts."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except Exception:
        return ZoneInfo("UTC")


def local(instant: datetime, tz: str | None) -> datetime:
    return instant.astimezone(zone(tz))


def when(instant: datetime, tz: str | None, *, with_zone: bool = True) -> str:
    """``Tue 17 Nov 2026, 15:00 (Europe/London)`` in the reader's zone."""
    moment = local(instant, tz)
    text = f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"
    return f"{text} ({tz or 'UTC'})" if with_zone else text


def day(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b %Y}"


def money(amount: Decimal, currency: str) -> str:
    """``USD 2,500,000.00``: the code, never a float, always two places."""
    return f"{currency} {amount.quantize(Decimal('0.01')):,}"


def short_money(amount: Decimal, currency: str) -> str:
    """``$2.5m`` for tables and charts where width matters."""
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
    "in_person": "in person",
    "phone": "phone",
    "email": "email",
    "mail": "mail",
    "video": "video",
}


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

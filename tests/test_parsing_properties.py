"""Properties of ``parse_contact`` on any text: it refuses only dates, and invents nothing."""

from __future__ import annotations

import contextlib
import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.errors import FutureDate, UnreadableDate
from bot.parsing import ParsedContact, parse_contact

LOCALES = ["en-US", "en-GB", "fr-FR", "sv-SE", "ro-RO", "ms-MY", "hi-IN", "de-DE", "", "xx"]
ZONES = ["UTC", "America/New_York", "Europe/Paris", "Asia/Kolkata", "Pacific/Auckland", "No/Such"]
VOCABULARY = [
    # names
    "Jane",
    "Smith",
    "Zoë",
    "Müller",
    "O'Brien",
    '"Jane Smith"',
    "“Bob Jones”",
    "राहुल",
    # channel words
    "call",
    "called",
    "met",
    "lunch",
    "emailed",
    "e-mail",
    "letter",
    "posted",
    "zoom",
    "teams",
    "video",
    "rang",
    "visited",
    "appel",
    "möte",
    "फोन",
    # amounts and their verbs
    "$2.5mm",
    "2.5m",
    "250k",
    "1.2",
    "million",
    "EUR",
    "300,000",
    "€300k",
    "£1m",
    "CHF",
    "2m",
    "1bn",
    "2.5",
    "mm",
    "USD",
    "1,000,000",
    "1.000.000",
    "2,5m",
    "5000",
    "0",
    "$0",
    "99999999999999999999bn",
    "pledged",
    "deposited",
    "committed",
    "transferred",
    "funded",
    "mandate",
    "won",
    "fee",
    "fees",
    "not",
    "account",
    "12345678",
    # dates
    "yesterday",
    "3pm",
    "today",
    "tomorrow",
    "last",
    "next",
    "Tuesday",
    "week",
    "2",
    "days",
    "ago",
    "in",
    "weeks",
    "11/3",
    "12/1",
    "11/31",
    "13/13",
    "Feb",
    "30",
    "Nov",
    "3,",
    "2026",
    "this",
    "morning",
    "hier",
    "aujourd'hui",
    "la",
    "semaine",
    "dernière",
    "igår",
    "idag",
    "förra",
    "veckan",
    "ieri",
    "azi",
    "astăzi",
    "semalam",
    "hari",
    "ini",
    "minggu",
    "lepas",
    "कल",
    "आज",
    "पिछले",
    "सप्ताह",
    "kl",
    "15",
    "बजे",
    "15h",
    "at",
    "on",
    "noon",
    "24/7",
    # tags and follow-ups
    "#symphony-night",
    "#golf",
    "<#C1|motor>",
    "follow",
    "up",
    "follow-up",
    "f/u",
    # noise
    ",",
    ".",
    ";",
    "-",
    "'",
    "«",
    "»",
    "&amp;",
    "<@U1|bob>",
    "\n",
    "rollover",
    "the",
    "and",
]
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
SCALES = [Decimal(10) ** power for power in (0, 3, 5, 6, 7, 9)]

lines = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(VOCABULARY), max_size=16).map(" ".join),
    st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=6)), max_size=12).map(
        " ".join
    ),
)
instants = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
)
SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse(text: str, now: datetime, locale: str, zone: str) -> ParsedContact | None:
    try:
        return parse_contact(text, now=now, timezone=zone, locale=locale)
    except (FutureDate, UnreadableDate):
        return None


def _readings(literal: str) -> set[Decimal]:
    """Every value a number as typed could stand for, with either separator convention."""
    values = set()
    for decimal_mark in (".", ","):
        other = "," if decimal_mark == "." else "."
        cleaned = literal.replace(other, "").replace(decimal_mark, ".")
        with contextlib.suppress(InvalidOperation):
            values.add(Decimal(cleaned))
    values.add(Decimal(re.sub(r"[.,]", "", literal)))
    return values


@SETTINGS
@given(text=lines, now=instants, locale=st.sampled_from(LOCALES), zone=st.sampled_from(ZONES))
def test_only_date_errors_escape(text: str, now: datetime, locale: str, zone: str) -> None:
    parsed = _parse(text, now, locale, zone)
    if parsed is not None:
        assert parsed.channel in (None, "in_person", "phone", "email", "mail", "video")
        assert all(tag and tag == tag.lower() and "#" not in tag for tag in parsed.tags)


@SETTINGS
@given(text=lines, now=instants, locale=st.sampled_from(LOCALES), zone=st.sampled_from(ZONES))
def test_claims_come_from_numbers_in_the_text(
    text: str, now: datetime, locale: str, zone: str
) -> None:
    parsed = _parse(text, now, locale, zone)
    if parsed is None:
        return
    typed = {value for literal in NUMBER.findall(text) for value in _readings(literal)}
    for claim in parsed.claims:
        assert isinstance(claim.amount, Decimal) and claim.amount > 0
        assert any(claim.amount == value * scale for value in typed for scale in SCALES), (
            f"{claim.amount} is not in {text!r}"
        )
        assert claim.kind in ("deposit", "pledge", "mandate")
        assert re.fullmatch(r"[A-Z]{3}", claim.currency)


@SETTINGS
@given(text=lines, now=instants, locale=st.sampled_from(LOCALES), zone=st.sampled_from(ZONES))
def test_a_contact_never_lies_in_the_future(
    text: str, now: datetime, locale: str, zone: str
) -> None:
    parsed = _parse(text, now, locale, zone)
    if parsed is None or parsed.occurred_at is None:
        return
    assert parsed.occurred_at.tzinfo is not None
    assert parsed.occurred_at.utcoffset().total_seconds() == 0
    assert parsed.occurred_at <= now


@SETTINGS
@given(text=lines, now=instants, locale=st.sampled_from(LOCALES))
def test_a_follow_up_is_never_in_the_past(text: str, now: datetime, locale: str) -> None:
    zone = "Europe/Paris"
    parsed = _parse(text, now, locale, zone)
    if parsed is None or parsed.follow_up_on is None:
        return
    assert parsed.follow_up_on >= now.astimezone(ZoneInfo(zone)).date()

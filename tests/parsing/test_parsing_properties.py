"""Properties of the one-line reader on any text: nothing raises, and nothing is invented.

``parse_contact`` (pure) and ``interpret`` (against a small book) are fed random text
and random mixes of the words the reader knows, in any locale and zone, at any
instant: no text makes either raise (``interpret`` may only refuse, with a
``CmsError``), every claim's sum comes from the figures typed, a contact's day is
never after today and a follow-up never before tomorrow.
"""

from __future__ import annotations

import contextlib
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from bot.errors import CmsError
from bot.parsing import ParsedContact, parse_contact
from bot.parsing.daywords import NUMBER_WORDS
from tests.factories import make_client, make_delegate, make_rep

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
    # more of the six languages
    "a",
    "half",
    "dépôt",
    "versement",
    "engagement",
    "insättning",
    "utfäst",
    "mkr",
    "tkr",
    "depunere",
    "mii",
    "lei",
    "ikrar",
    "juta",
    "RM",
    "जमा",
    "वादा",
    "लाख",
    "करोड़",
    "lakh",
    "crore",
    "₹",
    "ACC-1048",
    "into",
    "kelmarin",
    "mardi",
    "dernier",
    "i",
    "fredags",
    "marți",
    "trecută",
    "Jumaat",
    "पिछले",
    "शुक्रवार",
    "दोपहर",
    "3",
    "pukul",
    "petang",
    "13pm",
    "31/11",
    "vendredi",
    "14",
    "for",
    "<@UOTHER>",
    "Oliver",
    "relancer",
    "फॉलो",
    "अप",
    "1.2.5",
    "5,00,00",
    "quelques",
    "centaines",
    "k€",
]
NUMBER = re.compile(r"\d+(?:[.,' ]\d+)*")
SCALES = [Decimal(10) ** power for power in (0, 3, 5, 6, 7, 9)]
SPELLED = {Decimal(v) for v in NUMBER_WORDS.values()} | {
    Decimal("0.5"),
    Decimal("1.5"),
    Decimal("2.5"),
}

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
SETTINGS = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _parse(text: str, now: datetime, locale: str, zone: str) -> ParsedContact:
    return parse_contact(text, now=now, timezone=zone, locale=locale)


def _readings(text: str) -> set[Decimal]:
    """Every value a figure as typed could stand for, with either separator convention."""
    values = set(SPELLED)
    literals = NUMBER.findall(text) + re.findall(r"\d+(?:[.,']\d+)*", text)
    for literal in literals:
        literal = literal.replace(" ", "").replace("'", "")
        for decimal_mark in (".", ","):
            other = "," if decimal_mark == "." else "."
            cleaned = literal.replace(other, "").replace(decimal_mark, ".")
            with contextlib.suppress(InvalidOperation):
                values.add(Decimal(cleaned))
        with contextlib.suppress(InvalidOperation):
            values.add(Decimal(re.sub(r"[.,]", "", literal)))
    return values


@SETTINGS
@given(text=lines, now=instants, locale=st.sampled_from(LOCALES), zone=st.sampled_from(ZONES))
def test_no_text_makes_the_parser_raise(text: str, now: datetime, locale: str, zone: str) -> None:
    parsed = _parse(text, now, locale, zone)
    assert parsed.channel in (None, "in_person", "phone", "email", "mail", "video")
    assert all(tag and tag == tag.lower() and "#" not in tag for tag in parsed.tags)
    assert all(word.text and word.what for word in parsed.unclear)
    if parsed.time is not None:
        assert 0 <= parsed.time[0] <= 23 and 0 <= parsed.time[1] <= 59


@SETTINGS
@given(text=lines, now=instants, locale=st.sampled_from(LOCALES), zone=st.sampled_from(ZONES))
def test_claims_come_from_figures_in_the_text(
    text: str, now: datetime, locale: str, zone: str
) -> None:
    parsed = _parse(text, now, locale, zone)
    typed = _readings(text)
    for claim in parsed.claims:
        assert isinstance(claim.amount, Decimal) and claim.amount > 0
        assert any(claim.amount == value * scale for value in typed for scale in SCALES), (
            f"{claim.amount} is not in {text!r}"
        )
        assert claim.kind in ("deposit", "pledge", "mandate")
        assert claim.currency is None or re.fullmatch(r"[A-Z]{3}", claim.currency)


@SETTINGS
@given(text=lines, now=instants, locale=st.sampled_from(LOCALES), zone=st.sampled_from(ZONES))
def test_a_contact_day_is_never_after_today_nor_a_follow_up_before_tomorrow(
    text: str, now: datetime, locale: str, zone: str
) -> None:
    parsed = _parse(text, now, locale, zone)
    try:
        today = now.astimezone(ZoneInfo(zone)).date()
    except Exception:
        today = now.date()  # an unknown zone is read as UTC
    if parsed.day is not None:
        assert parsed.day <= today
    if parsed.follow_up_on is not None:
        assert parsed.follow_up_on > today


def _calls_to_read(text: str) -> int:
    """Python function calls the parser makes for a line: a count the machine's load cannot change."""
    import sys

    calls = 0

    def count(_frame: object, event: str, _arg: object) -> None:
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(count)
    try:
        _parse(text, datetime(2026, 11, 18, 15, tzinfo=UTC), "fr-FR", "Europe/Paris")
    finally:
        sys.setprofile(None)
    return calls


def test_a_parser_fed_a_line_twice_as_long_does_about_twice_the_work() -> None:
    """Reading grows with the line, not with its square: 3,000 characters of date-like words
    (Slack allows more in a slash command's text) cost about twice what 1,500 cost.

    Counted in calls rather than timed, so a loaded machine cannot fail it (issue #15: speed is
    measured in benchmarks); a regex that backtracks without end would still hang it.
    """
    phrase = "yesterday 3pm 11/3 la 16 kal pukul 3 petang 2.5m deposited"
    half, whole = " ".join([phrase] * 30), " ".join([phrase] * 60)
    _calls_to_read(half), _calls_to_read(whole)  # caches warmed, as in a running bot
    ratio = _calls_to_read(whole) / _calls_to_read(half)
    assert ratio < 2.5, f"twice the line costs {ratio:.2f} times the calls"


@SETTINGS
@given(text=lines, now=instants)
def test_no_text_makes_interpret_raise_anything_but_a_refusal(
    session: Session, text: str, now: datetime
) -> None:
    rep = _book(session)
    try:
        reading = interpret(session, actor=rep, text=text, now=now, idempotency_key=None)
    except CmsError:
        return  # refused with a sentence (a client not covered, a rep who named nobody)
    if reading.draft is not None:
        assert reading.draft.occurred_at <= now + timedelta(minutes=2)
        assert not reading.unclear
        assert all(re.fullmatch(r"[A-Z]{3}", c.currency) for c in reading.draft.claims)


def _book(session: Session):  # type: ignore[no-untyped-def]
    """Built once per session's transaction (the test's examples share it)."""
    from sqlalchemy import select

    from storage.models import Rep

    found = session.scalars(select(Rep).where(Rep.slack_user_id == "UPROP")).first()
    if found is not None:
        return found
    rep = make_rep(
        session, "UPROP", "Pat Prop", roles=("rep", "assistant"), timezone="Europe/Paris"
    )
    other = make_rep(session, "UOTHER", "Oliver Other")
    make_delegate(session, rep=other, assistant=rep)
    make_client(session, "Jane Smith", covered_by=[rep], accounts=["ACC-1048"])
    make_client(session, "John Smith", covered_by=[rep, other])
    make_client(session, "Zoë Müller", covered_by=[other])
    return rep

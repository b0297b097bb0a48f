"""One line of /logcontact text -> fields: a table of phrasings with exact expectations.

``now`` is fixed at Wednesday 18 November 2026, 14:30 in the rep's own zone,
so "yesterday" is the 17th; "last week" names no day and is asked about. Unless a row says
otherwise it also checks that nothing else was read: no channel, no day or time,
no claim, no tag, no follow-up, nothing unclear. ``on`` is a day named without a
time, ``at`` a day with a time, ``unclear`` what the first unread word is.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import ParsedContact, parse_contact

NY = "America/New_York"
PARIS = "Europe/Paris"
STOCKHOLM = "Europe/Stockholm"
BUCHAREST = "Europe/Bucharest"
KUALA_LUMPUR = "Asia/Kuala_Lumpur"
KOLKATA = "Asia/Kolkata"
LOCAL_NOW = datetime(2026, 11, 18, 14, 30)


def parse(text: str, locale: str = "en-US", timezone: str = NY) -> ParsedContact:
    now = LOCAL_NOW.replace(tzinfo=ZoneInfo(timezone)).astimezone(UTC)
    return parse_contact(text, now=now, timezone=timezone, locale=locale)


def row(text: str, locale: str = "en-US", timezone: str = NY, **expected: Any) -> Any:
    return pytest.param(text, locale, timezone, expected, id=f"{locale}:{text}"[:80])


Claim = tuple[str, Decimal, str | None, str | None]


def pledge(amount: str, currency: str | None = None, account: str | None = None) -> Claim:
    return ("pledge", Decimal(amount), currency, account)


def deposit(amount: str, currency: str | None = None, account: str | None = None) -> Claim:
    return ("deposit", Decimal(amount), currency, account)


def mandate(amount: str, currency: str | None = None) -> Claim:
    return ("mandate", Decimal(amount), currency, None)


CASES = [
    # The issue's own example: every field at once.
    row(
        "Jane Smith call yesterday 3pm discussed the rollover, pledged $2.5mm "
        "#symphony-night follow up in 2 weeks",
        client="Jane Smith",
        channel="phone",
        at="2026-11-17 15:00",
        claims=[pledge("2500000", "USD")],
        tags=["symphony-night"],
        follow_up="2026-12-02",
        notes="discussed the rollover, pledged $2.5mm",
    ),
    # Channel words, with their inflections.
    row("Jane Smith call", client="Jane Smith", channel="phone", notes=""),
    row("Jane Smith calls", channel="phone"),
    row("called Jane Smith", client="Jane Smith", channel="phone", notes=""),
    row("Jane Smith calling", channel="phone"),
    row("Jane Smith phone", channel="phone"),
    row("phoned Jane Smith", client="Jane Smith", channel="phone"),
    row("rang Jane Smith", client="Jane Smith", channel="phone"),
    row("met Jane Smith", client="Jane Smith", channel="in_person"),
    row("meet Jane Smith", channel="in_person"),
    row("Jane Smith meeting", channel="in_person"),
    row("lunch with Jane Smith", client="Jane Smith", channel="in_person", notes=""),
    row("lunched with Jane Smith", channel="in_person"),
    row("coffee with Jane Smith", channel="in_person"),
    row("dinner with Jane Smith", channel="in_person"),
    row("visited Jane Smith", channel="in_person"),
    row("emailed Jane Smith", client="Jane Smith", channel="email"),
    row("e-mail to Jane Smith", client="Jane Smith", channel="email"),
    row("letter to Jane Smith", channel="mail"),
    row("mailed Jane Smith", channel="mail"),
    row("posted Jane Smith the brochure", channel="mail", notes="the brochure"),
    row("video call with Jane Smith", client="Jane Smith", channel="video", notes=""),
    row("zoom with Jane Smith", channel="video"),
    row("teams with Jane Smith", channel="video"),
    row("Jane Smith zoomed", channel="video"),
    row("Jane Smith met on Teams", channel="video", notes=""),
    row("Jane Smith emailed the zoom link", channel="email", notes="the zoom link"),
    row("Jane Smith discussed the rollover", client="Jane Smith", notes="discussed the rollover"),
    # Where the name sits.
    row("call with Jane Smith yesterday", client="Jane Smith", channel="phone", on="2026-11-17"),
    row("met smith for lunch", client="smith", channel="in_person", notes="lunch"),
    row("Quick call with Jane Smith about the IRA", client="Jane Smith", channel="phone"),
    row('"Jane Smith" call', client="Jane Smith", channel="phone", notes=""),
    row("“Zoë Müller” lunch", client="Zoë Müller", channel="in_person"),
    row("'Jane Smith' call", client="Jane Smith", channel="phone"),
    row(
        "«Jean Dupont» déjeuner hier",
        "fr-FR",
        PARIS,
        client="Jean Dupont",
        channel="in_person",
        on="2026-11-17",
    ),
    row("Jane Smtih call", client="Jane Smtih", channel="phone"),
    row("call with jane smyth 2 days ago", client="jane smyth", channel="phone", on="2026-11-16"),
    row("zoe muller coffee", client="zoe muller", channel="in_person"),
    # English dates, read towards the past in the rep's zone.
    row("Jane Smith call yesterday 3pm", channel="phone", at="2026-11-17 15:00"),
    row("Jane Smith call yesterday at 10am", channel="phone", at="2026-11-17 10:00", notes=""),
    row("Jane Smith call last Tuesday", channel="phone", unclear="date"),  # 17th or 10th?
    row("Jane Smith call this morning", channel="phone", on="2026-11-18"),
    row("Jane Smith call 2 days ago", channel="phone", on="2026-11-16"),
    row("Jane Smith call last week", channel="phone", unclear="date"),  # which day?
    row("Jane Smith call today", channel="phone", on="2026-11-18"),
    row("Jane Smith call this afternoon", channel="phone", on="2026-11-18"),
    row("Jane Smith call on Monday", channel="phone", on="2026-11-16", notes=""),
    row("Jane Smith met Nov 3, 2026 at 10am", channel="in_person", at="2026-11-03 10:00"),
    row("Jane Smith met on Tues. 3 p.m. to review", channel="in_person", at="2026-11-17 15:00"),
    row("Jane Smith call at 2pm", channel="phone", time="14:00"),
    row("Jane Smith call yday", channel="phone", on="2026-11-17"),
    row("Jane Smith met 2026-11-03", channel="in_person", on="2026-11-03", notes=""),
    row("Jane Smith met 11.03.2026", "fr-FR", PARIS, channel="in_person", on="2026-03-11"),
    row("Jane Smith call three days ago", channel="phone", on="2026-11-15"),
    # "11/3" by locale: month first in en-US, day first elsewhere; the nearest 11 March
    # is to come, so it cannot be the contact's day.
    row("Jane Smith call 11/3", channel="phone", on="2026-11-03"),
    row("Jane Smith call 11/3", "en-GB", "Europe/London", channel="phone", unclear="future"),
    row("Jane Smith call 11/3", "fr-FR", PARIS, channel="phone", unclear="future"),
    row("Jane Smith call 11/3", "hi-IN", KOLKATA, channel="phone", unclear="future"),
    # Yesterday / today / last week in each language.
    row("Dupont appel hier", "fr-FR", PARIS, client="Dupont", channel="phone", on="2026-11-17"),
    row("Dupont appel aujourd'hui", "fr-FR", PARIS, channel="phone", on="2026-11-18"),
    row("Dupont appel aujourd’hui", "fr-FR", PARIS, channel="phone", on="2026-11-18"),
    row("Dupont réunion la semaine dernière", "fr-FR", PARIS, channel="in_person", unclear="date"),
    row("Dupont rencontré hier à 15h", "fr-FR", PARIS, channel="in_person", at="2026-11-17 15:00"),
    row("Dupont call yesterday", "fr-FR", PARIS, channel="phone", on="2026-11-17"),
    row(
        "Andersson samtal igår",
        "sv-SE",
        STOCKHOLM,
        client="Andersson",
        channel="phone",
        on="2026-11-17",
    ),
    row("Andersson möte idag", "sv-SE", STOCKHOLM, channel="in_person", on="2026-11-18"),
    row("Andersson lunch förra veckan", "sv-SE", STOCKHOLM, channel="in_person", unclear="date"),
    row(
        "Andersson möte igår kl 15",
        "sv-SE",
        STOCKHOLM,
        at="2026-11-17 15:00",
        channel="in_person",
        notes="",
    ),
    row(
        "Popescu apel ieri", "ro-RO", BUCHAREST, client="Popescu", channel="phone", on="2026-11-17"
    ),
    row("Popescu întâlnire azi", "ro-RO", BUCHAREST, channel="in_person", on="2026-11-18"),
    row("Popescu întâlnire astăzi", "ro-RO", BUCHAREST, channel="in_person", on="2026-11-18"),
    row("Popescu call săptămâna trecută", "ro-RO", BUCHAREST, channel="phone", unclear="date"),
    row(
        "Ahmad call semalam",
        "ms-MY",
        KUALA_LUMPUR,
        client="Ahmad",
        channel="phone",
        on="2026-11-17",
    ),
    row("Ahmad jumpa hari ini", "ms-MY", KUALA_LUMPUR, channel="in_person", on="2026-11-18"),
    row("Ahmad call minggu lepas", "ms-MY", KUALA_LUMPUR, channel="phone", unclear="date"),
    row(
        "राहुल शर्मा कल मिले",
        "hi-IN",
        KOLKATA,
        client="राहुल शर्मा",
        channel="in_person",
        on="2026-11-17",
    ),
    row("राहुल शर्मा आज फोन", "hi-IN", KOLKATA, channel="phone", on="2026-11-18"),
    row("राहुल शर्मा पिछले सप्ताह मीटिंग", "hi-IN", KOLKATA, channel="in_person", unclear="date"),
    row(
        "Rahul Sharma call कल follow up कल",
        "hi-IN",
        KOLKATA,
        on="2026-11-17",
        channel="phone",
        follow_up="2026-11-19",
    ),
    # A contact cannot be in the future; dates that cannot be read are asked about.
    row("Jane Smith call tomorrow", channel="phone", unclear="future"),
    row("Jane Smith call 3pm", channel="phone", time="15:00"),  # today: interpret checks it
    row("Jane Smith call next Tuesday", channel="phone", unclear="future"),
    row("Jane Smith lunch 11/30/2026", channel="in_person", unclear="future"),
    row("Dupont appel demain", "fr-FR", PARIS, channel="phone", unclear="future"),
    row("Jane Smith call 11/31", channel="phone", unclear="date"),
    row("Jane Smith call Feb 30", channel="phone", unclear="date"),
    row("Jane Smith call 13/13", channel="phone", unclear="date"),
    row("Jane Smith call 31/11", "en-GB", "Europe/London", channel="phone", unclear="date"),
    row("Jane Smith call yesterday at 13pm", channel="phone", on="2026-11-17", unclear="time"),
    # Amounts bound to their verb; every shorthand; exact Decimals.
    row("Jane Smith pledged $2.5mm", claims=[pledge("2500000", "USD")], notes="pledged $2.5mm"),
    row("Jane Smith deposited 2.5m", claims=[deposit("2500000")]),
    row("Jane Smith committed 250k", claims=[pledge("250000")]),
    row("Jane Smith transferred 1.2 million", unclear="direction"),  # in, or out?
    row("Jane Smith funded EUR 300,000", claims=[deposit("300000", "EUR")]),
    row("Jane Smith pledged €300k", claims=[pledge("300000", "EUR")]),
    row("Jane Smith deposited £1m", claims=[deposit("1000000", "GBP")]),
    row("Jane Smith pledge of CHF 2m", claims=[pledge("2000000", "CHF")]),
    row("Jane Smith pledged 1bn", claims=[pledge("1000000000")]),
    row("Jane Smith deposited 2.5 mm", claims=[deposit("2500000")]),
    row("Jane Smith deposit USD 1,000,000", claims=[deposit("1000000", "USD")]),
    row("Jane Smith deposited 300k EUR", claims=[deposit("300000", "EUR")]),
    row("Jane Smith pledged 1.000.000", claims=[pledge("1000000")]),
    row("Jane Smith deposited 5000", claims=[deposit("5000")]),
    row("Jane Smith call, 2m pledged", channel="phone", claims=[pledge("2000000")]),
    row(
        "Jane Smith deposited 1m, pledged 2m more",
        claims=[deposit("1000000"), pledge("2000000")],
    ),
    row(
        "deposited $1m to account 12345678 for Jane Smith",
        client="Jane Smith",
        claims=[deposit("1000000", "USD", account="12345678")],
    ),
    row(
        "Dupont appel hier, pledged 2,5m EUR",
        "fr-FR",
        PARIS,
        on="2026-11-17",
        channel="phone",
        claims=[pledge("2500000", "EUR")],
    ),
    row("won the IPO mandate fee $1.2m", claims=[mandate("1200000", "USD")]),
    row("Acme mandate won, fee 450k", claims=[mandate("450000")]),
    row("IB mandate signed, fees of 2m", claims=[mandate("2000000")]),
    # Amounts with no verb (or a negated one) stay in the notes.
    row("Jane Smith $2.5mm portfolio", client="Jane Smith", notes="$2.5mm portfolio"),
    row("Jane Smith 250k", notes="250k"),
    row("Jane Smith EUR 300,000 in bonds", notes="EUR 300,000 in bonds"),
    row(
        "Jane Smith holds 2.5m, 1.2 million, €300k, £1m, CHF 2m, 1bn, 2.5 mm, USD 1,000,000",
        notes="holds 2.5m, 1.2 million, €300k, £1m, CHF 2m, 1bn, 2.5 mm, USD 1,000,000",
    ),
    row("Jane Smith did not pledge 2m", notes="did not pledge 2m"),
    row("Jane Smith might deposit 1m", notes="might deposit 1m"),
    row("Jane Smith mandate fee 1m discussed", claims=[mandate("1000000")]),
    row("Jane Smith deposited on Nov 3", on="2026-11-03", notes="deposited"),
    # Tags.
    row("Jane Smith #Golf #MotorSport", tags=["golf", "motorsport"], notes=""),
    row("Jane Smith <#C0123|symphony-night> dinner", tags=["symphony-night"], channel="in_person"),
    row("Jane Smith #1 client", notes="#1 client"),
    # Follow-ups, read towards the future.
    row("Jane Smith follow-up next Tuesday", follow_up="2026-11-24", notes=""),
    row("Jane Smith f/u 12/1", follow_up="2026-12-01"),
    row("Jane Smith f/u 12/1", "en-GB", "Europe/London", follow_up="2027-01-12"),
    row("Jane Smith follow up call on Friday", follow_up="2026-11-20", notes=""),
    row("Jane Smith follow up tomorrow", follow_up="2026-11-19"),
    row(
        "Jane Smith met today, follow up in 2 weeks",
        channel="in_person",
        on="2026-11-18",
        follow_up="2026-12-02",
    ),
    row(
        "Dupont appel hier follow up dans 2 semaines",
        "fr-FR",
        PARIS,
        channel="phone",
        on="2026-11-17",
        follow_up="2026-12-02",
    ),
    row("Jane Smith follow up on the rollover", notes="follow up on the rollover"),
    row("Jane Smith follow-up call yesterday", channel="phone", on="2026-11-17", notes="follow-up"),
    row(
        "Jane Smith sat with me, discussed the sun belt",
        notes="sat with me, discussed the sun belt",
    ),
    row("Lunch with Mr Fu yesterday", client="Fu", channel="in_person", on="2026-11-17"),
    row("Jan 45 min call", channel="phone", notes="45 min"),
    # Nonsense: nothing read, nothing raised.
    row("asdf qwerty", notes="asdf qwerty"),  # nobody named: the notes keep it
    row("", client=None, notes=""),
    row("12 34 56", client=None, notes="12 34 56"),
    row("$$$ ### @@@", client=None),
    row(
        "24/7 service, 2/3 of it in bonds",
        client="service",
        notes="24/7, 2/3 of it in bonds",
    ),
]


@pytest.mark.parametrize(("text", "locale", "timezone", "expected"), CASES)
def test_line_reads_as_expected(text: str, locale: str, timezone: str, expected: dict) -> None:
    parsed = parse(text, locale, timezone)
    if "client" in expected:
        assert parsed.client_text == expected["client"]
    if "notes" in expected:
        assert notes(parsed, expected.get("client")) == expected["notes"]
    assert parsed.channel == expected.get("channel")
    claims = [(c.kind, c.amount, c.currency, c.account) for c in parsed.claims]
    assert claims == expected.get("claims", [])
    assert parsed.tags == tuple(expected.get("tags", []))
    follow_up = expected.get("follow_up")
    assert parsed.follow_up_on == (date.fromisoformat(follow_up) if follow_up else None)
    unclear = [word.what for word in parsed.unclear][:1]
    assert unclear == ([expected["unclear"]] if "unclear" in expected else [])
    if "unclear" in expected and "on" not in expected:
        return
    day = parsed.day.isoformat() if parsed.day else None
    clock = f"{parsed.time[0]:02d}:{parsed.time[1]:02d}" if parsed.time else None
    if "at" in expected:
        assert f"{day} {clock}" == expected["at"]
    elif "on" in expected:
        assert (day, clock) == (expected["on"], None)
    else:
        assert (day, clock) == (None, expected.get("time"))


def notes(parsed: ParsedContact, client: str | None) -> str:
    """The notes as ``/logcontact`` records them: a name that is a client's cut too (here, a
    capitalised first name, or the one the row names)."""
    first = parsed.names[0] if parsed.names and not parsed.quoted else None
    named = first is not None and (first.words[0][:1].isupper() or client == parsed.client_text)
    return parsed.notes(without=[parsed.name_span(first)] if first and named else [])


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 80


def test_amounts_are_exact_decimals_not_floats() -> None:
    (claim,) = parse("Jane Smith pledged $2.5mm").claims
    assert isinstance(claim.amount, Decimal)
    assert str(claim.amount) == "2500000"


def test_unread_words_are_named_as_typed() -> None:
    parsed = parse("Jane Smith call 11/31, pledged quelques centaines de k€")
    assert [(w.text, w.what) for w in parsed.unclear] == [
        ("11/31", "date"),
        ("quelques centaines de k€", "amount"),
    ]


def test_results_are_frozen() -> None:
    parsed = parse("Jane Smith call")
    with pytest.raises(AttributeError):
        parsed.channel = "email"  # type: ignore[misc]

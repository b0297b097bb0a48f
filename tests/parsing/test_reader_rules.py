"""The reader's rules on lines of our own, beyond the blind corpus, against the corpus's book.

Each row is a rule a rep would state, written as they would type it, in the
corpus's frame (now = Wednesday 18 November 2026, 15:00 UTC; its seven reps and
57 clients). Only the fields a row names are checked; ``outcome`` always is.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from tests.parsing.test_reader_corpus import build_book, load, read_line

NOW = datetime.fromisoformat("2026-11-18T15:00:00+00:00")
FR, SV, RO, MS, HI, UK, US = "UFR001", "USV001", "URO001", "UMS001", "UHI001", "UEN001", "UEN002"


def row(rep: str, text: str, outcome: str = "record", **expected: Any) -> Any:
    return pytest.param(rep, text, outcome, expected, id=f"{rep}:{text}"[:90])


def claim(kind: str, amount: str, currency: str, account: str | None = None) -> tuple:
    return (kind, Decimal(amount), currency, account)


ROWS = [
    # Days and times, English.
    row(US, "Jane Doyle call last Thursday 2pm", day="2026-11-12", time="14:00"),
    row(US, "Jane Doyle met on the 12th", day="2026-11-12", time=None),
    row(US, "Jane Doyle met on the 5th floor", day="2026-11-18"),
    row(US, "Jane Doyle lunch Nov 16", day="2026-11-16"),
    row(US, "Jane Doyle lunch November 16th, 2026", day="2026-11-16"),
    row(US, "Jane Doyle call a fortnight ago", day="2026-11-04"),
    row(US, "Jane Doyle call 3 days ago", day="2026-11-15"),
    row(US, "Jane Doyle call earlier today", day="2026-11-18", time=None),
    row(US, "Jane Doyle call this Monday", day="2026-11-16"),
    row(US, "Jane Doyle call yesterday afternoon", day="2026-11-17", time=None),
    row(US, "Jane Doyle call on Monday the 16th at 9:30", day="2026-11-16", time="09:30"),
    row(US, "Jane Doyle call 11/16", day="2026-11-16"),
    row(UK, "Lars Ashford call 16/11", day="2026-11-16"),
    row(US, "Jane Doyle call at 9", day="2026-11-18", time="09:00"),  # 21:00 is still to come
    row(US, "Jane Doyle call yesterday at 3", "ask_unclear"),  # 3:00 or 15:00?
    row(US, "Jane Doyle call last week", "ask_unclear"),
    row(US, "Jane Doyle call last Tuesday", "ask_unclear"),  # yesterday, or a week before?
    row(US, "Jane Doyle lunch tomorrow", "ask_unclear"),  # a contact is logged after it
    row(US, "Jane Doyle call, follow up on the 24th", follow_up="2026-11-24"),
    row(US, "Jane Doyle call, follow up in ten days", follow_up="2026-11-28"),
    row(US, "Jane Doyle call 9:15am, CD matures 12/15", day="2026-11-18", time="09:15"),
    # French, Swedish, Romanian, Malay, Hindi.
    row(FR, "Camille Girard tél il y a deux jours", day="2026-11-16"),
    row(FR, "Camille Girard café le 12 novembre à 10h", day="2026-11-12", time="10:00"),
    row(FR, "Camille Girard café le 12/11", day="2026-11-12"),
    row(FR, "Camille Girard café jeudi 12", day="2026-11-12"),
    row(FR, "Camille Girard tél, relancer dans quinze jours", follow_up="2026-12-03"),
    row(FR, "Camille Girard tél la semaine dernière", "ask_unclear"),
    row(SV, "Maja Öberg ringde för två dagar sedan", day="2026-11-16"),
    row(SV, "Maja Öberg lunch den 12 november", day="2026-11-12"),
    row(SV, "Maja Öberg ringde igår eftermiddag", day="2026-11-17", time=None),
    row(SV, "Maja Öberg ringde i förmiddags", day="2026-11-18", time=None),
    row(SV, "Maja Öberg ringde måndag kl 15.30", day="2026-11-16", time="15:30"),
    row(RO, "Radu Georgescu telefon acum o săptămână", day="2026-11-11"),
    row(RO, "Radu Georgescu cafea pe 12 noiembrie", day="2026-11-12"),
    row(RO, "Radu Georgescu cafea pe 12.11 la ora 15:30", day="2026-11-12", time="15:30"),
    row(RO, "Radu Georgescu telefon ieri după-amiază", day="2026-11-17", time=None),
    row(MS, "Kamal Ariffin telefon 3 hari lepas", day="2026-11-15"),
    row(MS, "Kamal Ariffin jumpa pada 12 November", day="2026-11-12"),
    row(MS, "Kamal Ariffin call jam 3 petang semalam", day="2026-11-17", time="15:00"),
    row(MS, "Kamal Ariffin call kelmarin", "ask_unclear"),
    row(HI, "Arjun Mehta से 3 दिन पहले मुलाकात", day="2026-11-15"),
    row(HI, "Arjun Mehta से 12 नवंबर को मुलाकात", day="2026-11-12"),
    row(HI, "Arjun Mehta का फोन कल शाम को 5 बजे", day="2026-11-17", time="17:00"),
    row(HI, "Arjun Mehta phone 2 din pehle", day="2026-11-16"),
    # Money.
    row(US, "Jane Doyle call, pledged half a million", claims=[claim("pledge", "500000", "USD")]),
    row(US, "Jane Doyle call, deposited $1,250,000", claims=[claim("deposit", "1250000", "USD")]),
    row(US, "Jane Doyle call, €2m deposited", claims=[claim("deposit", "2000000", "EUR")]),
    row(US, "Jane Doyle call, will deposit 1m next week", claims=[]),
    row(US, "Jane Doyle call, wants to pledge 2m", claims=[]),
    row(
        US,
        "Jane Doyle call, didn't pledge but deposited 1m",
        claims=[claim("deposit", "1000000", "USD")],
    ),
    row(US, "Jane Doyle call, pledged 10% of her portfolio", claims=[]),
    row(US, "Jane Doyle call, management fee 1%", claims=[]),
    row(
        US,
        "Jane Doyle call, pledged 2m and deposited 1m",
        claims=[claim("pledge", "2000000", "USD"), claim("deposit", "1000000", "USD")],
    ),
    row(US, "Jane Doyle call, deposited 500k into ACC-9999", "ask_unclear"),  # not her account
    row(
        US,
        "Jane Doyle call, deposited 500k (ACC-6103)",
        claims=[claim("deposit", "500000", "USD", "ACC-6103")],
    ),
    row(US, "Jane Doyle call, security deposit 5k for the office", claims=[]),
    row(FR, "Camille Girard tél, elle va verser 1 M€", claims=[]),
    row(SV, "Maja Öberg ringde, hon ska sätta in 2 mkr", claims=[]),
    row(HI, "Arjun Mehta का फोन, 10 लाख जमा करेंगे", claims=[]),
    row(MS, "Kamal Ariffin call, dia nak deposit RM 1 juta", claims=[]),
    row(SV, "Maja Öberg ringde, hon sätter in 500 tkr nästa vecka", "ask_unclear"),  # to come
    row(US, "Jane Doyle call, deposit of 1m next week", claims=[]),
    row(US, "Jane Doyle lunch Wednesday", day="2026-11-11"),  # today's weekday: a week ago
    row(UK, "Lars Ashford call 11/12", "ask_unclear"),  # "en" in London: 11 Dec or 12 Nov?
    row(UK, "Lars Ashford call 13/11", day="2026-11-13"),
    row(US, "Jane Doyle email, lunch booked Friday", day="2026-11-18"),
    row(US, "Jane Doyle call, folow up Friday", follow_up="2026-11-20"),
    row(US, "Jane Doyle video 11-16", "ask_unclear"),
    row(US, "Jane Doyle mtg Monday", channel="in_person", day="2026-11-16"),
    row(US, "Jane Doyle call a few days ago", "ask_unclear"),
    row(US, "Jane Doyle lunch yesterd", "ask_unclear"),
    row(US, "Jane Doyle call, invested $2m in the growth fund", "ask_unclear"),
    row(US, "Jane Doyle call, pledge of 1m cancelled", claims=[]),
    row(US, "Lunch with Sarah, Jane Doyle's daughter", "ask_client"),
    row(MS, "Tan Sri Kamal Ariffin makan malam semalam", client="C-MY-006", day="2026-11-17"),
    row(
        UK,
        "Matthias Keller call, deposited Fr. 500'000",
        claims=[claim("deposit", "500000", "CHF")],
    ),
    row(
        HI,
        "Arjun Mehta se mila, dedh crore jama kiye",
        claims=[claim("deposit", "15000000", "INR")],
    ),
    row(US, "Jane Doyle call 16th re trust", day="2026-11-16"),
    row(RO, "Radu Georgescu întâlnire 16.11", "ask_unclear"),  # 16:11, or 16 November?
    row(SV, "Maja Öberg möte 16.11.", day="2026-11-16"),
    row(SV, "Maja Öberg ringde igår 16.05", day="2026-11-17", time="16:05"),
    row(US, "Jane Doyle call, mandate won worth 2m", "ask_unclear"),  # is 2m the fee?
    row(US, "Jane Doyle call, promised $1m", claims=[claim("pledge", "1000000", "USD")]),
    # "put in" says in, as "masukkan" does: a deposit (into something else named: asked).
    row(US, "Jane Doyle call, she put in $500k", claims=[claim("deposit", "500000", "USD")]),
    row(US, "Jane Doyle call, declined to pledge 1m", claims=[]),
    row(US, "Jane Doyle's husband called re the trust", "ask_client"),
    row(US, "Called Megan re Jane Doyle", "ask_client"),  # Megan was called, not Jane
    row(HI, "प्रिया शर्मा के पति का फोन आया", "ask_client"),
    # Names.
    row(US, "Doyle, Jane call yesterday", client="C-US-003"),
    row(US, "JANE DOYLE CALL YESTERDAY", client="C-US-003", channel="phone"),
    row(US, "call with jane doyle re her IRA", client="C-US-003"),
    row(US, "Jane D. call", client="C-US-003"),
    row(US, "J Smith call", "ask_client"),
    row(US, "the Smiths lunch", "ask_client"),
    row(US, "Mr and Mrs Smith lunch", "ask_client"),
    row(UK, "Mr and Mrs Whitfield lunch", "ask_client"),
    row(US, "Texted Robert Chen", "ask_channel"),
    row(MS, "Wei Ming call semalam", client="C-MY-004"),
    row(FR, "Henri et Marie de Castellane déjeuner", "ask_client"),
]


@pytest.fixture(scope="module")
def corpus() -> dict[str, Any]:
    return load()


@pytest.mark.parametrize(("rep", "text", "outcome", "expected"), ROWS)
def test_the_reader_follows_its_rules(
    session: Session, corpus: dict[str, Any], rep: str, text: str, outcome: str, expected: dict
) -> None:
    reps = build_book(session, corpus)
    got = read_line(session, reps[rep], text, NOW)
    assert got.outcome == outcome, got
    for name, value in expected.items():
        if name == "follow_up":
            assert got.follow_up_on == value, got
        else:
            assert getattr(got, name) == (sorted(value) if name == "claims" else value), got

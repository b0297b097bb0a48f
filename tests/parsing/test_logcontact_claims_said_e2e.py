"""What a line says of money, over signed HTTP: which claims it raises, in which currency
and on which account, and which it raises none for.

Now is Wednesday 18 November 2026, 15:00 UTC (``tests.conftest.DEFAULT_NOW``). One rep per
language, each covering clients whose accounts say which currencies they hold.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.messages import reader as reader_text
from standin.blockkit_text import render
from tests.databases import BACKENDS
from tests.factories import make_client, make_rep
from tests.parsing.test_logcontact_reader_e2e import (
    assert_logged,
    claims,
    contacts,
    in_their_language,
    say,
)
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)

DESKS = [
    ("UFR", "Claire", "Europe/Paris", "fr-FR", [("Camille Girard", ["ACC-1301:EUR"])]),
    (
        "UCA",
        "Étienne",
        "America/Toronto",
        "fr-CA",
        [("Luc Gagnon", ["ACC-1401:CAD"]), ("Julie Gagnon", ["ACC-1402:CAD", "ACC-1403:USD"])],
    ),
    ("URO", "Andreea", "Europe/Bucharest", "ro-RO", [("Elena Stănescu", ["ACC-3501:RON"])]),
    ("UMS", "Farid", "Asia/Kuala_Lumpur", "ms-MY", [("Maya Rahman", ["ACC-4301:MYR"])]),
    ("UHI", "Ananya", "Asia/Kolkata", "hi-IN", [("Priya Raghunathan", ["ACC-5101:INR"])]),
    ("USE", "Erik", "Europe/Stockholm", "sv-SE", [("Björn Lindqvist", ["ACC-2101:SEK"])]),
    (
        "UGB",
        "Fiona",
        "Europe/London",
        "en-GB",
        [("Hope Ashby", ["ACC-6101:GBP", "ACC-6102:GBP"])],
    ),
]


@pytest.fixture
def desks(world: World) -> None:
    with world.db() as session:
        for user, name, zone, locale, clients in DESKS:
            rep = make_rep(session, user, name, timezone=zone, locale=locale)
            world.standin.add_user(user, name.lower(), tz=zone, locale=locale)
            rep.profile_refreshed_at = world.clock()
            for client_name, accounts in clients:
                client = make_client(
                    session,
                    client_name,
                    covered_by=[rep],
                    accounts=[a.split(":")[0] for a in accounts],
                )
                for account, spec in zip(client.accounts, accounts, strict=True):
                    account.currency = spec.split(":")[1]


@pytest.mark.parametrize(
    ("user", "line"),
    [
        (
            "URO",
            "Elena Stănescu telefon ieri, nu a mai semnat mandatul, onorariul de 150k euro pierdut",
        ),
        ("UHI", "Priya Raghunathan call kal, mandate lost, fees 2 crore gaya"),
        ("UFR", "Camille Girard tél hier, elle verse 300 k€ le mois prochain si la vente se fait"),
        ("USE", "Björn Lindqvist möte igår, han tänker sätta in 1 mkr om försäljningen går igenom"),
        ("UFR", "Camille Girard déjeuner hier, gestion sous mandat signée sur 2 M€"),
    ],
)
def test_an_outcome_lost_refused_or_on_a_condition_records_the_contact_and_no_claim(
    world: World, desks: None, user: str, line: str
) -> None:
    reply = say(world, user, line)
    assert_logged(world, user, reply)
    assert len(contacts(world)) == 1
    assert claims(world) == []


@pytest.mark.parametrize(
    ("user", "line", "expected"),
    [
        # Sums spelt with halves and quarters.
        ("USE", "Björn Lindqvist ringde i morse, lovade en halv miljon euro", [
            ("pledge", "500000", "EUR", None)
        ]),
        ("UHI", "Priya Raghunathan जी से मुलाकात, सवा करोड़ जमा किए", [
            ("deposit", "12500000", "INR", None)
        ]),
        # A sum into an account named, with no verb; money that came to us by its words.
        ("UGB", "Hope Ashby rang yesterday, ISA sorted plus £150k into the GIA", [
            ("deposit", "150000", "GBP", None)
        ]),
        ("USE", "Björn Lindqvist ringde igår, 2 mkr in på ACC-2101", [
            ("deposit", "2000000", "SEK", "ACC-2101")
        ]),
        ("UHI", "Priya Raghunathan call kal, 25 lakh ACC-5101 mein aaye", [
            ("deposit", "2500000", "INR", "ACC-5101")
        ]),
        ("URO", "Elena Stănescu telefon ieri, a virat 300.000 lei catre noi", [
            ("deposit", "300000", "RON", None)
        ]),
        ("UFR", "Camille Girard tél, a transféré 1,2 M€ depuis la Société Générale", [
            ("deposit", "1200000", "EUR", None)
        ]),
        # Put in, into a kind of account the firm offers: with us, whatever the verb.
        ("UGB", "Hope Ashby rang yesterday, she put in £200k into the ISA", [
            ("deposit", "200000", "GBP", None)
        ]),
        # Malay "masuk" and "ke" into an account; moved in ("transfer masuk") from another bank.
        ("UMS", "Maya Rahman zoom semalam, RM 400k masuk ACC-4301 dan janji RM 600k lagi", [
            ("deposit", "400000", "MYR", "ACC-4301"), ("pledge", "600000", "MYR", None)
        ]),
        ("UMS", "Maya Rahman call semalam, dia dah transfer masuk rm250k dr Maybank", [
            ("deposit", "250000", "MYR", None)
        ]),
        ("UMS", "Maya Rahman jumpa semalam, RM 300k ke ACC-4301", [
            ("deposit", "300000", "MYR", "ACC-4301")
        ]),
        # A bare "$" from a client holding one dollar, the Canadian: CAD.
        ("UCA", "Luc Gagnon rencontre hier à 16h, dépôt de 1,2 M$", [
            ("deposit", "1200000", "CAD", None)
        ]),
        # "in to" is into; an account typed without its prefix is the client's with its digits.
        ("UGB", "Hope Ashby rang yesterday, £300k in to ACC-6102 and pledged £1m", [
            ("deposit", "300000", "GBP", "ACC-6102"), ("pledge", "1000000", "GBP", None)
        ]),
        ("UGB", "Hope Ashby rang yesterday, deposited £250k to account 6101", [
            ("deposit", "250000", "GBP", "ACC-6101")
        ]),
        # A verb split by its subject; an apport; a Devanagari video call.
        ("USE", "Björn Lindqvist teams igår, sedan satte han in 500 tkr", [
            ("deposit", "500000", "SEK", None)
        ]),
        ("UFR", "Camille Girard déj hier, apport de 500 000 €", [
            ("deposit", "500000", "EUR", None)
        ]),
        ("UHI", "Priya Raghunathan के साथ कल टीम्स कॉल, 50 लाख जमा किए", [
            ("deposit", "5000000", "INR", None)
        ]),
    ],
)  # fmt: skip
def test_a_line_raises_the_claims_it_states(
    world: World, desks: None, user: str, line: str, expected: list[tuple[str, str, str, str]]
) -> None:
    reply = say(world, user, line)
    assert_logged(world, user, reply)
    assert sorted(claims(world)) == sorted(
        (kind, Decimal(amount), currency, account) for kind, amount, currency, account in expected
    )


def test_a_bare_dollar_from_a_client_holding_two_dollars_is_asked_and_nothing_recorded(
    world: World, desks: None
) -> None:
    reply = say(world, "UCA", "Julie Gagnon dîner hier soir, elle a déposé 250 000 $")
    assert in_their_language(world, "UCA", reader_text.UNCLEAR_HEADLINE) in reply["text"]
    question = in_their_language(world, "UCA", reader_text.UNCLEAR["currency"])
    shown = render(reply["blocks"])
    assert question.split("{client}")[0].format(text="250 000 $") in shown
    assert "CAD" in shown and "USD" in shown
    assert contacts(world) == []


def test_money_moved_between_the_clients_own_accounts_records_the_contact_and_no_claim(
    world: World, desks: None
) -> None:
    reply = say(world, "UGB", "Hope Ashby rang yesterday, moved £1m from ACC-6101 into ACC-6102")
    assert_logged(world, "UGB", reply)
    assert len(contacts(world)) == 1
    assert claims(world) == []


def test_money_from_another_bank_into_the_clients_account_is_a_deposit_on_it(
    world: World, desks: None
) -> None:
    reply = say(world, "UGB", "Hope Ashby rang yesterday, moved £1m from Barclays into ACC-6102")
    assert_logged(world, "UGB", reply)
    assert claims(world) == [("deposit", Decimal("1000000"), "GBP", "ACC-6102")]

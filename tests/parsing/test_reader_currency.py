"""A claim's currency when the line writes "kr" (Sweden, Norway and Denmark all do) or a
bare "$" (every dollar does).

"3 milj. kr" from a client holding SEK and NOK accounts could be either: asked. From a
client holding kronor of one country only, it is theirs; "kronor" and "MSEK" are Swedish.
So with "$": "250 000 $" from a Montréal client holding CAD and USD is asked, "1,2 M$" from
one holding CAD alone is CAD; "US$", "C$" and a code beside the sign say which.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from storage.models import Rep
from tests.factories import make_client, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


@pytest.fixture
def nordic(session: Session) -> Rep:
    rep = make_rep(session, "UNORD", "Linnea Rep", timezone="Europe/Stockholm", locale="sv-SE")
    for name, accounts in (
        ("Dag Forsberg", [("ACC-8211", "SEK"), ("ACC-8212", "NOK")]),
        ("Ola Nordmann", [("ACC-8311", "NOK"), ("ACC-8312", "EUR")]),
        ("Maj Lund", [("ACC-8411", "SEK")]),
    ):
        client = make_client(session, name, covered_by=[rep], accounts=[a for a, _ in accounts])
        for account, (_number, currency) in zip(client.accounts, accounts, strict=True):
            account.currency = currency
    session.flush()
    return rep


def read(session: Session, rep: Rep, line: str):  # type: ignore[no-untyped-def]
    return interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)


@pytest.mark.parametrize(
    "line",
    ["Dag Forsberg möte i dag, satte in 3 milj. kr", "Dag Forsberg ringde, lovade 3 milj kr"],
)
def test_kronor_from_a_client_holding_two_kinds_are_asked(
    session: Session, nordic: Rep, line: str
) -> None:
    reading = read(session, nordic, line)
    assert reading.draft is None
    assert [(u.what, u.text) for u in reading.unclear][0][0] == "currency"


@pytest.mark.parametrize(
    ("line", "claim"),
    [
        ("Ola Nordmann ringde, satte in 3 milj. kr", ("deposit", "3000000", "NOK", None)),
        ("Maj Lund ringde, satte in 300 tkr", ("deposit", "300000", "SEK", None)),
        ("Dag Forsberg ringde, satte in 3 MSEK", ("deposit", "3000000", "SEK", None)),
        ("Dag Forsberg ringde, lovade 2 miljoner kronor", ("pledge", "2000000", "SEK", None)),
        # "tkr" and "mkr" are Swedish units, so Swedish kronor, as "kronor" is.
        ("Dag Forsberg ringde, lovade 500 tkr", ("pledge", "500000", "SEK", None)),
        ("Dag Forsberg möte igår, satte in 5 mkr", ("deposit", "5000000", "SEK", None)),
        ("Dag Forsberg möte igår, satte in 5 Mkr", ("deposit", "5000000", "SEK", None)),
        (
            "Dag Forsberg ringde, satte in 400 tkr på ACC-8212",
            ("deposit", "400000", "NOK", "ACC-8212"),
        ),
    ],
)
def test_kronor_are_the_clients_own_kind_or_the_accounts_named(
    session: Session, nordic: Rep, line: str, claim: tuple[str, str, str, str | None]
) -> None:
    reading = read(session, nordic, line)
    assert reading.unclear == () and reading.draft is not None
    kind, amount, currency, account = claim
    assert [(c.kind, c.amount, c.currency, c.account) for c in reading.draft.claims] == [
        (kind, Decimal(amount), currency, account)
    ]


@pytest.fixture
def two_currencies(session: Session) -> Rep:
    rep = make_rep(session, "UKIR", "Neha Rep", timezone="Asia/Kolkata", locale="hi-IN")
    client = make_client(session, "Kiran Bansal", covered_by=[rep], accounts=["ACC-1", "ACC-2"])
    for account, currency in zip(client.accounts, ("INR", "USD"), strict=True):
        account.currency = currency
    session.flush()
    return rep


@pytest.mark.parametrize(
    ("line", "claims"),
    [
        (
            "Kiran Bansal वीडियो कॉल, ₹2 करोड़ जमा और 1 करोड़ और देने का वादा",
            [("deposit", "20000000", "INR"), ("pledge", "10000000", "INR")],
        ),
        (
            "Kiran Bansal call, deposited $2m and pledged another 1m",
            [("deposit", "2000000", "USD"), ("pledge", "1000000", "USD")],
        ),
    ],
)
def test_a_sum_without_currency_beside_claims_in_one_currency_is_in_it(
    session: Session, two_currencies: Rep, line: str, claims: list[tuple[str, str, str]]
) -> None:
    reading = read(session, two_currencies, line)
    assert reading.unclear == () and reading.draft is not None
    assert sorted((c.kind, c.amount, c.currency) for c in reading.draft.claims) == sorted(
        (kind, Decimal(amount), currency) for kind, amount, currency in claims
    )


def test_a_sum_without_currency_beside_claims_in_two_currencies_is_asked(
    session: Session, two_currencies: Rep
) -> None:
    line = "Kiran Bansal call, deposited $2m and ₹5 crore, pledged 1m"
    reading = read(session, two_currencies, line)
    assert reading.draft is None
    assert ("1m", "currency") in [(u.text, u.what) for u in reading.unclear]


@pytest.mark.parametrize(
    "line",
    [
        "Dag Forsberg möte i dag, satte in 2 MNOK på ACC 8212",
        "Dag Forsberg call today, wired 2m NOK into acc-8212",
    ],
)
def test_an_account_id_typed_loosely_names_the_clients_account(
    session: Session, nordic: Rep, line: str
) -> None:
    """ "ACC 8212", "acc-8212": the account ACC-8212, as a rep types it in haste."""
    reading = read(session, nordic, line)
    assert reading.draft is not None, reading.unclear
    assert [(c.kind, c.currency, c.account) for c in reading.draft.claims] == [
        ("deposit", "NOK", "ACC-8212")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Dag Forsberg call today, deposited 2m NOK to account 8212",
        "Dag Forsberg möte i dag, satte in 2 MNOK på konto 8212",
    ],
)
def test_an_account_number_typed_without_its_prefix_names_the_clients_account(
    session: Session, nordic: Rep, line: str
) -> None:
    """ "account 8212": the client's one account whose digits are 8212, ACC-8212."""
    reading = read(session, nordic, line)
    assert reading.draft is not None, reading.unclear
    assert [(c.kind, c.currency, c.account) for c in reading.draft.claims] == [
        ("deposit", "NOK", "ACC-8212")
    ]


def test_an_account_number_matching_none_of_the_clients_accounts_is_asked(
    session: Session, nordic: Rep
) -> None:
    reading = read(session, nordic, "Dag Forsberg call today, deposited 2m NOK to account 9999")
    assert reading.draft is None
    assert [(u.what, u.text) for u in reading.unclear] == [("account", "9999")]


@pytest.fixture
def montreal(session: Session) -> Rep:
    rep = make_rep(session, "UMTL", "Étienne Rep", timezone="America/Toronto", locale="fr-CA")
    for name, accounts in (
        ("Geneviève Tremblay", [("ACC-9121", "CAD"), ("ACC-9122", "USD")]),
        ("Luc Tremblay", [("ACC-9123", "CAD")]),
        ("Sterling Adebayo", [("ACC-9124", "USD")]),
        ("Paul Roy", [("ACC-9125", "EUR")]),
    ):
        client = make_client(session, name, covered_by=[rep], accounts=[a for a, _ in accounts])
        for account, (_number, currency) in zip(client.accounts, accounts, strict=True):
            account.currency = currency
    make_client(session, "Anne Roy", covered_by=[rep])  # no account yet
    session.flush()
    return rep


@pytest.mark.parametrize(
    "line",
    [
        "Geneviève Tremblay dîner hier soir, elle a déposé 250 000 $",
        "Geneviève Tremblay tél hier, engagement de 1,2 M$",
        "Geneviève Tremblay call yesterday, pledged 2m dollars",
    ],
)
def test_a_bare_dollar_from_a_client_holding_two_dollars_is_asked(
    session: Session, montreal: Rep, line: str
) -> None:
    reading = read(session, montreal, line)
    assert reading.draft is None
    assert [u.what for u in reading.unclear] == ["currency"]


@pytest.mark.parametrize(
    ("line", "claim"),
    [
        # A bare "$" is the client's own dollar, or the account's named.
        ("Luc Tremblay rencontre hier à 16h, dépôt de 1,2 M$", ("deposit", "1200000", "CAD", None)),
        ("Sterling Adebayo call yesterday, deposited $500k", ("deposit", "500000", "USD", None)),
        (
            "Geneviève Tremblay tél hier, dépôt de 300 k$ sur ACC-9122",
            ("deposit", "300000", "USD", "ACC-9122"),
        ),
        # Named: "US$", "C$" and a code say which, whatever the client holds.
        ("Geneviève Tremblay tél hier, dépôt de 250 000 US$", ("deposit", "250000", "USD", None)),
        ("Geneviève Tremblay tél hier, dépôt de C$ 250 000", ("deposit", "250000", "CAD", None)),
        ("Geneviève Tremblay call, deposited CA$250k", ("deposit", "250000", "CAD", None)),
        ("Geneviève Tremblay call, deposited NZ$400k", ("deposit", "400000", "NZD", None)),
        ("Geneviève Tremblay call, pledged AU$1m", ("pledge", "1000000", "AUD", None)),
        ("Geneviève Tremblay call, pledged SG$ 2m", ("pledge", "2000000", "SGD", None)),
        ("Geneviève Tremblay call, deposited CAD$2m", ("deposit", "2000000", "CAD", None)),
        ("Geneviève Tremblay call, deposited USD$ 2m", ("deposit", "2000000", "USD", None)),
        ("Geneviève Tremblay call, deposited 2m dirhams", ("deposit", "2000000", "AED", None)),
        ("Geneviève Tremblay tél hier, dépôt de 250 000 $ CAD", ("deposit", "250000", "CAD", None)),
        # A client holding no dollar: the sign's own (USD), as before.
        ("Paul Roy tél hier, engagement de 2 M$", ("pledge", "2000000", "USD", None)),
    ],
)
def test_a_bare_dollar_is_the_dollar_the_client_holds_or_the_accounts_named(
    session: Session, montreal: Rep, line: str, claim: tuple[str, str, str, str | None]
) -> None:
    reading = read(session, montreal, line)
    assert reading.unclear == () and reading.draft is not None
    kind, amount, currency, account = claim
    assert [(c.kind, c.amount, c.currency, c.account) for c in reading.draft.claims] == [
        (kind, Decimal(amount), currency, account)
    ]


def test_a_bare_dollar_from_a_client_without_accounts_is_the_firms_when_it_is_a_dollar(
    session: Session, montreal: Rep
) -> None:
    reading = interpret(
        session,
        actor=montreal,
        text="Anne Roy tél hier, dépôt de 2 M$",
        now=NOW,
        idempotency_key=None,
        default_currency="CAD",
    )
    assert reading.draft is not None
    assert [c.currency for c in reading.draft.claims] == ["CAD"]


def test_an_account_named_right_after_a_sum_is_that_sums_not_the_next_claims(
    session: Session, two_currencies: Rep
) -> None:
    """ "400k into ACC-2 and pledged 600k": ACC-2 is where the 400k went, whether or not the
    line's words make the 400k a claim; the pledge names no account."""
    line = "Kiran Bansal call, USD 400k ACC-2 ka hai aur pledged USD 600k"
    reading = read(session, two_currencies, line)
    assert reading.draft is not None
    assert [(c.kind, c.account) for c in reading.draft.claims] == [("pledge", None)]

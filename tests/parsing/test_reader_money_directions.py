"""Money moved, said to have come to us: where the line says it went, and how much.

A transfer into one of the client's accounts with us is a deposit on that account, even
when the account comes after where the money came from ("moved €1.2m to us from BNP into
ACC-10379") or in a clause of its own (", sur ACC-10358"). A sum after the direction, the
whole of the next clause ("flyttade över ISK:n från Nordnet till oss, 3,4 milj. kr"), is
the transfer's. Received right after its sum ("400 000 CHF reçus") is a deposit. Money
moved with no direction stays asked. Each row is a cause, not a corpus line.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of, unclear_of


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "Edward Hartley Teams call, transferred £800k to ACC-6615",
            EN,
            ("800000", "GBP", "ACC-6615"),
        ),
        (
            "Hélène Morel lunch at the Ritz 1pm, moved €1.2m to us from BNP into ACC-1379",
            EN,
            ("1200000", "EUR", "ACC-1379"),
        ),
        (
            "Thierry Leclercq visio, il a transféré 1 M€ de son PEA chez Boursorama vers nous, "
            "sur ACC-1358",
            FR,
            ("1000000", "EUR", "ACC-1358"),
        ),
        (
            "Dag Vallin telefon, överförde 300 000 EUR till ACC-1202",
            SV,
            ("300000", "EUR", "ACC-1202"),
        ),
        (
            "Mihai Popa video, a transferat 1,2 milioane lei în ACC-1301",
            RO,
            ("1200000", "RON", "ACC-1301"),
        ),
        ("Tan Mei Ling emel, dia pindahkan RM 250k ke ACC-1404", MS, ("250000", "MYR", "ACC-1404")),
        (
            "Arjun Malhotra call, ₹40 lakh ACC-6103 mein transfer kiye",
            HI,
            ("4000000", "INR", "ACC-6103"),
        ),
    ],
)
def test_a_transfer_into_an_account_of_the_client_is_a_deposit_on_it(
    text: str, where: tuple[str, str], expected: tuple[str, str, str]
) -> None:
    amount, currency, account = expected
    assert claims_of(text, where) == [("deposit", Decimal(amount), currency, account)]
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Jane Smith call, moved his ISA from Coutts to us, £3.4m", EN, ("3400000", "GBP")),
        (
            "Marc Dubois tél, a transféré son PEA de Boursorama chez nous, 1,2 M€",
            FR,
            ("1200000", "EUR"),
        ),
        (
            "Möte med Tor Vik i morse, flyttade över ISK:n från Nordnet till oss, 3,4 milj. kr",
            SV,
            ("3400000", "SEK"),
        ),
        (
            "Vlad Ionescu telefon, a transferat portofoliul de la BCR la noi, 2 mil. lei",
            RO,
            ("2000000", "RON"),
        ),
        (
            "Tan Mei Ling jumpa, pindahkan portfolio dari Maybank ke kami, RM 2 juta",
            MS,
            ("2000000", "MYR"),
        ),
        (
            "Arjun Malhotra call, portfolio HDFC se hamare paas transfer kiya, ₹50 lakh",
            HI,
            ("5000000", "INR"),
        ),
    ],
)
def test_the_sum_after_the_direction_is_the_transfers(
    text: str, where: tuple[str, str], expected: tuple[str, str]
) -> None:
    amount, currency = expected
    assert claims_of(text, where) == [("deposit", Decimal(amount), currency, None)]
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    "text",
    [
        "Märta Lönn brev skickat idag med avtalet om förvaltning, 5 milj. kr, avgift 0,75 %",
        "Märta Lönn ringde, flyttade över ISK:n till Avanza, 3,4 milj. kr",
    ],
)
def test_a_sum_after_a_clause_that_says_no_way_in_is_not_a_deposit(text: str) -> None:
    assert claims_of(text, SV) == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Jane Smith call, £500k received into ACC-1048", EN, ("500000", "GBP", "ACC-1048")),
        ("Blanche Morel visio, 400 000 CHF reçus sur ACC-1334", FR, ("400000", "CHF", "ACC-1334")),
        ("Stig Nyqvist ringde, 2 mkr inkom på ACC-9204", SV, ("2000000", "SEK", "ACC-9204")),
        (
            "Vlad Ionescu telefon, 300.000 lei primiți în ACC-9302",
            RO,
            ("300000", "RON", "ACC-9302"),
        ),
        (
            "Tan Mei Ling jumpa, RM 1 juta diterima dalam ACC-6411",
            MS,
            ("1000000", "MYR", "ACC-6411"),
        ),
        ("Arjun Malhotra call, ₹5 लाख मिल गए ACC-9501 में", HI, ("500000", "INR", "ACC-9501")),
    ],
)
def test_a_sum_received_is_a_deposit(
    text: str, where: tuple[str, str], expected: tuple[str, str, str]
) -> None:
    amount, currency, account = expected
    assert claims_of(text, where) == [("deposit", Decimal(amount), currency, account)]
    assert unclear_of(text, where) == []


def test_received_before_its_sum_says_not_from_whom_and_is_asked() -> None:
    assert claims_of("Jane Smith call, received 2m", EN) == []
    assert unclear_of("Jane Smith call, received 2m", EN) == [("2m", "amount")]


def test_a_received_sum_and_a_pledge_in_one_line_are_two_claims() -> None:
    text = "Blanche Morel visio, 400 000 CHF reçus sur ACC-1334 et engagement de 1 M€ pour mars"
    assert claims_of(text, FR) == [
        ("deposit", Decimal("400000"), "CHF", "ACC-1334"),
        ("pledge", Decimal("1000000"), "EUR", None),
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Capucine Delmas visio, elle a viré 2 millions d'euros", FR),
        ("Elena Constantinescu telefon, a transferat 400.000 EUR ieri", RO),
        ("Ingrid Wikström videomöte, hon har överfört 400 tkr", SV),
        ("Speranța Iliescu lunch, she wired 600.000 RON", EN),
        ("Tan Mei Ling jumpa, dia pindahkan RM 250k", MS),
        ("Arjun Malhotra call, ₹5 lakh transfer kiye", HI),
    ],
)
def test_money_moved_with_no_direction_is_still_asked(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []
    assert [what for _, what in unclear_of(text, where)] == ["direction"]


def test_a_spanish_multiplier_is_a_million() -> None:
    text = "Dawn Mercado video, MXN 4.5 millones into ACC-1154, plus pledged $1m by March"
    assert claims_of(text, EN) == [
        ("deposit", Decimal("4500000"), "MXN", "ACC-1154"),
        ("pledge", Decimal("1000000"), "USD", None),
    ]


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "Jane Smith call, moved his ISA from Coutts into ACC-1048, £3.4m",
            EN,
            ("3400000", "GBP", "ACC-1048"),
        ),
        (
            "Stig Nyqvist ringde, flyttade över ISK:n från Nordnet till ACC-9204, 3 mkr",
            SV,
            ("3000000", "SEK", "ACC-9204"),
        ),
    ],
)
def test_the_sum_after_a_direction_into_an_account_is_a_deposit_on_it(
    text: str, where: tuple[str, str], expected: tuple[str, str, str]
) -> None:
    amount, currency, account = expected
    assert claims_of(text, where) == [("deposit", Decimal(amount), currency, account)]


def test_a_products_figure_received_is_no_claim_and_a_sum_of_something_received_is_asked() -> None:
    """Received after a sum said of something: a fixed deposit matured is a product's figure
    (nothing to confirm), dividends are asked about, never guessed a deposit."""
    assert claims_of("Jane Smith call, fixed deposit of $300k received", EN) == []
    assert unclear_of("Jane Smith call, fixed deposit of $300k received", EN) == []
    assert claims_of("Marc Dubois tél, dépôt à terme de 300 k€ reçu", FR) == []
    assert claims_of("Jane Smith call, dividends of $50k received", EN) == []
    assert unclear_of("Jane Smith call, dividends of $50k received", EN) == [("$50k", "amount")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Smith call, brought over $3m from Schwab", ("3000000", "USD", None)),
        ("Jane Smith call, moved across £2m from Coutts", ("2000000", "GBP", None)),
        ("Jane Smith call, brought over $3m into ACC-1048", ("3000000", "USD", "ACC-1048")),
    ],
)
def test_money_brought_over_from_another_bank_or_into_an_account_is_a_deposit(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    amount, currency, account = expected
    assert claims_of(text, EN) == [("deposit", Decimal(amount), currency, account)]
    assert unclear_of(text, EN) == []


def test_money_brought_over_to_nowhere_named_is_asked() -> None:
    assert claims_of("Jane Smith call, brought over $3m", EN) == []
    assert unclear_of("Jane Smith call, brought over $3m", EN) == [("$3m", "direction")]


@pytest.mark.parametrize(
    "text",
    [
        "Vlad Ionescu zoom, 200.000 lei depuși în ACC-9302 și 500.000 lei promiși",
        "Vlad Ionescu zoom, 200.000 lei depuși în ACC-9302, suma promisă de 500.000 lei",
    ],
)
def test_a_romanian_participle_agreed_with_its_sum_claims_it(text: str) -> None:
    assert claims_of(text, RO) == [
        ("deposit", Decimal(200000), "RON", "ACC-9302"),
        ("pledge", Decimal(500000), "RON", None),
    ]
    assert unclear_of(text, RO) == []

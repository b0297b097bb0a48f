"""Claims the line itself undoes or places elsewhere, deposits said plainly, and names typed
in lower case.

Each row is a cause, not a corpus line: a claim said later to be off or taken back is
none, in every language that says it so.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_parsing_table import parse
from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of, unclear_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Bill Navarro dinner last Tuesday; the 1m pledge is off", EN),
        ("Bill Navarro call, pledged $1m then backed out", EN),
        ("Rose Marchand visio hier, elle a promis 400k puis s'est rétractée", FR),
        ("Ion Popa apel ieri, a promis 1 mil. euro apoi s-a răzgândit", RO),
        ("Karin Hedlund möte igår, lovade 2 mkr men ångrade sig", SV),
        ("Tan Wei Ming panggilan semalam, janji RM 500 ribu tapi tarik diri", MS),
        ("Raj Mehta call kal, 2 crore ka vaada kiya phir mukar gaye", HI),
    ],
)
def test_a_claim_taken_back_later_in_its_clause_is_no_claim(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []


def test_a_plan_that_is_off_to_somewhere_keeps_its_claim() -> None:
    assert claims_of("Bill Navarro call, pledged $1m and is off to Paris", EN) == [
        ("pledge", Decimal("1000000"), "USD", None)
    ]


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "Clementine Ashworth Teams, paid €600k into ACC-6613",
            EN,
            ("deposit", "600000", "EUR", "ACC-6613"),
        ),
        ("Jane Smith call, paid $200k to us", EN, ("deposit", "200000", "USD", None)),
        (
            "Marc Dubois appel, a payé 300 000 € sur ACC-2106",
            FR,
            ("deposit", "300000", "EUR", "ACC-2106"),
        ),
        (
            "Sara Lind möte, betalade 2 mkr till ACC-3305",
            SV,
            ("deposit", "2000000", "SEK", "ACC-3305"),
        ),
        (
            "Ana Pop apel, a plătit 120.000 lei în ACC-4407",
            RO,
            ("deposit", "120000", "RON", "ACC-4407"),
        ),
        (
            "Horia Vlad apel, 1,5 mil. euro virați în ACC-6313",
            RO,
            ("deposit", "1500000", "EUR", "ACC-6313"),
        ),
        (
            "Tan Wei Ming, bayar RM 500 ribu ke ACC-5105",
            MS,
            ("deposit", "500000", "MYR", "ACC-5105"),
        ),
    ],
)
def test_money_paid_into_an_account_named_or_to_us_is_a_deposit(
    text: str, where: tuple[str, str], expected: tuple[str, str, str, str | None]
) -> None:
    kind, amount, currency, account = expected
    assert claims_of(text, where) == [(kind, Decimal(amount), currency, account)]


def test_money_paid_for_something_else_is_no_claim() -> None:
    assert claims_of("Jane Smith call, paid $200k for a villa", EN) == []


def test_a_deposit_put_down_on_something_bought_is_no_claim() -> None:
    assert claims_of("Hope Fanshaw call, put down a £200k deposit on a villa in Menorca", EN) == []
    assert claims_of("Hope Fanshaw call, a £200k deposit on a flat in Leeds", EN) == []


def test_a_deposit_on_a_day_is_still_a_deposit() -> None:
    assert claims_of("Jane Smith call, $200k deposit on the 3rd", EN) == [
        ("deposit", Decimal("200000"), "USD", None)
    ]


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "Hélène Dubreuil mail hier : dépôt de 1,5 M€ sur ACC-6113 et de 200 k$ sur ACC-6114",
            FR,
            [("1500000", "EUR", "ACC-6113"), ("200000", "USD", "ACC-6114")],
        ),
        (
            "Jane Smith call, deposit of $1m into ACC-1111 and of $200k into ACC-2222",
            EN,
            [("1000000", "USD", "ACC-1111"), ("200000", "USD", "ACC-2222")],
        ),
        (
            "Ana Pop apel, depunere de 1 mil. lei în ACC-4407 și de 200.000 EUR în ACC-4408",
            RO,
            [("1000000", "RON", "ACC-4407"), ("200000", "EUR", "ACC-4408")],
        ),
        (
            "Sara Lind möte, insättning på 2 mkr till ACC-3305 och på 500 tkr till ACC-3306",
            SV,
            [("2000000", "SEK", "ACC-3305"), ("500000", "SEK", "ACC-3306")],
        ),
    ],
)
def test_a_second_sum_joined_with_its_of_word_elided_is_the_same_claim(
    text: str, where: tuple[str, str], expected: list[tuple[str, str, str]]
) -> None:
    assert claims_of(text, where) == [
        ("deposit", Decimal(amount), currency, account) for amount, currency, account in expected
    ]


def test_money_transferred_in_from_another_bank_is_a_deposit() -> None:
    text = "Hugh Ashworth breakfast, ISA top-up chat, transferred £250k in from Coutts"
    assert claims_of(text, EN) == [("deposit", Decimal("250000"), "GBP", None)]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Olivier Marchand zoom, transferred 500k€ out to his notaire", FR),
        ("Sara Lind möte, förde över 2 mkr ut till sin mäklare", SV),
        ("Tan Wei Ming panggilan, pindahkan RM 500 ribu keluar ke bank lain", MS),
    ],
)
def test_money_moved_out_is_no_claim_and_nothing_to_ask(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


def test_a_mandate_hoped_for_is_no_claim_though_hope_may_be_a_name() -> None:
    assert claims_of("hope fanshawe coffee, hope to get the 1.5m mandate over the line", EN) == []
    assert unclear_of("hope fanshawe coffee, hope to get the 1.5m mandate over the line", EN) == []
    assert claims_of("Hope Fanshaw pledged $1m", EN) == [
        ("pledge", Decimal("1000000"), "USD", None)
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Rose Marchand visio ce matin : a finalement renoncé à verser les 700 000 €", FR),
        ("Ana Pop apel, a renunțat la depunerea de 1 mil. lei", RO),
        ("Sara Lind möte, avstod från insättningen på 2 mkr", SV),
        ("Jane Smith call, decided not to deposit the $1m", EN),
    ],
)
def test_a_sum_given_up_is_no_claim_and_nothing_to_ask(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    "text",
    [
        "Shyam Kapoor video call, agar bonus aaya toh 30 lakh daalenge",
        "Shyam Kapoor call kal, 30 lakh ACC-6607 mein daalenge",
        "Shyam Kapoor call kal, ₹30 लाख भेजेंगे",
    ],
)
def test_a_sum_a_hindi_verb_says_is_to_come_is_no_claim_and_nothing_to_ask(text: str) -> None:
    assert claims_of(text, HI) == []
    assert unclear_of(text, HI) == []


@pytest.mark.parametrize(
    ("text", "where", "name"),
    [
        (
            "tan mei ling telefon pagi tadi, janji USD 500k sebelum Tahun Baru Cina",
            MS,
            ("tan", "mei", "ling"),
        ),
        (
            "rdv olivier marchand à l'agence hier 15h30, versement de 1,2 M€",
            FR,
            ("olivier", "marchand"),
        ),
        (
            "hope fanshawe coffee Sat, hope to get the mandate over the line",
            EN,
            ("hope", "fanshawe"),
        ),
    ],
)
def test_a_line_started_in_lower_case_names_its_client_there_before_the_channel(
    text: str, where: tuple[str, str], name: tuple[str, ...]
) -> None:
    assert parse(text, *where).names[0].words == name


def test_a_lower_case_start_that_is_no_name_before_the_channel_names_nobody_there() -> None:
    names = parse("deposited $1m to account 12345678 for Jane Smith", *EN).names
    assert [n.words for n in names] == [("Jane", "Smith")]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Hope Garrison phone yesterday, cancelled the $250k pledge from December", EN),
        ("Bill Navarro call, gave up on the $1m pledge", EN),
        ("Raj Mehta call kal, cancelled the 2 crore pledge", HI),
    ],
)
def test_a_claim_cancelled_with_its_sum_between_is_no_claim(
    text: str, where: tuple[str, str]
) -> None:
    """The retraction comes before the sum, and the sum before its outcome word."""
    assert claims_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Speranța Dobre meeting yesterday, a promis 300.000 lei, but only if the flat sells", RO),
        ("Bill Navarro call, pledged $1m, provided the sale closes", EN),
        ("Karin Hedlund möte igår, lovade 2 mkr, men bara om huset säljs", SV),
        ("Tan Wei Ming panggilan semalam, janji RM 500 ribu, tapi hanya jika tanah dijual", MS),
    ],
)
def test_a_condition_opening_the_next_clause_makes_the_claim_before_it_none(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []


def test_a_condition_on_a_sum_of_its_own_keeps_the_claim_before_it() -> None:
    """ "deposited RM 1m, kalau boleh lagi 500k": the "if" is the second sum's."""
    assert claims_of("Kavitha call today, deposited RM 1m, kalau boleh lagi 500k", MS) == [
        ("deposit", Decimal("1000000"), "MYR", None)
    ]
    assert claims_of("Bill Navarro call, pledged $1m. If he sells, more later", EN) == [
        ("pledge", Decimal("1000000"), "USD", None)
    ]

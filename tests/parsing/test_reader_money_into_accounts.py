"""Money said to have come to us by its direction: into an account the line names, to us,
from another bank, or by a word whose own form says so.

A sum with no verb, right before a direction into an account named ("EUR 2 mn into
ACC-9603", "2 mkr in på ACC-9204", "25 lakh ACC-9501 mein"), is a deposit on that account;
a word of place ("in", "sur", "mein") counts only for a sum opening its clause, since "holds
5m in ACC-…" is a holding. Each row is a cause, not a corpus line. Now is Wednesday 18
November 2026 (``tests.parsing.test_parsing_table``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, RO, SV, claims_of, unclear_of

GB = ("en-GB", "Europe/London")
MS_ = ("ms-MY", "Asia/Kuala_Lumpur")


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Edward Ellis rang, EUR 2 mn into ACC-9603", GB, ("2000000", "EUR", "ACC-9603")),
        ("Edward Ellis rang, £500k to ACC-9603", GB, ("500000", "GBP", "ACC-9603")),
        ("Stig Nyqvist ringde, 2 mkr in på ACC-9204", SV, ("2000000", "SEK", "ACC-9204")),
        ("Stig Nyqvist ringde, 2 mkr till ACC-9204", SV, ("2000000", "SEK", "ACC-9204")),
        ("Vlad Ionescu telefon, 2 mil lei in ACC-9302", RO, ("2000000", "RON", "ACC-9302")),
        ("Vlad Ionescu telefon, 2 mil lei în contul ACC-9302", RO, ("2000000", "RON", "ACC-9302")),
        ("Marc Dubois tél, 300 k€ sur ACC-2106", FR, ("300000", "EUR", "ACC-2106")),
        ("Arjun Malhotra kal, 25 lakh ACC-9501 mein aaye", HI, ("2500000", None, "ACC-9501")),
        ("Arjun Malhotra से बात, ₹25 लाख ACC-9501 में", HI, ("2500000", "INR", "ACC-9501")),
        # An account by its kind, as the firm holds it for the client.
        ("Hope Ellis coffee, ISA sorted plus £150k into the GIA", GB, ("150000", "GBP", None)),
        ("Stig Nyqvist ringde, 500 tkr in på ISK:n", SV, ("500000", "SEK", None)),
        ("Marc Dubois tél, 200 k€ sur son PEA", FR, ("200000", "EUR", None)),
    ],
)
def test_a_sum_into_an_account_named_is_a_deposit_on_it(
    text: str, where: tuple[str, str], expected: tuple[str, str | None, str | None]
) -> None:
    amount, currency, account = expected
    assert claims_of(text, where) == [("deposit", Decimal(amount), currency, account)]
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Jane Smith call, holds 5m in ACC-1048", EN),
        ("Jane Smith call, AUM: 5m in ACC-1048", EN),
        ("Jane Smith call, portfolio of 5m in ACC-1048", EN),
        ("Marc Dubois tél, il a 2 M€ sur ACC-2106", FR),
        ("Jane Smith call, withdrew 2m to ACC-1048", EN),  # out, whatever it says after
        ("Jane Smith call, will put 2m into ACC-1048", EN),  # to come
        ("Jane Smith call, might move 2m into ACC-1048", EN),
        ("Jane Smith call, 2m into ACC-1048 next week", EN),
        ("Arjun Malhotra kal, 25 lakh ACC-9501 mein bhejenge", HI),  # will send
    ],
)
def test_a_holding_or_a_sum_not_moved_in_by_an_account_is_no_claim(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []


def test_a_direction_into_an_account_claims_only_what_no_outcome_word_claims() -> None:
    """ "2 crore commit kiye aur 50 lakh ACC-6511 mein jama kiye": the pledge stays a pledge,
    the deposit takes its account; a verb's claim is never turned into a deposit."""
    line = "Anil Mehra se call, 2 crore commit kiye aur 50 lakh ACC-6511 mein jama kiye"
    assert claims_of(line, HI) == [
        ("pledge", Decimal("20000000"), None, None),
        ("deposit", Decimal("5000000"), None, "ACC-6511"),
    ]
    assert claims_of("Jane Smith call, pledged 2m to ACC-1048", EN)[0][0] == "pledge"


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        # Romanian participles: "depuși" (deposited).
        ("Cristina Ionescu mail, confirmă 50.000 lei depuși", RO, ("50000", "RON", None)),
        ("Alina Petrescu azi, 120 mii lei depusi", RO, ("120000", "RON", None)),
        # To us, in the line's words: "către noi", "in his account".
        ("Cristina Ionescu, a virat 300.000 lei catre noi", RO, ("300000", "RON", None)),
        ("Luc Tremblay lunch, il a wiré 500k in his account", FR, ("500000", None, None)),
        # From another bank, its article before its name.
        ("Blanche Moreau tél, a transfere 1,2 M€ depuis la Societe Generale", FR, ("1200000", "EUR", None)),
        # Moved, into an account named.
        ("Agneta Ek fika, hon flyttade 500 000 euro till ACC-9203", SV, ("500000", "EUR", "ACC-9203")),
        ("Ion Popa, a mutat 200.000 lei în ACC-9302", RO, ("200000", "RON", "ACC-9302")),
        # Brought in.
        ("Azman jumpa, dia bawa masuk RM 10 juta dari CIMB", MS_, ("10000000", "MYR", None)),
    ],
)  # fmt: skip
def test_a_sum_whose_words_say_it_came_to_us_is_a_deposit(
    text: str, where: tuple[str, str], expected: tuple[str, str | None, str | None]
) -> None:
    amount, currency, account = expected
    assert claims_of(text, where) == [("deposit", Decimal(amount), currency, account)]
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Blanche Moreau tél, a viré 1,2 M€ depuis BNP à Schwab", FR),  # elsewhere to elsewhere
        ("Agneta Ek fika, hon flyttade 500 000 euro", SV),  # moved: which way?
    ],
)
def test_money_moved_without_saying_it_came_to_us_is_asked(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert [what for _, what in unclear_of(text, where)] == ["direction"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lim Wei Ming zoom, SGD 400k masuk ACC-9402", ("400000", "SGD", "ACC-9402")),
        ("Tan jumpa, RM 500k ke ACC-6411", ("500000", "MYR", "ACC-6411")),
        ("Tan jumpa, RM 500k ke akaun ACC-6411", ("500000", "MYR", "ACC-6411")),
        # Moved in, the word after the verb says so; ringgit typed in lower case.
        ("mawar call, dia dah transfer masuk rm250k dr Maybank", ("250000", "MYR", None)),
        ("Tan jumpa, dia pindahkan masuk RM 1 juta", ("1000000", "MYR", None)),
    ],
)
def test_malay_masuk_or_ke_before_an_account_is_money_into_it(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    amount, currency, account = expected
    assert claims_of(text, MS_) == [("deposit", Decimal(amount), currency, account)]
    assert unclear_of(text, MS_) == []


def test_a_sum_masuk_an_account_and_a_pledge_after_it_are_each_their_own_claim() -> None:
    """The pledge names no account: the one named is the deposit's, never the pledge's."""
    line = "Lim Wei Ming zoom hari Jumaat, SGD 400k masuk ACC-9402 dan janji SGD 600k lagi"
    assert claims_of(line, MS_) == [
        ("deposit", Decimal("400000"), "SGD", "ACC-9402"),
        ("pledge", Decimal("600000"), "SGD", None),
    ]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Tan dia masukkan RM 2 juta ke ASB", ["direction"]),  # a scheme outside the firm
        ("Tan RM 2 juta masuk ke ASB", ["direction"]),
        ("Tan dia masukkan RM 2 juta ke FD", []),  # a term deposit: a product
        ("Tan RM 2 juta ke ASB", []),
    ],
)
def test_malay_ke_before_a_scheme_or_a_product_is_no_deposit(text: str, asked: list[str]) -> None:
    assert claims_of(text, MS_) == []
    assert [what for _, what in unclear_of(text, MS_)] == asked


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Jane Smith call, moved 1m from ACC-1048 into ACC-1049", EN),
        ("Jane Smith call, transferred 1m from his account ACC-1048 to ACC-1049", EN),
        ("Marc Dubois tél, a viré 1 M€ du compte ACC-2106 vers ACC-2107", FR),
        ("Sara Ek fika, flyttade 750 tkr från ACC-3305 till ACC-3306", SV),
        ("Ana Popa, a mutat 200.000 lei din ACC-4407 în ACC-4408", RO),
        ("Tan jumpa, pindahkan RM 1 juta dari ACC-6411 ke ACC-6412", MS_),
    ],
)
def test_money_moved_between_the_clients_own_accounts_is_no_claim_and_not_asked(
    text: str, where: tuple[str, str]
) -> None:
    """From an account with us into another: no new money came in."""
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


def test_money_from_another_bank_into_an_account_is_still_a_deposit_on_it() -> None:
    assert claims_of("Jane Smith call, moved 1m from Barclays into ACC-1049", EN) == [
        ("deposit", Decimal("1000000"), None, "ACC-1049")
    ]
    line = "Jane Smith call, deposited 1m into ACC-1049 and moved 500k from ACC-1048 to ACC-1050"
    assert claims_of(line, EN) == [("deposit", Decimal("1000000"), None, "ACC-1049")]


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Edward Ellis rang, S$2m in to ACC-9603", GB, ("2000000", "SGD", "ACC-9603")),
        ("Edward Ellis rang, deposited £250k in to ACC-9603", GB, ("250000", "GBP", "ACC-9603")),
        ("Edward Ellis rang, £500k on to ACC-9603", GB, ("500000", "GBP", "ACC-9603")),
    ],
)
def test_into_typed_as_two_words_is_into(
    text: str, where: tuple[str, str], expected: tuple[str, str | None, str | None]
) -> None:
    amount, currency, account = expected
    assert claims_of(text, where) == [("deposit", Decimal(amount), currency, account)]
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "Edward Ellis zoom, NZ$400k into ACC-9603 and pledged A$1m",
            GB,
            [("400000", "NZD", "ACC-9603"), ("1000000", "AUD", None)],
        ),
        (
            "Stig Nyqvist ringde, 400 tkr till ACC-9204 och lovade 2 mkr",
            SV,
            [("400000", "SEK", "ACC-9204"), ("2000000", "SEK", None)],
        ),
        (
            "Marc Dubois tél, 300 k€ sur ACC-2106 et a promis 1 M€",
            FR,
            [("300000", "EUR", "ACC-2106"), ("1000000", "EUR", None)],
        ),
        (
            "Vlad Ionescu telefon, 200.000 lei în ACC-9302 și a promis 500.000 lei",
            RO,
            [("200000", "RON", "ACC-9302"), ("500000", "RON", None)],
        ),
        (
            "Arjun Malhotra से बात, ₹25 लाख ACC-9501 में और 1 करोड़ का वादा",
            HI,
            [("2500000", "INR", "ACC-9501"), ("10000000", None, None)],
        ),
    ],
)
def test_a_deposit_into_an_account_and_a_pledge_after_it_each_keep_their_own_account(
    text: str, where: tuple[str, str], expected: list[tuple[str, str | None, str | None]]
) -> None:
    """The account named is the deposit's; the pledge after "and" names none."""
    (deposit, currency, account), (pledge, pledge_currency, pledge_account) = expected
    assert claims_of(text, where) == [
        ("deposit", Decimal(deposit), currency, account),
        ("pledge", Decimal(pledge), pledge_currency, pledge_account),
    ]
    assert unclear_of(text, where) == []

"""A second sum joined by "and" in one clause takes the first one's outcome word.

"pledged €2m from the Lisbon sale and £500k from his bonus" is two pledges: each sum said
with its own phrase of where it came from. "75.000 euro virați în ACC-10527 și 200.000 lei
în ACC-10526", the word right after the first sum, is two deposits, each with its account.
A second sum with a word of its own after it ("and £500k withdrawn") is not joined. Each
row is a cause, not a corpus line. Now is Wednesday 18 November 2026.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of, unclear_of


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "Hugo Penn rang, pledged €2m from the Lisbon sale and £500k from his bonus",
            EN,
            [("2000000", "EUR"), ("500000", "GBP")],
        ),
        (
            "Marc Dubois tél, a promis 1 M€ pour le fonds immobilier et 500 k€ pour le PE",
            FR,
            [("1000000", "EUR"), ("500000", "EUR")],
        ),
        (
            "Stig Nyqvist ringde, lovade 2 mkr från försäljningen av huset och 500 tkr från bonusen",
            SV,
            [("2000000", "SEK"), ("500000", "SEK")],
        ),
        (
            "Vlad Ionescu telefon, a promis 1 mil. lei din vânzarea casei și 200.000 lei din bonus",
            RO,
            [("1000000", "RON"), ("200000", "RON")],
        ),
        (
            "Tan Mei Ling jumpa, ikrar RM 2 juta dari jualan tanah dan RM 500k dari bonus",
            MS,
            [("2000000", "MYR"), ("500000", "MYR")],
        ),
        (
            "Arjun Malhotra call, pledge ₹2 crore property sale se aur ₹50 lakh bonus se",
            HI,
            [("20000000", "INR"), ("5000000", "INR")],
        ),
    ],
)
def test_a_second_sum_said_with_its_own_source_takes_the_same_outcome_word(
    text: str, where: tuple[str, str], expected: list[tuple[str, str]]
) -> None:
    assert claims_of(text, where) == [
        ("pledge", Decimal(amount), currency, None) for amount, currency in expected
    ]
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "Jane Smith call, £400k transferred into ACC-1048 and £200k into ACC-1049",
            EN,
            [("400000", "GBP", "ACC-1048"), ("200000", "GBP", "ACC-1049")],
        ),
        (
            "Blanche Morel visio, 400 000 CHF reçus sur ACC-1334 et 200 000 CHF sur ACC-1335",
            FR,
            [("400000", "CHF", "ACC-1334"), ("200000", "CHF", "ACC-1335")],
        ),
        (
            "Stig Nyqvist ringde, 2 mkr överförda till ACC-9204 och 1 mkr till ACC-9205",
            SV,
            [("2000000", "SEK", "ACC-9204"), ("1000000", "SEK", "ACC-9205")],
        ),
        (
            "Victor Dobre e-mail: 75.000 euro virați în ACC-1527 și 200.000 lei în ACC-1526",
            RO,
            [("75000", "EUR", "ACC-1527"), ("200000", "RON", "ACC-1526")],
        ),
        (
            "Tan Mei Ling jumpa, RM 1 juta dipindahkan ke ACC-6411 dan RM 500k ke ACC-6412",
            MS,
            [("1000000", "MYR", "ACC-6411"), ("500000", "MYR", "ACC-6412")],
        ),
        (
            "Arjun Malhotra call, ₹25 lakh transfer kiye ACC-9501 mein aur ₹10 lakh ACC-9502 mein",
            HI,
            [("2500000", "INR", "ACC-9501"), ("1000000", "INR", "ACC-9502")],
        ),
    ],
)
def test_sums_after_a_word_said_after_the_first_are_deposits_each_on_its_account(
    text: str, where: tuple[str, str], expected: list[tuple[str, str, str]]
) -> None:
    assert claims_of(text, where) == [
        ("deposit", Decimal(amount), currency, account) for amount, currency, account in expected
    ]
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Jane Smith call, pledged €2m from the sale and £500k withdrawn", EN, ("2000000", "EUR")),
        (
            "Victor Dobre e-mail: 75.000 euro virați în ACC-1527 și 200.000 lei retrași",
            RO,
            ("75000", "EUR"),
        ),
    ],
)
def test_a_second_sum_with_a_word_of_its_own_is_not_joined(
    text: str, where: tuple[str, str], expected: tuple[str, str]
) -> None:
    amount, currency = expected
    assert [(k, a, c) for k, a, c, _ in claims_of(text, where)] == [
        (claims_of(text, where)[0][0], Decimal(amount), currency)
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Barkha Sethi phone, ₹10 lakh pledge kiye aur ₹5 lakh abhi transfer kiye", HI),
        ("Blanche Moreau appel, elle confirme le virement de 900k€ et de 300k CHF", FR),
    ],
)
def test_a_second_sum_moved_with_no_direction_is_asked_not_joined_to_a_pledge(
    text: str, where: tuple[str, str]
) -> None:
    """The Hindi line's second verb is a transfer with no direction: asked, as the French
    transfer of both sums is; never recorded as a pledge or guessed a deposit."""
    assert all(kind != "deposit" for kind, *_ in claims_of(text, where))
    assert "direction" in {what for _, what in unclear_of(text, where)}


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "Thierry Leclercq visio, mandate won sur le LBO, fee 1,2 M€ + he committed 500k€ perso",
            FR,
            [("mandate", "1200000", "EUR"), ("pledge", "500000", "EUR")],
        ),
        ("Jane Smith call, pledged $500k personally", EN, [("pledge", "500000", "USD")]),
        ("Stig Nyqvist ringde, lovade 2 mkr privat", SV, [("pledge", "2000000", "SEK")]),
        ("Vlad Ionescu telefon, a promis 1 mil. lei personal", RO, [("pledge", "1000000", "RON")]),
        ("Tan Mei Ling jumpa, ikrar RM 1 juta sendiri", MS, [("pledge", "1000000", "MYR")]),
        ("Arjun Malhotra call, ₹50 lakh khud pledge kiye", HI, [("pledge", "5000000", "INR")]),
    ],
)
def test_whose_money_a_sum_is_asks_nothing(
    text: str, where: tuple[str, str], expected: list[tuple[str, str, str]]
) -> None:
    """ "500k€ perso" (his own money): a word of the sum, never a day typed with a typo
    ("parso") to ask about; a mandate's fee and a pledge in one line are both recorded."""
    assert [(k, a, c) for k, a, c, _ in claims_of(text, where)] == [
        (kind, Decimal(amount), currency) for kind, amount, currency in expected
    ]
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "Nandini Malhotra ka phone, 50 lakh rupaye ka vaada aur USD 100k mein jama",
            HI,
            [("pledge", "5000000", "INR"), ("deposit", "100000", "USD")],
        ),
        (
            "Arjun Malhotra से मुलाकात, ₹20 लाख का वादा और ₹5 लाख जमा किए",
            HI,
            [("pledge", "2000000", "INR"), ("deposit", "500000", "INR")],
        ),
        (
            "Jane Smith call, 2m GBP pledged and 500k GBP deposited",
            EN,
            [("pledge", "2000000", "GBP"), ("deposit", "500000", "GBP")],
        ),
        (
            "Stig Nyqvist ringde, 2 mkr utlovade och 500 tkr insatta",
            SV,
            [("pledge", "2000000", "SEK"), ("deposit", "500000", "SEK")],
        ),
    ],
)
def test_a_word_after_its_sum_keeps_its_own_sum_on_its_side_of_and(
    text: str, where: tuple[str, str], expected: list[tuple[str, str, str]]
) -> None:
    """Where the word follows its sum ("50 lakh … ka vaada aur USD 100k … jama"), the sum
    past "and" is the next word's: never the first word's, which would make a pledge of
    the deposit and drop the pledge the rep typed."""
    assert [(k, a, c) for k, a, c, _ in claims_of(text, where)] == [
        (kind, Decimal(amount), currency) for kind, amount, currency in expected
    ]

"""Money said to have come in, and money said to have gone to someone else.

A word that itself says "in" ("masukkan", "put in", "a versé", "jama kiye") makes its sum a
deposit; paid to a payee outside the firm ("à son notaire", "to his solicitor", "la notar",
"kepada peguam", "vakil ko") it is no claim and nothing to ask; paid to a son or a daughter it
may have stayed with us or not, so it is asked. A promise to put money in is a pledge. Now
is Wednesday 18 November 2026, 14:30 in the rep's zone (``tests.parsing.test_parsing_table``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of, unclear_of


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Tan Mei Ling telefon semalam, dia dah masukkan RM500k", MS, ("500000", "MYR")),
        ("Wong video call, dia masukkan RM 300 ribu", MS, ("300000", "MYR")),
        ("Wong jumpa, dia memasukkan RM 2 juta", MS, ("2000000", "MYR")),
        ("Wong jumpa, telah memasukkan duit RM 1 juta", MS, ("1000000", "MYR")),
        ("Wong jumpa, RM 600 ribu sudah dimasukkan", MS, ("600000", "MYR")),
        ("Hugh Ashworth phoned, he put in £200k", EN, ("200000", "GBP")),
        ("Hugh Ashworth phoned, has put in another £200k with us", EN, ("200000", "GBP")),
        ("Radu Bălan telefon ieri, a băgat 500.000 lei", RO, ("500000", "RON")),
        ("Marie Dupont tél hier, elle a versé 500 000 €", FR, ("500000", "EUR")),
        ("Marie Dupont tél hier, versement de 250 000 €", FR, ("250000", "EUR")),
        ("Arjun Iyer se kal phone pe baat, 10 lakh jama kiye", HI, ("1000000", None)),
        ("Arjun Iyer se kal baat, ₹10 lakh jama karwaye", HI, ("1000000", "INR")),
        ("Arjun Iyer से कल बात, ₹10 लाख जमा किए", HI, ("1000000", "INR")),
    ],
)
def test_money_put_or_paid_in_is_a_deposit(
    text: str, where: tuple[str, str], expected: tuple[str, str | None]
) -> None:
    amount, currency = expected
    assert [(kind, str(value), cur) for kind, value, cur, _ in claims_of(text, where)] == [
        ("deposit", amount, currency)
    ]
    assert unclear_of(text, where) == []


def test_money_put_into_an_account_named_is_a_deposit_on_that_account() -> None:
    assert claims_of("Tan dia memasukkan RM 2 juta ke ACC-6411", MS) == [
        ("deposit", 2000000, "MYR", "ACC-6411")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hugh put in £200k into the ISA",
        "Hugh put £200k into the ISA",
        "Hugh transferred £200k into the ISA",
        "Hugh moved £200k into his SIPP",
        "Hugh paid £200k into his SIPP",
        "Hope coffee, £150k into the GIA",
    ],
)
def test_money_put_into_a_kind_of_account_the_firm_offers_is_a_deposit(text: str) -> None:
    """One rule for every verb, and for none: an ISA, a SIPP, a GIA written in capitals is an
    account the firm holds for the client, so money put into it came to us. "put in £200k
    into the ISA" was asked while "£150k into the GIA" was a deposit; it is a deposit now."""
    assert [(kind, str(value)) for kind, value, _, _ in claims_of(text, EN)] == [
        ("deposit", "200000" if "200k" in text else "150000")
    ]
    assert unclear_of(text, EN) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Tan dia masukkan RM 2 juta ke ASB", MS),  # into a fund of whom?
        ("Tan dia masukkan RM 2 juta ke EPF", MS),
        ("Tan dia masukkan RM 2 juta ke Tabung Haji", MS),
        ("Hugh put in £200k into the PPF", EN),
    ],
)
def test_money_put_into_something_else_named_is_asked_which_way_it_went(
    text: str, where: tuple[str, str]
) -> None:
    """A scheme outside the firm (ASB, EPF, Tabung Haji, PPF) is not an account with us: into
    it, which way did the money go? Asked. (A kind of account the firm offers, in capitals,
    is a deposit: ``test_money_put_into_a_kind_of_account_the_firm_offers_is_a_deposit``.)"""
    assert claims_of(text, where) == []
    assert [what for _, what in unclear_of(text, where)] == ["direction"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Tan dia masukkan RM 2 juta ke FD", MS),  # a fixed deposit: a product
        ("Tan belum masukkan RM 2 juta", MS),
        ("Tan TIDAK jadi masukkan RM 500k", MS),
        ("Hugh put in an offer of £2m on the house", EN),
        ("Hugh asked her to put in £200k", EN),
        ("Hugh will put in £200k", EN),
    ],
)
def test_money_not_put_in_is_neither_claimed_nor_asked(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Marie Dupont tél hier, a versé 500 000 € à son notaire", FR),
        ("Marie Dupont tél hier, versement de 500 000 € au notaire pour la maison", FR),
        ("Marie Dupont tél hier, a viré 500 000 € à l'avocat", FR),
        ("Hugh Ashworth phoned, transferred £200k to his solicitor", EN),
        ("Hugh Ashworth phoned, wired £200k to the seller", EN),
        ("Axel Norling ringde, överförde 2 mkr till advokaten", SV),
        ("Radu Bălan telefon, a depus 500.000 lei la notar", RO),
        ("Radu Bălan telefon, a depus 500.000 lei notarului", RO),
        ("Siti Aminah telefon, dia bayar RM 2 juta kepada peguam", MS),
        ("Siti Aminah telefon, dia masukkan RM 2 juta kepada pemaju", MS),
        ("Arjun Iyer se baat, 10 lakh vakil ko bheje", HI),
    ],
)
def test_money_paid_to_a_payee_outside_the_firm_is_no_claim_and_not_asked(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Marie Dupont tél hier, versement de 300 000 € à sa fille", FR),
        ("Hugh Ashworth phoned, transferred £200k to his son", EN),
        ("Radu Bălan telefon, a depus 50.000 lei fiului", RO),
    ],
)
def test_money_paid_to_a_son_or_daughter_is_asked_which_way_it_went(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert "direction" in [what for _, what in unclear_of(text, where)]


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Hugh Ashworth phoned, promised to deposit £1m", EN, ("1000000", "GBP")),
        ("Hugh Ashworth phoned, committed to put in £1m", EN, ("1000000", "GBP")),
        ("Siti Aminah telefon, dia berjanji masukkan RM 2 juta", MS, ("2000000", "MYR")),
        ("Siti Aminah telefon, dia berjanji deposit RM 2 juta", MS, ("2000000", "MYR")),
        ("Siti Aminah telefon, dia berjanji untuk masukkan RM 2 juta", MS, ("2000000", "MYR")),
    ],
)
def test_a_promise_to_put_money_in_is_a_pledge(
    text: str, where: tuple[str, str], expected: tuple[str, str]
) -> None:
    amount, currency = expected
    assert [(kind, str(value), cur) for kind, value, cur, _ in claims_of(text, where)] == [
        ("pledge", amount, currency)
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Hugh Ashworth phoned yesterday, deposit of £200k tomorrow", EN),
        ("Siti Aminah telefon semalam, dia masukkan RM 2 juta esok", MS),
        ("Siti Aminah telefon semalam, deposit RM 2 juta minggu depan", MS),
    ],
)
def test_a_deposit_dated_after_today_is_to_come_though_the_contact_has_its_own_day(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        # Swedish puts the subject between verb and particle after an adverb ("sedan
        # satte han in"), and an adverb may sit there too ("satte också in").
        ("Viktor Nyberg teams, sedan satte han in 500 tkr", SV, ("500000", "SEK")),
        ("Viktor Nyberg möte, i går satte hon in 2 mkr", SV, ("2000000", "SEK")),
        ("Viktor Nyberg möte, då har hon satt in 2 mkr", SV, ("2000000", "SEK")),
        ("Viktor Nyberg möte, satte också in 300 tkr", SV, ("300000", "SEK")),
        ("Viktor Nyberg möte, förde de över 750 tkr till oss", SV, ("750000", "SEK")),
        ("Viktor Nyberg möte, sedan flyttade han in 2 mkr", SV, ("2000000", "SEK")),
        ("Viktor Nyberg möte, betalade han in 500 tkr", SV, ("500000", "SEK")),
        ("Viktor Nyberg möte, då lade hon in 500 tkr", SV, ("500000", "SEK")),
        ("Viktor Nyberg möte, förde in 2 mkr", SV, ("2000000", "SEK")),
        # The subject after the verb: "a depus ea", "a băgat el", "masukkan dia".
        ("Radu Bălan întâlnire, apoi a depus ea 200.000 lei", RO, ("200000", "RON")),
        ("Radu Bălan telefon, a băgat el 500.000 lei", RO, ("500000", "RON")),
        ("Wong jumpa semalam, lepas tu masukkan dia RM 500k", MS, ("500000", "MYR")),
    ],
)
def test_money_put_in_with_its_subject_or_an_adverb_inside_the_verb_is_a_deposit(
    text: str, where: tuple[str, str], expected: tuple[str, str | None]
) -> None:
    amount, currency = expected
    assert [(kind, str(value), cur) for kind, value, cur, _ in claims_of(text, where)] == [
        ("deposit", amount, currency)
    ]
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Viktor Nyberg möte, satte han inte in 2 mkr", []),  # not put in
        ("Viktor Nyberg möte, sedan sätter hon in 2 mkr", ["amount"]),  # will put: asked
    ],
)
def test_a_split_verb_negated_or_to_come_is_no_deposit(text: str, asked: list[str]) -> None:
    assert claims_of(text, SV) == []
    assert [what for _, what in unclear_of(text, SV)] == asked


@pytest.mark.parametrize(
    ("text", "where", "currency"),
    [
        ("Jane Smith call, came in $250k into ACC-3315", EN, "USD"),
        ("Marc Dubois tél, sont arrivés 250 000 € sur ACC-3315", FR, "EUR"),
        ("Gunnar Ek mejl, kom in 2 mkr på ACC-3315", SV, "SEK"),
        ("Radu Ionescu prânz, au venit 250.000 EUR în ACC-3315", RO, "EUR"),
        ("Radu Ionescu prânz, au intrat 250.000 EUR în ACC-3315", RO, "EUR"),
    ],
)
def test_money_said_to_have_come_before_its_sum_into_an_account_named_is_a_deposit(
    text: str, where: tuple[str, str], currency: str
) -> None:
    claims = claims_of(text, where)
    assert [(c[0], c[2], c[3]) for c in claims] == [("deposit", currency, "ACC-3315")]


@pytest.mark.parametrize(
    "text",
    [
        "Sudha Mishra video call, 8 lakh hamare paas aaye",
        "सुधा मिश्रा फ़ोन, 8 लाख हमारे पास आए",
        "Sudha Mishra video call, 8 lakh hamare paas aaye ACC-4502 mein",
    ],
)
def test_money_said_to_have_come_to_us_in_hindi_is_a_deposit(text: str) -> None:
    assert [(c[0], c[1]) for c in claims_of(text, HI)] == [("deposit", Decimal("800000"))]

"""Money said to have entered an account named, money on a condition that opens its clause,
money sent to an account at an outside bank, and money moved between the client's own
accounts named by their currency or their type. Now is Wednesday 18 November 2026, 14:30 in
the rep's zone (``tests.parsing.test_parsing_table``).
"""

from __future__ import annotations

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of, unclear_of


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Pierre Favre déj, 2,2 Mio EUR entrés sur ACC-6016", FR, ("2200000", "EUR")),
        ("Pierre Favre déj, 2,2 Mio EUR crédités sur ACC-6016", FR, ("2200000", "EUR")),
        ("Pierre Favre déj, 2,2 Mio EUR arrivés sur ACC-6016", FR, ("2200000", "EUR")),
        ("Pierre Favre déj, 2,2 Mio EUR reçus sur ACC-6016", FR, ("2200000", "EUR")),
        ("Hugh Ashworth call, $2m came in to ACC-6016", EN, ("2000000", "USD")),
        ("Hugh Ashworth call, $2m credited to ACC-6016", EN, ("2000000", "USD")),
        ("Axel Norling ringde, 2 mkr kom in på ACC-6016", SV, ("2000000", "SEK")),
        ("Axel Norling ringde, 2 mkr krediterades ACC-6016", SV, ("2000000", "SEK")),
        ("Radu Bălan telefon, 200.000 lei au intrat în ACC-6016", RO, ("200000", "RON")),
        ("Radu Bălan telefon, 200.000 lei creditați în ACC-6016", RO, ("200000", "RON")),
        ("Siti Aminah telefon, RM 2 juta masuk ke ACC-6016", MS, ("2000000", "MYR")),
        ("Siti Aminah telefon, RM 2 juta dikreditkan ke ACC-6016", MS, ("2000000", "MYR")),
        ("Arjun Iyer se phone pe baat, ₹20 lakh ACC-6016 में आए", HI, ("2000000", "INR")),
        ("Arjun Iyer se phone pe baat, ₹20 lakh ACC-6016 में credit hue", HI, ("2000000", "INR")),
    ],
)
def test_money_said_to_have_entered_an_account_named_is_a_deposit_on_it(
    text: str, where: tuple[str, str], expected: tuple[str, str]
) -> None:
    amount, currency = expected
    assert [(kind, str(value), cur, acc) for kind, value, cur, acc in claims_of(text, where)] == [
        ("deposit", amount, currency, "ACC-6016")
    ]
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Thierry Rochat visio, si la vente se fait il versera 3 Mio EUR", FR),
        ("Göran Lund mejl igår: om försäljningen går igenom sätter han in 4 mkr", SV),
        ("Göran Lund mejl igår: om försäljningen går igenom satte han in 4 mkr", SV),
        ("Hugh Ashworth call, if the sale closes he wires in $3m", EN),
        ("Radu Bălan telefon, dacă se face vânzarea depune 3 mil lei", RO),
        ("Siti Aminah jumpa, kalau rumah terjual dia masukkan RM 3 juta", MS),
        ("Arjun Iyer se baat, agar ghar bik gaya to 30 lakh jama kiye", HI),
    ],
)
def test_a_condition_opening_the_clause_before_the_verb_is_no_claim_and_not_asked(
    text: str, where: tuple[str, str]
) -> None:
    """ "si" and "om" (also "so", "about") are "if" when they open the clause."""
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


def test_om_opening_a_romanian_clause_is_a_man_not_a_condition() -> None:
    assert [
        kind for kind, _, _, _ in claims_of("Radu Bălan telefon: om serios a depus 200.000 lei", RO)
    ] == ["deposit"]


def test_a_split_swedish_verb_with_no_condition_is_still_a_deposit() -> None:
    assert [
        (k, str(v)) for k, v, _, _ in claims_of("Göran Lund mejl, sedan satte han in 500 tkr", SV)
    ] == [("deposit", "500000")]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Kavitha jumpa semalam, pindahkan RM 300k ke akaun bank luar", MS),
        ("Marie Dupont tél, a viré 300k€ sur un compte externe", FR),
        ("Marie Dupont tél, a viré 300k€ vers une banque externe", FR),
        ("Axel Norling ringde, överförde 2 mkr till extern bank", SV),
        ("Axel Norling ringde, överförde 2 mkr till ett externt konto", SV),
        ("Radu Bălan telefon, a transferat 200.000 lei în cont extern", RO),
        ("Radu Bălan telefon, a transferat 200.000 lei într-un cont extern", RO),
        ("Hugh Ashworth call, wired $200k to an external account", EN),
        ("Hugh Ashworth call, moved $200k to an outside bank", EN),
        ("Arjun Iyer se phone pe baat, 10 lakh transfer kiye bahar ke bank account mein", HI),
    ],
)
def test_money_sent_to_an_account_at_an_outside_bank_is_no_claim_and_not_asked(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Hugh Ashworth call, wired $200k from an external account", EN),
        ("Marie Dupont tél, a viré 300k€ depuis un compte externe", FR),
    ],
)
def test_money_from_an_account_at_an_outside_bank_came_in(
    text: str, where: tuple[str, str]
) -> None:
    assert [kind for kind, _, _, _ in claims_of(text, where)] == ["deposit"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Brooke Nakamura call, moved $200k from her USD acct to her CAD acct", EN),
        ("Hugh Ashworth call, moved $200k from his savings account to his checking account", EN),
        ("Marie Dupont tél, a viré 200k€ de son compte EUR vers son compte CHF", FR),
        ("Axel Norling ringde, flyttade 2 mkr från sitt EUR-konto till sitt SEK-konto", SV),
        ("Axel Norling ringde, flyttade 2 mkr från sitt konto i EUR till sitt konto i SEK", SV),
        (
            "Radu Bălan telefon, a transferat 200.000 lei din contul lui în EUR în contul lui în RON",
            RO,
        ),
        ("Siti Aminah jumpa, pindahkan RM 300k dari akaun USD dia ke akaun MYR dia", MS),
        ("Arjun Iyer se baat, 10 lakh apne USD account se apne INR account mein transfer kiye", HI),
    ],
)
def test_money_moved_between_own_accounts_named_by_currency_or_type_is_no_claim_and_not_asked(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []

"""Money the client moved out to an account of their own at another bank is no claim.

"to his account at Schwab", "vers sa banque à Genève", "till sitt konto i annan bank":
the money left the firm, as money paid to a notary does, so the line records with no
claim and nothing to ask. Their own account with us ("to his account", "sur son compte",
"with us") and money said to come to us or into an account named stay deposits; money
moved with no direction stays asked. Each row is a cause, not a corpus line.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of, unclear_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Anne Roy tél, virement de 300k€ vers son compte chez BNP", FR),
        ("Anne Roy tél, virement de 300k€ vers sa banque en Suisse", FR),
        ("Per Ek ringde, flyttade 2 mkr till sitt konto i en annan bank", SV),
        ("Per Ek ringde, överförde 2 mkr till sitt Nordea-konto", SV),
        ("Bill Ray call, sent $250k to his account at Fidelity", EN),
        ("Bill Ray call, moved £400k to her own bank", EN),
        ("Bill Ray call, wired $250k to his Fidelity account", EN),
        ("Ion Pop telefon, a transferat 90.000 lei în contul său de la altă bancă", RO),
        ("Ion Pop telefon, a virat 90.000 lei în contul ei de la ING", RO),
        ("Ali Hasan emel, pindahkan RM 200k ke akaun Maybank dia", MS),
        ("Ali Hasan emel, dia pindah RM 200k ke akaunnya di CIMB", MS),
        ("Ravi Kumar call, 5 lakh apne ICICI account mein bheje", HI),
    ],
)
def test_money_moved_to_the_clients_own_account_at_another_bank_is_no_claim(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Bill Ray call, wired $250k to his account", EN, ("250000", "USD")),
        ("Bill Ray call, wired $250k to his account with us", EN, ("250000", "USD")),
        ("Bill Ray call, wired $250k from his account at Fidelity", EN, ("250000", "USD")),
        ("Anne Roy tél, a viré 300k€ sur son compte", FR, ("300000", "EUR")),
        ("Anne Roy tél, virement de 300k€ vers nous", FR, ("300000", "EUR")),
        ("Per Ek ringde, överförde 2 mkr till oss", SV, ("2000000", "SEK")),
    ],
)
def test_money_moved_to_us_or_the_clients_account_with_us_is_a_deposit(
    text: str, where: tuple[str, str], expected: tuple[str, str]
) -> None:
    amount, currency = expected
    assert claims_of(text, where) == [("deposit", Decimal(amount), currency, None)]


def test_money_moved_into_an_account_named_is_a_deposit_on_it() -> None:
    assert claims_of("Bill Ray wired $1m into ACC-1048", EN) == [
        ("deposit", Decimal("1000000"), "USD", "ACC-1048")
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [("Bill Ray call, wired $250k", EN), ("Anne Roy tél, virement de 300k€", FR)],
)
def test_money_moved_with_no_direction_is_still_asked(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []
    assert [what for _, what in unclear_of(text, where)] == ["direction"]

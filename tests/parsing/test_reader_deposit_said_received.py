"""A deposit said received, with its sum after, is one deposit, in six languages.

"versement reçu de 1,2 million d'euros" was asked: "reçu" stood between the deposit word
and its sum, and a money verb before a sum only asks. Received right after a word of
deposit is that word's, as "virement reçu" already was. Each row is a cause, not a
corpus line.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, MS, RO, SV, claims_of, unclear_of


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Anne Roy tél, versement reçu de 2,5 millions d'euros", FR, ("2500000", "EUR")),
        ("Anne Roy tél, dépôt reçu de 400 000 €", FR, ("400000", "EUR")),
        ("Bill Ray call, deposit received of $700k", EN, ("700000", "USD")),
        ("Per Ek ringde, insättning mottagen på 3 mkr", SV, ("3000000", "SEK")),
        ("Ion Pop telefon, depunere primită de 300.000 lei", RO, ("300000", "RON")),
        ("Ali Hasan call, deposit diterima RM 2 juta", MS, ("2000000", "MYR")),
    ],
)
def test_a_deposit_said_received_is_one_deposit(
    text: str, where: tuple[str, str], expected: tuple[str, str]
) -> None:
    amount, currency = expected
    assert claims_of(text, where) == [("deposit", Decimal(amount), currency, None)]
    assert unclear_of(text, where) == []

"""A deposit or pledge lost, bounced or said to hang on a condition is no claim.

"lost the 2m deposit to Schwab", "a pierdut depunerea": lost, as a mandate lost is.
"the 500k deposit bounced", "deposit RM 500k tak jadi", "…nahi hua": it never came.
"pledge of 1m, conditional on the sale": on a condition, as "if" says. Discretionary
management said in Swedish or Romanian is no mandate won. Each row is a cause, not a
corpus line.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Bill Ray call, lost the $3m deposit to Fidelity", EN),
        ("Anne Roy tél, on a perdu le versement de 2 M€", FR),
        ("Per Ek ringde, förlorade insättningen på 4 mkr", SV),
        ("Ion Pop telefon, a pierdut depunerea de 400.000 lei", RO),
    ],
)
def test_a_deposit_lost_is_no_claim(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Bill Ray call, the $400k deposit bounced", EN),
        ("Ali Hasan call, deposit RM 300k tak jadi", MS),
        ("Ravi Kumar call, 20 lakh ka deposit nahi hua", HI),
        ("Ion Pop telefon, depunerea de 90.000 lei respinsă", RO),
    ],
)
def test_a_deposit_that_never_came_is_no_claim(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Bill Ray call, pledge of $2m, conditional on the IPO", EN),
        ("Anne Roy tél, promesse de 1 M€, conditionnelle à la vente", FR),
        ("Per Ek ringde, löfte om 2 mkr, villkorat av försäljningen", SV),
    ],
)
def test_a_pledge_said_conditional_is_no_claim(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Per Ek möte, diskretionärt mandat klart, 8 mkr", SV),
        ("Ion Pop întâlnire, mandat discreționar semnat, 2 mil. euro", RO),
    ],
)
def test_a_discretionary_mandate_is_no_claim(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []


def test_a_deposit_that_came_is_still_claimed() -> None:
    assert claims_of("Bill Ray call, the $400k deposit cleared", EN) == [
        ("deposit", Decimal("400000"), "USD", None)
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Bill Ray email, the $400k deposit into ACC-2001 was cancelled", EN),
        ("Anne Roy e-mail hier, le virement de 1,2 M€ sur ACC-3001 est annulé", FR),
        ("Per Ek möte, insättningen på 900 000 kr till ACC-3201 avbröts", SV),
        ("Ion Pop email, depunerea de 90.000 lei în ACC-4001 a fost anulată", RO),
        ("Ali Hasan emel, deposit RM 300k ke ACC-5001 dibatalkan", MS),
    ],
)
def test_a_deposit_cancelled_after_its_account_is_no_claim(
    text: str, where: tuple[str, str]
) -> None:
    """What befell the claim is said after the account it was going into, in the passive."""
    assert claims_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Bill Ray email, deposited $400k into ACC-2001, was pleased", EN),
        ("Per Ek möte, insättningen på 900 000 kr till ACC-3201 är klar", SV),
    ],
)
def test_a_deposit_with_its_account_and_no_cancellation_still_claims(
    text: str, where: tuple[str, str]
) -> None:
    assert [kind for kind, *_ in claims_of(text, where)] == ["deposit"]

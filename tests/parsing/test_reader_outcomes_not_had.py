"""Outcomes the line says were not had: a mandate lost or not signed, a sum on a condition
said later in its clause, a sum refused, a management mandate written mandate-last.

Each row is a cause, not a corpus line, in every language that says it so. None of them
is a claim, and none is asked about: the line says what happened, and it was nothing to
confirm. Now is Wednesday 18 November 2026 (``tests.parsing.test_parsing_table``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of, unclear_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Graham Okoro call, mandate lost, fee 2m", EN),
        ("Graham Okoro call, we lost the mandate, fee was 2m", EN),
        ("Graham Okoro call, did not win the mandate, fee 2m", EN),
        ("Marc Dubois tél, mandat perdu, honoraires 300 k€", FR),
        ("Marc Dubois tél, n'a pas signé le mandat, honoraires 300 k€", FR),
        ("Ion Popa ieri, nu a mai semnat mandatul, onorariul de 150k euro pierdut", RO),
        ("Ion Popa ieri, a pierdut mandatul, onorariul 150k euro", RO),
        ("Sara Lind möte, förlorade uppdraget, arvode 1,5 milj. kr", SV),
        ("Sara Lind möte, fick inte uppdraget, arvode 1,5 milj. kr", SV),
        ("Tan Wei Ming jumpa, mandat tidak dapat, yuran RM 800 ribu", MS),
        ("Raj Mehta से बात, mandate नहीं मिला, फीस 80 लाख थी", HI),
        ("Raj Mehta call kal, mandate lost, fees 2 crore gaya", HI),
    ],
)
def test_the_fee_of_a_mandate_lost_or_not_won_is_no_claim_and_not_asked(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Graham Okoro call, lost the Acme mandate but won the Numis mandate, fee 2m", EN),
        ("Ion Popa ieri, a semnat mandatul, onorariul de 150k euro", RO),
        ("Raj Mehta call kal, mandate mil gaya, fees 2 crore", HI),
    ],
)
def test_the_fee_of_a_mandate_won_beside_one_lost_is_claimed(
    text: str, where: tuple[str, str]
) -> None:
    assert [kind for kind, *_ in claims_of(text, where)] == ["mandate"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Blanche Moreau déjeuner, gestion sous mandat signée sur 2 M€", FR),
        ("Blanche Moreau dejeuner hier, gestion sous mandat signee sur 2 M€", FR),
        ("Blanche Moreau déjeuner, mandat de gestion signé, frais 2 M€", FR),
    ],
)
def test_a_management_mandate_with_the_mandate_written_last_is_no_claim_and_not_asked(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Claire Moreau tél, elle verse 300 k€ le mois prochain si la vente se fait", FR),
        ("Claire Moreau tél, dépôt de 300 k€ dans un mois s'il vend la maison", FR),
        ("Jane Smith call, she deposits 300k next month once the sale closes", EN),
        ("Bo Ek möte, han tänker sätta in 1 mkr om försäljningen går igenom", SV),
        ("Bo Ek mote, han tanker satta in 1 mkr om forsaljningen gar igenom", SV),
        ("Ion Popa ieri, depune 500 mii lei luna viitoare dacă vinde casa", RO),
        ("Tan Wei Ming jumpa, deposit RM 3 juta bulan depan kalau jual tanah", MS),
        ("Raj Mehta call, 2 crore jama karenge agle mahine agar flat bik gaya", HI),
    ],
)
def test_a_sum_on_a_condition_said_later_in_its_clause_is_no_claim_and_not_asked(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


def kinds(text: str, where: tuple[str, str]) -> list[str]:
    return [kind for kind, *_ in claims_of(text, where)]


def test_a_condition_after_another_claim_of_the_clause_leaves_the_first_one() -> None:
    """ "satte in 1 mkr och lovade 2 mkr om …": the condition is the pledge's, not the deposit's;
    "utfästelse om 1 mkr" is a promise "of" 1 mkr, no condition at all."""
    first = claims_of("Bo Ek möte, satte in 1 mkr och lovade 2 mkr om försäljningen går", SV)[0]
    assert first == ("deposit", Decimal("1000000"), "SEK", None)
    assert kinds("Bo Ek möte, insättning 750 tkr + utfästelse om 1 mkr", SV) == [
        "deposit",
        "pledge",
    ]


def test_and_typed_as_si_in_romanian_is_no_condition() -> None:
    """Romanian "și" typed without its comma reads "si": "and" there, "if" only in French."""
    line = "Ion Popa ieri, a depus 200.000 lei si a promis 1 milion"
    assert kinds(line, RO) == ["deposit", "pledge"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Olivier Fabre a dit non pour le versement de 500k, il garde tout chez BNP", FR),
        ("Jane Smith said no to the deposit of 500k", EN),
        ("Bo Ek sa nej till insättningen på 2 mkr", SV),
    ],
)
def test_a_sum_the_client_said_no_to_is_no_claim(text: str, where: tuple[str, str]) -> None:
    assert claims_of(text, where) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Graham Okoro call, if the sale closes next month he deposits £2m", EN),
        ("Marc Dubois tél, elle pourrait apporter 2 M CHF si la succession se débloque", FR),
        ("Sara Lind ringde, om han säljer bolaget skulle han sätta in 20 milj.", SV),
        ("Ion Popa telefon, dacă vinde apartamentul depune 500.000 lei", RO),
        ("Ion Popa telefon, ar depune 500.000 lei în decembrie", RO),
        ("Tan Wei Ming jumpa, kalau jual tanah dia deposit RM 3 juta", MS),
        ("Raj Mehta call kal, agar market gira toh 5 crore jama karenge, abhi kuch nahi", HI),
    ],
)
def test_a_sum_on_a_condition_opening_its_clause_or_would_is_no_claim_and_not_asked(
    text: str, where: tuple[str, str]
) -> None:
    """An "if" anywhere before the sum in its clause, or a "would" ("skulle", "ar",
    "pourrait"): what may happen is not what happened, so the line records no claim."""
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


def test_a_claim_before_a_condition_about_more_stands() -> None:
    text = "Graham Okoro zoom, pledged €400k, would be more if the house sells"
    assert claims_of(text, EN) == [("pledge", Decimal("400000"), "EUR", None)]
    assert unclear_of(text, EN) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Graham Okoro call, scrapped the $1m pledge", EN),
        ("Marc Dubois tél, a résilié son engagement de 500 k€", FR),
        ("Sara Lind telefon, avbröt åtagandet på 1 mkr, missnöjd med avgiften 1,2 %", SV),
        ("Ion Popa telefon, a reziliat angajamentul de 300.000 lei", RO),
        ("Tan Wei Ming jumpa, membatalkan ikrar RM 1 juta", MS),
        ("Raj Mehta call kal, 1 crore ka pledge cancel kar diya", HI),
    ],
)
def test_a_pledge_broken_off_is_no_claim_and_not_asked(text: str, where: tuple[str, str]) -> None:
    """Cancelled, broken off, terminated before the promise: nothing to confirm, and a word
    of cancelling is never taken for a look-alike of an outcome ("membatalkan")."""
    assert claims_of(text, where) == []
    assert unclear_of(text, where) == []


def test_a_word_like_only_the_qualifier_of_an_outcome_phrase_asks_nothing() -> None:
    """ "succession" shares its first letters with the "success" of "success fee" only."""
    text = "Marc Dubois déjeuner, 2 M CHF de la succession, rien de nouveau"
    assert unclear_of(text, FR) == []

"""Sums a rep types that are, or are not, an outcome: hypotheticals, compounds, "sterling".

Now is Wednesday 2 December 2026, 14:00 UTC. The word rules run on ``parse_contact``
alone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from bot.parsing import parse_contact

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


def parse(text: str, locale: str):  # type: ignore[no-untyped-def]
    return parse_contact(text, now=NOW, timezone="Europe/London", locale=locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Edmund Fairley met Sat, said he'd pledge €500k but nothing signed", "en-GB"),
        ("Sol Lindahl fika i eftermiddag, funderar på att sätta in 1 mkr om huset säljs", "sv-SE"),
        ("Speranța Radu telefon ieri, speranța ei e să depună 500 mii lei în primăvară", "ro-RO"),
        ("Crina Ardeleanu telefon marți la 10:45, ar putea depune 1 mil. euro", "ro-RO"),
    ],
)
def test_money_someone_would_or_might_bring_is_neither_claimed_nor_asked(
    text: str, locale: str
) -> None:
    parsed = parse(text, locale)
    assert parsed.claims == ()
    assert not [u for u in parsed.unclear if u.what in ("amount", "direction")]


def test_money_he_had_pledged_is_a_pledge() -> None:
    parsed = parse("Edmund Fairley phoned, he'd pledged €500k last month", "en-GB")
    assert [(c.kind, c.amount) for c in parsed.claims] == [("pledge", Decimal(500000))]


def test_a_deposit_after_att_and_its_subject_is_a_deposit() -> None:
    parsed = parse("Axel Nordin möte i dag, plus att han satte in 2 Mkr privat", "sv-SE")
    assert [(c.kind, c.amount) for c in parsed.claims] == [("deposit", Decimal(2000000))]


def test_swedish_mandatarvode_is_a_mandate_fee() -> None:
    parsed = parse("Axel Nordin möte i dag kl 10, mandatarvode 900 tkr, plus 2 Mkr insatt", "sv-SE")
    kinds = sorted((c.kind, c.amount) for c in parsed.claims)
    assert kinds == [("deposit", Decimal(2000000)), ("mandate", Decimal(900000))]


def test_sterling_after_a_sum_is_its_currency() -> None:
    parsed = parse("Sunny Choudhury lunch, pledged another 250k sterling", "en-GB")
    assert [(c.amount, c.currency) for c in parsed.claims] == [(Decimal(250000), "GBP")]


def claims_of(text: str, locale: str) -> list[tuple[str, Decimal, str | None, str | None]]:
    return [(c.kind, c.amount, c.currency, c.account) for c in parse(text, locale).claims]


def test_money_transferred_from_another_bank_came_to_us() -> None:
    text = "Hope Fairley phone 1/12 at 17:10, transferred 750k from Coutts"
    assert claims_of(text, "en-GB") == [("deposit", Decimal(750000), None, None)]


def test_money_transferred_from_one_bank_to_another_is_asked() -> None:
    parsed = parse("Hope Fairley phone, transferred 750k from Coutts to Schwab", "en-GB")
    assert parsed.claims == ()
    assert [u.what for u in parsed.unclear] == ["direction"]


def test_money_rolled_into_a_plan_with_us_is_a_deposit() -> None:
    text = "Sunny Choudhury tel, rolled 180k from his old US 401k into the SIPP with us"
    assert claims_of(text, "en-GB") == [("deposit", Decimal(180000), None, None)]


def test_a_fixed_deposit_rolled_over_is_no_claim() -> None:
    assert claims_of("Jane Doyle call, her fixed-term deposit of 300k rolled over", "en-GB") == []


def test_money_wired_onto_the_clients_own_account_is_a_deposit() -> None:
    assert claims_of("Pierre Vidal a viré 2,5 M€ sur son compte", "fr-FR") == [
        ("deposit", Decimal(2500000), "EUR", None)
    ]


def test_french_plural_participles_claim_their_sum() -> None:
    assert claims_of("Hugo Delmas rdv hier à midi, 2 mn € versés sur ACC-9112", "fr-FR") == [
        ("deposit", Decimal(2000000), "EUR", "ACC-9112")
    ]


def test_a_scales_dot_does_not_part_a_sum_from_its_account() -> None:
    text = "Ambroise Favre visite samedi, a viré 1,5 Mio. sur ACC-9164, septante ans cette année"
    parsed = parse(text, "fr-CH")
    assert [(c.kind, c.amount, c.account) for c in parsed.claims] == [
        ("deposit", Decimal(1500000), "ACC-9164")
    ]
    assert parsed.unclear == ()


def test_malay_money_gone_into_an_account_named_is_a_deposit() -> None:
    text = "Siti Aisyah binti Hashim telefon Isnin lepas, RM 600 ribu masuk ke ACC-9416"
    assert claims_of(text, "ms-MY") == [("deposit", Decimal(600000), "MYR", "ACC-9416")]


def test_a_verb_at_the_end_claims_both_sums_joined_before_it() -> None:
    text = (
        "Sunita Agarwal se kal video call, USD 1.2 million ACC-9513 mein aur 30 lakh INR "
        "ACC-9512 mein jama"
    )
    assert sorted(claims_of(text, "hi-IN")) == [
        ("deposit", Decimal(1200000), "USD", "ACC-9513"),
        ("deposit", Decimal(3000000), "INR", "ACC-9512"),
    ]


def test_a_first_sum_with_a_word_of_its_own_is_not_joined_to_the_next() -> None:
    assert claims_of("Jane Doyle call, 200k withdrawn and 500k deposited", "en-GB") == [
        ("deposit", Decimal(500000), None, None)
    ]


def test_a_range_by_a_fee_word_with_no_mandate_named_is_asked() -> None:
    parsed = parse("Dragoș Iliescu telefon azi, comision 1-1,5 mil. lei", "ro-RO")
    assert parsed.claims == ()
    assert [u.what for u in parsed.unclear] == ["amount"]


def test_a_single_sum_for_school_fees_is_neither_claimed_nor_asked() -> None:
    parsed = parse("Georgina Hale in person today, withdrew 150k to cover school fees", "en-GB")
    assert parsed.claims == ()
    assert parsed.unclear == ()


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Astrid Berg brev idag, hon drog tillbaka sitt löfte om 1 mkr", "sv-SE"),
        ("Astrid Berg telefon idag, hon tog tillbaka löftet om 2 mkr", "sv-SE"),
        ("Anil Mehra ke saath golf, 3 crore ki pledge wapas le li", "hi-IN"),
        ("Edward Hartley call today, took back his pledge of £1m", "en-GB"),
        ("Edward Hartley call today, pledge of £1m withdrawn", "en-GB"),
        ("Colette Blanc appel, elle est revenue sur sa promesse de 500k€", "fr-FR"),
        ("Radu Pop telefon azi, și-a retras angajamentul de 2 mil. lei", "ro-RO"),
        ("Azman Ali call hari ini, dia tarik balik janji RM 2 juta", "ms-MY"),
    ],
)
def test_a_pledge_taken_back_is_no_claim(text: str, locale: str) -> None:
    parsed = parse(text, locale)
    assert parsed.claims == ()


def test_a_mandate_agreement_in_one_swedish_word_claims_its_fee() -> None:
    parsed = parse(
        "Per Almqvist telefon igår, mandatavtal för förvärvet klart, arvode 900 000 SEK", "sv-SE"
    )
    assert [(c.kind, c.amount, c.currency) for c in parsed.claims] == [
        ("mandate", Decimal(900000), "SEK")
    ]


def test_money_taken_out_in_french_is_no_claim_nor_asked() -> None:
    parsed = parse("Olivier Blanc a retiré 300k€ hier pour l'achat d'un appart", "fr-FR")
    assert parsed.claims == ()
    assert not [u for u in parsed.unclear if u.what in ("amount", "direction")]


def test_a_contribution_brought_into_an_account_named_is_a_deposit() -> None:
    parsed = parse(
        "Bernard Delacroix lettre reçue, apport de 350.000 € en titres vers ACC-6111", "fr-FR"
    )
    assert [(c.kind, c.amount, c.account) for c in parsed.claims] == [
        ("deposit", Decimal(350000), "ACC-6111")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bernard Delacroix rdv hier, apport de 350.000 €",
        "Bernard Delacroix rdv hier, un apport de 350.000 €",
        "Bernard Delacroix rdv hier, apport 350 k€ en compte-titres",
    ],
)
def test_a_contribution_is_a_deposit_though_no_account_is_named(text: str) -> None:
    """ "apport" is money brought to us, as "versé" is (the product's deposit words): it
    needs no account to be a deposit, where a "virement" does."""
    parsed = parse(text, "fr-FR")
    assert [(c.kind, c.amount, c.account) for c in parsed.claims] == [
        ("deposit", Decimal(350000), None)
    ]
    assert parsed.unclear == ()


def test_a_contribution_and_a_promise_are_a_deposit_and_a_pledge() -> None:
    parsed = parse("Solène Garnier appel hier, apport de 500 000 CHF et promesse de 1 M€", "fr-FR")
    assert [(c.kind, c.amount, c.currency) for c in parsed.claims] == [
        ("deposit", Decimal(500000), "CHF"),
        ("pledge", Decimal(1000000), "EUR"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shanti Kapoor lunch parson, investing 1 crore next month maybe",
        "Shanti Kapoor lunch parson, 1 crore jama karenge shayad",
        "Karin Lindahl fika igår, sätter in 2 mkr i vår kanske",
    ],
)
def test_a_hedge_closing_the_clause_makes_its_sum_no_claim_nor_a_question(text: str) -> None:
    parsed = parse(text, "en-GB")
    assert parsed.claims == ()
    assert not [u for u in parsed.unclear if u.what in ("amount", "direction")]


def test_a_hedge_in_a_clause_of_its_own_leaves_the_claim_before_it() -> None:
    parsed = parse("Shanti Kapoor lunch parson, 1 crore jama kiya, maybe more next year", "hi-IN")
    assert [(c.kind, c.amount) for c in parsed.claims] == [("deposit", Decimal(10000000))]


@pytest.mark.parametrize(
    "text",
    [
        "Sunita Mehra ke saath lunch aaj, ₹40 lakh FD mein daale",
        "Edward Hartley call today, moved £200k into a fixed deposit",
    ],
)
def test_money_moved_into_a_term_deposit_is_no_claim_nor_asked(text: str) -> None:
    parsed = parse(text, "en-GB")
    assert parsed.claims == ()
    assert not [u for u in parsed.unclear if u.what in ("amount", "direction")]

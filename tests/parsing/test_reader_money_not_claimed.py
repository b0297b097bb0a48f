"""Money the line says is no new money with us: sent back, moved between the client's own
accounts, paid out to someone, promised before and not (yet) come, or on a condition.

Each row is a cause, not a corpus line, said in each language that says it so. None is a
claim, and none is asked about: the line is clear.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parsing.test_reader_outcomes import EN, FR, HI, MS, RO, SV, claims_of, unclear_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Mitchell Carr video, reversed the A$250k deposit, wrong account", EN),
        ("Tamsin Gall phone, bounced wire of $300k, client to resend", EN),
        ("Jane Smith call, the $400k deposit was returned", EN),
        ("Thibault Renaud tél, a extourné le versement de 400 000 €", FR),
        ("Frida Wenn brev, återkallad insättning på 300 tkr, fel konto", SV),
        ("Frida Wenn brev, insättningen på 300 tkr återförd", SV),
        ("Radu Ionescu e-mail, a returnat depunerea de 500.000 lei", RO),
        ("Lim Chee Keong emel, deposit RM 300k dipulangkan", MS),
        ("Vikram Agarwal call, 15 lakh ka deposit wapas ho gaya", HI),
    ],
)
def test_money_sent_back_reversed_or_bounced_is_no_claim_and_nothing_to_ask(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert [w for w in unclear_of(text, where) if w[1] in ("amount", "direction")] == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Rosalind Ache meeting, moved $200k between her own accts", EN),
        ("Marc Dubois tél, il a viré 300 k€ entre ses deux comptes", FR),
        ("Gunnar Ek mejl, flyttade 700 tkr mellan sina egna konton", SV),
        ("Radu Ionescu e-mail, a mutat 500 mii lei între conturile lui", RO),
        ("Lim Chee Keong emel, pindah SGD 300k antara akaun sendiri", MS),
        ("Vikram Agarwal ka email, apne do accounts ke beech 15 lakh move kiye", HI),
        ("Bertrand Lacoste visio, il a transféré 300 k€ de son compte-titres vers son PEA", FR),
        ("Jane Smith call, moved £150k from his ISA into his SIPP", EN),
    ],
)
def test_money_moved_between_the_clients_own_accounts_is_no_claim_and_nothing_to_ask(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert [w for w in unclear_of(text, where) if w[1] in ("amount", "direction")] == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Jane Smith call, internal transfer of $200k to her ISA", EN),
        ("Marc Dubois tél, virement interne de 300 k€", FR),
        ("Gunnar Ek mejl, intern överföring 700 tkr", SV),
        ("Radu Ionescu e-mail, transfer intern de 500.000 lei", RO),
        ("Lim Chee Keong emel, pindahan dalaman RM 300k", MS),
        ("Vikram Agarwal call, 15 lakh ka internal transfer", HI),
    ],
)
def test_an_internal_transfer_is_no_claim_and_nothing_to_ask(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert [w for w in unclear_of(text, where) if w[1] in ("amount", "direction")] == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Jane Smith call, internal transfer of $200k and deposited $1m", EN, "1000000"),
        # The other side of an "and" keeps its own claim.
        ("Jane Smith call, deposited $1m and moved $200k between her own accounts", EN, "1000000"),
        # From an account at another bank, to us: new money.
        (
            "Thierry Leclercq visio, il a transféré 1 M€ de son PEA chez Boursorama vers nous",
            FR,
            "1000000",
        ),
        (
            "Thibault Renard tél, virement de 600'000 CHF de son compte UBS vers ACC-3021",
            FR,
            "600000",
        ),
    ],
)
def test_money_from_another_bank_or_beside_a_move_between_accounts_keeps_its_deposit(
    text: str, where: tuple[str, str], expected: str
) -> None:
    assert [(kind, amount) for kind, amount, *_ in claims_of(text, where)] == [
        ("deposit", Decimal(expected))
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Thibault Renaud courrier, ordre de virement de 400 000 € vers son notaire", FR),
        ("Rosalind Ache meeting, she paid £85k out to her builder", EN),
    ],
)
def test_money_paid_out_to_a_payee_outside_the_firm_is_no_claim_and_nothing_to_ask(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert [w for w in unclear_of(text, where) if w[1] in ("amount", "direction")] == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Bertrand Lacoste déj, il n'a pas versé les 400 k€ promis", FR),
        ("Jane Smith call, she hasn't deposited the promised $400k yet", EN),
        ("Gunnar Ek mejl, har inte satt in de utlovade 400 tkr", SV),
        ("Radu Ionescu e-mail, nu a depus cei 400.000 lei promiși", RO),
        ("Lim Chee Keong emel, belum deposit RM 400k yang dijanjikan", MS),
    ],
)
def test_a_sum_promised_before_and_not_deposited_is_no_new_pledge(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert [w for w in unclear_of(text, where) if w[1] in ("amount", "direction")] == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("Bertrand Lacoste déj, il a versé les 400 k€ promis", FR, ("400000", "EUR")),
        ("Jane Smith call, she deposited the promised $400k", EN, ("400000", "USD")),
        ("Gunnar Ek mejl, satte in de utlovade 400 tkr", SV, ("400000", "SEK")),
        ("Lim Chee Keong emel, dah deposit RM 400k yang dijanjikan", MS, ("400000", "MYR")),
    ],
)
def test_a_sum_promised_before_and_now_deposited_is_a_deposit_not_a_pledge(
    text: str, where: tuple[str, str], expected: tuple[str, str]
) -> None:
    amount, currency = expected
    assert claims_of(text, where) == [("deposit", Decimal(amount), currency, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Margaux Vidal déjeuner, elle verserait 1 M€ si la vente se fait",
        "Margaux Vidal déjeuner, ils apporteraient 1 M€",
        "Margaux Vidal déjeuner, il transférerait 1 M€ sur son compte",
    ],
)
def test_a_sum_in_the_french_conditional_mood_is_no_claim_and_nothing_to_ask(text: str) -> None:
    assert claims_of(text, FR) == []
    assert [w for w in unclear_of(text, FR) if w[1] in ("amount", "direction")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Thibault Renaud tél, apport annulé, il garde ses 500 k€ chez l'autre banque",
        "Thibault Renaud tél, apport de 500 k€ vers son notaire",
    ],
)
def test_an_apport_cancelled_or_paid_out_is_no_claim(text: str) -> None:
    assert claims_of(text, FR) == []
    assert [w for w in unclear_of(text, FR) if w[1] in ("amount", "direction")] == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Margaux Perret lettre, le mandat de 1,5 M€ n'est pas signé", FR),
        ("Tudor Ene email, the mandate for $2m is not signed yet", EN),
        ("Tor Vik mejl, mandatet på 3 mkr är inte klart", SV),
        ("Tudor Ene email azi, mandatul de 2 mil. EUR nu e semnat", RO),
        ("Tudor Ene emel, mandat RM 2 juta belum ditandatangani", MS),
        ("Rohit call, 2 crore ka mandate abhi sign nahi hua", HI),
    ],
)
def test_a_mandate_said_later_in_its_clause_not_to_be_signed_is_no_claim_nor_a_question(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert [w for w in unclear_of(text, where) if w[1] == "amount"] == []


def test_a_mandate_won_keeps_its_fee_though_a_negation_follows_in_another_clause() -> None:
    assert claims_of("Trent Sawyer call, won the mandate, fee $420k, not bad", EN) == [
        ("mandate", Decimal("420000"), "USD", None)
    ]


def test_a_discretionary_mandate_with_its_romanian_article_is_no_claim_nor_a_question() -> None:
    text = "Tudor Ene email azi, mandatul de administrare discreționară de 5 mil. EUR semnat"
    assert claims_of(text, RO) == []
    assert unclear_of(text, RO) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Anouk Rochat appel, ok pour verser 300'000 CHF si le marché baisse", FR),
        ("Anouk Rochat call, ok to invest $300k if the market drops", EN),
        ("Karin Lind möte, ok att investera 300 tkr om börsen faller", SV),
        ("Ion Popa apel, e gata să investească 300.000 lei dacă scade bursa", RO),
        ("Tan Wei emel, setuju labur RM 300k kalau pasaran jatuh", MS),
        ("Raj Mehta call, 30 lakh nivesh agar market gira", HI),
    ],
)
def test_a_sum_on_a_condition_is_not_asked_about_though_a_word_looks_like_an_outcome(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert [w for w in unclear_of(text, where) if w[1] == "amount"] == []


def test_romanian_si_is_and_so_a_look_alike_before_it_is_still_asked() -> None:
    text = "Ion Popa apel, investit 300.000 lei si vrea mai mult"
    assert ("300.000 lei", "amount") in unclear_of(text, RO)


def test_money_sent_to_a_childs_account_at_another_bank_is_no_claim_and_nothing_to_ask() -> None:
    text = "Faridah Osman telefon, pindahkan RM 400 ribu ke akaun CIMB anak dia"
    assert claims_of(text, MS) == []
    assert unclear_of(text, MS) == []
    # With no bank named it may have stayed in the household, with us: asked.
    assert unclear_of("Faridah Osman telefon, pindahkan RM 400 ribu ke akaun anak dia", MS) == [
        ("RM 400 ribu", "direction")
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Sunita Rao call, transferred 10 lakh to her son's account at HDFC", EN),
        ("Marc Dubois tél, versement de 300 k€ à sa fille chez BNP", FR),
        ("Karin Lind möte, överförde 300 tkr till sonens konto i Handelsbanken", SV),
        ("Ion Popa apel, a transferat 300.000 lei fiului la BCR", RO),
        ("Faridah Osman telefon, pindahkan RM 400 ribu kepada anak dia di CIMB", MS),
    ],
)
def test_money_paid_to_a_relative_at_another_bank_is_out_of_the_firm_and_not_asked(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert [w for w in unclear_of(text, where) if w[1] in ("amount", "direction")] == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Sunita Rao call, transferred 10 lakh to her son's account", EN),
        ("Sunita Rao call, transferred £300k to her daughter's account with us", EN),
        ("Marc Dubois tél, versement de 300 k€ à sa fille", FR),
        ("Karin Lind möte, överförde 300 tkr till sonens konto", SV),
        ("Ion Popa apel, a transferat 300.000 lei fiului", RO),
        ("Faridah Osman telefon, pindahkan RM 400 ribu kepada anak dia", MS),
    ],
)
def test_money_paid_to_a_relative_with_no_other_bank_named_is_asked_which_way(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []
    assert [w[1] for w in unclear_of(text, where)] == ["direction"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Jane Smith call, hopes to add 100k to her ISA in Jan, nothing firm", EN),
        ("Jane Smith call, thinking of depositing $200k, will confirm", EN),
        ("Marc Dubois tél, envisage de verser 100 000 €, à confirmer", FR),
        ("Gunnar Ek mejl, funderar på att sätta in 700 tkr, inget klart", SV),
        ("Radu Ionescu e-mail, se gândește să depună 500.000 lei, revine", RO),
        ("Lim Chee Keong emel, fikir nak masukkan RM 300k, belum pasti", MS),
        ("Vikram Agarwal ka phone, 3 lakh jama karne ka soch rahe hain, pakka nahi", HI),
        ("विक्रम अग्रवाल फ़ोन, 5 लाख जमा करने की सोच रहे हैं", HI),
    ],
)
def test_money_only_thought_of_or_hoped_for_is_no_claim_even_with_a_clause_after(
    text: str, where: tuple[str, str]
) -> None:
    assert claims_of(text, where) == []

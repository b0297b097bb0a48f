"""Where money moved, paid or put in went: to us, into an account the line names, from
another bank, out of the firm, or to someone.

A transfer, money sent or paid, is a deposit only when the line says it came to us: into
an account it names ("transferred 40 lakh into ACC-6103"), into a kind of account the
firm offers ("into his SIPP"), "till oss", "chez nous", from another bank and to nowhere
named ("transferred 750k from Coutts"), or said to have arrived ("virement de 1,2 MCHF
reçu"); from an account the line names it is between the client's own accounts with us,
no new money. With no verb, a sum right before a direction into an account named ("EUR 2
mn into ACC-9603") is a deposit; money gone out ("a retiré 300k€", "transferred 500k€
out") is no claim.

A deposit is money that came to us. "a versé 500 000 € à son notaire", "transferred £200k
to his solicitor", "a depus 500.000 lei la notar", "bayar RM 2 juta kepada peguam",
"10 lakh vakil ko bheje": the sum went to a notary, a lawyer, a seller, a developer or the
tax office, none of them the firm, so it is no claim and nothing to ask ("money moved out
is no claim"). Paid to a son or a daughter ("versement de 300k à sa fille") it may have
stayed in the household, on an account with us, or not: asked, never guessed; to a relative
at another bank ("à sa fille chez BNP", "to her son's account at HDFC") it left. Moved between
the client's own accounts ("mellan sina egna konton", "apne do accounts ke beech", "de son
compte-titres vers son PEA chez nous") it is no new money: no claim, nothing to ask.

Pure code over the line's tokens: ``bot.parsing.contact`` asks, claim by claim.
"""

from __future__ import annotations

from bot.parsing.amounts import CODES, Amount
from bot.parsing.clauses import (
    CLAUSE_END,
    CONJUNCTIONS,
    CONTRASTS,
    bare,
    clause_break,
    joined_clause,
    match,
)
from bot.parsing.clauses import phrases as _keys
from bot.parsing.outcome_lexicon import INTERNAL, OUTGOING, PRODUCTS
from bot.parsing.outcome_words import OutcomeWord
from bot.parsing.tokens import Token, fold

# Before the payee: to, at the office of ("chez le notaire", "hos advokaten", "la notar").
_TO_SOMEONE = frozenset(
    map(fold, "to à au aux chez vers till hos la lui către catre kepada pada ke untuk".split())
)
# Hindi puts its postposition after the payee: "vakil ko", "वकील को".
_TO_AFTER = frozenset(map(fold, "ko को".split()))
# Between "to" and the payee: "à son notaire", "to his lawyer", "till sin advokat".
_DETERMINERS = frozenset(
    map(
        fold,
        "the a an his her their its son sa ses leur le la les un une sin sitt sina hans hennes "
        "deras lui ei dia nya unke unki unka apne apni".split(),
    )
)
# Payees outside the firm, in six languages (folded, with French elision stripped).
OUTSIDE = frozenset(
    map(
        fold,
        # English
        "notary notaries lawyer lawyers solicitor solicitors attorney attorneys conveyancer "
        "seller sellers vendor vendors developer developers builder builders contractor "
        "landlord escrow charity hmrc irs taxman broker "
        # French
        "notaire notaires avocat avocats avocate vendeur vendeurs vendeuse promoteur "
        "constructeur propriétaire bailleur fisc impôts trésor séquestre "
        # Swedish
        "notarie notarien advokat advokaten säljaren säljare mäklaren mäklare byggherren "
        "skatteverket hyresvärden "
        # Romanian
        "notar notarul notarului avocatul avocatului vânzător vânzătorul vânzătorului "
        "dezvoltator dezvoltatorul dezvoltatorului constructorul anaf "
        # Malay
        "peguam notari penjual pemaju kontraktor lhdn "
        # Hindi
        "वकील vakil wakil बिल्डर नोटरी dalal दलाल".split(),
    )
)
# Family members: the money may have stayed in the household (with us) or not.
FAMILY = frozenset(
    map(
        fold,
        "son sons daughter daughters children kids grandson granddaughter grandchildren "
        "fils fille filles enfants petit-fils petite-fille petits-enfants "
        "sonen dottern dotter barnen barnbarnen "
        "fiul fiului fiica fiicei copiii copiilor nepotul nepoata "
        "anak anaknya cucu "
        "बेटे बेटा बेटी बच्चों beta bete beti bachchon".split(),
    )
)
# Romanian says "to" by the noun's ending: "notarului" (to the notary), "fiului" (to his son).
_DATIVES = frozenset(
    map(fold, "notarului avocatului vânzătorului dezvoltatorului fiului fiicei copiilor".split())
)
_ELIDED = ("l'", "d'")


def _key(token: Token) -> str:
    key = token.key
    for article in _ELIDED:
        if key.startswith(article) and len(key) > len(article) + 1:
            return key[len(article) :]
    return key


def paid_to(tokens: list[Token], first: int, last: int) -> str | None:
    """Whom the claim at tokens ``first``..``last`` says the money went to: ``"outside"``
    (a payee outside the firm: no claim), ``"family"`` (asked), or None (nobody said).

    Looked for in the claim's clause: "to" and a payee within a few words after the claim
    ("a versé 500 000 € à son notaire"), or a payee and Hindi "ko" inside or around it
    ("10 lakh vakil ko bheje")."""
    keys = [_key(token) for token in tokens]
    after = last + 1
    if after < len(tokens) and not tokens[last].trail.strip() and keys[after] in _DATIVES:
        found = _payee(keys[after])  # "a depus 50.000 lei fiului" (to his son)
        if found == "family" and _at_another_bank(tokens, keys, first, last):
            return "outside"  # "… fiului la BCR": to his son's bank, out of the firm
        return found
    for index in range(last + 1, min(len(tokens), last + 4)):
        if tokens[index - 1].trail.strip():
            break
        if keys[index] not in _TO_SOMEONE:
            continue
        found = _payee(_after_determiners(tokens, keys, index + 1))
        if found == "family" and _at_another_bank(tokens, keys, first, last):
            return "outside"  # "to her son's account at HDFC": out of the firm
        if found:
            return found
    for index in range(max(0, first - 2), min(len(tokens) - 1, last + 2)):
        if keys[index + 1] in _TO_AFTER and not tokens[index].trail.strip():
            low, high = sorted((index, first if index < first else last))
            if any(token.trail.strip() for token in tokens[low:high]):
                continue
            found = _payee(keys[index])
            if found:
                return found
    if own_account_elsewhere(tokens, first, last) or external_account(tokens, first, last):
        return "outside"
    return None


# Outside the firm, said of an account or a bank: "ke akaun bank luar", "sur un compte
# externe", "till extern bank", "în cont extern", "to an external account", "bahar ke bank
# account mein" (Hindi puts "outside" first, with "ke").
_EXTERNAL = frozenset(
    map(
        fold,
        "external outside externe externes extérieur extérieure extern externa externt externe "
        "externă externi luar bahar बाहर bahari".split(),
    )
)
_INTO_ONE = frozenset(map(fold, "într-un intr-un într-o intr-o".split()))
_EXTERNAL_REACH = 3  # words between the direction and an "outside" word said of the account


def external_account(tokens: list[Token], first: int, last: int) -> bool:
    """The claim of tokens ``first``..``last`` moved money to an account at an outside bank,
    said after it in its clause: a word of where it went, then an account or a bank with
    "external" or "outside" beside it. Money gone out of the firm: no claim, nothing to ask.
    From one ("from an external account") it came in, and says nothing of the kind."""
    keys = [_key(token) for token in tokens]
    _, high = own_side(tokens, first, last)
    for toward in range(last + 1, high + 1):
        if keys[toward] not in TOWARD_WORDS | _INTO | _INTO_ONE:
            continue
        window = range(toward + 1, min(high, toward + _EXTERNAL_REACH + 1) + 1)
        nouns = [i for i in window if keys[i] in _ACCOUNT_NOUNS | _BANK_NOUNS]
        outside = [i for i in window if keys[i] in _EXTERNAL]
        if nouns and any(abs(n - o) <= 2 for n in nouns for o in outside):
            return True
    # Hindi: "bahar ke bank account mein" (into an account outside).
    for index in range(last + 1, high):
        if keys[index] in _EXTERNAL and keys[index + 1] in ("ke", "के"):
            after = keys[index + 2 : min(high, index + 4) + 1]
            if any(word in _ACCOUNT_NOUNS | _BANK_NOUNS for word in after):
                return True
    return False


# The client's own account or bank, moved to ("vers sa banque à Genève", "to his account at
# Schwab", "till sitt konto i annan bank", "în contul lui de la BCR", "ke akaun dia di
# Maybank", "apne HDFC account mein"): money gone out of the firm, to another bank.
_OWN = frozenset(
    map(
        fold,
        "his her their own son sa ses leur sitt sin sina hans hennes deras lui ei său sau sa "
        "lor dia nya mereka apne apni apna uske unke".split(),
    )
)
_ACCOUNT_NOUNS = frozenset(
    map(
        fold,
        "account accounts compte comptes konto kontot contul cont akaun akaunnya khata khate "
        "खाते खाता अकाउंट".split(),
    )
)
# Malay says "his" by the noun's ending: "akaunnya", "banknya".
_OWN_NOUNS = frozenset(map(fold, "akaunnya banknya".split()))
_BANK_NOUNS = frozenset(
    map(fold, "bank banque banca bancă banken banknya bankaccount bankkonto बैंक".split())
)
# Another: "till sitt konto i annan bank", "sur un compte dans une autre banque".
_OTHER = frozenset(
    map(
        fold,
        "other another autre annan annat andra altă alta altei lain lainnya dusre doosre".split(),
    )
)
# Where the account is held: "at Schwab", "chez BNP", "i annan bank", "de la BCR", "di Maybank".
_HELD_AT = frozenset(
    map(fold, "at with chez auprès à au hos i på vid la de di pada kat dekat".split())
)
# Words of the firm, after "with", "chez", "la" ("to his account with us"): ours, not elsewhere.
_US = frozenset(map(fold, "us nous oss noi kami kita hamare हमारे firm".split()))
_TOWARD_AFTER = frozenset(map(fold, "mein में me ko को par पर".split()))
_FROM_AFTER = frozenset(map(fold, "se से".split()))


def own_account_elsewhere(tokens: list[Token], first: int, last: int) -> bool:
    """The claim of tokens ``first``..``last`` moved money to the client's own account at
    another bank, said in its clause: a possessive and "account" or "bank" after a word of
    where it went (or before Hindi "mein"), with a bank named or "another" by it. Their
    account with us stays ours ("to his account", "sur son compte", "into his ISA account").
    No claim and nothing to ask, as money paid to a notary is none."""
    keys = [_key(token) for token in tokens]
    low, high = joined_clause(tokens, first, last)
    for noun in range(low, high + 1):
        is_bank = keys[noun] in _BANK_NOUNS
        head, _, tail = tokens[noun].text.rpartition("-")
        # "sitt Nordea-konto", "his Schwab-account": the bank's name joined to the noun.
        named = bool(head) and head[:1].isupper() and fold(tail) in _ACCOUNT_NOUNS | _BANK_NOUNS
        if not (is_bank or named or keys[noun] in _ACCOUNT_NOUNS):
            continue
        start = noun  # the phrase: [possessive] [bank's name] noun [bank's name] [possessive]
        while start - 1 >= low:
            before = start - 1
            if keys[before] in _OWN or keys[before] in _DETERMINERS or keys[before] in _OTHER:
                start -= 1
            elif _bank_name(tokens[before]) and start == noun:
                named, start = True, start - 1
            else:
                break
        end = noun
        if end + 2 <= high and keys[end + 2] in _OWN and _bank_name(tokens[end + 1]):
            named, end = True, end + 1  # "ke akaun Maybank dia"
        elif end + 2 <= high and keys[end + 2] in FAMILY and _bank_name(tokens[end + 1]):
            # "ke akaun CIMB anak dia" (his child's account at CIMB): at another bank, out
            # of the firm whoever holds it.
            named, end = True, end + 2
        while end + 1 <= high and keys[end + 1] in _OWN:
            end += 1
        phrase = keys[start : end + 1]
        if not any(word in _OWN or word in _OWN_NOUNS for word in phrase):
            continue
        toward = start - 1 >= low and keys[start - 1] in TOWARD_WORDS | _INTO
        after = keys[end + 1] if end + 1 <= high else ""
        if after in _FROM_AFTER or (start - 1 >= low and match(keys, start - 1, FROM_WORDS)):
            continue
        if not (toward or after in _TOWARD_AFTER):
            continue
        if after in _TOWARD_AFTER:
            after = keys[end + 2] if end + 2 <= high else ""
            end += 1
        elsewhere = (
            is_bank
            or named
            or any(word in _OTHER for word in phrase)
            or _held_elsewhere(tokens, keys, end + 1, high)
        )
        if elsewhere:
            return True
    return False


def _bank_name(token: Token) -> bool:
    """A bank's name typed before "account" ("his Schwab account", "apne HDFC account"),
    not one of the firm's accounts ("ACC-1048") or kinds of account ("his ISA account")."""
    text = token.text
    return (
        text[:1].isupper()
        and text.isalpha()
        and text.rstrip(":n") not in ACCOUNT_KINDS
        and text not in _CURRENCY_CODES  # "his CHF account": the account's currency
        and fold(text) not in _OWN
    )


_CURRENCY_CODES = frozenset(CODES)


def _held_elsewhere(tokens: list[Token], keys: list[str], index: int, high: int) -> bool:
    """Right after the account, where it is held: "at Schwab", "i annan bank", "de la BCR",
    "di Maybank", or the bank's name itself ("son compte BNP"); never "with us"."""
    if index > high:
        return False
    if keys[index] in _HELD_AT:
        probe = index + 1
        while probe <= high and keys[probe] in _HELD_AT | _DETERMINERS:
            probe += 1  # "de la", "auprès de la"
        return not (
            probe > high or keys[probe] in _US or tokens[probe].text.upper().startswith("ACC")
        )
    return _bank_name(tokens[index]) and not tokens[index].text.upper().startswith("ACC")


def _after_determiners(tokens: list[Token], keys: list[str], start: int) -> str:
    """The word after up to two determiners from ``start`` ("son notaire", "his lawyer");
    the last determiner itself when nothing follows it in the clause ("to his son")."""
    word = ""
    for probe in range(start, min(len(tokens), start + 3)):
        if probe > start and tokens[probe - 1].trail.strip():
            break
        word = keys[probe]
        if word not in _DETERMINERS:
            break
    return word


def _at_another_bank(tokens: list[Token], keys: list[str], first: int, last: int) -> bool:
    """The claim's side of its clause names where the account is held, at another bank: "at
    HDFC", "i Handelsbanken", "di CIMB", "chez BNP" (never "with us", never "ACC-…")."""
    _, high = own_side(tokens, first, last)
    for index in range(last + 1, high):
        if keys[index] not in _HELD_AT:
            continue
        probe = index + 1
        while probe < high and keys[probe] in _HELD_AT | _DETERMINERS:
            probe += 1  # "de la", "at the"
        bank = tokens[probe]
        if keys[probe] in _OTHER or (
            _bank_name(bank) and not bank.text.upper().startswith("ACC") and keys[probe] not in _US
        ):
            return True
    return False


# A relative's, said with its genitive: "her son's account", "sonens konto".
_GENITIVES = ("'s", "’s")
_FAMILY_GENITIVES = frozenset(map(fold, "sonens dotterns barnens".split()))


def _payee(key: str) -> str | None:
    for ending in _GENITIVES:
        if key.endswith(ending) and key[: -len(ending)] in FAMILY:
            return "family"
    if key in _FAMILY_GENITIVES:
        return "family"
    if key in OUTSIDE:
        return "outside"
    if key in FAMILY:
        return "family"
    return None


# Right after a sum put in, the words saying into what: "masukkan RM 1 juta ke ASB",
# "put in £200k into his ISA", "RM 600 ribu dimasukkan ke dalam …".
_INTO = frozenset(map(fold, "ke into to în till på sur dans dalam mein में i".split()))


def names_where(tokens: list[Token], last: int) -> bool:
    """The words right after a sum put in (ending at ``last``) say where it went."""
    index = last + 1
    return index < len(tokens) and not tokens[last].trail.strip() and tokens[index].key in _INTO


# After a transfer's sum, these say it came in: "virement de 1,2 MCHF reçu", "wired $750k
# in", "överföring på 2 MNOK inkom", "transfer RM 1 juta diterima", "₹5 लाख आ गए".
RECEIVED_AFTER = _keys(
    "in|received|arrived|landed|came in|reçu|reçus|reçue|reçues|arrivé|arrivés|arrivée"
    "|inkom|inkommen|mottagen|mottogs|har kommit in|kom in|primit|primită|primiți|a intrat|au intrat"
    "|intrat|diterima|telah diterima|dah masuk|sudah masuk|masuk|mil gaye|aa gaye|aaye"
    "|मिल गए|आ गए|आ गया|आ गई|आए|aa gaya|aa gayi|प्राप्त|प्राप्त हुए"
)
# Words saying the money came to us (the firm), when no account is named.
TO_US = _keys(
    "to us|with us|chez nous|till oss|hos oss|la noi|kepada kami|ke kami|dengan kami"
    "|ke akaun kita|akaun kita|ke akaun kami|akaun kami|în contul nostru|contul nostru"
    "|sur notre compte|into our account|to our account|på vårt konto|हमारे अकाउंट में"
    "|hamare paas|हमारे पास|हमें|to the firm"
    # The client's own account is theirs with us: "a viré 2,5 M sur son compte".
    "|sur son compte|sur leur compte|into his account|into her account|to his account"
    "|to her account|into their account|på sitt konto|în contul său|ke akaun dia|ke akaunnya"
    "|in his account|in her account|in their account|in our account|către noi|spre noi"
    "|vers nous|auprès de nous"
)
# Where moved money came from ("transferred 750k from Coutts"), and words saying where it
# went: from elsewhere and to nowhere named, it came to us.
FROM_WORDS = _keys("from|från|dari|depuis|de chez|de la|din partea")
_SOURCE_ARTICLES = frozenset(map(fold, "the his her their la le les l' sa son ses leur".split()))
TOWARD_WORDS = frozenset(
    map(fold, "to into onto till tillbaka în la ke kepada à vers sur på al".split())
)

_TERM_DEPOSITS = frozenset(map(fold, "fd fds cat".split()))


def into_term_deposit(tokens: list[Token], first: int, last: int) -> bool:
    """Money moved into a term deposit ("₹40 lakh FD mein daale", "moved 1m into a fixed
    deposit"): a product, never a claim, so no question which way it went."""
    keys = [bare(token.key) for token in tokens]
    for index in range(max(0, first - 3), min(len(tokens), last + 4)):
        low, high = sorted((index, first if index > last else last))
        if clause_break(tokens, low, high):
            continue
        if (tokens[index].text in ("FD", "FDs", "CAT") and keys[index] in _TERM_DEPOSITS) or match(
            keys, index, PRODUCTS
        ):
            return True
    return False


# A sum said to go into an account the line names, with no verb: "EUR 2 mn into ACC-9603",
# "2 mkr in på ACC-9204", "2 mil lei in ACC-9302", "25 lakh ACC-9501 mein", "£150k into the
# GIA". The direction is the outcome word: a deposit, claimed only by the sum right before
# it and only when no other outcome word claims that sum. Words of motion ("into", "till")
# may follow any sum; words of place ("in", "sur", "mein") only one that opens its clause,
# as "holds 2m in ACC-…" is a holding, not money that came in. Malay "masuk" (in) and "ke"
# (to) before an account say into it: "SGD 400k masuk ACC-9402", "RM 500k ke ACC-6411"
# ("ke ASB", "ke FD" name no account: asked, or a product). "in to" and "on to" typed as
# two words are "into" and "onto" ("S$2m in to ACC-5176").
INTO_MOTION = _keys("into|onto|in to|on to|to|in på|in i|till|vers|spre|către|masuk|ke|masuk ke")
INTO_PLACE = _keys("in|în|på|sur|dans|în contul|in contul|sur le compte|on")
# Hindi puts the postposition after the account: "25 lakh ACC-9501 mein aaye".
INTO_AFTER = _keys("mein|में|me")
# Between the direction and the account: an article, a possessive, the word "account".
_TO_ACCOUNT_FILLERS = frozenset(
    map(
        fold,
        "the a an his her their our le la l' son sa leur notre sitt hans hennes deras vårt "
        "account compte konto kontot contul cont akaun".split(),
    )
)
# Accounts named by their kind, as the firm holds them for a client (written in capitals):
# "into the GIA", "in på ISK", "sur son PEA", "into her RRSP".
ACCOUNT_KINDS = frozenset("GIA ISA JISA LISA SIPP ISK KF PEA CTO IRA TFSA RRSP CELI REER".split())


def into_account_words(
    tokens: list[Token], free: list[bool], accounts: frozenset[int]
) -> list[OutcomeWord]:
    """Directions into an account named (token indices ``accounts``, or a kind of account):
    outcome words of kind "into", spanning the direction and the account."""
    keys = [bare(token.key) for token in tokens]
    found: list[OutcomeWord] = []
    for index in range(len(tokens)):
        if not free[index]:
            continue
        if index > 0 and index - 1 in accounts and match(keys, index, INTO_AFTER):
            if not tokens[index - 1].trail.strip():
                found.append(OutcomeWord("into_place", index - 1, index, False))
            continue
        motion, place = match(keys, index, INTO_MOTION), match(keys, index, INTO_PLACE)
        size = max(motion, place)
        if not size:
            continue
        probe = index + size
        while (
            probe < len(tokens) and probe - index - size < 2 and keys[probe] in _TO_ACCOUNT_FILLERS
        ):
            probe += 1
        if probe >= len(tokens) or any(t.trail.strip() for t in tokens[index:probe]):
            continue
        if probe in accounts or tokens[probe].text.rstrip(":n") in ACCOUNT_KINDS:
            kind = "into" if motion >= place else "into_place"
            found.append(OutcomeWord(kind, index, probe, False))
    return found


def into_account_kind(tokens: list[Token], last: int) -> bool:
    """The words right after a sum moved (ending at ``last``) say into a kind of account the
    firm offers, in capitals ("put in £200k into the ISA", "paid £50k into his SIPP"): money
    come to us, as "£150k into the GIA" is. Into a scheme outside the firm ("ke ASB", "into
    the PPF") they say nothing of the kind."""
    keys = [bare(token.key) for token in tokens]
    index = last + 1
    if index >= len(tokens) or tokens[last].trail.strip():
        return False
    size = match(keys, index, INTO_MOTION)
    if not size:
        return False
    probe = index + size
    while probe < len(tokens) and probe - index - size < 2 and keys[probe] in _TO_ACCOUNT_FILLERS:
        probe += 1
    return (
        probe < len(tokens)
        and not any(t.trail.strip() for t in tokens[index:probe])
        and tokens[probe].text.rstrip(":n") in ACCOUNT_KINDS
    )


# Before the account money left: "from", and Romanian "din", French "du"/"de" ("du compte
# ACC-…", "de ACC-… vers ACC-…").
_FROM_AN_ACCOUNT = FROM_WORDS | _keys("din|du|de")


def from_an_account(tokens: list[Token], first: int, last: int, accounts: frozenset[int]) -> bool:
    """Right after the claim of tokens ``first``..``last``, in its clause, the money is said
    to come from an account the line names (token indices ``accounts``): "moved 1m from
    ACC-1048 into ACC-1049". Money moved out of a client's own account with us is no new
    money, wherever it went. Not past "and": "deposited 1m … and moved 500k from ACC-…"."""
    keys = [bare(token.key) for token in tokens]
    for index in range(last + 1, min(len(tokens), last + 4)):
        if tokens[index - 1].trail.strip() or keys[index] in CONJUNCTIONS:
            return False
        size = match(keys, index, _FROM_AN_ACCOUNT)
        if not size:
            continue
        probe = index + size
        while (
            probe < len(tokens) and probe - index - size < 3 and keys[probe] in _TO_ACCOUNT_FILLERS
        ):
            probe += 1
        return probe in accounts and not any(t.trail.strip() for t in tokens[index:probe])
    return False


def opens_its_clause(tokens: list[Token], amount: Amount) -> bool:
    """Nothing but "and", "plus" before the sum in its clause: "…, 2 mil lei in ACC-9302"
    ("AUM: 5m in ACC-…" is a figure labelled, not a clause of its own)."""
    index = amount.first - 1
    while index >= 0 and not tokens[index].trail.strip() and tokens[index].key in CONJUNCTIONS:
        index -= 1
    return index < 0 or any(c in CLAUSE_END or c in "-–—" for c in tokens[index].trail)


def received(tokens: list[Token], last: int) -> bool:
    """Right after a sum moved, words saying it came in ("virement de 1,2 MCHF reçu", "wired
    $750k in +"): a deposit. "in" must end the clause, else it begins one ("in two tranches")."""
    keys = [token.key for token in tokens]
    index = last + 1
    if index >= len(keys) or tokens[last].trail.strip():
        return False
    size = match(keys, index, RECEIVED_AFTER)
    if not size:
        return False
    if keys[index] == "in" and size == 1:
        end = index + 1
        return (
            end >= len(keys)
            or bool(tokens[index].trail.strip())
            or keys[end] in CONJUNCTIONS
            or bool(match(keys, end, FROM_WORDS))  # "transferred £250k in from Coutts"
        )
    return True


# Right after a sum moved, "out": it left us ("transferred 500k€ out to his notaire").
_OUT_AFTER = frozenset(map(fold, "out ut keluar".split()))


def sent_out(tokens: list[Token], last: int) -> bool:
    """The sum moved, ending at ``last``, went out: no claim, and nothing to ask."""
    index = last + 1
    return (
        index < len(tokens) and not tokens[last].trail.strip() and tokens[index].key in _OUT_AFTER
    )


def to_us(tokens: list[Token], first: int, last: int) -> bool:
    """The clause of tokens ``first``..``last`` says the money came to us ("till oss")."""
    keys = [token.key for token in tokens]
    low, high = joined_clause(tokens, first, last)
    return any(match(keys, index, TO_US) for index in range(low, high + 1))


def from_elsewhere(tokens: list[Token], first: int, last: int) -> bool:
    """The clause says where the money came from and names nowhere it went: "transferred
    750k from Coutts" came to us; "from Coutts to Schwab" did not say so."""
    keys = [token.key for token in tokens]
    low, high = joined_clause(tokens, first, last)
    sources = [(i, match(keys, i, FROM_WORDS)) for i in range(first, high + 1)]
    sources = [(i, size) for i, size in sources if size]
    if not sources:
        return False
    inside_from = {i for index, size in sources for i in range(index, index + size)}
    # "depuis la Société Générale", "from the Coutts account": the source's own article.
    inside_from |= {
        i + 1 for i in list(inside_from) if i + 1 < len(keys) and keys[i + 1] in _SOURCE_ARTICLES
    }
    # Where it went, said around the claim, not inside it ("a viré": that "a" is "has").
    around = [*range(low, first), *range(last + 1, high + 1)]
    return not any(keys[i] in TOWARD_WORDS and i not in inside_from for i in around)


def taken_out(tokens: list[Token], keys: list[str], amount: Amount) -> bool:
    """A sum right after a word of money going out ("a retiré 300k€", "tog ut 1 mkr") or
    moved inside the firm ("virement interne de 300 k€")."""
    for start in range(max(0, amount.first - 4), amount.first):
        size = match(keys, start, OUTGOING) or match(keys, start, INTERNAL)
        if (
            size
            and start + size >= amount.first - 1
            and not clause_break(tokens, start, amount.first)
        ):
            return True
    return False


# How far after its claim an account may be named when only the claim's own words of where
# it went and came from stand between ("moved €1.2m to us from BNP into ACC-10379").
_ACCOUNT_REACH = 10


_DIRECTION_WORDS = frozenset(
    word
    for table in (INTO_MOTION, INTO_PLACE, FROM_WORDS, TO_US, _FROM_AN_ACCOUNT)
    for phrase in table
    for word in phrase
)


def account_after(tokens: list[Token], last: int, index: int, outcome_keys: frozenset[str]) -> bool:
    """The account at token ``index`` is the claim's ending at ``last``, though further than
    the words of a clause or past a comma: between them only words of where the money came
    from and went ("to us from BNP into", "de son PEA chez Boursorama vers nous"), no other
    sum and no outcome word (``outcome_keys``); and past a comma, a clause that is only the
    direction into the account (", sur ACC-10358")."""
    if not last < index <= last + _ACCOUNT_REACH:
        return False
    keys = [bare(token.key) for token in tokens]
    between = range(last + 1, index)
    if any(
        any(c.isdigit() for c in tokens[i].text)
        or (keys[i] in outcome_keys and keys[i] not in _DIRECTION_WORDS)
        for i in between
    ):
        return False
    breaks = [i for i in range(last, index) if any(c in CLAUSE_END for c in tokens[i].trail)]
    if not breaks:
        return True
    if len(breaks) > 1:
        return False
    probe = breaks[0] + 1  # the account's clause: a direction, fillers, the account
    size = match(keys, probe, INTO_MOTION) or match(keys, probe, INTO_PLACE)
    if not size:
        return False
    probe += size
    while probe < index and keys[probe] in _TO_ACCOUNT_FILLERS:
        probe += 1
    return probe == index


# Between the client's own accounts: "moved $200k between her own accts", "entre ses deux
# comptes", "mellan sina egna konton", "între conturile lui", "antara akaun sendiri", "apne
# do accounts ke beech". Hindi puts "between" after the accounts.
BETWEEN = _keys("between|entre|mellan|între|intre|antara|di antara")
BETWEEN_AFTER = _keys("ke beech|ke bich|ke bech|के बीच|ke darmiyan|के दरमियान")
# The accounts' own: a possessive, "own", or how many of them there are ("his two accounts").
_THEIR_OWN = _OWN | frozenset(
    map(
        fold,
        "own egna egen eget propres propre proprii proprie sendiri khud apne two both deux "
        "två båda două ambele dua kedua-dua kedua do dono".split(),
    )
)
_PLURAL_ACCOUNTS = _ACCOUNT_NOUNS | frozenset(
    map(
        fold,
        "accts acct a/c a/cs konton kontona konti conturi conturile conturilor akaun-akaun "
        "accounts khaton खातों".split(),
    )
)
_BETWEEN_REACH = 4  # words between "between" and the accounts ("between her own two accts")


def between_own_accounts(tokens: list[Token], first: int, last: int) -> bool:
    """The claim of tokens ``first``..``last`` moved money between the client's own accounts,
    said on its side of the clause (not past an "and" or another sum): no new money, no
    claim and nothing to ask. The accounts must be the client's ("her", "own", "sina",
    "lui", "sendiri", "apne"): "between accounts" alone says not whose."""
    low, high = own_side(tokens, first, last)
    keys = [""] * len(tokens)  # only the claim's side is read
    keys[low : high + 1] = [_key(token) for token in tokens[low : high + 1]]
    for index in range(low, high + 1):
        size = match(keys, index, BETWEEN)
        if size:
            words = _accounts_after(keys, index + size, high)
            if words is not None and any(word in _THEIR_OWN for word in words):
                return True
        size = match(keys, index, BETWEEN_AFTER)
        if size and index > low and keys[index - 1] in _PLURAL_ACCOUNTS:
            before = keys[max(low, index - 1 - _BETWEEN_REACH) : index - 1]
            if any(word in _THEIR_OWN for word in before):
                return True
    # From one of them to another: "de son compte-titres vers son PEA chez nous", "from
    # his ISA into his SIPP" (neither held at another bank).
    sources = [i for i in range(low, high + 1) if match(keys, i, _FROM_AN_ACCOUNT) == 1]
    targets = [i for i in range(low, high + 1) if keys[i] in TOWARD_WORDS | _INTO]
    return any(_ours(tokens, keys, i + 1, high) for i in sources) and any(
        _ours(tokens, keys, i + 1, high) for i in targets
    )


def _ours(tokens: list[Token], keys: list[str], start: int, high: int) -> bool:
    """At ``start``, the client's own account with us: a possessive, the account ("son
    compte-titres", "his ISA", "son PEA chez nous"), held at no other bank."""
    noun = start
    while noun <= high and (keys[noun] in _THEIR_OWN or keys[noun] in _DETERMINERS):
        noun += 1
    if noun > high:
        return False
    owned = any(keys[i] in _THEIR_OWN for i in range(start, noun))
    # Named by its currency or its type: "her USD acct", "his savings account".
    if noun < high and (tokens[noun].text in _CURRENCY_CODES or keys[noun] in _ACCOUNT_TYPES):
        noun += 1
    text = tokens[noun].text
    if fold(text.split("-")[0]) not in _PLURAL_ACCOUNTS and text.rstrip(":n") not in ACCOUNT_KINDS:
        return False
    after = noun + 1
    if after <= high and tokens[after].text in _CURRENCY_CODES:
        after += 1  # "son compte EUR vers son compte CHF", "akaun USD dia"
    if not owned and after <= high and keys[after] in _THEIR_OWN:
        owned, after = True, after + 1  # "contul lui", "akaun MYR dia"
    if (
        after + 1 <= high
        and keys[after] in _HELD_AT | _INTO
        and tokens[after + 1].text in _CURRENCY_CODES
    ):
        after += 2  # "konto i EUR", "contul lui în EUR": its currency, not a bank
    if not owned:
        return False
    return not _held_elsewhere(tokens, keys, after, high) and not any(
        keys[i] in _OTHER for i in range(start, noun)
    )


# Kinds of account said before the noun: "her savings account", "his checking acct".
_ACCOUNT_TYPES = frozenset(
    map(
        fold,
        "savings checking current brokerage investment joint custody spar lønn "
        "economii curent simpanan semasa bachat".split(),
    )
)


def _accounts_after(keys: list[str], start: int, high: int) -> list[str] | None:
    """The words from ``start`` to the accounts and the possessive after them ("her own
    accts", "conturile lui", "akaun sendiri"), or None if no account noun comes."""
    for noun in range(start, min(high, start + _BETWEEN_REACH) + 1):
        if keys[noun] in _PLURAL_ACCOUNTS:
            after = keys[noun + 1 : min(high, noun + 2) + 1]
            return keys[start:noun] + after
        if keys[noun] not in _THEIR_OWN and keys[noun] not in _DETERMINERS:
            return None
    return None


def own_side(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """Tokens ``first``..``last`` widened to their clause, but not past an "and", a "but" or
    another figure: "paid £85k out to her builder and moved $200k between her own accts"
    gives each sum its own side."""
    low, high = first, last
    while (
        low > 0
        and not tokens[low - 1].trail.strip()
        and tokens[low - 1].key not in CONJUNCTIONS | CONTRASTS
        and not any(c.isdigit() for c in tokens[low - 1].text)
    ):
        low -= 1
    while (
        high < len(tokens) - 1
        and not tokens[high].trail.strip()
        and tokens[high + 1].key not in CONJUNCTIONS | CONTRASTS
        and not any(c.isdigit() for c in tokens[high + 1].text)
    ):
        high += 1
    return low, high

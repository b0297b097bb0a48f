"""Where money paid or put in went, when the line says it went to someone: a payee outside
the firm, or a member of the client's family.

A deposit is money that came to us. "a versé 500 000 € à son notaire", "transferred £200k
to his solicitor", "a depus 500.000 lei la notar", "bayar RM 2 juta kepada peguam",
"10 lakh vakil ko bheje": the sum went to a notary, a lawyer, a seller, a developer or the
tax office, none of them the firm, so it is no claim and nothing to ask ("money moved out
is no claim"). Paid to a son or a daughter ("versement de 300k à sa fille") it may have
stayed in the household, on an account with us, or not: asked, never guessed.

Pure code over the line's tokens: ``bot.parsing.contact`` asks, claim by claim.
"""

from __future__ import annotations

from bot.parsing.tokens import Token, fold

# Before the payee: to, at the office of ("chez le notaire", "hos advokaten", "la notar").
_TO_SOMEONE = frozenset(
    map(fold, "to à au aux chez till hos la lui către catre kepada pada ke untuk".split())
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
        return _payee(keys[after])  # "a depus 50.000 lei fiului" (to his son)
    for index in range(last + 1, min(len(tokens), last + 4)):
        if tokens[index - 1].trail.strip():
            break
        if keys[index] not in _TO_SOMEONE:
            continue
        found = _payee(_after_determiners(tokens, keys, index + 1))
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
    return None


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


def _payee(key: str) -> str | None:
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


__all__ = ["FAMILY", "OUTSIDE", "names_where", "paid_to"]

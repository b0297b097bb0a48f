"""Sums joined in one clause: a second sum after "and" is claimed by the first one's word.

"a depus 1.000.000 lei în ACC-3201 și 200.000 EUR în ACC-3202" is two deposits, each with
its account; "USD 1.2 million ACC-9513 mein aur 30 lakh ACC-9512 mein jama", where the word
comes last, too; "2 crore INR pledge kiya aur $200k bhi" with "too". A breakdown in
brackets ("deposited 1m (500k + 500k)") is one deposit.
"""

from __future__ import annotations

from bot.parsing.amounts import Amount
from bot.parsing.clauses import CONJUNCTIONS, clause_break
from bot.parsing.clauses import OF_WORDS as _OF
from bot.parsing.no_claim import RETRACTION_WORDS
from bot.parsing.outcome_lexicon import OUTCOME_KEYS, OUTGOING
from bot.parsing.outcome_words import ClaimReading
from bot.parsing.tokens import Token, fold

_ANOTHER = frozenset(
    map(fold, "another a further un une autre encore încă inca ytterligare lagi".split())
)


def joined(
    tokens: list[Token], amounts: list[Amount], taken: set[int], found: list[ClaimReading]
) -> list[ClaimReading]:
    """ "a depus 1.000.000 lei în ACC-3201 și 200.000 EUR": the second sum, joined by
    "and" right after the first claim's words, is claimed by the same word."""
    more: list[ClaimReading] = []
    for a, amount in enumerate(amounts):
        if a in taken or not amount.marked or amount.first == 0:
            continue
        before = amount.first - 1
        while (
            before > 0
            and (tokens[before].key in _ANOTHER or tokens[before].key in _OF)
            and amount.first - before <= 2
        ):
            before -= 1  # "and another $1m", "și încă 200.000 EUR", "et de 200 k$"
        if tokens[before].key not in CONJUNCTIONS or before == 0:
            continue
        if _word_of_its_own(tokens, amount):
            continue  # "pledged €2m from the sale and £500k withdrawn"
        for claim in [*found, *more]:
            if claim.amount.last < before and not clause_break(tokens, claim.amount.last, before):
                between = before - claim.amount.last - 1
                # Only the claim's own words between ("în ACC-3201"), no other sum:
                # "deposited 1m (500k + 500k)" is one deposit and its breakdown.
                other = any(claim.amount.last < a.first < before for a in amounts)
                if between <= 3 and claim.amount.first > claim.word.last and not other:
                    more.append(ClaimReading(claim.kind, amount, claim.word, joined=True))
                    break
                if _also_after(tokens, claim, amount, before) and not other:
                    more.append(ClaimReading(claim.kind, amount, claim.word, joined=True))
                    break
                if not other and (
                    _its_own_phrase(tokens, claim, amount, before)
                    or _participles(tokens, claim, amount, before)
                ):
                    more.append(ClaimReading(claim.kind, amount, claim.word, joined=True))
                    break
    more += _joined_before(tokens, amounts, taken, found)
    return more


_INTO = frozenset(map(fold, "mein में me ke into to in în till på sur dans ko को par पर".split()))
# "… aur $200k bhi": "too" closing a sum joined after a claim whose word follows its sum.
_ALSO = frozenset(map(fold, "bhi भी also too juga aussi också".split()))


def _also_after(tokens: list[Token], claim: ClaimReading, amount: Amount, joiner: int) -> bool:
    """ "2 crore INR pledge kiya aur $200k bhi": the word comes after the first sum, right
    before "and"; the second sum, closed by "too", is claimed by it as well. Without the
    "too" it may be the start of another outcome ("aur $200k withdraw kiya"), not joined."""
    after = amount.last + 1
    return (
        claim.word.first > claim.amount.last
        and claim.word.last < joiner
        and joiner - claim.amount.last - 1 <= 3
        and amount.first == joiner + 1
        and after < len(tokens)
        and not tokens[amount.last].trail.strip()
        and tokens[after].key in _ALSO
    )


def _joined_before(
    tokens: list[Token], amounts: list[Amount], taken: set[int], found: list[ClaimReading]
) -> list[ClaimReading]:
    """ "USD 1.2 million ACC-9513 mein aur 30 lakh ACC-9512 mein jama": where the word comes
    last, the first sum, joined by "and" right before the claim's sum, is claimed by it."""
    more: list[ClaimReading] = []
    for a, amount in enumerate(amounts):
        if a in taken or not amount.marked:
            continue
        for claim in found:
            if not amount.last < claim.amount.first < claim.word.first:
                continue
            joiner = claim.amount.first - 1
            if tokens[joiner].key not in CONJUNCTIONS or clause_break(
                tokens, amount.last, claim.word.first
            ):
                continue
            # Only the first sum's own account between ("ACC-9513 mein"): never "200k withdrawn
            # and 500k deposited", whose first sum has a word of its own.
            between = tokens[amount.last + 1 : joiner]
            own = all(any(c.isdigit() for c in t.key) or t.key in _INTO for t in between)
            if len(between) <= 3 and own:
                more.append(ClaimReading(claim.kind, amount, claim.word, joined=True))
                break
    return more


# Words opening what a sum is said to be from, for or where it went: "pledged €2m from the
# Lisbon sale and £500k from his bonus", "a promis 1 M€ pour le fonds et 500 k€ …".
_ITS_OWN = frozenset(
    map(
        fold,
        "from for to into of de du des pour sur vers chez från för till av på din pentru la "
        "în de la dari untuk ke daripada se ke liye".split(),
    )
)
_PHRASE_REACH = 6  # words of that phrase


def _its_own_phrase(tokens: list[Token], claim: ClaimReading, amount: Amount, joiner: int) -> bool:
    """Between the claim's sum and "and", the sum's own phrase of where it came from or
    went ("from the Lisbon sale"), of a few words, none of them an outcome word; the second
    sum said the same way, followed by nothing or by such a phrase ("and £500k from his
    bonus"; never "and £500k withdrawn", which has a word of its own)."""
    between = tokens[claim.amount.last + 1 : joiner]
    after = amount.last + 1
    closes = (
        after >= len(tokens)
        or clause_break(tokens, amount.last, after)
        or tokens[after].key in _ITS_OWN
        or tokens[after].key in CONJUNCTIONS
    )
    return (
        claim.amount.first > claim.word.last
        and 0 < len(between) <= _PHRASE_REACH
        and between[0].key in _ITS_OWN
        and not any(
            token.key in OUTCOME_KEYS and token.key not in _ITS_OWN for token in between[1:]
        )
        and closes
    )


def _account_words(tokens: list[Token]) -> bool:
    """Only an account and the words into it ("în ACC-10527", "sur ACC-…", "ACC-9513 mein")."""
    return all(any(c.isdigit() for c in t.key) or t.key in _INTO for t in tokens)


def _participles(tokens: list[Token], claim: ClaimReading, amount: Amount, joiner: int) -> bool:
    """ "75.000 euro virați în ACC-10527 și 200.000 lei în ACC-10526", "400k reçus sur ACC-1
    et 200k sur ACC-2": the word right after the first sum, then its account; the second sum,
    after "and", followed by nothing but its own account (else it may have a word of its
    own: "… și 200.000 lei retrași")."""
    word = claim.word
    if word.first != claim.amount.last + 1 or tokens[claim.amount.last].trail.strip():
        return False
    after_word = tokens[word.last + 1 : joiner]
    if len(after_word) > 3 or not _account_words(after_word):
        return False
    end = amount.last
    while end + 1 < len(tokens) and not clause_break(tokens, end, end + 1):
        end += 1
    return len(tokens[amount.last + 1 : end + 1]) <= 3 and _account_words(
        tokens[amount.last + 1 : end + 1]
    )


_OWN_WORDS = (
    (OUTCOME_KEYS | RETRACTION_WORDS | frozenset(word for phrase in OUTGOING for word in phrase))
    - _ITS_OWN
    - _INTO
    - CONJUNCTIONS
)


def _word_of_its_own(tokens: list[Token], amount: Amount) -> bool:
    """Right after the sum, a word of money of its own ("£500k withdrawn", "200.000 lei
    retrași"): the sum is that word's, not joined to the claim before."""
    after = amount.last + 1
    return (
        after < len(tokens)
        and not tokens[amount.last].trail.strip()
        and tokens[after].key in _OWN_WORDS
    )

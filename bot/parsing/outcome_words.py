"""Finding the outcome words of a line that are affirmed, and what kind of claim each makes.

The words are ``bot.parsing.outcome_lexicon``'s; here they are found in the line's free
tokens, skipped when negated, hedged, part of a product's name ("fixed deposit") or a
management mandate's ("mandat de gestion"), and joined when one promises the other
("promised to deposit £1m" is a pledge). A fee is a mandate's only beside a mandate won.
An English outcome word typed with one typo ("commited") is read as that word; a word
that only looks like one ("komiten", "transfered") makes its sum asked about.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.parsing.amounts import Amount
from bot.parsing.clauses import bare as _bare
from bot.parsing.clauses import match as _match
from bot.parsing.no_claim import HEDGES, NEGATORS, RETRACTION_WORDS, conditional_mood
from bot.parsing.no_claim import mandate_lost as _mandate_lost
from bot.parsing.no_claim import negated as _negated
from bot.parsing.outcome_lexicon import (
    ARRIVED,
    DEPOSIT,
    FEE,
    INTERNAL,
    MANDATE,
    MANDATE_FEES,
    MONEY_VERBS,
    NOT_MANDATES,
    OUTCOME_KEYS,
    OUTGOING,
    PAID,
    PLEDGE,
    PRODUCTS,
    PUT,
    PUT_IN,
    QUALIFIERS,
    RECEIVED,
    ROLLED,
    TRANSFERS,
)
from bot.parsing.tokens import Token, fold


@dataclass(frozen=True)
class OutcomeWord:
    # deposit | pledge | mandate | transfer (a deposit if to us) | arrived, put (deposits when
    # right by their sum) | received (a deposit right after its sum, else asked) | put_in (a deposit unless put somewhere named) | paid | unclear
    kind: str
    first: int
    last: int
    devanagari: bool


@dataclass(frozen=True)
class ClaimReading:
    """A claim as the line states it; currency and account are settled with the client."""

    kind: str
    amount: Amount
    word: OutcomeWord
    joined: bool = False  # claimed by the word of the sum before it ("… și 200.000 EUR")
    # The sum is the whole of the clause after the word's ("moved his ISA to us, £3.4m"):
    # where the money went is said in the word's clause, which is the claim's.
    sum_after: bool = False

    @property
    def first(self) -> int:
        if self.sum_after:
            return self.word.first
        return self.amount.first if self.joined else min(self.word.first, self.amount.first)

    @property
    def last(self) -> int:
        if self.sum_after:
            return self.word.last
        return self.amount.last if self.joined else max(self.word.last, self.amount.last)


def outcome_words(tokens: list[Token], free: list[bool]) -> list[OutcomeWord]:
    """Outcome words that are affirmed: not negated, hedged, or part of a product name."""
    keys = [_bare(token.key) for token in tokens]
    found: list[OutcomeWord] = []
    # A fee is a mandate's only beside a mandate won: not one lost, refused or hoped for.
    has_mandate = any(
        ((size := _match(keys, i, MANDATE, hyphen_tail=True)) and not _mandate_excluded(keys, i))
        and not _mandate_lost(tokens, keys, i, i + size - 1)
        or _match(keys, i, MANDATE_FEES)
        for i in range(len(keys))
    )
    index = 0
    while index < len(tokens):
        if not free[index]:
            index += 1
            continue
        compound = _match(keys, index, MANDATE_FEES)
        if compound and not _negated(tokens, keys, index, index + compound - 1):
            found.append(OutcomeWord("mandate", index, index + compound - 1, False))
            index += compound
            continue
        mandate_phrase = _match(keys, index, MANDATE, hyphen_tail=True)
        fee_before = bool(found) and found[-1].kind == "mandate" and found[-1].last >= index - 2
        if mandate_phrase and fee_before:
            index += mandate_phrase  # "yuran mandat RM 800 ribu": the fee of the mandate
            continue
        if mandate_phrase and _match(keys, index + mandate_phrase, FEE):
            index += mandate_phrase  # "5 crore ka mandate fee": the fee word claims the sum
            continue
        if mandate_phrase and _mandate_lost(tokens, keys, index, index + mandate_phrase - 1):
            index += mandate_phrase  # "mandate lost, fees 2 crore": nothing won, nothing to ask
            continue
        if mandate_phrase and not _mandate_excluded(keys, index):
            # A sum by a mandate and no fee word ("mandate won worth 2m"): is it the fee?
            # Asked about, unless a fee word claims it first.
            found.append(OutcomeWord("unclear", index, index + mandate_phrase - 1, False))
            index += mandate_phrase
            continue
        if mandate_phrase:
            index += mandate_phrase
            continue
        outgoing = _match(keys, index, OUTGOING) or _match(keys, index, INTERNAL)
        if outgoing:
            index += outgoing
            continue
        # "flyttade han in 2 mkr": the verb with its particle, over "flyttade" alone.
        kind, size = _split_verb(tokens, keys, index)
        for table, name in (
            (DEPOSIT, "deposit"),
            (PLEDGE, "pledge"),
            (FEE, "mandate"),
            (PUT_IN, "put_in"),
            (TRANSFERS, "transfer"),
            (RECEIVED, "received"),
            (MONEY_VERBS, "unclear"),
            (ROLLED, "transfer"),
            (ARRIVED, "arrived"),
            (PUT, "put"),
            (PAID, "paid"),
        ):
            if kind is not None:
                break
            size = _match(keys, index, table)
            if size:
                kind = name
                break
        if kind is None:
            kind = _misspelt(keys[index])
            size = 1 if kind else 0
        negated_inside = (
            keys[index] in ("satte", "satter", "satt")
            and index + 2 < len(keys)
            and (keys[index + 1] in NEGATORS and keys[index + 2] == "in")
        )  # "satte INTE in"
        if negated_inside:
            index += 3
            continue
        if kind is None:
            index += 1
            continue
        if kind == "mandate" and not has_mandate:
            index += size
            continue
        if kind == "deposit" and (
            _is_product(keys, index, size) or _down_payment(keys, index, index + size - 1)
        ):
            index += size
            continue
        if _negated(tokens, keys, index, index + size - 1) or (
            kind == "put_in" and index > 0 and keys[index - 1] == "to"
        ):  # "asked her to put in £200k": not done yet
            index += size
            continue
        if kind == "transfer" and _in_after(tokens, keys, index + size - 1):
            # "dia dah transfer masuk RM 250k": moved in, the word after says so.
            kind, size = "deposit", size + 1
        devanagari = any("\u0900" <= c <= "\u097f" for c in keys[index])
        found.append(OutcomeWord(kind, index, index + size - 1, devanagari))
        index += size
    return _promised_to(keys, found, tokens)


# Words a verb and its particle may hold between them, the subject in an inverted clause
# or an adverb: "sedan satte han in 500 tkr", "satte också in 2 mkr", "har hon satt in",
# "förde de över 750 tkr", "transfer dia masuk RM 250k".
_BETWEEN_VERB_AND_PARTICLE = frozenset(
    map(
        fold,
        "han hon hen de dom vi ni jag man den det också även dessutom ytterligare sen sedan "
        "dia mereka beliau pun".split(),
    )
)
_SPLIT_TABLES = (
    (DEPOSIT, "deposit"),
    (PUT_IN, "put_in"),
    (TRANSFERS, "transfer"),
    (MONEY_VERBS, "unclear"),
)


def _split_verb(tokens: list[Token], keys: list[str], index: int) -> tuple[str | None, int]:
    """An outcome word written as a verb and its particle with a word between ("satte han
    in", "förde hon över"): the kind and how many tokens it spans, else (None, 0). The
    in-between word is only a subject or an adverb, nothing of punctuation between."""
    between = index + 1
    if between + 1 >= len(keys) or keys[between] not in _BETWEEN_VERB_AND_PARTICLE:
        return None, 0
    if tokens[index].trail.strip() or tokens[between].trail.strip():
        return None, 0
    for tail in (3, 2, 1):
        phrase = (keys[index], *keys[between + 1 : between + 1 + tail])
        if len(phrase) != tail + 1:
            continue
        for table, name in _SPLIT_TABLES:
            if phrase in table:
                return name, tail + 2
    return None, 0


# Right after a word of moving money, Malay "masuk" (in): "transfer masuk", "pindahkan masuk".
_IN_AFTER = frozenset(map(fold, "masuk".split()))


def _in_after(tokens: list[Token], keys: list[str], last: int) -> bool:
    """The word right after token ``last`` (nothing between) says the money moved in."""
    after = last + 1
    return after < len(keys) and not tokens[last].trail.strip() and keys[after] in _IN_AFTER


def _promise_of(tokens: list[Token], keys: list[str], word: OutcomeWord, verb: OutcomeWord) -> bool:
    """The verb right after the promise, in its clause, perhaps after "to" ("promised to
    deposit £1m", "berjanji deposit RM 2 juta"): what was promised, so a pledge."""
    between = range(word.last + 1, verb.first)
    if len(between) > 1 or any(tokens[i].trail.strip() for i in range(word.last, verb.first)):
        return False
    return all(keys[i] in _PROMISE_LINKS for i in between)


# "USD 5 million transfer karne ka promise kiya", "50 लाख जमा करने का वादा": a promise to
# move money is the pledge, and its sum stands before the verb, in Hindi's order.
_TO_DO = frozenset(map(fold, "karne करने".split()))
_TO_DO_OF = frozenset(map(fold, "ka ki ke का की के".split()))


# Between a promise and the verb promised: "promised to deposit", "berjanji untuk masukkan",
# "lovade att sätta in", "a promis să depună" ("à" folds to "a").
_PROMISE_LINKS = frozenset(map(fold, "to de d' à a să sa att untuk".split()))
# Money moved, put or paid: what a promise right before it promises ("promised to deposit
# £1m" is a pledge of £1m, not a deposit).
_PROMISABLE = frozenset(("deposit", "put_in", "transfer", "put", "paid", "unclear"))


def _promised_to(
    keys: list[str], words: list[OutcomeWord], tokens: list[Token] | None = None
) -> list[OutcomeWord]:
    out: list[OutcomeWord] = []
    skip: set[int] = set()
    for number, word in enumerate(words):
        if number in skip:
            continue
        following = words[number + 1] if number + 1 < len(words) else None
        if (
            tokens is not None
            and word.kind == "pledge"
            and following is not None
            and following.kind in _PROMISABLE
            and _promise_of(tokens, keys, word, following)
        ):
            out.append(OutcomeWord("pledge", word.first, following.last, word.devanagari))
            skip.add(number + 1)
            continue
        if (
            word.kind != "pledge"
            and following is not None
            and following.kind == "pledge"
            and following.first == word.last + 3
            and keys[word.last + 1] in _TO_DO
            and keys[word.last + 2] in _TO_DO_OF
        ):
            out.append(OutcomeWord("pledge", following.first, following.last, True))
            skip.add(number + 1)
            continue
        out.append(word)
    return out


_ENGLISH_OUTCOMES = {
    "deposit": "deposit",
    "deposited": "deposit",
    "pledged": "pledge",
    "committed": "pledge",
    "commitment": "pledge",
}


def _misspelt(key: str) -> str | None:
    """ "commited", "depositted", "plegded": an English outcome word with one typo is that
    word (only English: other languages' inflections sit one letter from ours)."""
    if len(key) < 7 or not key.isascii() or not key.isalpha():
        return None
    from rapidfuzz.distance import OSA

    for word, name in _ENGLISH_OUTCOMES.items():
        if word[0] == key[0] and OSA.distance(key, word) <= 1:
            return name
    return None


# A deposit put down on something bought is money placed elsewhere: "put down a £200k
# deposit on a villa" (not money deposited with us; "deposit on the 3rd" is a day).
_PUT_DOWN = frozenset(map(fold, "down".split()))
_ON_BOUGHT = frozenset(map(fold, "on".split()))
_BOUGHT_ARTICLES = frozenset(map(fold, "a an his her their".split()))


def _down_payment(keys: list[str], first: int, last: int) -> bool:
    after = last + 1
    if after + 1 < len(keys) and keys[after] in _ON_BOUGHT:
        return keys[after + 1] in _BOUGHT_ARTICLES
    return any(keys[index] in _PUT_DOWN for index in range(max(0, first - 4), first))


def _mandate_excluded(keys: list[str], index: int) -> bool:
    """A management mandate ("mandat de gestion", "gestion sous mandat"), named around it."""
    return any(
        (size := _match(keys, start, NOT_MANDATES)) and start + size > index
        for start in range(max(0, index - 2), index + 1)
    )


def _is_product(keys: list[str], index: int, size: int) -> bool:
    return any(start >= 0 and _match(keys, start, PRODUCTS) for start in (index - 1, index))


_STEM = 5  # letters an inflection shares with an outcome word ("engagés", "engagement")


def looks_like_outcome(key: str) -> bool:
    """A word that is not an outcome word but looks like one: one typo away ("transfered",
    "komited"), or an inflection of one ("engagés" of "engagement", "depozitat")."""
    key = _bare(key)
    if len(key) < _STEM or not key.isalpha() or key in OUTCOME_KEYS:
        return False
    if key in HEDGES or key in NEGATORS or key in RETRACTION_WORDS:
        return False  # "funderar" (is thinking of) is no "fund", "membatalkan" no "membawa"
    if conditional_mood(key):
        return False  # "elle verserait 1 M€" (would deposit): hedged, as "would deposit" is
    from rapidfuzz.distance import OSA

    for word in OUTCOME_KEYS - QUALIFIERS:
        if len(word) < _STEM or word[0] != key[0]:
            continue
        if key[:_STEM] == word[:_STEM] or OSA.distance(key, word) <= 1:
            return True
    return False

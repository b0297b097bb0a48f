"""Outcome words and the sums they claim: deposit, pledge, mandate fee, in six languages.

Each outcome word (``bot.parsing.outcome_words``) takes the nearest sum of its clause
(after it in most languages, before it in Hindi: "50 लाख जमा किए"), each sum one word;
a bare number only right after its word, and never a rate, a per-unit figure or a
reference. A sum joined by "and" to a claimed one is a second claim of that kind
(``bot.parsing.joined_sums``). A sum on a condition, negated or cancelled is none
(``bot.parsing.no_claim``); where money moved is ``bot.parsing.destinations``'s. With no
verb, a sum right before a direction into an account named ("EUR 2 mn into ACC-9603") is
a deposit. A vague or malformed sum an outcome word claims ("quelques centaines de k€",
"1.2.5 juta") is reported, to be asked about, and so is a sum next to a word that only
looks like an outcome word ("komiten", "transfered"): a claim missed is pay missed, so the
reader asks rather than drop it unsaid.

The names ``bot.parsing.contact`` reads are importable from here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from bot.parsing.amounts import PER, Amount, per_unit
from bot.parsing.clauses import CONJUNCTIONS, clause_break
from bot.parsing.clauses import OF_WORDS as _OF
from bot.parsing.clauses import match as _match
from bot.parsing.destinations import (
    between_own_accounts,
    from_an_account,
    from_elsewhere,
    into_account_kind,
    into_account_words,
    into_term_deposit,
    opens_its_clause,
    received,
    sent_out,
    taken_out,
    to_us,
)
from bot.parsing.joined_sums import joined
from bot.parsing.no_claim import (
    HEDGES,
    HINDI_FUTURE,
    NEGATORS,
    conditional,
    negated,
    taken_back_later,
)
from bot.parsing.outcome_lexicon import (
    CLAIM_KINDS,
    DEPOSIT,
    FEE,
    MANDATE,
    MANDATE_FEES,
    MONEY_VERBS,
    OUTCOME_KEYS,
    PLEDGE,
    PRODUCTS,
    SUM_OWNERS,
)
from bot.parsing.outcome_words import ClaimReading, OutcomeWord, looks_like_outcome, outcome_words
from bot.parsing.tokens import Token, fold

BARE_MINIMUM = Decimal(100)  # a number with no currency or multiplier must be at least this
MAX_GAP = 4  # words between an outcome word and its sum


@dataclass(frozen=True)
class Vague:
    """A sum claimed with words that give no figure ("ett par miljoner", "कुछ करोड़")."""

    first: int
    last: int


def _gap(tokens: list[Token], word: OutcomeWord, amount: Amount) -> int | None:
    """Words between an outcome word and a sum of the same clause, or None."""
    if amount.first > word.last:
        low, high = word.last, amount.first
        after = True
    elif amount.last < word.first:
        low, high = amount.last, word.first
        after = False
    else:
        return None
    if clause_break(tokens, low, high):
        return None
    gap = high - low - 1
    if gap > MAX_GAP:
        return None
    if not amount.marked and (not after or gap > 2):
        return None  # "deposited 5000" only right after its word
    # Latin scripts put the sum after the verb, Hindi before: that order wins a tie.
    preferred = after != word.devanagari
    # "50 lakh rupaye ka vaada aur USD 100k … jama": a sum past "and" from its word is
    # another item's, so any sum of the word's own side of the "and" comes first.
    joined = any(token.key in CONJUNCTIONS for token in tokens[low + 1 : high])
    return gap * 2 + (0 if preferred else 1) + (_PAST_AND if joined else 0)


_PAST_AND = 2 * (MAX_GAP + 1)  # more than any gap of a pair with no "and" between


# A bare number right after these is a reference, never a sum ("wire ref 44812").
REFERENCES = frozenset(
    map(fold, "ref ref. reference réf réf. référence referens ref.nr nr no no. number n° #".split())
)


def _reference(tokens: list[Token], amount: Amount) -> bool:
    return (
        not amount.marked
        and amount.first > 0
        and tokens[amount.first - 1].key.rstrip(":") in REFERENCES
    )


# Which words claim a sum first: outcome words, then a direction into an account ("2m
# into ACC-…" claims only what no verb claimed), then money verbs that only ask.
_INTO_KINDS = ("into", "into_place")
_RANKS = {"into": 1, "into_place": 1, "unclear": 2}
# Money moved or sent is in a currency or a size ("sent the 2025 K-1s": a year).
_MARKED_ONLY = frozenset(
    ("unclear", "transfer", "arrived", "received", "paid", "put_in", *_INTO_KINDS)
)


def _came_in(tokens: list[Token], word: OutcomeWord, amount: Amount) -> bool:
    """ "…, 400 000 CHF reçus sur ACC-…": received right after a sum that opens its clause
    is money that came in. After a sum said of something ("dividends of $50k received",
    "fixed deposit of $300k received") it is asked, or a product's figure."""
    return _right_before(tokens, amount, word) and opens_its_clause(tokens, amount)


def _came_in_before(tokens: list[Token], words: list[OutcomeWord], amount: Amount) -> bool:
    """ "au intrat 250.000 EUR în ACC-…", "came in: $250k into ACC-…": a word saying the money
    came, right before a sum, with the account it came into after it: money come in."""
    return any(
        word.kind == "received"
        and word.last + 1 == amount.first
        and tokens[word.last].trail.strip() in ("", ":")
        for word in words
    )


# "8 lakh hamare paas aaye" (came to us), "5 लाख हमारे पास आए": to us, between a sum and "came".
_TO_US_BEFORE_CAME = (("hamare", "paas"), ("हमारे", "पास"), ("humein",), ("hamein",), ("हमें",))


def _to_us_between(tokens: list[Token], amount: Amount, word: OutcomeWord) -> bool:
    between = tuple(token.key for token in tokens[amount.last + 1 : word.first])
    return between in _TO_US_BEFORE_CAME and not any(
        token.trail.strip() for token in tokens[amount.last : word.first]
    )


def _rate_between(tokens: list[Token], word: OutcomeWord, amount: Amount) -> bool:
    """A rate between a fee word and a sum: "mandate fee 0.5% on 10m", "frais 0,8 % sur 5
    M€", "avgift 0,6 % på 10 mkr". The fee is the rate; the sum is what it is charged on,
    no fee earned: a mandate fee that is only a percentage is no claim."""
    low, high = sorted((word.last, amount.first if amount.first > word.last else amount.last))
    return any(token.text.endswith("%") or token.key in PER for token in tokens[low + 1 : high])


# "the", before a sum said of as known: "les 400 k€ promis", "the promised $400k", "de
# utlovade 400 tkr", "cei 400.000 lei promiși".
_THE = frozenset(
    map(fold, "the those les le la l' ces de den det dessa cei cele acei acele".split())
)
PLEDGE_KEYS = frozenset(word for phrase in PLEDGE for word in phrase)
# Between a sum and the promise said of it: "RM 400k yang dijanjikan" (that was promised).
_THAT_WAS = frozenset(map(fold, "yang".split()))


def _promised_before(tokens: list[Token], word: OutcomeWord, amount: Amount) -> bool:
    """A promise word said of a sum another outcome word moves: "il n'a pas versé les 400 k€
    promis", "hasn't deposited the promised $400k", "belum deposit RM 400k yang dijanjikan".
    The promise was made before; the line says whether the money came (the verb's, perhaps
    negated), and the promise is no new pledge."""
    if word.kind != "pledge":
        return False
    if word.first > amount.last:
        between = tokens[amount.last + 1 : word.first]
        if any(t.key not in _THAT_WAS for t in between) or len(between) > 1:
            return False
        if any(t.trail.strip() for t in tokens[amount.last : word.first]):
            return False
        start = amount.first
    elif word.last + 1 == amount.first and not tokens[word.last].trail.strip():
        start = word.first
    else:
        return False
    article = start - 1
    if article < 1 or tokens[article].key not in _THE or tokens[article].trail.strip():
        return False
    verb = article - 1
    return not tokens[verb].trail.strip() and tokens[verb].key in OUTCOME_KEYS - PLEDGE_KEYS


def _rank(tokens: list[Token], word: OutcomeWord, amount: Amount) -> int:
    """ "400 000 CHF reçus": received right after its sum is a deposit, an outcome word;
    before it ("received 2m") a money verb that only asks."""
    if word.kind == "received":
        return 0 if _came_in(tokens, word, amount) else _RANKS["unclear"]
    return _RANKS.get(word.kind, 0)


def _kind(tokens: list[Token], word: OutcomeWord, amount: Amount) -> str:
    """The claim a word makes of its sum: a direction, "arrived", "put" are deposits."""
    if word.kind == "received":
        return "deposit" if _came_in(tokens, word, amount) else "unclear"
    return "deposit" if word.kind in ("arrived", "put", *_INTO_KINDS) else word.kind


def claims(
    tokens: list[Token], amounts: list[Amount], words: list[OutcomeWord], *, language: str = "en"
) -> tuple[list[ClaimReading], list[Amount]]:
    """The claims the line states, and the sums claimed that cannot be read (to ask);
    ``language``, the rep's, breaks ties between languages ("si": if, or and?)."""
    usable = [
        amount
        for amount in amounts
        if not per_unit(tokens, amount)
        and not _reference(tokens, amount)
        and (amount.marked or amount.value >= BARE_MINIMUM)
    ]
    # Outcome words first; a sum none of them claims may then be asked about by a money verb,
    # unless it is a product's own figure ("fixed-term deposit of 300k rolled over").
    products = _product_sums(tokens, usable)
    keys = [token.key for token in tokens]
    pairs = sorted(
        (_rank(tokens, word, amount), distance, w, a)
        for w, word in enumerate(words)
        for a, amount in enumerate(usable)
        if (distance := _gap(tokens, word, amount)) is not None
        and not (_kind(tokens, word, amount) == "unclear" and a in products)
        and (amount.marked or word.kind not in _MARKED_ONLY)
        and (
            word.kind != "arrived"
            or _right_before(tokens, amount, word)
            or _to_us_between(tokens, amount, word)
        )
        and (word.kind != "put" or _put_in(tokens, word, amount))
        and (word.kind != "put_in" or _put_in_reach(tokens, word, amount))
        and (
            word.kind not in _INTO_KINDS
            or _right_before(tokens, amount, word)
            and not taken_out(tokens, keys, amount)
        )
        and (
            word.kind != "into_place"
            or opens_its_clause(tokens, amount)
            or _came_in_before(tokens, words, amount)
        )
        and not (word.kind == "mandate" and _rate_between(tokens, word, amount))
        and not _promised_before(tokens, word, amount)
    )
    # Promise words said of a sum another word moves ("versé les 400 k€ promis") stand
    # between that word and its sum as no word of their own.
    described = {
        w
        for w, word in enumerate(words)
        if word.kind == "pledge" and any(_promised_before(tokens, word, a) for a in usable)
    }
    taken_words: set[int] = set()
    taken_amounts: set[int] = set()
    found: list[ClaimReading] = []
    for _verb, _distance, w, a in pairs:
        if w in taken_words or a in taken_amounts:
            continue
        # No other outcome word may sit between a word and its sum.
        word, amount = words[w], usable[a]
        if conditional(
            tokens, min(word.first, amount.first), max(word.last, amount.last), language=language
        ):
            continue
        if taken_back_later(tokens, max(word.last, amount.last)):
            continue
        low, high = (
            sorted((word.last, amount.first))
            if amount.first > word.last
            else sorted((amount.last, word.first))
        )
        # (A direction into an account is where the sum went, no word of its own.)
        if any(
            low < other.first < high
            for o, other in enumerate(words)
            if o != w and other.kind not in _INTO_KINDS and o not in described
        ):
            continue
        taken_words.add(w)
        taken_amounts.add(a)
        found.append(ClaimReading(_kind(tokens, word, amount), amount, word))
    found += _sums_in_the_next_clause(tokens, usable, words, taken_words, taken_amounts)
    found += joined(tokens, usable, taken_amounts, found)
    # Moved between the client's own accounts: no new money, no claim, nothing to ask.
    found = [
        replace(claim, kind="elsewhere")
        if claim.kind not in _NEW_MONEY_ONLY
        and between_own_accounts(tokens, claim.first, claim.last)
        else claim
        for claim in found
    ]
    found.sort(key=lambda claim: claim.amount.first)
    unreadable = [c.amount for c in found if c.amount.malformed or c.kind == "unclear"]
    return [c for c in found if not c.amount.malformed and c.kind != "unclear"], unreadable


# Claims no move between accounts makes: a promise, a mandate's fee.
_NEW_MONEY_ONLY = frozenset(("pledge", "mandate"))


# Words that may take their sum from the clause after theirs: "flyttade över ISK:n från
# Nordnet till oss, 3,4 milj. kr" (what moved, where, then how much).
_SUM_AFTER_KINDS = frozenset(("deposit", "pledge", "transfer", "put_in"))


def _sums_in_the_next_clause(
    tokens: list[Token],
    amounts: list[Amount],
    words: list[OutcomeWord],
    taken_words: set[int],
    taken_amounts: set[int],
) -> list[ClaimReading]:
    """An outcome word with no sum in its clause takes the sum that is the whole of the next
    clause: "moved his ISA from Coutts to us, £3.4m", "a transféré son PEA chez nous, 1,2
    M€", "flyttade över ISK:n … till oss, 3,4 milj. kr". Only a clause that is the sum and
    nothing else ("…, 2m pledged" has a word of its own), and only the next; and only when
    the word's clause says where the money went, to us or into an account ("brev skickat
    med avtalet, 5 milj. kr" is a letter sent and a figure)."""
    found: list[ClaimReading] = []
    for w, word in enumerate(words):
        if w in taken_words or word.kind not in _SUM_AFTER_KINDS:
            continue
        end = word.last
        while end < len(tokens) - 1 and not clause_break(tokens, end, end + 1):
            end += 1
        if end >= len(tokens) - 1 or any(
            word.last < other.first <= end
            for other in words
            if other is not word and other.kind not in _INTO_KINDS
        ):
            continue
        if any(word.last < a.first <= end for a in amounts):
            continue  # a sum of its own clause, which the word did not take: not this rule
        into = any(other.kind in _INTO_KINDS and word.last < other.first <= end for other in words)
        if not (into or to_us(tokens, word.first, end)):
            continue  # the clause says where the money went, else "brev skickat, 5 milj."
        for a, amount in enumerate(amounts):
            closes = amount.last == len(tokens) - 1 or clause_break(
                tokens, amount.last, amount.last + 1, dotted=True
            )
            if amount.first == end + 1 and closes and a not in taken_amounts and amount.marked:
                if conditional(tokens, word.first, amount.last) or taken_back_later(
                    tokens, amount.last
                ):
                    break
                taken_words.add(w)
                taken_amounts.add(a)
                found.append(ClaimReading(word.kind, amount, word, sum_after=True))
                break
    return found


def _put_in(tokens: list[Token], word: OutcomeWord, amount: Amount) -> bool:
    """ "put £20k in": the sum right after "put", and "in" closing its clause."""
    return (
        amount.marked
        and amount.first == word.last + 1
        and not tokens[word.last].trail.strip()
        and received(tokens, amount.last)
        and tokens[amount.last + 1].key == "in"
    )


# Between "put in" and its sum: the money itself, or "more" ("masukkan duit RM 500k",
# "put in another £200k", "masukkan lagi RM 1 juta"), or the subject put after the verb
# ("masukkan dia RM 500k", "a băgat el 200.000 lei").
_PUT_IN_FILLERS = frozenset(
    map(
        fold,
        "duit wang dana lagi sebanyak another a further more extra additional dia beliau mereka "
        "pun el ea ei ele".split(),
    )
)


def _put_in_reach(tokens: list[Token], word: OutcomeWord, amount: Amount) -> bool:
    """The sum a "put in" word claims: right after it (money words between), or right before
    it ("RM 600 ribu dimasukkan")."""
    if amount.first > word.last:
        between = tokens[word.last + 1 : amount.first]
        return all(token.key in _PUT_IN_FILLERS for token in between)
    return _right_before(tokens, amount, word)


def _right_before(tokens: list[Token], amount: Amount, word: OutcomeWord) -> bool:
    """The sum ends right before the word, in its clause ("₹20 lakh aaye")."""
    return amount.last + 1 == word.first and not tokens[amount.last].trail.strip()


def _product_sums(tokens: list[Token], amounts: list[Amount]) -> set[int]:
    """Sums that are a product's figure: right after its name (or "of"), or right before it."""
    keys = [token.key for token in tokens]
    ends: set[int] = set()
    starts: set[int] = set()
    for index in range(len(keys)):
        size = _match(keys, index, PRODUCTS)
        if size:
            starts.add(index)
            ends.add(index + size - 1)
    found = set()
    for number, amount in enumerate(amounts):
        before = amount.first - 1
        if before >= 0 and keys[before] in _OF and not tokens[before].trail.strip():
            before -= 1
        if (
            before in ends
            and not tokens[before].trail.strip()
            or amount.last + 1 in starts
            and not tokens[amount.last].trail.strip()
        ):
            found.add(number)
    return found


VAGUE_QUANTIFIERS = frozenset(
    map(
        fold,
        "quelques plusieurs några flera câteva cateva câțiva mai beberapa kuch कुछ few several "
        "couple some".split(),
    )
)
VAGUE_MAGNITUDES = frozenset(
    map(
        fold,
        "sute ratus centaines centaine milliers millions miljoner miljon hundra tusen sute mii milioane "
        "ratus ribu juta lakh लाख crore करोड़ करोड hundred hundreds thousand thousands million "
        "millions k€ k m mn".split(),
    )
)


def vague_sums(tokens: list[Token], free: list[bool]) -> list[Vague]:
    """ "quelques centaines de k€", "ett par miljoner", "câteva sute de mii", "kuch lakh"."""
    keys = [token.key for token in tokens]
    found: list[Vague] = []
    for index, key in enumerate(keys):
        if not free[index]:
            continue
        start = index
        if (
            key == "ett"
            and index + 1 < len(keys)
            and keys[index + 1] == "par"
            or key == "a"
            and index + 1 < len(keys)
            and keys[index + 1] in ("few", "couple")
        ):  # "ett par"
            index += 1
        elif key not in VAGUE_QUANTIFIERS:
            continue
        last, seen = index, False
        probe = index + 1
        while probe < len(keys) and probe - index <= 5:
            if keys[probe] in VAGUE_MAGNITUDES:
                last, seen = probe, True
            elif keys[probe] not in ("de", "of", "d'") or tokens[probe - 1].trail:
                break
            probe += 1
        if seen:
            found.append(Vague(start, last))
    return found


def unsure_sums(
    tokens: list[Token],
    amounts: list[Amount],
    claimed: list[Amount],
    free: list[bool],
    *,
    language: str = "en",
) -> list[Amount]:
    """Sums of money no outcome word claimed with a word that looks like one in their clause
    ("2 mn d'euros engagés", "komited RM1.5 juta"): asked about, never dropped unsaid (a
    claim missed is a rep's pay missed) nor guessed."""
    spans = {(a.start, a.end) for a in claimed}
    keys = [token.key for token in tokens]
    # A product's name and figure ("depozitul la termen de 300.000 lei") are no outcome.
    products = _product_sums(tokens, amounts)
    for index in range(len(keys)):
        size = _match(keys, index, PRODUCTS)
        if size:
            free = [f and not index <= i < index + size for i, f in enumerate(free)]
    unsure = []
    for number, amount in enumerate(amounts):
        if not amount.marked or (amount.start, amount.end) in spans:
            continue
        if amount.malformed and not amount.ranged:
            continue
        if number in products:
            continue
        if per_unit(tokens, amount):
            continue
        if taken_out(tokens, keys, amount):
            continue  # "a retiré 300k€ … l'appart": money out, whatever look-alike is near
        if conditional(tokens, amount.first, amount.last, language=language):
            continue  # "ok pour verser 300'000 CHF si le marché baisse": on a condition, none
        for index in range(
            max(0, amount.first - MAX_GAP - 1), min(len(tokens), amount.last + MAX_GAP + 2)
        ):
            if amount.first <= index <= amount.last or not free[index]:
                continue
            low, high = sorted((index, amount.first if index > amount.last else amount.last))
            if clause_break(tokens, low, high):
                continue
            if negated(tokens, [t.key for t in tokens], index, index):
                continue
            if tokens[index].key.endswith(HINDI_FUTURE):
                continue  # "30 lakh daalenge" (will put): to come, as "will deposit" is
            # A range by a fee word is asked even with no mandate named ("comision 1-1,5 mil.
            # lei"): which figure, and is it a mandate's fee?
            fee = amount.ranged and bool(_match(keys, index, FEE))
            if fee or looks_like_outcome(tokens[index].key):
                unsure.append(amount)
                break
    return unsure


__all__ = [
    "CLAIM_KINDS",
    "DEPOSIT",
    "FEE",
    "HEDGES",
    "MANDATE",
    "MANDATE_FEES",
    "MONEY_VERBS",
    "NEGATORS",
    "OUTCOME_KEYS",
    "PLEDGE",
    "SUM_OWNERS",
    "ClaimReading",
    "OutcomeWord",
    "Vague",
    "claims",
    "clause_break",
    "from_an_account",
    "from_elsewhere",
    "into_account_kind",
    "into_account_words",
    "into_term_deposit",
    "outcome_words",
    "received",
    "sent_out",
    "to_us",
    "unsure_sums",
    "vague_sums",
]

"""The clause a word stands in, and the small words every rule of the money reader shares.

Outcome words, the sums they claim and the words that cancel them are all looked for
"in the same clause": up to a comma, a semicolon or a full stop (a scale's own dot, as in
"1,5 Mio.", ends none). Phrases are tuples of folded words, matched longest first; French
elision is read through ("l'engagement" is "engagement").

Pure code over the line's tokens (``bot.parsing.tokens``).
"""

from __future__ import annotations

from functools import lru_cache

from bot.parsing.tokens import Token, fold


def phrases(text: str) -> frozenset[tuple[str, ...]]:
    """A table of phrases, "|"-separated, each a tuple of folded words."""
    return frozenset(tuple(fold(w) for w in phrase.split()) for phrase in text.split("|"))


def match(
    keys: list[str], index: int, table: frozenset[tuple[str, ...]], *, hyphen_tail: bool = False
) -> int:
    """How many words of ``table``'s longest phrase start at ``index`` (0: none).
    ``hyphen_tail``: a word ending in "-<phrase>" matches too ("IPO-mandatet", "M&A-mandate")."""
    openings = _openings(table)
    if openings is None or (index < len(keys) and keys[index] in openings):
        for size in (4, 3, 2, 1):
            if tuple(keys[index : index + size]) in table and index + size <= len(keys):
                return size
    if hyphen_tail and "-" in keys[index] and (keys[index].rsplit("-", 1)[1],) in table:
        return 1
    return 0


@lru_cache(maxsize=256)  # the tables are the modules' constants (a frozenset keeps its hash)
def _openings(table: frozenset[tuple[str, ...]]) -> frozenset[str] | None:
    """The words ``table``'s phrases open with: no phrase starts at another word (None: the
    table holds the empty phrase, which matches anywhere)."""
    if () in table:
        return None
    return frozenset(phrase[0] for phrase in table)


_ELIDED = ("l'", "d'", "qu'")


def bare(key: str) -> str:
    """ "l'engagement" reads as "engagement", "d'apport" as "apport"."""
    for article in _ELIDED:
        if key.startswith(article) and len(key) > len(article) + 2:
            return key[len(article) :]
    return key


CONJUNCTIONS = frozenset(map(fold, "and et och și si dan और aur + & plus".split()))
CONTRASTS = frozenset(map(fold, "but mais men dar însă tapi tetapi lekin लेकिन par पर".split()))
CLAUSE_END = frozenset(",;.!?")

OF_WORDS = frozenset(map(fold, "of de på pe din sebanyak ka ki का की".split()))


def clause_break(tokens: list[Token], low: int, high: int, *, dotted: bool = False) -> bool:
    """A clause ends between tokens ``low`` and ``high`` (exclusive of ``high``'s own trail).
    ``dotted``: a scale's or currency's own dot ends none ("1,5 Mio. sur ACC-…")."""
    return any(
        c in CLAUSE_END
        and not (dotted and c == "." and token.trail.strip() == "." and abbreviated(token))
        for token in tokens[low:high]
        for c in token.trail
    )


# Scales and currencies written with a dot: "Mio.", "milj.", "mil.", "mn.", "kr.", "fr.", "Rs."
ABBREVIATIONS = frozenset("mio milj mil mn mln md mrd kr fr rs tkr mkr".split())


def abbreviated(token: Token) -> bool:
    return token.key in ABBREVIATIONS


def joined_clause(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """Tokens ``first``..``last`` widened to the words joined to them (no punctuation between)."""
    low, high = first, last
    while low > 0 and not tokens[low - 1].trail.strip():
        low -= 1
    while high < len(tokens) - 1 and not tokens[high].trail.strip():
        high += 1
    return low, high

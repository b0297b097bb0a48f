"""Which client a rep means: fuzzy matching of typed words against client names.

Names and queries go through ``normalise`` (the same function that fills
``Client.search_name``), so case, accents and punctuation never matter.
A name scores against a query by the best of:

- the whole name, word order ignored (``token_sort_ratio``, via pre-sorted
  words and ``fuzz.ratio``): "Jane Smtih", "smith jane";
- the query holding the name's words or the reverse (``token_set_ratio``,
  x0.95 so a full name beats a part): "Jean Dupont" for "Jean-Pierre Dupont";
- one typed word against one word of the name (``fuzz.ratio``), x0.95 for
  the surname (last word) and x0.88 for another: "Smith" alone, "smyth".

Words of the name are first matched against the typed words in one
``process.cdist`` call over the distinct words of all names; only names
sharing a close word are scored in full. That pre-filter is what keeps a
200,000-name book usable. The index of a name list is cached, keyed by the
list's contents, so a rep's book is indexed once.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

MIN_SCORE = 75.0  # below this, not a match at all
CONFIDENT_GAP = 8.0  # a top score this far ahead of the next is the one
CLOSE = 15.0  # candidates within this of the top are offered as buttons
WORD_CUTOFF = 70.0  # a typed word this close to a name word makes the name a candidate
SURNAME_WEIGHT = 0.95
OTHER_WORD_WEIGHT = 0.88
SUBSET_WEIGHT = 0.95
MAX_WINDOW = 3

_SPECIAL = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc`´]")
_NOT_WORD = re.compile(r"[^\w\u0900-\u097f]+|_")
# Combining accents of Latin, Greek and Cyrillic (not Devanagari's signs: those are letters).
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# The two substitutions above on ASCII text, in one pass: an apostrophe dropped, any other
# character but a letter or a digit a space (most names, each compared at every line).
_ASCII_WORDS = str.maketrans(
    {
        chr(code): None if _APOSTROPHES.fullmatch(chr(code)) else " "
        for code in range(128)
        if _APOSTROPHES.fullmatch(chr(code)) or _NOT_WORD.fullmatch(chr(code))
    }
)
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madame", "mme", "m"})


@dataclass(frozen=True)
class Candidate:
    client_id: int
    name: str
    score: float


@lru_cache(maxsize=65_536)
def normalise(name: str) -> str:
    """Lower-case, accents removed, punctuation folded to spaces, spaces collapsed.

    "Zoë  Müller-O'Brien" -> "zoe muller obrien". Apostrophes vanish rather
    than split a name ("O'Brien" is one word).
    """
    folded = name.casefold()
    if folded.isascii():
        if folded.replace(" ", "").isalnum():  # letters and digits alone: nothing to fold
            return " ".join(folded.split())
        return " ".join(folded.translate(_ASCII_WORDS).split())
    folded = unicodedata.normalize("NFKD", folded.translate(_SPECIAL))
    folded = unicodedata.normalize("NFC", _ACCENTS.sub("", folded))
    return " ".join(_NOT_WORD.sub(" ", _APOSTROPHES.sub("", folded)).split())


class _Index:
    """A name list prepared once: normalised names, sorted words, distinct words."""

    def __init__(self, names: tuple[tuple[int, str], ...]) -> None:
        self.names = names
        self.words = [_query(name) for _, name in names]
        self.sorted = [" ".join(sorted(words)) for words in self.words]
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for position, words in enumerate(self.words):
            for word in words:
                postings[word].append(position)
        self.vocabulary = list(postings)
        self.postings = list(postings.values())
        self.position = {word: i for i, word in enumerate(self.vocabulary)}


@lru_cache(maxsize=4)  # a rep's book is ~1 MB indexed, 200,000 names ~100 MB
def _index(names: tuple[tuple[int, str], ...]) -> _Index:
    return _Index(names)


def match_client(
    text: str,
    names: Sequence[tuple[int, str]],
    *,
    client_text: str | None = None,
    limit: int | None = 5,
) -> list[Candidate]:
    """The client ``text`` names among ``names`` ((client_id, name) pairs).

    One confident match -> a one-element list; several close ones (two
    Smiths for "Smith") -> up to ``limit`` (None: all, so a list can say how many
    more), best first; nothing -> []. A name typed whole and exactly ("Client0")
    is that client, however many names are close to it ("Client10", "Client20").
    ``client_text`` (the parser's guess) is tried first; if it matches
    nothing, word windows of the whole ``text`` are tried.
    """
    if not names:
        return []
    index = _index(tuple(names))
    if client_text:
        query = _query(client_text)
        found = _decide(_score(index, [query], strict=False), index, limit, [query])
        if found:
            return found
    windows = _windows(text)
    # Several words first: "Jane Smith" in the text must not be outvoted by other Smiths.
    several: list[tuple[str, ...]] = [window for window in windows if len(window) > 1]
    single: list[tuple[str, ...]] = [window for window in windows if len(window) == 1]
    for group in (several, single):
        found = _decide(_score(index, group, strict=True), index, limit, group)
        if found:
            return found
    return []


def _query(text: str) -> tuple[str, ...]:
    """Normalised words without titles ("Dr", "Mrs"), unless the name is only a title."""
    words = tuple(normalise(text).split())
    if _TITLES.isdisjoint(words):
        return words
    return tuple(word for word in words if word not in _TITLES) or words


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words the parser knows as function words, verbs or channel words: never a name."""
    from bot.parsing.channels import every_word
    from bot.parsing.names import STOP

    words = set(STOP) | set(every_word())
    return frozenset(normalise(word) for word in words)


def _windows(text: str) -> list[tuple[str, ...]]:
    """Runs of up to three words of ``text`` that could be a name.

    A lone word counts only if capitalised, unless the whole text is typed in
    lower case: otherwise "long-term" would find Mr Long.
    """
    raw = text.split()
    lower_case_text = not any(char.isupper() for char in text)
    words: list[tuple[str, bool]] = []
    for token in raw:
        for part in normalise(token).split():
            usable = (
                part not in _not_names()
                and part not in _TITLES
                and not any(c.isdigit() for c in part)
            )
            words.append((part if usable else "", token[:1].isupper() or lower_case_text))
    windows: list[tuple[str, ...]] = []
    for start in range(len(words)):
        for size in range(1, MAX_WINDOW + 1):
            chunk = words[start : start + size]
            if len(chunk) < size or any(not word for word, _ in chunk):
                break
            if size == 1 and (not chunk[0][1] or len(chunk[0][0]) < 2):
                continue
            window = tuple(word for word, _ in chunk)
            if window not in windows:
                windows.append(window)
    return windows


def _score(index: _Index, queries: list[tuple[str, ...]], *, strict: bool) -> dict[int, float]:
    """Best score per name position over all queries (only names sharing a close word)."""
    queries = [query for query in queries if query]
    typed = sorted({word for query in queries for word in query})
    if not typed or not index.vocabulary:
        return {}
    matrix = process.cdist(
        typed, index.vocabulary, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF, dtype=np.uint8
    )
    word_hits: dict[str, dict[int, float]] = {}
    candidates: set[int] = set()
    for row, word in enumerate(typed):
        hits: dict[int, float] = {}
        for column in np.flatnonzero(matrix[row]).tolist():
            score = float(matrix[row, column])
            if strict and len(word) <= 4 and score < 100:
                continue  # short words: typos would match half the book
            candidates.update(index.postings[column])
            hits[column] = score
        word_hits[word] = hits
    if not candidates:
        return {}
    ordered = sorted(candidates)
    whole = process.cdist(
        [" ".join(sorted(query)) for query in queries],
        [index.sorted[p] for p in ordered],
        scorer=fuzz.ratio,
    )
    subset = process.cdist(
        [" ".join(query) for query in queries],
        [index.sorted[p] for p in ordered],
        scorer=fuzz.token_set_ratio,
    )
    best: dict[int, float] = {}
    for column, position in enumerate(ordered):
        words = index.words[position]
        score = 0.0
        for row, query in enumerate(queries):
            score = max(score, float(whole[row, column]))
            if len(query) > 1 or len(words) == 1:
                score = max(score, float(subset[row, column]) * SUBSET_WEIGHT)
            if len(query) == 1:
                hits = word_hits.get(query[0], {})
                for i, word in enumerate(words):
                    weight = SURNAME_WEIGHT if i == len(words) - 1 else OTHER_WORD_WEIGHT
                    score = max(score, hits.get(index.position[word], 0.0) * weight)
        best[position] = score
    return best


def _decide(
    scores: dict[int, float],
    index: _Index,
    limit: int | None,
    queries: Sequence[tuple[str, ...]] = (),
) -> list[Candidate]:
    ranked = sorted(
        ((score, position) for position, score in scores.items() if score >= MIN_SCORE),
        key=lambda item: (-item[0], index.names[item[1]][1]),
    )
    if not ranked:
        return []
    top = ranked[0][0]
    # Every word of a name, typed as it is (in any order): that name wins outright; two
    # clients so called are both offered, never a near name beside them.
    whole = {" ".join(sorted(query)) for query in queries if query}
    exact = [item for item in ranked if index.sorted[item[1]] in whole]
    if exact:
        ranked = exact[:limit]
    elif len(ranked) == 1 or top - ranked[1][0] >= CONFIDENT_GAP:
        ranked = ranked[:1]
    else:
        ranked = [item for item in ranked if item[0] >= top - CLOSE][:limit]
    return [
        Candidate(
            client_id=index.names[position][0],
            name=index.names[position][1],
            score=round(score, 1),
        )
        for score, position in ranked
    ]

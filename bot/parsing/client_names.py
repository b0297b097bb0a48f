"""Does a typed name fit a client's name? Every typed name word must fit a word of it.

The rule a rep would state: a line names a client when each name word typed
fits a different word of the client's name, in any order ("Popescu Ștefan"),
with typos ("Smyth", "Jhon", "Castelanne"), dropped accents ("Zoe Muller"),
particles left out ("Henri Castellane"), initials ("J. Doyle", "J-B Moreau")
and Devanagari spellings ("प्रिया रघुनाथन"). A name word that fits nothing
("Aziz Rahman" for Maya Rahman, "Bob Chen" for Robert Chen) means the line
does not name that client: it is offered as a question, never recorded.

A typo keeps the first letter and costs one edit (two in a word of eight
letters or more), unless it is the first letter typed for one that sounds
alike ("Vallin" for Wallin, nothing else changed); a word of four letters or
fewer allows only two letters swapped ("Jhon") or one typed twice ("Liuu"), so
"Jan" alone never fits "Jane" — but beside the rest of the name written exactly,
one letter changed, missing or added in a four-letter word is the name's one typo
("Jun Park" for June Park, "Carmen Ruis"). A long vowel may be written as it
sounds ("Kapur" for Kapoor). Across scripts the comparison is on
``translit.phonetic`` keys, a little more leniently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz.distance import OSA

from bot.parsing.client_match import normalise
from bot.parsing.names import PARTICLES
from bot.parsing.translit import is_devanagari, phonetic

_NAME_PARTICLES = frozenset(PARTICLES | {"a", "l", "p", "binti", "bin", "bt", "bte"})


@dataclass(frozen=True)
class Typed:
    """A name as typed: its words (normalised) and which are initials.

    A particle is no name word ("Henri Castellane" for Henri de Castellane), but one typed
    before every name word ("Al Crewe", "Van Nguyen") is what the name opens with: the
    client's name must hold it, or it is a short form ("Al" for Alistair, "Del" for Derek)
    that names nobody in the book, and the line is asked."""

    words: tuple[str, ...]
    initials: tuple[bool, ...]
    scripts: tuple[bool, ...]  # Devanagari?
    opening: tuple[str, ...] = ()  # particles typed before the first name word

    @classmethod
    def of(cls, words: Sequence[str], initials: Sequence[bool]) -> Typed:
        out_words: list[str] = []
        out_initials: list[bool] = []
        scripts: list[bool] = []
        opening: list[str] = []
        for word, initial in zip(words, initials, strict=True):
            if is_devanagari(word):
                out_words.append(word)
                out_initials.append(False)
                scripts.append(True)
                continue
            for part in normalise(word).split():
                if part in _NAME_PARTICLES and not initial:
                    if not out_words and len(part) > 1:
                        opening.append(part)
                    continue
                out_words.append(part)
                out_initials.append(initial or len(part) == 1)
                scripts.append(False)
        return cls(tuple(out_words), tuple(out_initials), tuple(scripts), tuple(opening))

    @property
    def has_full_word(self) -> bool:
        return any(not initial for initial in self.initials)


@lru_cache(maxsize=65_536)
def name_words(name: str) -> tuple[str, ...]:
    """ "Henri de Castellane" -> ("henri", "castellane"); "Rajesh Kumar a/l S." keeps the rest."""
    words = normalise(name).split()
    if _NAME_PARTICLES.isdisjoint(words):
        return tuple(words)
    return tuple(word for word in words if word not in _NAME_PARTICLES)


# First letters that sound alike, so one is typed for the other as a word's one typo: a
# Swede's "V" for "W" (Wallin, Vallin), "C" for "K" (Karlsson, Carlsson), "I" for "Y".
_SOUND_ALIKE = frozenset(map(frozenset, ("vw", "ck", "iy")))


@lru_cache(maxsize=262_144)
def word_fits(typed: str, word: str, initial: bool, devanagari: bool) -> bool:
    if initial:
        return word.startswith(typed)
    if devanagari:
        return _fits_across_scripts(typed, word)
    if typed == word:
        return True
    if typed[:1] == word[:1] and _vowels_short(typed) == _vowels_short(word):
        return True  # "Kapur" for Kapoor, "Sud" for Sood: a long vowel written as it sounds
    if typed and word and typed[1:] == word[1:] and len(word) > 4:
        return frozenset((typed[0], word[0])) in _SOUND_ALIKE  # "Vallin" for Wallin
    if not typed or typed[0] != word[0]:
        return False
    longest = max(len(typed), len(word))
    distance = OSA.distance(typed, word)
    if longest <= 4:
        if distance == 1 and abs(len(typed) - len(word)) == 1:
            return _doubled(typed, word) or _doubled(word, typed)  # "Liuu" for Liu: a key held
        return distance == 1 and len(typed) == len(word) and sorted(typed) == sorted(word)
    return distance <= (1 if longest <= 7 else 2)


_LONG_VOWELS = (("ee", "i"), ("oo", "u"), ("aa", "a"))


def _vowels_short(word: str) -> str:
    """ "kapoor" -> "kapur": the long vowels a Hindi name is written with either way."""
    for long, short in _LONG_VOWELS:
        word = word.replace(long, short)
    return word


def _slip(typed: str, word: str) -> bool:
    """One letter changed, missing or added in a short word ("Ruis" for Ruiz, "Jun" for
    June, "Kit" for Kiat): the client's word of four letters, the first letter kept."""
    return (
        len(word) == 4
        and len(typed) <= 4
        and typed[:1] == word[:1]
        and OSA.distance(typed, word) == 1
    )


def _slipped(typed: Typed, words: tuple[str, ...]) -> bool:
    """Every typed word is a word of the name as written but one short word slipped by a
    letter ("Carmen Ruis", "Lim Mei Lin", "Tan Boon Kit"): the whole name one typo away.
    A short word alone ("Jun") or beside another typo is too little to tell it from
    another name ("Jan" is not Jane)."""
    full = [i for i, initial in enumerate(typed.initials) if not initial]
    if len(full) < 2 or len(typed.words) > len(words) or any(typed.scripts):
        return False
    if sum(typed.words[i] in words for i in full) < len(full) - 1:
        return False
    for i in full:
        rest = list(words)
        exact = True
        for j in full:
            if j == i:
                continue
            if typed.words[j] not in rest:
                exact = False
                break
            rest.remove(typed.words[j])
        if not exact:
            continue
        for word in rest:
            if not _slip(typed.words[i], word):
                continue
            left = [w for w in rest if w is not word] if rest.count(word) == 1 else rest[1:]
            initials = [typed.words[j] for j, initial in enumerate(typed.initials) if initial]
            if all(any(w.startswith(letter) for w in left) for letter in initials):
                return True
    return False


def _doubled(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` with one of its letters typed twice."""
    return any(
        longer[i] == longer[i - 1] and longer[:i] + longer[i + 1 :] == shorter
        for i in range(1, len(longer))
    )


def _fits_across_scripts(typed: str, word: str) -> bool:
    left, right = _vowels_folded(phonetic(typed)), _vowels_folded(phonetic(word))
    if left == right:
        return True
    if not left or not right or left[0] != right[0] or abs(len(left) - len(right)) > 2:
        return False
    distance = OSA.distance(left, right)
    return distance <= (1 if max(len(left), len(right)) <= 4 else 2)


def _vowels_folded(key: str) -> str:
    """ "औ" is written "au" or "o" ("राठौर": Rathore), and a Latin spelling may end on a
    silent "e" after a consonant ("Rathore", "Dave"): both compared without them."""
    key = key.replace("au", "o")
    return key[:-1] if len(key) > 3 and key.endswith("e") and key[-2] not in "aeiou" else key


def _assign(typed: Typed, words: tuple[str, ...], index: int, used: frozenset[int]) -> bool:
    if index == len(typed.words):
        return True
    for position, word in enumerate(words):
        if position in used:
            continue
        fit = word_fits(typed.words[index], word, typed.initials[index], typed.scripts[index])
        if fit and _assign(typed, words, index + 1, used | {position}):
            return True
    return False


def fits(typed: Typed, name: str) -> bool:
    """Every typed word fits a different word of ``name`` (and one is more than an initial).

    A letter typed apart from the rest of its word ("Kevin O Brien" for O'Brien,
    "D Souza") is tried joined to it when the name holds the joined word."""
    return _fits(typed, name, name_words(name))


def _fits(typed: Typed, name: str, words: tuple[str, ...]) -> bool:
    if not typed.words or not typed.has_full_word:
        return False
    if typed.opening and not _holds_particles(typed.opening, name):
        return False
    if len(typed.words) <= len(words) and _assign(typed, words, 0, frozenset()):
        return True
    if _slipped(typed, words):
        return True
    return any(_fits(joined, name, words) for joined in _joined_letters(typed, words))


def _first_letters(typed: Typed) -> str | None:
    """The letters a word of a name ``typed`` fits must open with, for the first typed word
    (``word_fits`` and a short word's slip keep a word's first letter, or one that sounds
    alike; a letter joined to the next word keeps it too); None for a Devanagari word,
    compared by sound."""
    if typed.scripts[0]:
        return None
    letter = typed.words[0][0]
    return _SOUNDS_ALIKE.get(letter, letter)


_SOUNDS_ALIKE = {letter: "".join(pair) for pair in _SOUND_ALIKE for letter in pair}


# Particles written short or long: "bt" and "bte" for "binti", "bn" for "bin".
_SAME_PARTICLE = {"bt": "binti", "bte": "binti", "bn": "bin"}


def _holds_particles(particles: tuple[str, ...], name: str) -> bool:
    held = {_SAME_PARTICLE.get(word, word) for word in normalise(name).split()}
    return all(_SAME_PARTICLE.get(particle, particle) in held for particle in particles)


def _joined_letters(typed: Typed, words: tuple[str, ...]) -> list[Typed]:
    out = []
    for i in range(len(typed.words) - 1):
        first, rest = typed.words[i], typed.words[i + 1]
        if len(first) == 1 and not typed.scripts[i] and first + rest in words:
            out.append(
                Typed(
                    typed.words[:i] + (first + rest,) + typed.words[i + 2 :],
                    typed.initials[:i] + (False,) + typed.initials[i + 2 :],
                    typed.scripts[:i] + (False,) + typed.scripts[i + 2 :],
                    typed.opening,
                )
            )
    return out


def exactly(typed: Typed, name: str) -> bool:
    """Every typed word is a word of ``name`` as written (initials aside): no typo needed."""
    words = name_words(name)
    for word, initial, script in zip(typed.words, typed.initials, typed.scripts, strict=True):
        if initial:
            continue
        if script:
            if not any(phonetic(word) == phonetic(other) for other in words):
                return False
        elif word not in words:
            return False
    return fits(typed, name)


def touches(typed: Typed, name: str) -> bool:
    """Some typed word (not an initial) fits a word of ``name``: a client the line may mean."""
    words = name_words(name)
    return any(
        not initial and any(word_fits(w, word, False, script) for word in words)
        for w, initial, script in zip(typed.words, typed.initials, typed.scripts, strict=True)
    )


@dataclass(frozen=True)
class Named:
    full: list[tuple[int, str]]  # (client id, name) every typed word fits
    typed: Typed
    names: Sequence[tuple[int, str]]

    @cached_property
    def partial(self) -> list[tuple[int, str]]:
        """The other names some typed word fits; found only when asked (a line naming one
        client of the book whole never needs them, and looking costs a pass over the book)."""
        chosen = {i for i, _ in self.full}
        return [(i, n) for i, n in self.names if i not in chosen and touches(self.typed, n)]


def named(typed: Typed, names: Sequence[tuple[int, str]]) -> Named:
    """The names of ``names`` every typed word fits (``fits``), and the others some word does.

    A rep's whole book is compared at every line, so a name none of whose words opens
    with a letter the first typed word may fit is passed over before ``fits``' search."""
    if not typed.words or not typed.has_full_word:
        return Named(full=[], typed=typed, names=names)
    letters = _first_letters(typed)
    full = []
    for client_id, name in names:
        words = name_words(name)
        if letters is not None:
            for word in words:
                if word[0] in letters:
                    break
            else:
                continue
        if _fits(typed, name, words):
            full.append((client_id, name))
    return Named(full=full, typed=typed, names=names)


def search_pieces(typed: Typed) -> set[str]:
    """Three-letter pieces a client's ``search_name`` must contain to be worth comparing
    (Devanagari words give the pieces of their Latin spellings)."""
    pieces: set[str] = set()
    for word, initial, script in zip(typed.words, typed.initials, typed.scripts, strict=True):
        if initial:
            continue
        if script:
            key = phonetic(word)
            pieces.add(key[:2])
            continue
        pieces.add(word[:3] if len(word) >= 3 else word)
    return {piece for piece in pieces if piece}

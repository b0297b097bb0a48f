"""Devanagari names in Latin letters, so "प्रिया रघुनाथन" finds Priya Raghunathan.

A plain phonetic reading (no diacritics) with Hindi's deletion of the
inherent vowel: at the end of a word ("रघुनाथन" -> raghunathan) and between
a vowel and a consonant that carries one ("मेहता" -> mehta, "मलहोत्रा" ->
malhotra). Spelling differs more between scripts than within one, so names
are then compared through ``phonetic``, which folds what Latin spellings of
one Hindi name vary on (ee/i, oo/u, w/v, a final y, an opening "Iy" for अय्).
"""

from __future__ import annotations

import re
import unicodedata

_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j",
    "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t",
    "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh",
    "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s",
    "ह": "h", "ळ": "l",
}  # fmt: skip
_NUKTA_CONSONANTS = {"क": "q", "ख": "kh", "ग": "g", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f"}
_VOWELS = {
    "अ": "a", "आ": "aa", "इ": "i", "ई": "ee", "उ": "u", "ऊ": "oo", "ऋ": "ri", "ए": "e",
    "ऐ": "ai", "ओ": "o", "औ": "au", "ऑ": "o",
}  # fmt: skip
_SIGNS = {
    "ा": "aa", "ि": "i", "ी": "ee", "ु": "u", "ू": "oo", "ृ": "ri", "े": "e", "ै": "ai",
    "ो": "o", "ौ": "au", "ॉ": "o", "ॅ": "e",
}  # fmt: skip
_VIRAMA = "्"
_NASALS = {"ं": "n", "ँ": "n"}
_NUKTA = "\u093c"


def is_devanagari(word: str) -> bool:
    return any("\u0900" <= c <= "\u097f" for c in word)


def to_latin(word: str) -> str:
    """ "प्रिया" -> "priyaa", "मेहता" -> "mehtaa" (``phonetic`` folds the long vowels)."""
    word = unicodedata.normalize("NFD", word)  # "ज़" (one code point) -> "ज" + nukta
    # Syllables: [consonant, vowel] where vowel is "a" (inherent), "" (virama) or a sign.
    syllables: list[list[str]] = []
    out_of_word: list[str] = []
    i = 0
    while i < len(word):
        char = word[i]
        following = word[i + 1] if i + 1 < len(word) else ""
        if char in _CONSONANTS:
            sound = _CONSONANTS[char]
            if following == _NUKTA:
                sound = _NUKTA_CONSONANTS.get(char, sound)
                i += 1
                following = word[i + 1] if i + 1 < len(word) else ""
            if following in _SIGNS:
                syllables.append([sound, _SIGNS[following]])
                i += 2
                continue
            if following == _VIRAMA:
                syllables.append([sound, ""])
                i += 2
                continue
            syllables.append([sound, "a*"])  # inherent vowel, maybe deleted
        elif char in _VOWELS:
            syllables.append(["", _VOWELS[char]])
        elif char in _NASALS and syllables:
            syllables[-1][1] = syllables[-1][1].replace("a*", "a") + "n"
        elif char.isascii() and char.isalnum():
            out_of_word.append(char)
        i += 1
    _delete_schwas(syllables)
    return "".join(c + v.replace("a*", "a") for c, v in syllables) + "".join(out_of_word)


def _delete_schwas(syllables: list[list[str]]) -> None:
    """Hindi drops the inherent "a" word-finally and in a vowel-consonant_consonant-vowel
    context, right to left."""
    if len(syllables) > 1 and syllables[-1][1] == "a*" and syllables[-1][0]:
        syllables[-1][1] = ""
    for i in range(len(syllables) - 2, 0, -1):
        consonant, vowel = syllables[i]
        if vowel != "a*" or not consonant:
            continue
        before = syllables[i - 1][1]
        after = syllables[i + 1][1]
        if before not in ("",) and after not in ("",) and syllables[i + 1][0]:
            syllables[i][1] = ""


def phonetic(word: str) -> str:
    """A spelling key for comparing a Hindi name across scripts: "Meera" and "मीरा" -> "mira"."""
    latin = to_latin(word) if is_devanagari(word) else word.lower()
    latin = latin.replace("w", "v").replace("ph", "f").replace("z", "j")
    for long, short in (("ee", "i"), ("oo", "u"), ("aa", "a"), ("ii", "i"), ("uu", "u")):
        latin = latin.replace(long, short)
    latin = re.sub(r"y$", "i", latin)
    latin = re.sub(r"^iy", "ay", latin)  # "Iyer", "Iyengar" are written "अय्यर", "अय्यंगार"
    return re.sub(r"(.)\1+", r"\1", latin)

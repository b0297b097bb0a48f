"""What one typed word looks like to the reader of a line: a name word, a title, a
particle, an acronym, joined to the next (``bot.contacts.quicklog``)."""

from __future__ import annotations

from bot.parsing import ParsedContact
from bot.parsing.client_match import normalise
from bot.parsing.client_names import name_words
from bot.parsing.names import PARTICLES, STOP, TITLES, NameSpan
from bot.parsing.tokens import Token
from bot.parsing.translit import is_devanagari, phonetic


def _name_like(token: Token) -> bool:
    """A capitalised word, or a Devanagari one (the script has no capitals)."""
    if is_devanagari(token.text):
        return token.key not in STOP
    return token.text[:1].isupper() and token.text.replace("-", "").replace("'", "").isalpha()


def _only(parsed: ParsedContact, span: NameSpan, doubtful: frozenset[int]) -> bool:
    """The span's name words (titles and particles aside) are all doubtful ones."""
    words = [
        i
        for i in range(span.first, span.last + 1)
        if not _titled(parsed.tokens[i]) and parsed.tokens[i].key not in PARTICLES
    ]
    return bool(words) and all(i in doubtful for i in words)


def _word_of(token: Token, name: str) -> bool:
    """The word is written as a word of ``name`` (a Devanagari one sounds as one does)."""
    if is_devanagari(token.text):
        key = phonetic(token.text)
        return any(phonetic(word) == key for word in name_words(name))
    return normalise(token.text) in name_words(name)


def _joined(token: Token) -> bool:
    """Nothing but a title's own dot ("Dl. Duminică") parts the word from the next."""
    trail = token.trail.strip()
    return not trail or (trail == "." and _titled(token))


def _acronym_like(token: Token) -> bool:
    letters = [c for c in token.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _titled(token: Token) -> bool:
    return token.key.rstrip(".") in TITLES


def _in_name_run(token: Token) -> bool:
    """A capitalised word, a title ("Encik") or a particle ("bin", "de") between name words."""
    return _name_like(token) or token.key in PARTICLES or _titled(token)

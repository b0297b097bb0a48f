"""Cleaning a Slack line and cutting it into words that remember where they came from.

Every extractor (amounts, dates, channel words, the client name) works on the
same tokens, and each records the character span it used, so the notes are the
original text with exactly those spans cut out. Words are split on white space
rather than ``\\w+`` because Devanagari vowel signs are not ``\\w`` in Python's
``re`` and would cut Hindi words apart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bot.messages.formatting import unescape_slack

# Slack escapes &, < and > and wraps mentions, channels and links in <...>.
# An account as reps type it ("ACC-1048", "CH-99001", a bare number of six digits or more).
ACCOUNT = re.compile(r"[A-Z]{2,5}-?\d{3,}[A-Z0-9-]*|\d{6,}")
_SLACK_CHANNEL = re.compile(r"<#[A-Z0-9]+\|([^>]*)>")
# A user mention, with or without the label Slack adds when it escapes users: kept as
# "@U123" so "for <@U123>" names that person by id.
_SLACK_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_SLACK_LINK = re.compile(r"<((?:https?|mailto):[^>|]*)(?:\|([^>]*))?>")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " "})
_LEAD = "([{<\"'\u201c\u201d\u2018\u00ab\u00bb\u201e*_~"
_TRAIL = ".,;:!?)]}>\"'\u201c\u201d\u2019\u00ab\u00bb*_~"
# A clause ends here: amounts do not bind to a verb across it.
SENTENCE_END = frozenset(".;!?")


def clean(text: str) -> str:
    """Undo Slack's escaping and fold curly apostrophes, so "aujourd’hui" reads as typed.

    Slack's own markup becomes plain text first: ``<#C1|name>`` its label, ``<@U1|name>``
    the id "@U1" (who is meant, not how they were shown), ``<https://…|label>`` its label; then its three entities are decoded once, so a ``<!channel>`` the
    rep typed (sent as ``&lt;!channel&gt;``) is kept as the text it was, and an
    ``&eacute;`` typed literally is not turned into "é".
    """
    text = _SLACK_CHANNEL.sub(lambda m: "#" + m.group(1), text)
    text = _SLACK_USER.sub(lambda m: "@" + m.group(1), text)
    text = _SLACK_LINK.sub(lambda m: m.group(2) or m.group(1), text)
    return re.sub(r"[\r\n\t\v\f]", " ", unescape_slack(text).translate(_APOSTROPHES))


# Devanagari spellings that vary without changing the word: the nukta ("फ़ोन" / "फोन"),
# candrabindu for anusvara ("हँ" / "हं"), and invisible joiners.
_DEVANAGARI_VARIANTS = str.maketrans(
    {"\u093c": None, "\u0901": "\u0902", "\u200c": None, "\u200d": None}
)


@lru_cache(maxsize=65_536)  # a line folds each word many times (every vocabulary's look-up)
def fold(word: str) -> str:
    """Lower-case, Latin accents removed; Devanagari keeps its signs (they are letters there)
    but not the nukta, which reps type or leave out at will."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    kept = "".join(c for c in decomposed if not ("\u0300" <= c <= "\u036f"))
    return unicodedata.normalize("NFC", kept).translate(_DEVANAGARI_VARIANTS)


@dataclass(frozen=True)
class Token:
    """One word: ``text`` as typed (edge punctuation removed), ``key`` folded for look-ups."""

    index: int
    text: str
    key: str
    start: int
    end: int
    # Punctuation that followed the word ("," or "." ...): clause boundaries.
    trail: str

    @property
    def ends_clause(self) -> bool:
        return any(c in SENTENCE_END for c in self.trail)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


_WORD = re.compile(r"\S+")
_KEEPS_DOT = re.compile(r"[A-Za-z]|[ap]\.m|e\.g|i\.e|dr|mr|mrs|ms|prof|st|jr|sr", re.IGNORECASE)


def tokenise(text: str) -> list[Token]:
    """Split on white space; strip quotes and punctuation from each word's edges."""
    tokens: list[Token] = []
    for match in _WORD.finditer(text):
        raw, start = match.group(), match.start()
        lead = len(raw) - len(raw.lstrip(_LEAD))
        body = raw[lead:]
        stripped = body.rstrip(_TRAIL)
        # Keep the dot of an initial ("J."), a title ("Dr.") and "a.m."-style abbreviations.
        if body[len(stripped) : len(stripped) + 1] == "." and _KEEPS_DOT.fullmatch(stripped):
            stripped += "."
        if not stripped:
            continue
        trail = body[len(stripped) :]
        tokens.append(
            Token(
                index=len(tokens),
                text=stripped,
                key=fold(stripped),
                start=start + lead,
                end=start + lead + len(stripped),
                trail=trail,
            )
        )
    return tokens


def overlaps(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(token.start < end and start < token.end for start, end in spans)


def cut(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the character spans removed (each replaced by one space)."""
    pieces, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            start = last
        if end <= start:
            continue
        pieces.append(text[last:start])
        pieces.append(" ")
        last = end
    pieces.append(text[last:])
    return "".join(pieces)

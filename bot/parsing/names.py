"""Which words of the line name the client: a guess the matcher confirms.

A quoted name wins. Otherwise the candidates are runs of words that are not
date, channel, money or claim words nor common English verbs and function
words; the run at the start of the line ("Jane Smith call yesterday") or
right after a channel word or "with" ("call with Jane Smith", "met smith for
lunch") is preferred, capitalised runs over lower-case ones. The matcher
also searches the whole line, so a wrong guess costs only tidier notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.parsing.amounts import CLAIM_WORDS, NEGATORS
from bot.parsing.tokens import Token, overlaps

_QUOTED = re.compile(
    r"“([^”]{2,80})”|«\s*([^»]{2,80}?)\s*»|„([^“”]{2,80})[“”]|\"([^\"]{2,80})\""
    r"|(?:(?<=\s)|^)'([^']{2,80})'(?=[\s,.;:!?]|$)|‘([^’]{2,80})’"
)
# Words after which a name is expected.
WITH = frozenset({"with", "w/", "w", "avec", "med", "cu", "dengan", "साथ", "to"})
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "mr.", "mrs.", "ms.", "dr."})
_PARTICLES = frozenset(
    {"de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "la", "le", "bin"}
    | {"binti", "al", "el", "y", "ter", "ten", "st", "st.", "mac", "o"}
)
STOP = (
    frozenset(
        """
    a an the and or but with w/ to for from of on at in into by about re regarding via over
    after before during his her their our my your its he she they we i it him them us me
    this that these those is was were are am be been being has have had do did does will
    would can could should might must not no yes very also just again more some all any
    new old good great nice quick brief short long first second initial intro introductory
    annual quarterly monthly weekly review reviewed update updated catch catch-up caught
    chat chatted talk talked spoke speak spoken discussed discuss discussing discussion
    said says asked asks agreed agrees wants wanted needs needed mentioned sent send
    received got left went came saw explained presented introduced confirmed requested
    shared plan planning planned thinking considering interested happy concerned worried
    client clients prospect ok okay thanks thank please per as so then than there here
    what when where who why how which up out down off vm voicemail follow follow-up
    followup f/u re: note notes today yesterday tomorrow team family husband wife son
    daughter cfo ceo board portfolio account accounts acct re. ipo deal fund funds
    avec et le la les de du des pour sur au en un une med och för på om ett till cu și
    pentru despre dengan dan untuk tentang di ke के से को और ने का की में
    """.split()
    )
    | CLAIM_WORDS
    | NEGATORS
)
MAX_NAME_WORDS = 4
_INITIAL = re.compile(r"[A-Za-z]\.")
_ALSO_NAMES = frozenset({"may", "will", "bill", "sunday", "grant", "rich", "young", "long"})


@dataclass(frozen=True)
class ClientText:
    text: str
    start: int
    end: int


def quoted_name(text: str) -> ClientText | None:
    """The first quoted stretch: "..." “...” «...» or '...' (not an apostrophe)."""
    match = _QUOTED.search(text)
    if not match:
        return None
    group = next(i for i in range(1, 7) if match.group(i) is not None)
    name = match.group(group).strip()
    if not name:
        return None
    return ClientText(name, match.start(), match.end())


def _eligible(
    token: Token, consumed: list[tuple[int, int]], channel_words: set[str], following: Token | None
) -> bool:
    key = token.key
    # "May Smith", "Will Jones": a capitalised given name that is also a common word.
    also_a_name = (
        key in _ALSO_NAMES
        and token.capitalised
        and following is not None
        and following.capitalised
        and following.key not in STOP
    )
    return (
        not overlaps(token, consumed)
        and (key not in STOP or also_a_name)
        and key not in channel_words
        and not any(c.isdigit() for c in key)
        and not key.startswith(("#", "@", "$", "€", "£"))
        and any(c.isalpha() for c in key)
    )


def guess_client(
    tokens: list[Token],
    text: str,
    *,
    consumed: list[tuple[int, int]],
    channel_words: set[str],
) -> ClientText | None:
    """The run of words most likely to be the client's name, or None."""
    best: tuple[int, list[Token]] | None = None
    run: list[Token] = []
    for token in [*tokens, None]:
        following = tokens[token.index + 1] if token and token.index + 1 < len(tokens) else None
        inside_name = (
            token is not None
            and bool(run)
            and token.key in _PARTICLES
            and not token.trail
            and following is not None
            and (following.key in _PARTICLES or following.key not in STOP)
            and not overlaps(token, consumed)
        )  # "Jean de la Fontaine"
        if token is not None and (
            inside_name or _eligible(token, consumed, channel_words, following)
        ):
            run.append(token)
            if not token.trail or _INITIAL.fullmatch(token.text):
                continue
        if run:
            name = _name_in(run)
            score = _score(name, tokens, channel_words)
            if score > 0 and (best is None or score > best[0]):
                best = (score, name)
        run = []
    if best is None:
        return None
    name = best[1]
    start, end = name[0].start, name[-1].end
    return ClientText(text[start:end], start, end)


def _is_capitalised(token: Token) -> bool:
    return token.capitalised or bool(_INITIAL.fullmatch(token.text))


def _name_in(run: list[Token]) -> list[Token]:
    """The first capitalised stretch of the run (particles allowed inside), else its start."""
    for i, token in enumerate(run):
        if _is_capitalised(token):
            kept = [token]
            for later in run[i + 1 :]:
                if not (_is_capitalised(later) or later.key in _PARTICLES):
                    break
                kept.append(later)
            return _without_trailing_particles(kept)[:MAX_NAME_WORDS]
    kept, words = [], 0
    for token in run:
        words += token.key not in _PARTICLES
        if words > 3:
            break
        kept.append(token)
    return _without_trailing_particles(kept)


def _without_trailing_particles(name: list[Token]) -> list[Token]:
    while name and name[-1].key in _PARTICLES and not name[-1].capitalised:
        name = name[:-1]
    return name


def _score(name: list[Token], tokens: list[Token], channel_words: set[str]) -> int:
    """Where the words sit and how they are written; 0 means "not a name".

    +2 right after "with" or a channel word, +1 at the start of the line;
    +2 for two or more capitalised words, +1 for one.
    """
    if not name or all(token.key in _TITLES for token in name):
        return 0
    index = name[0].index - 1
    while index >= 0 and tokens[index].key in ({"the", "a"} | _TITLES):
        index -= 1
    before = tokens[index].key if index >= 0 else None
    after_cue = before is not None and (before in WITH or before in channel_words)
    capitalised = _is_capitalised(name[0]) and all(
        _is_capitalised(token) or token.key in _PARTICLES or token.key in _TITLES for token in name
    )
    score = 0
    if after_cue:
        score += 2
    elif before is None:
        score += 1
    if capitalised:
        score += 2 if len(name) > 1 else 1
    return score

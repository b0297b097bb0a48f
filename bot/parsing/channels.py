"""How the contact happened, from the words used: "call" -> phone, "lunch" -> in person...

No channel word means None: the caller asks with buttons rather than guess.
A video word next to a call or meeting word ("zoom call", "met on Teams")
makes the contact a video one. The local words are a best effort for the
languages reps write in; English always applies.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.parsing.tokens import Token, fold, overlaps


def _words(channel: str, words: str) -> dict[str, str]:
    return {fold(word): channel for word in words.split()}


ENGLISH = {
    **_words(
        "phone",
        "call calls called calling phone phones phoned phoning phonecall rang ring rings "
        "ringing rung telephone telephoned telephoning tel",
    ),
    **_words(
        "in_person",
        "met meet meets meeting meetings lunch lunches lunched lunching coffee coffees "
        "dinner dinners dined breakfast visit visits visited visiting in-person",
    ),
    **_words("email", "email emails emailed emailing e-mail e-mails e-mailed e-mailing"),
    **_words("mail", "letter letters mailed mailing mail posted"),
    **_words(
        "video",
        "video videocall video-call zoom zoomed zooming teams webex facetime facetimed",
    ),
}
LOCAL = {
    "fr": {
        **_words("phone", "appel appelé appelée téléphoné téléphone rappelé"),
        **_words(
            "in_person",
            "rencontré rencontrée rencontre réunion rendez-vous rdv déjeuner dîner café "
            "visite visité petit-déjeuner",
        ),
        **_words("email", "courriel mail mailé e-mail"),
        **_words("mail", "courrier lettre"),
        **_words("video", "visio visioconférence"),
    },
    "sv": {
        **_words("phone", "ringde ringt samtal telefon telefonsamtal"),
        **_words(
            "in_person", "träffade träffat träff möte mötte lunch middag fika kaffe besök besökte"
        ),
        **_words("email", "mejl mejlade mejlat e-post mail mailade"),
        **_words("mail", "brev"),
        **_words("video", "videosamtal videomöte"),
    },
    "ro": {
        **_words("phone", "sunat apel telefon telefonic"),
        **_words("in_person", "întâlnire întâlnit prânz cină cafea vizită vizitat"),
        **_words("email", "e-mail"),
        **_words("mail", "scrisoare"),
        **_words("video", "videoconferință"),
    },
    "ms": {
        **_words("phone", "telefon panggilan menelefon"),
        **_words("in_person", "jumpa berjumpa bertemu mesyuarat makan kopi lawatan melawat"),
        **_words("email", "emel e-mel"),
        **_words("mail", "surat"),
    },
    "hi": {
        **_words("phone", "फोन फ़ोन कॉल"),
        **_words("in_person", "मिले मिला मिली मुलाकात मीटिंग लंच डिनर कॉफी कॉफ़ी"),
        **_words("email", "ईमेल"),
        **_words("mail", "पत्र चिट्ठी"),
        **_words("video", "वीडियो"),
    },
}
_VIA = frozenset({"on", "via", "over", "by", "through", "per", "sur", "på", "pe", "melalui"})


def words_for(language: str) -> dict[str, str]:
    """English channel words, overridden by the locale's ("mail" is email in French)."""
    return {**ENGLISH, **LOCAL.get(language, {})}


@dataclass(frozen=True)
class ChannelWord:
    channel: str
    first: int  # token indices, inclusive
    last: int


def find_channel(
    tokens: list[Token], *, language: str, consumed: list[tuple[int, int]]
) -> ChannelWord | None:
    """The first channel word (with a neighbouring one, e.g. "phone call"), or None."""
    vocabulary = words_for(language)
    hits = [
        (token.index, vocabulary[token.key])
        for token in tokens
        if token.key in vocabulary and not overlaps(token, consumed)
    ]
    if not hits:
        return None
    for index, channel in hits:
        if channel != "video":
            continue
        before = tokens[index - 1].key if index > 0 else ""
        near = [i for i, c in hits if c in ("phone", "in_person") and abs(i - index) <= 2]
        if before in _VIA or near:
            return ChannelWord("video", min([index, *near]), max([index, *near]))
    index, channel = hits[0]
    last = index
    while last + 1 < len(tokens) and vocabulary.get(tokens[last + 1].key) == channel:
        last += 1
    return ChannelWord(channel, index, last)

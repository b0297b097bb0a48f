"""How the contact happened, from the words used: "call" -> phone, "fika" -> in person...

The words of all six languages apply to every line; no channel word means
None, and the caller asks with buttons rather than guess ("spoke with",
"discussed", "texted" name no channel). A video word next to a call or
meeting word ("zoom call", "apel video", "वीडियो कॉल", "met on Teams") makes
the contact a video one. The locale breaks one tie: "mail" is e-mail in
French, Swedish, Romanian, Malay and Hinglish, and post in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.parsing.tokens import Token, fold, overlaps


def _words(channel: str, words: str) -> dict[tuple[str, ...], str]:
    return {tuple(fold(w) for w in phrase.split()): channel for phrase in words.split("|")}


WORDS: dict[tuple[str, ...], str] = {
    **_words(
        "phone",
        "call|calls|called|calling|phone|phones|phoned|phoning|phonecall|ph|rang|ring|rings"
        "|ringing|rung|telephone|telephoned|tel|tél|tel.|appel|appelé|appelée|a appelé|appelle"
        "|téléphone|téléphoné|au tel|au tél|au téléphone|rappelé|ringde|ringt|samtal"
        "|telefon|telefonsamtal|a sunat|sunat|m-a sunat|apel|telefonic|la telefon|panggilan"
        "|menelefon|फोन|फ़ोन|कॉल|टेलीफोन|टेलीफ़ोन|फोन कॉल|फ़ोन कॉल|phone pe|phone kiya|call kiya|coup de fil|coup de téléphone"
        "|telefonmöte|dialled|dialed|con call|conference call|am sunat-o|am sunat-l|sunat-o"
        "|sunat-l|l-am sunat|i-am telefonat|am vorbit la telefon|ringa|ringer|ringa upp"
        # Typed in haste: "fone pe baat", "phn"; a call that came: "phone aaya", "फ़ोन आया".
        "|fone|phn|fone pe|fone kiya|phone aaya|phone aayi|call aaya|call aayi|fone aaya"
        "|फोन आया|फ़ोन आया|कॉल आया"
        # By phone: "entretien téléphonique", "convorbire telefonică" (a conversation).
        "|téléphonique|telephonique|telephonic|telefonică|telefonica|convorbire telefonică"
        "|convorbire telefonica|convorbire la telefon",
    ),
    **_words(
        "in_person",
        "met|meet|meets|meeting|meetings|mtg|mtng|lunch|lunches|lunched|lunching|coffee|coffees|tea"
        "|dinner|dinners|dined|breakfast|drinks|visit|visits|visited|visiting|in-person|in person"
        "|face to face|face-to-face|rencontré|rencontrée|rencontre|réunion|rendez-vous|rdv"
        "|déjeuner|déj|dej|dîner|diner|café|petit-déjeuner|petit-déj|visite|visité|vu|vue"
        "|träffade|träffades|träffat|träff|möte|mötet|mötte|middag|middagen|lunchen|fika|kaffe|besök|besökte|frukost"
        "|lunchade|întâlnire|intalnire|întâlnit|prânz|pranz|cină|cina|cafea|la cafea|vizită"
        "|vizitat|la masă|jumpa|berjumpa|bertemu|bersemuka|mesyuarat|makan|kopi|lawatan|sarapan"
        "|melawat|मुलाकात|मुलाक़ात|मिले|मिला|मिली|मिलीं|मीटिंग|लंच|डिनर|कॉफी|कॉफ़ी|mili|mila|mile"
        "|milna|milne|mulaqat|mulakat|भेंट|मिलने|बैठक|baithak|नाश्ता|नाश्ते|ब्रेकफास्ट|मीटिंग की|f2f|lunchmöte|entretien|rencontrés|ședință"
        "|office aaye|office aayi|office aaya|office aayi thi|office aaye the|ऑफिस आए|ऑफिस आईं"
        # Met somewhere: a round of golf, a gala, at the office ("la birou", "au bureau").
        "|golf|golfed|gala|la birou|au bureau|på kontoret|di pejabat"
        # Came by, or was seen at home: "stopped by the office", "at her home", "ke ghar gaye".
        "|stopped by|dropped by|popped in|popped by|came by|came in|at her home|at his home"
        "|at their home|souper|soupé|ghar gaye|ghar gaya|ghar gayi|ghar pe mile|office gaya"
        "|office gaye|office gayi|घर गए|घर गया|घर गई|ऑफिस गया|ऑफिस गए"
        "|conference|seminar|roadshow|conférence|séminaire|konferens|konferensen|conferință"
        "|conferinta|persidangan|सम्मेलन|sammelan"
        # At the office or at home: "in office Thurs", "home visit", "lawatan rumah".
        "|in office|in the office|at the office|at our office|in our office|office visit"
        "|home visit|house visit|visite à domicile|hembesök|vizită acasă|vizita acasa"
        "|lawatan rumah|ke rumah"
        # Over a drink or tea, as over a meal: "minum petang", "apéro", "la un ceai", "चाय पर"
        # (not "thé", which folds to "the").
        "|minum|minum-minum|apéro|apero|apéritif|ceai|la ceai|afterwork|चाय"
        # At the firm's branch or head office: "en agence", "la sediu", "di cawangan".
        "|en agence|à l'agence|a l'agence|au siège|au siege|en succursale|at the branch"
        "|in branch|in the branch|at our branch|la sediu|la sediul|la agenție|la agentie"
        "|la sucursală|la sucursala|på filialen|på banken|di cawangan|ke cawangan|ke pejabat"
        "|branch aaye|branch aaya|branch aayi|branch mein|ब्रांच"
        # Romanian "dejun" (lunch) and "micul dejun" (breakfast).
        "|dejun|micul dejun|mic dejun",
    ),
    **_words(
        "email",
        "email|emails|emailed|emailing|e-mail|e-mails|e-mailed|e-mailing|courriel|mailé|mejl"
        "|mejlade|mejlat|mejlar|e-post|mailade|emel|e-mel|ईमेल|ई-मेल|ईमेल किया|ई-मेल किया"
        "|मेल किया|मेल भेजा|ईमेल भेजा|इमेल|ई मेल",
    ),
    **_words(
        "mail",
        "letter|letters|mailed|posted|courrier|lettre|lettre recommandée|brev|scrisoare|surat"
        "|surat pos|चिट्ठी|पत्र|by post|patra|patra bheja|chitthi|chitthi bheji|letter bheja"
        # Sent by post or courier: "per post", "prin poștă", "melalui pos", "speed post".
        "|per post|via post|through post|in the post|par la poste|prin poștă|poștă|cu poșta"
        "|melalui pos|pos laju|speed post|registered post|post se|डाक|डाक से|courier|kurir"
        "|by courier|par coursier|med bud"
        # A parcel, by a carrier: "sent a FedEx pkg", "colis", "colet", "paket", "पार्सल".
        "|fedex|fedexed|fedex'd|dhl|parcel|parcels|colis|colet|coletul|paket|paketet|parsel|bungkusan"
        # The post by its carrier's name: "via USPS", "Royal Mail", "PostNord", "La Poste".
        "|usps|via usps|by usps|royal mail|postnord|la poste|chronopost|pos malaysia|india post"
        "|पार्सल|curier|kurier"
        # In Devanagari as said: "कूरियर से भेजा", "स्पीड पोस्ट", "पोस्ट से".
        "|कूरियर|कुरियर|स्पीड पोस्ट|पोस्ट से|रजिस्टर्ड पोस्ट",
    ),
    **_words(
        "video",
        "video|videocall|video-call|video call|zoom|zoomed|zooming|teams|webex|facetime"
        "|facetimed|google meet|visio|visioconférence|videosamtal|videomöte|videoconferință"
        "|videoconferinta|videoconf|apel video|वीडियो|ज़ूम|जूम|skype|skyped|webinar|teamsmöte|zoommöte"
        "|panggilan video|video kol|teams-möte|teams-mötet|zoom-möte|zoom-mötet|videomötet"
        "|teams meeting|zoom meeting|teams call|zoom call|appel teams|réunion teams"
        # Written in Devanagari as Hindi speakers say them: "टीम्स कॉल", "ज़ूम मीटिंग".
        "|टीम्स|टीम्स कॉल|टीम्स मीटिंग|ज़ूम कॉल|जूम कॉल|ज़ूम मीटिंग|वीडियो कॉल|वीडियो मीटिंग"
        "|वीडियो कॉन्फ्रेंस|गूगल मीट|स्काइप|वेबेक्स|फेसटाइम|फ़ेसटाइम|gmeet|hangout|hangouts"
        # A meeting held online is a video one, not one in person: "online meeting", "réunion
        # en ligne", "digitalt möte", "întâlnire online", "mesyuarat dalam talian". (Every word
        # of these phrases is never a name: none that a client may be called, so no "maya".)
        "|online meeting|virtual meeting|online mtg|virtual mtg|meeting online|online call"
        "|réunion en ligne|rdv en ligne|rendez-vous en ligne|entretien en ligne|réunion virtuelle"
        "|digitalt möte|digitala mötet|digitalt mötet|möte online|onlinemöte|onlinemötet"
        "|digitalmöte|distansmöte|întâlnire online|intalnire online|întâlnire virtuală"
        "|ședință online|sedinta online|mesyuarat dalam talian|mesyuarat online"
        "|jumpa online|meeting dalam talian|ऑनलाइन मीटिंग|वर्चुअल मीटिंग|ऑनलाइन कॉल",
    ),
}
# Words for a meeting that say nothing of where: by phone when a phone word follows.
_MEETINGS = frozenset(
    map(
        fold,
        "meeting mtg mtng entretien réunion rdv rendez-vous möte mötet întâlnire intalnire "
        "ședință mesyuarat मीटिंग बैठक baithak".split(),
    )
)
# "mail" alone: e-mail, except in English.
MAIL = ("mail",)
_VIA = frozenset(map(fold, "on via over by through per sur på pe melalui par".split()))
# "मैंडेट मिला" / "mandate mila" is a mandate received, not a meeting.
_GOT_AFTER = frozenset(map(fold, "मैंडेट अधिदेश mandate mandat".split()))


# Before a channel word ("couldn't meet", "tak dapat jumpa", "nu ne-am întâlnit") or after
# it in Hindi ("मिले नहीं"): that contact did not happen, so it names no channel.
_NOT_BEFORE = frozenset(
    map(
        fold,
        "not no never didn't didnt couldn't couldnt can't cant cannot wasn't won't wont missed "
        "pas jamais inte ej aldrig nu n-am n-a tak tidak belum gagal batal nahi nahin नहीं".split(),
    )
)
_NOT_AFTER = frozenset(map(fold, "नहीं nahi nahin".split()))


def _negated(tokens: list[Token], keys: list[str], first: int, last: int) -> bool:
    for index in range(first - 1, max(-1, first - 3), -1):
        if tokens[index].trail.strip():
            break
        if keys[index] in _NOT_BEFORE:
            return True
    return last + 1 < len(keys) and not tokens[last].trail.strip() and keys[last + 1] in _NOT_AFTER


# "tel 212-555-0148", "tél: 06 12 34 56 78": a number's label, not how the contact happened.
_LABELS = frozenset(map(fold, "tel tél tel. ph telefon tfn".split()))
_PHONE = re.compile(r"\+?\(?\d[\d().\-]*")
# "telefon 2026-12-04 kl. 14.10", "tel 4.12.2026": a day after the word, not its number.
_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})")


# Words saying the rep and the client talked, naming no medium ("spoke", "pratade", "baat").
_SPOKE = frozenset(
    map(
        fold,
        "talked spoke spoken chatted pratade pratat talade snackade parlé discuté vorbit "
        "vorbim berbual bercakap cakap borak baat बात".split(),
    )
)


def _labels_a_number(tokens: list[Token], keys: list[str], last: int) -> bool:
    if keys[last] not in _LABELS or last + 1 >= len(tokens):
        return False  # "tel 212-555-0148", "rdv tél 06 12 34 56 78": the label ends it
    digits = 0
    if _DATE_LIKE.fullmatch(tokens[last + 1].text.rstrip(",.;")):
        return False
    for token in tokens[last + 1 : last + 5]:
        if not _PHONE.fullmatch(token.text):
            break
        digits += sum(c.isdigit() for c in token.text)
    return digits >= 7


# Swedish joins words: "frukostmöte", "kundmöte", "affärslunch", "kundsamtal". A compound
# ending in a meeting, meal or call word is that contact, unless what it starts with is a
# channel word of its own ("telefonmöte", "teamsmötet"). The ending is matched as typed
# ("möte" with its "ö", never "promote"), and what comes before it is a word (3 letters);
# no "middag" ending: "eftermiddag" is the afternoon.
_COMPOUND_ENDS = {
    **dict.fromkeys(
        "möte mötet möten besök besöket träff träffen lunch lunchen frukost frukosten fika".split(),
        "in_person",
    ),
    **dict.fromkeys("samtal samtalet".split(), "phone"),
}
_COMPOUND = re.compile(
    rf"([^\W\d_]{{3,}}?)s?({'|'.join(sorted(_COMPOUND_ENDS, key=len, reverse=True))})"
)


def _compound(token: Token, vocabulary: dict[tuple[str, ...], str]) -> str | None:
    match = _COMPOUND.fullmatch(token.text.lower())
    if match is None:
        return None
    start = fold(match.group(1))
    own = vocabulary.get((start,)) or vocabulary.get((start + "s",))
    return own or _COMPOUND_ENDS[match.group(2)]


def words_for(language: str) -> dict[tuple[str, ...], str]:
    """Every channel word; "mail" is e-mail unless the rep's language is English."""
    return {**WORDS, MAIL: "mail" if language == "en" else "email"}


@lru_cache(maxsize=1)
def every_word() -> frozenset[str]:
    """Single words that are channel words (never names)."""
    return frozenset(word for key in WORDS for word in key) | {"mail"}


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
    keys = [token.key for token in tokens]
    hits: list[tuple[int, int, str]] = []
    labels: list[tuple[int, int, str]] = []  # "tel 070-123 45 67": a number's label
    index = 0
    while index < len(tokens):
        found = None
        for size in (3, 2, 1):
            key = tuple(keys[index : index + size])
            free = not any(overlaps(t, consumed) for t in tokens[index : index + size])
            # One phrase, not words of two clauses: "rdv, tel 06 …" is a meeting.
            whole = not any(t.trail.strip() for t in tokens[index : index + size - 1])
            if len(key) == size and key in vocabulary and free and whole:
                if size > 1 and _labels_a_number(tokens, keys, index + size - 1):
                    continue  # "rdv tél 06 12 34 56 78": a meeting, and a number's label
                found = (index, index + size - 1, vocabulary[key])
                break
        if found is None and not overlaps(tokens[index], consumed):
            compound = _compound(tokens[index], vocabulary)
            found = (index, index, compound) if compound else None
        if (
            found
            and keys[index] in ("mila", "मिला")
            and index > 0
            and keys[index - 1] in _GOT_AFTER
        ):
            found = None
        if found and _labels_a_number(tokens, keys, found[1]):
            labels.append(found)
            index = found[1] + 1
            continue
        if found and _negated(tokens, keys, found[0], found[1]):
            index = found[1] + 1  # "tak dapat jumpa, emel sahaja": no meeting was had
            continue
        if found:
            hits.append(found)
            index = found[1] + 1
        else:
            index += 1
    if not hits and labels and _SPOKE.intersection(keys):
        # "tel 070-123 45 67, … pratade 10 min": they talked, and no word says how but the
        # number's label: on that number. A number alone is no contact ("ny adress, tel …").
        first, last, channel = labels[0]
        return ChannelWord(channel, first, last)
    if not hits:
        return None
    for first, last, channel in hits:
        if channel != "video":
            continue
        before = keys[first - 1] if first > 0 else ""
        near = [(a, b) for a, b, c in hits if c in ("phone", "in_person") and abs(a - first) <= 2]
        if before in _VIA or near:
            spans = [(first, last), *near]
            return ChannelWord("video", min(s[0] for s in spans), max(s[1] for s in spans))
    first, last, channel = hits[0]
    if channel == "in_person" and keys[last] in _MEETINGS and len(hits) > 1:
        # "entretien tel", "rdv tél", "întâlnire telefonică": a meeting held by phone.
        then = hits[1]
        if then[2] == "phone" and then[0] == last + 1 and not tokens[last].trail.strip():
            return ChannelWord("phone", first, then[1])
    while last + 1 < len(tokens):
        following = vocabulary.get((keys[last + 1],))
        if following != channel:
            break
        last += 1
    return ChannelWord(channel, first, last)

"""Words that make a sum no claim: negated, hedged, on a condition, cancelled or lost.

A negated or hedged word ("did NOT pledge", "pas de versement", "belum deposit", "कोई जमा
नहीं", "might deposit", "skulle han sätta in", "a dit non pour le versement") claims
nothing, nor does one on a condition later in its clause ("… la semaine prochaine si la
vente se fait", "… om försäljningen går igenom"), opening the next ("pledged $1m, provided
…") or an "if" anywhere before it in its clause ("if the sale closes next month he deposits
£2m", "agar market gira toh 5 crore lagayenge"). A promise or a deposit taken back ("drog
tillbaka sitt löfte", "cancelled the $250k pledge", "… puis s'est rétractée", "avbröt
åtagandet") is none, as is one sent back ("reversed the A$250k deposit", "bounced wire",
"återkallad insättning"), and so is the fee of a mandate lost, not signed or not won ("mandate
lost", "nu a mai semnat mandatul", "mandate नहीं मिला").

Pure code over the line's tokens: ``bot.parsing.outcome_words`` and ``bot.parsing.claims``
ask, word by word and claim by claim.
"""

from __future__ import annotations

from bot.parsing.amounts import CURRENCY_WORDS, MULTIPLIERS
from bot.parsing.clauses import ABBREVIATIONS, CONJUNCTIONS, CONTRASTS, bare, clause_break, match
from bot.parsing.clauses import phrases as _keys
from bot.parsing.outcome_lexicon import OUTCOME_KEYS
from bot.parsing.tokens import ACCOUNT, Token, fold

NEGATORS = frozenset(
    map(
        fold,
        "not no never didn't didnt hasn't hasnt haven't havent won't wont isn't wasn't nothing "
        "nil pas n'a aucun aucune rien sans non nej inte ej ingen inget aldrig nu n-a niciun nicio "
        "fără fara tak tidak belum bukan tiada takde नहीं nahi nahin कोई koi zero declined "
        "refused rejected refusé refuză menolak इनकार".split(),
    )
)
# A sum that may come, or is meant to, is not yet one that came: no claim.
HEDGES = frozenset(
    map(
        fold,
        "may might could would should considering maybe perhaps possibly thinking plans planning "
        "waiting awaiting expecting väntar așteaptă menunggu intezaar इंतजार "
        "wants want will shall 'll going intends expects hopes hoping if unless "
        "peut-être pourrait envisage veut voudrait va vont compte prévoit devrait "
        "kanske funderar vill ska skall skulle kommer planerar överväger tänker "
        "poate putea poată vrea ar intenționează plănuiește urmează dacă "
        "mungkin nak mahu ingin akan bercadang kalau fikir berfikir "
        # Thinking of it: "se gândește să depună", "fikir nak masukkan".
        "gândește gandeste gândesc gandesc "
        "शायद shayad agar chahte chahti "
        # Hoped for: "hoppas på en insättning om 2 mkr", "espère un dépôt de 1 M€".
        "hoppas hoppades espère espèrent espérons espérait speră spera sperăm berharap "
        "harapkan umeed ummeed उम्मीद likely probably hopefully probablement troligen "
        "förmodligen probabil".split(),
    )
)
CONDITIONS = frozenset(
    map(
        fold,
        "if unless provided once om dacă daca kalau jika agar अगर conditional conditionnel "
        "conditionnelle villkorat villkorad condiționat condiționată bersyarat".split(),
    )
)
# "si" is French "if" and Romanian "and" (și typed without its comma): a condition only in
# a French rep's line.
_CONDITIONS_BY_LANGUAGE = {"fr": frozenset(("si", "s'il", "s'ils"))}
# Hindi negates and speaks of the future after the verb: "जमा नहीं किया", "जमा करेंगे".
NEGATORS_AFTER = frozenset(
    map(
        fold,
        "नहीं nahi nahin not inte करेंगे करेगा करेगी करेंगी karenge karega karegi karengi "
        "चाहते चाहती chahte chahti cancelled canceled withdrawn retracted annulé annulée "
        "annulat anulat dibatalkan batal रद्द radd expected attendu attendue väntas așteptat "
        "asteptat dijangka planned prévu prévue prévus prévues planifié planifiée planerad "
        "planerat programat programată planificat dirancang umeed ummeed उम्मीद".split(),
    )
)
# A promise or deposit taken back is none: "drog tillbaka sitt löfte om 1 mkr", "took back
# his pledge", "a retras promisiunea", "3 crore ki pledge wapas le li". Before the outcome
# word (a possessive may stand between) or after it.
RETRACTED_BEFORE = _keys(
    "took back|taken back|take back|withdrew|withdrawn|retracted|revoked|cancelled|canceled"
    "|backed out of|pulled|reneged on|went back on|drog tillbaka|drar tillbaka|dragit tillbaka"
    "|tog tillbaka|tagit tillbaka|återkallade|återkallat|ångrade|a retiré|retiré|a annulé"
    "|annulé|est revenu sur|est revenue sur|a renoncé à|renoncé à|renoncée à|renonce à"
    "|gave up on|decided against|decided not to|a renunțat să|a renunțat la|renunțat la"
    "|avstod från|har avstått från|avstår från|a retras|și-a retras|si-a retras"
    "|a anulat|a revenit asupra|tarik balik|menarik balik|membatalkan|batalkan|wapas liya"
    "|wapas le li|वापस ले ली|वापस लिया"
    # Broken off, called off, cancelled: "avbröt åtagandet på 1 mkr", "scrapped the pledge",
    # "a résilié son engagement", "a reziliat angajamentul", "pledge cancel kar di".
    "|avbröt|har avbrutit|avbrutit|annullerade|har annullerat|sade upp|sa upp|scrapped"
    "|dropped|called off|broke off|terminated|a résilié|résilié|a rompu|a abandonné"
    "|a reziliat|reziliat|a abandonat|membatalkan|cancel kar di|cancel kar diya|cancel kiya"
    "|radd kiya|radd kar di|रद्द किया|रद्द कर दी|रद्द कर दिया"
    # Sent back, reversed or bounced, so never came: "reversed the A$250k deposit", "bounced
    # wire of $300k", "återkallad insättning på 300 tkr", "a returnat depunerea", "wapas kiya".
    "|reversed|recalled|returned|bounced|refunded|failed|extourné|a extourné|retourné"
    "|a retourné|rejeté|a rejeté|renvoyé|a renvoyé|återkallad|återkallat|återförd|återförde"
    "|returnerad|returnerade|studsad|studsade|avvisad|returnat|a returnat|stornat|a stornat"
    "|respins|a respins|dipulangkan|memulangkan|pulangkan|dikembalikan|mengembalikan"
    "|wapas kiya|wapas kar diya|reverse kiya|reverse kar diya|वापस किया|वापस कर दिया"
)
RETRACTED_AFTER = _keys(
    "taken back|withdrawn|retracted|revoked|cancelled|canceled|wapas|वापस|retiré|retirée"
    "|annulé|annulée|tillbakadragen|tillbakadraget|återkallad|återkallat|retras|retrasă"
    "|anulat|anulată|ditarik balik|ditarik|dibatalkan|batal"
)
# Never came, said after the claim in its clause: "the 500k deposit bounced", "deposit RM
# 500k tak jadi", "depunerea de 90.000 lei respinsă", "20 lakh ka deposit nahi hua".
NEVER_CAME = _keys(
    "bounced|was returned|was reversed|reversed|failed|rejected|was rejected|refusé|refusée"
    "|rejeté|rejetée|annulé|annulée|avvisad|avvisades|studsade|respins|respinsă|a fost respins"
    "|a fost respinsă|anulat|anulată|a fost anulat|a fost anulată|tak jadi|tidak jadi|gagal"
    "|ditolak|bounce ho gaya|fail ho gaya|nahi hua|नहीं हुआ|नहीं हुई"
    # Called off, in the passive: "insättningen på 1 mkr till ACC-… avbröts".
    "|avbröts|avbrutits|annullerades|makulerades|stoppades|drogs tillbaka|togs tillbaka"
    "|was cancelled|was canceled|got cancelled|cancelled|canceled|dibatalkan"
    # Sent back: "the A$250k deposit reversed", "insättningen på 300 tkr återförd",
    # "depunerea de 500.000 lei returnată", "deposit RM 300k dipulangkan".
    "|recalled|returned|refunded|extourné|extournée|retourné|retournée|återförd|återförda"
    "|återfördes|returnerad|returnerades|återkallad|återkallades|returnat|returnată|stornat"
    "|stornată|dipulangkan|dikembalikan|reverse ho gaya|wapas ho gaya|वापस हो गया"
)
# The words of a retraction, one by one: never a look-alike of an outcome word themselves
# ("membatalkan", cancelling, is no "membawa").
RETRACTION_WORDS = frozenset(
    word for table in (RETRACTED_BEFORE, RETRACTED_AFTER) for phrase in table for word in phrase
)
# Taken back after the claim is stated, in its clause, perhaps after "then": "the 1m pledge
# is off", "a promis 400k puis s'est rétractée", "a promis 1 mil. apoi s-a răzgândit".
TAKEN_BACK_LATER = _keys(
    "is off|was off|is now off|now off|are off|fell through|has fallen through|called off"
    "|was called off|pulled out|has pulled out|backed out|has backed out|changed his mind"
    "|changed her mind|changed their mind|s'est rétracté|s'est rétractée|s'est rétractés"
    "|s'est désisté|s'est désistée|a changé d'avis|est tombé à l'eau|est tombée à l'eau"
    "|tombé à l'eau|s-a retras|s-a răzgândit|s-a razgandit|a renunțat|a renuntat|a picat"
    "|drog sig ur|har dragit sig ur|drog tillbaka|ångrade sig|har ångrat sig|är av|föll bort"
    "|föll igenom|tarik diri|menarik diri|tarik balik|menarik balik|dibatalkan|batal"
    "|cancel ho gaya|cancel ho gayi|cancel kar diya|mukar gaye|mukar gayi|mukar gaya"
    "|मुकर गए|मुकर गई|मुकर गया|रद्द हो गया|रद्द हो गई|palat gaye|wapas le liya|wapas le li"
)
# A mandate lost, or a fee gone with it: "mandate lost to Numis", "a pierdut mandatul",
# "onorariul de 150k euro pierdut", "fees 2 crore gaya" (went).
LOST_BEFORE = _keys(
    "lost|lose|losing|has lost|have lost|perdu|perdue|perdus|a perdu|avons perdu"
    "|pierdut|pierdută|a pierdut|am pierdut|au pierdut|förlorade|förlorat|har förlorat|tappade"
    "|tappat|kalah|hilang|terlepas"
)
# After it too, Hindi's "went": "fees 2 crore gaya", "mandate haath se gaya".
LOST = LOST_BEFORE | _keys(
    "gone|gaya|chala gaya|haath se gaya|haar gaye|खो दिया|खो गया|चला गया|गया|हार गए"
)
# Words of a clause before the mandate they negate: "nu a mai semnat mandatul" (has not
# signed the mandate any more), "did not win the mandate", "n'a pas obtenu le mandat".
_MANDATE_NEGATION_REACH = 5
# Said of a plan, these close the clause ("the 1m pledge is off"), never lead on ("is off to
# Paris").
_OFF_CLOSING = frozenset(("off",))
_THEN = frozenset(
    map(
        fold,
        "then puis ensuite et and apoi și si sedan och men lalu kemudian dan tapi phir फिर".split(),
    )
)
_POSSESSIVES = frozenset(
    map(
        fold,
        "his her their its the a an sa son ses leur le les sitt sin sina hans hennes deras "
        "promisiunea angajamentul lui ei dia nya unki unka uska apna apni".split(),
    )
)
# French says "would" on the verb: "elle verserait 1 M€" (would deposit), "ils
# apporteraient", "il transférerait". A sum that would come, were something so, is none,
# and nothing to ask, as "would deposit" and "ar depune" are none.
_CONDITIONAL_MOOD = ("erait", "eraient", "irait", "iraient", "rait", "raient")
_CONDITIONAL_STEM = 4  # letters before the ending: "verserait", never "trait", "portrait"


def conditional_mood(key: str) -> bool:
    """A French verb in the conditional mood ("verserait", "apporteraient")."""
    return key.isalpha() and any(
        key.endswith(ending) and len(key) - len(ending) >= _CONDITIONAL_STEM
        for ending in _CONDITIONAL_MOOD
    )


# Hindi's future, on the verb: "daalenge", "bhejega", "डालेंगे" (will put, will send).
HINDI_FUTURE = ("enge", "ega", "egi", "engi", "ेंगे", "ेगा", "ेगी", "ेंगी")


def mandate_lost(tokens: list[Token], keys: list[str], first: int, last: int) -> bool:
    """The mandate at ``first``..``last`` was not won: negated or hedged ("mandate नहीं
    मिला", "nu a mai semnat mandatul"), or lost ("mandate lost", "lost the mandate")."""
    if negated(tokens, keys, first, last) or _lost_after(tokens, keys, last):
        return True
    for index in range(last + 1, min(len(keys), last + 3)):
        if tokens[index - 1].trail.strip():
            break
        if keys[index] in NEGATORS:  # "mandat tidak dapat", "mandate not signed"
            return True
    if _negated_later(tokens, keys, last):
        return True
    for index in range(first - 1, max(-1, first - 1 - _MANDATE_NEGATION_REACH), -1):
        if tokens[index].trail.strip() or keys[index] in CONTRASTS or keys[index] in CONJUNCTIONS:
            return False
        if (
            keys[index] in NEGATORS
            or keys[index].endswith("n't")
            or match(keys, index, LOST_BEFORE)
        ):
            return True
    return False


# How far after the mandate its clause may say it is not signed, past its fee ("le mandat
# de 1,5 M€ n'est pas signé", "the 2m mandate is not signed yet").
_MANDATE_NOT_SIGNED_REACH = 7


def _negated_later(tokens: list[Token], keys: list[str], last: int) -> bool:
    """ "le mandat de 1,5 M€ n'est pas signé", "mandatul de 2 mil. EUR nu e semnat",
    "mandatet på 3 mkr är inte klart": negated later in the mandate's clause, before any
    "and" or "but" (another item's)."""
    for index in range(last + 1, min(len(keys), last + 1 + _MANDATE_NOT_SIGNED_REACH)):
        if clause_break(tokens, index - 1, index, dotted=True):
            return False  # a scale's own dot ("5 mil. EUR") ends no clause
        if keys[index] in CONJUNCTIONS or keys[index] in CONTRASTS:
            return False
        if keys[index] in NEGATORS or keys[index].endswith("n't"):
            return True
    return False


def _lost_after(tokens: list[Token], keys: list[str], last: int) -> bool:
    """ "mandate lost", "onorariul de 150k euro pierdut": lost, right after (in its clause)."""
    after = last + 1
    return after < len(keys) and not tokens[last].trail.strip() and bool(match(keys, after, LOST))


# Right before a verb, the mark of one not (yet) done: "speranța ei e să depună" (that she
# deposit), "funderar på att sätta in" (to put in). Only right before it: "att han satte in".
_TO_BEFORE = frozenset(map(fold, "să att".split()))


def _retracted(tokens: list[Token], keys: list[str], first: int, last: int) -> bool:
    """Taken back, in the word's own clause: "drog tillbaka sitt löfte", "pledge wapas le li"."""
    start = first
    # Possessives and the sum itself may stand between: "cancelled the $250k pledge".
    while (
        start > 0
        and (keys[start - 1] in _POSSESSIVES or _sum_word(tokens[start - 1]))
        and not tokens[start - 1].trail.strip()
    ):
        start -= 1
    # Right before the word too: "renoncé à verser" ("à" folds to "a", an article).
    for end in {first, start}:
        for size in (4, 3, 2, 1):
            begin = end - size
            if (
                begin >= 0
                and not any(t.trail.strip() for t in tokens[begin:end])
                and (
                    tuple(keys[begin:end]) in RETRACTED_BEFORE
                    # Lost, as a mandate is: "lost the 2m deposit", "a pierdut depunerea".
                    or tuple(keys[begin:end]) in LOST_BEFORE
                )
            ):
                return True
    index = _past_its_account(tokens, keys, last + 1)
    reach = index + 2
    while index < len(keys) and not tokens[index - 1].trail.strip() and index <= reach:
        if match(keys, index, RETRACTED_AFTER) or match(keys, index, NEVER_CAME):
            return True
        index += 1
    return False


# Between the account and a cancellation said of the claim: its verb's auxiliary ("le virement
# … sur ACC-3014 est annulé", "a fost anulat", "was cancelled", "telah dibatalkan").
_BEFORE_THE_PARTICIPLE = _keys(
    "est|a été|a ete|was|is|has been|had been|got|har|har blivit|blev|a fost|s-a|telah|sudah|dah|ho"
)


def _past_its_account(tokens: list[Token], keys: list[str], index: int) -> int:
    """Past "into ACC-…" and an auxiliary after a claim, to where what befell it is said:
    "insättningen på 1 200 000 kr till ACC-3214 avbröts", "… sur ACC-3014 est annulé"."""
    probe = index
    if probe < len(keys) and not tokens[probe - 1].trail.strip():
        if probe + 1 < len(keys) and keys[probe] in _INTO_AN_ACCOUNT:
            probe += 1
        if ACCOUNT.fullmatch(tokens[probe].text) and not tokens[probe - 1].trail.strip():
            index = probe + 1
            if index < len(keys) and not tokens[index - 1].trail.strip():
                index += match(keys, index, _BEFORE_THE_PARTICIPLE)
    return index


_INTO_AN_ACCOUNT = frozenset(
    map(fold, "into in to onto sur dans vers till på în in pe ke ka kedalam dalam mein में".split())
)


def _sum_word(token: Token) -> bool:
    """A word of a sum written before its outcome word: "$250k", "1,5", "M€", "crore", "lei"."""
    text = token.text
    return (
        any(c.isdigit() for c in text)
        or (len(text) <= 4 and any(c in "$€£₹" for c in text))
        or bare(token.key) in ABBREVIATIONS
        or token.key in MULTIPLIERS
        or token.key in CURRENCY_WORDS
    )


def taken_back_later(tokens: list[Token], end: int) -> bool:
    """A claim ending at ``end`` taken back later in its clause ("… puis s'est rétractée")."""
    keys = [token.key for token in tokens]
    index = _past_its_account(tokens, keys, end + 1)
    end = index - 1
    while index < len(keys) and index <= end + 5 and not tokens[index - 1].trail.strip():
        size = match(keys, index, TAKEN_BACK_LATER) or match(keys, index, NEVER_CAME)
        if size:
            closing = index + size
            return keys[closing - 1] not in _OFF_CLOSING or (
                closing == len(keys) or bool(tokens[closing - 1].trail.strip())
            )
        if keys[index] not in _THEN and keys[index] not in CONTRASTS and index > end + 2:
            return False
        index += 1
    return False


# A hedge closing the clause ("investing 1 crore next month maybe"): the whole clause hedged.
_CLOSING_HEDGES = frozenset(
    map(
        fold, "maybe perhaps possibly peut-être kanske eventuellt poate mungkin shayad शायद".split()
    )
)


def _hedged_after(tokens: list[Token], keys: list[str], last: int) -> bool:
    index = last + 1
    while index < len(keys) and index <= last + 7:
        if keys[index] in _CLOSING_HEDGES and (
            index + 1 == len(keys) or tokens[index].trail.strip()
        ):
            return True
        if tokens[index].trail.strip():
            return False
        index += 1
    return False


def negated(tokens: list[Token], keys: list[str], first: int, last: int) -> bool:
    if _retracted(tokens, keys, first, last) or _hedged_after(tokens, keys, last):
        return True
    if first > 0 and keys[first - 1] in _TO_BEFORE and not tokens[first - 1].trail.strip():
        return True
    if first > 0 and keys[first - 1].endswith("'d") and not keys[first].endswith("ed"):
        return True  # "he'd pledge" (would), not "he'd pledged" (had)
    for index in range(first - 1, max(-1, first - 4), -1):
        if tokens[index].trail.strip() and index != first - 1:
            break
        if keys[index] in CONTRASTS or keys[index] in CONJUNCTIONS:
            break  # "didn't pledge but deposited 1m": the "didn't" is the pledge's
        key = keys[index]
        if key in NEGATORS or key in HEDGES or key.endswith(("n't", "'ll", "nt'")):
            return True
        if tokens[index].trail.strip():
            break
    for index in range(last + 1, min(len(keys), last + 3)):
        if keys[index] in NEGATORS_AFTER:
            return True
        if tokens[index].trail.strip():
            break
    return False


# How far after a claim a condition may come in its clause ("elle verse 300 k€ la semaine
# prochaine si la vente se fait", "satta in 1 mkr om försäljningen går igenom").
_CONDITION_REACH = 8


def conditional(tokens: list[Token], first: int, last: int, *, language: str = "en") -> bool:
    """ "fee 3m if we win", "pledge of 1m cancelled", "still waiting for the 1m deposit":
    a condition, a cancellation or a wait around the claim, in its clause. A condition may
    come later in the clause, up to the next "and", "but" or figure (another claim's)."""
    conditions = CONDITIONS | _CONDITIONS_BY_LANGUAGE.get(language, frozenset())
    beyond = False  # past an "and", a "but", another figure or outcome word: another claim's
    for probe in range(last + 1, min(len(tokens), last + 1 + _CONDITION_REACH)):
        if tokens[probe - 1].trail.strip():
            # The next clause may open with the condition: "a promis 300.000 lei, but only
            # if the apartment sells", "pledged 1m, provided the sale closes".
            if not beyond and _opens_with_condition(tokens, probe, conditions):
                return True
            break  # a hedge before the claim still counts ("hopes to add 100k …, nothing firm")
        key = tokens[probe].key
        if (key in conditions and not beyond) or (probe <= last + 3 and key in NEGATORS_AFTER):
            return True
        if key in _HEDGES_AFTER and not beyond:
            return True  # "3 lakh jama karne ka soch rahe hain": thinking of it, not done
        if probe <= last + 2 and not beyond and key.endswith(HINDI_FUTURE):
            return True  # "30 lakh ACC-6607 mein daalenge" (will put): to come
        beyond = beyond or (
            key in CONJUNCTIONS
            or key in CONTRASTS
            or any(c.isdigit() for c in key)
            or key in OUTCOME_KEYS
        )
    for probe in range(first - 1, max(-1, first - 5), -1):
        if tokens[probe].trail.strip():
            break
        key = tokens[probe].key
        if key in CONTRASTS or key in CONJUNCTIONS:
            break
        if key in HEDGES or key in NEGATORS or _hope_to(tokens, probe):
            return True
    openers = conditions - _OPENS_ONLY_IN.keys() | {
        word for word, where in _OPENS_ONLY_IN.items() if where == language
    }
    return _opened_by_condition(tokens, first, openers) or _after_a_condition(
        tokens, first, conditions
    )


# Thinking of it, said after the sum and its verb (Hindi puts the verb last): "3 lakh jama
# karne ka soch rahe hain", "5 lakh daalne par vichar kar rahe".
_HEDGES_AFTER = frozenset(map(fold, "soch सोच sochenge sochna vichar विचार".split()))


# "om" opens a condition in a Swedish rep's line; to a Romanian one it is "a man" ("om serios
# a depus 200.000 lei": a serious man deposited).
_OPENS_ONLY_IN = {"om": "sv"}


# Conditions that say "if" wherever they stand before the sum in its clause ("om" is also
# "about", "si" also "so" or Romanian "and": those count only right by the claim).
_IFS = frozenset(map(fold, "if unless dacă daca kalau jika agar अगर".split()))


def _opened_by_condition(tokens: list[Token], first: int, conditions: frozenset[str]) -> bool:
    """ "if the sale closes next month he deposits £2m", "dacă vinde apartamentul depune
    500.000 lei", "agar market gira toh 5 crore": an "if" earlier in the claim's clause,
    however far, puts the claim on it, unless a "but" comes between. "si" and "om" (also
    "so", "about") count so only when they open the clause: "…, si la vente se fait il
    versera 3 Mio", "mejl igår: om försäljningen går igenom sätter han in 4 mkr"."""
    for probe in range(first - 1, -1, -1):
        if tokens[probe].trail.strip() and any(c in _CLAUSE_MARKS for c in tokens[probe].trail):
            return False
        key = tokens[probe].key
        if key in CONTRASTS:
            return False
        if key in _IFS:
            return True
        opens = probe == 0 or any(c in _CLAUSE_MARKS + ":-–—" for c in tokens[probe - 1].trail)
        if key in conditions and opens:
            return True
    return False


_CLAUSE_MARKS = ",;.!?"


def _after_a_condition(tokens: list[Token], first: int, conditions: frozenset[str]) -> bool:
    """The clause before the claim's is a condition of its own, with no sum: "si la vente se
    fait, versement de 1 M€", "if the sale closes, deposit of $1m", "om huset säljs, 2 mkr
    in", "dacă vinde casa, depune 500.000 lei". Only the clause right before, after a comma."""
    index = first - 1
    while index >= 0 and not tokens[index].trail.strip():
        index -= 1
    if index < 0 or tokens[index].trail.strip() not in (",", ";"):
        return False
    end = index
    start = end
    while start > 0 and not tokens[start - 1].trail.strip():
        start -= 1
    if tokens[start].key not in conditions and not (
        tokens[start].key in _ONLY and start < end and tokens[start + 1].key in conditions
    ):
        return False
    return not any(any(c.isdigit() for c in token.text) for token in tokens[start : end + 1])


# "only" before a condition: "but only if", "mais seulement si", "dar doar dacă", "men
# bara om", "tapi hanya jika", "lekin sirf agar".
_ONLY = frozenset(
    map(fold, "only just seulement uniquement doar numai bara endast hanya cuma sirf".split())
)


def _opens_with_condition(tokens: list[Token], index: int, conditions: frozenset[str]) -> bool:
    """The clause at ``index`` opens with a condition (after a "but", an "only") and names no
    sum of its own: the condition is the claim's before it."""
    if tokens[index - 1].trail.strip() not in (",", ";", "-", "–"):
        return False  # a sentence ended: what follows is said of something else
    for skip in (CONTRASTS, _ONLY):
        if index < len(tokens) and tokens[index].key in skip and not tokens[index].trail.strip():
            index += 1
    if not (index < len(tokens) and tokens[index].key in conditions):
        return False
    # With a sum of its own the condition is that sum's: "deposited RM 1m, kalau boleh lagi
    # 500k next month" keeps the deposit.
    for token in tokens[index:]:
        if any(c.isdigit() for c in token.text):
            return False
        if token.trail.strip():
            break
    return True


def _hope_to(tokens: list[Token], index: int) -> bool:
    """ "hope to get the 1.5m mandate": hoped for, not won. "Hope" alone may be a name."""
    return (
        tokens[index].key == "hope"
        and index + 1 < len(tokens)
        and tokens[index + 1].key == "to"
        and not tokens[index].trail.strip()
    )

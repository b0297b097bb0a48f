"""Which words of a line name people: spans the matcher checks against the rep's book.

A name is written capitalised in a line that uses capitals ("met Jane Smith",
"Popescu Ștefan"), in any case in a line written all in lower case ("lunch w
jane"), and in Devanagari, which has no case, as any word that is not a known
Hindi word. Titles and honorifics (Mr, Mme, Puan, Datuk Seri, जी / ji) belong
to the span but are not name words; particles (de, bin, binti, bt, a/l) join
the words around them. All-capital words are acronyms (PER, ISK, KYC), not
names. Words the line already used (dates, channel, amounts, tags) are never
names. A span preceded by a household word ("les Castellane", "familjen
Lindqvist", "Familia Popescu") or followed by one ("Castellane family") names
a household, and is marked so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.parsing.tokens import Token, fold, overlaps
from bot.parsing.translit import is_devanagari

_QUOTED = re.compile(
    r"“([^”]{2,80})”|«\s*([^»]{2,80}?)\s*»|„([^“”]{2,80})[“”]|\"([^\"]{2,80})\""
    r"|(?:(?<=\s)|^)'([^']{2,80})'(?=[\s,.;:!?]|$)|‘([^’]{2,80})’"
)
TITLES = frozenset(
    map(
        fold,
        "mr mrs ms miss dr prof sir m mme madame monsieur mlle herr fru dl dna doamna domnul "
        "puan encik cik en tuan datuk dato dato' datin seri sri tun tengku haji hajah hj hjh ji "
        "जी shri श्री smt श्रीमती कुमारी डॉ sahab saheb d-na d-l lady lord dame".split(),
    )
)
PARTICLES = frozenset(
    map(
        fold,
        "de du des van von der den da di del la le bin binti bt bte bn a/l a/p al el d' ter ten "
        "st st. mac".split(),
    )
)
TITLE_PAIRS = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("dato", "sri")})
# Honorifics written after the name.
AFTER_NAME = frozenset(map(fold, "ji जी sahab saheb".split()))
HOUSEHOLD_BEFORE = frozenset(
    map(fold, "les famille familjen familia family keluarga parivar".split())
)
HOUSEHOLD_AFTER = frozenset(map(fold, "family famille household familjen परिवार parivar".split()))
# Words that join two people ("Karin och Björn Lindqvist", "Zoë Müller + Henri").
JOINERS = frozenset(map(fold, "and et och și si dan और aur + & plus".split()))
# Words after which a name is expected: "with Jane", "avec Henri", "med Björn".
# Malay short forms typed fast: "dgn" (dengan, with), "kpd" (kepada, to): "surat kpd azman".
WITH = frozenset(map(fold, "with w/ w avec med m cu dengan dgn kepada kpd saath साथ to".split()))
# After a name, Hindi says whom one met or called: "प्रिया से मिली", "Rakesh se baat".
MET_AFTER = frozenset(map(fold, "से se को ko".split()))
MAX_SPAN = 6
# Someone close to a client: "Jane Smith's husband", "le mari de Mme Lefèvre", "प्रिया के पति".
RELATIONS = frozenset(
    map(
        fold,
        "husband wife son daughter mother father brother sister partner spouse assistant pa "
        "secretary lawyer attorney atty accountant cpa cfo advisor banker nephew niece cousin "
        "friend colleague mari femme fils fille mère père frère sœur associé avocat comptable "
        "ami amie assistante man fru dotter mor far bror syster sambo advokat revisor vän "
        "soțul soția sotul sotia fiul fiica mama tatăl tatal fratele sora avocatul contabilul "
        "prietenul suami isteri anak ibu bapa abang kakak adik peguam akauntan kawan पति पत्नी "
        "बेटा बेटी माँ पिता भाई बहन दोस्त वकील pati patni beta beti bhai behen dost "
        # oblique and suffixed forms: "Anil Mehta ke bete ne", "isterinya"
        "bete बेटे bacche bachche बच्चे ladka ladke ladki bahu damaad maa pita mummy papa "
        "isterinya suaminya anaknya hustru söner döttrar épouse époux enfants copiii "
        "soție soț kids children "
        # the words of the home for a parent: "Tora Strands mamma", "Jane Smith's mum"
        "mum mom dad maman mamma pappa tata mak ayah".split(),
    )
)
# Family a client comes with: "Mihai Lupu și soția", "Lim Wei Ming dan isteri", "Jane Smith
# and her husband", "Anil Mehta aur unki patni" (advisers and friends are not: "… and her
# lawyer" is the client met with someone who is no client).
FAMILY = frozenset(
    map(
        fold,
        "husband wife son daughter sons daughters kids children mother father brother sister "
        "partner spouse mari femme épouse époux fils fille filles enfants mère père frère sœur "
        "fru hustru make man sambo dotter söner döttrar barn mor far bror syster soțul soția "
        "sotul sotia soț soție fiul fiica copiii mama tatăl tatal fratele sora suami isteri "
        "anak ibu bapa isterinya suaminya anaknya abang kakak adik पति पत्नी बेटा बेटी बेटे "
        "बच्चे माँ पिता भाई बहन pati patni beta beti bete bacche bachche bhai behen".split(),
    )
)
# Words between "and" and the relative: "and his wife", "et sa femme", "och hans fru",
# "aur unki patni", "और उनकी पत्नी".
_POSSESSIVES = frozenset(
    map(
        fold,
        "his her their sa son ses leur hans hennes sin sitt sina deras unki unke uski uske "
        "apni apne उनकी उनके उसकी उसके अपनी अपने".split(),
    )
)
# Words between a relative and whose it is: "anak lelaki Lim Wei Ming", "Jane Smith's
# eldest son", "Anil Mehta ke bade bete".
_QUALIFIERS = frozenset(
    map(
        fold,
        "lelaki perempuan sulung bongsu eldest youngest elder younger older oldest little "
        "bade bada badi chote chota choti aîné aînée cadet cadette".split(),
    )
)
_OF = frozenset(map(fold, "of de av di lui a al ale".split()))
# Words for an account a bank holds: "her Chase acct", "sitt SEB konto", "akaun Maybank".
_ACCOUNT_WORDS = frozenset(
    map(fold, "acct acc account accounts a/c konto kontot cont contul akaun khata खाता".split())
)
# Words before where money came from: "from Chase", "från Nordea", "dari Maybank", "de chez
# Lombard", "de la BCR", "depuis la Société Générale" (an article may follow them).
_FROM = frozenset(map(fold, "from från fran dari depuis".split()))
_FROM_PAIRS = frozenset({("de", "chez"), ("de", "la"), ("out", "of")})
_HINDI_FROM = frozenset(map(fold, "se से".split()))
_SOURCE_ARTICLES = frozenset(map(fold, "the his her their la le l' sa son".split()))
_HINDI_OF = frozenset(map(fold, "के की का ke ki ka".split()))

# Words that are never names, whatever their case: function words and common verbs of the
# six languages (a capitalised one may open a line: "Am vorbit", "Spoke with").
STOP = frozenset(
    map(
        fold,
        """
    a an the and or but with w/ to for from of on at in into by about re regarding via over
    after before during his her their our my your its he she they we i it him them us me
    this that these those is was were are am be been being has have had do did does will
    would can could should might must not no yes very also just again more some all any new
    quick brief short long first second initial intro annual review update catch catch-up
    caught chat chatted talk talked spoke speak discussed discuss said asked agreed wants
    wanted needs mentioned sent send received got went came saw explained presented
    confirmed requested shared plan thinking interested happy client clients prospect ok
    thanks please per as so then than there here what when where who why how which up out
    off vm voicemail note notes team family texted text sms whatsapp left message
    avec et le la les de du des pour sur au aux en un une il elle ils on m'a l'a parlé point
    son sa ses mon ma mes très rien pas
    med och för på om ett en till hon han den det som pratade inte har var
    am a al ale cu la și si pe în din despre pentru vrea are m-a l-am vorbit discutat
    dengan dia ada pasal tentang untuk di ke dari dan yang ini itu sudah dah belum tak tidak
    akan nak baru bincang bercakap berminat berbual bersembang sembang borak berborak
    berbincang cakap discuté échangé bavardé snackade diskuterade talade povestit
    se ka ki ke ko mein me ne pe par aur hai hain tha thi hui hua kiya kiye aaya aayi baat
    bheja nahi koi kuch liye saath baare wala mila mili milna kar karna abhi bhi to hi
    से का की के को में ने पर और है हैं था थी थे हुई हुआ हुए हो किया किए किये आया आई आए भेजा
    भेजी भेजे बात नहीं कोई कुछ लिए साथ बारे वाला वाली वाले रही रहा रहे गए गई गया जा करना कर
    अभी बहुत नया नई नए नंबर बदला जवाब फिर भी तो ही यह वह इस उस हम मैं उनका उनकी उनके पति
    पत्नी बेटा बेटी बच्चे उम्र साल महीना हफ्ते दिन चर्चा पोर्टफोलियो रिव्यू प्लान प्लॉट दुकानें
    नतीजे टैक्स सेविंग कर्मचारी रिटायरमेंट नॉमिनी फॉर्म डॉक्टर अकाउंट कंपनियां कंपनी मैच्योर कागजात
    पूछा पूछी पूछे पूछना पूछताछ बताया बताई बताए बताना कहा कही कहे कहना दिया दिए लिया लेना देना
    चाहिए चाहते चाहती सोचा समझाया समझा जानना दिखाया पढ़ा मांगा माँगा मांगे सुझाव सवाल जानकारी
    शुरू खत्म
    poocha pucha puchha bataya batayi kaha diye liya chahiye socha samjhaya maanga
    """.split(),
    )
)


@dataclass(frozen=True)
class NameSpan:
    """Tokens ``first``..``last`` (titles included) and the name words among them."""

    first: int
    last: int
    words: tuple[str, ...]  # as typed (titles and particles left out)
    initials: tuple[bool, ...]
    household: bool = False
    after_with: bool = False  # right after "with" or the channel word (before "से"): met
    relative: bool = False  # names someone's relative or adviser, not the person met
    # The first word is a particle typed capitalised before the name ("Al Crewe", "Van
    # Nguyen", "De Souza"): the client's own particle, or a short form that is no name.
    particle_first: bool = False
    source: bool = False  # after "from" ("from Chase", "från Nordea"): where money came from
    # Before an account word ("her Chase acct", "his Coutts account"): the bank the account
    # is at, not a second client met, once another span names a client whole.
    bank: bool = False
    # Joined by "and" to a relative of theirs ("Mihai Lupu și soția"): the contact was had
    # with two people, and the relative may be a client too (the household decides).
    with_family: bool = False

    @property
    def looks_like_a_person(self) -> bool:
        """Two name words or more: "Pierre Durand", "अमित वर्मा" (an unknown person named)."""
        return sum(not initial for initial in self.initials) - self.particle_first >= 2


def quoted_name(text: str) -> tuple[str, int, int] | None:
    """The first quoted stretch ("...", “...”, «...», '...'): a name typed to be taken as is."""
    match = _QUOTED.search(text)
    if not match:
        return None
    group = next(i for i in range(1, 7) if match.group(i) is not None)
    name = match.group(group).strip()
    return (name, match.start(), match.end()) if name else None


def _initial(token: Token) -> bool:
    """ "J.", "W.", "L", "J-B", "J.B.", "J.-M.", "R.K.S.": capitals standing for names, each
    after the first set apart by a dot or a hyphen (two capitals run together are
    ``_two_initials``, read by the word after them)."""
    return bool(_INITIALS.fullmatch(token.text))


_INITIALS = re.compile(r"[A-Z](?:(?:\.-?|-)[A-Z]){0,2}\.?")


def _two_initials(tokens: list[Token], index: int) -> bool:
    """ "JB Moreau": two capitals right before a capitalised name are initials, not an acronym."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        bool(re.fullmatch(r"[A-Z]{2}", tokens[index].text))
        and not tokens[index].trail
        and following is not None
        and following.text[:1].isupper()
        and not _acronym(following)
    )


def _acronym(token: Token) -> bool:
    letters = [c for c in token.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# Particles that are also "at" in French and Romanian: names' only after another particle.
_AT_WORDS = frozenset({"la", "le"})
# Words that close a name typed in lower case at the start of a line: "at", and the Hindi
# postpositions after a name ("barkha sethi ka email aaya", "arjun se baat", "pooja ne …").
_CLOSING = _AT_WORDS | MET_AFTER | _HINDI_OF | frozenset(map(fold, "ne ने".split()))


def _after_particle(tokens: list[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].key in PARTICLES and not tokens[index - 1].trail.strip()


def spans(
    tokens: list[Token],
    *,
    consumed: list[tuple[int, int]],
    never: frozenset[str],
    met_at: frozenset[int] = frozenset(),
    names_at: frozenset[int] = frozenset(),
    whole: tuple[tuple[int, int], ...] = (),
) -> list[NameSpan]:
    """Candidate names, in order. ``never``: more words that are not names (channel words...);
    ``met_at``: token indices right after the channel word ("called Megan"); ``names_at``:
    words of a name whatever else they may mean ("Sunday Adeyemi"); ``whole``: runs of
    tokens (first, last) that are a client's whole name as the book has it ("dana whitaker
    lunch", "surat kpd azman yusof"): each is one span, no word before or after it joined."""
    starts = {first: last for first, last in whole}
    ends = {last for _, last in whole}
    in_whole = {i for first, last in whole for i in range(first, last + 1)}
    latin = [t for t in tokens[1:] if t.text[:1].isalpha() and not is_devanagari(t.text)]
    lower_case_line = not any(t.text[:1].isupper() and not _acronym(t) for t in latin)
    # A line that starts in lower case names its client there as typed ("tan mei ling
    # telefon pagi tadi, … Tahun Baru Cina"): its first clause, up to a capitalised word.
    lower_start = 0
    if tokens and tokens[0].text[:1].islower() and not lower_case_line:
        named = False
        for token in tokens:
            with_word = token.key in WITH and token.text.islower()  # "dinner w jane smith"
            other = (
                with_word
                or overlaps(token, consumed)
                or token.key in STOP
                or token.key in never
                or token.key in _AT_WORDS
                or not token.text.isalpha()
            )
            if token.text[:1].isupper() or (other and named):
                # Only a run the channel, a day or "at" closes is a name ("tan mei ling
                # telefon"); "deposited $1m to …" is no name.
                closed = not token.text[:1].isupper() and (
                    overlaps(token, consumed) or token.key in _CLOSING or token.key in never
                )
                lower_start = lower_start if closed else 0
                break
            leading = overlaps(token, consumed) or token.key in never or with_word  # "rdv olivier"
            if other and not named and not (leading and token.text.isalpha()):
                lower_start = 0
                break
            named = named or not other
            lower_start = token.index + 1
            if token.trail.strip():
                lower_start = 0
                break
        else:
            lower_start = 0
    shouting = bool(latin) and all(
        _acronym(t) or not any(c.isalpha() for c in t.text) for t in latin
    )

    def kind(token: Token) -> str:
        """ "name" | "title" | "particle" | "" (not part of a name)."""
        if token.index in in_whole:  # "azman bin yusof": the book's particle stays one
            return "particle" if token.key in PARTICLES and token.index not in starts else "name"
        if token.index in names_at:
            return "name"
        if overlaps(token, consumed):
            return ""
        key = token.key.rstrip(".")
        if key in TITLES or token.key in TITLES:
            return "title"
        if key in _AT_WORDS and token.text.islower() and not _after_particle(tokens, token.index):
            return ""  # "Radu Popescu la Athénée": "at", not "de la", nor "Le" of "Marine Le Pen"
        if key in PARTICLES or token.key in PARTICLES:
            return "particle"
        if not any(c.isalpha() for c in token.text) or any(c.isdigit() for c in token.text):
            return ""
        if token.text.startswith(("#", "@", "$", "€", "£", "₹")):
            return ""
        if _initial(token) or _two_initials(tokens, token.index):
            return "name"
        honoured = (
            token.text[:1].isupper()
            and token.index + 1 < len(tokens)
            and tokens[token.index + 1].key in AFTER_NAME
            and not token.trail.strip()
        )
        # "w", "m", "cu" typed in lower case are "with" ("dinner w chase whitaker").
        with_word = token.key in WITH and token.text.islower()
        if (token.key in STOP or token.key in never or with_word) and not honoured:
            return ""  # "Som ji": a word before an honorific is a name, whatever else it is
        if is_devanagari(token.text):
            return "name"
        if _acronym(token) and not shouting:
            return ""
        if token.text[:1].isupper() or lower_case_line or token.index < lower_start:
            return "name"
        return ""

    kinds = [kind(token) for token in tokens]
    for index in range(len(tokens) - 1):  # "Tan Sri", "Puan Sri": a title of two words
        if (tokens[index].key, tokens[index + 1].key) in TITLE_PAIRS:
            kinds[index] = kinds[index + 1] = "title"
    for index in range(len(tokens) - 1):
        if _opening_particle(tokens, kinds, index):
            kinds[index] = "name"  # a word the client's name must hold ("Al Crewe"): see _span
    found: list[NameSpan] = []
    index = 0
    while index < len(tokens):
        if kinds[index] not in ("name", "title"):
            index += 1
            continue
        last = index
        if index in starts:
            last = starts[index]
            members = [i for i in range(index, last + 1) if kinds[i] == "name"]
            found.append(_span(tokens, index, last, members, met=index in met_at))
            index = last + 1
            continue
        while (
            last + 1 < len(tokens)
            and last - index < MAX_SPAN
            and not _ends(tokens[last])
            and kinds[last + 1] in ("name", "title", "particle")
            and last + 1 not in in_whole  # a whole name stands alone: "kpd [azman yusof]"
            and last not in ends
        ):
            last += 1
        if (
            last + 1 < len(tokens)
            and tokens[last + 1].key in AFTER_NAME
            and not _ends(tokens[last])
        ):
            last += 1  # "Meera ji", "सुनीता जी": the honorific follows the name
        while last > index and kinds[last] != "name" and tokens[last].key not in AFTER_NAME:
            last -= 1  # no trailing particle or title
        members = [i for i in range(index, last + 1) if kinds[i] == "name"]
        if members:
            found.append(_span(tokens, index, last, members, met=index in met_at))
        index = last + 1
    return found


def given_after_surname(tokens: list[Token] | tuple[Token, ...], index: int) -> bool:
    """The word is the given name of a line opening "Hellström, Per – brev …", "Popescu,
    Ana: …", "Crewe, Alistair called": after the surname, its comma, and ending the name
    (punctuation, or no capitalised word after it)."""
    if index < 1 or not _surname_comma(tokens, index - 1):
        return False
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        token.text[:1].isupper()
        and token.text.isalpha()
        and not _acronym(token)
        and (bool(token.trail.strip()) or following is None or not following.text[:1].isupper())
    )


def _surname_comma(tokens: list[Token] | tuple[Token, ...], index: int) -> bool:
    """The line opens with this one capitalised word (titles aside) and a comma after it."""
    token = tokens[index]
    return (
        token.trail.strip() == ","
        and token.text[:1].isupper()
        and token.text.isalpha()
        and not _acronym(token)
        and all(tokens[i].key.rstrip(".") in TITLES for i in range(index))
    )


def surname_first(
    tokens: list[Token] | tuple[Token, ...], found: list[NameSpan]
) -> NameSpan | None:
    """ "Hellström, Per – brev skickat": the surname, a comma, the given name: one name, as
    a list of names writes it. None unless the line opens so (the caller keeps the two
    spans apart when the book has nobody of that whole name)."""
    if len(found) < 2:
        return None
    surname, given = found[0], found[1]
    if (
        len(surname.words) != 1
        or not _surname_comma(tokens, surname.last)
        or given.first != surname.last + 1
        or len(given.words) != 1
        or not given_after_surname(tokens, given.last)
    ):
        return None
    return replace(
        surname,
        last=given.last,
        words=surname.words + given.words,
        initials=surname.initials + given.initials,
        household=surname.household or given.household,
        relative=surname.relative or given.relative,
        with_family=surname.with_family or given.with_family,
    )


def _after_source(tokens: list[Token], first: int, last: int) -> bool:
    """The span follows a word saying where something came from ("from Chase", "de la BCR",
    "från the Nordea account"), or precedes Hindi "se" before a sum ("Chase se $2m")."""
    keys = [token.key for token in tokens]
    at = first - 1
    if at >= 1 and keys[at] in _SOURCE_ARTICLES and keys[at - 1] in _FROM:
        at -= 1  # "from the Coutts account", "depuis la Société Générale"
    if at >= 0 and keys[at] in _FROM:
        return True
    if at >= 1 and (keys[at - 1], keys[at]) in _FROM_PAIRS:
        return True
    after = last + 1
    return (
        after + 1 < len(tokens)
        and keys[after] in _HINDI_FROM
        and (tokens[after + 1].text[:1].isdigit() or tokens[after + 1].text[:1] in "$€£₹¥")
    )


def _opening_particle(tokens: list[Token], kinds: list[str], index: int) -> bool:
    """A particle typed capitalised right before a name word and after no name ("Al Crewe",
    "De Souza", "Van Nguyen"): it opens the name as typed, so it is one of the words the
    rep typed for the client, a particle of the client's own name or else no word of it
    (``client_names.Typed``: "Al" is a short form of Alistair, not his name)."""
    token = tokens[index]
    return (
        kinds[index] == "particle"
        and token.text[:1].isupper()
        and token.key not in TITLES
        and not _ends(token)
        and kinds[index + 1] == "name"
        and (index == 0 or kinds[index - 1] not in ("name", "title", "particle"))
    )


def _ends(token: Token) -> bool:
    """Punctuation after the word ends a name, except an initial's own dot."""
    trail = token.trail.strip()
    return bool(trail) and not (trail == "." and (_initial(token) or token.key in TITLES))


def _as_typed(tokens: list[Token], index: int) -> str:
    text = re.sub(r"'s$", "", tokens[index].text)
    return " ".join(text) if _two_initials(tokens, index) else text  # "JB" -> "J B"


def _span(
    tokens: list[Token], first: int, last: int, members: list[int], *, met: bool = False
) -> NameSpan:
    before = tokens[first - 1].key if first > 0 else ""
    after = tokens[last + 1].key if last + 1 < len(tokens) else ""
    household = before in HOUSEHOLD_BEFORE or after in HOUSEHOLD_AFTER
    keys = [token.key for token in tokens]
    relative = (
        (tokens[last].text.endswith(("'s", "’s")) and _relation_at(keys, last + 1))
        or _genitive_s(tokens, keys, last)
        or (before in _OF and _relation_before(keys, first - 2))
        or (_relation_before(keys, first - 1) and not tokens[first - 1].trail.strip())
        or (after in _HINDI_OF and _relation_at(keys, last + 2))
    )
    return NameSpan(
        first=first,
        last=last,
        words=tuple(_as_typed(tokens, i) for i in members),
        initials=tuple(_initial(tokens[i]) or _two_initials(tokens, i) for i in members),
        household=household,
        after_with=before in WITH or after in MET_AFTER or met,
        relative=relative,
        particle_first=tokens[first].key in PARTICLES,
        source=_after_source(tokens, first, last),
        with_family=_with_family(tokens, last),
        bank=after in _ACCOUNT_WORDS and not _ends(tokens[last]) and len(members) == 1,
    )


def _relation_at(keys: list[str], index: int) -> bool:
    """A relation word at ``index``, or one after a qualifier ("eldest son", "bade bete")."""
    if index < len(keys) and keys[index] in _QUALIFIERS:
        index += 1
    return index < len(keys) and keys[index] in RELATIONS


def _relation_before(keys: list[str], index: int) -> bool:
    """A relation word ending at ``index``, a qualifier maybe after it ("anak lelaki")."""
    if index >= 1 and keys[index] in _QUALIFIERS and keys[index - 1] in RELATIONS:
        return True
    return index >= 0 and keys[index] in RELATIONS and keys[index] != "man"


def _genitive_s(tokens: list[Token], keys: list[str], last: int) -> bool:
    """ "Björn Lindqvists fru ringde", "Anna Bergs dotter": the Swedish genitive, an "s"
    glued to the name, before a relative (not "son", also French "his": "Dubois son PEA")."""
    token = tokens[last]
    at = last + 1
    if token.trail.strip() or len(token.text) < 4 or not token.text.endswith("s"):
        return False
    if at < len(keys) and keys[at] in _QUALIFIERS:
        at += 1
    return at < len(keys) and keys[at] in RELATIONS and keys[at] != "son"


def _with_family(tokens: list[Token], last: int) -> bool:
    """ "Mihai Lupu și soția", "Jane Smith and her husband", "Lim Wei Ming dan isteri",
    "Anil Mehta aur unki patni", "Jane Smith, her husband and kids": after the name, "and"
    and a possessive maybe, or a comma and a possessive, then a relative (not a title
    before a name: "och fru Hägg" names Mrs Hägg, a second person)."""
    at = last + 1
    if at >= len(tokens):
        return False
    listed = tokens[last].trail.strip() == ","  # "Jane Smith, her husband and kids"
    if listed:
        if tokens[at].key not in _POSSESSIVES or _ends(tokens[at]):
            return False
    elif _ends(tokens[last]) or tokens[at].key not in JOINERS:
        return False
    at += 1
    if at < len(tokens) and tokens[at].key in _POSSESSIVES and not _ends(tokens[at - 1]):
        at += 1
    if at >= len(tokens) or tokens[at].key not in FAMILY or _ends(tokens[at - 1]):
        return False
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    titled = tokens[at].key in TITLES
    return not (titled and following is not None and following.text[:1].isupper())

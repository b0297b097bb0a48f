"""Outcome words and the sums they claim: deposit, pledge, mandate fee, in six languages.

A sum is a claim only when an outcome word says so, in the same clause:

- deposit: deposit(ed), funded, wired in, versement / a versé / dépôt, insättning /
  satte in, depunere / a depus, mendeposit / simpanan, जमा / डिपॉज़िट / jama; and money put
  in (masukkan, put in, a băgat) unless the clause puts it into something else it names;
  paid to a payee outside the firm ("à son notaire", ``bot.parsing.destinations``) none;
  and, with no verb, a sum right before a direction into an account named ("EUR 2 mn
  into ACC-9603", "2 mkr in på ACC-9204", "25 lakh ACC-9501 mein", "£150k into the
  GIA"), a word of place ("in", "sur") only for a sum that opens its clause;
- pledge: pledge(d), committed, commitment, engagement / s'engage / promesse /
  promis, utfäst(e) / löfte, angajament / promisiune, ikrar / janji, वादा /
  प्रतिज्ञा / vaada;
- mandate (the sum is the fee): a fee word (fee, honoraires, commission, arvode,
  onorariu, comision, yuran, फीस) with a mandate word in the line (mandate,
  mandat, uppdrag, मैंडेट, अधिदेश) won: a management mandate ("mandat de gestion",
  "gestion sous mandat") is no mandate claim, and the fee of a mandate lost, not
  signed or not won ("mandate lost", "nu a mai semnat mandatul", "mandate नहीं
  मिला") is none either.

Each outcome word takes the nearest sum of its clause (after it in most
languages, before it in Hindi: "50 लाख जमा किए"), each sum one word; a second
sum joined by "and" to a claimed one ("1.000.000 lei în ACC-3201 și 200.000
EUR în ACC-3202") is a second claim of that kind; a promise right before a deposit word
("promised to deposit £1m", "berjanji masukkan") makes the sum a pledge. A negated or hedged word
("did NOT pledge", "pas de versement", "belum deposit", "कोई जमा नहीं",
"might deposit", "a dit non pour le versement") claims nothing, nor does one on a
condition later in its clause ("… la semaine prochaine si la vente se fait", "… om
försäljningen går igenom"); neither do fixed deposits and CDs ("FD",
"simpanan tetap"), rates, per-unit figures, or a bare number that is not right
after its word. A vague or malformed sum an outcome word claims ("quelques
centaines de k€", "1.2.5 juta") is reported, to be asked about, and so is a sum
next to a word that only looks like an outcome word ("komiten", "transfered"):
a claim missed is pay missed, so the reader asks rather than drop it unsaid.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from bot.parsing.amounts import CURRENCY_WORDS, MULTIPLIERS, Amount, per_unit
from bot.parsing.tokens import Token, fold

BARE_MINIMUM = Decimal(100)  # a number with no currency or multiplier must be at least this
MAX_GAP = 4  # words between an outcome word and its sum


def _keys(text: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(w) for w in phrase.split()) for phrase in text.split("|"))


DEPOSIT = _keys(
    "deposit|deposits|deposited|depositing|funded|wired in|wire in|versement|versements"
    "|versé|versée|versés|versées|a versé|dépôt|dépôts|déposé|déposée|a déposé|insättning|insättningar"
    "|insättningen|satte in|satt in|har satt in|insatt|depunere|depuneri|depunerea"
    "|depus|a depus|depuși|depusă|depuse|au fost depuși|depozit|depozitat|a depozitat|mendeposit"
    "|mendepositkan|didepositkan|simpanan"
    "|जमा|डिपॉज़िट|डिपॉजिट|jama"
    # Money moved in, and said to have arrived: a deposit ("transferred in", "virement reçu").
    "|transferred in|transfer in|incoming wire|incoming transfer|wire received|transfer received"
    "|funds received|brought in|moved in|paid in|sent in|inflow of|virement reçu"
    "|virement entrant|transfert entrant|transfert reçu|a apporté|apporté|apportés|fört in"
    "|flyttade in|pindahan masuk|pindah masuk|transfer masuk|dipindahkan masuk|a adus|adus"
    "|wang masuk|duit masuk|dana masuk|bawa masuk|dibawa masuk|membawa masuk|bawak masuk"
)
PLEDGE = _keys(
    "pledge|pledges|pledged|pledging|commit|commits|committed|commitment|commitments"
    "|engagement|engagements|s'engage|s'est engagé|s'est engagée|promesse|promis|a promis"
    "|promised|promise|promises|verbal commitment|soft commit|utfäst|utfäste|utfästelse|löfte"
    "|löftet|lovade|lovat|åtagande|angajament|angajamente"
    "|angajamentul|s-a angajat|promisiune|promisiunea|ikrar|berikrar|janji|berjanji|komitmen"
    "|promite|a promis că|वादा|vaada|vada|प्रतिज्ञा|pratigya|वचन|कमिटमेंट|engagé|engagés|engagée|engagées"
    "|s'est engagé à|a promis de|angajat|komit|komited|komitted|berkomitmen|committed to"
    # Promised, in each language's other forms: "utlovade 300 000 euro", "promet 1 M€".
    "|utlovade|utlovat|utlovar|har utlovat|lovar|har lovat|promet|promettent|promisese"
    "|dijanjikan|menjanjikan|janjikan|वादा किया|वादा किए|vaada kiya|vada kiya"
)
MANDATE = _keys(
    "mandate|mandates|mandated|mandat|mandats|mandatul|mandatet|mandaten|uppdrag|uppdraget"
    # Swedish writes the mandate's agreement as one word: "mandatavtal … klart, arvode 900 000".
    "|mandatavtal|mandatavtalet|uppdragsavtal|uppdragsavtalet|mandatbrev|mandatbrevet"
    "|मैंडेट|अधिदेश"
    "|engagement letter|lettre de mission"
)
FEE = _keys(
    "fee|fees|honoraires|honoraire|frais|commission|commissions|arvode|arvodet|onorariu|onorariul"
    "|comision|comisionul|yuran|fi|फीस|शुल्क|retainer|success fee|provision"
)
# One word for the fee of a mandate (Swedish writes it as one): a mandate claim by itself.
MANDATE_FEES = _keys("mandatarvode|mandatarvodet|uppdragsarvode|uppdragsarvodet|mandatavgift")
# Money moved that is a deposit only when it came to us: "transferred 40 lakh into ACC-6103",
# "förde över 750 tkr till oss" (else: in, or out? asked).
TRANSFERS = _keys(
    "transferred|has transferred|wired over|a viré|viré|virés|a transféré|transféré|transférés"
    "|virement effectué|överförde|har överfört|överfört|förde över|har fört över|fört över"
    "|flyttade över|flyttade|har flyttat|flyttat|a mutat|mutat|a déplacé|déplacé"
    "|a transferat|transferat|transferați|transferate|a virat|virat|virați|viraţi"
    "|virate|virată|pindah|pindahkan|memindahkan|telah memindahkan"
    # "RM 600 ribu masuk ke ACC-…": went into (an account named, else asked).
    "|masuk ke|masuk dalam"
    "|virement|a fait un virement|fait un virement|transfer|dah transfer|sudah transfer"
    # A contribution brought in (cash or securities: "apport de 350.000 € en titres vers
    # ACC-6111"): in, when the line says where.
    "|apport|un apport|apports|a apporté en titres"
    # Wired where? In, when the line says into our account or to us ("wired 200k to Schwab").
    "|wired|has wired|wire|a wire|topped up|top up|top-up|topup|has topped up"
    "|transfer kiye|transfer kiya|transfer kar diye|transfer kar diya|transfer kiye hain"
    "|ट्रांसफर किए|ट्रांसफर किया|ट्रांसफर कर दिए|ट्रांसफर कर दिया"
    # Moved or put somewhere: in, when the line says where ("moved ₹35 lakh into ACC-8503").
    "|moved|moved over|has moved"
    # "₹2 करोड़ ACC-8503 में डाल दिए": put into (an account named, else asked).
    "|डाल दिए|डाल दिया|डाल दी|डाले|डाला|daal diye|daal diya|daal di|dal diye|dal diya|daale"
    # A transfer (the noun) and money sent: "pindahan RM 750,000 ke ACC-8414", "$250k
    # ACC-8513 में भेजे", "sent 200k to ACC-1048" (in, when the line says where).
    "|pindahan|pemindahan|dipindahkan|hantar|menghantar|dihantar|dah hantar|telah menghantar"
    "|भेजे|भेजा|भेजी|भेज दिए|भेज दिया|भेज दी|bheje|bheja|bhej diye|bhej diya"
    "|sent|has sent|envoyé|a envoyé|skickade|har skickat|skickat|a trimis|trimis"
    # The transfer, the noun: "överföring på 2 MNOK till ACC-8212", "un transfer de".
    "|överföring|överföringen|överföringar|transferul|transferuri|virament|viramentul"
    "|transfert|wire transfer|ट्रांसफर"
)
# After a transfer's sum, these say it came in: "virement de 1,2 MCHF reçu", "wired $750k
# in", "överföring på 2 MNOK inkom", "transfer RM 1 juta diterima", "₹5 लाख आ गए".
RECEIVED_AFTER = _keys(
    "in|received|arrived|landed|came in|reçu|reçus|reçue|reçues|arrivé|arrivés|arrivée"
    "|inkom|inkommen|mottagen|mottogs|har kommit in|kom in|primit|primită|primiți|a intrat|au intrat"
    "|intrat|diterima|telah diterima|dah masuk|sudah masuk|masuk|mil gaye|aa gaye|aaye"
    "|मिल गए|आ गए|आ गया|आ गई|आए|aa gaya|aa gayi|प्राप्त|प्राप्त हुए"
)
# Right after a sum, Hindi "came": "₹20 lakh aaye" is money that came in, a deposit. Only
# there: "woh office aaye" is a person who came.
ARRIVED = _keys("aaye|aa gaye|aaya|aa gaya|aayi|aa gayi|आए|आये|आ गए|आया|आ गया|आई|आ गई")
# Paid: a deposit only when the line says into an account named or to us ("paid €600k into
# ACC-6613"); paid anything else ("paid 200k for a villa", "paid the fee") is no claim.
PAID = _keys(
    "paid|has paid|a payé|payé|a réglé|betalade|har betalat|betalat|a plătit|plătit|plătiți"
    "|bayar|telah bayar|dah bayar|membayar|dibayar|bhare|भरे|भर दिए|bhar diye"
)
# "she put £20k in": put, a deposit only with "in" closing the sum's clause ("put 300k into
# a CD" says where, not that it came to us: no claim, as before).
PUT = _keys("put|has put")
# Put in: the word itself says the money came in ("dia dah masukkan RM 500k", "she put in
# £200k", "a băgat 200.000 lei"), a deposit unless the clause sends it somewhere else
# ("masukkan RM 1 juta ke FD", "… ke ASB": a product, or asked where). Only the sum right
# after it (or after "duit", "another"): "put in an offer of 2m" puts no money in.
PUT_IN = _keys(
    "masukkan|memasukkan|dah masukkan|sudah masukkan|telah masukkan|telah memasukkan"
    "|dimasukkan|sudah dimasukkan|telah dimasukkan|put in|has put in|have put in|had put in"
    "|a băgat|au băgat|băgat"
)
# Words saying the money came to us (the firm), when no account is named.
TO_US = _keys(
    "to us|with us|chez nous|till oss|hos oss|la noi|kepada kami|ke kami|dengan kami"
    "|ke akaun kita|akaun kita|ke akaun kami|akaun kami|în contul nostru|contul nostru"
    "|sur notre compte|into our account|to our account|på vårt konto|हमारे अकाउंट में"
    "|hamare paas|हमारे पास|हमें|to the firm"
    # The client's own account is theirs with us: "a viré 2,5 M sur son compte".
    "|sur son compte|sur leur compte|into his account|into her account|to his account"
    "|to her account|into their account|på sitt konto|în contul său|ke akaun dia|ke akaunnya"
    "|in his account|in her account|in their account|in our account|către noi|spre noi"
)
# "rolled 180k from his 401k into the SIPP with us": moved, in if to us ("rolled over" is
# the money verb: a product renewed).
ROLLED = _keys("rolled|has rolled|rolled in")
# Where moved money came from ("transferred 750k from Coutts"), and words saying where it
# went: from elsewhere and to nowhere named, it came to us.
FROM_WORDS = _keys("from|från|dari|depuis|de chez|de la|din partea")
_SOURCE_ARTICLES = frozenset(map(fold, "the his her their la le les l' sa son ses leur".split()))
TOWARD_WORDS = frozenset(
    map(fold, "to into onto till tillbaka în la ke kepada à vers sur på al".split())
)
# Money moving without saying whether it is a deposit ("invested 2m", "transferred 500k"):
# a sum next to one is asked about, never recorded as a claim nor dropped.
MONEY_VERBS = _keys(
    "invest|invests|invested|investing|investment|transfer|transfers|transferred|transferring"
    "|moved|move|moving|brought in|brought|bring in|added|top up|top-up|topped up|topup|placed"
    "|received|subscribed|subscription|contributed|contribution|new money|nnm|inflow|rollover"
    "|rolled over|investi|a investi|investissement|transféré|transfert|virement|viré|apport"
    "|apporté|placé|placement|reçu|investerade|investerat|investering|överförde|överföring"
    "|flyttade|flyttat|placerade|tillskott|investit|a investit|investiție|transferat|a transferat"
    "|mutat|virat|adus|melabur|labur|pelaburan|pindah|dipindahkan|memindahkan|masukkan|memasukkan"
    "|निवेश|nivesh|ट्रांसफर|invest kiya|transfer kiya|souscription|souscrit|apportera"
    "|sätter in|sätta in|depune|va depune|verse|versera|put in|paid in|sent in|wired over|wire"
    "|wire transfer|incoming wire|injected|alimentat|a alimentat|लगाए|लगाया|lagaye|lagaya"
)
# Asset-management mandates, not investment-banking ones.
NOT_MANDATES = _keys(
    "mandat de gestion|mandat de administrare|mandat de gestiune|management mandate"
    "|discretionary mandate|mandat discrétionnaire|mandat pengurusan|mandat de gestion privée"
    # French also puts the mandate last: "gestion sous mandat signée sur 2 M€".
    "|gestion sous mandat"
)
# Products with "deposit" in their name: a fixed deposit is not money deposited with us.
PRODUCTS = _keys(
    "fixed deposit|fixed deposits|term deposit|time deposit|security deposit|simpanan tetap"
    "|deposit account|deposit accounts|dépôt à terme|compte de dépôt|fixed-term deposit"
    "|fixed-term deposits|term-deposit|bunden insättning|tidsbunden insättning|fast insättning"
    "|depozit la termen|depozit pe termen|depozitul la termen|depozite la termen"
    "|deposit tetap|सावधि जमा|bunden placering|fast placering|placement à terme"
)
# Money going out of the firm, or asked to: no claim ("demande de virement sortant 50k").
OUTGOING = _keys(
    "virement sortant|transfert sortant|virements sortants|outgoing transfer|outgoing wire"
    "|wire out|wired out|transfer out|transferred out|moved out|sent out|paid out|took out"
    "|taken out|tog ut|har tagit ut|tarik keluar|keluarkan|a retras|retras|nikale|निकाले|utgående överföring|transfer de ieșire"
    "|pindahan keluar|transfer keluar|withdrawal|withdrew|retrait|uttag|retragere|pengeluaran"
    "|a retiré|retiré|retirés|retirée|a retiré de|ont retiré"
)
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
        "kanske funderar vill ska skall kommer planerar överväger tänker "
        "poate putea poată vrea intenționează plănuiește urmează dacă "
        "mungkin nak mahu ingin akan bercadang kalau "
        "शायद shayad agar chahte chahti".split(),
    )
)
CONDITIONS = frozenset(
    map(fold, "if unless provided once om dacă daca kalau jika agar अगर".split())
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
        "planerat programat programată planificat dirancang".split(),
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
)
RETRACTED_AFTER = _keys(
    "taken back|withdrawn|retracted|revoked|cancelled|canceled|wapas|वापस|retiré|retirée"
    "|annulé|annulée|tillbakadragen|tillbakadraget|återkallad|återkallat|retras|retrasă"
    "|anulat|anulată|ditarik balik|ditarik|dibatalkan|batal"
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
        "his her their its the a an sa son ses leur sitt sin sina hans hennes deras "
        "promisiunea angajamentul lui ei dia nya unki unka uska apna apni".split(),
    )
)
# The kinds a claim is recorded as; the reader's other kinds are settled or dropped first.
CLAIM_KINDS = frozenset(("deposit", "pledge", "mandate"))
CONJUNCTIONS = frozenset(map(fold, "and et och și si dan और aur + & plus".split()))
_ANOTHER = frozenset(
    map(fold, "another a further un une autre encore încă inca ytterligare lagi".split())
)
CONTRASTS = frozenset(map(fold, "but mais men dar însă tapi tetapi lekin लेकिन par पर".split()))
_CLAUSE_END = frozenset(",;.!?")


@dataclass(frozen=True)
class OutcomeWord:
    # deposit | pledge | mandate | transfer (a deposit if to us) | arrived, put (deposits when
    # right by their sum) | put_in (a deposit unless put somewhere named) | paid | unclear
    kind: str
    first: int
    last: int
    devanagari: bool


@dataclass(frozen=True)
class ClaimReading:
    """A claim as the line states it; currency and account are settled with the client."""

    kind: str
    amount: Amount
    word: OutcomeWord
    joined: bool = False  # claimed by the word of the sum before it ("… și 200.000 EUR")

    @property
    def first(self) -> int:
        return self.amount.first if self.joined else min(self.word.first, self.amount.first)

    @property
    def last(self) -> int:
        return self.amount.last if self.joined else max(self.word.last, self.amount.last)


@dataclass(frozen=True)
class Vague:
    """A sum claimed with words that give no figure ("ett par miljoner", "कुछ करोड़")."""

    first: int
    last: int


def _match(keys: list[str], index: int, table: frozenset[tuple[str, ...]]) -> int:
    for size in (4, 3, 2, 1):
        if tuple(keys[index : index + size]) in table and index + size <= len(keys):
            return size
    if table is MANDATE and "-" in keys[index] and (keys[index].rsplit("-", 1)[1],) in table:
        return 1  # "IPO-mandatet", "M&A-mandate"
    return 0


_ELIDED = ("l'", "d'", "qu'")


def _bare(key: str) -> str:
    """ "l'engagement" reads as "engagement", "d'apport" as "apport"."""
    for article in _ELIDED:
        if key.startswith(article) and len(key) > len(article) + 2:
            return key[len(article) :]
    return key


_TERM_DEPOSITS = frozenset(map(fold, "fd fds cat".split()))


def into_term_deposit(tokens: list[Token], first: int, last: int) -> bool:
    """Money moved into a term deposit ("₹40 lakh FD mein daale", "moved 1m into a fixed
    deposit"): a product, never a claim, so no question which way it went."""
    keys = [_bare(token.key) for token in tokens]
    for index in range(max(0, first - 3), min(len(tokens), last + 4)):
        low, high = sorted((index, first if index > last else last))
        if clause_break(tokens, low, high):
            continue
        if (tokens[index].text in ("FD", "FDs", "CAT") and keys[index] in _TERM_DEPOSITS) or _match(
            keys, index, PRODUCTS
        ):
            return True
    return False


def clause_break(tokens: list[Token], low: int, high: int, *, dotted: bool = False) -> bool:
    """A clause ends between tokens ``low`` and ``high`` (exclusive of ``high``'s own trail).
    ``dotted``: a scale's or currency's own dot ends none ("1,5 Mio. sur ACC-…")."""
    return any(
        c in _CLAUSE_END
        and not (dotted and c == "." and token.trail.strip() == "." and _abbreviated(token))
        for token in tokens[low:high]
        for c in token.trail
    )


# Scales and currencies written with a dot: "Mio.", "milj.", "mil.", "mn.", "kr.", "fr.", "Rs."
_ABBREVIATIONS = frozenset("mio milj mil mn mln md mrd kr fr rs tkr mkr".split())


def _abbreviated(token: Token) -> bool:
    return token.key in _ABBREVIATIONS


# A sum said to go into an account the line names, with no verb: "EUR 2 mn into ACC-9603",
# "2 mkr in på ACC-9204", "2 mil lei in ACC-9302", "25 lakh ACC-9501 mein", "£150k into the
# GIA". The direction is the outcome word: a deposit, claimed only by the sum right before
# it and only when no other outcome word claims that sum. Words of motion ("into", "till")
# may follow any sum; words of place ("in", "sur", "mein") only one that opens its clause,
# as "holds 2m in ACC-…" is a holding, not money that came in. Malay "masuk" (in) and "ke"
# (to) before an account say into it: "SGD 400k masuk ACC-9402", "RM 500k ke ACC-6411"
# ("ke ASB", "ke FD" name no account: asked, or a product).
INTO_MOTION = _keys("into|onto|to|in på|in i|till|vers|spre|către|masuk|ke|masuk ke")
INTO_PLACE = _keys("in|în|på|sur|dans|în contul|in contul|sur le compte|on")
# Hindi puts the postposition after the account: "25 lakh ACC-9501 mein aaye".
INTO_AFTER = _keys("mein|में|me")
# Between the direction and the account: an article, a possessive, the word "account".
_TO_ACCOUNT_FILLERS = frozenset(
    map(
        fold,
        "the a an his her their our le la l' son sa leur notre sitt hans hennes deras vårt "
        "account compte konto kontot contul cont akaun".split(),
    )
)
# Accounts named by their kind, as the firm holds them for a client (written in capitals):
# "into the GIA", "in på ISK", "sur son PEA", "into her RRSP".
ACCOUNT_KINDS = frozenset("GIA ISA JISA LISA SIPP ISK KF PEA CTO IRA TFSA RRSP CELI REER".split())


def into_account_words(
    tokens: list[Token], free: list[bool], accounts: frozenset[int]
) -> list[OutcomeWord]:
    """Directions into an account named (token indices ``accounts``, or a kind of account):
    outcome words of kind "into", spanning the direction and the account."""
    keys = [_bare(token.key) for token in tokens]
    found: list[OutcomeWord] = []
    for index in range(len(tokens)):
        if not free[index]:
            continue
        if index > 0 and index - 1 in accounts and _match(keys, index, INTO_AFTER):
            if not tokens[index - 1].trail.strip():
                found.append(OutcomeWord("into_place", index - 1, index, False))
            continue
        motion, place = _match(keys, index, INTO_MOTION), _match(keys, index, INTO_PLACE)
        size = max(motion, place)
        if not size:
            continue
        probe = index + size
        while (
            probe < len(tokens) and probe - index - size < 2 and keys[probe] in _TO_ACCOUNT_FILLERS
        ):
            probe += 1
        if probe >= len(tokens) or any(t.trail.strip() for t in tokens[index:probe]):
            continue
        if probe in accounts or tokens[probe].text.rstrip(":n") in ACCOUNT_KINDS:
            kind = "into" if motion >= place else "into_place"
            found.append(OutcomeWord(kind, index, probe, False))
    return found


def into_account_kind(tokens: list[Token], last: int) -> bool:
    """The words right after a sum moved (ending at ``last``) say into a kind of account the
    firm offers, in capitals ("put in £200k into the ISA", "paid £50k into his SIPP"): money
    come to us, as "£150k into the GIA" is. Into a scheme outside the firm ("ke ASB", "into
    the PPF") they say nothing of the kind."""
    keys = [_bare(token.key) for token in tokens]
    index = last + 1
    if index >= len(tokens) or tokens[last].trail.strip():
        return False
    size = _match(keys, index, INTO_MOTION)
    if not size:
        return False
    probe = index + size
    while probe < len(tokens) and probe - index - size < 2 and keys[probe] in _TO_ACCOUNT_FILLERS:
        probe += 1
    return (
        probe < len(tokens)
        and not any(t.trail.strip() for t in tokens[index:probe])
        and tokens[probe].text.rstrip(":n") in ACCOUNT_KINDS
    )


# Before the account money left: "from", and Romanian "din", French "du"/"de" ("du compte
# ACC-…", "de ACC-… vers ACC-…").
_FROM_AN_ACCOUNT = FROM_WORDS | _keys("din|du|de")


def from_an_account(tokens: list[Token], first: int, last: int, accounts: frozenset[int]) -> bool:
    """Right after the claim of tokens ``first``..``last``, in its clause, the money is said
    to come from an account the line names (token indices ``accounts``): "moved 1m from
    ACC-1048 into ACC-1049". Money moved out of a client's own account with us is no new
    money, wherever it went. Not past "and": "deposited 1m … and moved 500k from ACC-…"."""
    keys = [_bare(token.key) for token in tokens]
    for index in range(last + 1, min(len(tokens), last + 4)):
        if tokens[index - 1].trail.strip() or keys[index] in CONJUNCTIONS:
            return False
        size = _match(keys, index, _FROM_AN_ACCOUNT)
        if not size:
            continue
        probe = index + size
        while (
            probe < len(tokens) and probe - index - size < 3 and keys[probe] in _TO_ACCOUNT_FILLERS
        ):
            probe += 1
        return probe in accounts and not any(t.trail.strip() for t in tokens[index:probe])
    return False


def _opens_its_clause(tokens: list[Token], amount: Amount) -> bool:
    """Nothing but "and", "plus" before the sum in its clause: "…, 2 mil lei in ACC-9302"
    ("AUM: 5m in ACC-…" is a figure labelled, not a clause of its own)."""
    index = amount.first - 1
    while index >= 0 and not tokens[index].trail.strip() and tokens[index].key in CONJUNCTIONS:
        index -= 1
    return index < 0 or any(c in _CLAUSE_END or c in "-–—" for c in tokens[index].trail)


def outcome_words(tokens: list[Token], free: list[bool]) -> list[OutcomeWord]:
    """Outcome words that are affirmed: not negated, hedged, or part of a product name."""
    keys = [_bare(token.key) for token in tokens]
    found: list[OutcomeWord] = []
    # A fee is a mandate's only beside a mandate won: not one lost, refused or hoped for.
    has_mandate = any(
        ((size := _match(keys, i, MANDATE)) and not _mandate_excluded(keys, i))
        and not _mandate_lost(tokens, keys, i, i + size - 1)
        or _match(keys, i, MANDATE_FEES)
        for i in range(len(keys))
    )
    index = 0
    while index < len(tokens):
        if not free[index]:
            index += 1
            continue
        compound = _match(keys, index, MANDATE_FEES)
        if compound and not _negated(tokens, keys, index, index + compound - 1):
            found.append(OutcomeWord("mandate", index, index + compound - 1, False))
            index += compound
            continue
        mandate_phrase = _match(keys, index, MANDATE)
        fee_before = bool(found) and found[-1].kind == "mandate" and found[-1].last >= index - 2
        if mandate_phrase and fee_before:
            index += mandate_phrase  # "yuran mandat RM 800 ribu": the fee of the mandate
            continue
        if mandate_phrase and _match(keys, index + mandate_phrase, FEE):
            index += mandate_phrase  # "5 crore ka mandate fee": the fee word claims the sum
            continue
        if mandate_phrase and _mandate_lost(tokens, keys, index, index + mandate_phrase - 1):
            index += mandate_phrase  # "mandate lost, fees 2 crore": nothing won, nothing to ask
            continue
        if mandate_phrase and not _mandate_excluded(keys, index):
            # A sum by a mandate and no fee word ("mandate won worth 2m"): is it the fee?
            # Asked about, unless a fee word claims it first.
            found.append(OutcomeWord("unclear", index, index + mandate_phrase - 1, False))
            index += mandate_phrase
            continue
        if mandate_phrase:
            index += mandate_phrase
            continue
        outgoing = _match(keys, index, OUTGOING)
        if outgoing:
            index += outgoing
            continue
        kind, size = None, 0
        for table, name in (
            (DEPOSIT, "deposit"),
            (PLEDGE, "pledge"),
            (FEE, "mandate"),
            (PUT_IN, "put_in"),
            (TRANSFERS, "transfer"),
            (MONEY_VERBS, "unclear"),
            (ROLLED, "transfer"),
            (ARRIVED, "arrived"),
            (PUT, "put"),
            (PAID, "paid"),
        ):
            size = _match(keys, index, table)
            if size:
                kind = name
                break
        if kind is None:
            kind = _misspelt(keys[index])
            size = 1 if kind else 0
        negated_inside = (
            keys[index] in ("satte", "satter", "satt")
            and index + 2 < len(keys)
            and (keys[index + 1] in NEGATORS and keys[index + 2] == "in")
        )  # "satte INTE in"
        if negated_inside:
            index += 3
            continue
        if kind is None:
            index += 1
            continue
        if kind == "mandate" and not has_mandate:
            index += size
            continue
        if kind == "deposit" and (
            _is_product(keys, index, size) or _down_payment(keys, index, index + size - 1)
        ):
            index += size
            continue
        if _negated(tokens, keys, index, index + size - 1) or (
            kind == "put_in" and index > 0 and keys[index - 1] == "to"
        ):  # "asked her to put in £200k": not done yet
            index += size
            continue
        if kind == "transfer" and _in_after(tokens, keys, index + size - 1):
            # "dia dah transfer masuk RM 250k": moved in, the word after says so.
            kind, size = "deposit", size + 1
        devanagari = any("\u0900" <= c <= "\u097f" for c in keys[index])
        found.append(OutcomeWord(kind, index, index + size - 1, devanagari))
        index += size
    return _promised_to(keys, found, tokens)


# Right after a word of moving money, Malay "masuk" (in): "transfer masuk", "pindahkan masuk".
_IN_AFTER = frozenset(map(fold, "masuk".split()))


def _in_after(tokens: list[Token], keys: list[str], last: int) -> bool:
    """The word right after token ``last`` (nothing between) says the money moved in."""
    after = last + 1
    return after < len(keys) and not tokens[last].trail.strip() and keys[after] in _IN_AFTER


def _promise_of(tokens: list[Token], keys: list[str], word: OutcomeWord, verb: OutcomeWord) -> bool:
    """The verb right after the promise, in its clause, perhaps after "to" ("promised to
    deposit £1m", "berjanji deposit RM 2 juta"): what was promised, so a pledge."""
    between = range(word.last + 1, verb.first)
    if len(between) > 1 or any(tokens[i].trail.strip() for i in range(word.last, verb.first)):
        return False
    return all(keys[i] in _PROMISE_LINKS for i in between)


# "USD 5 million transfer karne ka promise kiya", "50 लाख जमा करने का वादा": a promise to
# move money is the pledge, and its sum stands before the verb, in Hindi's order.
_TO_DO = frozenset(map(fold, "karne करने".split()))
_TO_DO_OF = frozenset(map(fold, "ka ki ke का की के".split()))


# Between a promise and the verb promised: "promised to deposit", "berjanji untuk masukkan",
# "lovade att sätta in", "a promis să depună" ("à" folds to "a").
_PROMISE_LINKS = frozenset(map(fold, "to de d' à a să sa att untuk".split()))
# Money moved, put or paid: what a promise right before it promises ("promised to deposit
# £1m" is a pledge of £1m, not a deposit).
_PROMISABLE = frozenset(("deposit", "put_in", "transfer", "put", "paid", "unclear"))


def _promised_to(
    keys: list[str], words: list[OutcomeWord], tokens: list[Token] | None = None
) -> list[OutcomeWord]:
    out: list[OutcomeWord] = []
    skip: set[int] = set()
    for number, word in enumerate(words):
        if number in skip:
            continue
        following = words[number + 1] if number + 1 < len(words) else None
        if (
            tokens is not None
            and word.kind == "pledge"
            and following is not None
            and following.kind in _PROMISABLE
            and _promise_of(tokens, keys, word, following)
        ):
            out.append(OutcomeWord("pledge", word.first, following.last, word.devanagari))
            skip.add(number + 1)
            continue
        if (
            word.kind != "pledge"
            and following is not None
            and following.kind == "pledge"
            and following.first == word.last + 3
            and keys[word.last + 1] in _TO_DO
            and keys[word.last + 2] in _TO_DO_OF
        ):
            out.append(OutcomeWord("pledge", following.first, following.last, True))
            skip.add(number + 1)
            continue
        out.append(word)
    return out


_ENGLISH_OUTCOMES = {
    "deposit": "deposit",
    "deposited": "deposit",
    "pledged": "pledge",
    "committed": "pledge",
    "commitment": "pledge",
}


def _misspelt(key: str) -> str | None:
    """ "commited", "depositted", "plegded": an English outcome word with one typo is that
    word (only English: other languages' inflections sit one letter from ours)."""
    if len(key) < 7 or not key.isascii() or not key.isalpha():
        return None
    from rapidfuzz.distance import OSA

    for word, name in _ENGLISH_OUTCOMES.items():
        if word[0] == key[0] and OSA.distance(key, word) <= 1:
            return name
    return None


# A deposit put down on something bought is money placed elsewhere: "put down a £200k
# deposit on a villa" (not money deposited with us; "deposit on the 3rd" is a day).
_PUT_DOWN = frozenset(map(fold, "down".split()))
_ON_BOUGHT = frozenset(map(fold, "on".split()))
_BOUGHT_ARTICLES = frozenset(map(fold, "a an his her their".split()))


def _down_payment(keys: list[str], first: int, last: int) -> bool:
    after = last + 1
    if after + 1 < len(keys) and keys[after] in _ON_BOUGHT:
        return keys[after + 1] in _BOUGHT_ARTICLES
    return any(keys[index] in _PUT_DOWN for index in range(max(0, first - 4), first))


def _mandate_excluded(keys: list[str], index: int) -> bool:
    """A management mandate ("mandat de gestion", "gestion sous mandat"), named around it."""
    return any(
        (size := _match(keys, start, NOT_MANDATES)) and start + size > index
        for start in range(max(0, index - 2), index + 1)
    )


def _mandate_lost(tokens: list[Token], keys: list[str], first: int, last: int) -> bool:
    """The mandate at ``first``..``last`` was not won: negated or hedged ("mandate नहीं
    मिला", "nu a mai semnat mandatul"), or lost ("mandate lost", "lost the mandate")."""
    if _negated(tokens, keys, first, last) or _lost_after(tokens, keys, last):
        return True
    for index in range(last + 1, min(len(keys), last + 3)):
        if tokens[index - 1].trail.strip():
            break
        if keys[index] in NEGATORS:  # "mandat tidak dapat", "mandate not signed"
            return True
    for index in range(first - 1, max(-1, first - 1 - _MANDATE_NEGATION_REACH), -1):
        if tokens[index].trail.strip() or keys[index] in CONTRASTS or keys[index] in CONJUNCTIONS:
            return False
        if (
            keys[index] in NEGATORS
            or keys[index].endswith("n't")
            or _match(keys, index, LOST_BEFORE)
        ):
            return True
    return False


def _lost_after(tokens: list[Token], keys: list[str], last: int) -> bool:
    """ "mandate lost", "onorariul de 150k euro pierdut": lost, right after (in its clause)."""
    after = last + 1
    return after < len(keys) and not tokens[last].trail.strip() and bool(_match(keys, after, LOST))


def _is_product(keys: list[str], index: int, size: int) -> bool:
    return any(start >= 0 and _match(keys, start, PRODUCTS) for start in (index - 1, index))


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
                and tuple(keys[begin:end]) in RETRACTED_BEFORE
            ):
                return True
    index = last + 1
    while index < len(keys) and not tokens[index - 1].trail.strip() and index <= last + 3:
        if _match(keys, index, RETRACTED_AFTER):
            return True
        index += 1
    return False


def _sum_word(token: Token) -> bool:
    """A word of a sum written before its outcome word: "$250k", "1,5", "M€", "crore", "lei"."""
    text = token.text
    return (
        any(c.isdigit() for c in text)
        or (len(text) <= 4 and any(c in "$€£₹" for c in text))
        or _bare(token.key) in _ABBREVIATIONS
        or token.key in MULTIPLIERS
        or token.key in CURRENCY_WORDS
    )


def taken_back_later(tokens: list[Token], end: int) -> bool:
    """A claim ending at ``end`` taken back later in its clause ("… puis s'est rétractée")."""
    keys = [token.key for token in tokens]
    index = end + 1
    while index < len(keys) and index <= end + 5 and not tokens[index - 1].trail.strip():
        size = _match(keys, index, TAKEN_BACK_LATER)
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


def _negated(tokens: list[Token], keys: list[str], first: int, last: int) -> bool:
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
            return not beyond and _opens_with_condition(tokens, probe, conditions)
        key = tokens[probe].key
        if (key in conditions and not beyond) or (probe <= last + 3 and key in NEGATORS_AFTER):
            return True
        if probe <= last + 2 and not beyond and key.endswith(_HINDI_FUTURE):
            return True  # "30 lakh ACC-6607 mein daalenge" (will put): to come
        beyond = beyond or (
            key in CONJUNCTIONS
            or key in CONTRASTS
            or any(c.isdigit() for c in key)
            or key in _OUTCOME_KEYS
        )
    for probe in range(first - 1, max(-1, first - 5), -1):
        if tokens[probe].trail.strip():
            break
        key = tokens[probe].key
        if key in CONTRASTS or key in CONJUNCTIONS:
            break
        if key in HEDGES or key in NEGATORS or _hope_to(tokens, probe):
            return True
    return False


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


def _gap(tokens: list[Token], word: OutcomeWord, amount: Amount) -> int | None:
    """Words between an outcome word and a sum of the same clause, or None."""
    if amount.first > word.last:
        low, high = word.last, amount.first
        after = True
    elif amount.last < word.first:
        low, high = amount.last, word.first
        after = False
    else:
        return None
    if clause_break(tokens, low, high):
        return None
    gap = high - low - 1
    if gap > MAX_GAP:
        return None
    if not amount.marked and (not after or gap > 2):
        return None  # "deposited 5000" only right after its word
    # Latin scripts put the sum after the verb, Hindi before: that order wins a tie.
    preferred = after != word.devanagari
    return gap * 2 + (0 if preferred else 1)


# A bare number right after these is a reference, never a sum ("wire ref 44812").
REFERENCES = frozenset(
    map(fold, "ref ref. reference réf réf. référence referens ref.nr nr no no. number n° #".split())
)


def _reference(tokens: list[Token], amount: Amount) -> bool:
    return (
        not amount.marked
        and amount.first > 0
        and tokens[amount.first - 1].key.rstrip(":") in REFERENCES
    )


# Which words claim a sum first: outcome words, then a direction into an account ("2m
# into ACC-…" claims only what no verb claimed), then money verbs that only ask.
_INTO_KINDS = ("into", "into_place")
_RANKS = {"into": 1, "into_place": 1, "unclear": 2}
# Money moved or sent is in a currency or a size ("sent the 2025 K-1s": a year).
_MARKED_ONLY = frozenset(("unclear", "transfer", "arrived", "paid", "put_in", *_INTO_KINDS))


def claims(
    tokens: list[Token], amounts: list[Amount], words: list[OutcomeWord], *, language: str = "en"
) -> tuple[list[ClaimReading], list[Amount]]:
    """The claims the line states, and the sums claimed that cannot be read (to ask);
    ``language``, the rep's, breaks ties between languages ("si": if, or and?)."""
    usable = [
        amount
        for amount in amounts
        if not per_unit(tokens, amount)
        and not _reference(tokens, amount)
        and (amount.marked or amount.value >= BARE_MINIMUM)
    ]
    # Outcome words first; a sum none of them claims may then be asked about by a money verb,
    # unless it is a product's own figure ("fixed-term deposit of 300k rolled over").
    products = _product_sums(tokens, usable)
    keys = [token.key for token in tokens]
    pairs = sorted(
        (_RANKS.get(word.kind, 0), distance, w, a)
        for w, word in enumerate(words)
        for a, amount in enumerate(usable)
        if (distance := _gap(tokens, word, amount)) is not None
        and not (word.kind == "unclear" and a in products)
        and (amount.marked or word.kind not in _MARKED_ONLY)
        and (word.kind != "arrived" or _right_before(tokens, amount, word))
        and (word.kind != "put" or _put_in(tokens, word, amount))
        and (word.kind != "put_in" or _put_in_reach(tokens, word, amount))
        and (
            word.kind not in _INTO_KINDS
            or _right_before(tokens, amount, word)
            and not _taken_out(tokens, keys, amount)
        )
        and (word.kind != "into_place" or _opens_its_clause(tokens, amount))
    )
    taken_words: set[int] = set()
    taken_amounts: set[int] = set()
    found: list[ClaimReading] = []
    for _verb, _distance, w, a in pairs:
        if w in taken_words or a in taken_amounts:
            continue
        # No other outcome word may sit between a word and its sum.
        word, amount = words[w], usable[a]
        if conditional(
            tokens, min(word.first, amount.first), max(word.last, amount.last), language=language
        ):
            continue
        if taken_back_later(tokens, max(word.last, amount.last)):
            continue
        low, high = (
            sorted((word.last, amount.first))
            if amount.first > word.last
            else sorted((amount.last, word.first))
        )
        # (A direction into an account is where the sum went, no word of its own.)
        if any(
            low < other.first < high
            for other in words
            if other is not word and other.kind not in _INTO_KINDS
        ):
            continue
        taken_words.add(w)
        taken_amounts.add(a)
        kind = "deposit" if word.kind in ("arrived", "put", *_INTO_KINDS) else word.kind
        found.append(ClaimReading(kind, amount, word))
    found += _joined(tokens, usable, taken_amounts, found)
    found.sort(key=lambda claim: claim.amount.first)
    unreadable = [c.amount for c in found if c.amount.malformed or c.kind == "unclear"]
    return [c for c in found if not c.amount.malformed and c.kind != "unclear"], unreadable


_OF = frozenset(map(fold, "of de på pe din sebanyak ka ki का की".split()))


def _put_in(tokens: list[Token], word: OutcomeWord, amount: Amount) -> bool:
    """ "put £20k in": the sum right after "put", and "in" closing its clause."""
    return (
        amount.marked
        and amount.first == word.last + 1
        and not tokens[word.last].trail.strip()
        and received(tokens, amount.last)
        and tokens[amount.last + 1].key == "in"
    )


# Between "put in" and its sum: the money itself, or "more" ("masukkan duit RM 500k",
# "put in another £200k", "masukkan lagi RM 1 juta").
_PUT_IN_FILLERS = frozenset(
    map(fold, "duit wang dana lagi sebanyak another a further more extra additional".split())
)


def _put_in_reach(tokens: list[Token], word: OutcomeWord, amount: Amount) -> bool:
    """The sum a "put in" word claims: right after it (money words between), or right before
    it ("RM 600 ribu dimasukkan")."""
    if amount.first > word.last:
        between = tokens[word.last + 1 : amount.first]
        return all(token.key in _PUT_IN_FILLERS for token in between)
    return _right_before(tokens, amount, word)


def _right_before(tokens: list[Token], amount: Amount, word: OutcomeWord) -> bool:
    """The sum ends right before the word, in its clause ("₹20 lakh aaye")."""
    return amount.last + 1 == word.first and not tokens[amount.last].trail.strip()


def _product_sums(tokens: list[Token], amounts: list[Amount]) -> set[int]:
    """Sums that are a product's figure: right after its name (or "of"), or right before it."""
    keys = [token.key for token in tokens]
    ends: set[int] = set()
    starts: set[int] = set()
    for index in range(len(keys)):
        size = _match(keys, index, PRODUCTS)
        if size:
            starts.add(index)
            ends.add(index + size - 1)
    found = set()
    for number, amount in enumerate(amounts):
        before = amount.first - 1
        if before >= 0 and keys[before] in _OF and not tokens[before].trail.strip():
            before -= 1
        if (
            before in ends
            and not tokens[before].trail.strip()
            or amount.last + 1 in starts
            and not tokens[amount.last].trail.strip()
        ):
            found.add(number)
    return found


def _joined(
    tokens: list[Token], amounts: list[Amount], taken: set[int], found: list[ClaimReading]
) -> list[ClaimReading]:
    """ "a depus 1.000.000 lei în ACC-3201 și 200.000 EUR": the second sum, joined by
    "and" right after the first claim's words, is claimed by the same word."""
    more: list[ClaimReading] = []
    for a, amount in enumerate(amounts):
        if a in taken or not amount.marked or amount.first == 0:
            continue
        before = amount.first - 1
        while (
            before > 0
            and (tokens[before].key in _ANOTHER or tokens[before].key in _OF)
            and amount.first - before <= 2
        ):
            before -= 1  # "and another $1m", "și încă 200.000 EUR", "et de 200 k$"
        if tokens[before].key not in CONJUNCTIONS or before == 0:
            continue
        for claim in [*found, *more]:
            if claim.amount.last < before and not clause_break(tokens, claim.amount.last, before):
                between = before - claim.amount.last - 1
                # Only the claim's own words between ("în ACC-3201"), no other sum:
                # "deposited 1m (500k + 500k)" is one deposit and its breakdown.
                other = any(claim.amount.last < a.first < before for a in amounts)
                if between <= 3 and claim.amount.first > claim.word.last and not other:
                    more.append(ClaimReading(claim.kind, amount, claim.word, joined=True))
                    break
                if _also_after(tokens, claim, amount, before) and not other:
                    more.append(ClaimReading(claim.kind, amount, claim.word, joined=True))
                    break
    more += _joined_before(tokens, amounts, taken, found)
    return more


_INTO = frozenset(map(fold, "mein में me ke into to in în till på sur dans ko को par पर".split()))
# "… aur $200k bhi": "too" closing a sum joined after a claim whose word follows its sum.
_ALSO = frozenset(map(fold, "bhi भी also too juga aussi också".split()))


def _also_after(tokens: list[Token], claim: ClaimReading, amount: Amount, joiner: int) -> bool:
    """ "2 crore INR pledge kiya aur $200k bhi": the word comes after the first sum, right
    before "and"; the second sum, closed by "too", is claimed by it as well. Without the
    "too" it may be the start of another outcome ("aur $200k withdraw kiya"), not joined."""
    after = amount.last + 1
    return (
        claim.word.first > claim.amount.last
        and claim.word.last < joiner
        and joiner - claim.amount.last - 1 <= 3
        and amount.first == joiner + 1
        and after < len(tokens)
        and not tokens[amount.last].trail.strip()
        and tokens[after].key in _ALSO
    )


def _joined_before(
    tokens: list[Token], amounts: list[Amount], taken: set[int], found: list[ClaimReading]
) -> list[ClaimReading]:
    """ "USD 1.2 million ACC-9513 mein aur 30 lakh ACC-9512 mein jama": where the word comes
    last, the first sum, joined by "and" right before the claim's sum, is claimed by it."""
    more: list[ClaimReading] = []
    for a, amount in enumerate(amounts):
        if a in taken or not amount.marked:
            continue
        for claim in found:
            if not amount.last < claim.amount.first < claim.word.first:
                continue
            joiner = claim.amount.first - 1
            if tokens[joiner].key not in CONJUNCTIONS or clause_break(
                tokens, amount.last, claim.word.first
            ):
                continue
            # Only the first sum's own account between ("ACC-9513 mein"): never "200k withdrawn
            # and 500k deposited", whose first sum has a word of its own.
            between = tokens[amount.last + 1 : joiner]
            own = all(any(c.isdigit() for c in t.key) or t.key in _INTO for t in between)
            if len(between) <= 3 and own:
                more.append(ClaimReading(claim.kind, amount, claim.word, joined=True))
                break
    return more


VAGUE_QUANTIFIERS = frozenset(
    map(
        fold,
        "quelques plusieurs några flera câteva cateva câțiva mai beberapa kuch कुछ few several "
        "couple some".split(),
    )
)
VAGUE_MAGNITUDES = frozenset(
    map(
        fold,
        "sute ratus centaines centaine milliers millions miljoner miljon hundra tusen sute mii milioane "
        "ratus ribu juta lakh लाख crore करोड़ करोड hundred hundreds thousand thousands million "
        "millions k€ k m mn".split(),
    )
)


def vague_sums(tokens: list[Token], free: list[bool]) -> list[Vague]:
    """ "quelques centaines de k€", "ett par miljoner", "câteva sute de mii", "kuch lakh"."""
    keys = [token.key for token in tokens]
    found: list[Vague] = []
    for index, key in enumerate(keys):
        if not free[index]:
            continue
        start = index
        if (
            key == "ett"
            and index + 1 < len(keys)
            and keys[index + 1] == "par"
            or key == "a"
            and index + 1 < len(keys)
            and keys[index + 1] in ("few", "couple")
        ):  # "ett par"
            index += 1
        elif key not in VAGUE_QUANTIFIERS:
            continue
        last, seen = index, False
        probe = index + 1
        while probe < len(keys) and probe - index <= 5:
            if keys[probe] in VAGUE_MAGNITUDES:
                last, seen = probe, True
            elif keys[probe] not in ("de", "of", "d'") or tokens[probe - 1].trail:
                break
            probe += 1
        if seen:
            found.append(Vague(start, last))
    return found


def _single_keys(*tables: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(word for table in tables for phrase in table for word in phrase)


_OUTCOME_KEYS = _single_keys(DEPOSIT, PLEDGE, FEE, PUT_IN, TRANSFERS, MONEY_VERBS)


def received(tokens: list[Token], last: int) -> bool:
    """Right after a sum moved, words saying it came in ("virement de 1,2 MCHF reçu", "wired
    $750k in +"): a deposit. "in" must end the clause, else it begins one ("in two tranches")."""
    keys = [token.key for token in tokens]
    index = last + 1
    if index >= len(keys) or tokens[last].trail.strip():
        return False
    size = _match(keys, index, RECEIVED_AFTER)
    if not size:
        return False
    if keys[index] == "in" and size == 1:
        end = index + 1
        return (
            end >= len(keys)
            or bool(tokens[index].trail.strip())
            or keys[end] in CONJUNCTIONS
            or bool(_match(keys, end, FROM_WORDS))  # "transferred £250k in from Coutts"
        )
    return True


# Right after a sum moved, "out": it left us ("transferred 500k€ out to his notaire").
_OUT_AFTER = frozenset(map(fold, "out ut keluar".split()))


def sent_out(tokens: list[Token], last: int) -> bool:
    """The sum moved, ending at ``last``, went out: no claim, and nothing to ask."""
    index = last + 1
    return (
        index < len(tokens) and not tokens[last].trail.strip() and tokens[index].key in _OUT_AFTER
    )


def _joined_clause(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """Tokens ``first``..``last`` widened to the words joined to them (no punctuation between)."""
    low, high = first, last
    while low > 0 and not tokens[low - 1].trail.strip():
        low -= 1
    while high < len(tokens) - 1 and not tokens[high].trail.strip():
        high += 1
    return low, high


def to_us(tokens: list[Token], first: int, last: int) -> bool:
    """The clause of tokens ``first``..``last`` says the money came to us ("till oss")."""
    keys = [token.key for token in tokens]
    low, high = _joined_clause(tokens, first, last)
    return any(_match(keys, index, TO_US) for index in range(low, high + 1))


def from_elsewhere(tokens: list[Token], first: int, last: int) -> bool:
    """The clause says where the money came from and names nowhere it went: "transferred
    750k from Coutts" came to us; "from Coutts to Schwab" did not say so."""
    keys = [token.key for token in tokens]
    low, high = _joined_clause(tokens, first, last)
    sources = [(i, _match(keys, i, FROM_WORDS)) for i in range(first, high + 1)]
    sources = [(i, size) for i, size in sources if size]
    if not sources:
        return False
    inside_from = {i for index, size in sources for i in range(index, index + size)}
    # "depuis la Société Générale", "from the Coutts account": the source's own article.
    inside_from |= {
        i + 1 for i in list(inside_from) if i + 1 < len(keys) and keys[i + 1] in _SOURCE_ARTICLES
    }
    # Where it went, said around the claim, not inside it ("a viré": that "a" is "has").
    around = [*range(low, first), *range(last + 1, high + 1)]
    return not any(keys[i] in TOWARD_WORDS and i not in inside_from for i in around)


_STEM = 5  # letters an inflection shares with an outcome word ("engagés", "engagement")


def looks_like_outcome(key: str) -> bool:
    """A word that is not an outcome word but looks like one: one typo away ("transfered",
    "komited"), or an inflection of one ("engagés" of "engagement", "depozitat")."""
    key = _bare(key)
    if len(key) < _STEM or not key.isalpha() or key in _OUTCOME_KEYS:
        return False
    if key in HEDGES or key in NEGATORS:
        return False  # "funderar" (is thinking of) is no "fund"
    from rapidfuzz.distance import OSA

    for word in _OUTCOME_KEYS:
        if len(word) < _STEM or word[0] != key[0]:
            continue
        if key[:_STEM] == word[:_STEM] or OSA.distance(key, word) <= 1:
            return True
    return False


def _taken_out(tokens: list[Token], keys: list[str], amount: Amount) -> bool:
    """A sum right after a word of money going out ("a retiré 300k€", "tog ut 1 mkr")."""
    for start in range(max(0, amount.first - 4), amount.first):
        size = _match(keys, start, OUTGOING)
        if (
            size
            and start + size >= amount.first - 1
            and not clause_break(tokens, start, amount.first)
        ):
            return True
    return False


# Hindi's future, on the verb: "daalenge", "bhejega", "डालेंगे" (will put, will send).
_HINDI_FUTURE = ("enge", "ega", "egi", "engi", "ेंगे", "ेगा", "ेगी", "ेंगी")


def unsure_sums(
    tokens: list[Token], amounts: list[Amount], claimed: list[Amount], free: list[bool]
) -> list[Amount]:
    """Sums of money no outcome word claimed with a word that looks like one in their clause
    ("2 mn d'euros engagés", "komited RM1.5 juta"): asked about, never dropped unsaid (a
    claim missed is a rep's pay missed) nor guessed."""
    spans = {(a.start, a.end) for a in claimed}
    keys = [token.key for token in tokens]
    # A product's name and figure ("depozitul la termen de 300.000 lei") are no outcome.
    products = _product_sums(tokens, amounts)
    for index in range(len(keys)):
        size = _match(keys, index, PRODUCTS)
        if size:
            free = [f and not index <= i < index + size for i, f in enumerate(free)]
    unsure = []
    for number, amount in enumerate(amounts):
        if not amount.marked or (amount.start, amount.end) in spans:
            continue
        if amount.malformed and not amount.ranged:
            continue
        if number in products:
            continue
        if per_unit(tokens, amount):
            continue
        if _taken_out(tokens, keys, amount):
            continue  # "a retiré 300k€ … l'appart": money out, whatever look-alike is near
        for index in range(
            max(0, amount.first - MAX_GAP - 1), min(len(tokens), amount.last + MAX_GAP + 2)
        ):
            if amount.first <= index <= amount.last or not free[index]:
                continue
            low, high = sorted((index, amount.first if index > amount.last else amount.last))
            if clause_break(tokens, low, high):
                continue
            if _negated(tokens, [t.key for t in tokens], index, index):
                continue
            if tokens[index].key.endswith(_HINDI_FUTURE):
                continue  # "30 lakh daalenge" (will put): to come, as "will deposit" is
            # A range by a fee word is asked even with no mandate named ("comision 1-1,5 mil.
            # lei"): which figure, and is it a mandate's fee?
            fee = amount.ranged and bool(_match(keys, index, FEE))
            if fee or looks_like_outcome(tokens[index].key):
                unsure.append(amount)
                break
    return unsure

"""The outcome words of six languages, by the kind of claim they make.

A sum is a claim only when an outcome word says so, in the same clause:

- deposit: deposit(ed), funded, wired in, versement / a versé / dépôt, insättning /
  satte in, depunere / a depus, mendeposit / simpanan, जमा / डिपॉज़िट / jama; and money put
  in (masukkan, put in, a băgat) unless the clause puts it into something else it names;
- pledge: pledge(d), committed, commitment, engagement / s'engage / promesse /
  promis, utfäst(e) / löfte, angajament / promisiune, ikrar / janji, वादा /
  प्रतिज्ञा / vaada;
- mandate (the sum is the fee): a fee word (fee, honoraires, commission, arvode,
  onorariu, comision, yuran, फीस) with a mandate word in the line (mandate,
  mandat, uppdrag, मैंडेट, अधिदेश);
- money moved, sent, paid or put (transfer, a viré, överförde, a transferat, pindahkan,
  ट्रांसफर; paid; put): a deposit only when the line says it came to us
  (``bot.parsing.destinations``), else asked; money verbs that never say which
  ("invested 2m") are asked about.

Products with an outcome word in their name (fixed deposits), management mandates and
money going out are listed here too, so that they are never read as outcomes.
"""

from __future__ import annotations

from bot.parsing.clauses import phrases as _keys
from bot.parsing.tokens import fold

DEPOSIT = _keys(
    "deposit|deposits|deposited|depositing|funded|wired in|wire in|versement|versements"
    "|versé|versée|versés|versées|a versé|dépôt|dépôts|déposé|déposée|a déposé|insättning|insättningar"
    "|insättningen|satte in|satt in|har satt in|insatt|insatta|depunere|depuneri|depunerea"
    "|depus|a depus|depuși|depusă|depuse|au fost depuși|depozit|depozitat|a depozitat|mendeposit"
    "|mendepositkan|didepositkan|simpanan"
    "|जमा|डिपॉज़िट|डिपॉजिट|jama"
    # Money moved in, and said to have arrived: a deposit ("transferred in", "virement reçu").
    "|transferred in|transfer in|incoming wire|incoming transfer|wire received|transfer received"
    "|funds received|brought in|moved in|paid in|sent in|inflow of|virement reçu"
    # A deposit said received, one word: "versement reçu de 1,2 million d'euros".
    "|versement reçu|versements reçus|dépôt reçu|dépôts reçus|deposit received"
    "|insättning mottagen|depunere primită|depunerea primită|deposit diterima"
    "|virement entrant|transfert entrant|transfert reçu|a apporté|apporté|apportés|fört in"
    # Swedish brought, paid or put in: "förde in 2 mkr", "betalade in 500 tkr", "lade in".
    "|förde in|har fört in|betalade in|har betalat in|betalat in|lade in|har lagt in|lagt in"
    # A contribution (cash or securities) is money brought to us: "apport de 500 000 €",
    # "apport de 350.000 € en titres vers ACC-6111".
    "|apport|un apport|apports|l'apport"
    "|flyttade in|pindahan masuk|pindah masuk|transfer masuk|dipindahkan masuk|a adus|adus"
    "|wang masuk|duit masuk|dana masuk|bawa masuk|dibawa masuk|membawa masuk|bawak masuk"
)
PLEDGE = _keys(
    "pledge|pledges|pledged|pledging|commit|commits|committed|commitment|commitments"
    "|engagement|engagements|s'engage|s'est engagé|s'est engagée|promesse|promis|a promis"
    "|promised|promise|promises|verbal commitment|soft commit|utfäst|utfäste|utfästelse|löfte"
    "|löftet|lovade|lovat|åtagande|åtagandet|åtaganden|utfästelsen|angajament|angajamente"
    "|angajamentul|s-a angajat|promisiune|promisiunea|ikrar|berikrar|janji|berjanji|komitmen"
    "|promite|a promis că|वादा|vaada|vada|प्रतिज्ञा|pratigya|वचन|कमिटमेंट|engagé|engagés|engagée|engagées"
    "|s'est engagé à|a promis de|angajat|komit|komited|komitted|berkomitmen|committed to"
    # Promised, in each language's other forms: "utlovade 300 000 euro", "promet 1 M€".
    "|utlovade|utlovat|utlovar|har utlovat|lovar|har lovat|promet|promettent|promisese"
    # Romanian agrees the participle with the sum: "500.000 lei promiși", "suma promisă".
    "|promiși|promisă|promişi"
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
    "|virement effectué|överförde|har överfört|överfört|överförda|överförd|förde över|har fört över|fört över"
    "|flyttade över|flyttade|har flyttat|flyttat|a mutat|mutat|a déplacé|déplacé"
    "|a transferat|transferat|transferați|transferate|a virat|virat|virați|viraţi"
    "|virate|virată|pindah|pindahkan|memindahkan|telah memindahkan"
    # "RM 600 ribu masuk ke ACC-…": went into (an account named, else asked).
    "|masuk ke|masuk dalam"
    "|virement|a fait un virement|fait un virement|transfer|dah transfer|sudah transfer"
    # A contribution brought in as securities: in, when the line says where.
    "|a apporté en titres"
    # Wired where? In, when the line says into our account or to us ("wired 200k to Schwab").
    "|wired|has wired|wire|a wire|topped up|top up|top-up|topup|has topped up"
    "|transfer kiye|transfer kiya|transfer kar diye|transfer kar diya|transfer kiye hain"
    "|ट्रांसफर किए|ट्रांसफर किया|ट्रांसफर कर दिए|ट्रांसफर कर दिया"
    # Moved or put somewhere: in, when the line says where ("moved ₹35 lakh into ACC-8503").
    "|moved|moved over|has moved|moved across|brought over|brought across|has brought over"
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
# Right after a sum, Hindi "came": "₹20 lakh aaye" is money that came in, a deposit. Only
# there: "woh office aaye" is a person who came.
ARRIVED = _keys("aaye|aa gaye|aaya|aa gaya|aayi|aa gayi|आए|आये|आ गए|आया|आ गया|आई|आ गई")
# Received, arrived: right after its sum the money came in, a deposit ("400 000 CHF reçus
# sur ACC-…", "£500k received", "2 mkr inkom", "300.000 lei primiți", "RM 1 juta diterima",
# "₹5 लाख मिल गए"); before a sum ("received 2m") it says not from whom, nor to whom: asked.
RECEIVED = _keys(
    "received|has received|arrived|has arrived|landed|has landed|came in|reçu|reçus|reçue"
    "|reçues|arrivé|arrivés|arrivée|arrivées|inkom|inkommen|inkomna|mottagen|mottagna|mottogs"
    "|har kommit in|kom in|primit|primiți|primită|primite|a intrat|au intrat|intrat|intrați"
    "|au venit|a venit|sont arrivés|sont arrivées|est arrivé|est arrivée"
    "|diterima|telah diterima|sudah diterima|dah diterima|mil gaye|मिल गए|प्राप्त हुए"
    # Entered, credited: "2,2 Mio EUR entrés sur ACC-…", "$2m credited to ACC-…", "2 mkr
    # krediterades ACC-…", "200.000 lei creditați în ACC-…", "RM 2 juta dikreditkan ke …".
    "|entré|entrés|entrée|entrées|sont entrés|crédité|crédités|créditée|créditées"
    "|credited|was credited|were credited|has been credited|came in to|came into"
    "|krediterades|krediterats|creditat|creditați|creditată|creditate|au fost creditați"
    "|dikreditkan|telah dikreditkan|credit hue|credit hua|क्रेडिट हुए"
)
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
# "rolled 180k from his 401k into the SIPP with us": moved, in if to us ("rolled over" is
# the money verb: a product renewed).
ROLLED = _keys("rolled|has rolled|rolled in")
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
    # Romanian with its article: "mandatul de administrare discreționară de 5 mil. EUR".
    "|mandatul de administrare|mandatul de gestiune|mandatul discreționar|mandatul discretionar"
    "|discretionary mandate|mandat discrétionnaire|mandat pengurusan|mandat de gestion privée"
    # French also puts the mandate last: "gestion sous mandat signée sur 2 M€".
    "|gestion sous mandat"
    # Discretionary management said in each language; an "advisory mandate" may be a
    # bank's won for a deal ("mandat de conseil pour l'acquisition, honoraires 1,1 M€").
    "|diskretionärt mandat|diskretionära mandatet|förvaltningsmandat|förvaltningsmandatet"
    "|mandat discreționar|mandat discretionar|mandat budi bicara|discretionary portfolio mandate"
    "|advisory portfolio mandate|portfolio advisory mandate"
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
# Money moved inside the firm, between the client's own accounts: no new money, no claim and
# nothing to ask ("internal transfer of $200k", "virement interne de 300 k€").
INTERNAL = _keys(
    "internal transfer|internal transfers|internal move|internal wire|journal transfer"
    "|journaled|book transfer|virement interne|virements internes|transfert interne"
    "|transferts internes|intern överföring|interna överföringar|intern flytt|transfer intern"
    "|transferuri interne|virament intern|pindahan dalaman|transfer dalaman|pemindahan dalaman"
    "|आंतरिक ट्रांसफर|antarik transfer"
)
# The kinds a claim is recorded as; the reader's other kinds are settled or dropped first.
CLAIM_KINDS = frozenset(("deposit", "pledge", "mandate"))


def _single_keys(*tables: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(word for table in tables for phrase in table for word in phrase)


OUTCOME_KEYS = _single_keys(DEPOSIT, PLEDGE, FEE, PUT_IN, TRANSFERS, MONEY_VERBS)

# Words that only qualify an outcome phrase ("success" of "success fee", "verbal" of "verbal
# commitment", "funds" of "funds received"): no outcome word by themselves, so a word that
# looks like one ("succession", "fundsbolag") is no look-alike of an outcome either.
QUALIFIERS = frozenset(
    map(
        fold,
        "success verbal soft money funds incoming entrant effectué titres dalam sudah telah "
        "s'est".split(),
    )
)

# Right after a sum, whose money it is: "he committed 500k€ perso", "a depus 1 mil. lei
# personal", "satte in 2 mkr privat", "RM 1 juta sendiri", "50 lakh khud ke". Words of a sum,
# never a day or a name typed with a typo ("perso" is no "parso").
SUM_OWNERS = _keys(
    "perso|personal|personally|personnel|personnelle|personnellement|privé|privée|privat"
    "|privata|personlig|personligen|personală|personal|peribadi|sendiri|khud|निजी|niji"
)

"""Held-out reader corpus 4: builds and validates corpus.json. Edit this file, never the JSON."""
import json, os, datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo
from collections import Counter

NOW = "2026-11-18T15:00:00Z"
TODAY = dt.date(2026, 11, 18)
assert TODAY.weekday() == 2  # Wednesday
WD = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)
iso = lambda x: x.isoformat()
T = iso(TODAY); Y = iso(TODAY - dt.timedelta(1)); DBY = iso(TODAY - dt.timedelta(2)); TOM = iso(TODAY + dt.timedelta(1))
def past(w):  # most recent such weekday strictly before today
    return next(iso(TODAY - dt.timedelta(k)) for k in range(1, 8) if (TODAY - dt.timedelta(k)).weekday() == WD[w])
def nxt(w):   # next such weekday strictly after today
    return next(iso(TODAY + dt.timedelta(k)) for k in range(1, 8) if (TODAY + dt.timedelta(k)).weekday() == WD[w])
def on(m, dd): return iso(dt.date(2026, m, dd))

R = dict(FR="U0H4FR101", SV="U0H4SV102", RO="U0H4RO103", MS="U0H4MS104",
         HI="U0H4HI105", GB="U0H4GB106", US="U0H4US107")
reps = [
 dict(slack_user_id=R["FR"], name="Mathilde Perrin", timezone="Europe/Paris", locale="fr-FR", roles=["rep"]),
 dict(slack_user_id=R["SV"], name="Linnea Holmgren", timezone="Europe/Stockholm", locale="sv-SE", roles=["rep"]),
 dict(slack_user_id=R["RO"], name="Bogdan Marinescu", timezone="Europe/Bucharest", locale="ro-RO", roles=["rep"]),
 dict(slack_user_id=R["MS"], name="Mohd Hafiz Zulkifli", timezone="Asia/Kuala_Lumpur", locale="ms-MY", roles=["rep"]),
 dict(slack_user_id=R["HI"], name="Neha Kulkarni", timezone="Asia/Kolkata", locale="hi-IN", roles=["rep"]),
 dict(slack_user_id=R["GB"], name="Harriet Pemberton", timezone="Europe/London", locale="en-GB", roles=["rep"]),
 dict(slack_user_id=R["US"], name="Tyler Brooks", timezone="America/New_York", locale="en-US", roles=["rep"]),
]
def C(eid, name, hh, tier, cov, accts):
    return dict(external_id=eid, name=name, household=hh, tier=tier,
                coverage=[R[c] for c in cov], accounts=[dict(account=a, currency=c) for a, c in accts])
clients = [
 # France
 C("C-8101", "Martin Lefort", "Lefort", "UHNW", ["FR"], [("ACC-8111", "EUR")]),
 C("C-8102", "Aurore Lefort", "Lefort", "HNW", ["FR"], [("ACC-8112", "EUR")]),
 C("C-8103", "Claire Martin", "Martin", "UHNW", ["FR"], [("ACC-8113", "EUR"), ("ACC-8114", "CHF")]),
 C("C-8104", "Pascal Fontaine", "Fontaine", "corporate executive", ["FR"], [("ACC-8115", "EUR")]),
 C("C-8105", "Avril Roux", "Roux", "HNW", ["FR"], [("ACC-8116", "EUR")]),
 C("C-8106", "Noël Vasseur", "Vasseur", "HNW", ["FR"], [("ACC-8117", "EUR")]),
 C("C-8107", "Gilles Chevalier", "Chevalier", "HNW", [], [("ACC-8118", "EUR")]),
 # Sweden
 C("C-8201", "Dag Forsberg", "Forsberg", "UHNW", ["SV"], [("ACC-8211", "SEK"), ("ACC-8212", "NOK")]),
 C("C-8202", "Maj Forsberg", "Forsberg", "UHNW", ["SV"], [("ACC-8213", "SEK")]),
 C("C-8203", "Henrik Sjöberg", "Sjöberg (Henrik)", "HNW", ["SV"], [("ACC-8214", "SEK")]),
 C("C-8204", "Elsa Blom", "Blom", "corporate executive", ["SV"], [("ACC-8215", "SEK")]),
 C("C-8205", "Sten Ahlgren", "Ahlgren", "HNW", ["SV"], [("ACC-8216", "EUR")]),
 C("C-8206", "Ulf Sjöberg", "Sjöberg (Ulf)", "HNW", [], [("ACC-8217", "SEK")]),
 C("C-8207", "Torbjörn Kvist", "Kvist", "UHNW", ["GB"], [("ACC-8218", "SEK")]),
 # Romania
 C("C-8301", "Florin Stănescu", "Stănescu", "HNW", ["RO"], [("ACC-8311", "RON")]),
 C("C-8302", "Doina Stănescu", "Stănescu", "HNW", ["RO"], [("ACC-8312", "RON"), ("ACC-8313", "EUR")]),
 C("C-8303", "Sorin Munteanu", "Munteanu (Sorin)", "UHNW", ["RO"], [("ACC-8314", "EUR")]),
 C("C-8304", "Luminița Georgescu", "Georgescu", "corporate executive", ["RO"], [("ACC-8315", "RON")]),
 C("C-8305", "Viorel Crăciun", "Crăciun", "HNW", ["RO"], [("ACC-8316", "RON")]),
 C("C-8306", "Adrian Munteanu", "Munteanu (Adrian)", "HNW", [], [("ACC-8317", "RON")]),
 # Malaysia
 C("C-8401", "Wong Kar Hoe", "Wong", "UHNW", ["MS"], [("ACC-8411", "MYR"), ("ACC-8412", "SGD")]),
 C("C-8402", "Wong Siew Lan", "Wong", "UHNW", ["MS"], [("ACC-8413", "MYR")]),
 C("C-8403", "Intan Suraya binti Zainal", "Zainal", "HNW", ["MS"], [("ACC-8414", "MYR")]),
 C("C-8404", "Suria binti Kamal", "Kamal", "HNW", ["MS"], [("ACC-8415", "MYR")]),
 C("C-8405", "Rajendran a/l Muthu", "Muthu", "corporate executive", ["MS"], [("ACC-8416", "MYR")]),
 C("C-8406", "Khairul Anuar bin Salleh", "Salleh", "HNW", [], [("ACC-8417", "MYR")]),
 # India
 C("C-8501", "Ravi Bansal", "Bansal", "UHNW", ["HI"], [("ACC-8511", "INR")]),
 C("C-8502", "Kiran Bansal", "Bansal", "UHNW", ["HI"], [("ACC-8512", "INR"), ("ACC-8513", "USD")]),
 C("C-8503", "Asha Trivedi", "Trivedi", "HNW", ["HI"], [("ACC-8514", "INR")]),
 C("C-8504", "Mangal Rathore", "Rathore", "corporate executive", ["HI"], [("ACC-8515", "INR")]),
 C("C-8505", "Suresh Pillai", "Pillai", "HNW", ["HI", "MS"], [("ACC-8516", "INR")]),
 C("C-8506", "Deepa Chatterjee", "Chatterjee", "HNW", ["US"], [("ACC-8517", "USD"), ("ACC-8518", "INR")]),
 # United Kingdom
 C("C-8601", "Helen Thornbury", "Thornbury", "UHNW", ["GB"], [("ACC-8611", "GBP")]),
 C("C-8602", "May Thornbury", "Thornbury", "UHNW", ["GB"], [("ACC-8612", "GBP"), ("ACC-8613", "EUR")]),
 C("C-8603", "Rupert Calloway", "Calloway", "HNW", ["GB"], [("ACC-8614", "GBP")]),
 C("C-8604", "Imogen Fairbairn", "Fairbairn", "corporate executive", ["GB", "FR"], [("ACC-8615", "GBP")]),
 C("C-8605", "Nigel Thornbury", "Thornbury", "UHNW", [], [("ACC-8616", "GBP")]),
 # United States
 C("C-8701", "Donna Kowalski", "Kowalski", "UHNW", ["US"], [("ACC-8711", "USD")]),
 C("C-8702", "April Kowalski", "Kowalski", "HNW", ["US"], [("ACC-8712", "USD")]),
 C("C-8703", "Mars Okafor", "Okafor", "HNW", ["US"], [("ACC-8713", "USD")]),
 C("C-8704", "Grant Holloway", "Holloway", "corporate executive", ["US"], [("ACC-8714", "USD"), ("ACC-8715", "CAD")]),
 C("C-8705", "Penny Reyes", "Reyes", "HNW", ["US"], [("ACC-8716", "USD")]),
 C("C-8706", "Frank Delaney", "Delaney", "HNW", [], [("ACC-8717", "USD")]),
]
initiatives = [dict(tag="polo-cup", name="Guards Polo Cup hospitality"),
               dict(tag="cowes-regatta", name="Cowes Week regatta yacht"),
               dict(tag="jazz-montreux", name="Montreux Jazz Festival evening"),
               dict(tag="symphony-night", name="Symphony gala night")]

lines = []
def L(lang, rep, text, outcome, client=None, channel=None, day=None, time=None, claims=(), fu=None,
      init=None, nc=(), ne=(), why=""):
    if outcome != "record":  # only outcome and client are checked for asks
        channel = day = time = fu = init = None; claims = (); nc = (); ne = ()
    lines.append(dict(id="h4-%03d" % (len(lines) + 1), lang=lang, rep=R[rep], text=text,
        expect=dict(outcome=outcome, client=client, channel=channel, day=day, time=time,
                    claims=[dict(kind=k, amount=a, currency=c, account=ac) for k, a, c, ac in claims],
                    follow_up_on=fu, initiative=init, notes_contains=list(nc), notes_excludes=list(ne)),
        why=why))
dep = lambda a, c, ac=None: ("deposit", a, c, ac)
plg = lambda a, c, ac=None: ("pledge", a, c, ac)
man = lambda a, c, ac=None: ("mandate", a, c, ac)
REC = "record"; AC = "ask_client"; AU = "ask_unclear"; NC = "not_covered"; ACH = "ask_channel"

# ================= en: New York rep (local Wed 10:00) =================
L("en","US","mtg w/ Donna Kowalski yest 4pm re 403(b) rollover to IRA, she pledged 1.2m",REC,"C-8701","in_person",Y,"16:00",[plg("1200000","USD")],nc=["403(b)"],ne=["yest","4pm"],why="mtg = meeting; yest; 403(b) is a plan name; single USD account")
L("en","US","April Kowalski called this am, wants to fund 529s for her 2 grandkids, follow up Dec 1",REC,"C-8702","phone",T,None,[],on(12,1),nc=["529"],ne=["this am"],why="first name April is not the month; 'wants to fund' with no figure is no claim")
L("en","US","Grant Holloway zoom 8:30 today, won the mandate on the spin-off, fee 350k",AU,"C-8704",why="USD and CAD accounts, fee without currency")
L("en","US","Grant Holloway teams call Mon 2pm, mandate signed for the Q3 bond deal, fee USD 275k; also moved CAD 400k into ACC-8715",REC,"C-8704","video",past("mon"),"14:00",[man("275000","USD"),dep("400000","CAD","ACC-8715")],nc=["bond deal"],ne=["Mon","2pm"],why="two outcomes; Q3 not an amount; 'Grant' is a name")
L("en","US","Mars Okafor lunch Fri, 10-K came out, he did NOT pledge the 500k yet, maybe Q1",REC,"C-8703","in_person",past("fri"),None,[],nc=["10-K"],ne=["Fri"],why="negated pledge; first name Mars")
L("en","US","Penny Reyes phone 9:15 this morning, wired $750k in + opened a 6-mo CD for 200k",REC,"C-8705","phone",T,"09:15",[dep("750000","USD")],nc=["CD"],ne=["9:15"],why="explicit time beats part of day; CD is never a claim")
L("en","US","Frank Delaney coffee yday, intro via his CPA, ~8m AUM",NC,"C-8706",why="in the firm, covered by nobody")
L("en","US","Donna Reyes email re: beneficiary forms",AC,why="unknown person sharing Donna Kowalski's first name and Penny Reyes's last name")
L("en","US","Deepa Chatterjee video call 11/12, NRE acct questions, IRA at age 59½, pledged $2m",REC,"C-8506","video",on(11,12),None,[plg("2000000","USD")],nc=["NRE"],ne=["11/12"],why="US mm/dd; USD by $ on a USD+INR client; age not an amount")
L("en","US","spoke w/ Mars Okafor yesterday abt Roth conversion, 22% bracket",ACH,"C-8703",why="'spoke' does not say phone or in person")
L("en","US","Penny Reyes in office Thurs 3:30pm, deposited 1.1M and pledged another 2M by year end #symphony-night, tel 212-555-0148",REC,"C-8705","in_person",past("thu"),"15:30",[dep("1100000","USD"),plg("2000000","USD")],init="symphony-night",ne=["Thurs","3:30pm"],why="two outcomes; phone number not an amount")
L("en","US","Donna Kowalski sent a FedEx pkg today w/ signed trust docs + 2025 K-1s",REC,"C-8701","mail",T,None,[],nc=["K-1"],why="courier package = mail; 2025 not an amount")
L("en","US","April Kowalski video chat 11/12 8am, rolled over her old 401k, deposited $640k to ACC-8712",REC,"C-8702","video",on(11,12),"08:00",[dep("640000","USD","ACC-8712")],nc=["401k"],ne=["8am"],why="401k not an amount; to ACC-… names the account")
# ================= en: London rep (local 15:00) =================
L("en","GB","Helen Thornbury - coffee at Claridge's this am, ISA & SIPP review, deposited £400k",REC,"C-8601","in_person",T,None,[dep("400000","GBP")],nc=["SIPP"],ne=["this am"],why="coffee = in person")
L("en","GB","May Thornbury phoned at half two, may add to the EUR account next month, nothing firm",REC,"C-8602","phone",T,"14:30",[],nc=["nothing firm"],ne=["half two"],why="first name May vs modal 'may'; half two = 14:30; no claim")
L("en","GB","May Thornbury video yesterday, pledged 750k",AU,"C-8602",why="GBP and EUR accounts, no currency or account")
L("en","GB","May Thornbury Teams call Fri 10.15, transferred €1.2m into ACC-8613",REC,"C-8602","video",past("fri"),"10:15",[dep("1200000","EUR","ACC-8613")],ne=["Fri","10.15"],why="dotted time; account EUR")
L("en","GB","Thornburys – lunch Sun re: grandchildren trusts",AC,why="household name, three Thornburys in the firm")
L("en","GB","Nigel Thornbury phone this morning re IHT",NC,"C-8605",why="in household Thornbury but covered by nobody; must not fall on Helen or May")
L("en","GB","Rupert Calloway lunch at his club 13/11, 12-month term deposit 500k, FY26 budget",REC,"C-8603","in_person",on(11,13),None,[],nc=["term deposit"],ne=["13/11"],why="term deposit never a claim; FY26 not an amount")
L("en","GB","Torbjörn Kvist video call today 11:00, pledged 4 MSEK, follow up Thurs",REC,"C-8207","video",T,"11:00",[plg("4000000","SEK")],nxt("thu"),ne=["11:00"],why="London rep covers a Swedish client; follow-up Thursday is the next one")
L("en","GB","Imogen Fairbairn email Mon re: the 10-K and the Q3 numbers, mandate won for the rights issue, fee £180k",REC,"C-8604","email",past("mon"),None,[man("180000","GBP")],nc=["rights issue"],ne=["Mon"],why="10-K, Q3 not amounts")
L("en","GB","Rupert Callaway phone 2 days ago, withdrew 150k for the roof, no new money",REC,"C-8603","phone",DBY,None,[],nc=["roof"],ne=["2 days ago"],why="typo Callaway; a withdrawal is not a deposit")
L("en","GB","Imogen Fairbairn dinner yesterday, she pledged £1.5m ahead of the FY26 bonus round #cowes-regatta",REC,"C-8604","in_person",Y,None,[plg("1500000","GBP")],init="cowes-regatta",ne=["yesterday"],why="initiative tag")

# ================= fr: Paris rep (local 16:00) =================
L("fr","FR","rdv Martin Lefort à son bureau hier 11h, il a versé 2,5 M€ sur ACC-8111",REC,"C-8101","in_person",Y,"11:00",[dep("2500000","EUR","ACC-8111")],ne=["hier","11h"],why="1,5-style decimal comma with M€")
L("fr","FR","Martin au tél ce matin, pt sur le PEA",AC,why="'Martin' is Martin Lefort's first name and Claire Martin's last name")
L("fr","FR","Claire Martin visio lundi 9h30, engagement de 800 k",AU,"C-8103",why="EUR and CHF accounts, no currency")
L("fr","FR","Claire Martin déj jeudi dernier, virement de 1,2 MCHF reçu, relance le 2 décembre",REC,"C-8103","in_person",past("thu"),None,[dep("1200000","CHF")],on(12,2),ne=["jeudi dernier"],why="déj = déjeuner; MCHF gives the currency")
L("fr","FR","Aurore Lefort e-mail avant-hier : elle n'a finalement pas versé les 300k, attend la vente de l'appart",REC,"C-8102","email",DBY,None,[],nc=["appart"],ne=["avant-hier"],why="negated deposit")
L("fr","FR","Pascal Fontaine tél 14h15, mandat remporté pour la levée de fonds, honoraires 200 k€",REC,"C-8104","phone",T,"14:15",[man("200000","EUR")],nc=["levée de fonds"],ne=["14h15"],why="no day word -> today")
L("fr","FR","Sylvie Fontaine rdv hier, veut ouvrir un PER",AC,why="unknown person sharing Pascal Fontaine's last name")
L("fr","FR","Gilles Chevalier déjeuner vendredi, prospect, 4 M€ à placer",NC,"C-8107",why="covered by nobody")
L("fr","FR","Avril Roux appel le 9 novembre, compte à terme 12 mois de 150 000 € ouvert",REC,"C-8105","phone",on(11,9),None,[],nc=["compte à terme"],ne=["9 novembre"],why="first name Avril is not the month; term account never a claim")
L("fr","FR","Avril Roux visio hier 17h30, a promis 600 000 €, relance lundi",REC,"C-8105","video",Y,"17:30",[plg("600000","EUR")],nxt("mon"),ne=["hier","17h30"],why="promis = pledge; relance -> next Monday")
L("fr","FR","Noël Vasseur courrier envoyé aujourd'hui avec l'IFU et le relevé T3",REC,"C-8106","mail",T,None,[],nc=["IFU"],ne=["aujourd'hui"],why="first name Noël; courrier = mail; T3 not an amount")
L("fr","FR","Imogen Fairbairn visio ce matin, mandat de conseil signé pour l'OPA, honoraires 90 000 £",REC,"C-8604","video",T,None,[man("90000","GBP")],nc=["OPA"],ne=["ce matin"],why="secondary coverage; mandate fee")
L("fr","FR","Pascal Fontaine rencontré au tournoi #polo-cup samedi, 3 enfants, 51 ans, portable 06 71 22 48 90",REC,"C-8104","in_person",past("sat"),None,[],init="polo-cup",nc=["tournoi"],ne=["samedi"],why="counts, age, phone not amounts")
L("fr","FR","Aurore Lefort tél hier soir : versement de 400k sur son assurance-vie + engagement de 1 M€ supplémentaire d'ici fin d'année",REC,"C-8102","phone",Y,None,[dep("400000","EUR"),plg("1000000","EUR")],nc=["assurance-vie"],ne=["hier soir"],why="two outcomes; single EUR account")
L("fr","FR","Martin Lefort visio le 31/11 à 10h",AU,"C-8101",why="31 November does not exist")
L("fr","FR","Claire Martin rdv au bureau le 12/11 à midi, dépôt de 500 k€ sur ACC-8113",REC,"C-8103","in_person",on(11,12),"12:00",[dep("500000","EUR","ACC-8113")],ne=["12/11"],why="à midi = 12:00; account EUR")
L("fr","FR","Pascal Fontaine appel hier, mandat de gestion pilotée signé sur 2 M€",REC,"C-8104","phone",Y,None,[],nc=["gestion pilotée"],ne=["hier"],why="management mandate never a claim")
L("fr","FR","Martin Lefort – réunion visio mardi 8h45, rendement 4,1 % sur le fonds euros, aucun versement",REC,"C-8101","video",past("tue"),"08:45",[],nc=["fonds euros"],ne=["8h45"],why="bare mardi = yesterday; percentage")
L("fr","FR","Aurore Lefort lettre recommandée envoyée lundi dernier pour la donation",REC,"C-8102","mail",past("mon"),None,[],nc=["donation"],ne=["lundi dernier"],why="lettre = mail")
L("fr","FR","Noel Vasseur rdv chez lui dimanche, a viré 350 000 € vers ACC-8117, relance vendredi",REC,"C-8106","in_person",past("sun"),None,[dep("350000","EUR","ACC-8117")],nxt("fri"),ne=["dimanche"],why="name without tréma; vers ACC names account; relance future Friday")
L("fr","FR","Aurore Lefort visio à 10h, point sur le PEA-PME, elle a déposé 120 000 € en cash",REC,"C-8102","video",T,"10:00",[dep("120000","EUR")],nc=["PEA-PME"],ne=["10h"],why="no day -> today")
L("fr","FR","Noël Vasseur tél jeudi dernier vers 18h, versement de 900k€ confirmé",REC,"C-8106","phone",past("thu"),"18:00",[dep("900000","EUR")],ne=["jeudi dernier"],why="vers 18h = about 18:00")

# ================= sv: Stockholm rep (local 16:00) =================
L("sv","SV","Fika med Maj Forsberg i morse, pratade om ISK och kapitalförsäkring",REC,"C-8202","in_person",T,None,[],nc=["kapitalförsäkring"],ne=["i morse"],why="first name Maj (May); fika = in person")
L("sv","SV","Dag Forsberg möte i dag kl 10, satte in 3 milj. kr",AU,"C-8201",why="SEK and NOK accounts; 'kr' fits both")
L("sv","SV","Dag Forsberg ringde i fredags 13.30, överföring på 2 MNOK till ACC-8212",REC,"C-8201","phone",past("fri"),"13:30",[dep("2000000","NOK","ACC-8212")],ne=["fredags","13.30"],why="first name Dag (day); MNOK")
L("sv","SV","Dag Forsberg Teams i dag 09:00, lovade 5 MSEK, uppföljning 1 dec",REC,"C-8201","video",T,"09:00",[plg("5000000","SEK")],on(12,1),ne=["09:00"],why="'i dag' = today next to the name Dag; MSEK")
L("sv","SV","Henrik Sjöberg mejl igår ang. tjänstepension, 3 barn, 47 år",REC,"C-8203","email",Y,None,[],nc=["tjänstepension"],ne=["igår"],why="counts and age")
L("sv","SV","Ulf Sjöberg träff på kontoret idag",NC,"C-8206",why="covered by nobody; must not fall on Henrik Sjöberg")
L("sv","SV","Sjöberg ringde igår",AC,why="two Sjöbergs in the firm")
L("sv","SV","Elsa Blom videomöte förra torsdagen kl. 15, mandat vunnet för börsnoteringen, arvode 2,5 Mkr",REC,"C-8204","video",past("thu"),"15:00",[man("2500000","SEK")],nc=["börsnoteringen"],ne=["torsdagen"],why="Mkr")
L("sv","SV","Elsa Blom pratade igår om optionsprogrammet",ACH,"C-8204",why="'pratade' gives no channel")
L("sv","SV","Sten Ahlgren lunch idag 12:15, satte in 2 miljoner",REC,"C-8205","in_person",T,"12:15",[dep("2000000","EUR")],ne=["12:15"],why="no currency: the single account is EUR")
L("sv","SV","Sten Ahlgren brev skickat i måndags med deklarationsunderlag",REC,"C-8205","mail",past("mon"),None,[],nc=["deklarationsunderlag"],ne=["måndags"],why="brev = mail")
L("sv","SV","Torbjörn Kvist lunch igår",NC,"C-8207",why="covered by the London rep only")
L("sv","SV","Maj Forsberg samtal i förrgår, har INTE satt in de 500 tkr än, återkommer",REC,"C-8202","phone",DBY,None,[],nc=["återkommer"],ne=["förrgår"],why="negated deposit")
L("sv","SV","Maj Forsberg videosamtal igår 14.45, insättning 750 tkr + utfästelse om ytterligare 1 mkr, #jazz-montreux",REC,"C-8202","video",Y,"14:45",[dep("750000","SEK"),plg("1000000","SEK")],init="jazz-montreux",ne=["igår","14.45"],why="two outcomes; tkr, mkr")
L("sv","SV","Henrik Sjöberg fika i eftermiddag, bunden placering 12 mån 400 tkr",REC,"C-8203","in_person",T,None,[],nc=["bunden placering"],ne=["i eftermiddag"],why="fixed-term placement never a claim")
L("sv","SV","Maj Sjöberg mejl idag",AC,why="unknown: first name of Maj Forsberg, last name of the Sjöbergs")
L("sv","SV","Elsa Blom möte på hennes kontor 10/11 kl 08.30, tel 070-123 45 67",REC,"C-8204","in_person",on(11,10),"08:30",[],ne=["10/11"],why="d/m date; phone number")
L("sv","SV","Henrik Sjöberg ringde igår kväll, flyttade över 1,2 milj. kr till oss, följ upp på torsdag",REC,"C-8203","phone",Y,None,[dep("1200000","SEK")],nxt("thu"),ne=["igår kväll"],why="kväll -> no time; följ upp -> future Thursday")
L("sv","SV","Sten Ahlgren Zoom i tisdags kl 16, utlovade 300 000 euro",REC,"C-8205","video",past("tue"),"16:00",[plg("300000","EUR")],ne=["tisdags"],why="i tisdags = yesterday")
L("sv","SV","Elsa Blom möte idag, avkastning 6,5 % på fonden, ingen ny insättning",REC,"C-8204","in_person",T,None,[],nc=["avkastning"],why="percentage; no deposit")
L("sv","SV","Maj Forsberg brev idag om gåvobrev till barnbarnen",REC,"C-8202","mail",T,None,[],nc=["gåvobrev"],why="brev = mail")
L("sv","SV","Sten Ahlgren mejl 9/11 ang. K4-blanketten, inget nytt kapital",REC,"C-8205","email",on(11,9),None,[],nc=["K4"],ne=["9/11"],why="d/m date")
L("sv","SV","Henrik Sjöberg möte hemma hos honom i söndags kl 17, pratade generationsskifte",REC,"C-8203","in_person",past("sun"),"17:00",[],nc=["generationsskifte"],ne=["söndags"],why="i söndags = last Sunday")

# ================= ro: Bucharest rep (local 17:00) =================
L("ro","RO","Întâlnire cu Florin Stănescu ieri la 16, a depus 350.000 lei în ACC-8311",REC,"C-8301","in_person",Y,"16:00",[dep("350000","RON","ACC-8311")],ne=["ieri"],why="first name Florin (also a coin)")
L("ro","RO","Doina Stanescu telefon vinerea trecută, a transferat 150.000 EUR în ACC-8313, de revenit marți",REC,"C-8302","phone",past("fri"),None,[dep("150000","EUR","ACC-8313")],nxt("tue"),ne=["vinerea trecută"],why="no diacritics; follow-up Tuesday in the future")
L("ro","RO","Sorin Munteanu prânz alaltăieri, a promis 1,5 milioane euro, #cowes-regatta",REC,"C-8303","in_person",DBY,None,[plg("1500000","EUR")],init="cowes-regatta",ne=["alaltăieri"],why="prânz = lunch")
L("ro","RO","Adrian Munteanu e-mail azi despre un credit ipotecar",NC,"C-8306",why="covered by nobody; not Sorin Munteanu")
L("ro","RO","Munteanu m-a sunat aseară",AC,why="two Munteanus in the firm")
L("ro","RO","Luminița Georgescu videoconferință luni la 9, mandat câștigat pt. listarea la BVB, onorariu 400.000 lei",REC,"C-8304","video",past("mon"),"09:00",[man("400000","RON")],nc=["BVB"],ne=["luni"],why="mandate fee")
L("ro","RO","Luminita Georgescu ieri, a întrebat de Pilonul III și de dividende",ACH,"C-8304",why="no channel word")
L("ro","RO","Viorel Crăciun telefon azi la 14:20, discutat bonusul de Crăciun și un depozit la termen de 6 luni, 80.000 lei",REC,"C-8305","phone",T,"14:20",[],nc=["depozit la termen"],why="surname Crăciun = Christmas; term deposit never a claim")
L("ro","RO","Viorel Craciun scrisoare trimisă vineri cu contractul de administrare",REC,"C-8305","mail",past("fri"),None,[],nc=["contractul"],ne=["vineri"],why="scrisoare = mail")
L("ro","RO","Florin Stănescu întâlnire la sediu pe 10 noiembrie la ora 11:45, 2 copii, 58 de ani, tel. 0744 555 210",REC,"C-8301","in_person",on(11,10),"11:45",[],nc=["copii"],ne=["10 noiembrie"],why="counts, age, phone")
L("ro","RO","Sorin Munteanu apel ieri la 18:30, NU a semnat încă angajamentul de 500k EUR",REC,"C-8303","phone",Y,"18:30",[],nc=["încă"],ne=["ieri"],why="negated pledge")
L("ro","RO","Luminița Georgescu email 31.11.2026",AU,"C-8304",why="31 November does not exist")
L("ro","RO","Sorin Munteanu teams azi la 15, a virat 600 mii EUR și s-a angajat cu încă 400 mii, follow-up pe 3 decembrie",REC,"C-8303","video",T,"15:00",[dep("600000","EUR"),plg("400000","EUR")],on(12,3),why="two outcomes; second amount in the single EUR account")
L("ro","RO","Florin Stanescu cafea aseară, randament 6,8% la titlurile de stat Fidelis",REC,"C-8301","in_person",Y,None,[],nc=["Fidelis"],ne=["aseară"],why="aseară = yesterday evening; percentage")
L("ro","RO","Viorel Crăciun vizită la domiciliu joia trecută, a retras 50.000 lei pentru renovare",REC,"C-8305","in_person",past("thu"),None,[],nc=["renovare"],ne=["joia trecută"],why="a withdrawal is not a deposit")
L("ro","RO","Doina Stănescu mail azi dimineață, a depus 200.000 lei",REC,"C-8302","email",T,None,[dep("200000","RON")],ne=["dimineață"],why="lei gives RON on a RON+EUR client")
L("ro","RO","Luminița Georgescu – întâlnire la birou azi la 16:40, transfer de 1 mil. lei în ACC-8315",REC,"C-8304","in_person",T,"16:40",[dep("1000000","RON","ACC-8315")],why="mil. lei")
L("ro","RO","Ana Georgescu telefon ieri",AC,why="unknown person sharing Luminița Georgescu's last name")
L("ro","RO","Viorel Crăciun apel video duminică seara, promisiune 250.000 RON, follow-up vineri",REC,"C-8305","video",past("sun"),None,[plg("250000","RON")],nxt("fri"),ne=["duminică seara"],why="evening -> no time")
L("ro","RO","Florin Stănescu telefon azi la 19:00",AU,"C-8301",why="19:00 is later than the rep's local 17:00")
L("ro","RO","Doina Stănescu prânz la Cișmigiu ieri, a depus 80.000 EUR",REC,"C-8302","in_person",Y,None,[dep("80000","EUR")],ne=["ieri"],why="EUR marker on a RON+EUR client")
L("ro","RO","Florin Stănescu e-mail azi la 9:05, extras de cont Q3 și raportul anual FY2025",REC,"C-8301","email",T,"09:05",[],nc=["FY2025"],why="Q3, FY2025 not amounts")
L("ro","RO","Luminița Georgescu poștă: i-am trimis azi contractul de mandat semnat",REC,"C-8304","mail",T,None,[],nc=["contractul"],why="poștă = mail; a mandate letter without fee raises no claim")

# ================= ms: Kuala Lumpur rep (local 23:00) =================
L("ms","MS","Jumpa Wong Kar Hoe di pejabat semalam pukul 11 pagi, dia deposit SGD 1.5 juta ke ACC-8412",REC,"C-8401","in_person",Y,"11:00",[dep("1500000","SGD","ACC-8412")],ne=["semalam"],why="juta; account SGD")
L("ms","MS","Wong Siew Lan minum kopi pagi tadi, bincang ASNB dan PRS",REC,"C-8402","in_person",T,None,[],nc=["PRS"],ne=["pagi tadi"],why="coffee = in person")
L("ms","MS","keluarga Wong makan malam hari Ahad",AC,why="household")
L("ms","MS","Intan Suraya emel semalam, tanya pasal EPF i-Invest dan hibah",REC,"C-8403","email",Y,None,[],nc=["hibah"],ne=["semalam"],why="Intan is also a word; EPF")
L("ms","MS","Puan Intan Suraya telefon hari Jumaat pukul 3 petang, janji nak letak RM 2 juta sebelum CNY",REC,"C-8403","phone",past("fri"),"15:00",[plg("2000000","MYR")],nc=["CNY"],ne=["Jumaat"],why="janji = promise; Puan honorific")
L("ms","MS","Suria binti Kamal jumpa dua hari lepas, FD RM 500k diperbaharui 12 bulan",REC,"C-8404","in_person",DBY,None,[],nc=["FD"],ne=["dua hari lepas"],why="FD never a claim")
L("ms","MS","Melati binti Kamal panggilan telefon hari ini",AC,why="unknown person sharing the patronymic of Suria binti Kamal")
L("ms","MS","Khairul Anuar jumpa semalam di Bangsar, prospek, AUM RM 15 juta",NC,"C-8406",why="covered by nobody")
L("ms","MS","Rajendran a/l Muthu video call Isnin pukul 10 pagi, mandat IPO dimenangi, yuran RM 1.2 juta",REC,"C-8405","video",past("mon"),"10:00",[man("1200000","MYR")],nc=["IPO"],ne=["Isnin"],why="mandate fee")
L("ms","MS","Rajendran semalam bincang pasal Bursa",ACH,"C-8405",why="no channel word")
L("ms","MS","Suresh Pillai jumpa di KLCC hari Selasa pukul 1 petang, dia pindahkan INR 40 lakh ke ACC-8516",REC,"C-8505","in_person",past("tue"),"13:00",[dep("4000000","INR","ACC-8516")],ne=["Selasa"],why="secondary coverage; lakh")
L("ms","MS","Suria Kamal surat dihantar semalam, penyata cukai dan borang EA",REC,"C-8404","mail",Y,None,[],nc=["borang EA"],ne=["semalam"],why="name without binti; surat = mail")
L("ms","MS","Wong Siew Lan panggilan video hari Khamis lepas pukul 9 malam, dia masukkan RM 300 ribu dan berjanji RM 1 juta lagi, susulan 1 Disember",REC,"C-8402","video",past("thu"),"21:00",[dep("300000","MYR"),plg("1000000","MYR")],on(12,1),ne=["Khamis lepas"],why="two outcomes; 9 malam = 21:00")
L("ms","MS","Intan Suraya bt Zainal makan tengah hari semalam, dia TIDAK jadi deposit RM 400k, tunggu bonus",REC,"C-8403","in_person",Y,None,[],nc=["tunggu bonus"],ne=["semalam"],why="negated deposit; bt = binti")
L("ms","MS","Suria binti Kamal jumpa hari ini, dia deposit RM 2-3 juta minggu ni",AU,"C-8404",why="a range is not an amount")
L("ms","MS","Rajendran Muthu telefon hari ini pukul 8.30 malam, komitmen RM 5 juta, #jazz-montreux",REC,"C-8405","phone",T,"20:30",[plg("5000000","MYR")],init="jazz-montreux",why="8.30 malam = 20:30")
L("ms","MS","Tan Sri Wong Kar Hoe bersua muka di pejabat hari Sabtu, tandatangan mandat pengurusan portfolio RM 10 juta",REC,"C-8401","in_person",past("sat"),None,[],nc=["mandat pengurusan"],ne=["Sabtu"],why="Tan Sri honorific; management mandate never a claim")
L("ms","MS","Suresh Pillai emel hari ini pukul 10 pagi, tel 012-778 9021, umur 55",REC,"C-8505","email",T,"10:00",[],why="phone number and age")
L("ms","MS","Intan Suraya video call Ahad, pindahan RM 750,000 ke ACC-8414",REC,"C-8403","video",past("sun"),None,[dep("750000","MYR","ACC-8414")],ne=["Ahad"],why="bare Ahad = last Sunday")
L("ms","MS","Wong Kar Hoe telefon pagi tadi, pindah masuk RM 2.5 juta ke ACC-8411, susulan hari Isnin",REC,"C-8401","phone",T,None,[dep("2500000","MYR","ACC-8411")],nxt("mon"),ne=["pagi tadi"],why="susulan -> future Monday")
L("ms","MS","Suria binti Kamal panggilan video hari ini pukul 4 petang, bincang Tabung Haji, 3 anak",REC,"C-8404","video",T,"16:00",[],nc=["Tabung Haji"],why="Suria also means sun; count")
L("ms","MS","Wong Kar Hoe emel hari Isnin, yuran mandat SGD 90k untuk penyenaraian",REC,"C-8401","email",past("mon"),None,[man("90000","SGD")],nc=["penyenaraian"],ne=["Isnin"],why="mandate fee with currency on a MYR+SGD client")
L("ms","MS","Wong Siew Lan surat semalam, borang KYC dan penyata ASB",REC,"C-8402","mail",Y,None,[],nc=["KYC"],ne=["semalam"],why="surat = mail")

# ================= hi: Kolkata rep (local 20:30), Devanagari and Hinglish =================
L("hi","HI","Ravi Bansal से कल शाम 5 बजे ऑफिस में मुलाकात, 10 लाख जमा किए",REC,"C-8501","in_person",Y,"17:00",[dep("1000000","INR")],ne=["शाम 5 बजे"],why="कल = yesterday in a log")
L("hi","HI","Ravi Bansal ji ke ghar gaye ravivaar ko, PPF aur ELSS discuss kiya, 2 bachche, umar 44",REC,"C-8501","in_person",past("sun"),None,[],nc=["ELSS"],ne=["ravivaar"],why="name Ravi vs ravivaar (Sunday); counts and age")
L("hi","HI","Kiran Bansal video call aaj, 3 crore commit kiye",AU,"C-8502",why="INR and USD accounts, no currency")
L("hi","HI","Kiran Bansal phone pe baat hui parson subah 11 baje, USD 500k ACC-8513 mein transfer kiye",REC,"C-8502","phone",DBY,"11:00",[dep("500000","USD","ACC-8513")],ne=["parson"],why="parson in a log = day before yesterday")
L("hi","HI","Asha Trivedi को आज दोपहर 2 बजे फ़ोन किया, उन्होंने 50 लाख का वादा किया",REC,"C-8503","phone",T,"14:00",[plg("5000000","INR")],ne=["दोपहर 2 बजे"],why="वादा = pledge")
L("hi","HI","Ravi Trivedi se mulaqat hui kal",AC,why="unknown person sharing Ravi Bansal's first name and Asha Trivedi's last name")
L("hi","HI","Mangal Rathore ke saath mangalvaar ko video call, mandate mil gaya QIP ke liye, fee 1.5 crore",REC,"C-8504","video",past("tue"),None,[man("15000000","INR")],nc=["QIP"],ne=["mangalvaar"],why="name Mangal vs mangalvaar (Tuesday)")
L("hi","HI","Mangal Rathore ne kal email kiya, FD 25 lakh renew karwayi",REC,"C-8504","email",Y,None,[],nc=["FD"],why="FD never a claim")
L("hi","HI","Deepa Chatterjee से आज फ़ोन पर बात हुई",NC,"C-8506",why="covered by the New York rep only")
L("hi","HI","Suresh Pillai kal mile the, NPS tier 2 aur 80C ke baare mein baat",REC,"C-8505","in_person",Y,None,[],nc=["80C"],why="mile the = met; tier 2, 80C not amounts")
L("hi","HI","Suresh Pillai se kal baat hui, HUF account ke baare mein",ACH,"C-8505",why="'baat hui' (talked) gives no channel")
L("hi","HI","Asha Trivedi ko chitthi bheji aaj, Form 26AS aur capital gains statement",REC,"C-8503","mail",T,None,[],nc=["26AS"],why="chitthi = letter")
L("hi","HI","Kiran Bansal से पिछले शुक्रवार वीडियो कॉल पर बात, ₹2 करोड़ जमा और 1 करोड़ और देने का वादा",REC,"C-8502","video",past("fri"),None,[dep("20000000","INR"),plg("10000000","INR")],ne=["पिछले शुक्रवार"],why="two outcomes, ₹ gives INR for both")
L("hi","HI","Mangal Rathore से 31 सितंबर को फ़ोन पर बात",AU,"C-8504",why="31 September does not exist")
L("hi","HI","Ravi Bansal ka call aaya aaj raat 8 baje, 15 lakh ACC-8511 mein transfer, follow up guruvaar",REC,"C-8501","phone",T,"20:00",[dep("1500000","INR","ACC-8511")],nxt("thu"),ne=["raat 8 baje"],why="raat 8 baje = 20:00; follow-up Thursday ahead")
L("hi","HI","Asha Trivedi ne abhi tak paisa deposit nahi kiya, phone kiya kal shaam",REC,"C-8503","phone",Y,None,[],nc=["abhi tak"],why="negated deposit; kal shaam -> no time")
L("hi","HI","Mangal Rathore सोमवार को ऑफिस आए थे, 30 लाख जमा किए #symphony-night",REC,"C-8504","in_person",past("mon"),None,[dep("3000000","INR")],init="symphony-night",ne=["सोमवार"],why="came to the office = in person")
L("hi","HI","Asha Trivedi se video call 13/11 ko 4 baje shaam, returns 11.5% se khush hai",REC,"C-8503","video",on(11,13),"16:00",[],nc=["returns"],ne=["13/11"],why="percentage")
L("hi","HI","Suresh Pilai zoom aaj subah, 2 crore pledge kiye",REC,"C-8505","video",T,None,[plg("20000000","INR")],ne=["aaj subah"],why="typo Pilai; crore")
L("hi","HI","Kiran Bansal ji aur Ravi Bansal ji ke saath meeting aaj",AC,why="two clients in one line")
L("hi","HI","Kiran Bansal 12 नवंबर सुबह 9:30 बजे ईमेल, $250k ACC-8513 में भेजे",REC,"C-8502","email",on(11,12),"09:30",[dep("250000","USD","ACC-8513")],ne=["12 नवंबर"],why="account USD")
L("hi","HI","Asha Trivedi ke saath coffee aaj 6 baje shaam, uske 401k ke baare mein, 40 lakh deposit kiye",REC,"C-8503","in_person",T,"18:00",[dep("4000000","INR")],nc=["401k"],why="401k not an amount")
L("hi","HI","Mangal Rathore ka mandate abhi nahi mila, phone pe baat hui aaj",REC,"C-8504","phone",T,None,[],nc=["nahi mila"],why="negated mandate")

# ================= mixed: rep's language with English =================
L("mixed","FR","Call avec Pascal Fontaine yesterday 9am, mandate won, fee 150k€, relance next Monday",REC,"C-8104","phone",Y,"09:00",[man("150000","EUR")],nxt("mon"),ne=["yesterday","9am"],why="fr/en")
L("mixed","FR","Martin Lefort lunch today, il a pledged 1m EUR for #polo-cup",REC,"C-8101","in_person",T,None,[plg("1000000","EUR")],init="polo-cup",why="fr/en; full name Martin Lefort")
L("mixed","FR","Claire Martin meeting ce matin, deposit 2m CHF into ACC-8114",REC,"C-8103","in_person",T,None,[dep("2000000","CHF","ACC-8114")],ne=["ce matin"],why="account CHF")
L("mixed","FR","Imogen Fairbairn visio hier 15h, she committed £2m, relance 1er décembre",REC,"C-8604","video",Y,"15:00",[plg("2000000","GBP")],on(12,1),ne=["hier","15h"],why="secondary coverage")
L("mixed","FR","Aurore Lefort email ce matin, no deposit yet, attend le notaire",REC,"C-8102","email",T,None,[],nc=["notaire"],ne=["ce matin"],why="negated deposit")
L("mixed","FR","Avril Roux spoke hier about the PEA",ACH,"C-8105",why="'spoke' gives no channel")
L("mixed","SV","Henrik Sjöberg call igår kl 11, he didn't commit anything, wants to wait till Q1",REC,"C-8203","phone",Y,"11:00",[],nc=["Q1"],ne=["igår"],why="negation")
L("mixed","SV","Maj Forsberg zoom today, deposit 1,5 MSEK, följ upp fredag",REC,"C-8202","video",T,None,[dep("1500000","SEK")],nxt("fri"),why="sv/en")
L("mixed","SV","Dag Forsberg lunch yesterday, moved NOK 3m to ACC-8212 and pledged SEK 2m",REC,"C-8201","in_person",Y,None,[dep("3000000","NOK","ACC-8212"),plg("2000000","SEK")],ne=["yesterday"],why="two outcomes in two currencies")
L("mixed","SV","Elsa Blom teams call i måndags, mandate fee 600k SEK",REC,"C-8204","video",past("mon"),None,[man("600000","SEK")],ne=["måndags"],why="'mandate fee' without 'won' still a mandate claim")
L("mixed","SV","Elsa Blom lunch i fredags, she pledged 3 MSEK + deposited 500 tkr into ACC-8215",REC,"C-8204","in_person",past("fri"),None,[plg("3000000","SEK"),dep("500000","SEK","ACC-8215")],ne=["fredags"],why="two outcomes")
L("mixed","RO","Sorin Munteanu call azi la 11, pledged 700k, follow-up luni",REC,"C-8303","phone",T,"11:00",[plg("700000","EUR")],nxt("mon"),why="single EUR account")
L("mixed","RO","Florin Stănescu meeting ieri, a depus 1.5m lei, super 👍",REC,"C-8301","in_person",Y,None,[dep("1500000","RON")],ne=["ieri"],why="ro/en; emoji")
L("mixed","RO","Viorel Crăciun zoom yesterday, NU a depus, still thinking",REC,"C-8305","video",Y,None,[],nc=["still thinking"],ne=["yesterday"],why="negation")
L("mixed","MS","Wong Siew Lan call semalam, she deposited RM 1.2 mil into ACC-8413",REC,"C-8402","phone",Y,None,[dep("1200000","MYR","ACC-8413")],ne=["semalam"],why="mil = million")
L("mixed","MS","Rajendran Muthu meeting hari ini 3pm, fixed deposit RM 1 juta, no new money",REC,"C-8405","in_person",T,"15:00",[],nc=["fixed deposit"],why="fixed deposit never a claim")
L("mixed","MS","Intan Suraya lunch today, she pledged RM 500k, follow up esok",REC,"C-8403","in_person",T,None,[plg("500000","MYR")],TOM,why="esok = tomorrow")
L("mixed","MS","Suresh Pillai coffee this morning, transfer masuk INR 25 lakh",REC,"C-8505","in_person",T,None,[dep("2500000","INR")],ne=["this morning"],why="transfer masuk = transfer in")
L("mixed","HI","Ravi Bansal meeting yesterday 4pm, 20 lakh deposit kiye into ACC-8511",REC,"C-8501","in_person",Y,"16:00",[dep("2000000","INR","ACC-8511")],ne=["yesterday","4pm"],why="hi/en")
L("mixed","HI","Kiran Bansal call kal, she pledged 1 crore INR, follow up Monday",REC,"C-8502","phone",Y,None,[plg("10000000","INR")],nxt("mon"),why="INR given on an INR+USD client")
L("mixed","HI","Asha Trivedi and Mangal Rathore lunch today",AC,why="two clients in one line")
L("mixed","HI","Mangal Rathore call today 11am, fee 40 lakh for the mandate, follow up 2 Dec",REC,"C-8504","phone",T,"11:00",[man("4000000","INR")],on(12,2),ne=["11am"],why="mandate fee")

# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
nowdt = dt.datetime(2026, 11, 18, 15, 0, tzinfo=dt.timezone.utc)
MARKS = dict(USD=["USD", "$"], EUR=["EUR", "€", "euro"], GBP=["GBP", "£"], RON=["RON", "lei"], SEK=["SEK", "kr"],
             NOK=["NOK"], MYR=["MYR", "RM"], INR=["INR", "₹"], SGD=["SGD"], CHF=["CHF"], CAD=["CAD"])
assert len({c["name"] for c in clients}) == len(clients)
for ln in lines:
    e = ln["expect"]; o = e["outcome"]; txt = ln["text"]
    assert ln["lang"] in ("en", "fr", "sv", "ro", "ms", "hi", "mixed"), ln
    assert o in ("record", "ask_client", "ask_channel", "ask_unclear", "not_covered"), ln
    assert ln["rep"] in repids and ln["why"], ln
    if o == "ask_client":
        assert e["client"] is None, ln
    else:
        assert e["client"] in cl, ln
    if o == "not_covered": assert ln["rep"] not in cl[e["client"]]["coverage"], ln
    if o in ("record", "ask_channel", "ask_unclear"): assert ln["rep"] in cl[e["client"]]["coverage"], ln
    if o != "record":
        assert not e["claims"] and e["day"] is None and e["channel"] is None, ln
        continue
    assert e["channel"] in ("in_person", "phone", "email", "mail", "video"), ln
    tz = ZoneInfo(repids[ln["rep"]]["timezone"]); local = nowdt.astimezone(tz)
    assert local.date() == TODAY and e["day"] <= local.date().isoformat(), ln
    if e["time"]:
        t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
        assert t <= nowdt, ln
    c = cl[e["client"]]; accts = {a["account"]: a["currency"] for a in c["accounts"]}
    for k in e["claims"]:
        assert Decimal(k["amount"]) > 0 and k["kind"] in ("deposit", "pledge", "mandate"), ln
        if k["account"]:
            assert k["account"] in txt and accts[k["account"]] == k["currency"], ln
        elif len(set(accts.values())) > 1 or k["currency"] not in accts.values():
            assert any(m in txt for m in MARKS[k["currency"]]), ln
    for a in accts:  # a named account of the client must appear on some claim
        if a in txt: assert any(k["account"] == a for k in e["claims"]), ln
    if e["follow_up_on"]: assert e["follow_up_on"] > e["day"], ln
    if e["initiative"]: assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
    else: assert "#" not in txt, ln
    for s in e["notes_contains"] + e["notes_excludes"]: assert s.lower() in txt.lower(), (s, ln)
ids = [l["id"] for l in lines]; assert len(set(ids)) == len(ids)
texts = [l["text"] for l in lines]; assert len(set(texts)) == len(texts)
byl = Counter(l["lang"] for l in lines)
assert len(lines) == 160 and all(byl[x] >= 22 for x in ("en", "fr", "sv", "ro", "ms", "hi")), byl
out = dict(now=NOW, reps=reps, clients=clients, initiatives=initiatives, lines=lines)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
byo = Counter(l["expect"]["outcome"] for l in lines)
asks = sum(v for k, v in byo.items() if k != "record")
print(len(lines), "lines;", len(clients), "clients")
print("by language:", dict(byl)); print("by outcome:", dict(byo), "asks %d (%.0f%%)" % (asks, 100 * asks / len(lines)))
print("claims:", Counter(k["kind"] for l in lines for k in l["expect"]["claims"]))
print("asks by language:", dict(Counter((l["lang"], l["expect"]["outcome"]) for l in lines if l["expect"]["outcome"] != "record")))

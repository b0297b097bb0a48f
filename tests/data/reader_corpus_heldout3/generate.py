"""Held-out reader corpus 3 (written blind). Run: python generate.py -> validates and writes corpus.json."""
import json, os, datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo
from collections import Counter

NOW = "2026-11-18T15:00:00Z"
TODAY = dt.date(2026, 11, 18)
assert TODAY.weekday() == 2  # Wednesday
WD = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)
def d(x): return x.isoformat()
T = d(TODAY); Y = d(TODAY - dt.timedelta(1)); DBY = d(TODAY - dt.timedelta(2)); TOM = d(TODAY + dt.timedelta(1))
def past(w):   # most recent such weekday strictly before today
    for k in range(1, 8):
        x = TODAY - dt.timedelta(k)
        if x.weekday() == WD[w]: return d(x)
def nxt(w):    # next such weekday strictly after today
    for k in range(1, 8):
        x = TODAY + dt.timedelta(k)
        if x.weekday() == WD[w]: return d(x)
def on(m, dd, y=2026): return d(dt.date(y, m, dd))

R = dict(FR="U0H3FR011", SV="U0H3SV012", RO="U0H3RO013", MS="U0H3MS014",
         HI="U0H3HI015", GB="U0H3GB016", US="U0H3US017")
reps = [
 dict(slack_user_id=R["FR"], name="Sébastien Marchand", timezone="Europe/Paris", locale="fr-FR", roles=["rep"]),
 dict(slack_user_id=R["SV"], name="Johanna Berglund", timezone="Europe/Stockholm", locale="sv-SE", roles=["rep"]),
 dict(slack_user_id=R["RO"], name="Bogdan Stoica", timezone="Europe/Bucharest", locale="ro-RO", roles=["rep"]),
 dict(slack_user_id=R["MS"], name="Zainal Abidin bin Harun", timezone="Asia/Kuala_Lumpur", locale="ms-MY", roles=["rep"]),
 dict(slack_user_id=R["HI"], name="Kavita Nair", timezone="Asia/Kolkata", locale="hi-IN", roles=["rep"]),
 dict(slack_user_id=R["GB"], name="Harriet Pemberton", timezone="Europe/London", locale="en-GB", roles=["rep"]),
 dict(slack_user_id=R["US"], name="Tyler Brooks", timezone="America/New_York", locale="en-US", roles=["rep"]),
]
def C(eid, name, hh, tier, cov, accts):
    return dict(external_id=eid, name=name, household=hh, tier=tier,
                coverage=[R[c] for c in cov], accounts=[dict(account=a, currency=c) for a, c in accts])
clients = [
 C("C-8101", "Rose Dimanche", "Dimanche", "HNW", ["FR"], [("ACC-8101", "EUR")]),
 C("C-8102", "Olivier Fontaine", "Fontaine", "UHNW", ["FR"], [("ACC-8102", "EUR"), ("ACC-8103", "CHF")]),
 C("C-8103", "Claire Fontaine", "Fontaine", "UHNW", ["FR"], [("ACC-8104", "EUR")]),
 C("C-8104", "Martin Leclerc", "Leclerc", "HNW", ["FR"], [("ACC-8105", "EUR")]),
 C("C-8105", "Nathalie Roux", "Roux", "UHNW", ["FR", "GB"], [("ACC-8106", "EUR")]),
 C("C-8106", "Bertrand Roux", "Roux", "UHNW", ["FR"], [("ACC-8107", "EUR")]),
 C("C-8107", "Gilles Roux", "Roux (Gilles)", "HNW", [], [("ACC-8108", "EUR")]),
 C("C-8108", "Elise Mars", "Mars", "corporate executive", ["FR"], [("ACC-8109", "EUR")]),
 C("C-8201", "Maj Sundin", "Sundin", "HNW", ["SV"], [("ACC-8201", "SEK")]),
 C("C-8202", "Henrik Wallin", "Wallin", "UHNW", ["SV"], [("ACC-8202", "SEK"), ("ACC-8203", "EUR")]),
 C("C-8203", "Ebba Wallin", "Wallin", "UHNW", ["SV"], [("ACC-8204", "SEK")]),
 C("C-8204", "Tor Engström", "Engström", "corporate executive", ["SV"], [("ACC-8205", "SEK")]),
 C("C-8205", "Linnea Holm", "Holm (Linnea)", "HNW", ["SV"], [("ACC-8206", "SEK")]),
 C("C-8206", "Per Holm", "Holm (Per)", "UHNW", ["GB"], [("ACC-8207", "SEK")]),
 C("C-8207", "Anders Kvist", "Kvist", "HNW", [], [("ACC-8208", "SEK")]),
 C("C-8301", "Florin Duminică", "Duminică", "HNW", ["RO"], [("ACC-8301", "RON")]),
 C("C-8302", "Adriana Munteanu", "Munteanu", "UHNW", ["RO"], [("ACC-8302", "RON"), ("ACC-8303", "EUR")]),
 C("C-8303", "Victor Munteanu", "Munteanu", "UHNW", ["RO"], [("ACC-8304", "RON")]),
 C("C-8304", "Sorin Mărginean", "Mărginean", "corporate executive", ["RO", "FR"], [("ACC-8305", "EUR")]),
 C("C-8305", "Daniela Florea", "Florea (Daniela)", "HNW", ["RO"], [("ACC-8306", "RON")]),
 C("C-8306", "Gabriel Florea", "Florea (Gabriel)", "HNW", [], [("ACC-8307", "RON")]),
 C("C-8401", "Khamis bin Daud", "Daud", "UHNW", ["MS"], [("ACC-8401", "MYR")]),
 C("C-8402", "Nor Azlina binti Ismail", "Ismail", "HNW", ["MS"], [("ACC-8402", "MYR")]),
 C("C-8403", "Wong Kar Seng", "Wong", "UHNW", ["MS"], [("ACC-8403", "MYR"), ("ACC-8404", "SGD")]),
 C("C-8404", "Wong Li Hua", "Wong", "UHNW", ["MS"], [("ACC-8405", "MYR")]),
 C("C-8405", "Aminah binti Rashid", "Rashid", "HNW", ["MS"], [("ACC-8406", "MYR")]),
 C("C-8406", "Lee Boon Huat", "Lee", "HNW", [], [("ACC-8407", "MYR")]),
 C("C-8501", "Sandhya Rao", "Rao", "HNW", ["HI"], [("ACC-8501", "INR")]),
 C("C-8502", "Mangal Rathore", "Rathore", "UHNW", ["HI"], [("ACC-8502", "INR")]),
 C("C-8503", "Karan Bhatia", "Bhatia", "UHNW", ["HI", "US"], [("ACC-8503", "INR"), ("ACC-8504", "USD")]),
 C("C-8504", "Neha Bhatia", "Bhatia", "UHNW", ["HI"], [("ACC-8505", "INR")]),
 C("C-8505", "Suresh Menon", "Menon", "corporate executive", ["HI"], [("ACC-8506", "INR")]),
 C("C-8506", "Pooja Reddy", "Reddy", "HNW", ["HI"], [("ACC-8507", "INR")]),
 C("C-8507", "Amit Joshi", "Joshi", "HNW", [], [("ACC-8508", "INR")]),
 C("C-8508", "Ritu Agarwal", "Agarwal", "UHNW", ["GB"], [("ACC-8509", "GBP")]),
 C("C-8601", "Penny Hargreaves", "Hargreaves", "UHNW", ["GB"], [("ACC-8601", "GBP")]),
 C("C-8602", "April Donovan", "Donovan", "HNW", ["GB"], [("ACC-8602", "GBP")]),
 C("C-8603", "Hugh Sterling", "Sterling", "HNW", ["GB"], [("ACC-8603", "GBP"), ("ACC-8604", "EUR")]),
 C("C-8604", "Catherine Ashworth", "Ashworth", "UHNW", ["GB"], [("ACC-8605", "GBP")]),
 C("C-8605", "Rupert Ashworth", "Ashworth", "UHNW", ["GB"], [("ACC-8606", "GBP")]),
 C("C-8606", "Douglas Finch", "Finch", "HNW", [], [("ACC-8607", "GBP")]),
 C("C-8701", "May Whitaker", "Whitaker", "HNW", ["US"], [("ACC-8701", "USD")]),
 C("C-8702", "Donna Kessler", "Kessler", "UHNW", ["US"], [("ACC-8702", "USD")]),
 C("C-8703", "Paul Kessler", "Kessler", "UHNW", ["US"], [("ACC-8703", "USD")]),
 C("C-8704", "Helen Park", "Park (Helen)", "UHNW", ["US"], [("ACC-8704", "USD"), ("ACC-8705", "CAD")]),
 C("C-8705", "Grace Park", "Park (Grace)", "HNW", ["US"], [("ACC-8706", "USD")]),
 C("C-8706", "Raymond Sunday", "Sunday", "corporate executive", ["US"], [("ACC-8707", "USD")]),
 C("C-8707", "Will Brennan", "Brennan", "HNW", ["US"], [("ACC-8708", "USD")]),
 C("C-8708", "Frank Delgado", "Delgado", "HNW", [], [("ACC-8709", "USD")]),
]
initiatives = [dict(tag="polo-cup", name="Polo Cup 2026 hospitality"),
               dict(tag="opera-gala", name="Opera gala evening"),
               dict(tag="regatta", name="Autumn regatta sponsorship"),
               dict(tag="jazz-night", name="Jazz night for clients")]

lines = []
def L(lang, rep, text, outcome, client=None, channel=None, day=None, time=None, claims=(), fu=None, init=None, nc=(), ne=(), why=""):
    if outcome != "record":
        channel = day = time = fu = init = None; claims = (); nc = (); ne = ()
    lines.append(dict(id="h3-%03d" % (len(lines) + 1), lang=lang, rep=R[rep], text=text,
        expect=dict(outcome=outcome, client=client, channel=channel, day=day, time=time,
            claims=[dict(kind=k, amount=a, currency=c, account=ac) for k, a, c, ac in claims],
            follow_up_on=fu, initiative=init, notes_contains=list(nc), notes_excludes=list(ne)), why=why))
dep = lambda a, c, ac=None: ("deposit", a, c, ac)
plg = lambda a, c, ac=None: ("pledge", a, c, ac)
man = lambda a, c, ac=None: ("mandate", a, c, ac)

# ---------------- en: New York rep (local 10:00 Wed) ----------------
L("en","US","mtg w/ Donna Kessler yesterday 4pm, 403(b) to IRA rollover paperwork, Roth conversion in Dec, she pledged $1.8M","record","C-8702","in_person",Y,"16:00",[plg("1800000","USD")],nc=["403(b)","Roth"],ne=["yesterday","4pm"],why="403(b) is a plan name, not an amount; $1.8M pledge")
L("en","US","May Whitaker phone call this am, said she may add another 500k to the 529 for her grandkids next yr","record","C-8701","phone",T,None,nc=["529"],ne=["this am"],why="first name May is a month; 'may add' is a possibility, not a pledge")
L("en","US","Called Helen Park yesterday, she funded 750k","ask_unclear","C-8704",why="Helen Park holds USD and CAD, no currency or account in the line")
L("en","US","Helen Park zoom Mon 2pm, wired CAD 1.2m into ACC-8705","record","C-8704","video",past("mon"),"14:00",[dep("1200000","CAD","ACC-8705")],why="abbreviated weekday; into ACC names the account")
L("en","US","played golf w/ Raymond Sunday on Sunday, talked 10-K and the FY26 buyback, no $ yet","record","C-8706","in_person",past("sun"),None,nc=["10-K","FY26"],why="surname Sunday vs weekday Sunday; 10-K/FY26 not amounts; no claim")
L("en","US","Will Brennan call 8:30am, he committed 1m, will wire next wk once the 401k loan clears","record","C-8707","phone",T,"08:30",[plg("1000000","USD")],nc=["401k"],ne=["8:30am"],why="first name Will vs modal will; 401k not an amount; single USD account")
L("en","US","Frank Delgado cold call today, 20yr Goldman alum, AUM ~15m, wants a 2nd opinion","not_covered","C-8708",why="client in the firm, covered by nobody")
L("en","US","May Thompson called yesterday asking re IRA beneficiary forms","ask_client",why="no client May Thompson; must not fall on May Whitaker")
L("en","US","Helen Park breakfast today 7:30am w/ her CPA, discussed FY26 estimated taxes, no new money","record","C-8704","in_person",T,"07:30",nc=["FY26"],ne=["7:30am"],why="breakfast -> in person; no claim so the two currencies do not matter")
L("en","US","annual review w/ the Kesslers at their place this morning","ask_client",why="household name; Donna and Paul Kessler are both clients")
L("en","US","Paul Kessler email Fri re Q3 statement, 7.2% YTD, no action","record","C-8703","email",past("fri"),None,nc=["Q3"],ne=["Fri"],why="percentage not an amount; abbreviated weekday")
L("en","US","Grace Park lunch 11/12, discussed grace period on her HELOC, did not pledge anything","record","C-8705","in_person",on(11,12),None,nc=["HELOC"],ne=["11/12"],why="US rep: 11/12 = 12 Nov; negated pledge")
L("en","US","Donna Kessler phone today 9:15am, opened a 6-mo CD for $400k @ 4.1%","record","C-8702","phone",T,"09:15",nc=["CD"],ne=["9:15am"],why="a CD is never a claim")
L("en","US","Raymond Sunday video call yesterday re the secondary offering, mandate won, fee $2.4M, follow up 12/1","record","C-8706","video",Y,None,[man("2400000","USD")],on(12,1),nc=["secondary offering"],ne=["yesterday"],why="mandate fee; US 12/1 = 1 Dec follow-up")
L("en","US","Will Brennan (cell 917-555-0143) email today, age 67, RMDs start next yr","record","C-8707","email",T,None,nc=["RMD"],why="phone number and age are not amounts")
L("en","US","Donna Kessler and Paul Kessler dinner Saturday","ask_client",why="two clients in one line")
L("en","US","Karan Bhatia phone call this morning from Mumbai, transferred $600k into ACC-8504","record","C-8503","phone",T,None,[dep("600000","USD","ACC-8504")],nc=["Mumbai"],ne=["this morning"],why="US rep is Karan Bhatia's secondary coverage")
L("en","US","Paul Kessler phone today 7am re estate plan, he's 81, wants the 529s for 6 grandkids funded in Q1","record","C-8703","phone",T,"07:00",nc=["529"],ne=["7am"],why="age, count, 529 and Q1 are not amounts; a wish is not a claim")
L("en","US","Grace Park met at the office Tues, deposited 250k and pledged another 500k by YE","record","C-8705","in_person",past("tue"),None,[dep("250000","USD"),plg("500000","USD")],ne=["Tues"],why="two outcomes in one line")
L("en","US","Helen Park phone yesterday 3pm, she deposited 300k USD into ACC-8704, follow up tmrw","record","C-8704","phone",Y,"15:00",[dep("300000","USD","ACC-8704")],TOM,ne=["yesterday","3pm"],why="tmrw follow-up")
# ---------------- en: London rep (local 15:00) ----------------
L("en","GB","coffee w/ Penny Hargreaves at Gail's this morning, topped up ISA + SIPP review, £1.25m transferred in","record","C-8601","in_person",T,None,[dep("1250000","GBP")],nc=["ISA","SIPP"],ne=["this morning"],why="first name Penny is a money word; coffee -> in person")
L("en","GB","April Donovan phone 2.15pm today, discussed JISA for her 2 kids, follow up 2 Dec","record","C-8602","phone",T,"14:15",fu=on(12,2),nc=["JISA"],ne=["2.15pm"],why="first name April is a month; dotted time")
L("en","GB","Hugh Sterling lunch yesterday, deposited 200k","ask_unclear","C-8603",why="GBP and EUR accounts; 'Sterling' is his surname, not a currency")
L("en","GB","Hugh Sterling lunch at Boodle's yesterday, deposited €200k into ACC-8604","record","C-8603","in_person",Y,None,[dep("200000","EUR","ACC-8604")],ne=["yesterday"],why="EUR account named")
L("en","GB","Rupert Ashworth mtg at home today re IHT planning, 10-yr gifting plan, tel +44 7700 900456","record","C-8605","in_person",T,None,nc=["IHT"],why="phone number is not an amount")
L("en","GB","Catherine Ashworth video call Monday 10:00, she did not pledge, wants to see Q3 numbers first","record","C-8604","video",past("mon"),"10:00",nc=["Q3"],ne=["Monday"],why="negated pledge")
L("en","GB","Rupert Ashworth phoned today 11am, pledged £3m #polo-cup, follow up Fri","record","C-8605","phone",T,"11:00",[plg("3000000","GBP")],nxt("fri"),"polo-cup",ne=["11am"],why="follow-up Friday is the next one")
L("en","GB","Per Holm call yesterday 9.30, SEK 4.5m moved in to ACC-8207","record","C-8206","phone",Y,"09:30",[dep("4500000","SEK","ACC-8207")],ne=["yesterday","9.30"],why="London rep covers a Swedish client")
L("en","GB","Ritu Agarwal lunch in Mayfair 13/11, won the mandate for her family co's IPO, fee £350k","record","C-8508","in_person",on(11,13),None,[man("350000","GBP")],nc=["IPO"],ne=["13/11"],why="dd/mm date; mandate fee")
L("en","GB","Nathalie Roux video yesterday, deposited 500k","record","C-8105","video",Y,None,[dep("500000","EUR")],ne=["yesterday"],why="secondary coverage; single EUR account gives the currency")
L("en","GB","spoke to Douglas Finch by phone today, ex-Barclays MD, 52, keen on a discretionary mandate","not_covered","C-8606",why="covered by nobody")
L("en","GB","Penny Hargreaves video call Fri 13/11 4pm, pledged £2m, wants 5% in private credit","record","C-8601","video",on(11,13),"16:00",[plg("2000000","GBP")],nc=["private credit"],ne=["13/11","4pm"],why="percentage not an amount")
L("en","GB","Rupert Hargreaves lunch yesterday","ask_client",why="no such client; first name of Rupert Ashworth, surname of Penny Hargreaves")
L("en","GB","Catherine Ashworth today 12:30 re the family trust","ask_channel","C-8604",why="no channel word")
L("en","GB","Penny Hargreaves letter sent today w/ the FY26 fee schedule, mob 07700 900 123","record","C-8601","mail",T,None,nc=["fee schedule"],why="letter -> mail; mobile number")
L("en","GB","April Donovan email 31/11 re ISA transfer","ask_unclear","C-8602",why="31 November does not exist")
L("en","GB","Rupert Ashworth call Tuesday, 2-yr fixed term deposit £500k at 4.25%, no new money","record","C-8605","phone",past("tue"),None,nc=["fixed term"],ne=["Tuesday"],why="term deposit never a claim")
L("en","GB","Hugh Sterling teams call today 9am, £750k deposited, plus £250k pledged for Jan","record","C-8603","video",T,"09:00",[dep("750000","GBP"),plg("250000","GBP")],ne=["9am"],why="two outcomes; £ gives GBP for a two-currency client")
L("en","GB","Catherine Ashworth - opera gala last night #opera-gala, she pledged 1m","record","C-8604","in_person",Y,None,[plg("1000000","GBP")],None,"opera-gala",ne=["last night"],why="met at the gala -> in person; last night -> yesterday, no time")
L("en","GB","Per Holm in person Thurs 12 Nov, discussed ISK vs ISA, Swedish pension","record","C-8206","in_person",on(11,12),None,nc=["ISK"],ne=["12 Nov"],why="weekday and date agree")

# ---------------- fr: Paris rep (local 16:00) ----------------
L("fr","FR","RDV avec Rose Dimanche dimanche dernier au tournoi #polo-cup, elle a promis 1,5 M€","record","C-8101","in_person",past("sun"),None,[plg("1500000","EUR")],None,"polo-cup",nc=["tournoi"],ne=["dimanche dernier"],why="surname Dimanche vs the weekday; 1,5 M€")
L("fr","FR","Olivier Fontaine tél hier 14h, parlé du pilier 3a en Suisse, a viré 800k CHF sur ACC-8103","record","C-8102","phone",Y,"14:00",[dep("800000","CHF","ACC-8103")],nc=["pilier 3a"],ne=["hier","14h"],why="3a is a product name; CHF account")
L("fr","FR","Olivier Fontaine déj ce midi, s'est engagé pour 2 mn","ask_unclear","C-8102",why="EUR and CHF accounts, no currency")
L("fr","FR","Claire Fontaine visio ce matin, PEA + contrat de capitalisation, versement de 250 000 €","record","C-8103","video",T,None,[dep("250000","EUR")],nc=["capitalisation"],ne=["ce matin"],why="space thousands")
L("fr","FR","Les Fontaine, dîner chez eux samedi","ask_client",why="household")
L("fr","FR","Fontaine a rappelé hier au sujet de l'IFI","ask_client",why="two Fontaine clients")
L("fr","FR","Martin Leclerc rdv au bureau mardi 10h30, veuf depuis 2019, fils de 34 ans à Lyon, joignable au 06 71 22 33 44","record","C-8104","in_person",past("tue"),"10:30",nc=["veuf"],ne=["10h30"],why="first name Martin; age, count and phone number not amounts")
L("fr","FR","Sylvie Leclerc appel ce matin, intéressée par un mandat de gestion","ask_client",why="no Sylvie Leclerc; must not fall on Martin Leclerc")
L("fr","FR","Gilles Roux déjeuner hier, prospect, cède sa PME","not_covered","C-8107",why="Gilles Roux exists, covered by nobody; must not fall on the other Roux")
L("fr","FR","Nathalie Roux rdv hier soir chez eux, son mari absent, point sur la SCI","record","C-8105","in_person",Y,None,nc=["SCI"],ne=["hier soir"],why="hier soir -> yesterday, no time")
L("fr","FR","Bertrand Roux mail ce matin : n'a pas versé les 400k, attend la vente de l'appart. relance lundi","record","C-8106","email",T,None,[],nxt("mon"),nc=["appart"],ne=["ce matin"],why="negated deposit; relance -> future Monday")
L("fr","FR","Elise Mars visio jeudi 15h, on a remporté le mandat de levée de fonds, honoraires 180 k€, relance le 3 mars","record","C-8108","video",past("thu"),"15:00",[man("180000","EUR")],on(3,3,2027),nc=["levée de fonds"],ne=["jeudi","15h"],why="surname Mars vs the month; follow-up 3 March is next year")
L("fr","FR","Elise Mars appel le 31 novembre, point retraite","ask_unclear","C-8108",why="31 November does not exist")
L("fr","FR","Rose Dimanche courrier envoyé ce jour, IFU 2025 et relevé T3","record","C-8101","mail",T,None,nc=["IFU"],why="courrier -> mail; 2025 and T3 not amounts")
L("fr","FR","Sorin Mărginean visio aujourd'hui 9h, il a versé 1 000 000 € sur ACC-8305","record","C-8304","video",T,"09:00",[dep("1000000","EUR","ACC-8305")],ne=["9h"],why="Paris rep is secondary coverage")
L("fr","FR","Martin Leclerc hier 17h, bilan patrimonial","ask_channel","C-8104",why="no channel word")
L("fr","FR","Claire Fontaine a versé 300k et promis 700k de plus, rdv au bureau lundi dernier","record","C-8103","in_person",past("mon"),None,[dep("300000","EUR"),plg("700000","EUR")],ne=["lundi dernier"],why="deposit and pledge in one line")
L("fr","FR","Nathalie Roux tél avant-hier 11h, DAT 500 k€ renouvelé à 3,1 %","record","C-8105","phone",DBY,"11:00",nc=["DAT"],ne=["avant-hier","11h"],why="DAT = dépôt à terme, never a claim")
L("fr","FR","Bertrand Roux rdv hier à 9h15 au cabinet, transfert entrant de 2,3 M€ sur ACC-8107","record","C-8106","in_person",Y,"09:15",[dep("2300000","EUR","ACC-8107")],ne=["9h15"],why="transfert entrant = deposit")
L("fr","FR","Olivier Fontaine mail vendredi, dépôt de 1,2 M CHF","record","C-8102","email",past("fri"),None,[dep("1200000","CHF")],ne=["vendredi"],why="currency given for a two-currency client")
L("fr","FR","Elise Mars visio hier 9h sur la transmission, donation-partage","record","C-8108","video",Y,"09:00",nc=["donation-partage"],ne=["hier"],why="plain contact")
L("fr","FR","Rose Dimanche visio le 12/11 à 18h, a déposé 400k","record","C-8101","video",on(11,12),"18:00",[dep("400000","EUR")],ne=["12/11","18h"],why="dd/mm date")
L("fr","FR","Martin Leclerc appel hier, rdv de signature fixé, relance demain","record","C-8104","phone",Y,None,[],TOM,nc=["signature"],why="relance demain -> follow-up tomorrow")
L("fr","FR","Claire Fontaine tél ce matin 8h45, questions IFI, pas de versement","record","C-8103","phone",T,"08:45",nc=["IFI"],ne=["8h45"],why="no deposit")
L("fr","FR","Bertrand Roux a appelé hier, veut ouvrir un compte pour son fils de 19 ans","record","C-8106","phone",Y,None,nc=["fils"],why="a appelé -> phone; age not an amount")
L("fr","FR","Nathalie Roux déj mercredi dernier #opera-gala, engagement 600k, a aussi versé 150k sur ACC-8106","record","C-8105","in_person",past("wed"),None,[plg("600000","EUR"),dep("150000","EUR","ACC-8106")],None,"opera-gala",ne=["mercredi dernier"],why="mercredi dernier = a week ago; pledge plus deposit")
L("fr","FR","Martin Leclerc courrier reçu ce matin, demande de virement sortant 50k","record","C-8104","mail",T,None,nc=["sortant"],ne=["ce matin"],why="outgoing transfer is not a deposit")
L("fr","FR","Bertrand Roux rdv 13 novembre 11h, 2 mn promis","record","C-8106","in_person",on(11,13),"11:00",[plg("2000000","EUR")],ne=["13 novembre"],why="2 mn = 2 million")
L("fr","FR","Elise Mars rdv au bureau aujourd'hui 14h, versement 75 000 euros sur le PEA-PME","record","C-8108","in_person",T,"14:00",[dep("75000","EUR")],nc=["PEA-PME"],ne=["14h"],why="euros word")
L("fr","FR","Olivier Fontaine visio hier 16h, a viré 500k EUR sur ACC-8102 et 300k CHF sur ACC-8103","record","C-8102","video",Y,"16:00",[dep("500000","EUR","ACC-8102"),dep("300000","CHF","ACC-8103")],ne=["16h"],why="two deposits into two accounts")
L("fr","FR","Rose Dimanche tél lundi, elle n'a PAS promis les 2 M€, réfléchit encore","record","C-8101","phone",past("mon"),None,nc=["réfléchit"],ne=["lundi"],why="negated pledge")
L("fr","FR","Sorin Mărginean dîner hier soir, signature de la convention de gestion conseillée (4 M€)","record","C-8304","in_person",Y,None,nc=["gestion conseillée"],ne=["hier soir"],why="management mandate is never a claim")
L("fr","FR","Martin Leclerc visio vendredi 13/11 10h, a versé 120k€","record","C-8104","video",on(11,13),"10:00",[dep("120000","EUR")],ne=["13/11","10h"],why="weekday and date agree")
L("fr","FR","Jean Dimanche rdv hier au club","ask_client",why="no Jean Dimanche; must not fall on Rose Dimanche")
L("fr","FR","Nathalie Roux appel à 15h30 aujourd'hui, a déposé 90 000 €, relance dans 2 semaines","record","C-8105","phone",T,"15:30",[dep("90000","EUR")],on(12,2),ne=["15h30"],why="relance dans 2 semaines = 2 Dec")
L("fr","FR","Rose Dimanche rdv au bureau hier 15h, versement 45 k€, relance vendredi 27/11","record","C-8101","in_person",Y,"15:00",[dep("45000","EUR")],on(11,27),ne=["15h"],why="follow-up date")

# ---------------- sv: Stockholm rep (local 16:00) ----------------
L("sv","SV","Lunch med Maj Sundin igår, pratade ISK och tjänstepension, satte in 1,2 milj. kr","record","C-8201","in_person",Y,None,[dep("1200000","SEK")],nc=["ISK"],ne=["igår"],why="first name Maj is the month; milj. kr")
L("sv","SV","Henrik Wallin ringde i fredags kl 10, lovade 3 miljoner","ask_unclear","C-8202",why="SEK and EUR accounts, no currency")
L("sv","SV","Henrik Wallin videomöte i måndags 14.30, satte in 400 000 EUR på ACC-8203","record","C-8202","video",past("mon"),"14:30",[dep("400000","EUR","ACC-8203")],ne=["måndags","14.30"],why="EUR account named")
L("sv","SV","middag hos familjen Wallin i lördags, båda var där","ask_client",why="household")
L("sv","SV","Ebba Wallin mejl idag om K4-blanketten, följ upp tisdag","record","C-8203","email",T,None,[],nxt("tue"),nc=["K4"],why="följ upp -> future Tuesday")
L("sv","SV","Tor Engström telefon i torsdags 9:00, vi fick mandatet för förvärvet, arvode 2,5 MSEK","record","C-8204","phone",past("thu"),"09:00",[man("2500000","SEK")],nc=["förvärvet"],ne=["torsdags"],why="first name Tor vs 'tor' (torsdag)")
L("sv","SV","Per Holm fika igår på stan","not_covered","C-8206",why="Per Holm is covered by the London rep only; must not fall on Linnea Holm")
L("sv","SV","Linnea Holm möte på kontoret i förrgår kl. 13, insättning 750 tkr + åtagande 1 MSEK till","record","C-8205","in_person",DBY,"13:00",[dep("750000","SEK"),plg("1000000","SEK")],ne=["förrgår"],why="deposit and pledge")
L("sv","SV","Anders Kvist samtal idag, vill flytta sin kapitalförsäkring","not_covered","C-8207",why="covered by nobody")
L("sv","SV","Maj Sundin brev skickat igår med nya fullmakten","record","C-8201","mail",Y,None,nc=["fullmakten"],ne=["igår"],why="brev -> mail")
L("sv","SV","Linnea Holm ringde igår kl 11 ang. fondbyte","record","C-8205","phone",Y,"11:00",nc=["fondbyte"],ne=["igår"],why="ringde -> phone")
L("sv","SV","Tor Engström: skickade avtalet per post idag för underskrift","record","C-8204","mail",T,None,nc=["underskrift"],why="mail")
L("sv","SV","Maj Sundin videosamtal idag 10:00, bunden placering 500 000 kr förlängd 12 mån","record","C-8201","video",T,"10:00",nc=["bunden placering"],why="fixed-term placement never a claim")
L("sv","SV","Ebba Wallin telefon idag kl 15, inga pengar insatta ännu, väntar på arvet, 44 år","record","C-8203","phone",T,"15:00",nc=["arvet"],why="negated deposit; counts and age")
L("sv","SV","Henrik Wallin & Ebba Wallin lunch idag","ask_client",why="two clients")
L("sv","SV","Tor Engstrom lunch 10/11, åtagande 5 mkr #regatta","record","C-8204","in_person",on(11,10),None,[plg("5000000","SEK")],None,"regatta",ne=["10/11"],why="typo without umlaut; mkr")
L("sv","SV","Maj Sundin ringde den 31/11 ang. gåvobrev","ask_unclear","C-8201",why="31 November does not exist")
L("sv","SV","Linnea Holm mejlade i onsdags, avkastning 6,3 % på Q3","record","C-8205","email",past("wed"),None,nc=["Q3"],ne=["onsdags"],why="i onsdags = last Wednesday (11 Nov); percentage")
L("sv","SV","Maj Sundin avstämning per telefon idag 09:30 om pensionen","record","C-8201","phone",T,"09:30",nc=["pensionen"],why="per telefon")
L("sv","SV","Henrik Wallin möte på kontoret igår 16:00, förde över 2 MSEK till ACC-8202","record","C-8202","in_person",Y,"16:00",[dep("2000000","SEK","ACC-8202")],ne=["igår"],why="SEK account named")
L("sv","SV","Tor Engström teams igår kl 8, diskuterade 10-K för dotterbolaget i USA","record","C-8204","video",Y,"08:00",nc=["10-K"],ne=["igår"],why="teams -> video; 10-K not an amount")
L("sv","SV","Ebba Wallin ringde i söndags, satte in 300 tkr, uppföljning 1 dec","record","C-8203","phone",past("sun"),None,[dep("300000","SEK")],on(12,1),ne=["söndags"],why="tkr; follow-up date")
L("sv","SV","Linnea Holm lunch idag, tel 070-123 45 67, hon satte in 1 500 000 kr","record","C-8205","in_person",T,None,[dep("1500000","SEK")],why="phone number is not an amount")
L("sv","SV","Maj Sundin mejl i tisdags, hon lovade inte något, vill vänta till FY26","record","C-8201","email",past("tue"),None,nc=["FY26"],ne=["tisdags"],why="negated pledge")
L("sv","SV","Tor Engström videomöte 13 nov 11:00, satte in 900 000 på ACC-8205","record","C-8204","video",on(11,13),"11:00",[dep("900000","SEK","ACC-8205")],ne=["13 nov"],why="account gives SEK")
L("sv","SV","Henrik Wallin telefon idag, satte in 1 milj. euro","record","C-8202","phone",T,None,[dep("1000000","EUR")],why="euro word gives the currency")
L("sv","SV","Per Sundin ringde i morse","ask_client",why="no Per Sundin; shares names with Per Holm and Maj Sundin")
L("sv","SV","Linnea Holm videosamtal i morse om sparande till barnbarnen, följ upp på fredag","record","C-8205","video",T,None,[],nxt("fri"),nc=["barnbarnen"],ne=["i morse"],why="i morse -> today, no time")
L("sv","SV","Maj Sundin träff på kontoret i fredags 13:15 #opera-gala, åtagande 2 miljoner kronor","record","C-8201","in_person",past("fri"),"13:15",[plg("2000000","SEK")],None,"opera-gala",ne=["fredags"],why="kronor")
L("sv","SV","Träffade Ebba Wallin igår på regattan #regatta, satte in 650 000 kr på ACC-8204","record","C-8203","in_person",Y,None,[dep("650000","SEK","ACC-8204")],None,"regatta",ne=["igår"],why="träffade -> in person")
L("sv","SV","Tor Engström telefon idag kl 15 om optionsprogrammet","record","C-8204","phone",T,"15:00",nc=["optionsprogrammet"],why="kl 15")
L("sv","SV","Henrik Wallin lunch i måndags, insättning 800 tkr i SEK","record","C-8202","in_person",past("mon"),None,[dep("800000","SEK")],ne=["måndags"],why="SEK named for a two-currency client")
L("sv","SV","Linnea Holm brev idag, bekräftelse på fasträntekonto 1 MSEK","record","C-8205","mail",T,None,nc=["fasträntekonto"],why="fixed-rate account is not a claim")
L("sv","SV","Maj Sundin samtal i förrgår 15:45, insättning 250 000 kr, uppföljning 30/11","record","C-8201","phone",DBY,"15:45",[dep("250000","SEK")],on(11,30),ne=["förrgår"],why="samtal -> phone")
L("sv","SV","Tor Engström middag igår kväll, 55 år, pratade om försäljningen av bolaget","record","C-8204","in_person",Y,None,nc=["bolaget"],ne=["igår kväll"],why="igår kväll -> yesterday, no time; age")
L("sv","SV","Ebba Wallin igår, satte in 200 tkr","ask_channel","C-8203",why="no channel word")

# ---------------- ro: Bucharest rep (local 17:00) ----------------
L("ro","RO","Florin Duminică la telefon duminică seara, a depus 250.000 lei","record","C-8301","phone",past("sun"),None,[dep("250000","RON")],ne=["seara"],why="surname Duminică vs the weekday; evening -> no time")
L("ro","RO","Adriana Munteanu la birou ieri la 14:00, și-a luat angajamentul pentru 2 milioane lei","record","C-8302","in_person",Y,"14:00",[plg("2000000","RON")],ne=["ieri"],why="lei gives RON for a two-currency client")
L("ro","RO","Adriana Munteanu apel video marți la ora 10, a transferat 500.000 EUR în ACC-8303","record","C-8302","video",past("tue"),"10:00",[dep("500000","EUR","ACC-8303")],ne=["marți"],why="bare marți = yesterday")
L("ro","RO","vizită la familia Munteanu acasă sâmbătă, discuție despre succesiune","ask_client",why="household")
L("ro","RO","Victor Munteanu e-mail azi despre Pilonul III și fondul de pensii facultative","record","C-8303","email",T,None,nc=["Pilonul III"],why="pillar name")
L("ro","RO","Sorin Mărginean telefon joia trecută la 16:30, am câștigat mandatul de IPO, comision 300.000 EUR","record","C-8304","phone",past("thu"),"16:30",[man("300000","EUR")],nc=["IPO"],ne=["joia trecută"],why="mandate fee")
L("ro","RO","Gabriel Florea întâlnire ieri la birou","not_covered","C-8306",why="Gabriel Florea exists, covered by nobody; must not fall on Daniela Florea")
L("ro","RO","Daniela Florea întâlnire la birou alaltăieri la 11:30, a depus 1,2 milioane lei și a promis încă 800 mii","record","C-8305","in_person",DBY,"11:30",[dep("1200000","RON"),plg("800000","RON")],ne=["alaltăieri"],why="deposit and pledge; mii")
L("ro","RO","Ion Munteanu a trecut pe la birou azi","ask_client",why="no Ion Munteanu")
L("ro","RO","Am vorbit cu Daniela Florea ieri despre ETF-uri","ask_channel","C-8305",why="'am vorbit' (spoke) gives no channel")
L("ro","RO","Florin Duminică - i-am trimis prin poștă azi contractul de custodie","record","C-8301","mail",T,None,nc=["custodie"],why="scrisoare -> mail")
L("ro","RO","Sorin Mărginean cină aseară la Athénée, fiica lui de 23 de ani preia firma, tel 0721 555 888","record","C-8304","in_person",Y,None,nc=["firma"],ne=["aseară"],why="counts, age, phone number")
L("ro","RO","Victor Munteanu telefon azi la 9:30, i-a expirat depozitul la termen de 300.000 lei și l-a prelungit pe 6 luni, dobândă 6,5%","record","C-8303","phone",T,"09:30",nc=["depozitul la termen"],why="term deposit never a claim")
L("ro","RO","Victor Munteanu cafea azi la 9, soția lui nu a venit","record","C-8303","in_person",T,"09:00",nc=["soția"],why="cafea -> in person")
L("ro","RO","Daniela Florea m-a sunat pe 31.11, întrebări despre testament","ask_unclear","C-8305",why="31 November does not exist")
L("ro","RO","Florin Duminică video luni la 18:00, nu a depus încă, așteaptă vânzarea apartamentului, follow-up vineri","record","C-8301","video",past("mon"),"18:00",[],nxt("fri"),nc=["apartamentului"],ne=["luni"],why="negated deposit; follow-up future Friday")
L("ro","RO","Sorin Mărginean întâlnire azi la 15:00 #polo-cup, a promis 1,5 mil. EUR","record","C-8304","in_person",T,"15:00",[plg("1500000","EUR")],None,"polo-cup",why="mil. EUR")
L("ro","RO","Victor Munteanu ieri la 12:00, discuție despre credit ipotecar","ask_channel","C-8303",why="no channel word")
L("ro","RO","Daniela Florea e-mail vineri 13.11, a transferat 400.000 RON în ACC-8306","record","C-8305","email",on(11,13),None,[dep("400000","RON","ACC-8306")],ne=["13.11"],why="weekday and date agree")
L("ro","RO","Adriana Munteanu m-a sunat ieri seară, a virat 100 mii euro","record","C-8302","phone",Y,None,[dep("100000","EUR")],ne=["ieri seară"],why="euro word")
L("ro","RO","Florin Duminica apel ieri la ora 16, a promis 500k","record","C-8301","phone",Y,"16:00",[plg("500000","RON")],ne=["ieri"],why="name without diacritic; single RON account")
L("ro","RO","Gabriel Duminică telefon azi","ask_client",why="no Gabriel Duminică; first name of Gabriel Florea, surname of Florin Duminică")
L("ro","RO","Sorin Mărginean videoconferință miercurea trecută, a semnat contractul de administrare discreționară a portofoliului, 5 mil. EUR în gestiune","record","C-8304","video",past("wed"),None,nc=["administrare"],ne=["miercurea trecută"],why="management mandate never a claim")
L("ro","RO","Victor Munteanu întâlnire azi la 10:00, a depus 750.000 lei, follow-up pe 1 decembrie","record","C-8303","in_person",T,"10:00",[dep("750000","RON")],on(12,1),why="follow-up date")
L("ro","RO","Daniela Florea cafea la 16:00 azi, NU a promis nimic încă","record","C-8305","in_person",T,"16:00",nc=["nimic"],why="negated pledge")
L("ro","RO","Adriana Munteanu e-mail azi la 8:15, întrebări despre FY26 și dividende","record","C-8302","email",T,"08:15",nc=["dividende"],why="FY26 not an amount")
L("ro","RO","Florin Duminică întâlnire la birou pe 10 noiembrie la 14:30, a transferat 2.000.000 lei în ACC-8301","record","C-8301","in_person",on(11,10),"14:30",[dep("2000000","RON","ACC-8301")],ne=["10 noiembrie"],why="dot thousands")
L("ro","RO","Sorin Mărginean telefon azi la 10, confirmă semnarea contractului","record","C-8304","phone",T,"10:00",nc=["semnarea"],why="plain call with a time")
L("ro","RO","Victor Munteanu la telefon sâmbătă, fond S&P 500, randament 11%","record","C-8303","phone",past("sat"),None,nc=["S&P 500"],ne=["sâmbătă"],why="index name and percentage")
L("ro","RO","Daniela Florea apel video azi la 11:00: a depus 50.000 lei, a promis încă 200.000 lei în ianuarie","record","C-8305","video",T,"11:00",[dep("50000","RON"),plg("200000","RON")],why="two outcomes")
L("ro","RO","Florin Duminică cină ieri după concert #jazz-night, a promis 2 mil. lei","record","C-8301","in_person",Y,None,[plg("2000000","RON")],None,"jazz-night",ne=["ieri"],why="cină -> in person")
L("ro","RO","Adriana Munteanu întâlnire joi la 13:00, a depus 300.000","ask_unclear","C-8302",why="RON and EUR accounts, no currency")
L("ro","RO","Sorin Mărginean e-mail luni, a transferat 250.000 EUR","record","C-8304","email",past("mon"),None,[dep("250000","EUR")],ne=["luni"],why="bare luni")
L("ro","RO","Victor Munteanu telefon azi la 16:45, nu a depus, a retras 20.000 lei","record","C-8303","phone",T,"16:45",nc=["retras"],why="withdrawal and negated deposit")
L("ro","RO","Daniela Florea scrisoare primită ieri, cerere de închidere a contului","record","C-8305","mail",Y,None,nc=["închidere"],ne=["ieri"],why="letter received -> mail")
L("ro","RO","Daniela Florea apel ieri la 10:00, întrebări despre impozitul pe câștiguri","record","C-8305","phone",Y,"10:00",nc=["impozitul"],why="plain call")

# ---------------- ms: Kuala Lumpur rep (local 23:00) ----------------
L("ms","MS","Jumpa Khamis bin Daud hari Khamis lepas pukul 4 petang di Bangsar, dia dah masukkan RM 2.5 juta","record","C-8401","in_person",past("thu"),"16:00",[dep("2500000","MYR")],ne=["pukul 4 petang"],why="name Khamis vs the weekday Khamis")
L("ms","MS","Nor Azlina panggilan telefon pagi tadi, bincang ASB & EPF, dia berjanji RM 500 ribu","record","C-8402","phone",T,None,[plg("500000","MYR")],nc=["ASB","EPF"],ne=["pagi tadi"],why="ribu; product names")
L("ms","MS","Wong Kar Seng video call semalam, komited 1.5 juta","ask_unclear","C-8403",why="MYR and SGD accounts, no currency")
L("ms","MS","Wong Kar Seng jumpa di pejabat Isnin lepas, pindahan masuk SGD 800k ke ACC-8404","record","C-8403","in_person",past("mon"),None,[dep("800000","SGD","ACC-8404")],ne=["Isnin lepas"],why="SGD account named")
L("ms","MS","makan malam dengan keluarga Wong hari Sabtu, bincang harta pusaka","ask_client",why="household")
L("ms","MS","Puan Wong Li Hua emel hari ini pasal unit amanah, susulan hari Jumaat","record","C-8404","email",T,None,[],nxt("fri"),nc=["unit amanah"],why="susulan -> future Friday; Puan honorific")
L("ms","MS","Lee Boon Huat datang pejabat semalam, nak buka akaun pelaburan","not_covered","C-8406",why="covered by nobody")
L("ms","MS","Aminah binti Rashid telefon semalam pukul 10 pagi, dia sambung FD RM 1 juta 12 bulan lagi","record","C-8405","phone",Y,"10:00",nc=["FD"],ne=["semalam"],why="fixed deposit never a claim")
L("ms","MS","Wong Ah Kow call pagi tadi","ask_client",why="no Wong Ah Kow; must not fall on either Wong")
L("ms","MS","Khamis bin Ali jumpa hari ini","ask_client",why="no Khamis bin Ali; must not fall on Khamis bin Daud")
L("ms","MS","Aminah binti Rashid makan tengah hari semalam pasal hartanah di Johor","record","C-8405","in_person",Y,None,nc=["hartanah"],ne=["semalam"],why="makan tengah hari -> in person")
L("ms","MS","Hantar borang KYC kepada Khamis Daud melalui pos hari ini","record","C-8401","mail",T,None,nc=["KYC"],why="name without bin; surat -> mail")
L("ms","MS","Nor Azlina binti Ismail jumpa semalam pukul 8 malam, dia masih belum masukkan duit, umur 58, 4 anak","record","C-8402","in_person",Y,"20:00",nc=["belum"],ne=["semalam"],why="negated deposit; age and count")
L("ms","MS","Wong Kar Seng dan Wong Li Hua makan tengah hari hari ini","ask_client",why="two clients")
L("ms","MS","Aminah Rashid hantar emel pada 31/11 tentang wasiat","ask_unclear","C-8405",why="31 November does not exist")
L("ms","MS","Khamis bin Daud video call Selasa pukul 9 malam, kita menang mandat IPO syarikat dia, yuran RM 450 ribu","record","C-8401","video",past("tue"),"21:00",[man("450000","MYR")],ne=["Selasa"],why="bare Selasa = yesterday; 9 malam")
L("ms","MS","Wong Li Hua telefon semalam pukul 11 pagi, bincang KWSP","record","C-8404","phone",Y,"11:00",nc=["KWSP"],ne=["semalam"],why="11 pagi")
L("ms","MS","Nor Azlina jumpa di pejabat 13/11, deposit RM 300k dan janji RM 700k lagi","record","C-8402","in_person",on(11,13),None,[dep("300000","MYR"),plg("700000","MYR")],ne=["13/11"],why="deposit and pledge")
L("ms","MS","Aminah binti Rashid panggilan telefon dua hari lepas pukul 4 petang, pindahkan RM 1.2 juta ke ACC-8406","record","C-8405","phone",DBY,"16:00",[dep("1200000","MYR","ACC-8406")],ne=["dua hari lepas"],why="dua hari lepas = two days ago")
L("ms","MS","Khamis bin Daud makan malam semalam #jazz-night, dia komited RM 3 juta","record","C-8401","in_person",Y,None,[plg("3000000","MYR")],None,"jazz-night",ne=["semalam"],why="initiative")
L("ms","MS","Wong Kar Seng emel hari ini, pindahan masuk RM 2 juta ke ACC-8403","record","C-8403","email",T,None,[dep("2000000","MYR","ACC-8403")],why="MYR account named")
L("ms","MS","Nor Azlina telefon hari Ahad, dia tak janji apa-apa, tunggu bonus","record","C-8402","phone",past("sun"),None,nc=["bonus"],ne=["Ahad"],why="negated pledge; Ahad = Sunday")
L("ms","MS","Datin Aminah jumpa di pejabat hari ini pukul 2 petang, deposit RM 250,000","record","C-8405","in_person",T,"14:00",[dep("250000","MYR")],why="honorific plus first name; only one Aminah")
L("ms","MS","Wong Li Hua video call Rabu lepas pukul 10 pagi, dia deposit SGD 100k","record","C-8404","video",past("wed"),"10:00",[dep("100000","SGD")],ne=["Rabu lepas"],why="Rabu lepas = 11 Nov; currency as typed")
L("ms","MS","Khamis bin Daud telefon pagi tadi pasal tandatangan dokumen amanah","record","C-8401","phone",T,None,nc=["amanah"],ne=["pagi tadi"],why="pagi tadi")
L("ms","MS","Aminah binti Rashid video call 12 Nov pukul 9 malam, bincang pelaburan emas, tel 012-987 6543","record","C-8405","video",on(11,12),"21:00",nc=["emas"],why="phone number not an amount")
L("ms","MS","Nor Azlina emel semalam pukul 11 malam, hantar dokumen EPF","record","C-8402","email",Y,"23:00",nc=["EPF"],ne=["semalam"],why="11 malam = 23:00")
L("ms","MS","Wong Kar Seng jumpa semalam, bincang PRS, deposit RM 800 ribu","record","C-8403","in_person",Y,None,[dep("800000","MYR")],nc=["PRS"],ne=["semalam"],why="RM gives MYR for a two-currency client")
L("ms","MS","Khamis bin Daud Zoom hari ini pukul 10 malam, pindahkan RM 5 juta ke ACC-8401, susulan 2 Dis","record","C-8401","video",T,"22:00",[dep("5000000","MYR","ACC-8401")],on(12,2),why="10 malam today is before 23:00 local; susulan date")
L("ms","MS","Aminah binti Rashid makan tengah hari Sabtu di kelab golf #polo-cup, berjanji RM 2 juta","record","C-8405","in_person",past("sat"),None,[plg("2000000","MYR")],None,"polo-cup",ne=["Sabtu"],why="bare Sabtu")
L("ms","MS","Wong Li Hua telefon pagi tadi, tak deposit lagi sebab pasaran","record","C-8404","phone",T,None,nc=["pasaran"],ne=["pagi tadi"],why="negated deposit")
L("ms","MS","Encik Khamis jumpa semalam di pejabat","record","C-8401","in_person",Y,None,ne=["semalam"],why="Mr Khamis: a name here, not Thursday; only one Khamis")
L("ms","MS","Nor Azlina video call Isnin pukul 3 petang, dapat mandat penasihat untuk penjualan syarikat dia, fi RM 90 ribu","record","C-8402","video",past("mon"),"15:00",[man("90000","MYR")],ne=["Isnin"],why="mandate fee")
L("ms","MS","Aminah binti Rashid semalam, deposit RM 400k","ask_channel","C-8405",why="no channel word")
L("ms","MS","Wong Kar Seng telefon 14 Nov pukul 11 pagi, deposit SGD 500k","record","C-8403","phone",on(11,14),"11:00",[dep("500000","SGD")],ne=["14 Nov"],why="SGD named")
L("ms","MS","Nor Azlina surat diterima semalam, minta tutup akaun ASB","record","C-8402","mail",Y,None,nc=["ASB"],ne=["semalam"],why="letter received")

# ---------------- hi: Kolkata rep (local 20:30), Devanagari and Hinglish ----------------
L("hi","HI","Sandhya Rao से आज शाम ऑफिस में मिले, ELSS और PPF पर बात हुई","record","C-8501","in_person",T,None,nc=["ELSS","PPF"],ne=["आज शाम"],why="first name Sandhya means evening; part of day -> no time")
L("hi","HI","Mangal Rathore ke saath mangalvaar ko lunch kiya, 2 crore commit kiye","record","C-8502","in_person",past("tue"),None,[plg("20000000","INR")],ne=["mangalvaar"],why="name Mangal vs mangalvaar; crore")
L("hi","HI","Karan Bhatia video call kal, USD 5 million transfer karne ka promise kiya","record","C-8503","video",Y,None,[plg("5000000","USD")],why="promise = pledge; USD named")
L("hi","HI","Karan Bhatia का फोन आया कल दोपहर 2:30 बजे, ₹2 करोड़ ACC-8503 में डाल दिए","record","C-8503","phone",Y,"14:30",[dep("20000000","INR","ACC-8503")],ne=["दोपहर"],why="INR account named")
L("hi","HI","Bhatia family ke ghar gaye ravivaar ko, succession planning discuss ki","ask_client",why="household")
L("hi","HI","Neha Bhatia ne aaj email pe 80C aur HRA proofs bheje","record","C-8504","email",T,None,nc=["80C"],why="form numbers not amounts")
L("hi","HI","Suresh Menon se kal office mein mile, ESOP aur 10-K filing discuss ki","record","C-8505","in_person",Y,None,nc=["ESOP","10-K"],why="kal with past verb = yesterday")
L("hi","HI","Ritu Agarwal से आज फोन पर बात हुई","not_covered","C-8508",why="covered by the London rep only")
L("hi","HI","Neha Rao ka call aaya aaj subah","ask_client",why="no Neha Rao; first name of Neha Bhatia, surname of Sandhya Rao")
L("hi","HI","Suresh Menon से 12 नवंबर को ऑफिस में मुलाकात, M&A advisory mandate हमें मिला, फीस 40 लाख","record","C-8505","in_person",on(11,12),None,[man("4000000","INR")],ne=["12 नवंबर"],why="mandate fee in lakh")
L("hi","HI","Pooja Reddy से कल बात हुई, SIP बढ़ाने पर","ask_channel","C-8506",why="'बात हुई' (talked) gives no channel")
L("hi","HI","Sandhya Rao ko FY26 capital gains statement speed post se bheja aaj","record","C-8501","mail",T,None,nc=["FY26"],why="patra -> mail")
L("hi","HI","Mangal Rathore से पिछले शुक्रवार को फोन पर बात, 50 लाख की सावधि जमा (FD) 7.1% पर रोल ओवर","record","C-8502","phone",past("fri"),None,nc=["FD"],ne=["पिछले शुक्रवार"],why="FD never a claim")
L("hi","HI","Neha Bhatia aur Karan Bhatia se ghar pe meeting aaj","ask_client",why="two clients")
L("hi","HI","Pooja Reddy ke saath meeting 31 Nov ko, ULIP surrender discuss kiya","ask_unclear","C-8506",why="31 November does not exist")
L("hi","HI","Suresh Menon ke saath video call kal raat 9 baje, 75 lakh deposit kiye","record","C-8505","video",Y,"21:00",[dep("7500000","INR")],why="raat 9 baje = 21:00")
L("hi","HI","Pooja Reddy के साथ ऑफिस में मीटिंग परसों 11 बजे, ₹12,50,000 जमा किए, follow up शुक्रवार","record","C-8506","in_person",DBY,"11:00",[dep("1250000","INR")],nxt("fri"),ne=["परसों"],why="Indian digit grouping; in a log परसों is the past")
L("hi","HI","Sandhya Rao ji se guruvaar ko mile, unhone abhi tak deposit nahi kiya, umar 62","record","C-8501","in_person",past("thu"),None,nc=["abhi tak"],ne=["guruvaar"],why="negated deposit; age")
L("hi","HI","Mangal Rathore aaj 11 baje subah phone pe portfolio review","record","C-8502","phone",T,"11:00",nc=["portfolio"],why="11 baje subah")
L("hi","HI","Karan Bhatia ka phone aaya aaj shaam 6 baje, USD 400k ACC-8504 mein transfer kiye","record","C-8503","phone",T,"18:00",[dep("400000","USD","ACC-8504")],why="USD account named")
L("hi","HI","Neha Bhatia से सोमवार को वीडियो कॉल, 1.5 करोड़ का वादा किया, 30 लाख जमा भी किए","record","C-8504","video",past("mon"),None,[plg("15000000","INR"),dep("3000000","INR")],ne=["सोमवार"],why="pledge and deposit")
L("hi","HI","Amit Rathore se phone pe baat hui kal","ask_client",why="no Amit Rathore; first name of Amit Joshi, surname of Mangal Rathore")
L("hi","HI","Suresh Menon ne kal shaam office visit kiya, 3 crore pledge kiye #jazz-night","record","C-8505","in_person",Y,None,[plg("30000000","INR")],None,"jazz-night",why="office visit -> in person; kal shaam -> yesterday, no time")
L("hi","HI","Sandhya Rao ने कल रात 8 बजे कॉल किया, 2.5 Cr अभी तक जमा नहीं किए","record","C-8501","phone",Y,"20:00",nc=["अभी तक"],why="negated deposit")
L("hi","HI","Pooja Reddy ke saath video call 13 Nov ko, PPF aur Sukanya Samriddhi discuss kiya, phone 98765 43210","record","C-8506","video",on(11,13),None,nc=["Sukanya"],why="phone number not an amount")
L("hi","HI","Mangal Rathore kal office aaye the, will aur nomination update kiya","record","C-8502","in_person",Y,None,nc=["nomination"],why="'will' here is a testament")
L("hi","HI","Neha Bhatia का ईमेल आया आज सुबह, ELSS lock-in के बारे में पूछा","record","C-8504","email",T,None,nc=["lock-in"],ne=["आज सुबह"],why="part of day")
L("hi","HI","Karan Bhatia से ऑफिस में मिले रविवार को, 10 लाख जमा किए","ask_unclear","C-8503",why="INR and USD accounts, no currency or account (lakh alone not taken as a currency)")
L("hi","HI","Suresh Menon ko courier se documents bheje aaj, mandate letter sign karke wapas bhejna hai","record","C-8505","mail",T,None,nc=["mandate letter"],why="courier -> mail; a mandate letter to sign is not a mandate won")
L("hi","HI","Pooja Reddy se aaj dopahar 1 baje mile, 5 lakh deposit kiye, aur 10 lakh ka promise kiya next month ke liye","record","C-8506","in_person",T,"13:00",[dep("500000","INR"),plg("1000000","INR")],why="deposit and pledge")
L("hi","HI","Sandhya Rao ke saath Teams call budhvaar ko shaam 4 baje, follow up 3 December","record","C-8501","video",past("wed"),"16:00",[],on(12,3),why="bare budhvaar = 11 Nov; Teams -> video")
L("hi","HI","Mangal Rathore से आज सुबह 10 बजे वीडियो कॉल, ACC-8502 में 60 लाख ट्रांसफर किए","record","C-8502","video",T,"10:00",[dep("6000000","INR","ACC-8502")],why="account named")
L("hi","HI","Suresh Menon se kal phone pe baat hui, 20 lakh ka FD banaya","record","C-8505","phone",Y,None,nc=["FD"],why="FD never a claim")
L("hi","HI","Sandhya Rao ka call aaya 2 din pehle, 50 lakh pledge kiye","record","C-8501","phone",DBY,None,[plg("5000000","INR")],why="2 din pehle = two days ago")
L("hi","HI","Neha Bhatia se mili kal shaam 7 baje Taj mein dinner pe, 1 crore deposit kiya","record","C-8504","in_person",Y,"19:00",[dep("10000000","INR")],why="shaam 7 baje")
L("hi","HI","Karan Bhatia call kal, USD 1 million pledge kiya aur 50 lakh INR deposit","record","C-8503","phone",Y,None,[plg("1000000","USD"),dep("5000000","INR")],why="two outcomes, two currencies, each named")

# ---------------- mixed: the rep's language with English ----------------
L("mixed","FR","Claire Fontaine au tél ce matin, she wired 500k€ into ACC-8104, relance jeudi","record","C-8103","phone",T,None,[dep("500000","EUR","ACC-8104")],nxt("thu"),ne=["ce matin"],why="fr/en; follow-up jeudi is tomorrow")
L("mixed","SV","Lunch w/ Tor Engström igår kl 12, han lovade 3 MSEK for the new fund 👍","record","C-8204","in_person",Y,"12:00",[plg("3000000","SEK")],ne=["igår"],why="sv/en")
L("mixed","RO","am avut un meeting cu Victor Munteanu la birou yesterday, he deposited 400k lei #regatta","record","C-8303","in_person",Y,None,[dep("400000","RON")],None,"regatta",ne=["yesterday"],why="ro/en")
L("mixed","MS","Khamis bin Daud called me pagi tadi, dah masukkan RM 1 juta into ACC-8401","record","C-8401","phone",T,None,[dep("1000000","MYR","ACC-8401")],ne=["pagi tadi"],why="ms/en")
L("mixed","HI","Pooja Reddy ke saath Google Meet today 5pm, 50 lakh ka commitment, follow up Monday","record","C-8506","video",T,"17:00",[plg("5000000","INR")],nxt("mon"),ne=["5pm"],why="hi/en; lakh with a single INR account")
L("mixed","GB","Per Holm over lunch igår: he moved 3 MSEK over to us, ISK + 3a pillar from his Swiss years","record","C-8206","in_person",Y,None,[dep("3000000","SEK")],nc=["3a pillar"],ne=["igår"],why="en/sv; 3a is a product name")
L("mixed","FR","Olivier Fontaine email today — n'a toujours pas viré les 2m, will chase next week","record","C-8102","email",T,None,nc=["chase"],why="negated transfer: no claim, so no currency question")
L("mixed","SV","Henrik Wallin teams call today kl 10, satte in 1m SEK + pledged 500k EUR","record","C-8202","video",T,"10:00",[dep("1000000","SEK"),plg("500000","EUR")],why="two outcomes, each with its currency")
L("mixed","RO","Sorin Mărginean video azi la 13:30, a promis 400k, docs to follow","record","C-8304","video",T,"13:30",[plg("400000","EUR")],nc=["docs"],why="single EUR account")
L("mixed","MS","Wong Kar Seng with his wife Wong Li Hua, makan malam semalam","ask_client",why="two clients")
L("mixed","HI","Karan Bhatia met at Bandra office yesterday 4pm, moved ₹35 lakh into ACC-8503, also discussed his US 401k","record","C-8503","in_person",Y,"16:00",[dep("3500000","INR","ACC-8503")],nc=["401k"],ne=["yesterday","4pm"],why="hi/en; 401k not an amount")
L("mixed","FR","Nathalie Roux visio hier 18h, won the sell-side mandate for her family business, honoraires 150k€","record","C-8105","video",Y,"18:00",[man("150000","EUR")],nc=["sell-side"],ne=["18h"],why="fr/en mandate fee")
L("mixed","SV","Linnea Holm — quick catch-up igår re tjänstepension, satte in 450 tkr","ask_channel","C-8205",why="catch-up gives no channel")
L("mixed","RO","Daniela Florea phone call ieri la 15:00, didn't deposit yet, follow-up luni","record","C-8305","phone",Y,"15:00",[],nxt("mon"),ne=["ieri"],why="negated deposit; follow-up future Monday")
L("mixed","MS","Aminah binti Rashid coffee tadi pagi, she pledged RM 600k, susulan Jumaat","record","C-8405","in_person",T,None,[plg("600000","MYR")],nxt("fri"),ne=["tadi pagi"],why="ms/en")
L("mixed","HI","Amit Joshi ke saath coffee today, wants to shift his PMS to us","not_covered","C-8507",why="covered by nobody")
L("mixed","FR","Gilles Roux coffee ce matin, wants to move 5 M€ to us","not_covered","C-8107",why="covered by nobody")
L("mixed","SV","Maj Sundin phone idag 11:00, she pledged 2 miljoner kronor, follow up 1 dec","record","C-8201","phone",T,"11:00",[plg("2000000","SEK")],on(12,1),why="sv/en")
L("mixed","MS","Wong Kar Seng call today pukul 10 pagi, committed 2 juta","ask_unclear","C-8403",why="MYR and SGD accounts, no currency")
L("mixed","GB","Penny Hargreaves coffee w/ her son yesterday, pledged £400k pour le fonds ISR, ravie","record","C-8601","in_person",Y,None,[plg("400000","GBP")],nc=["ISR"],ne=["yesterday"],why="en/fr")

# ---------------- validate ----------------
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
nowdt = dt.datetime(2026, 11, 18, 15, 0, tzinfo=dt.timezone.utc)
MARKS = dict(USD=["USD", "$"], EUR=["EUR", "€", "euro"], GBP=["GBP", "£"], RON=["RON", "lei"], SEK=["SEK", "kr"],
             MYR=["MYR", "RM"], INR=["INR", "₹"], SGD=["SGD"], CHF=["CHF"], CAD=["CAD"])
texts = Counter(l["text"] for l in lines); assert max(texts.values()) == 1, [t for t, n in texts.items() if n > 1]
for ln in lines:
    e = ln["expect"]; o = e["outcome"]
    assert ln["lang"] in ("en", "fr", "sv", "ro", "ms", "hi", "mixed"), ln
    assert o in ("record", "ask_client", "ask_channel", "ask_unclear", "not_covered"), ln
    assert ln["rep"] in repids
    if o in ("record", "ask_channel", "ask_unclear", "not_covered"): assert e["client"] in cl, ln
    if o == "ask_client": assert e["client"] is None
    if o == "not_covered": assert ln["rep"] not in cl[e["client"]]["coverage"], ln
    if o in ("record", "ask_channel", "ask_unclear"): assert ln["rep"] in cl[e["client"]]["coverage"], ln
    if o != "record":
        assert e["channel"] is None and e["day"] is None and not e["claims"] and e["follow_up_on"] is None
        continue
    assert e["channel"] in ("in_person", "phone", "email", "mail", "video")
    c = cl[e["client"]]; accts = {a["account"]: a["currency"] for a in c["accounts"]}
    tz = ZoneInfo(repids[ln["rep"]]["timezone"]); local = nowdt.astimezone(tz)
    dt.date.fromisoformat(e["day"]); assert e["day"] <= local.date().isoformat(), ln
    if e["time"]:
        t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
        assert t <= nowdt, ln
    for k in e["claims"]:
        assert Decimal(k["amount"]) > 0 and k["kind"] in ("deposit", "pledge", "mandate")
        if k["account"]:
            assert k["account"] in ln["text"] and accts[k["account"]] == k["currency"], ln
        elif len(set(accts.values())) > 1:
            assert any(m in ln["text"] for m in MARKS[k["currency"]]), ln
        elif not any(m in ln["text"] for m in MARKS[k["currency"]]):
            assert k["currency"] == next(iter(accts.values())), ln
    for a in accts:
        if a in ln["text"]: assert any(k["account"] == a for k in e["claims"]), ln
    if e["follow_up_on"]: dt.date.fromisoformat(e["follow_up_on"]); assert e["follow_up_on"] > e["day"], ln
    if e["initiative"]: assert e["initiative"] in tags and "#" + e["initiative"] in ln["text"], ln
    for tg in tags:
        if "#" + tg in ln["text"]: assert e["initiative"] == tg, ln
    for s in e["notes_contains"] + e["notes_excludes"]: assert s.lower() in ln["text"].lower(), (s, ln)
ids = [l["id"] for l in lines]; assert len(set(ids)) == len(ids)
by_lang = Counter(l["lang"] for l in lines); by_out = Counter(l["expect"]["outcome"] for l in lines)
assert len(lines) == 240, len(lines)
assert all(by_lang[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi")), by_lang
asks = len(lines) - by_out["record"]; assert 0.20 <= asks / len(lines) <= 0.25, asks
out = dict(now=NOW, reps=reps, clients=clients, initiatives=initiatives, lines=lines)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(len(lines), "lines,", len(clients), "clients,", asks, "asks (%.1f%%)" % (100 * asks / len(lines)))
print(dict(by_lang)); print(dict(by_out))
print(Counter((l["lang"], l["expect"]["outcome"]) for l in lines if l["expect"]["outcome"] != "record"))
print(T, Y, DBY, {w: past(w) for w in WD}, {w: nxt(w) for w in WD})

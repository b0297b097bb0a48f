import json, datetime as dt
from decimal import Decimal
NOW = "2026-11-18T15:00:00Z"
TODAY = dt.date(2026,11,18)
assert TODAY.weekday()==2  # Wednesday
WD = dict(mon=0,tue=1,wed=2,thu=3,fri=4,sat=5,sun=6)
def d(x): return x.isoformat()
T = d(TODAY); Y = d(TODAY-dt.timedelta(1)); DBY = d(TODAY-dt.timedelta(2))
def past(w):   # most recent such weekday strictly before today
    for k in range(1,8):
        x = TODAY-dt.timedelta(k)
        if x.weekday()==WD[w]: return d(x)
def nxt(w):    # next such weekday strictly after today
    for k in range(1,8):
        x = TODAY+dt.timedelta(k)
        if x.weekday()==WD[w]: return d(x)
def on(m,dd): return d(dt.date(2026,m,dd))
TOM = d(TODAY+dt.timedelta(1))

R = dict(FR="U0H2FR001", SV="U0H2SV002", RO="U0H2RO003", MS="U0H2MS004",
         HI="U0H2HI005", GB="U0H2GB006", US="U0H2US007")
reps = [
 dict(slack_user_id=R["FR"], name="Camille Laurent", timezone="Europe/Paris", locale="fr-FR", roles=["rep"]),
 dict(slack_user_id=R["SV"], name="Erik Sandberg", timezone="Europe/Stockholm", locale="sv-SE", roles=["rep"]),
 dict(slack_user_id=R["RO"], name="Andreea Popescu", timezone="Europe/Bucharest", locale="ro-RO", roles=["rep"]),
 dict(slack_user_id=R["MS"], name="Nurul Aisyah Hamzah", timezone="Asia/Kuala_Lumpur", locale="ms-MY", roles=["rep"]),
 dict(slack_user_id=R["HI"], name="Rohan Mehta", timezone="Asia/Kolkata", locale="hi-IN", roles=["rep"]),
 dict(slack_user_id=R["GB"], name="Oliver Bennett", timezone="Europe/London", locale="en-GB", roles=["rep"]),
 dict(slack_user_id=R["US"], name="Megan Carter", timezone="America/New_York", locale="en-US", roles=["rep"]),
]
def C(eid, name, hh, tier, cov, accts):
    return dict(external_id=eid, name=name, household=hh, tier=tier,
                coverage=[R[c] for c in cov], accounts=[dict(account=a, currency=c) for a,c in accts])
clients = [
 C("C-2001","Hélène Dubois","Dubois","UHNW",["FR"],[("ACC-2101","EUR")]),
 C("C-2002","Marc Dubois","Dubois","UHNW",["FR"],[("ACC-2102","EUR")]),
 C("C-2003","Théo Garnier","Garnier","HNW",["FR"],[("ACC-2103","EUR"),("ACC-2104","USD")]),
 C("C-2004","Isabelle Moreau-Lefèvre","Moreau-Lefèvre","corporate executive",["FR","GB"],[("ACC-2105","CHF")]),
 C("C-2005","Antoine Rousseau","Rousseau (Antoine)","HNW",["FR"],[("ACC-2106","EUR")]),
 C("C-2006","Julien Rousseau","Rousseau (Julien)","HNW",[],[("ACC-2107","EUR")]),
 C("C-3001","Björn Lindqvist","Lindqvist","UHNW",["SV"],[("ACC-3101","SEK")]),
 C("C-3002","Karin Lindqvist","Lindqvist","UHNW",["SV"],[("ACC-3102","SEK")]),
 C("C-3003","Sofia Åberg","Åberg","HNW",["SV"],[("ACC-3103","SEK"),("ACC-3104","EUR")]),
 C("C-3004","Gustav Ekström","Ekström","corporate executive",["SV"],[("ACC-3105","SEK")]),
 C("C-3005","Ingrid Nyström","Nyström","HNW",["SV"],[("ACC-3106","SEK")]),
 C("C-3006","Lars Hedlund","Hedlund","UHNW",["GB"],[("ACC-3107","SEK")]),
 C("C-4001","Ioana Ionescu","Ionescu","HNW",["RO"],[("ACC-4101","RON")]),
 C("C-4002","Mihai Ionescu","Ionescu","HNW",["RO"],[("ACC-4102","RON"),("ACC-4103","EUR")]),
 C("C-4003","Elena Constantinescu","Constantinescu","UHNW",["RO"],[("ACC-4104","EUR")]),
 C("C-4004","Radu Vasilescu","Vasilescu","corporate executive",["RO"],[("ACC-4105","RON")]),
 C("C-4005","Cristina Dumitrescu","Dumitrescu","HNW",["RO"],[("ACC-4106","RON")]),
 C("C-4006","Andrei Popa","Popa","HNW",[],[("ACC-4107","RON")]),
 C("C-5001","Ahmad Faizal bin Osman","Osman","UHNW",["MS"],[("ACC-5101","MYR")]),
 C("C-5002","Siti Nurhaliza binti Kassim","Kassim","HNW",["MS"],[("ACC-5102","MYR")]),
 C("C-5003","Tan Wei Ming","Tan","UHNW",["MS"],[("ACC-5103","MYR"),("ACC-5104","USD")]),
 C("C-5004","Tan Mei Ling","Tan","UHNW",["MS"],[("ACC-5105","MYR")]),
 C("C-5005","Lim Chee Keong","Lim","corporate executive",["MS"],[("ACC-5106","SGD")]),
 C("C-5006","Farah Aziz","Aziz","HNW",[],[("ACC-5107","MYR")]),
 C("C-6001","Priya Sharma","Sharma","HNW",["HI"],[("ACC-6101","INR")]),
 C("C-6002","Arjun Sharma","Sharma","corporate executive",["HI"],[("ACC-6102","INR")]),
 C("C-6003","Vikram Malhotra","Malhotra","UHNW",["HI"],[("ACC-6103","INR"),("ACC-6104","USD")]),
 C("C-6004","Anjali Gupta","Gupta","HNW",["HI"],[("ACC-6105","INR")]),
 C("C-6005","Rajesh Iyer","Iyer","UHNW",["HI"],[("ACC-6106","INR")]),
 C("C-6006","Sunita Kapoor","Kapoor","HNW",["US"],[("ACC-1053","USD")]),
 C("C-7001","Charlotte Whitfield","Whitfield","UHNW",["GB"],[("ACC-7101","GBP")]),
 C("C-7002","James Whitfield","Whitfield","UHNW",["GB"],[("ACC-7102","GBP"),("ACC-7103","USD")]),
 C("C-7003","Edward Ashcombe","Ashcombe","HNW",["GB"],[("ACC-7104","GBP")]),
 C("C-7004","Priyanka Desai","Desai","corporate executive",["GB","HI"],[("ACC-7105","GBP")]),
 C("C-7005","Fiona MacLeod","MacLeod","HNW",["GB"],[("ACC-7106","GBP")]),
 C("C-9001","Margaret Ellison","Ellison","UHNW",[],[("ACC-9001","GBP")]),
 C("C-1001","Jane Smith","Smith","UHNW",["US"],[("ACC-1048","USD")]),
 C("C-1002","Daniel Smith","Smith","UHNW",["US"],[("ACC-1049","USD")]),
 C("C-1003","Michael O'Connor","O'Connor","HNW",["US"],[("ACC-1050","USD")]),
 C("C-1004","Sarah Goldberg","Goldberg","UHNW",["US"],[("ACC-1051","USD"),("ACC-1052","EUR")]),
 C("C-1005","Kevin Nguyen","Nguyen","corporate executive",["US"],[("ACC-1054","USD")]),
 C("C-1006","William Hartley","Hartley","HNW",[],[("ACC-1055","USD")]),
]
initiatives = [dict(tag="golf-open", name="Golf Open 2026 hospitality"),
               dict(tag="f1-monaco", name="Monaco Grand Prix sponsorship"),
               dict(tag="art-basel", name="Art Basel Miami Beach lounge")]
lines = []
def L(lang, rep, text, outcome, client=None, channel=None, day=None, time=None, claims=(), fu=None, init=None, nc=(), ne=(), why=""):
    if outcome != "record":
        channel = None if outcome!="ask_channel" else None
        day = time = fu = init = None; claims = (); nc = (); ne = ()
    lines.append(dict(id="h2-%03d" % (len(lines)+1), lang=lang, rep=R[rep], text=text,
        expect=dict(outcome=outcome, client=client, channel=channel, day=day, time=time,
            claims=[dict(kind=k, amount=a, currency=c, account=ac) for k,a,c,ac in claims],
            follow_up_on=fu, initiative=init, notes_contains=list(nc), notes_excludes=list(ne)), why=why))
dep=lambda a,c,ac=None:("deposit",a,c,ac)
plg=lambda a,c,ac=None:("pledge",a,c,ac)
man=lambda a,c,ac=None:("mandate",a,c,ac)

# ---------------- en (US rep, local 10:00 Wed) ----------------
L("en","US","Jane Smith phone yesterday 3pm discussed the bond ladder, pledged 2.5m USD","record","C-1001","phone",Y,"15:00",[plg("2500000","USD")],nc=["bond ladder"],ne=["yesterday","3pm"],why="basic line; m suffix")
L("en","US","called Jane Smith yesterday 2:30pm re 401(k) rollover + Roth IRA, she pledged 2.5mm","record","C-1001","phone",Y,"14:30",[plg("2500000","USD")],nc=["401(k)","Roth IRA"],ne=["2:30pm"],why="401(k) is not an amount; 2.5mm = 2.5 million; single USD account")
L("en","US","/logcontact Kevin Nguyen zoom this morning, walked through the 529 plan for his 2 kids, S&P 500 exposure ok","record","C-1005","video",T,None,nc=["529 plan","S&P 500"],ne=["this morning"],why="part of day -> time null; 529, 2, 500 are not amounts")
L("en","US","pls log: lunch w/ Michael O'Connor last Friday, wired in $3m to ACC-1050 🎉","record","C-1003","in_person",past("fri"),None,[dep("3000000","USD","ACC-1050")],ne=["last Friday"],why="'pls log:' prefix, w/, $3m, named account, emoji")
L("en","US","Sarah Goldberg email today re FY2026 estate plan, funded 400k","ask_unclear","C-1004",why="client holds USD and EUR, no currency or account given")
L("en","US","Sarah Goldberg emailed Monday, transferred in 400k EUR into ACC-1052","record","C-1004","email",past("mon"),None,[dep("400000","EUR","ACC-1052")],ne=["Monday"],why="bare weekday; account and currency given")
L("en","US","Mike O'Connor call yesterday re 10-K review","ask_client",why="nickname Mike does not match Michael")
L("en","US","Dinner with Daniel Smith Saturday, talked college funding for his 3 kids","record","C-1002","in_person",past("sat"),None,nc=["college funding"],ne=["Saturday"],why="bare Saturday; count 3 is not an amount")
L("en","US","William Hartley phone today 9am intro call, AUM about 12m","not_covered","C-1006",why="client exists with no coverage by this rep")
L("en","US","Daniel Smith today 8:15am about the Q3 rebalance, committed 750k","ask_channel","C-1002",why="no channel word")
L("en","US","fyi met Sunita Kapoor at her office Thu, she committed $1.2m, follow up Monday #art-basel","record","C-6006","in_person",past("thu"),None,[plg("1200000","USD")],nxt("mon"),"art-basel",nc=["office"],ne=["Thu"],why="abbreviated weekday; after 'follow up' Monday is the next one; initiative")
L("en","US","Kevin Nguyen video call 12 Nov 2pm, mandate won for the IPO, fee 150k USD","record","C-1005","video",on(11,12),"14:00",[man("150000","USD")],nc=["IPO"],ne=["12 Nov"],why="explicit date; mandate fee")
L("en","US","Jane Smith sent letter today re RMD at 73, no action needed","record","C-1001","mail",T,None,nc=["RMD"],why="letter -> mail; age 73 not an amount")
L("en","US","Michael O'Connor phone 2 days ago, he didn't deposit the 200k yet, reminded him. follow up tomorrow","record","C-1003","phone",DBY,None,[],TOM,nc=["reminded"],why="negated deposit is not a claim; '2 days ago'")
L("en","US","Daniel Smith in person yesterday, opened a 12-month CD $250k","record","C-1002","in_person",Y,None,nc=["CD"],ne=["yesterday"],why="a CD is never a claim")
# ---------------- en (GB rep, local 15:00) ----------------
L("en","GB","Charlotte Whitfield - coffee this morning, discussed ISA allowance & SIPP, deposited £500k","record","C-7001","in_person",T,None,[dep("500000","GBP")],nc=["ISA","SIPP"],ne=["this morning"],why="coffee -> in person; £ symbol")
L("en","GB","James Whitfield teams video call yesterday 11:00, transferred in 2m GBP","record","C-7002","video",Y,"11:00",[dep("2000000","GBP")],ne=["yesterday","11:00"],why="two-currency client but currency given")
L("en","GB","James Whitfield phoned Monday 10.30, pledged 1.5m USD to ACC-7103","record","C-7002","phone",past("mon"),"10:30",[plg("1500000","USD","ACC-7103")],ne=["Monday","10.30"],why="10.30 dotted time; account named")
L("en","GB","Edward Ashcombe lunch at the club 14/11, chatted about the golf day #golf-open, he committed £750k","record","C-7003","in_person",on(11,14),None,[plg("750000","GBP")],None,"golf-open",nc=["golf day"],ne=["14/11"],why="dd/mm date; initiative")
L("en","GB","Whitfields quarterly review in person today","ask_client",why="household name, not a client")
L("en","GB","Lars Hedlund call today 2pm, 3 MSEK transferred in","record","C-3006","phone",T,"14:00",[dep("3000000","SEK")],ne=["2pm"],why="London rep covers a Swedish client; MSEK")
L("en","GB","Fiona McLeod video yesterday re 5.25% gilt ladder, fixed-term deposit of 300k rolled over","record","C-7005","video",Y,None,nc=["gilt"],ne=["yesterday"],why="typo McLeod; fixed-term deposit and percentage are not claims")
L("en","GB","Priyanka Desai - email 31/11 re pension transfer","ask_unclear","C-7004",why="31 November does not exist")
L("en","GB","Charlotte Whitfield and James Whitfield meeting today re the family trust","ask_client",why="two clients in one line")
L("en","GB","Margaret Ellison phone today, prospect intro","not_covered","C-9001",why="client in the firm, covered by nobody here")

# ---------------- fr (Paris, local 16:00) ----------------
L("fr","FR","Hélène Dubois rdv au bureau hier 14h30, a versé 1,5 M€","record","C-2001","in_person",Y,"14:30",[dep("1500000","EUR")],ne=["hier","14h30"],why="rdv -> in person; 1,5 M€")
L("fr","FR","appel avec Marc Dubois ce matin, point sur l'assurance-vie, virement reçu de 200 000 €","record","C-2002","phone",T,None,[dep("200000","EUR")],nc=["assurance-vie"],ne=["ce matin"],why="virement reçu = transfer in; space thousands")
L("fr","FR","Théo Garnier visio vendredi dernier 10h, engagement de 2 mn sur ACC-2104","record","C-2003","video",past("fri"),"10:00",[plg("2000000","USD","ACC-2104")],ne=["vendredi dernier","10h"],why="account currency USD; 2 mn")
L("fr","FR","Théo Garnier déjeuner hier, s'est engagé à verser 500k","ask_unclear","C-2003",why="EUR and USD accounts, no currency/account")
L("fr","FR","Marc Dubois dîner samedi soir avec son épouse, discussion succession","record","C-2002","in_person",past("sat"),None,nc=["succession"],ne=["samedi"],why="samedi soir -> Saturday, time null")
L("fr","FR","Dubois au téléphone hier, questions sur la fiscalité","ask_client",why="two Dubois clients in the book")
L("fr","FR","Isabelle Moreau-Lefèvre par téléphone avant-hier à 9h, dépôt 800k CHF","record","C-2004","phone",DBY,"09:00",[dep("800000","CHF")],ne=["avant-hier"],why="avant-hier; dépôt noun")
L("fr","FR","Antoine Rousseau e-mail le 12 novembre, il n'a pas encore versé les 300k","record","C-2005","email",on(11,12),None,nc=["pas encore"],ne=["12 novembre"],why="negated outcome -> no claim")
L("fr","FR","Julien Rousseau rdv hier, intéressé par un PEA","not_covered","C-2006",why="Julien Rousseau exists, not covered; must not fall on Antoine Rousseau")
L("fr","FR","Antoine Rousseau hier 17h, parlé du PER et de l'IFI","ask_channel","C-2005",why="no channel word")
L("fr","FR","Hélène Dubois courrier envoyé aujourd'hui, relevés T3 et attestation fiscale","record","C-2001","mail",T,None,nc=["attestation"],ne=["aujourd'hui"],why="courrier -> mail; T3 not an amount")
L("fr","FR","RDV Isabelle Moreau-Lefèvre lundi, mandat de gestion discrétionnaire signé, 3 M€ sous gestion","record","C-2004","in_person",past("mon"),None,nc=["gestion"],ne=["lundi"],why="management mandate is never a claim")
L("fr","FR","Marc Dubois, visio le 30 février ?? à revoir","ask_unclear","C-2002",why="impossible date")
L("fr","FR","Antoine Rousseau tél hier soir, a viré 250 000 euros sur ACC-2106, relance vendredi","record","C-2005","phone",Y,None,[dep("250000","EUR","ACC-2106")],nxt("fri"),ne=["hier soir"],why="hier soir -> time null; relance -> future Friday")
L("fr","FR","Hélène Dubois - déjeuner jeudi 12h30 #golf-open, promesse de 1 million d'euros","record","C-2001","in_person",past("thu"),"12:30",[plg("1000000","EUR")],None,"golf-open",ne=["jeudi","12h30"],why="promesse = pledge")
L("fr","FR","Théo Garnier appel ce matin, dépôt à terme de 400k€ renouvelé","record","C-2003","phone",T,None,nc=["renouvel"],ne=["ce matin"],why="dépôt à terme is a term deposit, never a claim")
L("fr","FR","Antoine Rousseau rencontré au salon patrimoine le 10/11, 2 enfants, 45 ans, tél 06 12 34 56 78","record","C-2005","in_person",on(11,10),None,nc=["salon"],ne=["10/11"],why="counts, age and phone number are not amounts")
L("fr","FR","Marc Dubois appel 15h, mandat gagné pour la cession, honoraires 120 k€","record","C-2002","phone",T,"15:00",[man("120000","EUR")],nc=["cession"],ne=["15h"],why="no day -> today; mandate fee")
L("fr","FR","Hélène Dubois visio aujourd'hui 11h, elle a déposé 600k sur ACC-2101, relance le 1er décembre","record","C-2001","video",T,"11:00",[dep("600000","EUR","ACC-2101")],on(12,1),ne=["11h"],why="1er décembre follow-up")
L("fr","FR","Isabelle Moreau-Lefevre appel mercredi dernier, rendement 3,2% sur les obligations","record","C-2004","phone",past("wed"),None,nc=["obligations"],ne=["mercredi dernier"],why="name without accent; last Wednesday a week ago; percentage")
L("fr","FR","Garnier Théo – rdv hier 10h – transfert entrant 1,2 M$","record","C-2003","in_person",Y,"10:00",[dep("1200000","USD")],ne=["hier"],why="surname first; M$ gives currency")
L("fr","FR","Isabelle Moreau-Lefèvre au tél hier, bilan patrimonial, a versé 50k CHF","record","C-2004","phone",Y,None,[dep("50000","CHF")],nc=["bilan"],ne=["hier"],why="tél abbreviation")

# ---------------- sv (Stockholm, local 16:00) ----------------
L("sv","SV","lunch med Björn Lindqvist igår, pratade om ISK och pension","record","C-3001","in_person",Y,None,nc=["ISK"],ne=["igår"],why="igår")
L("sv","SV","Ringde Karin Lindqvist i förrgår kl. 14, insättning 1,2 milj. kr","record","C-3002","phone",DBY,"14:00",[dep("1200000","SEK")],ne=["förrgår"],why="i förrgår; milj. kr")
L("sv","SV","Sofia Åberg videosamtal i fredags 10:30, satte in 500 000 på ACC-3104","record","C-3003","video",past("fri"),"10:30",[dep("500000","EUR","ACC-3104")],ne=["fredags"],why="account currency EUR")
L("sv","SV","Sofia Åberg möte idag, lovade 2 miljoner","ask_unclear","C-3003",why="SEK and EUR accounts, no currency")
L("sv","SV","familjen Lindqvist middag i lördags","ask_client",why="household")
L("sv","SV","Gustav Ekström samtal igår 9.15, förde över 750 tkr till oss","record","C-3004","phone",Y,"09:15",[dep("750000","SEK")],ne=["igår"],why="tkr; förde över")
L("sv","SV","Gustav Ekstrom telefon idag kl 11, mandatet vunnet, arvode 150 tkr","record","C-3004","phone",T,"11:00",[man("150000","SEK")],ne=["idag"],why="no umlaut typo; mandate fee")
L("sv","SV","Ingrid Nyström mejl idag om deklarationen, följ upp på fredag","record","C-3005","email",T,None,[],nxt("fri"),nc=["deklarationen"],why="följ upp -> future Friday")
L("sv","SV","Lars Hedlund träff igår på kontoret","not_covered","C-3006",why="covered by the London rep only")
L("sv","SV","Björn Lindqvist ringde igår ang. räntefonder","record","C-3001","phone",Y,None,nc=["räntefonder"],ne=["igår"],why="ringde -> phone")
L("sv","SV","Björn Lindqvist igår kl 15, pratade fonder","ask_channel","C-3001",why="no channel word")
L("sv","SV","Karin Lindqvist brev skickat idag med årsbesked","record","C-3002","mail",T,None,nc=["årsbesked"],why="brev -> mail")
L("sv","SV","Ingrid Nystrom lunch i måndags, hon har inte satt in pengarna än, 3 barnbarn","record","C-3005","in_person",past("mon"),None,nc=["barnbarn"],ne=["måndags"],why="negated deposit; count")
L("sv","SV","Björn Lindqvist möte på kontoret 12/11 kl 10","record","C-3001","in_person",on(11,12),"10:00",ne=["12/11"],why="dd/mm date; kl 10")
L("sv","SV","Gustav Ekström fasträntekonto 2 MSEK, möte igår","record","C-3004","in_person",Y,None,nc=["fasträntekonto"],ne=["igår"],why="fixed-rate term account is never a claim")
L("sv","SV","Sofia Åberg ringde i torsdags, åtagande på 3 MSEK #f1-monaco","record","C-3003","phone",past("thu"),None,[plg("3000000","SEK")],None,"f1-monaco",ne=["torsdags"],why="åtagande = commitment; currency given")
L("sv","SV","Karin Lindqvist Teams-möte (video) igår 13:00, insättning 400k på ACC-3102, uppföljning 2 dec","record","C-3002","video",Y,"13:00",[dep("400000","SEK","ACC-3102")],on(12,2),ne=["igår"],why="uppföljning date")
L("sv","SV","Björn Lindqvst telefon i morse om ränta 4,5 %","record","C-3001","phone",T,None,nc=["ränta"],ne=["i morse"],why="typo Lindqvst, Björn disambiguates; percentage")
L("sv","SV","Ingrid Nyström samtal den 10 nov kl 16, hon utfäste 1 miljon kronor","record","C-3005","phone",on(11,10),"16:00",[plg("1000000","SEK")],ne=["10 nov"],why="utfäste = pledged")
L("sv","SV","fyi: kaffe med Gustav Ekström idag 08:30 🙂 pratade om hans bolag, 45 anställda","record","C-3004","in_person",T,"08:30",nc=["bolag"],why="count not an amount")
L("sv","SV","Sofia Åberg mejlade igår, ingen insättning ännu","record","C-3003","email",Y,None,ne=["igår"],why="no deposit yet -> no claim")
L("sv","SV","Karin Lindqvist videomöte idag, satte in 2 MSEK","record","C-3002","video",T,None,[dep("2000000","SEK")],why="videomöte")

# ---------------- ro (Bucharest, local 17:00) ----------------
L("ro","RO","Întâlnire cu Ioana Ionescu ieri la 15:00, a depus 200.000 lei","record","C-4001","in_person",Y,"15:00",[dep("200000","RON")],ne=["ieri"],why="dot thousands; lei")
L("ro","RO","Am sunat-o pe Elena Constantinescu alaltăieri, s-a angajat cu 1,5 milioane EUR","record","C-4003","phone",DBY,None,[plg("1500000","EUR")],ne=["alaltăieri"],why="alaltăieri; s-a angajat")
L("ro","RO","Mihai Ionescu apel video joia trecută la 11:00, a transferat 300 mii lei","record","C-4002","video",past("thu"),"11:00",[dep("300000","RON")],ne=["trecută"],why="two-currency client, currency given; mii")
L("ro","RO","Mihai Ionescu telefon azi la ora 10:00, a transferat 300 mii euro în ACC-4103","record","C-4002","phone",T,"10:00",[dep("300000","EUR","ACC-4103")],why="account named")
L("ro","RO","familia Ionescu, cină sâmbătă","ask_client",why="household")
L("ro","RO","Ionescu m-a sunat ieri","ask_client",why="two Ionescu clients")
L("ro","RO","Radu Vasilescu ieri, discuție despre fondul de pensii Pilonul 3","ask_channel","C-4004",why="no channel word")
L("ro","RO","Andrei Popa întâlnire azi","not_covered","C-4006",why="client not covered")
L("ro","RO","Cristina Dumitrescu email azi dimineață, depozit la termen 100.000 lei reînnoit","record","C-4005","email",T,None,nc=["termen"],ne=["dimineață"],why="term deposit never a claim; part of day")
L("ro","RO","Elena Constantinescu - scrisoare trimisă azi cu extrasele Q3","record","C-4003","mail",T,None,nc=["extrasele"],why="scrisoare -> mail")
L("ro","RO","Radu Vasilescu la telefon vineri la 14:30, mandat câștigat, comision 50.000 EUR","record","C-4004","phone",past("fri"),"14:30",[man("50000","EUR")],ne=["vineri"],why="bare vineri")
L("ro","RO","Cristina Dumitrescu întâlnire la birou pe 13 noiembrie, nu a depus încă cei 500k","record","C-4005","in_person",on(11,13),None,nc=["încă"],ne=["13 noiembrie"],why="negated deposit")
L("ro","RO","Ioana Ionescu apel video marți la 9:00, a promis 1 milion lei, follow-up vineri","record","C-4001","video",past("tue"),"09:00",[plg("1000000","RON")],nxt("fri"),why="bare marți = yesterday; follow-up future vineri")
L("ro","RO","Radu Vasilescu cafea aseară, 2 copii la facultate, are 52 de ani","record","C-4004","in_person",Y,None,nc=["facultate"],ne=["aseară"],why="aseară; counts/age")
L("ro","RO","Elena Constantinescu telefon 30 februarie","ask_unclear","C-4003",why="impossible date")
L("ro","RO","Cristina Dumitescu apel ieri la ora 16:30, depunere 750.000 RON în ACC-4106 #golf-open","record","C-4005","phone",Y,"16:30",[dep("750000","RON","ACC-4106")],None,"golf-open",ne=["ieri"],why="typo Dumitescu")
L("ro","RO","Ioana Ionescu videoconferință luni, angajament 2 mil. lei","record","C-4001","video",past("mon"),None,[plg("2000000","RON")],ne=["luni"],why="mil. lei")
L("ro","RO","Mihai Ionescu întâlnire azi, mandat de administrare discreționară semnat pe 5 mil EUR","record","C-4002","in_person",T,None,nc=["administrare"],why="management mandate never a claim")
L("ro","RO","Radu Vasilescu e-mail pe 11.11.2026, tel 0722 123 456","record","C-4004","email",on(11,11),None,ne=["11.11.2026"],why="numeric date; phone number")
L("ro","RO","Elena Constantinescu a transferat 400.000 EUR ieri, întâlnire la birou","record","C-4003","in_person",Y,None,[dep("400000","EUR")],ne=["ieri"],why="outcome first, channel last")
L("ro","RO","Cristina Dumitrescu la telefon ieri seară, a depus 100k lei","record","C-4005","phone",Y,None,[dep("100000","RON")],ne=["seară"],why="ieri seară -> time null")
L("ro","RO","Ioana Ionescu, telefon, miercurea trecută, fond de investiții S&P 500, 7% randament","record","C-4001","phone",past("wed"),None,nc=["S&P 500"],ne=["trecută"],why="last Wednesday; index name and percentage")

# ---------------- ms (Kuala Lumpur, local 23:00) ----------------
L("ms","MS","Jumpa Ahmad Faizal semalam pukul 3 petang, dia deposit RM 2 juta","record","C-5001","in_person",Y,"15:00",[dep("2000000","MYR")],ne=["semalam"],why="pukul 3 petang; RM juta")
L("ms","MS","Panggilan telefon dengan Siti Nurhaliza pagi tadi, bincang ASB dan KWSP","record","C-5002","phone",T,None,nc=["ASB"],ne=["pagi tadi"],why="pagi tadi -> today, null time")
L("ms","MS","Tan Wei Ming panggilan video hari Jumaat pukul 10 pagi, berjanji 500k","ask_unclear","C-5003",why="MYR and USD accounts, no currency")
L("ms","MS","Tan Wei Ming call semalam, pindahan masuk USD 1.2 juta ke ACC-5104","record","C-5003","phone",Y,None,[dep("1200000","USD","ACC-5104")],ne=["semalam"],why="pindahan masuk = transfer in")
L("ms","MS","keluarga Tan makan malam Sabtu","ask_client",why="household")
L("ms","MS","Encik Ahmad Faizal jumpa hari ini di pejabat","record","C-5001","in_person",T,None,nc=["pejabat"],why="Encik is an honorific")
L("ms","MS","Lim Chee Keong emel hari ini tentang unit amanah, komitmen SGD 800k, susulan hari Isnin","record","C-5005","email",T,None,[plg("800000","SGD")],nxt("mon"),nc=["unit amanah"],why="susulan -> future Monday")
L("ms","MS","Farah Aziz jumpa semalam","not_covered","C-5006",why="not covered")
L("ms","MS","Ahmad Faizal semalam bincang pasal hartanah","ask_channel","C-5001",why="no channel word")
L("ms","MS","Siti Nurhaliza simpanan tetap RM 300k diperbaharui, telefon semalam","record","C-5002","phone",Y,None,nc=["simpanan tetap"],ne=["semalam"],why="fixed deposit never a claim")
L("ms","MS","Tan Mei Ling surat dihantar hari ini, penyata Q3","record","C-5004","mail",T,None,nc=["penyata"],why="surat -> mail")
L("ms","MS","Lim Chee Keong video call Isnin lepas 11 pagi, mandat dimenangi, yuran SGD 120k","record","C-5005","video",past("mon"),"11:00",[man("120000","SGD")],ne=["lepas"],why="Isnin lepas; 11 pagi")
L("ms","MS","Datuk Ahmad Faizal makan tengah hari 12 Nov, belum deposit lagi, umur 60","record","C-5001","in_person",on(11,12),None,nc=["belum"],why="Datuk honorific; negated deposit; age")
L("ms","MS","Siti Nurhaliza panggilan 31 November","ask_unclear","C-5002",why="impossible date")
L("ms","MS","Tan Mei Ling jumpa di pejabat semalam pukul 2.30 petang, pindahkan RM 500 ribu ke ACC-5105 #golf-open","record","C-5004","in_person",Y,"14:30",[dep("500000","MYR","ACC-5105")],None,"golf-open",ne=["semalam"],why="ribu; 2.30 petang")
L("ms","MS","Ahmad Faizal telefon hari Khamis, dia komited RM1.5 juta","record","C-5001","phone",past("thu"),None,[plg("1500000","MYR")],ne=["Khamis"],why="bare Khamis")
L("ms","MS","fyi Siti Nurhalizah emel semalam, tel 012-345 6789","record","C-5002","email",Y,None,ne=["semalam"],why="typo; phone number")
L("ms","MS","Lim Chee Keong emel hari ini pukul 9 pagi tentang ETF","record","C-5005","email",T,"09:00",nc=["ETF"],why="pukul 9 pagi")
L("ms","MS","Tan Wei Ming mesyuarat bersemuka hari Selasa, bincang dana pendidikan untuk 3 anak","record","C-5003","in_person",past("tue"),None,nc=["dana pendidikan"],ne=["Selasa"],why="bare Selasa = yesterday")
L("ms","MS","Ahmad Faizal bin Osman panggilan video hari ini pukul 8 malam, dia dah deposit RM 750,000 dalam ACC-5101","record","C-5001","video",T,"20:00",[dep("750000","MYR","ACC-5101")],why="full name with bin; 8 malam")
L("ms","MS","Tan Mei Ling call tadi, dia berjanji RM 1 juta, follow up esok","record","C-5004","phone",T,None,[plg("1000000","MYR")],TOM,why="tadi = earlier today; esok follow-up")
L("ms","MS","Siti Nurhaliza jumpa 14/11 pukul 4 petang, komitmen RM 2.5 juta, #f1-monaco","record","C-5002","in_person",on(11,14),"16:00",[plg("2500000","MYR")],None,"f1-monaco",why="dd/mm; 4 petang")

# ---------------- hi (Kolkata, local 20:30) ----------------
L("hi","HI","Priya Sharma से कल दोपहर 3 बजे फोन पर बात हुई, 5 लाख जमा किए","record","C-6001","phone",Y,"15:00",[dep("500000","INR")],ne=["कल"],why="कल = yesterday in a log; लाख")
L("hi","HI","Arjun Sharma ke saath aaj subah office mein meeting hui, mutual fund SIP discuss kiya","record","C-6002","in_person",T,None,nc=["SIP"],ne=["aaj subah"],why="Hinglish; part of day")
L("hi","HI","Vikram Malhotra video call परसों, 2 crore commit kiye","ask_unclear","C-6003",why="INR and USD accounts, no currency")
L("hi","HI","Vikram Malhotra ka call kal shaam 6 baje, ACC-6104 mein 1.5 million USD transfer kiye","record","C-6003","phone",Y,"18:00",[dep("1500000","USD","ACC-6104")],why="shaam 6 baje")
L("hi","HI","Sharma parivaar ke saath dinner shanivaar ko","ask_client",why="household")
L("hi","HI","Arjun Sharma ji se baat hui kal phone pe","record","C-6002","phone",Y,None,why="ji honorific ignored")
L("hi","HI","Anjali Gupta kal office aayi thi, retirement planning aur NPS ke baare mein","record","C-6004","in_person",Y,None,nc=["NPS"],why="came to office -> in person")
L("hi","HI","Sunita Kapoor se mulaqat aaj","not_covered","C-6006",why="covered by the New York rep")
L("hi","HI","Rajesh Iyer को ईमेल भेजा आज, FD 10 लाख renew हुई","record","C-6005","email",T,None,nc=["FD"],why="FD never a claim")
L("hi","HI","Priyanka Desai ke saath video call aaj 4 baje shaam","record","C-7004","video",T,"16:00",why="secondary coverage")
L("hi","HI","Rajesh Iyer से पिछले गुरुवार मुलाकात हुई, 1 करोड़ का वादा किया","record","C-6005","in_person",past("thu"),None,[plg("10000000","INR")],ne=["पिछले गुरुवार"],why="करोड़; वादा = pledge")
L("hi","HI","Anjali Gupta ko patra bheja aaj, Form 16 aur 80C documents","record","C-6004","mail",T,None,nc=["Form 16"],why="patra -> mail; form numbers")
L("hi","HI","Priya Sharma phone 31 नवंबर","ask_unclear","C-6001",why="impossible date")
L("hi","HI","Arjun Sharma call Monday ko 11 baje subah, mandate mil gaya, fee 25 lakh","record","C-6002","phone",past("mon"),"11:00",[man("2500000","INR")],why="mandate mil gaya")
L("hi","HI","Vikram Malhotra ऑफिस में मिले आज सुबह, 3 बच्चे, उम्र 48, अभी तक जमा नहीं किया","record","C-6003","in_person",T,None,nc=["बच्चे"],ne=["आज सुबह"],why="negated deposit; counts/age")
L("hi","HI","Rajesh Iyer video call शुक्रवार को शाम 5 बजे, ₹50 लाख ट्रांसफर किए ACC-6106 में, follow up सोमवार","record","C-6005","video",past("fri"),"17:00",[dep("5000000","INR","ACC-6106")],nxt("mon"),why="follow-up Monday in future")
L("hi","HI","Anjali Gupta se 12 नवंबर को फोन पर बात, 2 करोड़ जमा करवाए #golf-open","record","C-6004","phone",on(11,12),None,[dep("20000000","INR")],None,"golf-open",why="date in Devanagari month")
L("hi","HI","Priya Sharma ke saath lunch kiya kal, unhone 25 lakh deposit kiye, 401k jaisa US plan bhi discuss kiya","record","C-6001","in_person",Y,None,[dep("2500000","INR")],nc=["401k"],why="401k not an amount")
L("hi","HI","Arjun Sharma ने ईमेल किया कल रात, portfolio review, returns 12%","record","C-6002","email",Y,None,nc=["portfolio"],ne=["कल रात"],why="कल रात -> yesterday, time null")
L("hi","HI","Rajesh Iyyer phone aaj dopahar 2 baje, pledge 3 crore","record","C-6005","phone",T,"14:00",[plg("30000000","INR")],why="typo Iyyer")
L("hi","HI","Vikram Malhotra से आज शाम 7 बजे फोन पर बात, 50 लाख ACC-6103 में जमा किए","record","C-6003","phone",T,"19:00",[dep("5000000","INR","ACC-6103")],why="account gives INR")
L("hi","HI","Anjali Gupta ke saath video call mangalvaar ko, follow up 2 December","record","C-6004","video",past("tue"),None,[],on(12,2),why="romanised weekday")
L("hi","HI","Priya Sharma ko call kiya kal 10:30 baje, insurance renewal, pledge nahi kiya abhi","record","C-6001","phone",Y,"10:30",nc=["insurance"],why="negated pledge")
L("hi","HI","Deepak Verma se meeting aaj","ask_client",why="name matches no client")

# ---------------- mixed ----------------
L("mixed","FR","Call with Hélène Dubois yesterday 10am, elle a versé 300k EUR into ACC-2101, follow up vendredi","record","C-2001","phone",Y,"10:00",[dep("300000","EUR","ACC-2101")],nxt("fri"),why="fr/en")
L("mixed","SV","Met Gustav Ekström igår kl 13, he pledged 5 MSEK, super happy 🚀","record","C-3004","in_person",Y,"13:00",[plg("5000000","SEK")],why="sv/en")
L("mixed","RO","meeting cu Radu Vasilescu yesterday, a depus 1.2m lei #f1-monaco","record","C-4004","in_person",Y,None,[dep("1200000","RON")],None,"f1-monaco",why="ro/en")
L("mixed","MS","Lim Chee Keong phone call this morning, dia transfer masuk SGD 2 mil","record","C-5005","phone",T,None,[dep("2000000","SGD")],why="ms/en; mil = million")
L("mixed","HI","Priya Sharma zoom today 11am, she committed 2 crore, follow up Friday","record","C-6001","video",T,"11:00",[plg("20000000","INR")],nxt("fri"),why="hi/en; crore with INR account")
L("mixed","GB","Lars Hedlund lunch igår, insättning 2 MSEK to ACC-3107","record","C-3006","in_person",Y,None,[dep("2000000","SEK","ACC-3107")],why="en/sv")
L("mixed","FR","Théo Garnier email today, pas encore versé the 1m, chasing","record","C-2003","email",T,None,nc=["chasing"],why="negated, fr/en")
L("mixed","SV","Sofia Åberg video today kl 09:00, deposit 1m on ACC-3103","record","C-3003","video",T,"09:00",[dep("1000000","SEK","ACC-3103")],why="account SEK")
L("mixed","RO","Elena Constantinescu call azi la ora 12:00, pledged 250k","record","C-4003","phone",T,"12:00",[plg("250000","EUR")],why="single EUR account")
L("mixed","MS","Tan Wei Ming dan Tan Mei Ling lunch today","ask_client",why="two clients")
L("mixed","HI","Vikram Malhotra meeting yesterday 5pm, transferred 40 lakh INR into ACC-6103","record","C-6003","in_person",Y,"17:00",[dep("4000000","INR","ACC-6103")],why="hi/en")
L("mixed","FR","Isabelle Moreau-Lefèvre call ce matin, mandate won pour l'OPA, fee 90k","record","C-2004","phone",T,None,[man("90000","CHF")],nc=["OPA"],why="CHF account; mandate")
L("mixed","SV","Karin Lindqvist yesterday discussed the pension, insättning 600 tkr","ask_channel","C-3002",why="no channel word")

# ---------------- validate ----------------
from zoneinfo import ZoneInfo
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
nowdt = dt.datetime(2026,11,18,15,0,tzinfo=dt.timezone.utc)
for ln in lines:
    e = ln["expect"]; o = e["outcome"]
    assert o in ("record","ask_client","ask_channel","ask_unclear","not_covered"), ln
    assert ln["rep"] in repids
    if o in ("record","ask_channel","ask_unclear","not_covered"): assert e["client"] in cl, ln
    if o == "ask_client": assert e["client"] is None
    if o == "not_covered": assert ln["rep"] not in cl[e["client"]]["coverage"], ln
    if o in ("record","ask_channel","ask_unclear"): assert ln["rep"] in cl[e["client"]]["coverage"], ln
    if o == "record":
        assert e["channel"] in ("in_person","phone","email","mail","video")
        c = cl[e["client"]]; accts = {a["account"]: a["currency"] for a in c["accounts"]}
        local = nowdt.astimezone(ZoneInfo(repids[ln["rep"]]["timezone"]))
        assert e["day"] <= local.date().isoformat()
        if e["time"]:
            t = dt.datetime.fromisoformat(e["day"]+"T"+e["time"]).replace(tzinfo=ZoneInfo(repids[ln["rep"]]["timezone"]))
            assert t <= nowdt, ln
        for k in e["claims"]:
            Decimal(k["amount"]); assert k["kind"] in ("deposit","pledge","mandate")
            if k["account"]: assert accts[k["account"]] == k["currency"], ln
            elif len(set(accts.values()))>1:
                marks = dict(USD=["USD","$"],EUR=["EUR","€","euro"],GBP=["GBP","£"],RON=["RON","lei"],SEK=["SEK","kr"],MYR=["MYR","RM"],INR=["INR","₹"],SGD=["SGD"],CHF=["CHF"])
                assert any(m in ln["text"] for m in marks[k["currency"]]), ln
        if e["follow_up_on"]: assert e["follow_up_on"] > e["day"]
        if e["initiative"]: assert e["initiative"] in tags and "#"+e["initiative"] in ln["text"]
        for s in e["notes_contains"]+e["notes_excludes"]: assert s.lower() in ln["text"].lower(), (s, ln)
ids=[l["id"] for l in lines]; assert len(set(ids))==len(ids)
out = dict(now=NOW, reps=reps, clients=clients, initiatives=initiatives, lines=lines)
json.dump(out, open(__import__("os").path.join(__import__("os").path.dirname(__file__),"corpus.json"),"w"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(lines)); print(Counter(l["lang"] for l in lines)); print(Counter(l["expect"]["outcome"] for l in lines))
print(Counter((l["lang"],l["expect"]["outcome"]) for l in lines if l["expect"]["outcome"]!="record"))
print(T,Y,DBY,{w:past(w) for w in WD},{w:nxt(w) for w in WD})

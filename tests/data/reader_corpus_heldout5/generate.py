"""Held-out reader corpus 5: builds and validates corpus.json. Edit this file, never the JSON."""
import json, os, datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo
from collections import Counter

NOW = "2026-12-02T14:00:00Z"
TODAY = dt.date(2026, 12, 2)
assert TODAY.weekday() == 2  # Wednesday
WD = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)
iso = lambda x: x.isoformat()
T = iso(TODAY); Y = iso(TODAY - dt.timedelta(1)); DBY = iso(TODAY - dt.timedelta(2)); TOM = iso(TODAY + dt.timedelta(1))
def past(w):  # most recent such weekday strictly before today
    return next(iso(TODAY - dt.timedelta(k)) for k in range(1, 8) if (TODAY - dt.timedelta(k)).weekday() == WD[w])
def nxt(w):   # next such weekday strictly after today
    return next(iso(TODAY + dt.timedelta(k)) for k in range(1, 8) if (TODAY + dt.timedelta(k)).weekday() == WD[w])
def on(m, dd, y=2026): return iso(dt.date(y, m, dd))
# spot checks of the weekday arithmetic
assert (Y, DBY, TOM) == ("2026-12-01", "2026-11-30", "2026-12-03")
assert past("wed") == "2026-11-25" and past("mon") == "2026-11-30" and past("tue") == Y and past("sun") == "2026-11-29"
assert nxt("tue") == "2026-12-08" and nxt("mon") == "2026-12-07" and nxt("thu") == TOM
assert dt.date(2026, 12, 14).weekday() == 0  # "w/c 14 Dec" is a Monday

R = dict(FR="U0H5FR201", CH="U0H5CH202", SV="U0H5SV203", RO="U0H5RO204", MS="U0H5MS205",
         HI="U0H5HI206", GB="U0H5GB207", US="U0H5US208")
reps = [
 dict(slack_user_id=R["FR"], name="Solène Garnier", timezone="Europe/Paris", locale="fr-FR", roles=["rep"]),
 dict(slack_user_id=R["CH"], name="Raphaël Bonvin", timezone="Europe/Zurich", locale="fr-CH", roles=["rep"]),
 dict(slack_user_id=R["SV"], name="Karin Nyqvist", timezone="Europe/Stockholm", locale="sv-SE", roles=["rep"]),
 dict(slack_user_id=R["RO"], name="Ioana Dumitrescu", timezone="Europe/Bucharest", locale="ro-RO", roles=["rep"]),
 dict(slack_user_id=R["MS"], name="Nurul Huda binti Rosli", timezone="Asia/Kuala_Lumpur", locale="ms-MY", roles=["rep"]),
 dict(slack_user_id=R["HI"], name="Arjun Mehta", timezone="Asia/Kolkata", locale="hi-IN", roles=["rep"]),
 dict(slack_user_id=R["GB"], name="Fiona Marsh", timezone="Europe/London", locale="en-GB", roles=["rep"]),
 dict(slack_user_id=R["US"], name="Marcus Bell", timezone="America/New_York", locale="en-US", roles=["rep"]),
]
def C(eid, name, hh, tier, cov, accts):
    return dict(external_id=eid, name=name, household=hh, tier=tier,
                coverage=[R[c] for c in cov], accounts=[dict(account=a, currency=c) for a, c in accts])
clients = [
 # France (Paris rep)
 C("C-9101", "Rose Delmas", "Delmas (Hugo & Rose)", "UHNW", ["FR"], [("ACC-9111", "EUR")]),
 C("C-9102", "Hugo Delmas", "Delmas (Hugo & Rose)", "UHNW", ["FR"], [("ACC-9112", "EUR")]),
 C("C-9103", "Blanche Aubry", "Aubry", "HNW", ["FR"], [("ACC-9113", "EUR")]),
 C("C-9104", "Pierre Vidal", "Vidal (Pierre)", "HNW", ["FR"], [("ACC-9114", "EUR")]),
 C("C-9105", "Margot Vidal", "Vidal (Margot)", "HNW", ["FR"], [("ACC-9115", "EUR")]),
 C("C-9106", "Jean-Baptiste Morel", "Morel", "corporate executive", ["FR"], [("ACC-9116", "EUR"), ("ACC-9117", "USD")]),
 C("C-9107", "Laurent Chassagne", "Chassagne", "HNW", [], [("ACC-9118", "EUR")]),
 # Switzerland (Zurich rep, French-speaking)
 C("C-9151", "Marc Delmas", "Delmas (Marc)", "UHNW", ["CH"], [("ACC-9161", "CHF"), ("ACC-9162", "EUR")]),
 C("C-9152", "Séverine Rochat", "Rochat", "HNW", ["CH"], [("ACC-9163", "CHF")]),
 C("C-9153", "Ambroise Favre", "Favre", "UHNW", ["CH"], [("ACC-9164", "CHF")]),
 C("C-9154", "Aimée Favre", "Favre", "UHNW", ["CH"], [("ACC-9165", "CHF"), ("ACC-9166", "USD")]),
 C("C-9155", "Victor Pasche", "Pasche", "HNW", ["CH", "FR"], [("ACC-9167", "CHF")]),
 # Sweden
 C("C-9201", "Sol Lindahl", "Lindahl", "UHNW", ["SV"], [("ACC-9211", "SEK")]),
 C("C-9202", "Björn Lindahl", "Lindahl", "UHNW", ["SV"], [("ACC-9212", "SEK")]),
 C("C-9203", "Vera Ek", "Ek (Vera)", "HNW", ["SV"], [("ACC-9213", "SEK"), ("ACC-9214", "EUR")]),
 C("C-9204", "Gustav Ek", "Ek (Gustav)", "HNW", [], [("ACC-9215", "SEK")]),
 C("C-9205", "Ingrid Holm", "Holm", "HNW", ["SV"], [("ACC-9216", "SEK")]),
 C("C-9206", "Axel Nordin", "Nordin", "corporate executive", ["SV"], [("ACC-9217", "SEK")]),
 C("C-9207", "Tove Strand", "Strand", "UHNW", ["SV"], [("ACC-9218", "SEK"), ("ACC-9219", "NOK")]),
 # Romania
 C("C-9301", "Mircea Popa", "Popa (Mircea & Elena)", "UHNW", ["RO"], [("ACC-9311", "RON")]),
 C("C-9302", "Elena Popa", "Popa (Mircea & Elena)", "UHNW", ["RO"], [("ACC-9312", "RON"), ("ACC-9313", "EUR")]),
 C("C-9303", "Andrei Popa", "Popa (Andrei)", "HNW", ["RO"], [("ACC-9314", "RON")]),
 C("C-9304", "Speranța Radu", "Radu", "HNW", ["RO"], [("ACC-9315", "RON")]),
 C("C-9305", "Dragoș Iliescu", "Iliescu", "corporate executive", ["RO"], [("ACC-9316", "RON")]),
 C("C-9306", "Valentin Dobre", "Dobre", "HNW", [], [("ACC-9317", "RON")]),
 C("C-9307", "Crina Ardeleanu", "Ardeleanu", "HNW", ["RO"], [("ACC-9318", "EUR")]),
 # Malaysia
 C("C-9401", "Lim Bee Leng", "Lim", "UHNW", ["MS"], [("ACC-9411", "MYR")]),
 C("C-9402", "Lim Chong Wei", "Lim", "UHNW", ["MS"], [("ACC-9412", "MYR"), ("ACC-9413", "SGD")]),
 C("C-9403", "Ahmad Faizal bin Hashim", "Ahmad Faizal", "HNW", ["MS"], [("ACC-9414", "MYR")]),
 C("C-9404", "Bunga binti Osman", "Bunga", "HNW", ["MS"], [("ACC-9415", "MYR")]),
 C("C-9405", "Siti Aisyah binti Hashim", "Siti Aisyah", "HNW", ["MS"], [("ACC-9416", "MYR")]),
 C("C-9406", "Karthik a/l Subramaniam", "Subramaniam", "corporate executive", ["MS"], [("ACC-9417", "MYR"), ("ACC-9418", "USD")]),
 C("C-9407", "Tan Kok Meng", "Tan", "HNW", [], [("ACC-9419", "MYR")]),
 # India
 C("C-9501", "Kamal Agarwal", "Agarwal (Kamal & Sunita)", "UHNW", ["HI"], [("ACC-9511", "INR")]),
 C("C-9502", "Sunita Agarwal", "Agarwal (Kamal & Sunita)", "UHNW", ["HI"], [("ACC-9512", "INR"), ("ACC-9513", "USD")]),
 C("C-9503", "Chandan Joshi", "Joshi (Chandan)", "HNW", ["HI"], [("ACC-9514", "INR")]),
 C("C-9504", "Aarti Joshi", "Joshi (Aarti)", "HNW", ["HI"], [("ACC-9515", "INR")]),
 C("C-9505", "Vikram Sethi", "Sethi", "corporate executive", ["HI"], [("ACC-9516", "INR")]),
 C("C-9506", "Ramesh Agarwal", "Agarwal (Ramesh)", "HNW", [], [("ACC-9517", "INR")]),
 C("C-9507", "Lakshmi Nair", "Nair", "HNW", ["HI"], [("ACC-9518", "INR")]),
 # United Kingdom
 C("C-9601", "Hope Fairley", "Fairley", "UHNW", ["GB"], [("ACC-9611", "GBP")]),
 C("C-9602", "Edmund Fairley", "Fairley", "UHNW", ["GB"], [("ACC-9612", "GBP"), ("ACC-9613", "EUR")]),
 C("C-9603", "Miles Whitcombe", "Whitcombe (Miles)", "HNW", ["GB"], [("ACC-9614", "GBP")]),
 C("C-9604", "Sunny Choudhury", "Choudhury", "HNW", ["GB", "HI"], [("ACC-9615", "GBP"), ("ACC-9616", "INR")]),
 C("C-9605", "Peter Whitcombe", "Whitcombe (Peter)", "HNW", [], [("ACC-9617", "GBP")]),
 C("C-9606", "Georgina Hale", "Hale", "corporate executive", ["GB"], [("ACC-9618", "GBP")]),
 # United States
 C("C-9701", "Chase Whitaker", "Whitaker (Chase & Summer)", "UHNW", ["US"], [("ACC-9711", "USD")]),
 C("C-9702", "Summer Whitaker", "Whitaker (Chase & Summer)", "UHNW", ["US"], [("ACC-9712", "USD")]),
 C("C-9703", "Bill Novak", "Novak", "HNW", ["US"], [("ACC-9713", "USD")]),
 C("C-9704", "Dawn Ferreira", "Ferreira", "HNW", ["US"], [("ACC-9714", "USD")]),
 C("C-9705", "Hunter Lowell", "Lowell", "corporate executive", ["US"], [("ACC-9715", "USD"), ("ACC-9716", "GBP")]),
 C("C-9706", "Carol Whitaker", "Whitaker (Carol)", "HNW", [], [("ACC-9717", "USD")]),
 C("C-9707", "Nitin Kapoor", "Kapoor", "HNW", ["US"], [("ACC-9718", "USD"), ("ACC-9719", "INR")]),
]
initiatives = [dict(tag="monaco-gp", name="Monaco Grand Prix paddock club"),
               dict(tag="ryder-cup", name="Ryder Cup hospitality"),
               dict(tag="opera-gala", name="Opera gala evening"),
               dict(tag="art-basel", name="Art Basel collectors' preview")]

lines = []
def L(lang, rep, text, outcome, client=None, channel=None, day=None, time=None, claims=(), fu=None,
      init=None, nc=(), ne=(), why=""):
    if outcome != "record":  # only outcome and client are checked for asks
        channel = day = time = fu = init = None; claims = (); nc = (); ne = ()
    lines.append(dict(id="h5-%03d" % (len(lines) + 1), lang=lang, rep=R[rep], text=text,
        expect=dict(outcome=outcome, client=client, channel=channel, day=day, time=time,
                    claims=[dict(kind=k, amount=a, currency=c, account=ac) for k, a, c, ac in claims],
                    follow_up_on=fu, initiative=init, notes_contains=list(nc), notes_excludes=list(ne)),
        why=why))
dep = lambda a, c, ac=None: ("deposit", a, c, ac)
plg = lambda a, c, ac=None: ("pledge", a, c, ac)
man = lambda a, c, ac=None: ("mandate", a, c, ac)
REC = "record"; AC = "ask_client"; AU = "ask_unclear"; NC = "not_covered"; ACH = "ask_channel"

# ================= en: New York rep (local Wed 09:00) =================
L("en","US","Chase Whitaker call yday 4:30pm, rolled his 401k into an IRA w/ us, deposited 1.2mm, chase up next Tue",REC,"C-9701","phone",Y,"16:30",[dep("1200000","USD")],nxt("tue"),nc=["401k","IRA"],ne=["yday","4:30pm"],why="'Chase' is the name, 'chase up' is a follow-up; 401k is a plan name; mm = million; single USD account")
L("en","US","Summer Whitaker lunch Fri at Le Bernardin, talked 529 plans for her 3 grandkids, no $ moved",REC,"C-9702","in_person",past("fri"),None,[],nc=["529"],ne=["Fri"],why="first name Summer is a word; 529 and 3 are not amounts; '$' with no figure and 'no ... moved' is no claim")
L("en","US","Whitaker called this am re: estate plan",AC,why="three Whitakers in the firm (Chase, Summer, and Carol who is uncovered)")
L("en","US","Carol Whitaker coffee Mon, thinking of moving 3m over from Schwab",NC,"C-9706",why="firm client covered by nobody; must not fall on Chase or Summer Whitaker")
L("en","US","Bill Novak zoom 8:15 this morning, pledged $750k for Q1, bill pay setup done",REC,"C-9703","video",T,"08:15",[plg("750000","USD")],nc=["bill pay"],ne=["8:15"],why="first name Bill vs 'bill pay'; explicit time beats part of day; Q1 not an amount")
L("en","US","Bill Novak mtg today 2pm",AU,"C-9703",why="2pm is later than the rep's local 09:00")
L("en","US","Dawn Ferreira phone last Wed, withdrew 200k for the beach house, NNM negative this qtr",REC,"C-9704","phone",past("wed"),None,[],nc=["beach house","NNM"],ne=["last Wed"],why="'last Wed' said on a Wednesday is a week ago; a withdrawal is never a claim")
L("en","US","Hunter Lowell video Mon 11am, won the mandate on the convert, fee 450k",AU,"C-9705",why="USD and GBP accounts, fee without currency")
L("en","US","Hunter Lowell Teams call Tue 10:30, mandate fee $380k for the term loan refi + deposited £600k into ACC-9716",REC,"C-9705","video",Y,"10:30",[man("380000","USD"),dep("600000","GBP","ACC-9716")],nc=["term loan"],ne=["Tue","10:30"],why="two outcomes in two currencies; 'term loan' is not a term deposit and no claim by itself")
L("en","US","Nitin Kapoor dinner last night, he did not pledge yet, waiting on H-1B stuff, maybe 2m in Q1",REC,"C-9707","in_person",Y,None,[],nc=["H-1B"],ne=["last night"],why="negated and hypothetical pledge; last night = yesterday, no time")
L("en","US","Nitin Kapoor email 11/30, wired $1.5M to ACC-9718 and pledged INR 2 crore more",REC,"C-9707","email",on(11,30),None,[dep("1500000","USD","ACC-9718"),plg("20000000","INR")],ne=["11/30"],why="US m/d date; two outcomes in two currencies; crore")
L("en","US","talked w/ Dawn Ferreira yesterday about her RMDs, she turns 73 next yr",ACH,"C-9704",why="'talked' gives no channel; age is not an amount")
L("en","US","Chase Whitaker & Summer Whitaker dinner Sat, anniversary",AC,why="two clients in one line")
L("en","US","Summer Whitaker stopped by the office 11/27 at 3:15pm, dropped off trust docs + 2025 1099s",REC,"C-9702","in_person",on(11,27),"15:15",[],nc=["1099"],ne=["11/27","3:15pm"],why="stopped by the office = in person; 2025 and 1099 are not amounts")
L("en","US","Chase Whitaker - video chat this morning, Roth conversion at the 24% bracket, deposit of 250k to ACC-9711",REC,"C-9701","video",T,None,[dep("250000","USD","ACC-9711")],nc=["Roth"],ne=["this morning"],why="percentage not an amount; to ACC-… names the account")
L("en","US","Bill Novak mailed the signed LOI yesterday via FedEx, cell 917-555-0142",REC,"C-9703","mail",Y,None,[],nc=["LOI"],why="courier = mail; phone number not an amount")
L("en","US","Dawn Ferreira in person Thurs, she might deposit 500k if the sale of her practice closes",REC,"C-9704","in_person",past("thu"),None,[],nc=["sale of her practice"],ne=["Thurs"],why="hypothetical deposit is not a claim")
L("en","US","Hunter Lowell lunch yesterday, pledged $1.2mm",REC,"C-9705","in_person",Y,None,[plg("1200000","USD")],ne=["yesterday"],why="$ picks USD on a USD+GBP client")
L("en","US","Dawn Ferreira phone 12/1 8:40am, deposited 2.5m, follow up next Tue #ryder-cup",REC,"C-9704","phone",Y,"08:40",[dep("2500000","USD")],nxt("tue"),init="ryder-cup",ne=["12/1","8:40am"],why="12/1 = 1 Dec in US notation = yesterday; follow-up next Tuesday")
L("en","US","Jessica Novak call today",AC,why="unknown person sharing Bill Novak's last name")
L("en","US","Chase Whitaker zoom 8am today, AUM now ~14m, S&P 500 exposure 60%, no new money",REC,"C-9701","video",T,"08:00",[],nc=["S&P 500","AUM"],why="AUM, index name and percentage are not outcomes")
L("en","US","Summer Whitaker video yest, deposited 300-400k into ACC-9712",AU,"C-9702",why="a range is not an amount")
L("en","US","Hunter Lowell met at the #ryder-cup hospitality tent Sun, 2 kids at Yale, age 52",REC,"C-9705","in_person",past("sun"),None,[],init="ryder-cup",nc=["Yale"],ne=["Sun"],why="met at an event = in person; counts and age are not amounts")
L("en","US","Bill Novak ph call 7:45 this am, pledged another 1mm, follow up 12/10",REC,"C-9703","phone",T,"07:45",[plg("1000000","USD")],on(12,10),ne=["7:45"],why="ph = phone; 12/10 = 10 Dec (US) as a follow-up")
L("en","US","Nitin Kapoor meeting 12/1 at 5pm, went over NRI taxation, no money discussed",REC,"C-9707","in_person",Y,"17:00",[],nc=["NRI"],ne=["12/1","5pm"],why="meeting = in person; no outcome")
L("en","US","Dawn Ferreira - sent her the IPS by mail Mon, 60/40 model, 4% withdrawal rate",REC,"C-9704","mail",past("mon"),None,[],nc=["IPS","60/40"],ne=["Mon"],why="60/40 and 4% are not amounts; 'withdrawal rate' is not a withdrawal event nor a claim")
L("en","US","Chase Whitaker tel last Friday, declined to move the 3m, lost it to Morgan",REC,"C-9701","phone",past("fri"),None,[],nc=["Morgan"],ne=["last Friday"],why="declined = negated deposit")
L("en","US","Summer Whitaker called at 8:50 just now, pledged 400k to ACC-9712 by yr end",REC,"C-9702","phone",T,"08:50",[plg("400000","USD","ACC-9712")],ne=["8:50"],why="pledge with named account; by yr end is not a follow-up")
# ================= en: London rep (local 14:00) =================
L("en","GB","Hope Fairley coffee at the Wolseley this morning, topped up her ISA, £20k deposited",REC,"C-9601","in_person",T,None,[dep("20000","GBP")],nc=["ISA"],ne=["this morning"],why="first name Hope is a word; coffee = in person; ISA is not an account id")
L("en","GB","Edmund Fairley rang at half ten, moved €1.5m into ACC-9613, follow up Fri",REC,"C-9602","phone",T,"10:30",[dep("1500000","EUR","ACC-9613")],nxt("fri"),ne=["half ten"],why="half ten = 10:30; account EUR")
L("en","GB","Edmund Fairley Teams yesterday, pledged 2m",AU,"C-9602",why="GBP and EUR accounts, no currency or account")
L("en","GB","Fairleys - lunch at Rules on Sat",AC,why="household name, two Fairleys")
L("en","GB","Miles Whitcombe visit at his farm Mon, 40 miles out of town, SIPP drawdown from 55, no new money",REC,"C-9603","in_person",past("mon"),None,[],nc=["SIPP","farm"],ne=["farm Mon"],why="first name Miles vs 'miles'; distance and age are not amounts")
L("en","GB","Whitcombe phoned yesterday re IHT",AC,why="two Whitcombes in the firm (Miles covered, Peter not)")
L("en","GB","Peter Whitcombe lunch today, brother of a client, 5m to place",NC,"C-9605",why="covered by nobody; must not fall on Miles Whitcombe")
L("en","GB","Sunny Choudhury video call 11.45, sunny in Mumbai, deposited ₹3 crore into ACC-9616",REC,"C-9604","video",T,"11:45",[dep("30000000","INR","ACC-9616")],nc=["Mumbai"],ne=["11.45"],why="name Sunny vs 'sunny'; dotted time; crore; account INR")
L("en","GB","Sunny Choudhury email yest, pledged 500k GBP",REC,"C-9604","email",Y,None,[plg("500000","GBP")],ne=["yest"],why="GBP given on a GBP+INR client")
L("en","GB","Georgina Hale call Tues 9am, mandate won for the AIM listing, fee £220k",REC,"C-9606","phone",Y,"09:00",[man("220000","GBP")],nc=["AIM"],ne=["Tues","9am"],why="mandate fee")
L("en","GB","Georgina Hale - caught up yesterday re the FY27 budget and the 10% dilution",ACH,"C-9606",why="'caught up' gives no channel")
L("en","GB","Hope Fairley letter posted today re the deed of variation",REC,"C-9601","mail",T,None,[],nc=["deed of variation"],why="letter = mail")
L("en","GB","Miles Whitcombe rang last Thurs 4pm, 12m fixed-term deposit of 300k rolled over, nothing new",REC,"C-9603","phone",past("thu"),"16:00",[],nc=["fixed-term deposit"],ne=["last Thurs","4pm"],why="'12m' is twelve months here; a fixed-term deposit is never a claim")
L("en","GB","Georgina Hale dinner last night, won the bond mandate, fee 1.1mn, plus she pledged 3mn personally #opera-gala",REC,"C-9606","in_person",Y,None,[man("1100000","GBP"),plg("3000000","GBP")],init="opera-gala",ne=["last night"],why="two outcomes; mn = million; single GBP account")
L("en","GB","Hope Fairley phone 1/12 at 17:10, transferred 750k from Coutts",REC,"C-9601","phone",on(12,1),"17:10",[dep("750000","GBP")],nc=["Coutts"],ne=["1/12","17:10"],why="d/m date = 1 Dec; money transferred in from another bank is a deposit")
L("en","GB","Hope Smith call today",AC,why="unknown person sharing Hope Fairley's first name")
L("en","GB","Nitin Kapoor phone this morning, intro to his UK business",NC,"C-9707",why="covered by the New York rep only")
L("en","GB","Sunny Choudhury lunch at the Ivy on 28/11, GBP 400k deposited into ACC-9615 and pledged another 250k sterling",REC,"C-9604","in_person",on(11,28),None,[dep("400000","GBP","ACC-9615"),plg("250000","GBP")],ne=["28/11"],why="two outcomes; 'sterling' names GBP for the second")
L("en","GB","Miles Whitcombe zoom on the 31st",AU,"C-9603",why="31 November does not exist and 31 December is in the future")
L("en","GB","Georgina Hale in person 10ish today, withdrew 150k to cover school fees, no inflow",REC,"C-9606","in_person",T,"10:00",[],nc=["school fees"],why="10ish = about 10:00; a withdrawal is never a claim")
L("en","GB","Hope Fairley - Teams this aft, 2 grandchildren, JISAs opened, deposited 18k across both",REC,"C-9601","video",T,None,[dep("18000","GBP")],nc=["JISA"],ne=["this aft"],why="this aft = part of day, no time; single GBP")
L("en","GB","Edmund Fairley met at the #opera-gala interval Sat, said he'd pledge €500k but nothing signed",REC,"C-9602","in_person",past("sat"),None,[],init="opera-gala",nc=["nothing signed"],ne=["Sat"],why="an intention with nothing signed is not a pledge")
L("en","GB","Georgina Hale email 30 Nov, 10-Q figures, lost the mandate to Rothschild",REC,"C-9606","email",on(11,30),None,[],nc=["Rothschild","10-Q"],ne=["30 Nov"],why="lost mandate is no claim; 10-Q is not an amount")
L("en","GB","Miles Whitcombe phoned Fri eve, pledged half a million, follow up w/c 14 Dec",REC,"C-9603","phone",past("fri"),None,[plg("500000","GBP")],on(12,14),ne=["Fri eve"],why="half a million = 500000; w/c = week commencing, a Monday")
L("en","GB","Hope Fairley joint review at her home Sun w/ the accountant, 3 grandchildren",REC,"C-9601","in_person",past("sun"),None,[],nc=["accountant"],ne=["Sun"],why="an unnamed adviser is not a second client")
L("en","GB","Sunny Choudhury tel 2 days ago, rolled 180k from his old US 401k into the SIPP with us",AU,"C-9604",why="GBP and INR accounts, no currency; 401k is a plan name")

# ================= fr: Paris rep (local 15:00) =================
L("fr","FR","RDV Rose Delmas à l'agence hier 10h30, versement de 1,5 M€ sur ACC-9111",REC,"C-9101","in_person",Y,"10:30",[dep("1500000","EUR","ACC-9111")],ne=["hier","10h30"],why="decimal comma with M€; account named")
L("fr","FR","Delmas au tél ce matin, question sur la donation",AC,why="three Delmas in the firm (Rose, Hugo, and Marc of the Zurich desk)")
L("fr","FR","Hugo Delmas déj lundi dernier au Rose Bakery, PEA plein, rien de nouveau",REC,"C-9102","in_person",past("mon"),None,[],nc=["PEA"],ne=["lundi dernier"],why="'Rose Bakery' is a place, not the client Rose Delmas; déj = déjeuner")
L("fr","FR","Marc Delmas visio hier",NC,"C-9151",why="covered by the Zurich rep only; must not fall on Rose or Hugo Delmas")
L("fr","FR","Blanche Aubry tél avant-hier 17h, elle a promis 800 k€ d'ici fin janvier, relance le 5 janvier",REC,"C-9103","phone",DBY,"17:00",[plg("800000","EUR")],on(1,5,2027),ne=["avant-hier","17h"],why="first name Blanche is a word; follow-up in January is next year")
L("fr","FR","Vidal a rappelé, urgent",AC,why="two unrelated Vidals (Pierre, Margot)")
L("fr","FR","Pierre Vidal rdv chez lui samedi, 62 ans, 4 petits-enfants, assurance-vie 3 contrats",REC,"C-9104","in_person",past("sat"),None,[],nc=["assurance-vie"],ne=["samedi"],why="age and counts are not amounts")
L("fr","FR","Margot Vidal visio 9h, a versé 250 000 € et s'engage sur 500 000 € de plus en mars",REC,"C-9105","video",T,"09:00",[dep("250000","EUR"),plg("500000","EUR")],ne=["9h"],why="two outcomes; 'en mars' dates the pledge, not the contact")
L("fr","FR","Jean-Baptiste Morel appel mardi 14h, mandat gagné pour la cession, honoraires 350 k€",REC,"C-9106","phone",Y,"14:00",[man("350000","EUR")],nc=["cession"],ne=["mardi","14h"],why="bare mardi = yesterday; k€ names EUR on an EUR+USD client")
L("fr","FR","Jean-Baptiste Morel visio hier 16h30, mandat d'introduction en bourse remporté, honoraires 1,2 M€, + virement de 2 M$ sur ACC-9117",REC,"C-9106","video",Y,"16:30",[man("1200000","EUR"),dep("2000000","USD","ACC-9117")],nc=["introduction en bourse"],ne=["hier","16h30"],why="two outcomes; M$ and the USD account agree")
L("fr","FR","JB Morel tél ce matin, n'a pas encore signé le mandat, attend le conseil d'administration",REC,"C-9106","phone",T,None,[],nc=["conseil d'administration"],ne=["ce matin"],why="JB = Jean-Baptiste; unsigned mandate is no claim")
L("fr","FR","Laurent Chassagne déjeuner jeudi, prospect, 6 M€ de liquidités après cession",NC,"C-9107",why="firm client covered by nobody")
L("fr","FR","Rose Martin rdv hier",AC,why="unknown person sharing Rose Delmas's first name")
L("fr","FR","Blanche Aubry mail hier soir, rachat partiel de 100k sur l'AV, pas de nouveau versement",REC,"C-9103","email",Y,None,[],nc=["rachat partiel"],ne=["hier soir"],why="a partial surrender is a withdrawal, never a claim")
L("fr","FR","Victor Pasche visio mercredi dernier 11h, versement 400 000 CHF",REC,"C-9155","video",past("wed"),"11:00",[dep("400000","CHF")],ne=["mercredi dernier"],why="secondary coverage; 'mercredi dernier' on a Wednesday = a week ago")
L("fr","FR","Hugo Delmas courrier envoyé ce jour avec l'IFU 2025 et le formulaire 2561",REC,"C-9102","mail",T,None,[],nc=["IFU"],ne=["ce jour"],why="courrier = mail; 2025 and 2561 are not amounts")
L("fr","FR","Hugo Delmas, visio hier sur son PER et sa retraite",REC,"C-9102","video",Y,None,[],nc=["retraite"],ne=["hier"],why="plain video contact")
L("fr","FR","Rose Delmas visio le 3 décembre",AU,"C-9101",why="3 December is in the future for a log")
L("fr","FR","Pierre Vidal tél vendredi 18h15, versement 300k, relance mardi",REC,"C-9104","phone",past("fri"),"18:15",[dep("300000","EUR")],nxt("tue"),ne=["vendredi","18h15"],why="relance -> future Tuesday")
L("fr","FR","Margot Vidal rdv au bureau cet aprem, compte à terme 18 mois 200 k€, pas d'autre flux",REC,"C-9105","in_person",T,None,[],nc=["compte à terme"],ne=["cet aprem"],why="term account never a claim; part of day gives no time")
L("fr","FR","Blanche Aubry tel hier 11h, elle pourrait verser 1 M€ si la vente de la SCI se fait",REC,"C-9103","phone",Y,"11:00",[],nc=["SCI"],ne=["hier"],why="conditional deposit is not a claim")
L("fr","FR","Rose Delmas et Hugo au tournoi #ryder-cup dimanche",AC,why="two clients in one line")
L("fr","FR","Jean-Baptiste Morel déj à l'#art-basel samedi, engagement de 5 M€, relance le 10/12",REC,"C-9106","in_person",past("sat"),None,[plg("5000000","EUR")],on(12,10),init="art-basel",ne=["samedi"],why="engagement = pledge; d/m follow-up")
L("fr","FR","Pierre Vidal a viré 2,5 M sur son compte",ACH,"C-9104",why="no channel word (and no day: today)")
L("fr","FR","Margot Vidal mail 28/11 : retrait de 50 000 € pour travaux, + dépôt de 120 000 € le même jour",REC,"C-9105","email",on(11,28),None,[dep("120000","EUR")],nc=["travaux"],ne=["28/11"],why="withdrawal no claim, deposit is")
L("fr","FR","Hugo Delmas rdv hier à midi, 2 mn € versés sur ACC-9112 #opera-gala",REC,"C-9102","in_person",Y,"12:00",[dep("2000000","EUR","ACC-9112")],init="opera-gala",ne=["à midi"],why="mn = million; midi = 12:00")
L("fr","FR","Blanche Aubry a appelé à 8h45, taux du fonds euros 3,2 %, aucun versement",REC,"C-9103","phone",T,"08:45",[],nc=["fonds euros"],ne=["8h45"],why="percentage; no deposit")
L("fr","FR","Jean-Baptiste Morel lettre recommandée reçue lundi, lettre de mission pour la levée de fonds",REC,"C-9106","mail",past("mon"),None,[],nc=["lettre de mission"],ne=["lundi"],why="an engagement letter without a fee raises no claim")
L("fr","FR","Rose Delmass tél mardi dernier 9h15, engagement 700 000 €, relance lundi",AU,"C-9101","phone",Y,"09:15",[plg("700000","EUR")],nxt("mon"),ne=["mardi dernier","9h15"],why="'mardi dernier' said on a Wednesday: yesterday, or the Tuesday of last week? asked (README, corrections); was record: typo Delmass; 'mardi dernier' on a Wednesday = yesterday")
L("fr","FR","Blanche Aubry visio 12h, elle a versé entre 300 et 400 k€",AU,"C-9103",why="a range is not an amount")
# ================= fr: Zurich rep, Swiss French (local 15:00) =================
L("fr","CH","Marc Delmas rdv à Genève hier 14h, versement de CHF 1'250'000 sur ACC-9161",REC,"C-9151","in_person",Y,"14:00",[dep("1250000","CHF","ACC-9161")],nc=["Genève"],ne=["hier","14h"],why="Swiss apostrophe grouping")
L("fr","CH","Marc Delmas tél ce matin, engagement 800'000",AU,"C-9151",why="CHF and EUR accounts, no currency")
L("fr","CH","Séverine Rochat visio lundi 10h, plafond 3e pilier 7'258, pas d'autre apport",REC,"C-9152","video",past("mon"),"10:00",[],nc=["3e pilier"],ne=["lundi","10h"],why="a contribution cap is not an outcome")
L("fr","CH","Severine Rochat dîner vendredi soir, a promis 2 mio CHF pour janvier, relance le 8 janvier",REC,"C-9152","in_person",past("fri"),None,[plg("2000000","CHF")],on(1,8,2027),ne=["vendredi soir"],why="missing accent; mio = million; January follow-up is next year")
L("fr","CH","Favre au téléphone hier",AC,why="household name, two Favres")
L("fr","CH","Ambroise Favre visite au domicile samedi, a viré 1,5 Mio. sur ACC-9164, septante ans cette année",REC,"C-9153","in_person",past("sat"),None,[dep("1500000","CHF","ACC-9164")],nc=["septante"],ne=["samedi"],why="Mio. = million; age in words is not an amount")
L("fr","CH","Aimée Favre visio hier, versement 500 k",AU,"C-9154",why="CHF and USD accounts, no currency")
L("fr","CH","Aimée Favre tél mardi 9h30, versement USD 750'000 sur ACC-9166 et 300'000 CHF sur ACC-9165",REC,"C-9154","phone",Y,"09:30",[dep("750000","USD","ACC-9166"),dep("300000","CHF","ACC-9165")],ne=["mardi","9h30"],why="two deposits, each into its named account")
L("fr","CH","Aimee Favre mail avant-hier, pas de versement, elle attend le dividende de Nestlé",REC,"C-9154","email",DBY,None,[],nc=["Nestlé"],ne=["avant-hier"],why="missing accent; negated deposit")
L("fr","CH","Victor Pasche rdv au bureau ce matin, mandat de gestion discrétionnaire signé sur 4 mio",REC,"C-9155","in_person",T,None,[],nc=["gestion discrétionnaire"],ne=["ce matin"],why="management mandate is never a claim")
L("fr","CH","Victor Pasche courrier du 27.11 avec les relevés LPP",REC,"C-9155","mail",on(11,27),None,[],nc=["LPP"],ne=["27.11"],why="dotted d.m date")
L("fr","CH","Blanche Aubry tél hier",NC,"C-9103",why="covered by the Paris rep only")
L("fr","CH","Marc Delmas visio 16h",AU,"C-9151",why="16:00 is later than the rep's local 15:00")
L("fr","CH","Séverine Rochat dîner 12h15 au Baur au Lac, sa mère a huitante ans, versement 950 000 francs",REC,"C-9152","in_person",T,"12:15",[dep("950000","CHF")],nc=["huitante"],ne=["12h15"],why="dîner = lunch in Switzerland; francs = CHF here")
L("fr","CH","Ambroise Favre tél jeudi dernier 17h45, retrait de 200'000 pour l'achat du chalet",REC,"C-9153","phone",past("thu"),"17:45",[],nc=["chalet"],ne=["jeudi dernier","17h45"],why="withdrawal never a claim")
L("fr","CH","Ambroise Favre souper mardi avec son notaire, succession",REC,"C-9153","in_person",Y,None,[],nc=["succession"],ne=["mardi"],why="souper = dinner; the notary is not a client")
L("fr","CH","Victor Pasche visio hier 8h, engagement 3 mio, à relancer jeudi",REC,"C-9155","video",Y,"08:00",[plg("3000000","CHF")],nxt("thu"),ne=["hier","8h"],why="single CHF account; relancer -> tomorrow Thursday")
L("fr","CH","Marc Delmas tél 1er décembre 11h, versement 600 000 € sur ACC-9162, relance vendredi",REC,"C-9151","phone",on(12,1),"11:00",[dep("600000","EUR","ACC-9162")],nxt("fri"),ne=["1er décembre","11h"],why="1er décembre = yesterday; account EUR")
L("fr","CH","Séverine Rochat a discuté du rachat LPP hier",ACH,"C-9152",why="'discuté' gives no channel")
L("fr","CH","Ambroise Favre au #art-basel samedi, mandat M&A pour sa holding gagné, honoraires CHF 400k",REC,"C-9153","in_person",past("sat"),None,[man("400000","CHF")],init="art-basel",nc=["holding"],ne=["samedi"],why="event = in person; mandate fee")
L("fr","CH","Aimée Favre visio ce matin, versement de 1,2 mio CHF sur ACC-9166",AU,"C-9154",why="ACC-9166 is her USD account but the line says CHF")

# ================= sv: Stockholm rep (local 15:00) =================
L("sv","SV","Lunch med Sol Lindahl igår, solen sken, hon satte in 2,5 milj. kr",REC,"C-9201","in_person",Y,None,[dep("2500000","SEK")],ne=["igår"],why="first name Sol is the word for sun; milj. kr")
L("sv","SV","Björn Lindahl ringde i morse kl 08.20, överförde 800 tkr till ACC-9212",REC,"C-9202","phone",T,"08:20",[dep("800000","SEK","ACC-9212")],ne=["i morse","08.20"],why="explicit time beats i morse; tkr = thousand kronor")
L("sv","SV","Lindahl mejlade igår om gåvan till barnen",AC,why="household name, two Lindahls")
L("sv","SV","Vera Ek videomöte i fredags kl 13, lovade 1 miljon",AU,"C-9203",why="SEK and EUR accounts, no currency")
L("sv","SV","Vera Ek möte på kontoret i tisdags 10:30, satte in 400 000 euro på ACC-9214 och 1,5 mkr på ACC-9213",REC,"C-9203","in_person",Y,"10:30",[dep("400000","EUR","ACC-9214"),dep("1500000","SEK","ACC-9213")],ne=["tisdags","10:30"],why="two deposits into two named accounts; i tisdags = yesterday")
L("sv","SV","Gustav Ek träff igår på Grand Hôtel, vill flytta 10 MSEK",NC,"C-9204",why="covered by nobody; must not fall on Vera Ek")
L("sv","SV","Ek ringde igår",AC,why="two Eks in the firm")
L("sv","SV","Ingrid Holm telefon förra onsdagen kl 16, pratade ISK och KF, 3 barnbarn",REC,"C-9205","phone",past("wed"),"16:00",[],nc=["ISK"],ne=["förra onsdagen"],why="förra onsdagen on a Wednesday = a week ago")
L("sv","SV","Ingrid Holm mejl i förrgår, har INTE flyttat pensionen än, återkommer efter nyår",REC,"C-9205","email",DBY,None,[],nc=["efter nyår"],ne=["förrgår"],why="negated transfer")
L("sv","SV","Axel Nordin Teams igår 14.15, mandat vunnet för nyemissionen, arvode 3,5 Mkr",REC,"C-9206","video",Y,"14:15",[man("3500000","SEK")],nc=["nyemissionen"],ne=["igår","14.15"],why="arvode = fee; Mkr")
L("sv","SV","Axel Nordin pratade i måndags om Q4-rapporten",ACH,"C-9206",why="'pratade' gives no channel")
L("sv","SV","Tove Strand möte idag kl 11, satte in 2 milj. kr",AU,"C-9207",why="SEK and NOK accounts; 'kr' fits both")
L("sv","SV","Tove Strand videosamtal i söndags, överföring 3 MNOK till ACC-9219, följ upp på måndag",REC,"C-9207","video",past("sun"),None,[dep("3000000","NOK","ACC-9219")],nxt("mon"),ne=["söndags"],why="MNOK; följ upp -> future Monday")
L("sv","SV","Sol Lindahl fika i eftermiddag, funderar på att sätta in 1 mkr om huset säljs",REC,"C-9201","in_person",T,None,[],nc=["huset säljs"],ne=["i eftermiddag"],why="conditional deposit is not a claim")
L("sv","SV","Björn Holm ringde idag",AC,why="unknown: first name of Björn Lindahl, last name of Ingrid Holm")
L("sv","SV","Björn Lindahl brev skickat i lördags med K10-blanketten",REC,"C-9202","mail",past("sat"),None,[],nc=["K10"],ne=["lördags"],why="brev = mail; K10 is a form")
L("sv","SV","Ingrid Holm möte kl 14 idag om deklarationen",REC,"C-9205","in_person",T,"14:00",[],nc=["deklarationen"],why="kl 14 today")
L("sv","SV","Axel Nordin lunch på Operakällaren i torsdags, tog ut 500 tkr till båten, inga nya pengar",REC,"C-9206","in_person",past("thu"),None,[],nc=["båten"],ne=["torsdags"],why="tog ut = withdrew")
L("sv","SV","Vera Ek telefonsamtal igår kväll, utfästelse 2 MSEK + 300 000 EUR, #opera-gala",REC,"C-9203","phone",Y,None,[plg("2000000","SEK"),plg("300000","EUR")],init="opera-gala",ne=["igår kväll"],why="two pledges in two currencies")
L("sv","SV","Sol Lindahl Zoom 9.45, satte in 600 000 kr, följ upp fredag",REC,"C-9201","video",T,"09:45",[dep("600000","SEK")],nxt("fri"),ne=["9.45"],why="single SEK account so kr = SEK")
L("sv","SV","Tove Strand mejl 27/11, bunden placering 12 mån 1 MSEK förnyad",REC,"C-9207","email",on(11,27),None,[],nc=["bunden placering"],ne=["27/11"],why="fixed-term placement never a claim")
L("sv","SV","Axel Nordin möte i dag kl 10, mandatarvode 900 tkr, plus att han satte in 2 Mkr privat",REC,"C-9206","in_person",T,"10:00",[man("900000","SEK"),dep("2000000","SEK")],nc=["privat"],why="compound mandatarvode = mandate fee; two outcomes")
L("sv","SV","Gustav Lindahl mejl idag",AC,why="unknown: first name of Gustav Ek, last name of the Lindahls")
L("sv","SV","Ingrid Holm tel i måndags kl. 9, insättning 1,2 milj. kr, uppföljning 15/12",REC,"C-9205","phone",past("mon"),"09:00",[dep("1200000","SEK")],on(12,15),ne=["måndags"],why="uppföljning with a d/m date")
L("sv","SV","Björn Lindahl videomöte 28/11, avkastning 7,4 % i år, 62 år, ingen insättning",REC,"C-9202","video",on(11,28),None,[],nc=["avkastning"],ne=["28/11"],why="percentage and age; negated deposit")
L("sv","SV","Sol Lindahl träffades på #monaco-gp i helgen",AU,"C-9201",why="'i helgen' (at the weekend) does not say Saturday or Sunday")
L("sv","SV","Vera Ek ringde idag 11.10, ev. 5 MSEK till våren, inget beslut",REC,"C-9203","phone",T,"11:10",[],nc=["inget beslut"],why="ev. = maybe; no decision is no claim")
L("sv","SV","Tove Strand lunch i onsdags, pratade arv och bodelning",REC,"C-9207","in_person",past("wed"),None,[],nc=["bodelning"],ne=["onsdags"],why="i onsdags said on a Wednesday = a week ago")
L("sv","SV","Axel Nordin mejl i morse: vi förlorade mandatet till SEB",REC,"C-9206","email",T,None,[],nc=["SEB"],ne=["i morse"],why="lost mandate is no claim")
L("sv","SV","Björn Lindahl ringde kl 12:40, lovade 1 mkr före jul",REC,"C-9202","phone",T,"12:40",[plg("1000000","SEK")],nc=["före jul"],why="lovade = promised = pledge")
L("sv","SV","Ingrid Holmm fika på NK igår, satte in 350 000 kr",REC,"C-9205","in_person",Y,None,[dep("350000","SEK")],ne=["igår"],why="typo Holmm")
L("sv","SV","Sol Lindahl middag i lördags, hennes man var där också, pratade testamente",REC,"C-9201","in_person",past("sat"),None,[],nc=["testamente"],ne=["lördags"],why="her husband is not named, so one client")
L("sv","SV","Axel Nordin videomöte i förrgår kl 17, arvode för mandatet 1,8 Mkr + han lovade 5 MSEK till förvaltning",REC,"C-9206","video",DBY,"17:00",[man("1800000","SEK"),plg("5000000","SEK")],ne=["förrgår"],why="mandate fee and a pledge")
L("sv","SV","Tove Strand möte hos henne i Oslo i måndags, satte in 4 MNOK",REC,"C-9207","in_person",past("mon"),None,[dep("4000000","NOK")],nc=["Oslo"],ne=["måndags"],why="MNOK names the currency; no account in the line")
L("sv","SV","Vera Ek telefon 29/11 kl 19, pratade om EUR-kontot",REC,"C-9203","phone",on(11,29),"19:00",[],nc=["EUR-kontot"],ne=["29/11"],why="a currency word without an outcome is no claim")
L("sv","SV","Sol Lindahl möte på kontoret 1/12 kl 15.30, satte in 750 tkr, följ upp på måndag",REC,"C-9201","in_person",on(12,1),"15:30",[dep("750000","SEK")],nxt("mon"),ne=["1/12","15.30"],why="1/12 = 1 December")
L("sv","SV","Björn Lindahl, avstämning på telefon igår om fondbytet",REC,"C-9202","phone",Y,None,[],nc=["fondbytet"],ne=["igår"],why="på telefon = phone")
L("sv","SV","Axel Nordin ringde 14.05, nytt bolag med 40 anställda, tel 070-555 12 34",REC,"C-9206","phone",T,"14:05",[],nc=["anställda"],why="count and phone number")
L("sv","SV","Vera Ek middag i lördags #opera-gala, insättning 1,2 miljoner euro",REC,"C-9203","in_person",past("sat"),None,[dep("1200000","EUR")],init="opera-gala",ne=["lördags"],why="euro names the currency on a SEK+EUR client")
L("sv","SV","Hugo Delmas telefon igår",NC,"C-9102",why="covered by the Paris rep only")
L("sv","SV","Tove Strand ringde i går 16.20, uttag 200 tkr, annars lugnt",REC,"C-9207","phone",Y,"16:20",[],nc=["annars lugnt"],ne=["i går"],why="uttag = withdrawal")
L("sv","SV","Sol Lindahl telefon i fredags förmiddag, hon har inte bestämt sig om 2 mkr",REC,"C-9201","phone",past("fri"),None,[],nc=["bestämt"],ne=["fredags"],why="undecided is no claim; förmiddag gives no time")

# ================= ro: Bucharest rep (local 16:00) =================
L("ro","RO","Întâlnire cu Mircea Popa la birou ieri la ora 10, a depus 1,5 mil. lei în ACC-9311",REC,"C-9301","in_person",Y,"10:00",[dep("1500000","RON","ACC-9311")],ne=["ieri"],why="mil. lei")
L("ro","RO","Popa m-a sunat azi dimineață",AC,why="three Popas (Mircea, Elena, and unrelated Andrei)")
L("ro","RO","Elena Popa telefon marțea trecută la 15:30, a promis 300.000",AU,"C-9302",why="RON and EUR accounts, no currency")
L("ro","RO","Elena Popa videocall luni la 11, a transferat 200.000 EUR în ACC-9313, de revenit vineri",REC,"C-9302","video",past("mon"),"11:00",[dep("200000","EUR","ACC-9313")],nxt("fri"),ne=["luni"],why="bare luni = last Monday; de revenit -> future Friday")
L("ro","RO","Andrei Popa prânz alaltăieri, Pilonul III, 2 copii, 45 de ani",REC,"C-9303","in_person",DBY,None,[],nc=["Pilonul III"],ne=["alaltăieri"],why="full name picks the unrelated Andrei Popa; counts and age")
L("ro","RO","Speranța Radu telefon ieri la 17:15, speranța ei e să depună 500 mii lei în primăvară",REC,"C-9304","phone",Y,"17:15",[],nc=["primăvară"],ne=["ieri"],why="first name Speranța = hope; a hope is not a claim")
L("ro","RO","Speranta Radu email azi, a depus 750.000 lei",REC,"C-9304","email",T,None,[dep("750000","RON")],why="no diacritics; no day word = today")
L("ro","RO","Dragoș Iliescu videoconferință miercurea trecută la 9:30, mandat câștigat pentru emisiunea de obligațiuni, comision 2 mil. lei",REC,"C-9305","video",past("wed"),"09:30",[man("2000000","RON")],nc=["obligațiuni"],ne=["miercurea trecută"],why="miercurea trecută on a Wednesday = a week ago; comision = fee")
L("ro","RO","Dragos Iliescu a vorbit ieri despre IPO",ACH,"C-9305",why="'a vorbit' gives no channel")
L("ro","RO","Valentin Dobre cafea ieri, prospect, 3 mil. euro",NC,"C-9306",why="covered by nobody")
L("ro","RO","Crina Ardeleanu telefon joia trecută, a retras 100.000 EUR pentru apartament",REC,"C-9307","phone",past("thu"),None,[],nc=["apartament"],ne=["joia trecută"],why="a retras = withdrew")
L("ro","RO","Crina Ardeleanu întâlnire azi la 14, a depus 400 mii, de revenit luni",REC,"C-9307","in_person",T,"14:00",[dep("400000","EUR")],nxt("mon"),why="single EUR account; luni after 'de revenit' is the next Monday")
L("ro","RO","Mircea și Elena Popa cină sâmbătă",AC,why="two clients in one line")
L("ro","RO","Mircea Popa scrisoare trimisă vineri cu declarația 212",REC,"C-9301","mail",past("fri"),None,[],nc=["declarația 212"],ne=["vineri"],why="scrisoare = mail; form number")
L("ro","RO","Andrei Popa telefon azi la 17",AU,"C-9303",why="17:00 is later than the rep's local 16:00")
L("ro","RO","Speranța Radu la #monaco-gp duminică, a promis 1 milion de euro",REC,"C-9304","in_person",past("sun"),None,[plg("1000000","EUR")],init="monaco-gp",ne=["duminică"],why="event = in person; euro given on a RON client")
L("ro","RO","Elena Radu telefon ieri",AC,why="unknown: first name of Elena Popa, last name of Speranța Radu")
L("ro","RO","Dragoș Iliescu apel ieri seară, NU am câștigat mandatul, l-a luat BCR",REC,"C-9305","phone",Y,None,[],nc=["BCR"],ne=["ieri seară"],why="lost mandate; evening gives no time")
L("ro","RO","Elena Popa întâlnire la ea acasă sâmbătă, depozit la termen 12 luni 500.000 lei",REC,"C-9302","in_person",past("sat"),None,[],nc=["depozit la termen"],ne=["sâmbătă"],why="term deposit never a claim; '12 luni' = 12 months, not Monday")
L("ro","RO","Mircea Popa videocall azi la 9:15, randament 7,2%, titluri Tezaur, fără depuneri",REC,"C-9301","video",T,"09:15",[],nc=["Tezaur"],why="percentage; fără depuneri = no deposits")
L("ro","RO","Andrei Popa email 28.11, a depus 250.000 RON în ACC-9314 și s-a angajat pentru încă 250.000",REC,"C-9303","email",on(11,28),None,[dep("250000","RON","ACC-9314"),plg("250000","RON")],ne=["28.11"],why="deposit and pledge; the pledge names no account")
L("ro","RO","Crina Ardeleanu telefon marți la 10:45, ar putea depune 1 mil. euro peste 2 luni",REC,"C-9307","phone",Y,"10:45",[],nc=["peste 2 luni"],ne=["marți"],why="hypothetical; 'luni' here means months")
L("ro","RO","Dragoș Iliescu întâlnire la sediul lor vineri la 12:30, comision mandat 350.000 EUR",REC,"C-9305","in_person",past("fri"),"12:30",[man("350000","EUR")],ne=["vineri"],why="EUR given on a RON client")
L("ro","RO","Speranța Radu mail aseară, a trimis extrasele, n-a depus nimic",REC,"C-9304","email",Y,None,[],nc=["extrasele"],ne=["aseară"],why="aseară = yesterday evening; negated deposit")
L("ro","RO","Elena Popa apel azi la 11, a depus 150 mii lei și 50 mii euro",REC,"C-9302","phone",T,"11:00",[dep("150000","RON"),dep("50000","EUR")],why="two deposits, each with its currency")
L("ro","RO","Mircea Popa prânz la Caru' cu bere ieri la 13, a promis 2.000.000 lei, de revenit pe 10 decembrie",REC,"C-9301","in_person",Y,"13:00",[plg("2000000","RON")],on(12,10),ne=["ieri"],why="dotted thousands")
L("ro","RO","Andrei Popa videocall duminică seara, tel 0722 318 944, nimic nou",REC,"C-9303","video",past("sun"),None,[],nc=["nimic nou"],ne=["duminică seara"],why="phone number")
L("ro","RO","Dragoș Iliescu telefon azi, comision 1-1,5 mil. lei",AU,"C-9305",why="a range is not an amount")
L("ro","RO","Crina Ardeleanu vizită la birou pe 30 noiembrie la 15:45, a depus 600.000 EUR în ACC-9318",REC,"C-9307","in_person",on(11,30),"15:45",[dep("600000","EUR","ACC-9318")],ne=["30 noiembrie"],why="written date")
L("ro","RO","Vera Ek a sunat ieri, vrea cont în lei",NC,"C-9203",why="covered by the Stockholm rep only")
L("ro","RO","Mircea Popa e-mail luni, a depus 3 mil. lei, revin joi",REC,"C-9301","email",past("mon"),None,[dep("3000000","RON")],nxt("thu"),ne=["luni"],why="revin joi = I'll come back Thursday -> tomorrow")
L("ro","RO","Speranța Radu întâlnire azi dimineață la cafenea, a transferat 120.000 lei, 60 de ani",REC,"C-9304","in_person",T,None,[dep("120000","RON")],nc=["cafenea"],ne=["azi dimineață"],why="age not an amount")
L("ro","RO","Crina Ardeleanu e-mail ieri la 22:10, întreabă de fondurile ESG",REC,"C-9307","email",Y,"22:10",[],nc=["ESG"],why="late time yesterday")
L("ro","RO","Elena Popa a discutat azi despre moștenire",ACH,"C-9302",why="'a discutat' gives no channel")
L("ro","RO","Dragoș Iliescu telefon vinerea trecută la 8, mandat semnat, comision 500 mii lei + a depus personal 1 mil. lei",REC,"C-9305","phone",past("fri"),"08:00",[man("500000","RON"),dep("1000000","RON")],ne=["vinerea trecută"],why="mandate fee and a deposit")
L("ro","RO","Andrei Popa și-a retras 80.000 lei, telefon ieri la 12",REC,"C-9303","phone",Y,"12:00",[],nc=["retras"],why="withdrawal")
L("ro","RO","Mircea Popa videocall pe 2 decembrie la 8:30, discutat Pilonul II",REC,"C-9301","video",T,"08:30",[],nc=["Pilonul II"],ne=["2 decembrie"],why="2 decembrie is today")
L("ro","RO","Elena Popa telefon ieri, a depus 1 milion de lei",REC,"C-9302","phone",Y,None,[dep("1000000","RON")],ne=["ieri"],why="lei names RON on a RON+EUR client")
L("ro","RO","Speranța Radu telefon 1 decembrie la 9, a depus 90.000 lei",REC,"C-9304","phone",on(12,1),"09:00",[dep("90000","RON")],ne=["1 decembrie"],why="yesterday by date")
L("ro","RO","Crina Ardeleanu prânz marțea trecută, 2 copii la facultate, Pilonul III 400 lei/lună",AU,"C-9307","in_person",Y,None,[],nc=["Pilonul III"],ne=["marțea trecută"],why="'marțea trecută' said on a Wednesday: yesterday, or the Tuesday of last week? asked (README, corrections); was record: a monthly contribution without an outcome word is no claim")
L("ro","RO","Dragoș Iliescu la #monaco-gp duminică, a promis 2 mil. euro și mandat pentru achiziție, comision 300.000 EUR",REC,"C-9305","in_person",past("sun"),None,[plg("2000000","EUR"),man("300000","EUR")],init="monaco-gp",ne=["duminică"],why="pledge and mandate fee")
L("ro","RO","Speranța Radu videocall ieri la 10, a depus 450.000 lei în ACC-9315, de revenit luni",REC,"C-9304","video",Y,"10:00",[dep("450000","RON","ACC-9315")],nxt("mon"),ne=["ieri"],why="de revenit luni -> next Monday")

# ================= ms: Kuala Lumpur rep (local 22:00) =================
L("ms","MS","Jumpa Lim Bee Leng di pejabat semalam pukul 10 pagi, dia deposit RM 2 juta ke ACC-9411",REC,"C-9401","in_person",Y,"10:00",[dep("2000000","MYR","ACC-9411")],ne=["semalam"],why="juta = million")
L("ms","MS","Mr Lim call pagi tadi",AC,why="two Lims in the household")
L("ms","MS","Dato' Lim Chong Wei makan tengah hari Jumaat lepas, janji RM 5 juta",REC,"C-9402","in_person",past("fri"),None,[plg("5000000","MYR")],ne=["Jumaat lepas"],why="Dato' honorific; janji = promise; RM given on a MYR+SGD client")
L("ms","MS","Lim Chong Wei telefon hari ini, deposit 1.5 juta",AU,"C-9402",why="MYR and SGD accounts, no currency")
L("ms","MS","Lim Chong Wei video call kelmarin pukul 9 malam, pindah SGD 800k ke ACC-9413, susulan Isnin depan",AU,"C-9402","video",DBY,"21:00",[dep("800000","SGD","ACC-9413")],nxt("mon"),ne=["kelmarin"],why="kelmarin: yesterday or the day before, by who says it; asked (README, corrections); was record: kelmarin = day before yesterday; 9 malam = 21:00; susulan Isnin depan")
L("ms","MS","Ahmad Faizal telefon Selasa lepas pukul 2 petang, ASB dan EPF, tiada duit baru",AU,"C-9403","phone",Y,"14:00",[],nc=["ASB","EPF"],ne=["Selasa lepas"],why="'Selasa lepas' said on a Wednesday: yesterday, or the Tuesday of last week? asked (README, corrections); was record: Selasa lepas on a Wednesday = yesterday; jargon, no money")
L("ms","MS","Encik Hashim jumpa semalam",AC,why="Hashim is the patronymic of two unrelated clients, and no client is called Hashim")
L("ms","MS","Bunga binti Osman minum kopi petang tadi, beli bunga untuk ibu dia, deposit RM 300 ribu",REC,"C-9404","in_person",T,None,[dep("300000","MYR")],nc=["ibu"],ne=["petang tadi"],why="first name Bunga = flower; ribu = thousand")
L("ms","MS","Siti Aisyah binti Hashim emel hari ini pukul 9.15 pagi, FD RM 1 juta diperbaharui 6 bulan",REC,"C-9405","email",T,"09:15",[],nc=["FD"],why="FD never a claim")
L("ms","MS","Karthik a/l Subramaniam video call Isnin pukul 11 pagi, mandat IPO dimenangi, yuran USD 600k",REC,"C-9406","video",past("mon"),"11:00",[man("600000","USD")],nc=["IPO"],ne=["Isnin"],why="mandate fee in USD on a MYR+USD client")
L("ms","MS","Karthik telefon semalam, yuran mandat RM 2 juta",REC,"C-9406","phone",Y,None,[man("2000000","MYR")],ne=["semalam"],why="first name only, unique in the firm; RM")
L("ms","MS","Tan Kok Meng jumpa hari ini di Mid Valley, prospek RM 20 juta",NC,"C-9407",why="covered by nobody")
L("ms","MS","Bunga Osman bercakap semalam pasal hibah",ACH,"C-9404",why="'bercakap' (talked) gives no channel")
L("ms","MS","Lim Bee Leng dan Lim Chong Wei makan malam Ahad lepas",AC,why="two clients in one line")
L("ms","MS","Siti Aisyah telefon hari ini pukul 11 malam",AU,"C-9405",why="23:00 is later than the rep's local 22:00")
L("ms","MS","Ahmad Faizal bin Hashim jumpa di #ryder-cup Sabtu lepas, dia janji RM 1.5 juta, 3 anak",REC,"C-9403","in_person",past("sat"),None,[plg("1500000","MYR")],init="ryder-cup",ne=["Sabtu lepas"],why="event = in person; count")
L("ms","MS","Lim Bee Leng emel Rabu lepas, TIDAK jadi masukkan RM 500k, tunggu dividen",REC,"C-9401","email",past("wed"),None,[],nc=["tunggu dividen"],ne=["Rabu lepas"],why="Rabu lepas on a Wednesday = a week ago; negated")
L("ms","MS","Bunga binti Osman surat dihantar hari ini, borang KWSP dan penyata cukai",REC,"C-9404","mail",T,None,[],nc=["KWSP"],why="surat = mail")
L("ms","MS","Karthik Subramaniam bersemuka di pejabat dia Khamis lepas pukul 4 petang, deposit RM 3 juta ke ACC-9417 dan USD 250k ke ACC-9418",REC,"C-9406","in_person",past("thu"),"16:00",[dep("3000000","MYR","ACC-9417"),dep("250000","USD","ACC-9418")],ne=["Khamis lepas"],why="name without a/l; two deposits")
L("ms","MS","Siti Aisyah binti Hashim jumpa semalam pukul 3 petang, keluarkan RM 200 ribu untuk umrah",REC,"C-9405","in_person",Y,"15:00",[],nc=["umrah"],why="keluarkan = withdraw")
L("ms","MS","Ahmad Faizal video call hari ini pukul 8 malam, dia masukkan RM 750,000, susulan esok",REC,"C-9403","video",T,"20:00",[dep("750000","MYR")],TOM,why="8 malam = 20:00; esok = tomorrow")
L("ms","MS","Siti Nurhaliza binti Osman telefon semalam",AC,why="unknown: shares Siti with Siti Aisyah and the patronymic Osman with Bunga")
L("ms","MS","Lim Chong Wei emel 30/11, RM 2.5 juta dipindahkan ke ACC-9412 dan janji SGD 500k lagi",REC,"C-9402","email",on(11,30),None,[dep("2500000","MYR","ACC-9412"),plg("500000","SGD")],ne=["30/11"],why="deposit and pledge in two currencies")
L("ms","MS","Bunga binti Osman telefon pagi tadi pukul 10.30, mungkin deposit RM 1 juta kalau tanah dijual",REC,"C-9404","phone",T,"10:30",[],nc=["tanah dijual"],why="mungkin ... kalau = maybe ... if: hypothetical")
L("ms","MS","Lim Bee Leng jumpa Isnin depan",AU,"C-9401",why="next Monday is in the future for a log")
L("ms","MS","Karthik a/l Subramaniam makan malam semalam, kalah mandat kepada CIMB",REC,"C-9406","in_person",Y,None,[],nc=["CIMB"],ne=["semalam"],why="lost mandate")
L("ms","MS","Ahmad Faizal bin Hashim surat Jumaat, sijil ASB dan penyata PRS",REC,"C-9403","mail",past("fri"),None,[],nc=["PRS"],ne=["Jumaat"],why="bare Jumaat = last Friday")
L("ms","MS","Siti Aisyah video call Ahad pukul 8.45 malam, dia deposit RM 400k, susulan Khamis",REC,"C-9405","video",past("sun"),"20:45",[dep("400000","MYR")],nxt("thu"),ne=["Ahad"],why="8.45 malam = 20:45; susulan Khamis -> tomorrow")
L("ms","MS","Tan Sri Lim Chong Wei jumpa di kelab golf hari ini pukul 7 pagi, komitmen RM 10 juta",REC,"C-9402","in_person",T,"07:00",[plg("10000000","MYR")],nc=["kelab golf"],why="'Tan Sri' is an honorific, not Tan Kok Meng; komitmen = pledge")
L("ms","MS","Bunga binti Osman jumpa semalam, deposit RM 1-2 juta",AU,"C-9404",why="a range is not an amount")
L("ms","MS","Vikram Sethi telefon hari ini",NC,"C-9505",why="covered by the Kolkata rep only")
L("ms","MS","Lim Bee Leng telefon malam ni pukul 8, tanya pasal unit trust, umur 67",REC,"C-9401","phone",T,"20:00",[],nc=["unit trust"],ne=["malam ni"],why="malam ni pukul 8 = 20:00 tonight, before 22:00; age")
L("ms","MS","Karthik video call Selasa lepas pukul 10 pagi, yuran mandat RM 1.8 juta untuk penyenaraian",AU,"C-9406","video",Y,"10:00",[man("1800000","MYR")],nc=["penyenaraian"],ne=["Selasa lepas"],why="'Selasa lepas' said on a Wednesday: yesterday, or the Tuesday of last week? asked (README, corrections); was record: mandate fee")
L("ms","MS","Ahmad Faizal jumpa di pejabat kelmarin, pindah masuk RM 2.2 juta ke ACC-9414, #monaco-gp",AU,"C-9403","in_person",DBY,None,[dep("2200000","MYR","ACC-9414")],init="monaco-gp",ne=["kelmarin"],why="kelmarin: yesterday or the day before, by who says it; asked (README, corrections); was record: pindah masuk = transfer in")
L("ms","MS","Siti Aisyah binti Hashim telefon Isnin lepas, RM 600 ribu masuk ke ACC-9416",REC,"C-9405","phone",past("mon"),None,[dep("600000","MYR","ACC-9416")],ne=["Isnin lepas"],why="money in to a named account")
L("ms","MS","Lim Chong Wei telefon Jumaat pukul 5 petang, dia belum deposit, tunggu bonus CNY",REC,"C-9402","phone",past("fri"),"17:00",[],nc=["CNY"],why="belum = not yet: negated")
L("ms","MS","Bunga binti Osman video call 1/12 pukul 9 pagi, dia deposit RM2.5mil ke ACC-9415, susulan lusa",REC,"C-9404","video",on(12,1),"09:00",[dep("2500000","MYR","ACC-9415")],on(12,4),ne=["1/12"],why="RM2.5mil; lusa = day after tomorrow")
L("ms","MS","Faizal telefon semalam pasal wasiat",REC,"C-9403","phone",Y,None,[],nc=["wasiat"],ne=["semalam"],why="Faizal alone is unique in the firm")
L("ms","MS","Karthik a/l Subramaniam bincang hari ini pasal KLSE",ACH,"C-9406",why="'bincang' (discussed) gives no channel")
L("ms","MS","Lim Bee Leng jumpa pagi tadi, janji RM 800 ribu, #monaco-gp",REC,"C-9401","in_person",T,None,[plg("800000","MYR")],init="monaco-gp",ne=["pagi tadi"],why="jumpa = met")
L("ms","MS","Ahmad Faizal emel semalam pukul 11.30 malam, tanya pasal Amanah Saham",REC,"C-9403","email",Y,"23:30",[],nc=["Amanah Saham"],why="11.30 malam = 23:30 yesterday")
L("ms","MS","Siti Aisyah binti Hashim jumpa hari ini, deposit RM 350k",REC,"C-9405","in_person",T,None,[dep("350000","MYR")],why="plain deposit today")

# ================= hi: Kolkata rep (local 19:30), Devanagari and romanised =================
L("hi","HI","Kamal Agarwal से कल शाम 6 बजे ऑफिस में मुलाकात, 25 लाख जमा किए",REC,"C-9501","in_person",Y,"18:00",[dep("2500000","INR")],ne=["शाम 6 बजे"],why="कल = yesterday in a log; लाख")
L("hi","HI","Agarwal ji ka phone aaya aaj",AC,why="three Agarwals in the firm")
L("hi","HI","Sunita Agarwal video call aaj subah, 50 lakh commit kiye",AU,"C-9502",why="INR and USD accounts, no currency (lakh is a number word, not a currency)")
L("hi","HI","Sunita Agrawal se phone pe baat hui parson shaam 5 baje, $300k ACC-9513 mein transfer kiye",REC,"C-9502","phone",DBY,"17:00",[dep("300000","USD","ACC-9513")],ne=["parson"],why="common spelling variant Agrawal; parson in a log = day before yesterday")
L("hi","HI","Chandan Joshi को आज दोपहर 3 बजे फ़ोन किया, उन्होंने 1 करोड़ का वादा किया",REC,"C-9503","phone",T,"15:00",[plg("10000000","INR")],ne=["दोपहर 3 बजे"],why="वादा = promise = pledge")
L("hi","HI","Joshi ji se mulaqat hui kal",AC,why="two unrelated Joshis")
L("hi","HI","Aarti Joshi ke ghar gaye ravivaar ko, aarti ke baad PPF aur SSY discuss kiya, beti 8 saal ki",REC,"C-9504","in_person",past("sun"),None,[],nc=["SSY"],ne=["ravivaar"],why="name Aarti vs the ritual aarti; age")
L("hi","HI","Vikram Sethi ke saath pichhle budhvaar video call, QIP ka mandate mil gaya, fee 2.5 crore",REC,"C-9505","video",past("wed"),None,[man("25000000","INR")],nc=["QIP"],ne=["pichhle budhvaar"],why="pichhle budhvaar said on a Wednesday = a week ago")
L("hi","HI","Ramesh Agarwal से आज मिला, नया प्रॉस्पेक्ट",NC,"C-9506",why="covered by nobody; not the Agarwal household")
L("hi","HI","Nitin Kapoor se kal phone pe baat hui",NC,"C-9707",why="covered by the New York rep only")
L("hi","HI","Sunny Choudhury ka email aaya kal, ₹75 लाख ACC-9616 में जमा",REC,"C-9604","email",Y,None,[dep("7500000","INR","ACC-9616")],why="secondary coverage; ₹ and the INR account")
L("hi","HI","Lakshmi Nair se baat hui aaj",ACH,"C-9507",why="'baat hui' gives no channel")
L("hi","HI","Kamal Agarwal ji ne FD 40 lakh renew karwayi, phone kiya aaj 11 baje",REC,"C-9501","phone",T,"11:00",[],nc=["FD"],why="FD never a claim")
L("hi","HI","Chandan Joshi सोमवार को ऑफिस आए, 80 लाख जमा किए, अगले सोमवार फॉलो अप",REC,"C-9503","in_person",past("mon"),None,[dep("8000000","INR")],nxt("mon"),why="first सोमवार is the past Monday, the one after अगले is the next")
L("hi","HI","Aarti Joshi ka call aaj raat 9 baje",AU,"C-9504",why="21:00 is later than the rep's local 19:30")
L("hi","HI","Vikram Sethi ने कल ईमेल किया, mandate अभी नहीं मिला",REC,"C-9505","email",Y,None,[],nc=["नहीं मिला"],why="mandate not won")
L("hi","HI","Lakshmi Nair से पिछले शुक्रवार वीडियो कॉल, डेढ़ करोड़ जमा किए",REC,"C-9507","video",past("fri"),None,[dep("15000000","INR")],ne=["पिछले शुक्रवार"],why="डेढ़ करोड़ = 1.5 crore")
L("hi","HI","Kamal aur Sunita Agarwal ke saath dinner shanivaar ko",AC,why="two clients in one line")
L("hi","HI","Sunita Agarwal 28 नवंबर सुबह 10:30 बजे मीटिंग, ₹2 करोड़ जमा और $500k का वादा",REC,"C-9502","in_person",on(11,28),"10:30",[dep("20000000","INR"),plg("500000","USD")],ne=["28 नवंबर"],why="deposit and pledge in two currencies")
L("hi","HI","Chandan Joshi ne abhi tak paise jama nahi kiye, zoom pe baat hui kal raat",REC,"C-9503","video",Y,None,[],nc=["abhi tak"],ne=["kal raat"],why="negated deposit; kal raat = last night")
L("hi","HI","Vikram Sethi ke office gaya mangalvaar 12 baje, 401k aur ESOP ki baat, 30 lakh deposit kiye",REC,"C-9505","in_person",Y,"12:00",[dep("3000000","INR")],nc=["ESOP","401k"],ne=["mangalvaar"],why="401k is a plan name; mangalvaar = yesterday")
L("hi","HI","Lakshmi Nair phone kal subah 9:45 baje, SIP 25k har mahine chal raha hai, koi naya paisa nahi",REC,"C-9507","phone",Y,"09:45",[],nc=["SIP"],why="a running SIP is not a new outcome")
L("hi","HI","Kamal Agarwal ji se video call guruvaar ko, kamaal ki baat, 3 crore ka pledge",REC,"C-9501","video",past("thu"),None,[plg("30000000","INR")],ne=["guruvaar"],why="Kamal vs kamaal; single INR account")
L("hi","HI","Aarti Joshi ko chitthi bheji shukravaar ko, Form 16 aur 80C proofs",REC,"C-9504","mail",past("fri"),None,[],nc=["80C"],ne=["shukravaar"],why="chitthi = letter; form numbers")
L("hi","HI","Sunita Agarwal call kal, 10-15 lakh deposit",AU,"C-9502",why="a range (and two currencies)")
L("hi","HI","Chandan Joshi se mila aaj dopahar, ₹1,20,00,000 transfer kiye ACC-9514 mein, follow up kal",REC,"C-9503","in_person",T,None,[dep("12000000","INR","ACC-9514")],TOM,ne=["aaj dopahar"],why="Indian digit grouping; kal after follow up = tomorrow")
L("hi","HI","Vikram Sethi फ़ोन पर बात 30 नवंबर को शाम 4 बजे, fee ₹90 लाख mandate के लिए",REC,"C-9505","phone",on(11,30),"16:00",[man("9000000","INR")],ne=["30 नवंबर"],why="mandate fee")
L("hi","HI","Pooja Sethi se phone pe baat",AC,why="unknown person sharing Vikram Sethi's last name")
L("hi","HI","Lakshmi Nair ka email aaj 10 baje, Lakshmi puja ke baad shayad 5 lakh deposit kare",REC,"C-9507","email",T,"10:00",[],nc=["puja"],why="shayad = maybe: hypothetical")
L("hi","HI","Kamal Agarwal ke saath lunch parson, 15 lakh nikaale beti ki shaadi ke liye",REC,"C-9501","in_person",DBY,None,[],nc=["shaadi"],ne=["parson"],why="nikaale = withdrew")
L("hi","HI","Chandan Joshi 31 नवंबर को मिले",AU,"C-9503",why="31 November does not exist")
L("hi","HI","Aarti Joshi वीडियो कॉल आज सुबह 11:15 बजे, 12 लाख जमा किए, 2 बच्चे",REC,"C-9504","video",T,"11:15",[dep("1200000","INR")],why="explicit time beats सुबह; count")
L("hi","HI","Vikram Sethi lunch Taj mein kal dopahar 1 baje, mandate jeeta bond issue ka, fee 1.2 cr, aur 50 lakh personal deposit",REC,"C-9505","in_person",Y,"13:00",[man("12000000","INR"),dep("5000000","INR")],nc=["bond issue"],why="cr = crore; dopahar 1 baje = 13:00")
L("hi","HI","Sunny Choudhury se aaj phone pe baat, ₹40 lakh commit kiye",REC,"C-9604","phone",T,None,[plg("4000000","INR")],why="phone pe = by phone; ₹ picks INR on a GBP+INR client")
L("hi","HI","Lakshmi Nair #opera-gala mein mili shanivaar ko, 2 crore ka vaada",REC,"C-9507","in_person",past("sat"),None,[plg("20000000","INR")],init="opera-gala",ne=["shanivaar"],why="met at the event")
L("hi","HI","Kamal Agarwal ka letter aaya aaj, PAN aur Aadhaar update, mobile 98300 12345",REC,"C-9501","mail",T,None,[],nc=["Aadhaar"],why="phone number")
L("hi","HI","चंदन जोशी से कल फ़ोन पर बात, ढाई करोड़ जमा किए ACC-9514 में",REC,"C-9503","phone",Y,None,[dep("25000000","INR","ACC-9514")],why="client name in Devanagari; ढाई = 2.5")
L("hi","HI","Sunita Agarwal ji ne pichhle ravivaar ko video call pe ₹50 lakh jama kiye, follow up agle mangalvaar",REC,"C-9502","video",past("sun"),None,[dep("5000000","INR")],nxt("tue"),ne=["pichhle ravivaar"],why="follow-up next Tuesday")
L("hi","HI","Aarti Joshi se mulaqat aaj ghar pe, term plan aur health cover pe baat",REC,"C-9504","in_person",T,None,[],nc=["health cover"],why="mulaqat at home = in person")
L("hi","HI","Vikram Sethi से कल फ़ोन पर, ESOP पर चर्चा",REC,"C-9505","phone",Y,None,[],nc=["ESOP"],why="फ़ोन पर = by phone")
L("hi","HI","Kamal Agarwal video call aaj shaam 6:45, 60 lakh ACC-9511 mein deposit, follow up shukravaar",REC,"C-9501","video",T,"18:45",[dep("6000000","INR","ACC-9511")],nxt("fri"),why="follow-up Friday ahead")
L("hi","HI","Chandan Joshi email 1 दिसंबर, NPS tier 1 aur ELSS ke baare mein",REC,"C-9503","email",on(12,1),None,[],nc=["ELSS"],ne=["1 दिसंबर"],why="tier 1 is not an amount")
L("hi","HI","Aarti Joshi ka phone parson raat 8 baje, 20 lakh ka pledge, agle somvaar follow up",REC,"C-9504","phone",DBY,"20:00",[plg("2000000","INR")],nxt("mon"),ne=["parson"],why="raat 8 baje = 20:00")
L("hi","HI","Sunita Agarwal se kal video call, USD 1.2 million ACC-9513 mein aur 30 lakh INR ACC-9512 mein jama",REC,"C-9502","video",Y,None,[dep("1200000","USD","ACC-9513"),dep("3000000","INR","ACC-9512")],why="two deposits into two named accounts")
L("hi","HI","Vikram Sethi ke saath golf #ryder-cup guruvaar, 2 bachche, umar 48, koi deal nahi",REC,"C-9505","in_person",past("thu"),None,[],init="ryder-cup",nc=["koi deal nahi"],ne=["guruvaar"],why="counts and age")

# ================= mixed: rep's language with English =================
L("mixed","FR","Call avec Rose Delmas this morning, she pledged 2m€, relance next Tuesday",REC,"C-9101","phone",T,None,[plg("2000000","EUR")],nxt("tue"),ne=["this morning"],why="fr/en")
L("mixed","FR","Hugo Delmas lunch yesterday, il a deposit 500k sur ACC-9112",REC,"C-9102","in_person",Y,None,[dep("500000","EUR","ACC-9112")],ne=["yesterday"],why="fr/en; account named")
L("mixed","FR","JB Morel meeting hier 11am, deal fee 400k€ for the mandate",REC,"C-9106","in_person",Y,"11:00",[man("400000","EUR")],ne=["hier","11am"],why="€ names EUR on an EUR+USD client")
L("mixed","FR","Pierre Vidal quick call mardi, no new money, waiting for Q1",REC,"C-9104","phone",Y,None,[],nc=["Q1"],ne=["mardi"],why="Q1 not an amount")
L("mixed","FR","Margot Vidal visio last Friday 4pm, deposited 1,2 M€ into ACC-9115 #art-basel",REC,"C-9105","video",past("fri"),"16:00",[dep("1200000","EUR","ACC-9115")],init="art-basel",ne=["last Friday","4pm"],why="fr/en")
L("mixed","FR","Blanche Aubry catch-up hier about her PEA",ACH,"C-9103",why="catch-up gives no channel")
L("mixed","FR","Laurent Chassagne coffee ce matin, big prospect",NC,"C-9107",why="covered by nobody")
L("mixed","CH","Séverine Rochat call ce matin 9h, she wired CHF 2.5m to ACC-9163, follow up vendredi",REC,"C-9152","phone",T,"09:00",[dep("2500000","CHF","ACC-9163")],nxt("fri"),ne=["9h"],why="fr/en")
L("mixed","CH","Marc Delmas lunch today, deposit 1m CHF",REC,"C-9151","in_person",T,None,[dep("1000000","CHF")],why="CHF given on a CHF+EUR client")
L("mixed","CH","Victor Pasche video yesterday, il ne va PAS pledge avant le rachat LPP",REC,"C-9155","video",Y,None,[],nc=["LPP"],ne=["yesterday"],why="negated pledge")
L("mixed","CH","Ambroise Favre meeting lundi 14h, won the M&A mandate, fee 250'000 CHF",REC,"C-9153","in_person",past("mon"),"14:00",[man("250000","CHF")],ne=["lundi","14h"],why="mandate fee with Swiss grouping")
L("mixed","SV","Sol Lindahl call igår kl 15, she deposited 1,5 mkr",REC,"C-9201","phone",Y,"15:00",[dep("1500000","SEK")],ne=["igår"],why="sv/en")
L("mixed","SV","Björn Lindahl lunch today, pledged 3 MSEK, följ upp på fredag",REC,"C-9202","in_person",T,None,[plg("3000000","SEK")],nxt("fri"),why="sv/en follow-up")
L("mixed","SV","Vera Ek zoom i måndags, deposited 2 million euro",REC,"C-9203","video",past("mon"),None,[dep("2000000","EUR")],ne=["måndags"],why="euro on a SEK+EUR client")
L("mixed","SV","Tove Strand meeting i torsdags, moved NOK 1.5m to ACC-9219 + 2m SEK into ACC-9218",REC,"C-9207","in_person",past("thu"),None,[dep("1500000","NOK","ACC-9219"),dep("2000000","SEK","ACC-9218")],ne=["torsdags"],why="two deposits in two currencies")
L("mixed","SV","Axel Nordin Teams call förra onsdagen, mandate fee 1,2 Mkr for the rights issue",REC,"C-9206","video",past("wed"),None,[man("1200000","SEK")],nc=["rights issue"],ne=["förra onsdagen"],why="a week ago")
L("mixed","SV","Ingrid Holm fika this morning, no deposit, hon väntar på arvet",REC,"C-9205","in_person",T,None,[],nc=["arvet"],ne=["this morning"],why="negated deposit")
L("mixed","SV","the Lindahls call yesterday re gåvobrev",AC,why="household name, two Lindahls")
L("mixed","SV","Sol Lindahl chat igår about ISK",ACH,"C-9201",why="'chat' gives no channel")
L("mixed","RO","Mircea Popa meeting ieri la 15, a depus 2 mil. lei, follow-up luni",REC,"C-9301","in_person",Y,"15:00",[dep("2000000","RON")],nxt("mon"),ne=["ieri"],why="ro/en")
L("mixed","RO","Elena Popa call azi, deposit 100k",AU,"C-9302",why="RON and EUR accounts, no currency")
L("mixed","RO","Andrei Popa zoom last Monday, NU a depus nimic, still waiting on the sale",REC,"C-9303","video",past("mon"),None,[],nc=["sale"],ne=["last Monday"],why="negated")
L("mixed","RO","Dragoș Iliescu call vinerea trecută, won the mandate, fee 1,5 mil. lei",REC,"C-9305","phone",past("fri"),None,[man("1500000","RON")],ne=["vinerea trecută"],why="mandate fee")
L("mixed","RO","Speranța Radu lunch today, pledged 700k lei #monaco-gp",REC,"C-9304","in_person",T,None,[plg("700000","RON")],init="monaco-gp",why="ro/en")
L("mixed","RO","Crina Ardeleanu email yesterday, withdrawal of 50k EUR, no deposit",REC,"C-9307","email",Y,None,[],nc=["withdrawal"],ne=["yesterday"],why="withdrawal")
L("mixed","RO","Valentin Dobre meeting azi, wants to open an account",NC,"C-9306",why="covered by nobody")
L("mixed","RO","Mircea Popa family dinner sâmbătă, celebrating his 60th",REC,"C-9301","in_person",past("sat"),None,[],nc=["60th"],ne=["sâmbătă"],why="one named client; 60th not an amount")
L("mixed","MS","Lim Bee Leng call semalam, she deposited RM 1.2 juta into ACC-9411",REC,"C-9401","phone",Y,None,[dep("1200000","MYR","ACC-9411")],ne=["semalam"],why="ms/en")
L("mixed","MS","Lim Chong Wei meeting hari ini 3pm, pledged SGD 2m, susulan Isnin depan",REC,"C-9402","in_person",T,"15:00",[plg("2000000","SGD")],nxt("mon"),why="ms/en follow-up")
L("mixed","MS","Faizal lunch semalam, fixed deposit RM 2 juta renewed, no new money",REC,"C-9403","in_person",Y,None,[],nc=["fixed deposit"],ne=["semalam"],why="fixed deposit never a claim")
L("mixed","MS","Bunga Osman zoom pagi tadi, deposit RM 500k, follow up esok",REC,"C-9404","video",T,None,[dep("500000","MYR")],TOM,ne=["pagi tadi"],why="esok = tomorrow")
L("mixed","MS","Karthik video call Khamis lepas, mandate won, fee 900k",AU,"C-9406",why="MYR and USD accounts, fee without currency")
L("mixed","MS","Siti Aisyah coffee this morning, transfer masuk RM 250 ribu ke ACC-9416",REC,"C-9405","in_person",T,None,[dep("250000","MYR","ACC-9416")],ne=["this morning"],why="transfer masuk = transfer in")
L("mixed","MS","Tan Kok Meng call hari ini, nak buka akaun",NC,"C-9407",why="covered by nobody")
L("mixed","MS","Ahmad Faizal phone semalam about Tabung Haji",REC,"C-9403","phone",Y,None,[],nc=["Tabung Haji"],ne=["semalam"],why="ms/en")
L("mixed","HI","Kamal Agarwal meeting kal 4pm, 30 lakh deposit kiye into ACC-9511",REC,"C-9501","in_person",Y,"16:00",[dep("3000000","INR","ACC-9511")],ne=["4pm"],why="hi/en")
L("mixed","HI","Sunita Agarwal call yesterday, she pledged 1 crore INR",REC,"C-9502","phone",Y,None,[plg("10000000","INR")],ne=["yesterday"],why="INR given on an INR+USD client")
L("mixed","HI","Chandan Joshi zoom today 11am, pledged ₹2 crore, follow up next Monday",REC,"C-9503","video",T,"11:00",[plg("20000000","INR")],nxt("mon"),ne=["11am"],why="hi/en")
L("mixed","HI","Aarti Joshi call last Sunday, FD of 10 lakh matured, no fresh deposit",REC,"C-9504","phone",past("sun"),None,[],nc=["FD"],ne=["last Sunday"],why="FD never a claim")
L("mixed","HI","Vikram Sethi meeting mangalvaar 3pm, mandate fee 75 lakh, plus 1.5 crore deposit",REC,"C-9505","in_person",Y,"15:00",[man("7500000","INR"),dep("15000000","INR")],ne=["mangalvaar","3pm"],why="two outcomes, single INR account")
L("mixed","HI","Lakshmi Nair email parson, 5 lakh withdraw kiye for medical",REC,"C-9507","email",DBY,None,[],nc=["medical"],ne=["parson"],why="withdrawal")
L("mixed","HI","Ramesh Agarwal lunch today",NC,"C-9506",why="covered by nobody")
L("mixed","HI","Sunny Choudhury video call aaj subah, £300k deposit into ACC-9615",REC,"C-9604","video",T,None,[dep("300000","GBP","ACC-9615")],ne=["aaj subah"],why="secondary coverage; GBP account")
L("mixed","HI","Chandan ji ke saath meeting today, NPS discussion",REC,"C-9503","in_person",T,None,[],nc=["NPS"],why="first name with ji is unique in the firm")

# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
nowdt = dt.datetime(2026, 12, 2, 14, 0, tzinfo=dt.timezone.utc)
MARKS = dict(USD=["USD", "$"], EUR=["EUR", "€", "euro"], GBP=["GBP", "£", "sterling"], RON=["RON", "lei"],
             SEK=["SEK", "kr"], NOK=["NOK"], MYR=["MYR", "RM"], INR=["INR", "₹"], SGD=["SGD"],
             CHF=["CHF", "franc"])
assert len({c["name"] for c in clients}) == len(clients)
assert len({c["external_id"] for c in clients}) == len(clients)
assert all(set(c["coverage"]) <= set(repids) for c in clients)
allaccts = [a["account"] for c in clients for a in c["accounts"]]; assert len(set(allaccts)) == len(allaccts)
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
    dt.date.fromisoformat(e["day"])
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
assert len(lines) == 320 and all(byl[x] >= 38 for x in ("en", "fr", "sv", "ro", "ms", "hi", "mixed")), (len(lines), byl)
out = dict(now=NOW, reps=reps, clients=clients, initiatives=initiatives, lines=lines)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
byo = Counter(l["expect"]["outcome"] for l in lines)
asks = sum(v for k, v in byo.items() if k != "record")
print(len(lines), "lines;", len(clients), "clients")
print("by language:", dict(byl)); print("by outcome:", dict(byo), "asks %d (%.0f%%)" % (asks, 100 * asks / len(lines)))
print("claims:", Counter(k["kind"] for l in lines for k in l["expect"]["claims"]))
print("by rep:", dict(Counter(l["rep"] for l in lines)))
print("asks by language:", dict(Counter((l["lang"], l["expect"]["outcome"]) for l in lines if l["expect"]["outcome"] != "record")))

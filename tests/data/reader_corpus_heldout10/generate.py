"""Held-out reader corpus 10: builds and validates corpus.json. Edit this file, never the JSON."""
import datetime as dt
import json
import os
import re
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

NOW = "2027-02-01T14:10:00Z"
NOWDT = dt.datetime(2027, 2, 1, 14, 10, tzinfo=dt.UTC)
TODAY = dt.date(2027, 2, 1)
assert TODAY.weekday() == 0, "2027-02-01 must be a Monday"
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def iso(d):
    return d.isoformat()


T = iso(TODAY)
Y = iso(TODAY - dt.timedelta(1))      # Sunday 31 Jan
DBY = iso(TODAY - dt.timedelta(2))    # Saturday 30 Jan
TOM = iso(TODAY + dt.timedelta(1))    # Tuesday 2 Feb


def past(w):
    """Most recent such weekday strictly before today ("last Monday" on a Monday = 7 days ago)."""
    return next(iso(TODAY - dt.timedelta(k)) for k in range(1, 8) if (TODAY - dt.timedelta(k)).weekday() == WD[w])


def nxt(w):
    """Next such weekday strictly after today (follow-ups)."""
    return next(iso(TODAY + dt.timedelta(k)) for k in range(1, 8) if (TODAY + dt.timedelta(k)).weekday() == WD[w])


def on(m, d):
    return iso(dt.date(2027 if m <= 2 else 2026, m, d))


R = {"FR": "U10FRA001", "SV": "U10SVA002", "RO": "U10ROA003", "MS": "U10MSA004", "HI": "U10HIA005",
         "GB": "U10GBA006", "NY": "U10USA007", "LA": "U10USA008"}
reps = [
    {"slack_user_id": R["FR"], "name": "Élodie Garnier", "timezone": "Europe/Paris", "locale": "fr-FR", "roles": ["rep"]},
    {"slack_user_id": R["SV"], "name": "Karin Ekström", "timezone": "Europe/Stockholm", "locale": "sv-SE", "roles": ["rep"]},
    {"slack_user_id": R["RO"], "name": "Cristina Popa", "timezone": "Europe/Bucharest", "locale": "ro-RO", "roles": ["rep"]},
    {"slack_user_id": R["MS"], "name": "Nurul Aisyah Hamdan", "timezone": "Asia/Kuala_Lumpur", "locale": "ms-MY", "roles": ["rep"]},
    {"slack_user_id": R["HI"], "name": "Vikram Sethi", "timezone": "Asia/Kolkata", "locale": "hi-IN", "roles": ["rep"]},
    {"slack_user_id": R["GB"], "name": "Fiona Aldridge", "timezone": "Europe/London", "locale": "en-GB", "roles": ["rep"]},
    {"slack_user_id": R["NY"], "name": "Marcus Bell", "timezone": "America/New_York", "locale": "en-US", "roles": ["rep"]},
    {"slack_user_id": R["LA"], "name": "Dana Whitfield", "timezone": "America/Los_Angeles", "locale": "en-US", "roles": ["rep"]},
]


def C(eid, name, hh, tier, cov, accts):
    return {"external_id": eid, "name": name, "household": hh, "tier": tier,
                "coverage": [R[c] for c in cov], "accounts": [{"account": a, "currency": c} for a, c in accts]}


clients = [
    # United States
    C("C-10101", "Hope Garrison", "Garrison", "UHNW", ["NY"], [("ACC-10114", "USD")]),
    C("C-10102", "Will Garrison", "Garrison", "UHNW", ["NY"], [("ACC-10127", "USD")]),
    C("C-10103", "Chase Okonkwo", "Okonkwo", "HNW", ["NY"], [("ACC-10139", "USD")]),
    C("C-10104", "Luis Mercado", "Mercado (Luis)", "HNW", ["NY"], [("ACC-10142", "USD")]),
    C("C-10105", "Dawn Mercado", "Mercado (Dawn)", "UHNW", ["LA"], [("ACC-10153", "USD"), ("ACC-10154", "MXN")]),
    C("C-10106", "Bill Yamamoto", "Yamamoto", "corporate executive", ["LA"], [("ACC-10166", "USD")]),
    C("C-10107", "Raymond Tull", "Tull", "HNW", [], [("ACC-10171", "USD")]),
    # United Kingdom
    C("C-10201", "Sterling Ashby", "Ashby", "HNW", ["GB"], [("ACC-10215", "USD")]),
    C("C-10202", "Eve Pennington", "Pennington", "UHNW", ["GB"], [("ACC-10223", "GBP")]),
    C("C-10203", "Hugo Pennington", "Pennington", "UHNW", ["GB"], [("ACC-10231", "GBP"), ("ACC-10232", "EUR")]),
    C("C-10204", "Oliver Pike", "Pike", "HNW", ["GB"], [("ACC-10248", "GBP")]),
    C("C-10205", "Tamsin Drury", "Drury", "corporate executive", ["GB"], [("ACC-10256", "GBP")]),
    # France
    C("C-10301", "Constant Aubry", "Aubry", "UHNW", ["FR"], [("ACC-10312", "EUR")]),
    C("C-10302", "Rose Aubry", "Aubry", "HNW", ["FR"], [("ACC-10325", "EUR")]),
    C("C-10303", "Blanche Morel", "Morel (Blanche)", "UHNW", ["FR"], [("ACC-10333", "EUR"), ("ACC-10334", "CHF")]),
    C("C-10304", "Fleur Dimanche", "Dimanche", "HNW", ["FR"], [("ACC-10347", "EUR")]),
    C("C-10305", "Thierry Leclercq", "Leclercq", "corporate executive", ["FR"], [("ACC-10358", "EUR")]),
    C("C-10306", "Rose Castaing", "Castaing", "HNW", [], [("ACC-10361", "EUR")]),
    C("C-10307", "Hélène Morel", "Morel (Hélène)", "HNW", ["GB"], [("ACC-10379", "EUR")]),
    # Sweden
    C("C-10401", "Tor Vikström", "Vikström", "UHNW", ["SV"], [("ACC-10416", "SEK")]),
    C("C-10402", "Ingrid Vikström", "Vikström", "UHNW", ["SV"], [("ACC-10424", "SEK"), ("ACC-10425", "EUR")]),
    C("C-10403", "Björn Falk", "Falk (Björn)", "HNW", ["SV"], [("ACC-10437", "SEK")]),
    C("C-10404", "Fred Sommar", "Sommar", "corporate executive", ["SV"], [("ACC-10443", "SEK")]),
    C("C-10405", "Märta Lönn", "Lönn", "HNW", ["SV"], [("ACC-10452", "SEK")]),
    C("C-10406", "Axel Falk", "Falk (Axel)", "HNW", [], [("ACC-10468", "SEK")]),
    C("C-10407", "Signe Åberg", "Åberg", "HNW", ["GB"], [("ACC-10471", "GBP"), ("ACC-10472", "SEK")]),
    # Romania
    C("C-10501", "Speranța Dobre", "Dobre", "HNW", ["RO"], [("ACC-10519", "RON")]),
    C("C-10502", "Victor Dobre", "Dobre", "UHNW", ["RO"], [("ACC-10526", "RON"), ("ACC-10527", "EUR")]),
    C("C-10503", "Ilie Duminică", "Duminică", "HNW", ["RO"], [("ACC-10538", "RON")]),
    C("C-10504", "Lucian Toma", "Toma", "corporate executive", ["RO"], [("ACC-10545", "EUR")]),
    C("C-10505", "Victor Lazăr", "Lazăr", "HNW", [], [("ACC-10551", "RON")]),
    # Malaysia
    C("C-10601", "Tan Boon Keat", "Tan", "UHNW", ["MS"], [("ACC-10613", "MYR"), ("ACC-10614", "SGD")]),
    C("C-10602", "Tan Mei Ling", "Tan", "HNW", ["MS"], [("ACC-10628", "MYR")]),
    C("C-10603", "Azman bin Yusof", "Yusof", "UHNW", ["MS"], [("ACC-10635", "MYR")]),
    C("C-10604", "Mawar binti Ismail", "Ismail", "HNW", ["MS"], [("ACC-10641", "MYR")]),
    C("C-10605", "Bulan binti Osman", "Osman", "HNW", ["MS"], [("ACC-10657", "MYR")]),
    C("C-10606", "Ganesan a/l Krishnan", "Krishnan", "corporate executive", ["MS", "HI"], [("ACC-10662", "MYR")]),
    C("C-10607", "Azman bin Hashim", "Hashim", "HNW", [], [("ACC-10679", "MYR")]),
    # India
    C("C-10701", "Prabhat Lakhani", "Lakhani", "UHNW", ["HI"], [("ACC-10718", "INR")]),
    C("C-10702", "Usha Lakhani", "Lakhani", "UHNW", ["HI"], [("ACC-10723", "INR"), ("ACC-10724", "USD")]),
    C("C-10703", "Sandhya Iyer", "Iyer", "HNW", ["HI"], [("ACC-10736", "INR")]),
    C("C-10704", "Som Prakash Gupta", "Gupta (Som Prakash)", "corporate executive", ["HI"], [("ACC-10745", "INR")]),
    C("C-10705", "Sona Mehra", "Mehra", "HNW", ["HI"], [("ACC-10759", "INR")]),
    C("C-10706", "Sandhya Rao", "Rao", "HNW", [], [("ACC-10762", "INR")]),
    C("C-10707", "Rohit Gupta", "Gupta (Rohit)", "HNW", ["NY"], [("ACC-10777", "USD"), ("ACC-10778", "INR")]),
]
initiatives = [
    {"tag": "louvre-nocturne", "name": "Private nocturne at the Louvre"},
    {"tag": "gp-monza", "name": "Monza Grand Prix paddock club"},
    {"tag": "scottish-open", "name": "Scottish Open golf hospitality"},
    {"tag": "proms-gala", "name": "Proms gala box"},
    {"tag": "vasaloppet27", "name": "Vasaloppet 2027 ski weekend"},
]

lines = []


def L(lang, rep, text, outcome, client=None, channel=None, day=None, time=None, claims=(), fu=None,
      init=None, nc=(), ne=(), why=""):
    if outcome != "record":  # only outcome and client are checked for asks
        channel = day = time = fu = init = None
        claims = ()
        nc = ()
        ne = ()
    lines.append({"id": f"h10-{len(lines) + 1:03d}", "lang": lang, "rep": R[rep], "text": text,
                      "expect": {"outcome": outcome, "client": client, "channel": channel, "day": day, "time": time,
                                  "claims": [{"kind": k, "amount": a, "currency": c, "account": ac} for k, a, c, ac in claims],
                                  "follow_up_on": fu, "initiative": init, "notes_contains": list(nc),
                                  "notes_excludes": list(ne)},
                      "why": why})


def dep(a, c, ac=None):
    return ("deposit", a, c, ac)


def plg(a, c, ac=None):
    return ("pledge", a, c, ac)


def man(a, c, ac=None):
    return ("mandate", a, c, ac)


REC = "record"
AC = "ask_client"
AU = "ask_unclear"
NC = "not_covered"
ACH = "ask_channel"

# ================= en-US: New York rep (local Mon 09:10) and Los Angeles rep (local Mon 06:10) =================
L("en", "NY", "Hope Garrison in office this am re 403(b) + old 401k rollover, deposited $1.35M into ACC-10114, she turns 62 in May", REC, "C-10101", "in_person", T, None, [dep("1350000", "USD", "ACC-10114")], nc=["403(b)", "401k"], ne=["this am"], why="plan names and an age are not amounts; 'Hope' is a first name")
L("en", "NY", "Will Garrison called yest 4:30pm, said he'd deposit 2m if the Tahoe house sale closes", REC, "C-10102", "phone", Y, "16:30", [], nc=["Tahoe"], ne=["yest", "4:30pm"], why="'Will' is a name; 'he'd deposit ... if' is hypothetical")
L("en", "NY", "lunch w/ garrison fri re the 529 plans", AC, why="surname alone, shared by Hope and Will Garrison")
L("en", "NY", "Chase Okonkwo zoom 7:45 this morning, Roth IRA conversion, 24% bracket, T-bills at 4.35%, no new money", REC, "C-10103", "video", T, "07:45", [], nc=["Roth IRA", "4.35%"], ne=["7:45"], why="explicit time with a part of the day; percentages; Chase is a name not the bank")
L("en", "NY", "Chase Okonkow ph call Thurs - moved $400k out to Fidelity for the kids' 529s, but pledged 1.5mm for Q2", REC, "C-10103", "phone", past("thu"), None, [plg("1500000", "USD")], nc=["Fidelity"], ne=["Thurs"], why="typo Okonkow; money moved out is no claim; mm = million; Q2 not an amount")
L("en", "NY", "Luis Mercado coffee at 8 today, sold his dental practice, wire in of $3.2m to ACC-10142 landed, cell 646-555-0193", REC, "C-10104", "in_person", T, "08:00", [dep("3200000", "USD", "ACC-10142")], nc=["646-555-0193"], ne=["at 8"], why="at 8 today: 8pm would be in the future, so 08:00; phone number")
L("en", "NY", "Mercado called yesterday about the SEP IRA", AC, why="surname shared by Luis and Dawn Mercado (different households)")
L("en", "NY", "Rohit Gupta video 1/27 3pm, NRO repatriation, deposited ₹1.8 crore into ACC-10778 and pledged $500k, follow up 2/10", REC, "C-10707", "video", on(1, 27), "15:00", [dep("18000000", "INR", "ACC-10778"), plg("500000", "USD")], on(2, 10), ne=["1/27", "3pm"], why="US m/d dates; two claims in two currencies")
L("en", "NY", "Rohit Gupta email today, committed 2m, HSA + 457(b) Qs", AU, "C-10707", why="USD and INR accounts, no currency")
L("en", "NY", "Raymond Tull dinner Saturday, ~$9m held away at Schwab, 68, wants a 2nd opinion", NC, "C-10107", why="client of the firm covered by nobody")
L("en", "NY", "Hope Garrison phone yesterday 5:15pm, cancelled the $250k pledge from December, unhappy w/ the 85 bps fee", REC, "C-10101", "phone", Y, "17:15", [], nc=["85 bps"], ne=["yesterday", "5:15pm"], why="cancelled pledge is no claim; bps")
L("en", "NY", "Will Garrison spoke Fri re 1031 exchange on a $4.5m rental", ACH, "C-10102", why="'spoke' gives no channel")
L("en", "NY", "Chase Okonkwo call yesterday at 6, won't touch the 401(k) yet", AU, "C-10103", why="yesterday at 6: 6am and 6pm both past")
L("en", "LA", "Dawn Mercado breakfast 5:30 this am before her flight, deposited 600k", AU, "C-10105", why="USD and MXN accounts, no currency")
L("en", "LA", "Dawn Mercado video Sat 11am, MXN 4.5 millones into ACC-10154, plus pledged $1m by March", REC, "C-10105", "video", past("sat"), "11:00", [dep("4500000", "MXN", "ACC-10154"), plg("1000000", "USD")], ne=["Sat", "11am"], why="two claims, two currencies; 'Dawn' is a name, not a part of the day")
L("en", "LA", "Bill Yamamoto call this morning at 6, exercising ISOs, 10b5-1 plan, 83(b) election, would pledge 2.5m post-lockup", REC, "C-10106", "phone", T, "06:00", [], nc=["10b5-1", "83(b)"], ne=["at 6"], why="LA local now 06:10; 'would pledge' is hypothetical; plan names with figures")
L("en", "LA", "Bill Yamamoto lunch Tue, signed the discretionary mandate on $5m, 0.85% fee, rest stays in T-bills", REC, "C-10106", "in_person", past("tue"), None, [], nc=["discretionary mandate"], ne=["Tue"], why="management mandate never a claim; 'Bill' vs T-bills")
L("en", "LA", "Bill Yamamoto dinner last Sunday w/ his CFO", AU, "C-10106", why="'last Sunday' said on Monday: yesterday or eight days ago")
# ================= en-GB: London rep (local 14:10) =================
L("en", "GB", "Eve Pennington coffee at Fortnum's this morning - ISA allowance £20k already used elsewhere, but SIPP transfer in of £640k into ACC-10223 done", REC, "C-10202", "in_person", T, None, [dep("640000", "GBP", "ACC-10223")], nc=["SIPP"], ne=["this morning"], why="ISA allowance is a figure without an outcome; transfer in into an account is a deposit")
L("en", "GB", "Hugo Pennington rang 11.15 today, pledged €2m from the Lisbon sale and £500k from his bonus, LISA for the grandson", REC, "C-10203", "phone", T, "11:15", [plg("2000000", "EUR"), plg("500000", "GBP")], nc=["LISA"], ne=["11.15"], why="rang = phone; two pledges, two currencies")
L("en", "GB", "Pennington called re the IHT planning", AC, why="surname shared by Eve and Hugo")
L("en", "GB", "Sterling Ashby teams video yesterday, deposited 300k, US person so no ISA, PFIC issue on the UCITS, follow up 3/2", REC, "C-10201", "video", Y, None, [dep("300000", "USD")], on(2, 3), nc=["PFIC"], ne=["yesterday"], why="'Sterling' is a first name, not the currency: single USD account; en-GB 3/2 = 3 Feb")
L("en", "GB", "Oliver Pike meeting last Monday 2.30pm, SIPP drawdown at 57, 25% tax-free lump sum £268,275, nothing new", REC, "C-10204", "in_person", past("mon"), "14:30", [], nc=["£268,275"], ne=["last Monday", "2.30pm"], why="'last Monday' said on a Monday = seven days ago; lump sum with no outcome word")
L("en", "GB", "Oliver Grant rang this morning re gilts", AC, why="unknown person sharing Oliver Pike's first name")
L("en", "GB", "Tamsin Drury video call 9am, won the sell-side mandate on the Drury Logistics disposal, fee £1.8m, retainer waived", REC, "C-10205", "video", T, "09:00", [man("1800000", "GBP")], nc=["sell-side"], ne=["9am"], why="investment-banking mandate with a fee")
L("en", "GB", "Tamsin Drury phone Wed, lost the refi mandate to Rothschild, fee would've been £900k", REC, "C-10205", "phone", past("wed"), None, [], nc=["Rothschild"], ne=["Wed"], why="lost mandate, hypothetical fee")
L("en", "GB", "Tamsin - letter sent today re VCT and EIS subscriptions, 30% relief, £200k max", REC, "C-10205", "mail", T, None, [], nc=["EIS"], why="first name alone, unique in the firm; figures with no outcome word")
L("en", "GB", "Hélène Morel lunch at the Connaught 1pm, moved €1.2m to us from BNP into ACC-10379", REC, "C-10307", "in_person", T, "13:00", [dep("1200000", "EUR", "ACC-10379")], ne=["1pm"], why="French client covered by the London rep; direction 'to us ... into'")
L("en", "GB", "Signe Åberg call last Tuesday - ISK in Sweden stays put; she deposited £150k, plus SEK 2.4m into ACC-10472", REC, "C-10407", "phone", past("tue"), None, [dep("150000", "GBP"), dep("2400000", "SEK", "ACC-10472")], nc=["ISK"], ne=["last Tuesday"], why="two deposits in two currencies, one with an account")
L("en", "GB", "Eve Pennigton email 10:05, bed & ISA £20k from the GIA, premium bonds £50k, no new money", REC, "C-10202", "email", T, "10:05", [], nc=["bed & ISA"], ne=["10:05"], why="typo Pennigton; internal moves, no outcome")
L("en", "GB", "Sterling Ashby dinner Saturday evening at the club, might bring 1m over from Merrill in Q2 #proms-gala", REC, "C-10201", "in_person", past("sat"), None, [], init="proms-gala", nc=["Merrill"], ne=["Saturday evening"], why="'might' is hypothetical; evening gives no time")
L("en", "GB", "Oliver Pike rang yesterday at 3, wants a cash ISA at 4.6%", AU, "C-10204", why="yesterday at 3: both readings past")
L("en", "GB", "Thierry Leclercq video this morning, wants to see the London office", NC, "C-10305", why="covered by the Paris rep only")
L("en", "GB", "Eve Pennington coffee 29/1 10am, withdrew £80k for school fees, nothing in", REC, "C-10202", "in_person", on(1, 29), "10:00", [], nc=["school fees"], ne=["29/1"], why="en-GB d/m; withdrawal is no claim")
L("en", "GB", "Oliver Pike video today, transferred £500k, happy with the 4.2% on the MMF", AU, "C-10204", why="money moved with no direction")
# ================= fr: Paris rep (local Mon 15:10) =================
L("fr", "FR", "Rdv avec Constant Aubry ce matin, versement de 1,5 M€ sur l'assurance-vie, abattement de 152 500 € par bénéficiaire expliqué", REC, "C-10301", "in_person", T, None, [dep("1500000", "EUR")], nc=["152 500"], ne=["ce matin"], why="versement = deposit; the allowance is a figure with no outcome; 'Constant' is a first name")
L("fr", "FR", "Appel Rose Aubry hier 18h, elle ne versera rien avant la vente de l'appart", REC, "C-10302", "phone", Y, "18:00", [], nc=["appart"], ne=["hier", "18h"], why="negated deposit")
L("fr", "FR", "déj avec Aubry vendredi", AC, why="surname alone, household of Constant and Rose Aubry")
L("fr", "FR", "Blanche Morel visio lundi dernier 10h30, 400 000 CHF reçus sur ACC-10334 et engagement de 1 M€ pour mars", REC, "C-10303", "video", past("mon"), "10:30", [dep("400000", "CHF", "ACC-10334"), plg("1000000", "EUR")], ne=["lundi dernier", "10h30"], why="'lundi dernier' said on a Monday = seven days ago; two claims in two currencies")
L("fr", "FR", "Blanche Morel tél ce matin, elle a viré 600k", AU, "C-10303", why="money moved with no direction (and two currencies)")
L("fr", "FR", "Fleur Dimanche rdv samedi 11h30 à l'agence, PEA plein (150 000 €), ouverture d'un PEA-PME, rien de nouveau", REC, "C-10304", "in_person", past("sat"), "11:30", [], nc=["PEA-PME"], ne=["samedi", "11h30"], why="surname Dimanche is not the day; PEA ceiling is no amount")
L("fr", "FR", "Fleur Dimanche mail dimanche soir, questions sur le PER et la déduction de 10 %", REC, "C-10304", "email", Y, None, [], nc=["PER"], ne=["dimanche soir"], why="French 'mail' = email; dimanche soir = yesterday evening; surname vs weekday")
L("fr", "FR", "Thierry Leclercq visio mardi 14h, mandat de conseil sur la cession gagné, honoraires 850 k€", REC, "C-10305", "video", past("tue"), "14:00", [man("850000", "EUR")], nc=["cession"], ne=["mardi", "14h"], why="advisory mandate won with a fee")
L("fr", "FR", "Thierry Leclerq appel jeudi dernier, on a perdu le mandat d'IPO face à Lazard", REC, "C-10305", "phone", past("thu"), None, [], nc=["Lazard"], ne=["jeudi dernier"], why="typo Leclerq; lost mandate")
L("fr", "FR", "Constant Aubry courrier envoyé aujourd'hui : bulletin de souscription SCPI + donation-partage, 100 000 € par enfant", REC, "C-10301", "mail", T, None, [], nc=["SCPI"], why="courrier = mail; donation allowance is no outcome")
L("fr", "FR", "Rose Castaing café hier, patrimoine ~6 M€, prospect apportée par son notaire", NC, "C-10306", why="client covered by nobody")
L("fr", "FR", "Hélène Morel visio ce matin, elle veut ouvrir un PEA", NC, "C-10307", why="covered by the London rep only")
L("fr", "FR", "Rose déj hier midi", AC, why="first name shared by Rose Aubry and Rose Castaing")
L("fr", "FR", "Constant Aubry visio à 9h du mat, il a signé la gestion sous mandat pour 2 M€, frais 0,9 %", REC, "C-10301", "video", T, "09:00", [], nc=["gestion sous mandat"], ne=["9h du mat"], why="'du mat' makes 9h a morning time; management mandate never a claim")
L("fr", "FR", "Blanche Morel rdv avant-hier 16h, compte à terme 3,1 % sur 500 k€, et apport de 250 k€ sur ACC-10333", REC, "C-10303", "in_person", DBY, "16:00", [dep("250000", "EUR", "ACC-10333")], nc=["compte à terme"], ne=["avant-hier", "16h"], why="term deposit is no claim; apport into the EUR account is")
L("fr", "FR", "Appel Fleur Dimanche hier à 4h, contrat de capi", AU, "C-10304", why="hier à 4h: 04:00 or 16:00, both past")
L("fr", "FR", "Rose Aubry ce week-end au golf, elle s'est engagée sur 300 k€ #scottish-open", AU, "C-10302", why="'ce week-end' said on Monday: Saturday or Sunday")
L("fr", "FR", "Thierry Leclercq : lettre recommandée reçue ce matin, il résilie la convention de gestion conseillée et fait un rachat partiel de 200 k€ sur l'AV", REC, "C-10305", "mail", T, None, [], nc=["gestion conseillée"], ne=["ce matin"], why="'reçue' is the letter, not money; rachat = money out")
L("fr", "FR", "Constant Aubry appel cet aprem à 14h30 (nouveau n° 06 12 48 77 30), 71 ans, PEA ouvert en 2009, relance demain", REC, "C-10301", "phone", T, "14:30", [], TOM, nc=["06 12 48 77 30"], ne=["cet aprem", "14h30"], why="phone number, age, year; relance demain")
L("fr", "FR", "Blanche Morel déjeuner jeudi, elle pourrait apporter 2 M CHF si la succession se débloque", REC, "C-10303", "in_person", past("thu"), None, [], nc=["succession"], ne=["jeudi"], why="pourrait ... si = hypothetical")
L("fr", "FR", "Fleur Dimanche visio 28/01 à 17h30, simulation PER, plafond 10 % des revenus, TMI 41 %", REC, "C-10304", "video", on(1, 28), "17:30", [], nc=["TMI 41 %"], ne=["28/01", "17h30"], why="percentages only")
L("fr", "FR", "Rose Aubry a promis 1,2 M€ hier au téléphone, relance lundi", REC, "C-10302", "phone", Y, None, [plg("1200000", "EUR")], nxt("mon"), ne=["hier"], why="relance lundi said on a Monday = next Monday")
L("fr", "FR", "Thierry Leclercq rdv au bureau 10h, IFI 2027, holding à l'IS, rien signé, relancer le 15 février", REC, "C-10305", "in_person", T, "10:00", [], on(2, 15), nc=["IFI"], ne=["10h"], why="10h today: 22h would be in the future; year is not an amount")
L("fr", "FR", "mail de Constant Aubry vendredi dernier, il a déposé 800 000 € sur ACC-10312, le solde de 400 k€ suivra peut-être en avril", REC, "C-10301", "email", past("fri"), None, [dep("800000", "EUR", "ACC-10312")], ne=["vendredi dernier"], why="second amount is only 'peut-être'")
L("fr", "FR", "Blanche Morel appel mercredi 9h15, mandat gagné sur l'émission obligataire de sa holding, honoraires CHF 320 000", REC, "C-10303", "phone", past("wed"), "09:15", [man("320000", "CHF")], ne=["mercredi", "9h15"], why="mandate fee in CHF on a EUR+CHF client")
L("fr", "FR", "Fleur Dimanche rdv dimanche dernier au salon Patrimonia", AU, "C-10304", why="'dimanche dernier' said on Monday: yesterday or eight days ago")
L("fr", "FR", "Rose Aubry : discuté ce matin du Livret A à 2,4 % et du LDDS", ACH, "C-10302", why="'discuté' gives no channel")
L("fr", "FR", "Thierry Leclercq visio à 8h ce matin, il a transféré 1 M€ de son PEA chez Boursorama vers nous, sur ACC-10358", REC, "C-10305", "video", T, "08:00", [dep("1000000", "EUR", "ACC-10358")], ne=["8h", "ce matin"], why="PEA transfer toward us into the account")
L("fr", "FR", "Blanche Morel rdv vendredi 11h45, point sur le contrat lux en CHF, 3,4 M de patrimoine financier", REC, "C-10303", "in_person", past("fri"), "11:45", [], nc=["contrat lux"], ne=["vendredi", "11h45"], why="portfolio size with no outcome word")
L("fr", "FR", "Fleur Dimanche appel ce matin, elle hésite : si le marché baisse elle mettrait 500 k€", REC, "C-10304", "phone", T, None, [], nc=["hésite"], ne=["ce matin"], why="si ... mettrait = hypothetical")
L("fr", "FR", "Constant Aubry tél hier 20h, PER transféré de chez Axa : 420 000 € reçus sur ACC-10312, et 150 k€ de plus promis", REC, "C-10301", "phone", Y, "20:00", [dep("420000", "EUR", "ACC-10312"), plg("150000", "EUR")], ne=["hier", "20h"], why="deposit and pledge in one line")
L("fr", "FR", "Rose Aubry visio samedi matin, SCPI à 4,5 %, elle a retiré 90 k€ pour les travaux", REC, "C-10302", "video", past("sat"), None, [], nc=["SCPI"], ne=["samedi matin"], why="withdrawal is no claim")
L("fr", "FR", "Thierry Leclercq déj au Cercle à 12h30, invité à la #louvre-nocturne du 18/02, il viendra avec sa femme", REC, "C-10305", "in_person", T, "12:30", [], init="louvre-nocturne", nc=["18/02"], ne=["12h30"], why="the event date is not the contact day nor a follow-up")
L("fr", "FR", "Blanche Morel café hier matin, portefeuille 2,5 M€ chez nous, 4 M€ ailleurs", REC, "C-10303", "in_person", Y, None, [], nc=["portefeuille"], ne=["hier matin"], why="portfolio sizes, no outcome word")
L("fr", "FR", "Appel de Constant Aubry le 29 janvier à 11h15 : PEA, il n'a PAS fait le versement de 150 000 €", REC, "C-10301", "phone", on(1, 29), "11:15", [], nc=["PEA"], ne=["29 janvier", "11h15"], why="negated deposit")
# ================= sv: Stockholm rep (local Mon 15:10) =================
L("sv", "SV", "Möte med Tor Vikström i morse, flyttade över ISK:n från Nordnet till oss, 3,4 milj. kr", REC, "C-10401", "in_person", T, None, [dep("3400000", "SEK")], nc=["Nordnet"], ne=["i morse"], why="'till oss' gives the direction; 'Tor' is a name, not torsdag")
L("sv", "SV", "Ingrid Vikström ringde igår kl 16.45, KF på 2 miljoner som hon kanske flyttar i vår", REC, "C-10402", "phone", Y, "16:45", [], nc=["KF"], ne=["igår", "16.45"], why="kanske = hypothetical")
L("sv", "SV", "lunch med Vikström i fredags", AC, why="surname alone, household of Tor and Ingrid")
L("sv", "SV", "Ingrid Vikström videomöte i förrgår kl 10.00, insättning EUR 250 000 på ACC-10425 och 1,5 milj. kr på ACC-10424", REC, "C-10402", "video", DBY, "10:00", [dep("250000", "EUR", "ACC-10425"), dep("1500000", "SEK", "ACC-10424")], ne=["i förrgår", "kl 10.00"], why="two deposits into two named accounts")
L("sv", "SV", "Ingrid Vikström mejl idag, hon har lovat 2 milj", AU, "C-10402", why="SEK and EUR accounts, no currency")
L("sv", "SV", "Björn Falk fika kl 9.30, han satte in 800 000 kr, tjänstepensionen från Alecta diskuterad, 58 år", REC, "C-10403", "in_person", T, "09:30", [dep("800000", "SEK")], nc=["Alecta"], ne=["kl 9.30"], why="fika = in person; age")
L("sv", "SV", "Falk ringde i morse om bolånet", AC, why="surname shared by Björn and Axel Falk (unrelated)")
L("sv", "SV", "Axel Falk lunch igår, förmögenhet ca 40 mkr, vill byta bank", NC, "C-10406", why="covered by nobody")
L("sv", "SV", "Fred Sommar, träffades i lördags på Sturehof, vann mandatet för nyemissionen, arvode 4,5 MSEK", REC, "C-10404", "in_person", past("sat"), None, [man("4500000", "SEK")], nc=["nyemissionen"], ne=["i lördags"], why="'Fred' (fre = Friday) and 'Sommar' are names")
L("sv", "SV", "Fred Sommar telefon förra måndagen kl 14, förlorade mandatet till Carnegie", REC, "C-10404", "phone", past("mon"), "14:00", [], nc=["Carnegie"], ne=["förra måndagen", "kl 14"], why="'förra måndagen' said on a Monday = seven days ago; lost mandate")
L("sv", "SV", "Märta Lönn brev skickat idag med avtalet om diskretionär förvaltning, 5 milj. kr, avgift 0,75 %", REC, "C-10405", "mail", T, None, [], nc=["diskretionär förvaltning"], why="management mandate never a claim")
L("sv", "SV", "Märta Lönn ringde igår kl 3, fasträntekonto 3,1 %", AU, "C-10405", why="igår kl 3: 03:00 or 15:00, both past")
L("sv", "SV", "Tor Vikstrom videosamtal i eftermiddag kl 13.15, fasträntekonto 1 milj. på 12 mån, inga nya pengar", REC, "C-10401", "video", T, "13:15", [], nc=["fasträntekonto"], ne=["i eftermiddag", "13.15"], why="typo Vikstrom; fixed-rate account never a claim")
L("sv", "SV", "Signe Åberg telefon idag om ISK och KF", NC, "C-10407", why="covered by the London rep only")
L("sv", "SV", "Björn Falk möte i helgen på landet, 2 milj. kr utlovat", AU, "C-10403", why="'i helgen' said on Monday: Saturday or Sunday")
L("sv", "SV", "Fred Sommar mejl 27/1, vill ha IPS-pengarna flyttade, 64 år, tel 070-482 19 36", REC, "C-10404", "email", on(1, 27), None, [], nc=["070-482 19 36"], ne=["27/1"], why="phone number and age")
L("sv", "SV", "Märta Lönn telefon i morse kl 8, hon tog ut 300 tkr till huset", REC, "C-10405", "phone", T, "08:00", [], nc=["huset"], ne=["i morse", "kl 8"], why="withdrawal is no claim; i morse makes kl 8 a morning time")
L("sv", "SV", "pratade med Tor Vikström igår om PPM och premiepensionen", ACH, "C-10401", why="'pratade med' gives no channel")
L("sv", "SV", "Ingrid lunch idag kl 12.15, inget nytt", REC, "C-10402", "in_person", T, "12:15", [], nc=["inget nytt"], ne=["kl 12.15"], why="first name alone, unique in the firm")
L("sv", "SV", "Tor Vikström middag igår kväll kl 19, lovade 5 miljoner kronor till KF:en före mars, uppföljning fredag", REC, "C-10401", "in_person", Y, "19:00", [plg("5000000", "SEK")], nxt("fri"), nc=["KF"], ne=["igår kväll", "kl 19"], why="lovade = pledged; follow-up Friday ahead")
L("sv", "SV", "Björn Falk videomöte tisdag kl 10.30, satte inte in något, väntar på bonusen i mars", REC, "C-10403", "video", past("tue"), "10:30", [], nc=["bonusen"], ne=["tisdag", "10.30"], why="negated deposit")
L("sv", "SV", "Fred Sommar lunch torsdag, han har satt in 1 250 000 kr på ACC-10443 och lovat ytterligare 2 mkr", REC, "C-10404", "in_person", past("thu"), None, [dep("1250000", "SEK", "ACC-10443"), plg("2000000", "SEK")], ne=["torsdag"], why="deposit and pledge")
L("sv", "SV", "Tor Vikström ringde tors 11:00, om han säljer bolaget skulle han sätta in 20 milj.", REC, "C-10401", "phone", past("thu"), "11:00", [], nc=["bolaget"], ne=["tors", "11:00"], why="'tors' = Thursday next to the name Tor; om ... skulle = hypothetical")
L("sv", "SV", "Märta Lönn möte i måndags kl 15, vann mandatet för obligationslånet, arvode 1,8 milj. kr, återkoppla den 10 februari", REC, "C-10405", "in_person", past("mon"), "15:00", [man("1800000", "SEK")], on(2, 10), nc=["obligationslånet"], ne=["i måndags", "kl 15"], why="'i måndags' on a Monday = a week ago")
L("sv", "SV", "Björn Falk mail igår kväll, flyttade 2 miljoner", AU, "C-10403", why="money moved with no direction")
L("sv", "SV", "Ingrid Vikström fika i onsdags kl 14.00, KF:n på 1,2 milj. EUR flyttas hit om räntan sjunker", REC, "C-10402", "in_person", past("wed"), "14:00", [], nc=["räntan"], ne=["i onsdags", "kl 14.00"], why="om = conditional")
L("sv", "SV", "Tor Vikström brev igår: gåvobrev till barnbarnen, 3 × 100 000 kr", REC, "C-10401", "mail", Y, None, [], nc=["gåvobrev"], ne=["igår"], why="gifts are no outcome")
L("sv", "SV", "Fred Sommar videomöte kl 7 i morse, insättning 600 tkr till ACC-10443 klar", REC, "C-10404", "video", T, "07:00", [dep("600000", "SEK", "ACC-10443")], ne=["kl 7", "i morse"], why="tkr = thousand kronor")
L("sv", "SV", "Märta Lönn telefon i fredags 9.45, avbröt åtagandet på 1 mkr, missnöjd med avgiften 1,2 %", REC, "C-10405", "phone", past("fri"), "09:45", [], nc=["avgiften"], ne=["i fredags", "9.45"], why="cancelled pledge")
L("sv", "SV", "Sven Lönn ringde idag", AC, why="unknown person sharing Märta Lönn's surname")
L("sv", "SV", "Björn Falk möte idag kl 11, räntefond 2,9 %, ISK-schablon 1,086 %, ingen ny insättning", REC, "C-10403", "in_person", T, "11:00", [], nc=["ISK-schablon"], ne=["kl 11"], why="kl 11 today: 23:00 would be in the future; negated deposit")
L("sv", "SV", "Tor Vikström zoom 26/1 kl 17.30, IPO-mandat vunnet för familjebolaget, arvode 12 Mkr", REC, "C-10401", "video", on(1, 26), "17:30", [man("12000000", "SEK")], nc=["familjebolaget"], ne=["26/1", "17.30"], why="mandate fee in Mkr")
L("sv", "SV", "Ingrid Vikström telefon förra söndagen", AU, "C-10402", why="'förra söndagen' said on Monday")
L("sv", "SV", "Märta Lönn lunch idag, hon lovar 3 milj. kr om arvet kommer in", REC, "C-10405", "in_person", T, None, [], nc=["arvet"], why="conditional pledge (om) is no claim")
L("sv", "SV", "Fred Sommar ringde i morse, uppföljning på fredag om AP7 Såfa #vasaloppet27", REC, "C-10404", "phone", T, None, [], nxt("fri"), init="vasaloppet27", nc=["AP7 Såfa"], ne=["i morse"], why="fund name with a figure; initiative tag with digits")
# ================= ro: Bucharest rep (local Mon 16:10) =================
L("ro", "RO", "Întâlnire cu Speranța Dobre azi la ora 10, a depus 450.000 lei în ACC-10519, discutat Pilonul 2 la 58 de ani", REC, "C-10501", "in_person", T, "10:00", [dep("450000", "RON", "ACC-10519")], nc=["Pilonul 2"], ne=["ora 10"], why="ora 10 today: 22:00 would be in the future; pension pillar and age are no amounts; Speranța = hope")
L("ro", "RO", "Victor Dobre m-a sunat ieri la 17:30, a promis 1,2 mln € și 2 milioane lei până în martie", REC, "C-10502", "phone", Y, "17:30", [plg("1200000", "EUR"), plg("2000000", "RON")], ne=["ieri", "17:30"], why="two pledges in two currencies")
L("ro", "RO", "Victor Dobre cafea azi-dimineață, a virat 500 mii", AU, "C-10502", why="no direction and no currency on a RON+EUR client")
L("ro", "RO", "prânz cu Victor vineri", AC, why="first name shared by Victor Dobre and Victor Lazăr")
L("ro", "RO", "Victor Lazăr apel alaltăieri, avere estimată 3 mil. euro, vrea o a doua opinie", NC, "C-10505", why="covered by nobody")
L("ro", "RO", "Ilie Duminică întâlnire sâmbătă la 11:00 la birou, depozit la termen 6,5% pe 12 luni, 300.000 lei", REC, "C-10503", "in_person", past("sat"), "11:00", [], nc=["depozit la termen"], ne=["sâmbătă", "11:00"], why="surname Duminică = Sunday; term deposit never a claim")
L("ro", "RO", "Ilie Duminică e-mail duminică seara, întrebări despre Pilon III, 400 euro/an deductibil", REC, "C-10503", "email", Y, None, [], nc=["Pilon III"], ne=["duminică seara"], why="duminică seara = yesterday evening, next to the surname Duminică")
L("ro", "RO", "Lucian Toma video marți la 14:00, mandat câștigat pentru listarea pe BVB, onorariu 350.000 euro", REC, "C-10504", "video", past("tue"), "14:00", [man("350000", "EUR")], nc=["BVB"], ne=["marți", "14:00"], why="listing mandate with a fee")
L("ro", "RO", "Lucian Toma apel lunea trecută la 9:30, am pierdut mandatul de M&A", REC, "C-10504", "phone", past("mon"), "09:30", [], nc=["M&A"], ne=["lunea trecută", "9:30"], why="'lunea trecută' said on a Monday = seven days ago; lost mandate")
L("ro", "RO", "Speranta Dobre scrisoare trimisă azi, formulare KYC + FATCA", REC, "C-10501", "mail", T, None, [], nc=["FATCA"], why="missing diacritic in Speranța; scrisoare = mail")
L("ro", "RO", "Dobre la cafea ieri", AC, why="surname alone, household of Speranța and Victor")
L("ro", "RO", "Speranța Dobre apel duminica trecută", AU, "C-10501", why="'duminica trecută' said on Monday")
L("ro", "RO", "Ilie Duminică m-a sunat ieri la 5, titluri de stat Fidelis 6,7%", AU, "C-10503", why="ieri la 5: both readings past")
L("ro", "RO", "Lucian Toma prânz joi, a depus 200.000 euro și s-a angajat pentru încă 300k EUR, comision 1% pe an", REC, "C-10504", "in_person", past("thu"), None, [dep("200000", "EUR"), plg("300000", "EUR")], ne=["joi"], why="deposit and pledge; fee percentage is no amount")
L("ro", "RO", "Victor Dobre întâlnire vinerea trecută la 12:30, a retras 150.000 lei din ACC-10526 pentru casă", REC, "C-10502", "in_person", past("fri"), "12:30", [], nc=["casă"], ne=["vinerea trecută", "12:30"], why="money out of a named account is no claim")
L("ro", "RO", "Speranța Dobre weekendul trecut la munte, a promis 100.000 lei", AU, "C-10501", why="'weekendul trecut': Saturday or Sunday")
L("ro", "RO", "Ilie Duminică video azi la 15:45, dacă vinde firma depune 5 milioane lei", REC, "C-10503", "video", T, "15:45", [], nc=["firma"], ne=["15:45"], why="dacă = hypothetical")
L("ro", "RO", "Lucian Toma e-mail pe 27 ianuarie, asigurare unit-linked, 45 de ani, tel 0722 481 903", REC, "C-10504", "email", on(1, 27), None, [], nc=["0722 481 903"], ne=["27 ianuarie"], why="age and phone number")
L("ro", "RO", "Victor Dobre la telefon aseară, depunere de 300.000 euro în ACC-10527 confirmată, revin marți", REC, "C-10502", "phone", Y, None, [dep("300000", "EUR", "ACC-10527")], nxt("tue"), ne=["aseară"], why="aseară = yesterday evening; revin marți = tomorrow")
L("ro", "RO", "am vorbit cu Lucian Toma azi despre ETF-uri pe S&P 500", ACH, "C-10504", why="'am vorbit' gives no channel")
L("ro", "RO", "Speranța Dobre întâlnire ieri la 4 după-amiaza, NU a depus încă, așteaptă dividendele", REC, "C-10501", "in_person", Y, "16:00", [], nc=["dividendele"], ne=["ieri", "4 după-amiaza"], why="după-amiaza makes 4 16:00; negated deposit")
L("ro", "RO", "Ilie Duminică apel azi-dimineață la 8:15, a virat 250.000 lei în ACC-10538", REC, "C-10503", "phone", T, "08:15", [dep("250000", "RON", "ACC-10538")], ne=["azi-dimineață", "8:15"], why="virat în ACC = deposit")
L("ro", "RO", "Lucian Toma cafea 28.01 la ora 9 dimineața, portofoliu 1,8 mil. euro, profil dinamic", REC, "C-10504", "in_person", on(1, 28), "09:00", [], nc=["portofoliu"], ne=["28.01", "9 dimineața"], why="portfolio size, no outcome")
L("ro", "RO", "Victor Dobre video joi seara, s-a angajat cu 1 milion", AU, "C-10502", why="RON+EUR client, no currency")
L("ro", "RO", "Speranța Dobre curier primit azi cu actele pentru Pilonul III, nimic depus", REC, "C-10501", "mail", T, None, [], nc=["Pilonul III"], why="courier = mail; 'primit' is the papers")
L("ro", "RO", "Ilie Duminică la birou miercuri la 13:00, a anulat angajamentul de 400.000 lei", REC, "C-10503", "in_person", past("wed"), "13:00", [], nc=["anulat"], ne=["miercuri", "13:00"], why="cancelled pledge")
L("ro", "RO", "Lucian Toma apel azi la 11, mandat de administrare discreționară semnat pe 2 mil. euro, comision 1,1%", REC, "C-10504", "phone", T, "11:00", [], nc=["discreționară"], ne=["la 11"], why="management mandate never a claim; la 11 today: 23:00 in the future")
L("ro", "RO", "Speranța Toma m-a sunat azi", AC, why="unknown person: first name of Speranța Dobre, surname of Lucian Toma")
L("ro", "RO", "Ilie Duminică întâlnire alaltăieri la 18:00, invitație #gp-monza acceptată, a depus 1,5 mil. lei", REC, "C-10503", "in_person", DBY, "18:00", [dep("1500000", "RON")], init="gp-monza", ne=["alaltăieri", "18:00"], why="alaltăieri = Saturday")
L("ro", "RO", "Victor Dobre e-mail azi 12:10: 75.000 euro virați în ACC-10527 și 200.000 lei în ACC-10526", REC, "C-10502", "email", T, "12:10", [dep("75000", "EUR", "ACC-10527"), dep("200000", "RON", "ACC-10526")], ne=["12:10"], why="two deposits into two accounts")
L("ro", "RO", "Lucian Toma prânz vineri la 13:30, ar putea aduce 500k EUR din Austria", REC, "C-10504", "in_person", past("fri"), "13:30", [], nc=["Austria"], ne=["vineri", "13:30"], why="ar putea = might")
L("ro", "RO", "Speranța Dobre video azi la 10:00, Tezaur 6,25%, ROBOR 5,8%, revin pe 9 februarie", REC, "C-10501", "video", T, "10:00", [], on(2, 9), nc=["Tezaur"], ne=["10:00"], why="rates only")
L("ro", "RO", "Ilie Duminică apel ieri, a transferat 600.000 lei", AU, "C-10503", why="money moved with no direction")
L("ro", "RO", "Lucian Toma scrisoare recomandată ieri, contract de consultanță, ROE 14%, EBITDA 3,2 mil. euro", REC, "C-10504", "mail", Y, None, [], nc=["EBITDA"], ne=["ieri"], why="company figures, no outcome")
L("ro", "RO", "Victor Dobre întâlnire azi la 3 după-amiaza, a depus 1.000.000 lei și a promis 250.000 euro, revin vineri", REC, "C-10502", "in_person", T, "15:00", [dep("1000000", "RON"), plg("250000", "EUR")], nxt("fri"), ne=["3 după-amiaza"], why="deposit and pledge in two currencies")
# ================= ms: Kuala Lumpur rep (local Mon 22:10) =================
L("ms", "MS", "Jumpa Tan Boon Keat di pejabat pagi tadi, dia masukkan SGD 400k ke ACC-10614 dan janji RM 2 juta lagi", REC, "C-10601", "in_person", T, None, [dep("400000", "SGD", "ACC-10614"), plg("2000000", "MYR")], ne=["pagi tadi"], why="deposit into the SGD account and a MYR pledge")
L("ms", "MS", "Tan Boon Keat telefon semalam pukul 3 petang, komitmen 1.5 juta", AU, "C-10601", why="MYR+SGD client, no currency")
L("ms", "MS", "Tan Mei Ling makan tengah hari hari Sabtu, ASB penuh RM 200k, dividen 5.75 sen, tiada duit baru", REC, "C-10602", "in_person", past("sat"), None, [], nc=["ASB"], ne=["Sabtu"], why="ASB holding is no outcome")
L("ms", "MS", "Tan call semalam pasal PRS", AC, why="surname alone, household of Tan Boon Keat and Tan Mei Ling")
L("ms", "MS", "Tan Sri Azman bin Yusof jumpa di KLCC hari Jumaat lepas pukul 11 pagi, mandat IPO dimenangi, yuran RM 4.2 juta", REC, "C-10603", "in_person", past("fri"), "11:00", [man("4200000", "MYR")], nc=["IPO"], ne=["Jumaat lepas", "11 pagi"], why="'Tan Sri' is an honorific, not the surname Tan")
L("ms", "MS", "Tan Sri Azman telefon hari ini pasal sukuk", AC, why="Azman alone: Azman bin Yusof or Azman bin Hashim")
L("ms", "MS", "Azman bin Hashim jumpa semalam, AUM RM 30 juta di bank lain", NC, "C-10607", why="covered by nobody")
L("ms", "MS", "Mawar binti Ismail panggilan video pukul 9.30 pagi tadi, dia keluarkan KWSP Akaun 2 RM 120 ribu, masukkan RM 100 ribu ke ACC-10641", REC, "C-10604", "video", T, "09:30", [dep("100000", "MYR", "ACC-10641")], nc=["KWSP"], ne=["9.30 pagi"], why="the EPF withdrawal is not a deposit; the amount put into the account is")
L("ms", "MS", "Mawar emel semalam, FD 3.85% RM 500k matang bulan Mac", REC, "C-10604", "email", Y, None, [], nc=["FD"], ne=["semalam"], why="first name alone, unique; Mawar = rose; FD never a claim")
L("ms", "MS", "Bulan binti Osman surat dihantar hari ini, borang takaful dan penyata EPF", REC, "C-10605", "mail", T, None, [], nc=["takaful"], why="Bulan (= month/moon) is a name")
L("ms", "MS", "Bulan binti Osman jumpa Isnin lepas pukul 4 petang, dia janji RM 800 ribu hujung bulan, susulan 15 Februari", REC, "C-10605", "in_person", past("mon"), "16:00", [plg("800000", "MYR")], on(2, 15), ne=["Isnin lepas", "4 petang"], why="'Isnin lepas' said on a Monday = seven days ago")
L("ms", "MS", "Ganesan a/l Krishnan Zoom petang tadi pukul 5, deposit RM 1.2 juta ke ACC-10662", REC, "C-10606", "video", T, "17:00", [dep("1200000", "MYR", "ACC-10662")], ne=["petang tadi", "pukul 5"], why="petang makes 5 17:00")
L("ms", "MS", "Ganesan telefon pukul 8 tadi", REC, "C-10606", "phone", T, "08:00", [], ne=["pukul 8"], why="an hour of 7 to 12 after pukul, kl or before baje is read as typed (README, decided with the product); was ask_unclear: pukul 8 at 22:10: 08:00 and 20:00 both past")
L("ms", "MS", "Bulan binti Osman minum kopi hujung minggu lepas, portfolio RM 6 juta", AU, "C-10605", why="'hujung minggu lepas': Saturday or Sunday")
L("ms", "MS", "Mawar binti Ismail call Ahad lepas", AU, "C-10604", why="'Ahad lepas' said on Monday")
L("ms", "MS", "Tan Mei Ling bersemuka di rumah semalam pukul 8 malam, dia batalkan janji RM 300k, suami tak setuju", REC, "C-10602", "in_person", Y, "20:00", [], nc=["suami"], ne=["semalam", "8 malam"], why="cancelled pledge")
L("ms", "MS", "Azman Yusuf emel 28/1, pelaburan sukuk 4.1%, umur 63, no tel 012-387 4410", REC, "C-10603", "email", on(1, 28), None, [], nc=["012-387 4410"], ne=["28/1"], why="Yusuf is a spelling of Yusof; age, phone, rate")
L("ms", "MS", "Tan Boon Keat panggilan video hari Selasa pukul 10 pagi, dia pindahkan RM 2 juta", AU, "C-10601", why="pindahkan with no direction")
L("ms", "MS", "Ganesan a/l Krishnan jumpa hari Rabu, kalau bonus masuk dia letak RM 500k", REC, "C-10606", "in_person", past("wed"), None, [], nc=["bonus"], ne=["Rabu"], why="kalau = hypothetical")
L("ms", "MS", "Mawar binti Ismail bincang PRS semalam", ACH, "C-10604", why="'bincang' gives no channel")
L("ms", "MS", "Sona Mehra jumpa di KL hari ini", NC, "C-10705", why="covered by the Kolkata rep only")
L("ms", "MS", "Bulan Osman telefon pagi tadi pukul 7.45, OPR 2.75%, simpanan tetap RM 1 juta diperbaharui", REC, "C-10605", "phone", T, "07:45", [], nc=["simpanan tetap"], ne=["pagi tadi", "7.45"], why="fixed deposit renewed is never a claim")
L("ms", "MS", "Tan Mei Ling Zoom hari ini pukul 2.30 petang, deposit RM 650,000 dan berjanji RM 1 juta lagi, susulan Jumaat", REC, "C-10602", "video", T, "14:30", [dep("650000", "MYR"), plg("1000000", "MYR")], nxt("fri"), ne=["2.30 petang"], why="deposit and pledge")
L("ms", "MS", "Azman bin Yusof makan malam Sabtu pukul 8.30 malam #scottish-open, dia deposit RM 5 juta ke ACC-10635", REC, "C-10603", "in_person", past("sat"), "20:30", [dep("5000000", "MYR", "ACC-10635")], init="scottish-open", ne=["Sabtu", "8.30 malam"], why="8.30 malam = 20:30")
L("ms", "MS", "Tan Boon Keat emel Khamis, kita menang mandat penasihat untuk pengambilalihan, yuran S$180,000", REC, "C-10601", "email", past("thu"), None, [man("180000", "SGD")], nc=["pengambilalihan"], ne=["Khamis"], why="S$ = SGD on a MYR+SGD client")
L("ms", "MS", "Ganesan a/l Krishnan telefon semalam pukul 11.15 pagi, mandat hilang kepada CIMB", REC, "C-10606", "phone", Y, "11:15", [], nc=["CIMB"], ne=["semalam", "11.15 pagi"], why="lost mandate")
L("ms", "MS", "Mawar binti Ismail jumpa hari ini pukul 10 pagi, tandatangan mandat pengurusan portfolio RM 3 juta, yuran 1%", REC, "C-10604", "in_person", T, "10:00", [], nc=["mandat pengurusan portfolio"], ne=["10 pagi"], why="management mandate never a claim")
L("ms", "MS", "Tan Mei Ling telefon hari ini pukul 10, tanya pasal ASB 2", REC, "C-10602", "phone", T, "10:00", [], nc=["ASB"], ne=["hari ini", "pukul 10"], why="an hour of 7 to 12 after pukul, kl or before baje is read as typed (README, decided with the product); was ask_unclear: pukul 10 at 22:10: 10:00 and 22:00 both past")
L("ms", "MS", "Bulan binti Osman jumpa di Bangsar hari Khamis pukul 12.30 tengah hari, umur 55, pengeluaran EPF RM 900 ribu, belum masuk ke sini", REC, "C-10605", "in_person", past("thu"), "12:30", [], nc=["EPF"], ne=["Khamis", "12.30"], why="EPF withdrawal at 55 not yet brought in")
L("ms", "MS", "Bulan binti Osman panggilan video 26/1 pukul 9 malam, dia masukkan RM 450 ribu ke ACC-10657, PRS RM 3,000 pelepasan cukai", REC, "C-10605", "video", on(1, 26), "21:00", [dep("450000", "MYR", "ACC-10657")], nc=["PRS"], ne=["26/1", "9 malam"], why="PRS tax relief figure is no amount")
L("ms", "MS", "Ganesan a/l Krishnan makan tengah hari hari ini, dia tak jadi deposit RM 2 juta, tunggu jualan tanah", REC, "C-10606", "in_person", T, None, [], nc=["jualan tanah"], why="negated deposit; lunch gives no time")
L("ms", "MS", "Tan Boon Keat jumpa semalam pukul 4 petang, SGD 250k keluar ke DBS, tapi RM 1.8 juta masuk ke ACC-10613", REC, "C-10601", "in_person", Y, "16:00", [dep("1800000", "MYR", "ACC-10613")], nc=["DBS"], ne=["semalam", "4 petang"], why="money out and money in")
L("ms", "MS", "Mawar binti Osman jumpa hari ini", AC, why="unknown person: Mawar's first name, Bulan's patronymic")
L("ms", "MS", "Tan Mei Ling emel petang tadi, mungkin tambah RM 500k ke ASB anak", REC, "C-10602", "email", T, None, [], nc=["ASB"], ne=["petang tadi"], why="mungkin = maybe")
L("ms", "MS", "Azman bin Yusof panggilan video hari ini pukul 9 malam, berjanji RM 10 juta dan deposit RM 2.5 juta, susulan esok", REC, "C-10603", "video", T, "21:00", [plg("10000000", "MYR"), dep("2500000", "MYR")], TOM, ne=["9 malam"], why="pledge and deposit; esok = tomorrow")
# ================= hi: Kolkata rep (local Mon 19:40); Devanagari first, then Hinglish =================
L("hi", "HI", "Prabhat Lakhani से आज सुबह ऑफिस में मुलाकात, 75 लाख जमा किए, PPF के 15 साल पूरे", REC, "C-10701", "in_person", T, None, [dep("7500000", "INR")], nc=["PPF"], ne=["आज सुबह"], why="जमा किए = deposited; 15 years of PPF is no amount")
L("hi", "HI", "Usha Lakhani से कल दोपहर 3 बजे फ़ोन पर बात, उन्होंने 1 करोड़ का वादा किया", AU, "C-10702", why="INR+USD client: a crore figure without a currency")
L("hi", "HI", "Lakhani परिवार के साथ शनिवार को डिनर", AC, why="surname alone, household of Prabhat and Usha")
L("hi", "HI", "Sandhya Iyer को कल शाम 6 बजे वीडियो कॉल, ELSS में 1.5 लाख 80C के लिए, SIP ₹25,000 महीना चालू है", REC, "C-10703", "video", Y, "18:00", [], nc=["80C"], ne=["कल शाम 6 बजे"], why="Sandhya (= evening) is a name; ELSS/80C/SIP figures have no outcome word")
L("hi", "HI", "Sandhya जी से आज फ़ोन पर बात हुई", AC, why="first name shared by Sandhya Iyer and Sandhya Rao")
L("hi", "HI", "Som Prakash Gupta से पिछले सोमवार सुबह 11 बजे मीटिंग, QIP का mandate मिला, फीस ₹3.5 करोड़", REC, "C-10704", "in_person", past("mon"), "11:00", [man("35000000", "INR")], nc=["QIP"], ne=["पिछले सोमवार"], why="'पिछले सोमवार' said on a Monday = seven days ago; Som vs सोमवार")
L("hi", "HI", "Som Prakash Gupta ने पिछले रविवार ईमेल किया", AU, "C-10704", why="'पिछले रविवार' said on Monday")
L("hi", "HI", "Gupta जी का फ़ोन आया आज", AC, why="surname shared by Som Prakash Gupta and Rohit Gupta (unrelated)")
L("hi", "HI", "Rohit Gupta से आज वीडियो कॉल पर बात, NRE खाते के बारे में", NC, "C-10707", why="covered by the New York rep only")
L("hi", "HI", "Sona Mehra से परसों घर पर मुलाकात, FD 7.25% पर 40 लाख, कोई नया पैसा नहीं", REC, "C-10705", "in_person", DBY, None, [], nc=["FD"], ne=["परसों"], why="परसों in a log = day before yesterday; FD never a claim")
L("hi", "HI", "Sona Mehra को आज दोपहर 2:15 बजे फ़ोन किया, उन्होंने 30 लाख निकाल लिए बेटी की शादी के लिए", REC, "C-10705", "phone", T, "14:15", [], nc=["शादी"], ne=["2:15"], why="withdrawal is no claim")
L("hi", "HI", "Sandhya Rao से कल मुलाकात हुई, नेट वर्थ 20 करोड़", NC, "C-10706", why="covered by nobody")
L("hi", "HI", "प्रभात लखानी को चिट्ठी भेजी आज, Form 15G और NPS Tier 1 के कागज़", REC, "C-10701", "mail", T, None, [], nc=["15G"], why="client name written in Devanagari; चिट्ठी = letter")
L("hi", "HI", "Usha Lakhani से शुक्रवार को वीडियो कॉल, $300k ACC-10724 में जमा किए और ₹50 लाख का वादा", REC, "C-10702", "video", past("fri"), None, [dep("300000", "USD", "ACC-10724"), plg("5000000", "INR")], ne=["शुक्रवार"], why="deposit into the USD account, INR pledge")
L("hi", "HI", "Prabhat Lakhani से कल 5 बजे मुलाकात, SGB 2.5% ब्याज", AU, "C-10701", why="कल 5 बजे: both readings past")
L("hi", "HI", "Som Prakash Gupta पिछले वीकेंड गोल्फ़ पर मिले, 2 करोड़ जमा करने का वादा", AU, "C-10704", why="'पिछले वीकेंड': Saturday or Sunday")
L("hi", "HI", "Sandhya Iyer से आज शाम 7 बजे ऑफिस में मिला, अगर बोनस आया तो 50 लाख डालेंगी", REC, "C-10703", "in_person", T, "19:00", [], nc=["बोनस"], ne=["शाम 7 बजे"], why="अगर ... तो = hypothetical")
L("hi", "HI", "Prabhat Lakhani से गुरुवार को फ़ोन पर बात, ₹1,25,00,000 ACC-10718 में ट्रांसफ़र किए, सोमवार को फॉलो अप", REC, "C-10701", "phone", past("thu"), None, [dep("12500000", "INR", "ACC-10718")], nxt("mon"), ne=["गुरुवार"], why="Indian digit grouping; transfer into the account; follow-up Monday ahead")
L("hi", "HI", "Prabhat Lakhani ke saath lunch aaj dopahar 1 baje, 2 crore deposit kiye aur 1 crore aur commit kiya #proms-gala", REC, "C-10701", "in_person", T, "13:00", [dep("20000000", "INR"), plg("10000000", "INR")], init="proms-gala", ne=["dopahar 1 baje"], why="deposit and pledge")
L("hi", "HI", "Usha Lakhani ka call aaya kal raat 8 baje, USD 200k ACC-10724 mein aaye, LRS limit $250k ka dhyan rakhna", REC, "C-10702", "phone", Y, "20:00", [dep("200000", "USD", "ACC-10724")], nc=["LRS"], ne=["kal raat 8 baje"], why="the LRS limit is no amount")
L("hi", "HI", "Sandhya Iyer zoom parson subah 10:30, NPS 80CCD(1B) ka 50,000 extra, PPF 7.1%", REC, "C-10703", "video", DBY, "10:30", [], nc=["80CCD(1B)"], ne=["parson"], why="tax sections and rates")
L("hi", "HI", "Som Prakash Gupta se mila pichhle shukravaar shaam 5 baje, mandate haath se gaya Kotak ko", REC, "C-10704", "in_person", past("fri"), "17:00", [], nc=["Kotak"], ne=["pichhle shukravaar"], why="lost mandate; shaam makes 5 17:00")
L("hi", "HI", "Sona Mehra ke ghar gaya kal, 10 saal purana PPF, umar 67, mob 98310 44127", REC, "C-10705", "in_person", Y, None, [], nc=["98310 44127"], why="age and mobile number; Sona (= gold) is a name")
L("hi", "HI", "Sona Mehra ne email kiya aaj, 25 lakh transfer kiye", AU, "C-10705", why="transfer with no direction")
L("hi", "HI", "Sandya Iyer se video call mangalvaar ko 4 baje shaam, 60 lakh jama kiye ACC-10736 mein", REC, "C-10703", "video", past("tue"), "16:00", [dep("6000000", "INR", "ACC-10736")], ne=["mangalvaar"], why="typo Sandya; surname settles which Sandhya")
L("hi", "HI", "Prabhat Lakhani se baat hui aaj subah, HUF aur family trust ke baare mein", ACH, "C-10701", why="'baat hui' gives no channel")
L("hi", "HI", "Ganesan Krishnan video call aaj dopahar 12 baje, RM 500k deposit kiya", REC, "C-10606", "video", T, "12:00", [dep("500000", "MYR")], ne=["dopahar 12 baje"], why="KL client with the Kolkata rep as secondary coverage")
L("hi", "HI", "Usha Lakhani se coffee shanivaar ko, 40 lakh ka pledge cancel kar diya", REC, "C-10702", "in_person", past("sat"), None, [], nc=["cancel"], ne=["shanivaar"], why="cancelled pledge: no claim, so no currency question")
L("hi", "HI", "Som Prakash Gupta office aaye aaj subah 9:45 baje, IPO mandate mila, fee 2.4 crore, follow up shukravaar", REC, "C-10704", "in_person", T, "09:45", [man("24000000", "INR")], nxt("fri"), ne=["9:45"], why="mandate with fee; follow-up Friday ahead")
L("hi", "HI", "Sandhya Iyer ka courier mila aaj, signed PMS agreement, 50 lakh minimum", REC, "C-10703", "mail", T, None, [], nc=["PMS"], why="management agreement and its minimum are no claim")
L("hi", "HI", "Prabhat Lakhani call kal dopahar 3:30, agar market gira toh 5 crore lagayenge, abhi kuch nahi", REC, "C-10701", "phone", Y, "15:30", [], nc=["market"], ne=["kal dopahar"], why="agar = hypothetical")
L("hi", "HI", "Sona Mehra se pichhle ravivaar mandir ke baad mulaqat", AU, "C-10705", why="'pichhle ravivaar' said on Monday")
L("hi", "HI", "Usha Lakhani video call aaj 8 baje, Rs 80 lakh deposit kiye", REC, "C-10702", "video", T, "08:00", [dep("8000000", "INR")], ne=["8 baje"], why="aaj 8 baje at 19:40: 20:00 is in the future; Rs = INR")
L("hi", "HI", "Sandhya Iyer ke saath dinner kal raat, husband ki bahar wali FD tod ke 35 lakh humare paas jama karwaye", REC, "C-10703", "in_person", Y, None, [dep("3500000", "INR")], nc=["FD"], ne=["kal raat"], why="an FD broken elsewhere, the money deposited with us")
L("hi", "HI", "Som Prakash Gupta ne chitthi bheji parson, discretionary mandate 3 crore ka sign karke, fees 1.25%", REC, "C-10704", "mail", DBY, None, [], nc=["discretionary mandate"], ne=["parson"], why="management mandate never a claim")
# ================= mixed: the rep's language with English =================
L("mixed", "FR", "Call avec Constant Aubry this morning, il a wired 2 M€ into ACC-10312, relance Friday", REC, "C-10301", "phone", T, None, [dep("2000000", "EUR", "ACC-10312")], nxt("fri"), ne=["this morning"], why="wired into an account has a direction")
L("mixed", "FR", "Blanche Morel lunch yesterday, she pledged 1,5 M", AU, "C-10303", why="EUR+CHF, no currency")
L("mixed", "FR", "Thierry Leclercq visio 11am, mandate won sur le LBO, fee 1,2 M€ + he committed 500k€ perso", REC, "C-10305", "video", T, "11:00", [man("1200000", "EUR"), plg("500000", "EUR")], nc=["LBO"], ne=["11am"], why="mandate and pledge")
L("mixed", "FR", "Fleur Dimanche meeting last Friday, assurance-vie Lux de 3 M€ she might move chez nous", REC, "C-10304", "in_person", past("fri"), None, [], nc=["assurance-vie"], ne=["last Friday"], why="might = hypothetical")
L("mixed", "FR", "Rose Aubry call last Sunday re son PER", AU, "C-10302", why="'last Sunday' said on Monday")
L("mixed", "FR", "Rose Aubry rdv 10am, PEA cap 150k, bought the S&P 500 ETF, no new cash", REC, "C-10302", "in_person", T, "10:00", [], nc=["S&P 500"], ne=["10am"], why="index name and cap are no amounts")
L("mixed", "FR", "Constant Aubry email yest, withdrew 300 k€ from the AV pour la donation", REC, "C-10301", "email", Y, None, [], nc=["donation"], ne=["yest"], why="money out")
L("mixed", "SV", "Tor Vikström call igår 14:30, he deposited 2 MSEK into ACC-10416, följ upp on Friday", REC, "C-10401", "phone", Y, "14:30", [dep("2000000", "SEK", "ACC-10416")], nxt("fri"), ne=["igår", "14:30"], why="sv/en")
L("mixed", "SV", "Ingrid Vikström lunch today, committed 500k", AU, "C-10402", why="SEK+EUR, no currency")
L("mixed", "SV", "Björn Falk zoom i fredags, ISK vs KF discussion, no deposit this time", REC, "C-10403", "video", past("fri"), None, [], nc=["KF"], ne=["i fredags"], why="negated deposit")
L("mixed", "SV", "Fred Sommar meeting at his office i torsdags kl 10:00, mandate fee 3 MSEK for the rights issue", REC, "C-10404", "in_person", past("thu"), "10:00", [man("3000000", "SEK")], nc=["rights issue"], ne=["i torsdags", "kl 10:00"], why="mandate fee is a mandate claim")
L("mixed", "SV", "Märta Lönn phone call i morse, signed the discretionary mandate, 4 mkr, 0,8 % fee", REC, "C-10405", "phone", T, None, [], nc=["discretionary mandate"], ne=["i morse"], why="management mandate never a claim")
L("mixed", "SV", "Signe Åberg fika today, hon vill flytta hem pengarna", NC, "C-10407", why="covered by the London rep only")
L("mixed", "SV", "Tor met igår kväll kl 20, pledged 1,5 milj. kr, happy", REC, "C-10401", "in_person", Y, "20:00", [plg("1500000", "SEK")], ne=["igår kväll", "kl 20"], why="first name alone, unique in the firm (not 'tor' = Thursday)")
L("mixed", "RO", "Victor Dobre call azi la 14:15, deposited 500k EUR in ACC-10527, follow-up vineri", REC, "C-10502", "phone", T, "14:15", [dep("500000", "EUR", "ACC-10527")], nxt("fri"), ne=["14:15"], why="ro/en")
L("mixed", "RO", "Speranța Dobre meeting yesterday, a promis 300.000 lei, but only if the apartment sells", REC, "C-10501", "in_person", Y, None, [], nc=["apartment"], ne=["yesterday"], why="conditional pledge")
L("mixed", "RO", "Lucian Toma Zoom last Tuesday la 10:00, mandate won, fee 2% of deal value", REC, "C-10504", "video", past("tue"), "10:00", [], nc=["deal value"], ne=["last Tuesday", "10:00"], why="mandate fee only a percentage: no claim")
L("mixed", "RO", "Ilie Duminică lunch on Sunday, depunere 800.000 lei + pledged another 1 mil. lei", REC, "C-10503", "in_person", Y, None, [dep("800000", "RON"), plg("1000000", "RON")], ne=["on Sunday"], why="surname Duminică next to Sunday; deposit and pledge")
L("mixed", "RO", "Victor called ieri", AC, why="Victor Dobre or Victor Lazăr")
L("mixed", "RO", "Lucian Toma email azi, transferred 1 mil. euro", AU, "C-10504", why="no direction")
L("mixed", "RO", "Speranța Dobre coffee alaltăieri 9:30, Pilonul 3 contribution 400 EUR/an, nothing else", REC, "C-10501", "in_person", DBY, "09:30", [], nc=["Pilonul 3"], ne=["alaltăieri", "9:30"], why="pension contribution figure has no outcome word")
L("mixed", "MS", "Tan Boon Keat meeting semalam 3pm, he deposited RM 3 juta into ACC-10613 and S$500k into ACC-10614", REC, "C-10601", "in_person", Y, "15:00", [dep("3000000", "MYR", "ACC-10613"), dep("500000", "SGD", "ACC-10614")], ne=["semalam", "3pm"], why="two deposits, two accounts, two currencies")
L("mixed", "MS", "Tan Mei Ling call today pukul 11 pagi, dia pledged RM 400k, follow up Isnin", REC, "C-10602", "phone", T, "11:00", [plg("400000", "MYR")], nxt("mon"), ne=["pukul 11 pagi"], why="follow up Isnin said on a Monday = next Monday")
L("mixed", "MS", "Azman bin Yusof lunch Friday, FD RM 2 juta at 3.9%, no new money", REC, "C-10603", "in_person", past("fri"), None, [], nc=["FD"], ne=["Friday"], why="FD never a claim")
L("mixed", "MS", "Mawar Ismail video call semalam, she withdrew RM 200k for umrah", REC, "C-10604", "video", Y, None, [], nc=["umrah"], ne=["semalam"], why="money out")
L("mixed", "MS", "Ganesan a/l Krishnan zoom hari ini, mandate won for the private placement, fee RM 2.8 juta", REC, "C-10606", "video", T, None, [man("2800000", "MYR")], nc=["private placement"], why="mandate with fee")
L("mixed", "MS", "Bulan binti Osman met at her office last Monday, would deposit RM 1 juta kalau tanah dijual", REC, "C-10605", "in_person", past("mon"), None, [], nc=["tanah"], ne=["last Monday"], why="would ... kalau = hypothetical; 'last Monday' on a Monday")
L("mixed", "MS", "Tan Sri Azman bin Yusof call tadi 9pm, deposit RM 1.5 juta confirmed", REC, "C-10603", "phone", T, "21:00", [dep("1500000", "MYR")], ne=["9pm"], why="honorific Tan Sri; KL now 22:10")
L("mixed", "HI", "Prabhat Lakhani meeting yesterday 4pm, 50 lakh deposited into ACC-10718, follow up Friday", REC, "C-10701", "in_person", Y, "16:00", [dep("5000000", "INR", "ACC-10718")], nxt("fri"), ne=["yesterday", "4pm"], why="hi/en")
L("mixed", "HI", "Usha Lakhani call today, she pledged USD 150k aur ₹25 lakh bhi", REC, "C-10702", "phone", T, None, [plg("150000", "USD"), plg("2500000", "INR")], why="two pledges, two currencies")
L("mixed", "HI", "Sandhya Iyer zoom last Friday 6pm, ELSS lock-in 3 years, SIP 50k monthly chal raha hai", REC, "C-10703", "video", past("fri"), "18:00", [], nc=["ELSS"], ne=["last Friday", "6pm"], why="running SIP is no new outcome")
L("mixed", "HI", "Som Prakash Gupta lunch today 1:30 pm, lost the QIP mandate to Axis, fee would have been 1.8 crore", REC, "C-10704", "in_person", T, "13:30", [], nc=["Axis"], ne=["1:30 pm"], why="lost mandate, hypothetical fee")
L("mixed", "HI", "Sona Mehra phone kal, she will NOT deposit the 20 lakh this quarter", REC, "C-10705", "phone", Y, None, [], nc=["this quarter"], why="negated deposit")
L("mixed", "HI", "Sona Mehra video call aaj subah, she pledged 1 crore, follow up 10 Feb", REC, "C-10705", "video", T, None, [plg("10000000", "INR")], on(2, 10), ne=["aaj subah"], why="single INR account gives the currency")
L("mixed", "HI", "Usha Lakhani email last Monday, 1 crore transfer into ACC-10723 done, NPS Tier 2 bhi", REC, "C-10702", "email", past("mon"), None, [dep("10000000", "INR", "ACC-10723")], nc=["NPS Tier 2"], ne=["last Monday"], why="the named INR account gives the currency")

# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
acct_owner = {a["account"]: c["external_id"] for c in clients for a in c["accounts"]}
MARKS = {"USD": ["USD", "$"], "EUR": ["EUR", "€", "euro"], "GBP": ["GBP", "£"], "RON": ["RON", "lei"],
             "SEK": ["SEK", "kr"], "MYR": ["MYR", "RM"], "INR": ["INR", "₹", "Rs"], "SGD": ["SGD", "S$"],
             "CHF": ["CHF"], "MXN": ["MXN"]}
assert len({c["name"] for c in clients}) == len(clients)
assert len(acct_owner) == sum(len(c["accounts"]) for c in clients)
assert 35 <= len(clients) <= 45 and 7 <= len(reps) <= 9 and 3 <= len(initiatives) <= 5
for r in reps:  # every rep's local date is today
    assert NOWDT.astimezone(ZoneInfo(r["timezone"])).date() == TODAY, r
for ln in lines:
    e = ln["expect"]
    o = e["outcome"]
    txt = ln["text"]
    assert ln["lang"] in ("en", "fr", "sv", "ro", "ms", "hi", "mixed"), ln
    assert o in ("record", "ask_client", "ask_channel", "ask_unclear", "not_covered"), ln
    assert ln["rep"] in repids and ln["why"], ln
    assert "<@" not in txt, ln
    if o == "ask_client":
        assert e["client"] is None, ln
    else:
        assert e["client"] in cl, ln
    if o == "not_covered":
        assert ln["rep"] not in cl[e["client"]]["coverage"], ln
    if o in ("record", "ask_channel", "ask_unclear"):
        assert ln["rep"] in cl[e["client"]]["coverage"], ln
    for a in re.findall(r"ACC-\d+", txt):  # an account in the line belongs to the line's client
        assert a in acct_owner and (e["client"] is None or acct_owner[a] == e["client"]), ln
    if o != "record":
        assert not e["claims"] and e["day"] is None and e["channel"] is None, ln
        continue
    assert e["channel"] in ("in_person", "phone", "email", "mail", "video"), ln
    tz = ZoneInfo(repids[ln["rep"]]["timezone"])
    assert e["day"] <= T, ln
    if e["time"]:
        assert re.fullmatch(r"[0-2]\d:[0-5]\d", e["time"]), ln
        t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
        assert t <= NOWDT, ("time later than the rep's local now", ln)
    c = cl[e["client"]]
    accts = {a["account"]: a["currency"] for a in c["accounts"]}
    for k in e["claims"]:
        assert Decimal(k["amount"]) > 0 and k["kind"] in ("deposit", "pledge", "mandate"), ln
        if k["account"]:
            assert k["account"] in txt and accts[k["account"]] == k["currency"], ln
        elif len(set(accts.values())) > 1 or k["currency"] not in accts.values():
            assert any(m in txt for m in MARKS[k["currency"]]), ln
    if e["follow_up_on"]:
        assert e["follow_up_on"] > T and e["follow_up_on"].startswith("2027-02"), ln
    if e["initiative"]:
        assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
    else:
        assert "#" not in txt, ln
    for s in e["notes_contains"] + e["notes_excludes"]:
        assert s.lower() in txt.lower(), (s, ln)
ids = [x["id"] for x in lines]
assert len(set(ids)) == len(ids)
texts = [x["text"] for x in lines]
assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
byl = Counter(x["lang"] for x in lines)
usgb = Counter(x["rep"] for x in lines if x["lang"] == "en")
print("by language:", dict(byl), "en US/GB:", usgb[R["NY"]] + usgb[R["LA"]], usgb[R["GB"]])
FINAL = os.environ.get("PARTIAL") is None
if FINAL:
    assert len(lines) == 245, len(lines)
    assert all(byl[x] == 35 for x in ("en", "fr", "sv", "ro", "ms", "hi", "mixed")), byl
    assert usgb[R["NY"]] + usgb[R["LA"]] == 18 and usgb[R["GB"]] == 17, usgb
    deva = sum(1 for x in lines if x["lang"] == "hi" and re.search("[\u0900-\u097f]", x["text"]))
    assert deva in (17, 18), deva
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
byo = Counter(x["expect"]["outcome"] for x in lines)
asks = sum(v for k, v in byo.items() if k != "record")
print(len(lines), "lines;", len(clients), "clients;", len(reps), "reps")
print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / len(lines):.0f}%)")
print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))
print("lines with 2+ claims:", sum(1 for x in lines if len(x["expect"]["claims"]) > 1))
for lg in ("en", "fr", "sv", "ro", "ms", "hi", "mixed"):
    print(" ", lg, dict(Counter(x["expect"]["outcome"] for x in lines if x["lang"] == lg)))

"""Held-out reader corpus 11: builds and validates corpus.json. Edit this file, never the JSON.

Written blind: no product code, tests or other corpora were read. Emphasis: how reps name clients.
"""
import datetime as dt
import json
import os
import re
import unicodedata
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

NOW = "2027-03-04T16:45:00Z"
NOWDT = dt.datetime(2027, 3, 4, 16, 45, tzinfo=dt.UTC)
assert NOWDT.weekday() == 3  # Thursday (UTC)
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

R = {"FR": "U0H11FR01", "CH": "U0H11CH02", "SV": "U0H11SV03", "RO": "U0H11RO04", "MS": "U0H11MS05",
         "HI": "U0H11HI06", "GB": "U0H11GB07", "US": "U0H11US08"}
reps = [
    {"slack_user_id": R["FR"], "name": "Solène Barthélemy", "timezone": "Europe/Paris", "locale": "fr-FR", "roles": ["rep"]},
    {"slack_user_id": R["CH"], "name": "Aurélien Dubosson", "timezone": "Europe/Zurich", "locale": "fr-CH", "roles": ["rep"]},
    {"slack_user_id": R["SV"], "name": "Ebba Stenmark", "timezone": "Europe/Stockholm", "locale": "sv-SE", "roles": ["rep"]},
    {"slack_user_id": R["RO"], "name": "Cosmin Dobrescu", "timezone": "Europe/Bucharest", "locale": "ro-RO", "roles": ["rep"]},
    {"slack_user_id": R["MS"], "name": "Nurul Syafiqah binti Ramli", "timezone": "Asia/Kuala_Lumpur", "locale": "ms-MY", "roles": ["rep"]},
    {"slack_user_id": R["HI"], "name": "Rohit Malhotra", "timezone": "Asia/Kolkata", "locale": "hi-IN", "roles": ["rep"]},
    {"slack_user_id": R["GB"], "name": "Fiona Whitcombe", "timezone": "Europe/London", "locale": "en-GB", "roles": ["rep"]},
    {"slack_user_id": R["US"], "name": "Bradley Kessler", "timezone": "America/New_York", "locale": "en-US", "roles": ["rep"]},
]
REPS = {r["slack_user_id"]: r for r in reps}
CODE_TZ = {code: ZoneInfo(REPS[uid]["timezone"]) for code, uid in R.items()}
LOCAL_NOW = {code: NOWDT.astimezone(tz) for code, tz in CODE_TZ.items()}
# Europe is still on winter time; New York is on EST (DST starts 14 March 2027).
assert LOCAL_NOW["FR"].utcoffset() == dt.timedelta(hours=1)
assert LOCAL_NOW["SV"].utcoffset() == dt.timedelta(hours=1)
assert LOCAL_NOW["RO"].utcoffset() == dt.timedelta(hours=2)
assert LOCAL_NOW["GB"].utcoffset() == dt.timedelta(0)
assert LOCAL_NOW["US"].utcoffset() == dt.timedelta(hours=-5)
# Every rep is on Thursday 4 March, except Kuala Lumpur where it is already Friday 5 March, 00:45.
for _code, _loc in LOCAL_NOW.items():
    assert _loc.date() == (dt.date(2027, 3, 5) if _code == "MS" else dt.date(2027, 3, 4)), (_code, _loc)


def resolve(code, spec):
    """Day spec for a rep: T, Y, DBY, a weekday (most recent strictly before today),
    +weekday (next strictly after today) or MM-DD in 2027."""
    if spec is None:
        return None
    today = LOCAL_NOW[code].date()
    if spec == "T":
        d = today
    elif spec == "Y":
        d = today - dt.timedelta(1)
    elif spec == "DBY":
        d = today - dt.timedelta(2)
    elif spec in WD:
        d = next(today - dt.timedelta(k) for k in range(1, 8) if (today - dt.timedelta(k)).weekday() == WD[spec])
    elif spec.startswith("+") and spec[1:] in WD:
        d = next(today + dt.timedelta(k) for k in range(1, 8) if (today + dt.timedelta(k)).weekday() == WD[spec[1:]])
    else:
        m, dd = spec.split("-")
        d = dt.date(2027, int(m), int(dd))
    return d.isoformat()


def C(eid, name, hh, tier, cov, accts):
    return {"external_id": eid, "name": name, "household": hh, "tier": tier,
                "coverage": [R[c] for c in cov], "accounts": [{"account": a, "currency": c} for a, c in accts]}


clients = [
    # France / Switzerland
    C("C-11101", "Hugues Girard", "Girard", "UHNW", ["FR"], [("ACC-11101", "EUR")]),
    C("C-11102", "Bérénice Girard", "Girard", "UHNW", ["FR", "CH"], [("ACC-11102", "EUR"), ("ACC-11103", "CHF")]),
    C("C-11103", "Rose Vautrin", "Vautrin", "HNW", ["FR"], [("ACC-11104", "EUR")]),
    C("C-11104", "Thibault Lemaire", "Lemaire (Thibault)", "corporate executive", ["FR"], [("ACC-11105", "EUR")]),
    C("C-11105", "Odile Lemaire", "Lemaire (Odile)", "HNW", [], [("ACC-11106", "EUR")]),
    C("C-11106", "Laurent Mercier", "Mercier", "HNW", ["FR"], [("ACC-11107", "EUR")]),
    C("C-11107", "Laurent Ferrand", "Ferrand", "UHNW", ["CH"], [("ACC-11108", "CHF"), ("ACC-11109", "EUR")]),
    C("C-11108", "Aimé Rocher", "Rocher", "HNW", ["FR"], [("ACC-11110", "EUR")]),
    C("C-11109", "Mathis Keller", "Keller", "HNW", ["CH"], [("ACC-11111", "CHF")]),
    # Sweden
    C("C-11201", "Dag Wallin", "Wallin", "UHNW", ["SV"], [("ACC-11201", "SEK"), ("ACC-11202", "EUR")]),
    C("C-11202", "Margareta Hellström", "Hellström", "UHNW", ["SV"], [("ACC-11203", "SEK")]),
    C("C-11203", "Per Hellström", "Hellström", "HNW", ["SV"], [("ACC-11204", "SEK")]),
    C("C-11204", "Sol Ekdahl", "Ekdahl (Sol)", "HNW", ["SV"], [("ACC-11205", "SEK")]),
    C("C-11205", "Göran Ekdahl", "Ekdahl (Göran)", "HNW", [], [("ACC-11206", "SEK")]),
    C("C-11206", "Ingrid Sjöstrand", "Sjöstrand", "corporate executive", ["SV"], [("ACC-11207", "SEK")]),
    # Romania
    C("C-11301", "Mihai Popa", "Popa", "UHNW", ["RO"], [("ACC-11301", "RON")]),
    C("C-11302", "Ioana Popa", "Popa", "UHNW", ["RO"], [("ACC-11302", "RON"), ("ACC-11303", "EUR")]),
    C("C-11303", "Vlad Ionescu", "Ionescu", "HNW", ["RO"], [("ACC-11304", "RON")]),
    C("C-11304", "Sorina Vlad", "Vlad", "HNW", ["RO"], [("ACC-11305", "EUR")]),
    C("C-11305", "Speranța Dobre", "Dobre", "HNW", ["RO"], [("ACC-11306", "RON")]),
    C("C-11306", "Dan Stoica", "Stoica (Dan)", "corporate executive", ["RO"], [("ACC-11307", "RON")]),
    C("C-11307", "Cristian Stoica", "Stoica (Cristian)", "HNW", ["GB"], [("ACC-11308", "GBP")]),
    # Malaysia
    C("C-11401", "Tan Boon Kiat", "Tan", "UHNW", ["MS"], [("ACC-11401", "MYR"), ("ACC-11402", "SGD")]),
    C("C-11402", "Tan Mei Ling", "Tan", "HNW", ["MS"], [("ACC-11403", "MYR")]),
    C("C-11403", "Bulan binti Hashim", "Bulan", "HNW", ["MS"], [("ACC-11404", "MYR")]),
    C("C-11404", "Ahmad Faizal bin Hashim", "Faizal", "corporate executive", ["MS"], [("ACC-11405", "MYR")]),
    C("C-11405", "Kumaravel a/l Subramaniam", "Subramaniam", "HNW", ["MS"], [("ACC-11406", "MYR")]),
    C("C-11406", "Devi a/p Subramaniam", "Subramaniam", "HNW", ["MS"], [("ACC-11407", "MYR")]),
    C("C-11407", "Razali bin Omar", "Razali", "UHNW", ["MS"], [("ACC-11408", "MYR")]),
    C("C-11408", "Lim Chee Keong", "Lim", "UHNW", [], [("ACC-11409", "MYR")]),
    # India
    C("C-11501", "Rajesh Mehta", "Mehta", "UHNW", ["HI"], [("ACC-11501", "INR")]),
    C("C-11502", "Kavita Mehta", "Mehta", "UHNW", ["HI"], [("ACC-11502", "INR"), ("ACC-11503", "USD")]),
    C("C-11503", "Sona Kapoor", "Kapoor", "HNW", ["HI"], [("ACC-11504", "INR")]),
    C("C-11504", "Ramesh Krishnan Iyer", "Iyer", "corporate executive", ["HI"], [("ACC-11505", "INR")]),
    C("C-11505", "Venkatesh Srinivasan", "Srinivasan", "HNW", ["HI"], [("ACC-11506", "INR")]),
    C("C-11506", "Sunita Devi", "Devi", "HNW", ["HI"], [("ACC-11507", "INR")]),
    C("C-11507", "Arvind Rao", "Rao", "HNW", [], [("ACC-11508", "INR")]),
    C("C-11508", "Neel Banerjee", "Banerjee", "UHNW", ["US"], [("ACC-11509", "USD"), ("ACC-11510", "INR")]),
    # United Kingdom
    C("C-11601", "Giles Ashworth", "Ashworth", "UHNW", ["GB"], [("ACC-11601", "GBP")]),
    C("C-11602", "Hope Ashworth", "Ashworth", "UHNW", ["GB"], [("ACC-11602", "GBP"), ("ACC-11603", "EUR")]),
    C("C-11603", "Will Hargreaves", "Hargreaves (Will)", "HNW", ["GB"], [("ACC-11604", "GBP")]),
    C("C-11604", "Sterling Osei", "Osei", "HNW", ["GB"], [("ACC-11605", "GBP")]),
    C("C-11605", "Kal Mistry", "Mistry", "HNW", ["GB"], [("ACC-11606", "GBP")]),
    C("C-11606", "Mai Hoang", "Hoang", "HNW", ["GB"], [("ACC-11607", "GBP")]),
    C("C-11607", "Alistair Crewe", "Crewe", "corporate executive", ["GB"], [("ACC-11608", "GBP")]),
    # United States
    C("C-11701", "Kenji Nakamura", "Nakamura", "UHNW", ["US"], [("ACC-11701", "USD"), ("ACC-11702", "JPY")]),
    C("C-11702", "Emiko Nakamura", "Nakamura", "UHNW", ["US"], [("ACC-11703", "USD")]),
    C("C-11703", "Chase Whitfield", "Whitfield", "HNW", ["US"], [("ACC-11704", "USD")]),
    C("C-11704", "Rose Delgado", "Delgado", "HNW", ["US"], [("ACC-11705", "USD")]),
    C("C-11705", "Daphne Hargreaves", "Hargreaves (Daphne)", "HNW", ["US"], [("ACC-11706", "USD")]),
]
initiatives = [
    {"tag": "grand-prix-spa", "name": "Spa-Francorchamps Grand Prix paddock club"},
    {"tag": "opera-gala", "name": "Opera gala evening"},
    {"tag": "masters-golf", "name": "Masters golf hospitality"},
    {"tag": "louvre-nocturne", "name": "Louvre private late opening"},
]

lines = []
REC = "record"
AC = "ask_client"
AU = "ask_unclear"
NC = "not_covered"
ACH = "ask_channel"


def L(lang, rep, text, outcome, client=None, channel=None, day=None, time=None, claims=(), fu=None,
      init=None, nc=(), ne=(), why=""):
    if outcome != "record":  # only outcome and client are checked for asks
        channel = day = time = fu = init = None
        claims = ()
        nc = ()
        ne = ()
    elif day is None:
        day = "T"
    lines.append({
        "id": f"h11-{len(lines) + 1:03d}", "lang": lang, "rep": R[rep], "text": text,
        "expect": {"outcome": outcome, "client": client, "channel": channel, "day": resolve(rep, day), "time": time,
                    "claims": [{"kind": k, "amount": a, "currency": c, "account": ac} for k, a, c, ac in claims],
                    "follow_up_on": resolve(rep, fu), "initiative": init, "notes_contains": list(nc),
                    "notes_excludes": list(ne)},
        "why": why})


def dep(a, c, ac=None):
    return ("deposit", a, c, ac)


def plg(a, c, ac=None):
    return ("pledge", a, c, ac)


def man(a, c, ac=None):
    return ("mandate", a, c, ac)



# ================= en-US: New York rep (local Thu 11:45, EST) =================
L("en", "US", "Kenji Nakamura called 9:40 this am, moving $2m over from Chase into ACC-11701, follow up Tues", REC, "C-11701", "phone", "T", "09:40", [dep("2000000", "USD", "ACC-11701")], "+tue", nc=["from Chase"], ne=["9:40"], why="Chase here is the bank, not Chase Whitfield; into ACC- gives the direction and the account")
L("en", "US", "the Nakamuras - dinner Sat at Nobu, estate plan + GRAT", AC, why="household plural: Kenji and Emiko Nakamura")
L("en", "US", "Mrs. Nakamura emailed re: 529 for the grandkids", AC, why="title + shared surname; the book holds no gender, so two Nakamuras remain")
L("en", "US", "Ken Nakamura phone yesterday, wants the JPY leg hedged", AC, why="'Ken' is not Kenji's name: a short form must be asked")
L("en", "US", "Emiko Nakamura zoom 2/26 3pm, pledged 1.5mm, next step is the IPS", REC, "C-11702", "video", "02-26", "15:00", [plg("1500000", "USD")], nc=["IPS"], ne=["2/26", "3pm"], why="US m/d date; mm = million; single USD account")
L("en", "US", "Chase Whitfield lunch yesterday at the Harvard Club, wired $400k in, also maxed his 401k", REC, "C-11703", "in_person", "Y", None, [dep("400000", "USD")], nc=["401k"], ne=["yesterday"], why="first name Chase; 401k is a plan")
L("en", "US", "Mr Whitfield called at 11, 10-K review for his board seat, no new money", REC, "C-11703", "phone", "T", "11:00", [], nc=["10-K"], why="title + unique surname; at 11 pm would be in the future, so 11:00")
L("en", "US", "Rose phoned this morning about her RMD", AC, why="Rose Delgado and Rose Vautrin share the first name")
L("en", "US", "Rose Delgado in office Mon 10:15, deposited 250k into ACC-11705 and pledged another 500k by June", REC, "C-11704", "in_person", "mon", "10:15", [dep("250000", "USD", "ACC-11705"), plg("500000", "USD")], ne=["Mon", "10:15"], why="two outcomes, single USD account")
L("en", "US", "Ms Delgardo email today, sent over the trust cert", REC, "C-11704", "email", "T", None, [], nc=["trust cert"], why="title + surname one letter off (Delgado)")
L("en", "US", "Daphne Hargreaves coffee Tue, she committed $1.2m to the muni ladder #masters-golf", REC, "C-11705", "in_person", "tue", None, [plg("1200000", "USD")], init="masters-golf", nc=["muni ladder"], ne=["Tue"], why="committed = pledge")
L("en", "US", "Hargreaves called yesterday afternoon, wants to move her 403(b)", AC, why="surname shared by Daphne (US) and Will Hargreaves (London)")
L("en", "US", "Will Hargreaves zoom today, he is on the UK side of the family", NC, "C-11603", why="covered by the London rep only")
L("en", "US", "Emiko's husband stopped by the office today re the JPY account", AC, why="a relative of the client, not named: never recorded against Emiko or guessed as Kenji")
L("en", "US", "Kenji Nakamura video call last Thursday, pledged ¥50m for the JPY account", REC, "C-11701", "video", "thu", None, [plg("50000000", "JPY")], ne=["last Thursday"], why="'last Thursday' said on a Thursday = seven days ago; yen sign resolves USD/JPY")
L("en", "US", "Neel Banerjee teams 8:30 this morning, sent ₹2 crore into ACC-11510 and pledged $600k", REC, "C-11508", "video", "T", "08:30", [dep("20000000", "INR", "ACC-11510"), plg("600000", "USD")], ne=["8:30"], why="INR account named; the pledge carries $; crore")
L("en", "US", "Mai Hoang called this am, moving her ISA to us", NC, "C-11606", why="covered by the London rep only")
L("en", "US", "dinner w/ the Whitfields last night, Chase + wife, 2 kids at Exeter, no ask yet", REC, "C-11703", "in_person", "Y", None, [], nc=["Exeter"], ne=["last night"], why="the only Whitfield in the firm, and Chase is named; the wife is unnamed")

# ================= en-GB: London rep (local Thu 16:45) =================
L("en", "GB", "Giles Ashworth rang at quarter to ten this morning, chase up Mon re the SIPP transfer forms", REC, "C-11601", "phone", "T", "09:45", [], "+mon", nc=["SIPP"], ne=["quarter to ten"], why="spoken time; 'chase up' is a follow-up word here, not Chase Whitfield")
L("en", "GB", "Mr Ashworth - lunch at Wiltons yesterday, IHT planning", AC, why="two Ashworths; the title gives no first name (the book holds no gender)")
L("en", "GB", "the Ashworths, supper Sat, both keen on the VCT allocation", AC, why="household plural: Giles and Hope")
L("en", "GB", "Hope Ashworth Teams call Tue 14:30, pledged 400k sterling before tax year end", REC, "C-11602", "video", "tue", "14:30", [plg("400000", "GBP")], nc=["tax year end"], ne=["Tue", "14:30"], why="first name Hope; 'sterling' names GBP on a GBP+EUR client")
L("en", "GB", "Hope Ashworth phoned yesterday, pledged 300k", AU, "C-11602", why="GBP and EUR accounts, no currency and no account")
L("en", "GB", "Giles's wife rang this afternoon re the EUR account", AC, why="a relative, not named: could be Hope but must be asked")
L("en", "GB", "Giles Ashworth coffee 2/3, hope to see the ISA topped up before 5 April, nothing signed", REC, "C-11601", "in_person", "03-02", None, [], nc=["nothing signed"], ne=["2/3"], why="UK d/m date; 'hope' is a verb, not Hope Ashworth; 5 April is the tax year, not a follow-up")
L("en", "GB", "Will rang at half nine, wants to top up his ISA, follow up 1 April", REC, "C-11603", "phone", "T", "09:30", [], "04-01", nc=["ISA"], ne=["half nine"], why="'Will' alone is unique in the firm (Will Hargreaves); half nine = 09:30 (21:30 is in the future)")
L("en", "GB", "Mai Hoang - coffee in Canary Wharf at half 8 this morning, wired 150k in, may add more in April", REC, "C-11606", "in_person", "T", "08:30", [dep("150000", "GBP")], nc=["Canary Wharf"], ne=["this morning"], why="first name Mai; 'may add more' is no claim; single GBP account")
L("en", "GB", "Will Thornton, intro from Will Hargreaves, coffee today", AC, why="the person met is unknown and only shares a first name with Will Hargreaves")
L("en", "GB", "Sterling Osei - video call 11:00 today, deposited £750k into ACC-11605 #grand-prix-spa", REC, "C-11604", "video", "T", "11:00", [dep("750000", "GBP", "ACC-11605")], init="grand-prix-spa", ne=["11:00"], why="first name Sterling is not a currency here")
L("en", "GB", "Mr Osie lunch at the Ivy Fri, pledged 2 mn, follow-up 10 March", REC, "C-11604", "in_person", "fri", None, [plg("2000000", "GBP")], "03-10", nc=["Ivy"], ne=["Fri"], why="surname with transposed letters (Osei); 2 mn = 2 million; single GBP account")
L("en", "GB", "Dr Crewe email this morning re the rights issue, mandate won, fee £220k, he will countersign the engagement letter", REC, "C-11607", "email", "T", None, [man("220000", "GBP")], nc=["rights issue"], ne=["this morning"], why="title + unique surname; 'will' is a verb here, not Will Hargreaves")
L("en", "GB", "Al Crewe called this morning re the board fees", AC, why="'Al' is a short form, not Alistair's name: ask")
L("en", "GB", "Kal Mistry phoned at 4 today re the offshore bond", AU, "C-11605", why="at 4: 04:00 and 16:00 are both past at 16:45")
L("en", "GB", "Cristian Stoica in the office last Tuesday, transferred 600k into ACC-11308 from his Romanian bank", REC, "C-11307", "in_person", "tue", None, [dep("600000", "GBP", "ACC-11308")], nc=["Romanian bank"], ne=["last Tuesday"], why="London rep covers a Romanian client; into ACC- gives the direction")
L("en", "GB", "Daphne Hargreaves email today re her US brokerage", NC, "C-11705", why="covered by the New York rep only")

# ================= fr: Paris rep (local Thu 17:45) =================
L("fr", "FR", "rdv avec Hugues Girard à son bureau ce matin, versement de 1,5 M€ sur ACC-11101", REC, "C-11101", "in_person", "T", None, [dep("1500000", "EUR", "ACC-11101")], ne=["ce matin"], why="part of the day alone: no time")
L("fr", "FR", "M. Girard au tél hier 10h, point sur le PEA", AC, why="two Girards; the title does not choose (no gender in the book)")
L("fr", "FR", "les Girard à dîner samedi, succession et donation aux enfants", AC, why="household plural: Hugues and Bérénice")
L("fr", "FR", "Bérénice Girad visio mardi 9h30, engagement de 800 000 CHF", REC, "C-11102", "video", "tue", "09:30", [plg("800000", "CHF")], ne=["mardi", "9h30"], why="surname one letter short; CHF named on a EUR+CHF client")
L("fr", "FR", "Berenice Girard tel ce matin, elle a promis 500k", AU, "C-11102", why="accents missing (still her); EUR and CHF accounts, no currency")
L("fr", "FR", "le mari de Bérénice a appelé hier soir pour le contrat d'assurance-vie", AC, why="a relative, not named")
L("fr", "FR", "Hughes Girard déjeuner lundi, il a finalement PAS versé les 2 M€, attend la cession", REC, "C-11101", "in_person", "mon", None, [], nc=["cession"], ne=["lundi"], why="Hughes for Hugues (one letter); negated deposit")
L("fr", "FR", "GIRARD Hugues - courrier envoyé le 26/02 avec l'IFU 2026", REC, "C-11101", "mail", "02-26", None, [], nc=["IFU"], ne=["26/02"], why="surname first in capitals; 2026 is a tax year, not an amount")
L("fr", "FR", "Claude Girard rdv hier, veut ouvrir un PEA", AC, why="unknown person sharing the Girard surname")
L("fr", "FR", "Rose au téléphone à 11h15, questions sur le PER", AC, why="Rose Vautrin and Rose Delgado share the first name")
L("fr", "FR", "Rose Vautrin café jeudi dernier, virement de 300 000 € reçu sur ACC-11104", REC, "C-11103", "in_person", "thu", None, [dep("300000", "EUR", "ACC-11104")], ne=["jeudi dernier"], why="'jeudi dernier' said on a Thursday = seven days ago")
L("fr", "FR", "Mme Vautrain mail avant-hier, elle envoie son avis d'imposition", REC, "C-11103", "email", "DBY", None, [], nc=["avis d'imposition"], ne=["avant-hier"], why="title + surname one letter off (Vautrin)")
L("fr", "FR", "Rose V. visio hier à 16h, mandat de gestion conseillée signé sur 2 M€", REC, "C-11103", "video", "Y", "16:00", [], nc=["gestion conseillée"], ne=["hier", "16h"], why="first name + surname initial, unique; an advisory mandate is never a claim")
L("fr", "FR", "Thibault Lemaire tél 14h15, mandat remporté pour l'IPO de sa boîte, honoraires 350 k€", REC, "C-11104", "phone", "T", "14:15", [man("350000", "EUR")], nc=["IPO"], ne=["14h15"], why="no day word: today")
L("fr", "FR", "Mme Lemaire rdv ce matin au cabinet", AC, why="Thibault and Odile Lemaire (unrelated) share the surname; Odile is covered by nobody, still ask")
L("fr", "FR", "Thibaut Lemaire visio mercredi dernier", AU, "C-11104", why="'mercredi dernier' said on Thursday: yesterday or eight days ago")
L("fr", "FR", "Titi Lemaire m'a appelée hier, il vend ses parts", AC, why="'Titi' is a nickname, not Thibault's name")
L("fr", "FR", "Odile Lemaire déjeuner hier, prospect, 5 M€ à placer", NC, "C-11105", why="in the firm, covered by nobody")
L("fr", "FR", "Laurent au tél ce matin, il veut renégocier ses frais", AC, why="Laurent Mercier and Laurent Ferrand share the first name")
L("fr", "FR", "Laurent Mercier rdv lundi 17h, il a versé 400k et s'est engagé sur 1 M€ d'ici juin, relance le 15 mars", REC, "C-11106", "in_person", "mon", "17:00", [dep("400000", "EUR"), plg("1000000", "EUR")], "03-15", ne=["lundi", "17h"], why="two outcomes; single EUR account")
L("fr", "FR", "M. Mercier courriel hier, questions sur la flat tax à 30 %", REC, "C-11106", "email", "Y", None, [], nc=["flat tax"], ne=["hier"], why="title + unique surname; percentage")
L("fr", "FR", "Laurent Ferrand visio ce matin, il veut rapatrier ses CHF", NC, "C-11107", why="covered by the Geneva rep only")
L("fr", "FR", "Aimé Rocher a aimé la présentation, déjeuner hier à midi et demi, relancer lundi", REC, "C-11108", "in_person", "Y", "12:30", [], "+mon", nc=["présentation"], ne=["midi et demi"], why="first name Aimé and the verb 'aimé'; spoken time")
L("fr", "FR", "M. Rocher a viré 2 M€ la semaine dernière, tél aujourd'hui", AU, "C-11108", why="money moved with no direction")
L("fr", "FR", "Aimé tél 10h et quart, dépôt à terme 12 mois 500 000 €, rien d'autre", REC, "C-11108", "phone", "T", "10:15", [], nc=["dépôt à terme"], ne=["10h et quart"], why="single unique first name; a term deposit is never a claim")
L("fr", "FR", "Mathis Keller rdv à Genève mardi", NC, "C-11109", why="covered by the Geneva rep only")
L("fr", "FR", "rdv Hugues et Bérénice Girard hier à 18h", AC, why="two clients in one line")
L("fr", "FR", "Bérénice Girard déj vendredi, a versé 1,2 MCHF sur ACC-11103, relance 2 avril #opera-gala", REC, "C-11102", "in_person", "fri", None, [dep("1200000", "CHF", "ACC-11103")], "04-02", init="opera-gala", ne=["vendredi"], why="déj = déjeuner; CHF account named")
# Geneva rep (fr-CH, local Thu 17:45)
L("fr", "CH", "Laurent Ferrand rdv à Genève hier 11h, versement de 3 MCHF reçu sur ACC-11108", REC, "C-11107", "in_person", "Y", "11:00", [dep("3000000", "CHF", "ACC-11108")], ne=["hier", "11h"], why="'Laurent' alone would be asked, the full name is not")
L("fr", "CH", "M. Ferrand visio ce matin, engagement de 1 M", AU, "C-11107", why="CHF and EUR accounts, no currency")
L("fr", "CH", "Laurent Ferand tél à 8h du mat, il a promis 750 000 € pour le compte EUR", REC, "C-11107", "phone", "T", "08:00", [plg("750000", "EUR")], ne=["8h du mat"], why="surname one letter short; 'du mat' makes 8h a morning time")
L("fr", "CH", "GIRARD Hugues rdv hier à Genève", NC, "C-11101", why="covered by the Paris rep only")
L("fr", "CH", "Bérénice Girard tél hier après-midi à 3h, mandat perdu pour la cession", REC, "C-11102", "phone", "Y", "15:00", [], nc=["mandat perdu"], ne=["hier"], why="secondary coverage; après-midi turns 3h into 15:00; a lost mandate is no claim")
L("fr", "CH", "Mathis Keller déjeuner lundi, il a versé 250 000 CHF, relance jeudi", REC, "C-11109", "in_person", "mon", None, [dep("250000", "CHF")], "+thu", ne=["lundi"], why="relance jeudi said on a Thursday = next Thursday")
L("fr", "CH", "Keller en rdv hier, dossier LPP et 3e pilier", REC, "C-11109", "in_person", "Y", None, [], nc=["3e pilier"], ne=["hier"], why="unique surname alone")

# ================= sv: Stockholm rep (local Thu 17:45) =================
L("sv", "SV", "Dag Wallin ringde idag kl 9.30, satte in 2 milj. kr på ACC-11201", REC, "C-11201", "phone", "T", "09:30", [dep("2000000", "SEK", "ACC-11201")], ne=["kl 9.30"], why="'idag' contains 'dag' but Dag is named once; SEK account named")
L("sv", "SV", "herr Wallin lunch i tisdags, lovade 500 000", AU, "C-11201", why="title + unique surname is Dag; SEK and EUR accounts, no currency")
L("sv", "SV", "Dag lunch igår på Riche, lovade 1,5 milj. EUR till EUR-kontot", REC, "C-11201", "in_person", "Y", None, [plg("1500000", "EUR")], nc=["Riche"], ne=["igår"], why="first name alone, unique in the firm; EUR given")
L("sv", "SV", "Wallin, Dag – mejl i måndags om K4-blanketten", REC, "C-11201", "email", "mon", None, [], nc=["K4"], ne=["måndags"], why="surname first with a comma")
L("sv", "SV", "Margareta Hellström per telefon i dag kl 14, insättning 3 miljoner till ISK", REC, "C-11202", "phone", "T", "14:00", [dep("3000000", "SEK")], nc=["ISK"], ne=["kl 14"], why="'per telefon' is not Per Hellström; 'i dag' is not Dag Wallin")
L("sv", "SV", "fru Hellström fika i förrgår", AC, why="two Hellströms; the title does not choose")
L("sv", "SV", "familjen Hellström middag i lördags, generationsskifte", AC, why="household: Margareta and Per")
L("sv", "SV", "Maggan Hellström ringde i morse", AC, why="'Maggan' is a pet form, not the client's name; Hellström alone is shared")
L("sv", "SV", "Per Hellström videomöte i onsdags kl 16, överförde 800 tkr till oss", REC, "C-11203", "video", "Y", "16:00", [dep("800000", "SEK")], ne=["onsdags", "kl 16"], why="'i onsdags' is the most recent Wednesday, yesterday (README, decided with the product); was ask_unclear: 'i onsdags' said on Thursday: yesterday or eight days ago")
L("sv", "SV", "Per Hellström videomöte i tisdags kl 16, överförde 800 tkr till oss", REC, "C-11203", "video", "tue", "16:00", [dep("800000", "SEK")], ne=["tisdags", "kl 16"], why="'till oss' gives the direction; tkr = thousand kronor")
L("sv", "SV", "Hellström, Per – brev skickat idag med deklarationsunderlaget", REC, "C-11203", "mail", "T", None, [], nc=["deklarationsunderlaget"], ne=["idag"], why="surname first; brev = mail")
L("sv", "SV", "Pelle Hellström lunch igår", AC, why="'Pelle' is a nickname for Per, not his name")
L("sv", "SV", "Margaretas man ringde i eftermiddags om bouppteckningen", AC, why="a relative of the client, not named")
L("sv", "SV", "Karin Hellström möte på kontoret idag", AC, why="unknown person sharing the Hellström surname")
L("sv", "SV", "Sol Ekdahl lunch i solen på Strandvägen igår, hon lovade 2 MSEK, återkoppla måndag", REC, "C-11204", "in_person", "Y", None, [plg("2000000", "SEK")], "+mon", nc=["Strandvägen"], ne=["igår"], why="first name Sol (sun); återkoppla = follow-up")
L("sv", "SV", "Sol ringde kl 8 i morse, frågade om KF och ISK", REC, "C-11204", "phone", "T", "08:00", [], nc=["KF"], ne=["i morse"], why="first name alone, unique; explicit hour beats the part of day")
L("sv", "SV", "Ekdahl ringde igår", AC, why="Sol and Göran Ekdahl (unrelated) share the surname")
L("sv", "SV", "Göran Ekdahl lunch i fredags, prospekt med 40 milj. att placera", NC, "C-11205", why="in the firm, covered by nobody")
L("sv", "SV", "Sol Lindberg fika idag, vill öppna ISK", AC, why="unknown person sharing Sol Ekdahl's first name")
L("sv", "SV", "Ingrid Sjöstrand teams i måndags kl 10, mandat vunnet för noteringen, arvode 1,2 milj. kr", REC, "C-11206", "video", "mon", "10:00", [man("1200000", "SEK")], nc=["noteringen"], ne=["måndags"], why="mandate won with a fee")
L("sv", "SV", "Ingrid Sjostrand mejl igår kväll, hon satte INTE in de 500 tkr, väntar på bonusen", REC, "C-11206", "email", "Y", None, [], nc=["bonusen"], ne=["igår kväll"], why="diacritic missing; negated deposit")
L("sv", "SV", "Sjöstrand ringde i dag, fasträntekonto 12 mån på 1 miljon", REC, "C-11206", "phone", "T", None, [], nc=["fasträntekonto"], why="unique surname alone; fixed-rate account never a claim")
L("sv", "SV", "Dag Wallin överförde 4 miljoner igår, möte på kontoret", AU, "C-11201", why="money moved with no direction (and no currency on a SEK+EUR client)")
L("sv", "SV", "Per Hellström och Margareta lunch idag", AC, why="two clients in one line")
L("sv", "SV", "Margareta Hellström möte i torsdags, lovade 750 000 kr #opera-gala", REC, "C-11202", "in_person", "thu", None, [plg("750000", "SEK")], init="opera-gala", ne=["torsdags"], why="'i torsdags' said on a Thursday = seven days ago")
L("sv", "SV", "Margareta Helström videosamtal kl 11, satte in 1,2 milj. kr, följ upp fredag", REC, "C-11202", "video", "T", "11:00", [dep("1200000", "SEK")], "+fri", ne=["kl 11"], why="surname one letter short; kl 11 (23:00 is future); follow-up Friday = tomorrow")
L("sv", "SV", "Sol Ekdahl pratade igår om pensionen", ACH, "C-11204", why="'pratade' (talked) gives no channel")
L("sv", "SV", "Ingrid Sjöstrand ringde igår eftermiddag kl 3, lovade 2 milj. kr", REC, "C-11206", "phone", "Y", "15:00", [plg("2000000", "SEK")], ne=["igår"], why="eftermiddag turns kl 3 into 15:00")
L("sv", "SV", "Per Hellström ringde igår kl 7", REC, "C-11203", "phone", "Y", "07:00", [], ne=["igår", "kl 7"], why="an hour of 7 to 12 after pukul, kl or before baje is read as typed (README, decided with the product); was ask_unclear: kl 7: 07:00 and 19:00 are both past")
L("sv", "SV", "Dag Wallin brev mottaget i måndags med fullmakten", REC, "C-11201", "mail", "mon", None, [], nc=["fullmakten"], ne=["måndags"], why="brev = mail")
L("sv", "SV", "Margareta Hellström lunch den 26/2, diskretionärt förvaltningsuppdrag på 5 miljoner", REC, "C-11202", "in_person", "02-26", None, [], nc=["förvaltningsuppdrag"], ne=["26/2"], why="discretionary management mandate is never a claim")
L("sv", "SV", "Dag Vallin telefon i söndags, överförde 300 000 EUR till ACC-11202", REC, "C-11201", "phone", "sun", None, [dep("300000", "EUR", "ACC-11202")], ne=["söndags"], why="surname one letter off; till ACC- gives the direction")
L("sv", "SV", "Göran ringde idag", NC, "C-11205", why="first name unique in the firm: Göran Ekdahl, covered by nobody")
L("sv", "SV", "Ingrid Sjöstrand fika kvart över tio i morse, hon överförde 600 tkr till oss, återkoppla 12 april", REC, "C-11206", "in_person", "T", "10:15", [dep("600000", "SEK")], "04-12", ne=["kvart över tio"], why="spoken time kvart över tio = 10:15")
L("sv", "SV", "herr Hellström telefon i morse", AC, why="two Hellströms; the title does not choose")

# ================= ro: Bucharest rep (local Thu 18:45) =================
L("ro", "RO", "întâlnire cu Mihai Popa azi la 11:30 la birou, a depus 2 milioane lei în ACC-11301", REC, "C-11301", "in_person", "T", "11:30", [dep("2000000", "RON", "ACC-11301")], ne=["11:30"], why="full name; account named")
L("ro", "RO", "dl. Popa la telefon ieri", AC, why="two Popas; the title does not choose")
L("ro", "RO", "familia Popa la cină sâmbătă, discuție despre succesiune", AC, why="household: Mihai and Ioana")
L("ro", "RO", "Mișu Popa a sunat azi dimineață", AC, why="'Mișu' is a pet form, not Mihai's name")
L("ro", "RO", "Ioana Popa video marți la 10 dimineața, a promis 300 mii euro", REC, "C-11302", "video", "tue", "10:00", [plg("300000", "EUR")], ne=["marți"], why="dimineața makes la 10 a morning time; euro on a RON+EUR client")
L("ro", "RO", "Ioana Popa telefon ieri, angajament de 1 milion", AU, "C-11302", why="RON and EUR accounts, no currency")
L("ro", "RO", "Popa Ioana - email alaltăieri cu extrasele", REC, "C-11302", "email", "DBY", None, [], nc=["extrasele"], ne=["alaltăieri"], why="surname first")
L("ro", "RO", "Ioana Poppa cafea luni, a virat 150.000 EUR în ACC-11303", REC, "C-11302", "in_person", "mon", None, [dep("150000", "EUR", "ACC-11303")], ne=["luni"], why="surname with a doubled letter; în ACC- gives the direction")
L("ro", "RO", "Andrei Popa întâlnire azi, vrea cont de investiții", AC, why="unknown person sharing the Popa surname")
L("ro", "RO", "fiul lui Mihai Popa m-a sunat aseară", AC, why="the client's son, not named")
L("ro", "RO", "Mihai și Ioana Popa la prânz ieri", AC, why="two clients in one line")
L("ro", "RO", "Vlad la telefon azi dimineață", AC, why="Vlad is Vlad Ionescu's first name and Sorina Vlad's surname")
L("ro", "RO", "dl. Vlad a trimis un email ieri", AC, why="Vlad is shared as first name and surname")
L("ro", "RO", "Vlad Ionescu întâlnire joia trecută la 14:00, a depus 500.000 lei", REC, "C-11303", "in_person", "thu", "14:00", [dep("500000", "RON")], ne=["joia trecută"], why="'joia trecută' said on a Thursday = seven days ago")
L("ro", "RO", "Vlad Ionsecu zoom miercurea trecută", AU, "C-11303", why="transposed letters in the surname; 'miercurea trecută' said on Thursday is unclear")
L("ro", "RO", "dl. Ionescu scrisoare trimisă azi cu contractul", REC, "C-11303", "mail", "T", None, [], nc=["contractul"], ne=["azi"], why="title + unique surname; scrisoare = letter")
L("ro", "RO", "Sorina Vlad video ieri seara la 8, a promis 400 mii euro, revin marți", REC, "C-11304", "video", "Y", "20:00", [plg("400000", "EUR")], "+tue", ne=["ieri seara"], why="seara makes la 8 20:00; revin = follow-up")
L("ro", "RO", "Sorina telefon luni, mandat de administrare discreționară 2 mil. euro", REC, "C-11304", "phone", "mon", None, [], nc=["discreționară"], ne=["luni"], why="first name alone, unique; discretionary mandate never a claim")
L("ro", "RO", "Sorina Vlad a virat 200k euro, întâlnire azi", AU, "C-11304", why="money moved with no direction")
L("ro", "RO", "Speranța Dobre cafea azi la 9, sperăm să depună 500k luna viitoare", REC, "C-11305", "in_person", "T", "09:00", [], nc=["luna viitoare"], ne=["azi"], why="first name means 'hope'; 'sperăm să' is hypothetical; 21:00 would be future")
L("ro", "RO", "Speranta Dobre telefon ieri după-amiază la 4, a depus 300.000 lei", REC, "C-11305", "phone", "Y", "16:00", [dep("300000", "RON")], ne=["ieri"], why="diacritic missing; după-amiază makes 4 16:00")
L("ro", "RO", "dna Dobre email luni, dacă vinde apartamentul aduce 1 mil lei", REC, "C-11305", "email", "mon", None, [], nc=["apartamentul"], ne=["luni"], why="title + unique surname; dacă = hypothetical")
L("ro", "RO", "Dan Stoica prânz marți, mandat câștigat pentru IPO, onorariu 1,5 milioane lei", REC, "C-11306", "in_person", "tue", None, [man("1500000", "RON")], nc=["IPO"], ne=["marți"], why="mandate won with a fee")
L("ro", "RO", "dl Stoica la telefon azi", AC, why="Dan and Cristian Stoica (unrelated) share the surname")
L("ro", "RO", "Cristian Stoica întâlnire la Londra vineri", NC, "C-11307", why="covered by the London rep only")
L("ro", "RO", "Dan Stocia telefon azi la 18:15, a promis 2 mil lei, revin pe 18 martie", REC, "C-11306", "phone", "T", "18:15", [plg("2000000", "RON")], "03-18", ne=["18:15"], why="transposed letters in the surname")
L("ro", "RO", "Stoica Dan — scrisoare primită vineri cu procura", REC, "C-11306", "mail", "fri", None, [], nc=["procura"], ne=["vineri"], why="surname first; Dan picks Dan Stoica")
L("ro", "RO", "Dan telefon ieri la 6", AU, "C-11306", why="Dan alone is unique; la 6: 06:00 and 18:00 are both past")
L("ro", "RO", "Mihai Popa video azi la zece și jumătate, a transferat 1,2 milioane lei în ACC-11301 #grand-prix-spa", REC, "C-11301", "video", "T", "10:30", [dep("1200000", "RON", "ACC-11301")], init="grand-prix-spa", ne=["zece și jumătate"], why="spoken time; 22:30 would be future")
L("ro", "RO", "Mihai Popa a vorbit ieri despre pensia privată", ACH, "C-11301", why="'a vorbit' (talked) gives no channel")
L("ro", "RO", "Ioana Popa întâlnire pe 26 februarie, depozit la termen 12 luni 200.000 lei", REC, "C-11302", "in_person", "02-26", None, [], nc=["depozit la termen"], ne=["26 februarie"], why="term deposit never a claim")
L("ro", "RO", "Speranța Dobre video duminică seara, a depus 100 mii lei și a promis încă 400 mii, revin luni", REC, "C-11305", "video", "sun", None, [dep("100000", "RON"), plg("400000", "RON")], "+mon", ne=["duminică seara"], why="two outcomes; single RON account")
L("ro", "RO", "Vlad Ionescu telefon luni la 15, NU a depus nimic, mai așteaptă dividendele", REC, "C-11303", "phone", "mon", "15:00", [], nc=["dividendele"], ne=["luni"], why="negated deposit; 15 is a 24-hour hour; 'mai' (still) is not Mai Hoang")
L("ro", "RO", "Sorina Vlad email azi dimineață, a retras 50k euro pentru casă", REC, "C-11304", "email", "T", None, [], nc=["pentru casă"], ne=["azi dimineață"], why="a withdrawal is no claim")
L("ro", "RO", "Dan Stoica și Vlad Ionescu la cafea joi", AC, why="two clients in one line")

# ================= ms: Kuala Lumpur rep (local FRI 5 March 00:45) =================
# It is already Friday in Kuala Lumpur: semalam = Thu 4 March, kelmarin = Wed 3 March,
# a bare 'Khamis' = Thu 4 March, 'Khamis lepas' said on Friday is unclear, 'Jumaat lepas' = 26 Feb.
L("ms", "MS", "Tan Sri Tan Boon Kiat jumpa di pejabat semalam pukul 3 petang, dia masukkan RM 2 juta ke ACC-11401", REC, "C-11401", "in_person", "Y", "15:00", [dep("2000000", "MYR", "ACC-11401")], ne=["semalam", "pukul 3 petang"], why="honorific 'Tan Sri' before the surname Tan; full name follows")
L("ms", "MS", "Tan Sri Tan jumpa semalam", AC, why="after the honorific only the surname Tan, shared by Boon Kiat and Mei Ling")
L("ms", "MS", "Puan Tan telefon hari Rabu", AC, why="two Tans; the title does not choose")
L("ms", "MS", "keluarga Tan makan malam hari Sabtu", AC, why="household: Tan Boon Kiat and Tan Mei Ling")
L("ms", "MS", "Tan Boon Kiat panggilan video hari Selasa, komitmen SGD 500k", REC, "C-11401", "video", "tue", None, [plg("500000", "SGD")], ne=["Selasa"], why="SGD named on a MYR+SGD client")
L("ms", "MS", "Tan Boon Kiat telefon semalam, berjanji 1 juta", AU, "C-11401", why="MYR and SGD accounts, no currency")
L("ms", "MS", "Tan Mei Ling minum kopi kelmarin, dia TIDAK jadi masukkan RM 300 ribu", REC, "C-11402", "in_person", "DBY", None, [], nc=["TIDAK"], ne=["kelmarin"], why="negated deposit; kelmarin = day before yesterday (Wed 3 March in KL)")
L("ms", "MS", "Tan Sri Lim jumpa hari Isnin, prospek besar", NC, "C-11408", why="'Tan Sri' is an honorific, not the Tan household; Lim Chee Keong is covered by nobody")
L("ms", "MS", "Lim Chee Keong emel semalam", NC, "C-11408", why="covered by nobody")
L("ms", "MS", "Cik Bulan telefon semalam pukul 11 pagi, bincang ASB dan EPF, susul Isnin", REC, "C-11403", "phone", "Y", "11:00", [], "+mon", nc=["ASB"], ne=["pukul 11 pagi"], why="first name Bulan (moon/month); 'dan' (and) is not Dan Stoica")
L("ms", "MS", "Bulan bt Hashim jumpa hari Khamis, FD 12 bulan RM 500k diperbaharui", REC, "C-11403", "in_person", "thu", None, [], nc=["FD"], ne=["Khamis"], why="bt = binti; bare Khamis from Friday = yesterday; '12 bulan' is months, FD never a claim")
L("ms", "MS", "Hashim telefon semalam", AC, why="patronymic Hashim shared by Bulan binti Hashim and Ahmad Faizal bin Hashim")
L("ms", "MS", "Siti binti Hashim jumpa semalam di Bangsar", AC, why="unknown person sharing a patronymic")
L("ms", "MS", "Encik Faizal panggilan video hari Isnin pukul 9 malam, mandat IPO dimenangi, yuran RM 1.8 juta", REC, "C-11404", "video", "mon", "21:00", [man("1800000", "MYR")], nc=["IPO"], ne=["Isnin"], why="title + unique given name; 9 malam = 21:00")
L("ms", "MS", "Ahmad Faizal Hashim emel kelmarin, hantar penyata KWSP", REC, "C-11404", "email", "DBY", None, [], nc=["KWSP"], ne=["kelmarin"], why="patronymic without 'bin'; every word matches Ahmad Faizal bin Hashim")
L("ms", "MS", "Faizal bin Hashim pindahkan RM 1 juta semalam, jumpa di pejabat", AU, "C-11404", why="money moved with no direction")
L("ms", "MS", "Kumaravel a/l Subramaniam makan tengah hari semalam, dia pindahkan RM 750 ribu ke ACC-11406", REC, "C-11405", "in_person", "Y", None, [dep("750000", "MYR", "ACC-11406")], ne=["semalam"], why="a/l patronymic; ke ACC- gives the direction")
L("ms", "MS", "Encik Kumar telefon semalam", AC, why="'Kumar' is a short form, not Kumaravel's name")
L("ms", "MS", "Encik Subramaniam jumpa hari Selasa", AC, why="patronymic Subramaniam shared by Kumaravel and Devi")
L("ms", "MS", "Kumaravel Subramanian telefon hari Rabu pukul 2 petang, komitmen RM 3 juta, susulan 15 Mac", REC, "C-11405", "phone", "wed", "14:00", [plg("3000000", "MYR")], "03-15", ne=["Rabu", "pukul 2 petang"], why="patronymic one letter off; Rabu from Friday = Wed 3 March")
L("ms", "MS", "Puan Devi telefon semalam", AC, why="Devi a/p Subramaniam and Sunita Devi (Mumbai) share the word")
L("ms", "MS", "Devi a/p Subramaniam panggilan video semalam pukul 8.30 malam, dia deposit RM 400k", REC, "C-11406", "video", "Y", "20:30", [dep("400000", "MYR")], ne=["semalam"], why="a/p patronymic; 8.30 malam = 20:30")
L("ms", "MS", "Datuk Razali jumpa di Mont Kiara hari Ahad, tandatangan mandat pengurusan portfolio RM 10 juta", REC, "C-11407", "in_person", "sun", None, [], nc=["mandat pengurusan"], ne=["Ahad"], why="honorific + unique name; a management mandate is never a claim")
L("ms", "MS", "Dato' Razali Omar telefon semalam pukul 4 petang, dia berjanji RM 5 juta, #masters-golf", REC, "C-11407", "phone", "Y", "16:00", [plg("5000000", "MYR")], init="masters-golf", ne=["pukul 4 petang"], why="honorific spelt Dato'; name without 'bin'")
L("ms", "MS", "Datuk Razali telefon hari ini pukul 10 pagi", AU, "C-11407", why="it is 00:45 on Friday in KL: 'today 10 am' lies in the future, the rep means Thursday but must be asked")
L("ms", "MS", "Tan Mei Ling surat dihantar hari Selasa, borang W-8BEN", REC, "C-11402", "mail", "tue", None, [], nc=["W-8BEN"], ne=["Selasa"], why="surat = letter")
L("ms", "MS", "anak Tan Boon Kiat telefon semalam", AC, why="the client's child, not named")
L("ms", "MS", "Tan Mei Ling dan Tan Boon Kiat jumpa semalam", AC, why="two clients in one line")
L("ms", "MS", "Tan Mei Ling panggilan video hari Khamis lepas, masukkan RM 200 ribu", AU, "C-11402", why="'Khamis lepas' said on Friday (KL): yesterday or eight days ago")
L("ms", "MS", "Tan Mei Ling jumpa hari Jumaat lepas, dia masukkan RM 600 ribu dan berjanji RM 1 juta lagi, susul Selasa", REC, "C-11402", "in_person", "fri", None, [dep("600000", "MYR"), plg("1000000", "MYR")], "+tue", ne=["Jumaat lepas"], why="'Jumaat lepas' said on Friday = seven days ago; two outcomes")
L("ms", "MS", "Bulan binti Hashim emel semalam pukul 9.15 pagi, dia pindahkan RM 250k ke ACC-11404", REC, "C-11403", "email", "Y", "09:15", [dep("250000", "MYR", "ACC-11404")], ne=["semalam"], why="binti patronymic in full")
L("ms", "MS", "Kumaravel berbual semalam pasal unit amanah", ACH, "C-11405", why="'berbual' (chatted) gives no channel")
L("ms", "MS", "Devi Subramaniam jumpa kelmarin pukul 8", AU, "C-11406", why="pukul 8: 08:00 and 20:00 are both past")
L("ms", "MS", "Tan Boon Kiat telefon hari Isnin pukul 10 pagi, pindah masuk SGD 300k ke ACC-11402 #grand-prix-spa, susul 2 April", REC, "C-11401", "phone", "mon", "10:00", [dep("300000", "SGD", "ACC-11402")], "04-02", init="grand-prix-spa", ne=["Isnin"], why="SGD account named")
L("ms", "MS", "Faizal jumpa hari Sabtu di kelab golf, dia berjanji RM 2 juta", REC, "C-11404", "in_person", "sat", None, [plg("2000000", "MYR")], nc=["kelab golf"], ne=["Sabtu"], why="given name alone, unique in the firm")

# ================= hi: Mumbai rep (Asia/Kolkata, local Thu 22:15) — Devanagari, then Hinglish =================
L("hi", "HI", "Rajesh Mehta जी से आज सुबह 11 बजे ऑफिस में मुलाकात, 25 लाख जमा किए", REC, "C-11501", "in_person", "T", "11:00", [dep("2500000", "INR")], ne=["सुबह 11 बजे"], why="name in Latin letters inside a Devanagari line; जी is an honorific")
L("hi", "HI", "Mehta जी का फ़ोन आया कल शाम", AC, why="Rajesh and Kavita Mehta share the surname")
L("hi", "HI", "Mehta परिवार के साथ रविवार को डिनर", AC, why="household: the Mehta family")
L("hi", "HI", "Kavita Mehta से परसों वीडियो कॉल, $200k ACC-11503 में ट्रांसफर किए", REC, "C-11502", "video", "DBY", None, [dep("200000", "USD", "ACC-11503")], ne=["परसों"], why="परसों in a log = day before yesterday; में (into) an account gives the direction")
L("hi", "HI", "Kavita Mehta जी ने कल फ़ोन पर 1 करोड़ का वादा किया", AU, "C-11502", why="INR and USD accounts, no currency")
L("hi", "HI", "Rajesh जी की पत्नी का फ़ोन आया आज दोपहर", AC, why="the client's wife, not named")
L("hi", "HI", "राजेश मेहता से कल दोपहर 3 बजे फ़ोन पर बात, 10 लाख का वादा किया", REC, "C-11501", "phone", "Y", "15:00", [plg("1000000", "INR")], ne=["कल दोपहर 3 बजे"], why="client named in Devanagari script; दोपहर 3 बजे = 15:00")
L("hi", "HI", "Sona Kapoor जी से सोमवार को मुलाकात, गोल्ड ETF और सोना खरीदने पर बात, 15 लाख जमा", REC, "C-11503", "in_person", "mon", None, [dep("1500000", "INR")], nc=["गोल्ड ETF"], ne=["सोमवार"], why="first name Sona and the word सोना (gold)")
L("hi", "HI", "Smt. Sunita Devi को आज चिट्ठी भेजी, Form 16 और 26AS", REC, "C-11506", "mail", "T", None, [], nc=["26AS"], why="Smt. honorific; चिट्ठी = letter; Form 16 is a form, not an amount")
L("hi", "HI", "Devi जी से कल मुलाकात हुई", AC, why="'Devi' is shared by Sunita Devi and Devi a/p Subramaniam (KL)")
L("hi", "HI", "R.K. Iyer sahab के साथ पिछले गुरुवार वीडियो कॉल, mandate मिल गया QIP के लिए, fees 2 करोड़", REC, "C-11504", "video", "thu", None, [man("20000000", "INR")], nc=["QIP"], ne=["पिछले गुरुवार"], why="initials for Ramesh Krishnan; पिछले गुरुवार said on Thursday = seven days ago")
L("hi", "HI", "Iyer जी से पिछले बुधवार को फ़ोन पर बात", AU, "C-11504", why="पिछले बुधवार said on Thursday: yesterday or eight days ago")
L("hi", "HI", "S. Venkatesh जी से आज शाम 6 बजे फ़ोन पर बात, FD 50 लाख renew की", REC, "C-11505", "phone", "T", "18:00", [], nc=["FD"], ne=["शाम 6 बजे"], why="South Indian initial-first form of Venkatesh Srinivasan; FD never a claim")
L("hi", "HI", "Arvind Rao जी से कल मुलाकात, 20 करोड़ का पोर्टफोलियो", NC, "C-11507", why="in the firm, covered by nobody")
L("hi", "HI", "Neel Banerjee से आज वीडियो कॉल पर बात", NC, "C-11508", why="covered by the New York rep only")
L("hi", "HI", "अनिल मेहता से आज ऑफिस में मिले", AC, why="unknown person (in Devanagari) sharing the Mehta surname")
L("hi", "HI", "Sona Kapoor से आज रात 11 बजे फ़ोन", AU, "C-11503", why="रात 11 बजे = 23:00 today, later than 22:15 local")
L("hi", "HI", "सुनीता देवी जी से मंगलवार को वीडियो कॉल, 40 लाख जमा किए और ELSS में SIP शुरू", REC, "C-11506", "video", "tue", None, [dep("4000000", "INR")], nc=["ELSS"], ne=["मंगलवार"], why="client named in Devanagari; full name, so 'Devi' is not ambiguous")
L("hi", "HI", "aaj mai Kavita Mehta ji se mila unke ghar pe, 1 crore INR commit kiye, follow up somvaar", REC, "C-11502", "in_person", "T", None, [plg("10000000", "INR")], "+mon", nc=["ghar"], why="'mai' (I) is not Mai Hoang; INR named on an INR+USD client")
L("hi", "HI", "Raju Mehta ka phone aaya kal", AC, why="'Raju' is a pet form, not Rajesh's name")
L("hi", "HI", "Rajesh Mheta ji se kal shaam 7 baje coffee pe mile, 30 lakh deposit kiye ACC-11501 mein", REC, "C-11501", "in_person", "Y", "19:00", [dep("3000000", "INR", "ACC-11501")], ne=["kal shaam 7 baje"], why="transposed letters in the surname")
L("hi", "HI", "Mehta Kavita ji ka email aaya parson, W-8BEN form bhej diya", REC, "C-11502", "email", "DBY", None, [], nc=["W-8BEN"], ne=["parson"], why="surname first")
L("hi", "HI", "Kal Mistry se kal phone pe baat hui", NC, "C-11605", why="first name Kal next to kal (yesterday); covered by the London rep only")
L("hi", "HI", "kal Sona ji ke saath lunch, sona ETF mein 10 lakh ka SIP, abhi koi deposit nahi", REC, "C-11503", "in_person", "Y", None, [], nc=["ETF"], why="Sona the client and sona (gold); a SIP amount with no outcome word, deposit negated")
L("hi", "HI", "Sona Kapoor aaj 10 baje video call", REC, "C-11503", "video", "T", "10:00", [], ne=["aaj", "10 baje"], why="an hour of 7 to 12 after pukul, kl or before baje is read as typed (README, decided with the product); was ask_unclear: 10 baje: 10:00 and 22:00 are both past at 22:15")
L("hi", "HI", "Sona Kapoor se aaj 11 baje phone pe baat, 5 lakh jama kiye", REC, "C-11503", "phone", "T", "11:00", [dep("500000", "INR")], ne=["11 baje"], why="23:00 would be future, so 11:00")
L("hi", "HI", "Kapoor ji ne transfer kiye 20 lakh, meeting kal", AU, "C-11503", why="money moved with no direction")
L("hi", "HI", "Venkatesh Sriniwasan ji ke saath budhvaar ko video call, 2 crore pledge kiye, follow up guruvaar", REC, "C-11505", "video", "wed", None, [plg("20000000", "INR")], "+thu", ne=["budhvaar"], why="surname one letter off; follow-up guruvaar said on Thursday = next Thursday")
L("hi", "HI", "V. Srinivasan ji ne kal baat ki NPS ke baare mein", ACH, "C-11505", why="'baat ki' (talked) gives no channel")
L("hi", "HI", "Iyer sahab ke office gaye shukravaar ko, unke 401k aur NRE account pe discussion, 50 lakh jama kiye", REC, "C-11504", "in_person", "fri", None, [dep("5000000", "INR")], nc=["401k"], ne=["shukravaar"], why="unique surname + sahab; 401k is a plan")
L("hi", "HI", "Rajesh Gupta ji se mulaqat hui aaj", AC, why="unknown person sharing Rajesh Mehta's first name")
L("hi", "HI", "Shri Rajesh Mehta aur Smt. Kavita Mehta ke saath dinner kal raat", AC, why="two clients in one line")
L("hi", "HI", "Sunita Devi ji ka call aaya raat 9 baje, agar bonus aaya toh 25 lakh dalengi", REC, "C-11506", "phone", "T", "21:00", [], nc=["bonus"], ne=["raat 9 baje"], why="agar = hypothetical; raat 9 baje = 21:00")
L("hi", "HI", "Ramesh Iyer ji se kal video call, mandate ki fees sirf 1% hai, paisa abhi nahi", REC, "C-11504", "video", "Y", None, [], nc=["1%"], why="middle name left out; a fee only as a percentage is no claim")
L("hi", "HI", "Rao sahab se aaj ghar pe mile", NC, "C-11507", why="unique surname + sahab; covered by nobody")

# ================= mixed: the rep's language with English =================
L("mixed", "FR", "call avec Hugues Girard yesterday 9am, il a wired 800k EUR into ACC-11101, relance next Monday", REC, "C-11101", "phone", "Y", "09:00", [dep("800000", "EUR", "ACC-11101")], "+mon", ne=["yesterday", "9am"], why="fr/en")
L("mixed", "FR", "Rose Vautrin lunch today, elle a pledged 1m EUR #louvre-nocturne", REC, "C-11103", "in_person", "T", None, [plg("1000000", "EUR")], init="louvre-nocturne", why="full name, so Rose is not ambiguous")
L("mixed", "FR", "Mme Girard meeting ce matin re the trust", AC, why="two Girards")
L("mixed", "FR", "Thibault meeting this morning, mandate signed, fee 250k€", REC, "C-11104", "in_person", "T", None, [man("250000", "EUR")], ne=["this morning"], why="first name alone, unique in the firm")
L("mixed", "FR", "Laurent Mercier spoke hier about the PEA", ACH, "C-11106", why="'spoke' gives no channel")
L("mixed", "FR", "Rose Delgado call ce matin, she's moving to Paris", NC, "C-11704", why="covered by the New York rep only")
L("mixed", "CH", "Bérénice Girard zoom yesterday 15h, she committed CHF 2m, relance 1er avril", REC, "C-11102", "video", "Y", "15:00", [plg("2000000", "CHF")], "04-01", ne=["yesterday", "15h"], why="secondary coverage by the Geneva rep")
L("mixed", "SV", "Dag Wallin call idag kl 10, he pledged 2 MSEK, följ upp måndag", REC, "C-11201", "phone", "T", "10:00", [plg("2000000", "SEK")], "+mon", ne=["kl 10"], why="sv/en; MSEK resolves SEK+EUR")
L("mixed", "SV", "Per Hellström meeting igår, deposit 1,5 MSEK into ACC-11204", REC, "C-11203", "in_person", "Y", None, [dep("1500000", "SEK", "ACC-11204")], ne=["igår"], why="first name Per in full name")
L("mixed", "SV", "the Hellströms lunch i fredags, generational planning", AC, why="household plural")
L("mixed", "SV", "Sol Ekdahl teams call i måndags, she didn't commit anything, waiting for Q2", REC, "C-11204", "video", "mon", None, [], nc=["Q2"], ne=["måndags"], why="negation")
L("mixed", "SV", "Margareta Hellström email yesterday, hon lovade 3 miljoner kr, follow up 20 March", REC, "C-11202", "email", "Y", None, [plg("3000000", "SEK")], "03-20", ne=["yesterday"], why="sv/en")
L("mixed", "SV", "Ingrid Sjöstrand zoom today at 4", AU, "C-11206", why="at 4: 04:00 and 16:00 both past at 17:45")
L("mixed", "SV", "Sol Ekdhal lunch i tisdags, transferred 900k SEK in", REC, "C-11204", "in_person", "tue", None, [dep("900000", "SEK")], ne=["tisdags"], why="transposed letters; 'transferred ... in' gives the direction")
L("mixed", "RO", "Mihai Popa call azi la 14:30, a depus 1m lei into ACC-11301, follow-up luni", REC, "C-11301", "phone", "T", "14:30", [dep("1000000", "RON", "ACC-11301")], "+mon", ne=["14:30"], why="ro/en")
L("mixed", "RO", "Ioana Popa meeting ieri, pledged 500k", AU, "C-11302", why="RON and EUR accounts, no currency")
L("mixed", "RO", "Sorina Vlad zoom yesterday, NU a depus, still thinking", REC, "C-11304", "video", "Y", None, [], nc=["still thinking"], ne=["yesterday"], why="negation")
L("mixed", "RO", "Vlad meeting azi re his pension", AC, why="Vlad is a first name and a surname in the firm; 'his' does not choose")
L("mixed", "RO", "Speranța Dobre lunch today, she deposited 250k lei, revin pe 2 aprilie", REC, "C-11305", "in_person", "T", None, [dep("250000", "RON")], "04-02", why="ro/en")
L("mixed", "RO", "Dan Stoica call yesterday 5pm, fee 800k lei for the M&A mandate, won", REC, "C-11306", "phone", "Y", "17:00", [man("800000", "RON")], nc=["M&A"], ne=["yesterday", "5pm"], why="mandate won, fee in lei")
L("mixed", "RO", "Cristian Stoica meeting azi la Londra", NC, "C-11307", why="covered by the London rep only")
L("mixed", "MS", "Tan Mei Ling call semalam, she deposited RM 1.2 mil into ACC-11403", REC, "C-11402", "phone", "Y", None, [dep("1200000", "MYR", "ACC-11403")], ne=["semalam"], why="mil = million; semalam from KL Friday = Thu 4 March")
L("mixed", "MS", "Datuk Razali lunch semalam 1pm, committed RM 3 juta, follow up Isnin", REC, "C-11407", "in_person", "Y", "13:00", [plg("3000000", "MYR")], "+mon", ne=["semalam", "1pm"], why="ms/en")
L("mixed", "MS", "Bulan binti Hashim meeting kelmarin, fixed deposit RM 1 juta, no new money", REC, "C-11403", "in_person", "DBY", None, [], nc=["fixed deposit"], ne=["kelmarin"], why="fixed deposit never a claim")
L("mixed", "MS", "Devi meeting semalam re her EPF", AC, why="'Devi' alone is shared in the firm")
L("mixed", "MS", "Kumaravel call hari Isnin, transfer masuk RM 500k", REC, "C-11405", "phone", "mon", None, [dep("500000", "MYR")], ne=["Isnin"], why="transfer masuk = transfer in")
L("mixed", "MS", "Tan Boon Kiat zoom kelmarin 4pm, deposit SGD 1m into ACC-11402 and pledged RM 2 juta", REC, "C-11401", "video", "DBY", "16:00", [dep("1000000", "SGD", "ACC-11402"), plg("2000000", "MYR")], ne=["kelmarin", "4pm"], why="two outcomes in two currencies")
L("mixed", "MS", "Lim Chee Keong golf hari Sabtu #masters-golf, prospect", NC, "C-11408", why="covered by nobody")
L("mixed", "HI", "Rajesh Mehta meeting yesterday 4pm, 20 lakh deposit kiye into ACC-11501", REC, "C-11501", "in_person", "Y", "16:00", [dep("2000000", "INR", "ACC-11501")], ne=["yesterday", "4pm"], why="hi/en")
L("mixed", "HI", "Kavita Mehta call kal, she pledged 1 crore INR, follow up Monday", REC, "C-11502", "phone", "Y", None, [plg("10000000", "INR")], "+mon", why="INR named on an INR+USD client")
L("mixed", "HI", "Mrs. Mehta lunch today, discussed the ELSS", AC, why="two Mehtas")
L("mixed", "HI", "Sona Kapoor call today 9pm, she deposited 8 lakh, follow up 12 March #opera-gala", REC, "C-11503", "phone", "T", "21:00", [dep("800000", "INR")], "03-12", init="opera-gala", ne=["9pm"], why="21:00 is before 22:15 local")
L("mixed", "HI", "Neel Banerjee call today 8pm, he wants to move his NRE money", NC, "C-11508", why="covered by the New York rep only")
L("mixed", "HI", "Venkatesh call yesterday, mandate lost to a rival bank", REC, "C-11505", "phone", "Y", None, [], nc=["rival bank"], ne=["yesterday"], why="given name alone, unique; a lost mandate is no claim")
L("mixed", "HI", "S. Venkatesh ji meeting today 6 baje shaam, committed 3 crore", REC, "C-11505", "in_person", "T", "18:00", [plg("30000000", "INR")], ne=["6 baje shaam"], why="initial-first name; shaam makes 6 18:00")

# ================= END OF LINES =================


def fold(w):
    w = unicodedata.normalize("NFKD", w.lower())
    return "".join(ch for ch in w if not unicodedata.combining(ch))


def near(a, b):
    """a and b equal, one edit apart, or one adjacent transposition apart (accent-folded)."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


DEVANAGARI = re.compile("[\u0900-\u097F]")
MARKS = {"USD": ["USD", "$"], "EUR": ["EUR", "€", "euro"], "GBP": ["GBP", "£", "sterling"], "RON": ["RON", "lei"],
             "SEK": ["SEK", "kr"], "MYR": ["MYR", "RM"], "INR": ["INR", "₹"], "SGD": ["SGD"], "CHF": ["CHF"], "JPY": ["JPY", "¥"]}
# Record lines whose client is named only in Devanagari script (the validator's name check cannot see them).
DEVANAGARI_NAMED = {"C-11501", "C-11506"}
SPEC_LANG = {"en": 35, "fr": 35, "sv": 35, "ro": 35, "ms": 35, "hi": 35, "mixed": 35}


def build(final=True):
    cl = {c["external_id"]: c for c in clients}
    tags = {i["tag"] for i in initiatives}
    assert len({c["name"] for c in clients}) == len(clients)
    assert 40 <= len(clients) <= 50 and 7 <= len(reps) <= 9 and 3 <= len(initiatives) <= 5
    for c in clients:
        assert re.fullmatch(r"C-11\d{3}", c["external_id"]), c
        assert all(re.fullmatch(r"ACC-11\d{3}", a["account"]) for a in c["accounts"]), c
        assert all(r in REPS for r in c["coverage"]), c
    accts_all = [a["account"] for c in clients for a in c["accounts"]]
    assert len(set(accts_all)) == len(accts_all)
    code_of = {uid: code for code, uid in R.items()}
    for ln in lines:
        e = ln["expect"]
        o = e["outcome"]
        txt = ln["text"]
        code = code_of[ln["rep"]]
        assert ln["lang"] in SPEC_LANG, ln
        assert o in ("record", "ask_client", "ask_channel", "ask_unclear", "not_covered"), ln
        assert ln["why"], ln
        assert "<@" not in txt, ln
        for acc in re.findall(r"ACC-\d+", txt):
            assert acc in accts_all, (acc, ln)
        if o == "ask_client":
            assert e["client"] is None, ln
        else:
            assert e["client"] in cl, ln
            words = [fold(w) for w in re.findall(r"[\w']+", txt)]
            names = [w for w in re.findall(r"[\w']+", cl[e["client"]]["name"]) if w not in ("bin", "binti", "a", "l", "p")]
            if e["client"] not in DEVANAGARI_NAMED or not DEVANAGARI.search(txt):
                assert any(near(w, n) for w in words for n in names) or any(
                    re.search(r"\b" + n[0] + r"\.", txt) for n in names), ("client not named", ln)
        if o == "not_covered":
            assert ln["rep"] not in cl[e["client"]]["coverage"], ln
        if o in ("record", "ask_channel", "ask_unclear"):
            assert ln["rep"] in cl[e["client"]]["coverage"], ln
        if o != "record":
            assert not e["claims"] and e["day"] is None and e["channel"] is None and e["time"] is None, ln
            continue
        assert e["channel"] in ("in_person", "phone", "email", "mail", "video"), ln
        tz = CODE_TZ[code]
        local = LOCAL_NOW[code]
        assert e["day"] <= local.date().isoformat(), ln
        if code == "MS":  # at 00:45 local, every Kuala Lumpur record names a day that is not 'today'
            assert e["day"] < local.date().isoformat(), ln
        if e["time"]:
            assert re.fullmatch(r"\d\d:\d\d", e["time"]), ln
            t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
            assert t <= NOWDT, ("time in the future", ln)
        c = cl[e["client"]]
        accts = {a["account"]: a["currency"] for a in c["accounts"]}
        for k in e["claims"]:
            assert Decimal(k["amount"]) > 0 and k["kind"] in ("deposit", "pledge", "mandate"), ln
            if k["account"]:
                assert k["account"] in txt and accts[k["account"]] == k["currency"], ln
            elif len(set(accts.values())) > 1 or k["currency"] not in accts.values():
                assert any(m in txt for m in MARKS[k["currency"]]), ln
        for a in accts:  # a named account of the client must appear on some claim
            if a in txt:
                assert any(k["account"] == a for k in e["claims"]), ln
        if e["follow_up_on"]:
            assert e["follow_up_on"] > local.date().isoformat(), ln
            assert e["follow_up_on"][:7] in ("2027-03", "2027-04"), ln
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
    en_by_rep = Counter(x["rep"] for x in lines if x["lang"] == "en")
    hi_dev = sum(1 for x in lines if x["lang"] == "hi" and DEVANAGARI.search(x["text"]))
    if final:
        assert dict(byl) == SPEC_LANG, byl
        assert en_by_rep[R["US"]] == 18 and en_by_rep[R["GB"]] == 17, en_by_rep
        assert 17 <= hi_dev <= 18, hi_dev
    out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    byo = Counter(x["expect"]["outcome"] for x in lines)
    asks = sum(v for k, v in byo.items() if k != "record")
    print(len(lines), "lines;", len(clients), "clients;", len(reps), "reps")
    print("by language:", dict(byl), "| en by rep:", {code_of[k]: v for k, v in en_by_rep.items()},
          "| hi Devanagari:", hi_dev)
    print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)")
    print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))
    for lang in SPEC_LANG:
        print("  ", lang, dict(Counter(x["expect"]["outcome"] for x in lines if x["lang"] == lang)))


if __name__ == "__main__":
    import sys
    build(final="--partial" not in sys.argv)

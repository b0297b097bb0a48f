"""Held-out reader corpus 8: builds and validates corpus.json. Edit this file, never the JSON."""
import datetime as dt
import json
import os
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

NOW = "2026-12-15T08:20:00Z"
TODAY = dt.date(2026, 12, 15)
assert TODAY.weekday() == 1  # Tuesday
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def iso(x):
    return x.isoformat()


T = iso(TODAY)
Y = iso(TODAY - dt.timedelta(1))  # Monday 14 Dec
DBY = iso(TODAY - dt.timedelta(2))  # Sunday 13 Dec
TOM = iso(TODAY + dt.timedelta(1))
LAST_TUE = iso(TODAY - dt.timedelta(7))  # "last Tuesday" said on a Tuesday = seven days ago


def past(w):
    """Most recent such weekday strictly before today."""
    return next(iso(TODAY - dt.timedelta(k)) for k in range(1, 8) if (TODAY - dt.timedelta(k)).weekday() == WD[w])


def nxt(w):
    """Next such weekday strictly after today."""
    return next(iso(TODAY + dt.timedelta(k)) for k in range(1, 8) if (TODAY + dt.timedelta(k)).weekday() == WD[w])


def on(m, dd, y=2026):
    return iso(dt.date(y, m, dd))


R = {"FR": "U0H8FR201", "SV": "U0H8SV202", "RO": "U0H8RO203", "MS": "U0H8MS204",
     "HI": "U0H8HI205", "GB": "U0H8GB206", "US": "U0H8US207"}
reps = [
    {"slack_user_id": R["FR"], "name": "Bérénice Lacroix", "timezone": "Europe/Paris", "locale": "fr-FR", "roles": ["rep"]},
    {"slack_user_id": R["SV"], "name": "Johanna Ekdahl", "timezone": "Europe/Stockholm", "locale": "sv-SE", "roles": ["rep"]},
    {"slack_user_id": R["RO"], "name": "Cristina Dobre", "timezone": "Europe/Bucharest", "locale": "ro-RO", "roles": ["rep"]},
    {"slack_user_id": R["MS"], "name": "Farah Nadia binti Ismail", "timezone": "Asia/Kuala_Lumpur", "locale": "ms-MY", "roles": ["rep"]},
    {"slack_user_id": R["HI"], "name": "Anjali Mehra", "timezone": "Asia/Kolkata", "locale": "hi-IN", "roles": ["rep"]},
    {"slack_user_id": R["GB"], "name": "Alistair Whitcombe", "timezone": "Europe/London", "locale": "en-GB", "roles": ["rep"]},
    {"slack_user_id": R["US"], "name": "Kayla Donovan", "timezone": "America/New_York", "locale": "en-US", "roles": ["rep"]},
]


def C(eid, name, hh, tier, cov, accts):
    return {"external_id": eid, "name": name, "household": hh, "tier": tier,
            "coverage": [R[c] for c in cov], "accounts": [{"account": a, "currency": c} for a, c in accts]}


clients = [
    # France
    C("C-6101", "Olivier Marchand", "Marchand", "UHNW", ["FR"], [("ACC-6111", "EUR")]),
    C("C-6102", "Rose Marchand", "Marchand", "HNW", ["FR"], [("ACC-6112", "EUR")]),
    C("C-6103", "Hélène Dubreuil", "Dubreuil", "HNW", ["FR"], [("ACC-6113", "EUR"), ("ACC-6114", "USD")]),
    C("C-6104", "Jean-Baptiste Aubert", "Aubert", "corporate executive", ["FR"], [("ACC-6115", "EUR")]),
    C("C-6105", "Gaspard Rivière", "Rivière", "HNW", [], [("ACC-6116", "EUR")]),
    # Sweden
    C("C-6201", "Per Wallin", "Wallin", "UHNW", ["SV"], [("ACC-6211", "SEK")]),
    C("C-6202", "Sol Wallin", "Wallin", "HNW", ["SV"], [("ACC-6212", "SEK")]),
    C("C-6203", "Axel Norling", "Norling", "UHNW", ["SV"], [("ACC-6213", "SEK"), ("ACC-6214", "EUR")]),
    C("C-6204", "Karin Hedlund", "Hedlund (Karin)", "corporate executive", ["SV"], [("ACC-6215", "SEK")]),
    C("C-6205", "Ove Hedlund", "Hedlund (Ove)", "HNW", [], [("ACC-6216", "SEK")]),
    C("C-6206", "Vera Sandberg", "Sandberg", "HNW", ["GB"], [("ACC-6217", "SEK")]),
    # Romania
    C("C-6301", "Radu Bălan", "Bălan (Radu)", "UHNW", ["RO"], [("ACC-6311", "RON")]),
    C("C-6302", "Ioana Bălan", "Bălan (Radu)", "HNW", ["RO"], [("ACC-6312", "RON")]),
    C("C-6303", "Horia Vlad", "Vlad", "HNW", ["RO"], [("ACC-6313", "EUR")]),
    C("C-6304", "Vlad Ene", "Ene", "corporate executive", ["RO"], [("ACC-6314", "RON"), ("ACC-6315", "EUR")]),
    C("C-6305", "Doru Bălan", "Bălan (Doru)", "HNW", [], [("ACC-6316", "RON")]),
    # Malaysia
    C("C-6401", "Tan Boon Huat", "Tan (Boon Huat)", "UHNW", ["MS"], [("ACC-6411", "MYR")]),
    C("C-6402", "Tan Mei Ling", "Tan (Boon Huat)", "HNW", ["MS"], [("ACC-6412", "MYR"), ("ACC-6413", "USD")]),
    C("C-6403", "Ahmad Faris bin Osman", "Osman (Faris)", "HNW", ["MS"], [("ACC-6414", "MYR")]),
    C("C-6404", "Mawar binti Osman", "Osman (Mawar)", "HNW", ["MS"], [("ACC-6415", "MYR")]),
    C("C-6405", "Lim Chee Keong", "Lim", "corporate executive", ["MS"], [("ACC-6416", "MYR"), ("ACC-6417", "SGD")]),
    C("C-6406", "Tan Wei Jie", "Tan (Wei Jie)", "HNW", [], [("ACC-6418", "MYR")]),
    # India
    C("C-6501", "Vikram Malhotra", "Malhotra", "UHNW", ["HI"], [("ACC-6511", "INR")]),
    C("C-6502", "Sunita Malhotra", "Malhotra", "UHNW", ["HI"], [("ACC-6512", "INR"), ("ACC-6513", "USD")]),
    C("C-6503", "Arjun Iyer", "Iyer (Arjun)", "HNW", ["HI"], [("ACC-6514", "INR")]),
    C("C-6504", "Lakshmi Iyer", "Iyer (Lakshmi)", "HNW", ["HI"], [("ACC-6515", "INR")]),
    C("C-6505", "Shyam Kapoor", "Kapoor", "corporate executive", ["HI"], [("ACC-6516", "INR")]),
    # United Kingdom
    C("C-6601", "Hugh Ashworth", "Ashworth (Hugh)", "UHNW", ["GB"], [("ACC-6611", "GBP")]),
    C("C-6602", "Clementine Ashworth", "Ashworth (Hugh)", "HNW", ["GB"], [("ACC-6612", "GBP"), ("ACC-6613", "EUR")]),
    C("C-6603", "Hope Fanshawe", "Fanshawe", "HNW", ["GB"], [("ACC-6614", "GBP")]),
    C("C-6604", "Edmund Sterling", "Sterling", "corporate executive", ["GB", "FR"], [("ACC-6615", "GBP")]),
    C("C-6605", "Piers Ashworth", "Ashworth (Piers)", "UHNW", [], [("ACC-6616", "GBP")]),
    # United States
    C("C-6701", "Bill Navarro", "Navarro", "UHNW", ["US"], [("ACC-6711", "USD")]),
    C("C-6702", "Chase Whitaker", "Whitaker (Chase)", "HNW", ["US"], [("ACC-6712", "USD")]),
    C("C-6703", "Rafael Ortega", "Ortega", "corporate executive", ["US"], [("ACC-6713", "USD"), ("ACC-6714", "MXN")]),
    C("C-6704", "Deepak Rao", "Rao", "HNW", ["US"], [("ACC-6715", "USD"), ("ACC-6716", "INR")]),
    C("C-6705", "Dale Whitaker", "Whitaker (Dale)", "HNW", [], [("ACC-6717", "USD")]),
    C("C-6706", "Summer Navarro", "Navarro", "HNW", ["US"], [("ACC-6718", "USD")]),
]
initiatives = [{"tag": "art-basel", "name": "Art Basel Miami collectors' evening"},
               {"tag": "verbier-ski", "name": "Verbier ski weekend"},
               {"tag": "wimbledon-box", "name": "Wimbledon debenture box"},
               {"tag": "sepang-gp", "name": "Sepang Grand Prix paddock club"}]

lines = []


def L(lang, rep, text, outcome, client=None, channel=None, day=None, time=None, claims=(), fu=None,
      init=None, nc=(), ne=(), why=""):
    if outcome != "record":  # only outcome and client are checked for asks
        channel = None
        day = None
        time = None
        fu = None
        init = None
        claims = ()
        nc = ()
        ne = ()
    expect = {"outcome": outcome, "client": client, "channel": channel, "day": day, "time": time,
              "claims": [{"kind": k, "amount": a, "currency": c, "account": ac} for k, a, c, ac in claims],
              "follow_up_on": fu, "initiative": init, "notes_contains": list(nc), "notes_excludes": list(ne)}
    lines.append({"id": f"h8-{len(lines) + 1:03d}", "lang": lang, "rep": R[rep], "text": text,
                  "expect": expect, "why": why})


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

# ================= en: New York rep (local Tue 03:20, so nothing later today) =================
L("en", "US", "bill navarro lunch yday at the club, pledged 2.5mm for the kids' 529 plans", REC, "C-6701", "in_person", Y, None, [plg("2500000", "USD")], nc=["529"], ne=["yday"], why="lower-case name; Bill is a name; mm = million; 529 is a plan, not an amount")
L("en", "US", "Summer Navarro phoned Sun evening re the summer house sale, might deposit 800k once it closes", REC, "C-6706", "phone", DBY, None, [], nc=["summer house"], ne=["Sun evening"], why="first name Summer; 'might deposit' is hypothetical; evening gives no time")
L("en", "US", "Chase Whitaker zoom 12/10 2:30pm, rolling his old Chase 401(k) to an IRA, deposited $1,250,000 to ACC-6712", REC, "C-6702", "video", on(12, 10), "14:30", [dep("1250000", "USD", "ACC-6712")], nc=["401(k)"], ne=["12/10", "2:30pm"], why="US m/d date; Chase is also a bank; 401(k) not an amount; comma thousands")
L("en", "US", "Whitaker called last night re his RMDs", AC, why="two Whitakers in the firm (Dale is covered by nobody)")
L("en", "US", "Dale Whitaker coffee Fri, wants a second opinion on his muni ladder", NC, "C-6705", why="in the firm, covered by nobody; must not fall on Chase Whitaker")
L("en", "US", "Rafael Ortega teams call yesterday 4:15pm, mandate won on the maquila carve-out, fee 300k", AU, "C-6703", why="USD and MXN accounts, fee without currency")
L("en", "US", "Rafael Ortega mtg at his office Thu 10am, wired MXN 6m into ACC-6714 and pledged another $1.5m by Q1", REC, "C-6703", "in_person", past("thu"), "10:00", [dep("6000000", "MXN", "ACC-6714"), plg("1500000", "USD")], nc=["Q1"], ne=["Thu", "10am"], why="two outcomes in two currencies; Q1 not an amount")
L("en", "US", "call w/ Bill Navarro yesterday at 5 about the estate plan", AU, "C-6701", why="'at 5' could be am or pm, no hint")
L("en", "US", "Bill Navarro dinner last Tuesday, 3 grandkids, turns 70 in March, S&P 500 heavy; the 1m pledge is off", REC, "C-6701", "in_person", LAST_TUE, None, [], nc=["S&P 500", "turns 70"], ne=["last Tuesday"], why="'last Tuesday' said on a Tuesday = seven days ago; counts, age, index; withdrawn pledge")
L("en", "US", "Ortega email Sat, sent W-8BEN and the 1042-S, no new money", REC, "C-6703", "email", past("sat"), None, [], nc=["W-8BEN"], ne=["Sat"], why="unique surname alone; form numbers not amounts")
L("en", "US", "Deepak Rao FedEx'd the signed LOA yesterday + deposited $400k into ACC-6715", REC, "C-6704", "mail", Y, None, [dep("400000", "USD", "ACC-6715")], nc=["LOA"], ne=["yesterday"], why="courier = mail; account USD")
# ================= en: London rep (local Tue 08:20) =================
L("en", "GB", "Hugh Ashworth - breakfast at the Wolseley this morning, ISA top-up chat, transferred £250k in from Coutts", REC, "C-6601", "in_person", T, None, [dep("250000", "GBP")], nc=["Coutts"], ne=["this morning"], why="'transferred in' has a direction; breakfast = in person")
L("en", "GB", "Clementine Ashworth phone yesterday 17:10, pledged €400k towards the EUR book, 2 kids at uni", REC, "C-6602", "phone", Y, "17:10", [plg("400000", "EUR")], nc=["kids at uni"], ne=["yesterday", "17:10"], why="€ picks EUR on a GBP+EUR client; a count is not an amount")
L("en", "GB", "Clementine Ashworth Teams 9/12 at 14:00, paid €600k into ACC-6613, follow up 4 Jan", REC, "C-6602", "video", on(12, 9), "14:00", [dep("600000", "EUR", "ACC-6613")], on(1, 4, 2027), ne=["9/12", "14:00"], why="UK d/m date; follow-up rolls into 2027")
L("en", "GB", "Ashworths - lunch Sunday, the grandchildren's JISAs", AC, why="household plural; three Ashworths in the firm")
L("en", "GB", "Piers Ashworth rang this morning re his SIPP drawdown", NC, "C-6605", why="separate Ashworth household covered by nobody")
L("en", "GB", "hope fanshawe coffee Sat, hope to get the 1.5m mandate over the line in Jan", REC, "C-6603", "in_person", past("sat"), None, [], nc=["mandate over the line"], ne=["Sat"], why="lower-case; Hope is a name and a verb; a hoped-for mandate is no claim")
L("en", "GB", "Hope Fanshaw video call 7.45 this morning, put down a £200k deposit on a villa in Menorca, nothing with us", REC, "C-6603", "video", T, "07:45", [], nc=["Menorca"], ne=["7.45", "this morning"], why="typo Fanshaw; a house deposit paid elsewhere is no claim; explicit time beats part of day")
L("en", "GB", "Edmund Sterling lunch at Boisdale Fri, mandate won on the MBO, fee 350k sterling, FTSE 100 review #wimbledon-box", REC, "C-6604", "in_person", past("fri"), None, [man("350000", "GBP")], init="wimbledon-box", nc=["FTSE 100"], ne=["Fri"], why="surname Sterling is also a currency word; FTSE 100 not an amount")
L("en", "GB", "Sterling - call last Monday re the earn-out", AU, "C-6604", why="'last Monday' said on a Tuesday: yesterday or 7 Dec")
L("en", "GB", "Hugh Ashworth email Fri, signed the discretionary mandate on £5m", REC, "C-6601", "email", past("fri"), None, [], nc=["discretionary mandate"], ne=["Fri"], why="a management mandate is never a claim")
L("en", "GB", "Vera Sandberg tel yesterday 16:30, pledged 2 MSEK", REC, "C-6206", "phone", Y, "16:30", [plg("2000000", "SEK")], ne=["yesterday", "16:30"], why="London rep covers a Swedish client; MSEK")

# ================= fr: Paris rep (local Tue 09:20) =================
L("fr", "FR", "rdv olivier marchand à l'agence hier 15h30, versement de 1,2 M€ sur son PEA", REC, "C-6101", "in_person", Y, "15:30", [dep("1200000", "EUR")], nc=["PEA"], ne=["hier", "15h30"], why="lower-case name; decimal comma with M€")
L("fr", "FR", "Rose Marchand tél ce matin 8h45, elle a promis 500 k€ pour janvier", REC, "C-6102", "phone", T, "08:45", [plg("500000", "EUR")], ne=["ce matin", "8h45"], why="first name Rose is a word; explicit time beats part of day; promis = pledge; 'pour janvier' is not a follow-up")
L("fr", "FR", "Marchand m'a appelé hier soir", AC, why="two Marchands in the firm")
L("fr", "FR", "Hélène Dubreuil visio jeudi 14h, engagement 300k", AU, "C-6103", why="EUR and USD accounts, no currency")
L("fr", "FR", "Helene Dubreuil déj vendredi, virement de 450 000 USD reçu sur ACC-6114, relance le 8 janvier", REC, "C-6103", "in_person", past("fri"), None, [dep("450000", "USD", "ACC-6114")], on(1, 8, 2027), ne=["vendredi"], why="no accents; 'virement reçu' is incoming; follow-up in January 2027")
L("fr", "FR", "Aubert tél lundi 11h, mandat gagné sur la cession de sa boîte, honoraires 250 k€", REC, "C-6104", "phone", past("mon"), "11:00", [man("250000", "EUR")], nc=["cession"], ne=["lundi", "11h"], why="unique surname alone; bare lundi = yesterday")
L("fr", "FR", "Jean-Baptiste Aubert visio mardi dernier 17h, point sur le CAC 40 et ses 3 filiales", REC, "C-6104", "video", LAST_TUE, "17:00", [], nc=["CAC 40"], ne=["mardi dernier", "17h"], why="'mardi dernier' said on a Tuesday = seven days ago; index and count are not amounts")
L("fr", "FR", "Rose Marchand rdv lundi dernier pour la succession", AU, "C-6102", why="'lundi dernier' said on a Tuesday: yesterday or 7 Dec")
L("fr", "FR", "Olivier Marchand a viré 2 M€, tél hier", AU, "C-6101", why="money moved with no direction")
L("fr", "FR", "Gaspard Rivière déjeuner hier, 6 M€ à placer, prospect chaud", NC, "C-6105", why="in the firm, covered by nobody")
L("fr", "FR", "Rose Fanshawe rdv ce matin", AC, why="unknown person: Rose Marchand's first name, Hope Fanshawe's last name")
L("fr", "FR", "olivier marchand courrier envoyé samedi avec la lettre de mission et l'IFU 2025", REC, "C-6101", "mail", past("sat"), None, [], nc=["IFU 2025"], ne=["samedi"], why="courrier = mail; a lettre de mission with no fee is no claim; 2025 not an amount")
L("fr", "FR", "Rose Marchand visio 9h ce matin : a finalement renoncé à verser les 700 000 €, elle attend la succession", REC, "C-6102", "video", T, "09:00", [], nc=["succession"], ne=["ce matin"], why="renounced deposit is no claim")
L("fr", "FR", "Hélène Dubreuil mail hier : dépôt de 1,5 M€ sur ACC-6113 et de 200 k$ sur ACC-6114", REC, "C-6103", "email", Y, None, [dep("1500000", "EUR", "ACC-6113"), dep("200000", "USD", "ACC-6114")], ne=["hier"], why="two deposits into two accounts in two currencies")
L("fr", "FR", "Jean-Baptiste Aubert vu au dîner #verbier-ski avant-hier vers 20h, 2 enfants, 52 ans, tél 06 45 12 78 33", REC, "C-6104", "in_person", DBY, "20:00", [], init="verbier-ski", nc=["52 ans"], ne=["avant-hier", "vers 20h"], why="vers 20h = about 20:00; count, age, phone are not amounts")
L("fr", "FR", "Edmund Sterling au tél hier 18h15, mandat remporté pour la vente de sa holding, commission 90 k£", REC, "C-6604", "phone", Y, "18:15", [man("90000", "GBP")], nc=["holding"], ne=["hier", "18h15"], why="secondary coverage; mandate with fee in k£")
L("fr", "FR", "Olivier Marchand rdv 10/12 à midi et demi, versement 300 000 € sur ACC-6111 + promesse de 1 M€ d'ici mars", REC, "C-6101", "in_person", on(12, 10), "12:30", [dep("300000", "EUR", "ACC-6111"), plg("1000000", "EUR")], ne=["10/12", "midi et demi"], why="two outcomes; midi et demi = 12:30; d/m date")
L("fr", "FR", "Rose Marchand rdv hier, mandat de gestion conseillée sur 2 M€, rendement cible 5 %", REC, "C-6102", "in_person", Y, None, [], nc=["gestion conseillée"], ne=["hier"], why="a management mandate is never a claim; percentage")
L("fr", "FR", "Hélène Dubreuil a versé 250 000 $ sur son compte, visio dimanche", REC, "C-6103", "video", past("sun"), None, [dep("250000", "USD")], ne=["dimanche"], why="$ picks USD on a EUR+USD client")
L("fr", "FR", "Jean Baptiste Aubert tel jeudi dernier, pas de nouveau versement, il attend le T1 2027", REC, "C-6104", "phone", past("thu"), None, [], nc=["T1 2027"], ne=["jeudi dernier"], why="no hyphen, no accent; no deposit; T1 2027 not an amount")
L("fr", "FR", "rdv Olivier Marchand hier à 8h du mat, pt portefeuille, relance vendredi", REC, "C-6101", "in_person", Y, "08:00", [], nxt("fri"), nc=["portefeuille"], ne=["hier"], why="'du mat' = morning; relance -> next Friday")
L("fr", "FR", "Rose Marchand visio hier 16h, elle a promis 400k puis s'est rétractée", REC, "C-6102", "video", Y, "16:00", [], nc=["rétractée"], ne=["hier", "16h"], why="withdrawn pledge is no claim")

# ================= sv: Stockholm rep (local Tue 09:20) =================
L("sv", "SV", "Lunch med Per Wallin igår, satte in 4 mkr på ISK:n", REC, "C-6201", "in_person", Y, None, [dep("4000000", "SEK")], nc=["ISK"], ne=["igår"], why="first name Per is also a word; mkr")
L("sv", "SV", "per wallin ringde i morse halv nio, vill höja månadssparandet", REC, "C-6201", "phone", T, "08:30", [], nc=["månadssparandet"], ne=["i morse", "halv nio"], why="lower-case name; 'halv nio' = 08:30; monthly saving wish is no claim")
L("sv", "SV", "Sol Wallin möte på kontoret i fredags kl 14, lovade 1,5 milj. kr + insättning 300 tkr till ACC-6212", REC, "C-6202", "in_person", past("fri"), "14:00", [plg("1500000", "SEK"), dep("300000", "SEK", "ACC-6212")], ne=["fredags", "kl 14"], why="Sol = sun; two outcomes; milj. kr and tkr")
L("sv", "SV", "Per Wallin mejl i förrgår, 5 MSEK insatt på ACC-6211", REC, "C-6201", "email", DBY, None, [dep("5000000", "SEK", "ACC-6211")], ne=["förrgår"], why="insatt = deposited")
L("sv", "SV", "Axel Norling Teams igår 15.30, satte in 2 milj.", AU, "C-6203", why="SEK and EUR accounts, no currency")
L("sv", "SV", "Axel Norling fika i söndags, satte in 500 000 euro på ACC-6214, följ upp fredag", REC, "C-6203", "in_person", past("sun"), None, [dep("500000", "EUR", "ACC-6214")], nxt("fri"), ne=["söndags"], why="space thousands; följ upp -> next Friday")
L("sv", "SV", "Norling videosamtal förra tisdagen kl 10, lovade 3 MSEK", REC, "C-6203", "video", LAST_TUE, "10:00", [plg("3000000", "SEK")], ne=["förra tisdagen"], why="unique surname alone; 'förra tisdagen' said on a Tuesday = seven days ago; MSEK picks SEK")
L("sv", "SV", "Karin Hedlund ringde förra måndagen ang. optionerna", AU, "C-6204", why="'förra måndagen' said on a Tuesday: yesterday or 7 Dec")
L("sv", "SV", "Hedlund lunch igår", AC, why="two Hedlunds in the firm (Ove is covered by nobody)")
L("sv", "SV", "Ove Hedlund mejl i morse, vill flytta 10 mkr till oss", NC, "C-6205", why="separate Hedlund household covered by nobody")
L("sv", "SV", "Karin Hedlund möte kl 3 igår, styrelsearvodet", AU, "C-6204", why="'kl 3' could be 03:00 or 15:00, no hint")
L("sv", "SV", "Karin Hedlund träff på hennes kontor igår 13:15, vi vann mandatet för nyemissionen, arvode 1,8 Mkr", REC, "C-6204", "in_person", Y, "13:15", [man("1800000", "SEK")], nc=["nyemissionen"], ne=["igår", "13:15"], why="mandate won with fee in Mkr")
L("sv", "SV", "Skickade brev till Sol Wallin igår med fullmakten och K10-blanketten", REC, "C-6202", "mail", Y, None, [], nc=["K10"], ne=["igår"], why="brev = mail; K10 not an amount")
L("sv", "SV", "Per Wallin Zoom igår kväll, överförde 2 MSEK till oss", REC, "C-6201", "video", Y, None, [dep("2000000", "SEK")], ne=["igår kväll"], why="'till oss' (to us) gives the direction; kväll gives no time")
L("sv", "SV", "Per Wallin videomöte 8/12 kl 16.45, går i pension vid 67, 3 barnbarn, tel 070-442 18 90", REC, "C-6201", "video", on(12, 8), "16:45", [], nc=["barnbarn"], ne=["8/12"], why="d/m date; age, count, phone are not amounts")
L("sv", "SV", "Axel Norling samtal igår 11.20, har dragit tillbaka löftet om 5 MSEK", REC, "C-6203", "phone", Y, "11:20", [], nc=["dragit tillbaka"], ne=["igår", "11.20"], why="withdrawn pledge is no claim")
L("sv", "SV", "Vera Sandberg lunch igår", NC, "C-6206", why="covered by the London rep only")
L("sv", "SV", "Karin Hedlund Teams i torsdags, satte in 1 200 000 kr på ACC-6215 #verbier-ski", REC, "C-6204", "video", past("thu"), None, [dep("1200000", "SEK", "ACC-6215")], init="verbier-ski", ne=["torsdags"], why="space thousands; account SEK")
L("sv", "SV", "axel norling lunch igår kl 12, satte in 2 milj kr på sparkontot", REC, "C-6203", "in_person", Y, "12:00", [dep("2000000", "SEK")], nc=["sparkontot"], ne=["igår"], why="'kr' is SEK on a SEK+EUR client; lunch makes kl 12 noon")
L("sv", "SV", "Axel Norling mejl 3/12: OMXS30-fonden +12 %, inget nytt kapital, följ upp 7 jan", REC, "C-6203", "email", on(12, 3), None, [], on(1, 7, 2027), nc=["OMXS30"], ne=["3/12"], why="index and percentage; follow-up in 2027")
L("sv", "SV", "Per Wallin möte hos honom i lördags 10:00, öppnade fasträntekonto 2 mkr", REC, "C-6201", "in_person", past("sat"), "10:00", [], nc=["fasträntekonto"], ne=["lördags"], why="a fixed-rate term account is never a claim")
L("sv", "SV", "Sol Wallin videosamtal idag 08:50, lovade 750 tkr #art-basel", REC, "C-6202", "video", T, "08:50", [plg("750000", "SEK")], init="art-basel", ne=["08:50"], why="lovade = pledged; tkr")

# ================= ro: Bucharest rep (local Tue 10:20) =================
L("ro", "RO", "intalnire cu radu balan ieri la 15:30, a depus 500.000 lei in ACC-6311", REC, "C-6301", "in_person", Y, "15:30", [dep("500000", "RON", "ACC-6311")], ne=["ieri"], why="lower-case, no diacritics; dotted thousands")
L("ro", "RO", "Ioana Bălan telefon azi dimineață, a promis 1,2 mil. lei până în martie", REC, "C-6302", "phone", T, None, [plg("1200000", "RON")], ne=["azi dimineață"], why="part of day gives no time; mil. lei; 'până în martie' is not a follow-up")
L("ro", "RO", "Bălan m-a sunat ieri", AC, why="three Bălans in the firm, in two households")
L("ro", "RO", "Doru Balan cafea sâmbătă, vrea să mute 3 mil. euro la noi", NC, "C-6305", why="separate Bălan household covered by nobody")
L("ro", "RO", "Vlad a trimis mail azi", AC, why="Vlad is Horia Vlad's surname and Vlad Ene's first name")
L("ro", "RO", "Vlad Ene videoconferință joi la 14, onorariu mandat 200.000", AU, "C-6304", why="RON and EUR accounts, fee without currency")
L("ro", "RO", "Vlad Ene întâlnire la sediul firmei vineri la 11:00, mandat câștigat pentru fuziune, onorariu 150.000 EUR, de revenit pe 6 ianuarie", REC, "C-6304", "in_person", past("fri"), "11:00", [man("150000", "EUR")], on(1, 6, 2027), nc=["fuziune"], ne=["vineri"], why="EUR given on a RON+EUR client; follow-up in 2027")
L("ro", "RO", "Horia Vlad prânz marțea trecută, a depus 250 mii euro", REC, "C-6303", "in_person", LAST_TUE, None, [dep("250000", "EUR")], ne=["marțea trecută"], why="'marțea trecută' said on a Tuesday = seven days ago; mii = thousand")
L("ro", "RO", "Horia Vlad telefon lunea trecută", AU, "C-6303", why="'lunea trecută' said on a Tuesday: yesterday or 7 Dec")
L("ro", "RO", "Radu Bălan a transferat 400.000 lei, vorbit la telefon aseară", AU, "C-6301", why="money moved with no direction")
L("ro", "RO", "Ioana Balan m-a sunat ieri pe la 5 după-amiaza, Pilonul III", REC, "C-6302", "phone", Y, "17:00", [], nc=["Pilonul III"], ne=["ieri"], why="după-amiaza makes 5 = 17:00; pilon number not an amount")
L("ro", "RO", "Radu Bălan email duminică: 2 copii la facultate, 61 de ani, BET +9%, niciun depozit nou", REC, "C-6301", "email", past("sun"), None, [], nc=["BET"], ne=["duminică"], why="counts, age, index, percentage; no deposit")
L("ro", "RO", "Radu Balan vizită acasă alaltăieri seara, a promis 2 milioane RON și a depus 300.000 lei în ACC-6311", REC, "C-6301", "in_person", DBY, None, [plg("2000000", "RON"), dep("300000", "RON", "ACC-6311")], ne=["alaltăieri"], why="two outcomes; evening gives no time")
L("ro", "RO", "Ioana Bălan apel video 9.12 la 16:10, a retras promisiunea de 500.000 lei", REC, "C-6302", "video", on(12, 9), "16:10", [], nc=["retras"], ne=["9.12"], why="withdrawn pledge is no claim; d.m date")
L("ro", "RO", "Horia Vlad teams azi la 9:30, dacă vinde terenul depune 1 milion euro", REC, "C-6303", "video", T, "09:30", [], nc=["terenul"], why="hypothetical deposit is no claim")
L("ro", "RO", "Vlad Ene scrisoare recomandată trimisă ieri cu actul adițional", REC, "C-6304", "mail", Y, None, [], nc=["actul adițional"], ne=["ieri"], why="scrisoare = mail")
L("ro", "RO", "Vlad Ene prânz luni, a depus 800.000 lei", REC, "C-6304", "in_person", past("mon"), None, [dep("800000", "RON")], ne=["luni"], why="lei picks RON on a RON+EUR client; bare luni = yesterday")
L("ro", "RO", "Horia Vlad zoom ieri 17:45, vrea titluri Tezaur de 200 mii lei, nimic semnat", REC, "C-6303", "video", Y, "17:45", [], nc=["Tezaur"], why="no outcome word, so no claim")
L("ro", "RO", "Ioana Bălan mail ieri la 22:10 cu extrasele Q3", REC, "C-6302", "email", Y, "22:10", [], nc=["Q3"], ne=["22:10"], why="Q3 not an amount")
L("ro", "RO", "Ioana Bălan întâlnire azi la 8:15, angajament 700k lei #art-basel", REC, "C-6302", "in_person", T, "08:15", [plg("700000", "RON")], init="art-basel", why="angajament = pledge")
L("ro", "RO", "Radu Bălan tel 14.12 ora 19, mandat pentru vânzarea firmei, onorariu 2%", REC, "C-6301", "phone", on(12, 14), "19:00", [], nc=["2%"], ne=["14.12"], why="a fee given only as a percentage is no amount")
L("ro", "RO", "Horia Vlad apel video duminică la 12:00, 1,5 mil. euro virați în ACC-6313, de revenit joi", REC, "C-6303", "video", past("sun"), "12:00", [dep("1500000", "EUR", "ACC-6313")], nxt("thu"), ne=["duminică"], why="'virați în ACC' has a direction; de revenit -> next Thursday")

# ================= ms: Kuala Lumpur rep (local Tue 16:20) =================
L("ms", "MS", "Jumpa Tan Boon Huat semalam pukul 3 petang, dia masukkan RM 2 juta ke ACC-6411", REC, "C-6401", "in_person", Y, "15:00", [dep("2000000", "MYR", "ACC-6411")], ne=["semalam", "pukul 3 petang"], why="petang makes 3 = 15:00; juta")
L("ms", "MS", "tan mei ling telefon pagi tadi, janji USD 500k sebelum Tahun Baru Cina", REC, "C-6402", "phone", T, None, [plg("500000", "USD")], ne=["pagi tadi"], why="lower-case name; janji = pledge; USD on a MYR+USD client; the festival is not a follow-up")
L("ms", "MS", "Tan Mei Ling video call Jumaat, ikrar 1.2 juta", AU, "C-6402", why="MYR and USD accounts, no currency")
L("ms", "MS", "Boon Huat telefon semalam pukul 10 pagi pasal ASB", REC, "C-6401", "phone", Y, "10:00", [], nc=["ASB"], ne=["semalam", "pukul 10 pagi"], why="given names only, unique in the firm")
L("ms", "MS", "Tan Wei Jie jumpa di Pavilion Sabtu, nak buka akaun", NC, "C-6406", why="separate Tan household covered by nobody")
L("ms", "MS", "Osman emel pagi tadi", AC, why="two unrelated clients named Osman (Faris and Mawar)")
L("ms", "MS", "Ahmad Faris bin Osman mesyuarat di pejabat Khamis lepas pukul 10 pagi, mandat dimenangi untuk IPO, yuran RM 800k", REC, "C-6403", "in_person", past("thu"), "10:00", [man("800000", "MYR")], nc=["IPO"], ne=["Khamis lepas", "pukul 10 pagi"], why="mandate won with fee")
L("ms", "MS", "Mawar binti Osman telefon Selasa lepas pukul 11 pagi, buat deposit RM 300,000", REC, "C-6404", "phone", LAST_TUE, "11:00", [dep("300000", "MYR")], ne=["Selasa lepas", "pukul 11 pagi"], why="Mawar = rose; 'Selasa lepas' said on a Tuesday = seven days ago")
L("ms", "MS", "Mawar Osman jumpa Isnin lepas", AU, "C-6404", why="'Isnin lepas' said on a Tuesday: yesterday or 7 Dec")
L("ms", "MS", "Lim Chee Keong zoom semalam 2.30 petang, pindah RM 1.5 juta", AU, "C-6405", why="money moved with no direction")
L("ms", "MS", "Lim Chee Keong makan tengah hari kelmarin, deposit SGD 400k ke ACC-6417, susulan Jumaat", REC, "C-6405", "in_person", DBY, None, [dep("400000", "SGD", "ACC-6417")], nxt("fri"), ne=["kelmarin"], why="kelmarin = day before yesterday; susulan -> next Friday")
L("ms", "MS", "Lim Chee Keong jumpa semalam pukul 8", REC, "C-6405", "in_person", Y, "08:00", [], ne=["semalam", "pukul 8"], why="an hour of 7 to 12 after pukul, kl or before baje is read as typed (README, decided with the product); was ask_unclear: 'pukul 8' with no pagi/malam could be am or pm")
L("ms", "MS", "Ahmad Faris emel Ahad, 4 anak, umur 48, KWSP dan ASNB, tiada deposit baru", REC, "C-6403", "email", past("sun"), None, [], nc=["KWSP"], ne=["Ahad"], why="counts, age; no deposit")
L("ms", "MS", "Faris Osman zoom hari ini 11.15 pagi, ikrar RM 2 juta + deposit RM 500 ribu ke ACC-6414", REC, "C-6403", "video", T, "11:15", [plg("2000000", "MYR"), dep("500000", "MYR", "ACC-6414")], ne=["11.15 pagi"], why="partial name still unique; two outcomes; ribu = thousand")
L("ms", "MS", "Mawar binti Osman surat dihantar semalam, borang penama dan wasiat", REC, "C-6404", "mail", Y, None, [], nc=["wasiat"], ne=["semalam"], why="surat = mail")
L("ms", "MS", "Tan Boon Huat panggilan video pukul 9 pagi tadi, dia batalkan ikrar RM 1 juta", REC, "C-6401", "video", T, "09:00", [], nc=["batalkan"], why="cancelled pledge is no claim; explicit time beats pagi tadi")
L("ms", "MS", "Tan Boon Huat jumpa di kelab golf 12/12 pukul 4 petang, kalau tanah di Johor terjual dia akan deposit RM 3 juta #sepang-gp", REC, "C-6401", "in_person", on(12, 12), "16:00", [], init="sepang-gp", nc=["Johor"], ne=["12/12"], why="hypothetical deposit; d/m date")
L("ms", "MS", "Tan Mei Ling makan malam semalam pukul 8 malam, deposit USD 250k ke ACC-6413", REC, "C-6402", "in_person", Y, "20:00", [dep("250000", "USD", "ACC-6413")], ne=["pukul 8 malam"], why="malam makes 8 = 20:00; account USD")
L("ms", "MS", "Lim Chee Keong telefon Ahad, kami menang mandat penstrukturan semula, fi RM 450k", REC, "C-6405", "phone", past("sun"), None, [man("450000", "MYR")], nc=["penstrukturan"], ne=["Ahad"], why="RM picks MYR on a MYR+SGD client")
L("ms", "MS", "Mawar binti Osman jumpa di rumah dia hari ini pukul 2 petang, KLCI turun 3%, tel 013-556 2190", REC, "C-6404", "in_person", T, "14:00", [], nc=["KLCI"], ne=["pukul 2 petang"], why="index, percentage, phone are not amounts")
L("ms", "MS", "Tan Boon Huat emel Sabtu, kata nak deposit tapi belum lagi", REC, "C-6401", "email", past("sat"), None, [], nc=["belum"], ne=["Sabtu"], why="not yet deposited is no claim")
L("ms", "MS", "Ahmad Faris bin Osman video call semalam pukul 5 petang, deposit RM1.8j", REC, "C-6403", "video", Y, "17:00", [dep("1800000", "MYR")], ne=["pukul 5 petang"], why="RM1.8j = RM 1.8 juta")

# ================= hi: Kolkata rep (local Tue 13:50), Devanagari and Hinglish =================
L("hi", "HI", "Vikram Malhotra से कल शाम 6 बजे ऑफिस में मिली, 25 लाख जमा किए", REC, "C-6501", "in_person", Y, "18:00", [dep("2500000", "INR")], ne=["शाम 6 बजे"], why="कल = yesterday in a log; शाम makes 6 = 18:00; लाख")
L("hi", "HI", "sunita malhotra ka phone aaya aaj subah, 50 lakh ka pledge kiya", AU, "C-6502", why="INR and USD accounts, no currency")
L("hi", "HI", "Sunita Malhotra video call parso, ₹1.5 crore ACC-6512 mein jama, aur USD 200k ka vaada", REC, "C-6502", "video", DBY, None, [dep("15000000", "INR", "ACC-6512"), plg("200000", "USD")], ne=["parso"], why="parso in a log = day before yesterday; two outcomes in two currencies")
L("hi", "HI", "Vikram ji se kal phone pe baat, 10 lakh deposit kiye", REC, "C-6501", "phone", Y, None, [dep("1000000", "INR")], ne=["kal"], why="first name alone, unique in the firm")
L("hi", "HI", "Iyer ka email aaya kal", AC, why="two Iyers in separate households")
L("hi", "HI", "Arjun Iyer से पिछले मंगलवार को फ़ोन पर बात, SIP 50,000 महीना, 2 बच्चे", REC, "C-6503", "phone", LAST_TUE, None, [], nc=["SIP"], ne=["पिछले मंगलवार"], why="पिछले मंगलवार said on a Tuesday = seven days ago; a monthly SIP figure has no outcome word")
L("hi", "HI", "Lakshmi Iyer पिछले सोमवार मिली थीं", AU, "C-6504", why="पिछले सोमवार said on a Tuesday: yesterday or 7 Dec")
L("hi", "HI", "Shyam Kapoor se kal shaam mila, IPO ka mandate mil gaya, fee 2 crore", REC, "C-6505", "in_person", Y, None, [man("20000000", "INR")], nc=["IPO"], ne=["kal shaam"], why="name Shyam vs shaam (evening); mandate fee in crore")
L("hi", "HI", "Kapoor sahab ko courier bheja shanivaar ko, share certificates aur will ki copy", REC, "C-6505", "mail", past("sat"), None, [], nc=["share certificates"], ne=["shanivaar"], why="unique surname; courier = mail")
L("hi", "HI", "Vikram Malhotra ne 40 lakh transfer kiye, phone pe baat hui kal", AU, "C-6501", why="money moved with no direction")
L("hi", "HI", "Arjun Iyer kal dopahar 4 baje mile the", REC, "C-6503", "in_person", Y, "16:00", [], ne=["dopahar 4 baje"], why="dopahar makes 4 = 16:00; mile the = met")
L("hi", "HI", "Deepak Rao ka call aaya aaj, NRE account ke baare mein", NC, "C-6704", why="covered by the New York rep only")
L("hi", "HI", "Vikram Malhotra ke ghar gaye ravivaar ko, 40% equity, umar 58, 3 pote", REC, "C-6501", "in_person", past("sun"), None, [], nc=["equity"], ne=["ravivaar"], why="ravivaar = Sunday; percentage, age, count")
L("hi", "HI", "Vikram Malhotra aaj dopahar dedh baje Zoom pe, 1 crore ka pledge wapas le liya", REC, "C-6501", "video", T, "13:30", [], nc=["wapas"], ne=["dedh baje"], why="dopahar dedh baje = 13:30; withdrawn pledge")
L("hi", "HI", "Lakshmi Iyer ने आज सुबह साढ़े दस बजे ईमेल किया, ₹3,00,000 ACC-6515 में जमा किए", REC, "C-6504", "email", T, "10:30", [dep("300000", "INR", "ACC-6515")], ne=["साढ़े दस बजे"], why="साढ़े दस = 10:30; Indian digit grouping")
L("hi", "HI", "Shyam Kapoor video call budhvaar ko, agar bonus aaya toh 30 lakh daalenge", REC, "C-6505", "video", past("wed"), None, [], nc=["bonus"], ne=["budhvaar"], why="budhvaar = Wednesday; hypothetical deposit")
L("hi", "HI", "Sunita Malhotra से गुरुवार को मुलाकात, $300k ACC-6513 में जमा, follow up 20 दिसंबर", REC, "C-6502", "in_person", past("thu"), None, [dep("300000", "USD", "ACC-6513")], on(12, 20), ne=["गुरुवार"], why="account USD; follow-up date ahead")
L("hi", "HI", "Arjun Iyer kal raat 9 baje phone, doosre bank ki FD todi aur 10 lakh hamare paas jama kiye", REC, "C-6503", "phone", Y, "21:00", [dep("1000000", "INR")], nc=["FD"], ne=["raat 9 baje"], why="raat makes 9 = 21:00; the FD broken elsewhere is not a claim, the deposit with us is")
L("hi", "HI", "Shyam Kapoor ka email aaj subah 11 baje, 25L deposit kiye #wimbledon-box", REC, "C-6505", "email", T, "11:00", [dep("2500000", "INR")], init="wimbledon-box", ne=["subah 11 baje"], why="25L = 25 lakh")
L("hi", "HI", "Lakshmi Iyer ke saath lunch 11/12 ko, mandate nahi mila, competitor ko gaya", REC, "C-6504", "in_person", on(12, 11), None, [], nc=["competitor"], ne=["11/12"], why="lost mandate is no claim; d/m date")
L("hi", "HI", "Vikram Malhotra se mulaqat shukravaar, 5 lakh ka cheque diya deposit ke liye, follow up somvaar", REC, "C-6501", "in_person", past("fri"), None, [dep("500000", "INR")], nxt("mon"), ne=["shukravaar"], why="cheque for a deposit; follow-up -> next Monday")
L("hi", "HI", "Sunita Malhotra ka phone aaj subah 9:40, ₹75 lakh jama kiye", REC, "C-6502", "phone", T, "09:40", [dep("7500000", "INR")], ne=["9:40"], why="₹ picks INR on an INR+USD client")

# ================= mixed: rep's language with English =================
L("mixed", "FR", "Rose Marchand phone ce matin, pledge de 600 k€, follow-up jeudi", REC, "C-6102", "phone", T, None, [plg("600000", "EUR")], nxt("thu"), ne=["ce matin"], why="fr/en; follow-up -> next Thursday")
L("mixed", "FR", "Hélène Dubreuil meeting hier, deposit 1m", AU, "C-6103", why="EUR and USD accounts, no currency")
L("mixed", "FR", "Edmund Sterling lunch hier à 13h, pledged 1,5 M£", REC, "C-6604", "in_person", Y, "13:00", [plg("1500000", "GBP")], ne=["hier", "13h"], why="secondary coverage; M£ with decimal comma")
L("mixed", "FR", "Olivier Marchand zoom mardi dernier, transferred 500k€ out to his notaire", REC, "C-6101", "video", LAST_TUE, None, [], nc=["notaire"], ne=["mardi dernier"], why="money moved out is no claim; 'mardi dernier' on a Tuesday = seven days ago")
L("mixed", "SV", "Axel Norling call igår, he deposited 1 MEUR into ACC-6214", REC, "C-6203", "phone", Y, None, [dep("1000000", "EUR", "ACC-6214")], ne=["igår"], why="sv/en; MEUR; account EUR")
L("mixed", "SV", "Sol Wallin frukost today, she wired 2 MSEK in, följ upp 12 jan", REC, "C-6202", "in_person", T, None, [dep("2000000", "SEK")], on(1, 12, 2027), why="frukost = breakfast; 'wired in' has a direction; follow-up in 2027")
L("mixed", "SV", "Karin Hedlund teams yesterday 17:30, mandate fee 900 tkr for the spin-off", REC, "C-6204", "video", Y, "17:30", [man("900000", "SEK")], nc=["spin-off"], ne=["yesterday", "17:30"], why="mandate fee; tkr")
L("mixed", "SV", "Per Wallin spoke igår about gåvor to the grandkids", ACH, "C-6201", why="'spoke' gives no channel")
L("mixed", "RO", "Radu Balan call ieri la 18, pledged 1m lei, follow up luni", REC, "C-6301", "phone", Y, "18:00", [plg("1000000", "RON")], nxt("mon"), ne=["ieri"], why="ro/en; follow-up -> next Monday")
L("mixed", "RO", "Vlad Ene meeting azi dimineață la 9, deposited 300k EUR into ACC-6315 and 500k lei into ACC-6314", REC, "C-6304", "in_person", T, "09:00", [dep("300000", "EUR", "ACC-6315"), dep("500000", "RON", "ACC-6314")], ne=["dimineață"], why="two deposits into two accounts")
L("mixed", "RO", "Horia Vlad talked yesterday re the Bucharest flat", ACH, "C-6303", why="'talked' gives no channel")
L("mixed", "MS", "Tan Boon Huat lunch semalam, he pledged RM 5 juta, follow up Isnin", REC, "C-6401", "in_person", Y, None, [plg("5000000", "MYR")], nxt("mon"), ne=["semalam"], why="ms/en; follow-up -> next Monday")
L("mixed", "MS", "Lim Chee Keong call pagi tadi, transferred SGD 300k into ACC-6417", REC, "C-6405", "phone", T, None, [dep("300000", "SGD", "ACC-6417")], ne=["pagi tadi"], why="'into ACC' gives the direction")
L("mixed", "MS", "Ahmad Faris meeting kelmarin, mandate won, fee RM 250k #sepang-gp", REC, "C-6403", "in_person", DBY, None, [man("250000", "MYR")], init="sepang-gp", ne=["kelmarin"], why="kelmarin = day before yesterday")
L("mixed", "MS", "Tan Mei Ling zoom yesterday, deposit USD 800k", REC, "C-6402", "video", Y, None, [dep("800000", "USD")], ne=["yesterday"], why="USD picks the currency on a MYR+USD client")
L("mixed", "HI", "Sunita Malhotra meeting kal 11am, deposited $1m into ACC-6513, follow up Friday", REC, "C-6502", "in_person", Y, "11:00", [dep("1000000", "USD", "ACC-6513")], nxt("fri"), ne=["11am"], why="kal in a log = yesterday")
L("mixed", "HI", "Shyam Kapoor call aaj 12:30pm, pledged 3 crore INR", REC, "C-6505", "phone", T, "12:30", [plg("30000000", "INR")], ne=["12:30pm"], why="crore")
L("mixed", "HI", "Arjun Iyer aur Lakshmi Iyer lunch yesterday", AC, why="two clients in one line")
L("mixed", "HI", "Vikram Malhotra coffee last Tuesday, 10 lakh deposit kiye", REC, "C-6501", "in_person", LAST_TUE, None, [dep("1000000", "INR")], ne=["last Tuesday"], why="'last Tuesday' said on a Tuesday = seven days ago")
L("mixed", "FR", "Jean-Baptiste Aubert lunch vendredi, said he would deposit 2 M€ after the closing", REC, "C-6104", "in_person", past("fri"), None, [], nc=["closing"], ne=["vendredi"], why="hypothetical deposit is no claim")
L("mixed", "SV", "Ove Hedlund fika yesterday, wants to move 4 MSEK", NC, "C-6205", why="covered by nobody")
L("mixed", "RO", "Ioana Bălan video call duminică seara, a promis 400k lei", REC, "C-6302", "video", past("sun"), None, [plg("400000", "RON")], ne=["duminică seara"], why="evening gives no time")

# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
nowdt = dt.datetime(2026, 12, 15, 8, 20, tzinfo=dt.UTC)
assert nowdt.isoformat().replace("+00:00", "Z") == NOW
MARKS = {"USD": ["USD", "$"], "EUR": ["EUR", "€", "euro"], "GBP": ["GBP", "£", "sterling"], "RON": ["RON", "lei"],
         "SEK": ["SEK", "kr"], "MYR": ["MYR", "RM"], "INR": ["INR", "₹"], "SGD": ["SGD"], "MXN": ["MXN"]}
assert len({c["name"] for c in clients}) == len(clients)
for ln in lines:
    e = ln["expect"]
    o = e["outcome"]
    txt = ln["text"]
    assert ln["lang"] in ("en", "fr", "sv", "ro", "ms", "hi", "mixed"), ln
    assert o in ("record", "ask_client", "ask_channel", "ask_unclear", "not_covered"), ln
    assert ln["rep"] in repids and ln["why"], ln
    if o == "ask_client":
        assert e["client"] is None, ln
    else:
        assert e["client"] in cl, ln
    if o == "not_covered":
        assert ln["rep"] not in cl[e["client"]]["coverage"], ln
    if o in ("record", "ask_channel", "ask_unclear"):
        assert ln["rep"] in cl[e["client"]]["coverage"], ln
    if o != "record":
        assert not e["claims"] and e["day"] is None and e["channel"] is None, ln
        continue
    assert e["channel"] in ("in_person", "phone", "email", "mail", "video"), ln
    tz = ZoneInfo(repids[ln["rep"]]["timezone"])
    local = nowdt.astimezone(tz)
    assert local.date() == TODAY and e["day"] <= local.date().isoformat(), ln
    if e["time"]:
        t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
        assert t <= nowdt, ln
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
        assert e["follow_up_on"] > e["day"] and e["follow_up_on"] > T, ln
    if e["initiative"]:
        assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
    else:
        assert "#" not in txt, ln
    for s in e["notes_contains"] + e["notes_excludes"]:
        assert s.lower() in txt.lower(), (s, ln)
ids = [x["id"] for x in lines]
assert len(set(ids)) == len(ids)
texts = [x["text"] for x in lines]
assert len(set(texts)) == len(texts)
byl = Counter(x["lang"] for x in lines)
assert len(lines) == 154 and all(byl[x] == 22 for x in ("en", "fr", "sv", "ro", "ms", "hi", "mixed")), byl
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
byo = Counter(x["expect"]["outcome"] for x in lines)
asks = sum(v for k, v in byo.items() if k != "record")
print(len(lines), "lines;", len(clients), "clients")
print("by language:", dict(byl))
print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / len(lines):.0f}%)")
print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))
print("outcome by language:", dict(Counter((x["lang"], x["expect"]["outcome"]) for x in lines)))

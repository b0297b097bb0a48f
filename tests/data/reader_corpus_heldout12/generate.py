"""Held-out reader corpus 12 ("an ordinary week at the desk"): builds and validates corpus.json.

Edit this file, never the JSON. `python3 generate.py` rebuilds corpus.json; `--partial` skips the count checks.
"""

import datetime as dt
import json
import os
import sys
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

PARTIAL = "--partial" in sys.argv
NOW = "2027-02-19T15:30:00Z"
TODAY = dt.date(2027, 2, 19)
assert TODAY.weekday() == 4  # Friday
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def iso(x):
    return x.isoformat()


T = iso(TODAY)
Y = iso(TODAY - dt.timedelta(1))
DBY = iso(TODAY - dt.timedelta(2))
TOM = iso(TODAY + dt.timedelta(1))


def past(w):  # most recent such weekday strictly before today
    return next(
        iso(TODAY - dt.timedelta(k))
        for k in range(1, 8)
        if (TODAY - dt.timedelta(k)).weekday() == WD[w]
    )


def nxt(w):  # next such weekday strictly after today
    return next(
        iso(TODAY + dt.timedelta(k))
        for k in range(1, 8)
        if (TODAY + dt.timedelta(k)).weekday() == WD[w]
    )


def on(m, dd):
    return iso(dt.date(2027, m, dd))


R = {
    "US": "U0K12US01",
    "GB": "U0K12GB02",
    "FR": "U0K12FR03",
    "CA": "U0K12CA04",
    "SV": "U0K12SV05",
    "RO": "U0K12RO06",
    "MS": "U0K12MS07",
    "HI": "U0K12HI08",
}
reps = [
    {
        "slack_user_id": R["US"],
        "name": "Kendra Walsh",
        "timezone": "America/Chicago",
        "locale": "en-US",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["GB"],
        "name": "Fiona Haddow",
        "timezone": "Europe/London",
        "locale": "en-GB",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["FR"],
        "name": "Bastien Lemoine",
        "timezone": "Europe/Paris",
        "locale": "fr-FR",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["CA"],
        "name": "Geneviève Tremblay",
        "timezone": "America/Toronto",
        "locale": "fr-CA",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["SV"],
        "name": "Oskar Lindahl",
        "timezone": "Europe/Stockholm",
        "locale": "sv-SE",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["RO"],
        "name": "Ioana Dumitrescu",
        "timezone": "Europe/Bucharest",
        "locale": "ro-RO",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["MS"],
        "name": "Nurul Aina binti Hassan",
        "timezone": "Asia/Kuala_Lumpur",
        "locale": "ms-MY",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["HI"],
        "name": "Rohit Saxena",
        "timezone": "Asia/Kolkata",
        "locale": "hi-IN",
        "roles": ["rep"],
    },
]


def C(eid, name, hh, tier, cov, accts, kind="client"):
    return {
        "external_id": eid,
        "name": name,
        "kind": kind,
        "household": hh,
        "tier": tier,
        "coverage": [R[c] for c in cov],
        "accounts": [{"account": a, "currency": c} for a, c in accts],
    }


clients = [
    # United States (Chicago rep)
    C("C-1201", "Brandon Whitaker", "Whitaker", "UHNW", ["US"], [("ACC-12011", "USD")]),
    C("C-1202", "Carol Whitaker", "Whitaker", "HNW", ["US"], [("ACC-12021", "USD")]),
    C(
        "C-1203",
        "Hunter Lindgren",
        "Lindgren (Hunter)",
        "corporate executive",
        ["US"],
        [("ACC-12031", "USD")],
    ),
    C("C-1204", "Marisol Vega", "Vega", "HNW", ["US"], [("ACC-12041", "USD")]),
    C(
        "C-1205",
        "Chase Morgan",
        "Morgan",
        "UHNW",
        ["US"],
        [("ACC-12051", "USD"), ("ACC-12052", "CAD")],
    ),
    C("C-1206", "Grace Okonkwo", "Okonkwo", "HNW", ["US"], [("ACC-12061", "USD")], kind="prospect"),
    C("C-1207", "Russell Pratt", "Pratt", "HNW", [], [("ACC-12071", "USD")], kind="prospect"),
    # United Kingdom (London rep)
    C("C-1301", "Alistair Cairns", "Cairns", "UHNW", ["GB"], [("ACC-13011", "GBP")]),
    C(
        "C-1302",
        "Philippa Ashdown",
        "Ashdown",
        "UHNW",
        ["GB"],
        [("ACC-13021", "GBP"), ("ACC-13022", "EUR")],
    ),
    C("C-1303", "Hugo Ashdown", "Ashdown", "HNW", ["GB"], [("ACC-13031", "GBP")]),
    C("C-1304", "Rosalind Mercer", "Mercer (Rosalind)", "HNW", ["GB"], [("ACC-13041", "GBP")]),
    C("C-1305", "Piers Mercer", "Mercer (Piers)", "HNW", [], [("ACC-13051", "GBP")]),
    C(
        "C-1306",
        "Sunita Kapoor",
        "Kapoor",
        "corporate executive",
        ["GB", "HI"],
        [("ACC-13061", "GBP"), ("ACC-13062", "INR")],
    ),
    C("C-1307", "Barnaby Hale", "Hale", "corporate executive", ["GB"], [("ACC-13071", "GBP")]),
    C("C-1308", "Magnus Ekdahl", "Ekdahl", "UHNW", ["GB"], [("ACC-13081", "SEK")]),
    # France (Paris rep)
    C("C-1401", "Hélène Garnier", "Garnier", "UHNW", ["FR"], [("ACC-14011", "EUR")]),
    C("C-1402", "Thibault Garnier", "Garnier", "HNW", ["FR"], [("ACC-14021", "EUR")]),
    C(
        "C-1403",
        "Vincent Laroche",
        "Laroche",
        "UHNW",
        ["FR"],
        [("ACC-14031", "EUR"), ("ACC-14032", "CHF")],
    ),
    C("C-1404", "Solène Barbier", "Barbier", "HNW", ["FR"], [("ACC-14041", "EUR")]),
    C("C-1405", "Aimé Durand", "Durand", "HNW", ["FR"], [("ACC-14051", "EUR")]),
    C("C-1406", "Octave Marchal", "Marchal", "HNW", [], [("ACC-14061", "EUR")], kind="prospect"),
    # Québec (Montréal rep)
    C("C-1451", "Étienne Gagnon", "Gagnon", "UHNW", ["CA"], [("ACC-14511", "CAD")]),
    C(
        "C-1452",
        "Maude Gagnon",
        "Gagnon",
        "HNW",
        ["CA"],
        [("ACC-14521", "CAD"), ("ACC-14522", "USD")],
    ),
    C(
        "C-1453",
        "Réjean Bouchard",
        "Bouchard (Réjean)",
        "corporate executive",
        ["CA"],
        [("ACC-14531", "CAD")],
    ),
    C("C-1454", "Lucie Bouchard", "Bouchard (Lucie)", "HNW", ["CA"], [("ACC-14541", "CAD")]),
    C(
        "C-1455",
        "Jordan Baptiste",
        "Baptiste",
        "corporate executive",
        ["CA"],
        [("ACC-14551", "CAD")],
    ),
    # Sweden (Stockholm rep)
    C("C-1501", "Sofia Lindgren", "Lindgren (Sofia)", "UHNW", ["SV"], [("ACC-15011", "SEK")]),
    C(
        "C-1502",
        "Gustav Wahlberg",
        "Wahlberg",
        "UHNW",
        ["SV"],
        [("ACC-15021", "SEK"), ("ACC-15022", "EUR")],
    ),
    C("C-1503", "Ingrid Wahlberg", "Wahlberg", "HNW", ["SV"], [("ACC-15031", "SEK")]),
    C("C-1504", "Per Åkesson", "Åkesson", "corporate executive", ["SV"], [("ACC-15041", "SEK")]),
    C(
        "C-1505",
        "Vera Nyström",
        "Nyström",
        "HNW",
        ["SV"],
        [("ACC-15051", "SEK"), ("ACC-15052", "NOK")],
    ),
    C("C-1506", "Ebba Sundqvist", "Sundqvist", "HNW", ["SV"], [("ACC-15061", "SEK")]),
    # Romania (Bucharest rep)
    C("C-1601", "Mihai Constantinescu", "Constantinescu", "UHNW", ["RO"], [("ACC-16011", "RON")]),
    C(
        "C-1602",
        "Raluca Constantinescu",
        "Constantinescu",
        "HNW",
        ["RO"],
        [("ACC-16021", "RON"), ("ACC-16022", "EUR")],
    ),
    C("C-1603", "Dragoș Popa", "Popa (Dragoș)", "HNW", ["RO"], [("ACC-16031", "RON")]),
    C("C-1604", "Simona Ardeleanu", "Ardeleanu", "UHNW", ["RO"], [("ACC-16041", "EUR")]),
    C("C-1605", "Victor Enache", "Enache", "corporate executive", ["RO"], [("ACC-16051", "RON")]),
    C(
        "C-1606",
        "Sebastian Popa",
        "Popa (Sebastian)",
        "HNW",
        [],
        [("ACC-16061", "RON")],
        kind="prospect",
    ),
    # Malaysia (Kuala Lumpur rep)
    C(
        "C-1701",
        "Lim Chee Keong",
        "Lim",
        "UHNW",
        ["MS"],
        [("ACC-17011", "MYR"), ("ACC-17012", "SGD")],
    ),
    C("C-1702", "Lim Mei Ling", "Lim", "HNW", ["MS"], [("ACC-17021", "MYR")]),
    C("C-1703", "Ahmad Faizal bin Rahim", "Rahim", "UHNW", ["MS"], [("ACC-17031", "MYR")]),
    C("C-1704", "Nur Aisyah binti Rahim", "Rahim", "HNW", ["MS"], [("ACC-17041", "MYR")]),
    C(
        "C-1705",
        "Kavitha a/p Selvam",
        "Selvam",
        "corporate executive",
        ["MS"],
        [("ACC-17051", "MYR")],
    ),
    C(
        "C-1706",
        "Siti Hajar binti Osman",
        "Osman",
        "HNW",
        ["MS"],
        [("ACC-17061", "MYR"), ("ACC-17062", "USD")],
    ),
    C("C-1707", "Tan Boon Huat", "Tan", "HNW", [], [("ACC-17071", "MYR")], kind="prospect"),
    # India (Kolkata rep)
    C("C-1801", "Anil Mehra", "Mehra", "UHNW", ["HI"], [("ACC-18011", "INR")]),
    C(
        "C-1802",
        "Pooja Mehra",
        "Mehra",
        "HNW",
        ["HI"],
        [("ACC-18021", "INR"), ("ACC-18022", "USD")],
    ),
    C("C-1803", "Vikram Sethi", "Sethi", "corporate executive", ["HI"], [("ACC-18031", "INR")]),
    C("C-1804", "Shanti Iyer", "Iyer", "HNW", ["HI"], [("ACC-18041", "INR")]),
    C("C-1805", "Somnath Ghosh", "Ghosh", "HNW", ["HI"], [("ACC-18051", "INR")]),
    C("C-1806", "Kabir Malhotra", "Malhotra", "UHNW", [], [("ACC-18061", "INR")], kind="prospect"),
]
initiatives = [
    {"tag": "verbier-ski", "name": "Verbier ski weekend for clients"},
    {"tag": "opera-gala", "name": "Opera gala night"},
    {"tag": "sailgp", "name": "SailGP hospitality yacht"},
    {"tag": "masters-golf", "name": "Masters golf hospitality"},
]

lines = []


def L(
    lang,
    rep,
    text,
    outcome,
    client=None,
    channel=None,
    day=None,
    time=None,
    claims=(),
    fu=None,
    init=None,
    nc=(),
    ne=(),
    why="",
):
    if outcome != "record":  # only outcome and client are checked for asks
        channel = day = time = fu = init = None
        claims = ()
        nc = ()
        ne = ()
    lines.append(
        {
            "id": f"h12-{len(lines) + 1:03d}",
            "lang": lang,
            "rep": R[rep],
            "text": text,
            "expect": {
                "outcome": outcome,
                "client": client,
                "channel": channel,
                "day": day,
                "time": time,
                "claims": [
                    {"kind": k, "amount": a, "currency": c, "account": ac} for k, a, c, ac in claims
                ],
                "follow_up_on": fu,
                "initiative": init,
                "notes_contains": list(nc),
                "notes_excludes": list(ne),
            },
            "why": why,
        }
    )


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

# ================= en-US: Chicago rep (local Fri 09:30) =================
L(
    "en",
    "US",
    "Brandon Whitaker call yest 4:30pm, RMD questions on his IRA, no $ moved",
    REC,
    "C-1201",
    "phone",
    Y,
    "16:30",
    nc=["RMD"],
    ne=["yest", "4:30pm"],
    why="yest = yesterday; IRA is a plan name; no claim",
)
L(
    "en",
    "US",
    "mtg w/ Carol Whitaker at her office Wed, wired in $1.25M to ACC-12021",
    REC,
    "C-1202",
    "in_person",
    past("wed"),
    None,
    [dep("1250000", "USD", "ACC-12021")],
    ne=["Wed"],
    why="mtg = meeting; wired in = deposit",
)
L(
    "en",
    "US",
    "Whitakers dinner Tue night, estate plan + GRAT",
    AC,
    why="household plural of a two-client household",
)
L(
    "en",
    "US",
    "Hunter Lindgren zoom 2/16 2pm, 529 for the twins, follow up 2/26",
    REC,
    "C-1203",
    "video",
    on(2, 16),
    "14:00",
    fu=on(2, 26),
    nc=["529"],
    ne=["2/16", "2pm"],
    why="en-US m/d; 529 is a plan name",
)
L(
    "en",
    "US",
    "Lindgren called this morning re RSU vesting",
    AC,
    why="Hunter Lindgren (US) and Sofia Lindgren (SV) share the surname",
)
L(
    "en",
    "US",
    "Chase Morgan phone 8:45 this am, pledged 3M USD for the infra fund, chase docs Tues",
    REC,
    "C-1205",
    "phone",
    T,
    "08:45",
    [plg("3000000", "USD")],
    nxt("tue"),
    nc=["infra fund"],
    ne=["8:45"],
    why="first name Chase; the second 'chase' is the follow-up word -> next Tuesday; USD named on a USD+CAD client",
)
L(
    "en",
    "US",
    "Marisol Vega emailed last night re beneficiary change on the 403b",
    REC,
    "C-1204",
    "email",
    Y,
    None,
    nc=["403b"],
    ne=["last night"],
    why="last night = yesterday evening, no time; 403b not an amount",
)
L(
    "en",
    "US",
    "Russell Pratt coffee Wed, referral from his CPA, 12M net worth",
    NC,
    "C-1207",
    why="prospect in the firm covered by nobody; net worth is not a claim anyway",
)
L(
    "en",
    "US",
    "Jordan Baptiste call yest re US estate tax exposure",
    NC,
    "C-1455",
    why="covered by the Montréal rep only",
)
L(
    "en",
    "US",
    "Grace Okonkwo lunch 2/11, deposited $400k + pledged another 600k by Q2, met her at #masters-golf",
    REC,
    "C-1206",
    "in_person",
    on(2, 11),
    None,
    [dep("400000", "USD"), plg("600000", "USD")],
    nc=["Q2"],
    ne=["2/11"],
    init="masters-golf",
    why="two outcomes; single USD account; Q2 not an amount",
)
L(
    "en",
    "US",
    "spoke w Grace Okonkwo yesterday abt the muni ladder",
    ACH,
    "C-1206",
    why="'spoke' gives no channel",
)
L(
    "en",
    "US",
    "Marisol Vega phone call at 9, may move $200k over from Schwab if rates hold",
    REC,
    "C-1204",
    "phone",
    T,
    "09:00",
    nc=["Schwab"],
    why="bare 9: 21:00 is still ahead, so read as typed; conditional move is no claim",
)
L(
    "en",
    "US",
    "Brandon Whitaker letter sent Mon w/ 2026 1099s + RMD worksheet",
    REC,
    "C-1201",
    "mail",
    past("mon"),
    None,
    nc=["1099"],
    ne=["Mon"],
    why="letter = mail; 2026 and 1099 not amounts",
)
L(
    "en",
    "US",
    "Hunter Lindgren on Teams last Fri 11am, won the mandate for the sale of his HVAC business, fee $450k",
    REC,
    "C-1203",
    "video",
    past("fri"),
    "11:00",
    [man("450000", "USD")],
    nc=["HVAC"],
    ne=["last Fri", "11am"],
    why="today is Friday: last Fri = 7 days ago; mandate with fee",
)
L(
    "en",
    "US",
    "Carol Whitaker phone 2 days ago, transferred 300k",
    AU,
    "C-1202",
    why="transfer with no direction",
)
L(
    "en",
    "US",
    "Grace Okonkwo email today, 401k rollover paperwork, 60-day grace period, age 58, (312) 555-0187",
    REC,
    "C-1206",
    "email",
    T,
    None,
    nc=["401k", "60-day"],
    why="first name Grace also in 'grace period'; 401k, 60-day, age and phone are not amounts",
)
L(
    "en",
    "US",
    "Chase Morgan coffee Sat at the club, moved C$750k into ACC-12052",
    REC,
    "C-1205",
    "in_person",
    past("sat"),
    None,
    [dep("750000", "CAD", "ACC-12052")],
    ne=["Sat"],
    why="money into the named account = deposit",
)
L(
    "en",
    "US",
    "Marisol Vega in-office mtg 8:15 this morning, signed the discretionary mgmt agreement on 2.4M",
    REC,
    "C-1204",
    "in_person",
    T,
    "08:15",
    nc=["discretionary"],
    ne=["8:15"],
    why="discretionary mandate never a claim",
)

# ================= en-GB: London rep (local 15:30) =================
L(
    "en",
    "GB",
    "Alistair Cairns - lunch at Boodle's yesterday, ISA top-up, deposited £20k",
    REC,
    "C-1301",
    "in_person",
    Y,
    None,
    [dep("20000", "GBP")],
    nc=["ISA"],
    ne=["yesterday"],
    why="lunch = in person",
)
L(
    "en",
    "GB",
    "Philippa Ashdown rang at half ten, pledged €400k for the French property fund",
    REC,
    "C-1302",
    "phone",
    T,
    "10:30",
    [plg("400000", "EUR")],
    nc=["property fund"],
    ne=["half ten"],
    why="rang = phone; half ten = 10:30; € picks EUR on a GBP+EUR client",
)
L("en", "GB", "Ashdowns came in Wed re school fees planning", AC, why="household plural")
L(
    "en",
    "GB",
    "Hugo Ashdown Teams call 11.15 today, SIPP consolidation, no new money",
    REC,
    "C-1303",
    "video",
    T,
    "11:15",
    nc=["SIPP"],
    ne=["11.15"],
    why="dotted time; SIPP not an amount",
)
L(
    "en",
    "GB",
    "Rosalind Mercer coffee 16/2 after the #opera-gala, wired £1.1m into ACC-13041",
    REC,
    "C-1304",
    "in_person",
    on(2, 16),
    None,
    [dep("1100000", "GBP", "ACC-13041")],
    ne=["16/2"],
    init="opera-gala",
    why="en-GB d/m",
)
L(
    "en",
    "GB",
    "Piers Mercer phoned this am about his divorce settlement",
    NC,
    "C-1305",
    why="covered by nobody; must not fall on Rosalind Mercer",
)
L(
    "en",
    "GB",
    "Sunita Kapoor zoom Mon 9am, deposited ₹2 crore to ACC-13062",
    REC,
    "C-1306",
    "video",
    past("mon"),
    "09:00",
    [dep("20000000", "INR", "ACC-13062")],
    ne=["Mon", "9am"],
    why="crore is a number word; account INR",
)
L(
    "en",
    "GB",
    "Barnaby Hale lunch last Friday, won the mandate on the MBO, fee £225k #masters-golf",
    REC,
    "C-1307",
    "in_person",
    past("fri"),
    None,
    [man("225000", "GBP")],
    init="masters-golf",
    nc=["MBO"],
    ne=["last Friday"],
    why="last Friday on a Friday = 7 days ago",
)
L(
    "en",
    "GB",
    "Barnaby Hale met last Thursday re the MBO debt package",
    AU,
    "C-1307",
    why="last <yesterday's weekday>: yesterday or 8 days ago",
)
L(
    "en",
    "GB",
    "Alistair Cairns letter posted today w/ the IHT gifting schedule",
    REC,
    "C-1301",
    "mail",
    T,
    None,
    nc=["IHT"],
    why="letter = mail",
)
L(
    "en",
    "GB",
    "Rosalind Mercer call at 3 re her pension",
    AU,
    "C-1304",
    why="bare 3 with both 03:00 and 15:00 already past at 15:30",
)
L(
    "en",
    "GB",
    "Hugo Ashdown email 12/2 re the Q4 statement + FY27 tax planning",
    REC,
    "C-1303",
    "email",
    on(2, 12),
    None,
    nc=["FY27"],
    ne=["12/2"],
    why="d/m; Q4, FY27 not amounts",
)
L(
    "en",
    "GB",
    "Sunita Kapoor rang yesterday evening, would pledge £500k only if gilt yields stay above 4.5%",
    REC,
    "C-1306",
    "phone",
    Y,
    None,
    nc=["only if"],
    ne=["yesterday evening"],
    why="conditional pledge is no claim",
)
L(
    "en",
    "GB",
    "Magnus Ekdahl coffee in Mayfair this morning, moved 2m SEK into ACC-13081",
    REC,
    "C-1308",
    "in_person",
    T,
    None,
    [dep("2000000", "SEK", "ACC-13081")],
    nc=["Mayfair"],
    ne=["this morning"],
    why="London rep covers a Swedish client",
)
L(
    "en",
    "GB",
    "Phillippa Ashdown mtg at the office 14:00, agreed mgmt fee of 0.85% on the new portfolio",
    REC,
    "C-1302",
    "in_person",
    T,
    "14:00",
    nc=["0.85%"],
    why="doubled-letter typo; a percentage fee is no claim",
)
L(
    "en",
    "GB",
    "spoke to Hugo Ashdown yesterday re junior ISAs for the kids",
    ACH,
    "C-1303",
    why="no channel word",
)
L(
    "en",
    "GB",
    "Barnaby Hale phone 09:40, deposited 350k into ACC-13071 from the dividend",
    REC,
    "C-1307",
    "phone",
    T,
    "09:40",
    [dep("350000", "GBP", "ACC-13071")],
    nc=["dividend"],
    why="single GBP account",
)

# ================= fr-FR: Paris rep (local 16:30) =================
L(
    "fr",
    "FR",
    "rdv Hélène Garnier à l'agence hier 10h30, a versé 800 k€ sur l'assurance-vie",
    REC,
    "C-1401",
    "in_person",
    Y,
    "10:30",
    [dep("800000", "EUR")],
    nc=["assurance-vie"],
    ne=["hier", "10h30"],
    why="rdv = in person; versé = deposit",
)
L(
    "fr",
    "FR",
    "Thibault Garnier tél ce matin, questions sur son PEA, rien de versé",
    REC,
    "C-1402",
    "phone",
    T,
    None,
    nc=["PEA"],
    ne=["ce matin"],
    why="part of the day alone gives no time; nothing deposited",
)
L("fr", "FR", "Les Garnier reçus au bureau mercredi pour la succession", AC, why="household plural")
L(
    "fr",
    "FR",
    "Vincent Laroche déj jeudi, apport de 2 MCHF sur ACC-14032, relance mardi prochain",
    REC,
    "C-1403",
    "in_person",
    past("thu"),
    None,
    [dep("2000000", "CHF", "ACC-14032")],
    nxt("tue"),
    ne=["jeudi"],
    why="déj = déjeuner; bare jeudi = yesterday; apport = deposit; relance -> next Tuesday",
)
L(
    "fr",
    "FR",
    "Solène Barbier mail du 15/02, demande de rachat partiel sur le contrat",
    REC,
    "C-1404",
    "email",
    on(2, 15),
    None,
    nc=["rachat partiel"],
    ne=["15/02"],
    why="d/m; a withdrawal request is no claim",
)
L(
    "fr",
    "FR",
    "Aimé Durand appel à 9h, il a bien aimé le dernier reporting, aucun versement",
    REC,
    "C-1405",
    "phone",
    T,
    "09:00",
    nc=["reporting"],
    ne=["9h"],
    why="first name Aimé vs the verb aimé; à 9h = 09:00",
)
L(
    "fr",
    "FR",
    "Octave Marchal rdv lundi, prospect, 6 M€ de patrimoine financier",
    NC,
    "C-1406",
    why="covered by nobody; wealth figure not a claim anyway",
)
L(
    "fr",
    "FR",
    "Claire Garnier tél hier au sujet de sa donation",
    AC,
    why="unknown person sharing the Garniers' surname",
)
L(
    "fr",
    "FR",
    "Solène Barbier courrier reçu ce jour : lettre de mission signée",
    REC,
    "C-1404",
    "mail",
    T,
    None,
    nc=["lettre de mission"],
    why="courrier = mail; ce jour = today",
)
L(
    "fr",
    "FR",
    "Hélène Garnier visio mardi dernier 17h, engagement de 500 000 € d'ici fin mars",
    REC,
    "C-1401",
    "video",
    past("tue"),
    "17:00",
    [plg("500000", "EUR")],
    nc=["fin mars"],
    ne=["mardi dernier", "17h"],
    why="engagement = pledge; 'fin mars' is a deadline, not the contact day",
)
L(
    "fr",
    "FR",
    "Thibault Garnier appel jeudi dernier, point retraite",
    AU,
    "C-1402",
    why="last <yesterday's weekday>: yesterday or 8 days ago",
)
L(
    "fr",
    "FR",
    "Aimé Durand déjeuner vendredi dernier au Café de la Paix, a versé 300k",
    REC,
    "C-1405",
    "in_person",
    past("fri"),
    None,
    [dep("300000", "EUR")],
    nc=["Café de la Paix"],
    ne=["vendredi dernier"],
    why="today is Friday: vendredi dernier = 7 days ago; single EUR account",
)
L(
    "fr",
    "FR",
    "Solène Barbier rdv ce week-end à Deauville",
    AU,
    "C-1404",
    why="weekend names two days",
)
L(
    "fr",
    "FR",
    "Vincent Laroche mail avant-hier, virement de 400k€ vers sa banque à Genève",
    REC,
    "C-1403",
    "email",
    DBY,
    None,
    nc=["Genève"],
    ne=["avant-hier"],
    why="money moved out to another bank is no claim",
)
L(
    "fr",
    "FR",
    "Hélène Garnier tél 11h45, mandat de gestion conseillée signé sur 3 M€",
    REC,
    "C-1401",
    "phone",
    T,
    "11:45",
    nc=["gestion conseillée"],
    ne=["11h45"],
    why="advisory mandate never a claim",
)
L(
    "fr",
    "FR",
    "Aimé Durand a discuté hier du PER et de la SCPI",
    ACH,
    "C-1405",
    why="'discuté' gives no channel",
)
L(
    "fr",
    "FR",
    "Thibault Garnier rdv au bureau le 10/02 à 8h, apport 150 000 € en compte-titres #opera-gala",
    REC,
    "C-1402",
    "in_person",
    on(2, 10),
    "08:00",
    [dep("150000", "EUR")],
    init="opera-gala",
    nc=["compte-titres"],
    ne=["10/02"],
    why="à 8h read as typed; initiative tag",
)
L(
    "fr",
    "FR",
    "Vincent Laroche visio ce matin, il a viré 1 M€",
    AU,
    "C-1403",
    why="a viré with no direction",
)
L(
    "fr",
    "FR",
    "Solène Barbier déj mercredi, elle a promis 250 k€, relance le 3/03",
    REC,
    "C-1404",
    "in_person",
    past("wed"),
    None,
    [plg("250000", "EUR")],
    on(3, 3),
    ne=["mercredi"],
    why="promis = pledge; relance d/m",
)
L(
    "fr",
    "FR",
    "Hélène Garnier courrier envoyé lundi : IFU 2026 et avis d'opéré",
    REC,
    "C-1401",
    "mail",
    past("mon"),
    None,
    nc=["IFU"],
    ne=["lundi"],
    why="courrier = mail; 2026 not an amount",
)
L(
    "fr",
    "FR",
    "Aimé Durand visio hier à 18h, n'a pas encore versé les 200k, attend sa prime",
    REC,
    "C-1405",
    "video",
    Y,
    "18:00",
    nc=["attend sa prime"],
    ne=["hier", "18h"],
    why="negated deposit",
)
L(
    "fr",
    "FR",
    "Solène Barbier tél vers 16h, a versé 75 000 € sur ACC-14041",
    REC,
    "C-1404",
    "phone",
    T,
    "16:00",
    [dep("75000", "EUR", "ACC-14041")],
    ne=["16h"],
    why="vers 16h = about 16:00; account named",
)
L(
    "fr",
    "FR",
    "Thibault Garnier visio lundi 9h15, taux du fonds euros 3,2 %, arbitrage vers les UC",
    REC,
    "C-1402",
    "video",
    past("mon"),
    "09:15",
    nc=["fonds euros"],
    ne=["9h15"],
    why="percentage not an amount",
)
# ================= fr-CA: Montréal rep (local 10:30) =================
L(
    "fr",
    "CA",
    "Étienne Gagnon rencontre au bureau hier 15h, CELI et REER, dépôt de 50 000 CAD dans le REER",
    REC,
    "C-1451",
    "in_person",
    Y,
    "15:00",
    [dep("50000", "CAD")],
    nc=["REER"],
    ne=["hier", "15h"],
    why="rencontre = meeting; dépôt = deposit",
)
L(
    "fr",
    "CA",
    "Maude Gagnon appel ce matin 9h15, a promis 200 000 USD pour le fonds immobilier",
    REC,
    "C-1452",
    "phone",
    T,
    "09:15",
    [plg("200000", "USD")],
    nc=["fonds immobilier"],
    ne=["9h15"],
    why="USD named on a CAD+USD client",
)
L(
    "fr",
    "CA",
    "Maude Gagnon visio mercredi, versement de 100k",
    AU,
    "C-1452",
    why="CAD and USD accounts, no currency",
)
L(
    "fr",
    "CA",
    "Réjean Bouchard dîner hier au chalet après le #verbier-ski, pas d'argent neuf, parle de vendre ses immeubles",
    REC,
    "C-1453",
    "in_person",
    Y,
    None,
    nc=["immeubles"],
    ne=["hier"],
    init="verbier-ski",
    why="Québec dîner = lunch, in person",
)
L(
    "fr",
    "CA",
    "Bouchard m'a appelé ce matin pour son FERR",
    AC,
    why="two Bouchards (separate households)",
)
L(
    "fr",
    "CA",
    "Lucie Bouchard courriel hier soir, question sur le FERR et le CELI",
    REC,
    "C-1454",
    "email",
    Y,
    None,
    nc=["FERR"],
    ne=["hier soir"],
    why="courriel = email (Québec)",
)
L(
    "fr",
    "CA",
    "Jordan Baptiste rencontre à 8h30 au bureau, mandat remporté pour la vente de son entreprise, "
    "honoraires 300 000 CAD",
    REC,
    "C-1455",
    "in_person",
    T,
    "08:30",
    [man("300000", "CAD")],
    nc=["vente de son entreprise"],
    ne=["8h30"],
    why="mandate with fee",
)
L(
    "fr",
    "CA",
    "Hunter Lindgren appel hier, veut un avis sur ses actions canadiennes",
    NC,
    "C-1203",
    why="covered by the Chicago rep only",
)
L(
    "fr",
    "CA",
    "Étienne Gagnon visio lundi dernier 13h30, transfert de 400 k CAD dans ACC-14511, relance vendredi "
    "prochain",
    REC,
    "C-1451",
    "video",
    past("mon"),
    "13:30",
    [dep("400000", "CAD", "ACC-14511")],
    nxt("fri"),
    ne=["lundi dernier", "13h30"],
    why="into the named account = deposit; relance -> next Friday",
)
L(
    "fr",
    "CA",
    "Réjean Bouchard lettre envoyée mardi avec les relevés T5",
    REC,
    "C-1453",
    "mail",
    past("tue"),
    None,
    nc=["T5"],
    ne=["mardi"],
    why="lettre = mail; T5 a tax slip",
)
L(
    "fr",
    "CA",
    "Lucie Bouchard tél à 7h30 avant son vol, engagement de 1 M CAD pour le fonds d'infrastructures",
    REC,
    "C-1454",
    "phone",
    T,
    "07:30",
    [plg("1000000", "CAD")],
    nc=["avant son vol"],
    ne=["7h30"],
    why="à 7h30 read as typed",
)
L(
    "fr",
    "CA",
    "Maude et Étienne Gagnon rdv hier pour le testament",
    AC,
    why="two clients in one line",
)
L(
    "fr",
    "CA",
    "Jordan Baptiste a jasé avec moi mardi de son CELI",
    ACH,
    "C-1455",
    why="'jasé' (chatted) gives no channel",
)

# ================= sv: Stockholm rep (local 16:30) =================
L(
    "sv",
    "SV",
    "Lunch med Sofia Lindgren igår, satte in 2 milj. kr på ISK:n",
    REC,
    "C-1501",
    "in_person",
    Y,
    None,
    [dep("2000000", "SEK")],
    nc=["ISK"],
    ne=["igår"],
    why="satte in = deposit; kr on a SEK-only client",
)
L(
    "sv",
    "SV",
    "Gustav Wahlberg ringde i morse, lovade 500 000 euro",
    REC,
    "C-1502",
    "phone",
    T,
    None,
    [plg("500000", "EUR")],
    ne=["i morse"],
    why="lovade = pledge; euro picks EUR on a SEK+EUR client",
)
L(
    "sv",
    "SV",
    "Gustav Wahlberg möte i onsdags, insättning 3 Mkr",
    REC,
    "C-1502",
    "in_person",
    past("wed"),
    None,
    [dep("3000000", "SEK")],
    ne=["onsdags"],
    why="Mkr = million SEK",
)
L(
    "sv",
    "SV",
    "Gustav Wahlberg mejl idag, lovade 800 tusen",
    AU,
    "C-1502",
    why="SEK and EUR accounts, no currency",
)
L(
    "sv",
    "SV",
    "Ingrid Wahlberg fika på stan i tisdags, pratade om gåvor till barnbarnen",
    REC,
    "C-1503",
    "in_person",
    past("tue"),
    None,
    nc=["barnbarnen"],
    ne=["tisdags"],
    why="fika = in person; 'pratade' next to fika is fine",
)
L("sv", "SV", "Wahlbergs middag i lördags, generationsskifte", AC, why="household plural")
L(
    "sv",
    "SV",
    "Per Åkesson telefon kl 9.15, sparar 5 000 kr per månad i fonder",
    REC,
    "C-1504",
    "phone",
    T,
    "09:15",
    nc=["månad i fonder"],
    ne=["9.15"],
    why="first name Per vs 'per månad'; monthly saving is no claim",
)
L(
    "sv",
    "SV",
    "Per Akesson Teams 16/2 kl 14, vann mandatet för försäljningen av bolaget, arvode 4 Mkr",
    REC,
    "C-1504",
    "video",
    on(2, 16),
    "14:00",
    [man("4000000", "SEK")],
    nc=["försäljningen"],
    ne=["16/2"],
    why="missing diacritic; kl 14 read as typed; mandate fee",
)
L(
    "sv",
    "SV",
    "Vera Nyström möte igår kl 11, satte in 1,5 milj kr",
    AU,
    "C-1505",
    why="SEK and NOK accounts; 'kr' fits both",
)
L(
    "sv",
    "SV",
    "Vera Nyström lunch i måndags, satte in 2 MNOK till ACC-15052",
    REC,
    "C-1505",
    "in_person",
    past("mon"),
    None,
    [dep("2000000", "NOK", "ACC-15052")],
    ne=["måndags"],
    why="account named; MNOK",
)
L(
    "sv",
    "SV",
    "Magnus Ekdahl fika idag på Östermalm",
    NC,
    "C-1308",
    why="Swedish client covered by the London rep",
)
L(
    "sv",
    "SV",
    "Sofia Lindgren brev skickat idag med fullmakten",
    REC,
    "C-1501",
    "mail",
    T,
    None,
    nc=["fullmakten"],
    why="brev = mail",
)
L("sv", "SV", "Lindgren mejlade i förmiddags om bolåneräntan", AC, why="two Lindgrens in the firm")
L(
    "sv",
    "SV",
    "Ebba Sundqvist videomöte igår 10:30, kapitalförsäkring, inga nya pengar",
    REC,
    "C-1506",
    "video",
    Y,
    "10:30",
    nc=["kapitalförsäkring"],
    ne=["igår", "10:30"],
    why="videomöte = video",
)
L(
    "sv",
    "SV",
    "Ebba Sundqvist pratade i onsdags om pensionen",
    ACH,
    "C-1506",
    why="'pratade' gives no channel",
)
L(
    "sv",
    "SV",
    "Per Åkesson ringde kl 3 om utdelningen",
    AU,
    "C-1504",
    why="kl 3: 03:00 and 15:00 both already past at 16:30",
)
L(
    "sv",
    "SV",
    "Ingrid Wahlberg samtal förra torsdagen om bouppteckningen",
    AU,
    "C-1503",
    why="last <yesterday's weekday>",
)
L(
    "sv",
    "SV",
    "Gustav Wahlberg Zoom förra fredagen kl 10, insättning 250 000 EUR på ACC-15022",
    REC,
    "C-1502",
    "video",
    past("fri"),
    "10:00",
    [dep("250000", "EUR", "ACC-15022")],
    ne=["förra fredagen"],
    why="today is Friday: förra fredagen = 7 days ago",
)
L(
    "sv",
    "SV",
    "Sofia Lindgren ringde igår kväll, ska kanske sätta in 3 Mkr om hon säljer huset",
    REC,
    "C-1501",
    "phone",
    Y,
    None,
    nc=["säljer huset"],
    ne=["igår kväll"],
    why="conditional (om) is no claim",
)
L(
    "sv",
    "SV",
    "Per Åkesson möte på kontoret 12/2, bunden placering 1 Mkr, 2 barn",
    REC,
    "C-1504",
    "in_person",
    on(2, 12),
    None,
    nc=["bunden placering"],
    ne=["12/2"],
    why="fixed-term placement never a claim; count",
)
L(
    "sv",
    "SV",
    "Vera Nyström mejl i förrgår, har inte satt in något än",
    REC,
    "C-1505",
    "email",
    DBY,
    None,
    nc=["inte satt in"],
    ne=["förrgår"],
    why="negated deposit",
)
L(
    "sv",
    "SV",
    "Ingrid Wahlberg lunch kl 12, lovade 1,2 Mkr, följ upp tisdag",
    REC,
    "C-1503",
    "in_person",
    T,
    "12:00",
    [plg("1200000", "SEK")],
    nxt("tue"),
    ne=["kl 12"],
    why="följ upp -> next Tuesday",
)
L(
    "sv",
    "SV",
    "Ebba Sundqvist Teams kl 8, insättning 400 tkr till ACC-15061 #verbier-ski",
    REC,
    "C-1506",
    "video",
    T,
    "08:00",
    [dep("400000", "SEK", "ACC-15061")],
    init="verbier-ski",
    ne=["kl 8"],
    why="kl 8 read as typed; tkr",
)
L(
    "sv",
    "SV",
    "Sofia Lindgren videosamtal i tisdags 15.45, lovade 2 Mkr och satte in 500 tkr",
    REC,
    "C-1501",
    "video",
    past("tue"),
    "15:45",
    [plg("2000000", "SEK"), dep("500000", "SEK")],
    ne=["tisdags", "15.45"],
    why="two outcomes",
)
L(
    "sv",
    "SV",
    "Hunter Lindgren mejl idag om hans svenska aktier",
    NC,
    "C-1203",
    why="covered by the Chicago rep",
)
L(
    "sv",
    "SV",
    "Per Åkesson middag i torsdags, pratade generationsskifte och holdingbolag",
    REC,
    "C-1504",
    "in_person",
    past("thu"),
    None,
    nc=["holdingbolag"],
    ne=["torsdags"],
    why="i torsdags = yesterday",
)
L(
    "sv",
    "SV",
    "Vera Nyström brev idag, deklarationsunderlag K4",
    REC,
    "C-1505",
    "mail",
    T,
    None,
    nc=["K4"],
    why="brev = mail; K4 a form",
)
L(
    "sv",
    "SV",
    "Ingrid Wahlberg mejl 10/2, utfästelse 600 tkr",
    REC,
    "C-1503",
    "email",
    on(2, 10),
    None,
    [plg("600000", "SEK")],
    ne=["10/2"],
    why="utfästelse = pledge",
)
L(
    "sv",
    "SV",
    "Ebba Sundqvist telefon idag 14:10, tog ut 300 tkr till husköpet",
    REC,
    "C-1506",
    "phone",
    T,
    "14:10",
    nc=["husköpet"],
    why="withdrawal is no claim",
)
L(
    "sv",
    "SV",
    "Sofia Lindgren lunch på Riche i fredags, lovade 1 milj euro #verbier-ski",
    REC,
    "C-1501",
    "in_person",
    past("fri"),
    None,
    [plg("1000000", "EUR")],
    init="verbier-ski",
    nc=["Riche"],
    ne=["fredags"],
    why="i fredags on a Friday = 7 days ago; euro named",
)
L(
    "sv",
    "SV",
    "Vera Nyström träff idag kl 13, vann mandatet, arvode 900 000 NOK",
    REC,
    "C-1505",
    "in_person",
    T,
    "13:00",
    [man("900000", "NOK")],
    ne=["kl 13"],
    why="träff = meeting",
)
L(
    "sv",
    "SV",
    "Gustav Wahlberg mejl kl 7.40 i morse, skickade K10-underlaget",
    REC,
    "C-1502",
    "email",
    T,
    "07:40",
    nc=["K10"],
    ne=["7.40"],
    why="explicit time wins over part of the day",
)
L(
    "sv",
    "SV",
    "Ingrid Wahlberg ringde 13:20, överförde 400 tkr till sitt konto i annan bank",
    REC,
    "C-1503",
    "phone",
    T,
    "13:20",
    nc=["annan bank"],
    why="money moved out is no claim",
)
L(
    "sv",
    "SV",
    "Ebba Sundqvist möte i förrgår kl 15:30, satte in 750 tkr, följ upp 1/3",
    REC,
    "C-1506",
    "in_person",
    DBY,
    "15:30",
    [dep("750000", "SEK")],
    on(3, 1),
    ne=["förrgår"],
    why="följ upp with d/m date",
)
L(
    "sv",
    "SV",
    "Per Åkesson Zoom idag, avkastning 7,4 % i år, nöjd",
    REC,
    "C-1504",
    "video",
    T,
    None,
    nc=["7,4 %"],
    why="percentage not an amount",
)
L(
    "sv",
    "SV",
    "Sofia Lindgren samtal igår 11:05, lovade 1 Mkr om bonusen kommer",
    REC,
    "C-1501",
    "phone",
    Y,
    "11:05",
    nc=["om bonusen"],
    ne=["11:05"],
    why="conditional pledge; samtal = call",
)

# ================= ro: Bucharest rep (local 17:30) =================
L(
    "ro",
    "RO",
    "Întâlnire cu Mihai Constantinescu ieri la 11, a depus 250.000 lei",
    REC,
    "C-1601",
    "in_person",
    Y,
    "11:00",
    [dep("250000", "RON")],
    ne=["ieri"],
    why="la 11 read as typed; lei = RON",
)
L(
    "ro",
    "RO",
    "Raluca Constantinescu telefon azi dimineață, s-a angajat cu 100.000 EUR",
    REC,
    "C-1602",
    "phone",
    T,
    None,
    [plg("100000", "EUR")],
    ne=["dimineață"],
    why="s-a angajat = pledge; EUR named on RON+EUR client",
)
L(
    "ro",
    "RO",
    "Raluca Constantinescu întâlnire marți, a depus 300k",
    AU,
    "C-1602",
    why="RON and EUR accounts, no currency",
)
L("ro", "RO", "Familia Constantinescu cină miercuri la restaurant", AC, why="household")
L(
    "ro",
    "RO",
    "Dragoș Popa apel video luni la 10:30, fonduri de pensii Pilon III",
    REC,
    "C-1603",
    "video",
    past("mon"),
    "10:30",
    nc=["Pilon III"],
    ne=["luni"],
    why="apel video = video",
)
L(
    "ro",
    "RO",
    "Popa m-a sunat azi pentru creditul ipotecar",
    AC,
    why="Dragoș Popa and Sebastian Popa",
)
L(
    "ro",
    "RO",
    "Sebastian Popa întâlnire ieri, prospect, avere 5 mil EUR",
    NC,
    "C-1606",
    why="covered by nobody",
)
L(
    "ro",
    "RO",
    "Simona Ardeleanu email alaltăieri, a transferat 200.000 EUR în ACC-16041",
    REC,
    "C-1604",
    "email",
    DBY,
    None,
    [dep("200000", "EUR", "ACC-16041")],
    ne=["alaltăieri"],
    why="în ACC-… = deposit into the account",
)
L(
    "ro",
    "RO",
    "Simona Ardeleanu cafea la 4, discutat despre obligațiuni",
    AU,
    "C-1604",
    why="la 4: 04:00 and 16:00 both past",
)
L(
    "ro",
    "RO",
    "Victor Enache scrisoare trimisă azi cu contractul semnat",
    REC,
    "C-1605",
    "mail",
    T,
    None,
    nc=["contractul"],
    why="scrisoare = mail",
)
L("ro", "RO", "Victor Enache telefon joia trecută", AU, "C-1605", why="last <yesterday's weekday>")
L(
    "ro",
    "RO",
    "Victor Enache telefon vinerea trecută la 9:40, depozit la termen 100.000 lei",
    REC,
    "C-1605",
    "phone",
    past("fri"),
    "09:40",
    nc=["depozit la termen"],
    ne=["vinerea trecută"],
    why="today is Friday: 7 days ago; term deposit never a claim",
)
L(
    "ro",
    "RO",
    "Mihai Constantinescu prânz la Caru' cu bere azi la 13:15, mandat câștigat pentru vânzarea firmei, "
    "onorariu 500.000 EUR",
    REC,
    "C-1601",
    "in_person",
    T,
    "13:15",
    [man("500000", "EUR")],
    nc=["vânzarea firmei"],
    why="prânz = lunch; mandate fee in EUR on a RON-only client",
)
L(
    "ro",
    "RO",
    "Mihai Constantinescu am vorbit ieri despre dividende",
    ACH,
    "C-1601",
    why="'am vorbit' gives no channel",
)
L(
    "ro",
    "RO",
    "Raluca Constantinescu video ieri seară la 8, a depus 50.000 EUR în ACC-16022",
    REC,
    "C-1602",
    "video",
    Y,
    "20:00",
    [dep("50000", "EUR", "ACC-16022")],
    ne=["ieri"],
    why="seară la 8 = 20:00",
)
L(
    "ro",
    "RO",
    "Simona Ardeleanu zoom 15.02 ora 14:00, s-a angajat cu 1 mil. EUR după #opera-gala, revin pe 1 martie",
    REC,
    "C-1604",
    "video",
    on(2, 15),
    "14:00",
    [plg("1000000", "EUR")],
    on(3, 1),
    ne=["15.02"],
    init="opera-gala",
    why="revin = follow-up",
)
L(
    "ro",
    "RO",
    "Dragos Popa telefon miercuri, NU a depus banii, așteaptă bonusul",
    REC,
    "C-1603",
    "phone",
    past("wed"),
    None,
    nc=["bonusul"],
    ne=["miercuri"],
    why="missing diacritic; negated deposit",
)
L(
    "ro",
    "RO",
    "Victor Enache întâlnire luni, va depune 400.000 lei dacă vinde apartamentul",
    REC,
    "C-1605",
    "in_person",
    past("mon"),
    None,
    nc=["apartamentul"],
    ne=["luni"],
    why="conditional (dacă) is no claim",
)
L(
    "ro",
    "RO",
    "Mihai Constantinescu e-mail azi la 9:20, extras Q4 și declarația unică 2026",
    REC,
    "C-1601",
    "email",
    T,
    "09:20",
    nc=["declarația unică"],
    why="Q4, 2026 not amounts",
)
L(
    "ro",
    "RO",
    "Ana-Maria Enache telefon ieri, vrea să deschidă cont",
    AC,
    why="unknown person sharing Enache",
)
L(
    "ro",
    "RO",
    "Simona Ardeleanu poștă: scrisoare primită marți cu actele KYC",
    REC,
    "C-1604",
    "mail",
    past("tue"),
    None,
    nc=["KYC"],
    ne=["marți"],
    why="scrisoare = mail",
)
L(
    "ro",
    "RO",
    "Raluca Constantinescu teams azi la 10, a depus 150.000 lei și a promis încă 200.000 lei, revin marți",
    REC,
    "C-1602",
    "video",
    T,
    "10:00",
    [dep("150000", "RON"), plg("200000", "RON")],
    nxt("tue"),
    why="two outcomes; lei = RON; revin -> next Tuesday",
)
L(
    "ro",
    "RO",
    "Dragoș Popa apel aseară, randament 7,2% la titluri de stat",
    REC,
    "C-1603",
    "phone",
    Y,
    None,
    nc=["titluri de stat"],
    ne=["aseară"],
    why="aseară = yesterday evening; percentage",
)
L(
    "ro",
    "RO",
    "Victor Enache cafea azi la 15:45, mandat de administrare discreționară semnat pe 2 mil lei",
    REC,
    "C-1605",
    "in_person",
    T,
    "15:45",
    nc=["discreționară"],
    why="discretionary mandate never a claim",
)
L(
    "ro",
    "RO",
    "Mihai Constantinescu întâlnire la sediu pe 11 februarie la ora 12, 3 copii",
    REC,
    "C-1601",
    "in_person",
    on(2, 11),
    "12:00",
    nc=["copii"],
    ne=["11 februarie"],
    why="ora 12 read as typed; count",
)
L(
    "ro",
    "RO",
    "Simona Ardeleanu telefon azi la 16:10, a transferat 80.000 EUR",
    AU,
    "C-1604",
    why="transfer with no direction",
)
L(
    "ro",
    "RO",
    "Victor Enache video duminică, s-a angajat cu 300.000 lei #opera-gala",
    REC,
    "C-1605",
    "video",
    past("sun"),
    None,
    [plg("300000", "RON")],
    init="opera-gala",
    ne=["duminică"],
    why="initiative",
)
L(
    "ro",
    "RO",
    "Raluca Constantinescu a sunat ieri la 9, întrebări despre Pilonul II",
    REC,
    "C-1602",
    "phone",
    Y,
    "09:00",
    nc=["Pilonul II"],
    ne=["ieri"],
    why="a sunat = phoned; la 9 read as typed",
)
L(
    "ro",
    "RO",
    "Mihai Constantinescu întâlnire 30.02",
    AU,
    "C-1601",
    why="30 February does not exist",
)
L(
    "ro",
    "RO",
    "Dragoș Popa mail azi, a retras 40.000 lei pentru mașină",
    REC,
    "C-1603",
    "email",
    T,
    None,
    nc=["mașină"],
    why="withdrawal is no claim",
)
L(
    "ro",
    "RO",
    "Kabir Malhotra telefon ieri, recomandat de un client",
    NC,
    "C-1806",
    why="covered by nobody",
)
L(
    "ro",
    "RO",
    "Simona Ardeleanu întâlnire la birou azi la 11:00, a depus 500.000 EUR",
    REC,
    "C-1604",
    "in_person",
    T,
    "11:00",
    [dep("500000", "EUR")],
    why="single EUR account",
)
L(
    "ro",
    "RO",
    "Dragoș Popa vizită la domiciliu sâmbătă, a depus 120.000 lei",
    REC,
    "C-1603",
    "in_person",
    past("sat"),
    None,
    [dep("120000", "RON")],
    ne=["sâmbătă"],
    why="visit = in person",
)
L(
    "ro",
    "RO",
    "Victor Enache email azi, revin vineri pentru contractul de credit lombard",
    REC,
    "C-1605",
    "email",
    T,
    None,
    fu=nxt("fri"),
    nc=["credit lombard"],
    why="revin vineri -> next Friday",
)
L(
    "ro",
    "RO",
    "Mihai Constantinescu telefon alaltăieri la 14:50, a depus 1,2 mil. lei în ACC-16011",
    REC,
    "C-1601",
    "phone",
    DBY,
    "14:50",
    [dep("1200000", "RON", "ACC-16011")],
    ne=["alaltăieri"],
    why="1,2 mil. lei",
)
L(
    "ro",
    "RO",
    "Raluca Constantinescu întâlnire la cafenea miercuri la 17, 2 copii, 41 de ani",
    REC,
    "C-1602",
    "in_person",
    past("wed"),
    "17:00",
    nc=["copii"],
    ne=["miercuri"],
    why="la 17 is 24-hour; counts, age",
)

# ================= ms: Kuala Lumpur rep (local 23:30) =================
L(
    "ms",
    "MS",
    "Jumpa Lim Chee Keong di pejabat semalam pukul 3 petang, dia masukkan SGD 800k ke ACC-17012",
    REC,
    "C-1701",
    "in_person",
    Y,
    "15:00",
    [dep("800000", "SGD", "ACC-17012")],
    ne=["semalam", "pukul 3 petang"],
    why="petang makes 3 a pm hour; masukkan = deposit",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling minum kopi pagi tadi, bincang pasal ASB",
    REC,
    "C-1702",
    "in_person",
    T,
    None,
    nc=["ASB"],
    ne=["pagi tadi"],
    why="coffee = in person; part of the day gives no time",
)
L(
    "ms",
    "MS",
    "Lim Chee Keong telefon hari ini, janji RM 2 juta",
    REC,
    "C-1701",
    "phone",
    T,
    None,
    [plg("2000000", "MYR")],
    why="RM picks MYR on a MYR+SGD client; janji = pledge",
)
L(
    "ms",
    "MS",
    "Lim Chee Keong emel semalam, janji 500k",
    AU,
    "C-1701",
    why="MYR and SGD accounts, no currency",
)
L("ms", "MS", "Keluarga Lim makan malam hari Sabtu", AC, why="household")
L(
    "ms",
    "MS",
    "Lim Wei Jie telefon hari ini tanya pasal unit amanah",
    AC,
    why="unknown person sharing Lim",
)
L(
    "ms",
    "MS",
    "Ahmad Faizal bin Rahim jumpa hari Rabu, deposit RM 1.5 juta",
    REC,
    "C-1703",
    "in_person",
    past("wed"),
    None,
    [dep("1500000", "MYR")],
    ne=["Rabu"],
    why="juta",
)
L(
    "ms",
    "MS",
    "Encik Rahim telefon pagi tadi",
    AC,
    why="two Rahims in one household; Encik is a title",
)
L(
    "ms",
    "MS",
    "Nur Aisyah binti Rahim emel hari Isnin, tanya pasal hibah amanah",
    REC,
    "C-1704",
    "email",
    past("mon"),
    None,
    nc=["hibah"],
    ne=["Isnin"],
    why="emel = email",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Selvam video call semalam pukul 9 malam, yuran mandat RM 800k untuk IPO",
    REC,
    "C-1705",
    "video",
    Y,
    "21:00",
    [man("800000", "MYR")],
    nc=["IPO"],
    ne=["semalam"],
    why="9 malam = 21:00; mandate fee",
)
L(
    "ms",
    "MS",
    "Kavitha Selvam bincang semalam pasal KWSP",
    ACH,
    "C-1705",
    why="'bincang' gives no channel",
)
L(
    "ms",
    "MS",
    "Tan Boon Huat jumpa di Mont Kiara hari ini, prospek",
    NC,
    "C-1707",
    why="covered by nobody",
)
L(
    "ms",
    "MS",
    "Siti Hajar binti Osman telefon hari Selasa pukul 10 pagi, masukkan USD 300k ke ACC-17062",
    REC,
    "C-1706",
    "phone",
    past("tue"),
    "10:00",
    [dep("300000", "USD", "ACC-17062")],
    ne=["Selasa"],
    why="account USD",
)
L(
    "ms",
    "MS",
    "Siti Hajar panggilan video hari ini, janji 1 juta",
    AU,
    "C-1706",
    why="MYR and USD accounts",
)
L("ms", "MS", "Ahmad Faizal jumpa kelmarin di Bangsar", AU, "C-1703", why="kelmarin is ambiguous")
L(
    "ms",
    "MS",
    "Nur Aisyah surat dihantar hari ini, borang BE dan resit zakat",
    REC,
    "C-1704",
    "mail",
    T,
    None,
    nc=["borang BE"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling telefon pukul 3",
    AU,
    "C-1702",
    why="pukul 3 with both halves already past",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Selvam makan tengah hari Jumaat lepas, FD RM 300k diperbaharui",
    REC,
    "C-1705",
    "in_person",
    past("fri"),
    None,
    nc=["FD"],
    ne=["Jumaat lepas"],
    why="Jumaat lepas on a Friday = 7 days ago; FD never a claim",
)
L(
    "ms",
    "MS",
    "Siti Hajar Osman emel pukul 8.15 pagi tadi, penyata Q4",
    REC,
    "C-1706",
    "email",
    T,
    "08:15",
    nc=["penyata"],
    ne=["8.15"],
    why="time wins over part of the day; binti omitted",
)
L(
    "ms",
    "MS",
    "Lim Chee Keong zoom hari Isnin pukul 11 pagi, menang mandat penyenaraian, yuran SGD 150k",
    REC,
    "C-1701",
    "video",
    past("mon"),
    "11:00",
    [man("150000", "SGD")],
    nc=["penyenaraian"],
    ne=["Isnin"],
    why="mandate fee in SGD",
)
L(
    "ms",
    "MS",
    "Nur Aisyah binti Rahim jumpa semalam, tak jadi masukkan RM 200k, tunggu bonus",
    REC,
    "C-1704",
    "in_person",
    Y,
    None,
    nc=["tunggu bonus"],
    ne=["semalam"],
    why="negated deposit",
)
L(
    "ms",
    "MS",
    "Kavitha Selvam telefon hari ini pukul 2 petang, dia pindahkan RM 500k",
    AU,
    "C-1705",
    why="pindahkan with no direction",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling emel semalam, kalau saham naik dia akan masukkan RM 1 juta",
    REC,
    "C-1702",
    "email",
    Y,
    None,
    nc=["saham naik"],
    ne=["semalam"],
    why="conditional (kalau) is no claim",
)
L(
    "ms",
    "MS",
    "Tan Sri Ahmad Faizal bin Rahim makan malam semalam lepas #sailgp, bincang wakaf",
    REC,
    "C-1703",
    "in_person",
    Y,
    None,
    nc=["wakaf"],
    ne=["semalam"],
    init="sailgp",
    why="Tan Sri is a title, not the name Tan of Tan Boon Huat",
)
L(
    "ms",
    "MS",
    "Siti Hajar binti Osman jumpa di pejabat hari ini pukul 11 pagi, masukkan RM 400 ribu ke ACC-17061 "
    "dan janji USD 200k lagi, susulan hari Rabu",
    REC,
    "C-1706",
    "in_person",
    T,
    "11:00",
    [dep("400000", "MYR", "ACC-17061"), plg("200000", "USD")],
    nxt("wed"),
    ne=["pukul 11 pagi"],
    why="two outcomes in two currencies; susulan -> next Wednesday",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Selvam surat semalam, dokumen KYC",
    REC,
    "C-1705",
    "mail",
    Y,
    None,
    nc=["KYC"],
    ne=["semalam"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling video call hari Ahad, deposit RM 250k #sailgp",
    REC,
    "C-1702",
    "video",
    past("sun"),
    None,
    [dep("250000", "MYR")],
    init="sailgp",
    ne=["Ahad"],
    why="initiative",
)
L(
    "ms",
    "MS",
    "Nur Aisyah binti Rahim telefon semalam pukul 10 malam, tanya pasal takaful",
    REC,
    "C-1704",
    "phone",
    Y,
    "22:00",
    nc=["takaful"],
    ne=["semalam"],
    why="10 malam = 22:00",
)
L(
    "ms",
    "MS",
    "Ahmad Faizal bin Rahim emel hari ini, mandat pengurusan portfolio RM 5 juta ditandatangani",
    REC,
    "C-1703",
    "email",
    T,
    None,
    nc=["mandat pengurusan"],
    why="management mandate never a claim",
)
L(
    "ms",
    "MS",
    "Sunita Kapoor telefon hari ini dari London",
    NC,
    "C-1306",
    why="covered by London and Kolkata reps",
)
L(
    "ms",
    "MS",
    "Lim Chee Keong jumpa 17/2, dia masukkan RM 1 juta ke ACC-17011, susulan 5/3",
    REC,
    "C-1701",
    "in_person",
    on(2, 17),
    None,
    [dep("1000000", "MYR", "ACC-17011")],
    on(3, 5),
    ne=["17/2"],
    why="d/m dates",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Selvam panggilan telefon hari ini pukul 9.45 malam, komitmen RM 2 juta",
    REC,
    "C-1705",
    "phone",
    T,
    "21:45",
    [plg("2000000", "MYR")],
    why="9.45 malam = 21:45; komitmen = pledge",
)
L(
    "ms",
    "MS",
    "Siti Hajar binti Osman jumpa semalam, bincang dana kecemasan dan ASW",
    REC,
    "C-1706",
    "in_person",
    Y,
    None,
    nc=["dana kecemasan"],
    ne=["semalam"],
    why="jumpa = meet, in person",
)
L(
    "ms",
    "MS",
    "Nur Aisyah binti Rahim teams hari Selasa pukul 4 petang, 2 anak, umur 34",
    REC,
    "C-1704",
    "video",
    past("tue"),
    "16:00",
    nc=["anak"],
    ne=["Selasa"],
    why="counts and age",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling telefon hari Jumaat pasal unit trust",
    REC,
    "C-1702",
    "phone",
    past("fri"),
    None,
    nc=["unit trust"],
    ne=["Jumaat"],
    why="bare weekday = today's weekday -> 7 days ago",
)
L(
    "ms",
    "MS",
    "Ahmad Faizal bin Rahim jumpa pukul 10.30 pagi tadi, masukkan RM 750,000 ke ACC-17031",
    REC,
    "C-1703",
    "in_person",
    T,
    "10:30",
    [dep("750000", "MYR", "ACC-17031")],
    ne=["10.30"],
    why="comma thousands",
)

# ================= hi: Kolkata rep (local 21:00), Devanagari and Hinglish =================
L(
    "hi",
    "HI",
    "Anil Mehra से कल ऑफिस में मुलाकात, 25 लाख जमा किए",
    REC,
    "C-1801",
    "in_person",
    Y,
    None,
    [dep("2500000", "INR")],
    ne=["कल"],
    why="कल = yesterday in a log; लाख is a number word; single INR account",
)
L(
    "hi",
    "HI",
    "Pooja Mehra ko aaj subah phone kiya, 50 lakh ka vaada kiya",
    AU,
    "C-1802",
    why="INR and USD accounts; lakh is not a currency",
)
L(
    "hi",
    "HI",
    "Pooja Mehra से परसों वीडियो कॉल, $200k ACC-18022 में जमा",
    REC,
    "C-1802",
    "video",
    DBY,
    None,
    [dep("200000", "USD", "ACC-18022")],
    ne=["परसों"],
    why="परसों in a log = day before yesterday",
)
L("hi", "HI", "Mehra parivaar ke saath dinner ravivaar ko", AC, why="household")
L(
    "hi",
    "HI",
    "Rohan Mehra ka phone aaya aaj, naya account kholna hai",
    AC,
    why="unknown person sharing Mehra",
)
L(
    "hi",
    "HI",
    "Vikram Sethi se mulaqat somvaar ko, mandate mil gaya IPO ke liye, fee 2 crore",
    REC,
    "C-1803",
    "in_person",
    past("mon"),
    None,
    [man("20000000", "INR")],
    nc=["IPO"],
    ne=["somvaar"],
    why="mandate fee in crore",
)
L(
    "hi",
    "HI",
    "Vikram Sethi kal baat hui NPS ke baare mein",
    ACH,
    "C-1803",
    why="'baat hui' gives no channel",
)
L(
    "hi",
    "HI",
    "Shanti Iyer को आज दोपहर 3 बजे फ़ोन किया, FD 10 लाख renew",
    REC,
    "C-1804",
    "phone",
    T,
    "15:00",
    nc=["FD"],
    ne=["दोपहर 3 बजे"],
    why="दोपहर makes 3 a pm hour; FD never a claim",
)
L(
    "hi",
    "HI",
    "Shanti Iyer ji ne email kiya kal raat, 80C aur ELSS ke baare mein",
    REC,
    "C-1804",
    "email",
    Y,
    None,
    nc=["80C"],
    ne=["kal raat"],
    why="ji is a title; 80C not an amount",
)
L(
    "hi",
    "HI",
    "Somnath Ghosh के साथ लंच बुधवार को, 1 करोड़ का वादा",
    REC,
    "C-1805",
    "in_person",
    past("wed"),
    None,
    [plg("10000000", "INR")],
    ne=["बुधवार"],
    why="वादा = pledge; करोड़ number word",
)
L(
    "hi",
    "HI",
    "Somnath Ghosh se 3 baje call hui",
    AU,
    "C-1805",
    why="3 baje with both halves past at 21:00",
)
L(
    "hi",
    "HI",
    "Kabir Malhotra se mulaqat aaj Park Street mein",
    NC,
    "C-1806",
    why="covered by nobody",
)
L(
    "hi",
    "HI",
    "Sunita Kapoor से आज सुबह वीडियो कॉल, ₹50 लाख ACC-13062 में जमा",
    REC,
    "C-1306",
    "video",
    T,
    None,
    [dep("5000000", "INR", "ACC-13062")],
    ne=["आज सुबह"],
    why="secondary coverage; account INR",
)
L(
    "hi",
    "HI",
    "Anil Mehra ji pichhle guruvaar ko mile",
    AU,
    "C-1801",
    why="last <yesterday's weekday>",
)
L(
    "hi",
    "HI",
    "Anil Mehra ko chitthi bheji aaj, capital gains statement ke saath",
    REC,
    "C-1801",
    "mail",
    T,
    None,
    nc=["capital gains"],
    why="chitthi = letter",
)
L(
    "hi",
    "HI",
    "Vikram Sethi ka call aaya shaam 6 baje, 40 lakh transfer kiye",
    AU,
    "C-1803",
    why="transfer with no direction",
)
L(
    "hi",
    "HI",
    "Shanti Iyer से पिछले शुक्रवार मुलाकात, 15 लाख जमा और 20 लाख का वादा",
    REC,
    "C-1804",
    "in_person",
    past("fri"),
    None,
    [dep("1500000", "INR"), plg("2000000", "INR")],
    ne=["पिछले शुक्रवार"],
    why="today is Friday: last Friday = 7 days ago; two outcomes",
)
L(
    "hi",
    "HI",
    "Somnath Ghosh ne abhi tak paisa jama nahi kiya, phone pe baat hui aaj",
    REC,
    "C-1805",
    "phone",
    T,
    None,
    nc=["abhi tak"],
    why="negated deposit",
)
L(
    "hi",
    "HI",
    "Pooja Mehra zoom 16/2 ko 11 baje, 30 lakh INR deposit kiye, follow up 26/2",
    REC,
    "C-1802",
    "video",
    on(2, 16),
    "11:00",
    [dep("3000000", "INR")],
    on(2, 26),
    ne=["16/2"],
    why="INR named; 11 baje read as typed",
)
L(
    "hi",
    "HI",
    "Vikram Sethi se video call aaj raat 8 baje, agar market theek raha to 1 crore lagayenge",
    REC,
    "C-1803",
    "video",
    T,
    "20:00",
    nc=["market"],
    ne=["raat 8 baje"],
    why="conditional (agar) is no claim",
)
L("hi", "HI", "Anil Mehra और Pooja Mehra से आज मुलाकात", AC, why="two clients in one line")
L(
    "hi",
    "HI",
    "Somnath Ghosh को ईमेल भेजा आज सुबह 10 बजे, portfolio review",
    REC,
    "C-1805",
    "email",
    T,
    "10:00",
    nc=["portfolio review"],
    ne=["10 बजे"],
    why="सुबह 10 बजे = 10:00",
)
L(
    "hi",
    "HI",
    "Vikram Sethi ke saath coffee mangalvaar ko 5 baje shaam, PMS discussion, 45 saal ke hain #masters-golf",
    REC,
    "C-1803",
    "in_person",
    past("tue"),
    "17:00",
    nc=["PMS"],
    ne=["mangalvaar"],
    init="masters-golf",
    why="shaam makes 5 a pm hour; age",
)
L(
    "hi",
    "HI",
    "Anil Mehra से फ़ोन पर बात कल दोपहर 2 बजे, 10 लाख ACC-18011 में आए",
    REC,
    "C-1801",
    "phone",
    Y,
    "14:00",
    [dep("1000000", "INR", "ACC-18011")],
    ne=["दोपहर 2 बजे"],
    why="money came into our account = deposit",
)
L(
    "hi",
    "HI",
    "Shanti Iyer का mandate नहीं मिला, फ़ोन पर बात कल",
    REC,
    "C-1804",
    "phone",
    Y,
    None,
    nc=["नहीं मिला"],
    why="negated mandate",
)
L("hi", "HI", "Somnath Ghosh se video call 30/2 ko", AU, "C-1805", why="30 February does not exist")
L(
    "hi",
    "HI",
    "Pooja Mehra ne kal letter bheja, KYC documents",
    REC,
    "C-1802",
    "mail",
    Y,
    None,
    nc=["KYC"],
    why="letter = mail",
)
L(
    "hi",
    "HI",
    "Vikram Sethi se aaj mulaqat hui, 5 crore PMS mein, discretionary mandate sign kiya",
    REC,
    "C-1803",
    "in_person",
    T,
    None,
    nc=["discretionary"],
    why="discretionary mandate never a claim",
)
L(
    "hi",
    "HI",
    "Shanti Iyer ko aaj shaam 7 baje call kiya, 20 lakh jama kiye #masters-golf",
    REC,
    "C-1804",
    "phone",
    T,
    "19:00",
    [dep("2000000", "INR")],
    init="masters-golf",
    ne=["shaam 7 baje"],
    why="shaam 7 baje = 19:00",
)
L(
    "hi",
    "HI",
    "Anil Mehra से सोमवार को वीडियो कॉल, फॉलो अप बुधवार",
    REC,
    "C-1801",
    "video",
    past("mon"),
    None,
    fu=nxt("wed"),
    ne=["सोमवार"],
    why="फॉलो अप -> next Wednesday",
)
L(
    "hi",
    "HI",
    "Somnath Ghosh से आज शाम 4:30 बजे मुलाकात, 2 bachche, umar 52",
    REC,
    "C-1805",
    "in_person",
    T,
    "16:30",
    nc=["bachche"],
    why="H:MM with शाम; counts and age",
)
L(
    "hi",
    "HI",
    "Vikram Sethi ko kal subah 9 baje email kiya",
    REC,
    "C-1803",
    "email",
    Y,
    "09:00",
    ne=["subah 9 baje"],
    why="kal = yesterday",
)
L(
    "hi",
    "HI",
    "Pooja Mehra से परसों फ़ोन, ₹1 करोड़ जमा",
    REC,
    "C-1802",
    "phone",
    DBY,
    None,
    [dep("10000000", "INR")],
    ne=["परसों"],
    why="₹ picks INR on an INR+USD client",
)
L("hi", "HI", "Shanti Iyer se baat hui aaj SIP ke baare mein", ACH, "C-1804", why="no channel word")
L(
    "hi",
    "HI",
    "Anil Mehra ke saath lunch aaj dopahar 1:15 baje, HUF ka discussion",
    REC,
    "C-1801",
    "in_person",
    T,
    "13:15",
    nc=["HUF"],
    why="dopahar 1:15 = 13:15",
)
L(
    "hi",
    "HI",
    "Somnath Ghosh का फ़ोन आया बुधवार रात 9 बजे, 50 लाख ACC-18051 में जमा किए",
    REC,
    "C-1805",
    "phone",
    past("wed"),
    "21:00",
    [dep("5000000", "INR", "ACC-18051")],
    ne=["रात 9 बजे"],
    why="रात 9 बजे = 21:00",
)

# ================= mixed: the rep's language with English =================
L(
    "mixed",
    "FR",
    "Call avec Vincent Laroche ce matin, he pledged 500k CHF, relance Monday",
    REC,
    "C-1403",
    "phone",
    T,
    None,
    [plg("500000", "CHF")],
    nxt("mon"),
    ne=["ce matin"],
    why="fr/en; CHF named; relance -> next Monday",
)
L(
    "mixed",
    "FR",
    "Hélène Garnier meeting hier 15h, deposit 1M€ into ACC-14011",
    REC,
    "C-1401",
    "in_person",
    Y,
    "15:00",
    [dep("1000000", "EUR", "ACC-14011")],
    ne=["hier", "15h"],
    why="fr/en",
)
L("mixed", "FR", "Aimé Durand spoke hier re le PER", ACH, "C-1405", why="'spoke' gives no channel")
L(
    "mixed",
    "FR",
    "Thibault Garnier lunch aujourd'hui, won the mandate pour la cession, fee 300k€",
    REC,
    "C-1402",
    "in_person",
    T,
    None,
    [man("300000", "EUR")],
    nc=["cession"],
    why="fr/en mandate with fee",
)
L(
    "mixed",
    "FR",
    "Solène Barbier email hier soir, no deposit yet, attend son notaire",
    REC,
    "C-1404",
    "email",
    Y,
    None,
    nc=["notaire"],
    ne=["hier soir"],
    why="negated deposit",
)
L(
    "mixed",
    "FR",
    "Octave Marchal coffee ce matin, intro par son family office",
    NC,
    "C-1406",
    why="covered by nobody",
)
L(
    "mixed",
    "CA",
    "Maude Gagnon call yesterday, deposit 250k USD dans ACC-14522",
    REC,
    "C-1452",
    "phone",
    Y,
    None,
    [dep("250000", "USD", "ACC-14522")],
    ne=["yesterday"],
    why="Québec franglais; account USD",
)
L(
    "mixed",
    "CA",
    "Réjean Bouchard meeting à 8h ce matin, mandate won, fee 150k CAD",
    REC,
    "C-1453",
    "in_person",
    T,
    "08:00",
    [man("150000", "CAD")],
    ne=["8h"],
    why="explicit time wins",
)
L(
    "mixed",
    "CA",
    "Étienne Gagnon zoom hier 14h, deposited 75k CAD dans son CELI",
    REC,
    "C-1451",
    "video",
    Y,
    "14:00",
    [dep("75000", "CAD")],
    nc=["CELI"],
    ne=["hier", "14h"],
    why="fr-CA/en",
)
L(
    "mixed",
    "CA",
    "Lucie Bouchard call ce matin 9h30, pledged 300k pour le fonds",
    REC,
    "C-1454",
    "phone",
    T,
    "09:30",
    [plg("300000", "CAD")],
    ne=["9h30"],
    why="single CAD account",
)
L(
    "mixed",
    "SV",
    "Gustav Wahlberg lunch igår, deposit 2 MSEK, follow up fredag",
    REC,
    "C-1502",
    "in_person",
    Y,
    None,
    [dep("2000000", "SEK")],
    nxt("fri"),
    ne=["igår"],
    why="follow up fredag -> next Friday",
)
L(
    "mixed",
    "SV",
    "Vera Nyström call i tisdags, she pledged 1m",
    AU,
    "C-1505",
    why="SEK and NOK accounts",
)
L(
    "mixed",
    "SV",
    "Per Åkesson meeting idag kl 10, no new money, vill vänta till Q2",
    REC,
    "C-1504",
    "in_person",
    T,
    "10:00",
    nc=["Q2"],
    ne=["kl 10"],
    why="sv/en; Q2 not an amount",
)
L(
    "mixed",
    "SV",
    "Sofia Lindgren zoom igår, deposited 800k SEK into ACC-15011",
    REC,
    "C-1501",
    "video",
    Y,
    None,
    [dep("800000", "SEK", "ACC-15011")],
    ne=["igår"],
    why="sv/en",
)
L(
    "mixed",
    "SV",
    "Ingrid Wahlberg coffee i morse, pledged 400 tkr till nya fonden #verbier-ski",
    REC,
    "C-1503",
    "in_person",
    T,
    None,
    [plg("400000", "SEK")],
    ne=["i morse"],
    init="verbier-ski",
    why="tkr",
)
L(
    "mixed",
    "SV",
    "Ebba Sundqvist call förra fredagen, wired in 1 Mkr",
    REC,
    "C-1506",
    "phone",
    past("fri"),
    None,
    [dep("1000000", "SEK")],
    ne=["förra fredagen"],
    why="förra fredagen on a Friday = 7 days ago",
)
L(
    "mixed",
    "RO",
    "Mihai Constantinescu call ieri la 16:00, deposit 100k lei, follow-up luni",
    REC,
    "C-1601",
    "phone",
    Y,
    "16:00",
    [dep("100000", "RON")],
    nxt("mon"),
    ne=["ieri"],
    why="ro/en",
)
L(
    "mixed",
    "RO",
    "Raluca Constantinescu meeting azi, pledged 200k EUR pentru fondul imobiliar",
    REC,
    "C-1602",
    "in_person",
    T,
    None,
    [plg("200000", "EUR")],
    nc=["fondul imobiliar"],
    why="EUR named",
)
L(
    "mixed",
    "RO",
    "Victor Enache email yesterday, NU a depus, still waiting pe vânzarea apartamentului",
    REC,
    "C-1605",
    "email",
    Y,
    None,
    nc=["still waiting"],
    ne=["yesterday"],
    why="negated deposit",
)
L(
    "mixed",
    "RO",
    "Dragoș Popa zoom azi la 14:30, he committed 500k",
    REC,
    "C-1603",
    "video",
    T,
    "14:30",
    [plg("500000", "RON")],
    why="single RON account",
)
L(
    "mixed",
    "RO",
    "Simona Ardeleanu call weekendul trecut",
    AU,
    "C-1604",
    why="a weekend names two days",
)
L(
    "mixed",
    "RO",
    "Victor Enache meeting azi la 12:00, deposited 250k lei, follow up 2 martie",
    REC,
    "C-1605",
    "in_person",
    T,
    "12:00",
    [dep("250000", "RON")],
    on(3, 2),
    ne=["12:00"],
    why="ro date word for follow-up",
)
L(
    "mixed",
    "MS",
    "Lim Mei Ling lunch semalam, she deposited RM 300k",
    REC,
    "C-1702",
    "in_person",
    Y,
    None,
    [dep("300000", "MYR")],
    ne=["semalam"],
    why="ms/en",
)
L(
    "mixed",
    "MS",
    "Ahmad Faizal bin Rahim call today 10am, pledge RM 1 juta, follow up Isnin",
    REC,
    "C-1703",
    "phone",
    T,
    "10:00",
    [plg("1000000", "MYR")],
    nxt("mon"),
    ne=["10am"],
    why="follow up Isnin -> next Monday",
)
L(
    "mixed",
    "MS",
    "Siti Hajar Osman meeting semalam, transfer masuk USD 100k ke ACC-17062",
    REC,
    "C-1706",
    "in_person",
    Y,
    None,
    [dep("100000", "USD", "ACC-17062")],
    ne=["semalam"],
    why="transfer masuk = in",
)
L(
    "mixed",
    "MS",
    "Kavitha Selvam email pagi tadi, FD renewal only, no new money",
    REC,
    "C-1705",
    "email",
    T,
    None,
    nc=["FD renewal"],
    ne=["pagi tadi"],
    why="FD never a claim",
)
L(
    "mixed",
    "MS",
    "Lim Chee Keong meeting hari ini 2pm, won the mandate, fee SGD 200k",
    REC,
    "C-1701",
    "in_person",
    T,
    "14:00",
    [man("200000", "SGD")],
    ne=["2pm"],
    why="SGD named",
)
L(
    "mixed",
    "MS",
    "Nur Aisyah binti Rahim spoke semalam about takaful",
    ACH,
    "C-1704",
    why="no channel word",
)
L(
    "mixed",
    "CA",
    "Call avec les Gagnon this morning re le chalet à Tremblant",
    AC,
    why="household plural of a two-client household",
)
L(
    "mixed",
    "HI",
    "Anil Mehra meeting yesterday 4pm, 20 lakh deposit kiye",
    REC,
    "C-1801",
    "in_person",
    Y,
    "16:00",
    [dep("2000000", "INR")],
    ne=["yesterday", "4pm"],
    why="hi/en",
)
L(
    "mixed",
    "HI",
    "Vikram Sethi call kal, he pledged 50 lakh, follow up Monday",
    REC,
    "C-1803",
    "phone",
    Y,
    None,
    [plg("5000000", "INR")],
    nxt("mon"),
    why="kal = yesterday; follow up Monday ahead",
)
L(
    "mixed",
    "HI",
    "Pooja Mehra lunch today, she deposited 1 crore",
    AU,
    "C-1802",
    why="INR and USD accounts; crore is not a currency",
)
L(
    "mixed",
    "HI",
    "Somnath Ghosh zoom today 6pm, mandate fee 75 lakh for the QIP",
    REC,
    "C-1805",
    "video",
    T,
    "18:00",
    [man("7500000", "INR")],
    nc=["QIP"],
    ne=["6pm"],
    why="'mandate fee' with an amount",
)
L(
    "mixed",
    "HI",
    "Shanti Iyer meeting aaj 11am, deposit 30 lakh into ACC-18041",
    REC,
    "C-1804",
    "in_person",
    T,
    "11:00",
    [dep("3000000", "INR", "ACC-18041")],
    ne=["11am"],
    why="hi/en",
)
L(
    "mixed",
    "HI",
    "Sunita Kapoor call kal, she pledged £300k for the UK fund",
    REC,
    "C-1306",
    "phone",
    Y,
    None,
    [plg("300000", "GBP")],
    nc=["UK fund"],
    why="secondary coverage; £ on a GBP+INR client",
)

# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
nowdt = dt.datetime(2027, 2, 19, 15, 30, tzinfo=dt.UTC)
MARKS = {
    "USD": ["USD", "$"],
    "EUR": ["EUR", "€", "euro"],
    "GBP": ["GBP", "£"],
    "RON": ["RON", "lei"],
    "SEK": ["SEK", "kr", "Mkr", "tkr"],
    "NOK": ["NOK"],
    "MYR": ["MYR", "RM"],
    "INR": ["INR", "₹"],
    "SGD": ["SGD"],
    "CHF": ["CHF"],
    "CAD": ["CAD", "C$"],
}
assert len({c["name"] for c in clients}) == len(clients)
assert len({a["account"] for c in clients for a in c["accounts"]}) == sum(
    len(c["accounts"]) for c in clients
)
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
        assert e["follow_up_on"] > T, ln
    if e["initiative"]:
        assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
    else:
        assert "#" not in txt, ln
    for s in e["notes_contains"] + e["notes_excludes"]:
        assert s.lower() in txt.lower(), (s, ln)
    for s in e["notes_contains"]:  # no client name in notes_contains
        assert not any(w.lower() in s.lower().split() for w in c["name"].split() if len(w) > 2), (
            s,
            ln,
        )
ids = [x["id"] for x in lines]
assert len(set(ids)) == len(ids)
texts = [x["text"] for x in lines]
assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
byl = Counter(x["lang"] for x in lines)
byo = Counter(x["expect"]["outcome"] for x in lines)
if not PARTIAL:
    assert len(lines) == 250, len(lines)
    assert all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi", "mixed")), byl
    assert byo["record"] >= 0.65 * len(lines), byo
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
asks = sum(v for k, v in byo.items() if k != "record")
print(len(lines), "lines;", len(clients), "clients")
print("by language:", dict(byl))
print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)")
print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))
print(
    "by language and outcome:",
    dict(sorted(Counter((x["lang"], x["expect"]["outcome"]) for x in lines).items())),
)

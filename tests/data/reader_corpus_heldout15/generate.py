"""Held-out reader corpus 15 (month-end, private bank): builds and validates corpus.json.

Edit this file, never the JSON. `python3 generate.py --partial` skips the count checks.
"""

import datetime as dt
import json
import os
import sys
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

NOW = "2027-11-30T16:30:00Z"
NOWDT = dt.datetime(2027, 11, 30, 16, 30, tzinfo=dt.UTC)
assert NOWDT.weekday() == 1  # Tuesday
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

R = {
    "FR": "U0H15FR01",
    "SV": "U0H15SV02",
    "RO": "U0H15RO03",
    "MS": "U0H15MS04",
    "HI": "U0H15HI05",
    "GB": "U0H15GB06",
    "US": "U0H15US07",
    "AU": "U0H15AU08",
}
reps = [
    {
        "slack_user_id": R["FR"],
        "name": "Camille Dufresne",
        "timezone": "Europe/Paris",
        "locale": "fr-FR",
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
        "name": "Irina Vlăduț",
        "timezone": "Europe/Bucharest",
        "locale": "ro-RO",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["MS"],
        "name": "Nurul Aisyah Hamdan",
        "timezone": "Asia/Kuala_Lumpur",
        "locale": "ms-MY",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["HI"],
        "name": "Arjun Mehrotra",
        "timezone": "Asia/Kolkata",
        "locale": "hi-IN",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["GB"],
        "name": "Felicity Ashcombe",
        "timezone": "Europe/London",
        "locale": "en-GB",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["US"],
        "name": "Brandon Whitaker",
        "timezone": "America/Chicago",
        "locale": "en-US",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["AU"],
        "name": "Lachlan Pryce",
        "timezone": "Australia/Sydney",
        "locale": "en-AU",
        "roles": ["rep"],
    },
]
TZ = {k: ZoneInfo(r["timezone"]) for k, r in zip(R, reps)}
LOCALNOW = {k: NOWDT.astimezone(TZ[k]) for k in R}
TODAY = {k: LOCALNOW[k].date() for k in R}
# Local clocks: Paris/Stockholm Tue 17:30, Bucharest 18:30, Kolkata 22:00, London 16:30,
# Chicago 10:30; Kuala Lumpur Wed 1 Dec 00:30 and Sydney Wed 1 Dec 03:30 (already the next day).
assert TODAY["MS"] == dt.date(2027, 12, 1) and TODAY["AU"] == dt.date(2027, 12, 1)
assert TODAY["US"] == dt.date(2027, 11, 30) and TODAY["FR"] == dt.date(2027, 11, 30)


def iso(d):
    return d.isoformat()


def T(r):
    return iso(TODAY[r])


def Y(r):
    return iso(TODAY[r] - dt.timedelta(1))


def DBY(r):
    return iso(TODAY[r] - dt.timedelta(2))


def AGO(r, n):
    return iso(TODAY[r] - dt.timedelta(n))


def TOM(r):
    return iso(TODAY[r] + dt.timedelta(1))


def P(r, w):  # most recent such weekday strictly before the rep's today
    return next(
        iso(TODAY[r] - dt.timedelta(k))
        for k in range(1, 8)
        if (TODAY[r] - dt.timedelta(k)).weekday() == WD[w]
    )


def N(r, w):  # next such weekday strictly after the rep's today
    return next(
        iso(TODAY[r] + dt.timedelta(k))
        for k in range(1, 8)
        if (TODAY[r] + dt.timedelta(k)).weekday() == WD[w]
    )


def D(m, d):
    return iso(dt.date(2027, m, d))


def C(eid, name, hh, tier, cov, accts):
    return {
        "external_id": eid,
        "name": name,
        "household": hh,
        "tier": tier,
        "coverage": [R[c] for c in cov],
        "accounts": [{"account": a, "currency": c} for a, c in accts],
    }


clients = [
    # France
    C("K-1501", "Étienne Marchal", "Marchal", "UHNW", ["FR"], [("ACC-5101", "EUR")]),
    C(
        "K-1502",
        "Solène Marchal",
        "Marchal",
        "UHNW",
        ["FR"],
        [("ACC-5102", "EUR"), ("ACC-5103", "CHF")],
    ),
    C("K-1503", "Bertrand Lacoste", "Lacoste", "HNW", ["FR"], [("ACC-5104", "EUR")]),
    C(
        "K-1504",
        "Hélène Garnier",
        "Garnier (Hélène)",
        "corporate executive",
        ["FR"],
        [("ACC-5105", "EUR")],
    ),
    C("K-1505", "Thibault Renaud", "Renaud", "HNW", ["FR"], [("ACC-5106", "EUR")]),
    C(
        "K-1506",
        "Margaux Vidal",
        "Vidal",
        "UHNW",
        ["FR"],
        [("ACC-5107", "EUR"), ("ACC-5108", "USD")],
    ),
    C("K-1507", "Olivier Garnier", "Garnier (Olivier)", "HNW", [], [("ACC-5109", "EUR")]),
    # Sweden
    C("K-1511", "Gunnar Ekström", "Ekström", "UHNW", ["SV"], [("ACC-5111", "SEK")]),
    C(
        "K-1512",
        "Karin Ekström",
        "Ekström",
        "UHNW",
        ["SV"],
        [("ACC-5112", "SEK"), ("ACC-5113", "EUR")],
    ),
    C("K-1513", "Viktor Nyberg", "Nyberg (Viktor)", "HNW", ["SV"], [("ACC-5114", "SEK")]),
    C("K-1514", "Ingrid Sandell", "Sandell", "corporate executive", ["SV"], [("ACC-5115", "SEK")]),
    C(
        "K-1515",
        "Axel Holmqvist",
        "Holmqvist",
        "UHNW",
        ["SV"],
        [("ACC-5116", "SEK"), ("ACC-5117", "NOK")],
    ),
    C("K-1516", "Frida Wennberg", "Wennberg", "HNW", ["SV"], [("ACC-5118", "SEK")]),
    C("K-1517", "Pär Nyberg", "Nyberg (Pär)", "HNW", [], [("ACC-5119", "SEK")]),
    # Romania
    C("K-1521", "Radu Ionescu", "Ionescu", "UHNW", ["RO"], [("ACC-5121", "RON")]),
    C(
        "K-1522",
        "Simona Ionescu",
        "Ionescu",
        "UHNW",
        ["RO"],
        [("ACC-5122", "RON"), ("ACC-5123", "EUR")],
    ),
    C("K-1523", "Cătălin Dobrescu", "Dobrescu (Cătălin)", "HNW", ["RO"], [("ACC-5124", "EUR")]),
    C(
        "K-1524",
        "Mihaela Popovici",
        "Popovici",
        "corporate executive",
        ["RO"],
        [("ACC-5125", "RON")],
    ),
    C("K-1525", "Tudor Vasilescu", "Vasilescu", "HNW", ["RO"], [("ACC-5126", "RON")]),
    C("K-1526", "Andreea Mocanu", "Mocanu", "HNW", ["RO"], [("ACC-5127", "RON")]),
    C("K-1527", "Ovidiu Dobrescu", "Dobrescu (Ovidiu)", "HNW", [], [("ACC-5128", "RON")]),
    # Malaysia
    C(
        "K-1531",
        "Lim Chee Keong",
        "Lim",
        "UHNW",
        ["MS"],
        [("ACC-5131", "MYR"), ("ACC-5132", "SGD")],
    ),
    C("K-1532", "Lim Mei Ling", "Lim", "UHNW", ["MS"], [("ACC-5133", "MYR")]),
    C("K-1533", "Farah Nadia binti Rosli", "Rosli", "HNW", ["MS"], [("ACC-5134", "MYR")]),
    C("K-1534", "Azman bin Yusri", "Yusri", "corporate executive", ["MS"], [("ACC-5135", "MYR")]),
    C("K-1535", "Kavitha a/p Raman", "Raman", "HNW", ["MS"], [("ACC-5136", "MYR")]),
    C("K-1536", "Hafizah binti Osman", "Osman", "HNW", ["MS"], [("ACC-5137", "MYR")]),
    C("K-1537", "Zulkarnain bin Idris", "Idris", "HNW", [], [("ACC-5138", "MYR")]),
    # India
    C("K-1541", "Vikram Agarwal", "Agarwal", "UHNW", ["HI"], [("ACC-5141", "INR")]),
    C(
        "K-1542",
        "Priya Agarwal",
        "Agarwal",
        "UHNW",
        ["HI"],
        [("ACC-5142", "INR"), ("ACC-5143", "USD")],
    ),
    C("K-1543", "Sunita Joshi", "Joshi (Sunita)", "HNW", ["HI"], [("ACC-5144", "INR")]),
    C("K-1544", "Rohit Malhotra", "Malhotra", "corporate executive", ["HI"], [("ACC-5145", "INR")]),
    C("K-1545", "Anil Deshmukh", "Deshmukh", "HNW", ["HI"], [("ACC-5146", "INR")]),
    C(
        "K-1546",
        "Meera Iyer",
        "Iyer",
        "UHNW",
        ["HI", "GB"],
        [("ACC-5147", "INR"), ("ACC-5148", "GBP")],
    ),
    C("K-1547", "Rajesh Joshi", "Joshi (Rajesh)", "HNW", [], [("ACC-5149", "INR")]),
    # United Kingdom
    C("K-1551", "Charlotte Pennington", "Pennington", "UHNW", ["GB"], [("ACC-5151", "GBP")]),
    C(
        "K-1552",
        "Hugo Pennington",
        "Pennington",
        "UHNW",
        ["GB"],
        [("ACC-5152", "GBP"), ("ACC-5153", "EUR")],
    ),
    C("K-1553", "Alistair Dunmore", "Dunmore", "HNW", ["GB"], [("ACC-5154", "GBP")]),
    C(
        "K-1554",
        "Beatrice Holt",
        "Holt (Beatrice)",
        "corporate executive",
        ["GB"],
        [("ACC-5155", "GBP")],
    ),
    C("K-1555", "Julian Seward", "Seward", "HNW", ["GB"], [("ACC-5156", "GBP")]),
    C(
        "K-1556",
        "Rosalind Achebe",
        "Achebe",
        "UHNW",
        ["GB"],
        [("ACC-5157", "GBP"), ("ACC-5158", "USD")],
    ),
    C("K-1557", "Crispin Holt", "Holt (Crispin)", "HNW", [], [("ACC-5159", "GBP")]),
    # United States
    C("K-1561", "Carter Wozniak", "Wozniak", "UHNW", ["US"], [("ACC-5161", "USD")]),
    C("K-1562", "Dana Wozniak", "Wozniak", "HNW", ["US"], [("ACC-5162", "USD")]),
    C(
        "K-1563",
        "Luis Ferreira",
        "Ferreira",
        "UHNW",
        ["US"],
        [("ACC-5163", "USD"), ("ACC-5164", "CAD")],
    ),
    C("K-1564", "Tamsin Gallagher", "Gallagher", "HNW", ["US"], [("ACC-5165", "USD")]),
    C(
        "K-1565",
        "Marcus Albright",
        "Albright (Marcus)",
        "corporate executive",
        ["US"],
        [("ACC-5166", "USD")],
    ),
    C("K-1566", "Grace Oyelaran", "Oyelaran", "HNW", ["US"], [("ACC-5167", "USD")]),
    C("K-1567", "Wade Albright", "Albright (Wade)", "HNW", [], [("ACC-5168", "USD")]),
    # Australia
    C("K-1571", "Mitchell Carrodus", "Carrodus", "UHNW", ["AU"], [("ACC-5171", "AUD")]),
    C(
        "K-1572",
        "Sienna Carrodus",
        "Carrodus",
        "UHNW",
        ["AU"],
        [("ACC-5172", "AUD"), ("ACC-5173", "NZD")],
    ),
    C("K-1573", "Declan Haraway", "Haraway", "HNW", ["AU"], [("ACC-5174", "AUD")]),
    C(
        "K-1574",
        "Priscilla Tan",
        "Tan",
        "corporate executive",
        ["AU", "MS"],
        [("ACC-5175", "AUD"), ("ACC-5176", "SGD")],
    ),
    C("K-1575", "Hamish Ellery", "Ellery (Hamish)", "HNW", ["AU"], [("ACC-5177", "AUD")]),
    C("K-1576", "Brodie Ellery", "Ellery (Brodie)", "HNW", [], [("ACC-5178", "AUD")]),
]
initiatives = [
    {"tag": "yearend-gala", "name": "Year-end client gala"},
    {"tag": "opera-box", "name": "Opera box evening"},
    {"tag": "ski-chalet", "name": "Alpine ski chalet weekend"},
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
            "id": f"h15-{len(lines) + 1:03d}",
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

# ================= en: London rep (local Tue 30 Nov 16:30) =================
L(
    "en",
    "GB",
    "Charlotte Pennington coffee at Cadogan this am, month-end top-up, deposited £750k into ACC-5151",
    REC,
    "K-1551",
    "in_person",
    T("GB"),
    None,
    [dep("750000", "GBP", "ACC-5151")],
    ne=["this am"],
    why="coffee = in person; part of day gives no time; account named",
)
L(
    "en",
    "GB",
    "Hugo Pennington call 10.45, pledged €2m and wired £300k in, f/u 3/12",
    REC,
    "K-1552",
    "phone",
    T("GB"),
    "10:45",
    [plg("2000000", "EUR"), dep("300000", "GBP")],
    D(12, 3),
    ne=["10.45", "3/12"],
    why="two outcomes, two currencies; d/m follow-up",
)
L(
    "en",
    "GB",
    "Hugo Pennington lunch yesterday, committed 1.5m before the year end",
    AU,
    "K-1552",
    why="GBP and EUR accounts, no currency or account",
)
L(
    "en",
    "GB",
    "Penningtons - drinks at the club Fri, SIPP and JISA chat",
    AC,
    why="household plural of a two-client household",
)
L(
    "en",
    "GB",
    "Alistair Dunmore phoned last Tuesday 14:00, withdrew £120k for the school fees, nothing new in",
    REC,
    "K-1553",
    "phone",
    AGO("GB", 7),
    "14:00",
    [],
    nc=["school fees"],
    ne=["last Tuesday", "14:00"],
    why="last <today's weekday> = seven days ago; withdrawal no claim",
)
L(
    "en",
    "GB",
    "Alistair Dunmore video last Monday re ISA allowance",
    AU,
    "K-1553",
    why="last <yesterday's weekday>: yesterday or 8 days ago",
)
L(
    "en",
    "GB",
    "Beatrice Holt Teams call yesterday half three, won the mandate on the MBO, fee £240k",
    REC,
    "K-1554",
    "video",
    Y("GB"),
    "15:30",
    [man("240000", "GBP")],
    nc=["MBO"],
    ne=["yesterday", "half three"],
    why="half three = 15:30; mandate with fee",
)
L(
    "en",
    "GB",
    "Crispin Holt lunch Thurs, wants a SIPP transfer, circa £3m AUM",
    NC,
    "K-1557",
    why="in the firm, covered by nobody",
)
L(
    "en",
    "GB",
    "Holt email today re Q4 dividend",
    AC,
    why="surname shared by Beatrice and Crispin Holt",
)
L(
    "en",
    "GB",
    "Julian Seward letter sent today confirming the 2-yr fixed term deposit of £400k",
    REC,
    "K-1555",
    "mail",
    T("GB"),
    None,
    [],
    nc=["fixed term deposit"],
    ne=["today"],
    why="term deposit never a claim",
)
L(
    "en",
    "GB",
    "Julian Seward call at 4 re his FY2028 drawdown plan",
    AU,
    "K-1555",
    why="bare 4 today: 04:00 and 16:00 both past",
)
L(
    "en",
    "GB",
    "Rosalind Achebe meeting Sun, she paid £85k out to her builder and moved $200k between her own accts",
    REC,
    "K-1556",
    "in_person",
    P("GB", "sun"),
    None,
    [],
    nc=["builder"],
    ne=["Sun"],
    why="payment out and own-account move are no claims",
)
L(
    "en",
    "GB",
    "Rosalind Achebe zoom this afternoon 2.15pm, $1.2m wired into ACC-5158 + pledged a further £500k, chase Fri",
    REC,
    "K-1556",
    "video",
    T("GB"),
    "14:15",
    [dep("1200000", "USD", "ACC-5158"), plg("500000", "GBP")],
    N("GB", "fri"),
    ne=["2.15pm"],
    why="explicit time beats part of day; two currencies; chase Fri ahead",
)
L(
    "en",
    "GB",
    "Rosalind Achebe caught up 29/11 re 5% yield on gilts, would pledge £1m if rates fall",
    ACH,
    "K-1556",
    why="caught up gives no channel",
)
L(
    "en",
    "GB",
    "Meera Iyer video this morning, deposited £650k, then pledged another £400k, then fee talk",
    REC,
    "K-1546",
    "video",
    T("GB"),
    None,
    [dep("650000", "GBP"), plg("400000", "GBP")],
    ne=["this morning"],
    why="secondary coverage; 'then' joins outcomes",
)
L(
    "en",
    "GB",
    "Charlotte Pennington spoke this morning about gifting out of income",
    ACH,
    "K-1551",
    why="'spoke' gives no channel",
)
L("en", "GB", "Charlie Pennington coffee today", AC, why="nickname, not the client's name")

# ================= en: Chicago rep (local Tue 30 Nov 10:30, m/d dates) =================
L(
    "en",
    "US",
    "Carter Wozniak mtg 11/29 3pm, funded $2.4MM into ACC-5161 for month-end, f/u 12/3",
    REC,
    "K-1561",
    "in_person",
    D(11, 29),
    "15:00",
    [dep("2400000", "USD", "ACC-5161")],
    D(12, 3),
    ne=["11/29", "3pm"],
    why="US m/d for both dates",
)
L(
    "en",
    "US",
    "Dana Wozniak call at 9 today, 403(b) rollover + 529 for the twins, no $ yet",
    REC,
    "K-1562",
    "phone",
    T("US"),
    "09:00",
    [],
    nc=["403(b)"],
    ne=["at 9"],
    why="bare 9: pm reading in the future -> 09:00; plan names not amounts",
)
L("en", "US", "Wozniaks dinner Sat, holiday gifting", AC, why="household plural")
L(
    "en",
    "US",
    "Luis Ferreira zoom yest, pledged 750k",
    AU,
    "K-1563",
    why="USD and CAD accounts, no currency",
)
L(
    "en",
    "US",
    "Luis Ferreira teams Mon 4:15pm, wired C$900k into ACC-5164 and pledged USD 1.5mm, chase Thurs",
    REC,
    "K-1563",
    "video",
    P("US", "mon"),
    "16:15",
    [dep("900000", "CAD", "ACC-5164"), plg("1500000", "USD")],
    N("US", "thu"),
    ne=["Mon", "4:15pm"],
    why="two currencies in one line; chase Thurs ahead",
)
L(
    "en",
    "US",
    "Tamsin Gallagher phone last Tue, bounced wire of $300k, client to resend",
    REC,
    "K-1564",
    "phone",
    AGO("US", 7),
    None,
    [],
    nc=["bounced"],
    ne=["last Tue"],
    why="last <today's weekday>; bounced wire not a claim",
)
L(
    "en",
    "US",
    "Tamsin Gallagher lunch yesterday, deposited 275k and committed another 500k by year-end",
    REC,
    "K-1564",
    "in_person",
    Y("US"),
    None,
    [dep("275000", "USD"), plg("500000", "USD")],
    nc=["year-end"],
    ne=["yesterday"],
    why="single USD account; and joins two outcomes",
)
L(
    "en",
    "US",
    "Marcus Albright email 11/26, won the mandate for the secondary, fee $410k",
    REC,
    "K-1565",
    "email",
    D(11, 26),
    None,
    [man("410000", "USD")],
    nc=["secondary"],
    ne=["11/26"],
    why="m/d; mandate fee",
)
L(
    "en",
    "US",
    "Wade Albright coffee Friday, prospect w/ $20m AUM",
    NC,
    "K-1567",
    why="covered by nobody",
)
L("en", "US", "Albright call today re 10b5-1 plan", AC, why="surname shared by Marcus and Wade")
L(
    "en",
    "US",
    "Grace Oyelaran video this morning 8:45, hoping she'll fund the IRA w/ 250k before year end",
    REC,
    "K-1566",
    "video",
    T("US"),
    "08:45",
    [],
    nc=["IRA"],
    ne=["8:45"],
    why="hoped-for deposit is no claim",
)
L(
    "en",
    "US",
    "Grace Oyelaran mtg 13/11 re the SEP-IRA",
    AU,
    "K-1566",
    why="en-US m/d: month 13 does not exist",
)
L(
    "en",
    "US",
    "Carter Wozniak phone 11/31 re the trust",
    AU,
    "K-1561",
    why="November 31 does not exist",
)
L(
    "en",
    "US",
    "Dana Wozniak FedEx'd signed docs yesterday, cancelled the $500k pledge, moving to Q1",
    REC,
    "K-1562",
    "mail",
    Y("US"),
    None,
    [],
    nc=["Q1"],
    ne=["yesterday"],
    why="cancelled pledge no claim; FedEx = mail",
)
L(
    "en",
    "US",
    "Marcus Albright phone Sun 7:30pm, deposited $1.1m, plus pledged $600k, plus mandate fee $95k",
    REC,
    "K-1565",
    "phone",
    P("US", "sun"),
    "19:30",
    [dep("1100000", "USD"), plg("600000", "USD"), man("95000", "USD")],
    ne=["Sun", "7:30pm"],
    why="three outcomes joined with 'plus'",
)

# ================= en: Sydney rep (local Wed 1 Dec 03:30 - already the next day) =================
L(
    "en",
    "AU",
    "Mitchell Carrodus coffee yesterday arvo, deposited A$1.8m into ACC-5171 for EOM",
    REC,
    "K-1571",
    "in_person",
    Y("AU"),
    None,
    [dep("1800000", "AUD", "ACC-5171")],
    ne=["yesterday"],
    why="Sydney is on 1 Dec: yesterday = 30 Nov; arvo = part of day",
)
L(
    "en",
    "AU",
    "Mitchell Carrodus call Tues 2pm re super contributions, 11% SG",
    REC,
    "K-1571",
    "phone",
    P("AU", "tue"),
    "14:00",
    [],
    nc=["super"],
    ne=["Tues", "2pm"],
    why="bare Tues on a Wednesday = yesterday; percentage",
)
L(
    "en",
    "AU",
    "Sienna Carrodus zoom 30/11 at 6pm, NZ$400k into ACC-5173 and pledged A$1m, f/u Fri",
    REC,
    "K-1572",
    "video",
    D(11, 30),
    "18:00",
    [dep("400000", "NZD", "ACC-5173"), plg("1000000", "AUD")],
    N("AU", "fri"),
    ne=["30/11", "6pm"],
    why="two currencies",
)
L(
    "en",
    "AU",
    "Sienna Carrodus lunch Monday, committed 2m",
    AU,
    "K-1572",
    why="AUD and NZD accounts",
)
L(
    "en",
    "AU",
    "Declan Haraway rang yesterday re SMSF, transferred A$500k",
    AU,
    "K-1573",
    why="transfer with no direction",
)
L(
    "en",
    "AU",
    "Declan Haraway met today 1am at the casino bar, pledged A$700k",
    REC,
    "K-1573",
    "in_person",
    T("AU"),
    "01:00",
    [plg("700000", "AUD")],
    nc=["casino"],
    why="today is 1 Dec in Sydney; 1am is before local 03:30; $ on a single AUD account is the account's dollar",
)
L(
    "en",
    "AU",
    "Priscilla Tan teams call yesterday 4.30pm, S$2m in to ACC-5176, mandate fee A$150k",
    REC,
    "K-1574",
    "video",
    Y("AU"),
    "16:30",
    [dep("2000000", "SGD", "ACC-5176"), man("150000", "AUD")],
    ne=["yesterday", "4.30pm"],
    why="two outcomes, two currencies",
)
L(
    "en",
    "AU",
    "Hamish Ellery email last Wed re FY2028 budget",
    REC,
    "K-1575",
    "email",
    AGO("AU", 7),
    None,
    [],
    nc=["FY2028"],
    ne=["last Wed"],
    why="Sydney's today is Wednesday: last Wed = 7 days ago",
)
L(
    "en",
    "AU",
    "Brodie Ellery bbq Sunday, keen to move $5m over",
    NC,
    "K-1576",
    why="covered by nobody",
)
L(
    "en",
    "AU",
    "Hamish Ellery chatted late last night, 12mth term deposit A$600k rolled",
    ACH,
    "K-1575",
    why="chatted gives no channel",
)
L(
    "en",
    "AU",
    "Declan Haraway spoke last night about the franking credits",
    ACH,
    "K-1573",
    why="no channel word",
)
L(
    "en",
    "AU",
    "Mitchell Carrodus video 10pm last night, reversed the A$250k deposit, wrong account",
    REC,
    "K-1571",
    "video",
    Y("AU"),
    "22:00",
    [],
    nc=["wrong account"],
    ne=["10pm"],
    why="reversed deposit no claim; last night = 30 Nov in Sydney",
)

# ================= fr: Paris rep (local Tue 30 Nov 17:30) =================
L(
    "fr",
    "FR",
    "rdv Étienne Marchal ce matin à l'agence, versement de 1,5 M€ sur ACC-5101 pour la clôture du mois",
    REC,
    "K-1501",
    "in_person",
    T("FR"),
    None,
    [dep("1500000", "EUR", "ACC-5101")],
    nc=["clôture"],
    ne=["ce matin"],
    why="décimale à virgule, M€",
)
L(
    "fr",
    "FR",
    "Etienne Marchal tél hier à 9h, a promis 800 000 € et versé 250 k€, relance le 3",
    REC,
    "K-1501",
    "phone",
    Y("FR"),
    "09:00",
    [plg("800000", "EUR"), dep("250000", "EUR")],
    D(12, 3),
    ne=["hier", "9h", "le 3"],
    why="missing accent allowed; à 9h read as typed; relance le 3 = 3 déc",
)
L(
    "fr",
    "FR",
    "Solène Marchal visio lundi 11h, engagement de 2 M",
    AU,
    "K-1502",
    why="comptes EUR et CHF, pas de devise",
)
L(
    "fr",
    "FR",
    "Solène Marchal déj vendredi, apport de 3 MCHF sur ACC-5103 et promis 1 M€ en plus",
    REC,
    "K-1502",
    "in_person",
    P("FR", "fri"),
    None,
    [dep("3000000", "CHF", "ACC-5103"), plg("1000000", "EUR")],
    ne=["vendredi"],
    why="deux devises dans une ligne",
)
L("fr", "FR", "les Marchal dîner samedi, succession", AC, why="pluriel du foyer")
L(
    "fr",
    "FR",
    "Bertrand Lacoste appel mardi dernier 15h30, rachat partiel de 200 000 € sur l'assurance-vie, pas d'apport",
    REC,
    "K-1503",
    "phone",
    AGO("FR", 7),
    "15:30",
    [],
    nc=["rachat partiel"],
    ne=["mardi dernier", "15h30"],
    why="mardi dernier le mardi = il y a 7 jours; retrait pas une créance",
)
L(
    "fr",
    "FR",
    "Bertrand Lacoste visio lundi dernier, point PER",
    AU,
    "K-1503",
    why="lundi dernier dit le mardi: hier ou il y a 8 jours",
)
L(
    "fr",
    "FR",
    "Hélène Garnier mail le 26, mandat remporté pour la cession, honoraires 180 k€",
    REC,
    "K-1504",
    "email",
    D(11, 26),
    None,
    [man("180000", "EUR")],
    nc=["cession"],
    ne=["le 26"],
    why="le 26 = 26 nov (passé)",
)
L("fr", "FR", "Garnier rdv ce matin, PEA-PME", AC, why="nom partagé par Hélène et Olivier Garnier")
L(
    "fr",
    "FR",
    "Olivier Garnier café jeudi, prospect, 6 M€ de patrimoine",
    NC,
    "K-1507",
    why="couvert par personne",
)
L(
    "fr",
    "FR",
    "Hélène Garnier tél à 4h, vente de la holding",
    AU,
    "K-1504",
    why="à 4h: 04:00 et 16:00 déjà passés",
)
L(
    "fr",
    "FR",
    "Thibault Renaud courrier reçu hier, ordre de virement de 400 000 € vers son notaire",
    REC,
    "K-1505",
    "mail",
    Y("FR"),
    None,
    [],
    nc=["notaire"],
    ne=["hier"],
    why="paiement sortant vers un tiers",
)
L(
    "fr",
    "FR",
    "Thibault Renaud rdv hier soir à 7h, il a versé 600 k€ et s'est engagé sur 400 k€ de plus #yearend-gala",
    REC,
    "K-1505",
    "in_person",
    Y("FR"),
    "19:00",
    [dep("600000", "EUR"), plg("400000", "EUR")],
    init="yearend-gala",
    ne=["hier soir", "7h"],
    why="soir fait de 7h 19:00",
)
L(
    "fr",
    "FR",
    "Thibault Renaud a viré 1 M€ ce matin, appel rapide",
    AU,
    "K-1505",
    why="virement sans direction",
)
L(
    "fr",
    "FR",
    "Margaux Vidal visio ce jour 14h, versement de 500 000 USD sur ACC-5108 puis engagement 2 M€, relance jeudi",
    REC,
    "K-1506",
    "video",
    T("FR"),
    "14:00",
    [dep("500000", "USD", "ACC-5108"), plg("2000000", "EUR")],
    N("FR", "thu"),
    ne=["14h"],
    why="'puis' relie deux résultats; relance jeudi = 2 déc",
)
L(
    "fr",
    "FR",
    "Margaux Vidal on a parlé dimanche, dépôt à terme 6 mois de 300 k€",
    ACH,
    "K-1506",
    why="on a parlé gives no channel",
)
L(
    "fr",
    "FR",
    "Margaux Vidal déjeuner avant-hier, elle verserait 1 M€ si la vente se fait",
    REC,
    "K-1506",
    "in_person",
    DBY("FR"),
    None,
    [],
    nc=["si la vente"],
    ne=["avant-hier"],
    why="conditionnel pas une créance",
)
L(
    "fr",
    "FR",
    "Étienne Marchal a discuté avec moi hier de son PEA",
    ACH,
    "K-1501",
    why="pas de canal",
)
L(
    "fr",
    "FR",
    "Bertrand Lacoste email 29/11 16h10, honoraires de gestion 0,8 %, mandat de gestion signé",
    REC,
    "K-1503",
    "email",
    D(11, 29),
    "16:10",
    [],
    nc=["mandat de gestion"],
    ne=["29/11", "16h10"],
    why="mandat de gestion discrétionnaire et frais en %",
)
L(
    "fr",
    "FR",
    "Hélène Garnier rdv au bureau le 24 à 10h30, versement 2,2 M€ sur ACC-5105",
    REC,
    "K-1504",
    "in_person",
    D(11, 24),
    "10:30",
    [dep("2200000", "EUR", "ACC-5105")],
    ne=["le 24", "10h30"],
    why="le 24 = 24 nov",
)
L(
    "fr",
    "FR",
    "Solène Marchal appel ce week-end, donation aux enfants",
    AU,
    "K-1502",
    why="week-end = deux jours",
)
L(
    "fr",
    "FR",
    "Thibault Renault tél ce midi, apport annulé, il garde ses 500 k€ chez l'autre banque",
    AC,
    why="Renault is two letters from Renaud (l for d, a t more) and a surname of its own: "
    "asked which client (decided with the product; first written as a record on Thibault "
    "Renaud, 'faute d'une lettre; apport annulé')",
)
L(
    "fr",
    "FR",
    "Étienne Marchal et Solène Marchal rdv vendredi",
    AC,
    why="deux clients dans une ligne",
)
L(
    "fr",
    "FR",
    "Bertrand Lacoste visio hier 17h45, il a transféré 300 k€ de son compte-titres vers son PEA chez nous",
    REC,
    "K-1503",
    "video",
    Y("FR"),
    "17:45",
    [],
    nc=["PEA"],
    ne=["hier", "17h45"],
    why="mouvement entre ses propres comptes",
)
L(
    "fr",
    "FR",
    "Hélène Garnier courrier envoyé aujourd'hui, relevé IFU 2026 et attestation fiscale",
    REC,
    "K-1504",
    "mail",
    T("FR"),
    None,
    [],
    nc=["IFU"],
    ne=["aujourd'hui"],
    why="2026 pas un montant",
)
L(
    "fr",
    "FR",
    "Margaux Vidal appel ce matin, 750 k versés",
    AU,
    "K-1506",
    why="comptes EUR et USD, pas de devise",
)
L(
    "fr",
    "FR",
    "Thibault Renaud rdv jeudi 26/11 à 11h, il a versé 1.200.000 € sur ACC-5106",
    AU,
    "K-1505",
    why="26/11/2027 is a Friday, not a jeudi: the weekday and the date disagree, so the day is asked (decided with the product; first written as a record on 26/11, 'points de milliers')",
)
L(
    "fr",
    "FR",
    "Etienne Marchal visio à 13h, 35% de son patrimoine en immobilier, AUM chez nous 12 M€",
    REC,
    "K-1501",
    "video",
    T("FR"),
    "13:00",
    [],
    nc=["immobilier"],
    ne=["13h"],
    why="pourcentage et AUM ne sont pas des créances",
)
L(
    "fr",
    "FR",
    "Bertrand Lacoste déj jeudi dernier, il n'a pas versé les 400 k€ promis, relance lundi",
    REC,
    "K-1503",
    "in_person",
    P("FR", "thu"),
    None,
    [],
    N("FR", "mon"),
    ne=["jeudi dernier"],
    why="négation; relance lundi = 6 déc",
)
L(
    "fr",
    "FR",
    "Hélène Garnier tél vers 9h ce matin, mandat perdu, pas d'honoraires",
    REC,
    "K-1504",
    "phone",
    T("FR"),
    "09:00",
    [],
    nc=["mandat perdu"],
    ne=["9h"],
    why="mandat perdu",
)
L(
    "fr",
    "FR",
    "Solène Marchal rdv hier 10h, versement de 250 kCHF sur ACC-5103 et de 400 k€ sur ACC-5102",
    REC,
    "K-1502",
    "in_person",
    Y("FR"),
    "10:00",
    [dep("250000", "CHF", "ACC-5103"), dep("400000", "EUR", "ACC-5102")],
    ne=["hier", "10h"],
    why="deux dépôts, deux devises, chacun son compte",
)
L(
    "fr",
    "FR",
    "Margot Vidal rdv hier, préparation clôture annuelle",
    AC,
    why="Margot is a different name from Margaux (two letters), unknown person sharing Vidal",
)
L("fr", "FR", "Thibault Renaud visio le 31/11", AU, "K-1505", why="31 novembre n'existe pas")
L(
    "fr",
    "FR",
    "Étienne Marchal lettre recommandée reçue avant-hier, il a versé 2 mn € par chèque",
    REC,
    "K-1501",
    "mail",
    DBY("FR"),
    None,
    [dep("2000000", "EUR")],
    nc=["chèque"],
    ne=["avant-hier"],
    why="2 mn €",
)
L(
    "fr",
    "FR",
    "Bertrand Lacoste appel hier matin 8h20, engagement de 900 000 € pour le FCPR, relance le 2 décembre",
    REC,
    "K-1503",
    "phone",
    Y("FR"),
    "08:20",
    [plg("900000", "EUR")],
    D(12, 2),
    ne=["hier matin", "8h20", "2 décembre"],
    why="l'heure explicite l'emporte",
)
L(
    "fr",
    "FR",
    "Hélène Garnier visio lundi à 18h, apport de 350 à 400 k€",
    AU,
    "K-1504",
    why="a range is not an amount",
)

# ================= sv: Stockholm rep (local Tue 30 Nov 17:30) =================
L(
    "sv",
    "SV",
    "fika med Gunnar Ekström i morse, satte in 2,5 milj. kr på ACC-5111 inför månadsskiftet",
    REC,
    "K-1511",
    "in_person",
    T("SV"),
    None,
    [dep("2500000", "SEK", "ACC-5111")],
    nc=["månadsskiftet"],
    ne=["i morse"],
    why="fika = in person; milj. kr",
)
L(
    "sv",
    "SV",
    "Gunnar Ekström ringde igår kl 14.20, lovade 3 MSEK och insättning 800 tkr, följ upp den 3:e",
    REC,
    "K-1511",
    "phone",
    Y("SV"),
    "14:20",
    [plg("3000000", "SEK"), dep("800000", "SEK")],
    D(12, 3),
    ne=["igår", "14.20", "den 3:e"],
    why="two outcomes; den 3:e = 3 Dec",
)
L(
    "sv",
    "SV",
    "Karin Ekström lunch i fredags, lovade 1,5 milj",
    AU,
    "K-1512",
    why="SEK and EUR accounts, no currency",
)
L(
    "sv",
    "SV",
    "Karin Ekström teams i måndags 10:00, insättning 400 000 EUR till ACC-5113 och lovade 2 mkr till",
    REC,
    "K-1512",
    "video",
    P("SV", "mon"),
    "10:00",
    [dep("400000", "EUR", "ACC-5113"), plg("2000000", "SEK")],
    ne=["i måndags", "10:00"],
    why="i måndags said on Tuesday = yesterday; two currencies",
)
L("sv", "SV", "Ekströms middag i lördags, generationsskifte", AC, why="household plural")
L(
    "sv",
    "SV",
    "Viktor Nyberg möte förra tisdagen 13:15, uttag 350 tkr till båten, inga nya pengar",
    REC,
    "K-1513",
    "in_person",
    AGO("SV", 7),
    "13:15",
    [],
    nc=["båten"],
    ne=["förra tisdagen", "13:15"],
    why="förra tisdagen on a Tuesday = 7 days ago; withdrawal",
)
L(
    "sv",
    "SV",
    "Viktor Nyberg mejl förra måndagen om ISK",
    AU,
    "K-1513",
    why="förra måndagen said on Tuesday: yesterday or 8 days ago",
)
L(
    "sv",
    "SV",
    "Nyberg ringde idag om kapitalförsäkring",
    AC,
    why="surname shared by Viktor and Pär Nyberg",
)
L(
    "sv",
    "SV",
    "Pär Nyberg fika i torsdags, prospekt, 40 mkr i förmögenhet",
    NC,
    "K-1517",
    why="covered by nobody",
)
L(
    "sv",
    "SV",
    "Ingrid Sandell telefon i söndags kväll kl 8, mandatet vunnet för noteringen, arvode 1,2 MSEK",
    REC,
    "K-1514",
    "phone",
    P("SV", "sun"),
    "20:00",
    [man("1200000", "SEK")],
    nc=["noteringen"],
    ne=["i söndags", "kl 8"],
    why="kväll makes kl 8 20:00; mandate with fee",
)
L(
    "sv",
    "SV",
    "Ingrid Sandell ringde kl 3 om Q4-rapporten",
    AU,
    "K-1514",
    why="kl 3 today: 03:00 and 15:00 both past",
)
L(
    "sv",
    "SV",
    "Ingrid Sandell brev skickat idag med K4-blanketten och årsbesked 2026",
    REC,
    "K-1514",
    "mail",
    T("SV"),
    None,
    [],
    nc=["K4"],
    ne=["idag"],
    why="brev = mail; K4 and 2026 not amounts",
)
L(
    "sv",
    "SV",
    "Axel Holmqvist möte igår, satte in 5 mkr",
    REC,
    "K-1515",
    "in_person",
    Y("SV"),
    None,
    [dep("5000000", "SEK")],
    ne=["igår"],
    why="mkr names SEK on a SEK+NOK client",
)
L(
    "sv",
    "SV",
    "Axel Holmqvist teams kl 9, överförde 2 milj NOK",
    AU,
    "K-1515",
    why="överförde: no direction",
)
L(
    "sv",
    "SV",
    "Axel Holmqvist lunch 26/11 kl 12, NOK 1,5 milj till ACC-5117, sedan lovade han 3 MSEK, följ upp fredag",
    REC,
    "K-1515",
    "in_person",
    D(11, 26),
    "12:00",
    [dep("1500000", "NOK", "ACC-5117"), plg("3000000", "SEK")],
    N("SV", "fri"),
    ne=["26/11", "kl 12"],
    why="money into an account is a deposit; two currencies; följ upp fredag = 3 Dec",
)
L(
    "sv",
    "SV",
    "Frida Wennberg ringde i förmiddags, bunden placering 12 mån 600 tkr",
    REC,
    "K-1516",
    "phone",
    T("SV"),
    None,
    [],
    nc=["bunden placering"],
    ne=["i förmiddags"],
    why="fixed-term placement never a claim",
)
L(
    "sv",
    "SV",
    "Frida Wennberg pratade igår om pensionen",
    ACH,
    "K-1516",
    why="pratade gives no channel",
)
L(
    "sv",
    "SV",
    "Frida Wennberg fika idag 15:40, hon vill kanske sätta in 1 mkr om huset säljs",
    REC,
    "K-1516",
    "in_person",
    T("SV"),
    "15:40",
    [],
    nc=["huset"],
    ne=["15:40"],
    why="conditional om; hoped",
)
L(
    "sv",
    "SV",
    "Gunnar Ekström mejl igår kväll, flyttade 700 tkr mellan sina egna konton",
    REC,
    "K-1511",
    "email",
    Y("SV"),
    None,
    [],
    nc=["egna konton"],
    ne=["igår kväll"],
    why="own-account move",
)
L(
    "sv",
    "SV",
    "Viktor Nyberg lunch i onsdags, lovade inte något, avvaktar bokslutet",
    REC,
    "K-1513",
    "in_person",
    P("SV", "wed"),
    None,
    [],
    nc=["bokslutet"],
    ne=["i onsdags"],
    why="negated pledge",
)
L(
    "sv",
    "SV",
    "Karin Ekström ringde i helgen om gåvobrev",
    AU,
    "K-1512",
    why="i helgen = weekend, two days",
)
L(
    "sv",
    "SV",
    "Ingrid Sandell videomöte igår 16:05, satte in 1 200 000 kr och lovade 500 tkr",
    REC,
    "K-1514",
    "video",
    Y("SV"),
    "16:05",
    [dep("1200000", "SEK"), plg("500000", "SEK")],
    ne=["igår", "16:05"],
    why="space thousands; single SEK account",
)
L(
    "sv",
    "SV",
    "Gunnar Ekstrom zoom i dag kl 11, 4 % avkastning på ISK, följ upp torsdag",
    REC,
    "K-1511",
    "video",
    T("SV"),
    "11:00",
    [],
    N("SV", "thu"),
    nc=["ISK"],
    ne=["kl 11"],
    why="missing diacritic; percentage; följ upp torsdag = 2 Dec",
)
L(
    "sv",
    "SV",
    "Frida Wennberg brev igår, återkallad insättning på 300 tkr, fel konto",
    REC,
    "K-1516",
    "mail",
    Y("SV"),
    None,
    [],
    nc=["fel konto"],
    ne=["igår"],
    why="reversed deposit",
)
L(
    "sv",
    "SV",
    "Axel Holmqvist ringde i går 18:30 om arvet, satte in 2 milj",
    AU,
    "K-1515",
    why="SEK and NOK accounts, milj names no currency",
)
L("sv", "SV", "Viktor Nyberg telefon 31/11 om fonden", AU, "K-1513", why="31 Nov does not exist")
L("sv", "SV", "Karin och Gunnar Ekström möte idag", AC, why="two clients in one line")
L(
    "sv",
    "SV",
    "Ingrid Sandell lunch i tisdags, satte in 900 tkr",
    REC,
    "K-1514",
    "in_person",
    AGO("SV", 7),
    None,
    [dep("900000", "SEK")],
    ne=["i tisdags"],
    why="i tisdags said on a Tuesday = a week ago",
)
L(
    "sv",
    "SV",
    "Frida Wenberg mejl idag kl 07.50, lovade 250 000 kr till ACC-5118",
    REC,
    "K-1516",
    "email",
    T("SV"),
    "07:50",
    [plg("250000", "SEK", "ACC-5118")],
    ne=["07.50"],
    why="missing letter; pledge with account",
)
L(
    "sv",
    "SV",
    "Axel Holmqvist fika i söndags, satte in pengar på ACC-5117",
    REC,
    "K-1515",
    "in_person",
    P("SV", "sun"),
    None,
    [],
    nc=["pengar"],
    ne=["i söndags"],
    why="deposit without a figure is no claim",
)
L(
    "sv",
    "SV",
    "Gunnar Ekström möte i eftermiddags kl 4, insättning 1 mkr",
    REC,
    "K-1511",
    "in_person",
    T("SV"),
    "16:00",
    [dep("1000000", "SEK")],
    ne=["kl 4"],
    why="i eftermiddags makes kl 4 16:00",
)
L(
    "sv",
    "SV",
    "Ingrid Sandell ringde om arvodet 0,5 % på förvaltningsmandatet",
    REC,
    "K-1514",
    "phone",
    T("SV"),
    None,
    [],
    nc=["förvaltningsmandatet"],
    why="management mandate and % fee are no claim; no day word = today",
)
L(
    "sv",
    "SV",
    "Viktor Nyberg teams igår kl 10, lovade 2 mkr, sedan satte han in 500 tkr och vann vi mandatet, arvode 150 tkr",
    REC,
    "K-1513",
    "video",
    Y("SV"),
    "10:00",
    [plg("2000000", "SEK"), dep("500000", "SEK"), man("150000", "SEK")],
    ne=["igår", "kl 10"],
    why="three outcomes joined with sedan/och",
)
L(
    "sv",
    "SV",
    "Karin Ekström mejl i morse, 750 tkr till ACC-5112",
    REC,
    "K-1512",
    "email",
    T("SV"),
    None,
    [dep("750000", "SEK", "ACC-5112")],
    ne=["i morse"],
    why="money to an account = deposit",
)
L("sv", "SV", "Ekis ringde igår om ISK", AC, why="nickname, not a client name")
L(
    "sv",
    "SV",
    "Frida Wennberg fika den 24:e kl 14, satte in 350 tkr",
    REC,
    "K-1516",
    "in_person",
    D(11, 24),
    "14:00",
    [dep("350000", "SEK")],
    ne=["den 24:e", "kl 14"],
    why="den 24:e = 24 Nov",
)

# ================= ro: Bucharest rep (local Tue 30 Nov 18:30) =================
L(
    "ro",
    "RO",
    "întâlnire cu Radu Ionescu azi dimineață, a depus 1,5 mil. lei în ACC-5121 pt închiderea de lună",
    REC,
    "K-1521",
    "in_person",
    T("RO"),
    None,
    [dep("1500000", "RON", "ACC-5121")],
    nc=["închiderea"],
    ne=["azi dimineață"],
    why="mil. lei; account named",
)
L(
    "ro",
    "RO",
    "Radu Ionescu telefon ieri la 11:40, s-a angajat pentru 2 milioane RON și a depus 300.000 lei, revin pe 3",
    REC,
    "K-1521",
    "phone",
    Y("RO"),
    "11:40",
    [plg("2000000", "RON"), dep("300000", "RON")],
    D(12, 3),
    ne=["ieri", "11:40", "pe 3"],
    why="two outcomes joined with și; revin pe 3 = 3 Dec",
)
L(
    "ro",
    "RO",
    "Simona Ionescu cafea vineri, s-a angajat cu 800 mii",
    AU,
    "K-1522",
    why="RON and EUR accounts, no currency",
)
L(
    "ro",
    "RO",
    "Simona Ionescu zoom luni la 16:00, a depus 250.000 EUR în ACC-5123 și 400 mii lei în ACC-5122",
    REC,
    "K-1522",
    "video",
    P("RO", "mon"),
    "16:00",
    [dep("250000", "EUR", "ACC-5123"), dep("400000", "RON", "ACC-5122")],
    ne=["luni", "16:00"],
    why="two deposits, two currencies, each with its account",
)
L("ro", "RO", "familia Ionescu prânz sâmbătă, moștenire", AC, why="household")
L(
    "ro",
    "RO",
    "Cătălin Dobrescu întâlnire marțea trecută la 13:30, a retras 100 mii EUR pentru casă",
    REC,
    "K-1523",
    "in_person",
    AGO("RO", 7),
    "13:30",
    [],
    nc=["casă"],
    ne=["marțea trecută", "13:30"],
    why="marțea trecută said on Tuesday = 7 days ago; withdrawal",
)
L(
    "ro",
    "RO",
    "Cătălin Dobrescu e-mail lunea trecută despre Pilonul III",
    AU,
    "K-1523",
    why="lunea trecută said on Tuesday: yesterday or 8 days ago",
)
L(
    "ro",
    "RO",
    "Dobrescu a sunat azi despre dividende",
    AC,
    why="surname shared by Cătălin and Ovidiu Dobrescu",
)
L(
    "ro",
    "RO",
    "Ovidiu Dobrescu cafea joi, prospect, avere de 5 mil. EUR",
    NC,
    "K-1527",
    why="covered by nobody",
)
L(
    "ro",
    "RO",
    "Mihaela Popovici teams ieri seara la 8, am câștigat mandatul pentru listare, onorariu 600.000 lei",
    REC,
    "K-1524",
    "video",
    Y("RO"),
    "20:00",
    [man("600000", "RON")],
    nc=["listare"],
    ne=["ieri seara", "la 8"],
    why="seara makes la 8 20:00; mandate with fee",
)
L(
    "ro",
    "RO",
    "Mihaela Popovici telefon la 3 despre Q4",
    AU,
    "K-1524",
    why="la 3 today: 03:00 and 15:00 both past",
)
L(
    "ro",
    "RO",
    "Mihaela Popovici scrisoare trimisă azi cu extrasul anual 2026",
    REC,
    "K-1524",
    "mail",
    T("RO"),
    None,
    [],
    nc=["extrasul"],
    ne=["azi"],
    why="scrisoare = mail",
)
L(
    "ro",
    "RO",
    "Tudor Vasilescu întâlnire alaltăieri, depozit la termen 12 luni de 500.000 lei",
    REC,
    "K-1525",
    "in_person",
    DBY("RO"),
    None,
    [],
    nc=["depozit la termen"],
    ne=["alaltăieri"],
    why="term deposit never a claim",
)
L(
    "ro",
    "RO",
    "Tudor Vasilescu a transferat 1 mil. lei azi, telefon scurt",
    AU,
    "K-1525",
    why="a transferat: no direction",
)
L(
    "ro",
    "RO",
    "Tudor Vasilescu zoom pe 26 la 10:15, a depus 750 mii lei apoi a promis încă 1 mil. lei, revin joi",
    REC,
    "K-1525",
    "video",
    D(11, 26),
    "10:15",
    [dep("750000", "RON"), plg("1000000", "RON")],
    N("RO", "thu"),
    ne=["pe 26", "10:15"],
    why="apoi joins; revin joi = 2 Dec",
)
L(
    "ro",
    "RO",
    "Andreea Mocanu am vorbit ieri despre pensie",
    ACH,
    "K-1526",
    why="am vorbit gives no channel",
)
L(
    "ro",
    "RO",
    "Andreea Mocanu prânz azi la 13, ar depune 400 mii lei dacă vinde apartamentul",
    REC,
    "K-1526",
    "in_person",
    T("RO"),
    "13:00",
    [],
    nc=["apartamentul"],
    ne=["la 13"],
    why="conditional dacă",
)
L(
    "ro",
    "RO",
    "Andreea Mocanu am discutat duminică seara, a plătit 200 mii lei la dezvoltator",
    ACH,
    "K-1526",
    why="am discutat gives no channel",
)
L(
    "ro",
    "RO",
    "Radu Ionescu e-mail aseară, a mutat 500 mii lei între conturile lui",
    REC,
    "K-1521",
    "email",
    Y("RO"),
    None,
    [],
    nc=["conturile lui"],
    ne=["aseară"],
    why="own-account move",
)
L(
    "ro",
    "RO",
    "Cătălin Dobrescu cafea miercuri, NU s-a angajat încă, așteaptă bonusul",
    REC,
    "K-1523",
    "in_person",
    P("RO", "wed"),
    None,
    [],
    nc=["bonusul"],
    ne=["miercuri"],
    why="negated pledge",
)
L(
    "ro",
    "RO",
    "Simona Ionescu telefon weekendul ăsta despre donație",
    AU,
    "K-1522",
    why="weekend = two days",
)
L(
    "ro",
    "RO",
    "Mihaela Popovici zoom ieri 17:05, a depus 1.200.000 lei și s-a angajat cu 300 mii lei",
    REC,
    "K-1524",
    "video",
    Y("RO"),
    "17:05",
    [dep("1200000", "RON"), plg("300000", "RON")],
    ne=["ieri", "17:05"],
    why="dot thousands",
)
L(
    "ro",
    "RO",
    "Radu Ionesu telefon azi la 9, randament 6% la titluri de stat, revin vineri",
    REC,
    "K-1521",
    "phone",
    T("RO"),
    "09:00",
    [],
    N("RO", "fri"),
    nc=["titluri de stat"],
    ne=["la 9"],
    why="missing letter; la 9 read as typed; percentage",
)
L(
    "ro",
    "RO",
    "Tudor Vasilescu scrisoare ieri, depunerea de 300 mii lei a fost anulată",
    REC,
    "K-1525",
    "mail",
    Y("RO"),
    None,
    [],
    nc=["anulată"],
    ne=["ieri"],
    why="cancelled deposit",
)
L("ro", "RO", "Andreea Mocanu întâlnire 31.11 la bancă", AU, "K-1526", why="31 Nov does not exist")
L("ro", "RO", "Radu și Simona Ionescu întâlnire azi", AC, why="two clients in one line")
L(
    "ro",
    "RO",
    "Cătălin Dobrescu zoom marți la 12, a depus 200 mii EUR",
    REC,
    "K-1523",
    "video",
    AGO("RO", 7),
    "12:00",
    [dep("200000", "EUR")],
    ne=["marți", "la 12"],
    why="bare marți on a Tuesday = a week ago",
)
L(
    "ro",
    "RO",
    "Catalin Dobrescu e-mail azi la 08:30, s-a angajat cu 500.000 EUR în ACC-5124",
    REC,
    "K-1523",
    "email",
    T("RO"),
    "08:30",
    [plg("500000", "EUR", "ACC-5124")],
    ne=["08:30"],
    why="missing diacritics",
)
L(
    "ro",
    "RO",
    "Mihaela Popovici întâlnire ieri, mandat de administrare discreționară semnat, comision 1%",
    REC,
    "K-1524",
    "in_person",
    Y("RO"),
    None,
    [],
    nc=["discreționară"],
    ne=["ieri"],
    why="discretionary mandate and % fee: no claim",
)
L(
    "ro",
    "RO",
    "Tudor Vasilescu telefon azi după-amiază la 4, a depus 1 mil. lei",
    REC,
    "K-1525",
    "phone",
    T("RO"),
    "16:00",
    [dep("1000000", "RON")],
    ne=["la 4"],
    why="după-amiază makes la 4 16:00",
)
L(
    "ro",
    "RO",
    "Radu Ionescu cafea pe 23.11 la 10, a depus 2,5 mil. lei, apoi a promis 1 mil. lei, apoi mandat câștigat cu onorariu 150 mii lei",
    REC,
    "K-1521",
    "in_person",
    D(11, 23),
    "10:00",
    [dep("2500000", "RON"), plg("1000000", "RON"), man("150000", "RON")],
    ne=["23.11", "la 10"],
    why="three outcomes; d.m date",
)
L(
    "ro",
    "RO",
    "Simona Ionescu e-mail azi dimineață, 300 mii EUR în ACC-5123",
    REC,
    "K-1522",
    "email",
    T("RO"),
    None,
    [dep("300000", "EUR", "ACC-5123")],
    ne=["azi dimineață"],
    why="money into an account = deposit",
)
L(
    "ro",
    "RO",
    "Andreea Mocanu zoom vineri 14:10, a depus 450.000 lei, revin pe 6 decembrie",
    REC,
    "K-1526",
    "video",
    P("RO", "fri"),
    "14:10",
    [dep("450000", "RON")],
    D(12, 6),
    ne=["vineri", "14:10", "6 decembrie"],
    why="follow-up with a date",
)
L("ro", "RO", "Mihai Popovici telefon ieri", AC, why="unknown person sharing Mihaela's surname")
L(
    "ro",
    "RO",
    "Tudor Vasilescu cafea luni la 17:45, vrea să depună ceva după bonus",
    REC,
    "K-1525",
    "in_person",
    P("RO", "mon"),
    "17:45",
    [],
    nc=["bonus"],
    ne=["luni", "17:45"],
    why="intention with no figure; bare luni = yesterday",
)
L(
    "ro",
    "RO",
    "Cătălin Dobrescu telefon ieri la 7 seara, a depus 80-100 mii EUR",
    AU,
    "K-1523",
    why="a range is not an amount",
)

# ================= ms: Kuala Lumpur rep (local Wed 1 Dec 00:30 - already the next day) =================
L(
    "ms",
    "MS",
    "jumpa Lim Chee Keong semalam di pejabat, dia masukkan RM 2.5 juta ke ACC-5131 untuk tutup bulan",
    REC,
    "K-1531",
    "in_person",
    Y("MS"),
    None,
    [dep("2500000", "MYR", "ACC-5131")],
    nc=["tutup bulan"],
    ne=["semalam"],
    why="KL is already on 1 Dec: semalam = 30 Nov",
)
L(
    "ms",
    "MS",
    "Lim Chee Keong telefon semalam pukul 3 petang, janji SGD 1 juta dan deposit RM 500 ribu, susulan 3hb",
    REC,
    "K-1531",
    "phone",
    Y("MS"),
    "15:00",
    [plg("1000000", "SGD"), dep("500000", "MYR")],
    D(12, 3),
    ne=["semalam", "pukul 3 petang", "3hb"],
    why="two outcomes, two currencies; 3hb = 3 Dec",
)
L(
    "ms",
    "MS",
    "Lim Chee Keong makan tengah hari Jumaat, janji 2 juta",
    AU,
    "K-1531",
    why="MYR and SGD accounts, no currency",
)
L("ms", "MS", "keluarga Lim makan malam Ahad, hibah dan wasiat", AC, why="household")
L(
    "ms",
    "MS",
    "Lim Mei Ling emel hari ini pukul 00:15, masukkan RM 800k ke ACC-5133",
    REC,
    "K-1532",
    "email",
    T("MS"),
    "00:15",
    [dep("800000", "MYR", "ACC-5133")],
    ne=["00:15"],
    why="hari ini = 1 Dec in KL; 00:15 is before local 00:30",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling panggilan video Selasa pukul 9 malam, dia deposit RM 1.2 juta dan berjanji RM 600 ribu lagi",
    REC,
    "K-1532",
    "video",
    P("MS", "tue"),
    "21:00",
    [dep("1200000", "MYR"), plg("600000", "MYR")],
    ne=["Selasa", "pukul 9 malam"],
    why="bare Selasa on a Wednesday = yesterday (30 Nov)",
)
L(
    "ms",
    "MS",
    "Farah Nadia binti Rosli jumpa Rabu lepas pukul 11 pagi, keluarkan RM 150 ribu untuk yuran anak",
    REC,
    "K-1533",
    "in_person",
    AGO("MS", 7),
    "11:00",
    [],
    nc=["yuran anak"],
    ne=["Rabu lepas"],
    why="Rabu lepas on a Wednesday = 7 days ago; withdrawal",
)
L(
    "ms",
    "MS",
    "Farah Nadia telefon Selasa lepas tentang ASB",
    AU,
    "K-1533",
    why="Selasa lepas said on Wednesday: yesterday or 8 days ago",
)
L("ms", "MS", "Farah Nadia kelmarin minum kopi, PRS", AU, "K-1533", why="kelmarin is ambiguous")
L(
    "ms",
    "MS",
    "Azman bin Yusri panggilan Teams semalam pukul 4.30 petang, mandat IPO dimenangi, yuran RM 900 ribu",
    REC,
    "K-1534",
    "video",
    Y("MS"),
    "16:30",
    [man("900000", "MYR")],
    nc=["IPO"],
    ne=["semalam", "4.30 petang"],
    why="mandate with fee",
)
L(
    "ms",
    "MS",
    "Azman bin Yusri emel semalam, yuran pengurusan 1.2% setahun",
    REC,
    "K-1534",
    "email",
    Y("MS"),
    None,
    [],
    nc=["yuran pengurusan"],
    ne=["semalam"],
    why="percentage fee is no claim",
)
L(
    "ms",
    "MS",
    "Zulkarnain bin Idris jumpa Khamis, prospek, kekayaan RM 30 juta",
    NC,
    "K-1537",
    why="covered by nobody",
)
L(
    "ms",
    "MS",
    "Idris telefon hari Isnin",
    NC,
    "K-1537",
    why="Idris is unique in the firm (Zulkarnain bin Idris), covered by nobody",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Raman surat dihantar semalam, penyata KWSP dan borang EA 2026",
    REC,
    "K-1535",
    "mail",
    Y("MS"),
    None,
    [],
    nc=["KWSP"],
    ne=["semalam"],
    why="surat = mail; 2026 not an amount",
)
L(
    "ms",
    "MS",
    "Kavitha Raman berbual 2 hari lepas, simpanan tetap RM 400 ribu 12 bulan diperbaharui",
    ACH,
    "K-1535",
    why="berbual (chatted) gives no channel",
)
L(
    "ms",
    "MS",
    "Kavitha Raman pindahkan RM 1 juta semalam, panggilan ringkas",
    AU,
    "K-1535",
    why="pindahkan: no direction",
)
L(
    "ms",
    "MS",
    "Hafizah binti Osman bincang semalam tentang Tabung Haji",
    ACH,
    "K-1536",
    why="bincang gives no channel",
)
L(
    "ms",
    "MS",
    "Hafizah Osman minum kopi semalam pukul 10 pagi, kalau bonus masuk dia akan deposit RM 300 ribu",
    REC,
    "K-1536",
    "in_person",
    Y("MS"),
    "10:00",
    [],
    nc=["bonus"],
    ne=["semalam", "pukul 10 pagi"],
    why="conditional kalau",
)
L(
    "ms",
    "MS",
    "Hafizah binti Osman telefon Ahad, dia bayar RM 250 ribu kepada pemaju, tiada wang baru",
    REC,
    "K-1536",
    "phone",
    P("MS", "sun"),
    None,
    [],
    nc=["pemaju"],
    ne=["Ahad"],
    why="payment out",
)
L(
    "ms",
    "MS",
    "Lim Chee Keong emel semalam, pindah SGD 300k antara akaun sendiri",
    REC,
    "K-1531",
    "email",
    Y("MS"),
    None,
    [],
    nc=["akaun sendiri"],
    ne=["semalam"],
    why="own-account move",
)
L(
    "ms",
    "MS",
    "Azman Yusri makan tengah hari Isnin, dia TIDAK janji apa-apa lagi, tunggu Q1",
    REC,
    "K-1534",
    "in_person",
    P("MS", "mon"),
    None,
    [],
    nc=["Q1"],
    ne=["Isnin"],
    why="negated pledge",
)
L("ms", "MS", "Lim Mei Ling jumpa hujung minggu ni", AU, "K-1532", why="weekend = two days")
L(
    "ms",
    "MS",
    "Kavitha a/p Raman zoom 29/11 pukul 2 petang, masukkan RM 650,000 ke ACC-5136, susulan Jumaat",
    REC,
    "K-1535",
    "video",
    D(11, 29),
    "14:00",
    [dep("650000", "MYR", "ACC-5136")],
    N("MS", "fri"),
    ne=["29/11", "pukul 2 petang"],
    why="comma thousands; susulan Jumaat = 3 Dec",
)
L(
    "ms",
    "MS",
    "Hafizah binti Osman surat semalam, deposit RM 200 ribu dibatalkan",
    REC,
    "K-1536",
    "mail",
    Y("MS"),
    None,
    [],
    nc=["dibatalkan"],
    ne=["semalam"],
    why="cancelled deposit",
)
L("ms", "MS", "Azman bin Yusri jumpa 31hb November", AU, "K-1534", why="31 Nov does not exist")
L("ms", "MS", "Lim Chee Keong dan Lim Mei Ling jumpa semalam", AC, why="two clients in one line")
L(
    "ms",
    "MS",
    "Farah Nadia binti Rosli panggilan video 26hb pukul 8.45 pagi, deposit RM 1.5 juta",
    REC,
    "K-1533",
    "video",
    D(11, 26),
    "08:45",
    [dep("1500000", "MYR")],
    ne=["26hb", "8.45 pagi"],
    why="26hb = 26 Nov",
)
L(
    "ms",
    "MS",
    "Farah Nadia bt Rosli emel pukul 11 pagi tadi",
    AU,
    "K-1533",
    why="in KL it is 00:30: 11 pagi today is in the future; pagi tadi cannot be today",
)
L(
    "ms",
    "MS",
    "Azman bin Yusri telefon semalam pukul 5, janji RM 3 juta",
    AU,
    "K-1534",
    why="pukul 5 yesterday: both halves past",
)
L(
    "ms",
    "MS",
    "Priscilla Tan zoom semalam pukul 6 petang, SGD 500k masuk ke ACC-5176",
    REC,
    "K-1574",
    "video",
    Y("MS"),
    "18:00",
    [dep("500000", "SGD", "ACC-5176")],
    ne=["semalam", "pukul 6 petang"],
    why="secondary coverage; masuk ke = deposit",
)
L(
    "ms",
    "MS",
    "Priscilla Tan emel semalam, janji 400k",
    AU,
    "K-1574",
    why="AUD and SGD accounts, no currency",
)
L(
    "ms",
    "MS",
    "Kavitha Raman jumpa semalam pukul 12.30 tengah hari, deposit RM 300 ribu, kemudian janji RM 700 ribu, dan yuran mandat RM 50 ribu",
    REC,
    "K-1535",
    "in_person",
    Y("MS"),
    "12:30",
    [dep("300000", "MYR"), plg("700000", "MYR"), man("50000", "MYR")],
    ne=["semalam", "12.30"],
    why="three outcomes with kemudian/dan",
)
L(
    "ms",
    "MS",
    "Encik Azman bin Yusri telefon Jumaat lepas pukul 3 petang, 4% dividen ASNB",
    REC,
    "K-1534",
    "phone",
    P("MS", "fri"),
    "15:00",
    [],
    nc=["ASNB"],
    ne=["Jumaat lepas", "pukul 3 petang"],
    why="title Encik; percentage",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling telefon semalam pukul 10 malam, janji RM 1 juta ke ACC-5133, susulan esok",
    REC,
    "K-1532",
    "phone",
    Y("MS"),
    "22:00",
    [plg("1000000", "MYR", "ACC-5133")],
    TOM("MS"),
    ne=["semalam", "pukul 10 malam"],
    why="esok from 1 Dec = 2 Dec",
)
L(
    "ms",
    "MS",
    "Hafizah Othman jumpa semalam",
    AC,
    why="Othman vs Osman is more than one letter: unknown person",
)
L(
    "ms",
    "MS",
    "Farah Nadia binti Rosli emel hari ini, masukkan RM 250 ribu",
    REC,
    "K-1533",
    "email",
    T("MS"),
    None,
    [dep("250000", "MYR")],
    ne=["hari ini"],
    why="hari ini = 1 Dec in KL",
)

# ================= hi: Kolkata rep (local Tue 30 Nov 22:00), Devanagari and Hinglish =================
L(
    "hi",
    "HI",
    "Vikram Agarwal से आज सुबह ऑफिस में मुलाकात, 50 लाख ACC-5141 में जमा किए, month-end",
    REC,
    "K-1541",
    "in_person",
    T("HI"),
    None,
    [dep("5000000", "INR", "ACC-5141")],
    ne=["आज सुबह"],
    why="मुलाकात = in person; lakh is a number word",
)
L(
    "hi",
    "HI",
    "Vikram Agarwal ka phone aaya kal shaam 6:15 baje, 2 crore ka vaada aur 25 lakh jama, follow up 3 tarikh",
    REC,
    "K-1541",
    "phone",
    Y("HI"),
    "18:15",
    [plg("20000000", "INR"), dep("2500000", "INR")],
    D(12, 3),
    ne=["kal shaam", "3 tarikh"],
    why="kal = yesterday; two outcomes joined with aur; 3 tarikh = 3 Dec",
)
L(
    "hi",
    "HI",
    "Priya Agarwal video call shukravaar, 1 crore commit kiya",
    AU,
    "K-1542",
    why="INR and USD accounts, no currency",
)
L(
    "hi",
    "HI",
    "Priya Agarwal से सोमवार को वीडियो कॉल, $400k ACC-5143 में आए और ₹3 करोड़ का वादा किया",
    REC,
    "K-1542",
    "video",
    P("HI", "mon"),
    None,
    [dep("400000", "USD", "ACC-5143"), plg("30000000", "INR")],
    ne=["सोमवार"],
    why="'में आए' = deposit; two currencies",
)
L("hi", "HI", "Agarwal parivaar ke saath dinner ravivaar", AC, why="household")
L(
    "hi",
    "HI",
    "Sunita Joshi se pichhle mangalvaar 11 baje mulaqat, 10 lakh nikaale beti ki shaadi ke liye",
    REC,
    "K-1543",
    "in_person",
    AGO("HI", 7),
    "11:00",
    [],
    nc=["shaadi"],
    ne=["pichhle mangalvaar"],
    why="pichhle mangalvaar said on Tuesday = 7 days ago; withdrawal",
)
L(
    "hi",
    "HI",
    "Sunita Joshi ko email pichhle somvaar, ELSS ke baare mein",
    AU,
    "K-1543",
    why="pichhle somvaar said on Tuesday: yesterday or 8 days ago",
)
L("hi", "HI", "Joshi ji ka phone aaya aaj", AC, why="surname shared by Sunita and Rajesh Joshi")
L(
    "hi",
    "HI",
    "Rajesh Joshi se coffee guruvaar ko, prospect, 40 crore net worth",
    NC,
    "K-1547",
    why="covered by nobody",
)
L(
    "hi",
    "HI",
    "Rohit Malhotra के साथ कल रात 9 बजे टीम्स कॉल, QIP का mandate मिला, fee 2 करोड़",
    REC,
    "K-1544",
    "video",
    Y("HI"),
    "21:00",
    [man("20000000", "INR")],
    nc=["QIP"],
    ne=["कल रात 9 बजे"],
    why="रात makes 9 बजे 21:00; mandate with fee",
)
L(
    "hi",
    "HI",
    "Rohit Malhotra ko phone kiya 3 baje, Q4 results",
    AU,
    "K-1544",
    why="3 baje today: both halves past",
)
L(
    "hi",
    "HI",
    "Rohit Malhotra ko chitthi bheji aaj, Form 16 aur 80C proofs",
    REC,
    "K-1544",
    "mail",
    T("HI"),
    None,
    [],
    nc=["80C"],
    ne=["aaj"],
    why="chitthi = letter; Form 16 and 80C not amounts",
)
L(
    "hi",
    "HI",
    "Anil Deshmukh se parson mulaqat, 1 saal ki FD 30 lakh renew",
    REC,
    "K-1545",
    "in_person",
    DBY("HI"),
    None,
    [],
    nc=["FD"],
    ne=["parson"],
    why="parson in a log = day before yesterday; FD never a claim",
)
L(
    "hi",
    "HI",
    "Anil Deshmukh ne aaj 75 lakh transfer kiye, phone pe",
    AU,
    "K-1545",
    why="transfer with no direction",
)
L(
    "hi",
    "HI",
    "Anil Deshmukh से 26 तारीख को वीडियो कॉल सुबह 10:30, 40 लाख जमा फिर 60 लाख का वादा, फॉलो अप गुरुवार",
    REC,
    "K-1545",
    "video",
    D(11, 26),
    "10:30",
    [dep("4000000", "INR"), plg("6000000", "INR")],
    N("HI", "thu"),
    ne=["26 तारीख", "10:30"],
    why="फिर joins; फॉलो अप गुरुवार = 2 Dec",
)
L(
    "hi",
    "HI",
    "Anil Deshmukh se kal baat hui retirement ke baare mein",
    ACH,
    "K-1545",
    why="baat hui gives no channel",
)
L(
    "hi",
    "HI",
    "Meera Iyer lunch aaj dopahar 1:30 baje, agar bonus aaya to 50 lakh daalegi",
    REC,
    "K-1546",
    "in_person",
    T("HI"),
    "13:30",
    [],
    nc=["bonus"],
    ne=["1:30"],
    why="conditional agar; dopahar makes 1:30 13:30",
)
L(
    "hi",
    "HI",
    "Meera Iyer ne ravivaar ko phone kiya, 20 lakh builder ko pay kiye",
    REC,
    "K-1546",
    "phone",
    P("HI", "sun"),
    None,
    [],
    nc=["builder"],
    ne=["ravivaar"],
    why="payment out to a third party",
)
L(
    "hi",
    "HI",
    "Vikram Agarwal ka email kal raat, apne do accounts ke beech 15 lakh move kiye",
    REC,
    "K-1541",
    "email",
    Y("HI"),
    None,
    [],
    nc=["accounts ke beech"],
    ne=["kal raat"],
    why="own-account move",
)
L(
    "hi",
    "HI",
    "Sunita Joshi se budhvaar ko baat hui, abhi koi vaada nahi kiya",
    ACH,
    "K-1543",
    why="baat hui gives no channel",
)
L("hi", "HI", "Priya Agarwal se weekend pe mulaqat", AU, "K-1542", why="weekend = two days")
L(
    "hi",
    "HI",
    "Rohit Malhotra से आज शाम 7:40 पर फ़ोन, ₹1.5 करोड़ जमा किए और 50 लाख और का वादा",
    REC,
    "K-1544",
    "phone",
    T("HI"),
    "19:40",
    [dep("15000000", "INR"), plg("5000000", "INR")],
    ne=["शाम 7:40"],
    why="two outcomes; ₹ INR",
)
L(
    "hi",
    "HI",
    "Sunita Joshy video call aaj 10 baje, PPF 7.1% aur NPS",
    REC,
    "K-1543",
    "video",
    T("HI"),
    "10:00",
    [],
    nc=["PPF"],
    ne=["10 baje"],
    why="one-letter typo Joshy (unique first name Sunita); 10 baje read as typed; percentage",
)
L(
    "hi",
    "HI",
    "Anil Deshmukh ko patra bheja kal, 5 lakh ka deposit cancel ho gaya",
    REC,
    "K-1545",
    "mail",
    Y("HI"),
    None,
    [],
    nc=["cancel"],
    ne=["kal"],
    why="cancelled deposit",
)
L("hi", "HI", "Vikram Agarwal se 31/11 ko mulaqat", AU, "K-1541", why="31 Nov does not exist")
L("hi", "HI", "Vikram aur Priya Agarwal ke saath meeting aaj", AC, why="two clients in one line")
L(
    "hi",
    "HI",
    "Meera Iyer video call kal, 40 lakh commit kiye",
    AU,
    "K-1546",
    why="INR and GBP accounts; lakh is not a currency",
)
L(
    "hi",
    "HI",
    "Meera Iyer ka phone kal dopahar 2 baje, ₹40 lakh ACC-5147 mein aaye",
    REC,
    "K-1546",
    "phone",
    Y("HI"),
    "14:00",
    [dep("4000000", "INR", "ACC-5147")],
    ne=["kal dopahar 2 baje"],
    why="'mein aaye' = deposit into the INR account",
)
L(
    "hi",
    "HI",
    "Rohit Malhotra ka mandate nahi mila, kal zoom pe bataya",
    REC,
    "K-1544",
    "video",
    Y("HI"),
    None,
    [],
    nc=["nahi mila"],
    ne=["kal"],
    why="lost mandate",
)
L(
    "hi",
    "HI",
    "Priya Agarwal ne aaj subah 9:05 email kiya, USD 250k ACC-5143 mein jama",
    REC,
    "K-1542",
    "email",
    T("HI"),
    "09:05",
    [dep("250000", "USD", "ACC-5143")],
    ne=["9:05"],
    why="USD account named",
)
L(
    "hi",
    "HI",
    "Sunita Joshi ka call 5 baje shaam, 1 crore jama, fir 50 lakh ka vaada, aur mandate fee 10 lakh",
    REC,
    "K-1543",
    "phone",
    T("HI"),
    "17:00",
    [dep("10000000", "INR"), plg("5000000", "INR"), man("1000000", "INR")],
    ne=["5 baje shaam"],
    why="three outcomes",
)
L(
    "hi",
    "HI",
    "Anil Deshmukh se aaj raat 9:30 baje phone, 12 lakh jama kiye, follow up 6 Dec",
    REC,
    "K-1545",
    "phone",
    T("HI"),
    "21:30",
    [dep("1200000", "INR")],
    D(12, 6),
    ne=["raat 9:30"],
    why="21:30 before local 22:00",
)
L(
    "hi",
    "HI",
    "Ravindra Agarwal se mulaqat aaj",
    AC,
    why="unknown person sharing the Agarwal surname",
)
L(
    "hi",
    "HI",
    "Rohit Malhotra से मंगलवार को मुलाकात, 25 लाख जमा",
    REC,
    "K-1544",
    "in_person",
    AGO("HI", 7),
    None,
    [dep("2500000", "INR")],
    ne=["मंगलवार"],
    why="bare मंगलवार on a Tuesday = a week ago",
)
L(
    "hi",
    "HI",
    "Vikram Agarwal ke saath 80C aur Section 54EC pe coffee aaj, 20% LTCG",
    REC,
    "K-1541",
    "in_person",
    T("HI"),
    None,
    [],
    nc=["54EC"],
    why="section numbers and percentage not amounts",
)
L(
    "hi",
    "HI",
    "Meera Iyer ne £300k ACC-5148 mein bheje, phone aaj dopahar 4:10 baje",
    REC,
    "K-1546",
    "phone",
    T("HI"),
    "16:10",
    [dep("300000", "GBP", "ACC-5148")],
    ne=["4:10"],
    why="dopahar makes 4:10 16:10; money into the GBP account",
)

# ================= mixed: rep's language with English =================
L(
    "mixed",
    "FR",
    "call avec Étienne Marchal yesterday 4pm, il a pledged 1m EUR et deposited 200k",
    REC,
    "K-1501",
    "phone",
    Y("FR"),
    "16:00",
    [plg("1000000", "EUR"), dep("200000", "EUR")],
    ne=["yesterday", "4pm"],
    why="fr/en; et joins two outcomes; single EUR account",
)
L(
    "mixed",
    "FR",
    "Margaux Vidal zoom ce matin 10h, term deposit 1m USD, no new money",
    REC,
    "K-1506",
    "video",
    T("FR"),
    "10:00",
    [],
    nc=["term deposit"],
    ne=["10h"],
    why="term deposit never a claim",
)
L(
    "mixed",
    "FR",
    "Solène Marchal call hier, she pledged 1.2m",
    AU,
    "K-1502",
    why="EUR and CHF accounts, no currency",
)
L(
    "mixed",
    "FR",
    "Hélène Garnier spoke hier about the cession",
    ACH,
    "K-1504",
    why="spoke gives no channel",
)
L(
    "mixed",
    "FR",
    "Olivier Garnier lunch yesterday, veut ouvrir un compte",
    NC,
    "K-1507",
    why="covered by nobody",
)
L(
    "mixed",
    "FR",
    "Bertrand Lacoste call à 5h, pledged 300k€",
    AU,
    "K-1503",
    why="à 5h today: 05:00 and 17:00 both past",
)
L(
    "mixed",
    "SV",
    "Karin Ekström zoom today kl 13, deposit 500k EUR into ACC-5113, följ upp fredag",
    REC,
    "K-1512",
    "video",
    T("SV"),
    "13:00",
    [dep("500000", "EUR", "ACC-5113")],
    N("SV", "fri"),
    ne=["kl 13"],
    why="sv/en; account EUR",
)
L(
    "mixed",
    "SV",
    "Axel Holmqvist call igår, he transferred 2 MSEK",
    AU,
    "K-1515",
    why="transfer with no direction",
)
L("mixed", "SV", "Pär Nyberg lunch today, interested in ISK", NC, "K-1517", why="covered by nobody")
L(
    "mixed",
    "SV",
    "Ekström lunch yesterday, talked succession",
    AC,
    why="surname shared by Gunnar and Karin Ekström",
)
L(
    "mixed",
    "SV",
    "Viktor Nyberg call kl 2, lovade 1 mkr",
    AU,
    "K-1513",
    why="kl 2 today: both halves past",
)
L(
    "mixed",
    "RO",
    "Radu Ionescu meeting azi la 10, deposited 2m lei, then pledged 1m lei",
    REC,
    "K-1521",
    "in_person",
    T("RO"),
    "10:00",
    [dep("2000000", "RON"), plg("1000000", "RON")],
    ne=["la 10"],
    why="ro/en; then joins",
)
L("mixed", "RO", "Simona Ionescu call ieri, pledged 500k", AU, "K-1522", why="RON and EUR accounts")
L(
    "mixed",
    "RO",
    "Ovidiu Dobrescu meeting azi, wants a mandate",
    NC,
    "K-1527",
    why="covered by nobody",
)
L(
    "mixed",
    "RO",
    "Cătălin Dobrescu call lunea trecută, 50k EUR deposited",
    AU,
    "K-1523",
    why="lunea trecută on a Tuesday",
)
L(
    "mixed",
    "MS",
    "Lim Mei Ling call semalam 8pm, she deposited RM 1 juta into ACC-5133",
    REC,
    "K-1532",
    "phone",
    Y("MS"),
    "20:00",
    [dep("1000000", "MYR", "ACC-5133")],
    ne=["semalam", "8pm"],
    why="ms/en; semalam = 30 Nov in KL",
)
L(
    "mixed",
    "MS",
    "Priscilla Tan teams semalam 11am, mandate won, fee SGD 200k, susulan Isnin",
    REC,
    "K-1574",
    "video",
    Y("MS"),
    "11:00",
    [man("200000", "SGD")],
    N("MS", "mon"),
    ne=["semalam", "11am"],
    why="secondary coverage; susulan Isnin = 6 Dec",
)
L(
    "mixed",
    "MS",
    "Lim Chee Keong call semalam, deposited 1m",
    AU,
    "K-1531",
    why="MYR and SGD accounts",
)
L(
    "mixed",
    "MS",
    "Zulkarnain Idris lunch semalam, AUM RM 20 juta",
    NC,
    "K-1537",
    why="covered by nobody; bin omitted",
)
L(
    "mixed",
    "MS",
    "Farah Nadia call kelmarin, deposit RM 100k",
    AU,
    "K-1533",
    why="kelmarin is ambiguous",
)
L(
    "mixed",
    "HI",
    "Vikram Agarwal meeting kal 5pm, 30 lakh deposit kiye plus 1 crore pledge",
    REC,
    "K-1541",
    "in_person",
    Y("HI"),
    "17:00",
    [dep("3000000", "INR"), plg("10000000", "INR")],
    ne=["5pm"],
    why="hi/en; plus joins",
)
L(
    "mixed",
    "HI",
    "Priya Agarwal call today 8:15pm, USD 1m wired in to ACC-5143, follow up Friday",
    REC,
    "K-1542",
    "phone",
    T("HI"),
    "20:15",
    [dep("1000000", "USD", "ACC-5143")],
    N("HI", "fri"),
    ne=["8:15pm"],
    why="20:15 before Kolkata 22:00",
)
L(
    "mixed",
    "HI",
    "Priya Agarwal call kal, 2 crore pledge kiye",
    AU,
    "K-1542",
    why="INR and USD accounts; crore is a number word",
)
L("mixed", "HI", "Rajesh Joshi meeting aaj, wants PMS", NC, "K-1547", why="covered by nobody")
L("mixed", "HI", "Anil Deshmukh talked kal about NPS", ACH, "K-1545", why="no channel word")
L(
    "mixed",
    "GB",
    "Meera Iyer call kal, pledged 25 lakh",
    AU,
    "K-1546",
    why="INR and GBP accounts; lakh is not a currency",
)

# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repkey = {R[k]: k for k in R}
MARKS = {
    "USD": ["USD", "$"],
    "EUR": ["EUR", "€", "euro"],
    "GBP": ["GBP", "£"],
    "RON": ["RON", "lei"],
    "SEK": ["SEK", "kr", "MSEK"],
    "NOK": ["NOK"],
    "MYR": ["MYR", "RM", "ringgit"],
    "INR": ["INR", "₹", "rupe", "रुपये"],
    "SGD": ["SGD", "S$"],
    "CHF": ["CHF"],
    "CAD": ["CAD", "C$"],
    "AUD": ["AUD", "A$"],
    "NZD": ["NZD", "NZ$"],
}
assert len({c["name"] for c in clients}) == len(clients)
assert len({c["external_id"] for c in clients}) == len(clients)
accall = [a["account"] for c in clients for a in c["accounts"]]
assert len(set(accall)) == len(accall) and all(a.startswith("ACC-5") for a in accall)
namewords = {
    w.lower() for c in clients for w in c["name"].split() if w not in ("binti", "bin", "a/p", "a/l")
}
for ln in lines:
    assert ln["id"].startswith("h15-"), ln
    e = ln["expect"]
    o = e["outcome"]
    txt = ln["text"]
    k = repkey[ln["rep"]]
    assert ln["lang"] in ("en", "fr", "sv", "ro", "ms", "hi", "mixed"), ln
    assert o in ("record", "ask_client", "ask_channel", "ask_unclear", "not_covered"), ln
    assert ln["why"], ln
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
    assert e["day"] and e["day"] <= T(k), ln
    if e["time"]:
        t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=TZ[k])
        assert t <= NOWDT, ("time later than the rep's local now", ln)
    c = cl[e["client"]]
    accts = {a["account"]: a["currency"] for a in c["accounts"]}
    for cm in e["claims"]:
        assert Decimal(cm["amount"]) > 0 and cm["kind"] in ("deposit", "pledge", "mandate"), ln
        if cm["account"]:
            assert cm["account"] in txt and accts[cm["account"]] == cm["currency"], ln
        elif len(set(accts.values())) > 1 or cm["currency"] not in accts.values():
            assert any(m.lower() in txt.lower() for m in MARKS[cm["currency"]]), ln
    for a in (
        accts
    ):  # an account of the client named in the line sits on a claim, or the line has no claim
        if a in txt and e["claims"]:
            assert any(cm["account"] == a for cm in e["claims"]), ln
    if e["follow_up_on"]:
        assert e["follow_up_on"] > T(k), ln
    if e["initiative"]:
        assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
    else:
        assert "#" not in txt, ln
    for nw in namewords:  # no client name in notes_contains
        assert all(nw not in x.lower().split() for x in e["notes_contains"]), (nw, ln)
    for s in e["notes_contains"] + e["notes_excludes"]:
        assert s.lower() in txt.lower(), (s, ln)
ids = [ln["id"] for ln in lines]
assert len(set(ids)) == len(ids)
texts = [ln["text"] for ln in lines]
assert len(set(texts)) == len(texts), [x for x, n in Counter(texts).items() if n > 1]
byl = Counter(ln["lang"] for ln in lines)
byo = Counter(ln["expect"]["outcome"] for ln in lines)
if "--partial" not in sys.argv:
    assert len(lines) == 250, len(lines)
    assert all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi")) and byl["mixed"] >= 25, (
        byl
    )
    assert 0.52 <= byo["record"] / len(lines) <= 0.60, byo
    assert any(TODAY[k] > NOWDT.date() for k in R)
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
asks = sum(v for kk, v in byo.items() if kk != "record")
print(len(lines), "lines;", len(clients), "clients")
print("by language:", dict(byl))
print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)")
print("claims:", dict(Counter(cm["kind"] for ln in lines for cm in ln["expect"]["claims"])))
print(
    "by language x outcome:",
    dict(sorted(Counter((ln["lang"], ln["expect"]["outcome"]) for ln in lines).items())),
)

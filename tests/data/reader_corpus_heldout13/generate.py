"""Held-out reader corpus 13 (written blind): builds and validates corpus.json.

Edit this file, never the JSON. `python3 generate.py --partial` skips the count checks.
"""

import datetime as dt
import json
import os
import sys
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

PARTIAL = "--partial" in sys.argv
NOW = "2027-10-15T14:00:00Z"
TODAY = dt.date(2027, 10, 15)
assert TODAY.weekday() == 4  # Friday
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def iso(x):
    return x.isoformat()


T = iso(TODAY)
Y = iso(TODAY - dt.timedelta(1))
DBY = iso(TODAY - dt.timedelta(2))
TOM = iso(TODAY + dt.timedelta(1))
WEEK_AGO = iso(TODAY - dt.timedelta(7))


def past(w):
    """Most recent such weekday strictly before today."""
    return next(
        iso(TODAY - dt.timedelta(k))
        for k in range(1, 8)
        if (TODAY - dt.timedelta(k)).weekday() == WD[w]
    )


def nxt(w):
    """Next such weekday strictly after today."""
    return next(
        iso(TODAY + dt.timedelta(k))
        for k in range(1, 8)
        if (TODAY + dt.timedelta(k)).weekday() == WD[w]
    )


def on(m, d):
    return iso(dt.date(2027, m, d))


R = {
    "FR": "U13FRPAR01",
    "CH": "U13CHGVA02",
    "SV": "U13SVSTO03",
    "RO": "U13ROBUC04",
    "MS": "U13MSKUL05",
    "HI": "U13HIKOL06",
    "GB": "U13GBLON07",
    "US": "U13USNYC08",
}
reps = [
    {
        "slack_user_id": R["FR"],
        "name": "Élodie Marchand",
        "timezone": "Europe/Paris",
        "locale": "fr-FR",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["CH"],
        "name": "Raphaël Aubert",
        "timezone": "Europe/Zurich",
        "locale": "fr-CH",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["SV"],
        "name": "Johanna Lindahl",
        "timezone": "Europe/Stockholm",
        "locale": "sv-SE",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["RO"],
        "name": "Cătălin Dobre",
        "timezone": "Europe/Bucharest",
        "locale": "ro-RO",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["MS"],
        "name": "Nurul Aina binti Hashim",
        "timezone": "Asia/Kuala_Lumpur",
        "locale": "ms-MY",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["HI"],
        "name": "Pooja Saxena",
        "timezone": "Asia/Kolkata",
        "locale": "hi-IN",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["GB"],
        "name": "Fiona Carmichael",
        "timezone": "Europe/London",
        "locale": "en-GB",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["US"],
        "name": "Derek Ramos",
        "timezone": "America/New_York",
        "locale": "en-US",
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
    # France (Paris rep)
    C("K-1301", "Baptiste Garnier", "Garnier", "UHNW", ["FR"], [("ACC-3011", "EUR")]),
    C(
        "K-1302",
        "Solène Garnier",
        "Garnier",
        "UHNW",
        ["FR"],
        [("ACC-3012", "EUR"), ("ACC-3013", "CHF")],
    ),
    C("K-1303", "Hugo Lambert", "Lambert (Hugo)", "HNW", ["FR"], [("ACC-3014", "EUR")]),
    C("K-1304", "Margaux Perret", "Perret", "corporate executive", ["FR"], [("ACC-3015", "EUR")]),
    C("K-1305", "Rose Delmas", "Delmas", "HNW", ["FR"], [("ACC-3016", "EUR")]),
    C(
        "K-1311",
        "Clément Lambert",
        "Lambert (Clément)",
        "HNW",
        [],
        [("ACC-3017", "EUR")],
        kind="prospect",
    ),
    # Switzerland (Geneva rep)
    C("K-1306", "Thibault Renard", "Renard", "UHNW", ["CH"], [("ACC-3021", "CHF")]),
    C(
        "K-1307",
        "Séverine Favre",
        "Favre",
        "UHNW",
        ["CH"],
        [("ACC-3022", "CHF"), ("ACC-3023", "EUR")],
    ),
    C("K-1308", "Lucien Favre", "Favre", "HNW", ["CH"], [("ACC-3024", "CHF")]),
    C("K-1309", "Anouk Rochat", "Rochat", "HNW", ["CH"], [("ACC-3025", "CHF")]),
    C("K-1310", "Étienne Bonvin", "Bonvin", "UHNW", [], [("ACC-3026", "CHF")], kind="prospect"),
    # Sweden
    C("K-1321", "Gustav Wallin", "Wallin", "UHNW", ["SV"], [("ACC-3211", "SEK")]),
    C(
        "K-1322",
        "Ebba Wallin",
        "Wallin",
        "UHNW",
        ["SV"],
        [("ACC-3212", "SEK"), ("ACC-3213", "EUR")],
    ),
    C("K-1323", "Måns Ekström", "Ekström (Måns)", "HNW", ["SV"], [("ACC-3214", "SEK")]),
    C("K-1324", "Sigrid Nyqvist", "Nyqvist", "corporate executive", ["SV"], [("ACC-3215", "SEK")]),
    C("K-1325", "Tove Lund", "Lund", "HNW", ["SV"], [("ACC-3216", "SEK")]),
    C("K-1326", "Rasmus Hedlund", "Hedlund", "HNW", ["SV"], [("ACC-3217", "NOK")]),
    C("K-1327", "Viktor Ekström", "Ekström (Viktor)", "UHNW", ["GB"], [("ACC-3218", "SEK")]),
    # Romania
    C("K-1331", "Radu Pavel", "Pavel", "UHNW", ["RO"], [("ACC-3311", "RON")]),
    C("K-1332", "Ioana Pavel", "Pavel", "UHNW", ["RO"], [("ACC-3312", "RON"), ("ACC-3313", "EUR")]),
    C("K-1333", "Mihaela Dumitrescu", "Dumitrescu", "HNW", ["RO"], [("ACC-3314", "RON")]),
    C("K-1334", "Tudor Ene", "Ene", "corporate executive", ["RO"], [("ACC-3315", "EUR")]),
    C("K-1335", "Costin Vlad", "Vlad", "HNW", ["RO"], [("ACC-3316", "RON")]),
    C("K-1336", "Vlad Iordache", "Iordache", "HNW", [], [("ACC-3317", "RON")], kind="prospect"),
    C("K-1337", "Sorina Mocanu", "Mocanu", "HNW", ["RO"], [("ACC-3318", "RON")]),
    # Malaysia
    C("K-1341", "Lim Wei Jie", "Lim", "UHNW", ["MS"], [("ACC-3411", "MYR"), ("ACC-3412", "SGD")]),
    C("K-1342", "Lim Mei Ling", "Lim", "UHNW", ["MS"], [("ACC-3413", "MYR")]),
    C("K-1343", "Faridah binti Osman", "Osman (Faridah)", "HNW", ["MS"], [("ACC-3414", "MYR")]),
    C(
        "K-1344",
        "Hafizuddin bin Rashid",
        "Rashid",
        "corporate executive",
        ["MS"],
        [("ACC-3415", "MYR")],
    ),
    C(
        "K-1345",
        "Kavitha a/p Subramaniam",
        "Subramaniam",
        "HNW",
        ["MS", "HI"],
        [("ACC-3416", "MYR")],
    ),
    C(
        "K-1346",
        "Azman bin Osman",
        "Osman (Azman)",
        "HNW",
        [],
        [("ACC-3417", "MYR")],
        kind="prospect",
    ),
    C("K-1347", "Chong Kah Mun", "Chong", "HNW", ["MS"], [("ACC-3418", "SGD")]),
    # India
    C("K-1351", "Vikram Malhotra", "Malhotra", "UHNW", ["HI"], [("ACC-3511", "INR")]),
    C(
        "K-1352",
        "Nandini Malhotra",
        "Malhotra",
        "UHNW",
        ["HI"],
        [("ACC-3512", "INR"), ("ACC-3513", "USD")],
    ),
    C("K-1353", "Arjun Khanna", "Khanna", "HNW", ["HI"], [("ACC-3514", "INR")]),
    C("K-1354", "Sunita Agarwal", "Agarwal", "HNW", ["HI"], [("ACC-3515", "INR")]),
    C("K-1355", "Rohit Mehra", "Mehra", "corporate executive", ["HI"], [("ACC-3516", "INR")]),
    C("K-1356", "Shanti Iyer", "Iyer", "HNW", ["HI"], [("ACC-3517", "INR")]),
    C("K-1357", "Arjun Sethi", "Sethi", "HNW", ["US"], [("ACC-3571", "USD")]),
    # United Kingdom
    C("K-1361", "Hugo Pennington", "Pennington", "UHNW", ["GB"], [("ACC-3611", "GBP")]),
    C(
        "K-1362",
        "Cressida Pennington",
        "Pennington",
        "UHNW",
        ["GB"],
        [("ACC-3612", "GBP"), ("ACC-3613", "EUR")],
    ),
    C("K-1363", "Alastair Whitcombe", "Whitcombe", "HNW", ["GB"], [("ACC-3614", "GBP")]),
    C("K-1364", "Philippa Drake", "Drake", "corporate executive", ["GB"], [("ACC-3615", "GBP")]),
    C("K-1365", "Jasper Lyle", "Lyle", "HNW", ["GB", "CH"], [("ACC-3616", "GBP")]),
    C("K-1366", "Rufus Pennington", "Pennington", "HNW", [], [("ACC-3617", "GBP")]),
    # United States
    C("K-1371", "Dwayne Fischer", "Fischer", "UHNW", ["US"], [("ACC-3711", "USD")]),
    C("K-1372", "Carmen Fischer", "Fischer", "UHNW", ["US"], [("ACC-3712", "USD")]),
    C("K-1373", "Chase Whitman", "Whitman", "HNW", ["US"], [("ACC-3713", "USD")]),
    C(
        "K-1374",
        "Marisol Ortega",
        "Ortega",
        "UHNW",
        ["US"],
        [("ACC-3714", "USD"), ("ACC-3715", "MXN")],
    ),
    C("K-1375", "Bill Kaplan", "Kaplan", "HNW", ["US"], [("ACC-3716", "USD")]),
    C("K-1376", "Trent Sawyer", "Sawyer", "corporate executive", ["US"], [("ACC-3717", "USD")]),
    C("K-1377", "Gordon Ruiz", "Ruiz", "UHNW", [], [("ACC-3718", "USD")], kind="prospect"),
]
initiatives = [
    {"tag": "lemans-24h", "name": "Le Mans 24 Hours hospitality"},
    {"tag": "henley-regatta", "name": "Henley Royal Regatta enclosure"},
    {"tag": "opera-gala", "name": "Opera gala night"},
    {"tag": "golf-open", "name": "Golf open pro-am"},
]

lines = []
REC = "record"
AC = "ask_client"
AU = "ask_unclear"
NC = "not_covered"
ACH = "ask_channel"


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
    own=False,
):
    """own=True: the line names one of the client's accounts without a claim on it (internal move, cancelled)."""
    if outcome != REC:  # only outcome and client are checked for asks
        channel = day = time = fu = init = None
        claims, nc, ne = (), (), ()
    lines.append(
        {
            "id": f"h13-{len(lines) + 1:03d}",
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
            "_own": own,
        }
    )


def dep(a, c, ac=None):
    return ("deposit", a, c, ac)


def plg(a, c, ac=None):
    return ("pledge", a, c, ac)


def man(a, c, ac=None):
    return ("mandate", a, c, ac)


# ==== LINES ====
# ================= en-US: New York rep (local Fri 10:00, m/d dates) =================
L(
    "en",
    "US",
    "Dwayne Fischer mtg 8:30 this am, funded 1.25mm into ACC-3711 from the 401(k) rollover, f/u Tue",
    REC,
    "K-1371",
    "in_person",
    T,
    "08:30",
    [dep("1250000", "USD", "ACC-3711")],
    nxt("tue"),
    nc=["401(k)"],
    ne=["8:30"],
    why="explicit time beats 'this am'; 401(k) is a plan; f/u Tue is the coming Tuesday",
)
L(
    "en",
    "US",
    "Carmen Fischer called yest 4:15pm, pledged $600k and wired in $150k, wants a 529 for her grandson (age 7)",
    REC,
    "K-1372",
    "phone",
    Y,
    "16:15",
    [plg("600000", "USD"), dep("150000", "USD")],
    nc=["529"],
    ne=["yest", "4:15pm"],
    why="two outcomes joined by 'and'; 529 and age are not amounts",
)
L(
    "en",
    "US",
    "the Fischers - lunch tues, estate plan review",
    AC,
    why="household plural of a two-client household",
)
L(
    "en",
    "US",
    "Chase Whitman zoom Weds 2pm, no new $ this qtr, chase him Tues re trust docs",
    REC,
    "K-1373",
    "video",
    past("wed"),
    "14:00",
    [],
    nxt("tue"),
    nc=["trust docs"],
    ne=["2pm"],
    why="first name Chase vs 'chase' as follow-up word; no amount",
)
L(
    "en",
    "US",
    "Marisol Ortega call at 9, wired 2m in",
    AU,
    "K-1374",
    why="USD and MXN accounts, no currency",
)
L(
    "en",
    "US",
    "Marisol Ortega teams 10/12 9:30am - deposited MXN 4.5m to ACC-3715 and pledged USD 800k",
    REC,
    "K-1374",
    "video",
    on(10, 12),
    "09:30",
    [dep("4500000", "MXN", "ACC-3715"), plg("800000", "USD")],
    ne=["10/12", "9:30am"],
    why="US m/d; two outcomes in two currencies; account on the deposit only",
)
L(
    "en",
    "US",
    "Bill Kaplan phone today - paid the roofing contractor's bill, 85k out of ACC-3716; asked about an S&P 500 index fund",
    REC,
    "K-1375",
    "phone",
    T,
    None,
    [],
    nc=["S&P 500"],
    why="first name Bill vs 'bill'; money paid out is no claim; S&P 500 a product",
    own=True,
)
L(
    "en",
    "US",
    "Trent Sawyer in person mon 11am, won the mandate for the debt refi, fee $420k",
    REC,
    "K-1376",
    "in_person",
    past("mon"),
    "11:00",
    [man("420000", "USD")],
    nc=["debt refi"],
    ne=["11am"],
    why="won the mandate with a fee",
)
L(
    "en",
    "US",
    "Trent Sawyer email - mandate fee 1.25% on the secondary, no fixed fee agreed",
    REC,
    "K-1376",
    "email",
    T,
    None,
    [],
    nc=["secondary"],
    why="mandate fee only a percentage",
)
L(
    "en",
    "US",
    "Gordon Ruiz lunch yest at the Union League, AUM ~40mm, wants a proposal",
    NC,
    "K-1377",
    why="in the firm, covered by nobody",
)
L(
    "en",
    "US",
    "Arjun Sethi video call today 7:45am, funded $300k",
    REC,
    "K-1357",
    "video",
    T,
    "07:45",
    [dep("300000", "USD")],
    ne=["7:45am"],
    why="client covered by this rep only",
)
L(
    "en",
    "US",
    "Dwayne Fischer's son Kyle called re his own brokerage acct",
    AC,
    why="a relative, not the client",
)
L(
    "en",
    "US",
    "spoke to Carmen Fischer last Fri about RMDs, she turns 73 in March",
    ACH,
    "K-1372",
    why="'spoke' gives no channel",
)
L(
    "en",
    "US",
    "Chase Whitman phone last Thursday, confirmed the ACAT",
    AU,
    "K-1373",
    why="last Thursday on a Friday: yesterday or 8 days ago",
)
L(
    "en",
    "US",
    "Bill Kaplan - letter sent 10/8 w/ Form 5498 + 1099-R copies",
    REC,
    "K-1375",
    "mail",
    on(10, 8),
    None,
    [],
    nc=["1099-R"],
    ne=["10/8"],
    why="US m/d = Oct 8; form numbers not amounts",
)
L(
    "en",
    "US",
    "Carmen Fischer quick call this morning - the 500k pledge is cancelled, husband wants to wait; f/u 10/29",
    REC,
    "K-1372",
    "phone",
    T,
    None,
    [],
    on(10, 29),
    nc=["cancelled"],
    ne=["this morning"],
    why="cancelled pledge; f/u date in m/d",
)
L(
    "en",
    "US",
    "Trent Sawyer mtg last Friday 3pm, transferred $2m",
    AU,
    "K-1376",
    why="money moved with no direction",
)
L(
    "en",
    "US",
    "Marisol Ortega emailed this morning, moving USD 1m out to her Chase acct in Miami",
    REC,
    "K-1374",
    "email",
    T,
    None,
    [],
    nc=["Miami"],
    ne=["this morning"],
    why="money out; Chase is a bank here, not a person",
)
# ================= en-GB: London rep (local Fri 15:00, d/m dates) =================
L(
    "en",
    "GB",
    "Alastair Whitcombe - coffee at the Wolseley this morning, ISA sorted and wired in £350k",
    REC,
    "K-1363",
    "in_person",
    T,
    None,
    [dep("350000", "GBP")],
    nc=["ISA"],
    ne=["this morning"],
    why="coffee = in person; wired in = deposit",
)
L(
    "en",
    "GB",
    "Hugo Pennington rang at half past two this afternoon, pledged £1.5m, chase 22/10",
    REC,
    "K-1361",
    "phone",
    T,
    "14:30",
    [plg("1500000", "GBP")],
    on(10, 22),
    ne=["half past two"],
    why="spoken time with part of day; chase = follow-up; d/m date",
)
L(
    "en",
    "GB",
    "Cressida Pennington lunch Tues, she's committed 2m",
    AU,
    "K-1362",
    why="GBP and EUR accounts, no currency",
)
L(
    "en",
    "GB",
    "Cressida Pennington teams call Weds, committed €2m and deposited £400k into ACC-3612",
    REC,
    "K-1362",
    "video",
    past("wed"),
    None,
    [plg("2000000", "EUR"), dep("400000", "GBP", "ACC-3612")],
    ne=["Weds"],
    why="two outcomes, two currencies",
)
L(
    "en",
    "GB",
    "the Penningtons - supper at theirs last night, SIPP drawdown chat",
    AC,
    why="household plural",
)
L(
    "en",
    "GB",
    "Rufus Pennington rang re his SIPP transfer",
    NC,
    "K-1366",
    why="third Pennington, covered by nobody",
)
L(
    "en",
    "GB",
    "Hugo rang this am about the gilt ladder",
    AC,
    why="Hugo is both Hugo Pennington and Hugo Lambert",
)
L(
    "en",
    "GB",
    "Philippa Drake video 11/10 at 10:15, won the mandate on the AIM listing, fee £275k plus 0.5% success fee",
    REC,
    "K-1364",
    "video",
    on(10, 11),
    "10:15",
    [man("275000", "GBP")],
    nc=["AIM"],
    ne=["11/10"],
    why="UK d/m = 11 Oct; percentage part is no claim",
)
L(
    "en",
    "GB",
    "Philippa Drake mtg yesterday at 2, discretionary mandate signed",
    AU,
    "K-1364",
    why="bare 'at 2' yesterday: both readings past",
)
L(
    "en",
    "GB",
    "Jasper Lyle phone call at 2 re IHT planning",
    AU,
    "K-1365",
    why="bare 'at 2' today at 15:00: 02:00 and 14:00 both past",
)
L(
    "en",
    "GB",
    "Jasper Lyle meeting 9.45 this morning, half a million quid into ACC-3616",
    REC,
    "K-1365",
    "in_person",
    T,
    "09:45",
    [dep("500000", "GBP", "ACC-3616")],
    ne=["9.45"],
    why="'into ACC' = deposit; half a million",
)
L(
    "en",
    "GB",
    "Viktor Ekström video yesterday 4pm, pledged SEK 5m",
    REC,
    "K-1327",
    "video",
    Y,
    "16:00",
    [plg("5000000", "SEK")],
    ne=["yesterday", "4pm"],
    why="Swedish client covered by the London rep",
)
L(
    "en",
    "GB",
    "Alastair Whitcombe - letter posted Monday with the LPA forms, his mobile 07700 900461",
    REC,
    "K-1363",
    "mail",
    past("mon"),
    None,
    [],
    nc=["LPA"],
    ne=["Monday"],
    why="phone number is not an amount",
)
L(
    "en",
    "GB",
    "Alastair Whitcombe phoned this morning, withdrew £200k for the Cotswolds purchase",
    REC,
    "K-1363",
    "phone",
    T,
    None,
    [],
    nc=["Cotswolds"],
    ne=["this morning"],
    why="withdrawal is no claim",
)
L(
    "en",
    "GB",
    "Philippa Drake email last Friday: will pledge £3m only if the sale completes",
    REC,
    "K-1364",
    "email",
    WEEK_AGO,
    None,
    [],
    nc=["sale completes"],
    ne=["last Friday"],
    why="conditional pledge; last <today's weekday> = 7 days ago",
)
L(
    "en",
    "GB",
    "Cressida Pennington rang today, moved £250k from ACC-3612 across to her euro account ACC-3613",
    REC,
    "K-1362",
    "phone",
    T,
    None,
    [],
    nc=["moved"],
    why="between the client's own accounts: no claim",
    own=True,
)
L(
    "en",
    "GB",
    "Jasper Lyle in the office at quarter to eleven, deposited 1.2mn GBP and pledged another 800k #henley-regatta",
    REC,
    "K-1365",
    "in_person",
    T,
    "10:45",
    [dep("1200000", "GBP"), plg("800000", "GBP")],
    init="henley-regatta",
    why="quarter to eleven: 22:45 is future so read as typed",
)
L(
    "en",
    "GB",
    "Philippa Drake lunch at Sketch today 1pm, 2 kids at Eton, no money talk",
    REC,
    "K-1364",
    "in_person",
    T,
    "13:00",
    [],
    nc=["Eton"],
    ne=["1pm"],
    why="count not an amount",
)
# ================= fr-FR: Paris rep (local Fri 16:00) =================
L(
    "fr",
    "FR",
    "RDV avec Baptiste Garnier ce matin à 10h30, versement de 800 000 € sur le compte ACC-3011",
    REC,
    "K-1301",
    "in_person",
    T,
    "10:30",
    [dep("800000", "EUR", "ACC-3011")],
    ne=["10h30"],
    why="explicit time beats part of day; 'sur le compte ACC' names the account",
)
L(
    "fr",
    "FR",
    "Solène Garnier tél hier soir à 7h, elle a versé 500k",
    AU,
    "K-1302",
    why="EUR and CHF accounts, no currency",
)
L(
    "fr",
    "FR",
    "Solène Garnier appel hier soir à 7h, apport de 500 000 CHF et promesse de 1 M€",
    REC,
    "K-1302",
    "phone",
    Y,
    "19:00",
    [dep("500000", "CHF"), plg("1000000", "EUR")],
    ne=["hier soir"],
    why="'soir' turns 7h into 19:00; two outcomes joined by 'et'",
)
L("fr", "FR", "les Garnier à déjeuner mardi, succession et donation", AC, why="household plural")
L(
    "fr",
    "FR",
    "Hugo Lambert visio mercredi 14h, a promis 2,5 M€, relance lundi",
    REC,
    "K-1303",
    "video",
    past("wed"),
    "14:00",
    [plg("2500000", "EUR")],
    nxt("mon"),
    ne=["mercredi", "14h"],
    why="'2,5 M€' local notation; relance lundi = coming Monday",
)
L("fr", "FR", "Lambert m'a appelé ce matin pour le PEA", AC, why="Hugo and Clément Lambert")
L(
    "fr",
    "FR",
    "Clément Lambert déjeuner avant-hier, prospect, patrimoine 12 M€",
    NC,
    "K-1311",
    why="covered by nobody",
)
L(
    "fr",
    "FR",
    "Margaux Perret rdv mardi dernier, mandat gagné pour la cession, honoraires 180 k€",
    REC,
    "K-1304",
    "in_person",
    past("tue"),
    None,
    [man("180000", "EUR")],
    nc=["cession"],
    ne=["mardi dernier"],
    why="mandate won with a fee",
)
L(
    "fr",
    "FR",
    "Margaux Perret mail jeudi dernier, point sur l'OPA",
    AU,
    "K-1304",
    why="jeudi dernier on a Friday: yesterday or 8 days ago",
)
L(
    "fr",
    "FR",
    "Rose Delmas courrier envoyé le 11/10, attestation IFI",
    REC,
    "K-1305",
    "mail",
    on(10, 11),
    None,
    [],
    nc=["IFI"],
    ne=["11/10"],
    why="d/m date; Rose is a name, not the colour",
)
L(
    "fr",
    "FR",
    "Rose Delmas a discuté de son assurance-vie hier",
    ACH,
    "K-1305",
    why="'discuté' gives no channel",
)
L(
    "fr",
    "FR",
    "Baptiste Garnier appel à 3h, rachat partiel assurance-vie",
    AU,
    "K-1301",
    why="à 3h today at 16:00: 03:00 and 15:00 both past",
)
L(
    "fr",
    "FR",
    "Baptiste Garnier appel à 9h, il a retiré 150 000 € pour l'achat de la maison",
    REC,
    "K-1301",
    "phone",
    T,
    "09:00",
    [],
    nc=["maison"],
    why="à 9h read as typed; withdrawal is no claim",
)
L(
    "fr",
    "FR",
    "Mme Perret visio vendredi dernier 11h, mandat de gestion discrétionnaire signé, 3 M€",
    REC,
    "K-1304",
    "video",
    WEEK_AGO,
    "11:00",
    [],
    nc=["gestion discrétionnaire"],
    ne=["vendredi dernier", "11h"],
    why="Mme is a title; vendredi dernier on a Friday = 7 days ago; management mandate is no claim",
)
L(
    "fr",
    "FR",
    "Hugo Lambert déj aujourd'hui, il versera 1 M€ si la vente de sa boîte se fait",
    REC,
    "K-1303",
    "in_person",
    T,
    None,
    [],
    nc=["vente"],
    why="conditional deposit",
)
L(
    "fr",
    "FR",
    "Margaux Perret appel aujourd'hui 15h30 : mandat perdu, la banque concurrente l'a emporté",
    REC,
    "K-1304",
    "phone",
    T,
    "15:30",
    [],
    nc=["concurrente"],
    why="lost mandate",
)
L(
    "fr",
    "FR",
    "Baptiste Garnier rdv lundi 17h, apport 200k€ et promesse 400k€ #lemans-24h",
    REC,
    "K-1301",
    "in_person",
    past("mon"),
    "17:00",
    [dep("200000", "EUR"), plg("400000", "EUR")],
    init="lemans-24h",
    ne=["lundi", "17h"],
    why="two outcomes",
)
L(
    "fr",
    "FR",
    "Rose Delmas tél avant-hier à 8h15, elle a versé 75 000 euros, 66 ans, portable 06 12 34 56 78",
    REC,
    "K-1305",
    "phone",
    DBY,
    "08:15",
    [dep("75000", "EUR")],
    ne=["avant-hier"],
    why="age and phone are not amounts",
)
L(
    "fr",
    "FR",
    "Hugo Lambert e-mail hier, le virement de 1,2 M€ sur ACC-3014 est annulé",
    REC,
    "K-1303",
    "email",
    Y,
    None,
    [],
    nc=["annulé"],
    ne=["hier"],
    why="cancelled deposit",
    own=True,
)
# ================= fr-CH: Geneva rep (local Fri 16:00) =================
L(
    "fr",
    "CH",
    "Thibault Renard entretien à la banque mardi à 9h, a versé CHF 1'500'000",
    REC,
    "K-1306",
    "in_person",
    past("tue"),
    "09:00",
    [dep("1500000", "CHF")],
    ne=["mardi"],
    why="Swiss apostrophe thousands",
)
L(
    "fr",
    "CH",
    "Séverine Favre téléphone avant-hier, elle a apporté 2 mio",
    AU,
    "K-1307",
    why="CHF and EUR accounts, no currency",
)
L(
    "fr",
    "CH",
    "Séverine Favre téléphone avant-hier à 11h, apport de 2 mio CHF sur ACC-3022 et 400'000 EUR promis",
    REC,
    "K-1307",
    "phone",
    DBY,
    "11:00",
    [dep("2000000", "CHF", "ACC-3022"), plg("400000", "EUR")],
    ne=["avant-hier", "11h"],
    why="mio = million; two outcomes, two currencies",
)
L("fr", "CH", "les Favre au dîner mercredi passé", AC, why="household plural (Séverine and Lucien)")
L(
    "fr",
    "CH",
    "Lucien Favre visio ce matin, septante-cinq ans, 3e pilier et rente AVS",
    REC,
    "K-1308",
    "video",
    T,
    None,
    [],
    nc=["3e pilier"],
    ne=["ce matin"],
    why="age in words; pillar number is not an amount",
)
L(
    "fr",
    "CH",
    "Lucien Favre courrier le 8.10, relevés LPP",
    REC,
    "K-1308",
    "mail",
    on(10, 8),
    None,
    [],
    nc=["LPP"],
    ne=["8.10"],
    why="d.m date",
)
L(
    "fr",
    "CH",
    "Anouk Rochat appel hier 14h15, elle a promis CHF 800'000 et versé 250'000",
    REC,
    "K-1309",
    "phone",
    Y,
    "14:15",
    [plg("800000", "CHF"), dep("250000", "CHF")],
    ne=["hier", "14h15"],
    why="second amount takes the single account's CHF",
)
L(
    "fr",
    "CH",
    "Étienne Bonvin apéro jeudi à Cologny, gros prospect, 30 mio",
    NC,
    "K-1310",
    why="covered by nobody",
)
L(
    "fr",
    "CH",
    "Thibault Renard a transféré 500'000 CHF lundi, appel rapide",
    AU,
    "K-1306",
    why="transfer with no direction",
)
L(
    "fr",
    "CH",
    "Thibault Renard dîner aujourd'hui, virement de 600'000 CHF de son compte UBS vers ACC-3021",
    REC,
    "K-1306",
    "in_person",
    T,
    None,
    [dep("600000", "CHF", "ACC-3021")],
    nc=["UBS"],
    why="money coming into our account",
)
L(
    "fr",
    "CH",
    "Jasper Lyle visio hier à 17h, il a versé 1 million de livres sur ACC-3616",
    REC,
    "K-1365",
    "video",
    Y,
    "17:00",
    [dep("1000000", "GBP", "ACC-3616")],
    ne=["hier", "17h"],
    why="secondary coverage; livres = GBP",
)
L(
    "fr",
    "CH",
    "Anouk Rochat mail lundi passé, mandat de conseil signé, honoraires 0,8 %",
    REC,
    "K-1309",
    "email",
    past("mon"),
    None,
    [],
    nc=["mandat de conseil"],
    ne=["lundi passé"],
    why="advisory mandate, percentage fee",
)
L(
    "fr",
    "CH",
    "Séverine Favre rdv vendredi passé, dépôt à terme 1 mio CHF renouvelé",
    REC,
    "K-1307",
    "in_person",
    WEEK_AGO,
    None,
    [],
    nc=["dépôt à terme"],
    ne=["vendredi passé"],
    why="term deposit is no claim; vendredi passé on a Friday = 7 days ago",
)
L(
    "fr",
    "CH",
    "Thibault Renard appel ce matin 8h45, relance le 25/10 pour le mandat",
    REC,
    "K-1306",
    "phone",
    T,
    "08:45",
    [],
    on(10, 25),
    nc=["mandat"],
    ne=["8h45"],
    why="follow-up date d/m",
)
L(
    "fr",
    "CH",
    "Thibault Renard croisé ce week-end au golf #golf-open",
    AU,
    "K-1306",
    why="weekend names two days",
)
L(
    "fr",
    "CH",
    "Anouk Rochat appel à 15h45, ok pour verser 300'000 CHF si le marché baisse",
    REC,
    "K-1309",
    "phone",
    T,
    "15:45",
    [],
    nc=["marché baisse"],
    why="conditional deposit",
)
L(
    "fr",
    "FR",
    "Margaux Perret lettre recommandée envoyée hier, le mandat de 1,5 M€ n'est pas signé",
    REC,
    "K-1304",
    "mail",
    Y,
    None,
    [],
    nc=["pas signé"],
    ne=["hier"],
    why="negated mandate",
)
# ================= sv: Stockholm rep (local Fri 16:00) =================
L(
    "sv",
    "SV",
    "Lunch med Gustav Wallin idag, satte in 2,5 milj. kr på ACC-3211",
    REC,
    "K-1321",
    "in_person",
    T,
    None,
    [dep("2500000", "SEK", "ACC-3211")],
    why="'2,5 milj. kr' local notation; 'på ACC' names the account",
)
L(
    "sv",
    "SV",
    "Gustav Wallin ringde igår kl 14.30, lovade 1 mkr och satte in 500 tkr",
    REC,
    "K-1321",
    "phone",
    Y,
    "14:30",
    [plg("1000000", "SEK"), dep("500000", "SEK")],
    ne=["igår", "14.30"],
    why="mkr and tkr; two outcomes joined by 'och'",
)
L(
    "sv",
    "SV",
    "Ebba Wallin fika i tisdags, lovade 3 miljoner",
    AU,
    "K-1322",
    why="SEK and EUR accounts, no currency",
)
L(
    "sv",
    "SV",
    "Ebba Wallin fika i tisdags, lovade 3 miljoner kronor, och insättning 200 000 euro på ACC-3213",
    REC,
    "K-1322",
    "in_person",
    past("tue"),
    None,
    [plg("3000000", "SEK"), dep("200000", "EUR", "ACC-3213")],
    ne=["tisdags"],
    why="fika = in person; two outcomes in two currencies",
)
L("sv", "SV", "familjen Wallin middag i lördags", AC, why="household")
L(
    "sv",
    "SV",
    "Måns Ekström möte i måndags kl 9, gick igenom ISK och KF",
    REC,
    "K-1323",
    "in_person",
    past("mon"),
    "09:00",
    [],
    nc=["ISK"],
    ne=["måndags"],
    why="kl 9 read as typed; ISK is a product",
)
L("sv", "SV", "Ekström ringde i morse", AC, why="Måns and Viktor Ekström")
L(
    "sv",
    "SV",
    "Viktor Ekström mejl idag om bolagsförsäljningen",
    NC,
    "K-1327",
    why="covered by the London rep only",
)
L(
    "sv",
    "SV",
    "Sigrid Nyqvist teams i onsdags kl 10:15, vann mandatet för nyemissionen, arvode 1,2 milj. kr",
    REC,
    "K-1324",
    "video",
    past("wed"),
    "10:15",
    [man("1200000", "SEK")],
    nc=["nyemissionen"],
    ne=["onsdags", "10:15"],
    why="mandate won with a fee",
)
L(
    "sv",
    "SV",
    "Sigrid Nyqvist mejl i förrgår, mandatarvode 0,75 % av emissionen",
    REC,
    "K-1324",
    "email",
    DBY,
    None,
    [],
    nc=["emissionen"],
    ne=["förrgår"],
    why="percentage fee only",
)
L(
    "sv",
    "SV",
    "Tove Lund brev skickat i fredags med deklarationsunderlag",
    REC,
    "K-1325",
    "mail",
    WEEK_AGO,
    None,
    [],
    nc=["deklarationsunderlag"],
    ne=["fredags"],
    why="i fredags said on a Friday = the Friday before",
)
L(
    "sv",
    "SV",
    "Tove Lund pratade om pensionen igår",
    ACH,
    "K-1325",
    why="'pratade' gives no channel",
)
L(
    "sv",
    "SV",
    "Rasmus Hedlund videosamtal igår kväll kl 8, satte in 4 miljoner",
    REC,
    "K-1326",
    "video",
    Y,
    "20:00",
    [dep("4000000", "NOK")],
    ne=["igår kväll"],
    why="kväll turns kl 8 into 20:00; single NOK account",
)
L(
    "sv",
    "SV",
    "Rasmus Hedlund telefon förra torsdagen",
    AU,
    "K-1326",
    why="förra torsdagen on a Friday: yesterday or 8 days ago",
)
L(
    "sv",
    "SV",
    "Gustav Wallin överförde 1 mkr i måndags, kort samtal",
    AU,
    "K-1321",
    why="transfer with no direction",
)
L(
    "sv",
    "SV",
    "Gustav Wallin telefon idag kl 3",
    AU,
    "K-1321",
    why="kl 3 today at 16:00: 03:00 and 15:00 both past",
)
L(
    "sv",
    "SV",
    "Måns Ekström lunch idag kl 12, tog ut 300 000 kr till båtköpet",
    REC,
    "K-1323",
    "in_person",
    T,
    "12:00",
    [],
    nc=["båtköpet"],
    ne=["kl 12"],
    why="withdrawal",
)
L(
    "sv",
    "SV",
    "Sigrid Nyqvist möte i förrgår, hon kanske sätter in 5 mkr efter bokslutet",
    REC,
    "K-1324",
    "in_person",
    DBY,
    None,
    [],
    nc=["bokslutet"],
    ne=["förrgår"],
    why="hoped-for deposit",
)
L(
    "sv",
    "SV",
    "Tove Lund fika i morse, 62 år, tel 070-123 45 67, följ upp tisdag",
    REC,
    "K-1325",
    "in_person",
    T,
    None,
    [],
    nxt("tue"),
    nc=["62 år"],
    ne=["i morse"],
    why="age, phone; följ upp tisdag = coming Tuesday",
)
L(
    "sv",
    "SV",
    "Ebba Wallin ringde kl 11, flyttade 500 000 kr från ACC-3212 till sitt EUR-konto ACC-3213",
    REC,
    "K-1322",
    "phone",
    T,
    "11:00",
    [],
    nc=["flyttade"],
    why="between own accounts",
    own=True,
)
L(
    "sv",
    "SV",
    "Gustav Wallin videomöte i fredags kl 13, insättning 750 000 kr, följ upp 22/10",
    REC,
    "K-1321",
    "video",
    WEEK_AGO,
    "13:00",
    [dep("750000", "SEK")],
    on(10, 22),
    ne=["fredags"],
    why="insättning = deposit; d/m follow-up",
)
L(
    "sv",
    "SV",
    "Måns Ekström möte förra fredagen 15:00, lovade 2 Mkr #lemans-24h",
    REC,
    "K-1323",
    "in_person",
    WEEK_AGO,
    "15:00",
    [plg("2000000", "SEK")],
    init="lemans-24h",
    ne=["förra fredagen"],
    why="last <today's weekday> = 7 days ago",
)
L("sv", "SV", "Sigrid Nyqvist och Tove Lund lunch idag", AC, why="two clients in one line")
L(
    "sv",
    "SV",
    "Ebba Lund ringde idag",
    AC,
    why="unknown person sharing Ebba Wallin's first and Tove Lund's last name",
)
L(
    "sv",
    "SV",
    "Rasmus Hedlund mejl igår, uttag 1 MNOK till bostaden i Oslo",
    REC,
    "K-1326",
    "email",
    Y,
    None,
    [],
    nc=["Oslo"],
    ne=["igår"],
    why="withdrawal",
)
L("sv", "SV", "Tove Lund lunch i helgen", AU, "K-1325", why="weekend names two days")
L(
    "sv",
    "SV",
    "Måns Ekström möte idag 09:40, insättningen på 1 200 000 kr till ACC-3214 avbröts",
    REC,
    "K-1323",
    "in_person",
    T,
    "09:40",
    [],
    nc=["avbröts"],
    why="cancelled deposit",
    own=True,
)
L(
    "sv",
    "SV",
    "Gustav Wallin ringde i eftermiddags, 3,5 milj. kr in på ACC-3211 och löfte om 1 milj. till",
    REC,
    "K-1321",
    "phone",
    T,
    None,
    [dep("3500000", "SEK", "ACC-3211"), plg("1000000", "SEK")],
    ne=["i eftermiddags"],
    why="money in to our account plus a pledge",
)
L(
    "sv",
    "SV",
    "Sigrid Nyqvist mejl i morse, bunden placering 2 mkr förlängd",
    REC,
    "K-1324",
    "email",
    T,
    None,
    [],
    nc=["bunden placering"],
    ne=["i morse"],
    why="term deposit",
)
L(
    "sv",
    "SV",
    "Tove Lund telefon den 12 okt kl 10, lovar 400 000 kr om försäljningen går igenom",
    REC,
    "K-1325",
    "phone",
    on(10, 12),
    "10:00",
    [],
    nc=["försäljningen"],
    ne=["12 okt"],
    why="conditional pledge",
)
L(
    "sv",
    "SV",
    "Rasmus Hedlund brev den 11/10, skatteattest från Norge",
    REC,
    "K-1326",
    "mail",
    on(10, 11),
    None,
    [],
    nc=["skatteattest"],
    ne=["11/10"],
    why="d/m date",
)
L(
    "sv",
    "SV",
    "Måns Ekström videosamtal igår 16:45, satte in 900 tkr till oss från SEB",
    REC,
    "K-1323",
    "video",
    Y,
    "16:45",
    [dep("900000", "SEK")],
    nc=["SEB"],
    ne=["igår"],
    why="till oss = deposit",
)
L("sv", "SV", "Gurra Wallin fika idag", AC, why="nickname, not the client's name")
L(
    "sv",
    "SV",
    "Ebba Wallin möte i förrgår kl 10, satte in 150 000 EUR och lovade 2 milj. kr",
    REC,
    "K-1322",
    "in_person",
    DBY,
    "10:00",
    [dep("150000", "EUR"), plg("2000000", "SEK")],
    ne=["förrgår"],
    why="two currencies named",
)
L(
    "sv",
    "SV",
    "Sigrid Nyqvist telefon i tisdags kl 17, mandatet förlorat till Carnegie",
    REC,
    "K-1324",
    "phone",
    past("tue"),
    "17:00",
    [],
    nc=["Carnegie"],
    ne=["tisdags"],
    why="lost mandate",
)
L(
    "sv",
    "SV",
    "Tove Lund mejl i måndags, satte in 600 000 kr, följ upp fredag",
    REC,
    "K-1325",
    "email",
    past("mon"),
    None,
    [dep("600000", "SEK")],
    nxt("fri"),
    ne=["måndags"],
    why="följ upp fredag on a Friday = next Friday",
)
# ================= ro: Bucharest rep (local Fri 17:00) =================
L(
    "ro",
    "RO",
    "Întâlnire cu Radu Pavel azi la 11, a depus 450.000 lei în ACC-3311",
    REC,
    "K-1331",
    "in_person",
    T,
    "11:00",
    [dep("450000", "RON", "ACC-3311")],
    ne=["la 11"],
    why="la 11 read as typed; dot thousands; 'în ACC' names the account",
)
L(
    "ro",
    "RO",
    "Ioana Pavel telefon ieri seară la 8, s-a angajat cu 1 milion",
    AU,
    "K-1332",
    why="RON and EUR accounts, no currency",
)
L(
    "ro",
    "RO",
    "Ioana Pavel telefon ieri seară la 8, s-a angajat cu 1 milion euro și a depus 200 mii lei",
    REC,
    "K-1332",
    "phone",
    Y,
    "20:00",
    [plg("1000000", "EUR"), dep("200000", "RON")],
    ne=["ieri seară"],
    why="seară turns 8 into 20:00; two outcomes joined by 'și'",
)
L("ro", "RO", "soții Pavel la cină sâmbătă", AC, why="household (the Pavel couple)")
L(
    "ro",
    "RO",
    "Mihaela Dumitrescu zoom marțea trecută la 10:30, a depus 1,2 mil. lei",
    REC,
    "K-1333",
    "video",
    past("tue"),
    "10:30",
    [dep("1200000", "RON")],
    ne=["marțea trecută", "10:30"],
    why="'1,2 mil. lei' local notation",
)
L(
    "ro",
    "RO",
    "Mihaela Dumitrescu email joia trecută despre Pilonul III",
    AU,
    "K-1333",
    why="joia trecută on a Friday: yesterday or 8 days ago",
)
L(
    "ro",
    "RO",
    "Tudor Ene întâlnire luni la 15:00, am câștigat mandatul pentru listarea pe BVB, onorariu 250.000 EUR",
    REC,
    "K-1334",
    "in_person",
    past("mon"),
    "15:00",
    [man("250000", "EUR")],
    nc=["BVB"],
    ne=["luni", "15:00"],
    why="mandate won with a fee",
)
L(
    "ro",
    "RO",
    "Vlad a sunat azi dimineață",
    AC,
    why="Costin Vlad (surname) and Vlad Iordache (first name)",
)
L(
    "ro",
    "RO",
    "Vlad Iordache cafea alaltăieri, prospect, avere 20 mil. euro",
    NC,
    "K-1336",
    why="covered by nobody",
)
L(
    "ro",
    "RO",
    "Costin Vlad telefon alaltăieri la 9, a retras 100.000 lei pentru apartament",
    REC,
    "K-1335",
    "phone",
    DBY,
    "09:00",
    [],
    nc=["apartament"],
    ne=["alaltăieri"],
    why="withdrawal",
)
L(
    "ro",
    "RO",
    "Costin Vlad am vorbit ieri despre fondurile de pensii",
    ACH,
    "K-1335",
    why="'am vorbit' gives no channel",
)
L(
    "ro",
    "RO",
    "Sorina Mocanu întâlnire azi la 4",
    AU,
    "K-1337",
    why="la 4 today at 17:00: 04:00 and 16:00 both past",
)
L(
    "ro",
    "RO",
    "Sorina Mocanu întâlnire azi la 4 după-amiaza, s-a angajat cu 300.000 lei",
    REC,
    "K-1337",
    "in_person",
    T,
    "16:00",
    [plg("300000", "RON")],
    ne=["după-amiaza"],
    why="după-amiaza turns 4 into 16:00",
)
L(
    "ro",
    "RO",
    "Radu Pavel a transferat 2 milioane lei miercuri",
    AU,
    "K-1331",
    why="transfer with no direction",
)
L(
    "ro",
    "RO",
    "Radu Pavel teams miercuri la 14, a transferat 2 milioane lei în contul ACC-3311",
    REC,
    "K-1331",
    "video",
    past("wed"),
    "14:00",
    [dep("2000000", "RON", "ACC-3311")],
    ne=["miercuri"],
    why="transfer into our account = deposit",
)
L(
    "ro",
    "RO",
    "Ioana Pavel a sunat azi, a mutat 50.000 EUR din ACC-3313 în ACC-3312",
    REC,
    "K-1332",
    "phone",
    T,
    None,
    [],
    nc=["mutat"],
    why="between own accounts",
    own=True,
)
L(
    "ro",
    "RO",
    "Tudor Ene email azi, mandatul de administrare discreționară de 5 mil. EUR semnat",
    REC,
    "K-1334",
    "email",
    T,
    None,
    [],
    nc=["administrare discreționară"],
    why="discretionary management mandate",
)
L(
    "ro",
    "RO",
    "Mihaela Dumitrescu cafea vinerea trecută, 58 de ani, tel 0722 123 456, revin pe 20.10",
    REC,
    "K-1333",
    "in_person",
    WEEK_AGO,
    None,
    [],
    on(10, 20),
    nc=["58 de ani"],
    ne=["vinerea trecută"],
    why="age, phone; revin = follow-up",
)
L(
    "ro",
    "RO",
    "Costin Vlad întâlnire aseară la 7, a depus 80 mii euro",
    REC,
    "K-1335",
    "in_person",
    Y,
    "19:00",
    [dep("80000", "EUR")],
    ne=["aseară"],
    why="aseară turns 7 into 19:00; euro named on a RON client",
)
L(
    "ro",
    "RO",
    "Sorina Mocanu telefon ieri, ar depune 500.000 lei dacă vinde terenul",
    REC,
    "K-1337",
    "phone",
    Y,
    None,
    [],
    nc=["terenul"],
    ne=["ieri"],
    why="conditional deposit",
)
L(
    "ro",
    "RO",
    "Radu Pavel video joi la 16:30, s-a angajat cu 750.000 lei, revin luni",
    REC,
    "K-1331",
    "video",
    Y,
    "16:30",
    [plg("750000", "RON")],
    nxt("mon"),
    ne=["joi", "16:30"],
    why="bare joi = yesterday; revin luni = coming Monday",
)
L("ro", "RO", "Mihaela Dumitrescu și Sorina Mocanu prânz azi", AC, why="two clients")
L("ro", "RO", "Ioana Mocanu a trimis email", AC, why="unknown person sharing names")
L(
    "ro",
    "RO",
    "Tudor Ene telefon azi dimineață, mandatul pierdut, a ales altă bancă",
    REC,
    "K-1334",
    "phone",
    T,
    None,
    [],
    nc=["altă bancă"],
    ne=["azi dimineață"],
    why="lost mandate",
)
L(
    "ro",
    "RO",
    "Costin Vlad întâlnire azi la 10, depozit la termen 300.000 lei",
    REC,
    "K-1335",
    "in_person",
    T,
    "10:00",
    [],
    nc=["depozit la termen"],
    ne=["la 10"],
    why="term deposit",
)
L(
    "ro",
    "RO",
    "Sorina Mocanu scrisoare alaltăieri cu extrasele de cont",
    REC,
    "K-1337",
    "mail",
    DBY,
    None,
    [],
    nc=["extrasele"],
    ne=["alaltăieri"],
    why="scrisoare = mail",
)
L(
    "ro",
    "RO",
    "Radu Pavel teams azi 13:15, a depus 300k lei și 100k euro #opera-gala",
    REC,
    "K-1331",
    "video",
    T,
    "13:15",
    [dep("300000", "RON"), dep("100000", "EUR")],
    init="opera-gala",
    why="two deposits in two currencies",
)
L(
    "ro",
    "RO",
    "Tudor Ene întâlnire în weekend la Snagov",
    AU,
    "K-1334",
    why="weekend names two days",
)
L(
    "ro",
    "RO",
    "Mihaela Dumitrescu telefon pe 12 octombrie la 9:45, a anulat angajamentul de 400.000 lei",
    REC,
    "K-1333",
    "phone",
    on(10, 12),
    "09:45",
    [],
    nc=["anulat"],
    ne=["12 octombrie"],
    why="cancelled pledge",
)
L(
    "ro",
    "RO",
    "Costin Vlad zoom azi la 3 și jumătate după-amiaza, a promis 200.000 lei",
    REC,
    "K-1335",
    "video",
    T,
    "15:30",
    [plg("200000", "RON")],
    ne=["după-amiaza"],
    why="spoken half hour with afternoon",
)
L(
    "ro",
    "RO",
    "Ioana Pavel întâlnire vineri la 12, a depus 600.000 lei în ACC-3312",
    REC,
    "K-1332",
    "in_person",
    WEEK_AGO,
    "12:00",
    [dep("600000", "RON", "ACC-3312")],
    ne=["vineri"],
    why="bare vineri on a Friday = the Friday before",
)
L(
    "ro",
    "RO",
    "Radu Pavel email alaltăieri la 8 dimineața, revin marți",
    REC,
    "K-1331",
    "email",
    DBY,
    "08:00",
    [],
    nxt("tue"),
    ne=["alaltăieri"],
    why="dimineața; revin marți = coming Tuesday",
)
L(
    "ro",
    "RO",
    "Sorina Mocanu telefon duminică seara, s-a angajat cu 1,5 milioane lei",
    REC,
    "K-1337",
    "phone",
    past("sun"),
    None,
    [plg("1500000", "RON")],
    ne=["duminică seara"],
    why="part of day alone: no time",
)
L(
    "ro",
    "RO",
    "Tudor Ene video ieri la 18, onorariu de succes 2% din tranzacție",
    REC,
    "K-1334",
    "video",
    Y,
    "18:00",
    [],
    nc=["onorariu"],
    ne=["ieri"],
    why="24-hour la 18; percentage fee only",
)
L(
    "ro",
    "RO",
    "Dna Mihaela Dumitrescu a venit la birou ieri la 11, a depus 250.000 lei",
    REC,
    "K-1333",
    "in_person",
    Y,
    "11:00",
    [dep("250000", "RON")],
    ne=["ieri"],
    why="Dna is a title; came to the office = in person",
)
# ================= ms: Kuala Lumpur rep (local Fri 22:00) =================
L(
    "ms",
    "MS",
    "Jumpa Lim Mei Ling di pejabat pagi tadi, dia masukkan RM 1.5 juta ke ACC-3413",
    REC,
    "K-1342",
    "in_person",
    T,
    None,
    [dep("1500000", "MYR", "ACC-3413")],
    ne=["pagi tadi"],
    why="juta = million; 'ke ACC' names the account",
)
L(
    "ms",
    "MS",
    "Lim Wei Jie telefon semalam pukul 3 petang, janji 2 juta",
    AU,
    "K-1341",
    why="MYR and SGD accounts, no currency",
)
L(
    "ms",
    "MS",
    "Lim Wei Jie telefon semalam pukul 3 petang, janji SGD 2 juta dan deposit RM 500 ribu",
    REC,
    "K-1341",
    "phone",
    Y,
    "15:00",
    [plg("2000000", "SGD"), dep("500000", "MYR")],
    ne=["semalam", "pukul 3 petang"],
    why="petang turns 3 into 15:00; two outcomes joined by 'dan'",
)
L("ms", "MS", "keluarga Lim makan malam hari Sabtu", AC, why="household")
L(
    "ms",
    "MS",
    "Faridah Osman panggilan video hari Rabu pukul 10 pagi, masukkan RM 800,000",
    REC,
    "K-1343",
    "video",
    past("wed"),
    "10:00",
    [dep("800000", "MYR")],
    ne=["Rabu"],
    why="name without binti",
)
L("ms", "MS", "Osman datang ke pejabat hari ini", AC, why="Faridah binti Osman and Azman bin Osman")
L(
    "ms",
    "MS",
    "Azman bin Osman jumpa di Bangsar tadi, prospek, AUM RM 20 juta",
    NC,
    "K-1346",
    why="covered by nobody",
)
L(
    "ms",
    "MS",
    "Hafizuddin bin Rashid mesyuarat hari Isnin pukul 2.30 petang, mandat IPO dimenangi, yuran RM 3 juta",
    REC,
    "K-1344",
    "in_person",
    past("mon"),
    "14:30",
    [man("3000000", "MYR")],
    nc=["IPO"],
    ne=["Isnin"],
    why="mandate won with a fee",
)
L(
    "ms",
    "MS",
    "Hafizuddin Rashid emel hari ini, yuran mandat 1.5% sahaja",
    REC,
    "K-1344",
    "email",
    T,
    None,
    [],
    nc=["sahaja"],
    why="percentage fee only",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Subramaniam jumpa kelmarin di Bangsar",
    AU,
    "K-1345",
    why="kelmarin is ambiguous",
)
L(
    "ms",
    "MS",
    "Kavitha Subramaniam telefon hari Selasa lepas pukul 11 pagi, dia keluarkan RM 200 ribu untuk yuran universiti anak",
    REC,
    "K-1345",
    "phone",
    past("tue"),
    "11:00",
    [],
    nc=["universiti"],
    ne=["Selasa lepas"],
    why="withdrawal",
)
L(
    "ms",
    "MS",
    "Chong Kah Mun panggilan video hari ini pukul 8.15 malam, masukkan 1.2 juta ke ACC-3418",
    REC,
    "K-1347",
    "video",
    T,
    "20:15",
    [dep("1200000", "SGD", "ACC-3418")],
    ne=["8.15 malam"],
    why="currency from the named account (SGD)",
)
L(
    "ms",
    "MS",
    "Chong Kah Mun bincang pasal unit amanah semalam",
    ACH,
    "K-1347",
    why="'bincang' gives no channel",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling telefon pukul 3",
    AU,
    "K-1342",
    why="pukul 3 today at 22:00: both readings past",
)
L(
    "ms",
    "MS",
    "Faridah binti Osman pindahkan RM 1 juta hari Khamis",
    AU,
    "K-1343",
    why="transfer with no direction",
)
L(
    "ms",
    "MS",
    "Faridah binti Osman jumpa hari Khamis, pindahkan RM 1 juta masuk ke ACC-3414, susulan hari Selasa",
    REC,
    "K-1343",
    "in_person",
    Y,
    None,
    [dep("1000000", "MYR", "ACC-3414")],
    nxt("tue"),
    ne=["Khamis"],
    why="masuk ke ACC = deposit; susulan Selasa = coming Tuesday",
)
L(
    "ms",
    "MS",
    "Lim Wei Jie emel pagi tadi, pindah SGD 300k dari ACC-3412 ke ACC-3411",
    REC,
    "K-1341",
    "email",
    T,
    None,
    [],
    nc=["pindah"],
    ne=["pagi tadi"],
    why="between own accounts",
    own=True,
)
L(
    "ms",
    "MS",
    "Hafizuddin bin Rashid surat dihantar pada 11/10, dokumen KWSP",
    REC,
    "K-1344",
    "mail",
    on(10, 11),
    None,
    [],
    nc=["KWSP"],
    ne=["11/10"],
    why="d/m date",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Subramaniam makan tengah hari tadi, dia akan deposit RM 600k kalau bonus masuk",
    REC,
    "K-1345",
    "in_person",
    T,
    None,
    [],
    nc=["bonus"],
    why="conditional (kalau)",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling panggilan telefon hujung minggu lepas",
    AU,
    "K-1342",
    why="weekend names two days",
)
L(
    "ms",
    "MS",
    "Chong Kah Mun jumpa di Pavilion hari Jumaat lepas pukul 4 petang, janji S$500k",
    REC,
    "K-1347",
    "in_person",
    WEEK_AGO,
    "16:00",
    [plg("500000", "SGD")],
    ne=["Jumaat lepas"],
    why="Jumaat lepas on a Friday = 7 days ago",
)
L(
    "ms",
    "MS",
    "Faridah Osman emel hari Isnin, umur 67, 4 cucu, tel 012-345 6789",
    REC,
    "K-1343",
    "email",
    past("mon"),
    None,
    [],
    nc=["umur 67"],
    ne=["Isnin"],
    why="age, count, phone",
)
L(
    "ms",
    "MS",
    "Hafizuddin bin Rashid panggilan video malam ini pukul 9, mandat sukuk dimenangi, yuran RM 450 ribu dan janji RM 2 juta",
    REC,
    "K-1344",
    "video",
    T,
    "21:00",
    [man("450000", "MYR"), plg("2000000", "MYR")],
    nc=["sukuk"],
    why="malam ini pukul 9 = 21:00 tonight; mandate and pledge",
)
L("ms", "MS", "Lim Wei Jie dan Lim Mei Ling jumpa hari ini", AC, why="two clients")
L(
    "ms",
    "MS",
    "Mei Ling Tan telefon hari ini",
    AC,
    why="unknown person sharing Lim Mei Ling's given name",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Subramaniam telefon 12 Okt pukul 10.30 pagi, deposit tetap RM 500 ribu diperbaharui",
    REC,
    "K-1345",
    "phone",
    on(10, 12),
    "10:30",
    [],
    nc=["deposit tetap"],
    ne=["12 Okt"],
    why="fixed deposit is no claim",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling jumpa semalam pukul 8 malam, janji RM 750 ribu dibatalkan",
    REC,
    "K-1342",
    "in_person",
    Y,
    "20:00",
    [],
    nc=["dibatalkan"],
    ne=["semalam"],
    why="cancelled pledge",
)
L(
    "ms",
    "MS",
    "Chong Kah Mun emel hari Rabu, deposit SGD 250k ke akaun ACC-3418, susulan 20/10",
    REC,
    "K-1347",
    "email",
    past("wed"),
    None,
    [dep("250000", "SGD", "ACC-3418")],
    on(10, 20),
    ne=["Rabu"],
    why="ke akaun ACC names the account",
)
L(
    "ms",
    "MS",
    "Faridah binti Osman minum petang tadi di KLCC, masukkan RM 300 ribu dan janji RM 1 juta lagi #golf-open",
    REC,
    "K-1343",
    "in_person",
    T,
    None,
    [dep("300000", "MYR"), plg("1000000", "MYR")],
    init="golf-open",
    ne=["petang tadi"],
    why="two outcomes",
)
L(
    "ms",
    "MS",
    "Hafizuddin bin Rashid telefon semalam pukul 7, pelan PRS",
    REC,
    "K-1344",
    "phone",
    Y,
    "07:00",
    [],
    nc=["PRS"],
    ne=["semalam"],
    why="pukul 7 read as typed",
)
L(
    "ms",
    "MS",
    "Lim Wei Jie surat semalam, penyata ASB dan Tabung Haji",
    REC,
    "K-1341",
    "mail",
    Y,
    None,
    [],
    nc=["ASB"],
    ne=["semalam"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Subramaniam jumpa hari Ahad, dia TIDAK janji apa-apa",
    REC,
    "K-1345",
    "in_person",
    past("sun"),
    None,
    [],
    nc=["tidak janji"],
    ne=["Ahad"],
    why="negated pledge",
)
L(
    "ms",
    "MS",
    "Chong Kah Mun telefon hari Khamis lepas",
    AU,
    "K-1347",
    why="Khamis lepas on a Friday: yesterday or 8 days ago",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling telefon tadi pukul 9.45 malam, masukkan RM 2.2 juta",
    REC,
    "K-1342",
    "phone",
    T,
    "21:45",
    [dep("2200000", "MYR")],
    ne=["9.45 malam"],
    why="9.45 malam = 21:45",
)
L(
    "ms",
    "MS",
    "Faridah binti Osman pindahkan RM 400 ribu ke akaun CIMB anak dia, panggilan telefon hari ini",
    REC,
    "K-1343",
    "phone",
    T,
    None,
    [],
    nc=["CIMB"],
    why="paid to an outside account",
)
L(
    "ms",
    "MS",
    "Lim Wei Jie mesyuarat Zoom hari Selasa pukul 4 petang, yuran mandat SGD 120k",
    REC,
    "K-1341",
    "video",
    past("tue"),
    "16:00",
    [man("120000", "SGD")],
    ne=["Selasa"],
    why="mandate fee with currency",
)
# ================= hi: Kolkata rep (local Fri 19:30), Devanagari and Hinglish =================
L(
    "hi",
    "HI",
    "Vikram Malhotra से आज सुबह ऑफिस में मुलाकात, 25 लाख ACC-3511 में जमा किए",
    REC,
    "K-1351",
    "in_person",
    T,
    None,
    [dep("2500000", "INR", "ACC-3511")],
    ne=["आज सुबह"],
    why="lakh is a number word; ACC … में names the account",
)
L(
    "hi",
    "HI",
    "Nandini Malhotra ji ka call aaya kal, 50 lakh commit kiye",
    AU,
    "K-1352",
    why="INR and USD accounts, lakh is no currency",
)
L(
    "hi",
    "HI",
    "Nandini Malhotra ji ka phone aaya kal shaam 6 baje, 50 lakh rupaye ka vaada aur USD 100k ACC-3513 mein jama",
    REC,
    "K-1352",
    "phone",
    Y,
    "18:00",
    [plg("5000000", "INR"), dep("100000", "USD", "ACC-3513")],
    ne=["kal shaam 6 baje"],
    why="kal = yesterday; two outcomes joined by 'aur'",
)
L("hi", "HI", "Malhotra parivaar ke saath dinner shanivaar ko", AC, why="household")
L("hi", "HI", "Arjun ka phone aaya aaj", AC, why="Arjun Khanna and Arjun Sethi")
L("hi", "HI", "Arjun Sethi से कल मुलाकात हुई", NC, "K-1357", why="covered by the New York rep only")
L(
    "hi",
    "HI",
    "Arjun Khanna के साथ वीडियो कॉल बुधवार दोपहर 3 बजे, 1.5 करोड़ का वादा किया",
    REC,
    "K-1353",
    "video",
    past("wed"),
    "15:00",
    [plg("15000000", "INR")],
    ne=["बुधवार"],
    why="दोपहर turns 3 into 15:00",
)
L(
    "hi",
    "HI",
    "Sunita Agarwal ko aaj 4 baje phone kiya",
    AU,
    "K-1354",
    why="4 baje today at 19:30: both readings past",
)
L(
    "hi",
    "HI",
    "Sunita Agarwal ko aaj dopahar 4 baje phone kiya, 80C aur ELSS pe baat, umar 52",
    REC,
    "K-1354",
    "phone",
    T,
    "16:00",
    [],
    nc=["ELSS"],
    ne=["dopahar 4 baje"],
    why="80C and age are not amounts",
)
L(
    "hi",
    "HI",
    "Rohit Mehra से पिछले मंगलवार मीटिंग, QIP का mandate मिला, fee 2 करोड़",
    REC,
    "K-1355",
    "in_person",
    past("tue"),
    None,
    [man("20000000", "INR")],
    nc=["QIP"],
    ne=["पिछले मंगलवार"],
    why="mandate won with a fee",
)
L(
    "hi",
    "HI",
    "Rohit Mehra ka email aaya parson, mandate fee sirf 1% hai",
    REC,
    "K-1355",
    "email",
    DBY,
    None,
    [],
    nc=["sirf"],
    ne=["parson"],
    why="percentage fee only; parson in a log = day before yesterday",
)
L(
    "hi",
    "HI",
    "Shanti Iyer ne kal baat ki PMS ke baare mein",
    ACH,
    "K-1356",
    why="'baat ki' gives no channel",
)
L(
    "hi",
    "HI",
    "Shanti Iyer को चिट्ठी भेजी 11/10 को, Form 16 और 26AS",
    REC,
    "K-1356",
    "mail",
    on(10, 11),
    None,
    [],
    nc=["26AS"],
    ne=["11/10"],
    why="d/m date; form numbers",
)
L(
    "hi",
    "HI",
    "Vikram Malhotra ne 40 lakh transfer kiye kal",
    AU,
    "K-1351",
    why="transfer with no direction",
)
L(
    "hi",
    "HI",
    "Vikram Malhotra se kal mulaqat, 40 lakh HDFC se ACC-3511 mein transfer kiye, follow up somvaar",
    REC,
    "K-1351",
    "in_person",
    Y,
    None,
    [dep("4000000", "INR", "ACC-3511")],
    nxt("mon"),
    nc=["HDFC"],
    why="into our account = deposit; follow up somvaar = coming Monday",
)
L(
    "hi",
    "HI",
    "Nandini Malhotra ne ACC-3512 se ACC-3513 mein 20 lakh shift kiye, video call aaj",
    REC,
    "K-1352",
    "video",
    T,
    None,
    [],
    nc=["shift"],
    why="between own accounts",
    own=True,
)
L(
    "hi",
    "HI",
    "Arjun Khanna ka phone pichhle guruvaar",
    AU,
    "K-1353",
    why="last Thursday on a Friday: yesterday or 8 days ago",
)
L(
    "hi",
    "HI",
    "Arjun Khanna ke saath lunch aaj dopahar 1 baje, FD 30 lakh renew ki",
    REC,
    "K-1353",
    "in_person",
    T,
    "13:00",
    [],
    nc=["FD"],
    ne=["dopahar 1 baje"],
    why="fixed deposit is no claim",
)
L(
    "hi",
    "HI",
    "Sunita Agarwal से फ़ोन पर बात हुई कल रात 9 बजे, उन्होंने 10 लाख रुपये जमा किए",
    REC,
    "K-1354",
    "phone",
    Y,
    "21:00",
    [dep("1000000", "INR")],
    ne=["कल रात 9 बजे"],
    why="रात turns 9 into 21:00",
)
L(
    "hi",
    "HI",
    "Rohit Mehra ki beti ka call aaya aaj, papa ke account ke baare mein",
    AC,
    why="a relative",
)
L(
    "hi",
    "HI",
    "Shanti Iyer से आज शाम 7 बजे मुलाकात, 75 लाख जमा और 1 करोड़ का वादा #opera-gala",
    REC,
    "K-1356",
    "in_person",
    T,
    "19:00",
    [dep("7500000", "INR"), plg("10000000", "INR")],
    init="opera-gala",
    ne=["आज शाम 7 बजे"],
    why="two outcomes joined by 'और'",
)
L(
    "hi",
    "HI",
    "Vikram Malhotra ne 60 lakh bahar nikale ghar ke liye, phone aaj subah",
    REC,
    "K-1351",
    "phone",
    T,
    None,
    [],
    nc=["ghar"],
    ne=["aaj subah"],
    why="withdrawal",
)
L("hi", "HI", "Vicky Malhotra ka call aaya", AC, why="nickname")
L(
    "hi",
    "HI",
    "Sunita Agarwal ke saath video call somvaar 11 baje, 20 lakh deposit karengi agar bonus aaya",
    REC,
    "K-1354",
    "video",
    past("mon"),
    "11:00",
    [],
    nc=["bonus"],
    ne=["somvaar"],
    why="conditional (agar); 11 baje read as typed",
)
L(
    "hi",
    "HI",
    "Arjun Khanna zoom kal 10:45, 35 lakh deposit kiye aur 50 lakh commit kiye",
    REC,
    "K-1353",
    "video",
    Y,
    "10:45",
    [dep("3500000", "INR"), plg("5000000", "INR")],
    ne=["10:45"],
    why="two outcomes",
)
L(
    "hi",
    "HI",
    "Rohit Mehra से 12 अक्टूबर को फ़ोन, mandate हाथ से गया",
    REC,
    "K-1355",
    "phone",
    on(10, 12),
    None,
    [],
    nc=["हाथ से गया"],
    ne=["12 अक्टूबर"],
    why="lost mandate",
)
L("hi", "HI", "Shanti Iyer weekend pe mili thi", AU, "K-1356", why="weekend names two days")
L(
    "hi",
    "HI",
    "Nandini Malhotra se parson subah 10 baje mulaqat, $250k jama kiye",
    REC,
    "K-1352",
    "in_person",
    DBY,
    "10:00",
    [dep("250000", "USD")],
    ne=["parson"],
    why="$ picks USD on an INR+USD client",
)
L(
    "hi",
    "HI",
    "Vikram Malhotra ji ko email kiya aaj, SIP 25000 monthly start",
    REC,
    "K-1351",
    "email",
    T,
    None,
    [],
    nc=["SIP"],
    why="SIP instalment is not an outcome",
)
L(
    "hi",
    "HI",
    "Sunita Agarwal को कल सुबह 11 बजे फ़ोन किया, फॉलो अप 20 अक्टूबर",
    REC,
    "K-1354",
    "phone",
    Y,
    "11:00",
    [],
    on(10, 20),
    ne=["कल सुबह 11 बजे"],
    why="follow-up date",
)
L(
    "hi",
    "HI",
    "Kavitha Subramaniam ke saath video call aaj 5 baje shaam, RM 10 lakh jama kiye",
    REC,
    "K-1345",
    "video",
    T,
    "17:00",
    [dep("1000000", "MYR")],
    ne=["5 baje shaam"],
    why="secondary coverage; RM with lakh",
)
L(
    "hi",
    "HI",
    "Rohit Mehra ke office gaye ravivaar ko, 3 crore ka vaada kiya",
    REC,
    "K-1355",
    "in_person",
    past("sun"),
    None,
    [plg("30000000", "INR")],
    ne=["ravivaar"],
    why="visited the office = in person",
)
L(
    "hi",
    "HI",
    "Arjun Khanna मंगलवार को ईमेल, 5 करोड़ जमा करने की उम्मीद",
    REC,
    "K-1353",
    "email",
    past("tue"),
    None,
    [],
    nc=["उम्मीद"],
    ne=["मंगलवार"],
    why="hoped-for deposit",
)
L("hi", "HI", "Sunita Agarwal aur Shanti Iyer lunch aaj", AC, why="two clients")
L(
    "hi",
    "HI",
    "Nandini Malhotra से कल वीडियो कॉल, 2 करोड़ रुपये ACC-3512 में जमा",
    REC,
    "K-1352",
    "video",
    Y,
    None,
    [dep("20000000", "INR", "ACC-3512")],
    why="account given",
)
L(
    "hi",
    "HI",
    "Vikram Malhotra ke saath meeting aaj shaam 6:15, 1.2 crore jama, follow up shukravaar",
    REC,
    "K-1351",
    "in_person",
    T,
    "18:15",
    [dep("12000000", "INR")],
    nxt("fri"),
    ne=["6:15"],
    why="follow up Friday on a Friday = next Friday",
)
# ================= mixed: the rep's language with English =================
L(
    "mixed",
    "FR",
    "Call avec Baptiste Garnier this morning 9h15, he deposited 300k€ into ACC-3011, relance mardi",
    REC,
    "K-1301",
    "phone",
    T,
    "09:15",
    [dep("300000", "EUR", "ACC-3011")],
    nxt("tue"),
    ne=["9h15"],
    why="fr/en; relance mardi = coming Tuesday",
)
L(
    "mixed",
    "FR",
    "Solène Garnier lunch hier, pledged 1m",
    AU,
    "K-1302",
    why="EUR and CHF accounts, no currency",
)
L(
    "mixed",
    "FR",
    "Margaux Perret zoom yesterday 15h, mandate won, fee 220k EUR et deposit de 500k EUR",
    REC,
    "K-1304",
    "video",
    Y,
    "15:00",
    [man("220000", "EUR"), dep("500000", "EUR")],
    ne=["yesterday", "15h"],
    why="mandate and deposit joined by 'et'",
)
L(
    "mixed",
    "CH",
    "Thibault Renard meeting à Genève last Tuesday, wired in CHF 900k",
    REC,
    "K-1306",
    "in_person",
    past("tue"),
    None,
    [dep("900000", "CHF")],
    ne=["last Tuesday"],
    why="fr/en",
)
L(
    "mixed",
    "CH",
    "Lucien Favre email today, transferred 1 mio CHF",
    AU,
    "K-1308",
    why="transfer with no direction",
)
L(
    "mixed",
    "FR",
    "Hugo Lambert spoke hier about his PER",
    ACH,
    "K-1303",
    why="'spoke' gives no channel",
)
L(
    "mixed",
    "CH",
    "Séverine Favre visio this afternoon, pledge de 750'000 CHF, relance le 29/10",
    REC,
    "K-1307",
    "video",
    T,
    None,
    [plg("750000", "CHF")],
    on(10, 29),
    ne=["this afternoon"],
    why="part of day alone: no time",
)
L(
    "mixed",
    "CH",
    "Anouk Rochat phone call ce matin, deposit cancelled, elle attend son héritage",
    REC,
    "K-1309",
    "phone",
    T,
    None,
    [],
    nc=["héritage"],
    ne=["ce matin"],
    why="cancelled deposit",
)
L(
    "mixed",
    "SV",
    "Gustav Wallin call igår 10am, pledged 2 mkr och deposited 1 mkr",
    REC,
    "K-1321",
    "phone",
    Y,
    "10:00",
    [plg("2000000", "SEK"), dep("1000000", "SEK")],
    ne=["10am"],
    why="two outcomes joined by 'och'",
)
L(
    "mixed",
    "SV",
    "Ebba Wallin lunch today, she deposited 500k EUR till ACC-3213, följ upp måndag",
    REC,
    "K-1322",
    "in_person",
    T,
    None,
    [dep("500000", "EUR", "ACC-3213")],
    nxt("mon"),
    why="sv/en; följ upp måndag = coming Monday",
)
L(
    "mixed",
    "SV",
    "Måns Ekström teams meeting i onsdags, no deposit yet, waiting for the bonus",
    REC,
    "K-1323",
    "video",
    past("wed"),
    None,
    [],
    nc=["bonus"],
    ne=["onsdags"],
    why="negated deposit",
)
L(
    "mixed",
    "SV",
    "Sigrid Nyqvist coffee i morse, won the mandate, fee 900k SEK",
    REC,
    "K-1324",
    "in_person",
    T,
    None,
    [man("900000", "SEK")],
    ne=["i morse"],
    why="mandate won",
)
L(
    "mixed",
    "SV",
    "Tove Lund phone last Friday kl 14, withdrew 200k kr",
    REC,
    "K-1325",
    "phone",
    WEEK_AGO,
    "14:00",
    [],
    nc=["withdrew"],
    ne=["last Friday"],
    why="withdrawal; last Friday = 7 days ago",
)
L(
    "mixed",
    "SV",
    "Rasmus Hedlund zoom igår kväll, deposited 2m NOK into ACC-3217",
    REC,
    "K-1326",
    "video",
    Y,
    None,
    [dep("2000000", "NOK", "ACC-3217")],
    ne=["igår kväll"],
    why="part of day alone: no time",
)
L(
    "mixed",
    "RO",
    "Radu Pavel call ieri la 5 pm, a depus 1m lei și pledged another 500k",
    REC,
    "K-1331",
    "phone",
    Y,
    "17:00",
    [dep("1000000", "RON"), plg("500000", "RON")],
    ne=["ieri"],
    why="two outcomes joined by 'și'; 5 pm",
)
L(
    "mixed",
    "RO",
    "Ioana Pavel meeting azi, deposited 300k",
    AU,
    "K-1332",
    why="RON and EUR accounts, no currency",
)
L(
    "mixed",
    "RO",
    "Tudor Ene zoom alaltăieri, mandate fee 150k EUR, follow-up vineri",
    REC,
    "K-1334",
    "video",
    DBY,
    None,
    [man("150000", "EUR")],
    nxt("fri"),
    ne=["alaltăieri"],
    why="mandate fee with currency; follow-up Friday on a Friday = next Friday",
)
L(
    "mixed",
    "RO",
    "Costin Vlad lunch today la 1 pm, discussed the Pillar 2 transfer, nothing signed",
    REC,
    "K-1335",
    "in_person",
    T,
    "13:00",
    [],
    nc=["Pillar 2"],
    why="pillar number not an amount",
)
L(
    "mixed",
    "RO",
    "Mihaela Dumitrescu email last Thursday",
    AU,
    "K-1333",
    why="last Thursday on a Friday",
)
L(
    "mixed",
    "RO",
    "Sorina Mocanu coffee azi dimineață, she pledged 400k lei if the sale goes through",
    REC,
    "K-1337",
    "in_person",
    T,
    None,
    [],
    nc=["sale"],
    ne=["azi dimineață"],
    why="conditional pledge",
)
L(
    "mixed",
    "MS",
    "Lim Mei Ling call semalam 3pm, she deposited RM 800k into ACC-3413",
    REC,
    "K-1342",
    "phone",
    Y,
    "15:00",
    [dep("800000", "MYR", "ACC-3413")],
    ne=["semalam", "3pm"],
    why="ms/en",
)
L(
    "mixed",
    "MS",
    "Lim Wei Jie meeting hari ini, committed 1 juta",
    AU,
    "K-1341",
    why="MYR and SGD accounts, no currency",
)
L(
    "mixed",
    "MS",
    "Hafizuddin Rashid video call this afternoon, won the mandate, yuran RM 600k",
    REC,
    "K-1344",
    "video",
    T,
    None,
    [man("600000", "MYR")],
    ne=["this afternoon"],
    why="mandate won, fee in Malay",
)
L(
    "mixed",
    "MS",
    "Chong Kah Mun lunch Wednesday, transfer masuk SGD 400k, follow up Isnin",
    REC,
    "K-1347",
    "in_person",
    past("wed"),
    None,
    [dep("400000", "SGD")],
    nxt("mon"),
    ne=["Wednesday"],
    why="transfer masuk = money in",
)
L(
    "mixed",
    "MS",
    "Faridah Osman kelmarin call, discuss Amanah Saham",
    AU,
    "K-1343",
    why="kelmarin is ambiguous",
)
L(
    "mixed",
    "MS",
    "Kavitha Subramaniam jumpa this morning, fixed deposit RM 1m renewed, no new money",
    REC,
    "K-1345",
    "in_person",
    T,
    None,
    [],
    nc=["fixed deposit"],
    ne=["this morning"],
    why="fixed deposit is no claim",
)
L(
    "mixed",
    "MS",
    "Lim Wei Jie lunch semalam, deposited SGD 1m dan pledged RM 2 juta",
    REC,
    "K-1341",
    "in_person",
    Y,
    None,
    [dep("1000000", "SGD"), plg("2000000", "MYR")],
    ne=["semalam"],
    why="two outcomes joined by 'dan', two currencies",
)
L(
    "mixed",
    "HI",
    "Vikram Malhotra meeting kal 4pm, 50 lakh deposit kiye aur 1 crore pledge",
    REC,
    "K-1351",
    "in_person",
    Y,
    "16:00",
    [dep("5000000", "INR"), plg("10000000", "INR")],
    ne=["4pm"],
    why="two outcomes joined by 'aur'",
)
L(
    "mixed",
    "HI",
    "Nandini Malhotra call today, she committed 2 crore",
    AU,
    "K-1352",
    why="INR and USD accounts; crore is no currency",
)
L(
    "mixed",
    "HI",
    "Rohit Mehra zoom yesterday, mandate won, fee 75 lakh, follow up Monday",
    REC,
    "K-1355",
    "video",
    Y,
    None,
    [man("7500000", "INR")],
    nxt("mon"),
    ne=["yesterday"],
    why="mandate fee in lakh",
)
L(
    "mixed",
    "HI",
    "Sunita Agarwal ka call aaya this morning, transferred 10 lakh to her son's account",
    REC,
    "K-1354",
    "phone",
    T,
    None,
    [],
    nc=["son's account"],
    ne=["this morning"],
    why="money paid out to someone else",
)
L(
    "mixed",
    "HI",
    "Shanti Iyer meeting last Friday 11am, deposited ₹40 lakh",
    REC,
    "K-1356",
    "in_person",
    WEEK_AGO,
    "11:00",
    [dep("4000000", "INR")],
    ne=["last Friday", "11am"],
    why="last Friday = 7 days ago",
)
L(
    "mixed",
    "HI",
    "Arjun Khanna se baat hui today about NPS",
    ACH,
    "K-1353",
    why="'baat hui' gives no channel",
)
L("mixed", "HI", "Vikram Malhotra aur Nandini Malhotra ke saath lunch today", AC, why="two clients")
L(
    "mixed",
    "HI",
    "Rohit Mehra email kiya Tuesday ko, FY2027 ke Q3 numbers discuss kiye, no mandate yet",
    REC,
    "K-1355",
    "email",
    past("tue"),
    None,
    [],
    nc=["Q3"],
    ne=["Tuesday"],
    why="FY/Q figures not amounts; negated mandate",
)
# ==== LINES END ====

# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
nowdt = dt.datetime(2027, 10, 15, 14, 0, tzinfo=dt.UTC)
MARKS = {
    "USD": ["USD", "$", "dollar"],
    "EUR": ["EUR", "€", "euro"],
    "GBP": ["GBP", "£", "quid", "livres"],
    "RON": ["RON", "lei"],
    "SEK": ["SEK", "kr"],
    "NOK": ["NOK"],
    "MYR": ["MYR", "RM", "ringgit"],
    "INR": ["INR", "₹", "rupaye", "rupee", "रुपये"],
    "SGD": ["SGD", "S$"],
    "CHF": ["CHF"],
    "MXN": ["MXN", "peso"],
}
assert len({c["name"] for c in clients}) == len(clients)
assert len({c["external_id"] for c in clients}) == len(clients)
for ln in lines:
    e = ln["expect"]
    o = e["outcome"]
    txt = ln["text"]
    assert ln["lang"] in ("en", "fr", "sv", "ro", "ms", "hi", "mixed"), ln
    assert o in (REC, AC, ACH, AU, NC), ln
    assert ln["rep"] in repids and ln["why"], ln
    assert "<@" not in txt, ln
    if o == AC:
        assert e["client"] is None, ln
    else:
        assert e["client"] in cl, ln
    if o == NC:
        assert ln["rep"] not in cl[e["client"]]["coverage"], ln
    if o in (REC, ACH, AU):
        assert ln["rep"] in cl[e["client"]]["coverage"], ln
    own = ln.pop("_own")
    if o != REC:
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
            assert any(m.lower() in txt.lower() for m in MARKS[k["currency"]]), ln
    named = [a for a in accts if a in txt]
    if not own:
        for a in named:  # a named account of the client must appear on some claim
            assert any(k["account"] == a for k in e["claims"]), ln
    else:
        assert named, ln
    if e["follow_up_on"]:
        assert e["follow_up_on"] > T, ln
    if e["initiative"]:
        assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
    else:
        assert "#" not in txt, ln
    for s in e["notes_contains"] + e["notes_excludes"]:
        assert s.lower() in txt.lower(), (s, ln)
    for s in e["notes_contains"]:
        assert not any(
            w.lower() in s.lower() for cc in clients for w in cc["name"].split() if len(w) > 2
        ), (s, ln)
ids = [x["id"] for x in lines]
assert len(set(ids)) == len(ids)
texts = [x["text"] for x in lines]
assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
byl = Counter(x["lang"] for x in lines)
byo = Counter(x["expect"]["outcome"] for x in lines)
if not PARTIAL:
    assert len(lines) == 250, len(lines)
    assert all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi", "mixed")), byl
    assert byo[REC] >= 0.55 * len(lines), byo
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
asks = sum(v for k, v in byo.items() if k != REC)
print(len(lines), "lines;", len(clients), "clients")
print("by language:", dict(byl))
print("en by rep:", dict(Counter(x["rep"] for x in lines if x["lang"] == "en")))
print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)")
print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))
print("multi-claim lines:", sum(1 for x in lines if len(x["expect"]["claims"]) > 1))
print(
    "outcome by language:",
    {
        lg: dict(Counter(x["expect"]["outcome"] for x in lines if x["lang"] == lg))
        for lg in sorted(byl)
    },
)

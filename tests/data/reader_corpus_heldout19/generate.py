"""Held-out reader corpus 19: builds and validates corpus.json. Edit this file, never the JSON.

Run `python3 generate.py` (full checks) or `python3 generate.py --partial` (skips count checks).
"""

import datetime as dt
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

NOW = "2028-05-17T15:45:00Z"
NOWDT = dt.datetime(2028, 5, 17, 15, 45, tzinfo=dt.UTC)
TODAY = dt.date(2028, 5, 17)
assert TODAY.weekday() == 2  # Wednesday
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


def on(m, d):
    return iso(dt.date(2028, m, d))


R = {
    "FR": "U19FRBDX1",
    "SV": "U19SVGOT2",
    "RO": "U19ROCLJ3",
    "MS": "U19MSPEN4",
    "HI": "U19HIDEL5",
    "GB": "U19GBEDI6",
    "US": "U19USBOS7",
    "SG": "U19SGSIN8",
}
reps = [
    {
        "slack_user_id": R["FR"],
        "name": "Solène Bertrand",
        "timezone": "Europe/Paris",
        "locale": "fr-FR",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["SV"],
        "name": "Johan Ekdahl",
        "timezone": "Europe/Stockholm",
        "locale": "sv-SE",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["RO"],
        "name": "Radu Pop",
        "timezone": "Europe/Bucharest",
        "locale": "ro-RO",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["MS"],
        "name": "Nurul Aisyah binti Hamzah",
        "timezone": "Asia/Kuala_Lumpur",
        "locale": "ms-MY",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["HI"],
        "name": "Rohit Malhotra",
        "timezone": "Asia/Kolkata",
        "locale": "hi-IN",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["GB"],
        "name": "Fiona MacLeod",
        "timezone": "Europe/London",
        "locale": "en-GB",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["US"],
        "name": "Kevin Sullivan",
        "timezone": "America/New_York",
        "locale": "en-US",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["SG"],
        "name": "Priscilla Tan",
        "timezone": "Asia/Singapore",
        "locale": "en-SG",
        "roles": ["rep"],
    },
]


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
    # Bordeaux
    C("K-1901", "Olivier Garnier", "Garnier", "UHNW", ["FR"], [("ACC-9101", "EUR")]),
    C("K-1902", "Hélène Garnier", "Garnier", "HNW", ["FR"], [("ACC-9102", "EUR")]),
    C(
        "K-1903",
        "Blanche Rivière",
        "Rivière",
        "UHNW",
        ["FR"],
        [("ACC-9103", "EUR"), ("ACC-9104", "CHF")],
    ),
    C(
        "K-1904",
        "Thierry Lacombe",
        "Lacombe (Thierry)",
        "corporate executive",
        ["FR"],
        [("ACC-9105", "EUR")],
    ),
    C("K-1905", "Pierre Lacombe", "Lacombe (Pierre)", "HNW", [], [("ACC-9106", "EUR")]),
    C("K-1906", "Rose Marchal", "Marchal", "HNW", ["FR"], [("ACC-9107", "EUR")]),
    C("K-1907", "Étienne Vidal", "Vidal", "HNW", ["SG", "FR"], [("ACC-9807", "EUR")]),
    # Göteborg
    C("K-1911", "Sven Lindahl", "Lindahl", "UHNW", ["SV"], [("ACC-9201", "SEK")]),
    C(
        "K-1912",
        "Karin Lindahl",
        "Lindahl",
        "UHNW",
        ["SV"],
        [("ACC-9202", "SEK"), ("ACC-9203", "EUR")],
    ),
    C("K-1913", "Björn Hägg", "Hägg", "HNW", ["SV"], [("ACC-9204", "SEK")]),
    C("K-1914", "Sol Nyström", "Nyström", "HNW", ["SV"], [("ACC-9205", "SEK")]),
    C("K-1915", "Gustav Ek", "Ek", "HNW", [], [("ACC-9206", "SEK")]),
    C("K-1916", "Ingrid Falk", "Falk", "corporate executive", ["SV"], [("ACC-9207", "NOK")]),
    C("K-1917", "Mats Sundqvist", "Sundqvist", "UHNW", ["GB"], [("ACC-9208", "SEK")]),
    # Cluj
    C("K-1921", "Mihai Dobre", "Dobre", "UHNW", ["RO"], [("ACC-9301", "RON")]),
    C("K-1922", "Ioana Dobre", "Dobre", "HNW", ["RO"], [("ACC-9302", "RON"), ("ACC-9303", "EUR")]),
    C("K-1923", "Cornel Lupu", "Lupu", "HNW", ["RO"], [("ACC-9304", "EUR")]),
    C(
        "K-1924",
        "Flavia Ardelean",
        "Ardelean (Flavia)",
        "corporate executive",
        ["RO"],
        [("ACC-9305", "RON")],
    ),
    C("K-1925", "Dan Ardelean", "Ardelean (Dan)", "HNW", [], [("ACC-9306", "RON")]),
    C("K-1927", "Ioana Lupu", "Lupu (Ioana)", "HNW", [], [("ACC-9308", "RON")]),
    C("K-1926", "Marius Bucur", "Bucur", "HNW", ["RO"], [("ACC-9307", "RON")]),
    # Penang
    C("K-1931", "Lim Boon Keat", "Lim (Penang)", "UHNW", ["MS"], [("ACC-9401", "MYR")]),
    C(
        "K-1932",
        "Lim Mei Ling",
        "Lim (Penang)",
        "UHNW",
        ["MS"],
        [("ACC-9402", "MYR"), ("ACC-9403", "SGD")],
    ),
    C("K-1933", "Bunga binti Rashid", "Rashid", "HNW", ["MS"], [("ACC-9404", "MYR")]),
    C(
        "K-1934",
        "Azman bin Yusof",
        "Yusof (Azman)",
        "corporate executive",
        ["MS"],
        [("ACC-9405", "MYR")],
    ),
    C("K-1935", "Kamarul Ariffin bin Yusof", "Yusof (Kamarul)", "HNW", [], [("ACC-9406", "MYR")]),
    C("K-1936", "Ganesh a/l Subramaniam", "Subramaniam", "HNW", ["MS"], [("ACC-9407", "MYR")]),
    # Delhi
    C("K-1941", "Vikram Sethi", "Sethi", "UHNW", ["HI"], [("ACC-9501", "INR")]),
    C("K-1942", "Priya Sethi", "Sethi", "UHNW", ["HI"], [("ACC-9502", "INR"), ("ACC-9503", "USD")]),
    C("K-1943", "Shanti Kapoor", "Kapoor", "HNW", ["HI"], [("ACC-9504", "INR")]),
    C(
        "K-1944",
        "Arjun Mehra",
        "Mehra (Arjun)",
        "corporate executive",
        ["HI"],
        [("ACC-9505", "INR")],
    ),
    C("K-1945", "Anil Mehra", "Mehra (Anil)", "HNW", [], [("ACC-9506", "INR")]),
    C("K-1946", "Som Dutt", "Dutt", "HNW", ["HI"], [("ACC-9507", "INR")]),
    C("K-1947", "Deepak Nair", "Nair", "HNW", ["SG"], [("ACC-9508", "INR")]),
    # Edinburgh
    C("K-1951", "Alasdair Buchanan", "Buchanan", "UHNW", ["GB"], [("ACC-9601", "GBP")]),
    C(
        "K-1952",
        "Isla Buchanan",
        "Buchanan",
        "UHNW",
        ["GB"],
        [("ACC-9602", "GBP"), ("ACC-9603", "EUR")],
    ),
    C("K-1953", "Callum Buchanan", "Buchanan", "HNW", [], [("ACC-9604", "GBP")]),
    C(
        "K-1954",
        "Hamish Drummond",
        "Drummond",
        "corporate executive",
        ["GB"],
        [("ACC-9605", "GBP")],
    ),
    C("K-1955", "Heather Lang", "Lang", "HNW", ["GB"], [("ACC-9606", "GBP")]),
    C("K-1956", "Euan Fraser", "Fraser", "HNW", ["US"], [("ACC-9607", "GBP")]),
    # Boston
    C("K-1961", "Brooke Whitman", "Whitman", "UHNW", ["US"], [("ACC-9701", "USD")]),
    C("K-1962", "Dale Whitman", "Whitman", "HNW", ["US"], [("ACC-9702", "USD")]),
    C(
        "K-1963",
        "Sterling Hayes",
        "Hayes",
        "UHNW",
        ["US"],
        [("ACC-9703", "USD"), ("ACC-9704", "GBP")],
    ),
    C("K-1964", "Summer Caldwell", "Caldwell (Summer)", "HNW", ["US"], [("ACC-9705", "USD")]),
    C("K-1965", "Reid Caldwell", "Caldwell (Reid)", "HNW", [], [("ACC-9706", "USD")]),
    C(
        "K-1966",
        "Marcus Okoro",
        "Okoro",
        "corporate executive",
        ["US", "GB"],
        [("ACC-9708", "USD")],
    ),
    # Singapore
    C("K-1971", "Goh Wei Ming", "Goh", "UHNW", ["SG"], [("ACC-9801", "SGD")]),
    C("K-1972", "Goh Li Hua", "Goh", "UHNW", ["SG"], [("ACC-9802", "SGD"), ("ACC-9803", "USD")]),
    C("K-1973", "Raymond Teo", "Teo", "corporate executive", ["SG"], [("ACC-9804", "SGD")]),
    C("K-1974", "Jasmine Koh", "Koh", "HNW", ["SG"], [("ACC-9805", "SGD")]),
    C("K-1975", "Lim Hock Seng", "Lim (Singapore)", "HNW", ["SG"], [("ACC-9806", "SGD")]),
    C("K-1976", "Sunny Chua", "Chua", "HNW", ["SG"], [("ACC-9808", "SGD")]),
    C("K-1978", "Heather Ng", "Ng", "HNW", ["SG"], [("ACC-9810", "SGD")]),
    C("K-1948", "Priya Nair", "Nair", "HNW", ["SG"], [("ACC-9509", "INR")]),
    C(
        "K-1977",
        "Farah binti Ismail",
        "Ismail",
        "HNW",
        ["SG", "MS"],
        [("ACC-9809", "SGD"), ("ACC-9408", "MYR")],
    ),
]
initiatives = [
    {"tag": "opera-bordeaux", "name": "Opéra de Bordeaux gala night"},
    {"tag": "tattoo-gala", "name": "Edinburgh Military Tattoo hospitality"},
    {"tag": "night-race", "name": "Singapore night race paddock club"},
    {"tag": "regatta-marstrand", "name": "Marstrand match-racing regatta"},
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
            "id": f"h19-{len(lines) + 1:03d}",
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


# ================= en: Boston rep (local Wed 11:45) =================
L(
    "en",
    "US",
    "Brooke Whitman coffee at Tatte this am, went over the 529 for her twins + RMDs",
    REC,
    "K-1961",
    "in_person",
    T,
    None,
    nc=["529", "RMD"],
    ne=["this am"],
    why="coffee = in person; 529 is a plan name; part of day gives no time",
)
L(
    "en",
    "US",
    "call w/ Dale Whitman yesterday 3:15pm re: estate plan, his attorney drafting a revocable trust",
    REC,
    "K-1962",
    "phone",
    Y,
    "15:15",
    nc=["revocable trust"],
    ne=["yesterday", "3:15pm"],
    why="plain record",
)
L(
    "en",
    "US",
    "Mon - Summer Caldwell zoom, beneficiary designations on the 403(b), she's 61",
    REC,
    "K-1964",
    "video",
    past("mon"),
    None,
    nc=["403(b)"],
    ne=["Mon"],
    why="day first; first name Summer; age and 403(b) not amounts",
)
L(
    "en",
    "US",
    "Sterling Hayes lunch at the Harvard Club 5/12, wired in $1.5mm to ACC-9703",
    REC,
    "K-1963",
    "in_person",
    on(5, 12),
    None,
    [dep("1500000", "USD", "ACC-9703")],
    ne=["5/12"],
    why="US m/d; 'Sterling' is a first name, the $ and the account give USD",
)
L(
    "en",
    "US",
    "Sterling Hayes rang Thu, pledged 400k before the London move",
    AU,
    "K-1963",
    why="USD and GBP accounts, no currency; 'Sterling' is his name, not the currency",
)
L(
    "en",
    "US",
    "Brooke Whitman phone 10:30 today, deposited 250k from the house sale, follow up 5/24",
    REC,
    "K-1961",
    "phone",
    T,
    "10:30",
    [dep("250000", "USD")],
    on(5, 24),
    ne=["10:30"],
    why="single USD account; US m/d follow-up",
)
L(
    "en",
    "US",
    "Reid Caldwell met at the club Sat, prospect, ~20m net worth",
    NC,
    "K-1965",
    why="in the firm, covered by nobody; must not fall on Summer Caldwell",
)
L(
    "en",
    "US",
    "Caldwell called re: Roth conversion",
    AC,
    why="two Caldwells in the firm, one uncovered",
)
L(
    "en",
    "US",
    "Marcus Okoro teams mtg last Wednesday 9am, won the mandate on the Series C, fee $425k",
    REC,
    "K-1966",
    "video",
    past("wed"),
    "09:00",
    [man("425000", "USD")],
    nc=["Series C"],
    ne=["last Wednesday", "9am"],
    why="last <today's weekday> = 7 days ago",
)
L(
    "en",
    "US",
    "spoke w/ Summer Caldwell re long-term care insurance",
    ACH,
    "K-1964",
    why="'spoke' names no channel",
)
L(
    "en",
    "US",
    "Euan Fraser call this morning, UK pension transfer Qs, QROPS",
    REC,
    "K-1956",
    "phone",
    T,
    None,
    nc=["QROPS"],
    ne=["this morning"],
    why="Boston rep covers a UK client; GBP account",
)
L(
    "en",
    "US",
    "Brooke and Dale Whitman dinner last night, anniversary",
    AC,
    why="two clients of one household in one line",
)
L(
    "en",
    "US",
    "Marcus Okoro letter sent today w/ signed engagement letter + W-9",
    REC,
    "K-1966",
    "mail",
    T,
    None,
    nc=["W-9"],
    why="letter = mail",
)
L(
    "en",
    "US",
    "Summer Caldwell phone last Tuesday, wants to fund a DAF",
    AU,
    "K-1964",
    why="last <yesterday's weekday> could be yesterday or 8 days ago",
)
# ================= en: Edinburgh rep (local Wed 16:45) =================
L(
    "en",
    "GB",
    "Alasdair Buchanan - lunch at the New Club today, IHT planning, gifting out of surplus income",
    REC,
    "K-1951",
    "in_person",
    T,
    None,
    nc=["IHT"],
    why="lunch = in person",
)
L(
    "en",
    "GB",
    "Isla Buchanan phoned at quarter past ten, deposited €600k into ACC-9603",
    REC,
    "K-1952",
    "phone",
    T,
    "10:15",
    [dep("600000", "EUR", "ACC-9603")],
    ne=["quarter past ten"],
    why="quarter past ten = 10:15; EUR account named",
)
L(
    "en",
    "GB",
    "Buchanans - coffee Fri re the grandchildren's JISAs",
    AC,
    why="household plural; three Buchanans in the firm",
)
L(
    "en",
    "GB",
    "Callum Buchanan phone this am, wants a SIPP review",
    NC,
    "K-1953",
    why="same household, covered by nobody",
)
L(
    "en",
    "GB",
    "Hamish Drummond email 14/5 - mandate won for the MBO, fee £220k",
    REC,
    "K-1954",
    "email",
    on(5, 14),
    None,
    [man("220000", "GBP")],
    nc=["MBO"],
    ne=["14/5"],
    why="UK d/m; mandate with fee",
)
L(
    "en",
    "GB",
    "Heather Lang zoom 9.40 this morning, ISA allowance used, 2 kids at uni",
    REC,
    "K-1955",
    "video",
    T,
    "09:40",
    nc=["ISA"],
    ne=["9.40"],
    why="dotted time wins over the part of day; Heather is a name",
)
L(
    "en",
    "GB",
    "Mats Sundqvist video call Mon, pledged 5 MSEK, chase Friday",
    REC,
    "K-1917",
    "video",
    past("mon"),
    None,
    [plg("5000000", "SEK")],
    nxt("fri"),
    ne=["Mon"],
    why="Edinburgh rep covers a Swedish client; chase -> next Friday",
)
L("en", "GB", "Heather Lang rang at 3", AU, "K-1955", why="bare hour 3: 03:00 and 15:00 both past")
L(
    "en",
    "GB",
    "Marcus Okoro lunch Tuesday 1pm #tattoo-gala, committed $3m",
    REC,
    "K-1966",
    "in_person",
    Y,
    "13:00",
    [plg("3000000", "USD")],
    init="tattoo-gala",
    ne=["Tuesday", "1pm"],
    why="secondary coverage; bare Tuesday = yesterday",
)
L(
    "en",
    "GB",
    "Alasdair Buchanan posted his signed LPA and trust deed, arrived this morning",
    REC,
    "K-1951",
    "mail",
    T,
    None,
    nc=["LPA"],
    why="posted = mail",
)
# ================= en: Singapore rep (local Wed 23:45) =================
L(
    "en",
    "SG",
    "Goh Wei Ming lunch at Tanglin Club today 12.30, topped up S$800k into ACC-9801",
    REC,
    "K-1971",
    "in_person",
    T,
    "12:30",
    [dep("800000", "SGD", "ACC-9801")],
    ne=["12.30"],
    why="topped up into an account = deposit",
)
L(
    "en",
    "SG",
    "Goh Li Hua call yesterday, transferred 500k",
    AU,
    "K-1972",
    why="transfer with no direction, and SGD+USD client",
)
L(
    "en",
    "SG",
    "Raymond Teo zoom Mon 4pm, mandate fee S$350k for the REIT listing",
    REC,
    "K-1973",
    "video",
    past("mon"),
    "16:00",
    [man("350000", "SGD")],
    nc=["REIT"],
    ne=["Mon", "4pm"],
    why="'mandate fee' with amount is a mandate claim",
)
L(
    "en",
    "SG",
    "Lim Hock Seng met at MBS for the #night-race, pledged 2m, f/u Thursday",
    REC,
    "K-1975",
    "in_person",
    T,
    None,
    [plg("2000000", "SGD")],
    nxt("thu"),
    init="night-race",
    why="single SGD account; f/u -> next Thursday",
)
L(
    "en",
    "SG",
    "Lim coffee this morning, talked about his kids' trust",
    AC,
    why="three clients named Lim in the firm",
)
L(
    "en",
    "SG",
    "Deepak Nair whatsapp call today 9pm, NRO repatriation",
    REC,
    "K-1947",
    "phone",
    T,
    "21:00",
    nc=["NRO"],
    ne=["9pm"],
    why="whatsapp call = phone",
)
L(
    "en",
    "SG",
    "Étienne Vidal video call 8:15 this morning, deposited EUR 400k and pledged another 1m EUR",
    REC,
    "K-1907",
    "video",
    T,
    "08:15",
    [dep("400000", "EUR"), plg("1000000", "EUR")],
    ne=["8:15"],
    why="two outcomes",
)
L(
    "en",
    "SG",
    "Goh Li Hua teams call today, wired USD 1.2m into ACC-9803, follow up 24/5",
    REC,
    "K-1972",
    "video",
    T,
    None,
    [dep("1200000", "USD", "ACC-9803")],
    on(5, 24),
    why="en-SG uses d/m",
)


# ================= fr: Bordeaux rep (local Wed 17:45) =================
L(
    "fr",
    "FR",
    "rdv Olivier Garnier à son cabinet ce matin, point succession et démembrement de propriété",
    REC,
    "K-1901",
    "in_person",
    T,
    None,
    nc=["démembrement"],
    ne=["ce matin"],
    why="rdv = in person",
)
L(
    "fr",
    "FR",
    "Hélène Garnier tél hier 18h30, questions sur la donation aux petits-enfants",
    REC,
    "K-1902",
    "phone",
    Y,
    "18:30",
    nc=["donation"],
    ne=["hier", "18h30"],
    why="plain record",
)
L(
    "fr",
    "FR",
    "lundi, déj avec Thierry Lacombe au Chapon Fin, il a versé 1,2 M€ sur ACC-9105",
    REC,
    "K-1904",
    "in_person",
    past("mon"),
    None,
    [dep("1200000", "EUR", "ACC-9105")],
    ne=["lundi"],
    why="day first; décimale à virgule, M€",
)
L(
    "fr",
    "FR",
    "Lacombe rappelé ce matin pour le PER",
    AC,
    why="two Lacombes in the firm (Pierre covered by nobody)",
)
L(
    "fr",
    "FR",
    "Pierre Lacombe rdv vendredi, prospect, patrimoine ~6 M€",
    NC,
    "K-1905",
    why="covered by nobody; AUM is no claim",
)
L(
    "fr",
    "FR",
    "Blanche Rivière visio 10h, promis 500 k",
    AU,
    "K-1903",
    why="EUR and CHF accounts, no currency",
)
L(
    "fr",
    "FR",
    "Blanche Rivière appel jeudi 11h15, apport de 2 MCHF sur ACC-9104, relance le 29/05",
    REC,
    "K-1903",
    "phone",
    past("thu"),
    "11:15",
    [dep("2000000", "CHF", "ACC-9104")],
    on(5, 29),
    ne=["jeudi", "11h15"],
    why="apport = deposit; fr d/m follow-up",
)
L(
    "fr",
    "FR",
    "Rose Marchal mail reçu ce matin, avis d'imposition IFI et relevé T1",
    REC,
    "K-1906",
    "email",
    T,
    None,
    nc=["IFI"],
    ne=["ce matin"],
    why="Rose is a first name; T1 not an amount",
)
L(
    "fr",
    "FR",
    "Rose Marchal tél à 3h",
    AU,
    "K-1906",
    why="after 'à', 3 counts as either half and both are past",
)
L(
    "fr",
    "FR",
    "Hélène Garnier visio à 9h, assurance-vie clause bénéficiaire à revoir",
    REC,
    "K-1902",
    "video",
    T,
    "09:00",
    nc=["clause bénéficiaire"],
    ne=["9h"],
    why="after 'à', 7-12 are read as typed",
)
L(
    "fr",
    "FR",
    "Olivier Garnier a discuté de l'EHPAD de sa mère hier",
    ACH,
    "K-1901",
    why="'discuté' gives no channel",
)
L(
    "fr",
    "FR",
    "courrier envoyé à Thierry Lacombe le 15/05 avec la lettre de mission et le DER",
    REC,
    "K-1904",
    "mail",
    on(5, 15),
    None,
    nc=["lettre de mission"],
    ne=["15/05"],
    why="channel first; courrier = mail",
)
L("fr", "FR", "Garnier, déj dimanche en famille chez eux", AC, why="household name only")
L(
    "fr",
    "FR",
    "Étienne Vidal appel hier soir à 8h, engagement de 750 000 € d'ici septembre",
    REC,
    "K-1907",
    "phone",
    Y,
    "20:00",
    [plg("750000", "EUR")],
    nc=["septembre"],
    ne=["hier soir"],
    why="hier soir turns 8h into 20:00; secondary coverage",
)
L(
    "fr",
    "FR",
    "Thierry Lacombe rdv mardi dernier",
    AU,
    "K-1904",
    why="last <yesterday's weekday> is ambiguous",
)
L(
    "fr",
    "FR",
    "Blanche Rivière visio mercredi dernier 16h, mandat de gestion pilotée signé sur 3 M€",
    REC,
    "K-1903",
    "video",
    past("wed"),
    "16:00",
    nc=["gestion pilotée"],
    ne=["mercredi dernier", "16h"],
    why="management mandate never a claim; last <today> = 7 days ago",
)
L(
    "fr",
    "FR",
    "Olivier Garnier tél ce matin : il a finalement pas versé les 400k, attend la cession de sa SCI",
    REC,
    "K-1901",
    "phone",
    T,
    None,
    nc=["SCI"],
    ne=["ce matin"],
    why="negated deposit",
)
L(
    "fr",
    "FR",
    "Hélène Garnier rdv au #opera-bordeaux samedi soir, 2 enfants, 58 ans, tél 06 12 44 78 90",
    REC,
    "K-1902",
    "in_person",
    past("sat"),
    None,
    init="opera-bordeaux",
    ne=["samedi soir"],
    why="count, age, phone number not amounts",
)
L(
    "fr",
    "FR",
    "Thierry Lacombe visio 14h, mandat remporté pour la cession de sa PME, honoraires 180 k€",
    REC,
    "K-1904",
    "video",
    T,
    "14:00",
    [man("180000", "EUR")],
    nc=["cession"],
    ne=["14h"],
    why="mandate with fee; no day word -> today",
)
L(
    "fr",
    "FR",
    "Rose Marchal tél hier, elle a viré 300 000 €",
    AU,
    "K-1906",
    why="'a viré' has no direction",
)
L(
    "fr",
    "FR",
    "Blanche Rivière courrier reçu aujourd'hui : copie CNI et justificatif de domicile pour le KYC",
    REC,
    "K-1903",
    "mail",
    T,
    None,
    nc=["KYC"],
    ne=["aujourd'hui"],
    why="courrier = mail",
)
L(
    "fr",
    "FR",
    "tél Hélène Garnier à 11h30, versement 80 000 € et engagement de 250 000 € en octobre",
    REC,
    "K-1902",
    "phone",
    T,
    "11:30",
    [dep("80000", "EUR"), plg("250000", "EUR")],
    nc=["octobre"],
    ne=["11h30"],
    why="two outcomes; channel first",
)
L("fr", "FR", "Olivier Garnier rdv ce week-end au golf", AU, "K-1901", why="weekend names two days")
L(
    "fr",
    "FR",
    "Hélène Garnier mail hier, relance mardi prochain sur le testament",
    REC,
    "K-1902",
    "email",
    Y,
    None,
    fu=nxt("tue"),
    nc=["testament"],
    ne=["hier"],
    why="relance -> next Tuesday",
)
L(
    "fr",
    "FR",
    "Blanche Rivière déj jeudi, s'est engagée sur 400 000 CHF",
    REC,
    "K-1903",
    "in_person",
    past("thu"),
    None,
    [plg("400000", "CHF")],
    ne=["jeudi"],
    why="CHF named on an EUR+CHF client",
)
L(
    "fr",
    "FR",
    "Sylvain Marchal tél ce matin, veut ouvrir un compte",
    AC,
    why="unknown person sharing Rose Marchal's last name",
)
L(
    "fr",
    "FR",
    "Thierry Lacombe tél à 7h30, bilan retraite Madelin et PERCOL",
    REC,
    "K-1904",
    "phone",
    T,
    "07:30",
    nc=["Madelin"],
    ne=["7h30"],
    why="H:MM read as typed",
)
L("fr", "FR", "Rose Marchal visio le 32 mai", AU, "K-1906", why="a date that cannot be read")
L(
    "fr",
    "FR",
    "Olivier Garnier rdv hier 17h, a versé 500 k€ sur ACC-9101 + mandat de conseil signé",
    REC,
    "K-1901",
    "in_person",
    Y,
    "17:00",
    [dep("500000", "EUR", "ACC-9101")],
    ne=["hier", "17h"],
    why="advisory mandate is no claim; deposit into account",
)
L(
    "fr",
    "FR",
    "Étienne Vidal mail mardi, versement reçu de 600 k€ sur ACC-9807",
    REC,
    "K-1907",
    "email",
    Y,
    None,
    [dep("600000", "EUR", "ACC-9807")],
    ne=["mardi"],
    why="bare mardi = yesterday",
)


# ================= sv: Göteborg rep (local Wed 17:45) =================
L(
    "sv",
    "SV",
    "fika med Sven Lindahl på Da Matteo i morse, gick igenom ISK och kapitalförsäkringen",
    REC,
    "K-1911",
    "in_person",
    T,
    None,
    nc=["kapitalförsäkring"],
    ne=["i morse"],
    why="fika = in person",
)
L(
    "sv",
    "SV",
    "Karin Lindahl ringde igår kl 14.20, frågor om tjänstepensionen",
    REC,
    "K-1912",
    "phone",
    Y,
    "14:20",
    nc=["tjänstepension"],
    ne=["igår", "14.20"],
    why="dotted 24-hour time",
)
L(
    "sv",
    "SV",
    "i måndags lunch med Björn Hägg, han satte in 2,5 milj. kr på ACC-9204",
    REC,
    "K-1913",
    "in_person",
    past("mon"),
    None,
    [dep("2500000", "SEK", "ACC-9204")],
    ne=["måndags"],
    why="day first; satte in = deposit; milj. kr",
)
L(
    "sv",
    "SV",
    "Karin Lindahl teams i tisdags, lovade 1,5 milj",
    AU,
    "K-1912",
    why="SEK and EUR accounts, no currency",
)
L("sv", "SV", "Lindahls middag i lördags, barnbarnens sparande", AC, why="household plural")
L(
    "sv",
    "SV",
    "Gustav Ek möte i fredags, prospekt, förmögenhet ca 40 MSEK",
    NC,
    "K-1915",
    why="covered by nobody; wealth is no claim",
)
L(
    "sv",
    "SV",
    "Sol Nyström mejl i förrgår, deklarationen och K4-blanketten",
    REC,
    "K-1914",
    "email",
    DBY,
    None,
    nc=["K4"],
    ne=["i förrgår"],
    why="Sol is a first name (sun); K4 form not an amount",
)
L(
    "sv",
    "SV",
    "Sol Nyström ringde kl 3",
    AU,
    "K-1914",
    why="after kl, 3 counts as either half and both are past",
)
L(
    "sv",
    "SV",
    "Björn Hägg samtal kl 7 i morse om bouppteckningen efter pappan",
    REC,
    "K-1913",
    "phone",
    T,
    "07:00",
    nc=["bouppteckning"],
    ne=["kl 7"],
    why="after kl, 7 is read as typed",
)
L(
    "sv",
    "SV",
    "Ingrid Falk videomöte i tisdags 16:00, vunnit mandatet för noteringen, arvode NOK 900 000",
    REC,
    "K-1916",
    "video",
    Y,
    "16:00",
    [man("900000", "NOK")],
    nc=["noteringen"],
    ne=["tisdags", "16:00"],
    why="i tisdags = yesterday; mandate with fee",
)
L(
    "sv",
    "SV",
    "Sven Lindahl pratade om generationsskiftet igår",
    ACH,
    "K-1911",
    why="'pratade' gives no channel",
)
L(
    "sv",
    "SV",
    "brev skickat till Sven Lindahl idag med fullmakten och gåvobrevet",
    REC,
    "K-1911",
    "mail",
    T,
    None,
    nc=["fullmakt"],
    why="channel first; brev = mail",
)
L(
    "sv",
    "SV",
    "Björn Hägg fika förra tisdagen",
    AU,
    "K-1913",
    why="last <yesterday's weekday> is ambiguous",
)
L(
    "sv",
    "SV",
    "Mats Sundqvist lunch igår, diskuterade hans bolagsförsäljning",
    NC,
    "K-1917",
    why="covered by the Edinburgh rep only",
)
L(
    "sv",
    "SV",
    "Sol Nyström möte förra onsdagen 10:30, gick igenom fondbytet, 7% avkastning i år",
    REC,
    "K-1914",
    "in_person",
    past("wed"),
    "10:30",
    nc=["fondbyte"],
    ne=["förra onsdagen", "10:30"],
    why="last <today's weekday> = 7 days ago; percentage",
)
L(
    "sv",
    "SV",
    "Karin Lindahl mejl idag: insättning 400 000 kr på ACC-9202 + hon lovade EUR 200k till",
    REC,
    "K-1912",
    "email",
    T,
    None,
    [dep("400000", "SEK", "ACC-9202"), plg("200000", "EUR")],
    why="two outcomes in two currencies",
)
L(
    "sv",
    "SV",
    "Sven Lindahl möte igår kväll kl 8 på Sjömagasinet, lovade 3 MSEK, följ upp fredag",
    REC,
    "K-1911",
    "in_person",
    Y,
    "20:00",
    [plg("3000000", "SEK")],
    nxt("fri"),
    ne=["igår kväll"],
    why="kväll turns 8 into 20:00; följ upp -> next Friday",
)
L(
    "sv",
    "SV",
    "Björn Hägg ringde i eftermiddags, han har INTE satt in de 500 tkr än",
    REC,
    "K-1913",
    "phone",
    T,
    None,
    nc=["500 tkr"],
    ne=["i eftermiddags"],
    why="negated deposit",
)
L(
    "sv",
    "SV",
    "Sven Lindahl överförde 1 mnkr igår, samtal",
    AU,
    "K-1911",
    why="'överförde' has no direction",
)
L(
    "sv",
    "SV",
    "Ingrid Falk teams 15/5 om styrelsearvodet och optionsprogrammet",
    REC,
    "K-1916",
    "video",
    on(5, 15),
    None,
    nc=["optionsprogram"],
    ne=["15/5"],
    why="d/m date",
)
L(
    "sv",
    "SV",
    "Björn Hägg brev idag med KYC-underlag och pass-kopia",
    REC,
    "K-1913",
    "mail",
    T,
    None,
    nc=["KYC"],
    why="brev = mail; Björn is also a word",
)
L(
    "sv",
    "SV",
    "Sven Lindahl ringde 9.15, flyttade 2 milj mellan sina egna konton hos oss",
    REC,
    "K-1911",
    "phone",
    T,
    "09:15",
    nc=["egna konton"],
    ne=["9.15"],
    why="move between own accounts is no claim",
)
L(
    "sv",
    "SV",
    "Ingrid Falk lunch på Heaven 23 i fredags #regatta-marstrand, lovade NOK 4 mn",
    REC,
    "K-1916",
    "in_person",
    past("fri"),
    None,
    [plg("4000000", "NOK")],
    init="regatta-marstrand",
    ne=["fredags"],
    why="restaurant name with a number; pledge in NOK",
)
L(
    "sv",
    "SV",
    "Karin Lindahl ringde söndag, testamente och särkullbarn",
    REC,
    "K-1912",
    "phone",
    past("sun"),
    None,
    nc=["särkullbarn"],
    ne=["söndag"],
    why="bare weekday = last Sunday",
)
L(
    "sv",
    "SV",
    "Björn Hägg videosamtal igår 11:00, satte in 1,2 milj. kr och lovade ytterligare 800 tkr",
    REC,
    "K-1913",
    "video",
    Y,
    "11:00",
    [dep("1200000", "SEK"), plg("800000", "SEK")],
    ne=["igår", "11:00"],
    why="two outcomes",
)
L("sv", "SV", "Sven Lindahl möte i helgen på båten", AU, "K-1911", why="weekend names two days")
L(
    "sv",
    "SV",
    "Ingrid Falk mejl i morse, följ upp den 2/6 om aktiesparprogrammet",
    REC,
    "K-1916",
    "email",
    T,
    None,
    fu=on(6, 2),
    nc=["aktiespar"],
    ne=["i morse"],
    why="follow-up date d/m",
)
L(
    "sv",
    "SV",
    "Karin Lindahl samtal i tisdags, insättning EUR 350 000 på ACC-9203",
    REC,
    "K-1912",
    "phone",
    Y,
    None,
    [dep("350000", "EUR", "ACC-9203")],
    ne=["tisdags"],
    why="account named",
)
L(
    "sv",
    "SV",
    "Sol Nyström ringde 16:10, premiepensionen och PPM-fonder",
    REC,
    "K-1914",
    "phone",
    T,
    "16:10",
    nc=["PPM"],
    ne=["16:10"],
    why="24-hour time",
)
L(
    "sv",
    "SV",
    "Björn Lindqvist ringde idag om ett nytt konto",
    AC,
    why="unknown person sharing Björn Hägg's first name",
)


# ================= ro: Cluj rep (local Wed 18:45) =================
L(
    "ro",
    "RO",
    "întâlnire cu Mihai Dobre azi dimineață la birou, planificare succesorală și testament",
    REC,
    "K-1921",
    "in_person",
    T,
    None,
    nc=["succesoral"],
    ne=["azi dimineață"],
    why="întâlnire = in person",
)
L(
    "ro",
    "RO",
    "Ioana Dobre telefon ieri la 16:30, întrebări despre pilonul III de pensii",
    REC,
    "K-1922",
    "phone",
    Y,
    "16:30",
    nc=["pilonul III"],
    ne=["ieri", "16:30"],
    why="plain record",
)
L(
    "ro",
    "RO",
    "luni, cafea cu Cornel Lupu, a depus 300.000 EUR în ACC-9304",
    REC,
    "K-1923",
    "in_person",
    past("mon"),
    None,
    [dep("300000", "EUR", "ACC-9304")],
    ne=["luni"],
    why="day first; Lupu is also 'wolf'; dotted thousands",
)
L(
    "ro",
    "RO",
    "Ioana Dobre zoom marți, s-a angajat pentru 2 mil.",
    AU,
    "K-1922",
    why="RON and EUR accounts, no currency",
)
L(
    "ro",
    "RO",
    "familia Dobre cină duminică, discuție despre nepoți",
    AC,
    why="household named, two clients",
)
L(
    "ro",
    "RO",
    "Dan Ardelean întâlnire vineri, prospect, avere ~5 mil. euro",
    NC,
    "K-1925",
    why="covered by nobody; wealth no claim",
)
L("ro", "RO", "Ardelean a sunat azi pentru dividende", AC, why="two Ardeleans in the firm")
L(
    "ro",
    "RO",
    "Flavia Ardelean email alaltăieri, declarația unică și impozitul pe dividende 8%",
    REC,
    "K-1924",
    "email",
    DBY,
    None,
    nc=["declarația unică"],
    ne=["alaltăieri"],
    why="alaltăieri = day before yesterday; percentage",
)
L(
    "ro",
    "RO",
    "Marius Bucur telefon la 5",
    AU,
    "K-1926",
    why="after 'la', 5 counts as either half and both are past",
)
L(
    "ro",
    "RO",
    "Marius Bucur apel la 9 despre contul de custodie",
    REC,
    "K-1926",
    "phone",
    T,
    "09:00",
    nc=["custodie"],
    ne=["la 9"],
    why="after 'la', 9 is read as typed",
)
L(
    "ro",
    "RO",
    "Mihai Dobre am vorbit ieri despre vânzarea firmei",
    ACH,
    "K-1921",
    why="'am vorbit' gives no channel",
)
L(
    "ro",
    "RO",
    "scrisoare trimisă azi către Flavia Ardelean cu contractul de mandat și formularul FATCA",
    REC,
    "K-1924",
    "mail",
    T,
    None,
    nc=["FATCA"],
    why="channel first; scrisoare = mail",
)
L(
    "ro",
    "RO",
    "Cornel Lupu întâlnire marțea trecută",
    AU,
    "K-1923",
    why="last <yesterday's weekday> is ambiguous",
)
L(
    "ro",
    "RO",
    "Marius Bucur cafea miercurea trecută la 10:15, depozit la termen 250.000 lei reînnoit",
    REC,
    "K-1926",
    "in_person",
    past("wed"),
    "10:15",
    nc=["depozit la termen"],
    ne=["miercurea trecută", "10:15"],
    why="term deposit never a claim; last <today> = 7 days ago",
)
L(
    "ro",
    "RO",
    "Flavia Ardelean zoom azi 14:00, mandat câștigat pentru listarea pe BVB, onorariu 600.000 lei",
    REC,
    "K-1924",
    "video",
    T,
    "14:00",
    [man("600000", "RON")],
    nc=["BVB"],
    ne=["14:00"],
    why="mandate with fee in lei",
)
L(
    "ro",
    "RO",
    "Mihai Dobre telefon aseară la 8, a depus 1,5 mil. lei și a promis încă 500 mii lei până în iulie",
    REC,
    "K-1921",
    "phone",
    Y,
    "20:00",
    [dep("1500000", "RON"), plg("500000", "RON")],
    nc=["iulie"],
    ne=["aseară"],
    why="aseară turns 8 into 20:00; two outcomes",
)
L(
    "ro",
    "RO",
    "Cornel Lupu email ieri, NU a depus încă cei 200k, așteaptă vânzarea apartamentului",
    REC,
    "K-1923",
    "email",
    Y,
    None,
    nc=["apartament"],
    ne=["ieri"],
    why="negated deposit",
)
L(
    "ro",
    "RO",
    "Marius Bucur a transferat 400.000 lei ieri, telefon",
    AU,
    "K-1926",
    why="'a transferat' has no direction",
)
L(
    "ro",
    "RO",
    "Ioana Dobre întâlnire 15.05 la notar, actele de donație pentru apartament",
    REC,
    "K-1922",
    "in_person",
    on(5, 15),
    None,
    nc=["donație"],
    ne=["15.05"],
    why="ro d.m date",
)
L(
    "ro",
    "RO",
    "Cornel Lupu scrisoare primită azi cu copia CI și dovada adresei pentru KYC",
    REC,
    "K-1923",
    "mail",
    T,
    None,
    nc=["KYC"],
    why="scrisoare = mail",
)
L(
    "ro",
    "RO",
    "Mihai Dobre cafea sâmbătă după concertul de la Filarmonică, 3 copii, 52 de ani",
    REC,
    "K-1921",
    "in_person",
    past("sat"),
    None,
    nc=["Filarmonic"],
    ne=["sâmbătă"],
    why="counts and age are not amounts",
)
L(
    "ro",
    "RO",
    "Flavia Ardelean telefon duminică, revin vineri cu oferta de administrare discreționară",
    REC,
    "K-1924",
    "phone",
    past("sun"),
    None,
    fu=nxt("fri"),
    nc=["discreționar"],
    ne=["duminică"],
    why="revin -> next Friday",
)
L(
    "ro",
    "RO",
    "Cornel Lupu întâlnire ieri 12:30, s-a angajat pentru 400.000 euro, revin pe 25.05",
    REC,
    "K-1923",
    "in_person",
    Y,
    "12:30",
    [plg("400000", "EUR")],
    on(5, 25),
    ne=["ieri", "12:30"],
    why="pledge; follow-up d.m",
)
L(
    "ro",
    "RO",
    "Ioana Dobre email marți, a depus 150.000 lei în ACC-9302",
    REC,
    "K-1922",
    "email",
    Y,
    None,
    [dep("150000", "RON", "ACC-9302")],
    ne=["marți"],
    why="bare marți = yesterday; RON account named",
)
L("ro", "RO", "Mihai Dobre zoom weekendul acesta", AU, "K-1921", why="weekend names two days")
L(
    "ro",
    "RO",
    "Marius Bucur email azi dimineață, extras de cont T1 și contribuții pilon II",
    REC,
    "K-1926",
    "email",
    T,
    None,
    nc=["pilon II"],
    ne=["azi dimineață"],
    why="T1 not an amount",
)
L(
    "ro",
    "RO",
    "Andrei Bucur telefon azi, vrea să deschidă cont",
    AC,
    why="unknown person sharing Marius Bucur's last name",
)
L(
    "ro",
    "RO",
    "Cornel Lupu telefon azi la 8:05 despre pensia din Germania",
    REC,
    "K-1923",
    "phone",
    T,
    "08:05",
    nc=["Germania"],
    ne=["8:05"],
    why="H:MM read as typed",
)
L(
    "ro",
    "RO",
    "Mihai Dobre întâlnire vineri 18:00, mandat de administrare discreționară pe 4 mil. lei",
    REC,
    "K-1921",
    "in_person",
    past("fri"),
    "18:00",
    nc=["discreționar"],
    ne=["vineri", "18:00"],
    why="discretionary mandate never a claim",
)
L(
    "ro",
    "RO",
    "Ioana Dobre video azi 10:00, a depus 50.000 EUR în ACC-9303 și 200.000 lei în ACC-9302",
    REC,
    "K-1922",
    "video",
    T,
    "10:00",
    [dep("50000", "EUR", "ACC-9303"), dep("200000", "RON", "ACC-9302")],
    ne=["10:00"],
    why="two deposits into two named accounts",
)


# ================= ms: Penang rep (local Wed 23:45) =================
L(
    "ms",
    "MS",
    "Jumpa Lim Boon Keat di Gurney pagi tadi, bincang hartanah dan amanah keluarga",
    REC,
    "K-1931",
    "in_person",
    T,
    None,
    nc=["amanah keluarga"],
    ne=["pagi tadi"],
    why="jumpa = in person; 'dan' is 'and', not Dan Ardelean",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling telefon semalam pukul 3 petang, tanya pasal KWSP dan PRS",
    REC,
    "K-1932",
    "phone",
    Y,
    "15:00",
    nc=["PRS"],
    ne=["semalam", "pukul 3 petang"],
    why="petang turns 3 into 15:00",
)
L(
    "ms",
    "MS",
    "Isnin, makan tengah hari dengan Azman bin Yusof, dia masukkan RM 1.5 juta ke ACC-9405",
    REC,
    "K-1934",
    "in_person",
    past("mon"),
    None,
    [dep("1500000", "MYR", "ACC-9405")],
    ne=["Isnin"],
    why="day first; masukkan = deposit; juta",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling zoom hari Selasa, janji 800 ribu",
    AU,
    "K-1932",
    why="MYR and SGD accounts, no currency",
)
L(
    "ms",
    "MS",
    "Yusof telefon pagi tadi pasal zakat",
    AC,
    why="two clients named Yusof (one uncovered)",
)
L(
    "ms",
    "MS",
    "Kamarul Ariffin bin Yusof jumpa di Georgetown Jumaat, prospek, aset RM 30 juta",
    NC,
    "K-1935",
    why="covered by nobody; assets no claim",
)
L(
    "ms",
    "MS",
    "Bunga binti Rashid emel kelmarin pasal hibah",
    AU,
    "K-1933",
    why="kelmarin is ambiguous",
)
L(
    "ms",
    "MS",
    "Bunga binti Rashid emel semalam, hibah takaful untuk anak-anak",
    REC,
    "K-1933",
    "email",
    Y,
    None,
    nc=["hibah"],
    ne=["semalam"],
    why="Bunga is a name (flower)",
)
L(
    "ms",
    "MS",
    "Ganesh a/l Subramaniam telefon pukul 4",
    AU,
    "K-1936",
    why="after pukul, 4 counts as either half and both are past",
)
L(
    "ms",
    "MS",
    "Ganesh Subramaniam panggilan pukul 10 tentang cukai pendapatan dan borang BE",
    REC,
    "K-1936",
    "phone",
    T,
    "10:00",
    nc=["borang BE"],
    ne=["pukul 10"],
    why="after pukul, 10 is read as typed; a/l omitted",
)
L(
    "ms",
    "MS",
    "Azman bincang dengan saya semalam pasal IPO syarikatnya",
    ACH,
    "K-1934",
    why="'bincang' gives no channel; Azman unique in firm",
)
L(
    "ms",
    "MS",
    "surat dihantar kepada Lim Boon Keat hari ini, penyata tahunan dan borang FATCA",
    REC,
    "K-1931",
    "mail",
    T,
    None,
    nc=["FATCA"],
    why="channel first; surat = mail",
)
L(
    "ms",
    "MS",
    "Bunga Rashid jumpa Selasa lepas",
    AU,
    "K-1933",
    why="last <yesterday's weekday> is ambiguous",
)
L(
    "ms",
    "MS",
    "Ganesh Subramaniam jumpa Rabu lepas pukul 11 pagi, simpanan tetap RM 500 ribu diperbaharui",
    REC,
    "K-1936",
    "in_person",
    past("wed"),
    "11:00",
    nc=["simpanan tetap"],
    ne=["Rabu lepas"],
    why="fixed deposit never a claim; last <today> = 7 days ago",
)
L(
    "ms",
    "MS",
    "Azman bin Yusof video call hari ini pukul 2 petang, mandat IPO dimenangi, yuran RM 2.4 juta",
    REC,
    "K-1934",
    "video",
    T,
    "14:00",
    [man("2400000", "MYR")],
    nc=["IPO"],
    ne=["pukul 2 petang"],
    why="mandate with fee",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat telefon semalam pukul 9 malam, dia masukkan RM 600 ribu dan janji RM 1 juta lagi bulan depan",
    REC,
    "K-1931",
    "phone",
    Y,
    "21:00",
    [dep("600000", "MYR"), plg("1000000", "MYR")],
    nc=["bulan depan"],
    ne=["semalam", "pukul 9 malam"],
    why="malam turns 9 into 21:00; two outcomes",
)
L(
    "ms",
    "MS",
    "Bunga binti Rashid makan malam semalam, dia TIDAK masukkan RM 200k lagi, tunggu duit jualan tanah",
    REC,
    "K-1933",
    "in_person",
    Y,
    None,
    nc=["jualan tanah"],
    ne=["semalam"],
    why="negated deposit",
)
L(
    "ms",
    "MS",
    "Ganesh Subramaniam pindahkan RM 300 ribu semalam, telefon",
    AU,
    "K-1936",
    why="'pindahkan' has no direction",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling jumpa 15/5 di pejabat peguam, wasiat dan amanah",
    REC,
    "K-1932",
    "in_person",
    on(5, 15),
    None,
    nc=["wasiat"],
    ne=["15/5"],
    why="d/m date",
)
L(
    "ms",
    "MS",
    "Bunga binti Rashid surat diterima hari ini dengan salinan IC dan bil utiliti untuk KYC",
    REC,
    "K-1933",
    "mail",
    T,
    None,
    nc=["KYC"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "Ganesh Subramaniam jumpa hari Sabtu, 3 anak, umur 47, tel 012-455 7821",
    REC,
    "K-1936",
    "in_person",
    past("sat"),
    None,
    nc=["umur"],
    ne=["Sabtu"],
    why="count, age and phone number are not amounts",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling telefon Ahad, susulan Jumaat pasal ASB",
    REC,
    "K-1932",
    "phone",
    past("sun"),
    None,
    fu=nxt("fri"),
    nc=["ASB"],
    ne=["Ahad"],
    why="susulan -> next Friday",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling emel hari ini, masukkan SGD 250k ke ACC-9403",
    REC,
    "K-1932",
    "email",
    T,
    None,
    [dep("250000", "SGD", "ACC-9403")],
    why="account named",
)
L(
    "ms",
    "MS",
    "Farah binti Ismail jumpa di Butterworth hari ini, berjanji RM 700 ribu",
    REC,
    "K-1977",
    "in_person",
    T,
    None,
    [plg("700000", "MYR")],
    why="secondary coverage; RM names the currency on a SGD+MYR client",
)
L(
    "ms",
    "MS",
    "Siti binti Rashid telefon hari ini nak buka akaun",
    AC,
    why="unknown person sharing Bunga binti Rashid's patronymic",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat panggilan video Jumaat pukul 10 malam, bincang Sukuk dan ASM",
    REC,
    "K-1931",
    "video",
    past("fri"),
    "22:00",
    nc=["Sukuk"],
    ne=["Jumaat"],
    why="malam turns 10 into 22:00",
)
L(
    "ms",
    "MS",
    "Azman bin Yusof telefon semalam pukul 7, FD dan KWSP Akaun 2",
    REC,
    "K-1934",
    "phone",
    Y,
    "07:00",
    nc=["KWSP"],
    ne=["semalam"],
    why="after pukul, 7 read as typed; Akaun 2 not an amount",
)
L(
    "ms",
    "MS",
    "Bunga binti Rashid zoom hari ini 21:30, masuk RM 400 ribu ke ACC-9404, susulan 28/5",
    REC,
    "K-1933",
    "video",
    T,
    "21:30",
    [dep("400000", "MYR", "ACC-9404")],
    on(5, 28),
    ne=["21:30"],
    why="money into the account is a deposit",
)
L("ms", "MS", "Deepak Nair telefon hari ini", NC, "K-1947", why="covered by the Singapore rep only")


# ================= hi: Delhi rep (local Wed 21:15), Devanagari and Hinglish =================
L(
    "hi",
    "HI",
    "Vikram Sethi से आज सुबह उनके ऑफिस में मुलाकात, वसीयत और फैमिली ट्रस्ट पर बात",
    REC,
    "K-1941",
    "in_person",
    T,
    None,
    nc=["वसीयत"],
    ne=["आज सुबह"],
    why="मुलाकात = in person",
)
L(
    "hi",
    "HI",
    "Priya Sethi को कल शाम 6 बजे फ़ोन किया, NPS और पेंशन के बारे में",
    REC,
    "K-1942",
    "phone",
    Y,
    "18:00",
    nc=["NPS"],
    ne=["कल शाम 6 बजे"],
    why="कल = yesterday; शाम turns 6 into 18:00",
)
L(
    "hi",
    "HI",
    "सोमवार को Arjun Mehra के साथ लंच, उन्होंने ACC-9505 में 50 लाख जमा किए",
    REC,
    "K-1944",
    "in_person",
    past("mon"),
    None,
    [dep("5000000", "INR", "ACC-9505")],
    ne=["सोमवार"],
    why="day first; जमा = deposit; लाख",
)
L(
    "hi",
    "HI",
    "Priya Sethi video call aaj, 2 crore ka vaada kiya",
    AU,
    "K-1942",
    why="INR and USD accounts, no currency; crore is a number word",
)
L("hi", "HI", "Sethi parivaar ke saath dinner kal", AC, why="household named")
L(
    "hi",
    "HI",
    "Anil Mehra से शुक्रवार को मुलाकात, prospect, net worth 40 करोड़",
    NC,
    "K-1945",
    why="covered by nobody; net worth no claim",
)
L("hi", "HI", "Mehra ji ka phone aaya aaj", AC, why="two Mehras in the firm; ji is a title")
L(
    "hi",
    "HI",
    "Shanti Kapoor ने परसों ईमेल किया, ITR और 80C की रसीदें भेजीं",
    REC,
    "K-1943",
    "email",
    DBY,
    None,
    nc=["80C"],
    ne=["परसों"],
    why="परसों in a log = day before yesterday; 80C not an amount",
)
L(
    "hi",
    "HI",
    "Shanti Kapoor ka call aaj 4 baje",
    AU,
    "K-1943",
    why="after baje, 4 counts as either half and both are past",
)
L(
    "hi",
    "HI",
    "Shanti Kapoor ko aaj 10 baje phone kiya, health insurance renewal",
    REC,
    "K-1943",
    "phone",
    T,
    "10:00",
    nc=["health insurance"],
    ne=["10 baje"],
    why="after baje, 10 is read as typed; Shanti is a name (peace)",
)
L(
    "hi",
    "HI",
    "Vikram Sethi se kal baat hui HUF ke baare mein",
    ACH,
    "K-1941",
    why="'baat hui' gives no channel",
)
L(
    "hi",
    "HI",
    "पत्र भेजा Som Dutt को आज, KYC फॉर्म और PAN की कॉपी",
    REC,
    "K-1946",
    "mail",
    T,
    None,
    nc=["PAN"],
    why="channel first; पत्र = letter",
)
L(
    "hi",
    "HI",
    "Som Dutt se pichhle mangalvaar mulaqat hui",
    AU,
    "K-1946",
    why="last <yesterday's weekday> is ambiguous",
)
L(
    "hi",
    "HI",
    "Som Dutt somvaar ko office aaye, FD 30 lakh renew karwayi",
    REC,
    "K-1946",
    "in_person",
    past("mon"),
    None,
    nc=["FD"],
    ne=["somvaar"],
    why="Som is a name, somvaar is Monday; FD never a claim",
)
L(
    "hi",
    "HI",
    "Arjun Mehra के साथ आज दोपहर 3 बजे वीडियो कॉल, QIP का mandate मिला, फीस 2 करोड़",
    REC,
    "K-1944",
    "video",
    T,
    "15:00",
    [man("20000000", "INR")],
    nc=["QIP"],
    ne=["दोपहर 3 बजे"],
    why="mandate with fee; दोपहर turns 3 into 15:00",
)
L(
    "hi",
    "HI",
    "Vikram Sethi ko kal raat 9 baje call kiya, 25 lakh jama kiye aur 1 crore ka vaada bhi",
    REC,
    "K-1941",
    "phone",
    Y,
    "21:00",
    [dep("2500000", "INR"), plg("10000000", "INR")],
    ne=["kal raat 9 baje"],
    why="raat turns 9 into 21:00; two outcomes",
)
L(
    "hi",
    "HI",
    "Shanti Kapoor ने अभी तक 20 लाख जमा नहीं किए, कल फ़ोन पर बात हुई",
    REC,
    "K-1943",
    "phone",
    Y,
    None,
    nc=["अभी तक"],
    why="negated deposit; फ़ोन gives the channel",
)
L(
    "hi",
    "HI",
    "Som Dutt ne 15 lakh transfer kiye kal, phone pe",
    AU,
    "K-1946",
    why="transfer with no direction",
)
L(
    "hi",
    "HI",
    "Priya Sethi 15/5 ko CA ke office mein mili, capital gains aur LTCG",
    REC,
    "K-1942",
    "in_person",
    on(5, 15),
    None,
    nc=["LTCG"],
    ne=["15/5"],
    why="d/m date; mili = met",
)
L(
    "hi",
    "HI",
    "Shanti Kapoor की चिट्ठी आज मिली, आधार और पते का प्रमाण KYC के लिए",
    REC,
    "K-1943",
    "mail",
    T,
    None,
    nc=["KYC"],
    why="चिट्ठी = letter",
)
L(
    "hi",
    "HI",
    "Som Dutt से शनिवार को मुलाकात, 2 बच्चे, उम्र 63, मोबाइल 98110 45672",
    REC,
    "K-1946",
    "in_person",
    past("sat"),
    None,
    nc=["उम्र"],
    ne=["शनिवार"],
    why="count, age, phone not amounts",
)
L(
    "hi",
    "HI",
    "Priya Sethi ka phone ravivaar ko, follow up shukravaar ko SGB ke baare mein",
    REC,
    "K-1942",
    "phone",
    past("sun"),
    None,
    fu=nxt("fri"),
    nc=["SGB"],
    ne=["ravivaar"],
    why="follow up -> next Friday",
)
L(
    "hi",
    "HI",
    "Priya Sethi email aaj, $300k ACC-9503 mein aaye",
    REC,
    "K-1942",
    "email",
    T,
    None,
    [dep("300000", "USD", "ACC-9503")],
    why="money came into the account = deposit",
)
L(
    "hi",
    "HI",
    "Deepak Nair से आज फ़ोन पर बात हुई, NRE खाता",
    NC,
    "K-1947",
    why="covered by the Singapore rep only",
)
L(
    "hi",
    "HI",
    "Rahul Kapoor ka phone aaya aaj, naya account kholna hai",
    AC,
    why="unknown person sharing Shanti Kapoor's surname",
)
L(
    "hi",
    "HI",
    "Arjun Mehra se pichhle budhvaar ko mulaqat, 10:45 baje, ESOP aur RSU",
    REC,
    "K-1944",
    "in_person",
    past("wed"),
    "10:45",
    nc=["ESOP"],
    ne=["pichhle budhvaar"],
    why="last <today's weekday> = 7 days ago",
)
L(
    "hi",
    "HI",
    "Som Dutt ko 8 baje subah call kiya, PPF extension",
    REC,
    "K-1946",
    "phone",
    T,
    "08:00",
    nc=["PPF"],
    ne=["8 baje subah"],
    why="subah gives am",
)
L(
    "hi",
    "HI",
    "Vikram Sethi से कल मीटिंग, ₹1.5 करोड़ ACC-9501 में जमा, फॉलो अप 30/5",
    REC,
    "K-1941",
    "in_person",
    Y,
    None,
    [dep("15000000", "INR", "ACC-9501")],
    on(5, 30),
    ne=["कल"],
    why="₹ with करोड़; follow-up d/m",
)
L(
    "hi",
    "HI",
    "Priya Sethi ne aaj USD 200k commit kiye, Teams call",
    REC,
    "K-1942",
    "video",
    T,
    None,
    [plg("200000", "USD")],
    why="USD named on an INR+USD client; commit = pledge",
)


# ================= mixed: rep's language with English =================
L(
    "mixed",
    "FR",
    "Call avec Thierry Lacombe ce matin, il a wired 400k€ sur ACC-9105, relance vendredi",
    REC,
    "K-1904",
    "phone",
    T,
    None,
    [dep("400000", "EUR", "ACC-9105")],
    nxt("fri"),
    ne=["ce matin"],
    why="fr/en; wired into the account = deposit",
)
L(
    "mixed",
    "FR",
    "Olivier Garnier lunch yesterday, on a parlé du family office, pas de new money",
    REC,
    "K-1901",
    "in_person",
    Y,
    None,
    nc=["family office"],
    ne=["yesterday"],
    why="fr/en plain record",
)
L(
    "mixed",
    "FR",
    "Blanche Rivière meeting hier 15h30, she pledged 1,5 M CHF",
    REC,
    "K-1903",
    "in_person",
    Y,
    "15:30",
    [plg("1500000", "CHF")],
    ne=["hier", "15h30"],
    why="CHF named on an EUR+CHF client",
)
L(
    "mixed",
    "FR",
    "Rose Marchal zoom today, won the mandate pour la cession, fee 0,8% du prix",
    REC,
    "K-1906",
    "video",
    T,
    None,
    nc=["cession"],
    why="a mandate fee that is only a percentage is no claim",
)
L(
    "mixed",
    "FR",
    "Hélène Garnier spoke mardi about the SCI",
    ACH,
    "K-1902",
    why="'spoke' gives no channel",
)
L(
    "mixed",
    "SV",
    "Sven Lindahl lunch idag, he deposited 2 MSEK och lovade 1 MSEK more, #regatta-marstrand",
    REC,
    "K-1911",
    "in_person",
    T,
    None,
    [dep("2000000", "SEK"), plg("1000000", "SEK")],
    init="regatta-marstrand",
    why="sv/en; two outcomes",
)
L(
    "mixed",
    "SV",
    "Karin Lindahl call igår kl 10, EUR 500k wired into ACC-9203",
    REC,
    "K-1912",
    "phone",
    Y,
    "10:00",
    [dep("500000", "EUR", "ACC-9203")],
    ne=["igår", "kl 10"],
    why="kl 10 read as typed; account named",
)
L(
    "mixed",
    "SV",
    "Björn Hägg teams i måndags, no deposit yet, väntar på husförsäljningen",
    REC,
    "K-1913",
    "video",
    past("mon"),
    None,
    nc=["husförsäljning"],
    ne=["måndags"],
    why="negated deposit",
)
L(
    "mixed",
    "SV",
    "Ingrid Falk meeting today 14:30, mandate fee NOK 1,2 mn for the bond issue",
    REC,
    "K-1916",
    "in_person",
    T,
    "14:30",
    [man("1200000", "NOK")],
    nc=["bond issue"],
    ne=["14:30"],
    why="mandate fee with amount",
)
L(
    "mixed",
    "RO",
    "Cornel Lupu call azi la 12:10, committed 250k EUR, follow-up luni",
    REC,
    "K-1923",
    "phone",
    T,
    "12:10",
    [plg("250000", "EUR")],
    nxt("mon"),
    ne=["12:10"],
    why="ro/en; follow-up Monday ahead",
)
L(
    "mixed",
    "RO",
    "Mihai Dobre meeting ieri, a depus 2 mil. lei into ACC-9301",
    REC,
    "K-1921",
    "in_person",
    Y,
    None,
    [dep("2000000", "RON", "ACC-9301")],
    ne=["ieri"],
    why="ro/en deposit into account",
)
L(
    "mixed",
    "RO",
    "Flavia Ardelean zoom yesterday, discussed the ESOP vesting, nimic nou",
    REC,
    "K-1924",
    "video",
    Y,
    None,
    nc=["vesting"],
    ne=["yesterday"],
    why="plain record",
)
L(
    "mixed",
    "MS",
    "Azman bin Yusof call semalam 4pm, he deposited RM 800k into ACC-9405",
    REC,
    "K-1934",
    "phone",
    Y,
    "16:00",
    [dep("800000", "MYR", "ACC-9405")],
    ne=["semalam", "4pm"],
    why="ms/en",
)
L(
    "mixed",
    "MS",
    "Lim Boon Keat lunch today, bincang about his son's education fund",
    REC,
    "K-1931",
    "in_person",
    T,
    None,
    nc=["education fund"],
    why="lunch gives the channel though bincang is present",
)
L(
    "mixed",
    "MS",
    "Bunga binti Rashid zoom hari ini 3pm, she pledged RM 1 juta, follow up esok",
    REC,
    "K-1933",
    "video",
    T,
    "15:00",
    [plg("1000000", "MYR")],
    TOM,
    ne=["3pm"],
    why="esok = tomorrow",
)
L(
    "mixed",
    "MS",
    "Farah Ismail call this morning, SGD 400k masuk ke ACC-9809",
    REC,
    "K-1977",
    "phone",
    T,
    None,
    [dep("400000", "SGD", "ACC-9809")],
    ne=["this morning"],
    why="masuk ke = came into; binti omitted",
)
L(
    "mixed",
    "HI",
    "Vikram Sethi meeting kal 5pm, 30 lakh deposit kiye into ACC-9501",
    REC,
    "K-1941",
    "in_person",
    Y,
    "17:00",
    [dep("3000000", "INR", "ACC-9501")],
    ne=["5pm"],
    why="hi/en",
)
L(
    "mixed",
    "HI",
    "Priya Sethi call kal, she committed INR 2 crore, follow up Monday",
    REC,
    "K-1942",
    "phone",
    Y,
    None,
    [plg("20000000", "INR")],
    nxt("mon"),
    why="INR named on INR+USD client",
)
L(
    "mixed",
    "HI",
    "Arjun Mehra zoom today, won the mandate for the OFS, fee 1.2% only",
    REC,
    "K-1944",
    "video",
    T,
    None,
    nc=["OFS"],
    why="a mandate fee that is only a percentage is no claim",
)
L("mixed", "HI", "Anil Mehra lunch kal, intro via his CA", NC, "K-1945", why="covered by nobody")


# ================= more plain records (channels, day and time forms, everyday topics) =================
L(
    "en",
    "US",
    "Dale Whitman - emailed over his updated health care proxy and POA this morning",
    REC,
    "K-1962",
    "email",
    T,
    None,
    nc=["health care proxy"],
    ne=["this morning"],
    why="plain email",
)
L(
    "en",
    "US",
    "Sat: met Brooke Whitman at the Pops, quick chat w/ her husband about college planning",
    REC,
    "K-1961",
    "in_person",
    past("sat"),
    None,
    nc=["college planning"],
    ne=["Sat"],
    why="day first; at an event = in person",
)
L(
    "en",
    "US",
    "Summer Caldwell called 8:05am, new address for KYC refresh, moving to Newton",
    REC,
    "K-1964",
    "phone",
    T,
    "08:05",
    nc=["KYC"],
    ne=["8:05am"],
    why="plain phone record",
)
L(
    "en",
    "GB",
    "Hamish Drummond teams call 2 days ago, board changes and his share scheme",
    REC,
    "K-1954",
    "video",
    DBY,
    None,
    nc=["share scheme"],
    ne=["2 days ago"],
    why="'2 days ago'",
)
L(
    "en",
    "SG",
    "Jasmine Koh email yesterday, updated her mum as nominee on the CPF",
    REC,
    "K-1974",
    "email",
    Y,
    None,
    nc=["nominee"],
    ne=["yesterday"],
    why="family note; mum is a relative mentioned, the client is named",
)
L(
    "en",
    "SG",
    "Raymond Teo lunch at Jumbo on Thu, chat about succession at his family firm",
    REC,
    "K-1973",
    "in_person",
    past("thu"),
    None,
    nc=["succession"],
    ne=["Thu"],
    why="bare Thu = last Thursday",
)
L(
    "fr",
    "FR",
    "Hélène Garnier rdv à l'agence mardi 10h, mise à jour du profil investisseur MIF",
    REC,
    "K-1902",
    "in_person",
    Y,
    "10:00",
    nc=["profil investisseur"],
    ne=["mardi", "10h"],
    why="bare mardi = yesterday",
)
L(
    "fr",
    "FR",
    "visio avec Rose Marchal hier après-midi, arbitrage vers les fonds euros",
    REC,
    "K-1906",
    "video",
    Y,
    None,
    nc=["arbitrage"],
    ne=["hier après-midi"],
    why="part of the day gives no time",
)
L(
    "fr",
    "FR",
    "Blanche Rivière tél cet après-midi, son fils reprend le château, pacte Dutreil à étudier",
    REC,
    "K-1903",
    "phone",
    T,
    None,
    nc=["pacte Dutreil"],
    ne=["cet après-midi"],
    why="family and estate note",
)
L(
    "fr",
    "FR",
    "Olivier Garnier mail dimanche soir, questions sur la flat tax et les plus-values",
    REC,
    "K-1901",
    "email",
    past("sun"),
    None,
    nc=["flat tax"],
    ne=["dimanche soir"],
    why="bare dimanche = last Sunday",
)
L(
    "fr",
    "FR",
    "Thierry Lacombe tél il y a 3 jours, renouvellement de son contrat de prévoyance",
    REC,
    "K-1904",
    "phone",
    iso(TODAY - dt.timedelta(3)),
    None,
    nc=["prévoyance"],
    ne=["il y a 3 jours"],
    why="'il y a 3 jours'",
)
L(
    "fr",
    "FR",
    "Étienne Vidal courrier reçu le 12/05 : avenant au contrat de capitalisation",
    REC,
    "K-1907",
    "mail",
    on(5, 12),
    None,
    nc=["avenant"],
    ne=["12/05"],
    why="fr d/m",
)
L(
    "sv",
    "SV",
    "Karin Lindahl fika i eftermiddag på kontoret, barnens ISK och gåvor",
    REC,
    "K-1912",
    "in_person",
    T,
    None,
    nc=["gåvor"],
    ne=["i eftermiddag"],
    why="part of the day, no time",
)
L(
    "sv",
    "SV",
    "mejl från Björn Hägg igår 21:10 om arvskiftet",
    REC,
    "K-1913",
    "email",
    Y,
    "21:10",
    nc=["arvskiftet"],
    ne=["igår", "21:10"],
    why="channel first",
)
L(
    "sv",
    "SV",
    "Sven Lindahl ringde i söndags om pensionsuttaget från 65",
    REC,
    "K-1911",
    "phone",
    past("sun"),
    None,
    nc=["pensionsuttag"],
    ne=["söndags"],
    why="i söndags = last Sunday; age not an amount",
)
L(
    "sv",
    "SV",
    "Ingrid Falk möte på hennes kontor i förrgår kl 9, styrelseuppdrag och bolagsstruktur",
    REC,
    "K-1916",
    "in_person",
    DBY,
    "09:00",
    nc=["bolagsstruktur"],
    ne=["i förrgår", "kl 9"],
    why="kl 9 read as typed",
)
L(
    "sv",
    "SV",
    "Sol Nyström teams idag 08:30, riskprofil uppdaterad",
    REC,
    "K-1914",
    "video",
    T,
    "08:30",
    nc=["riskprofil"],
    ne=["08:30"],
    why="24-hour time",
)
L(
    "sv",
    "SV",
    "brev till Karin Lindahl skickat i fredags, årsbesked och deklarationsunderlag",
    REC,
    "K-1912",
    "mail",
    past("fri"),
    None,
    nc=["årsbesked"],
    ne=["fredags"],
    why="brev = mail",
)
L(
    "ro",
    "RO",
    "Mihai Dobre telefon alaltăieri seara, fiul lui vrea să preia afacerea",
    REC,
    "K-1921",
    "phone",
    DBY,
    None,
    nc=["afacerea"],
    ne=["alaltăieri"],
    why="family note",
)
L(
    "ro",
    "RO",
    "cafea cu Flavia Ardelean vineri dimineață, profil de risc actualizat",
    REC,
    "K-1924",
    "in_person",
    past("fri"),
    None,
    nc=["profil de risc"],
    ne=["vineri dimineață"],
    why="part of day gives no time",
)
L(
    "ro",
    "RO",
    "Cornel Lupu zoom azi 15:30, impozitarea dividendelor din Germania",
    REC,
    "K-1923",
    "video",
    T,
    "15:30",
    nc=["dividendelor"],
    ne=["15:30"],
    why="Lupu now shared with uncovered Ioana Lupu; full name given",
)
L(
    "ro",
    "RO",
    "Marius Bucur email ieri seară, actualizare date KYC și noul loc de muncă",
    REC,
    "K-1926",
    "email",
    Y,
    None,
    nc=["KYC"],
    ne=["ieri seară"],
    why="KYC refresh",
)
L(
    "ro",
    "RO",
    "Ioana Dobre scrisoare primită luni cu procura notarială",
    REC,
    "K-1922",
    "mail",
    past("mon"),
    None,
    nc=["procura"],
    ne=["luni"],
    why="scrisoare = mail",
)
L(
    "ro",
    "RO",
    "Ioana Lupu telefon azi, întreabă de un cont nou",
    NC,
    "K-1927",
    why="covered by nobody",
)
L(
    "ms",
    "MS",
    "Bunga binti Rashid telefon pagi tadi, kemas kini waris dan nominasi",
    REC,
    "K-1933",
    "phone",
    T,
    None,
    nc=["nominasi"],
    ne=["pagi tadi"],
    why="estate note",
)
L(
    "ms",
    "MS",
    "Azman bin Yusof jumpa di Penang Club semalam petang, rancangan persaraan",
    REC,
    "K-1934",
    "in_person",
    Y,
    None,
    nc=["persaraan"],
    ne=["semalam"],
    why="part of day gives no time",
)
L(
    "ms",
    "MS",
    "emel kepada Ganesh Subramaniam hari Jumaat pukul 5 petang, profil risiko baru",
    REC,
    "K-1936",
    "email",
    past("fri"),
    "17:00",
    nc=["profil risiko"],
    ne=["Jumaat"],
    why="petang turns 5 into 17:00",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling zoom tiga hari lepas, anak nak sambung belajar di Melbourne",
    REC,
    "K-1932",
    "video",
    iso(TODAY - dt.timedelta(3)),
    None,
    nc=["Melbourne"],
    ne=["tiga hari lepas"],
    why="'tiga hari lepas' = 3 days ago",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat surat diterima Isnin, dokumen amanah ditandatangani",
    REC,
    "K-1931",
    "mail",
    past("mon"),
    None,
    nc=["dokumen amanah"],
    ne=["Isnin"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "Farah binti Ismail telefon hari ini pukul 11.15 pagi, tukar alamat untuk KYC",
    REC,
    "K-1977",
    "phone",
    T,
    "11:15",
    nc=["KYC"],
    ne=["11.15 pagi"],
    why="secondary coverage; dotted time",
)
L(
    "hi",
    "HI",
    "Shanti Kapoor से कल दोपहर मुलाकात, बेटी की शादी और गोल्ड बॉन्ड",
    REC,
    "K-1943",
    "in_person",
    Y,
    None,
    nc=["गोल्ड"],
    ne=["कल दोपहर"],
    why="part of day gives no time",
)
L(
    "hi",
    "HI",
    "Arjun Mehra ko email kiya aaj subah, ESOP tax ke baare mein",
    REC,
    "K-1944",
    "email",
    T,
    None,
    nc=["ESOP"],
    ne=["aaj subah"],
    why="plain email",
)
L(
    "hi",
    "HI",
    "Vikram Sethi का फ़ोन शनिवार को, बेटे का नाम नॉमिनी में जोड़ना है",
    REC,
    "K-1941",
    "phone",
    past("sat"),
    None,
    nc=["नॉमिनी"],
    ne=["शनिवार"],
    why="family note",
)
L(
    "hi",
    "HI",
    "Priya Sethi video call 3 din pehle, risk profile update aur KYC re-verification",
    REC,
    "K-1942",
    "video",
    iso(TODAY - dt.timedelta(3)),
    None,
    nc=["KYC"],
    ne=["3 din pehle"],
    why="'3 din pehle' = 3 days ago",
)
L(
    "hi",
    "HI",
    "Som Dutt ko chitthi bheji guruvaar ko, will registration ke papers",
    REC,
    "K-1946",
    "mail",
    past("thu"),
    None,
    nc=["will registration"],
    ne=["guruvaar"],
    why="chitthi = letter",
)
L(
    "hi",
    "HI",
    "Arjun Mehra से आज शाम 7:30 बजे फ़ोन पर बात, बोर्ड मीटिंग के बाद",
    REC,
    "K-1944",
    "phone",
    T,
    "19:30",
    nc=["बोर्ड"],
    ne=["7:30"],
    why="H:MM with शाम",
)
L(
    "mixed",
    "SV",
    "Karin Lindahl lunch idag, she pledged 800k, följ upp måndag",
    AU,
    "K-1912",
    why="SEK and EUR accounts, no currency",
)
L(
    "mixed",
    "SV",
    "Sol Nyström lunch yesterday, pratade om sommarhuset och arvet",
    REC,
    "K-1914",
    "in_person",
    Y,
    None,
    nc=["arvet"],
    ne=["yesterday"],
    why="lunch gives the channel though pratade is present",
)
L(
    "mixed",
    "RO",
    "Lupu email this morning, întrebări despre pensia privată",
    AC,
    why="two Lupus in the firm (Ioana uncovered)",
)
L(
    "mixed",
    "HI",
    "Shanti Kapoor meeting kal 11am, portfolio review, koi nayi baat nahi",
    REC,
    "K-1943",
    "in_person",
    Y,
    "11:00",
    nc=["portfolio review"],
    ne=["11am"],
    why="hi/en plain",
)


# ================= validate =================
def validate(partial):
    cl = {c["external_id"]: c for c in clients}
    tags = {i["tag"] for i in initiatives}
    repids = {r["slack_user_id"]: r for r in reps}
    marks = {
        "USD": ["USD", "$"],
        "EUR": ["EUR", "€", "euro"],
        "GBP": ["GBP", "£"],
        "RON": ["RON", "lei"],
        "SEK": ["SEK", "kr"],
        "NOK": ["NOK"],
        "MYR": ["MYR", "RM"],
        "INR": ["INR", "₹", "rs", "रुपये"],
        "SGD": ["SGD", "S$"],
        "CHF": ["CHF"],
    }
    namewords = {
        w.lower()
        for c in clients
        for w in re.split(r"[\s/]+", c["name"])
        if w.lower() not in ("bin", "binti", "a/l", "al", "a")
    }
    assert len({c["name"] for c in clients}) == len(clients)
    assert len({c["external_id"] for c in clients}) == len(clients)
    accs = [a["account"] for c in clients for a in c["accounts"]]
    assert len(set(accs)) == len(accs) and all(re.fullmatch(r"ACC-9\d{3}", a) for a in accs)
    assert all(re.fullmatch(r"K-19\d\d", c["external_id"]) for c in clients)
    for ln in lines:
        e = ln["expect"]
        o = e["outcome"]
        txt = ln["text"]
        assert ln["lang"] in ("en", "fr", "sv", "ro", "ms", "hi", "mixed"), ln
        assert o in ("record", "ask_client", "ask_channel", "ask_unclear", "not_covered"), ln
        assert ln["rep"] in repids and ln["why"], ln
        assert "<@" not in txt, ln  # no assistant lines
        if o == "ask_client":
            assert e["client"] is None, ln
        else:
            assert e["client"] in cl, ln
        if o == "not_covered":
            assert ln["rep"] not in cl[e["client"]]["coverage"], ln
        if o in ("record", "ask_channel", "ask_unclear"):
            assert ln["rep"] in cl[e["client"]]["coverage"], ln
        if o != "record":
            assert (
                not e["claims"] and e["day"] is None and e["channel"] is None and e["time"] is None
            ), ln
            continue
        assert e["channel"] in ("in_person", "phone", "email", "mail", "video"), ln
        tz = ZoneInfo(repids[ln["rep"]]["timezone"])
        local = NOWDT.astimezone(tz)
        assert local.date() == TODAY, ln
        assert e["day"] <= local.date().isoformat(), ("day after local today", ln)
        if e["time"]:
            assert re.fullmatch(r"\d\d:\d\d", e["time"]), ln
            t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
            assert t <= NOWDT, ("time later than local now", ln)
        c = cl[e["client"]]
        accts = {a["account"]: a["currency"] for a in c["accounts"]}
        for k in e["claims"]:
            assert Decimal(k["amount"]) > 0 and k["kind"] in ("deposit", "pledge", "mandate"), ln
            if k["account"]:
                assert k["account"] in txt and accts[k["account"]] == k["currency"], ln
            elif len(set(accts.values())) > 1 or k["currency"] not in accts.values():
                assert any(m.lower() in txt.lower() for m in marks[k["currency"]]), ln
        for a in accts:  # a named account of the client must appear on some claim
            if a in txt:
                assert any(k["account"] == a for k in e["claims"]), ln
        if e["follow_up_on"]:
            assert e["follow_up_on"] > e["day"], ln
        if e["initiative"]:
            assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
        else:
            assert "#" not in txt, ln
        for s in e["notes_contains"] + e["notes_excludes"]:
            assert s.lower() in txt.lower(), (s, ln)
        for s in e["notes_contains"]:
            assert not (set(re.findall(r"\w+", s.lower())) & namewords), (
                "client name in notes_contains",
                s,
                ln,
            )
    ids = [x["id"] for x in lines]
    assert len(set(ids)) == len(ids)
    texts = [x["text"] for x in lines]
    assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
    byl = Counter(x["lang"] for x in lines)
    if not partial:
        assert len(lines) == 240, len(lines)
        assert all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi")), byl
        assert byl["mixed"] >= 20, byl
    return byl


if __name__ == "__main__":
    byl = validate("--partial" in sys.argv)
    out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    byo = Counter(x["expect"]["outcome"] for x in lines)
    asks = sum(v for k, v in byo.items() if k != "record")
    print(len(lines), "lines;", len(clients), "clients")
    print("by language:", dict(byl))
    print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)")
    print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))
    print(
        "by language and outcome:",
        dict(Counter((x["lang"], x["expect"]["outcome"]) for x in lines)),
    )

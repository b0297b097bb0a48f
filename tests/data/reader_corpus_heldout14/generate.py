"""Held-out reader corpus 14 (names and who): builds and validates corpus.json.

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
NOW = "2027-11-09T13:00:00Z"
NOWDT = dt.datetime(2027, 11, 9, 13, 0, tzinfo=dt.UTC)
TODAY = dt.date(2027, 11, 9)
assert TODAY.weekday() == 1  # Tuesday
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def iso(x):
    return x.isoformat()


T = iso(TODAY)
Y = iso(TODAY - dt.timedelta(1))
DBY = iso(TODAY - dt.timedelta(2))
TOM = iso(TODAY + dt.timedelta(1))
WEEK_AGO = iso(TODAY - dt.timedelta(7))


def past(w):
    """Most recent such weekday strictly before today (today's weekday gives a week ago)."""
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


def on(m, dd, y=2027):
    return iso(dt.date(y, m, dd))


R = {
    "FR": "U14FR0001",
    "QC": "U14QC0002",
    "SV": "U14SV0003",
    "RO": "U14RO0004",
    "MS": "U14MS0005",
    "HI": "U14HI0006",
    "GB": "U14GB0007",
    "US": "U14US0008",
}
reps = [
    {
        "slack_user_id": R["FR"],
        "name": "Camille Duret",
        "timezone": "Europe/Paris",
        "locale": "fr-FR",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["QC"],
        "name": "Étienne Gagnon",
        "timezone": "America/Toronto",
        "locale": "fr-CA",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["SV"],
        "name": "Ingrid Wallin",
        "timezone": "Europe/Stockholm",
        "locale": "sv-SE",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["RO"],
        "name": "Cătălina Dobre",
        "timezone": "Europe/Bucharest",
        "locale": "ro-RO",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["MS"],
        "name": "Nurul Aina binti Rosli",
        "timezone": "Asia/Kuala_Lumpur",
        "locale": "ms-MY",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["HI"],
        "name": "Vikram Sethi",
        "timezone": "Asia/Kolkata",
        "locale": "hi-IN",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["GB"],
        "name": "Alistair Penrose",
        "timezone": "Europe/London",
        "locale": "en-GB",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["US"],
        "name": "Megan Castillo",
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
    C("K-1401", "Hélène Dubois", "Dubois", "UHNW", ["FR"], [("ACC-4101", "EUR")]),
    C("K-1402", "Bernard Dubois", "Dubois", "UHNW", ["FR"], [("ACC-4102", "EUR")]),
    C("K-1403", "Pierre Lemaire", "Lemaire (Pierre)", "HNW", ["FR"], [("ACC-4103", "EUR")]),
    C(
        "K-1404",
        "Rose Garnier",
        "Garnier",
        "UHNW",
        ["FR"],
        [("ACC-4104", "EUR"), ("ACC-4105", "CHF")],
    ),
    C("K-1405", "Blanche Moreau", "Moreau (Blanche)", "HNW", ["FR"], [("ACC-4106", "EUR")]),
    C("K-1406", "Thierry Lemaire", "Lemaire (Thierry)", "HNW", [], [("ACC-4107", "EUR")]),
    C("K-1407", "Agnès Fabre", "Fabre", "corporate executive", ["FR", "QC"], [("ACC-4108", "EUR")]),
    C(
        "K-1477",
        "Claude Moreau",
        "Moreau (Claude)",
        "HNW",
        [],
        [("ACC-4109", "EUR")],
        kind="prospect",
    ),
    # Québec (Montréal rep, Toronto zone)
    C("K-1408", "Luc Tremblay", "Tremblay", "UHNW", ["QC"], [("ACC-4111", "CAD")]),
    C("K-1409", "Josée Tremblay", "Tremblay", "UHNW", ["QC"], [("ACC-4112", "CAD")]),
    C(
        "K-1410",
        "Gilles Bouchard",
        "Bouchard",
        "corporate executive",
        ["QC"],
        [("ACC-4113", "CAD"), ("ACC-4114", "USD")],
    ),
    C("K-1411", "Maxime Pelletier", "Pelletier", "HNW", ["QC"], [("ACC-4115", "CAD")]),
    C("K-1412", "Bernard Lavoie", "Lavoie", "HNW", ["QC"], [("ACC-4116", "CAD")]),
    # Sweden
    C("K-1421", "Åsa Lindqvist", "Lindqvist (Åsa)", "UHNW", ["SV"], [("ACC-4121", "SEK")]),
    C("K-1422", "Göran Ek", "Ek", "UHNW", ["SV"], [("ACC-4122", "SEK")]),
    C("K-1423", "Karin Ek", "Ek", "HNW", ["SV"], [("ACC-4123", "SEK")]),
    C("K-1424", "Sten Björk", "Björk", "HNW", ["SV"], [("ACC-4124", "SEK"), ("ACC-4125", "EUR")]),
    C("K-1425", "Maja Lindqvist", "Lindqvist (Maja)", "HNW", [], [("ACC-4126", "SEK")]),
    C("K-1426", "Ola Dahl", "Dahl", "corporate executive", ["GB"], [("ACC-4127", "SEK")]),
    C("K-1427", "Tove Hägg", "Hägg", "HNW", ["SV"], [("ACC-4128", "SEK")]),
    # Romania
    C("K-1431", "Ioana Lupu", "Lupu", "UHNW", ["RO"], [("ACC-4131", "RON")]),
    C("K-1432", "Mihai Lupu", "Lupu", "UHNW", ["RO"], [("ACC-4132", "RON")]),
    C("K-1433", "Doru Stan", "Stan", "HNW", ["RO"], [("ACC-4133", "RON"), ("ACC-4134", "EUR")]),
    C("K-1434", "Floarea Neagu", "Neagu", "HNW", ["RO"], [("ACC-4135", "RON")]),
    C(
        "K-1435",
        "Vlad Ionescu",
        "Ionescu (Vlad)",
        "corporate executive",
        ["RO"],
        [("ACC-4136", "RON")],
    ),
    C("K-1436", "Ștefan Ionescu", "Ionescu (Ștefan)", "HNW", [], [("ACC-4137", "RON")]),
    C("K-1437", "Ana Mureșan", "Mureșan", "HNW", ["RO"], [("ACC-4138", "EUR")]),
    # Malaysia
    C("K-1441", "Lim Wei Ming", "Lim", "UHNW", ["MS"], [("ACC-4141", "MYR")]),
    C("K-1442", "Lim Mei Ling", "Lim", "UHNW", ["MS"], [("ACC-4142", "MYR")]),
    C(
        "K-1443",
        "Azman bin Hashim",
        "Hashim",
        "UHNW",
        ["MS"],
        [("ACC-4143", "MYR"), ("ACC-4144", "SGD")],
    ),
    C("K-1444", "Mawar binti Ismail", "Ismail", "HNW", ["MS"], [("ACC-4145", "MYR")]),
    C("K-1445", "Embun binti Rahim", "Rahim", "HNW", ["MS"], [("ACC-4146", "MYR")]),
    C("K-1446", "Azman bin Yusof", "Yusof", "HNW", [], [("ACC-4147", "MYR")], kind="prospect"),
    C(
        "K-1447",
        "Karthik a/l Subramaniam",
        "Subramaniam",
        "corporate executive",
        ["MS", "HI"],
        [("ACC-4148", "MYR")],
    ),
    C("K-1448", "Tan Boon Kiat", "Tan", "HNW", ["MS"], [("ACC-4149", "MYR")]),
    # India
    C("K-1451", "Anil Mehta", "Mehta", "UHNW", ["HI"], [("ACC-4151", "INR")]),
    C("K-1452", "Sunita Mehta", "Mehta", "UHNW", ["HI"], [("ACC-4152", "INR")]),
    C("K-1453", "Asha Khanna", "Khanna (Asha)", "HNW", ["HI"], [("ACC-4153", "INR")]),
    C(
        "K-1454",
        "Sona Kapoor",
        "Kapoor",
        "UHNW",
        ["HI"],
        [("ACC-4154", "INR"), ("ACC-4155", "USD")],
    ),
    C("K-1455", "Vijay Khanna", "Khanna (Vijay)", "HNW", [], [("ACC-4156", "INR")]),
    C("K-1456", "Shanti Iyer", "Iyer", "HNW", ["HI"], [("ACC-4157", "INR")]),
    C("K-1457", "Prakash Nair", "Nair", "corporate executive", ["HI"], [("ACC-4158", "INR")]),
    C("K-1458", "Anil Joshi", "Joshi", "HNW", ["US"], [("ACC-4159", "USD")]),
    # United Kingdom
    C("K-1461", "Harriet Garnette", "Garnette", "UHNW", ["GB"], [("ACC-4161", "GBP")]),
    C("K-1462", "Oliver Garnette", "Garnette", "UHNW", ["GB"], [("ACC-4162", "GBP")]),
    C(
        "K-1463",
        "Hope Ashworth",
        "Ashworth",
        "UHNW",
        ["GB"],
        [("ACC-4163", "GBP"), ("ACC-4164", "EUR")],
    ),
    C("K-1464", "Will Fairweather", "Fairweather", "HNW", ["GB"], [("ACC-4165", "GBP")]),
    C("K-1465", "Edward Pryce", "Pryce", "corporate executive", ["GB"], [("ACC-4166", "GBP")]),
    C("K-1468", "Margaret Hale", "Hale", "HNW", ["GB"], [("ACC-4167", "GBP")]),
    # United States
    C("K-1471", "Robert Banks", "Banks", "UHNW", ["US"], [("ACC-4171", "USD")]),
    C("K-1472", "Grace Whitfield", "Whitfield", "UHNW", ["US"], [("ACC-4172", "USD")]),
    C("K-1473", "Daniel Whitfield", "Whitfield", "HNW", ["US"], [("ACC-4173", "USD")]),
    C("K-1474", "Carmen Ruiz", "Ruiz", "HNW", ["US"], [("ACC-4174", "USD"), ("ACC-4175", "EUR")]),
    C("K-1475", "Daniel Kerr", "Kerr", "HNW", [], [("ACC-4176", "USD")]),
    C("K-1476", "June Park", "Park", "HNW", ["US"], [("ACC-4177", "USD")]),
]
initiatives = [
    {"tag": "f1-montreal", "name": "Grand Prix du Canada paddock club"},
    {"tag": "opera-gala", "name": "Opera gala night"},
    {"tag": "golf-pro-am", "name": "Pro-am golf day"},
    {"tag": "museum-night", "name": "Modern art museum late opening"},
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
):
    if outcome != "record":  # only outcome and client are checked for asks
        channel = day = time = fu = init = None
        claims, nc, ne = (), (), ()
    lines.append(
        {
            "id": f"h14-{len(lines) + 1:03d}",
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


# ================= en: New York rep (local Tue 08:00) =================
L(
    "en",
    "US",
    "Robert Banks mtg yesterday 3pm w/ his lawyer Tom Hughes, deposited $1.5m from HSBC",
    REC,
    "K-1471",
    "in_person",
    Y,
    "15:00",
    [dep("1500000", "USD")],
    nc=["Tom Hughes", "HSBC"],
    ne=["yesterday", "3pm"],
    why="second person (lawyer) and a bank are not clients; Banks is a name word here",
)
L(
    "en",
    "US",
    "Mr. Banks called 7:15 this morning re the 529 for his granddaughter",
    REC,
    "K-1471",
    "phone",
    T,
    "07:15",
    [],
    nc=["529"],
    ne=["7:15"],
    why="title Mr not a name word; Banks unique in firm; explicit time beats part of day",
)
L(
    "en",
    "US",
    "Grace Whitfeld lunch Fri, pledged 2m",
    REC,
    "K-1472",
    "in_person",
    past("fri"),
    None,
    [plg("2000000", "USD")],
    ne=["Fri"],
    why="missing letter Whitfeld; single USD account",
)
L(
    "en",
    "US",
    "the Whitfields - dinner Sat, talked estate plan",
    AC,
    why="household plural of a two-client household",
)
L(
    "en",
    "US",
    "Daniel call yesterday 4pm re RMDs",
    AC,
    why="Daniel is Daniel Whitfield (covered) and Daniel Kerr (covered by nobody)",
)
L(
    "en",
    "US",
    "Daniel Whitfield zoom yesterday 10:30am, wired in 400k to ACC-4173",
    REC,
    "K-1473",
    "video",
    Y,
    "10:30",
    [dep("400000", "USD", "ACC-4173")],
    ne=["yesterday", "10:30am"],
    why="full name resolves the shared first name",
)
L(
    "en",
    "US",
    "Daniel Kerr coffee Mon, wants to move his IRA over",
    NC,
    "K-1475",
    why="in the firm, covered by nobody",
)
L(
    "en",
    "US",
    "Grace's son Michael phoned yesterday about her trust",
    AC,
    why="a relative of a client, not the client",
)
L(
    "en",
    "US",
    "Carmen Ruiz video call Fri 2pm, committed 600k",
    AU,
    "K-1474",
    why="USD and EUR accounts, no currency or account",
)
L(
    "en",
    "US",
    "Carmen Ruiz in person yesterday 11am, deposited €300k into ACC-4175 + pledged $1m",
    REC,
    "K-1474",
    "in_person",
    Y,
    "11:00",
    [dep("300000", "EUR", "ACC-4175"), plg("1000000", "USD")],
    ne=["yesterday", "11am"],
    why="two outcomes in two currencies",
)
L(
    "en",
    "US",
    "Carmen Ruis email Sun, Q4 rebalance, 60/40",
    REC,
    "K-1474",
    "email",
    past("sun"),
    None,
    [],
    nc=["rebalance"],
    ne=["Sun"],
    why="one-letter typo Ruis; 60/40 not an amount or date",
)
L(
    "en",
    "US",
    "June Park phone yesterday, June 30 deadline for the 401k rollover",
    REC,
    "K-1476",
    "phone",
    Y,
    None,
    [],
    nc=["30 deadline", "401k"],
    ne=["yesterday"],
    why="first name June vs the month; a future deadline in notes is not the day",
)
L(
    "en",
    "US",
    "Ms Park mtg Thurs 9am, funded 750k",
    REC,
    "K-1476",
    "in_person",
    past("thu"),
    "09:00",
    [dep("750000", "USD")],
    ne=["Thurs", "9am"],
    why="title Ms; Park unique in the firm",
)
L(
    "en",
    "US",
    "Jun Park letter sent yesterday w/ the 1099s",
    REC,
    "K-1476",
    "mail",
    Y,
    None,
    [],
    nc=["1099"],
    ne=["yesterday"],
    why="one-letter typo Jun for June",
)
L(
    "en",
    "US",
    "Anil Joshi teams call Mon 1pm, pledged 250k, f/u Friday",
    REC,
    "K-1458",
    "video",
    past("mon"),
    "13:00",
    [plg("250000", "USD")],
    nxt("fri"),
    ne=["Mon", "1pm"],
    why="Anil shared with Anil Mehta but the full name is unique",
)
L(
    "en",
    "US",
    "Anil call yesterday re H1B and NRE acct",
    AC,
    why="Anil is Anil Joshi and Anil Mehta",
)
L(
    "en",
    "US",
    "Anil Mehta lunch yesterday, he's visiting from Mumbai",
    NC,
    "K-1451",
    why="covered by the Kolkata rep only",
)
L(
    "en",
    "US",
    "Bob Banks phone yesterday re muni ladder",
    AC,
    why="nickname Bob is not the client's name Robert",
)
L(
    "en",
    "US",
    "Robert Banks spoke yesterday about the S&P 500 drawdown",
    ACH,
    "K-1471",
    why="spoke gives no channel",
)
L(
    "en",
    "US",
    "Grace Whitfield mtg at 4 yesterday, CPA Linda Shore joined",
    AU,
    "K-1472",
    why="bare hour yesterday: 04:00 and 16:00 both past",
)
L(
    "en",
    "US",
    "Robert Whitfield called yesterday asking about his mother's account",
    AC,
    why="unknown person sharing the Whitfield surname and Robert Banks's first name",
)
# ================= en: London rep (local Tue 13:00) =================
L(
    "en",
    "GB",
    "Harriet Garnette coffee at Fortnum's this morning, ISA top-up, deposited £200k",
    REC,
    "K-1461",
    "in_person",
    T,
    None,
    [dep("200000", "GBP")],
    nc=["ISA"],
    ne=["this morning"],
    why="coffee = in person",
)
L(
    "en",
    "GB",
    "the Garnettes, dinner Sat at theirs, IHT planning",
    AC,
    why="household plural of a two-client household",
)
L(
    "en",
    "GB",
    "Garnette, Oliver - phoned 11:40, pledged 1.2m",
    REC,
    "K-1462",
    "phone",
    T,
    "11:40",
    [plg("1200000", "GBP")],
    ne=["11:40"],
    why="surname-first form with comma",
)
L(
    "en",
    "GB",
    "Mrs Garnette rang yesterday about the school fees plan",
    AC,
    why="surname shared by Harriet and Oliver; the title does not disambiguate",
)
L(
    "en",
    "GB",
    "Hope Ashworth Teams call yesterday 2.15pm, committed 900k",
    AU,
    "K-1463",
    why="GBP and EUR accounts, no currency",
)
L(
    "en",
    "GB",
    "Hope Ashworth lunch Fri, transferred €450k into ACC-4164 from her Coutts account",
    REC,
    "K-1463",
    "in_person",
    past("fri"),
    None,
    [dep("450000", "EUR", "ACC-4164")],
    nc=["Coutts"],
    ne=["Fri"],
    why="money into our account is a deposit; Coutts is an outside bank, not a client; first name Hope",
)
L(
    "en",
    "GB",
    "Ashwroth email this am, hope to see her at the gala",
    REC,
    "K-1463",
    "email",
    T,
    None,
    [],
    nc=["gala"],
    ne=["this am"],
    why="transposed letters in Ashworth; 'hope' the verb",
)
L(
    "en",
    "GB",
    "Will Fairweather rang this morning, will fund the SIPP if the bonus comes, 40k",
    REC,
    "K-1464",
    "phone",
    T,
    None,
    [],
    nc=["SIPP"],
    ne=["this morning"],
    why="first name Will vs the verb; conditional funding is no claim",
)
L(
    "en",
    "GB",
    "William Fairweather video call Mon, pension review",
    AC,
    why="the client is Will, not William: a name word that is not the client's name",
)
L(
    "en",
    "GB",
    "Ed Pryce lunch at the club yesterday",
    AC,
    why="short form Ed, not the client's name Edward",
)
L(
    "en",
    "GB",
    "Edward Pryce zoom Thu 16:30, won the mandate on the bond issue, fee £350k",
    REC,
    "K-1465",
    "video",
    past("thu"),
    "16:30",
    [man("350000", "GBP")],
    nc=["bond issue"],
    ne=["Thu", "16:30"],
    why="mandate with fee",
)
L(
    "en",
    "GB",
    "Edward Price email yesterday, his accountant at KPMG sent the accounts",
    REC,
    "K-1465",
    "email",
    Y,
    None,
    [],
    nc=["KPMG"],
    ne=["yesterday"],
    why="one-letter typo Price; accountant not a client",
)
L(
    "en",
    "GB",
    "Margaret Hale letter posted today with the IHT400 pack",
    REC,
    "K-1468",
    "mail",
    T,
    None,
    [],
    nc=["IHT400"],
    why="letter = mail; form number not an amount",
)
L(
    "en",
    "GB",
    "Mrs Hale's daughter phoned about power of attorney",
    AC,
    why="a relative, not the client",
)
L(
    "en",
    "GB",
    "Ola Dahl video call 10:00 today, pledged 5 MSEK #golf-pro-am",
    REC,
    "K-1426",
    "video",
    T,
    "10:00",
    [plg("5000000", "SEK")],
    init="golf-pro-am",
    ne=["10:00"],
    why="London rep covers a Swedish client",
)
L(
    "en",
    "GB",
    "Margaret Hale chatted yesterday re gifting",
    ACH,
    "K-1468",
    why="chatted gives no channel",
)
L(
    "en",
    "GB",
    "Åsa Lindqvist coffee in Mayfair yesterday",
    NC,
    "K-1421",
    why="covered by the Stockholm rep only",
)
# ================= fr: Paris rep (local Tue 14:00) =================
L(
    "fr",
    "FR",
    "rdv Mme Dubois Hélène hier 10h30, versé 800 k€ sur ACC-4101",
    REC,
    "K-1401",
    "in_person",
    Y,
    "10:30",
    [dep("800000", "EUR", "ACC-4101")],
    ne=["hier", "10h30"],
    why="title Mme; surname-first order",
)
L(
    "fr",
    "FR",
    "les Dubois à dîner samedi, succession",
    AC,
    why="household plural of a two-client household",
)
L(
    "fr",
    "FR",
    "M. Dubois tél ce matin, pt sur l'assurance-vie",
    AC,
    why="the surname alone is shared by Hélène and Bernard",
)
L(
    "fr",
    "FR",
    "Bernard Dubios appel 11h15, a promis 1,2 M€",
    REC,
    "K-1402",
    "phone",
    T,
    "11:15",
    [plg("1200000", "EUR")],
    ne=["11h15"],
    why="transposed letters Dubios; no day word = today",
)
L(
    "fr",
    "FR",
    "Bernard au tél hier, veut revoir son PEA",
    AC,
    why="Bernard is Bernard Dubois and Bernard Lavoie",
)
L(
    "fr",
    "FR",
    "Helene Dubois visio lundi 16h, son notaire Me Perrot présent",
    REC,
    "K-1401",
    "video",
    past("mon"),
    "16:00",
    [],
    nc=["notaire", "Perrot"],
    ne=["lundi", "16h"],
    why="missing diacritic; the notary is not a client",
)
L(
    "fr",
    "FR",
    "la fille d'Hélène Dubois a appelé hier pour la donation",
    AC,
    why="a relative, not the client",
)
L(
    "fr",
    "FR",
    "Pierre Lemaire déj vendredi, apport de 500 000 €",
    REC,
    "K-1403",
    "in_person",
    past("fri"),
    None,
    [dep("500000", "EUR")],
    ne=["vendredi"],
    why="apport = deposit; Pierre is also a common noun",
)
L(
    "fr",
    "FR",
    "Lemaire tél hier soir, inquiet pour la bourse",
    AC,
    why="Lemaire alone is Pierre (covered) or Thierry (covered by nobody)",
)
L(
    "fr",
    "FR",
    "Thierry Lemaire rdv jeudi, prospect envoyé par son comptable",
    NC,
    "K-1406",
    why="in the firm, covered by nobody",
)
L(
    "fr",
    "FR",
    "Rose Garnier visio hier 9h, engagement de 2 M",
    AU,
    "K-1404",
    why="EUR and CHF accounts, no currency",
)
L(
    "fr",
    "FR",
    "Rose Garnier rdv ce matin, virement de 1,5 MCHF reçu sur ACC-4105, relance le 15/11",
    REC,
    "K-1404",
    "in_person",
    T,
    None,
    [dep("1500000", "CHF", "ACC-4105")],
    on(11, 15),
    ne=["ce matin"],
    why="received into her account = deposit; d/m follow-up",
)
L(
    "fr",
    "FR",
    "Rose Granier courrier envoyé aujourd'hui avec l'IFU 2026",
    REC,
    "K-1404",
    "mail",
    T,
    None,
    [],
    nc=["IFU"],
    ne=["aujourd'hui"],
    why="transposed letters Granier; year is not an amount",
)
L(
    "fr",
    "FR",
    "Rose a appelé hier, contente du rendement de 6 %",
    REC,
    "K-1404",
    "phone",
    Y,
    None,
    [],
    nc=["rendement"],
    ne=["hier"],
    why="first name alone, unique in the firm; percentage",
)
L(
    "fr",
    "FR",
    "Blanche Moreau e-mail avant-hier, question sur le PER",
    REC,
    "K-1405",
    "email",
    DBY,
    None,
    [],
    nc=["PER"],
    ne=["avant-hier"],
    why="Blanche also means white",
)
L(
    "fr",
    "FR",
    "Mme Moreau tél 9h, veut une carte noire",
    AC,
    why="Moreau alone is Blanche (covered) or Claude (covered by nobody)",
)
L(
    "fr",
    "FR",
    "Claude Moreau déjeuner hier, 3 M€ à placer",
    NC,
    "K-1477",
    why="prospect covered by nobody",
)
L(
    "fr",
    "FR",
    "Agnès Fabre visio mardi dernier, mandat remporté pour la cession, honoraires 250 k€",
    REC,
    "K-1407",
    "video",
    WEEK_AGO,
    None,
    [man("250000", "EUR")],
    nc=["cession"],
    ne=["mardi dernier"],
    why="last <today's weekday> = seven days ago",
)
L(
    "fr",
    "FR",
    "Agnes Fabre appel lundi dernier",
    AU,
    "K-1407",
    why="last <yesterday's weekday>: yesterday or 8 days ago",
)
L(
    "fr",
    "FR",
    "Blanche Moreau rdv hier à 4h, son fils présent",
    AU,
    "K-1405",
    why="à 4h yesterday: 04:00 and 16:00 both past",
)
L(
    "fr",
    "FR",
    "Pierre Lemaire discuté hier de la SCI",
    ACH,
    "K-1403",
    why="discuté gives no channel",
)
L(
    "fr",
    "FR",
    "Bernard Dubois rdv hier soir à 8h au cercle, a versé 300 k€ et s'est engagé pour 1 M€ de plus #opera-gala",
    REC,
    "K-1402",
    "in_person",
    Y,
    "20:00",
    [dep("300000", "EUR"), plg("1000000", "EUR")],
    init="opera-gala",
    ne=["hier soir à 8h"],
    why="soir turns 8 into 20:00; two outcomes",
)
# ================= fr: Montréal rep (local Tue 08:00) =================
L(
    "fr",
    "QC",
    "Luc Tremblay rencontre hier 14h au bureau, a déposé 500 000 CAD",
    REC,
    "K-1408",
    "in_person",
    Y,
    "14:00",
    [dep("500000", "CAD")],
    ne=["hier", "14h"],
    why="a déposé = deposit",
)
L(
    "fr",
    "QC",
    "les Tremblay souper samedi, REER et CELI",
    AC,
    why="household plural of a two-client household",
)
L(
    "fr",
    "QC",
    "Josée Tremblay appel ce matin 7h30, question sur le CELI",
    REC,
    "K-1409",
    "phone",
    T,
    "07:30",
    [],
    nc=["CELI"],
    ne=["7h30"],
    why="explicit time before local now 08:00",
)
L(
    "fr",
    "QC",
    "Josee Trembley courriel hier, relevé T5",
    REC,
    "K-1409",
    "email",
    Y,
    None,
    [],
    nc=["T5"],
    ne=["hier"],
    why="missing diacritic and one-letter typo; courriel = email",
)
L(
    "fr",
    "QC",
    "le fils de Luc Tremblay a appelé hier pour le REEE",
    AC,
    why="a relative, not the client",
)
L(
    "fr",
    "QC",
    "Gilles Bouchard Teams vendredi, mandat gagné, honoraires 400 k",
    AU,
    "K-1410",
    why="CAD and USD accounts, no currency",
)
L(
    "fr",
    "QC",
    "Gilles Bouchard dîner hier, a viré 250 000 USD dans ACC-4114",
    REC,
    "K-1410",
    "in_person",
    Y,
    None,
    [dep("250000", "USD", "ACC-4114")],
    ne=["hier"],
    why="a viré into ACC-… names the direction: a deposit",
)
L(
    "fr",
    "QC",
    "Gilles Bouchard a viré 1 M hier, appel",
    AU,
    "K-1410",
    why="a viré with no direction and two currencies",
)
L(
    "fr",
    "QC",
    "Maxime Pelletier visio lundi 15h, s'est engagé pour 750 000 CAD, relance vendredi",
    REC,
    "K-1411",
    "video",
    past("mon"),
    "15:00",
    [plg("750000", "CAD")],
    nxt("fri"),
    ne=["lundi", "15h"],
    why="Maxime also a common noun",
)
L(
    "fr",
    "QC",
    "Pelletier, Maxime - courrier envoyé hier, formulaire W-8BEN",
    REC,
    "K-1411",
    "mail",
    Y,
    None,
    [],
    nc=["W-8BEN"],
    ne=["hier"],
    why="surname-first form",
)
L(
    "fr",
    "QC",
    "Bernard Lavoie appel hier 16h30 avec son fiscaliste de chez Desjardins",
    REC,
    "K-1412",
    "phone",
    Y,
    "16:30",
    [],
    nc=["fiscaliste", "Desjardins"],
    ne=["hier", "16h30"],
    why="second person and an outside institution are not clients",
)
L(
    "fr",
    "QC",
    "Bernard Lavoei rencontre jeudi, a promis 300 000",
    REC,
    "K-1412",
    "in_person",
    past("thu"),
    None,
    [plg("300000", "CAD")],
    ne=["jeudi"],
    why="transposed letters; single CAD account",
)
L(
    "fr",
    "QC",
    "Agnès Fabre visio hier soir, elle a versé 200 000 € sur ACC-4108",
    REC,
    "K-1407",
    "video",
    Y,
    None,
    [dep("200000", "EUR", "ACC-4108")],
    ne=["hier soir"],
    why="secondary coverage for the Montréal rep",
)
L(
    "fr",
    "QC",
    "Hélène Dubois appel hier, de passage à Montréal",
    NC,
    "K-1401",
    why="covered by the Paris rep only",
)
L(
    "fr",
    "QC",
    "Luc Tremblay jasé hier du REER",
    ACH,
    "K-1408",
    why="jasé (chatted) gives no channel",
)
# ================= sv: Stockholm rep (local Tue 14:00) =================
L(
    "sv",
    "SV",
    "lunch med Åsa Lindqvist igår, hon satte in 3 MSEK",
    REC,
    "K-1421",
    "in_person",
    Y,
    None,
    [dep("3000000", "SEK")],
    ne=["igår"],
    why="satte in = deposit",
)
L(
    "sv",
    "SV",
    "Lindqvist, Åsa – möte kl 10 idag, ISK och KF",
    REC,
    "K-1421",
    "in_person",
    T,
    "10:00",
    [],
    nc=["ISK"],
    ne=["kl 10"],
    why="surname-first; kl 10 read as typed",
)
L(
    "sv",
    "SV",
    "Asa Lindkvist ringde i måndags om arvet",
    REC,
    "K-1421",
    "phone",
    Y,
    None,
    [],
    nc=["arvet"],
    ne=["i måndags"],
    why="missing diacritic and one-letter typo; i måndags = yesterday",
)
L(
    "sv",
    "SV",
    "Lindqvist ringde i morse, vill sälja",
    AC,
    why="Lindqvist alone is Åsa (covered) or Maja (covered by nobody)",
)
L("sv", "SV", "Maja Lindqvist fika igår, prospekt", NC, "K-1425", why="covered by nobody")
L("sv", "SV", "Åsas dotter ringde igår om fullmakten", AC, why="a relative, not the client")
L(
    "sv",
    "SV",
    "familjen Ek middag i lördags, generationsskifte",
    AC,
    why="household plural of a two-client household",
)
L(
    "sv",
    "SV",
    "herr Ek ringde i morse",
    AC,
    why="Ek is Göran and Karin; the title is not a name word",
)
L(
    "sv",
    "SV",
    "Göran Ek möte i fredags kl 15, lovade 2 milj. kr",
    REC,
    "K-1422",
    "in_person",
    past("fri"),
    "15:00",
    [plg("2000000", "SEK")],
    ne=["i fredags", "kl 15"],
    why="lovade = pledged",
)
L(
    "sv",
    "SV",
    "Goran Ek mejl igår, K4-blankett",
    REC,
    "K-1422",
    "email",
    Y,
    None,
    [],
    nc=["K4"],
    ne=["igår"],
    why="missing diacritic",
)
L(
    "sv",
    "SV",
    "Karin Ek teams idag 09:30, insättning 500 tkr på ACC-4123",
    REC,
    "K-1423",
    "video",
    T,
    "09:30",
    [dep("500000", "SEK", "ACC-4123")],
    ne=["09:30"],
    why="insättning = deposit; tkr = thousand kronor",
)
L("sv", "SV", "Karin Ek och Göran Ek lunch idag", AC, why="two clients in one line")
L(
    "sv",
    "SV",
    "Karin Ekk brev skickat idag med deklarationsunderlag",
    REC,
    "K-1423",
    "mail",
    T,
    None,
    [],
    nc=["deklarationsunderlag"],
    ne=["idag"],
    why="doubled letter; brev = mail",
)
L(
    "sv",
    "SV",
    "Sten Björk videosamtal i torsdags, lovade 400 000",
    AU,
    "K-1424",
    why="SEK and EUR accounts, no currency",
)
L(
    "sv",
    "SV",
    "Sten Björk lunch igår kl 12, satte in 250 000 EUR på ACC-4125",
    REC,
    "K-1424",
    "in_person",
    Y,
    "12:00",
    [dep("250000", "EUR", "ACC-4125")],
    ne=["igår", "kl 12"],
    why="Sten and Björk are both ordinary words",
)
L(
    "sv",
    "SV",
    "Sten Bjork ringde idag kl 8, överförde 1 milj.",
    AU,
    "K-1424",
    why="överförde with no direction",
)
L(
    "sv",
    "SV",
    "Björk ringde förra tisdagen om pensionen",
    REC,
    "K-1424",
    "phone",
    WEEK_AGO,
    None,
    [],
    nc=["pensionen"],
    ne=["förra tisdagen"],
    why="surname alone unique in the firm; last <today's weekday> = a week ago",
)
L(
    "sv",
    "SV",
    "Tove Hägg fika i söndags, 2 barn, 45 år",
    REC,
    "K-1427",
    "in_person",
    past("sun"),
    None,
    [],
    nc=["barn"],
    ne=["i söndags"],
    why="counts and age are not amounts",
)
L(
    "sv",
    "SV",
    "Tove Hagg möte förra måndagen",
    AU,
    "K-1427",
    why="last <yesterday's weekday>: yesterday or 8 days ago",
)
L("sv", "SV", "Tove Hägg pratade igår om ISK", ACH, "K-1427", why="pratade gives no channel")
L(
    "sv",
    "SV",
    "Ola Dahl ringde igår om optionerna",
    NC,
    "K-1426",
    why="covered by the London rep only",
)
L(
    "sv",
    "SV",
    "Göran Ek möte igår kl 3, med hans revisor",
    AU,
    "K-1422",
    why="kl 3 yesterday: 03:00 and 15:00 both past",
)
L(
    "sv",
    "SV",
    "Åsa Lindqvist telefon idag kl 13.15, hennes advokat Per Strand var med",
    REC,
    "K-1421",
    "phone",
    T,
    "13:15",
    [],
    nc=["advokat", "Per Strand"],
    ne=["13.15"],
    why="second person (lawyer) is not a client",
)
L(
    "sv",
    "SV",
    "Göran Ek lunch idag, lovade 1,5 milj. kr + insättning 800 tkr, följ upp fredag #golf-pro-am",
    REC,
    "K-1422",
    "in_person",
    T,
    None,
    [plg("1500000", "SEK"), dep("800000", "SEK")],
    nxt("fri"),
    init="golf-pro-am",
    ne=["idag"],
    why="two outcomes; follow-up Friday ahead",
)
L(
    "sv",
    "SV",
    "Tove Hägg mejl i morse, satte inte in något än",
    REC,
    "K-1427",
    "email",
    T,
    None,
    [],
    nc=["inte"],
    ne=["i morse"],
    why="negated deposit",
)
L(
    "sv",
    "SV",
    "Karin Ek zoom igår 16:00, överförde 300 tkr till sitt konto i Handelsbanken",
    REC,
    "K-1423",
    "video",
    Y,
    "16:00",
    [],
    nc=["Handelsbanken"],
    ne=["igår", "16:00"],
    why="money moved out to an outside bank is no claim",
)
L(
    "sv",
    "SV",
    "Sten Björk brev igår, 2 MSEK satt in via SEB till ACC-4124",
    REC,
    "K-1424",
    "mail",
    Y,
    None,
    [dep("2000000", "SEK", "ACC-4124")],
    nc=["SEB"],
    ne=["igår"],
    why="the bank named is the payer, not a client",
)
L(
    "sv",
    "SV",
    "Åsa Lindqvist möte i onsdags, vill ha bunden placering 1 MSEK",
    REC,
    "K-1421",
    "in_person",
    past("wed"),
    None,
    [],
    nc=["bunden placering"],
    ne=["i onsdags"],
    why="fixed-term placement is never a claim",
)
L(
    "sv",
    "SV",
    "fru Hägg ringde i morse, ändra adress",
    REC,
    "K-1427",
    "phone",
    T,
    None,
    [],
    nc=["adress"],
    ne=["i morse"],
    why="title fru; Hägg unique in the firm",
)
L(
    "sv",
    "SV",
    "Ek Göran – teams i måndags kl 9, om generationsskifte",
    REC,
    "K-1422",
    "video",
    Y,
    "09:00",
    [],
    nc=["generationsskifte"],
    ne=["kl 9"],
    why="surname-first without comma; i måndags = yesterday",
)
L(
    "sv",
    "SV",
    "Karin ringde idag om sitt ISK",
    REC,
    "K-1423",
    "phone",
    T,
    None,
    [],
    nc=["ISK"],
    ne=["idag"],
    why="first name Karin unique in the firm; the son is only mentioned",
)
L("sv", "SV", "Åsa Lindqvist lunch i helgen", AU, "K-1421", why="a weekend names two days")
L(
    "sv",
    "SV",
    "Sten Björk mejl idag, mandat vunnet, arvode 120 000 EUR",
    REC,
    "K-1424",
    "email",
    T,
    None,
    [man("120000", "EUR")],
    nc=["arvode"],
    ne=["idag"],
    why="mandate fee with currency on a two-currency client",
)
L(
    "sv",
    "SV",
    "Göran Eks bror Nils ringde om bouppteckningen",
    AC,
    why="a relative (brother) of a client",
)
L(
    "sv",
    "SV",
    "Tove Hägg videosamtal igår, lovade 600 tkr om huset säljs",
    REC,
    "K-1427",
    "video",
    Y,
    None,
    [],
    nc=["huset"],
    ne=["igår"],
    why="conditional pledge (om) is no claim",
)
L(
    "sv",
    "SV",
    "Åsa Lindqvist ringde kl 11 idag, satte in 1,2 milj. kr på ACC-4121",
    REC,
    "K-1421",
    "phone",
    T,
    "11:00",
    [dep("1200000", "SEK", "ACC-4121")],
    ne=["kl 11"],
    why="kl 11 read as typed",
)
L(
    "sv",
    "SV",
    "Lindqvist Åsa, zoom i fredags 14:30, satte in 500 000 kr",
    REC,
    "K-1421",
    "video",
    past("fri"),
    "14:30",
    [dep("500000", "SEK")],
    ne=["i fredags", "14:30"],
    why="surname-first; single SEK account",
)
# ================= ro: Bucharest rep (local Tue 15:00) =================
L(
    "ro",
    "RO",
    "întâlnire cu dna Ioana Lupu ieri la 11, a depus 400.000 lei",
    REC,
    "K-1431",
    "in_person",
    Y,
    "11:00",
    [dep("400000", "RON")],
    ne=["ieri", "la 11"],
    why="title dna; la 11 read as typed",
)
L(
    "ro",
    "RO",
    "familia Lupu la cină sâmbătă, succesiune",
    AC,
    why="household plural of a two-client household",
)
L(
    "ro",
    "RO",
    "dl Lupu a sunat azi dimineață",
    AC,
    why="Lupu is Ioana and Mihai; the title is not a name word",
)
L(
    "ro",
    "RO",
    "Mihai Lupu telefon azi la 10:15, s-a angajat pentru 1,5 mil. lei",
    REC,
    "K-1432",
    "phone",
    T,
    "10:15",
    [plg("1500000", "RON")],
    ne=["la 10:15"],
    why="s-a angajat = pledge",
)
L(
    "ro",
    "RO",
    "Mihai Lupo email aseară, extras de cont",
    REC,
    "K-1432",
    "email",
    Y,
    None,
    [],
    nc=["extras"],
    ne=["aseară"],
    why="one-letter typo Lupo; aseară = yesterday evening, no time",
)
L(
    "ro",
    "RO",
    "Lupu Mihai - întâlnire luni la 9, cu avocatul lui, dl Georgescu",
    REC,
    "K-1432",
    "in_person",
    Y,
    "09:00",
    [],
    nc=["avocatul"],
    ne=["luni", "la 9"],
    why="surname-first; the lawyer is not a client; bare luni = yesterday",
)
L("ro", "RO", "fiul Ioanei Lupu a sunat ieri pentru procură", AC, why="a relative, not the client")
L(
    "ro",
    "RO",
    "Doru Stan apel video vineri la 16, promis 800k",
    AU,
    "K-1433",
    why="RON and EUR accounts, no currency",
)
L(
    "ro",
    "RO",
    "Doru Stan întâlnire joi, a depus 300.000 EUR în ACC-4134",
    REC,
    "K-1433",
    "in_person",
    past("thu"),
    None,
    [dep("300000", "EUR", "ACC-4134")],
    ne=["joi"],
    why="deposit into a named EUR account",
)
L(
    "ro",
    "RO",
    "Doru Stan a transferat 200k lei ieri, telefon",
    AU,
    "K-1433",
    why="a transferat with no direction",
)
L(
    "ro",
    "RO",
    "Doru Satn scrisoare trimisă azi cu contractul",
    REC,
    "K-1433",
    "mail",
    T,
    None,
    [],
    nc=["contractul"],
    ne=["azi"],
    why="transposed letters Satn; scrisoare = mail",
)
L(
    "ro",
    "RO",
    "Floarea Neagu la cafea alaltăieri, 2 nepoți, 67 de ani",
    REC,
    "K-1434",
    "in_person",
    DBY,
    None,
    [],
    nc=["nepoți"],
    ne=["alaltăieri"],
    why="Floarea also means the flower; counts and age",
)
L(
    "ro",
    "RO",
    "Floarea Negu telefon ieri la 17:30, a depus 250.000 lei prin BCR",
    REC,
    "K-1434",
    "phone",
    Y,
    "17:30",
    [dep("250000", "RON")],
    nc=["BCR"],
    ne=["ieri", "17:30"],
    why="missing letter; BCR is the sending bank, not a client",
)
L(
    "ro",
    "RO",
    "dna Neagu zoom azi la 14, vrea depozit la termen 100k",
    REC,
    "K-1434",
    "video",
    T,
    "14:00",
    [],
    nc=["depozit la termen"],
    ne=["la 14"],
    why="title dna; Neagu unique in firm; term deposit is no claim",
)
L(
    "ro",
    "RO",
    "Ionescu a sunat azi dimineață, întreabă de dividende",
    AC,
    why="Ionescu alone is Vlad (covered) or Ștefan (covered by nobody)",
)
L(
    "ro",
    "RO",
    "Ștefan Ionescu întâlnire ieri, prospect adus de contabilul lui",
    NC,
    "K-1436",
    why="covered by nobody",
)
L(
    "ro",
    "RO",
    "Stefan Ionescu telefon azi",
    NC,
    "K-1436",
    why="missing diacritic, still unambiguous, covered by nobody",
)
L(
    "ro",
    "RO",
    "Vlad Ionescu teams marți trecută la 15:00, mandat câștigat, onorariu 500.000 lei",
    REC,
    "K-1435",
    "video",
    WEEK_AGO,
    "15:00",
    [man("500000", "RON")],
    ne=["marți trecută"],
    why="last <today's weekday> = seven days ago; mandate fee",
)
L(
    "ro",
    "RO",
    "Vlad Ionescu întâlnire lunea trecută",
    AU,
    "K-1435",
    why="last <yesterday's weekday>: yesterday or 8 days ago",
)
L(
    "ro",
    "RO",
    "Vlad Ionsecu email ieri, raport Q3 și FY2027",
    REC,
    "K-1435",
    "email",
    Y,
    None,
    [],
    nc=["Q3"],
    ne=["ieri"],
    why="transposed letters; Q3 and FY2027 are not amounts",
)
L(
    "ro",
    "RO",
    "Vlad a sunat ieri la 4",
    AU,
    "K-1435",
    why="la 4 yesterday: 04:00 and 16:00 both past",
)
L(
    "ro",
    "RO",
    "Ana Mureșan întâlnire duminică seara, a promis 200.000",
    REC,
    "K-1437",
    "in_person",
    past("sun"),
    None,
    [plg("200000", "EUR")],
    ne=["duminică seara"],
    why="single EUR account; part of day gives no time",
)
L(
    "ro",
    "RO",
    "Ana Muresan apel azi la 9:45, NU a depus încă",
    REC,
    "K-1437",
    "phone",
    T,
    "09:45",
    [],
    nc=["încă"],
    ne=["la 9:45"],
    why="missing diacritic; negated deposit",
)
L(
    "ro",
    "RO",
    "Mureșan Ana, scrisoare ieri cu formularul FATCA",
    REC,
    "K-1437",
    "mail",
    Y,
    None,
    [],
    nc=["FATCA"],
    ne=["ieri"],
    why="surname-first",
)
L(
    "ro",
    "RO",
    "Ioana Lupu am vorbit ieri despre pensie",
    ACH,
    "K-1431",
    why="am vorbit gives no channel",
)
L("ro", "RO", "Ioana Lupu și Mihai Lupu întâlnire azi", AC, why="two clients in one line")
L(
    "ro",
    "RO",
    "Doru Stan cafea ieri seară la 8, a depus 100.000 lei și s-a angajat pentru 50.000 EUR #museum-night",
    REC,
    "K-1433",
    "in_person",
    Y,
    "20:00",
    [dep("100000", "RON"), plg("50000", "EUR")],
    init="museum-night",
    ne=["ieri seară la 8"],
    why="seară turns 8 into 20:00; two outcomes in two currencies",
)
L(
    "ro",
    "RO",
    "Ioana Lupu zoom azi la 12, a transferat 500k lei în ACC-4131, revin vineri",
    REC,
    "K-1431",
    "video",
    T,
    "12:00",
    [dep("500000", "RON", "ACC-4131")],
    nxt("fri"),
    ne=["la 12"],
    why="transfer into ACC-… is a deposit; revin -> next Friday",
)
L(
    "ro",
    "RO",
    "Ioana Lupu telefon azi, a retras 50.000 lei pentru casă",
    REC,
    "K-1431",
    "phone",
    T,
    None,
    [],
    nc=["casă"],
    ne=["azi"],
    why="a withdrawal is no claim",
)
L(
    "ro",
    "RO",
    "Floarea Neagu întâlnire ieri, va depune 300k lei dacă vinde terenul",
    REC,
    "K-1434",
    "in_person",
    Y,
    None,
    [],
    nc=["terenul"],
    ne=["ieri"],
    why="conditional (dacă) is no claim",
)
L(
    "ro",
    "RO",
    "Ana Mureșan discutat azi despre ETF-uri",
    ACH,
    "K-1437",
    why="discutat gives no channel",
)
L("ro", "RO", "Mihai Lupu a sunat în weekend", AU, "K-1432", why="weekend names two days")
L(
    "ro",
    "RO",
    "Mihai Lupu și soția la cină vineri",
    AC,
    why="the wife of Mihai is Ioana Lupu, a second client (or a relative)",
)
L(
    "ro",
    "RO",
    "Vlad Ionescu telefon azi la 8, cu consultantul fiscal de la Deloitte",
    REC,
    "K-1435",
    "phone",
    T,
    "08:00",
    [],
    nc=["Deloitte"],
    ne=["la 8"],
    why="la 8 read as typed; outside adviser is not a client",
)
L(
    "ro",
    "RO",
    "dna Ana Mureșan email alaltăieri, a transferat 150.000 EUR în ACC-4138",
    REC,
    "K-1437",
    "email",
    DBY,
    None,
    [dep("150000", "EUR", "ACC-4138")],
    ne=["alaltăieri"],
    why="title dna with full name",
)
L(
    "ro",
    "RO",
    "Ioana Lupu întâlnire azi la 13:30, a depus 1 mil. lei în ACC-4131",
    REC,
    "K-1431",
    "in_person",
    T,
    "13:30",
    [dep("1000000", "RON", "ACC-4131")],
    ne=["la 13:30"],
    why="mil. = million",
)
L(
    "ro",
    "RO",
    "Doru Stan telefon ieri, mandat de administrare discreționară pe 2 mil. EUR",
    REC,
    "K-1433",
    "phone",
    Y,
    None,
    [],
    nc=["discreționară"],
    ne=["ieri"],
    why="discretionary management mandate is never a claim",
)
# ================= ms: Kuala Lumpur rep (local Tue 21:00) =================
L(
    "ms",
    "MS",
    "jumpa Encik Lim Wei Ming semalam pukul 3 petang, dia masukkan RM 800 ribu",
    REC,
    "K-1441",
    "in_person",
    Y,
    "15:00",
    [dep("800000", "MYR")],
    ne=["semalam", "pukul 3 petang"],
    why="title Encik; petang turns 3 into 15:00",
)
L(
    "ms",
    "MS",
    "keluarga Lim makan malam hari Sabtu, bincang wasiat",
    AC,
    why="household plural of a two-client household",
)
L("ms", "MS", "Encik Lim telefon pagi tadi", AC, why="Lim is Wei Ming and Mei Ling")
L(
    "ms",
    "MS",
    "Lim Mei Ling panggilan video hari ini pukul 10 pagi, janji RM 1.5 juta",
    REC,
    "K-1442",
    "video",
    T,
    "10:00",
    [plg("1500000", "MYR")],
    ne=["pukul 10 pagi"],
    why="janji = pledge",
)
L(
    "ms",
    "MS",
    "Puan Lim Mei Lin emel semalam, penyata ASB",
    REC,
    "K-1442",
    "email",
    Y,
    None,
    [],
    nc=["ASB"],
    ne=["semalam"],
    why="missing final letter Lin; title Puan",
)
L(
    "ms",
    "MS",
    "Wei Ming telefon hari Isnin, tanya pasal unit trust",
    REC,
    "K-1441",
    "phone",
    Y,
    None,
    [],
    nc=["unit trust"],
    ne=["Isnin"],
    why="given names alone are unique; bare Isnin = yesterday",
)
L(
    "ms",
    "MS",
    "anak lelaki Lim Wei Ming telefon semalam pasal geran rumah",
    AC,
    why="a relative (son), not the client",
)
L(
    "ms",
    "MS",
    "Datuk Azman jumpa semalam di Mont Kiara",
    AC,
    why="Azman is Azman bin Hashim and Azman bin Yusof; Datuk is a title",
)
L(
    "ms",
    "MS",
    "Datuk Azman bin Hashim panggilan video hari Jumaat, janji 2 juta",
    AU,
    "K-1443",
    why="MYR and SGD accounts, no currency",
)
L(
    "ms",
    "MS",
    "Datuk Azman Hashim jumpa hari Khamis, masukkan SGD 500k ke ACC-4144",
    REC,
    "K-1443",
    "in_person",
    past("thu"),
    None,
    [dep("500000", "SGD", "ACC-4144")],
    ne=["Khamis"],
    why="title Datuk; name without bin; named SGD account",
)
L(
    "ms",
    "MS",
    "Azman bin Yusof makan tengah hari semalam, prospek dari Maybank",
    NC,
    "K-1446",
    why="prospect covered by nobody",
)
L(
    "ms",
    "MS",
    "Azman Hashim pindahkan RM 1 juta semalam, telefon",
    AU,
    "K-1443",
    why="pindahkan with no direction",
)
L(
    "ms",
    "MS",
    "Azman bin Hasim surat dihantar hari ini, dokumen amanah",
    REC,
    "K-1443",
    "mail",
    T,
    None,
    [],
    nc=["amanah"],
    ne=["hari ini"],
    why="missing letter Hasim; surat = mail",
)
L(
    "ms",
    "MS",
    "Puan Mawar binti Ismail jumpa Selasa lepas, dia masukkan RM 300,000",
    REC,
    "K-1444",
    "in_person",
    WEEK_AGO,
    None,
    [dep("300000", "MYR")],
    ne=["Selasa lepas"],
    why="Mawar also means rose; last <today's weekday> = a week ago",
)
L(
    "ms",
    "MS",
    "Mawar Ismail telefon Isnin lepas",
    AU,
    "K-1444",
    why="last <yesterday's weekday>: yesterday or 8 days ago",
)
L(
    "ms",
    "MS",
    "Mawar bt Ismail emel kelmarin, borang KWSP",
    AU,
    "K-1444",
    why="kelmarin is ambiguous in use",
)
L(
    "ms",
    "MS",
    "Embun binti Rahim panggilan video semalam pukul 8.30 malam, komitmen RM 600 ribu",
    REC,
    "K-1445",
    "video",
    Y,
    "20:30",
    [plg("600000", "MYR")],
    ne=["semalam", "8.30 malam"],
    why="Embun also means dew; malam turns 8.30 into 20:30",
)
L(
    "ms",
    "MS",
    "Embun Rahim jumpa semalam pukul 4",
    AU,
    "K-1445",
    why="pukul 4 yesterday: 04:00 and 16:00 both past",
)
L(
    "ms",
    "MS",
    "Embun binti Rahim bincang semalam pasal takaful",
    ACH,
    "K-1445",
    why="bincang gives no channel",
)
L(
    "ms",
    "MS",
    "Puan Embun telefon pagi tadi, peguam dia Encik Farid ada sekali",
    REC,
    "K-1445",
    "phone",
    T,
    None,
    [],
    nc=["peguam", "Farid"],
    ne=["pagi tadi"],
    why="title Puan; first name alone unique; the lawyer is not a client",
)
L(
    "ms",
    "MS",
    "Karthik a/l Subramaniam mesyuarat hari ini pukul 2 petang, mandat IPO dimenangi, yuran RM 900 ribu",
    REC,
    "K-1447",
    "in_person",
    T,
    "14:00",
    [man("900000", "MYR")],
    nc=["IPO"],
    ne=["pukul 2 petang"],
    why="mesyuarat = meeting; mandate fee",
)
L(
    "ms",
    "MS",
    "Karthik Subramanian emel semalam, laporan kewangan FY2027",
    REC,
    "K-1447",
    "email",
    Y,
    None,
    [],
    nc=["FY2027"],
    ne=["semalam"],
    why="one-letter typo Subramanian; FY2027 not an amount",
)
L(
    "ms",
    "MS",
    "Tan Boon Kiat jumpa di pejabat hari Jumaat, masukkan RM 2 juta ke ACC-4149",
    REC,
    "K-1448",
    "in_person",
    past("fri"),
    None,
    [dep("2000000", "MYR", "ACC-4149")],
    ne=["Jumaat"],
    why="surname Tan is also part of the title Tan Sri",
)
L(
    "ms",
    "MS",
    "Tan Boon Kit panggilan telefon hari ini pukul 9 pagi, umur 58, 3 cucu",
    REC,
    "K-1448",
    "phone",
    T,
    "09:00",
    [],
    nc=["cucu"],
    ne=["pukul 9 pagi"],
    why="missing letter Kit; age and count",
)
L(
    "ms",
    "MS",
    "Lim Wei Ming dan isteri makan malam hari Ahad",
    AC,
    why="the wife is Lim Mei Ling, a second client",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling jumpa hari ini, simpanan tetap RM 500 ribu diperbaharui",
    REC,
    "K-1442",
    "in_person",
    T,
    None,
    [],
    nc=["simpanan tetap"],
    ne=["hari ini"],
    why="fixed deposit is never a claim",
)
L(
    "ms",
    "MS",
    "Lim Wei Ming video call hari ini pukul 11 pagi, masukkan RM 400 ribu dan janji RM 1 juta lagi, susulan Jumaat #f1-montreal",
    REC,
    "K-1441",
    "video",
    T,
    "11:00",
    [dep("400000", "MYR"), plg("1000000", "MYR")],
    nxt("fri"),
    init="f1-montreal",
    ne=["pukul 11 pagi"],
    why="two outcomes; susulan -> next Friday",
)
L(
    "ms",
    "MS",
    "Mawar binti Ismail telefon pagi tadi, dia TIDAK masukkan duit lagi",
    REC,
    "K-1444",
    "phone",
    T,
    None,
    [],
    nc=["tidak"],
    ne=["pagi tadi"],
    why="negated deposit",
)
L("ms", "MS", "Tan Sri Lim jumpa semalam", AC, why="Tan Sri is a title; Lim is shared")
L(
    "ms",
    "MS",
    "Anil Mehta emel semalam pasal NRI akaun",
    NC,
    "K-1451",
    why="covered by the Kolkata rep only",
)
L(
    "ms",
    "MS",
    "Ismail, Mawar - surat semalam, penyata cukai",
    REC,
    "K-1444",
    "mail",
    Y,
    None,
    [],
    nc=["cukai"],
    ne=["semalam"],
    why="patronymic-first form",
)
L(
    "ms",
    "MS",
    "bapa Karthik, En. Subramaniam, telefon semalam",
    AC,
    why="the caller is the client's father, who shares his name word and is not a client",
)
L(
    "ms",
    "MS",
    "Embun binti Rahim jumpa semalam, janji RM 200k kalau bonus masuk",
    REC,
    "K-1445",
    "in_person",
    Y,
    None,
    [],
    nc=["bonus"],
    ne=["semalam"],
    why="conditional (kalau) pledge is no claim",
)
L(
    "ms",
    "MS",
    "Datuk Azman Hashim panggilan video hari ini pukul 8 malam, yuran mandat SGD 150k",
    REC,
    "K-1443",
    "video",
    T,
    "20:00",
    [man("150000", "SGD")],
    nc=["yuran"],
    ne=["pukul 8 malam"],
    why="mandate fee with currency on a two-currency client; 20:00 before local 21:00",
)
L(
    "ms",
    "MS",
    "Tan Boon Kiat emel hari ini, pindahkan RM 100k ke akaun CIMB dia sendiri",
    REC,
    "K-1448",
    "email",
    T,
    None,
    [],
    nc=["CIMB"],
    ne=["hari ini"],
    why="money moved out to his own outside account is no claim",
)
L("ms", "MS", "Lim Wei Ming jumpa hujung minggu", AU, "K-1441", why="weekend names two days")
L("ms", "MS", "Puan Mawar ada bincang dengan saya", ACH, "K-1444", why="no channel word and no day")
# ================= hi: Kolkata rep (local Tue 18:30), Devanagari and Hinglish =================
L(
    "hi",
    "HI",
    "श्री Anil Mehta से कल शाम 5 बजे ऑफिस में मुलाकात, 25 लाख जमा किए",
    REC,
    "K-1451",
    "in_person",
    Y,
    "17:00",
    [dep("2500000", "INR")],
    ne=["शाम 5 बजे"],
    why="title Shri; कल = yesterday; शाम turns 5 into 17:00",
)
L(
    "hi",
    "HI",
    "Mehta parivaar ke saath dinner shanivaar ko",
    AC,
    why="household plural of a two-client household",
)
L(
    "hi",
    "HI",
    "Mehta ji ka phone aaya aaj subah",
    AC,
    why="Mehta is Anil and Sunita; ji is not a name word",
)
L(
    "hi",
    "HI",
    "Smt. Sunita Mehta ko aaj dopahar 2 baje phone kiya, 50 lakh ka vaada kiya",
    REC,
    "K-1452",
    "phone",
    T,
    "14:00",
    [plg("5000000", "INR")],
    ne=["dopahar 2 baje"],
    why="title Smt.; vaada = pledge",
)
L(
    "hi",
    "HI",
    "Sunita Mheta email kal, Form 16 bheja",
    REC,
    "K-1452",
    "email",
    Y,
    None,
    [],
    nc=["Form 16"],
    why="transposed letters Mheta; form number not an amount",
)
L(
    "hi",
    "HI",
    "Anil Mehta ke bete ne kal phone kiya, property ke baare mein",
    AC,
    why="a relative (son), not the client",
)
L("hi", "HI", "Anil ji se mulaqat kal", AC, why="Anil is Anil Mehta and Anil Joshi")
L("hi", "HI", "Anil Joshi se video call aaj", NC, "K-1458", why="covered by the New York rep only")
L(
    "hi",
    "HI",
    "Asha Khanna से आज सुबह 11 बजे फ़ोन पर बात, 10 लाख जमा",
    REC,
    "K-1453",
    "phone",
    T,
    "11:00",
    [dep("1000000", "INR")],
    ne=["सुबह 11 बजे"],
    why="Asha also means hope",
)
L(
    "hi",
    "HI",
    "Khanna ji se aaj meeting hui",
    AC,
    why="Khanna is Asha (covered) or Vijay (covered by nobody)",
)
L(
    "hi",
    "HI",
    "Vijay Khanna se kal mulaqat, prospect, CA ke through aaye",
    NC,
    "K-1455",
    why="covered by nobody",
)
L(
    "hi",
    "HI",
    "Asha Kahnna ji ke ghar gaye ravivaar ko, unke CA Mr Bose bhi the",
    REC,
    "K-1453",
    "in_person",
    past("sun"),
    None,
    [],
    nc=["Bose"],
    ne=["ravivaar"],
    why="transposed letters Kahnna; the accountant is not a client",
)
L(
    "hi",
    "HI",
    "Sona Kapoor video call shukravaar ko, 1 crore commit kiya",
    AU,
    "K-1454",
    why="INR and USD accounts, no currency",
)
L(
    "hi",
    "HI",
    "Sona Kapoor se kal zoom, USD 200k ACC-4155 mein jama kiye",
    REC,
    "K-1454",
    "video",
    Y,
    None,
    [dep("200000", "USD", "ACC-4155")],
    ne=["kal"],
    why="Sona also means gold; named USD account",
)
L(
    "hi",
    "HI",
    "Sona Kapur ko chitthi bheji aaj, 26AS statement",
    REC,
    "K-1454",
    "mail",
    T,
    None,
    [],
    nc=["26AS"],
    why="one-letter typo Kapur; chitthi = letter",
)
L(
    "hi",
    "HI",
    "Sona Kapoor ne kal 50 lakh transfer kiye, phone",
    AU,
    "K-1454",
    why="transfer with no direction",
)
L(
    "hi",
    "HI",
    "Shanti Iyer से पिछले मंगलवार मुलाकात, 2 करोड़ का वादा",
    REC,
    "K-1456",
    "in_person",
    WEEK_AGO,
    None,
    [plg("20000000", "INR")],
    ne=["पिछले मंगलवार"],
    why="Shanti also means peace; last <today's weekday> = a week ago",
)
L(
    "hi",
    "HI",
    "Shanti Iyer pichhle somvaar phone pe baat",
    AU,
    "K-1456",
    why="last <yesterday's weekday>: yesterday or 8 days ago",
)
L(
    "hi",
    "HI",
    "Shanti Iyar se aaj 4 baje meeting",
    AU,
    "K-1456",
    why="4 baje today: 04:00 and 16:00 both past at 18:30",
)
L(
    "hi",
    "HI",
    "Shanti Iyer से कल बात हुई, ELSS के बारे में",
    ACH,
    "K-1456",
    why="baat hui gives no channel",
)
L(
    "hi",
    "HI",
    "Prakash Nair ke saath lunch aaj, mandate mil gaya IPO ke liye, fee 2 crore",
    REC,
    "K-1457",
    "in_person",
    T,
    None,
    [man("20000000", "INR")],
    nc=["IPO"],
    why="mandate with fee; crore",
)
L(
    "hi",
    "HI",
    "Prakash Nair ne somvaar ko email kiya, FD 30 lakh renew",
    REC,
    "K-1457",
    "email",
    Y,
    None,
    [],
    nc=["FD"],
    ne=["somvaar"],
    why="FD is never a claim; bare somvaar = yesterday",
)
L(
    "hi",
    "HI",
    "Nair, Prakash - phone aaj 7 baje, 80C aur NPS",
    REC,
    "K-1457",
    "phone",
    T,
    "07:00",
    [],
    nc=["80C"],
    ne=["7 baje"],
    why="surname-first; 7 baje read as typed",
)
L(
    "hi",
    "HI",
    "Karthik Subramaniam se kal video call, humare account se 1 crore uske HDFC account mein bheje",
    REC,
    "K-1447",
    "video",
    Y,
    None,
    [],
    nc=["HDFC"],
    why="secondary coverage; money moved out of our account to his HDFC account: no claim",
)
L(
    "hi",
    "HI",
    "Anil Mehta kal raat 9 baje phone, 40 lakh ACC-4151 mein aaye",
    REC,
    "K-1451",
    "phone",
    Y,
    "21:00",
    [dep("4000000", "INR", "ACC-4151")],
    ne=["raat 9 baje"],
    why="money came to our account: deposit; raat turns 9 into 21:00",
)
L("hi", "HI", "Sunita Mehta aur Anil Mehta ke saath coffee aaj", AC, why="two clients in one line")
L(
    "hi",
    "HI",
    "Shri Prakash Nair से कल ईमेल, 15 लाख जमा और 1 करोड़ का वादा #opera-gala",
    REC,
    "K-1457",
    "email",
    Y,
    None,
    [dep("1500000", "INR"), plg("10000000", "INR")],
    init="opera-gala",
    why="two outcomes; title Shri",
)
L(
    "hi",
    "HI",
    "Asha Khanna ne abhi paisa jama nahi kiya, phone kiya aaj",
    REC,
    "K-1453",
    "phone",
    T,
    None,
    [],
    nc=["nahi"],
    why="negated deposit",
)
L(
    "hi",
    "HI",
    "Sunita Mehta ji se Zoom par baat 6 नवंबर को, 20 लाख जमा किए",
    REC,
    "K-1452",
    "video",
    on(11, 6),
    None,
    [dep("2000000", "INR")],
    ne=["6 नवंबर"],
    why="date d month; ji not a name word",
)
L(
    "hi",
    "HI",
    "Sona Kapoor ke saath meeting aaj dopahar 12:30, ₹75 लाख जमा किए",
    REC,
    "K-1454",
    "in_person",
    T,
    "12:30",
    [dep("7500000", "INR")],
    why="₹ gives INR on a two-currency client",
)
L(
    "hi",
    "HI",
    "Asha Khanna ji ke saath coffee kal, 30 lakh agar bonus aaya to",
    REC,
    "K-1453",
    "in_person",
    Y,
    None,
    [],
    nc=["bonus"],
    why="conditional (agar) is no claim",
)
L("hi", "HI", "Prakash Nair ki beti ne aaj phone kiya", AC, why="a relative (daughter)")
L(
    "hi",
    "HI",
    "Shanti Iyer ka call aaya kal shaam, 5 lakh deposit kiye, follow up guruvaar",
    REC,
    "K-1456",
    "phone",
    Y,
    None,
    [dep("500000", "INR")],
    nxt("thu"),
    why="kal shaam gives no time; follow-up Thursday ahead",
)
L(
    "hi",
    "HI",
    "Anil Mehta ke saath video call 7/11 ko, umar 62, 3 bachche",
    REC,
    "K-1451",
    "video",
    on(11, 7),
    None,
    [],
    nc=["bachche"],
    ne=["7/11"],
    why="d/m date; age and count",
)
L(
    "hi",
    "HI",
    "Sunita Mehta से मुलाकात आज सुबह, 12% रिटर्न से खुश",
    REC,
    "K-1452",
    "in_person",
    T,
    None,
    [],
    nc=["12%"],
    ne=["आज सुबह"],
    why="percentage is not an amount",
)
L(
    "hi",
    "HI",
    "Asha Khanna se kal mulaqat hui 3 baje",
    AU,
    "K-1453",
    why="3 baje yesterday: 03:00 and 15:00 both past",
)
L(
    "hi",
    "HI",
    "Shanti Iyer ji ke office gaye parson, 60 lakh ACC-4157 mein jama kiye",
    REC,
    "K-1456",
    "in_person",
    DBY,
    None,
    [dep("6000000", "INR", "ACC-4157")],
    ne=["parson"],
    why="went to her office = in person; parson in a log = day before yesterday",
)
# ================= mixed: rep's language with English =================
L(
    "mixed",
    "FR",
    "Lunch avec Pierre Lemaire yesterday, il a pledged 400k EUR, relance Friday",
    REC,
    "K-1403",
    "in_person",
    Y,
    None,
    [plg("400000", "EUR")],
    nxt("fri"),
    ne=["yesterday"],
    why="fr/en; full name resolves the shared surname",
)
L(
    "mixed",
    "FR",
    "Call Mme Hélène Dubois ce matin, deposit 600k€ into ACC-4101, her accountant from PwC on the line",
    REC,
    "K-1401",
    "phone",
    T,
    None,
    [dep("600000", "EUR", "ACC-4101")],
    nc=["PwC"],
    ne=["ce matin"],
    why="title; outside accountant not a client",
)
L(
    "mixed",
    "FR",
    "Rose Garnier meeting hier 17h, wired in 1m CHF to ACC-4105",
    REC,
    "K-1404",
    "in_person",
    Y,
    "17:00",
    [dep("1000000", "CHF", "ACC-4105")],
    ne=["hier", "17h"],
    why="named CHF account",
)
L(
    "mixed",
    "FR",
    "Moreau Blanche, zoom lundi, no deposit yet, attend la vente",
    REC,
    "K-1405",
    "video",
    past("mon"),
    None,
    [],
    nc=["vente"],
    ne=["lundi"],
    why="surname-first; negated deposit",
)
L(
    "mixed",
    "QC",
    "Josée Tremblay call hier 13h, committed 200k CAD, relance le 19/11",
    REC,
    "K-1409",
    "phone",
    Y,
    "13:00",
    [plg("200000", "CAD")],
    on(11, 19),
    ne=["hier", "13h"],
    why="fr-CA/en; d/m follow-up",
)
L(
    "mixed",
    "QC",
    "Luc Tremblay et sa femme Josée au lunch hier",
    AC,
    why="the wife is Josée Tremblay, a second client",
)
L(
    "mixed",
    "QC",
    "Gilles Bouchard zoom ce matin 7h15, mandate won, fee 300k CAD",
    REC,
    "K-1410",
    "video",
    T,
    "07:15",
    [man("300000", "CAD")],
    ne=["7h15"],
    why="currency given on a two-currency client; time before local 08:00",
)
L(
    "mixed",
    "SV",
    "Göran Ek lunch igår, he pledged 2 MSEK, follow up on fredag",
    REC,
    "K-1422",
    "in_person",
    Y,
    None,
    [plg("2000000", "SEK")],
    nxt("fri"),
    ne=["igår"],
    why="sv/en; full name resolves the shared surname",
)
L(
    "mixed",
    "SV",
    "Lindqvist, Åsa – call i morse, deposited 750 tkr into ACC-4121",
    REC,
    "K-1421",
    "phone",
    T,
    None,
    [dep("750000", "SEK", "ACC-4121")],
    ne=["i morse"],
    why="surname-first; tkr",
)
L(
    "mixed",
    "SV",
    "Sten Björk teams i måndags 10:30, committed EUR 300k",
    REC,
    "K-1424",
    "video",
    Y,
    "10:30",
    [plg("300000", "EUR")],
    ne=["i måndags", "10:30"],
    why="EUR named on a two-currency client",
)
L(
    "mixed",
    "SV",
    "Tove Hägg meeting igår, her lawyer Erik Sand joined, wired in 1 MSEK",
    REC,
    "K-1427",
    "in_person",
    Y,
    None,
    [dep("1000000", "SEK")],
    nc=["Erik Sand"],
    ne=["igår"],
    why="a lawyer is not a client",
)
L(
    "mixed",
    "RO",
    "Ioana Lupu call ieri la 16:00, she deposited 300k lei",
    REC,
    "K-1431",
    "phone",
    Y,
    "16:00",
    [dep("300000", "RON")],
    ne=["ieri"],
    why="ro/en",
)
L(
    "mixed",
    "RO",
    "Doru Stan meeting azi 11:30, pledged 250k EUR, follow-up vineri",
    REC,
    "K-1433",
    "in_person",
    T,
    "11:30",
    [plg("250000", "EUR")],
    nxt("fri"),
    ne=["11:30"],
    why="EUR named on a two-currency client",
)
L(
    "mixed",
    "RO",
    "dna Floarea Neagu email ieri, mandate fee 1% only",
    REC,
    "K-1434",
    "email",
    Y,
    None,
    [],
    nc=["1%"],
    ne=["ieri"],
    why="a mandate fee that is only a percentage is no claim",
)
L(
    "mixed",
    "RO",
    "Vlad Ionescu zoom yesterday, won the mandate pe refinanțare, fee 200k lei",
    REC,
    "K-1435",
    "video",
    Y,
    None,
    [man("200000", "RON")],
    nc=["refinanțare"],
    ne=["yesterday"],
    why="ro/en mandate",
)
L(
    "mixed",
    "MS",
    "Lim Mei Ling call semalam, she deposited RM 500k into ACC-4142",
    REC,
    "K-1442",
    "phone",
    Y,
    None,
    [dep("500000", "MYR", "ACC-4142")],
    ne=["semalam"],
    why="ms/en; full name resolves the shared surname",
)
L(
    "mixed",
    "MS",
    "Datuk Azman Hashim lunch today, pledged SGD 1m, susulan Isnin",
    REC,
    "K-1443",
    "in_person",
    T,
    None,
    [plg("1000000", "SGD")],
    nxt("mon"),
    why="Datuk is a title; SGD named",
)
L(
    "mixed",
    "MS",
    "Encik Tan Boon Kiat zoom pagi tadi, his accountant from EY joined",
    REC,
    "K-1448",
    "video",
    T,
    None,
    [],
    nc=["EY"],
    ne=["pagi tadi"],
    why="title Encik; accountant not a client",
)
L(
    "mixed",
    "MS",
    "Mawar Ismail meeting semalam 3pm, funded RM 250k",
    REC,
    "K-1444",
    "in_person",
    Y,
    "15:00",
    [dep("250000", "MYR")],
    ne=["semalam", "3pm"],
    why="name without binti",
)
L(
    "mixed",
    "MS",
    "Azman call today, dia nak buka akaun",
    AC,
    why="Azman is Azman bin Hashim and Azman bin Yusof",
)
L(
    "mixed",
    "HI",
    "Anil Mehta meeting kal 4pm, 20 lakh deposit kiye into ACC-4151",
    REC,
    "K-1451",
    "in_person",
    Y,
    "16:00",
    [dep("2000000", "INR", "ACC-4151")],
    ne=["4pm"],
    why="hi/en",
)
L(
    "mixed",
    "HI",
    "Sona Kapoor call today 10am, she pledged USD 300k",
    REC,
    "K-1454",
    "phone",
    T,
    "10:00",
    [plg("300000", "USD")],
    ne=["10am"],
    why="USD named on a two-currency client",
)
L(
    "mixed",
    "HI",
    "Smt Sunita Mehta zoom kal, mandate signed, fee 50 lakh INR",
    REC,
    "K-1452",
    "video",
    Y,
    None,
    [man("5000000", "INR")],
    why="title Smt; mandate fee",
)
L(
    "mixed",
    "HI",
    "Prakash Nair email today, his CA from Deloitte sent the ITR, follow up somvaar",
    REC,
    "K-1457",
    "email",
    T,
    None,
    [],
    nxt("mon"),
    nc=["Deloitte"],
    why="second person not a client; follow-up Monday ahead",
)
L(
    "mixed",
    "GB",
    "Harriet Garnette lunch yesterday, she deposited £300k, her accountant from BDO came along",
    REC,
    "K-1461",
    "in_person",
    Y,
    None,
    [dep("300000", "GBP")],
    nc=["BDO"],
    ne=["yesterday"],
    why="full name resolves the household surname; the accountant is not a client",
)
L(
    "mixed",
    "QC",
    "Maxime Pelletier phone call hier 9h, he wired in 150k to ACC-4115",
    REC,
    "K-1411",
    "phone",
    Y,
    "09:00",
    [dep("150000", "CAD", "ACC-4115")],
    ne=["hier", "9h"],
    why="fr-CA/en; à-less 9h read as typed; named CAD account",
)
L(
    "mixed",
    "SV",
    "Karin och Göran Ek dinner i lördags, estate planning",
    AC,
    why="two clients in one line",
)


# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
MARKS = {
    "USD": ["USD", "$"],
    "EUR": ["EUR", "€", "euro"],
    "GBP": ["GBP", "£"],
    "RON": ["RON", "lei"],
    "SEK": ["SEK", "kr"],
    "MYR": ["MYR", "RM"],
    "INR": ["INR", "₹"],
    "SGD": ["SGD"],
    "CHF": ["CHF"],
    "CAD": ["CAD"],
}
assert len({c["name"] for c in clients}) == len(clients)
assert len({c["external_id"] for c in clients}) == len(clients)
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
    local = NOWDT.astimezone(tz)
    assert local.date() == TODAY and e["day"] <= local.date().isoformat(), ln
    if e["time"]:
        hh, mm = e["time"].split(":")
        assert len(hh) == 2 and 0 <= int(hh) < 24 and len(mm) == 2 and 0 <= int(mm) < 60, ln
        t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
        assert t <= NOWDT, ("time later than the rep's local now", local, ln)
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
    for s in e["notes_contains"]:  # no client name word in notes_contains
        for w in c["name"].split():
            if len(w) > 2 and w not in ("bin", "binti", "a/l"):
                assert w.lower() not in s.lower(), (s, ln)
ids = [x["id"] for x in lines]
assert len(set(ids)) == len(ids)
texts = [x["text"] for x in lines]
assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
byl = Counter(x["lang"] for x in lines)
byo = Counter(x["expect"]["outcome"] for x in lines)
if not PARTIAL:
    assert len(lines) == 250, len(lines)
    assert all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi")) and byl["mixed"] >= 25, (
        byl
    )
    assert 0.55 <= byo["record"] / len(lines) <= 0.65, byo
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
asks = sum(v for k, v in byo.items() if k != "record")
print(len(lines), "lines;", len(clients), "clients")
print("by language:", dict(byl))
print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)")
print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))

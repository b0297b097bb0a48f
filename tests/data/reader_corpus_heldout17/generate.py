"""Held-out reader corpus 17 (busy desk, phone typing): builds and validates corpus.json.

Edit this file, never the JSON. `python3 generate.py --partial` skips the count checks.
"""

import datetime as dt
import json
import os
import sys
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

NOW = "2028-01-11T07:40:00Z"
NOWDT = dt.datetime(2028, 1, 11, 7, 40, tzinfo=dt.UTC)
TODAY = dt.date(2028, 1, 11)
assert TODAY.weekday() == 1  # Tuesday
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def iso(x):
    return x.isoformat()


T = iso(TODAY)
Y = iso(TODAY - dt.timedelta(1))
DBY = iso(TODAY - dt.timedelta(2))
TOM = iso(TODAY + dt.timedelta(1))
WEEKAGO = iso(TODAY - dt.timedelta(7))


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


def on(y, m, d):
    return iso(dt.date(y, m, d))


R = {
    "FR": "U17FRLY01",
    "CA": "U17CAMT02",
    "SV": "U17SVST03",
    "RO": "U17ROBU04",
    "MS": "U17MSKL05",
    "HI": "U17HIDL06",
    "GB": "U17GBLN07",
    "US": "U17USNY08",
}
reps = [
    {
        "slack_user_id": R["FR"],
        "name": "Solène Garnier",
        "timezone": "Europe/Paris",
        "locale": "fr-FR",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["CA"],
        "name": "Étienne Lavoie",
        "timezone": "America/Toronto",
        "locale": "fr-CA",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["SV"],
        "name": "Ebba Nordin",
        "timezone": "Europe/Stockholm",
        "locale": "sv-SE",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["RO"],
        "name": "Ioana Dragomir",
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
        "name": "Fiona Ashcroft",
        "timezone": "Europe/London",
        "locale": "en-GB",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["US"],
        "name": "Marcus Bell",
        "timezone": "America/New_York",
        "locale": "en-US",
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
    # Lyon
    C("K-1701", "Bernard Rousseau", "Rousseau", "UHNW", ["FR"], [("ACC-7101", "EUR")]),
    C("K-1702", "Agnès Rousseau", "Rousseau", "UHNW", ["FR"], [("ACC-7102", "EUR")]),
    C("K-1703", "Lucie Blanc", "Blanc", "HNW", ["FR"], [("ACC-7103", "EUR")]),
    C(
        "K-1704",
        "Olivier Mercier",
        "Mercier",
        "UHNW",
        ["FR"],
        [("ACC-7104", "EUR"), ("ACC-7105", "CHF")],
    ),
    C("K-1705", "Rose Dumas", "Dumas", "HNW", ["FR"], [("ACC-7106", "EUR")]),
    C("K-1706", "Thibault Perret", "Perret", "corporate executive", ["FR"], [("ACC-7107", "EUR")]),
    C("K-1707", "Hugo Marchand", "Marchand", "HNW", [], [("ACC-7108", "EUR")]),
    C("K-1708", "Pierre Vidal", "Vidal", "HNW", ["FR"], [("ACC-7109", "EUR")]),
    # Montréal
    C("K-1711", "Pierre Gagnon", "Gagnon", "UHNW", ["CA"], [("ACC-7111", "CAD")]),
    C(
        "K-1712",
        "Chantal Gagnon",
        "Gagnon",
        "UHNW",
        ["CA"],
        [("ACC-7112", "CAD"), ("ACC-7113", "USD")],
    ),
    C("K-1713", "Luc Tremblay", "Tremblay", "HNW", ["CA", "US"], [("ACC-7114", "CAD")]),
    C("K-1714", "Marie-Ève Bouchard", "Bouchard", "HNW", ["CA"], [("ACC-7115", "CAD")]),
    C("K-1715", "Denis Côté", "Côté", "corporate executive", ["CA"], [("ACC-7116", "CAD")]),
    C("K-1716", "Sylvain Roy", "Roy", "HNW", [], [("ACC-7117", "CAD")]),
    C("K-1717", "Olivier Lachance", "Lachance", "HNW", ["CA"], [("ACC-7118", "CAD")]),
    # Stockholm
    C("K-1721", "Gustav Ek", "Ek", "UHNW", ["SV"], [("ACC-7121", "SEK")]),
    C("K-1722", "Sara Ek", "Ek", "UHNW", ["SV"], [("ACC-7122", "SEK")]),
    C(
        "K-1723",
        "Hampus Strand",
        "Strand",
        "UHNW",
        ["SV"],
        [("ACC-7123", "SEK"), ("ACC-7124", "EUR")],
    ),
    C("K-1724", "Vera Lund", "Lund", "HNW", ["SV"], [("ACC-7125", "SEK")]),
    C("K-1725", "Mats Holm", "Holm", "corporate executive", ["SV"], [("ACC-7126", "SEK")]),
    C("K-1726", "Åsa Berglund", "Berglund", "HNW", ["SV"], [("ACC-7127", "SEK")]),
    C("K-1727", "Nils Falk", "Falk", "HNW", ["GB"], [("ACC-7128", "SEK")]),
    # Bucharest
    C("K-1731", "Ana Pop", "Pop", "HNW", ["RO", "GB"], [("ACC-7131", "RON")]),
    C("K-1732", "Mihai Pop", "Pop", "HNW", ["RO"], [("ACC-7132", "RON")]),
    C(
        "K-1733",
        "Cristina Neagu",
        "Neagu",
        "UHNW",
        ["RO"],
        [("ACC-7133", "RON"), ("ACC-7134", "EUR")],
    ),
    C("K-1734", "Dorin Lupu", "Lupu", "HNW", ["RO"], [("ACC-7135", "RON")]),
    C("K-1735", "Radu Ursu", "Ursu", "corporate executive", ["RO"], [("ACC-7136", "EUR")]),
    C("K-1736", "Elena Vlad", "Vlad", "HNW", ["RO"], [("ACC-7137", "RON")]),
    C("K-1737", "Costel Barbu", "Barbu", "HNW", [], [("ACC-7138", "RON")]),
    C("K-1738", "Ana Iliescu", "Iliescu", "HNW", ["RO"], [("ACC-7139", "RON")]),
    # Kuala Lumpur
    C("K-1741", "Azman bin Yusof", "Yusof", "UHNW", ["MS"], [("ACC-7141", "MYR")]),
    C("K-1742", "Faridah binti Othman", "Yusof", "UHNW", ["MS"], [("ACC-7142", "MYR")]),
    C("K-1743", "Lim Bee Leng", "Lim", "UHNW", ["MS"], [("ACC-7143", "MYR"), ("ACC-7144", "SGD")]),
    C("K-1744", "Lim Chong Wei", "Lim", "HNW", ["MS"], [("ACC-7145", "MYR")]),
    C(
        "K-1745",
        "Kumar a/l Ganesan",
        "Ganesan",
        "corporate executive",
        ["MS"],
        [("ACC-7146", "MYR")],
    ),
    C("K-1746", "Bunga binti Rahim", "Rahim", "HNW", ["MS"], [("ACC-7147", "MYR")]),
    C("K-1747", "Hafiz bin Daud", "Daud", "HNW", [], [("ACC-7148", "MYR")]),
    # Delhi desk (Asia/Kolkata)
    C("K-1751", "Vikram Sethi", "Sethi", "UHNW", ["HI"], [("ACC-7151", "INR")]),
    C("K-1752", "Pooja Sethi", "Sethi", "UHNW", ["HI"], [("ACC-7152", "INR")]),
    C(
        "K-1753",
        "Anil Khanna",
        "Khanna",
        "UHNW",
        ["HI"],
        [("ACC-7153", "INR"), ("ACC-7154", "USD")],
    ),
    C("K-1754", "Sona Mehra", "Mehra", "HNW", ["HI"], [("ACC-7155", "INR")]),
    C("K-1755", "Jyoti Reddy", "Reddy", "corporate executive", ["HI"], [("ACC-7156", "INR")]),
    C("K-1756", "Prakash Iyer", "Iyer", "HNW", ["HI"], [("ACC-7157", "INR")]),
    C("K-1757", "Sunil Kumar", "Kumar", "HNW", [], [("ACC-7158", "INR")]),
    # London
    C("K-1761", "Edward Hartley", "Hartley", "UHNW", ["GB"], [("ACC-7161", "GBP")]),
    C(
        "K-1762",
        "Clara Hartley",
        "Hartley",
        "UHNW",
        ["GB"],
        [("ACC-7162", "GBP"), ("ACC-7163", "EUR")],
    ),
    C("K-1763", "Robin Price", "Price", "HNW", ["GB"], [("ACC-7164", "GBP")]),
    C("K-1764", "Amelia Frost", "Frost", "HNW", ["GB"], [("ACC-7165", "GBP")]),
    C("K-1765", "Jasper Quill", "Quill", "corporate executive", ["GB"], [("ACC-7166", "GBP")]),
    C("K-1766", "Giles Hartley", "Hartley", "UHNW", [], [("ACC-7167", "GBP")]),
    # New York
    C("K-1771", "Brandon Hale", "Hale", "UHNW", ["US"], [("ACC-7171", "USD")]),
    C("K-1772", "Summer Hale", "Hale", "UHNW", ["US"], [("ACC-7172", "USD")]),
    C("K-1773", "Chase Whitaker", "Whitaker", "HNW", ["US"], [("ACC-7173", "USD")]),
    C("K-1774", "Hope Delgado", "Delgado", "HNW", ["US"], [("ACC-7174", "USD")]),
    C(
        "K-1775",
        "Warren Fisk",
        "Fisk",
        "corporate executive",
        ["US"],
        [("ACC-7175", "USD"), ("ACC-7176", "CAD")],
    ),
    C("K-1776", "Bill Navarro", "Navarro", "HNW", ["US"], [("ACC-7177", "USD")]),
    C("K-1777", "Stacy Lerner", "Lerner", "HNW", [], [("ACC-7178", "USD")]),
    C("K-1778", "Dana Whitaker", "Whitaker (Dana)", "HNW", ["US"], [("ACC-7179", "USD")]),
]
initiatives = [
    {"tag": "opera-lyon", "name": "Opéra de Lyon gala"},
    {"tag": "gp-montreal", "name": "Grand Prix du Canada paddock"},
    {"tag": "golf-bastad", "name": "Båstad golf pro-am"},
    {"tag": "enescu", "name": "Enescu Festival evening"},
    {"tag": "sepang-gp", "name": "Sepang GP hospitality"},
    {"tag": "ipl-box", "name": "IPL corporate box"},
    {"tag": "henley", "name": "Henley Royal Regatta enclosure"},
    {"tag": "moma-night", "name": "MoMA patrons night"},
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
            "id": f"h17-{len(lines) + 1:03d}",
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
P, PH, V, EM, ML = "in_person", "phone", "video", "email", "mail"

# ================= en: London rep (local Tue 07:40) =================
L(
    "en",
    "GB",
    "yesterday call w/ Ana Pop re ISA",
    REC,
    "K-1731",
    PH,
    Y,
    None,
    nc=["ISA"],
    ne=["yesterday"],
    why="day first, name last; secondary coverage of a Bucharest client; 'Ana' alone would be shared",
)
L(
    "en",
    "GB",
    "tel edward hartley 7.15 this am, isa top up done, deposited 20k",
    REC,
    "K-1761",
    PH,
    T,
    "07:15",
    [dep("20000", "GBP")],
    nc=["isa top up"],
    ne=["7.15"],
    why="explicit time wins over 'this am'; single GBP account",
)
L(
    "en",
    "GB",
    "clara hartley lunch fri, pledged 250k",
    AU,
    "K-1762",
    why="GBP and EUR accounts, no currency",
)
L(
    "en",
    "GB",
    "Clara Hartley f2f Fri 12.30, wired €400k into ACC-7163 😀",
    REC,
    "K-1762",
    P,
    past("fri"),
    "12:30",
    [dep("400000", "EUR", "ACC-7163")],
    ne=["12.30"],
    why="f2f = in person; wired into an account is a deposit",
)
L("en", "GB", "the hartleys drinks sat re school fees", AC, why="household plural, three Hartleys")
L(
    "en",
    "GB",
    "giles hartley rang yesterday re IHT planning",
    NC,
    "K-1766",
    why="Hartley household member covered by nobody",
)
L(
    "en",
    "GB",
    "robin price zoom yesteday, SIPP drawdown at 55, nothing new",
    REC,
    "K-1763",
    V,
    Y,
    None,
    nc=["SIPP"],
    ne=["yesteday"],
    why="typo of yesterday; age not an amount",
)
L(
    "en",
    "GB",
    "Robbie Price call mon re gilts",
    AC,
    why="Robbie is a short form, not the client's name",
)
L(
    "en",
    "GB",
    "amelia frost coffee 30/12, fee 0.85% agreed on the new mandate",
    REC,
    "K-1764",
    P,
    on(2027, 12, 30),
    None,
    nc=["0.85%"],
    ne=["30/12"],
    why="30/12 is December 2027; mandate fee as a percentage is no claim",
)
L(
    "en",
    "GB",
    "jasper quill email last tues, won the mandate for the AIM listing, fee £350k",
    REC,
    "K-1765",
    EM,
    WEEKAGO,
    None,
    [man("350000", "GBP")],
    nc=["AIM listing"],
    ne=["last tues"],
    why="last <today's weekday> = seven days ago",
)
L(
    "en",
    "GB",
    "jasper quill call last mon re placing",
    AU,
    "K-1765",
    why="last <yesterday's weekday> is ambiguous",
)
L(
    "en",
    "GB",
    "Nils Falk video 10/1 9.00, pledged 3 mn SEK, f/u thurs",
    REC,
    "K-1727",
    V,
    on(2028, 1, 10),
    "09:00",
    [plg("3000000", "SEK")],
    nxt("thu"),
    ne=["10/1"],
    why="d/m date; London rep covers a Swedish client; f/u -> next Thursday",
)
L(
    "en",
    "GB",
    "mtg w/ Amelia Frost at hers yest 5.30pm, transferred £150k",
    AU,
    "K-1764",
    why="money moved with no direction",
)
L(
    "en",
    "GB",
    "edward hartley letter sent today w/ the CGT pack, f/u tommorow pls",
    REC,
    "K-1761",
    ML,
    T,
    None,
    fu=TOM,
    nc=["CGT"],
    ne=["tommorow"],
    why="letter = mail",
)
L(
    "en",
    "GB",
    "spoke to amelia frost yesterday, happy w/ perf",
    ACH,
    "K-1764",
    why="'spoke' gives no channel",
)
L(
    "en",
    "GB",
    "call w/ Jasper Quill yesterday at 10, fee 1.2% on the raise",
    AU,
    "K-1765",
    why="bare hour yesterday: 10:00 and 22:00 both past",
)
L(
    "en",
    "GB",
    "robin price, f2f, 9/1 11am, pledged 75k + funded 40k into ACC-7164, f/u 24/1",
    REC,
    "K-1763",
    P,
    on(2028, 1, 9),
    "11:00",
    [plg("75000", "GBP"), dep("40000", "GBP", "ACC-7164")],
    on(2028, 1, 24),
    ne=["9/1", "11am"],
    why="two outcomes; single GBP account",
)
L(
    "en",
    "GB",
    "#henley edward hartley lunch sun, net worth ~40m, 3 kids, tel 07700 900456",
    REC,
    "K-1761",
    P,
    past("sun"),
    None,
    init="henley",
    nc=["net worth"],
    ne=["sun"],
    why="net worth, count and phone number are not amounts",
)
L(
    "en",
    "GB",
    "Ana Pop email this am re junior ISA for her 2 kids, balance 18,500",
    REC,
    "K-1731",
    EM,
    T,
    None,
    nc=["junior ISA"],
    ne=["this am"],
    why="an account balance is no claim",
)
# ================= en: New York rep (local Tue 02:40) =================
L(
    "en",
    "US",
    "brandon hale call yest 4:15pm, rolled 401k to IRA, deposited 1.1mm",
    REC,
    "K-1771",
    PH,
    Y,
    "16:15",
    [dep("1100000", "USD")],
    nc=["401k"],
    ne=["4:15pm"],
    why="mm = million; 401k is a plan name",
)
L(
    "en",
    "US",
    "summer hale lunch fri, 529 for the twins, age 7 and 9",
    REC,
    "K-1772",
    P,
    past("fri"),
    None,
    nc=["529"],
    ne=["fri"],
    why="first name Summer is a word; 529, ages not amounts",
)
L(
    "en",
    "US",
    "the hales dinner sat #moma-night",
    AC,
    why="household plural of a two-client household",
)
L(
    "en",
    "US",
    "chase whitaker zoom 1/7 3pm, pledged $500K",
    REC,
    "K-1773",
    V,
    on(2028, 1, 7),
    "15:00",
    [plg("500000", "USD")],
    ne=["1/7", "3pm"],
    why="US m/d: 1/7 = 7 January; 'chase' here is the first name Chase",
)
L(
    "en",
    "US",
    "chase Dana Whitaker thurs re trust docs, emailed her yesterday",
    REC,
    "K-1778",
    EM,
    Y,
    None,
    fu=nxt("thu"),
    nc=["trust docs"],
    ne=["yesterday"],
    why="'chase' is the follow-up word, not Chase Whitaker: -> next Thursday",
)
L("en", "US", "whitaker call mon", AC, why="two clients named Whitaker")
L(
    "en",
    "US",
    "hope delgado tel yesterday, hoping she funds 2m in Q1",
    REC,
    "K-1774",
    PH,
    Y,
    None,
    nc=["Q1"],
    ne=["yesterday"],
    why="hoped-for, no claim; first name Hope",
)
L(
    "en",
    "US",
    "Hope Delgado f2f 1/6 11:30am, deposited 750k to ACC-7174, f/u 1/18",
    REC,
    "K-1774",
    P,
    on(2028, 1, 6),
    "11:30",
    [dep("750000", "USD", "ACC-7174")],
    on(2028, 1, 18),
    ne=["1/6", "11:30am"],
    why="m/d dates; to ACC sets the account",
)
L(
    "en",
    "US",
    "warren fisk teams yesterday, mandate won on the notes deal, fee 400k",
    AU,
    "K-1775",
    why="USD and CAD accounts, fee without currency",
)
L(
    "en",
    "US",
    "warren fisk call 12/30 10:00am, mandate fee USD 1.25mm, also wired CAD 2m into ACC-7176",
    REC,
    "K-1775",
    PH,
    on(2027, 12, 30),
    "10:00",
    [man("1250000", "USD"), dep("2000000", "CAD", "ACC-7176")],
    ne=["12/30", "10:00am"],
    why="12/30 is December 2027; two outcomes in two currencies",
)
L(
    "en",
    "US",
    "bill navarro mtg yesteday 2.30pm, S&P 500 index talk, AUM 12m",
    REC,
    "K-1776",
    P,
    Y,
    "14:30",
    nc=["S&P 500"],
    ne=["yesteday", "2.30pm"],
    why="first name Bill is a word; S&P 500, AUM never claims",
)
L(
    "en",
    "US",
    "stacy lerner coffee thurs, prospect, ~5m to move",
    NC,
    "K-1777",
    why="covered by nobody",
)
L(
    "en",
    "US",
    "luc tremblay call yesterday, TFSA vs RRSP, committed 300k",
    REC,
    "K-1713",
    PH,
    Y,
    None,
    [plg("300000", "CAD")],
    nc=["TFSA"],
    ne=["yesterday"],
    why="secondary coverage; single CAD account",
)
L(
    "en",
    "US",
    "pierre gagnon email 1/10 re estate",
    NC,
    "K-1711",
    why="Montréal client; full name unique",
)
L(
    "en",
    "US",
    "talked w/ bill navarro yday re roth conversion",
    ACH,
    "K-1776",
    why="'talked' gives no channel",
)
L(
    "en",
    "US",
    "brandon hale vc sun 9pm, he did NOT deposit the 2m, waiting on the sale",
    REC,
    "K-1771",
    V,
    past("sun"),
    "21:00",
    nc=["waiting on the sale"],
    ne=["9pm"],
    why="vc = video call; negated deposit",
)
L(
    "en",
    "US",
    "summer hale call yesterday, left vm, cell 212 555 0199",
    REC,
    "K-1772",
    PH,
    Y,
    None,
    nc=["vm"],
    ne=["yesterday"],
    why="phone number not an amount",
)
L(
    "en",
    "US",
    "bill navarro letter out today w/ 1099s",
    REC,
    "K-1776",
    ML,
    T,
    None,
    nc=["1099"],
    why="letter = mail",
)
L(
    "en",
    "US",
    "dana whitaker lunch yesterday, pledged 1.5m if the house sells",
    REC,
    "K-1778",
    P,
    Y,
    None,
    nc=["house sells"],
    ne=["yesterday"],
    why="conditional pledge is no claim",
)
L(
    "en",
    "US",
    "mtg w/ hope delgado yesterday at 11",
    AU,
    "K-1774",
    why="bare hour, both readings past",
)
L(
    "en",
    "US",
    "Brandon call sun re muni ladder",
    REC,
    "K-1771",
    PH,
    past("sun"),
    None,
    nc=["muni ladder"],
    ne=["sun"],
    why="'Brandon' is unique in the firm",
)
# ================= fr: Lyon rep (local Tue 08:40) =================
L(
    "fr",
    "FR",
    "tel Bernard Rousseau ce matin 8h10, point PEA",
    REC,
    "K-1701",
    PH,
    T,
    "08:10",
    nc=["PEA"],
    ne=["8h10"],
    why="explicit time wins over ce matin; PEA not an amount",
)
L(
    "fr",
    "FR",
    "rdv agnes rousseau hier 14h30, versé 300 000 € sur ACC-7102",
    REC,
    "K-1702",
    P,
    Y,
    "14:30",
    [dep("300000", "EUR", "ACC-7102")],
    ne=["hier", "14h30"],
    why="missing accent on Agnès; sum with spaces",
)
L("fr", "FR", "les rousseau dejeuner samedi", AC, why="household plural")
L("fr", "FR", "Rousseau tél. vendredi re succession", AC, why="two clients named Rousseau")
L(
    "fr",
    "FR",
    "lucie blanc visio lundì 17h, apport 1,2 M€",
    REC,
    "K-1703",
    V,
    past("mon"),
    "17:00",
    [dep("1200000", "EUR")],
    ne=["lundì", "17h"],
    why="lundì is a typo of lundi; surname Blanc is a word",
)
L(
    "fr",
    "FR",
    "olivier mercier dej le 30, promis 500k",
    AU,
    "K-1704",
    why="EUR and CHF accounts, no currency",
)
L(
    "fr",
    "FR",
    "olivier mercier rdv le 30 à 12h30, apport 1'500'000 CHF sur ACC-7105",
    REC,
    "K-1704",
    P,
    on(2027, 12, 30),
    "12:30",
    [dep("1500000", "CHF", "ACC-7105")],
    ne=["le 30", "12h30"],
    why="le 30 = 30 December 2027; apostrophe thousands",
)
L("fr", "FR", "Olivier tél hier", AC, why="Olivier Mercier and Olivier Lachance")
L(
    "fr",
    "FR",
    "rose dumas mail hier soir, frais de gestion 0,9 %",
    REC,
    "K-1705",
    EM,
    Y,
    None,
    nc=["frais de gestion"],
    ne=["hier soir"],
    why="part of day gives no time; percentage; first name Rose",
)
L(
    "fr",
    "FR",
    "thibault perret tél. mercredi à 9h, mandat gagné pour la cession, honoraires 180 000 €",
    REC,
    "K-1706",
    PH,
    past("wed"),
    "09:00",
    [man("180000", "EUR")],
    nc=["cession"],
    ne=["mercredi"],
    why="after à, 9 is read as typed",
)
L(
    "fr",
    "FR",
    "thibault perret rdv hier à 4h",
    AU,
    "K-1706",
    why="after à, 4 is either half; both past",
)
L(
    "fr",
    "FR",
    "hugo marchand café jeudi, prospect, 6 M€ d'actifs",
    NC,
    "K-1707",
    why="covered by nobody",
)
L(
    "fr",
    "FR",
    "pierre vidal courrier envoyé ce jour, IFU 2027",
    REC,
    "K-1708",
    ML,
    T,
    None,
    nc=["IFU"],
    why="courrier = mail; 2027 not an amount",
)
L("fr", "FR", "Pierre rdv hier", AC, why="Pierre Vidal and Pierre Gagnon")
L(
    "fr",
    "FR",
    "discuté avec lucie blanc hier, contente de la perf",
    ACH,
    "K-1703",
    why="'discuté' gives no channel",
)
L(
    "fr",
    "FR",
    "Rose Dumas visio 5/1 à 11h, a viré 200k",
    AU,
    "K-1705",
    why="a viré: money moved with no direction",
)
L(
    "fr",
    "FR",
    "bernard rousseau appel dimanche, engagement de 2 mio €, relance vendredi",
    REC,
    "K-1701",
    PH,
    past("sun"),
    None,
    [plg("2000000", "EUR")],
    nxt("fri"),
    ne=["dimanche"],
    why="relance -> next Friday",
)
L(
    "fr",
    "FR",
    "agnes rousseau appel ce matin, tel 06 12 34 56 78, 67 ans, veut un PER",
    REC,
    "K-1702",
    PH,
    T,
    None,
    nc=["PER"],
    ne=["ce matin"],
    why="phone number, age not amounts",
)
L(
    "fr",
    "FR",
    "lucie blanc rdv #opera-lyon samedi soir, versement 150.000 € si la vente se fait",
    REC,
    "K-1703",
    P,
    past("sat"),
    None,
    init="opera-lyon",
    nc=["si la vente"],
    ne=["samedi soir"],
    why="conditional deposit is no claim",
)
L(
    "fr",
    "FR",
    "rose dumas tél avant-hier 18h, versé 80 000 €, relance le 20",
    REC,
    "K-1705",
    PH,
    DBY,
    "18:00",
    [dep("80000", "EUR")],
    on(2028, 1, 20),
    ne=["avant-hier", "18h"],
    why="relance le 20 = 20 January",
)
L(
    "fr",
    "FR",
    "Perret visio mardi dernier",
    REC,
    "K-1706",
    V,
    WEEKAGO,
    None,
    ne=["mardi dernier"],
    why="last <today's weekday> = seven days ago; Perret unique",
)
L(
    "fr",
    "FR",
    "olivier mercier tél lundi dernier",
    AU,
    "K-1704",
    why="last <yesterday's weekday> is ambiguous",
)
# ================= fr: Montréal rep (local Tue 02:40) =================
L(
    "fr",
    "CA",
    "appel pierre gagnon hier 15h, REER et CELI, rien de signé",
    REC,
    "K-1711",
    PH,
    Y,
    "15:00",
    nc=["CELI"],
    ne=["hier", "15h"],
    why="Québec plan names",
)
L(
    "fr",
    "CA",
    "chantal gagnon rencontre jeudi, promis 400k",
    AU,
    "K-1712",
    why="CAD and USD accounts, no currency",
)
L(
    "fr",
    "CA",
    "chantal gagnon courriel hier, a déposé 250 000 $ US dans ACC-7113",
    REC,
    "K-1712",
    EM,
    Y,
    None,
    [dep("250000", "USD", "ACC-7113")],
    ne=["hier"],
    why="courriel = email; account names USD",
)
L("fr", "CA", "les gagnon souper samedi", AC, why="household plural")
L(
    "fr",
    "CA",
    "luc tremblay tél. 9/1 à 10h, versé 75k",
    REC,
    "K-1713",
    PH,
    on(2028, 1, 9),
    "10:00",
    [dep("75000", "CAD")],
    ne=["9/1", "10h"],
    why="d/m; single CAD account",
)
L(
    "fr",
    "CA",
    "marie-eve bouchard visio hier 20h, engagement de 1,5 M",
    REC,
    "K-1714",
    V,
    Y,
    "20:00",
    [plg("1500000", "CAD")],
    ne=["hier", "20h"],
    why="missing accent; single CAD account",
)
L(
    "fr",
    "CA",
    "denis cote dîner vendredi #gp-montreal, mandat obtenu, honoraires 2 %",
    REC,
    "K-1715",
    P,
    past("fri"),
    None,
    init="gp-montreal",
    nc=["honoraires 2 %"],
    ne=["vendredi"],
    why="fee only a percentage: no claim; Côté without accent",
)
L("fr", "CA", "denis côté teams lundi dernier", AU, "K-1715", why="last <yesterday's weekday>")
L("fr", "CA", "sylvain roy appel hier, prospect", NC, "K-1716", why="covered by nobody")
L(
    "fr",
    "CA",
    "jasé avec olivier lachance hier soir",
    ACH,
    "K-1717",
    why="'jasé' (chatted) gives no channel",
)
L(
    "fr",
    "CA",
    "olivier lachance courrier posté le 30/12 avec relevés T5",
    REC,
    "K-1717",
    ML,
    on(2027, 12, 30),
    None,
    nc=["T5"],
    ne=["30/12"],
    why="30/12 is December 2027",
)
L(
    "fr",
    "CA",
    "marie-ève bouchard rencontre hier à 3",
    AU,
    "K-1714",
    why="after à, 3 is either half; both past",
)
L(
    "fr",
    "CA",
    "luc tremblay cell 514-555-0123 appel vendredi 16h45, 58 ans, CELI 95 000",
    REC,
    "K-1713",
    PH,
    past("fri"),
    "16:45",
    nc=["CELI"],
    ne=["16h45"],
    why="phone number, age and a plan balance are not amounts",
)
L(
    "fr",
    "CA",
    "pierre gagnon zoom hier 14h, a transféré 300k",
    AU,
    "K-1711",
    why="transferred with no direction",
)
L(
    "fr",
    "CA",
    "Chantal Gagnon visio dim 11h, dépôt 500 000 CAD dans ACC-7112, relance 14 janv",
    REC,
    "K-1712",
    V,
    past("sun"),
    "11:00",
    [dep("500000", "CAD", "ACC-7112")],
    on(2028, 1, 14),
    ne=["11h"],
    why="dim = dimanche; relance 14 January",
)
L(
    "fr",
    "CA",
    "denis cote diner hier, compte a terme 250k renouvelé",
    REC,
    "K-1715",
    P,
    Y,
    None,
    nc=["compte a terme"],
    ne=["hier"],
    why="term deposit never a claim",
)
# ================= sv: Stockholm rep (local Tue 08:40) =================
L(
    "sv",
    "SV",
    "ringde gustav ek igar kl 14.30, ISK genomgång",
    REC,
    "K-1721",
    PH,
    Y,
    "14:30",
    nc=["ISK"],
    ne=["igar", "kl 14.30"],
    why="igar = igår without ring; surname Ek is a word",
)
L(
    "sv",
    "SV",
    "lunch m sara ek i fredags",
    REC,
    "K-1722",
    P,
    past("fri"),
    None,
    ne=["i fredags"],
    why="i fredags = last Friday",
)
L(
    "sv",
    "SV",
    "fika med vera lund igår",
    REC,
    "K-1724",
    P,
    Y,
    None,
    ne=["igår"],
    why="fika = in person; Lund is a word and a city",
)
L(
    "sv",
    "SV",
    "mats holm teams i måndags kl 10",
    REC,
    "K-1725",
    V,
    past("mon"),
    "10:00",
    ne=["i måndags", "kl 10"],
    why="i måndags = yesterday; after kl, 10 read as typed",
)
L(
    "sv",
    "SV",
    "hampus strand mejl igår, frågor om kapitalförsäkring",
    REC,
    "K-1723",
    EM,
    Y,
    None,
    nc=["kapitalförsäkring"],
    ne=["igår"],
    why="mejl = email",
)
L(
    "sv",
    "SV",
    "åsa berglund brev skickat idag m deklarationsunderlag",
    REC,
    "K-1726",
    ML,
    T,
    None,
    nc=["deklarationsunderlag"],
    why="brev = mail",
)
L(
    "sv",
    "SV",
    "asa berglund möte i söndags 13:00",
    REC,
    "K-1726",
    P,
    past("sun"),
    "13:00",
    ne=["i söndags", "13:00"],
    why="missing ring on Å",
)
L(
    "sv",
    "SV",
    "gustav ek tel i morse, ok med 0,6 % avgift",
    REC,
    "K-1721",
    PH,
    T,
    None,
    nc=["avgift"],
    ne=["i morse"],
    why="percentage; part of day gives no time",
)
L(
    "sv",
    "SV",
    "vera lund videomöte 3/1 kl 9.15",
    REC,
    "K-1724",
    V,
    on(2028, 1, 3),
    "09:15",
    ne=["3/1", "kl 9.15"],
    why="d/m",
)
L(
    "sv",
    "SV",
    "sara ek fika i lördags, 3 barn, 52 år",
    REC,
    "K-1722",
    P,
    past("sat"),
    None,
    ne=["i lördags"],
    why="counts and age",
)
L(
    "sv",
    "SV",
    "mats holm frukostmöte idag kl 7.30",
    REC,
    "K-1725",
    P,
    T,
    "07:30",
    ne=["kl 7.30"],
    why="frukostmöte = breakfast meeting",
)
L(
    "sv",
    "SV",
    "ringde hampus strand i tisdags",
    REC,
    "K-1723",
    PH,
    WEEKAGO,
    None,
    ne=["i tisdags"],
    why="today's weekday named: a week ago",
)
L(
    "sv",
    "SV",
    "vera lund zoom igår 16:45, pensionsförsäkring",
    REC,
    "K-1724",
    V,
    Y,
    "16:45",
    nc=["pensionsförsäkring"],
    ne=["16:45"],
    why="H:MM",
)
L(
    "sv",
    "SV",
    "gustav ek mejl 28/12",
    REC,
    "K-1721",
    EM,
    on(2027, 12, 28),
    None,
    ne=["28/12"],
    why="28/12 is December 2027",
)
L(
    "sv",
    "SV",
    "åsa berglund samtal igår kl 15",
    REC,
    "K-1726",
    PH,
    Y,
    "15:00",
    ne=["kl 15"],
    why="samtal = call",
)
L(
    "sv",
    "SV",
    "mats holm telefon i fredags, ISK-saldo 4,2 milj",
    REC,
    "K-1725",
    PH,
    past("fri"),
    None,
    nc=["ISK-saldo"],
    ne=["i fredags"],
    why="a balance is no claim",
)
L(
    "sv",
    "SV",
    "möte med sara ek igår eftermiddag",
    REC,
    "K-1722",
    P,
    Y,
    None,
    ne=["igår"],
    why="part of day, no time",
)
L(
    "sv",
    "SV",
    "hampus strand träff på kontoret idag kl 8",
    REC,
    "K-1723",
    P,
    T,
    "08:00",
    ne=["kl 8"],
    why="after kl, 8 read as typed",
)
L(
    "sv",
    "SV",
    "vera lund brev igår, fullmakt",
    REC,
    "K-1724",
    ML,
    Y,
    None,
    nc=["fullmakt"],
    ne=["igår"],
    why="brev = mail",
)
L(
    "sv",
    "SV",
    "ringde Mats Holm igar 17.10",
    REC,
    "K-1725",
    PH,
    Y,
    "17:10",
    ne=["igar", "17.10"],
    why="dotted time",
)
L(
    "sv",
    "SV",
    "gustav ek lovade 5 milj kr igår på lunchen",
    REC,
    "K-1721",
    P,
    Y,
    None,
    [plg("5000000", "SEK")],
    ne=["igår"],
    why="lovade = pledged; milj",
)
L(
    "sv",
    "SV",
    "ringde sara ek i torsdags, satte in 750 000 kr på ACC-7122",
    REC,
    "K-1722",
    PH,
    past("thu"),
    None,
    [dep("750000", "SEK", "ACC-7122")],
    ne=["i torsdags"],
    why="satte in = deposited",
)
L(
    "sv",
    "SV",
    "hampus strand möte igår, insättning 200 000 EUR till ACC-7124",
    REC,
    "K-1723",
    P,
    Y,
    None,
    [dep("200000", "EUR", "ACC-7124")],
    ne=["igår"],
    why="EUR account named",
)
L(
    "sv",
    "SV",
    "hampus strand lovade 2 milj igår, telefon",
    AU,
    "K-1723",
    why="SEK and EUR accounts, no currency",
)
L("sv", "SV", "Ek lunch i fredags", AC, why="Gustav and Sara Ek")
L("sv", "SV", "familjen ek middag lördag", AC, why="household")
L(
    "sv",
    "SV",
    "pratade med vera lund igår om ränteläget",
    ACH,
    "K-1724",
    why="pratade gives no channel",
)
L("sv", "SV", "nils falk mejl igår", NC, "K-1727", why="covered by the London rep")
L(
    "sv",
    "SV",
    "åsa berglund ringde igår kl 3",
    AU,
    "K-1726",
    why="after kl, 3 is either half; both past",
)
L(
    "sv",
    "SV",
    "mats holm teams igår, överförde 1 milj",
    AU,
    "K-1725",
    why="överförde with no direction",
)
L(
    "sv",
    "SV",
    "fika m åsa berglund idag, följ upp fredag",
    REC,
    "K-1726",
    P,
    T,
    None,
    fu=nxt("fri"),
    why="följ upp -> next Friday",
)
L(
    "sv",
    "SV",
    "mats holm möte i onsdags, vunnit mandatet, arvode 900 tkr",
    REC,
    "K-1725",
    P,
    past("wed"),
    None,
    [man("900000", "SEK")],
    ne=["i onsdags"],
    why="tkr = thousand kronor",
)
L(
    "sv",
    "SV",
    "gustav ek, samtal 5/1 kl 16, ISK + KF, inget nytt",
    REC,
    "K-1721",
    PH,
    on(2028, 1, 5),
    "16:00",
    nc=["inget nytt"],
    ne=["5/1", "kl 16"],
    why="d/m",
)
L(
    "sv",
    "SV",
    "hampus strand videosamtal i söndags, 45 år, AUM 30 milj",
    REC,
    "K-1723",
    V,
    past("sun"),
    None,
    nc=["AUM"],
    ne=["i söndags"],
    why="AUM and age never claims",
)
L("sv", "SV", "sara ek brev 2/1", REC, "K-1722", ML, on(2028, 1, 2), None, ne=["2/1"], why="d/m")
L(
    "sv",
    "SV",
    "vera lund möte igår kl 11, lovade 400 tkr, följ upp 18/1",
    REC,
    "K-1724",
    P,
    Y,
    "11:00",
    [plg("400000", "SEK")],
    on(2028, 1, 18),
    ne=["kl 11"],
    why="pledge, follow-up date",
)
# ================= ro: Bucharest rep (local Tue 09:40) =================
L(
    "ro",
    "RO",
    "am sunat-o pe ana pop ieri la ora 14",
    REC,
    "K-1731",
    PH,
    Y,
    "14:00",
    ne=["ieri", "ora 14"],
    why="ora 14",
)
L(
    "ro",
    "RO",
    "intalnire mihai pop azi dimineata la 9",
    REC,
    "K-1732",
    P,
    T,
    "09:00",
    ne=["la 9"],
    why="after la, 9 read as typed; no diacritics",
)
L(
    "ro",
    "RO",
    "cristina neagu mail ieri seara",
    REC,
    "K-1733",
    EM,
    Y,
    None,
    ne=["ieri seara"],
    why="part of day",
)
L(
    "ro",
    "RO",
    "dorin lupu cafea vineri",
    REC,
    "K-1734",
    P,
    past("fri"),
    None,
    ne=["vineri"],
    why="cafea = in person",
)
L(
    "ro",
    "RO",
    "radu ursu zoom luni ora 11",
    REC,
    "K-1735",
    V,
    past("mon"),
    "11:00",
    ne=["luni", "ora 11"],
    why="bare luni = yesterday",
)
L(
    "ro",
    "RO",
    "elena vlad scrisoare trimisa azi",
    REC,
    "K-1736",
    ML,
    T,
    None,
    why="scrisoare = letter",
)
L(
    "ro",
    "RO",
    "sedinta cu elena vlad ieri 16:30",
    REC,
    "K-1736",
    P,
    Y,
    "16:30",
    ne=["ieri", "16:30"],
    why="sedinta = meeting, no diacritics",
)
L(
    "ro",
    "RO",
    "ana iliescu telefon duminica",
    REC,
    "K-1738",
    PH,
    past("sun"),
    None,
    ne=["duminica"],
    why="full name unique",
)
L(
    "ro",
    "RO",
    "mihai pop pranz sambata, 2 copii",
    REC,
    "K-1732",
    P,
    past("sat"),
    None,
    ne=["sambata"],
    why="count",
)
L(
    "ro",
    "RO",
    "dorin lupu teams ieri la 15:00, fond pilon 3",
    REC,
    "K-1734",
    V,
    Y,
    "15:00",
    nc=["pilon 3"],
    ne=["15:00"],
    why="pillar 3 is a product",
)
L(
    "ro",
    "RO",
    "cristina neagu intalnire 29/12 ora 10",
    REC,
    "K-1733",
    P,
    on(2027, 12, 29),
    "10:00",
    ne=["29/12", "ora 10"],
    why="December 2027",
)
L(
    "ro",
    "RO",
    "radu ursu email joi",
    REC,
    "K-1735",
    EM,
    past("thu"),
    None,
    ne=["joi"],
    why="bare weekday",
)
L(
    "ro",
    "RO",
    "telefon radu ursu alaltaieri la 17",
    REC,
    "K-1735",
    PH,
    DBY,
    "17:00",
    ne=["alaltaieri", "la 17"],
    why="alaltăieri without diacritics",
)
L(
    "ro",
    "RO",
    "elena vlad apel video azi la 8.30",
    REC,
    "K-1736",
    V,
    T,
    "08:30",
    ne=["la 8.30"],
    why="dotted time",
)
L(
    "ro",
    "RO",
    "ana pop cafea ieri, comision 1%",
    REC,
    "K-1731",
    P,
    Y,
    None,
    nc=["comision"],
    ne=["ieri"],
    why="percentage",
)
L("ro", "RO", "am vorbit cu dorin lupu ieri", ACH, "K-1734", why="am vorbit gives no channel")
L("ro", "RO", "Pop intalnire ieri", AC, why="Ana and Mihai Pop")
L("ro", "RO", "Ana telefon ieri", AC, why="Ana Pop and Ana Iliescu")
L("ro", "RO", "costel barbu pranz ieri, prospect", NC, "K-1737", why="covered by nobody")
L("ro", "RO", "cristina neagu a promis 300k, tel ieri", AU, "K-1733", why="RON and EUR accounts")
L(
    "ro",
    "RO",
    "cristina neagu tel ieri la 13, a depus 500 mii lei in ACC-7133",
    REC,
    "K-1733",
    PH,
    Y,
    "13:00",
    [dep("500000", "RON", "ACC-7133")],
    ne=["la 13"],
    why="mii = thousand",
)
L(
    "ro",
    "RO",
    "mihai pop intalnire ieri la 4",
    AU,
    "K-1732",
    why="after la, 4 either half; both past",
)
L("ro", "RO", "dorin lupu a transferat 200.000 lei, tel ieri", AU, "K-1734", why="no direction")
L(
    "ro",
    "RO",
    "radu ursu sedinta luni, mandat castigat, comision 250k",
    REC,
    "K-1735",
    P,
    past("mon"),
    None,
    [man("250000", "EUR")],
    ne=["luni"],
    why="single EUR account",
)
L(
    "ro",
    "RO",
    "elena vlad tel marti trecuta",
    REC,
    "K-1736",
    PH,
    WEEKAGO,
    None,
    ne=["marti trecuta"],
    why="last <today's weekday>",
)
L("ro", "RO", "ana iliescu intalnire luni trecuta", AU, "K-1738", why="last <yesterday's weekday>")
L(
    "ro",
    "RO",
    "dorin lupu tel vineri ora 18, s-a angajat cu 1,2 mil lei, revin joi",
    REC,
    "K-1734",
    PH,
    past("fri"),
    "18:00",
    [plg("1200000", "RON")],
    nxt("thu"),
    ne=["ora 18"],
    why="revin -> next Thursday",
)
L(
    "ro",
    "RO",
    "mihai pop email azi, 1.200.000 lei sold cont",
    REC,
    "K-1732",
    EM,
    T,
    None,
    nc=["sold cont"],
    why="a balance is no claim",
)
L(
    "ro",
    "RO",
    "elena vlad video ieri, 61 ani, tel 0722 123 456",
    REC,
    "K-1736",
    V,
    Y,
    None,
    ne=["ieri"],
    why="age, phone",
)
L(
    "ro",
    "RO",
    "ana pop scrisoare 30/12, extras",
    REC,
    "K-1731",
    ML,
    on(2027, 12, 30),
    None,
    nc=["extras"],
    ne=["30/12"],
    why="December 2027",
)
L(
    "ro",
    "RO",
    "dorin lupu intalnire la birou ieri dimineata",
    REC,
    "K-1734",
    P,
    Y,
    None,
    ne=["ieri dimineata"],
    why="part of day",
)
L(
    "ro",
    "RO",
    "ana iliescu zoom sambata ora 12",
    REC,
    "K-1738",
    V,
    past("sat"),
    "12:00",
    ne=["ora 12"],
    why="ora 12",
)
L(
    "ro",
    "RO",
    "radu ursu telefon azi 9:15",
    REC,
    "K-1735",
    PH,
    T,
    "09:15",
    ne=["9:15"],
    why="before local now 09:40",
)
L(
    "ro",
    "RO",
    "cristina neagu pranz duminica #enescu",
    REC,
    "K-1733",
    P,
    past("sun"),
    None,
    init="enescu",
    ne=["duminica"],
    why="initiative",
)
L(
    "ro",
    "RO",
    "mihai pop apel ieri 11.45, nimic nou",
    REC,
    "K-1732",
    PH,
    Y,
    "11:45",
    nc=["nimic nou"],
    ne=["11.45"],
    why="apel = call",
)
L(
    "ro",
    "RO",
    "elena vlad a depus 50 mii lei, intalnire ieri",
    REC,
    "K-1736",
    P,
    Y,
    None,
    [dep("50000", "RON")],
    ne=["ieri"],
    why="a depus",
)
# ================= ms: Kuala Lumpur rep (local Tue 15:40) =================
L(
    "ms",
    "MS",
    "jumpa azman yusof smlm pukul 3 ptg",
    REC,
    "K-1741",
    P,
    Y,
    "15:00",
    ne=["smlm", "pukul 3 ptg"],
    why="smlm = semalam; ptg = petang makes it pm",
)
L(
    "ms",
    "MS",
    "telefon faridah othman pagi tadi",
    REC,
    "K-1742",
    PH,
    T,
    None,
    ne=["pagi tadi"],
    why="binti omitted; part of day",
)
L(
    "ms",
    "MS",
    "lim bee leng emel semalam",
    REC,
    "K-1743",
    EM,
    Y,
    None,
    ne=["semalam"],
    why="emel = email",
)
L(
    "ms",
    "MS",
    "lim chong wei makan tgh hari semalam",
    REC,
    "K-1744",
    P,
    Y,
    None,
    ne=["semalam"],
    why="makan tengah hari = lunch",
)
L(
    "ms",
    "MS",
    "kumar ganesan video call isnin pukul 10 pagi",
    REC,
    "K-1745",
    V,
    past("mon"),
    "10:00",
    ne=["isnin", "pukul 10 pagi"],
    why="a/l omitted",
)
L(
    "ms",
    "MS",
    "bunga rahim telefon hari ini pukul 2.30 ptg",
    REC,
    "K-1746",
    PH,
    T,
    "14:30",
    ne=["pukul 2.30 ptg"],
    why="first name Bunga is a word",
)
L(
    "ms",
    "MS",
    "surat kpd azman yusof hari ini, penyata KWSP",
    REC,
    "K-1741",
    ML,
    T,
    None,
    nc=["KWSP"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "jumpa bunga binti rahim hari sabtu",
    REC,
    "K-1746",
    P,
    past("sat"),
    None,
    ne=["sabtu"],
    why="bare weekday",
)
L(
    "ms",
    "MS",
    "faridah othman zoom ahad pukul 8 malam",
    REC,
    "K-1742",
    V,
    past("sun"),
    "20:00",
    ne=["ahad", "pukul 8 malam"],
    why="malam makes it pm",
)
L(
    "ms",
    "MS",
    "lim chong wei tel 012-345 6789, umur 48, telefon semalam",
    REC,
    "K-1744",
    PH,
    Y,
    None,
    ne=["semalam"],
    why="phone number, age",
)
L(
    "ms",
    "MS",
    "kumar a/l ganesan emel jumaat",
    REC,
    "K-1745",
    EM,
    past("fri"),
    None,
    ne=["jumaat"],
    why="bare weekday",
)
L(
    "ms",
    "MS",
    "jumpa azman di pejabat hari ini pukul 11 pagi",
    REC,
    "K-1741",
    P,
    T,
    "11:00",
    ne=["pukul 11 pagi"],
    why="Azman unique in the firm",
)
L(
    "ms",
    "MS",
    "lim bee leng telefon semalam pukul 9.45 malam",
    REC,
    "K-1743",
    PH,
    Y,
    "21:45",
    ne=["semalam", "9.45 malam"],
    why="malam makes it pm",
)
L(
    "ms",
    "MS",
    "bunga rahim video semalam, ASB dan Tabung Haji",
    REC,
    "K-1746",
    V,
    Y,
    None,
    nc=["Tabung Haji"],
    ne=["semalam"],
    why="products",
)
L("ms", "MS", "Lim telefon semalam", AC, why="two Lims")
L("ms", "MS", "keluarga yusof makan malam sabtu", AC, why="household")
L("ms", "MS", "hafiz daud jumpa semalam, prospek", NC, "K-1747", why="covered by nobody")
L(
    "ms",
    "MS",
    "bincang dengan kumar ganesan semalam pasal bon",
    ACH,
    "K-1745",
    why="bincang gives no channel",
)
L(
    "ms",
    "MS",
    "lim bee leng janji RM 1 juta, jumpa semalam",
    REC,
    "K-1743",
    P,
    Y,
    None,
    [plg("1000000", "MYR")],
    ne=["semalam"],
    why="RM names MYR on a MYR+SGD client",
)
L(
    "ms",
    "MS",
    "lim bee leng jumpa semalam, janji 500 ribu",
    AU,
    "K-1743",
    why="MYR and SGD accounts",
)
L("ms", "MS", "faridah othman jumpa kelmarin", AU, "K-1742", why="kelmarin is ambiguous")
L(
    "ms",
    "MS",
    "azman yusof telefon semalam pukul 4",
    AU,
    "K-1741",
    why="pukul 4 either half; both past",
)
L(
    "ms",
    "MS",
    "kumar ganesan pindahkan RM 300k, telefon semalam",
    AU,
    "K-1745",
    why="pindahkan with no direction",
)
L(
    "ms",
    "MS",
    "bunga rahim masukkan RM 250 ribu ke ACC-7147, jumpa isnin",
    REC,
    "K-1746",
    P,
    past("mon"),
    None,
    [dep("250000", "MYR", "ACC-7147")],
    ne=["isnin"],
    why="masukkan = deposit",
)
L(
    "ms",
    "MS",
    "kumar ganesan mesyuarat selasa lepas, mandat menang, yuran RM 800k",
    REC,
    "K-1745",
    P,
    WEEKAGO,
    None,
    [man("800000", "MYR")],
    ne=["selasa lepas"],
    why="last <today's weekday>",
)
L("ms", "MS", "faridah othman telefon isnin lepas", AU, "K-1742", why="last <yesterday's weekday>")
L(
    "ms",
    "MS",
    "lim chong wei emel hari ini, yuran 1.5%",
    REC,
    "K-1744",
    EM,
    T,
    None,
    nc=["yuran"],
    why="percentage",
)
L(
    "ms",
    "MS",
    "azman yusof jumpa jumaat, deposit tetap RM 2 juta diperbaharui",
    REC,
    "K-1741",
    P,
    past("fri"),
    None,
    nc=["deposit tetap"],
    ne=["jumaat"],
    why="fixed deposit never a claim",
)
L(
    "ms",
    "MS",
    "bunga rahim surat semalam",
    REC,
    "K-1746",
    ML,
    Y,
    None,
    ne=["semalam"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "lim bee leng video call khamis pukul 3.15 ptg, SGD 400k masuk ke ACC-7144",
    REC,
    "K-1743",
    V,
    past("thu"),
    "15:15",
    [dep("400000", "SGD", "ACC-7144")],
    ne=["khamis"],
    why="masuk ke = deposit",
)
L(
    "ms",
    "MS",
    "faridah othman jumpa rabu #sepang-gp",
    REC,
    "K-1742",
    P,
    past("wed"),
    None,
    init="sepang-gp",
    ne=["rabu"],
    why="initiative",
)
L(
    "ms",
    "MS",
    "kumar ganesan telefon hari ini pukul 9 pagi",
    REC,
    "K-1745",
    PH,
    T,
    "09:00",
    ne=["pukul 9 pagi"],
    why="pagi",
)
L(
    "ms",
    "MS",
    "lim chong wei jumpa 2/1 pukul 12 tengah hari",
    REC,
    "K-1744",
    P,
    on(2028, 1, 2),
    "12:00",
    ne=["2/1"],
    why="d/m",
)
L(
    "ms",
    "MS",
    "azman yusof emel semalam, susulan khamis",
    REC,
    "K-1741",
    EM,
    Y,
    None,
    fu=nxt("thu"),
    ne=["semalam"],
    why="susulan -> next Thursday",
)
L(
    "ms",
    "MS",
    "bunga rahim telefon pagi tadi 10:20",
    REC,
    "K-1746",
    PH,
    T,
    "10:20",
    ne=["10:20"],
    why="explicit time wins",
)
L(
    "ms",
    "MS",
    "faridah othman video semalam, AUM RM 40 juta, umur 60",
    REC,
    "K-1742",
    V,
    Y,
    None,
    nc=["AUM"],
    ne=["semalam"],
    why="AUM and age",
)
# ================= hi: Delhi desk (Asia/Kolkata, local Tue 13:10) =================
L(
    "hi",
    "HI",
    "vikram sethi se kal office mein mulakat",
    REC,
    "K-1751",
    P,
    Y,
    None,
    ne=["kal"],
    why="kal = yesterday in a log",
)
L(
    "hi",
    "HI",
    "pooja sethi ko phone kiya aaj subah 10 baje",
    REC,
    "K-1752",
    PH,
    T,
    "10:00",
    ne=["subah 10 baje"],
    why="subah",
)
L(
    "hi",
    "HI",
    "anil khanna ke saath zoom kal shaam 6 baje",
    REC,
    "K-1753",
    V,
    Y,
    "18:00",
    ne=["shaam 6 baje"],
    why="shaam makes it pm",
)
L(
    "hi",
    "HI",
    "Sona Mehra से कल फ़ोन पर बात हुई",
    REC,
    "K-1754",
    PH,
    Y,
    None,
    ne=["कल"],
    why="first name Sona is a word",
)
L("hi", "HI", "jyoti reddy email kal", REC, "K-1755", EM, Y, None, why="kal = yesterday")
L("hi", "HI", "prakash iyer ko letter bheja aaj", REC, "K-1756", ML, T, None, why="letter = mail")
L(
    "hi",
    "HI",
    "vikram sethi ke ghar mulakat ravivaar ko",
    REC,
    "K-1751",
    P,
    past("sun"),
    None,
    ne=["ravivaar"],
    why="bare weekday",
)
L(
    "hi",
    "HI",
    "Jyoti Reddy से सोमवार को मीटिंग, दोपहर 2:30",
    REC,
    "K-1755",
    P,
    past("mon"),
    "14:30",
    ne=["सोमवार", "दोपहर 2:30"],
    why="दोपहर makes it pm",
)
L(
    "hi",
    "HI",
    "pooja sethi video call shanivaar",
    REC,
    "K-1752",
    V,
    past("sat"),
    None,
    ne=["shanivaar"],
    why="bare weekday",
)
L(
    "hi",
    "HI",
    "anil khanna phone kal 11:15",
    REC,
    "K-1753",
    PH,
    Y,
    "11:15",
    ne=["11:15"],
    why="H:MM",
)
L(
    "hi",
    "HI",
    "prakash iyer ke saath lunch kal, PPF aur 80C",
    REC,
    "K-1756",
    P,
    Y,
    None,
    nc=["80C"],
    why="80C not an amount",
)
L(
    "hi",
    "HI",
    "sona mehra zoom budhvaar ko",
    REC,
    "K-1754",
    V,
    past("wed"),
    None,
    ne=["budhvaar"],
    why="bare weekday",
)
L(
    "hi",
    "HI",
    "Vikram Sethi को आज सुबह 9 बजे फ़ोन किया",
    REC,
    "K-1751",
    PH,
    T,
    "09:00",
    ne=["सुबह 9 बजे"],
    why="सुबह",
)
L(
    "hi",
    "HI",
    "jyoti reddy ne 3/1 ko email kiya",
    REC,
    "K-1755",
    EM,
    on(2028, 1, 3),
    None,
    ne=["3/1"],
    why="d/m",
)
L(
    "hi",
    "HI",
    "prakash iyer phone pe baat hui shukravaar ko dopahar 3 baje",
    REC,
    "K-1756",
    PH,
    past("fri"),
    "15:00",
    ne=["shukravaar", "dopahar 3 baje"],
    why="phone pe baat = phone",
)
L(
    "hi",
    "HI",
    "anil khanna ko chitthi bheji kal",
    REC,
    "K-1753",
    ML,
    Y,
    None,
    why="chitthi = letter",
)
L("hi", "HI", "Sethi ji se meeting kal", AC, why="two Sethis; ji is a title")
L("hi", "HI", "Kumar ji se phone pe baat kal", AC, why="Sunil Kumar and Kumar a/l Ganesan")
L("hi", "HI", "sunil kumar se kal mulakat", NC, "K-1757", why="covered by nobody")
L("hi", "HI", "vikram sethi se kal baat hui", ACH, "K-1751", why="baat hui gives no channel")
L(
    "hi",
    "HI",
    "anil khanna ne 50 lakh commit kiye, phone kal",
    AU,
    "K-1753",
    why="INR and USD accounts; lakh is no currency",
)
L("hi", "HI", "pooja sethi kal 4 baje phone", AU, "K-1752", why="baje 4 either half; both past")
L(
    "hi",
    "HI",
    "jyoti reddy ne 20 lakh transfer kiye, meeting kal",
    AU,
    "K-1755",
    why="transfer with no direction",
)
L(
    "hi",
    "HI",
    "Vikram Sethi से कल मुलाकात, 25 लाख जमा किए",
    REC,
    "K-1751",
    P,
    Y,
    None,
    [dep("2500000", "INR")],
    ne=["कल"],
    why="जमा = deposit",
)
L(
    "hi",
    "HI",
    "pooja sethi ka call aaya kal, 1.5 crore ka vaada",
    REC,
    "K-1752",
    PH,
    Y,
    None,
    [plg("15000000", "INR")],
    why="vaada = pledge",
)
L(
    "hi",
    "HI",
    "jyoti reddy video call mangalvaar ko, mandate mila, fee 2 crore",
    REC,
    "K-1755",
    V,
    WEEKAGO,
    None,
    [man("20000000", "INR")],
    ne=["mangalvaar"],
    why="today's weekday: a week ago",
)
L(
    "hi",
    "HI",
    "prakash iyer phone kal, FD 10 lakh renew",
    REC,
    "K-1756",
    PH,
    Y,
    None,
    nc=["FD"],
    why="FD never a claim",
)
L(
    "hi",
    "HI",
    "anil khanna zoom kal raat 9 baje, USD 200k ACC-7154 mein aaye",
    REC,
    "K-1753",
    V,
    Y,
    "21:00",
    [dep("200000", "USD", "ACC-7154")],
    ne=["raat 9 baje"],
    why="mein aaye = deposit",
)
L(
    "hi",
    "HI",
    "sona mehra meeting kal, umar 39, mobile 98100 12345",
    REC,
    "K-1754",
    P,
    Y,
    None,
    why="age, phone",
)
L("hi", "HI", "Jyoti Reddy को कल ईमेल भेजा", REC, "K-1755", EM, Y, None, ne=["कल"], why="Devanagari")
L(
    "hi",
    "HI",
    "prakash iyer mulakat pichhle somvaar",
    AU,
    "K-1756",
    why="last <yesterday's weekday>",
)
L(
    "hi",
    "HI",
    "vikram sethi phone aaj dopahar 12:30, follow up guruvaar",
    REC,
    "K-1751",
    PH,
    T,
    "12:30",
    fu=nxt("thu"),
    ne=["12:30"],
    why="follow up -> next Thursday",
)
L(
    "hi",
    "HI",
    "pooja sethi video kal, NPS aur ELSS",
    REC,
    "K-1752",
    V,
    Y,
    None,
    nc=["ELSS"],
    why="products",
)
L(
    "hi",
    "HI",
    "sona mehra ko letter bheja 31/12",
    REC,
    "K-1754",
    ML,
    on(2027, 12, 31),
    None,
    ne=["31/12"],
    why="December 2027",
)
L(
    "hi",
    "HI",
    "anil khanna meeting ravivaar #ipl-box",
    REC,
    "K-1753",
    P,
    past("sun"),
    None,
    init="ipl-box",
    ne=["ravivaar"],
    why="initiative",
)
L(
    "hi",
    "HI",
    "prakash iyer se aaj subah coffee pe mile",
    REC,
    "K-1756",
    P,
    T,
    None,
    ne=["aaj subah"],
    why="coffee = in person",
)
# ================= mixed =================
L(
    "mixed",
    "FR",
    "call avec lucie blanc yesterday 17h, all good",
    REC,
    "K-1703",
    PH,
    Y,
    "17:00",
    ne=["yesterday", "17h"],
    why="fr/en",
)
L(
    "mixed",
    "FR",
    "meeting bernard rousseau ce matin 8h, super client 👍",
    REC,
    "K-1701",
    P,
    T,
    "08:00",
    ne=["8h"],
    why="fr/en",
)
L(
    "mixed",
    "FR",
    "agnès rousseau email hier, she wants the PEA closed",
    REC,
    "K-1702",
    EM,
    Y,
    None,
    nc=["PEA"],
    ne=["hier"],
    why="fr/en",
)
L(
    "mixed",
    "CA",
    "lunch avec pierre gagnon yesterday, tout est beau",
    REC,
    "K-1711",
    P,
    Y,
    None,
    ne=["yesterday"],
    why="Québec franglais",
)
L(
    "mixed",
    "CA",
    "denis côté call hier 16h30 re the sale",
    REC,
    "K-1715",
    PH,
    Y,
    "16:30",
    ne=["16h30"],
    why="franglais",
)
L(
    "mixed",
    "CA",
    "olivier lachance zoom yesterday, f/u vendredi",
    REC,
    "K-1717",
    V,
    Y,
    None,
    fu=nxt("fri"),
    ne=["yesterday"],
    why="f/u -> next Friday",
)
L(
    "mixed",
    "SV",
    "fika w/ vera lund igår, all fine",
    REC,
    "K-1724",
    P,
    Y,
    None,
    ne=["igår"],
    why="sv/en",
)
L(
    "mixed",
    "SV",
    "mats holm call idag kl 8.15 re bonus",
    REC,
    "K-1725",
    PH,
    T,
    "08:15",
    ne=["kl 8.15"],
    why="sv/en",
)
L(
    "mixed",
    "SV",
    "gustav ek teams yesterday kl 15",
    REC,
    "K-1721",
    V,
    Y,
    "15:00",
    ne=["yesterday", "kl 15"],
    why="sv/en",
)
L(
    "mixed",
    "SV",
    "sara ek lunch i fredags, pledged 1 milj kr",
    REC,
    "K-1722",
    P,
    past("fri"),
    None,
    [plg("1000000", "SEK")],
    ne=["i fredags"],
    why="sv/en",
)
L(
    "mixed",
    "RO",
    "call cu dorin lupu ieri 15:30, all ok",
    REC,
    "K-1734",
    PH,
    Y,
    "15:30",
    ne=["15:30"],
    why="Romanglish",
)
L(
    "mixed",
    "RO",
    "meeting cu radu ursu azi la 9, discutat deal-ul",
    REC,
    "K-1735",
    P,
    T,
    "09:00",
    ne=["la 9"],
    why="Romanglish",
)
L(
    "mixed",
    "RO",
    "mihai pop email yesterday re fondul de pensii",
    REC,
    "K-1732",
    EM,
    Y,
    None,
    nc=["fondul de pensii"],
    ne=["yesterday"],
    why="Romanglish",
)
L(
    "mixed",
    "RO",
    "elena vlad lunch ieri, she committed 100 mii lei",
    REC,
    "K-1736",
    P,
    Y,
    None,
    [plg("100000", "RON")],
    ne=["ieri"],
    why="committed = pledge",
)
L(
    "mixed",
    "MS",
    "meeting dgn lim chong wei semalam, all ok",
    REC,
    "K-1744",
    P,
    Y,
    None,
    ne=["semalam"],
    why="Manglish",
)
L(
    "mixed",
    "MS",
    "bunga rahim call today 2pm, follow up esok",
    REC,
    "K-1746",
    PH,
    T,
    "14:00",
    fu=TOM,
    ne=["2pm"],
    why="esok = tomorrow",
)
L(
    "mixed",
    "MS",
    "azman yusof lunch yesterday, dia deposit RM 1.5 juta",
    REC,
    "K-1741",
    P,
    Y,
    None,
    [dep("1500000", "MYR")],
    ne=["yesterday"],
    why="Manglish deposit",
)
L(
    "mixed",
    "MS",
    "kumar ganesan email semalam re IPO",
    REC,
    "K-1745",
    EM,
    Y,
    None,
    nc=["IPO"],
    ne=["semalam"],
    why="Manglish",
)
L(
    "mixed",
    "HI",
    "vikram sethi meeting yesterday, sab theek hai",
    REC,
    "K-1751",
    P,
    Y,
    None,
    ne=["yesterday"],
    why="Hinglish",
)
L(
    "mixed",
    "HI",
    "pooja sethi call kal 5pm re SIP",
    REC,
    "K-1752",
    PH,
    Y,
    "17:00",
    nc=["SIP"],
    ne=["5pm"],
    why="Hinglish",
)
L(
    "mixed",
    "HI",
    "anil khanna zoom yesterday, INR 2 crore deposit kiye",
    REC,
    "K-1753",
    V,
    Y,
    None,
    [dep("20000000", "INR")],
    ne=["yesterday"],
    why="INR named",
)
L(
    "mixed",
    "HI",
    "jyoti reddy lunch kal, discussed QIP",
    REC,
    "K-1755",
    P,
    Y,
    None,
    nc=["QIP"],
    why="Hinglish",
)
L("mixed", "FR", "hugo marchand lunch yesterday", NC, "K-1707", why="covered by nobody")
L("mixed", "SV", "spoke w/ åsa berglund igår", ACH, "K-1726", why="spoke gives no channel")
L("mixed", "HI", "Sethi call yesterday", AC, why="two Sethis")
L("mixed", "RO", "cristina neagu call ieri, pledged 200k", AU, "K-1733", why="RON and EUR accounts")
L(
    "mixed",
    "MS",
    "lim bee leng zoom semalam, wired SGD 300k into ACC-7144",
    REC,
    "K-1743",
    V,
    Y,
    None,
    [dep("300000", "SGD", "ACC-7144")],
    ne=["semalam"],
    why="into account",
)
L(
    "mixed",
    "CA",
    "chantal gagnon meeting hier, prospect referral",
    REC,
    "K-1712",
    P,
    Y,
    None,
    nc=["referral"],
    ne=["hier"],
    why="franglais",
)
# LINES
# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
MARKS = {
    "USD": ["USD", "$", "usd"],
    "EUR": ["EUR", "€", "eur", "euro"],
    "GBP": ["GBP", "£", "gbp", "quid"],
    "RON": ["RON", "lei", "ron"],
    "SEK": ["SEK", "kr", "sek", "kronor"],
    "MYR": ["MYR", "RM", "rm"],
    "INR": ["INR", "₹", "inr", "rs", "Rs", "रुपये", "rupay"],
    "SGD": ["SGD", "sgd", "S$"],
    "CHF": ["CHF", "chf"],
    "CAD": ["CAD", "cad", "C$"],
}
assert len({c["name"] for c in clients}) == len(clients)
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
    local = NOWDT.astimezone(tz)
    assert local.date() == TODAY, ln
    assert e["day"] and e["day"] <= local.date().isoformat(), ("day after local today", ln)
    if e["time"]:
        hh, mm = e["time"].split(":")
        assert len(hh) == 2 and len(mm) == 2 and int(hh) < 24 and int(mm) < 60, ln
        t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
        assert t <= NOWDT, ("time later than local now", local, ln)
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
    if e["initiative"]:
        assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
    else:
        assert "#" not in txt, ln
    for s in e["notes_contains"] + e["notes_excludes"]:
        assert s.lower() in txt.lower(), (s, ln)
    for s in e["notes_contains"]:
        for w in c["name"].lower().split():
            assert w not in s.lower().split(), ("client name in notes_contains", s, ln)
ids = [x["id"] for x in lines]
assert len(set(ids)) == len(ids)
texts = [x["text"] for x in lines]
assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
byl = Counter(x["lang"] for x in lines)
byo = Counter(x["expect"]["outcome"] for x in lines)
if "--partial" not in sys.argv:
    assert len(lines) == 250, len(lines)
    assert all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi")) and byl["mixed"] >= 25, (
        byl
    )
    assert all(byo[x] >= 5 for x in ("ask_client", "ask_channel", "ask_unclear", "not_covered")), (
        byo
    )
    for lang in ("en", "fr", "sv", "ro", "ms", "hi"):
        got = {x["expect"]["outcome"] for x in lines if x["lang"] == lang}
        assert {"ask_client", "ask_channel", "ask_unclear", "not_covered"} <= got, (lang, got)
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
asks = sum(v for k, v in byo.items() if k != "record")
plain = sum(1 for x in lines if x["expect"]["outcome"] == "record" and not x["expect"]["claims"])
print(len(lines), "lines;", len(clients), "clients")
print("by language:", dict(byl))
print(
    "by outcome:",
    dict(byo),
    f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)",
    f"plain records {plain} ({100 * plain / max(1, len(lines)):.0f}%)",
)
print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))

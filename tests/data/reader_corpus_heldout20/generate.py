# ruff: noqa: C408, UP031
"""Held-out reader corpus 20: builds and validates corpus.json. Edit this file, never the JSON.

Run `python3 generate.py` (full checks) or `python3 generate.py --partial` (skip the count checks).
"""

import datetime as dt
import json
import os
import sys
import unicodedata
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

NOW = "2028-07-03T06:10:00Z"
NOWDT = dt.datetime(2028, 7, 3, 6, 10, tzinfo=dt.UTC)
assert NOWDT.weekday() == 0  # Monday in UTC
WD = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)

R = dict(
    LA="U2H20LA01",
    MA="U2H20MA02",
    IA="U2H20IA03",
    JB="U2H20JB04",
    JP="U2H20JP05",
    MC="U2H20MC06",
    SF="U2H20SF07",
    LI="U2H20LI08",
)
reps = [
    dict(
        slack_user_id=R["LA"],
        name="Céline Ruchonnet",
        timezone="Europe/Zurich",
        locale="fr-CH",
        roles=["rep"],
    ),
    dict(
        slack_user_id=R["MA"],
        name="Johan Ekdahl",
        timezone="Europe/Stockholm",
        locale="sv-SE",
        roles=["rep"],
    ),
    dict(
        slack_user_id=R["IA"],
        name="Ioana Hanganu",
        timezone="Europe/Bucharest",
        locale="ro-RO",
        roles=["rep"],
    ),
    dict(
        slack_user_id=R["JB"],
        name="Nurul Aina binti Rosli",
        timezone="Asia/Kuala_Lumpur",
        locale="ms-MY",
        roles=["rep"],
    ),
    dict(
        slack_user_id=R["JP"],
        name="Vikram Shekhawat",
        timezone="Asia/Kolkata",
        locale="hi-IN",
        roles=["rep"],
    ),
    dict(
        slack_user_id=R["MC"],
        name="Gemma Ashworth",
        timezone="Europe/London",
        locale="en-GB",
        roles=["rep"],
    ),
    dict(
        slack_user_id=R["SF"],
        name="Derek Nakamura",
        timezone="America/Los_Angeles",
        locale="en-US",
        roles=["rep"],
    ),
    dict(
        slack_user_id=R["LI"],
        name="Baptiste Delcourt",
        timezone="Europe/Paris",
        locale="fr-FR",
        roles=["rep"],
    ),
]
REPS = {r["slack_user_id"]: r for r in reps}
LOCAL = {k: NOWDT.astimezone(ZoneInfo(REPS[v]["timezone"])) for k, v in R.items()}


def C(eid, name, hh, tier, cov, accts):
    return dict(
        external_id=eid,
        name=name,
        household=hh,
        tier=tier,
        coverage=[R[c] for c in cov],
        accounts=[dict(account=a, currency=c) for a, c in accts],
    )


clients = [
    # Lausanne (fr-CH)
    C("K-2001", "Olivier Rochat", "Rochat", "UHNW", ["LA"], [("ACC-2011", "CHF")]),
    C(
        "K-2002",
        "Sabine Rochat",
        "Rochat",
        "UHNW",
        ["LA"],
        [("ACC-2012", "CHF"), ("ACC-2013", "EUR")],
    ),
    C("K-2003", "Blaise Pittet", "Pittet", "HNW", ["LA"], [("ACC-2014", "CHF")]),
    C(
        "K-2004",
        "Mireille Gavillet",
        "Gavillet",
        "corporate executive",
        ["LA"],
        [("ACC-2015", "CHF")],
    ),
    C("K-2005", "Rose Favre", "Favre (Rose)", "HNW", ["LA"], [("ACC-2016", "CHF")]),
    C("K-2006", "Thierry Favre", "Favre (Thierry)", "HNW", [], [("ACC-2017", "CHF")]),
    C("K-2049", "Anaïs Perrottet", "Perrottet", "UHNW", ["LA", "LI"], [("ACC-2018", "CHF")]),
    C("K-2055", "Noémie Grandjean", "Grandjean", "HNW", ["LA"], [("ACC-2019", "CHF")]),
    C("K-2011", "Pierre Dufour", "Dufour", "HNW", ["LA"], [("ACC-2010", "CHF")]),
    # Lille (fr-FR)
    C("K-2007", "Hugo Deschamps", "Deschamps", "UHNW", ["LI"], [("ACC-2021", "EUR")]),
    C("K-2008", "Capucine Deschamps", "Deschamps", "HNW", ["LI"], [("ACC-2022", "EUR")]),
    C("K-2009", "Léon Vandamme", "Vandamme", "corporate executive", ["LI"], [("ACC-2023", "EUR")]),
    C(
        "K-2010",
        "Blanche Lemaire",
        "Lemaire",
        "UHNW",
        ["LI"],
        [("ACC-2024", "EUR"), ("ACC-2025", "GBP")],
    ),
    C("K-2012", "Martine Olivier", "Olivier", "HNW", ["LI"], [("ACC-2026", "EUR")]),
    C("K-2056", "Gaspard Leclercq", "Leclercq", "HNW", ["LI"], [("ACC-2027", "EUR")]),
    # Malmö (sv-SE)
    C("K-2013", "Gunnar Lindh", "Lindh", "UHNW", ["MA"], [("ACC-2031", "SEK")]),
    C("K-2014", "Vera Lindh", "Lindh", "UHNW", ["MA"], [("ACC-2032", "SEK"), ("ACC-2033", "EUR")]),
    C("K-2015", "Sol Bergkvist", "Bergkvist", "HNW", ["MA"], [("ACC-2034", "SEK")]),
    C("K-2016", "Karin Åkesson", "Åkesson", "corporate executive", ["MA"], [("ACC-2035", "SEK")]),
    C("K-2017", "Fredrik Nyström", "Nyström", "HNW", [], [("ACC-2036", "SEK")]),
    C("K-2018", "Ingrid Torstensson", "Torstensson", "UHNW", ["MC"], [("ACC-2037", "SEK")]),
    C("K-2051", "Ylva Strand", "Strand", "HNW", ["MA"], [("ACC-2038", "SEK")]),
    # Iași (ro-RO)
    C("K-2019", "Cezar Ungureanu", "Ungureanu", "UHNW", ["IA"], [("ACC-2041", "RON")]),
    C(
        "K-2020",
        "Ilinca Ungureanu",
        "Ungureanu",
        "UHNW",
        ["IA"],
        [("ACC-2042", "RON"), ("ACC-2043", "EUR")],
    ),
    C("K-2021", "Mihai Lupu", "Lupu (Mihai)", "HNW", ["IA"], [("ACC-2044", "RON")]),
    C("K-2022", "Viorica Ciobanu", "Ciobanu", "corporate executive", ["IA"], [("ACC-2045", "RON")]),
    C("K-2052", "Dorin Ciobanu", "Ciobanu", "HNW", ["IA"], [("ACC-2048", "RON")]),
    C("K-2023", "Radu Lupu", "Lupu (Radu)", "HNW", [], [("ACC-2046", "RON")]),
    C("K-2024", "Sorina Botezatu", "Botezatu", "HNW", ["IA"], [("ACC-2047", "EUR")]),
    C("K-2057", "Tudor Aanei", "Aanei", "HNW", ["IA"], [("ACC-2049", "RON")]),
    # Johor Bahru (ms-MY)
    C("K-2025", "Lim Boon Keat", "Lim", "UHNW", ["JB"], [("ACC-2051", "MYR"), ("ACC-2052", "SGD")]),
    C("K-2026", "Lim Hui Min", "Lim", "UHNW", ["JB"], [("ACC-2053", "MYR")]),
    C("K-2027", "Nur Bunga binti Hashim", "Hashim", "HNW", ["JB"], [("ACC-2054", "MYR")]),
    C("K-2028", "Azman bin Hashim", "Hashim", "HNW", ["JB"], [("ACC-2055", "MYR")]),
    C(
        "K-2029",
        "Selvam a/l Krishnan",
        "Krishnan",
        "corporate executive",
        ["JB"],
        [("ACC-2056", "MYR")],
    ),
    C("K-2030", "Teh Soon Huat", "Teh", "UHNW", [], [("ACC-2057", "MYR")]),
    C("K-2050", "Ahmad Faiz bin Rahman", "Rahman", "HNW", ["JB"], [("ACC-2058", "MYR")]),
    # Jaipur (hi-IN)
    C("K-2031", "Rohit Agarwal", "Agarwal", "UHNW", ["JP"], [("ACC-2061", "INR")]),
    C(
        "K-2032",
        "Sunita Agarwal",
        "Agarwal",
        "UHNW",
        ["JP"],
        [("ACC-2062", "INR"), ("ACC-2063", "USD")],
    ),
    C("K-2033", "Chandra Mehta", "Mehta (Chandra)", "HNW", ["JP"], [("ACC-2064", "INR")]),
    C(
        "K-2034",
        "Budh Singh Rajawat",
        "Rajawat",
        "corporate executive",
        ["JP"],
        [("ACC-2065", "INR")],
    ),
    C("K-2035", "Kavya Mehta", "Mehta (Kavya)", "HNW", ["SF"], [("ACC-2066", "USD")]),
    C("K-2036", "Anil Poddar", "Poddar", "UHNW", [], [("ACC-2067", "INR")]),
    C("K-2053", "Priya Raghavan", "Raghavan", "HNW", ["JP", "SF"], [("ACC-2068", "INR")]),
    # Manchester (en-GB)
    C("K-2037", "Heather Ormerod", "Ormerod", "UHNW", ["MC"], [("ACC-2071", "GBP")]),
    C(
        "K-2038",
        "Miles Ormerod",
        "Ormerod",
        "UHNW",
        ["MC"],
        [("ACC-2072", "GBP"), ("ACC-2073", "EUR")],
    ),
    C("K-2039", "Faith Pilling", "Pilling", "HNW", ["MC"], [("ACC-2074", "GBP")]),
    C("K-2040", "Robin Sutcliffe", "Sutcliffe (Robin)", "HNW", ["MC"], [("ACC-2075", "GBP")]),
    C("K-2041", "Graham Sutcliffe", "Sutcliffe (Graham)", "HNW", [], [("ACC-2076", "GBP")]),
    C("K-2042", "Summer Okonjo", "Okonjo", "corporate executive", ["MC"], [("ACC-2077", "GBP")]),
    C("K-2054", "Alistair Beck", "Beck", "HNW", ["MC"], [("ACC-2078", "GBP")]),
    # San Francisco (en-US)
    C("K-2043", "Chase Whitfield", "Whitfield", "UHNW", ["SF"], [("ACC-2081", "USD")]),
    C("K-2044", "Dawn Whitfield", "Whitfield", "UHNW", ["SF"], [("ACC-2082", "USD")]),
    C("K-2045", "Sterling Park", "Park", "HNW", ["SF"], [("ACC-2083", "USD")]),
    C(
        "K-2046",
        "Marisol Ortega",
        "Ortega",
        "corporate executive",
        ["SF"],
        [("ACC-2084", "USD"), ("ACC-2085", "MXN")],
    ),
    C("K-2047", "Wade Brennan", "Brennan", "HNW", ["SF"], [("ACC-2086", "USD")]),
    C("K-2048", "Joy Castellano", "Castellano", "HNW", [], [("ACC-2087", "USD")]),
]
initiatives = [
    dict(tag="lake-geneva-regatta", name="Bol d'Or regatta hospitality"),
    dict(tag="opera-night", name="Opera gala night"),
    dict(tag="open-golf", name="Open golf championship hospitality"),
    dict(tag="f1-sepang", name="Motor-sport paddock weekend"),
]

REC, AC, AU, NC, ACH = "record", "ask_client", "ask_unclear", "not_covered", "ask_channel"
lines = []


def day_of(rep, spec):
    """t today, y yesterday, y2 day before, 'mon' most recent before today, '+mon' next after today,
    'w' a week ago, 'm-d' a date in 2028 (rep-local)."""
    if spec is None:
        return None
    today = LOCAL[rep].date()
    if spec == "t":
        d = today
    elif spec == "y":
        d = today - dt.timedelta(1)
    elif spec == "y2":
        d = today - dt.timedelta(2)
    elif spec == "w":
        d = today - dt.timedelta(7)
    elif spec.startswith("+") and spec[1:] in WD:
        d = next(
            today + dt.timedelta(k)
            for k in range(1, 8)
            if (today + dt.timedelta(k)).weekday() == WD[spec[1:]]
        )
    elif spec in WD:
        d = next(
            today - dt.timedelta(k)
            for k in range(1, 8)
            if (today - dt.timedelta(k)).weekday() == WD[spec]
        )
    else:
        m, dd = spec.split("-")
        d = dt.date(2028, int(m), int(dd))
    return d.isoformat()


def L(
    lang,
    rep,
    text,
    outcome,
    client=None,
    channel=None,
    day="t",
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
        dict(
            id="h20-%03d" % (len(lines) + 1),
            lang=lang,
            rep=R[rep],
            text=text,
            expect=dict(
                outcome=outcome,
                client=client,
                channel=channel,
                day=day_of(rep, day),
                time=time,
                claims=[dict(kind=k, amount=a, currency=c, account=ac) for k, a, c, ac in claims],
                follow_up_on=day_of(rep, fu),
                initiative=init,
                notes_contains=list(nc),
                notes_excludes=list(ne),
            ),
            why=why,
        )
    )


def dep(a, c, ac=None):
    return ("deposit", a, c, ac)


def plg(a, c, ac=None):
    return ("pledge", a, c, ac)


def man(a, c, ac=None):
    return ("mandate", a, c, ac)


# LINES
# ================= en-GB: Manchester rep (local Mon 07:10, yesterday Sunday) =================
L(
    "en",
    "MC",
    "Heather Ormerod review mtg Fri 2pm at Spinningfields, Q2 review, equities 62% / bonds 30%, risk profile 4 of 7",
    REC,
    "K-2037",
    "in_person",
    "fri",
    "14:00",
    nc=["risk profile"],
    ne=["Fri", "2pm"],
    why="mtg = meeting; percentages and risk score are not amounts",
)
L(
    "en",
    "MC",
    "Miles Ormerod call Thurs 11.30 re the grandkids' JISAs and his SIPP drawdown at 67",
    REC,
    "K-2038",
    "phone",
    "thu",
    "11:30",
    nc=["SIPP"],
    ne=["11.30"],
    why="dotted time; age not an amount",
)
L(
    "en",
    "MC",
    "Miles Ormerod zoom Wed, pledged 400k ahead of the house sale",
    AU,
    "K-2038",
    why="GBP and EUR accounts, no currency or account",
)
L(
    "en",
    "MC",
    "Miles Ormerod teams 28/6 4.15pm, deposited €650k into ACC-2073",
    REC,
    "K-2038",
    "video",
    "6-28",
    "16:15",
    [dep("650000", "EUR", "ACC-2073")],
    ne=["28/6", "4.15pm"],
    why="d/m date in en-GB; EUR account named",
)
L(
    "en",
    "MC",
    "the Ormerods - dinner Sat at theirs, succession chat, 2 kids in the business",
    AC,
    why="household plural of a two-client household",
)
L(
    "en",
    "MC",
    "Faith Pilling letter posted today confirming the discretionary mandate, 0.85% fee, policy no. 4471-209",
    REC,
    "K-2039",
    "mail",
    "t",
    None,
    nc=["discretionary"],
    why="letter = mail; management mandate and % fee are no claim; policy number",
)
L(
    "en",
    "MC",
    "Faith Pilling phoned 6.45 this morning, wired £1.2m in from her Barclays a/c, f/u Thursday",
    REC,
    "K-2039",
    "phone",
    "t",
    "06:45",
    [dep("1200000", "GBP")],
    "+thu",
    ne=["6.45"],
    why="explicit time beats part of day; wired in = deposit; f/u -> next Thursday",
)
L(
    "en",
    "MC",
    "Robin Sutcliffe coffee last Monday, 71, DOB 14/03/1957, gifting to 3 grandchildren, IHT planning",
    REC,
    "K-2040",
    "in_person",
    "w",
    None,
    nc=["IHT"],
    ne=["last Monday"],
    why="last <today's weekday> = seven days ago; DOB, age, count not amounts",
)
L(
    "en",
    "MC",
    "Graham Sutcliffe call yesterday re his bare trust",
    NC,
    "K-2041",
    why="full name, covered by nobody",
)
L(
    "en",
    "MC",
    "Sutcliffe rang Sat, wants a valuation of the farm",
    AC,
    why="surname shared by Robin and Graham Sutcliffe",
)
L(
    "en",
    "MC",
    "Summer Okonjo video call Fri 9am, won the mandate for the MBO, fee £240k",
    REC,
    "K-2042",
    "video",
    "fri",
    "09:00",
    [man("240000", "GBP")],
    nc=["MBO"],
    ne=["9am"],
    why="first name Summer is a word; mandate won with fee",
)
L(
    "en",
    "MC",
    "Summer Okonjo emailed over the weekend re the term sheet",
    AU,
    "K-2042",
    why="weekend names two days",
)
L(
    "en",
    "MC",
    "Alistair Beck spoke yest re FY2029 budget and ISA allowance",
    ACH,
    "K-2054",
    why="'spoke' gives no channel",
)
L(
    "en",
    "MC",
    "Alistair Beck lunch at the Ivy Thurs, deposited £150k into ACC-2078, pledged another £300k",
    REC,
    "K-2054",
    "in_person",
    "thu",
    None,
    [dep("150000", "GBP", "ACC-2078"), plg("300000", "GBP")],
    ne=["Thurs"],
    why="two outcomes; account only on the deposit",
)
L(
    "en",
    "MC",
    "Ingrid Torstensson call 10:00 Fri, pledged 5 MSEK, follow up 12/7",
    REC,
    "K-2018",
    "phone",
    "fri",
    "10:00",
    [plg("5000000", "SEK")],
    "7-12",
    ne=["10:00"],
    why="Manchester rep covers a Swedish client; 12/7 d/m",
)
L(
    "en",
    "MC",
    "Alistair Beck phone yesterday at 4 re his LPA",
    AU,
    "K-2054",
    why="bare hour, 04:00 and 16:00 both past",
)
L(
    "en",
    "MC",
    "Heather Ormerod transferred £500k Fri, confirmed on the phone",
    AU,
    "K-2037",
    why="money moved with no direction",
)
L(
    "en",
    "MC",
    "Heather Ormrod email 30/6, trust deed + expression of wishes, AUM £14.2m, 2 trustees",
    REC,
    "K-2037",
    "email",
    "6-30",
    None,
    nc=["trust deed"],
    ne=["30/6"],
    why="AUM and counts are not claims",
)
L(
    "en",
    "MC",
    "Faith Pilling video Sat 10:30, charitable trust for £2m only if the sale completes",
    REC,
    "K-2039",
    "video",
    "sat",
    "10:30",
    nc=["charitable trust"],
    ne=["10:30"],
    why="conditional, no outcome word; philanthropy",
)
L(
    "en",
    "MC",
    "Robin Sutcliffe lunch at the #open-golf day yesterday, bridging loan of 1.1m discussed",
    REC,
    "K-2040",
    "in_person",
    "y",
    None,
    init="open-golf",
    nc=["bridging loan"],
    ne=["yesterday"],
    why="first name Robin is a word; lending is not a claim",
)
# ================= en-US: San Francisco rep (local SUNDAY 23:10, yesterday Saturday) =================
L(
    "en",
    "SF",
    "Chase Whitfield review mtg Fri 3:30pm, 60/40 glidepath, 529s for 2 grandkids, moderate risk tolerance",
    REC,
    "K-2043",
    "in_person",
    "fri",
    "15:30",
    nc=["529"],
    ne=["Fri", "3:30pm"],
    why="529 is a plan; first name Chase is a follow-up word",
)
L(
    "en",
    "SF",
    "Dawn Whitfield call today 10am, DOB 4/12/1961, RMDs start at 73, IRA beneficiary update",
    REC,
    "K-2044",
    "phone",
    "t",
    "10:00",
    nc=["RMD"],
    ne=["10am"],
    why="today is Sunday locally; DOB, age not amounts",
)
L("en", "SF", "the Whitfields lunch yesterday at the Battery", AC, why="household plural")
L(
    "en",
    "SF",
    "Ryan Whitfield zoom 6/29, estate plan review",
    AC,
    why="unknown person sharing the Whitfield surname",
)
L(
    "en",
    "SF",
    "Chase Whitfield email tonight 9:45pm, gifting $400k of stock to his DAF at Fidelity, chase him Tues",
    REC,
    "K-2043",
    "email",
    "t",
    "21:45",
    [],
    "+tue",
    nc=["DAF"],
    ne=["9:45pm"],
    why="paid to an outside payee: no claim; 'chase' -> next Tuesday",
)
L(
    "en",
    "SF",
    "Sterling Park coffee Sat 8am, wired in $1.5mm to ACC-2083, follow up Monday",
    REC,
    "K-2045",
    "in_person",
    "sat",
    "08:00",
    [dep("1500000", "USD", "ACC-2083")],
    "+mon",
    ne=["8am"],
    why="Sat is yesterday locally; Monday follow-up is tomorrow locally; 'Sterling' is a name",
)
L(
    "en",
    "SF",
    "Marisol Ortega teams Fri 1pm, pledged 2M",
    AU,
    "K-2046",
    why="USD and MXN accounts, no currency",
)
L(
    "en",
    "SF",
    "Marisol Ortega video 6/28 11:15am, won the mandate on the Monterrey plant sale, fee MXN 4.5M, plus deposited $800k into ACC-2084",
    REC,
    "K-2046",
    "video",
    "6-28",
    "11:15",
    [man("4500000", "MXN"), dep("800000", "USD", "ACC-2084")],
    nc=["Monterrey"],
    ne=["6/28", "11:15am"],
    why="two outcomes in two currencies; m/d",
)
L(
    "en",
    "SF",
    "Wade Brenan letter mailed Sat w/ Q2 statements + 1099 corrections, policy no. UL-88213",
    REC,
    "K-2047",
    "mail",
    "sat",
    None,
    nc=["1099"],
    ne=["Sat"],
    why="Q2, 1099, policy number not amounts",
)
L(
    "en",
    "SF",
    "Wade Brennan phone last Sat re HELOC",
    AU,
    "K-2047",
    why="last <yesterday's weekday>: yesterday or 8 days ago",
)
L(
    "en",
    "SF",
    "Wade Brennan call last Sunday, 55, wants a securities-based LOC, 1.2M line at SOFR+1.75%",
    REC,
    "K-2047",
    "phone",
    "w",
    None,
    nc=["SOFR"],
    ne=["last Sunday"],
    why="last <today's weekday> = seven days ago; lending figures not claims",
)
L(
    "en",
    "SF",
    "Joy Castellano lunch Fri, referred by her CPA, ~$30M net worth",
    NC,
    "K-2048",
    why="covered by nobody; first name Joy is a word",
)
L(
    "en",
    "SF",
    "Kavya Mehta zoom today 4:30pm, deposited $250k, cell 415-555-0193",
    REC,
    "K-2035",
    "video",
    "t",
    "16:30",
    [dep("250000", "USD")],
    ne=["4:30pm"],
    why="phone number not an amount",
)
L(
    "en",
    "SF",
    "Priya Raghavan email Thurs, NRO repatriation, she committed ₹3 crore",
    REC,
    "K-2053",
    "email",
    "thu",
    None,
    [plg("30000000", "INR")],
    nc=["NRO"],
    ne=["Thurs"],
    why="secondary coverage; crore is a number word",
)
L(
    "en",
    "SF",
    "Dawn Whitfield talked w/ her Fri about the 2029 gift exclusion",
    ACH,
    "K-2044",
    why="no channel word",
)
L(
    "en",
    "SF",
    "Chase Whitfield mtg Thurs re the ranch trust, 3 kids, 640 acres in Sonoma",
    REC,
    "K-2043",
    "in_person",
    "thu",
    None,
    nc=["ranch trust"],
    ne=["Thurs"],
    why="counts are not amounts",
)
L(
    "en",
    "SF",
    "Sterling Park called tonight at 7, wants 20% in munis, no new money",
    REC,
    "K-2045",
    "phone",
    "t",
    "19:00",
    nc=["munis"],
    ne=["tonight at 7"],
    why="'tonight' makes 7 a pm hour",
)
L(
    "en",
    "SF",
    "Dawn Whitfield call Fri, moved $600k out to her Schwab acct for the house, no new money",
    REC,
    "K-2044",
    "phone",
    "fri",
    None,
    nc=["Schwab"],
    ne=["Fri"],
    why="money moved out is no claim",
)
L(
    "en",
    "SF",
    "Marisol Ortega in the office today at 9 re the peso hedge",
    AU,
    "K-2046",
    why="bare hour: 09:00 and 21:00 both past at 23:10",
)
L(
    "en",
    "SF",
    "Kavya Mehta coffee 6/27, advisory mandate at 0.6%, she's 38, HSA maxed",
    REC,
    "K-2035",
    "in_person",
    "6-27",
    None,
    nc=["HSA"],
    ne=["6/27"],
    why="advisory mandate and % fee are no claim; age",
)
# ================= fr-CH: Lausanne rep (local Mon 08:10) =================
L(
    "fr",
    "LA",
    "Olivier Rochat rdv revue trimestrielle ven. 14h, 55% actions, profil de risque équilibré",
    REC,
    "K-2001",
    "in_person",
    "fri",
    "14:00",
    nc=["profil de risque"],
    ne=["14h"],
    why="ven. = vendredi; percentage",
)
L(
    "fr",
    "LA",
    "Sabine Rochat visio jeudi 10h30, a versé 900'000",
    AU,
    "K-2002",
    why="CHF and EUR accounts, no currency",
)
L(
    "fr",
    "LA",
    "Sabine Rochatt tél mercredi 16h, a versé CHF 1'200'000 sur ACC-2012",
    REC,
    "K-2002",
    "phone",
    "wed",
    "16:00",
    [dep("1200000", "CHF", "ACC-2012")],
    ne=["mercredi", "16h"],
    why="Swiss apostrophe thousands",
)
L(
    "fr",
    "LA",
    "les Rochat déjeuner samedi au Lausanne-Palace, succession",
    AC,
    why="household plural",
)
L(
    "fr",
    "LA",
    "Blaise Pittet courrier parti ce matin, mandat de gestion discrétionnaire signé, honoraires 0,9%",
    REC,
    "K-2003",
    "mail",
    "t",
    None,
    nc=["mandat de gestion"],
    ne=["ce matin"],
    why="management mandate, % fee: no claim",
)
L(
    "fr",
    "LA",
    "Blaise Pittet appel à 7h ce matin, promis 2 mio CHF, relance vendredi",
    REC,
    "K-2003",
    "phone",
    "t",
    "07:00",
    [plg("2000000", "CHF")],
    "+fri",
    ne=["7h"],
    why="à 7h = 07:00; relance -> next Friday",
)
L(
    "fr",
    "LA",
    "Mireille Gavillet visio 29.06 à 11h15, mandat remporté pour la cession de sa PME, honoraires Fr. 350'000",
    REC,
    "K-2004",
    "video",
    "6-29",
    "11:15",
    [man("350000", "CHF")],
    nc=["PME"],
    ne=["29.06", "11h15"],
    why="Swiss dotted date; Fr. = CHF",
)
L(
    "fr",
    "LA",
    "Rose Favre e-mail hier soir, née le 03.05.1958, 70 ans, questions sur le 3e pilier",
    REC,
    "K-2005",
    "email",
    "y",
    None,
    nc=["3e pilier"],
    ne=["hier soir"],
    why="DOB and age; first name Rose is a word",
)
L(
    "fr",
    "LA",
    "Favre au tél vendredi, veut un crédit lombard",
    AC,
    why="surname shared by Rose and Thierry Favre",
)
L(
    "fr",
    "LA",
    "Thierry Favre déj jeudi, prospect, 12 mio de patrimoine",
    NC,
    "K-2006",
    why="covered by nobody",
)
L(
    "fr",
    "LA",
    "Anaïs Perrottet rdv hier à 5h, fondation philanthropique",
    AU,
    "K-2049",
    why="à 5h: 05:00 and 17:00 both past",
)
L(
    "fr",
    "LA",
    "Noémie Grandjean rdv au Bol d'Or samedi, 2 petits-enfants, fondation pour la voile",
    REC,
    "K-2055",
    "in_person",
    "sat",
    None,
    nc=["fondation"],
    ne=["samedi"],
    why="rdv = in person; count",
)
L(
    "fr",
    "LA",
    "Noémie Grandjean tél jeudi, elle a viré 400'000 CHF",
    AU,
    "K-2055",
    why="a viré: no direction",
)
L(
    "fr",
    "LA",
    "Noémie Grandjean tél lundi dernier à 9h, apport de 400'000 CHF sur ACC-2019 #lake-geneva-regatta",
    REC,
    "K-2055",
    "phone",
    "w",
    "09:00",
    [dep("400000", "CHF", "ACC-2019")],
    init="lake-geneva-regatta",
    ne=["lundi dernier"],
    why="last <today's weekday> = 7 days ago",
)
L(
    "fr",
    "LA",
    "Pierre Dufour on a discuté hier de la donation aux enfants",
    ACH,
    "K-2011",
    why="discuté gives no channel",
)
L(
    "fr",
    "LA",
    "Pierre Dufour courrier reçu le 27 juin, police n° 55-300-812, capital décès 1,5 mio",
    REC,
    "K-2011",
    "mail",
    "6-27",
    None,
    nc=["police"],
    ne=["27 juin"],
    why="policy number and sum insured are not claims",
)
L(
    "fr",
    "LA",
    "Olivier rdv samedi pour la revue",
    AC,
    why="Olivier is Olivier Rochat's first name and Martine Olivier's surname",
)
L(
    "fr",
    "LA",
    "Mireille Gavillet souper samedi soir à 20h, hypothèque de 2 mio à 1,6%, pas d'argent frais",
    REC,
    "K-2004",
    "in_person",
    "sat",
    "20:00",
    nc=["hypothèque"],
    ne=["samedi soir"],
    why="souper = dinner; explicit time wins",
)
L("fr", "LA", "Rose Favre appel dimanche dernier", AU, "K-2005", why="last <yesterday's weekday>")
L(
    "fr",
    "LA",
    "Anaïs Perrottet visio mardi 17h45, versement de 3,5 mio CHF + engagement de 1 mio CHF supplémentaire",
    REC,
    "K-2049",
    "video",
    "tue",
    "17:45",
    [dep("3500000", "CHF"), plg("1000000", "CHF")],
    ne=["mardi", "17h45"],
    why="two outcomes",
)
# ================= fr-FR: Lille rep (local Mon 08:10) =================
L(
    "fr",
    "LI",
    "Hugo Deschamps rdv bilan semestriel jeudi 15h, SCPI 20%, AV 1,8 M€, horizon 10 ans",
    REC,
    "K-2007",
    "in_person",
    "thu",
    "15:00",
    nc=["SCPI"],
    ne=["jeudi", "15h"],
    why="AUM and percentages are not claims",
)
L(
    "fr",
    "LI",
    "Capucine Deschamps tél hier 18h30, elle a versé 250 000 € sur son PEA",
    REC,
    "K-2008",
    "phone",
    "y",
    "18:30",
    [dep("250000", "EUR")],
    nc=["PEA"],
    ne=["hier", "18h30"],
    why="versé = deposit",
)
L("fr", "LI", "les Deschamps visio samedi, transmission du patrimoine", AC, why="household plural")
L(
    "fr",
    "LI",
    "Léon Vandamme mail vendredi, mandat gagné pour l'introduction en bourse, honoraires 420 k€",
    REC,
    "K-2009",
    "email",
    "fri",
    None,
    [man("420000", "EUR")],
    nc=["introduction en bourse"],
    ne=["vendredi"],
    why="mail = email",
)
L(
    "fr",
    "LI",
    "Leon Vandame courrier 28/06 : lettre de mission signée + statuts de la holding",
    REC,
    "K-2009",
    "mail",
    "6-28",
    None,
    nc=["holding"],
    ne=["28/06"],
    why="courrier = mail",
)
L(
    "fr",
    "LI",
    "Blanche Lemaire déjeuner mercredi, promis 600k",
    AU,
    "K-2010",
    why="EUR and GBP accounts; first name Blanche is a word",
)
L(
    "fr",
    "LI",
    "Blanche Lemaire visio mercredi dernier à 9h, apport de 400 000 £ sur ACC-2025",
    REC,
    "K-2010",
    "video",
    "wed",
    "09:00",
    [dep("400000", "GBP", "ACC-2025")],
    ne=["mercredi dernier"],
    why="GBP account",
)
L(
    "fr",
    "LI",
    "Martine Olivier tél ce matin à 7h30, 64 ans, retraite en 2029, contrat n° 8812-44",
    REC,
    "K-2012",
    "phone",
    "t",
    "07:30",
    nc=["retraite"],
    ne=["7h30"],
    why="age, year, contract number",
)
L(
    "fr",
    "LI",
    "Martine Olivier rdv en agence hier, a viré 120 000 € à son notaire pour l'achat",
    REC,
    "K-2012",
    "in_person",
    "y",
    None,
    nc=["notaire"],
    ne=["hier"],
    why="paid to an outside payee: no claim",
)
L(
    "fr",
    "LI",
    "Gaspard Leclercq rdv hier à 11h, il n'a PAS versé les 500k, attend le notaire",
    REC,
    "K-2056",
    "in_person",
    "y",
    "11:00",
    nc=["notaire"],
    ne=["hier", "11h"],
    why="negated deposit",
)
L(
    "fr",
    "LI",
    "Gaspard Leclercq on a parlé du démembrement vendredi",
    ACH,
    "K-2056",
    why="parlé gives no channel",
)
L(
    "fr",
    "LI",
    "Anaïs Perrottet visio jeudi à 10h, fondation abritée, dons prévus 200k/an",
    REC,
    "K-2049",
    "video",
    "thu",
    "10:00",
    nc=["fondation"],
    ne=["jeudi"],
    why="secondary coverage; planned gifts are no claim",
)
L(
    "fr",
    "LI",
    "Pierre Dufour appel vendredi, succession",
    NC,
    "K-2011",
    why="covered by the Lausanne rep only",
)
L(
    "fr",
    "LI",
    "Nina Deschamps rdv hier à Roubaix",
    AC,
    why="unknown person sharing the Deschamps surname",
)
L(
    "fr",
    "LI",
    "Hugo Deschamps appel hier à 15h, SCI familiale et donation-partage",
    REC,
    "K-2007",
    "phone",
    "y",
    "15:00",
    nc=["donation-partage"],
    ne=["15h"],
    why="24-hour time",
)
L(
    "fr",
    "LI",
    "Capucine Deschamps déj le week-end dernier au Touquet",
    AU,
    "K-2008",
    why="weekend word",
)
L(
    "fr",
    "LI",
    "Hugo Deschamps rdv à la soirée #opera-night samedi, a promis 1,5 M€, relance le 10 juillet",
    REC,
    "K-2007",
    "in_person",
    "sat",
    None,
    [plg("1500000", "EUR")],
    "7-10",
    init="opera-night",
    ne=["samedi"],
    why="promis = pledge",
)
L(
    "fr",
    "LI",
    "Léon Vandamme tél 30/06 14h10, crédit in fine 800k à 3,2%, pas d'apport",
    REC,
    "K-2009",
    "phone",
    "6-30",
    "14:10",
    nc=["crédit in fine"],
    ne=["14h10"],
    why="loan; no apport",
)
L(
    "fr",
    "LI",
    "Blanche Lemaire lettre reçue hier, changement d'adresse à Londres",
    REC,
    "K-2010",
    "mail",
    "y",
    None,
    nc=["adresse"],
    ne=["hier"],
    why="lettre = mail",
)
L(
    "fr",
    "LI",
    "Martine Olivier visio mardi 16h, versement 300 000 € sur ACC-2026 et engagement de 200 000 € à la rentrée",
    REC,
    "K-2012",
    "video",
    "tue",
    "16:00",
    [dep("300000", "EUR", "ACC-2026"), plg("200000", "EUR")],
    nc=["rentrée"],
    ne=["mardi", "16h"],
    why="two outcomes",
)
# ================= sv-SE: Malmö rep (local Mon 08:10; "i söndags" = yesterday) =================
L(
    "sv",
    "MA",
    "Gunnar Lindh kvartalsmöte i fredags kl 14, 70/30 aktier/räntor, riskprofil 5",
    REC,
    "K-2013",
    "in_person",
    "fri",
    "14:00",
    nc=["riskprofil"],
    ne=["i fredags"],
    why="kvartalsmöte = review meeting",
)
L(
    "sv",
    "MA",
    "Gunnar Lindh ringde i söndags kl 19.30, generationsskifte och testamente",
    REC,
    "K-2013",
    "phone",
    "y",
    "19:30",
    nc=["generationsskifte"],
    ne=["i söndags"],
    why="i söndags said on Monday = yesterday",
)
L(
    "sv",
    "MA",
    "Vera Lindh teams i torsdags, lovade 3 milj",
    AU,
    "K-2014",
    why="SEK and EUR accounts, no currency",
)
L(
    "sv",
    "MA",
    "Vera Lindh videomöte 29/6 kl 10, satte in 250 000 EUR på ACC-2033",
    REC,
    "K-2014",
    "video",
    "6-29",
    "10:00",
    [dep("250000", "EUR", "ACC-2033")],
    ne=["29/6"],
    why="kl 10 read as typed",
)
L(
    "sv",
    "MA",
    "familjen Lindh lunch igår, bodelning och äktenskapsförord",
    AC,
    why="household of two clients",
)
L(
    "sv",
    "MA",
    "Anders Lindh ringde igår om sin pension",
    AC,
    why="unknown person sharing the Lindh surname",
)
L(
    "sv",
    "MA",
    "Sol Bergkvist fika i onsdags, 3 barnbarn, ISK 4,2 mkr, född 1959",
    REC,
    "K-2015",
    "in_person",
    "wed",
    None,
    nc=["ISK"],
    ne=["i onsdags"],
    why="first name Sol is a word; ISK balance and year not claims",
)
L(
    "sv",
    "MA",
    "Sol Bergkvist mejl idag kl 06:50, insättning 1,2 milj. kr till ACC-2034",
    REC,
    "K-2015",
    "email",
    "t",
    "06:50",
    [dep("1200000", "SEK", "ACC-2034")],
    ne=["06:50"],
    why="insättning = deposit",
)
L(
    "sv",
    "MA",
    "Karin Åkesson telefon i tisdags kl. 16, mandat vunnet för börsnoteringen, arvode 2,5 mkr",
    REC,
    "K-2016",
    "phone",
    "tue",
    "16:00",
    [man("2500000", "SEK")],
    nc=["börsnoteringen"],
    ne=["i tisdags"],
    why="mandate won with fee",
)
L(
    "sv",
    "MA",
    "Karin Akesson brev skickat igår med årsbesked och depåutdrag",
    REC,
    "K-2016",
    "mail",
    "y",
    None,
    nc=["årsbesked"],
    ne=["igår"],
    why="brev = mail",
)
L(
    "sv",
    "MA",
    "Fredrik Nyström lunch i torsdags, prospekt, 40 mkr i förmögenhet",
    NC,
    "K-2017",
    why="covered by nobody",
)
L(
    "sv",
    "MA",
    "Ingrid Torstensson videosamtal igår om stiftelsen",
    NC,
    "K-2018",
    why="covered by the Manchester rep only",
)
L("sv", "MA", "Ylva Strand pratade igår om bolånet", ACH, "K-2051", why="pratade gives no channel")
L("sv", "MA", "Ylva Strand möte i helgen på Ribersborg", AU, "K-2051", why="i helgen: two days")
L(
    "sv",
    "MA",
    "Ylva Strand överförde 500 tkr i fredags, ringde",
    AU,
    "K-2051",
    why="överförde: no direction",
)
L(
    "sv",
    "MA",
    "Ylva Strand samtal i morse kl 7, 45 år, kapitalförsäkring nr 7712-003",
    REC,
    "K-2051",
    "phone",
    "t",
    "07:00",
    nc=["kapitalförsäkring"],
    ne=["i morse"],
    why="kl 7 = 07:00; age, policy number",
)
L(
    "sv",
    "MA",
    "Gunnar Lindh lunch förra måndagen, vill skänka 1 mkr till Lunds universitet om försäljningen går igenom",
    REC,
    "K-2013",
    "in_person",
    "w",
    None,
    nc=["Lunds universitet"],
    ne=["förra måndagen"],
    why="last <today's weekday> = 7 days ago; conditional gift, no claim",
)
L(
    "sv",
    "MA",
    "Karin Åkesson fika idag 07:45, lovade 4 mkr + satte in 1,5 mkr, följ upp torsdag",
    REC,
    "K-2016",
    "in_person",
    "t",
    "07:45",
    [plg("4000000", "SEK"), dep("1500000", "SEK")],
    "+thu",
    ne=["07:45"],
    why="two outcomes; följ upp -> next Thursday",
)
L(
    "sv",
    "MA",
    "Sol Bergkvist teams 27/6 kl 15.15, lån mot depå 2 mkr till 3,1 %",
    REC,
    "K-2015",
    "video",
    "6-27",
    "15:15",
    nc=["lån mot depå"],
    ne=["27/6"],
    why="lending figures not claims",
)
L(
    "sv",
    "MA",
    "Gunar Lindh brev igår med fullmakt för barnens konton",
    REC,
    "K-2013",
    "mail",
    "y",
    None,
    nc=["fullmakt"],
    ne=["igår"],
    why="brev = mail",
)
L(
    "sv",
    "MA",
    "Vera Lindh ringde i lördags, satte in 2 mkr, följ upp 7/7",
    REC,
    "K-2014",
    "phone",
    "sat",
    None,
    [dep("2000000", "SEK")],
    "7-7",
    ne=["i lördags"],
    why="mkr names SEK on a SEK+EUR client",
)
L(
    "sv",
    "MA",
    "Ylva Strand mejl i torsdags, deklaration och K4-blankett",
    REC,
    "K-2051",
    "email",
    "thu",
    None,
    nc=["K4"],
    ne=["i torsdags"],
    why="K4 is a form",
)
L(
    "sv",
    "MA",
    "Sol Bergkvist middag i lördags kl 20, inga nya pengar, pensionsfrågor",
    REC,
    "K-2015",
    "in_person",
    "sat",
    "20:00",
    nc=["pension"],
    ne=["i lördags"],
    why="kl 20",
)
L(
    "sv",
    "MA",
    "Karin Åkesson videomöte igår kl 3",
    AU,
    "K-2016",
    why="kl 3: 03:00 and 15:00 both past",
)
L(
    "sv",
    "MA",
    "Gunnar Lindh möte i morse, satte INTE in de 800 tkr, väntar på köparen",
    REC,
    "K-2013",
    "in_person",
    "t",
    None,
    nc=["väntar"],
    ne=["i morse"],
    why="negated deposit",
)
L(
    "sv",
    "MA",
    "Ylva Strand samtal 28/6 kl 9:10, riskprofil sänkt till 3, 60 % räntor",
    REC,
    "K-2051",
    "phone",
    "6-28",
    "09:10",
    nc=["riskprofil"],
    ne=["28/6"],
    why="percentages",
)
L(
    "sv",
    "MA",
    "Sol Bergkvist ringde i måndags om bouppteckningen",
    REC,
    "K-2015",
    "phone",
    "w",
    None,
    nc=["bouppteckningen"],
    ne=["i måndags"],
    why="today's weekday = a week ago",
)
L(
    "sv",
    "MA",
    "Vera Lindh lunch i fredags på Bastard, generationsskifte, 2 barn",
    REC,
    "K-2014",
    "in_person",
    "fri",
    None,
    nc=["generationsskifte"],
    ne=["i fredags"],
    why="count",
)
L(
    "sv",
    "MA",
    "Karin Åkesson mejl i söndags, styrelsearvode och optionsprogram",
    REC,
    "K-2016",
    "email",
    "y",
    None,
    nc=["optionsprogram"],
    ne=["i söndags"],
    why="i söndags = yesterday",
)
L(
    "sv",
    "MA",
    "Gunnar Lindh ringde 30/6 kl 17:20, lovade 1 milj. kr till ACC-2031",
    REC,
    "K-2013",
    "phone",
    "6-30",
    "17:20",
    [plg("1000000", "SEK", "ACC-2031")],
    ne=["30/6"],
    why="pledge with account",
)
L(
    "sv",
    "MA",
    "Ylva Strand fika på kontoret i onsdags kl 10, 52 år, vill ha hållbar portfölj",
    REC,
    "K-2051",
    "in_person",
    "wed",
    "10:00",
    nc=["hållbar"],
    ne=["i onsdags"],
    why="age; first name Ylva, surname Strand is a word",
)
L(
    "sv",
    "MA",
    "Karin Åkesson möte på #opera-night i lördags, lovade 2 mkr",
    REC,
    "K-2016",
    "in_person",
    "sat",
    None,
    [plg("2000000", "SEK")],
    init="opera-night",
    ne=["i lördags"],
    why="initiative",
)
L(
    "sv",
    "MA",
    "Sol Bergkvist brev idag, gåvobrev till barnen",
    REC,
    "K-2015",
    "mail",
    "t",
    None,
    nc=["gåvobrev"],
    ne=["idag"],
    why="brev = mail",
)
L(
    "sv",
    "MA",
    "Vera Lindh samtal i morse 07:05, flytt mellan hennes egna konton, ingen insättning",
    REC,
    "K-2014",
    "phone",
    "t",
    "07:05",
    nc=["egna konton"],
    ne=["07:05"],
    why="own accounts: no claim",
)
L(
    "sv",
    "MA",
    "Gunnar Lindh videosamtal i tisdags, 72 år, ISK och kapitalförsäkring, Q2-rapport",
    REC,
    "K-2013",
    "video",
    "tue",
    None,
    nc=["Q2"],
    ne=["i tisdags"],
    why="age, Q2 not amounts",
)
# ================= ro-RO: Iași rep (local Mon 09:10) =================
L(
    "ro",
    "IA",
    "Cezar Ungureanu întâlnire revizuire trimestrială vineri la 14:00, 40% acțiuni, profil de risc moderat",
    REC,
    "K-2019",
    "in_person",
    "fri",
    "14:00",
    nc=["profil de risc"],
    ne=["vineri"],
    why="percentage",
)
L(
    "ro",
    "IA",
    "Cezar Ungureanu telefon ieri seara la 9, succesiune și testament",
    REC,
    "K-2019",
    "phone",
    "y",
    "21:00",
    nc=["testament"],
    ne=["ieri seara"],
    why="seara makes 9 a pm hour",
)
L(
    "ro",
    "IA",
    "Ilinca Ungureanu video joi, s-a angajat cu 500 mii",
    AU,
    "K-2020",
    why="RON and EUR accounts, no currency",
)
L(
    "ro",
    "IA",
    "Ilinca Ungureanu apel video 28.06 la 11:30, a depus 200.000 EUR în ACC-2043",
    REC,
    "K-2020",
    "video",
    "6-28",
    "11:30",
    [dep("200000", "EUR", "ACC-2043")],
    ne=["28.06"],
    why="dotted date; EUR account",
)
L("ro", "IA", "soții Ungureanu la cafea sâmbătă", AC, why="household plural")
L("ro", "IA", "Lupu a sunat vineri", AC, why="surname shared by Mihai and Radu Lupu")
L(
    "ro",
    "IA",
    "Radu Lupu întâlnire ieri, prospect, avere 5 mil. EUR",
    NC,
    "K-2023",
    why="covered by nobody",
)
L(
    "ro",
    "IA",
    "Mihai Lupu am vorbit ieri despre creditul ipotecar",
    ACH,
    "K-2021",
    why="am vorbit gives no channel",
)
L(
    "ro",
    "IA",
    "Mihai Lupu telefon azi la 8:45, 58 de ani, poliță nr. 3345-771",
    REC,
    "K-2021",
    "phone",
    "t",
    "08:45",
    nc=["poliță"],
    ne=["8:45"],
    why="age and policy number",
)
L(
    "ro",
    "IA",
    "Viorica Ciobanu email marți, mandat câștigat pentru vânzarea firmei, onorariu 1,2 mil. lei",
    REC,
    "K-2022",
    "email",
    "tue",
    None,
    [man("1200000", "RON")],
    nc=["vânzarea firmei"],
    ne=["marți"],
    why="mandate fee",
)
L(
    "ro",
    "IA",
    "Dorin Ciobanu scrisoare trimisă azi dimineață, acte pentru fundația familiei",
    REC,
    "K-2052",
    "mail",
    "t",
    None,
    nc=["fundația"],
    ne=["azi dimineață"],
    why="scrisoare = mail",
)
L("ro", "IA", "Viorica și Dorin Ciobanu întâlnire miercuri", AC, why="two clients in one line")
L("ro", "IA", "Sorina Botezatu zoom ieri la 5", AU, "K-2024", why="la 5: both halves past")
L(
    "ro",
    "IA",
    "Sorina Botezatu a transferat 100.000 EUR vineri, am avut apel",
    AU,
    "K-2024",
    why="a transferat: no direction",
)
L(
    "ro",
    "IA",
    "Sorina Botezatu întâlnire weekendul trecut la Copou",
    AU,
    "K-2024",
    why="weekend word",
)
L(
    "ro",
    "IA",
    "Tudor Aanei apel lunea trecută la 10, a depus 350.000 lei în ACC-2049",
    REC,
    "K-2057",
    "phone",
    "w",
    "10:00",
    [dep("350000", "RON", "ACC-2049")],
    ne=["lunea trecută"],
    why="last <today's weekday> = 7 days ago",
)
L(
    "ro",
    "IA",
    "Tudor Aanei cafea azi la 8, 3 copii, vrea cont pentru facultate",
    REC,
    "K-2057",
    "in_person",
    "t",
    "08:00",
    nc=["facultate"],
    ne=["la 8"],
    why="la 8 read as typed",
)
L(
    "ro",
    "IA",
    "Cezar Ungureanu scrisoare primită joi, contract de mandat discreționar, comision 1%",
    REC,
    "K-2019",
    "mail",
    "thu",
    None,
    nc=["mandat discreționar"],
    ne=["joi"],
    why="management mandate: no claim",
)
L(
    "ro",
    "IA",
    "Mihai Lupu întâlnire sâmbătă la 11, s-a angajat cu 1 mil. lei, revin vineri",
    REC,
    "K-2021",
    "in_person",
    "sat",
    "11:00",
    [plg("1000000", "RON")],
    "+fri",
    ne=["sâmbătă"],
    why="revin -> next Friday",
)
L(
    "ro",
    "IA",
    "Viorica Ciobanu video 30.06 ora 16:20, credit de 2 mil. lei garantat cu portofoliul, dobândă 6,5%",
    REC,
    "K-2022",
    "video",
    "6-30",
    "16:20",
    nc=["credit"],
    ne=["30.06"],
    why="lending figures not claims",
)
L(
    "ro",
    "IA",
    "Dorin Ciobanu telefon vineri dimineață, născut 12.04.1962, pilonul 3 de pensie",
    REC,
    "K-2052",
    "phone",
    "fri",
    None,
    nc=["pilonul 3"],
    ne=["vineri dimineață"],
    why="DOB not a date of contact",
)
L(
    "ro",
    "IA",
    "Cezar Ungureanu email azi la 7:15, a depus 2,5 mil. lei și s-a angajat cu încă 1 mil. lei",
    REC,
    "K-2019",
    "email",
    "t",
    "07:15",
    [dep("2500000", "RON"), plg("1000000", "RON")],
    ne=["7:15"],
    why="two outcomes",
)
L(
    "ro",
    "IA",
    "Ilinca Ungureanu cafea ieri, donație pentru spitalul de copii, 50 mii EUR dacă se aprobă",
    REC,
    "K-2020",
    "in_person",
    "y",
    None,
    nc=["donație"],
    ne=["ieri"],
    why="conditional gift to outside payee",
)
L(
    "ro",
    "IA",
    "Sorina Botezatu întâlnire miercuri la 15:30, a depus 150 mii EUR #opera-night",
    REC,
    "K-2024",
    "in_person",
    "wed",
    "15:30",
    [dep("150000", "EUR")],
    init="opera-night",
    ne=["miercuri"],
    why="single EUR account",
)
L(
    "ro",
    "IA",
    "Tudor Aanei email duminică, declarația unică și dividende",
    REC,
    "K-2057",
    "email",
    "y",
    None,
    nc=["dividende"],
    ne=["duminică"],
    why="bare duminică = yesterday",
)
L(
    "ro",
    "IA",
    "Mihai Lupu video luni, 20% obligațiuni, AUM 3,4 mil. lei",
    REC,
    "K-2021",
    "video",
    "w",
    None,
    nc=["obligațiuni"],
    why="bare today's weekday = a week ago; AUM",
)
L(
    "ro",
    "IA",
    "Viorica Ciobanu apel la 8 azi, depozit la termen 500 mii lei reînnoit",
    REC,
    "K-2022",
    "phone",
    "t",
    "08:00",
    nc=["depozit la termen"],
    why="term deposit never a claim",
)
L(
    "ro",
    "IA",
    "Dorin Ciobanu întâlnire 29.06, testament și moștenire, 2 nepoți",
    REC,
    "K-2052",
    "in_person",
    "6-29",
    None,
    nc=["moștenire"],
    ne=["29.06"],
    why="count",
)
L(
    "ro",
    "IA",
    "Cezar Ungureanu video sâmbătă la 10:00, NU a depus, așteaptă dividendele",
    REC,
    "K-2019",
    "video",
    "sat",
    "10:00",
    nc=["așteaptă"],
    ne=["sâmbătă"],
    why="negated deposit",
)
L(
    "ro",
    "IA",
    "Tudor Anei scrisoare joi, formular FATCA și KYC",
    REC,
    "K-2057",
    "mail",
    "thu",
    None,
    nc=["FATCA"],
    ne=["joi"],
    why="scrisoare = mail",
)
L(
    "ro",
    "IA",
    "Ilinca Ungurenau telefon marți la 17, profil de risc dinamic, orizont 15 ani",
    REC,
    "K-2020",
    "phone",
    "tue",
    "17:00",
    nc=["dinamic"],
    ne=["marți"],
    why="la 17 read as typed",
)
L(
    "ro",
    "IA",
    "Sorina Botezatu email vineri, transfer intern între conturile ei, nimic nou",
    REC,
    "K-2024",
    "email",
    "fri",
    None,
    nc=["transfer intern"],
    ne=["vineri"],
    why="own accounts: no claim",
)
L(
    "ro",
    "IA",
    "Mihai Lupu cafea joi la 9, planificare succesorală, firmă de familie",
    REC,
    "K-2021",
    "in_person",
    "thu",
    "09:00",
    nc=["succesorală"],
    ne=["joi"],
    why="la 9 read as typed; first name and wolf",
)
L(
    "ro",
    "IA",
    "Viorica Ciobanu întâlnire azi la 9 dimineața, mandat câștigat pentru emisiunea de obligațiuni, onorariu 400.000 lei",
    REC,
    "K-2022",
    "in_person",
    "t",
    "09:00",
    [man("400000", "RON")],
    nc=["emisiunea"],
    why="09:00 before local 09:10",
)
L(
    "ro",
    "IA",
    "Dorin Ciobanu video ieri la 18:40, asigurare de viață poliță 88-1020, prima 2.000 lei/an",
    REC,
    "K-2052",
    "video",
    "y",
    "18:40",
    nc=["asigurare"],
    ne=["18:40"],
    why="premium is not a claim",
)
# ================= ms-MY: Johor Bahru rep (local Mon 14:10) =================
L(
    "ms",
    "JB",
    "Lim Boon Keat mesyuarat semakan suku tahun Jumaat pukul 3 petang, 50% ekuiti, profil risiko sederhana",
    REC,
    "K-2025",
    "in_person",
    "fri",
    "15:00",
    nc=["profil risiko"],
    ne=["Jumaat"],
    why="petang makes 3 a pm hour",
)
L(
    "ms",
    "JB",
    "Lim Boon Keat panggilan video Khamis, janji 800k",
    AU,
    "K-2025",
    why="MYR and SGD accounts, no currency",
)
L(
    "ms",
    "JB",
    "Lim Boon Keat telefon semalam pukul 8 malam, masukkan SGD 500k ke ACC-2052",
    REC,
    "K-2025",
    "phone",
    "y",
    "20:00",
    [dep("500000", "SGD", "ACC-2052")],
    ne=["semalam"],
    why="8 malam = 20:00; masukkan = deposit",
)
L(
    "ms",
    "JB",
    "Lim Hui Min jumpa di pejabat hari ini pukul 11 pagi, umur 46, polisi takaful no. TK-55120",
    REC,
    "K-2026",
    "in_person",
    "t",
    "11:00",
    nc=["takaful"],
    ne=["pukul 11 pagi"],
    why="age, policy number",
)
L("ms", "JB", "keluarga Lim makan malam Sabtu", AC, why="household of two clients")
L("ms", "JB", "Hashim telefon semalam pasal tanah", AC, why="Hashim is in two clients' names")
L(
    "ms",
    "JB",
    "Nur Bunga emel hari ini pukul 9.15 pagi, pelan pewarisan dan hibah",
    REC,
    "K-2027",
    "email",
    "t",
    "09:15",
    nc=["hibah"],
    ne=["pukul 9.15 pagi"],
    why="name without patronymic is unique; Bunga is a word",
)
L(
    "ms",
    "JB",
    "Azman bin Hashim jumpa Isnin lepas, hartanah di Iskandar, pinjaman RM 3 juta",
    REC,
    "K-2028",
    "in_person",
    "w",
    None,
    nc=["pinjaman"],
    ne=["Isnin lepas"],
    why="last <today's weekday> = 7 days ago; loan not a claim",
)
L(
    "ms",
    "JB",
    "Teh Soon Huat makan tengah hari Rabu, prospek, aset RM 80 juta",
    NC,
    "K-2030",
    why="covered by nobody",
)
L("ms", "JB", "Selvam bincang semalam pasal wakaf", ACH, "K-2029", why="bincang gives no channel")
L(
    "ms",
    "JB",
    "Selvam a/l Krishnan panggilan video kelmarin",
    AU,
    "K-2029",
    why="kelmarin is ambiguous",
)
L("ms", "JB", "Ahmad Faiz jumpa hujung minggu lepas di Danga Bay", AU, "K-2050", why="weekend")
L(
    "ms",
    "JB",
    "Ahmad Faiz bin Rahman pindahkan RM 400k hari Khamis, telefon",
    AU,
    "K-2050",
    why="pindahkan: no direction",
)
L(
    "ms",
    "JB",
    "Selvam Krishnan surat dihantar hari ini, penyata ASB dan borang BE",
    REC,
    "K-2029",
    "mail",
    "t",
    None,
    nc=["borang BE"],
    ne=["hari ini"],
    why="surat = mail",
)
L("ms", "JB", "Ahmad Faiz telefon semalam pukul 4", AU, "K-2050", why="pukul 4: both halves past")
L(
    "ms",
    "JB",
    "Nur Bunga binti Hashim video call Selasa pukul 10 pagi, dia masukkan RM 1.5 juta ke ACC-2054, susulan Jumaat",
    REC,
    "K-2027",
    "video",
    "tue",
    "10:00",
    [dep("1500000", "MYR", "ACC-2054")],
    "+fri",
    ne=["Selasa"],
    why="susulan -> next Friday",
)
L(
    "ms",
    "JB",
    "Azman Hashim emel Rabu, mandat dimenangi untuk IPO syarikatnya, yuran RM 2.2 juta",
    REC,
    "K-2028",
    "email",
    "wed",
    None,
    [man("2200000", "MYR")],
    nc=["IPO"],
    ne=["Rabu"],
    why="name without bin; mandate fee",
)
L(
    "ms",
    "JB",
    "Lim Hui Min telefon pagi tadi pukul 10.30, dia berjanji RM 600 ribu dan masukkan RM 200 ribu",
    REC,
    "K-2026",
    "phone",
    "t",
    "10:30",
    [plg("600000", "MYR"), dep("200000", "MYR")],
    ne=["pagi tadi"],
    why="two outcomes; ribu",
)
L(
    "ms",
    "JB",
    "Selvam a/l Krishnan jumpa Sabtu pukul 9 malam di #f1-sepang, janji RM 1 juta",
    REC,
    "K-2029",
    "in_person",
    "sat",
    "21:00",
    [plg("1000000", "MYR")],
    init="f1-sepang",
    ne=["Sabtu"],
    why="9 malam = 21:00",
)
L(
    "ms",
    "JB",
    "Lim Boon Keat surat semalam, dokumen amanah keluarga, 3 benefisiari",
    REC,
    "K-2025",
    "mail",
    "y",
    None,
    nc=["amanah"],
    ne=["semalam"],
    why="count",
)
L(
    "ms",
    "JB",
    "Ahmad Faiz bin Rahman panggilan video 28/6 pukul 2.45 petang, ASB, KWSP, umur 39",
    REC,
    "K-2050",
    "video",
    "6-28",
    "14:45",
    nc=["KWSP"],
    ne=["28/6"],
    why="age",
)
L(
    "ms",
    "JB",
    "Nur Bunga jumpa semalam, TIDAK masukkan RM 300k, tunggu jualan tanah",
    REC,
    "K-2027",
    "in_person",
    "y",
    None,
    nc=["jualan tanah"],
    ne=["semalam"],
    why="negated deposit",
)
L(
    "ms",
    "JB",
    "Azman bin Hashim telefon Jumaat pagi, simpanan tetap RM 1 juta diperbaharui",
    REC,
    "K-2028",
    "phone",
    "fri",
    None,
    nc=["simpanan tetap"],
    ne=["Jumaat pagi"],
    why="fixed deposit never a claim",
)
L(
    "ms",
    "JB",
    "Selvam a/l Krishnan emel Ahad, pelan pencen swasta PRS",
    REC,
    "K-2029",
    "email",
    "y",
    None,
    nc=["PRS"],
    ne=["Ahad"],
    why="bare Ahad = yesterday",
)
L(
    "ms",
    "JB",
    "Lim Hui Min panggilan video Khamis pukul 4 petang, zakat dan derma RM 50k ke yayasan",
    REC,
    "K-2026",
    "video",
    "thu",
    "16:00",
    nc=["zakat"],
    ne=["Khamis"],
    why="paid to an outside payee",
)
L(
    "ms",
    "JB",
    "Ahmad Faiz makan tengah hari hari ini pukul 1 petang, portfolio sukuk 30%",
    REC,
    "K-2050",
    "in_person",
    "t",
    "13:00",
    nc=["sukuk"],
    ne=["pukul 1 petang"],
    why="short form of the name is unique; 13:00 before 14:10",
)
L(
    "ms",
    "JB",
    "Lim Boon Keat jumpa hari Rabu, masukkan RM 2 juta ke ACC-2051 dan SGD 300k ke ACC-2052",
    REC,
    "K-2025",
    "in_person",
    "wed",
    None,
    [dep("2000000", "MYR", "ACC-2051"), dep("300000", "SGD", "ACC-2052")],
    ne=["Rabu"],
    why="two deposits, two accounts",
)
L(
    "ms",
    "JB",
    "Azman bin Hashim surat Selasa, geran tanah dan wasiat",
    REC,
    "K-2028",
    "mail",
    "tue",
    None,
    nc=["wasiat"],
    ne=["Selasa"],
    why="surat = mail",
)
L(
    "ms",
    "JB",
    "Selvam a/l Krisnan telefon 30/6 pukul 11 pagi, pinjaman margin RM 5 juta, kadar 4.2%",
    REC,
    "K-2029",
    "phone",
    "6-30",
    "11:00",
    nc=["pinjaman margin"],
    ne=["30/6"],
    why="lending not a claim",
)
L(
    "ms",
    "JB",
    "Nur Bunga binti Hashim panggilan video semalam pukul 9 pagi, profil risiko konservatif, 2 anak",
    REC,
    "K-2027",
    "video",
    "y",
    "09:00",
    nc=["konservatif"],
    ne=["semalam"],
    why="count",
)
L(
    "ms",
    "JB",
    "Lim Hui Min emel Jumaat, penyata Q2 dan yuran nasihat 0.75%",
    REC,
    "K-2026",
    "email",
    "fri",
    None,
    nc=["Q2"],
    ne=["Jumaat"],
    why="% fee no claim",
)
L(
    "ms",
    "JB",
    "Ahmad Faiz bin Rahman jumpa pagi tadi, dia masukkan RM 750,000 ke ACC-2058",
    REC,
    "K-2050",
    "in_person",
    "t",
    None,
    [dep("750000", "MYR", "ACC-2058")],
    ne=["pagi tadi"],
    why="part of day alone: no time",
)
L(
    "ms",
    "JB",
    "Lim Boon Keat telefon Isnin lepas, pindahan antara akaunnya sendiri, tiada wang baru",
    REC,
    "K-2025",
    "phone",
    "w",
    None,
    nc=["tiada wang baru"],
    ne=["Isnin lepas"],
    why="own accounts: no claim",
)
L(
    "ms",
    "JB",
    "Azman bin Hashim video call hari ini pukul 12.30 tengah hari, amanah untuk cucu",
    REC,
    "K-2028",
    "video",
    "t",
    "12:30",
    nc=["cucu"],
    ne=["12.30"],
    why="12.30 tengah hari",
)
L(
    "ms",
    "JB",
    "Selvam a/l Krishnan mesyuarat Khamis, mandat pengurusan portfolio diskresi RM 8 juta, yuran 1%",
    REC,
    "K-2029",
    "in_person",
    "thu",
    None,
    nc=["mandat pengurusan"],
    ne=["Khamis"],
    why="management mandate never a claim",
)
# ================= hi-IN: Jaipur rep (local Mon 11:40), Devanagari and Hinglish =================
L(
    "hi",
    "JP",
    "Rohit Agarwal से शुक्रवार दोपहर 3 बजे तिमाही समीक्षा मीटिंग, इक्विटी 65%, रिस्क प्रोफ़ाइल मध्यम",
    REC,
    "K-2031",
    "in_person",
    "fri",
    "15:00",
    nc=["रिस्क प्रोफ़ाइल"],
    ne=["शुक्रवार"],
    why="दोपहर makes 3 a pm hour",
)
L(
    "hi",
    "JP",
    "Sunita Agarwal video call guruvaar, 2 crore commit kiye",
    AU,
    "K-2032",
    why="INR and USD accounts; crore is not a currency",
)
L(
    "hi",
    "JP",
    "Sunita Agarwal से कल शाम 7 बजे फ़ोन पर बात, $300k ACC-2063 में जमा किए",
    REC,
    "K-2032",
    "phone",
    "y",
    "19:00",
    [dep("300000", "USD", "ACC-2063")],
    ne=["कल शाम 7 बजे"],
    why="कल = yesterday",
)
L("hi", "JP", "Agarwal parivaar ke saath lunch shanivaar ko", AC, why="household")
L("hi", "JP", "Mehta ji ka phone aaya kal", AC, why="Mehta is Chandra's and Kavya's surname")
L(
    "hi",
    "JP",
    "Kavya Mehta se video call aaj subah",
    NC,
    "K-2035",
    why="covered by the San Francisco rep only",
)
L(
    "hi",
    "JP",
    "Anil Poddar से बुधवार को मुलाकात, प्रॉस्पेक्ट, नेट वर्थ 200 करोड़",
    NC,
    "K-2036",
    why="covered by nobody",
)
L(
    "hi",
    "JP",
    "Chandra Mehta se kal baat hui, HUF aur will ke baare mein",
    ACH,
    "K-2033",
    why="baat hui gives no channel",
)
L(
    "hi",
    "JP",
    "Budh Singh Rajawat ko kal 4 baje phone kiya",
    AU,
    "K-2034",
    why="4 baje: both halves past",
)
L("hi", "JP", "Budh Singh ji weekend pe mile the, farmhouse pe", AU, "K-2034", why="weekend")
L(
    "hi",
    "JP",
    "Priya Raghavan ne 25 lakh transfer kiye, phone pe bataya shukravaar ko",
    AU,
    "K-2053",
    why="transfer with no direction",
)
L(
    "hi",
    "JP",
    "Chandra Mehta से पिछले सोमवार वीडियो कॉल, उम्र 61, PPF और NPS, 2 बच्चे",
    REC,
    "K-2033",
    "video",
    "w",
    None,
    nc=["NPS"],
    ne=["पिछले सोमवार"],
    why="last <today's weekday> = 7 days ago; Chandra is also moon",
)
L(
    "hi",
    "JP",
    "Chandra Mehta ko chitthi bheji aaj, Form 16 aur capital gains statement",
    REC,
    "K-2033",
    "mail",
    "t",
    None,
    nc=["Form 16"],
    ne=["aaj"],
    why="chitthi = letter",
)
L(
    "hi",
    "JP",
    "Budh Singh Rajawat budhvaar ko office mein meeting, mandate mil gaya OFS ke liye, fee 2.5 crore",
    REC,
    "K-2034",
    "in_person",
    "wed",
    None,
    [man("25000000", "INR")],
    nc=["OFS"],
    ne=["budhvaar"],
    why="name Budh vs budhvaar (Wednesday)",
)
L(
    "hi",
    "JP",
    "Rohit Agarwal ne aaj subah 10 baje email kiya, 40 lakh ACC-2061 mein jama kiye",
    REC,
    "K-2031",
    "email",
    "t",
    "10:00",
    [dep("4000000", "INR", "ACC-2061")],
    ne=["subah 10 baje"],
    why="lakh",
)
L(
    "hi",
    "JP",
    "Priya Raghavan से आज सुबह 9:30 बजे फ़ोन, 1 करोड़ का वादा, फॉलो अप गुरुवार",
    REC,
    "K-2053",
    "phone",
    "t",
    "09:30",
    [plg("10000000", "INR")],
    "+thu",
    ne=["9:30"],
    why="follow-up Thursday ahead",
)
L(
    "hi",
    "JP",
    "Rohit Agarwal ke saath coffee kal, trust deed aur succession plan, DOB 12/08/1960",
    REC,
    "K-2031",
    "in_person",
    "y",
    None,
    nc=["trust deed"],
    why="DOB not a claim or a contact date",
)
L(
    "hi",
    "JP",
    "Sunita Agarwal ko letter bheja shanivaar ko, LRS remittance forms",
    REC,
    "K-2032",
    "mail",
    "sat",
    None,
    nc=["LRS"],
    ne=["shanivaar"],
    why="letter = mail",
)
L(
    "hi",
    "JP",
    "Budh Singh Rajawat से 29/6 को वीडियो कॉल, लोन अगेंस्ट शेयर्स 5 करोड़, ब्याज 9.5%",
    REC,
    "K-2034",
    "video",
    "6-29",
    None,
    nc=["लोन"],
    ne=["29/6"],
    why="lending figures",
)
L(
    "hi",
    "JP",
    "Chandra Mehta ke saath lunch raviwar ko, FD 50 lakh renew, koi naya paisa nahi",
    REC,
    "K-2033",
    "in_person",
    "y",
    None,
    nc=["FD"],
    ne=["raviwar"],
    why="bare Sunday = yesterday; FD no claim",
)
L(
    "hi",
    "JP",
    "Priya Raghavan meeting kal dopahar 2 baje, ₹75 lakh jama kiye aur 50 lakh ka vaada",
    REC,
    "K-2053",
    "in_person",
    "y",
    "14:00",
    [dep("7500000", "INR"), plg("5000000", "INR")],
    ne=["dopahar 2 baje"],
    why="two outcomes",
)
L(
    "hi",
    "JP",
    "Rohit Agarwal से आज सुबह 8 बजे फ़ोन, उन्होंने अभी तक पैसा जमा नहीं किया",
    REC,
    "K-2031",
    "phone",
    "t",
    "08:00",
    nc=["अभी तक"],
    ne=["सुबह 8 बजे"],
    why="negated deposit",
)
L(
    "hi",
    "JP",
    "Sunita Agarwal email 30/6, Section 54EC bonds aur 80C, US wala 401k",
    REC,
    "K-2032",
    "email",
    "6-30",
    None,
    nc=["54EC"],
    ne=["30/6"],
    why="plan names",
)
L(
    "hi",
    "JP",
    "Budh Singh Rajawat phone kal raat 9 baje, charitable trust ko 1 crore dena chahte hain agar IPO hua",
    REC,
    "K-2034",
    "phone",
    "y",
    "21:00",
    nc=["charitable trust"],
    ne=["raat 9 baje"],
    why="conditional; raat makes 9 pm",
)
L(
    "hi",
    "JP",
    "Priya Raghavan video call shukravaar 11 baje, asset allocation 60:40",
    REC,
    "K-2053",
    "video",
    "fri",
    "11:00",
    nc=["asset allocation"],
    ne=["shukravaar"],
    why="11 after baje read as typed",
)
L(
    "hi",
    "JP",
    "Chandra Mheta ne guruvaar ko email kiya, policy no. LIC-4471023, premium 2 lakh",
    REC,
    "K-2033",
    "email",
    "thu",
    None,
    nc=["premium"],
    ne=["guruvaar"],
    why="policy number and premium",
)
L(
    "hi",
    "JP",
    "Rohit Agarwal मंगलवार को मुलाकात, 1.5 करोड़ जमा #f1-sepang",
    REC,
    "K-2031",
    "in_person",
    "tue",
    None,
    [dep("15000000", "INR")],
    init="f1-sepang",
    ne=["मंगलवार"],
    why="जमा = deposit",
)
L(
    "hi",
    "JP",
    "Sunita Agarwal से आज सुबह 11 बजे मीटिंग, ₹50 लाख ACC-2062 में आए",
    REC,
    "K-2032",
    "in_person",
    "t",
    "11:00",
    [dep("5000000", "INR", "ACC-2062")],
    ne=["सुबह 11 बजे"],
    why="में आए = came to us",
)
L(
    "hi",
    "JP",
    "Budh Singh Rajawat ke saath zoom 28/6 shaam 5 baje, succession, 3 bete",
    REC,
    "K-2034",
    "video",
    "6-28",
    "17:00",
    nc=["succession"],
    ne=["shaam 5 baje"],
    why="shaam makes 5 pm",
)
L(
    "hi",
    "JP",
    "Priya Raghavan ki chitthi mili aaj, KYC update aur nominee form",
    REC,
    "K-2053",
    "mail",
    "t",
    None,
    nc=["nominee"],
    ne=["aaj"],
    why="chitthi = letter",
)
L(
    "hi",
    "JP",
    "Chandra Mehta मीटिंग शनिवार सुबह, पोर्टफोलियो समीक्षा, जोखिम कम करना है",
    REC,
    "K-2033",
    "in_person",
    "sat",
    None,
    nc=["पोर्टफोलियो"],
    ne=["शनिवार सुबह"],
    why="part of day alone",
)
L(
    "hi",
    "JP",
    "Rohit Agrawal phone somvaar ko, PMS mandate 2% fee par",
    REC,
    "K-2031",
    "phone",
    "w",
    None,
    nc=["PMS"],
    ne=["somvaar"],
    why="today's weekday = a week ago; PMS mandate no claim",
)
L(
    "hi",
    "JP",
    "Sunita Agarwal video call budhvaar shaam 6 baje, apne hi accounts ke beech 20 lakh shift kiye",
    REC,
    "K-2032",
    "video",
    "wed",
    "18:00",
    nc=["apne hi accounts"],
    ne=["shaam 6 baje"],
    why="own accounts: no claim",
)
L(
    "hi",
    "JP",
    "Budh Singh Rajawat ka email aaya aaj subah 7 baje, dividend payout ki details",
    REC,
    "K-2034",
    "email",
    "t",
    "07:00",
    nc=["dividend"],
    ne=["subah 7 baje"],
    why="7 after baje as typed",
)
L(
    "hi",
    "JP",
    "Priya Raghavan ke saath coffee aaj 10:15 baje, beti ke liye 529 plan",
    REC,
    "K-2053",
    "in_person",
    "t",
    "10:15",
    nc=["529"],
    ne=["10:15"],
    why="529 is a plan",
)
# ================= mixed: rep's language with English =================
L(
    "mixed",
    "LA",
    "Olivier Rochat call ce matin 7h15, he pledged CHF 500k, relance next Friday",
    REC,
    "K-2001",
    "phone",
    "t",
    "07:15",
    [plg("500000", "CHF")],
    "+fri",
    ne=["7h15"],
    why="fr/en",
)
L(
    "mixed",
    "LI",
    "Hugo Deschamps lunch vendredi, deposited 300k € into ACC-2021",
    REC,
    "K-2007",
    "in_person",
    "fri",
    None,
    [dep("300000", "EUR", "ACC-2021")],
    ne=["vendredi"],
    why="fr/en",
)
L(
    "mixed",
    "MA",
    "Gunnar Lindh call igår kl 18, mandate won, fee 1,8 MSEK",
    REC,
    "K-2013",
    "phone",
    "y",
    "18:00",
    [man("1800000", "SEK")],
    ne=["igår"],
    why="sv/en",
)
L(
    "mixed",
    "MA",
    "Vera Lindh zoom i fredags, deposited EUR 400k och lovade 2 mkr",
    REC,
    "K-2014",
    "video",
    "fri",
    None,
    [dep("400000", "EUR"), plg("2000000", "SEK")],
    ne=["i fredags"],
    why="two outcomes, two currencies",
)
L(
    "mixed",
    "IA",
    "Cezar Ungureanu meeting ieri la 10, deposited 1.2m lei into ACC-2041",
    REC,
    "K-2019",
    "in_person",
    "y",
    "10:00",
    [dep("1200000", "RON", "ACC-2041")],
    ne=["ieri"],
    why="ro/en",
)
L(
    "mixed",
    "IA",
    "Ilinca Ungureanu call azi la 8:30, review portofoliu, risk profile balanced",
    REC,
    "K-2020",
    "phone",
    "t",
    "08:30",
    nc=["risk profile"],
    ne=["8:30"],
    why="ro/en",
)
L(
    "mixed",
    "JB",
    "Lim Hui Min call semalam, she deposited RM 900k into ACC-2053",
    REC,
    "K-2026",
    "phone",
    "y",
    None,
    [dep("900000", "MYR", "ACC-2053")],
    ne=["semalam"],
    why="ms/en",
)
L(
    "mixed",
    "JB",
    "Lim Boon Keat lunch today 12.30, pledged SGD 1m, follow up Friday",
    REC,
    "K-2025",
    "in_person",
    "t",
    "12:30",
    [plg("1000000", "SGD")],
    "+fri",
    ne=["12.30"],
    why="SGD named on a MYR+SGD client",
)
L(
    "mixed",
    "JP",
    "Rohit Agarwal meeting kal 4pm, he pledged 2 crore",
    REC,
    "K-2031",
    "in_person",
    "y",
    "16:00",
    [plg("20000000", "INR")],
    ne=["4pm"],
    why="hi/en; single INR account",
)
L(
    "mixed",
    "JP",
    "Sunita Agarwal zoom today 9am, deposited 50 lakh",
    AU,
    "K-2032",
    why="INR and USD accounts; lakh is a number word",
)
L(
    "mixed",
    "LA",
    "Rose Favre video hier, 3e pilier, she is 70, no new money",
    REC,
    "K-2005",
    "video",
    "y",
    None,
    nc=["3e pilier"],
    ne=["hier"],
    why="age",
)
L(
    "mixed",
    "LI",
    "Léon Vandamme email ce matin, mandate fee 150k€ for the LBO",
    REC,
    "K-2009",
    "email",
    "t",
    None,
    [man("150000", "EUR")],
    nc=["LBO"],
    ne=["ce matin"],
    why="mandate fee with amount",
)
L(
    "mixed",
    "MA",
    "Sol Bergkvist fika i torsdags, talked om ISK and pension, 63 år",
    REC,
    "K-2015",
    "in_person",
    "thu",
    None,
    nc=["ISK"],
    ne=["i torsdags"],
    why="fika = in person",
)
L("mixed", "IA", "Tudor Aanei call vineri, transferred 200k lei", AU, "K-2057", why="no direction")
L(
    "mixed",
    "JB",
    "Azman bin Hashim meeting this morning, discussed hibah for his kids",
    REC,
    "K-2028",
    "in_person",
    "t",
    None,
    nc=["hibah"],
    ne=["this morning"],
    why="part of day alone",
)
L(
    "mixed",
    "JP",
    "Chandra Mehta call yesterday evening, FD renewal, no fresh money",
    REC,
    "K-2033",
    "phone",
    "y",
    None,
    nc=["FD"],
    ne=["yesterday evening"],
    why="FD no claim",
)
L(
    "mixed",
    "LI",
    "Capucine Dechamps call hier 17h, she committed 200k €",
    REC,
    "K-2008",
    "phone",
    "y",
    "17:00",
    [plg("200000", "EUR")],
    ne=["17h"],
    why="fr/en",
)
L(
    "mixed",
    "MA",
    "Karin Åkesson mejl igår, board fee and options vesting 2029",
    REC,
    "K-2016",
    "email",
    "y",
    None,
    nc=["options"],
    ne=["igår"],
    why="year not an amount",
)
L(
    "mixed",
    "IA",
    "Sorina Botezatu zoom lunea trecută, 401k from her US job, 45 ani",
    REC,
    "K-2024",
    "video",
    "w",
    None,
    nc=["401k"],
    ne=["lunea trecută"],
    why="401k plan; age",
)
L(
    "mixed",
    "JB",
    "Nur Bunga video call hari ini 11am, waqf and philanthropy",
    REC,
    "K-2027",
    "video",
    "t",
    "11:00",
    nc=["philanthropy"],
    ne=["11am"],
    why="ms/en",
)


# ================= validate =================
def fold(s):
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(ch)
    )


def near(a, b):  # equal, or one edit (insert, delete, substitute, adjacent transposition)
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    s, t = (a, b) if len(a) < len(b) else (b, a)
    return any(s == t[:i] + t[i + 1 :] for i in range(len(t)))


def name_ok(name, txt):
    toks = [w.strip(".,:;!?()") for w in fold(txt).replace("/", " ").split()]
    words = [fold(w) for w in name.split() if w not in ("binti", "bin", "a/l")]
    return sum(any(near(w, t) for t in toks) for w in words) >= min(2, len(words)) or any(
        w in toks for w in words
    )


def validate(partial):
    cl = {c["external_id"]: c for c in clients}
    tags = {i["tag"] for i in initiatives}
    marks = dict(
        USD=["USD", "$"],
        EUR=["EUR", "€", "euro"],
        GBP=["GBP", "£"],
        RON=["RON", "lei"],
        SEK=["SEK", "kr"],
        MYR=["MYR", "RM"],
        INR=["INR", "₹"],
        SGD=["SGD", "S$"],
        CHF=["CHF", "Fr."],
        MXN=["MXN", "pesos"],
    )
    assert len({c["name"] for c in clients}) == len(clients)
    assert len({c["external_id"] for c in clients}) == len(clients)
    accs = [a["account"] for c in clients for a in c["accounts"]]
    assert len(set(accs)) == len(accs) and all(a.startswith("ACC-2") for a in accs)
    for ln in lines:
        e, o, txt = ln["expect"], ln["expect"]["outcome"], ln["text"]
        assert ln["lang"] in ("en", "fr", "sv", "ro", "ms", "hi", "mixed"), ln
        assert o in ("record", "ask_client", "ask_channel", "ask_unclear", "not_covered"), ln
        assert ln["rep"] in REPS and ln["why"], ln
        assert "<@" not in txt, ln
        if o == "ask_client":
            assert e["client"] is None, ln
        else:
            assert e["client"] in cl, ln
        if o == "not_covered":
            assert ln["rep"] not in cl[e["client"]]["coverage"], ln
        if o in ("record", "ask_channel", "ask_unclear"):
            assert ln["rep"] in cl[e["client"]]["coverage"], ln
        if o != "ask_client":
            assert name_ok(cl[e["client"]]["name"], txt), ("client name not in line", ln)
        if o in ("record", "ask_channel", "ask_unclear") or e["time"]:
            assert e["time"] is None or (len(e["time"]) == 5 and e["time"][2] == ":"), ln
        if o != "record":
            assert (
                not e["claims"] and e["day"] is None and e["channel"] is None and e["time"] is None
            ), ln
            continue
        assert e["channel"] in ("in_person", "phone", "email", "mail", "video"), ln
        tz = ZoneInfo(REPS[ln["rep"]]["timezone"])
        local = NOWDT.astimezone(tz)
        assert e["day"] <= local.date().isoformat(), ("day after local today", ln)
        if e["time"]:
            t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
            assert t <= NOWDT, ("time later than local now", ln)
        c = cl[e["client"]]
        accts = {a["account"]: a["currency"] for a in c["accounts"]}
        for k in e["claims"]:
            assert Decimal(k["amount"]) > 0 and k["kind"] in ("deposit", "pledge", "mandate"), ln
            assert k["currency"] in marks, ln
            if k["account"]:
                assert k["account"] in txt and accts[k["account"]] == k["currency"], ln
            elif len(set(accts.values())) > 1 or k["currency"] not in accts.values():
                assert any(m in txt for m in marks[k["currency"]]), ln
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
            assert not any(
                w.lower() in s.lower().split() for w in c["name"].split() if len(w) > 2
            ), (s, ln)
    ids = [ln["id"] for ln in lines]
    assert len(set(ids)) == len(ids)
    texts = [ln["text"] for ln in lines]
    assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
    byl = Counter(ln["lang"] for ln in lines)
    if not partial:
        assert len(lines) == 240, len(lines)
        assert (
            all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi")) and byl["mixed"] >= 20
        ), byl
        by_rep = Counter(ln["rep"] for ln in lines)
        assert all(by_rep[r] > 0 for r in R.values()), by_rep
    return byl


def main():
    partial = "--partial" in sys.argv
    byl = validate(partial)
    out = dict(now=NOW, reps=reps, clients=clients, initiatives=initiatives, lines=lines)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    byo = Counter(ln["expect"]["outcome"] for ln in lines)
    asks = sum(v for k, v in byo.items() if k != "record")
    withc = sum(1 for ln in lines if ln["expect"]["claims"])
    print(len(lines), "lines;", len(clients), "clients")
    print("by language:", dict(byl))
    print("by outcome:", dict(byo), "asks %d (%.0f%%)" % (asks, 100 * asks / max(1, len(lines))))
    print(
        "records with claims:",
        withc,
        "claims:",
        dict(Counter(k["kind"] for ln in lines for k in ln["expect"]["claims"])),
    )
    for lang in sorted(byl):
        print(
            " ", lang, dict(Counter(ln["expect"]["outcome"] for ln in lines if ln["lang"] == lang))
        )


if __name__ == "__main__":
    main()

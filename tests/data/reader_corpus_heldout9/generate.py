"""Held-out reader corpus 9: builds and validates corpus.json. Edit this file, never the JSON."""

import datetime as dt
import json
import os
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

NOW = "2027-01-14T10:05:00Z"
NOWDT = dt.datetime(2027, 1, 14, 10, 5, tzinfo=dt.UTC)
TODAY = dt.date(2027, 1, 14)
assert TODAY.weekday() == 3, "now must be a Thursday"
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def iso(d):
    return d.isoformat()


def ago(n):
    return iso(TODAY - dt.timedelta(n))


T = ago(0)
Y = ago(1)
DBY = ago(2)
TOM = iso(TODAY + dt.timedelta(1))
D2 = iso(TODAY + dt.timedelta(2))


def past(w):
    """The most recent such weekday strictly before today."""
    return next(ago(k) for k in range(1, 8) if (TODAY - dt.timedelta(k)).weekday() == WD[w])


def nxt(w):
    """The next such weekday strictly after today."""
    return next(
        iso(TODAY + dt.timedelta(k))
        for k in range(1, 8)
        if (TODAY + dt.timedelta(k)).weekday() == WD[w]
    )


def on(m, d, y=2027):
    return iso(dt.date(y, m, d))


assert past("thu") == "2027-01-07" and past("wed") == Y and past("mon") == "2027-01-11"
assert nxt("mon") == "2027-01-18" and nxt("thu") == "2027-01-21" and nxt("fri") == TOM

# ---------------------------------------------------------------- book
R = {
    "FR": "U9H9FRPA1",
    "QC": "U9H9FRQC2",
    "SV": "U9H9SVST3",
    "FI": "U9H9SVHE4",
    "RO": "U9H9ROBU5",
    "MS": "U9H9MSKL6",
    "HI": "U9H9HIMU7",
    "GB": "U9H9GBLO8",
    "US": "U9H9USNY9",
}


def REP(**kw):
    return kw


reps = [
    REP(
        slack_user_id=R["FR"],
        name="Solène Garnier",
        timezone="Europe/Paris",
        locale="fr-FR",
        roles=["rep"],
    ),
    REP(
        slack_user_id=R["QC"],
        name="Étienne Lapointe",
        timezone="America/Toronto",
        locale="fr-CA",
        roles=["rep"],
    ),
    REP(
        slack_user_id=R["SV"],
        name="Karin Åkesson",
        timezone="Europe/Stockholm",
        locale="sv-SE",
        roles=["rep"],
    ),
    REP(
        slack_user_id=R["FI"],
        name="Mikael Lindroos",
        timezone="Europe/Helsinki",
        locale="sv-FI",
        roles=["rep"],
    ),
    REP(
        slack_user_id=R["RO"],
        name="Irina Dobrescu",
        timezone="Europe/Bucharest",
        locale="ro-RO",
        roles=["rep"],
    ),
    REP(
        slack_user_id=R["MS"],
        name="Nurul Aisyah Rosli",
        timezone="Asia/Kuala_Lumpur",
        locale="ms-MY",
        roles=["rep"],
    ),
    REP(
        slack_user_id=R["HI"],
        name="Vikram Deshpande",
        timezone="Asia/Kolkata",
        locale="hi-IN",
        roles=["rep"],
    ),
    REP(
        slack_user_id=R["GB"],
        name="Fiona McAllister",
        timezone="Europe/London",
        locale="en-GB",
        roles=["rep"],
    ),
    REP(
        slack_user_id=R["US"],
        name="Derek Nakamura",
        timezone="America/New_York",
        locale="en-US",
        roles=["rep"],
    ),
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
    # France (Paris rep) and Québec (Montréal rep)
    C("C-9101", "Rose Delaunay", "Delaunay", "UHNW", ["FR"], [("ACC-9101", "EUR")]),
    C(
        "C-9102",
        "Bertrand Delaunay",
        "Delaunay",
        "UHNW",
        ["FR"],
        [("ACC-9102", "EUR"), ("ACC-9103", "CHF")],
    ),
    C("C-9103", "Blanche Moreau", "Moreau", "HNW", ["FR"], [("ACC-9104", "EUR")]),
    C(
        "C-9104",
        "Yves Carpentier",
        "Carpentier (Yves)",
        "corporate executive",
        ["FR"],
        [("ACC-9105", "EUR")],
    ),
    C("C-9105", "Léa Carpentier", "Carpentier (Léa)", "HNW", ["FR", "QC"], [("ACC-9106", "EUR")]),
    C("C-9106", "Marc Vidal", "Vidal", "HNW", [], [("ACC-9107", "EUR")]),
    C("C-9107", "Olivier Fabre", "Fabre", "HNW", ["FR"], [("ACC-9108", "EUR")]),
    C(
        "C-9121",
        "Geneviève Tremblay",
        "Tremblay",
        "UHNW",
        ["QC"],
        [("ACC-9121", "CAD"), ("ACC-9122", "USD")],
    ),
    C("C-9122", "Luc Tremblay", "Tremblay", "UHNW", ["QC"], [("ACC-9123", "CAD")]),
    C("C-9123", "Sylvain Bouchard", "Bouchard", "HNW", ["QC"], [("ACC-9124", "CAD")]),
    # Sweden (Stockholm rep) and Finland (Helsinki rep, Swedish-speaking)
    C("C-9201", "Bo Ekström", "Ekström", "UHNW", ["SV"], [("ACC-9201", "SEK")]),
    C(
        "C-9202",
        "Agneta Ekström",
        "Ekström",
        "UHNW",
        ["SV"],
        [("ACC-9202", "SEK"), ("ACC-9203", "EUR")],
    ),
    C("C-9203", "Stig Nyqvist", "Nyqvist", "HNW", ["SV"], [("ACC-9204", "SEK")]),
    C("C-9204", "Vilja Hedlund", "Hedlund", "corporate executive", ["SV"], [("ACC-9205", "SEK")]),
    C("C-9205", "Johan Berglund", "Berglund", "HNW", [], [("ACC-9206", "SEK")]),
    C("C-9211", "Johan Wikström", "Wikström", "HNW", ["FI"], [("ACC-9211", "EUR")]),
    C("C-9212", "Saga Holmström", "Holmström", "UHNW", ["FI"], [("ACC-9212", "EUR")]),
    C(
        "C-9213",
        "Tove Backman",
        "Backman",
        "HNW",
        ["FI"],
        [("ACC-9213", "EUR"), ("ACC-9214", "SEK")],
    ),
    # Romania
    C("C-9301", "Speranța Vlad", "Vlad", "HNW", ["RO"], [("ACC-9301", "RON")]),
    C(
        "C-9302",
        "Vlad Ionescu",
        "Ionescu",
        "UHNW",
        ["RO"],
        [("ACC-9302", "RON"), ("ACC-9303", "EUR")],
    ),
    C("C-9303", "Cristina Ionescu", "Ionescu", "UHNW", ["RO"], [("ACC-9304", "RON")]),
    C("C-9304", "Mihai Dumitru", "Dumitru", "corporate executive", ["RO"], [("ACC-9305", "EUR")]),
    C("C-9305", "Radu Petrescu", "Petrescu (Radu)", "HNW", [], [("ACC-9306", "RON")]),
    C("C-9306", "Alina Petrescu", "Petrescu (Alina)", "HNW", ["RO"], [("ACC-9307", "RON")]),
    C("C-9307", "Tudor Enache", "Enache", "HNW", ["GB"], [("ACC-9308", "GBP")]),
    # Malaysia
    C("C-9401", "Lim Wei Ming", "Lim", "UHNW", ["MS"], [("ACC-9401", "MYR"), ("ACC-9402", "SGD")]),
    C("C-9402", "Lim Mei Ling", "Lim", "UHNW", ["MS"], [("ACC-9403", "MYR")]),
    C("C-9403", "Mawar binti Ismail", "Ismail", "HNW", ["MS"], [("ACC-9404", "MYR")]),
    C(
        "C-9404",
        "Azman bin Hashim",
        "Hashim (Azman)",
        "corporate executive",
        ["MS"],
        [("ACC-9405", "MYR")],
    ),
    C("C-9405", "Hashim bin Osman", "Osman", "HNW", [], [("ACC-9406", "MYR")]),
    C("C-9406", "Kavitha a/p Subramaniam", "Subramaniam", "HNW", ["MS"], [("ACC-9407", "MYR")]),
    C("C-9407", "Tan Boon Hock", "Tan", "HNW", ["MS"], [("ACC-9408", "MYR")]),
    # India
    C("C-9501", "Arjun Malhotra", "Malhotra", "UHNW", ["HI"], [("ACC-9501", "INR")]),
    C(
        "C-9502",
        "Pooja Malhotra",
        "Malhotra",
        "UHNW",
        ["HI"],
        [("ACC-9502", "INR"), ("ACC-9503", "USD")],
    ),
    C("C-9503", "Sona Iyer", "Iyer", "HNW", ["HI"], [("ACC-9504", "INR")]),
    C("C-9504", "Barkha Sethi", "Sethi", "corporate executive", ["HI"], [("ACC-9505", "INR")]),
    C("C-9505", "Arjun Reddy", "Reddy", "HNW", [], [("ACC-9506", "INR")]),
    C(
        "C-9506",
        "Neeraj Kapoor",
        "Kapoor",
        "HNW",
        ["GB"],
        [("ACC-9507", "GBP"), ("ACC-9508", "INR")],
    ),
    # United Kingdom
    C("C-9601", "Hope Ellingham", "Ellingham", "UHNW", ["GB"], [("ACC-9601", "GBP")]),
    C(
        "C-9602",
        "Edward Ellingham",
        "Ellingham",
        "UHNW",
        ["GB"],
        [("ACC-9602", "GBP"), ("ACC-9603", "EUR")],
    ),
    C("C-9603", "Will Pritchard", "Pritchard (Will)", "HNW", ["GB"], [("ACC-9604", "GBP")]),
    C("C-9604", "Dawn Pritchard", "Pritchard (Dawn)", "HNW", ["GB"], [("ACC-9605", "GBP")]),
    C("C-9605", "Graham Okoro", "Okoro", "corporate executive", ["GB"], [("ACC-9606", "GBP")]),
    C("C-9606", "Edward Blythe", "Blythe", "HNW", [], [("ACC-9607", "GBP")]),
    # United States
    C("C-9701", "Chase Whitaker", "Whitaker", "UHNW", ["US"], [("ACC-9701", "USD")]),
    C("C-9702", "Brooke Whitaker", "Whitaker", "UHNW", ["US"], [("ACC-9702", "USD")]),
    C("C-9703", "Sterling Adebayo", "Adebayo", "HNW", ["US", "GB"], [("ACC-9703", "USD")]),
    C(
        "C-9704",
        "Faith Kaplan",
        "Kaplan (Faith)",
        "HNW",
        ["US"],
        [("ACC-9704", "USD"), ("ACC-9705", "EUR")],
    ),
    C("C-9705", "Marcus Kaplan", "Kaplan (Marcus)", "HNW", [], [("ACC-9706", "USD")]),
    C("C-9706", "Rose Caldwell", "Caldwell", "corporate executive", ["US"], [("ACC-9707", "USD")]),
]
initiatives = [
    {"tag": "f1-paddock", "name": "Formula 1 paddock club hospitality (season sponsorship)"},
    {"tag": "opera-gala", "name": "New Year opera gala, private boxes"},
    {"tag": "art-basel", "name": "Art Basel collectors' evening"},
    {"tag": "kitz-ski", "name": "Hahnenkamm ski race chalet, Kitzbühel"},
]

# ---------------------------------------------------------------- lines
lines = []
FLAGS = []  # per line, kept out of the JSON: t = typo / no accents / lower case, 2 = two facts, q = a human asks
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
    f="",
):
    if outcome != REC:  # only outcome and client are checked for asks
        assert channel is None and day is None and not claims and fu is None, text
    expect = {
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
    }
    lines.append(
        {
            "id": f"h9-{len(lines) + 1:03d}",
            "lang": lang,
            "rep": R[rep],
            "text": text,
            "expect": expect,
            "why": why,
        }
    )
    FLAGS.append(f)


def dep(a, c, ac=None):
    return ("deposit", a, c, ac)


def plg(a, c, ac=None):
    return ("pledge", a, c, ac)


def man(a, c, ac=None):
    return ("mandate", a, c, ac)


# ======== en-US: New York rep, local Thu 05:05 (so nearly everything happened yesterday or earlier)
L(
    "en",
    "US",
    "chase whitaker dinner last nite, wired 1.5mm in from his JPM acct for T-bills, f/u mon",
    REC,
    "C-9701",
    "in_person",
    Y,
    None,
    [dep("1500000", "USD")],
    nxt("mon"),
    nc=["JPM", "T-bills"],
    ne=["last nite"],
    why="last nite = yesterday evening, no time; 1.5mm = 1.5 million; wired in = deposit; f/u mon ahead",
    f="t2",
)
L(
    "en",
    "US",
    "brooke whitaker called yest re 529 for the twins, nothing funded yet",
    REC,
    "C-9702",
    "phone",
    Y,
    None,
    [],
    nc=["529", "twins"],
    ne=["yest"],
    why="529 is a plan name; nothing funded = no claim",
    f="t",
)
L(
    "en",
    "US",
    "Mrs Whitaker vm + callback yesterday 3pm",
    AC,
    why="Whitaker alone: Chase and Brooke share it; a title does not pick one",
    f="q",
)
L(
    "en",
    "US",
    "Sterling Adebayo zoom 1/11 2:30pm, deposited 400k into ACC-9703 + pledged another 600k by Q2",
    REC,
    "C-9703",
    "video",
    on(1, 11),
    "14:30",
    [dep("400000", "USD", "ACC-9703"), plg("600000", "USD")],
    nc=["Q2"],
    ne=["1/11", "2:30pm"],
    why="US m/d; Sterling is a first name, not a currency; Q2 not an amount",
    f="2",
)
L(
    "en",
    "US",
    "faith kaplan lunch tues, she moved 750k",
    AU,
    "C-9704",
    why="moved with no direction, and USD+EUR with no currency",
    f="tq",
)
L(
    "en",
    "US",
    "Faith Kaplan call monday 11am, depositted EUR 300k to ACC-9705 from her paris flat sale",
    REC,
    "C-9704",
    "phone",
    past("mon"),
    "11:00",
    [dep("300000", "EUR", "ACC-9705")],
    nc=["Paris flat sale"],
    ne=["monday", "11am"],
    why="account and currency named on a two-currency client; typo depositted",
    f="t",
)
L(
    "en",
    "US",
    "Marcus Kaplan coffee yesterday, referral from his CPA, ~4m AUM in munis elsewhere",
    NC,
    "C-9705",
    why="in the firm, covered by nobody; shares only the surname with Faith Kaplan",
)
L(
    "en",
    "US",
    "Rose Caldwell mtg at her office Tue, 10-K prep, won the mandate on the notes offering, fee $450k "
    "#art-basel",
    REC,
    "C-9706",
    "in_person",
    past("tue"),
    None,
    [man("450000", "USD")],
    init="art-basel",
    nc=["10-K", "notes offering"],
    ne=["Tue"],
    why="10-K not an amount; mandate fee",
    f="2",
)
L(
    "en",
    "US",
    "Rose lunch yesterday",
    AC,
    why="Rose alone: Rose Caldwell and Rose Delaunay (Paris)",
    f="q",
)
L(
    "en",
    "US",
    "chase whitaker phone call yesterday at 5, talked estate plan",
    AU,
    "C-9701",
    why="yesterday 05:00 and 17:00 are both past",
    f="tq",
)
L(
    "en",
    "US",
    "Sterling Adebayo call last Wed re IRA conversion",
    AU,
    "C-9703",
    why="'last Wed' said on Thursday: yesterday or eight days ago",
    f="q",
)
L(
    "en",
    "US",
    "Chase Whitaker emailed 1/8, wants to pledge 2m if the lockup ends in March",
    REC,
    "C-9701",
    "email",
    on(1, 8),
    None,
    [],
    nc=["lockup"],
    ne=["1/8"],
    why="hypothetical pledge (if) is no claim",
)
L(
    "en",
    "US",
    "rose caldwell zoom last thurs, pledged 3.2mm, 401k and 457 left alone",
    REC,
    "C-9706",
    "video",
    past("thu"),
    None,
    [plg("3200000", "USD")],
    nc=["457"],
    ne=["last thurs"],
    why="'last thurs' said on Thursday = seven days ago; 401k and 457 are plan names",
    f="t",
)
L(
    "en",
    "US",
    "brooke whitaker in person 12/30, deposited 250k, f/u 1/20",
    REC,
    "C-9702",
    "in_person",
    on(12, 30, 2026),
    None,
    [dep("250000", "USD")],
    on(1, 20),
    ne=["12/30"],
    why="12/30 is last year's 30 December; follow-up 20 Jan",
    f="t2",
)
L(
    "en",
    "US",
    "sterling adebayo lunch yday, said he'd deposit 500k after his bonus",
    REC,
    "C-9703",
    "in_person",
    Y,
    None,
    [],
    nc=["after his bonus"],
    ne=["yday"],
    why="he'd (would) deposit: hypothetical, no claim; lower-case sterling is still his name",
    f="t",
)
L(
    "en",
    "US",
    "Rose Caldwell called this am 4:40, deal team wants to move fast, mandate fee 1.2mm signed",
    REC,
    "C-9706",
    "phone",
    T,
    "04:40",
    [man("1200000", "USD")],
    nc=["deal team"],
    ne=["4:40"],
    why="04:40 is before the rep's 05:05; 16:40 would be future",
)
L(
    "en",
    "US",
    "Neeraj Kapoor called yesterday abt his US brokerage acct",
    NC,
    "C-9506",
    why="covered by the London rep only",
)
L(
    "en",
    "US",
    "spoke to Brooke Whitaker yesterday abt college funding",
    ACH,
    "C-9702",
    why="'spoke to' gives no channel",
)
L(
    "en",
    "US",
    "Chase Whittaker mtg yest 2pm, $2M wire in to ACC-9701 & 1M pledge for Feb",
    REC,
    "C-9701",
    "in_person",
    Y,
    "14:00",
    [dep("2000000", "USD", "ACC-9701"), plg("1000000", "USD")],
    ne=["yest", "2pm"],
    why="typo Whittaker; wire in = deposit; two outcomes",
    f="t2",
)
L(
    "en",
    "US",
    "Sterling Adebayo call Tue 4pm, transferred 300k out to Schwab, unhappy w/ fees",
    REC,
    "C-9703",
    "phone",
    past("tue"),
    "16:00",
    [],
    nc=["Schwab"],
    ne=["Tue", "4pm"],
    why="money moved out is no claim",
)

# ======== en-GB: London rep, local Thu 10:05
L(
    "en",
    "GB",
    "Hope Ellingham - coffee at the Wolseley this morning, ISA sorted plus £150k into the GIA",
    REC,
    "C-9601",
    "in_person",
    T,
    None,
    [dep("150000", "GBP")],
    nc=["Wolseley", "GIA"],
    ne=["this morning"],
    why="coffee = in person; money into the GIA = deposit; ISA alone is a product",
)
L(
    "en",
    "GB",
    "Edward Ellingham rang yesterday afternoon half 4, EUR 2 mn into ACC-9603, pledge on the Geneva "
    "proceeds to follow",
    REC,
    "C-9602",
    "phone",
    Y,
    "16:30",
    [dep("2000000", "EUR", "ACC-9603")],
    nc=["Geneva proceeds"],
    ne=["yesterday afternoon", "half 4"],
    why="half 4 in the afternoon = 16:30; pledge with no figure is no claim",
    f="2",
)
L(
    "en",
    "GB",
    "Will Pritchard - mtg re his will & LPA, Tues, no new money",
    REC,
    "C-9603",
    "in_person",
    past("tue"),
    None,
    [],
    nc=["will & LPA"],
    ne=["Tues"],
    why="Will is the name; 'his will' is a testament",
)
L("en", "GB", "Pritchard called this am", AC, why="Will and Dawn Pritchard, two households", f="q")
L(
    "en",
    "GB",
    "dawn pritchard lunch at the Ivy 8/1, isa transfer in £85k, f/u 3/2",
    REC,
    "C-9604",
    "in_person",
    on(1, 8),
    None,
    [dep("85000", "GBP")],
    on(2, 3),
    nc=["Ivy"],
    ne=["8/1"],
    why="UK d/m: 8 Jan, follow-up 3 Feb; ISA transfer in = money in",
    f="t2",
)
L(
    "en",
    "GB",
    "Graham Okoro teams call today 4pm re the AIM listing",
    AU,
    "C-9605",
    why="4pm today is later than the rep's 10:05: a log cannot be in the future",
    f="q",
)
L(
    "en",
    "GB",
    "Graham Okoro teams 9:15 this am, mandate won for the AIM listing, fee £380k plus 125bps success",
    REC,
    "C-9605",
    "video",
    T,
    "09:15",
    [man("380000", "GBP")],
    nc=["AIM", "125bps"],
    ne=["9:15", "this am"],
    why="explicit time beats part of day; basis points are no second claim",
)
L(
    "en",
    "GB",
    "Edward Blythe drinks at the club last night, 6m with Coutts, wants a second opinion",
    NC,
    "C-9606",
    why="covered by nobody; first name shared with Edward Ellingham but the full name is his",
)
L("en", "GB", "edward call yesterday", AC, why="Edward Ellingham and Edward Blythe", f="tq")
L(
    "en",
    "GB",
    "tudor enache rang at 9 today, eis and vct qs",
    REC,
    "C-9307",
    "phone",
    T,
    "09:00",
    [],
    nc=["VCT"],
    ne=["at 9"],
    why="21:00 would be future, so 09:00 as typed",
    f="t",
)
L(
    "en",
    "GB",
    "Neeraj Kapoor video call Mon, £500k pledged, INR side stays with HDFC",
    REC,
    "C-9506",
    "video",
    past("mon"),
    None,
    [plg("500000", "GBP")],
    nc=["HDFC"],
    ne=["Mon"],
    why="£ picks GBP on a GBP+INR client",
)
L(
    "en",
    "GB",
    "neeraj kapoor lunch yday, committed 50 lakh",
    AU,
    "C-9506",
    why="GBP and INR accounts; lakh is a number word, not a currency",
    f="tq",
)
L(
    "en",
    "GB",
    "Sterling Adebayo coffee in Mayfair last Thursday, pledged 1m",
    REC,
    "C-9703",
    "in_person",
    past("thu"),
    None,
    [plg("1000000", "USD")],
    nc=["Mayfair"],
    ne=["last Thursday"],
    why="secondary coverage; 'Sterling' is his name, his only account is USD; last Thursday said on Thu = 7 days",
)
L(
    "en",
    "GB",
    "hope ellingham emailed, hopes to add 200k before april",
    REC,
    "C-9601",
    "email",
    T,
    None,
    [],
    nc=["before April"],
    why="hopes to = hypothetical; Hope is the name",
    f="t",
)
L(
    "en",
    "GB",
    "Edward Ellingham lunch 12/1, no deposit, the €1m stays at UBS for now",
    REC,
    "C-9602",
    "in_person",
    on(1, 12),
    None,
    [],
    nc=["UBS"],
    ne=["12/1"],
    why="UK d/m = 12 Jan; negated deposit",
)
L(
    "en",
    "GB",
    "will pritchard posted his signed sipp forms, arrived today",
    REC,
    "C-9603",
    "mail",
    T,
    None,
    [],
    nc=["SIPP"],
    ne=["today"],
    why="posted = mail; lower-case 'will' opens the line and is the name",
    f="t",
)
L(
    "en",
    "GB",
    "Graham Okoro rang ten to 9 this morning, deal off, mandate lost to Numis",
    REC,
    "C-9605",
    "phone",
    T,
    "08:50",
    [],
    nc=["Numis"],
    ne=["ten to 9"],
    why="spoken time; lost mandate is no claim",
    f="2",
)
L(
    "en",
    "GB",
    "Dawn Pritchard call last Fri 2pm after the #opera-gala, wired in £1.1m, chase her Mon re the bond "
    "ladder",
    REC,
    "C-9604",
    "phone",
    past("fri"),
    "14:00",
    [dep("1100000", "GBP")],
    nxt("mon"),
    init="opera-gala",
    nc=["bond ladder"],
    ne=["last Fri", "2pm"],
    why="'chase' is the British follow-up verb (not Chase Whitaker); Mon ahead",
    f="2",
)
L(
    "en",
    "GB",
    "Tudor Enache f2f yesterday, agreed a discretionary mandate on £3m",
    REC,
    "C-9307",
    "in_person",
    Y,
    None,
    [],
    nc=["discretionary"],
    ne=["yesterday"],
    why="management mandate is never a claim",
)
L(
    "en",
    "GB",
    "Okoro - visited him at Canary Wharf tues, 250k deposit in",
    REC,
    "C-9605",
    "in_person",
    past("tue"),
    None,
    [dep("250000", "GBP")],
    nc=["Canary Wharf"],
    ne=["tues"],
    why="surname alone, unique in the firm",
    f="t",
)

# ======== fr: Paris rep (local 11:05) and Montréal rep (local 05:05, CAD/USD clients)
L(
    "fr",
    "FR",
    "rdv avec Rose Delaunay ce matin à 9h30, versement de 1,5 M€ sur ACC-9101, relance lundi",
    REC,
    "C-9101",
    "in_person",
    T,
    "09:30",
    [dep("1500000", "EUR", "ACC-9101")],
    nxt("mon"),
    ne=["ce matin", "9h30"],
    why="explicit time with a part of day; versement sur ACC = deposit; relance lundi ahead",
    f="2",
)
L(
    "fr",
    "FR",
    "Bertrand Delaunay tel hier 17h, il a promis 2 M CHF",
    REC,
    "C-9102",
    "phone",
    Y,
    "17:00",
    [plg("2000000", "CHF")],
    ne=["hier", "17h"],
    why="promis = pledge; CHF named on a EUR+CHF client",
)
L(
    "fr",
    "FR",
    "bertrand delaunay dejeuner mardi, il a vire 800k",
    AU,
    "C-9102",
    why="a viré with no direction, and EUR+CHF with no currency",
    f="tq",
)
L(
    "fr",
    "FR",
    "Blanche Moreau visio jeudi dernier, PEA et assurance-vie, rien de signé",
    REC,
    "C-9103",
    "video",
    past("thu"),
    None,
    [],
    nc=["assurance-vie"],
    ne=["jeudi dernier"],
    why="jeudi dernier said on a Thursday = seven days ago; Blanche is also 'white'",
)
L(
    "fr",
    "FR",
    "Mme Moreau m'a appelée hier soir, elle verse 300 k€ la semaine prochaine si la vente se fait",
    REC,
    "C-9103",
    "phone",
    Y,
    None,
    [],
    nc=["la vente"],
    ne=["hier soir"],
    why="surname alone, unique; 'si' makes the deposit hypothetical",
)
L(
    "fr",
    "FR",
    "Yves Carpentier visio mercredi dernier",
    AU,
    "C-9104",
    why="mercredi dernier said on Thursday: yesterday or eight days ago",
    f="q",
)
L(
    "fr",
    "FR",
    "Carpentier rdv 11/01",
    AC,
    why="Yves and Léa Carpentier, unrelated households",
    f="q",
)
L(
    "fr",
    "FR",
    "Léa Carpentier mail hier, lettre de mission signée, honoraires 1% de l'encours",
    REC,
    "C-9105",
    "email",
    Y,
    None,
    [],
    nc=["lettre de mission"],
    ne=["hier"],
    why="French 'mail' = email; a fee that is only a percentage is no claim",
)
L(
    "fr",
    "FR",
    "Yves Carpentier dejeuner lundi, mandat gagne pour la cession de sa boite, honoraires 250 000 €",
    REC,
    "C-9104",
    "in_person",
    past("mon"),
    None,
    [man("250000", "EUR")],
    nc=["cession"],
    ne=["lundi"],
    why="missing accents; space-separated thousands",
    f="t",
)
L(
    "fr",
    "FR",
    "Marc Vidal café hier, prospect, 5 M€ chez Rothschild",
    NC,
    "C-9106",
    why="covered by nobody",
)
L(
    "fr",
    "FR",
    "Sylvain Bouchard appel hier, il passe par Paris en février",
    NC,
    "C-9123",
    why="covered by the Montréal rep only",
)
L(
    "fr",
    "FR",
    "Olivier Fabre courrier reçu ce matin avec le formulaire KYC signé",
    REC,
    "C-9107",
    "mail",
    T,
    None,
    [],
    nc=["KYC"],
    ne=["ce matin"],
    why="courrier = mail; Olivier is also 'olive tree'",
)
L(
    "fr",
    "FR",
    "olivier fabre tel mardi dernier a 14h, a verse 120 000 € sur son compte + depot a terme de 200k",
    REC,
    "C-9107",
    "phone",
    past("tue"),
    "14:00",
    [dep("120000", "EUR")],
    nc=["terme"],
    ne=["mardi dernier", "14h"],
    why="no accents; the term deposit is never a claim",
    f="t2",
)
L(
    "fr",
    "FR",
    "Rose Delaunay visio hier 16h30 #opera-gala, elle s'engage sur 3 M€ d'ici fin février",
    REC,
    "C-9101",
    "video",
    Y,
    "16:30",
    [plg("3000000", "EUR")],
    init="opera-gala",
    ne=["hier", "16h30"],
    why="s'engage = pledge",
)
L(
    "fr",
    "FR",
    "Rose Martin au tel hier",
    AC,
    why="unknown person: shares the first name of Rose Delaunay (and Rose Caldwell)",
    f="q",
)
L(
    "fr",
    "FR",
    "Blanche Moreau dejeuner hier, gestion sous mandat signee sur 2 M€",
    REC,
    "C-9103",
    "in_person",
    Y,
    None,
    [],
    nc=["gestion sous mandat"],
    ne=["hier"],
    why="management mandate is never a claim",
    f="t",
)
L(
    "fr",
    "FR",
    "Bertrand Delaunay visio 8h du mat aujourd'hui, virement reçu 400 000 CHF sur ACC-9103 + promesse "
    "de 1 M€",
    REC,
    "C-9102",
    "video",
    T,
    "08:00",
    [dep("400000", "CHF", "ACC-9103"), plg("1000000", "EUR")],
    ne=["8h du mat", "aujourd'hui"],
    why="du mat = am; two outcomes in two currencies",
    f="2",
)
L(
    "fr",
    "FR",
    "Yves Carpentier tel hier à 5h",
    AU,
    "C-9104",
    why="5h or 17h yesterday, both past",
    f="q",
)
L(
    "fr",
    "FR",
    "rdv Léa Carpentier vendredi, succession de sa mère, 2 enfants, 45 ans",
    REC,
    "C-9105",
    "in_person",
    past("fri"),
    None,
    [],
    nc=["succession"],
    ne=["vendredi"],
    why="counts and an age are no amounts",
)
L(
    "fr",
    "FR",
    "Olivier Fabre a dit non pour le versement de 500k, il garde tout chez BNP. tel ce matin",
    REC,
    "C-9107",
    "phone",
    T,
    None,
    [],
    nc=["BNP"],
    ne=["ce matin"],
    why="negated deposit",
)
L(
    "fr",
    "FR",
    "rose delaunay mail le 4 janvier, versement de 50 000 € effectue sur le PER",
    REC,
    "C-9101",
    "email",
    on(1, 4),
    None,
    [dep("50000", "EUR")],
    nc=["PER"],
    ne=["4 janvier"],
    why="a dated day; PER is a product",
    f="t",
)
L(
    "fr",
    "FR",
    "blanche moreau entretien tel lundi 14h, a transfere 1,2 M€ depuis la Societe Generale",
    REC,
    "C-9103",
    "phone",
    past("mon"),
    "14:00",
    [dep("1200000", "EUR")],
    nc=["Societe Generale"],
    ne=["lundi", "14h"],
    why="transferred from another bank = money in",
    f="t",
)
L(
    "fr",
    "FR",
    "Yves Carpentier rdv a son bureau hier a 15h, mandat perdu, le concurrent a gagné",
    REC,
    "C-9104",
    "in_person",
    Y,
    "15:00",
    [],
    nc=["perdu"],
    ne=["hier", "15h"],
    why="lost mandate is no claim",
    f="t",
)
L(
    "fr",
    "FR",
    "bertrand tel hier, parle de la donation aux enfants",
    REC,
    "C-9102",
    "phone",
    Y,
    None,
    [],
    nc=["donation"],
    ne=["hier"],
    why="first name alone, unique in the firm",
    f="t",
)
L(
    "fr",
    "FR",
    "Léa Carpentier visio avant-hier, elle a apporté 600 k€, follow-up le 1er février",
    REC,
    "C-9105",
    "video",
    DBY,
    None,
    [dep("600000", "EUR")],
    on(2, 1),
    ne=["avant-hier"],
    why="apporté = brought in",
    f="2",
)
L(
    "fr",
    "FR",
    "tel avec Olivier Fabre jeudi dernier à 13h, 3 enfants, veut ouvrir un PEA-PME",
    REC,
    "C-9107",
    "phone",
    past("thu"),
    "13:00",
    [],
    nc=["PEA-PME"],
    ne=["jeudi dernier", "13h"],
    why="seven days ago",
)
L(
    "fr",
    "FR",
    "Bertrand Delaunay rdv samedi au golf, il garde ses 3 M CHF chez Pictet, pas de transfert",
    REC,
    "C-9102",
    "in_person",
    past("sat"),
    None,
    [],
    nc=["Pictet"],
    ne=["samedi"],
    why="figures with no outcome",
)
L(
    "fr",
    "FR",
    "rose delaunay a retire 200 000 € hier pour l'achat de l'appart, appel rapide",
    REC,
    "C-9101",
    "phone",
    Y,
    None,
    [],
    nc=["appart"],
    ne=["hier"],
    why="money out is no claim",
    f="t",
)
L(
    "fr",
    "FR",
    "Yves Carpentier visio aujourd'hui 10h, mandat signé mais honoraires 1,5 % de la levée seulement",
    REC,
    "C-9104",
    "video",
    T,
    "10:00",
    [],
    nc=["levée"],
    ne=["aujourd'hui", "10h"],
    why="22h would be future, so 10:00; a percentage-only fee is no claim",
)
L(
    "fr",
    "FR",
    "blanche moreau a signe un depot a terme de 500k ce matin en agence",
    REC,
    "C-9103",
    "in_person",
    T,
    None,
    [],
    nc=["terme"],
    ne=["ce matin"],
    why="at the branch = in person; term deposit",
    f="t",
)
L(
    "fr",
    "FR",
    "Lea Carpentier courrier envoye hier : releves IFI 2026",
    REC,
    "C-9105",
    "mail",
    Y,
    None,
    [],
    nc=["IFI"],
    ne=["hier"],
    why="no accents; 2026 is a tax year, not an amount",
    f="t",
)
L(
    "fr",
    "FR",
    "Olivier Fabre dej vendredi, a verse 80k et promis 150k de plus, relance le 25 janv",
    REC,
    "C-9107",
    "in_person",
    past("fri"),
    None,
    [dep("80000", "EUR"), plg("150000", "EUR")],
    on(1, 25),
    ne=["vendredi"],
    why="dej = déjeuner; two outcomes",
    f="t2",
)
L(
    "fr",
    "FR",
    "Blanche Moreau visio à 9h ce matin, elle mettra 500 000 € de plus sur l'assurance vie si la prime "
    "tombe",
    REC,
    "C-9103",
    "video",
    T,
    "09:00",
    [],
    nc=["prime"],
    ne=["9h", "ce matin"],
    why="si = hypothetical",
)
L(
    "fr",
    "FR",
    "rose delaunay rdv à l'agence lundi, 1 200 000 € versés, rappeler jeudi",
    REC,
    "C-9101",
    "in_person",
    past("mon"),
    None,
    [dep("1200000", "EUR")],
    nxt("thu"),
    ne=["lundi"],
    why="rappeler jeudi said on a Thursday = next week's Thursday",
    f="t2",
)
L(
    "fr",
    "QC",
    "Geneviève Tremblay diner hier soir, elle a déposé 250 000 $",
    AU,
    "C-9121",
    why="'$' in Québec could be CAD or USD and she holds both",
    f="q",
)
L(
    "fr",
    "QC",
    "Genevieve Tremblay appel lundi 14h, depot de 400 000 $ US dans ACC-9122",
    REC,
    "C-9121",
    "phone",
    past("mon"),
    "14:00",
    [dep("400000", "USD", "ACC-9122")],
    ne=["lundi", "14h"],
    why="missing accents",
    f="t",
)
L(
    "fr",
    "QC",
    "Luc Tremblay rencontre hier à 16h, dépôt de 1,2 M$",
    REC,
    "C-9122",
    "in_person",
    Y,
    "16:00",
    [dep("1200000", "CAD")],
    ne=["hier", "16h"],
    why="single CAD account: $ is CAD here",
)
L(
    "fr",
    "QC",
    "Léa Carpentier visio hier 20h, elle revient à Montréal en mars, rien de neuf",
    REC,
    "C-9105",
    "video",
    Y,
    "20:00",
    [],
    nc=["Montréal"],
    ne=["hier", "20h"],
    why="secondary coverage by the Montréal rep",
)
L(
    "fr",
    "QC",
    "Sylvain Bouchard cafe mardi, il a promis 500k, relance vendredi",
    REC,
    "C-9123",
    "in_person",
    past("tue"),
    None,
    [plg("500000", "CAD")],
    nxt("fri"),
    ne=["mardi"],
    why="single CAD account",
    f="t2",
)
L(
    "fr",
    "QC",
    "luc tremblay tel à 4h30 ce matin, il était à Dubaï, veut sortir 300k pour un chalet",
    REC,
    "C-9122",
    "phone",
    T,
    "04:30",
    [],
    nc=["chalet"],
    ne=["4h30", "ce matin"],
    why="04:30 is before the rep's 05:05; wanting to take money out is no claim",
    f="t",
)

# ======== sv: Stockholm rep (local 11:05) and Helsinki rep (Swedish-speaking, local 12:05)
L(
    "sv",
    "SV",
    "Bo Ekström lunch igår, satte in 2,5 mkr på ACC-9201, återkoppla fredag",
    REC,
    "C-9201",
    "in_person",
    Y,
    None,
    [dep("2500000", "SEK", "ACC-9201")],
    nxt("fri"),
    ne=["igår"],
    why="mkr = million kronor; återkoppla fredag = tomorrow; Bo is also the verb 'live'",
    f="2",
)
L(
    "sv",
    "SV",
    "agneta ekstrom ringde i tisdags, lovade 1 miljon euro",
    REC,
    "C-9202",
    "phone",
    past("tue"),
    None,
    [plg("1000000", "EUR")],
    ne=["tisdags"],
    why="lower case, no ö; euro named on a SEK+EUR client",
    f="t",
)
L(
    "sv",
    "SV",
    "Agneta Ekström videosamtal i förrgår kl 14, lovade 3 miljoner kr",
    REC,
    "C-9202",
    "video",
    DBY,
    "14:00",
    [plg("3000000", "SEK")],
    ne=["förrgår", "kl 14"],
    why="kr picks SEK on a SEK+EUR client",
)
L("sv", "SV", "Ekström fika i morse", AC, why="Bo and Agneta Ekström share the surname", f="q")
L(
    "sv",
    "SV",
    "Stig Nyqvist möte på kontoret kl 9 idag, ISK och KF, inga nya pengar",
    REC,
    "C-9203",
    "in_person",
    T,
    "09:00",
    [],
    nc=["ISK"],
    ne=["kl 9", "idag"],
    why="kl 9 today: 21:00 would be future, so 09:00",
)
L(
    "sv",
    "SV",
    "Stig Nyqvist ringde igår kl 15, ville prata om KF",
    REC,
    "C-9203",
    "phone",
    Y,
    "15:00",
    [],
    nc=["KF"],
    ne=["igår", "kl 15"],
    why="Stig is also 'path'",
)
L(
    "sv",
    "SV",
    "vilja hedlund teams igår 15.30, mandat vunnet för börsnoteringen, arvode 1,2 milj. kr",
    REC,
    "C-9204",
    "video",
    Y,
    "15:30",
    [man("1200000", "SEK")],
    nc=["börsnoteringen"],
    ne=["igår", "15.30"],
    why="Teams = video; milj. kr",
    f="t",
)
L(
    "sv",
    "SV",
    "Vilja Hedlund vill ha förvaltningsuppdrag på 10 mkr, möte i måndags",
    REC,
    "C-9204",
    "in_person",
    past("mon"),
    None,
    [],
    nc=["förvaltningsuppdrag"],
    ne=["måndags"],
    why="a management mandate is never a claim; Vilja next to 'vill'",
)
L(
    "sv",
    "SV",
    "Johan Berglund lunch igår, har 20 mkr hos SEB",
    NC,
    "C-9205",
    why="covered by nobody",
)
L(
    "sv",
    "SV",
    "Johan ringde i morse",
    AC,
    why="Johan Berglund (uncovered) and Johan Wikström",
    f="q",
)
L(
    "sv",
    "SV",
    "Saga Holmström mejl igår om bouppteckningen",
    NC,
    "C-9212",
    why="covered by the Helsinki rep only",
)
L(
    "sv",
    "SV",
    "Bo Ekström möte förra onsdagen kl 13",
    AU,
    "C-9201",
    why="förra onsdagen said on Thursday: yesterday or eight days ago",
    f="q",
)
L(
    "sv",
    "SV",
    "ringde Bo Ekström förra torsdagen kl 16, tog upp generationsskiftet",
    REC,
    "C-9201",
    "phone",
    past("thu"),
    "16:00",
    [],
    nc=["generationsskiftet"],
    ne=["förra torsdagen", "kl 16"],
    why="last Thursday said on Thursday = seven days ago",
)
L(
    "sv",
    "SV",
    "Agneta Ekstrom fika i fredags, hon flyttade 500 000 euro till ACC-9203",
    REC,
    "C-9202",
    "in_person",
    past("fri"),
    None,
    [dep("500000", "EUR", "ACC-9203")],
    ne=["fredags"],
    why="moved to a named account = deposit",
    f="t",
)
L(
    "sv",
    "SV",
    "Stig Nyqvist brev idag med underskriven fullmakt",
    REC,
    "C-9203",
    "mail",
    T,
    None,
    [],
    nc=["fullmakt"],
    ne=["idag"],
    why="brev = letter",
)
L(
    "sv",
    "SV",
    "Vilja Hedlund frukostmöte idag kl 8, insättning 750 tkr + fasträntekonto 1 mkr",
    REC,
    "C-9204",
    "in_person",
    T,
    "08:00",
    [dep("750000", "SEK")],
    nc=["fasträntekonto"],
    ne=["idag", "kl 8"],
    why="tkr = thousand kronor; the fixed-rate account is never a claim",
    f="2",
)
L(
    "sv",
    "SV",
    "bo ekstrom videomote i lordags, han tanker satta in 1 mkr om forsaljningen gar igenom",
    REC,
    "C-9201",
    "video",
    past("sat"),
    None,
    [],
    nc=["forsaljningen"],
    ne=["lordags"],
    why="no å/ä/ö at all; 'om' makes it hypothetical",
    f="t",
)
L(
    "sv",
    "SV",
    "agneta ekström mejlade i måndags, 2 barn, 67 år, fragor om pension",
    REC,
    "C-9202",
    "email",
    past("mon"),
    None,
    [],
    nc=["pension"],
    ne=["måndags"],
    why="count and age",
    f="t",
)
L(
    "sv",
    "SV",
    "stig nyqvist lunch igar, satte in 400k och lovade 600k till, folj upp 1 feb",
    REC,
    "C-9203",
    "in_person",
    Y,
    None,
    [dep("400000", "SEK"), plg("600000", "SEK")],
    on(2, 1),
    ne=["igar"],
    why="no å/ä/ö; two outcomes and a dated follow-up",
    f="t2",
)
L(
    "sv",
    "SV",
    "Vilja Hedlund videosamtal i söndags kväll, förlorade mandatet till Carnegie",
    REC,
    "C-9204",
    "video",
    past("sun"),
    None,
    [],
    nc=["Carnegie"],
    ne=["söndags"],
    why="lost mandate",
)
L(
    "sv",
    "SV",
    "Stig ringde i förrgår om bolånet",
    REC,
    "C-9203",
    "phone",
    DBY,
    None,
    [],
    nc=["bolånet"],
    ne=["förrgår"],
    why="first name alone, unique",
)
L(
    "sv",
    "SV",
    "Bo Ekström överförde 3 mkr igår, pratade i telefon",
    AU,
    "C-9201",
    why="transferred with no direction",
    f="q",
)
L(
    "sv",
    "SV",
    "Bo Ekström tog ut 1 mkr igår till husköpet, ringde honom",
    REC,
    "C-9201",
    "phone",
    Y,
    None,
    [],
    nc=["husköpet"],
    ne=["igår"],
    why="withdrawal is no claim",
)
L(
    "sv",
    "SV",
    "Agneta Ekström möte 11/1 kl 14, insättning 1,5 milj kr",
    REC,
    "C-9202",
    "in_person",
    on(1, 11),
    "14:00",
    [dep("1500000", "SEK")],
    ne=["11/1", "kl 14"],
    why="Swedish d/m",
)
L(
    "sv",
    "SV",
    "lunch m Vilja Hedlund i tisdags #kitz-ski, hon lovade 5 miljoner kronor",
    REC,
    "C-9204",
    "in_person",
    past("tue"),
    None,
    [plg("5000000", "SEK")],
    init="kitz-ski",
    ne=["tisdags"],
    why="m = med",
    f="t",
)
L(
    "sv",
    "SV",
    "Vilja Hedlund ringde halv tre igår",
    AU,
    "C-9204",
    why="halv tre = 2:30, and 02:30 and 14:30 yesterday are both past",
    f="q",
)
L(
    "sv",
    "SV",
    "Stig Nyqvist telefon igår eftermiddag halv fyra, ISK-flytt klar, 2 mkr in på ACC-9204",
    REC,
    "C-9203",
    "phone",
    Y,
    "15:30",
    [dep("2000000", "SEK", "ACC-9204")],
    nc=["ISK-flytt"],
    ne=["igår eftermiddag", "halv fyra"],
    why="halv fyra in the afternoon = 15:30; 'in på ACC' = deposit",
    f="2",
)
L(
    "sv",
    "SV",
    "agneta ekström tel 070-123 45 67, ring tillbaka imorgon, pratade 10 min i morse",
    REC,
    "C-9202",
    "phone",
    T,
    None,
    [],
    TOM,
    nc=["070-123 45 67"],
    ne=["i morse"],
    why="phone number and minutes are no amounts; ring tillbaka imorgon = follow-up tomorrow",
    f="t2",
)
L(
    "sv",
    "SV",
    "Agneta Ekström lunch på Sturehof idag, ingen insättning än",
    REC,
    "C-9202",
    "in_person",
    T,
    None,
    [],
    nc=["Sturehof"],
    ne=["idag"],
    why="negated deposit",
)
L(
    "sv",
    "FI",
    "Johan Wikstrom lunch igar i Helsingfors, insattning 300 000 euro",
    REC,
    "C-9211",
    "in_person",
    Y,
    None,
    [dep("300000", "EUR")],
    nc=["Helsingfors"],
    ne=["igar"],
    why="the Johan this rep covers, full name",
    f="t",
)
L(
    "sv",
    "FI",
    "Saga Holmström ringde i morse kl 8.15, lovade en halv miljon euro",
    REC,
    "C-9212",
    "phone",
    T,
    "08:15",
    [plg("500000", "EUR")],
    ne=["i morse", "8.15"],
    why="en halv miljon = 500,000; Saga = fairy tale",
)
L(
    "sv",
    "FI",
    "Tove Backman möte i fredags, satte in 200 000",
    AU,
    "C-9213",
    why="EUR+SEK and no currency",
    f="q",
)
L(
    "sv",
    "FI",
    "Tove Backman mejl igar, satte in 1,2 milj. kr pa ACC-9214",
    REC,
    "C-9213",
    "email",
    Y,
    None,
    [dep("1200000", "SEK", "ACC-9214")],
    ne=["igar"],
    why="named SEK account; no å",
    f="t",
)
L(
    "sv",
    "FI",
    "Saga Holmstrom videosamtal i tisdags kl 17, mandat for forsaljningen av rederiet, arvode 400 000 €",
    REC,
    "C-9212",
    "video",
    past("tue"),
    "17:00",
    [man("400000", "EUR")],
    nc=["rederiet"],
    ne=["tisdags", "kl 17"],
    why="no accents; mandate fee",
    f="t",
)
L(
    "sv",
    "FI",
    "johan wikstrom ringde kl 10 idag, tar ut 100k till båten",
    REC,
    "C-9211",
    "phone",
    T,
    "10:00",
    [],
    nc=["båten"],
    ne=["kl 10", "idag"],
    why="22:00 would be future; withdrawal",
    f="t",
)
L(
    "sv",
    "FI",
    "Saga Holmström fika förra torsdagen, 3 barn, frågor om gåvobrev",
    REC,
    "C-9212",
    "in_person",
    past("thu"),
    None,
    [],
    nc=["gåvobrev"],
    ne=["förra torsdagen"],
    why="fika = in person",
)
L(
    "sv",
    "FI",
    "Tove Backman lunch i måndags, lovade 250 000 euro + 1 mkr på svenska kontot, uppföljning 20/1",
    REC,
    "C-9213",
    "in_person",
    past("mon"),
    None,
    [plg("250000", "EUR"), plg("1000000", "SEK")],
    on(1, 20),
    ne=["måndags"],
    why="two pledges in two currencies; 'svenska kontot' names no account",
    f="2",
)
L(
    "sv",
    "FI",
    "Johan Wikström videosamtal 5/1 kl 13:45, fasträntekonto 500k på 12 mån",
    REC,
    "C-9211",
    "video",
    on(1, 5),
    "13:45",
    [],
    nc=["fasträntekonto"],
    ne=["5/1", "kl 13:45"],
    why="fixed-rate account",
)
L(
    "sv",
    "FI",
    "saga ringde idag",
    REC,
    "C-9212",
    "phone",
    T,
    None,
    [],
    ne=["idag"],
    why="first name alone, unique in the firm",
    f="t",
)
L(
    "sv",
    "FI",
    "Tove Backman videosamtal igår 16.15, satte in 80 000 euro på ACC-9213 och lovade 400 tkr",
    REC,
    "C-9213",
    "video",
    Y,
    "16:15",
    [dep("80000", "EUR", "ACC-9213"), plg("400000", "SEK")],
    ne=["igår", "16.15"],
    why="tkr = SEK thousands",
    f="2",
)

# ======== ro: Bucharest rep (local 12:05)
L(
    "ro",
    "RO",
    "Speranța Vlad întâlnire ieri la 15:00, a depus 500.000 lei în ACC-9301",
    REC,
    "C-9301",
    "in_person",
    Y,
    "15:00",
    [dep("500000", "RON", "ACC-9301")],
    ne=["ieri", "15:00"],
    why="dotted thousands; Speranța = hope; Vlad here is her surname",
)
L(
    "ro",
    "RO",
    "Vlad Ionescu telefon marți, a promis 2 milioane",
    AU,
    "C-9302",
    why="RON+EUR and no currency",
    f="q",
)
L(
    "ro",
    "RO",
    "Vlad a sunat azi dimineata",
    AC,
    why="Vlad is Vlad Ionescu's first name and Speranța Vlad's surname",
    f="tq",
)
L(
    "ro",
    "RO",
    "vlad ionescu a sunat azi la 9:40, 1,5 mil. euro virati in ACC-9303, revin luni",
    REC,
    "C-9302",
    "phone",
    T,
    "09:40",
    [dep("1500000", "EUR", "ACC-9303")],
    nxt("mon"),
    ne=["azi", "9:40"],
    why="21:40 would be future; virați în ACC = deposit; revin luni ahead",
    f="t2",
)
L(
    "ro",
    "RO",
    "cristina ionescu cafea alaltaieri, nu a depus nimic, asteapta dividendele",
    REC,
    "C-9303",
    "in_person",
    DBY,
    None,
    [],
    nc=["dividendele"],
    ne=["alaltaieri"],
    why="negated deposit",
    f="t",
)
L(
    "ro",
    "RO",
    "Mihai Dumitru videoconferinta miercurea trecuta",
    AU,
    "C-9304",
    why="miercurea trecută said on Thursday: yesterday or eight days ago",
    f="tq",
)
L(
    "ro",
    "RO",
    "Mihai Dumitru zoom joia trecută la 16, mandat câștigat pentru listarea pe BVB, onorariu 300.000 EUR",
    REC,
    "C-9304",
    "video",
    past("thu"),
    "16:00",
    [man("300000", "EUR")],
    nc=["BVB"],
    ne=["joia trecută", "la 16"],
    why="joia trecută said on Thursday = seven days ago",
)
L(
    "ro",
    "RO",
    "Radu Petrescu întâlnire ieri, prospect, 10 mil. lei la BT",
    NC,
    "C-9305",
    why="covered by nobody",
)
L(
    "ro",
    "RO",
    "Petrescu a sunat ieri seara",
    AC,
    why="Radu (uncovered) and Alina Petrescu, unrelated",
    f="tq",
)
L(
    "ro",
    "RO",
    "Alina Petrescu email luni, documente KYC si extras de cont 2026",
    REC,
    "C-9306",
    "email",
    past("mon"),
    None,
    [],
    nc=["KYC"],
    ne=["luni"],
    why="2026 is a year",
    f="t",
)
L(
    "ro",
    "RO",
    "Tudor Enache telefon azi, vrea sa mute banii din Londra",
    NC,
    "C-9307",
    why="covered by the London rep only",
)
L(
    "ro",
    "RO",
    "Speranta Vlad pranz marti, a promis 200 mii euro",
    REC,
    "C-9301",
    "in_person",
    past("tue"),
    None,
    [plg("200000", "EUR")],
    ne=["marti"],
    why="no diacritics; mii = thousand; euro on a RON client",
    f="t",
)
L(
    "ro",
    "RO",
    "Cristina Ionescu a virat azi 300.000 lei catre noi, am vorbit la telefon",
    REC,
    "C-9303",
    "phone",
    T,
    None,
    [dep("300000", "RON")],
    ne=["azi"],
    why="către noi = to us, a direction",
    f="t",
)
L(
    "ro",
    "RO",
    "Cristina Ionescu telefon ieri la 5",
    AU,
    "C-9303",
    why="05:00 and 17:00 yesterday both past",
    f="q",
)
L(
    "ro",
    "RO",
    "Alina Petrescu întâlnire la birou marțea trecută la 13:30, a depus 750.000 RON și depozit la "
    "termen de 200k",
    REC,
    "C-9306",
    "in_person",
    past("tue"),
    "13:30",
    [dep("750000", "RON")],
    nc=["depozit la termen"],
    ne=["marțea trecută", "13:30"],
    why="the term deposit is never a claim",
    f="2",
)
L(
    "ro",
    "RO",
    "Mihai Dumitru a semnat mandat de administrare discreționară, 5 mil euro, întâlnire azi la 10",
    REC,
    "C-9304",
    "in_person",
    T,
    "10:00",
    [],
    nc=["administrare discreționară"],
    ne=["azi", "la 10"],
    why="discretionary management is never a claim; 22:00 would be future",
)
L(
    "ro",
    "RO",
    "Speranța Vlad scrisoare primită ieri cu procura semnată",
    REC,
    "C-9301",
    "mail",
    Y,
    None,
    [],
    nc=["procura"],
    ne=["ieri"],
    why="scrisoare = letter",
)
L(
    "ro",
    "RO",
    "Vlad Ionescu dejun sâmbătă #opera-gala, a depus 1 milion lei si a promis inca 500 mii euro",
    REC,
    "C-9302",
    "in_person",
    past("sat"),
    None,
    [dep("1000000", "RON"), plg("500000", "EUR")],
    init="opera-gala",
    ne=["sâmbătă"],
    why="two outcomes, each with its currency",
    f="t2",
)
L(
    "ro",
    "RO",
    "Cristina Ionescu video aseara, vrea sa depuna 400k daca vinde apartamentul",
    REC,
    "C-9303",
    "video",
    Y,
    None,
    [],
    nc=["apartamentul"],
    ne=["aseara"],
    why="dacă = hypothetical; aseară = yesterday evening",
    f="t",
)
L(
    "ro",
    "RO",
    "Alina Petrescu telefon duminica seara, vorbit despre Pilonul 3",
    REC,
    "C-9306",
    "phone",
    past("sun"),
    None,
    [],
    nc=["Pilonul 3"],
    ne=["duminica seara"],
    why="Pilonul 3 is a product",
    f="t",
)
L(
    "ro",
    "RO",
    "Mihai Dumitru intalnire ieri la 14, a retras 1 mil euro pentru investitia in Spania",
    REC,
    "C-9304",
    "in_person",
    Y,
    "14:00",
    [],
    nc=["Spania"],
    ne=["ieri", "la 14"],
    why="withdrawal is no claim",
    f="t",
)
L(
    "ro",
    "RO",
    "Speranța Vlad pe zoom azi la ora 11, 3 copii, 52 de ani, vrea fond de pensii",
    REC,
    "C-9301",
    "video",
    T,
    "11:00",
    [],
    nc=["fond de pensii"],
    ne=["azi", "la ora 11"],
    why="counts and age",
)
L(
    "ro",
    "RO",
    "Vlad Ionescu a sunat pe 8 ian, a virat in ACC-9302 600.000 lei, revin pe 3 februarie",
    REC,
    "C-9302",
    "phone",
    on(1, 8),
    None,
    [dep("600000", "RON", "ACC-9302")],
    on(2, 3),
    ne=["8 ian"],
    why="dated day and dated follow-up",
    f="2",
)
L(
    "ro",
    "RO",
    "Cristina Ionescu intalnire 30 decembrie, a promis 1,2 milioane lei, revin joi",
    REC,
    "C-9303",
    "in_person",
    on(12, 30, 2026),
    None,
    [plg("1200000", "RON")],
    nxt("thu"),
    ne=["30 decembrie"],
    why="30 December is last year; revin joi on a Thursday = next Thursday",
    f="t2",
)
L(
    "ro",
    "RO",
    "Alina Petrescu cafea ieri la 17:15, a depus 80.000 lei + 20.000 euro",
    REC,
    "C-9306",
    "in_person",
    Y,
    "17:15",
    [dep("80000", "RON"), dep("20000", "EUR")],
    ne=["ieri", "17:15"],
    why="two deposits in two currencies",
    f="2",
)
L(
    "ro",
    "RO",
    "Mihai Dumitru email azi, onorariu 2% pentru mandatul de M&A",
    REC,
    "C-9304",
    "email",
    T,
    None,
    [],
    nc=["M&A"],
    ne=["azi"],
    why="percentage-only fee",
)
L(
    "ro",
    "RO",
    "Speranța Vlad telefon marti la 9 dimineata, a promis 300 mii lei, revin maine",
    REC,
    "C-9301",
    "phone",
    past("tue"),
    "09:00",
    [plg("300000", "RON")],
    TOM,
    ne=["marti", "9 dimineata"],
    why="dimineața = am; revin mâine = tomorrow",
    f="t2",
)
L(
    "ro",
    "RO",
    "Mihai Dumitru a sunat ieri seara, intreaba de obligatiuni Fidelis",
    REC,
    "C-9304",
    "phone",
    Y,
    None,
    [],
    nc=["Fidelis"],
    ne=["ieri seara"],
    why="part of day gives no time",
    f="t",
)
L(
    "ro",
    "RO",
    "intalnire cu Vlad Ionescu ieri, nu a mai semnat mandatul, onorariul de 150k euro pierdut",
    REC,
    "C-9302",
    "in_person",
    Y,
    None,
    [],
    nc=["pierdut"],
    ne=["ieri"],
    why="lost mandate is no claim",
    f="t",
)
L(
    "ro",
    "RO",
    "Alina Petrescu convorbire telefonica pe 11.01 la ora 16, a transferat 250.000 lei de la BCR catre "
    "noi",
    REC,
    "C-9306",
    "phone",
    on(1, 11),
    "16:00",
    [dep("250000", "RON")],
    nc=["BCR"],
    ne=["11.01", "la ora 16"],
    why="from another bank to us = deposit",
    f="t",
)
L(
    "ro",
    "RO",
    "Cristina Ionescu am vorbit ieri despre succesiune",
    ACH,
    "C-9303",
    why="'am vorbit' gives no channel",
)
L(
    "ro",
    "RO",
    "Mihai Dumitru apel video azi dimineata, mandat castigat, onorariu 90 mii EUR, revin poimaine",
    REC,
    "C-9304",
    "video",
    T,
    None,
    [man("90000", "EUR")],
    D2,
    ne=["azi dimineata"],
    why="poimâine = day after tomorrow",
    f="t2",
)
L(
    "ro",
    "RO",
    "Vlad Ionescu telefon ieri seara la 21, 2 mil lei in ACC-9302",
    REC,
    "C-9302",
    "phone",
    Y,
    "21:00",
    [dep("2000000", "RON", "ACC-9302")],
    ne=["ieri seara", "la 21"],
    why="money in ACC = deposit",
)
L(
    "ro",
    "RO",
    "Speranta Vlad intalnire vineri la 12:30, depozit la termen 100k lei, nimic nou",
    REC,
    "C-9301",
    "in_person",
    past("fri"),
    "12:30",
    [],
    nc=["depozit la termen"],
    ne=["vineri", "12:30"],
    why="term deposit never a claim",
    f="t",
)
L(
    "ro",
    "RO",
    "Alina Petrescu videocall marti, 2 copii la studii in UK, a promis 400k",
    REC,
    "C-9306",
    "video",
    past("tue"),
    None,
    [plg("400000", "RON")],
    nc=["studii"],
    ne=["marti"],
    why="single RON account",
    f="t",
)
L(
    "ro",
    "RO",
    "Vlad Ionescu prânz ieri la Capșa, a promis 500k lei",
    REC,
    "C-9302",
    "in_person",
    Y,
    None,
    [plg("500000", "RON")],
    nc=["Capșa"],
    ne=["ieri"],
    why="lei picks RON on a RON+EUR client",
)
L(
    "ro",
    "RO",
    "Speranța Vlad a sunat alaltaieri la 10 dimineața, întrebări despre ETF-uri S&P 500",
    REC,
    "C-9301",
    "phone",
    DBY,
    "10:00",
    [],
    nc=["S&P 500"],
    ne=["alaltaieri", "10 dimineața"],
    why="S&P 500 is no amount",
    f="t",
)
L(
    "ro",
    "RO",
    "Cristina Ionescu mail vineri, confirma 50.000 lei depusi",
    REC,
    "C-9303",
    "email",
    past("fri"),
    None,
    [dep("50000", "RON")],
    ne=["vineri"],
    why="Romanian 'mail' = email",
    f="t",
)
L(
    "ro",
    "RO",
    "Alina Petrescu intalnire azi 9:15, 120 mii lei depusi, revin vineri",
    REC,
    "C-9306",
    "in_person",
    T,
    "09:15",
    [dep("120000", "RON")],
    nxt("fri"),
    ne=["azi", "9:15"],
    why="revin vineri = tomorrow",
    f="t2",
)
L(
    "ro",
    "RO",
    "Mihai Dumitru a venit la sediu luni la ora 15, a depus 400.000 EUR",
    REC,
    "C-9304",
    "in_person",
    past("mon"),
    "15:00",
    [dep("400000", "EUR")],
    ne=["luni", "la ora 15"],
    why="came to the office = in person",
)

# ======== ms: Kuala Lumpur rep (local 18:05)
L(
    "ms",
    "MS",
    "Jumpa Mawar binti Ismail semalam pukul 3 petang, dia deposit RM 500 ribu",
    REC,
    "C-9403",
    "in_person",
    Y,
    "15:00",
    [dep("500000", "MYR")],
    ne=["semalam", "pukul 3 petang"],
    why="petang = pm; ribu = thousand; Mawar = rose",
)
L(
    "ms",
    "MS",
    "Lim Wei Ming call pagi tadi, janji RM 2 juta",
    REC,
    "C-9401",
    "phone",
    T,
    None,
    [plg("2000000", "MYR")],
    ne=["pagi tadi"],
    why="RM picks MYR on a MYR+SGD client; janji = pledge",
)
L(
    "ms",
    "MS",
    "lim wei ming jumpa kelmarin, komitmen 3 juta",
    AU,
    "C-9401",
    why="MYR+SGD and no currency",
    f="tq",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling panggilan video Selasa lepas pukul 8 malam, masukkan RM 1.2 juta ke ACC-9403",
    REC,
    "C-9402",
    "video",
    past("tue"),
    "20:00",
    [dep("1200000", "MYR", "ACC-9403")],
    ne=["Selasa lepas", "pukul 8 malam"],
    why="malam = pm; masukkan ke ACC = deposit",
)
L(
    "ms",
    "MS",
    "Azman bin Hashim makan tengah hari Rabu lepas",
    AU,
    "C-9404",
    why="Rabu lepas said on Thursday: yesterday or eight days ago",
    f="q",
)
L(
    "ms",
    "MS",
    "Hashim call semalam",
    AC,
    why="Hashim is Hashim bin Osman's name and Azman bin Hashim's patronymic",
    f="q",
)
L(
    "ms",
    "MS",
    "Hashim bin Osman jumpa di Mont Kiara semalam, prospek, aset RM 30 juta",
    NC,
    "C-9405",
    why="covered by nobody",
)
L(
    "ms",
    "MS",
    "Tan Sri Azman jumpa di pejabat hari ini pukul 11 pagi, menang mandat IPO, yuran RM 2.5 juta",
    REC,
    "C-9404",
    "in_person",
    T,
    "11:00",
    [man("2500000", "MYR")],
    nc=["IPO"],
    ne=["hari ini", "pukul 11 pagi"],
    why="Tan Sri is a title (not Tan Boon Hock); Azman unique",
)
L(
    "ms",
    "MS",
    "Tan Boon Hock telefon hari ini pukul 3",
    AU,
    "C-9407",
    why="03:00 and 15:00 today are both before 18:05",
    f="q",
)
L(
    "ms",
    "MS",
    "Tan Boon Hock minum kopi pukul 4.30 petang tadi, dia tak jadi masukkan duit, tunggu bonus CNY",
    REC,
    "C-9407",
    "in_person",
    T,
    "16:30",
    [],
    nc=["CNY"],
    ne=["4.30 petang"],
    why="tak jadi = did not; negated",
)
L(
    "ms",
    "MS",
    "kavitha a/p subramaniam emel isnin, penyata ASB dan EPF",
    REC,
    "C-9406",
    "email",
    past("mon"),
    None,
    [],
    nc=["EPF"],
    ne=["isnin"],
    why="a/p = anak perempuan",
    f="t",
)
L(
    "ms",
    "MS",
    "Kavitha jumpa hari ini pukul 10 pagi, dia pindahkan RM 800 ribu",
    AU,
    "C-9406",
    why="pindahkan with no direction",
    f="q",
)
L(
    "ms",
    "MS",
    "Kavitha Subramaniam video call Khamis lepas, pindah masuk RM 350k, susul Isnin",
    REC,
    "C-9406",
    "video",
    past("thu"),
    None,
    [dep("350000", "MYR")],
    nxt("mon"),
    ne=["Khamis lepas"],
    why="Khamis lepas on a Thursday = seven days ago; pindah masuk = in",
    f="2",
)
L(
    "ms",
    "MS",
    "Mawar bt Ismail surat semalam, borang nominasi ASB",
    REC,
    "C-9403",
    "mail",
    Y,
    None,
    [],
    nc=["ASB"],
    ne=["semalam"],
    why="bt = binti; surat = letter",
    f="t",
)
L(
    "ms",
    "MS",
    "mawar binti ismail tel td pkl 2 ptg, FD RM 1 juta diperbaharui",
    REC,
    "C-9403",
    "phone",
    T,
    "14:00",
    [],
    nc=["FD"],
    ne=["pkl 2 ptg"],
    why="td = tadi, pkl = pukul, ptg = petang; FD never a claim",
    f="t",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling jumpa hari Ahad, setengah juta ringgit masuk ke ACC-9403, #f1-paddock",
    REC,
    "C-9402",
    "in_person",
    past("sun"),
    None,
    [dep("500000", "MYR", "ACC-9403")],
    init="f1-paddock",
    ne=["Ahad"],
    why="setengah juta = half a million",
)
L(
    "ms",
    "MS",
    "Lim Wei Ming zoom hari Jumaat, SGD 400k masuk ACC-9402 dan janji SGD 600k lagi",
    REC,
    "C-9401",
    "video",
    past("fri"),
    None,
    [dep("400000", "SGD", "ACC-9402"), plg("600000", "SGD")],
    ne=["Jumaat"],
    why="two outcomes in SGD",
    f="2",
)
L(
    "ms",
    "MS",
    "Azman bin Hashim panggilan telefon semalam pukul 9 malam, mandat pengurusan portfolio RM 20 juta",
    REC,
    "C-9404",
    "phone",
    Y,
    "21:00",
    [],
    nc=["mandat pengurusan"],
    ne=["semalam", "pukul 9 malam"],
    why="management mandate is never a claim",
)
L(
    "ms",
    "MS",
    "Mawar Ismail jumpa kelmarin, kalau jual tanah dia akan deposit RM 3 juta",
    REC,
    "C-9403",
    "in_person",
    DBY,
    None,
    [],
    nc=["jual tanah"],
    ne=["kelmarin"],
    why="kelmarin = day before yesterday; kalau = hypothetical",
)
L(
    "ms",
    "MS",
    "Kavitha berbual semalam pasal SSPN anak",
    ACH,
    "C-9406",
    why="berbual (chatted) gives no channel",
)
L(
    "ms",
    "MS",
    "tan boon hock emel smlm, keluarkan RM 500k utk beli rumah",
    REC,
    "C-9407",
    "email",
    Y,
    None,
    [],
    nc=["beli rumah"],
    ne=["smlm"],
    why="smlm = semalam; withdrawal",
    f="t",
)
L(
    "ms",
    "MS",
    "Arjun Malhotra telefon semalam, nak buka akaun di KL",
    NC,
    "C-9501",
    why="covered by the Mumbai rep only",
)
L(
    "ms",
    "MS",
    "Azman Hashim jumpa 11 Jan pukul 4 petang, yuran mandat RM 800 ribu untuk terbitan sukuk",
    REC,
    "C-9404",
    "in_person",
    on(1, 11),
    "16:00",
    [man("800000", "MYR")],
    nc=["sukuk"],
    ne=["11 Jan", "pukul 4 petang"],
    why="both name words match Azman bin Hashim",
)
L(
    "ms",
    "MS",
    "Kavitha video call pagi tadi pukul 9.45, komitmen RM 1.5 juta, susulan 1 Feb",
    REC,
    "C-9406",
    "video",
    T,
    "09:45",
    [plg("1500000", "MYR")],
    on(2, 1),
    ne=["pagi tadi", "9.45"],
    why="first name unique",
    f="2",
)
L(
    "ms",
    "MS",
    "Tan Boon Hock jumpa hari Sabtu pukul 8 malam, bincang unit amanah",
    REC,
    "C-9407",
    "in_person",
    past("sat"),
    "20:00",
    [],
    nc=["unit amanah"],
    ne=["Sabtu", "pukul 8 malam"],
    why="malam = pm",
)
L(
    "ms",
    "MS",
    "mawar call petang tadi, dia dah transfer masuk rm250k dr Maybank",
    REC,
    "C-9403",
    "phone",
    T,
    None,
    [dep("250000", "MYR")],
    nc=["Maybank"],
    ne=["petang tadi"],
    why="transfer masuk = in; dr = dari",
    f="t",
)
L(
    "ms",
    "MS",
    "Lim Wei Ming telefon Isnin pukul 5 petang, tiada deposit lagi, tunggu dividen",
    REC,
    "C-9401",
    "phone",
    past("mon"),
    "17:00",
    [],
    nc=["dividen"],
    ne=["Isnin", "pukul 5 petang"],
    why="negated deposit",
)
L(
    "ms",
    "MS",
    "azman bin hashim surat diterima hari ni, dokumen amanah keluarga",
    REC,
    "C-9404",
    "mail",
    T,
    None,
    [],
    nc=["amanah keluarga"],
    ne=["hari ni"],
    why="surat = letter; hari ni = hari ini",
    f="t",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Subramaniam jumpa Selasa lepas pkl 11 pagi, 2 anak, umur 48, minat PRS",
    REC,
    "C-9406",
    "in_person",
    past("tue"),
    "11:00",
    [],
    nc=["PRS"],
    ne=["Selasa lepas", "pkl 11 pagi"],
    why="counts and age",
    f="t",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling jumpa di Pavilion pukul 1 tengah hari tadi, dia deposit RM 600k ke ACC-9403 dan letak "
    "FD RM 200k",
    REC,
    "C-9402",
    "in_person",
    T,
    "13:00",
    [dep("600000", "MYR", "ACC-9403")],
    nc=["FD"],
    ne=["pukul 1 tengah hari"],
    why="1 tengah hari = 13:00; FD never a claim",
    f="2",
)
L(
    "ms",
    "MS",
    "Tan Boon Hock panggilan video Ahad malam, dia mungkin masukkan RM 1 juta",
    REC,
    "C-9407",
    "video",
    past("sun"),
    None,
    [],
    nc=["mungkin"],
    ne=["Ahad malam"],
    why="mungkin = might",
)
L(
    "ms",
    "MS",
    "Azman bin Hashim telefon 30 Dis, janji RM 5 juta selepas CNY, susul 25 Jan",
    REC,
    "C-9404",
    "phone",
    on(12, 30, 2026),
    None,
    [plg("5000000", "MYR")],
    on(1, 25),
    nc=["CNY"],
    ne=["30 Dis"],
    why="30 Dis is last year",
    f="2",
)
L(
    "ms",
    "MS",
    "Mawar binti Ismail jumpa hari ini, yuran 1% untuk mandat pengurusan, tiada wang baru",
    REC,
    "C-9403",
    "in_person",
    T,
    None,
    [],
    nc=["tiada wang baru"],
    ne=["hari ini"],
    why="no claim",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Subramaniam panggilan telefon semalam pukul 2.15 petang, dia masukkan RM 450,000 ke "
    "ACC-9407",
    REC,
    "C-9406",
    "phone",
    Y,
    "14:15",
    [dep("450000", "MYR", "ACC-9407")],
    ne=["semalam", "2.15 petang"],
    why="comma thousands",
)
L(
    "ms",
    "MS",
    "Tan Boon Hock jumpa kelmarin pukul 10 pagi, komitmen RM 700k, susul lusa",
    REC,
    "C-9407",
    "in_person",
    DBY,
    "10:00",
    [plg("700000", "MYR")],
    D2,
    ne=["kelmarin", "pukul 10 pagi"],
    why="lusa = day after tomorrow",
    f="2",
)
L(
    "ms",
    "MS",
    "Lim Wei Ming emel pagi tadi, mandat untuk penyenaraian semula, yuran SGD 250k",
    REC,
    "C-9401",
    "email",
    T,
    None,
    [man("250000", "SGD")],
    nc=["penyenaraian"],
    ne=["pagi tadi"],
    why="SGD mandate fee",
)
L(
    "ms",
    "MS",
    "Azman bin Hashim jumpa Jumaat lepas, dia bawa masuk RM 10 juta dari CIMB, lepas tu janji lagi "
    "RM 5 juta",
    REC,
    "C-9404",
    "in_person",
    past("fri"),
    None,
    [dep("10000000", "MYR"), plg("5000000", "MYR")],
    nc=["CIMB"],
    ne=["Jumaat lepas"],
    why="'lepas tu' (after that) is not a date word",
    f="2",
)
L(
    "ms",
    "MS",
    "lim mei ling call rabu pkl 3 ptg, janji rm 400 ribu",
    REC,
    "C-9402",
    "phone",
    Y,
    "15:00",
    [plg("400000", "MYR")],
    ne=["rabu", "pkl 3 ptg"],
    why="bare Rabu = yesterday",
    f="t",
)
L(
    "ms",
    "MS",
    "tan boon hock tel semalam pkl 11 mlm, dia dah masukkan RM 300rb",
    REC,
    "C-9407",
    "phone",
    Y,
    "23:00",
    [dep("300000", "MYR")],
    ne=["semalam", "pkl 11 mlm"],
    why="mlm = malam; rb = ribu",
    f="t",
)
L(
    "ms",
    "MS",
    "Mawar binti Ismail berjumpa di rumahnya pagi tadi, tandatangan wasiat dan hibah",
    REC,
    "C-9403",
    "in_person",
    T,
    None,
    [],
    nc=["wasiat"],
    ne=["pagi tadi"],
    why="no money",
)

# ======== hi: Mumbai rep (Asia/Kolkata, local 15:35); 20 Devanagari, then 20 Hinglish
L(
    "hi",
    "HI",
    "Arjun Malhotra से कल दोपहर 2 बजे मुलाकात, 25 लाख जमा किए",
    REC,
    "C-9501",
    "in_person",
    Y,
    "14:00",
    [dep("2500000", "INR")],
    ne=["कल", "दोपहर 2 बजे"],
    why="कल in a log = yesterday; दोपहर = afternoon",
)
L(
    "hi",
    "HI",
    "Pooja Malhotra से फ़ोन पर बात हुई, 1 करोड़ का वादा किया",
    AU,
    "C-9502",
    why="INR+USD; करोड़ is a number word, not a currency",
    f="q",
)
L(
    "hi",
    "HI",
    "Pooja Malhotra से आज सुबह 10:30 बजे वीडियो कॉल, ACC-9503 में $300k जमा",
    REC,
    "C-9502",
    "video",
    T,
    "10:30",
    [dep("300000", "USD", "ACC-9503")],
    ne=["आज", "सुबह 10:30 बजे"],
    why="named USD account",
)
L(
    "hi",
    "HI",
    "Sona Iyer के साथ पिछले मंगलवार लंच, सोने के ETF पर बात",
    REC,
    "C-9503",
    "in_person",
    past("tue"),
    None,
    [],
    nc=["ETF"],
    ne=["पिछले मंगलवार"],
    why="Sona (name) next to सोना (gold)",
)
L(
    "hi",
    "HI",
    "Barkha Sethi से पिछले बुधवार वीडियो कॉल",
    AU,
    "C-9504",
    why="पिछले बुधवार said on Thursday: yesterday or eight days ago",
    f="q",
)
L(
    "hi",
    "HI",
    "Barkha Sethi से परसों ऑफिस में मीटिंग, QIP का mandate मिला, फीस 2 करोड़",
    REC,
    "C-9504",
    "in_person",
    DBY,
    None,
    [man("20000000", "INR")],
    nc=["QIP"],
    ne=["परसों"],
    why="परसों in a log = day before yesterday; Barkha = rain",
)
L("hi", "HI", "Arjun Reddy से कल मुलाकात हुई, नया prospect", NC, "C-9505", why="covered by nobody")
L("hi", "HI", "Arjun का फ़ोन आया कल", AC, why="Arjun Malhotra and Arjun Reddy", f="q")
L(
    "hi",
    "HI",
    "Sona Iyer ने कल शाम फ़ोन किया, FD 50 लाख renew करवाई",
    REC,
    "C-9503",
    "phone",
    Y,
    None,
    [],
    nc=["FD"],
    ne=["कल शाम"],
    why="FD never a claim; part of day gives no time",
)
L(
    "hi",
    "HI",
    "Arjun Malhotra से सोमवार को वीडियो कॉल, डेढ़ करोड़ जमा किए, अगले सोमवार फॉलो अप",
    REC,
    "C-9501",
    "video",
    past("mon"),
    None,
    [dep("15000000", "INR")],
    nxt("mon"),
    ne=["सोमवार को"],
    why="डेढ़ करोड़ = 1.5 crore; the first सोमवार is past, the one after अगले ... फॉलो अप is ahead",
    f="2",
)
L(
    "hi",
    "HI",
    "Pooja Malhotra ने ₹12,00,000 ACC-9502 में ट्रांसफर किए, कल शाम 5 बजे फ़ोन",
    REC,
    "C-9502",
    "phone",
    Y,
    "17:00",
    [dep("1200000", "INR", "ACC-9502")],
    ne=["कल शाम 5 बजे"],
    why="Indian digit grouping 12,00,000 = 1.2 million; transfer into ACC = deposit",
)
L(
    "hi",
    "HI",
    "Barkha Sethi को आज डाक से पत्र भेजा, फॉर्म 15G",
    REC,
    "C-9504",
    "mail",
    T,
    None,
    [],
    nc=["15G"],
    ne=["आज"],
    why="डाक से पत्र = letter by post; 15G is a form",
)
L(
    "hi",
    "HI",
    "Sona Iyer से आज 3 बजे मुलाकात",
    AU,
    "C-9503",
    why="03:00 and 15:00 today are both before 15:35",
    f="q",
)
L(
    "hi",
    "HI",
    "Arjun Malhotra ने 11 जनवरी को ईमेल किया, ढाई लाख की SIP हर महीने",
    REC,
    "C-9501",
    "email",
    on(1, 11),
    None,
    [],
    nc=["SIP"],
    ne=["11 जनवरी"],
    why="a monthly SIP amount has no outcome word",
)
L(
    "hi",
    "HI",
    "Barkha Sethi के साथ शनिवार रात डिनर, उन्होंने 5 करोड़ का वादा किया #f1-paddock",
    REC,
    "C-9504",
    "in_person",
    past("sat"),
    None,
    [plg("50000000", "INR")],
    init="f1-paddock",
    ne=["शनिवार रात"],
    why="वादा = pledge",
)
L(
    "hi",
    "HI",
    "Sona Iyer ने 10 लाख निकाले घर के लिए, आज दोपहर 1 बजे फ़ोन पर बात",
    REC,
    "C-9503",
    "phone",
    T,
    "13:00",
    [],
    nc=["घर के लिए"],
    ne=["दोपहर 1 बजे"],
    why="निकाले = withdrew",
)
L(
    "hi",
    "HI",
    "Pooja Malhotra से पिछले गुरुवार मुलाकात, अगर शेयर बिके तो 2 करोड़ डालेंगी",
    REC,
    "C-9502",
    "in_person",
    past("thu"),
    None,
    [],
    nc=["शेयर"],
    ne=["पिछले गुरुवार"],
    why="पिछले गुरुवार said on Thursday = seven days ago; अगर = hypothetical",
)
L(
    "hi",
    "HI",
    "Barkha Sethi से कल सुबह 11 बजे फ़ोन पर बात, mandate नहीं मिला, फीस 80 लाख थी",
    REC,
    "C-9504",
    "phone",
    Y,
    "11:00",
    [],
    nc=["नहीं मिला"],
    ne=["कल सुबह 11 बजे"],
    why="mandate not won",
)
L(
    "hi",
    "HI",
    "Sona Iyer जी ने सवा करोड़ जमा किए, परसों रात 8 बजे वीडियो कॉल",
    REC,
    "C-9503",
    "video",
    DBY,
    "20:00",
    [dep("12500000", "INR")],
    ne=["परसों रात 8 बजे"],
    why="सवा करोड़ = 1.25 crore; रात = pm",
)
L("hi", "HI", "Arjun Malhotra और Sona Iyer के साथ आज लंच", AC, why="two clients in one line", f="q")
# Hinglish
L(
    "hi",
    "HI",
    "arjun malhotra ke saath lunch kal, 40 lakh deposit kiye, follow up shukravaar",
    REC,
    "C-9501",
    "in_person",
    Y,
    None,
    [dep("4000000", "INR")],
    nxt("fri"),
    ne=["kal"],
    why="kal in a log = yesterday; follow up shukravaar = tomorrow",
    f="t2",
)
L(
    "hi",
    "HI",
    "pooja malhotra ka call aya parso, 50 lakh rupaye commit kiye",
    REC,
    "C-9502",
    "phone",
    DBY,
    None,
    [plg("5000000", "INR")],
    ne=["parso"],
    why="parso = parson; rupaye names INR on an INR+USD client",
    f="t",
)
L(
    "hi",
    "HI",
    "Pooja Malhotra se video call kal raat 9 baje, USD 200k ACC-9503 mein daale",
    REC,
    "C-9502",
    "video",
    Y,
    "21:00",
    [dep("200000", "USD", "ACC-9503")],
    ne=["kal raat 9 baje"],
    why="raat 9 baje = 21:00",
)
L(
    "hi",
    "HI",
    "Sona Iyer ji se mulaqat somvaar ko, sona bechne ki baat, gold bonds aur ELSS, 2 bachche",
    REC,
    "C-9503",
    "in_person",
    past("mon"),
    None,
    [],
    nc=["ELSS"],
    ne=["somvaar"],
    why="the client Sona and the word sona (gold) in one line",
)
L(
    "hi",
    "HI",
    "Barkha ji ka phone aaya subah",
    REC,
    "C-9504",
    "phone",
    T,
    None,
    [],
    ne=["subah"],
    why="first name unique; subah alone = this morning, no time",
)
L(
    "hi",
    "HI",
    "barkha sethi se kal baat hui IPO ke baare mein",
    ACH,
    "C-9504",
    why="baat hui gives no channel",
    f="t",
)
L(
    "hi",
    "HI",
    "Arjun Malhotra ne 75 lakh transfer kiye kal, phone pe bataya",
    AU,
    "C-9501",
    why="transferred with no direction",
    f="q",
)
L(
    "hi",
    "HI",
    "Sona Iyer se pichle guruvaar mile, unhone 30 lakh jama kiye aur 20 lakh ka vaada",
    REC,
    "C-9503",
    "in_person",
    past("thu"),
    None,
    [dep("3000000", "INR"), plg("2000000", "INR")],
    ne=["pichle guruvaar"],
    why="seven days ago; two outcomes",
    f="2",
)
L(
    "hi",
    "HI",
    "arjun malhotra se call aaj dophar 12:15 baje, EPF aur NPS ki baat, umar 58",
    REC,
    "C-9501",
    "phone",
    T,
    "12:15",
    [],
    nc=["NPS"],
    ne=["dophar 12:15 baje"],
    why="dophar = dopahar; age is no amount",
    f="t",
)
L(
    "hi",
    "HI",
    "Barkha Sethi ke office gaya mangalvaar ko, mandate mil gaya, fees 1.2 crore, follow up agle "
    "somvaar",
    REC,
    "C-9504",
    "in_person",
    past("tue"),
    None,
    [man("12000000", "INR")],
    nxt("mon"),
    ne=["mangalvaar"],
    why="visited her office = in person",
    f="2",
)
L(
    "hi",
    "HI",
    "Pooja Malhotra ne chitthi bheji, aaj mili, will ki copy",
    REC,
    "C-9502",
    "mail",
    T,
    None,
    [],
    nc=["will ki copy"],
    why="chitthi = letter; 'will' is a testament",
)
L(
    "hi",
    "HI",
    "Arjun Malhotra kal shaam 7 baje phone, agar bonus aaya toh 1 crore daalenge",
    REC,
    "C-9501",
    "phone",
    Y,
    "19:00",
    [],
    nc=["bonus"],
    ne=["kal shaam 7 baje"],
    why="agar = hypothetical",
)
L(
    "hi",
    "HI",
    "Arjun Mehta se mulaqat hui aaj",
    AC,
    why="unknown person sharing Arjun's first name",
    f="q",
)
L(
    "hi",
    "HI",
    "Sona Iyer zoom pe aaj subah 9 baje, 15 lakh FD mein daale, naya paisa nahi",
    REC,
    "C-9503",
    "video",
    T,
    "09:00",
    [],
    nc=["FD"],
    ne=["subah 9 baje"],
    why="FD never a claim",
)
L(
    "hi",
    "HI",
    "Pooja Malhotra se milna hua shanivaar ko, 80 lakh INR jama kiye, 1 lakh USD ka vaada",
    REC,
    "C-9502",
    "in_person",
    past("sat"),
    None,
    [dep("8000000", "INR"), plg("100000", "USD")],
    ne=["shanivaar"],
    why="two outcomes in two currencies; lakh with USD",
    f="2",
)
L(
    "hi",
    "HI",
    "barkha sethi ka email aaya 8 jan ko, PAN aur Aadhaar update",
    REC,
    "C-9504",
    "email",
    on(1, 8),
    None,
    [],
    nc=["Aadhaar"],
    ne=["8 jan"],
    why="dated day",
    f="t",
)
L(
    "hi",
    "HI",
    "arjun malhotra ke ghar gaya kal, 25 lakh ACC-9501 mein aaye, follow up kal phir",
    REC,
    "C-9501",
    "in_person",
    Y,
    None,
    [dep("2500000", "INR", "ACC-9501")],
    TOM,
    why="kal twice: the visit is yesterday, the follow-up tomorrow",
    f="t2",
)
L(
    "hi",
    "HI",
    "sona iyer se fone pe baat aaj 2:45 pm, dedh crore commit kiya",
    REC,
    "C-9503",
    "phone",
    T,
    "14:45",
    [plg("15000000", "INR")],
    ne=["2:45 pm"],
    why="fone = phone; dedh crore = 1.5 crore",
    f="t",
)
L(
    "hi",
    "HI",
    "pooja malhotra ke ghar gaye ravivaar, portfolio 8 crore hai, kuch naya nahi",
    REC,
    "C-9502",
    "in_person",
    past("sun"),
    None,
    [],
    nc=["portfolio"],
    ne=["ravivaar"],
    why="figure with no outcome word",
    f="t",
)
L(
    "hi",
    "HI",
    "Barkha Sethi ne aaj 11 baje video call kiya, 60 lakh ACC-9505 mein transfer kiye",
    REC,
    "C-9504",
    "video",
    T,
    "11:00",
    [dep("6000000", "INR", "ACC-9505")],
    ne=["11 baje"],
    why="23:00 would be future, so 11:00",
)

# ======== mixed: the rep's language with English
L(
    "mixed",
    "FR",
    "call avec Rose Delaunay yesterday 6pm, she deposited 700k€, relance vendredi",
    REC,
    "C-9101",
    "phone",
    Y,
    "18:00",
    [dep("700000", "EUR")],
    nxt("fri"),
    ne=["yesterday", "6pm"],
    why="fr/en; relance = ahead",
    f="t2",
)
L(
    "mixed",
    "FR",
    "Bertrand Delaunay meeting ce matin, pledged 1M, didn't say EUR or CHF",
    AU,
    "C-9102",
    why="two currencies and the rep says so",
    f="q",
)
L(
    "mixed",
    "FR",
    "Blanche Moreau zoom mardi dernier, no deposit yet, waiting for the notaire",
    REC,
    "C-9103",
    "video",
    past("tue"),
    None,
    [],
    nc=["notaire"],
    ne=["mardi dernier"],
    why="negated deposit",
)
L(
    "mixed",
    "FR",
    "yves carpentier lunch today, mandate won on the LBO, fee 400k€, tres content",
    REC,
    "C-9104",
    "in_person",
    T,
    None,
    [man("400000", "EUR")],
    nc=["LBO"],
    ne=["today"],
    why="lower case, no accent",
    f="t",
)
L(
    "mixed",
    "FR",
    "Léa Carpentier call hier soir 21h, she wants to think, maybe 200k in Feb",
    REC,
    "C-9105",
    "phone",
    Y,
    "21:00",
    [],
    nc=["maybe"],
    ne=["hier soir", "21h"],
    why="maybe = hypothetical",
)
L(
    "mixed",
    "FR",
    "olivier fabre email ce matin, signed the gestion conseillee agreement for 1,5 M€",
    REC,
    "C-9107",
    "email",
    T,
    None,
    [],
    nc=["gestion conseillee"],
    ne=["ce matin"],
    why="advisory mandate is never a claim",
    f="t",
)
L(
    "mixed",
    "QC",
    "Luc Tremblay lunch hier, il a wiré 500k in his account",
    REC,
    "C-9122",
    "in_person",
    Y,
    None,
    [dep("500000", "CAD")],
    ne=["hier"],
    why="Québec franglais 'wiré ... in'; single CAD account",
)
L(
    "mixed",
    "QC",
    "genevieve tremblay call lundi, deposit US$750k, relance mardi",
    REC,
    "C-9121",
    "phone",
    past("mon"),
    None,
    [dep("750000", "USD")],
    nxt("tue"),
    ne=["lundi"],
    why="US$ picks USD",
    f="t2",
)
L(
    "mixed",
    "SV",
    "Bo Ekström lunch today, he pledged 2 MSEK, återkoppla måndag",
    REC,
    "C-9201",
    "in_person",
    T,
    None,
    [plg("2000000", "SEK")],
    nxt("mon"),
    ne=["today"],
    why="sv/en",
    f="2",
)
L(
    "mixed",
    "SV",
    "Agneta Ekström call igår 16:00, deposited EUR 1m into ACC-9203 + 500k kr",
    REC,
    "C-9202",
    "phone",
    Y,
    "16:00",
    [dep("1000000", "EUR", "ACC-9203"), dep("500000", "SEK")],
    ne=["igår", "16:00"],
    why="two deposits; kr = SEK",
    f="2",
)
L(
    "mixed",
    "SV",
    "Vilja Hedlund teams i onsdags, mandate fee 2 mkr",
    REC,
    "C-9204",
    "video",
    past("wed"),
    None,
    [man("2000000", "SEK")],
    ne=["onsdags"],
    why="bare 'i onsdags' = the most recent Wednesday, yesterday",
)
L(
    "mixed",
    "SV",
    "Stig Nyqvist coffee i morse, ingen deposit, he might move 3 mkr from Nordea",
    REC,
    "C-9203",
    "in_person",
    T,
    None,
    [],
    nc=["Nordea"],
    ne=["i morse"],
    why="might = hypothetical",
)
L(
    "mixed",
    "SV",
    "spoke w Agneta Ekström igår om the pension transfer",
    ACH,
    "C-9202",
    why="spoke gives no channel",
    f="t",
)
L(
    "mixed",
    "FI",
    "tove backman zoom yesterday, deposit 300k kr",
    REC,
    "C-9213",
    "video",
    Y,
    None,
    [dep("300000", "SEK")],
    ne=["yesterday"],
    why="kr picks SEK on a EUR+SEK client",
    f="t",
)
L(
    "mixed",
    "FI",
    "Johan Wikström call i förrgår 14:30, pledged 800k euro, follow up 28/1",
    REC,
    "C-9211",
    "phone",
    DBY,
    "14:30",
    [plg("800000", "EUR")],
    on(1, 28),
    ne=["förrgår", "14:30"],
    why="d/m follow-up",
    f="2",
)
L(
    "mixed",
    "RO",
    "Vlad Ionescu call ieri 4pm, a depus 1m EUR in ACC-9303",
    REC,
    "C-9302",
    "phone",
    Y,
    "16:00",
    [dep("1000000", "EUR", "ACC-9303")],
    ne=["ieri", "4pm"],
    why="ro/en",
)
L(
    "mixed",
    "RO",
    "meeting cu Cristina Ionescu azi dimineata, pledged 2 mil lei, revin luni",
    REC,
    "C-9303",
    "in_person",
    T,
    None,
    [plg("2000000", "RON")],
    nxt("mon"),
    ne=["azi dimineata"],
    why="no diacritics",
    f="t2",
)
L(
    "mixed",
    "RO",
    "Mihai Dumitru zoom last Tuesday, mandate won, fee 1.5%",
    REC,
    "C-9304",
    "video",
    past("tue"),
    None,
    [],
    nc=["1.5%"],
    ne=["last Tuesday"],
    why="percentage-only fee",
)
L(
    "mixed",
    "RO",
    "Alina Petrescu lunch ieri, she moved 400k lei to us from ING",
    REC,
    "C-9306",
    "in_person",
    Y,
    None,
    [dep("400000", "RON")],
    nc=["from ING"],
    ne=["ieri"],
    why="moved to us = a direction",
)
L(
    "mixed",
    "RO",
    "Speranța Vlad email today, hope to deposit 100k dupa Paste",
    REC,
    "C-9301",
    "email",
    T,
    None,
    [],
    nc=["Paste"],
    ne=["today"],
    why="hope to = hypothetical (and Speranța means hope)",
    f="t",
)
L(
    "mixed",
    "RO",
    "Vlad Ionescu meeting ieri la birou, pledged 300k EUR + 1m lei",
    REC,
    "C-9302",
    "in_person",
    Y,
    None,
    [plg("300000", "EUR"), plg("1000000", "RON")],
    ne=["ieri"],
    why="two pledges, two currencies",
    f="2",
)
L(
    "mixed",
    "MS",
    "Lim Wei Ming lunch semalam, dia deposit SGD 1m into ACC-9402, follow up Jumaat",
    REC,
    "C-9401",
    "in_person",
    Y,
    None,
    [dep("1000000", "SGD", "ACC-9402")],
    nxt("fri"),
    ne=["semalam"],
    why="ms/en",
    f="2",
)
L(
    "mixed",
    "MS",
    "Mawar binti Ismail call this morning, she nak top up ASB but no new money with us",
    REC,
    "C-9403",
    "phone",
    T,
    None,
    [],
    nc=["ASB"],
    ne=["this morning"],
    why="no new money",
)
L(
    "mixed",
    "MS",
    "Azman bin Hashim meeting at his office yesterday 3pm, won the sukuk mandate, fee RM 1.8 mil",
    REC,
    "C-9404",
    "in_person",
    Y,
    "15:00",
    [man("1800000", "MYR")],
    nc=["sukuk"],
    ne=["yesterday", "3pm"],
    why="mil = million",
)
L(
    "mixed",
    "MS",
    "Lim Mei Ling video call tadi at 5pm, pledged RM 2 juta + deposit RM 500k",
    REC,
    "C-9402",
    "video",
    T,
    "17:00",
    [plg("2000000", "MYR"), dep("500000", "MYR")],
    ne=["5pm"],
    why="tadi = earlier today",
    f="2",
)
L(
    "mixed",
    "MS",
    "Tan Boon Hock call at 8, discuss unit trust switching, no new money",
    REC,
    "C-9407",
    "phone",
    T,
    "08:00",
    [],
    nc=["unit trust"],
    ne=["at 8"],
    why="20:00 would be future (rep at 18:05), so 08:00 today",
)
L(
    "mixed",
    "MS",
    "kavitha meeting Monday, she transferred in RM 900k, susulan 2 Feb",
    REC,
    "C-9406",
    "in_person",
    past("mon"),
    None,
    [dep("900000", "MYR")],
    on(2, 2),
    ne=["Monday"],
    why="transferred in = deposit",
    f="t2",
)
L(
    "mixed",
    "MS",
    "Hashim bin Osman lunch today, big prospect, nak tukar bank",
    NC,
    "C-9405",
    why="covered by nobody",
)
L(
    "mixed",
    "HI",
    "Arjun Malhotra meeting yesterday at 4, discussed his will and nomination",
    AU,
    "C-9501",
    why="04:00 or 16:00 yesterday, both past",
    f="q",
)
L(
    "mixed",
    "HI",
    "pooja malhotra call today 11am, she deposited $500k, folow up Monday",
    REC,
    "C-9502",
    "phone",
    T,
    "11:00",
    [dep("500000", "USD")],
    nxt("mon"),
    ne=["11am"],
    why="$ picks USD on an INR+USD client; typo folow",
    f="t2",
)
L(
    "mixed",
    "HI",
    "Sona Iyer ke saath lunch today, she committed 3 crore for the new bond fund",
    REC,
    "C-9503",
    "in_person",
    T,
    None,
    [plg("30000000", "INR")],
    nc=["bond fund"],
    ne=["today"],
    why="single INR account",
)
L(
    "mixed",
    "HI",
    "Barkha Sethi video call kal 5:30 pm, mandate lost, fees 2 crore gaya",
    REC,
    "C-9504",
    "video",
    Y,
    "17:30",
    [],
    nc=["mandate lost"],
    ne=["5:30 pm"],
    why="lost mandate",
)
L(
    "mixed",
    "HI",
    "Arjun Malhotra email aaj, he'll pledge 1 crore agar market stable raha",
    REC,
    "C-9501",
    "email",
    T,
    None,
    [],
    nc=["market stable"],
    ne=["aaj"],
    why="agar = if",
)
L(
    "mixed",
    "HI",
    "sona iyer call this morning, 20 lakh deposit ho gaya into ACC-9504, follow up parson",
    REC,
    "C-9503",
    "phone",
    T,
    None,
    [dep("2000000", "INR", "ACC-9504")],
    D2,
    ne=["this morning"],
    why="parson after follow up = day after tomorrow",
    f="t2",
)
L(
    "mixed",
    "HI",
    "Barkha Sethi meeting with her CFO pichle Tuesday, fee 50 lakh for the mandate",
    REC,
    "C-9504",
    "in_person",
    past("tue"),
    None,
    [man("5000000", "INR")],
    nc=["CFO"],
    ne=["pichle Tuesday"],
    why="pichle Tuesday = last Tuesday",
)
L(
    "mixed",
    "FI",
    "Saga Holmström lunch today, she pledged 1m euro, följ upp imorgon",
    REC,
    "C-9212",
    "in_person",
    T,
    None,
    [plg("1000000", "EUR")],
    TOM,
    ne=["today"],
    why="följ upp imorgon = tomorrow",
    f="2",
)
L(
    "mixed",
    "FR",
    "Bertrand Delaunay visio yesterday, deposit 500k CHF into ACC-9103, relance le 2 février",
    REC,
    "C-9102",
    "video",
    Y,
    None,
    [dep("500000", "CHF", "ACC-9103")],
    on(2, 2),
    ne=["yesterday"],
    why="dated follow-up",
    f="2",
)
L(
    "mixed",
    "SV",
    "Stig Nyqvist phone call kl 10 today, pledged 1,5 mkr",
    REC,
    "C-9203",
    "phone",
    T,
    "10:00",
    [plg("1500000", "SEK")],
    ne=["kl 10", "today"],
    why="22:00 would be future",
)
L(
    "mixed",
    "MS",
    "Lim Wei Ming call semalam pukul 10 malam, discussed the SGD bonds, no deposit",
    REC,
    "C-9401",
    "phone",
    Y,
    "22:00",
    [],
    nc=["SGD bonds"],
    ne=["semalam", "pukul 10 malam"],
    why="a currency inside a product phrase is no claim",
)
L(
    "mixed",
    "MS",
    "Kavitha Subramaniam coffee at 3pm today, deposited RM 1m, kalau boleh lagi 500k next month",
    REC,
    "C-9406",
    "in_person",
    T,
    "15:00",
    [dep("1000000", "MYR")],
    ne=["3pm"],
    why="the second amount is hypothetical (kalau)",
    f="2",
)

# ---------------------------------------------------------------- validate
TARGET = {"en": 40, "fr": 40, "sv": 40, "ro": 40, "ms": 40, "hi": 40, "mixed": 40}
MARKS = {
    "USD": ["USD", "$"],
    "EUR": ["EUR", "€", "euro"],
    "GBP": ["GBP", "£", "quid"],
    "RON": ["RON", "lei"],
    "SEK": ["SEK", "kr"],
    "MYR": ["MYR", "RM", "ringgit"],
    "INR": ["INR", "₹", "rupee", "rupaye", "रुपये"],
    "SGD": ["SGD", "S$"],
    "CHF": ["CHF"],
    "CAD": ["CAD", "C$"],
}


def validate(final):
    cl = {c["external_id"]: c for c in clients}
    tags = {i["tag"] for i in initiatives}
    repids = {r["slack_user_id"]: r for r in reps}
    assert 7 <= len(reps) <= 9 and 40 <= len(clients) <= 50 and 3 <= len(initiatives) <= 5
    assert len({c["name"] for c in clients}) == len(clients)
    assert len({c["external_id"] for c in clients}) == len(clients)
    accs = [a["account"] for c in clients for a in c["accounts"]]
    assert len(set(accs)) == len(accs)
    for c in clients:
        assert c["external_id"].startswith("C-9") and all(
            a.startswith("ACC-9") for a in (x["account"] for x in c["accounts"])
        )
    for r in reps:
        local = NOWDT.astimezone(ZoneInfo(r["timezone"]))
        assert local.date() == TODAY, r
    for ln in lines:
        e = ln["expect"]
        o = e["outcome"]
        txt = ln["text"]
        low = txt.lower()
        assert ln["lang"] in TARGET, ln
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
            assert (
                not e["claims"] and e["day"] is None and e["channel"] is None and e["time"] is None
            ), ln
            assert (
                not e["notes_contains"] and not e["notes_excludes"] and e["follow_up_on"] is None
            ), ln
            continue
        assert e["channel"] in ("in_person", "phone", "email", "mail", "video"), ln
        tz = ZoneInfo(repids[ln["rep"]]["timezone"])
        local = NOWDT.astimezone(tz)
        assert e["day"] <= local.date().isoformat(), ln
        if e["time"]:
            hh, mm = e["time"].split(":")
            assert len(hh) == 2 and len(mm) == 2 and int(hh) < 24 and int(mm) < 60, ln
            t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
            assert t <= NOWDT, ("expected time later than the rep's local now", ln)
        c = cl[e["client"]]
        accts = {a["account"]: a["currency"] for a in c["accounts"]}
        for k in e["claims"]:
            assert Decimal(k["amount"]) > 0 and k["kind"] in ("deposit", "pledge", "mandate"), ln
            assert str(Decimal(k["amount"])) == k["amount"], ln
            if k["account"]:
                assert k["account"] in txt and accts[k["account"]] == k["currency"], ln
            elif len(set(accts.values())) > 1 or k["currency"] not in accts.values():
                assert any(m.lower() in low for m in MARKS[k["currency"]]), ln
        for a in accts:  # a named account of the client must appear on some claim
            if a in txt:
                assert any(k["account"] == a for k in e["claims"]), ln
        assert "ACC-" not in txt or any(k["account"] for k in e["claims"]), ln
        if e["follow_up_on"]:
            assert e["follow_up_on"] > T and "2027-01-15" <= e["follow_up_on"] <= "2027-02-28", ln
        if e["initiative"]:
            assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
        else:
            assert "#" not in txt, ln
        for s in e["notes_contains"] + e["notes_excludes"]:
            assert s.lower() in low, (s, ln)
        for s in e["notes_excludes"]:
            assert low.count(s.lower()) == 1, ("exclude must occur once", s, ln)
            for k in e["notes_contains"]:
                assert s.lower() not in k.lower() and k.lower() not in s.lower(), (s, k, ln)
    ids = [x["id"] for x in lines]
    assert len(set(ids)) == len(ids)
    texts = [x["text"] for x in lines]
    dup = [t for t, n in Counter(texts).items() if n > 1]
    assert not dup, dup
    byl = Counter(x["lang"] for x in lines)
    us = sum(1 for x in lines if x["lang"] == "en" and x["rep"] == R["US"])
    hi_dev = sum(
        1
        for x in lines
        if x["lang"] == "hi" and any("\u0900" <= ch <= "\u097f" for ch in x["text"])
    )
    if final:
        assert dict(byl) == TARGET, byl
        assert us == 20, us
        assert hi_dev == 20, hi_dev
    return byl, us, hi_dev


def main():
    final = len(lines) >= sum(TARGET.values())
    byl, us, hi_dev = validate(final)
    out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    byo = Counter(x["expect"]["outcome"] for x in lines)
    asks = sum(v for k, v in byo.items() if k != REC)
    print(
        len(lines),
        "lines;",
        len(clients),
        "clients;",
        len(reps),
        "reps",
        "(final)" if final else "(partial)",
    )
    print(
        "by language:",
        dict(byl),
        "| en-US",
        us,
        "en-GB",
        byl["en"] - us,
        "| hi Devanagari",
        hi_dev,
        "Hinglish",
        byl["hi"] - hi_dev,
    )
    print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / len(lines):.0f}%)")
    print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))
    fl = Counter(ch for f in FLAGS for ch in set(f))
    print(
        f"sloppy (typo/no accents/lower case): {fl['t']}, two facts: {fl['2']}, a human would ask: {fl['q']}"
    )
    print(
        "by language and outcome:",
        dict(sorted(Counter((x["lang"], x["expect"]["outcome"]) for x in lines).items())),
    )


main()

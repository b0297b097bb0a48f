"""Held-out reader corpus 21: builds and validates corpus.json. Edit this file, never the JSON."""

import datetime as dt
import json
import os
import sys
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

PARTIAL = "--partial" in sys.argv
NOW = "2028-09-21T12:05:00Z"
TODAY = dt.date(2028, 9, 21)
assert TODAY.weekday() == 3  # Thursday
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


def on(m, dd, y=2028):
    return iso(dt.date(y, m, dd))


R = {
    "CH": "U21CH0801",
    "SV": "U21SV0802",
    "RO": "U21RO0803",
    "MS": "U21MS0804",
    "HI": "U21HI0805",
    "GB": "U21GB0806",
    "US": "U21US0807",
    "FR": "U21FR0808",
}
reps = [
    {
        "slack_user_id": R["CH"],
        "name": "Séverine Aubert",
        "timezone": "Europe/Zurich",
        "locale": "fr-CH",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["SV"],
        "name": "Ebba Wallin",
        "timezone": "Europe/Stockholm",
        "locale": "sv-SE",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["RO"],
        "name": "Cosmin Drăgulescu",
        "timezone": "Europe/Bucharest",
        "locale": "ro-RO",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["MS"],
        "name": "Nurul Syafiqah binti Jaafar",
        "timezone": "Asia/Kuching",
        "locale": "ms-MY",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["HI"],
        "name": "Aniket Deshpande",
        "timezone": "Asia/Kolkata",
        "locale": "hi-IN",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["GB"],
        "name": "Fiona Ashworth",
        "timezone": "Europe/London",
        "locale": "en-GB",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["US"],
        "name": "Kyle Novak",
        "timezone": "America/Chicago",
        "locale": "en-US",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["FR"],
        "name": "Gwenaëlle Le Goff",
        "timezone": "Europe/Paris",
        "locale": "fr-FR",
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
    # Zürich (fr-CH)
    C("K-2101", "Blaise Perrenoud", "Perrenoud", "UHNW", ["CH"], [("ACC-3111", "CHF")]),
    C(
        "K-2102",
        "Anouk Perrenoud",
        "Perrenoud",
        "HNW",
        ["CH"],
        [("ACC-3112", "CHF"), ("ACC-3113", "EUR")],
    ),
    C("K-2103", "Olivier Rochat", "Rochat (Olivier)", "HNW", ["CH"], [("ACC-3114", "CHF")]),
    C(
        "K-2104",
        "Constance Favre",
        "Favre",
        "UHNW",
        ["CH", "FR"],
        [("ACC-3115", "CHF"), ("ACC-3116", "USD")],
    ),
    C("K-2105", "Jean-Marc Rochat", "Rochat (Jean-Marc)", "HNW", [], [("ACC-3117", "CHF")]),
    C("K-2106", "Rose Dubuis", "Dubuis", "HNW", ["CH"], [("ACC-3118", "CHF")]),
    C("K-2107", "Lucien Moser", "Moser", "corporate executive", ["CH"], [("ACC-3119", "CHF")]),
    # Uppsala (sv-SE)
    C("K-2111", "Bo Hedlund", "Hedlund", "UHNW", ["SV"], [("ACC-3211", "SEK")]),
    C("K-2112", "Sara Hedlund", "Hedlund", "HNW", ["SV"], [("ACC-3212", "SEK")]),
    C("K-2113", "Ingrid Falk", "Falk", "HNW", ["SV"], [("ACC-3213", "SEK")]),
    C(
        "K-2114",
        "Gustav Lind",
        "Lind (Gustav)",
        "UHNW",
        ["SV"],
        [("ACC-3214", "SEK"), ("ACC-3215", "EUR")],
    ),
    C("K-2115", "Tove Strand", "Strand", "HNW", ["SV"], [("ACC-3216", "SEK")]),
    C("K-2116", "Nils Lind", "Lind (Nils)", "HNW", [], [("ACC-3217", "SEK")]),
    C("K-2117", "Åsa Berglund", "Berglund", "UHNW", ["GB"], [("ACC-3218", "SEK")]),
    C("K-2118", "Viktor Nyberg", "Nyberg", "corporate executive", ["SV"], [("ACC-3219", "SEK")]),
    # Timișoara (ro-RO)
    C("K-2121", "Radu Lupu", "Lupu", "UHNW", ["RO"], [("ACC-3311", "RON")]),
    C("K-2122", "Ioana Lupu", "Lupu", "HNW", ["RO"], [("ACC-3312", "RON"), ("ACC-3313", "EUR")]),
    C("K-2123", "Mircea Albu", "Albu", "HNW", ["RO"], [("ACC-3314", "RON")]),
    C("K-2124", "Gabriela Nistor", "Nistor", "HNW", ["RO"], [("ACC-3315", "EUR")]),
    C("K-2125", "Tudor Pop", "Pop (Tudor)", "corporate executive", ["RO"], [("ACC-3316", "RON")]),
    C("K-2126", "Cristian Pop", "Pop (Cristian)", "HNW", [], [("ACC-3317", "RON")]),
    C("K-2127", "Elena Vulpe", "Vulpe", "HNW", ["RO"], [("ACC-3318", "RON")]),
    # Kota Kinabalu (ms-MY)
    C("K-2131", "Lim Boon Keat", "Lim", "UHNW", ["MS"], [("ACC-3411", "MYR"), ("ACC-3412", "SGD")]),
    C("K-2132", "Lim Mei Ling", "Lim", "HNW", ["MS"], [("ACC-3413", "MYR")]),
    C("K-2133", "Mawar binti Osman", "Osman", "HNW", ["MS"], [("ACC-3414", "MYR")]),
    C(
        "K-2134",
        "Jeffrey Lojuntin",
        "Lojuntin",
        "corporate executive",
        ["MS"],
        [("ACC-3415", "MYR")],
    ),
    C("K-2135", "Amran bin Yusof", "Yusof (Amran)", "HNW", ["MS"], [("ACC-3416", "MYR")]),
    C("K-2136", "Faridah binti Yusof", "Yusof (Faridah)", "HNW", [], [("ACC-3417", "MYR")]),
    C("K-2137", "Nur Aina binti Rahim", "Rahim", "HNW", ["MS"], [("ACC-3418", "MYR")]),
    C("K-2138", "Wong Chee Keong", "Wong", "UHNW", ["MS"], [("ACC-3419", "SGD")]),
    # Pune (hi-IN)
    C("K-2141", "Anand Joshi", "Joshi", "UHNW", ["HI"], [("ACC-3511", "INR")]),
    C("K-2142", "Smita Joshi", "Joshi", "HNW", ["HI"], [("ACC-3512", "INR"), ("ACC-3513", "USD")]),
    C("K-2143", "Shanti Marathe", "Marathe", "HNW", ["HI"], [("ACC-3514", "INR")]),
    C(
        "K-2144",
        "Vikram Apte",
        "Apte (Vikram)",
        "corporate executive",
        ["HI"],
        [("ACC-3515", "INR")],
    ),
    C("K-2145", "Priya Nair", "Nair", "HNW", ["HI", "MS"], [("ACC-3516", "INR")]),
    C("K-2146", "Rohan Apte", "Apte (Rohan)", "HNW", [], [("ACC-3517", "INR")]),
    C("K-2147", "Meera Iyer", "Iyer", "HNW", ["US"], [("ACC-3518", "USD"), ("ACC-3519", "INR")]),
    C("K-2148", "Kavya Reddy", "Reddy", "HNW", ["HI"], [("ACC-3520", "INR")]),
    # Bristol (en-GB)
    C("K-2151", "Robin Hale", "Hale", "UHNW", ["GB"], [("ACC-3611", "GBP")]),
    C(
        "K-2152",
        "Clemency Hale",
        "Hale",
        "UHNW",
        ["GB"],
        [("ACC-3612", "GBP"), ("ACC-3613", "EUR")],
    ),
    C("K-2153", "Hugo Pennington", "Pennington", "HNW", ["GB"], [("ACC-3614", "GBP")]),
    C("K-2154", "Bernard Frost", "Frost", "HNW", ["GB"], [("ACC-3615", "GBP")]),
    C("K-2155", "Piers Hale", "Hale", "HNW", [], [("ACC-3616", "GBP")]),
    C("K-2156", "Dawn Whitlock", "Whitlock", "corporate executive", ["GB"], [("ACC-3617", "GBP")]),
    C("K-2157", "Imran Qureshi", "Qureshi", "HNW", ["GB"], [("ACC-3618", "GBP")]),
    # Chicago (en-US)
    C("K-2161", "Chase Whitaker", "Whitaker", "UHNW", ["US"], [("ACC-3711", "USD")]),
    C("K-2162", "Summer Whitaker", "Whitaker", "HNW", ["US"], [("ACC-3712", "USD")]),
    C(
        "K-2163",
        "Bill Okonkwo",
        "Okonkwo",
        "corporate executive",
        ["US"],
        [("ACC-3713", "USD"), ("ACC-3714", "CAD")],
    ),
    C("K-2164", "Hunter Gallo", "Gallo", "HNW", ["US"], [("ACC-3715", "USD")]),
    C("K-2165", "Rick Whitaker", "Whitaker", "HNW", [], [("ACC-3716", "USD")]),
    C("K-2166", "June Castellano", "Castellano", "HNW", ["US"], [("ACC-3717", "USD")]),
    C("K-2167", "Dale Sorensen", "Sorensen", "HNW", ["US"], [("ACC-3718", "USD")]),
    # Nantes (fr-FR)
    C("K-2171", "Pierre Kerbrat", "Kerbrat", "UHNW", ["FR"], [("ACC-3911", "EUR")]),
    C("K-2172", "Maëlle Kerbrat", "Kerbrat", "HNW", ["FR"], [("ACC-3912", "EUR")]),
    C("K-2173", "Aimé Guillou", "Guillou", "HNW", ["FR"], [("ACC-3913", "EUR")]),
    C(
        "K-2174",
        "Solène Marchal",
        "Marchal",
        "UHNW",
        ["FR"],
        [("ACC-3914", "EUR"), ("ACC-3915", "GBP")],
    ),
    C("K-2175", "Yann Kerbrat", "Kerbrat", "HNW", [], [("ACC-3916", "EUR")]),
    C("K-2176", "Blanche Tessier", "Tessier (Blanche)", "HNW", ["FR"], [("ACC-3917", "EUR")]),
    C(
        "K-2177",
        "Olivier Tessier",
        "Tessier (Olivier)",
        "corporate executive",
        ["FR"],
        [("ACC-3918", "EUR")],
    ),
    C("K-2178", "Margaux Pellerin", "Pellerin", "HNW", ["FR"], [("ACC-3919", "EUR")]),
]
initiatives = [
    {"tag": "art-basel", "name": "Art Basel collectors' preview"},
    {"tag": "vasaloppet", "name": "Vasaloppet ski weekend"},
    {"tag": "borneo-golf", "name": "Sabah golf invitational"},
    {"tag": "succession-2029", "name": "Family succession planning drive"},
    {"tag": "esg-switch", "name": "ESG portfolio switch campaign"},
]

lines = []
REC, AC, AU, NC, ACH = "record", "ask_client", "ask_unclear", "not_covered", "ask_channel"


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
            "id": f"h21-{len(lines) + 1:03d}",
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


# ================= en: Chicago rep (local Thu 07:05) and Bristol rep (local 13:05) =================
L(
    "en",
    "US",
    "Chase Whitaker breakfast mtg 6:15am today at the Palmer House, wired in $1.4M to ACC-3711",
    REC,
    "K-2161",
    "in_person",
    T,
    "06:15",
    [dep("1400000", "USD", "ACC-3711")],
    ne=["6:15am"],
    why="first name Chase is not a follow-up word here; 06:15 is before local 07:05",
)
L(
    "en",
    "US",
    "Summer Whitaker called yest 4:30pm re 529 for the twins, pledged 250k",
    REC,
    "K-2162",
    "phone",
    Y,
    "16:30",
    [plg("250000", "USD")],
    nc=["529"],
    ne=["yest", "4:30pm"],
    why="529 is a plan; single USD account; Summer is a name",
)
L(
    "en",
    "US",
    "Bill Okonkwo zoom Tues, won the mandate on the Calgary carve-out, fee 400k",
    AU,
    "K-2163",
    why="USD and CAD accounts and no currency on the fee",
)
L(
    "en",
    "US",
    "Bill Okonkwo teams call Mon 3pm, mandate fee CAD 180k for the carve-out, chase legal Oct 2",
    REC,
    "K-2163",
    "video",
    past("mon"),
    "15:00",
    [man("180000", "CAD")],
    on(10, 2),
    nc=["carve-out"],
    ne=["Mon", "3pm"],
    why="chase = follow-up word; US m/d date gives Oct 2",
)
L(
    "en",
    "US",
    "Hunter Gallo lunch yesterday, net worth ~22m, 3 kids, age 58, no new money",
    REC,
    "K-2164",
    "in_person",
    Y,
    None,
    [],
    nc=["no new money"],
    ne=["yesterday"],
    why="net worth, counts, age are never claims",
)
L(
    "en",
    "US",
    "Rick Whitaker coffee Tue, referred by Chase",
    NC,
    "K-2165",
    why="Rick Whitaker is covered by nobody",
)
L(
    "en",
    "US",
    "Whitakers dinner Sat at their place #succession-2029",
    AC,
    why="household plural of a three-member household",
)
L(
    "en",
    "US",
    "June Castellano email 9/18, rolled her 403(b) into an IRA w/ us, deposited $610k",
    REC,
    "K-2166",
    "email",
    on(9, 18),
    None,
    [dep("610000", "USD")],
    nc=["403(b)"],
    ne=["9/18"],
    why="June is a name, not the month; 403(b) plan name",
)
L(
    "en",
    "US",
    "June Castellano phone 9/19 2pm, CD ladder 300k opened, 5.1% blended",
    REC,
    "K-2166",
    "phone",
    on(9, 19),
    "14:00",
    [],
    nc=["CD ladder"],
    ne=["9/19", "2pm"],
    why="CDs and percentages are no claim",
)
L("en", "US", "Dale Sorensen spoke Wed re 10b5-1 plan", ACH, "K-2167", why="'spoke' has no channel")
L(
    "en",
    "US",
    "Dale Sorensen letter mailed today w/ the 10b5-1 paperwork + Q3 stmt",
    REC,
    "K-2167",
    "mail",
    T,
    None,
    [],
    nc=["10b5-1"],
    why="letter = mail; plan and quarter names are not amounts",
)
L(
    "en",
    "US",
    "Hunter Gallo call yesterday at 3, transferred $900k",
    AU,
    "K-2164",
    why="bare 3 yesterday: both readings past, and 'transferred' has no direction",
)
L(
    "en",
    "US",
    "Hunter Gallo video call Fri, IF the sale closes he'll commit 2m, chase Monday",
    REC,
    "K-2164",
    "video",
    past("fri"),
    None,
    [],
    nxt("mon"),
    nc=["sale closes"],
    ne=["Fri"],
    why="conditional pledge is no claim; chase Monday = next Monday",
)
L(
    "en",
    "US",
    "Chase Whitaker emailed last night, paid the contractor 85k from his checking, nothing coming in",
    REC,
    "K-2161",
    "email",
    Y,
    None,
    [],
    nc=["contractor"],
    ne=["last night"],
    why="money paid to an outside payee is no claim",
)
L(
    "en",
    "US",
    "Bill Okonkwo mtg at his office 9/14, committed USD 1.5M and funded C$400k into ACC-3714 #esg-switch",
    REC,
    "K-2163",
    "in_person",
    on(9, 14),
    None,
    [plg("1500000", "USD"), dep("400000", "CAD", "ACC-3714")],
    init="esg-switch",
    ne=["9/14"],
    why="two claims in two currencies",
)
L(
    "en",
    "US",
    "Meera Iyer zoom yesterday, NRI taxes, pledged 500k USD",
    REC,
    "K-2147",
    "video",
    Y,
    None,
    [plg("500000", "USD")],
    nc=["NRI"],
    ne=["yesterday"],
    why="Chicago rep covers Meera Iyer; USD named on a USD+INR client",
)
L(
    "en",
    "US",
    "Summer Whitaker text thread + call this am, wants to maybe fund the trust in Q4",
    REC,
    "K-2162",
    "phone",
    T,
    None,
    [],
    nc=["trust"],
    ne=["this am"],
    why="hoped-for funding, no figure, no claim",
)
L(
    "en",
    "US",
    "f/u Summer Whitaker Tue re the trust docs, phone this morning",
    REC,
    "K-2162",
    "phone",
    T,
    None,
    [],
    nxt("tue"),
    nc=["trust docs"],
    ne=["this morning"],
    why="f/u Tue = next Tuesday; part of day gives null time",
)
L(
    "en",
    "US",
    "Dale Sorrensen call Tues 5:45pm, deposited 75k via ACH",
    REC,
    "K-2167",
    "phone",
    past("tue"),
    "17:45",
    [dep("75000", "USD")],
    nc=["ACH"],
    ne=["Tues", "5:45pm"],
    why="doubled letter typo in Sorensen",
)
L(
    "en",
    "GB",
    "Robin Hale – coffee at the Clifton Lido this morning, ISA top-up chat, no money yet",
    REC,
    "K-2151",
    "in_person",
    T,
    None,
    [],
    nc=["ISA"],
    ne=["this morning"],
    why="Robin is a name; part of day gives time null",
)
L(
    "en",
    "GB",
    "Clemency Hale rang at half nine, pledged €600k",
    REC,
    "K-2152",
    "phone",
    T,
    "09:30",
    [plg("600000", "EUR")],
    ne=["half nine"],
    why="half nine = 09:30; € on a GBP+EUR client",
)
L(
    "en",
    "GB",
    "Clemency Hale Teams call Tue 11.40, paid €350k into ACC-3613",
    REC,
    "K-2152",
    "video",
    past("tue"),
    "11:40",
    [dep("350000", "EUR", "ACC-3613")],
    ne=["Tue", "11.40"],
    why="money into a named account is a deposit; dotted UK time",
)
L(
    "en",
    "GB",
    "the Hales – lunch Sun re school fees planning",
    AC,
    why="household plural; three Hales in the firm",
)
L(
    "en",
    "GB",
    "Piers Hale phoned this am about his SIPP",
    NC,
    "K-2155",
    why="Piers Hale is covered by nobody",
)
L(
    "en",
    "GB",
    "Hugo Pennington dinner Mon, FY29 bonus, 12-mth fixed deposit £250k rolled",
    REC,
    "K-2153",
    "in_person",
    past("mon"),
    None,
    [],
    nc=["fixed deposit"],
    ne=["Mon"],
    why="fixed deposit is never a claim; FY29 not an amount",
)
L(
    "en",
    "GB",
    "Hugo Pennington phone call 19/09 at 10:20, committed £1.2m ahead of the house sale, f/u 3/10",
    REC,
    "K-2153",
    "phone",
    on(9, 19),
    "10:20",
    [plg("1200000", "GBP")],
    on(10, 3),
    ne=["19/09", "10:20"],
    why="UK d/m dates; f/u 3/10 = 3 October",
)
L(
    "en",
    "GB",
    "Bernard Frost video Wed, moved 200k from his ISA to his GIA with us",
    REC,
    "K-2154",
    "video",
    past("wed"),
    None,
    [],
    nc=["GIA"],
    ne=["Wed"],
    why="move between the client's own accounts is no claim; bare Wed = yesterday",
)
L(
    "en",
    "GB",
    "Bernard Frost letter posted today w/ LPA copies",
    REC,
    "K-2154",
    "mail",
    T,
    None,
    [],
    nc=["LPA"],
    why="letter posted = mail",
)
L(
    "en",
    "GB",
    "Dawn Whitlock email 18/9, mandate won for the AIM listing, fee £140k #succession-2029",
    REC,
    "K-2156",
    "email",
    on(9, 18),
    None,
    [man("140000", "GBP")],
    init="succession-2029",
    nc=["AIM listing"],
    ne=["18/9"],
    why="Dawn is a name, not the time of day",
)
L(
    "en",
    "GB",
    "Dawn Whitlock met at dawn at the rowing club today, discretionary mandate signed on 2.5m",
    REC,
    "K-2156",
    "in_person",
    T,
    None,
    [],
    nc=["discretionary mandate"],
    why="discretionary management mandate is never a claim; 'at dawn' is a part of the day",
)
L(
    "en",
    "GB",
    "Imran Qureshi call last Wednesday, pledged £300k",
    AU,
    "K-2157",
    why="'last <yesterday's weekday>' could be yesterday or 8 days ago",
)
L(
    "en",
    "GB",
    "Imran Qureshi zoom last Thursday 4pm, deposited £500k and pledged another £250k by Xmas",
    REC,
    "K-2157",
    "video",
    past("thu"),
    "16:00",
    [dep("500000", "GBP"), plg("250000", "GBP")],
    ne=["last Thursday", "4pm"],
    why="last <today's weekday> = seven days ago; two claims",
)
L(
    "en",
    "GB",
    "Åsa Berglund video call today 09:30, deposited 6 MSEK",
    REC,
    "K-2117",
    "video",
    T,
    "09:30",
    [dep("6000000", "SEK")],
    ne=["09:30"],
    why="Bristol rep covers a Swedish client",
)
L(
    "en",
    "GB",
    "Robin Hale rang today at 11, hasn't deposited the 400k, waiting on probate",
    REC,
    "K-2151",
    "phone",
    T,
    "11:00",
    [],
    nc=["probate"],
    why="bare 11 today: 23:00 would be future so read as typed; negated deposit",
)
L(
    "en",
    "GB",
    "Bernard Frost chat yesterday re IHT gifting, 7-year rule",
    ACH,
    "K-2154",
    why="'chat' names no channel",
)
L(
    "en",
    "GB",
    "Hugo Pennington met Friday, fee 0.75% on the advisory mandate",
    REC,
    "K-2153",
    "in_person",
    past("fri"),
    None,
    [],
    nc=["advisory mandate"],
    ne=["Friday"],
    why="percentage-only fee and advisory mandate: no claim",
)
L(
    "en",
    "GB",
    "Clemency Hale call this weekend re the Dordogne house",
    AU,
    "K-2152",
    why="weekend words name two days",
)
L(
    "en",
    "GB",
    "Robin Hale email yesterday 08:10, transferred £150k to his daughter's account elsewhere",
    REC,
    "K-2151",
    "email",
    Y,
    "08:10",
    [],
    nc=["daughter"],
    ne=["yesterday", "08:10"],
    why="money moved out to an outside payee is no claim",
)
# ================= fr: Zürich rep fr-CH and Nantes rep fr-FR (both local 14:05) =================
L(
    "fr",
    "CH",
    "Blaise Perrenoud rdv à la Bahnhofstrasse ce matin 9h15, a versé 2,4 mio CHF sur ACC-3111",
    REC,
    "K-2101",
    "in_person",
    T,
    "09:15",
    [dep("2400000", "CHF", "ACC-3111")],
    ne=["9h15"],
    why="explicit time wins over part of the day; mio = million",
)
L(
    "fr",
    "CH",
    "Anouk Perrenoud appel hier 16h, promis 800 000 CHF",
    REC,
    "K-2102",
    "phone",
    Y,
    "16:00",
    [plg("800000", "CHF")],
    ne=["hier", "16h"],
    why="CHF named on a CHF+EUR client",
)
L(
    "fr",
    "CH",
    "Anouk Perrenoud visio lundi à 10h, apport de 500 000 EUR sur ACC-3113, relance le 2.10",
    REC,
    "K-2102",
    "video",
    past("mon"),
    "10:00",
    [dep("500000", "EUR", "ACC-3113")],
    on(10, 2),
    ne=["lundi", "10h"],
    why="apport = deposit; Swiss d.m date",
)
L(
    "fr",
    "CH",
    "Perrenoud dîner mardi chez eux au Dolder",
    AC,
    why="household surname with two clients",
)
L("fr", "CH", "Rochat au natel hier, question 3e pilier", AC, why="two separate Rochat households")
L(
    "fr",
    "CH",
    "Olivier Rochat téléphone mercredi dernier, 3e pilier a",
    AU,
    "K-2103",
    why="'mercredi dernier' said on Thursday: yesterday or 8 days ago",
)
L(
    "fr",
    "CH",
    "Olivier Rochat déjeuner hier au Kronenhalle, compte à terme 12 mois 300 000 CHF",
    REC,
    "K-2103",
    "in_person",
    Y,
    None,
    [],
    nc=["compte à terme"],
    ne=["hier"],
    why="term deposit never a claim",
)
L(
    "fr",
    "CH",
    "Jean-Marc Rochat café vendredi à Lausanne, prospect, fortune env. 40 mio",
    NC,
    "K-2105",
    why="covered by nobody",
)
L(
    "fr",
    "CH",
    "Constance Favre visio hier 17h30, engagement de nonante mille francs",
    REC,
    "K-2104",
    "video",
    Y,
    "17:30",
    [plg("90000", "CHF")],
    ne=["hier", "17h30"],
    why="Swiss nonante mille = 90 000; francs names CHF on a CHF+USD client",
)
L(
    "fr",
    "CH",
    "Constance Favre rdv le 19.9 à 11h, a versé USD 2 mio et promis 1,5 mio CHF #art-basel",
    REC,
    "K-2104",
    "in_person",
    on(9, 19),
    "11:00",
    [dep("2000000", "USD"), plg("1500000", "CHF")],
    init="art-basel",
    ne=["19.9", "11h"],
    why="two claims, two currencies named",
)
L(
    "fr",
    "CH",
    "Rose Dubuis courrier reçu aujourd'hui, certificat de salaire et relevé LPP",
    REC,
    "K-2106",
    "mail",
    T,
    None,
    [],
    nc=["LPP"],
    ne=["aujourd'hui"],
    why="Rose is a name; courrier = mail",
)
L(
    "fr",
    "CH",
    "Rose Dubuis tél jeudi, n'a pas versé les 200 000, attend la succession",
    REC,
    "K-2106",
    "phone",
    past("thu"),
    None,
    [],
    nc=["succession"],
    ne=["jeudi"],
    why="bare weekday equal to today = a week ago; negated deposit",
)
L(
    "fr",
    "CH",
    "Lucien Moser mail ce matin, mandat gagné pour l'IPO à SIX, honoraires 350 000 francs",
    REC,
    "K-2107",
    "email",
    T,
    None,
    [man("350000", "CHF")],
    nc=["IPO"],
    ne=["ce matin"],
    why="mandate won with a fee",
)
L(
    "fr",
    "CH",
    "Lucien Moser visio mardi 8h, a viré 1 mio",
    AU,
    "K-2107",
    why="'a viré' gives no direction",
)
L(
    "fr",
    "CH",
    "Lucien Moser discuté hier de la holding",
    ACH,
    "K-2107",
    why="'discuté' names no channel",
)
L(
    "fr",
    "CH",
    "Blaise Perrenoud appel ce jour à 13h40, gestion sous mandat discrétionnaire 5 mio signée",
    REC,
    "K-2101",
    "phone",
    T,
    "13:40",
    [],
    nc=["mandat discrétionnaire"],
    why="discretionary mandate is never a claim; 13:40 before local 14:05",
)
L(
    "fr",
    "CH",
    "Rose Dubuis rdv apéro vendredi soir, a promis 250 000, relance mardi",
    REC,
    "K-2106",
    "in_person",
    past("fri"),
    None,
    [plg("250000", "CHF")],
    nxt("tue"),
    ne=["vendredi soir"],
    why="single CHF account; part of day -> null time; relance -> next Tuesday",
)
L(
    "fr",
    "CH",
    "Anouk Perrenoud téléphone ce matin, versement de 300 000 CHF seulement si la vente du chalet passe",
    REC,
    "K-2102",
    "phone",
    T,
    None,
    [],
    nc=["chalet"],
    ne=["ce matin"],
    why="conditional deposit no claim",
)
L(
    "fr",
    "FR",
    "rdv Pierre Kerbrat à l'agence hier 10h30, a versé 1,2 M€ sur ACC-3911",
    REC,
    "K-2171",
    "in_person",
    Y,
    "10:30",
    [dep("1200000", "EUR", "ACC-3911")],
    ne=["hier", "10h30"],
    why="Pierre is a name",
)
L(
    "fr",
    "FR",
    "Maëlle Kerbrat tél lundi, PEA et assurance-vie, rien de signé",
    REC,
    "K-2172",
    "phone",
    past("mon"),
    None,
    [],
    nc=["PEA"],
    ne=["lundi"],
    why="PEA plan name",
)
L("fr", "FR", "Kerbrat déj hier au Lieu Unique", AC, why="household of three Kerbrats")
L(
    "fr",
    "FR",
    "Yann Kerbrat appel ce matin, veut ouvrir un compte",
    NC,
    "K-2175",
    why="covered by nobody",
)
L(
    "fr",
    "FR",
    "Aimé Guillou visio mardi 18h, a promis 400 000 €",
    REC,
    "K-2173",
    "video",
    past("tue"),
    "18:00",
    [plg("400000", "EUR")],
    ne=["mardi", "18h"],
    why="Aimé is a name",
)
L(
    "fr",
    "FR",
    "Aimé Guillou courrier envoyé ce jour, IFU 2027 et avis d'impôt",
    REC,
    "K-2173",
    "mail",
    T,
    None,
    [],
    nc=["IFU"],
    why="2027 is a year, not an amount",
)
L(
    "fr",
    "FR",
    "Solène Marchal visio hier, apport de 600k €",
    REC,
    "K-2174",
    "video",
    Y,
    None,
    [dep("600000", "EUR")],
    ne=["hier"],
    why="apport = deposit; € named on a EUR+GBP client",
)
L(
    "fr",
    "FR",
    "Solène Marchal rdv le 18/09 à 15h, a versé 250 000 £ sur ACC-3915, relance vendredi",
    REC,
    "K-2174",
    "in_person",
    on(9, 18),
    "15:00",
    [dep("250000", "GBP", "ACC-3915")],
    nxt("fri"),
    ne=["18/09", "15h"],
    why="account GBP; relance Friday = tomorrow",
)
L(
    "fr",
    "FR",
    "Blanche Tessier e-mail ce matin, attestation fiscale",
    REC,
    "K-2176",
    "email",
    T,
    None,
    [],
    nc=["attestation"],
    ne=["ce matin"],
    why="Blanche is a name",
)
L(
    "fr",
    "FR",
    "Tessier appel avant-hier, point sur la SCI",
    AC,
    why="two separate Tessier households",
)
L(
    "fr",
    "FR",
    "Olivier Tessier visio à 9h ce matin, mandat remporté pour la cession, honoraires 180 k€",
    REC,
    "K-2177",
    "video",
    T,
    "09:00",
    [man("180000", "EUR")],
    nc=["cession"],
    ne=["9h"],
    why="à 9h read as typed",
)
L("fr", "FR", "Olivier rdv hier", AC, why="first name shared by Olivier Rochat and Olivier Tessier")
L(
    "fr",
    "FR",
    "Margaux Pellerin tél hier soir à 8h, a versé 90 000 € sur son assurance-vie chez nous",
    REC,
    "K-2178",
    "phone",
    Y,
    "20:00",
    [dep("90000", "EUR")],
    nc=["assurance-vie"],
    ne=["hier soir"],
    why="soir turns 8h into 20:00",
)
L(
    "fr",
    "FR",
    "Margaux Pellerin rdv hier à 4h",
    AU,
    "K-2178",
    why="à 4h yesterday: 04:00 and 16:00 both past",
)
L(
    "fr",
    "FR",
    "Pierre Kerbrat tél ce matin, a transféré 500k de son compte courant vers son PEA chez nous",
    REC,
    "K-2171",
    "phone",
    T,
    None,
    [],
    nc=["PEA"],
    ne=["ce matin"],
    why="between the client's own accounts is no claim",
)
L(
    "fr",
    "FR",
    "Maëlle Kerbrat rdv jeudi dernier 11h, a promis 300 k€ et versé 150 k€ #esg-switch",
    REC,
    "K-2172",
    "in_person",
    past("thu"),
    "11:00",
    [plg("300000", "EUR"), dep("150000", "EUR")],
    init="esg-switch",
    ne=["jeudi dernier"],
    why="'jeudi dernier' on Thursday = seven days ago; two claims",
)
L(
    "fr",
    "FR",
    "Constance Favre visio ce matin, 1 mio USD versés sur ACC-3116",
    REC,
    "K-2104",
    "video",
    T,
    None,
    [dep("1000000", "USD", "ACC-3116")],
    ne=["ce matin"],
    why="secondary coverage by Nantes rep",
)
L(
    "fr",
    "FR",
    "Blanche Tessier déjeuner le week-end dernier",
    AU,
    "K-2176",
    why="weekend words name two days",
)
L(
    "fr",
    "FR",
    "Aimé Guillou tél 20/09 14h, 62 ans, 3 petits-enfants, tél 06 12 48 77 30",
    REC,
    "K-2173",
    "phone",
    on(9, 20),
    "14:00",
    [],
    nc=["petits-enfants"],
    ne=["20/09"],
    why="age, count and phone number never claims",
)
# ================= sv: Uppsala rep (local 14:05) =================
L(
    "sv",
    "SV",
    "Fika med Bo Hedlund på Güntherska i morse, han satte in 3 MSEK på ACC-3211",
    REC,
    "K-2111",
    "in_person",
    T,
    None,
    [dep("3000000", "SEK", "ACC-3211")],
    ne=["i morse"],
    why="fika = in person; Bo is a name and a verb",
)
L(
    "sv",
    "SV",
    "Sara Hedlund ringde igår kl 16.20, lovade 750 tkr till årsskiftet",
    REC,
    "K-2112",
    "phone",
    Y,
    "16:20",
    [plg("750000", "SEK")],
    ne=["igår", "16.20"],
    why="tkr = thousand kronor; single SEK account",
)
L("sv", "SV", "Hedlunds middag i lördags hemma hos dem", AC, why="household plural")
L(
    "sv",
    "SV",
    "Ingrid Falk teams-möte i måndags kl 9, ISK och kapitalförsäkring, inga pengar än",
    REC,
    "K-2113",
    "video",
    past("mon"),
    "09:00",
    [],
    nc=["ISK"],
    ne=["måndags"],
    why="kl 9 read as typed; ISK plan name",
)
L(
    "sv",
    "SV",
    "Ingrid Falk mejl i onsdags, insättning 400 000 kr",
    REC,
    "K-2113",
    "email",
    Y,
    None,
    [dep("400000", "SEK")],
    ne=["onsdags"],
    why="'i onsdags' on Thursday = yesterday",
)
L(
    "sv",
    "SV",
    "Gustav Lind lunch igår på Domtrappkällaren, lovade 2 miljoner kronor",
    REC,
    "K-2114",
    "in_person",
    Y,
    None,
    [plg("2000000", "SEK")],
    ne=["igår"],
    why="kronor names SEK on a SEK+EUR client",
)
L(
    "sv",
    "SV",
    "Gustav Lind ringde 19/9 kl 10:45, satte in 1,2 MEUR på ACC-3215 och lovade 5 MSEK till",
    REC,
    "K-2114",
    "phone",
    on(9, 19),
    "10:45",
    [dep("1200000", "EUR", "ACC-3215"), plg("5000000", "SEK")],
    ne=["19/9", "10:45"],
    why="two claims in two currencies",
)
L("sv", "SV", "Lind ringde i morse om pensionen", AC, why="two separate Lind households")
L(
    "sv",
    "SV",
    "Nils Lind mötte honom på Uppsala Slott i fredags, prospekt",
    NC,
    "K-2116",
    why="covered by nobody",
)
L(
    "sv",
    "SV",
    "Tove Strand brev skickat idag med deklarationsunderlag K4",
    REC,
    "K-2115",
    "mail",
    T,
    None,
    [],
    nc=["K4"],
    ne=["idag"],
    why="brev = mail; K4 is a form",
)
L(
    "sv",
    "SV",
    "Tove Strand möte på kontoret i tisdags 13:30, överförde 800 000",
    AU,
    "K-2115",
    why="överförde gives no direction",
)
L(
    "sv",
    "SV",
    "Tove Strand telefon idag 11:15, bunden placering 12 mån 500 tkr",
    REC,
    "K-2115",
    "phone",
    T,
    "11:15",
    [],
    nc=["bunden placering"],
    ne=["11:15"],
    why="term deposit never a claim",
)
L(
    "sv",
    "SV",
    "Viktor Nyberg videomöte i torsdags, vann mandatet för nyemissionen, arvode 450 000 kr #esg-switch",
    REC,
    "K-2118",
    "video",
    past("thu"),
    None,
    [man("450000", "SEK")],
    init="esg-switch",
    nc=["nyemissionen"],
    ne=["torsdags"],
    why="'i torsdags' said on Thursday: most recent Thursday before today = a week ago",
)
L(
    "sv",
    "SV",
    "Viktor Nyberg pratade igår om optionsprogrammet",
    ACH,
    "K-2118",
    why="pratade has no channel",
)
L(
    "sv",
    "SV",
    "Bo Hedlund zoom idag kl 8, följ upp på tisdag",
    REC,
    "K-2111",
    "video",
    T,
    "08:00",
    [],
    nxt("tue"),
    ne=["kl 8"],
    why="kl 8 = 08:00; följ upp -> next Tuesday",
)
L(
    "sv",
    "SV",
    "Sara Hedlund mejl idag, har INTE satt in de 300 tkr än, väntar på husförsäljningen",
    REC,
    "K-2112",
    "email",
    T,
    None,
    [],
    nc=["husförsäljningen"],
    ne=["idag"],
    why="negated deposit",
)
L(
    "sv",
    "SV",
    "Ingrid Falk fika i går eftermiddag, pengar till oss: 1,5 mkr från Nordea",
    REC,
    "K-2113",
    "in_person",
    Y,
    None,
    [dep("1500000", "SEK")],
    nc=["Nordea"],
    ne=["eftermiddag"],
    why="till oss = deposit; mkr",
)
L(
    "sv",
    "SV",
    "Åsa Berglund ringde i morse om gåvobrev",
    NC,
    "K-2117",
    why="covered by the Bristol rep only",
)
L(
    "sv",
    "SV",
    "Gustav Lind telefon igår kl 3",
    AU,
    "K-2114",
    why="kl 3 yesterday: 03:00 and 15:00 both past",
)
L(
    "sv",
    "SV",
    "Bo Hedlund lunch på Hambergs i tisdags, flyttade 2 MSEK från sitt ISK till kapitalförsäkringen hos oss",
    REC,
    "K-2111",
    "in_person",
    past("tue"),
    None,
    [],
    nc=["kapitalförsäkringen"],
    ne=["tisdags"],
    why="move between own accounts: no claim",
)
L(
    "sv",
    "SV",
    "Tove Strand möte idag 10.00, om hon säljer bolaget lovar hon 4 MSEK",
    REC,
    "K-2115",
    "in_person",
    T,
    "10:00",
    [],
    nc=["säljer bolaget"],
    ne=["10.00"],
    why="conditional (om) pledge is no claim",
)
L(
    "sv",
    "SV",
    "Viktor Nyberg mejl 15/9, mandat vunnet, arvode 1,2 % av emissionen",
    REC,
    "K-2118",
    "email",
    on(9, 15),
    None,
    [],
    nc=["arvode"],
    ne=["15/9"],
    why="percentage-only fee is no claim",
)
L(
    "sv",
    "SV",
    "Sara Hedlund videosamtal i fredags kl 17, insättning 250 000 kr på ACC-3212",
    REC,
    "K-2112",
    "video",
    past("fri"),
    "17:00",
    [dep("250000", "SEK", "ACC-3212")],
    ne=["fredags", "kl 17"],
    why="24-hour time",
)
L(
    "sv",
    "SV",
    "Ingrid Falk ringde förra onsdagen",
    AU,
    "K-2113",
    why="last <yesterday's weekday>: yesterday or 8 days ago",
)
L(
    "sv",
    "SV",
    "Gustav Lind möte på kontoret igår 14:00, satte in 300 000 EUR",
    REC,
    "K-2114",
    "in_person",
    Y,
    "14:00",
    [dep("300000", "EUR")],
    ne=["igår", "14:00"],
    why="EUR named on a SEK+EUR client",
)
L(
    "sv",
    "SV",
    "Bo Hedlund brev idag, fullmakt för dödsboet",
    REC,
    "K-2111",
    "mail",
    T,
    None,
    [],
    nc=["fullmakt"],
    ne=["idag"],
    why="brev = mail",
)
L(
    "sv",
    "SV",
    "Tove Strand teams idag kl 7.30, 45 år, 2 barn, förmögenhet ca 30 MSEK",
    REC,
    "K-2115",
    "video",
    T,
    "07:30",
    [],
    nc=["förmögenhet"],
    why="age, count and net worth never claims",
)
L(
    "sv",
    "SV",
    "Viktor Nyberg lunch igår, lovade 1 MSEK, följ upp 5/10",
    REC,
    "K-2118",
    "in_person",
    Y,
    None,
    [plg("1000000", "SEK")],
    on(10, 5),
    ne=["igår"],
    why="d/m follow-up date",
)
L("sv", "SV", "Ingrid Falk samtal i helgen", AU, "K-2113", why="weekend words name two days")
L(
    "sv",
    "SV",
    "Sara Hedlund ringde i morse kl 9.10, satte in 500 tkr och lovade 1 MSEK till #vasaloppet",
    REC,
    "K-2112",
    "phone",
    T,
    "09:10",
    [dep("500000", "SEK"), plg("1000000", "SEK")],
    init="vasaloppet",
    ne=["kl 9.10"],
    why="two claims; explicit time wins over i morse",
)
L(
    "sv",
    "SV",
    "Bo Hedlund telefonmöte i måndags, betalade 120 tkr till byggfirman",
    REC,
    "K-2111",
    "phone",
    past("mon"),
    None,
    [],
    nc=["byggfirman"],
    ne=["måndags"],
    why="payment to an outside payee is no claim",
)
L(
    "sv",
    "SV",
    "Gustav Lind mejl idag 12:40, följ upp fredag om ISK-flytten",
    REC,
    "K-2114",
    "email",
    T,
    "12:40",
    [],
    nxt("fri"),
    nc=["ISK"],
    ne=["12:40"],
    why="följ upp fredag = tomorrow",
)
L(
    "sv",
    "SV",
    "Ingrid Falk videomöte idag kl 13, Falk lovade inget, vill vänta till Q1",
    REC,
    "K-2113",
    "video",
    T,
    "13:00",
    [],
    nc=["Q1"],
    ne=["kl 13"],
    why="negated pledge; Falk repeats her surname",
)
L(
    "sv",
    "SV",
    "Tove Strand fika i söndags, pratade succession #succession-2029",
    REC,
    "K-2115",
    "in_person",
    past("sun"),
    None,
    [],
    init="succession-2029",
    ne=["söndags"],
    why="fika gives a channel even though 'pratade' appears",
)
L(
    "sv",
    "SV",
    "Viktor Nyberg ringde idag kl 5, 1,8 MSEK insättning",
    REC,
    "K-2118",
    "phone",
    T,
    "05:00",
    [dep("1800000", "SEK")],
    ne=["kl 5"],
    why="kl 5 today: 17:00 would be future, so read as typed (05:00)",
)
L(
    "sv",
    "SV",
    "Hedlund Sara ringde igår, lovade 200 000 kr",
    REC,
    "K-2112",
    "phone",
    Y,
    None,
    [plg("200000", "SEK")],
    ne=["igår"],
    why="surname-first order still matches Sara Hedlund",
)
# ================= ro: Timișoara rep (local 15:05) =================
L(
    "ro",
    "RO",
    "Întâlnire cu Radu Lupu la sediu azi la 10:30, a depus 2 mil. lei în ACC-3311",
    REC,
    "K-2121",
    "in_person",
    T,
    "10:30",
    [dep("2000000", "RON", "ACC-3311")],
    ne=["10:30"],
    why="întâlnire = in person; Lupu means wolf",
)
L(
    "ro",
    "RO",
    "Ioana Lupu telefon ieri, s-a angajat la 500.000 euro",
    REC,
    "K-2122",
    "phone",
    Y,
    None,
    [plg("500000", "EUR")],
    ne=["ieri"],
    why="euro named on a RON+EUR client",
)
L(
    "ro",
    "RO",
    "Ioana Lupu apel video luni la 11, a depus 150.000 EUR în ACC-3313, revin vineri",
    REC,
    "K-2122",
    "video",
    past("mon"),
    "11:00",
    [dep("150000", "EUR", "ACC-3313")],
    nxt("fri"),
    ne=["luni"],
    why="la 11 read as typed; revin -> next Friday",
)
L("ro", "RO", "familia Lupu cină sâmbătă la Casa Bunicii", AC, why="household")
L(
    "ro",
    "RO",
    "Mircea Albu e-mail azi dimineață, extras Q2 și declarația unică",
    REC,
    "K-2123",
    "email",
    T,
    None,
    [],
    nc=["declarația unică"],
    ne=["dimineață"],
    why="Q2 not an amount; Albu means white",
)
L(
    "ro",
    "RO",
    "Mircea Albu prânz ieri la Timișoara 700, s-a angajat la 300.000 lei până în decembrie",
    REC,
    "K-2123",
    "in_person",
    Y,
    None,
    [plg("300000", "RON")],
    ne=["ieri"],
    why="pledge in lei",
)
L(
    "ro",
    "RO",
    "Gabriela Nistor telefon marți la 16:15, a depus 80.000",
    REC,
    "K-2124",
    "phone",
    past("tue"),
    "16:15",
    [dep("80000", "EUR")],
    ne=["marți", "16:15"],
    why="single EUR account gives the currency",
)
L(
    "ro",
    "RO",
    "Gabriela Nistor scrisoare trimisă azi cu contractul de mandat semnat",
    REC,
    "K-2124",
    "mail",
    T,
    None,
    [],
    nc=["contractul"],
    ne=["azi"],
    why="scrisoare = mail; no fee",
)
L(
    "ro",
    "RO",
    "Tudor Pop call teams miercuri, mandat câștigat pentru listarea pe BVB, onorariu 900.000 lei",
    REC,
    "K-2125",
    "video",
    past("wed"),
    None,
    [man("900000", "RON")],
    nc=["BVB"],
    ne=["miercuri"],
    why="bare miercuri = yesterday",
)
L("ro", "RO", "Pop telefon azi despre holding", AC, why="two separate Pop households")
L(
    "ro",
    "RO",
    "Cristian Pop întâlnire vineri la Iulius Town, prospect",
    NC,
    "K-2126",
    why="covered by nobody",
)
L(
    "ro",
    "RO",
    "Elena Vulpe telefon azi la 9:40, depozit la termen 12 luni de 200.000 lei",
    REC,
    "K-2127",
    "phone",
    T,
    "09:40",
    [],
    nc=["depozit la termen"],
    ne=["9:40"],
    why="term deposit never a claim",
)
L(
    "ro",
    "RO",
    "Elena Vulpe întâlnire ieri seara la 7, a depus 120.000 lei",
    REC,
    "K-2127",
    "in_person",
    Y,
    "19:00",
    [dep("120000", "RON")],
    ne=["ieri seara"],
    why="seara turns 7 into 19:00",
)
L(
    "ro",
    "RO",
    "Radu Lupu am vorbit ieri despre Pilonul III",
    ACH,
    "K-2121",
    why="'am vorbit' has no channel",
)
L(
    "ro",
    "RO",
    "Radu Lupu e-mail 19.09, NU a depus încă suma, așteaptă dividendele",
    REC,
    "K-2121",
    "email",
    on(9, 19),
    None,
    [],
    nc=["dividendele"],
    ne=["19.09"],
    why="negated deposit",
)
L(
    "ro",
    "RO",
    "Tudor Pop întâlnire joi trecută la 14:00, s-a angajat la 1,5 mil. lei și a depus 400.000 lei #succession-2029",
    REC,
    "K-2125",
    "in_person",
    past("thu"),
    "14:00",
    [plg("1500000", "RON"), dep("400000", "RON")],
    init="succession-2029",
    ne=["joi trecută"],
    why="'joi trecută' on Thursday = seven days ago",
)
L(
    "ro",
    "RO",
    "Mircea Albu apel azi la 13:20, a transferat 250.000 lei",
    AU,
    "K-2123",
    why="a transferat: no direction",
)
L(
    "ro",
    "RO",
    "Ioana Lupu întâlnire azi 12:00, a depus 200.000 lei dacă se vinde apartamentul",
    REC,
    "K-2122",
    "in_person",
    T,
    "12:00",
    [],
    nc=["apartamentul"],
    why="conditional (dacă) deposit is no claim",
)
L(
    "ro",
    "RO",
    "Gabriela Nistor apel video 15.09 ora 17:30, revin pe 2.10 cu propunerea",
    REC,
    "K-2124",
    "video",
    on(9, 15),
    "17:30",
    [],
    on(10, 2),
    nc=["propunerea"],
    ne=["15.09"],
    why="d.m dates",
)
L(
    "ro",
    "RO",
    "Elena Vulpe telefon luni, 54 de ani, 2 copii, avere netă ~5 mil. EUR",
    REC,
    "K-2127",
    "phone",
    past("mon"),
    None,
    [],
    nc=["avere"],
    ne=["luni"],
    why="age, count, net worth not claims",
)
L(
    "ro",
    "RO",
    "Radu Lupu zoom azi la 8, mandat de administrare discreționară pe 3 mil. lei",
    REC,
    "K-2121",
    "video",
    T,
    "08:00",
    [],
    nc=["discreționară"],
    why="discretionary mandate never a claim",
)
L(
    "ro",
    "RO",
    "Tudor Pop e-mail ieri la 18:45, a plătit 300.000 lei furnizorului din contul lui",
    REC,
    "K-2125",
    "email",
    Y,
    "18:45",
    [],
    nc=["furnizorului"],
    ne=["18:45"],
    why="payment to outside payee",
)
L(
    "ro",
    "RO",
    "Mircea Albu scrisoare primită ieri, cerere de închidere a contului",
    REC,
    "K-2123",
    "mail",
    Y,
    None,
    [],
    nc=["închidere"],
    ne=["ieri"],
    why="scrisoare = mail",
)
L(
    "ro",
    "RO",
    "Ioana Lupu telefon azi dimineață, s-a angajat la 1 mil. lei",
    REC,
    "K-2122",
    "phone",
    T,
    None,
    [plg("1000000", "RON")],
    ne=["dimineață"],
    why="lei gives RON on a RON+EUR client",
)
L(
    "ro",
    "RO",
    "Gabriela Nistor prânz sâmbătă, au venit 250.000 EUR în ACC-3315",
    REC,
    "K-2124",
    "in_person",
    past("sat"),
    None,
    [dep("250000", "EUR", "ACC-3315")],
    ne=["sâmbătă"],
    why="money come into the account = deposit",
)
L(
    "ro",
    "RO",
    "Elena Vulpe apel azi la 14:50, follow-up marți pe tema ESG #esg-switch",
    REC,
    "K-2127",
    "phone",
    T,
    "14:50",
    [],
    nxt("tue"),
    init="esg-switch",
    ne=["14:50"],
    why="follow-up -> next Tuesday",
)
L(
    "ro",
    "RO",
    "Radu Lupu cafea duminică, discuție despre moștenire",
    REC,
    "K-2121",
    "in_person",
    past("sun"),
    None,
    [],
    nc=["moștenire"],
    ne=["duminică"],
    why="cafea = in person",
)
L(
    "ro",
    "RO",
    "Tudor Pop videoconferință 18.09, onorariu mandat 2% din tranzacție",
    REC,
    "K-2125",
    "video",
    on(9, 18),
    None,
    [],
    nc=["tranzacție"],
    ne=["18.09"],
    why="percentage-only mandate fee",
)
L(
    "ro",
    "RO",
    "Mircea Albu telefon marți, a mutat 100.000 lei din contul curent în contul de economii la noi",
    REC,
    "K-2123",
    "phone",
    past("tue"),
    None,
    [],
    nc=["economii"],
    ne=["marți"],
    why="between own accounts: no claim",
)
L(
    "ro",
    "RO",
    "Gabriela Nistor întâlnire miercurea trecută",
    AU,
    "K-2124",
    why="last <yesterday's weekday>",
)
L(
    "ro",
    "RO",
    "Elena Vulpe e-mail azi, a depus 50.000 lei în ACC-3318 și s-a angajat la încă 100.000 lei",
    REC,
    "K-2127",
    "email",
    T,
    None,
    [dep("50000", "RON", "ACC-3318"), plg("100000", "RON")],
    ne=["azi"],
    why="two claims",
)
L(
    "ro",
    "RO",
    "Ioana Lupu telefon vineri seara, revin luni",
    REC,
    "K-2122",
    "phone",
    past("fri"),
    None,
    [],
    nxt("mon"),
    ne=["vineri seara"],
    why="part of day alone: null time",
)
L(
    "ro",
    "RO",
    "Radu Lupu întâlnire la birou 20.09 la 9, a depus 750.000 lei",
    REC,
    "K-2121",
    "in_person",
    on(9, 20),
    "09:00",
    [dep("750000", "RON")],
    ne=["20.09"],
    why="la 9 read as typed",
)
L(
    "ro",
    "RO",
    "Tudor Pop telefon azi la 15:00, tel 0722 418 903",
    REC,
    "K-2125",
    "phone",
    T,
    "15:00",
    [],
    nc=["0722"],
    why="phone number not an amount; 15:00 before local 15:05",
)
L(
    "ro",
    "RO",
    "Mircea Albu întâlnire 3 zile în urmă, Pilonul III",
    REC,
    "K-2123",
    "in_person",
    iso(TODAY - dt.timedelta(3)),
    None,
    [],
    nc=["Pilonul III"],
    ne=["3 zile în urmă"],
    why="three days ago",
)
L(
    "ro",
    "RO",
    "Gabriela Nistor telefon azi la 14, a promis 60.000 EUR",
    REC,
    "K-2124",
    "phone",
    T,
    "14:00",
    [plg("60000", "EUR")],
    why="la 14 = 14:00",
)
# ================= ms: Kota Kinabalu rep (local 20:05) =================
L(
    "ms",
    "MS",
    "Jumpa Lim Boon Keat di Suria Sabah pagi tadi pukul 10, dia masukkan SGD 800k ke ACC-3412",
    REC,
    "K-2131",
    "in_person",
    T,
    "10:00",
    [dep("800000", "SGD", "ACC-3412")],
    ne=["pagi tadi"],
    why="explicit hour with pagi wins; masukkan = deposit",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat telefon semalam, janji 2 juta",
    AU,
    "K-2131",
    why="MYR and SGD accounts, no currency",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling minum kopi di Jesselton Point semalam, bincang PRS dan ASB",
    REC,
    "K-2132",
    "in_person",
    Y,
    None,
    [],
    nc=["PRS"],
    ne=["semalam"],
    why="coffee = in person",
)
L("ms", "MS", "keluarga Lim makan malam Sabtu", AC, why="household")
L(
    "ms",
    "MS",
    "Mawar binti Osman panggilan video hari Isnin pukul 3 petang, janji RM 500 ribu",
    REC,
    "K-2133",
    "video",
    past("mon"),
    "15:00",
    [plg("500000", "MYR")],
    ne=["Isnin"],
    why="Mawar means rose; petang makes 3 pm",
)
L(
    "ms",
    "MS",
    "Mawar Osman emel hari ini, penyata KWSP",
    REC,
    "K-2133",
    "email",
    T,
    None,
    [],
    nc=["KWSP"],
    why="name without binti",
)
L(
    "ms",
    "MS",
    "Datuk Jeffrey Lojuntin jumpa di pejabat hari Selasa, mandat IPO dimenangi, yuran RM 1.5 juta",
    REC,
    "K-2134",
    "in_person",
    past("tue"),
    None,
    [man("1500000", "MYR")],
    nc=["IPO"],
    ne=["Selasa"],
    why="Datuk title; mandate fee",
)
L(
    "ms",
    "MS",
    "Jeffrey Lojuntin bincang semalam pasal Bursa",
    ACH,
    "K-2134",
    why="bincang has no channel",
)
L(
    "ms",
    "MS",
    "Amran bin Yusof telefon hari ini pukul 2.30 petang, FD RM 300k diperbaharui",
    REC,
    "K-2135",
    "phone",
    T,
    "14:30",
    [],
    nc=["FD"],
    why="FD never a claim",
)
L(
    "ms",
    "MS",
    "Yusof telefon pagi tadi pasal hibah",
    AC,
    why="Yusof is shared by Amran bin Yusof and Faridah binti Yusof",
)
L(
    "ms",
    "MS",
    "Faridah binti Yusof jumpa hari Jumaat di Imago, prospek",
    NC,
    "K-2136",
    why="covered by nobody",
)
L(
    "ms",
    "MS",
    "Nur Aina binti Rahim surat dihantar hari ini, borang CRS",
    REC,
    "K-2137",
    "mail",
    T,
    None,
    [],
    nc=["CRS"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "Nur Aina telefon kelmarin, masukkan RM 200k",
    AU,
    "K-2137",
    why="kelmarin is ambiguous",
)
L(
    "ms",
    "MS",
    "Wong Chee Keong video call semalam pukul 9 malam, deposit 1.2 juta ke ACC-3419",
    REC,
    "K-2138",
    "video",
    Y,
    "21:00",
    [dep("1200000", "SGD", "ACC-3419")],
    ne=["semalam"],
    why="single SGD account; malam makes 21:00",
)
L(
    "ms",
    "MS",
    "Wong Chee Keong emel hari Khamis lepas, janji SGD 500k",
    REC,
    "K-2138",
    "email",
    past("thu"),
    None,
    [plg("500000", "SGD")],
    ne=["Khamis lepas"],
    why="last <today's weekday> = seven days ago",
)
L(
    "ms",
    "MS",
    "Priya Nair jumpa di KK Times Square hari Ahad, dia pindahkan INR 50 lakh ke ACC-3516",
    REC,
    "K-2145",
    "in_person",
    past("sun"),
    None,
    [dep("5000000", "INR", "ACC-3516")],
    ne=["Ahad"],
    why="secondary coverage; ke ACC = deposit; lakh",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat emel pagi tadi, dia pindahkan RM 1 juta",
    AU,
    "K-2131",
    why="pindahkan with no direction",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling panggilan telefon hari ini pukul 11 pagi, dia TIDAK jadi masukkan RM 400k",
    REC,
    "K-2132",
    "phone",
    T,
    "11:00",
    [],
    nc=["tidak jadi"],
    why="negated deposit",
)
L(
    "ms",
    "MS",
    "Mawar binti Osman jumpa semalam, kalau bonus masuk dia janji RM 300 ribu",
    REC,
    "K-2133",
    "in_person",
    Y,
    None,
    [],
    nc=["bonus"],
    ne=["semalam"],
    why="kalau = conditional",
)
L(
    "ms",
    "MS",
    "Amran bin Yusof zoom hari Rabu pukul 4 petang, masukkan RM 750,000 ke ACC-3416, susulan hari Isnin",
    REC,
    "K-2135",
    "video",
    past("wed"),
    "16:00",
    [dep("750000", "MYR", "ACC-3416")],
    nxt("mon"),
    ne=["Rabu"],
    why="susulan -> next Monday",
)
L(
    "ms",
    "MS",
    "Jeffrey Lojuntin telefon hari ini pukul 6.45 petang, janji RM 2 juta #borneo-golf",
    REC,
    "K-2134",
    "phone",
    T,
    "18:45",
    [plg("2000000", "MYR")],
    init="borneo-golf",
    why="6.45 petang = 18:45 before local 20:05",
)
L(
    "ms",
    "MS",
    "Nur Aina binti Rahim jumpa di Tanjung Aru semalam petang, umur 47, 4 anak, tel 088-712 455",
    REC,
    "K-2137",
    "in_person",
    Y,
    None,
    [],
    nc=["anak"],
    ne=["semalam"],
    why="age, count, phone no claim",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling emel hari Isnin, mandat pengurusan portfolio RM 5 juta ditandatangani",
    REC,
    "K-2132",
    "email",
    past("mon"),
    None,
    [],
    nc=["mandat pengurusan"],
    ne=["Isnin"],
    why="portfolio management mandate never a claim",
)
L(
    "ms",
    "MS",
    "Mawar binti Osman telefon 18/9 pukul 10 pagi, wang RM 100k masuk ke ACC-3414",
    REC,
    "K-2133",
    "phone",
    on(9, 18),
    "10:00",
    [dep("100000", "MYR", "ACC-3414")],
    ne=["18/9"],
    why="masuk ke = deposit",
)
L(
    "ms",
    "MS",
    "Amran bin Yusof jumpa hari Selasa, bayar RM 80k kepada kontraktor",
    REC,
    "K-2135",
    "in_person",
    past("tue"),
    None,
    [],
    nc=["kontraktor"],
    ne=["Selasa"],
    why="outside payee",
)
L(
    "ms",
    "MS",
    "Wong Chee Keong panggilan video pagi tadi, susulan 3/10",
    REC,
    "K-2138",
    "video",
    T,
    None,
    [],
    on(10, 3),
    ne=["pagi tadi"],
    why="d/m follow-up",
)
L(
    "ms",
    "MS",
    "Jeffrey Lojuntin surat diterima semalam, resit cukai",
    REC,
    "K-2134",
    "mail",
    Y,
    None,
    [],
    nc=["resit cukai"],
    ne=["semalam"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat jumpa hari Jumaat pukul 8 malam, janji RM 3 juta dan masukkan SGD 200k ke ACC-3412",
    REC,
    "K-2131",
    "in_person",
    past("fri"),
    "20:00",
    [plg("3000000", "MYR"), dep("200000", "SGD", "ACC-3412")],
    ne=["Jumaat"],
    why="two claims, two currencies",
)
L(
    "ms",
    "MS",
    "Nur Aina binti Rahim telefon hari ini pukul 1, bincang ASNB",
    AU,
    "K-2137",
    why="pukul 1 today: 01:00 and 13:00 are both past at local 20:05",
)
L(
    "ms",
    "MS",
    "Mawar binti Osman panggilan video hujung minggu ini",
    AU,
    "K-2133",
    why="weekend (hujung minggu)",
)
L(
    "ms",
    "MS",
    "Amran bin Yusof emel semalam pukul 7.15 pagi, 3% dividen",
    REC,
    "K-2135",
    "email",
    Y,
    "07:15",
    [],
    nc=["dividen"],
    ne=["semalam"],
    why="percentage",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling jumpa di pejabat hari ini, dia masukkan RM 600k",
    REC,
    "K-2132",
    "in_person",
    T,
    None,
    [dep("600000", "MYR")],
    why="single MYR account",
)
L(
    "ms",
    "MS",
    "Jeffrey Lojuntin jumpa hari Ahad di Sutera Harbour #borneo-golf, AUM RM 40 juta",
    REC,
    "K-2134",
    "in_person",
    past("sun"),
    None,
    [],
    init="borneo-golf",
    nc=["AUM"],
    ne=["Ahad"],
    why="AUM never a claim",
)
L(
    "ms",
    "MS",
    "Wong Chee Keong telefon hari ini pukul 7.50 malam, TIDAK janji apa-apa",
    REC,
    "K-2138",
    "phone",
    T,
    "19:50",
    [],
    nc=["tidak janji"],
    why="negated pledge",
)
L(
    "ms",
    "MS",
    "Priya Nair emel hari ini, tanya pasal NRO",
    REC,
    "K-2145",
    "email",
    T,
    None,
    [],
    nc=["NRO"],
    why="secondary coverage",
)
L(
    "ms",
    "MS",
    "Amran telefon semalam, masukkan RM 50k",
    REC,
    "K-2135",
    "phone",
    Y,
    None,
    [dep("50000", "MYR")],
    ne=["semalam"],
    why="Amran unique in the firm",
)
# ================= hi: Pune rep (local 17:35), Devanagari and Hinglish =================
L(
    "hi",
    "HI",
    "Anand Joshi से आज सुबह 10 बजे ऑफिस में मुलाकात, 25 लाख जमा किए",
    REC,
    "K-2141",
    "in_person",
    T,
    "10:00",
    [dep("2500000", "INR")],
    ne=["सुबह 10 बजे"],
    why="Anand also means joy; lakh is a number word",
)
L(
    "hi",
    "HI",
    "Smita Joshi ka phone aaya kal, ₹1 crore ka vaada kiya",
    REC,
    "K-2142",
    "phone",
    Y,
    None,
    [plg("10000000", "INR")],
    why="₹ names INR on an INR+USD client; kal = yesterday",
)
L(
    "hi",
    "HI",
    "Smita Joshi से कल शाम 6 बजे वीडियो कॉल, USD 200k ACC-3513 में आए",
    REC,
    "K-2142",
    "video",
    Y,
    "18:00",
    [dep("200000", "USD", "ACC-3513")],
    ne=["शाम 6 बजे"],
    why="... में आए = deposit; शाम makes 18:00",
)
L("hi", "HI", "Joshi parivaar ke saath dinner shanivaar ko", AC, why="household")
L(
    "hi",
    "HI",
    "Shanti Marathe ji ko chitthi bheji aaj, Form 16 aur 26AS",
    REC,
    "K-2143",
    "mail",
    T,
    None,
    [],
    nc=["26AS"],
    why="chitthi = letter; Shanti also means peace",
)
L(
    "hi",
    "HI",
    "Shanti Marathe se mangalvaar ko mulaqat, PPF aur SSY, 80C ka pura limit",
    REC,
    "K-2143",
    "in_person",
    past("tue"),
    None,
    [],
    nc=["80C"],
    ne=["mangalvaar"],
    why="80C is a section name",
)
L(
    "hi",
    "HI",
    "Vikram Apte ke saath zoom budhvaar ko, QIP ka mandate mil gaya, fee 2 crore",
    REC,
    "K-2144",
    "video",
    past("wed"),
    None,
    [man("20000000", "INR")],
    nc=["QIP"],
    ne=["budhvaar"],
    why="bare budhvaar = yesterday",
)
L("hi", "HI", "Apte ji se baat hui phone pe aaj", AC, why="two separate Apte households")
L("hi", "HI", "Rohan Apte से कल कॉफ़ी पर मुलाकात, prospect", NC, "K-2146", why="covered by nobody")
L(
    "hi",
    "HI",
    "Meera Iyer se aaj video call, NRE account",
    NC,
    "K-2147",
    why="covered by the Chicago rep only",
)
L(
    "hi",
    "HI",
    "Priya Nair ko aaj dopahar 2 baje phone kiya, 40 lakh ka vaada",
    REC,
    "K-2145",
    "phone",
    T,
    "14:00",
    [plg("4000000", "INR")],
    ne=["2 baje"],
    why="dopahar 2 baje = 14:00",
)
L(
    "hi",
    "HI",
    "Kavya Reddy se kal baat hui, ELSS ke baare mein",
    ACH,
    "K-2148",
    why="baat hui has no channel",
)
L(
    "hi",
    "HI",
    "Kavya Reddy ka email aaj subah 9:20 baje, FD 50 lakh renew",
    REC,
    "K-2148",
    "email",
    T,
    "09:20",
    [],
    nc=["FD"],
    why="FD never a claim",
)
L(
    "hi",
    "HI",
    "Anand Joshi ne abhi tak 10 lakh jama nahi kiye, phone kal raat",
    REC,
    "K-2141",
    "phone",
    Y,
    None,
    [],
    nc=["abhi tak"],
    why="negated deposit; raat alone gives null time",
)
L(
    "hi",
    "HI",
    "Anand Joshi को फ़ोन किया 19/9 को सुबह 11 बजे, 15 लाख जमा और 50 लाख का वादा",
    REC,
    "K-2141",
    "phone",
    on(9, 19),
    "11:00",
    [dep("1500000", "INR"), plg("5000000", "INR")],
    ne=["19/9"],
    why="two claims",
)
L(
    "hi",
    "HI",
    "Smita Joshi se mulaqat aaj, ₹30 lakh jama kiye #succession-2029",
    REC,
    "K-2142",
    "in_person",
    T,
    None,
    [dep("3000000", "INR")],
    init="succession-2029",
    why="₹ gives INR on an INR+USD client",
)
L(
    "hi",
    "HI",
    "Vikram Apte ka call aaya kal 3 baje",
    AU,
    "K-2144",
    why="baje 3 yesterday: both readings past",
)
L(
    "hi",
    "HI",
    "Vikram Apte से सोमवार को मीटिंग, 5 करोड़ ट्रांसफ़र किए",
    AU,
    "K-2144",
    why="transfer with no direction",
)
L(
    "hi",
    "HI",
    "Shanti Marathe video call aaj 4 baje shaam, agar property bik gayi to 1 crore jama karengi",
    REC,
    "K-2143",
    "video",
    T,
    "16:00",
    [],
    nc=["property"],
    why="agar = conditional",
)
L(
    "hi",
    "HI",
    "Kavya Reddy से पिछले गुरुवार फ़ोन पर बात, 20 लाख जमा किए",
    REC,
    "K-2148",
    "phone",
    past("thu"),
    None,
    [dep("2000000", "INR")],
    ne=["पिछले गुरुवार"],
    why="last <today's weekday> = seven days ago",
)
L(
    "hi",
    "HI",
    "Priya Nair se coffee shukravaar ko, umar 39, 2 bachche, tel 98220 41177",
    REC,
    "K-2145",
    "in_person",
    past("fri"),
    None,
    [],
    nc=["bachche"],
    ne=["shukravaar"],
    why="age, count, phone never claims",
)
L(
    "hi",
    "HI",
    "Anand Joshi ke saath lunch kal, follow up somvaar",
    REC,
    "K-2141",
    "in_person",
    Y,
    None,
    [],
    nxt("mon"),
    ne=["kal"],
    why="kal = yesterday; follow up -> next Monday",
)
L(
    "hi",
    "HI",
    "Smita Joshi ne apne savings se 10 lakh apne hi PPF mein daale, phone aaj",
    REC,
    "K-2142",
    "phone",
    T,
    None,
    [],
    nc=["PPF"],
    why="between own accounts",
)
L(
    "hi",
    "HI",
    "Shanti Marathe ka email kal raat 9 baje, 12% return se khush",
    REC,
    "K-2143",
    "email",
    Y,
    "21:00",
    [],
    nc=["return"],
    ne=["raat 9 baje"],
    why="raat 9 baje = 21:00; percentage",
)
L(
    "hi",
    "HI",
    "Vikram Apte ko chitthi aaj, mandate fee 1.5% of issue size",
    REC,
    "K-2144",
    "mail",
    T,
    None,
    [],
    nc=["issue size"],
    why="percentage-only mandate fee",
)
L(
    "hi",
    "HI",
    "Kavya Reddy se ravivaar ko mulaqat, 60 lakh ACC-3520 mein aaye",
    REC,
    "K-2148",
    "in_person",
    past("sun"),
    None,
    [dep("6000000", "INR", "ACC-3520")],
    ne=["ravivaar"],
    why="mein aaye = into the account",
)
L(
    "hi",
    "HI",
    "Priya Nair ke saath video call 18/9 ko, follow up 4/10",
    REC,
    "K-2145",
    "video",
    on(9, 18),
    None,
    [],
    on(10, 4),
    ne=["18/9"],
    why="d/m dates",
)
L(
    "hi",
    "HI",
    "Smita Joshi ji se phone pe baat aaj subah, USD account ka statement chahiye",
    REC,
    "K-2142",
    "phone",
    T,
    None,
    [],
    nc=["statement"],
    ne=["aaj subah"],
    why="phone pe baat gives phone; no money",
)
L(
    "hi",
    "HI",
    "Anand Joshi ka phone aaj 5:10 baje shaam, 2 crore commit kiye",
    REC,
    "K-2141",
    "phone",
    T,
    "17:10",
    [plg("20000000", "INR")],
    why="H:MM with shaam; 17:10 before local 17:35; single INR account",
)
L("hi", "HI", "Shanti Marathe से मुलाकात पिछले बुधवार", AU, "K-2143", why="last <yesterday's weekday>")
L(
    "hi",
    "HI",
    "Kavya Reddy ko paise bheje vendor ko 5 lakh, phone kal",
    REC,
    "K-2148",
    "phone",
    Y,
    None,
    [],
    nc=["vendor"],
    why="paid to outside payee; kal = yesterday",
)
L(
    "hi",
    "HI",
    "Vikram Apte se office mein mulaqat aaj 11:30, 3 crore ka vaada, follow up 28/9",
    REC,
    "K-2144",
    "in_person",
    T,
    "11:30",
    [plg("30000000", "INR")],
    on(9, 28),
    ne=["11:30"],
    why="d/m follow-up",
)
L(
    "hi",
    "HI",
    "Smita Joshi ka email 20/9, USD 150k committed",
    REC,
    "K-2142",
    "email",
    on(9, 20),
    None,
    [plg("150000", "USD")],
    ne=["20/9"],
    why="USD named",
)
L(
    "hi",
    "HI",
    "Priya Nair से आज ईमेल, NPS टियर 2",
    REC,
    "K-2145",
    "email",
    T,
    None,
    [],
    nc=["NPS"],
    why="tier 2 is a product name",
)
L(
    "hi",
    "HI",
    "Anand Joshi se zoom parson, AUM 45 crore",
    REC,
    "K-2141",
    "video",
    DBY,
    None,
    [],
    nc=["AUM"],
    ne=["parson"],
    why="parson in a log = day before yesterday; AUM never a claim",
)
L(
    "hi",
    "HI",
    "Kavya Reddy ke ghar gaye aaj dopahar #esg-switch",
    REC,
    "K-2148",
    "in_person",
    T,
    None,
    [],
    init="esg-switch",
    ne=["dopahar"],
    why="visit at home = in person",
)
# ================= mixed: the rep's language with English =================
L(
    "mixed",
    "CH",
    "Call avec Blaise Perrenoud this morning, il a committed 1 mio CHF, relance next Tuesday",
    REC,
    "K-2101",
    "phone",
    T,
    None,
    [plg("1000000", "CHF")],
    nxt("tue"),
    ne=["this morning"],
    why="fr/en",
)
L(
    "mixed",
    "CH",
    "Olivier Rochat lunch hier, deposit 400k CHF into ACC-3114 #art-basel",
    REC,
    "K-2103",
    "in_person",
    Y,
    None,
    [dep("400000", "CHF", "ACC-3114")],
    init="art-basel",
    ne=["hier"],
    why="fr/en",
)
L(
    "mixed",
    "FR",
    "Solène Marchal zoom yesterday 17h, she pledged £400k, relance 2/10",
    REC,
    "K-2174",
    "video",
    Y,
    "17:00",
    [plg("400000", "GBP")],
    on(10, 2),
    ne=["17h"],
    why="fr/en; £ on EUR+GBP client",
)
L(
    "mixed",
    "FR",
    "Pierre Kerbrat meeting ce matin, no deposit yet, attend le notaire",
    REC,
    "K-2171",
    "in_person",
    T,
    None,
    [],
    nc=["notaire"],
    ne=["ce matin"],
    why="negated",
)
L(
    "mixed",
    "SV",
    "Gustav Lind hade ett call igår kl 15, pledged 1 MEUR, följ upp måndag",
    REC,
    "K-2114",
    "phone",
    Y,
    "15:00",
    [plg("1000000", "EUR")],
    nxt("mon"),
    ne=["kl 15"],
    why="sv/en",
)
L(
    "mixed",
    "SV",
    "Bo Hedlund meeting idag 10:00, closade dealen, mandate fee 250k SEK",
    REC,
    "K-2111",
    "in_person",
    T,
    "10:00",
    [man("250000", "SEK")],
    nc=["dealen"],
    ne=["10:00"],
    why="Swedish with English loanwords",
)
L(
    "mixed",
    "SV",
    "Tove Strand lunch i tisdags, she deposited 600 tkr #vasaloppet",
    REC,
    "K-2115",
    "in_person",
    past("tue"),
    None,
    [dep("600000", "SEK")],
    init="vasaloppet",
    ne=["tisdags"],
    why="sv/en",
)
L(
    "mixed",
    "RO",
    "Radu Lupu call azi la 12, a depus 500k lei, follow-up joi",
    REC,
    "K-2121",
    "phone",
    T,
    "12:00",
    [dep("500000", "RON")],
    nxt("thu"),
    why="follow-up joi = next Thursday, a week ahead",
)
L(
    "mixed",
    "RO",
    "Tudor Pop meeting ieri, deal-ul e pe pipeline, fee-ul 2% din deal",
    REC,
    "K-2125",
    "in_person",
    Y,
    None,
    [],
    nc=["pipeline"],
    ne=["ieri"],
    why="Romanian business jargon; percentage fee no claim",
)
L(
    "mixed",
    "RO",
    "Ioana Lupu zoom yesterday, committed EUR 250k, super feedback",
    REC,
    "K-2122",
    "video",
    Y,
    None,
    [plg("250000", "EUR")],
    ne=["yesterday"],
    why="EUR named",
)
L(
    "mixed",
    "MS",
    "Lim Mei Ling call semalam, she deposited RM 1.5 mil into ACC-3413",
    REC,
    "K-2132",
    "phone",
    Y,
    None,
    [dep("1500000", "MYR", "ACC-3413")],
    ne=["semalam"],
    why="ms/en",
)
L(
    "mixed",
    "MS",
    "Jeffrey Lojuntin lunch today at Sutera, dia pledged RM 800k, follow up esok",
    REC,
    "K-2134",
    "in_person",
    T,
    None,
    [plg("800000", "MYR")],
    TOM,
    why="esok = tomorrow",
)
L(
    "mixed",
    "MS",
    "Amran bin Yusof meeting hari ini 3pm, fixed deposit RM 500k, no new money",
    REC,
    "K-2135",
    "in_person",
    T,
    "15:00",
    [],
    nc=["fixed deposit"],
    why="fixed deposit no claim",
)
L("mixed", "MS", "Lim Boon Keat dengan Lim Mei Ling lunch today", AC, why="two clients in one line")
L(
    "mixed",
    "HI",
    "Anand Joshi meeting yesterday 4pm, 20 lakh deposit kiye into ACC-3511",
    REC,
    "K-2141",
    "in_person",
    Y,
    "16:00",
    [dep("2000000", "INR", "ACC-3511")],
    ne=["yesterday", "4pm"],
    why="Hinglish",
)
L(
    "mixed",
    "HI",
    "Smita Joshi call kal, she pledged 50 lakh INR, follow up Monday",
    REC,
    "K-2142",
    "phone",
    Y,
    None,
    [plg("5000000", "INR")],
    nxt("mon"),
    why="INR named on INR+USD",
)
L(
    "mixed",
    "HI",
    "Vikram Apte call today 11am, mandate won, fee 75 lakh, follow up 2 Oct",
    REC,
    "K-2144",
    "phone",
    T,
    "11:00",
    [man("7500000", "INR")],
    on(10, 2),
    ne=["11am"],
    why="mandate fee",
)
L(
    "mixed",
    "HI",
    "Kavya Reddy just chatted yesterday re SIP top-up",
    ACH,
    "K-2148",
    why="chatted has no channel",
)
L(
    "mixed",
    "US",
    "Meera Iyer video call yday, 40 lakh INR jama into ACC-3519",
    REC,
    "K-2147",
    "video",
    Y,
    None,
    [dep("4000000", "INR", "ACC-3519")],
    ne=["yday"],
    why="Chicago rep mixing Hindi",
)
L(
    "mixed",
    "GB",
    "Åsa Berglund lunch igår in Stockholm, satte in 2 MSEK",
    REC,
    "K-2117",
    "in_person",
    Y,
    None,
    [dep("2000000", "SEK")],
    ne=["igår"],
    why="Bristol rep mixing Swedish",
)
L(
    "mixed",
    "CH",
    "Constance Favre visio this am, virement reçu de USD 300k into ACC-3116",
    REC,
    "K-2104",
    "video",
    T,
    None,
    [dep("300000", "USD", "ACC-3116")],
    ne=["this am"],
    why="received into account",
)
# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
nowdt = dt.datetime(2028, 9, 21, 12, 5, tzinfo=dt.UTC)
assert NOW == nowdt.strftime("%Y-%m-%dT%H:%M:%SZ")
MARKS = {
    "USD": ["USD", "$"],
    "EUR": ["EUR", "€", "euro"],
    "GBP": ["GBP", "£"],
    "RON": ["RON", "lei"],
    "SEK": ["SEK", "kr"],
    "NOK": ["NOK"],
    "MYR": ["MYR", "RM"],
    "INR": ["INR", "₹", "rupee"],
    "SGD": ["SGD", "S$"],
    "CHF": ["CHF", "francs"],
    "CAD": ["CAD", "C$"],
}
assert len({c["name"] for c in clients}) == len(clients)
assert len({a["account"] for c in clients for a in c["accounts"]}) == sum(
    len(c["accounts"]) for c in clients
)
for c in clients:
    for a in c["accounts"]:
        assert "ACC-3100" <= a["account"] <= "ACC-3999", c
    assert c["external_id"].startswith("K-21"), c
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
    assert local.date() == TODAY, ln
    assert e["day"] <= local.date().isoformat(), ln  # no expected day after local today
    if e["time"]:
        t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
        assert t <= nowdt, ("time later than local now", ln)
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
    for s in e["notes_contains"]:
        assert not any(w.lower() in s.lower().split() for w in c["name"].split()), (
            "name in notes",
            ln,
        )
ids = [x["id"] for x in lines]
assert len(set(ids)) == len(ids)
texts = [x["text"] for x in lines]
assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
byl = Counter(x["lang"] for x in lines)
if not PARTIAL:
    assert len(lines) == 240, len(lines)
    assert all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi")) and byl["mixed"] >= 20, (
        byl
    )
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
byo = Counter(x["expect"]["outcome"] for x in lines)
asks = sum(v for k, v in byo.items() if k != "record")
print(len(lines), "lines;", len(clients), "clients")
print("by language:", dict(byl))
print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)")
print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))
print("money lines:", sum(1 for x in lines if x["expect"]["claims"]))

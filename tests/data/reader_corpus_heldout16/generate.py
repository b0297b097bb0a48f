"""Held-out reader corpus 16 (an ordinary week): builds and validates corpus.json. Edit this file, never the JSON."""

import datetime as dt
import json
import os
import sys
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

PARTIAL = "--partial" in sys.argv
NOW = "2027-12-16T09:15:00Z"
TODAY = dt.date(2027, 12, 16)
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


def on(m, dd, y=2027):
    return iso(dt.date(y, m, dd))


R = {
    "FR": "U16FRGVA1",
    "SV": "U16SVSTO2",
    "RO": "U16ROBUC3",
    "MS": "U16MSKUL4",
    "HI": "U16HIKOL5",
    "GB": "U16GBLON6",
    "US": "U16USLAX7",
    "IN": "U16INBOM8",
}
reps = [
    {
        "slack_user_id": R["FR"],
        "name": "Séverine Jaquier",
        "timezone": "Europe/Zurich",
        "locale": "fr-CH",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["SV"],
        "name": "Oskar Wallin",
        "timezone": "Europe/Stockholm",
        "locale": "sv-SE",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["RO"],
        "name": "Raluca Nistor",
        "timezone": "Europe/Bucharest",
        "locale": "ro-RO",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["MS"],
        "name": "Nurul Ain binti Hashim",
        "timezone": "Asia/Kuala_Lumpur",
        "locale": "ms-MY",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["HI"],
        "name": "Vikram Saxena",
        "timezone": "Asia/Kolkata",
        "locale": "hi-IN",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["GB"],
        "name": "Felicity Ashdown",
        "timezone": "Europe/London",
        "locale": "en-GB",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["US"],
        "name": "Dustin Alvarez",
        "timezone": "America/Los_Angeles",
        "locale": "en-US",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["IN"],
        "name": "Priya Menon",
        "timezone": "Asia/Kolkata",
        "locale": "en-IN",
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
    # Geneva
    C("K-1601", "Blaise Vuilleumier", "Vuilleumier", "UHNW", ["FR"], [("ACC-6011", "CHF")]),
    C(
        "K-1602",
        "Nadège Vuilleumier",
        "Vuilleumier",
        "UHNW",
        ["FR"],
        [("ACC-6012", "CHF"), ("ACC-6013", "EUR")],
    ),
    C("K-1603", "Rose Monnier", "Monnier", "HNW", ["FR"], [("ACC-6014", "CHF")]),
    C("K-1604", "Thierry Rochat", "Rochat", "corporate executive", ["FR"], [("ACC-6015", "CHF")]),
    C("K-1605", "Pierre Favre", "Favre (Pierre)", "HNW", ["FR"], [("ACC-6016", "EUR")]),
    C("K-1606", "Lucien Favre", "Favre (Lucien)", "HNW", [], [("ACC-6017", "CHF")]),
    C("K-1607", "Amélie Bonjour", "Bonjour", "HNW", ["FR"], [("ACC-6018", "CHF")]),
    C(
        "K-1608",
        "Jean-François Tremblay",
        "Tremblay",
        "UHNW",
        ["FR"],
        [("ACC-6019", "CAD"), ("ACC-6020", "CHF")],
    ),
    # Stockholm
    C("K-1611", "Ingrid Sundqvist", "Sundqvist", "UHNW", ["SV"], [("ACC-6111", "SEK")]),
    C("K-1612", "Måns Sundqvist", "Sundqvist", "UHNW", ["SV"], [("ACC-6112", "SEK")]),
    C("K-1613", "Vilgot Eng", "Eng", "HNW", ["SV"], [("ACC-6113", "SEK"), ("ACC-6114", "EUR")]),
    C("K-1614", "Sol Bergkvist", "Bergkvist", "HNW", ["SV"], [("ACC-6115", "SEK")]),
    C("K-1615", "Göran Lund", "Lund (Göran)", "HNW", ["SV"], [("ACC-6116", "SEK")]),
    C("K-1616", "Kerstin Lund", "Lund (Kerstin)", "HNW", [], [("ACC-6117", "SEK")]),
    C("K-1617", "Astrid Kjellberg", "Kjellberg", "HNW", ["SV"], [("ACC-6118", "NOK")]),
    C("K-1618", "Hampus Ek", "Ek", "corporate executive", ["SV"], [("ACC-6119", "SEK")]),
    # Bucharest
    C("K-1621", "Cosmin Vlad", "Vlad", "HNW", ["RO"], [("ACC-6211", "RON")]),
    C(
        "K-1622",
        "Vlad Pătrașcu",
        "Pătrașcu",
        "UHNW",
        ["RO"],
        [("ACC-6212", "RON"), ("ACC-6213", "EUR")],
    ),
    C("K-1623", "Mirela Pop", "Pop", "HNW", ["RO"], [("ACC-6214", "RON")]),
    C("K-1624", "Doru Ene", "Ene", "corporate executive", ["RO"], [("ACC-6215", "EUR")]),
    C("K-1625", "Alina Barbu", "Barbu", "HNW", ["RO"], [("ACC-6216", "RON")]),
    C("K-1626", "Tudor Barbu", "Barbu", "HNW", ["RO"], [("ACC-6217", "RON")]),
    C("K-1627", "Sabin Lupu", "Lupu", "HNW", [], [("ACC-6218", "RON")]),
    C("K-1628", "Florica Dragomir", "Dragomir", "HNW", ["FR"], [("ACC-6219", "RON")]),
    C("K-1629", "Ilinca Crișan", "Crișan", "UHNW", ["RO"], [("ACC-6220", "RON")]),
    # Kuala Lumpur
    C("K-1631", "Azman bin Rashid", "Rashid", "UHNW", ["MS"], [("ACC-6311", "MYR")]),
    C("K-1632", "Siti Hajar binti Rashid", "Rashid", "HNW", ["MS"], [("ACC-6312", "MYR")]),
    C("K-1633", "Lim Boon Keat", "Lim", "UHNW", ["MS"], [("ACC-6313", "MYR"), ("ACC-6314", "SGD")]),
    C("K-1634", "Lim Mei Fong", "Lim", "HNW", ["MS"], [("ACC-6315", "MYR")]),
    C(
        "K-1635",
        "Kavitha a/p Subramaniam",
        "Subramaniam",
        "corporate executive",
        ["MS"],
        [("ACC-6316", "MYR")],
    ),
    C("K-1636", "Embun binti Yusri", "Yusri", "HNW", ["MS"], [("ACC-6317", "MYR")]),
    C("K-1637", "Faizal bin Othman", "Othman", "HNW", [], [("ACC-6318", "MYR")]),
    C("K-1638", "Chong Wai Ming", "Chong", "HNW", ["MS"], [("ACC-6319", "USD")]),
    # Kolkata
    C("K-1641", "Rohit Agarwal", "Agarwal", "UHNW", ["HI"], [("ACC-6411", "INR")]),
    C(
        "K-1642",
        "Sunita Agarwal",
        "Agarwal",
        "UHNW",
        ["HI"],
        [("ACC-6412", "INR"), ("ACC-6413", "USD")],
    ),
    C("K-1643", "Basant Mehra", "Mehra", "HNW", ["HI"], [("ACC-6414", "INR")]),
    C("K-1644", "Chanda Rawat", "Rawat", "HNW", ["HI"], [("ACC-6415", "INR")]),
    C("K-1645", "Hemant Joshi", "Joshi", "corporate executive", ["HI"], [("ACC-6416", "INR")]),
    C("K-1646", "Aakash Goel", "Goel", "UHNW", ["HI", "IN"], [("ACC-6417", "INR")]),
    C("K-1647", "Neeraj Khanna", "Khanna", "HNW", [], [("ACC-6418", "INR")]),
    # London
    C("K-1651", "Giles Pennington", "Pennington", "UHNW", ["GB"], [("ACC-6511", "GBP")]),
    C(
        "K-1652",
        "Clemency Pennington",
        "Pennington",
        "UHNW",
        ["GB"],
        [("ACC-6512", "GBP"), ("ACC-6513", "EUR")],
    ),
    C("K-1653", "Amber Whitlock", "Whitlock", "HNW", ["GB"], [("ACC-6514", "GBP")]),
    C("K-1654", "Rowan Tate", "Tate", "corporate executive", ["GB"], [("ACC-6515", "GBP")]),
    C("K-1655", "Baxter Hume", "Hume", "HNW", ["GB"], [("ACC-6516", "GBP")]),
    C("K-1656", "Felix Marsh", "Marsh (Felix)", "HNW", ["GB"], [("ACC-6517", "GBP")]),
    C("K-1657", "Dominic Marsh", "Marsh (Dominic)", "HNW", [], [("ACC-6518", "GBP")]),
    C("K-1658", "Quentin Rees", "Rees", "UHNW", ["US"], [("ACC-6519", "GBP")]),
    # Los Angeles
    C("K-1661", "Chase Whitaker", "Whitaker", "UHNW", ["US"], [("ACC-6611", "USD")]),
    C("K-1662", "Summer Whitaker", "Whitaker", "UHNW", ["US"], [("ACC-6612", "USD")]),
    C(
        "K-1663",
        "Brooke Nakamura",
        "Nakamura",
        "HNW",
        ["US"],
        [("ACC-6613", "USD"), ("ACC-6614", "CAD")],
    ),
    C("K-1664", "Wade Castellano", "Castellano", "HNW", ["US"], [("ACC-6615", "USD")]),
    C("K-1665", "Sunny Okonkwo", "Okonkwo", "HNW", ["US"], [("ACC-6616", "USD")]),
    C("K-1666", "Gloria Fenn", "Fenn", "HNW", [], [("ACC-6617", "USD")]),
    C("K-1667", "Carmen Ruiz", "Ruiz", "corporate executive", ["US"], [("ACC-6618", "USD")]),
    # Mumbai
    C("K-1671", "Farhan Kapadia", "Kapadia", "UHNW", ["IN"], [("ACC-6711", "INR")]),
    C("K-1672", "Zubin Kapadia", "Kapadia", "HNW", ["IN"], [("ACC-6712", "INR")]),
    C("K-1673", "Meera Iyer", "Iyer", "UHNW", ["IN"], [("ACC-6713", "INR"), ("ACC-6714", "USD")]),
    C("K-1674", "Cyrus Wadia", "Wadia", "corporate executive", ["IN"], [("ACC-6715", "INR")]),
    C("K-1675", "Shalini Rao", "Rao (Shalini)", "HNW", ["IN"], [("ACC-6716", "INR")]),
    C("K-1676", "Deepak Rao", "Rao (Deepak)", "HNW", [], [("ACC-6717", "INR")]),
]
initiatives = [
    {"tag": "lavaux-wine", "name": "Lavaux vineyard tasting"},
    {"tag": "drottningholm-opera", "name": "Drottningholm court theatre evening"},
    {"tag": "ateneu-gala", "name": "Romanian Athenaeum gala"},
    {"tag": "f1-singapore", "name": "Singapore Grand Prix paddock club"},
    {"tag": "mumbai-polo", "name": "Mumbai polo cup hospitality"},
    {"tag": "pebble-beach", "name": "Pebble Beach pro-am hospitality"},
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
    if outcome == "ask_client":
        client = None
    lines.append(
        {
            "id": f"h16-{len(lines) + 1:03d}",
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
IP = "in_person"
PH = "phone"
VI = "video"
EM = "email"
MA = "mail"

# ================= fr: Geneva rep (local Thu 10:15), Swiss and Québécois French =================
L(
    "fr",
    "FR",
    "rdv Blaise Vuilleumier hier 14h30 à la banque, revue du portefeuille obligataire",
    REC,
    "K-1601",
    IP,
    Y,
    "14:30",
    nc=["portefeuille obligataire"],
    ne=["hier", "14h30"],
    why="rdv = meeting",
)
L(
    "fr",
    "FR",
    "Rose Monnier tél ce matin, questions sur le 3e pilier et le rachat LPP",
    REC,
    "K-1603",
    PH,
    T,
    None,
    nc=["3e pilier"],
    ne=["ce matin"],
    why="Rose is also a word; 3e pilier is a product, no amount",
)
L(
    "fr",
    "FR",
    "Thierry Rochat dîner mardi au Beau-Rivage, succession, 2 enfants",
    REC,
    "K-1604",
    IP,
    past("tue"),
    None,
    nc=["succession"],
    ne=["mardi"],
    why="Swiss dîner = lunch; count is no amount",
)
L(
    "fr",
    "FR",
    "appel Amélie Bonjour lundi 9h, elle prépare la déclaration d'impôt 2027",
    REC,
    "K-1607",
    PH,
    past("mon"),
    "09:00",
    nc=["déclaration d'impôt"],
    ne=["lundi"],
    why="surname Bonjour is a greeting word; 9h read as typed",
)
L(
    "fr",
    "FR",
    "Pierre Favre visio jeudi 16h, point sur la SICAV",
    REC,
    "K-1605",
    VI,
    on(12, 9),
    "16:00",
    nc=["SICAV"],
    ne=["jeudi", "16h"],
    why="bare weekday equal to today's = a week ago",
)
L(
    "fr",
    "FR",
    "Favre au tél hier, questions sur son hypothèque",
    AC,
    why="two Favre in the firm (Lucien covered by nobody)",
)
L(
    "fr",
    "FR",
    "Lucien Favre souper lundi, 6 M CHF à placer peut-être",
    NC,
    "K-1606",
    why="covered by nobody",
)
L(
    "fr",
    "FR",
    "Nadège Vuilleumier courriel hier soir, KYC à mettre à jour",
    REC,
    "K-1602",
    EM,
    Y,
    None,
    nc=["KYC"],
    ne=["hier soir"],
    why="courriel = email; part of day gives no time",
)
L("fr", "FR", "les Vuilleumier à déjeuner samedi", AC, why="household plural")
L(
    "fr",
    "FR",
    "Blaise Vuilleumier a versé 1,5 Mio CHF sur ACC-6011, rdv mercredi 11h",
    REC,
    "K-1601",
    IP,
    Y,
    "11:00",
    [dep("1500000", "CHF", "ACC-6011")],
    ne=["mercredi"],
    why="mercredi = yesterday; Mio = million",
)
L(
    "fr",
    "FR",
    "Nadège Vuilleumier tél 9h45, engagement de 800 000",
    AU,
    "K-1602",
    why="CHF and EUR accounts, no currency",
)
L(
    "fr",
    "FR",
    "Nadège Vuilleumier tél 9h45, a promis 800 000 € sur ACC-6013",
    REC,
    "K-1602",
    PH,
    T,
    "09:45",
    [plg("800000", "EUR", "ACC-6013")],
    ne=["9h45"],
    why="promis = pledge; today by default",
)
L(
    "fr",
    "FR",
    "Thierry Rochat visio ce matin à 8h, mandat gagné pour la cession de sa PME, honoraires 250 000 CHF, relance vendredi",
    REC,
    "K-1604",
    VI,
    T,
    "08:00",
    [man("250000", "CHF")],
    nxt("fri"),
    nc=["cession"],
    ne=["ce matin"],
    why="explicit time beats part of day; relance -> next Friday",
)
L(
    "fr",
    "FR",
    "Rose Monnier courrier envoyé aujourd'hui : relevé fiscal + attestation 3a",
    REC,
    "K-1603",
    MA,
    T,
    None,
    nc=["relevé fiscal"],
    ne=["aujourd'hui"],
    why="courrier = mail; 3a is a product",
)
L(
    "fr",
    "FR",
    "Amélie Bonjour a jasé avec moi hier du testament",
    ACH,
    "K-1607",
    why="Québécois 'jasé' = chatted, no channel",
)
L(
    "fr",
    "FR",
    "Jean-François Tremblay appel hier, il a viré 400k",
    AU,
    "K-1608",
    why="no direction, and CAD+CHF with no currency",
)
L(
    "fr",
    "FR",
    "Jean-François Tremblay courriel avant-hier, a déposé 300 000 $ CA dans ACC-6019",
    REC,
    "K-1608",
    EM,
    DBY,
    None,
    [dep("300000", "CAD", "ACC-6019")],
    ne=["avant-hier"],
    why="Québécois déposé dans un compte = deposit to us; account CAD",
)
L(
    "fr",
    "FR",
    "JF Tremblay tél pour son REER",
    REC,
    "K-1608",
    PH,
    T,
    None,
    nc=["REER"],
    why="JF fits Jean-François, the book's one Tremblay, as 'JB Morel', 'JM Lemaire' and "
    "'J-B Moreau' record in held-out 5, 6 and the first corpus (decided with the product; "
    "first written as ask_client, 'JF is a short form, not the typed name')",
)
L(
    "fr",
    "FR",
    "Tremblay dîner le 3 décembre à Montréal, REER et CELI, rien de signé",
    REC,
    "K-1608",
    IP,
    on(12, 3),
    None,
    nc=["REER"],
    ne=["3 décembre"],
    why="surname unique in the firm; REER/CELI products",
)
L(
    "fr",
    "FR",
    "visio avec Rose Monnier hier à 3",
    AU,
    "K-1603",
    why="à 3 yesterday: 03:00 and 15:00 both past",
)
L(
    "fr",
    "FR",
    "Thierry Rochat tél le 30.11 pour la fiscalité de ses stock-options",
    REC,
    "K-1604",
    PH,
    on(11, 30),
    None,
    nc=["stock-options"],
    ne=["30.11"],
    why="d.m date",
)
L(
    "fr",
    "FR",
    "Amélie Bonjour e-mail lundi passé, apport de 2 Mio CHF confirmé + promesse de 1 Mio en janvier",
    REC,
    "K-1607",
    EM,
    past("mon"),
    None,
    [dep("2000000", "CHF"), plg("1000000", "CHF")],
    ne=["lundi passé"],
    why="two outcomes; single CHF account",
)
L(
    "fr",
    "FR",
    "Blaise Vuilleumier rdv ce matin, mandat de gestion discrétionnaire signé, 0,8% de frais",
    REC,
    "K-1601",
    IP,
    T,
    None,
    nc=["gestion discrétionnaire"],
    ne=["ce matin"],
    why="discretionary mandate and percentage never a claim",
)
L(
    "fr",
    "FR",
    "Pierre Favre tél hier 17h15, n'a pas versé les 500k finalement",
    REC,
    "K-1605",
    PH,
    Y,
    "17:15",
    nc=["finalement"],
    ne=["17h15"],
    why="negated deposit",
)
L(
    "fr",
    "FR",
    "Rose Monnier lettre reçue le 10.12, changement d'adresse, déménage à Nyon",
    REC,
    "K-1603",
    MA,
    on(12, 10),
    None,
    nc=["Nyon"],
    ne=["10.12"],
    why="lettre = mail; d.m date",
)
L(
    "fr",
    "FR",
    "Thierry Rochat rdv vendredi #lavaux-wine, 58 ans, +41 79 412 33 08",
    REC,
    "K-1604",
    IP,
    past("fri"),
    None,
    init="lavaux-wine",
    nc=["58 ans"],
    ne=["vendredi"],
    why="age and Swiss mobile number are no amounts",
)
L(
    "fr",
    "FR",
    "Nadège Vuilleumier visio mardi dernier 15h, virement de 100k de ACC-6012 vers ACC-6013",
    REC,
    "K-1602",
    VI,
    past("tue"),
    "15:00",
    nc=["virement"],
    ne=["mardi dernier"],
    why="between the client's own accounts: no claim; last Tuesday unambiguous (yesterday was Wednesday)",
)
L(
    "fr",
    "FR",
    "souper avec Amélie Bonjour hier soir à 7h30 au Lion d'Or",
    REC,
    "K-1607",
    IP,
    Y,
    "19:30",
    nc=["Lion d'Or"],
    ne=["hier soir"],
    why="soir turns 7h30 into 19:30",
)
L(
    "fr",
    "FR",
    "Pierre Favre courriel ce matin 8h05, veut se voir la semaine prochaine",
    REC,
    "K-1605",
    EM,
    T,
    "08:05",
    nc=["semaine prochaine"],
    ne=["8h05"],
    why="courriel = email",
)
L(
    "fr",
    "FR",
    "Blaise Vuilleumier tel. hier à 16h, apport 750 000 CHF + mandat M&A gagné, honoraires 120k CHF",
    REC,
    "K-1601",
    PH,
    Y,
    "16:00",
    [dep("750000", "CHF"), man("120000", "CHF")],
    ne=["hier", "16h"],
    why="two outcomes in one line",
)
L(
    "fr",
    "FR",
    "Rose Monnier rdv le week-end passé, projet de donation",
    AU,
    "K-1603",
    why="weekend names two days",
)
L(
    "fr",
    "FR",
    "Thierry Rochat visio avant-hier 13h, si la vente se fait il versera 3 Mio",
    REC,
    "K-1604",
    VI,
    DBY,
    "13:00",
    nc=["si la vente"],
    ne=["avant-hier"],
    why="conditional: no claim",
)
L(
    "fr",
    "FR",
    "Jean-François Tremblay appel hier 16h, son fils part étudier à McGill, REEE à ouvrir",
    REC,
    "K-1608",
    PH,
    Y,
    "16:00",
    nc=["REEE"],
    ne=["hier"],
    why="Québec product name, no amount",
)
L(
    "fr",
    "FR",
    "Nadège Rochat tél ce matin, cherche un conseiller",
    AC,
    why="unknown person sharing Nadège Vuilleumier's first name and Thierry Rochat's surname",
)
L(
    "fr",
    "FR",
    "Florica Dragomir visio hier, succession en Roumanie et biens à Cluj",
    REC,
    "K-1628",
    VI,
    Y,
    None,
    nc=["Cluj"],
    ne=["hier"],
    why="Geneva rep covers a Romanian client",
)
L(
    "fr",
    "FR",
    "Pierre Favre déj lundi 12h15, avoirs rapatriés de chez Pictet, 2,2 Mio EUR entrés sur ACC-6016",
    REC,
    "K-1605",
    IP,
    past("mon"),
    "12:15",
    [dep("2200000", "EUR", "ACC-6016")],
    nc=["Pictet"],
    ne=["lundi"],
    why="money coming into our account is a deposit",
)
L(
    "fr",
    "FR",
    "Amélie Bonjour rdv hier, elle a signé un dépôt à terme de 500k CHF",
    REC,
    "K-1607",
    IP,
    Y,
    None,
    nc=["dépôt à terme"],
    ne=["hier"],
    why="term deposit never a claim",
)
L(
    "fr",
    "FR",
    "Rose Monnier appel à 9h ce matin, dividendes Nestlé et impôt anticipé",
    REC,
    "K-1603",
    PH,
    T,
    "09:00",
    nc=["impôt anticipé"],
    ne=["ce matin"],
    why="à 9h read as typed",
)

# ================= sv: Stockholm rep (local Thu 10:15) =================
L(
    "sv",
    "SV",
    "lunch med Ingrid Sundqvist igår kl 12, genomgång av ISK och KF",
    REC,
    "K-1611",
    IP,
    Y,
    "12:00",
    nc=["ISK"],
    ne=["igår"],
    why="ISK/KF are products",
)
L(
    "sv",
    "SV",
    "ringde Måns Sundqvist i morse ang. arvskifte efter fadern",
    REC,
    "K-1612",
    PH,
    T,
    None,
    nc=["arvskifte"],
    ne=["i morse"],
    why="starts with the channel",
)
L(
    "sv",
    "SV",
    "fika med Ingrid Sundqvist i söndags efter julkonserten",
    REC,
    "K-1611",
    IP,
    past("sun"),
    None,
    nc=["julkonserten"],
    ne=["söndags"],
    why="starts with the channel",
)
L(
    "sv",
    "SV",
    "Vilgot Eng mejl i tisdags, frågor om utdelning",
    REC,
    "K-1613",
    EM,
    past("tue"),
    None,
    nc=["utdelning"],
    ne=["tisdags"],
    why="i tisdags = most recent Tuesday",
)
L(
    "sv",
    "SV",
    "Vilgot Eng lovade 2 milj igår på telefon",
    AU,
    "K-1613",
    why="SEK and EUR accounts, no currency",
)
L(
    "sv",
    "SV",
    "Vilgot Eng ringde igår 15:40, lovade 2 milj. kr till ACC-6113",
    REC,
    "K-1613",
    PH,
    Y,
    "15:40",
    [plg("2000000", "SEK", "ACC-6113")],
    ne=["igår"],
    why="lovade = pledged",
)
L(
    "sv",
    "SV",
    "Sol Bergkvist teams-möte idag kl 9, tjänstepension och löneväxling",
    REC,
    "K-1614",
    VI,
    T,
    "09:00",
    nc=["tjänstepension"],
    ne=["kl 9"],
    why="kl 9 = 09:00; first name Sol = sun",
)
L(
    "sv",
    "SV",
    "fika m Sol Bergkvist i onsdags, solig dag 😎 bolagsförsäljning på gång",
    REC,
    "K-1614",
    IP,
    Y,
    None,
    nc=["bolagsförsäljning"],
    ne=["i onsdags"],
    why="i onsdags said on Thursday = yesterday",
)
L("sv", "SV", "Lund ringde igår om bouppteckningen", AC, why="two Lund in the firm")
L(
    "sv",
    "SV",
    "Kerstin Lund lunch i måndags, vill flytta 5 mkr hit",
    NC,
    "K-1616",
    why="covered by nobody",
)
L(
    "sv",
    "SV",
    "Göran Lund videosamtal igår kl 14.30, frugan vill ha gemensam deklaration av K10",
    REC,
    "K-1615",
    VI,
    Y,
    "14:30",
    nc=["K10"],
    ne=["igår"],
    why="K10 is a tax form",
)
L(
    "sv",
    "SV",
    "Astrid Kjellberg möte på kontoret i fredags, insättning 3 MNOK till ACC-6118",
    REC,
    "K-1617",
    IP,
    past("fri"),
    None,
    [dep("3000000", "NOK", "ACC-6118")],
    ne=["fredags"],
    why="insättning = deposit",
)
L(
    "sv",
    "SV",
    "Astrid Kjellberg mejlade förra fredagen, frågor om norsk formuesskatt",
    REC,
    "K-1617",
    EM,
    past("fri"),
    None,
    nc=["formuesskatt"],
    ne=["förra fredagen"],
    why="last Friday, plain record",
)
L(
    "sv",
    "SV",
    "Hampus Ek brev skickat idag med deklarationsunderlag K4",
    REC,
    "K-1618",
    MA,
    T,
    None,
    nc=["K4"],
    ne=["idag"],
    why="brev = mail; surname Ek = oak",
)
L(
    "sv",
    "SV",
    "pratade med Hampus Ek igår om bolåneräntan",
    ACH,
    "K-1618",
    why="pratade = talked, no channel",
)
L(
    "sv",
    "SV",
    "Ingrid Sundqvist ringde kl 8 idag, överförde 600 000 kr",
    AU,
    "K-1611",
    why="överförde has no direction",
)
L(
    "sv",
    "SV",
    "Måns Sundqvist möte förra torsdagen kl 13, satte in 400 tkr och lovade 1 mkr till",
    REC,
    "K-1612",
    IP,
    on(12, 9),
    "13:00",
    [dep("400000", "SEK"), plg("1000000", "SEK")],
    ne=["förra torsdagen"],
    why="last <today's weekday> = 7 days ago; two outcomes",
)
L(
    "sv",
    "SV",
    "Göran Lund lunch i helgen, barnbarnens sparande",
    AU,
    "K-1615",
    why="i helgen = weekend, two days",
)
L(
    "sv",
    "SV",
    "Sol Bergkvist mejl idag kl 7.50, vill ha möte nästa vecka om trusten på Jersey",
    REC,
    "K-1614",
    EM,
    T,
    "07:50",
    nc=["Jersey"],
    ne=["kl 7.50"],
    why="dotted time",
)
L(
    "sv",
    "SV",
    "Ingrid Sundqvist teams igår kväll kl 7, följ upp måndag",
    REC,
    "K-1611",
    VI,
    Y,
    "19:00",
    fu=nxt("mon"),
    ne=["igår kväll"],
    why="kväll turns kl 7 into 19:00; follow-up forward",
)
L("sv", "SV", "Vilgot Eng fika kl 3 igår", AU, "K-1613", why="kl 3 yesterday: both halves past")
L(
    "sv",
    "SV",
    "Hampus Ek möte 13/12 kl 10, vann mandatet för emissionen, arvode 900 000 kr",
    REC,
    "K-1618",
    IP,
    on(12, 13),
    "10:00",
    [man("900000", "SEK")],
    nc=["emissionen"],
    ne=["13/12"],
    why="mandate won with fee",
)
L(
    "sv",
    "SV",
    "Hampus Ek telefon i går, mandatarvode 1,5 % av emissionsbeloppet",
    REC,
    "K-1618",
    PH,
    Y,
    None,
    nc=["mandatarvode"],
    ne=["i går"],
    why="percentage-only fee is no claim",
)
L(
    "sv",
    "SV",
    "Astrid Kjellberg ringde i förrgår, tog ut 200 000 till bostadsrätten",
    REC,
    "K-1617",
    PH,
    DBY,
    None,
    nc=["bostadsrätten"],
    ne=["förrgår"],
    why="withdrawal is no claim",
)
L(
    "sv",
    "SV",
    "Göran Lund möte idag 08:30, diskretionär förvaltning startar 1 jan, inga pengar in än",
    REC,
    "K-1615",
    IP,
    T,
    "08:30",
    nc=["diskretionär"],
    ne=["08:30"],
    why="discretionary management, no money",
)
L(
    "sv",
    "SV",
    "Ingrid Lund ringde idag om en second opinion",
    AC,
    why="unknown person sharing Ingrid Sundqvist's first name and the Lund surname",
)
L(
    "sv",
    "SV",
    "Måns Sundqvist brev mottaget i måndags, fullmakt undertecknad",
    REC,
    "K-1612",
    MA,
    past("mon"),
    None,
    nc=["fullmakt"],
    ne=["måndags"],
    why="brev = mail",
)
L(
    "sv",
    "SV",
    "Sol Bergkvist lunch i torsdags #drottningholm-opera",
    REC,
    "K-1614",
    IP,
    on(12, 9),
    None,
    init="drottningholm-opera",
    ne=["torsdags"],
    why="i torsdags said on a Thursday = a week ago",
)
L(
    "sv",
    "SV",
    "Vilgot Eng ringde 09:10 idag, frågar om EUR-kontot och valutarisken",
    REC,
    "K-1613",
    PH,
    T,
    "09:10",
    nc=["valutarisken"],
    ne=["09:10"],
    why="currency word with no outcome",
)
L(
    "sv",
    "SV",
    "Göran Lund mejl igår: om försäljningen går igenom sätter han in 4 mkr",
    REC,
    "K-1615",
    EM,
    Y,
    None,
    nc=["försäljningen"],
    ne=["igår"],
    why="om = if, conditional",
)
L(
    "sv",
    "SV",
    "Astrid Kjellberg videomöte den 8/12, KYC och skatterättslig hemvist i Norge",
    REC,
    "K-1617",
    VI,
    on(12, 8),
    None,
    nc=["hemvist"],
    ne=["8/12"],
    why="d/m date",
)
L(
    "sv",
    "SV",
    "Ingrid Sundqvist mejlade i tisdags 16.05, lovade 750 000 kr, följ upp 22/12",
    REC,
    "K-1611",
    EM,
    past("tue"),
    "16:05",
    [plg("750000", "SEK")],
    on(12, 22),
    ne=["tisdags"],
    why="follow-up date d/m",
)
L(
    "sv",
    "SV",
    "Hampus Ek lunch förra fredagen, 45 år, 3 barn, tel 070-312 45 67",
    REC,
    "K-1618",
    IP,
    past("fri"),
    None,
    nc=["barn"],
    ne=["förra fredagen"],
    why="age, count, phone number",
)
L(
    "sv",
    "SV",
    "Måns Sundqvist ringde igår, dottern ska gifta sig, vill se över äktenskapsförord",
    REC,
    "K-1612",
    PH,
    Y,
    None,
    nc=["äktenskapsförord"],
    ne=["igår"],
    why="family matter",
)
L(
    "sv",
    "SV",
    "Sol Bergkvist möte kl 9:00 i dag, insättning 250 000 kr till ACC-6115, följ upp fredag",
    REC,
    "K-1614",
    IP,
    T,
    "09:00",
    [dep("250000", "SEK", "ACC-6115")],
    nxt("fri"),
    ne=["kl 9:00"],
    why="deposit to account; follow-up Friday ahead",
)
L(
    "sv",
    "SV",
    "Kjellberg telefonmöte i måndags kl 11, pension i Norge",
    REC,
    "K-1617",
    PH,
    past("mon"),
    "11:00",
    nc=["pension"],
    ne=["måndags"],
    why="surname unique in the firm",
)

# ================= ro: Bucharest rep (local Thu 11:15) =================
L(
    "ro",
    "RO",
    "întâlnire cu Cosmin Vlad ieri la 10, portofoliu de obligațiuni",
    REC,
    "K-1621",
    IP,
    Y,
    "10:00",
    nc=["obligațiuni"],
    ne=["ieri"],
    why="la 10 read as typed",
)
L(
    "ro",
    "RO",
    "Vlad a sunat azi dimineață",
    AC,
    why="Vlad is Cosmin Vlad's surname and Vlad Pătrașcu's first name",
)
L(
    "ro",
    "RO",
    "Vlad Pătrașcu telefon ieri la 16:30, a depus 200.000",
    AU,
    "K-1622",
    why="RON and EUR accounts, no currency",
)
L(
    "ro",
    "RO",
    "Vlad Patrascu zoom marți la 14, a depus 50.000 EUR în ACC-6213",
    REC,
    "K-1622",
    VI,
    past("tue"),
    "14:00",
    [dep("50000", "EUR", "ACC-6213")],
    ne=["marți"],
    why="missing diacritics in the name",
)
L(
    "ro",
    "RO",
    "Mirela Pop cafea azi la 9, întrebări despre Pilonul 3",
    REC,
    "K-1623",
    IP,
    T,
    "09:00",
    nc=["Pilonul 3"],
    ne=["azi"],
    why="surname Pop; Pilonul 3 is a product",
)
L(
    "ro",
    "RO",
    "Doru Ene email luni, declarația unică și impozitul pe dividende",
    REC,
    "K-1624",
    EM,
    past("mon"),
    None,
    nc=["declarația unică"],
    ne=["luni"],
    why="bare luni = last Monday",
)
L(
    "ro",
    "RO",
    "Doru Ene a promis 300k, telefon ieri seara",
    REC,
    "K-1624",
    PH,
    Y,
    None,
    [plg("300000", "EUR")],
    ne=["ieri seara"],
    why="single EUR account; missing diacritics",
)
L(
    "ro",
    "RO",
    "întâlnire la prânz sâmbătă cu Tudor Barbu, nunta fiicei",
    REC,
    "K-1626",
    IP,
    past("sat"),
    None,
    nc=["nunta"],
    ne=["sâmbătă"],
    why="starts with the channel",
)
L("ro", "RO", "familia Barbu întâlnire vineri, planificare succesorală", AC, why="household")
L(
    "ro",
    "RO",
    "Alina Barbu a depus 150.000 lei, întâlnire alaltăieri la 15",
    REC,
    "K-1625",
    IP,
    DBY,
    "15:00",
    [dep("150000", "RON")],
    ne=["alaltăieri"],
    why="la 15 is 24-hour",
)
L(
    "ro",
    "RO",
    "Tudor Barbu teams miercuri ora 17, s-a angajat cu 1 milion lei, revin vineri",
    REC,
    "K-1626",
    VI,
    Y,
    "17:00",
    [plg("1000000", "RON")],
    nxt("fri"),
    ne=["miercuri"],
    why="revin -> next Friday",
)
L(
    "ro",
    "RO",
    "Sabin Lupu cafea ieri, prospect, 2 mil EUR din vânzarea firmei",
    NC,
    "K-1627",
    why="covered by nobody",
)
L(
    "ro",
    "RO",
    "Florica Dragomir telefon azi, moștenire",
    NC,
    "K-1628",
    why="covered by the Geneva rep only",
)
L(
    "ro",
    "RO",
    "Mirela Pop scrisoare trimisă azi cu extrasele de cont",
    REC,
    "K-1623",
    MA,
    T,
    None,
    nc=["extrasele"],
    ne=["azi"],
    why="scrisoare = letter",
)
L("ro", "RO", "am vorbit cu Mirela Pop ieri despre pensie", ACH, "K-1623", why="am vorbit = talked")
L(
    "ro",
    "RO",
    "Cosmin Vlad a transferat 400.000 lei, telefon azi 10:05",
    AU,
    "K-1621",
    why="transferred with no direction",
)
L(
    "ro",
    "RO",
    "Cosmin Vlad întâlnire joi la 11, fond imobiliar",
    REC,
    "K-1621",
    IP,
    on(12, 9),
    "11:00",
    nc=["fond imobiliar"],
    ne=["joi"],
    why="bare joi on a Thursday = a week ago",
)
L(
    "ro",
    "RO",
    "Doru Ene video luni trecută 9:30, mandat câștigat pentru vânzarea companiei, onorariu 180.000 EUR",
    REC,
    "K-1624",
    VI,
    past("mon"),
    "09:30",
    [man("180000", "EUR")],
    nc=["vânzarea companiei"],
    ne=["luni trecută"],
    why="mandate won with fee",
)
L(
    "ro",
    "RO",
    "Alina Barbu email miercurea trecută",
    AU,
    "K-1625",
    why="last <yesterday's weekday>: yesterday or 8 days ago",
)
L(
    "ro",
    "RO",
    "Tudor Barbu telefon ieri la 3 după-amiaza, asigurare de viață",
    REC,
    "K-1626",
    PH,
    Y,
    "15:00",
    nc=["asigurare"],
    ne=["ieri"],
    why="după-amiaza turns 3 into 15:00",
)
L(
    "ro",
    "RO",
    "Ilinca Crișan întâlnire azi la 8:45, testament și donație către copii",
    REC,
    "K-1629",
    IP,
    T,
    "08:45",
    nc=["testament"],
    ne=["8:45"],
    why="estate note",
)
L(
    "ro",
    "RO",
    "Ilinca Crisan email ieri, vrea raport anual pe portofoliu in engleza",
    REC,
    "K-1629",
    EM,
    Y,
    None,
    nc=["raport anual"],
    ne=["ieri"],
    why="missing diacritics in name and notes",
)
L(
    "ro",
    "RO",
    "Vlad Pătrașcu întâlnire ieri, a mutat 100k din ACC-6212 în ACC-6213",
    REC,
    "K-1622",
    IP,
    Y,
    None,
    nc=["a mutat"],
    ne=["ieri"],
    why="between own accounts: no claim",
)
L(
    "ro",
    "RO",
    "Mirela Pop telefon pe 10.12 la ora 12, dacă vinde terenul depune 500k",
    REC,
    "K-1623",
    PH,
    on(12, 10),
    "12:00",
    nc=["terenul"],
    ne=["10.12"],
    why="dacă = if, conditional",
)
L(
    "ro",
    "RO",
    "Cosmin Vlad zoom ieri 18:20, a depus 250.000 lei și a promis încă 100.000 lei",
    REC,
    "K-1621",
    VI,
    Y,
    "18:20",
    [dep("250000", "RON"), plg("100000", "RON")],
    ne=["ieri"],
    why="two outcomes",
)
L(
    "ro",
    "RO",
    "Doru Ene scrisoare primită vineri, contract de administrare discreționară",
    REC,
    "K-1624",
    MA,
    past("fri"),
    None,
    nc=["discreționară"],
    ne=["vineri"],
    why="discretionary mandate no claim",
)
L(
    "ro",
    "RO",
    "Alina Barbu cafea marti dimineata, depozit la termen 200k lei",
    REC,
    "K-1625",
    IP,
    past("tue"),
    None,
    nc=["depozit la termen"],
    ne=["marti"],
    why="term deposit; part of day, no time",
)
L(
    "ro",
    "RO",
    "Tudor Barbu email azi 07:55, ETF pe S&P 500 si 10% in aur",
    REC,
    "K-1626",
    EM,
    T,
    "07:55",
    nc=["S&P 500"],
    ne=["07:55"],
    why="index name and percentage",
)
L(
    "ro",
    "RO",
    "Ilinca Crișan telefon ieri la 9 seara, s-a angajat cu 600.000 lei #ateneu-gala",
    REC,
    "K-1629",
    PH,
    Y,
    "21:00",
    [plg("600000", "RON")],
    init="ateneu-gala",
    ne=["ieri"],
    why="la 9 seara = 21:00",
)
L(
    "ro",
    "RO",
    "Mirela Popp video azi 10:30 re: fondul de pensii",
    REC,
    "K-1623",
    VI,
    T,
    "10:30",
    nc=["fondul de pensii"],
    ne=["10:30"],
    why="doubled letter typo in the name",
)
L("ro", "RO", "Doru Ene întâlnire pe 30.02", AU, "K-1624", why="30 February does not exist")
L(
    "ro",
    "RO",
    "Vlad Pătrașcu teams vineri, mandat câștigat, onorariu 2%",
    REC,
    "K-1622",
    VI,
    past("fri"),
    None,
    nc=["onorariu"],
    ne=["vineri"],
    why="percentage-only fee",
)
L(
    "ro",
    "RO",
    "Alina Barbu telefon azi la 11:00, a depus 75.000 EUR",
    REC,
    "K-1625",
    PH,
    T,
    "11:00",
    [dep("75000", "EUR")],
    ne=["11:00"],
    why="EUR named in the line on a RON client",
)
L(
    "ro",
    "RO",
    "Tudor Barbu scrisoare ieri, procura pentru mama lui",
    REC,
    "K-1626",
    MA,
    Y,
    None,
    nc=["procura"],
    ne=["ieri"],
    why="family matter, mail",
)
L(
    "ro",
    "RO",
    "întâlnire Ilinca Crișan luni la 10, CASS și impozit chirii",
    REC,
    "K-1629",
    IP,
    past("mon"),
    "10:00",
    nc=["CASS"],
    ne=["luni"],
    why="starts with the channel",
)

# ================= ms: Kuala Lumpur rep (local Thu 17:15) =================
L(
    "ms",
    "MS",
    "jumpa Azman bin Rashid semalam pukul 3 petang di pejabat, semak portfolio sukuk",
    REC,
    "K-1631",
    IP,
    Y,
    "15:00",
    nc=["sukuk"],
    ne=["semalam"],
    why="petang turns 3 into 15:00",
)
L("ms", "MS", "Rashid telefon pagi tadi", AC, why="Azman bin Rashid and Siti Hajar binti Rashid")
L(
    "ms",
    "MS",
    "Siti Hajar binti Rashid emel hari ini, tanya pasal zakat pendapatan",
    REC,
    "K-1632",
    EM,
    T,
    None,
    nc=["zakat"],
    ne=["hari ini"],
    why="emel = email",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat video call Isnin, semak portfolio bon dan dana ekuiti Asia",
    REC,
    "K-1633",
    VI,
    past("mon"),
    None,
    nc=["dana ekuiti"],
    ne=["Isnin"],
    why="plain record",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat telefon semalam, janji 500k",
    AU,
    "K-1633",
    why="MYR and SGD accounts, no currency",
)
L(
    "ms",
    "MS",
    "makan malam dengan Lim Boon Keat Sabtu, anak sulung kahwin bulan Mac",
    REC,
    "K-1633",
    IP,
    past("sat"),
    None,
    nc=["kahwin"],
    ne=["Sabtu"],
    why="makan malam = dinner",
)
L(
    "ms",
    "MS",
    "Lim Mei Fong jumpa hari Selasa pukul 11 pagi, kemas kini wasiat dan hibah",
    REC,
    "K-1634",
    IP,
    past("tue"),
    "11:00",
    nc=["hibah"],
    ne=["Selasa"],
    why="pagi = am",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Subramaniam surat dihantar hari ini, penyata dividen ASB",
    REC,
    "K-1635",
    MA,
    T,
    None,
    nc=["ASB"],
    ne=["hari ini"],
    why="surat = letter",
)
L(
    "ms",
    "MS",
    "Kavitha bincang dengan saya semalam pasal insurans hayat",
    ACH,
    "K-1635",
    why="bincang, no channel",
)
L(
    "ms",
    "MS",
    "Embun binti Yusri telefon pukul 9 pagi tadi, embun pagi pun belum kering haha, tanya unit trust",
    REC,
    "K-1636",
    PH,
    T,
    "09:00",
    nc=["unit trust"],
    ne=["pukul 9 pagi"],
    why="name Embun = dew",
)
L(
    "ms",
    "MS",
    "Faizal bin Othman jumpa semalam, prospek hartanah",
    NC,
    "K-1637",
    why="covered by nobody",
)
L(
    "ms",
    "MS",
    "Chong Wai Ming zoom Jumaat, anak dia nak sambung belajar di Melbourne",
    REC,
    "K-1638",
    VI,
    past("fri"),
    None,
    nc=["Melbourne"],
    ne=["Jumaat"],
    why="family matter",
)
L("ms", "MS", "Chong Wai Ming telefon kelmarin", AU, "K-1638", why="kelmarin is ambiguous")
L(
    "ms",
    "MS",
    "Azman Rashid jumpa pukul 4 petang tadi, bincang hibah takaful",
    REC,
    "K-1631",
    IP,
    T,
    "16:00",
    nc=["hibah"],
    ne=["pukul 4 petang"],
    why="petang turns 4 into 16:00; jumpa gives the channel even with bincang",
)
L(
    "ms",
    "MS",
    "Siti Hajar emel hari Rabu lepas",
    AU,
    "K-1632",
    why="last Wednesday said on Thursday",
)
L(
    "ms",
    "MS",
    "Lim Mei Fong makan tengah hari Sabtu, cucu baru lahir",
    REC,
    "K-1634",
    IP,
    past("sat"),
    None,
    nc=["cucu baru"],
    ne=["Sabtu"],
    why="makan tengah hari = lunch",
)
L(
    "ms",
    "MS",
    "Embun binti Yusri video call semalam pukul 8.30 malam, dia janji RM 2 juta, susulan Isnin",
    REC,
    "K-1636",
    VI,
    Y,
    "20:30",
    [plg("2000000", "MYR")],
    nxt("mon"),
    ne=["semalam"],
    why="malam = pm; susulan forward",
)
L(
    "ms",
    "MS",
    "Azman bin Rashid telefon hari Isnin, mandat IPO dimenangi, yuran RM 750 ribu",
    REC,
    "K-1631",
    PH,
    past("mon"),
    None,
    [man("750000", "MYR")],
    nc=["IPO"],
    ne=["Isnin"],
    why="mandate fee",
)
L(
    "ms",
    "MS",
    "Kavitha Subramaniam jumpa di Mid Valley semalam, pindahkan RM 300k ke akaun bank luar",
    REC,
    "K-1635",
    IP,
    Y,
    None,
    nc=["akaun bank luar"],
    ne=["semalam"],
    why="money out, no claim",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat emel 10/12, masukkan SGD 250k ke ACC-6314",
    REC,
    "K-1633",
    EM,
    on(12, 10),
    None,
    [dep("250000", "SGD", "ACC-6314")],
    ne=["10/12"],
    why="SGD account",
)
L(
    "ms",
    "MS",
    "Siti Hajar binti Rashid jumpa semalam, rancang umrah keluarga tahun depan",
    REC,
    "K-1632",
    IP,
    Y,
    None,
    nc=["umrah"],
    ne=["semalam"],
    why="family note",
)
L(
    "ms",
    "MS",
    "Embun Yusri telefon hari ini pukul 2.15 petang, kalau bonus masuk dia deposit RM 100k",
    REC,
    "K-1636",
    PH,
    T,
    "14:15",
    nc=["bonus"],
    ne=["hari ini"],
    why="kalau = if",
)
L(
    "ms",
    "MS",
    "Chong Wai Ming surat semalam, borang W-8BEN ditandatangani",
    REC,
    "K-1638",
    MA,
    Y,
    None,
    nc=["W-8BEN"],
    ne=["semalam"],
    why="form name",
)
L(
    "ms",
    "MS",
    "Azman bin Rashid jumpa hari ini 10:30, mandat pengurusan budi bicara RM 5 juta",
    REC,
    "K-1631",
    IP,
    T,
    "10:30",
    nc=["budi bicara"],
    ne=["10:30"],
    why="discretionary mandate",
)
L(
    "ms",
    "MS",
    "Lim Mei Fong panggilan video Ahad, umur 62, 4 cucu, tel 012-345 6789",
    REC,
    "K-1634",
    VI,
    past("sun"),
    None,
    nc=["cucu"],
    ne=["Ahad"],
    why="age, count, phone",
)
L(
    "ms",
    "MS",
    "Siti Hajar telefon semalam pukul 7 malam, dia masukkan RM 120,000 dan janji RM 200,000 lagi",
    REC,
    "K-1632",
    PH,
    Y,
    "19:00",
    [dep("120000", "MYR"), plg("200000", "MYR")],
    ne=["semalam"],
    why="two outcomes",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Subramaniam emel pagi tadi pukul 8, susulan 20/12",
    REC,
    "K-1635",
    EM,
    T,
    "08:00",
    fu=on(12, 20),
    ne=["pagi tadi"],
    why="pukul 8 read as typed",
)
L(
    "ms",
    "MS",
    "Siti Aminah binti Yusri telefon hari ini",
    AC,
    why="unknown person sharing Yusri and Siti",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat jumpa Khamis lepas di KLCC, pindahkan SGD 1 juta",
    AU,
    "K-1633",
    why="pindahkan: no direction",
)
L(
    "ms",
    "MS",
    "Embun binti Yusri jumpa 13 Dis pukul 10 pagi, waris dan wasiat",
    REC,
    "K-1636",
    IP,
    on(12, 13),
    "10:00",
    nc=["wasiat"],
    ne=["13 Dis"],
    why="estate",
)
L(
    "ms",
    "MS",
    "Azman bin Rashid emel Selasa, dia tak jadi masukkan RM 1 juta",
    REC,
    "K-1631",
    EM,
    past("tue"),
    None,
    nc=["tak jadi"],
    ne=["Selasa"],
    why="negated",
)
L(
    "ms",
    "MS",
    "Chong Wai Ming telefon hari ini pukul 4.45 petang, dividen REIT",
    REC,
    "K-1638",
    PH,
    T,
    "16:45",
    nc=["REIT"],
    ne=["hari ini"],
    why="16:45 before local now",
)
L(
    "ms",
    "MS",
    "Lim Mei Fong telefon semalam pukul 9 pagi re: ASNB dan EPF",
    REC,
    "K-1634",
    PH,
    Y,
    "09:00",
    nc=["EPF"],
    ne=["semalam"],
    why="pagi = am",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Subramaniam jumpa Jumaat #f1-singapore, mandat M&A menang, yuran RM 400k",
    REC,
    "K-1635",
    IP,
    past("fri"),
    None,
    [man("400000", "MYR")],
    init="f1-singapore",
    ne=["Jumaat"],
    why="mandate won",
)
L(
    "ms",
    "MS",
    "Azman bin Rashid zoom semalam, RM 650 ribu masuk ke ACC-6311",
    REC,
    "K-1631",
    VI,
    Y,
    None,
    [dep("650000", "MYR", "ACC-6311")],
    ne=["semalam"],
    why="masuk ke = deposit to us",
)
L(
    "ms",
    "MS",
    "Embun binti Yusri surat dihantar Rabu, penyata cukai",
    REC,
    "K-1636",
    MA,
    Y,
    None,
    nc=["penyata cukai"],
    ne=["Rabu"],
    why="Rabu = yesterday",
)

# ================= hi: Kolkata rep (local Thu 14:45), Devanagari and Hinglish =================
L(
    "hi",
    "HI",
    "Rohit Agarwal से कल दोपहर 12 बजे मुलाकात, म्यूचुअल फंड पोर्टफोलियो रिव्यू",
    REC,
    "K-1641",
    IP,
    Y,
    "12:00",
    nc=["पोर्टफोलियो"],
    ne=["दोपहर 12 बजे"],
    why="कल = yesterday in a log",
)
L("hi", "HI", "Agarwal ji ka phone aaya aaj", AC, why="two Agarwal clients; ji is a title")
L(
    "hi",
    "HI",
    "Sunita Agarwal video call kal, 50 lakh jama kiye",
    AU,
    "K-1642",
    why="INR and USD accounts, no currency; lakh is no currency",
)
L(
    "hi",
    "HI",
    "Sunita Agarwal video call kal shaam 6 baje, ₹50 lakh jama kiye",
    REC,
    "K-1642",
    VI,
    Y,
    "18:00",
    [dep("5000000", "INR")],
    ne=["shaam 6 baje"],
    why="shaam turns 6 into 18:00; ₹ gives INR",
)
L(
    "hi",
    "HI",
    "Basant Mehra ke saath lunch somvaar ko, basant panchami wali puja ki baat bhi hui",
    REC,
    "K-1643",
    IP,
    past("mon"),
    None,
    nc=["panchami"],
    ne=["somvaar"],
    why="name Basant = spring festival word",
)
L(
    "hi",
    "HI",
    "Chanda Rawat ने आज सुबह ईमेल किया, ELSS और 80C के बारे में",
    REC,
    "K-1644",
    EM,
    T,
    None,
    nc=["80C"],
    ne=["आज सुबह"],
    why="80C is a section, not money",
)
L("hi", "HI", "Chanda Rawat से बात हुई कल टैक्स के बारे में", ACH, "K-1644", why="बात हुई, no channel")
L(
    "hi",
    "HI",
    "Hemant Joshi ko patra bheja aaj, Form 16 aur 26AS",
    REC,
    "K-1645",
    MA,
    T,
    None,
    nc=["26AS"],
    ne=["aaj"],
    why="patra = letter",
)
L(
    "hi",
    "HI",
    "Neeraj Khanna se mulaqat hui budhvaar ko, prospect hai",
    NC,
    "K-1647",
    why="covered by nobody",
)
L(
    "hi",
    "HI",
    "Hemant Joshi का कल रात 9 बजे फ़ोन आया, बेटे के एडमिशन के बारे में",
    REC,
    "K-1645",
    PH,
    Y,
    "21:00",
    nc=["एडमिशन"],
    ne=["रात 9 बजे"],
    why="रात = night",
)
L(
    "hi",
    "HI",
    "Aakash Goel zoom aaj 11 baje, mandate mil gaya, fee 75 lakh",
    REC,
    "K-1646",
    VI,
    T,
    "11:00",
    [man("7500000", "INR")],
    ne=["11 baje"],
    why="11 baje read as typed",
)
L(
    "hi",
    "HI",
    "Basant Mehra se mulaqat parson shaam 4 baje, HUF ke baare mein",
    REC,
    "K-1643",
    IP,
    DBY,
    "16:00",
    nc=["HUF"],
    ne=["parson"],
    why="shaam turns 4 baje into 16:00",
)
L(
    "hi",
    "HI",
    "Chanda Rawat ne pichhle budhvaar ko call kiya",
    AU,
    "K-1644",
    why="last Wednesday said on Thursday",
)
L(
    "hi",
    "HI",
    "Rohit aur Sunita Agarwal ke saath dinner shukravaar",
    AC,
    why="two clients in one line",
)
L(
    "hi",
    "HI",
    "Sunita Agarwal ने $200k ACC-6413 में भेजे, फ़ोन पर बात 13/12 को",
    REC,
    "K-1642",
    PH,
    on(12, 13),
    None,
    [dep("200000", "USD", "ACC-6413")],
    ne=["13/12"],
    why="sent into our account = deposit",
)
L(
    "hi",
    "HI",
    "Hemant Joshi se unke ghar pe mulaqat mangalvaar shaam, pitaji ki health theek nahi",
    REC,
    "K-1645",
    IP,
    past("tue"),
    None,
    nc=["health"],
    ne=["mangalvaar"],
    why="part of day gives no time",
)
L(
    "hi",
    "HI",
    "Aakash Goel से आज सुबह 10:15 पर वीडियो कॉल, 2 करोड़ ACC-6417 में जमा किए",
    REC,
    "K-1646",
    VI,
    T,
    "10:15",
    [dep("20000000", "INR", "ACC-6417")],
    ne=["10:15"],
    why="जमा = deposit",
)
L(
    "hi",
    "HI",
    "Basant Mehra ne 25 lakh transfer kiye, call aaj",
    AU,
    "K-1643",
    why="transfer with no direction",
)
L(
    "hi",
    "HI",
    "Rohit Agarwal ka email aaya kal, agar bonus mila to 30 lakh invest karega",
    REC,
    "K-1641",
    EM,
    Y,
    None,
    nc=["bonus"],
    ne=["kal"],
    why="agar = if",
)
L(
    "hi",
    "HI",
    "Chanda Rawat ji se coffee par mile aaj 12:30 baje, PMS discretionary mandate sign kiya",
    REC,
    "K-1644",
    IP,
    T,
    "12:30",
    nc=["PMS"],
    ne=["12:30"],
    why="discretionary mandate, no claim",
)
L("hi", "HI", "Neha Rawat ka phone aaya kal", AC, why="unknown person sharing the Rawat surname")
L(
    "hi",
    "HI",
    "Hemant Joshi से 9 दिसंबर को मुलाकात, वसीयत और नॉमिनी",
    REC,
    "K-1645",
    IP,
    on(12, 9),
    None,
    nc=["वसीयत"],
    ne=["9 दिसंबर"],
    why="estate",
)
L(
    "hi",
    "HI",
    "Sunita Agarwal ka call somvaar 9:40 baje, USD account se INR account mein 20k shift",
    REC,
    "K-1642",
    PH,
    past("mon"),
    "09:40",
    nc=["shift"],
    ne=["somvaar"],
    why="between own accounts",
)
L(
    "hi",
    "HI",
    "Basant Mehra email shanivaar, 5 lakh deposit kiye, 10 lakh aur commit kiye",
    REC,
    "K-1643",
    EM,
    past("sat"),
    None,
    [dep("500000", "INR"), plg("1000000", "INR")],
    ne=["shanivaar"],
    why="two outcomes, single INR account",
)
L(
    "hi",
    "HI",
    "Aakash Goel ko letter bheja kal, nominee form aur KYC update",
    REC,
    "K-1646",
    MA,
    Y,
    None,
    nc=["nominee form"],
    ne=["kal"],
    why="letter = mail",
)
L(
    "hi",
    "HI",
    "Rohit Agarwal से कल वीडियो कॉल, पैसे जमा नहीं किए",
    REC,
    "K-1641",
    VI,
    Y,
    None,
    nc=["नहीं"],
    why="negated deposit",
)
L(
    "hi",
    "HI",
    "Chanda Rawat ka phone aaj dopahar 1 baje, gold bonds ke baare mein",
    REC,
    "K-1644",
    PH,
    T,
    "13:00",
    nc=["gold bonds"],
    ne=["dopahar 1 baje"],
    why="dopahar turns 1 into 13:00",
)
L(
    "hi",
    "HI",
    "Basant Mehra se mulaqat ravivaar ko #mumbai-polo",
    REC,
    "K-1643",
    IP,
    past("sun"),
    None,
    init="mumbai-polo",
    ne=["ravivaar"],
    why="initiative",
)
L(
    "hi",
    "HI",
    "Aakash Goel ka email guruvaar ko, NPS tier 1",
    REC,
    "K-1646",
    EM,
    on(12, 9),
    None,
    nc=["NPS"],
    ne=["guruvaar"],
    why="bare guruvaar on a Thursday = a week ago",
)
L(
    "hi",
    "HI",
    "Rohit Agarwal से आज 11 बजे फ़ोन, फॉलो अप शुक्रवार",
    REC,
    "K-1641",
    PH,
    T,
    "11:00",
    fu=nxt("fri"),
    ne=["11 बजे"],
    why="follow-up forward",
)
L(
    "hi",
    "HI",
    "Sunita Agarwal se meeting kal raat 8 baje, beti ki shaadi ka budget",
    REC,
    "K-1642",
    IP,
    Y,
    "20:00",
    nc=["budget"],
    ne=["raat 8 baje"],
    why="raat 8 baje = 20:00",
)
L(
    "hi",
    "HI",
    "Chanda Rawat ke saath lunch aaj, beti ki shaadi ke liye 15 lakh nikale",
    REC,
    "K-1644",
    IP,
    T,
    None,
    nc=["shaadi"],
    why="withdrawal",
)
L(
    "hi",
    "HI",
    "Hemant Joshi video call kal subah 7:30, mandate fee 1.2% hai bas",
    REC,
    "K-1645",
    VI,
    Y,
    "07:30",
    nc=["1.2%"],
    ne=["7:30"],
    why="percentage-only fee",
)
L(
    "hi",
    "HI",
    "Basant Mehra को चिट्ठी भेजी बुधवार को, कैपिटल गेन स्टेटमेंट",
    REC,
    "K-1643",
    MA,
    Y,
    None,
    nc=["स्टेटमेंट"],
    ne=["बुधवार"],
    why="बुधवार = yesterday",
)
L(
    "hi",
    "HI",
    "Aakash Goel se mulaqat kal, Bandra mein naya flat, home loan ki baat",
    REC,
    "K-1646",
    IP,
    Y,
    None,
    nc=["home loan"],
    ne=["kal"],
    why="plain record",
)
L(
    "hi",
    "HI",
    "Rohit Agarwal ke saath golf ke baad coffee, kal, bachchon ke education plan ki baat",
    REC,
    "K-1641",
    IP,
    Y,
    None,
    nc=["education plan"],
    why="coffee = in person",
)

# ================= en: London rep (local Thu 09:15) =================
L(
    "en",
    "GB",
    "Giles Pennington - lunch at Boodle's yest, IHT planning & gifting to the grandchildren",
    REC,
    "K-1651",
    IP,
    Y,
    None,
    nc=["IHT"],
    ne=["yest"],
    why="yest = yesterday",
)
L(
    "en",
    "GB",
    "Rowan Tate phoned last Thursday, transferred £500k, didn't say where",
    AU,
    "K-1654",
    why="transferred with no direction",
)
L(
    "en",
    "GB",
    "Clemency Pennington rang Tues 4.10pm, pledged €300k into ACC-6513",
    REC,
    "K-1652",
    PH,
    past("tue"),
    "16:10",
    [plg("300000", "EUR", "ACC-6513")],
    ne=["Tues", "4.10pm"],
    why="rang = phoned",
)
L("en", "GB", "the Penningtons, dinner Sat, Christmas drinks at theirs", AC, why="household plural")
L(
    "en",
    "GB",
    "Amber Whitlock coffee Mon re: her SIPP drawdown, amber warning on the M4 so she was late",
    REC,
    "K-1653",
    IP,
    past("mon"),
    None,
    nc=["SIPP"],
    ne=["Mon"],
    why="first name Amber also a word",
)
L(
    "en",
    "GB",
    "amber whitlock email today re ISA allowance, will f/u tmrw",
    REC,
    "K-1653",
    EM,
    T,
    None,
    fu=TOM,
    nc=["ISA"],
    why="all lower case; f/u tmrw = tomorrow",
)
L(
    "en",
    "GB",
    "Rowan Tate Teams 13/12 10:00, won the mandate for the MBO, fee £220k",
    REC,
    "K-1654",
    VI,
    on(12, 13),
    "10:00",
    [man("220000", "GBP")],
    nc=["MBO"],
    ne=["13/12"],
    why="d/m date in en-GB",
)
L(
    "en",
    "GB",
    "Baxter Hume phone yesterday at 6",
    AU,
    "K-1655",
    why="bare 6 yesterday: both halves past",
)
L(
    "en",
    "GB",
    "Felix Marsh mtg yesterday 3pm, deposited £1.1m, chase Fri",
    REC,
    "K-1656",
    IP,
    Y,
    "15:00",
    [dep("1100000", "GBP")],
    nxt("fri"),
    ne=["yesterday", "3pm"],
    why="chase = follow-up word",
)
L(
    "en",
    "GB",
    "Marsh called yesterday re the estate",
    AC,
    why="two Marsh clients (Dominic covered by nobody)",
)
L(
    "en",
    "GB",
    "Dominic Marsh coffee last Fri, wants a second opinion on his pension",
    NC,
    "K-1657",
    why="covered by nobody",
)
L(
    "en",
    "GB",
    "Quentin Rees letter rec'd Mon re: offshore bond",
    NC,
    "K-1658",
    why="covered by the LA rep only",
)
L(
    "en",
    "GB",
    "Baxter Hume - posted letter today w/ the 2026/27 tax pack",
    REC,
    "K-1655",
    MA,
    T,
    None,
    nc=["tax pack"],
    why="tax year not an amount",
)
L(
    "en",
    "GB",
    "Felix Marsh video call 8:05 today, committed £2m, wired £750k into ACC-6517 already",
    REC,
    "K-1656",
    VI,
    T,
    "08:05",
    [plg("2000000", "GBP"), dep("750000", "GBP", "ACC-6517")],
    ne=["8:05"],
    why="pledge and deposit; account goes with the wire",
)
L(
    "en",
    "GB",
    "Rowan Tate emailed Tue, withdrew 40k to pay HMRC",
    REC,
    "K-1654",
    EM,
    past("tue"),
    None,
    nc=["HMRC"],
    ne=["Tue"],
    why="withdrawal, paid out",
)
L(
    "en",
    "GB",
    "Giles Pennington phoned at 7.30 this morning, organising his daughter's wedding, nothing on money",
    REC,
    "K-1651",
    PH,
    T,
    "07:30",
    nc=["wedding"],
    ne=["7.30"],
    why="British spelling; explicit time",
)
L(
    "en",
    "GB",
    "Rowan Tate lunch at the Ivy 14/12, portfolio rebalance towards gilts, 3 kids at uni",
    REC,
    "K-1654",
    IP,
    on(12, 14),
    None,
    nc=["gilts"],
    ne=["14/12"],
    why="count",
)
# ================= en: Los Angeles rep (local Thu 01:15) =================
L(
    "en",
    "US",
    "mtg w/ Chase Whitaker yesterday 2pm re: 529 for the twins + 401k rollover",
    REC,
    "K-1661",
    IP,
    Y,
    "14:00",
    nc=["529"],
    ne=["2pm"],
    why="first name Chase is not a follow-up word here",
)
L(
    "en",
    "US",
    "Summer Whitaker call yesterday re year-end gifting, annual exclusion for 4 grandkids",
    REC,
    "K-1662",
    PH,
    Y,
    None,
    nc=["annual exclusion"],
    ne=["yesterday"],
    why="count is no amount",
)
L(
    "en",
    "US",
    "Summer Whitaker called Mon 11am, pledged $1.5M, f/u 12/20",
    REC,
    "K-1662",
    PH,
    past("mon"),
    "11:00",
    [plg("1500000", "USD")],
    on(12, 20),
    ne=["Mon", "11am"],
    why="US m/d",
)
L(
    "en",
    "US",
    "Chase Whitaker lunch Tuesday, chase him Friday re the trust docs",
    REC,
    "K-1661",
    IP,
    past("tue"),
    None,
    fu=nxt("fri"),
    nc=["trust docs"],
    ne=["Tuesday"],
    why="name Chase and verb chase",
)
L(
    "en",
    "US",
    "Brooke Nakamura zoom 12/13 9am, deposited CAD 600k into ACC-6614",
    REC,
    "K-1663",
    VI,
    on(12, 13),
    "09:00",
    [dep("600000", "CAD", "ACC-6614")],
    ne=["12/13", "9am"],
    why="CAD account",
)
L(
    "en",
    "US",
    "Wade Castellano mtg at the #pebble-beach pro-am Sat, 3 kids, turning 60 in March",
    REC,
    "K-1664",
    IP,
    past("sat"),
    None,
    init="pebble-beach",
    nc=["pro-am"],
    ne=["Sat"],
    why="age and count",
)
L(
    "en",
    "US",
    "Sunny Okonkwo tel 12/14 4:30pm, Roth IRA conversion, 24% bracket",
    REC,
    "K-1665",
    PH,
    on(12, 14),
    "16:30",
    nc=["Roth IRA"],
    ne=["12/14"],
    why="first name Sunny; percentage",
)
L(
    "en",
    "US",
    "sunny day in Malibu, Sunny Okonkwo emailed yest re HSA",
    REC,
    "K-1665",
    EM,
    Y,
    None,
    nc=["HSA"],
    ne=["yest"],
    why="word sunny and the name",
)
L(
    "en",
    "US",
    "Gloria Fenn coffee yesterday, referral from her CPA",
    NC,
    "K-1666",
    why="covered by nobody",
)
L(
    "en",
    "US",
    "Quentin Rees video call Tue 10am, committed $800k",
    REC,
    "K-1658",
    VI,
    past("tue"),
    "10:00",
    [plg("800000", "USD")],
    ne=["Tue", "10am"],
    why="$ gives USD on a GBP-only client",
)
L(
    "en",
    "US",
    "Carmen Ruiz email 12/10, wired $2.4mm into ACC-6618 + won the mandate on the family office sale, fee $300k",
    REC,
    "K-1667",
    EM,
    on(12, 10),
    None,
    [dep("2400000", "USD", "ACC-6618"), man("300000", "USD")],
    nc=["family office"],
    ne=["12/10"],
    why="mm = million; two outcomes",
)
L(
    "en",
    "US",
    "Wade Castellano sent a letter Mon w/ signed trust amendment",
    REC,
    "K-1664",
    MA,
    past("mon"),
    None,
    nc=["trust amendment"],
    ne=["Mon"],
    why="letter = mail",
)
L(
    "en",
    "US",
    "talked w/ Carmen Ruiz abt her S&P 500 index fund yest",
    ACH,
    "K-1667",
    why="talked, no channel",
)
L(
    "en",
    "US",
    "Summer Whitaker zoom yest 7:45 pm, said she'd fund the DAF only if the sale closes, ~$500k",
    REC,
    "K-1662",
    VI,
    Y,
    "19:45",
    nc=["DAF"],
    ne=["7:45 pm"],
    why="only if = conditional",
)
L(
    "en",
    "US",
    "Brooke Nakamura phone call 11/30, moved $200k from her USD acct to her CAD acct",
    REC,
    "K-1663",
    PH,
    on(11, 30),
    None,
    nc=["CAD acct"],
    ne=["11/30"],
    why="between own accounts",
)
L(
    "en",
    "US",
    "Carmen Ruiz lunch 12/9 at Spago, color scheme for the foundation gala, nothing signed",
    REC,
    "K-1667",
    IP,
    on(12, 9),
    None,
    nc=["foundation"],
    ne=["12/9"],
    why="US spelling color; m/d",
)
L(
    "en",
    "US",
    "Wade Castellano zoom yesterday 10:30am, estate plan review, pour-over will",
    REC,
    "K-1664",
    VI,
    Y,
    "10:30",
    nc=["pour-over will"],
    ne=["10:30am"],
    why="plain record",
)
# ================= en: Mumbai rep (local Thu 14:45) =================
L(
    "en",
    "IN",
    "Meeting with Farhan Kapadia at his office yesterday 11:30, discussed PMS and AIF Cat III",
    REC,
    "K-1671",
    IP,
    Y,
    "11:30",
    nc=["AIF"],
    ne=["yesterday"],
    why="Cat III not an amount",
)
L(
    "en",
    "IN",
    "Cyrus Wadia called today 12:40, AGM prep, nothing for us",
    REC,
    "K-1674",
    PH,
    T,
    "12:40",
    nc=["AGM prep"],
    ne=["12:40"],
    why="12:40 is before local now 14:45",
)
L(
    "en",
    "IN",
    "Zubin Kapadia video call Monday, wants to restructure the HUF",
    REC,
    "K-1672",
    VI,
    past("mon"),
    None,
    nc=["HUF"],
    ne=["Monday"],
    why="plain record",
)
L(
    "en",
    "IN",
    "Meera Iyer phone today 10am, committed 2 crore",
    AU,
    "K-1673",
    why="INR and USD, lakh/crore are no currency",
)
L(
    "en",
    "IN",
    "Meera Iyer called today 10 am, committed ₹2 crore, follow up on Monday",
    REC,
    "K-1673",
    PH,
    T,
    "10:00",
    [plg("20000000", "INR")],
    nxt("mon"),
    ne=["10 am"],
    why="₹ gives INR",
)
L(
    "en",
    "IN",
    "Cyrus Wadia lunch at the Willingdon on 14/12, won the mandate for the QIP, fee 1.8 crore",
    REC,
    "K-1674",
    IP,
    on(12, 14),
    None,
    [man("18000000", "INR")],
    nc=["QIP"],
    ne=["14/12"],
    why="mandate fee in crore",
)
L(
    "en",
    "IN",
    "Shalini Rao emailed yesterday re LRS remittance of USD 250k to her son in the US",
    REC,
    "K-1675",
    EM,
    Y,
    None,
    nc=["LRS"],
    ne=["yesterday"],
    why="money out",
)
L("en", "IN", "Rao called this morning re NPS", AC, why="Shalini and Deepak Rao")
L(
    "en",
    "IN",
    "Deepak Rao meeting yesterday, prospect, 40 cr net worth",
    NC,
    "K-1676",
    why="covered by nobody",
)
L(
    "en",
    "IN",
    "Aakash Goel zoom today 9:30, 10 lakh transferred into ACC-6417",
    REC,
    "K-1646",
    VI,
    T,
    "09:30",
    [dep("1000000", "INR", "ACC-6417")],
    ne=["9:30"],
    why="secondary coverage; into ACC = deposit",
)
L(
    "en",
    "IN",
    "Shalini Rao courier sent today with the 26AS and capital gains stmt",
    REC,
    "K-1675",
    MA,
    T,
    None,
    nc=["26AS"],
    why="courier = mail",
)
L(
    "en",
    "IN",
    "Cyrus Wadia video call day before yesterday 4:15 pm, family settlement deed draft",
    REC,
    "K-1674",
    VI,
    DBY,
    "16:15",
    nc=["settlement deed"],
    ne=["day before yesterday"],
    why="DBY",
)
L(
    "en",
    "IN",
    "Farhan Kapadia lunch Tuesday at the Taj, talked cricket mostly, wants a PMS review in Jan",
    REC,
    "K-1671",
    IP,
    past("tue"),
    None,
    nc=["PMS review"],
    ne=["Tuesday"],
    why="lunch gives the channel even with 'talked'",
)

# ================= mixed: the rep's language with English =================
L(
    "mixed",
    "FR",
    "call w/ Thierry Rochat ce matin 9h30, il a pledged 1 Mio CHF, relance lundi",
    REC,
    "K-1604",
    PH,
    T,
    "09:30",
    [plg("1000000", "CHF")],
    nxt("mon"),
    ne=["ce matin", "9h30"],
    why="fr/en",
)
L(
    "mixed",
    "FR",
    "Rose Monnier meeting hier, on a revu son asset allocation, trop de cash",
    REC,
    "K-1603",
    IP,
    Y,
    None,
    nc=["asset allocation"],
    ne=["hier"],
    why="fr/en, plain record",
)
L(
    "mixed",
    "FR",
    "Pierre Favre zoom yesterday 15h, no deposit yet, attend la succession de sa tante",
    REC,
    "K-1605",
    VI,
    Y,
    "15:00",
    nc=["succession"],
    ne=["yesterday"],
    why="negated",
)
L(
    "mixed",
    "FR",
    "Amélie Bonjour call mardi, mandate won pour la vente de l'entreprise, fee CHF 350k 🎉",
    REC,
    "K-1607",
    PH,
    past("tue"),
    None,
    [man("350000", "CHF")],
    nc=["vente de l'entreprise"],
    ne=["mardi"],
    why="emoji",
)
L(
    "mixed",
    "FR",
    "Jean-François Tremblay meeting à Montréal le 8 déc, deposit CAD 500k dans ACC-6019",
    REC,
    "K-1608",
    IP,
    on(12, 8),
    None,
    [dep("500000", "CAD", "ACC-6019")],
    ne=["8 déc"],
    why="Québec, account CAD",
)
L(
    "mixed",
    "FR",
    "Blaise Vuilleumier email this morning, questions re: l'impôt sur la fortune",
    REC,
    "K-1601",
    EM,
    T,
    None,
    nc=["impôt sur la fortune"],
    ne=["this morning"],
    why="wealth tax note",
)
L(
    "mixed",
    "SV",
    "Måns Sundqvist call igår kl 16, he pledged 3 MSEK, följ upp fredag",
    REC,
    "K-1612",
    PH,
    Y,
    "16:00",
    [plg("3000000", "SEK")],
    nxt("fri"),
    ne=["igår"],
    why="sv/en",
)
L(
    "mixed",
    "SV",
    "Göran Lund zoom idag 9:30, genomgång av the estate plan för barnen",
    REC,
    "K-1615",
    VI,
    T,
    "09:30",
    nc=["estate plan"],
    ne=["idag"],
    why="sv/en, plain record",
)
L(
    "mixed",
    "SV",
    "Vilgot Eng lunch i måndags, deposited EUR 200k + lovade 1 milj. kr till",
    REC,
    "K-1613",
    IP,
    past("mon"),
    None,
    [dep("200000", "EUR"), plg("1000000", "SEK")],
    ne=["måndags"],
    why="two currencies, each named",
)
L(
    "mixed",
    "SV",
    "Sol Bergkvist spoke i fredags om the ISK transfer",
    ACH,
    "K-1614",
    why="spoke, no channel",
)
L(
    "mixed",
    "SV",
    "Astrid Kjellberg teams call yesterday kl 15, wants to discuss NOK hedging",
    REC,
    "K-1617",
    VI,
    Y,
    "15:00",
    nc=["hedging"],
    ne=["yesterday"],
    why="kl 15",
)
L(
    "mixed",
    "SV",
    "Hampus Ek meeting i förrgår, mandate fee 400 000 kr",
    REC,
    "K-1618",
    IP,
    DBY,
    None,
    [man("400000", "SEK")],
    ne=["förrgår"],
    why="mandate fee with an amount",
)
L(
    "mixed",
    "SV",
    "Ingrid Sundqvist fika igår eftermiddag, re: gåvobrev till the kids",
    REC,
    "K-1611",
    IP,
    Y,
    None,
    nc=["gåvobrev"],
    ne=["igår eftermiddag"],
    why="part of day alone gives no time",
)
L(
    "mixed",
    "RO",
    "Tudor Barbu meeting ieri la 13:30, tax residency question, se mută la Londra",
    REC,
    "K-1626",
    IP,
    Y,
    "13:30",
    nc=["tax residency"],
    ne=["ieri"],
    why="ro/en, plain record",
)
L(
    "mixed",
    "RO",
    "Doru Ene call azi 10am, board seat la o companie listată, conflict check needed",
    REC,
    "K-1624",
    PH,
    T,
    "10:00",
    nc=["conflict check"],
    ne=["10am"],
    why="ro/en, plain record",
)
L(
    "mixed",
    "RO",
    "Mirela Pop zoom yesterday, nepotul vrea un cont de minor, send forms",
    REC,
    "K-1623",
    VI,
    Y,
    None,
    nc=["cont de minor"],
    ne=["yesterday"],
    why="ro/en, family",
)
L(
    "mixed",
    "RO",
    "Ilinca Crișan email azi, no new money, doar întrebări despre ETF-uri",
    REC,
    "K-1629",
    EM,
    T,
    None,
    nc=["ETF"],
    ne=["azi"],
    why="no claim",
)
L(
    "mixed",
    "RO",
    "Alina Barbu email yesterday, a retras 50k lei, not a deposit",
    REC,
    "K-1625",
    EM,
    Y,
    None,
    nc=["a retras"],
    ne=["yesterday"],
    why="withdrawal",
)
L(
    "mixed",
    "RO",
    "Cosmin Vlad lunch today, discutat succesiunea for his parents' house",
    REC,
    "K-1621",
    IP,
    T,
    None,
    nc=["succesiunea"],
    why="lunch gives the channel",
)
L(
    "mixed",
    "MS",
    "Lim Mei Fong call semalam, nak update nominee untuk EPF and insurance",
    REC,
    "K-1634",
    PH,
    Y,
    None,
    nc=["nominee"],
    ne=["semalam"],
    why="ms/en, plain record",
)
L(
    "mixed",
    "MS",
    "Azman bin Rashid meeting hari ini 3pm, pledged RM 2 juta, follow up Monday",
    REC,
    "K-1631",
    IP,
    T,
    "15:00",
    [plg("2000000", "MYR")],
    nxt("mon"),
    ne=["3pm"],
    why="15:00 before 17:15",
)
L(
    "mixed",
    "MS",
    "Chong Wai Ming zoom this morning, transferred USD 100k out to his HK bank",
    REC,
    "K-1638",
    VI,
    T,
    None,
    nc=["HK bank"],
    ne=["this morning"],
    why="money out",
)
L(
    "mixed",
    "MS",
    "Embun binti Yusri lunch semalam, discussed Tabung Haji & ASB",
    REC,
    "K-1636",
    IP,
    Y,
    None,
    nc=["Tabung Haji"],
    ne=["semalam"],
    why="products",
)
L(
    "mixed",
    "MS",
    "Kavitha Subramaniam teams today 11am, fixed deposit RM 1 juta renewed",
    REC,
    "K-1635",
    VI,
    T,
    "11:00",
    nc=["fixed deposit"],
    ne=["11am"],
    why="FD never a claim",
)
L(
    "mixed",
    "HI",
    "Rohit Agarwal meeting kal 4pm, beta ka US college fund discuss kiya",
    REC,
    "K-1641",
    IP,
    Y,
    "16:00",
    nc=["college fund"],
    ne=["4pm"],
    why="hi/en, plain record",
)
L(
    "mixed",
    "HI",
    "Sunita Agarwal call aaj 10am, she pledged USD 300k, follow up Monday",
    REC,
    "K-1642",
    PH,
    T,
    "10:00",
    [plg("300000", "USD")],
    nxt("mon"),
    ne=["10am"],
    why="USD named",
)
L(
    "mixed",
    "HI",
    "Basant Mehra zoom kal, mandate won, fee 50 lakh",
    REC,
    "K-1643",
    VI,
    Y,
    None,
    [man("5000000", "INR")],
    why="mandate fee in lakh",
)
L(
    "mixed",
    "HI",
    "Hemant Joshi baat hui yesterday about term plan",
    ACH,
    "K-1645",
    why="baat hui, no channel",
)
L(
    "mixed",
    "HI",
    "Aakash Goel lunch today, 1 crore pledge kiya, follow up on 20/12",
    REC,
    "K-1646",
    IP,
    T,
    None,
    [plg("10000000", "INR")],
    on(12, 20),
    why="d/m follow-up",
)
L(
    "mixed",
    "IN",
    "Farhan Kapadia ke saath meeting kal, succession planning and will draft",
    REC,
    "K-1671",
    IP,
    Y,
    None,
    nc=["will draft"],
    why="Hinglish/English from the Mumbai rep",
)
L(
    "mixed",
    "IN",
    "Shalini Rao call kal shaam, FD of 1 crore, no fresh money",
    REC,
    "K-1675",
    PH,
    Y,
    None,
    nc=["FD"],
    ne=["kal shaam"],
    why="FD",
)
L(
    "mixed",
    "IN",
    "Zubin Kapadia video call parson 11 baje, startup mein angel investment ka plan",
    REC,
    "K-1672",
    VI,
    DBY,
    "11:00",
    nc=["angel investment"],
    ne=["parson"],
    why="parson in a log = DBY",
)

# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: r for r in reps}
nowdt = dt.datetime(2027, 12, 16, 9, 15, tzinfo=dt.UTC)
assert nowdt.isoformat().replace("+00:00", "Z") == NOW
MARKS = {
    "USD": ["USD", "$"],
    "EUR": ["EUR", "€", "euro"],
    "GBP": ["GBP", "£"],
    "RON": ["RON", "lei"],
    "SEK": ["SEK", "kr", "MSEK"],
    "NOK": ["NOK"],
    "MYR": ["MYR", "RM"],
    "INR": ["INR", "₹", "Rs", "करोड़"],
    "SGD": ["SGD"],
    "CHF": ["CHF"],
    "CAD": ["CAD", "$ CA"],
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
        assert (
            not e["claims"] and e["day"] is None and e["channel"] is None and e["time"] is None
        ), ln
        continue
    assert e["channel"] in ("in_person", "phone", "email", "mail", "video"), ln
    tz = ZoneInfo(repids[ln["rep"]]["timezone"])
    local = nowdt.astimezone(tz)
    assert local.date() == TODAY, ln  # it is Thursday 16 Dec in every rep's zone
    assert e["day"] <= local.date().isoformat(), ("day after local today", ln)
    if e["time"]:
        h, m = e["time"].split(":")
        assert len(h) == 2 and 0 <= int(h) < 24 and 0 <= int(m) < 60, ln
        t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
        assert t <= nowdt, ("time later than local now", local, ln)
    c = cl[e["client"]]
    accts = {a["account"]: a["currency"] for a in c["accounts"]}
    for k in e["claims"]:
        assert Decimal(k["amount"]) > 0 and k["kind"] in ("deposit", "pledge", "mandate"), ln
        assert str(Decimal(k["amount"])) == k["amount"], ln
        if k["account"]:
            assert k["account"] in txt and accts[k["account"]] == k["currency"], ln
        elif len(set(accts.values())) > 1 or k["currency"] not in accts.values():
            assert any(m in txt for m in MARKS[k["currency"]]), ln
    if e["claims"]:  # a named account of the client must appear on some claim
        for a in accts:
            if a in txt:
                assert any(k["account"] == a for k in e["claims"]), ln
    if e["follow_up_on"]:
        assert e["follow_up_on"] > T and e["follow_up_on"] > e["day"], ln
    if e["initiative"]:
        assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
    else:
        assert "#" not in txt, ln
    for s in e["notes_contains"] + e["notes_excludes"]:
        assert s.lower() in txt.lower(), (s, ln)
    first_words = [w for w in c["name"].replace("-", " ").split() if len(w) > 3]
    for s in e["notes_contains"]:
        assert not any(w.lower() in s.lower() for w in first_words), (
            "client name in notes_contains",
            s,
            ln,
        )
ids = [x["id"] for x in lines]
assert len(set(ids)) == len(ids)
texts = [x["text"] for x in lines]
assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
byl = Counter(x["lang"] for x in lines)
if not PARTIAL:
    assert len(lines) == 260, len(lines)
    assert all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi")) and byl["mixed"] >= 30, (
        byl
    )
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
byo = Counter(x["expect"]["outcome"] for x in lines)
asks = sum(v for k, v in byo.items() if k != "record")
money = sum(1 for x in lines if x["expect"]["claims"])
print(len(lines), "lines;", len(clients), "clients")
print("by language:", dict(byl))
print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)")
print(
    "lines with claims:",
    money,
    dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])),
)
print(
    "asks by language:",
    dict(
        Counter(
            (x["lang"], x["expect"]["outcome"]) for x in lines if x["expect"]["outcome"] != "record"
        )
    ),
)

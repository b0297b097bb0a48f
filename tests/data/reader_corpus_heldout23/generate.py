"""Held-out reader corpus 23 (bank year-end): builds and validates corpus.json. Edit this file, never the JSON."""

import datetime as dt
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

PARTIAL = "--partial" in sys.argv
NOW = "2028-12-19T10:30:00Z"
NOWDT = dt.datetime(2028, 12, 19, 10, 30, tzinfo=dt.UTC)
TODAY = dt.date(2028, 12, 19)
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


def on(m, dd, y=2028):
    return iso(dt.date(y, m, dd))


def jan(dd):
    return iso(dt.date(2029, 1, dd))


R = {
    "FR": "U0H23BE01",
    "SV": "U0H23SE02",
    "RO": "U0H23RO03",
    "MS": "U0H23MY04",
    "HI": "U0H23IN05",
    "GB": "U0H23GB06",
    "US": "U0H23US07",
    "CA": "U0H23CA08",
}
reps = [
    {
        "slack_user_id": R["FR"],
        "name": "Odile Brasseur",
        "timezone": "Europe/Brussels",
        "locale": "fr-BE",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["SV"],
        "name": "Vera Lindahl",
        "timezone": "Europe/Stockholm",
        "locale": "sv-SE",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["RO"],
        "name": "Irina Dobrescu",
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
        "name": "Rhys Pritchard",
        "timezone": "Europe/London",
        "locale": "en-GB",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["US"],
        "name": "Dana Castillo",
        "timezone": "America/New_York",
        "locale": "en-US",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["CA"],
        "name": "Étienne Gagnon",
        "timezone": "America/Toronto",
        "locale": "fr-CA",
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
    # Belgium (Liège)
    C("K-2301", "Lucien Delvaux", "Delvaux", "UHNW", ["FR"], [("ACC-5101", "EUR")]),
    C("K-2302", "Margaux Delvaux", "Delvaux", "HNW", ["FR"], [("ACC-5102", "EUR")]),
    C(
        "K-2303",
        "Pierre Lejeune",
        "Lejeune",
        "UHNW",
        ["FR"],
        [("ACC-5103", "EUR"), ("ACC-5104", "CHF")],
    ),
    C("K-2304", "Rose Collard", "Collard", "HNW", ["FR"], [("ACC-5105", "EUR")]),
    C("K-2305", "Benoît Warnier", "Warnier", "corporate executive", ["FR"], [("ACC-5106", "EUR")]),
    C("K-2306", "Thibaut Hallet", "Hallet", "HNW", [], [("ACC-5107", "EUR")]),
    C("K-2307", "Amélie Renard", "Renard", "HNW", ["FR"], [("ACC-5108", "EUR")]),
    # Sweden (Lund)
    C("K-2311", "Sol Ekdahl", "Ekdahl", "UHNW", ["SV"], [("ACC-5201", "SEK")]),
    C("K-2312", "Gunnel Ekdahl", "Ekdahl", "UHNW", ["SV"], [("ACC-5202", "SEK")]),
    C(
        "K-2313",
        "Anders Wiklund",
        "Wiklund",
        "HNW",
        ["SV"],
        [("ACC-5203", "SEK"), ("ACC-5204", "EUR")],
    ),
    C("K-2314", "Tora Strand", "Strand", "HNW", ["SV"], [("ACC-5205", "SEK")]),
    C(
        "K-2315",
        "Mats Hedlund",
        "Hedlund (Mats)",
        "corporate executive",
        ["SV"],
        [("ACC-5206", "SEK")],
    ),
    C("K-2316", "Jonas Hedlund", "Hedlund (Jonas)", "HNW", [], [("ACC-5207", "SEK")]),
    C(
        "K-2317",
        "Elin Sandberg",
        "Sandberg",
        "HNW",
        ["SV"],
        [("ACC-5208", "SEK"), ("ACC-5209", "NOK")],
    ),
    # Romania (Constanța)
    C("K-2321", "Costel Pavel", "Pavel", "HNW", ["RO"], [("ACC-5301", "RON")]),
    C("K-2322", "Mirela Pavel", "Pavel", "HNW", ["RO"], [("ACC-5302", "RON"), ("ACC-5303", "EUR")]),
    C("K-2323", "Dorin Vlad", "Vlad", "UHNW", ["RO"], [("ACC-5304", "EUR")]),
    C("K-2324", "Speranța Moldovan", "Moldovan", "HNW", ["RO"], [("ACC-5305", "RON")]),
    C("K-2325", "Victor Bălan", "Bălan", "corporate executive", ["RO"], [("ACC-5306", "RON")]),
    C("K-2326", "Ovidiu Neagu", "Neagu", "HNW", [], [("ACC-5307", "RON")]),
    C("K-2327", "Raluca Ionescu", "Ionescu", "HNW", ["RO"], [("ACC-5308", "RON")]),
    # Malaysia (Shah Alam)
    C("K-2331", "Azlan bin Rahim", "Rahim", "UHNW", ["MS"], [("ACC-5401", "MYR")]),
    C("K-2332", "Siti Hajar binti Rahim", "Rahim", "HNW", ["MS"], [("ACC-5402", "MYR")]),
    C("K-2333", "Lim Boon Keat", "Lim", "UHNW", ["MS"], [("ACC-5403", "MYR"), ("ACC-5404", "SGD")]),
    C("K-2334", "Lim Mei Ling", "Lim", "HNW", ["MS"], [("ACC-5405", "MYR")]),
    C(
        "K-2335",
        "Kavitha a/p Ganesan",
        "Ganesan",
        "corporate executive",
        ["MS"],
        [("ACC-5406", "MYR")],
    ),
    C("K-2336", "Bunga binti Osman", "Osman (Bunga)", "HNW", ["MS"], [("ACC-5407", "MYR")]),
    C("K-2337", "Faizal bin Osman", "Osman (Faizal)", "HNW", [], [("ACC-5408", "MYR")]),
    C("K-2338", "Hafiz bin Yusof", "Yusof", "HNW", ["MS"], [("ACC-5409", "MYR")]),
    # India (Chennai)
    C("K-2341", "Vikram Iyer", "Iyer", "UHNW", ["HI"], [("ACC-5501", "INR")]),
    C("K-2342", "Lakshmi Iyer", "Iyer", "UHNW", ["HI"], [("ACC-5502", "INR"), ("ACC-5503", "USD")]),
    C("K-2343", "Shanti Goyal", "Goyal", "HNW", ["HI"], [("ACC-5504", "INR")]),
    C("K-2344", "Anil Menon", "Menon", "corporate executive", ["HI"], [("ACC-5505", "INR")]),
    C("K-2345", "Deepak Reddy", "Reddy", "HNW", [], [("ACC-5506", "INR")]),
    C("K-2346", "Arjun Nair", "Nair", "HNW", ["HI", "MS"], [("ACC-5507", "INR")]),
    C("K-2347", "Meera Kapoor", "Kapoor", "HNW", ["HI"], [("ACC-5508", "INR")]),
    # United Kingdom (Cardiff)
    C("K-2351", "Gwen Morgan", "Morgan", "UHNW", ["GB"], [("ACC-5601", "GBP")]),
    C("K-2352", "Dafydd Morgan", "Morgan", "UHNW", ["GB"], [("ACC-5602", "GBP")]),
    C("K-2353", "Carys Bevan", "Bevan", "HNW", ["GB"], [("ACC-5603", "GBP"), ("ACC-5604", "EUR")]),
    C("K-2354", "Hope Jenkins", "Jenkins", "HNW", ["GB"], [("ACC-5605", "GBP")]),
    C("K-2355", "Owen Lloyd", "Lloyd", "corporate executive", ["GB"], [("ACC-5606", "GBP")]),
    C("K-2356", "Ellis Morgan", "Morgan", "HNW", [], [("ACC-5607", "GBP")]),
    C("K-2357", "Will Prosser", "Prosser", "HNW", ["GB"], [("ACC-5608", "GBP")]),
    C("K-2358", "Tegan Rees", "Rees", "HNW", ["GB"], [("ACC-5609", "GBP")]),
    # United States (Miami)
    C("K-2361", "Rick Alvarez", "Alvarez", "UHNW", ["US"], [("ACC-5701", "USD")]),
    C("K-2362", "Joy Alvarez", "Alvarez", "HNW", ["US"], [("ACC-5702", "USD")]),
    C(
        "K-2363",
        "Hunter Blake",
        "Blake",
        "corporate executive",
        ["US", "CA"],
        [("ACC-5703", "USD"), ("ACC-5704", "CAD")],
    ),
    C("K-2364", "Summer Ortiz", "Ortiz", "HNW", ["US"], [("ACC-5705", "USD")]),
    C("K-2365", "Miles Goldberg", "Goldberg", "UHNW", ["US"], [("ACC-5706", "USD")]),
    C("K-2366", "Ray Whitfield", "Whitfield (Ray)", "HNW", [], [("ACC-5707", "USD")]),
    C("K-2367", "Grace Whitfield", "Whitfield (Grace)", "HNW", ["US"], [("ACC-5708", "USD")]),
    C("K-2368", "Marc Lévesque", "Lévesque", "HNW", ["US"], [("ACC-5709", "USD")]),
    # Canada (Québec City)
    C("K-2371", "Réjean Tremblay", "Tremblay", "UHNW", ["CA"], [("ACC-5801", "CAD")]),
    C("K-2372", "Josée Tremblay", "Tremblay", "HNW", ["CA"], [("ACC-5802", "CAD")]),
    C(
        "K-2373",
        "Hélène Bouchard",
        "Bouchard",
        "UHNW",
        ["CA"],
        [("ACC-5803", "CAD"), ("ACC-5804", "USD")],
    ),
    C(
        "K-2374",
        "Sylvain Cloutier",
        "Cloutier",
        "corporate executive",
        ["CA"],
        [("ACC-5805", "CAD")],
    ),
    C("K-2375", "Blanche Gauthier", "Gauthier", "HNW", ["CA"], [("ACC-5806", "CAD")]),
    C("K-2376", "Luc Fortin", "Fortin", "HNW", ["CA"], [("ACC-5807", "CAD")]),
]
initiatives = [
    {"tag": "carols-gala", "name": "Christmas carols charity gala"},
    {"tag": "ski-chalet", "name": "Year-end ski chalet weekend"},
    {"tag": "nye-concert", "name": "New Year's Eve concert box"},
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
        claims = ()
        nc = ()
        ne = ()
    lines.append(
        {
            "id": f"h23-{len(lines) + 1:03d}",
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


# ================= fr: Liège rep (local Tue 11:30) =================
L(
    "fr",
    "FR",
    "rdv Lucien Delvaux à l'agence ce matin 9h30, planif succession + donation aux petits-enfants avant Noël",
    REC,
    "K-2301",
    "in_person",
    T,
    "09:30",
    nc=["donation"],
    ne=["ce matin", "9h30"],
    why="explicit time next to a part of the day wins; Noël is the holiday, not a name",
)
L(
    "fr",
    "FR",
    "Lucien Delvaux tél hier 16h, il a versé 750.000 € sur ACC-5101 avant la clôture fiscale",
    REC,
    "K-2301",
    "phone",
    Y,
    "16:00",
    [dep("750000", "EUR", "ACC-5101")],
    nc=["clôture fiscale"],
    ne=["hier", "16h"],
    why="Belgian dotted thousands; versé = deposit",
)
L(
    "fr",
    "FR",
    "Margaux Delvaux mail ce matin, questions sur l'épargne-pension 2028, plafond déjà atteint",
    REC,
    "K-2302",
    "email",
    T,
    None,
    nc=["épargne-pension"],
    ne=["ce matin"],
    why="2028 is a year in a product phrase, no claim",
)
L(
    "fr",
    "FR",
    "les Delvaux au bureau hier, revue de la fondation familiale",
    AC,
    why="household plural of a two-client household",
)
L(
    "fr",
    "FR",
    "Margaux Delvaux appel ce matin à 9h, pt donation",
    REC,
    "K-2302",
    "phone",
    T,
    "09:00",
    nc=["donation"],
    ne=["ce matin"],
    why="à 9h read as typed",
)
L(
    "fr",
    "FR",
    "Pierre Lejeune visio vendredi 10h, il s'est engagé pour 1,2 M",
    AU,
    "K-2303",
    why="EUR and CHF accounts, no currency",
)
L(
    "fr",
    "FR",
    "Pierre Lejeune déjeuner samedi, promis 400 000 CHF pour le trust, relance le 8/01",
    REC,
    "K-2303",
    "in_person",
    past("sat"),
    None,
    [plg("400000", "CHF")],
    jan(8),
    nc=["trust"],
    ne=["samedi", "8/01"],
    why="promis = pledge; CHF named; d/m follow-up into January",
)
L(
    "fr",
    "FR",
    "Pierre Lejeune courrier reçu hier, attestation fiscale et revue du trust familial",
    REC,
    "K-2303",
    "mail",
    Y,
    None,
    nc=["attestation fiscale"],
    ne=["hier"],
    why="courrier = mail",
)
L(
    "fr",
    "FR",
    "Rose Collard tél ce matin 8h45, don de 25.000 € à la Croix-Rouge via son compte, pas chez nous",
    REC,
    "K-2304",
    "phone",
    T,
    "08:45",
    nc=["Croix-Rouge"],
    ne=["8h45"],
    why="a gift to an outside charity is no claim; Rose is a name",
)
L(
    "fr",
    "FR",
    "Rose Collard rdv jeudi, envisage un apport de septante mille euros en janvier",
    REC,
    "K-2304",
    "in_person",
    past("thu"),
    None,
    nc=["envisage"],
    ne=["jeudi"],
    why="hoped-for deposit: no claim; Belgian septante",
)
L(
    "fr",
    "FR",
    "Rose Collard a discuté avec moi hier du legs à sa nièce",
    ACH,
    "K-2304",
    why="discuté gives no channel",
)
L(
    "fr",
    "FR",
    "Benoît Warnier visio hier 14h30, mandat gagné pour la cession de sa PME, honoraires 180 k€",
    REC,
    "K-2305",
    "video",
    Y,
    "14:30",
    [man("180000", "EUR")],
    nc=["cession"],
    ne=["hier", "14h30"],
    why="mandate won with a fee",
)
L(
    "fr",
    "FR",
    "Benoît Warnier tél vendredi, compte à terme 12 mois 500.000 € renouvelé",
    REC,
    "K-2305",
    "phone",
    past("fri"),
    None,
    nc=["compte à terme"],
    ne=["vendredi"],
    why="term account is never a claim",
)
L(
    "fr",
    "FR",
    "le fils de Benoît Warnier passé à l'agence ce matin pour la donation",
    AC,
    why="a relative of a client",
)
L(
    "fr",
    "FR",
    "Thibaut Hallet café hier à Liège, prospect, 6 M€ d'avoirs chez BNP",
    NC,
    "K-2306",
    why="covered by nobody",
)
L(
    "fr",
    "FR",
    "Amélie Renard mail dimanche, pledge de fin d'année reporté, elle ne versera rien avant janvier",
    REC,
    "K-2307",
    "email",
    DBY,
    None,
    nc=["reporté"],
    ne=["dimanche"],
    why="negated / postponed outcome",
)
L(
    "fr",
    "FR",
    "Julie Renard au tél hier, voudrait ouvrir un compte",
    AC,
    why="unknown person sharing Amélie Renard's surname",
)
L(
    "fr",
    "FR",
    "Amélie Renard rdv mercredi passé à 11h, épargne-pension + assurance groupe, relance le 3 janvier",
    REC,
    "K-2307",
    "in_person",
    past("wed"),
    "11:00",
    nc=["assurance groupe"],
    fu=jan(3),
    ne=["mercredi passé", "11h"],
    why="mercredi passé = last Wednesday; follow-up into January",
)
L(
    "fr",
    "FR",
    "Amélie Renard appel hier à 15h, revue du plafond",
    REC,
    "K-2307",
    "phone",
    Y,
    "15:00",
    nc=["plafond"],
    ne=["hier", "15h"],
    why="24-hour time",
)
L(
    "fr",
    "FR",
    "Margaux Delvaux visio le 14/12 à 17h, a versé 120.000 € et promis 200.000 € pour janvier",
    REC,
    "K-2302",
    "video",
    on(12, 14),
    "17:00",
    [dep("120000", "EUR"), plg("200000", "EUR")],
    ne=["14/12", "17h"],
    why="two outcomes; d/m date",
)
L(
    "fr",
    "FR",
    "Lucien Delvaux lettre envoyée ce matin avec le projet d'acte de donation",
    REC,
    "K-2301",
    "mail",
    T,
    None,
    nc=["acte de donation"],
    ne=["ce matin"],
    why="lettre = mail",
)
# ================= fr: Québec City rep (local Tue 05:30) =================
L(
    "fr",
    "CA",
    "Réjean Tremblay appel hier 15h, cotisation REER max avant la fin d'année, relance le 5 janvier",
    REC,
    "K-2371",
    "phone",
    Y,
    "15:00",
    fu=jan(5),
    nc=["REER"],
    ne=["hier", "15h"],
    why="REER is a plan name; follow-up into January",
)
L(
    "fr",
    "CA",
    "Réjean Tremblay dîner vendredi, il pense verser un montant en janvier",
    REC,
    "K-2371",
    "in_person",
    past("fri"),
    None,
    nc=["pense verser"],
    ne=["vendredi"],
    why="dîner = lunch in Québec; intention only",
)
L(
    "fr",
    "CA",
    "Josée Tremblay courriel hier soir, questions CELI et don à Centraide",
    REC,
    "K-2372",
    "email",
    Y,
    None,
    nc=["CELI"],
    ne=["hier soir"],
    why="courriel = email; part of the day only",
)
L(
    "fr",
    "CA",
    "les Tremblay à la maison samedi pour la revue de la fiducie",
    AC,
    why="household plural",
)
L(
    "fr",
    "CA",
    "Hélène Bouchard visio lundi 10h, a promis 1 M",
    AU,
    "K-2373",
    why="CAD and USD accounts, no currency",
)
L(
    "fr",
    "CA",
    "Hélène Bouchard rencontre jeudi au bureau, apport de 250 000 $ US dans ACC-5804 pour ses placements en Floride",
    REC,
    "K-2373",
    "in_person",
    past("thu"),
    None,
    [dep("250000", "USD", "ACC-5804")],
    nc=["Floride"],
    ne=["jeudi"],
    why="account names the currency",
)
L(
    "fr",
    "CA",
    "Hélène Bouchard tél dimanche, veut planifier ses dons de fin d'année, rien de décidé",
    REC,
    "K-2373",
    "phone",
    DBY,
    None,
    nc=["dons de fin d'année"],
    ne=["dimanche"],
    why="no outcome",
)
L(
    "fr",
    "CA",
    "Sylvain Cloutier visio hier 9h, mandat remporté pour le PAPE, honoraires 450 k$",
    REC,
    "K-2374",
    "video",
    Y,
    "09:00",
    [man("450000", "CAD")],
    nc=["PAPE"],
    ne=["hier", "9h"],
    why="à-less 9h read as typed; single CAD account",
)
L(
    "fr",
    "CA",
    "Sylvain Cloutier jasé hier du REEE des enfants",
    ACH,
    "K-2374",
    why="jasé (chatted) gives no channel",
)
L(
    "fr",
    "CA",
    "Blanche Gauthier lettre reçue lundi, relevés T5 et reçus de dons",
    REC,
    "K-2375",
    "mail",
    past("mon"),
    None,
    nc=["T5"],
    ne=["lundi"],
    why="T5 is a form name; Blanche is a name",
)
L(
    "fr",
    "CA",
    "Blanche Gauthier appel ce matin, elle ne met pas les 100 000 $ cette année finalement",
    REC,
    "K-2375",
    "phone",
    T,
    None,
    nc=["cette année"],
    ne=["ce matin"],
    why="negated deposit; no time",
)
L(
    "fr",
    "CA",
    "Luc Fortin café mercredi, cotisation REER de 32 490 $ déjà faite chez Desjardins",
    REC,
    "K-2376",
    "in_person",
    past("wed"),
    None,
    nc=["Desjardins"],
    ne=["mercredi"],
    why="contribution elsewhere is no claim",
)
L(
    "fr",
    "CA",
    "Luc Fortin teams 18/12 14h30, a viré 80 000 $",
    AU,
    "K-2376",
    why="a viré with no direction",
)
L(
    "fr",
    "CA",
    "Hunter Blake visio hier 11h, a versé 500 000 $ CA dans ACC-5704, relance mardi prochain",
    REC,
    "K-2363",
    "video",
    Y,
    "11:00",
    [dep("500000", "CAD", "ACC-5704")],
    nxt("tue"),
    ne=["hier", "11h"],
    why="secondary coverage; relance mardi = next Tuesday",
)
L(
    "fr",
    "CA",
    "Marc Lévesque tél hier, il passe l'hiver à Miami",
    NC,
    "K-2368",
    why="covered by the Miami rep only",
)
L(
    "fr",
    "CA",
    "Josée Tremblay rencontre le 12 décembre, s'est engagée à 150 000 $ pour la fondation, relance 9 janv.",
    REC,
    "K-2372",
    "in_person",
    on(12, 12),
    None,
    [plg("150000", "CAD")],
    jan(9),
    ne=["12 décembre"],
    why="s'est engagée = pledge",
)
# ================= sv: Lund rep (local Tue 11:30) =================
L(
    "sv",
    "SV",
    "Sol Ekdahl möte på kontoret i morse kl 9, gåvobrev till barnbarnen inför jul",
    REC,
    "K-2311",
    "in_person",
    T,
    "09:00",
    nc=["gåvobrev"],
    ne=["i morse", "kl 9"],
    why="kl 9 read as typed; jul is a holiday",
)
L(
    "sv",
    "SV",
    "Sol Ekdahl ringde igår kl 15.30, satte in 2 mkr på ACC-5201 före årsskiftet",
    REC,
    "K-2311",
    "phone",
    Y,
    "15:30",
    [dep("2000000", "SEK", "ACC-5201")],
    nc=["årsskiftet"],
    ne=["igår", "15.30"],
    why="satte in = deposit; mkr",
)
L(
    "sv",
    "SV",
    "Gunnel Ekdahl mejl i fredags, frågor om ISK och schablonskatt 2029",
    REC,
    "K-2312",
    "email",
    past("fri"),
    None,
    nc=["ISK"],
    ne=["i fredags"],
    why="ISK and 2029 are no amounts",
)
L(
    "sv",
    "SV",
    "Gunnel Ekdahl fika igår, lovade 1,5 milj. kr till stiftelsen hos oss, följ upp 8/1",
    REC,
    "K-2312",
    "in_person",
    Y,
    None,
    [plg("1500000", "SEK")],
    jan(8),
    nc=["stiftelsen"],
    ne=["igår", "8/1"],
    why="lovade = pledge; d/m follow-up into January",
)
L("sv", "SV", "Ekdahl ringde i morse ang. arvskiftet", AC, why="surname shared by Sol and Gunnel")
L(
    "sv",
    "SV",
    "makarna Ekdahl lunch i söndags, testamente och förmånstagare",
    AC,
    why="household couple",
)
L(
    "sv",
    "SV",
    "Anders Wiklund teams igår kl 10, lovade 3 miljoner",
    AU,
    "K-2313",
    why="SEK and EUR accounts, no currency",
)
L(
    "sv",
    "SV",
    "Anders Wiklund telefon i torsdags, insättning 200 000 EUR till ACC-5204 från husförsäljningen i Spanien",
    REC,
    "K-2313",
    "phone",
    past("thu"),
    None,
    [dep("200000", "EUR", "ACC-5204")],
    nc=["husförsäljningen"],
    ne=["i torsdags"],
    why="insättning = deposit, account given",
)
L(
    "sv",
    "SV",
    "Anders Wiklund brev skickat igår med deklarationsunderlag och K4",
    REC,
    "K-2313",
    "mail",
    Y,
    None,
    nc=["K4"],
    ne=["igår"],
    why="brev = mail; K4 is a form",
)
L(
    "sv",
    "SV",
    "Tora Strand lunch i onsdags, pratade tjänstepension och löneväxling innan nyår",
    REC,
    "K-2314",
    "in_person",
    past("wed"),
    None,
    nc=["löneväxling"],
    ne=["i onsdags"],
    why="lunch gives the channel; Strand is a name",
)
L(
    "sv",
    "SV",
    "Tora Strand pratade med mig igår om gåvan till dottern",
    ACH,
    "K-2314",
    why="pratade gives no channel",
)
L(
    "sv",
    "SV",
    "Tora Strand zoom idag kl 8, överförde 400 000 kr",
    AU,
    "K-2314",
    why="överförde with no direction",
)
L(
    "sv",
    "SV",
    "Tora Strand ringde 15/12, satte in 650 000 kr och lovade 1 mkr till i januari",
    REC,
    "K-2314",
    "phone",
    on(12, 15),
    None,
    [dep("650000", "SEK"), plg("1000000", "SEK")],
    ne=["15/12"],
    why="two outcomes",
)
L(
    "sv",
    "SV",
    "Mats Hedlund videomöte igår kl 13, vi vann mandatet för företagsförsäljningen, arvode 2,4 mkr",
    REC,
    "K-2315",
    "video",
    Y,
    "13:00",
    [man("2400000", "SEK")],
    nc=["företagsförsäljningen"],
    ne=["igår", "kl 13"],
    why="mandate won with fee",
)
L(
    "sv",
    "SV",
    "Mats Hedlund mejl i morse, vill ha bunden placering 12 mån 5 mkr",
    REC,
    "K-2315",
    "email",
    T,
    None,
    nc=["bunden placering"],
    ne=["i morse"],
    why="fixed deposit never a claim",
)
L(
    "sv",
    "SV",
    "Hedlund telefon igår om utdelningen",
    AC,
    why="surname shared by Mats and Jonas (different households)",
)
L(
    "sv",
    "SV",
    "Jonas Hedlund fika i lördags, prospekt via golfklubben",
    NC,
    "K-2316",
    why="covered by nobody",
)
L(
    "sv",
    "SV",
    "Elin Sandberg ringde i måndags, lovade 800 000",
    AU,
    "K-2317",
    why="SEK and NOK accounts, no currency",
)
L(
    "sv",
    "SV",
    "Elin Sandberg möte i torsdags kl 16, satte in 1 200 000 NOK på ACC-5209, följ upp fredag",
    REC,
    "K-2317",
    "in_person",
    past("thu"),
    "16:00",
    [dep("1200000", "NOK", "ACC-5209")],
    nxt("fri"),
    ne=["i torsdags", "kl 16"],
    why="följ upp fredag = next Friday",
)
L(
    "sv",
    "SV",
    "Elin Sandberg mejl idag, flyttar 300 tkr från sitt sparkonto till ISK hos oss",
    REC,
    "K-2317",
    "email",
    T,
    None,
    nc=["sparkonto"],
    ne=["idag"],
    why="between her own accounts: no claim",
)
L(
    "sv",
    "SV",
    "Sol Ekdahl teams i onsdags, kapitalförsäkring till barnbarnet",
    REC,
    "K-2311",
    "video",
    past("wed"),
    None,
    nc=["kapitalförsäkring"],
    ne=["i onsdags"],
    why="i onsdags = last Wednesday",
)
L(
    "sv",
    "SV",
    "Sol Ekdahl telefon i tisdags kl 11, pensionsinbetalning före nyår, inget beslut",
    REC,
    "K-2311",
    "phone",
    WEEK_AGO,
    "11:00",
    nc=["inget beslut"],
    ne=["i tisdags", "kl 11"],
    why="i tisdags said on a Tuesday = a week ago",
)
L(
    "sv",
    "SV",
    "Gunnel Ekdahl möte idag kl 10.15, lovade inte något före jul",
    REC,
    "K-2312",
    "in_person",
    T,
    "10:15",
    nc=["lovade inte"],
    ne=["kl 10.15"],
    why="negated pledge",
)
L(
    "sv",
    "SV",
    "Gunnel Ekdahl ringde i går eftermiddag, mamman vill ge bort aktier",
    REC,
    "K-2312",
    "phone",
    Y,
    None,
    nc=["mamman"],
    ne=["i går eftermiddag"],
    why="part of the day only: time null; relative in notes, client named",
)
L(
    "sv",
    "SV",
    "Mats Hedlund lunch i fredags kl 12, diskuterade KF och fåmansbolagsreglerna",
    REC,
    "K-2315",
    "in_person",
    past("fri"),
    "12:00",
    nc=["fåmansbolagsreglerna"],
    ne=["i fredags", "kl 12"],
    why="kl 12 read as typed",
)
L(
    "sv",
    "SV",
    "Anders Wiklund video 13/12 kl 9.30, årsavstämning pension",
    REC,
    "K-2313",
    "video",
    on(12, 13),
    "09:30",
    nc=["årsavstämning"],
    ne=["13/12"],
    why="d/m date",
)
L(
    "sv",
    "SV",
    "Tora Strand brev idag: förmånstagarförordnande klart",
    REC,
    "K-2314",
    "mail",
    T,
    None,
    nc=["förmånstagarförordnande"],
    ne=["idag"],
    why="brev = mail",
)
L(
    "sv",
    "SV",
    "Elin Sandberg fika i söndags, maken vill bli kund",
    REC,
    "K-2317",
    "in_person",
    DBY,
    None,
    nc=["maken"],
    ne=["i söndags"],
    why="relative mentioned but the client is named",
)
L(
    "sv",
    "SV",
    "Mats Hedlund telefon idag kl 7, funderar på insättning från bolaget efter nyår",
    REC,
    "K-2315",
    "phone",
    T,
    "07:00",
    nc=["funderar"],
    ne=["kl 7"],
    why="kl 7 read as typed; considered deposit is no claim",
)
L(
    "sv",
    "SV",
    "Sol Ekdahl telefon igår kl 15, gåvan till kyrkan",
    REC,
    "K-2311",
    "phone",
    Y,
    "15:00",
    nc=["kyrkan"],
    ne=["igår", "kl 15"],
    why="24-hour time",
)
L(
    "sv",
    "SV",
    "Gunnel Ekdahl mejlade i lördags, julklappar till barnbarnen via ISK, inga belopp",
    REC,
    "K-2312",
    "email",
    past("sat"),
    None,
    nc=["julklappar"],
    ne=["i lördags"],
    why="mejlade = email",
)
L(
    "sv",
    "SV",
    "Anders Wiklund ringde i morse, följ upp 10/1 om tjänstepensionen",
    REC,
    "K-2313",
    "phone",
    T,
    None,
    fu=jan(10),
    nc=["tjänstepensionen"],
    ne=["i morse", "10/1"],
    why="follow-up date d/m into January",
)
L("sv", "SV", "Tora Strands mamma ringde igår om bouppteckningen", AC, why="a relative of a client")
L(
    "sv",
    "SV",
    "Mats Hedlund teams i söndags, lovade 500 000 kr om affären går igenom",
    REC,
    "K-2315",
    "video",
    DBY,
    None,
    nc=["affären"],
    ne=["i söndags"],
    why="conditional pledge: no claim",
)
L(
    "sv",
    "SV",
    "Elin Sandberg telefon i onsdags kl 11.45, julgåva till dottern, 10 000 kr utanför banken",
    REC,
    "K-2317",
    "phone",
    past("wed"),
    "11:45",
    nc=["julgåva"],
    ne=["i onsdags", "11.45"],
    why="gift outside the bank is no claim",
)
# ================= ro: Constanța rep (local Tue 12:30) =================
L(
    "ro",
    "RO",
    "întâlnire cu Costel Pavel azi dimineață la 9, planificare donație către nepoți înainte de Crăciun",
    REC,
    "K-2321",
    "in_person",
    T,
    "09:00",
    nc=["donație"],
    ne=["azi dimineață"],
    why="la 9 read as typed; Crăciun is the holiday",
)
L(
    "ro",
    "RO",
    "Costel Pavel telefon ieri la 16:00, a depus 450.000 lei în ACC-5301",
    REC,
    "K-2321",
    "phone",
    Y,
    "16:00",
    [dep("450000", "RON", "ACC-5301")],
    ne=["ieri", "16:00"],
    why="a depus = deposit; dotted thousands",
)
L(
    "ro",
    "RO",
    "Costel Pavel email vineri, întrebări despre Pilonul III și deducerea de 400 EUR",
    REC,
    "K-2321",
    "email",
    past("fri"),
    None,
    nc=["Pilonul III"],
    ne=["vineri"],
    why="a deduction ceiling is no claim",
)
L(
    "ro",
    "RO",
    "Mirela Pavel zoom ieri la 11, s-a angajat pentru 300 de mii",
    AU,
    "K-2322",
    why="RON and EUR accounts, no currency",
)
L(
    "ro",
    "RO",
    "Mirela Pavel întâlnire joi la birou, a depus 80.000 EUR în ACC-5303",
    REC,
    "K-2322",
    "in_person",
    past("thu"),
    None,
    [dep("80000", "EUR", "ACC-5303")],
    ne=["joi"],
    why="account names the currency",
)
L("ro", "RO", "soții Pavel la cafea duminică, testament și moștenire", AC, why="household couple")
L(
    "ro",
    "RO",
    "Mirela Pavel scrisoare primită azi, extrasele pentru declarația unică",
    REC,
    "K-2322",
    "mail",
    T,
    None,
    nc=["declarația unică"],
    ne=["azi"],
    why="scrisoare = mail",
)
L(
    "ro",
    "RO",
    "Dorin Vlad telefon azi la 10:45, s-a angajat să aducă 1,5 mil. EUR până la Revelion",
    REC,
    "K-2323",
    "phone",
    T,
    "10:45",
    [plg("1500000", "EUR")],
    nc=["Revelion"],
    ne=["10:45"],
    why="s-a angajat = pledge; Revelion is the holiday",
)
L(
    "ro",
    "RO",
    "Dorin Vlad prânz sâmbătă, vrea să revizuim trustul din Cipru, revin pe 8 ianuarie",
    REC,
    "K-2323",
    "in_person",
    past("sat"),
    None,
    fu=jan(8),
    nc=["Cipru"],
    ne=["sâmbătă", "8 ianuarie"],
    why="prânz = lunch; revin = follow-up",
)
L(
    "ro",
    "RO",
    "Dorin Vlad videoconferință 14.12 ora 15, depozit la termen 6 luni 200.000 EUR",
    REC,
    "K-2323",
    "video",
    on(12, 14),
    "15:00",
    nc=["depozit la termen"],
    ne=["14.12"],
    why="term deposit never a claim; dotted d.m date",
)
L(
    "ro",
    "RO",
    "Speranța Moldovan telefon ieri seară, sponsorizare 20% pentru fundație, fără sumă",
    REC,
    "K-2324",
    "phone",
    Y,
    None,
    nc=["sponsorizare"],
    ne=["ieri seară"],
    why="a percentage is never an amount; Speranța is a name",
)
L(
    "ro",
    "RO",
    "Speranța Moldovan întâlnire marți la 11, vrea să depună ceva după Revelion",
    REC,
    "K-2324",
    "in_person",
    WEEK_AGO,
    "11:00",
    nc=["Revelion"],
    ne=["marți"],
    why="bare weekday that is today's = a week ago; wish, no claim",
)
L(
    "ro",
    "RO",
    "Speranța Moldovan am vorbit ieri despre pensia privată",
    ACH,
    "K-2324",
    why="am vorbit gives no channel",
)
L(
    "ro",
    "RO",
    "Victor Bălan teams ieri ora 14, am câștigat mandatul pentru vânzarea firmei, onorariu 900.000 lei",
    REC,
    "K-2325",
    "video",
    Y,
    "14:00",
    [man("900000", "RON")],
    nc=["vânzarea firmei"],
    ne=["ieri"],
    why="mandate won with fee",
)
L(
    "ro",
    "RO",
    "Victor Bălan email azi, nu a mai depus cei 2 mil. lei, amână după sărbători",
    REC,
    "K-2325",
    "email",
    T,
    None,
    nc=["sărbători"],
    ne=["azi"],
    why="negated deposit",
)
L(
    "ro",
    "RO",
    "Victor Bălan telefon alaltăieri, bilanțul pe 2028 și dividende",
    REC,
    "K-2325",
    "phone",
    DBY,
    None,
    nc=["dividende"],
    ne=["alaltăieri"],
    why="alaltăieri = day before yesterday; 2028 is a year",
)
L(
    "ro",
    "RO",
    "Ovidiu Neagu cafea ieri în port, prospect cu 3 mil. EUR",
    NC,
    "K-2326",
    why="covered by nobody",
)
L(
    "ro",
    "RO",
    "Raluca Ionescu întâlnire miercurea trecută la 13:30, donație către Crucea Roșie 50.000 lei din contul ei",
    REC,
    "K-2327",
    "in_person",
    past("wed"),
    "13:30",
    nc=["Crucea Roșie"],
    ne=["miercurea trecută", "13:30"],
    why="gift paid out: no claim",
)
L(
    "ro",
    "RO",
    "Raluca Ionescu telefon azi la 8, a transferat 100.000 lei",
    AU,
    "K-2327",
    why="a transferat with no direction",
)
L(
    "ro",
    "RO",
    "Raluca Ionescu email 15.12, a depus 60.000 lei și s-a angajat pentru încă 100.000 lei în ianuarie",
    REC,
    "K-2327",
    "email",
    on(12, 15),
    None,
    [dep("60000", "RON"), plg("100000", "RON")],
    ne=["15.12"],
    why="two outcomes",
)
L(
    "ro",
    "RO",
    "Costel Pavel scrisoare trimisă ieri, contractul de fiducie revizuit",
    REC,
    "K-2321",
    "mail",
    Y,
    None,
    nc=["fiducie"],
    ne=["ieri"],
    why="scrisoare = mail",
)
L(
    "ro",
    "RO",
    "Dorin Vlad telefon luni la 9:30, fiul lui vrea cont separat",
    REC,
    "K-2323",
    "phone",
    past("mon"),
    "09:30",
    nc=["fiul lui"],
    ne=["luni", "9:30"],
    why="relative in notes, client named",
)
L(
    "ro",
    "RO",
    "Mirela Pavel telefon azi la 12, doar întrebări despre cardul de credit",
    REC,
    "K-2322",
    "phone",
    T,
    "12:00",
    nc=["cardul de credit"],
    ne=["la 12"],
    why="la 12 read as typed, before local 12:30",
)
L(
    "ro",
    "RO",
    "Speranța Moldovan email sâmbătă, vrea să aloce 10% în fondul de pensii facultative, 55 de ani",
    REC,
    "K-2324",
    "email",
    past("sat"),
    None,
    nc=["fondul de pensii"],
    ne=["sâmbătă"],
    why="percentage and age",
)
L(
    "ro",
    "RO",
    "Victor Bălan întâlnire la sediu joia trecută, fondul de garantare, tel 0722 481 906",
    REC,
    "K-2325",
    "in_person",
    past("thu"),
    None,
    nc=["fondul de garantare"],
    ne=["joia trecută"],
    why="phone number",
)
L(
    "ro",
    "RO",
    "Raluca Ionescu zoom duminică seara, cadouri pentru nepoți, fără sume",
    REC,
    "K-2327",
    "video",
    DBY,
    None,
    nc=["nepoți"],
    ne=["duminică seara"],
    why="part of the day only",
)
L(
    "ro",
    "RO",
    "Costel Pavel telefon ieri la 15, revizuire Pilon III",
    REC,
    "K-2321",
    "phone",
    Y,
    "15:00",
    nc=["Pilon III"],
    ne=["ieri", "la 15"],
    why="24-hour time",
)
L(
    "ro",
    "RO",
    "Dorin Vlad zoom ieri 17:15, dacă vinde terenul depune 500.000 EUR",
    REC,
    "K-2323",
    "video",
    Y,
    "17:15",
    nc=["terenul"],
    ne=["ieri", "17:15"],
    why="conditional: no claim",
)
L(
    "ro",
    "RO",
    "Mirela Pavel întâlnire vineri la 10, a mutat 50.000 EUR din contul în lei în cel în euro",
    REC,
    "K-2322",
    "in_person",
    past("fri"),
    "10:00",
    nc=["contul"],
    ne=["vineri"],
    why="between her own accounts: no claim",
)
L(
    "ro",
    "RO",
    "Speranța Moldovan telefon azi la 11:10, revin marți pe tema moștenirii",
    REC,
    "K-2324",
    "phone",
    T,
    "11:10",
    fu=nxt("tue"),
    nc=["moștenirii"],
    ne=["11:10"],
    why="revin marți = next Tuesday",
)
L(
    "ro",
    "RO",
    "Victor Bălan prânz ieri, onorariu de mandat 1,5% din tranzacție",
    REC,
    "K-2325",
    "in_person",
    Y,
    None,
    nc=["1,5%"],
    ne=["ieri"],
    why="mandate fee only a percentage: no claim",
)
L(
    "ro",
    "RO",
    "Raluca Ionescu întâlnire 13.12 la 16:30, a depus 35.000 EUR",
    REC,
    "K-2327",
    "in_person",
    on(12, 13),
    "16:30",
    [dep("35000", "EUR")],
    ne=["13.12", "16:30"],
    why="EUR named on a RON-only client",
)
L(
    "ro",
    "RO",
    "Costel Pavel scrisoare 11.12, sold fond de pensii și asigurare de viață",
    REC,
    "K-2321",
    "mail",
    on(12, 11),
    None,
    nc=["asigurare de viață"],
    ne=["11.12"],
    why="dotted d.m date",
)
L(
    "ro",
    "RO",
    "Dorin Vlad email azi dimineață, revin pe 4.01 cu propunerea de trust",
    REC,
    "K-2323",
    "email",
    T,
    None,
    fu=jan(4),
    nc=["propunerea"],
    ne=["azi dimineață", "4.01"],
    why="follow-up into January, d.m",
)
L(
    "ro",
    "RO",
    "Ovidiu Moldovan a sunat ieri despre un credit",
    AC,
    why="unknown person sharing Ovidiu Neagu's first name and Speranța Moldovan's surname",
)
# ================= ms: Shah Alam rep (local Tue 18:30) =================
L(
    "ms",
    "MS",
    "jumpa Azlan bin Rahim di pejabat hari ini pukul 10 pagi, bincang hibah untuk anak-anak sebelum Tahun Baru",
    REC,
    "K-2331",
    "in_person",
    T,
    "10:00",
    nc=["hibah"],
    ne=["pukul 10 pagi"],
    why="jumpa = met; Tahun Baru is the holiday",
)
L(
    "ms",
    "MS",
    "Azlan Rahim telefon semalam pukul 3 petang, dia masukkan RM 1.2 juta ke ACC-5401",
    REC,
    "K-2331",
    "phone",
    Y,
    "15:00",
    [dep("1200000", "MYR", "ACC-5401")],
    ne=["semalam", "pukul 3 petang"],
    why="bin omitted; masukkan = deposit",
)
L(
    "ms",
    "MS",
    "Azlan bin Rahim emel hari Jumaat, soalan PRS dan pelepasan cukai RM3,000",
    REC,
    "K-2331",
    "email",
    past("fri"),
    None,
    nc=["PRS"],
    ne=["Jumaat"],
    why="tax relief ceiling is no claim",
)
L(
    "ms",
    "MS",
    "Rahim call pagi tadi pasal wasiat",
    AC,
    why="patronymic shared by Azlan and Siti Hajar",
)
L(
    "ms",
    "MS",
    "Siti Hajar binti Rahim makan tengah hari semalam, janji RM 500 ribu untuk amanah keluarga, susulan 3 Jan",
    REC,
    "K-2332",
    "in_person",
    Y,
    None,
    [plg("500000", "MYR")],
    jan(3),
    nc=["amanah keluarga"],
    ne=["semalam", "3 Jan"],
    why="janji = pledge; follow-up into January",
)
L(
    "ms",
    "MS",
    "Siti Hajar surat diterima hari ini, penyata KWSP dan borang zakat",
    REC,
    "K-2332",
    "mail",
    T,
    None,
    nc=["KWSP"],
    ne=["hari ini"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "Siti Hajar binti Rahim panggilan video hari Ahad pukul 9 malam, bincang derma Krismas sekolah anak",
    REC,
    "K-2332",
    "video",
    DBY,
    "21:00",
    nc=["derma"],
    ne=["Ahad", "pukul 9 malam"],
    why="malam turns 9 into 21:00",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat jumpa hari Khamis, janji 2 juta",
    AU,
    "K-2333",
    why="MYR and SGD accounts, no currency",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat telefon semalam pukul 11 pagi, masukkan SGD 300k ke ACC-5404",
    REC,
    "K-2333",
    "phone",
    Y,
    "11:00",
    [dep("300000", "SGD", "ACC-5404")],
    ne=["semalam", "pukul 11 pagi"],
    why="account SGD",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat emel hari ini, simpanan tetap 12 bulan RM 2 juta diperbaharui",
    REC,
    "K-2333",
    "email",
    T,
    None,
    nc=["simpanan tetap"],
    ne=["hari ini"],
    why="fixed deposit never a claim",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling minum kopi di Setia Alam hari Sabtu, nak top-up PRS RM 3k sebelum Krismas",
    REC,
    "K-2334",
    "in_person",
    past("sat"),
    None,
    nc=["PRS"],
    ne=["Sabtu"],
    why="nak (wants to) top-up is hoped-for: no claim; minum kopi = in person",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling telefon hari ini pukul 4.15 petang, dia mungkin masukkan duit selepas Krismas",
    REC,
    "K-2334",
    "phone",
    T,
    "16:15",
    nc=["mungkin"],
    ne=["pukul 4.15 petang"],
    why="dotted time with petang; maybe = no claim",
)
L(
    "ms",
    "MS",
    "Lim telefon semalam pasal pelaburan",
    AC,
    why="surname shared by Boon Keat and Mei Ling",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Ganesan panggilan Teams hari Isnin pukul 2 petang, mandat dimenangi untuk IPO, yuran RM 1.8 juta",
    REC,
    "K-2335",
    "video",
    past("mon"),
    "14:00",
    [man("1800000", "MYR")],
    nc=["IPO"],
    ne=["Isnin", "pukul 2 petang"],
    why="mandate with fee",
)
L(
    "ms",
    "MS",
    "Kavitha Ganesan jumpa hari Rabu, Deepavali sudah lepas, bonus syarikat belum masuk",
    REC,
    "K-2335",
    "in_person",
    past("wed"),
    None,
    nc=["Deepavali"],
    ne=["Rabu"],
    why="Deepavali past is a holiday mention; no claim",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Ganesan bincang semalam pasal ESOS",
    ACH,
    "K-2335",
    why="bincang gives no channel",
)
L(
    "ms",
    "MS",
    "Bunga binti Osman jumpa di rumah hari Khamis lepas pukul 11 pagi, hibah rumah kepada anak perempuan",
    REC,
    "K-2336",
    "in_person",
    past("thu"),
    "11:00",
    nc=["hibah rumah"],
    ne=["Khamis lepas"],
    why="Bunga is a name; Khamis lepas = last Thursday",
)
L(
    "ms",
    "MS",
    "Bunga Osman telefon hari ini pukul 5 petang, janji RM 150 ribu untuk tabung pendidikan",
    REC,
    "K-2336",
    "phone",
    T,
    "17:00",
    [plg("150000", "MYR")],
    nc=["tabung pendidikan"],
    ne=["pukul 5 petang"],
    why="binti omitted",
)
L("ms", "MS", "Osman emel semalam, borang amanah", AC, why="patronymic shared by Bunga and Faizal")
L(
    "ms",
    "MS",
    "Faizal bin Osman makan malam semalam, prospek dari Klang",
    NC,
    "K-2337",
    why="covered by nobody",
)
L(
    "ms",
    "MS",
    "Hafiz bin Yusof telefon pagi tadi, pindahkan RM 400k",
    AU,
    "K-2338",
    why="pindahkan with no direction",
)
L(
    "ms",
    "MS",
    "Hafiz Yusof zoom 15/12 pukul 8 malam, masukkan RM 80,000 dan janji RM 200,000 lagi selepas Tahun Baru",
    REC,
    "K-2338",
    "video",
    on(12, 15),
    "20:00",
    [dep("80000", "MYR"), plg("200000", "MYR")],
    ne=["15/12", "pukul 8 malam"],
    why="two outcomes",
)
L(
    "ms",
    "MS",
    "Hafiz bin Yusof surat dihantar semalam, sijil ASB dan penyata tahunan",
    REC,
    "K-2338",
    "mail",
    Y,
    None,
    nc=["ASB"],
    ne=["semalam"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "Arjun Nair jumpa di Shah Alam semalam pukul 6 petang, bincang NRE dan hartanah",
    REC,
    "K-2346",
    "in_person",
    Y,
    "18:00",
    nc=["NRE"],
    ne=["semalam", "pukul 6 petang"],
    why="secondary coverage",
)
L(
    "ms",
    "MS",
    "Azlan bin Rahim jumpa kelmarin, susun semula amanah",
    AU,
    "K-2331",
    why="kelmarin is ambiguous",
)
L(
    "ms",
    "MS",
    "Siti Hajar binti Rahim telefon hari ini pukul 2 petang, wasiat dan faraid",
    REC,
    "K-2332",
    "phone",
    T,
    "14:00",
    nc=["faraid"],
    ne=["pukul 2 petang"],
    why="petang makes 2 into 14:00",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling emel hari Sabtu, suami dia nak buka akaun, susulan hari Jumaat",
    REC,
    "K-2334",
    "email",
    past("sat"),
    None,
    fu=nxt("fri"),
    nc=["suami"],
    ne=["Sabtu"],
    why="relative mentioned; susulan Jumaat = next Friday",
)
L(
    "ms",
    "MS",
    "Kavitha Ganesan telefon hari ini pukul 7, soalan caruman KWSP sukarela 11%",
    REC,
    "K-2335",
    "phone",
    T,
    "07:00",
    nc=["KWSP"],
    ne=["pukul 7"],
    why="pukul 7 read as typed; percentage",
)
L(
    "ms",
    "MS",
    "Bunga binti Osman emel hari Isnin, tak jadi masukkan RM 100k, tunggu bonus Januari",
    REC,
    "K-2336",
    "email",
    past("mon"),
    None,
    nc=["tunggu bonus"],
    ne=["Isnin"],
    why="negated deposit",
)
L(
    "ms",
    "MS",
    "Azlan bin Rahim panggilan video hari Selasa lepas, kalau tanah dijual dia masukkan RM 3 juta",
    REC,
    "K-2331",
    "video",
    WEEK_AGO,
    None,
    nc=["tanah"],
    ne=["Selasa lepas"],
    why="Selasa lepas said on a Tuesday = a week ago; conditional deposit",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat makan tengah hari hari ini, anak dia belajar di Singapura, umur 19",
    REC,
    "K-2333",
    "in_person",
    T,
    None,
    nc=["Singapura"],
    ne=["hari ini"],
    why="age not an amount",
)
L(
    "ms",
    "MS",
    "Hafiz bin Yusof telefon hari Ahad pukul 10.30 pagi, pindah RM 60k dari akaun simpanan ke akaun pelaburan dia",
    REC,
    "K-2338",
    "phone",
    DBY,
    "10:30",
    nc=["akaun pelaburan"],
    ne=["Ahad", "10.30 pagi"],
    why="between the client's own accounts: no claim",
)
L(
    "ms",
    "MS",
    "Siti Hajar binti Rahim jumpa 14/12 di Seksyen 7, adik lelaki dia pun nak datang",
    REC,
    "K-2332",
    "in_person",
    on(12, 14),
    None,
    nc=["adik lelaki"],
    ne=["14/12"],
    why="d/m date",
)
L(
    "ms",
    "MS",
    "Kavitha a/p Ganesan emel pagi tadi, susulan 7/1 untuk pelan persaraan",
    REC,
    "K-2335",
    "email",
    T,
    None,
    fu=jan(7),
    nc=["pelan persaraan"],
    ne=["pagi tadi", "7/1"],
    why="follow-up d/m into January",
)
L(
    "ms",
    "MS",
    "Bunga binti Osman surat hari Jumaat, resit derma dan sijil hibah",
    REC,
    "K-2336",
    "mail",
    past("fri"),
    None,
    nc=["resit derma"],
    ne=["Jumaat"],
    why="surat = mail",
)
# ================= hi: Chennai rep, Hindi-speaking (local Tue 16:00) =================
L(
    "hi",
    "HI",
    "Vikram Iyer से आज सुबह 10 बजे ऑफिस में मुलाकात, बच्चों के नाम gift deed और trust review",
    REC,
    "K-2341",
    "in_person",
    T,
    "10:00",
    nc=["gift deed"],
    ne=["आज सुबह 10 बजे"],
    why="explicit time with part of the day",
)
L(
    "hi",
    "HI",
    "Vikram Iyer को कल दोपहर 3 बजे फ़ोन किया, उन्होंने 25 लाख ACC-5501 में जमा किए",
    REC,
    "K-2341",
    "phone",
    Y,
    "15:00",
    [dep("2500000", "INR", "ACC-5501")],
    ne=["कल दोपहर 3 बजे"],
    why="कल = yesterday; lakh",
)
L(
    "hi",
    "HI",
    "Vikram Iyer ji ka email aaya shukravaar ko, 80C aur NPS ke 50,000 ka sawaal",
    REC,
    "K-2341",
    "email",
    past("fri"),
    None,
    nc=["80C"],
    ne=["shukravaar"],
    why="tax ceiling is no claim",
)
L(
    "hi",
    "HI",
    "Iyer ji se phone pe baat hui aaj subah, trust deed ke baare mein",
    AC,
    why="surname shared by Vikram and Lakshmi",
)
L(
    "hi",
    "HI",
    "Lakshmi Iyer video call kal, 1 crore ka vaada kiya",
    AU,
    "K-2342",
    why="INR and USD accounts, no currency",
)
L(
    "hi",
    "HI",
    "Lakshmi Iyer से रविवार को मुलाकात, $200k ACC-5503 में जमा किए, फॉलो अप 4 जनवरी",
    REC,
    "K-2342",
    "in_person",
    DBY,
    None,
    [dep("200000", "USD", "ACC-5503")],
    jan(4),
    ne=["रविवार", "4 जनवरी"],
    why="account USD; follow-up into January",
)
L(
    "hi",
    "HI",
    "Lakshmi Iyer ko chitthi bheji kal, Form 16 aur 80G receipts",
    REC,
    "K-2342",
    "mail",
    Y,
    None,
    nc=["80G"],
    ne=["kal"],
    why="chitthi = letter",
)
L(
    "hi",
    "HI",
    "Iyer parivaar ke saath lunch shanivaar ko, will aur nominee",
    AC,
    why="household of two clients",
)
L(
    "hi",
    "HI",
    "Shanti Goyal का फ़ोन आया आज सुबह 11:15 बजे, 10 लाख का वादा नए साल से पहले",
    REC,
    "K-2343",
    "phone",
    T,
    "11:15",
    [plg("1000000", "INR")],
    ne=["आज सुबह"],
    why="वादा = pledge; Shanti is a name",
)
L(
    "hi",
    "HI",
    "Shanti Goyal se mulaqat budhvaar ko, Diwali ke baad ka bonus abhi aaya nahi, deposit nahi kiya",
    REC,
    "K-2343",
    "in_person",
    past("wed"),
    None,
    nc=["Diwali"],
    ne=["budhvaar"],
    why="negated deposit; Diwali past",
)
L(
    "hi",
    "HI",
    "Shanti Goyal ने कल शाम ईमेल किया, बेटी की शादी के लिए FD तोड़नी है",
    REC,
    "K-2343",
    "email",
    Y,
    None,
    nc=["FD"],
    ne=["कल शाम"],
    why="relative mentioned; FD is no claim",
)
L(
    "hi",
    "HI",
    "Anil Menon video call somvaar dopahar 2:30 baje, mandate mil gaya QIP ke liye, fee 2 crore",
    REC,
    "K-2344",
    "video",
    past("mon"),
    "14:30",
    [man("20000000", "INR")],
    nc=["QIP"],
    ne=["somvaar"],
    why="dopahar makes 2:30 14:30; mandate with fee",
)
L("hi", "HI", "Anil Menon से कल बात हुई ESOP के बारे में", ACH, "K-2344", why="बात हुई gives no channel")
L(
    "hi",
    "HI",
    "Anil Menon ka phone aaya guruvaar ko subah 9 baje, ₹40 lakh company account se personal account mein",
    REC,
    "K-2344",
    "phone",
    past("thu"),
    "09:00",
    nc=["personal account"],
    ne=["guruvaar"],
    why="between the client's own accounts: no claim",
)
L(
    "hi",
    "HI",
    "Deepak Reddy se coffee kal, prospect, 50 crore net worth",
    NC,
    "K-2345",
    why="covered by nobody",
)
L(
    "hi",
    "HI",
    "Arjun Nair से 15/12 को वीडियो कॉल, NPS में 1.5 लाख जमा किए हमारे पास",
    REC,
    "K-2346",
    "video",
    on(12, 15),
    None,
    [dep("150000", "INR")],
    nc=["NPS"],
    ne=["15/12"],
    why="जमा = deposit",
)
L(
    "hi",
    "HI",
    "Arjun Nair ko aaj subah email kiya, follow up 10 jan HUF ke liye",
    REC,
    "K-2346",
    "email",
    T,
    None,
    fu=jan(10),
    nc=["HUF"],
    ne=["aaj subah", "10 jan"],
    why="follow-up into January",
)
L(
    "hi",
    "HI",
    "Meera Kapoor se mulaqat aaj dopahar 1 baje, Christmas ke pehle gold bond khareedna hai",
    REC,
    "K-2347",
    "in_person",
    T,
    "13:00",
    nc=["gold bond"],
    ne=["dopahar 1 baje"],
    why="dopahar turns 1 into 13:00",
)
L(
    "hi",
    "HI",
    "Meera Kapoor को परसों फ़ोन किया, 5 लाख जमा किए और 15 लाख का वादा",
    REC,
    "K-2347",
    "phone",
    DBY,
    None,
    [dep("500000", "INR"), plg("1500000", "INR")],
    ne=["परसों"],
    why="two outcomes",
)
L(
    "hi",
    "HI",
    "Meera Kapoor se call kal shaam 5 baje, PPF",
    REC,
    "K-2347",
    "phone",
    Y,
    "17:00",
    nc=["PPF"],
    ne=["kal shaam 5 baje"],
    why="shaam makes 5 into 17:00",
)
L(
    "hi",
    "HI",
    "Vikram Iyer ka beta aaya tha aaj office, naya account kholna hai",
    AC,
    why="a relative of a client",
)
L(
    "hi",
    "HI",
    "Vikram Iyer से मंगलवार को वीडियो कॉल, दान के लिए trust बनाना है, फॉलो अप शुक्रवार",
    REC,
    "K-2341",
    "video",
    WEEK_AGO,
    None,
    fu=nxt("fri"),
    nc=["trust"],
    ne=["मंगलवार"],
    why="today's weekday bare = a week ago; follow-up Friday ahead",
)
L(
    "hi",
    "HI",
    "Lakshmi Iyer ने आज ईमेल किया, 50 लाख रुपये ACC-5502 में आए",
    REC,
    "K-2342",
    "email",
    T,
    None,
    [dep("5000000", "INR", "ACC-5502")],
    ne=["आज"],
    why="money that came into the account is a deposit",
)
L(
    "hi",
    "HI",
    "Shanti Goyal से आज फ़ोन पर बात, उम्र 62, 3 पोते, SCSS के बारे में",
    REC,
    "K-2343",
    "phone",
    T,
    None,
    nc=["SCSS"],
    ne=["आज"],
    why="age and count",
)
L(
    "hi",
    "HI",
    "Anil Menon ne email kiya shanivaar ko, agar ESOP bik gaye to 1 crore deposit karenge",
    REC,
    "K-2344",
    "email",
    past("sat"),
    None,
    nc=["ESOP"],
    ne=["shanivaar"],
    why="conditional: no claim",
)
L(
    "hi",
    "HI",
    "Arjun Nair se mile kal shaam, NRI taxation aur 80C",
    REC,
    "K-2346",
    "in_person",
    Y,
    None,
    nc=["NRI"],
    ne=["kal shaam"],
    why="mile = met",
)
L(
    "hi",
    "HI",
    "Meera Kapoor ko letter bheja shukravaar ko, capital gains statement FY 2028-29",
    REC,
    "K-2347",
    "mail",
    past("fri"),
    None,
    nc=["capital gains"],
    ne=["shukravaar"],
    why="FY is not an amount",
)
L(
    "hi",
    "HI",
    "Vikram Iyer zoom kal subah 11 baje, term deposit 1 crore renew",
    REC,
    "K-2341",
    "video",
    Y,
    "11:00",
    nc=["term deposit"],
    ne=["kal subah 11 baje"],
    why="term deposit is never a claim",
)
L(
    "hi",
    "HI",
    "Shanti Goyal ko phone kiya aaj 9:45 baje, 80G donation mandir trust ko diya, humare paas nahi",
    REC,
    "K-2343",
    "phone",
    T,
    "09:45",
    nc=["mandir"],
    ne=["9:45"],
    why="donation paid out: no claim",
)
L(
    "hi",
    "HI",
    "Anil Menon से शुक्रवार सुबह 8 बजे मुलाकात, pension top-up की बात, फॉलो अप 3 जनवरी",
    REC,
    "K-2344",
    "in_person",
    past("fri"),
    "08:00",
    fu=jan(3),
    nc=["pension"],
    ne=["शुक्रवार", "3 जनवरी"],
    why="morning with hour",
)
L(
    "hi",
    "HI",
    "Meera Kapoor ka email aaj, 20 lakh transfer kiye",
    AU,
    "K-2347",
    why="transfer with no direction",
)
L(
    "hi",
    "HI",
    "Arjun Nair ne 14/12 ko phone kiya, 3 lakh NPS mein jama karne ka soch rahe hain",
    REC,
    "K-2346",
    "phone",
    on(12, 14),
    None,
    nc=["soch rahe"],
    ne=["14/12"],
    why="only thinking of depositing: no claim",
)
L(
    "hi",
    "HI",
    "Lakshmi Iyer se video call aaj 12 baje, Christmas par US ja rahi hain",
    REC,
    "K-2342",
    "video",
    T,
    "12:00",
    nc=["US ja rahi"],
    ne=["12 baje"],
    why="12 baje read as typed",
)
L(
    "hi",
    "HI",
    "Vikram Iyer ko kal dopahar chitthi mili, will ka draft",
    REC,
    "K-2341",
    "mail",
    Y,
    None,
    nc=["draft"],
    ne=["kal dopahar"],
    why="letter = mail",
)
L(
    "hi",
    "HI",
    "Shanti Goyal से शनिवार को ज़ूम कॉल, बहू के नाम gift, 12% return की उम्मीद",
    REC,
    "K-2343",
    "video",
    past("sat"),
    None,
    nc=["gift"],
    ne=["शनिवार"],
    why="percentage; relative in notes",
)
# ================= en: Cardiff rep (local Tue 10:30) =================
L(
    "en",
    "GB",
    "Gwen Morgan coffee in Pontcanna this am, gifting out of surplus income + IHT plan before Xmas",
    REC,
    "K-2351",
    "in_person",
    T,
    None,
    nc=["surplus income"],
    ne=["this am"],
    why="coffee = in person; Xmas is a holiday",
)
L(
    "en",
    "GB",
    "Gwen Morgan phoned yesterday at half four, deposited £350k into ACC-5601 ahead of the new year",
    REC,
    "K-2351",
    "phone",
    Y,
    "16:30",
    [dep("350000", "GBP", "ACC-5601")],
    ne=["yesterday", "half four"],
    why="half four = 16:30",
)
L(
    "en",
    "GB",
    "Dafydd Morgan email Fri re SIPP carry forward, £60k allowance unused",
    REC,
    "K-2352",
    "email",
    past("fri"),
    None,
    nc=["carry forward"],
    ne=["Fri"],
    why="allowance figure is no claim; SIPP",
)
L(
    "en",
    "GB",
    "the Morgans - lunch Sun, trust review for the grandchildren",
    AC,
    why="household plural (three Morgans)",
)
L(
    "en",
    "GB",
    "Ellis Morgan rang this morning about his late father's estate",
    NC,
    "K-2356",
    why="covered by nobody; must not land on Gwen or Dafydd",
)
L(
    "en",
    "GB",
    "Dafydd Morgan teams 14/12 9.30, pledged £500k to the discretionary trust, f/u 9/1",
    REC,
    "K-2352",
    "video",
    on(12, 14),
    "09:30",
    [plg("500000", "GBP")],
    jan(9),
    ne=["14/12", "9.30", "9/1"],
    why="d/m dates; follow-up into January",
)
L(
    "en",
    "GB",
    "Carys Bevan video call yesterday 11am, committed 250k",
    AU,
    "K-2353",
    why="GBP and EUR accounts, no currency",
)
L(
    "en",
    "GB",
    "Carys Bevan mtg at the branch Thurs, wired €180k into ACC-5604 from the Dordogne sale",
    REC,
    "K-2353",
    "in_person",
    past("thu"),
    None,
    [dep("180000", "EUR", "ACC-5604")],
    nc=["Dordogne"],
    ne=["Thurs"],
    why="wired in = deposit",
)
L(
    "en",
    "GB",
    "Hope Jenkins letter rec'd today, signed deed of variation",
    REC,
    "K-2354",
    "mail",
    T,
    None,
    nc=["deed of variation"],
    ne=["today"],
    why="letter = mail; Hope is a name",
)
L(
    "en",
    "GB",
    "Hope Jenkins call Mon 3pm, hopes to add 100k to her ISA in Jan, nothing firm",
    REC,
    "K-2354",
    "phone",
    past("mon"),
    "15:00",
    nc=["nothing firm"],
    ne=["Mon", "3pm"],
    why="hoped-for: no claim",
)
L(
    "en",
    "GB",
    "Owen Lloyd teams call yesterday 2pm, won the mandate for the MBO, fee £220k",
    REC,
    "K-2355",
    "video",
    Y,
    "14:00",
    [man("220000", "GBP")],
    nc=["MBO"],
    ne=["yesterday", "2pm"],
    why="mandate with fee",
)
L(
    "en",
    "GB",
    "Owen Lloyd lunch at Cardiff & County Club Weds, no mandate yet, board meets in Jan",
    REC,
    "K-2355",
    "in_person",
    past("wed"),
    None,
    nc=["board meets"],
    ne=["Weds"],
    why="negated mandate",
)
L(
    "en",
    "GB",
    "Will Prosser phoned this morning at 8.15 re updating his will",
    REC,
    "K-2357",
    "phone",
    T,
    "08:15",
    nc=["updating his"],
    ne=["8.15"],
    why="Will is a name and a noun",
)
L(
    "en",
    "GB",
    "Will Prosser coffee Sat, his daughter wants to open a JISA, follow up Friday",
    REC,
    "K-2357",
    "in_person",
    past("sat"),
    None,
    fu=nxt("fri"),
    nc=["JISA"],
    ne=["Sat"],
    why="follow-up Friday is the next one",
)
L(
    "en",
    "GB",
    "Tegan Rees zoom 12/12 10:00, deposited £75k and pledged £150k more after the bonus",
    REC,
    "K-2358",
    "video",
    on(12, 12),
    "10:00",
    [dep("75000", "GBP"), plg("150000", "GBP")],
    ne=["12/12", "10:00"],
    why="two outcomes",
)
L(
    "en",
    "GB",
    "Tegan Rees spoke yesterday about Gift Aid on the carols donation",
    ACH,
    "K-2358",
    why="spoke gives no channel",
)
L(
    "en",
    "GB",
    "Tegan Rees email today, moved £40k from her current a/c to her ISA with us",
    REC,
    "K-2358",
    "email",
    T,
    None,
    nc=["ISA"],
    ne=["today"],
    why="between her own accounts: no claim",
)
L(
    "en",
    "GB",
    "Gwen Morgan met at the #carols-gala Sat, wants her husband's pension reviewed",
    REC,
    "K-2351",
    "in_person",
    past("sat"),
    None,
    init="carols-gala",
    nc=["pension"],
    ne=["Sat"],
    why="initiative; relative, not named",
)
# ================= en: Miami rep (local Tue 05:30) =================
L(
    "en",
    "US",
    "Rick Alvarez lunch yest at the club, 529 superfunding for 3 grandkids before year end",
    REC,
    "K-2361",
    "in_person",
    Y,
    None,
    nc=["529"],
    ne=["yest"],
    why="529 is a plan name; count not an amount",
)
L(
    "en",
    "US",
    "Rick Alvarez call 12/15 4:30pm, wired $1.5M into ACC-5701 for the GRAT",
    REC,
    "K-2361",
    "phone",
    on(12, 15),
    "16:30",
    [dep("1500000", "USD", "ACC-5701")],
    nc=["GRAT"],
    ne=["12/15", "4:30pm"],
    why="US m/d",
)
L(
    "en",
    "US",
    "Joy Alvarez email Sun re RMD and QCD to her church, no new money",
    REC,
    "K-2362",
    "email",
    DBY,
    None,
    nc=["QCD"],
    ne=["Sun"],
    why="QCD paid to an outside payee; Joy is a name",
)
L("en", "US", "Alvarez called yest re the family LLC", AC, why="surname shared by Rick and Joy")
L(
    "en",
    "US",
    "Joy Alvarez mtg Thurs 10am, pledged 400k to the DAF w/ us by NYE, f/u 1/4",
    REC,
    "K-2362",
    "in_person",
    past("thu"),
    "10:00",
    [plg("400000", "USD")],
    jan(4),
    nc=["DAF"],
    ne=["Thurs", "10am", "1/4"],
    why="US m/d follow-up = Jan 4",
)
L(
    "en",
    "US",
    "Hunter Blake zoom yest 2pm, committed 2M",
    AU,
    "K-2363",
    why="USD and CAD accounts, no currency",
)
L(
    "en",
    "US",
    "Hunter Blake teams Fri 11:30am, mandate fee USD 600k on the carve-out + deposited CAD 1M into ACC-5704",
    REC,
    "K-2363",
    "video",
    past("fri"),
    "11:30",
    [man("600000", "USD"), dep("1000000", "CAD", "ACC-5704")],
    nc=["carve-out"],
    ne=["Fri", "11:30am"],
    why="two outcomes in two currencies",
)
L(
    "en",
    "US",
    "Summer Ortiz phone 12/13, maxed her solo 401k and backdoor Roth, 55 yrs old",
    REC,
    "K-2364",
    "phone",
    on(12, 13),
    None,
    nc=["401k"],
    ne=["12/13"],
    why="401k and age are no amounts; Summer is a name",
)
L(
    "en",
    "US",
    "Summer Ortiz coffee Sat am, may fund her HSA before year end",
    REC,
    "K-2364",
    "in_person",
    past("sat"),
    None,
    nc=["HSA"],
    ne=["Sat am"],
    why="may fund: no claim; part of the day only",
)
L(
    "en",
    "US",
    "Miles Goldberg call yest 5pm, 12-mo CD 2M rolled, charitable remainder trust questions",
    REC,
    "K-2365",
    "phone",
    Y,
    "17:00",
    nc=["CD"],
    ne=["yest", "5pm"],
    why="CD is never a claim; Miles is a name",
)
L(
    "en",
    "US",
    "Miles Goldberg lunch Mon, pledged $5mm to the foundation acct w/ us #nye-concert",
    REC,
    "K-2365",
    "in_person",
    past("mon"),
    None,
    [plg("5000000", "USD")],
    init="nye-concert",
    ne=["Mon"],
    why="mm = million; initiative",
)
L(
    "en",
    "US",
    "Miles Goldberg's son called Sun about the trust distribution",
    AC,
    why="a relative of a client",
)
L(
    "en",
    "US",
    "Ray Whitfield golf Sat, prospect, $20M net worth",
    NC,
    "K-2366",
    why="covered by nobody",
)
L(
    "en",
    "US",
    "Whitfield email yest re year-end gifts",
    AC,
    why="surname shared by Ray (uncovered) and Grace",
)
L(
    "en",
    "US",
    "Grace Whitfield FedEx'd the signed trust amendment, arrived yest",
    REC,
    "K-2367",
    "mail",
    Y,
    None,
    nc=["trust amendment"],
    ne=["yest"],
    why="courier = mail",
)
L(
    "en",
    "US",
    "Grace Whitfield video call 12/14 3pm, reviewed the ILIT and annual exclusion gifts",
    REC,
    "K-2367",
    "video",
    on(12, 14),
    "15:00",
    nc=["ILIT"],
    ne=["12/14", "3pm"],
    why="US m/d",
)
L(
    "en",
    "US",
    "Marc Lévesque call yest 6pm, snowbird tax residency, Canadian RRSP questions",
    REC,
    "K-2368",
    "phone",
    Y,
    "18:00",
    nc=["RRSP"],
    ne=["yest", "6pm"],
    why="covered by the Miami rep",
)
L(
    "en",
    "US",
    "Rick Alvarez texted then called at 5am today about the IRA conversion deadline",
    REC,
    "K-2361",
    "phone",
    T,
    "05:00",
    nc=["IRA conversion"],
    ne=["5am"],
    why="05:00 is before local 05:30",
)
# ================= mixed: the rep's language with English =================
L(
    "mixed",
    "FR",
    "Call avec Lucien Delvaux yesterday 10am, il a pledged 1 M€ pour la fondation, relance 2/01",
    REC,
    "K-2301",
    "phone",
    Y,
    "10:00",
    [plg("1000000", "EUR")],
    jan(2),
    nc=["fondation"],
    ne=["yesterday", "10am", "2/01"],
    why="fr/en; d/m follow-up",
)
L(
    "mixed",
    "FR",
    "Benoît Warnier meeting ce matin, deposit 300k EUR into ACC-5106 avant year-end",
    REC,
    "K-2305",
    "in_person",
    T,
    None,
    [dep("300000", "EUR", "ACC-5106")],
    ne=["ce matin"],
    why="fr/en",
)
L(
    "mixed",
    "FR",
    "Rose Collard lunch vendredi, gift to her grandkids via donation notariée, no new money",
    REC,
    "K-2304",
    "in_person",
    past("fri"),
    None,
    nc=["donation notariée"],
    ne=["vendredi"],
    why="no claim",
)
L(
    "mixed",
    "FR",
    "Pierre Lejeune zoom hier, committed CHF 600k into ACC-5104, follow up mardi",
    REC,
    "K-2303",
    "video",
    Y,
    None,
    [plg("600000", "CHF", "ACC-5104")],
    nxt("tue"),
    ne=["hier"],
    why="follow-up mardi = next Tuesday",
)
L(
    "mixed",
    "CA",
    "Réjean Tremblay call yesterday 4pm, RRSP top-up déjà fait, f/u 12 janvier",
    REC,
    "K-2371",
    "phone",
    Y,
    "16:00",
    fu=jan(12),
    nc=["RRSP"],
    ne=["yesterday", "4pm", "12 janvier"],
    why="fr-CA/en; no claim",
)
L(
    "mixed",
    "CA",
    "Sylvain Cloutier teams vendredi, won the mandate pour l'acquisition, fee 1,2 M$",
    REC,
    "K-2374",
    "video",
    past("fri"),
    None,
    [man("1200000", "CAD")],
    nc=["acquisition"],
    ne=["vendredi"],
    why="single CAD account",
)
L(
    "mixed",
    "CA",
    "Hélène Bouchard email hier soir, she wired 400k USD into ACC-5804",
    REC,
    "K-2373",
    "email",
    Y,
    None,
    [dep("400000", "USD", "ACC-5804")],
    ne=["hier soir"],
    why="account USD",
)
L(
    "mixed",
    "CA",
    "Blanche et Josée lunch samedi, Christmas gifts planning",
    AC,
    why="two clients in one line",
)
L(
    "mixed",
    "SV",
    "Sol Ekdahl call igår kl 14, wants to discuss the family foundation efter jul",
    REC,
    "K-2311",
    "phone",
    Y,
    "14:00",
    nc=["family foundation"],
    ne=["igår", "kl 14"],
    why="sv/en",
)
L(
    "mixed",
    "SV",
    "Elin Sandberg teams i fredags, deposited NOK 2m into ACC-5209 + lovade SEK 1m",
    REC,
    "K-2317",
    "video",
    past("fri"),
    None,
    [dep("2000000", "NOK", "ACC-5209"), plg("1000000", "SEK")],
    ne=["i fredags"],
    why="two currencies",
)
L(
    "mixed",
    "SV",
    "Mats Hedlund lunch today, no mandate yet, följ upp 15/1",
    REC,
    "K-2315",
    "in_person",
    T,
    None,
    fu=jan(15),
    nc=["no mandate yet"],
    ne=["15/1"],
    why="negated mandate; follow-up January",
)
L(
    "mixed",
    "SV",
    "Gunnel Ekdahl zoom i morse, pension top-up via ISK, inga pengar än",
    REC,
    "K-2312",
    "video",
    T,
    None,
    nc=["inga pengar"],
    ne=["i morse"],
    why="no claim",
)
L(
    "mixed",
    "RO",
    "Costel Pavel meeting ieri la 10, a depus 200k lei, follow-up vineri",
    REC,
    "K-2321",
    "in_person",
    Y,
    "10:00",
    [dep("200000", "RON")],
    nxt("fri"),
    ne=["ieri"],
    why="ro/en",
)
L(
    "mixed",
    "RO",
    "Dorin Vlad call azi la 9, pledged 800k EUR pentru trust",
    REC,
    "K-2323",
    "phone",
    T,
    "09:00",
    [plg("800000", "EUR")],
    nc=["trust"],
    why="la 9 read as typed",
)
L(
    "mixed",
    "RO",
    "Raluca Ionescu zoom alaltăieri, Christmas bonus goes to her pension, no deposit yet",
    REC,
    "K-2327",
    "video",
    DBY,
    None,
    nc=["pension"],
    ne=["alaltăieri"],
    why="negated",
)
L(
    "mixed",
    "RO",
    "Victor Bălan teams ieri, mandate fee 500k lei pentru IPO",
    REC,
    "K-2325",
    "video",
    Y,
    None,
    [man("500000", "RON")],
    nc=["IPO"],
    ne=["ieri"],
    why="mandate fee with amount",
)
L(
    "mixed",
    "MS",
    "Lim Mei Ling call semalam, asked about PRS, nak tunggu bonus dulu",
    REC,
    "K-2334",
    "phone",
    Y,
    None,
    nc=["PRS"],
    ne=["semalam"],
    why="ms/en; no claim",
)
L(
    "mixed",
    "MS",
    "Azlan bin Rahim meeting hari ini 3pm, pledged RM 1 juta for amanah, follow up 5 Jan",
    REC,
    "K-2331",
    "in_person",
    T,
    "15:00",
    [plg("1000000", "MYR")],
    jan(5),
    nc=["amanah"],
    ne=["3pm", "5 Jan"],
    why="ms/en",
)
L(
    "mixed",
    "MS",
    "Kavitha Ganesan lunch today, fixed deposit RM 500k, no new money",
    REC,
    "K-2335",
    "in_person",
    T,
    None,
    nc=["fixed deposit"],
    why="fixed deposit never a claim",
)
L(
    "mixed",
    "MS",
    "Hafiz bin Yusof zoom pagi tadi, EPF top-up dah buat, nothing with us",
    REC,
    "K-2338",
    "video",
    T,
    None,
    nc=["EPF"],
    ne=["pagi tadi"],
    why="no claim",
)
L(
    "mixed",
    "HI",
    "Vikram Iyer meeting kal 11am, gift deed for grandson, no deposit abhi",
    REC,
    "K-2341",
    "in_person",
    Y,
    "11:00",
    nc=["gift deed"],
    ne=["11am"],
    why="hi/en; negated",
)
L(
    "mixed",
    "HI",
    "Lakshmi Iyer call yesterday, she pledged 2 crore INR, follow up Friday",
    REC,
    "K-2342",
    "phone",
    Y,
    None,
    [plg("20000000", "INR")],
    nxt("fri"),
    ne=["yesterday"],
    why="INR named on an INR+USD client",
)
L(
    "mixed",
    "HI",
    "Shanti Goyal zoom aaj subah, New Year ke baad SIP badhana hai",
    REC,
    "K-2343",
    "video",
    T,
    None,
    nc=["SIP"],
    ne=["aaj subah"],
    why="hoped-for: no claim",
)
L(
    "mixed",
    "HI",
    "Meera Kapoor lunch kal, ELSS 1.5 lakh already done elsewhere",
    REC,
    "K-2347",
    "in_person",
    Y,
    None,
    nc=["ELSS"],
    why="investment elsewhere: no claim",
)
L(
    "mixed",
    "FR",
    "Amélie Renard email ce matin, she won't deposit avant janvier",
    REC,
    "K-2307",
    "email",
    T,
    None,
    nc=["janvier"],
    ne=["ce matin"],
    why="negated",
)
L(
    "mixed",
    "CA",
    "Luc Fortin appel hier 13h, deposited 45 000 $ dans son CELI chez nous",
    REC,
    "K-2376",
    "phone",
    Y,
    "13:00",
    [dep("45000", "CAD")],
    nc=["CELI"],
    ne=["hier", "13h"],
    why="fr-CA/en; single CAD account",
)
L(
    "mixed",
    "RO",
    "Mirela Pavel email azi, întrebări despre tax-loss harvesting înainte de Revelion",
    REC,
    "K-2322",
    "email",
    T,
    None,
    nc=["tax-loss"],
    ne=["azi"],
    why="ro/en; no claim",
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
    "NOK": ["NOK"],
    "MYR": ["MYR", "RM"],
    "INR": ["INR", "₹", "रुपये"],
    "SGD": ["SGD"],
    "CHF": ["CHF"],
    "CAD": ["CAD", "$CA", "CA$"],
}
assert len({c["name"] for c in clients}) == len(clients)
assert len({c["external_id"] for c in clients}) == len(clients)
for c in clients:
    for a in c["accounts"]:
        assert "ACC-5100" <= a["account"] <= "ACC-5999", c
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
    assert e["day"] <= local.date().isoformat(), ("day after local today", ln)
    if e["time"]:
        t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
        assert t <= NOWDT, ("time later than local now", ln)
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
        for c2 in clients:
            for w in c2["name"].split():
                if len(w) > 3:
                    assert w.lower() not in re.findall(r"\w+", s.lower()), (
                        "client name in notes_contains",
                        s,
                        ln,
                    )
ids = [x["id"] for x in lines]
assert len(set(ids)) == len(ids)
texts = [x["text"] for x in lines]
assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
byl = Counter(x["lang"] for x in lines)
byo = Counter(x["expect"]["outcome"] for x in lines)
asks = sum(v for k, v in byo.items() if k != "record")
money = sum(1 for x in lines if x["expect"]["claims"])
if not PARTIAL:
    assert len(lines) == 240, len(lines)
    assert all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi")) and byl["mixed"] >= 20, (
        byl
    )
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(len(lines), "lines;", len(clients), "clients", "(partial)" if PARTIAL else "")
print("by language:", dict(byl))
print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)")
print(f"lines with money claims: {money} ({100 * money / max(1, len(lines)):.0f}%)")
print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))

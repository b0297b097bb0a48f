"""Held-out reader corpus 18: builds and validates corpus.json. Edit this file, never the JSON.

Usage: python3 generate.py [--partial]   (--partial skips the count checks)
"""

import datetime as dt
import json
import os
import sys
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

PARTIAL = "--partial" in sys.argv
NOW = "2028-03-08T11:20:00Z"
NOWDT = dt.datetime(2028, 3, 8, 11, 20, tzinfo=dt.UTC)
TODAY = dt.date(2028, 3, 8)
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


def on(m, dd):
    return iso(dt.date(2028, m, dd))


R = {
    "BE": "U18BE0101",
    "FI": "U18FI0102",
    "RO": "U18RO0103",
    "MS": "U18MS0104",
    "HI": "U18HI0105",
    "GB": "U18GB0106",
    "US": "U18US0107",
    "IN": "U18IN0108",
}


def rep(k, name, tz, loc):
    return {"slack_user_id": R[k], "name": name, "timezone": tz, "locale": loc, "roles": ["rep"]}


reps = [
    rep("BE", "Delphine Verhaegen", "Europe/Brussels", "fr-BE"),
    rep("FI", "Johanna Sundqvist", "Europe/Helsinki", "sv-FI"),
    rep("RO", "Radu Ciobanu", "Europe/Bucharest", "ro-RO"),
    rep("MS", "Siti Aishah binti Mokhtar", "Asia/Kuala_Lumpur", "ms-MY"),
    rep("HI", "Arjun Malhotra", "Asia/Kolkata", "hi-IN"),
    rep("GB", "Eleanor Whitcombe", "Europe/London", "en-GB"),
    rep("US", "Kyle Brennan", "America/Chicago", "en-US"),
    rep("IN", "Divya Ramaswamy", "Asia/Kolkata", "en-IN"),
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
    # Belgium
    C("K-1801", "Olivier Dewaele", "Dewaele", "UHNW", ["BE"], [("ACC-8011", "EUR")]),
    C("K-1802", "Margaux Dewaele", "Dewaele", "HNW", ["BE"], [("ACC-8021", "EUR")]),
    C(
        "K-1803",
        "Constant Peeters",
        "Peeters",
        "UHNW",
        ["BE"],
        [("ACC-8031", "EUR"), ("ACC-8032", "CHF")],
    ),
    C("K-1804", "Blanche Lemaire", "Lemaire (Blanche)", "HNW", ["BE"], [("ACC-8041", "EUR")]),
    C(
        "K-1805",
        "Thibault Mertens",
        "Mertens",
        "corporate executive",
        ["BE"],
        [("ACC-8051", "EUR")],
    ),
    C("K-1806", "Régine Vandamme", "Vandamme", "HNW", [], [("ACC-8061", "EUR")]),
    C("K-1807", "Amélie Peeters", "Peeters", "HNW", ["BE"], [("ACC-8071", "EUR")]),
    # Finland
    C(
        "K-1811",
        "Mikael Lindqvist",
        "Lindqvist",
        "UHNW",
        ["FI"],
        [("ACC-8111", "EUR"), ("ACC-8112", "SEK")],
    ),
    C("K-1812", "Frida Lindqvist", "Lindqvist", "HNW", ["FI"], [("ACC-8121", "EUR")]),
    C("K-1813", "Sixten Åkerblom", "Åkerblom", "UHNW", ["FI"], [("ACC-8131", "EUR")]),
    C("K-1814", "Sol Nyholm", "Nyholm", "HNW", ["FI"], [("ACC-8141", "EUR")]),
    C("K-1815", "Bo Granlund", "Granlund", "corporate executive", ["FI"], [("ACC-8151", "EUR")]),
    C("K-1816", "Stig Wikström", "Wikström", "HNW", [], [("ACC-8161", "EUR")]),
    C("K-1817", "Kerstin Holm", "Holm", "HNW", ["FI"], [("ACC-8171", "EUR")]),
    # Romania / Moldova
    C(
        "K-1821",
        "Mircea Dobre",
        "Dobre",
        "UHNW",
        ["RO"],
        [("ACC-8211", "RON"), ("ACC-8212", "EUR")],
    ),
    C("K-1822", "Ileana Dobre", "Dobre", "HNW", ["RO"], [("ACC-8221", "RON")]),
    C("K-1823", "Costin Barbu", "Barbu (Costin)", "HNW", ["RO"], [("ACC-8231", "RON")]),
    C("K-1824", "Sorina Păun", "Păun", "HNW", ["RO"], [("ACC-8241", "RON")]),
    C("K-1825", "Octavian Lupu", "Lupu", "corporate executive", ["RO"], [("ACC-8251", "EUR")]),
    C("K-1826", "Valentin Barbu", "Barbu (Valentin)", "HNW", [], [("ACC-8261", "RON")]),
    C("K-1827", "Crina Lupu", "Lupu", "HNW", ["RO"], [("ACC-8271", "RON")]),
    # Malaysia
    C("K-1831", "Lim Boon Keat", "Lim", "UHNW", ["MS"], [("ACC-8311", "MYR"), ("ACC-8312", "SGD")]),
    C("K-1832", "Lim Mei Ling", "Lim", "UHNW", ["MS"], [("ACC-8321", "MYR")]),
    C("K-1833", "Nurul Huda binti Rahman", "Rahman", "HNW", ["MS"], [("ACC-8331", "MYR")]),
    C("K-1834", "Faizal bin Osman", "Osman", "corporate executive", ["MS"], [("ACC-8341", "MYR")]),
    C("K-1835", "Bunga binti Yusof", "Yusof", "HNW", ["MS"], [("ACC-8351", "MYR")]),
    C("K-1836", "Azlan bin Hamid", "Hamid", "HNW", [], [("ACC-8361", "MYR")]),
    C("K-1837", "Tan Wei Jie", "Tan", "HNW", ["MS"], [("ACC-8371", "SGD")]),
    # India (Hindi rep, Kolkata)
    C("K-1841", "Anil Mehrotra", "Mehrotra", "UHNW", ["HI"], [("ACC-8411", "INR")]),
    C(
        "K-1842",
        "Sunita Mehrotra",
        "Mehrotra",
        "UHNW",
        ["HI"],
        [("ACC-8421", "INR"), ("ACC-8422", "USD")],
    ),
    C("K-1843", "Guru Saxena", "Saxena", "HNW", ["HI"], [("ACC-8431", "INR")]),
    C("K-1844", "Pooja Agarwal", "Agarwal (Pooja)", "HNW", ["HI"], [("ACC-8441", "INR")]),
    C("K-1845", "Vikas Jain", "Jain", "corporate executive", ["HI"], [("ACC-8451", "INR")]),
    C("K-1846", "Rakesh Agarwal", "Agarwal (Rakesh)", "HNW", [], [("ACC-8461", "INR")]),
    C("K-1847", "Neeraj Bhatia", "Bhatia", "HNW", ["HI"], [("ACC-8471", "INR")]),
    # United Kingdom
    C("K-1851", "Hugo Ashworth", "Ashworth", "UHNW", ["GB"], [("ACC-8511", "GBP")]),
    C(
        "K-1852",
        "Felicity Ashworth",
        "Ashworth",
        "UHNW",
        ["GB"],
        [("ACC-8521", "GBP"), ("ACC-8522", "EUR")],
    ),
    C("K-1853", "Miles Penrose", "Penrose", "HNW", ["GB"], [("ACC-8531", "GBP")]),
    C("K-1854", "Hugo Lemaire", "Lemaire (Hugo)", "HNW", ["GB"], [("ACC-8541", "EUR")]),
    C(
        "K-1855",
        "Rosalind Chowdhury",
        "Chowdhury",
        "corporate executive",
        ["GB"],
        [("ACC-8551", "GBP")],
    ),
    C("K-1856", "Jasper Ashworth", "Ashworth", "HNW", [], [("ACC-8561", "GBP")]),
    C("K-1857", "Priya Chowdhury", "Chowdhury", "HNW", ["GB"], [("ACC-8571", "GBP")]),
    # United States (Chicago)
    C("K-1861", "Brandon Kowalczyk", "Kowalczyk", "UHNW", ["US"], [("ACC-8611", "USD")]),
    C("K-1862", "Summer Kowalczyk", "Kowalczyk", "HNW", ["US"], [("ACC-8621", "USD")]),
    C(
        "K-1863",
        "Chase Whitfield",
        "Whitfield",
        "corporate executive",
        ["US"],
        [("ACC-8631", "USD"), ("ACC-8632", "CAD")],
    ),
    C("K-1864", "Dolores Huang", "Huang", "HNW", ["US"], [("ACC-8641", "USD")]),
    C("K-1865", "Bill Okonkwo", "Okonkwo", "HNW", ["US"], [("ACC-8651", "USD")]),
    C("K-1866", "Garrett Lindahl", "Lindahl", "HNW", [], [("ACC-8661", "USD")]),
    C("K-1867", "Daniel Ferreira", "Ferreira", "HNW", ["US"], [("ACC-8671", "USD")]),
    # India (English rep, Bangalore)
    C("K-1871", "Karthik Subramaniam", "Subramaniam", "UHNW", ["IN"], [("ACC-8711", "INR")]),
    C(
        "K-1872",
        "Lakshmi Subramaniam",
        "Subramaniam",
        "UHNW",
        ["IN"],
        [("ACC-8721", "INR"), ("ACC-8722", "USD")],
    ),
    C(
        "K-1873",
        "Rohan Deshpande",
        "Deshpande",
        "corporate executive",
        ["IN"],
        [("ACC-8731", "INR")],
    ),
    C("K-1874", "Meenakshi Iyer", "Iyer", "HNW", ["IN", "HI"], [("ACC-8741", "INR")]),
    C("K-1875", "Pooja Nair", "Nair", "HNW", ["IN"], [("ACC-8751", "INR")]),
    C("K-1876", "Vikas Reddy", "Reddy", "HNW", [], [("ACC-8761", "INR")]),
]
initiatives = [
    {"tag": "zoute-golf", "name": "Knokke Zoute golf day"},
    {"tag": "diwali-soiree", "name": "Diwali client soirée"},
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
            "id": f"h18-{len(lines) + 1:03d}",
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

# ================= fr: Brussels rep (local Wed 12:20) =================
L(
    "fr",
    "BE",
    "rdv Olivier Dewaele à l'agence hier 10h, revue succession, donation aux enfants à prévoir",
    REC,
    "K-1801",
    "in_person",
    Y,
    "10:00",
    nc=["succession"],
    ne=["hier", "10h"],
    why="rdv = in person; à l'agence",
)
L(
    "fr",
    "BE",
    "Margaux Dewaele tél ce matin, questions sur le précompte mobilier des dividendes",
    REC,
    "K-1802",
    "phone",
    T,
    None,
    nc=["précompte"],
    ne=["ce matin"],
    why="part of day alone gives no time",
)
L(
    "fr",
    "BE",
    "Constant Peeters visio lundi 9h30, rééquilibrage du portefeuille, moins d'actions US",
    REC,
    "K-1803",
    "video",
    past("mon"),
    "09:30",
    nc=["rééquilibrage"],
    ne=["lundi", "9h30"],
    why="first name Constant is also a word; bare lundi = last Monday",
)
L(
    "fr",
    "BE",
    "Blanche Lemaire mail reçu avant-hier, copie carte d'identité + justificatif de domicile pour le KYC",
    REC,
    "K-1804",
    "email",
    DBY,
    None,
    nc=["KYC"],
    ne=["avant-hier"],
    why="onboarding paperwork",
)
L(
    "fr",
    "BE",
    "Thibault Mertens lunch au Cercle jeudi, parle de sa société, cession prévue en 2029",
    REC,
    "K-1805",
    "in_person",
    past("thu"),
    None,
    nc=["cession"],
    ne=["jeudi"],
    why="2029 is a year, not an amount",
)
L(
    "fr",
    "BE",
    "Amélie Peeters courrier envoyé aujourd'hui : attestation fiscale 2027 + formulaire W-8BEN",
    REC,
    "K-1807",
    "mail",
    T,
    None,
    nc=["W-8BEN"],
    ne=["aujourd'hui"],
    why="courrier = mail",
)
L(
    "fr",
    "BE",
    "Olivier Dewaele appel 11h15, a versé 750.000 € sur ACC-8011",
    REC,
    "K-1801",
    "phone",
    T,
    "11:15",
    [dep("750000", "EUR", "ACC-8011")],
    ne=["11h15"],
    why="Belgian dot thousands separator; no day word = today",
)
L(
    "fr",
    "BE",
    "Constant Peeters rdv hier, engagement de 2 mio",
    AU,
    "K-1803",
    why="EUR and CHF accounts, no currency",
)
L(
    "fr",
    "BE",
    "Constant Peeters dîner vendredi, virement de 1,2 mio CHF reçu sur ACC-8032, relance le 20/03",
    REC,
    "K-1803",
    "in_person",
    past("fri"),
    None,
    [dep("1200000", "CHF", "ACC-8032")],
    on(3, 20),
    ne=["vendredi"],
    why="virement reçu sur our account = deposit; relance d/m",
)
L(
    "fr",
    "BE",
    "Les Dewaele en rdv ce matin pour le testament",
    AC,
    why="household plural of a two-client household",
)
L(
    "fr",
    "BE",
    "Peeters au tél hier, plainte sur les droits de garde",
    AC,
    why="two clients named Peeters",
)
L(
    "fr",
    "BE",
    "Hugo Lemaire visio hier soir, question sur son assurance-vie luxembourgeoise",
    NC,
    "K-1854",
    why="covered by the London rep only",
)
L(
    "fr",
    "BE",
    "Régine Vandamme rdv mardi, prospect, 5 mio à placer",
    NC,
    "K-1806",
    why="covered by nobody",
)
L(
    "fr",
    "BE",
    "Margaux Peeters appel ce matin, veut ouvrir un compte",
    AC,
    why="unknown person: Margaux Dewaele's first name, the Peeters' surname",
)
L(
    "fr",
    "BE",
    "Blanche Lemaire, on a jasé ce matin de sa plainte sur le relevé",
    ACH,
    "K-1804",
    why="Québécois 'jasé' (chatted) gives no channel",
)
L(
    "fr",
    "BE",
    "Thibault Mertens tél hier 14h30, a promis 300 000 € d'ici fin mars",
    REC,
    "K-1805",
    "phone",
    Y,
    "14:30",
    [plg("300000", "EUR")],
    ne=["hier", "14h30"],
    why="promis = pledge; space thousands separator",
)
L(
    "fr",
    "BE",
    "Thibault Mertens visio ce matin 8h45, mandat remporté pour la cession, honoraires 180k€",
    REC,
    "K-1805",
    "video",
    T,
    "08:45",
    [man("180000", "EUR")],
    ne=["8h45"],
    why="explicit time beats ce matin; mandate fee",
)
L(
    "fr",
    "BE",
    "Blanche Lemaire rdv à Uccle le 2/3, onboarding terminé, profil de risque défensif",
    REC,
    "K-1804",
    "in_person",
    on(3, 2),
    None,
    nc=["onboarding"],
    ne=["2/3"],
    why="d/m date",
)
L(
    "fr",
    "BE",
    "Amélie Peeters tél ce midi, ne versera finalement pas les 400k, attend la vente de la maison à Knokke",
    REC,
    "K-1807",
    "phone",
    T,
    None,
    nc=["Knokke"],
    ne=["ce midi"],
    why="negated deposit; ce midi is a part of the day",
)
L(
    "fr",
    "BE",
    "Olivier Dewaele vu au golf ce week-end, parle de la donation",
    AU,
    "K-1801",
    why="weekend word names two days",
)
L(
    "fr",
    "BE",
    "Margaux Dewaele visio hier à 3h, question sur le bail",
    AU,
    "K-1802",
    why="à 3h: 1-6 after à count as either half, both past",
)
L(
    "fr",
    "BE",
    "Amélie Peeters tél hier, elle a viré 250 000 € ce matin",
    AU,
    "K-1807",
    why="a viré with no direction",
)
L(
    "fr",
    "BE",
    "Blanche Lemaire rdv hier, mandat de gestion discrétionnaire signé pour 1,5 mio €",
    REC,
    "K-1804",
    "in_person",
    Y,
    None,
    nc=["discrétionnaire"],
    ne=["hier"],
    why="discretionary mandate never a claim",
)
L(
    "fr",
    "BE",
    "Thibault Mertens mail hier, frais du mandat 0,8 % l'an",
    REC,
    "K-1805",
    "email",
    Y,
    None,
    nc=["0,8"],
    ne=["hier"],
    why="mandate fee that is only a percentage",
)
L(
    "fr",
    "BE",
    "Olivier Dewaele tél le 31/02 concernant la donation",
    AU,
    "K-1801",
    why="31 February does not exist",
)
L(
    "fr",
    "BE",
    "Margaux Dewaele courrier hier, lettre de plainte sur le retard du virement SEPA",
    REC,
    "K-1802",
    "mail",
    Y,
    None,
    nc=["SEPA"],
    ne=["hier"],
    why="complaint by letter",
)
L(
    "fr",
    "BE",
    "Constant Peeters appel mercredi, veut un compte à terme de 6 mois, 200 000 €",
    REC,
    "K-1803",
    "phone",
    past("wed"),
    None,
    nc=["compte à terme"],
    ne=["mercredi"],
    why="today's weekday alone = a week ago; term account never a claim",
)
L(
    "fr",
    "BE",
    "Amélie Peeters rdv samedi à l'agence de Namur, succession de sa mère",
    REC,
    "K-1807",
    "in_person",
    past("sat"),
    None,
    nc=["Namur"],
    ne=["samedi"],
    why="bare samedi = last Saturday",
)
L(
    "fr",
    "BE",
    "Thibault Mertens visio mardi 16h, apport de 2,5 mio € + engagement de 1 mio € supplémentaire",
    REC,
    "K-1805",
    "video",
    past("tue"),
    "16:00",
    [dep("2500000", "EUR"), plg("1000000", "EUR")],
    ne=["mardi", "16h"],
    why="two outcomes",
)
L(
    "fr",
    "BE",
    "Blanche Lemaire tél ce matin, parle de sa fille, 3 petits-enfants, 68 ans",
    REC,
    "K-1804",
    "phone",
    T,
    None,
    nc=["petits-enfants"],
    ne=["ce matin"],
    why="counts and ages are not amounts; Blanche also a word",
)
L(
    "fr",
    "BE",
    "Olivier Dewaele visio hier, si la vente passe il versera 1 mio €",
    REC,
    "K-1801",
    "video",
    Y,
    None,
    nc=["si la vente"],
    ne=["hier"],
    why="conditional deposit",
)
L(
    "fr",
    "BE",
    "Margaux Dewaele rdv aujourd'hui 9h, apport de 90.000 € (nonante mille)",
    REC,
    "K-1802",
    "in_person",
    T,
    "09:00",
    [dep("90000", "EUR")],
    nc=["nonante"],
    ne=["9h"],
    why="Belgian nonante; apport = deposit",
)
L(
    "fr",
    "BE",
    "le fils d'Olivier Dewaele au tél hier, veut ouvrir un compte jeune",
    AC,
    why="a relative",
)
L(
    "fr",
    "BE",
    "Constant Peeters mail ce matin : bilan annuel, trouve les frais de transaction trop élevés",
    REC,
    "K-1803",
    "email",
    T,
    None,
    nc=["frais de transaction"],
    ne=["ce matin"],
    why="complaint",
)
L(
    "fr",
    "BE",
    "Amélie Peeters visio le 1er mars à 17h, KYC à mettre à jour, relance lundi",
    REC,
    "K-1807",
    "video",
    on(3, 1),
    "17:00",
    fu=nxt("mon"),
    nc=["KYC"],
    ne=["17h"],
    why="relance -> next Monday",
)
L(
    "fr",
    "BE",
    "Blanche Lemaire tél 10h, a versé 40k sur ACC-8041",
    REC,
    "K-1804",
    "phone",
    T,
    "10:00",
    [dep("40000", "EUR", "ACC-8041")],
    ne=["10h"],
    why="account gives EUR",
)

# ================= sv: Helsinki rep (local 13:20), Finland-Swedish =================
L(
    "sv",
    "FI",
    "Mikael Lindqvist ringde igår kl 9, frågor om kapitalinkomstskatten",
    REC,
    "K-1811",
    "phone",
    Y,
    "09:00",
    nc=["kapitalinkomstskatten"],
    ne=["igår", "kl 9"],
    why="kl 9 read as typed",
)
L(
    "sv",
    "FI",
    "Frida Lindqvist lunch på Kappeli i tisdags, pratade om arvsplanering",
    REC,
    "K-1812",
    "in_person",
    past("tue"),
    None,
    nc=["arvsplanering"],
    ne=["tisdags"],
    why="lunch gives the channel; i tisdags = yesterday",
)
L(
    "sv",
    "FI",
    "Sixten Åkerblom möte på kontoret idag kl 10.30, ombalansering, mindre ränta",
    REC,
    "K-1813",
    "in_person",
    T,
    "10:30",
    nc=["ombalansering"],
    ne=["kl 10.30"],
    why="dotted time",
)
L(
    "sv",
    "FI",
    "Sol Nyholm mejl i morse, skickade passkopia och KYC-blanketten",
    REC,
    "K-1814",
    "email",
    T,
    None,
    nc=["KYC"],
    ne=["i morse"],
    why="first name Sol is also a word",
)
L(
    "sv",
    "FI",
    "Bo Granlund teams i måndags kl 14, genomgång av fonderna",
    REC,
    "K-1815",
    "video",
    past("mon"),
    "14:00",
    nc=["fonderna"],
    ne=["måndags"],
    why="Bo is also a verb",
)
L(
    "sv",
    "FI",
    "Kerstin Holm brev idag, fullmakt för dödsboet",
    REC,
    "K-1817",
    "mail",
    T,
    None,
    nc=["dödsboet"],
    why="brev = mail; estate",
)
L(
    "sv",
    "FI",
    "Mikael Lindqvist möte igår, lovade 500 000",
    AU,
    "K-1811",
    why="EUR and SEK accounts, no currency",
)
L(
    "sv",
    "FI",
    "Mikael Lindqvist fika i fredags, satte in 2 milj. kr till konto ACC-8112",
    REC,
    "K-1811",
    "in_person",
    past("fri"),
    None,
    [dep("2000000", "SEK", "ACC-8112")],
    ne=["fredags"],
    why="milj. = million; account SEK",
)
L(
    "sv",
    "FI",
    "Sixten Åkerblom ringde kl 11, satte in 150 000 €",
    REC,
    "K-1813",
    "phone",
    T,
    "11:00",
    [dep("150000", "EUR")],
    ne=["kl 11"],
    why="kl 11 read as typed",
)
L("sv", "FI", "Lindqvists på lunch igår, pratade om sommarstugan", AC, why="household plural")
L(
    "sv",
    "FI",
    "Stig Wikström ringde i morse, vill flytta sin depå till oss",
    NC,
    "K-1816",
    why="covered by nobody",
)
L(
    "sv",
    "FI",
    "Frida Nyholm mejl igår om fondbyte",
    AC,
    why="unknown person sharing Frida Lindqvist's first name and Sol Nyholm's surname",
)
L(
    "sv",
    "FI",
    "Bo Granlund, pratade igår om dottern som ska köpa bostad",
    ACH,
    "K-1815",
    why="pratade gives no channel",
)
L(
    "sv",
    "FI",
    "Sol Nyholm sågs i helgen på Allas, nog intresserad av gröna fonder",
    AU,
    "K-1814",
    why="i helgen names two days",
)
L(
    "sv",
    "FI",
    "Kerstin Holm ringde kl 7 igår om arvskiftet",
    REC,
    "K-1817",
    "phone",
    Y,
    "07:00",
    nc=["arvskiftet"],
    ne=["kl 7"],
    why="kl 7 read as typed",
)
L(
    "sv",
    "FI",
    "Bo Granlund överförde 300 000 € igår, ringde efteråt",
    AU,
    "K-1815",
    why="överförde with no direction",
)
L(
    "sv",
    "FI",
    "Sixten Åkerblom teams igår kl 15:45, lovade 1,5 milj. euro till våren",
    REC,
    "K-1813",
    "video",
    Y,
    "15:45",
    [plg("1500000", "EUR")],
    ne=["igår"],
    why="decimal comma; lovade = pledge",
)
L(
    "sv",
    "FI",
    "Frida Lindqvist ringde i onsdags, klagomål på avgifterna",
    REC,
    "K-1812",
    "phone",
    past("wed"),
    None,
    nc=["klagomål"],
    ne=["onsdags"],
    why="i onsdags said on a Wednesday = last Wednesday",
)
L(
    "sv",
    "FI",
    "Mikael Lindqvist möte idag kl 8, bunden placering 12 mån 400 000 €",
    REC,
    "K-1811",
    "in_person",
    T,
    "08:00",
    nc=["bunden placering"],
    ne=["kl 8"],
    why="term deposit never a claim",
)
L(
    "sv",
    "FI",
    "Sol Nyholm lunch igår, satte in 80 000 euro och lovade 200 000 euro till",
    REC,
    "K-1814",
    "in_person",
    Y,
    None,
    [dep("80000", "EUR"), plg("200000", "EUR")],
    ne=["igår"],
    why="two outcomes",
)
L(
    "sv",
    "FI",
    "Bo Granlund mejl igår, diskretionärt förvaltningsuppdrag undertecknat, 2 milj. €",
    REC,
    "K-1815",
    "email",
    Y,
    None,
    nc=["förvaltningsuppdrag"],
    ne=["igår"],
    why="management mandate never a claim",
)
L(
    "sv",
    "FI",
    "Kerstin Holm fika idag, int alls intresserad av aktier just nu, sätter inte in något",
    REC,
    "K-1817",
    "in_person",
    T,
    None,
    nc=["int alls"],
    why="Finland-Swedish 'int'; negated",
)
L(
    "sv",
    "FI",
    "Sixten Åkerblom brev i måndags med deklarationen",
    REC,
    "K-1813",
    "mail",
    past("mon"),
    None,
    nc=["deklarationen"],
    ne=["måndags"],
    why="tax return by letter",
)
L(
    "sv",
    "FI",
    "Frida Lindqvist teams idag 12.15, mandat vunnet för försäljningen av bolaget, arvode 90 000 €",
    REC,
    "K-1812",
    "video",
    T,
    "12:15",
    [man("90000", "EUR")],
    nc=["försäljningen"],
    ne=["12.15"],
    why="mandate won with fee",
)
L("sv", "FI", "Mikael Lindqvists fru ringde igår om bouppteckningen", AC, why="a relative")
L(
    "sv",
    "FI",
    "Sol Nyholm ringde i förrgår om pensionsförsäkringen",
    REC,
    "K-1814",
    "phone",
    DBY,
    None,
    nc=["pensionsförsäkringen"],
    ne=["förrgår"],
    why="förrgår = day before yesterday",
)
L(
    "sv",
    "FI",
    "Bo Granlund möte 29.2 kl 13, ny kund, onboarding klar",
    REC,
    "K-1815",
    "in_person",
    on(2, 29),
    "13:00",
    nc=["onboarding"],
    ne=["29.2"],
    why="2028 is a leap year",
)
L(
    "sv",
    "FI",
    "Kerstin Holm möte 28.2, papper till banken för dödsboet",
    REC,
    "K-1817",
    "in_person",
    on(2, 28),
    None,
    nc=["papper"],
    ne=["28.2"],
    why="d.m date",
)
L(
    "sv",
    "FI",
    "Sixten Åkerblom ringde idag om aktiesparkontot, följ upp på fredag",
    REC,
    "K-1813",
    "phone",
    T,
    None,
    fu=nxt("fri"),
    nc=["aktiesparkontot"],
    why="följ upp -> next Friday",
)
L("sv", "FI", "Mick Lindqvist ringde idag", AC, why="nickname, not a client's name")
L(
    "sv",
    "FI",
    "Frida Lindqvist teams igår eftermiddag, satte in 60 000 € på ACC-8121",
    REC,
    "K-1812",
    "video",
    Y,
    None,
    [dep("60000", "EUR", "ACC-8121")],
    ne=["eftermiddag"],
    why="part of day gives no time",
)
L(
    "sv",
    "FI",
    "Mikael Lindqvist mejl i morse, lovade SEK 1 milj.",
    REC,
    "K-1811",
    "email",
    T,
    None,
    [plg("1000000", "SEK")],
    ne=["i morse"],
    why="SEK named on a two-currency client",
)
L(
    "sv",
    "FI",
    "Sol Nyholm ringde kl 9 idag, 3 barn, 54 år, tel 040 512 3344",
    REC,
    "K-1814",
    "phone",
    T,
    "09:00",
    nc=["barn"],
    ne=["kl 9"],
    why="counts, age, phone number",
)
L(
    "sv",
    "FI",
    "Bo Granlund lunch idag kl 12, om han säljer huset sätter han in 500 000 €",
    REC,
    "K-1815",
    "in_person",
    T,
    "12:00",
    nc=["säljer huset"],
    ne=["kl 12"],
    why="conditional deposit",
)
L(
    "sv",
    "FI",
    "Kerstin Holm teams i torsdags, ombalansering klar, mindre tillväxtmarknader",
    REC,
    "K-1817",
    "video",
    past("thu"),
    None,
    nc=["tillväxtmarknader"],
    ne=["torsdags"],
    why="rebalancing",
)
L(
    "sv",
    "FI",
    "Sixten Åkerblom fika igår på Ekberg, klagade på appen",
    REC,
    "K-1813",
    "in_person",
    Y,
    None,
    nc=["appen"],
    ne=["igår"],
    why="fika = in person",
)

# ================= ro: Bucharest rep (local 13:20), mostly without diacritics =================
L(
    "ro",
    "RO",
    "Mircea Dobre intalnire ieri la 10, discutie despre succesiune si casa de la Sinaia",
    REC,
    "K-1821",
    "in_person",
    Y,
    "10:00",
    nc=["succesiune"],
    ne=["ieri"],
    why="la 10 read as typed",
)
L(
    "ro",
    "RO",
    "Ileana Dobre telefon azi dimineata, intrebari despre impozitul pe dividende",
    REC,
    "K-1822",
    "phone",
    T,
    None,
    nc=["impozitul"],
    ne=["azi dimineata"],
    why="part of day, no time",
)
L(
    "ro",
    "RO",
    "Costin Barbu zoom luni la 15:30, rebalansare portofoliu, mai putine actiuni",
    REC,
    "K-1823",
    "video",
    past("mon"),
    "15:30",
    nc=["rebalansare"],
    ne=["luni"],
    why="bare luni = last Monday",
)
L(
    "ro",
    "RO",
    "Sorina Paun mail alaltaieri cu actele pt KYC, copie buletin",
    REC,
    "K-1824",
    "email",
    DBY,
    None,
    nc=["KYC"],
    ne=["alaltaieri"],
    why="Paun without diacritic matches Păun",
)
L(
    "ro",
    "RO",
    "Octavian Lupu cafea vineri, vrea sa vanda firma in 2029",
    REC,
    "K-1825",
    "in_person",
    past("fri"),
    None,
    nc=["firma"],
    ne=["vineri"],
    why="cafea = in person",
)
L(
    "ro",
    "RO",
    "Crina Lupu scrisoare trimisa azi, adeverinta de venit si declaratia unica",
    REC,
    "K-1827",
    "mail",
    T,
    None,
    nc=["declaratia unica"],
    why="scrisoare = mail",
)
L(
    "ro",
    "RO",
    "Mircea Dobre intalnire azi, s-a angajat la 300.000",
    AU,
    "K-1821",
    why="RON and EUR accounts, no currency",
)
L(
    "ro",
    "RO",
    "Mircea Dobre apel ieri la 11:45, a depus 250.000 EUR in contul ACC-8212",
    REC,
    "K-1821",
    "phone",
    Y,
    "11:45",
    [dep("250000", "EUR", "ACC-8212")],
    ne=["ieri"],
    why="în contul names the account",
)
L(
    "ro",
    "RO",
    "Ileana Dobre telefon ieri, a depus 400.000 lei",
    REC,
    "K-1822",
    "phone",
    Y,
    None,
    [dep("400000", "RON")],
    ne=["ieri"],
    why="lei = RON; dot thousands",
)
L("ro", "RO", "familia Dobre la cina sambata, discutie despre nepoti", AC, why="household")
L(
    "ro",
    "RO",
    "Barbu la telefon azi, vrea extras de cont",
    AC,
    why="Costin Barbu and Valentin Barbu (uncovered) share the surname",
)
L(
    "ro",
    "RO",
    "Valentin Barbu intalnire ieri, prospect cu 2 mil. euro",
    NC,
    "K-1826",
    why="covered by nobody",
)
L(
    "ro",
    "RO",
    "Ileana Lupu mail azi despre fondul de pensii",
    AC,
    why="unknown person: Ileana Dobre's first name, the Lupu surname",
)
L(
    "ro",
    "RO",
    "Sorina Paun, am vorbit ieri despre pensia privata pilonul 3",
    ACH,
    "K-1824",
    why="am vorbit gives no channel",
)
L(
    "ro",
    "RO",
    "Octavian Lupu la tenis in weekend, a promis ceva pentru luna viitoare",
    AU,
    "K-1825",
    why="weekend names two days",
)
L(
    "ro",
    "RO",
    "Costin Barbu a transferat 150.000 lei ieri, telefon scurt",
    AU,
    "K-1823",
    why="a transferat with no direction",
)
L(
    "ro",
    "RO",
    "Costin Barbu zoom azi la 9, a depus 1,2 mil. lei si s-a angajat la inca 500.000 lei",
    REC,
    "K-1823",
    "video",
    T,
    "09:00",
    [dep("1200000", "RON"), plg("500000", "RON")],
    why="two outcomes; la 9 read as typed",
)
L(
    "ro",
    "RO",
    "Sorina Paun telefon ieri la 8, reclamatie privind taxele",
    REC,
    "K-1824",
    "phone",
    Y,
    "08:00",
    nc=["taxele"],
    ne=["ieri"],
    why="la 8 read as typed",
)
L(
    "ro",
    "RO",
    "Octavian Lupu teams ieri la 16, mandat castigat pentru vanzarea firmei, onorariu 120.000 EUR",
    REC,
    "K-1825",
    "video",
    Y,
    "16:00",
    [man("120000", "EUR")],
    nc=["vanzarea firmei"],
    ne=["ieri"],
    why="mandate fee",
)
L(
    "ro",
    "RO",
    "Crina Lupu intalnire joi, depozit la termen 6 luni 50.000 lei",
    REC,
    "K-1827",
    "in_person",
    past("thu"),
    None,
    nc=["depozit la termen"],
    ne=["joi"],
    why="term deposit never a claim",
)
L(
    "ro",
    "RO",
    "Mircea Dobre mail azi, NU a depus inca, asteapta dividendele",
    REC,
    "K-1821",
    "email",
    T,
    None,
    nc=["asteapta"],
    why="negated deposit",
)
L(
    "ro",
    "RO",
    "Ileana Dobre zoom miercuri, reclamatie privind comisioanele de custodie",
    REC,
    "K-1822",
    "video",
    past("wed"),
    None,
    nc=["comisioanele"],
    ne=["miercuri"],
    why="today's weekday alone = a week ago",
)
L("ro", "RO", "sotia lui Costin Barbu la telefon ieri, intreaba de testament", AC, why="a relative")
L(
    "ro",
    "RO",
    "Octavian Lupu intalnire marti la 17, mandat de administrare discretionara semnat",
    REC,
    "K-1825",
    "in_person",
    past("tue"),
    "17:00",
    nc=["discretionara"],
    ne=["marti"],
    why="discretionary mandate never a claim",
)
L(
    "ro",
    "RO",
    "Sorina Paun cafea azi la 11, a depus 75.000 lei in ACC-8241",
    REC,
    "K-1824",
    "in_person",
    T,
    "11:00",
    [dep("75000", "RON", "ACC-8241")],
    why="în ACC = deposit to account",
)
L(
    "ro",
    "RO",
    "Crina Lupu telefon pe 5 martie la 7 seara, intrebari despre testament",
    REC,
    "K-1827",
    "phone",
    on(3, 5),
    "19:00",
    nc=["testament"],
    ne=["5 martie"],
    why="seara makes 7 a pm hour",
)
L(
    "ro",
    "RO",
    "Costin Barbu apel ieri la 25:30, de revazut alocarea",
    AU,
    "K-1823",
    why="25:30 is not a time",
)
L(
    "ro",
    "RO",
    "Mircea Dobre intalnire azi, daca vinde apartamentul depune 200.000 EUR",
    REC,
    "K-1821",
    "in_person",
    T,
    None,
    nc=["apartamentul"],
    why="conditional (daca)",
)
L(
    "ro",
    "RO",
    "Octavian Lupu scrisoare ieri cu extrasele pe 2027",
    REC,
    "K-1825",
    "mail",
    Y,
    None,
    nc=["extrasele"],
    ne=["ieri"],
    why="2027 is a year",
)
L(
    "ro",
    "RO",
    "Sorina Paun zoom sambata, onboarding incheiat, profil moderat",
    REC,
    "K-1824",
    "video",
    past("sat"),
    None,
    nc=["onboarding"],
    ne=["sambata"],
    why="bare sambata = last Saturday",
)
L(
    "ro",
    "RO",
    "Ileana Dobre intalnire azi la 12:30, 2 copii, 61 de ani, tel 0722 118 903",
    REC,
    "K-1822",
    "in_person",
    T,
    "12:30",
    nc=["copii"],
    why="counts, age, phone",
)
L(
    "ro",
    "RO",
    "Costin Barbu telefon aseara despre fondurile de pensii, revin vineri",
    REC,
    "K-1823",
    "phone",
    Y,
    None,
    fu=nxt("fri"),
    nc=["fondurile"],
    ne=["aseara"],
    why="aseara = yesterday evening; revin -> next Friday",
)
L(
    "ro",
    "RO",
    "Crina Lupu zoom azi, a depus 30.000 lei, contribuabil din Chisinau",
    REC,
    "K-1827",
    "video",
    T,
    None,
    [dep("30000", "RON")],
    nc=["Chisinau"],
    why="Moldovan touch",
)
L(
    "ro",
    "RO",
    "Octavian Lupu telefon azi, comision mandat 1% pe an",
    REC,
    "K-1825",
    "phone",
    T,
    None,
    nc=["1%"],
    why="percentage mandate fee is no claim",
)
L(
    "ro",
    "RO",
    "Mircea Dobre zoom alaltaieri, a depus 500.000 lei in contul ACC-8211 si 100.000 EUR in ACC-8212",
    REC,
    "K-1821",
    "video",
    DBY,
    None,
    [dep("500000", "RON", "ACC-8211"), dep("100000", "EUR", "ACC-8212")],
    ne=["alaltaieri"],
    why="two deposits to two accounts",
)
L(
    "ro",
    "RO",
    "Sorina Paun mail ieri, plangere: transferul SEPA a intarziat 3 zile",
    REC,
    "K-1824",
    "email",
    Y,
    None,
    nc=["SEPA"],
    ne=["ieri"],
    why="complaint",
)

# ================= ms: Kuala Lumpur rep (local 19:20) =================
L(
    "ms",
    "MS",
    "Lim Boon Keat jumpa di pejabat semalam pukul 3 petang, bincang pelan pusaka",
    REC,
    "K-1831",
    "in_person",
    Y,
    "15:00",
    nc=["pusaka"],
    ne=["semalam"],
    why="petang makes 3 pm",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling telefon pagi tadi, tanya pasal cukai dividen",
    REC,
    "K-1832",
    "phone",
    T,
    None,
    nc=["cukai"],
    ne=["pagi tadi"],
    why="part of day",
)
L(
    "ms",
    "MS",
    "Nurul Huda zoom hari Isnin pukul 10 pagi, imbang semula portfolio",
    REC,
    "K-1833",
    "video",
    past("mon"),
    "10:00",
    nc=["imbang semula"],
    ne=["Isnin"],
    why="rebalancing",
)
L(
    "ms",
    "MS",
    "Faizal bin Osman emel hari ini, hantar salinan IC untuk KYC",
    REC,
    "K-1834",
    "email",
    T,
    None,
    nc=["KYC"],
    why="KYC paperwork",
)
L(
    "ms",
    "MS",
    "Bunga binti Yusof makan tengah hari Jumaat, bincang ASB dan Tabung Haji",
    REC,
    "K-1835",
    "in_person",
    past("fri"),
    None,
    nc=["Tabung Haji"],
    ne=["Jumaat"],
    why="first name Bunga is a word",
)
L(
    "ms",
    "MS",
    "Tan Wei Jie surat dihantar semalam, penyata tahunan",
    REC,
    "K-1837",
    "mail",
    Y,
    None,
    nc=["penyata"],
    ne=["semalam"],
    why="surat = mail",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat telefon hari ini, janji 1 juta",
    AU,
    "K-1831",
    why="MYR and SGD accounts, no currency",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat jumpa Selasa, masukkan SGD 400k ke akaun ACC-8312",
    REC,
    "K-1831",
    "in_person",
    past("tue"),
    None,
    [dep("400000", "SGD", "ACC-8312")],
    ne=["Selasa"],
    why="masukkan = deposit",
)
L(
    "ms",
    "MS",
    "Nurul Huda telefon pukul 11 pagi tadi, masukkan RM 250 ribu",
    REC,
    "K-1833",
    "phone",
    T,
    "11:00",
    [dep("250000", "MYR")],
    why="ribu = thousand",
)
L("ms", "MS", "keluarga Lim makan malam semalam di Bangsar", AC, why="household")
L(
    "ms",
    "MS",
    "Lim Mei Ling telefon hari ini pasal yuran jagaan",
    REC,
    "K-1832",
    "phone",
    T,
    None,
    nc=["yuran jagaan"],
    why="full name is unique",
)
L(
    "ms",
    "MS",
    "Azlan bin Hamid jumpa semalam, prospek, AUM RM 20 juta",
    NC,
    "K-1836",
    why="covered by nobody",
)
L(
    "ms",
    "MS",
    "Nurul binti Yusof emel semalam",
    AC,
    why="unknown person: Nurul Huda's first name, Bunga's patronymic",
)
L(
    "ms",
    "MS",
    "Faizal bincang semalam pasal insurans hayat",
    ACH,
    "K-1834",
    why="bincang gives no channel",
)
L(
    "ms",
    "MS",
    "Bunga jumpa hujung minggu, minat unit amanah",
    AU,
    "K-1835",
    why="hujung minggu names two days",
)
L(
    "ms",
    "MS",
    "Faizal Osman pindahkan RM 500k semalam, telefon",
    AU,
    "K-1834",
    why="pindahkan with no direction",
)
L(
    "ms",
    "MS",
    "Tan Wei Jie zoom hari ini pukul 4 petang, dia masukkan SGD 300k dan janji SGD 200k lagi",
    REC,
    "K-1837",
    "video",
    T,
    "16:00",
    [dep("300000", "SGD"), plg("200000", "SGD")],
    why="two outcomes",
)
L(
    "ms",
    "MS",
    "Bunga binti Yusof kelmarin jumpa di Mont Kiara",
    AU,
    "K-1835",
    why="kelmarin is ambiguous",
)
L(
    "ms",
    "MS",
    "Faizal bin Osman telefon hari ini pukul 2 petang, mandat dimenangi untuk IPO, yuran RM 1.5 juta",
    REC,
    "K-1834",
    "phone",
    T,
    "14:00",
    [man("1500000", "MYR")],
    nc=["IPO"],
    why="mandate fee",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling jumpa Khamis, simpanan tetap RM 300k diperbaharui",
    REC,
    "K-1832",
    "in_person",
    past("thu"),
    None,
    nc=["simpanan tetap"],
    ne=["Khamis"],
    why="fixed deposit never a claim",
)
L(
    "ms",
    "MS",
    "Nurul Huda emel hari ini, dia tak jadi masukkan RM 100k",
    REC,
    "K-1833",
    "email",
    T,
    None,
    nc=["tak jadi"],
    why="negated deposit",
)
L(
    "ms",
    "MS",
    "Bunga binti Yusof telefon semalam, tanya kadar bunga FD",
    REC,
    "K-1835",
    "phone",
    Y,
    None,
    nc=["kadar"],
    ne=["semalam"],
    why="name Bunga vs bunga (interest); FD no claim",
)
L("ms", "MS", "adik Faizal bin Osman telefon pagi tadi", AC, why="a relative")
L(
    "ms",
    "MS",
    "Tan Wei Jie jumpa semalam pukul 9 malam, mandat pengurusan portfolio budi bicara",
    REC,
    "K-1837",
    "in_person",
    Y,
    "21:00",
    nc=["budi bicara"],
    ne=["semalam"],
    why="9 malam = 21:00; discretionary mandate",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling zoom hari ini pukul 5 petang, masukkan RM 80,000 ke akaun ACC-8321",
    REC,
    "K-1832",
    "video",
    T,
    "17:00",
    [dep("80000", "MYR", "ACC-8321")],
    why="comma thousands",
)
L(
    "ms",
    "MS",
    "Nurul Huda jumpa hari Ahad, 3 anak, umur 47",
    REC,
    "K-1833",
    "in_person",
    past("sun"),
    None,
    nc=["anak"],
    ne=["Ahad"],
    why="counts and age",
)
L(
    "ms",
    "MS",
    "Faizal bin Osman emel 30/2 pasal borang cukai",
    AU,
    "K-1834",
    why="30 February does not exist",
)
L(
    "ms",
    "MS",
    "Bunga binti Yusof telefon hari ini, kalau bonus masuk dia masukkan RM 200k",
    REC,
    "K-1835",
    "phone",
    T,
    None,
    nc=["kalau bonus"],
    why="conditional",
)
L(
    "ms",
    "MS",
    "Tan Wei Jie surat Isnin, aduan pasal caj pengurusan",
    REC,
    "K-1837",
    "mail",
    past("mon"),
    None,
    nc=["aduan"],
    ne=["Isnin"],
    why="complaint by letter",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat telefon hari ini pukul 6 petang pasal amanah keluarga, susulan Jumaat",
    REC,
    "K-1831",
    "phone",
    T,
    "18:00",
    fu=nxt("fri"),
    nc=["amanah"],
    why="susulan -> next Friday",
)
L(
    "ms",
    "MS",
    "Nurul Huda binti Rahman zoom 1/3, onboarding selesai",
    REC,
    "K-1833",
    "video",
    on(3, 1),
    None,
    nc=["onboarding"],
    ne=["1/3"],
    why="d/m",
)
L(
    "ms",
    "MS",
    "Faizal bin Osman makan tengah hari Rabu, tak puas hati dengan yuran",
    REC,
    "K-1834",
    "in_person",
    past("wed"),
    None,
    nc=["yuran"],
    ne=["Rabu"],
    why="today's weekday alone = a week ago",
)
L(
    "ms",
    "MS",
    "Lim Mei Ling emel semalam, yuran mandat 0.5% sahaja",
    REC,
    "K-1832",
    "email",
    Y,
    None,
    nc=["0.5%"],
    ne=["semalam"],
    why="percentage fee",
)
L(
    "ms",
    "MS",
    "Bunga binti Yusof jumpa pukul 10 pagi tadi, janji RM 1.2 juta",
    REC,
    "K-1835",
    "in_person",
    T,
    "10:00",
    [plg("1200000", "MYR")],
    why="janji = pledge",
)
L(
    "ms",
    "MS",
    "Tan Wei Jie telefon pukul 8 semalam pasal dana pendidikan",
    REC,
    "K-1837",
    "phone",
    Y,
    "08:00",
    nc=["dana pendidikan"],
    ne=["semalam"],
    why="pukul 8 read as typed",
)
L(
    "ms",
    "MS",
    "Lim Boon Keat emel hari ini, masukkan RM 600k ke ACC-8311 dan janji SGD 100k",
    REC,
    "K-1831",
    "email",
    T,
    None,
    [dep("600000", "MYR", "ACC-8311"), plg("100000", "SGD")],
    why="two outcomes, two currencies",
)

# ================= hi: Kolkata rep (local 16:50), Devanagari and Hinglish =================
L(
    "hi",
    "HI",
    "Anil Mehrotra से कल ऑफिस में मुलाकात, वसीयत और ट्रस्ट पर बात",
    REC,
    "K-1841",
    "in_person",
    Y,
    None,
    nc=["वसीयत"],
    ne=["कल"],
    why="कल = yesterday in a log",
)
L(
    "hi",
    "HI",
    "Sunita Mehrotra ko aaj subah phone kiya, capital gains tax ke baare mein",
    REC,
    "K-1842",
    "phone",
    T,
    None,
    nc=["capital gains"],
    ne=["aaj subah"],
    why="part of day",
)
L(
    "hi",
    "HI",
    "Guru Saxena ke saath somvaar ko video call 11 baje, portfolio rebalancing",
    REC,
    "K-1843",
    "video",
    past("mon"),
    "11:00",
    nc=["rebalancing"],
    ne=["somvaar"],
    why="11 baje read as typed; first name Guru vs guruvaar",
)
L(
    "hi",
    "HI",
    "Pooja Agarwal ne email kiya aaj, PAN aur Aadhaar ki copy KYC ke liye",
    REC,
    "K-1844",
    "email",
    T,
    None,
    nc=["KYC"],
    why="KYC paperwork",
)
L(
    "hi",
    "HI",
    "Vikas Jain से शुक्रवार को लंच, बेटी की शादी की प्लानिंग",
    REC,
    "K-1845",
    "in_person",
    past("fri"),
    None,
    nc=["शादी"],
    ne=["शुक्रवार"],
    why="लंच = in person",
)
L(
    "hi",
    "HI",
    "Neeraj Bhatia ko chitthi bheji aaj, Form 16 aur 26AS",
    REC,
    "K-1847",
    "mail",
    T,
    None,
    nc=["26AS"],
    why="chitthi = letter; Form 16 not an amount",
)
L(
    "hi",
    "HI",
    "Sunita Mehrotra video call aaj, 50 lakh commit kiye",
    AU,
    "K-1842",
    why="INR and USD accounts; lakh is not a currency",
)
L(
    "hi",
    "HI",
    "Sunita Mehrotra से कल फ़ोन पर बात, $200k ACC-8422 में जमा किए",
    REC,
    "K-1842",
    "phone",
    Y,
    None,
    [dep("200000", "USD", "ACC-8422")],
    ne=["कल"],
    why="account USD",
)
L(
    "hi",
    "HI",
    "Guru Saxena ji se meeting aaj dopahar 2 baje, 25 lakh jama kiye",
    REC,
    "K-1843",
    "in_person",
    T,
    "14:00",
    [dep("2500000", "INR")],
    why="dopahar makes 2 pm; ji is a title",
)
L("hi", "HI", "Mehrotra parivaar ke saath dinner kal", AC, why="household")
L(
    "hi",
    "HI",
    "Rakesh Agarwal se kal mulaqat hui, prospect, 8 crore AUM",
    NC,
    "K-1846",
    why="covered by nobody",
)
L(
    "hi",
    "HI",
    "Pooja से आज फ़ोन पर बात, SIP बढ़ानी है",
    AC,
    why="Pooja Agarwal and Pooja Nair share the first name",
)
L(
    "hi",
    "HI",
    "Vikas Jain se kal baat hui, term plan ke baare mein",
    ACH,
    "K-1845",
    why="baat hui gives no channel",
)
L(
    "hi",
    "HI",
    "Neeraj Bhatia ne 10 lakh transfer kiye kal, phone pe bataya",
    AU,
    "K-1847",
    why="transfer with no direction",
)
L(
    "hi",
    "HI",
    "Guru Saxena गुरुवार को वीडियो कॉल, ₹1.5 करोड़ जमा और 50 लाख का वादा",
    REC,
    "K-1843",
    "video",
    past("thu"),
    None,
    [dep("15000000", "INR"), plg("5000000", "INR")],
    ne=["गुरुवार"],
    why="two outcomes; crore/lakh",
)
L(
    "hi",
    "HI",
    "Pooja Agarwal ka call aaya aaj 3 baje",
    AU,
    "K-1844",
    why="3 baje: either half, both past at 16:50",
)
L(
    "hi",
    "HI",
    "Vikas Jain ke saath meeting kal 4 baje shaam, mandate mil gaya, fee 75 lakh",
    REC,
    "K-1845",
    "in_person",
    Y,
    "16:00",
    [man("7500000", "INR")],
    ne=["4 baje shaam"],
    why="shaam makes 4 pm; mandate fee",
)
L(
    "hi",
    "HI",
    "Neeraj Bhatia kal mile, FD 40 lakh renew karwayi",
    REC,
    "K-1847",
    "in_person",
    Y,
    None,
    nc=["FD"],
    why="mile = met; FD never a claim",
)
L(
    "hi",
    "HI",
    "Anil Mehrotra ne abhi tak paisa jama nahi kiya, phone kiya aaj",
    REC,
    "K-1841",
    "phone",
    T,
    None,
    nc=["abhi tak"],
    why="negated deposit",
)
L(
    "hi",
    "HI",
    "Pooja Agarwal से बुधवार को फ़ोन पर शिकायत, चार्जेज़ ज़्यादा",
    REC,
    "K-1844",
    "phone",
    past("wed"),
    None,
    nc=["शिकायत"],
    ne=["बुधवार"],
    why="today's weekday alone = a week ago",
)
L(
    "hi",
    "HI",
    "Guru Saxena ne discretionary PMS mandate sign kiya, meeting kal",
    REC,
    "K-1843",
    "in_person",
    Y,
    None,
    nc=["PMS"],
    why="discretionary mandate never a claim",
)
L(
    "hi",
    "HI",
    "Vikas Jain ka phone aaj 11:30 baje, 5,00,000 ACC-8451 में जमा",
    REC,
    "K-1845",
    "phone",
    T,
    "11:30",
    [dep("500000", "INR", "ACC-8451")],
    why="Indian digit grouping",
)
L(
    "hi",
    "HI",
    "Neeraj Bhatia se video call ravivaar ko, 2 bachche, umar 39",
    REC,
    "K-1847",
    "video",
    past("sun"),
    None,
    nc=["bachche"],
    ne=["ravivaar"],
    why="counts and age",
)
L(
    "hi",
    "HI",
    "Anil Mehrotra से आज मुलाकात, अगर प्रॉपर्टी बिकी तो 1 करोड़ जमा करेंगे",
    REC,
    "K-1841",
    "in_person",
    T,
    None,
    nc=["प्रॉपर्टी"],
    why="conditional (अगर)",
)
L(
    "hi",
    "HI",
    "Pooja Agarwal ko letter bheja kal, complaint ka jawab",
    REC,
    "K-1844",
    "mail",
    Y,
    None,
    nc=["complaint"],
    why="letter = mail",
)
L(
    "hi",
    "HI",
    "Guru Saxena se phone pe baat aaj, SIP badhane ke liye, follow up guruvaar",
    REC,
    "K-1843",
    "phone",
    T,
    None,
    fu=nxt("thu"),
    nc=["SIP"],
    why="phone pe = phone; follow-up Thursday ahead",
)
L(
    "hi",
    "HI",
    "Meenakshi Iyer video call aaj 10 baje, onboarding complete",
    REC,
    "K-1874",
    "video",
    T,
    "10:00",
    nc=["onboarding"],
    why="secondary coverage",
)
L(
    "hi",
    "HI",
    "Vikas Jain मंगलवार को मुलाकात, mandate fee sirf 1%",
    REC,
    "K-1845",
    "in_person",
    past("tue"),
    None,
    nc=["1%"],
    ne=["मंगलवार"],
    why="percentage fee",
)
L(
    "hi",
    "HI",
    "Sunita Mehrotra ka email aaj, ₹20 लाख जमा aur USD 100k ka vaada",
    REC,
    "K-1842",
    "email",
    T,
    None,
    [dep("2000000", "INR"), plg("100000", "USD")],
    why="two outcomes, two currencies",
)
L(
    "hi",
    "HI",
    "Neeraj Bhatia ke saath coffee aaj shaam 4 baje, 30 lakh ka vaada",
    REC,
    "K-1847",
    "in_person",
    T,
    "16:00",
    [plg("3000000", "INR")],
    why="shaam 4 baje = 16:00",
)
L(
    "hi",
    "HI",
    "Pooja Nair se aaj phone pe baat, NRI account",
    NC,
    "K-1875",
    why="covered by the Bangalore rep only",
)
L(
    "hi",
    "HI",
    "Anil Mehrotra 6 मार्च को ईमेल, 12 लाख ACC-8411 में आए",
    REC,
    "K-1841",
    "email",
    on(3, 6),
    None,
    [dep("1200000", "INR", "ACC-8411")],
    ne=["6 मार्च"],
    why="... में आए = deposit",
)
L(
    "hi",
    "HI",
    "Anil Mehrotra ke saath lunch parson, HUF ke tax ke baare mein",
    REC,
    "K-1841",
    "in_person",
    DBY,
    None,
    nc=["HUF"],
    ne=["parson"],
    why="parson in a log = day before yesterday",
)
L(
    "hi",
    "HI",
    "Sunita Mehrotra se zoom kal raat 9 baje, beti ke US college fund ke liye 529 plan",
    REC,
    "K-1842",
    "video",
    Y,
    "21:00",
    nc=["529"],
    ne=["raat 9 baje"],
    why="raat makes 9 pm; 529 no claim",
)
L(
    "hi",
    "HI",
    "Guru Saxena का पत्र आज मिला, नॉमिनी बदलना है",
    REC,
    "K-1843",
    "mail",
    T,
    None,
    nc=["नॉमिनी"],
    why="पत्र = letter",
)
L(
    "hi",
    "HI",
    "Neeraj Bhatia se Teams call aaj 12 baje, rebalancing: debt 40% se 30%",
    REC,
    "K-1847",
    "video",
    T,
    "12:00",
    nc=["debt"],
    why="percentages",
)

# ================= en: London rep (local 11:20) =================
L(
    "en",
    "GB",
    "Hugo Ashworth coffee at the Wolseley yesterday, IHT planning for the farm",
    REC,
    "K-1851",
    "in_person",
    Y,
    None,
    nc=["IHT"],
    ne=["yesterday"],
    why="coffee = in person",
)
L(
    "en",
    "GB",
    "Felicity Ashworth phoned at half nine, query on her ISA allowance",
    REC,
    "K-1852",
    "phone",
    T,
    "09:30",
    nc=["ISA"],
    ne=["half nine"],
    why="half nine = 09:30; pm reading is in the future",
)
L(
    "en",
    "GB",
    "Miles Penrose Teams call Mon 2pm, rebalance towards gilts",
    REC,
    "K-1853",
    "video",
    past("mon"),
    "14:00",
    nc=["gilts"],
    ne=["Mon", "2pm"],
    why="first name Miles is a word",
)
L(
    "en",
    "GB",
    "Rosalind Chowdhury email this morning w/ passport scan + proof of address for KYC",
    REC,
    "K-1855",
    "email",
    T,
    None,
    nc=["KYC"],
    ne=["this morning"],
    why="onboarding",
)
L(
    "en",
    "GB",
    "Felicity Ashworth lunch yesterday, pledged 400k",
    AU,
    "K-1852",
    why="GBP and EUR accounts, no currency",
)
L(
    "en",
    "GB",
    "Felicity Ashworth video call Fri 10.15, wired €600k into ACC-8522",
    REC,
    "K-1852",
    "video",
    past("fri"),
    "10:15",
    [dep("600000", "EUR", "ACC-8522")],
    ne=["Fri", "10.15"],
    why="dotted time; account EUR",
)
L(
    "en",
    "GB",
    "the Ashworths – dinner Sat, grandchildren's trusts",
    AC,
    why="household of three, one uncovered",
)
L(
    "en",
    "GB",
    "Jasper Ashworth rang this morning re his SIPP",
    NC,
    "K-1856",
    why="covered by nobody",
)
L(
    "en",
    "GB",
    "Priya Chowdhury spoke yesterday about her bonus",
    ACH,
    "K-1857",
    why="spoke gives no channel",
)
L(
    "en",
    "GB",
    "Miles Penrose coffee at 8 today, deposited £250k",
    REC,
    "K-1853",
    "in_person",
    T,
    "08:00",
    [dep("250000", "GBP")],
    why="at 8: pm reading is future, read as typed",
)
L(
    "en",
    "GB",
    "Hugo Ashworth phone Monday, 12-month fixed deposit £300k rolled",
    REC,
    "K-1851",
    "phone",
    past("mon"),
    None,
    nc=["fixed deposit"],
    ne=["Monday"],
    why="fixed deposit never a claim",
)
L(
    "en",
    "GB",
    "Priya Chowdhury meeting 9:45 this morning, won the mandate on the MBO, fee £150k",
    REC,
    "K-1857",
    "in_person",
    T,
    "09:45",
    [man("150000", "GBP")],
    nc=["MBO"],
    ne=["9:45"],
    why="explicit time beats part of day",
)
L(
    "en",
    "GB",
    "Hugo Lemaire video yesterday, pledged €2m for the Brussels flat purchase",
    REC,
    "K-1854",
    "video",
    Y,
    None,
    [plg("2000000", "EUR")],
    nc=["Brussels"],
    ne=["yesterday"],
    why="Hugo Lemaire is unique as a full name",
)
L(
    "en",
    "GB",
    "Rosalind Chowdhury letter sent today with the IHT400 forms",
    REC,
    "K-1855",
    "mail",
    T,
    None,
    nc=["IHT400"],
    why="letter = mail; form number",
)
L(
    "en",
    "GB",
    "Felicity Ashworth Teams 7 March, complaint re platform fees, chase Fri",
    REC,
    "K-1852",
    "video",
    on(3, 7),
    None,
    fu=nxt("fri"),
    nc=["platform fees"],
    ne=["7 March"],
    why="chase = follow-up word",
)
L(
    "en",
    "GB",
    "Miles Penrose rang, lost the mandate to Coutts, no fee",
    REC,
    "K-1853",
    "phone",
    T,
    None,
    nc=["Coutts"],
    why="lost mandate never a claim",
)

# ================= en: Chicago rep (local Wed 05:20, CST) =================
L(
    "en",
    "US",
    "Brandon Kowalczyk mtg yest 4pm re 529 for the twins, pledged 300k",
    REC,
    "K-1861",
    "in_person",
    Y,
    "16:00",
    [plg("300000", "USD")],
    nc=["529"],
    ne=["yest", "4pm"],
    why="529 is a plan name",
)
L(
    "en",
    "US",
    "Summer Kowalczyk called last night, wants to roll her 403(b) into an IRA",
    REC,
    "K-1862",
    "phone",
    Y,
    None,
    nc=["403(b)"],
    ne=["last night"],
    why="first name Summer is a word",
)
L(
    "en",
    "US",
    "Chase Whitfield zoom Mon 11am, wired 500k in",
    AU,
    "K-1863",
    why="USD and CAD accounts, no currency",
)
L(
    "en",
    "US",
    "Chase Whitfield teams call 3/6 2:30pm, deposited CAD 750k into ACC-8632, chase docs Fri",
    REC,
    "K-1863",
    "video",
    on(3, 6),
    "14:30",
    [dep("750000", "CAD", "ACC-8632")],
    nxt("fri"),
    ne=["3/6", "2:30pm"],
    why="US m/d; first name Chase vs the follow-up word",
)
L(
    "en",
    "US",
    "Dolores Huang email 3/7, complaint about the wire delay",
    REC,
    "K-1864",
    "email",
    on(3, 7),
    None,
    nc=["wire delay"],
    ne=["3/7"],
    why="m/d",
)
L(
    "en",
    "US",
    "Bill Okonkwo lunch Fri, went over the bill from the estate attorney",
    REC,
    "K-1865",
    "in_person",
    past("fri"),
    None,
    nc=["estate attorney"],
    ne=["Fri"],
    why="first name Bill is a word",
)
L(
    "en",
    "US",
    "Garrett Lindahl coffee yest, intro via his CPA, ~6m AUM",
    NC,
    "K-1866",
    why="covered by nobody",
)
L(
    "en",
    "US",
    "Summer Huang email re beneficiary forms",
    AC,
    why="unknown person: Summer Kowalczyk's first name, Dolores Huang's surname",
)
L(
    "en",
    "US",
    "Bill Okonkwo call this am at 5:05, deposited $1.2M and committed another 2M by year end",
    REC,
    "K-1865",
    "phone",
    T,
    "05:05",
    [dep("1200000", "USD"), plg("2000000", "USD")],
    ne=["5:05"],
    why="two outcomes; 05:05 is before Chicago's 05:20",
)
L(
    "en",
    "US",
    "Brandon Kowalczyk call yesterday at 7",
    AU,
    "K-1861",
    why="bare hour, 07:00 and 19:00 both past",
)
L(
    "en",
    "US",
    "Dolores Huang video 3/2, won the mandate on the IPO, fee $400k",
    REC,
    "K-1864",
    "video",
    on(3, 2),
    None,
    [man("400000", "USD")],
    nc=["IPO"],
    ne=["3/2"],
    why="mandate fee",
)
L(
    "en",
    "US",
    "Summer Kowalczyk mtg Tue, if the house sells she'll fund 250k",
    REC,
    "K-1862",
    "in_person",
    past("tue"),
    None,
    nc=["house sells"],
    ne=["Tue"],
    why="conditional",
)
L(
    "en",
    "US",
    "Daniel Ferreira phone last Tues re RMDs",
    AU,
    "K-1867",
    why="last <yesterday's weekday> is ambiguous",
)
L(
    "en",
    "US",
    "Daniel Ferreira letter mailed Monday w/ signed trust docs + K-1s",
    REC,
    "K-1867",
    "mail",
    past("mon"),
    None,
    nc=["K-1"],
    ne=["Monday"],
    why="mailed letter",
)
L(
    "en",
    "US",
    "Dolores Huang phone yest 6:40pm, rebalanced out of S&P 500 index into munis",
    REC,
    "K-1864",
    "phone",
    Y,
    "18:40",
    nc=["munis"],
    ne=["6:40pm"],
    why="S&P 500 not an amount",
)

# ================= en: Bangalore rep (local 16:50) =================
L(
    "en",
    "IN",
    "Karthik Subramaniam meeting at Koramangala office yesterday 11am, will + succession for the startup shares",
    REC,
    "K-1871",
    "in_person",
    Y,
    "11:00",
    nc=["succession"],
    ne=["yesterday", "11am"],
    why="meeting = in person",
)
L(
    "en",
    "IN",
    "Lakshmi Subramaniam call today morning, NRO repatriation query",
    REC,
    "K-1872",
    "phone",
    T,
    None,
    nc=["NRO"],
    ne=["today morning"],
    why="Indian English 'today morning'",
)
L(
    "en",
    "IN",
    "Lakshmi Subramaniam zoom today, committed 40 lakh",
    AU,
    "K-1872",
    why="INR and USD accounts; lakh is not a currency",
)
L(
    "en",
    "IN",
    "Lakshmi Subramaniam video call Monday, USD 150k deposited into ACC-8722",
    REC,
    "K-1872",
    "video",
    past("mon"),
    None,
    [dep("150000", "USD", "ACC-8722")],
    ne=["Monday"],
    why="account USD",
)
L(
    "en",
    "IN",
    "Rohan Deshpande email today, sent PAN + Aadhaar for KYC, onboarding pending",
    REC,
    "K-1873",
    "email",
    T,
    None,
    nc=["KYC"],
    why="onboarding",
)
L(
    "en",
    "IN",
    "Meenakshi Iyer lunch at MTR Thursday, ELSS vs 80C options",
    REC,
    "K-1874",
    "in_person",
    past("thu"),
    None,
    nc=["80C"],
    ne=["Thursday"],
    why="80C not an amount",
)
L(
    "en",
    "IN",
    "Vikas Reddy phone yesterday, prospect from Hyderabad",
    NC,
    "K-1876",
    why="covered by nobody",
)
L(
    "en",
    "IN",
    "Rohan Iyer call today regarding PMS",
    AC,
    why="unknown person: Rohan Deshpande's first name, Meenakshi Iyer's surname",
)
L(
    "en",
    "IN",
    "Karthik Subramaniam call at 3 today",
    AU,
    "K-1871",
    why="bare hour, 03:00 and 15:00 both past",
)
L(
    "en",
    "IN",
    "Rohan Deshpande meeting today 2:15 pm, deposited Rs 25 lakh and pledged ₹1 crore more",
    REC,
    "K-1873",
    "in_person",
    T,
    "14:15",
    [dep("2500000", "INR"), plg("10000000", "INR")],
    ne=["2:15 pm"],
    why="two outcomes",
)
L(
    "en",
    "IN",
    "Karthik Subramaniam teams call yesterday evening, fixed deposit of 50 lakh renewed",
    REC,
    "K-1871",
    "video",
    Y,
    None,
    nc=["fixed deposit"],
    ne=["yesterday evening"],
    why="FD never a claim",
)
L(
    "en",
    "IN",
    "Pooja Nair coffee today 10:30, won the mandate for the family office, fee ₹60 lakh #diwali-soiree",
    REC,
    "K-1875",
    "in_person",
    T,
    "10:30",
    [man("6000000", "INR")],
    init="diwali-soiree",
    why="mandate fee; initiative tag",
)
L(
    "en",
    "IN",
    "Meenakshi Iyer called on 4/3, wants to redeem the 2027 SGB tranche",
    REC,
    "K-1874",
    "phone",
    on(3, 4),
    None,
    nc=["SGB"],
    ne=["4/3"],
    why="en-IN is d/m: 4 March",
)
L(
    "en",
    "IN",
    "Rohan Deshpande zoom yesterday, only 30 lakh AUM with us, no fresh money",
    REC,
    "K-1873",
    "video",
    Y,
    None,
    nc=["no fresh money"],
    ne=["yesterday"],
    why="AUM is never a claim",
)

# ================= mixed: rep's language with English =================
L(
    "mixed",
    "BE",
    "Call avec Thibault Mertens yesterday 9am, mandate won, fee 200k€, relance next Monday",
    REC,
    "K-1805",
    "phone",
    Y,
    "09:00",
    [man("200000", "EUR")],
    nxt("mon"),
    ne=["yesterday", "9am"],
    why="fr/en",
)
L(
    "mixed",
    "BE",
    "Olivier Dewaele lunch today, il a pledged 500k EUR #zoute-golf",
    REC,
    "K-1801",
    "in_person",
    T,
    None,
    [plg("500000", "EUR")],
    init="zoute-golf",
    why="fr/en; initiative",
)
L(
    "mixed",
    "BE",
    "Constant Peeters meeting ce matin, deposit 300k CHF into ACC-8032",
    REC,
    "K-1803",
    "in_person",
    T,
    None,
    [dep("300000", "CHF", "ACC-8032")],
    ne=["ce matin"],
    why="account CHF",
)
L(
    "mixed",
    "BE",
    "Margaux Dewaele, spoke hier about the estate planning",
    ACH,
    "K-1802",
    why="spoke gives no channel",
)
L(
    "mixed",
    "BE",
    "Blanche Lemaire visio today 10h, she deposited 60k€",
    REC,
    "K-1804",
    "video",
    T,
    "10:00",
    [dep("60000", "EUR")],
    why="fr/en",
)
L(
    "mixed",
    "BE",
    "Amélie Peeters call ce weekend re the Knokke sale",
    AU,
    "K-1807",
    why="weekend word",
)
L(
    "mixed",
    "FI",
    "Mikael Lindqvist call igår kl 10, he pledged 2 MSEK",
    REC,
    "K-1811",
    "phone",
    Y,
    "10:00",
    [plg("2000000", "SEK")],
    ne=["igår"],
    why="MSEK gives SEK",
)
L(
    "mixed",
    "FI",
    "Sol Nyholm zoom today, deposit 100 000 €, följ upp fredag",
    REC,
    "K-1814",
    "video",
    T,
    None,
    [dep("100000", "EUR")],
    nxt("fri"),
    why="sv/en",
)
L(
    "mixed",
    "FI",
    "Kerstin Holm lunch yesterday, inga nya pengar, just rebalancing",
    REC,
    "K-1817",
    "in_person",
    Y,
    None,
    nc=["rebalancing"],
    ne=["yesterday"],
    why="no claim",
)
L("mixed", "FI", "Frida and Mikael Lindqvist call today", AC, why="two clients in one line")
L(
    "mixed",
    "FI",
    "Bo Granlund teams i måndags, mandate fee 50 000 €",
    REC,
    "K-1815",
    "video",
    past("mon"),
    None,
    [man("50000", "EUR")],
    ne=["måndags"],
    why="mandate fee",
)
L(
    "mixed",
    "RO",
    "Octavian Lupu call azi la 10, pledged 400k EUR, follow-up luni",
    REC,
    "K-1825",
    "phone",
    T,
    "10:00",
    [plg("400000", "EUR")],
    nxt("mon"),
    why="ro/en",
)
L(
    "mixed",
    "RO",
    "Ileana Dobre meeting ieri, a depus 200k lei, super",
    REC,
    "K-1822",
    "in_person",
    Y,
    None,
    [dep("200000", "RON")],
    ne=["ieri"],
    why="ro/en",
)
L(
    "mixed",
    "RO",
    "Costin Barbu zoom yesterday, NU a depus, still thinking",
    REC,
    "K-1823",
    "video",
    Y,
    None,
    nc=["still thinking"],
    ne=["yesterday"],
    why="negation",
)
L(
    "mixed",
    "RO",
    "Sorina Paun email azi, complaint about the fees, revin joi",
    REC,
    "K-1824",
    "email",
    T,
    None,
    fu=nxt("thu"),
    nc=["complaint"],
    why="revin -> next Thursday",
)
L(
    "mixed",
    "MS",
    "Lim Mei Ling call semalam, she deposited RM 500k into ACC-8321",
    REC,
    "K-1832",
    "phone",
    Y,
    None,
    [dep("500000", "MYR", "ACC-8321")],
    ne=["semalam"],
    why="ms/en",
)
L(
    "mixed",
    "MS",
    "Faizal Osman meeting hari ini 3pm, fixed deposit RM 1 juta, no new money",
    REC,
    "K-1834",
    "in_person",
    T,
    "15:00",
    nc=["fixed deposit"],
    why="fixed deposit never a claim",
)
L(
    "mixed",
    "MS",
    "Nurul Huda lunch today, she pledged RM 300k, follow up esok",
    REC,
    "K-1833",
    "in_person",
    T,
    None,
    [plg("300000", "MYR")],
    TOM,
    why="esok = tomorrow",
)
L(
    "mixed",
    "MS",
    "Lim Boon Keat call today, transfer masuk 200k",
    AU,
    "K-1831",
    why="money in, but MYR and SGD accounts with no currency",
)
L(
    "mixed",
    "MS",
    "Tan Wei Jie emel today, dia transfer SGD 150k ke ACC-8371",
    REC,
    "K-1837",
    "email",
    T,
    None,
    [dep("150000", "SGD", "ACC-8371")],
    why="transfer to our account = deposit",
)
L(
    "mixed",
    "HI",
    "Guru Saxena meeting yesterday 4pm, 20 lakh deposit kiye into ACC-8431",
    REC,
    "K-1843",
    "in_person",
    Y,
    "16:00",
    [dep("2000000", "INR", "ACC-8431")],
    ne=["yesterday", "4pm"],
    why="hi/en",
)
L(
    "mixed",
    "HI",
    "Sunita Mehrotra call kal, she pledged 1 crore INR, follow up Monday",
    REC,
    "K-1842",
    "phone",
    Y,
    None,
    [plg("10000000", "INR")],
    nxt("mon"),
    why="INR named on a two-currency client",
)
L("mixed", "HI", "Anil aur Sunita Mehrotra ke saath lunch today", AC, why="two clients")
L(
    "mixed",
    "HI",
    "Vikas Jain call today 11am, mandate fee 30 lakh, follow up 15 March",
    REC,
    "K-1845",
    "phone",
    T,
    "11:00",
    [man("3000000", "INR")],
    on(3, 15),
    ne=["11am"],
    why="mandate fee",
)
L(
    "mixed",
    "HI",
    "Neeraj Bhatia ka email aaya today, KYC docs pending, follow up Friday",
    REC,
    "K-1847",
    "email",
    T,
    None,
    fu=nxt("fri"),
    nc=["KYC"],
    why="follow-up Friday ahead",
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
    "INR": ["INR", "₹", "Rs"],
    "SGD": ["SGD"],
    "CHF": ["CHF"],
    "CAD": ["CAD"],
}
assert len({c["name"] for c in clients}) == len(clients)
assert len({c["external_id"] for c in clients}) == len(clients)
assert all(c["external_id"].startswith("K-18") for c in clients)
assert all(a["account"].startswith("ACC-8") for c in clients for a in c["accounts"])
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
        hh, mm = e["time"].split(":")
        assert len(hh) == 2 and 0 <= int(hh) < 24 and 0 <= int(mm) < 60, ln
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
        assert e["follow_up_on"] > e["day"], ln
    if e["initiative"]:
        assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
    else:
        assert "#" not in txt, ln
    for s in e["notes_contains"] + e["notes_excludes"]:
        assert s.lower() in txt.lower(), (s, ln)
    for s in e["notes_contains"]:  # no client name in notes_contains
        assert not any(
            w.lower() in s.lower().split()
            for cc in clients
            for w in cc["name"].split()
            if len(w) > 3 and w not in ("binti",)
        ), (s, ln)
ids = [x["id"] for x in lines]
assert len(set(ids)) == len(ids)
texts = [x["text"] for x in lines]
assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
byl = Counter(x["lang"] for x in lines)
if not PARTIAL:
    assert len(lines) == 250, len(lines)
    assert all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi")), byl
    assert byl["mixed"] >= 25, byl
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
byo = Counter(x["expect"]["outcome"] for x in lines)
asks = sum(v for k, v in byo.items() if k != "record")
money = sum(1 for x in lines if x["expect"]["claims"])
print(len(lines), "lines;", len(clients), "clients", "(partial)" if PARTIAL else "")
print("by language:", dict(byl))
print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / len(lines):.0f}%)")
print(f"records with claims: {money} ({100 * money / len(lines):.0f}%)")
print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))

"""Held-out reader corpus 22: builds and validates corpus.json. Edit this file, never the JSON."""

import datetime as dt
import json
import os
import sys
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

PARTIAL = "--partial" in sys.argv
NOW = "2028-11-06T18:50:00Z"
NOWDT = dt.datetime(2028, 11, 6, 18, 50, tzinfo=dt.UTC)
assert NOWDT.weekday() == 0  # Monday
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

R = {
    "FR": "U22FR0101",
    "SV": "U22SV0102",
    "RO": "U22RO0103",
    "MS": "U22MS0104",
    "HI": "U22HI0105",
    "GB": "U22GB0106",
    "US": "U22US0107",
    "IN": "U22IN0108",
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
        "slack_user_id": R["SV"],
        "name": "Ebba Lundgren",
        "timezone": "Europe/Stockholm",
        "locale": "sv-SE",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["RO"],
        "name": "Cristian Dobre",
        "timezone": "Europe/Bucharest",
        "locale": "ro-RO",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["MS"],
        "name": "Nurul Aina binti Hassan",
        "timezone": "Asia/Kuala_Lumpur",
        "locale": "ms-MY",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["HI"],
        "name": "Ankit Srivastava",
        "timezone": "Asia/Kolkata",
        "locale": "hi-IN",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["GB"],
        "name": "Fiona Ackroyd",
        "timezone": "Europe/London",
        "locale": "en-GB",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["US"],
        "name": "Cody Whitaker",
        "timezone": "America/Denver",
        "locale": "en-US",
        "roles": ["rep"],
    },
    {
        "slack_user_id": R["IN"],
        "name": "Sravani Reddy",
        "timezone": "Asia/Kolkata",
        "locale": "en-IN",
        "roles": ["rep"],
    },
]
TZ = {k: ZoneInfo(r["timezone"]) for k, r in zip(R, reps)}
LOCAL = {k: NOWDT.astimezone(TZ[k]) for k in R}
TODAY = {k: LOCAL[k].date() for k in R}
# US left DST on 5 Nov 2028 (Denver is UTC-7), Europe on 29 Oct (Paris UTC+1, Bucharest UTC+2)
assert LOCAL["US"].strftime("%H:%M") == "11:50" and LOCAL["FR"].strftime("%H:%M") == "19:50"
assert LOCAL["RO"].strftime("%H:%M") == "20:50" and LOCAL["GB"].strftime("%H:%M") == "18:50"
assert (
    str(TODAY["MS"]) == str(TODAY["HI"]) == "2028-11-07"
    and LOCAL["MS"].strftime("%H:%M") == "02:50"
)


def iso(d):
    return d.isoformat()


def T(rep):
    return iso(TODAY[rep])


def Y(rep, n=1):
    return iso(TODAY[rep] - dt.timedelta(n))


def past(rep, w):  # most recent such weekday strictly before today
    t = TODAY[rep]
    return next(
        iso(t - dt.timedelta(k)) for k in range(1, 8) if (t - dt.timedelta(k)).weekday() == WD[w]
    )


def nxt(rep, w):  # next such weekday strictly after today
    t = TODAY[rep]
    return next(
        iso(t + dt.timedelta(k)) for k in range(1, 8) if (t + dt.timedelta(k)).weekday() == WD[w]
    )


def on(m, dd, y=2028):
    return iso(dt.date(y, m, dd))


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
    # France (Marseille)
    C("K-2201", "Blaise Aubert", "Aubert", "UHNW", ["FR"], [("ACC-4101", "EUR")]),
    C("K-2202", "Rose Aubert", "Aubert", "HNW", ["FR"], [("ACC-4102", "EUR")]),
    C(
        "K-2203",
        "Hugo Marchetti",
        "Marchetti",
        "UHNW",
        ["FR"],
        [("ACC-4103", "EUR"), ("ACC-4104", "CHF")],
    ),
    C("K-2204", "Céline Barbier", "Barbier", "HNW", ["FR"], [("ACC-4105", "EUR")]),
    C(
        "K-2205",
        "Olivier Castaing",
        "Castaing",
        "corporate executive",
        ["FR"],
        [("ACC-4106", "EUR")],
    ),
    C("K-2206", "Mathis Ferrand", "Ferrand", "HNW", [], [("ACC-4107", "EUR")]),
    C("K-2207", "Jacqueline Terrier", "Terrier", "HNW", ["FR"], [("ACC-4108", "EUR")]),
    C("K-2208", "Lucie Peyron", "Peyron", "HNW", ["FR"], [("ACC-4109", "EUR")]),
    # Sweden (Västerås)
    C("K-2211", "Sune Nyberg", "Nyberg", "UHNW", ["SV"], [("ACC-4201", "SEK")]),
    C("K-2212", "Vera Nyberg", "Nyberg", "HNW", ["SV"], [("ACC-4202", "SEK")]),
    C(
        "K-2213",
        "Ture Ekdahl",
        "Ekdahl",
        "UHNW",
        ["SV"],
        [("ACC-4203", "SEK"), ("ACC-4204", "EUR")],
    ),
    C("K-2214", "Saga Wennström", "Wennström", "HNW", ["SV"], [("ACC-4205", "SEK")]),
    C("K-2215", "Bo Hedlund", "Hedlund (Bo)", "corporate executive", ["SV"], [("ACC-4206", "SEK")]),
    C("K-2216", "Ingvar Hedlund", "Hedlund (Ingvar)", "HNW", [], [("ACC-4207", "SEK")]),
    C("K-2217", "Klara Sandell", "Sandell", "UHNW", ["GB"], [("ACC-4208", "SEK")]),
    # Romania (Brașov)
    C("K-2221", "Radu Ionescu", "Ionescu", "UHNW", ["RO"], [("ACC-4301", "RON")]),
    C(
        "K-2222",
        "Ioana Ionescu",
        "Ionescu",
        "UHNW",
        ["RO"],
        [("ACC-4302", "RON"), ("ACC-4303", "EUR")],
    ),
    C("K-2223", "Mircea Vlad", "Vlad", "HNW", ["RO"], [("ACC-4304", "RON")]),
    C("K-2224", "Dorina Pop", "Pop", "HNW", ["RO"], [("ACC-4305", "RON")]),
    C("K-2225", "Petru Lungu", "Lungu", "corporate executive", ["RO"], [("ACC-4306", "EUR")]),
    C("K-2226", "Sabin Moraru", "Moraru", "HNW", [], [("ACC-4307", "RON")]),
    C("K-2227", "Vlad Enache", "Enache", "HNW", ["RO"], [("ACC-4308", "RON")]),
    # Malaysia (Ipoh)
    C("K-2231", "Lim Boon Keat", "Lim", "UHNW", ["MS"], [("ACC-4401", "MYR")]),
    C("K-2232", "Lim Mei Ling", "Lim", "UHNW", ["MS"], [("ACC-4402", "MYR"), ("ACC-4403", "SGD")]),
    C("K-2233", "Siti Mawar binti Othman", "Othman", "HNW", ["MS"], [("ACC-4404", "MYR")]),
    C("K-2234", "Azman bin Yusof", "Yusof", "corporate executive", ["MS"], [("ACC-4405", "MYR")]),
    C("K-2235", "Kavitha a/p Subramaniam", "Subramaniam", "HNW", ["MS"], [("ACC-4406", "MYR")]),
    C("K-2236", "Hafizah binti Rahim", "Rahim", "HNW", [], [("ACC-4407", "MYR")]),
    C("K-2237", "Bunga binti Ismail", "Ismail", "HNW", ["MS"], [("ACC-4408", "MYR")]),
    # India (Lucknow, Hindi)
    C("K-2241", "Alok Mishra", "Mishra", "UHNW", ["HI"], [("ACC-4501", "INR")]),
    C("K-2242", "Sudha Mishra", "Mishra", "UHNW", ["HI"], [("ACC-4502", "INR")]),
    C(
        "K-2243",
        "Vikram Saxena",
        "Saxena",
        "UHNW",
        ["HI"],
        [("ACC-4503", "INR"), ("ACC-4504", "USD")],
    ),
    C("K-2244", "Usha Tandon", "Tandon (Usha)", "HNW", ["HI"], [("ACC-4505", "INR")]),
    C(
        "K-2245",
        "Kamal Agnihotri",
        "Agnihotri",
        "corporate executive",
        ["HI"],
        [("ACC-4506", "INR")],
    ),
    C("K-2246", "Pooja Tandon", "Tandon (Pooja)", "HNW", [], [("ACC-4507", "INR")]),
    C("K-2247", "Shanti Bhatnagar", "Bhatnagar", "HNW", ["HI"], [("ACC-4508", "INR")]),
    # India (Hyderabad, English)
    C("K-2251", "Venkat Rao", "Rao", "UHNW", ["IN"], [("ACC-4601", "INR")]),
    C("K-2252", "Lakshmi Rao", "Rao", "HNW", ["IN"], [("ACC-4602", "INR")]),
    C("K-2253", "Arjun Naidu", "Naidu", "UHNW", ["IN"], [("ACC-4603", "INR"), ("ACC-4604", "USD")]),
    C("K-2254", "Kamal Varma", "Varma", "HNW", ["IN"], [("ACC-4605", "INR")]),
    C("K-2255", "Sunil Goud", "Goud", "corporate executive", ["HI", "IN"], [("ACC-4606", "INR")]),
    # United Kingdom (Leeds)
    C("K-2261", "Hollis Pickering", "Pickering", "UHNW", ["GB"], [("ACC-4701", "GBP")]),
    C(
        "K-2262",
        "Faith Pickering",
        "Pickering",
        "UHNW",
        ["GB"],
        [("ACC-4702", "GBP"), ("ACC-4703", "EUR")],
    ),
    C("K-2263", "Bernard Oldroyd", "Oldroyd (Bernard)", "HNW", ["GB"], [("ACC-4704", "GBP")]),
    C("K-2264", "Joy Halloran", "Halloran", "HNW", ["GB"], [("ACC-4705", "GBP")]),
    C(
        "K-2265",
        "Graham Sutcliffe",
        "Sutcliffe",
        "corporate executive",
        ["GB"],
        [("ACC-4706", "GBP")],
    ),
    C("K-2266", "Piers Oldroyd", "Oldroyd (Piers)", "HNW", [], [("ACC-4707", "GBP")]),
    # United States (Denver)
    C("K-2271", "Dale Brennan", "Brennan", "UHNW", ["US"], [("ACC-4801", "USD")]),
    C("K-2272", "Summer Brennan", "Brennan", "HNW", ["US"], [("ACC-4802", "USD")]),
    C(
        "K-2273",
        "Rich Alvarado",
        "Alvarado",
        "UHNW",
        ["US"],
        [("ACC-4803", "USD"), ("ACC-4804", "CAD")],
    ),
    C("K-2274", "Wade Kessler", "Kessler", "HNW", ["US"], [("ACC-4805", "USD")]),
    C(
        "K-2275",
        "Hunter Ostrowski",
        "Ostrowski",
        "corporate executive",
        ["US"],
        [("ACC-4806", "USD")],
    ),
    C("K-2276", "Brooke Lindahl", "Lindahl", "HNW", [], [("ACC-4807", "USD")]),
    C("K-2277", "Chase Moreno", "Moreno", "HNW", ["US"], [("ACC-4808", "USD")]),
    C("K-2278", "Grace Tull", "Tull", "HNW", ["US"], [("ACC-4809", "USD")]),
]
initiatives = [
    {"tag": "calanques-sail", "name": "Calanques sailing day"},
    {"tag": "vasaloppet", "name": "Vasaloppet hospitality"},
    {"tag": "peak-ski", "name": "Vail ski weekend"},
    {"tag": "diwali-gala", "name": "Diwali gala dinner"},
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
            "id": f"h22-{len(lines) + 1:03d}",
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


# ==== LINES ====
# ================= fr: Marseille rep (local Mon 19:50) =================
F = "FR"
L(
    "fr",
    F,
    "rdv Blaise Aubert ce matin 10h, point succession + PEA, RAS",
    REC,
    "K-2201",
    "in_person",
    T(F),
    "10:00",
    nc=["PEA"],
    ne=["ce matin", "10h"],
    why="explicit time beats the part of the day; PEA is a product name",
)
L(
    "fr",
    F,
    "appel Rose Aubert hier soir a 8h, elle a verse 250k€ sur ACC-4102",
    REC,
    "K-2202",
    "phone",
    Y(F),
    "20:00",
    [dep("250000", "EUR", "ACC-4102")],
    ne=["hier soir"],
    why="hier soir turns 8h into 20:00; verse without accent",
)
L(
    "fr",
    F,
    "Marchetti visio mardi dernier 14h30, revue allocation",
    REC,
    "K-2203",
    "video",
    past(F, "tue"),
    "14:30",
    nc=["revue allocation"],
    ne=["mardi dernier", "14h30"],
    why="surname unique in the firm",
)
L(
    "fr",
    F,
    "Hugo Marchetti dej auj, apport 400k",
    AU,
    "K-2203",
    why="EUR and CHF accounts, no currency",
)
L(
    "fr",
    F,
    "Hugo Marchetti tel ce matin 11h15, apport 300 000 CHF sur ACC-4104",
    REC,
    "K-2203",
    "phone",
    T(F),
    "11:15",
    [dep("300000", "CHF", "ACC-4104")],
    ne=["ce matin", "11h15"],
    why="apport = deposit, account named",
)
L(
    "fr",
    F,
    "mail de Céline Barbier, demande relevé IFI",
    REC,
    "K-2204",
    "email",
    T(F),
    None,
    nc=["IFI"],
    why="no day word = today",
)
L(
    "fr",
    F,
    "Celine Barbier rdv jeudi 16h, a promis 1,2 M€ pour janvier",
    REC,
    "K-2204",
    "in_person",
    past(F, "thu"),
    "16:00",
    [plg("1200000", "EUR")],
    ne=["jeudi", "16h"],
    why="missing accent on name; 1,2 M€",
)
L(
    "fr",
    F,
    "Olivier Castaing appel vendredi, mandat de gestion pilotée signé",
    REC,
    "K-2205",
    "phone",
    past(F, "fri"),
    None,
    nc=["gestion pilot"],
    ne=["vendredi"],
    why="discretionary mandate is never a claim",
)
L(
    "fr",
    F,
    "Mathis Ferrand rdv ce matin au bureau, 3M d'actifs",
    NC,
    "K-2206",
    why="in the firm, covered by nobody",
)
L(
    "fr",
    F,
    "courrier de Jacqueline Terrier reçu aujourd'hui, procuration signée",
    REC,
    "K-2207",
    "mail",
    T(F),
    None,
    nc=["procuration"],
    ne=["aujourd'hui"],
    why="courrier = mail",
)
L(
    "fr",
    F,
    "discuté avec Lucie Peyron hier de son assurance vie",
    ACH,
    "K-2208",
    why="no channel word",
)
L(
    "fr",
    F,
    "les Aubert en rdv ce matin, donation aux enfants",
    AC,
    why="household plural of a two-client household",
)
L(
    "fr",
    F,
    "visio Lucie Peyron 9h, bilan retraite, relance jeudi",
    REC,
    "K-2208",
    "video",
    T(F),
    "09:00",
    fu=nxt(F, "thu"),
    nc=["bilan retraite"],
    why="after relance the future wins",
)
L(
    "fr",
    F,
    "Rose Castaing appel 17h",
    AC,
    why="unknown person sharing Rose Aubert's first name and Olivier Castaing's surname",
)
L(
    "fr",
    F,
    "tel Olivier Castaing à 15h, parlé du LBO",
    REC,
    "K-2205",
    "phone",
    T(F),
    "15:00",
    nc=["LBO"],
    ne=["15h"],
    why="24-hour hour",
)
L(
    "fr",
    F,
    "dej Jacqueline Terrier le week-end, rien de neuf",
    AU,
    "K-2207",
    why="le week-end names two days",
)
L("fr", F, "appel Blaise Aubert 16h, a viré 500k€", AU, "K-2201", why="a viré with no direction")
L(
    "fr",
    F,
    "Blaise Aubert visio 18h, a viré 200k vers sa SCI",
    REC,
    "K-2201",
    "video",
    T(F),
    "18:00",
    nc=["SCI"],
    why="money moved out to an outside payee: no claim",
)
L(
    "fr",
    F,
    "rdv Céline Barbier lundi 10h",
    REC,
    "K-2204",
    "in_person",
    past(F, "mon"),
    "10:00",
    ne=["lundi", "10h"],
    why="bare weekday equal to today's is a week ago",
)
L("fr", F, "Céline Barbier au tel dimanche dernier", AU, "K-2204", why="last <yesterday's weekday>")
L(
    "fr",
    F,
    "Lucie Peyron mail 13h, versement 150 000 € si vente de l'appart",
    REC,
    "K-2208",
    "email",
    T(F),
    "13:00",
    nc=["vente"],
    why="conditional: no claim",
)
L(
    "fr",
    F,
    "Olivier Castaing rdv 8h30 ce matin, a signé le mandat, honoraires 85k€",
    REC,
    "K-2205",
    "in_person",
    T(F),
    "08:30",
    [man("85000", "EUR")],
    ne=["8h30", "ce matin"],
    why="mandate won with a fee amount",
)
L(
    "fr",
    F,
    "appel Jacqueline Terrier avant-hier 17h45, compte à terme 100k€ renouvelé",
    REC,
    "K-2207",
    "phone",
    Y(F, 2),
    "17:45",
    nc=["compte à terme"],
    ne=["avant-hier"],
    why="term deposit never a claim",
)
L(
    "fr",
    F,
    "Hugo Marchetti rdv 12/10 a Aix, succession suisse",
    REC,
    "K-2203",
    "in_person",
    on(10, 12),
    None,
    nc=["succession"],
    ne=["12/10"],
    why="d/m in fr-FR",
)
L(
    "fr",
    F,
    "Rose Aubert tel ce matin, NE VEUT PAS verser les 300k pour l'instant",
    REC,
    "K-2202",
    "phone",
    T(F),
    None,
    ne=["ce matin"],
    why="negated: no claim",
)
L(
    "fr",
    F,
    "café avec Blaise Aubert hier aprem, projet family office, relance 15/11",
    REC,
    "K-2201",
    "in_person",
    Y(F),
    None,
    fu=on(11, 15),
    nc=["family office"],
    why="part of the day alone gives no time",
)
L(
    "fr",
    F,
    "Olivier rdv 15h, point stock-options",
    REC,
    "K-2205",
    "in_person",
    T(F),
    "15:00",
    nc=["stock-options"],
    why="first name unique in the firm",
)
L(
    "fr",
    F,
    "Mme Peyron visio hier 11h, a versé 75 000 EUR",
    REC,
    "K-2208",
    "video",
    Y(F),
    "11:00",
    [dep("75000", "EUR")],
    ne=["hier", "11h"],
    why="Mme is a title",
)
L(
    "fr",
    F,
    "envoyé un courrier à Rose Aubert, attestation fiscale 2027",
    REC,
    "K-2202",
    "mail",
    T(F),
    None,
    nc=["attestation fiscale"],
    why="2027 is a year",
)
L(
    "fr",
    F,
    "Marchetti Hugo appel lundi dernier, a versé 1,5 M€ et promis 500 k€ de plus",
    REC,
    "K-2203",
    "phone",
    past(F, "mon"),
    None,
    [dep("1500000", "EUR"), plg("500000", "EUR")],
    ne=["lundi dernier"],
    why="last <today's weekday> is 7 days ago; two outcomes",
)
L(
    "fr",
    F,
    "visio Lucie Peyron à 9h15 hier, PER + assurance vie",
    REC,
    "K-2208",
    "video",
    Y(F),
    "09:15",
    nc=["PER"],
    why="day after the time",
)
L(
    "fr",
    F,
    "rdv Jacqueline ce matin 9h30, renouvellement procuration",
    REC,
    "K-2207",
    "in_person",
    T(F),
    "09:30",
    nc=["renouvellement"],
    why="first name unique in the firm",
)
L(
    "fr",
    F,
    "Castaing appel hier 18h, a retiré 50k€ pour travaux",
    REC,
    "K-2205",
    "phone",
    Y(F),
    "18:00",
    nc=["travaux"],
    why="withdrawal: no claim",
)
L("fr", F, "rdv Saga Wennström à Marseille ce matin", NC, "K-2214", why="Stockholm rep's client")
L(
    "fr",
    F,
    "Barbier visio ce soir 19h30, 2 enfants, 45 ans",
    REC,
    "K-2204",
    "video",
    T(F),
    "19:30",
    ne=["19h30"],
    why="counts and ages are no amounts; 19:30 is before local 19:50",
)
L(
    "fr",
    F,
    "Rose Aubert rdv jeudi 13 h, a verse 60k sur son compte",
    REC,
    "K-2202",
    "in_person",
    past(F, "thu"),
    "13:00",
    [dep("60000", "EUR")],
    ne=["jeudi"],
    why="single EUR account",
)
L(
    "fr",
    F,
    "appel Blaise Aubert à 7h ce matin, 06 12 34 56 78 nouveau numero",
    REC,
    "K-2201",
    "phone",
    T(F),
    "07:00",
    nc=["nouveau numero"],
    why="à 7 read as typed; phone number not an amount",
)
# ================= sv: Västerås rep (local Mon 19:50) =================
S = "SV"
L(
    "sv",
    S,
    "lunch m Sune Nyberg idag, pratade generationsskifte",
    REC,
    "K-2211",
    "in_person",
    T(S),
    None,
    nc=["generationsskifte"],
    ne=["idag"],
    why="lunch = in person",
)
L(
    "sv",
    S,
    "ringde Vera Nyberg kl 10.30, hon satte in 2 milj kr",
    REC,
    "K-2212",
    "phone",
    T(S),
    "10:30",
    [dep("2000000", "SEK")],
    ne=["kl 10.30"],
    why="satte in = deposit; milj kr",
)
L("sv", S, "fika med Nybergs i lördags", AC, why="household plural")
L(
    "sv",
    S,
    "Ture Ekdahl teams i fredags kl 14, lovade 500 000",
    AU,
    "K-2213",
    why="SEK and EUR accounts, no currency",
)
L(
    "sv",
    S,
    "Ture Ekdahl möte i torsdags kl 9, insättning 1,2 milj. kr till ACC-4203",
    REC,
    "K-2213",
    "in_person",
    past(S, "thu"),
    "09:00",
    [dep("1200000", "SEK", "ACC-4203")],
    ne=["i torsdags", "kl 9"],
    why="kl 9 read as typed",
)
L(
    "sv",
    S,
    "mejl från Saga Wennström om ISK och KF",
    REC,
    "K-2214",
    "email",
    T(S),
    None,
    nc=["ISK"],
    why="ISK is a product name",
)
L(
    "sv",
    S,
    "Bo Hedlund ringde i söndags, vill se över pension",
    REC,
    "K-2215",
    "phone",
    past(S, "sun"),
    None,
    nc=["pension"],
    ne=["i söndags"],
    why="i <weekday>s said the day after = yesterday",
)
L("sv", S, "Hedlund ringde kl 11", AC, why="Bo and Ingvar Hedlund both in the firm")
L("sv", S, "Ingvar Hedlund fika på stan idag", NC, "K-2216", why="covered by nobody")
L("sv", S, "Klara Sandell teams igår kväll", NC, "K-2217", why="covered by the Leeds rep")
L(
    "sv",
    S,
    "pratade med Saga Wennström igår om bolån",
    ACH,
    "K-2214",
    why="pratade gives no channel",
)
L(
    "sv",
    S,
    "videomöte Sune Nyberg kl 3, kapitalförsäkring",
    AU,
    "K-2211",
    why="kl 3: 03:00 and 15:00 both past",
)
L("sv", S, "Vera Nyberg lunch i helgen", AU, "K-2212", why="i helgen = weekend, two days")
L(
    "sv",
    S,
    "Sune Nyberg överförde 3 mkr igår, ringde kl 16",
    AU,
    "K-2211",
    why="överförde has no direction",
)
L(
    "sv",
    S,
    "möte Ture Ekdahl idag kl 13:15, satte in EUR 250k och lovade 1 milj SEK till",
    REC,
    "K-2213",
    "in_person",
    T(S),
    "13:15",
    [dep("250000", "EUR"), plg("1000000", "SEK")],
    ne=["kl 13:15"],
    why="two outcomes, two currencies",
)
L(
    "sv",
    S,
    "brev till Bo Hedlund om deklaration 2027",
    REC,
    "K-2215",
    "mail",
    T(S),
    None,
    nc=["deklaration"],
    why="brev = letter",
)
L(
    "sv",
    S,
    "Saga Wennström ringde i morse, bunden placering 500k förlängd",
    REC,
    "K-2214",
    "phone",
    T(S),
    None,
    nc=["bunden placering"],
    ne=["i morse"],
    why="fixed-term placement never a claim",
)
L(
    "sv",
    S,
    "zoom m Vera Nyberg förra måndagen 15.00",
    REC,
    "K-2212",
    "video",
    past(S, "mon"),
    "15:00",
    ne=["förra måndagen", "15.00"],
    why="last <today's weekday> is 7 days ago",
)
L(
    "sv",
    S,
    "Sune Nyberg lunch i lördags, gåvobrev till barnbarnen",
    REC,
    "K-2211",
    "in_person",
    past(S, "sat"),
    None,
    nc=["gåvobrev"],
    ne=["i lördags"],
    why="i lördags = most recent Saturday",
)
L(
    "sv",
    S,
    "fika Bo Hedlund kl 7 innan jobbet",
    REC,
    "K-2215",
    "in_person",
    T(S),
    "07:00",
    nc=["innan jobbet"],
    ne=["kl 7"],
    why="kl 7 = 07:00",
)
L(
    "sv",
    S,
    "Saga telefon i onsdags kl 17.45, lovade 750 tkr",
    REC,
    "K-2214",
    "phone",
    past(S, "wed"),
    "17:45",
    [plg("750000", "SEK")],
    ne=["i onsdags", "17.45"],
    why="first name Saga unique; tkr = thousand kr",
)
L(
    "sv",
    S,
    "ringde Ekdahl igår kl 18, INTE satt in ngt än",
    REC,
    "K-2213",
    "phone",
    Y(S),
    "18:00",
    ne=["igår", "kl 18"],
    why="negated",
)
L(
    "sv",
    S,
    "möte Vera Nyberg 3/11, testamente, följ upp fredag",
    REC,
    "K-2212",
    "in_person",
    on(11, 3),
    None,
    fu=nxt(S, "fri"),
    nc=["testamente"],
    ne=["3/11"],
    why="d/m; after följ upp the future wins",
)
L(
    "sv",
    S,
    "Sune Nyberg mejl idag, satte in 400 000 kr om försäljningen går igenom",
    REC,
    "K-2211",
    "email",
    T(S),
    None,
    nc=["försäljningen"],
    why="om = conditional",
)
L(
    "sv",
    S,
    "teams med Bo Hedlund 11:00, 55 år, 3 barn, AUM ca 40 mkr",
    REC,
    "K-2215",
    "video",
    T(S),
    "11:00",
    nc=["AUM"],
    ne=["11:00"],
    why="age, count and AUM never claims",
)
L(
    "sv",
    S,
    "herr Ekdahl ringde i morse 8.15, vill köpa S&P 500-fond",
    REC,
    "K-2213",
    "phone",
    T(S),
    "08:15",
    nc=["S&P 500"],
    ne=["8.15"],
    why="herr is a title; S&P 500 no amount",
)
L(
    "sv",
    S,
    "Vera lunch idag kl 12",
    REC,
    "K-2212",
    "in_person",
    T(S),
    "12:00",
    ne=["kl 12"],
    why="Vera unique in the firm (Vera Nyberg)",
)
L("sv", S, "Nyberg fika i fredags", AC, why="surname shared by two household members")
L(
    "sv",
    S,
    "fick brev från Saga Wennström igår, fullmakt klar",
    REC,
    "K-2214",
    "mail",
    Y(S),
    None,
    nc=["fullmakt"],
    ne=["igår"],
    why="brev = mail",
)
L(
    "sv",
    S,
    "Sune Nyberg ringde kl 19, vill göra en insättning på 5 mkr nästa vecka",
    REC,
    "K-2211",
    "phone",
    T(S),
    "19:00",
    nc=["nästa vecka"],
    why="hoped-for deposit, not a claim",
)
L(
    "sv",
    S,
    "Ture Ekdahl zoom i tisdags, satte in 300 000 EUR på ACC-4204",
    REC,
    "K-2213",
    "video",
    past(S, "tue"),
    None,
    [dep("300000", "EUR", "ACC-4204")],
    ne=["i tisdags"],
    why="account named",
)
L(
    "sv",
    S,
    "möte Bo Hedlund kl 14 igår, tjänstepension",
    REC,
    "K-2215",
    "in_person",
    Y(S),
    "14:00",
    nc=["tjänstepension"],
    ne=["kl 14", "igår"],
    why="24-hour time read as typed",
)
L(
    "sv",
    S,
    "Sagaa Wennström telefon idag, ISK-flytt",
    REC,
    "K-2214",
    "phone",
    T(S),
    None,
    nc=["flytt"],
    why="one doubled letter allowed",
)
L(
    "sv",
    S,
    "ringde Sune Nyberg, han lovade 2,5 milj till vår förvaltning",
    REC,
    "K-2211",
    "phone",
    T(S),
    None,
    [plg("2500000", "SEK")],
    why="lovade = pledge; single SEK account",
)
L(
    "sv",
    S,
    "Bo Hedlund mejl, diskretionär förvaltning tecknad, avgift 0,8 %",
    REC,
    "K-2215",
    "email",
    T(S),
    None,
    nc=["förvaltning"],
    why="discretionary mandate with a percentage fee: no claim",
)
L(
    "sv",
    S,
    "lunch Ture Ekdahl igår kl 12.30, tog ut 200k till sitt AB",
    REC,
    "K-2213",
    "in_person",
    Y(S),
    "12:30",
    nc=["sitt AB"],
    why="money out: no claim",
)
# ================= ro: Brasov rep (local Mon 20:50) =================
O = "RO"
L(
    "ro",
    O,
    "intalnire cu Radu Ionescu azi la 10, discutat mostenire",
    REC,
    "K-2221",
    "in_person",
    T(O),
    "10:00",
    nc=["mostenire"],
    ne=["azi"],
    why="la 10 read as typed; no diacritics",
)
L(
    "ro",
    O,
    "tel Ioana Ionescu ieri la 16:30, a depus 200.000 lei",
    REC,
    "K-2222",
    "phone",
    Y(O),
    "16:30",
    [dep("200000", "RON")],
    ne=["ieri", "16:30"],
    why="lei named on a RON+EUR client; dot thousands",
)
L(
    "ro",
    O,
    "Ioana Ionescu zoom azi, a depus 50k",
    AU,
    "K-2222",
    why="RON and EUR accounts, no currency",
)
L(
    "ro",
    O,
    "Mircea Vlad cafea sambata, plan pensie pilon 3",
    REC,
    "K-2223",
    "in_person",
    past(O, "sat"),
    None,
    nc=["pilon 3"],
    ne=["sambata"],
    why="pilon 3 is a product name",
)
L(
    "ro",
    O,
    "Vlad telefon azi la 11",
    AC,
    why="Vlad is Mircea Vlad's surname and Vlad Enache's first name",
)
L(
    "ro",
    O,
    "Vlad Enache email ieri seara, cerere extras",
    REC,
    "K-2227",
    "email",
    Y(O),
    None,
    nc=["extras"],
    ne=["ieri seara"],
    why="part of day alone: no time",
)
L(
    "ro",
    O,
    "Dorina Pop intalnire luni trecuta la 14, s-a angajat pt 300 mii lei",
    REC,
    "K-2224",
    "in_person",
    past(O, "mon"),
    "14:00",
    [plg("300000", "RON")],
    ne=["luni trecuta"],
    why="last <today's weekday> is 7 days ago; mii = thousand",
)
L("ro", O, "Petru Lungu teams duminica trecuta", AU, "K-2225", why="last <yesterday's weekday>")
L("ro", O, "Sabin Moraru intalnire la birou azi", NC, "K-2226", why="covered by nobody")
L(
    "ro",
    O,
    "am vorbit cu Dorina Pop despre depozit",
    ACH,
    "K-2224",
    why="am vorbit gives no channel",
)
L("ro", O, "Ionestii la masa aseara, planificare succesorala", AC, why="household plural")
L(
    "ro",
    O,
    "Radu Ionescu a transferat 1 mil RON, tel la 17",
    AU,
    "K-2221",
    why="a transferat has no direction",
)
L(
    "ro",
    O,
    "Petru Lungu tel azi la 15, tranzactie imobiliara",
    REC,
    "K-2225",
    "phone",
    T(O),
    "15:00",
    nc=["tranzactie imobiliara"],
    ne=["azi", "la 15"],
    why="24-hour hour",
)
L(
    "ro",
    O,
    "aseara la 9 cina cu Petru Lungu, a depus 120.000 EUR in ACC-4306",
    REC,
    "K-2225",
    "in_person",
    Y(O),
    "21:00",
    [dep("120000", "EUR", "ACC-4306")],
    ne=["aseara la 9"],
    why="aseara turns 9 into 21:00",
)
L(
    "ro",
    O,
    "scrisoare trimisa lui Mircea Vlad azi, contract semnat",
    REC,
    "K-2223",
    "mail",
    T(O),
    None,
    nc=["contract semnat"],
    why="scrisoare = letter",
)
L(
    "ro",
    O,
    "Dorina Pop sunat alaltaieri 12:15, depozit la termen 100k lei prelungit",
    REC,
    "K-2224",
    "phone",
    Y(O, 2),
    "12:15",
    nc=["depozit la termen"],
    ne=["alaltaieri", "12:15"],
    why="term deposit never a claim",
)
L(
    "ro",
    O,
    "Radu Ionescu intalnire vineri, NU a depus inca",
    REC,
    "K-2221",
    "in_person",
    past(O, "fri"),
    None,
    ne=["vineri"],
    why="negated",
)
L(
    "ro",
    O,
    "Ioana Ionescu email 9:40, a depus 80.000 EUR si s-a angajat cu inca 1,5 mil lei",
    REC,
    "K-2222",
    "email",
    T(O),
    "09:40",
    [dep("80000", "EUR"), plg("1500000", "RON")],
    ne=["9:40"],
    why="two outcomes, two currencies",
)
L(
    "ro",
    O,
    "Vlad Enache teams joi 15:00, revin miercuri",
    REC,
    "K-2227",
    "video",
    past(O, "thu"),
    "15:00",
    fu=nxt(O, "wed"),
    ne=["joi", "15:00"],
    why="after revin the future wins",
)
L(
    "ro",
    O,
    "intalnire Mircea Vlad azi dimineata, 62 ani, 2 nepoti",
    REC,
    "K-2223",
    "in_person",
    T(O),
    None,
    ne=["azi dimineata"],
    why="age and counts no amounts",
)
L(
    "ro",
    O,
    "dna Pop telefon ieri la 8, dacă vinde firma depune 2 mil lei",
    REC,
    "K-2224",
    "phone",
    Y(O),
    "08:00",
    nc=["vinde firma"],
    why="la 8 read as typed; dacă = conditional",
)
L(
    "ro",
    O,
    "Radu Ionescu zoom 2/11, mandat de administrare discretionara",
    REC,
    "K-2221",
    "video",
    on(11, 2),
    None,
    nc=["discretionara"],
    ne=["2/11"],
    why="d/m; discretionary mandate no claim",
)
L(
    "ro",
    O,
    "Petru Lungu intalnire azi 19:30, mandat castigat, comision 40.000 EUR",
    REC,
    "K-2225",
    "in_person",
    T(O),
    "19:30",
    [man("40000", "EUR")],
    ne=["19:30"],
    why="mandate won with fee amount",
)
L(
    "ro",
    O,
    "Dorina telefon azi dimineata, intrebari fond de pensii",
    REC,
    "K-2224",
    "phone",
    T(O),
    None,
    nc=["fond de pensii"],
    why="first name unique",
)
L(
    "ro",
    O,
    "Mircea Vlad a retras 60k lei pt renovare, tel ieri",
    REC,
    "K-2223",
    "phone",
    Y(O),
    None,
    nc=["renovare"],
    why="withdrawal: no claim",
)
L("ro", O, "Ioana Ionescu cafea weekendul asta", AU, "K-2222", why="weekend names two days")
L(
    "ro",
    O,
    "Radu Ionescu a depus 250 mii lei in ACC-4301, intalnire la 18",
    REC,
    "K-2221",
    "in_person",
    T(O),
    "18:00",
    [dep("250000", "RON", "ACC-4301")],
    why="la 18 read as typed",
)
L("ro", O, "Ana Lungu telefon azi", AC, why="unknown person sharing Petru Lungu's surname")
L(
    "ro",
    O,
    "Vlad Enache intalnire duminica la 11, s-a angajat pentru 700k",
    REC,
    "K-2227",
    "in_person",
    past(O, "sun"),
    "11:00",
    [plg("700000", "RON")],
    ne=["duminica"],
    why="bare weekday = most recent, yesterday; single RON account",
)
L(
    "ro",
    O,
    "Mircea Vlad teams miercuri 10:45",
    REC,
    "K-2223",
    "video",
    past(O, "wed"),
    "10:45",
    ne=["miercuri", "10:45"],
    why="bare weekday",
)
L(
    "ro",
    O,
    "Dorina Pop zoom ieri, a transferat 90k lei catre notar",
    REC,
    "K-2224",
    "video",
    Y(O),
    None,
    nc=["notar"],
    why="paid to an outside payee: no claim",
)
L(
    "ro",
    O,
    "scrisoare de la Radu Ionescu primita azi, revin pe 10/11",
    REC,
    "K-2221",
    "mail",
    T(O),
    None,
    fu=on(11, 10),
    ne=["10/11"],
    why="follow-up date d/m",
)
L(
    "ro",
    O,
    "Radu Ionescu intalnire azi la 12:30, asigurare de viata",
    REC,
    "K-2221",
    "in_person",
    T(O),
    "12:30",
    nc=["asigurare"],
    ne=["azi", "12:30"],
    why="H:MM read as typed",
)
L("ro", O, "Klara Sandell telefon azi la 12", NC, "K-2217", why="covered by the Leeds rep")
L(
    "ro",
    O,
    "Petru Lungu email azi 20:15, confirmare transfer SWIFT",
    REC,
    "K-2225",
    "email",
    T(O),
    "20:15",
    nc=["SWIFT"],
    ne=["20:15"],
    why="20:15 before local 20:50",
)
L(
    "ro",
    O,
    "Vlad Enache cafea vineri trecuta la 9, a depus 45.000 lei",
    REC,
    "K-2227",
    "in_person",
    past(O, "fri"),
    "09:00",
    [dep("45000", "RON")],
    ne=["vineri trecuta"],
    why="last Friday; la 9 read as typed",
)
# ================= ms: Ipoh rep (local Tue 02:50, today is Tuesday) =================
M = "MS"
L(
    "ms",
    M,
    "jumpa Lim Boon Keat semalam pukul 3 petang, bincang pelan persaraan",
    REC,
    "K-2231",
    "in_person",
    Y(M),
    "15:00",
    nc=["pelan persaraan"],
    ne=["semalam", "pukul 3 petang"],
    why="petang turns 3 into 15:00",
)
L(
    "ms",
    M,
    "call Lim Mei Ling semalam, dia masukkan RM 500k ke ACC-4402",
    REC,
    "K-2232",
    "phone",
    Y(M),
    None,
    [dep("500000", "MYR", "ACC-4402")],
    ne=["semalam"],
    why="masukkan = deposit",
)
L(
    "ms",
    M,
    "Lim Mei Ling jumpa Isnin, janji 300k",
    AU,
    "K-2232",
    why="MYR and SGD accounts, no currency",
)
L("ms", M, "Lim telefon semalam", AC, why="surname of two clients")
L(
    "ms",
    M,
    "Siti Mawar telefon semalam pukul 10, tanya ASB",
    REC,
    "K-2233",
    "phone",
    Y(M),
    "10:00",
    nc=["ASB"],
    ne=["semalam", "pukul 10"],
    why="pukul 10 read as typed",
)
L(
    "ms",
    M,
    "emel dari Encik Azman Yusof, minta penyata",
    REC,
    "K-2234",
    "email",
    T(M),
    None,
    nc=["penyata"],
    why="Encik title; bin omitted; no day word = today (Tue in Ipoh)",
)
L(
    "ms",
    M,
    "Azman bin Yusof jumpa kelmarin, urusan wasiat",
    AU,
    "K-2234",
    why="kelmarin is ambiguous",
)
L(
    "ms",
    M,
    "Kavitha Subramaniam zoom Jumaat pukul 11.30, janji RM 1 juta",
    REC,
    "K-2235",
    "video",
    past(M, "fri"),
    "11:30",
    [plg("1000000", "MYR")],
    ne=["jumaat", "11.30"],
    why="juta = million",
)
L("ms", M, "Hafizah binti Rahim makan tengah hari semalam", NC, "K-2236", why="covered by nobody")
L(
    "ms",
    M,
    "bincang dgn Bunga Ismail semalam pasal takaful",
    ACH,
    "K-2237",
    why="bincang gives no channel",
)
L(
    "ms",
    M,
    "Bunga binti Ismail telefon pukul 2 petang semalam",
    REC,
    "K-2237",
    "phone",
    Y(M),
    "14:00",
    ne=["pukul 2 petang", "semalam"],
    why="petang turns 2 into 14:00",
)
L(
    "ms",
    M,
    "Lim Boon Keat pindahkan RM 800k, call semalam",
    AU,
    "K-2231",
    why="pindahkan has no direction",
)
L(
    "ms",
    M,
    "jumpa Siti Mawar binti Othman Selasa lepas, deposit tetap RM 200k diperbaharui",
    REC,
    "K-2233",
    "in_person",
    past(M, "tue"),
    None,
    nc=["deposit tetap"],
    ne=["selasa lepas"],
    why="last <today's weekday> is 7 days ago; fixed deposit no claim",
)
L("ms", M, "Azman Yusof call Isnin lepas", AU, "K-2234", why="last <yesterday's weekday>")
L(
    "ms",
    M,
    "Kavitha surat diterima semalam, borang nominee",
    REC,
    "K-2235",
    "mail",
    Y(M),
    None,
    nc=["nominee"],
    why="first name unique; surat = mail",
)
L(
    "ms",
    M,
    "jumpa Lim Boon Keat Ahad pukul 9 malam, masukkan RM 2 juta dan janji RM 1 juta lagi",
    REC,
    "K-2231",
    "in_person",
    past(M, "sun"),
    "21:00",
    [dep("2000000", "MYR"), plg("1000000", "MYR")],
    ne=["ahad", "pukul 9 malam"],
    why="two outcomes; malam turns 9 into 21:00",
)
L(
    "ms",
    M,
    "Bunga Ismail teams semalam pukul 4.15 ptg, TIDAK masukkan duit lagi",
    REC,
    "K-2237",
    "video",
    Y(M),
    "16:15",
    ne=["semalam"],
    why="ptg = petang; negated",
)
L(
    "ms",
    M,
    "call Siti Mawar Khamis, susulan Jumaat",
    REC,
    "K-2233",
    "phone",
    past(M, "thu"),
    None,
    fu=nxt(M, "fri"),
    ne=["khamis"],
    why="susulan: the future wins",
)
L(
    "ms",
    M,
    "Azman bin Yusof jumpa 3/11 pukul 14:00, kalau jual tanah dia masukkan RM 3 juta",
    REC,
    "K-2234",
    "in_person",
    on(11, 3),
    "14:00",
    nc=["jual tanah"],
    ne=["3/11", "14:00"],
    why="kalau = conditional",
)
L("ms", M, "Lim Kok Wai telefon semalam", AC, why="unknown person sharing the Lim surname")
L(
    "ms",
    M,
    "emel Kavitha a/p Subramaniam semalam 8.45 pagi, ASNB + EPF",
    REC,
    "K-2235",
    "email",
    Y(M),
    "08:45",
    nc=["EPF"],
    ne=["semalam"],
    why="8.45 pagi",
)
L(
    "ms",
    M,
    "Lim Boon Keat Ahad lepas makan malam",
    REC,
    "K-2231",
    "in_person",
    past(M, "sun"),
    None,
    ne=["ahad lepas"],
    why="last Sunday is two days ago in Ipoh (yesterday was Monday), unambiguous; makan malam = dinner; malam alone gives no time",
)
L(
    "ms",
    M,
    "jumpa Bunga Ismail Rabu, mandat pengurusan portfolio ditandatangani",
    REC,
    "K-2237",
    "in_person",
    past(M, "wed"),
    None,
    nc=["mandat pengurusan"],
    ne=["rabu"],
    why="management mandate never a claim",
)
L(
    "ms",
    M,
    "Siti Mawar zoom semalam pukul 5 ptg, dia janji RM 750,000",
    REC,
    "K-2233",
    "video",
    Y(M),
    "17:00",
    [plg("750000", "MYR")],
    ne=["semalam"],
    why="comma thousands",
)
L(
    "ms",
    M,
    "Lim Mei Ling call semalam 11:20, masukkan SGD 400k ke ACC-4403",
    REC,
    "K-2232",
    "phone",
    Y(M),
    "11:20",
    [dep("400000", "SGD", "ACC-4403")],
    ne=["semalam", "11:20"],
    why="SGD account named",
)
L(
    "ms",
    M,
    "Datuk Azman surat semalam, tukar alamat",
    REC,
    "K-2234",
    "mail",
    Y(M),
    None,
    nc=["tukar alamat"],
    why="Datuk title; Azman unique",
)
L(
    "ms",
    M,
    "jumpa Kavitha semalam pukul 7 pagi, 48 tahun, 3 anak",
    REC,
    "K-2235",
    "in_person",
    Y(M),
    "07:00",
    ne=["semalam"],
    why="age and counts no amounts",
)
L(
    "ms",
    M,
    "Lim Boon Keat jumpa Sabtu, hartanah di Cameron",
    REC,
    "K-2231",
    "in_person",
    past(M, "sat"),
    None,
    nc=["hartanah"],
    ne=["sabtu"],
    why="bare weekday",
)
L(
    "ms",
    M,
    "Siti Mawar bt Othman telefon Sabtu, menang mandat, yuran RM 120k",
    REC,
    "K-2233",
    "phone",
    past(M, "sat"),
    None,
    [man("120000", "MYR")],
    ne=["sabtu"],
    why="mandate won with fee",
)
L(
    "ms",
    M,
    "Bunga binti Ismail teams Isnin pukul 10 pagi, dia keluarkan RM 50k utk rumah",
    REC,
    "K-2237",
    "video",
    past(M, "mon"),
    "10:00",
    nc=["rumah"],
    why="withdrawal no claim; Isnin = yesterday",
)
L(
    "ms",
    M,
    "Azman Yusof mesyuarat Jumaat 3.30 petang, masuk ke ACC-4405 RM 600k",
    REC,
    "K-2234",
    "in_person",
    past(M, "fri"),
    "15:30",
    [dep("600000", "MYR", "ACC-4405")],
    ne=["jumaat"],
    why="masuk ke = to us",
)
L("ms", M, "Saga Wennström emel semalam", NC, "K-2214", why="Stockholm rep's client")
L(
    "ms",
    M,
    "call Kavitha Subramaniam semalam pukul 9 mlm, dah masukkan RM 300 ribu",
    REC,
    "K-2235",
    "phone",
    Y(M),
    "21:00",
    [dep("300000", "MYR")],
    ne=["semalam"],
    why="mlm = malam; ribu = thousand",
)
L(
    "ms",
    M,
    "Siti Mawar jumpa Selasa, hibah",
    REC,
    "K-2233",
    "in_person",
    past(M, "tue"),
    None,
    nc=["hibah"],
    ne=["selasa"],
    why="bare weekday equal to today's (Tue in Ipoh) is a week ago",
)
L(
    "ms",
    M,
    "zoom Lim Boon Keat 30/10, struktur amanah keluarga",
    REC,
    "K-2231",
    "video",
    on(10, 30),
    None,
    nc=["amanah"],
    ne=["30/10"],
    why="d/m",
)
L(
    "ms",
    M,
    "Azman bin Yusof call pukul 1.30 pagi tadi, urgent pasal margin call",
    REC,
    "K-2234",
    "phone",
    T(M),
    "01:30",
    nc=["margin"],
    why="pagi tadi with 1.30: 01:30 today, before local 02:50",
)
# ================= hi: Lucknow rep (local Tue 00:20, today is Tuesday) =================
H = "HI"
L(
    "hi",
    H,
    "आलोक मिश्रा से कल शाम 6 बजे मुलाकात, वसीयत पर बात",
    REC,
    "K-2241",
    "in_person",
    Y(H),
    "18:00",
    nc=["वसीयत"],
    ne=["कल शाम 6 बजे"],
    why="कल = yesterday; शाम turns 6 into 18:00",
)
L(
    "hi",
    H,
    "Sudha Mishra ka phone aaya kal 11 baje, 25 lakh jama kiye",
    REC,
    "K-2242",
    "phone",
    Y(H),
    "11:00",
    [dep("2500000", "INR")],
    ne=["kal", "11 baje"],
    why="Hinglish; lakh is a number word; jama = deposit",
)
L(
    "hi",
    H,
    "Vikram Saxena se meeting kal, 50 lakh ka vada kiya",
    AU,
    "K-2243",
    why="INR and USD accounts, no currency",
)
L("hi", H, "मिश्रा परिवार से मुलाकात कल", AC, why="household of two clients")
L(
    "hi",
    H,
    "Usha Tandon zoom call kal dopahar 3 baje, SIP review",
    REC,
    "K-2244",
    "video",
    Y(H),
    "15:00",
    nc=["SIP"],
    ne=["kal", "3 baje"],
    why="dopahar turns 3 into 15:00",
)
L(
    "hi",
    H,
    "Tandon ji ka phone kal",
    AC,
    why="Usha and Pooja Tandon both in the firm; ji is a title",
)
L("hi", H, "Pooja Tandon se mulakat kal", NC, "K-2246", why="covered by nobody")
L(
    "hi",
    H,
    "कमल अग्निहोत्री से फ़ोन पर बात, कल शाम 4 बजे",
    REC,
    "K-2245",
    "phone",
    Y(H),
    "16:00",
    ne=["कल शाम 4 बजे"],
    why="शाम turns 4 into 16:00",
)
L(
    "hi",
    H,
    "Shanti Bhatnagar se baat hui kal, 80C wali planning",
    ACH,
    "K-2247",
    why="baat hui gives no channel",
)
L("hi", H, "Kamal ka email aaya kal", AC, why="Kamal Agnihotri and Kamal Varma")
L(
    "hi",
    H,
    "शांति भटनागर का ईमेल कल रात, KYC दस्तावेज़",
    REC,
    "K-2247",
    "email",
    Y(H),
    None,
    nc=["KYC"],
    ne=["कल रात"],
    why="रात alone gives no time",
)
L(
    "hi",
    H,
    "Alok Mishra ne 1 crore transfer kiya, phone kal",
    AU,
    "K-2241",
    why="transfer with no direction",
)
L(
    "hi",
    H,
    "विक्रम सक्सेना से मुलाकात सोमवार 10 बजे, USD 200k जमा ACC-4504 में",
    REC,
    "K-2243",
    "in_person",
    past(H, "mon"),
    "10:00",
    [dep("200000", "USD", "ACC-4504")],
    ne=["सोमवार"],
    why="सोमवार = yesterday in Lucknow; 10 बजे read as typed",
)
L(
    "hi",
    H,
    "सुधा मिश्रा से फ़ोन पर बात पिछले मंगलवार, FD 10 लाख renew",
    REC,
    "K-2242",
    "phone",
    past(H, "tue"),
    None,
    nc=["FD"],
    ne=["पिछले मंगलवार"],
    why="last <today's weekday>; FD never a claim",
)
L(
    "hi",
    H,
    "Usha Tandon se meeting pichhle ravivar",
    REC,
    "K-2244",
    "in_person",
    past(H, "sun"),
    None,
    ne=["pichhle ravivar"],
    why="last Sunday is two days ago in Lucknow (yesterday was Monday): unambiguous",
)
L(
    "hi",
    H,
    "कमल अग्निहोत्री मुलाकात परसों, 2 करोड़ का वादा",
    REC,
    "K-2245",
    "in_person",
    Y(H, 2),
    None,
    [plg("20000000", "INR")],
    ne=["परसों"],
    why="परसों looking back = day before yesterday; करोड़ number word",
)
L(
    "hi",
    H,
    "Alok Mishra video call shukravar 5:30 pm, 1.5 cr jama kiye ACC-4501 mein",
    REC,
    "K-2241",
    "video",
    past(H, "fri"),
    "17:30",
    [dep("15000000", "INR", "ACC-4501")],
    ne=["shukravar", "5:30 pm"],
    why="cr = crore",
)
L(
    "hi",
    H,
    "सुधा मिश्रा को पत्र भेजा, नॉमिनेशन फॉर्म",
    REC,
    "K-2242",
    "mail",
    T(H),
    None,
    nc=["नॉमिनेशन"],
    why="पत्र = letter; today is Tuesday in Lucknow",
)
L(
    "hi",
    H,
    "Vikram Saxena phone kal raat 9 baje, ₹40 lakh jama",
    REC,
    "K-2243",
    "phone",
    Y(H),
    "21:00",
    [dep("4000000", "INR")],
    ne=["kal raat 9 baje"],
    why="raat turns 9 into 21:00; ₹ named",
)
L(
    "hi",
    H,
    "Shanti ji se mulakat guruvar, PPF aur NPS",
    REC,
    "K-2247",
    "in_person",
    past(H, "thu"),
    None,
    nc=["NPS"],
    ne=["guruvar"],
    why="Shanti unique; ji title",
)
L(
    "hi",
    H,
    "उषा टंडन से मुलाकात कल, अगर प्लॉट बिका तो 30 लाख जमा करेंगी",
    REC,
    "K-2244",
    "in_person",
    Y(H),
    None,
    nc=["प्लॉट"],
    ne=["कल"],
    why="अगर = conditional",
)
L(
    "hi",
    H,
    "Kamal Agnihotri zoom kal subah 8:15, mandate jeeta, fee 12 lakh",
    REC,
    "K-2245",
    "video",
    Y(H),
    "08:15",
    [man("1200000", "INR")],
    ne=["kal subah", "8:15"],
    why="mandate won with a fee amount",
)
L(
    "hi",
    H,
    "Sunil Goud se mulakat kal, ESOP sale",
    REC,
    "K-2255",
    "in_person",
    Y(H),
    None,
    nc=["ESOP"],
    ne=["kal"],
    why="covered by both Lucknow and Hyderabad reps",
)
L(
    "hi",
    H,
    "आलोक मिश्रा फ़ोन रविवार, जमा नहीं किया",
    REC,
    "K-2241",
    "phone",
    past(H, "sun"),
    None,
    ne=["रविवार"],
    why="negated",
)
L(
    "hi",
    H,
    "Sudha Mishra meeting 2/11, 65 saal, 4 pote",
    REC,
    "K-2242",
    "in_person",
    on(11, 2),
    None,
    ne=["2/11"],
    why="d/m; age and counts",
)
L(
    "hi",
    H,
    "Vikram Saxena email kal, fund withdraw kiya 10 lakh ghar ke liye",
    REC,
    "K-2243",
    "email",
    Y(H),
    None,
    nc=["ghar"],
    why="withdrawal no claim",
)
L(
    "hi",
    H,
    "शांति भटनागर वीडियो कॉल बुधवार 11:45, 15 लाख का वादा किया",
    REC,
    "K-2247",
    "video",
    past(H, "wed"),
    "11:45",
    [plg("1500000", "INR")],
    ne=["बुधवार", "11:45"],
    why="वादा = pledge",
)
L(
    "hi",
    H,
    "Usha Tandon phone shanivar, follow up shukravar",
    REC,
    "K-2244",
    "phone",
    past(H, "sat"),
    None,
    fu=nxt(H, "fri"),
    ne=["shanivar"],
    why="after follow up the future wins",
)
L(
    "hi",
    H,
    "कमल अग्निहोत्री का पत्र आया कल, PAN अपडेट",
    REC,
    "K-2245",
    "mail",
    Y(H),
    None,
    nc=["PAN"],
    ne=["कल"],
    why="पत्र = mail",
)
L(
    "hi",
    H,
    "Alok Mishra se mulakat kal shaam, portfolio management mandate sign kiya",
    REC,
    "K-2241",
    "in_person",
    Y(H),
    None,
    nc=["portfolio management"],
    ne=["kal shaam"],
    why="discretionary mandate no claim",
)
L(
    "hi",
    H,
    "Pooja Mishra ka phone kal",
    AC,
    why="unknown person sharing the Mishra surname and Pooja Tandon's first name",
)
L(
    "hi",
    H,
    "विक्रम सक्सेना से मुलाकात कल दोपहर 1:30 बजे, 60 लाख INR जमा और USD 100k का वादा",
    REC,
    "K-2243",
    "in_person",
    Y(H),
    "13:30",
    [dep("6000000", "INR"), plg("100000", "USD")],
    ne=["कल दोपहर 1:30 बजे"],
    why="two outcomes, two currencies",
)
L(
    "hi",
    H,
    "Shanti Bhatnagar phone kal 7 baje, term deposit 5 lakh",
    REC,
    "K-2247",
    "phone",
    Y(H),
    "07:00",
    nc=["term deposit"],
    why="7 baje read as typed; term deposit no claim",
)
L(
    "hi",
    H,
    "उषा टंडन ईमेल 30/10, ELSS टैक्स सेविंग",
    REC,
    "K-2244",
    "email",
    on(10, 30),
    None,
    nc=["ELSS"],
    ne=["30/10"],
    why="d/m",
)
L(
    "hi",
    H,
    "Sudha Mishra video call kal 12:40, 8 lakh hamare paas aaye ACC-4502 mein",
    REC,
    "K-2242",
    "video",
    Y(H),
    "12:40",
    [dep("800000", "INR", "ACC-4502")],
    ne=["kal", "12:40"],
    why="money came to us",
)
L("hi", H, "Venkat Rao se phone kal", NC, "K-2251", why="Hyderabad rep's client")
# ================= en: Leeds rep (local Mon 18:50) =================
G = "GB"
L(
    "en",
    G,
    "coffee w Hollis Pickering this am, ISA top-up + SIPP, all fine",
    REC,
    "K-2261",
    "in_person",
    T(G),
    None,
    nc=["SIPP"],
    ne=["this am"],
    why="coffee = in person; SIPP a product name",
)
L(
    "en",
    G,
    "rang Faith Pickering at 2.15pm, deposited £350k into ACC-4702",
    REC,
    "K-2262",
    "phone",
    T(G),
    "14:15",
    [dep("350000", "GBP", "ACC-4702")],
    ne=["2.15pm"],
    why="UK dot time",
)
L(
    "en",
    G,
    "Faith Pickering teams yesterday, pledged 200k",
    AU,
    "K-2262",
    why="GBP and EUR accounts, no currency",
)
L(
    "en",
    G,
    "Bernard Oldroyd lunch Fri, 1.2m AUM held away, wants a proposal",
    REC,
    "K-2263",
    "in_person",
    past(G, "fri"),
    None,
    nc=["held away"],
    ne=["Fri"],
    why="AUM never a claim",
)
L("en", G, "Oldroyd called 11:30", AC, why="Bernard and Piers Oldroyd both in the firm")
L("en", G, "Piers Oldroyd coffee at the club this morning", NC, "K-2266", why="covered by nobody")
L(
    "en",
    G,
    "Joy Halloran on the phone yesterday at 4",
    AU,
    "K-2264",
    why="4 yesterday: both halves past",
)
L(
    "en",
    G,
    "Joy Halloran zoom 10:00, wired in £75,000 from the house sale",
    REC,
    "K-2264",
    "video",
    T(G),
    "10:00",
    [dep("75000", "GBP")],
    ne=["10:00"],
    why="wired in = deposit",
)
L(
    "en",
    G,
    "letter to Graham Sutcliffe re the 2028/29 pension annual allowance",
    REC,
    "K-2265",
    "mail",
    T(G),
    None,
    nc=["annual allowance"],
    why="2028/29 is a tax year",
)
L(
    "en",
    G,
    "Graham Sutcliffe meeting Thursday 3pm, won the mandate, fee £60k",
    REC,
    "K-2265",
    "in_person",
    past(G, "thu"),
    "15:00",
    [man("60000", "GBP")],
    ne=["Thursday", "3pm"],
    why="mandate won with fee",
)
L(
    "en",
    G,
    "Klara Sandell call 9am, committed SEK 4m",
    REC,
    "K-2217",
    "phone",
    T(G),
    "09:00",
    [plg("4000000", "SEK")],
    ne=["9am"],
    why="Swedish client covered by the Leeds rep",
)
L(
    "en",
    G,
    "Hollis Pickering email last Monday, trust deed query",
    REC,
    "K-2261",
    "email",
    past(G, "mon"),
    None,
    nc=["trust deed"],
    ne=["last Monday"],
    why="last <today's weekday> = 7 days ago",
)
L(
    "en",
    G,
    "Faith Pickering call 8:40 this morning, deposited €120k to ACC-4703 and pledged £500k",
    REC,
    "K-2262",
    "phone",
    T(G),
    "08:40",
    [dep("120000", "EUR", "ACC-4703"), plg("500000", "GBP")],
    ne=["8:40"],
    why="two outcomes, two currencies",
)
L(
    "en",
    G,
    "Bernard Oldroyd video Sat, did not commit the 300k, maybe Q1",
    REC,
    "K-2263",
    "video",
    past(G, "sat"),
    None,
    nc=["Q1"],
    ne=["Sat"],
    why="negated",
)
L(
    "en",
    G,
    "Graham meeting 4/11 Harrogate, bonus sacrifice into SIPP",
    REC,
    "K-2265",
    "in_person",
    on(11, 4),
    None,
    nc=["bonus sacrifice"],
    ne=["4/11"],
    why="UK d/m; Graham unique",
)
L(
    "en",
    G,
    "Joy Halloran rang at 5:45pm, moved £40k between her own accounts",
    REC,
    "K-2264",
    "phone",
    T(G),
    "17:45",
    nc=["own accounts"],
    why="own accounts: no claim",
)
# ================= en: Denver rep (local Mon 11:50 MST) =================
U = "US"
L(
    "en",
    U,
    "mtg w/ Dale Brennan yest 4pm re 401k rollover, he pledged 1.5mm",
    REC,
    "K-2271",
    "in_person",
    Y(U),
    "16:00",
    [plg("1500000", "USD")],
    nc=["401k"],
    ne=["yest", "4pm"],
    why="401k not an amount; mm = million",
)
L(
    "en",
    U,
    "Summer Brennan called this am, 529 for the twins, f/u 11/14",
    REC,
    "K-2272",
    "phone",
    T(U),
    None,
    fu=on(11, 14),
    nc=["529"],
    ne=["this am"],
    why="US m/d; Summer is a name",
)
L("en", U, "the Brennans stopped by the office today", AC, why="household plural")
L(
    "en",
    U,
    "Rich Alvarado zoom 9:30, funded 250k",
    AU,
    "K-2273",
    why="USD and CAD accounts, no currency",
)
L(
    "en",
    U,
    "Rich Alvarado teams Fri 2pm, wired CAD 300k into ACC-4804 + committed $1M",
    REC,
    "K-2273",
    "video",
    past(U, "fri"),
    "14:00",
    [dep("300000", "CAD", "ACC-4804"), plg("1000000", "USD")],
    ne=["Fri", "2pm"],
    why="two outcomes; Rich is a name",
)
L(
    "en",
    U,
    "Wade Kessler lunch today, Roth conversion, 35% bracket",
    REC,
    "K-2274",
    "in_person",
    T(U),
    None,
    nc=["Roth"],
    why="percentage not an amount",
)
L(
    "en",
    U,
    "spoke w Hunter Ostrowski re his 10b5-1 plan",
    ACH,
    "K-2275",
    why="spoke gives no channel",
)
L(
    "en",
    U,
    "Brooke Lindahl coffee on Larimer St this morning",
    NC,
    "K-2276",
    why="covered by nobody",
)
L(
    "en",
    U,
    "Chase Moreno phone 10:15, deposited $85,000, chase him Thursday for the W-9",
    REC,
    "K-2277",
    "phone",
    T(U),
    "10:15",
    [dep("85000", "USD")],
    fu=nxt(U, "thu"),
    nc=["W-9"],
    ne=["10:15"],
    why="Chase is the client's name; the second chase is the follow-up word",
)
L(
    "en",
    U,
    "Grace Tull video call 11/2 8am, IRA + HSA review",
    REC,
    "K-2278",
    "video",
    on(11, 2),
    "08:00",
    nc=["HSA"],
    ne=["11/2", "8am"],
    why="US m/d",
)
L(
    "en",
    U,
    "Hunter Ostrowski mtg 10, won the mandate on the carve-out, fee USD 400k",
    REC,
    "K-2275",
    "in_person",
    T(U),
    "10:00",
    [man("400000", "USD")],
    nc=["carve-out"],
    why="bare 10: 22:00 would be future, so 10:00",
)
L("en", U, "Dale Brennan call last Sunday", AU, "K-2271", why="last <yesterday's weekday>")
L(
    "en",
    U,
    "Wade Kessler emailed Sat, transferred $600k to us from Schwab",
    REC,
    "K-2274",
    "email",
    past(U, "sat"),
    None,
    [dep("600000", "USD")],
    nc=["Schwab"],
    ne=["Sat"],
    why="money said to come to us is a deposit",
)
L(
    "en",
    U,
    "Grace Tull mtg in office 11:05 this morning, wired $2.2M to the title co for the ranch",
    REC,
    "K-2278",
    "in_person",
    T(U),
    "11:05",
    nc=["title co"],
    why="paid to an outside payee",
)
L(
    "en",
    U,
    "Summer Brennan zoom yesterday 7:30pm, funded 400K into ACC-4802",
    REC,
    "K-2272",
    "video",
    Y(U),
    "19:30",
    [dep("400000", "USD", "ACC-4802")],
    ne=["yesterday", "7:30pm"],
    why="DST ended 5 Nov; yesterday evening in Denver",
)
L("en", U, "Dale Moreno called yest", AC, why="unknown person sharing names with clients")
# ================= en: Hyderabad rep (local Tue 00:20) =================
N = "IN"
L(
    "en",
    N,
    "met Venkat Rao yesterday 5 pm at Banjara Hills, pledged 3 cr",
    REC,
    "K-2251",
    "in_person",
    Y(N),
    "17:00",
    [plg("30000000", "INR")],
    ne=["yesterday", "5 pm"],
    why="cr = crore; yesterday is Monday in Hyderabad",
)
L(
    "en",
    N,
    "Lakshmi Rao call yday, deposited 40 lakhs",
    REC,
    "K-2252",
    "phone",
    Y(N),
    None,
    [dep("4000000", "INR")],
    ne=["yday"],
    why="lakh number word",
)
L(
    "en",
    N,
    "Arjun Naidu video call Sunday, committed 75L",
    AU,
    "K-2253",
    why="INR and USD accounts, no currency",
)
L(
    "en",
    N,
    "Kamal Varma email yesterday, NRO repatriation query",
    REC,
    "K-2254",
    "email",
    Y(N),
    None,
    nc=["NRO"],
    ne=["yesterday"],
    why="full name is unique",
)
L(
    "en",
    N,
    "Sunil Goud meeting Thursday 6:30 pm, mandate won for the IPO, fee INR 90 lakh",
    REC,
    "K-2255",
    "in_person",
    past(N, "thu"),
    "18:30",
    [man("9000000", "INR")],
    nc=["IPO"],
    ne=["Thursday"],
    why="secondary coverage",
)
L(
    "en",
    N,
    "Arjun Naidu called Monday 9 pm, wired USD 500k into ACC-4604",
    REC,
    "K-2253",
    "phone",
    past(N, "mon"),
    "21:00",
    [dep("500000", "USD", "ACC-4604")],
    ne=["Monday", "9 pm"],
    why="Monday = yesterday in Hyderabad",
)
# ================= mixed: rep's language with English =================
L(
    "mixed",
    F,
    "call w/ Blaise Aubert ce matin 9h45, review portfolio, next step relance mercredi",
    REC,
    "K-2201",
    "phone",
    T(F),
    "09:45",
    fu=nxt(F, "wed"),
    nc=["review portfolio"],
    ne=["ce matin", "9h45"],
    why="fr/en; relance then weekday",
)
L(
    "mixed",
    F,
    "lunch avec Lucie Peyron today, elle a versé 90k€, super happy",
    REC,
    "K-2208",
    "in_person",
    T(F),
    None,
    [dep("90000", "EUR")],
    nc=["super happy"],
    why="fr/en",
)
L(
    "mixed",
    F,
    "zoom Jacqueline Terrier yesterday 17h, follow-up docs KYC",
    REC,
    "K-2207",
    "video",
    Y(F),
    "17:00",
    nc=["KYC"],
    ne=["yesterday", "17h"],
    why="fr/en; follow-up with no date",
)
L(
    "mixed",
    S,
    "lunch med Saga Wennström today, pledged 1 mkr",
    REC,
    "K-2214",
    "in_person",
    T(S),
    None,
    [plg("1000000", "SEK")],
    why="sv/en",
)
L(
    "mixed",
    S,
    "call m Bo Hedlund igår kl 15, quick check on the ISK",
    REC,
    "K-2215",
    "phone",
    Y(S),
    "15:00",
    nc=["ISK"],
    ne=["igår", "kl 15"],
    why="sv/en",
)
L(
    "mixed",
    S,
    "meeting Sune Nyberg i fredags, walked through the estate plan",
    REC,
    "K-2211",
    "in_person",
    past(S, "fri"),
    None,
    nc=["estate plan"],
    ne=["i fredags"],
    why="sv/en",
)
L(
    "mixed",
    O,
    "call cu Radu Ionescu ieri la 14, update pe portofoliu",
    REC,
    "K-2221",
    "phone",
    Y(O),
    "14:00",
    nc=["portofoliu"],
    ne=["ieri", "la 14"],
    why="ro/en",
)
L(
    "mixed",
    O,
    "meeting cu Mircea Vlad azi, a depus 150k RON, follow up joi",
    REC,
    "K-2223",
    "in_person",
    T(O),
    None,
    [dep("150000", "RON")],
    fu=nxt(O, "thu"),
    ne=["azi"],
    why="ro/en",
)
L(
    "mixed",
    O,
    "email de la Dorina Pop, wants to rebalance, nimic urgent",
    REC,
    "K-2224",
    "email",
    T(O),
    None,
    nc=["rebalance"],
    why="ro/en",
)
L(
    "mixed",
    M,
    "meeting dgn Azman Yusof semalam 4pm, discuss unit trust",
    REC,
    "K-2234",
    "in_person",
    Y(M),
    "16:00",
    nc=["unit trust"],
    ne=["semalam", "4pm"],
    why="ms/en",
)
L(
    "mixed",
    M,
    "call Bunga Ismail Sunday, she pledged RM 400k",
    REC,
    "K-2237",
    "phone",
    past(M, "sun"),
    None,
    [plg("400000", "MYR")],
    ne=["sunday"],
    why="ms/en",
)
L(
    "mixed",
    M,
    "zoom with Kavitha semalam 10am, review insurance coverage",
    REC,
    "K-2235",
    "video",
    Y(M),
    "10:00",
    nc=["insurance"],
    ne=["semalam", "10am"],
    why="ms/en",
)
L(
    "mixed",
    M,
    "Lim Boon Keat call yesterday, follow up Jumaat pasal trust deed",
    REC,
    "K-2231",
    "phone",
    Y(M),
    None,
    fu=nxt(M, "fri"),
    nc=["trust deed"],
    ne=["yesterday"],
    why="ms/en",
)
L(
    "mixed",
    H,
    "Alok Mishra se meeting yesterday 3pm, he deposited 20 lakh",
    REC,
    "K-2241",
    "in_person",
    Y(H),
    "15:00",
    [dep("2000000", "INR")],
    ne=["yesterday", "3pm"],
    why="hi/en",
)
L(
    "mixed",
    H,
    "Usha Tandon ka email aaya, wants to review the SIP",
    REC,
    "K-2244",
    "email",
    T(H),
    None,
    nc=["SIP"],
    why="hi/en",
)
L(
    "mixed",
    H,
    "Kamal Agnihotri call kal evening, portfolio review done",
    REC,
    "K-2245",
    "phone",
    Y(H),
    None,
    nc=["portfolio review"],
    ne=["kal"],
    why="hi/en; evening alone gives no time",
)
L(
    "mixed",
    H,
    "Shanti Bhatnagar meeting Saturday, 10 lakh ka vada",
    REC,
    "K-2247",
    "in_person",
    past(H, "sat"),
    None,
    [plg("1000000", "INR")],
    ne=["saturday"],
    why="hi/en",
)
L(
    "mixed",
    N,
    "Venkat Rao ke saath lunch kal, discussed succession planning",
    REC,
    "K-2251",
    "in_person",
    Y(N),
    None,
    nc=["succession"],
    ne=["kal"],
    why="en/hi",
)
L(
    "mixed",
    N,
    "Lakshmi Rao phone pe baat hui kal 11 am, 5 lakh jama kiye",
    REC,
    "K-2252",
    "phone",
    Y(N),
    "11:00",
    [dep("500000", "INR")],
    ne=["kal", "11 am"],
    why="phone named so not ask_channel",
)
L(
    "mixed",
    N,
    "Kamal Varma se video call Sunday, NRI taxation",
    REC,
    "K-2254",
    "video",
    past(N, "sun"),
    None,
    nc=["NRI"],
    ne=["sunday"],
    why="en/hi",
)
L(
    "mixed",
    G,
    "Klara Sandell teams idag, checked in, no news",
    REC,
    "K-2217",
    "video",
    T(G),
    None,
    nc=["no news"],
    why="en/sv; Leeds rep's Swedish client",
)


# ================= validate =================
cl = {c["external_id"]: c for c in clients}
tags = {i["tag"] for i in initiatives}
repids = {r["slack_user_id"]: k for k, r in zip(R, reps)}
MARKS = {
    "USD": ["USD", "$"],
    "EUR": ["EUR", "€", "euro"],
    "GBP": ["GBP", "£"],
    "RON": ["RON", "lei"],
    "SEK": ["SEK", "kr"],
    "MYR": ["MYR", "RM"],
    "INR": ["INR", "₹", "rs", "rupee"],
    "SGD": ["SGD"],
    "CHF": ["CHF"],
    "CAD": ["CAD"],
}
assert len({c["name"] for c in clients}) == len(clients)
assert len({c["external_id"] for c in clients}) == len(clients)
for c in clients:
    for a in c["accounts"]:
        assert "ACC-4100" <= a["account"] <= "ACC-4999" and c["external_id"].startswith("K-22"), c
for ln in lines:
    e = ln["expect"]
    o = e["outcome"]
    txt = ln["text"]
    assert ln["lang"] in ("en", "fr", "sv", "ro", "ms", "hi", "mixed"), ln
    assert o in ("record", "ask_client", "ask_channel", "ask_unclear", "not_covered"), ln
    assert ln["rep"] in repids and ln["why"], ln
    assert "<@U" not in txt, ln
    rk = repids[ln["rep"]]
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
    tz = TZ[rk]
    # no expected day after the rep's local today, no expected time after the rep's local now
    assert e["day"] <= T(rk), ("day after local today", ln)
    if e["time"]:
        hh, mm = e["time"].split(":")
        assert len(hh) == 2 and 0 <= int(hh) < 24 and 0 <= int(mm) < 60, ln
        t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
        assert t <= NOWDT, ("time after local now", ln)
    c = cl[e["client"]]
    accts = {a["account"]: a["currency"] for a in c["accounts"]}
    for k in e["claims"]:
        assert Decimal(k["amount"]) > 0 and k["kind"] in ("deposit", "pledge", "mandate"), ln
        if k["account"]:
            assert k["account"] in txt and accts[k["account"]] == k["currency"], ln
        elif len(set(accts.values())) > 1 or k["currency"] not in accts.values():
            assert any(m.lower() in txt.lower() for m in MARKS[k["currency"]]), ln
    for a in accts:  # a named account of the client must appear on some claim
        if a in txt:
            assert any(k["account"] == a for k in e["claims"]), ln
    if e["follow_up_on"]:
        assert e["follow_up_on"] > e["day"] and e["follow_up_on"] > T(rk), ln
    if e["initiative"]:
        assert e["initiative"] in tags and "#" + e["initiative"] in txt, ln
    else:
        assert "#" not in txt, ln
    for s in e["notes_contains"] + e["notes_excludes"]:
        assert s.lower() in txt.lower(), (s, ln)
    for s in e["notes_contains"]:
        for w in c["name"].lower().split():
            assert len(w) < 4 or w not in s.lower(), ("client name in notes_contains", s, ln)
ids = [x["id"] for x in lines]
assert len(set(ids)) == len(ids)
texts = [x["text"] for x in lines]
assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
byl = Counter(x["lang"] for x in lines)
byo = Counter(x["expect"]["outcome"] for x in lines)
if not PARTIAL:
    assert len(lines) == 240, len(lines)
    assert all(byl[x] >= 35 for x in ("en", "fr", "sv", "ro", "ms", "hi")) and byl["mixed"] >= 20, (
        byl
    )
out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
asks = sum(v for k, v in byo.items() if k != "record")
money = sum(1 for x in lines if x["expect"]["claims"])
print(len(lines), "lines;", len(clients), "clients")
print("local now:", {k: LOCAL[k].strftime("%a %Y-%m-%d %H:%M") for k in R})
print("by language:", dict(byl))
print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)")
print(
    "records with claims:",
    money,
    "claims:",
    dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])),
)

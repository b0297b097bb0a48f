"""Held-out reader corpus 7: builds and validates corpus.json. Edit this file, never the JSON."""
import datetime as dt
import json
import os
import sys
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

NOW = "2026-12-10T16:45:00Z"
NOWDT = dt.datetime(2026, 12, 10, 16, 45, tzinfo=dt.UTC)
assert NOWDT.date().weekday() == 3  # Thursday in UTC
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

R = {"FR": "U0H7FR201", "SV": "U0H7SV202", "RO": "U0H7RO203", "MS": "U0H7MS204",
         "HI": "U0H7HI205", "GB": "U0H7GB206", "US": "U0H7US207"}
reps = [
    {"slack_user_id": R["FR"], "name": "Bérénice Lacroix", "timezone": "Europe/Paris", "locale": "fr-FR", "roles": ["rep"]},
    {"slack_user_id": R["SV"], "name": "Oskar Wennerström", "timezone": "Europe/Stockholm", "locale": "sv-SE", "roles": ["rep"]},
    {"slack_user_id": R["RO"], "name": "Irina Dobrescu", "timezone": "Europe/Bucharest", "locale": "ro-RO", "roles": ["rep"]},
    {"slack_user_id": R["MS"], "name": "Nurul Aisyah binti Hamzah", "timezone": "Asia/Kuala_Lumpur", "locale": "ms-MY", "roles": ["rep"]},
    {"slack_user_id": R["HI"], "name": "Arjun Mehrotra", "timezone": "Asia/Kolkata", "locale": "hi-IN", "roles": ["rep"]},
    {"slack_user_id": R["GB"], "name": "Fiona Ashcombe", "timezone": "Europe/London", "locale": "en-GB", "roles": ["rep"]},
    {"slack_user_id": R["US"], "name": "Dwayne Whitaker", "timezone": "America/New_York", "locale": "en-US", "roles": ["rep"]},
]
REPTZ = {k: ZoneInfo(next(r["timezone"] for r in reps if r["slack_user_id"] == v)) for k, v in R.items()}
# The rep's local date at NOW: Thursday 10 Dec for six reps, Friday 11 Dec in Kuala Lumpur (00:45).
LOCAL_TODAY = {k: NOWDT.astimezone(z).date() for k, z in REPTZ.items()}
assert LOCAL_TODAY["MS"] == dt.date(2026, 12, 11)
assert LOCAL_TODAY["MS"].weekday() == 4
assert all(LOCAL_TODAY[k] == dt.date(2026, 12, 10) for k in R if k != "MS")


def iso(x):
    return x.isoformat()


def rel(rep, n):
    """The rep's local today plus n days, as an ISO date."""
    return iso(LOCAL_TODAY[rep] + dt.timedelta(n))


def past(rep, w):
    """Most recent such weekday strictly before the rep's local today."""
    t = LOCAL_TODAY[rep]
    return next(iso(t - dt.timedelta(k)) for k in range(1, 8) if (t - dt.timedelta(k)).weekday() == WD[w])


def nxt(rep, w):
    """Next such weekday strictly after the rep's local today."""
    t = LOCAL_TODAY[rep]
    return next(iso(t + dt.timedelta(k)) for k in range(1, 8) if (t + dt.timedelta(k)).weekday() == WD[w])


def on(m, d, y=2026):
    return iso(dt.date(y, m, d))


def C(eid, name, hh, tier, cov, accts):
    return {"external_id": eid, "name": name, "household": hh, "tier": tier,
                "coverage": [R[c] for c in cov], "accounts": [{"account": a, "currency": c} for a, c in accts]}


clients = [
    # France
    C("C-7101", "Olivier Delmas", "Delmas", "UHNW", ["FR"], [("ACC-7111", "EUR")]),
    C("C-7102", "Capucine Delmas", "Delmas", "UHNW", ["FR"], [("ACC-7112", "EUR")]),
    C("C-7103", "Blanche Moreau", "Moreau (Blanche)", "HNW", ["FR"], [("ACC-7113", "EUR"), ("ACC-7114", "CHF")]),
    C("C-7104", "Benoît Moreau", "Moreau (Benoît)", "HNW", [], [("ACC-7115", "EUR")]),
    C("C-7105", "Pierre Castaing", "Castaing", "corporate executive", ["FR"], [("ACC-7116", "EUR")]),
    C("C-7106", "Constant Laffitte", "Laffitte", "HNW", ["FR"], [("ACC-7117", "EUR")]),
    # Sweden
    C("C-7201", "Gustav Wikström", "Wikström", "UHNW", ["SV"], [("ACC-7211", "SEK"), ("ACC-7212", "NOK")]),
    C("C-7202", "Ingrid Wikström", "Wikström", "UHNW", ["SV"], [("ACC-7213", "SEK")]),
    C("C-7203", "Bo Lundgren", "Lundgren", "HNW", ["SV"], [("ACC-7214", "SEK")]),
    C("C-7204", "Klara Nyström", "Nyström (Klara)", "HNW", ["SV"], [("ACC-7215", "SEK")]),
    C("C-7205", "Sara Ekdahl", "Ekdahl", "corporate executive", ["SV"], [("ACC-7216", "SEK")]),
    C("C-7206", "Per Nyström", "Nyström (Per)", "HNW", [], [("ACC-7217", "SEK")]),
    # Romania
    C("C-7301", "Daniel Ciobanu", "Ciobanu", "UHNW", ["RO"], [("ACC-7311", "RON")]),
    C("C-7302", "Mihaela Ciobanu", "Ciobanu", "UHNW", ["RO"], [("ACC-7312", "RON"), ("ACC-7313", "EUR")]),
    C("C-7303", "Radu Avram", "Avram (Radu)", "HNW", ["RO"], [("ACC-7314", "EUR")]),
    C("C-7304", "Speranța Iliescu", "Iliescu", "HNW", ["RO"], [("ACC-7315", "RON")]),
    C("C-7305", "Ilie Dragomir", "Dragomir", "corporate executive", ["RO"], [("ACC-7316", "RON")]),
    C("C-7306", "Cristian Avram", "Avram (Cristian)", "HNW", [], [("ACC-7317", "RON")]),
    # Malaysia
    C("C-7401", "Tan Boon Keat", "Tan", "UHNW", ["MS"], [("ACC-7411", "MYR"), ("ACC-7412", "SGD")]),
    C("C-7402", "Tan Mei Ling", "Tan", "UHNW", ["MS"], [("ACC-7413", "MYR")]),
    C("C-7403", "Mawar binti Ismail", "Ismail", "HNW", ["MS"], [("ACC-7414", "MYR")]),
    C("C-7404", "Azman bin Yusoff", "Yusoff", "corporate executive", ["MS"], [("ACC-7415", "MYR")]),
    C("C-7405", "Kavitha a/p Subramaniam", "Subramaniam", "HNW", ["MS", "HI"], [("ACC-7416", "MYR")]),
    C("C-7406", "Lim Chee Wah", "Lim", "HNW", [], [("ACC-7417", "MYR")]),
    # India
    C("C-7501", "Vikram Agarwal", "Agarwal", "UHNW", ["HI"], [("ACC-7511", "INR")]),
    C("C-7502", "Sunita Agarwal", "Agarwal", "UHNW", ["HI"], [("ACC-7512", "INR"), ("ACC-7513", "USD")]),
    C("C-7503", "Barkha Sethi", "Sethi", "HNW", ["HI"], [("ACC-7514", "INR")]),
    C("C-7504", "Rohit Malhotra", "Malhotra", "corporate executive", ["HI"], [("ACC-7515", "INR")]),
    C("C-7505", "Anil Joshi", "Joshi (Anil)", "HNW", ["HI"], [("ACC-7516", "INR")]),
    C("C-7506", "Meera Joshi", "Joshi (Meera)", "HNW", ["GB"], [("ACC-7517", "GBP")]),
    # United Kingdom
    C("C-7601", "Hugo Pennington", "Pennington", "UHNW", ["GB"], [("ACC-7611", "GBP")]),
    C("C-7602", "Clementine Pennington", "Pennington", "UHNW", ["GB"], [("ACC-7612", "GBP"), ("ACC-7613", "EUR")]),
    C("C-7603", "Hope Aldridge", "Aldridge", "HNW", ["GB"], [("ACC-7614", "GBP")]),
    C("C-7604", "Miles Fairweather", "Fairweather", "corporate executive", ["GB"], [("ACC-7615", "GBP")]),
    C("C-7605", "Thibault Marchetti", "Marchetti", "HNW", ["GB"], [("ACC-7616", "EUR")]),
    C("C-7606", "Alistair Pennington", "Pennington", "UHNW", [], [("ACC-7617", "GBP")]),
    # United States
    C("C-7701", "Daniel Okonjo", "Okonjo", "UHNW", ["US"], [("ACC-7711", "USD")]),
    C("C-7702", "Summer Castellano", "Castellano", "HNW", ["US"], [("ACC-7712", "USD")]),
    C("C-7703", "Bill Hargrove", "Hargrove", "UHNW", ["US"], [("ACC-7713", "USD")]),
    C("C-7704", "Brooke Hargrove", "Hargrove", "UHNW", ["US"], [("ACC-7714", "USD"), ("ACC-7715", "CAD")]),
    C("C-7705", "Axel Berglund", "Berglund", "HNW", ["US"], [("ACC-7716", "USD"), ("ACC-7717", "SEK")]),
    C("C-7706", "Chase Whitman", "Whitman", "corporate executive", ["US"], [("ACC-7718", "USD")]),
    C("C-7707", "Gloria Kessler", "Kessler", "HNW", [], [("ACC-7719", "USD")]),
]
initiatives = [
    {"tag": "le-mans", "name": "24 Hours of Le Mans hospitality"},
    {"tag": "golf-open", "name": "Open golf championship day"},
    {"tag": "opera-gala", "name": "Opera gala evening"},
    {"tag": "museum-night", "name": "Museum late-night private view"},
]

lines = []
REC = "record"
AC = "ask_client"
AU = "ask_unclear"
NC = "not_covered"
ACH = "ask_channel"


def L(lang, rep, text, outcome, client=None, channel=None, day=None, time=None, claims=(), fu=None,
      init=None, nc=(), ne=(), why=""):
    if outcome != "record":  # only outcome and client are checked for asks
        channel = None
        day = None
        time = None
        fu = None
        init = None
        claims = ()
        nc = ()
        ne = ()
    lines.append({"id": f"h7-{len(lines) + 1:03d}", "lang": lang, "rep": R[rep], "text": text,
                      "expect": {"outcome": outcome, "client": client, "channel": channel, "day": day, "time": time,
                                  "claims": [{"kind": k, "amount": a, "currency": c, "account": ac} for k, a, c, ac in claims],
                                  "follow_up_on": fu, "initiative": init, "notes_contains": list(nc), "notes_excludes": list(ne)},
                      "why": why})


def dep(a, c, ac=None):
    return ("deposit", a, c, ac)


def plg(a, c, ac=None):
    return ("pledge", a, c, ac)


def man(a, c, ac=None):
    return ("mandate", a, c, ac)


MARKS = {"USD": ["USD", "$"], "EUR": ["EUR", "€", "euro"], "GBP": ["GBP", "£", "quid"], "RON": ["RON", "lei"],
             "SEK": ["SEK", "kr"], "NOK": ["NOK"], "MYR": ["MYR", "RM", "ringgit"], "INR": ["INR", "₹", "rupe", "रुपये"],
             "SGD": ["SGD", "S$"], "CHF": ["CHF"], "CAD": ["CAD", "C$"]}


def validate(full=True):
    cl = {c["external_id"]: c for c in clients}
    tags = {i["tag"] for i in initiatives}
    repids = {r["slack_user_id"]: r for r in reps}
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
        assert e["day"] <= local.date().isoformat(), ln
        if e["time"]:
            assert len(e["time"]) == 5 and e["time"][2] == ":", ln
            t = dt.datetime.fromisoformat(e["day"] + "T" + e["time"]).replace(tzinfo=tz)
            assert t <= NOWDT, ln
        c = cl[e["client"]]
        accts = {a["account"]: a["currency"] for a in c["accounts"]}
        for k in e["claims"]:
            assert Decimal(k["amount"]) > 0 and k["kind"] in ("deposit", "pledge", "mandate"), ln
            assert str(Decimal(k["amount"])) == k["amount"], ln
            if k["account"]:
                assert k["account"] in txt and accts[k["account"]] == k["currency"], ln
            elif len(set(accts.values())) > 1 or k["currency"] not in accts.values():
                assert any(m.lower() in txt.lower() for m in MARKS[k["currency"]]), ln
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
    ids = [x["id"] for x in lines]
    assert len(set(ids)) == len(ids)
    texts = [x["text"] for x in lines]
    assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
    byl = Counter(x["lang"] for x in lines)
    if full:
        assert len(lines) == 210, len(lines)
        assert all(byl[x] == 30 for x in ("en", "fr", "sv", "ro", "ms", "hi", "mixed")), byl
    return byl


def main():
    full = "--partial" not in sys.argv
    byl = validate(full)
    out = {"now": NOW, "reps": reps, "clients": clients, "initiatives": initiatives, "lines": lines}
    if full:
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json"), "w") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
    byo = Counter(x["expect"]["outcome"] for x in lines)
    asks = sum(v for k, v in byo.items() if k != "record")
    print(len(lines), "lines;", len(clients), "clients")
    print("by language:", dict(byl))
    print("by outcome:", dict(byo), f"asks {asks} ({100 * asks / max(1, len(lines)):.0f}%)")
    print("claims:", dict(Counter(k["kind"] for x in lines for k in x["expect"]["claims"])))
    print("asks by language:", dict(Counter((x["lang"], x["expect"]["outcome"]) for x in lines if x["expect"]["outcome"] != "record")))


# ================= en: New York rep (local Thu 10 Dec 11:45) =================
L("en", "US", "mtg w/ Summer Castellano yday 3pm re her 401k + backdoor Roth, she wired 850k in", REC, "C-7702", "in_person", rel("US", -1), "15:00", [dep("850000", "USD")], nc=["401k"], ne=["yday", "3pm"], why="mtg = meeting; Summer is a name, not the season; 401k is a plan name; wired in = deposit")
L("en", "US", "Bill called 2day abt the bill for his kid's tuition, 529 plan, nothing new", REC, "C-7703", "phone", rel("US", 0), None, [], nc=["529"], ne=["2day"], why="'Bill' alone fits one client in the whole firm; 'the bill' is a word; 529 is a plan")
L("en", "US", "Hargrove lunch last nite, pledged 2MM", AC, why="two Hargroves covered (Bill, Brooke)")
L("en", "US", "Brooke Hargrove zoom this am, committed 1.5mm", AU, "C-7704", why="USD and CAD accounts, no currency or account")
L("en", "US", "Brooke Hargrove video 9:30 this morning, moved C$600k into ACC-7715 and pledged USD 1M more by Q1", REC, "C-7704", "video", rel("US", 0), "09:30", [dep("600000", "CAD", "ACC-7715"), plg("1000000", "USD")], nc=["Q1"], ne=["9:30"], why="two outcomes in two currencies; explicit time beats 'this morning'")
L("en", "US", "Daniel phoned re the trust amendment", AC, why="Daniel Okonjo (US) and Daniel Ciobanu (RO) share the first name")
L("en", "US", "Daniel Okonjo in office Tues 10am, won the mandate for the secondary offering, fee $425k, f/u 1/5", REC, "C-7701", "in_person", past("US", "tue"), "10:00", [man("425000", "USD")], on(1, 5, 2027), nc=["secondary offering"], ne=["Tues", "10am"], why="US m/d follow-up 1/5 = 5 Jan 2027, the next one")
L("en", "US", "Gloria Kessler coffee this am, referred by Chase, ~12m held away", NC, "C-7707", why="firm client covered by nobody")
L("en", "US", "Chase Whitman email yest, 10b5-1 plan q's, S&P 500 exposure, no new $ yet", REC, "C-7706", "email", rel("US", -1), None, [], nc=["10b5-1"], ne=["yest"], why="10b5-1 and S&P 500 are not amounts; no money")
L("en", "US", "Axel Berglund call last Thurs re the SEK acct", REC, "C-7705", "phone", past("US", "thu"), None, [], ne=["last Thurs"], why="'last Thursday' said on a Thursday: seven days ago (correction, see README)")
L("en", "US", "Axel Berglund phone Mon 2:15pm, deposited 3m SEK into ACC-7717 #opera-gala", REC, "C-7705", "phone", past("US", "mon"), "14:15", [dep("3000000", "SEK", "ACC-7717")], init="opera-gala", ne=["Mon", "2:15pm"], why="account names SEK side")
L("en", "US", "caught up w/ Summer Castellano yday re estate plan, kids are 14 & 17", ACH, "C-7702", why="'caught up' gives no channel")
L("en", "US", "Okonjo dinner Sat w/ spouse, he said he MIGHT add 2m if the sale of the biz closes", REC, "C-7701", "in_person", past("US", "sat"), None, [], nc=["sale of the biz"], ne=["Sat"], why="surname alone, unique in firm; hypothetical is no claim")
L("en", "US", "Chase Whitman fedex'd signed docs 12/8, pledge of 750k withdrawn, he's staying w/ his current custodian", REC, "C-7706", "mail", on(12, 8), None, [], nc=["custodian"], ne=["12/8"], why="courier = mail; withdrawn pledge is no claim; US 12/8 = 8 Dec")
L("en", "US", "Bill Hargrove teams 11am today, deposited $1.2M + pledged 500k more, tel 917-555-0199, f/u tmrw", REC, "C-7703", "video", rel("US", 0), "11:00", [dep("1200000", "USD"), plg("500000", "USD")], rel("US", 1), ne=["11am"], why="two outcomes; phone number not an amount; tmrw follow-up")
# ================= en: London rep (local Thu 10 Dec 16:45) =================
L("en", "GB", "Hope Aldridge coffee at Fortnum's this am, ISA top-up, she put £20k in", REC, "C-7603", "in_person", rel("GB", 0), None, [dep("20000", "GBP")], nc=["ISA"], ne=["this am"], why="Hope is a name; coffee = in person; put in = deposit")
L("en", "GB", "Miles Fairweather rang at half ten re buying the farm, mentioned 500 acres, no money moved", REC, "C-7604", "phone", rel("GB", 0), "10:30", [], nc=["500 acres"], ne=["half ten"], why="half ten = 10:30; acres not money")
L("en", "GB", "Pennington lunch Tues at the club re IHT", AC, why="three Penningtons in the firm, two covered")
L("en", "GB", "Clementine Pennington video call yesterday, pledged 900k", AU, "C-7602", why="GBP and EUR accounts, no currency")
L("en", "GB", "Clementine Pennington Teams 14.30 today, transferred €750k into ACC-7613, f/u w/c 4 Jan", REC, "C-7602", "video", rel("GB", 0), "14:30", [dep("750000", "EUR", "ACC-7613")], on(1, 4, 2027), ne=["14.30"], why="dotted time; w/c 4 Jan = 4 Jan 2027")
L("en", "GB", "Alistair Pennington phoned this morning re his SIPP", NC, "C-7606", why="in household Pennington but covered by nobody")
L("en", "GB", "Meera Joshi lunch Fri 1pm, pledged £2.5m for next tax year, #golf-open", REC, "C-7506", "in_person", past("GB", "fri"), "13:00", [plg("2500000", "GBP")], init="golf-open", ne=["Fri", "1pm"], why="London rep covers this Joshi")
L("en", "GB", "Thibault Marchetti letter rec'd today, signed the mandate letter for the disposal, fee €300k", REC, "C-7605", "mail", rel("GB", 0), None, [man("300000", "EUR")], nc=["disposal"], why="letter = mail; mandate with fee")
L("en", "GB", "Hugo Pennington phone 2 days ago, 12m fixed-term deposit rolled, no new money", REC, "C-7601", "phone", rel("GB", -2), None, [], nc=["fixed-term deposit"], ne=["2 days ago"], why="fixed-term deposit never a claim")
L("en", "GB", "Hope rang last Thurs about the gilts ladder", REC, "C-7603", "phone", past("GB", "thu"), None, [], nc=["gilts ladder"], ne=["last Thurs"], why="'last Thursday' said on a Thursday: seven days ago (correction, see README); Hope alone is unique in the firm")
L("en", "GB", "Miles Fairweather dinner Weds eve, mandate won on the MBO, fee 1.2m, also deposited 250k into ACC-7615", REC, "C-7604", "in_person", past("GB", "wed"), None, [man("1200000", "GBP"), dep("250000", "GBP", "ACC-7615")], nc=["MBO"], ne=["Weds"], why="two outcomes; single GBP account; 'eve' = part of day")
L("en", "GB", "Hugo Pennington chat re grandchildren's JISAs", ACH, "C-7601", why="'chat' gives no channel")
L("en", "GB", "Hugo Pennington & Clementine drinks Mon", AC, why="two clients in one line")
L("en", "GB", "Thibault Marchetti zoom on 3/12 at 9, pledged €400k, would be more if the house sells", REC, "C-7605", "video", on(12, 3), "09:00", [plg("400000", "EUR")], nc=["house sells"], ne=["3/12"], why="UK d/m; 'at 9' in a working day = 09:00; conditional 'more' adds no claim")
L("en", "GB", "Hope Aldridge in person today 3.15pm, she's 67, wants 4% income, deposited 300 grand", REC, "C-7603", "in_person", rel("GB", 0), "15:15", [dep("300000", "GBP")], nc=["4%"], ne=["3.15pm"], why="age and percentage not amounts; grand = thousand")
# ================= fr: Paris rep (local Thu 10 Dec 17:45) =================
L("fr", "FR", "RDV avec Olivier Delmas hier 14h30, versement de 1,5 M€ sur son compte", REC, "C-7101", "in_person", rel("FR", -1), "14:30", [dep("1500000", "EUR")], ne=["hier", "14h30"], why="versement = deposit; 1,5 M€ in French notation")
L("fr", "FR", "Capucine Delmas tél ce matin, elle s'engage sur 800 k€ d'ici fin janvier", REC, "C-7102", "phone", rel("FR", 0), None, [plg("800000", "EUR")], ne=["ce matin"], why="s'engage = pledge; part of day gives no time")
L("fr", "FR", "Delmas dej mardi, parlé succession", AC, why="household Delmas has two covered members")
L("fr", "FR", "Blanche Moreau visio lundi, apport de 2 M", AU, "C-7103", why="EUR and CHF accounts, no currency")
L("fr", "FR", "Blanche Moreau visio mardi dernier à 11h, virement de 500 000 CHF sur ACC-7114", REC, "C-7103", "video", past("FR", "tue"), "11:00", [dep("500000", "CHF", "ACC-7114")], ne=["mardi dernier", "11h"], why="space-grouped thousands; account named")
L("fr", "FR", "Moreau appel rapide hier soir", AC, why="surname shared with Benoît Moreau, another firm client")
L("fr", "FR", "Benoît Moreau déjeuner aujourd'hui, 3 M€ chez un concurrent", NC, "C-7104", why="covered by nobody")
L("fr", "FR", "Pierre Castaing mandat signé pour la cession de sa PME, honoraires 250 k€, réunion au bureau le 7/12", REC, "C-7105", "in_person", on(12, 7), None, [man("250000", "EUR")], nc=["PME"], ne=["7/12"], why="Pierre is a name; mandate with fee; French d/m")
L("fr", "FR", "Castaing m'a appelé jeudi dernier au sujet du CAC 40", REC, "C-7105", "phone", past("FR", "thu"), None, [], nc=["CAC 40"], ne=["jeudi dernier"], why="'jeudi dernier' said on a Thursday: seven days ago (correction, see README)")
L("fr", "FR", "Constant Laffitte mail hier, questions sur son PEA et l'assurance-vie, rien de signé", REC, "C-7106", "email", rel("FR", -1), None, [], nc=["PEA"], ne=["hier"], why="French 'mail' = email; Constant is a name")
L("fr", "FR", "Constant Laffitte courrier reçu ce jour, il retire sa promesse de 400 k€", REC, "C-7106", "mail", rel("FR", 0), None, [], nc=["retire"], why="courrier = mail; withdrawn pledge is no claim; 'ce jour' = today")
L("fr", "FR", "Olivier petit dej ce matin 8h, il a versé 300k€ + promis 1M€ de plus, relance lundi", REC, "C-7101", "in_person", rel("FR", 0), "08:00", [dep("300000", "EUR"), plg("1000000", "EUR")], nxt("FR", "mon"), ne=["ce matin", "8h"], why="first name alone unique in the firm; two outcomes; relance = follow-up")
L("fr", "FR", "Pierre Castaing avant-hier au tel, compte à terme 1 M€ renouvelé", REC, "C-7105", "phone", rel("FR", -2), None, [], nc=["compte à terme"], ne=["avant-hier"], why="term deposit never a claim")
L("fr", "FR", "Capucine Delmas échangé vendredi sur le PER", ACH, "C-7102", why="'échangé' gives no channel")
L("fr", "FR", "Olivier Brun rdv demain pour ouvrir un compte", AC, why="unknown person sharing Olivier Delmas's first name")
L("fr", "FR", "Constant Laffitte dîner samedi soir #opera-gala, il envisage peut-être 2 M€ si la vente se fait", REC, "C-7106", "in_person", past("FR", "sat"), None, [], init="opera-gala", nc=["si la vente"], ne=["samedi soir"], why="hypothetical is no claim; initiative tag")
L("fr", "FR", "Blanche Moreau rdv au bureau ce jour à 16h, dépôt 1,2 M€ sur ACC-7113, relance le 15/12", REC, "C-7103", "in_person", rel("FR", 0), "16:00", [dep("1200000", "EUR", "ACC-7113")], on(12, 15), ne=["16h"], why="dépôt = deposit; account EUR side; follow-up date")
L("fr", "FR", "Pierre Castaing visio lundi 9h15, mandat gagné, honoraires 180 000 €, il a 58 ans", REC, "C-7105", "video", past("FR", "mon"), "09:15", [man("180000", "EUR")], nc=["58 ans"], ne=["lundi", "9h15"], why="age not an amount")
L("fr", "FR", "Thibault Marchetti appel hier, il veut investir 500 k€", NC, "C-7605", why="covered by the London rep only")
L("fr", "FR", "Olivier Delmas tel le 1er déc., pas de versement finalement, il attend la vente de l'appart", REC, "C-7101", "phone", on(12, 1), None, [], nc=["la vente"], ne=["1er déc"], why="negated deposit")
L("fr", "FR", "Capucine Delmas lettre envoyée aujourd'hui avec le bulletin de souscription, engagement 250 000 EUR", REC, "C-7102", "mail", rel("FR", 0), None, [plg("250000", "EUR")], nc=["bulletin de souscription"], why="letter = mail; engagement = pledge")
L("fr", "FR", "Laffitte rdv mercredi 15h, versement 600 k€ prévu si le crédit passe", REC, "C-7106", "in_person", past("FR", "wed"), "15:00", [], nc=["si le crédit"], ne=["mercredi", "15h"], why="surname alone unique; conditional is no claim")
L("fr", "FR", "Blanche dej hier à 12h30, promesse de 700 k CHF, rappel demain", REC, "C-7103", "in_person", rel("FR", -1), "12:30", [plg("700000", "CHF")], rel("FR", 1), ne=["hier", "12h30"], why="first name alone unique; CHF given; rappel demain = follow-up tomorrow")
L("fr", "FR", "Capucine Delmas rdv hier avec son notaire, 50 ans de mariage en mars", REC, "C-7102", "in_person", rel("FR", -1), None, [], nc=["notaire"], ne=["hier"], why="50 ans not an amount")
L("fr", "FR", "Pierre Castaing, rdv ce matin: tel 06 12 34 56 78 changé, pas d'opération", REC, "C-7105", "in_person", rel("FR", 0), None, [], nc=["06 12 34 56 78"], ne=["ce matin"], why="phone number not an amount")
L("fr", "FR", "Constant Laffitte appel la semaine dernière sur son PEA-PME", AU, "C-7106", why="'la semaine dernière' names no day")
L("fr", "FR", "Capucine Delmas visio 10h ce matin, elle a viré 2 millions d'euros, relance dans 2 semaines", REC, "C-7102", "video", rel("FR", 0), "10:00", [dep("2000000", "EUR")], rel("FR", 14), ne=["10h", "ce matin"], why="viré = wired; in 2 weeks = today + 14")
L("fr", "FR", "Blanche Moreau appel 16h, elle confirme le virement de 900k€ et de 300k CHF", REC, "C-7103", "phone", rel("FR", 0), "16:00", [dep("900000", "EUR"), dep("300000", "CHF")], ne=["16h"], why="two deposits in two currencies")
L("fr", "FR", "Olivier Delmas rdv au cabinet vendredi dernier, il n'a PAS signé le mandat de cession", REC, "C-7101", "in_person", past("FR", "fri"), None, [], nc=["mandat de cession"], ne=["vendredi dernier"], why="negated mandate")
L("fr", "FR", "Pierre Castaing rdv le 31/11 au bureau", AU, "C-7105", why="31 November does not exist")
# ================= sv: Stockholm rep (local Thu 10 Dec 17:45) =================
L("sv", "SV", "Lunch med Gustav Wikström igår, insättning 2 mkr på ACC-7211", REC, "C-7201", "in_person", rel("SV", -1), None, [dep("2000000", "SEK", "ACC-7211")], ne=["igår"], why="mkr = million kronor; account names the SEK side")
L("sv", "SV", "Gustav Wikström ringde i morse, lovade 1,5 milj", AU, "C-7201", why="SEK and NOK accounts, no currency")
L("sv", "SV", "Wikström middag i tisdags", AC, why="household Wikström has two covered members")
L("sv", "SV", "Ingrid Wikström möte kl. 13 idag, hon satte in 750 tkr", REC, "C-7202", "in_person", rel("SV", 0), "13:00", [dep("750000", "SEK")], ne=["kl. 13"], why="tkr = thousand kronor; single SEK account")
L("sv", "SV", "Bo Lundgren telefon i måndags kl 9.30, ville bo kvar i huset, inga nya pengar", REC, "C-7203", "phone", past("SV", "mon"), "09:30", [], nc=["bo kvar"], ne=["måndags"], why="Bo is a name and 'bo' a verb; no money")
L("sv", "SV", "Klara mejlade igår om ISK:n, inget klart ännu", REC, "C-7204", "email", rel("SV", -1), None, [], nc=["ISK"], ne=["igår"], why="first name Klara alone is unique in the firm; 'klart' is a word")
L("sv", "SV", "Nyström fika i fredags", AC, why="surname shared with Per Nyström, another firm client")
L("sv", "SV", "Per Nyström samtal i förrgår, vill flytta 5 mkr", NC, "C-7206", why="covered by nobody")
L("sv", "SV", "Sara Ekdahl videomöte i förmiddags, mandat vunnet för börsnoteringen, arvode 4 mkr", REC, "C-7205", "video", rel("SV", 0), None, [man("4000000", "SEK")], nc=["börsnoteringen"], ne=["i förmiddags"], why="mandate won with fee; part of day")
L("sv", "SV", "Sara Ekdahl träffades förra torsdagen", REC, "C-7205", "in_person", past("SV", "thu"), None, [], ne=["förra torsdagen"], why="'förra torsdagen' said on a Thursday: seven days ago (correction, see README)")
L("sv", "SV", "Klara Nyström teams 10:15 idag, sätter in 300 000 kr nästa vecka (löfte), följ upp måndag", REC, "C-7204", "video", rel("SV", 0), "10:15", [plg("300000", "SEK")], nxt("SV", "mon"), ne=["10:15"], why="promise to pay in later = pledge; follow-up Monday is the next one")
L("sv", "SV", "Ingrid Wikström brev skickat i dag med fullmakten", REC, "C-7202", "mail", rel("SV", 0), None, [], nc=["fullmakten"], why="brev = letter = mail; 'i dag' = today")
L("sv", "SV", "Bo Lundgren lunch i söndags, bunden placering 1 milj kr förlängd", REC, "C-7203", "in_person", past("SV", "sun"), None, [], nc=["bunden placering"], ne=["söndags"], why="fixed-term placement never a claim")
L("sv", "SV", "Gustav Wikström möte 14.00 i tisdags, satte in NOK 2 mill på ACC-7212 och lovade 1 mkr SEK till", REC, "C-7201", "in_person", past("SV", "tue"), "14:00", [dep("2000000", "NOK", "ACC-7212"), plg("1000000", "SEK")], ne=["14.00", "tisdags"], why="two outcomes in two currencies")
L("sv", "SV", "Sara Lindberg ringde om pension", AC, why="unknown person sharing Sara Ekdahl's first name")
L("sv", "SV", "Axel Berglund lunch idag, 2 mkr", NC, "C-7705", why="covered by the New York rep only")
L("sv", "SV", "Klara Nyström pratade igår om OMXS30-fonden", ACH, "C-7204", why="'pratade' (talked) gives no channel")
L("sv", "SV", "Ingrid Wikström samtal kl 16:30, drog tillbaka löftet om 500 tkr", REC, "C-7202", "phone", rel("SV", 0), "16:30", [], nc=["drog tillbaka"], ne=["kl 16:30"], why="withdrawn pledge is no claim")
L("sv", "SV", "Sara Ekdahl mejl i onsdags, arvode för mandatet ej klart, kanske Q1", REC, "C-7205", "email", past("SV", "wed"), None, [], nc=["Q1"], ne=["onsdags"], why="mandate not settled is no claim")
L("sv", "SV", "Bo Lundgren kaffe i eftermiddag, han satte in 1,2 milj. kr, uppföljning den 18 dec", REC, "C-7203", "in_person", rel("SV", 0), None, [dep("1200000", "SEK")], on(12, 18), ne=["i eftermiddag"], why="1,2 milj. kr; uppföljning = follow-up")
L("sv", "SV", "Gustav Wikström videosamtal den 2 dec kl 11, pratade om 67 års pensionsålder", REC, "C-7201", "video", on(12, 2), "11:00", [], nc=["67"], ne=["2 dec"], why="age not an amount")
L("sv", "SV", "Lundgren ringde 08.45 i morse, ingen insättning idag", REC, "C-7203", "phone", rel("SV", 0), "08:45", [], nc=["ingen insättning"], ne=["08.45"], why="surname alone unique; negated deposit; explicit time beats 'i morse'")
L("sv", "SV", "Klara Nyström middag igår kväll #museum-night, hon funderar på att sätta in 2 mkr om försäljningen går igenom", REC, "C-7204", "in_person", rel("SV", -1), None, [], init="museum-night", nc=["om försäljningen"], ne=["igår kväll"], why="hypothetical is no claim")
L("sv", "SV", "Sara Ekdahl telefon i lördags, tel 070-123 45 67, bokade möte", REC, "C-7205", "phone", past("SV", "sat"), None, [], nc=["070-123 45 67"], ne=["lördags"], why="phone number not an amount")
L("sv", "SV", "Ingrid Wikström videomöte i förrgår kl 15, hon har överfört 400 tkr", REC, "C-7202", "video", rel("SV", -2), "15:00", [dep("400000", "SEK")], ne=["förrgår"], why="förrgår = day before yesterday; överfört = transferred in")
L("sv", "SV", "Gustav Wikström mail igår: kan ej sätta in 3 mkr innan jul", REC, "C-7201", "email", rel("SV", -1), None, [], nc=["innan jul"], ne=["igår"], why="negated deposit")
L("sv", "SV", "Bo Lundgren möte på kontoret 13:00 i måndags, lovat 800 000 kr, följ upp om två veckor", REC, "C-7203", "in_person", past("SV", "mon"), "13:00", [plg("800000", "SEK")], rel("SV", 14), ne=["13:00"], why="in two weeks = today + 14")
L("sv", "SV", "Klara Nyström zoom idag kl 9, satte in 250 tkr på ACC-7215", REC, "C-7204", "video", rel("SV", 0), "09:00", [dep("250000", "SEK", "ACC-7215")], ne=["kl 9"], why="account named")
L("sv", "SV", "Sara Ekdahl lunch i fredags, mandatet klart, arvode 1,5 Mkr + insättning 500 tkr", REC, "C-7205", "in_person", past("SV", "fri"), None, [man("1500000", "SEK"), dep("500000", "SEK")], ne=["fredags"], why="mandate and deposit in one line")
L("sv", "SV", "Bo Lundgren mejl 7/12 om fullmakt för sonen, 35 år", REC, "C-7203", "email", on(12, 7), None, [], nc=["fullmakt"], ne=["7/12"], why="Swedish d/m; age not an amount")
# ================= ro: Bucharest rep (local Thu 10 Dec 18:45) =================
L("ro", "RO", "Întâlnire cu Daniel Ciobanu ieri la 15:00, a depus 500.000 lei", REC, "C-7301", "in_person", rel("RO", -1), "15:00", [dep("500000", "RON")], ne=["ieri", "15:00"], why="dot-grouped thousands; lei = RON")
L("ro", "RO", "Mihaela Ciobanu tel azi dimineata, promite 300 mii", AU, "C-7302", why="RON and EUR accounts, no currency")
L("ro", "RO", "Ciobanu cafea marti", AC, why="household Ciobanu has two covered members")
L("ro", "RO", "Daniel a sunat azi", AC, why="first name shared with Daniel Okonjo, another firm client")
L("ro", "RO", "Mihaela Ciobanu video marțea trecută ora 10, transfer 200.000 EUR în ACC-7313", REC, "C-7302", "video", past("RO", "tue"), "10:00", [dep("200000", "EUR", "ACC-7313")], ne=["marțea trecută"], why="last Tuesday; account EUR side")
L("ro", "RO", "Radu Avram pranz alaltaieri, a promis 1,2 mil. euro", REC, "C-7303", "in_person", rel("RO", -2), None, [plg("1200000", "EUR")], ne=["alaltaieri"], why="no diacritics; alaltăieri = day before yesterday")
L("ro", "RO", "Avram email luni", AC, why="surname shared with Cristian Avram, another firm client")
L("ro", "RO", "Cristian Avram intalnire azi la birou", NC, "C-7306", why="covered by nobody")
L("ro", "RO", "Speranța Iliescu la telefon joia trecută", REC, "C-7304", "phone", past("RO", "thu"), None, [], ne=["joia trecută"], why="'joia trecută' said on a Thursday: seven days ago (correction, see README)")
L("ro", "RO", "Sperana Iliescu scrisoare primita azi, semnat mandatul pt vanzarea firmei, onorariu 400.000 lei", REC, "C-7304", "mail", rel("RO", 0), None, [man("400000", "RON")], nc=["vanzarea firmei"], why="typo Sperana; letter = mail; mandate with fee")
L("ro", "RO", "Ilie Dragomir videocall azi 11:30, depozit la termen 2 mil lei prelungit, fara bani noi", REC, "C-7305", "video", rel("RO", 0), "11:30", [], nc=["depozit la termen"], ne=["11:30"], why="term deposit never a claim")
L("ro", "RO", "Radu a trecut pe la birou ieri seara, speranta mea e ca vine cu 500k euro in ianuarie", REC, "C-7303", "in_person", rel("RO", -1), None, [], nc=["ianuarie"], ne=["ieri seara"], why="Radu alone unique; 'speranta mea' = my hope, not the client Speranța; a hope is no claim")
L("ro", "RO", "Speranța Iliescu prânz luni la 13, a depus 350.000 RON și a promis încă 150.000", REC, "C-7304", "in_person", past("RO", "mon"), "13:00", [dep("350000", "RON"), plg("150000", "RON")], ne=["luni"], why="two outcomes; single RON account")
L("ro", "RO", "Ilie Dragomir tel vineri 9:45, mandat castigat, comision 1,5 milioane lei, revin luni", REC, "C-7305", "phone", past("RO", "fri"), "09:45", [man("1500000", "RON")], nxt("RO", "mon"), ne=["vineri", "9:45"], why="revin luni = follow-up Monday")
L("ro", "RO", "Daniel Ciobanu a vorbit cu mine ieri despre Pilonul III", ACH, "C-7301", why="'a vorbit' (talked) gives no channel")
L("ro", "RO", "Mihaela Ciobanu email azi, 2 copii, 45 de ani, nimic concret", REC, "C-7302", "email", rel("RO", 0), None, [], nc=["45 de ani"], why="counts and age not amounts")
L("ro", "RO", "Radu Avram videoconf ieri 16:30, a retras promisiunea de 300k EUR", REC, "C-7303", "video", rel("RO", -1), "16:30", [], nc=["a retras"], ne=["16:30"], why="withdrawn pledge is no claim")
L("ro", "RO", "Daniel Ciobanu cina sambata #le-mans, a transferat 1.000.000 lei in ACC-7311", REC, "C-7301", "in_person", past("RO", "sat"), None, [dep("1000000", "RON", "ACC-7311")], init="le-mans", ne=["sambata"], why="dinner = in person; account named")
L("ro", "RO", "Ilie Dragomir intalnire 3 decembrie ora 14, nu a semnat mandatul inca", REC, "C-7305", "in_person", on(12, 3), "14:00", [], nc=["nu a semnat"], ne=["3 decembrie"], why="negated mandate")
L("ro", "RO", "Mihaela Ciobanu intalnire la ea acasa azi la 17, a depus 250.000 lei si 100.000 EUR", REC, "C-7302", "in_person", rel("RO", 0), "17:00", [dep("250000", "RON"), dep("100000", "EUR")], why="two deposits, one per currency")
L("ro", "RO", "Speranța Iliescu tel ieri, poate depune 1 milion dacă vinde terenul", REC, "C-7304", "phone", rel("RO", -1), None, [], nc=["vinde terenul"], ne=["ieri"], why="conditional is no claim")
L("ro", "RO", "Radu Avram email 8.12, intrebari despre indicele BET, de revenit pe 14.12", REC, "C-7303", "email", on(12, 8), None, [], on(12, 14), nc=["BET"], ne=["8.12"], why="Romanian d.m dates; de revenit = follow-up")
L("ro", "RO", "Ilie Dragomir a trimis o scrisoare recomandata ieri cu actele KYC", REC, "C-7305", "mail", rel("RO", -1), None, [], nc=["KYC"], ne=["ieri"], why="registered letter = mail")
L("ro", "RO", "Daniel Ciobanu sedinta azi dimineata, 3 milioane lei angajament pt Q1, revin maine", REC, "C-7301", "in_person", rel("RO", 0), None, [plg("3000000", "RON")], rel("RO", 1), nc=["Q1"], ne=["azi dimineata"], why="angajament = commitment = pledge; Q1 not an amount")
L("ro", "RO", "Ilie Dragomir telefon ieri la 10 si jumatate, discutat despre pensie", REC, "C-7305", "phone", rel("RO", -1), "10:30", [], nc=["pensie"], ne=["ieri"], why="10 și jumătate = 10:30")
L("ro", "RO", "Radu Avram zoom miercuri, a depus 400k", REC, "C-7303", "video", past("RO", "wed"), None, [dep("400000", "EUR")], ne=["miercuri"], why="no currency: his single EUR account")
L("ro", "RO", "Elena Ciobanu a sunat despre mostenire", AC, why="unknown person sharing the Ciobanu surname")
L("ro", "RO", "Speranța Iliescu videocall acum 3 zile, 70 de ani împliniți, nimic nou", REC, "C-7304", "video", rel("RO", -3), None, [], nc=["70 de ani"], ne=["acum 3 zile"], why="3 days ago; age not an amount")
L("ro", "RO", "Mihaela Ciobanu scrisoare trimisa 4 dec, contract semnat, depunere 50.000 EUR in ACC-7313", REC, "C-7302", "mail", on(12, 4), None, [dep("50000", "EUR", "ACC-7313")], ne=["4 dec"], why="letter = mail; account named")
L("ro", "RO", "Ilie Dragomir intalnire saptamana trecuta, a promis 600.000 lei", AU, "C-7305", why="'săptămâna trecută' names no day")
# ================= ms: Kuala Lumpur rep (local Fri 11 Dec 00:45, just past midnight) =================
L("ms", "MS", "Jumpa Tan Boon Keat Rabu lepas pukul 3 petang, dia deposit RM 2 juta ke ACC-7411", REC, "C-7401", "in_person", past("MS", "wed"), "15:00", [dep("2000000", "MYR", "ACC-7411")], ne=["Rabu lepas", "pukul 3 petang"], why="pukul 3 petang = 15:00; juta = million; account named")
L("ms", "MS", "Tan Boon Keat call Selasa, janji 500 ribu", AU, "C-7401", why="MYR and SGD accounts, no currency")
L("ms", "MS", "Tan lunch Isnin", AC, why="household Tan has two covered members")
L("ms", "MS", "Tan Mei Ling telefon semalam jam 4 ptg, dia dah masukkan RM500k", REC, "C-7402", "phone", rel("MS", -1), "16:00", [dep("500000", "MYR")], ne=["semalam", "jam 4 ptg"], why="rep's local today is Fri 11 Dec, so semalam = Thu 10 Dec; ptg = petang")
L("ms", "MS", "Mawar binti Ismail mesyuarat di pejabat Khamis 10 pagi, bawa bunga mawar utk dia, tiada deposit", REC, "C-7403", "in_person", past("MS", "thu"), "10:00", [], nc=["bunga mawar"], ne=["10 pagi"], why="Mawar (rose) is a name and a word; 'tiada deposit' is no claim")
L("ms", "MS", "Mawar emel 8/12 pasal ASB dan EPF", REC, "C-7403", "email", on(12, 8), None, [], nc=["ASB"], ne=["8/12"], why="first name alone unique in the firm; ASB/EPF are products")
L("ms", "MS", "Lim Chee Wah jumpa Khamis, nak pindah RM 3 juta", NC, "C-7406", why="covered by nobody")
L("ms", "MS", "Azman bin Yusoff panggilan video Isnin lepas 11 pagi, mandat dimenangi, yuran RM 1.2 juta", REC, "C-7404", "video", past("MS", "mon"), "11:00", [man("1200000", "MYR")], ne=["Isnin lepas"], why="mandate won with fee")
L("ms", "MS", "Azman jumpa Jumaat lepas", REC, "C-7404", "in_person", past("MS", "fri"), None, [], ne=["Jumaat lepas"], why="'Jumaat lepas' said on the rep's local Friday: seven days ago (correction, see README)")
L("ms", "MS", "Kavitha a/p Subramaniam makan tengah hari semalam, dia komited RM 800 ribu, susulan Isnin", REC, "C-7405", "in_person", rel("MS", -1), None, [plg("800000", "MYR")], nxt("MS", "mon"), ne=["semalam"], why="komited = pledge; susulan = follow-up")
L("ms", "MS", "Kavitha bercakap dgn saya Selasa pasal KWSP", ACH, "C-7405", why="'bercakap' (spoke) gives no channel")
L("ms", "MS", "Tan Mei Ling surat dihantar 7 Dis, borang KYC", REC, "C-7402", "mail", on(12, 7), None, [], nc=["KYC"], ne=["7 Dis"], why="surat = letter = mail")
L("ms", "MS", "Tan Boon Keat zoom Khamis pukul 9 malam, pindah SGD 400k ke ACC-7412 dan janji RM 1 juta lagi", REC, "C-7401", "video", past("MS", "thu"), "21:00", [dep("400000", "SGD", "ACC-7412"), plg("1000000", "MYR")], ne=["pukul 9 malam"], why="two outcomes in two currencies; 9 malam = 21:00")
L("ms", "MS", "Azman bin Yusoff telefon dua hari lepas, simpanan tetap RM 2 juta diperbaharui", REC, "C-7404", "phone", rel("MS", -2), None, [], nc=["simpanan tetap"], ne=["dua hari lepas"], why="fixed deposit never a claim")
L("ms", "MS", "Mawar binti Ismail minum petang Rabu, dia tak jadi deposit RM 300k, tunggu bonus", REC, "C-7403", "in_person", past("MS", "wed"), None, [], nc=["tunggu bonus"], ne=["Rabu"], why="negated deposit; part of day gives no time")
L("ms", "MS", "Siti Mawar call pasal takaful", AC, why="unknown person sharing Mawar's first name")
L("ms", "MS", "Kavitha Subramaniam jumpa di KLCC Selasa 2.30 ptg #golf-open, deposit RM 750,000", REC, "C-7405", "in_person", past("MS", "tue"), "14:30", [dep("750000", "MYR")], init="golf-open", ne=["2.30 ptg"], why="name without a/p still fits; KLCC is a place")
L("ms", "MS", "Tan Mei Ling whatsapp msg semalam pasal yuran", ACH, "C-7402", why="a WhatsApp text is none of the five channels")
L("ms", "MS", "Azman bin Yusoff emel semalam, tarik balik janji RM 1 juta", REC, "C-7404", "email", rel("MS", -1), None, [], nc=["tarik balik"], ne=["semalam"], why="withdrawn pledge is no claim")
L("ms", "MS", "Tan Boon Keat sarapan pagi Isnin, bincang pelan 10 tahun, umur 52", REC, "C-7401", "in_person", past("MS", "mon"), None, [], nc=["umur 52"], ne=["Isnin"], why="breakfast = in person; age and years not amounts")
L("ms", "MS", "Mawar binti Ismail video call Sabtu 10.30 pagi, dia masukkan RM 150 ribu, susulan 2 minggu lagi", REC, "C-7403", "video", past("MS", "sat"), "10:30", [dep("150000", "MYR")], rel("MS", 14), ne=["10.30 pagi"], why="ribu = thousand; in 2 weeks = local today + 14")
L("ms", "MS", "Kavitha a/p Subramaniam telefon Ahad, kalau hartanah dijual dia mungkin labur RM 2 juta", REC, "C-7405", "phone", past("MS", "sun"), None, [], nc=["hartanah"], ne=["Ahad"], why="conditional is no claim")
L("ms", "MS", "Azman bin Yusoff mesyuarat 4 Dis pukul 3 ptg, mandat IPO belum ditandatangani", REC, "C-7404", "in_person", on(12, 4), "15:00", [], nc=["belum ditandatangani"], ne=["4 Dis"], why="mandate not yet signed is no claim")
L("ms", "MS", "Tan Mei Ling jumpa Rabu, ikrar RM 2.5 juta utk tahun depan, susulan Selasa", REC, "C-7402", "in_person", past("MS", "wed"), None, [plg("2500000", "MYR")], nxt("MS", "tue"), ne=["Rabu"], why="ikrar = pledge; follow-up Tuesday is the next one")
L("ms", "MS", "Tan Boon Keat surat berdaftar diterima Selasa, dokumen amanah", REC, "C-7401", "mail", past("MS", "tue"), None, [], nc=["amanah"], why="registered letter = mail")
L("ms", "MS", "Mawar binti Ismail panggilan telefon malam tadi, tel 012-345 6789, tiada wang baru", REC, "C-7403", "phone", rel("MS", -1), None, [], nc=["012-345 6789"], ne=["malam tadi"], why="at 00:45 'malam tadi' is Thursday evening; phone number not an amount")
L("ms", "MS", "Azman bin Yusoff makan malam Khamis, deposit RM 600k + yuran mandat RM 250k", REC, "C-7404", "in_person", past("MS", "thu"), None, [dep("600000", "MYR"), man("250000", "MYR")], ne=["Khamis"], why="deposit and mandate in one line")
L("ms", "MS", "Kavitha a/p Subramaniam jumpa 9 Dis, bincang ELSS untuk anak di India", REC, "C-7405", "in_person", on(12, 9), None, [], nc=["ELSS"], ne=["9 Dis"], why="ELSS is a product")
L("ms", "MS", "Tan Mei Ling e-mel Isnin pukul 8.15 pagi, pindahan masuk RM 1,000,000", REC, "C-7402", "email", past("MS", "mon"), "08:15", [dep("1000000", "MYR")], ne=["8.15 pagi"], why="pindahan masuk = transfer in")
L("ms", "MS", "Kavitha video Jumaat 4 Dis jam 5 petang, janji RM 400 ribu", REC, "C-7405", "video", on(12, 4), "17:00", [plg("400000", "MYR")], ne=["4 Dis"], why="first name alone unique; janji = promise = pledge")
# ================= hi: Kolkata rep (local Thu 10 Dec 22:15), Devanagari and romanised =================
L("hi", "HI", "विक्रम अग्रवाल से कल दोपहर 3 बजे मुलाकात, 50 लाख जमा किए", REC, "C-7501", "in_person", rel("HI", -1), "15:00", [dep("5000000", "INR")], ne=["दोपहर 3 बजे"], why="name in Devanagari; in a log कल = yesterday; single INR account")
L("hi", "HI", "Sunita Agarwal का फ़ोन आज सुबह, 1 करोड़ का वादा", AU, "C-7502", why="INR and USD accounts; crore is a number word, not a currency")
L("hi", "HI", "Agarwal ji ke saath lunch mangalvaar ko", AC, why="household Agarwal has two covered members")
L("hi", "HI", "Sunita Agarwal video call परसों शाम 6 बजे, $300k ACC-7513 में transfer किए", REC, "C-7502", "video", rel("HI", -2), "18:00", [dep("300000", "USD", "ACC-7513")], ne=["परसों"], why="परसों in a log = day before yesterday; account USD side")
L("hi", "HI", "Barkha Sethi se mile aaj subah, barkha ho rahi thi, 25 lakh deposit kiya", REC, "C-7503", "in_person", rel("HI", 0), None, [dep("2500000", "INR")], nc=["barkha ho rahi"], ne=["aaj subah"], why="Barkha is a name and the word for rain; lakh")
L("hi", "HI", "Rohit Malhotra ka email kal aaya, section 80C aur ELSS ke baare mein", REC, "C-7504", "email", rel("HI", -1), None, [], nc=["80C"], ne=["kal"], why="80C is a tax section, not an amount")
L("hi", "HI", "Joshi ji se phone pe baat hui aaj", AC, why="surname shared with Meera Joshi, another firm client")
L("hi", "HI", "Meera Joshi से आज वीडियो कॉल, 2 करोड़ की बात", NC, "C-7506", why="covered by the London rep only")
L("hi", "HI", "Anil Joshi pichhle guruvaar mile", REC, "C-7505", "in_person", past("HI", "thu"), None, [], ne=["pichhle guruvaar"], why="'pichhle guruvaar' (last Thursday) said on a Thursday: seven days ago (correction, see README)")
L("hi", "HI", "अनिल जोशी के साथ मीटिंग सोमवार सुबह 11 बजे, mandate मिला, फीस 75 लाख", REC, "C-7505", "in_person", past("HI", "mon"), "11:00", [man("7500000", "INR")], ne=["सोमवार"], why="mandate won with fee; सुबह 11 बजे = 11:00")
L("hi", "HI", "Rohit Malhotra se baat hui kal raat", ACH, "C-7504", why="'baat hui' (talked) gives no channel")
L("hi", "HI", "Vikram Agarwal ko chitthi bheji aaj, FD ₹1 crore renew hui", REC, "C-7501", "mail", rel("HI", 0), None, [], nc=["FD"], why="chitthi = letter = mail; FD never a claim")
L("hi", "HI", "Barkha Sethi phone pe 9:30 baje aaj, 10 lakh pledge kiye aur 5 lakh abhi transfer kiye", REC, "C-7503", "phone", rel("HI", 0), "09:30", [plg("1000000", "INR"), dep("500000", "INR")], ne=["9:30 baje"], why="pledge and deposit in one line")
L("hi", "HI", "Rohit Malhotra के साथ डिनर शनिवार रात, #opera-gala, उन्होंने कहा शायद 2 करोड़ लगाएंगे अगर ज़मीन बिकी", REC, "C-7504", "in_person", past("HI", "sat"), None, [], init="opera-gala", nc=["ज़मीन"], ne=["शनिवार"], why="'शायद ... अगर' (maybe ... if) is hypothetical, no claim")
L("hi", "HI", "Anil Joshi video call 8 दिसंबर को शाम 4 बजे, 40 लाख का वादा वापस ले लिया", REC, "C-7505", "video", on(12, 8), "16:00", [], nc=["वापस"], ne=["8 दिसंबर"], why="withdrawn pledge is no claim")
L("hi", "HI", "Vikram Agarwal aaj dopahar 2 baje office mein mile, 1.5 crore deposit kiya ACC-7511 mein, follow up agle somvaar", REC, "C-7501", "in_person", rel("HI", 0), "14:00", [dep("15000000", "INR", "ACC-7511")], nxt("HI", "mon"), ne=["dopahar 2 baje"], why="romanised; agle somvaar = next Monday")
L("hi", "HI", "Kavitha Subramaniam se phone pe baat kal, ₹20 lakh aaye", REC, "C-7405", "phone", rel("HI", -1), None, [dep("2000000", "INR")], ne=["kal"], why="secondary coverage; ₹ names INR though her account is MYR")
L("hi", "HI", "Sunita Agarwal meeting बुधवार, 2 crore INR pledge kiya aur $200k bhi", REC, "C-7502", "in_person", past("HI", "wed"), None, [plg("20000000", "INR"), plg("200000", "USD")], ne=["बुधवार"], why="two pledges, each with its currency")
L("hi", "HI", "Priya Sethi ka call aaya tha NRI account ke liye", AC, why="unknown person sharing Barkha Sethi's surname")
L("hi", "HI", "Barkha Sethi ke saath coffee 5 दिसंबर, उम्र 60, 3 बच्चे, कोई नया पैसा नहीं", REC, "C-7503", "in_person", on(12, 5), None, [], nc=["उम्र 60"], ne=["5 दिसंबर"], why="age and count not amounts")
L("hi", "HI", "रोहित मल्होत्रा का फ़ोन आज शाम 7 बजे, IPO mandate sign हुआ, फीस ₹3 करोड़", REC, "C-7504", "phone", rel("HI", 0), "19:00", [man("30000000", "INR")], ne=["शाम 7 बजे"], why="name in Devanagari; शाम 7 बजे = 19:00")
L("hi", "HI", "Vikram Agarwal zoom pichhle mangalvaar, 80 lakh transfer nahi hua abhi tak", REC, "C-7501", "video", past("HI", "tue"), None, [], nc=["nahi hua"], ne=["pichhle mangalvaar"], why="negated transfer")
L("hi", "HI", "Anil Joshi ka courier aaya kal, KYC documents, Nifty 50 fund ki baat", REC, "C-7505", "mail", rel("HI", -1), None, [], nc=["Nifty 50"], ne=["kal"], why="courier = mail; Nifty 50 not an amount")
L("hi", "HI", "Rohit Malhotra mulaqat 3 din pehle, 5 crore ka mandate fee tay hua", REC, "C-7504", "in_person", rel("HI", -3), None, [man("50000000", "INR")], ne=["3 din pehle"], why="mulaqat = meeting; fee agreed = mandate")
L("hi", "HI", "Barkha Sethi ka email aaya 9 dec ko, PPF extension", REC, "C-7503", "email", on(12, 9), None, [], nc=["PPF"], ne=["9 dec"], why="PPF is a product")
L("hi", "HI", "Sunita Agarwal से कल रात खाने पर मिले, 50 लाख जमा किए", AU, "C-7502", why="INR and USD accounts; lakh is a number word, not a currency")
L("hi", "HI", "Vikram Agarwal ke saath golf kal subah #golf-open, 2 crore ka pledge", REC, "C-7501", "in_person", rel("HI", -1), None, [plg("20000000", "INR")], init="golf-open", ne=["kal subah"], why="golf = in person; kal subah in a log = yesterday morning")
L("hi", "HI", "Anil Joshi phone kiya aaj raat 9 baje, 15 lakh deposit, kal follow up karna hai", REC, "C-7505", "phone", rel("HI", 0), "21:00", [dep("1500000", "INR")], rel("HI", 1), ne=["raat 9 baje"], why="after a follow-up word kal = tomorrow")
L("hi", "HI", "Rohit Malhotra ko patra bheja 2 दिसंबर, tax saving 1.5 lakh limit 80C", REC, "C-7504", "mail", on(12, 2), None, [], nc=["80C"], ne=["2 दिसंबर"], why="patra = letter; a tax limit is not an amount")
L("hi", "HI", "Barkha Sethi video call आज सुबह 10:30, ₹75,00,000 जमा", REC, "C-7503", "video", rel("HI", 0), "10:30", [dep("7500000", "INR")], ne=["आज सुबह"], why="Indian digit grouping 75,00,000")
# ================= mixed: the rep's language with English =================
L("mixed", "FR", "Call avec Olivier Delmas yesterday 4pm, il a wired 1M€, follow up lundi", REC, "C-7101", "phone", rel("FR", -1), "16:00", [dep("1000000", "EUR")], nxt("FR", "mon"), ne=["yesterday", "4pm"], why="fr/en; wired = deposit")
L("mixed", "FR", "Blanche Moreau meeting ce matin, she pledged 1.5m", AU, "C-7103", why="EUR and CHF accounts, no currency")
L("mixed", "FR", "Pierre Castaing lunch mercredi, mandate won, fee 350k EUR, super deal #le-mans", REC, "C-7105", "in_person", past("FR", "wed"), None, [man("350000", "EUR")], init="le-mans", ne=["mercredi"], why="fr/en mandate with fee")
L("mixed", "FR", "Capucine Delmas zoom today 15h, pas de deposit finally, waiting for the notaire", REC, "C-7102", "video", rel("FR", 0), "15:00", [], nc=["notaire"], ne=["15h"], why="negated deposit")
L("mixed", "FR", "Constant Laffitte email last Friday re son assurance-vie, RAS", REC, "C-7106", "email", past("FR", "fri"), None, [], nc=["assurance-vie"], ne=["last Friday"], why="RAS = nothing to report")
L("mixed", "FR", "Blanche Moreau call 9h30 today, deposited 400k CHF into ACC-7114 + 250k€", REC, "C-7103", "phone", rel("FR", 0), "09:30", [dep("400000", "CHF", "ACC-7114"), dep("250000", "EUR")], ne=["9h30"], why="two deposits in two currencies; only the CHF one names an account")
L("mixed", "SV", "Gustav Wikström lunch igår, he deposited 3m NOK", REC, "C-7201", "in_person", rel("SV", -1), None, [dep("3000000", "NOK")], ne=["igår"], why="NOK named on a SEK+NOK client")
L("mixed", "SV", "Ingrid Wikström call today kl 14, pledged 2 msek, följ upp next Tuesday", REC, "C-7202", "phone", rel("SV", 0), "14:00", [plg("2000000", "SEK")], nxt("SV", "tue"), ne=["kl 14"], why="msek = million SEK; follow-up next Tuesday")
L("mixed", "SV", "Bo Lundgren teams i onsdags, didn't deposit anything, wants to wait till after jul", REC, "C-7203", "video", past("SV", "wed"), None, [], nc=["jul"], ne=["onsdags"], why="negated deposit")
L("mixed", "SV", "Klara Nyström meeting förra fredagen 10:00, mandate fee 900k SEK signed", REC, "C-7204", "in_person", past("SV", "fri"), "10:00", [man("900000", "SEK")], ne=["förra fredagen"], why="last Friday; mandate fee signed")
L("mixed", "SV", "Sara Ekdahl och Klara Nyström lunch today", AC, why="two clients in one line")
L("mixed", "SV", "Sara Ekdahl video i morse, deposited 1,2 MSEK into ACC-7216, follow up 2 Jan", REC, "C-7205", "video", rel("SV", 0), None, [dep("1200000", "SEK", "ACC-7216")], on(1, 2, 2027), ne=["i morse"], why="follow-up crosses the year: 2 Jan 2027")
L("mixed", "RO", "Daniel Ciobanu meeting azi la 12, deposit 800k lei, follow up vineri", REC, "C-7301", "in_person", rel("RO", 0), "12:00", [dep("800000", "RON")], nxt("RO", "fri"), why="ro/en; follow-up Friday is tomorrow")
L("mixed", "RO", "Mihaela Ciobanu call ieri, she pledged 500k EUR and 1m lei", REC, "C-7302", "phone", rel("RO", -1), None, [plg("500000", "EUR"), plg("1000000", "RON")], ne=["ieri"], why="two pledges, one per currency")
L("mixed", "RO", "Radu Avram zoom last Monday 17:00, NU a semnat the mandate", REC, "C-7303", "video", past("RO", "mon"), "17:00", [], nc=["NU a semnat"], ne=["last Monday"], why="negated mandate")
L("mixed", "RO", "Speranța Iliescu lunch alaltăieri, she wired 600.000 RON #museum-night", REC, "C-7304", "in_person", rel("RO", -2), None, [dep("600000", "RON")], init="museum-night", ne=["alaltăieri"], why="day before yesterday; initiative")
L("mixed", "RO", "Ilie Dragomir spoke ieri about the BET index", ACH, "C-7305", why="'spoke' gives no channel")
L("mixed", "RO", "Cristian Avram call azi, wants to move 2m EUR", NC, "C-7306", why="covered by nobody")
L("mixed", "MS", "Tan Mei Ling meeting Selasa 11am, dia deposit RM 1.5 mil", REC, "C-7402", "in_person", past("MS", "tue"), "11:00", [dep("1500000", "MYR")], ne=["Selasa", "11am"], why="ms/en; mil = million")
L("mixed", "MS", "Tan Boon Keat call semalam, pledged SGD 300k, follow up Isnin", REC, "C-7401", "phone", rel("MS", -1), None, [plg("300000", "SGD")], nxt("MS", "mon"), ne=["semalam"], why="SGD named on a MYR+SGD client")
L("mixed", "MS", "Mawar binti Ismail lunch Khamis, no deposit lagi, tunggu her husband", REC, "C-7403", "in_person", past("MS", "thu"), None, [], nc=["husband"], ne=["Khamis"], why="negated deposit; Khamis = Thu 10 Dec for a rep whose local day is Friday")
L("mixed", "MS", "Azman bin Yusoff zoom Rabu 4pm, mandate won, fee RM 800k", REC, "C-7404", "video", past("MS", "wed"), "16:00", [man("800000", "MYR")], ne=["4pm"], why="mandate with fee")
L("mixed", "MS", "Kavitha a/p Subramaniam email Isnin lepas, she transferred RM 250k ke ACC-7416", REC, "C-7405", "email", past("MS", "mon"), None, [dep("250000", "MYR", "ACC-7416")], ne=["Isnin lepas"], why="account named")
L("mixed", "MS", "Tan Boon Keat coffee pagi Selasa, moved S$1.2m into ACC-7412", REC, "C-7401", "in_person", past("MS", "tue"), None, [dep("1200000", "SGD", "ACC-7412")], ne=["Selasa"], why="S$ and the SGD account")
L("mixed", "HI", "Vikram Agarwal meeting yesterday 5pm, 30 lakh deposit kiye, follow up Monday", REC, "C-7501", "in_person", rel("HI", -1), "17:00", [dep("3000000", "INR")], nxt("HI", "mon"), ne=["yesterday", "5pm"], why="hi/en; single INR account")
L("mixed", "HI", "Sunita Agarwal call kal, she pledged $500k, 401k rollover bhi discuss kiya", REC, "C-7502", "phone", rel("HI", -1), None, [plg("500000", "USD")], nc=["401k"], ne=["kal"], why="$ names USD; 401k not an amount")
L("mixed", "HI", "Barkha Sethi lunch today, she said maybe 1 crore next year, abhi kuch nahi", REC, "C-7503", "in_person", rel("HI", 0), None, [], nc=["abhi kuch nahi"], why="maybe next year is no claim")
L("mixed", "HI", "Rohit Malhotra zoom pichhle Friday 3pm, mandate fee ₹2 crore final", REC, "C-7504", "video", past("HI", "fri"), "15:00", [man("20000000", "INR")], ne=["3pm"], why="pichhle Friday = last Friday")
L("mixed", "HI", "Anil Joshi met today 6pm, he deposited 12 lakh into ACC-7516", REC, "C-7505", "in_person", rel("HI", 0), "18:00", [dep("1200000", "INR", "ACC-7516")], ne=["6pm"], why="'met' = in person; account named")
L("mixed", "HI", "Sunita Agarwal video aaj, transferred 40 lakh", AU, "C-7502", why="INR and USD accounts; lakh is a number word, not a currency")

if __name__ == "__main__":
    main()

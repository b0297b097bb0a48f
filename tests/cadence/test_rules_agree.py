"""One book, asked of every surface: they agree on each cadence rule (``bot.cadence.rules``).

The nudge worklist (``worklist_for``), the nudge tick's plan and its DM, the
App Home rep list, the client card, the scorecard (cadence figures and
follow-ups) and the activity report (over-contacts) are asked about the same
clients at the same instant, read by the same rep. Each must give the answer
in the table below, worked by hand — so they agree with it and with each other
on the cadence that applies, the last contact that counts, days overdue and
whether a follow-up is due, kept, late or missed.

Now: Wed 18 Nov 2026 15:00 UTC, 10:00 for Rita in New York; each contact is
at 15:00 UTC N days before (the same local date N days back). Policies: UHNW
20/3, HNW 30/5, the firm's ``*`` 60/4, no policy for RETAIL; Sue has her own
45/10. Rita covers every client; Sam covers Hal and Kim with her; Gus covered
Fay and Gia until 5 days ago; Cy covers none of them; Ava is Rita's assistant.

| client | tier   | cadence | contacts (days ago)                       | since | over | follow-up           |
| ------ | ------ | ------- | ----------------------------------------- | ----- | ---- | ------------------- |
| Una    | UHNW   | 20/3    | Rita 25                                   | 25    | 5    |                     |
| Hal    | HNW    | 30/5    | Rita 40, Sam 10                           | 10    |      |                     |
| Rae    | RETAIL | 60/4 *  | Rita 70 (imported)                        | 70    | 10   |                     |
| Sue    | HNW    | 45/10 o | Rita 46, Rita 40 (an over-contact: 6<10)  | 40    |      |                     |
| Uma    | UHNW   | 20/3    | Rita 30, Rita 1 undone                    | 30    | 10   |                     |
| Fay    | HNW    | 30/5    | Rita 50, Gus 8 (no longer on the team)    | 50    | 20   |                     |
| Otto   | HNW    | 30/5    | Rita 35, Cy 3 (not on the team)           | 35    | 5    |                     |
| Ana    | UHNW   | 20/3    | Ava for Rita 2                            | 2     |      | (at risk: 2 < 3)    |
| Ned    | HNW    | 30/5    | none; covered since 45 days               | 45    | 15   |                     |
| Sid    | UHNW   | 20/3    | Rita 50; Rita snoozed him                 | 50    | 30   |                     |
| Eve    | HNW    | 30/5    | Rita 20 (for 10 Nov), Rita 14             | 14    |      | kept early          |
| Leo    | HNW    | 30/5    | Rita 25 (for 1 Nov), Rita 12              | 12    |      | late                |
| Mia    | HNW    | 30/5    | Rita 20 (for 10 Nov)                      | 20    |      | missed: due 10 Nov  |
| Tom    | HNW    | 30/5    | Rita 10 (for 18 Nov)                      | 10    |      | open: due today     |
| Fen    | HNW    | 30/5    | Rita 5 (for 2 Dec)                        | 5     |      | open, not yet due   |
| Kim    | HNW    | 30/5    | Rita 15 (for 12 Nov), Sam 13              | 13    |      | kept by Sam         |
| Ola    | HNW    | 30/5    | Rita 15 (for 12 Nov), Cy 13               | 15    |      | missed: due 12 Nov  |
| Gia    | HNW    | 30/5    | Rita 15 (for 12 Nov), Gus 13              | 15    |      | missed: due 12 Nov  |

Scorecard for 2026 Q4 in New York: 18 covered, 7 overdue (5, 5, 10, 10, 15,
20, 30: median 10), 11 within; Rita's follow-ups kept 2, late 1, missed 3, open
2; 1 over-contact. The nudge and the Home list: the six overdue clients
not snoozed and the four with a follow-up due; 1 snoozed; Ana at risk.

There are no "service" contacts in this schema (``storage.models.SOURCES``);
the sources it has — Slack, assistant, import — all count alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from bot.app import delivery_kinds
from bot.cadence import cadence_for, worklist_for
from bot.cadence.nudges import DAILY, plan
from bot.cadence.rules import FALLBACK
from bot.cadence.snoozes import snooze_client
from bot.cli.reports import scorecard_records
from bot.contacts import ContactDraft, log_contact, undo_contact
from bot.directory.client_card import load_card
from bot.reports import activity, queries, scorecard
from bot.reports.periods import read_period
from handlers.blocks.nudges import ROW_BLOCK
from handlers.home.rep_home import rep_home_blocks
from storage.models import CadenceOverride, CadencePolicy, Client, Coverage, Interaction, Rep
from tests.factories import EPOCH, make_client, make_delegate, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
NEW_YORK = "America/New_York"
TODAY = date(2026, 11, 18)


@dataclass(frozen=True)
class Expected:
    max_days: int
    min_days: int
    days_since: int
    contacted: bool = True
    follow_up_due: date | None = None  # the latest unmet follow-up already due
    open_follow_ups: tuple[tuple[date, bool], ...] = ()  # what the card lists: (date, due)

    @property
    def overdue_by(self) -> int:
        return max(0, self.days_since - self.max_days)


EXPECTED = {
    "Una": Expected(20, 3, 25),
    "Hal": Expected(30, 5, 10),
    "Rae": Expected(60, 4, 70),
    "Sue": Expected(45, 10, 40),
    "Uma": Expected(20, 3, 30),
    "Fay": Expected(30, 5, 50),
    "Otto": Expected(30, 5, 35),
    "Ana": Expected(20, 3, 2),
    "Ned": Expected(30, 5, 45, contacted=False),
    "Sid": Expected(20, 3, 50),
    "Eve": Expected(30, 5, 14),
    "Leo": Expected(30, 5, 12),
    "Mia": Expected(30, 5, 20, True, date(2026, 11, 10), ((date(2026, 11, 10), True),)),
    "Tom": Expected(30, 5, 10, True, TODAY, ((TODAY, True),)),
    "Fen": Expected(30, 5, 5, True, None, ((date(2026, 12, 2), False),)),
    "Kim": Expected(30, 5, 13),
    "Ola": Expected(30, 5, 15, True, date(2026, 11, 12), ((date(2026, 11, 12), True),)),
    "Gia": Expected(30, 5, 15, True, date(2026, 11, 12), ((date(2026, 11, 12), True),)),
}
SNOOZED = {"Sid"}
AT_RISK = ["Ana"]
DUE = sorted(
    name
    for name, e in EXPECTED.items()
    if (e.overdue_by or e.follow_up_due) and name not in SNOOZED
)


@dataclass
class Book:
    rita: Rep
    clients: dict[str, Client]
    over_contact_warning: int | None  # the min_days /logcontact warned with on Sue's 2nd contact


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def log(session: Session, actor: Rep, client: Client, days: float, **kwargs: Any) -> Interaction:
    owner = kwargs.pop("owner", None)
    draft = ContactDraft(
        client_id=client.id, occurred_at=ago(days), channel=kwargs.pop("channel", "phone"), **kwargs
    )
    result = log_contact(
        session, actor=actor, draft=draft, now=ago(days) + timedelta(minutes=1), owner=owner
    )
    return result.interaction


def off_team(session: Session, rep: Rep, client: Client, days: float) -> None:
    """A contact by someone not on the team (it reaches the book by import)."""
    session.add(
        Interaction(
            client_id=client.id,
            rep_id=rep.id,
            author_id=rep.id,
            occurred_at=ago(days),
            channel="phone",
            notes="",
            source="import",
            created_at=ago(days),
            updated_at=ago(days),
        )
    )
    session.flush()


def build_book(session: Session) -> Book:
    """The book of the module docstring, logged through the real services."""
    session.execute(
        update(CadencePolicy).where(CadencePolicy.tier == "*").values(max_days=60, min_days=4)
    )
    session.add_all(
        [
            CadencePolicy(tier="UHNW", max_days=20, min_days=3, updated_at=EPOCH),
            CadencePolicy(tier="HNW", max_days=30, min_days=5, updated_at=EPOCH),
        ]
    )
    rita = make_rep(session, "URITA", "Rita", timezone=NEW_YORK)
    sam, gus = make_rep(session, "USAM", "Sam"), make_rep(session, "UGUS", "Gus")
    cy = make_rep(session, "UCY", "Cy")
    ava = make_rep(session, "UAVA", "Ava", roles=("assistant",))
    make_delegate(session, rep=rita, assistant=ava)
    tiers = {"Una": "UHNW", "Rae": "RETAIL", "Uma": "UHNW", "Ana": "UHNW", "Sid": "UHNW"}
    teams = {"Hal": [rita, sam], "Kim": [rita, sam], "Fay": [rita, gus], "Gia": [rita, gus]}
    clients = {
        name: make_client(
            session,
            name,
            covered_by=teams.get(name, [rita]),
            tier=tiers.get(name, "HNW"),
            covered_since=ago(45) if name == "Ned" else EPOCH,
        )
        for name in EXPECTED
    }
    c = clients
    session.add(CadenceOverride(client_id=c["Sue"].id, max_days=45, min_days=10, updated_at=EPOCH))
    session.flush()

    log(session, rita, c["Una"], 25)
    log(session, rita, c["Hal"], 40)
    log(session, sam, c["Hal"], 10)
    log(session, rita, c["Rae"], 70, source="import")
    log(session, rita, c["Sue"], 46)
    warned = log_contact(
        session,
        actor=rita,
        draft=ContactDraft(client_id=c["Sue"].id, occurred_at=ago(40), channel="email"),
        now=ago(40) + timedelta(minutes=1),
    ).too_often
    log(session, rita, c["Uma"], 30)
    undone = log(session, rita, c["Uma"], 1)
    undo_contact(session, actor=rita, interaction_id=undone.id, now=ago(1) + timedelta(minutes=2))
    log(session, rita, c["Fay"], 50)
    log(session, gus, c["Fay"], 8)
    log(session, rita, c["Otto"], 35)
    off_team(session, cy, c["Otto"], 3)
    log(session, ava, c["Ana"], 2, owner=rita)
    log(session, rita, c["Sid"], 50)
    log(session, rita, c["Eve"], 20, follow_up_on=date(2026, 11, 10))
    log(session, rita, c["Eve"], 14)
    log(session, rita, c["Leo"], 25, follow_up_on=date(2026, 11, 1))
    log(session, rita, c["Leo"], 12)
    log(session, rita, c["Mia"], 20, follow_up_on=date(2026, 11, 10))
    log(session, rita, c["Tom"], 10, follow_up_on=TODAY)
    log(session, rita, c["Fen"], 5, follow_up_on=date(2026, 12, 2))
    log(session, rita, c["Kim"], 15, follow_up_on=date(2026, 11, 12))
    log(session, sam, c["Kim"], 13)
    log(session, rita, c["Ola"], 15, follow_up_on=date(2026, 11, 12))
    off_team(session, cy, c["Ola"], 13)
    log(session, rita, c["Gia"], 15, follow_up_on=date(2026, 11, 12))
    log(session, gus, c["Gia"], 13)
    gone = [c["Fay"].id, c["Gia"].id]
    session.execute(
        update(Coverage)
        .where(Coverage.rep_id == gus.id, Coverage.client_id.in_(gone))
        .values(ended_at=ago(5))
    )
    snooze_client(session, actor=rita, client_id=c["Sid"].id, days=7, now=NOW)
    session.flush()
    return Book(rita, clients, warned.min_days if warned else None)


def names(clients: dict[str, Client]) -> dict[int, str]:
    return {client.id: name for name, client in clients.items()}


def q4() -> Any:
    return read_period("2026 Q4", now=NOW, timezone=NEW_YORK)


def test_the_cadence_that_applies_is_the_same_everywhere(session: Session) -> None:
    book = build_book(session)
    worklist = worklist_for(session, rep_id=book.rita.id, timezone=NEW_YORK, now=NOW)
    listed = {names(book.clients)[s.client_id]: s for s in worklist.due + worklist.at_risk}
    for name, client in book.clients.items():
        expected = EXPECTED[name]
        card = load_card(session, actor=book.rita, client_id=client.id, now=NOW)
        cadence = cadence_for(session, client)
        assert (card.max_days, card.min_days) == (expected.max_days, expected.min_days), name
        assert (cadence.max_days, cadence.min_days) == (expected.max_days, expected.min_days)
        if name in listed:
            status = listed[name]
            assert (status.max_days, status.min_days) == (expected.max_days, expected.min_days)
    assert cadence_for(session, book.clients["Sue"]).source == "client"
    assert cadence_for(session, book.clients["Rae"]).source == "default"
    # /logcontact warned about Sue's second contact with her own min_days, as the card shows.
    assert book.over_contact_warning == 10


def test_last_contact_and_days_overdue_agree_on_every_surface(session: Session) -> None:
    book = build_book(session)
    by_id = names(book.clients)
    worklist = worklist_for(session, rep_id=book.rita.id, timezone=NEW_YORK, now=NOW)

    # The nudge worklist: who is due and at risk, how many days since the counting contact.
    assert sorted(by_id[s.client_id] for s in worklist.due) == sorted(DUE)
    assert [by_id[s.client_id] for s in worklist.at_risk] == AT_RISK
    assert worklist.snoozed == len(SNOOZED)
    for status in worklist.due + worklist.at_risk:
        expected = EXPECTED[by_id[status.client_id]]
        assert status.days_since == expected.days_since, by_id[status.client_id]
        assert (status.last_contact_at is not None) == expected.contacted
        assert status.overdue == (expected.overdue_by > 0)
        assert status.follow_up_due == expected.follow_up_due

    # The client card: the same days since, from a contact or from coverage.
    for name, client in book.clients.items():
        card = load_card(session, actor=book.rita, client_id=client.id, now=NOW)
        expected = EXPECTED[name]
        assert card.days_since == expected.days_since, name
        assert card.since == ("contact" if expected.contacted else "coverage"), name
        assert card.overdue_by == expected.overdue_by, name

    # The scorecard: overdue clients and by how much, as of now.
    overdue = sorted(e.overdue_by for e in EXPECTED.values() if e.overdue_by)
    facts = queries.cadence_facts(session, rep_ids=[book.rita.id], as_of=NOW, timezone=NEW_YORK)
    assert facts[book.rita.id].covered == len(EXPECTED)
    assert list(facts[book.rita.id].overdue_days) == overdue
    result = scorecard.build(session, reps=[book.rita], period=q4(), now=NOW, scope="self")
    [card] = result.cards
    assert (card.clients_covered, card.within_cadence) == (18, 18 - len(overdue))
    assert card.median_days_overdue == Decimal(10)


def test_the_nudge_tick_and_the_home_list_show_what_the_worklist_holds(session: Session) -> None:
    book = build_book(session)
    by_id = names(book.clients)
    [rita_owed] = [
        d
        for d in plan(session, now=NOW, hour=9, kinds=delivery_kinds())
        if d.recipient.rep_id == book.rita.id and d.recipient.kind == DAILY
    ]
    shown = {row["name"]: row for row in rita_owed.outcome.as_json()["due"]}
    assert sorted(shown) == sorted(DUE)
    for name, row in shown.items():
        expected = EXPECTED[name]
        assert (row["days_since_contact"], row["max_days"]) == (
            expected.days_since,
            expected.max_days,
        )
        due = expected.follow_up_due
        assert row["follow_up_due"] == (due.isoformat() if due else None), name
    assert rita_owed.outcome.at_risk == len(AT_RISK)
    assert rita_owed.render is not None
    _fallback, dm = rita_owed.render()

    home = rep_home_blocks(session=session, rep=book.rita, now=NOW)
    for blocks in (dm, home):
        rows = {
            by_id[int(b["block_id"][len(ROW_BLOCK) :])]: b["text"]["text"]
            for b in blocks
            if str(b.get("block_id", "")).startswith(ROW_BLOCK)
        }
        assert sorted(rows) == sorted(DUE)
        for name, line in rows.items():
            expected = EXPECTED[name]
            if expected.overdue_by:
                days = re.search(r"(\d+) days since last contact|covered for (\d+) days", line)
                assert days is not None, line
                assert int(days.group(1) or days.group(2)) == expected.days_since, line
                assert f"every {expected.max_days} days" in line
            assert ("follow-up due" in line) == (expected.follow_up_due is not None), line
            if expected.follow_up_due == TODAY:
                assert "follow-up due today" in line
    home_text = " ".join(str(block) for block in home)
    assert "1 client snoozed (it comes back" in home_text and "*Ana*" in home_text


def test_follow_ups_due_kept_late_or_missed_agree(session: Session) -> None:
    book = build_book(session)
    by_id = names(book.clients)
    worklist = worklist_for(session, rep_id=book.rita.id, timezone=NEW_YORK, now=NOW)
    nudged = {by_id[s.client_id]: s.follow_up_due for s in worklist.due if s.follow_up_due}
    assert nudged == {n: e.follow_up_due for n, e in EXPECTED.items() if e.follow_up_due}

    for name, client in book.clients.items():
        card = load_card(session, actor=book.rita, client_id=client.id, now=NOW)
        assert tuple((f.on, f.due) for f in card.follow_ups) == EXPECTED[name].open_follow_ups

    # The scorecard counts the same promises: what the card and nudge show as due is
    # missed (date passed) or open (due today, or not yet); the rest were kept or late.
    [card] = scorecard.build(session, reps=[book.rita], period=q4(), now=NOW, scope="self").cards
    due_on_card = [on for e in EXPECTED.values() for on, due in e.open_follow_ups if due]
    not_yet = [on for e in EXPECTED.values() for on, due in e.open_follow_ups if not due]
    assert card.follow_ups.missed == sum(1 for on in due_on_card if on < TODAY) == 3
    assert card.follow_ups.open == sum(1 for on in due_on_card if on == TODAY) + len(not_yet) == 2
    assert (card.follow_ups.kept, card.follow_ups.late) == (2, 1)  # Eve and Kim; Leo


def test_over_contacts_use_the_cadence_that_applies(session: Session) -> None:
    """Sue's contacts six days apart: an over-contact under her own 10 days (not HNW's 5)."""
    book = build_book(session)
    cells = activity.activity(session, rep_ids=[book.rita.id], period=q4(), now=NOW)
    assert sum(cell.over_contacts for cell in cells) == 1
    [card] = scorecard.build(session, reps=[book.rita], period=q4(), now=NOW, scope="self").cards
    assert card.over_contacts == 1
    session.execute(
        delete(CadenceOverride).where(CadenceOverride.client_id == book.clients["Sue"].id)
    )
    cells = activity.activity(session, rep_ids=[book.rita.id], period=q4(), now=NOW)
    assert sum(cell.over_contacts for cell in cells) == 0
    assert (
        load_card(session, actor=book.rita, client_id=book.clients["Sue"].id, now=NOW).min_days == 5
    )


@pytest.mark.parametrize("tier", ["RETAIL", "HNW"])
def test_without_the_firm_default_every_surface_falls_back_alike(
    session: Session, tier: str
) -> None:
    """The migration's ``*`` row deleted: RETAIL gets ``FALLBACK`` everywhere; HNW keeps its own."""
    book = build_book(session)
    session.execute(delete(CadencePolicy).where(CadencePolicy.tier == "*"))
    rae = book.clients["Rae"]
    rae.tier = tier
    session.flush()
    max_days, min_days = FALLBACK if tier == "RETAIL" else (30, 5)
    card = load_card(session, actor=book.rita, client_id=rae.id, now=NOW)
    assert (card.max_days, card.min_days, card.overdue_by) == (
        max_days,
        min_days,
        max(0, 70 - max_days),
    )
    worklist = worklist_for(session, rep_id=book.rita.id, timezone=NEW_YORK, now=NOW)
    listed = [s for s in worklist.due if s.client_id == rae.id]
    assert [(s.max_days, s.min_days) for s in listed] == (
        [(max_days, min_days)] if card.overdue_by else []
    )
    facts = queries.cadence_facts(session, rep_ids=[book.rita.id], as_of=NOW, timezone=NEW_YORK)
    others = [e.overdue_by for n, e in EXPECTED.items() if e.overdue_by and n != "Rae"]
    mine = [card.overdue_by] if card.overdue_by else []
    assert list(facts[book.rita.id].overdue_days) == sorted(others + mine)


# --- a household-wide cadence --------------------------------------------------------------
#
# Tier FAM: 30/5, household-wide (or, the control, per client). The Castellane family:
# Alice and Rania are Rita's, Pierre is Sam's; Bea (FAM, no household) is Rita's too.
#
# | client | contacts (days ago)              | household-wide: since / over | per client: since / over |
# | ------ | -------------------------------- | ---------------------------- | ------------------------ |
# | Alice  | Rita 40                          | 35 / 5 (Sam's call to Pierre)| 40 / 10                  |
# | Rania  | Rita 50, promising a call 30 ago | 35 / 5, follow-up still due  | 50 / 20, follow-up due   |
# | Pierre | Sam 35                           | 35 / 5                       | 35 / 5                   |
# | Bea    | Rita 40                          | 40 / 10 (no household)       | 40 / 10                  |
#
# Follow-ups stay each client's own: Pierre's call does not meet Rania's promise.
# Rita's nudge lists the household once, by its most urgent member: Rania (30 days
# past her follow-up), never Alice; per client it lists all three of hers.

PROMISED = (NOW - timedelta(days=30)).date()
HOUSEHOLD_WIDE = {"Alice": (35, 5), "Rania": (35, 5), "Pierre": (35, 5), "Bea": (40, 10)}
PER_CLIENT = {"Alice": (40, 10), "Rania": (50, 20), "Pierre": (35, 5), "Bea": (40, 10)}


def build_household(session: Session, *, wide: bool) -> tuple[Rep, Rep, dict[str, Client]]:
    session.add(
        CadencePolicy(
            tier="FAM", max_days=30, min_days=5, household=True if wide else None, updated_at=EPOCH
        )
    )
    rita = make_rep(session, "URITA", "Rita", timezone=NEW_YORK)
    sam = make_rep(session, "USAM", "Sam", timezone=NEW_YORK)
    family = "Castellane family"
    clients = {
        "Alice": make_client(session, "Alice", covered_by=[rita], tier="FAM", household=family),
        "Rania": make_client(session, "Rania", covered_by=[rita], tier="FAM", household=family),
        "Pierre": make_client(session, "Pierre", covered_by=[sam], tier="FAM", household=family),
        "Bea": make_client(session, "Bea", covered_by=[rita], tier="FAM"),
    }
    log(session, rita, clients["Alice"], 40)
    log(session, rita, clients["Rania"], 50, follow_up_on=PROMISED)
    log(session, sam, clients["Pierre"], 35)
    log(session, rita, clients["Bea"], 40)
    return rita, sam, clients


@pytest.mark.parametrize("wide", [True, False], ids=["household-wide", "per-client"])
def test_a_household_wide_cadence_agrees_on_every_surface(session: Session, wide: bool) -> None:
    rita, sam, clients = build_household(session, wide=wide)
    expected = HOUSEHOLD_WIDE if wide else PER_CLIENT
    by_id = names(clients)

    # The card (read by each member's coverer): days since the contact that counts, overdue.
    for name, client in clients.items():
        reader = sam if name == "Pierre" else rita
        card = load_card(session, actor=reader, client_id=client.id, now=NOW)
        assert (card.days_since, card.overdue_by) == expected[name], name
        assert cadence_for(session, client).household is wide
        # Rania's promise is hers: due either way (Pierre's call does not meet it).
        assert [(f.on, f.due) for f in card.follow_ups] == (
            [(PROMISED, True)] if name == "Rania" else []
        )

    # The worklist: the household once (its most urgent member), the same days.
    worklist = worklist_for(session, rep_id=rita.id, timezone=NEW_YORK, now=NOW)
    listed = [by_id[s.client_id] for s in worklist.due]
    assert listed == (["Rania", "Bea"] if wide else ["Rania", "Alice", "Bea"])
    for status in worklist.due:
        name = by_id[status.client_id]
        assert (status.days_since, rules_overdue(status)) == expected[name], name
    assert worklist.due[0].follow_up_due == PROMISED

    # The nudge tick's plan and DM, and the Home list: the same rows.
    [owed] = [
        d
        for d in plan(session, now=NOW, hour=9, kinds=delivery_kinds())
        if d.recipient.rep_id == rita.id and d.recipient.kind == DAILY
    ]
    shown = [row["name"] for row in owed.outcome.as_json()["due"]]
    assert shown == listed
    assert owed.render is not None
    _fallback, dm = owed.render()
    home = rep_home_blocks(session=session, rep=rita, now=NOW)
    for blocks in (dm, home):
        rows = [
            by_id[int(b["block_id"][len(ROW_BLOCK) :])]
            for b in blocks
            if str(b.get("block_id", "")).startswith(ROW_BLOCK)
        ]
        assert rows == listed

    # The scorecard (and the CLI's export of it): every member counted, with the same days.
    facts = queries.cadence_facts(session, rep_ids=[rita.id, sam.id], as_of=NOW, timezone=NEW_YORK)
    mine = sorted(expected[n][1] for n in ("Alice", "Rania", "Bea"))
    assert facts[rita.id] == queries.CadenceFacts(3, tuple(mine))
    assert facts[sam.id] == queries.CadenceFacts(1, (expected["Pierre"][1],))
    built = scorecard.build(session, reps=[rita], period=q4(), now=NOW, scope="self")
    [record] = scorecard_records(built)
    assert (record["clients_covered"], record["clients_within_cadence"]) == (3, 0)
    assert record["median_days_overdue"] == str(sorted(mine)[1])


def rules_overdue(status: Any) -> int:
    return max(0, status.days_since - status.max_days)

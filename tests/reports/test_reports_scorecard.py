"""Scorecards against a book worked by hand: every figure below was counted on paper.

The book (period 2026 Q3, read in UTC; now is Wed 18 Nov 2026; HNW cadence 30 / 3 days):

Ann covers Jane (Bob is secondary), Kai, Lee, Mo, and covered Old until 1 Sep.

| id  | when (UTC)          | client | by  | channel   | notes                                   |
| --- | ------------------- | ------ | --- | --------- | --------------------------------------- |
| a0  | Jun 20 10:00        | Mo     | Ann | phone     | before the period                        |
| a10 | Jul  1 00:00        | Kai    | Ann | email     | exactly at the start: counts             |
| a1  | Jul  6 10:00        | Jane   | Ann | phone     | follow-up Jul 20 -> kept by a2           |
| a2  | Jul  8 10:00        | Jane   | Ann | email     | 2 days after a1: over-contact            |
| a3  | Jul 13 10:00        | Kai    | Ann | phone     | follow-up Jul 27 -> late (a5, Aug 3)     |
| a4  | Jul 15 10:00        | Jane   | Ann | phone     | undone: never counts                     |
| b1  | Jul 20 09:00        | Jane   | Bob | in person | Bob covers Jane too                      |
| a5  | Aug  3 10:00        | Kai    | Ann | video     |                                          |
| a7  | Aug  6 10:00        | Kai    | Ann | phone     | exactly 3 days after a5: not over        |
| a6  | Aug 10 10:00        | Lee    | Ann | mail      | follow-up Sep 1 -> missed                |
| a8  | Sep 20 10:00        | Kai    | Ann | email     | follow-up Oct 5: not due in Q3           |
| b2  | Sep 29 10:00        | Noa    | Bob | phone     |                                          |
| a11 | Oct  1 00:00        | Mo     | Ann | phone     | exactly at the end: not in Q3            |
| a9  | Oct 10 10:00        | Jane   | Ann | phone     | after the period                          |

Ann: 8 contacts (phone 3, email 3, video 1, mail 1), 1 over-contact; follow-ups kept 1,
late 1, missed 1. Cadence on 1 Oct: Jane 73 days (Bob's b1) -> 43 over; Kai 11 -> fine;
Lee 52 -> 22 over; Mo 103 -> 73 over: 4 covered, 1 within, median 43 days overdue.

Claims (Ann): k8 deposit 1.5m raised Jun 28, verified Jul 2; k1 deposit 6m verified Jul 10;
k9 withdrawn Jul 14; k2 pledge 5m verified Aug 5 with funding evidence; k4 deposit 2m
rejected Aug 12; k5 mandate fee 250,000.30 verified Sep 15; k6 deposit EUR 1m verified
Sep 25; k7 deposit 4m verified Sep 30 23:30; k3 pledge 3m pending. Raised in Q3: 8;
verified 6, rejected 1, withdrawn 1, pending 1. Assets USD 16.5m (deposits 11.5m,
funded pledges 5m), EUR 1m apart; 1 mandate, fees USD 250,000.30.

Plans: A from 1 Jan 2026 (0-10m:5 10m-50m:8 50m+:10, mandate 100); B from 1 Aug 2026
(0-10m:6 10m+:9, mandate 150). Bonus, running total over the quarter:
k8 1.5m @5 (A) = 750; k1 6m @5 (A) = 3,000; k2 crosses 10m under B: 2.5m @6 = 1,500 and
2.5m @9 = 2,250; k7 4m @9 (B) = 3,600; mandate 250,000.30 @150 (B) = 3,750.0045.
Total 14,850.0045 -> USD 14,850.00.

Bob: b1, b2 (in person 1, phone 1); covers Jane (43 over) and Noa (2 days): 2 covered, 1
within, median 43. Deposit 20m verified Sep 30 10:00 under B: 10m @6 + 10m @9 = 15,000.
Ranking in Mia's team: Bob (15,000.00), Ann (14,850.00).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from bot.errors import NotAllowed
from bot.reports import scorecard
from bot.reports.periods import read_period
from storage.models import (
    BonusBand,
    BonusPlan,
    CadenceOverride,
    CadencePolicy,
    Claim,
    Client,
    Coverage,
    Initiative,
    Interaction,
    Rep,
)
from tests.factories import EPOCH, make_client, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def at(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def contact(
    session: Session,
    rep: Rep,
    client: Client,
    when: datetime,
    channel: str = "phone",
    *,
    follow_up: date | None = None,
    deleted: bool = False,
    initiative: Initiative | None = None,
) -> Interaction:
    row = Interaction(
        client_id=client.id,
        rep_id=rep.id,
        author_id=rep.id,
        occurred_at=when,
        channel=channel,
        notes="",
        follow_up_on=follow_up,
        initiative_id=initiative.id if initiative else None,
        source="slash_command",
        created_at=when,
        updated_at=when,
        deleted_at=when if deleted else None,
        deleted_by_id=rep.id if deleted else None,
    )
    session.add(row)
    session.flush()
    return row


def claim(
    session: Session,
    interaction: Interaction,
    kind: str,
    amount: str,
    *,
    status: str = "pending",
    raised: datetime | None = None,
    decided: datetime | None = None,
    currency: str = "USD",
    evidence: str | None = None,
    decided_by: Rep | None = None,
    override: str | None = None,
) -> Claim:
    raised = raised or interaction.occurred_at
    row = Claim(
        interaction_id=interaction.id,
        client_id=interaction.client_id,
        rep_id=interaction.rep_id,
        kind=kind,
        amount=Decimal(amount),
        currency=currency,
        status=status,
        decided_at=decided,
        decided_by_id=decided_by.id if decided_by else None,
        evidence_reference=evidence,
        override_reason=override,
        created_at=raised,
        updated_at=decided or raised,
    )
    session.add(row)
    session.flush()
    return row


def plan(
    session: Session, effective_from: date, bands: list[tuple[str, str | None, str]], mandate: str
) -> BonusPlan:
    row = BonusPlan(
        effective_from=effective_from,
        mandate_rate_bp=Decimal(mandate),
        currency="USD",
        created_at=EPOCH,
    )
    row.bands = [
        BonusBand(lower=Decimal(lo), upper=Decimal(hi) if hi else None, rate_bp=Decimal(bp))
        for lo, hi, bp in bands
    ]
    session.add(row)
    session.flush()
    return row


@dataclass
class Book:
    ann: Rep
    bob: Rep
    cy: Rep
    mia: Rep
    ada: Rep
    cora: Rep
    clients: dict[str, Client]


def build_book(session: Session) -> Book:
    """The book of the module docstring."""
    session.add(CadencePolicy(tier="HNW", max_days=30, min_days=3, updated_at=EPOCH))
    mia = make_rep(session, "UMIA", "Mia", roles=("manager",))
    ann = make_rep(session, "UANN", "Ann", manager=mia)
    bob = make_rep(session, "UBOB", "Bob", manager=mia)
    cy = make_rep(session, "UCY", "Cy")
    ada = make_rep(session, "UADA", "Ada", roles=("admin",))
    cora = make_rep(session, "UCORA", "Cora", roles=("controller",))
    jane = make_client(session, "Jane", covered_by=[ann, bob])
    kai = make_client(session, "Kai", covered_by=[ann])
    lee = make_client(session, "Lee", covered_by=[ann])
    mo = make_client(session, "Mo", covered_by=[ann])
    noa = make_client(session, "Noa", covered_by=[bob])
    old = make_client(session, "Old", covered_by=[ann])
    session.query(Coverage).filter(Coverage.client_id == old.id).update({"ended_at": at(9, 1, 0)})

    a0 = contact(session, ann, mo, at(6, 20))
    contact(session, ann, kai, at(7, 1, 0), "email")
    a1 = contact(session, ann, jane, at(7, 6), follow_up=date(2026, 7, 20))
    a2 = contact(session, ann, jane, at(7, 8), "email")
    a3 = contact(session, ann, kai, at(7, 13), follow_up=date(2026, 7, 27))
    contact(session, ann, jane, at(7, 15), deleted=True)
    contact(session, bob, jane, at(7, 20, 9), "in_person")
    a5 = contact(session, ann, kai, at(8, 3), "video")
    a7 = contact(session, ann, kai, at(8, 6))
    a6 = contact(session, ann, lee, at(8, 10), "mail", follow_up=date(2026, 9, 1))
    a8 = contact(session, ann, kai, at(9, 20), "email", follow_up=date(2026, 10, 5))
    b2 = contact(session, bob, noa, at(9, 29))
    contact(session, ann, mo, at(10, 1, 0))
    contact(session, ann, jane, at(10, 10))

    verified = {"status": "verified", "decided_by": cora}
    claim(session, a0, "deposit", "1500000", raised=at(6, 28), decided=at(7, 2), **verified)
    claim(session, a1, "deposit", "6000000", decided=at(7, 10, 12), **verified)
    claim(session, a3, "deposit", "100000", status="withdrawn", decided=at(7, 14))
    claim(session, a3, "pledge", "5000000", decided=at(8, 5), evidence="DEP2", **verified)
    claim(session, a6, "deposit", "2000000", status="rejected", decided=at(8, 12), decided_by=cora)
    claim(session, a7, "mandate", "250000.30", decided=at(9, 15), **verified)
    claim(session, a8, "deposit", "1000000", currency="EUR", decided=at(9, 25), **verified)
    claim(session, a2, "deposit", "4000000", decided=at(9, 30, 23, 30), **verified)
    claim(session, a5, "pledge", "3000000")
    claim(session, b2, "deposit", "20000000", decided=at(9, 30, 10), **verified)

    plan(
        session,
        date(2026, 1, 1),
        [("0", "10000000", "5"), ("10000000", "50000000", "8"), ("50000000", None, "10")],
        "100",
    )
    plan(session, date(2026, 8, 1), [("0", "10000000", "6"), ("10000000", None, "9")], "150")
    clients = {c.name: c for c in (jane, kai, lee, mo, noa, old)}
    return Book(ann, bob, cy, mia, ada, cora, clients)


def q3(timezone: str = "UTC") -> scorecard.Period:  # type: ignore[name-defined]
    return read_period("2026 Q3", now=NOW, timezone=timezone)


def card_of(result: scorecard.Scorecard, name: str) -> scorecard.RepCard:
    return next(card for card in result.cards if card.name == name)


def test_every_figure_of_a_reps_scorecard_matches_the_hand_count(session: Session) -> None:
    book = build_book(session)
    result = scorecard.scorecard_for(session, actor=book.ann, target=None, period=q3(), now=NOW)
    assert result.scope == "self"
    ann = card_of(result, "Ann")
    assert ann.contacts == 8
    assert ann.by_channel == {"phone": 3, "email": 3, "video": 1, "mail": 1}
    assert ann.over_contacts == 1
    assert (ann.follow_ups.kept, ann.follow_ups.late, ann.follow_ups.missed) == (1, 1, 1)
    assert ann.follow_ups.open == 0
    assert (ann.clients_covered, ann.within_cadence) == (4, 1)
    assert ann.median_days_overdue == Decimal(43)
    assert ann.within_cadence_share == Decimal("0.25")
    tally = ann.claims
    assert (tally.raised, tally.verified, tally.rejected, tally.withdrawn, tally.pending) == (
        8,
        6,
        1,
        1,
        1,
    )
    assert ann.assets == {"USD": Decimal("16500000.00"), "EUR": Decimal("1000000.00")}
    assert ann.deposits == {"USD": Decimal("11500000.00"), "EUR": Decimal("1000000.00")}
    assert ann.pledges_funded == {"USD": Decimal("5000000.00")}
    assert ann.pledges_unfunded == {}
    assert (ann.mandates, ann.mandate_fees) == (1, {"USD": Decimal("250000.30")})
    assert ann.bonus.exact == Decimal("14850.0045")
    assert ann.bonus.total == Decimal("14850.00")
    # No EUR rate was imported: the EUR deposit is named as not converted, never counted as 0.
    assert ann.bonus.other_currencies == {}
    assert [(i.currency, i.amount, i.reason) for i in ann.not_converted] == [
        ("EUR", Decimal("1000000.00"), "not converted: no EUR rate on or before 2026-09-25")
    ]
    assert ann.bonus_not_converted == ann.not_converted
    assert ann.verified_assets == Decimal("16500000.00")
    assert ann.bonus.assets_counted == Decimal("16500000.00")


def test_bonus_lines_show_the_plan_change_mid_period(session: Session) -> None:
    book = build_book(session)
    ann = card_of(
        scorecard.scorecard_for(session, actor=book.ann, target=None, period=q3(), now=NOW), "Ann"
    )
    lines = [
        (line.plan_from, line.kind, line.base, line.rate_bp, line.amount)
        for line in ann.bonus.lines
    ]
    assert lines == [
        (date(2026, 1, 1), "assets", Decimal("7500000.00"), Decimal("5"), Decimal("3750")),
        (date(2026, 8, 1), "assets", Decimal("2500000.00"), Decimal("6"), Decimal("1500")),
        (date(2026, 8, 1), "assets", Decimal("6500000.00"), Decimal("9"), Decimal("5850")),
        (date(2026, 8, 1), "mandates", Decimal("250000.30"), Decimal("150"), Decimal("3750.0045")),
    ]


def test_activity_by_week_counts_local_monday_weeks(session: Session) -> None:
    book = build_book(session)
    result = scorecard.scorecard_for(session, actor=book.ann, target=None, period=q3(), now=NOW)
    assert result.weeks[0] == date(2026, 6, 29) and len(result.weeks) == 14
    weekly = dict(zip(result.weeks, card_of(result, "Ann").weekly, strict=True))
    assert {week: n for week, n in weekly.items() if n} == {
        date(2026, 6, 29): 1,
        date(2026, 7, 6): 2,
        date(2026, 7, 13): 1,
        date(2026, 8, 3): 2,
        date(2026, 8, 10): 1,
        date(2026, 9, 14): 1,
    }


def test_manager_sees_the_team_ranked_by_formula_bonus(session: Session) -> None:
    book = build_book(session)
    result = scorecard.scorecard_for(session, actor=book.mia, target=None, period=q3(), now=NOW)
    assert result.scope == "team"
    assert [(c.rank, c.name, c.bonus.total) for c in result.cards] == [
        (1, "Bob", Decimal("15000.00")),
        (2, "Ann", Decimal("14850.00")),
    ]
    bob = card_of(result, "Bob")
    assert (bob.contacts, bob.by_channel) == (2, {"in_person": 1, "phone": 1})
    assert (bob.clients_covered, bob.within_cadence, bob.median_days_overdue) == (2, 1, 43)


def test_admin_sees_everyone_with_the_rep_role(session: Session) -> None:
    book = build_book(session)
    result = scorecard.scorecard_for(session, actor=book.ada, target=None, period=q3(), now=NOW)
    assert result.scope == "everyone"
    assert [c.name for c in result.cards] == ["Bob", "Ann", "Cy"]
    cy = card_of(result, "Cy")
    assert (cy.contacts, cy.bonus.total, cy.weekly) == (0, Decimal("0.00"), [0] * 14)


@pytest.mark.parametrize(
    ("actor", "target", "allowed"),
    [
        ("ann", "ann", True),
        ("ann", "bob", False),
        ("mia", "ann", True),
        ("mia", "cy", False),
        ("ada", "cy", True),
        ("cora", "ann", False),
        ("bob", "mia", False),
    ],
)
def test_who_may_see_whose_scorecard(
    session: Session, actor: str, target: str, allowed: bool
) -> None:
    book = build_book(session)
    reader, subject = getattr(book, actor), getattr(book, target)
    if allowed:
        result = scorecard.scorecard_for(
            session, actor=reader, target=subject, period=q3(), now=NOW
        )
        assert [c.name for c in result.cards] == [subject.name]
    else:
        with pytest.raises(NotAllowed):
            scorecard.scorecard_for(session, actor=reader, target=subject, period=q3(), now=NOW)


def test_a_pending_pledge_never_counts_and_a_verified_unfunded_one_is_shown_apart(
    session: Session,
) -> None:
    book = build_book(session)
    kai = book.clients["Kai"]
    legacy = contact(session, book.ann, kai, at(9, 2))
    claim(
        session,
        legacy,
        "pledge",
        "700000",
        status="verified",
        decided=at(9, 3),
        decided_by=book.cora,
    )
    ann = card_of(
        scorecard.scorecard_for(session, actor=book.ann, target=None, period=q3(), now=NOW), "Ann"
    )
    assert ann.pledges_unfunded == {"USD": Decimal("700000.00")}
    assert ann.assets["USD"] == Decimal("16500000.00")
    assert ann.bonus.total == Decimal("14850.00")


def test_the_period_is_read_in_the_readers_time_zone(session: Session) -> None:
    """Q3 in Tokyo ends 30 Sep 15:00 UTC: k7 (23:30 UTC) moves out, Bob's 20m (10:00) stays."""
    book = build_book(session)
    result = scorecard.scorecard_for(
        session, actor=book.mia, target=None, period=q3("Asia/Tokyo"), now=NOW
    )
    ann, bob = card_of(result, "Ann"), card_of(result, "Bob")
    assert ann.assets["USD"] == Decimal("12500000.00")
    assert ann.bonus.total == Decimal("11250.00")
    assert bob.assets == {"USD": Decimal("20000000.00")}


def test_new_york_q3_moves_the_edge_contacts_and_the_cadence_date(session: Session) -> None:
    """Q3 in New York is [1 Jul 04:00, 1 Oct 04:00) UTC: a10 drops out, a11 (Mo) comes in.

    Cadence is read on 1 Oct New York: Mo was contacted the evening before, so only Jane
    (43 over) and Lee (22 over) are overdue: median 32.5.
    """
    book = build_book(session)
    result = scorecard.scorecard_for(
        session, actor=book.ann, target=None, period=q3("America/New_York"), now=NOW
    )
    ann = card_of(result, "Ann")
    assert ann.by_channel == {"phone": 4, "email": 2, "video": 1, "mail": 1}
    assert (ann.clients_covered, ann.within_cadence) == (4, 2)
    assert ann.median_days_overdue == Decimal("32.5")
    assert ann.assets["USD"] == Decimal("16500000.00")


def test_a_contact_by_someone_not_covering_the_client_does_not_keep_it_in_cadence(
    session: Session,
) -> None:
    """Cy (not on Jane's team) saw Jane on 25 Sep: Jane is still 43 days over on 1 Oct."""
    book = build_book(session)
    contact(session, book.cy, book.clients["Jane"], at(9, 25))
    ann = card_of(
        scorecard.scorecard_for(session, actor=book.ann, target=None, period=q3(), now=NOW), "Ann"
    )
    assert (ann.within_cadence, ann.median_days_overdue) == (1, Decimal(43))


def test_over_contacts_use_each_clients_own_minimum(session: Session) -> None:
    """Kai gets an override of 10 days: a7 (3 days after a5) and a5 (21 days after a3)...
    only a7 becomes an over-contact, so Ann has 2."""
    book = build_book(session)
    session.add(
        CadenceOverride(
            client_id=book.clients["Kai"].id, max_days=60, min_days=10, updated_at=EPOCH
        )
    )
    session.flush()
    ann = card_of(
        scorecard.scorecard_for(session, actor=book.ann, target=None, period=q3(), now=NOW), "Ann"
    )
    assert ann.over_contacts == 2


def test_a_claim_counts_in_the_period_it_was_verified_not_raised(session: Session) -> None:
    """Raised 29 Sep, verified 2 Oct: nothing in Q3 (but raised there), all of it in Q4."""
    book = build_book(session)
    late = contact(session, book.bob, book.clients["Noa"], at(9, 29, 11))
    claim(
        session,
        late,
        "deposit",
        "1000000",
        status="verified",
        decided=at(10, 2),
        decided_by=book.cora,
    )
    q4 = read_period("2026 Q4", now=NOW, timezone="UTC")
    bob_q3 = card_of(
        scorecard.scorecard_for(session, actor=book.bob, target=None, period=q3(), now=NOW), "Bob"
    )
    bob_q4 = card_of(
        scorecard.scorecard_for(session, actor=book.bob, target=None, period=q4, now=NOW), "Bob"
    )
    assert (bob_q3.claims.raised, bob_q3.assets["USD"]) == (2, Decimal("20000000.00"))
    assert (bob_q4.claims.raised, bob_q4.claims.verified, bob_q4.assets) == (
        0,
        1,
        {"USD": Decimal("1000000.00")},
    )
    assert bob_q4.bonus.total == Decimal("600.00")  # a fresh quarter: 1m @6 bp under plan B

"""The set-based lists agree with the rules written out plainly, on random books.

The SQL filter is coarse on purpose (a couple of hours' slack for daylight
saving) and Python decides; this checks that nothing the rules select is ever
filtered out, across zones, clock changes, snoozes, undone contacts, ended
coverage, overrides and follow-ups. Rows are inserted directly: the setting,
not the behaviour under test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from bot.cadence import Reader, worklists
from storage.models import (
    CadenceOverride,
    CadencePolicy,
    Client,
    Coverage,
    Interaction,
    Rep,
    Snooze,
)

ZONES = ("UTC", "Asia/Kolkata", "America/Los_Angeles", "Europe/London", "Pacific/Auckland")
TIERS = ("A", "B", "C")  # A and B have policies; C falls back to the firm's "*"
EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
# Instants near the autumn clock changes of both hemispheres' zones.
NOWS = st.sampled_from(
    [
        datetime(2026, 11, 2, 17, 30, tzinfo=UTC),
        datetime(2026, 10, 26, 8, 30, tzinfo=UTC),
        datetime(2026, 4, 6, 21, 0, tzinfo=UTC),
        datetime(2026, 11, 18, 3, 45, tzinfo=UTC),
    ]
)

contacts = st.lists(
    st.tuples(
        st.integers(0, 5),  # client
        st.integers(0, 3),  # rep
        st.one_of(st.integers(0, 10 * 24), st.integers(0, 150 * 24)),  # hours before now
        st.one_of(st.none(), st.integers(-40, 20)),  # follow-up, days from the contact
        st.booleans(),  # undone
    ),
    max_size=25,
)
books = st.fixed_dictionaries(
    {
        "zones": st.lists(st.sampled_from(ZONES), min_size=4, max_size=4),
        "tiers": st.lists(st.sampled_from(TIERS), min_size=6, max_size=6),
        "coverage": st.lists(st.sets(st.integers(0, 3), max_size=3), min_size=6, max_size=6),
        "ended": st.sets(st.tuples(st.integers(0, 5), st.integers(0, 3)), max_size=4),
        "since": st.lists(st.integers(1, 200), min_size=6, max_size=6),
        "overrides": st.dictionaries(st.integers(0, 5), st.integers(5, 60), max_size=2),
        # One snooze per rep and client: the database holds at most one open (uq_snoozes_open).
        "snoozes": st.dictionaries(
            st.tuples(st.integers(0, 3), st.integers(0, 5)), st.integers(-3, 9), max_size=4
        ),
        "contacts": contacts,
        "now": NOWS,
    }
)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(book=books)
def test_set_based_lists_match_the_rules_on_random_books(session: Session, book: dict) -> None:  # type: ignore[type-arg]
    savepoint = session.begin_nested()
    try:
        reps, clients, now = build(session, book)
        readers = [
            Reader(r.id, r.timezone, now.astimezone(ZoneInfo(r.timezone)).date()) for r in reps
        ]
        got = worklists(session, readers=readers, now=now)
        for reader in readers:
            expected = plainly(session, reader, now)
            worklist = got[reader.rep_id]
            assert (
                sorted((s.client_id, s.days_since, s.follow_up_due) for s in worklist.due)
                == expected["due"]
            )
            assert sorted(s.client_id for s in worklist.at_risk) == expected["at_risk"]
            assert worklist.snoozed == expected["snoozed"]
            event(
                f"due {min(len(worklist.due), 3)} at risk {min(len(worklist.at_risk), 2)} snoozed {worklist.snoozed}"
            )
    finally:
        savepoint.rollback()


def build(session: Session, book: dict) -> tuple[list[Rep], list[Client], datetime]:  # type: ignore[type-arg]
    now = book["now"]
    session.add_all(
        [
            CadencePolicy(tier="A", max_days=20, min_days=3, updated_at=EPOCH),
            CadencePolicy(tier="B", max_days=45, min_days=7, updated_at=EPOCH),
        ]
    )
    reps = [
        Rep(slack_user_id=f"UP{n}", name=f"P{n}", timezone=tz, created_at=EPOCH, updated_at=EPOCH)
        for n, tz in enumerate(book["zones"])
    ]
    session.add_all(reps)
    clients = [
        Client(
            external_id=f"CP{n}",
            name=f"C{n}",
            search_name=f"c{n}",
            tier=tier,
            created_at=EPOCH,
            updated_at=EPOCH,
        )
        for n, tier in enumerate(book["tiers"])
    ]
    session.add_all(clients)
    session.flush()
    for c, covering in enumerate(book["coverage"]):
        for r in covering:
            ended = now - timedelta(days=1) if (c, r) in book["ended"] else None
            session.add(
                Coverage(
                    client_id=clients[c].id,
                    rep_id=reps[r].id,
                    role="primary",
                    started_at=now - timedelta(days=book["since"][c], hours=r),
                    ended_at=ended,
                )
            )
    for c, max_days in book["overrides"].items():
        session.add(
            CadenceOverride(
                client_id=clients[c].id, max_days=max_days, min_days=2, updated_at=EPOCH
            )
        )
    for (r, c), days in book["snoozes"].items():
        session.add(
            Snooze(
                rep_id=reps[r].id,
                client_id=clients[c].id,
                created_at=now - timedelta(days=10),
                until=now + timedelta(days=days),
                ended_at=now - timedelta(hours=1) if days == 9 else None,
            )
        )
    for c, r, hours, follow, undone in book["contacts"]:
        at = now - timedelta(hours=hours)
        session.add(
            Interaction(
                client_id=clients[c].id,
                rep_id=reps[r].id,
                author_id=reps[r].id,
                occurred_at=at,
                channel="phone",
                source="import",
                follow_up_on=at.date() + timedelta(days=follow) if follow is not None else None,
                created_at=at,
                updated_at=at,
                deleted_at=at + timedelta(minutes=1) if undone else None,
            )
        )
    session.flush()
    return reps, clients, now


def plainly(session: Session, reader: Reader, now: datetime) -> dict:  # type: ignore[type-arg]
    """The module docstring's rules, one client at a time, in plain Python."""
    tz = ZoneInfo(reader.timezone)
    today = reader.today
    live = [c for c in session.query(Coverage).all() if c.ended_at is None]
    policies = {p.tier: p for p in session.query(CadencePolicy).all()}
    overrides = {o.client_id: o for o in session.query(CadenceOverride).all()}
    interactions = [i for i in session.query(Interaction).all() if i.deleted_at is None]
    due, at_risk, snoozed = [], [], 0
    for client_id in sorted({c.client_id for c in live if c.rep_id == reader.rep_id}):
        client = session.get(Client, client_id)
        assert client is not None
        team = {c.rep_id for c in live if c.client_id == client_id}
        since = min(c.started_at for c in live if c.client_id == client_id)
        mine = [i for i in interactions if i.client_id == client_id]
        last = max((i.occurred_at for i in mine if i.rep_id in team), default=None)
        policy = overrides.get(client_id) or policies.get(client.tier) or policies["*"]
        days = (today - (last or since).astimezone(tz).date()).days
        # A promise is met by any team contact after it (this read "a team contact on or
        # after its date" before the follow-up rules were made one, in bot.cadence.rules).
        reached = [
            i.follow_up_on
            for i in mine
            if i.follow_up_on
            and i.follow_up_on <= today
            and (last is None or i.occurred_at >= last)
        ]
        follow: date | None = max(reached, default=None)
        is_snoozed = any(
            s.rep_id == reader.rep_id
            and s.client_id == client_id
            and s.ended_at is None
            and s.until > now
            for s in session.query(Snooze).all()
        )
        if days > policy.max_days or follow is not None:
            if is_snoozed:
                snoozed += 1
            else:
                due.append((client_id, days, follow))
        elif last is not None and days < policy.min_days:
            at_risk.append(client_id)
    return {"due": sorted(due), "at_risk": sorted(at_risk), "snoozed": snoozed}

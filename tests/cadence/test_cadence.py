"""Who is overdue, due a follow-up or at risk of over-contact: the set-based lists.

Contacts are logged through the real service; the lists are read with
``worklist_for`` / ``worklists`` as the nudge and the Home tab read them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cadence import Reader, book_rows, far_overdue, worklist_for, worklists
from bot.cadence.snoozes import snooze_client
from bot.contacts import ContactDraft, log_contact, undo_contact
from storage.models import CadenceOverride, CadencePolicy, Coverage, Interaction, Rep
from tests.factories import make_client, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # Wednesday; 10:00 in New York


def contact(  # type: ignore[no-untyped-def]
    session: Session, rep: Rep, client, at: datetime, *, channel: str = "phone", follow_up=None
):
    draft = ContactDraft(
        client_id=client.id, occurred_at=at, channel=channel, follow_up_on=follow_up
    )
    return log_contact(session, actor=rep, draft=draft, now=at + timedelta(minutes=1)).interaction


def policy(session: Session, tier: str, max_days: int, min_days: int) -> None:
    session.add(CadencePolicy(tier=tier, max_days=max_days, min_days=min_days, updated_at=NOW))
    session.flush()


def due_names(session: Session, rep: Rep, now: datetime = NOW) -> list[str]:
    worklist = worklist_for(session, rep_id=rep.id, timezone=rep.timezone, now=now)
    return [status.name for status in worklist.due]


def test_client_is_overdue_once_days_since_last_contact_exceed_max_days(session: Session) -> None:
    policy(session, "HNW", 30, 3)
    rita = make_rep(session, timezone="America/New_York")
    late = make_client(session, "Late Larry", covered_by=[rita])
    fine = make_client(session, "Fine Fiona", covered_by=[rita])
    contact(session, rita, late, NOW - timedelta(days=31), channel="email")
    contact(session, rita, fine, NOW - timedelta(days=30))

    worklist = worklist_for(session, rep_id=rita.id, timezone=rita.timezone, now=NOW)
    [status] = worklist.due
    assert (status.name, status.days_since, status.max_days) == ("Late Larry", 31, 30)
    assert status.last_channel == "email" and status.tier == "HNW"


def test_never_contacted_client_counts_from_when_coverage_began(session: Session) -> None:
    policy(session, "HNW", 30, 3)
    rita = make_rep(session)
    make_client(session, "Old Olive", covered_by=[rita], covered_since=NOW - timedelta(days=40))
    make_client(session, "New Nora", covered_by=[rita], covered_since=NOW - timedelta(days=10))
    worklist = worklist_for(session, rep_id=rita.id, timezone="UTC", now=NOW)
    [status] = worklist.due
    assert status.name == "Old Olive" and status.last_contact_at is None
    assert status.days_since == 40


def test_a_colleague_covering_the_client_resets_the_clock_for_everyone(session: Session) -> None:
    policy(session, "HNW", 30, 3)
    rita, ray = make_rep(session), make_rep(session)
    shared = make_client(session, "Shared Sam", covered_by=[rita, ray])
    contact(session, rita, shared, NOW - timedelta(days=45))
    contact(session, ray, shared, NOW - timedelta(days=5))
    assert due_names(session, rita) == due_names(session, ray) == []


def test_contacts_by_someone_no_longer_covering_do_not_count(session: Session) -> None:
    policy(session, "HNW", 30, 3)
    rita, gone = make_rep(session), make_rep(session)
    client = make_client(session, "Moved Mo", covered_by=[rita, gone])
    contact(session, gone, client, NOW - timedelta(days=2))
    row = session.scalar(select(Coverage).where(Coverage.rep_id == gone.id))
    assert row is not None
    row.ended_at = NOW - timedelta(days=1)
    session.flush()
    assert due_names(session, rita) == ["Moved Mo"]


def test_an_undone_contact_does_not_count(session: Session) -> None:
    policy(session, "HNW", 30, 3)
    rita = make_rep(session)
    client = make_client(session, "Undone Uma", covered_by=[rita])
    contact(session, rita, client, NOW - timedelta(days=40))
    wrong = contact(session, rita, client, NOW - timedelta(minutes=10))
    undo_contact(session, actor=rita, interaction_id=wrong.id, now=NOW)
    assert due_names(session, rita) == ["Undone Uma"]


def test_client_override_beats_its_tier_which_beats_the_firm_default(session: Session) -> None:
    # The migration's firm-wide default (tier "*") is 90 days.
    policy(session, "UHNW", 20, 3)
    rita = make_rep(session)
    tiered = make_client(session, "Tiered Tom", covered_by=[rita], tier="UHNW")
    special = make_client(session, "Special Sue", covered_by=[rita], tier="UHNW")
    plain = make_client(session, "Plain Pat", covered_by=[rita], tier="RETAIL")
    session.add(CadenceOverride(client_id=special.id, max_days=60, min_days=2, updated_at=NOW))
    for client in (tiered, special, plain):
        contact(session, rita, client, NOW - timedelta(days=50))
    assert due_names(session, rita) == ["Tiered Tom"]
    session.add(CadencePolicy(tier="RETAIL", max_days=45, min_days=3, updated_at=NOW))
    session.flush()
    assert sorted(due_names(session, rita)) == ["Plain Pat", "Tiered Tom"]


def test_follow_up_date_passed_without_a_contact_since_is_due_within_cadence(
    session: Session,
) -> None:
    rita = make_rep(session)
    client = make_client(session, "Promised Paula", covered_by=[rita])
    contact(session, rita, client, NOW - timedelta(days=10), follow_up=date(2026, 11, 16))
    worklist = worklist_for(session, rep_id=rita.id, timezone="UTC", now=NOW)
    [status] = worklist.due
    assert status.follow_up_due == date(2026, 11, 16) and not status.overdue
    assert status.urgency == 2


def test_follow_up_due_today_is_listed(session: Session) -> None:
    rita = make_rep(session)
    client = make_client(session, "Today Tess", covered_by=[rita])
    contact(session, rita, client, NOW - timedelta(days=10), follow_up=date(2026, 11, 18))
    assert due_names(session, rita) == ["Today Tess"]


def test_a_contact_on_or_after_the_follow_up_date_fulfils_it(session: Session) -> None:
    rita = make_rep(session)
    client = make_client(session, "Kept Kim", covered_by=[rita])
    contact(session, rita, client, NOW - timedelta(days=10), follow_up=date(2026, 11, 16))
    contact(session, rita, client, datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
    assert due_names(session, rita) == []


def test_a_contact_after_the_promise_and_before_its_date_keeps_it_early(session: Session) -> None:
    """The follow-up was made early: nothing is due (the scorecard counts it kept).

    This test used to assert the opposite (the nudge's old rule: only a contact
    on or after the date fulfilled it), which left the client listed as "due"
    long after the rep had followed up; ``bot.cadence.rules`` says why.
    """
    rita = make_rep(session)
    client = make_client(session, "Early Ed", covered_by=[rita])
    contact(session, rita, client, NOW - timedelta(days=10), follow_up=date(2026, 11, 16))
    contact(session, rita, client, datetime(2026, 11, 15, 9, 0, tzinfo=UTC))
    assert due_names(session, rita) == []


def test_a_later_promise_is_due_again_though_an_earlier_one_was_met(session: Session) -> None:
    """Met promises stay met; the newest one, made on the last contact, is what is owed."""
    rita = make_rep(session)
    client = make_client(session, "Twice Tia", covered_by=[rita])
    contact(session, rita, client, NOW - timedelta(days=20), follow_up=date(2026, 11, 5))
    contact(session, rita, client, NOW - timedelta(days=12), follow_up=date(2026, 11, 12))
    [status] = worklist_for(session, rep_id=rita.id, timezone="UTC", now=NOW).due
    assert (status.name, status.follow_up_due, status.urgency) == (
        "Twice Tia",
        date(2026, 11, 12),
        6,
    )


def test_a_promise_logged_by_someone_off_the_team_is_met_only_by_the_team(
    session: Session,
) -> None:
    """Cy, not covering (an imported record), promised a call: only the team's contact meets it."""
    rita, cy = make_rep(session), make_rep(session)
    client = make_client(session, "Visited Val", covered_by=[rita])
    contact(session, rita, client, NOW - timedelta(days=6))
    imported(session, cy, client, NOW - timedelta(days=5), follow_up=date(2026, 11, 17))
    assert due_names(session, rita) == ["Visited Val"]
    imported(session, cy, client, NOW - timedelta(days=1))  # Cy again: still not the team
    assert due_names(session, rita) == ["Visited Val"]
    contact(session, rita, client, NOW - timedelta(hours=2))
    assert due_names(session, rita) == []


def imported(  # type: ignore[no-untyped-def]
    session: Session, rep: Rep, client, at: datetime, *, follow_up: date | None = None
) -> None:
    """A contact by someone who may not log one in Slack (an import brings it)."""
    session.add(
        Interaction(
            client_id=client.id,
            rep_id=rep.id,
            author_id=rep.id,
            occurred_at=at,
            channel="phone",
            notes="",
            follow_up_on=follow_up,
            source="import",
            created_at=at,
            updated_at=at,
        )
    )
    session.flush()


def test_a_follow_up_in_the_future_is_not_due_yet(session: Session) -> None:
    rita = make_rep(session)
    client = make_client(session, "Later Liz", covered_by=[rita])
    contact(session, rita, client, NOW - timedelta(days=10), follow_up=date(2026, 11, 19))
    assert due_names(session, rita) == []
    assert due_names(session, rita, NOW + timedelta(days=1)) == ["Later Liz"]


def test_client_contacted_within_min_days_is_at_risk_of_over_contact(session: Session) -> None:
    policy(session, "HNW", 30, 5)
    rita, ray = make_rep(session), make_rep(session)
    client = make_client(session, "Busy Bea", covered_by=[rita, ray])
    quiet = make_client(session, "Quiet Quinn", covered_by=[rita])
    contact(session, ray, client, NOW - timedelta(days=4), channel="video")
    contact(session, rita, quiet, NOW - timedelta(days=5))
    worklist = worklist_for(session, rep_id=rita.id, timezone="UTC", now=NOW)
    assert worklist.due == []
    [risk] = worklist.at_risk
    assert (risk.name, risk.days_since, risk.min_days, risk.last_channel) == (
        "Busy Bea",
        4,
        5,
        "video",
    )


def test_days_are_counted_in_the_readers_time_zone(session: Session) -> None:
    """The same contact is 1 day old in Kolkata and 2 days old in Los Angeles."""
    policy(session, "HNW", 1, 0)
    kolkata = make_rep(session, timezone="Asia/Kolkata")
    los_angeles = make_rep(session, timezone="America/Los_Angeles")
    client = make_client(session, "Zoned Zed", covered_by=[kolkata, los_angeles])
    # 20:00 UTC on the 16th: 01:30 on the 17th in Kolkata, 12:00 on the 16th in LA.
    contact(session, kolkata, client, datetime(2026, 11, 16, 20, 0, tzinfo=UTC))
    lists = worklists(
        session,
        readers=[
            Reader(kolkata.id, kolkata.timezone, date(2026, 11, 18)),
            Reader(los_angeles.id, los_angeles.timezone, date(2026, 11, 18)),
        ],
        now=datetime(2026, 11, 18, 15, 30, tzinfo=UTC),
    )
    assert lists[kolkata.id].due == []
    [status] = lists[los_angeles.id].due
    assert status.days_since == 2


def test_a_snooze_hides_the_client_from_that_rep_only_until_it_ends(session: Session) -> None:
    policy(session, "HNW", 30, 3)
    rita, ray = make_rep(session), make_rep(session)
    client = make_client(session, "Sleepy Sid", covered_by=[rita, ray])
    contact(session, rita, client, NOW - timedelta(days=40))
    snooze_client(session, actor=rita, client_id=client.id, days=7, now=NOW)
    worklist = worklist_for(session, rep_id=rita.id, timezone="UTC", now=NOW)
    assert worklist.due == [] and worklist.snoozed == 1
    assert due_names(session, ray) == ["Sleepy Sid"]
    assert due_names(session, rita, NOW + timedelta(days=6, hours=23)) == []
    assert due_names(session, rita, NOW + timedelta(days=7)) == ["Sleepy Sid"]


def test_a_contact_ends_a_snooze_early(session: Session) -> None:
    """Snoozed for 30 days, contacted the next day with a follow-up: the follow-up shows."""
    policy(session, "HNW", 30, 3)
    rita = make_rep(session)
    client = make_client(session, "Woken Will", covered_by=[rita])
    contact(session, rita, client, NOW - timedelta(days=40))
    snooze_client(session, actor=rita, client_id=client.id, days=30, now=NOW)
    contact(session, rita, client, NOW + timedelta(days=1), follow_up=date(2026, 11, 22))
    assert due_names(session, rita, NOW + timedelta(days=5)) == ["Woken Will"]


def test_most_overdue_come_first(session: Session) -> None:
    policy(session, "HNW", 30, 3)
    rita = make_rep(session)
    for name, days in (("Ann", 35), ("Bob", 60), ("Cy", 31)):
        contact(
            session, rita, make_client(session, name, covered_by=[rita]), NOW - timedelta(days=days)
        )
    promised = make_client(session, "Dee", covered_by=[rita])
    contact(session, rita, promised, NOW - timedelta(days=20), follow_up=date(2026, 11, 8))
    assert due_names(session, rita) == ["Bob", "Dee", "Ann", "Cy"]


def test_many_readers_at_once_get_what_each_would_get_alone(session: Session) -> None:
    policy(session, "HNW", 30, 5)
    reps = [make_rep(session, timezone=tz) for tz in ("UTC", "Asia/Kolkata", "America/Denver")]
    for n in range(12):
        covered = [reps[n % 3], reps[(n + 1) % 3]] if n % 4 == 0 else [reps[n % 3]]
        client = make_client(session, f"Client {n:02d}", covered_by=covered)
        contact(
            session,
            covered[0],
            client,
            NOW - timedelta(days=3 * n + 1),
            follow_up=(date(2026, 11, 10) if n % 5 == 0 else None),
        )
    readers = [Reader(r.id, r.timezone, NOW.astimezone(_zone(r.timezone)).date()) for r in reps]
    together = worklists(session, readers=readers, now=NOW)
    for rep in reps:
        alone = worklist_for(session, rep_id=rep.id, timezone=rep.timezone, now=NOW)
        assert together[rep.id] == alone


def test_far_overdue_is_more_than_twice_max_days_snoozed_or_not(session: Session) -> None:
    policy(session, "HNW", 30, 3)
    rita = make_rep(session)
    far = make_client(session, "Far Fay", covered_by=[rita])
    near = make_client(session, "Near Ned", covered_by=[rita])
    contact(session, rita, far, NOW - timedelta(days=61))
    contact(session, rita, near, NOW - timedelta(days=60))
    snooze_client(session, actor=rita, client_id=far.id, days=30, now=NOW)
    rows = book_rows(session, rep_ids=[rita.id], now=NOW, today=NOW.date())
    found = far_overdue(rows, timezone="UTC", today=NOW.date())
    assert [s.name for s in found[rita.id]] == ["Far Fay"]


def _zone(name: str):  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)

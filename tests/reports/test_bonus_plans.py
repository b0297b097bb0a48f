"""The bonus plan: read strictly from admins' text, audited, from a date; ``/cms bonus`` over Slack."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audit.verify import verify
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.reports.bonus import Band
from bot.reports.bonus_plans import cancel_plan, load_plans, parse_plan, set_plan
from storage.models import AuditEvent, BonusPlan
from tests.factories import SETTING, make_rep
from tests.world import World

M = Decimal(1_000_000)
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
TEXT = "from 2027-01-01 bands 0-10m:5 10m-50m:8 50m+:10 mandate 100"


def test_the_documented_example_reads_as_three_marginal_bands() -> None:
    draft = parse_plan(TEXT)
    assert draft.effective_from == date(2027, 1, 1)
    assert draft.bands == (
        Band(Decimal(0), 10 * M, Decimal(5)),
        Band(10 * M, 50 * M, Decimal(8)),
        Band(50 * M, None, Decimal(10)),
    )
    assert (draft.mandate_rate_bp, draft.currency) == (Decimal(100), "USD")


def test_amount_units_decimals_and_currency_are_read() -> None:
    draft = parse_plan(
        "currency eur from 2027-03-01 mandate 12.5 bands 0-250k:2.5 250k-1.5m:4 1.5m+:6"
    )
    assert [(b.lower, b.upper, b.rate_bp) for b in draft.bands] == [
        (Decimal(0), Decimal(250_000), Decimal("2.5")),
        (Decimal(250_000), Decimal(1_500_000), Decimal(4)),
        (Decimal(1_500_000), None, Decimal(6)),
    ]
    assert (draft.currency, draft.mandate_rate_bp) == ("EUR", Decimal("12.5"))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("bands 0+:5 mandate 1", "The plan needs `from YYYY-MM-DD`"),
        ("from 2027-01-01 mandate 1", "The plan needs `bands"),
        ("from 2027-01-01 bands 0+:5", "The plan needs `mandate <bp>`"),
        ("from 1/1/2027 bands 0+:5 mandate 1", "“1/1/2027” is not a date"),
        ("from 2027-01-01 bands 0-10m:5 20m+:8 mandate 1", "should start at 10m"),
        ("from 2027-01-01 bands 5m-10m:5 10m+:8 mandate 1", "should start at 0"),
        ("from 2027-01-01 bands 0-10m:5 10m-50m:8 mandate 1", "The last band stops at 50m"),
        ("from 2027-01-01 bands 0+:5 10m+:8 mandate 1", "must be last"),
        ("from 2027-01-01 bands 0-0:5 0+:8 mandate 1", "ends where it starts"),
        ("from 2027-01-01 bands 0-10m 10m+:8 mandate 1", "“0-10m” is not a band"),
        ("from 2027-01-01 bands 0-ten:5 ten+:8 mandate 1", "“ten” is not an amount"),
        ("from 2027-01-01 bands 0+:-5 mandate 1", "“-5” is not a rate for the band 0+"),
        ("from 2027-01-01 bands 0+:5 mandate 20000", "“20000” is not a rate for the mandate"),
        ("from 2027-01-01 bands 0+:5 mandate 1 currency dollars", "“dollars” is not a currency"),
        ("from 2027-01-01 from 2027-02-01 bands 0+:5 mandate 1", "`from` appears twice"),
        ("please from 2027-01-01 bands 0+:5 mandate 1", "I didn't expect “please” there"),
    ],
)
def test_bad_plan_text_says_what_to_fix(text: str, says: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_plan(text)
    assert says in str(raised.value)


def test_setting_a_plan_is_audited_with_its_bands(session: Session) -> None:
    admin = make_rep(session, "UADA", "Ada", roles=("admin",))
    plan, replaced = set_plan(session, actor=admin, draft=parse_plan(TEXT), now=NOW)
    assert not replaced
    event = session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "bonus_plans")).one()
    assert (event.actor, event.action, event.entity_id) == ("UADA", "create", str(plan.id))
    assert event.after is not None
    assert event.after["bands"] == [
        {"lower": "0.00", "upper": "10000000.00", "rate_bp": "5.0000"},
        {"lower": "10000000.00", "upper": "50000000.00", "rate_bp": "8.0000"},
        {"lower": "50000000.00", "upper": None, "rate_bp": "10.0000"},
    ]
    assert event.after["effective_from"] == "2027-01-01"
    assert verify(session) == []


def test_setting_the_same_date_again_replaces_that_plan_and_records_before_and_after(
    session: Session,
) -> None:
    admin = make_rep(session, "UADA", "Ada", roles=("admin",))
    set_plan(session, actor=admin, draft=parse_plan(TEXT), now=NOW)
    _, replaced = set_plan(
        session,
        actor=admin,
        draft=parse_plan("from 2027-01-01 bands 0-20m:6 20m+:9 mandate 120"),
        now=NOW,
    )
    assert replaced
    (plan,) = load_plans(session)
    assert [(b.lower, b.rate_bp) for b in plan.bands] == [(Decimal(0), 6), (20 * M, 9)]
    update = session.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "update", AuditEvent.entity_type == "bonus_plans"
        )
    ).one()
    assert update.before is not None and update.after is not None
    assert len(update.before["bands"]) == 3 and len(update.after["bands"]) == 2


def test_a_plan_cannot_start_in_the_past_nor_be_set_by_a_non_admin(session: Session) -> None:
    admin = make_rep(session, "UADA", "Ada", roles=("admin",))
    rep = make_rep(session, "UREP", "Rex")
    with pytest.raises(InvalidInput, match="in the past"):
        set_plan(
            session,
            actor=admin,
            draft=parse_plan(TEXT.replace("2027-01-01", "2026-11-17")),
            now=NOW,
        )
    with pytest.raises(NotAllowed):
        set_plan(session, actor=rep, draft=parse_plan(TEXT), now=NOW)
    # today (in the admin's zone) is allowed
    set_plan(
        session, actor=admin, draft=parse_plan(TEXT.replace("2027-01-01", "2026-11-18")), now=NOW
    )
    assert session.scalars(select(BonusPlan)).one().effective_from == date(2026, 11, 18)


def test_only_a_plan_not_yet_in_force_can_be_cancelled(session: Session) -> None:
    admin = make_rep(session, "UADA", "Ada", roles=("admin",))
    set_plan(session, actor=admin, draft=parse_plan(TEXT), now=NOW)
    set_plan(
        session, actor=admin, draft=parse_plan(TEXT.replace("2027-01-01", "2026-11-18")), now=NOW
    )
    with pytest.raises(InvalidInput, match="already applied"):
        cancel_plan(session, actor=admin, effective_from=date(2026, 11, 18), now=NOW)
    with pytest.raises(NotFound):
        cancel_plan(session, actor=admin, effective_from=date(2027, 2, 1), now=NOW)
    cancel_plan(session, actor=admin, effective_from=date(2027, 1, 1), now=NOW)
    assert [p.effective_from for p in load_plans(session)] == [date(2026, 11, 18)]
    deleted = session.scalars(select(AuditEvent).where(AuditEvent.action == "delete")).one()
    assert deleted.before is not None and deleted.before["effective_from"] == "2027-01-01"
    assert verify(session) == []


# --- over Slack --------------------------------------------------------------------------------


def reply(world: World, text: str, user: str) -> dict[str, Any]:
    assert world.slack.command("/cms", text, user_id=user).ok
    call = world.standin.wait_for("response_url", lambda call: call.args.get("text"), timeout=10)
    world.standin.clear()
    return call.args


def test_admin_sets_a_plan_over_slack_and_everyone_can_read_it(world: World) -> None:
    with world.db() as session:
        make_rep(session, "UADA", "Ada", roles=("admin",))
        make_rep(session, "UREP", "Rex")
    assert reply(world, "bonus", "UREP")["text"].startswith("No bonus plan is set yet.")
    answer = reply(
        world, "bonus set from 2026-11-18 bands 0-10m:5 10m-50m:8 50m+:10 mandate 100", "UADA"
    )
    assert answer["text"] == (
        "Bonus plan set from 2026-11-18: 0–10m: 5 bp · 10m–50m: 8 bp · 50m+: 10 bp · "
        "mandate fees: 100 bp (USD). It applies to claims verified from that date."
    )
    reply(world, "bonus set from 2027-01-01 bands 0-20m:6 20m+:9 mandate 120 currency USD", "UADA")
    shown = reply(world, "bonus", "UREP")["text"].splitlines()
    assert shown[0] == (
        "*Bonus plan in force* (from Wed 18 Nov 2026, USD): 0–10m: 5 bp · 10m–50m: 8 bp · "
        "50m+: 10 bp · mandate fees: 100 bp"
    )
    assert (
        shown[1]
        == "*Upcoming:* from Fri 1 Jan 2027 (USD): 0–20m: 6 bp · 20m+: 9 bp · mandate fees: 120 bp"
    )
    assert reply(world, "bonus cancel 2027-01-01", "UADA")["text"] == (
        "The bonus plan from 2027-01-01 was removed; it had not applied yet."
    )


def test_a_rep_cannot_set_the_plan_and_bad_text_changes_nothing(world: World) -> None:
    with world.db() as session:
        make_rep(session, "UADA", "Ada", roles=("admin",))
        make_rep(session, "UREP", "Rex")
    assert reply(world, "bonus set " + TEXT, "UREP")["text"] == (
        "Only admins can change the bonus plan; ask an admin."
    )
    assert (
        "should start at 10m"
        in reply(world, "bonus set from 2027-01-01 bands 0-10m:5 12m+:8 mandate 1", "UADA")["text"]
    )
    with world.db() as session:
        assert session.scalars(select(BonusPlan)).first() is None
        assert (
            session.scalars(select(AuditEvent).where(AuditEvent.actor != SETTING)).first() is None
        )

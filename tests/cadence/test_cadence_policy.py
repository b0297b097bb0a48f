"""Setting and listing cadence policies: admins only, validated, audited, visibility kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cadence.policy import (
    Cadence,
    cadence_for,
    clear_override,
    clear_policy,
    find_client,
    known_tier,
    listing,
    set_override,
    set_policy,
)
from bot.errors import ClientNotFound, InvalidInput, NotAllowed
from handlers.commands.cms_cadence import CadenceChange, parse_change
from storage.models import AuditEvent, CadencePolicy
from tests.factories import make_client, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def last_event(session: Session) -> tuple[str, str, str]:
    event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert event is not None
    return event.entity_type, event.action, event.actor


def test_an_admin_sets_a_tier_policy_and_it_is_audited(session: Session) -> None:
    ada = make_rep(session, "UADA", roles=("admin",))
    client = make_client(session, "Jane", tier="HNW")
    set_policy(session, actor=ada, tier="HNW", max_days=30, min_days=5, now=NOW)
    assert cadence_for(session, client) == Cadence(30, 5, "tier")
    assert last_event(session) == ("cadence_policies", "create", "UADA")
    set_policy(session, actor=ada, tier="HNW", max_days=None, min_days=7, now=NOW)
    assert (cadence_for(session, client).max_days, cadence_for(session, client).min_days) == (30, 7)
    assert last_event(session) == ("cadence_policies", "update", "UADA")


def test_the_firm_default_can_change_but_not_go(session: Session) -> None:
    ada = make_rep(session, roles=("admin",))
    set_policy(session, actor=ada, tier="*", max_days=120, min_days=None, now=NOW)
    default = session.scalar(select(CadencePolicy).where(CadencePolicy.tier == "*"))
    assert default is not None and (default.max_days, default.min_days) == (120, 3)
    with pytest.raises(InvalidInput, match="not removed"):
        clear_policy(session, actor=ada, tier="*", now=NOW)


@pytest.mark.parametrize(
    ("max_days", "min_days", "says"),
    [(10, 10, "must be less than max"), (5000, 3, "ten years"), (30, -1, "from 0 up")],
)
def test_impossible_days_are_refused(
    session: Session, max_days: int, min_days: int, says: str
) -> None:
    ada = make_rep(session, roles=("admin",))
    with pytest.raises(InvalidInput, match=says):
        set_policy(session, actor=ada, tier="HNW", max_days=max_days, min_days=min_days, now=NOW)


def test_only_admins_change_policies(session: Session) -> None:
    rita = make_rep(session, roles=("rep", "manager"))
    client = make_client(session, "Jane", covered_by=[rita])
    with pytest.raises(NotAllowed):
        set_policy(session, actor=rita, tier="HNW", max_days=30, min_days=3, now=NOW)
    with pytest.raises(NotAllowed):
        set_override(session, actor=rita, client=client, max_days=30, min_days=3, now=NOW)


def test_a_client_override_wins_and_clearing_it_falls_back_to_the_tier(session: Session) -> None:
    ada = make_rep(session, roles=("admin",))
    client = make_client(session, "Jane", tier="HNW")
    set_policy(session, actor=ada, tier="HNW", max_days=30, min_days=5, now=NOW)
    set_override(session, actor=ada, client=client, max_days=14, min_days=None, now=NOW)
    assert cadence_for(session, client).source == "client"
    assert (cadence_for(session, client).max_days, cadence_for(session, client).min_days) == (14, 5)
    assert last_event(session) == ("cadence_overrides", "create", ada.slack_user_id)
    assert clear_override(session, actor=ada, client=client, now=NOW) is True
    assert cadence_for(session, client).source == "tier"
    assert last_event(session) == ("cadence_overrides", "delete", ada.slack_user_id)


def test_the_listing_shows_overrides_only_for_clients_the_reader_may_see(session: Session) -> None:
    ada = make_rep(session, roles=("admin",))
    rita, otto = make_rep(session), make_rep(session)
    mine = make_client(session, "Mine", covered_by=[rita])
    theirs = make_client(session, "Theirs", covered_by=[otto])
    for client in (mine, theirs):
        set_override(session, actor=ada, client=client, max_days=20, min_days=2, now=NOW)
    set_policy(session, actor=ada, tier="HNW", max_days=30, min_days=5, now=NOW)
    seen = listing(session, actor=rita)
    assert [c.name for c, _ in seen.overrides] == ["Mine"]
    assert [tier for tier, _ in seen.tiers] == ["HNW"] and seen.default.max_days == 90
    assert [c.name for c, _ in listing(session, actor=ada).overrides] == ["Mine", "Theirs"]


def test_clients_are_found_by_external_id_or_exact_name(session: Session) -> None:
    jane = make_client(session, "Zoë Müller", external_id="EXT-7")
    make_client(session, "Sam Same")
    make_client(session, "Sam Same")
    assert find_client(session, "EXT-7").id == jane.id
    assert find_client(session, "zoe muller").id == jane.id
    with pytest.raises(InvalidInput, match="Several clients are called Sam Same"):
        find_client(session, "Sam Same")
    with pytest.raises(ClientNotFound, match="Did you mean Zoë Müller"):
        find_client(session, "muller")


def test_tiers_are_read_as_the_book_spells_them(session: Session) -> None:
    make_client(session, "Jane", tier="UHNW")
    assert known_tier(session, "uhnw") == "UHNW"
    assert known_tier(session, "default") == "*"
    assert known_tier(session, "NEW") == "NEW"


@pytest.mark.parametrize(
    ("typed", "change"),
    [
        ("HNW max 30 min 5", CadenceChange(None, "HNW", 30, 5, False)),
        ("* min 2", CadenceChange(None, "*", None, 2, False)),
        ("client Jane Smith min 3 max 40", CadenceChange("Jane Smith", None, 40, 3, False)),
        ("client Jane Smith clear", CadenceChange("Jane Smith", None, None, None, True)),
        ("UHNW clear", CadenceChange(None, "UHNW", None, None, True)),
    ],
)
def test_cadence_commands_are_read(typed: str, change: CadenceChange) -> None:
    assert parse_change(typed) == change


@pytest.mark.parametrize(
    "typed", ["HNW", "HNW max", "HNW max x", "two words max 3", "client max 3", "HNW max 3 max 4"]
)
def test_unreadable_cadence_commands_show_the_usage(typed: str) -> None:
    with pytest.raises(InvalidInput, match="cadence"):
        parse_change(typed)

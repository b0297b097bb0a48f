"""``/cms initiative``: reading the text, the admin gate, add / list / close, audited."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audit.verify import verify
from bot.contacts import find_initiative
from bot.errors import InitiativeNotFound, InvalidInput, NotAllowed
from bot.reports.initiatives import (
    InitiativeSpec,
    add_initiative,
    all_initiatives,
    close_initiative,
    parse_add,
    read_tag,
    status,
)
from storage.models import AuditEvent, Initiative
from tests.factories import SETTING, make_initiative, make_rep
from tests.world import World

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Symphony Night 2026" #symphony-night cost 45000 USD from 2026-09-01 to 2026-12-31',
            InitiativeSpec(
                "Symphony Night 2026",
                "symphony-night",
                Decimal("45000"),
                "USD",
                date(2026, 9, 1),
                date(2026, 12, 31),
            ),
        ),
        (
            "“Golf Open” <#C0123|golf-open> cost €1.2m from 2027-01-01",
            InitiativeSpec("Golf Open", "golf-open", Decimal("1200000"), "EUR", date(2027, 1, 1)),
        ),
        (
            "Motor Sport #F1-Sponsor cost 250,000 GBP from 2026-03-01 until 2026-11-30",
            InitiativeSpec(
                "Motor Sport",
                "f1-sponsor",
                Decimal("250000"),
                "GBP",
                date(2026, 3, 1),
                date(2026, 11, 30),
            ),
        ),
        (
            '"Museum Night" #museum cost 0 from 2026-05-01',
            InitiativeSpec("Museum Night", "museum", Decimal("0"), "USD", date(2026, 5, 1)),
        ),
    ],
)
def test_add_text_is_read(text: str, expected: InitiativeSpec) -> None:
    assert parse_add(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('"Gala" cost 5000 from 2026-01-01', "Tell me the #tag"),
        ("#gala cost 5000 from 2026-01-01", "Tell me the name"),
        ('"Gala" #gala from 2026-01-01', "Tell me the cost"),
        ('"Gala" #gala cost 5000', "Tell me the start date"),
        ('"Gala" #gala cost lots from 2026-01-01', "“lots” is not a cost"),
        ('"Gala" #gala cost 5000 from 01/09/2026', "“01/09/2026” is not a date"),
        ('"Gala" #gala cost 5000 from 2026-09-01 to 2026-08-01', "is before the start"),
        ('"Gala" #gala cost 5000 from 2026-09-01 venue hall', "I don't understand “venue”"),
        ('"Gala" #gala! cost 5000 from 2026-09-01', "can't be a tag"),
    ],
)
def test_bad_add_text_says_what_to_fix(text: str, says: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_add(text)
    assert says in str(raised.value)


def test_tag_reads_from_a_hash_or_a_slack_channel_link() -> None:
    assert read_tag("#Symphony-Night") == "symphony-night"
    assert read_tag("<#C024BE7LR|symphony-night>") == "symphony-night"


def test_admin_adds_an_initiative_audited_and_a_taken_tag_is_refused(session: Session) -> None:
    ada = make_rep(session, "UADA", "Ada", roles=("admin",))
    spec = parse_add('"Symphony Night" #symphony-night cost 45000 USD from 2026-09-01')
    added = add_initiative(session, actor=ada, spec=spec, now=NOW)
    assert (added.tag, added.cost, added.ends_on) == ("symphony-night", Decimal("45000"), None)
    event = session.scalars(select(AuditEvent).where(AuditEvent.actor != SETTING)).one()
    assert (event.actor, event.action, event.entity_type) == ("UADA", "create", "initiatives")
    with pytest.raises(InvalidInput, match="already used by “Symphony Night”"):
        add_initiative(session, actor=ada, spec=spec, now=NOW)


def test_non_admin_cannot_add_or_close(session: Session) -> None:
    rita = make_rep(session, "URITA", "Rita")
    make_initiative(session, "golf")
    spec = parse_add('"Gala" #gala cost 5000 from 2026-09-01')
    with pytest.raises(NotAllowed, match="Only admins"):
        add_initiative(session, actor=rita, spec=spec, now=NOW)
    with pytest.raises(NotAllowed, match="Only admins"):
        close_initiative(session, actor=rita, tag="#golf", now=NOW)
    assert session.scalars(select(AuditEvent).where(AuditEvent.actor != SETTING)).all() == []


def test_closing_ends_the_initiative_today_so_later_contacts_cannot_use_it(
    session: Session,
) -> None:
    ada = make_rep(session, "UADA", "Ada", roles=("admin",), timezone="America/New_York")
    make_initiative(session, "golf", ends_on=date(2026, 12, 31))
    closed, changed = close_initiative(session, actor=ada, tag="#golf", now=NOW)
    assert changed and closed.closed_at == NOW and closed.ends_on == date(2026, 11, 18)
    assert find_initiative(session, "golf", on=date(2026, 11, 18)) is closed
    with pytest.raises(InitiativeNotFound, match="closed on 18 Nov 2026"):
        find_initiative(session, "golf", on=date(2026, 11, 19))
    again, changed = close_initiative(session, actor=ada, tag="golf", now=NOW)
    assert not changed and again is closed
    actions = session.scalars(select(AuditEvent.action).where(AuditEvent.actor != SETTING)).all()
    assert actions == ["close"]
    assert verify(session) == []


def test_closing_an_unknown_tag_is_refused(session: Session) -> None:
    ada = make_rep(session, "UADA", "Ada", roles=("admin",))
    with pytest.raises(InitiativeNotFound, match="No initiative is tagged #nope"):
        close_initiative(session, actor=ada, tag="#nope", now=NOW)


def test_list_puts_open_initiatives_first_with_their_status(session: Session) -> None:
    ada = make_rep(session, "UADA", "Ada", roles=("admin",))
    make_initiative(session, "later", starts_on=date(2027, 1, 1), ends_on=None)
    make_initiative(session, "golf", starts_on=date(2026, 1, 1), ends_on=date(2026, 12, 31))
    make_initiative(session, "spring", starts_on=date(2026, 3, 1), ends_on=date(2026, 5, 31))
    make_initiative(session, "old", starts_on=date(2025, 1, 1))
    close_initiative(session, actor=ada, tag="old", now=NOW)
    today = date(2026, 11, 18)
    listed = [(row.tag, status(row, today=today)) for row in all_initiatives(session)]
    assert listed == [
        ("golf", "active"),
        ("spring", "ended"),
        ("later", "upcoming"),
        ("old", "closed"),
    ]


# --- over HTTP ---------------------------------------------------------------------------


def say(world: World, text: str, user_id: str) -> dict[str, Any]:
    reply = world.slack.command("/cms", f"initiative {text}", user_id=user_id)
    assert reply.ok, reply.body
    call = world.standin.wait_for("response_url", lambda call: call.args.get("text"))
    world.standin.clear()
    return call.args


def test_initiative_add_list_close_over_slack(world: World) -> None:
    with world.db() as session:
        make_rep(session, "U1", "Ada", roles=("admin",))
        make_rep(session, "U2", "Rita")
    added = say(
        world,
        'add "Symphony Night 2026" #symphony-night cost 45000 USD from 2026-09-01 to 2026-12-31',
        "U1",
    )
    assert added["response_type"] == "ephemeral"
    assert added["text"] == (
        "Added #symphony-night “Symphony Night 2026”: cost USD 45,000.00, "
        "Tue 1 Sep 2026 to Thu 31 Dec 2026. Reps can now tag contacts with #symphony-night."
    )
    listed = say(world, "list", "U2")["text"]
    assert "*#symphony-night* Symphony Night 2026 — active — cost USD 45,000.00" in listed
    closed = say(world, "close #symphony-night", "U1")["text"]
    assert closed == (
        "Closed #symphony-night; contacts after Wed 18 Nov 2026 can't be tagged with it."
    )
    assert "— closed —" in say(world, "list", "U2")["text"]
    with world.db() as session:
        row = session.scalars(select(Initiative)).one()
        assert row.closed_at is not None
        assert session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_type == "initiatives")
        ).all() == ["create", "close"]


def test_initiative_add_by_a_non_admin_is_refused_over_slack(world: World) -> None:
    with world.db() as session:
        make_rep(session, "U2", "Rita")
    refused = say(world, 'add "Gala" #gala cost 5000 from 2026-09-01', "U2")
    assert refused["text"] == (
        "Only admins and marketing can add, change or close initiatives; ask one of them."
    )
    with world.db() as session:
        assert session.scalars(select(Initiative)).all() == []


def test_initiative_help_and_unknown_verbs(world: World) -> None:
    with world.db() as session:
        make_rep(session, "U2", "Rita")
    assert "`/cms initiative close #tag`" in say(world, "rename #x", "U2")["text"]
    assert "No initiatives yet" in say(world, "list", "U2")["text"]
    help_text = world.slack.command("/cms", "help", user_id="U2")
    assert help_text.ok
    shown = world.standin.wait_for("response_url").args["text"]
    assert "`/cms initiative add|list|edit|tag|close …`" in shown

"""``/client``: the card's data (service), its rendering (pure) and the command over HTTP."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from bot.directory.client_card import load_card, search_clients
from bot.errors import NotCovered
from bot.parsing import ClaimDraft
from handlers import ids
from handlers.blocks.client_card import cadence_line, card_blocks
from storage.models import CadenceOverride, Client, Rep
from tests.factories import log_for, make_client, make_rep
from tests.world import World

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def contact(session: Session, rep: Rep, client: Client, days_ago: float, **kwargs: Any) -> None:
    when = NOW - timedelta(days=days_ago)
    log_for(session, rep, client, at=when, now=when + timedelta(minutes=1), **kwargs)


def cadence(session: Session, client: Client, max_days: int, min_days: int = 3) -> None:
    session.add(
        CadenceOverride(client_id=client.id, max_days=max_days, min_days=min_days, updated_at=NOW)
    )
    session.flush()


@pytest.fixture
def jane(session: Session) -> tuple[Rep, Rep, Client]:
    rita = make_rep(session, "URITA", "Rita", timezone="Europe/London")
    sam = make_rep(session, "USAM", "Sam")
    client = make_client(
        session, "Jane Smith", covered_by=[rita, sam], tier="UHNW", household="Smith Family"
    )
    cadence(session, client, 30)
    return rita, sam, client


def test_card_shows_coverage_primary_first_and_the_last_five_contacts(
    session: Session, jane: tuple[Rep, Rep, Client]
) -> None:
    rita, sam, client = jane
    for days_ago in (90, 80, 70, 60, 50, 41):
        contact(session, sam if days_ago == 41 else rita, client, days_ago, notes=f"day {days_ago}")
    card = load_card(session, actor=rita, client_id=client.id, now=NOW)

    assert [(c.name, c.role) for c in card.coverage] == [("Rita", "primary"), ("Sam", "secondary")]
    assert (card.tier, card.household, card.total_contacts) == ("UHNW", "Smith Family", 6)
    assert [c.notes for c in card.contacts] == ["day 41", "day 50", "day 60", "day 70", "day 80"]
    assert card.contacts[0].rep_name == "Sam"
    assert (card.days_since, card.since, card.overdue_by) == (41, "contact", 11)
    assert cadence_line(card) == (
        ":warning: 41 days since last contact — cadence every 30 days: overdue by 11 days"
    )


def test_card_counts_days_in_the_readers_zone(session: Session) -> None:
    nyc = make_rep(session, "UNYC", "Nia", timezone="America/New_York")
    client = make_client(session, "Kenji Sato", covered_by=[nyc])
    cadence(session, client, 30)
    # 02:00 UTC on the 18th was the evening of the 17th in New York: "1 day", not "today".
    log_for(session, nyc, client, at=datetime(2026, 11, 18, 2, 0, tzinfo=UTC), now=NOW)
    card = load_card(session, actor=nyc, client_id=client.id, now=NOW)
    assert card.days_since == 1
    assert cadence_line(card) == (
        "1 day since last contact — cadence every 30 days: next contact due within 29 days"
        " (at least 3 days between contacts: wait 2 days more)"
    )


def test_card_never_contacted_counts_from_coverage(session: Session) -> None:
    rita = make_rep(session, "URITA", "Rita")
    client = make_client(
        session, "New Prospect", covered_by=[rita], covered_since=NOW - timedelta(days=10)
    )
    cadence(session, client, 30)
    card = load_card(session, actor=rita, client_id=client.id, now=NOW)
    assert (card.days_since, card.since) == (10, "coverage")
    assert cadence_line(card).startswith("No contact by the coverage team yet — 10 days")


def test_card_lists_open_follow_ups_and_pending_claims_withdrawable_by_their_rep(
    session: Session, jane: tuple[Rep, Rep, Client]
) -> None:
    rita, sam, client = jane
    contact(session, rita, client, 20, follow_up_on=date(2026, 11, 16))
    contact(
        session,
        sam,
        client,
        10,
        follow_up_on=date(2026, 12, 1),
        claims=(ClaimDraft(kind="pledge", amount=Decimal("2500000"), currency="USD"),),
    )
    contact(
        session,
        rita,
        client,
        5,
        claims=(ClaimDraft(kind="deposit", amount=Decimal("250000"), currency="USD"),),
    )
    card = load_card(session, actor=rita, client_id=client.id, now=NOW)
    # The last contact (13 Nov) came after both promises: both were met, early. (This
    # used to list both as open, the nudge's old rule; bot.cadence.rules says why not.)
    assert card.follow_ups == []
    assert [(c.kind, c.rep_name, c.withdrawable) for c in card.claims] == [
        ("pledge", "Sam", False),
        ("deposit", "Rita", True),
    ]
    _, blocks = card_blocks(card)
    withdraws = [
        b["accessory"]["value"]
        for b in blocks
        if ids.base_of(b.get("accessory", {}).get("action_id", "")) == ids.CLAIM_WITHDRAW
    ]
    assert withdraws == [str(card.claims[1].claim_id)]
    log_buttons = [
        e
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if ids.base_of(e["action_id"]) == ids.LOG_OPEN_FORM
    ]
    assert [e["value"] for e in log_buttons] == [str(client.id)]


def test_card_lists_each_open_follow_up_with_its_rep_due_or_not(
    session: Session, jane: tuple[Rep, Rep, Client]
) -> None:
    """One meeting logged by both of the team, each with a promise: both open, one due."""
    rita, sam, client = jane
    contact(session, rita, client, 20)
    contact(session, sam, client, 5, follow_up_on=date(2026, 12, 1))
    contact(session, rita, client, 5, follow_up_on=date(2026, 11, 16))
    card = load_card(session, actor=rita, client_id=client.id, now=NOW)
    assert [(f.on, f.due, f.rep_name) for f in card.follow_ups] == [
        (date(2026, 11, 16), True, "Rita"),
        (date(2026, 12, 1), False, "Sam"),
    ]


def test_follow_up_is_open_until_a_covering_contact_after_it(
    session: Session, jane: tuple[Rep, Rep, Client]
) -> None:
    rita, _sam, client = jane
    contact(session, rita, client, 20, follow_up_on=date(2026, 11, 10))
    card = load_card(session, actor=rita, client_id=client.id, now=NOW)
    assert [(f.on, f.due, f.rep_name) for f in card.follow_ups] == [
        (date(2026, 11, 10), True, "Rita")
    ]
    contact(session, rita, client, 7)  # 11 Nov: on or after the 10th
    assert load_card(session, actor=rita, client_id=client.id, now=NOW).follow_ups == []


def test_card_is_refused_to_someone_not_covering_naming_who_does(
    session: Session, jane: tuple[Rep, Rep, Client]
) -> None:
    _rita, _sam, client = jane
    outsider = make_rep(session, "UOTTO", "Otto")
    with pytest.raises(NotCovered, match="no longer works for you") as refused:
        load_card(session, actor=outsider, client_id=client.id, now=NOW)
    assert client.name not in str(refused.value) and "URITA" not in str(refused.value)


def test_type_ahead_puts_names_starting_with_the_text_first_and_caps_at_100(
    session: Session,
) -> None:
    rita = make_rep(session, "URITA", "Rita")
    make_client(session, "Anna Smith", covered_by=[rita])
    make_client(session, "Smith Holdings", covered_by=[rita])
    make_client(session, "Zoë Smíth", covered_by=[rita])
    make_client(session, "Bob Jones", covered_by=[rita])
    names = [row[1] for row in search_clients(session, actor=rita, typed="SMITH")]
    assert names == ["Smith Holdings", "Anna Smith", "Zoë Smíth"]
    for n in range(110):
        make_client(session, f"Client {n:03d}", covered_by=[rita])
    assert len(search_clients(session, actor=rita, typed="")) == 100
    assert len(search_clients(session, actor=rita, typed="client 1")) == 10


def test_type_ahead_covers_a_managers_team(session: Session) -> None:
    mia = make_rep(session, "UMIA", "Mia", roles=("manager",))
    ray = make_rep(session, "URAY", "Ray", manager=mia)
    other = make_rep(session, "UOTTO", "Otto")
    make_client(session, "Team Client", covered_by=[ray])
    make_client(session, "Other Client", covered_by=[other])
    assert [r[1] for r in search_clients(session, actor=mia, typed="client")] == ["Team Client"]
    assert [r[1] for r in search_clients(session, actor=ray, typed="client")] == ["Team Client"]


# --- over HTTP ---------------------------------------------------------------------------


def ask(world: World, text: str, user_id: str = "U1") -> dict[str, Any]:
    reply = world.slack.command("/client", text, user_id=user_id)
    assert reply.ok, reply.body
    call = world.standin.wait_for("response_url")
    world.standin.clear()
    return call.args


@pytest.fixture
def people(world: World) -> dict[str, int]:
    with world.db() as session:
        rita = make_rep(session, "U1", "Rita")
        otto = make_rep(session, "U2", "Otto")
        jane = make_client(session, "Jane Smith", covered_by=[rita])
        john = make_client(session, "John Smith", covered_by=[rita])
        make_client(session, "Olga Other", covered_by=[otto])
        return {"jane": jane.id, "john": john.id}


def test_client_command_shows_the_card_ephemerally(world: World, people: dict[str, int]) -> None:
    reply = ask(world, "jane smith")
    assert reply["response_type"] == "ephemeral"
    assert reply["blocks"][0]["text"]["text"] == "Jane Smith"
    assert reply["blocks"][1]["fields"][-1]["text"] == "*Coverage*\n<@U1> (primary)"


def test_client_command_refuses_an_uncovered_client_naming_who_covers_it(
    world: World, people: dict[str, int]
) -> None:
    reply = ask(world, "Olga Other")
    assert reply["text"].startswith("You don't cover Olga Other; it is covered by <@U2>.")
    assert "blocks" not in reply


def test_ambiguous_name_offers_a_button_per_client_and_a_click_shows_that_card(
    world: World, people: dict[str, int]
) -> None:
    reply = ask(world, "Smith")
    buttons = [e for b in reply["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert {(e["action_id"], e["value"]) for e in buttons} == {
        (ids.keyed(ids.CLIENT_SHOW_MORE, people["jane"]), str(people["jane"])),
        (ids.keyed(ids.CLIENT_SHOW_MORE, people["john"]), str(people["john"])),
    }
    john = ids.keyed(ids.CLIENT_SHOW_MORE, people["john"])
    clicked = world.slack.block_action("U1", john, message={"blocks": reply["blocks"]})
    assert clicked.ok, clicked.body
    card = world.standin.wait_for("response_url").args
    assert card["replace_original"] in (True, "true")
    assert card["blocks"][0]["text"]["text"] == "John Smith"


def test_unknown_name_and_empty_text_say_what_to_do(world: World, people: dict[str, int]) -> None:
    assert "No client you can see matches “Zebedee”" in ask(world, "Zebedee")["text"]
    assert "`/client Jane Smith`" in ask(world, "")["text"]


def test_type_ahead_over_http_offers_only_the_reps_clients(
    world: World, people: dict[str, int]
) -> None:
    # "th" is in every name, Olga Other's too; she is Otto's client, not Rita's.
    reply = world.slack.options("U1", ids.ACTION_CLIENT, "th", block_id=ids.BLOCK_CLIENT)
    assert reply.json is not None, reply.body
    labels = [o["text"]["text"] for o in reply.json["options"]]
    assert [label.split(" (")[0] for label in labels] == ["Jane Smith", "John Smith"]
    stranger = world.slack.options("U404", ids.ACTION_CLIENT, "o", block_id=ids.BLOCK_CLIENT)
    assert stranger.json == {"options": []}

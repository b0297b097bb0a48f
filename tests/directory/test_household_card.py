"""``/client <household>``: the household card over signed HTTP, and what a reader may not see.

The Castellane family: Alice and Rania are Rita's clients, Pierre is Otto's.
Positions were imported for all three members' accounts; Rita's household card
shows Alice's and Rania's accounts (by asset class, each account's total and
the total), never Pierre, his account or his claims.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from bot.contacts import ContactDraft, log_contact
from bot.directory.household_card import load_household
from bot.errors import NotCovered
from bot.imports import import_csv
from bot.parsing import ClaimDraft
from handlers import ids
from tests.factories import make_client, make_rep
from tests.world import World

LONG_AGO = datetime(2025, 6, 2, tzinfo=UTC)
POSITIONS = """account,as_of,asset_class,market_value,currency
A-1,2026-10-31,equities,900000.00,USD
A-1,2026-11-13,equities,1000000.00,USD
A-1,2026-11-13,bonds,250000.50,USD
R-1,2026-11-13,cash,40000.00,CHF
P-1,2026-11-13,equities,7777777.00,USD
"""


def texts(blocks: list[dict[str, Any]]) -> str:
    """Every piece of text in ``blocks``, one string (what a reader could read)."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "text" and isinstance(item, str):
                    found.append(item)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(blocks)
    return "\n".join(found)


def arrange(session: Session, tmp_path: Path, now: datetime) -> dict[str, int]:
    rita = make_rep(session, "U1", "Rita")
    otto = make_rep(session, "U2", "Otto")
    make_rep(session, "U3", "Nobody")
    family = "Castellane family"
    alice = make_client(
        session,
        "Alice Castellane",
        covered_by=[rita],
        household=family,
        accounts=["A-1"],
        tier="UHNW",
        covered_since=LONG_AGO,
    )
    rania = make_client(
        session,
        "Rania Castellane",
        covered_by=[rita],
        household=family,
        accounts=["R-1"],
        kind="prospect",
        covered_since=LONG_AGO,
    )
    pierre = make_client(
        session,
        "Pierre Castellane",
        covered_by=[otto],
        household=family,
        accounts=["P-1"],
        covered_since=LONG_AGO,
    )
    log_contact(
        session,
        actor=rita,
        draft=ContactDraft(
            client_id=alice.id,
            occurred_at=now - timedelta(days=3),
            channel="phone",
            claims=(ClaimDraft("deposit", Decimal("500000"), "USD"),),
        ),
        now=now - timedelta(days=3),
    )
    log_contact(
        session,
        actor=otto,
        draft=ContactDraft(
            client_id=pierre.id,
            occurred_at=now - timedelta(days=1),
            channel="email",
            claims=(ClaimDraft("pledge", Decimal("9999999"), "USD"),),
        ),
        now=now - timedelta(days=1),
    )
    path = tmp_path / "positions.csv"
    path.write_text(POSITIONS)
    import_csv(session, kind="positions", path=path, now=now)
    assert alice.household_id is not None
    return {
        "alice": alice.id,
        "rania": rania.id,
        "pierre": pierre.id,
        "household": alice.household_id,
    }


@pytest.fixture
def castellanes(world: World, tmp_path: Path) -> dict[str, int]:
    with world.db() as session:
        return arrange(session, tmp_path, world.clock())


def ask(world: World, text: str, user_id: str = "U1") -> dict[str, Any]:
    reply = world.slack.command("/client", text, user_id=user_id)
    assert reply.ok, reply.body
    call = world.standin.wait_for("response_url")
    world.standin.clear()
    return call.args


@pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])
def test_household_card_shows_members_claims_and_assets_per_account(
    world: World, castellanes: dict[str, int]
) -> None:
    reply = ask(world, "castellane family")
    assert reply["response_type"] == "ephemeral"
    blocks = reply["blocks"]
    assert blocks[0]["text"]["text"] == "Castellane family (household)"
    shown = texts(blocks)
    # Members with kind, tier and coverage; last contact and next due.
    assert "*Alice Castellane* — client, UHNW — <@U1> (primary)" in shown
    assert "*Rania Castellane* — prospect, HNW — <@U1> (primary)" in shown
    assert "Last contact Sun 15 Nov 2026; next due by" in shown
    # Claims: Alice's pending deposit.
    assert "Alice Castellane: deposit USD 500,000.00 — pending, Rita" in shown
    # Assets: each account's latest day only, by asset class, with totals per currency.
    assert (
        "• A-1 as of Fri 13 Nov 2026: bonds USD 250,000.50, equities USD 1,000,000.00"
        " — total USD 1,250,000.50"
    ) in shown
    assert "• R-1 as of Fri 13 Nov 2026: cash CHF 40,000.00" in shown
    assert "*Total*: CHF 40,000.00 + USD 1,250,000.50" in shown
    assert "900,000.00" not in shown  # the older statement of A-1
    # Otto's client stays hidden: no name, account, claim or amount of his.
    assert "Pierre" not in shown and "P-1" not in shown
    assert "7,777,777.00" not in shown and "9,999,999.00" not in shown
    # Each member opens their own card.
    buttons = {b["accessory"]["value"] for b in blocks if "accessory" in b}
    assert buttons == {str(castellanes["alice"]), str(castellanes["rania"])}


def test_a_members_card_shows_its_assets_and_a_household_button_that_opens_the_household(
    world: World, castellanes: dict[str, int]
) -> None:
    card = ask(world, "Alice Castellane")
    shown = texts(card["blocks"])
    assert "• A-1 as of Fri 13 Nov 2026: bonds USD 250,000.50, equities USD 1,000,000.00" in shown
    assert "R-1" not in shown  # Rania's account is on her card and the household's
    household = ids.keyed(ids.CLIENT_HOUSEHOLD, castellanes["household"])
    [button] = [
        e
        for b in card["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == household
    ]
    clicked = world.slack.block_action(
        "U1", household, value=button["value"], message={"blocks": card["blocks"]}
    )
    assert clicked.ok, clicked.body
    shown = world.standin.wait_for("response_url").args
    assert shown["blocks"][0]["text"]["text"] == "Castellane family (household)"
    assert "Pierre" not in texts(shown["blocks"])


def test_a_reader_covering_no_member_is_refused_and_a_forged_button_names_nothing(
    world: World, castellanes: dict[str, int]
) -> None:
    refused = ask(world, "Castellane family", user_id="U3")
    assert refused["text"].startswith("You cover nobody in Castellane family.")
    assert "blocks" not in refused
    forged = ids.keyed(ids.CLIENT_HOUSEHOLD, castellanes["household"])
    clicked = world.slack.block_action(
        "U3", forged, value=str(castellanes["household"]), message={"blocks": []}
    )
    assert clicked.ok, clicked.body
    said = world.standin.wait_for("response_url").args["text"]
    assert "Castellane" not in said and "no longer works for you" in said


def test_otto_sees_only_pierre_in_the_same_household(session: Session, tmp_path: Path) -> None:
    now = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
    made = arrange(session, tmp_path, now)
    from storage.models import Rep

    otto = session.query(Rep).filter_by(slack_user_id="U2").one()
    nobody = session.query(Rep).filter_by(slack_user_id="U3").one()
    card = load_household(session, actor=otto, household_id=made["household"], now=now)
    assert [m.name for m in card.members] == ["Pierre Castellane"]
    assert [a.account for a in card.assets.accounts] == ["P-1"]
    assert [(c.kind, c.status) for c in card.claims] == [("pledge", "pending")]
    with pytest.raises(NotCovered):
        load_household(session, actor=nobody, household_id=made["household"], now=now, typed=True)

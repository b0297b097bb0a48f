"""``/client <household>``: the household card over signed HTTP, and what a reader may not see.

The Castellane family: Alice and Rania are Rita's clients, Pierre is Otto's.
Positions were imported for all three members' accounts; Rita's household card
shows Alice's and Rania's accounts (by asset class, each account's total and
the total), never Pierre, his account or his claims.

The Moreau family, reported in USD (and again in EUR), converted by hand. Rates are
units of the reporting currency for one unit:

| rates in USD | CHF    | EUR    |      | rates in EUR | CHF    |
| ------------ | ------ | ------ | ---- | ------------ | ------ |
| Tue 20 Oct   |        | 1.0700 |      | Fri 13 Nov   | 1.0390 |
| Fri 13 Nov   | 1.1250 | 1.0825 |      |              |        |

| account | member | as of       | positions                                   | rate            | USD                |
| ------- | ------ | ----------- | ------------------------------------------- | --------------- | ------------------ |
| M-CHF   | Marc   | Fri 13 Nov  | equities CHF 512,345.67, bonds CHF 200,000  | 1.1250          | 801,388.87875      |
| L-EUR   | Léa    | Sun 15 Nov  | cash EUR 100,000                            | Fri's 1.0825    | 108,250.00         |
| L-OLD   | Léa    | Tue 3 Nov   | bonds EUR 50,000                            | none (20 Oct is 14 days before) | not converted |

Total USD 909,638.87875 -> USD 909,638.88, excluding L-OLD. In EUR: M-CHF
712,345.67 x 1.0390 = 740,127.15113 and the EUR accounts as they are (150,000):
EUR 890,127.15, nothing left out.
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
from storage.models import Client, Rep
from tests.directory.test_client_card import ask
from tests.factories import make_client, make_rep
from tests.world import World, texts

LONG_AGO = datetime(2025, 6, 2, tzinfo=UTC)
POSITIONS = """account,as_of,asset_class,market_value,currency
A-1,2026-10-31,equities,900000.00,USD
A-1,2026-11-13,equities,1000000.00,USD
A-1,2026-11-13,bonds,250000.50,USD
R-1,2026-11-13,cash,40000.00,CHF
P-1,2026-11-13,equities,7777777.00,USD
"""


def arrange(session: Session, tmp_path: Path, now: datetime) -> dict[str, int]:
    rita = make_rep(session, "U1", "Rita")
    otto = make_rep(session, "U2", "Otto")
    make_rep(session, "U3", "Nobody")

    def member(name: str, rep: Rep, account: str, **more: Any) -> Client:
        return make_client(
            session,
            f"{name} Castellane",
            covered_by=[rep],
            household="Castellane family",
            accounts=[account],
            covered_since=LONG_AGO,
            **more,
        )

    def claimed(rep: Rep, client: Client, days_ago: int, channel: str, claim: ClaimDraft) -> None:
        when = now - timedelta(days=days_ago)
        draft = ContactDraft(
            client_id=client.id, occurred_at=when, channel=channel, claims=(claim,)
        )
        log_contact(session, actor=rep, draft=draft, now=when)

    alice = member("Alice", rita, "A-1", tier="UHNW")
    rania = member("Rania", rita, "R-1", kind="prospect")
    pierre = member("Pierre", otto, "P-1")
    claimed(rita, alice, 3, "phone", ClaimDraft("deposit", Decimal("500000"), "USD"))
    claimed(otto, pierre, 1, "email", ClaimDraft("pledge", Decimal("9999999"), "USD"))
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
    # Assets: each account's latest day only, by asset class, with its total; the total
    # in the reporting currency (USD). No CHF rate was imported: Rania's cash is named as
    # not converted and left out, never counted as zero.
    assert (
        "• A-1 as of Fri 13 Nov 2026: bonds USD 250,000.50, equities USD 1,000,000.00"
        " — total USD 1,250,000.50"
    ) in shown
    assert (
        "• R-1 as of Fri 13 Nov 2026: cash CHF 40,000.00"
        " (not converted: no CHF rate on or before 2026-11-13)"
    ) in shown
    assert (
        "*Total*: USD 1,250,000.50, excluding 1 position not converted"
        " (no rate; `cmsbot import rates`)"
    ) in shown
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


MOREAU_POSITIONS = """account,as_of,asset_class,market_value,currency
M-CHF,2026-11-13,equities,512345.67,CHF
M-CHF,2026-11-13,bonds,200000.00,CHF
L-EUR,2026-11-15,cash,100000.00,EUR
L-OLD,2026-11-03,bonds,50000.00,EUR
"""
USD_RATES = """date,currency,rate
2026-10-20,EUR,1.0700
2026-11-13,CHF,1.1250
2026-11-13,EUR,1.0825
"""
EUR_RATES = """date,currency,rate
2026-11-13,CHF,1.0390
"""


@pytest.fixture
def moreaus(world: World, tmp_path: Path) -> None:
    now = world.clock()
    with world.db() as session:
        rita = make_rep(session, "U1", "Rita")
        for name, accounts in (("Marc Moreau", ["M-CHF"]), ("Léa Moreau", ["L-EUR", "L-OLD"])):
            make_client(
                session,
                name,
                covered_by=[rita],
                household="Moreau family",
                accounts=accounts,
                covered_since=LONG_AGO,
            )
        files = {"positions": MOREAU_POSITIONS, "rates": USD_RATES}
        if world.settings.reporting_currency == "EUR":
            files["rates"] = EUR_RATES
        for kind, content in files.items():
            path = tmp_path / f"{kind}.csv"
            path.write_text(content)
            import_csv(
                session,
                kind=kind,
                path=path,
                now=now,
                reporting_currency=world.settings.reporting_currency,
            )


@pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])
def test_household_assets_in_chf_and_eur_are_totalled_in_usd_at_each_days_rate(
    world: World, moreaus: None
) -> None:
    shown = texts(ask(world, "Moreau family")["blocks"])
    # Each account in its own currency, with its value in USD at its day's rate.
    assert (
        "• M-CHF as of Fri 13 Nov 2026: bonds CHF 200,000.00, equities CHF 512,345.67"
        " — total CHF 712,345.67 = USD 801,388.88"
    ) in shown
    # A Sunday's statement takes Friday's rate.
    assert "• L-EUR as of Sun 15 Nov 2026: cash EUR 100,000.00 = USD 108,250.00" in shown
    # The only EUR rate before 3 Nov is 14 days older: not converted, named, left out.
    assert (
        "• L-OLD as of Tue 3 Nov 2026: bonds EUR 50,000.00"
        " (not converted: no EUR rate on or before 2026-11-03)"
    ) in shown
    assert "L-OLD as of Tue 3 Nov 2026: bonds EUR 50,000.00 =" not in shown
    # 801,388.87875 + 108,250.00, rounded once.
    assert (
        "*Total*: USD 909,638.88, excluding 1 position not converted"
        " (no rate; `cmsbot import rates`)"
    ) in shown
    # A member's own card totals only their accounts, the same way.
    marc = texts(ask(world, "Marc Moreau")["blocks"])
    assert "*Total*: USD 801,388.88" in marc
    assert "excluding" not in marc and "L-EUR" not in marc


@pytest.mark.parametrize("world_reporting_currency", ["EUR"])
def test_the_household_total_follows_the_reporting_currency_setting(
    world: World, moreaus: None
) -> None:
    shown = texts(ask(world, "Moreau family")["blocks"])
    assert "— total CHF 712,345.67 = EUR 740,127.15" in shown
    # EUR accounts need no rate when the firm reports in EUR: nothing left out.
    assert "• L-OLD as of Tue 3 Nov 2026: bonds EUR 50,000.00" in shown
    assert "not converted" not in shown
    assert "*Total*: EUR 890,127.15" in shown

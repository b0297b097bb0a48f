"""The scorecard's household assets under coverage, at the period's start and its end.

2026 Q4 in New York, read on Wed 18 Nov 2026. The Castellane family: Alice is
Rita's, Pierre is Sam's; Bea (no household) became Rita's on 10 October.

| account | client | positions (as of: value)                 |
| ------- | ------ | ---------------------------------------- |
| A-1     | Alice  | 30 Sep: USD 100; 13 Nov: USD 150         |
| P-1     | Pierre | 15 Sep: CHF 1,000                        |
| B-1     | Bea    | 1 Sep: USD 20; 15 Oct: USD 50            |

Start (30 Sep, coverage on 1 Oct): Rita has the household — A-1 USD 100 and
Pierre's P-1 CHF 1,000 — but not yet Bea; Sam the same household. End (18 Nov):
Rita USD 150 + 50 and CHF 1,000; Sam USD 150 and CHF 1,000.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from bot.cli.reports import scorecard_records
from bot.imports import import_csv
from bot.reports import scorecard
from bot.reports.periods import read_period
from handlers.blocks.reports import rep_sections
from tests.factories import make_client, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
NEW_YORK = "America/New_York"
POSITIONS = """account,as_of,asset_class,market_value,currency
A-1,2026-09-30,equities,100.00,USD
A-1,2026-11-13,equities,150.00,USD
P-1,2026-09-15,bonds,1000.00,CHF
B-1,2026-09-01,cash,20.00,USD
B-1,2026-10-15,cash,50.00,USD
"""


def test_household_assets_under_coverage_at_the_periods_start_and_end(
    session: Session, tmp_path: Path
) -> None:
    rita = make_rep(session, "URITA", "Rita", timezone=NEW_YORK)
    sam = make_rep(session, "USAM", "Sam", timezone=NEW_YORK)
    family = "Castellane family"
    make_client(session, "Alice", covered_by=[rita], household=family, accounts=["A-1"])
    make_client(session, "Pierre", covered_by=[sam], household=family, accounts=["P-1"])
    make_client(
        session,
        "Bea",
        covered_by=[rita],
        accounts=["B-1"],
        covered_since=datetime(2026, 10, 10, tzinfo=UTC),
    )
    path = tmp_path / "positions.csv"
    path.write_text(POSITIONS)
    import_csv(session, kind="positions", path=path, now=NOW)

    period = read_period("2026 Q4", now=NOW, timezone=NEW_YORK)
    assert period.first_day == date(2026, 10, 1)
    built = scorecard.build(session, reps=[rita, sam], period=period, now=NOW, scope="team")
    cards = {card.name: card for card in built.cards}
    usd, chf = Decimal("100.00"), Decimal("1000.00")
    assert cards["Rita"].household_assets_start == {"CHF": chf, "USD": usd}
    assert cards["Rita"].household_assets_end == {"CHF": chf, "USD": Decimal("200.00")}
    assert cards["Sam"].household_assets_start == {"CHF": chf, "USD": usd}
    assert cards["Sam"].household_assets_end == {"CHF": chf, "USD": Decimal("150.00")}

    # The CLI report and Slack show the same figures.
    records = {r["rep_name"]: r for r in scorecard_records(built)}
    assert records["Rita"]["household_assets_start"] == ["CHF 1000.00", "USD 100.00"]
    assert records["Rita"]["household_assets_end"] == ["CHF 1000.00", "USD 200.00"]
    shown = str(rep_sections(built, cards["Rita"]))
    assert (
        "*Household assets under coverage:* CHF 1,000.00, USD 100.00 at the start → "
        "CHF 1,000.00, USD 200.00 at the end"
    ) in shown


def test_no_positions_no_household_assets_line(session: Session) -> None:
    rita = make_rep(session, "URITA", "Rita", timezone=NEW_YORK)
    make_client(session, "Alice", covered_by=[rita], household="Castellane family")
    period = read_period("2026 Q4", now=NOW, timezone=NEW_YORK)
    [card] = scorecard.build(session, reps=[rita], period=period, now=NOW, scope="self").cards
    assert (card.household_assets_start, card.household_assets_end) == ({}, {})
    assert "Household assets" not in str(
        rep_sections(
            scorecard.build(session, reps=[rita], period=period, now=NOW, scope="self"), card
        )
    )

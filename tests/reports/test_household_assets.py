"""The scorecard's household assets under coverage, at the period's start and its end,
converted into the reporting currency at each account's day's rate.

2026 Q4 in New York, read on Wed 18 Nov 2026, reported in USD. The Castellane family:
Alice is Rita's, Pierre is Sam's; Bea (no household) became Rita's on 10 October.
Rates (USD for one unit): CHF Fri 25 Sep 1.0537, Fri 13 Nov 1.1250; EUR Tue 1 Sep
1.1000, Fri 13 Nov 1.0825.

| account | client | as of      | value          | rate                             | USD           |
| ------- | ------ | ---------- | -------------- | -------------------------------- | ------------- |
| A-1     | Alice  | Sat 26 Sep | CHF 100,000.50 | Fri's 1.0537                     | 105,370.52685 |
| A-1     | Alice  | Sun 15 Nov | CHF 150,000.25 | Fri's 1.1250                     | 168,750.28125 |
| P-1     | Pierre | Tue 15 Sep | EUR 1,000.00   | none (1 Sep is 14 days before)   | not converted |
| P-1     | Pierre | Fri 13 Nov | EUR 2,000.10   | 1.0825                           | 2,165.10825   |
| B-1     | Bea    | Tue 1 Sep  | USD 20.00      | —                                | 20.00         |
| B-1     | Bea    | Thu 15 Oct | USD 50.00      | —                                | 50.00         |

Start (each account's latest day on or before Wed 30 Sep; coverage on 1 Oct): Rita
has the household but not yet Bea, Sam the household — A-1 105,370.53, P-1 not
converted, so USD 105,370.53 excluding P-1 for both. End (on or before 18 Nov):
Rita 168,750.28125 + 2,165.10825 + 50.00 = USD 170,965.39; Sam 170,915.3895 = USD 170,915.39.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.cli import main
from bot.cli.reports import SCORECARD_KEYS
from bot.imports import import_csv
from bot.reports import scorecard
from bot.reports.periods import read_period
from handlers.blocks.reports import rep_sections
from storage.models import Rep
from tests.factories import make_client, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
NEW_YORK = "America/New_York"
POSITIONS = """account,as_of,asset_class,market_value,currency
A-1,2026-09-26,equities,100000.50,CHF
A-1,2026-11-15,equities,150000.25,CHF
P-1,2026-09-15,bonds,1000.00,EUR
P-1,2026-11-13,bonds,2000.10,EUR
B-1,2026-09-01,cash,20.00,USD
B-1,2026-10-15,cash,50.00,USD
"""
RATES = """date,currency,rate
2026-09-01,EUR,1.1000
2026-09-25,CHF,1.0537
2026-11-13,CHF,1.1250
2026-11-13,EUR,1.0825
"""
P1_START = "account P-1 EUR 1,000.00 not converted: no EUR rate on or before 2026-09-15"


def build_book(session: Session, tmp_path: Path, *, rates: bool = True) -> None:
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
    for kind, content in (("positions", POSITIONS), ("rates", RATES if rates else None)):
        if content is None:
            continue
        path = tmp_path / f"{kind}.csv"
        path.write_text(content)
        import_csv(session, kind=kind, path=path, now=NOW, reporting_currency="USD")


@pytest.fixture
def report(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):  # type: ignore[no-untyped-def]
    with Session(engine) as session, session.begin():
        build_book(session, tmp_path)
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("CMS_REPORTING_CURRENCY", "USD")
    monkeypatch.chdir(tmp_path)  # no .env from the checkout

    def run(fmt: str) -> str:
        code = main(
            [
                "--log-level",
                "WARNING",
                "report",
                "scorecard",
                "--period",
                "2026 Q4",
                "--timezone",
                NEW_YORK,
                "--at",
                NOW.isoformat(),
                "--format",
                fmt,
            ]
        )
        out = capsys.readouterr()
        assert code == 0, out.err
        return out.out

    return run


def test_cmsbot_report_scorecard_converts_household_assets_at_each_accounts_days_rate(
    report,  # type: ignore[no-untyped-def]
) -> None:
    rows = {row["rep_name"]: row for row in json.loads(report("json"))}
    rita, sam = rows["Rita"], rows["Sam"]
    assert rita["currency"] == "USD"
    assert (rita["household_assets_start"], rita["household_assets_end"]) == (
        "105370.53",
        "170965.39",
    )
    assert (sam["household_assets_start"], sam["household_assets_end"]) == (
        "105370.53",
        "170915.39",
    )
    # P-1's September statement has no EUR rate within 7 days: named, never counted as zero.
    assert rita["household_assets_not_converted"] == [f"start: {P1_START}"]
    assert sam["household_assets_not_converted"] == [f"start: {P1_START}"]
    # The column comes after every column the report had before.
    assert list(rita)[-1] == "household_assets_not_converted" == SCORECARD_KEYS[-1]
    as_csv = list(csv.DictReader(io.StringIO(report("csv"))))
    assert list(as_csv[0])[-1] == "household_assets_not_converted"
    [rita_row] = [row for row in as_csv if row["rep_name"] == "Rita"]
    assert (rita_row["household_assets_start"], rita_row["household_assets_end"]) == (
        "105370.53",
        "170965.39",
    )
    assert rita_row["household_assets_not_converted"] == f"start: {P1_START}"


def test_slack_shows_the_same_converted_household_assets_and_what_they_exclude(
    session: Session, tmp_path: Path
) -> None:
    build_book(session, tmp_path)
    period = read_period("2026 Q4", now=NOW, timezone=NEW_YORK)
    reps = list(session.query(Rep).order_by(Rep.name))
    built = scorecard.build(session, reps=reps, period=period, now=NOW, scope="team")
    rita = next(card for card in built.cards if card.name == "Rita")
    shown = str(rep_sections(built, rita))
    assert (
        "*Household assets under coverage:* USD 105,370.53 (excludes 1 amount not converted"
        " (no rate; `cmsbot import rates`)) at the start → USD 170,965.39 at the end"
    ) in shown
    assert f"• {P1_START}" in shown


def test_without_rates_only_the_reporting_currencys_accounts_count(
    session: Session, tmp_path: Path
) -> None:
    build_book(session, tmp_path, rates=False)
    period = read_period("2026 Q4", now=NOW, timezone=NEW_YORK)
    reps = list(session.query(Rep).order_by(Rep.name))
    cards = {c.name: c for c in scorecard.build(session, reps=reps, period=period, now=NOW).cards}
    assert cards["Rita"].household_assets_end == 50  # Bea's USD alone; CHF and EUR left out
    assert [item.ref for item in cards["Rita"].household_not_converted_end] == ["A-1", "P-1"]
    assert cards["Sam"].household_assets_start == 0  # nothing convertible, two accounts named
    assert len(cards["Sam"].household_not_converted_start) == 2


def test_no_positions_no_household_assets_line(session: Session) -> None:
    rita = make_rep(session, "URITA", "Rita", timezone=NEW_YORK)
    make_client(session, "Alice", covered_by=[rita], household="Castellane family")
    period = read_period("2026 Q4", now=NOW, timezone=NEW_YORK)
    built = scorecard.build(session, reps=[rita], period=period, now=NOW, scope="self")
    [card] = built.cards
    assert (card.household_assets_start, card.household_assets_end) == (None, None)
    assert "Household assets" not in str(rep_sections(built, card))

"""``cmsbot import positions``: ``account,as_of,asset_class,market_value,currency`` (DESIGN.md).

All-or-nothing with line-numbered errors, like every import; the same day
re-imported replaces that account's day, a new day keeps the history; every
row audited, so ``cmsbot audit verify``'s replay of the table stays clean.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audit.state import state_breaks
from bot.cli import main
from bot.directory.assets import latest_assets
from bot.errors import ImportFailed
from bot.imports import import_csv
from storage.models import Position
from tests.factories import make_client

HEADER = "account,as_of,asset_class,market_value,currency\n"


def positions(tmp_path: Path, rows: str, name: str = "positions.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def stored(session: Session) -> list[tuple[str, date, str, Decimal, str]]:
    rows = session.execute(
        select(
            Position.account,
            Position.as_of,
            Position.asset_class,
            Position.market_value,
            Position.currency,
        ).order_by(Position.account, Position.as_of, Position.asset_class)
    ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


@pytest.fixture
def accounts(session: Session) -> int:
    client = make_client(session, "Ann Lee", accounts=["A-1", "A-2"])
    return client.id


def test_a_bad_file_writes_nothing_and_names_every_bad_line(
    session: Session, now: datetime, tmp_path: Path, accounts: int
) -> None:
    rows = (
        "A-1,2026-11-13,equities,1000.00,USD\n"
        "A-9,2026-11-13,equities,5.00,USD\n"
        "A-1,13/11/2026,bonds,1,USD\n"
        'A-1,2026-11-13,cash,"1,000.00",USD\n'
        "A-2,2026-11-13,,12.345,dollars\n"
        "A-1,2026-11-13,equities,2000.00,USD\n"
        "A-2,2027-01-01,cash,1.00,USD\n"
    )
    with pytest.raises(ImportFailed) as failed:
        import_csv(session, kind="positions", path=positions(tmp_path, rows), now=now)
    said = str(failed.value)
    for expected in (
        "line 3: account A-9 is no client's account",
        "line 4: as_of '13/11/2026' is not a date like 2026-03-04.",
        "line 5:",
        "line 6: asset_class is empty.",
        "line 6: market_value 12.345 has more than two decimal places.",
        "line 6: currency 'dollars' is not a 3-letter code",
        "line 7: A-1 2026-11-13 equities is also on line 2",
        "line 8: as_of 2027-01-01 is in the future",
    ):
        assert expected in said, said
    assert stored(session) == []


def test_the_same_day_again_replaces_it_and_a_new_day_keeps_the_history(
    session: Session, now: datetime, tmp_path: Path, accounts: int
) -> None:
    first = (
        "A-1,2026-10-31,equities,1000.00,USD\n"
        "A-1,2026-10-31,bonds,500.00,USD\n"
        "A-2,2026-10-31,cash,70.00,CHF\n"
    )
    summary = import_csv(session, kind="positions", path=positions(tmp_path, first), now=now)
    assert str(summary) == "positions: 3 created, 0 updated, 0 unchanged"
    again = import_csv(session, kind="positions", path=positions(tmp_path, first), now=now)
    assert str(again) == "positions: 0 created, 0 updated, 3 unchanged"

    # A-1's 31 October restated: equities changed, bonds gone, cash new. A-2 untouched.
    restated = "A-1,2026-10-31,equities,1100.00,USD\nA-1,2026-10-31,cash,10.00,USD\n"
    summary = import_csv(session, kind="positions", path=positions(tmp_path, restated), now=now)
    assert str(summary) == "positions: 1 created, 2 updated, 0 unchanged"
    later = "A-1,2026-11-13,equities,1200.00,USD\n"
    import_csv(session, kind="positions", path=positions(tmp_path, later), now=now)
    assert stored(session) == [
        ("A-1", date(2026, 10, 31), "cash", Decimal("10.00"), "USD"),
        ("A-1", date(2026, 10, 31), "equities", Decimal("1100.00"), "USD"),
        ("A-1", date(2026, 11, 13), "equities", Decimal("1200.00"), "USD"),
        ("A-2", date(2026, 10, 31), "cash", Decimal("70.00"), "CHF"),
    ]
    # The card reads each account's latest day; a past day reads the history.
    latest = latest_assets(session, [accounts])
    assert [(a.account, a.as_of) for a in latest.accounts] == [
        ("A-1", date(2026, 11, 13)),
        ("A-2", date(2026, 10, 31)),
    ]
    assert latest.totals == {"CHF": Decimal("70.00"), "USD": Decimal("1200.00")}
    then = latest_assets(session, [accounts], on=date(2026, 11, 1))
    assert then.totals == {"CHF": Decimal("70.00"), "USD": Decimal("1110.00")}
    # Every insert and removal is audited: the replay of the table matches its rows.
    assert [b for b in state_breaks(session) if "positions" in b.subject] == []


@pytest.mark.usefixtures("scratch_database")
def test_the_command_line_imports_positions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``cmsbot import positions FILE.csv`` exists and says every bad line, exit 1."""
    bad = positions(tmp_path, "NOPE,2026-11-13,equities,1.00,USD\n")
    assert main(["import", "positions", str(bad)]) == 1
    assert "line 2: account NOPE is no client's account" in capsys.readouterr().err

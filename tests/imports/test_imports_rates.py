"""``cmsbot import rates FILE.csv``: ``date,currency,rate``, all-or-nothing, audited (DESIGN.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.audit.verify import verify
from bot.errors import ImportFailed
from bot.imports import import_csv
from storage.models import AuditEvent, ExchangeRate

HEADER = "date,currency,rate\n"


def rates_file(tmp_path: Path, rows: str, name: str = "rates.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def stored(session: Session) -> dict[tuple[str, str, date], Decimal]:
    rows = session.scalars(select(ExchangeRate))
    return {(r.base, r.currency, r.rated_on): Decimal(r.rate) for r in rows}


def test_rates_are_stored_exactly_as_units_of_the_reporting_currency(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    path = rates_file(tmp_path, "2026-11-02,eur,1.0825\n2026-11-02,CHF,1.1312345678\n")
    summary = import_csv(session, kind="rates", path=path, now=now, reporting_currency="USD")
    assert str(summary) == "rates: 2 created, 0 updated, 0 unchanged"
    assert stored(session) == {
        ("USD", "EUR", date(2026, 11, 2)): Decimal("1.0825"),
        ("USD", "CHF", date(2026, 11, 2)): Decimal("1.1312345678"),
    }
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.entity_type == "exchange_rates")
    ).all()
    assert [event.action for event in events] == ["create", "create"]
    assert verify(session) == []


def test_every_bad_line_is_reported_and_nothing_is_written(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    rows = (
        "2026-11-02,EUR,1.08\n"  # line 2: good
        "02/11/2026,EUR,1.08\n"  # 3: not an ISO date
        "2026-11-03,EURO,1.08\n"  # 4: not a code
        "2026-11-03,CHF,0\n"  # 5: not above zero
        "2026-11-03,SEK,1.5e\n"  # 6: not a number
        "2026-11-03,RON,0.12345678901\n"  # 7: eleven places
        "2026-11-03,USD,1\n"  # 8: the reporting currency itself
        "2026-11-02,EUR,1.09\n"  # 9: the same day twice, another rate
    )
    with pytest.raises(ImportFailed) as failed:
        import_csv(session, kind="rates", path=rates_file(tmp_path, rows), now=now)
    text = "\n".join(failed.value.errors)
    for line, words in (
        (3, "is not a date like 2026-11-03"),
        (4, "is not a 3-letter code"),
        (5, "is not above zero"),
        (6, "is not a number like 1.0825"),
        (7, "more than 10 decimal places"),
        (8, "is the reporting currency"),
        (9, "is also on line 2 with a different rate"),
    ):
        assert f"line {line}" in text, (line, text)
        assert words in text, (words, text)
    assert stored(session) == {}


def test_a_second_import_is_unchanged_and_a_corrected_rate_is_an_audited_update(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    first = rates_file(tmp_path, "2026-11-02,EUR,1.0825\n2026-11-03,EUR,1.0830\n")
    import_csv(session, kind="rates", path=first, now=now)
    again = import_csv(session, kind="rates", path=first, now=now)
    assert str(again) == "rates: 0 created, 0 updated, 2 unchanged"
    fixed = rates_file(tmp_path, "2026-11-03,EUR,1.0840\n", name="fixed.csv")
    assert str(import_csv(session, kind="rates", path=fixed, now=now)) == (
        "rates: 0 created, 1 updated, 0 unchanged"
    )
    assert stored(session)[("USD", "EUR", date(2026, 11, 3))] == Decimal("1.0840")
    update = session.scalars(
        select(AuditEvent).where(
            AuditEvent.entity_type == "exchange_rates", AuditEvent.action == "update"
        )
    ).one()
    assert update.before is not None and update.after is not None
    assert (update.before["rate"], update.after["rate"]) == ("1.0830000000", "1.0840000000")
    assert verify(session) == []


def test_a_rate_changed_behind_the_app_is_caught_by_audit_verify(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    import_csv(session, kind="rates", path=rates_file(tmp_path, "2026-11-02,EUR,1.08\n"), now=now)
    row = session.scalars(select(ExchangeRate)).one()
    session.execute(
        ExchangeRate.__table__.update()
        .values(rate=Decimal("1.80"))
        .where(  # type: ignore[attr-defined]
            ExchangeRate.id == row.id
        )
    )
    breaks = [str(b) for b in verify(session)]
    assert any("exchange_rates" in b and "rate" in b for b in breaks), breaks


def test_cmsbot_import_rates_reads_the_reporting_currency_setting(
    engine: Engine, tmp_path: Path
) -> None:
    path = rates_file(tmp_path, "2026-11-02,USD,0.9238\n")
    env = {
        **os.environ,
        "DATABASE_URL": str(engine.url.render_as_string(hide_password=False)),
        "CMS_REPORTING_CURRENCY": "EUR",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "import", "rates", str(path)],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "rates: 1 created" in done.stdout
    with Session(engine) as session:
        assert stored(session) == {("EUR", "USD", date(2026, 11, 2)): Decimal("0.9238")}

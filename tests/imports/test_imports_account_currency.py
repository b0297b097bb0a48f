"""The clients CSV's ``accounts`` cell with currencies: ``ACC-1:EUR;ACC-2`` (DESIGN.md columns)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.errors import ImportFailed
from bot.imports import import_csv
from storage.models import ClientAccount

DATA = Path(__file__).resolve().parents[1] / "data"
HEADER = "external_id,name,kind,household,tier,coverage,accounts\n"


def clients(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "clients.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def currencies(session: Session) -> dict[str, str | None]:
    rows = session.execute(select(ClientAccount.account, ClientAccount.currency)).all()
    return {account: currency for account, currency in rows}


def test_each_account_keeps_the_currency_after_its_colon(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    import_csv(session, kind="reps", path=DATA / "reps.csv", now=now)
    rows = "C1,Henri de Castellane,client,,UHNW,U0ALICE,ACC-1101:EUR;ACC-1102:chf;ACC-1103\n"
    import_csv(session, kind="clients", path=clients(tmp_path, rows), now=now)
    assert currencies(session) == {"ACC-1101": "EUR", "ACC-1102": "CHF", "ACC-1103": None}


def test_a_currency_changed_in_the_file_is_an_update_and_a_bare_account_has_none(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    import_csv(session, kind="reps", path=DATA / "reps.csv", now=now)
    import_csv(
        session,
        kind="clients",
        path=clients(tmp_path, "C1,Ann,client,,HNW,U0ALICE,A-1:EUR\n"),
        now=now,
    )
    again = import_csv(
        session,
        kind="clients",
        path=clients(tmp_path, "C1,Ann,client,,HNW,U0ALICE,A-1:USD\n"),
        now=now,
    )
    assert str(again) == "clients: 0 created, 1 updated, 0 unchanged"
    assert currencies(session) == {"A-1": "USD"}
    import_csv(
        session, kind="clients", path=clients(tmp_path, "C1,Ann,client,,HNW,U0ALICE,A-1\n"), now=now
    )
    assert currencies(session) == {"A-1": None}


def test_a_currency_that_is_not_a_code_names_its_line(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    import_csv(session, kind="reps", path=DATA / "reps.csv", now=now)
    with pytest.raises(ImportFailed) as raised:
        import_csv(
            session,
            kind="clients",
            path=clients(tmp_path, "C1,Ann,client,,HNW,U0ALICE,A-1:euro\n"),
            now=now,
        )
    assert any("line 2" in error and "A-1" in error for error in raised.value.errors), (
        raised.value.errors
    )
    assert currencies(session) == {}

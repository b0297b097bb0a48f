"""CSV imports: all-or-nothing with line-numbered errors, idempotent re-imports, audited writes."""

from __future__ import annotations

import sys
import types
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from bot import directory
from bot.audit import snapshot
from bot.audit.verify import verify
from bot.errors import ImportFailed
from bot.imports import import_csv
from storage.models import (
    AccountActivity,
    AuditEvent,
    Client,
    Coverage,
    Household,
    ImportRun,
    Interaction,
    Rep,
)
from tests.factories import make_initiative

DATA = Path(__file__).resolve().parents[1] / "data"
REPS_HEADER = "slack_user_id,name,email,roles,manager_slack_user_id,timezone\n"
CLIENTS_HEADER = "external_id,name,kind,household,tier,coverage,accounts\n"
INTERACTIONS_HEADER = "client_external_id,rep_slack_user_id,occurred_at,channel,notes,initiative\n"
ACTIVITY_HEADER = "account,date,amount,currency,type,reference\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def events(session: Session) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def failure(session: Session, kind: str, path: Path, now: datetime) -> list[str]:
    with pytest.raises(ImportFailed) as raised:
        import_csv(session, kind=kind, path=path, now=now)
    return raised.value.errors


def load_directory(session: Session, now: datetime) -> None:
    import_csv(session, kind="reps", path=DATA / "reps.csv", now=now)
    import_csv(session, kind="clients", path=DATA / "clients.csv", now=now)


# --- all-or-nothing ---


def test_bad_reps_file_names_every_bad_line_and_writes_nothing(
    session: Session, now: datetime
) -> None:
    errors = failure(session, "reps", DATA / "reps_bad.csv", now)
    assert errors == [
        "line 3: name is empty; give one.",
        "line 4: unknown role 'boss'; roles are rep, manager, controller, admin, assistant, "
        "marketing, service, compliance, banker.",
        "line 5: unknown time zone 'Mars/Olympus'; "
        "use an IANA name like Europe/Zurich or America/New_York.",
        "line 6: U0ALICE is already on line 2.",
        "line 7: unknown manager U999: not in this file nor already imported.",
    ]
    assert count(session, Rep) == 0
    assert count(session, AuditEvent) == 0
    assert count(session, ImportRun) == 0


def test_bad_clients_file_names_every_bad_line_and_writes_nothing(
    session: Session, now: datetime
) -> None:
    import_csv(session, kind="reps", path=DATA / "reps.csv", now=now)
    audited = count(session, AuditEvent)
    errors = failure(session, "clients", DATA / "clients_bad.csv", now)
    assert errors == [
        "line 2: unknown rep U999 in coverage; import them first (cmsbot import reps).",
        "line 3: external_id C001 is already on line 2.",
        "line 4: name is empty; give one.",
        "line 5: unknown kind 'customer'; use client or prospect.",
        "line 5: account ACC-001 is also on line 2.",
    ]
    assert count(session, Client) == 0
    assert count(session, Coverage) == 0
    assert count(session, AuditEvent) == audited


def test_wrong_header_is_refused_on_line_1(session: Session, now: datetime, tmp_path: Path) -> None:
    path = write(tmp_path, "reps.csv", "slack_user_id,full_name,roles\nU0ALICE,Alice,rep\n")
    errors = failure(session, "reps", path, now)
    expected = "The header must be: slack_user_id,name,email,roles,manager_slack_user_id,timezone"
    assert errors == [
        f"line 1: missing column name, email, manager_slack_user_id, timezone. {expected}",
        f"line 1: unknown column 'full_name'. {expected}",
    ]
    assert count(session, Rep) == 0


def test_semicolon_separated_header_gets_a_hint(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    path = write(tmp_path, "reps.csv", REPS_HEADER.replace(",", ";") + "U0A;Al;;rep;;UTC\n")
    [error] = failure(session, "reps", path, now)
    assert error.startswith("line 1: columns must be separated by commas, not ';'.")


def test_row_of_the_wrong_width_is_named_by_line(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    path = write(tmp_path, "reps.csv", REPS_HEADER + "U0ALICE,Alice,,rep,,UTC\nU0BOB,Bob\n")
    assert failure(session, "reps", path, now) == [
        "line 3: has 2 values but the header has 6 columns "
        "(a value with a comma in it needs double quotes)."
    ]
    assert count(session, Rep) == 0


# --- re-importing updates rather than duplicates ---


def test_reimporting_reps_counts_unchanged_and_audits_only_changes(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    first = import_csv(session, kind="reps", path=DATA / "reps.csv", now=now)
    assert str(first) == "reps: 4 created, 0 updated, 0 unchanged"
    assert [e.action for e in events(session)] == ["create"] * 4
    again = import_csv(session, kind="reps", path=DATA / "reps.csv", now=now)
    assert str(again) == "reps: 0 created, 0 updated, 4 unchanged"
    assert count(session, Rep) == 4 and count(session, AuditEvent) == 4

    changed = (DATA / "reps.csv").read_text().replace("Carl Controller", "Carl Checker")
    later = datetime(2026, 11, 19, tzinfo=UTC)
    third = import_csv(session, kind="reps", path=write(tmp_path, "r.csv", changed), now=later)
    assert (third.created, third.updated, third.unchanged) == (0, 1, 3)
    [update] = events(session)[4:]
    assert (update.action, update.entity_type, update.actor) == ("update", "reps", "cli")
    assert (update.before["name"], update.after["name"]) == ("Carl Controller", "Carl Checker")
    carl = session.scalar(select(Rep).where(Rep.slack_user_id == "U0CARL"))
    assert carl is not None and carl.updated_at == later and carl.created_at == now
    runs = session.scalars(select(ImportRun).order_by(ImportRun.id)).all()
    assert [(r.created, r.updated, r.unchanged) for r in runs] == [(4, 0, 0), (0, 0, 4), (0, 1, 3)]
    assert verify(session) == []


def test_reimporting_clients_counts_a_changed_row_as_updated(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    load_directory(session, now)
    before = count(session, AuditEvent)
    again = import_csv(session, kind="clients", path=DATA / "clients.csv", now=now)
    assert str(again) == "clients: 0 created, 0 updated, 3 unchanged"
    assert count(session, AuditEvent) == before
    changed = (DATA / "clients.csv").read_text().replace("John Smith,client", "John Smith,prospect")
    third = import_csv(session, kind="clients", path=write(tmp_path, "c.csv", changed), now=now)
    assert str(third) == "clients: 0 created, 1 updated, 2 unchanged"
    [update] = events(session)[before:]
    assert (update.action, update.before["kind"], update.after["kind"]) == (
        "update",
        "client",
        "prospect",
    )
    assert count(session, Client) == 3


def test_new_clients_are_audited_as_if_upserted_one_by_one(session: Session, now: datetime) -> None:
    load_directory(session, now)
    by_entity = {(e.entity_type, e.entity_id): e for e in events(session)}
    session.expire_all()
    for client in session.scalars(select(Client)):
        event = by_entity[("clients", str(client.id))]
        assert event.action == "create" and event.after == directory.client_snapshot(
            session, client
        )
    for row in session.scalars(select(Coverage)):
        event = by_entity[("coverage", str(row.id))]
        assert event.action == "start_coverage" and event.after == snapshot(row)
    [household] = session.scalars(select(Household)).all()
    assert by_entity[("households", str(household.id))].after == snapshot(household)
    jane = session.scalar(select(Client).where(Client.external_id == "C001"))
    assert jane is not None and jane.search_name == "jane smith" and jane.household == household
    assert coverage_rows(session, "C001") == [
        ("U0ALICE", "primary", now, None),
        ("U0BOB", "secondary", now, None),
    ]
    assert verify(session) == []


def test_a_file_of_new_changed_and_unchanged_clients_touches_only_what_changed(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    load_directory(session, now)
    later = datetime(2026, 11, 20, 9, tzinfo=UTC)
    before = count(session, AuditEvent)
    text = (
        CLIENTS_HEADER
        + "C001,Jane Smith,client,Smith Family,UHNW,U0ALICE;U0BOB,ACC-001;ACC-002\n"
        + "C002,John Smith,client,Smith Family,UHNW,U0ALICE,ACC-003\n"
        + "C004,Amy Smith,client,Smith Family,HNW,U0BOB,ACC-004\n"
        + "C005,Ola Nordmann,prospect,Nordmann,HNW,U0BOB;U0ALICE,\n"
    )
    summary = import_csv(session, kind="clients", path=write(tmp_path, "c.csv", text), now=later)
    assert str(summary) == "clients: 2 created, 1 updated, 1 unchanged"
    added = [(e.action, e.entity_type) for e in events(session)[before:]]
    assert added == [
        ("update", "clients"),
        ("create", "households"),
        ("create", "clients"),
        ("create", "clients"),
        ("start_coverage", "coverage"),
        ("start_coverage", "coverage"),
        ("start_coverage", "coverage"),
    ]
    households = {h.name: h.id for h in session.scalars(select(Household))}
    assert sorted(households) == ["Nordmann", "Smith Family"]
    amy = session.scalar(select(Client).where(Client.external_id == "C004"))
    assert amy is not None and amy.household_id == households["Smith Family"]
    assert coverage_rows(session, "C005") == [
        ("U0BOB", "primary", later, None),
        ("U0ALICE", "secondary", later, None),
    ]
    again = import_csv(session, kind="clients", path=write(tmp_path, "c.csv", text), now=later)
    assert str(again) == "clients: 0 created, 0 updated, 4 unchanged"
    assert verify(session) == []


# --- reps: manager later in the file; clients: coverage history ---


def test_a_manager_defined_further_down_the_file_is_linked(session: Session, now: datetime) -> None:
    import_csv(session, kind="reps", path=DATA / "reps.csv", now=now)
    by_id = {rep.slack_user_id: rep for rep in session.scalars(select(Rep))}
    marta = by_id["U0MARTA"]
    assert by_id["U0ALICE"].manager_id == marta.id and by_id["U0BOB"].manager_id == marta.id
    assert marta.manager_id is None and marta.roles == {"manager", "admin"}
    assert by_id["U0BOB"].timezone == "America/New_York"
    assert by_id["U0CARL"].email == "carl@example.com"


def test_a_manager_loop_in_the_file_is_refused(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    text = REPS_HEADER + "U0AA,Ann,,rep,U0BB,UTC\nU0BB,Ben,,manager,U0AA,UTC\n"
    errors = failure(session, "reps", write(tmp_path, "loop.csv", text), now)
    assert errors == [
        "line 2: managers go round in a loop: U0AA → U0BB → U0AA.",
        "line 3: managers go round in a loop: U0BB → U0AA → U0BB.",
    ]


def coverage_rows(session: Session, external_id: str) -> list[tuple[str, str, datetime, object]]:
    rows = session.execute(
        select(Rep.slack_user_id, Coverage.role, Coverage.started_at, Coverage.ended_at)
        .join(Rep, Rep.id == Coverage.rep_id)
        .join(Client, Client.id == Coverage.client_id)
        .where(Client.external_id == external_id)
        .order_by(Coverage.id)
    ).all()
    return [tuple(row) for row in rows]


def test_replaced_coverage_ends_old_rows_and_keeps_unchanged_ones(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    load_directory(session, now)
    later = datetime(2026, 11, 20, 9, tzinfo=UTC)
    text = CLIENTS_HEADER + "C001,Jane Smith,client,Smith Family,UHNW,U0ALICE;U0CARL,ACC-001\n"
    summary = import_csv(session, kind="clients", path=write(tmp_path, "c.csv", text), now=later)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 0)
    assert coverage_rows(session, "C001") == [
        ("U0ALICE", "primary", now, None),
        ("U0BOB", "secondary", now, later),
        ("U0CARL", "secondary", later, None),
    ]
    client = session.scalar(select(Client).where(Client.external_id == "C001"))
    assert client is not None and [a.account for a in client.accounts] == ["ACC-001"]
    actions = [(e.action, e.entity_type) for e in events(session) if e.occurred_at == later]
    assert actions == [
        ("update", "clients"),
        ("end_coverage", "coverage"),
        ("start_coverage", "coverage"),
    ]
    assert verify(session) == []


# --- interactions ---


def test_interactions_import_stores_utc_and_reads_local_times_in_the_reps_zone(
    session: Session, now: datetime
) -> None:
    load_directory(session, now)
    make_initiative(session, "golf-2026")
    summary = import_csv(session, kind="interactions", path=DATA / "interactions.csv", now=now)
    assert str(summary) == "interactions: 3 created, 0 updated, 0 unchanged"
    rows = session.execute(
        select(
            Interaction.occurred_at,
            Interaction.channel,
            Interaction.source,
            Interaction.time_given,
        ).order_by(Interaction.occurred_at)
    ).all()
    assert [tuple(row) for row in rows] == [
        (datetime(2026, 3, 4, 13, 30, tzinfo=UTC), "in_person", "import", True),
        # Bob is in America/New_York: 09:15 there is 14:15 UTC.
        (datetime(2026, 3, 5, 14, 15, tzinfo=UTC), "phone", "import", True),
        # A bare date is a day alone, the reader's rule: midday in Alice's Europe/Zurich.
        (datetime(2026, 3, 6, 11, 0, tzinfo=UTC), "email", "import", False),
    ]
    assert all(row[0].utcoffset().total_seconds() == 0 for row in rows)


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite has no planner statistics to age
def test_a_load_on_postgresql_leaves_the_planner_knowing_the_new_rows(
    session: Session, now: datetime
) -> None:
    def planned_rows(table: str) -> float:
        return float(
            session.scalar(text("SELECT reltuples FROM pg_class WHERE relname = :t"), {"t": table})
        )

    load_directory(session, now)
    make_initiative(session, "golf-2026")
    import_csv(session, kind="interactions", path=DATA / "interactions.csv", now=now)
    assert planned_rows("interactions") == count(session, Interaction) == 3
    assert planned_rows("clients") == count(session, Client) == 3
    assert planned_rows("audit_events") == count(session, AuditEvent)


def test_interactions_import_is_idempotent_and_audits_each_created_row(
    session: Session, now: datetime
) -> None:
    load_directory(session, now)
    make_initiative(session, "golf-2026")
    import_csv(session, kind="interactions", path=DATA / "interactions.csv", now=now)
    ids = set(session.scalars(select(Interaction.id)))
    created = [e for e in events(session) if e.entity_type == "interactions"]
    assert sorted(int(e.entity_id) for e in created) == sorted(ids)
    assert {(e.action, e.actor) for e in created} == {("create", "cli")}
    again = import_csv(session, kind="interactions", path=DATA / "interactions.csv", now=now)
    assert (again.created, again.unchanged) == (0, 3)
    assert set(session.scalars(select(Interaction.id))) == ids
    assert len([e for e in events(session) if e.entity_type == "interactions"]) == 3
    assert verify(session) == []


def test_bad_interactions_file_names_every_bad_line_and_writes_nothing(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    load_directory(session, now)
    text = (DATA / "interactions_bad.csv").read_text() + (
        "C001,U0NOBODY,2026-03-04T18:00:00Z,phone,unknown rep,\n"
    )
    errors = failure(session, "interactions", write(tmp_path, "i.csv", text), now)
    assert errors == [
        "line 3: unknown client 'C999'; import it first (cmsbot import clients).",
        "line 4: rep U0BOB does not cover (and never covered) client C002.",
        "line 5: occurred_at '04/03/2026' is not an ISO 8601 date or time "
        "(like 2026-03-04T14:30:00+01:00 or 2026-03-04).",
        "line 6: occurred_at 2030-01-01T10:00:00Z is in the future.",
        "line 7: unknown channel 'fax'; use one of in_person, phone, email, mail, video.",
        "line 8: unknown initiative #yacht-race; create it first or fix the tag.",
        "line 9: unknown rep 'U0NOBODY'; import them first (cmsbot import reps).",
    ]
    assert count(session, Interaction) == 0


# --- activity ---


def test_activity_import_is_idempotent_on_reference(session: Session, now: datetime) -> None:
    first = import_csv(session, kind="activity", path=DATA / "activity.csv", now=now)
    assert str(first) == "activity: 3 created, 0 updated, 0 unchanged"
    again = import_csv(session, kind="activity", path=DATA / "activity.csv", now=now)
    assert str(again) == "activity: 0 created, 0 updated, 3 unchanged"
    rows = session.execute(
        select(
            AccountActivity.reference,
            AccountActivity.booked_on,
            AccountActivity.amount,
            AccountActivity.currency,
        ).order_by(AccountActivity.reference)
    ).all()
    assert [tuple(row) for row in rows] == [
        ("REF-1001", date(2026, 3, 10), Decimal("2500000.00"), "USD"),
        ("REF-1002", date(2026, 3, 11), Decimal("-1250.50"), "CHF"),
        ("REF-1003", date(2026, 3, 12), Decimal("100.00"), "EUR"),
    ]
    created = [e for e in events(session) if e.entity_type == "account_activity"]
    assert len(created) == 3
    assert verify(session) == []


def test_a_known_reference_with_different_values_is_a_line_error(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    import_csv(session, kind="activity", path=DATA / "activity.csv", now=now)
    text = ACTIVITY_HEADER + "ACC-009,2026-03-13,5,USD,deposit,REF-2000\n"
    text += "ACC-001,2026-03-10,2500001.00,USD,deposit,REF-1001\n"
    errors = failure(session, "activity", write(tmp_path, "a.csv", text), now)
    assert errors == [
        "line 3: reference REF-1001 was already imported as ACC-001 2026-03-10 2500000.00 USD "
        "deposit; a custodian reference never changes, so fix this line."
    ]
    assert count(session, AccountActivity) == 3


def test_bad_amounts_currencies_and_clashing_references_are_refused(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    text = ACTIVITY_HEADER + (
        'ACC-001,2026-03-10,"1,000.00",USD,deposit,REF-1\n'
        "ACC-001,2026-03-10,12.345,USD,deposit,REF-2\n"
        "ACC-001,2026-03-10,10,US,deposit,REF-3\n"
        "ACC-001,2026-03-10,10,USD,deposit,REF-4\n"
        "ACC-001,2026-03-11,10,USD,deposit,REF-4\n"
        "ACC-001,10/03/2026,abc,dollars,deposit,REF-5\n"
    )
    errors = failure(session, "activity", write(tmp_path, "a.csv", text), now)
    assert errors == [
        "line 2: amount '1,000.00' is not a number like 1250000.00 (no thousands separators).",
        "line 3: amount 12.345 has more than two decimal places.",
        "line 4: currency 'US' is not a 3-letter code like USD or CHF.",
        "line 6: reference REF-4 is also on line 5 with different values.",
        "line 7: date '10/03/2026' is not a date like 2026-03-04.",
        "line 7: amount 'abc' is not a number like 1250000.00 (no thousands separators).",
        "line 7: currency 'dollars' is not a 3-letter code like USD or CHF.",
    ]
    assert count(session, AccountActivity) == 0


# --- the command line ---


@pytest.mark.usefixtures("scratch_database")
def test_cli_import_reports_bad_lines_then_loads_a_good_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bot.cli import main

    capsys.readouterr()

    assert main(["import", "reps", str(DATA / "reps_bad.csv")]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "line 3: name is empty; give one." in err.splitlines()
    assert "line 7: unknown manager U999: not in this file nor already imported." in err
    assert err.rstrip().endswith(
        "Nothing was imported; fix the lines above and run the import again."
    )

    assert main(["import", "reps", str(DATA / "reps.csv")]) == 0
    out, _err = capsys.readouterr()
    assert out == "reps: 4 created, 0 updated, 0 unchanged\n"
    assert main(["import", "reps", str(DATA / "reps.csv")]) == 0
    assert capsys.readouterr().out == "reps: 0 created, 0 updated, 4 unchanged\n"


def test_coverage_ids_are_read_case_insensitively_like_the_reps_file(
    session: Session, now: datetime, tmp_path: Path
) -> None:
    import_csv(session, kind="reps", path=DATA / "reps.csv", now=now)
    text = CLIENTS_HEADER + "C001,Jane Smith,client,,UHNW,u0alice;U0Bob,\n"
    import_csv(session, kind="clients", path=write(tmp_path, "c.csv", text), now=now)
    assert [row[:2] for row in coverage_rows(session, "C001")] == [
        ("U0ALICE", "primary"),
        ("U0BOB", "secondary"),
    ]


def test_activity_audit_snapshots_equal_the_rows_read_back(session: Session, now: datetime) -> None:
    import_csv(session, kind="activity", path=DATA / "activity.csv", now=now)
    afters = {e.entity_id: e.after for e in events(session) if e.entity_type == "account_activity"}
    session.expire_all()
    for row in session.scalars(select(AccountActivity)):
        assert afters[str(row.id)] == snapshot(row)


def test_new_activity_is_offered_to_claim_matching_once(
    session: Session, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[int]] = []
    fake = types.ModuleType("bot.claims.evidence")
    fake.match_new_activity = lambda session, *, activity_ids, now: calls.append(  # type: ignore[attr-defined]
        sorted(activity_ids)
    )
    monkeypatch.setitem(sys.modules, "bot.claims.evidence", fake)
    import_csv(session, kind="activity", path=DATA / "activity.csv", now=now)
    import_csv(session, kind="activity", path=DATA / "activity.csv", now=now)
    assert calls == [sorted(session.scalars(select(AccountActivity.id)))]

"""The demo book's invariants: everyone covered, history in the past, claims fit their contacts."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import demo as demo_book
from bot.cli import main
from bot.errors import InvalidInput
from storage.engine import make_engine, make_session_factory
from storage.models import (
    ROLES,
    AccountActivity,
    Claim,
    Client,
    Coverage,
    Delegate,
    Initiative,
    Interaction,
    Rep,
    RepRole,
)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("book") / "demo.sqlite3"
    counts = demo_book.create(path)
    engine = make_engine(f"sqlite:///{path}")
    with make_session_factory(engine)() as session:
        yield counts, session
    engine.dispose()


def test_every_client_has_an_active_coverage_team(book) -> None:  # type: ignore[no-untyped-def]
    counts, session = book
    assert 50 <= counts["clients"] <= 70
    uncovered = session.scalars(
        select(Client.name).where(
            ~select(Coverage.id)
            .where(Coverage.client_id == Client.id, Coverage.ended_at.is_(None))
            .exists()
        )
    ).all()
    assert uncovered == []


def test_history_lies_in_the_past_and_some_clients_are_overdue(book) -> None:  # type: ignore[no-untyped-def]
    _, session = book
    latest = session.scalar(select(func.max(Interaction.occurred_at)))
    assert (
        latest is not None and latest.replace(tzinfo=demo_book.DEMO_NOW.tzinfo) < demo_book.DEMO_NOW
    )
    last = session.execute(
        select(Interaction.client_id, func.max(Interaction.occurred_at)).group_by(
            Interaction.client_id
        )
    ).all()
    stale = [
        c
        for c, at in last
        if (demo_book.DEMO_NOW - at.replace(tzinfo=demo_book.DEMO_NOW.tzinfo)).days > 45
    ]
    assert stale


def test_claims_match_their_contacts_and_some_are_pending(book) -> None:  # type: ignore[no-untyped-def]
    _, session = book
    rows = session.execute(
        select(Claim, Interaction).join(Interaction, Interaction.id == Claim.interaction_id)
    ).all()
    assert rows
    for claim, interaction in rows:
        client = session.get(Client, interaction.client_id)
        assert claim.rep_id == interaction.rep_id
        if claim.kind != "mandate":  # a mandate's fee is paid to the bank, into no account
            assert claim.account in {a.account for a in client.accounts}
    statuses = {claim.status for claim, _ in rows}
    assert {"pending", "verified"} <= statuses


def some_database(path: Path, *, mark: int = 0) -> Path:
    """A SQLite file holding one row of somebody's data."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE precious (what TEXT)")
        connection.execute("INSERT INTO precious VALUES ('the firm''s book')")
        connection.execute(f"PRAGMA application_id = {mark}")
    return path


def still_there(path: Path) -> bool:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT what FROM precious").fetchall() == [("the firm's book",)]


def test_the_book_is_the_same_every_time_and_replaces_an_earlier_demo(  # type: ignore[no-untyped-def]
    tmp_path: Path, book
) -> None:
    counts, _ = book
    earlier = some_database(tmp_path / "again.sqlite3", mark=demo_book.DEMO_MARK)
    assert demo_book.create(earlier) == counts
    assert demo_book.is_demo_book(earlier)


def test_demo_refuses_to_replace_a_file_that_is_not_a_demo_book(tmp_path: Path) -> None:
    other = some_database(tmp_path / "prod.sqlite3")
    with pytest.raises(InvalidInput, match="is not a demo book"):
        demo_book.create(other)
    assert still_there(other) and not demo_book.is_demo_book(other)


def test_the_console_opens_only_demo_books(tmp_path: Path) -> None:
    other = some_database(tmp_path / "prod.sqlite3")
    for given in (str(other), "postgresql://postgres@127.0.0.1:5432/prod"):
        with pytest.raises(InvalidInput, match="is not a demo book"):
            demo_book.ensure(given, out=io.StringIO())
    assert still_there(other)


def test_cli_demo_on_the_configured_database_says_so_and_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prod = some_database(tmp_path / "prod.sqlite3")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{prod}")
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--db", str(prod)]) != 0
    assert "is not a demo book" in capsys.readouterr().err
    assert main(["console", "--db", str(prod)]) != 0
    assert still_there(prod)


# -- the whole product in one book ----------------------------------------------------------


def test_every_role_is_played_and_the_assistant_logs_for_reps(book) -> None:  # type: ignore[no-untyped-def]
    _, session = book
    held = set(session.scalars(select(RepRole.role)))
    assert held == set(ROLES)
    assistant = session.scalar(select(Rep).where(Rep.slack_user_id == "UASST"))
    assert assistant is not None and assistant.has_role("assistant")
    named_by = session.scalars(select(Delegate.rep_id).where(Delegate.assistant_id == assistant.id))
    assert len(list(named_by)) >= 2


def test_an_initiative_runs_now_and_follow_ups_are_due_and_open(book) -> None:  # type: ignore[no-untyped-def]
    _, session = book
    today = demo_book.DEMO_NOW.date()
    running = session.scalars(
        select(Initiative.tag).where(Initiative.starts_on <= today, Initiative.ends_on >= today)
    ).all()
    assert running
    promised = session.scalars(
        select(Interaction.follow_up_on).where(Interaction.follow_up_on.is_not(None))
    ).all()
    assert any(day < today for day in promised) and any(day >= today for day in promised)


def test_mandates_and_pending_claims_with_and_without_evidence(book) -> None:  # type: ignore[no-untyped-def]
    _, session = book
    mandates = {c.status for c in session.scalars(select(Claim).where(Claim.kind == "mandate"))}
    assert {"pending", "verified"} <= mandates
    pending = session.scalars(
        select(Claim).where(Claim.status == "pending", Claim.kind != "mandate")
    ).all()
    matched = [
        c
        for c in pending
        if session.scalar(
            select(AccountActivity.id).where(
                AccountActivity.account == c.account, AccountActivity.amount == c.amount
            )
        )
    ]
    assert matched and len(matched) < len(pending)


def test_a_household_has_several_members_and_several_coverers(book) -> None:  # type: ignore[no-untyped-def]
    _, session = book
    rows = session.execute(
        select(Client.household_id, Client.id, Coverage.rep_id)
        .join(Coverage, Coverage.client_id == Client.id)
        .where(Client.household_id.is_not(None), Coverage.ended_at.is_(None))
    ).all()
    members: dict[int, set[int]] = {}
    coverers: dict[int, set[int]] = {}
    for household, client, rep in rows:
        members.setdefault(household, set()).add(client)
        coverers.setdefault(household, set()).add(rep)
    assert any(len(members[h]) >= 3 and len(coverers[h]) >= 2 for h in members)

"""The demo book's invariants: everyone covered, history in the past, claims fit their contacts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot import demo_book
from storage.engine import make_engine, make_session_factory
from storage.models import Claim, Client, Coverage, Interaction


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
        assert claim.account in {a.account for a in client.accounts}
    statuses = {claim.status for claim, _ in rows}
    assert {"pending", "verified"} <= statuses


def test_the_book_is_the_same_every_time(tmp_path: Path, book) -> None:  # type: ignore[no-untyped-def]
    counts, _ = book
    assert demo_book.create(tmp_path / "again.sqlite3") == counts

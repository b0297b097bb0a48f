"""The App Home by role: what each person sees, and that it is published when opened and after acting."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from handlers.home.role_home import home_view, publish_home
from storage.models import ImportRun
from tests.reports.test_reports_scorecard import NOW, at, build_book, claim, contact
from tests.world import World, texts


def home_text(view: dict[str, Any]) -> str:
    """Every text in the view's blocks (sections, fields, contexts, buttons), one per line."""
    return texts(view.get("blocks", []))


def test_a_reps_home_has_cadence_pending_claims_and_this_quarters_numbers(session: Session) -> None:
    book = build_book(session)
    text = home_text(home_view(session, rep=book.ann, now=NOW))
    assert "*This quarter's numbers* (1 Oct – 31 Dec 2026)" in text
    assert "*Contacts:* 2 — phone 2" in text  # a11 (1 Oct 00:00) and a9 (10 Oct)
    assert "*Your pending claims*" in text
    assert "pledge USD 3,000,000.00 — Kai" in text
    # the parts in the order: the cadence list, pending claims, the quarter
    assert text.index("*Lee* · HNW · 100 days since last contact") < text.index(
        "*Your pending claims*"
    )
    assert text.index("*Your pending claims*") < text.index("*This quarter's numbers*")
    assert "median 23.5 days overdue" in text  # Jane 9, Mo 18, Kai 29, Lee 70 days over
    assert "Claims waiting for a controller" not in text
    assert "Your team" not in text


def test_a_controllers_home_is_the_pending_queue_oldest_first(session: Session) -> None:
    book = build_book(session)
    older = contact(session, book.bob, book.clients["Noa"], at(6, 1))
    claim(session, older, "deposit", "750000")
    text = home_text(home_view(session, rep=book.cora, now=NOW))
    queue = [line for line in text.splitlines() if line.startswith("• #")]
    assert [line.split(" — ")[1].split(",")[0] for line in queue] == ["Noa by Bob", "Kai by Ann"]
    assert "This quarter's numbers" not in text


def test_a_managers_home_is_the_team_table(session: Session) -> None:
    book = build_book(session)
    text = home_text(home_view(session, rep=book.mia, now=NOW))
    assert "*Your team this quarter* (1 Oct – 31 Dec 2026)" in text
    rows = [line.split()[1] for line in text.splitlines() if line[:2] in ("1 ", "2 ")]
    assert sorted(rows) == ["Ann", "Bob"]
    assert "Your pending claims" not in text  # Mia has no rep role


def test_an_admins_home_has_counts_and_the_last_import_of_each_kind(session: Session) -> None:
    book = build_book(session)
    for kind, name, when in (
        ("clients", "clients-1.csv", datetime(2026, 11, 1, 9, tzinfo=UTC)),
        ("clients", "clients-2.csv", datetime(2026, 11, 17, 9, tzinfo=UTC)),
        ("activity", "feed.csv", datetime(2026, 11, 18, 7, tzinfo=UTC)),
    ):
        session.add(
            ImportRun(kind=kind, filename=name, created=3, updated=1, unchanged=0, ran_at=when)
        )
    session.flush()
    text = home_text(home_view(session, rep=book.ada, now=NOW))
    assert "Active reps: 6 · active clients: 6" in text
    assert "This quarter: 2 contacts · 0 claims verified" in text
    assert "Claims pending: 1" in text
    assert (
        "Bonus plan: from Sat 1 Aug 2026: 0–10m: 6 bp · 10m+: 9 bp · mandate fees: 150 bp" in text
    )
    imports = [line for line in text.splitlines() if line.startswith("• ")]
    assert [line.split(" — ")[0] for line in imports] == [
        "• activity: feed.csv",
        "• clients: clients-2.csv",
    ]


def test_someone_with_several_roles_sees_each_part(session: Session) -> None:
    book = build_book(session)
    from storage.models import RepRole

    book.bob.role_rows.append(RepRole(role="controller"))
    session.flush()
    text = home_text(home_view(session, rep=book.bob, now=NOW))
    assert "This quarter's numbers" in text and "Claims waiting for a controller" in text


def test_a_stranger_is_told_to_ask_an_admin(session: Session) -> None:
    assert "not set up" in home_text(home_view(session, rep=None, now=NOW))


@pytest.mark.parametrize("world_backend", ["sqlite", "postgresql"])
def test_opening_the_home_tab_publishes_each_roles_home(world: World) -> None:
    with world.db() as session:
        build_book(session)
    for user, expected in (
        ("UANN", "This quarter's numbers"),
        ("UCORA", "Claims waiting for a controller"),
        ("UMIA", "Your team this quarter"),
        ("UADA", "The firm at a glance"),
    ):
        world.standin.add_user(user, user.lower())
        assert world.slack.app_home_opened(user).ok
        world.standin.wait_for("views.publish", {"user_id": user}, timeout=15)
        home = world.standin.home_of(user)
        assert home is not None and home["type"] == "home"
        assert expected in home_text(home), user


def test_the_home_is_republished_after_the_reps_own_action(world: World) -> None:
    with world.db() as session:
        book = build_book(session)
    world.standin.add_user("UANN", "ann")
    assert world.slack.app_home_opened("UANN").ok
    world.standin.wait_for("views.publish", {"user_id": "UANN"}, timeout=15)
    assert "*Contacts:* 2 — phone 2" in home_text(world.standin.home_of("UANN") or {})
    with world.db() as session:
        from storage.models import Client, Rep

        ann = session.get(Rep, book.ann.id)
        kai = session.get(Client, book.clients["Kai"].id)
        contact(session, ann, kai, datetime(2026, 11, 18, 9, tzinfo=UTC), "video")
    publish_home(world.cms.deps, "UANN")
    assert "*Contacts:* 3 — phone 2 · video 1" in home_text(world.standin.home_of("UANN") or {})

"""A first name that is also a follow-up cue ("Chase"): the book decides which it is."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from tests.factories import make_client, make_rep

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


@pytest.fixture
def rep(session: Session):  # type: ignore[no-untyped-def]
    marcus = make_rep(session, "UMARCUS", "Marcus Bell", timezone="America/New_York")
    make_client(session, "Chase Whitaker", covered_by=[marcus], household="Whitaker")
    make_client(session, "Summer Whitaker", covered_by=[marcus], household="Whitaker")
    make_client(session, "Jane Doyle", covered_by=[marcus])
    return marcus


def read(session: Session, rep, line: str):  # type: ignore[no-untyped-def]
    return interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)


def test_a_cue_word_that_is_a_clients_first_name_names_him(session: Session, rep) -> None:  # type: ignore[no-untyped-def]
    reading = read(session, rep, "Chase Whitaker zoom 8am today, no new money")
    assert reading.client is not None and reading.client.name == "Chase Whitaker"
    assert reading.draft is not None


def test_the_cue_and_the_name_in_one_line_are_each_read(session: Session, rep) -> None:  # type: ignore[no-untyped-def]
    reading = read(session, rep, "Chase Whitaker call yday 4:30pm, chase up next Tue")
    assert reading.client is not None and reading.client.name == "Chase Whitaker"
    assert reading.draft is not None and reading.draft.follow_up_on == date(2026, 12, 8)


def test_a_capitalised_cue_beside_no_clients_name_is_the_cue(session: Session, rep) -> None:  # type: ignore[no-untyped-def]
    reading = read(session, rep, "Jane Doyle call today. Chase Friday")
    assert reading.client is not None and reading.client.name == "Jane Doyle"
    assert reading.draft is not None and reading.draft.follow_up_on == date(2026, 12, 4)

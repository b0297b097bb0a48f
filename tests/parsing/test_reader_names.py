"""Whom a line names: every word typed must fit, a typo never beats a name written as typed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from bot.errors import NotCovered
from tests.factories import make_client, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


@pytest.fixture
def rep(session: Session):  # type: ignore[no-untyped-def]
    rita = make_rep(session, "URITA", "Rita Rep", timezone="Europe/London", locale="en-GB")
    olga = make_rep(session, "UOLGA", "Olga Other")
    make_client(session, "Lars Ashford", covered_by=[rita])
    make_client(session, "Jane Smith", covered_by=[rita])
    make_client(session, "Jane Smyth", covered_by=[rita])
    make_client(session, "Lars Ashforth", covered_by=[olga])
    return rita


def named(session: Session, rep, line: str):  # type: ignore[no-untyped-def]
    reading = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
    return reading.client.name if reading.client else sorted(c.name for c in reading.candidates)


def test_a_name_written_as_typed_beats_its_typo_neighbour(session: Session, rep) -> None:  # type: ignore[no-untyped-def]
    assert named(session, rep, "Jane Smith call") == "Jane Smith"
    assert named(session, rep, "Jane Smyth call") == "Jane Smyth"
    assert named(session, rep, "Jane Smiht call") == "Jane Smith"  # Smyth: two typos away
    assert named(session, rep, "Jane Smth call") == ["Jane Smith", "Jane Smyth"]  # one from each


def test_a_typo_of_an_own_client_is_not_another_firm_client_named_exactly(
    session: Session,
    rep,  # type: ignore[no-untyped-def]
) -> None:
    """ "Lars Ashforth" is one typo from the rep's Lars Ashford and exactly a colleague's client."""
    assert named(session, rep, "Lars Ashfrod call") == "Lars Ashford"  # a typo, nobody else
    with pytest.raises(NotCovered, match="Lars Ashforth"):
        named(session, rep, "Lars Ashforth call")

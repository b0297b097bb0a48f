"""A family named in a line: asked which member, unless one member is named whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from tests.factories import make_client, make_rep

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


@pytest.fixture
def rep(session: Session):  # type: ignore[no-untyped-def]
    ioana = make_rep(
        session, "UIOANA", "Ioana Dumitrescu", timezone="Europe/Bucharest", locale="ro-RO"
    )
    make_client(session, "Mircea Popa", covered_by=[ioana], household="Popa")
    make_client(session, "Elena Popa", covered_by=[ioana], household="Popa")
    return ioana


def named(session: Session, rep, line: str):  # type: ignore[no-untyped-def]
    reading = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
    return reading.client.name if reading.client else sorted(c.name for c in reading.candidates)


def test_a_member_named_whole_before_family_is_that_member(session: Session, rep) -> None:  # type: ignore[no-untyped-def]
    assert named(session, rep, "Mircea Popa family dinner sâmbătă, 60th") == "Mircea Popa"


@pytest.mark.parametrize("line", ["Popa family dinner sâmbătă", "familia Popa la cină sâmbătă"])
def test_a_family_named_by_its_surname_is_asked_which_member(
    session: Session,
    rep,  # type: ignore[no-untyped-def]
    line: str,
) -> None:
    assert named(session, rep, line) == ["Elena Popa", "Mircea Popa"]

"""A surname one typo from a day word ("Martin", "marți"), written against a first name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from tests.factories import make_client, make_rep

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


@pytest.fixture
def rep(session: Session):  # type: ignore[no-untyped-def]
    solene = make_rep(session, "USOLENE", "Solène Garnier", timezone="Europe/Paris", locale="fr-FR")
    make_client(session, "Rose Delmas", covered_by=[solene])
    return solene


def test_a_day_typo_written_against_a_first_name_asks_whom_not_when(
    session: Session,
    rep,  # type: ignore[no-untyped-def]
) -> None:
    reading = interpret(
        session, actor=rep, text="Rose Martin rdv hier", now=NOW, idempotency_key=None
    )
    assert reading.draft is None
    assert not reading.unclear
    assert [c.name for c in reading.candidates] == ["Rose Delmas"]


def test_a_day_typo_after_a_full_name_is_asked_as_a_day(session: Session, rep) -> None:  # type: ignore[no-untyped-def]
    reading = interpret(
        session, actor=rep, text="Rose Delmas Mardii, rdv", now=NOW, idempotency_key=None
    )
    assert reading.draft is None
    assert [u.what for u in reading.unclear] == ["date"]

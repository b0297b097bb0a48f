"""What a line asks first: which client, when it offers clients to pick, then the rest.

A client refused ("you don't cover …") is said before anything else about the line; a line
that names part of a name some clients share ("Olivier Brun", with an Olivier Delmas in the
book) asks which client the same way, and what else it leaves unclear ("demain" is later
than now) is asked once the client is picked, when the line is read again with them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from bot.contacts.quicklog import interpret
from storage.models import Client, Rep
from tests.factories import make_client, make_rep

NOW = datetime(2026, 12, 10, 16, 45, tzinfo=UTC)


@pytest.fixture
def desk(session: Session) -> tuple[Rep, Client]:
    rep = make_rep(session, "UFRA", "Claire Rep", timezone="Europe/Paris", locale="fr-FR")
    olivier = make_client(session, "Olivier Delmas", covered_by=[rep])
    session.flush()
    return rep, olivier


def test_a_line_offering_clients_to_pick_asks_which_before_what_it_leaves_unclear(
    session: Session, desk: tuple[Rep, Client]
) -> None:
    rep, olivier = desk
    line = "Olivier Brun rdv demain pour ouvrir un compte"
    reading = interpret(session, actor=rep, text=line, now=NOW, idempotency_key=None)
    assert [c.name for c in reading.candidates] == ["Olivier Delmas"]
    assert reading.unclear == () and reading.draft is None
    picked = interpret(
        session, actor=rep, text=line, now=NOW, idempotency_key=None, client_id=olivier.id
    )
    assert [(u.text, u.what) for u in picked.unclear] == [("demain", "future")]
    assert picked.draft is None


def test_a_line_naming_nobody_of_the_book_says_what_it_leaves_unclear(
    session: Session, desk: tuple[Rep, Client]
) -> None:
    rep, _olivier = desk
    reading = interpret(
        session, actor=rep, text="Zacharie Brun déj le 31 février", now=NOW, idempotency_key=None
    )
    assert reading.candidates == [] and reading.client is None
    assert [(u.text, u.what) for u in reading.unclear] == [("31 février", "date")]


def test_a_day_typo_beside_the_name_is_asked_before_which_client(
    session: Session, desk: tuple[Rep, Client]
) -> None:
    """ "Yesterd Olivier Brun": the word cut short may be the day or a word of the name, so it is
    asked first (``tests.parsing.test_reader_names`` holds the same for "Yesterd Donna"; a
    one-letter typo of a long day word, "Yesterdy", is now read as the day)."""
    rep, _olivier = desk
    reading = interpret(
        session, actor=rep, text="Yesterd Olivier Brun call", now=NOW, idempotency_key=None
    )
    assert [(u.text, u.what) for u in reading.unclear] == [("Yesterd", "date")]

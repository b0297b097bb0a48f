"""A firm-wide name look-up finds exactly what a scan of every name finds (issue #15).

On SQLite the ids come from the trigram table ``clients_name_fts``, kept in step with
``clients.search_name`` by triggers; the answer must be the plain ``LIKE``'s, piece
for piece, whichever backend, and follow a client renamed or removed.
"""

from __future__ import annotations

import pytest
from sqlalchemy import and_, create_engine, delete, inspect, or_, select, update
from sqlalchemy.orm import Session

from bot.directory.name_search import holding
from storage.models import Base, Client
from tests.factories import EPOCH, make_client

NAMES = ["anna_bell", "annaxbell", "100% sure", "émile zola", "o/brien", "ab", "Anna Lind"]


def _scan(combine, pieces):  # type: ignore[no-untyped-def]
    held = [Client.search_name.contains(piece, autoescape=True) for piece in pieces]
    return select(Client.id).where(combine(*held))


def _ids(session: Session, statement) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(session.scalars(statement))


@pytest.fixture
def book(session: Session) -> Session:
    for name in NAMES:
        client = make_client(session, name)
        # Held as given (wildcards, an upper-case letter), not as ``normalise`` makes it.
        session.execute(update(Client).where(Client.id == client.id).values(search_name=name))
    return session


@pytest.mark.parametrize(
    ("combine", "pieces"),
    [
        (and_, ["anna"]),
        (and_, ["ANNA"]),
        (and_, ["a_b"]),
        (and_, ["100%"]),
        (and_, ["o/b"]),
        (and_, ["ÉMILE"]),
        (and_, ["émi"]),
        (and_, ["ab"]),
        (and_, ["ann", "bell"]),
        (and_, ["ann", "l"]),
        (or_, ["zola", "lind"]),
        (or_, ["zola", "ab"]),
        (or_, ["nobody", "sure"]),
    ],
)
def test_a_look_up_finds_what_a_scan_of_every_name_finds(
    book: Session, combine, pieces: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert _ids(book, holding(combine, pieces)) == _ids(book, _scan(combine, pieces))


def test_a_renamed_client_is_found_by_the_new_name_and_a_removed_one_not_at_all(
    book: Session,
) -> None:
    client = make_client(book, "Ingrid Svensson")
    assert _ids(book, holding(and_, ["svensson"])) == [client.id]
    book.execute(update(Client).where(Client.id == client.id).values(search_name="ingrid berg"))
    assert _ids(book, holding(and_, ["svensson"])) == []
    assert _ids(book, holding(and_, ["berg"])) == [client.id]
    book.execute(delete(Client).where(Client.id == client.id))
    assert _ids(book, holding(and_, ["berg"])) == []


def test_a_schema_made_from_the_models_has_the_trigram_table_on_sqlite() -> None:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    assert "clients_name_fts" in inspect(engine).get_table_names()
    with Session(engine) as session:
        client = Client(
            external_id="C1",
            name="Ingrid Svensson",
            search_name="ingrid svensson",
            tier="HNW",
            created_at=EPOCH,
            updated_at=EPOCH,
        )
        session.add(client)
        session.flush()
        assert _ids(session, holding(and_, ["svensson"])) == [client.id]
    Base.metadata.drop_all(engine)
    assert inspect(engine).get_table_names() == []

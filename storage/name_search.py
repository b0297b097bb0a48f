"""SQLite's trigram index on ``clients.search_name`` (issue #15; migration 0018).

PostgreSQL answers ``search_name LIKE '%piece%'`` over the whole firm from a pg_trgm
GIN index; SQLite has no such index and scans every name (20 ms on 200,000 clients).
An FTS5 table with the ``trigram`` tokenizer is its equivalent: external content on
``clients`` (rowid = ``clients.id``, so it stores only the index), kept in step by
triggers. It answers ``LIKE`` for a pattern of three characters or more without an
``ESCAPE`` clause; anything else would scan it, so the look-up falls back to the names.

The statements live here for ``metadata.create_all`` (a schema built without the
migrations); the migration keeps its own copy, as migrations do.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, column, event, table, text

FTS = "clients_name_fts"
# A LIKE pattern FTS5 answers from its trigrams: three characters, no wildcard.
SHORTEST = 3

fts = table(FTS, column("rowid"), column("search_name"))

CREATE = [
    f"CREATE VIRTUAL TABLE {FTS} USING fts5("
    "search_name, content='clients', content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER {FTS}_insert AFTER INSERT ON clients BEGIN "
    f"INSERT INTO {FTS}(rowid, search_name) VALUES (new.id, new.search_name); END",
    f"CREATE TRIGGER {FTS}_delete AFTER DELETE ON clients BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, search_name) VALUES ('delete', old.id, old.search_name); "
    "END",
    f"CREATE TRIGGER {FTS}_update AFTER UPDATE OF search_name ON clients BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, search_name) VALUES ('delete', old.id, old.search_name); "
    f"INSERT INTO {FTS}(rowid, search_name) VALUES (new.id, new.search_name); END",
    f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",
]
DROP = [
    f"DROP TRIGGER IF EXISTS {FTS}_update",
    f"DROP TRIGGER IF EXISTS {FTS}_delete",
    f"DROP TRIGGER IF EXISTS {FTS}_insert",
    f"DROP TABLE IF EXISTS {FTS}",
]


def indexed(piece: str) -> bool:
    """Whether FTS5 answers ``LIKE '%piece%'`` from its trigrams (else it scans)."""
    return len(piece) >= SHORTEST and not any(wild in piece for wild in "%_/")


def is_own(name: str) -> bool:
    """The FTS table and its shadow tables: not the models', so no schema diff."""
    return name == FTS or name.startswith(f"{FTS}_")


def keep_in_step(clients: Table) -> None:
    """Build (and drop) the FTS table with ``clients`` when the schema is made from the models."""

    def create(_table: Table, connection: Connection, **_: object) -> None:
        if connection.dialect.name == "sqlite":
            for statement in CREATE:
                connection.execute(text(statement))

    def drop(_table: Table, connection: Connection, **_: object) -> None:
        if connection.dialect.name == "sqlite":
            for statement in DROP:
                connection.execute(text(statement))

    event.listen(clients, "after_create", create)
    event.listen(clients, "before_drop", drop)

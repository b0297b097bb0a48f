"""SQLite's trigram index on ``clients.search_name`` (issue #15).

PostgreSQL answers a firm-wide ``search_name LIKE '%piece%'`` (a typed name's
namesakes) from pg_trgm (0017_speed); SQLite scanned every name, 20 ms per look-up
on 200,000 clients. ``clients_name_fts`` is an FTS5 table with the ``trigram``
tokenizer, external content on ``clients`` (rowid = ``clients.id``), kept in step
by triggers and filled here from the names already held. Nothing on PostgreSQL.

Revision ID: 0018_sqlite_name_search
Revises: 0017_speed
Create Date: 2026-12-01 17:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0018_sqlite_name_search"
down_revision = "0017_speed"
branch_labels = None
depends_on = None

FTS = "clients_name_fts"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        f"CREATE VIRTUAL TABLE {FTS} USING fts5("
        "search_name, content='clients', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        f"CREATE TRIGGER {FTS}_insert AFTER INSERT ON clients BEGIN "
        f"INSERT INTO {FTS}(rowid, search_name) VALUES (new.id, new.search_name); END"
    )
    op.execute(
        f"CREATE TRIGGER {FTS}_delete AFTER DELETE ON clients BEGIN "
        f"INSERT INTO {FTS}({FTS}, rowid, search_name) "
        "VALUES ('delete', old.id, old.search_name); END"
    )
    op.execute(
        f"CREATE TRIGGER {FTS}_update AFTER UPDATE OF search_name ON clients BEGIN "
        f"INSERT INTO {FTS}({FTS}, rowid, search_name) "
        "VALUES ('delete', old.id, old.search_name); "
        f"INSERT INTO {FTS}(rowid, search_name) VALUES (new.id, new.search_name); END"
    )
    op.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("update", "delete", "insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {FTS}_{trigger}")
    op.execute(f"DROP TABLE IF EXISTS {FTS}")

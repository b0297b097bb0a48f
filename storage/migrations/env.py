"""Alembic environment: the engine comes from ``storage.schema`` (or DATABASE_URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from storage.models import Base
from storage.schema import only_on

config = context.config


def _engine():
    engine = config.attributes.get("engine")
    if engine is None:
        from bot.settings import load_settings
        from storage.engine import make_engine

        engine = make_engine(load_settings().database_url)
    return engine


def _sqlite_foreign_keys(connection: Connection, on: bool) -> None:
    """Switch SQLite's foreign keys on the raw connection, outside any transaction.

    A batch migration rebuilds a table (new table, copy, drop, rename); with
    foreign keys on, dropping a table other rows point at fails. SQLite's own
    recipe (https://www.sqlite.org/lang_altertable.html#otheralter) turns them off
    for the rebuild and runs ``foreign_key_check`` before committing; the pragma
    is a no-op inside a transaction, hence the raw connection.
    """
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def run_migrations_online() -> None:
    engine = _engine()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _sqlite_foreign_keys(connection, on=False)
        try:
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=sqlite,
                compare_type=True,
                include_object=only_on(connection.dialect.name),
            )
            with context.begin_transaction():
                context.run_migrations()
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(
                            f"the migration left rows pointing nowhere: {broken[:5]}"
                        )
            connection.commit()
        finally:
            if sqlite:
                connection.rollback()
                _sqlite_foreign_keys(connection, on=True)


run_migrations_online()

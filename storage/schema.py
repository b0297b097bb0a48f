"""Alembic driven from code: ``cmsbot db upgrade`` and the start-up check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from storage import name_search

MIGRATIONS = Path(__file__).parent / "migrations"


class SchemaNotCurrent(RuntimeError):
    """The database is not migrated to the code's schema (``cmsbot db upgrade`` fixes it).

    Storage's own error, so storage needs nothing above it; ``bot.errors`` re-exports it
    and the CLI and the health check show its sentence.
    """


def only_on(dialect: str) -> Callable[..., bool]:
    """Alembic's ``include_object`` for a database of ``dialect``: a schema item the
    models mark ``info={"only_on": …}`` for another backend (a PostgreSQL-only index)
    is not that database's to have."""

    def include(item: Any, _name: Any, _type: Any, _reflected: Any, _compare_to: Any) -> bool:
        if _type == "table" and _reflected and name_search.is_own(str(_name)):
            return False  # SQLite's FTS table: made by migration 0018, not in the models
        wanted = getattr(item, "info", {}).get("only_on")
        return wanted is None or wanted == dialect

    return include


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    command.downgrade(alembic_config(engine), revision)


def head_revision() -> str | None:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def require_current(engine: Engine) -> None:
    """Raise ``SchemaNotCurrent`` unless the database is at the code's head revision."""
    current, head = current_revision(engine), head_revision()
    if current != head:
        state = "not created" if current is None else f"at revision {current}, code expects {head}"
        raise SchemaNotCurrent(f"The database is {state}: run `cmsbot db upgrade` first.")

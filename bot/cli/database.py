"""Which database a ``cmsbot`` command opens, and the refusals before it does.

Every command that opens the database takes ``--db PATH|URL`` (else
``DATABASE_URL``). Only ``cmsbot db upgrade`` (and ``cmsbot demo``, in its own
file) may create one: SQLite makes a file on first connect, so any other command
pointed at a missing file would leave an empty ``cms.sqlite3`` behind and then
answer "nothing". Instead it says there is no database there; a migrated but
empty one is named on standard error, so an empty export is not mistaken for an
empty book.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from bot.errors import CmsError
from bot.settings import Settings

DB_HELP = "the database: a SQLite file or a URL (default DATABASE_URL)"


class NoDatabase(CmsError):
    """``--db`` or ``DATABASE_URL`` names a SQLite file that does not exist."""


def with_database(settings: Settings, db: str | None) -> Settings:
    """``settings`` with ``--db`` (a SQLite file or a URL) in place of DATABASE_URL."""
    if not db:
        return settings
    url = db if "://" in db else f"sqlite:///{Path(db).expanduser().resolve()}"
    return replace(settings, database_url=url)


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names (None for another database or an in-memory one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database))


def shown(url: str) -> str:
    """The database as a person would name it: a file's path, else the URL without password."""
    file = sqlite_file(url)
    return str(file) if file is not None else make_url(url).render_as_string(hide_password=True)


def require_existing(settings: Settings) -> None:
    """Raise ``NoDatabase`` when the database is a SQLite file that is not there."""
    file = sqlite_file(settings.database_url)
    if file is not None and not file.is_file():
        raise NoDatabase(
            f"There is no database at {file}. Name the one to use with --db FILE or "
            f"DATABASE_URL (`cmsbot demo` prints its book's path), or create this one with "
            f"`cmsbot db upgrade --db {file}`."
        )


def open_engine(settings: Settings) -> Engine:
    """An engine on an existing database, migrated to the code's revision.

    Raises ``NoDatabase`` for a missing SQLite file and ``SchemaNotCurrent`` for
    an unmigrated database.
    """
    from storage import schema
    from storage.engine import make_engine

    require_existing(settings)
    engine = make_engine(settings.database_url)
    try:
        schema.require_current(engine)
    except Exception:
        engine.dispose()
        raise
    return engine


def open_sessions(
    settings: Settings, *, empty_note: bool = True, err: TextIO | None = None
) -> sessionmaker[Session]:
    """Sessions on the existing, migrated database; says on ``err`` when it holds nothing.

    Raises what ``open_engine`` raises.
    """
    from storage.engine import make_session_factory

    engine = open_engine(settings)
    if empty_note:
        note_if_empty(engine, err=err)
    return make_session_factory(engine)


def note_if_empty(engine: Engine, *, err: TextIO | None = None) -> bool:
    """Say on ``err`` (standard error) that the book holds nothing; True when it does not."""
    with Session(engine) as session:
        empty = is_empty(session)
    if empty:
        url = engine.url.render_as_string(hide_password=True)
        print(empty_sentence(url), file=err or sys.stderr)
    return empty


def is_empty(session: Session) -> bool:
    """Whether the book holds no reps and no clients (a schema and nothing in it)."""
    from storage.models import Client, Rep

    return (
        session.scalar(select(Rep.id).limit(1)) is None
        and session.scalar(select(Client.id).limit(1)) is None
    )


def empty_sentence(url: str) -> str:
    return (
        f"cmsbot: the database {shown(url)} is migrated but empty (no reps, no clients), "
        "so there is nothing to show. Is it the one you meant? Name another with --db FILE "
        "or DATABASE_URL, or load it with `cmsbot import reps|clients FILE.csv`."
    )

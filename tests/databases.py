"""Scratch databases for tests: a migrated SQLite file or PostgreSQL database each.

PostgreSQL databases are created on the server named by TEST_DATABASE_URL with
a unique name, so parallel runs never share tables, and dropped afterwards.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from storage import schema
from storage.engine import make_engine, normalise_url

BACKENDS = ["sqlite", "postgresql"]


def postgres_url() -> str | None:
    return os.environ.get("TEST_DATABASE_URL")


def _admin_conninfo(url: str) -> str:
    parsed = make_url(normalise_url(url))
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


class TemplateDatabases:
    """Migrates once per backend, then hands out copies quickly."""

    def __init__(self, tmp_dir: Path) -> None:
        self.tmp_dir = tmp_dir
        self._sqlite_template: Path | None = None
        self._pg_template: str | None = None
        self._pg_created: list[str] = []

    def sqlite_url(self) -> str:
        if self._sqlite_template is None:
            self._sqlite_template = self.tmp_dir / "template.sqlite3"
            engine = make_engine(f"sqlite:///{self._sqlite_template}")
            schema.upgrade(engine)
            engine.dispose()
        target = self.tmp_dir / f"db-{uuid.uuid4().hex[:10]}.sqlite3"
        shutil.copyfile(self._sqlite_template, target)
        return f"sqlite:///{target}"

    def postgres_url(self) -> str:
        base = postgres_url()
        if base is None:
            raise RuntimeError("TEST_DATABASE_URL is not set")
        if self._pg_template is None:
            self._pg_template = f"cms_tmpl_{uuid.uuid4().hex[:10]}"
            self._create(base, self._pg_template)
            engine = make_engine(self._url(base, self._pg_template), poolclass=None)
            schema.upgrade(engine)
            engine.dispose()
        name = f"cms_test_{uuid.uuid4().hex[:10]}"
        self._create(base, name, template=self._pg_template)
        return self._url(base, name)

    def url(self, backend: str) -> str:
        return self.sqlite_url() if backend == "sqlite" else self.postgres_url()

    def _url(self, base: str, name: str) -> str:
        return (
            make_url(normalise_url(base)).set(database=name).render_as_string(hide_password=False)
        )

    def _create(self, base: str, name: str, template: str | None = None) -> None:
        with psycopg.connect(_admin_conninfo(base), autocommit=True) as conn:
            sql = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
            conn.execute(sql)
        self._pg_created.append(name)

    def drop_all(self) -> None:
        base = postgres_url()
        if base is None or not self._pg_created:
            return
        with psycopg.connect(_admin_conninfo(base), autocommit=True) as conn:
            for name in reversed(self._pg_created):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def engine_for(url: str) -> Iterator[Engine]:
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()

"""Generated books kept between benchmark runs, and a fresh working copy of one for each run.

A 200,000-client book with 5,000,000 contacts takes minutes to generate and
seconds to copy, and a run writes into its book, so each run gets a copy of a
kept one: on SQLite a copy of the file (kept in ``--books``, by default
``/tmp/cms-bench-books``), on PostgreSQL ``CREATE DATABASE … TEMPLATE`` of a kept
database named ``cms_book_<hash>``. A book is kept under its sizes, seed and
names, and migrated to the code's head revision (``cmsbot db upgrade``) before
it is copied. Drop the kept PostgreSQL books with
``python benchmarks/books.py --drop --pg-url …``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_book  # noqa: E402
import psycopg  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from storage.engine import make_engine, normalise_url  # noqa: E402
from storage.schema import current_revision, head_revision, upgrade  # noqa: E402

DEFAULT_PG = os.environ.get("TEST_DATABASE_URL") or "postgresql://postgres@127.0.0.1:5432/test"
DEFAULT_DIR = Path("/tmp/cms-bench-books")
PREFIX = "cms_book_"


@dataclass(frozen=True)
class Shape:
    reps: int
    clients: int
    interactions: int
    seed: int = 20261118
    names: str = "realistic"

    def key(self) -> str:
        text = f"r{self.reps}-c{self.clients}-i{self.interactions}-s{self.seed}-{self.names}"
        return hashlib.sha1(text.encode()).hexdigest()[:12]

    def describe(self) -> str:
        return (
            f"{self.reps:,} reps, {self.clients:,} clients, {self.interactions:,} contacts "
            f"({self.names} names)"
        )


def _generate(url: str, shape: Shape) -> None:
    as_of = datetime.now(UTC).replace(hour=6, minute=0, second=0, microsecond=0)
    started = time.perf_counter()
    print(f"generating a book of {shape.describe()} at {_safe(url)} …", flush=True)
    generate_book.main(
        [
            "--url",
            url,
            "--reps",
            str(shape.reps),
            "--clients",
            str(shape.clients),
            "--interactions",
            str(shape.interactions),
            "--seed",
            str(shape.seed),
            "--names",
            shape.names,
            "--as-of",
            as_of.isoformat(),
        ]
    )
    print(f"book generated in {time.perf_counter() - started:.0f} s", flush=True)


def _migrate(url: str) -> None:
    """The kept book at the code's head revision (a new migration since it was made)."""
    engine = make_engine(url)
    try:
        if current_revision(engine) != head_revision():
            print(f"migrating the kept book to {head_revision()}", flush=True)
            upgrade(engine)
    finally:
        engine.dispose()


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def sqlite_copy(shape: Shape, workdir: Path, books: Path = DEFAULT_DIR, fresh: bool = False) -> str:
    """A SQLite URL of a copy of the kept book (generated first when there is none)."""
    books.mkdir(parents=True, exist_ok=True)
    kept = books / f"book-{shape.key()}.sqlite3"
    if fresh or not kept.exists():
        building = kept.with_suffix(".building")
        building.unlink(missing_ok=True)
        _generate(f"sqlite:///{building}", shape)
        os.replace(building, kept)
    _migrate(f"sqlite:///{kept}")
    copy = workdir / "bench.sqlite3"
    shutil.copyfile(kept, copy)
    return f"sqlite:///{copy}"


def _admin(pg_url: str) -> str:
    url = make_url(normalise_url(pg_url)).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def _with_database(pg_url: str, name: str) -> str:
    return make_url(normalise_url(pg_url)).set(database=name).render_as_string(hide_password=False)


def pg_copy(shape: Shape, name: str, pg_url: str = DEFAULT_PG, fresh: bool = False) -> str:
    """A PostgreSQL URL of database ``name``, made from the kept book (generated if missing)."""
    kept = PREFIX + shape.key()
    with psycopg.connect(_admin(pg_url), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (kept,)).fetchone()
        if fresh and exists:
            conn.execute(f'DROP DATABASE "{kept}" WITH (FORCE)')
            exists = None
        if not exists:
            building = kept + "_building"
            conn.execute(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{building}"')
            _generate(_with_database(pg_url, building), shape)
            conn.execute(f'ALTER DATABASE "{building}" RENAME TO "{kept}"')
        _migrate(_with_database(pg_url, kept))
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        started = time.perf_counter()
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{kept}"')
        print(f"working copy {name} made in {time.perf_counter() - started:.1f} s", flush=True)
    return _with_database(pg_url, name)


def pg_drop(name: str, pg_url: str = DEFAULT_PG) -> None:
    with psycopg.connect(_admin(pg_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description="Make, list or drop the kept books.")
    parser.add_argument("--pg-url", default=DEFAULT_PG)
    parser.add_argument("--drop", action="store_true", help="drop every kept PostgreSQL book")
    parser.add_argument("--make", choices=("sqlite", "postgresql"), help="make one now")
    parser.add_argument("--reps", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--interactions", type=int, help="contacts (25 a client)")
    args = parser.parse_args()
    if args.make:
        shape = Shape(args.reps, args.clients, args.interactions or 25 * args.clients)
        if args.make == "sqlite":
            with tempfile.TemporaryDirectory() as scratch:
                sqlite_copy(shape, Path(scratch))
        else:
            pg_drop(pg_copy(shape, "cms_book_probe", args.pg_url).rsplit("/", 1)[-1], args.pg_url)
        return
    with psycopg.connect(_admin(args.pg_url), autocommit=True) as conn:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s", (PREFIX + "%",)
            )
        ]
    for name in names:
        print(name)
        if args.drop:
            pg_drop(name, args.pg_url)


if __name__ == "__main__":
    main()

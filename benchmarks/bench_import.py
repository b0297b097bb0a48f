"""How fast ``cmsbot import`` loads a firm's book: reps, clients, then years of contact history.

    python benchmarks/bench_import.py                  # SQLite files in a scratch directory
    python benchmarks/bench_import.py --url postgresql://postgres@127.0.0.1:5432/cms_bench_import

Generates CSV files in DESIGN.md's formats (``--reps`` reps, ``--clients``
clients with households, accounts and a coverage team of one to three reps,
``--history`` contacts), then, ``--runs`` times on a freshly migrated empty
database each time (the ``--url`` database is dropped and created again):

- ``import reps`` and ``import clients`` (checked, audited, all-or-nothing);
- ``import interactions`` of the whole history;
- the same history file again (every row already there: nothing written);
- the floor: the history file read with the ``csv`` module, then exactly the
  rows the history import wrote — every contact and every audit event, column
  for column, captured from the first run's database — inserted with bare
  batched INSERTs (SQLAlchemy Core ``insert(table)``, 2,000 rows a statement
  batch) in one transaction, with no lookups, checks, snapshots or MACs (the
  least any import must do: read the file, write the rows and their audit), on
  a database holding the same directory.

Each import runs as ``cmsbot import`` does: one session, one commit. Prints
medians, the slowest run and the ratio of the history import to the floor.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from sqlalchemy import Connection, Engine, Table, insert, select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bot.imports import clients as clients_csv  # noqa: E402
from bot.imports import import_csv  # noqa: E402
from bot.imports import interactions as interactions_csv  # noqa: E402
from bot.imports import reps as reps_csv  # noqa: E402
from storage.engine import is_postgres, make_engine, make_session_factory  # noqa: E402
from storage.models import Base  # noqa: E402
from storage.schema import upgrade  # noqa: E402

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
ZONES = ("Europe/London", "America/New_York", "Asia/Singapore", "Europe/Zurich", "UTC")
CHANNELS = ("phone", "in_person", "email", "video", "mail")
TIERS = ("UHNW", "HNW", "affluent", "corporate executive")
BATCH = 2000


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="PostgreSQL URL of a scratch database (default: SQLite)")
    parser.add_argument("--reps", type=int, default=500)
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--history", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="timed runs (default 3)")
    return parser.parse_args(argv)


# --- the files ---


def write_files(folder: Path, reps: int, clients: int, history: int) -> dict[str, Path]:
    rnd = random.Random(7)
    paths = {kind: folder / f"{kind}.csv" for kind in ("reps", "clients", "interactions")}
    rep_ids = [f"U{n:07d}" for n in range(reps)]
    with paths["reps"].open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(reps_csv.COLUMNS)
        managers = rep_ids[: max(1, reps // 10)]
        for n, uid in enumerate(rep_ids):
            manager = "" if uid in managers else managers[n % len(managers)]
            roles = "rep;manager" if uid in managers else "rep"
            out.writerow([uid, f"Rep {n}", f"rep{n}@example.com", roles, manager, ZONES[n % 5]])
    teams: list[list[str]] = []
    with paths["clients"].open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(clients_csv.COLUMNS)
        for n in range(clients):
            team = rnd.sample(rep_ids, rnd.randint(1, min(3, reps)))
            teams.append(team)
            household = f"Household {n // 3}" if n % 2 else ""
            accounts = ";".join(f"ACC-{n:07d}-{k}" for k in range(rnd.randint(0, 2)))
            kind = "prospect" if n % 7 == 0 else "client"
            out.writerow(
                [
                    f"C{n:07d}",
                    f"Client {n}",
                    kind,
                    household,
                    TIERS[n % 4],
                    ";".join(team),
                    accounts,
                ]
            )
    start = NOW - timedelta(days=5 * 365)
    step = (NOW - start) / max(1, history)
    with paths["interactions"].open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(interactions_csv.COLUMNS)
        for n in range(history):
            client = rnd.randrange(clients)
            rep = rnd.choice(teams[client])
            when = (start + step * n).replace(microsecond=0).isoformat()
            out.writerow([f"C{client:07d}", rep, when, CHANNELS[n % 5], f"Review number {n}", ""])
    return paths


# --- fresh databases ---


@contextmanager
def fresh_database(url: str | None, folder: Path, run: int) -> Iterator[Engine]:
    """An empty, migrated database for one run; PostgreSQL's is dropped and made again."""
    if url is None:
        engine = make_engine(f"sqlite:///{folder / f'run{run}.sqlite3'}")
    else:
        _recreate(url)
        engine = make_engine(url)
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()


def _recreate(url: str) -> None:
    parsed = make_url(url)
    admin = parsed.set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{parsed.database}"')


def timed(engine: Engine, work: Callable[[Session], object]) -> float:
    """Seconds for ``work`` in one session and its commit, as ``cmsbot import`` runs."""
    sessions = make_session_factory(engine)
    began = time.perf_counter()
    with sessions() as session, session.begin():
        work(session)
    return time.perf_counter() - began


Written = list[tuple[Table, list[dict[str, Any]]]]


def _keys(connection: Connection, table: Table) -> set[tuple[Any, ...]]:
    return {tuple(row) for row in connection.execute(select(*table.primary_key.columns))}


def capture(engine: Engine, work: Callable[[], float]) -> tuple[float, Written]:
    """Run ``work`` (timed inside); the rows it added to each table, found by primary key."""
    tables = [t for t in Base.metadata.sorted_tables if t.primary_key.columns]
    with engine.connect() as connection:
        before = {t.name: _keys(connection, t) for t in tables}
    seconds = work()
    written: Written = []
    with engine.connect() as connection:
        for table in tables:
            pk = list(table.primary_key.columns)
            rows = [
                dict(row._mapping)
                for row in connection.execute(select(table))
                if tuple(row._mapping[c.name] for c in pk) not in before[table.name]
            ]
            if rows:
                written.append((table, rows))
    return seconds, written


def floor_insert(session: Session, path: Path, written: Written) -> None:
    """Read the file; insert exactly the rows the import wrote, batched, with nothing else."""
    with path.open(newline="", encoding="utf-8") as handle:
        read = sum(1 for _ in csv.reader(handle))
    assert read > 0
    for table, rows in written:
        for start in range(0, len(rows), BATCH):
            session.execute(insert(table), rows[start : start + BATCH])


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cms-bench-import-") as scratch:
        folder = Path(scratch)
        paths = write_files(folder, args.reps, args.clients, args.history)
        label = "PostgreSQL" if args.url else "SQLite"
        print(
            f"{label}: {args.reps:,} reps, {args.clients:,} clients, "
            f"{args.history:,} contacts; {args.runs} runs, each on a fresh database"
        )
        results: dict[str, list[float]] = {}
        written: Written = []

        def note(name: str, seconds: float) -> None:
            results.setdefault(name, []).append(seconds)

        for run in range(args.runs):
            with fresh_database(args.url, folder, run) as engine:
                assert args.url is None or is_postgres(engine)

                def load(kind: str) -> Callable[[Session], object]:
                    return lambda s: import_csv(s, kind=kind, path=paths[kind], now=NOW)

                note("import reps", timed(engine, load("reps")))
                note("import clients", timed(engine, load("clients")))
                note("import clients again (unchanged)", timed(engine, load("clients")))
                seconds, wrote = capture(engine, lambda: timed(engine, load("interactions")))
                note("import interactions", seconds)
                written = written or wrote
                note("import interactions again (unchanged)", timed(engine, load("interactions")))
            with fresh_database(args.url, folder, args.runs + run) as engine:
                # The directory as the first database had it when the history came in,
                # so the captured ids (contacts, events) are free here too.
                for kind in ("reps", "clients", "clients"):
                    timed(engine, load(kind))
                note(
                    "floor: bare INSERT of the same rows",
                    timed(
                        engine, partial(floor_insert, path=paths["interactions"], written=written)
                    ),
                )
            print(
                f"  run {run + 1}: "
                + ", ".join(f"{k.split(' (')[0]} {v[-1]:.2f}s" for k, v in results.items())
            )

        print(f"\n{'':40} {'median':>9} {'slowest':>9}")
        for name, times in results.items():
            print(f"{name:40} {statistics.median(times):8.2f}s {max(times):8.2f}s")
        history = statistics.median(results["import interactions"])
        floor = statistics.median(results["floor: bare INSERT of the same rows"])
        clients = statistics.median(results["import clients"])
        print(
            "floor wrote: "
            + ", ".join(f"{len(rows):,} rows of {table.name}" for table, rows in written)
        )
        print(
            f"\nhistory import: {args.history / history:,.0f} rows/s, "
            f"{history / floor:.2f}x the floor; "
            f"client import: {args.clients / clients:,.0f} clients/s "
            f"({clients / args.clients * 1000:.2f} ms each)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Generate a realistic book for benchmarking the nudge tick: reps, clients, coverage, contacts.

    python benchmarks/generate_book.py --url postgresql://postgres@127.0.0.1/cms_bench \\
        --reps 2000 --clients 200000 --interactions 5000000

The same seed gives the same rows on both backends (one Python generator, fixed
seed), so SQLite and PostgreSQL timings compare like with like. Rows go in by
COPY on PostgreSQL and by ``executemany`` on SQLite, bypassing the ORM: this is
setting, not behaviour, so no audit events are written.

``--names realistic`` gives clients names as reps type them (first names from
several languages, invented surnames, accents; drawn from their own random
stream, so the rest of the book is the same either way): what
``bench_logcontact.py`` needs to read lines like "met Zoë Marberg for lunch".
The default ``numbered`` names them "Client 0000001".

Shape: reps in six time zones, one manager per twelve reps; tiers UHNW / HNW /
corporate executive with 30 / 60 / 90-day cadences; a primary rep per client
and a secondary for two in five; contacts spread over three years in time
order, more often for higher tiers, so that roughly a quarter of clients are
overdue on the ``--as-of`` day; some follow-ups, undone contacts and snoozes.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bot.parsing.client_match import normalise  # noqa: E402
from storage import schema  # noqa: E402
from storage.engine import make_engine, normalise_url  # noqa: E402

AS_OF = datetime(2026, 11, 18, 6, 0, tzinfo=UTC)
SPAN = timedelta(days=3 * 365)
ZONES = (
    ("America/New_York", 40),
    ("America/Chicago", 15),
    ("America/Los_Angeles", 12),
    ("Europe/London", 15),
    ("Europe/Zurich", 13),
    ("Asia/Kolkata", 5),
)
# tier, share of clients, contacts weight, (max_days, min_days)
TIERS = (("UHNW", 10, 60, (30, 3)), ("HNW", 60, 25, (60, 5)), ("CORP_EXEC", 30, 12, (90, 7)))
CHANNELS = ("in_person", "phone", "phone", "email", "email", "mail", "video")
TEAM_SIZE = 12
FIRST_NAMES = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard "
    "Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark "
    "Sandra Paul Ashley Steven Emily Andrew Donna Kenneth Michelle Joshua Carol Kevin Amanda Brian "
    "Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Laura Edward Sharon Jeffrey Cynthia "
    "Ryan Kathleen Jacob Amy Gary Angela Nicholas Anna Eric Brenda Jonathan Pamela Stephen Emma Larry "
    "Nicole Justin Helen Scott Samantha Brandon Katherine Benjamin Christine Samuel Debra Gregory Rachel "
    "Zoë François Chloé Hélène Jörg Søren Åsa Björn Ioana Răzvan Aditya Priya Ananya Rahul Siti Ahmad "
    "Nurul Hafiz Mei Hiroshi Yuki Olga Dmitri Mateo Lucía Giulia Marco"
).split()
SYLLABLES = (
    "an ber bro car den dor el fer gan har in kel lam mar nor ol per quin ros sel tan ur vel wes "
    "yor zan"
).split()
SUFFIXES = (
    "son",
    "ton",
    "ley",
    "man",
    "er",
    "ford",
    "wood",
    "berg",
    "escu",
    "ini",
    "ez",
    "ova",
    "",
)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="SQLAlchemy URL of an empty database")
    parser.add_argument("--reps", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--interactions", type=int, default=5_000_000)
    parser.add_argument("--seed", type=int, default=20261118)
    parser.add_argument("--as-of", default=AS_OF.isoformat(), help="the book's 'today' (UTC)")
    parser.add_argument(
        "--names",
        choices=("numbered", "realistic"),
        default="numbered",
        help="clients named 'Client 0000001' (default) or as people are",
    )
    return parser.parse_args(argv)


class Loader:
    """Bulk rows into one table: COPY on PostgreSQL, executemany on SQLite."""

    def __init__(self, dbapi: Any, dialect: str) -> None:
        self.dbapi = dbapi
        self.dialect = dialect

    def load(self, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> int:
        count = 0
        if self.dialect == "postgresql":
            cursor = self.dbapi.cursor()
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
            cursor.close()
        else:
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            cursor = self.dbapi.cursor()
            batch: list[tuple[Any, ...]] = []
            for row in rows:
                batch.append(tuple(_sqlite_value(value) for value in row))
                if len(batch) == 20_000:
                    cursor.executemany(sql, batch)
                    count += len(batch)
                    batch.clear()
            cursor.executemany(sql, batch)
            count += len(batch)
            cursor.close()
        self.dbapi.commit()
        return count


def _sqlite_value(value: Any) -> Any:
    """What SQLAlchemy itself would store on SQLite: naive UTC text, ISO dates, 0/1."""
    kind = type(value)
    if kind is datetime:
        # Every generated instant is UTC already; this is the hot path for 5M rows.
        return value.isoformat(" ", "microseconds")[:26]
    if kind is date:
        return value.isoformat()
    if kind is bool:
        return int(value)
    return value


class Book:
    """The generated book, kept as compact arrays so 5M contacts fit in memory easily."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.rng = random.Random(args.seed)
        self.reps = args.reps
        self.clients = args.clients
        self.interactions = args.interactions
        self.as_of = datetime.fromisoformat(args.as_of)
        self.primary = array("i", [0]) * (self.clients + 1)
        self.secondary = array("i", [0]) * (self.clients + 1)
        self.tier = array("b", [0]) * (self.clients + 1)
        self.new_client = array("b", [0]) * (self.clients + 1)
        self.realistic = getattr(args, "names", "numbered") == "realistic"
        self.names_rng = random.Random(args.seed + 1)
        self.surnames: list[str] = []

    def rep_rows(self) -> Iterator[tuple[Any, ...]]:
        zones = [zone for zone, weight in ZONES for _ in range(weight)]
        for rep_id in range(1, self.reps + 1):
            manager = ((rep_id - 1) // TEAM_SIZE) * TEAM_SIZE + 1
            yield (
                rep_id,
                f"U{rep_id:08d}",
                f"Rep {rep_id}",
                f"rep{rep_id}@example.com",
                None if manager == rep_id else manager,
                zones[self.rng.randrange(len(zones))],
                "en-US",
                self.as_of,
                True,
                self.as_of - SPAN,
                self.as_of - SPAN,
            )

    def role_rows(self) -> Iterator[tuple[Any, ...]]:
        for rep_id in range(1, self.reps + 1):
            yield (rep_id, "rep")
            if (rep_id - 1) % TEAM_SIZE == 0:
                yield (rep_id, "manager")

    def household_rows(self) -> Iterator[tuple[Any, ...]]:
        for household_id in range(1, self.households() + 1):
            yield (household_id, f"Household {household_id}", self.as_of - SPAN)

    def households(self) -> int:
        return max(1, self.clients * 2 // 5)

    def client_rows(self) -> Iterator[tuple[Any, ...]]:
        shares = [index for index, (_t, share, _w, _c) in enumerate(TIERS) for _ in range(share)]
        for client_id in range(1, self.clients + 1):
            tier = shares[self.rng.randrange(len(shares))]
            self.tier[client_id] = tier
            self.new_client[client_id] = self.rng.random() < 0.01
            name = self.client_name(client_id)
            created = self.as_of - (
                timedelta(days=self.rng.randrange(1, 90))
                if self.new_client[client_id]
                else SPAN + timedelta(days=self.rng.randrange(0, 700))
            )
            yield (
                client_id,
                f"C{client_id:08d}",
                name,
                normalise(name),
                "prospect" if self.rng.random() < 0.15 else "client",
                self.rng.randrange(1, self.households() + 1),
                TIERS[tier][0],
                True,
                created,
                created,
            )

    def client_name(self, client_id: int) -> str:
        if not self.realistic:
            return f"Client {client_id:07d}"
        rng = self.names_rng
        if not self.surnames:
            self.surnames = sorted(
                {
                    (
                        rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(SUFFIXES)
                    ).capitalize()
                    for _ in range(20_000)
                }
            )
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(self.surnames)}"

    def coverage_rows(self) -> Iterator[tuple[Any, ...]]:
        coverage_id = 0
        for client_id in range(1, self.clients + 1):
            # Clients are spread over reps; a manager covers a smaller book.
            primary = self.rng.randrange(1, self.reps + 1)
            self.primary[client_id] = primary
            since = (
                self.as_of - timedelta(days=self.rng.randrange(1, 90))
                if self.new_client[client_id]
                else self.as_of - SPAN - timedelta(days=self.rng.randrange(0, 30))
            )
            coverage_id += 1
            yield (coverage_id, client_id, primary, "primary", since, None)
            if self.rng.random() < 0.4:
                secondary = self.rng.randrange(1, self.reps + 1)
                if secondary != primary:
                    self.secondary[client_id] = secondary
                    coverage_id += 1
                    yield (coverage_id, client_id, secondary, "secondary", since, None)
            if self.rng.random() < 0.05:
                former = self.rng.randrange(1, self.reps + 1)
                if former not in (primary, self.secondary[client_id]):
                    coverage_id += 1
                    ended = self.as_of - timedelta(days=self.rng.randrange(30, 400))
                    yield (coverage_id, client_id, former, "secondary", since, ended)

    def interaction_rows(self) -> Iterator[tuple[Any, ...]]:
        """Contacts in time order (as they would be logged), clients weighted by tier."""
        pool = array("i")
        for client_id in range(1, self.clients + 1):
            if not self.new_client[client_id]:
                pool.extend([client_id] * TIERS[self.tier[client_id]][2])
        rng, size = self.rng, len(pool)
        start = self.as_of - SPAN
        step = SPAN / max(1, self.interactions)
        for interaction_id in range(1, self.interactions + 1):
            client_id = pool[int(rng.random() * size)]
            secondary = self.secondary[client_id]
            rep = secondary if secondary and rng.random() < 0.3 else self.primary[client_id]
            occurred = start + step * interaction_id - timedelta(minutes=rng.randrange(0, 600))
            follow_up = (
                occurred.date() + timedelta(days=rng.randrange(7, 45))
                if rng.random() < 0.08
                else None
            )
            deleted = occurred + timedelta(minutes=5) if rng.random() < 0.005 else None
            yield (
                interaction_id,
                client_id,
                rep,
                rep,
                occurred,
                CHANNELS[int(rng.random() * len(CHANNELS))],
                "",
                follow_up,
                "import",
                occurred,
                occurred,
                deleted,
                rep if deleted else None,
            )

    def snooze_rows(self) -> Iterator[tuple[Any, ...]]:
        for snooze_id, client_id in enumerate(range(1, self.clients + 1, 97), start=1):
            created = self.as_of - timedelta(days=self.rng.randrange(1, 20))
            until = created + timedelta(days=self.rng.choice((7, 14, 30)))
            yield (snooze_id, self.primary[client_id], client_id, created, until, None)

    def override_rows(self) -> Iterator[tuple[Any, ...]]:
        for client_id in range(7, self.clients + 1, 150):
            yield (client_id, 45, 2, self.as_of - SPAN)


def _timed(label: str, run: Callable[[], int]) -> None:
    started = time.perf_counter()
    count = run()
    print(f"{label:<14} {count:>10,} rows in {time.perf_counter() - started:6.1f} s", flush=True)


def generate(args: argparse.Namespace) -> None:
    url = normalise_url(args.url)
    engine = make_engine(url)
    schema.upgrade(engine)
    dialect = engine.dialect.name
    with engine.connect() as connection:
        if connection.scalar(text("SELECT COUNT(*) FROM reps")):
            raise SystemExit(f"{make_url(url).database} already has reps: give an empty database")
    engine.dispose()

    dbapi = _connect(url, dialect)
    loader = Loader(dbapi, dialect)
    book = Book(args)
    started = time.perf_counter()
    cols = "id slack_user_id name email manager_id timezone locale profile_refreshed_at active created_at updated_at"
    _timed("reps", lambda: loader.load("reps", cols.split(), book.rep_rows()))
    _timed("rep_roles", lambda: loader.load("rep_roles", ["rep_id", "role"], book.role_rows()))
    _timed(
        "households",
        lambda: loader.load("households", ["id", "name", "created_at"], book.household_rows()),
    )
    cols = "id external_id name search_name kind household_id tier active created_at updated_at"
    _timed("clients", lambda: loader.load("clients", cols.split(), book.client_rows()))
    cols = "id client_id rep_id role started_at ended_at"
    _timed("coverage", lambda: loader.load("coverage", cols.split(), book.coverage_rows()))
    cols = (
        "id client_id rep_id author_id occurred_at channel notes follow_up_on source "
        "created_at updated_at deleted_at deleted_by_id"
    )
    _timed(
        "interactions", lambda: loader.load("interactions", cols.split(), book.interaction_rows())
    )
    cols = "id rep_id client_id created_at until ended_at"
    _timed("snoozes", lambda: loader.load("snoozes", cols.split(), book.snooze_rows()))
    cols = "client_id max_days min_days updated_at"
    _timed(
        "overrides", lambda: loader.load("cadence_overrides", cols.split(), book.override_rows())
    )
    policies = [(tier, days[0], days[1], book.as_of) for tier, _s, _w, days in TIERS]
    _timed(
        "policies",
        lambda: loader.load(
            "cadence_policies", ["tier", "max_days", "min_days", "updated_at"], iter(policies)
        ),
    )
    _finish(dbapi, dialect)
    print(f"done in {time.perf_counter() - started:.1f} s", flush=True)


def _connect(url: str, dialect: str) -> Any:
    parsed = make_url(url)
    if dialect == "postgresql":
        import psycopg

        conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        connection = psycopg.connect(conninfo)
        # The rows are consistent by construction; skip per-row foreign-key triggers.
        connection.execute("SET session_replication_role = replica")
        return connection
    import sqlite3

    connection = sqlite3.connect(parsed.database or "")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA cache_size=-1000000")
    connection.execute("PRAGMA foreign_keys=OFF")
    return connection


def _finish(dbapi: Any, dialect: str) -> None:
    """Fix sequences after explicit ids, and give the planners statistics."""
    if dialect == "postgresql":
        for table in ("reps", "households", "clients", "coverage", "interactions", "snoozes"):
            dbapi.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        dbapi.commit()
        dbapi.autocommit = True
        dbapi.execute("VACUUM ANALYZE")
    else:
        dbapi.execute("ANALYZE")
        dbapi.commit()
    dbapi.close()


def main(argv: Sequence[str] | None = None) -> None:
    generate(parse_args(argv))


if __name__ == "__main__":
    main()

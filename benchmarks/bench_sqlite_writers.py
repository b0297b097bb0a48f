"""Short SQLite write transactions from many threads: the old write-lock polling against the queue.

    python benchmarks/bench_sqlite_writers.py                       # 8 threads, one process
    python benchmarks/bench_sqlite_writers.py --processes 2         # like serve --workers 2
    python benchmarks/bench_sqlite_writers.py --threads 8 --inside-ms 3 --outside-ms 2 --seconds 5

Each thread repeats a transaction shaped like a /logcontact write: take the
write lock, read a head row, a few milliseconds of Python work (``--inside-ms``,
pure bytecode holding the GIL, as a service does), insert a row, update the
head, commit; then ``--outside-ms`` of Python work outside any transaction (the
request's parsing and rendering). The time of a transaction is its wall time
from asking for the lock to the end of its commit: what a request waits for.

Modes, each run in fresh processes, alternated ``--rounds`` times in one run
so that other load on the machine falls on both alike:

- ``old``: every writer polls ``BEGIN IMMEDIATE`` every millisecond with the
  busy timeout at zero (storage/engine.py as at e76f95b, copied here);
- ``new``: ``storage.engine.make_engine`` (writers of a process wait in line,
  only the first polls SQLite);
- ``floor``: the same transactions from one thread alone: no waiting at all.
  With T threads writing in turn the best a transaction can do is about T
  times the floor's, and the best rate is the floor's.

Prints p50 / p99 / max milliseconds and transactions a second for each mode,
and checks that the head counted every transaction.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Engine, create_engine, event, text  # noqa: E402

from storage.engine import make_engine, make_session_factory  # noqa: E402

BUSY_TIMEOUT_MS = 30_000


def old_engine(url: str) -> Engine:
    """The engine as it was: every writer polls SQLite's lock (storage/engine.py at e76f95b)."""
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        if not poll_write_lock(connection.connection.dbapi_connection):
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def poll_write_lock(raw: Any) -> bool:
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    raw.execute("PRAGMA busy_timeout=0")
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return True
            except sqlite3.OperationalError as error:
                busy = getattr(error, "sqlite_errorcode", None) in (
                    sqlite3.SQLITE_BUSY,
                    sqlite3.SQLITE_LOCKED,
                )
                if not busy or time.monotonic() >= deadline:
                    return False
            time.sleep(0.001)
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def spin(iterations: int) -> int:
    """Pure Python work that holds the GIL between bytecodes, as a service's does."""
    total = 0
    for i in range(iterations):
        total = (total + i * i) % 1_000_003
    return total


def calibrate() -> int:
    """Iterations of ``spin`` in one millisecond on this machine (the best of a few tries)."""
    spin(20_000)
    best = min(_timed_spin(50_000) for _ in range(5))
    return max(1, int(50_000 / (best * 1000)))


def _timed_spin(iterations: int) -> float:
    started = time.perf_counter()
    spin(iterations)
    return time.perf_counter() - started


def prepare(path: Path) -> str:
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE head (id INTEGER PRIMARY KEY, n INTEGER)")
        connection.exec_driver_sql("INSERT INTO head VALUES (1, 0)")
        connection.exec_driver_sql(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, n INTEGER, body TEXT)"
        )
    engine.dispose()
    return url


def child(args: argparse.Namespace) -> None:
    """One process's writers; prints its transactions' times and the span they ran in."""
    engine = old_engine(args.url) if args.mode == "old" else make_engine(args.url)
    writes = make_session_factory(engine)
    threads = 1 if args.mode == "floor" else args.threads
    inside, outside = int(args.inside_ms * args.per_ms), int(args.outside_ms * args.per_ms)
    body = "x" * 400
    times: list[list[float]] = [[] for _ in range(threads)]
    start = threading.Barrier(threads + 1)
    stop_at = [0.0]

    failed: list[BaseException] = []

    def write(mine: list[float]) -> None:
        start.wait()
        try:
            transactions(mine)
        except BaseException as error:
            failed.append(error)
            raise

    def transactions(mine: list[float]) -> None:
        while time.monotonic() < stop_at[0]:
            asked = time.perf_counter()
            with writes.begin() as session:
                n = session.scalar(text("SELECT n FROM head WHERE id = 1"))
                spin(inside)
                session.execute(
                    text("INSERT INTO events (n, body) VALUES (:n, :body)"), {"n": n, "body": body}
                )
                session.execute(text("UPDATE head SET n = :n WHERE id = 1"), {"n": n + 1})
            mine.append(time.perf_counter() - asked)
            spin(outside)

    workers = [threading.Thread(target=write, args=(mine,)) for mine in times]
    for worker in workers:
        worker.start()
    began = time.monotonic()
    stop_at[0] = began + args.seconds
    start.wait()
    for worker in workers:
        worker.join()
    ended = time.monotonic()
    engine.dispose()
    if failed:
        raise SystemExit(f"{len(failed)} writer thread(s) failed")
    print(json.dumps({"times": [t for mine in times for t in mine], "span": ended - began}))


def run_mode(mode: str, args: argparse.Namespace, per_ms: int) -> tuple[list[float], float]:
    with tempfile.TemporaryDirectory() as scratch:
        url = prepare(Path(scratch) / "writers.sqlite3")
        processes = 1 if mode == "floor" else args.processes
        command = [
            sys.executable,
            __file__,
            "--child",
            "--mode",
            mode,
            "--url",
            url,
            "--per-ms",
            str(per_ms),
            "--threads",
            str(args.threads),
            "--inside-ms",
            str(args.inside_ms),
            "--outside-ms",
            str(args.outside_ms),
            "--seconds",
            str(args.seconds),
        ]
        children = [subprocess.Popen(command, stdout=subprocess.PIPE) for _ in range(processes)]
        results = []
        for process in children:
            out, _ = process.communicate()
            if process.returncode != 0:
                raise SystemExit(f"{mode}: a writer process failed")
            results.append(json.loads(out))
        times = [t for result in results for t in result["times"]]
        engine = make_engine(url)
        with engine.connect() as connection:
            counted = connection.scalar(text("SELECT n FROM head"))
            rows = connection.scalar(text("SELECT count(*) FROM events"))
        engine.dispose()
        if counted != len(times) or rows != len(times):
            raise SystemExit(f"{mode}: {len(times)} transactions, head says {counted}, {rows} rows")
        return times, max(result["span"] for result in results)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def load_average() -> str:
    """The machine's one-minute load (other work on it skews every mode)."""
    loadavg = Path("/proc/loadavg")
    return loadavg.read_text().split()[0] if loadavg.exists() else "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--inside-ms", type=float, default=3.0)
    parser.add_argument("--outside-ms", type=float, default=2.0)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--per-ms", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    per_ms = calibrate()
    print(
        f"{args.processes} process(es) x {args.threads} threads, {args.inside_ms} ms of Python "
        f"inside each transaction, {args.outside_ms} ms outside, {args.seconds} s a round, "
        f"{args.rounds} rounds; load average {load_average()}"
    )
    pooled: dict[str, tuple[list[float], float]] = {}
    for round_ in range(args.rounds):
        # Alternated, so neither mode always runs first after the floor.
        for mode in ("floor", "old", "new") if round_ % 2 == 0 else ("floor", "new", "old"):
            times, span = run_mode(mode, args, per_ms)
            before, spent = pooled.get(mode, ([], 0.0))
            pooled[mode] = (before + times, spent + span)
    print(f"{'mode':<8} {'txns':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'per s':>7}")
    for mode, (times, spent) in pooled.items():
        ms = [t * 1000 for t in times]
        print(
            f"{mode:<8} {len(ms):>7} {statistics.median(ms):>8.1f} {percentile(ms, 0.99):>8.1f} "
            f"{max(ms):>8.1f} {len(ms) / spent:>7.0f}"
        )
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    main()

"""Benchmark one full nudge tick against the floor of the bare SQL it needs, in the same run.

    python benchmarks/bench_nudge_tick.py --url sqlite:///book.sqlite3 --runs 5

(a) **floor**: every SQL statement a dry-run tick issues, captured from a
    warm-up tick and replayed verbatim on a raw DBAPI connection, all rows
    fetched, nothing else done with them;
(b) **tick**: ``run_tick(dry_run=True)`` — deciding who is due, the set-based
    lists, reading every row in its reader's zone, rendering every DM;
(c) with ``--send``: a real tick with Slack stubbed out (a poster that answers
    at once), so ledger claims and marks are measured too; the day's ledger
    rows are deleted after each run.

Runs alternate (a, b, c, a, b, c, …) so each pair sees the same machine load;
medians are printed with the ratio b / a. Point ``--url`` at a book made by
``benchmarks/generate_book.py``; the default ``--at`` (Wednesday 17:00 UTC) has
every rep of that book due at once (09:00 in Los Angeles, 22:30 in Kolkata).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import delete, event  # noqa: E402

from bot.app import build_deps  # noqa: E402
from bot.cadence.nudges import run_tick  # noqa: E402
from bot.clock import FixedClock  # noqa: E402
from bot.settings import Settings  # noqa: E402
from storage.engine import make_engine  # noqa: E402
from storage.models import NudgeLedger  # noqa: E402

DEFAULT_AT = "2026-11-18T17:00:00+00:00"


class InstantSlack:
    """A poster that answers every post at once: measures our side of sending only."""

    def __init__(self) -> None:
        self.posts = 0

    def chat_postMessage(self, **_: Any) -> dict[str, Any]:  # noqa: N802 - slack_sdk's name
        self.posts += 1
        return {"ok": True, "ts": f"{self.posts}.000001"}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="SQLAlchemy URL of a generated book")
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each (default 5)")
    parser.add_argument("--at", default=DEFAULT_AT, help="the tick's instant (ISO 8601)")
    parser.add_argument("--send", action="store_true", help="also time a sending tick (stub Slack)")
    return parser.parse_args(argv)


def capture(engine: Any, run: Any) -> list[tuple[str, Any]]:
    """Every statement (with its parameters) that ``run()`` sends to the database."""
    seen: list[tuple[str, Any]] = []

    def listen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", listen)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    return seen


def floor(engine: Any, statements: list[tuple[str, Any]]) -> int:
    """Replay the statements on a raw connection, fetching every row; returns the row count."""
    raw = engine.raw_connection()
    rows = 0
    try:
        cursor = raw.cursor()
        for statement, parameters in statements:
            cursor.execute(statement, parameters)
            if cursor.description is not None:
                rows += len(cursor.fetchall())
        raw.commit()
    finally:
        raw.close()
    return rows


def timed(run: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    at = datetime.fromisoformat(args.at)
    engine = make_engine(args.url)
    settings = Settings(database_url=args.url, bot_token="xoxb-unused")
    deps = build_deps(settings, clock=FixedClock(at), engine=engine)

    def tick() -> Any:
        return run_tick(deps, now=at, dry_run=True)

    def send() -> Any:
        stub = InstantSlack()
        report = run_tick(deps, now=at, pace=0, poster=stub)
        with deps.sessions.begin() as session:
            session.execute(delete(NudgeLedger).where(NudgeLedger.claimed_at == at))
        return report

    statements = capture(engine, tick)  # also the warm-up: caches, compiled SQL
    report = tick()
    due = len(report.outcomes)
    messages = sum(1 for o in report.outcomes if o.status == "would send")
    listed = sum(len(o.due) for o in report.outcomes)
    rows = floor(engine, statements)
    print(f"database: {engine.dialect.name} ({engine.url.render_as_string(hide_password=True)})")
    print(f"tick at {at.isoformat()}: {due} reps due, {messages} DMs, {listed} clients listed")
    print(f"floor: {len(statements)} statements, {rows} rows fetched")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")

    floors, ticks, sends = [], [], []
    for _ in range(args.runs):
        floors.append(timed(lambda: floor(engine, statements))[0])
        ticks.append(timed(tick)[0])
        if args.send:
            sends.append(timed(send)[0])
    f, t = statistics.median(floors), statistics.median(ticks)
    print(f"(a) floor, bare SQL      median {f:7.3f} s   runs {_list(floors)}")
    print(f"(b) tick, dry run        median {t:7.3f} s   runs {_list(ticks)}")
    print(f"    ratio b / a          {t / f:7.2f}")
    if sends:
        s = statistics.median(sends)
        print(f"(c) tick, sending (stub) median {s:7.3f} s   runs {_list(sends)}")
    print(f"load average at end {os.getloadavg()[0]:.2f}")
    engine.dispose()


def _list(values: list[float]) -> str:
    return " ".join(f"{v:.3f}" for v in values)


if __name__ == "__main__":
    main()

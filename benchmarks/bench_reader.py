"""The one-line reader's time per line, after warm-up: the corpus's 507 lines, read as /logcontact does.

    python benchmarks/bench_reader.py              # 5 passes over the corpus
    python benchmarks/bench_reader.py --passes 20

Builds the corpus's book (7 reps, 57 clients) in an in-memory SQLite database,
reads every line once to warm up (module-level tables, caches, rapidfuzz), then
times each line ``--passes`` times: ``parse_contact`` alone (pure text) and
``interpret`` (parse, find the client in the rep's book and the firm's, settle
currencies), which is what a line costs the bot before recording it. Prints
median, p90, p99 and max per line of both, in milliseconds.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bot.contacts.quicklog import interpret  # noqa: E402
from bot.errors import CmsError  # noqa: E402
from bot.parsing import parse_contact  # noqa: E402
from storage.models import Base  # noqa: E402
from tests.parsing.test_reader_corpus import build_book, load  # noqa: E402


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    corpus = load()
    now = datetime.fromisoformat(corpus["now"].replace("Z", "+00:00"))
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        reps = build_book(session, corpus)
        lines = [(reps[line["rep"]], line["text"]) for line in corpus["lines"]]

        def read(rep, text):  # type: ignore[no-untyped-def]
            with contextlib.suppress(CmsError):  # a refusal (not covered) is a reading too
                interpret(session, actor=rep, text=text, now=now, idempotency_key=None)

        for rep, text in lines:  # warm-up
            read(rep, text)
        parse_times: list[float] = []
        read_times: list[float] = []
        for _ in range(args.passes):
            for rep, text in lines:
                started = time.perf_counter()
                parse_contact(text, now=now, timezone=rep.timezone, locale=rep.locale)
                parse_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                read(rep, text)
                read_times.append(time.perf_counter() - started)
    print(f"{len(lines)} lines x {args.passes} passes, after one warm-up pass (ms per line)")
    print(f"{'':>14} {'median':>8} {'p90':>8} {'p99':>8} {'max':>8}")
    for name, times in (("parse_contact", parse_times), ("interpret", read_times)):
        ms = [t * 1000 for t in times]
        print(
            f"{name:>14} {statistics.median(ms):8.2f} {quantile(ms, 0.9):8.2f} "
            f"{quantile(ms, 0.99):8.2f} {max(ms):8.2f}"
        )


if __name__ == "__main__":
    main()

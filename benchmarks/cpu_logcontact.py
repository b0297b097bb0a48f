"""CPU (not wall time) per /logcontact line: what a line costs, measurable on a busy machine.

    python benchmarks/cpu_logcontact.py --db postgresql --path service --lines 300
    python benchmarks/cpu_logcontact.py --db sqlite --path http --lines 300
    python benchmarks/cpu_logcontact.py --db postgresql --path service --profile out.prof

``bench_logcontact.py`` times what a rep waits for with eight senders, which
only a quiet machine can measure. This one sends the same kind of lines (its
``lines``, on the same kept book: ``books.py``) one at a time and reports the
CPU each costs, which other work on the machine changes far less:

- ``--path service``: in this process, what the lazy listener runs for a line
  (the reader's language, ``record_line``, the claims posted to the
  controllers) with the reply captured instead of posted: this thread's CPU
  per line, the statements it sent, and on PostgreSQL its backend's CPU.
- ``--path http``: ``cmsbot serve --workers 1`` in its own process, each line
  a signed slash command whose reply is awaited at the stand-in's response
  URL: the server processes' CPU per line (Bolt, the HTTP door, the reply post
  included), on PostgreSQL its backends' too, and ``/cms help`` sent the same
  way as the floor.

``--profile`` writes a cProfile of the service path (``--path service``).
Medians of ``--rounds`` rounds are printed; run before and after a change and
compare those.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import books  # noqa: E402
import psycopg  # noqa: E402
from bench_logcontact import DESK, Desk, Sample, TimedStandIn, lines, read_book  # noqa: E402
from sqlalchemy import event  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from watch import TICK, PySpy, _proc_stat  # noqa: E402

from tests.fault_process import BOT_TOKEN, CONTROLLERS, SIGNING_SECRET, ServeProcess  # noqa: E402


def _backends(url: str) -> list[int]:
    """Pids of the PostgreSQL backends connected to ``url``'s database (none on SQLite)."""
    if "postgresql" not in url:
        return []
    parsed = make_url(url)
    admin = parsed.set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s", (parsed.database,)
        ).fetchall()
    return [int(pid) for (pid,) in rows]


def _cpu(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        stat = _proc_stat(pid)
        if stat is not None:
            total += stat[2]
    return total


def _tree(root: int) -> list[int]:
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _proc_stat(int(entry))
            if stat is not None:
                parents[int(entry)] = stat[1]
    found = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in found and pid not in found:
                found.add(pid)
                grew = True
    return sorted(found)


CALLGRIND = ("valgrind", "--tool=callgrind", "--instr-atstart=no")


def _callgrind(*options: str, pid: int | None = None) -> None:
    """Switch valgrind's instrumentation of a process run under ``CALLGRIND`` (this one)."""
    subprocess.run(
        ["callgrind_control", *options, str(pid or os.getpid())], check=True, capture_output=True
    )


def _instructions(pid: int | None = None, where: Path | None = None) -> int:
    """Instructions counted since the last dump (``callgrind_control --dump`` writes them)."""
    pid = pid or os.getpid()
    _callgrind("--dump", pid=pid)
    dumps = sorted((where or Path.cwd()).glob(f"callgrind.out.{pid}*"), key=os.path.getmtime)
    total = 0
    for line in dumps[-1].read_text(errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            total = int(line.split()[1])
    for dump in dumps:
        dump.unlink()
    return total


def _standin(book: dict[str, list[str]]) -> TimedStandIn:
    standin = TimedStandIn(token=BOT_TOKEN, post_limit=None)
    standin.start()
    for channel, name in ((DESK, "desk"), (CONTROLLERS, "controllers")):
        standin.add_channel(channel, name, members=[standin.bot_user_id], everyone=True)
    for user in book:
        standin.add_user(user, f"rep.{user.lower()}", tz="America/New_York")
    return standin


def service(url: str, args: argparse.Namespace) -> None:
    from bot.app import build_app
    from bot.delivery.pacing import Pacer
    from bot.i18n import speaking
    from bot.settings import Settings
    from handlers.blocks.contact_reply import Pending
    from handlers.commands.logcontact import record_line
    from handlers.reply import Reply

    class Captured(Reply):
        said: list[str] = []

        def send(self, text: str, blocks: Any = None, **_kwargs: Any) -> bool:
            Captured.said.append(text)
            return True

    rng = random.Random(args.seed)
    book = read_book(url)
    standin = _standin(book)
    settings = Settings(
        bot_token=BOT_TOKEN,
        signing_secret=SIGNING_SECRET,
        api_url=standin.api_url,
        database_url=url,
        controllers_channel=CONTROLLERS,
    )
    cms = build_app(settings, mode="http")
    deps = cms.deps
    statements = [0]
    shown: list[str] = []

    @event.listens_for(deps.engine, "before_cursor_execute")
    def counted(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements[0] += 1
        if showing[0]:
            shown.append(" ".join(statement.split())[:160])

    showing = [False]

    def one(sample: Sample) -> None:
        reply = Captured(client=deps.client, user_id=sample.user, response_url="captured")
        pending = Pending(
            t=sample.line, at=datetime.now(UTC).isoformat(), k=f"slash:{uuid.uuid4().hex}"
        )
        # As ``lanes.settled`` runs /logcontact (``reads_rep``): the line sets the language.
        with speaking(deps.settings.default_locale):
            record_line(deps, user_id=sample.user, pending=pending, reply=reply)

    try:
        if args.busy_channel:
            # As when the desk raises claims faster than one a second: the controllers'
            # channel's next slot is always further off than a line's post may wait.
            Pacer(deps.sessions).hold_off(CONTROLLERS, 24 * 3600)
        for sample in lines(rng, book, args.warmup):
            one(sample)
        for sample in lines(rng, book, args.show_sql):
            showing[0] = True
            one(sample)
            showing[0] = False
            print(f"{sample.line!r}: {len(shown)} statements")
            for statement in shown:
                print(f"  {statement}")
            shown.clear()
        pids = _backends(url)
        rounds = []
        for _ in range(args.rounds):
            batch = lines(rng, book, args.lines)
            Captured.said.clear()
            statements[0] = 0
            db_before, started = _cpu(pids), time.thread_time()
            profiler = cProfile.Profile() if args.profile else None
            if profiler:
                profiler.enable()
            if args.callgrind:
                _callgrind("--instr=on")
            for sample in batch:
                one(sample)
            if args.callgrind:
                _callgrind("--instr=off")
                print(f"instructions: {_instructions() / len(batch):,.0f} a line", flush=True)
            if profiler:
                profiler.disable()
                profiler.dump_stats(args.profile)
            python = (time.thread_time() - started) * 1000 / len(batch)
            db = (_cpu(pids) - db_before) * 1000 / len(batch)
            logged = sum(1 for said in Captured.said if said.startswith("Logged"))
            rounds.append((python, db, statements[0] / len(batch)))
            print(
                f"round: Python {python:.2f} ms a line, PostgreSQL backends {db:.2f} ms, "
                f"{statements[0] / len(batch):.1f} statements; {logged}/{len(batch)} logged",
                flush=True,
            )
        _medians(rounds, ("Python", "PostgreSQL", "statements"))
    finally:
        cms.close()
        standin.stop()


def http(url: str, args: argparse.Namespace, workdir: Path) -> None:
    rng = random.Random(args.seed)
    book = read_book(url)
    standin = _standin(book)
    server = ServeProcess(
        database_url=url,
        api_url=standin.api_url,
        workdir=workdir,
        name="serve-cpu",
        args=("--workers", "1", "--threads", str(args.threads)),
    )
    if args.callgrind:
        server.command = [*CALLGRIND, "--trace-children=yes", *server.command]
    server.start(timeout=900 if args.callgrind else 180)
    desk = Desk(standin, server.events_url, 120.0 if args.callgrind else 10.0)
    reps = sorted(book)
    try:
        warm = [Sample("/cms", rng.choice(reps), "help") for _ in range(args.warmup)]
        desk.run(warm + lines(rng, book, args.warmup), 1)
        assert server.process is not None
        tree, pids = _tree(server.process.pid), _backends(url)
        rounds = []
        for round_ in range(args.rounds):
            spy = (
                PySpy(args.py_spy, server.process.pid, Path(args.py_spy_output))
                if args.py_spy and round_ == 0
                else None
            )
            if spy:
                spy.__enter__()
            figures = []
            for batch in (
                [Sample("/cms", rng.choice(reps), "help") for _ in range(args.lines)],
                lines(rng, book, args.lines),
            ):
                before, db_before = _cpu(tree), _cpu(pids)
                for pid in tree if args.callgrind else ():
                    _callgrind("--instr=on", pid=pid)
                desk.run(batch, 1)
                if args.callgrind:
                    for pid in tree:
                        _callgrind("--instr=off", pid=pid)
                    counted = sum(_instructions(pid, workdir) for pid in tree)
                    print(
                        f"instructions: {counted / len(batch):,.0f} a {batch[0].command}",
                        flush=True,
                    )
                figures.append((_cpu(tree) - before) * 1000 / len(batch))
                figures.append((_cpu(pids) - db_before) * 1000 / len(batch))
                outcomes = [s.outcome for s in batch]
            if spy:
                spy.__exit__()
            logged = outcomes.count("logged")
            rounds.append((figures[2], figures[3], figures[0]))
            print(
                f"round: server {figures[2]:.2f} ms a line, PostgreSQL backends "
                f"{figures[3]:.2f} ms; /cms help server {figures[0]:.2f} ms; "
                f"{logged}/{args.lines} logged (CPU ticks of {1000 / TICK:.0f} ms)",
                flush=True,
            )
        _medians(rounds, ("server", "PostgreSQL", "/cms help server"))
    finally:
        server.stop()
        standin.stop()


def _medians(rounds: Sequence[tuple[float, ...]], names: tuple[str, ...]) -> None:
    medians = [statistics.median(r[i] for r in rounds) for i in range(len(names))]
    print(
        f"medians of {len(rounds)}: "
        + ", ".join(f"{name} {value:.2f}" for name, value in zip(names, medians, strict=True))
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="postgresql")
    parser.add_argument("--path", choices=("service", "http"), default="service")
    parser.add_argument("--pg-url", default=books.DEFAULT_PG)
    parser.add_argument("--reps", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--interactions", type=int, help="contacts in the book (25 a client)")
    parser.add_argument("--lines", type=int, default=300, help="lines a round (300)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=40)
    parser.add_argument("--threads", type=int, default=4, help="cmsbot serve --threads (4)")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--profile", metavar="FILE", help="cProfile the service path's last round")
    parser.add_argument(
        "--busy-channel",
        action="store_true",
        help="hold the controllers' channel busy all run (claims beyond Slack's pace)",
    )
    parser.add_argument(
        "--callgrind",
        action="store_true",
        help="count instructions per line (run under valgrind --tool=callgrind --instr-atstart=no)",
    )
    parser.add_argument(
        "--py-spy", metavar="BINARY", help="with --path http: py-spy the server's first round"
    )
    parser.add_argument("--py-spy-output", default="cpu_logcontact.pyspy.txt")
    parser.add_argument(
        "--show-sql", type=int, default=0, metavar="N", help="print the statements of N lines"
    )
    parser.add_argument("--books", default=str(books.DEFAULT_DIR))
    args = parser.parse_args(argv)
    shape = books.Shape(args.reps, args.clients, args.interactions or 25 * args.clients)
    with tempfile.TemporaryDirectory(prefix="cms-cpu-lc-") as scratch:
        workdir = Path(scratch)
        name = f"cms_cpu_lc_{uuid.uuid4().hex[:8]}"
        if args.db == "sqlite":
            url = books.sqlite_copy(shape, workdir, Path(args.books))
        else:
            url = books.pg_copy(shape, name, args.pg_url)
        try:
            (service if args.path == "service" else lambda u, a: http(u, a, workdir))(url, args)
        finally:
            if args.db == "postgresql":
                books.pg_drop(name, args.pg_url)


if __name__ == "__main__":
    main()

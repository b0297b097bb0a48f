"""What a rep waits for when the whole desk logs at once: /logcontact's reply, against /cms help's.

    python benchmarks/bench_logcontact.py                      # SQLite then PostgreSQL, 200,000 clients
    python benchmarks/bench_logcontact.py --db sqlite --clients 20000 --requests 400   # a quick run

Like production: ``cmsbot serve`` (gunicorn, ``--workers 2 --threads 8`` by
default) in its own process, on a book ``generate_book.py`` makes (2,000 reps,
200,000 clients with names as people have them, 25 contacts each by default;
kept between runs and copied fresh for each, see ``books.py``), talking to the
Slack stand-in (``standin/server.py``) run in this process, unpaced
(``post_limit=None``: the bot paces itself), with the desk channel and the
controllers' channel both holding the bot and everyone.

``--concurrency`` senders (8 by default) each send a signed slash command, wait
for its reply to reach the response URL, and send the next: first
``--help-requests`` ``/cms help`` (the floor: it reads nothing and writes
nothing, so it times the path itself — signature, ack, lazy listener, reply
post), then ``--requests`` ``/logcontact`` lines from random reps about their
own clients (names typed whole, by surname, with typos; amounts that raise
claims; dates in words). Each request is timed from the moment it is sent until
its reply arrives at the stand-in's response URL, which is what the rep waits
for; the acknowledgement is timed too, but only reported.

Prints, per backend, p50 / p99 / max and throughput of both, the ratio of the
p50s, and every request that failed: an ack that was not HTTP 200, no reply
within ``--reply-timeout`` seconds, a reply that is an error (or that Slack
would refuse), a contact said to be logged that is not in the database once or
is there twice. Also where the time went during /logcontact: CPU per process
group, and on PostgreSQL the sessions' states and waits (``watch.py``).
A last table has one row per backend, as the README's benchmark table does.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import books  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from watch import CpuWatch, PgWatch, PySpy, busy_cores, wait_until_quiet  # noqa: E402

from bot import messages  # noqa: E402
from handlers import ids  # noqa: E402
from standin.sender import SlackSender  # noqa: E402
from standin.server import SlackStandIn  # noqa: E402
from storage.engine import make_engine  # noqa: E402
from tests.fault_process import BOT_TOKEN, CONTROLLERS, SIGNING_SECRET, ServeProcess  # noqa: E402

DESK = "CDESK"  # where the reps type: the bot and everyone are in it
TOPICS = (
    "discussed the rollover",
    "reviewed the portfolio",
    "talked estate planning",
    "went over fees",
    "covered the trust structure",
    "updated on the IPO",
)
PHRASES = (
    "{name} call yesterday 3pm {topic}",
    "met {name} for lunch today {topic}",
    "{name} emailed this morning {topic}, deposited $250k",
    '"{name}" video call 2 days ago {topic} pledged $2.5mm follow up in 2 weeks',
    "{typo} phoned last tuesday {topic}",
    "phoned {surname} this morning {topic}",
)
FAILURE_SENTENCES = (
    messages.SOMETHING_WENT_WRONG,
    messages.UNSURE_RECORDED,
    messages.FAILED_NOTHING_CHANGED,
)


# -- the stand-in, with the moment each reply arrives -------------------------------------------


@dataclass
class Arrival:
    at: float  # perf_counter() when the post reached the stand-in
    status: int  # what the stand-in answered (200, or 4xx as Slack would)
    body: bytes


class TimedStandIn(SlackStandIn):
    """The stand-in, noting when each response_url post arrives and waking who waits for it.

    (``wait_for`` rescans every recorded call on every arrival: with thousands of
    calls and eight waiters that scan would be what the benchmark measures.)
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._lock = threading.Lock()
        self._arrived: dict[str, Arrival] = {}
        self._waiting: dict[str, threading.Event] = {}

    def start(self) -> TimedStandIn:
        super().start()
        # http.server listens with a backlog of 5: eight senders' replies and the bot's
        # Web API calls overflow it, and a refused SYN is retried a second later, which
        # would be timed as a 1 s reply. Slack's edge has no such queue.
        assert self._server is not None
        self._server.socket.listen(128)
        return self

    def expect(self, url: str) -> threading.Event:
        event = threading.Event()
        with self._lock:
            self._waiting[url] = event
            if url in self._arrived:
                event.set()
        return event

    def arrival(self, url: str) -> Arrival | None:
        with self._lock:
            return self._arrived.get(url)

    def handle(
        self, path: str, body: bytes, headers: Any
    ) -> tuple[int, dict[str, Any] | str, dict[str, str]]:
        at = time.perf_counter()
        status, answer, extra = super().handle(path, body, headers)
        if path.startswith("/response/"):
            url = f"{self.base_url}{urlsplit(path).path}"
            with self._lock:
                self._arrived.setdefault(url, Arrival(at, status, body))
                event = self._waiting.get(url)
            if event is not None:
                event.set()
        return status, answer, extra


# -- one request --------------------------------------------------------------------------------


@dataclass
class Sample:
    command: str
    user: str
    line: str
    trigger: str = ""
    ack_status: int = 0
    ack_ms: float = 0.0
    reply_ms: float | None = None
    reply_status: int = 0
    # logged, asked, unread, no match, help; failures: error, refused, no reply, bad ack
    outcome: str = "no reply"
    said: str = ""


def outcome_of(command: str, arrival: Arrival) -> tuple[str, str]:
    """What the reply was, from its text and its buttons."""
    try:
        posted = json.loads(arrival.body)
    except ValueError:
        return "error", arrival.body[:80].decode("utf-8", "replace")
    said = str(posted.get("text") or "")
    if arrival.status != 200:
        return "refused", f"HTTP {arrival.status}: {said[:60]}"
    if not said or any(said.startswith(s[:40]) for s in FAILURE_SENTENCES):
        return "error", said[:80]
    if command == "/cms":
        return ("help", said[:40]) if said.startswith("*Commands*") else ("error", said[:80])
    actions = [
        str(element.get("action_id") or "")
        for block in posted.get("blocks") or []
        for element in block.get("elements") or []
        if block.get("type") == "actions"
    ]
    if ids.LOG_UNDO in actions:
        return "logged", said[:60]
    if any(a.startswith((ids.LOG_PICK_CLIENT, ids.LOG_PICK_CHANNEL)) for a in actions):
        return "asked", said[:60]
    if any(a.startswith(ids.LOG_OPEN_FORM) for a in actions):
        return "no match", said[:60]
    if ids.LOG_FORM_FROM_LINE in actions:  # what it could not read, and the form offered
        items = [b for b in posted.get("blocks") or [] if b.get("type") == "section"][1:2]
        return "unread", " ".join(str((b.get("text") or {}).get("text")) for b in items)[:100]
    return "error", said[:80]


class Desk:
    """The senders: each sends, waits for the reply at the response URL, sends the next."""

    def __init__(self, standin: TimedStandIn, events_url: str, reply_timeout: float) -> None:
        self.standin = standin
        self.sender = SlackSender(events_url, SIGNING_SECRET, standin=standin, timeout=30)
        self.reply_timeout = reply_timeout

    def one(self, sample: Sample) -> Sample:
        url = self.standin.new_response_url(channel=DESK, user=sample.user)
        sample.trigger = self.standin.new_trigger_id()
        arrived = self.standin.expect(url)
        started = time.perf_counter()
        ack = self.sender.command(
            sample.command,
            sample.line,
            user_id=sample.user,
            channel_id=DESK,
            trigger_id=sample.trigger,
            response_url=url,
        )
        sample.ack_ms = (time.perf_counter() - started) * 1000
        sample.ack_status = ack.status
        if not arrived.wait(self.reply_timeout):
            sample.outcome = "no reply" if ack.status == 200 else "bad ack"
            return sample
        arrival = self.standin.arrival(url)
        assert arrival is not None
        sample.reply_ms = (arrival.at - started) * 1000
        sample.reply_status = arrival.status
        sample.outcome, sample.said = outcome_of(sample.command, arrival)
        if ack.status != 200:
            sample.outcome = "bad ack"
        return sample

    def run(self, samples: list[Sample], concurrency: int) -> float:
        """Send every sample with ``concurrency`` senders; the phase's wall-clock seconds."""
        queue = iter(samples)
        lock = threading.Lock()

        def sender() -> None:
            while True:
                with lock:
                    sample = next(queue, None)
                if sample is None:
                    return
                self.one(sample)

        threads = [threading.Thread(target=sender, daemon=True) for _ in range(concurrency)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return time.perf_counter() - started


# -- the lines ----------------------------------------------------------------------------------


def typo(rng: random.Random, name: str) -> str:
    first, _, last = name.partition(" ")
    if len(last) > 4:
        i = rng.randrange(1, len(last) - 2)
        last = last[:i] + last[i + 1] + last[i] + last[i + 2 :]
    return f"{first.lower()} {last.lower()}"


def lines(rng: random.Random, book: dict[str, list[str]], count: int) -> list[Sample]:
    reps = sorted(book)
    made = []
    for _ in range(count):
        user = rng.choice(reps)
        names = book[user]
        name = rng.choice(names)
        surname = name.split()[-1]
        phrase = rng.choice(PHRASES)
        if "{surname}" in phrase and sum(n.endswith(" " + surname) for n in names) > 1:
            phrase = PHRASES[0]  # the surname alone would be a question: type the name
        line = phrase.format(
            name=name, surname=surname, typo=typo(rng, name), topic=rng.choice(TOPICS)
        )
        made.append(Sample("/logcontact", user, line))
    return made


# -- one backend --------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


@dataclass
class Figures:
    command: str
    sent: int
    replies: list[float]
    seconds: float
    failed: int

    @property
    def p50(self) -> float:
        return percentile(self.replies, 0.5) if self.replies else float("nan")

    @property
    def p99(self) -> float:
        return percentile(self.replies, 0.99) if self.replies else float("nan")

    @property
    def rate(self) -> float:
        return len(self.replies) / self.seconds if self.seconds else 0.0

    def row(self) -> str:
        worst = max(self.replies) if self.replies else float("nan")
        return (
            f"{self.command:<12} {self.sent:>8} {len(self.replies):>8} {self.p50:>8.1f} "
            f"{self.p99:>8.1f} {worst:>8.1f} {self.rate:>8.0f} {self.failed:>7}"
        )


FAILED = ("error", "refused", "no reply", "bad ack")


def figures(command: str, samples: list[Sample], seconds: float) -> Figures:
    return Figures(
        command,
        len(samples),
        [s.reply_ms for s in samples if s.reply_ms is not None],
        seconds,
        sum(1 for s in samples if s.outcome in FAILED),
    )


def read_book(url: str) -> dict[str, list[str]]:
    """Each rep's Slack id and the names of the clients they cover now; profiles made fresh."""
    engine = make_engine(url) if "postgresql" in url else create_engine(url)
    with engine.begin() as connection:
        # As the morning's profile refresh would have left them: the nudge tick at the
        # server's fifth minute then has no profiles to fetch (setting, not behaviour).
        connection.execute(
            text("UPDATE reps SET profile_refreshed_at = :now"), {"now": datetime.now(UTC)}
        )
        rows = connection.execute(
            text(
                "SELECT r.slack_user_id, c.name FROM coverage v "
                "JOIN reps r ON r.id = v.rep_id JOIN clients c ON c.id = v.client_id "
                "WHERE v.ended_at IS NULL AND c.active"
            )
        ).all()
    engine.dispose()
    book: dict[str, list[str]] = {}
    for user, name in rows:
        book.setdefault(str(user), []).append(str(name))
    return book


def recorded(url: str, keys: list[str]) -> Counter[str]:
    engine = make_engine(url) if "postgresql" in url else create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT idempotency_key, count(*) FROM interactions "
                "WHERE source = 'slash_command' GROUP BY idempotency_key"
            )
        ).all()
    engine.dispose()
    wanted = set(keys)
    return Counter({str(k): int(n) for k, n in rows if k in wanted})


def run_backend(backend: str, args: argparse.Namespace, workdir: Path) -> tuple[Figures, Figures]:
    shape = books.Shape(args.reps, args.clients, args.interactions, args.seed)
    scratch = f"cms_bench_lc_{uuid.uuid4().hex[:8]}"
    if backend == "sqlite":
        url = books.sqlite_copy(shape, workdir, Path(args.books), fresh=args.fresh_book)
    else:
        url = books.pg_copy(shape, scratch, args.pg_url, fresh=args.fresh_book)
    try:
        return measure(backend, url, shape, args, workdir)
    finally:
        if backend == "postgresql" and not args.keep:
            books.pg_drop(scratch, args.pg_url)


def measure(
    backend: str, url: str, shape: books.Shape, args: argparse.Namespace, workdir: Path
) -> tuple[Figures, Figures]:
    rng = random.Random(args.seed + 1)
    book = read_book(url)
    standin = TimedStandIn(token=BOT_TOKEN, post_limit=None)
    standin.start()
    for channel, name in ((DESK, "desk"), (CONTROLLERS, "controllers")):
        standin.add_channel(channel, name, members=[standin.bot_user_id], everyone=True)
    for user in book:
        standin.add_user(user, f"rep.{user.lower()}", tz="America/New_York")
    server = ServeProcess(
        database_url=url,
        api_url=standin.api_url,
        workdir=workdir,
        name=f"serve-{backend}",
        args=("--workers", str(args.workers), "--threads", str(args.threads)),
    )
    # Other work on this machine (tests, other benchmarks) would be measured too.
    idle = wait_until_quiet(args.quiet_wait)
    print(f"machine before start-up: {idle:.2f} cores busy", flush=True)
    started = time.perf_counter()
    server.start(timeout=180)
    startup = time.perf_counter() - started
    serving_since = time.monotonic()
    desk = Desk(standin, server.events_url, args.reply_timeout)
    reps = sorted(book)
    try:
        warm = [Sample("/cms", rng.choice(reps), "help") for _ in range(args.warmup)]
        warm += lines(rng, book, args.warmup)
        desk.run(warm, args.concurrency)
        print(f"machine before the timed phases: {busy_cores(1.0):.2f} cores busy", flush=True)
        helps = [Sample("/cms", rng.choice(reps), "help") for _ in range(args.help_requests)]
        assert server.process is not None
        help_cpu = CpuWatch(server.process.pid).start()
        help_seconds = desk.run(helps, args.concurrency)
        help_cpu.stop()
        logs = lines(rng, book, args.requests)
        assert server.process is not None
        cpu = CpuWatch(server.process.pid).start()
        pg: PgWatch | None = None
        if backend == "postgresql":
            admin = make_url(url).set(drivername="postgresql", database="postgres")
            pg = PgWatch(admin.render_as_string(hide_password=False), str(make_url(url).database))
            pg.__enter__()
        spy = PySpy(
            args.py_spy,
            server.process.pid,
            workdir / f"{backend}.pyspy.txt",
            wall=args.py_spy_wall,
        )
        if args.py_spy:
            spy.__enter__()
        try:
            log_seconds = desk.run(logs, args.concurrency)
        finally:
            cpu.stop()
            if pg is not None:
                pg.__exit__()
            if args.py_spy:
                spy.__exit__()
        serving = time.monotonic() - serving_since
        time.sleep(1.0)  # a second reply, or a late record, would show by now
        log, problems = server.log(), server.problems()
    finally:
        server.stop()
        standin.stop()
    counts = recorded(
        url, [f"slash:{s.trigger}" for s in logs + warm if s.command == "/logcontact"]
    )
    for sample in logs:
        times = counts.get(f"slash:{sample.trigger}", 0)
        if sample.outcome == "logged" and times != 1:
            sample.outcome, sample.said = "error", f"said logged, recorded {times} times"
        elif sample.outcome != "logged" and times:
            sample.said += f" (recorded {times} times)"
    helped, logged = (
        figures("/cms help", helps, help_seconds),
        figures("/logcontact", logs, log_seconds),
    )
    report(
        backend,
        shape,
        args,
        startup,
        serving,
        helped,
        logged,
        helps,
        logs,
        cpu,
        help_cpu,
        pg,
        log,
        problems,
    )
    if args.py_spy:
        print(f"where the server's Python time went during /logcontact ({spy.output}):")
        for line in spy.describe():
            print(f"  {line}")
    return helped, logged


def report(
    backend: str,
    shape: books.Shape,
    args: argparse.Namespace,
    startup: float,
    serving: float,
    helped: Figures,
    logged: Figures,
    helps: list[Sample],
    logs: list[Sample],
    cpu: CpuWatch,
    help_cpu: CpuWatch,
    pg: PgWatch | None,
    log: str,
    problems: str,
) -> None:
    name = "PostgreSQL" if backend == "postgresql" else "SQLite"
    print(
        f"\n== {name}: {shape.describe()}; cmsbot serve --workers {args.workers} "
        f"--threads {args.threads}; {args.concurrency} senders; start-up {startup:.1f} s",
        flush=True,
    )
    print(
        f"{'':<12} {'sent':>8} {'replies':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} "
        f"{'per s':>8} {'failed':>7}"
    )
    print(helped.row())
    print(logged.row())
    print(f"ratio p50(/logcontact) / p50(/cms help): {logged.p50 / helped.p50:.1f}x")
    for figures_, samples in ((helped, helps), (logged, logs)):
        acks = [s.ack_ms for s in samples]
        print(
            f"acks of {figures_.command}: p50 {percentile(acks, 0.5):.1f} ms, "
            f"p99 {percentile(acks, 0.99):.1f} ms, max {max(acks):.1f} ms"
        )
    outcomes = Counter(s.outcome for s in logs)
    print("/logcontact replies: " + ", ".join(f"{n} {k}" for k, n in outcomes.most_common()))
    failed = [s for s in helps + logs if s.outcome in FAILED]
    print(f"failed: {len(failed)} of {len(helps) + len(logs)}")
    for sample in failed[:10]:
        print(f"  {sample.command} {sample.outcome}: {sample.line[:50]!r} -> {sample.said!r}")
    for kind in ("asked", "unread", "no match"):
        shown = [s for s in logs if s.outcome == kind][:3]
        for sample in shown:
            print(f"  ({kind}) {sample.line[:60]!r} -> {sample.said[:90]!r}")
    print(f"during /logcontact ({logged.seconds:.1f} s): {cpu.describe()}")
    print(f"during /cms help ({helped.seconds:.1f} s): {help_cpu.describe()}")
    for what, watch, samples in (("/cms help", help_cpu, helps), ("/logcontact", cpu, logs)):
        each = {k: v * 1000 / len(samples) for k, v in watch.groups.items()}
        mine = each.get("server", 0.0) + each.get("postgres", 0.0) + each.get("benchmark", 0.0)
        print(
            f"CPU per {what}: server {each.get('server', 0.0):.1f} ms, postgres "
            f"{each.get('postgres', 0.0):.1f} ms, benchmark {each.get('benchmark', 0.0):.1f} ms: "
            f"{os.cpu_count()} cores allow at most {(os.cpu_count() or 1) * 1000 / mine:.0f} a second"
        )
    if pg is not None:
        print(f"PostgreSQL sessions, average over {pg.samples} samples:")
        for line in pg.describe():
            print(f"  {line}")
    errors = sum(
        1 for line in log.splitlines() if " ERROR " in line or line.startswith("Traceback")
    )
    print(f"server log: {errors} ERROR lines or tracebacks; served {serving:.0f} s in all")
    if errors:
        print("  " + "\n  ".join(problems.splitlines()[:12]))
    if serving > 290:
        print("  (past the scheduler's fifth minute: the nudge tick ran during the run)")
    aims = [
        f"p99 < 100 ms: {'yes' if logged.p99 < 100 else 'no'}",
        f"p50 within 5x /cms help: {'yes' if logged.p50 <= 5 * helped.p50 else 'no'}",
    ]
    if backend == "postgresql":
        aims.append(f">= 300 a second: {'yes' if logged.rate >= 300 else 'no'}")
    aims.append(f"no request failed: {'yes' if not failed else 'no'}")
    print("aims: " + "; ".join(aims), flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument(
        "--pg-url", default=books.DEFAULT_PG, help="a PostgreSQL server (any database)"
    )
    parser.add_argument("--reps", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--interactions", type=int, help="contacts in the book (25 a client)")
    parser.add_argument("--seed", type=int, default=20261118)
    parser.add_argument("--concurrency", type=int, default=8, help="senders at once (8)")
    parser.add_argument("--workers", type=int, default=2, help="cmsbot serve --workers (2)")
    parser.add_argument("--threads", type=int, default=8, help="cmsbot serve --threads (8)")
    parser.add_argument("--requests", type=int, default=2000, help="/logcontact lines (2000)")
    parser.add_argument("--help-requests", type=int, help="/cms help requests (as --requests)")
    parser.add_argument("--warmup", type=int, default=40, help="untimed requests of each first")
    parser.add_argument(
        "--quiet-wait",
        type=float,
        default=120.0,
        help="wait up to this long for other work on the machine to stop (120 s)",
    )
    parser.add_argument("--reply-timeout", type=float, default=10.0)
    parser.add_argument(
        "--books", default=str(books.DEFAULT_DIR), help="where SQLite books are kept"
    )
    parser.add_argument("--fresh-book", action="store_true", help="generate the book again")
    parser.add_argument(
        "--py-spy", metavar="BINARY", help="profile the server during /logcontact with py-spy"
    )
    parser.add_argument(
        "--py-spy-wall",
        action="store_true",
        help="with --py-spy: sample every thread, waiting or not, not only the GIL's holder",
    )
    parser.add_argument("--keep", action="store_true", help="keep the working copy")
    args = parser.parse_args(argv)
    if args.interactions is None:
        args.interactions = 25 * args.clients
    if args.help_requests is None:
        args.help_requests = args.requests
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    backends = ("sqlite", "postgresql") if args.db == "both" else (args.db,)
    rows = []
    scratch = tempfile.mkdtemp(prefix="cms-bench-lc-")
    try:
        for backend in backends:
            helped, logged = run_backend(backend, args, Path(scratch))
            rows.append((backend, helped, logged))
    finally:
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    print(
        "\n| backend | /logcontact p50 / p99 / max ms | per s | /cms help p50 / p99 ms | per s "
        "| p50 ratio | failed |"
    )
    print("|---|---|---|---|---|---|---|")
    for backend, helped, logged in rows:
        worst = max(logged.replies) if logged.replies else float("nan")
        print(
            f"| {backend} | {logged.p50:.1f} / {logged.p99:.1f} / {worst:.0f} | {logged.rate:.0f} "
            f"| {helped.p50:.1f} / {helped.p99:.1f} | {helped.rate:.0f} "
            f"| {logged.p50 / helped.p50:.1f}x | {logged.failed + helped.failed} |"
        )


if __name__ == "__main__":
    main()

"""How fast /logcontact answers with a 200,000-client book, through the real HTTP path.

    python benchmarks/bench_logcontact.py                       # SQLite, 200,000 clients
    python benchmarks/bench_logcontact.py --url postgresql://postgres@127.0.0.1/test

Measures, in one run and on one machine:
- start-up (building the app, date-parsing warm-up included);
- the first /logcontact after start-up;
- N more /logcontact lines from random reps about their own clients (realistic
  names, typos, amounts, dates), timed from sending the signed request until the
  ephemeral reply reaches the stand-in's response_url;
- the floor: a signed ``/cms help`` over the same path, which does no work.

Prints medians and 99th percentiles, and the ratio to the floor. Slack's window
is 3 s for the acknowledgement; the reply itself should follow well inside it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bot.app import build_app  # noqa: E402
from bot.clock import system_clock  # noqa: E402
from bot.matching import normalise  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.web import serve_in_thread  # noqa: E402
from standin.sender import SlackSender  # noqa: E402
from standin.server import SlackStandIn  # noqa: E402
from storage import schema  # noqa: E402
from storage.engine import make_engine, normalise_url  # noqa: E402
from storage.models import Client, Coverage, Interaction, Rep, RepRole  # noqa: E402

FIRST = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard "
    "Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark "
    "Sandra Paul Ashley Steven Emily Andrew Donna Kenneth Michelle Joshua Carol Kevin Amanda Brian "
    "Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Laura Edward Sharon Jeffrey Cynthia "
    "Ryan Kathleen Jacob Amy Gary Angela Nicholas Anna Eric Brenda Jonathan Pamela Stephen Emma Larry "
    "Nicole Justin Helen Scott Samantha Brandon Katherine Benjamin Christine Samuel Debra Gregory Rachel "
    "Zoë François Chloé Hélène Jörg Søren Åsa Björn Ioana Răzvan Aditya Priya Ananya Rahul Siti Ahmad "
    "Nurul Hafiz Mei Hiroshi Yuki Olga Dmitri Mateo Lucía Giulia Marco"
).split()
SYLLABLES = "an ber bro car den dor el fer gan har in kel lam mar nor ol per quin ros sel tan ur vel wes yor zan".split()
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
    "coffee with {surname} this morning {topic}",
)


def names(rng: random.Random, count: int) -> list[str]:
    surnames = sorted(
        {
            (rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(SUFFIXES)).capitalize()
            for _ in range(20000)
        }
    )
    return [f"{rng.choice(FIRST)} {rng.choice(surnames)}" for _ in range(count)]


def typo(rng: random.Random, name: str) -> str:
    first, _, last = name.partition(" ")
    if len(last) > 4:
        i = rng.randrange(1, len(last) - 2)
        last = last[:i] + last[i + 1] + last[i] + last[i + 2 :]
    return f"{first.lower()} {last.lower()}"


def load_book(url: str, *, reps: int, clients: int, seed: int) -> dict[int, list[tuple[int, str]]]:
    """2,000 reps, 200,000 clients with realistic names, one contact each; returns each rep's book."""
    rng = random.Random(seed)
    engine = make_engine(url)
    schema.upgrade(engine)
    epoch = datetime(2024, 1, 1, tzinfo=UTC)
    client_names = names(rng, clients)
    books: dict[int, list[tuple[int, str]]] = {}
    with engine.begin() as connection:
        connection.execute(
            insert(Rep),
            [
                {
                    "id": r,
                    "slack_user_id": f"U{r:07d}",
                    "name": f"Rep {r}",
                    "timezone": "America/New_York",
                    "locale": "en-US",
                    "active": True,
                    "created_at": epoch,
                    "updated_at": epoch,
                }
                for r in range(1, reps + 1)
            ],
        )
        connection.execute(
            insert(RepRole), [{"rep_id": r, "role": "rep"} for r in range(1, reps + 1)]
        )
        connection.execute(
            insert(Client),
            [
                {
                    "id": c,
                    "external_id": f"C{c:08d}",
                    "name": n,
                    "search_name": normalise(n),
                    "kind": "client",
                    "tier": rng.choice(("UHNW", "HNW", "CORP_EXEC")),
                    "active": True,
                    "created_at": epoch,
                    "updated_at": epoch,
                }
                for c, n in enumerate(client_names, start=1)
            ],
        )
        coverage, contacts = [], []
        for c, n in enumerate(client_names, start=1):
            rep = rng.randrange(1, reps + 1)
            books.setdefault(rep, []).append((c, n))
            coverage.append({"client_id": c, "rep_id": rep, "role": "primary", "started_at": epoch})
            contacts.append(
                {
                    "client_id": c,
                    "rep_id": rep,
                    "author_id": rep,
                    "channel": "phone",
                    "notes": "",
                    "occurred_at": epoch + timedelta(days=rng.randrange(0, 600)),
                    "source": "import",
                    "created_at": epoch,
                    "updated_at": epoch,
                }
            )
        connection.execute(insert(Coverage), coverage)
        connection.execute(insert(Interaction), contacts)
        if engine.dialect.name == "postgresql":
            # What autovacuum would have done by the time a real book is in use.
            connection.execute(text("ANALYZE"))
    engine.dispose()
    return books


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def timed_command(
    sender: SlackSender, standin: SlackStandIn, command: str, line: str, user: str
) -> float:
    started = time.perf_counter()
    sent = sender.command(command, line, user_id=user)
    standin.wait_for("response_url", lambda c: c.args.get("url") == sent.response_url, timeout=30)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--url", help="PostgreSQL server URL (a scratch database is created); default SQLite"
    )
    parser.add_argument("--reps", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    scratch = None
    if args.url:
        scratch = f"cms_bench_{uuid.uuid4().hex[:8]}"
        admin = (
            make_url(normalise_url(args.url))
            .set(drivername="postgresql")
            .render_as_string(hide_password=False)
        )
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{scratch}"')
        url = (
            make_url(normalise_url(args.url))
            .set(database=scratch)
            .render_as_string(hide_password=False)
        )
    else:
        url = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    try:
        started = time.perf_counter()
        books = load_book(url, reps=args.reps, clients=args.clients, seed=args.seed)
        print(
            f"book: {args.reps} reps, {args.clients} clients loaded in {time.perf_counter() - started:.1f}s "
            f"({make_url(url).get_backend_name()})"
        )
        run(url, books, args)
    finally:
        if scratch:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')


def run(url: str, books: dict[int, list[tuple[int, str]]], args: argparse.Namespace) -> None:
    rng = random.Random(args.seed + 1)
    with SlackStandIn(token="xoxb-bench") as standin:
        settings = Settings(
            bot_token="xoxb-bench",
            signing_secret="bench",
            api_url=standin.api_url,
            database_url=url,
            controllers_channel="CBENCH",
        )
        started = time.perf_counter()
        cms = build_app(settings, clock=system_clock)
        startup = time.perf_counter() - started
        with closing(cms), serve_in_thread(cms) as base:
            sender = SlackSender(f"{base}/slack/events", "bench", standin=standin)
            reps = sorted(books)

            def line() -> tuple[str, str]:
                rep = rng.choice(reps)
                _cid, name = rng.choice(books[rep])
                phrase = rng.choice(PHRASES)
                return phrase.format(
                    name=name,
                    surname=name.split()[-1],
                    typo=typo(rng, name),
                    topic=rng.choice(TOPICS),
                ), f"U{rep:07d}"

            text_, user = line()
            first = timed_command(sender, standin, "/logcontact", text_, user)
            floor = [
                timed_command(sender, standin, "/cms", "help", "U0000001")
                for _ in range(max(20, args.runs // 3))
            ]
            logs = []
            for _ in range(args.runs):
                text_, user = line()
                logs.append(timed_command(sender, standin, "/logcontact", text_, user))
            with cms.deps.engine.connect() as connection:
                recorded = connection.execute(
                    text("SELECT count(*) FROM interactions WHERE source='slash_command'")
                )
                count = recorded.scalar_one()
    print(f"start-up (app + date-parsing warm-up): {startup:.2f}s")
    print(f"first /logcontact after start-up: {first:.0f} ms")
    print(
        f"/cms help floor: median {statistics.median(floor):.1f} ms, p99 {percentile(floor, 0.99):.1f} ms "
        f"({len(floor)} runs)"
    )
    print(
        f"/logcontact: median {statistics.median(logs):.1f} ms, p99 {percentile(logs, 0.99):.1f} ms "
        f"({len(logs)} runs, {count} recorded; the rest asked a question or matched several)"
    )
    print(f"ratio to floor: median {statistics.median(logs) / statistics.median(floor):.2f}x")


if __name__ == "__main__":
    main()

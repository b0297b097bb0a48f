"""300 claims raised within a minute all reach the controllers' channel, once each, at Slack's pace.

    python benchmarks/bench_pacing.py                                   # SQLite, one instance
    python benchmarks/bench_pacing.py --instances 2 --url postgresql://postgres@127.0.0.1/test

The real bot over HTTP (signed ``/logcontact`` lines, each raising a deposit
claim) against the Slack stand-in with its per-channel rate limit on (one post a
second after a burst of four, answered 429 + Retry-After beyond, as Slack's
"Posting messages: 1 per second ... short bursts >1 allowed",
https://docs.slack.dev/apis/web-api/rate-limits). Each instance runs the real
scheduler's outbox job (every minute); a line's own immediate delivery posts
what the channel's pace allows within a second. With ``--instances 2`` two bot
processes' worth of apps (own engines, own schedulers) share one database.

Prints the time to drain (first line sent until the last claim is in the
channel), the 429s seen, posts per second, and the floor: what Slack's rate
allows at best, ``(claims - burst) / rate``. Checks every claim is in the
channel exactly once and recorded on its claim.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from contextlib import ExitStack, closing
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bot.app import build_app  # noqa: E402
from bot.clock import system_clock  # noqa: E402
from bot.parsing.client_match import normalise  # noqa: E402
from bot.scheduler import build_scheduler  # noqa: E402
from bot.settings import Settings  # noqa: E402
from handlers.http.server import serve_in_thread  # noqa: E402
from standin.pacing import PostLimit  # noqa: E402
from standin.sender import SlackSender  # noqa: E402
from standin.server import SlackStandIn  # noqa: E402
from storage import schema  # noqa: E402
from storage.engine import make_engine, normalise_url  # noqa: E402
from storage.models import Claim, Client, Coverage, Rep, RepRole  # noqa: E402

TOKEN, SECRET, CHANNEL, GENERAL = "xoxb-bench", "bench-secret", "CCONTROL", "C1"
SURNAMES = "Abbott Baxter Calloway Dunmore Ellery Fairbanks Galloway Hartwell Ingram Jessup".split()
FIRST = "Aurelia Benedikt Cosima Desmond Evander Florentyna Gideon Henrike Isidore Juniper".split()


def client_name(n: int) -> str:
    """Distinct two-word names: no line is ambiguous, so every line raises its claim."""
    return f"{FIRST[n % 10]} {SURNAMES[(n // 10) % 10]}{'' if n < 100 else n // 100}"


def load(url: str, *, reps: int, clients: int) -> None:
    engine = make_engine(url)
    schema.upgrade(engine)
    epoch = datetime(2026, 1, 1, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(
            insert(Rep),
            [
                {
                    "id": r,
                    "slack_user_id": f"UR{r:04d}",
                    "name": f"Rep {r}",
                    "timezone": "UTC",
                    "locale": "en-US",
                    "active": True,
                    "created_at": epoch,
                    "updated_at": epoch,
                    "profile_refreshed_at": datetime.now(UTC),
                }
                for r in range(1, reps + 1)
            ],
        )
        connection.execute(
            insert(RepRole), [{"rep_id": r, "role": "rep"} for r in range(1, reps + 1)]
        )
        names = [client_name(c) for c in range(clients)]
        connection.execute(
            insert(Client),
            [
                {
                    "id": c + 1,
                    "external_id": f"C{c + 1:05d}",
                    "name": name,
                    "search_name": normalise(name),
                    "kind": "client",
                    "tier": "HNW",
                    "active": True,
                    "created_at": epoch,
                    "updated_at": epoch,
                }
                for c, name in enumerate(names)
            ],
        )
        connection.execute(
            insert(Coverage),
            [
                {"client_id": c + 1, "rep_id": c % reps + 1, "role": "primary", "started_at": epoch}
                for c in range(clients)
            ],
        )
    engine.dispose()


def scratch_database(base: str | None) -> tuple[str, str | None, str | None]:
    if not base:
        return f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3", None, None
    name = f"cms_bench_{uuid.uuid4().hex[:8]}"
    admin = (
        make_url(normalise_url(base))
        .set(drivername="postgresql")
        .render_as_string(hide_password=False)
    )
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(normalise_url(base)).set(database=name).render_as_string(hide_password=False)
    return url, admin, name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="PostgreSQL server URL (a scratch database); default SQLite")
    parser.add_argument("--claims", type=int, default=300)
    parser.add_argument("--over", type=float, default=60.0, help="seconds the lines are sent over")
    parser.add_argument("--instances", type=int, default=1)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--timeout", type=float, default=1200.0)
    args = parser.parse_args()
    url, admin, scratch = scratch_database(args.url)
    try:
        load(url, reps=args.reps, clients=args.claims)
        run(url, args)
    finally:
        if admin and scratch:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')


def run(url: str, args: argparse.Namespace) -> None:
    limit = PostLimit()
    with ExitStack() as stack:
        standin = stack.enter_context(SlackStandIn(token=TOKEN, post_limit=limit))
        standin.add_channel(GENERAL, "general", members=[standin.bot_user_id], everyone=True)
        standin.add_channel(CHANNEL, "controllers", members=[standin.bot_user_id], everyone=True)
        for r in range(1, args.reps + 1):
            standin.add_user(f"UR{r:04d}", f"Rep {r}")
        settings = Settings(
            bot_token=TOKEN,
            signing_secret=SECRET,
            api_url=standin.api_url,
            database_url=url,
            controllers_channel=CHANNEL,
        )
        senders = []
        for _ in range(args.instances):
            cms = build_app(settings, clock=system_clock)  # its own engine: another process's
            stack.enter_context(closing(cms))
            base = stack.enter_context(serve_in_thread(cms))
            scheduler = build_scheduler(cms.deps)
            for other in ("nudges", "claims_digest"):
                scheduler.remove_job(other)
            scheduler.start()
            stack.callback(scheduler.shutdown, wait=True)
            senders.append(SlackSender(f"{base}/slack/events", SECRET, standin=standin))

        started = time.time()
        gap = args.over / args.claims
        for n in range(args.claims):
            user = f"UR{n % args.reps + 1:04d}"
            line = f'"{client_name(n)}" phone today talked about the rollover, deposited $250k'
            senders[n % len(senders)].command("/logcontact", line, user_id=user)
            time.sleep(max(0.0, started + (n + 1) * gap - time.time()))
        sent_by = time.time()
        deadline = started + args.timeout
        while len(standin.messages_in(CHANNEL)) < args.claims and time.time() < deadline:
            time.sleep(0.5)
        posts = [
            c for c in standin.calls_to("chat.postMessage") if c.args.get("channel") == CHANNEL
        ]
        accepted = sorted(c.at for c in posts if c.ok)
        refused = Counter(c.status for c in posts if not c.ok)
        messages = standin.messages_in(CHANNEL)
        keys = Counter(
            ((m.metadata or {}).get("event_payload") or {}).get("outbox_key") for m in messages
        )
        engine = make_engine(url)
        with engine.connect() as connection:
            claims = connection.scalar(select(func.count()).select_from(Claim))
            addressed = connection.scalar(
                select(func.count())
                .select_from(Claim)
                .where(Claim.controller_message_ts.is_not(None))
            )
        engine.dispose()
        threading.Event().wait(0.1)

    drained = (accepted[-1] - started) if accepted else float("nan")
    floor = (args.claims - limit.burst) / limit.per_second
    backend = make_url(url).get_backend_name()
    print(
        f"{args.claims} claims over {sent_by - started:.1f}s to {args.instances} instance(s) "
        f"({backend}); stand-in: {limit.per_second:g}/s per channel, burst {limit.burst}"
    )
    print(f"claims recorded: {claims}, posted and addressed on the claim: {addressed}")
    print(
        f"in the channel: {len(messages)} messages, {len(keys)} distinct outbox keys, "
        f"{sum(1 for k, n in keys.items() if n > 1)} posted twice"
    )
    print(f"time to drain (first line sent -> last claim in the channel): {drained:.1f}s")
    print(
        f"429s seen: {refused.get(429, 0)}; other refusals: {sum(refused.values()) - refused.get(429, 0)}"
    )
    if len(accepted) > 1:
        rate = (len(accepted) - 1) / (accepted[-1] - accepted[0])
        print(f"posts per second (first post to last): {rate:.3f}")
    print(
        f"floor at Slack's rate: {floor:.0f}s ((claims - burst) / rate); ratio {drained / floor:.2f}x"
    )


if __name__ == "__main__":
    main()

"""How fast a team's scorecard is over a year of the generated book.

    python benchmarks/generate_book.py --url postgresql://postgres@127.0.0.1/cms_bench_reports
    python benchmarks/bench_scorecard.py --url postgresql://postgres@127.0.0.1/cms_bench_reports

Uses the book ``generate_book.py`` writes (2,000 reps, 200,000 clients, 5,000,000
contacts by default; pass ``--generate`` with smaller sizes to make one here).
The book has no claims, so the first run adds some, set-based and
deterministic: one claim per ``--claim-every`` contacts (deposits, pledges,
mandates; verified, rejected, pending, withdrawn) and two bonus plans, one
changing mid-year. That is setting, not behaviour: no audit events.

Measures, in one process on one machine, ``--runs`` times after one warm-up:
- the scorecard service (``bot.reports.scorecard.build``, everything Slack and
  ``cmsbot report`` show) for ``--team`` reps over the year before the book's day;
- each of its queries alone;
- the floor: every statement one real scorecard sends to the database,
  captured with a ``before_cursor_execute`` listener during a warm-up build,
  replayed verbatim (the same SQL, the same parameters, in the same order) on
  a raw DBAPI connection in one transaction, every row fetched and nothing
  done with it: the database's share of the scorecard, without our Python.
Prints medians and the slowest run, and the ratio of the service to the floor.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Engine, String, case, cast, event, func, insert, literal, select, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bot.cadence import shift_days  # noqa: E402
from bot.messages.formatting import zone as tz_of  # noqa: E402
from bot.reports import activity, queries, scorecard  # noqa: E402
from bot.reports.periods import Period, midnight  # noqa: E402
from storage.engine import make_engine, normalise_url  # noqa: E402
from storage.models import BonusBand, BonusPlan, Claim, Interaction, Rep  # noqa: E402

AS_OF = datetime(2026, 11, 18, 6, 0, tzinfo=UTC)
M = 1_000_000


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="SQLAlchemy URL of a generated book")
    parser.add_argument("--team", type=int, default=50, help="reps in the team (default 50)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs (default 7)")
    parser.add_argument("--timezone", default="America/New_York", help="reader's zone")
    parser.add_argument("--claim-every", type=int, default=40, help="one claim per N contacts")
    parser.add_argument(
        "--generate", action="store_true", help="generate the book first (empty database)"
    )
    parser.add_argument("--reps", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--interactions", type=int, default=5_000_000)
    return parser.parse_args(argv)


def add_claims(session: Session, every: int) -> int:
    """One claim per ``every`` contacts, by the contact's rep; statuses and kinds by id."""
    if session.scalar(select(func.count()).select_from(Claim)):
        return 0
    i = Interaction
    kind = case((i.id % 10 == 0, "mandate"), (i.id % 10 < 4, "pledge"), else_="deposit")
    status = case(
        (i.id % 20 == 1, "pending"),
        (i.id % 20 == 2, "rejected"),
        (i.id % 20 == 3, "withdrawn"),
        else_="verified",
    )
    decided = case((i.id % 20 == 1, None), else_=shift_days(i.occurred_at, literal(9)))
    amount = (i.id % 97 + 1) * literal(25_000)
    evidence = case(
        (i.id % 10 < 4, case((i.id % 3 == 0, None), else_=literal("REF") + cast(i.id, String))),
        else_=None,
    )
    rows = select(
        i.id,
        i.client_id,
        i.rep_id,
        kind,
        amount,
        literal("USD"),
        status,
        decided,
        evidence,
        i.occurred_at,
        i.occurred_at,
    ).where(i.id % every == 0, i.deleted_at.is_(None))
    columns = (
        "interaction_id client_id rep_id kind amount currency status decided_at "
        "evidence_reference created_at updated_at"
    ).split()
    session.execute(insert(Claim).from_select(columns, rows))
    for start, bands, mandate in (
        (date(2025, 1, 1), [(0, 10 * M, 5), (10 * M, 50 * M, 8), (50 * M, None, 10)], 100),
        (date(2026, 5, 1), [(0, 20 * M, 6), (20 * M, None, 9)], 150),
    ):
        plan = BonusPlan(
            effective_from=start, mandate_rate_bp=mandate, currency="USD", created_at=AS_OF
        )
        plan.bands = [BonusBand(lower=lo, upper=hi, rate_bp=bp) for lo, hi, bp in bands]
        session.add(plan)
    session.flush()
    session.execute(text("ANALYZE claims"))
    return int(session.scalar(select(func.count()).select_from(Claim)) or 0)


def timed(label: str, runs: int, work: Callable[[], Any]) -> tuple[float, float]:
    work()  # warm-up: plans cached, pages in memory
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    median, worst = statistics.median(samples), max(samples)
    print(
        f"{label:<44} median {median * 1000:8.1f} ms   slowest {worst * 1000:8.1f} ms", flush=True
    )
    return median, worst


Statement = tuple[str, Any, bool]


def capture(engine: Engine, run: Callable[[], Any]) -> list[Statement]:
    """Every statement (SQL, parameters, executemany?) that ``run()`` sends to the database."""
    seen: list[Statement] = []

    def listen(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool
    ) -> None:
        seen.append((statement, parameters, many))

    event.listen(engine, "before_cursor_execute", listen)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    return seen


def replay(engine: Engine, statements: list[Statement]) -> int:
    """The statements again on a raw DBAPI connection, every row fetched; the rows read."""
    raw = engine.raw_connection()
    rows = 0
    try:
        cursor = raw.cursor()
        for statement, parameters, many in statements:
            if many:
                cursor.executemany(statement, parameters)
            else:
                cursor.execute(statement, parameters)
            if cursor.description is not None:
                rows += len(cursor.fetchall())
        cursor.close()
        raw.rollback()
    finally:
        raw.close()
    return rows


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    url = normalise_url(args.url)
    if args.generate:
        import generate_book

        generate_book.main(
            [
                "--url",
                url,
                "--reps",
                str(args.reps),
                "--clients",
                str(args.clients),
                "--interactions",
                str(args.interactions),
            ]
        )
    # Each statement runs once per request in real use: no server-side prepared
    # (generic) plans creeping in after psycopg's fifth execution.
    options = {"connect_args": {"prepare_threshold": None}} if "postgresql" in url else {}
    engine = make_engine(url, **options)
    with Session(engine) as session, session.begin():
        added = add_claims(session, args.claim_every)
    with Session(engine) as session:
        contacts = session.scalar(select(func.count()).select_from(Interaction))
        claims = session.scalar(select(func.count()).select_from(Claim))
        reps = list(session.scalars(select(Rep).order_by(Rep.id).limit(args.team)))
        rep_ids = [rep.id for rep in reps]
        zone = args.timezone
        today = AS_OF.astimezone(tz_of(zone)).date()
        first = date(today.year - 1, today.month, today.day)
        period = Period(
            midnight(first, zone), midnight(today, zone), "the year to the book's day", zone
        )
        now = period.end
        print(
            f"book: {contacts:,} contacts, {claims:,} claims ({added:,} added now); "
            f"{engine.dialect.name}; team of {len(reps)}; {period.span_text()} in {zone}",
            flush=True,
        )
        card = scorecard.build(session, reps=reps, period=period, now=now, scope="team")
        total = sum(c.contacts for c in card.cards)
        print(
            f"the team's year: {total:,} contacts, "
            f"{sum(c.claims.verified for c in card.cards):,} claims verified, "
            f"{sum(c.follow_ups.due for c in card.cards):,} follow-ups due, "
            f"{sum(c.clients_covered for c in card.cards):,} clients covered",
            flush=True,
        )
        runs = args.runs
        service, _ = timed(
            "scorecard.build (everything shown)",
            runs,
            lambda: scorecard.build(session, reps=reps, period=period, now=now, scope="team"),
        )
        timed(
            "  activity (channels, weeks, over-contacts)",
            runs,
            lambda: activity.activity(session, rep_ids=rep_ids, period=period, now=now),
        )
        timed(
            "  cadence facts (as of the period's end)",
            runs,
            lambda: queries.cadence_facts(session, rep_ids=rep_ids, as_of=now, timezone=zone),
        )
        timed(
            "  follow-up promises",
            runs,
            lambda: queries.promises(session, rep_ids=rep_ids, period=period),
        )
        timed(
            "  claim tallies",
            runs,
            lambda: queries.claim_tallies(session, rep_ids=rep_ids, period=period, now=now),
        )
        timed(
            "  verified claims",
            runs,
            lambda: queries.verified_claims(session, rep_ids=rep_ids, period=period),
        )
        statements = capture(
            engine,
            lambda: scorecard.build(session, reps=reps, period=period, now=now, scope="team"),
        )
        rows = replay(engine, statements)
        print(f"the scorecard's statements: {len(statements)}, {rows:,} rows fetched", flush=True)
        floor, _ = timed(
            "floor: the same statements on raw DBAPI",
            runs,
            lambda: replay(engine, statements),
        )
        print(f"scorecard / floor: {service / floor:.1f}x", flush=True)


if __name__ == "__main__":
    main()

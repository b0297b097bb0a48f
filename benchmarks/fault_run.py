"""The fault scenarios of issue #12 with larger counts, against ``cmsbot serve`` on gunicorn.

    python benchmarks/fault_run.py                      # SQLite and PostgreSQL (TEST_DATABASE_URL,
                                                        #   else postgresql://postgres@127.0.0.1:5432/test)
    python benchmarks/fault_run.py --backends sqlite --scale 2

The scenarios are ``tests/fault_scenarios.py``'s, which ``tests/slack/test_faults_serve.py``
runs small and asserts on; here each runs at ``--scale`` times its base count
(in brackets: users per path, or requests):

- Slack unreachable (the stand-in stopped) [5 on each of slash, pick, form, shortcut]
- response_url hanging on a socket that never answers [10 slash, 10 pick]
- refusing: response_url / response_url+ephemeral / postMessage / every way [5 each path]
- views.open refused: /logcontact alone, the shortcut, a Log contact button [5 each]
- one reply URL hanging 12 s beside 60 requests started every 0.2 s
- 20 reply URLs hanging 12 s beside 60 requests started every 0.2 s
- a cold instance started with Slack unreachable [5 slash, 5 pick, 5 form]
- PostgreSQL connections killed every 0.4 s during 200 /logcontacts started every 0.2 s,
  and every 0.1 s during 200 started every 0.05 s (PostgreSQL only)
- unsigned and malformed requests [19 kinds x 2 response_urls x 3]

Prints one row per scenario and backend: attempts; recorded (at least once);
lost (acked within 3 s, not recorded, and the user not told so); duplicated;
late acks (not a 200 within 3 s); untold users and false replies ("n/a" where
no way of telling the user was up); told not saved (told truthfully that
nothing, or maybe nothing, was recorded). Then the acks' p50/p99/max per
scenario, and what the forged requests caused.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.databases import TemplateDatabases  # noqa: E402
from tests.fault_rig import Rig  # noqa: E402
from tests.fault_scenarios import (  # noqa: E402
    REFUSALS,
    Forgeries,
    Outcome,
    cold_instance,
    form_cannot_open,
    hang_beside,
    killed_connections,
    reply_url_hanging,
    slack_refusing,
    slack_unreachable,
    unsigned_and_malformed,
)
from tests.fault_verdicts import percentile  # noqa: E402

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
COLUMNS = (
    "scenario",
    "backend",
    "attempts",
    "recorded",
    "lost",
    "duplicated",
    "late acks",
    "untold",
    "false replies",
    "told not saved",
)


def row(outcome: Outcome) -> list[str]:
    verdicts = outcome.verdicts
    tell = outcome.can_tell

    def count(test: Callable[..., bool]) -> str:
        return str(sum(1 for v in verdicts if test(v)))

    return [
        outcome.scenario,
        outcome.backend,
        str(len(verdicts)),
        count(lambda v: v.recorded >= 1),
        count(lambda v: v.lost) if outcome.expect_records else "-",
        count(lambda v: v.duplicated),
        count(lambda v: v.late),
        count(lambda v: v.untold) if tell else "n/a",
        count(lambda v: bool(v.false_replies)) if tell else "n/a",
        count(lambda v: v.told_not_saved),
    ]


def table(header: tuple[str, ...] | list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=True)]

    def line(cells: list[str] | tuple[str, ...]) -> str:
        return "  ".join(
            str(c).ljust(w) if i < 2 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def ack_row(outcome: Outcome) -> list[str]:
    acks = [a.ack_seconds * 1000 for a in outcome.attempts]
    return [
        outcome.scenario,
        outcome.backend,
        str(len(acks)),
        f"{percentile(acks, 0.5):.0f}",
        f"{percentile(acks, 0.99):.0f}",
        f"{max(acks):.0f}",
        str(sum(1 for a in acks if a > 1000)),
    ]


def forged_row(backend: str, forged: Forgeries, requests: int) -> list[str]:
    return [
        "unsigned and malformed",
        backend,
        str(requests),
        str(len(forged.wrong_statuses())),
        str(len(forged.outbound)),
        str(forged.trapped),
        str(forged.log.count("status=500")),
        str(forged.log.count("Traceback")),
    ]


def scenarios(rig: Rig, scale: int, workdir: Path) -> list[tuple[str, Callable[[], Outcome]]]:
    backend = rig.backend
    runs: list[tuple[str, Callable[[], Outcome]]] = [
        ("Slack unreachable", lambda: slack_unreachable(rig, 5 * scale)),
        ("response_url hanging", lambda: reply_url_hanging(rig, 10 * scale)),
    ]
    runs += [
        (f"refusing {refusal}", partial(slack_refusing, rig, refusal, 5 * scale))
        for refusal in REFUSALS
    ]
    runs += [
        ("views.open refused", lambda: form_cannot_open(rig, 5 * scale)),
        ("one hang", lambda: hang_beside(rig, 60 * scale, every=0.2 / scale)[0]),
        ("20 hangs", lambda: hang_beside(rig, 60 * scale, every=0.2 / scale, hanging=20)[0]),
        ("cold", lambda: cold_instance(rig, workdir, 5 * scale)[0]),
    ]
    if backend == "postgresql":
        runs.append(("PG killed", lambda: killed_connections(rig, 200 * scale)[0]))
        # Harsher than the issue's: kills four times as often, lines four times as fast.
        runs.append(
            (
                "PG killed hard",
                lambda: killed_connections(rig, 200 * scale, every=0.05, kill_every=0.1)[0],
            )
        )
    return runs


def run_backend(
    backend: str, databases: TemplateDatabases, scale: int, workdir: Path
) -> tuple[list[Outcome], list[str], list[str]]:
    rig = Rig(backend=backend, database_url=databases.url(backend), workdir=workdir).start()
    outcomes: list[Outcome] = []
    failures: list[str] = []
    try:
        for name, run in scenarios(rig, scale, workdir):
            started = time.monotonic()
            print(f"  {backend}: {name} ...", end="", flush=True, file=sys.stderr)
            try:
                outcome = run()
                outcomes.append(outcome)
                notes = f" ({'; '.join(outcome.notes)})" if outcome.notes else ""
                print(f" {time.monotonic() - started:.0f}s{notes}", file=sys.stderr)
            except Exception:  # one scenario's crash is a finding; the others still run
                failures.append(f"{backend} {name}:\n{traceback.format_exc()}")
                print(" crashed", file=sys.stderr)
            finally:
                rig.standin.recover()
                rig.standin.start()
        repeat = 3 * scale
        forged = unsigned_and_malformed(rig, repeat=repeat)
        requests = sum(1 for _ in forged.statuses) * 2 * repeat
        forged_rows = forged_row(backend, forged, requests)
    finally:
        code = rig.close()
    if code != 0:
        failures.append(f"{backend}: cmsbot serve exited with {code}")
    return outcomes, forged_rows, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--scale", type=int, default=1, help="multiply every count (default 1)")
    parser.add_argument("--pg-url", default=os.environ.get("TEST_DATABASE_URL") or DEFAULT_PG)
    args = parser.parse_args()
    os.environ["TEST_DATABASE_URL"] = args.pg_url  # where TemplateDatabases makes its databases
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    outcomes: list[Outcome] = []
    forged: list[list[str]] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="fault-run-") as tmp:
        databases = TemplateDatabases(Path(tmp))
        try:
            for backend in backends:
                workdir = Path(tmp) / backend
                workdir.mkdir()
                done, forged_rows, failed = run_backend(backend, databases, args.scale, workdir)
                outcomes += done
                forged.append(forged_rows)
                failures += failed
        finally:
            databases.drop_all()
    print()
    print(table(COLUMNS, [row(o) for o in outcomes]))
    print()
    ack_header = ["scenario", "backend", "acks", "p50 ms", "p99 ms", "max ms", "> 1 s"]
    print(table(ack_header, [ack_row(o) for o in outcomes]))
    print()
    forged_header = [
        "scenario",
        "backend",
        "requests",
        "wrong status",
        "outbound calls",
        "trap hits",
        "500s",
        "tracebacks",
    ]
    print(table(forged_header, forged))
    for outcome in outcomes:
        for note in outcome.notes:
            print(f"note: {outcome.scenario} [{outcome.backend}]: {note}")
    for failure in failures:
        print("\n" + failure)
    bad = any(
        v.lost or v.duplicated or v.late or (o.can_tell and (v.untold or v.false_replies))
        for o in outcomes
        for v in o.verdicts
    )
    return 1 if failures or bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""What each ``cmsbot`` command does; ``bot.cli`` parses and reports errors."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import TYPE_CHECKING

from bot.cli.database import note_if_empty, open_engine, open_sessions, with_database
from bot.clock import FixedClock, system_clock
from bot.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.models import Rep
from storage import schema
from storage.engine import make_engine

log = logging.getLogger("cmsbot")


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.app import build_app
    from bot.scheduler import start_scheduler

    cms = build_app(settings, mode="socket")
    start_scheduler(cms.deps)
    log.info("connecting to Slack over Socket Mode")
    try:
        SocketModeHandler(cms.bolt, settings.app_token).start()
    finally:
        cms.close()
    return 0


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import build_app
    from bot.scheduler import start_scheduler
    from handlers.http.server import serve

    cms = build_app(settings, mode="http")
    log.info("serving on http://%s:%s/slack/events", args.host, args.port)
    serve(
        cms,
        host=args.host,
        port=args.port,
        workers=args.workers,
        threads=args.threads,
        on_ready=lambda: start_scheduler(cms.deps),
    )
    return 0


def cmd_db(settings: Settings, args: argparse.Namespace) -> int:
    engine = make_engine(settings.database_url)
    if args.db_command == "upgrade":
        schema.upgrade(engine)
        print(f"database at revision {schema.current_revision(engine)}")
    elif args.db_command == "downgrade":
        schema.downgrade(engine, args.revision)
        print(f"database at revision {schema.current_revision(engine) or 'base (empty)'}")
    else:
        print(schema.current_revision(engine) or "base (empty)")
    return 0


def _sessions(settings: Settings, *, empty_note: bool = True):  # type: ignore[no-untyped-def]
    """Sessions on the existing, migrated database (``bot.cli.database``)."""
    return open_sessions(settings, empty_note=empty_note)


def cmd_import(settings: Settings, args: argparse.Namespace) -> int:
    from bot.imports import import_csv

    sessions = _sessions(settings, empty_note=False)  # an empty book is what one loads
    with sessions.begin() as session:
        summary = import_csv(
            session,
            kind=args.kind,
            path=args.file,
            now=system_clock(),
            reporting_currency=settings.reporting_currency,
        )
    print(summary)
    return 0


def cmd_export(settings: Settings, args: argparse.Namespace) -> int:
    from bot.reports.exports import export

    if args.kind == "documents":
        return _export_documents(settings, args)
    if args.kind == "client":
        return _export_client(settings, args)
    sessions = _sessions(settings)
    with sessions.begin() as session:
        reader = _reader(session, args.reader)
        export(session, kind=args.kind, fmt=args.format, out=sys.stdout, reader=reader)
    return 0


def _reader(session: Session, user_id: str | None) -> Rep | None:
    """The person ``--as U`` names (``None`` without it: the operator reads everything)."""
    if user_id is None:
        return None
    from bot.directory.rep_lookup import find_rep

    return find_rep(session, user_id)


def _export_client(settings: Settings, args: argparse.Namespace) -> int:
    from bot.errors import CmsError
    from bot.reports.client_record import export_client

    if not args.ext_id:
        raise CmsError("export client needs the client's external id: cmsbot export client EXT_ID.")
    sessions = _sessions(settings)
    with sessions.begin() as session:
        reader = _reader(session, args.reader)
        export_client(
            session,
            external_id=args.ext_id,
            fmt=args.format,
            out=sys.stdout,
            reader=reader,
            now=system_clock(),
        )
    return 0


def _export_documents(settings: Settings, args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.documents.export import export_documents
    from bot.errors import CmsError

    if not args.client or not args.to:
        raise CmsError("export documents needs --client EXT_ID and --to DIR.")
    sessions = _sessions(settings)  # --db already applied (bot.cli.dispatch)
    with sessions.begin() as session:
        done = export_documents(
            session, external_id=args.client, to=Path(args.to), now=system_clock()
        )
    print(done)
    return 0


def cmd_nudge(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import build_deps
    from bot.cadence.nudges import run_tick
    from bot.cli import parse_instant

    clock = FixedClock(parse_instant(args.at)) if args.at else system_clock
    engine = open_engine(settings)
    note_if_empty(engine)
    deps = build_deps(settings, clock=clock, engine=engine)
    report = run_tick(deps, now=clock(), dry_run=args.dry_run)
    if args.format == "json":
        print(json.dumps(report.as_json(), indent=2))
    else:
        print(report.as_text())
    return 0


def cmd_audit(settings: Settings, args: argparse.Namespace) -> int:
    from bot.cli.audit import run

    return run(settings, args)


def cmd_report(settings: Settings, args: argparse.Namespace) -> int:
    from bot.cli import parse_instant
    from bot.cli.reports import run_report

    now = parse_instant(args.at) if args.at else system_clock()
    sessions = _sessions(settings)
    with sessions.begin() as session:
        run_report(
            session,
            kind=args.kind,
            period_text=args.period,
            fmt=args.format,
            out=sys.stdout,
            now=now,
            timezone=args.timezone or settings.reporting_timezone,
            rep=args.rep,
            team=args.team,
            reader=args.reader,
            currency=settings.reporting_currency,
        )
    return 0


def cmd_demo(settings: Settings, args: argparse.Namespace) -> int:
    """Build the demo book; never in DATABASE_URL's database, only in a file named here."""
    from pathlib import Path

    from bot.cli import demo as demo_book

    path = (Path(args.db) if args.db else demo_book.default_path()).expanduser().resolve()
    counts = demo_book.create(path)
    print(f"Demo book written to {path}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    for line in demo_book.next_commands(path):
        print(line)
    return 0


def cmd_console(settings: Settings, args: argparse.Namespace) -> int:
    from bot.console import session as terminal

    argv = [
        *(["--db", args.db] if args.db else []),
        *(["--as", args.as_user] if args.as_user else []),
        *(["--files", args.files] if args.files else []),
    ]
    return terminal.main(argv)


def cmd_doctor(settings: Settings, args: argparse.Namespace) -> int:
    """Every check, one line each; exit 1 when any found a problem."""
    from pathlib import Path

    from bot.cli.doctor import MANIFEST, examine

    manifest = Path(args.manifest) if args.manifest else MANIFEST
    found = examine(with_database(settings, args.db), now=system_clock(), manifest=manifest)
    for line in found.lines():
        print(line)
    return 1 if found.problems else 0


def cmd_outbox(settings: Settings, args: argparse.Namespace) -> int:
    from bot.delivery.problems import retry_dead

    sessions = _sessions(settings)
    with sessions.begin() as session:
        keys = retry_dead(session, now=system_clock(), keys=args.keys or None)
    for key in sorted(set(args.keys) - set(keys)):
        print(f"{key}: not a refused post (sent, still owed, or no such key); left as it is")
    if not keys:
        print("No refused posts to retry.")
        return 0
    print(f"{len(keys)} refused post(s) owed again; the running bot sends them within a minute:")
    for key in keys:
        print(f"  {key}")
    return 0

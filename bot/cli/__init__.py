"""``cmsbot``: the command line. Turns ``CmsError`` into one line on stderr, exit 1.

Each command imports what it needs lazily, so ``cmsbot --help`` is instant and
a missing setting is reported before anything heavy loads.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy.exc import OperationalError

from bot.cli import audit as cli_audit
from bot.cli.database import DB_HELP, require_existing, with_database
from bot.errors import CmsError, ImportFailed, SchemaNotCurrent
from bot.settings import load_settings

IMPORT_KINDS = ("reps", "clients", "interactions", "activity", "positions", "rates")
EXPORT_KINDS = ("interactions", "claims", "audit", "documents", "client")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cmsbot", description="Contact management in Slack.")
    parser.add_argument(
        "--log-level",
        help="logging level (default INFO for run, serve and db; WARNING for the rest)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="run the bot over Socket Mode (no public URL needed)")
    run.add_argument("--db", help=DB_HELP)

    serve = commands.add_parser(
        "serve", help="run the bot over HTTP (Slack request URL /slack/events)"
    )
    serve.add_argument("--host", default="0.0.0.0", help="address to bind (default 0.0.0.0)")
    serve.add_argument("--port", type=int, default=3000, help="port to bind (default 3000)")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    serve.add_argument("--threads", type=int, default=8, help="threads per worker (default 8)")
    serve.add_argument("--db", help=DB_HELP)

    db = commands.add_parser("db", help="create, migrate or inspect the schema")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    up = db_commands.add_parser(
        "upgrade", help="create or migrate the schema to the latest revision"
    )
    up.add_argument("--db", help=DB_HELP + "; the one command that creates it")
    down = db_commands.add_parser("downgrade", help="step the schema back (default: one revision)")
    down.add_argument("revision", nargs="?", default="-1", help="target revision (default -1)")
    down.add_argument("--db", help=DB_HELP)
    current = db_commands.add_parser("current", help="print the schema revision")
    current.add_argument("--db", help=DB_HELP)

    imp = commands.add_parser("import", help="bulk load a CSV file, all-or-nothing")
    imp.add_argument("kind", choices=IMPORT_KINDS, help="what the file holds")
    imp.add_argument("file", help="the CSV file (header row required)")
    imp.add_argument("--db", help=DB_HELP)

    exp = commands.add_parser(
        "export", help="write records to standard output (documents: files into a folder)"
    )
    exp.add_argument("kind", choices=EXPORT_KINDS, help="what to export")
    exp.add_argument(
        "ext_id",
        nargs="?",
        metavar="EXT_ID",
        help="client: the client's external id (its whole record with the audit trail)",
    )
    exp.add_argument(
        "--format", choices=("csv", "json"), default="csv", help="csv (default) or json"
    )
    exp.add_argument("--client", help="documents: the client's external id (EXT_ID)")
    exp.add_argument(
        "--as",
        dest="reader",
        metavar="U",
        help="only what this Slack user may read (client: they must hold the compliance role)",
    )
    exp.add_argument(
        "--to", help="documents: a new or empty folder for the files, manifest.json and SHA256SUMS"
    )
    exp.add_argument("--db", help=DB_HELP)

    nudge = commands.add_parser("nudge", help="run one tick of the nudge job")
    nudge.add_argument("--at", help="ISO-8601 instant to act as if the clock read (default now)")
    nudge.add_argument(
        "--dry-run", action="store_true", help="print who would get what; send nothing"
    )
    nudge.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    nudge.add_argument("--db", help=DB_HELP)

    report = commands.add_parser(
        "report", help="scorecards or initiative returns for management reporting"
    )
    report.add_argument("kind", choices=("scorecard", "roi"), help="which report")
    report.add_argument(
        "--period", default="this quarter", help='plain words: "2026 Q3", "last month", "ytd"'
    )
    report.add_argument("--rep", help="scorecard of one rep (Slack user id or name)")
    report.add_argument("--team", help="scorecards of everyone under this manager")
    report.add_argument(
        "--as",
        dest="reader",
        metavar="U",
        help="the report as this Slack user gets it in Slack (refused when they may not)",
    )
    report.add_argument(
        "--format", choices=("csv", "json"), default="csv", help="csv (default) or json"
    )
    report.add_argument(
        "--timezone",
        help="zone periods are read in (default CMS_REPORTING_TIMEZONE, as in Slack)",
    )
    report.add_argument("--at", help="ISO-8601 instant to report as of (default now)")
    report.add_argument("--db", help=DB_HELP)

    demo = commands.add_parser(
        "demo", help="build the demo book in a throwaway SQLite file (no Slack needed)"
    )
    demo.add_argument("--db", help="SQLite file to (re)create (default: a file in the temp folder)")
    console = commands.add_parser(
        "console", help="the real bot against a local Slack stand-in, in your terminal"
    )
    console.add_argument("--db", help="a demo book made by cmsbot demo (default: the usual one)")
    console.add_argument("--as", dest="as_user", help="start as this user (name or Slack id)")
    console.add_argument(
        "--files", help="folder for the console's log and the files the bot uploads (charts)"
    )

    doctor = commands.add_parser(
        "doctor",
        help="check token, scopes, channel membership, database, scheduler and outbox",
    )
    doctor.add_argument("--db", help=DB_HELP)
    doctor.add_argument(
        "--manifest", help="the app manifest whose scopes the token needs (default manifest.yml)"
    )

    outbox = commands.add_parser("outbox", help="the Slack posts the bot owes")
    outbox_commands = outbox.add_subparsers(dest="outbox_command", required=True, metavar="ACTION")
    retry = outbox_commands.add_parser(
        "retry", help="post again the posts Slack refused for good, once the cause is fixed"
    )
    retry.add_argument("keys", nargs="*", metavar="KEY", help="only these posts (default: all)")
    retry.add_argument("--db", help=DB_HELP)

    cli_audit.add_parsers(commands)
    return parser


def parse_instant(text: str) -> datetime:
    """An ISO-8601 instant; one without an offset is taken as UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise CmsError(
            f"--at needs an ISO-8601 instant like 2026-12-01T09:00:00Z, not {text!r}."
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    chosen = args.log_level or ("INFO" if args.command in ("run", "serve", "db") else "WARNING")
    level = getattr(logging, str(chosen).upper(), logging.INFO)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if level > logging.DEBUG:
        # Alembic chats at INFO on every schema check; keep start-up errors one line.
        # `db` commands keep its "Running upgrade ..." lines.
        migrating = args.command == "db" and args.db_command != "current"
        quiet = "alembic.runtime.plugins" if migrating else "alembic"
        logging.getLogger(quiet).setLevel(logging.WARNING)
        if migrating and level <= logging.INFO:
            logging.getLogger("alembic.runtime.migration").setLevel(logging.INFO)
    try:
        return dispatch(args)
    except ImportFailed as error:
        for line in error.errors:
            print(line, file=sys.stderr)
        print(
            "Nothing was imported; fix the lines above and run the import again.", file=sys.stderr
        )
        return 1
    except (CmsError, SchemaNotCurrent) as error:
        print(f"cmsbot: {error}", file=sys.stderr)
        return 1
    except OperationalError as error:
        # An unreachable or refused database is a setting to fix, not a bug: one line.
        reason = (str(error.orig or error).strip().splitlines() or ["unknown error"])[0]
        print(f"cmsbot: cannot use the database (--db or DATABASE_URL): {reason}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


# The demo and the console choose their own file; doctor reports a missing one as a finding.
OWN_DATABASE = ("demo", "console", "doctor")


def may_create(args: argparse.Namespace) -> bool | None:
    """True: the command creates the database; False: it needs one; None: it opens none."""
    if args.command == "db" and args.db_command == "upgrade":
        return True
    if args.command == "audit" and args.audit_command == "keygen":
        return None
    return False


def dispatch(args: argparse.Namespace) -> int:
    from bot.cli import commands as cli_commands

    settings = load_settings()
    from bot import audit

    audit.use_chain_key(settings.audit_chain_key)  # a key kept in .env, too
    if args.command not in OWN_DATABASE:
        settings = with_database(settings, getattr(args, "db", None))
        if args.command in ("run", "serve"):
            settings.require("socket" if args.command == "run" else "http")
        if may_create(args) is False:
            require_existing(settings)
    handler = getattr(cli_commands, f"cmd_{args.command}")
    return int(handler(settings, args) or 0)


if __name__ == "__main__":
    sys.exit(main())

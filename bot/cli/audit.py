"""``cmsbot audit verify | checkpoint | keygen | seal``: the audit trail from the command line.

Exit status of ``cmsbot audit verify``, one bit per kind of finding, added up:

    0   the chain, every audited table and every checkpoint read agree
    1   the chain or a table is broken: tampering visible in the database itself
    4   the chain disagrees with a validly signed checkpoint: rewritten and
        re-hashed behind the triggers, or cut
    8   a checkpoint is badly signed (forged, altered, another key) or malformed
    16  checkpoints could not all be read (a file, the channel), or there is no
        public key to check them with

(2 stays argparse's: the command line itself was wrong.) Slack is read after
the database transaction has ended, never inside it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.clock import system_clock
from bot.errors import CmsError
from bot.settings import Settings

if TYPE_CHECKING:
    from slack_sdk import WebClient

BROKEN, DISAGREES, BADLY_SIGNED, UNREAD = 1, 4, 8, 16
EXIT_STATUS = """Checks the keyed chain, every audited table, and each signed checkpoint it can
read (CMS_AUDIT_CHANNEL's history, --checkpoints FILE...). Exit status, one bit
per kind of finding, added up:

  0   the chain, every audited table and every checkpoint read agree
  1   the chain or a table is broken: tampering visible in the database itself
  4   the chain disagrees with a validly signed checkpoint: rewritten and
      re-hashed behind the triggers, or cut
  8   a checkpoint is badly signed (forged, altered, another key) or malformed
  16  checkpoints could not all be read (a file, the channel), or there is no
      public key to check them with"""
DEFAULT_KEY_FILE = "audit-signing-key.pem"


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The ``audit`` command and its actions, for ``bot.cli.build_parser``."""
    audit_parser = commands.add_parser(
        "audit", help="the audit trail: verify it, checkpoint it, make the signing key"
    )
    actions = audit_parser.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    db_help = "the database: a SQLite file or a URL (default DATABASE_URL)"
    verify = actions.add_parser(
        "verify",
        help="check the keyed chain, every audited table and the signed checkpoints; "
        "non-zero on any break (1 chain/table, 4 checkpoint disagrees, 8 bad signature, "
        "16 unread)",
        description=EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument(
        "--checkpoints", nargs="+", default=[], metavar="FILE", help="checkpoint files to check"
    )
    verify.add_argument(
        "--public-key",
        help="the key `audit keygen` printed, or a PEM file (default: CMS_AUDIT_SIGNING_KEY's)",
    )
    verify.add_argument(
        "--no-channel", action="store_true", help="do not read CMS_AUDIT_CHANNEL's checkpoints"
    )
    verify.add_argument(
        "--channel-pages", type=int, help="read at most this many pages of the channel (newest)"
    )
    verify.add_argument("--db", help=db_help)
    checkpoint = actions.add_parser(
        "checkpoint", help="seal, sign and post (or write) a checkpoint of the chain now"
    )
    checkpoint.add_argument("--file", help="also append the checkpoint to this file")
    checkpoint.add_argument(
        "--no-channel", action="store_true", help="do not post it to CMS_AUDIT_CHANNEL"
    )
    checkpoint.add_argument("--db", help=db_help)
    keygen = actions.add_parser("keygen", help="make the Ed25519 key that signs checkpoints")
    keygen.add_argument(
        "--out", help=f"where to write it (default CMS_AUDIT_SIGNING_KEY, else {DEFAULT_KEY_FILE})"
    )
    seal = actions.add_parser("seal", help="chain the events that wait for the sealer now")
    seal.add_argument("--db", help=db_help)


def run(settings: Settings, args: argparse.Namespace) -> int:
    action = args.audit_command
    if action == "keygen":
        return _keygen(settings, args)
    if action == "seal":
        return _seal(settings, args)
    if action == "checkpoint":
        return _checkpoint(settings, args)
    return _verify(settings, args)


def _sessions(settings: Settings, db: str | None):  # type: ignore[no-untyped-def]
    from bot.cli.database import open_sessions, with_database

    return open_sessions(with_database(settings, db))


def _reader(settings: Settings) -> WebClient:
    """A Web API client that leaves rate limits to ``read_channel`` (it waits them out)."""
    from slack_sdk import WebClient

    return WebClient(token=settings.bot_token, base_url=settings.api_url, timeout=10)


def _verify(settings: Settings, args: argparse.Namespace) -> int:
    from bot import audit
    from bot.audit import checkpoints
    from bot.audit.verify import examine

    sessions = _sessions(settings, args.db)
    with sessions.begin() as session:
        report = examine(session, now=system_clock())
    status = 0
    if report.breaks:
        status |= BROKEN
        print(f"audit trail broken at {report.breaks[0]}", file=sys.stderr)
        for extra in report.breaks[1:]:
            print(f"also: {extra}", file=sys.stderr)
    if not audit.chain_key_is_set():
        print(
            "warning: CMS_AUDIT_CHAIN_KEY is unset: the chain is keyed with the public "
            "development key, so anyone with database access could forge it.",
            file=sys.stderr,
        )
    read = checkpoints.Read()
    checkpoints.read_files(args.checkpoints, read)
    channel = None if args.no_channel else settings.audit_channel
    if channel:
        if settings.bot_token:
            checkpoints.read_channel(_reader(settings), channel, read, max_pages=args.channel_pages)
        else:
            read.unreadable.append(f"channel {channel}: SLACK_BOT_TOKEN is not set")
    checked = checkpoints.Checked()
    key_text = args.public_key or settings.audit_signing_key
    if read.checkpoints and not key_text:
        read.unreadable.append(
            "no public key to check signatures with: pass --public-key or set CMS_AUDIT_SIGNING_KEY"
        )
    elif read.checkpoints:
        public = checkpoints.load_public_key(key_text or "")
        with sessions.begin() as session:
            checked = checkpoints.check(session, read.checkpoints, public)
    for line in checkpoints.iter_lines(read, checked):
        print(line, file=sys.stderr)
    status |= DISAGREES if checked.disagree else 0
    status |= BADLY_SIGNED if checked.badly_signed or read.malformed else 0
    status |= UNREAD if read.unreadable else 0
    waiting = f", {report.unsealed} not sealed yet" if report.unsealed else ", none waiting"
    print(
        f"chain: {report.sealed} events sealed (sealed {report.sealed_now} now){waiting}; "
        f"head #{report.head_seq} {report.head_hash[:16]}…"
        + (f"; {report.legacy} written before keyed MACs" if report.legacy else "")
    )
    read_count = len(read.checkpoints)
    print(
        f"checkpoints: {checked.held} of {read_count} read agree with the chain"
        if read_count
        else "checkpoints: none read (pass --checkpoints FILE or set CMS_AUDIT_CHANNEL)"
    )
    if status == 0:
        print("audit trail verified: chain intact, every audited table matches its events")
    return status


def _keygen(settings: Settings, args: argparse.Namespace) -> int:
    from bot.audit.checkpoints import keygen

    path = Path(args.out or settings.audit_signing_key or DEFAULT_KEY_FILE).expanduser()
    public = keygen(path)
    print(f"signing key written to {path} (mode 0600); keep it off the database's machine")
    print(f"public key: {public}")
    print(f"set CMS_AUDIT_SIGNING_KEY={path.resolve()} for the bot and for `cmsbot audit verify`")
    return 0


def _seal(settings: Settings, args: argparse.Namespace) -> int:
    from bot.audit.seal import seal

    with _sessions(settings, args.db).begin() as session:
        done = seal(session, now=system_clock())
    print(f"sealed {done.count} events; the chain's head is #{done.last_seq}")
    return 0


def _checkpoint(settings: Settings, args: argparse.Namespace) -> int:
    from slack_sdk.errors import SlackApiError

    from bot.audit import checkpoints
    from bot.delivery.client import make_web_client
    from storage.models import AuditCheckpoint

    if not settings.audit_signing_key:
        raise CmsError("CMS_AUDIT_SIGNING_KEY is not set: make a key with `cmsbot audit keygen`.")
    channel = None if args.no_channel else settings.audit_channel
    if not channel and not args.file:
        raise CmsError("Nowhere to put the checkpoint: set CMS_AUDIT_CHANNEL or pass --file.")
    key = checkpoints.load_signing_key(settings.audit_signing_key)
    sessions = _sessions(settings, args.db)
    with sessions.begin() as session:
        made, row = checkpoints.make_checkpoint(session, key=key, now=system_clock())
        row.channel = channel
        row_id = row.id
    print(f"checkpoint signed: event #{made.seq}, {made.count} events, head {made.head_hash}")
    if args.file:
        checkpoints.append_to_file(args.file, made)
        print(f"written to {args.file}")
    if channel:
        try:
            ts = checkpoints.post_checkpoint(make_web_client(settings), channel, made)
        except SlackApiError as error:
            print(
                f"cmsbot: could not post the checkpoint to {channel}: "
                f"{error.response.get('error')}",
                file=sys.stderr,
            )
            return 1
        with sessions.begin() as session:
            stored = session.get(AuditCheckpoint, row_id)
            if stored is not None:
                stored.message_ts = ts
        print(f"posted to {channel} (message {ts})")
    return 0

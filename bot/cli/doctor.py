"""``cmsbot doctor``: is this deployment able to do its job? One line per problem, with the fix.

Asks Slack what only Slack can tell, and the database the rest:

- the token: ``auth.test`` (https://docs.slack.dev/reference/methods/auth.test);
- its scopes against what ``manifest.yml`` requests: Slack names a token's scopes
  in the ``x-oauth-scopes`` header of its Web API answers (Slack's OAuth scopes
  documentation, "Working with scopes", https://api.slack.com/legacy/oauth-scopes);
- the controllers' channel: ``conversations.info`` says whether it exists, is
  archived and has the bot as a member (``is_member``;
  https://docs.slack.dev/reference/methods/conversations.info, needs
  ``channels:read`` / ``groups:read``);
- the database's schema revision against the code's (Alembic head);
- the scheduler jobs' last runs, the outbox's backlog with its oldest owed post,
  and the posts Slack refused for good (``bot.delivery.problems``, as the admins' Home);
- the audit trail: the chain key (a warning when unset: the public development
  key is in use), the checkpoint signing key, its channel, how far the sealer
  lags, and the age of the last signed checkpoint.

A warning does not fail the check: it names a weaker setup that still works.

Nothing is written and no database is created: a SQLite file that does not
exist is reported, not made.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.delivery import problems
from bot.delivery.slack import describe_failure
from bot.settings import Settings

# Beside the code in a checkout; else the working directory's (``--manifest`` names another).
MANIFEST = next(
    (
        path
        for path in (Path(__file__).resolve().parent.parent / "manifest.yml", Path("manifest.yml"))
        if path.is_file()
    ),
    Path("manifest.yml"),
)
TIMEOUT = 5
TOKEN_ERRORS = ("invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired")


@dataclass
class Findings:
    """What the doctor found: lines that passed, and problems (each with what to do)."""

    passed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def ok(self, line: str) -> None:
        self.passed.append(line)

    def warn(self, line: str) -> None:
        self.warnings.append(line)

    def problem(self, line: str) -> None:
        self.problems.append(line)

    def lines(self) -> Iterator[str]:
        for line in self.passed:
            yield f"ok: {line}"
        for line in self.warnings:
            yield f"warning: {line}"
        for line in self.problems:
            yield f"problem: {line}"
        count = len(self.problems)
        yield "No problems found." if not count else f"{count} problem(s) found."


def examine(settings: Settings, *, now: datetime, manifest: Path = MANIFEST) -> Findings:
    """Every check; never raises for what it finds."""
    found = Findings()
    client = slack_checks(settings, found, manifest=manifest)
    usable = database_checks(settings, found, now=now)
    audit_checks(settings, found, client=client, now=now, database=usable)
    return found


# -- Slack --------------------------------------------------------------------------------


def slack_checks(settings: Settings, found: Findings, *, manifest: Path) -> WebClient | None:
    """The token, its scopes and the controllers' channel; the client when Slack answered."""
    if not settings.bot_token:
        found.problem(
            "SLACK_BOT_TOKEN is not set: put the app's Bot User OAuth Token (xoxb-…) in the "
            "environment or in .env."
        )
        return None
    client = WebClient(
        token=settings.bot_token, base_url=settings.api_url, timeout=TIMEOUT, retry_handlers=[]
    )
    try:
        auth = client.auth_test()
    except SlackApiError as error:
        failure = describe_failure(error)
        if failure.code in TOKEN_ERRORS:
            found.problem(
                f"Slack refuses SLACK_BOT_TOKEN ({failure.code}): copy the Bot User OAuth Token "
                "from the app's OAuth & Permissions page into SLACK_BOT_TOKEN."
            )
        else:
            found.problem(f"auth.test failed ({failure.message}): check SLACK_BOT_TOKEN.")
        return None
    except Exception as error:
        found.problem(
            f"Cannot reach Slack at {settings.api_url} ({describe_failure(error).message}): "
            "check the network, and SLACK_API_URL if it is set."
        )
        return None
    found.ok(
        f"token: the bot @{auth.get('user')} ({auth.get('user_id')}) in "
        f"{auth.get('team')} ({auth.get('team_id')})"
    )
    scope_checks(_header(auth.headers, "x-oauth-scopes"), found, manifest=manifest)
    channel_checks(client, settings.controllers_channel, found)
    return client


def _header(headers: Any, name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) else value)
    return None


def requested_scopes(manifest: Path = MANIFEST) -> list[str]:
    """The bot scopes ``manifest.yml`` requests (``oauth_config.scopes.bot``).

    Read line by line (PyYAML is a test dependency, not the bot's): the items
    of the list nested under ``oauth_config:``, ``scopes:``, ``bot:``.
    """
    scopes: list[str] = []
    path: list[tuple[int, str]] = []
    for raw in manifest.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        indent, item = len(line) - len(line.lstrip()), line.strip()
        if item.startswith("- "):
            if [key for _, key in path] == ["oauth_config", "scopes", "bot"]:
                scopes.append(item[2:].strip().strip("\"'"))
            continue
        while path and path[-1][0] >= indent:
            path.pop()
        path.append((indent, item.split(":", 1)[0].strip()))
    return scopes


def scope_checks(granted_header: str | None, found: Findings, *, manifest: Path) -> None:
    if not manifest.is_file():
        found.problem(f"No manifest at {manifest}: cannot tell which scopes the bot needs.")
        return
    wanted = requested_scopes(manifest)
    if granted_header is None:
        found.problem(
            "Slack did not say which scopes the token has (no x-oauth-scopes header): "
            "check SLACK_API_URL points at Slack's Web API."
        )
        return
    granted = {scope.strip() for scope in granted_header.split(",") if scope.strip()}
    missing = [scope for scope in wanted if scope not in granted]
    if missing:
        found.problem(
            f"The token lacks {', '.join(missing)}, which manifest.yml requests: add "
            f"{'them' if len(missing) > 1 else 'it'} under the app's OAuth & Permissions (or "
            "update the app from manifest.yml), reinstall the app to the workspace, and put "
            "the new token in SLACK_BOT_TOKEN."
        )
    else:
        found.ok(f"scopes: all {len(wanted)} that manifest.yml requests are granted")


def channel_checks(client: WebClient, channel: str | None, found: Findings) -> None:
    if not channel:
        found.problem(
            "CMS_CONTROLLERS_CHANNEL is not set: claims wait until it names the controllers' "
            "channel (its id, C…, from the channel's details)."
        )
        return
    membership_checks(
        client,
        channel,
        found,
        label="controllers' channel",
        setting="CMS_CONTROLLERS_CHANNEL",
        without="until then no claim reaches the controllers. Then retry the refused posts "
        "(`cmsbot outbox retry`).",
    )


def membership_checks(
    client: WebClient, channel: str, found: Findings, *, label: str, setting: str, without: str
) -> None:
    """The channel named by ``setting`` exists, is live and has the bot (``without``: else what)."""
    try:
        info = client.conversations_info(channel=channel)["channel"]
    except SlackApiError as error:
        failure = describe_failure(error)
        if failure.code == "channel_not_found":
            found.problem(
                f"The {label} {channel} ({setting}) does not exist "
                "or is private without the bot: check the id in the channel's details, and "
                "invite the bot there (`/invite @contacts`)."
            )
        elif failure.code == "missing_scope":
            found.problem(
                f"Cannot check the {label} {channel}: the token lacks "
                "channels:read / groups:read (see the scopes above)."
            )
        else:
            found.problem(f"Cannot check the {label} {channel}: {failure.message}.")
        return
    except Exception as error:
        message = describe_failure(error).message
        found.problem(f"Cannot check the {label} {channel}: {message}.")
        return
    name = f"#{info.get('name')} ({channel})"
    if info.get("is_archived"):
        found.problem(
            f"The {label} {name} is archived: unarchive it, or set "
            f"{setting} to a live channel and restart the bot."
        )
    elif not info.get("is_member"):
        found.problem(
            f"The bot is not a member of the {label} {name}: invite it "
            f"(type `/invite @contacts` in that channel); {without}"
        )
    else:
        found.ok(f"{label}: {name}, the bot is a member")


# -- the database -------------------------------------------------------------------------


def database_checks(settings: Settings, found: Findings, *, now: datetime) -> bool:
    """The database's presence, revision, outbox and jobs; True when it is usable."""
    from storage import schema
    from storage.engine import make_engine, make_session_factory

    url = make_url(settings.database_url)
    file = url.database if url.get_backend_name() == "sqlite" else None
    if file not in (None, "", ":memory:") and not Path(str(file)).is_file():
        found.problem(
            f"No database at {file}: create it with `cmsbot db upgrade` "
            "(with the same --db or DATABASE_URL)."
        )
        return False
    engine = make_engine(settings.database_url)
    try:
        current, head = schema.current_revision(engine), schema.head_revision()
        if current != head:
            state = "has no schema" if current is None else f"is at revision {current}"
            found.problem(
                f"The database {state}; the code expects {head}: run `cmsbot db upgrade`."
            )
            return False
        found.ok(f"database: at revision {head}, the code's")
        with make_session_factory(engine)() as session:
            owed = problems.owed(session)
            collected = problems.collect(session, now=now)
    except SQLAlchemyError as error:
        reason = _first_line(error)
        found.problem(f"Cannot use the database ({reason}): check --db or DATABASE_URL.")
        return False
    finally:
        engine.dispose()
    if owed is None:
        found.ok("outbox: nothing owed to Slack")
    else:
        since = _utc(owed.since)
        found.ok(f"outbox: {owed.count} owed, the oldest ({owed.oldest_key}) since {since}")
    if not collected.dead:
        found.ok("outbox: no post refused by Slack")
    if not collected.jobs:
        found.ok("scheduler: every job ran recently, and its last run succeeded")
    for what, fix in problems.lines(collected, channel=_name, when=_utc):
        found.problem(f"{what} {fix}")
    return True


def _first_line(error: SQLAlchemyError) -> str:
    """What the database driver said, first line only (no SQL, no parameters)."""
    return (str(getattr(error, "orig", None) or error).strip().splitlines() or ["?"])[0]


def _name(conversation: str | None) -> str:
    return conversation or "?"


def _utc(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


# -- the audit trail ----------------------------------------------------------------------

# The sealer runs every few seconds; events waiting longer than this mean it is not running.
SEALER_LAG = timedelta(minutes=1)
# Checkpoints are signed daily; a day and an hour without one means the job stopped.
CHECKPOINT_AGE = timedelta(hours=25)


def audit_checks(
    settings: Settings,
    found: Findings,
    *,
    client: WebClient | None,
    now: datetime,
    database: bool = True,
) -> None:
    """The keys and the audit channel; the sealer and checkpoints when ``database`` is usable."""
    from bot import audit
    from bot.audit.checkpoints import load_signing_key
    from bot.errors import CmsError

    if settings.audit_chain_key:
        audit.use_chain_key(settings.audit_chain_key)
    if not audit.chain_key_is_set():
        found.warn(
            "CMS_AUDIT_CHAIN_KEY is not set: the audit chain is keyed with the public "
            "development key, so anyone with database access could forge events. Set it to "
            "32 random bytes (or a file holding them), kept outside the database."
        )
    else:
        try:
            audit.chain_key()
        except CmsError as error:
            found.problem(f"{error} Every audit event is refused until it is fixed.")
        else:
            found.ok("audit: the chain key is set")
    key_path, channel = settings.audit_signing_key, settings.audit_channel
    if not key_path:
        found.warn(
            "CMS_AUDIT_SIGNING_KEY is not set: no signed checkpoints, so a chain rewritten "
            "behind the database's triggers cannot be caught. Make one with "
            "`cmsbot audit keygen` and point CMS_AUDIT_SIGNING_KEY at it."
        )
    else:
        try:
            load_signing_key(key_path)
        except Exception as error:
            found.problem(
                f"CMS_AUDIT_SIGNING_KEY ({key_path}) is not a usable Ed25519 key ({error}): "
                "make one with `cmsbot audit keygen`."
            )
        else:
            mode = Path(key_path).stat().st_mode & 0o077
            if mode:
                found.warn(
                    f"The signing key {key_path} can be read by others: `chmod 600 {key_path}`."
                )
            else:
                found.ok(f"audit: checkpoints are signed with {key_path}")
        if not channel:
            found.warn(
                "CMS_AUDIT_CHANNEL is not set: checkpoints are signed but posted nowhere "
                "outside the database; name a compliance channel the bot is in."
            )
    if channel and client is not None:
        membership_checks(
            client,
            channel,
            found,
            label="audit channel",
            setting="CMS_AUDIT_CHANNEL",
            without="until then checkpoints cannot be posted or read back by "
            "`cmsbot audit verify`.",
        )
    if database:  # else the database checks said why it cannot be read
        _audit_database_checks(settings, found, now=now, signing=bool(key_path))


def _audit_database_checks(
    settings: Settings, found: Findings, *, now: datetime, signing: bool
) -> None:
    from sqlalchemy import func, select

    from storage.engine import make_engine, make_session_factory
    from storage.models import AuditCheckpoint, AuditEvent, AuditHead

    engine = make_engine(settings.database_url)
    try:
        with make_session_factory(engine)() as session:
            head = session.scalar(select(AuditHead))
            sealed_through = head.last_sealed_id if head else 0
            waiting = session.execute(
                select(func.count(), func.min(AuditEvent.occurred_at)).where(
                    AuditEvent.id > sealed_through
                )
            ).one()
            last = session.scalar(select(func.max(AuditCheckpoint.signed_at)))
            unposted = session.scalar(
                select(func.count())
                .select_from(AuditCheckpoint)
                .where(AuditCheckpoint.message_ts.is_(None), AuditCheckpoint.channel.is_not(None))
            )
    except SQLAlchemyError as error:
        reason = _first_line(error)
        found.problem(f"Cannot read the audit trail ({reason}): check --db or DATABASE_URL.")
        return
    finally:
        engine.dispose()
    count, oldest = waiting
    if count and oldest is not None and now - _aware(oldest) > SEALER_LAG:
        found.problem(
            f"{count} audit event(s) are not sealed into the chain, the oldest since "
            f"{_utc(_aware(oldest))}: the sealer job is not running — start the bot "
            "(its scheduler seals every few seconds) or run `cmsbot audit seal`."
        )
    else:
        found.ok(f"audit: the chain is sealed ({count} event(s) waiting, within a minute)")
    if signing:
        if last is None:
            found.warn("No audit checkpoint has been signed yet: run `cmsbot audit checkpoint`.")
        elif now - _aware(last) > CHECKPOINT_AGE:
            found.problem(
                f"The last audit checkpoint was signed {_utc(_aware(last))}: the daily "
                "checkpoint job is not running; run `cmsbot audit checkpoint` and check the "
                "scheduler."
            )
        if unposted:
            found.problem(
                f"{unposted} signed checkpoint(s) never reached the audit channel: check the "
                "bot's membership there, then run `cmsbot audit checkpoint` again."
            )


def _aware(instant: datetime) -> datetime:
    return instant if instant.tzinfo else instant.replace(tzinfo=UTC)

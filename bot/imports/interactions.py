"""Importing contact history from the old CRM.

Columns: ``client_external_id,rep_slack_user_id,occurred_at,channel,notes,initiative``;
``cmsbot export interactions`` output is accepted too (its ``outcome``,
``follow_up_on`` and ``time_given`` are kept; ``id``, ``client_name`` and
``source`` are ignored), so an export loads into another database as the same
contacts.

A time without an offset is in the rep's time zone. A bare date is a day named
without a time, under the reader's one rule (``bot.contacts.day_alone``): its
midday in the rep's zone, shown as the day alone (``time_given`` false); its key
is the one it always had (the day's midnight), so a file loaded before loads again
as nothing new. Each row's idempotency key is a hash of its meaning (instant in
UTC, tag without ``#``...), so loading the same history again — even re-exported
— adds nothing. Every lookup is one query for the whole file, and rows are
inserted and audited in batches: 100k rows load in seconds.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import audit
from bot.contacts import day_alone
from bot.directory import access
from bot.errors import InvalidInput
from bot.imports.bulk import ids_by, insert_rows, lookup, row_snapshot
from bot.imports.counts import Counts
from bot.imports.csvfile import Problems, Row
from storage.models import CHANNELS, Client, Coverage, Initiative, Interaction, Rep, RepRole

COLUMNS = (
    "client_external_id",
    "rep_slack_user_id",
    "occurred_at",
    "channel",
    "notes",
    "initiative",
)
OPTIONAL = ("outcome", "follow_up_on", "id", "client_name", "source", "time_given")
_TRUE = frozenset({"true", "t", "yes", "1"})
_FALSE = frozenset({"false", "f", "no", "0"})
KEY_PREFIX = "import:"


@dataclass(frozen=True)
class Directory:
    """Everything a row is checked against, read once for the whole file."""

    clients: dict[str, int]
    reps: dict[str, tuple[int, ZoneInfo]]
    covered: set[tuple[int, int]]
    initiatives: dict[str, int]
    roles: dict[int, set[str]]

    @classmethod
    def read(cls, session: Session) -> Directory:
        zones: dict[str, ZoneInfo] = {}
        reps = {}
        for rep_id, slack_user_id, zone in session.execute(
            select(Rep.id, Rep.slack_user_id, Rep.timezone)
        ):
            reps[slack_user_id] = (rep_id, zones.setdefault(zone, _zone(zone)))
        return cls(
            clients={e: i for e, i in session.execute(select(Client.external_id, Client.id))},
            reps=reps,
            covered={
                (client_id, rep_id)
                for client_id, rep_id in session.execute(
                    select(Coverage.client_id, Coverage.rep_id)
                )
            },
            initiatives={t: i for t, i in session.execute(select(Initiative.tag, Initiative.id))},
            roles=_roles(session),
        )


def _roles(session: Session) -> dict[int, set[str]]:
    roles: dict[int, set[str]] = {}
    for rep_id, role in session.execute(select(RepRole.rep_id, RepRole.role)):
        roles.setdefault(rep_id, set()).add(role)
    return roles


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


def load(session: Session, rows: list[Row], *, actor: str, now: datetime) -> Counts:
    planned = _check(session, rows, now=now)
    existing = {
        key
        for (key,) in lookup(
            session, Interaction.idempotency_key, planned, Interaction.idempotency_key
        )
    }
    fresh = [values for key, values in planned.items() if key not in existing]
    insert_rows(session, Interaction, fresh)
    ids = ids_by(session, Interaction.idempotency_key, [v["idempotency_key"] for v in fresh])
    afters = (
        (
            ids[v["idempotency_key"]],
            row_snapshot(Interaction, {**v, "id": ids[v["idempotency_key"]]}),
        )
        for v in fresh
    )
    audit.record_many(
        session, actor=actor, action="create", entity_type="interactions", afters=afters, now=now
    )
    return Counts(created=len(fresh), unchanged=len(rows) - len(fresh))


def _check(session: Session, rows: list[Row], *, now: datetime) -> dict[str, dict[str, object]]:
    """Each good row's values by idempotency key (a row repeated in the file counts once)."""
    problems = Problems()
    book = Directory.read(session)
    planned: dict[str, dict[str, object]] = {}
    for row in rows:
        values = _row(row, book, problems, now=now)
        if values is not None:
            values["created_at"] = values["updated_at"] = now
            planned.setdefault(str(values["idempotency_key"]), values)
    problems.raise_if_any()
    return planned


def _row(
    row: Row, book: Directory, problems: Problems, *, now: datetime
) -> dict[str, object] | None:
    line, before = row.line, len(problems.found)
    external_id, slack_user_id = row["client_external_id"], row["rep_slack_user_id"].upper()
    client_id = book.clients.get(external_id)
    if client_id is None:
        problems.add(
            line, f"unknown client {external_id!r}; import it first (cmsbot import clients)."
        )
    rep_id, zone = book.reps.get(slack_user_id, (None, ZoneInfo("UTC")))
    if rep_id is None:
        problems.add(
            line, f"unknown rep {slack_user_id!r}; import them first (cmsbot import reps)."
        )
    elif client_id is not None and (client_id, rep_id) not in book.covered:
        problems.add(
            line, f"rep {slack_user_id} does not cover (and never covered) client {external_id}."
        )
    occurred_at = problems.check(line, instant, row["occurred_at"], zone)
    if occurred_at is not None and occurred_at > now:
        problems.add(line, f"occurred_at {row['occurred_at']} is in the future.")
    channel = row["channel"].lower().replace(" ", "_").replace("-", "_")
    if channel not in CHANNELS:
        problems.add(line, f"unknown channel {row['channel']!r}; use one of {', '.join(CHANNELS)}.")
    tag = row["initiative"].lstrip("#").strip().lower() or None
    if tag is not None and tag not in book.initiatives:
        problems.add(line, f"unknown initiative #{tag}; create it first or fix the tag.")
    follow_up = problems.check(line, _date, row["follow_up_on"], "follow_up_on")
    given = row["time_given"].lower()
    if given and given not in _TRUE | _FALSE:
        problems.add(line, f"time_given {row['time_given']!r} is neither true nor false.")
    if len(problems.found) > before:
        return None
    assert occurred_at is not None
    keyed_at = occurred_at.astimezone(UTC)
    bare = _is_date(row["occurred_at"])
    if bare:
        occurred_at = day_alone(occurred_at.date(), tz=zone, now=max(now, occurred_at))
    values: dict[str, object] = {
        "client_id": client_id,
        "rep_id": rep_id,
        "author_id": rep_id,
        "occurred_at": occurred_at.astimezone(UTC),
        "time_given": given in _TRUE if given else not bare,
        "channel": channel,
        "notes": row["notes"],
        "outcome": row["outcome"] or None,
        "initiative_id": book.initiatives.get(tag) if tag else None,
        "follow_up_on": follow_up,
        "source": "import",
        "deleted_at": None,
        "deleted_by_id": None,
    }
    values["idempotency_key"] = content_key(
        external_id, slack_user_id, tag, {**values, "occurred_at": keyed_at}
    )
    # Who may read it is the owner's side and kind (``bot.directory.access``), never private.
    roles = book.roles.get(rep_id or 0, set())
    values.update(private=False, kind=access.contact_kind(roles), side=access.contact_side(roles))
    return values


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) <= 10


def instant(text: str, zone: ZoneInfo) -> datetime:
    """ISO 8601; without an offset (or a bare date: midnight) it is read in ``zone``."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            f"occurred_at {text!r} is not an ISO 8601 date or time "
            "(like 2026-03-04T14:30:00+01:00 or 2026-03-04)."
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=zone)


def _date(text: str, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{what} {text!r} is not a date like 2026-03-04.") from None


def content_key(
    external_id: str, slack_user_id: str, tag: str | None, values: dict[str, object]
) -> str:
    """The same contact, however its file spelled it, gets the same key."""
    meaning = [
        external_id,
        slack_user_id,
        values["occurred_at"].isoformat(),  # type: ignore[attr-defined]
        values["channel"],
        values["notes"],
        tag,
        values["outcome"],
        values["follow_up_on"].isoformat() if values["follow_up_on"] else None,  # type: ignore[attr-defined]
    ]
    digest = hashlib.sha256(json.dumps(meaning, ensure_ascii=False).encode("utf-8")).hexdigest()
    return KEY_PREFIX + digest

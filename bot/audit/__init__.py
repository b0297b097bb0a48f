"""The audit trail: every change recorded in its own transaction, chained after commit, keyed.

How an event is written (``record``, ``record_many``): one INSERT into
``audit_events``, in the transaction of the change it records, so the event
commits with the change or rolls back with it. Its id comes from the table's
autoincrement (a sequence on PostgreSQL); nothing shared is read or locked,
so writers never wait on one another for the audit. Each event carries
``mac = HMAC-SHA256(key, content + nonce)`` with ``CMS_AUDIT_CHAIN_KEY``,
which the database never sees: someone who can INSERT but lacks the key
cannot write an event ``cmsbot audit verify`` accepts, and the random,
unique ``nonce`` stops an old event being copied back in as a new one.

How it is chained (``bot.audit.seal``): a sealer — a scheduler job every few
seconds, and on demand in ``audit verify``, ``audit checkpoint`` and
``export audit`` — gives each committed event the next position in the chain
(``audit_seals``: ``seq``, ``prev_hash``, ``hash = HMAC-SHA256(key, prev_hash
+ position + content + mac)``), the way a Certificate Transparency log
integrates entries within a maximum merge delay. Only the sealer touches
``audit_head``, after the events it seals have committed.

Why not number events in the writing transaction, as before: the next number
had to be read from the head and the head kept locked until commit, so every
writing transaction of the firm — a whole Slack request — queued behind the
one before (issue 15). Why the sealer cannot lose an event although ids are
not commit order (on PostgreSQL a transaction that drew id 7 may commit after
the one that drew id 8): it never seals "up to an id". It seals every
committed event that has no seal yet, found among the transactions that were
not yet finished when it last looked (``pg_snapshot_xmin`` of its snapshot,
against each event's ``xid``); see ``bot.audit.seal`` for the argument, and
why the chain's order stays each record's order of changes. SQLite
serialises writers, so there the sealer, holding the write lock, simply
seals every event above the last one it sealed.

What is caught, and by what (``bot.audit.verify``): an event edited, deleted,
swapped or inserted — the keyed chain; a forged event — its MAC and hash;
a record changed behind the app — its table replayed from the events; a
chain rewritten by someone who has the chain key — the signed checkpoints
outside the database (``bot.audit.checkpoints``). Events not sealed yet are
counted and MAC-checked, never ignored.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypedDict, Unpack, cast

from sqlalchemy import Numeric, Table, insert, inspect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator, TypeEngine

from bot.errors import SettingsError
from storage.models import AuditEvent, Base, Rep

log = logging.getLogger(__name__)

GENESIS_HASH = "0" * 64
SYSTEM = "system"
CHAIN_KEY_VARIABLE = "CMS_AUDIT_CHAIN_KEY"
# Used when CMS_AUDIT_CHAIN_KEY is unset (tests, a first try): public, so it proves
# nothing against someone with database access. `cmsbot doctor` warns about it.
DEVELOPMENT_KEY = b"cmsbot development audit chain key: set CMS_AUDIT_CHAIN_KEY"
# Shorter keys are refused: HMAC-SHA256 wants 32 bytes of secret.
MIN_KEY_BYTES = 16


# --- the key -----------------------------------------------------------------------------

_configured: str | None = None
_resolved: dict[str, bytes] = {}


def use_chain_key(value: str | None) -> None:
    """The key (or key file) from settings, for when the environment does not name one.

    ``cmsbot`` calls this with ``Settings.audit_chain_key`` so a key kept in
    ``.env`` is used; the environment variable, when set, wins.
    """
    global _configured
    _configured = value.strip() if value and value.strip() else None


def configured_chain_key() -> str | None:
    """What names the key — the value or a path — or None when it is unset."""
    return (os.environ.get(CHAIN_KEY_VARIABLE) or "").strip() or _configured


def chain_key_is_set() -> bool:
    return configured_chain_key() is not None


def chain_key() -> bytes:
    """The key events and seals are HMAC'd with; raises ``SettingsError`` if unusable."""
    value = configured_chain_key()
    if value is None:
        return DEVELOPMENT_KEY
    key = _resolved.get(value)
    if key is None:
        key = _resolved[value] = load_chain_key(value)
    return key


def load_chain_key(value: str) -> bytes:
    """``value`` itself, or the contents of the file it names; at least 16 bytes."""
    path = Path(value).expanduser()
    try:
        is_file = path.is_file()
    except OSError:  # a key too long to be a file name
        is_file = False
    if is_file:
        try:
            key = path.read_bytes().strip()
        except OSError as error:
            raise SettingsError(f"{CHAIN_KEY_VARIABLE}: cannot read {path}: {error}") from None
        where = f"the file {path}"
    else:
        key, where = value.encode("utf-8"), "its value"
    if len(key) < MIN_KEY_BYTES:
        raise SettingsError(
            f"{CHAIN_KEY_VARIABLE} is too short ({where} has {len(key)} bytes; "
            f"use at least {MIN_KEY_BYTES}, e.g. 32 random bytes in hex)."
        )
    return key


# --- values as the audit keeps them ----------------------------------------------------

# Returned as they are; checked first because nearly every value is one of them.
_ALREADY_PLAIN = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """A JSON-safe, stable rendering: money as strings, instants in ISO 8601 UTC."""
    if type(value) in _ALREADY_PLAIN:
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        # Storage hands instants back in UTC; rendering them so keeps hashes and
        # snapshots equal whatever zone the writer's value was in.
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        # Sets have no order of their own; a hash must not depend on one.
        return sorted((plain(v) for v in value), key=canonical)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def snapshot(obj: Base) -> dict[str, Any]:
    """Every column of a model row, as the audit stores it.

    Values are rendered as the database would hand them back (money at its
    column's scale, instants in UTC), so a snapshot taken right after a write
    equals one taken from a fresh read: that is what ``audit verify`` compares.
    """
    mapper = inspect(type(obj))
    return {
        attr.key: plain(_as_stored(attr.columns[0].type, getattr(obj, attr.key)))
        for attr in mapper.column_attrs
    }


def _as_stored(type_: TypeEngine[Any], value: Any) -> Any:
    """A Python value as its column would return it (``Decimal("5")`` → ``Decimal("5.00")``)."""
    impl = type_.impl_instance if isinstance(type_, TypeDecorator) else type_
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = Decimal(str(value)) if isinstance(impl, Numeric) and impl.asdecimal else value
    if isinstance(value, Decimal) and isinstance(impl, Numeric) and impl.scale is not None:
        return value.quantize(Decimal(1).scaleb(-impl.scale))
    return value


def canonical(fields: dict[str, Any]) -> str:
    return json.dumps(plain(fields), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# --- MACs and hashes ---------------------------------------------------------------------

# What an event's MAC covers, fixed when it is written.
CONTENT_FIELDS = (
    "nonce",
    "occurred_at",
    "actor",
    "action",
    "entity_type",
    "entity_id",
    "before",
    "after",
)
# What a sealed event's hash covers: its place, the event's id, content and MAC.
HASHED_FIELDS = ("seq", "event_id", *CONTENT_FIELDS, "mac", "prev_hash")
# Events appended per INSERT statement by ``record_many``.
BATCH = 2000
# The statement every event is appended with, built once (``record``, ``record_many``).
_APPEND = insert(cast(Table, AuditEvent.__table__))


def _hmac(key: bytes | None, label: bytes, body: str) -> str:
    return hmac.new(key or chain_key(), label + body.encode("utf-8"), hashlib.sha256).hexdigest()


def mac_of(fields: dict[str, Any], key: bytes | None = None) -> str:
    """The MAC of an event given as (at least) its ``CONTENT_FIELDS``."""
    return _hmac(key, b"cmsbot audit event\n", canonical({k: fields[k] for k in CONTENT_FIELDS}))


def hash_of(fields: dict[str, Any], key: bytes | None = None) -> str:
    """The keyed hash of a sealed event given as its ``HASHED_FIELDS``."""
    body = fields["prev_hash"] + canonical({k: fields[k] for k in HASHED_FIELDS})
    return _hmac(key, b"cmsbot audit chain\n", body)


def compute_hash(sealed: Any, key: bytes | None = None) -> str:
    """The keyed hash of anything with the ``HASHED_FIELDS`` as attributes (an export row)."""
    return hash_of({k: getattr(sealed, k) for k in HASHED_FIELDS}, key)


def content_of(event: AuditEvent) -> dict[str, Any]:
    return {key: getattr(event, key) for key in CONTENT_FIELDS}


def macs_match(event: AuditEvent, key: bytes | None = None) -> bool:
    return event.mac is not None and hmac.compare_digest(event.mac, mac_of(content_of(event), key))


# --- writing -----------------------------------------------------------------------------


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: Base | None = None,
    entity_type: str | None = None,
    entity_id: str | int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    now: datetime,
) -> None:
    """Append one event; with ``entity`` given, its type, id and current state are used.

    ``actor`` is a Slack user id, or ``system`` / ``cli`` for jobs and imports.
    The event is chained by the sealer once this transaction has committed.
    Raises ``ValueError`` without an entity type and id, ``SettingsError`` for
    an unusable ``CMS_AUDIT_CHAIN_KEY``.
    """
    # The change it records is written first (and ``entity`` has its id).
    session.flush()
    if entity is not None:
        entity_type = entity_type or entity.__tablename__
        entity_id = entity_id if entity_id is not None else getattr(entity, "id", None)
        if after is None and action not in {"delete"}:
            after = snapshot(entity)
    if entity_type is None or entity_id is None:
        raise ValueError("an audit event needs an entity type and id")
    fields = {
        "nonce": uuid.uuid4().hex,
        "occurred_at": now.astimezone(UTC),
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "entity_id": str(entity_id),
        "before": plain(before) if before is not None else None,
        "after": plain(after) if after is not None else None,
    }
    fields["mac"] = mac_of(fields)
    # One INSERT, as ``record_many`` writes its batches: no event object for the session
    # to track, flush and read back (its ``xid``), which cost more than the row itself.
    session.execute(_APPEND, fields)


class _Where(TypedDict, total=False):
    entity_type: str | None
    entity_id: str | int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def record_by(
    session: Session,
    person: Rep,
    action: str,
    entity: Base | None = None,
    *,
    now: datetime,
    **where: Unpack[_Where],
) -> None:
    """``record`` for what a person did: the trail names people by their Slack user id
    (what ``audit verify`` reports and the console's ``--as`` takes), never a row id or
    a display name, which change. Raises as ``record`` does."""
    record(session, actor=person.slack_user_id, action=action, entity=entity, now=now, **where)


def record_many(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    afters: Iterable[tuple[int, dict[str, Any]]],
    now: datetime,
) -> int:
    """One event per ``(entity id, after snapshot)``, exactly as ``record`` writes them.

    ``record`` sends one statement per event: right for a Slack request, far too
    slow for 100k imported rows. This inserts the events in batches; ``cmsbot audit
    verify`` cannot tell the two apart. Snapshots must already be plain
    (``snapshot`` or ``plain`` makes them so).

    Returns how many events were appended.
    """
    key = chain_key()
    occurred_at = now.astimezone(UTC)
    pending: list[dict[str, Any]] = []
    count = 0
    for entity_id, after in afters:
        fields = {
            "nonce": uuid.uuid4().hex,
            "occurred_at": occurred_at,
            "actor": actor,
            "action": action,
            "entity_type": entity_type,
            "entity_id": str(entity_id),
            "before": None,
            "after": after,
        }
        pending.append({**fields, "mac": mac_of(fields, key)})
        count += 1
        if len(pending) >= BATCH:
            session.execute(_APPEND, pending)
            pending = []
    if pending:
        session.execute(_APPEND, pending)
    session.flush()
    return count


@dataclass(frozen=True)
class Break:
    """The first place the trail does not hold."""

    seq: int | None
    reason: str
    # The record the break is about (``"interactions 42"``), when it is a record's state.
    subject: str | None = None

    def __str__(self) -> str:
        if self.subject is not None:
            where = self.subject
        else:
            where = f"event #{self.seq}" if self.seq is not None else "audit trail"
        return f"{where}: {self.reason}"

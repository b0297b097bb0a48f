"""Signed checkpoints of the audit chain, kept where the database's owners cannot rewrite them.

A checkpoint says "the chain held ``count`` events and event ``seq`` had hash
``head_hash`` at ``time``", signed with an Ed25519 key (``cryptography``) from
``CMS_AUDIT_SIGNING_KEY``, a file outside the database. ``cmsbot audit
checkpoint`` and the scheduler (daily, and after each batch of claim
decisions) seal what waits, sign, then post it to ``CMS_AUDIT_CHANNEL`` —
readable text, with the checkpoint in the message's metadata
(https://docs.slack.dev/messaging/message-metadata), where Slack's retention
keeps it — and/or append it to a file (one JSON object a line).

Someone who can rewrite the database and even holds the chain key can
re-hash a rewritten chain so that it verifies; they cannot re-sign the
checkpoints already posted. ``cmsbot audit verify`` reads them back with
``conversations.history`` (``include_all_metadata``, cursor paging; Slack
gives apps outside the Marketplace 15 messages a page and one call a minute,
https://docs.slack.dev/changelog/2025/05/29/rate-limit-changes-for-non-marketplace-apps,
so it waits out each ``ratelimited`` answer's Retry-After) or from
``--checkpoints FILE…``, and checks each: its signature, then that the chain
still has event ``seq`` with that hash, and ``count`` events up to it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.audit.seal import seal
from bot.deps import Deps
from bot.errors import CmsError, SettingsError
from storage.models import AuditCheckpoint, AuditEvent, AuditSeal

log = logging.getLogger(__name__)

EVENT_TYPE = "cmsbot_audit_checkpoint"
SIGNED_TYPE = "cmsbot.audit.checkpoint.v1"
# Non-Marketplace apps get at most 15 messages a page (see the module docstring).
HISTORY_PAGE = 15
DAILY = timedelta(hours=24)


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head_hash: str
    count: int
    time: str  # ISO 8601 UTC
    key_id: str
    signature: str  # base64 of the Ed25519 signature over ``signed_bytes``

    def signed_bytes(self) -> bytes:
        body = {
            "type": SIGNED_TYPE,
            "seq": self.seq,
            "head_hash": self.head_hash,
            "count": self.count,
            "time": self.time,
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def as_payload(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "head_hash": self.head_hash,
            "count": self.count,
            "time": self.time,
            "key_id": self.key_id,
            "signature": self.signature,
        }

    @classmethod
    def from_payload(cls, payload: Any) -> Checkpoint:
        """Raises ``ValueError`` for anything that is not a checkpoint's fields."""
        if not isinstance(payload, dict):
            raise ValueError("not an object")
        try:
            seq, count = int(payload["seq"]), int(payload["count"])
            texts = [str(payload[k]) for k in ("head_hash", "time", "key_id", "signature")]
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not a checkpoint ({error})") from None
        return cls(seq, texts[0], count, texts[1], texts[2], texts[3])

    def text(self) -> str:
        """What people in the channel read."""
        return (
            f"Audit checkpoint: the chain held {self.count:,} events at {self.time}; "
            f"event #{self.seq:,} has hash {self.head_hash}. Signed with key {self.key_id}. "
            "`cmsbot audit verify` checks the chain against this message."
        )


# --- keys --------------------------------------------------------------------------------


def keygen(path: Path) -> str:
    """Write a new Ed25519 private key (PEM, mode 0600) to ``path``; returns the public key.

    Raises ``CmsError`` if ``path`` exists: a signing key is never overwritten.
    """
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise CmsError(f"{path} already exists; a signing key is never overwritten.") from None
    with os.fdopen(descriptor, "wb") as out:
        out.write(pem)
    os.chmod(path, 0o600)
    return public_text(key.public_key())


def load_signing_key(path: str | Path) -> Ed25519PrivateKey:
    """The private key in ``path``; raises ``SettingsError`` saying what is wrong."""
    try:
        key = serialization.load_pem_private_key(Path(path).expanduser().read_bytes(), None)
    except OSError as error:
        raise SettingsError(f"CMS_AUDIT_SIGNING_KEY: cannot read {path}: {error}") from None
    except (ValueError, TypeError):
        raise SettingsError(f"CMS_AUDIT_SIGNING_KEY: {path} is not a PEM private key.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SettingsError(f"CMS_AUDIT_SIGNING_KEY: {path} is not an Ed25519 key.")
    return key


def public_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_public_key(value: str) -> Ed25519PublicKey:
    """A public key given as ``keygen`` printed it, or a PEM file (public or private)."""
    path = Path(value).expanduser()
    if path.is_file():
        data = path.read_bytes()
        if b"PRIVATE KEY" in data:
            return load_signing_key(path).public_key()
        try:
            loaded = serialization.load_pem_public_key(data)
        except ValueError:
            raise SettingsError(f"{path} is not a PEM public key.") from None
        if not isinstance(loaded, Ed25519PublicKey):
            raise SettingsError(f"{path} is not an Ed25519 key.")
        return loaded
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(value, validate=True))
    except ValueError:
        raise SettingsError(
            "--public-key needs the key `cmsbot audit keygen` printed, or a PEM file."
        ) from None


def key_id(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


# --- making one --------------------------------------------------------------------------


def _decisions(session: Session) -> int:
    """Claim decisions recorded so far: a new batch since the last checkpoint calls for one."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.entity_type == "claims", AuditEvent.action == "decide")
        )
        or 0
    )


def make_checkpoint(
    session: Session, *, key: Ed25519PrivateKey, now: datetime
) -> tuple[Checkpoint, AuditCheckpoint]:
    """Seal, then sign the chain's head; the checkpoint is kept in ``audit_checkpoints`` too."""
    sealed = seal(session, now=now)
    count = int(session.scalar(select(func.count()).select_from(AuditSeal)) or 0)
    stamp = now.astimezone(UTC).isoformat().replace("+00:00", "Z")
    public = key.public_key()
    unsigned = Checkpoint(sealed.last_seq, sealed.last_hash, count, stamp, key_id(public), "")
    signature = base64.b64encode(key.sign(unsigned.signed_bytes())).decode("ascii")
    checkpoint = replace(unsigned, signature=signature)
    row = AuditCheckpoint(
        seq=checkpoint.seq,
        head_hash=checkpoint.head_hash,
        count=checkpoint.count,
        signed_at=now.astimezone(UTC),
        key_id=checkpoint.key_id,
        signature=signature,
        decisions=_decisions(session),
    )
    session.add(row)
    session.flush()
    return checkpoint, row


def post_checkpoint(client: WebClient, channel: str, checkpoint: Checkpoint) -> str:
    """Post it (after commit); returns the message ts. Raises ``SlackApiError``."""
    response = client.chat_postMessage(
        channel=channel,
        text=checkpoint.text(),
        metadata={"event_type": EVENT_TYPE, "event_payload": checkpoint.as_payload()},
    )
    return str(response["ts"])


def append_to_file(path: str | Path, checkpoint: Checkpoint) -> None:
    with Path(path).expanduser().open("a", encoding="utf-8") as out:
        out.write(json.dumps(checkpoint.as_payload(), sort_keys=True) + "\n")


def due(session: Session, *, now: datetime) -> bool:
    """A day since the last checkpoint, or claim decisions sealed since it."""
    last = session.scalars(
        select(AuditCheckpoint).order_by(AuditCheckpoint.signed_at.desc()).limit(1)
    ).first()
    if last is None:
        return True
    return now - last.signed_at >= DAILY or _decisions(session) > last.decisions


def checkpoint_job(deps: Deps) -> None:
    """The scheduler's checkpoint: daily and after each batch of decisions, when a key is set."""
    settings = deps.settings
    if not settings.audit_signing_key or not settings.audit_channel:
        return
    key = load_signing_key(settings.audit_signing_key)
    now = deps.clock()
    with deps.sessions.begin() as session:
        if not due(session, now=now):
            return
        checkpoint, row = make_checkpoint(session, key=key, now=now)
        row.channel = settings.audit_channel
        row_id = row.id
    ts = post_checkpoint(deps.client, settings.audit_channel, checkpoint)
    with deps.sessions.begin() as session:
        stored = session.get(AuditCheckpoint, row_id)
        if stored is not None:
            stored.message_ts = ts
    log.info("audit checkpoint #%s posted to %s", checkpoint.seq, settings.audit_channel)


# --- reading them back -------------------------------------------------------------------


@dataclass
class Read:
    """Checkpoints found, and what could not be read (a file, a page of history)."""

    checkpoints: list[tuple[str, Checkpoint]] = field(default_factory=list)
    malformed: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def read_files(paths: Iterable[str], into: Read) -> None:
    for name in paths:
        try:
            lines = Path(name).expanduser().read_text(encoding="utf-8").splitlines()
        except OSError as error:
            into.unreadable.append(f"{name}: {error.strerror or error}")
            continue
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                into.checkpoints.append((where, Checkpoint.from_payload(json.loads(line))))
            except ValueError as error:
                into.malformed.append(f"{where}: {error}")


def read_channel(
    client: WebClient,
    channel: str,
    into: Read,
    *,
    sleep: Callable[[float], None] | None = None,
    max_pages: int | None = None,
) -> None:
    """Every checkpoint in ``channel``'s history, newest first, waiting out rate limits."""
    pause = sleep or _pause
    cursor: str | None = None
    pages = 0
    while max_pages is None or pages < max_pages:
        try:
            response = client.conversations_history(
                channel=channel, limit=HISTORY_PAGE, cursor=cursor, include_all_metadata=True
            )
        except SlackApiError as error:
            if error.response.get("error") == "ratelimited":
                pause(_retry_after(error.response.headers))
                continue
            into.unreadable.append(f"channel {channel}: {error.response.get('error')}")
            return
        pages += 1
        for message in response.get("messages") or []:
            metadata = message.get("metadata") or {}
            if metadata.get("event_type") != EVENT_TYPE:
                continue
            where = f"channel {channel} message {message.get('ts')}"
            try:
                into.checkpoints.append(
                    (where, Checkpoint.from_payload(metadata.get("event_payload")))
                )
            except ValueError as error:
                into.malformed.append(f"{where}: {error}")
        cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
        if not cursor:
            return


def _pause(seconds: float) -> None:
    time.sleep(seconds)


def _retry_after(headers: dict[str, Any]) -> float:
    """Slack's Retry-After (seconds), whatever the header's case; a minute if absent."""
    for name, value in headers.items():
        if name.lower() == "retry-after":
            text = value[0] if isinstance(value, list) else value
            try:
                return max(1.0, float(text))
            except ValueError:
                break
    return 60.0


@dataclass
class Checked:
    """Each checkpoint checked: how many held, which disagree, which are badly signed."""

    held: int = 0
    disagree: list[str] = field(default_factory=list)
    badly_signed: list[str] = field(default_factory=list)


def check(
    session: Session, found: Iterable[tuple[str, Checkpoint]], public: Ed25519PublicKey
) -> Checked:
    result = Checked()
    ours = key_id(public)
    last = session.scalar(select(func.max(AuditSeal.seq))) or 0
    for where, checkpoint in found:
        problem = _signature_problem(checkpoint, public, ours)
        if problem is not None:
            result.badly_signed.append(f"{where}: {problem}")
            continue
        disagreement = _disagreement(session, checkpoint, last)
        if disagreement is None:
            result.held += 1
        else:
            result.disagree.append(f"{where}: {disagreement}")
    return result


def _signature_problem(checkpoint: Checkpoint, public: Ed25519PublicKey, ours: str) -> str | None:
    try:
        signature = base64.b64decode(checkpoint.signature, validate=True)
        public.verify(signature, checkpoint.signed_bytes())
    except (InvalidSignature, ValueError):
        if checkpoint.key_id != ours:
            return f"signed by another key ({checkpoint.key_id}, ours is {ours}): forged?"
        return f"the signature of the checkpoint for event #{checkpoint.seq} is bad (forged or altered?)"
    return None


def _disagreement(session: Session, checkpoint: Checkpoint, last: int) -> str | None:
    signed = f"the checkpoint signed at {checkpoint.time}"
    if checkpoint.seq > last:
        return (
            f"the chain ends at event #{last}, but {signed} vouches for event #{checkpoint.seq}: "
            "events were removed (and the chain re-hashed?)"
        )
    if checkpoint.seq == 0:
        return None
    stored = session.scalar(select(AuditSeal.hash).where(AuditSeal.seq == checkpoint.seq))
    if stored != checkpoint.head_hash:
        return (
            f"event #{checkpoint.seq}'s hash differs from {signed}: the chain up to it was "
            "rewritten (and re-hashed)"
        )
    count = session.scalar(
        select(func.count()).select_from(AuditSeal).where(AuditSeal.seq <= checkpoint.seq)
    )
    if count != checkpoint.count:
        return f"the chain has {count} events up to #{checkpoint.seq}, {signed} says {checkpoint.count}"
    return None


def iter_lines(read: Read, checked: Checked) -> Iterator[str]:
    yield from (f"checkpoint unreadable: {line}" for line in read.unreadable)
    yield from (f"checkpoint malformed: {line}" for line in read.malformed)
    yield from (f"checkpoint badly signed: {line}" for line in checked.badly_signed)
    yield from (f"chain disagrees with a checkpoint: {line}" for line in checked.disagree)

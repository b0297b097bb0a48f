"""What someone with database access does to the audit trail, as raw SQL (no tests here).

Tampering first switches off the append-only triggers (which takes the right
to alter the schema; DDL rolls back with the test's transaction), then
edits, deletes or inserts events and seals. ``forge_unkeyed`` is what an
attacker without the chain key can compute; ``rehash_from`` is an insider
who has the key rewriting the rest of the chain — only a signed checkpoint
outside the database catches that.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from bot import audit
from bot.audit.seal import seal
from storage.engine import is_postgres
from storage.models import AuditEvent, AuditHead, AuditSeal

# A chain key of the tests' own, so nothing here leans on the public development key.
TEST_CHAIN_KEY = "tests-own-chain-key-0123456789abcdef"


def allow_tampering(session: Session) -> None:
    """Switch off the append-only triggers, for this transaction only (DDL rolls back)."""
    if is_postgres(session):
        session.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
        session.execute(text("ALTER TABLE audit_seals DISABLE TRIGGER USER"))
    else:
        for table in ("audit_events", "audit_seals"):
            session.execute(text(f"DROP TRIGGER {table}_no_update"))
            session.execute(text(f"DROP TRIGGER {table}_no_delete"))


def sealed_now(session: Session, now: datetime) -> int:
    """Seal what waits, as the scheduler would; returns the chain's last position."""
    return seal(session, now=now).last_seq


def event_at(session: Session, seq: int) -> AuditEvent:
    """The event at chain position ``seq``, as stored."""
    return session.scalars(
        select(AuditEvent)
        .join(AuditSeal, AuditSeal.event_id == AuditEvent.id)
        .where(AuditSeal.seq == seq)
        .execution_options(populate_existing=True)
    ).one()


def seal_at(session: Session, seq: int) -> AuditSeal:
    return session.scalars(
        select(AuditSeal).where(AuditSeal.seq == seq).execution_options(populate_existing=True)
    ).one()


def positions(session: Session) -> list[int]:
    return list(session.scalars(select(AuditSeal.seq).order_by(AuditSeal.seq)))


def delete_at(session: Session, *seqs: int, seal_too: bool = True) -> None:
    """Delete the events at these chain positions (and, by default, their seals)."""
    for seq in seqs:
        event_id = seal_at(session, seq).event_id
        if seal_too:
            session.execute(text("DELETE FROM audit_seals WHERE seq = :seq"), {"seq": seq})
        session.execute(text("DELETE FROM audit_events WHERE id = :id"), {"id": event_id})


def set_after(session: Session, seq: int, after: dict[str, Any]) -> None:
    """Overwrite the ``after`` of the event at ``seq`` (its MAC and hash untouched)."""
    session.execute(
        text("UPDATE audit_events SET after = :after WHERE id = :id").bindparams(
            bindparam("after", type_=JSON)
        ),
        {"after": after, "id": seal_at(session, seq).event_id},
    )


def move_head(session: Session, seq: int) -> None:
    """Point ``audit_head`` at position ``seq`` (0: the genesis), as a cut tail would."""
    last_hash = seal_at(session, seq).hash if seq else audit.GENESIS_HASH
    session.execute(
        update(AuditHead).where(AuditHead.id == 1).values(last_seq=seq, last_hash=last_hash)
    )


def unkeyed_hash(fields: dict[str, Any]) -> str:
    """The chain hash as it was before keys: sha256(prev_hash + canonical JSON)."""
    body = fields["prev_hash"] + audit.canonical({k: fields[k] for k in audit.HASHED_FIELDS})
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append_forged(
    session: Session,
    *,
    now: datetime,
    entity_type: str,
    entity_id: str,
    after: dict[str, Any] | None,
    action: str = "update",
    key: bytes | None = None,
    move_head_too: bool = True,
) -> int:
    """Append an event and its seal by hand; ``key=None`` hashes it as sha256 would.

    Returns the forged position. With ``key`` (an insider), MAC and hash are valid.
    """
    head = session.scalars(select(AuditHead).execution_options(populate_existing=True)).one()
    fields: dict[str, Any] = {
        "nonce": uuid.uuid4().hex,
        "occurred_at": now,
        "actor": "UFORGER",
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "before": None,
        "after": after,
    }
    mac = (
        audit.mac_of(fields, key)
        if key
        else hashlib.sha256(audit.canonical(fields).encode()).hexdigest()
    )
    event_id = session.execute(
        insert(AuditEvent.__table__).values(**fields, mac=mac).returning(AuditEvent.__table__.c.id)
    ).scalar_one()
    seq = head.last_seq + 1
    sealed = {**fields, "seq": seq, "event_id": event_id, "mac": mac, "prev_hash": head.last_hash}
    digest = audit.hash_of(sealed, key) if key else unkeyed_hash(sealed)
    session.execute(
        insert(AuditSeal.__table__).values(
            seq=seq, event_id=event_id, prev_hash=head.last_hash, hash=digest, sealed_at=now
        )
    )
    if move_head_too:
        session.execute(
            update(AuditHead)
            .where(AuditHead.id == 1)
            .values(last_seq=seq, last_hash=digest, last_sealed_id=event_id)
        )
    return seq


def remac(session: Session, seq: int, key: bytes) -> None:
    """An insider re-signs the (edited) event at ``seq`` with the key."""
    event = event_at(session, seq)
    session.execute(
        update(AuditEvent.__table__)
        .where(AuditEvent.__table__.c.id == event.id)
        .values(mac=audit.mac_of(audit.content_of(event), key))
    )


def rehash_from(session: Session, seq: int, key: bytes | None) -> None:
    """Recompute every seal's hash from ``seq`` on and move the head: a rewritten chain.

    ``key=None`` recomputes them as sha256, which is all an outsider can do.
    """
    prev = seal_at(session, seq - 1).hash if seq > 1 else audit.GENESIS_HASH
    last_seq = seq - 1
    for position in positions(session):
        if position < seq:
            continue
        event = event_at(session, position)
        fields = {
            "seq": position,
            "event_id": event.id,
            **audit.content_of(event),
            "mac": event.mac,
            "prev_hash": prev,
        }
        digest = audit.hash_of(fields, key) if key else unkeyed_hash(fields)
        session.execute(
            text("UPDATE audit_seals SET prev_hash = :prev, hash = :hash WHERE seq = :seq"),
            {"prev": prev, "hash": digest, "seq": position},
        )
        prev, last_seq = digest, position
    session.execute(
        update(AuditHead).where(AuditHead.id == 1).values(last_seq=last_seq, last_hash=prev)
    )


def inflate_with_the_key(session: Session, claim: Any, seq: int, key: bytes) -> None:
    """The insider with the chain key: ``claim``'s amount times ten in its row and in its
    event ``seq``, that event's MAC and every hash from it recomputed, so the chain alone
    verifies."""
    session.execute(text("UPDATE claims SET amount = amount * 10 WHERE id = :id"), {"id": claim.id})
    set_after(session, seq, dict(audit.snapshot(claim), amount="2500000.00"))
    remac(session, seq, key)
    rehash_from(session, seq, key=key)

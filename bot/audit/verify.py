"""``cmsbot audit verify``: does the audit trail still prove nothing was rewritten?

It seals first (``bot.audit.seal``), then checks three things. The *chain*:
positions run 1, 2, 3… without gaps, each seal names the previous seal's hash,
each hash recomputes — keyed with ``CMS_AUDIT_CHAIN_KEY`` — from its event's
content, each event's MAC does, and ``audit_head`` agrees with the last seal
(so a cut tail shows). The *unsealed* events: each MAC-checked, and any the
sealer has already passed is named (its seal was removed). The *state*: every
audited table replayed from its events (``bot.audit.state``). Checkpoints
signed outside the database are checked by ``bot.audit.checkpoints``.

Everything is read in pages (keyset on ``seq`` / ``id``), so a trail of
millions of events verifies in constant memory. Breaks come back in trail
order; the first one is the one to look at, later ones are often its echoes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import exists, false, or_, select
from sqlalchemy.orm import Session

from bot import audit
from bot.audit import GENESIS_HASH, Break
from bot.audit.seal import seal
from bot.audit.state import state_breaks
from storage.engine import is_postgres
from storage.models import AuditEvent, AuditHead, AuditSeal

PAGE = 1000
# After this many breaks the rest are almost certainly echoes of the first ones.
MAX_BREAKS = 50


@dataclass
class Report:
    """What ``examine`` found: the breaks, and how much of the trail is sealed."""

    breaks: list[Break] = field(default_factory=list)
    sealed: int = 0
    # Committed after this run's sealing, or still in flight: sealed within seconds.
    unsealed: int = 0
    # Sealed by this run itself (the scheduler had not reached them).
    sealed_now: int = 0
    # Written before events carried a MAC (revision 0007); the chain covers them.
    legacy: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS_HASH


def verify(session: Session, *, now: datetime | None = None) -> list[Break]:
    """Every break found, in trail order; an empty list means the trail is intact."""
    return examine(session, now=now).breaks


def examine(session: Session, *, now: datetime | None = None, seal_first: bool = True) -> Report:
    """Seal what waits, then check the chain, the unsealed events and every table's state."""
    report = Report()
    if seal_first:
        report.sealed_now = seal(session, now=now or datetime.now(UTC)).count
    key = audit.chain_key()
    for found in _all_breaks(session, key, report):
        report.breaks.append(found)
        if len(report.breaks) >= MAX_BREAKS:
            break
    return report


def _all_breaks(session: Session, key: bytes, report: Report) -> Iterator[Break]:
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).execution_options(populate_existing=True)
    ).scalar_one_or_none()
    legacy_through = head.legacy_through if head is not None else 0
    yield from _chain_breaks(session, key, report, head=head, legacy_through=legacy_through)
    yield from _unsealed_breaks(session, key, report, head=head, legacy_through=legacy_through)
    yield from state_breaks(session)


def _sealed(session: Session) -> Iterator[tuple[AuditSeal, AuditEvent | None]]:
    """Every seal in ``seq`` order with its event, a page at a time, as stored."""
    after = None
    while True:
        query = (
            select(AuditSeal, AuditEvent)
            .outerjoin(AuditEvent, AuditEvent.id == AuditSeal.event_id)
            .order_by(AuditSeal.seq)
            .limit(PAGE)
        )
        if after is not None:
            query = query.where(AuditSeal.seq > after)
        page = session.execute(query.execution_options(populate_existing=True)).all()
        yield from page
        if len(page) < PAGE:
            return
        after = page[-1][0].seq


def _missing(first: int, last: int) -> Break:
    if first == last:
        return Break(first, "missing (deleted?)")
    return Break(first, f"missing, and every event up to #{last} (deleted?)")


def _mac_ok(event: AuditEvent, key: bytes, legacy_through: int) -> bool:
    if event.mac is None:
        return event.id <= legacy_through
    return audit.macs_match(event, key)


NOT_WRITTEN_BY_THE_APP = (
    "was not written by the app: its MAC does not match its content (forged, or edited "
    "before it was sealed?)"
)


def _chain_breaks(
    session: Session,
    key: bytes,
    report: Report,
    *,
    head: AuditHead | None,
    legacy_through: int,
) -> Iterator[Break]:
    expected_seq, expected_prev = 1, GENESIS_HASH
    for sealed, event in _sealed(session):
        report.sealed += 1
        if event is not None and event.mac is None and event.id <= legacy_through:
            report.legacy += 1
        if sealed.seq < expected_seq:  # only possible with a seq below 1
            yield Break(sealed.seq, "has a sequence number before the chain's start (inserted?)")
        elif sealed.seq > expected_seq:
            yield _missing(expected_seq, sealed.seq - 1)
        elif sealed.prev_hash != expected_prev:
            previous = f"event #{sealed.seq - 1}'s hash" if sealed.seq > 1 else "the genesis hash"
            yield Break(
                sealed.seq,
                f"does not follow on from {previous} (reordered, inserted, or the event "
                "before it rewritten?)",
            )
        elif event is None:
            yield Break(sealed.seq, "missing (deleted?): its seal names no event")
        elif audit.compute_hash(_Sealed(sealed, event), key) != sealed.hash:
            yield Break(sealed.seq, "hash does not match its content (edited?)")
        elif not _mac_ok(event, key, legacy_through):
            yield Break(sealed.seq, NOT_WRITTEN_BY_THE_APP)
        # Carry on from what is stored, so one break is reported once, not at every later event.
        expected_seq, expected_prev = sealed.seq + 1, sealed.hash
    report.head_seq, report.head_hash = expected_seq - 1, expected_prev
    yield from _head_breaks(head, last_seq=expected_seq - 1, last_hash=expected_prev)


class _Sealed:
    """A seal and its event seen as one record with the ``HASHED_FIELDS``."""

    def __init__(self, sealed: AuditSeal, event: AuditEvent) -> None:
        self.seq, self.event_id, self.prev_hash = sealed.seq, event.id, sealed.prev_hash
        self.mac = event.mac
        for name in audit.CONTENT_FIELDS:
            setattr(self, name, getattr(event, name))


def _head_breaks(head: AuditHead | None, *, last_seq: int, last_hash: str) -> Iterator[Break]:
    if head is None:
        yield Break(None, "the audit_head row is missing")
    elif head.last_seq > last_seq:
        yield _missing(last_seq + 1, head.last_seq)
    elif head.last_seq < last_seq:
        yield Break(
            head.last_seq + 1,
            f"is past the chain's recorded head (#{head.last_seq}): appended behind the app's back?",
        )
    elif head.last_hash != last_hash:
        where = f"event #{last_seq}'s hash" if last_seq else "the genesis hash"
        yield Break(None, f"the audit_head hash differs from {where} (rewritten?)")


def _unsealed_breaks(
    session: Session,
    key: bytes,
    report: Report,
    *,
    head: AuditHead | None,
    legacy_through: int,
) -> Iterator[Break]:
    """Events without a seal: each MAC-checked; one the sealer has passed lost its seal."""
    if head is None:
        passed = None
    elif is_postgres(session):
        passed = or_(AuditEvent.xid.is_(None), AuditEvent.xid < head.xid_floor)
    else:
        passed = AuditEvent.id <= head.last_sealed_id
    after = None
    while True:
        query = (
            select(AuditEvent, passed if passed is not None else false())
            .where(~exists().where(AuditSeal.event_id == AuditEvent.id))
            .order_by(AuditEvent.id)
            .limit(PAGE)
        )
        if after is not None:
            query = query.where(AuditEvent.id > after)
        page = session.execute(query.execution_options(populate_existing=True)).all()
        for event, was_passed in page:
            report.unsealed += 1
            subject = f"unsealed event id {event.id}"
            if not _mac_ok(event, key, legacy_through):
                yield Break(None, NOT_WRITTEN_BY_THE_APP, subject)
            elif was_passed:
                yield Break(
                    None,
                    "has no seal though the sealer has passed it (its seal removed, or the "
                    "event inserted with a made-up number?)",
                    subject,
                )
        if len(page) < PAGE:
            return
        after = page[-1][0].id

"""Concurrent writers queue on the chain's head: no fork, no lost event, and it verifies.

Each thread opens its own session and commits for real (the ``engine`` fixture
is a fresh migrated database), so this is what several bot threads or several
bot instances do at once — on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from bot import audit
from bot.audit_verify import verify
from bot.contacts import ContactDraft, log_contact
from storage.models import AuditEvent, AuditHead, Interaction, Rep
from tests.factories import make_client, make_rep

THREADS = 8
APPENDS = 25


def run_at_once(work: Callable[[int], None], threads: int = THREADS) -> None:
    """Run ``work(thread_number)`` on every thread, released together by a barrier."""
    start = threading.Barrier(threads)

    def go(number: int) -> None:
        start.wait()
        work(number)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        for future in [pool.submit(go, number) for number in range(threads)]:
            future.result()  # re-raises a thread's failure here


def test_concurrent_appends_never_fork_the_chain(engine: Engine, now: datetime) -> None:
    def append(number: int) -> None:
        for i in range(APPENDS):
            with Session(engine) as session, session.begin():
                audit.record(
                    session,
                    actor=f"UTHREAD{number}",
                    action="probe",
                    entity_type="probe",
                    entity_id=f"{number}-{i}",
                    after={"thread": number, "i": i},
                    now=now + timedelta(microseconds=i),
                )

    run_at_once(append)

    total = THREADS * APPENDS
    with Session(engine) as session:
        assert verify(session) == []
        seqs = session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)).all()
        assert seqs == list(range(1, total + 1))  # no gap, no duplicate
        ids = set(session.scalars(select(AuditEvent.entity_id)))
        assert ids == {f"{t}-{i}" for t in range(THREADS) for i in range(APPENDS)}  # none lost
        assert session.scalar(select(func.count(func.distinct(AuditEvent.prev_hash)))) == total
        head = session.get(AuditHead, 1)
        assert head is not None and head.last_seq == total


def test_concurrent_appends_from_one_long_lived_session_per_thread(
    engine: Engine, now: datetime
) -> None:
    """A session reused across transactions must not build on a head it read earlier."""

    def append(number: int) -> None:
        with Session(engine, expire_on_commit=False) as session:
            with session.begin():
                held = session.get(AuditHead, 1)  # kept alive: stays in the identity map
            for i in range(APPENDS):
                with session.begin():
                    audit.record(
                        session,
                        actor=f"UTHREAD{number}",
                        action="probe",
                        entity_type="probe",
                        entity_id=f"{number}-{i}",
                        now=now,
                    )
            assert held is not None

    run_at_once(append)

    with Session(engine) as session:
        assert verify(session) == []
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == THREADS * APPENDS


def test_reps_logging_at_once_leave_a_verifiable_trail(engine: Engine, now: datetime) -> None:
    contacts_each = 5
    with Session(engine) as session, session.begin():
        rep_ids, client_ids = [], []
        for number in range(THREADS):
            rep = make_rep(session, f"ULOG{number}")
            client = make_client(session, f"Client {number}", covered_by=[rep])
            rep_ids.append(rep.id)
            client_ids.append(client.id)

    def log(number: int) -> None:
        for i in range(contacts_each):
            with Session(engine) as session, session.begin():
                rep = session.get(Rep, rep_ids[number])
                assert rep is not None
                log_contact(
                    session,
                    actor=rep,
                    draft=ContactDraft(
                        client_id=client_ids[number],
                        occurred_at=now - timedelta(days=30 - i),
                        channel="phone",
                        notes=f"call {i}",
                        idempotency_key=f"thread-{number}-{i}",
                    ),
                    now=now,
                )

    run_at_once(log)

    with Session(engine) as session:
        assert verify(session) == []
        assert session.scalar(select(func.count()).select_from(Interaction)) == THREADS * 5

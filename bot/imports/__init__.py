"""``cmsbot import KIND FILE.csv``: bulk loads that are all-or-nothing, with line-numbered errors.

Each kind has a module with its columns and a ``load`` that first checks every
row (collecting every problem, then raising ``ImportFailed`` before anything is
written) and then applies the rows in the caller's transaction: reps and
clients through ``bot.directory`` (audited, actor ``cli``), history and
custodian activity in batches. Loading the same file twice changes nothing the
second time. Each successful load leaves an ``ImportRun`` row.

On PostgreSQL each load ends by analysing the tables it wrote. A bulk load
changes a table's size by orders of magnitude at once, and until autovacuum
catches up the planner keeps its old picture: lookups of a thousand keys
planned as sequential scans, and plans cached on pooled connections (psycopg
prepares repeated statements) made when the table was empty. Measured: the
same 100,000-row history imported again took 560 s without it, seconds with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType

from sqlalchemy import text
from sqlalchemy.orm import Session

from bot.errors import InvalidInput
from bot.imports import activity, clients, interactions, positions, rates, reps
from bot.imports.counts import Counts
from bot.imports.csvfile import read_rows
from storage.engine import is_postgres
from storage.models import (
    AccountActivity,
    AuditEvent,
    Client,
    ClientAccount,
    Coverage,
    ExchangeRate,
    Household,
    ImportRun,
    Interaction,
    Position,
    Rep,
    RepRole,
)

ACTOR = "cli"
KINDS: dict[str, ModuleType] = {
    "reps": reps,
    "clients": clients,
    "interactions": interactions,
    "activity": activity,
    "positions": positions,
    "rates": rates,
}
# What each kind writes besides its audit events: analysed after a load on PostgreSQL.
WRITES: dict[str, tuple[str, ...]] = {
    "reps": (Rep.__tablename__, RepRole.__tablename__),
    "clients": (
        Client.__tablename__,
        ClientAccount.__tablename__,
        Coverage.__tablename__,
        Household.__tablename__,
    ),
    "interactions": (Interaction.__tablename__,),
    "activity": (AccountActivity.__tablename__,),
    "positions": (Position.__tablename__,),
    "rates": (ExchangeRate.__tablename__,),
}


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    created: int
    updated: int
    unchanged: int

    def __str__(self) -> str:
        return (
            f"{self.kind}: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged"
        )


def import_csv(
    session: Session,
    *,
    kind: str,
    path: str | Path,
    now: datetime,
    reporting_currency: str = "USD",
) -> ImportSummary:
    """Load ``path`` as ``kind``; raises ``ImportFailed`` (every bad line) or ``InvalidInput``.

    Nothing is written unless every row is good; the caller's transaction
    commits or rolls back the whole file. Rates are read as units of
    ``reporting_currency``.
    """
    module = KINDS.get(kind)
    if module is None:
        raise InvalidInput(f"Cannot import {kind!r}; choose one of {', '.join(KINDS)}.")
    rows = read_rows(path, required=module.COLUMNS, optional=module.OPTIONAL)
    extra = {"base": reporting_currency} if module is rates else {}
    counts: Counts = module.load(session, rows, actor=ACTOR, now=now, **extra)
    session.add(
        ImportRun(
            kind=kind,
            filename=str(path)[-500:],
            created=counts.created,
            updated=counts.updated,
            unchanged=counts.unchanged,
            ran_at=now,
        )
    )
    session.flush()
    if is_postgres(session) and (counts.created or counts.updated):
        for table in (*WRITES[kind], AuditEvent.__tablename__):
            session.execute(text(f"ANALYZE {table}"))
    return ImportSummary(kind, counts.created, counts.updated, counts.unchanged)


__all__ = ["ImportSummary", "KINDS", "import_csv"]

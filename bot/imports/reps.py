"""Importing reps: ``slack_user_id,name,email,roles,manager_slack_user_id,timezone``.

A rep's manager may be defined further down the same file, or already be in
the database. Rows are applied managers first, so each manager exists (with
its final manager) by the time its reports point at it; a loop of managers,
in the file or through the database, is refused on every line it runs through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import directory
from bot.errors import InvalidInput
from bot.imports.counts import Counts
from bot.imports.csvfile import Problems, Row, split_cell
from storage.models import Rep

COLUMNS = ("slack_user_id", "name", "email", "roles", "manager_slack_user_id", "timezone")
OPTIONAL: tuple[str, ...] = ()
SLACK_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,31}$")


@dataclass(frozen=True)
class PlannedRep:
    line: int
    slack_user_id: str
    name: str
    email: str | None
    roles: tuple[str, ...]
    manager: str | None
    timezone: str | None


def slack_user_id(value: str, what: str = "slack_user_id") -> str:
    value = value.strip().upper()
    if not SLACK_USER_ID.match(value):
        raise InvalidInput(f"{what} {value!r} is not a Slack user id (like U012AB3CD).")
    return value


def load(session: Session, rows: list[Row], *, actor: str, now: datetime) -> Counts:
    planned = _check(session, rows)
    counts = Counts()
    for rep in _managers_first(planned):
        change = directory.upsert_rep(
            session,
            slack_user_id=rep.slack_user_id,
            name=rep.name,
            email=rep.email,
            roles=rep.roles,
            manager_slack_user_id=rep.manager,
            timezone=rep.timezone,
            actor=actor,
            now=now,
        )
        counts.add(change.status)
    return counts


def _check(session: Session, rows: list[Row]) -> dict[str, PlannedRep]:
    problems = Problems()
    slack_by_id = {i: u for i, u in session.execute(select(Rep.id, Rep.slack_user_id))}
    managers = {
        slack: slack_by_id.get(manager_id) if manager_id else None
        for slack, manager_id in session.execute(select(Rep.slack_user_id, Rep.manager_id))
    }
    in_file = {row["slack_user_id"].upper() for row in rows}
    planned: dict[str, PlannedRep] = {}
    for row in rows:
        line = row.line
        uid = problems.check(line, slack_user_id, row["slack_user_id"])
        if uid is not None and uid in planned:
            problems.add(line, f"{uid} is already on line {planned[uid].line}.")
            uid = None
        name = problems.check(line, directory.check_name, row["name"])
        email = row["email"] or None
        if email is not None and ("@" not in email or " " in email or len(email) > 320):
            problems.add(line, f"email {email!r} is not an email address.")
        roles = problems.check(line, directory.check_roles, split_cell(row["roles"]))
        manager = _manager(row, uid, in_file, managers, problems)
        zone = (
            problems.check(line, directory.check_timezone, row["timezone"])
            if row["timezone"]
            else None
        )
        if uid is None or name is None or roles is None:
            continue
        planned[uid] = PlannedRep(line, uid, name, email, roles, manager, zone)
    problems.raise_if_any()
    _check_loops(planned, managers, problems)
    problems.raise_if_any()
    return planned


def _manager(
    row: Row, uid: str | None, in_file: set[str], known: dict[str, str | None], problems: Problems
) -> str | None:
    text = row["manager_slack_user_id"]
    if not text:
        return None
    manager = problems.check(row.line, slack_user_id, text, "manager_slack_user_id")
    if manager is None:
        return None
    if manager == uid:
        problems.add(row.line, f"{uid} cannot be their own manager.")
        return None
    if manager not in in_file and manager not in known:
        problems.add(row.line, f"unknown manager {manager}: not in this file nor already imported.")
        return None
    return manager


def _check_loops(
    planned: dict[str, PlannedRep], database: dict[str, str | None], problems: Problems
) -> None:
    """Walk each rep's chain of managers as it will be after the import."""
    final = {**database, **{uid: rep.manager for uid, rep in planned.items()}}
    for uid, rep in planned.items():
        chain, boss, seen = [uid], rep.manager, {uid}
        while boss is not None and boss not in seen:
            chain.append(boss)
            seen.add(boss)
            boss = final.get(boss)
        if boss == uid:
            problems.add(rep.line, f"managers go round in a loop: {' → '.join([*chain, uid])}.")


def _managers_first(planned: dict[str, PlannedRep]) -> list[PlannedRep]:
    ordered: list[PlannedRep] = []
    placed: set[str] = set()
    for uid in planned:
        chain: list[str] = []
        boss: str | None = uid
        while boss is not None and boss in planned and boss not in placed:
            chain.append(boss)
            placed.add(boss)
            boss = planned[boss].manager
        ordered.extend(planned[member] for member in reversed(chain))
    return ordered

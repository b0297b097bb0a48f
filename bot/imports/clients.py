"""Importing clients: ``external_id,name,kind,household,tier,coverage,accounts``.

``coverage`` lists Slack user ids, primary first, of reps already in the
database (import reps first); ``accounts`` lists account numbers. Both replace
what the client had: ended coverage keeps its history. Clients not in the file
are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import directory
from bot.imports.bulk import lookup
from bot.imports.counts import Counts
from bot.imports.csvfile import Problems, Row, split_cell
from storage.models import Client, ClientAccount, Rep

COLUMNS = ("external_id", "name", "kind", "household", "tier", "coverage", "accounts")
OPTIONAL: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlannedClient:
    line: int
    external_id: str
    name: str
    kind: str
    household: str | None
    tier: str
    coverage: list[str]
    accounts: list[str]


def load(session: Session, rows: list[Row], *, actor: str, now: datetime) -> Counts:
    counts = Counts()
    for client in _check(session, rows):
        change = directory.upsert_client(
            session,
            external_id=client.external_id,
            name=client.name,
            kind=client.kind,
            household=client.household,
            tier=client.tier,
            coverage=client.coverage,
            accounts=client.accounts,
            actor=actor,
            now=now,
        )
        counts.add(change.status)
    return counts


def _check(session: Session, rows: list[Row]) -> list[PlannedClient]:
    problems = Problems()
    known_reps = set(session.scalars(select(Rep.slack_user_id)))
    owners = _owners(session, rows)
    seen_ids: dict[str, int] = {}
    seen_accounts: dict[str, int] = {}
    planned: list[PlannedClient] = []
    for row in rows:
        line = row.line
        external_id = problems.check(line, directory.check_external_id, row["external_id"])
        if external_id is not None and external_id in seen_ids:
            problems.add(
                line, f"external_id {external_id} is already on line {seen_ids[external_id]}."
            )
            external_id = None
        elif external_id is not None:
            seen_ids[external_id] = line
        name = problems.check(line, directory.check_name, row["name"])
        kind = problems.check(line, directory.check_kind, row["kind"])
        tier = problems.check(line, directory.check_tier, row["tier"])
        household = row["household"] or None
        if household is not None and len(household) > 200:
            problems.add(line, "household is longer than 200 characters.")
        coverage = problems.check(
            line, directory.check_unique, split_cell(row["coverage"].upper()), "rep"
        )
        for uid in coverage or []:
            if uid not in known_reps:
                problems.add(
                    line, f"unknown rep {uid} in coverage; import them first (cmsbot import reps)."
                )
        accounts = problems.check(
            line, directory.check_unique, split_cell(row["accounts"]), "account"
        )
        for account in accounts or []:
            _check_account(line, account, external_id, owners, seen_accounts, problems)
        if (
            external_id is None
            or name is None
            or kind is None
            or tier is None
            or coverage is None
            or accounts is None
        ):
            continue
        planned.append(
            PlannedClient(line, external_id, name, kind, household, tier, coverage, accounts)
        )
    problems.raise_if_any()
    return planned


def _owners(session: Session, rows: list[Row]) -> dict[str, str]:
    """Account number → external id of the client that has it now."""
    accounts = [account for row in rows for account in split_cell(row["accounts"])]
    found = lookup(
        session,
        ClientAccount.account,
        accounts,
        ClientAccount.account,
        select(Client.external_id).where(Client.id == ClientAccount.client_id).scalar_subquery(),
    )
    return {account: owner for account, owner in found}


def _check_account(
    line: int,
    account: str,
    external_id: str | None,
    owners: dict[str, str],
    seen: dict[str, int],
    problems: Problems,
) -> None:
    if account in seen:
        problems.add(line, f"account {account} is also on line {seen[account]}.")
        return
    seen[account] = line
    owner = owners.get(account)
    if owner is not None and external_id is not None and owner != external_id:
        problems.add(
            line, f"account {account} already belongs to client {owner}; remove it there first."
        )

"""Importing clients: ``external_id,name,kind,household,tier,coverage,accounts``.

``coverage`` lists Slack user ids, primary first, of reps already in the
database (import reps first); ``accounts`` lists account numbers, each with its
currency after a colon if known (``ACC-1:EUR;ACC-2``: a claim that names no
currency takes its account's). Both replace what the client had: ended coverage
keeps its history, and an account listed without a currency has none. Clients
not in the file are left alone.

A firm's first load is its whole book, so new clients are written in batches
(households, clients, accounts, coverage, then their audit events, as
``directory.upsert_client`` would write them one by one), and the clients
already there are compared in bulk: only those the file changes go through
``directory.upsert_client``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot import audit, directory
from bot.imports.bulk import chunks, ids_by, insert_rows, lookup, row_snapshot
from bot.imports.counts import Counts
from bot.imports.csvfile import Problems, Row, split_cell
from bot.parsing.client_match import normalise
from storage.models import Client, ClientAccount, Coverage, Household, Rep

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
    currencies: dict[str, str | None] = field(default_factory=dict)  # account -> ISO code

    @property
    def household_name(self) -> str | None:
        return (self.household or "").strip() or None

    def meaning(self) -> Meaning:
        """What the row says, in the form ``_current_meanings`` reads from the database."""
        return (
            self.name,
            self.kind,
            self.tier,
            self.household_name,
            tuple(sorted(f"{a}:{self.currencies.get(a) or ''}" for a in self.accounts)),
            tuple(_team(self.coverage)),
        )


def load(session: Session, rows: list[Row], *, actor: str, now: datetime) -> Counts:
    counts = Counts()
    planned = _check(session, rows)
    current = _current_meanings(session, [client.external_id for client in planned])
    fresh: list[PlannedClient] = []
    for client in planned:
        meaning = current.get(client.external_id)
        if meaning is None:
            fresh.append(client)
        elif meaning == client.meaning():
            counts.add("unchanged")
        else:
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
            _set_currencies(session, client.currencies)
            # The file differs from what is stored; if not in what ``upsert_client``
            # compares, then in an account's currency: an update all the same.
            counts.add("updated" if change.status == "unchanged" else change.status)
    _create(session, fresh, actor=actor, now=now.astimezone(UTC))
    counts.add("created", len(fresh))
    return counts


Meaning = tuple[str, str, str, str | None, tuple[str, ...], tuple[tuple[str, str], ...]]


def _team(coverage: Iterable[str]) -> list[tuple[str, str]]:
    """Slack user id and role, primary first, as ``directory.client_snapshot`` lists them."""
    roles = [(uid, "primary" if i == 0 else "secondary") for i, uid in enumerate(coverage)]
    return directory.primary_first(roles)


def _current_meanings(session: Session, external_ids: list[str]) -> dict[str, Meaning]:
    """What the file could change of each client already here, a few queries for the file."""
    household = select(Household.name).where(Household.id == Client.household_id)
    clients = lookup(
        session,
        Client.external_id,
        external_ids,
        Client.id,
        Client.external_id,
        Client.name,
        Client.kind,
        Client.tier,
        household.scalar_subquery(),
    )
    ids = [row[0] for row in clients]
    accounts: dict[int, list[str]] = {}
    for client_id, account, currency in lookup(
        session,
        ClientAccount.client_id,
        ids,
        ClientAccount.client_id,
        ClientAccount.account,
        ClientAccount.currency,
    ):
        accounts.setdefault(client_id, []).append(f"{account}:{currency or ''}")
    teams: dict[int, list[tuple[str, str]]] = {}
    for part in chunks(sorted(ids), 900):
        for client_id, uid, role in session.execute(
            select(Coverage.client_id, Rep.slack_user_id, Coverage.role)
            .join(Rep, Rep.id == Coverage.rep_id)
            .where(Coverage.client_id.in_(part), Coverage.ended_at.is_(None))
        ):
            teams.setdefault(client_id, []).append((uid, role))
    return {
        external_id: (
            name,
            kind,
            tier,
            household_name,
            tuple(sorted(accounts.get(client_id, []))),
            tuple(directory.primary_first(teams.get(client_id, []))),
        )
        for client_id, external_id, name, kind, tier, household_name in clients
    }


def _create(session: Session, fresh: list[PlannedClient], *, actor: str, now: datetime) -> None:
    """Insert new clients with everything that hangs off them, and audit each row."""
    if not fresh:
        return
    households = _households(session, [c.household_name for c in fresh], actor=actor, now=now)
    values = [
        {
            "external_id": c.external_id,
            "name": c.name,
            "search_name": normalise(c.name),
            "kind": c.kind,
            "household_id": households[c.household_name] if c.household_name else None,
            "tier": c.tier,
            "active": True,
            "created_at": now,
            "updated_at": now,
        }
        for c in fresh
    ]
    insert_rows(session, Client, values)
    ids = ids_by(session, Client.external_id, [c.external_id for c in fresh])
    insert_rows(
        session,
        ClientAccount,
        [
            {"client_id": ids[c.external_id], "account": a, "currency": c.currencies.get(a)}
            for c in fresh
            for a in c.accounts
        ],
    )
    rep_ids = ids_by(session, Rep.slack_user_id, {uid for c in fresh for uid in c.coverage})
    starts = [
        {
            "client_id": ids[c.external_id],
            "rep_id": rep_ids[uid],
            "role": role,
            "started_at": now,
            "ended_at": None,
        }
        for c in fresh
        for uid, role in _team(c.coverage)
    ]
    insert_rows(session, Coverage, starts)
    audit.record_many(
        session,
        actor=actor,
        action="create",
        entity_type=Client.__tablename__,
        afters=(
            (
                ids[c.external_id],
                {
                    **row_snapshot(Client, {**v, "id": ids[c.external_id]}),
                    "household": c.household_name,
                    "accounts": sorted(c.accounts),
                    "coverage": [{"rep": uid, "role": role} for uid, role in _team(c.coverage)],
                },
            )
            for c, v in zip(fresh, values, strict=True)
        ),
        now=now,
    )
    coverage_ids = {
        (client_id, rep_id): coverage_id
        for coverage_id, client_id, rep_id in lookup(
            session,
            Coverage.client_id,
            ids.values(),
            Coverage.id,
            Coverage.client_id,
            Coverage.rep_id,
        )
    }
    audit.record_many(
        session,
        actor=actor,
        action="start_coverage",
        entity_type=Coverage.__tablename__,
        afters=(
            (
                (key := coverage_ids[(v["client_id"], v["rep_id"])]),
                row_snapshot(Coverage, {**v, "id": key}),
            )
            for v in starts
        ),
        now=now,
    )


def _households(
    session: Session, names: list[str | None], *, actor: str, now: datetime
) -> dict[str, int]:
    """Household name → id for ``names``, creating (and auditing) the missing ones."""
    wanted = {name for name in names if name}
    found = ids_by(session, Household.name, wanted)
    missing = sorted(wanted - found.keys())
    insert_rows(session, Household, [{"name": name, "created_at": now} for name in missing])
    created = ids_by(session, Household.name, missing)
    audit.record_many(
        session,
        actor=actor,
        action="create",
        entity_type=Household.__tablename__,
        afters=(
            (
                created[name],
                row_snapshot(Household, {"id": created[name], "name": name, "created_at": now}),
            )
            for name in missing
        ),
        now=now,
    )
    return {**found, **created}


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
        cells = [_account_cell(line, cell, problems) for cell in split_cell(row["accounts"])]
        currencies = dict(cells)
        accounts = problems.check(line, directory.check_unique, [a for a, _ in cells], "account")
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
            PlannedClient(
                line, external_id, name, kind, household, tier, coverage, accounts, currencies
            )
        )
    problems.raise_if_any()
    return planned


def _account_cell(line: int, cell: str, problems: Problems) -> tuple[str, str | None]:
    """ "ACC-1:EUR" -> ("ACC-1", "EUR"); "ACC-2" -> ("ACC-2", None)."""
    account, colon, currency = cell.partition(":")
    account, currency = account.strip(), currency.strip().upper()
    if colon and not re.fullmatch(r"[A-Z]{3}", currency):
        problems.add(
            line,
            f"account {account}: the currency after ':' must be a code like EUR, not {currency!r}.",
        )
    return account, currency or None


def _set_currencies(session: Session, currencies: dict[str, str | None]) -> None:
    """Each account's currency as the file says (after ``upsert_client`` set the accounts)."""
    for account, currency in currencies.items():
        session.execute(
            update(ClientAccount).where(ClientAccount.account == account).values(currency=currency)
        )


def _owners(session: Session, rows: list[Row]) -> dict[str, str]:
    """Account number → external id of the client that has it now."""
    accounts = [
        cell.partition(":")[0].strip() for row in rows for cell in split_cell(row["accounts"])
    ]
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

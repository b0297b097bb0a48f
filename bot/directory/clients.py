"""Clients and their coverage: accounts, households, and who covers them since when.

Coverage rows are never deleted: removing a rep (or changing their role) ends
the row (``ended_at``) and starts a new one, so the book's history stays.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import audit
from bot.directory.change import Change, Status, same
from bot.directory.checks import (
    check_external_id,
    check_kind,
    check_name,
    check_tier,
    check_unique,
)
from bot.directory.lookups import reps_by_slack_id
from bot.errors import InvalidInput
from bot.i18n import _
from bot.parsing.client_match import normalise
from storage.models import COVERAGE_ROLES, Client, ClientAccount, Coverage, Household, Rep


def client_snapshot(session: Session, client: Client) -> dict[str, Any]:
    household = session.get(Household, client.household_id) if client.household_id else None
    return {
        **audit.snapshot(client),
        "household": household.name if household else None,
        "accounts": sorted(row.account for row in client.accounts),
        "coverage": [
            {"rep": slack_user_id, "role": role}
            for slack_user_id, role in active_team(session, client)
        ],
    }


def active_team(session: Session, client: Client) -> list[tuple[str, str]]:
    if client.id is None:
        return []
    rows = session.execute(
        select(Rep.slack_user_id, Coverage.role)
        .join(Coverage, Coverage.rep_id == Rep.id)
        .where(Coverage.client_id == client.id, Coverage.ended_at.is_(None))
    ).all()
    return primary_first((u, r) for u, r in rows)


def primary_first(team: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(Slack user id, role) pairs in the one order snapshots list a team: primary, then by id."""
    return sorted(team, key=lambda row: (row[1] != "primary", row[0]))


def upsert_client(
    session: Session,
    *,
    external_id: str,
    name: str,
    kind: str = "client",
    household: str | None = None,
    tier: str,
    coverage: Iterable[str] = (),
    accounts: Iterable[str] = (),
    actor: str,
    now: datetime,
) -> Change[Client]:
    """Create or update the client ``external_id``; coverage and accounts are replaced.

    ``coverage`` is Slack user ids, primary first. Ended coverage keeps its
    row (``ended_at``); unchanged coverage keeps its ``started_at``. Raises
    ``InvalidInput`` (bad field, an account owned by another client) or
    ``RepNotFound``.
    """
    external_id = check_external_id(external_id)
    name, kind, tier = check_name(name), check_kind(kind), check_tier(tier)
    team = reps_by_slack_id(session, check_unique(coverage, "rep"))
    wanted_accounts = check_unique(accounts, "account")
    client = session.scalar(select(Client).where(Client.external_id == external_id))
    _check_accounts_free(session, wanted_accounts, client)
    before = None if client is None else client_snapshot(session, client)
    if client is None:
        client = Client(external_id=external_id, active=True, created_at=now, updated_at=now)
        session.add(client)
    client.name = name
    client.search_name = normalise(name)
    client.kind = kind
    client.tier = tier
    household_name = (household or "").strip()
    client.household_id = (
        _household(session, household_name, actor=actor, now=now).id if household_name else None
    )
    _set_accounts(client, wanted_accounts)
    session.flush()
    wanted = {rep_id: "primary" if i == 0 else "secondary" for i, rep_id in enumerate(team)}
    moves = _replace_coverage(session, client, wanted, now=now)
    after = client_snapshot(session, client)
    if before is not None and same(before, after):
        return Change("unchanged", client)
    if before is not None:
        client.updated_at = now
        session.flush()
        after = client_snapshot(session, client)
    action = "create" if before is None else "update"
    audit.record(
        session, actor=actor, action=action, entity=client, before=before, after=after, now=now
    )
    _audit_moves(session, moves, actor=actor, now=now)
    return Change("created" if before is None else "updated", client)


def _check_accounts_free(session: Session, accounts: list[str], client: Client | None) -> None:
    if not accounts:
        return
    query = (
        select(ClientAccount.account, Client.external_id)
        .join(Client, Client.id == ClientAccount.client_id)
        .where(ClientAccount.account.in_(accounts))
    )
    if client is not None:
        query = query.where(ClientAccount.client_id != client.id)
    for account, owner in session.execute(query):
        raise InvalidInput(
            f"account {account} already belongs to client {owner}; remove it there first."
        )


def _set_accounts(client: Client, accounts: list[str]) -> None:
    for row in list(client.accounts):
        if row.account not in accounts:
            client.accounts.remove(row)
    have = {row.account for row in client.accounts}
    client.accounts.extend(ClientAccount(account=a) for a in accounts if a not in have)


def _household(session: Session, name: str, *, actor: str, now: datetime) -> Household:
    if len(name) > 200:
        raise InvalidInput(f"household {name[:20]}… is longer than 200 characters.")
    household = session.scalar(select(Household).where(Household.name == name))
    if household is None:
        household = Household(name=name, created_at=now)
        session.add(household)
        session.flush()
        audit.record(session, actor=actor, action="create", entity=household, now=now)
    return household


Move = tuple[str, Coverage, dict[str, Any] | None]


def _replace_coverage(
    session: Session, client: Client, wanted: dict[int, str], *, now: datetime
) -> list[Move]:
    """Make the active team ``wanted`` (rep id → role); returns the rows ended and started.

    A rep whose role changes gets an ended row and a new one, so "who was
    primary when" stays answerable. Audit is left to the caller, so the
    client's own event can come first.
    """
    active = session.scalars(
        select(Coverage).where(Coverage.client_id == client.id, Coverage.ended_at.is_(None))
    ).all()
    moves: list[Move] = []
    for row in active:
        if wanted.get(row.rep_id) != row.role:
            before = audit.snapshot(row)
            row.ended_at = now
            moves.append(("end_coverage", row, before))
    session.flush()  # end before starting again: one active row per client and rep
    kept = {row.rep_id for row in active if row.ended_at is None}
    for rep_id, role in wanted.items():
        if rep_id not in kept:
            row = Coverage(client_id=client.id, rep_id=rep_id, role=role, started_at=now)
            session.add(row)
            moves.append(("start_coverage", row, None))
    session.flush()
    return moves


def _audit_moves(session: Session, moves: list[Move], *, actor: str, now: datetime) -> None:
    for action, row, before in moves:
        audit.record(session, actor=actor, action=action, entity=row, before=before, now=now)


def _team(session: Session, client: Client) -> dict[int, str]:
    rows = session.execute(
        select(Coverage.rep_id, Coverage.role).where(
            Coverage.client_id == client.id, Coverage.ended_at.is_(None)
        )
    ).all()
    return {rep_id: role for rep_id, role in rows}


def assign_coverage(
    session: Session,
    *,
    client: Client,
    rep: Rep,
    role: str = "primary",
    actor: str,
    now: datetime,
) -> Change[Coverage]:
    """Make ``rep`` cover ``client`` as ``role``; a new primary makes the old one secondary."""
    role = role.strip().lower()
    if role not in COVERAGE_ROLES:
        raise InvalidInput(
            _("unknown coverage role {role}; use {roles}.").format(
                role=repr(role), roles=_(" or ").join(COVERAGE_ROLES)
            )
        )
    team = _team(session, client)
    status: Status = "created" if rep.id not in team else "updated"
    if team.get(rep.id) == role:
        status = "unchanged"
    else:
        if role == "primary":
            team = {rep_id: "secondary" for rep_id in team}
        team[rep.id] = role
        _audit_moves(
            session, _replace_coverage(session, client, team, now=now), actor=actor, now=now
        )
    row = session.scalars(
        select(Coverage).where(
            Coverage.client_id == client.id, Coverage.rep_id == rep.id, Coverage.ended_at.is_(None)
        )
    ).one()
    return Change(status, row)


def remove_coverage(
    session: Session, *, client: Client, rep: Rep, actor: str, now: datetime
) -> Change[Coverage | None]:
    """End ``rep``'s coverage of ``client`` (the row stays as history); ``unchanged`` if none."""
    team = _team(session, client)
    if rep.id not in team:
        return Change("unchanged", None)
    del team[rep.id]
    moves = _replace_coverage(session, client, team, now=now)
    _audit_moves(session, moves, actor=actor, now=now)
    return Change("updated", moves[0][1])

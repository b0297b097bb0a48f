"""Audited changes to the directory: reps, roles, managers, clients, coverage, delegates.

Every admin surface (the CSV imports, ``/cms admin``) goes through these, so a
change is validated the same way wherever it comes from, written with its audit
event in the caller's transaction, and handed back as a ``Change`` the caller can
confirm in one line. Applying the same values again is ``unchanged`` and writes
nothing, which is what makes re-importing a file safe.

Coverage rows are never deleted: removing a rep (or changing their role) ends
the row (``ended_at``) and starts a new one, so the book's history stays.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Literal, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import audit
from bot.errors import ClientNotFound, InvalidInput, RepNotFound
from bot.matching import normalise
from storage.models import (
    CLIENT_KINDS,
    COVERAGE_ROLES,
    ROLES,
    Client,
    ClientAccount,
    Coverage,
    Delegate,
    Household,
    Rep,
    RepRole,
)

T = TypeVar("T")
Status = Literal["created", "updated", "unchanged"]


@dataclass(frozen=True)
class Change(Generic[T]):
    """What a service did: ``created``, ``updated`` or ``unchanged``, and the row concerned."""

    status: Status
    row: T

    @property
    def changed(self) -> bool:
        return self.status != "unchanged"


# --- validation shared with the imports, so a CSV line and a command say the same ---


def check_name(value: str | None, what: str = "name") -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(f"{what} is empty; give one.", field=what)
    if len(text) > 200:
        raise InvalidInput(f"{what} is longer than 200 characters.", field=what)
    return text


def check_roles(roles: Iterable[str]) -> tuple[str, ...]:
    """Known roles, lower-cased, each once; at least one."""
    found: list[str] = []
    for role in roles:
        role = role.strip().lower()
        if role not in ROLES:
            raise InvalidInput(f"unknown role {role!r}; roles are {', '.join(ROLES)}.")
        if role not in found:
            found.append(role)
    if not found:
        raise InvalidInput(f"no role given; give at least one of {', '.join(ROLES)}.")
    return tuple(found)


def check_timezone(name: str) -> str:
    """An IANA time zone name (``Europe/Zurich``), as zoneinfo knows it."""
    name = name.strip()
    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        raise InvalidInput(
            f"unknown time zone {name!r}; use an IANA name like Europe/Zurich or America/New_York."
        ) from None
    return name


def check_kind(kind: str | None) -> str:
    kind = (kind or "client").strip().lower() or "client"
    if kind not in CLIENT_KINDS:
        raise InvalidInput(f"unknown kind {kind!r}; use {' or '.join(CLIENT_KINDS)}.")
    return kind


def check_manager_chain(session: Session, *, rep: Rep, manager: Rep | None) -> None:
    """Refuse a manager that is the rep, or who reports (at any depth) to the rep."""
    if manager is None:
        return
    if manager.id == rep.id or manager.slack_user_id == rep.slack_user_id:
        raise InvalidInput(f"{rep.slack_user_id} cannot be their own manager.")
    seen: set[int] = set()
    boss: Rep | None = manager
    while boss is not None and boss.id not in seen:
        if rep.id is not None and boss.manager_id == rep.id:
            raise InvalidInput(
                f"{manager.slack_user_id} reports (directly or not) to {rep.slack_user_id}; "
                f"making them {rep.slack_user_id}'s manager would make a loop."
            )
        seen.add(boss.id)
        # By id, not the relationship: a manager changed earlier in this
        # transaction may have a stale ``manager`` attribute.
        boss = session.get(Rep, boss.manager_id) if boss.manager_id else None


# --- lookups ---


def get_rep(session: Session, slack_user_id: str) -> Rep:
    rep = session.scalar(select(Rep).where(Rep.slack_user_id == slack_user_id))
    if rep is None:
        raise RepNotFound(f"unknown rep {slack_user_id}; add them first (cmsbot import reps).")
    return rep


def _reps_by_slack_id(session: Session, slack_user_ids: list[str]) -> list[int]:
    """Rep ids in the order given (one query); raises ``RepNotFound`` naming an unknown one."""
    if not slack_user_ids:
        return []
    found = {
        slack_user_id: rep_id
        for slack_user_id, rep_id in session.execute(
            select(Rep.slack_user_id, Rep.id).where(Rep.slack_user_id.in_(slack_user_ids))
        )
    }
    for slack_user_id in slack_user_ids:
        if slack_user_id not in found:
            get_rep(session, slack_user_id)  # raises, with the message
    return [found[slack_user_id] for slack_user_id in slack_user_ids]


def get_client(session: Session, external_id: str) -> Client:
    client = session.scalar(select(Client).where(Client.external_id == external_id))
    if client is None:
        raise ClientNotFound(f"unknown client {external_id}; add it first (cmsbot import clients).")
    return client


# --- snapshots: what the audit keeps for rows whose meaning spans several tables ---


def rep_snapshot(rep: Rep) -> dict[str, Any]:
    return {**audit.snapshot(rep), "roles": sorted(rep.roles)}


def client_snapshot(session: Session, client: Client) -> dict[str, Any]:
    household = session.get(Household, client.household_id) if client.household_id else None
    return {
        **audit.snapshot(client),
        "household": household.name if household else None,
        "accounts": sorted(row.account for row in client.accounts),
        "coverage": [
            {"rep": slack_user_id, "role": role}
            for slack_user_id, role in _active_team(session, client)
        ],
    }


def _active_team(session: Session, client: Client) -> list[tuple[str, str]]:
    if client.id is None:
        return []
    rows = session.execute(
        select(Rep.slack_user_id, Coverage.role)
        .join(Coverage, Coverage.rep_id == Rep.id)
        .where(Coverage.client_id == client.id, Coverage.ended_at.is_(None))
    ).all()
    return sorted(((u, r) for u, r in rows), key=lambda row: (row[1] != "primary", row[0]))


def _same(before: dict[str, Any] | None, after: dict[str, Any]) -> bool:
    if before is None:
        return False
    ignore = {"updated_at"}
    return {k: v for k, v in before.items() if k not in ignore} == {
        k: v for k, v in after.items() if k not in ignore
    }


# --- reps ---


def upsert_rep(
    session: Session,
    *,
    slack_user_id: str,
    name: str,
    email: str | None = None,
    roles: Iterable[str],
    manager_slack_user_id: str | None = None,
    timezone: str | None = None,
    actor: str,
    now: datetime,
) -> Change[Rep]:
    """Create or update the rep known by ``slack_user_id``; roles are replaced.

    ``timezone`` ``None`` keeps the rep's current zone (UTC for a new rep): the
    nudge job refreshes zones from Slack profiles. Raises ``InvalidInput`` (bad
    name, role, zone, or a manager loop) or ``RepNotFound`` (unknown manager).
    """
    name = check_name(name)
    wanted_roles = check_roles(roles)
    zone = check_timezone(timezone) if timezone and timezone.strip() else None
    email = (email or "").strip() or None
    rep = session.scalar(select(Rep).where(Rep.slack_user_id == slack_user_id))
    manager = get_rep(session, manager_slack_user_id) if manager_slack_user_id else None
    if rep is None:
        rep = Rep(
            slack_user_id=slack_user_id,
            timezone=zone or "UTC",
            locale="en-US",
            active=True,
            created_at=now,
            updated_at=now,
        )
        if manager is not None and manager.slack_user_id == slack_user_id:
            raise InvalidInput(f"{slack_user_id} cannot be their own manager.")
        before = None
    else:
        check_manager_chain(session, rep=rep, manager=manager)
        before = rep_snapshot(rep)
    rep.name = name
    rep.email = email
    rep.manager_id = manager.id if manager else None
    if zone:
        rep.timezone = zone
    _set_roles(rep, wanted_roles)
    return _finish(session, rep, before, actor=actor, now=now)


def _set_roles(rep: Rep, roles: Iterable[str]) -> None:
    wanted = set(roles)
    for row in list(rep.role_rows):
        if row.role not in wanted:
            rep.role_rows.remove(row)
    for role in sorted(wanted - rep.roles):
        rep.role_rows.append(RepRole(role=role))


def _finish(
    session: Session, rep: Rep, before: dict[str, Any] | None, *, actor: str, now: datetime
) -> Change[Rep]:
    """Flush, compare, stamp and audit a rep whose fields were just set."""
    if before is None:
        session.add(rep)
        session.flush()
        audit.record(
            session, actor=actor, action="create", entity=rep, after=rep_snapshot(rep), now=now
        )
        return Change("created", rep)
    if _same(before, rep_snapshot(rep)):
        return Change("unchanged", rep)
    rep.updated_at = now
    session.flush()
    session.expire(rep, ["manager"])  # set by id above; reload the relationship on next use
    audit.record(
        session,
        actor=actor,
        action="update",
        entity=rep,
        before=before,
        after=rep_snapshot(rep),
        now=now,
    )
    return Change("updated", rep)


def grant_role(session: Session, *, rep: Rep, role: str, actor: str, now: datetime) -> Change[Rep]:
    (role,) = check_roles([role])
    if rep.has_role(role):
        return Change("unchanged", rep)
    before = rep_snapshot(rep)
    _set_roles(rep, rep.roles | {role})
    return _finish(session, rep, before, actor=actor, now=now)


def revoke_role(session: Session, *, rep: Rep, role: str, actor: str, now: datetime) -> Change[Rep]:
    (role,) = check_roles([role])
    if not rep.has_role(role):
        return Change("unchanged", rep)
    before = rep_snapshot(rep)
    _set_roles(rep, rep.roles - {role})
    return _finish(session, rep, before, actor=actor, now=now)


def set_manager(
    session: Session, *, rep: Rep, manager: Rep | None, actor: str, now: datetime
) -> Change[Rep]:
    """Set (or with ``None`` clear) the rep's manager; raises ``InvalidInput`` on a loop."""
    check_manager_chain(session, rep=rep, manager=manager)
    if rep.manager_id == (manager.id if manager else None):
        return Change("unchanged", rep)
    before = rep_snapshot(rep)
    rep.manager_id = manager.id if manager else None
    return _finish(session, rep, before, actor=actor, now=now)


# --- clients and coverage ---


def check_external_id(value: str | None) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput("external_id is empty; every client needs the old CRM's id.")
    if len(text) > 64:
        raise InvalidInput(f"external_id {text[:20]}… is longer than 64 characters.")
    return text


def check_tier(value: str | None) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput("tier is empty; give one (e.g. UHNW, HNW).")
    if len(text) > 32:
        raise InvalidInput(f"tier {text[:20]}… is longer than 32 characters.")
    return text


def check_unique(values: Iterable[str], what: str) -> list[str]:
    """Stripped, non-empty values; a repeated one is an error naming it."""
    found: list[str] = []
    for value in values:
        value = value.strip()
        if not value:
            continue
        if value in found:
            raise InvalidInput(f"{what} {value} is listed twice.")
        if len(value) > 64:
            raise InvalidInput(f"{what} {value[:20]}… is longer than 64 characters.")
        found.append(value)
    return found


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
    team = _reps_by_slack_id(session, check_unique(coverage, "rep"))
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
    if before is not None and _same(before, after):
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
        raise InvalidInput(f"unknown coverage role {role!r}; use {' or '.join(COVERAGE_ROLES)}.")
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


# --- delegates ---


def _delegate_id(rep: Rep, assistant: Rep) -> str:
    return f"{rep.id}:{assistant.id}"


def add_delegate(
    session: Session, *, rep: Rep, assistant: Rep, actor: str, now: datetime
) -> Change[Delegate]:
    """Let ``assistant`` log on ``rep``'s behalf; they need the ``assistant`` role first."""
    if rep.id == assistant.id:
        raise InvalidInput(f"{rep.slack_user_id} cannot be their own assistant.")
    if not assistant.has_role("assistant"):
        raise InvalidInput(
            f"{assistant.slack_user_id} does not have the assistant role; grant it first."
        )
    existing = session.get(Delegate, (rep.id, assistant.id))
    if existing is not None:
        return Change("unchanged", existing)
    row = Delegate(rep_id=rep.id, assistant_id=assistant.id, created_at=now)
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="create",
        entity=row,
        entity_id=_delegate_id(rep, assistant),
        now=now,
    )
    return Change("created", row)


def remove_delegate(
    session: Session, *, rep: Rep, assistant: Rep, actor: str, now: datetime
) -> Change[Delegate | None]:
    existing = session.get(Delegate, (rep.id, assistant.id))
    if existing is None:
        return Change("unchanged", None)
    before = audit.snapshot(existing)
    session.delete(existing)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="delete",
        entity_type=Delegate.__tablename__,
        entity_id=_delegate_id(rep, assistant),
        before=before,
        now=now,
    )
    return Change("updated", existing)

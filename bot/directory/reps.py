"""Reps: created or updated from the reps file, roles granted and revoked, managers set."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import audit
from bot.directory.change import Change, same
from bot.directory.checks import check_manager_chain, check_name, check_roles, check_timezone
from bot.directory.lookups import get_rep
from bot.errors import InvalidInput
from bot.i18n import _
from storage.models import Rep, RepRole


def rep_snapshot(rep: Rep) -> dict[str, Any]:
    return {**audit.snapshot(rep), "roles": sorted(rep.roles)}


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
            raise InvalidInput(_("{rep} cannot be their own manager.").format(rep=slack_user_id))
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
    if same(before, rep_snapshot(rep)):
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

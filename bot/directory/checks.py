"""Validation shared by the imports and ``/cms admin``, so a CSV line and a command say the same."""

from __future__ import annotations

from collections.abc import Iterable
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.errors import InvalidInput
from bot.i18n import _
from storage.models import CLIENT_KINDS, ROLES, Rep


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
            raise InvalidInput(
                _("unknown role {role}; roles are {roles}.").format(
                    role=repr(role), roles=", ".join(ROLES)
                )
            )
        if role not in found:
            found.append(role)
    if not found:
        raise InvalidInput(
            _("no role given; give at least one of {roles}.").format(roles=", ".join(ROLES))
        )
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
        raise InvalidInput(_("{rep} cannot be their own manager.").format(rep=rep.slack_user_id))
    seen: set[int] = set()
    boss: Rep | None = manager
    while boss is not None and boss.id not in seen:
        if rep.id is not None and boss.manager_id == rep.id:
            raise InvalidInput(
                _(
                    "{manager} reports (directly or not) to {rep}; "
                    "making them {rep}'s manager would make a loop."
                ).format(manager=manager.slack_user_id, rep=rep.slack_user_id)
            )
        seen.add(boss.id)
        # By id, not the relationship: a manager changed earlier in this
        # transaction may have a stale ``manager`` attribute.
        boss = session.get(Rep, boss.manager_id) if boss.manager_id else None


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

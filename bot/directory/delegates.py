"""Assistants who may log on a rep's behalf."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot import audit
from bot.directory.change import Change
from bot.errors import InvalidInput
from bot.i18n import _
from storage.models import Delegate, Rep


def _delegate_id(rep: Rep, assistant: Rep) -> str:
    return f"{rep.id}:{assistant.id}"


def add_delegate(
    session: Session, *, rep: Rep, assistant: Rep, actor: str, now: datetime
) -> Change[Delegate]:
    """Let ``assistant`` log on ``rep``'s behalf; they need the ``assistant`` role first."""
    if rep.id == assistant.id:
        raise InvalidInput(_("{rep} cannot be their own assistant.").format(rep=rep.slack_user_id))
    if not assistant.has_role("assistant"):
        raise InvalidInput(
            _("{assistant} does not have the assistant role; grant it first.").format(
                assistant=assistant.slack_user_id
            )
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

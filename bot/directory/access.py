"""Who may see and log what: the one place that decides; every surface asks it.

A client's history is shared by the reps covering the client and nobody else,
except upward: a manager sees what the reps under them (transitively) see, an
assistant what the reps who named them see, an admin everything. Controllers
see claims and the contact behind each, not client books.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session

from bot.errors import ClientNotFound, NotAllowed, NotCovered
from bot.messages import formatting
from storage.models import Claim, Client, Coverage, Delegate, Household, Interaction, Rep

NOT_YOURS = "That button no longer works for you."


class NotYours(NotCovered):
    """A value that came back from Slack names something the clicker may not see.

    Button values, option values and a view's ``private_metadata`` are written by
    the bot, but they come back in a request the clicker could have forged or
    copied: a client id, a contact's key, another rep. Each is checked as if it
    had been typed, and the refusal says nothing about what it names (no name,
    no coverage team, no notes), unlike ``NotCovered`` for a typed name.
    """

    def __init__(self, message: str = NOT_YOURS) -> None:
        super().__init__(message)


def team_rep_ids(manager_id: int) -> Select[Any]:
    """Everyone under the manager, at any depth (cycles are harmless: UNION dedupes)."""
    team = select(Rep.id).where(Rep.manager_id == manager_id).cte("team", recursive=True)
    team = team.union(select(Rep.id).join(team, Rep.manager_id == team.c.id))
    return select(team.c.id)


def scope_rep_ids(actor: Rep, *, principals: bool = True) -> Select[Any]:
    """The reps whose coverage the actor shares: self, their team, their principals.

    ``principals=False`` leaves out the reps who named the actor their assistant:
    an assistant sees their books but logs in them only on those reps' behalf.
    """
    parts = [select(Rep.id).where(Rep.id == actor.id)]
    if actor.has_role("manager"):
        parts.append(team_rep_ids(actor.id))
    if principals and actor.has_role("assistant"):
        parts.append(select(Delegate.rep_id).where(Delegate.assistant_id == actor.id))
    query = parts[0]
    for part in parts[1:]:
        query = query.union(part)  # type: ignore[assignment]
    return query


def sees_everything(actor: Rep) -> bool:
    return actor.has_role("admin")


def visible_client_ids(actor: Rep, *, principals: bool = True) -> Select[Any] | None:
    """Ids of clients the actor may see and log; ``None`` means all of them."""
    if sees_everything(actor):
        return None
    return (
        select(Coverage.client_id)
        .where(
            Coverage.ended_at.is_(None),
            Coverage.rep_id.in_(scope_rep_ids(actor, principals=principals)),
        )
        .distinct()
    )


def restrict_clients(query: Select, actor: Rep, client_id_column=Client.id) -> Select:  # type: ignore[no-untyped-def]
    """Add the actor's visibility to any query that has a client id column."""
    ids = visible_client_ids(actor)
    return query if ids is None else query.where(client_id_column.in_(ids))


def can_see_client(
    session: Session, *, actor: Rep, client_id: int, principals: bool = True
) -> bool:
    if sees_everything(actor):
        return True
    ids = visible_client_ids(actor, principals=principals)
    assert ids is not None
    return bool(
        session.scalar(
            select(exists().where(Coverage.client_id == client_id, Coverage.client_id.in_(ids)))
        )
    )


def covering_reps(session: Session, client_id: int) -> list[Rep]:
    """The client's coverage team, primary first."""
    rows = session.execute(
        select(Rep, Coverage.role)
        .join(Coverage, Coverage.rep_id == Rep.id)
        .where(Coverage.client_id == client_id, Coverage.ended_at.is_(None))
        .order_by(Coverage.role, Rep.name)
    ).all()
    return [rep for rep, _role in rows]


def require_can_see_client(session: Session, *, actor: Rep, client: Client) -> None:
    """Raise ``NotCovered`` naming the client's coverage team (for a client the actor named)."""
    if not can_see_client(session, actor=actor, client_id=client.id):
        raise NotCovered(not_covered_message(session, client))


def client_from_value(
    session: Session, *, actor: Rep, client_id: int, principals: bool = True
) -> Client:
    """The client a button, option or view names, if the actor may see it.

    Raises ``ClientNotFound`` (no such active client) or ``NotYours``: neither
    says the client's name or who covers it, since the actor never typed it.
    """
    client = session.get(Client, client_id)
    if client is None or not client.active:
        raise ClientNotFound("That client no longer exists in the book.")
    if not can_see_client(session, actor=actor, client_id=client.id, principals=principals):
        raise NotYours()
    return client


def client_for_documents(session: Session, *, actor: Rep, client_id: int) -> Client:
    """The client whose file the actor adds a document to, or reads one from.

    A client's documents are shared like the rest of its record: by those who
    may see the client (coverage, a manager's team, an assistant's principals,
    admins), and nobody else; controllers see claims, not client files. The id
    comes back from Slack (an option, a button), so a refusal names nothing:
    raises ``ClientNotFound`` or ``NotYours``.
    """
    return client_from_value(session, actor=actor, client_id=client_id)


def not_covered_message(session: Session, client: Client) -> str:
    team = covering_reps(session, client.id)
    names = ", ".join(f"<@{rep.slack_user_id}>" for rep in team) or "nobody yet"
    return (
        f"You don't cover {formatting.escape(client.name)}; it is covered by {names}. "
        "Ask one of them or your manager."
    )


def require_can_log(session: Session, *, actor: Rep, owner: Rep, client: Client) -> None:
    """The actor may log for ``owner`` about ``client``; raises ``NotYours`` / ``NotCovered``.

    Logging for someone else is for their named assistants only. The client
    and the owner reach a service as ids (a form's options, a button), so one
    the actor may not see, or an owner who never named them, is refused
    without naming anyone (``NotYours``).
    """
    if owner.id != actor.id and not is_delegate(session, assistant=actor, rep=owner):
        raise NotYours()
    if not can_see_client(session, actor=actor, client_id=client.id):
        raise NotYours()
    # The owner's own reach decides; an assistant's view of their principals' books
    # does not make those clients theirs to log as themselves.
    if not can_see_client(session, actor=owner, client_id=client.id, principals=False):
        raise NotCovered(not_covered_message(session, client))


def default_owner(session: Session, *, actor: Rep, client: Client) -> Rep:
    """Whose contact a line is when nobody says: the actor's own, or for an assistant
    the principal covering the client (primary first)."""
    if actor.has_role("assistant") and not can_see_client(
        session, actor=actor, client_id=client.id, principals=False
    ):
        principal = session.scalar(
            select(Rep)
            .join(Coverage, Coverage.rep_id == Rep.id)
            .join(Delegate, Delegate.rep_id == Rep.id)
            .where(
                Delegate.assistant_id == actor.id,
                Coverage.client_id == client.id,
                Coverage.ended_at.is_(None),
            )
            .order_by(Coverage.role, Rep.name)
            .limit(1)
        )
        if principal is not None:
            return principal
    return actor


def is_delegate(session: Session, *, assistant: Rep, rep: Rep) -> bool:
    if not assistant.has_role("assistant"):
        return False
    return bool(
        session.scalar(
            select(exists().where(Delegate.rep_id == rep.id, Delegate.assistant_id == assistant.id))
        )
    )


def can_see_claim(session: Session, *, actor: Rep, claim: Claim) -> bool:
    if actor.has_role("controller") or sees_everything(actor):
        return True
    return can_see_client(session, actor=actor, client_id=claim.client_id)


def can_see_interaction(session: Session, *, actor: Rep, interaction: Interaction) -> bool:
    if sees_everything(actor):
        return True
    if actor.has_role("controller") and session.scalar(
        select(exists().where(Claim.interaction_id == interaction.id))
    ):
        return True
    return can_see_client(session, actor=actor, client_id=interaction.client_id)


def require_may_replay(session: Session, *, actor: Rep, interaction: Interaction) -> None:
    """A repeated idempotency key shows the first record only to whoever recorded it.

    The key comes back in a button value or is derived from a view id, so it
    can name someone else's contact (``demo:DC-008:1``): raises ``NotYours``
    unless the actor wrote the record and may still see it.
    """
    if interaction.author_id != actor.id or not can_see_interaction(
        session, actor=actor, interaction=interaction
    ):
        raise NotYours()


def require_role(actor: Rep, *roles: str) -> None:
    """Raise ``NotAllowed`` unless the actor has one of ``roles``."""
    if not any(actor.has_role(role) for role in roles):
        wanted = " or ".join(roles)
        raise NotAllowed(f"That needs the {wanted} role; ask an admin.")


def visible_members(session: Session, *, actor: Rep, household_id: int) -> list[int]:
    """The household's active members the actor may see (coverage of each member decides),
    by name; the others stay hidden from the household card."""
    query = select(Client.id).where(Client.household_id == household_id, Client.active.is_(True))
    return list(session.scalars(restrict_clients(query, actor).order_by(Client.name, Client.id)))


def household_members_for(
    session: Session, *, actor: Rep, household_id: int, typed: bool = False
) -> list[int]:
    """The members of a household the actor may see; at least one, or it is refused.

    A household the actor reached by a value (a button) is refused without its
    name (``NotYours``); one they typed by name, saying they cover none of it
    (``NotCovered``).
    """
    household = session.get(Household, household_id)
    if household is None:
        raise ClientNotFound("That household no longer exists in the book.")
    members = visible_members(session, actor=actor, household_id=household_id)
    if not members:
        if typed:
            raise NotCovered(
                f"You cover nobody in {formatting.escape(household.name)}. "
                "Ask your manager if you should."
            )
        raise NotYours()
    return members

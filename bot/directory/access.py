"""Who may see and log what: the one place that decides; every surface asks it.

A client's history is shared by the reps covering the client and nobody else,
except upward: a manager sees what the reps under them (transitively) see, an
assistant what the reps who named them see, an admin everything. Controllers
see claims and the contact behind each, not client books.

The roles that serve clients without selling (issue #19): ``compliance`` reads
every book and decides nothing, each read of a client audited; ``service``
reads the books of the team it serves (everyone under its manager) and logs
service contacts; ``marketing`` reads no client book at all (initiatives as
aggregates). Within a book, what a contact shows is ``contact_view``'s answer:
private notes and the banking wall (the last section of this module).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, exists, select
from sqlalchemy.orm import Session

from bot import audit
from bot.errors import ClientNotFound, NotAllowed, NotCovered
from bot.i18n import _, ngettext
from bot.messages import access as words
from bot.messages import formatting
from storage.models import Claim, Client, Coverage, Delegate, Household, Interaction, Rep, RepRole

NOT_YOURS = _(words.NOT_YOURS)  # translated where it is told


class NotYours(NotCovered):
    """A value that came back from Slack names something the clicker may not see.

    Button values, option values and a view's ``private_metadata`` are written by
    the bot, but they come back in a request the clicker could have forged or
    copied: a client id, a contact's key, another rep. Each is checked as if it
    had been typed, and the refusal says nothing about what it names (no name,
    no coverage team, no notes), unlike ``NotCovered`` for a typed name.
    """

    def __init__(self, message: str | None = None) -> None:
        super().__init__(_(NOT_YOURS) if message is None else message)


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
    query = select(Rep.id).where(Rep.id == actor.id)
    for part in _wider_scope(actor, principals=principals):
        query = query.union(part)  # type: ignore[assignment]
    return query


def _wider_scope(actor: Rep, *, principals: bool) -> list[Select[Any]]:
    """Whose reps the actor's scope holds besides their own: their team, their principals,
    the reps they serve (none for most reps)."""
    parts = []
    if actor.has_role("manager"):
        parts.append(team_rep_ids(actor.id))
    if principals and actor.has_role("assistant"):
        parts.append(select(Delegate.rep_id).where(Delegate.assistant_id == actor.id))
    if actor.has_role("service") and actor.manager_id is not None:
        parts.append(served_rep_ids(actor))
    return parts


def sees_everything(actor: Rep) -> bool:
    """Every client book: an admin's, and compliance's (which reads and decides nothing)."""
    return actor.has_role("admin") or actor.has_role("compliance")


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


# The clients an actor whose scope is their own coverage covers now (``rep_id`` bound).
_OWN_COVERAGE = (
    select(Coverage.client_id)
    .where(
        Coverage.ended_at.is_(None),
        Coverage.rep_id.in_(select(Rep.id).where(Rep.id == bindparam("rep_id"))),
    )
    .distinct()
)


def can_see_client(
    session: Session, *, actor: Rep, client_id: int, principals: bool = True
) -> bool:
    ids = seeable_client_ids(session, actor=actor, client_ids=[client_id], principals=principals)
    return client_id in ids


# ``seeable_client_ids``' statement for an actor whose scope is their own coverage (most reps,
# at least once a line logged), built once with bound ids: the same SQL as built per call,
# which derived a fresh cache key from the whole expression each time.
_SEEN_OWN = (
    select(Coverage.client_id)
    .where(
        Coverage.client_id.in_(bindparam("client_ids", expanding=True)),
        Coverage.client_id.in_(_OWN_COVERAGE),
    )
    .distinct()
)


def seeable_client_ids(
    session: Session, *, actor: Rep, client_ids: list[int], principals: bool = True
) -> set[int]:
    """Which of ``client_ids`` the actor may see: ``can_see_client`` for several, one statement."""
    if not client_ids:
        return set()
    if sees_everything(actor):
        return set(client_ids)
    if not _wider_scope(actor, principals=principals):
        return set(session.scalars(_SEEN_OWN, {"client_ids": client_ids, "rep_id": actor.id}))
    ids = visible_client_ids(actor, principals=principals)
    assert ids is not None
    return set(
        session.scalars(
            select(Coverage.client_id)
            .where(Coverage.client_id.in_(client_ids), Coverage.client_id.in_(ids))
            .distinct()
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
        raise ClientNotFound(_("That client no longer exists in the book."))
    if not can_see_client(session, actor=actor, client_id=client.id, principals=principals):
        raise NotYours()
    return client


def client_for_documents(
    session: Session, *, actor: Rep, client_id: int, filing: bool = False
) -> Client:
    """The client whose file the actor adds a document to (``filing``), or reads one from.

    A client's documents are shared like the rest of its record: by those who
    may see the client (coverage, a manager's team, an assistant's principals,
    client service's team, compliance, admins), and nobody else; controllers see
    claims, not client files. Filing is recording: compliance and marketing
    alone file nothing. The id comes back from Slack (an option, a button), so a
    refusal names nothing: raises ``ClientNotFound``, ``NotYours`` or ``NotAllowed``.
    Which of the file's documents the reader may open is ``Lens.document``'s.
    """
    if filing:
        require_may_record(actor)
    return client_from_value(session, actor=actor, client_id=client_id)


def not_covered_message(session: Session, client: Client) -> str:
    team = covering_reps(session, client.id)
    name = formatting.escape(client.name)
    if not team:
        return _("You don't cover {client}, and nobody covers it yet. Ask your manager.").format(
            client=name
        )
    names = ", ".join(f"<@{rep.slack_user_id}>" for rep in team)
    return ngettext(
        "You don't cover {client}; it is covered by {names}. Ask them or your manager.",
        "You don't cover {client}; it is covered by {names}. Ask one of them or your manager.",
        len(team),
    ).format(client=name, names=names)


def require_can_log(session: Session, *, actor: Rep, owner: Rep, client: Client) -> None:
    """The actor may log for ``owner`` about ``client``; raises ``NotYours`` / ``NotCovered``.

    Logging for someone else is for their named assistants only. The client
    and the owner reach a service as ids (a form's options, a button), so one
    the actor may not see, or an owner who never named them, is refused
    without naming anyone (``NotYours``).
    """
    require_may_record(actor)
    if owner.id != actor.id and not is_delegate(session, assistant=actor, rep=owner):
        raise NotYours()
    # The owner's own reach decides; an assistant's view of their principals' books
    # does not make those clients theirs to log as themselves.
    owners = can_see_client(session, actor=owner, client_id=client.id, principals=False)
    # Logging as themselves, what the owner reaches the actor sees: asked once, not twice.
    if not (owners and owner.id == actor.id) and not can_see_client(
        session, actor=actor, client_id=client.id
    ):
        raise NotYours()
    if not owners:
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


def require_role(actor: Rep, *roles: str, refusal: str | None = None) -> None:
    """Raise ``NotAllowed`` (``refusal``, else a sentence naming the roles) unless the
    actor has one of ``roles``."""
    if not any(actor.has_role(role) for role in roles):
        wanted = _(" or ").join(roles)
        raise NotAllowed(
            refusal or _("That needs the {role} role; ask an admin.").format(role=wanted)
        )


def may_decide_claims(actor: Rep) -> bool:
    """Controllers decide claims; compliance, which reads them all, decides nothing."""
    return actor.has_role("controller")


def may_see_scorecard_of(session: Session, *, actor: Rep, target: Rep) -> bool:
    """Oneself, an admin anyone, a manager their team (at any depth)."""
    if target.id == actor.id or actor.has_role("admin"):
        return True
    return actor.has_role("manager") and target.id in set(session.scalars(team_rep_ids(actor.id)))


def require_may_see_pay(actor: Rep, *, refusal: str) -> None:
    """Scorecards and bonuses: not for marketing or client service alone (no pay figures)."""
    paid = ("rep", "banker", "manager", "admin", "compliance")
    if not any(actor.has_role(role) for role in paid) and (
        actor.has_role("marketing") or actor.has_role("service")
    ):
        raise NotAllowed(refusal)


def require_may_run_initiatives(actor: Rep, *, refusal: str) -> None:
    """Initiatives are created, edited and closed by admins and marketing."""
    require_role(actor, "admin", "marketing", refusal=refusal)


def require_may_see_roi(actor: Rep, *, refusal: str) -> None:
    """Initiative returns (aggregates): managers, admins, marketing and compliance."""
    require_role(actor, "manager", "admin", "marketing", "compliance", refusal=refusal)


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
        raise ClientNotFound(_("That household no longer exists in the book."))
    members = visible_members(session, actor=actor, household_id=household_id)
    if not members:
        if typed:
            raise NotCovered(
                _("You cover nobody in {household}. Ask your manager if you should.").format(
                    household=formatting.escape(household.name)
                )
            )
        raise NotYours()
    return members


# --- issue #19: the roles that serve clients, private notes, the banking wall ------------
#
# Kept apart from the team queries above (which other work tunes for speed): this
# section only adds. Three answers per contact, per reader:
#
# - ``FULL``: everything (notes, outcome, channel, claims);
# - ``PRIVATE``: that it happened, when, by whom and how, but not the notes: a
#   private contact read by someone outside the coverage team and their managers;
# - ``WALLED``: that a contact happened, and its date; nothing more (the banking
#   wall, either way round).

FULL = "full"
PRIVATE = "private"
WALLED = "walled"

# Roles that may record a contact (log, edit, raise claims); compliance and
# marketing alone record nothing.
RECORDING_ROLES = ("rep", "manager", "assistant", "admin", "service", "banker")
# Documents of a client's file that are mandates: behind the banking wall (``Lens.document``).
MANDATE_DOCUMENTS = frozenset({"mandate_letter"})


def served_rep_ids(actor: Rep) -> Select[Any]:
    """Client service serves its team: everyone under its manager (itself included)."""
    if actor.manager_id is None:
        return select(Rep.id).where(Rep.id == actor.id)
    return team_rep_ids(actor.manager_id)


def audits_reads(actor: Rep) -> bool:
    """Every client a compliance reader opens is itself an audit event."""
    return actor.has_role("compliance")


def may_record(actor: Rep) -> bool:
    """The actor holds a role that records contacts (compliance and marketing alone do not)."""
    return any(actor.has_role(role) for role in RECORDING_ROLES)


def require_may_record(actor: Rep) -> None:
    """Raise ``NotAllowed`` for compliance or marketing alone: they record nothing."""
    if may_record(actor):
        return
    if actor.has_role("marketing"):
        raise NotAllowed(_(words.MARKETING_NO_CLIENTS))
    if actor.has_role("compliance"):
        raise NotAllowed(_(words.COMPLIANCE_RECORDS_NOTHING))


def require_may_claim(actor: Rep) -> None:
    """Service contacts carry no claims: raise ``NotAllowed`` for client service alone."""
    if actor.has_role("service") and not (actor.has_role("rep") or actor.has_role("banker")):
        raise NotAllowed(_(words.SERVICE_NO_CLAIMS))


def contact_kind(owner_roles: set[str]) -> str:
    """``service`` for a contact of client service (no cadence, no pay), else ``sales``."""
    sells = bool(owner_roles & {"rep", "banker", "manager"})
    return "service" if "service" in owner_roles and not sells else "sales"


def contact_side(owner_roles: set[str]) -> str:
    """``banking`` for a banker's contact (behind the wall), else ``wealth``."""
    return "banking" if "banker" in owner_roles else "wealth"


def home_parts(actor: Rep) -> tuple[str, ...]:
    """The App Home's parts the actor may read, in order.

    ``rep`` (the worklist, own claims, own quarter's pay figures) is a seller's:
    marketing, service and compliance alone have none of it (service sees no pay).
    """
    sellers = ("rep", "banker")
    others = ("manager", "controller", "admin", "marketing", "service", "compliance")
    parts: list[str] = []
    if any(actor.has_role(r) for r in sellers) or not any(actor.has_role(r) for r in others):
        parts.append("rep")
    parts.extend(role for role in others if actor.has_role(role))
    return tuple(parts)


def banking_only(actor: Rep) -> bool:
    """A banker who is not also a wealth-side rep: wealth notes are behind the wall for them."""
    return actor.has_role("banker") and not actor.has_role("rep")


def wall_reach(actor: Rep) -> Select[Any]:
    """Whose coverage opens private notes and the wall for the actor: self and, for a
    manager, their team. An assistant's principals and a service team do not."""
    query = select(Rep.id).where(Rep.id == actor.id)
    if actor.has_role("manager"):
        query = query.union(team_rep_ids(actor.id))  # type: ignore[assignment]
    return query


@dataclass(frozen=True)
class Lens:
    """How one reader reads one client's contacts and claims (``contact_view``).

    Built once per client and reader (two small queries), then asked per row.
    """

    reader_id: int
    compliance: bool
    controller: bool
    banking_only: bool
    team_in_reach: bool  # a covering rep is the reader or in the reader's team
    banker_in_reach: bool  # a covering banker is the reader or in the reader's team
    sees_pay: bool = True  # client service alone sees no claims (pay figures)

    def contact(self, *, side: str, private: bool, rep_id: int, author_id: int) -> str:
        if self.compliance or self.reader_id in (rep_id, author_id):
            return FULL
        if side == "banking":
            return FULL if self.banker_in_reach else WALLED
        if self.banking_only:
            return WALLED
        if private and not self.team_in_reach:
            return PRIVATE
        return FULL

    def document(self, *, kind: str, added_by_id: int) -> bool:
        """True: the reader may see and open a document of the client's file.

        A mandate letter is a mandate, so behind the banking wall like every
        mandate claim; other documents are the wealth side's, walled for a
        banker alone. Compliance and whoever filed it always may.
        """
        if self.compliance or self.reader_id == added_by_id:
            return True
        if kind in MANDATE_DOCUMENTS:
            return self.banker_in_reach
        return not self.banking_only

    def claim(self, *, kind: str, side: str, rep_id: int, author_id: int) -> bool:
        """True: the claim's kind and amount may be shown (every mandate is behind the wall)."""
        if self.compliance or self.controller or self.reader_id in (rep_id, author_id):
            return True
        if not self.sees_pay:
            return False
        if kind == "mandate" or side == "banking":
            return self.banker_in_reach
        return not self.banking_only


def lens(session: Session, *, actor: Rep, client_id: int) -> Lens:
    """The reader's lens on one client (whether they may see the client is asked apart)."""
    reach = wall_reach(actor)
    in_reach = (
        Coverage.client_id == client_id,
        Coverage.ended_at.is_(None),
        Coverage.rep_id.in_(reach),
    )
    team = bool(session.scalar(select(exists().where(*in_reach))))
    banker = team and bool(
        session.scalar(
            select(
                exists().where(
                    *in_reach,
                    Coverage.rep_id.in_(select(RepRole.rep_id).where(RepRole.role == "banker")),
                )
            )
        )
    )
    return Lens(
        reader_id=actor.id,
        compliance=actor.has_role("compliance"),
        controller=actor.has_role("controller"),
        banking_only=banking_only(actor),
        team_in_reach=team,
        banker_in_reach=banker,
        sees_pay=not service_only(actor),
    )


def service_only(actor: Rep) -> bool:
    """Client service without a selling or managing role: no claims, no pay figures."""
    return actor.has_role("service") and not any(
        actor.has_role(role) for role in ("rep", "banker", "manager", "admin", "compliance")
    )


def contact_view(session: Session, *, actor: Rep, interaction: Interaction) -> str:
    """``FULL``, ``PRIVATE`` or ``WALLED``: how much of one contact the actor may read."""
    return lens(session, actor=actor, client_id=interaction.client_id).contact(
        side=interaction.side,
        private=interaction.private,
        rep_id=interaction.rep_id,
        author_id=interaction.author_id,
    )


def require_may_edit(session: Session, *, actor: Rep, interaction: Interaction) -> None:
    """Its rep, its author, or an admin who may read it whole; raises ``NotAllowed``.

    An admin may not open a private contact of someone else's client, nor a
    banking one, for editing: the form would show the notes.
    """
    if actor.id in (interaction.rep_id, interaction.author_id):
        return
    if (
        actor.has_role("admin")
        and contact_view(session, actor=actor, interaction=interaction) == FULL
    ):
        return
    raise NotAllowed(_("Only the rep who logged this contact (or their assistant) can change it."))


def require_may_export_client(actor: Rep) -> None:
    """A client's whole record (every note, both sides of the wall) is compliance's to export."""
    require_role(actor, "compliance", refusal=_(words.COMPLIANCE_EXPORTS))


def require_may_export_audit(actor: Rep) -> None:
    """The audit trail, read by someone named with ``--as``: compliance alone (every
    version of every note is in it, private and banking ones too)."""
    require_role(actor, "compliance", refusal=_(words.AUDIT_EXPORT))


def record_read(
    session: Session, *, actor: Rep, client: Client, surface: str, now: datetime
) -> None:
    """A compliance read of ``client`` through ``surface``, as an audit event (else nothing)."""
    if not audits_reads(actor):
        return
    # A read changes nothing: ``after`` stays empty, so the trail's replay of the
    # client (``bot.audit.state``) is untouched; what was read is in ``before``.
    read = {"surface": surface, "external_id": client.external_id}
    audit.record_by(
        session, actor, "read", entity_type="clients", entity_id=client.id, before=read, now=now
    )

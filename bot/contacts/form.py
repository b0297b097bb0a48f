"""The contact form's rules: what it offers a reader, and a submission checked and recorded.

A submission is checked field by field (``bot.contacts.form_input``), then recorded
through ``log_contact`` / ``edit_contact``; any refusal comes back as
``FormInvalid`` naming the fields to fix. Nothing is written unless everything
passes: the caller's transaction rolls back on any error.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import contacts
from bot.contacts import LoggedContact
from bot.contacts.form_input import FormInput, FormInvalid, as_field_error, check, read_amount
from bot.directory import access
from bot.errors import CmsError
from bot.i18n import _
from bot.messages import contacts_form as text
from bot.messages.formatting import zone
from bot.parsing import ClaimDraft
from storage.models import Claim, Delegate, Initiative, Rep


@dataclass(frozen=True)
class Figures:
    """The form's money fields for one contact: its pending claims, one per kind."""

    pledged: Decimal | None = None
    deposited: Decimal | None = None
    mandate_fee: Decimal | None = None
    currency: str = "USD"
    account: str | None = None


@dataclass(frozen=True)
class FormContext:
    """What the form offers and shows a reader, new or editing."""

    timezone: str
    local_now: datetime
    client: tuple[int, str] | None = None
    initiatives: list[tuple[str, str]] = field(default_factory=list)  # (tag, name)
    owners: list[tuple[int, str]] = field(default_factory=list)  # empty: logs for self only
    owner_id: int | None = None
    # Editing: the record's values.
    occurred_local: datetime | None = None
    time_given: bool = True  # False: the day alone is known; the time box starts empty
    channel: str | None = None
    notes: str = ""
    outcome: str = ""
    initiative: str | None = None
    follow_up: date | None = None
    private: bool = False
    figures: Figures = Figures()
    context: list[str] = field(default_factory=list)


# --- recording ---------------------------------------------------------------------------


def _owner(session: Session, *, actor: Rep, owner_id: int | None) -> Rep | None:
    """The rep picked; ``None`` lets ``log_contact`` choose (an assistant's covering principal)."""
    if owner_id is None:
        return None
    if owner_id == actor.id:
        return actor
    owner = session.get(Rep, owner_id)
    if owner is None or not owner.active:
        raise FormInvalid({"owner": _(text.ERR_OWNER)})
    return owner


def submit_new(
    session: Session, *, actor: Rep, form: FormInput, source: str, key: str, now: datetime
) -> LoggedContact:
    """Check and record a new contact; the same ``key`` twice records once.

    Raises ``FormInvalid`` naming each wrong field (nothing is written then).
    """
    try:
        draft = check(form, actor=actor, now=now)
        owner = _owner(session, actor=actor, owner_id=form.owner_id)
        draft = replace(draft, source=source, idempotency_key=key)
        return contacts.log_contact(session, actor=actor, draft=draft, now=now, owner=owner)
    except CmsError as error:
        raise as_field_error(error) from error


def submit_edit(
    session: Session, *, actor: Rep, interaction_id: int, form: FormInput, now: datetime
) -> LoggedContact:
    """Check and save an edit; pending claims not shown on the form are kept as they are.

    Raises ``FormInvalid`` naming each wrong field (nothing is written then).
    """
    try:
        draft = check(form, actor=actor, now=now)
        interaction = contacts.get_interaction(session, interaction_id)
        kept = _hidden_pending(_claims_of(session, interaction.id))
        draft = replace(draft, claims=draft.claims + kept)
        return contacts.edit_contact(
            session, actor=actor, interaction_id=interaction_id, draft=draft, now=now
        )
    except CmsError as error:
        raise as_field_error(error) from error


def _claims_of(session: Session, interaction_id: int) -> list[Claim]:
    return list(
        session.scalars(
            select(Claim).where(Claim.interaction_id == interaction_id).order_by(Claim.id)
        )
    )


def _shown(claims: list[Claim]) -> dict[str, Claim]:
    """The pending claim of each kind the form shows: the first one raised."""
    shown: dict[str, Claim] = {}
    for claim in claims:
        if claim.status == "pending":
            shown.setdefault(claim.kind, claim)
    return shown


def _hidden_pending(claims: list[Claim]) -> tuple[ClaimDraft, ...]:
    shown = {claim.id for claim in _shown(claims).values()}
    return tuple(
        ClaimDraft(kind=c.kind, amount=c.amount, currency=c.currency, account=c.account)
        for c in claims
        if c.status == "pending" and c.id not in shown
    )


# --- what the form offers ----------------------------------------------------------------


def principals(session: Session, actor: Rep) -> list[Rep]:
    """The reps who named ``actor`` their assistant (none unless ``actor`` is one)."""
    if not actor.has_role("assistant"):
        return []
    return list(
        session.scalars(
            select(Rep)
            .join(Delegate, Delegate.rep_id == Rep.id)
            .where(Delegate.assistant_id == actor.id, Rep.active.is_(True))
            .order_by(Rep.name)
        )
    )


def _owners(session: Session, actor: Rep) -> tuple[list[tuple[int, str]], int | None]:
    """Whom the author may log for, and the preselected one; empty when only for themself."""
    named = principals(session, actor)
    if not named:
        return [], None
    assists_only = actor.roles <= {"assistant"}
    mine = [] if assists_only else [(actor.id, _(text.MYSELF))]
    owners = mine + [(rep.id, rep.name) for rep in named]
    # Left empty, the contact is the covering principal's (``access.default_owner``).
    return owners, owners[0][0] if len(owners) == 1 else None


def _initiatives(session: Session, *, on: date, keep: Initiative | None) -> list[tuple[str, str]]:
    rows = contacts.active_initiatives(session, on=on)
    if keep is not None and keep.id not in {row.id for row in rows}:
        rows.append(keep)
    return [(row.tag, row.name) for row in rows]


def new_context(
    session: Session, *, actor: Rep, client_id: int | None, now: datetime
) -> FormContext:
    """The form for a new contact, opened now; with a client, only one the actor may see.

    ``client_id`` is a button's value (**Log contact**, a nudge): raises
    ``ClientNotFound`` and ``NotYours`` (which does not name the client), and
    ``NotAllowed`` for compliance and marketing, who record nothing.
    """
    access.require_may_record(actor)
    local_now = now.astimezone(zone(actor.timezone))
    chosen = None
    if client_id is not None:
        client = access.client_from_value(session, actor=actor, client_id=client_id)
        chosen = (client.id, client.name)
    owners, owner_id = _owners(session, actor)
    return FormContext(
        timezone=actor.timezone,
        local_now=local_now,
        client=chosen,
        initiatives=_initiatives(session, on=local_now.date(), keep=None),
        owners=owners,
        owner_id=owner_id,
    )


def edit_context(
    session: Session, *, actor: Rep, interaction_id: int, now: datetime
) -> FormContext:
    """The form prefilled from a recorded contact, for someone who may change it.

    Raises ``InteractionNotFound`` and ``NotAllowed`` (only its rep, its author or an admin).
    """
    interaction = contacts.require_editable(session, actor=actor, interaction_id=interaction_id)
    tz = zone(actor.timezone)
    claims = _claims_of(session, interaction.id)
    shown = _shown(claims)
    first = next(iter(shown.values()), None)
    figures = Figures(
        pledged=_amount(shown.get("pledge")),
        deposited=_amount(shown.get("deposit")),
        mandate_fee=_amount(shown.get("mandate")),
        currency=first.currency if first else "USD",
        account=next((c.account for c in shown.values() if c.account), None),
    )
    context = []
    owner, author = interaction.rep, interaction.author
    if owner.id != author.id:
        context.append(_(text.FOR_OWNER).format(owner=owner.name, author=author.name))
    for claim in claims:
        if claim.status != "pending":
            context.append(
                _(text.DECIDED_CLAIM).format(
                    kind=claim.kind.capitalize(),
                    amount=f"{claim.currency} {claim.amount:,}",
                    status=claim.status,
                )
            )
    hidden = _hidden_pending(claims)
    if hidden:
        listing = ", ".join(f"{c.kind} {c.currency} {c.amount:,}" for c in hidden)
        context.append(_(text.EXTRA_CLAIMS).format(claims=listing))
    occurred_local = interaction.occurred_at.astimezone(tz)
    return FormContext(
        timezone=actor.timezone,
        local_now=now.astimezone(tz),
        client=(interaction.client.id, interaction.client.name),
        initiatives=_initiatives(session, on=occurred_local.date(), keep=interaction.initiative),
        occurred_local=occurred_local,
        time_given=interaction.time_given,
        channel=interaction.channel,
        notes=interaction.notes or "",
        outcome=interaction.outcome or "",
        initiative=interaction.initiative.tag if interaction.initiative else None,
        follow_up=interaction.follow_up_on,
        private=interaction.private,
        figures=figures,
        context=context,
    )


def _amount(claim: Claim | None) -> Decimal | None:
    return Decimal(claim.amount) if claim is not None else None


__all__ = [
    "Figures",
    "FormContext",
    "FormInput",
    "FormInvalid",
    "check",
    "edit_context",
    "new_context",
    "principals",
    "read_amount",
    "submit_edit",
    "submit_new",
]

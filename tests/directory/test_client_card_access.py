"""The access matrix (``tests/directory/test_access.py``) extended to this feature's surfaces.

The type-ahead, ``/client`` (its name lookup and its card), the form opened
for a client, a form submission and the Edit form each get one row per kind
of actor: what they can reach must be exactly what they should.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.contacts import form as contact_form
from bot.contacts.form import FormInput, FormInvalid
from bot.directory import client_card
from bot.errors import NotAllowed
from storage.models import Rep
from tests.conftest import DEFAULT_NOW
from tests.directory.test_access import (  # noqa: F401  (``cast`` is a fixture)
    Cast,
    allowed,
    cast,
    in_book,
    matrix_rows,
)


def probe_type_ahead(session: Session, people: Cast, actor: Rep, client: str) -> bool:
    target = people.clients[client]
    found = client_card.search_clients(session, actor=actor, typed=target.name)
    return target.id in {row[0] for row in found}


def probe_client_lookup(session: Session, people: Cast, actor: Rep, client: str) -> bool:
    target = people.clients[client]

    def look() -> None:
        found = client_card.find_for_card(session, actor=actor, text=target.name)
        if target.id not in {candidate.client_id for candidate in found}:
            raise NotAllowed("not found")

    return allowed(look)


def probe_client_card(session: Session, people: Cast, actor: Rep, client: str) -> bool:
    target = people.clients[client]
    return allowed(
        lambda: client_card.load_card(session, actor=actor, client_id=target.id, now=_now())
    )


def probe_form_for_client(session: Session, people: Cast, actor: Rep, client: str) -> bool:
    target = people.clients[client]
    return allowed(
        lambda: contact_form.new_context(session, actor=actor, client_id=target.id, now=_now())
    )


def probe_form_submission(session: Session, people: Cast, actor: Rep, client: str) -> bool:
    """Submitting for oneself; an assistant for the rep the form offers (who named them)."""
    context = contact_form.new_context(session, actor=actor, client_id=None, now=_now())
    form = FormInput(
        client_id=people.clients[client].id,
        day=_now().date(),
        time="09:00",
        channel="phone",
        owner_id=context.owner_id,
    )
    try:
        with session.begin_nested() as savepoint:
            contact_form.submit_new(
                session,
                actor=actor,
                form=form,
                source="form",
                key=f"{actor.id}:{client}",
                now=_now(),
            )
            savepoint.rollback()
    except FormInvalid as error:
        assert set(error.errors) <= {"client", "owner"}, error.errors
        return False
    return True


def probe_edit_form(session: Session, people: Cast, actor: Rep, client: str) -> bool:
    interaction = people.plain_interaction[client]
    return allowed(
        lambda: contact_form.edit_context(
            session, actor=actor, interaction_id=interaction.id, now=_now()
        )
    )


def its_owner_or_an_admin(actor: str, client: str) -> bool:
    """Editing a contact: its rep, whoever logged it, or an admin; nobody else."""
    return actor == "admin" or (actor == "rep" and client == "rita's")


def _now() -> datetime:
    return DEFAULT_NOW


SURFACES = {
    "type-ahead": (probe_type_ahead, in_book),
    "/client lookup": (probe_client_lookup, in_book),
    "/client card": (probe_client_card, in_book),
    "form opened for a client": (probe_form_for_client, in_book),
    "form submitted": (probe_form_submission, in_book),
    "edit form": (probe_edit_form, its_owner_or_an_admin),
}


test_access_matrix_row = matrix_rows(SURFACES)

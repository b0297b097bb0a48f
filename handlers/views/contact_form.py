"""The contact form: opened (new, for a client, from a message, or to edit) and submitted.

A submission is checked and recorded before Slack is answered, so a wrong
field comes back as ``response_action="errors"`` on that field and the form
stays open; on success the form closes and the rep gets a DM confirming what
was recorded (with Edit and Undo), the same message whatever the source. A
double submit of one form records once: the idempotency key is the view id.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from sqlalchemy.orm import Session

from bot import messages
from bot.claims.raising import claim_post_key
from bot.contacts import LoggedContact
from bot.contacts import form as service
from bot.contacts.form import FormInvalid
from bot.delivery.outbox import deliver_keys
from bot.deps import Deps
from bot.errors import CmsError
from bot.i18n import _
from bot.messages import contacts as reply_text
from bot.messages import contacts_form as text
from bot.messages import formatting
from handlers import ids
from handlers.blocks import contact_reply
from handlers.blocks.contact_form import FormMeta, form_view, read_answers
from handlers.common import NotSaved, UnsureSaved, acting_rep, committed, quietly, speaking_to
from handlers.home.role_home import publish_home
from handlers.lanes import after_ack
from handlers.reply import Reply
from storage.models import Rep

log = logging.getLogger(__name__)

# The form's block for each field ``FormInvalid.errors`` names.
BLOCKS = {
    "owner": ids.BLOCK_OWNER,
    "client": ids.BLOCK_CLIENT,
    "date": ids.BLOCK_DATE,
    "time": ids.BLOCK_TIME,
    "channel": ids.BLOCK_CHANNEL,
    "notes": ids.BLOCK_NOTES,
    "outcome": ids.BLOCK_OUTCOME,
    "pledged": ids.BLOCK_PLEDGED,
    "deposited": ids.BLOCK_DEPOSITED,
    "currency": ids.BLOCK_CURRENCY,
    "account": ids.BLOCK_ACCOUNT,
    "mandate_fee": ids.BLOCK_MANDATE_FEE,
    "initiative": ids.BLOCK_INITIATIVE,
    "follow_up": ids.BLOCK_FOLLOW_UP,
}


def open_new_form(
    deps: Deps,
    *,
    trigger_id: str,
    user_id: str,
    client_id: int | None = None,
    notes: str = "",
    notice: str | None = None,
    source: str = "form",
    channel_id: str | None = None,
) -> None:
    """Open the form for a new contact, dated now in the rep's zone.

    ``client_id`` preselects a client (a **Log contact** button, a nudge);
    ``notes`` prefills the notes (a message shortcut) and ``notice`` (mrkdwn) says what
    the rep should know about them; ``source`` ("form",
    "shortcut", "nudge") is what the contact will be recorded as coming from.
    Raises ``RepNotFound`` for a stranger and ``ClientNotFound`` / ``NotCovered``
    for a client the user may not log; the caller shows them.
    """
    with deps.sessions.begin() as session:
        actor = acting_rep(session, user_id)
        context = service.new_context(session, actor=actor, client_id=client_id, now=deps.clock())
    view = form_view(
        context,
        meta=FormMeta(source=source, channel=channel_id or None),
        notes=notes,
        notes_notice=notice,
    )
    deps.client.views_open(trigger_id=trigger_id, view=view)


def open_edit_form(
    deps: Deps, *, trigger_id: str, user_id: str, interaction_id: int, channel_id: str | None = None
) -> None:
    """Open the form prefilled from a recorded contact.

    Raises ``InteractionNotFound`` (undone) and ``NotAllowed`` (not theirs to change).
    """
    with deps.sessions.begin() as session:
        actor = acting_rep(session, user_id)
        context = service.edit_context(
            session, actor=actor, interaction_id=interaction_id, now=deps.clock()
        )
    view = form_view(
        context,
        meta=FormMeta(source="form", interaction_id=interaction_id, channel=channel_id or None),
    )
    deps.client.views_open(trigger_id=trigger_id, view=view)


def _errors(view: dict[str, Any], error: FormInvalid) -> dict[str, str]:
    """Each message on its field's block; one about a field the view lacks goes on the client."""
    present = {block.get("block_id") for block in view.get("blocks") or []}
    shown: dict[str, str] = {}
    for name, message in error.errors.items():
        block = BLOCKS.get(name, ids.BLOCK_CLIENT)
        block = block if block in present else ids.BLOCK_CLIENT
        shown[block] = f"{shown[block]} {message}" if block in shown else message
    return shown


def _confirmation(
    result: LoggedContact, *, reader: Rep, edited: bool
) -> tuple[str, list[dict[str, Any]]]:
    interaction = result.interaction
    headline, blocks = contact_reply.logged(
        result,
        client=interaction.client,
        initiative=interaction.initiative,
        reader_tz=reader.timezone,
        owner_name=interaction.rep.name,
        author_name=interaction.author.name,
    )
    if edited:
        headline = _(text.CONFIRM_EDITED).format(
            channel=reply_text.channel_label(interaction.channel),
            client=formatting.escape(interaction.client.name),
        )
        blocks[0] = {"type": "section", "text": {"type": "mrkdwn", "text": f":pencil2: {headline}"}}
    return headline, blocks


def register(app: App, deps: Deps) -> None:
    @app.view(ids.VIEW_LOG_CONTACT)
    @app.view(ids.VIEW_EDIT_CONTACT)
    def on_submit(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        # The submitter reads the field errors and the confirmation: in their language.
        with speaking_to(deps, body["user"]["id"]):
            submitted(ack, body, view)

    def submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        user_id = body["user"]["id"]
        try:
            meta = FormMeta.decode(view.get("private_metadata"))
        except (ValueError, TypeError):
            ack(response_action="errors", errors={ids.BLOCK_CLIENT: _(text.ERR_GONE)})
            return
        form = read_answers((view.get("state") or {}).get("values") or {})
        now = deps.clock()
        runs = 0

        def unit(session: Session) -> tuple[tuple[str, list[dict[str, Any]]], bool, list[str]]:
            nonlocal runs
            runs += 1
            actor = acting_rep(session, user_id)
            if meta.interaction_id is not None:
                result = service.submit_edit(
                    session, actor=actor, interaction_id=meta.interaction_id, form=form, now=now
                )
            else:
                result = service.submit_new(
                    session,
                    actor=actor,
                    form=form,
                    source=meta.source,
                    key=f"view:{view['id']}",
                    now=now,
                )
            message = _confirmation(result, reader=actor, edited=meta.interaction_id is not None)
            # A second run found what a commit with a lost answer recorded: still confirm it.
            send = result.created or meta.interaction_id is not None or runs > 1
            # Unsent posts only: an edit's new claims, or a retry's still-owed ones.
            owed = [claim_post_key(c.id) for c in result.claims if c.status == "pending"]
            return message, send, owed

        try:
            # Keyed by the view (a new contact) or a no-op when repeated (an edit).
            message, send, owed = committed(deps, unit, idempotent=True)
        except FormInvalid as error:
            ack(response_action="errors", errors=_errors(view, error))
            return
        except CmsError as error:  # e.g. a stranger: not a rep
            ack(response_action="errors", errors={ids.BLOCK_CLIENT: str(error)})
            return
        except NotSaved:
            log.exception("a form submission was not recorded")
            ack(
                response_action="errors",
                errors={ids.BLOCK_CLIENT: _(messages.SOMETHING_WENT_WRONG)},
            )
            return
        except UnsureSaved:
            log.exception("a form submission's commit failed")
            ack(response_action="errors", errors={ids.BLOCK_CLIENT: _(messages.UNSURE_RECORDED)})
            return
        ack()
        # The ack has answered Slack; what follows runs off the request's thread.
        after_ack(
            deps,
            "confirming a submitted form",
            lambda: _after(deps, user_id, meta.channel, message if send else None, owed),
        )


def _after(
    deps: Deps,
    user_id: str,
    channel_id: str | None,
    message: tuple[str, list[dict[str, Any]]] | None,
    owed: list[str],
) -> None:
    """The committed submission's DM, its claims' posts and the Home tab, in that order."""
    if message is not None:
        headline, blocks = message
        # A DM first (it keeps Edit and Undo at hand); an ephemeral where the form was
        # opened if the DM is refused. Recorded all the same if both fail.
        Reply(client=deps.client, user_id=user_id, channel_id=channel_id).send(
            headline, blocks, dm_first=True
        )
    if owed:
        # Committed; post to the controllers now rather than at the next outbox tick.
        quietly(
            "posting new claims",
            lambda: deliver_keys(
                deps, owed, now=deps.clock(), channel=deps.settings.controllers_channel
            ),
        )
    if message is not None:
        quietly("refreshing the Home tab", lambda: publish_home(deps, user_id))

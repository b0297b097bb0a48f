"""``/logcontact``: one line of text recorded, or the form when there is no text.

The line's answers (which client, which channel) come back as button clicks;
every path ends in ``record_line`` so a click records exactly like the command.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot import messages
from bot.claims_raise import claim_post_key
from bot.contacts import log_contact
from bot.deps import Deps
from bot.messages import contacts as text
from bot.outbox_delivery import deliver_keys
from bot.quicklog import interpret
from handlers.blocks import contact_reply
from handlers.blocks.contact_reply import Pending
from handlers.common import acting_rep, user_errors
from storage.models import Initiative, Rep


def record_line(
    deps: Deps, *, user_id: str, pending: Pending, respond: Respond, replace: bool = False
) -> None:
    """Interpret and record a pending line, or ask what is missing; replies ephemerally."""
    typed_at = datetime.fromisoformat(pending.at)
    owed: list[str] = []
    with user_errors(respond), deps.sessions.begin() as session:
        actor = acting_rep(session, user_id)
        reading = interpret(
            session,
            actor=actor,
            text=pending.t,
            now=typed_at,
            idempotency_key=pending.k,
            client_id=pending.c,
            channel=pending.ch,
        )
        if reading.draft is None:
            if reading.needs_channel and reading.client is not None:
                headline, blocks = contact_reply.pick_channel(reading.client, pending)
            elif reading.candidates:
                headline, blocks = contact_reply.pick_client(reading.candidates, pending)
            else:
                headline, blocks = contact_reply.no_match(reading.parsed.client_text or pending.t)
        else:
            result = log_contact(session, actor=actor, draft=reading.draft, now=deps.clock())
            if result.created:
                owed = [claim_post_key(claim.id) for claim in result.claims]
            interaction = result.interaction
            initiative = (
                session.get(Initiative, interaction.initiative_id)
                if interaction.initiative_id
                else None
            )
            owner = session.get(Rep, interaction.rep_id)
            author = session.get(Rep, interaction.author_id)
            headline, blocks = contact_reply.logged(
                result,
                client=reading.client or interaction.client,
                initiative=initiative,
                reader_tz=actor.timezone,
                owner_name=owner.name if owner else None,
                author_name=author.name if author else None,
            )
        respond(**messages.ephemeral(headline, blocks), replace_original=replace)
    if owed:
        # Committed above; post to the controllers now rather than at the next outbox tick.
        deliver_keys(deps, owed, now=deps.clock())
    # No Home refresh here: the rep typed this in a conversation, not on the Home
    # tab, and opening the tab rebuilds it (``app_home_opened``). Rebuilding it on
    # every line cost more than the line itself (a quarter's scorecard each time).


def register(app: App, deps: Deps) -> None:
    @app.command("/logcontact")
    def on_logcontact(
        ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient
    ) -> None:
        ack()
        line = (command.get("text") or "").strip()
        if not line:
            from handlers.views.contact_form import open_new_form

            with user_errors(respond):
                open_new_form(
                    client, deps, trigger_id=command["trigger_id"], user_id=command["user_id"]
                )
            return
        pending = Pending(t=line, at=deps.clock().isoformat(), k=f"slash:{command['trigger_id']}")
        if not pending.fits():
            respond(**messages.ephemeral(text.TOO_LONG))
            return
        record_line(deps, user_id=command["user_id"], pending=pending, respond=respond)

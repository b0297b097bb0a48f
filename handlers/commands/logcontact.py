"""``/logcontact``: one line of text recorded, or the form when there is no text.

The line's answers (which client, which channel) come back as button clicks;
every path ends in ``record_line`` so a click records exactly like the command.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from slack_bolt import App
from sqlalchemy.orm import Session

from bot import messages
from bot.claims.raising import claim_post_key
from bot.contacts import ContactDraft, log_contact
from bot.contacts.quicklog import interpret
from bot.delivery.outbox import deliver_keys
from bot.deps import Deps
from bot.directory import profiles
from bot.directory.languages import language_of
from bot.i18n import set_speaking
from handlers import lanes
from handlers.blocks import contact_reply
from handlers.blocks.contact_reply import Pending
from handlers.common import acting_rep, committed, language_for, quietly
from handlers.reply import Reply
from storage.models import Client, Initiative, Rep


def record_line(
    deps: Deps, *, user_id: str, pending: Pending, reply: Reply, replace: bool = False
) -> None:
    """Interpret and record a pending line, or ask what is missing; replies after the commit.

    The line is read in a read-only session (on SQLite it takes no write lock, so
    eight reps typing at once are not queued behind each other's reading), and a
    short writing transaction then records the draft: ``log_contact`` checks again
    what may have changed meanwhile (the client, its coverage, the owner). The rep
    is read once, by the reading: the write records for the rep as the line was
    read for them. The line's key (``pending.k``) makes the write idempotent: run
    again after a commit whose outcome was lost, it finds the contact instead of
    recording it twice.

    The first time the bot sees a rep (``profiles.due``), their zone and locale
    come from Slack before the line is read (``profiles.learn_first``: one bounded
    call, outside any transaction; a failure keeps what is known). The reply speaks
    the language of the rep as read (``/logcontact`` does not look it up before).
    """
    owed: list[str] = []

    def read(
        sighted: bool,
    ) -> Callable[[Session], tuple[str, list[dict[str, Any]]] | _Ready | _FirstSight]:
        """The line read; unless its first sight was ``sighted`` (seen to), a rep never read
        from Slack stops it (``_FirstSight``)."""

        def unit(session: Session) -> tuple[str, list[dict[str, Any]]] | _Ready | _FirstSight:
            actor = acting_rep(session, user_id)
            # The reply, and any refusal raised from here on, in the rep's language: read with
            # the rep, not in a transaction of its own before the line (``lanes.settled``).
            set_speaking(language_of(actor))
            if not sighted and profiles.due(actor, now=deps.clock()):
                return _FirstSight()
            typed_at = datetime.fromisoformat(pending.at)
            reading = interpret(
                session,
                actor=actor,
                text=pending.t,
                now=typed_at,
                idempotency_key=pending.k,
                client_id=pending.c,
                channel=pending.ch,
                default_currency=deps.settings.reporting_currency,
            )
            if reading.unclear:
                return contact_reply.unclear(
                    reading.unclear, client=reading.client, pending=pending
                )
            if reading.draft is None:
                if reading.needs_channel and reading.client is not None:
                    return contact_reply.pick_channel(reading.client, pending)
                if reading.candidates:
                    return contact_reply.pick_client(reading.candidates, pending)
                return contact_reply.no_match(reading.parsed.client_text or pending.typed)
            return _Ready(reading.draft, reading.owner.id if reading.owner else None, actor)

        return unit

    def write(ready: _Ready) -> Callable[[Session], tuple[str, list[dict[str, Any]]]]:
        def unit(session: Session) -> tuple[str, list[dict[str, Any]]]:
            owed.clear()
            # The rep as the reading loaded them (their roles with them), not read again.
            actor = ready.actor
            session.add(actor)
            owner = session.get(Rep, ready.owner_id) if ready.owner_id is not None else None
            result = log_contact(
                session, actor=actor, draft=ready.draft, now=deps.clock(), owner=owner
            )
            if result.created:
                owed.extend(claim_post_key(claim.id) for claim in result.claims)
            interaction = result.interaction
            initiative = (
                session.get(Initiative, interaction.initiative_id)
                if interaction.initiative_id
                else None
            )
            owner_rep = session.get(Rep, interaction.rep_id)
            author = session.get(Rep, interaction.author_id)
            return contact_reply.logged(
                result,
                client=result.client
                or session.get(Client, ready.draft.client_id)
                or interaction.client,
                initiative=initiative,
                reader_tz=actor.timezone,
                owner_name=owner_rep.name if owner_rep else None,
                author_name=author.name if author else None,
            )

        return unit

    answer = committed(deps, read(sighted=False), read_only=True)
    if isinstance(answer, _FirstSight):
        profiles.learn_first(deps, user_id=user_id)
        answer = committed(deps, read(sighted=True), read_only=True)
    assert not isinstance(answer, _FirstSight)
    if isinstance(answer, _Ready):
        answer = committed(deps, write(answer), idempotent=True)
    headline, blocks = answer
    reply.send(headline, blocks, replace_original=replace)
    if owed:
        # Committed above; post to the controllers now rather than at the next outbox tick.
        quietly(
            "posting new claims",
            lambda: deliver_keys(
                deps, owed, now=deps.clock(), channel=deps.settings.controllers_channel
            ),
        )
    # No Home refresh here: the rep typed this in a conversation, not on the Home
    # tab, and opening the tab rebuilds it (``app_home_opened``). Rebuilding it on
    # every line cost more than the line itself (a quarter's scorecard each time).


@dataclass(frozen=True)
class _Ready:
    """A line read whole: the draft to record, whom for (an assistant's "for <@U…>"), and
    the rep who typed it, as read."""

    draft: ContactDraft
    owner_id: int | None
    actor: Rep


class _FirstSight:
    """The rep was never read from Slack: learn their profile first, then read the line."""


def register(app: App, deps: Deps) -> None:
    # A line sets its rep's language as it reads them (``record_line``); the form and a
    # line too long look it up first, as every other surface does.
    @lanes.command(app, deps, "/logcontact", reads_rep=True)
    def on_logcontact(command: dict[str, Any], reply: Reply) -> None:
        line = (command.get("text") or "").strip()
        if not line:
            from handlers.views.contact_form import open_new_form

            set_speaking(language_for(deps, command["user_id"]))
            open_new_form(
                deps,
                trigger_id=command["trigger_id"],
                user_id=command["user_id"],
                channel_id=reply.channel_id,
            )
            return
        pending = Pending(t=line, at=deps.clock().isoformat(), k=f"slash:{command['trigger_id']}")
        if not pending.fits():
            set_speaking(language_for(deps, command["user_id"]))
            reply(**messages.ephemeral(*contact_reply.too_long(len(pending.typed))))
            return
        record_line(deps, user_id=command["user_id"], pending=pending, reply=reply)

"""``/client <name>``: a client's card, ephemeral, for those allowed to see the client.

Names are matched as ``/logcontact`` matches them (the reader's own book
first, then everything they may see). Several matches get one button each
(``CLIENT_SHOW_MORE``, registered here too: it belongs to this command); a
client the reader may not see is refused naming who covers it.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond

from bot import client_card, messages
from bot.deps import Deps
from bot.messages import contacts_form as text
from handlers import ids
from handlers.blocks import client_card as blocks
from handlers.common import acting_rep, user_errors


def show(deps: Deps, *, user_id: str, client_id: int, respond: Respond, replace: bool) -> None:
    with user_errors(respond), deps.sessions.begin() as session:
        actor = acting_rep(session, user_id)
        card = client_card.load_card(session, actor=actor, client_id=client_id, now=deps.clock())
        headline, body = blocks.card_blocks(card)
        respond(**messages.ephemeral(headline, body), replace_original=replace)


def register(app: App, deps: Deps) -> None:
    @app.command("/client")
    def on_client(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        ack()
        typed = " ".join((command.get("text") or "").split())
        if not typed:
            respond(**messages.ephemeral(text.CLIENT_USAGE))
            return
        user_id = command["user_id"]
        with user_errors(respond), deps.sessions.begin() as session:
            actor = acting_rep(session, user_id)
            found = client_card.find_for_card(session, actor=actor, text=typed[:200])
            if len(found) > 1:
                headline, body = blocks.choices(typed, client_card.choice_labels(session, found))
                respond(**messages.ephemeral(headline, body))
                return
            if not found:
                respond(**messages.ephemeral(text.CLIENT_NO_MATCH.format(text=typed[:200])))
                return
            card = client_card.load_card(
                session, actor=actor, client_id=found[0].client_id, now=deps.clock()
            )
            headline, body = blocks.card_blocks(card)
            respond(**messages.ephemeral(headline, body))

    @app.action(ids.CLIENT_SHOW_MORE)
    def on_pick(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        ack()
        raw = str(action.get("value") or "")
        if not raw.isdigit() or len(raw) > 11:
            respond(**messages.ephemeral("That button no longer works."))
            return
        show(deps, user_id=body["user"]["id"], client_id=int(raw), respond=respond, replace=True)

"""The **Snooze** menu on a nudge or the Home tab: 7, 14 or 30 days, for the clicking rep.

Who snoozes is the signed payload's user, never the button; the client id in
the option value is checked against what that user may see, so a forged value
is refused like any uncovered client. On a nudge the client's row is replaced
in place by "Snoozed until …"; on the Home tab the tab is published again.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import formatting, messages
from bot.deps import Deps
from bot.errors import CmsError
from bot.messages import cadence as text
from bot.snoozes import snooze_client
from handlers import ids
from handlers.blocks.nudges import read_snooze, snoozed_in_place
from handlers.common import acting_rep
from storage.models import Client

log = logging.getLogger(__name__)


def register(app: App, deps: Deps) -> None:
    @app.action(ids.NUDGE_SNOOZE)
    def on_snooze(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Any, client: WebClient
    ) -> None:
        ack()
        user_id = body["user"]["id"]
        raw = (action.get("selected_option") or {}).get("value") or action.get("value")
        try:
            client_id, days = read_snooze(raw)
        except ValueError:
            tell(body, respond, client, text.BAD_SNOOZE)
            return
        try:
            with deps.sessions.begin() as session:
                actor = acting_rep(session, user_id)
                snooze = snooze_client(
                    session, actor=actor, client_id=client_id, days=days, now=deps.clock()
                )
                name = session.get(Client, client_id).name  # type: ignore[union-attr]
                until = formatting.day(formatting.local(snooze.until, actor.timezone).date())
        except CmsError as error:
            log.info("snooze refused: %s", type(error).__name__)
            tell(body, respond, client, str(error))
            return
        message = body.get("message")
        if body.get("response_url") and message and message.get("blocks"):
            blocks = snoozed_in_place(message["blocks"], client_id=client_id, until_text=until)
            respond(text=message.get("text", ""), blocks=blocks, replace_original=True)
        elif (body.get("container") or {}).get("type") == "view":
            republish_home(deps, user_id, client)
        else:
            tell(body, respond, client, text.SNOOZED.format(client=name, until=until))


def tell(body: dict[str, Any], respond: Any, client: WebClient, message: str) -> None:
    """An ephemeral answer where the click happened; a DM when it came from the Home tab."""
    if body.get("response_url") and respond is not None:
        respond(**messages.ephemeral(message), replace_original=False)
    else:
        client.chat_postMessage(channel=body["user"]["id"], text=message)


def republish_home(deps: Deps, user_id: str, client: WebClient) -> None:
    """Publish the Home tab again so the snoozed client leaves the list."""
    try:
        from handlers.home.role_home import publish_home
    except ImportError:  # no role-aware Home tab: publish the rep's list alone
        from handlers.home.rep_home import home_view
    else:
        publish_home(deps, user_id, client=client)
        return

    with deps.sessions.begin() as session:
        view = home_view(session=session, rep=acting_rep(session, user_id), now=deps.clock())
    try:
        client.views_publish(user_id=user_id, view=view)
    except SlackApiError as error:
        log.warning("could not publish the home of %s: %s", user_id, error.response.get("error"))

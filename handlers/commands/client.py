"""``/client <name>``: a client's card, ephemeral, for those allowed to see the client.

Names are matched as ``/logcontact`` matches them (the reader's own book
first, then everything they may see). Several matches get one button each
(``CLIENT_SHOW_MORE``, registered here too: it belongs to this command); a
client the reader may not see is refused naming who covers it. A household's
exact name shows the household card (``bot.directory.household_card``), as
does the *Household* button on a member's card (``CLIENT_HOUSEHOLD``).
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App
from sqlalchemy.orm import Session

from bot import messages
from bot.deps import Deps
from bot.directory import client_card, household_card
from bot.directory.client_card import ClientCard
from bot.i18n import _
from bot.messages import contacts_form as text
from bot.messages.formatting import unescape_slack
from handlers import ids, lanes
from handlers.blocks import client_card as blocks
from handlers.blocks.household_card import household_blocks
from handlers.common import acting_rep, committed
from handlers.reply import Reply


def show(deps: Deps, *, user_id: str, client_id: int, reply: Reply, replace: bool) -> None:
    def unit(session: Session) -> tuple[ClientCard, tuple[str, list[dict[str, Any]]]]:
        actor = acting_rep(session, user_id)
        card = client_card.load_card(
            session,
            actor=actor,
            client_id=client_id,
            now=deps.clock(),
            currency=deps.settings.reporting_currency,
        )
        return card, blocks.card_blocks(card)

    card, (headline, body) = committed(deps, unit, read_only=True)
    audit_read(deps, user_id=user_id, cards=[card], surface="button")
    reply.send(headline, body, replace_original=replace)


def audit_read(deps: Deps, *, user_id: str, cards: list[ClientCard], surface: str) -> None:
    """A compliance read is an audit event per client shown, committed before it is shown."""
    audited = [card.client_id for card in cards if card.audited_read]
    if audited:
        committed(
            deps,
            lambda session: client_card.record_reads(
                session, user_id=user_id, client_ids=audited, surface=surface, now=deps.clock()
            ),
        )


def register(app: App, deps: Deps) -> None:
    @lanes.command(app, deps, "/client")
    def on_client(command: dict[str, Any], reply: Reply) -> None:
        typed = unescape_slack(" ".join((command.get("text") or "").split()))
        if not typed:
            reply(**messages.ephemeral(_(text.CLIENT_USAGE)))
            return
        user_id = command["user_id"]

        def unit(session: Session) -> tuple[list[ClientCard], str, list[dict[str, Any]] | None]:
            actor = acting_rep(session, user_id)
            household = household_card.find_household(session, typed[:200])
            if household is not None:
                found_household = household_card.load_household(
                    session,
                    actor=actor,
                    household_id=household.id,
                    now=deps.clock(),
                    typed=True,
                    currency=deps.settings.reporting_currency,
                )
                return found_household.members, *household_blocks(found_household)
            found = client_card.find_for_card(session, actor=actor, text=typed[:200])
            if len(found) > 1:
                return [], *blocks.choices(typed, client_card.choice_labels(session, found))
            if not found:
                return [], blocks.no_match(typed), None
            card = client_card.load_card(
                session,
                actor=actor,
                client_id=found[0].client_id,
                now=deps.clock(),
                currency=deps.settings.reporting_currency,
            )
            return [card], *blocks.card_blocks(card)

        cards, headline, body = committed(deps, unit, read_only=True)
        # A household card reads each member it shows.
        audit_read(deps, user_id=user_id, cards=cards, surface="/client")
        reply.send(headline, body)

    @lanes.action(app, deps, ids.CLIENT_SHOW_MORE_ANY)
    def on_pick(body: dict[str, Any], reply: Reply) -> None:
        raw = str(lanes.the_action(body).get("value") or "")
        if not raw.isdigit() or len(raw) > 11:
            reply(**messages.ephemeral(_(_("That button no longer works."))))
            return
        show(deps, user_id=body["user"]["id"], client_id=int(raw), reply=reply, replace=True)

    @lanes.action(app, deps, ids.CLIENT_HOUSEHOLD_ANY)
    def on_household(body: dict[str, Any], reply: Reply) -> None:
        raw = str(lanes.the_action(body).get("value") or "")
        if not raw.isdigit() or len(raw) > 11:
            reply(**messages.ephemeral(_("That button no longer works.")))
            return
        user_id = body["user"]["id"]

        def unit(session: Session) -> tuple[list[ClientCard], str, list[dict[str, Any]]]:
            actor = acting_rep(session, user_id)
            card = household_card.load_household(
                session,
                actor=actor,
                household_id=int(raw),
                now=deps.clock(),
                currency=deps.settings.reporting_currency,
            )
            return card.members, *household_blocks(card)

        members, headline, body_blocks = committed(deps, unit, read_only=True)
        audit_read(deps, user_id=user_id, cards=members, surface="household button")
        reply.send(headline, body_blocks, replace_original=False)

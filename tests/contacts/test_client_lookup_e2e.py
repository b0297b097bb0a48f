"""``/client <words>`` over signed HTTP: a name typed whole is that client, and a list of
several says how many more matched than it shows, in the reader's language."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot import i18n
from bot.messages import contacts_form as text
from handlers import ids
from handlers.blocks.client_card import CHOICES
from standin.blockkit_text import controls, render
from storage.models import Client, Rep
from tests.databases import BACKENDS
from tests.factories import make_client, make_rep
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)
CLIENTS = 30  # Client0 … Client29: every one close to "Client0" and to "Client"


def look_up(world: World, user: str, typed: str) -> dict[str, Any]:
    sent = world.slack.command("/client", typed, user_id=user)
    assert sent.status == 200
    call = world.standin.wait_for("response_url", lambda c: c.args["url"] == sent.response_url)
    return call.args  # type: ignore[no-any-return]


def in_their_language(world: World, user: str, message: str) -> str:
    with world.db() as session:
        rep = session.scalars(select(Rep).where(Rep.slack_user_id == user)).one()
        code = i18n.chosen(rep.language, rep.locale)
    with i18n.speaking(code):
        return i18n._(message)


@pytest.fixture
def numbered(world: World) -> None:
    """Sandrine (Paris, French) covers Client0 … Client29."""
    with world.db() as session:
        rep = make_rep(session, "USANDR", "Sandrine Aubert", timezone="Europe/Paris")
        rep.locale = "fr-FR"
        world.standin.add_user(rep.slack_user_id, rep.name, tz=rep.timezone)
        rep.profile_refreshed_at = world.clock()
        for number in range(CLIENTS):
            make_client(session, f"Client{number}", covered_by=[rep])


def test_a_name_typed_whole_and_exactly_shows_that_clients_card(
    world: World, numbered: None
) -> None:
    reply = look_up(world, "USANDR", "Client0")
    shown = render(reply["blocks"])
    assert "Client0" in shown
    assert not [
        c
        for c in controls(reply["blocks"])
        if ids.base_of(c.action_id or "") == ids.CLIENT_SHOW_MORE
    ]
    for near in ("Client10", "Client20"):
        assert near not in shown


def test_a_list_of_several_says_how_many_more_matched_and_how_to_narrow_it(
    world: World, numbered: None
) -> None:
    reply = look_up(world, "USANDR", "Clien")
    shown = render(reply["blocks"])
    buttons = [
        c
        for c in controls(reply["blocks"])
        if ids.base_of(c.action_id or "") == ids.CLIENT_SHOW_MORE
    ]
    assert len(buttons) == CHOICES
    more = in_their_language(world, "USANDR", text.CLIENT_MORE).format(count=CLIENTS - CHOICES)
    assert more in shown and "de plus" in more  # in French, as Sandrine reads
    with world.db() as session:
        assert session.query(Client).count() == CLIENTS

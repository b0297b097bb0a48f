"""A message longer than the notes hold, logged with the shortcut, over signed HTTP.

The notes keep as much of the message as fits, cut after a whole word and ended with
"…", and the form says so where the rep reads it: how long the message is, how much
the notes keep, and that the whole message stays in Slack at its link. The stored
notes are what the form showed.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from handlers import ids
from handlers.blocks.contact_form import NOTES_LIMIT
from storage.models import Interaction
from tests.contacts.test_contact_form_e2e import submit
from tests.databases import BACKENDS
from tests.factories import make_client, make_rep
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)

REP = "ULONG"
# 4,200 characters of words: "Lunch with Jane 0001. " and so on.
LONG = " ".join(f"Lunch with Jane {n:04d}." for n in range(1, 192))[:4200].rstrip()


def arrange(world: World, locale: str = "en-US") -> int:
    with world.db() as session:
        rep = make_rep(session, REP, "Rita Long", locale=locale)
        return make_client(session, "Jane Smith", covered_by=[rep]).id


def notes_and_notice(view: dict[str, Any]) -> tuple[str, str]:
    blocks = view["blocks"]
    at = next(i for i, b in enumerate(blocks) if b.get("block_id") == ids.BLOCK_NOTES)
    after = blocks[at + 1]
    notice = after["elements"][0]["text"] if after["type"] == "context" else ""
    return blocks[at]["element"]["initial_value"], notice


def test_a_long_message_is_cut_after_a_word_and_the_form_says_how_much_and_where_it_is(
    world: World,
) -> None:
    jane = arrange(world)
    message = world.standin.user_posts("C1", "U9", LONG)
    assert len(LONG) == 4200
    reply = world.slack.message_shortcut(ids.SHORTCUT_LOG_MESSAGE, REP, "", message=message)
    assert reply.ok, reply.body
    view = world.standin.wait_for("views.open").response["view"]
    notes, notice = notes_and_notice(view)
    assert len(notes) <= NOTES_LIMIT and notes.endswith("…")
    kept = notes.removesuffix("…")
    assert LONG.startswith(kept) and kept.endswith(".")  # a whole sentence, nothing half-written
    link = f"https://standin.slack.com/archives/C1/p{message.ts.replace('.', '')}"
    assert notice == (
        f":scissors: This message is 4,200 characters long; the notes keep its first "
        f"{len(kept):,}, ending with “…”. The whole message stays in Slack: <{link}|open it>."
    )
    assert submit(world, view, REP, client=str(jane), channel="email").ok
    with world.db() as session:
        assert session.scalars(select(Interaction.notes)).one() == notes


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("fr-FR", "Ce message compte 4\u202f200 caractères"),
        ("ro-RO", "Acest mesaj are 4.200 de caractere"),
        ("hi-IN", "यह संदेश 4,200 अक्षरों का है"),
    ],
)
def test_the_form_says_a_message_was_shortened_in_the_readers_language(
    world: World, locale: str, said: str
) -> None:
    arrange(world, locale)
    message = world.standin.user_posts("C1", "U9", LONG)
    world.slack.message_shortcut(ids.SHORTCUT_LOG_MESSAGE, REP, "", message=message)
    _notes, notice = notes_and_notice(world.standin.wait_for("views.open").response["view"])
    assert said in notice, notice
    assert "stays in Slack" not in notice and "characters" not in notice, notice


def test_without_a_link_the_form_still_says_the_whole_message_stays_in_slack(
    world: World,
) -> None:
    arrange(world)
    # A message in a conversation the bot cannot see (a DM between two people): no link.
    world.standin.expect_refusal("chat.getPermalink", "message_not_found")
    world.slack.message_shortcut(ids.SHORTCUT_LOG_MESSAGE, REP, "x" * (NOTES_LIMIT + 10))
    notes, notice = notes_and_notice(world.standin.wait_for("views.open").response["view"])
    assert notes == "x" * (NOTES_LIMIT - 1) + "…"
    assert notice.endswith(
        "3,010 characters long; the notes keep its first 2,999, ending with “…”. "
        "The whole message stays in Slack, where it was posted."
    ), notice


def test_a_message_that_fits_is_kept_whole_and_nothing_is_said(world: World) -> None:
    arrange(world)
    fits = LONG[:NOTES_LIMIT].rstrip()
    world.slack.message_shortcut(ids.SHORTCUT_LOG_MESSAGE, REP, fits)
    notes, notice = notes_and_notice(world.standin.wait_for("views.open").response["view"])
    assert (notes, notice) == (fits, "")

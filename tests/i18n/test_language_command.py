"""``/cms language``: a rep chooses the language the bot answers in, or goes back to Slack's."""

from __future__ import annotations

import pytest

from storage.models import Rep
from tests.databases import BACKENDS
from tests.factories import make_rep
from tests.world import World

USER = "U0FR"


def answer_to(world: World, text: str) -> str:
    reply = world.slack.command("/cms", text, user_id=USER)
    assert reply.status == 200
    answer = world.standin.wait_for("response_url", {"url": reply.response_url})
    return str(answer.args["text"])


def language_of(world: World) -> str | None:
    with world.db() as session:
        rep = session.query(Rep).filter_by(slack_user_id=USER).one()
        return rep.language


@pytest.mark.parametrize("world_backend", BACKENDS)
def test_a_rep_chooses_a_language_and_goes_back_to_slacks(world: World) -> None:
    with world.db() as session:
        make_rep(session, USER, "Amélie Durand", locale="sv-SE")

    assert "Svenska" in answer_to(world, "language")  # Slack's, until chosen
    chosen = answer_to(world, "language fr")
    assert chosen.startswith("Désormais, je vous réponds en Français.")
    assert language_of(world) == "fr"
    assert answer_to(world, "help").startswith("*Commandes*")

    back = answer_to(world, "language auto")
    assert back == "Från och med nu följer jag ditt Slack-språk: Svenska."
    assert language_of(world) is None


def test_an_unknown_language_is_refused_naming_the_six(world: World) -> None:
    with world.db() as session:
        make_rep(session, USER, "Amélie Durand", locale="fr-FR")

    refused = answer_to(world, "language klingon")
    assert refused.startswith("Je ne parle pas « klingon ».")
    assert "`hi` (हिन्दी)" in refused
    assert language_of(world) is None


def test_a_slack_locale_decides_the_help_until_a_choice_is_made(world: World) -> None:
    with world.db() as session:
        make_rep(session, USER, "Rahul Verma", locale="hi-IN")
    assert answer_to(world, "help").startswith("*कमांड*")
    answer_to(world, "language en")
    assert answer_to(world, "help").startswith("*Commands*")

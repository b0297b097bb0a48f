"""How reps write clients' names, over signed HTTP: a short form is asked, never recorded;
the surname first, a sound-alike first letter and the bank money came from still record.

Now is Wednesday 18 November 2026, 15:00 UTC (``tests.conftest.DEFAULT_NOW``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from standin.blockkit_text import controls
from tests.databases import BACKENDS
from tests.factories import make_client, make_rep
from tests.parsing.test_logcontact_reader_e2e import assert_logged, claims, contacts, say
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)


@pytest.fixture
def desks(world: World) -> None:
    """Fiona (London) covers Alistair Crewe, Kenji Nakamura and Chase Whitfield; Ebba
    (Stockholm) covers Per and Margareta Hellström and Dag Wallin."""
    with world.db() as session:
        fiona = make_rep(session, "UFIONA", "Fiona Whitcombe", timezone="Europe/London")
        ebba = make_rep(
            session, "UEBBA", "Ebba Stenmark", timezone="Europe/Stockholm", locale="sv-SE"
        )
        for rep in (fiona, ebba):
            world.standin.add_user(rep.slack_user_id, rep.name, tz=rep.timezone)
            rep.profile_refreshed_at = world.clock()
        make_client(session, "Alistair Crewe", covered_by=[fiona])
        make_client(session, "Kenji Nakamura", covered_by=[fiona], accounts=["ACC-11701"])
        make_client(session, "Chase Whitfield", covered_by=[fiona])
        make_client(session, "Per Hellström", covered_by=[ebba])
        make_client(session, "Margareta Hellström", covered_by=[ebba])
        make_client(session, "Dag Wallin", covered_by=[ebba])


def test_a_short_form_of_the_first_name_is_asked_and_nothing_recorded(
    world: World, desks: None
) -> None:
    """ "Al Crewe" was recorded on Alistair Crewe: "Al" is no word of his name."""
    sent = world.slack.command(
        "/logcontact", "Al Crewe called this morning re the board fees", user_id="UFIONA"
    )
    reply = world.standin.wait_for("response_url", lambda c: c.args["url"] == sent.response_url)
    assert [button.label for button in controls(reply.args["blocks"])] == ["Alistair Crewe"]
    assert contacts(world) == []


def test_names_as_reps_write_them_record_on_the_client_they_name(world: World, desks: None) -> None:
    """Surname, comma, given name; "V" typed for "W"; money "from Chase" (the bank, though
    a client is called Chase) beside the client named whole."""
    lines = [
        ("UEBBA", "Hellström, Per – brev skickat idag med deklarationsunderlaget"),
        ("UEBBA", "Dag Vallin telefon igår om pensionen"),
        ("UFIONA", "Kenji Nakamura called today, moved $2m from Chase into ACC-11701"),
    ]
    for user, line in lines:
        assert_logged(world, user, say(world, user, line))
    recorded = [(c.client.name, c.channel) for c in contacts(world)]
    assert recorded == [
        ("Per Hellström", "mail"),
        ("Dag Wallin", "phone"),
        ("Kenji Nakamura", "phone"),
    ]
    assert claims(world) == [("deposit", Decimal("2000000.00"), "USD", "ACC-11701")]

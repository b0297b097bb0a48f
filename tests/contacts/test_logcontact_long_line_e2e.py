"""A /logcontact line too long to read in one go is answered with what to do, in the rep's
language: its length, and the form (whose notes hold 3,000 characters) one click away.

Found trying the product as a new rep: a line with a long note was answered "That's too
long to carry on a button; please put the client's name in quotes", advice that cannot
help (the name was fine, the note was long), and with no way to the form.
"""

from __future__ import annotations

import pytest

from handlers import ids
from standin.blockkit_text import controls, render
from tests.factories import make_client, make_rep
from tests.i18n.test_reader_language_e2e import english_left
from tests.world import World

REP = "UREP"
LINE = ("Jane Unique phone yesterday " + "discussed the bond ladder at length " * 80).strip()


@pytest.mark.parametrize(
    ("locale", "says"),
    [
        ("en-US", "That line is 2,907 characters, too long for me to read in one go"),
        ("fr-FR", "Cette ligne compte 2\u202f907 caractères"),
    ],
)
def test_a_line_too_long_to_read_says_its_length_and_offers_the_form(
    world: World, locale: str, says: str
) -> None:
    with world.db() as session:
        rep = make_rep(session, REP, "Rita Rep", locale=locale)
        make_client(session, "Jane Unique", covered_by=[rep])

    sent = world.slack.command("/logcontact", LINE, user_id=REP)

    reply = world.standin.wait_for("response_url", {"url": sent.response_url}).args
    shown = render(reply["blocks"])
    assert says in shown
    assert [c.action_id for c in controls(reply["blocks"])] == [ids.LOG_OPEN_FORM]
    if locale == "fr-FR":
        assert english_left(shown.replace(LINE, ""), locale) == []

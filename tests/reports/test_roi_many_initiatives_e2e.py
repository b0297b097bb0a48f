"""``/cms roi`` with more initiatives than a message holds says how many it left out, and
reads its return on cost in the reader's digits.

Found trying the product as marketing: 60 initiatives in a quarter showed 45 and said
nothing of the other 15 (the message holds 50 blocks), and "rendement sur coût 0.00×"
read with an English decimal point in French.
"""

from __future__ import annotations

import pytest

from standin.blockkit_text import render
from tests.factories import make_initiative, make_rep
from tests.world import World

MARKETING = "UMKT"


@pytest.mark.parametrize(
    ("locale", "initiatives", "more", "ratio"),
    [
        ("en-US", 60, "…and 15 more initiatives; `cmsbot report roi` lists them all.", "0.00×"),
        (
            "fr-FR",
            60,
            "…et 15 autres initiatives ; `cmsbot report roi` les liste toutes.",
            "0,00×",
        ),
        # One left out is one initiative, not "1 more initiatives".
        ("en-US", 46, "…and 1 more initiative; `cmsbot report roi` lists them all.", "0.00×"),
        ("ro-RO", 46, "…și încă 1 inițiativă; `cmsbot report roi` le listează pe toate.", "0,00×"),
        (
            "ro-RO",
            65,
            "…și încă 20 de inițiative; `cmsbot report roi` le listează pe toate.",
            "0,00×",
        ),
    ],
)
def test_initiatives_past_what_a_message_holds_are_counted(
    world: World, locale: str, initiatives: int, more: str, ratio: str
) -> None:
    with world.db() as session:
        make_rep(session, MARKETING, "Mo Marketing", roles=("marketing",), locale=locale)
        for n in range(initiatives):
            make_initiative(session, f"event-{n:02d}")

    sent = world.slack.command("/cms", "roi", user_id=MARKETING)

    reply = world.standin.wait_for("response_url", {"url": sent.response_url}).args
    shown = render(reply["blocks"])
    assert shown.count("*#event-") == 45
    assert more in shown
    assert ratio in shown

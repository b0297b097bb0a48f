"""The household card as a French reader of a large household sees it, over signed HTTP.

Found trying the product as a new rep: a household of 60 showed 12 members and said
nothing of the other 48, its overdue members read "en retard de 596 days", and its
claims their kind and status in English ("pledge", "pending").
"""

from __future__ import annotations

from standin.blockkit_text import render
from tests.claims_cast import raise_claim
from tests.factories import make_client, make_rep
from tests.i18n.test_reader_language_e2e import english_left
from tests.world import World

REP = "UREP"
FAMILY = "The <Big> & Family"


def test_a_large_household_says_how_many_members_are_not_shown_in_the_readers_words(
    world: World,
) -> None:
    with world.db() as session:
        rep = make_rep(session, REP, "Rita Rep", locale="fr-FR")
        members = [
            make_client(session, f"Member {n}", covered_by=[rep], household=FAMILY)
            for n in range(60)
        ]
        raise_claim(session, rep=rep, client=members[0], now=world.clock(), kind="pledge")

    sent = world.slack.command("/client", "The &lt;Big&gt; &amp; Family", user_id=REP)

    reply = world.standin.wait_for("response_url", {"url": sent.response_url}).args
    shown = render(reply["blocks"])
    assert "…et 48 membres de plus" in shown
    assert "en retard de 596 jours" in shown
    assert "engagement" in shown and "en attente" in shown
    assert set(english_left(shown.replace(FAMILY, ""), "fr-FR")) <= {"Member"}

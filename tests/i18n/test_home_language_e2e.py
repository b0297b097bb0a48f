"""Every role's App Home, and the scorecard's weekly line, in the reader's language.

Found trying the product as a French user of each role: marketing, service and
compliance read their Home in English (their part was translated once, at import,
when no one was reading), a manager with no one reporting to them found a blank
Home, and the scorecard's weekly activity named its weeks in English ("28 Sep",
"w/c") with the bonus column in English digits.
"""

from __future__ import annotations

import pytest

from standin.blockkit_text import render, render_view
from tests.factories import make_client, make_rep
from tests.i18n.test_reader_language_e2e import english_left
from tests.world import World, texts

ME = "UME"


def opened_home(world: World) -> dict:  # type: ignore[type-arg]
    world.slack.app_home_opened(ME)
    return world.standin.wait_for("views.publish", {"user_id": ME}).args["view"]


@pytest.mark.parametrize(
    ("role", "says"),
    [
        ("marketing", "*Initiatives*\n`/cms roi` affiche le rendement de chaque initiative"),
        ("service", "*Service client*\n`/client NAME` affiche la fiche d'un client"),
        ("compliance", "*Conformité*"),
    ],
)
def test_a_french_reader_of_a_role_without_a_book_reads_their_home_in_french(
    world: World, role: str, says: str
) -> None:
    with world.db() as session:
        make_rep(session, ME, "Marie Dupont", roles=(role,), locale="fr-FR")

    view = opened_home(world)

    assert says in texts(view)
    assert english_left(texts(view), "fr-FR") == []


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
def test_a_manager_with_no_one_reporting_is_told_so_not_shown_a_blank_home(
    world: World, locale: str
) -> None:
    with world.db() as session:
        make_rep(session, ME, "Max Manager", roles=("manager",), locale=locale)

    view = opened_home(world)

    assert view["blocks"], "a blank Home says nothing"
    assert "`/cms admin manager @rep @you`" in render_view(view)
    if locale == "fr-FR":
        assert "Personne ne vous est encore rattaché" in render_view(view)


def test_the_scorecards_weekly_line_and_bonus_column_read_in_french(world: World) -> None:
    with world.db() as session:
        rep = make_rep(session, ME, "Rita Rep", locale="fr-FR")
        make_rep(session, "UADMIN", "Ada Admin", roles=("admin",), locale="fr-FR")
        make_client(session, "Jane Smith", covered_by=[rep])

    mine = world.slack.command("/cms", "scorecard", user_id=ME)
    everyone = world.slack.command("/cms", "scorecard", user_id="UADMIN")

    calls = {
        c.args["url"]: render(c.args.get("blocks"), text=c.args.get("text", ""))
        for c in world.standin.wait_for_calls("response_url", count=2)
    }
    weekly = next(
        line for line in calls[mine.response_url].splitlines() if "Activité par semaine" in line
    )
    assert "(28 sept. – 16 nov.)" in weekly
    assert "semaine la plus chargée semaine du 28 sept. (0)" in weekly
    assert english_left(weekly, "fr-FR") == []
    row = next(line for line in calls[everyone.response_url].splitlines() if "Rita Rep" in line)
    assert row.rstrip().endswith("0,00")

"""A scorecard's shares over signed HTTP: percentages as the reader writes them (CLDR,
through Babel), and a rep who covered nobody told so in words, not a dash for a share.
"""

from __future__ import annotations

import pytest

from tests.databases import BACKENDS
from tests.factories import make_rep
from tests.reports.test_reports_slack import ask, book, shown  # noqa: F401  (book: a fixture)
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "— 25% within cadence (1 of 4)"),
        # Babel's CLDR data: a no-break space before the sign in French, Swedish, Romanian.
        ("fr", "— 25\u00a0% dans la cadence (1 sur 4)"),
        ("sv", "— 25\u00a0% inom kadensen (1 av 4)"),
        ("ro", "— 25\u00a0% în cadență (1 din 4)"),
        ("hi", "— 25% आवृत्ति के भीतर (4 में से 1)"),
    ],
)
def test_the_share_within_cadence_is_written_as_the_reader_writes_percentages(
    world: World,
    book: dict[str, int],  # noqa: F811
    language: str,
    said: str,
) -> None:
    assert world.slack.command("/cms", f"language {language}", user_id="UANN").ok
    world.standin.wait_for("response_url")
    world.standin.clear()
    text = shown(ask(world, "scorecard 2026 Q3", "UANN"))
    assert said in text, text


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en-US", "*Clients covered:* none, so no cadence to keep"),
        ("fr-FR", "*Clients suivis :* aucun, donc pas de cadence à tenir"),
    ],
)
def test_a_rep_who_covered_nobody_is_told_so_in_words(
    world: World,
    book: dict[str, int],  # noqa: F811
    locale: str,
    said: str,
) -> None:
    with world.db() as session:
        make_rep(session, "UNEW", "Nora New", locale=locale)
    world.standin.add_user("UNEW", "Nora New")
    text = shown(ask(world, "scorecard 2026 Q3", "UNEW"))
    assert said in text.splitlines(), text
    assert "— —" not in text and "0 —" not in text, text

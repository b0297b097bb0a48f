"""An admin's Home tab counts the quarter's contacts and verified claims as the reader's
language counts them, over signed HTTP: French says "0 contact" (zero takes the singular),
Romanian "0 contacte", English "0 contacts"."""

from __future__ import annotations

import pytest

from tests.databases import BACKENDS
from tests.factories import make_rep
from tests.world import World, texts

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)

ADMIN = "UADM"


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en-US", "This quarter: 0 contacts · 0 claims verified"),
        ("fr-FR", "Ce trimestre : 0 contact · 0 déclaration vérifiée"),
        ("ro-RO", "În acest trimestru: 0 contacte · 0 declarații verificate"),
    ],
)
def test_an_admins_home_counts_the_quarter_in_the_readers_plural(
    world: World, locale: str, said: str
) -> None:
    with world.db() as session:
        make_rep(session, ADMIN, "Ada", roles=("admin",), locale=locale)
    world.standin.add_user(ADMIN, "Ada")
    assert world.slack.app_home_opened(ADMIN).ok
    view = world.standin.wait_for("views.publish", {"user_id": ADMIN}).args["view"]
    shown = texts(view["blocks"])
    assert said in shown.splitlines(), shown

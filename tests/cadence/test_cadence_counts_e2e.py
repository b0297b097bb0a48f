"""``/cms cadence`` counts its days and clients as each language counts, over signed HTTP.

"max 2 days, min 1 day (1 client in that tier)", never "min 1 days" or "1 clients";
Romanian says "21 de zile" from twenty up and French "1 jour", each by its CLDR
plural rule, with the reader's digit grouping ("4.000" in Romanian).
"""

from __future__ import annotations

import pytest

from tests.databases import BACKENDS
from tests.factories import make_client, make_rep
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)

ADMIN = "UADM"


def arrange(world: World, locale: str = "en-US") -> None:
    with world.db() as session:
        rep = make_rep(session, "U1", "Rita")
        make_rep(session, ADMIN, "Ada", roles=("admin",), locale=locale)
        make_client(session, "Jane Smith", covered_by=[rep], tier="VIP")


def say(world: World, typed: str, count: int) -> str:
    assert world.slack.command("/cms", typed, user_id=ADMIN).ok
    return str(world.standin.wait_for("response_url", count=count).args["text"])


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (
            "en-US",
            [
                "Cadence for *VIP* is now max 2 days, min 1 day (1 client in that tier).",
                "Cadence for *Jane Smith* is now max 1 day, min 0 days (its own, whatever its tier).",
                "The firm-wide default cadence is now max 21 days, min 1 day.",
                "• *VIP*: max 2 days, min 1 day",
                "• Jane Smith (VIP): max 1 day, min 0 days",
            ],
        ),
        (
            "fr-FR",
            [
                "La cadence du segment *VIP* est désormais de max 2 jours, min 1 jour "
                "(1 client dans ce segment).",
                "La cadence de *Jane Smith* est désormais de max 1 jour, min 0 jour",
                "La cadence par défaut de l'établissement est désormais de max 21 jours, min 1 jour.",
                "• *VIP* : max 2 jours, min 1 jour",
                "• Jane Smith (VIP) : max 1 jour, min 0 jour",
            ],
        ),
        (
            "ro-RO",
            [
                "Cadența pentru *VIP* este acum max 2 zile, min 1 zi (1 client în acest segment).",
                "Cadența pentru *Jane Smith* este acum max 1 zi, min 0 zile",
                "Cadența implicită a instituției este acum max 21 de zile, min 1 zi.",
                "• *VIP*: max 2 zile, min 1 zi",
                "• Jane Smith (VIP): max 1 zi, min 0 zile",
            ],
        ),
    ],
)
def test_cadence_replies_count_days_and_clients_in_the_readers_plural(
    world: World, locale: str, said: list[str]
) -> None:
    arrange(world, locale)
    set_tier, set_client, set_default, tier_row, client_row = said
    assert say(world, "cadence VIP max 2 min 1", 1) == set_tier
    assert say(world, "cadence client Jane Smith max 1 min 0", 2).startswith(set_client)
    assert say(world, "cadence * max 21 min 1", 3) == set_default
    listing = say(world, "cadence", 4).splitlines()
    assert tier_row in listing and client_row in listing, listing


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        ("en-US", "cadence VIP max 4000 min 1", "max 4,000 days is more than ten years"),
        ("ro-RO", "cadence VIP max 4000 min 1", "max 4.000 de zile înseamnă peste zece ani"),
        (
            "en-US",
            "cadence VIP max 1 min 5",
            "min (5 days between contacts) must be less than max (1 day without contact)",
        ),
        (
            "fr-FR",
            "cadence VIP max 1 min 5",
            "min (5 jours entre deux contacts) doit être inférieur à max (1 jour sans contact)",
        ),
    ],
)
def test_refused_cadences_count_their_days_in_the_readers_plural(
    world: World, locale: str, typed: str, said: str
) -> None:
    arrange(world, locale)
    assert said in say(world, typed, 1)

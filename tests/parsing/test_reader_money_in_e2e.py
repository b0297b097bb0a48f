"""Money put in, and money paid to someone else, over signed HTTP (``/logcontact``).

Now is Wednesday 18 November 2026, 15:00 UTC; one rep per language
(``tests.parsing.test_logcontact_reader_e2e.world_desks``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.databases import BACKENDS
from tests.parsing.test_logcontact_reader_e2e import (
    assert_logged,
    claims,
    contacts,
    say,
    world_desks,
)
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)
__all__ = ["world_desks"]  # the fixture, used by name


@pytest.mark.parametrize(
    ("user", "line", "expected"),
    [
        ("UMS", "Maya Rahman telefon semalam, dia dah masukkan RM500k", ("deposit", "500000")),
        ("UMS", "Maya Rahman jumpa, dia berjanji masukkan RM 1 juta", ("pledge", "1000000")),
        (
            "UHI",
            "Priya Raghunathan se kal phone pe baat, 10 lakh jama karwaye",
            ("deposit", "1000000"),
        ),
    ],
)
def test_money_put_in_is_recorded_as_a_deposit_and_a_promise_to_as_a_pledge(
    world: World, world_desks: None, user: str, line: str, expected: tuple[str, str]
) -> None:
    reply = say(world, user, line)
    assert_logged(world, user, reply)
    assert len(contacts(world)) == 1
    (claim,) = claims(world)
    kind, amount = expected
    assert claim[:2] == (kind, Decimal(amount))


def test_money_paid_to_a_notary_is_recorded_with_no_claim(world: World, world_desks: None) -> None:
    reply = say(world, "UFR", "Camille Girard tél hier, a versé 500 000 € à son notaire")
    assert_logged(world, "UFR", reply)
    (contact,) = contacts(world)
    assert contact.claims == []
    assert "notaire" in contact.notes

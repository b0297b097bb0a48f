"""Sums said together and money moved to us, over signed HTTP (``/logcontact``).

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


def test_two_sums_after_one_promise_are_two_pledges(world: World, world_desks: None) -> None:
    line = "Camille Girard tél hier, a promis 1 M€ pour le fonds et 500 000 € pour le PE"
    reply = say(world, "UFR", line)
    assert_logged(world, "UFR", reply)
    assert len(contacts(world)) == 1
    assert [c[:3] for c in claims(world)] == [
        ("pledge", Decimal("1000000"), "EUR"),
        ("pledge", Decimal("500000"), "EUR"),
    ]


def test_a_transfer_to_us_from_another_bank_into_an_account_is_a_deposit_on_it(
    world: World, world_desks: None
) -> None:
    line = "Elena Stănescu telefon ieri, a transferat 1,2 milioane lei de la BCR la noi în ACC-3501"
    reply = say(world, "URO", line)
    assert_logged(world, "URO", reply)
    assert claims(world) == [("deposit", Decimal("1200000"), "RON", "ACC-3501")]


def test_a_promise_on_an_if_is_recorded_with_no_claim(world: World, world_desks: None) -> None:
    line = "Björn Lindqvist ringde igår, om han säljer bolaget skulle han sätta in 20 milj."
    reply = say(world, "USE", line)
    assert_logged(world, "USE", reply)
    (contact,) = contacts(world)
    assert contact.claims == []

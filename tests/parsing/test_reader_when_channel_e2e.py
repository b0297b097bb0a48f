"""Day, time, follow-up and channel words of the one-line reader over signed HTTP.

Now is Wednesday 18 November 2026, 15:00 UTC (``tests.conftest.DEFAULT_NOW``); one rep
per language, each covering one client (``world_desks``). Each line records what it
says in the rep's own zone, or asks.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.messages import reader as reader_text
from standin.blockkit_text import render
from storage.models import Rep
from tests.databases import BACKENDS
from tests.parsing.test_logcontact_reader_e2e import (  # noqa: F401  (desk, world_desks: fixtures)
    assert_logged,
    contacts,
    desk,
    in_their_language,
    say,
    world_desks,
)
from tests.world import World

pytestmark = pytest.mark.parametrize("world_backend", BACKENDS)


def local_of(world: World, user: str, contact) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with world.db() as session:
        zone = session.scalars(select(Rep.timezone).where(Rep.slack_user_id == user)).one()
    local = contact.occurred_at.astimezone(ZoneInfo(zone))
    return local.date().isoformat(), local.strftime("%H:%M")


@pytest.mark.parametrize(
    ("user", "line", "follow_up"),
    [
        ("UMS", "Maya Rahman video call Isnin, susul Jumaat", date(2026, 11, 20)),
        ("UFR", "Camille Girard déj lundi, relancer lui vendredi", date(2026, 11, 20)),
        ("UFR", "Camille Girard lunch lundi, f/u mon", date(2026, 11, 23)),
    ],
)
@pytest.mark.usefixtures("world_desks")
def test_a_follow_up_past_the_person_by_susul_or_a_short_weekday_is_recorded(
    world: World, user: str, line: str, follow_up: date
) -> None:
    reply = say(world, user, line)
    assert_logged(world, user, reply)
    (contact,) = contacts(world)
    assert contact.follow_up_on == follow_up
    assert local_of(world, user, contact)[0] == "2026-11-16"
    assert "susul" not in contact.notes and "relancer" not in contact.notes


@pytest.mark.parametrize(
    ("user", "line", "channel", "gone"),
    [
        ("UFR", "Camille Girard a signé ce matin en agence", "in_person", "agence"),
        ("URO", "Elena Stănescu a venit la sediu luni la ora 15", "in_person", "sediu"),
        ("URO", "Elena Stănescu dejun sâmbătă, discuții despre pensie", "in_person", "dejun"),
        ("USE", "Björn Lindqvist frukostmöte idag kl 8, ISK", "in_person", "frukostmöte"),
        ("UHI", "Priya Raghunathan se fone pe baat aaj 2:45 pm", "phone", "fone"),
        ("UHI", "Priya Raghunathan ji ka phone aaya subah", "phone", "subah"),
    ],
)
@pytest.mark.usefixtures("world_desks")
def test_a_channel_said_by_place_meal_compound_or_in_haste_is_recorded_not_asked(
    world: World, user: str, line: str, channel: str, gone: str
) -> None:
    reply = say(world, user, line)
    assert_logged(world, user, reply)
    (contact,) = contacts(world)
    assert contact.channel == channel
    assert gone not in contact.notes


@pytest.mark.usefixtures("world_desks")
def test_a_small_french_hour_both_of_whose_halves_are_past_is_asked_never_recorded(
    world: World,
) -> None:
    """ "hier à 5h": 05:00 or 17:00 yesterday; "à 5h du soir" says which."""
    reply = say(world, "UFR", "Camille Girard tel hier à 5h")
    assert in_their_language(world, "UFR", reader_text.UNCLEAR_HEADLINE) in reply["text"]
    assert "à 5h" in render(reply["blocks"])
    assert contacts(world) == []
    assert_logged(world, "UFR", say(world, "UFR", "Camille Girard tel hier à 5h du soir"))
    (contact,) = contacts(world)
    assert local_of(world, "UFR", contact) == ("2026-11-17", "17:00")


@pytest.mark.usefixtures("desk")
def test_a_date_like_a_fraction_after_the_channel_word_records_that_day_not_today(
    world: World,
) -> None:
    """A New York rep's "emailed 9/10": figures that could be a share are the email's day."""
    reply = say(world, "UMEG", "Jane Smith emailed 9/10, wants to pledge 2m if the lockup ends")
    assert_logged(world, "UMEG", reply)
    (contact,) = contacts(world)
    assert local_of(world, "UMEG", contact)[0] == "2026-09-10"
    assert "9/10" not in contact.notes and "lockup" in contact.notes


@pytest.mark.parametrize(
    ("user", "line"),
    [
        ("UFR", "Camille Girard rang ten to 9 this morning, deal off"),
        ("USE", "Björn Lindqvist ringde tio i nio i morse"),
        ("URO", "Elena Stănescu telefon azi la 9 fără zece"),
    ],
)
@pytest.mark.usefixtures("world_desks")
def test_minutes_to_an_hour_record_that_time(world: World, user: str, line: str) -> None:
    assert_logged(world, user, say(world, user, line))
    (contact,) = contacts(world)
    assert local_of(world, user, contact) == ("2026-11-18", "08:50")
    assert "ten to" not in contact.notes and "tio i" not in contact.notes


@pytest.mark.usefixtures("world_desks")
def test_a_call_with_a_number_a_call_back_and_a_duration_is_recorded_as_said(
    world: World,
) -> None:
    """A phone number, "ring tillbaka imorgon" (call back tomorrow) and "pratade 10 min"
    (talked ten minutes): a call this morning with a follow-up tomorrow, nothing asked."""
    line = "Björn Lindqvist tel 070-123 45 67, ring tillbaka imorgon, pratade 10 min i morse"
    assert_logged(world, "USE", say(world, "USE", line))
    (contact,) = contacts(world)
    assert contact.channel == "phone"
    assert contact.follow_up_on == date(2026, 11, 19)
    assert local_of(world, "USE", contact)[0] == "2026-11-18"
    assert "070-123 45 67" in contact.notes and "i morse" not in contact.notes


@pytest.mark.parametrize(
    ("user", "line"),
    [
        ("UFR", "Camille Girard entretien tel lundi 14h, rien de signé"),
        ("URO", "Elena Stănescu convorbire telefonica luni la ora 14"),
    ],
)
@pytest.mark.usefixtures("world_desks")
def test_a_meeting_held_by_phone_is_recorded_as_a_call(world: World, user: str, line: str) -> None:
    assert_logged(world, user, say(world, user, line))
    (contact,) = contacts(world)
    assert contact.channel == "phone"
    assert local_of(world, user, contact) == ("2026-11-16", "14:00")


@pytest.mark.usefixtures("world_desks")
def test_a_french_hour_with_its_part_of_the_day_records_that_time_and_notes_without_it(
    world: World,
) -> None:
    assert_logged(world, "UFR", say(world, "UFR", "Camille Girard rdv hier à 8h du mat, PEA"))
    (contact,) = contacts(world)
    assert local_of(world, "UFR", contact) == ("2026-11-17", "08:00")
    assert "du mat" not in contact.notes and "PEA" in contact.notes

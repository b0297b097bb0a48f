"""Refusals are in the reader's language too, over signed HTTP: the form's field errors,
an unknown period in ``/cms scorecard``, a bonus plan missing a part.

A French and a Hindi rep (Slack locales ``fr-FR``, ``hi-IN``) get each refusal in
their language, with no English word left in it (``english_left``, names and typed
commands aside); the English rep's wording is unchanged. What a rep typed is quoted
as typed.

The world's clock reads Wed 18 Nov 2026 15:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.i18n import speaking
from bot.reports.charts import month_labels
from handlers import ids
from tests.factories import make_client, make_rep
from tests.i18n.test_reader_language_e2e import english_left
from tests.world import World

REP = "UFR"

# What each reader is told, in their language.
SAYS = {
    "fr-FR": {
        "date": "Ce jour n'est pas encore arrivé ; enregistrez un contact après qu'il a eu lieu.",
        "account": "Un numéro de compte compte au plus 64 caractères.",
        "period": "Je ne peux pas lire « la semaine des quatre jeudis » comme une période.",
        "plan": "Le barème doit comporter `from YYYY-MM-DD`.",
        "usage": "`/cms bonus` affiche le barème ;",
    },
    "hi-IN": {
        "date": "वह दिन अभी आना है; संपर्क होने के बाद उसे दर्ज करें।",
        "account": "खाता संख्या अधिकतम 64 वर्णों की होती है।",
        "period": "मैं “la semaine des quatre jeudis” को अवधि के रूप में नहीं पढ़ सकता।",
        "plan": "योजना में `from YYYY-MM-DD` आवश्यक है।",
        "usage": "`/cms bonus` योजना दिखाता है;",
    },
    "en-US": {
        "date": "That day is still to come; log a contact after it happens.",
        "account": "An account number is at most 64 characters.",
        "period": "I can't read “la semaine des quatre jeudis” as a period.",
        "plan": "The plan needs `from YYYY-MM-DD`. `/cms bonus` shows the plan;",
        "usage": "`/cms bonus` shows the plan;",
    },
}
READERS = ["fr-FR", "hi-IN"]


def arrange(world: World, locale: str, *roles: str) -> int:
    with world.db() as session:
        rep = make_rep(
            session, REP, "Amélie Durand", timezone="Europe/Paris", locale=locale, roles=roles
        )
        world.standin.add_user(rep.slack_user_id, rep.name, tz=rep.timezone)
        rep.profile_refreshed_at = world.clock()
        return make_client(session, "Jane Smith", covered_by=[rep]).id


def reply_to(world: World, text: str) -> str:
    sent = world.slack.command("/cms", text, user_id=REP)
    assert sent.ok, sent.body
    return str(world.standin.wait_for("response_url", {"url": sent.response_url}).args["text"])


@pytest.mark.parametrize("locale", [*READERS, "en-US"])
def test_the_forms_field_errors_are_in_the_readers_language(world: World, locale: str) -> None:
    jane = arrange(world, locale)
    world.slack.command("/logcontact", "", user_id=REP)
    view = world.standin.wait_for("views.open").response["view"]
    answers: dict[str, Any] = {
        "client": str(jane),
        "channel": "phone",
        "date": "2026-11-20",  # the day after tomorrow
        "time": "09:00",
        "deposited": "250000",
        "account": "A" * 65,
    }
    reply = world.slack.view_submission(REP, view, answers=answers)
    assert reply.json is not None, reply.body
    assert reply.json["response_action"] == "errors"
    errors = reply.json["errors"]
    assert errors[ids.BLOCK_DATE] == SAYS[locale]["date"]
    assert errors[ids.BLOCK_ACCOUNT] == SAYS[locale]["account"]
    if locale in READERS:
        assert english_left(" ".join(errors.values()), locale) == [], errors


@pytest.mark.parametrize("locale", [*READERS, "en-US"])
def test_an_unknown_period_in_cms_scorecard_is_refused_in_the_readers_language(
    world: World, locale: str
) -> None:
    arrange(world, locale)
    said = reply_to(world, "scorecard la semaine des quatre jeudis")
    assert said.startswith(SAYS[locale]["period"]), said
    if locale in READERS:
        # The examples are period words the reader may type, in their language.
        assert english_left(said.replace("la semaine des quatre jeudis", ""), locale) == [], said


@pytest.mark.parametrize("locale", [*READERS, "en-US"])
def test_a_bonus_plan_missing_its_start_says_so_and_how_in_the_readers_language(
    world: World, locale: str
) -> None:
    arrange(world, locale, "rep", "admin")
    said = reply_to(world, "bonus set bands 0-10m:5 10m+:8 mandate 100 currency USD")
    assert said.startswith(SAYS[locale]["plan"]), said
    assert SAYS[locale]["usage"] in said
    if locale in READERS:
        assert english_left(said, locale) == [], said


def test_chart_month_labels_follow_cldr_and_stay_english_for_english() -> None:
    months = [datetime(2026, 11, 1, tzinfo=UTC).date(), datetime(2026, 12, 1, tzinfo=UTC).date()]
    assert month_labels(months) == ["Nov 2026", "Dec 2026"]
    with speaking("fr-FR"):
        assert month_labels(months) == ["nov. 2026", "déc. 2026"]
    with speaking("hi-IN"):
        assert month_labels(months) == ["नव॰ 2026", "दिस॰ 2026"]


OWN_MANAGER = {
    "fr-FR": "UFR ne peut pas être son propre responsable.",
    "hi-IN": "UFR अपना स्वयं का प्रबंधक नहीं हो सकता।",
    "en-US": "UFR cannot be their own manager.",
}
OWN_ASSISTANT = {
    "fr-FR": "UFR ne peut pas être son propre assistant.",
    "hi-IN": "UFR अपना स्वयं का सहायक नहीं हो सकता।",
    "en-US": "UFR cannot be their own assistant.",
}


@pytest.mark.parametrize("locale", [*READERS, "en-US"])
def test_an_admins_refused_change_is_in_the_admins_language(world: World, locale: str) -> None:
    arrange(world, locale, "rep", "admin", "assistant")
    said = reply_to(world, f"admin manager <@{REP}> <@{REP}>")
    assert OWN_MANAGER[locale] in said, said
    said = reply_to(world, f"admin delegate <@{REP}> <@{REP}>")
    assert OWN_ASSISTANT[locale] in said, said

"""``/cms admin`` in the admin's language: a command with the wrong number of words, a
person no one answers to, and ``show``'s card — all English to a French admin when found
(the refusals a service raises were translated; these three were built from English
f-strings). The CLI, with no reader, keeps reading them in English.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.i18n.test_error_replies_e2e import REP, arrange, reply_to
from tests.i18n.test_reader_language_e2e import english_left
from tests.world import World

SAYS: dict[str, dict[str, Any]] = {
    "fr-FR": {
        "words": "`admin grant` prend 2 mots. Utilisez `/cms admin grant @rep role`.",
        "nobody": "Personne dans l'annuaire ne répond à « UNOBODY »",
        "card": [
            "Rôles : admin, assistant, rep",
            "Responsable : aucun",
            "Équipe : aucune",
            "Clients suivis : 1 (1 principal, 0 secondaire)",
            "Délégués (peuvent enregistrer en son nom) : aucun",
        ],
    },
    "en-US": {
        "words": "`admin grant` takes 2 words. Use `/cms admin grant @rep role`.",
        "nobody": "No one in the directory answers to 'UNOBODY'",
        "card": [
            "Roles: admin, assistant, rep",
            "Manager: none",
            "Reports: none",
            "Clients covered: 1 (1 primary, 0 secondary)",
            "Delegates (may log on their behalf): none",
        ],
    },
}


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_admin_usage_an_unknown_person_and_the_show_card_speak_the_admins_language(
    world: World, locale: str
) -> None:
    arrange(world, locale, "rep", "admin", "assistant")
    says = SAYS[locale]

    assert reply_to(world, "admin grant").startswith(says["words"])
    assert says["nobody"] in reply_to(world, "admin grant UNOBODY rep")
    card = reply_to(world, f"admin show <@{REP}>").splitlines()
    assert card[1:] == says["card"]
    if locale == "fr-FR":
        assert english_left("\n".join(card[1:]), locale) == []

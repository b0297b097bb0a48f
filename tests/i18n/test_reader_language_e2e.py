"""Who reads decides the language, over signed HTTP: a rep's whole journey in their language.

A rep whose Slack locale is French (then Swedish, Romanian, Malay, Hindi) logs a
contact with a deposit, gets the morning nudge, snoozes a client from it and opens
the Home tab: every reply, DM and tab is in their language, with its plurals and
CLDR's numbers and dates, and no English word is left in it (``ENGLISH``, names
aside). The claim goes to the controllers' channel, which reads the firm's
``CMS_DEFAULT_LOCALE`` (Swedish here, or Hindi), never the rep's.

The world's clock reads Wed 18 Nov 2026 15:00 UTC (16:00 in Paris).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from bot.cadence.nudges import run_tick
from bot.delivery.outbox import deliver_due
from handlers import ids
from tests.databases import BACKENDS
from tests.factories import make_client, make_rep
from tests.world import CONTROLLERS_CHANNEL, World, texts

REP = "UFR"
LONG_AGO = datetime(2025, 6, 2, tzinfo=UTC)

# Words of the bot's English that must not reach a reader of another language.
ENGLISH = re.compile(
    r"\b(the|and|with|needs?|days?|snoozed?|logged|pending|claims?|your|nobody|overdue|"
    r"follow-ups?|edit|undo|withdraw|approve|reject|good morning|today|yesterday|until|"
    r"never|since|every|last contact|more|deposit|assets|numbers|quarter|clients needing)\b",
    re.IGNORECASE,
)
NAMES = re.compile(r"Jane Smith|Paul Martin|Amélie Durand|Tom Baker|<@[A-Z0-9]+>|:[a-z_]+:|`[^`]*`")

# For each Slack locale: what the nudge, the snooze, the reply and the Home say.
JOURNEY = {
    "fr-FR": {
        "logged": "Contact avec Jane Smith enregistré",
        "nudge": "1 client attend un contact aujourd'hui.",
        "snooze_option": "Reporter de 7 jours",
        "snoozed": ":zzz: Reporté jusqu'au mer. 25 nov. 2026.",
        "home_title": "Clients à contacter",
        "home_snoozed": "1 client reporté",
        "money": "250\u202f000,00\xa0€",
    },
    "sv-SE": {
        "logged": "Kontakt med Jane Smith registrerad",
        "nudge": "1 kund behöver kontaktas i dag.",
        "snooze_option": "Skjut upp 7 dagar",
        "snoozed": ":zzz: Uppskjuten till ons 25 nov. 2026.",
        "home_title": "Kunder som behöver kontaktas",
        "home_snoozed": "1 kund uppskjuten",
        "money": "250\xa0000,00\xa0€",
    },
    "ro-RO": {
        "logged": "Contactul cu Jane Smith a fost înregistrat",
        "nudge": "1 client așteaptă un contact astăzi.",
        "snooze_option": "Amânați 7 zile",
        "snoozed": ":zzz: Amânat până la mie. 25 nov. 2026.",
        "home_title": "Clienți care trebuie contactați",
        "home_snoozed": "1 client amânat",
        "money": "250.000,00\xa0EUR",
    },
    "ms-MY": {
        "logged": "Hubungan dengan Jane Smith telah direkodkan",
        "nudge": "1 pelanggan perlu dihubungi hari ini.",
        "snooze_option": "Tunda 7 hari",
        "snoozed": ":zzz: Ditunda sehingga Rab 25 Nov 2026.",
        "home_title": "Pelanggan yang perlu dihubungi",
        "home_snoozed": "1 pelanggan ditunda",
        "money": "€250,000.00",
    },
    "hi-IN": {
        "logged": "Jane Smith के साथ संपर्क दर्ज किया गया",
        "nudge": "आज 1 ग्राहक से संपर्क करना है।",
        "snooze_option": "7 दिन के लिए स्थगित करें",
        "snoozed": ":zzz: बुध 25 नव॰ 2026 तक स्थगित।",
        "home_title": "संपर्क की प्रतीक्षा में ग्राहक",
        "home_snoozed": "1 ग्राहक स्थगित",
        "money": "€2,50,000.00",
    },
}


# Words that are also the language's own: Malay banks say "deposit".
OWN_WORDS = {"ms-MY": {"deposit"}}


def english_left(text: str, locale: str | None = None) -> list[str]:
    """English words in ``text`` once names, mentions, emoji and typed commands are set aside."""
    own = OWN_WORDS.get(locale or "", set())
    return [word for word in ENGLISH.findall(NAMES.sub(" ", text)) if word.lower() not in own]


def arrange(world: World, locale: str) -> dict[str, int]:
    with world.db() as session:
        rep = make_rep(session, REP, "Amélie Durand", timezone="Europe/Paris", locale=locale)
        controller = make_rep(session, "UCTL", "Tom Baker", roles=("controller",))
        for person in (rep, controller):
            world.standin.add_user(person.slack_user_id, person.name, tz=person.timezone)
            person.profile_refreshed_at = world.clock()
        jane = make_client(
            session, "Jane Smith", covered_by=[rep], covered_since=LONG_AGO, accounts=["ACC-1"]
        )
        paul = make_client(session, "Paul Martin", covered_by=[rep], covered_since=LONG_AGO)
        return {"jane": jane.id, "paul": paul.id}


@pytest.mark.parametrize("world_default_locale", ["sv"])
@pytest.mark.parametrize("locale", list(JOURNEY))
def test_a_reps_journey_is_in_their_language_and_the_channel_in_the_firms(
    world: World, locale: str
) -> None:
    said = JOURNEY[locale]
    book = arrange(world, locale)

    # /logcontact: the reply (at the response URL) in the rep's language, money by CLDR.
    sent = world.slack.command(
        "/logcontact", "Jane Smith phone yesterday 3pm deposit 250000 EUR", user_id=REP
    )
    reply = world.standin.wait_for("response_url", {"url": sent.response_url})
    reply_text = reply.args["text"] + "\n" + texts(reply.args.get("blocks"))
    assert said["logged"] in reply_text
    assert said["money"] in reply_text
    # The notes are the rep's own words ("deposit 250000 EUR"), shown as typed.
    assert english_left(reply_text.replace("deposit 250000 EUR", ""), locale) == [], reply_text

    # The claim in the controllers' channel: the firm's language (Swedish), not the rep's.
    # (posted right after the commit, or by the outbox tick if that was missed)
    deliver_due(world.cms.deps, now=world.clock())
    world.standin.wait_for("chat.postMessage", {"channel": CONTROLLERS_CHANNEL})
    [post] = world.standin.messages_in(CONTROLLERS_CHANNEL)
    post_text = texts(post.blocks)
    assert "Anmälan om insättning" in post_text and "Godkänn" in post_text
    assert "250\xa0000,00\xa0€" in post_text

    # The morning nudge DM: Paul is due (Jane was just contacted).
    run_tick(world.cms.deps, now=world.clock(), pace=0)
    nudge = world.standin.messages_in(REP)[-1]
    assert nudge.text == said["nudge"]
    nudge_text = texts(nudge.blocks)
    assert said["snooze_option"] in nudge_text
    assert english_left(nudge_text, locale) == [], nudge_text

    # Snoozing from it: the row says so in place, in the clicker's language.
    snooze = next(
        option
        for block in nudge.blocks
        if block.get("type") == "actions"
        for element in block["elements"]
        if element["action_id"].startswith(ids.NUDGE_SNOOZE)
        for option in element["options"]
        if option["value"].endswith(":7")
    )
    clicked = world.slack.block_action(REP, ids.NUDGE_SNOOZE, selected_option=snooze, message=nudge)
    assert clicked.ok, clicked.body
    world.standin.wait_for("response_url", {"replace_original": True})
    edited = world.standin.messages_in(REP)[-1]
    assert said["snoozed"] in texts(edited.blocks)

    # The Home tab: its owner's language.
    assert world.slack.app_home_opened(REP).ok
    home = world.standin.wait_for("views.publish", {"user_id": REP}, count=1).args["view"]
    home = world.standin.home_of(REP) or home
    home_text = texts(home["blocks"])
    assert said["home_title"] in home_text
    assert said["home_snoozed"] in home_text
    assert english_left(home_text, locale) == [], home_text
    assert book["paul"]


@pytest.mark.parametrize("world_backend", BACKENDS)
@pytest.mark.parametrize("world_default_locale", ["hi"])
def test_the_controllers_channel_reads_cms_default_locale(world: World) -> None:
    arrange(world, "fr-FR")
    world.slack.command("/logcontact", "Jane Smith phone yesterday deposit 250000 INR", user_id=REP)
    world.standin.wait_for("response_url")
    # (posted right after the commit, or by the outbox tick if that was missed)
    deliver_due(world.cms.deps, now=world.clock())
    world.standin.wait_for("chat.postMessage", {"channel": CONTROLLERS_CHANNEL})
    [post] = world.standin.messages_in(CONTROLLERS_CHANNEL)
    post_text = json.dumps(post.blocks, ensure_ascii=False)
    assert "जमा दावा" in post_text and "₹2,50,000.00" in post_text
    assert "स्वीकृत करें" in post_text  # Approve, in Hindi
    # The quoted notes are the rep's own words.
    assert english_left(texts(post.blocks).replace("deposit 250000 INR", "")) == []


HELP_HEADING = {
    "fr-FR": "*Commandes*",
    "sv-SE": "*Kommandon*",
    "ro-RO": "*Comenzi*",
    "ms-MY": "*Arahan*",
    "hi-IN": "*कमांड*",
}
FORM_TITLE = {
    "fr-FR": "Enregistrer un contact",
    "sv-SE": "Registrera en kontakt",
    "ro-RO": "Înregistrați un contact",
    "ms-MY": "Rekod hubungan",
    "hi-IN": "संपर्क दर्ज करें",
}


@pytest.mark.parametrize("locale", list(JOURNEY))
def test_the_help_and_the_contact_form_are_in_the_readers_language(
    world: World, locale: str
) -> None:
    arrange(world, locale)
    sent = world.slack.command("/cms", "help", user_id=REP)
    help_text = world.standin.wait_for("response_url", {"url": sent.response_url}).args["text"]
    assert help_text.startswith(HELP_HEADING[locale])
    # Command words stay as typed (in backticks); every summary is translated.
    assert english_left(help_text, locale) == [], help_text

    world.slack.command("/logcontact", "", user_id=REP)
    view = world.standin.wait_for("views.open").args["view"]
    assert view["title"]["text"] == FORM_TITLE[locale]
    form_text = texts(view)
    assert english_left(form_text, locale) == [], form_text

"""User text is text, end to end over signed HTTP: what a rep types or an import holds pings,
links and formats nothing, and is stored as it was typed.

Slack's rules ("Formatting text for app surfaces", Escaping text,
https://docs.slack.dev/messaging/formatting-message-text#escaping): ``&``, ``<`` and ``>``
are control characters; text to be shown as typed replaces them with ``&amp;``, ``&lt;``
and ``&gt;`` — only those three ("don't HTML entity-encode the entire message") — and
Slack escapes the same three in what it sends an app (a slash command's ``text``, a
message's ``text``). So the bot decodes exactly those three, once, when text comes in,
and escapes them, once, wherever a person's or an import's words go into ``mrkdwn`` (or
a message's notification ``text``, which is mrkdwn too). ``plain_text`` (headers, button
labels, a text input's ``initial_value``) shows characters as they are and is not escaped.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.imports import import_csv
from handlers import ids
from standin.blockkit_text import render
from storage.models import Claim, Client, Interaction
from tests.contacts.test_contact_form_e2e import submit
from tests.world import CONTROLLERS_CHANNEL, World

REP, CONTROLLER = "UREP", "UCTL"
CLIENT = "Smith & <Sons> Ltd"
HOUSEHOLD = "The <Smith> & Sons Trust"
TIER = "UHNW <&>"
TYPED_NOTE = "deposit 2m USD <!channel> see <https://evil.example|statement>"
LIVE = re.compile(r"<!channel>|<!here>|<@U|<https?://")


def as_slack_sends(typed: str) -> str:
    """What Slack puts in a slash command's ``text`` for what a person typed."""
    return typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mrkdwn_of(node: Any) -> list[str]:
    """Every mrkdwn text in ``node`` (blocks or a view), and nothing else."""
    found: list[str] = []
    if isinstance(node, dict):
        if node.get("type") == "mrkdwn":
            found.append(str(node.get("text", "")))
        for value in node.values():
            found += mrkdwn_of(value)
    elif isinstance(node, list):
        for item in node:
            found += mrkdwn_of(item)
    return found


def live_markup(texts: list[str]) -> list[str]:
    """Texts that would ping someone or link somewhere that nobody meant to."""
    return [
        t for t in texts if LIVE.search(t.replace(f"<@{REP}>", "").replace(f"<@{CONTROLLER}>", ""))
    ]


@pytest.fixture
def imported(world: World, tmp_path: Path) -> None:
    """A rep and a controller, and a client whose name, household and tier hold & < >, imported."""
    reps = tmp_path / "reps.csv"
    reps.write_text(
        "slack_user_id,name,email,roles,manager_slack_user_id,timezone\n"
        f"{REP},Rita <Rep> & Co,,rep,,UTC\n"
        f"{CONTROLLER},Cora,,controller,,UTC\n",
        encoding="utf-8",
    )
    clients = tmp_path / "clients.csv"
    clients.write_text(
        "external_id,name,kind,household,tier,coverage,accounts\n"
        f'C-1,"{CLIENT}",client,"{HOUSEHOLD}","{TIER}",{REP},ACC-1\n',
        encoding="utf-8",
    )
    world.standin.add_user(REP, "rita")
    world.standin.add_user(CONTROLLER, "cora")
    with world.db() as session:
        import_csv(session, kind="reps", path=reps, now=world.clock())
        import_csv(session, kind="clients", path=clients, now=world.clock())


def log_line(world: World, typed: str) -> dict[str, Any]:
    sent = world.slack.command("/logcontact", as_slack_sends(typed), user_id=REP)
    assert sent.ok, sent.body
    reply = world.standin.wait_for("response_url", {"url": sent.response_url})
    return reply.args  # type: ignore[no-any-return]


def test_a_typed_channel_ping_and_disguised_link_reach_the_controllers_as_text(
    world: World, imported: None
) -> None:
    reply = log_line(world, f"Smith phone today {TYPED_NOTE}")
    assert live_markup(mrkdwn_of(reply["blocks"]) + [reply["text"]]) == []
    # The rep reads their words as they typed them.
    assert "<!channel> see <https://evil.example|statement>" in render(reply["blocks"])

    with world.db() as session:
        interaction = session.scalars(select(Interaction)).one()
        claim = session.scalars(select(Claim)).one()
        notes = interaction.notes
    assert (claim.kind, claim.amount, claim.currency) == ("deposit", 2_000_000, "USD")
    # Stored as typed: decoded once from Slack's escaping, nothing turned into its label.
    assert "<!channel> see <https://evil.example|statement>" in notes

    world.standin.wait_for("chat.postMessage", {"channel": CONTROLLERS_CHANNEL})
    [post] = world.standin.messages_in(CONTROLLERS_CHANNEL)
    texts = mrkdwn_of(post.blocks) + [post.text]
    assert live_markup(texts) == []
    shown = "\n".join(texts)
    assert "&lt;!channel&gt; see &lt;https://evil.example|statement&gt;" in shown
    assert "Smith &amp; &lt;Sons&gt; Ltd" in shown  # the client, from the import
    assert "The &lt;Smith&gt; &amp; Sons Trust" in shown  # the household
    assert "Rita &lt;Rep&gt; &amp; Co" in shown  # the rep
    assert "&amp;amp;" not in shown and "&amp;lt;" not in shown  # escaped once, not twice
    assert "<!channel> see <https://evil.example|statement>" in render(post.blocks)


def test_imported_names_show_escaped_on_the_card_and_the_home_and_plain_in_headers(
    world: World, imported: None
) -> None:
    log_line(world, "Smith phone today pledged 1m USD talked about the trust")

    nobody = world.slack.command("/client", as_slack_sends("Nobody <!here> & co"), user_id=REP)
    said = world.standin.wait_for("response_url", {"url": nobody.response_url}).args["text"]
    assert "“Nobody &lt;!here&gt; &amp; co”" in said  # decoded once, escaped once
    sent = world.slack.command("/client", as_slack_sends(CLIENT), user_id=REP)  # the full name
    card = world.standin.wait_for("response_url", {"url": sent.response_url}).args
    header = card["blocks"][0]
    assert header["type"] == "header" and header["text"]["text"] == CLIENT  # plain_text: as is
    texts = mrkdwn_of(card["blocks"]) + [card["text"]]
    assert live_markup(texts) == []
    shown = "\n".join(texts)
    assert "UHNW &lt;&amp;&gt;" in shown and "The &lt;Smith&gt; &amp; Sons Trust" in shown
    assert f"<@{REP}> (primary)" in shown  # the coverage mention is the bot's own markup
    assert CLIENT in render(card["blocks"])

    for user in (REP, CONTROLLER):
        assert world.slack.app_home_opened(user).ok
        home = world.standin.wait_for("views.publish", {"user_id": user}).args["view"]
        texts = mrkdwn_of(home["blocks"])
        assert live_markup(texts) == [], user
        assert "Smith &amp; &lt;Sons&gt; Ltd" in "\n".join(texts), user
        assert "<Sons>" not in json.dumps(home["blocks"], ensure_ascii=False), user


def test_entities_typed_literally_are_kept_and_decoded_only_once(
    world: World, imported: None
) -> None:
    """A rep who types "&eacute;" or "&lt;" meant those characters, not "é" or "<"."""
    log_line(world, "Smith phone today caf&eacute; 5 &lt; 6 & fees <1%")
    with world.db() as session:
        notes = session.scalars(select(Interaction.notes)).one()
    assert notes == "caf&eacute; 5 &lt; 6 & fees <1%"


def test_a_shortcut_message_keeps_its_words_and_links_nobody(world: World, imported: None) -> None:
    with world.db() as session:
        smith = session.scalars(select(Client.id)).one()
    # Slack's message text: a real mention and link are markup; typed & < > come escaped;
    # an entity another app posted as is ("&eacute;") is shown by Slack as is, so kept.
    message = (
        "Call with <@U42>: fees &lt;1% &amp; no lock-up, see <https://ok.example|the deck>; "
        "someone typed &lt;!here&gt; and caf&amp;eacute;; a feed posted r&eacute;sum&eacute;"
    )
    reply = world.slack.message_shortcut(ids.SHORTCUT_LOG_MESSAGE, REP, message)
    assert reply.ok, reply.body
    view = world.standin.wait_for("views.open").response["view"]
    notes = next(b for b in view["blocks"] if b.get("block_id") == ids.BLOCK_NOTES)
    expected = (
        "Call with <@U42>: fees <1% & no lock-up, see the deck; "
        "someone typed <!here> and caf&eacute;; a feed posted r&eacute;sum&eacute;"
    )
    assert notes["element"]["initial_value"] == expected  # plain_text input: shown as is
    assert submit(world, view, REP, client=str(smith), channel="phone").ok
    confirmation = world.standin.wait_for("chat.postMessage", {"channel": REP})  # a DM
    with world.db() as session:
        stored = session.scalars(select(Interaction.notes)).one()
    assert stored == expected
    texts = mrkdwn_of(confirmation.args.get("blocks") or []) + [confirmation.args.get("text", "")]
    assert live_markup(texts) == []


@pytest.mark.parametrize(
    ("sent", "typed"),
    [
        ("&lt;!channel&gt;", "<!channel>"),
        ("&amp;lt;", "&lt;"),  # a typed "&lt;": decoded once, not twice
        ("caf&eacute;", "caf&eacute;"),  # not one of Slack's three: kept (html.unescape: "café")
        ("&amp;#60; &quot;", "&#60; &quot;"),
        ("a &amp; b &gt; c", "a & b > c"),
    ],
)
def test_slacks_three_entities_and_only_they_are_decoded(sent: str, typed: str) -> None:
    from bot.messages.formatting import escape, unescape_slack
    from bot.parsing.tokens import clean

    assert unescape_slack(sent) == clean(sent) == typed
    assert unescape_slack(escape(typed)) == typed


def test_cms_commands_store_what_was_typed_and_echo_it_as_text(world: World) -> None:
    """``/cms initiative add`` with & and < stores them as typed and shows them escaped once."""
    from tests.factories import make_rep

    world.standin.add_user("UADMIN", "ada")
    with world.db() as session:
        make_rep(session, "UADMIN", "Ada Admin", roles=("admin",))
    typed = 'initiative add "Night & <Day>" #night cost 1000 USD from 2026-11-01'
    sent = world.slack.command("/cms", as_slack_sends(typed), user_id="UADMIN")
    reply = world.standin.wait_for("response_url", {"url": sent.response_url}).args
    assert "Night &amp; &lt;Day&gt;" in reply["text"], reply["text"]
    assert not live_markup([reply["text"]])
    with world.db() as session:
        from sqlalchemy import select

        from storage.models import Initiative

        assert session.scalars(select(Initiative.name)).one() == "Night & <Day>"

"""Usage lines show their ``<placeholders>`` and a typed word shows as typed.

Slack reads ``<…>`` in mrkdwn as a link or a mention, even inside backticks, so
``/cms help`` showed "`/logcontact client how when notes`", ``/cms cadence``'s usage
"`/cms cadence tier max days …`" and ``/cms language`` "`/cms language code`"; and an
unknown subcommand was put back unescaped, so ``/cms <!channel>`` came back as live
markup. Each is read here as Slack shows it (``standin.blockkit_text.render``).
"""

from __future__ import annotations

import pytest

from standin.blockkit_text import render
from tests.factories import make_rep
from tests.world import World

ADMIN = "UADMIN"


def shown(world: World, text: str) -> tuple[str, str]:
    """What the admin reads after ``/cms <text>``, and the raw mrkdwn."""
    sent = world.slack.command("/cms", text, user_id=ADMIN)
    args = world.standin.wait_for("response_url", {"url": sent.response_url}).args
    return render(args.get("blocks"), text=args.get("text", "")), str(args.get("text"))


@pytest.fixture
def admin(world: World) -> None:
    with world.db() as session:
        make_rep(session, ADMIN, "Ada Admin", roles=("admin", "rep"))


@pytest.mark.parametrize(
    ("typed", "reads"),
    [
        ("help", "`/logcontact <client> <how> <when> <notes>`"),
        ("help", "`/client <name>`"),
        ("help", "`/cms cadence [<tier>|client <name>] [max <days> min <days> [household]|clear]`"),
        ("cadence client", "`/cms cadence client <name> max <days> min <days>`"),
        ("language", "`/cms language <code>`"),
        ("bonus set from 2027-01-01 bands 0-10m:5 10m+:8", "`mandate <bp>`"),
    ],
)
def test_a_usage_line_shows_its_placeholders(world: World, admin: None, typed: str, reads: str):
    text, _raw = shown(world, typed)
    assert reads in text, text


def test_an_unknown_subcommand_comes_back_as_typed_and_pings_no_one(world: World, admin: None):
    text, raw = shown(world, "&lt;!channel&gt;")

    assert "`<!channel>`" in text
    assert "<!channel>" not in raw


@pytest.mark.parametrize(
    "typed",
    [
        "scorecard &lt;!here&gt;",
        "bonus cancel &lt;!here&gt;",
        'admin cover "&lt;!here&gt;" <@UADMIN>',
        "admin grant <@UADMIN> &lt;!here&gt;",
        "initiative close #&lt;!here&gt;",
        "cadence client &lt;!here&gt; max 3 min 1",
        "language &lt;https://evil.example|click&gt;",
    ],
)
def test_a_refusal_quotes_what_was_typed_as_text(world: World, admin: None, typed: str) -> None:
    """Each refusal quotes the typed word; a typed ``<!here>`` or link stays text (it was
    put back raw, a live @here or a link in the bot's words), and a mention the bot
    writes stays a mention."""
    text, raw = shown(world, typed)

    assert "<!here>" not in raw and "<https://" not in raw, raw
    assert "<!here>" in text or "<https://evil.example|click>" in text, text

"""Posts Slack will never accept are kept, not retried, and told: the admins' Home, their DM.

The bot here was never invited to the controllers' channel (``world_bot_invited``
False), so Slack answers its posts there ``not_in_channel``
(https://docs.slack.dev/reference/methods/chat.postMessage, "Errors"); the
stand-in answers as Slack does, over real HTTP.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.delivery.outbox import deliver_due, deliver_job
from bot.directory.rep_lookup import get_rep_by_slack_id
from handlers import ids
from storage.models import Claim, Client, OutboxMessage
from tests.claims_cast import make_cast, raise_claim
from tests.databases import BACKENDS
from tests.factories import make_rep
from tests.world import CONTROLLERS_CHANNEL, World

NOT_INVITED = pytest.mark.parametrize("world_bot_invited", [False])


def arrange(world: World) -> int:
    """The usual cast plus an admin, Ada, known to the stand-in; one claim raised."""
    with world.db() as session:
        cast = make_cast(session)
        ada = make_rep(session, "UADA", "Ada Admin", roles=("admin",), timezone="Europe/Paris")
        for rep in (cast.rep, ada):
            world.standin.add_user(rep.slack_user_id, rep.name, tz=rep.timezone)
        return raise_claim(session, rep=cast.rep, client=cast.client, now=world.clock()).id


def row(world: World, key: str) -> OutboxMessage:
    with world.db() as session:
        found = session.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == key))
        assert found is not None
        return found


def later(world: World, **delta: float) -> None:
    world.clock.set(world.clock() + timedelta(**delta))


def posts_to(world: World, channel: str) -> list[Any]:
    return [
        c for c in world.standin.calls_to("chat.postMessage") if c.args.get("channel") == channel
    ]


def home_text(view: dict[str, Any] | None) -> str:
    assert view is not None
    parts = []
    for block in view["blocks"]:
        if block.get("text"):
            parts.append(block["text"]["text"])
        for element in block.get("elements") or []:
            words = element.get("text")  # a context's text object, or a button's label
            parts.append(words["text"] if isinstance(words, dict) else str(words or ""))
    return "\n".join(parts)


@NOT_INVITED
@pytest.mark.parametrize("world_backend", BACKENDS)
def test_a_post_refused_not_in_channel_is_kept_dead_and_never_retried(world: World) -> None:
    claim_id = arrange(world)
    key = f"claim:{claim_id}:post"
    world.standin.expect_refusal("chat.postMessage", "not_in_channel", count=1)

    report = deliver_job(world.cms.deps)

    assert report.dead == [key]
    dead = row(world, key)
    assert dead.dead_reason == "not_in_channel" and dead.last_channel == CONTROLLERS_CHANNEL
    assert dead.dead_at == world.clock() and dead.sent_at is None and dead.attempts == 1
    for hours in (1, 24, 24 * 7):
        later(world, hours=hours)
        assert deliver_job(world.cms.deps).touched() == 0
    assert len(posts_to(world, CONTROLLERS_CHANNEL)) == 1  # the one refused attempt, no more
    with world.db() as session:  # kept, not deleted; the claim stands, pending
        assert (
            session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.dedupe_key == key)
            )
            == 1
        )
        claim = session.get(Claim, claim_id)
        assert claim is not None and claim.status == "pending"


@NOT_INVITED
def test_the_admins_are_told_by_dm_once_a_day_where_and_what_to_do(world: World) -> None:
    arrange(world)
    world.standin.expect_refusal("chat.postMessage", "not_in_channel", count=2)

    deliver_job(world.cms.deps)
    with world.db() as session:  # a second claim dies the same day: no second DM
        rep = get_rep_by_slack_id(session, "UREP")
        client = session.scalar(select(Client))
        assert client is not None
        second = raise_claim(session, rep=rep, client=client, now=world.clock(), amount="10").id
    later(world, minutes=5)
    assert deliver_job(world.cms.deps).dead == [f"claim:{second}:post"]

    [dm] = world.standin.messages_in("UADA")
    text = home_text({"blocks": dm.blocks})
    assert "1 post to <#CCONTROL> refused" in text and "`not_in_channel`" in text
    assert "/invite @contacts" in text and "Retry refused posts" in text
    assert world.standin.messages_in("UREP") == []  # nothing for the rep to fix


@NOT_INVITED
@pytest.mark.parametrize("world_backend", BACKENDS)
def test_admin_sees_the_refused_post_on_home_invites_the_bot_retries_and_it_goes_out_once(
    world: World,
) -> None:
    claim_id = arrange(world)
    key = f"claim:{claim_id}:post"
    world.standin.expect_refusal("chat.postMessage", "not_in_channel", count=1)
    deliver_job(world.cms.deps)

    world.slack.app_home_opened("UADA")
    home = world.standin.wait_for("views.publish", {"user_id": "UADA"}).args["view"]
    text = home_text(home)
    assert home["blocks"][0]["text"]["text"] == "*Problems*"  # first: it needs doing
    assert "1 post to <#CCONTROL> refused" in text and f"`{key}`" in text
    assert "Invite the bot to <#CCONTROL>" in text

    world.standin.invite(CONTROLLERS_CHANNEL, world.standin.bot_user_id)
    world.slack.block_action("UADA", ids.PROBLEMS_RETRY, view=home)
    world.standin.wait_for("views.publish", {"user_id": "UADA"}, count=2)

    [message] = world.standin.messages_in(CONTROLLERS_CHANNEL)
    with world.db() as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None and claim.controller_message_ts == message.ts
    sent = row(world, key)
    assert sent.sent_at is not None and sent.dead_at is None
    after = world.standin.home_of("UADA")
    assert "Retried 1 refused post at" in home_text(after)
    assert "None: every owed post went out" in home_text(after)
    later(world, hours=1)
    deliver_job(world.cms.deps)
    assert len(world.standin.messages_in(CONTROLLERS_CHANNEL)) == 1


def test_only_an_admin_may_retry_refused_posts(world: World) -> None:
    arrange(world)
    world.standin.fail("chat.postMessage", error="is_archived")
    deliver_due(world.cms.deps, now=world.clock())
    world.slack.block_action("UREP", ids.PROBLEMS_RETRY)
    world.standin.wait_for("response_url", lambda c: "Only admins" in c.args["text"])
    assert row(world, "claim:1:post").dead_reason == "is_archived"  # still dead


def test_a_message_slack_refuses_as_malformed_is_dead_and_blamed_on_the_bot(world: World) -> None:
    claim_id = arrange(world)
    world.standin.fail("chat.postMessage", error="invalid_blocks")

    assert deliver_due(world.cms.deps, now=world.clock()).dead == [f"claim:{claim_id}:post"]

    world.slack.app_home_opened("UADA")
    text = home_text(world.standin.wait_for("views.publish", {"user_id": "UADA"}).args["view"])
    assert "`invalid_blocks`" in text and "a fault in the bot" in text


def test_a_token_error_is_not_dead_it_stays_owed_and_backs_off(world: World) -> None:
    """``invalid_auth`` blocks every post alike: fixed by the operator, then all go out."""
    claim_id = arrange(world)
    world.standin.fail("chat.postMessage", error="invalid_auth")

    assert deliver_due(world.cms.deps, now=world.clock()).failed == [f"claim:{claim_id}:post"]
    assert row(world, f"claim:{claim_id}:post").dead_at is None
    later(world, minutes=1)
    assert deliver_job(world.cms.deps).sent == [f"claim:{claim_id}:post"]

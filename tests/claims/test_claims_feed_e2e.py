"""The custodian's feed and the morning digest, end to end.

``cmsbot import activity`` through the real entry point matches pending claims
and the controllers' message is updated in place; the digest job owes one post
a day that the outbox delivers.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.claims.digest import digest_job
from bot.cli import main
from bot.delivery.outbox import deliver_job
from handlers import ids
from storage.models import AccountActivity, Claim
from tests.claims_cast import make_cast, raise_claim
from tests.world import CONTROLLERS_CHANNEL, World

HEADER = "account,date,amount,currency,type,reference\n"


def import_activity(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: str, name: str
) -> int:
    path = tmp_path / name
    path.write_text(HEADER + lines, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("DATABASE_URL", world.settings.database_url)
    return main(["import", "activity", str(path)])


def catch_up_with_the_cli(world: World) -> None:
    """The CLI runs on the system clock: move the bot's clock past what it just wrote."""
    world.clock.set(max(world.clock(), datetime.now(UTC)) + timedelta(minutes=1))


def message_text(world: World) -> str:
    [message] = world.standin.messages_in(CONTROLLERS_CHANNEL)
    return json.dumps(message.blocks, ensure_ascii=False)


def activity_count(world: World) -> int:
    with world.db() as session:
        return session.scalar(select(func.count()).select_from(AccountActivity)) or 0


def test_imported_activity_is_matched_into_the_message_and_proves_the_claim(
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with world.db() as session:
        cast = make_cast(session)
        claim_id = raise_claim(session, rep=cast.rep, client=cast.client, now=world.clock()).id
    deliver_job(world.cms.deps)
    assert "No matching account activity" in message_text(world)

    feed = (
        "ACC-2,2026-11-19,2500000.00,USD,deposit,TX-900\n"
        "ACC-9,2026-11-19,2500000.00,USD,deposit,TX-901\n"
        "ACC-1,2026-11-20,12.00,USD,fee,TX-902\n"
    )
    assert import_activity(world, tmp_path, monkeypatch, feed, "feed.csv") == 0
    catch_up_with_the_cli(world)
    report = deliver_job(world.cms.deps)

    assert [key.split(":match:")[0] for key in report.sent] == [f"claim:{claim_id}"]
    text = message_text(world)
    assert "TX-900" in text and "TX-901" not in text and "TX-902" not in text
    assert "another of the client's accounts" in text

    # Re-importing the same file adds nothing and owes no refresh.
    assert import_activity(world, tmp_path, monkeypatch, feed, "feed.csv") == 0
    assert "0 created" in capsys.readouterr().out.splitlines()[-1]
    catch_up_with_the_cli(world)
    assert deliver_job(world.cms.deps).sent == []

    # The controller approves with the suggestion pre-filled.
    world.slack.block_action("UCTL1", ids.CLAIM_APPROVE, value=str(claim_id), message={})
    view = world.standin.wait_for("views.open").response["view"]
    world.slack.view_submission("UCTL1", view)
    world.standin.wait_for("chat.update", count=2)
    with world.db() as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None and (claim.status, claim.evidence_reference) == (
            "verified",
            "TX-900",
        )


def test_a_bad_activity_file_imports_nothing_and_names_the_lines(
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = "ACC-1,2026-11-19,2500000.00,USD,deposit,TX-1\n"
    assert import_activity(world, tmp_path, monkeypatch, good, "good.csv") == 0
    bad = (
        "ACC-1,2026-11-19,2500000.00,USD,deposit,TX-2\n"
        "ACC-1,19/11/2026,ten,USD,deposit,TX-3\n"
        "ACC-1,2026-11-19,999.00,USD,deposit,TX-1\n"
    )
    capsys.readouterr()

    assert import_activity(world, tmp_path, monkeypatch, bad, "bad.csv") == 1

    errors = capsys.readouterr().err
    assert "3" in errors and "4" in errors and "Nothing was imported" in errors
    assert activity_count(world) == 1  # all or nothing


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_morning_digest_lists_old_pending_claims_once_a_day(world: World) -> None:
    world.clock.set(at(2026, 11, 9, 10))  # a Monday
    with world.db() as session:
        cast = make_cast(session)
        old_id = raise_claim(session, rep=cast.rep, client=cast.client, now=world.clock()).id
    world.clock.set(at(2026, 11, 18, 10))
    with world.db() as session:
        raise_claim(session, rep=cast.rep, client=cast.client, now=world.clock())
    deliver_job(world.cms.deps)
    world.standin.clear()

    world.clock.set(at(2026, 11, 20, 8, 55))  # Friday, before CMS_NUDGE_HOUR (9)
    assert digest_job(world.cms.deps) is None
    world.clock.set(at(2026, 11, 20, 9, 5))
    assert digest_job(world.cms.deps) is not None
    assert deliver_job(world.cms.deps).sent == ["digest:claims:2026-11-20"]
    world.clock.set(at(2026, 11, 20, 9, 20))
    digest_job(world.cms.deps)
    assert deliver_job(world.cms.deps).sent == []

    [post] = world.standin.calls_to("chat.postMessage")
    assert post.args["channel"] == CONTROLLERS_CHANNEL
    text = json.dumps(post.args["blocks"], ensure_ascii=False)
    assert "1 claim pending more than 3 working days" in text
    assert f"#{old_id} deposit USD 2,500,000.00" in text and "9 working days" in text

"""Signed checkpoints outside the database catch what the keyed chain alone cannot.

Through the command line (``cmsbot audit keygen | checkpoint | verify --db``)
on a fresh database of each backend whose commits are real. The attacker here
has the chain key and switches the triggers off: they rewrite and re-hash,
or erase the newest contact with its events and move the head back — the
chain verifies, the checkpoints do not. Posting and reading back go through
the Slack stand-in over HTTP: ``chat.postMessage`` with message metadata
(https://docs.slack.dev/messaging/message-metadata) and
``conversations.history`` with ``include_all_metadata``, paged by cursor at
15 a page and one call a minute, as Slack has it for apps outside the
Marketplace (https://docs.slack.dev/changelog/2025/05/29/rate-limit-changes-for-non-marketplace-apps).
"""

from __future__ import annotations

import base64
import json
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from bot.app import build_deps
from bot.audit import checkpoints as audit_checkpoints
from bot.audit.checkpoints import checkpoint_job, load_signing_key, public_text
from bot.cli import main
from bot.clock import FixedClock
from bot.settings import Settings
from standin import SlackStandIn
from storage.models import AuditCheckpoint, AuditEvent, AuditSeal, Client, Rep
from tests.audit.test_audit import chain_key, make_trail  # noqa: F401  (chain_key: autouse fixture)
from tests.audit_tampering import (
    allow_tampering,
    delete_at,
    inflate_with_the_key,
    move_head,
    positions,
)
from tests.claims_cast import reject
from tests.factories import log_for, make_rep

CHANNEL = "CAUDIT"


@pytest.fixture
def cli(
    engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[CommandLine]:
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name in ("CMS_AUDIT_SIGNING_KEY", "CMS_AUDIT_CHANNEL", "SLACK_BOT_TOKEN", "SLACK_API_URL"):
        monkeypatch.delenv(name, raising=False)
    yield CommandLine(engine, tmp_path, monkeypatch, capsys)


class CommandLine:
    def __init__(
        self,
        engine: Engine,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        self.engine, self.tmp_path, self.monkeypatch, self.capsys = (
            engine,
            tmp_path,
            monkeypatch,
            capsys,
        )
        self.url = engine.url.render_as_string(hide_password=False)
        self.out = self.err = ""

    def run(self, *args: str, db: bool = True) -> int:
        self.capsys.readouterr()
        code = main([*args, *(["--db", self.url] if db else [])])
        captured = self.capsys.readouterr()
        self.out, self.err = captured.out, captured.err
        return code

    def signing_key(self) -> Path:
        path = self.tmp_path / "signing.pem"
        assert self.run("audit", "keygen", "--out", str(path), db=False) == 0
        self.monkeypatch.setenv("CMS_AUDIT_SIGNING_KEY", str(path))
        return path

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)


def test_keygen_writes_a_private_pem_readable_by_its_owner_only_and_prints_the_public_key(
    cli: CommandLine,
) -> None:
    path = cli.signing_key()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    key = serialization.load_pem_private_key(path.read_bytes(), None)
    assert isinstance(key, Ed25519PrivateKey)
    assert f"public key: {public_text(key.public_key())}" in cli.out
    assert cli.run("audit", "keygen", "--out", str(path), db=False) == 1
    assert "never overwritten" in cli.err
    assert load_signing_key(path).public_key() == key.public_key()


def test_checkpoint_needs_a_key_and_somewhere_to_go(cli: CommandLine) -> None:
    assert cli.run("audit", "checkpoint") == 1
    assert "CMS_AUDIT_SIGNING_KEY is not set" in cli.err
    cli.signing_key()
    assert cli.run("audit", "checkpoint") == 1
    assert "set CMS_AUDIT_CHANNEL or pass --file" in cli.err


def test_checkpoint_in_a_file_agrees_with_an_intact_chain(cli: CommandLine, now: datetime) -> None:
    cli.signing_key()
    with cli.session() as session, session.begin():
        trail = make_trail(session, now)
    file = cli.tmp_path / "checkpoints.jsonl"
    assert cli.run("audit", "checkpoint", "--file", str(file)) == 0
    [line] = file.read_text().splitlines()
    written = json.loads(line)
    assert (written["seq"], written["count"]) == (trail.at(4), trail.at(4))
    assert cli.run("audit", "verify", "--checkpoints", str(file)) == 0
    assert "checkpoints: 1 of 1 read agree with the chain" in cli.out
    assert "audit trail verified" in cli.out


def test_chain_rewritten_and_rehashed_with_the_key_is_caught_only_against_a_checkpoint(
    cli: CommandLine,
    now: datetime,
    chain_key: bytes,  # noqa: F811
) -> None:
    """A claim multiplied by ten in its row and its event, MAC and chain recomputed."""
    cli.signing_key()
    with cli.session() as session, session.begin():
        trail = make_trail(session, now)
    file = cli.tmp_path / "checkpoints.jsonl"
    assert cli.run("audit", "checkpoint", "--file", str(file)) == 0
    with cli.session() as session, session.begin():
        allow_tampering(session)
        inflate_with_the_key(session, trail.claim, trail.at(3), chain_key)
    assert cli.run("audit", "verify") == 0  # the chain alone cannot tell
    assert cli.run("audit", "verify", "--checkpoints", str(file)) == 4
    assert f"event #{trail.at(4)}'s hash differs from the checkpoint signed at" in cli.err
    assert "audit trail verified" not in cli.out


def test_newest_contact_erased_with_its_events_is_caught_against_a_checkpoint(
    cli: CommandLine, now: datetime
) -> None:
    cli.signing_key()
    with cli.session() as session, session.begin():
        trail = make_trail(session, now)
        rep = session.get(Rep, trail.first.rep_id)
        assert rep is not None
        an_hour_ago = now - timedelta(hours=1)
        newest = log_for(
            session,
            rep,
            trail.first.client_id,
            at=an_hour_ago,
            now=now,
            channel="email",
            notes="the newest",
        ).interaction
    file = cli.tmp_path / "checkpoints.jsonl"
    assert cli.run("audit", "checkpoint", "--file", str(file)) == 0
    with cli.session() as session, session.begin():
        allow_tampering(session)
        last = positions(session)[-1]
        delete_at(session, last)
        move_head(session, last - 1)
        session.execute(text("DELETE FROM interactions WHERE id = :id"), {"id": newest.id})
    assert cli.run("audit", "verify") == 0  # the chain alone cannot tell
    assert cli.run("audit", "verify", "--checkpoints", str(file)) == 4
    assert f"the chain ends at event #{last - 1}, but the checkpoint signed at " in cli.err
    assert f"vouches for event #{last}: events were removed" in cli.err


def test_a_badly_signed_checkpoint_is_reported_apart(cli: CommandLine, now: datetime) -> None:
    key_file = cli.signing_key()
    with cli.session() as session, session.begin():
        make_trail(session, now)
    file = cli.tmp_path / "checkpoints.jsonl"
    assert cli.run("audit", "checkpoint", "--file", str(file)) == 0
    good = json.loads(file.read_text())
    altered = {**good, "count": good["count"] + 1}
    other_key = Ed25519PrivateKey.generate()
    stranger = audit_checkpoints.Checkpoint.from_payload(good)
    foreign = {
        **good,
        "key_id": audit_checkpoints.key_id(other_key.public_key()),
        "signature": base64.b64encode(other_key.sign(stranger.signed_bytes())).decode(),
    }
    bad = cli.tmp_path / "bad.jsonl"
    bad.write_text("\n".join(json.dumps(c) for c in (altered, foreign)) + "\n")
    assert cli.run("audit", "verify", "--checkpoints", str(file), str(bad)) == 8
    assert f"{bad}:1: the signature of the checkpoint for event #{good['seq']} is bad" in cli.err
    assert f"{bad}:2: signed by another key" in cli.err
    assert "checkpoints: 1 of 3 read agree with the chain" in cli.out
    assert key_file.exists()


def test_unreadable_checkpoints_and_a_missing_public_key_say_so(
    cli: CommandLine, now: datetime
) -> None:
    cli.signing_key()
    file = cli.tmp_path / "checkpoints.jsonl"
    assert cli.run("audit", "checkpoint", "--file", str(file)) == 0
    assert cli.run("audit", "verify", "--checkpoints", str(cli.tmp_path / "nope.jsonl")) == 16
    assert "nope.jsonl" in cli.err
    cli.monkeypatch.delenv("CMS_AUDIT_SIGNING_KEY")
    assert cli.run("audit", "verify", "--checkpoints", str(file)) == 16
    assert "no public key to check signatures with" in cli.err


def test_checkpoints_posted_to_the_channel_are_read_back_page_by_page_within_slacks_limits(
    cli: CommandLine, now: datetime
) -> None:
    """Sixteen checkpoints: two pages of history, the second one a minute after the first."""
    with SlackStandIn(post_limit=None, non_marketplace_history=True) as slack:
        slack.add_channel(CHANNEL, "compliance", members=["UBOT"])
        cli.monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)
        cli.monkeypatch.setenv("SLACK_API_URL", slack.api_url)
        cli.monkeypatch.setenv("CMS_AUDIT_CHANNEL", CHANNEL)
        cli.signing_key()
        for number in range(16):
            with cli.session() as session, session.begin():
                make_rep(session, f"UCP{number:02d}")
            assert cli.run("audit", "checkpoint") == 0
        posts = slack.calls_to("chat.postMessage")
        assert len(posts) == 16
        assert posts[-1].args["metadata"]["event_type"] == audit_checkpoints.EVENT_TYPE
        assert "Audit checkpoint: the chain held 16 events" in posts[-1].args["text"]
        waited: list[float] = []

        def wait(seconds: float) -> None:
            waited.append(seconds)
            slack.advance(seconds)

        cli.monkeypatch.setattr(audit_checkpoints, "_pause", wait)
        slack.expect_refusal("conversations.history", "ratelimited", count=1)
        assert cli.run("audit", "verify") == 0
        assert "checkpoints: 16 of 16 read agree with the chain" in cli.out
        reads = [c for c in slack.calls_to("conversations.history") if c.ok]
        assert [str(c.args.get("limit")) for c in reads] == ["15", "15"]
        assert reads[1].args["cursor"] and waited and waited[0] >= 1
        with cli.session() as session:
            stored = session.scalars(select(AuditCheckpoint.message_ts)).all()
            assert len(stored) == 16 and all(stored)


def test_a_chain_cut_after_posting_is_caught_against_the_channel(
    cli: CommandLine, now: datetime
) -> None:
    with SlackStandIn(post_limit=None) as slack:
        slack.add_channel(CHANNEL, "compliance", members=["UBOT"])
        cli.monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)
        cli.monkeypatch.setenv("SLACK_API_URL", slack.api_url)
        cli.monkeypatch.setenv("CMS_AUDIT_CHANNEL", CHANNEL)
        cli.signing_key()
        with cli.session() as session, session.begin():
            trail = make_trail(session, now)
        assert cli.run("audit", "checkpoint") == 0
        with cli.session() as session, session.begin():
            allow_tampering(session)
            delete_at(session, trail.at(4))
            move_head(session, trail.at(3))
            session.execute(
                text("UPDATE interactions SET notes = 'called about the trust' WHERE id = :id"),
                {"id": trail.first.id},
            )
        assert cli.run("audit", "verify") == 4
        assert f"channel {CHANNEL} message" in cli.err


def test_the_scheduler_checkpoints_daily_and_after_each_batch_of_decisions(
    engine: Engine, tmp_path: Path, now: datetime
) -> None:
    key_file = tmp_path / "signing.pem"
    audit_checkpoints.keygen(key_file)
    with SlackStandIn(post_limit=None) as slack:
        slack.add_channel(CHANNEL, "compliance", members=["UBOT"])
        settings = Settings(
            bot_token=slack.token,
            api_url=slack.api_url,
            database_url=str(engine.url),
            audit_signing_key=str(key_file),
            audit_channel=CHANNEL,
        )
        clock = FixedClock(now)
        deps = build_deps(settings, clock=clock, engine=engine)

        def posted() -> int:
            return len(slack.calls_to("chat.postMessage", include_failed=False))

        with deps.sessions.begin() as session:
            trail = make_trail(session, now)
            controller_id = make_rep(session, roles=("controller",)).id
        checkpoint_job(deps)
        assert posted() == 1
        clock.set(clock() + timedelta(hours=1))
        checkpoint_job(deps)
        assert posted() == 1  # nothing decided, not a day yet
        with deps.sessions.begin() as session:
            controller = session.get(Rep, controller_id)
            assert controller is not None
            reject(session, controller, trail.claim.id, clock(), "no such deposit")
        checkpoint_job(deps)
        assert posted() == 2  # after the batch of decisions
        clock.set(clock() + timedelta(hours=23))
        checkpoint_job(deps)
        assert posted() == 2
        clock.set(clock() + timedelta(hours=1, minutes=1))
        checkpoint_job(deps)
        assert posted() == 3  # a day since the last one
        with deps.sessions.begin() as session:
            sealed = session.scalar(select(func.count()).select_from(AuditSeal))
            events = session.scalar(select(func.count()).select_from(AuditEvent))
            assert sealed == events
            assert session.scalar(select(func.count()).select_from(Client)) == 1

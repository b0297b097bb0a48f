"""``manifest.yml`` and the code agree: what Slack will send, the bot listens for."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import yaml
from slack_bolt import BoltRequest, BoltResponse

from bot.app import CmsApp, build_app
from bot.settings import Settings
from handlers import ids
from handlers.commands.cms import help_text
from tests.databases import TemplateDatabases, engine_for

MANIFEST = Path(__file__).resolve().parents[2] / "manifest.yml"

# What the features need, and nothing more; a new scope is a deliberate edit here.
BOT_SCOPES = {
    "commands",
    "chat:write",
    "im:write",
    "users:read",
    "files:write",
    # "Add to client file": files.info and the file's url_private (read with the bot token)
    "files:read",
    # the outbox reads back its own posts after a lost answer, so nothing is posted twice
    "channels:history",
    "groups:history",
    "im:history",
    # cmsbot doctor reads the controllers' channel (exists, archived, the bot a member)
    "channels:read",
    "groups:read",
}


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    loaded = yaml.safe_load(MANIFEST.read_text())
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture
def cms(databases: TemplateDatabases) -> Iterator[CmsApp]:
    with engine_for(databases.sqlite_url()) as engine:
        settings = Settings(
            bot_token="xoxb-test", signing_secret="secret", database_url=str(engine.url)
        )
        yield build_app(settings, mode="http", engine=engine)


def slash_commands(manifest: dict[str, Any]) -> list[str]:
    return [row["command"] for row in manifest["features"]["slash_commands"]]


def listens_for(cms: CmsApp, request: BoltRequest) -> bool:
    """Whether any registered listener would take ``request`` (what Bolt's router asks)."""
    response = BoltResponse(status=404)
    return any(listener.matches(req=request, resp=response) for listener in cms.bolt._listeners)


def form_request(fields: dict[str, str]) -> BoltRequest:
    return BoltRequest(
        body=urlencode(fields),
        headers={"content-type": ["application/x-www-form-urlencoded"]},
    )


def command_request(command: str) -> BoltRequest:
    return form_request(
        {
            "command": command,
            "text": "",
            "user_id": "U0REP",
            "team_id": "T0001",
            "channel_id": "C0CHAN",
            "trigger_id": "1.2.3",
            "response_url": "http://127.0.0.1:9/response/1",
        }
    )


def test_manifest_names_the_three_slash_commands(manifest: dict[str, Any]) -> None:
    assert sorted(slash_commands(manifest)) == ["/client", "/cms", "/logcontact"]
    for row in manifest["features"]["slash_commands"]:
        assert row["description"], row
        # The bot reads the raw text (names, dates, notes): Slack must not rewrite it.
        assert row["should_escape"] is False


def test_manifest_asks_only_for_the_scopes_the_features_need(manifest: dict[str, Any]) -> None:
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == BOT_SCOPES
    assert "user" not in manifest["oauth_config"]["scopes"]


def test_manifest_turns_on_socket_mode_interactivity_and_the_home_tab(
    manifest: dict[str, Any],
) -> None:
    settings = manifest["settings"]
    assert settings["socket_mode_enabled"] is True
    assert settings["interactivity"]["is_enabled"] is True
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert "app_home_opened" in settings["event_subscriptions"]["bot_events"]
    assert manifest["display_information"]["name"]
    assert manifest["features"]["bot_user"]["display_name"]


def test_manifest_shortcuts_use_the_code_callback_ids(manifest: dict[str, Any]) -> None:
    shortcuts = manifest["features"]["shortcuts"]
    assert [(s["name"], s["type"], s["callback_id"]) for s in shortcuts] == [
        ("Log as client contact", "message", ids.SHORTCUT_LOG_MESSAGE),
        ("Add to client file", "message", ids.SHORTCUT_ADD_TO_FILE),
    ]


@pytest.mark.parametrize("command", ["/logcontact", "/client", "/cms"])
def test_every_manifest_slash_command_is_registered(
    manifest: dict[str, Any], cms: CmsApp, command: str
) -> None:
    assert command in slash_commands(manifest)
    assert listens_for(cms, command_request(command)), f"no listener for {command}"


def test_an_unknown_slash_command_is_not_taken(cms: CmsApp) -> None:
    # Guards the check above against a listener that matches everything.
    assert not listens_for(cms, command_request("/not-ours"))


@pytest.mark.parametrize("command", ["/logcontact", "/client", "/cms"])
def test_every_manifest_slash_command_has_a_help_line(
    manifest: dict[str, Any], cms: CmsApp, command: str
) -> None:
    assert command in slash_commands(manifest)
    lines = help_text().splitlines()
    assert any(line.startswith(f"• `{command}") for line in lines), help_text()


@pytest.mark.parametrize("position", [0, 1])
def test_each_message_shortcut_is_registered(
    manifest: dict[str, Any], cms: CmsApp, position: int
) -> None:
    shortcut = manifest["features"]["shortcuts"][position]
    payload = {
        "type": "message_action",
        "callback_id": shortcut["callback_id"],
        "trigger_id": "1.2.3",
        "user": {"id": "U0REP"},
        "team": {"id": "T0001"},
        "channel": {"id": "C0CHAN"},
        "message": {"type": "message", "text": "hello", "ts": "1.000001", "user": "U0REP"},
        "response_url": "http://127.0.0.1:9/response/1",
    }
    assert listens_for(cms, form_request({"payload": json.dumps(payload)}))
    payload["callback_id"] = "not_ours"
    assert not listens_for(cms, form_request({"payload": json.dumps(payload)}))


def test_every_manifest_event_is_registered(manifest: dict[str, Any], cms: CmsApp) -> None:
    for event in manifest["settings"]["event_subscriptions"]["bot_events"]:
        body = {
            "type": "event_callback",
            "team_id": "T0001",
            "api_app_id": "A0001",
            "event": {"type": event, "user": "U0REP", "tab": "home", "channel": "D0001"},
            "event_id": "Ev0001",
            "event_time": 1,
        }
        request = BoltRequest(body=json.dumps(body), headers={"content-type": ["application/json"]})
        assert listens_for(cms, request), f"no listener for event {event}"

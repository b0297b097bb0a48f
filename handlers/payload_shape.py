"""What a signed payload must hold before Bolt or a listener reads it.

Slack documents each payload ("Reference: interaction payloads", "Slash
commands", "Events API"): a click has a ``user`` object with an ``id`` and a
non-empty ``actions`` list, a submission a ``view`` with an ``id`` and a
``callback_id``, a slash command its ``user_id``, ``trigger_id`` and
``response_url``, and so on. Bolt's request parsing and our listeners index
those fields directly, so a payload that lacks one, or holds a number where
Slack sends text, would end in an exception (a 500 and a traceback). It is
refused here instead with the reason, which the WSGI layer answers as 400.

Only the fields something reads are checked, and only for their type; what
a value means (is this a claim id?) stays the listener's business.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

MAX_DEPTH = 40  # Block Kit nests a dozen levels at most (rich text in a message in a payload)

# Typed if present, in every payload: what Bolt's context extraction and our listeners read.
_TEXT = (
    "type", "token", "api_app_id", "trigger_id", "response_url", "callback_id", "action_id",
    "block_id", "value", "team_id", "enterprise_id", "user_id", "channel_id", "thread_ts",
    "event_id", "challenge", "function_execution_id", "bot_access_token", "message_ts",
    "action_ts", "context_team_id", "context_enterprise_id", "command", "text",
)  # fmt: skip
_OBJECTS = (
    "view", "container", "message", "previous_message", "state", "event", "item",
    "assistant_thread", "function_data",
)  # fmt: skip
_OBJECT_OR_ID = ("team", "enterprise", "user", "channel")
_FLAGS = ("is_enterprise_install", "is_ext_shared_channel")
_LISTS_OF_OBJECTS = ("actions", "authorizations", "response_urls")

_ACTION_TEXT = (
    "action_id", "block_id", "type", "value", "selected_date", "selected_time", "action_ts",
    "selected_user", "selected_channel", "selected_conversation", "initial_option",
)  # fmt: skip
_STATE_TEXT = (
    "type", "value", "selected_date", "selected_time", "selected_user", "selected_channel",
    "selected_conversation", "timezone",
)  # fmt: skip
_STATE_LISTS = ("selected_users", "selected_channels", "selected_conversations")


class Malformed(ValueError):
    """A signed payload that is not the shape Slack sends; the message says what is wrong."""


def check(body: object) -> None:
    """Raises ``Malformed`` unless ``body`` has the fields its kind of payload must have."""
    if not isinstance(body, dict):
        raise Malformed("the payload is not a JSON object")
    _check_depth(body)
    _common(body, "payload")
    if "command" in body and "type" not in body:
        _slash_command(body)
        return
    kind = body.get("type")
    if kind is None:
        if "ssl_check" in body:  # Slack's SSL check of the request URL (Bolt answers it)
            return
        raise Malformed("the payload is neither a slash command nor has a type")
    if kind in _LEGACY:
        raise Malformed(f"{kind} payloads are for features this app does not use")
    required = _REQUIRED.get(kind)
    if required is not None:
        required(body)


# -- kinds --------------------------------------------------------------------------------


def _slash_command(body: dict[str, Any]) -> None:
    for key in ("command", "user_id", "channel_id", "trigger_id", "response_url"):
        _need_text(body, key, "command")
    if not body["command"].startswith("/"):
        raise Malformed("command does not start with /")
    _need_url(body["response_url"], "command.response_url")


def _interactive(body: dict[str, Any]) -> None:
    user = body.get("user")
    if not isinstance(user, dict):
        raise Malformed(f"{body['type']} has no user object")
    _need_text(user, "id", "user")
    if body.get("response_url") is not None:
        _need_url(body["response_url"], "response_url")
    for position, entry in enumerate(body.get("response_urls") or []):
        _need_text(entry, "response_url", f"response_urls[{position}]")
        _need_url(entry["response_url"], f"response_urls[{position}].response_url")


def _block_actions(body: dict[str, Any]) -> None:
    _interactive(body)
    _need_text(body, "trigger_id", "block_actions")
    actions = body.get("actions")
    if not actions:
        raise Malformed("block_actions has no actions")
    for position, action in enumerate(actions):
        where = f"actions[{position}]"
        _need_text(action, "action_id", where)
        _texts(action, _ACTION_TEXT, where)
        _option(action.get("selected_option"), f"{where}.selected_option")
        _options(action.get("selected_options"), f"{where}.selected_options")


def _view_payload(body: dict[str, Any]) -> None:
    _interactive(body)
    view = body.get("view")
    if not isinstance(view, dict):
        raise Malformed(f"{body['type']} has no view object")
    _need_text(view, "id", "view")
    _need_text(view, "callback_id", "view")
    _need_text(view, "type", "view")  # Bolt reads it on every submission (workflow steps)


def _shortcut(body: dict[str, Any]) -> None:
    _interactive(body)
    _need_text(body, "callback_id", body["type"])
    _need_text(body, "trigger_id", body["type"])


def _message_action(body: dict[str, Any]) -> None:
    _shortcut(body)
    _need_text(body, "response_url", "message_action")
    if not isinstance(body.get("message"), dict):
        raise Malformed("message_action has no message object")
    channel = body.get("channel")
    if not isinstance(channel, dict):
        raise Malformed("message_action has no channel object")
    _need_text(channel, "id", "channel")


def _block_suggestion(body: dict[str, Any]) -> None:
    _interactive(body)
    _need_text(body, "action_id", "block_suggestion")


def _event_callback(body: dict[str, Any]) -> None:
    event = body.get("event")
    if not isinstance(event, dict):
        raise Malformed("event_callback has no event object")
    _need_text(event, "type", "event")
    if event["type"] == "app_home_opened":
        _need_text(event, "user", "event")


def _url_verification(body: dict[str, Any]) -> None:
    _need_text(body, "challenge", "url_verification")


# Attachments, dialogs and workflow steps from apps: Bolt indexes their fields
# unchecked, and this app sends none of the messages that would produce them.
_LEGACY = frozenset(
    {
        "interactive_message",
        "dialog_submission",
        "dialog_cancellation",
        "dialog_suggestion",
        "workflow_step_edit",
    }
)
_REQUIRED = {
    "block_actions": _block_actions,
    "view_submission": _view_payload,
    "view_closed": _view_payload,
    "shortcut": _shortcut,
    "message_action": _message_action,
    "block_suggestion": _block_suggestion,
    "event_callback": _event_callback,
    "url_verification": _url_verification,
}


# -- fields every payload may have ---------------------------------------------------------


def _common(body: dict[str, Any], where: str) -> None:
    _texts(body, _TEXT, where)
    for key in _OBJECTS:
        # Present means an object: listeners read these as ``body.get(key, {})``.
        if key in body and not isinstance(body[key], dict):
            raise Malformed(f"{where}.{key} is not an object")
    for key in _OBJECT_OR_ID:
        value = body.get(key)
        if isinstance(value, dict):
            _texts(value, ("id", "team_id", "name", "username"), f"{where}.{key}")
        elif value is not None and not isinstance(value, str):
            raise Malformed(f"{where}.{key} is neither an object nor an id")
    for key in _FLAGS:
        if body.get(key) is not None and not isinstance(body[key], bool | str):
            raise Malformed(f"{where}.{key} is not true or false")
    for key in _LISTS_OF_OBJECTS:
        value = body.get(key)
        if value is not None and (
            not isinstance(value, list) or not all(isinstance(item, dict) for item in value)
        ):
            raise Malformed(f"{where}.{key} is not a list of objects")
    for entry in body.get("authorizations") or []:
        _texts(entry, ("team_id", "enterprise_id", "user_id"), f"{where}.authorizations")
    if isinstance(body.get("view"), dict):
        _view(body["view"], f"{where}.view")
    if isinstance(body.get("state"), dict):
        _state(body["state"], f"{where}.state")
    if isinstance(body.get("message"), dict):
        _message(body["message"], f"{where}.message")
    if isinstance(body.get("container"), dict):
        _texts(body["container"], ("type", "message_ts", "channel_id", "view_id"), where)
    if isinstance(body.get("event"), dict) and where == "payload":
        _common(body["event"], f"{where}.event")


def _view(view: dict[str, Any], where: str) -> None:
    _texts(
        view,
        (
            "id", "callback_id", "private_metadata", "hash", "team_id", "type",
            "app_installed_team_id", "root_view_id", "previous_view_id", "external_id",
        ),
        where,
    )  # fmt: skip
    _blocks(view.get("blocks"), f"{where}.blocks")
    if "state" in view:
        if not isinstance(view["state"], dict):
            raise Malformed(f"{where}.state is not an object")
        _state(view["state"], f"{where}.state")


def _state(state: dict[str, Any], where: str) -> None:
    if "values" not in state:
        return
    values = state["values"]
    if not isinstance(values, dict):
        raise Malformed(f"{where}.values is not an object")
    for block_id, block in values.items():
        if not isinstance(block, dict):
            raise Malformed(f"{where}.values.{block_id} is not an object")
        for action_id, entry in block.items():
            at = f"{where}.values.{block_id}.{action_id}"
            if not isinstance(entry, dict):
                raise Malformed(f"{at} is not an object")
            _texts(entry, _STATE_TEXT, at)
            _option(entry.get("selected_option"), f"{at}.selected_option")
            _options(entry.get("selected_options"), f"{at}.selected_options")
            for key in _STATE_LISTS:
                items = entry.get(key)
                if items is not None and (
                    not isinstance(items, list) or not all(isinstance(i, str) for i in items)
                ):
                    raise Malformed(f"{at}.{key} is not a list of ids")


def _message(message: dict[str, Any], where: str) -> None:
    _texts(message, ("text", "ts", "type", "user", "thread_ts", "bot_id"), where)
    _blocks(message.get("blocks"), f"{where}.blocks")


def _blocks(blocks: object, where: str) -> None:
    if blocks is None:
        return
    if not isinstance(blocks, list) or not all(isinstance(block, dict) for block in blocks):
        raise Malformed(f"{where} is not a list of objects")
    for block in blocks:
        _texts(block, ("type", "block_id"), where)


def _option(option: object, where: str) -> None:
    if option is None:
        return
    if not isinstance(option, dict):
        raise Malformed(f"{where} is not an object")
    _texts(option, ("value",), where)
    if option.get("text") is not None and not isinstance(option["text"], dict):
        raise Malformed(f"{where}.text is not an object")


def _options(options: object, where: str) -> None:
    if options is None:
        return
    if not isinstance(options, list):
        raise Malformed(f"{where} is not a list")
    for option in options:
        if not isinstance(option, dict):
            raise Malformed(f"{where} holds something that is not an option")
        _option(option, where)


# -- small checks -------------------------------------------------------------------------


def _texts(obj: dict[str, Any], keys: tuple[str, ...], where: str) -> None:
    for key in keys:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise Malformed(f"{where}.{key} is not text")


def _need_text(obj: dict[str, Any], key: str, where: str) -> None:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise Malformed(f"{where} has no {key}")


def _need_url(value: str, where: str) -> None:
    try:
        parts = urlsplit(value)
    except ValueError:
        raise Malformed(f"{where} is not a URL") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise Malformed(f"{where} is not an http(s) URL")


def _check_depth(body: dict[str, Any]) -> None:
    """Refuse absurd nesting before anything recurses into it."""
    level: list[object] = [body]
    for _ in range(MAX_DEPTH):
        deeper: list[object] = []
        for node in level:
            if isinstance(node, dict):
                deeper.extend(node.values())
            elif isinstance(node, list):
                deeper.extend(node)
        if not deeper:
            return
        level = deeper
    raise Malformed(f"the payload nests more than {MAX_DEPTH} levels")

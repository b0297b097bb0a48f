"""What Slack does with the bot's HTTP answer to an interaction, checked as Slack checks it.

The stand-in sees the bot's Web API calls; an answer in the acknowledgement
(a modal's ``response_action``, an external select's options, a slash
command's immediate reply) goes back to the sender instead, and Slack
refuses bad ones just the same: the user sees "We had some trouble
connecting" in the modal, an empty menu, or the command failing. The sender
hands each answer to ``check``; a problem is recorded on the stand-in as a
refused call named ``ack:<payload type>`` so an undeclared one fails the test
(``refusals.py``).

- ``response_action: errors``: an object whose keys are ``block_id``s of the
  view's input blocks and whose values are the messages shown under them
  (https://docs.slack.dev/surfaces/modals, "Displaying errors in views"); a key
  naming no input block of the submitted view shows nothing, so the user sees no reason.
- ``response_action: update`` / ``push``: a view, held to the same limits as
  ``views.update`` / ``views.push`` (https://docs.slack.dev/surfaces/modals#updating_response).
- an options load: "an ``options`` array or an ``option_groups`` array" of at most
  100 option objects whose text is ``plain_text`` of 75 characters
  (https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element#external_select;
  https://docs.slack.dev/reference/block-kit/composition-objects/option-object).
- a slash command's immediate reply: a message, so its blocks and text as
  ``chat.postMessage``'s (https://docs.slack.dev/interactivity/implementing-slash-commands,
  "Responding to the command").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from standin.limits import _error, _options, check_blocks, check_view

__all__ = ["check"]


def _view_submission(payload: Mapping[str, Any], body: Mapping[str, Any]) -> list[str]:
    action = body.get("response_action")
    if action is None:
        return []
    if action == "errors":
        errors = body.get("errors")
        if not isinstance(errors, dict) or not errors:
            return [_error("errors must be a non-empty object", "/errors")]
        blocks = (payload.get("view") or {}).get("blocks") or []
        inputs = {
            b.get("block_id") for b in blocks if isinstance(b, dict) and b.get("type") == "input"
        }
        problems = []
        for block_id, message in errors.items():
            if block_id not in inputs:
                problems.append(_error(f"no input block {block_id!r} in the view", "/errors"))
            if not isinstance(message, str) or not message:
                problems.append(_error("must be a non-empty string", f"/errors/{block_id}"))
        return problems
    if action in ("update", "push"):
        view = body.get("view")
        if not isinstance(view, dict):
            return [_error("missing required field: view", "/view")]
        return check_view(view)
    if action == "clear":
        return []
    return [_error(f"unknown response_action {action!r}", "/response_action")]


def _options_load(body: Mapping[str, Any]) -> list[str]:
    options = body.get("options")
    groups = body.get("option_groups")
    if options is None and groups is None:
        return [_error("must provide options or option_groups", "/")]
    problems = []
    if options is not None:
        if len(options) > 100:
            problems.append(_error("must provide no more than 100 items", "/options"))
        problems += _options(options, "/options", "external_select")
    for i, group in enumerate(groups or []):
        inner = group.get("options") or []
        if len(inner) > 100:
            problems.append(_error("must provide no more than 100 items", f"/option_groups/{i}"))
        problems += _options(inner, f"/option_groups/{i}/options", "external_select")
    return problems


def _immediate_message(body: Mapping[str, Any]) -> tuple[str, list[str]] | None:
    text = body.get("text") or ""
    if len(str(text)) > 40_000:
        return "msg_too_long", []
    problems = check_blocks(body["blocks"], limit=50) if "blocks" in body else []
    return ("invalid_blocks", problems) if problems else None


def check(kind: str, payload: Mapping[str, Any], body: Any) -> tuple[str, list[str]] | None:
    """Slack's error and problems for the bot's answer ``body`` to a ``kind`` payload, or None."""
    if not isinstance(body, Mapping):
        return None  # an empty acknowledgement
    if kind == "view_submission":
        problems = _view_submission(payload, body)
        return ("invalid_arguments", problems) if problems else None
    if kind == "block_suggestion":
        problems = _options_load(body)
        return ("invalid_options", problems) if problems else None
    if kind == "slash_command":
        return _immediate_message(body)
    return None

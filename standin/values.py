"""What a user typed or picked, in the ``state.values`` shape Slack sends with a view.

``values_for(view, {"notes": "Met at the golf day", "channel": "phone"})`` reads
the view's blocks, so tests say what the user answered by ``action_id`` and
still send exactly what Slack would: every input present, unanswered ones
holding their initial value (or empty), selects carrying the chosen option's
text as well as its value.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, time
from typing import Any

__all__ = ["elements_of", "find_element", "values_for"]

# element type -> (state key, initial key); "+" marks multi-valued keys.
STATE_KEYS: dict[str, tuple[str, str]] = {
    "plain_text_input": ("value", "initial_value"),
    "email_text_input": ("value", "initial_value"),
    "url_text_input": ("value", "initial_value"),
    "number_input": ("value", "initial_value"),
    "static_select": ("selected_option", "initial_option"),
    "external_select": ("selected_option", "initial_option"),
    "radio_buttons": ("selected_option", "initial_option"),
    "checkboxes": ("selected_options+", "initial_options"),
    "multi_static_select": ("selected_options+", "initial_options"),
    "multi_external_select": ("selected_options+", "initial_options"),
    "datepicker": ("selected_date", "initial_date"),
    "timepicker": ("selected_time", "initial_time"),
    "datetimepicker": ("selected_date_time", "initial_date_time"),
    "users_select": ("selected_user", "initial_user"),
    "multi_users_select": ("selected_users+", "initial_users"),
    "conversations_select": ("selected_conversation", "initial_conversation"),
    "multi_conversations_select": ("selected_conversations+", "initial_conversations"),
    "channels_select": ("selected_channel", "initial_channel"),
    "multi_channels_select": ("selected_channels+", "initial_channels"),
    "rich_text_input": ("rich_text_value", "initial_value"),
}


def elements_of(blocks: Any) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Every interactive element with its block: action, accessory and input elements."""
    for block in blocks or []:
        if not isinstance(block, dict):
            continue
        if block.get("type") == "actions":
            for element in block.get("elements") or []:
                yield block, element
        for key in ("accessory", "element"):
            if isinstance(block.get(key), dict):
                yield block, block[key]


def find_element(
    blocks: Any, action_id: str, value: str | None = None
) -> tuple[str | None, dict[str, Any] | None]:
    """(block_id, element) for ``action_id``; with several, the one whose value is ``value``."""
    found = [
        (b.get("block_id"), e) for b, e in elements_of(blocks) if e.get("action_id") == action_id
    ]
    for block_id, element in found:
        if value is None or element.get("value") == value:
            return block_id, element
    return found[0] if found else (None, None)


def _options(element: Mapping[str, Any]) -> list[dict[str, Any]]:
    options = list(element.get("options") or [])
    for group in element.get("option_groups") or []:
        options += group.get("options") or []
    return options


def _option(element: Mapping[str, Any], answer: Any) -> dict[str, Any]:
    if isinstance(answer, Mapping):
        return dict(answer)
    options = _options(element)
    for option in options:
        if option.get("value") == str(answer):
            return option
    if options or element.get("type") != "external_select":
        known = [o.get("value") for o in options]
        raise ValueError(f"{answer!r} is not an option of {element.get('action_id')}: {known}")
    return {"text": {"type": "plain_text", "text": str(answer)}, "value": str(answer)}


def _convert(element: Mapping[str, Any], key: str, answer: Any) -> Any:
    if answer is None:
        return [] if key.endswith("+") else None
    key = key.rstrip("+")
    if key == "selected_option":
        return _option(element, answer)
    if key == "selected_options":
        return [_option(element, a) for a in answer]
    if key == "selected_date":
        return answer.isoformat() if isinstance(answer, date) else str(answer)
    if key == "selected_time":
        return answer.strftime("%H:%M") if isinstance(answer, time) else str(answer)
    if key == "selected_date_time":
        return int(answer.timestamp()) if isinstance(answer, datetime) else int(answer)
    if key == "rich_text_value" and isinstance(answer, str):
        text = {"type": "text", "text": answer}
        section = {"type": "rich_text_section", "elements": [text]}
        return {"type": "rich_text", "elements": [section]}
    if key.endswith("s") and key != "value":
        return list(answer)
    return answer if key in ("selected_user", "rich_text_value") else str(answer)


def _entry(element: Mapping[str, Any], answers: Mapping[str, Any]) -> dict[str, Any]:
    kind = str(element.get("type"))
    key, initial_key = STATE_KEYS[kind]
    action_id = str(element.get("action_id"))
    if action_id in answers:
        answer = answers[action_id]
        cap = element.get("max_length")
        if cap is not None and isinstance(answer, str) and len(answer) > int(cap):
            # Slack's client stops typing at max_length: no one can submit more
            # (https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element).
            raise ValueError(
                f"{action_id} takes at most {cap} characters; Slack lets no one type more"
            )
    elif initial_key in element:
        answer = element[initial_key]
        if key.startswith("selected_option"):  # initial options are option objects already
            return {"type": kind, key.rstrip("+"): answer}
    else:
        answer = None
    return {"type": kind, key.rstrip("+"): _convert(element, key, answer)}


def values_for(view: Mapping[str, Any], answers: Mapping[str, Any]) -> dict[str, Any]:
    """``{block_id: {action_id: {...}}}`` for submitting ``view`` with ``answers`` by action_id.

    Every input block is included (unanswered ones with their initial value or
    empty, as Slack does); other stateful elements only when answered. Raises
    ``KeyError`` for an action_id the view does not have and ``ValueError`` for
    an answer that is not one of a select's options or is longer than the
    input's ``max_length``: answers no one could give in Slack.
    """
    values: dict[str, Any] = {}
    used = set()
    for block, element in elements_of(view.get("blocks")):
        action_id = element.get("action_id")
        if element.get("type") not in STATE_KEYS:
            continue
        if block.get("type") != "input" and action_id not in answers:
            continue
        values.setdefault(str(block.get("block_id")), {})[action_id] = _entry(element, answers)
        used.add(action_id)
    unknown = set(answers) - used
    if unknown:
        known = sorted(str(e.get("action_id")) for _, e in elements_of(view.get("blocks")))
        raise KeyError(f"no input with action_id {sorted(unknown)} in the view; it has {known}")
    return values

"""Slack's Block Kit limits the stand-in enforces, so a bot that breaks them fails here too.

Only limits real bots trip over are copied (duplicate ids, lengths, counts, a
modal with inputs but no submit button). Problems are worded as Slack words
them in ``response_metadata.messages``: ``[ERROR] ... [json-pointer:/...]``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

KNOWN_BLOCKS = {
    "actions",
    "context",
    "divider",
    "file",
    "header",
    "image",
    "input",
    "rich_text",
    "section",
    "video",
    "markdown",
    "table",
}
TITLE_MAX = 24


def _error(message: str, pointer: str) -> str:
    return f"[ERROR] {message} [json-pointer:{pointer}]"


def _text(obj: Any, pointer: str, limit: int, plain: bool = False) -> list[str]:
    """A text object: ``emoji`` only on ``plain_text`` and ``verbatim`` only on ``mrkdwn``
    ("This field is only usable when type is …",
    https://docs.slack.dev/reference/block-kit/composition-objects/text-object)."""
    if obj is None:
        return []
    if not isinstance(obj, dict) or obj.get("type") not in ("plain_text", "mrkdwn"):
        return [_error("must be a text object", pointer)]
    problems = []
    if plain and obj["type"] != "plain_text":
        problems.append(_error("must be plain_text", f"{pointer}/type"))
    if obj["type"] == "mrkdwn" and "emoji" in obj:
        problems.append(_error("emoji is only usable with plain_text", f"{pointer}/emoji"))
    if obj["type"] == "plain_text" and "verbatim" in obj:
        problems.append(_error("verbatim is only usable with mrkdwn", f"{pointer}/verbatim"))
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        problems.append(_error("must be a non-empty string", f"{pointer}/text"))
    elif len(text) > limit:
        problems.append(_error(f"must be less than {limit + 1} characters", f"{pointer}/text"))
    return problems


# Elements whose options are plain_text only ("Overflow, select, and multi-select menus can
# only use plain_text objects, while radio buttons and checkboxes can use mrkdwn",
# https://docs.slack.dev/reference/block-kit/composition-objects/option-object).
MRKDWN_OPTIONS = ("radio_buttons", "checkboxes")
# How many options an element holds: a select 100 (select menu element), an overflow 5
# (overflow menu element), checkboxes and radio buttons 10 (their element pages).
OPTION_COUNT = {"overflow": 5, "checkboxes": 10, "radio_buttons": 10}
BUTTON_STYLES = ("primary", "danger")


def _options(options: Any, pointer: str, kind: str) -> list[str]:
    """Option objects: text 75 characters (plain_text but in radio buttons and checkboxes),
    value 150, description 75, url 3,000 (option object)."""
    problems = []
    plain = kind not in MRKDWN_OPTIONS
    for i, option in enumerate(options or []):
        at = f"{pointer}/{i}"
        if not isinstance(option, dict):
            problems.append(_error("must be an option object", at))
            continue
        problems += _text(option.get("text"), f"{at}/text", 75, plain=plain)
        if option.get("text") is None:
            problems.append(_error("missing required field: text", at))
        if len(str(option.get("value") or "")) > 150:
            problems.append(_error("must be less than 151 characters", f"{at}/value"))
        problems += _text(option.get("description"), f"{at}/description", 75, plain=plain)
        if len(str(option.get("url") or "")) > 3000:
            problems.append(_error("must be less than 3001 characters", f"{at}/url"))
    return problems


def _confirm(confirm: Any, pointer: str) -> list[str]:
    """A confirmation dialog: title 100, text 300, confirm and deny 30, all plain_text
    (https://docs.slack.dev/reference/block-kit/composition-objects/confirmation-dialog-object)."""
    if confirm is None:
        return []
    if not isinstance(confirm, dict):
        return [_error("must be a confirm object", pointer)]
    problems = _text(confirm.get("title"), f"{pointer}/title", 100, plain=True)
    problems += _text(confirm.get("text"), f"{pointer}/text", 300, plain=True)
    problems += _text(confirm.get("confirm"), f"{pointer}/confirm", 30, plain=True)
    problems += _text(confirm.get("deny"), f"{pointer}/deny", 30, plain=True)
    for key in ("title", "text", "confirm", "deny"):
        if confirm.get(key) is None:
            problems.append(_error(f"missing required field: {key}", pointer))
    return problems


def _initial(element: dict[str, Any], pointer: str) -> list[str]:
    """``initial_option(s)`` "must exactly match one of the options" (select menu,
    radio button group and checkboxes elements)."""
    options = list(element.get("options") or [])
    for group in element.get("option_groups") or []:
        if isinstance(group, dict):
            options += group.get("options") or []
    if not options:
        return []  # an external select's initial option is its own
    given = element.get("initial_options") or []
    if element.get("initial_option") is not None:
        given = [element["initial_option"]]
    return [
        _error("must exactly match one of the options", f"{pointer}/initial_option")
        for chosen in given
        if chosen not in options
    ]


def _element(element: dict[str, Any], pointer: str, seen_actions: set[str]) -> list[str]:
    problems = []
    kind = element.get("type")
    action_id = element.get("action_id")
    if action_id is not None:
        if len(str(action_id)) > 255:
            problems.append(_error("must be less than 256 characters", f"{pointer}/action_id"))
        if action_id in seen_actions:
            problems.append(_error(f"duplicate action_id {action_id!r}", f"{pointer}/action_id"))
        seen_actions.add(action_id)
    if kind == "button":
        problems += _text(element.get("text"), f"{pointer}/text", 75, plain=True)
        if len(str(element.get("value") or "")) > 2000:
            problems.append(_error("must be less than 2001 characters", f"{pointer}/value"))
        if len(str(element.get("url") or "")) > 3000:
            problems.append(_error("must be less than 3001 characters", f"{pointer}/url"))
        if element.get("style") is not None and element["style"] not in BUTTON_STYLES:
            problems.append(_error("must be primary or danger", f"{pointer}/style"))
    # "placeholder: A plain_text only text object … Maximum length … 150 characters"
    # (select menu, plain-text input, datepicker, … element pages).
    problems += _text(element.get("placeholder"), f"{pointer}/placeholder", 150, plain=True)
    problems += _confirm(element.get("confirm"), f"{pointer}/confirm")
    options = element.get("options") or []
    problems += _options(options, f"{pointer}/options", str(kind))
    limit = OPTION_COUNT.get(str(kind), 100)
    if len(options) > limit:
        problems.append(_error(f"must provide no more than {limit} items", f"{pointer}/options"))
    groups = element.get("option_groups") or []
    if len(groups) > 100:
        problems.append(_error("must provide no more than 100 items", f"{pointer}/option_groups"))
    for i, group in enumerate(groups):
        at = f"{pointer}/option_groups/{i}"
        problems += _text(group.get("label"), f"{at}/label", 75, plain=True)
        inner = group.get("options") or []
        if len(inner) > 100:
            problems.append(_error("must provide no more than 100 items", f"{at}/options"))
        problems += _options(inner, f"{at}/options", str(kind))
    problems += _initial(element, pointer)
    if kind == "plain_text_input":
        # "max_length … Maximum … 3000"; min_length likewise (plain-text input element).
        for key in ("min_length", "max_length"):
            value = element.get(key)
            if value is not None and not (0 <= int(value) <= 3000):
                problems.append(_error("must be between 0 and 3000", f"{pointer}/{key}"))
        cap = element.get("max_length")
        initial = element.get("initial_value")
        if cap is not None and initial is not None and len(str(initial)) > int(cap):
            problems.append(_error("must be no longer than max_length", f"{pointer}/initial_value"))
    return problems


def check_blocks(blocks: Any, *, limit: int, root: str = "/blocks") -> list[str]:
    """Problems Slack would report for ``blocks`` (an empty list when there are none)."""
    if not isinstance(blocks, list):
        return [_error("must be an array", root)]
    problems = []
    if len(blocks) > limit:
        problems.append(_error(f"must provide no more than {limit} items", root))
    block_ids: set[str] = set()
    for i, block in enumerate(blocks):
        at = f"{root}/{i}"
        kind = block.get("type") if isinstance(block, dict) else None
        if kind not in KNOWN_BLOCKS:
            problems.append(_error(f"unknown block type {kind!r}", f"{at}/type"))
            continue
        block_id = block.get("block_id")
        if block_id is not None:
            if len(str(block_id)) > 255:
                problems.append(_error("must be less than 256 characters", f"{at}/block_id"))
            if block_id in block_ids:
                problems.append(_error(f"duplicate block_id {block_id!r}", f"{at}/block_id"))
            block_ids.add(block_id)
        actions: set[str] = set()
        if kind == "section":
            problems += _text(block.get("text"), f"{at}/text", 3000)
            fields = block.get("fields") or []
            if len(fields) > 10:
                problems.append(_error("must provide no more than 10 items", f"{at}/fields"))
            for j, item in enumerate(fields):
                problems += _text(item, f"{at}/fields/{j}", 2000)
            if block.get("text") is None and not fields:
                problems.append(_error("must provide text or fields", at))
            if isinstance(block.get("accessory"), dict):
                problems += _element(block["accessory"], f"{at}/accessory", actions)
        elif kind == "header":
            problems += _text(block.get("text"), f"{at}/text", 150, plain=True)
        elif kind == "actions":
            elements = block.get("elements") or []
            if not elements or len(elements) > 25:
                problems.append(_error("must provide 1 to 25 items", f"{at}/elements"))
            for j, element in enumerate(elements):
                problems += _element(element, f"{at}/elements/{j}", actions)
        elif kind == "context":
            elements = block.get("elements") or []
            if not elements or len(elements) > 10:
                problems.append(_error("must provide 1 to 10 items", f"{at}/elements"))
            for j, element in enumerate(elements):
                # "An array of image elements and text objects" (context block).
                kind_j = element.get("type") if isinstance(element, dict) else None
                if kind_j in ("plain_text", "mrkdwn"):  # no length documented
                    problems += _text(element, f"{at}/elements/{j}", 10**9)
                elif kind_j != "image":
                    problems.append(
                        _error("must be an image or a text object", f"{at}/elements/{j}")
                    )
        elif kind == "input":
            problems += _text(block.get("label"), f"{at}/label", 2000, plain=True)
            # "hint: A plain_text text object … Maximum length … 2000" (input block).
            problems += _text(block.get("hint"), f"{at}/hint", 2000, plain=True)
            if not isinstance(block.get("element"), dict):
                problems.append(_error("missing required field: element", at))
            else:
                problems += _element(block["element"], f"{at}/element", actions)
    return problems


def check_view(view: dict[str, Any]) -> list[str]:
    """Problems Slack would report for a modal or App Home ``view``."""
    kind = view.get("type")
    if kind not in ("modal", "home"):
        return [_error("must be modal or home", "/view/type")]
    problems = check_blocks(view.get("blocks"), limit=100, root="/view/blocks")
    if kind == "modal":
        if view.get("title") is None:
            problems.append(_error("missing required field: title", "/view"))
        for key in ("title", "submit", "close"):
            problems += _text(view.get(key), f"/view/{key}", TITLE_MAX, plain=True)
        has_input = any(isinstance(b, dict) and b.get("type") == "input" for b in view["blocks"])
        if has_input and view.get("submit") is None:
            problems.append(_error("submit is required when an input block is present", "/view"))
    for key, limit in (("private_metadata", 3000), ("callback_id", 255), ("external_id", 255)):
        if len(str(view.get(key) or "")) > limit:
            problems.append(_error(f"must be less than {limit + 1} characters", f"/view/{key}"))
    return problems


def with_ids(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fill in ``block_id`` and ``action_id`` where missing, as Slack does when it stores blocks.

    Slack's ids are random; these are derived from the content so runs repeat.
    """
    for i, block in enumerate(blocks):
        if not isinstance(block, dict):
            continue
        digest = hashlib.sha1(json.dumps(block, sort_keys=True).encode()).hexdigest()[:4]
        block.setdefault("block_id", f"{digest}{i}")
        elements = list(block.get("elements") or [])
        for key in ("accessory", "element"):
            if isinstance(block.get(key), dict):
                elements.append(block[key])
        for j, element in enumerate(elements):
            if isinstance(element, dict) and element.get("type") not in (
                None,
                "plain_text",
                "mrkdwn",
                "image",
                "rich_text_section",
                "rich_text_list",
                "rich_text_preformatted",
                "rich_text_quote",
            ):
                element.setdefault("action_id", f"{block['block_id']}.{j}")
    return blocks

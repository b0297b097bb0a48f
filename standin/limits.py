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
    if obj is None:
        return []
    if not isinstance(obj, dict) or obj.get("type") not in ("plain_text", "mrkdwn"):
        return [_error("must be a text object", pointer)]
    problems = []
    if plain and obj["type"] != "plain_text":
        problems.append(_error("must be plain_text", f"{pointer}/type"))
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        problems.append(_error("must be a non-empty string", f"{pointer}/text"))
    elif len(text) > limit:
        problems.append(_error(f"must be less than {limit + 1} characters", f"{pointer}/text"))
    return problems


def _element(element: dict[str, Any], pointer: str, seen_actions: set[str]) -> list[str]:
    problems = []
    action_id = element.get("action_id")
    if action_id is not None:
        if len(str(action_id)) > 255:
            problems.append(_error("must be less than 256 characters", f"{pointer}/action_id"))
        if action_id in seen_actions:
            problems.append(_error(f"duplicate action_id {action_id!r}", f"{pointer}/action_id"))
        seen_actions.add(action_id)
    if element.get("type") == "button":
        problems += _text(element.get("text"), f"{pointer}/text", 75, plain=True)
        if len(str(element.get("value") or "")) > 2000:
            problems.append(_error("must be less than 2001 characters", f"{pointer}/value"))
    for i, option in enumerate(element.get("options") or []):
        problems += _text(option.get("text"), f"{pointer}/options/{i}/text", 75)
        if len(str(option.get("value") or "")) > 150:
            problems.append(_error("must be less than 151 characters", f"{pointer}/options/{i}"))
    if len(element.get("options") or []) > 100:
        problems.append(_error("must provide no more than 100 items", f"{pointer}/options"))
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
        elif kind == "input":
            problems += _text(block.get("label"), f"{at}/label", 2000, plain=True)
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

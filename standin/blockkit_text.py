"""Block Kit as plain text, roughly as a person sees it: for the terminal console and for tests
that assert on what the user reads rather than on JSON structure.

Interactive elements outside input blocks are numbered in reading order —
``[1] Approve  [2] Reject`` — and ``controls(blocks)`` returns them with the
same numbers, so the console can turn "2" into a click on the right action.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Control", "controls", "mrkdwn_to_text", "render", "render_view"]

_LINK = re.compile(r"<([^<>|]+)(?:\|([^<>]*))?>")


@dataclass(frozen=True)
class Control:
    """A numbered interactive element: what to send when the user picks it."""

    number: int
    type: str
    label: str
    action_id: str | None
    block_id: str | None
    value: str | None
    element: dict[str, Any]


def mrkdwn_to_text(text: str, users: Mapping[str, str] | None = None) -> str:
    """Slack's ``<@U1>``, ``<#C1|x>``, ``<!date^…|fallback>`` and ``<url|label>`` as readers see them."""

    def replace(match: re.Match[str]) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith("@"):
            user = target[1:]
            return "@" + (label or (users or {}).get(user, user))
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            return label if label is not None else "@" + target[1:].split("^")[0]
        return label or target

    return html.unescape(_LINK.sub(replace, text))


def _text(obj: Any, users: Mapping[str, str] | None = None) -> str:
    if isinstance(obj, str):
        return mrkdwn_to_text(obj, users)
    if not isinstance(obj, Mapping):
        return ""
    if obj.get("type") == "mrkdwn":
        return mrkdwn_to_text(str(obj.get("text", "")), users)
    if obj.get("type") in ("plain_text", "text"):
        return str(obj.get("text", ""))
    if obj.get("type") in ("image",):
        return f"[image: {obj.get('alt_text', '')}]"
    if "elements" in obj:  # rich text
        return "".join(_text(e, users) for e in obj["elements"])
    if obj.get("type") in ("user", "channel"):
        return "@" + str(obj.get("user_id") or obj.get("channel_id"))
    if obj.get("type") == "link":
        return str(obj.get("text") or obj.get("url"))
    if obj.get("type") == "emoji":
        return f":{obj.get('name')}:"
    return ""


def _label(element: Mapping[str, Any]) -> str:
    kind = element.get("type", "")
    if kind == "button":
        return _text(element.get("text"))
    if kind == "overflow":
        return "⋯ (" + " | ".join(_text(o.get("text")) for o in element.get("options", [])) + ")"
    if kind in ("checkboxes", "radio_buttons"):
        return " / ".join(_text(o.get("text")) for o in element.get("options", []))
    initial = element.get("initial_option")
    if initial:
        return _text(initial.get("text")) + " ▾"
    for key in ("initial_date", "initial_time", "initial_user", "initial_value"):
        if element.get(key):
            return str(element[key])
    placeholder = _text(element.get("placeholder")) or (
        "____" if kind.endswith("input") else kind.replace("_", " ")
    )
    return placeholder + (" ▾" if "select" in kind else "")


def controls(blocks: Any) -> list[Control]:
    """The numbered interactive elements of ``blocks``, in the order ``render`` numbers them."""
    found: list[Control] = []
    for block in blocks or []:
        if not isinstance(block, Mapping) or block.get("type") == "input":
            continue
        elements = list(block.get("elements") or []) if block.get("type") == "actions" else []
        if (
            isinstance(block.get("accessory"), Mapping)
            and block["accessory"].get("type") != "image"
        ):
            elements.append(block["accessory"])
        for element in elements:
            found.append(
                Control(
                    number=len(found) + 1,
                    type=str(element.get("type")),
                    label=_label(element),
                    action_id=element.get("action_id"),
                    block_id=block.get("block_id"),
                    value=element.get("value"),
                    element=dict(element),
                )
            )
    return found


def render(blocks: Any, *, users: Mapping[str, str] | None = None, text: str = "") -> str:
    """A readable rendering of ``blocks`` (or of ``text`` when there are none)."""
    if not blocks:
        return mrkdwn_to_text(text, users)
    numbered = iter(controls(blocks))  # visited below in the same order
    lines: list[str] = []

    def control() -> str:
        item = next(numbered)
        return f"[{item.number}] {item.label}"

    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            lines.append(f"== {_text(block.get('text'))} ==")
        elif kind == "divider":
            lines.append("----")
        elif kind == "section":
            if block.get("text"):
                lines.append(_text(block["text"], users))
            for item in block.get("fields") or []:
                lines.append("  " + _text(item, users).replace("\n", " "))
            accessory = block.get("accessory")
            if isinstance(accessory, Mapping):
                is_image = accessory.get("type") == "image"
                lines.append("  " + (_text(accessory) if is_image else control()))
        elif kind == "context":
            lines.append(" | ".join(_text(e, users) for e in block.get("elements") or []))
        elif kind == "actions":
            lines.append("  ".join(control() for _ in block.get("elements") or []))
        elif kind == "input":
            optional = " (optional)" if block.get("optional") else ""
            element = block.get("element") or {}
            lines.append(f"{_text(block.get('label'))}{optional}: [{_label(element)}]")
            if block.get("hint"):
                lines.append("  " + _text(block["hint"]))
        elif kind == "image":
            lines.append(f"[image: {block.get('alt_text', '')}]")
        elif kind == "rich_text":
            lines.append("".join(_text(e, users) for e in block.get("elements") or []))
        elif kind == "markdown":
            lines.append(str(block.get("text", "")))
        else:
            lines.append(f"[{kind}]")
    return "\n".join(lines)


def render_view(view: Mapping[str, Any], *, users: Mapping[str, str] | None = None) -> str:
    """A modal or App Home: title, blocks, then its Submit and Close buttons."""
    parts = []
    if view.get("title"):
        parts.append(f"## {_text(view['title'])} ##")
    parts.append(render(view.get("blocks"), users=users))
    buttons = [f"<{_text(view[k])}>" for k in ("submit", "close") if view.get(k)]
    if buttons:
        parts.append("  ".join(buttons))
    return "\n".join(p for p in parts if p)

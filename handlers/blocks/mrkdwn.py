"""The kit's text pieces: user text escaped for mrkdwn, and everything cut to Slack's limits.

Every builder in ``handlers.blocks`` puts a person's or an import's words
(notes, names, households, tiers, reasons, file names) into ``mrkdwn`` through
``esc`` / ``esc_fit``, so a typed ``<!channel>`` shows as typed and pings
nobody, and a typed ``<https://…|label>`` links nowhere; ``plain_text`` objects
(headers, button labels, options, modal titles) take the words as they are.

Limits, from Slack's Block Kit reference (https://docs.slack.dev/reference/block-kit):

- a message holds at most 50 blocks, a modal or the Home tab 100 ("You can include up to
  50 blocks in each message, and 100 blocks in modals or Home tabs",
  https://docs.slack.dev/reference/block-kit/blocks);
- a section's ``text`` at most 3,000 characters, each of its at most 10 ``fields`` 2,000
  (section block);
- a header's ``plain_text`` at most 150 characters (header block);
- an actions block at most 25 elements (actions block); a context block 10 (context block);
- a button's text at most 75 characters and its ``value`` 2,000 (button element);
- an option's text 75 characters and its ``value`` 150, a static menu 100 options
  (option object, static select);
- a modal's title, submit and close 24 characters, ``private_metadata`` 3,000 (modal view).

Lists longer than a surface can hold are cut with "…and N more", never sent whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.i18n import _
from bot.messages.formatting import escape

MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
SECTION_TEXT = 3000
FIELD_TEXT = 2000
FIELDS = 10
HEADER_TEXT = 150
ACTIONS_ELEMENTS = 25
CONTEXT_ELEMENTS = 10
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
OPTION_TEXT = 75
OPTION_VALUE = 150
OPTIONS = 100
VIEW_TITLE = 24
MORE = "…"


def esc(value: object) -> str:
    """A person's or an import's words for mrkdwn: ``&``, ``<``, ``>`` as Slack's entities."""
    return escape(value)


# What a refusal may hold that the bot put there on purpose: a mention of a person or a
# channel (``<@U1>``, ``<#C1>``) or an entity already escaped. Everything else in ``<…>``
# is someone's typed text, which Slack would read as a link or an @here.
_KEPT_TOKEN = re.compile(r"<[@#][A-Z0-9]+(?:\|[^<>]*)?>|&(?:amp|lt|gt);")


def safe(message: str) -> str:
    """``message`` (a service's sentence, typed words quoted in it) safe for mrkdwn: ``&``,
    ``<``, ``>`` escaped unless already escaped or part of a mention the bot wrote.

    Idempotent, so a sentence whose service escaped a name already is not escaped twice.
    """
    out, at = [], 0
    for token in _KEPT_TOKEN.finditer(message):
        out.append(esc(message[at : token.start()]))
        out.append(token.group())
        at = token.end()
    out.append(esc(message[at:]))
    return "".join(out)


def fit(markdown: str, limit: int) -> str:
    """``markdown`` cut to ``limit`` characters with "…", never inside an entity or a ``<…>`` token.

    A cut through ``&amp;`` would show "&am"; one through ``<!date^…|…>`` or
    ``<@U1>`` would leave a dangling ``<``. The cut moves back before either.
    """
    if len(markdown) <= limit:
        return markdown
    cut = markdown[: max(limit - len(MORE), 0)]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    opening = cut.rfind("<")
    if opening != -1 and ">" not in cut[opening:]:
        cut = cut[:opening]
    return cut + MORE


def esc_fit(value: object, limit: int) -> str:
    """``esc(value)`` within ``limit`` characters once escaped."""
    return fit(esc(value), limit)


def plain(value: object, limit: int) -> str:
    """Words for a ``plain_text`` object, cut to ``limit`` with "…" (no escaping: none is needed)."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - len(MORE)] + MORE


def plain_text(value: object, limit: int = HEADER_TEXT) -> dict[str, Any]:
    return {"type": "plain_text", "text": plain(value, limit) or " ", "emoji": True}


def section(markdown: str, block_id: str | None = None) -> dict[str, Any]:
    """A section of already-escaped mrkdwn, within the 3,000 characters of its text."""
    block: dict[str, Any] = {
        "type": "section",
        "text": {"type": "mrkdwn", "text": fit(markdown, SECTION_TEXT) or " "},
    }
    if block_id:
        block["block_id"] = block_id
    return block


def fields(items: Sequence[str]) -> dict[str, Any]:
    """A section of at most 10 already-escaped mrkdwn fields of at most 2,000 characters."""
    return {
        "type": "section",
        "fields": [{"type": "mrkdwn", "text": fit(item, FIELD_TEXT)} for item in items[:FIELDS]],
    }


def context(markdown: str) -> dict[str, Any]:
    return {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": fit(markdown, SECTION_TEXT)}],
    }


def divider() -> dict[str, Any]:
    return {"type": "divider"}


def header(value: str) -> dict[str, Any]:
    return {"type": "header", "text": plain_text(value, HEADER_TEXT)}


def pack(
    lines: Sequence[str],
    *,
    title: str | None = None,
    sections: int,
    total: int | None = None,
    more: str | None = None,
    limit: int = SECTION_TEXT,
) -> list[str]:
    """Already-escaped lines packed into at most ``sections`` texts of ``limit`` characters.

    ``lines`` are the first of ``total`` items (all of them by default); the items
    not shown, left out by the caller or for want of room, are counted in a last
    line ``more`` (``{more}`` is the count). A line longer than a text is cut.
    """
    total = len(lines) if total is None else total
    if more is None:
        more = _("…and {more} more.")
    room = limit - len(more.format(more=total)) - 1
    packed: list[list[str]] = [[title]] if title else [[]]
    size = len(title) if title else 0
    shown = 0
    for raw in lines:
        line = fit(raw, room)
        if packed[-1] and size + len(line) + 1 > room:
            if len(packed) == sections:
                break
            packed.append([])
            size = 0
        packed[-1].append(line)
        size += len(line) + 1
        shown += 1
    if shown < total:
        packed[-1].append(more.format(more=total - shown))
    return ["\n".join(chunk) for chunk in packed if chunk]

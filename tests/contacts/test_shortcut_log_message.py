"""The "Log as client contact" shortcut: a message's text made into readable notes."""

from __future__ import annotations

import pytest

from handlers.blocks.contact_form import NOTES_LIMIT
from handlers.shortcuts.log_message import notes_from


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("See <https://example.com/p|the proposal>", "See the proposal"),
        ("Mail <mailto:jane@example.com> today", "Mail jane@example.com today"),
        ("Ask <@U123|bob> in <#C42|deals>", "Ask bob in #deals"),
        ("Ask <@U123> first", "Ask <@U123> first"),
        ("Fees &lt; 1% &amp; no lock-up", "Fees < 1% & no lock-up"),
        ("Line one\nLine two", "Line one\nLine two"),
        ("  padded  ", "padded"),
    ],
)
def test_message_text_becomes_readable_notes(text: str, notes: str) -> None:
    assert notes_from({"text": text}) == notes


def test_long_message_is_cut_to_what_the_notes_field_holds() -> None:
    assert len(notes_from({"text": "x" * (NOTES_LIMIT + 50)})) == NOTES_LIMIT
    assert notes_from({}) == ""

"""Characters no person means to type: removed from Slack text, refused in import files.

PostgreSQL refuses NUL in ``text`` outright (SQLite stores it), and the other
control characters are invisible in Slack, break CSV and terminal output, and
make two notes that look the same differ. The one rule for what counts:

- C0 controls except tab, line feed and carriage return (U+0000–U+001F), and DEL (U+007F);
- C1 controls (U+0080–U+009F);
- lone surrogates (U+D800–U+DFFF): JSON's ``\\ud800`` escapes decode to them,
  and no UTF-8 encoder (nor PostgreSQL) accepts them;
- Unicode's 66 noncharacters (U+FDD0–U+FDEF and the last two code points of
  every plane, U+FFFE, U+FFFF, U+1FFFE …): "permanently reserved for internal use".
"""

from __future__ import annotations

import re
import unicodedata

_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff" + _NONCHARACTERS + "]")


def clean(text: str) -> str:
    """``text`` without the unwanted characters (tab, line breaks and all else kept)."""
    if UNWANTED.search(text) is None:  # the usual case: no copy
        return text
    return UNWANTED.sub("", text)


def first_unwanted(text: str) -> int | None:
    """Where the first unwanted character of ``text`` is, or ``None``."""
    found = UNWANTED.search(text)
    return None if found is None else found.start()


def describe(char: str) -> str:
    """``U+0000 (NUL)``: a character an admin can find in an editor by its code point."""
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        name = _ALIASES.get(code, "control character")
    elif 0xD800 <= code <= 0xDFFF:
        name = "lone surrogate"
    else:
        name = unicodedata.name(char, "noncharacter")
    return f"U+{code:04X} ({name})"


_ALIASES = {
    0x00: "NUL",
    0x07: "BELL",
    0x08: "BACKSPACE",
    0x0B: "VERTICAL TAB",
    0x0C: "FORM FEED",
    0x1B: "ESCAPE",
    0x7F: "DELETE",
}

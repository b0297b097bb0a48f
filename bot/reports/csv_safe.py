"""CSV a spreadsheet cannot execute: every export and report is written through here.

OWASP "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection):
a spreadsheet treats a cell beginning with ``=``, ``+``, ``-``, ``@``, tab or
carriage return as a formula, so notes like ``=HYPERLINK("http://…")`` or
``@SUM(…)`` typed in Slack would run on the reader's machine. Such a cell is
prefixed with a single quote, which spreadsheets read as "this is text" and do
not show. OWASP ASVS 1.2.10 adds NUL to the list; it is prefixed too.

Numbers: OWASP's rule would also turn ``-1500.00`` into text, and a reader's
sums would silently skip it. A cell in a column the exporter declares numeric
(ids, counts, money, ratios — values the bot computed, never free text) is
left as it is when it is exactly a decimal number (``-?digits[.digits]``): a
spreadsheet reads that as a number, and no formula is a bare number. Anything
else in such a column, and every cell of every other column — a note that
says ``-1500.00`` included — follows OWASP's rule.

JSON exports carry the exact text; only CSV is changed. ``restore`` undoes the
prefix, so an exported file imports back as the same records.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, TextIO

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\x00")
QUOTE = "'"
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _runs(text: str) -> bool:
    """A formula once a spreadsheet drops our quotes: (quotes, then) a trigger first."""
    return text.lstrip(QUOTE).startswith(TRIGGERS)


def neutralise(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would read it as a formula.

    Text that already starts with quotes and a trigger gets one more, so that
    ``restore`` gives back exactly what was written.
    """
    return QUOTE + text if _runs(text) else text


def restore(text: str) -> str:
    """What ``neutralise`` was given: the one leading ``'`` it added removed."""
    return text[1:] if text.startswith(QUOTE) and _runs(text[1:]) else text


def cell(value: Any, *, numeric: bool = False) -> str:
    """One CSV cell: ``None`` empty, a number in a numeric column as is, else neutralised."""
    text = "" if value is None else str(value)
    if numeric and _NUMBER.fullmatch(text):
        return text
    return neutralise(text)


class SafeWriter:
    """A ``csv.writer`` over ``columns`` whose every cell goes through ``cell``."""

    def __init__(
        self, out: TextIO, columns: Sequence[str], *, numeric: Collection[str] = ()
    ) -> None:
        unknown = set(numeric) - set(columns)
        if unknown:
            raise ValueError(f"numeric columns not among the columns: {sorted(unknown)}")
        self._writer = csv.writer(out, lineterminator="\n")
        # RFC 4180 2.6: a field holding a line break is quoted. With "\n" ending the
        # lines, Python's csv quotes "\n" but not a lone "\r", which a spreadsheet
        # (and Python's own reader) takes for the end of the row; such a row is
        # written with every field quoted.
        self._quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
        self._columns = tuple(columns)
        self._numeric = tuple(column in numeric for column in self._columns)

    def header(self) -> None:
        self._writer.writerow([neutralise(column) for column in self._columns])

    def row(self, record: Mapping[str, Any]) -> None:
        cells = [
            cell(record[column], numeric=numeric)
            for column, numeric in zip(self._columns, self._numeric, strict=True)
        ]
        writer = self._quoted if any("\r" in text for text in cells) else self._writer
        writer.writerow(cells)

    def rows(self, records: Iterable[Mapping[str, Any]]) -> int:
        count = 0
        for record in records:
            self.row(record)
            count += 1
        return count

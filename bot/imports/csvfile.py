"""Reading an import file: the header checked, each row with its line number, problems collected.

Every problem is kept with the line it is on (line 1 is the header) instead of
stopping at the first, so an admin fixes a bad file in one round trip.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from bot.errors import CmsError, ImportFailed, InvalidInput
from bot.parsing.control_chars import UNWANTED, describe
from bot.reports.csv_safe import restore

T = TypeVar("T")
# Several values in one cell: "U01;U02", "ACC-1;ACC-2".
CELL_SEPARATOR = ";"
CURRENCY = re.compile(r"^[A-Za-z]{3}$")


class Row:
    """One data row: its first line in the file and its cells by column name (stripped).

    A cell our own CSV exports neutralised against spreadsheet formulas (``'=…``,
    ``'-…``; ``bot.reports.csv_safe``) reads as the text it was, so an export imports back
    as the same records.
    """

    __slots__ = ("line", "_cells", "_index")

    def __init__(self, line: int, cells: list[str], index: dict[str, int]) -> None:
        self.line = line
        self._cells = cells
        self._index = index

    def __getitem__(self, column: str) -> str:
        position = self._index.get(column)
        return restore(self._cells[position].strip()) if position is not None else ""

    def has(self, column: str) -> bool:
        return column in self._index


@dataclass
class Problems:
    """Line-numbered errors, raised together as one ``ImportFailed``."""

    found: list[tuple[int, str]] = field(default_factory=list)

    def add(self, line: int, message: str) -> None:
        self.found.append((line, message))

    def check(self, line: int, read: Callable[..., T], *args: Any) -> T | None:
        """``read(*args)``, or ``None`` with its ``CmsError`` noted against ``line``."""
        try:
            return read(*args)
        except CmsError as error:
            self.add(line, str(error))
            return None

    def require_texts(self, line: int, *fields: tuple[str, str, int]) -> None:
        """Each ``(what, value, longest)`` given, and no longer than its column holds."""
        for what, value, longest in fields:
            if not value:
                self.add(line, f"{what} is empty.")
            elif len(value) > longest:
                self.add(line, f"{what} is longer than {longest} characters.")

    def currency(self, line: int, text: str) -> str:
        """``text`` as an ISO code (upper case), noted against ``line`` unless three letters."""
        code = text.upper()
        if not CURRENCY.match(code):
            self.add(line, f"currency {text!r} is not a 3-letter code like USD or CHF.")
        return code

    def __bool__(self) -> bool:
        return bool(self.found)

    def raise_if_any(self) -> None:
        if self.found:
            ordered = sorted(self.found, key=lambda item: item[0])
            raise ImportFailed([f"line {line}: {message}" for line, message in ordered])


def split_cell(value: str) -> list[str]:
    return [part.strip() for part in value.split(CELL_SEPARATOR) if part.strip()]


def read_rows(
    path: str | Path, *, required: tuple[str, ...], optional: tuple[str, ...] = ()
) -> list[Row]:
    """Every non-blank data row of ``path``.

    The header must name each ``required`` column once, may name ``optional``
    ones, and nothing else (in any order). Raises ``ImportFailed`` for a bad
    header or a row of the wrong width, ``InvalidInput`` for an unreadable file.
    """
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return _read(handle, required=required, optional=optional)
    except FileNotFoundError:
        raise InvalidInput(f"There is no file {str(path)!r}.") from None
    except UnicodeDecodeError:
        raise InvalidInput(
            f"{path} is not UTF-8 text; save it as 'CSV UTF-8' and import it again."
        ) from None
    except (IsADirectoryError, PermissionError) as error:
        raise InvalidInput(f"Cannot read {path}: {error.strerror}.") from None


def _read(handle, *, required: tuple[str, ...], optional: tuple[str, ...]) -> list[Row]:  # type: ignore[no-untyped-def]
    reader = csv.reader(handle)
    problems = Problems()
    expected = ",".join(required)
    header = next(reader, None)
    if header is None or not any(cell.strip() for cell in header):
        problems.add(1, f"the file has no header row; the first line must be: {expected}")
        problems.raise_if_any()
    assert header is not None
    _refuse_unwanted(header, None, 1, problems)
    problems.raise_if_any()
    names = [cell.strip().lower() for cell in header]
    _check_header(names, required, optional, problems)
    problems.raise_if_any()
    index = {name: position for position, name in enumerate(names)}
    rows: list[Row] = []
    for cells, line in _records(reader, problems):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(names):
            problems.add(
                line,
                f"has {len(cells)} values but the header has {len(names)} columns "
                "(a value with a comma in it needs double quotes).",
            )
            continue
        if _refuse_unwanted(cells, names, line, problems):
            continue
        rows.append(Row(line, cells, index))
    problems.raise_if_any()
    return rows


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _refuse_unwanted(
    cells: list[str], names: list[str] | None, line: int, problems: Problems
) -> bool:
    """Note each cell holding a control character (NUL, ESC…) at the line it is on.

    PostgreSQL refuses NUL in text and the others are invisible in Slack; a
    file holding them was exported wrongly, so it is refused rather than
    silently changed (``bot.parsing.control_chars`` says which characters).
    """
    if UNWANTED.search(",".join(cells)) is None:  # one search per row in the usual case
        return False
    breaks = 0  # a quoted value may span lines: count them to name the right one
    for position, cell in enumerate(cells):
        found = UNWANTED.search(cell)
        if found is not None:
            at = line + breaks + len(_LINE_BREAK.findall(cell, 0, found.start()))
            where = "the header" if names is None else f"column {names[position]}"
            problems.add(
                at,
                f"{where} holds the control character {describe(found.group())}, "
                "which an import file cannot hold; remove it and import again.",
            )
        breaks += len(_LINE_BREAK.findall(cell))
    return True


def _records(reader, problems: Problems) -> Iterator[tuple[list[str], int]]:  # type: ignore[no-untyped-def]
    """Each record with the line it starts on (a quoted value may span lines)."""
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            problems.add(start, f"is not valid CSV ({error}).")
            return
        yield cells, start


def _check_header(
    names: list[str], required: tuple[str, ...], optional: tuple[str, ...], problems: Problems
) -> None:
    expected = ",".join(required)
    if len(names) == 1 and CELL_SEPARATOR in names[0]:
        problems.add(
            1, f"columns must be separated by commas, not ';'. The header must be: {expected}"
        )
        return
    repeated = sorted({name for name in names if names.count(name) > 1})
    missing = [name for name in required if name not in names]
    unknown = [name for name in names if name not in required and name not in optional]
    if repeated:
        problems.add(
            1, f"column {', '.join(repeated)} appears twice. The header must be: {expected}"
        )
    if missing:
        problems.add(1, f"missing column {', '.join(missing)}. The header must be: {expected}")
    if unknown:
        problems.add(
            1,
            f"unknown column {', '.join(repr(name) for name in unknown)}. "
            f"The header must be: {expected}",
        )

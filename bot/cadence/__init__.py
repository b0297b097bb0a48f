"""Contact cadence: which cadence applies, which contact counts, who is due.

- ``bot.cadence.rules`` — every cadence rule, written once (read its docstring
  first): the cadence that applies, the contacts that count, the last one,
  overdue and too soon, follow-ups due, kept, late or missed.
- ``bot.cadence.book`` — the one set-based statement behind every list.
- ``bot.cadence.worklist`` — the lists read in each reader's zone: the morning
  nudge, the App Home, the Monday escalation.
- ``bot.cadence.policy`` — the admin side (``/cms cadence``).
"""

from bot.cadence.book import SLACK, BookRow, book_rows
from bot.cadence.rules import Cadence, cadence_for
from bot.cadence.sqltime import day_start, shift_days
from bot.cadence.worklist import (
    ClientStatus,
    Reader,
    Worklist,
    classify,
    far_overdue,
    worklist_for,
    worklists,
)

__all__ = [
    "SLACK",
    "BookRow",
    "Cadence",
    "ClientStatus",
    "Reader",
    "Worklist",
    "book_rows",
    "cadence_for",
    "classify",
    "day_start",
    "far_overdue",
    "shift_days",
    "worklist_for",
    "worklists",
]

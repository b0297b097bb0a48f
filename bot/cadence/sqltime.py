"""Date arithmetic in SQL that reads the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement

from storage.types import UTCDateTime


class shift_days(FunctionElement[datetime]):
    """``instant + days`` (``days`` a column or number) on both backends."""

    type = UTCDateTime()
    inherit_cache = True
    name = "shift_days"


@compiles(shift_days)
def _shift_days_default(element: Any, compiler: Any, **kw: Any) -> str:
    instant, days = list(element.clauses)
    return f"({compiler.process(instant, **kw)} + make_interval(days => {compiler.process(days, **kw)}))"


@compiles(shift_days, "sqlite")
def _shift_days_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    instant, days = list(element.clauses)
    return (
        f"strftime('%Y-%m-%d %H:%M:%f', {compiler.process(instant, **kw)}, "
        f"({compiler.process(days, **kw)}) || ' days')"
    )


class day_start(FunctionElement[datetime]):
    """Midnight UTC at the start of a ``DATE`` value, as an instant."""

    type = UTCDateTime()
    inherit_cache = True
    name = "day_start"


@compiles(day_start)
def _day_start_default(element: Any, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"(CAST({compiler.process(value, **kw)} AS TIMESTAMP) AT TIME ZONE 'UTC')"


@compiles(day_start, "sqlite")
def _day_start_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"strftime('%Y-%m-%d %H:%M:%f', {compiler.process(value, **kw)})"


__all__ = ["day_start", "shift_days"]

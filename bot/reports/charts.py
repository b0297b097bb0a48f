"""Charts as PNG bytes, drawn headless with matplotlib's Agg canvas.

A ``Figure`` with its own ``FigureCanvasAgg`` — never ``pyplot`` — so nothing
global is touched and charts can be drawn from several worker threads at once.
Amounts become floats only here, for drawing; every figure printed anywhere
comes from the ``Decimal`` values.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from babel.dates import format_date
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from bot.i18n import ENGLISH, _, current, ngettext
from bot.messages.formatting import short_money
from bot.reports.roi import Roi
from bot.reports.scorecard import Scorecard

MAX_SERIES = 8  # past this, the smallest are drawn together as "others"
DPI = 110


def assets_by_month(card: Scorecard, title: str) -> bytes:
    """Stacked bars: verified assets (plan currency) per month, one colour per rep."""
    labels = month_labels(card.months)
    series = [(c.name, [float(v) for v in c.monthly_assets]) for c in card.cards]
    series = [s for s in series if any(s[1])] or series[:1]
    series.sort(key=lambda s: -sum(s[1]))
    if len(series) > MAX_SERIES:
        head, tail = series[: MAX_SERIES - 1], series[MAX_SERIES - 1 :]
        others = [sum(values) for values in zip(*(s[1] for s in tail), strict=True)]
        series = [
            *head,
            (
                ngettext("{count} other", "{count} others", len(tail)).format(count=len(tail)),
                others,
            ),
        ]
    figure = Figure(figsize=(max(6.0, 0.7 * len(labels) + 3) + 1.6, 4.2), dpi=DPI)
    axes = figure.add_subplot()
    bottom = [0.0] * len(labels)
    for name, values in series:
        axes.bar(labels, values, bottom=bottom, label=name)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axes.set_title(title)
    axes.set_ylabel(_("verified assets ({currency})").format(currency=card.currency))
    axes.yaxis.set_major_formatter(_money_ticks(card.currency))
    if len(series) > 1:
        axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    axes.tick_params(axis="x", labelrotation=45 if len(labels) > 6 else 0)
    return _png(figure)


def initiative_returns(roi: Roi, title: str) -> bytes:
    """Per initiative, cost beside attributed assets and fees, log scale, on one axis.

    Every bar is in the reporting currency (``bot.reports.conversion``); a cost
    without a rate has no bar (the report lists it as not converted).
    """
    rows = roi.rows or []
    names = [row.tag for row in rows]
    costs = [row.cost_converted or Decimal(0) for row in rows]
    cost = [float(value) for value in costs]
    attributed = [float(row.attributed) for row in rows]
    figure = Figure(figsize=(9.0, max(3.0, 0.55 * len(rows) + 1.6)), dpi=DPI)
    axes = figure.add_subplot()
    positions = list(range(len(rows)))
    height = 0.38
    axes.barh([p - height / 2 for p in positions], cost, height, label=_("cost"))
    axes.barh(
        [p + height / 2 for p in positions], attributed, height, label=_("verified assets + fees")
    )
    axes.set_yticks(positions, names)
    axes.invert_yaxis()
    currency = roi.currency
    positive = [value for value in cost + attributed if value > 0]
    if positive:
        axes.set_xscale("log")
        axes.set_xlim(min(positive) / 3, max(positive) * 4)
        for row, spent, position in zip(rows, costs, positions, strict=True):
            for value, amount, offset in (
                (float(spent), spent, -height / 2),
                (float(row.attributed), row.attributed, height / 2),
            ):
                if value > 0:
                    axes.text(
                        value,
                        position + offset,
                        " " + short_money(amount, currency),
                        va="center",
                        fontsize="small",
                    )
    axes.xaxis.set_major_formatter(_money_ticks(currency))
    axes.set_xlabel(_("{currency}, log scale").format(currency=currency))
    axes.set_title(title)
    axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return _png(figure)


def _money_ticks(currency: str) -> FuncFormatter:
    def tick(value: float, _position: int) -> str:
        return "0" if value == 0 else short_money(Decimal(str(round(value, 2))), currency)

    return FuncFormatter(tick)


def _png(figure: Figure) -> bytes:
    figure.tight_layout()
    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    return buffer.getvalue()


def month_labels(months: Sequence[date]) -> list[str]:
    if current() == ENGLISH:
        return [f"{month:%b %Y}" for month in months]
    return [format_date(month, "LLL y", locale=current()) for month in months]

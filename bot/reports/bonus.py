"""The formula bonus: tiered basis points on verified assets, a rate on mandate fees.

Pure arithmetic on ``Decimal``, no database, so it is tested against examples
worked by hand. The rules, as the scorecard footer and the CSV notes state them:

- A claim counts when it is *verified* (money counts when confirmed), on the
  date of its verification read in the report's time zone. Deposits count;
  pledges only once funded (verified with the evidence reference of the
  deposit that funds them); mandates count their fee.
- Bands are marginal and cumulative over the whole period: claims are taken in
  order of verification and each fills the bands from where the period's
  running total stands, so 12m gathered as 8m then 4m pays 8m + 2m at the first
  band's rate and 2m at the second's.
- Each claim's slices are paid at the rates of the plan in force on its
  verification date (the latest plan with ``effective_from`` on or before it);
  a plan change mid-period does not restart the running total.
- Only amounts in the plan's currency count; others are shown apart. Claims
  verified before any plan applies earn nothing and do not move the total.
- Nothing is rounded until the end: the total is rounded once, to cents,
  half up (``ROUND_HALF_UP``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext

BASIS_POINTS = Decimal(10_000)
CENT = Decimal("0.01")
ROUNDING = ROUND_HALF_UP
ASSET_KINDS = ("deposit", "pledge")


@dataclass(frozen=True)
class Band:
    """``[lower, upper)`` of the period's running total, paid at ``rate_bp``; ``upper`` None: no top."""

    lower: Decimal
    upper: Decimal | None
    rate_bp: Decimal


@dataclass(frozen=True)
class PlanTerms:
    effective_from: date
    currency: str
    mandate_rate_bp: Decimal
    bands: tuple[Band, ...]
    plan_id: int | None = None


@dataclass(frozen=True)
class Credit:
    """One verified claim that may earn: an asset (deposit, funded pledge) or a mandate fee."""

    claim_id: int
    kind: str  # deposit | pledge | mandate
    amount: Decimal
    currency: str
    verified_at: datetime
    verified_on: date  # the verification's date in the report's time zone


@dataclass(frozen=True)
class BonusLine:
    """What one band (or the mandate rate) of one plan paid, before rounding."""

    plan_from: date
    kind: str  # "assets" or "mandates"
    band: Band | None
    base: Decimal
    rate_bp: Decimal
    amount: Decimal


@dataclass
class BonusResult:
    total: Decimal  # rounded once, to cents
    exact: Decimal
    lines: list[BonusLine] = field(default_factory=list)
    assets_counted: Decimal = Decimal(0)
    mandate_fees_counted: Decimal = Decimal(0)
    # Verified but not counted: other currencies, or before any plan applied.
    other_currencies: dict[str, Decimal] = field(default_factory=dict)
    before_any_plan: Decimal = Decimal(0)


def plan_on(plans: Sequence[PlanTerms], day: date) -> PlanTerms | None:
    """The plan in force on ``day``: the latest one effective on or before it."""
    ordered = sorted(plans, key=lambda plan: plan.effective_from)
    index = bisect_right([plan.effective_from for plan in ordered], day)
    return ordered[index - 1] if index else None


def slices(
    total_before: Decimal, amount: Decimal, bands: Iterable[Band]
) -> list[tuple[Band, Decimal]]:
    """How ``amount`` added on top of ``total_before`` falls into the bands (marginal)."""
    total_after = total_before + amount
    found = []
    for band in bands:
        top = total_after if band.upper is None else min(total_after, band.upper)
        part = top - max(total_before, band.lower)
        if part > 0:
            found.append((band, part))
    return found


def formula_bonus(credits: Iterable[Credit], plans: Sequence[PlanTerms]) -> BonusResult:
    """The formula bonus on ``credits`` under ``plans`` (rules in the module docstring)."""
    with localcontext() as context:
        context.prec = 60
        return _compute(credits, plans)


def _compute(credits: Iterable[Credit], plans: Sequence[PlanTerms]) -> BonusResult:
    running: dict[str, Decimal] = defaultdict(Decimal)  # per currency: plans may change it
    lines: dict[tuple[date, str, Band | None], list[Decimal]] = {}
    other: dict[str, Decimal] = defaultdict(Decimal)
    result = BonusResult(total=Decimal(0), exact=Decimal(0))
    for credit in sorted(credits, key=lambda c: (c.verified_at, c.claim_id)):
        plan = plan_on(plans, credit.verified_on)
        if plan is None:
            result.before_any_plan += credit.amount
            continue
        if credit.currency != plan.currency:
            other[credit.currency] += credit.amount
            continue
        if credit.kind == "mandate":
            result.mandate_fees_counted += credit.amount
            _add(
                lines, (plan.effective_from, "mandates", None), credit.amount, plan.mandate_rate_bp
            )
            continue
        before = running[credit.currency]
        for band, part in slices(before, credit.amount, plan.bands):
            _add(lines, (plan.effective_from, "assets", band), part, band.rate_bp)
        running[credit.currency] = before + credit.amount
        result.assets_counted += credit.amount
    for (plan_from, kind, paid_band), (base, rate) in sorted(lines.items(), key=_line_order):
        amount = base * rate / BASIS_POINTS
        result.lines.append(BonusLine(plan_from, kind, paid_band, base, rate, amount))
        result.exact += amount
    result.total = result.exact.quantize(CENT, rounding=ROUNDING)
    result.other_currencies = dict(sorted(other.items()))
    return result


def _add(
    lines: dict[tuple[date, str, Band | None], list[Decimal]],
    key: tuple[date, str, Band | None],
    base: Decimal,
    rate: Decimal,
) -> None:
    entry = lines.setdefault(key, [Decimal(0), rate])
    entry[0] += base


def _line_order(item: tuple[tuple[date, str, Band | None], list[Decimal]]) -> tuple:  # type: ignore[type-arg]
    (plan_from, kind, band), _ = item
    return (plan_from, kind != "assets", band.lower if band else Decimal(0))

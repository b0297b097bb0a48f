"""The formula bonus against examples worked by hand: bands at their edges, plan changes, rounding."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from bot.reports.bonus import Band, Credit, PlanTerms, formula_bonus, plan_on, slices

M = Decimal(1_000_000)
STANDARD = (
    Band(Decimal(0), 10 * M, Decimal(5)),
    Band(10 * M, 50 * M, Decimal(8)),
    Band(50 * M, None, Decimal(10)),
)
PLAN_2026 = PlanTerms(date(2026, 1, 1), "USD", Decimal(100), STANDARD)


def credit(
    n: int,
    amount: str,
    *,
    kind: str = "deposit",
    day: date = date(2026, 3, 1),
    currency: str = "USD",
) -> Credit:
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=UTC) + timedelta(seconds=n)
    return Credit(n, kind, Decimal(amount), currency, moment, day)


@pytest.mark.parametrize(
    ("amounts", "expected"),
    [
        # exactly the first band's top: all at 5 bp
        (["10000000"], "5000.00"),
        # one cent over the edge: that cent at 8 bp (0.000008), rounded away at the end
        (["10000000.01"], "5000.00"),
        # 12m: 10m @5 = 5,000 + 2m @8 = 1,600
        (["12000000"], "6600.00"),
        # the same 12m in two claims crossing the edge: identical (running total)
        (["8000000", "4000000"], "6600.00"),
        # exactly 50m: 5,000 + 40m @8 = 32,000
        (["50000000"], "37000.00"),
        # 60m: 37,000 + 10m @10 = 10,000
        (["20000000", "30000000", "10000000"], "47000.00"),
        (["0.01"], "0.00"),
        ([], "0.00"),
    ],
)
def test_bands_apply_marginally_to_the_running_total(amounts: list[str], expected: str) -> None:
    credits = [credit(n, amount) for n, amount in enumerate(amounts)]
    assert formula_bonus(credits, [PLAN_2026]).total == Decimal(expected)


def test_slices_at_the_band_edges() -> None:
    assert slices(Decimal(0), 10 * M, STANDARD) == [(STANDARD[0], 10 * M)]
    assert slices(10 * M, 40 * M, STANDARD) == [(STANDARD[1], 40 * M)]
    assert slices(9 * M, 42 * M, STANDARD) == [
        (STANDARD[0], 1 * M),
        (STANDARD[1], 40 * M),
        (STANDARD[2], 1 * M),
    ]


def test_rounding_happens_once_at_the_end_half_up() -> None:
    """Three claims each earning x.xx5 would make 0.03 rounded one by one; together 0.015 -> 0.02."""
    credits = [credit(n, "10", day=date(2026, 3, 1)) for n in range(3)]
    assert formula_bonus(credits, [PLAN_2026]).exact == Decimal("0.015")
    assert formula_bonus(credits, [PLAN_2026]).total == Decimal("0.02")
    # 0.005 exactly rounds up (half up), not to even
    assert formula_bonus([credit(1, "10")], [PLAN_2026]).total == Decimal("0.01")


def test_mandate_fees_earn_the_mandate_rate_on_the_fee() -> None:
    result = formula_bonus([credit(1, "250000", kind="mandate")], [PLAN_2026])
    assert result.total == Decimal("2500.00")
    assert result.mandate_fees_counted == Decimal("250000")
    assert result.assets_counted == 0


def test_a_plan_change_mid_period_keeps_the_running_total_and_prices_each_claim_by_its_date() -> (
    None
):
    """Plan B (from 1 Jul: 0-10m:6 10m+:9) after A. 8m in June under A = 4,000;
    4m in July under B from a running 8m: 2m @6 = 1,200 + 2m @9 = 1,800. Total 7,000."""
    plan_b = PlanTerms(
        date(2026, 7, 1),
        "USD",
        Decimal(150),
        (Band(Decimal(0), 10 * M, Decimal(6)), Band(10 * M, None, Decimal(9))),
    )
    credits = [
        credit(1, "8000000", day=date(2026, 6, 30)),
        credit(2, "4000000", day=date(2026, 7, 1)),
        credit(3, "100000", kind="mandate", day=date(2026, 7, 2)),
    ]
    result = formula_bonus(credits, [plan_b, PLAN_2026])
    assert [(line.plan_from, line.base, line.rate_bp) for line in result.lines] == [
        (date(2026, 1, 1), Decimal("8000000"), Decimal(5)),
        (date(2026, 7, 1), Decimal("2000000"), Decimal(6)),
        (date(2026, 7, 1), Decimal("2000000"), Decimal(9)),
        (date(2026, 7, 1), Decimal("100000"), Decimal(150)),
    ]
    assert result.total == Decimal("8500.00")  # 4,000 + 1,200 + 1,800 + 1,500


def test_claims_are_taken_in_verification_order_not_list_order() -> None:
    plan_b = PlanTerms(date(2026, 7, 1), "USD", Decimal(0), (Band(Decimal(0), None, Decimal(20)),))
    later = credit(2, "10000000", day=date(2026, 7, 5))
    earlier = credit(1, "10000000", day=date(2026, 6, 5))
    # June's 10m fills A's first band (5,000); July's at B's flat 20 bp = 20,000.
    assert formula_bonus([later, earlier], [PLAN_2026, plan_b]).total == Decimal("25000.00")


def test_other_currencies_and_claims_before_any_plan_are_shown_apart() -> None:
    credits = [
        credit(1, "1000000", currency="EUR"),
        credit(2, "2000000", day=date(2025, 12, 31)),
        credit(3, "1000000"),
    ]
    result = formula_bonus(credits, [PLAN_2026])
    assert result.other_currencies == {"EUR": Decimal("1000000")}
    assert result.before_any_plan == Decimal("2000000")
    assert result.total == Decimal("500.00")  # only the USD 1m under the plan, from 0


def test_plan_on_picks_the_latest_plan_effective_on_or_before_the_day() -> None:
    plan_b = PlanTerms(date(2026, 7, 1), "USD", Decimal(0), STANDARD)
    plans = [plan_b, PLAN_2026]
    assert plan_on(plans, date(2025, 12, 31)) is None
    assert plan_on(plans, date(2026, 1, 1)) is PLAN_2026
    assert plan_on(plans, date(2026, 6, 30)) is PLAN_2026
    assert plan_on(plans, date(2026, 7, 1)) is plan_b

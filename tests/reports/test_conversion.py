"""Every pay figure in one currency, against figures worked by hand (issue 17, item 2).

Rates (units of the reporting currency for one unit; Fri 30 Oct, Mon 2 Nov 2026):

| day        | CHF (in EUR) | CHF (in USD) | EUR (in USD) |
| ---------- | ------------ | ------------ | ------------ |
| Fri 30 Oct | 0.9500       | 1.1000       | 1.1600       |
| Mon  2 Nov | 0.9600       | 1.1200       | 1.1700       |

The book, reporting in EUR with a plan in EUR (0-1m: 10 bp, 1m+: 20 bp, mandates 100 bp),
all of Ann's claims in CHF (and one in SEK), 2026 Q4, now Tue 1 Dec 2026:

| claim | kind    | amount        | evidence                            | booked / decided | rate  | EUR        |
| ----- | ------- | ------------- | ----------------------------------- | ---------------- | ----- | ---------- |
| k1    | deposit | CHF 1,000,000 | booking TX-SAT, Sat 31 Oct          | 31 Oct (Fri's)   | 0.95  | 950,000    |
| k2    | deposit | CHF 500,000   | override, decided Tue 3 Nov         | 3 Nov (Mon's)    | 0.96  | 480,000    |
| k3    | mandate | CHF 100,000   | fee booking FEE-1, Mon 2 Nov        | 2 Nov            | 0.96  | 96,000     |
| k4    | deposit | SEK 1,000,000 | override, decided Tue 3 Nov         | 3 Nov            | none  | not converted |
| k5    | deposit | CHF 200,000   | override, decided Wed 11 Nov        | 11 Nov (9 days after Mon) | none | not converted |

Verified assets EUR 1,430,000 (k4 and k5 named, never counted as zero). Bonus in the order
verified: k1 950,000 @10 = 950; k2 50,000 @10 = 50 and 430,000 @20 = 860; k3 96,000 @100 =
960. Total EUR 2,820.00.

Reporting in USD with the same plan in EUR, k1 alone: USD 1,100,000 on the scorecard; in the
plan's EUR 1,000,000 x 1.10 / 1.16 = 948,275.862068965517... @10 bp = 948.2758620689... ->
EUR 948.28, rounded once at the end.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from bot.cli.reports import roi_records, run_report
from bot.reports import roi, scorecard
from bot.reports.conversion import Rates
from bot.reports.periods import read_period
from storage.models import (
    BonusBand,
    BonusPlan,
    Claim,
    Client,
    ExchangeRate,
    Initiative,
    Interaction,
    Rep,
)
from tests.claims_cast import add_activity
from tests.factories import EPOCH, make_client, make_rep
from tests.reports.test_reports_scorecard import claim as add_claim
from tests.reports.test_reports_scorecard import contact as add_contact

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
FRI, SAT, MON = date(2026, 10, 30), date(2026, 10, 31), date(2026, 11, 2)


def test_a_weekend_takes_fridays_rate_and_a_week_old_rate_is_the_last_one_used() -> None:
    rates = Rates("USD", {"EUR": [(FRI, Decimal("1.16")), (MON, Decimal("1.17"))]})
    assert rates.rate("EUR", SAT) == Decimal("1.16")
    assert rates.rate("EUR", date(2026, 11, 1)) == Decimal("1.16")
    assert rates.rate("EUR", MON) == Decimal("1.17")
    assert rates.rate("EUR", date(2026, 11, 9)) == Decimal("1.17")  # 7 days: still in
    assert rates.rate("EUR", date(2026, 11, 10)) is None  # 8 days: too old
    assert rates.rate("EUR", date(2026, 10, 29)) is None  # before the first: no rate
    assert rates.rate("USD", SAT) == Decimal(1)
    assert rates.convert(Decimal("100"), "EUR", SAT) == Decimal("116.00")


def test_a_cross_rate_goes_through_the_reporting_currency_unrounded() -> None:
    rates = Rates("USD", {"CHF": [(FRI, Decimal("1.10"))], "EUR": [(FRI, Decimal("1.16"))]})
    exact = rates.convert(Decimal("1000000"), "CHF", SAT, into="EUR")
    assert exact == Decimal("1000000") * Decimal("1.10") / Decimal("1.16")
    assert str(exact).startswith("948275.86206896551724")
    assert rates.convert(Decimal(1), "SEK", SAT, into="EUR") is None
    assert rates.missing("CHF", SAT, into="SEK") == "SEK"


def _rate(session: Session, base: str, currency: str, day: date, rate: str) -> None:
    session.add(
        ExchangeRate(
            base=base, currency=currency, rated_on=day, rate=Decimal(rate), imported_at=EPOCH
        )
    )


def _claim(
    session: Session,
    rep: Rep,
    client: Client,
    kind: str,
    amount: str,
    currency: str,
    decided: datetime,
    booking: tuple[str, date] | None = None,
    override: str | None = None,
) -> Claim:
    """A verified claim, proved by ``booking`` (its reference and day, imported too) or by
    ``override``."""
    evidence = None
    if booking is not None:
        evidence, booked_on = booking
        kind_booked = "fee" if kind == "mandate" else "deposit"
        add_activity(
            session,
            reference=evidence,
            amount=amount,
            booked_on=booked_on,
            account="CH-1",
            currency=currency,
            kind=kind_booked,
            now=EPOCH,
        )
    return add_claim(
        session,
        add_contact(session, rep, client, decided),
        kind,
        amount,
        status="verified",
        decided=decided,
        currency=currency,
        evidence=evidence,
        override=override,
    )


def _plan_in_eur(session: Session) -> None:
    plan = BonusPlan(
        effective_from=date(2026, 1, 1),
        mandate_rate_bp=Decimal(100),
        currency="EUR",
        created_at=EPOCH,
    )
    plan.bands = [
        BonusBand(lower=Decimal(0), upper=Decimal(1_000_000), rate_bp=Decimal(10)),
        BonusBand(lower=Decimal(1_000_000), upper=None, rate_bp=Decimal(20)),
    ]
    session.add(plan)
    session.flush()


def _nov(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC)


def _book(session: Session) -> Rep:
    ann = make_rep(session, "UANN", "Ann")
    client = make_client(session, "Jane", covered_by=[ann], accounts=["CH-1"])
    for day, chf_eur, chf_usd, eur_usd in (
        (FRI, "0.95", "1.10", "1.16"),
        (MON, "0.96", "1.12", "1.17"),
    ):
        _rate(session, "EUR", "CHF", day, chf_eur)
        _rate(session, "USD", "CHF", day, chf_usd)
        _rate(session, "USD", "EUR", day, eur_usd)
    _plan_in_eur(session)
    why = "Confirmed with the custodian by phone."
    # kind, amount, currency, decided, booking (reference, day) or override
    for claim in (
        ("deposit", "1000000", "CHF", _nov(2, 9), ("TX-SAT", SAT), None),
        ("deposit", "500000", "CHF", _nov(3, 9), None, why),
        ("mandate", "100000", "CHF", _nov(4, 9), ("FEE-1", MON), None),
        ("deposit", "1000000", "SEK", _nov(3, 10), None, why),
        ("deposit", "200000", "CHF", _nov(11, 9), None, why),
    ):
        _claim(session, ann, client, *claim)  # type: ignore[arg-type]
    return ann


def test_a_plan_in_eur_with_claims_in_chf_counts_each_at_its_booking_dates_rate(
    session: Session,
) -> None:
    ann = _book(session)
    period = read_period("2026 Q4", now=NOW, timezone="UTC")
    card = scorecard.build(session, reps=[ann], period=period, now=NOW, currency="EUR")
    [rep] = card.cards
    assert (card.currency, card.bonus_currency) == ("EUR", "EUR")
    assert rep.verified_assets == Decimal("1430000")
    assert rep.verified_fees == Decimal("96000")
    assert rep.overrides == 3
    assert [(item.what, item.currency, item.amount, item.reason) for item in rep.not_converted] == [
        (
            "deposit",
            "SEK",
            Decimal("1000000.00"),
            "not converted: no SEK rate on or before 2026-11-03",
        ),
        (
            "deposit",
            "CHF",
            Decimal("200000.00"),
            "not converted: no CHF rate on or before 2026-11-11",
        ),
    ]
    assert rep.bonus_not_converted == rep.not_converted  # left out of the bonus too
    assert rep.not_converted[0].line.startswith("deposit #")
    assert rep.bonus.exact == Decimal("2820")
    assert rep.bonus.total == Decimal("2820.00")
    assert [(line.base, line.rate_bp) for line in rep.bonus.lines] == [
        (Decimal("1000000"), Decimal(10)),
        (Decimal("430000"), Decimal(20)),
        (Decimal("96000"), Decimal(100)),
    ]


def test_the_export_names_what_was_not_converted_and_keeps_its_columns(
    session: Session,
) -> None:
    ann = _book(session)

    def report(fmt: str) -> str:
        out = io.StringIO()
        run_report(
            session,
            kind="scorecard",
            period_text="2026 Q4",
            fmt=fmt,
            out=out,
            now=NOW,
            rep=ann.slack_user_id,
            currency="EUR",
        )
        return out.getvalue()

    [row] = json.loads(report("json"))
    assert row["currency"] == "EUR"
    assert row["verified_assets"] == "1430000.00"
    assert row["mandate_fees"] == "96000.00"
    assert row["formula_bonus"] == "2820.00"
    assert row["other_currency_assets"] == ["CHF 200000.00", "SEK 1000000.00"]
    assert row["not_converted"][0].endswith("not converted: no SEK rate on or before 2026-11-03")
    assert row["claims_verified_by_override"] == 3
    header = report("csv").splitlines()[0].split(",")
    assert header[-5:] == [  # the new columns come after every old one
        "not_converted",
        "claims_verified_by_override",
        "bonus_currency",
        "bonus_not_converted",
        "household_assets_not_converted",  # then household assets' (converted since)
    ]


def test_reporting_in_usd_with_a_plan_in_eur_rounds_the_bonus_once_at_the_end(
    session: Session,
) -> None:
    ann = make_rep(session, "UANN", "Ann")
    client = make_client(session, "Jane", covered_by=[ann], accounts=["CH-1"])
    _rate(session, "USD", "CHF", FRI, "1.10")
    _rate(session, "USD", "EUR", FRI, "1.16")
    _plan_in_eur(session)
    decided = datetime(2026, 11, 2, 9, tzinfo=UTC)
    _claim(session, ann, client, "deposit", "1000000", "CHF", decided, booking=("TX-SAT", SAT))
    period = read_period("2026 Q4", now=NOW, timezone="UTC")
    card = scorecard.build(session, reps=[ann], period=period, now=NOW, currency="USD")
    [rep] = card.cards
    assert (card.currency, card.bonus_currency) == ("USD", "EUR")
    assert rep.verified_assets == Decimal("1100000.00")
    assert str(rep.bonus.exact).startswith("948.27586206896551724")
    assert rep.bonus.total == Decimal("948.28")
    assert rep.not_converted == [] and rep.bonus_not_converted == []


def test_roi_puts_a_chf_cost_and_eur_assets_on_one_usd_axis(session: Session) -> None:
    """Cost CHF 100,000 from Fri 30 Oct at 1.10 = USD 110,000; a EUR 100,000 deposit booked
    Sat 31 Oct at Friday's 1.16 = USD 116,000; a SEK deposit has no rate and is named.
    Return on cost 116,000 / 110,000 = 1.0545… -> 1.05."""
    ann = make_rep(session, "UANN", "Ann")
    client = make_client(session, "Jane", covered_by=[ann], accounts=["CH-1"])
    _rate(session, "USD", "CHF", FRI, "1.10")
    _rate(session, "USD", "EUR", FRI, "1.16")
    golf = Initiative(
        tag="golf",
        name="Golf day",
        cost=Decimal("100000"),
        currency="CHF",
        starts_on=FRI,
        created_at=EPOCH,
    )
    session.add(golf)
    session.flush()
    decided = datetime(2026, 11, 2, 9, tzinfo=UTC)
    eur = _claim(session, ann, client, "deposit", "100000", "EUR", decided, booking=("TX-EUR", SAT))
    sek = _claim(session, ann, client, "deposit", "50000", "SEK", decided, override="Seen.")
    for claim in (eur, sek):
        contact = session.get(Interaction, claim.interaction_id)
        assert contact is not None
        contact.initiative_id = golf.id
    session.flush()
    period = read_period("2026 Q4", now=NOW, timezone="UTC")
    report = roi.build(session, period=period, now=NOW, currency="USD")
    [row] = report.rows
    assert report.currency == "USD"
    assert row.cost_converted == Decimal("110000.00")
    assert row.assets_converted == Decimal("116000.00")
    assert row.return_on_cost == Decimal("1.05")
    assert [item.reason for item in row.not_converted] == [
        "not converted: no SEK rate on or before 2026-11-02"
    ]
    [record] = roi_records(report)
    assert (record["currency"], record["cost"], record["cost_converted"]) == (
        "CHF",
        "100000.00",
        "110000.00",
    )
    assert (record["reporting_currency"], record["verified_assets"]) == ("USD", "116000.00")
    assert record["other_currency"] == ["SEK 50000.00"]


def test_the_app_home_shows_converted_figures_and_names_what_was_not_converted(
    session: Session,
) -> None:
    from handlers.home.role_home import home_view

    ann = _book(session)
    view = home_view(session, rep=ann, now=NOW, reporting_currency="EUR")
    shown = json.dumps(view["blocks"], ensure_ascii=False)
    assert "EUR 1,430,000.00 (excludes 2 amounts not converted" in shown
    assert "not converted: no SEK rate on or before 2026-11-03" in shown
    assert "not converted: no CHF rate on or before 2026-11-11" in shown
    assert "Verified by override, with no booking behind them: 3" in shown
    assert "*Formula bonus:* *EUR 2,820.00* (excludes 2 amounts not converted" in shown

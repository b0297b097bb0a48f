"""``cmsbot report scorecard|roi``: the management-reporting exports, with Slack's own figures.

    cmsbot report scorecard --period "2026 Q3" [--rep U123 | --team U456] --format csv|json
                            [--timezone Europe/London] [--at 2026-11-18T15:00:00Z]
    cmsbot report roi --period ytd --format json

The figures come from the same services as ``/cms scorecard`` and ``/cms roi``
(``bot.reports.scorecard.build``, ``bot.reports.roi.build``), so they equal
what Slack shows for the same period, time zone and moment. Without ``--rep``
or ``--team`` the scorecard covers everyone with the rep role, ranked.

Format: a header row then one row per rep (or initiative); JSON is one array
of objects with the same keys. Money is a decimal string in ``currency``
(the bonus plan's), instants ISO 8601 UTC; ``;`` separates several values in a
CSV cell (JSON gives a list). Periods are ``[period_start, period_end)`` read
in ``--timezone`` (default UTC). In CSV a cell a spreadsheet would run as a
formula (``=``, ``+``, ``-``, ``@``…, e.g. a rep's name) starts with ``'``; exact
numbers in the figure columns, negative ones too, stay numbers (``bot.reports.csv_safe``).

Scorecard columns — ``contacts_<channel>``: contacts by channel, undone ones
excluded; ``over_contacts``: within the cadence's ``min_days`` of the previous
contact with the client; ``clients_covered`` / ``clients_within_cadence`` /
``median_days_overdue``: as of the period's end (or now); ``follow_ups_*``:
promises falling due in the period, kept (a covering rep's contact on or
before the date), late, missed (none yet, date passed), open (not due yet);
``claims_raised``: by day raised; ``claims_verified|rejected|withdrawn``: by
day decided; ``claims_pending``: pending now; ``verified_assets``: deposits
plus pledges once funded, **counted on the verification date**, every amount
converted into ``currency`` (the reporting currency, ``CMS_REPORTING_CURRENCY``)
at the rate of its booking date (the proving booking's, else the decision's;
the nearest earlier rate within 7 days; ``bot.reports.conversion``), summed
exactly and rounded once; ``other_currency_assets``: verified amounts **not
converted** (no rate), in their own currency, left out of every total and of
the bonus; ``not_converted``: each of them with why ("deposit #12 EUR
1,200,000.00 not converted: no EUR rate on or before 2026-11-03");
``claims_verified_by_override``: verified without a booking, with a
controller's written reason; ``formula_bonus``: in ``bonus_currency`` (the plan
in force's), bands applied marginally to the period's running total, each
claim at the plan in force on its verification date, rounded once to the cent
(half up); ``formula_bonus_exact``: before rounding; ``bonus_not_converted``:
claims left out of the bonus for want of a rate; ``weekly_contacts``: contacts
per Monday-started week from ``weeks_from``.
``household_assets_start`` / ``household_assets_end``: the assets of every
household the rep covers (any member covered: the whole household; a client
with no household alone), from the imported positions, each account at its
latest day on or before the day before the period / its last day (or today),
converted into ``currency`` at the rate of that day (the nearest earlier rate
within 7 days, as every pay figure), summed exactly and rounded once; empty
when no position under coverage is that old; ``household_assets_not_converted``:
the accounts left out of either for want of a rate, each as ``start: account
R-1 EUR 50,000.00 not converted: no EUR rate on or before 2026-09-28`` (or
``end: …``).

ROI columns: a claim belongs to the initiative of the contact that raised it;
``new_prospects``: clients whose first recorded contact was the initiative's;
``currency`` and ``cost`` are the initiative's own; ``cost_converted``,
``verified_assets`` and ``mandate_fees`` are in ``reporting_currency`` (claims
at the rate of their booking date, the cost at its start date);
``return_on_cost`` = (``verified_assets`` + ``mandate_fees``) ÷ ``cost_converted``;
amounts without a rate are in ``other_currency`` (unconverted) and
``not_converted`` (with why), left out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory.access import team_rep_ids
from bot.directory.rep_lookup import find_rep
from bot.reports import roi, scorecard
from bot.reports.csv_safe import SafeWriter
from bot.reports.periods import Period, read_period
from storage.models import CHANNELS, Rep, RepRole

FORMATS = ("csv", "json")
KINDS = ("scorecard", "roi")
PERIOD_KEYS = ("period_start", "period_end", "period_label", "timezone")
SCORECARD_KEYS = (
    *PERIOD_KEYS,
    "rank",
    "rep_slack_user_id",
    "rep_name",
    "contacts",
    *(f"contacts_{channel}" for channel in CHANNELS),
    "over_contacts",
    "clients_covered",
    "clients_within_cadence",
    "median_days_overdue",
    "follow_ups_kept",
    "follow_ups_late",
    "follow_ups_missed",
    "follow_ups_open",
    "claims_raised",
    "claims_verified",
    "claims_rejected",
    "claims_pending",
    "claims_withdrawn",
    "currency",
    "verified_assets",
    "verified_deposits",
    "verified_pledges_funded",
    "pledges_verified_unfunded",
    "other_currency_assets",
    "mandates_won",
    "mandate_fees",
    "formula_bonus",
    "formula_bonus_exact",
    "weeks_from",
    "weekly_contacts",
    "household_assets_start",
    "household_assets_end",
    # Added by issue 17 (conversion, evidence): new columns only, at the end.
    "not_converted",
    "claims_verified_by_override",
    "bonus_currency",
    "bonus_not_converted",
    # Added when household assets were converted: at the end too.
    "household_assets_not_converted",
)
ROI_KEYS = (
    *PERIOD_KEYS,
    "initiative",
    "name",
    "currency",
    "cost",
    "contacts",
    "clients",
    "households",
    "new_prospects",
    "verified_assets",
    "mandates",
    "mandate_fees",
    "other_currency",
    "return_on_cost",
    "reporting_currency",
    "cost_converted",
    "not_converted",
)


def period_fields(period: Period) -> dict[str, Any]:
    return {
        "period_start": period.start.astimezone(UTC).isoformat(),
        "period_end": period.end.astimezone(UTC).isoformat(),
        "period_label": period.label,
        "timezone": period.timezone,
    }


def money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))


def maybe_money(value: Decimal | None) -> str | None:
    return None if value is None else money(value)


def household_not_converted(rep: scorecard.RepCard) -> list[str]:
    """'start: account R-1 EUR 50,000.00 not converted: no EUR rate on or before 2026-09-28'."""
    return [
        f"{edge}: {item.line}"
        for edge, items in (
            ("start", rep.household_not_converted_start),
            ("end", rep.household_not_converted_end),
        )
        for item in items
    ]


def in_other(totals: dict[str, Decimal], currency: str) -> list[str]:
    return [f"{c} {money(v)}" for c, v in sorted(totals.items()) if c != currency]


def scorecard_records(card: scorecard.Scorecard) -> list[dict[str, Any]]:
    """One object per rep, in Slack's order (ranked for a team or everyone)."""
    currency = card.currency
    records = []
    for rep in card.cards:
        other: dict[str, Decimal] = {}
        for item in rep.not_converted:
            other[item.currency] = other.get(item.currency, Decimal(0)) + item.amount
        follow, tally = rep.follow_ups, rep.claims
        records.append(
            {
                **period_fields(card.period),
                "rank": rep.rank,
                "rep_slack_user_id": rep.slack_user_id,
                "rep_name": rep.name,
                "contacts": rep.contacts,
                **{f"contacts_{ch}": rep.by_channel.get(ch, 0) for ch in CHANNELS},
                "over_contacts": rep.over_contacts,
                "clients_covered": rep.clients_covered,
                "clients_within_cadence": rep.within_cadence,
                "median_days_overdue": None
                if rep.median_days_overdue is None
                else f"{rep.median_days_overdue.normalize():f}",
                "follow_ups_kept": follow.kept,
                "follow_ups_late": follow.late,
                "follow_ups_missed": follow.missed,
                "follow_ups_open": follow.open,
                "claims_raised": tally.raised,
                "claims_verified": tally.verified,
                "claims_rejected": tally.rejected,
                "claims_pending": tally.pending,
                "claims_withdrawn": tally.withdrawn,
                "currency": currency,
                "verified_assets": money(rep.verified_assets),
                "verified_deposits": money(rep.verified_deposits),
                "verified_pledges_funded": money(rep.verified_pledges),
                "pledges_verified_unfunded": [
                    f"{c} {money(v)}" for c, v in sorted(rep.pledges_unfunded.items())
                ],
                "other_currency_assets": in_other(other, currency),
                "mandates_won": rep.mandates,
                "mandate_fees": money(rep.verified_fees),
                "formula_bonus": money(rep.bonus.total),
                "formula_bonus_exact": f"{rep.bonus.exact.normalize():f}",
                "weeks_from": card.weeks[0].isoformat() if card.weeks else None,
                "weekly_contacts": list(rep.weekly),
                "household_assets_start": maybe_money(rep.household_assets_start),
                "household_assets_end": maybe_money(rep.household_assets_end),
                "not_converted": [item.line for item in rep.not_converted],
                "claims_verified_by_override": rep.overrides,
                "bonus_currency": card.bonus_currency,
                "bonus_not_converted": [item.line for item in rep.bonus_not_converted],
                "household_assets_not_converted": household_not_converted(rep),
            }
        )
    return records


def roi_records(report: roi.Roi) -> list[dict[str, Any]]:
    records = []
    for row in report.rows:
        other: dict[str, Decimal] = {}
        for item in row.not_converted:
            other[item.currency] = other.get(item.currency, Decimal(0)) + item.amount
        ratio = row.return_on_cost
        records.append(
            {
                **period_fields(report.period),
                "initiative": row.tag,
                "name": row.name,
                "currency": row.currency,
                "cost": money(row.cost),
                "contacts": row.contacts,
                "clients": row.clients,
                "households": row.households,
                "new_prospects": row.new_prospects,
                "verified_assets": money(row.assets_converted),
                "mandates": row.mandates,
                "mandate_fees": money(row.fees_converted),
                "other_currency": in_other(other, ""),
                "return_on_cost": None if ratio is None else str(ratio),
                "reporting_currency": report.currency,
                "cost_converted": None if row.cost_converted is None else money(row.cost_converted),
                "not_converted": [item.line for item in row.not_converted],
            }
        )
    return records


# Columns of words; every other column is a figure the bot computed, where an exact
# number, negative or not, stays a number in CSV (``bot.reports.csv_safe``).
_WORDS = frozenset(
    {
        *PERIOD_KEYS,
        "rep_slack_user_id",
        "rep_name",
        "currency",
        "initiative",
        "reporting_currency",
        "bonus_currency",
        "not_converted",
        "bonus_not_converted",
        "household_assets_not_converted",
    }
)
SCORECARD_NUMERIC = (
    frozenset(SCORECARD_KEYS)
    - _WORDS
    - {
        "pledges_verified_unfunded",
        "other_currency_assets",
        "weeks_from",
        "weekly_contacts",
    }
)
ROI_NUMERIC = frozenset(ROI_KEYS) - _WORDS - {"name", "other_currency"}


def write(
    records: Sequence[dict[str, Any]],
    keys: Sequence[str],
    fmt: str,
    out: TextIO,
    *,
    numeric: frozenset[str] = frozenset(),
) -> None:
    """JSON with the exact values, or CSV a spreadsheet cannot execute (``bot.reports.csv_safe``)."""
    if fmt == "json":
        json.dump(list(records), out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    writer = SafeWriter(out, keys, numeric=numeric)
    writer.header()
    writer.rows({key: _cell(record[key]) for key in keys} for record in records)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value


def reps_for(session: Session, *, rep: str | None, team: str | None) -> tuple[str, list[Rep]]:
    """``--rep``: that rep; ``--team``: everyone under that manager; else everyone (rep role)."""
    if rep:
        return "rep", [find_rep(session, rep)]
    ids = (
        team_rep_ids(find_rep(session, team).id)
        if team
        else select(RepRole.rep_id).where(RepRole.role == "rep")
    )
    found = session.scalars(
        select(Rep).where(Rep.id.in_(ids), Rep.active.is_(True)).order_by(Rep.name, Rep.id)
    )
    return ("team" if team else "everyone"), list(found)


def run_report(
    session: Session,
    *,
    kind: str,
    period_text: str,
    fmt: str,
    out: TextIO,
    now: datetime,
    timezone: str = "UTC",
    rep: str | None = None,
    team: str | None = None,
    reader: str | None = None,
    currency: str = scorecard.DEFAULT_CURRENCY,
) -> int:
    """Write the report; returns how many rows. Raises ``UnreadableDate``, ``RepNotFound``.

    ``reader`` (``--as U``): the report as that person gets it in Slack, decided by
    ``bot.directory.access`` (ROI for managers, admins, marketing and compliance;
    scorecards: their own, their team's, an admin everyone's): raises ``NotAllowed``.
    """
    period = read_period(period_text, now=now, timezone=timezone)
    keys: Sequence[str]
    actor = find_rep(session, reader) if reader else None
    if kind == "roi":
        if actor is not None:
            roi_report = roi.roi_for(
                session, actor=actor, period=period, now=now, currency=currency
            )
        else:
            roi_report = roi.build(session, period=period, now=now, currency=currency)
        records, keys = roi_records(roi_report), ROI_KEYS
        numeric = ROI_NUMERIC
    else:
        if actor is not None:
            target = find_rep(session, rep) if rep else None
            scope, reps = scorecard.reps_in_scope(session, actor=actor, target=target)
        else:
            scope, reps = reps_for(session, rep=rep, team=team)
        card = scorecard.build(
            session, reps=reps, period=period, now=now, scope=scope, currency=currency
        )
        records, keys = scorecard_records(card), SCORECARD_KEYS
        numeric = SCORECARD_NUMERIC
    write(records, keys, fmt, out, numeric=numeric)
    return len(records)

"""Block Kit for scorecards, initiative returns and the bonus plan: pure functions of the reports.

Amounts are printed with ``bot.messages.formatting.money`` from the same ``Decimal``
values ``cmsbot report`` writes, so what Slack shows equals the exports.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from bot.i18n import _
from bot.messages import formatting
from bot.messages import reports as text
from bot.reports.bonus import Band, PlanTerms
from bot.reports.bonus_plans import short_amount
from bot.reports.conversion import NotConverted, total_note
from bot.reports.roi import Roi
from bot.reports.scorecard import RepCard, Scorecard
from handlers.blocks.mrkdwn import SECTION_TEXT, context, esc, esc_fit, header, section

SECTION_LIMIT = SECTION_TEXT
TABLE_ROWS = 40
TABLE_CHUNK = 20
SPARKS = "▁▂▃▄▅▆▇█"
NAME = 200


def period_words(card: Scorecard | Roi) -> str:
    return f"{card.period.label} ({card.period.span_text()})"


def percent(share: Decimal | None) -> str:
    """A table cell's share; an empty cell ("—") where there is nothing to share out."""
    return "—" if share is None else formatting.percent(share)


def amounts(totals: dict[str, Decimal]) -> str:
    return ", ".join(formatting.money(v, c) for c, v in sorted(totals.items())) or "none"


def days(value: Decimal) -> str:
    return f"{value.normalize():f}"


def band_words(band: Band) -> str:
    if band.upper is None:
        return f"{short_amount(band.lower)}+"
    return f"{short_amount(band.lower)}–{short_amount(band.upper)}"


def plan_summary(plan: PlanTerms) -> str:
    bands = " · ".join(f"{band_words(b)}: {days(b.rate_bp)} bp" for b in plan.bands)
    return bands + " · " + _("mandate fees: {rate} bp").format(rate=days(plan.mandate_rate_bp))


def spark(values: Sequence[int]) -> str:
    top = max(values, default=0)
    if top == 0:
        return SPARKS[0] * len(values)
    return "".join(
        SPARKS[min(len(SPARKS) - 1, value * len(SPARKS) // (top + 1))] for value in values
    )


# --- scorecards -----------------------------------------------------------------------------


def _title(card: Scorecard, name: str) -> str:
    if card.ranked:
        who = _(text.TEAM_WHO.get(card.scope, card.scope))
        return _(text.TEAM_HEADER).format(who=who, period=period_words(card))
    return _(text.SCORECARD_HEADER).format(who=name, period=period_words(card))


def scorecard_text(card: Scorecard) -> str:
    """Notification text (mrkdwn: the rep's name escaped); the blocks carry the figures."""
    return _title(card, esc_fit(card.cards[0].name, NAME) if card.cards else "")


def scorecard_blocks(card: Scorecard) -> list[dict[str, Any]]:
    if card.ranked:
        return team_blocks(card)
    name = card.cards[0].name if card.cards else ""
    blocks: list[dict[str, Any]] = [header(_title(card, name))]
    for rep in card.cards:
        blocks.extend(rep_sections(card, rep))
    blocks.append(context(footer(card)))
    return blocks


def footer(card: Scorecard) -> str:
    return _(text.SCORECARD_FOOTER).format(
        tz=card.period.timezone,
        as_of=formatting.when(card.as_of, card.period.timezone),
        currency=card.currency,
    )


NOT_CONVERTED_SHOWN = 10


def not_converted_text(items: Sequence[NotConverted]) -> str:
    """The amounts left out of the totals, each with why (no rate on or before its date)."""
    shown = [f"• {esc(item.line)}" for item in items[:NOT_CONVERTED_SHOWN]]
    if len(items) > NOT_CONVERTED_SHOWN:
        shown.append(_(text.MORE_NOT_CONVERTED).format(count=len(items) - NOT_CONVERTED_SHOWN))
    return "\n".join([_(text.NOT_CONVERTED_TITLE), *shown])


def _noted(value: str, items: Sequence[NotConverted]) -> str:
    note = total_note(items)
    return f"{value} ({note})" if note else value


def household_total(total: Decimal | None, left_out: Sequence[NotConverted], currency: str) -> str:
    """Household assets at one end of the period, converted, saying what they exclude."""
    if total is None:
        return _(text.HOUSEHOLD_NO_POSITIONS)
    return _noted(formatting.money(total, currency), left_out)


def household_left_out(rep: RepCard) -> list[NotConverted]:
    """The accounts not converted at the start or the end, each once."""
    found = [*rep.household_not_converted_start]
    found += [item for item in rep.household_not_converted_end if item not in found]
    return found


def rep_sections(card: Scorecard, rep: RepCard) -> list[dict[str, Any]]:
    currency = card.currency
    channels = " — " + " · ".join(
        f"{formatting.CHANNEL_LABELS.get(ch, ch)} {n}" for ch, n in rep.by_channel.items()
    )
    median = (
        _(text.LINE_MEDIAN).format(days=days(rep.median_days_overdue))
        if rep.median_days_overdue is not None
        else ""
    )
    follow = rep.follow_ups
    tally = rep.claims
    share = rep.within_cadence_share
    lines = [
        _(text.LINE_CONTACTS).format(
            total=rep.contacts, channels=channels if rep.by_channel else ""
        ),
        _(text.LINE_OVER).format(count=rep.over_contacts),
        _(text.LINE_CADENCE_NONE)
        if share is None
        else _(text.LINE_CADENCE).format(
            covered=rep.clients_covered,
            share=formatting.percent(share),
            within=rep.within_cadence,
            median=median,
        ),
        _(text.LINE_FOLLOW_UPS).format(
            kept=follow.kept,
            late=follow.late,
            missed=follow.missed,
            open=_(text.LINE_FOLLOW_UPS_OPEN).format(count=follow.open) if follow.open else "",
        ),
        _(text.LINE_CLAIMS).format(
            raised=tally.raised,
            verified=tally.verified,
            rejected=tally.rejected,
            pending=tally.pending,
            withdrawn=" · " + _("{count} withdrawn").format(count=tally.withdrawn)
            if tally.withdrawn
            else "",
        ),
    ]
    money = [
        _(text.LINE_ASSETS).format(
            total=_noted(formatting.money(rep.verified_assets, currency), rep.not_converted),
            deposits=formatting.money(rep.verified_deposits, currency),
            pledges=formatting.money(rep.verified_pledges, currency),
        ),
        _(text.LINE_MANDATES).format(
            count=rep.mandates, fees=formatting.money(rep.verified_fees, currency)
        ),
    ]
    if rep.overrides:
        money.append(_(text.LINE_OVERRIDES).format(count=rep.overrides))
    if rep.pledges_unfunded:
        money.append(_(text.LINE_UNFUNDED).format(amounts=amounts(rep.pledges_unfunded)))
    if rep.household_assets_start is not None or rep.household_assets_end is not None:
        money.append(
            _(text.LINE_HOUSEHOLD_ASSETS).format(
                start=household_total(
                    rep.household_assets_start, rep.household_not_converted_start, currency
                ),
                end=household_total(
                    rep.household_assets_end, rep.household_not_converted_end, currency
                ),
            )
        )
    left_out = [*rep.not_converted, *household_left_out(rep)]
    if left_out:
        money.append(not_converted_text(left_out))
    blocks = [section("\n".join(lines)), section("\n".join(money)), section(bonus_text(card, rep))]
    blocks.append(section(judgement_text(card, rep)))
    return blocks


def bonus_text(card: Scorecard, rep: RepCard) -> str:
    bonus = rep.bonus
    if not card.plans:
        return _(text.LINE_NO_PLAN)
    in_plan = card.bonus_currency
    total = formatting.money(bonus.total, in_plan)
    if in_plan == card.currency:
        lines = [_(text.LINE_BONUS).format(total=total)]
    else:
        lines = [_(text.LINE_BONUS_IN).format(total=total, currency=in_plan)]
    note = total_note(rep.bonus_not_converted)
    if note:
        lines[0] += f" ({note})"
    for line in bonus.lines:
        values = {
            "plan_from": formatting.day(line.plan_from),
            "rate": days(line.rate_bp),
            "base": formatting.money(line.base, in_plan),
            "amount": f"{line.amount.normalize():,f}" if line.amount else "0",
        }
        if line.band is None:
            lines.append(_(text.LINE_BONUS_MANDATE).format(**values))
        else:
            lines.append(_(text.LINE_BONUS_BAND).format(band=band_words(line.band), **values))
    if bonus.before_any_plan:
        lines.append(
            _(text.LINE_BEFORE_PLAN).format(
                amount=formatting.money(bonus.before_any_plan, card.currency)
            )
        )
    extra = [item for item in rep.bonus_not_converted if item not in rep.not_converted]
    if extra:
        lines.append(not_converted_text(extra))
    return "\n".join(lines)


def judgement_text(card: Scorecard, rep: RepCard) -> str:
    follow = rep.follow_ups
    lines = [_(text.JUDGEMENT_HEADER)]
    if follow.due:
        share = formatting.percent(Decimal(follow.kept) / Decimal(follow.due))
        lines.append(_(text.LINE_TIMELINESS).format(kept=follow.kept, due=follow.due, share=share))
    else:
        lines.append(_(text.LINE_NO_FOLLOW_UPS))
    if card.weeks:
        peak = max(range(len(rep.weekly)), key=lambda i: (rep.weekly[i], -i))
        lines.append(
            text.LINE_WEEKLY(sum(rep.weekly)).format(
                first=_short_day(card.weeks[0]),
                last=_short_day(card.weeks[-1]),
                spark=spark(rep.weekly),
                total=sum(rep.weekly),
                peak=_(text.LINE_WEEK_OF).format(
                    day=_short_day(card.weeks[peak]), count=formatting.number(rep.weekly[peak])
                ),
            )
        )
    return "\n".join(lines)


def _short_day(day: date) -> str:
    """``28 Sep`` (``28 sept.`` in French: CLDR's abbreviation, not the C locale's)."""
    return formatting.day_month(day)


def table_rows(card: Scorecard, limit: int = TABLE_ROWS) -> list[str]:
    currency = card.currency
    rows = [[_(column) for column in text.TABLE_COLUMNS]]
    for rep in card.cards[:limit]:
        follow, tally = rep.follow_ups, rep.claims
        rows.append(
            [
                str(rep.rank or ""),
                rep.name[:18],
                str(rep.contacts),
                percent(rep.within_cadence_share),
                f"{follow.kept}/{follow.late}/{follow.missed}",
                str(rep.over_contacts),
                f"{tally.raised}/{tally.verified}/{tally.rejected}/{tally.pending}",
                formatting.short_money(rep.verified_assets, currency)
                + ("*" if rep.not_converted else ""),
                formatting.figure(rep.bonus.total) + ("*" if rep.bonus_not_converted else ""),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    left = {1}
    # Padded as typed, then escaped: an entity shows as one character, so columns stay.
    return [
        esc(
            "  ".join(
                cell.ljust(widths[i]) if i in left else cell.rjust(widths[i])
                for i, cell in enumerate(row)
            ).rstrip()
        )
        for row in rows
    ]


def team_blocks(card: Scorecard, *, limit: int = TABLE_ROWS) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [header(_title(card, ""))]
    if not card.cards:
        return [*blocks, section(_(text.NO_REPS))]
    rows = table_rows(card, limit)
    title, body = rows[0], rows[1:]
    for start in range(0, len(body), TABLE_CHUNK):
        chunk = [title, *body[start : start + TABLE_CHUNK]]
        blocks.append(section("```\n" + "\n".join(chunk) + "\n```"))
    if len(card.cards) > limit:
        blocks.append(context(_(text.TABLE_NOTE).format(shown=limit, total=len(card.cards))))
    blocks.append(
        context(
            _("Assets in {currency}, bonus in {bonus_currency}.").format(
                currency=card.currency, bonus_currency=card.bonus_currency
            )
            + " "
            + _(text.DETAIL_HINT).format(period=card.period.label)
        )
    )
    left_out = [item for rep in card.cards[:limit] for item in rep.not_converted]
    if left_out:
        blocks.append(context("* " + (total_note(left_out) or "") + "."))
        blocks.append(section(not_converted_text(left_out[:NOT_CONVERTED_SHOWN])))
    blocks.append(context(footer(card)))
    return blocks


# --- initiative returns --------------------------------------------------------------------


def roi_text(roi: Roi) -> str:
    return _(text.ROI_HEADER).format(period=period_words(roi))


# Initiatives a message shows: its 50 blocks less the header, the count and the footer.
ROI_ROWS = 45


def roi_blocks(roi: Roi) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [header(roi_text(roi))]
    if not roi.rows:
        blocks.append(section(_(text.ROI_NONE).format(period=period_words(roi))))
    for row in roi.rows[:ROI_ROWS]:
        ratio = row.return_on_cost
        blocks.append(
            section(
                _(text.ROI_LINE).format(
                    tag=esc_fit(row.tag, NAME),
                    name=esc_fit(row.name, 1000),
                    cost=_cost_words(row.cost, row.currency, row.cost_converted, roi.currency),
                    contacts=row.contacts,
                    clients=row.clients,
                    households=row.households,
                    prospects=row.new_prospects,
                    assets=_noted(
                        formatting.money(row.assets_converted, roi.currency), row.not_converted
                    ),
                    mandates=row.mandates,
                    fees=formatting.money(row.fees_converted, roi.currency),
                    ratio="—" if ratio is None else f"{formatting.figure(ratio)}×",
                )
                + ("\n" + not_converted_text(row.not_converted) if row.not_converted else "")
            )
        )
    if len(roi.rows) > ROI_ROWS:
        hidden = len(roi.rows) - ROI_ROWS
        blocks.append(section(text.ROI_MORE(hidden).format(count=formatting.number(hidden))))
    blocks.append(context(_(text.ROI_FOOTER).format(tz=roi.period.timezone, currency=roi.currency)))
    return blocks


def _cost_words(cost: Decimal, currency: str, converted: Decimal | None, into: str) -> str:
    own = formatting.money(cost, currency)
    if currency == into or converted is None:
        return own
    return _(text.ROI_COST_CONVERTED).format(cost=own, converted=formatting.money(converted, into))


# --- bonus plan ----------------------------------------------------------------------------


def bonus_plan_text(in_force: PlanTerms | None, upcoming: Sequence[PlanTerms]) -> str:
    if in_force is None and not upcoming:
        return f"{_(text.BONUS_NONE)} {_(text.BONUS_USAGE)}"
    lines = [
        _(text.BONUS_IN_FORCE).format(
            day=formatting.day(in_force.effective_from),
            currency=in_force.currency,
            summary=plan_summary(in_force),
        )
        if in_force
        else _(text.BONUS_NONE_IN_FORCE)
    ]
    for plan in upcoming:
        lines.append(
            _(text.BONUS_UPCOMING).format(
                day=formatting.day(plan.effective_from),
                currency=plan.currency,
                summary=plan_summary(plan),
            )
        )
    lines.append(_(text.BONUS_RULES))
    return "\n".join(lines)

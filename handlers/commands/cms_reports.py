"""``/cms scorecard``, ``/cms roi`` and ``/cms bonus``: read the words, ask the report services, reply.

Replies are ephemeral: only the person who asked sees the numbers. A chart
(``chart`` at the end) is uploaded with ``files_upload_v2`` into the
conversation the command came from only when that is the asker's direct
messages with the app; anywhere else it goes to those DMs instead, because a
channel's members are not all allowed to see the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot import messages
from bot.directory.rep_lookup import find_rep
from bot.i18n import _
from bot.messages import reports as text
from bot.reports import charts, roi, scorecard
from bot.reports.bonus_plans import (
    cancel_plan,
    in_force_and_upcoming,
    load_plans,
    local_today,
    parse_plan,
    read_day,
    set_plan,
)
from bot.reports.periods import read_period
from handlers.blocks import reports as blocks
from handlers.commands.cms_router import CmsRequest, subcommand
from handlers.common import acting_rep

CHART_WORD = "chart"


@dataclass(frozen=True)
class ReportArgs:
    rep: str | None
    period: str
    chart: bool


def read_args(words_text: str, *, allow_rep: bool = True) -> ReportArgs:
    """``[@rep] [period words] [chart]``: a mention first, ``chart`` last, the period between."""
    words = words_text.split()
    chart = bool(words) and words[-1].lower() == CHART_WORD
    if chart:
        words = words[:-1]
    rep = None
    if allow_rep and words and words[0].startswith(("<@", "@")):
        rep, words = words[0], words[1:]
    return ReportArgs(rep, " ".join(words), chart)


@subcommand("scorecard", usage=text.SCORECARD_USAGE, summary=text.SCORECARD_SUMMARY)
def scorecard_command(request: CmsRequest) -> None:
    args = read_args(request.args)
    deps = request.deps
    now = deps.clock()
    with deps.reading().begin() as session:
        actor = acting_rep(session, request.user_id)
        target = find_rep(session, args.rep) if args.rep else None
        period = read_period(
            args.period, now=now, timezone=deps.settings.reporting_timezone, locale=actor.locale
        )
        card = scorecard.scorecard_for(
            session,
            actor=actor,
            target=target,
            period=period,
            now=now,
            currency=deps.settings.reporting_currency,
        )
    request.respond(
        **messages.ephemeral(blocks.scorecard_text(card), blocks.scorecard_blocks(card))
    )
    if args.chart:
        title = _(text.CHART_TITLE_ASSETS).format(period=blocks.period_words(card))
        png = charts.assets_by_month(card, title)
        upload_chart(request, png, filename="verified-assets.png", title=title)


@subcommand("roi", usage=text.ROI_USAGE, summary=text.ROI_SUMMARY)
def roi_command(request: CmsRequest) -> None:
    args = read_args(request.args, allow_rep=False)
    deps = request.deps
    now = deps.clock()
    with deps.reading().begin() as session:
        actor = acting_rep(session, request.user_id)
        period = read_period(
            args.period, now=now, timezone=deps.settings.reporting_timezone, locale=actor.locale
        )
        report = roi.roi_for(
            session,
            actor=actor,
            period=period,
            now=now,
            currency=deps.settings.reporting_currency,
        )
    request.respond(**messages.ephemeral(blocks.roi_text(report), blocks.roi_blocks(report)))
    if args.chart:
        title = _(text.CHART_TITLE_ROI).format(period=blocks.period_words(report))
        png = charts.initiative_returns(report, title)
        upload_chart(request, png, filename="initiative-returns.png", title=title)


@subcommand("bonus", usage="bonus [set …|cancel YYYY-MM-DD]", summary=text.BONUS_USAGE)
def bonus_command(request: CmsRequest) -> None:
    word, _sep, rest = request.args.strip().partition(" ")
    deps = request.deps
    now = deps.clock()
    with deps.sessions.begin() as session:
        actor = acting_rep(session, request.user_id)
        if word.lower() == "set":
            draft = parse_plan(rest)
            plan, replaced = set_plan(session, actor=actor, draft=draft, now=now)
            terms = next(p for p in load_plans(session) if p.plan_id == plan.id)
            reply = _(text.BONUS_REPLACED if replaced else text.BONUS_SET).format(
                day=draft.effective_from.isoformat(),
                summary=blocks.plan_summary(terms) + f" ({terms.currency})",
            )
        elif word.lower() == "cancel":
            day = read_day(rest.split())
            cancel_plan(session, actor=actor, effective_from=day, now=now)
            reply = _(text.BONUS_CANCELLED).format(day=day.isoformat())
        elif word.lower() in ("", "show"):
            in_force, upcoming = in_force_and_upcoming(load_plans(session), local_today(actor, now))
            reply = blocks.bonus_plan_text(in_force, upcoming)
        else:
            reply = _(text.BONUS_USAGE)
    request.respond(**messages.ephemeral(reply))


def upload_chart(request: CmsRequest, png: bytes, *, filename: str, title: str) -> None:
    """Into the asker's DM with the app (the command's own conversation when it is that DM)."""
    opened = request.client.conversations_open(users=request.user_id)
    dm = opened["channel"]["id"]
    request.client.files_upload_v2(
        channel=dm,
        file=png,
        filename=filename,
        title=title,
        alt_txt=title,
        initial_comment=title,
    )
    if request.channel_id != dm:
        request.respond(**messages.ephemeral(_(text.CHART_SENT_DM)))

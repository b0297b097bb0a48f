"""The App Home, by role: published when opened, and again after the rep's own actions.

- rep: overdue clients and due follow-ups (the cadence feature's
  ``handlers.home.rep_home.rep_home_blocks``), pending claims, this
  quarter's numbers;
- controller: the pending queue, oldest first;
- manager: the team table for this quarter;
- admin: firm counts and the last import of each kind.

Someone with several roles sees each part, in that order. ``publish_home``
is what other features call after a rep acts where the Home tab may be what
they are looking at (the contact form, which the Home's buttons open; a snooze
or a withdrawal clicked there). A ``/logcontact`` line is typed elsewhere and
does not rebuild it: opening the tab does.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.delivery import problems
from bot.deps import Deps
from bot.directory import access
from bot.i18n import _, ngettext
from bot.messages import claims as claim_text
from bot.messages import formatting
from bot.messages import reports as text
from bot.reports import home, scorecard
from bot.reports.periods import Period, read_period
from bot.settings import DEFAULT_REPORTING_TIMEZONE
from handlers.blocks import problems as problem_blocks
from handlers.blocks import reports as blocks
from handlers.blocks.mrkdwn import divider, esc_fit, pack, section
from handlers.common import speaking_to
from handlers.home import rep_home
from storage.models import Rep

log = logging.getLogger(__name__)

# What the roles without a book of their own find on their Home: where to go. Msgids,
# translated when a Home is built (at import there is no reader: it would be English).
ROLE_PARTS = {
    "marketing": text.HOME_MARKETING,
    "service": text.HOME_SERVICE,
    "compliance": text.HOME_COMPLIANCE,
}

MAX_BLOCKS = 100  # Slack: "100 blocks in modals or Home tabs" (Block Kit reference, Blocks)
FEW_BUTTONS = 5
LIST_LIMIT = 10
NAME = 200  # a client's or rep's name in a line, once escaped


def publish_home(
    deps: Deps, user_id: str, *, client: WebClient | None = None, note: str | None = None
) -> None:
    """Render and publish ``user_id``'s Home tab; a Slack failure is logged, never raised.

    ``note``: a line for an admin's Problems section (what their click just did).
    """
    now = deps.clock()
    # The Home is its owner's: in their language, whoever's click rebuilt it.
    with speaking_to(deps, user_id), deps.reading().begin() as session:
        rep = session.scalar(select(Rep).where(Rep.slack_user_id == user_id, Rep.active.is_(True)))
        view = home_view(
            session,
            rep=rep,
            now=now,
            reporting_timezone=deps.settings.reporting_timezone,
            reporting_currency=deps.settings.reporting_currency,
            note=note,
        )
    try:
        (client or deps.client).views_publish(user_id=user_id, view=view)
    except SlackApiError as error:
        log.warning("could not publish the home of %s: %s", user_id, error.response.get("error"))


def register(app: App, deps: Deps) -> None:
    from handlers.lanes import just_ack

    def on_home_opened(event: dict[str, Any]) -> None:
        if event.get("tab", "home") != "home":
            return
        try:
            publish_home(deps, event["user"])
        except Exception:  # the next opening tries again; Slack shows the last Home meanwhile
            log.exception("could not build the home of %s", event.get("user"))

    # Acked at once; built and published after, off the request's thread.
    app.event("app_home_opened")(ack=just_ack, lazy=[on_home_opened])


def home_view(
    session: Session,
    *,
    rep: Rep | None,
    now: datetime,
    reporting_timezone: str = DEFAULT_REPORTING_TIMEZONE,
    reporting_currency: str = scorecard.DEFAULT_CURRENCY,
    note: str | None = None,
) -> dict[str, Any]:
    """The Home for ``rep``; quarters are read in the firm's ``reporting_timezone``, like pay,
    and amounts converted into its ``reporting_currency``.

    An admin's Problems (``bot.delivery.problems``) come first when there are any, else last.
    """
    if rep is None:
        return {"type": "home", "blocks": [section(_(text.HOME_NOT_SET_UP))]}
    quarter = read_period("this quarter", now=now, timezone=reporting_timezone, locale=rep.locale)
    parts = access.home_parts(rep)
    as_rep = "rep" in parts
    others: list[dict[str, Any]] = []
    if "manager" in parts:
        others.extend(manager_part(session, rep, quarter, now, currency=reporting_currency))
    if "controller" in parts:
        others.extend(controller_part(session, rep))
    for role in ("marketing", "service", "compliance"):
        if role in parts:
            others.extend([section(_(ROLE_PARTS[role])), divider()])
    first: list[dict[str, Any]] = []
    if "admin" in parts:
        others.extend(admin_part(session, rep, quarter, now))
        found = problems.collect(session, now=now, scheduler_seen=True)
        admin_blocks = problem_blocks.home_section(found, reader_tz=rep.timezone, note=note)
        if found:
            first = [*admin_blocks, divider()]  # before everything else: it needs doing
        else:
            others.extend(admin_blocks)
    mine: list[dict[str, Any]] = (
        rep_part(session, rep, quarter, now, currency=reporting_currency) if as_rep else []
    )
    if len(first) + len(mine) + len(others) > MAX_BLOCKS and as_rep:
        # A long overdue list: fewer clients with buttons (the rest stay listed as text).
        mine = rep_part(
            session, rep, quarter, now, interactive=FEW_BUTTONS, currency=reporting_currency
        )
    return {"type": "home", "blocks": (first + mine + others)[:MAX_BLOCKS]}


def rep_part(
    session: Session,
    rep: Rep,
    quarter: Period,
    now: datetime,
    *,
    interactive: int = rep_home.INTERACTIVE,
    currency: str = scorecard.DEFAULT_CURRENCY,
) -> list[dict[str, Any]]:
    """Overdue clients and due follow-ups (the cadence feature's), pending claims, the quarter."""
    parts = rep_home.rep_home_blocks(session=session, rep=rep, now=now, interactive=interactive)
    waiting, total = home.waiting_claims(session, rep_id=rep.id, limit=LIST_LIMIT)
    lines = [claim_line(claim, rep.timezone, with_rep=False) for claim in waiting]
    parts.append(
        section(_listing(_(text.HOME_PENDING_CLAIMS), lines, total, _(text.HOME_NO_PENDING_CLAIMS)))
    )
    card = scorecard.build(
        session, reps=[rep], period=quarter, now=now, scope="self", currency=currency
    )
    parts.append(section(_(text.HOME_THIS_QUARTER).format(period=card.period.span_text())))
    parts.extend(blocks.rep_sections(card, card.cards[0])[:3])
    parts.append(divider())
    return parts


def _listing(title: str, lines: list[str], total: int, empty: str) -> str:
    """``title`` and the lines (the first of ``total``) in one section; "…and N more" for the rest."""
    if not lines:
        return f"{title}\n{empty}"
    return pack(lines, title=title, sections=1, total=total)[0]


def claim_line(claim: home.WaitingClaim, timezone: str, *, with_rep: bool) -> str:
    """One pending claim, in mrkdwn: the client's and rep's names escaped."""
    amount = formatting.money(claim.amount, claim.currency)
    raised = formatting.when(claim.raised_at, timezone, with_zone=False)
    client = esc_fit(claim.client_name, NAME)
    kind = claim_text.kind_label(claim.kind)
    if with_rep:
        rest = _("{client} by {rep}, raised {when}").format(
            client=client, rep=esc_fit(claim.rep_name, NAME), when=raised
        )
    else:
        rest = _("{client}, raised {when}").format(client=client, when=raised)
    return f"• #{claim.claim_id} {kind} {amount} — {rest}"


def manager_part(
    session: Session,
    rep: Rep,
    quarter: Period,
    now: datetime,
    *,
    currency: str = scorecard.DEFAULT_CURRENCY,
) -> list[dict[str, Any]]:
    team = scorecard.team_of(session, rep)
    if not team:
        # Said, not left out: a manager's Home with no one on it was blank.
        return [section(_(text.HOME_NO_TEAM)), divider()]
    card = scorecard.build(
        session, reps=team, period=quarter, now=now, scope="team", currency=currency
    )
    table = blocks.team_blocks(card, limit=30)[1:-1]  # no header, no long footer
    title = section(_(text.HOME_TEAM).format(period=card.period.span_text()))
    return [title, *table, divider()]


def controller_part(session: Session, rep: Rep) -> list[dict[str, Any]]:
    waiting, total = home.waiting_claims(session)
    lines = [claim_line(claim, rep.timezone, with_rep=True) for claim in waiting]
    return [
        section(_listing(_(text.HOME_QUEUE), lines, total, _(text.HOME_QUEUE_EMPTY))),
        divider(),
    ]


def admin_part(session: Session, rep: Rep, period: Period, now: datetime) -> list[dict[str, Any]]:
    counts = home.firm_counts(session, period=period, now=now)
    plan = (
        _("from {day}: {summary}").format(
            day=formatting.day(counts.plan.effective_from),
            summary=blocks.plan_summary(counts.plan),
        )
        if counts.plan
        else _("none in force")
    )
    number = formatting.number
    lines = [
        _(text.HOME_ADMIN),
        _("Active reps: {reps} · active clients: {clients}").format(
            reps=number(counts.reps), clients=number(counts.clients)
        ),
        _("This quarter: {contacts} · {verified}").format(
            contacts=ngettext(
                "{count} contact", "{count} contacts", counts.contacts_in_period
            ).format(count=number(counts.contacts_in_period)),
            verified=ngettext(
                "{count} claim verified", "{count} claims verified", counts.verified_in_period
            ).format(count=number(counts.verified_in_period)),
        ),
        _("Claims pending: {count}").format(count=number(counts.pending_claims)),
        _("Bonus plan: {plan}").format(plan=plan),
    ]
    if counts.imports:
        lines.append(_("*Last imports*"))
        lines.extend(
            f"• {esc_fit(run.kind, 40)}: {esc_fit(run.filename, NAME)} — "
            f"{formatting.when(run.ran_at, rep.timezone)} "
            + _("({created} new, {updated} updated, {unchanged} unchanged)").format(
                created=run.created, updated=run.updated, unchanged=run.unchanged
            )
            for run in counts.imports
        )
    else:
        lines.append(_("No imports yet."))
    return [section("\n".join(lines))]

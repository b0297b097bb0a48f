"""The morning nudge, the Monday escalation and the rep's Home list, as Block Kit.

Each overdue client is a section (who, how overdue, by which channel, the due
follow-up) and an actions block: **Log contact** (the contact form's own
button, ``LOG_OPEN_FORM``) and a **Snooze** menu (``NUDGE_SNOOZE``, option
values ``"client_id:days"``). Pure functions of ``bot.cadence`` values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.cadence import ClientStatus, Worklist
from bot.cadence.snoozes import SNOOZE_DAYS
from bot.i18n import _
from bot.messages import cadence as text
from bot.messages import formatting
from handlers import ids
from handlers.blocks.client_card import household_button
from handlers.blocks.contact_form import log_contact_button
from handlers.blocks.mrkdwn import SECTION_TEXT, context, esc_fit, pack, section

NUDGE_LIMIT = 15
AT_RISK_LIMIT = 10
SECTION_LIMIT = SECTION_TEXT
# Slack allows 50 blocks in a message; the escalation keeps well inside.
ESCALATION_REPS = 20
ESCALATION_PER_REP = 10
ROW_BLOCK = "nudge_client:"
ACTIONS_BLOCK = "nudge_actions:"
NAME = 200  # a client's or rep's name in a line, once escaped
TIER = 60


@dataclass(frozen=True)
class TeamRep:
    """A rep as the escalation names them."""

    name: str
    slack_user_id: str


def snooze_menu(client_id: int) -> dict[str, Any]:
    """The Snooze menu of one client's row, keyed by the client (a nudge lists several)."""
    return {
        "type": "static_select",
        "action_id": ids.keyed(ids.NUDGE_SNOOZE, client_id),
        "placeholder": {"type": "plain_text", "text": _(text.SNOOZE_PLACEHOLDER)},
        "options": [
            {
                "text": {
                    "type": "plain_text",
                    "text": text.SNOOZE_OPTION(days).format(count=days),
                },
                "value": f"{client_id}:{days}",
            }
            for days in SNOOZE_DAYS
        ],
    }


def read_snooze(value: str | None) -> tuple[int, int]:
    """``(client id, days)`` from a snooze option; raises ``ValueError`` on anything else."""
    raw_id, _sep, raw_days = str(value or "").partition(":")
    if not (raw_id.isdigit() and raw_days.isdigit()) or len(raw_id) > 11 or len(raw_days) > 3:
        raise ValueError(f"not a snooze value: {value!r}")
    return int(raw_id), int(raw_days)


def client_line(status: ClientStatus) -> str:
    return text.overdue_line(
        name=esc_fit(status.name, NAME),
        tier=esc_fit(status.tier, TIER),
        days_since=status.days_since,
        max_days=status.max_days,
        last_channel=status.last_channel,
        contacted=status.last_contact_at is not None,
        follow_up_due=status.follow_up_due,
        as_of=status.as_of,
        overdue=status.overdue,
    )


def client_rows(statuses: Sequence[ClientStatus], *, source: str = "nudge") -> list[dict[str, Any]]:
    """A section and a Log / Snooze (/ Household: its card) actions block per client."""
    blocks: list[dict[str, Any]] = []
    for status in statuses:
        blocks.append(section(client_line(status), f"{ROW_BLOCK}{status.client_id}"))
        blocks.append(
            {
                "type": "actions",
                "block_id": f"{ACTIONS_BLOCK}{status.client_id}",
                "elements": [
                    log_contact_button(status.client_id, source=source, label=_(text.LOG_CONTACT)),
                    snooze_menu(status.client_id),
                    *([household_button(status.household_id)] if status.household_id else []),
                ],
            }
        )
    return blocks


def at_risk_block(
    statuses: Sequence[ClientStatus], *, limit: int = AT_RISK_LIMIT
) -> dict[str, Any]:
    lines = [
        text.at_risk_line(
            name=esc_fit(s.name, NAME),
            days_since=s.days_since,
            last_channel=s.last_channel,
            min_days=s.min_days,
        )
        for s in statuses[:limit]
    ]
    packed = pack(
        lines,
        title=_(text.AT_RISK_TITLE),
        sections=1,
        total=len(statuses),
        more=_(text.AT_RISK_MORE),
    )
    return section(packed[0])


def nudge_message(
    worklist: Worklist, *, limit: int = NUDGE_LIMIT
) -> tuple[str, list[dict[str, Any]]]:
    """The DM: the most overdue ``limit`` clients with buttons, then the at-risk ones.

    Only called for a worklist with something due (nothing due sends nothing).
    """
    due = len(worklist.due)
    count = formatting.number(due)
    blocks = [section(text.NUDGE_HEADLINE(due).format(count=count))]
    blocks.extend(client_rows(worklist.due[:limit]))
    if len(worklist.due) > limit:
        blocks.append(context(_(text.NUDGE_MORE).format(more=len(worklist.due) - limit)))
    if worklist.at_risk:
        blocks.append({"type": "divider"})
        blocks.append(at_risk_block(worklist.at_risk))
    return text.NUDGE_FALLBACK(due).format(count=count), blocks


def home_blocks(worklist: Worklist, *, interactive: int = 20) -> list[dict[str, Any]]:
    """The Home tab's part: every due client, the first ``interactive`` with buttons.

    A Home view holds 100 blocks; past ``interactive`` clients the rest are
    listed as text so the list stays complete while leaving room for the
    other parts of the Home tab.
    """
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": _(text.HOME_TITLE)}}
    ]
    if worklist.empty:
        blocks.append(section(_(text.HOME_NOTHING_DUE)))
    else:
        blocks.extend(client_rows(worklist.due[:interactive], source="form"))
        rest = worklist.due[interactive:]
        if rest:
            blocks.extend(_text_list(_(text.HOME_ALSO_DUE), [client_line(s) for s in rest]))
    if worklist.snoozed:
        blocks.append(context(text.HOME_SNOOZED(worklist.snoozed).format(count=worklist.snoozed)))
    if worklist.at_risk:
        blocks.append(at_risk_block(worklist.at_risk, limit=25))
    blocks.append({"type": "divider"})
    return blocks


def _text_list(title: str, lines: list[str], *, sections: int = 5) -> list[dict[str, Any]]:
    """Lines packed into at most ``sections`` sections of Slack's 3,000 characters."""
    bullets = ["• " + line.replace("\n", " — ") for line in lines]
    packed = pack(bullets, title=title, sections=sections, more=_(text.HOME_MORE))
    return [section(chunk) for chunk in packed]


def snoozed_in_place(
    blocks: Sequence[dict[str, Any]], *, client_id: int, until_text: str
) -> list[dict[str, Any]]:
    """The nudge again, with that client's buttons replaced by "Snoozed until …"."""
    target = f"{ACTIONS_BLOCK}{client_id}"
    return [
        context(_(text.SNOOZED_INLINE).format(until=until_text))
        if block.get("block_id") == target
        else dict(block)
        for block in blocks
    ]


def escalation_message(
    groups: Sequence[tuple[TeamRep, Sequence[ClientStatus]]],
) -> tuple[str, list[dict[str, Any]]]:
    """The Monday digest to a manager: far-overdue clients grouped by rep."""
    total = sum(len(statuses) for _rep, statuses in groups)
    count = formatting.number(total)
    blocks = [section(text.ESCALATION_HEADLINE(total).format(count=count))]
    for rep, statuses in groups[:ESCALATION_REPS]:
        name = esc_fit(rep.name, NAME)
        lines = [
            text.escalation_line(
                name=esc_fit(s.name, NAME),
                tier=esc_fit(s.tier, TIER),
                days_since=s.days_since,
                max_days=s.max_days,
                contacted=s.last_contact_at is not None,
            )
            for s in statuses[:ESCALATION_PER_REP]
        ]
        title = f"*{name}* (<@{esc_fit(rep.slack_user_id, 40)}>)"
        more = _(text.ESCALATION_MORE).replace("{rep}", name.replace("{", "{{").replace("}", "}}"))
        packed = pack(lines, title=title, sections=1, total=len(statuses), more=more)
        blocks.append(section(packed[0]))
    if len(groups) > ESCALATION_REPS:
        blocks.append(
            context(
                text.ESCALATION_REPS_MORE(len(groups) - ESCALATION_REPS).format(
                    count=len(groups) - ESCALATION_REPS
                )
            )
        )
    return text.ESCALATION_FALLBACK(total).format(count=count), blocks

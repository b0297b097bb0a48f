"""Wording of the morning nudge, the Monday escalation, snoozes and ``/cms cadence``."""

from __future__ import annotations

from datetime import date

from bot.i18n import ngettext
from bot.messages.formatting import CHANNEL_LABELS, day, number

# the morning nudge
NUDGE_HEADLINE = ":wave: Good morning — {count} need a contact:"
NUDGE_FALLBACK = "{count} need a contact today."
NUDGE_MORE = "…and {more} more. The full list is in the *Home* tab of this app."
AT_RISK_TITLE = "*Contacted recently* — a contact today would be too often:"
AT_RISK_MORE = "…and {more} more."
SNOOZE_PLACEHOLDER = "Snooze"
SNOOZE_OPTION = "Snooze {days} days"
LOG_CONTACT = "Log contact"

# App Home
HOME_TITLE = "Clients needing a contact"
HOME_NOTHING_DUE = ":white_check_mark: Nobody in your book is overdue and no follow-up is due."
HOME_SNOOZED = "{count} snoozed (they come back when the snooze ends, or sooner if contacted)."
HOME_ALSO_DUE = "*Also due* (log or snooze them above as they come up):"
HOME_MORE = "…and {more} more."

# snoozing
SNOOZED = "Snoozed {client} until {until}; it comes back sooner if anyone logs a contact."
SNOOZED_INLINE = ":zzz: Snoozed until {until}."
BAD_SNOOZE = "That snooze button no longer works; open the Home tab for the current list."

# the Monday escalation
ESCALATION_HEADLINE = (
    ":rotating_light: Weekly escalation — {count} of your team's clients "
    "are more than twice their cadence without a contact:"
)
ESCALATION_FALLBACK = "{count} of your team's clients are more than twice their cadence overdue."
ESCALATION_MORE = "…and {more} more for {rep}."
ESCALATION_REPS_MORE = "…and {more} more reps with far-overdue clients."

# /cms cadence
CADENCE_USAGE = (
    "Use `/cms cadence` to list the policies, `/cms cadence <tier> max <days> min <days>` "
    "for a tier (`*` is the firm-wide default) or "
    "`/cms cadence client <name> max <days> min <days>` for one client; "
    "add `clear` instead of the days to remove a tier's policy or a client's override; "
    "add `household` to make a contact with any member of a client's household count for "
    "every member (`per-client` undoes it)."
)
CADENCE_LIST_TITLE = (
    "*Contact cadence* — most days without contact (max) and fewest days between contacts (min):"
)
CADENCE_DEFAULT_ROW = "• *firm-wide default* (`*`): max {max_days} days, min {min_days} days"
CADENCE_TIER_ROW = "• *{tier}*: max {max_days} days, min {min_days} days"
CADENCE_OVERRIDES_TITLE = "*Client overrides*:"
CADENCE_OVERRIDE_ROW = "• {client} ({tier}): max {max_days} days, min {min_days} days"
CADENCE_NO_OVERRIDES = "No client overrides."
CADENCE_OVERRIDES_MORE = "…and {more} more."
CADENCE_SET_TIER = "Cadence for *{tier}* is now max {max_days} days, min {min_days} days ({clients} clients in that tier)."
CADENCE_SET_DEFAULT = (
    "The firm-wide default cadence is now max {max_days} days, min {min_days} days."
)
CADENCE_SET_CLIENT = "Cadence for *{client}* is now max {max_days} days, min {min_days} days (its own, whatever its tier)."
CADENCE_HOUSEHOLD_NOTE = (
    " Household-wide: a contact with any member of a client's household counts for every member."
)
CADENCE_HOUSEHOLD_ROW = " (household-wide)"
CADENCE_CLEARED_TIER = "Removed the policy for *{tier}*; its clients follow the firm-wide default."
CADENCE_CLEARED_CLIENT = "Removed the override for *{client}*; it follows its tier again."


def clients(count: int) -> str:
    """``1 client``, ``5 clients``: the count with its noun, in the reader's language."""
    return ngettext("{count} client", "{count} clients", count).format(count=number(count))


def days_ago(count: int) -> str:
    if count <= 0:
        return "today"
    return "yesterday" if count == 1 else f"{count} days ago"


def channel_label(channel: str | None) -> str:
    return CHANNEL_LABELS.get(channel or "", channel or "unknown channel")


def overdue_line(
    *,
    name: str,
    tier: str,
    days_since: int,
    max_days: int,
    last_channel: str | None,
    contacted: bool,
    follow_up_due: date | None,
    as_of: date,
    overdue: bool,
) -> str:
    """One client in a nudge or the Home tab, in mrkdwn."""
    if contacted:
        last = f"{days_since} days since last contact ({channel_label(last_channel)})"
    else:
        last = f"never contacted — covered for {days_since} days"
    line = f"*{name}* · {tier} · {last} · every {max_days} days"
    if not overdue:
        line = f"*{name}* · {tier} · last contact {days_ago(days_since)}"
        if contacted:
            line += f" ({channel_label(last_channel)})"
    if follow_up_due is not None:
        late = (as_of - follow_up_due).days
        when = "today" if late == 0 else f"{day(follow_up_due)}, {days_ago(late)}"
        line += f"\n:calendar: follow-up due {when}"
    return line


def at_risk_line(*, name: str, days_since: int, last_channel: str | None, min_days: int) -> str:
    return (
        f"• *{name}* — contacted {days_ago(days_since)} ({channel_label(last_channel)}); "
        f"the cadence asks for {min_days} days between contacts"
    )


def escalation_line(
    *, name: str, tier: str, days_since: int, max_days: int, contacted: bool
) -> str:
    since = (
        f"{days_since} days without contact"
        if contacted
        else f"never contacted in {days_since} days"
    )
    return f"• *{name}* · {tier} · {since} (every {max_days})"

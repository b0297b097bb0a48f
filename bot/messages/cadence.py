"""Wording of the morning nudge, the Monday escalation, snoozes and ``/cms cadence``."""

from __future__ import annotations

from datetime import date

from bot.i18n import N_, Plural, _, ngettext
from bot.messages.formatting import channel_name, day, number

# the morning nudge
NUDGE_HEADLINE = Plural(
    ":wave: Good morning — {count} client needs a contact:",
    ":wave: Good morning — {count} clients need a contact:",
)
NUDGE_FALLBACK = Plural(
    "{count} client needs a contact today.", "{count} clients need a contact today."
)
NUDGE_MORE = N_("…and {more} more. The full list is in the *Home* tab of this app.")
AT_RISK_TITLE = N_("*Contacted recently* — a contact today would be too often:")
AT_RISK_MORE = N_("…and {more} more.")
SNOOZE_PLACEHOLDER = N_("Snooze")
SNOOZE_OPTION = Plural("Snooze {count} day", "Snooze {count} days")
LOG_CONTACT = N_("Log contact")

# App Home
HOME_TITLE = N_("Clients needing a contact")
HOME_NOTHING_DUE = N_(":white_check_mark: Nobody in your book is overdue and no follow-up is due.")
HOME_SNOOZED = Plural(
    "{count} client snoozed (it comes back when the snooze ends, or sooner if contacted).",
    "{count} clients snoozed (they come back when the snooze ends, or sooner if contacted).",
)
HOME_ALSO_DUE = N_("*Also due* (log or snooze them above as they come up):")
HOME_MORE = N_("…and {more} more.")

# snoozing
SNOOZED = N_("Snoozed {client} until {until}; it comes back sooner if anyone logs a contact.")
SNOOZED_INLINE = N_(":zzz: Snoozed until {until}.")
BAD_SNOOZE = N_("That snooze button no longer works; open the Home tab for the current list.")

# the Monday escalation
ESCALATION_HEADLINE = Plural(
    ":rotating_light: Weekly escalation — {count} of your team's clients "
    "is more than twice its cadence without a contact:",
    ":rotating_light: Weekly escalation — {count} of your team's clients "
    "are more than twice their cadence without a contact:",
)
ESCALATION_FALLBACK = Plural(
    "{count} of your team's clients is more than twice its cadence overdue.",
    "{count} of your team's clients are more than twice their cadence overdue.",
)
ESCALATION_MORE = N_("…and {more} more for {rep}.")
ESCALATION_REPS_MORE = Plural(
    "…and {count} more rep with far-overdue clients.",
    "…and {count} more reps with far-overdue clients.",
)

# /cms cadence
CADENCE_USAGE = N_(
    "Use `/cms cadence` to list the policies, `/cms cadence <tier> max <days> min <days>` "
    "for a tier (`*` is the firm-wide default) or "
    "`/cms cadence client <name> max <days> min <days>` for one client; "
    "add `clear` instead of the days to remove a tier's policy or a client's override; "
    "add `household` to make a contact with any member of a client's household count for "
    "every member (`per-client` undoes it)."
)
CADENCE_LIST_TITLE = N_(
    "*Contact cadence* — most days without contact (max) and fewest days between contacts (min):"
)
CADENCE_DEFAULT_ROW = N_("• *firm-wide default* (`*`): {cadence}")
CADENCE_TIER_ROW = N_("• *{tier}*: {cadence}")
CADENCE_OVERRIDES_TITLE = N_("*Client overrides*:")
CADENCE_OVERRIDE_ROW = N_("• {client} ({tier}): {cadence}")
CADENCE_NO_OVERRIDES = N_("No client overrides.")
CADENCE_OVERRIDES_MORE = N_("…and {more} more.")
CADENCE_SET_TIER = N_("Cadence for *{tier}* is now {cadence} ({clients} in that tier).")
CADENCE_SET_DEFAULT = N_("The firm-wide default cadence is now {cadence}.")
CADENCE_SET_CLIENT = N_("Cadence for *{client}* is now {cadence} (its own, whatever its tier).")
# A policy's two figures: most days without contact, fewest days between contacts.
CADENCE_MAX_MIN = N_("max {max}, min {min}")
CADENCE_HOUSEHOLD_NOTE = N_(
    " Household-wide: a contact with any member of a client's household counts for every member."
)
CADENCE_HOUSEHOLD_ROW = N_(" (household-wide)")
CADENCE_CLEARED_TIER = N_(
    "Removed the policy for *{tier}*; its clients follow the firm-wide default."
)
CADENCE_CLEARED_CLIENT = N_("Removed the override for *{client}*; it follows its tier again.")


def clients(count: int) -> str:
    """``1 client``, ``5 clients``: the count with its noun, in the reader's language."""
    return ngettext("{count} client", "{count} clients", count).format(count=number(count))


def day_count(count: int) -> str:
    """``1 day``, ``30 days``: a number of days with its noun, in the reader's language."""
    return ngettext("{count} day", "{count} days", count).format(count=number(count))


def every(count: int) -> str:
    """``every 30 days``: a cadence's most days without contact."""
    return ngettext("every {count} day", "every {count} days", count).format(count=number(count))


def max_min(max_days: int, min_days: int) -> str:
    """``max 30 days, min 1 day``: a cadence policy as ``/cms cadence`` shows it."""
    return _(CADENCE_MAX_MIN).format(max=day_count(max_days), min=day_count(min_days))


def days_ago(count: int) -> str:
    if count <= 0:
        return _("today")
    if count == 1:
        return _("yesterday")
    return ngettext("{count} day ago", "{count} days ago", count).format(count=number(count))


def channel_label(channel: str | None) -> str:
    return channel_name(channel)


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
    cadence = every(max_days)
    if not overdue:
        line = _("*{name}* · {tier} · last contact {ago}").format(
            name=name, tier=tier, ago=days_ago(days_since)
        )
        if contacted:
            line += f" ({channel_label(last_channel)})"
    elif contacted:
        last = ngettext(
            "{count} day since last contact ({channel})",
            "{count} days since last contact ({channel})",
            days_since,
        ).format(count=days_since, channel=channel_label(last_channel))
        line = f"*{name}* · {tier} · {last} · {cadence}"
    else:
        last = ngettext(
            "never contacted — covered for {count} day",
            "never contacted — covered for {count} days",
            days_since,
        ).format(count=days_since)
        line = f"*{name}* · {tier} · {last} · {cadence}"
    if follow_up_due is not None:
        late = (as_of - follow_up_due).days
        if late == 0:
            line += "\n" + _(":calendar: follow-up due today")
        else:
            line += "\n" + _(":calendar: follow-up due {day}, {ago}").format(
                day=day(follow_up_due), ago=days_ago(late)
            )
    return line


def at_risk_line(*, name: str, days_since: int, last_channel: str | None, min_days: int) -> str:
    return ngettext(
        "• *{name}* — contacted {ago} ({channel}); the cadence asks for {count} day "
        "between contacts",
        "• *{name}* — contacted {ago} ({channel}); the cadence asks for {count} days "
        "between contacts",
        min_days,
    ).format(
        name=name, ago=days_ago(days_since), channel=channel_label(last_channel), count=min_days
    )


def escalation_line(
    *, name: str, tier: str, days_since: int, max_days: int, contacted: bool
) -> str:
    if contacted:
        since = ngettext(
            "{count} day without contact", "{count} days without contact", days_since
        ).format(count=days_since)
    else:
        since = ngettext(
            "never contacted in {count} day", "never contacted in {count} days", days_since
        ).format(count=days_since)
    return f"• *{name}* · {tier} · {since} ({every(max_days)})"

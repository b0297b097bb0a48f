"""Wording of the /logcontact replies."""

from __future__ import annotations

from bot.i18n import N_, Plural, _, ngettext
from bot.messages.formatting import channel_name

PICK_CLIENT = N_("Which client did you mean?")
PICK_CLIENT_MORE = N_(
    "…and {more} more; put more of the name (or the name in quotes) to narrow it down."
)
PICK_CHANNEL = N_("How did the contact with {client} happen?")
NO_MATCH = N_(
    "No client in your book matches “{text}”. Check the spelling, put the name in quotes, or use the form."
)
EMPTY_HINT = N_(
    "Tell me who, how and when, e.g. `/logcontact Jane Smith call yesterday 3pm discussed the rollover`."
)
TOO_LONG = N_(
    "That line is {length} characters, too long for me to read in one go; "
    "write the longer notes in the form."
)
ALREADY = N_("Already recorded — here it is:")
LOGGED = N_("Logged {channel} contact with {client}.")
UNDONE = N_(
    "Undone: the {channel} contact with {client} on {when} is no longer on record (the audit trail keeps it)."
)
TOO_OFTEN = Plural(
    ":warning: {client} was contacted {days} by {by} — the cadence asks for at least {count} day "
    "between contacts. Recorded all the same.",
    ":warning: {client} was contacted {days} by {by} — the cadence asks for at least {count} days "
    "between contacts. Recorded all the same.",
)
TOO_OFTEN_HOUSEHOLD = Plural(
    ":warning: {member}, of {client}'s household, was contacted {days} by {by} — the household's "
    "cadence asks for at least {count} day between contacts with any member. "
    "Recorded all the same.",
    ":warning: {member}, of {client}'s household, was contacted {days} by {by} — the household's "
    "cadence asks for at least {count} days between contacts with any member. "
    "Recorded all the same.",
)


def channel_label(channel: str) -> str:
    return channel_name(channel, unknown=channel)


def days(count: int) -> str:
    if count == 0:
        return _("earlier today")
    return ngettext("{count} day ago", "{count} days ago", count).format(count=count)

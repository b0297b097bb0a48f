"""Wording of the /logcontact replies."""

from __future__ import annotations

from bot.messages.formatting import CHANNEL_LABELS

PICK_CLIENT = "Which client did you mean?"
PICK_CLIENT_MORE = (
    "…and {more} more; put more of the name (or the name in quotes) to narrow it down."
)
PICK_CHANNEL = "How did the contact with {client} happen?"
NO_MATCH = "No client in your book matches “{text}”. Check the spelling, put the name in quotes, or use the form."
EMPTY_HINT = "Tell me who, how and when, e.g. `/logcontact Jane Smith call yesterday 3pm discussed the rollover`."
TOO_LONG = (
    "That's too long to carry on a button; please put the client's name in quotes or use the form."
)
ALREADY = "Already recorded — here it is:"
LOGGED = "Logged {channel} contact with {client}."
UNDONE = "Undone: the {channel} contact with {client} on {when} is no longer on record (the audit trail keeps it)."
TOO_OFTEN = (
    ":warning: {client} was contacted {days} by {by} — the cadence asks for at least {min_days} days "
    "between contacts. Recorded all the same."
)
TOO_OFTEN_HOUSEHOLD = (
    ":warning: {member}, of {client}'s household, was contacted {days} by {by} — the household's "
    "cadence asks for at least {min_days} days between contacts with any member. "
    "Recorded all the same."
)


def channel_label(channel: str) -> str:
    return CHANNEL_LABELS.get(channel, channel)


def days(count: int) -> str:
    return "earlier today" if count == 0 else ("1 day ago" if count == 1 else f"{count} days ago")

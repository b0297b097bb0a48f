"""Wording of what the one-line reader could not read, and of the day-only contact."""

from __future__ import annotations

UNCLEAR_HEADLINE = "I couldn't read everything in that line, so nothing is recorded yet."
UNCLEAR = {
    "date": "“{text}”: I can't tell which day that is.",
    "time": "“{text}”: I can't tell which time of day that is.",
    "amount": "“{text}”: I can't read that as an amount, or as a deposit, pledge or fee.",
    "direction": (
        "“{text}”: moved in, or out? Write “transferred in”, or the account it went into "
        "(“into ACC-1048”), to claim it as a deposit."
    ),
    "currency": "“{text}”: which currency? {client} holds accounts in {currencies}.",
    "account": "“{text}” is not one of {client}'s accounts.",
    "future": "“{text}” is later than now; a contact is logged after it happens.",
}
UNCLEAR_FIX = (
    "Open the form below (what I could read is filled in), or send the line again "
    "with the day, time or amount written out, e.g. `yesterday 3pm`, `pledged $2.5m`."
)
OPEN_FORM = "Open the form"
DAY_ONLY = "{day} (no time given)"
FORM_PREFILLED = "From your line: “{line}”."
FORM_UNREAD = "Not read, please fill in: {words}."

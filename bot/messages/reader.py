"""Wording of what the one-line reader could not read, and of the day-only contact."""

from __future__ import annotations

from bot.i18n import N_

UNCLEAR_HEADLINE = N_("I couldn't read everything in that line, so nothing is recorded yet.")
UNCLEAR = {
    "date": N_("“{text}”: I can't tell which day that is."),
    "time": N_("“{text}”: I can't tell which time of day that is."),
    "amount": N_("“{text}”: I can't read that as an amount, or as a deposit, pledge or fee."),
    "direction": (
        N_(
            "“{text}”: moved in, or out? Write “transferred in”, or the account it went into "
            "(“into ACC-1048”), to claim it as a deposit."
        )
    ),
    "currency": N_("“{text}”: which currency? {client} holds accounts in {currencies}."),
    "account": N_("“{text}” is not one of {client}'s accounts."),
    "future": N_("“{text}” is later than now; a contact is logged after it happens."),
}
UNCLEAR_FIX = N_(
    "Open the form below (what I could read is filled in), or send the line again "
    "with the day, time or amount written out, e.g. `yesterday 3pm`, `pledged $2.5m`."
)
OPEN_FORM = N_("Open the form")
DAY_ONLY = N_("{day} (no time given)")
FORM_PREFILLED = N_("From your line: “{line}”.")
FORM_UNREAD = N_("Not read, please fill in: {words}.")

"""Wording of the contact form, the /client card and ``/cms initiative``."""

from __future__ import annotations

from bot.i18n import N_, Plural

# --- the contact form ----------------------------------------------------------------------

TITLE_NEW = N_("Log a contact")
TITLE_EDIT = N_("Edit contact")
SUBMIT_NEW = N_("Log it")
SUBMIT_EDIT = N_("Save")
CLOSE = N_("Cancel")

LABEL_CLIENT = N_("Client")
LABEL_DATE = N_("Date")
LABEL_TIME = N_("Time")
LABEL_CHANNEL = N_("How")
LABEL_NOTES = N_("Notes")
# A message shortcut on a message longer than the notes hold.
NOTES_SHORTENED = Plural(
    ":scissors: This message is {whole} character long; the notes keep its first {kept}, "
    "ending with “…”.",
    ":scissors: This message is {whole} characters long; the notes keep its first {kept}, "
    "ending with “…”.",
)
NOTES_WHOLE_AT_LINK = N_("The whole message stays in Slack: <{link}|open it>.")
NOTES_WHOLE_IN_SLACK = N_("The whole message stays in Slack, where it was posted.")
LABEL_PRIVATE = N_("Private")
PRIVATE_OPTION = N_("Private notes")
PRIVATE_DESCRIPTION = N_("Only the coverage team, their managers and compliance read them")
LABEL_OUTCOME = N_("Outcome")
LABEL_PLEDGED = N_("Assets pledged")
LABEL_DEPOSITED = N_("Assets deposited")
LABEL_CURRENCY = N_("Currency")
LABEL_ACCOUNT = N_("Account")
LABEL_MANDATE_FEE = N_("Mandate fee")
LABEL_INITIATIVE = N_("Initiative")
LABEL_FOLLOW_UP = N_("Follow up on")
LABEL_OWNER = N_("On behalf of")
MYSELF = N_("Myself")

PLACEHOLDER_CLIENT = N_("Type a name")
PLACEHOLDER_AMOUNT = N_("e.g. 2.5m, 250,000 or $1.2mm")
HINT_TIME = N_("In your time zone ({zone}).")
HINT_OWNER = N_("Leave it empty to log the contact for the rep you assist who covers the client.")
HINT_CLAIMS = N_("Pledges, deposits and mandate fees go to the controllers for confirmation.")
HINT_ACCOUNT = N_("Where the assets are (or will be) held, if you know it.")
FOR_OWNER = N_("For {owner} (logged by {author}).")
DECIDED_CLAIM = N_("{kind} {amount}: {status} — no longer changes with this contact.")
EXTRA_CLAIMS = N_("Also on this contact, unchanged by this form: {claims}.")

# field errors: each says what to fix
ERR_CLIENT_MISSING = N_("Pick the client.")
ERR_CHANNEL_MISSING = N_("Pick how the contact happened.")
ERR_DATE_MISSING = N_("Pick the day of the contact.")
ERR_DATE_FUTURE = N_("That day is still to come; log a contact after it happens.")
ERR_TIME_FUTURE = N_("That time is still to come today ({now} now in {zone}).")
ERR_TIME_UNREADABLE = N_("Pick a time like 14:30.")
ERR_AMOUNT = N_("“{text}” is not an amount; write it like 2.5m, 250,000 or $1.2mm.")
ERR_AMOUNT_POSITIVE = N_("The amount must be more than zero.")
ERR_AMOUNT_CURRENCY = N_(
    "That amount is in {typed} but the currency picked is {picked}; make them agree."
)
ERR_CURRENCY_MISSING = N_("Pick the currency of the amounts.")
ERR_FOLLOW_UP_BEFORE = N_("The follow-up can't be before the contact ({day}).")
ERR_OWNER = N_("Pick whose contact this was.")
ERR_GONE = N_("That form is out of date; close it and open a new one.")

CONFIRM_EDITED = N_("Saved your changes to the {channel} contact with {client}.")

# --- the /client card --------------------------------------------------------------------

CLIENT_USAGE = N_("Tell me which client, e.g. `/client Jane Smith`.")
CLIENT_NO_MATCH = N_(
    "No client you can see matches “{text}”. Check the spelling or try part of the name."
)
CLIENT_PICK = N_("Several clients match “{text}”; which one?")
CLIENT_MORE = N_("…and {count} more; type more of the name to narrow it down.")
CLIENT_MORE_CLAIMS = Plural("…and {count} more pending claim.", "…and {count} more pending claims.")
CARD_NO_CONTACTS = N_("No contacts on record yet.")
CARD_NO_FOLLOW_UPS = N_("None due.")
CARD_NEVER = N_(
    "No contact by the coverage team yet — {days} since coverage began; cadence {every}{verdict}"
)
CARD_SINCE = N_("{days} since last contact — cadence {every}{verdict}")
CARD_OVERDUE = N_(": overdue by {late}")
CARD_IN_TIME = N_(": next contact due within {left}")
CARD_TOO_SOON = N_(" (at least {min} between contacts: wait {wait} more)")
CARD_FOLLOW_UP = N_("{day} — {state}, from {rep}'s contact of {contact_day}")
LOG_CONTACT = N_("Log contact")
SHOW_CARD = N_("Show")
SHOW_HOUSEHOLD = N_("Household")
CARD_ASSETS = N_("*Assets* (latest positions per account)")
CARD_NO_ASSETS = N_("No positions imported yet.")
CARD_ACCOUNT = N_("• {account} as of {day}: {lines}")
CARD_ASSET_LINE = N_("{asset_class} {value}")
CARD_ACCOUNT_TOTAL = N_(" — total {total}")
CARD_ASSETS_TOTAL = N_("*Total*: {totals}")
# Positions are converted into the reporting currency at their day's rate
# (``bot.directory.assets``); one without a rate is named, with why, and left out.
CARD_ASSET_NOT_CONVERTED = N_("{asset_class} {value} ({reason})")
CARD_ACCOUNT_CONVERTED = N_(" = {converted}")
CARD_ASSETS_TOTAL_EXCLUDING = Plural(
    "*Total*: {total}, excluding {count} position not converted (no rate; `cmsbot import rates`)",
    "*Total*: {total}, excluding {count} positions not converted (no rate; `cmsbot import rates`)",
)

# --- the household card ------------------------------------------------------------------

HOUSEHOLD_TITLE = N_("{name} (household)")
HOUSEHOLD_CADENCE_WIDE = N_("Household cadence: a contact with any member counts for every member.")
HOUSEHOLD_CADENCE_EACH = N_("Cadence per member.")
HOUSEHOLD_MEMBER = N_("*{name}* — {kind}, {tier} — {coverage}")
HOUSEHOLD_MEMBER_CONTACT = N_("Last contact {day}; next due by {due}{verdict}")
HOUSEHOLD_MEMBER_NEVER = N_("No contact yet; next due by {due}{verdict}")
HOUSEHOLD_MEMBER_NOTHING = N_("No contact and no coverage yet")
HOUSEHOLD_OVERDUE = N_(" — :warning: overdue by {late}")
HOUSEHOLD_FOLLOW_UPS = N_("Open follow-ups: {days}")
HOUSEHOLD_CLAIMS = N_("*Claims* (pending and verified)")
HOUSEHOLD_NO_CLAIMS = N_("No pending or verified claims.")
HOUSEHOLD_CLAIM = N_("#{claim_id} {client}: {kind} {amount} — {status}, {rep}, {day}")
HOUSEHOLD_MORE_CLAIMS = Plural("…and {count} more claim.", "…and {count} more claims.")
HOUSEHOLD_MORE_MEMBERS = Plural(
    "…and {count} more member; `/client` with a member's name shows their card.",
    "…and {count} more members; `/client` with a member's name shows their card.",
)

# --- /cms initiative ---------------------------------------------------------------------

INITIATIVE_USAGE = {
    "add": 'initiative add "Name" #tag cost 45000 USD from 2026-09-01 [to 2026-12-31]',
    "list": "initiative list",
    "close": "initiative close #tag",
    "edit": "initiative edit #tag [cost 45000 USD] [from 2026-09-01] [to 2026-12-31]",
    "tag": "initiative tag #tag EXT_ID 2026-11-15",
}
INITIATIVE_EDITED = N_("#{tag} “{name}” is now: cost {cost}, {dates}.")
INITIATIVE_TAGGED = Plural(
    "Tagged {count} contact of {external_id} on {day} with #{tag} "
    "(contacts already tagged were left as they were).",
    "Tagged {count} contacts of {external_id} on {day} with #{tag} "
    "(contacts already tagged were left as they were).",
)
INITIATIVE_NO_SUCH_CLIENT = N_(
    "No client has the id {external_id}; ask the rep for the client's id."
)
INITIATIVE_ADDED = N_(
    "Added #{tag} “{name}”: cost {cost}, {dates}. Reps can now tag contacts with #{tag}."
)
INITIATIVE_CLOSED = N_("Closed #{tag}; contacts after {day} can't be tagged with it.")
INITIATIVE_ALREADY_CLOSED = N_("#{tag} was already closed; nothing changed.")
INITIATIVE_NONE = N_("No initiatives yet. An admin adds one with `/cms {usage}`.")
INITIATIVE_TAG_TAKEN = N_("The tag #{tag} is already used by “{name}”; pick another.")
INITIATIVE_BAD_TAG = N_(
    "“{tag}” can't be a tag: use letters, digits and dashes after the #, like #symphony-night."
)
INITIATIVE_NEEDS = N_("Tell me {what}. Use `/cms {usage}`.")
INITIATIVE_BAD_DATE = N_("“{text}” is not a date; write it as YYYY-MM-DD, like 2026-09-01.")
INITIATIVE_ENDS_BEFORE = N_("The end ({end}) is before the start ({start}).")
INITIATIVE_BAD_COST = N_("“{text}” is not a cost; write it like 45000, 45,000 or 45k.")
INITIATIVE_UNKNOWN_WORD = N_("I don't understand “{word}”. Use `/cms {usage}`.")
INITIATIVE_UNKNOWN_VERB = N_("`initiative` understands add, list, edit, tag and close: {usages}")
INITIATIVE_NOT_FOUND = N_("No initiative is tagged #{tag}.")
INITIATIVE_ADMINS_ONLY = N_(
    "Only admins and marketing can add, change or close initiatives; ask one of them."
)

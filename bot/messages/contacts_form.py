"""Wording of the contact form, the /client card and ``/cms initiative``."""

from __future__ import annotations

from bot.i18n import Plural

# --- the contact form ----------------------------------------------------------------------

TITLE_NEW = "Log a contact"
TITLE_EDIT = "Edit contact"
SUBMIT_NEW = "Log it"
SUBMIT_EDIT = "Save"
CLOSE = "Cancel"

LABEL_CLIENT = "Client"
LABEL_DATE = "Date"
LABEL_TIME = "Time"
LABEL_CHANNEL = "How"
LABEL_NOTES = "Notes"
LABEL_PRIVATE = "Private"
PRIVATE_OPTION = "Private notes"
PRIVATE_DESCRIPTION = "Only the coverage team, their managers and compliance read them"
LABEL_OUTCOME = "Outcome"
LABEL_PLEDGED = "Assets pledged"
LABEL_DEPOSITED = "Assets deposited"
LABEL_CURRENCY = "Currency"
LABEL_ACCOUNT = "Account"
LABEL_MANDATE_FEE = "Mandate fee"
LABEL_INITIATIVE = "Initiative"
LABEL_FOLLOW_UP = "Follow up on"
LABEL_OWNER = "On behalf of"
MYSELF = "Myself"

PLACEHOLDER_CLIENT = "Type a name"
PLACEHOLDER_AMOUNT = "e.g. 2.5m, 250,000 or $1.2mm"
HINT_TIME = "In your time zone ({zone})."
HINT_OWNER = "Leave it empty to log the contact for the rep you assist who covers the client."
HINT_CLAIMS = "Pledges, deposits and mandate fees go to the controllers for confirmation."
HINT_ACCOUNT = "Where the assets are (or will be) held, if you know it."
FOR_OWNER = "For {owner} (logged by {author})."
DECIDED_CLAIM = "{kind} {amount}: {status} — no longer changes with this contact."
EXTRA_CLAIMS = "Also on this contact, unchanged by this form: {claims}."

# field errors: each says what to fix
ERR_CLIENT_MISSING = "Pick the client."
ERR_CHANNEL_MISSING = "Pick how the contact happened."
ERR_DATE_MISSING = "Pick the day of the contact."
ERR_DATE_FUTURE = "That day is still to come; log a contact after it happens."
ERR_TIME_FUTURE = "That time is still to come today ({now} now in {zone})."
ERR_TIME_UNREADABLE = "Pick a time like 14:30."
ERR_AMOUNT = "“{text}” is not an amount; write it like 2.5m, 250,000 or $1.2mm."
ERR_AMOUNT_POSITIVE = "The amount must be more than zero."
ERR_AMOUNT_CURRENCY = (
    "That amount is in {typed} but the currency picked is {picked}; make them agree."
)
ERR_CURRENCY_MISSING = "Pick the currency of the amounts."
ERR_FOLLOW_UP_BEFORE = "The follow-up can't be before the contact ({day})."
ERR_OWNER = "Pick whose contact this was."
ERR_GONE = "That form is out of date; close it and open a new one."

CONFIRM_EDITED = "Saved your changes to the {channel} contact with {client}."

# --- the /client card --------------------------------------------------------------------

CLIENT_USAGE = "Tell me which client, e.g. `/client Jane Smith`."
CLIENT_NO_MATCH = (
    "No client you can see matches “{text}”. Check the spelling or try part of the name."
)
CLIENT_PICK = "Several clients match “{text}”; which one?"
CLIENT_MORE = "…and {count} more; type more of the name to narrow it down."
CLIENT_MORE_CLAIMS = "…and {count} more pending claims."
CARD_NO_CONTACTS = "No contacts on record yet."
CARD_NO_FOLLOW_UPS = "None due."
CARD_NEVER = (
    "No contact by the coverage team yet — {days} since coverage began; "
    "cadence every {max_days} days{verdict}"
)
CARD_SINCE = "{days} since last contact — cadence every {max_days} days{verdict}"
CARD_OVERDUE = ": overdue by {late}"
CARD_IN_TIME = ": next contact due within {left}"
CARD_TOO_SOON = " (at least {min_days} days between contacts: wait {wait} more)"
CARD_FOLLOW_UP = "{day} — {state}, from {rep}'s contact of {contact_day}"
LOG_CONTACT = "Log contact"
SHOW_CARD = "Show"
SHOW_HOUSEHOLD = "Household"
CARD_ASSETS = "*Assets* (latest positions per account)"
CARD_NO_ASSETS = "No positions imported yet."
CARD_ACCOUNT = "• {account} as of {day}: {lines}"
CARD_ASSET_LINE = "{asset_class} {value}"
CARD_ACCOUNT_TOTAL = " — total {total}"
CARD_ASSETS_TOTAL = "*Total*: {totals}"
# Positions are converted into the reporting currency at their day's rate
# (``bot.directory.assets``); one without a rate is named, with why, and left out.
CARD_ASSET_NOT_CONVERTED = "{asset_class} {value} ({reason})"
CARD_ACCOUNT_CONVERTED = " = {converted}"
CARD_ASSETS_TOTAL_EXCLUDING = Plural(
    "*Total*: {total}, excluding {count} position not converted (no rate; `cmsbot import rates`)",
    "*Total*: {total}, excluding {count} positions not converted (no rate; `cmsbot import rates`)",
)

# --- the household card ------------------------------------------------------------------

HOUSEHOLD_TITLE = "{name} (household)"
HOUSEHOLD_CADENCE_WIDE = "Household cadence: a contact with any member counts for every member."
HOUSEHOLD_CADENCE_EACH = "Cadence per member."
HOUSEHOLD_MEMBER = "*{name}* — {kind}, {tier} — {coverage}"
HOUSEHOLD_MEMBER_CONTACT = "Last contact {day}; next due by {due}{verdict}"
HOUSEHOLD_MEMBER_NEVER = "No contact yet; next due by {due}{verdict}"
HOUSEHOLD_MEMBER_NOTHING = "No contact and no coverage yet"
HOUSEHOLD_OVERDUE = " — :warning: overdue by {late}"
HOUSEHOLD_FOLLOW_UPS = "Open follow-ups: {days}"
HOUSEHOLD_CLAIMS = "*Claims* (pending and verified)"
HOUSEHOLD_NO_CLAIMS = "No pending or verified claims."
HOUSEHOLD_CLAIM = "#{claim_id} {client}: {kind} {amount} — {status}, {rep}, {day}"
HOUSEHOLD_MORE_CLAIMS = "…and {count} more claims."

# --- /cms initiative ---------------------------------------------------------------------

INITIATIVE_USAGE = {
    "add": 'initiative add "Name" #tag cost 45000 USD from 2026-09-01 [to 2026-12-31]',
    "list": "initiative list",
    "close": "initiative close #tag",
    "edit": "initiative edit #tag [cost 45000 USD] [from 2026-09-01] [to 2026-12-31]",
    "tag": "initiative tag #tag EXT_ID 2026-11-15",
}
INITIATIVE_EDITED = "#{tag} “{name}” is now: cost {cost}, {dates}."
INITIATIVE_TAGGED = (
    "Tagged {count} contact(s) of {external_id} on {day} with #{tag} "
    "(contacts already tagged were left as they were)."
)
INITIATIVE_NO_SUCH_CLIENT = "No client has the id {external_id}; ask the rep for the client's id."
INITIATIVE_ADDED = (
    "Added #{tag} “{name}”: cost {cost}, {dates}. Reps can now tag contacts with #{tag}."
)
INITIATIVE_CLOSED = "Closed #{tag}; contacts after {day} can't be tagged with it."
INITIATIVE_ALREADY_CLOSED = "#{tag} was already closed; nothing changed."
INITIATIVE_NONE = "No initiatives yet. An admin adds one with `/cms {usage}`."
INITIATIVE_TAG_TAKEN = "The tag #{tag} is already used by “{name}”; pick another."
INITIATIVE_BAD_TAG = (
    "“{tag}” can't be a tag: use letters, digits and dashes after the #, like #symphony-night."
)
INITIATIVE_NEEDS = "Tell me {what}. Use `/cms {usage}`."
INITIATIVE_BAD_DATE = "“{text}” is not a date; write it as YYYY-MM-DD, like 2026-09-01."
INITIATIVE_ENDS_BEFORE = "The end ({end}) is before the start ({start})."
INITIATIVE_BAD_COST = "“{text}” is not a cost; write it like 45000, 45,000 or 45k."
INITIATIVE_UNKNOWN_WORD = "I don't understand “{word}”. Use `/cms {usage}`."
INITIATIVE_UNKNOWN_VERB = "`initiative` understands add, list, edit, tag and close: {usages}"
INITIATIVE_NOT_FOUND = "No initiative is tagged #{tag}."
INITIATIVE_ADMINS_ONLY = (
    "Only admins and marketing can add, change or close initiatives; ask one of them."
)


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"

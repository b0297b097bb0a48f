"""The words of a client's documents: the shortcut, its form, filing, copies, refusals."""

from __future__ import annotations

from bot.i18n import N_, Plural

KIND_LABELS = {
    "contract": N_("Contract"),
    "mandate_letter": N_("Mandate letter"),
    "account_opening": N_("Account opening"),
    "kyc": N_("KYC"),
    "statement": N_("Statement"),
    "other": N_("Other"),
}

# the shortcut and its form
NO_FILES = N_(
    "That message has no files to add. Use *Add to client file* on a message with the "
    "document attached."
)
NONE_ACCEPTABLE = N_("None of that message's files can go into a client file:\n{reasons}")
FORM_TITLE = N_("Add to client file")
FORM_SUBMIT = N_("Add")
FORM_CLIENT = N_("Client")
FORM_CLIENT_HINT = N_("Type part of the name")
FORM_KIND = N_("Kind")
FORM_NOTE = N_("Note")
FORM_NOTE_HINT = N_("Optional: what it is, e.g. signed 12 Nov, replaces the 2024 mandate")
FORM_FILES = N_("*Files to add*\n{files}")
FORM_SKIPPED = N_("*Not added*\n{reasons}")
ERR_PICK_CLIENT = N_("Pick the client whose file this goes into.")
ERR_PICK_KIND = N_("Pick what kind of document it is.")
ERR_NOTE_TOO_LONG = N_("Keep the note under {limit} characters.")
ERR_FORM_GONE = N_("This form has expired; use the shortcut on the message again.")

# refusals, one per file (the file's name as Slack gives it)
TYPE_REFUSED = N_("{name}: that type of file is not kept in client files. Allowed: {allowed}.")
EMPTY_REFUSED = N_("{name}: the file is empty.")
TOO_BIG = N_("{name} is {size}; client files take documents up to {limit} (`CMS_MAX_FILE_MB`).")
DOWNLOAD_INCOMPLETE = N_(
    "{name}: Slack sent a different number of bytes than the file has; nothing was kept. Try again."
)
CONTENT_MISMATCH = N_(
    "{name}: its contents are not a {label} file as its name says; nothing was kept."
)
CANNOT_READ = N_(
    "{name}: I can't read that file ({reason}). Invite me to the conversation it was "
    "shared in, then try again."
)
SLACK_FAILED = N_(
    "{name}: Slack did not hand over the file ({reason}); nothing was kept. Try again."
)

# filing
NOT_STORED = N_("{name}: something went wrong on our side and it was not stored. Try again.")
UNSURE_STORED = N_(
    "{name}: the database did not confirm it was stored; look at the client's card before "
    "adding it again."
)
FILED_HEADLINE = N_("Added to {client}'s file")
FILED_LINE = N_("• {name} — {kind}, {size}, SHA-256 `{digest}`")
ALREADY_FILED_LINE = N_("• {name} was already in {client}'s file (added {day})")
NOTHING_FILED = N_("Nothing was added to {client}'s file:\n{reasons}")
SOME_REFUSED = N_("Not added:\n{reasons}")

# the card, and copies
CARD_DOCUMENTS = N_("*Documents*")
CARD_NO_DOCUMENTS = N_("No documents yet. Use *Add to client file* on a message with the file.")
CARD_DOCUMENT = N_("{name} — {kind}, {size}, added {day} by {rep}")
CARD_MORE_DOCUMENTS = Plural(
    "…and {count} more document (`cmsbot export documents`).",
    "…and {count} more documents (`cmsbot export documents`).",
)
SEND_COPY = N_("Send me a copy")
COPY_COMMENT = N_("{name} from {client}'s file (SHA-256 {digest}).")
COPY_SENT = N_("Sent you a copy of {name} in your DM with the app.")
COPY_FAILED = N_("I couldn't send you {name}: Slack refused the upload ({reason}). Try again.")
DOCUMENT_GONE = N_("That document is no longer in the client's file.")

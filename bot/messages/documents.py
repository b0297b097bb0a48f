"""The words of a client's documents: the shortcut, its form, filing, copies, refusals."""

from __future__ import annotations

KIND_LABELS = {
    "contract": "Contract",
    "mandate_letter": "Mandate letter",
    "account_opening": "Account opening",
    "kyc": "KYC",
    "statement": "Statement",
    "other": "Other",
}

# the shortcut and its form
NO_FILES = (
    "That message has no files to add. Use *Add to client file* on a message with the "
    "document attached."
)
NONE_ACCEPTABLE = "None of that message's files can go into a client file:\n{reasons}"
FORM_TITLE = "Add to client file"
FORM_SUBMIT = "Add"
FORM_CLIENT = "Client"
FORM_CLIENT_HINT = "Type part of the name"
FORM_KIND = "Kind"
FORM_NOTE = "Note"
FORM_NOTE_HINT = "Optional: what it is, e.g. signed 12 Nov, replaces the 2024 mandate"
FORM_FILES = "*Files to add*\n{files}"
FORM_SKIPPED = "*Not added*\n{reasons}"
ERR_PICK_CLIENT = "Pick the client whose file this goes into."
ERR_PICK_KIND = "Pick what kind of document it is."
ERR_NOTE_TOO_LONG = "Keep the note under {limit} characters."
ERR_FORM_GONE = "This form has expired; use the shortcut on the message again."

# refusals, one per file (the file's name as Slack gives it)
TYPE_REFUSED = "{name}: that type of file is not kept in client files. Allowed: {allowed}."
EMPTY_REFUSED = "{name}: the file is empty."
TOO_BIG = "{name} is {size}; client files take documents up to {limit} (`CMS_MAX_FILE_MB`)."
DOWNLOAD_INCOMPLETE = (
    "{name}: Slack sent a different number of bytes than the file has; nothing was kept. Try again."
)
CONTENT_MISMATCH = "{name}: its contents are not a {label} file as its name says; nothing was kept."
CANNOT_READ = (
    "{name}: I can't read that file ({reason}). Invite me to the conversation it was "
    "shared in, then try again."
)
SLACK_FAILED = "{name}: Slack did not hand over the file ({reason}); nothing was kept. Try again."

# filing
NOT_STORED = "{name}: something went wrong on our side and it was not stored. Try again."
UNSURE_STORED = (
    "{name}: the database did not confirm it was stored; look at the client's card before "
    "adding it again."
)
FILED_HEADLINE = "Added to {client}'s file"
FILED_LINE = "• {name} — {kind}, {size}, SHA-256 `{digest}`"
ALREADY_FILED_LINE = "• {name} was already in {client}'s file (added {day})"
NOTHING_FILED = "Nothing was added to {client}'s file:\n{reasons}"
SOME_REFUSED = "Not added:\n{reasons}"

# the card, and copies
CARD_DOCUMENTS = "*Documents*"
CARD_NO_DOCUMENTS = "No documents yet. Use *Add to client file* on a message with the file."
CARD_DOCUMENT = "{name} — {kind}, {size}, added {day} by {rep}"
CARD_MORE_DOCUMENTS = "…and {count} more documents (`cmsbot export documents`)."
SEND_COPY = "Send me a copy"
COPY_COMMENT = "{name} from {client}'s file (SHA-256 {digest})."
COPY_SENT = "Sent you a copy of {name} in your DM with the app."
COPY_FAILED = "I couldn't send you {name}: Slack refused the upload ({reason}). Try again."
DOCUMENT_GONE = "That document is no longer in the client's file."

"""Every action_id, callback_id and block_id, imported by builders and listeners alike.

An element that can appear more than once on one message or view (a candidate
client, a channel, a claim's Withdraw, a nudge row's Log and Snooze) carries
``keyed(BASE, key)`` = ``"BASE:key"``, and its listener is registered with the
``*_ANY`` pattern, which matches the bare ``BASE`` too (messages posted before
the keys existed). Slack: an ``action_id`` "should be unique among all other
``action_id``s in the containing block" (Block Kit reference, button element,
https://docs.slack.dev/reference/block-kit/block-elements/button-element) and a
``block_id`` "should be unique for each message" (actions block); a message
that repeats either is refused with ``invalid_blocks``. Bolt matches a
``re.Pattern`` constraint with ``re.search`` (``slack_bolt.listener_matcher``),
the way bolt-python's maintainers suggest for per-element ids (slackapi/bolt-python#988).
"""

from __future__ import annotations

import re

MAX_ID = 255  # Slack: action_id and block_id, "Maximum length is 255 characters"


def keyed(base: str, key: object) -> str:
    """``base:key``: the action_id of one of several elements of the same kind."""
    value = f"{base}:{key}"
    if len(value) > MAX_ID:
        raise ValueError(f"action_id longer than {MAX_ID} characters: {value[:40]}…")
    return value


def any_key(base: str) -> re.Pattern[str]:
    """What a listener registers to receive ``base`` and every ``keyed(base, …)``."""
    return re.compile(rf"^{re.escape(base)}(?::[^:]+)?$")


def base_of(action_id: str) -> str:
    """``claim_withdraw`` for ``claim_withdraw:12`` (and for ``claim_withdraw``)."""
    return action_id.split(":", 1)[0]


# /logcontact reply and candidates
LOG_PICK_CLIENT = "log_pick_client"
LOG_PICK_CHANNEL = "log_pick_channel"
LOG_EDIT = "log_edit"
LOG_UNDO = "log_undo"
LOG_OPEN_FORM = "log_open_form"  # "Log contact" wherever a client appears
LOG_FORM_FROM_LINE = "log_form_from_line"  # the form, filled in from a line partly read
LOG_PICK_CLIENT_ANY = any_key(LOG_PICK_CLIENT)
LOG_PICK_CHANNEL_ANY = any_key(LOG_PICK_CHANNEL)
LOG_OPEN_FORM_ANY = any_key(LOG_OPEN_FORM)

# the contact form (modal)
VIEW_LOG_CONTACT = "log_contact_form"
VIEW_EDIT_CONTACT = "edit_contact_form"
BLOCK_CLIENT = "client"
ACTION_CLIENT = "client"
BLOCK_DATE = "date"
ACTION_DATE = "date"
BLOCK_TIME = "time"
ACTION_TIME = "time"
BLOCK_CHANNEL = "channel"
ACTION_CHANNEL = "channel"
BLOCK_NOTES = "notes"
ACTION_NOTES = "notes"
BLOCK_PRIVATE = "private"
ACTION_PRIVATE = "private"
PRIVATE_VALUE = "private"
BLOCK_OUTCOME = "outcome"
ACTION_OUTCOME = "outcome"
BLOCK_PLEDGED = "pledged"
ACTION_PLEDGED = "pledged"
BLOCK_DEPOSITED = "deposited"
ACTION_DEPOSITED = "deposited"
BLOCK_CURRENCY = "currency"
ACTION_CURRENCY = "currency"
BLOCK_ACCOUNT = "account"
ACTION_ACCOUNT = "account"
BLOCK_MANDATE_FEE = "mandate_fee"
ACTION_MANDATE_FEE = "mandate_fee"
BLOCK_INITIATIVE = "initiative"
ACTION_INITIATIVE = "initiative"
BLOCK_FOLLOW_UP = "follow_up"
ACTION_FOLLOW_UP = "follow_up"
BLOCK_OWNER = "owner"
ACTION_OWNER = "owner"

# message shortcut
SHORTCUT_LOG_MESSAGE = "log_message_as_contact"

# claims
CLAIM_APPROVE = "claim_approve"
CLAIM_REJECT = "claim_reject"
CLAIM_WITHDRAW = "claim_withdraw"
CLAIM_WITHDRAW_ANY = any_key(CLAIM_WITHDRAW)
VIEW_CLAIM_APPROVE = "claim_approve_form"
VIEW_CLAIM_REJECT = "claim_reject_form"
BLOCK_REASON = "reason"
ACTION_REASON = "reason"
BLOCK_EVIDENCE = "evidence"
ACTION_EVIDENCE = "evidence"
# the approve form's override: why approve without a booking (CMS_EVIDENCE_OVERRIDE)
BLOCK_OVERRIDE = "evidence_override"
ACTION_OVERRIDE = "evidence_override"

# nudges
NUDGE_SNOOZE = "nudge_snooze"
NUDGE_SNOOZE_ANY = any_key(NUDGE_SNOOZE)

# /client card
CLIENT_SHOW_MORE = "client_show_more"
CLIENT_SHOW_MORE_ANY = any_key(CLIENT_SHOW_MORE)
CLIENT_HOUSEHOLD = "client_household"  # a member's card → the household card (value: its id)
CLIENT_HOUSEHOLD_ANY = any_key(CLIENT_HOUSEHOLD)

# claims: the approve form's optional note; the Approve/Reject row of the channel message
BLOCK_NOTE = "decision_note"
ACTION_NOTE = "decision_note"
BLOCK_CLAIM_ACTIONS = "claim_actions"

# the admins' Home: Problems (retry the posts Slack refused)
BLOCK_PROBLEMS = "problems"
PROBLEMS_RETRY = "problems_retry"

# a client's documents: the "Add to client file" message shortcut, its modal, the card's copies
SHORTCUT_ADD_TO_FILE = "add_to_client_file"
VIEW_ADD_DOCUMENT = "add_document_form"
BLOCK_DOC_CLIENT = "doc_client"  # its element is ACTION_CLIENT: the shared type-ahead
BLOCK_DOC_KIND = "doc_kind"
ACTION_DOC_KIND = "doc_kind"
BLOCK_DOC_NOTE = "doc_note"
ACTION_DOC_NOTE = "doc_note"
DOC_SEND_COPY = "doc_send_copy"
DOC_SEND_COPY_ANY = any_key(DOC_SEND_COPY)

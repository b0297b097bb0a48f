"""Every action_id, callback_id and block_id, imported by builders and listeners alike."""

# /logcontact reply and candidates
LOG_PICK_CLIENT = "log_pick_client"
LOG_PICK_CHANNEL = "log_pick_channel"
LOG_EDIT = "log_edit"
LOG_UNDO = "log_undo"
LOG_OPEN_FORM = "log_open_form"  # "Log contact" wherever a client appears

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
VIEW_CLAIM_APPROVE = "claim_approve_form"
VIEW_CLAIM_REJECT = "claim_reject_form"
BLOCK_REASON = "reason"
ACTION_REASON = "reason"
BLOCK_EVIDENCE = "evidence"
ACTION_EVIDENCE = "evidence"

# nudges
NUDGE_SNOOZE = "nudge_snooze"

# /client card
CLIENT_SHOW_MORE = "client_show_more"

# claims: the approve form's optional note; the Approve/Reject row of the channel message
BLOCK_NOTE = "decision_note"
ACTION_NOTE = "decision_note"
BLOCK_CLAIM_ACTIONS = "claim_actions"

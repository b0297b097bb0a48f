"""Wording of everything about claims: the controllers' queue, decisions, refusals, the digest."""

from __future__ import annotations

# How a status reads in a sentence ("already approved by …").
STATUS_WORDS = {
    "pending": "pending",
    "verified": "approved",
    "rejected": "rejected",
    "withdrawn": "withdrawn",
}
KIND_LABELS = {"deposit": "deposit", "pledge": "pledge", "mandate": "mandate"}

# refusals
NOT_A_CONTROLLER = (
    "Only controllers can approve or reject claims, and you are not one. "
    "If you should be, ask an admin to give you the controller role."
)
OWN_CLAIM = (
    "You can't decide on this claim: it is your own (you are its rep or you logged the contact). "
    "Another controller has to confirm it independently."
)
NO_SUCH_CLAIM = "That claim doesn't exist (the button may be from an old or altered message)."
ALREADY_DECIDED = "This claim was already {status} by {name} at {when}."
NOT_YOUR_CLAIM = "Only the rep whose claim it is (or who logged the contact) can withdraw it."
NOT_DECIDABLE = "{decision!r} is not a decision; approve or reject."

# input errors (shown on the modal's field)
REASON_REQUIRED = "Say why the claim is rejected; the rep will read it."
PLEDGE_NEEDS_EVIDENCE = (
    "A pledge is confirmed against the deposit that funds it: give that deposit's "
    "activity reference (the money has to have arrived)."
)
DEPOSIT_NEEDS_EVIDENCE = (
    "A deposit is confirmed against the custodian's booking: give its activity reference "
    "(import the feed first with `cmsbot import activity FILE.csv`)."
)
MANDATE_NEEDS_EVIDENCE = (
    "A mandate is confirmed with its engagement reference (the mandate letter's) or the "
    "activity reference of its fee booking: give one."
)
OR_OVERRIDE = (
    "With no booking behind it, write why you approve anyway in the override box; "
    "the claim is then marked as an override everywhere."
)
OVERRIDE_FORBIDDEN = (
    "This firm does not allow approving without evidence (CMS_EVIDENCE_OVERRIDE is forbidden): "
    "give the activity reference, or leave the claim pending until the booking arrives."
)
OVERRIDE_AND_REFERENCE = (
    "Give either an activity reference or an override reason, not both: "
    "an override is for a claim with no booking behind it."
)
UNKNOWN_REFERENCE = (
    "No imported account activity has the reference {reference!r}. Check it, or import the "
    "custodian's feed first (`cmsbot import activity FILE.csv`)."
)
REFERENCE_USED = (
    "Activity {reference} already proves claim #{claim_id}; one deposit proves one claim."
)
REFERENCE_DOES_NOT_FUND = (
    "Activity {reference} cannot prove this claim: {reason}. Give the reference of the "
    "booking that brought this money in."
)
NOTE_TOO_LONG = "Keep it under {limit} characters."

# what the actor sees after acting
APPROVED = "Approved claim #{claim_id}: {kind} of {amount} for {client}."
REJECTED = "Rejected claim #{claim_id}: {kind} of {amount} for {client}."
WITHDRAWN = (
    "Withdrawn: your {kind} claim of {amount} for {client} is no longer waiting for a controller."
)

# the modals
APPROVE_TITLE = "Approve claim"
REJECT_TITLE = "Reject claim"
DECIDED_TITLE = "Claim decided"
APPROVE_SUBMIT = "Approve"
REJECT_SUBMIT = "Reject"
CLOSE = "Close"
NOTE_LABEL = "Note (optional)"
REASON_LABEL = "Reason"
REASON_HINT = "The rep gets this reason in a direct message."
EVIDENCE_LABEL = "Activity reference"
EVIDENCE_HINT_DEPOSIT = "Optional: the custodian's reference of the deposit that proves it."
EVIDENCE_HINT_PLEDGE = "Required: the reference of the deposit that funds the pledge."
EVIDENCE_HINT_REQUIRED = "Required: the custodian's reference of the deposit that proves it."
EVIDENCE_LABEL_MANDATE = "Engagement or fee booking reference"
EVIDENCE_HINT_MANDATE = (
    "The mandate letter's engagement reference, or the fee booking's activity reference."
)
EVIDENCE_HINT_OR_OVERRIDE = " Leave empty only to approve by override (below)."
OVERRIDE_LABEL = "Override: why approve without a booking (optional)"
OVERRIDE_HINT = (
    "Only when no booking proves it. Your reason is kept on the claim and it is marked as an "
    "override in this channel, the rep's message, reports and the audit trail."
)
OVERRIDE_LINE = ":warning: *Override* — approved without a booking. *Why:* {reason}"

# the controllers' channel message
CLAIM_HEADLINE = "{emoji} {kind} claim #{claim_id}: {amount}"
NO_MATCHES = "No matching account activity imported yet."
MATCHES_TITLE = "*Possible matches in the custodian's activity* (suggestions; you decide)"
OTHER_ACCOUNT = " (another of the client's accounts)"
DECIDED_LINE = {
    "verified": ":white_check_mark: *Approved* by {name} {when}",
    "rejected": ":x: *Rejected* by {name} {when}",
    "withdrawn": ":leftwards_arrow_with_hook: *Withdrawn* by {name} {when}",
}

# the rep's DM
DM_VERIFIED = (
    "Your {kind} claim #{claim_id} for {client} ({amount}) was *approved* by {name} on {when}."
)
DM_REJECTED = (
    "Your {kind} claim #{claim_id} for {client} ({amount}) was *rejected* by {name} on {when}."
)

# the morning digest
DIGEST_HEADLINE = ":hourglass: {count} claim{s} pending more than {days} working days, oldest first"
DIGEST_MORE = "…and {count} more."

WITHDRAW_LABEL = "Withdraw claim"
WITHDRAW_CONFIRM_TITLE = "Withdraw this claim?"
WITHDRAW_CONFIRM_TEXT = "The controllers will no longer be asked to confirm it."


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def status_word(status: str) -> str:
    return STATUS_WORDS.get(status, status)

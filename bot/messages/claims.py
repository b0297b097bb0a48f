"""Wording of everything about claims: the controllers' queue, decisions, refusals, the digest."""

from __future__ import annotations

from bot.i18n import N_, Plural, _

# How a status reads in a sentence ("already approved by …").
STATUS_WORDS = {
    "pending": N_("pending"),
    "verified": N_("approved"),
    "rejected": N_("rejected"),
    "withdrawn": N_("withdrawn"),
}
KIND_LABELS = {"deposit": N_("deposit"), "pledge": N_("pledge"), "mandate": N_("mandate")}

# refusals
NOT_A_CONTROLLER = N_(
    "Only controllers can approve or reject claims, and you are not one. "
    "If you should be, ask an admin to give you the controller role."
)
OWN_CLAIM = N_(
    "You can't decide on this claim: it is your own (you are its rep or you logged the contact). "
    "Another controller has to confirm it independently."
)
NO_SUCH_CLAIM = N_("That claim doesn't exist (the button may be from an old or altered message).")
ALREADY_DECIDED = N_("This claim was already {status} by {name} at {when}.")
NOT_YOUR_CLAIM = N_("Only the rep whose claim it is (or who logged the contact) can withdraw it.")
NOT_DECIDABLE = N_("{decision!r} is not a decision; approve or reject.")

# input errors (shown on the modal's field)
REASON_REQUIRED = N_("Say why the claim is rejected; the rep will read it.")
PLEDGE_NEEDS_EVIDENCE = N_(
    "A pledge is confirmed against the deposit that funds it: give that deposit's "
    "activity reference (the money has to have arrived)."
)
DEPOSIT_NEEDS_EVIDENCE = N_(
    "A deposit is confirmed against the custodian's booking: give its activity reference "
    "(import the feed first with `cmsbot import activity FILE.csv`)."
)
MANDATE_NEEDS_EVIDENCE = N_(
    "A mandate is confirmed with its engagement reference (the mandate letter's) or the "
    "activity reference of its fee booking: give one."
)
OR_OVERRIDE = N_(
    "With no booking behind it, write why you approve anyway in the override box; "
    "the claim is then marked as an override everywhere."
)
OVERRIDE_FORBIDDEN = N_(
    "This firm does not allow approving without evidence (CMS_EVIDENCE_OVERRIDE is forbidden): "
    "give the activity reference, or leave the claim pending until the booking arrives."
)
OVERRIDE_AND_REFERENCE = N_(
    "Give either an activity reference or an override reason, not both: "
    "an override is for a claim with no booking behind it."
)
UNKNOWN_REFERENCE = N_(
    "No imported account activity has the reference {reference!r}. Check it, or import the "
    "custodian's feed first (`cmsbot import activity FILE.csv`)."
)
REFERENCE_USED = N_(
    "Activity {reference} already proves claim #{claim_id}; one deposit proves one claim."
)
REFERENCE_DOES_NOT_FUND = N_(
    "Activity {reference} cannot prove this claim: {reason}. Give the reference of the "
    "booking that brought this money in."
)
NOTE_TOO_LONG = N_("Keep it under {limit} characters.")

# what the actor sees after acting
APPROVED = N_("Approved claim #{claim_id}: {kind} of {amount} for {client}.")
REJECTED = N_("Rejected claim #{claim_id}: {kind} of {amount} for {client}.")
WITHDRAWN = N_(
    "Withdrawn: your {kind} claim of {amount} for {client} is no longer waiting for a controller."
)

# the modals
APPROVE_TITLE = N_("Approve claim")
REJECT_TITLE = N_("Reject claim")
DECIDED_TITLE = N_("Claim decided")
APPROVE_SUBMIT = N_("Approve")
REJECT_SUBMIT = N_("Reject")
CLOSE = N_("Close")
NOTE_LABEL = N_("Note")  # Slack adds "(optional)" to an optional input itself
REASON_LABEL = N_("Reason")
REASON_HINT = N_("The rep gets this reason in a direct message.")
EVIDENCE_LABEL = N_("Activity reference")
EVIDENCE_HINT_DEPOSIT = N_("Optional: the custodian's reference of the deposit that proves it.")
EVIDENCE_HINT_PLEDGE = N_("Required: the reference of the deposit that funds the pledge.")
EVIDENCE_HINT_REQUIRED = N_("Required: the custodian's reference of the deposit that proves it.")
EVIDENCE_LABEL_MANDATE = N_("Engagement or fee booking reference")
EVIDENCE_HINT_MANDATE = N_(
    "The mandate letter's engagement reference, or the fee booking's activity reference."
)
EVIDENCE_HINT_OR_OVERRIDE = N_(" Leave empty only to approve by override (below).")
OVERRIDE_LABEL = N_("Override: why approve without a booking (optional)")
OVERRIDE_HINT = N_(
    "Only when no booking proves it. Your reason is kept on the claim and it is marked as an "
    "override in this channel, the rep's message, reports and the audit trail."
)
OVERRIDE_LINE = N_(":warning: *Override* — approved without a booking. *Why:* {reason}")

# the controllers' channel message
CLAIM_HEADLINE = N_("{emoji} {kind} claim #{claim_id}: {amount}")
NO_MATCHES = N_("No matching account activity imported yet.")
MATCHES_TITLE = N_("*Possible matches in the custodian's activity* (suggestions; you decide)")
OTHER_ACCOUNT = N_(" (another of the client's accounts)")
DECIDED_LINE = {
    "verified": N_(":white_check_mark: *Approved* by {name} {when}"),
    "rejected": N_(":x: *Rejected* by {name} {when}"),
    "withdrawn": N_(":leftwards_arrow_with_hook: *Withdrawn* by {name} {when}"),
}

# the rep's DM
DM_VERIFIED = N_(
    "Your {kind} claim #{claim_id} for {client} ({amount}) was *approved* by {name} on {when}."
)
DM_REJECTED = N_(
    "Your {kind} claim #{claim_id} for {client} ({amount}) was *rejected* by {name} on {when}."
)

# the morning digest
DIGEST_HEADLINE = Plural(
    ":hourglass: {count} claim pending more than {days} working days, oldest first",
    ":hourglass: {count} claims pending more than {days} working days, oldest first",
)
DIGEST_MORE = N_("…and {count} more.")

WITHDRAW_LABEL = N_("Withdraw claim")
WITHDRAW_CONFIRM_TITLE = N_("Withdraw this claim?")
WITHDRAW_CONFIRM_TEXT = N_("The controllers will no longer be asked to confirm it.")


def kind_label(kind: str) -> str:
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def status_word(status: str) -> str:
    return _(STATUS_WORDS[status]) if status in STATUS_WORDS else status

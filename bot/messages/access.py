"""What a person is told when a role, a private note or the banking wall keeps something back.

A refusal says what the reader may do instead, never what they may not see:
no name, no notes, no amount of a record behind the wall.
"""

from __future__ import annotations

from bot.i18n import N_

# A value from Slack named something the clicker may not see: nothing of it is said,
# only where to look instead.
NOT_YOURS = N_("That button no longer works for you; `/client NAME` finds the clients you may see.")
COMPLIANCE_RECORDS_NOTHING = N_(
    "Compliance reads every record and records none: to have this logged or changed, "
    "ask the client's coverage team. `/client NAME` shows you the client's card."
)
MARKETING_NO_CLIENTS = N_(
    "Marketing sees initiatives as counts and totals, not single clients: "
    "`/cms roi` shows every initiative's return."
)
SERVICE_NO_CLAIMS = N_(
    "Client service logs service contacts only; to claim a deposit, pledge or mandate, "
    "ask the client's coverage team to log it."
)
BEHIND_THE_WALL = N_("Banking contact (behind the banking wall)")
PRIVATE_NOTES = N_("Notes are private to the coverage team")
NOT_YOURS_TO_EDIT = N_(
    "You can't open this contact for editing; you can log a new contact with `/logcontact`."
)
COMPLIANCE_EXPORTS = N_(
    "A client's whole record is exported by compliance; `cmsbot export interactions --as YOU` "
    "writes the contacts you may read."
)
AUDIT_EXPORT = N_(
    "The audit trail is for compliance; "
    "`cmsbot export interactions --as YOU` writes the contacts you may read."
)
BANKING_SIDE = N_("the banking side")

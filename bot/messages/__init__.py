"""User-facing text, in one place so wording stays consistent (and can be translated)."""

from __future__ import annotations

from typing import Any

from bot.i18n import N_

SOMETHING_WENT_WRONG = N_(
    "Something went wrong on our side and nothing was recorded. Please try again; "
    "if it keeps happening, tell your admin the time it happened."
)
NOT_A_REP = N_(
    "You're not set up in the contact system yet. Ask an admin to add you (`cmsbot import reps`)."
)


def ephemeral(text: str, blocks: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Arguments for ``respond()``: visible to the person who asked, and only them."""
    reply: dict[str, Any] = {"text": text, "response_type": "ephemeral"}
    if blocks is not None:
        reply["blocks"] = blocks
    return reply


# --- /cms admin: one line per change, "nothing changed" when it already was so ---

ADMIN_ONLY = N_("Only admins can use `/cms admin`; ask an admin to make this change.")
ADMIN_UNCHANGED = N_("{what}; nothing changed.")
ADMIN_GRANTED = N_("Granted the {role} role to {rep}.")
ADMIN_ALREADY_HAS = N_("{rep} already has the {role} role")
ADMIN_REVOKED = N_("Revoked the {role} role from {rep}.")
ADMIN_LACKS = N_("{rep} does not have the {role} role")
ADMIN_COVERS = N_("{rep} now covers {client} as {role}.")
ADMIN_ALREADY_COVERS = N_("{rep} already covers {client} as {role}")
ADMIN_UNCOVERED = N_("{rep} no longer covers {client}.")
ADMIN_DOES_NOT_COVER = N_("{rep} does not cover {client}")
ADMIN_MANAGER_SET = N_("{rep} now reports to {manager}.")
ADMIN_MANAGER_CLEARED = N_("{rep} now reports to nobody.")
ADMIN_ALREADY_REPORTS = N_("{rep} already reports to {manager}")
ADMIN_DELEGATED = N_("{assistant} may now log contacts on {rep}'s behalf.")
ADMIN_ALREADY_DELEGATE = N_("{assistant} already logs on {rep}'s behalf")
ADMIN_UNDELEGATED = N_("{assistant} may no longer log contacts on {rep}'s behalf.")
ADMIN_NOT_DELEGATE = N_("{assistant} does not log on {rep}'s behalf")
ADMIN_AMBIGUOUS_CLIENT = N_("Several clients are called “{text}”: {listing}. Use the external id.")
ADMIN_NO_CLIENT = N_("No client has the external id or name “{text}”.")
ADMIN_USE = N_("{problem} Use `/cms {usage}`.")
ADMIN_NAME_THE_PERSON = N_("Name the person: @mention them, or give their Slack user id or name.")
# ``/cms admin show``: one person's card (its "none"s are pgettext'd where they are used:
# no roles, no manager, no team read differently in some languages).
ADMIN_CARD_INACTIVE = N_(" — inactive")
ADMIN_CARD_ROLES = N_("Roles: {roles}")
ADMIN_CARD_MANAGER = N_("Manager: {manager}")
ADMIN_CARD_REPORTS = N_("Reports: {reports}")
ADMIN_CARD_CLIENTS = N_("Clients covered: {total} ({primary} primary, {secondary} secondary)")
ADMIN_CARD_DELEGATES = N_("Delegates (may log on their behalf): {delegates}")
ADMIN_CARD_ASSISTS = N_("Assists: {assists}")


def mention(slack_user_id: str) -> str:
    return f"<@{slack_user_id}>"


def unchanged(what: str) -> str:
    return ADMIN_UNCHANGED.format(what=what)


# What a rep is told when the outcome of saving is unknown (nothing recorded is
# SOMETHING_WENT_WRONG), or when a failure changed nothing.
UNSURE_RECORDED = N_(
    "The database stopped answering while saving this, so I cannot tell whether it was "
    "recorded. Please check with `/client` before trying again."
)
FAILED_NOTHING_CHANGED = N_(
    "Something went wrong on our side and I could not finish that; nothing was changed. "
    "Please try again; if it keeps happening, tell your admin the time it happened."
)

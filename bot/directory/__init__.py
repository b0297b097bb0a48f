"""Audited changes to the directory: reps, roles, managers, clients, coverage, delegates.

Every admin surface (the CSV imports, ``/cms admin``) goes through these, so a
change is validated the same way wherever it comes from, written with its audit
event in the caller's transaction, and handed back as a ``Change`` the caller can
confirm in one line. Applying the same values again is ``unchanged`` and writes
nothing, which is what makes re-importing a file safe.

Coverage rows are never deleted: removing a rep (or changing their role) ends
the row (``ended_at``) and starts a new one, so the book's history stays.

Callers use the package (``directory.upsert_client``); the modules hold the
parts: ``checks`` (validation), ``lookups``, ``reps``, ``clients`` (with
coverage), ``delegates``, and ``change`` (what a service did).
"""

from bot.directory.change import Change, Status
from bot.directory.checks import (
    check_external_id,
    check_kind,
    check_manager_chain,
    check_name,
    check_roles,
    check_tier,
    check_timezone,
    check_unique,
)
from bot.directory.clients import (
    active_team,
    assign_coverage,
    client_snapshot,
    primary_first,
    remove_coverage,
    upsert_client,
)
from bot.directory.delegates import add_delegate, remove_delegate
from bot.directory.lookups import get_client, get_rep
from bot.directory.reps import (
    grant_role,
    rep_snapshot,
    revoke_role,
    set_manager,
    upsert_rep,
)

__all__ = [
    "Change",
    "Status",
    "active_team",
    "add_delegate",
    "assign_coverage",
    "check_external_id",
    "check_kind",
    "check_manager_chain",
    "check_name",
    "check_roles",
    "check_tier",
    "check_timezone",
    "check_unique",
    "client_snapshot",
    "get_client",
    "get_rep",
    "grant_role",
    "primary_first",
    "remove_coverage",
    "remove_delegate",
    "rep_snapshot",
    "revoke_role",
    "set_manager",
    "upsert_client",
    "upsert_rep",
]

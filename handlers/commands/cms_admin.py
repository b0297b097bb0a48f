"""``/cms admin …``: admins grant roles, set coverage, managers and delegates from Slack.

Thin: read the text, open one transaction, let ``bot.directory.admin`` do it
through the audited directory services, and confirm in one ephemeral line once
the transaction has committed. Non-admins are refused before anything is read.
"""

from __future__ import annotations

from bot import messages
from bot.directory import admin as admin_commands
from bot.i18n import N_
from handlers.commands.cms_router import CmsRequest, subcommand
from handlers.common import acting_rep

USAGE = "admin grant|revoke|cover|uncover|manager|delegate|undelegate|show …"
SUMMARY = N_(
    "admins only: roles, coverage, managers and delegates (cover without a role: primary if "
    "nobody covers the client yet, else secondary)"
)
DETAILS = " · ".join(f"`/cms {line}`" for line in admin_commands.USAGE.values())


@subcommand("admin", usage=USAGE, summary=SUMMARY, details=DETAILS)
def admin(request: CmsRequest) -> None:
    deps = request.deps
    with deps.sessions.begin() as session:
        actor = acting_rep(session, request.user_id)
        reply = admin_commands.answer(session, actor=actor, text=request.args, now=deps.clock())
    request.respond(**messages.ephemeral(reply))

"""``/cms initiative add|list|close``: marketing initiatives, set up by admins from Slack.

Thin: read the words, open one transaction, let ``bot.reports.initiatives`` check,
write and audit, then confirm in one ephemeral message. ``list`` is for
everyone (reps need the tags); ``add`` and ``close`` are for admins.
"""

from __future__ import annotations

from bot import messages
from bot.i18n import N_, _
from bot.messages import contacts_form as text
from bot.messages import formatting
from bot.messages.formatting import escape as esc
from bot.reports import initiative_edits, initiatives
from handlers.commands.cms_router import CmsRequest, subcommand
from handlers.common import acting_rep
from storage.models import Initiative

USAGE = "initiative add|list|edit|tag|close …"
SUMMARY = N_("marketing initiatives (add and close: admins only)")
STATUS_WORDS = {
    "active": N_("active"),
    "upcoming": N_("upcoming"),
    "ended": N_("ended"),
    "closed": N_("closed"),
}
DETAILS = " · ".join(f"`/cms {line}`" for line in text.INITIATIVE_USAGE.values())


def _dates(initiative: Initiative) -> str:
    start = formatting.day(initiative.starts_on)
    if initiative.ends_on is None:
        return _("from {start}, open-ended").format(start=start)
    return _("{start} to {end}").format(start=start, end=formatting.day(initiative.ends_on))


def _line(initiative: Initiative, *, status: str) -> str:
    cost = formatting.money(initiative.cost, initiative.currency)
    return (
        f"• *#{esc(initiative.tag)}* {esc(initiative.name)} — {_(STATUS_WORDS.get(status, status))} — "
        + _("cost {cost}").format(cost=cost)
        + f" — {_dates(initiative)}"
    )


def _usages() -> str:
    return " · ".join(f"`/cms {line}`" for line in text.INITIATIVE_USAGE.values())


@subcommand("initiative", usage=USAGE, summary=SUMMARY, details=DETAILS)
def initiative(request: CmsRequest) -> None:
    deps = request.deps
    verb, _sep, rest = request.args.strip().partition(" ")
    verb = verb.lower()
    now = deps.clock()
    with deps.sessions.begin() as session:
        actor = acting_rep(session, request.user_id)
        if verb == "add":
            added = initiatives.add_from_text(session, actor=actor, args=rest, now=now)
            reply = _(text.INITIATIVE_ADDED).format(
                tag=esc(added.tag),
                name=esc(added.name),
                cost=formatting.money(added.cost, added.currency),
                dates=_dates(added),
            )
        elif verb == "edit":
            edited = initiative_edits.edit_initiative(session, actor=actor, args=rest, now=now)
            reply = _(text.INITIATIVE_EDITED).format(
                tag=esc(edited.tag),
                name=esc(edited.name),
                cost=formatting.money(edited.cost, edited.currency),
                dates=_dates(edited),
            )
        elif verb == "tag":
            tagged = initiative_edits.tag_contacts(session, actor=actor, args=rest, now=now)
            reply = text.INITIATIVE_TAGGED(tagged.count).format(
                count=formatting.number(tagged.count),
                external_id=esc(tagged.external_id),
                day=formatting.day(tagged.day),
                tag=esc(tagged.tag),
            )
        elif verb == "close":
            closed, changed = initiatives.close_initiative(
                session, actor=actor, tag=rest.strip(), now=now
            )
            template = _(text.INITIATIVE_CLOSED) if changed else _(text.INITIATIVE_ALREADY_CLOSED)
            day = formatting.day(closed.ends_on) if closed.ends_on else ""
            reply = template.format(tag=esc(closed.tag), day=day)
        elif verb in ("list", ""):
            today = formatting.local(now, actor.timezone).date()
            rows = initiatives.all_initiatives(session)
            lines = [_line(row, status=initiatives.status(row, today=today)) for row in rows]
            usage = text.INITIATIVE_USAGE["add"]
            reply = (
                "\n".join([_("*Initiatives*"), *lines])
                if lines
                else _(text.INITIATIVE_NONE).format(usage=usage)
            )
        else:
            reply = _(text.INITIATIVE_UNKNOWN_VERB).format(usages=_usages())
    request.respond(**messages.ephemeral(reply))

"""``/cms language <code>`` and ``/cms language auto``: the language the bot answers a rep in.

Thin: read the word, keep the choice in one transaction (``bot.directory.languages``),
and confirm — in the language just chosen — once it has committed.
"""

from __future__ import annotations

from bot import messages
from bot.directory import languages
from bot.i18n import N_, NAMES, _, speaking
from handlers.blocks.mrkdwn import esc
from handlers.commands.cms_router import CmsRequest, subcommand
from handlers.common import acting_rep

USAGE = "language <code>|auto"
SUMMARY = N_(
    "the language I answer you in: en, fr, sv, ro, ms or hi; `auto` follows your Slack language"
)
CHOSEN = N_(
    "From now on I answer you in {name}. `/cms language auto` follows your Slack language again."
)
AUTO = N_("From now on I follow your Slack language: {name}.")
SHOW = N_("I answer you in {name}. Choose another with `/cms language <code>`: {choices}.")


@subcommand("language", usage=USAGE, summary=SUMMARY)
def language(request: CmsRequest) -> None:
    deps = request.deps
    with deps.sessions.begin() as session:
        rep = acting_rep(session, request.user_id)
        if not request.args.strip():
            code = languages.language_of(rep)
            reply = None
        else:
            choice = languages.read_choice(request.args)
            languages.set_language(session, rep=rep, language=choice, now=deps.clock())
            code = languages.language_of(rep)
            reply = choice
    # Committed: told in the language the rep reads from now on.
    with speaking(code):
        if not request.args.strip():
            line = esc(_(SHOW)).format(name=NAMES[code], choices=languages.choices())
        elif reply is None:
            line = _(AUTO).format(name=NAMES[code])
        else:
            line = _(CHOSEN).format(name=NAMES[code])
        request.respond(**messages.ephemeral(line))

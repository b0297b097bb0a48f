"""The one place unexpected failures land: log the traceback, tell the user plainly.

The user is told at the ``response_url`` their payload carries, and only when
that payload is known to be Slack's: its signature was checked
(``handlers.http.endpoint`` marks the request) or it came over Socket Mode, whose connection
Slack opened with the app token. A URL from any other body is never called.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltRequest

from bot import messages
from bot.i18n import _
from handlers.http.signature import VERIFIED

log = logging.getLogger("cmsbot.errors")


def from_slack(request: BoltRequest | None) -> bool:
    """Whether ``request`` is known to come from Slack, so its URLs may be called."""
    if request is None:
        return False
    return request.mode == "socket_mode" or request.context.get(VERIFIED) is True


def register(app: App) -> None:
    @app.error
    def on_error(
        error: Exception, body: dict[str, Any], respond: Any, request: BoltRequest
    ) -> None:
        log.exception("unhandled error", exc_info=error)
        if not from_slack(request):
            log.warning("not telling the user: the request is not known to be Slack's")
            return
        if respond is not None and (body.get("response_url") or body.get("response_urls")):
            try:
                respond(**messages.ephemeral(_(messages.SOMETHING_WENT_WRONG)))
            except Exception:
                log.exception("could not tell the user about the error")

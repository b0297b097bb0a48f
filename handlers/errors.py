"""The one place unexpected failures land: log the traceback, tell the user plainly."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App

from bot import messages

log = logging.getLogger("cmsbot.errors")


def register(app: App) -> None:
    @app.error
    def on_error(error: Exception, body: dict[str, Any], respond: Any) -> None:
        log.exception("unhandled error", exc_info=error)
        if respond is not None and (body.get("response_url") or body.get("response_urls")):
            try:
                respond(**messages.ephemeral(messages.SOMETHING_WENT_WRONG))
            except Exception:
                log.exception("could not tell the user about the error")

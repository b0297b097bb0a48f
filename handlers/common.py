"""Small pieces every listener uses: who is acting, and user-facing errors."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from bot import messages
from bot.errors import CmsError
from bot.reps import get_rep_by_slack_id
from storage.models import Rep

log = logging.getLogger(__name__)


def acting_rep(session: Session, user_id: str) -> Rep:
    """The rep behind a signed payload's user id; raises ``RepNotFound`` for strangers."""
    return get_rep_by_slack_id(session, user_id)


@contextmanager
def user_errors(reply: Callable[..., Any]) -> Iterator[None]:
    """Turn a ``CmsError`` into an ephemeral sentence; anything else reaches ``@app.error``."""
    try:
        yield
    except CmsError as error:
        log.info("refused: %s", type(error).__name__)
        reply(**messages.ephemeral(str(error)))

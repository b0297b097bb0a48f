"""Small pieces every listener uses: who is acting, units of work, user-facing errors."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from bot import messages
from bot.deps import Deps
from bot.directory.languages import reader_language
from bot.directory.rep_lookup import get_rep_by_slack_id
from bot.errors import CmsError
from bot.i18n import _, speaking
from handlers.blocks.mrkdwn import safe
from storage.models import Rep

log = logging.getLogger(__name__)

T = TypeVar("T")

# Tries for a unit of work that lost its database connection; short pauses between,
# since a rep is waiting for the answer.
ATTEMPTS = 3
PAUSE = 0.2


class NotSaved(Exception):
    """The unit of work failed before its commit: it was rolled back, nothing was recorded."""


class UnsureSaved(Exception):
    """The commit itself failed: whether it landed is unknown."""


def acting_rep(session: Session, user_id: str) -> Rep:
    """The rep behind a signed payload's user id; raises ``RepNotFound`` for strangers."""
    return get_rep_by_slack_id(session, user_id)


@contextmanager
def speaking_to(deps: Deps, user_id: str | None) -> Iterator[str]:
    """Render in the language of ``user_id`` (their choice, else their Slack locale's) inside
    the block; the firm's ``CMS_DEFAULT_LOCALE`` for a stranger or when the database is down
    (the failure is then told in that language)."""
    with speaking(language_for(deps, user_id)) as code:
        yield code


def language_for(deps: Deps, user_id: str | None) -> str:
    """The language ``speaking_to`` speaks: ``user_id``'s, else the firm's (a stranger, or the
    database down: logged)."""
    default = deps.settings.default_locale
    try:
        with deps.reading()() as session:
            return reader_language(session, user_id, default=default)
    except Exception:
        log.warning(
            "could not read %s's language; answering in %s", user_id, default, exc_info=True
        )
        return default


def user_of(body: dict[str, Any]) -> str | None:
    """The Slack user id a payload comes from: a command's ``user_id``, else ``user.id``."""
    user = body.get("user_id")
    if isinstance(user, str):
        return user
    nested = body.get("user")
    if isinstance(nested, dict) and isinstance(nested.get("id"), str):
        return str(nested["id"])
    return nested if isinstance(nested, str) else None


def _transient(error: BaseException) -> bool:
    """A dropped connection or a busy database: the same work may succeed when tried again."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, OperationalError)


def committed(
    deps: Deps, work: Callable[[Session], T], *, idempotent: bool = False, read_only: bool = False
) -> T:
    """Run ``work`` in its own transaction and commit it, before anyone is told anything.

    A unit that failed before its commit was rolled back, so it is tried again
    when the failure was the connection's. A failed commit may or may not have
    landed: only an ``idempotent`` unit (keyed, or a state change that is a no-op
    when already made) is run again, and the second run then finds what the first
    recorded instead of recording it twice. ``read_only`` work (a card, a list)
    runs in a session that does not take SQLite's write lock. Raises ``CmsError``
    (the user's to fix), ``NotSaved`` or ``UnsureSaved``.
    """
    factory = deps.reading() if read_only else deps.sessions
    idempotent = idempotent or read_only
    for attempt in range(1, ATTEMPTS + 1):
        last = attempt == ATTEMPTS
        session = factory()
        try:
            try:
                result = work(session)
            except CmsError:
                session.rollback()
                raise
            except Exception as error:
                _quiet_rollback(session)
                if _transient(error) and not last:
                    log.warning("unit of work lost its database (%s); trying again", error)
                    time.sleep(PAUSE * attempt)
                    continue
                raise NotSaved(str(error)) from error
            try:
                session.commit()
            except Exception as error:
                _quiet_rollback(session)
                if idempotent and _transient(error) and not last:
                    log.warning("commit failed (%s); running the keyed unit again", error)
                    time.sleep(PAUSE * attempt)
                    continue
                raise UnsureSaved(str(error)) from error
            return result
        finally:
            session.close()
    raise AssertionError("unreachable")  # pragma: no cover


def _quiet_rollback(session: Session) -> None:
    try:
        session.rollback()
    except Exception:  # the connection is gone; the server rolls back on its own
        log.debug("rollback after a failure failed too", exc_info=True)


def quietly(what: str, run: Callable[[], object]) -> None:
    """Work after the commit that the user was not promised (an early post, a Home refresh).

    Its failure is logged and never told as "nothing was recorded": the record
    stands, and the outbox or the next Home opening catches up.
    """
    try:
        run()
    except Exception:
        log.exception("after commit, %s failed (the record stands)", what)


def tell_failure(reply: Callable[..., Any], error: BaseException) -> None:
    """The truthful sentence for a unit of work that did not finish."""
    if isinstance(error, CmsError):
        log.info("refused: %s", type(error).__name__)
        # A refusal quotes what was typed ("I can't read “…” as a period"): escaped here,
        # once for every service, so a typed <!here> or <https://…|…> stays text.
        reply(**messages.ephemeral(safe(str(error))))
    elif isinstance(error, NotSaved):
        log.error("not recorded: %s", error, exc_info=error.__cause__)
        reply(**messages.ephemeral(_(messages.SOMETHING_WENT_WRONG)))
    elif isinstance(error, UnsureSaved):
        log.error("commit outcome unknown: %s", error, exc_info=error.__cause__)
        reply(**messages.ephemeral(_(messages.UNSURE_RECORDED)))
    else:
        log.error("unexpected failure", exc_info=error)
        reply(**messages.ephemeral(_(messages.FAILED_NOTHING_CHANGED)))

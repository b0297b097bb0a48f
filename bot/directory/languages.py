"""Which language each person reads: ``/cms language``, and the lookup every reply starts from.

A rep reads their Slack locale's language (``reps.locale``, learnt from
``users.info``; the nearest of the six, else English) unless they chose one with
``/cms language <code>`` (``reps.language``); ``/cms language auto`` goes back
to Slack's. Shared channels read the firm's ``CMS_DEFAULT_LOCALE``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bot import audit
from bot.errors import CmsError
from bot.i18n import LOCALES, NAMES, _, chosen
from storage.models import Rep

AUTO = "auto"


class UnknownLanguage(CmsError):
    """``/cms language`` was given something other than one of the six or ``auto``."""


def language_of(rep: Rep) -> str:
    """The language ``rep`` reads (one of ``bot.i18n.LOCALES``)."""
    return chosen(rep.language, rep.locale)


# Built once: every request asks it before anything else (a kept statement reuses its key).
_LANGUAGE = select(Rep.language, Rep.locale).where(Rep.slack_user_id == bindparam("slack_user_id"))


def reader_language(session: Session, slack_user_id: str | None, *, default: str) -> str:
    """The language of the person behind ``slack_user_id``; ``default`` for a stranger."""
    if not slack_user_id:
        return default
    row = session.execute(_LANGUAGE, {"slack_user_id": slack_user_id}).first()
    if row is None:
        return default
    return chosen(row.language, row.locale)


def read_choice(text: str) -> str | None:
    """``fr``, ``fr-FR``, ``Français`` or ``auto`` (None); raises ``UnknownLanguage``."""
    word = text.strip().lower()
    if word == AUTO:
        return None
    for code, name in NAMES.items():
        if word == name.lower():
            return code
    primary = word.replace("_", "-").split("-")[0]
    if primary in LOCALES:
        return primary
    raise UnknownLanguage(
        _(
            "I don't speak “{text}”. Choose one of {choices}, or `auto` to follow your Slack language."
        ).format(text=text.strip(), choices=choices())
    )


def choices() -> str:
    return ", ".join(f"`{code}` ({NAMES[code]})" for code in LOCALES)


def set_language(session: Session, *, rep: Rep, language: str | None, now: datetime) -> bool:
    """Keep ``rep``'s choice (None: follow Slack); returns whether it changed. Audited."""
    if rep.language == language:
        return False
    before = audit.snapshot(rep)
    rep.language = language
    rep.updated_at = now
    session.flush()
    audit.record_by(session, rep, "update", rep, before=before, now=now)
    return True

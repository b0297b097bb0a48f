"""Looking up reps by Slack user id or name."""

from __future__ import annotations

import re

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, joinedload

from bot import messages
from bot.errors import AmbiguousRep, RepNotFound
from bot.i18n import N_, _
from storage.models import Rep

# Built once: every signed payload asks it (twice a /logcontact line), and a statement
# object kept reuses its cache key instead of building one per call. The roles come in the
# same statement (joined), not in a second one after it (``Rep.role_rows``' selectin).
_ACTIVE_BY_SLACK_ID = (
    select(Rep)
    .where(Rep.slack_user_id == bindparam("slack_user_id"), Rep.active.is_(True))
    .options(joinedload(Rep.role_rows))
)


def get_rep_by_slack_id(session: Session, slack_user_id: str) -> Rep:
    found = session.execute(_ACTIVE_BY_SLACK_ID, {"slack_user_id": slack_user_id})
    rep = found.unique().scalar_one_or_none()
    if rep is None:
        raise RepNotFound(_(messages.NOT_A_REP))
    return rep


def find_rep(session: Session, text: str) -> Rep:
    """A person by ``<@U123|name>``, ``@name``, a Slack user id or a unique name.

    The name is matched whole (case-insensitive; ``oliver.grant`` reads as
    "oliver grant"), else by its first words ("Oliver", "oliver g"). Raises
    ``RepNotFound`` when no one answers to it and ``AmbiguousRep``, naming each
    candidate with their mention, when several do.
    """
    typed = text.strip()
    token = typed
    if token.startswith("<@") and token.endswith(">"):
        token = token[2:-1].split("|", 1)[0]
    token = token.lstrip("@").strip()
    rep = session.scalar(select(Rep).where(func.upper(Rep.slack_user_id) == token.upper()))
    if rep is not None:
        return rep
    wanted = " ".join(re.split(r"[\s._]+", token.lower())).strip()
    if not wanted:
        raise RepNotFound(_(_NOBODY).format(typed=typed))
    rep = session.scalar(
        select(Rep).where(func.lower(Rep.name) == wanted, Rep.active.is_(True)).limit(1)
    )
    if rep is None:
        rep = session.scalar(select(Rep).where(func.lower(Rep.name) == wanted).limit(1))
    if rep is not None:
        return rep
    found = [
        r for r in session.scalars(select(Rep).where(Rep.active.is_(True))) if _starts(r, wanted)
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise RepNotFound(_(_NOBODY).format(typed=typed))
    found.sort(key=lambda r: r.name)
    choices = ", ".join(f"{r.name} (<@{r.slack_user_id}>)" for r in found[:10])
    raise AmbiguousRep(_(_SEVERAL).format(typed=typed, choices=choices), found)


_NOBODY = N_(
    "No one in the directory answers to {typed!r}; @mention them, or give their Slack user id "
    "or their name."
)
_SEVERAL = N_(
    "Several people answer to {typed!r}: {choices}. Say which with their @mention, "
    "their Slack user id or their full name."
)


def _starts(rep: Rep, wanted: str) -> bool:
    """Whether the name's words begin with the words typed ("oliver g" → Oliver Grant)."""
    words, typed = rep.name.lower().split(), wanted.split()
    return len(typed) <= len(words) and all(
        w.startswith(t) for w, t in zip(words[: len(typed)], typed, strict=True)
    )

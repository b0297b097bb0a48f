"""Keeping each rep's time zone and locale fresh from their Slack profile.

The nudge goes out at the rep's local hour and the one-line reader reads "yesterday"
in the rep's zone, so the zone must follow the rep when they travel or move. The
first time the bot sees a rep (a line typed), their profile is read before the line
is (``learn_first``), in one bounded call: a Swedish rep imported this morning in
UTC has "igår" read in Stockholm from their very first line. Slack failing or slow
(past ``FIRST_SIGHT_TIMEOUT``) leaves what is known and the line is read with it;
the next line tries again. Profiles older than a day are also re-read with
``users.info`` during the nudge tick, a bounded batch at a time (oldest
first), before deciding who is due. Slack failing never stops the tick: the
rep keeps their last known zone and is tried again on a later tick.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy import Row, bindparam, or_, select
from sqlalchemy.orm import Session, sessionmaker

from bot import audit
from bot.deps import Deps
from storage.models import Rep

log = logging.getLogger(__name__)

MAX_AGE = timedelta(days=1)
# users.info is Tier 4 (100+ a minute); a tick never spends more than this on it.
BATCH = 50
# After this many failures in a row, Slack is probably down: stop for this tick.
GIVE_UP_AFTER = 3
# Seconds the first sight of a rep may wait on users.info before their line is read anyway.
FIRST_SIGHT_TIMEOUT = 2
# Slack answers with these when the user is gone for good; re-asking will not help.
PERMANENT_ERRORS = {"user_not_found", "user_not_visible", "account_inactive"}


@dataclass(frozen=True)
class Profile:
    timezone: str | None
    locale: str | None


@dataclass
class RefreshReport:
    refreshed: int = 0
    changed: int = 0
    failed: int = 0


def stale_reps(session: Session, *, now: datetime, limit: int = BATCH) -> list[tuple[int, str]]:
    """``(rep id, Slack user id)`` of active reps whose profile is older than a day, oldest first."""
    rows = session.execute(
        select(Rep.id, Rep.slack_user_id)
        .where(Rep.active.is_(True))
        .where(or_(Rep.profile_refreshed_at.is_(None), Rep.profile_refreshed_at < now - MAX_AGE))
        .order_by(Rep.profile_refreshed_at.is_not(None), Rep.profile_refreshed_at, Rep.id)
        .limit(limit)
    ).all()
    return [(rep_id, user_id) for rep_id, user_id in rows]


def read_profile(client: WebClient, user_id: str) -> Profile:
    """The zone and locale Slack has for ``user_id``; raises ``SlackApiError`` on failure."""
    response = client.users_info(user=user_id, include_locale=True)
    user = response.get("user") or {}
    return Profile(timezone=user.get("tz"), locale=user.get("locale"))


def apply_profile(session: Session, *, rep_id: int, profile: Profile | None, now: datetime) -> bool:
    """Store what Slack said (a bad zone name is ignored); returns whether anything changed.

    ``profile=None`` only stamps the rep as refreshed (Slack no longer knows them).
    """
    rep = session.get(Rep, rep_id)
    if rep is None:
        return False
    before = audit.snapshot(rep)
    changed = False
    if profile is not None:
        if profile.timezone and profile.timezone != rep.timezone and _valid_zone(profile.timezone):
            rep.timezone = profile.timezone
            changed = True
        if profile.locale and profile.locale != rep.locale:
            rep.locale = profile.locale[:16]
            changed = True
    rep.profile_refreshed_at = now
    if changed:
        rep.updated_at = now
    session.flush()
    if changed:
        audit.record(
            session,
            actor=audit.SYSTEM,
            action="profile_refresh",
            entity=rep,
            before=before,
            now=now,
        )
    return changed


def refresh_stale_profiles(
    sessions: sessionmaker[Session], client: WebClient, *, now: datetime, limit: int = BATCH
) -> RefreshReport:
    """Re-read up to ``limit`` stale profiles; Slack is called outside any transaction."""
    report = RefreshReport()
    with sessions.begin() as session:
        stale = stale_reps(session, now=now, limit=limit)
    failures_in_row = 0
    for rep_id, user_id in stale:
        try:
            profile: Profile | None = read_profile(client, user_id)
        except SlackApiError as error:
            code = str(error.response.get("error", "")) if error.response is not None else ""
            if code not in PERMANENT_ERRORS:
                report.failed += 1
                failures_in_row += 1
                log.warning("users.info failed for %s: %s", user_id, code or error)
                if failures_in_row >= GIVE_UP_AFTER:
                    break
                continue
            profile = None
        except SlackClientError as error:
            report.failed += 1
            failures_in_row += 1
            log.warning("users.info failed for %s: %s", user_id, error)
            if failures_in_row >= GIVE_UP_AFTER:
                break
            continue
        failures_in_row = 0
        with sessions.begin() as session:
            report.changed += apply_profile(session, rep_id=rep_id, profile=profile, now=now)
        report.refreshed += 1
    return report


def due(rep: Rep | Row[Any], *, now: datetime) -> bool:
    """Never read from Slack yet: the first time the bot sees a rep (the nudge tick keeps
    known profiles fresh, ``refresh_stale_profiles``)."""
    del now
    return rep.profile_refreshed_at is None


def refresh_one(
    sessions: sessionmaker[Session], client: WebClient, *, user_id: str, now: datetime
) -> bool:
    """Read one rep's zone and locale now (``users.info``) and keep them; returns whether
    anything changed. Slack failing leaves what is known; only a permanent answer
    ("user_not_found") stamps the rep as read. Slack is called outside any transaction."""
    try:
        profile: Profile | None = read_profile(client, user_id)
    except SlackApiError as error:
        code = str(error.response.get("error", "")) if error.response is not None else ""
        log.warning("users.info failed for %s: %s", user_id, code or error)
        if code not in PERMANENT_ERRORS:
            return False
        profile = None
    except SlackClientError as error:
        log.warning("users.info failed for %s: %s", user_id, error)
        return False
    with sessions.begin() as session:
        rep_id = session.scalar(select(Rep.id).where(Rep.slack_user_id == user_id))
        if rep_id is None:
            return False
        return apply_profile(session, rep_id=rep_id, profile=profile, now=now)


_STAMP_BY_SLACK_ID = select(Rep.profile_refreshed_at).where(
    Rep.slack_user_id == bindparam("slack_user_id")
)


def learn_first(deps: Deps, *, user_id: str) -> bool:
    """Read a rep's zone and locale now if the bot never has (``due``), before their line is
    read; True when Slack answered. Never raises and never waits more than one bounded call
    (no retries): a failure keeps what is known and is logged."""
    try:
        with deps.reading()() as session:
            # The stamp alone, not the rep and their roles: asked before every line typed.
            known = session.execute(_STAMP_BY_SLACK_ID, {"slack_user_id": user_id}).first()
            if known is None or not due(known, now=deps.clock()):
                return False
        bounded = WebClient(
            token=deps.client.token,
            base_url=deps.client.base_url,
            timeout=min(deps.client.timeout, FIRST_SIGHT_TIMEOUT),
            retry_handlers=[],
        )
        refresh_one(deps.sessions, bounded, user_id=user_id, now=deps.clock())
        with deps.reading()() as session:
            stamped = session.scalar(
                select(Rep.profile_refreshed_at).where(Rep.slack_user_id == user_id)
            )
        return stamped is not None
    except Exception:  # the line is read with what is known; the nudge tick tries again
        log.exception("learning %s's profile before their line failed", user_id)
        return False


def learn_later(deps: Deps, *, user_id: str) -> None:
    """``refresh_one`` on the background pool: the next line the rep types benefits."""

    def run() -> None:
        try:
            refresh_one(deps.sessions, deps.client, user_id=user_id, now=deps.clock())
        except Exception:  # the rep keeps what is known; the nudge tick tries again
            log.exception("learning %s's profile failed", user_id)

    deps.background.submit(run)


def _valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except Exception:
        return False
    return True


__all__ = [
    "MAX_AGE",
    "Profile",
    "RefreshReport",
    "apply_profile",
    "due",
    "learn_first",
    "learn_later",
    "refresh_one",
    "read_profile",
    "refresh_stale_profiles",
    "stale_reps",
]

"""``/cms admin``: reading the text into a typed command, then carrying it out.

Reading needs no database and no Slack. Carrying out goes through
``bot.directory`` (which validates and audits every change) and answers with
the one line the admin sees.

Slack sends user mentions in slash-command text as ``<@U123|name>`` or
``<@U123>``; people also paste raw user ids. Client names may be quoted
("Smith Family Trust") or, for the cover commands, typed bare up to the mention.
Smart quotes from phones and Macs count as quotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from bot import directory, messages
from bot.directory import access
from bot.directory.rep_lookup import find_rep
from bot.errors import AmbiguousClient, ClientNotFound, InvalidInput
from bot.i18n import _, ngettext, pgettext
from bot.messages import mention
from bot.messages.formatting import escape
from bot.parsing.client_match import normalise
from storage.models import COVERAGE_ROLES, ROLES, Client, Coverage, Delegate, Rep

# One line per verb: the help text and every "that's not how it goes" reply use these.
USAGE: dict[str, str] = {
    # Shown inside mrkdwn: no "<role>", which Slack reads as a link and shows as "role".
    "grant": "admin grant @rep role",
    "revoke": "admin revoke @rep role",
    "cover": 'admin cover "Client name or external id" @rep [primary|secondary]',
    "uncover": 'admin uncover "Client name or external id" @rep',
    "manager": "admin manager @rep @manager|none",
    "delegate": "admin delegate @rep @assistant",
    "undelegate": "admin undelegate @rep @assistant",
    "show": "admin show @rep",
}

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"'})
_TOKEN = re.compile(r'"([^"]*)"|(<[^>]*>)|(\S+)')
_MENTION = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$")
# Raw ids look like U012ABCDEF: long, upper-case, with digits (so "UHNW" is not one).
_USER_ID = re.compile(r"^@?([UW](?=[A-Z0-9]*[0-9])[A-Z0-9]{5,})$")


@dataclass(frozen=True)
class AdminCommand:
    """One ``/cms admin`` request, read but not yet resolved against the directory.

    ``rep`` and ``other`` are Slack user ids or names as typed (``find_rep`` reads
    them when the command runs); ``other`` is the manager (``None``
    for ``manager @rep none``) or the assistant; ``role`` is a rep role for
    grant/revoke and a coverage role for cover (``None`` when not given).
    """

    verb: str
    rep: str
    role: str | None = None
    client: str | None = None
    other: str | None = None


def usage_lines() -> str:
    return "\n".join(f"`/cms {line}`" for line in USAGE.values())


def user_id(token: str) -> str | None:
    """The Slack user id in a mention (``<@U123|jane>``, ``<@U123>``) or raw id; else ``None``."""
    token = token.strip()
    match = _MENTION.match(token) or _USER_ID.match(token)
    return match.group(1) if match else None


def tokens(text: str) -> list[tuple[str, bool]]:
    """Words of ``text`` as ``(word, was_quoted)``; mentions stay whole."""
    found = []
    for quoted, angled, bare in _TOKEN.findall(text.translate(_QUOTES)):
        if angled or bare:
            found.append((angled or bare, False))
        else:
            found.append((quoted, True))
    return found


def parse(text: str) -> AdminCommand:
    """Read the words after ``/cms admin``; raises ``InvalidInput`` showing the right usage."""
    words = tokens(text)
    if not words or words[0][1]:
        raise InvalidInput(
            _("Tell me what to do. I understand:\n{usage_lines}").format(usage_lines=usage_lines())
        )
    verb = words[0][0].lower()
    if verb not in USAGE:
        raise InvalidInput(
            _("I don't know `admin {value}`. I understand:\n{usage_lines}").format(
                value=words[0][0], usage_lines=usage_lines()
            )
        )
    args = words[1:]
    if verb in ("cover", "uncover"):
        return _parse_cover(verb, args)
    if verb in ("grant", "revoke"):
        rep, role = _exactly(verb, args, 2)
        role = role.lower()
        if role not in ROLES:
            raise InvalidInput(
                _("There is no role {role}; roles are {join}.").format(
                    role=repr(role), join=", ".join(ROLES)
                )
            )
        return AdminCommand(verb, _rep(verb, rep), role=role)
    if verb == "manager":
        rep, manager = _exactly(verb, args, 2)
        other = None if manager.lower() == "none" else _rep(verb, manager)
        return AdminCommand(verb, _rep(verb, rep), other=other)
    if verb in ("delegate", "undelegate"):
        rep, assistant = _exactly(verb, args, 2)
        return AdminCommand(verb, _rep(verb, rep), other=_rep(verb, assistant))
    (rep,) = _exactly(verb, args, 1)
    return AdminCommand(verb, _rep(verb, rep))


def _wrong(verb: str, problem: str) -> InvalidInput:
    return InvalidInput(_(messages.ADMIN_USE).format(problem=problem, usage=USAGE[verb]))


def _exactly(verb: str, args: list[tuple[str, bool]], count: int) -> list[str]:
    if len(args) != count:
        words = ngettext(
            "`admin {verb}` takes {count} word.", "`admin {verb}` takes {count} words.", count
        )
        raise _wrong(verb, words.format(verb=verb, count=count))
    return [word for word, _quoted in args]


def _rep(verb: str, token: str) -> str:
    """A person as typed: the id of a mention or raw id, else the name, found when run."""
    found = user_id(token)
    if found is None and not token.strip().lstrip("@"):
        raise _wrong(verb, _(messages.ADMIN_NAME_THE_PERSON))
    return found or token.strip()


def _parse_cover(verb: str, args: list[tuple[str, bool]]) -> AdminCommand:
    """``cover CLIENT @rep [primary|secondary]``; CLIENT is quoted or every word before @rep."""
    role = None
    if verb == "cover" and args and not args[-1][1] and args[-1][0].lower() in COVERAGE_ROLES:
        role = args.pop()[0].lower()
    if len(args) < 2 or args[-1][1]:
        raise _wrong(verb, "Name the client, then the rep.")
    rep = _rep(verb, args[-1][0])
    client = " ".join(word for word, _quoted in args[:-1]).strip()
    if not client:
        raise _wrong(verb, "Name the client, then the rep.")
    return AdminCommand(verb, rep, role=role, client=client)


# --- carrying a command out: the directory does the change, this says what happened ---


@dataclass(frozen=True)
class RepCard:
    """What ``/cms admin show`` tells an admin about a rep."""

    rep: Rep
    manager: Rep | None
    reports: list[Rep]
    primary_clients: int
    secondary_clients: int
    delegates: list[Rep]  # assistants this rep named
    assists: list[Rep]  # reps who named this person their assistant


def require_admin(actor: Rep) -> None:
    """Raise ``NotAllowed`` unless the actor is an admin."""
    access.require_role(actor, "admin", refusal=_(messages.ADMIN_ONLY))


def answer(session: Session, *, actor: Rep, text: str, now: datetime) -> str:
    """``/cms admin TEXT``: the usage for ``help``, else the command's one line.

    Raises ``NotAllowed`` before reading anything for someone who is not an admin,
    then what ``parse`` and ``run`` raise.
    """
    require_admin(actor)
    if text.strip().lower() in ("", "help"):
        return _("*`/cms admin` understands:*") + "\n" + usage_lines()
    return run(session, actor=actor, command=parse(text), now=now)


def run(session: Session, *, actor: Rep, command: AdminCommand, now: datetime) -> str:
    """Carry out one command in the caller's transaction; the reply, in one line (a card for show).

    Raises ``NotAllowed`` for non-admins, ``RepNotFound`` / ``ClientNotFound`` /
    ``AmbiguousClient`` for names that don't resolve, ``InvalidInput`` for changes
    the directory refuses (a manager loop, a delegate without the assistant role).
    """
    require_admin(actor)
    rep = find_rep(session, command.rep)
    return _VERBS[command.verb](session, rep, command, actor.slack_user_id, now)


def _show(session: Session, rep: Rep, command: AdminCommand, by: str, now: datetime) -> str:
    return card_text(describe(session, rep))


def _role(session: Session, rep: Rep, command: AdminCommand, by: str, now: datetime) -> str:
    role, grant = command.role or "", command.verb == "grant"
    change = (directory.grant_role if grant else directory.revoke_role)(
        session, rep=rep, role=role, actor=by, now=now
    )
    done, same = (
        (_(messages.ADMIN_GRANTED), _(messages.ADMIN_ALREADY_HAS))
        if grant
        else (_(messages.ADMIN_REVOKED), _(messages.ADMIN_LACKS))
    )
    return _said(change.changed, done, same, rep=mention(rep.slack_user_id), role=role)


def _coverage(session: Session, rep: Rep, command: AdminCommand, by: str, now: datetime) -> str:
    client = find_client(session, command.client or "")
    names = {
        "rep": mention(rep.slack_user_id),
        "client": f"{escape(client.name)} ({escape(client.external_id)})",
    }
    if command.verb == "uncover":
        gone = directory.remove_coverage(session, client=client, rep=rep, actor=by, now=now)
        return _said(
            gone.changed, _(messages.ADMIN_UNCOVERED), _(messages.ADMIN_DOES_NOT_COVER), **names
        )
    role = command.role or _default_coverage_role(session, client=client, rep=rep)
    change = directory.assign_coverage(
        session, client=client, rep=rep, role=role, actor=by, now=now
    )
    return _said(
        change.changed,
        _(messages.ADMIN_COVERS),
        _(messages.ADMIN_ALREADY_COVERS),
        role=role,
        **names,
    )


def _manager(session: Session, rep: Rep, command: AdminCommand, by: str, now: datetime) -> str:
    manager = find_rep(session, command.other) if command.other else None
    change = directory.set_manager(session, rep=rep, manager=manager, actor=by, now=now)
    who = mention(rep.slack_user_id)
    if manager is None and change.changed:
        return _(messages.ADMIN_MANAGER_CLEARED).format(rep=who)
    boss = mention(manager.slack_user_id) if manager else "nobody"
    return _said(
        change.changed,
        _(messages.ADMIN_MANAGER_SET),
        _(messages.ADMIN_ALREADY_REPORTS),
        rep=who,
        manager=boss,
    )


def _delegates(session: Session, rep: Rep, command: AdminCommand, by: str, now: datetime) -> str:
    assistant = find_rep(session, command.other or "")
    names = {"rep": mention(rep.slack_user_id), "assistant": mention(assistant.slack_user_id)}
    if command.verb == "undelegate":
        gone = directory.remove_delegate(session, rep=rep, assistant=assistant, actor=by, now=now)
        return _said(
            gone.changed, _(messages.ADMIN_UNDELEGATED), _(messages.ADMIN_NOT_DELEGATE), **names
        )
    change = directory.add_delegate(session, rep=rep, assistant=assistant, actor=by, now=now)
    return _said(
        change.changed, _(messages.ADMIN_DELEGATED), _(messages.ADMIN_ALREADY_DELEGATE), **names
    )


_VERBS: dict[str, Callable[[Session, Rep, AdminCommand, str, datetime], str]] = {
    "grant": _role,
    "revoke": _role,
    "cover": _coverage,
    "uncover": _coverage,
    "manager": _manager,
    "delegate": _delegates,
    "undelegate": _delegates,
    "show": _show,
}


def _said(changed: bool, done: str, same: str, **names: str) -> str:
    return done.format(**names) if changed else messages.unchanged(same.format(**names))


def _default_coverage_role(session: Session, *, client: Client, rep: Rep) -> str:
    """Unsaid role: the rep's current one, else primary for an uncovered client, else secondary.

    So ``cover`` without a role never quietly demotes an existing primary.
    """
    team = dict(
        session.execute(
            select(Coverage.rep_id, Coverage.role).where(
                Coverage.client_id == client.id, Coverage.ended_at.is_(None)
            )
        ).all()
    )
    if rep.id in team:
        return str(team[rep.id])
    return "secondary" if team else "primary"


def find_client(session: Session, text: str) -> Client:
    """A client by exact external id, else by name (case and accents ignored).

    Raises ``ClientNotFound`` or ``AmbiguousClient`` (listing external ids).
    """
    text = text.strip()
    client = session.scalar(select(Client).where(Client.external_id == text))
    if client is not None:
        return client
    named = session.scalars(
        select(Client).where(Client.search_name == normalise(text)).order_by(Client.external_id)
    ).all()
    if len(named) == 1:
        return named[0]
    if not named:
        raise ClientNotFound(_(messages.ADMIN_NO_CLIENT).format(text=text))
    listing = ", ".join(f"{escape(row.external_id)} ({escape(row.tier)})" for row in named)
    raise AmbiguousClient(
        _(messages.ADMIN_AMBIGUOUS_CLIENT).format(text=text, listing=listing), list(named)
    )


def describe(session: Session, rep: Rep) -> RepCard:
    def reps(query: Select[Any]) -> list[Rep]:
        return list(session.scalars(query.order_by(Rep.name)))

    counts = dict(
        session.execute(
            select(Coverage.role, func.count())
            .where(Coverage.rep_id == rep.id, Coverage.ended_at.is_(None))
            .group_by(Coverage.role)
        ).all()
    )
    return RepCard(
        rep=rep,
        manager=session.get(Rep, rep.manager_id) if rep.manager_id else None,
        reports=reps(select(Rep).where(Rep.manager_id == rep.id)),
        primary_clients=int(counts.get("primary", 0)),
        secondary_clients=int(counts.get("secondary", 0)),
        delegates=reps(
            select(Rep)
            .join(Delegate, Delegate.assistant_id == Rep.id)
            .where(Delegate.rep_id == rep.id)
        ),
        assists=reps(
            select(Rep)
            .join(Delegate, Delegate.rep_id == Rep.id)
            .where(Delegate.assistant_id == rep.id)
        ),
    )


def card_text(card: RepCard) -> str:
    def people(reps: list[Rep], nobody: str) -> str:
        return ", ".join(mention(rep.slack_user_id) for rep in reps) or nobody

    no_one = pgettext("admin show: no person", "none")

    rep = card.rep
    total = card.primary_clients + card.secondary_clients
    inactive = "" if rep.active else _(messages.ADMIN_CARD_INACTIVE)
    manager = mention(card.manager.slack_user_id) if card.manager else no_one
    lines = [
        f"*{escape(rep.name)}* ({mention(rep.slack_user_id)}){inactive}",
        _(messages.ADMIN_CARD_ROLES).format(
            roles=", ".join(sorted(rep.roles)) or pgettext("admin show: no roles", "none")
        ),
        _(messages.ADMIN_CARD_MANAGER).format(manager=manager),
        _(messages.ADMIN_CARD_REPORTS).format(
            reports=people(card.reports, pgettext("admin show: no team", "none"))
        ),
        _(messages.ADMIN_CARD_CLIENTS).format(
            total=total, primary=card.primary_clients, secondary=card.secondary_clients
        ),
        _(messages.ADMIN_CARD_DELEGATES).format(delegates=people(card.delegates, no_one)),
    ]
    if card.assists:
        lines.append(_(messages.ADMIN_CARD_ASSISTS).format(assists=people(card.assists, no_one)))
    return "\n".join(lines)

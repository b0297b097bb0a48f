"""``/cms cadence``: list the contact-frequency policies; admins set or clear them.

/cms cadence
/cms cadence <tier> max <days> min <days> [household|per-client]
/cms cadence client <name> max <days> min <days> [household|per-client]
/cms cadence <tier> clear  |  /cms cadence client <name> clear
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from bot import messages
from bot.cadence.policy import (
    DEFAULT_TIER,
    PolicyListing,
    clear_override,
    clear_policy,
    clients_in_tier,
    find_client,
    known_tier,
    listing,
    set_override,
    set_policy,
)
from bot.errors import InvalidInput
from bot.i18n import N_, _
from bot.messages import cadence as text
from bot.messages.formatting import escape as esc
from handlers.commands.cms_router import CmsRequest, subcommand
from handlers.common import acting_rep
from storage.models import Rep

KEYWORDS = ("max", "min", "clear", "household", "per-client")
SCOPES = {"household": True, "per-client": False}


@dataclass(frozen=True)
class CadenceChange:
    """What the admin typed: a tier or a client, and new days or ``clear``."""

    client: str | None
    tier: str | None
    max_days: int | None
    min_days: int | None
    clear: bool
    household: bool | None = None  # True: household-wide; False: per client; None: unchanged


def parse_change(args: str) -> CadenceChange:
    """Read ``<tier>|client <name>`` then ``max N``/``min N`` (any order) or ``clear``.

    Raises ``InvalidInput`` with the usage when the words don't fit.
    """
    words = args.split()
    if not words:
        raise InvalidInput(_usage())
    is_client = words[0].lower() == "client"
    rest = words[1:] if is_client else words
    cut = next((i for i, word in enumerate(rest) if word.lower() in KEYWORDS), len(rest))
    name, options = " ".join(rest[:cut]), [word.lower() for word in rest[cut:]]
    if not name or (not is_client and cut != 1):
        raise InvalidInput(_usage())
    if options == ["clear"]:
        return CadenceChange(
            name if is_client else None, None if is_client else name, None, None, True
        )
    scopes = [SCOPES[word] for word in options if word in SCOPES]
    if len(scopes) > 1:
        raise InvalidInput(_("Say `household` or `per-client`, once.") + " " + _usage())
    options = [word for word in options if word not in SCOPES]
    days: dict[str, int] = {}
    pairs = list(zip(options[::2], options[1::2], strict=False))
    if (
        (not pairs and not scopes)
        or len(options) % 2
        or any(key not in ("max", "min") for key, _ in pairs)
    ):
        raise InvalidInput(_usage())
    for key, value in pairs:
        if not value.isdigit() or key in days:
            raise InvalidInput(
                _("`{key}` needs a whole number of days, once.").format(key=key) + " " + _usage()
            )
        days[key] = int(value)
    return CadenceChange(
        name if is_client else None,
        None if is_client else name,
        days.get("max"),
        days.get("min"),
        False,
        scopes[0] if scopes else None,
    )


def render_listing(found: PolicyListing) -> str:
    lines = [
        _(text.CADENCE_LIST_TITLE),
        _(text.CADENCE_DEFAULT_ROW).format(
            cadence=text.max_min(found.default.max_days, found.default.min_days)
        ),
    ]
    if found.default.household:
        lines[-1] += _(text.CADENCE_HOUSEHOLD_ROW)
    lines.extend(
        _(text.CADENCE_TIER_ROW).format(
            tier=esc(tier), cadence=text.max_min(c.max_days, c.min_days)
        )
        + (_(text.CADENCE_HOUSEHOLD_ROW) if c.household else "")
        for tier, c in found.tiers
    )
    lines.append(
        _(text.CADENCE_OVERRIDES_TITLE) if found.overrides else _(text.CADENCE_NO_OVERRIDES)
    )
    lines.extend(
        _(text.CADENCE_OVERRIDE_ROW).format(
            client=esc(client.name),
            tier=esc(client.tier),
            cadence=text.max_min(c.max_days, c.min_days),
        )
        + (_(text.CADENCE_HOUSEHOLD_ROW) if c.household else "")
        for client, c in found.overrides
    )
    if found.more_overrides:
        lines.append(_(text.CADENCE_OVERRIDES_MORE).format(more=found.more_overrides))
    return "\n".join(lines)


def _usage() -> str:
    """How ``/cms cadence`` is written, escaped: its ``<tier>`` would be read as a link."""
    return esc(_(text.CADENCE_USAGE))


@subcommand(
    "cadence",
    usage="cadence [<tier>|client <name>] [max <days> min <days> [household]|clear]",
    summary=N_("contact-frequency policies: list them; admins set or clear them"),
)
def cadence_command(request: CmsRequest) -> None:
    now = request.deps.clock()
    with request.deps.sessions.begin() as session:
        actor = acting_rep(session, request.user_id)
        if not request.args:
            reply = render_listing(listing(session, actor=actor))
        else:
            reply = apply_change(session, actor=actor, change=parse_change(request.args), now=now)
    request.respond(**messages.ephemeral(reply))


def apply_change(session: Session, *, actor: Rep, change: CadenceChange, now: datetime) -> str:
    """Do what ``change`` says; returns the confirmation. Raises what the services raise.

    The services check the actor first (``find_client``, ``known_tier``), so a
    refusal never hints at client names.
    """
    if change.client is not None:
        client = find_client(session, change.client, actor=actor)
        if change.clear:
            clear_override(session, actor=actor, client=client, now=now)
            return _(text.CADENCE_CLEARED_CLIENT).format(client=esc(client.name))
        override = set_override(
            session,
            actor=actor,
            client=client,
            max_days=change.max_days,
            min_days=change.min_days,
            now=now,
            household=change.household,
        )
        return _(text.CADENCE_SET_CLIENT).format(
            client=esc(client.name), cadence=text.max_min(override.max_days, override.min_days)
        ) + (_(text.CADENCE_HOUSEHOLD_NOTE) if override.household else "")
    tier = known_tier(session, change.tier or "", actor=actor)
    if change.clear:
        clear_policy(session, actor=actor, tier=tier, now=now)
        return _(text.CADENCE_CLEARED_TIER).format(tier=esc(tier))
    policy = set_policy(
        session,
        actor=actor,
        tier=tier,
        max_days=change.max_days,
        min_days=change.min_days,
        now=now,
        household=change.household,
    )
    note = _(text.CADENCE_HOUSEHOLD_NOTE) if policy.household else ""
    if tier == DEFAULT_TIER:
        return (
            _(text.CADENCE_SET_DEFAULT).format(
                cadence=text.max_min(policy.max_days, policy.min_days)
            )
            + note
        )
    return (
        _(text.CADENCE_SET_TIER).format(
            tier=esc(tier),
            cadence=text.max_min(policy.max_days, policy.min_days),
            clients=text.clients(clients_in_tier(session, tier)),
        )
        + note
    )

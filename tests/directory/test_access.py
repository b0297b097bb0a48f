"""The access matrix: every surface × every kind of actor × covered / team / uncovered client.

One cast plays every part (below). ``BOOK`` says which clients each actor's
book holds; each surface is a *probe* (can this actor reach this client
through me?) and an *expectation* (should they?). A test is one row of the
matrix: one surface, one actor, every client.

To put a new surface under the matrix (``/client``, App Home, nudges, reports,
exports, type-ahead…), write a probe ``(session, cast, actor, client) -> bool``
and add it to ``SURFACES`` with its expectation; nothing else changes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import cadence
from bot.cadence import nudges
from bot.delivery.nudge_ledger import Recipient
from bot.directory import access
from bot.errors import NotAllowed
from bot.parsing import ClaimDraft
from handlers.home.role_home import home_view
from storage.models import AuditEvent, Claim, Client, Interaction, Rep
from tests.factories import log_for, make_client, make_delegate, make_rep

CLIENTS = ("rita's", "ray's", "otto's")
ALL = frozenset(CLIENTS)

# Which clients each actor's book holds.
BOOK: dict[str, frozenset[str]] = {
    "rep": frozenset({"rita's"}),  # Rita covers rita's
    "manager": frozenset({"ray's"}),  # Ray reports to Mia directly
    "senior manager": frozenset({"ray's"}),  # Ray reports to Max through Mia
    "controller": frozenset(),  # claims, not client books
    "admin": ALL,
    "assistant": frozenset({"rita's"}),  # Rita named Asa her delegate
    "assistant nobody named": frozenset(),
    "delegate without the assistant role": frozenset(),  # named by Rita, but only a rep
}
ACTORS = tuple(BOOK)


@dataclass
class Cast:
    actors: dict[str, Rep]
    clients: dict[str, Client]
    owners: dict[str, Rep]  # each client's covering rep
    interaction_with_claim: dict[str, Interaction]
    plain_interaction: dict[str, Interaction]
    claim: dict[str, Claim]
    now: datetime


@pytest.fixture
def cast(session: Session, now: datetime) -> Cast:
    max_ = make_rep(session, "UMAX", "Max", roles=("manager",))
    mia = make_rep(session, "UMIA", "Mia", roles=("manager", "rep"), manager=max_)
    ray = make_rep(session, "URAY", "Ray", manager=mia)
    rita = make_rep(session, "URITA", "Rita")
    otto = make_rep(session, "UOTTO", "Otto")
    asa = make_rep(session, "UASA", "Asa", roles=("assistant",))
    abe = make_rep(session, "UABE", "Abe", roles=("assistant",))
    rob = make_rep(session, "UROB", "Rob")
    make_delegate(session, rep=rita, assistant=asa)
    make_delegate(session, rep=rita, assistant=rob)
    actors = {
        "rep": rita,
        "manager": mia,
        "senior manager": max_,
        "controller": make_rep(session, "UCORA", "Cora", roles=("controller",)),
        "admin": make_rep(session, "UADA", "Ada", roles=("admin",)),
        "assistant": asa,
        "assistant nobody named": abe,
        "delegate without the assistant role": rob,
    }
    owners = {"rita's": rita, "ray's": ray, "otto's": otto}
    clients = {
        name: make_client(session, f"Client of {owner.name}", covered_by=[owner])
        for name, owner in owners.items()
    }
    with_claim, plain, claims = {}, {}, {}
    for name, client in clients.items():
        deposit = ClaimDraft(kind="deposit", amount=Decimal("100000"), currency="USD")
        owner, ten_days_ago = owners[name], now - timedelta(days=10)
        logged = log_for(session, owner, client, at=ten_days_ago, now=now, claims=(deposit,))
        with_claim[name], claims[name] = logged.interaction, logged.claims[0]
        yesterday = now - timedelta(days=1)
        plain[name] = log_for(
            session, owner, client, at=yesterday, now=now, channel="email"
        ).interaction
    return Cast(actors, clients, owners, with_claim, plain, claims, now)


# --- probes: can ``actor`` reach ``client`` through this surface? ----------------------------

Probe = Callable[[Session, Cast, Rep, str], bool]


def allowed(check: Callable[[], None]) -> bool:
    try:
        check()
    except NotAllowed:  # NotCovered is a NotAllowed
        return False
    return True


def probe_can_see_client(session: Session, cast: Cast, actor: Rep, client: str) -> bool:
    return access.can_see_client(session, actor=actor, client_id=cast.clients[client].id)


def probe_seeable_client_ids(session: Session, cast: Cast, actor: Rep, client: str) -> bool:
    """Asked for every client of the cast at once, as a line's namesakes are."""
    every = [found.id for found in cast.clients.values()]
    seen = access.seeable_client_ids(session, actor=actor, client_ids=every)
    return cast.clients[client].id in seen


def probe_visible_client_ids(session: Session, cast: Cast, actor: Rep, client: str) -> bool:
    visible = session.scalars(access.restrict_clients(select(Client.id), actor)).all()
    return cast.clients[client].id in visible


def probe_require_can_see_client(session: Session, cast: Cast, actor: Rep, client: str) -> bool:
    return allowed(
        lambda: access.require_can_see_client(session, actor=actor, client=cast.clients[client])
    )


def probe_log_as_self(session: Session, cast: Cast, actor: Rep, client: str) -> bool:
    return allowed(
        lambda: access.require_can_log(
            session, actor=actor, owner=actor, client=cast.clients[client]
        )
    )


def probe_log_for_rita(session: Session, cast: Cast, actor: Rep, client: str) -> bool:
    rita = cast.actors["rep"]
    return allowed(
        lambda: access.require_can_log(
            session, actor=actor, owner=rita, client=cast.clients[client]
        )
    )


def probe_can_see_claim(session: Session, cast: Cast, actor: Rep, client: str) -> bool:
    return access.can_see_claim(session, actor=actor, claim=cast.claim[client])


def probe_can_see_interaction_with_claim(
    session: Session, cast: Cast, actor: Rep, client: str
) -> bool:
    interaction = cast.interaction_with_claim[client]
    return access.can_see_interaction(session, actor=actor, interaction=interaction)


def probe_can_see_plain_interaction(session: Session, cast: Cast, actor: Rep, client: str) -> bool:
    interaction = cast.plain_interaction[client]
    return access.can_see_interaction(session, actor=actor, interaction=interaction)


# Far enough ahead that every client in the cast is overdue, twice over.
LATER = timedelta(days=400)


def probe_nudge_worklist(session: Session, cast: Cast, actor: Rep, client: str) -> bool:
    """The morning nudge lists the clients a rep covers, overdue or due a follow-up."""
    worklist = cadence.worklist_for(
        session, rep_id=actor.id, timezone=actor.timezone, now=cast.now + LATER
    )
    return cast.clients[client].id in {status.client_id for status in worklist.due}


def probe_escalation(session: Session, cast: Cast, actor: Rep, client: str) -> bool:
    """The Monday escalation shows a manager their team's far-overdue clients."""
    later = cast.now + LATER
    me = Recipient(
        "escalation", actor.id, actor.slack_user_id, actor.name, actor.timezone, later.date()
    )
    shown = {
        status.client_id
        for _manager, groups in nudges.escalations(session, [me], now=later)
        for _rep, statuses in groups
        for status in statuses
    }
    return cast.clients[client].id in shown


def probe_app_home(session: Session, cast: Cast, actor: Rep, client: str) -> bool:
    """Nothing about a client reaches a Home tab outside the client's book."""
    view = home_view(session, rep=actor, now=cast.now + LATER)
    return cast.clients[client].name in json.dumps(view)


# --- expectations: should they? ------------------------------------------------------------

Expectation = Callable[[str, str], bool]


def in_book(actor: str, client: str) -> bool:
    return client in BOOK[actor]


def in_book_or_controller(actor: str, client: str) -> bool:
    """Controllers see every claim and the contact behind it, not the rest of the book."""
    return actor == "controller" or in_book(actor, client)


def own_reach(actor: str, client: str) -> bool:
    """Logging as oneself: one's own book; an assistant's view of a principal's book is not theirs."""
    return in_book(actor, client) and actor != "assistant"


def covers_it(actor: str, client: str) -> bool:
    """Nudges go to the reps covering a client: here only Rita covers one of the cast's."""
    return actor == "rep" and client == "rita's"


def team_manager(actor: str, client: str) -> bool:
    """Escalations reach the managers above the covering rep, at any depth."""
    return actor in {"manager", "senior manager"} and client == "ray's"


def home_shows(actor: str, client: str) -> bool:
    """A rep's Home lists their own overdue clients and a controller's the pending claims
    (every client in the cast has one); managers' and admins' Homes show figures, not names."""
    return (actor == "rep" and client == "rita's") or actor == "controller"


def rita_or_her_assistant_on_her_clients(actor: str, client: str) -> bool:
    """Logging on someone's behalf: only the rep or an assistant they named, on their clients."""
    return actor in {"rep", "assistant"} and client == "rita's"


SURFACES: dict[str, tuple[Probe, Expectation]] = {
    "can_see_client": (probe_can_see_client, in_book),
    "seeable_client_ids": (probe_seeable_client_ids, in_book),
    "visible_client_ids": (probe_visible_client_ids, in_book),
    "require_can_see_client": (probe_require_can_see_client, in_book),
    "require_can_log owner=self": (probe_log_as_self, own_reach),
    "require_can_log owner=rita": (probe_log_for_rita, rita_or_her_assistant_on_her_clients),
    "can_see_claim": (probe_can_see_claim, in_book_or_controller),
    "can_see_interaction with claim": (probe_can_see_interaction_with_claim, in_book_or_controller),
    "can_see_interaction without claim": (probe_can_see_plain_interaction, in_book),
    "nudge worklist": (probe_nudge_worklist, covers_it),
    "escalation digest": (probe_escalation, team_manager),
    "app home": (probe_app_home, home_shows),
}


def matrix_rows(surfaces: Mapping[str, tuple[Probe, Expectation]]) -> Callable[..., None]:
    """The test of an access matrix, a case per surface and actor: what each surface shows
    the actor of each client is what its expectation says (a wrong one names the row)."""

    @pytest.mark.parametrize("actor", ACTORS)
    @pytest.mark.parametrize("surface", surfaces)
    def test_access_matrix_row(session: Session, cast: Cast, surface: str, actor: str) -> None:
        probe, expect = surfaces[surface]
        seen = {client: probe(session, cast, cast.actors[actor], client) for client in CLIENTS}
        wanted = {client: expect(actor, client) for client in CLIENTS}
        assert seen == wanted, f"{surface} for the {actor}"

    return test_access_matrix_row


test_access_matrix_row = matrix_rows(SURFACES)


# --- around the matrix ---------------------------------------------------------------------


def test_covering_rep_sees_own_book_through_visible_client_ids(
    session: Session, cast: Cast
) -> None:
    for name, owner in cast.owners.items():
        visible = set(session.scalars(access.restrict_clients(select(Client.id), owner)))
        assert visible == {cast.clients[name].id}


def test_admin_visibility_is_unrestricted(cast: Cast) -> None:
    assert access.visible_client_ids(cast.actors["admin"]) is None


def test_ended_coverage_no_longer_grants_access(
    session: Session, cast: Cast, now: datetime
) -> None:
    rita = cast.actors["rep"]
    client = cast.clients["rita's"]
    for row in session.scalars(select(access.Coverage).where(access.Coverage.rep_id == rita.id)):
        row.ended_at = now
    session.flush()
    assert not access.can_see_client(session, actor=rita, client_id=client.id)
    assert not access.can_see_client(session, actor=cast.actors["assistant"], client_id=client.id)


def test_management_cycle_does_not_loop(session: Session, cast: Cast) -> None:
    """A bad import making Max report to Ray must not hang the recursive team query."""
    cast.actors["senior manager"].manager_id = cast.owners["ray's"].id
    session.flush()
    assert access.can_see_client(
        session, actor=cast.actors["senior manager"], client_id=cast.clients["ray's"].id
    )


def test_refusal_names_who_covers_the_client(session: Session, cast: Cast) -> None:
    with pytest.raises(NotAllowed, match=r"it is covered by <@URAY>"):
        access.require_can_see_client(
            session, actor=cast.actors["rep"], client=cast.clients["ray's"]
        )


def test_proxy_logged_contact_records_owner_and_author(
    session: Session, cast: Cast, now: datetime
) -> None:
    rita, asa = cast.actors["rep"], cast.actors["assistant"]
    ritas = cast.clients["rita's"]
    logged = log_for(session, asa, ritas, at=now, now=now, channel="in_person", owner=rita)
    interaction = logged.interaction
    assert (interaction.rep_id, interaction.author_id) == (rita.id, asa.id)
    event = session.scalars(
        select(AuditEvent).where(
            AuditEvent.entity_type == "interactions", AuditEvent.entity_id == str(interaction.id)
        )
    ).one()
    assert event.actor == "UASA"
    assert event.after is not None
    assert (event.after["rep_id"], event.after["author_id"]) == (rita.id, asa.id)
    # The owner's coverage team, not only the author, shares it.
    assert access.can_see_interaction(session, actor=rita, interaction=interaction)
    assert not access.can_see_interaction(
        session, actor=cast.actors["assistant nobody named"], interaction=interaction
    )

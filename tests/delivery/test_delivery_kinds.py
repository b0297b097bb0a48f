"""Kinds of owed message are registered explicitly, once, by the composition root.

Nothing registers itself by being imported: a sender delivers what the
``Kinds`` in its ``Deps`` name, and a row of a kind it was not given stays
owed, saying so, until a bot that knows the kind sends it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from bot.app import delivery_kinds
from bot.cadence.nudges import DAILY, ESCALATION, run_tick
from bot.claims import DECISION_DM, REFRESH
from bot.claims.digest import DIGEST
from bot.claims.raising import CLAIM_POSTED
from bot.delivery.dead import ALERT
from bot.delivery.kinds import Kind, Kinds, NudgeKind, Skip, UnknownKind
from bot.delivery.outbox import deliver_due
from bot.delivery.owed import enqueue
from storage.models import OutboxMessage
from tests.world import World


def test_every_kind_the_services_owe_is_registered_once() -> None:
    kinds = delivery_kinds()

    assert sorted(kinds.names) == sorted(
        [CLAIM_POSTED, REFRESH, DECISION_DM, DIGEST, ALERT, DAILY, ESCALATION]
    )
    assert kinds.post(DIGEST).name == DIGEST
    assert kinds.nudge(DAILY).name == DAILY


def test_two_kinds_under_one_name_are_refused() -> None:
    def skip(*_: object) -> Skip:
        return Skip("test")

    def message(_: object) -> tuple[str, list[dict[str, object]]]:
        return "text", []

    with pytest.raises(ValueError, match="'twice'"):
        Kinds((Kind("twice", skip), NudgeKind("twice", message)))


def test_a_kind_is_found_only_in_its_own_ledger() -> None:
    kinds = delivery_kinds()

    with pytest.raises(UnknownKind, match="outbox kind 'daily'"):
        kinds.post(DAILY)
    with pytest.raises(UnknownKind, match="nudge kind 'claims_digest'"):
        kinds.nudge(DIGEST)


def test_a_row_of_a_kind_the_sender_was_not_given_stays_owed_and_says_so(world: World) -> None:
    with world.db() as session:
        row = enqueue(
            session,
            kind=ALERT,
            dedupe_key="alert:test",
            data={"admin": "UADMIN"},
            now=world.clock(),
        )
        key = row.dedupe_key
    without_alerts = Kinds(kind for kind in delivery_kinds() if kind.name != ALERT)
    deps = replace(world.cms.deps, kinds=without_alerts)

    report = deliver_due(deps, now=world.clock())

    assert report.failed == [key]
    with world.db() as session:
        owed = session.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == key))
        assert owed is not None and owed.sent_at is None and owed.dead_at is None
        assert owed.last_error == "render: no delivery for outbox kind 'problem_alert'"
    # The bot that knows the kind sends it once it is due again (nothing dead: it skips).
    assert deliver_due(world.cms.deps, now=owed.next_attempt_at).skipped == [key]


def test_deps_built_without_kinds_refuse_to_send_rather_than_guess(world: World) -> None:
    deps = replace(world.cms.deps, kinds=None)

    with pytest.raises(LookupError, match="no delivery kinds"):
        deliver_due(deps, now=world.clock())
    with pytest.raises(LookupError, match="no delivery kinds"):
        run_tick(deps, now=world.clock(), dry_run=True)

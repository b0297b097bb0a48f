"""Logging, editing and undoing contacts through the service layer."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.contacts import ContactDraft, edit_contact, log_contact, undo_contact
from bot.errors import FutureDate, InitiativeNotFound, NotAllowed, NotCovered, UndoExpired
from bot.i18n import speaking
from bot.parsing import ClaimDraft
from storage.models import AuditEvent, CadenceOverride, Claim, Interaction, OutboxMessage, Snooze
from tests.factories import SETTING, make_client, make_delegate, make_initiative, make_rep


def draft(client_id: int, when: datetime, **kwargs) -> ContactDraft:  # type: ignore[no-untyped-def]
    return ContactDraft(
        client_id=client_id, occurred_at=when, channel=kwargs.pop("channel", "phone"), **kwargs
    )


def test_logged_contact_is_recorded_with_audit_and_pending_claim(
    session: Session, now: datetime
) -> None:
    rep = make_rep(session)
    client = make_client(session, "Jane Smith", covered_by=[rep])
    pledge = ClaimDraft(kind="pledge", amount=Decimal("2500000"), currency="USD")
    logged = log_contact(
        session,
        actor=rep,
        draft=draft(client.id, now - timedelta(hours=2), claims=(pledge,)),
        now=now,
    )

    assert logged.created and logged.interaction.rep_id == rep.id == logged.interaction.author_id
    [claim] = logged.claims
    assert (claim.kind, claim.amount, claim.status) == ("pledge", Decimal("2500000.00"), "pending")
    actions = session.execute(
        select(AuditEvent.entity_type, AuditEvent.action)
        .where(AuditEvent.actor != SETTING)
        .order_by(AuditEvent.seq)
    ).all()
    assert actions == [("interactions", "create"), ("claims", "create")]
    owed = session.scalars(select(OutboxMessage.dedupe_key)).all()
    assert owed == [f"claim:{claim.id}:post"]


def test_same_idempotency_key_records_once(session: Session, now: datetime) -> None:
    rep = make_rep(session)
    client = make_client(session, "Jane Smith", covered_by=[rep])
    first = log_contact(
        session, actor=rep, draft=draft(client.id, now, idempotency_key="trigger-1"), now=now
    )
    again = log_contact(
        session, actor=rep, draft=draft(client.id, now, idempotency_key="trigger-1"), now=now
    )
    assert again.created is False and again.interaction.id == first.interaction.id
    assert session.scalar(select(func.count()).select_from(Interaction)) == 1


def test_uncovered_client_id_is_refused_naming_nobody(session: Session, now: datetime) -> None:
    """A client id reaches ``log_contact`` from a button or a form option; typed names are
    refused by name earlier (``quicklog.find_clients``)."""
    rep, other = make_rep(session), make_rep(session, "U777", "Olga Other")
    client = make_client(session, "Jane Smith", covered_by=[other])
    with pytest.raises(NotCovered, match="no longer works for you") as refused:
        log_contact(session, actor=rep, draft=draft(client.id, now), now=now)
    assert "Jane" not in str(refused.value) and "U777" not in str(refused.value)


def test_manager_may_log_for_a_team_client(session: Session, now: datetime) -> None:
    boss = make_rep(session, roles=("rep", "manager"))
    middle = make_rep(session, roles=("rep", "manager"), manager=boss)
    rep = make_rep(session, manager=middle)
    client = make_client(session, "Jane Smith", covered_by=[rep])
    logged = log_contact(session, actor=boss, draft=draft(client.id, now), now=now)
    assert logged.interaction.rep_id == boss.id


def test_assistant_logs_for_the_rep_who_named_them(session: Session, now: datetime) -> None:
    rep = make_rep(session)
    assistant = make_rep(session, roles=("assistant",))
    client = make_client(session, "Jane Smith", covered_by=[rep])
    with pytest.raises(NotAllowed):
        log_contact(session, actor=assistant, owner=rep, draft=draft(client.id, now), now=now)
    make_delegate(session, rep=rep, assistant=assistant)
    logged = log_contact(session, actor=assistant, owner=rep, draft=draft(client.id, now), now=now)
    assert (logged.interaction.rep_id, logged.interaction.author_id) == (rep.id, assistant.id)


def test_future_contact_is_refused(session: Session, now: datetime) -> None:
    rep = make_rep(session)
    client = make_client(session, "Jane Smith", covered_by=[rep])
    with pytest.raises(FutureDate):
        log_contact(session, actor=rep, draft=draft(client.id, now + timedelta(hours=1)), now=now)
    assert session.scalar(select(func.count()).select_from(Interaction)) == 0


def test_too_often_is_reported_but_recorded(session: Session, now: datetime) -> None:
    rep, colleague = make_rep(session), make_rep(session, name="Colleague")
    client = make_client(session, "Jane Smith", covered_by=[rep, colleague])
    session.add(CadenceOverride(client_id=client.id, max_days=30, min_days=5, updated_at=now))
    log_contact(session, actor=colleague, draft=draft(client.id, now - timedelta(days=2)), now=now)
    logged = log_contact(session, actor=rep, draft=draft(client.id, now), now=now)
    assert logged.created
    assert logged.too_often is not None
    assert (logged.too_often.by.id, logged.too_often.days, logged.too_often.min_days) == (
        colleague.id,
        2,
        5,
    )


def test_unknown_initiative_lists_the_active_ones(session: Session, now: datetime) -> None:
    rep = make_rep(session)
    client = make_client(session, "Jane Smith", covered_by=[rep])
    make_initiative(session, "symphony-night")
    with pytest.raises(InitiativeNotFound, match="#symphony-night"):
        log_contact(session, actor=rep, draft=draft(client.id, now, initiative_tag="golf"), now=now)


def test_undo_within_window_soft_deletes_and_withdraws_claims(
    session: Session, now: datetime
) -> None:
    rep = make_rep(session)
    client = make_client(session, "Jane Smith", covered_by=[rep])
    deposit = ClaimDraft(kind="deposit", amount=Decimal("250000"), currency="EUR")
    logged = log_contact(
        session, actor=rep, draft=draft(client.id, now, claims=(deposit,)), now=now
    )
    undone = undo_contact(
        session, actor=rep, interaction_id=logged.interaction.id, now=now + timedelta(minutes=14)
    )
    assert undone.deleted_at is not None
    assert session.get(Interaction, logged.interaction.id) is not None  # kept, not deleted
    assert session.scalar(select(Claim.status)) == "withdrawn"


@pytest.mark.parametrize(
    ("locale", "minutes", "said"),
    [
        ("en", 16, "logged 16 minutes ago"),
        ("ro", 16, "acum 16 minute"),
        ("ro", 20, "acum 20 de minute"),  # Romanian counts from 20 take "de"
        ("fr", 16, "il y a 16 minutes"),
    ],
)
def test_a_refused_undo_counts_its_minutes_in_the_readers_plural(
    session: Session, now: datetime, locale: str, minutes: int, said: str
) -> None:
    rep = make_rep(session)
    client = make_client(session, "Jane Smith", covered_by=[rep])
    logged = log_contact(session, actor=rep, draft=draft(client.id, now), now=now)
    with speaking(locale), pytest.raises(UndoExpired) as refused:
        undo_contact(
            session,
            actor=rep,
            interaction_id=logged.interaction.id,
            now=now + timedelta(minutes=minutes),
        )
    assert said in str(refused.value)


def test_undo_after_fifteen_minutes_is_refused(session: Session, now: datetime) -> None:
    rep = make_rep(session)
    client = make_client(session, "Jane Smith", covered_by=[rep])
    logged = log_contact(session, actor=rep, draft=draft(client.id, now), now=now)
    with pytest.raises(UndoExpired, match="15 minutes"):
        undo_contact(
            session,
            actor=rep,
            interaction_id=logged.interaction.id,
            now=now + timedelta(minutes=16),
        )


def test_edit_changes_fields_and_replaces_pending_claims(session: Session, now: datetime) -> None:
    rep = make_rep(session)
    client = make_client(session, "Jane Smith", covered_by=[rep])
    old = ClaimDraft(kind="pledge", amount=Decimal("1000000"), currency="USD")
    logged = log_contact(session, actor=rep, draft=draft(client.id, now, claims=(old,)), now=now)
    new = ClaimDraft(kind="pledge", amount=Decimal("1500000"), currency="USD")
    edited = edit_contact(
        session,
        actor=rep,
        interaction_id=logged.interaction.id,
        draft=draft(
            client.id,
            now,
            channel="in_person",
            notes="lunch",
            follow_up_on=date(2026, 12, 1),
            claims=(new,),
        ),
        now=now,
    )
    assert (edited.interaction.channel, edited.interaction.notes) == ("in_person", "lunch")
    statuses = dict(session.execute(select(Claim.amount, Claim.status)).all())
    assert statuses == {Decimal("1000000.00"): "withdrawn", Decimal("1500000.00"): "pending"}


def test_someone_else_cannot_edit(session: Session, now: datetime) -> None:
    rep, other = make_rep(session), make_rep(session)
    client = make_client(session, "Jane Smith", covered_by=[rep, other])
    logged = log_contact(session, actor=rep, draft=draft(client.id, now), now=now)
    with pytest.raises(NotAllowed):
        undo_contact(session, actor=other, interaction_id=logged.interaction.id, now=now)


def test_contact_ends_running_snoozes(session: Session, now: datetime) -> None:
    rep = make_rep(session)
    client = make_client(session, "Jane Smith", covered_by=[rep])
    session.add(
        Snooze(
            rep_id=rep.id,
            client_id=client.id,
            created_at=now - timedelta(days=1),
            until=now + timedelta(days=6),
        )
    )
    session.flush()
    log_contact(session, actor=rep, draft=draft(client.id, now), now=now)
    assert session.scalar(select(Snooze.ended_at)) == now

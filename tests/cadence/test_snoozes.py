"""Snoozing: 7, 14 or 30 days, for clients the rep may see, audited, ended by a contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cadence.snoozes import active_snooze, active_snoozes, snooze_client
from bot.contacts import ContactDraft, log_contact
from bot.errors import ClientNotFound, InvalidInput, NotCovered
from storage.models import AuditEvent, Snooze
from tests.factories import make_client, make_rep

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize("days", [7, 14, 30])
def test_snooze_lasts_the_chosen_days_and_is_audited(session: Session, days: int) -> None:
    rita = make_rep(session)
    client = make_client(session, "Jane", covered_by=[rita])
    snooze = snooze_client(session, actor=rita, client_id=client.id, days=days, now=NOW)
    assert snooze.until == NOW + timedelta(days=days) and snooze.ended_at is None
    event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert event is not None
    assert (event.entity_type, event.action, event.actor) == (
        "snoozes",
        "create",
        rita.slack_user_id,
    )


@pytest.mark.parametrize("days", [0, 1, 8, 31, 365])
def test_other_lengths_are_refused(session: Session, days: int) -> None:
    rita = make_rep(session)
    client = make_client(session, "Jane", covered_by=[rita])
    with pytest.raises(
        InvalidInput, match=rf"A snooze lasts 7, 14, or 30 days, not {days} days?\."
    ):
        snooze_client(session, actor=rita, client_id=client.id, days=days, now=NOW)


def test_a_client_the_rep_does_not_cover_cannot_be_snoozed_nor_named(session: Session) -> None:
    rita, otto = make_rep(session), make_rep(session, "UOTTO", "Otto")
    theirs = make_client(session, "Olga", covered_by=[otto])
    with pytest.raises(NotCovered, match="no longer works for you") as refused:
        snooze_client(session, actor=rita, client_id=theirs.id, days=7, now=NOW)
    assert "Olga" not in str(refused.value) and "UOTTO" not in str(refused.value)
    assert session.scalars(select(Snooze)).all() == []


def test_an_unknown_client_cannot_be_snoozed(session: Session) -> None:
    rita = make_rep(session)
    with pytest.raises(ClientNotFound):
        snooze_client(session, actor=rita, client_id=987654, days=7, now=NOW)


def test_snoozing_again_moves_the_running_snooze(session: Session) -> None:
    rita = make_rep(session)
    client = make_client(session, "Jane", covered_by=[rita])
    first = snooze_client(session, actor=rita, client_id=client.id, days=30, now=NOW)
    again = snooze_client(
        session, actor=rita, client_id=client.id, days=7, now=NOW + timedelta(days=1)
    )
    assert again.id == first.id and again.until == NOW + timedelta(days=8)
    assert len(active_snoozes(session, rep_id=rita.id, now=NOW + timedelta(days=1))) == 1


def test_a_snooze_expires_on_its_own(session: Session) -> None:
    rita = make_rep(session)
    client = make_client(session, "Jane", covered_by=[rita])
    snooze_client(session, actor=rita, client_id=client.id, days=7, now=NOW)
    assert active_snooze(session, rep_id=rita.id, client_id=client.id, now=NOW + timedelta(days=6))
    assert not active_snooze(
        session, rep_id=rita.id, client_id=client.id, now=NOW + timedelta(days=7)
    )


def test_any_contact_with_the_client_ends_every_snooze_on_it_early(session: Session) -> None:
    rita, ray = make_rep(session), make_rep(session)
    client = make_client(session, "Jane", covered_by=[rita, ray])
    snooze_client(session, actor=rita, client_id=client.id, days=30, now=NOW)
    snooze_client(session, actor=ray, client_id=client.id, days=14, now=NOW)
    later = NOW + timedelta(days=2)
    draft = ContactDraft(client_id=client.id, occurred_at=later, channel="phone")
    log_contact(session, actor=ray, draft=draft, now=later)
    snoozes = session.scalars(select(Snooze)).all()
    assert [s.ended_at for s in snoozes] == [later, later]
    assert active_snoozes(session, rep_id=rita.id, now=later) == []

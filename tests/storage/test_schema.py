"""The schema: migrations round-trip, models match them, types keep UTC and Decimal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.errors import SchemaNotCurrent
from storage import schema
from storage.models import AccountActivity, AuditHead, Base, CadencePolicy


def test_models_match_the_migrations(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_object": schema.only_on(engine.dialect.name)},
        )
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_downgrade_upgrade_round_trips(engine: Engine) -> None:
    schema.downgrade(engine, "base")
    assert schema.current_revision(engine) is None
    with pytest.raises(SchemaNotCurrent, match="cmsbot db upgrade"):
        schema.require_current(engine)
    schema.upgrade(engine)
    schema.require_current(engine)


def test_migration_seeds_audit_head_and_default_cadence(session: Session) -> None:
    head = session.get(AuditHead, 1)
    assert head is not None and head.last_seq == 0 and head.last_hash == "0" * 64
    default = session.scalar(select(CadencePolicy).where(CadencePolicy.tier == "*"))
    assert default is not None and default.max_days > default.min_days


def test_instants_come_back_aware_utc_and_money_exact(session: Session) -> None:
    paris_evening = datetime(2026, 3, 29, 23, 30, tzinfo=timezone(timedelta(hours=2)))
    row = AccountActivity(
        account="ACC-1",
        booked_on=paris_evening.date(),
        amount=Decimal("123456789012.34"),
        currency="USD",
        type="deposit",
        reference="REF-1",
        imported_at=paris_evening,
    )
    session.add(row)
    session.flush()
    session.expire_all()
    loaded = session.scalar(select(AccountActivity).where(AccountActivity.reference == "REF-1"))
    assert loaded is not None
    assert loaded.imported_at == paris_evening
    assert loaded.imported_at.tzinfo == UTC
    assert loaded.amount == Decimal("123456789012.34")
    assert isinstance(loaded.amount, Decimal)


def test_naive_instants_are_refused(session: Session) -> None:
    session.add(
        AccountActivity(
            account="A",
            booked_on=datetime(2026, 1, 1).date(),
            amount=Decimal(1),
            currency="USD",
            type="deposit",
            reference="R",
            imported_at=datetime(2026, 1, 1),
        )
    )
    with pytest.raises(Exception, match="naive"):
        session.flush()


def test_float_money_is_refused(session: Session) -> None:
    session.add(
        AccountActivity(
            account="A",
            booked_on=datetime(2026, 1, 1).date(),
            amount=1.5,
            currency="USD",
            type="deposit",
            reference="R2",
            imported_at=datetime(2026, 1, 1, tzinfo=UTC),
        )
    )
    with pytest.raises(Exception, match="float"):
        session.flush()

"""Alembic environment: the engine comes from ``storage.schema`` (or DATABASE_URL)."""

from __future__ import annotations

from alembic import context

from storage.models import Base

config = context.config


def _engine():
    engine = config.attributes.get("engine")
    if engine is None:
        from bot.settings import load_settings
        from storage.engine import make_engine

        engine = make_engine(load_settings().database_url)
    return engine


def run_migrations_online() -> None:
    engine = _engine()
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()

"""Persistence: SQLAlchemy 2 models, engine and sessions, queries, migrations."""

"""Alembic environment: migrates the connection the caller shares, or the URL it is given.

SQLite needs batch mode (ALTER TABLE is limited) and foreign keys off while tables are
rebuilt; both are set here so every revision is SQLite-safe.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, text

from db.engine import resolve_url, schema_object_included
from db.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    is_sqlite = connection.dialect.name == "sqlite"
    if is_sqlite:
        connection.execute(text("PRAGMA foreign_keys=OFF"))
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=is_sqlite, compare_type=True,
                      include_object=schema_object_included)
    with context.begin_transaction():
        context.run_migrations()
    if is_sqlite:
        connection.execute(text("PRAGMA foreign_keys=ON"))


def run_migrations_online() -> None:
    shared = config.attributes.get("connection")
    if shared is not None:
        _run(shared)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or resolve_url())
    with engine.begin() as connection:
        _run(connection)


def run_migrations_offline() -> None:
    context.configure(url=str(config.get_main_option("sqlalchemy.url") or resolve_url()),
                      target_metadata=target_metadata, literal_binds=True,
                      include_object=schema_object_included)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

"""Open the database a user names, migrate it to the latest revision, hand out sessions.

``--db`` or ``QUOTES_DB`` picks it: a plain path is a SQLite file, anything with ``://``
is a SQLAlchemy URL (``postgresql+psycopg://user@host/db``). Default: ``quotes.db``.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.errors import DatabaseError

ENV_VAR = "QUOTES_DB"
DEFAULT_DB = "quotes.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_CACHE_KIB = 64 * 1024
"""Page cache per connection: enough to keep the quote indexes of a large archive hot."""
POSTGRES_POOL = {"pool_size": 5, "max_overflow": 5, "pool_pre_ping": True, "pool_recycle": 1800}
"""A small pool: each CLI process uses one connection; pre-ping survives server restarts."""
MIGRATION_LOCK_ID = 0x71756F746573  # "quotes": the PostgreSQL advisory lock migrations hold
SEARCH_INDEX_OBJECTS = frozenset({"quotes_fts", "quotes_fts_data", "quotes_fts_idx", "quotes_fts_docsize",
                                  "quotes_fts_config", "quotes_fts_content", "text_search", "ix_quotes_text_search"})
"""Full-text search objects made by revision 0002 that the models cannot describe."""
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def resolve_url(db: str | None = None) -> URL:
    """The SQLAlchemy URL for ``--db``, else ``$QUOTES_DB``, else ``quotes.db`` here."""
    value = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    try:
        if "://" in value:
            return make_url(value)
        return URL.create("sqlite", database=str(Path(value).expanduser()))
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL or path: {exc}") from None


def display_url(url: URL) -> str:
    """The URL for messages and logs, with any password masked."""
    return url.render_as_string(hide_password=True)


def make_engine(url: URL) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys, WAL and a busy timeout on every connection."""
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            folder = Path(url.database).parent
            if not folder.exists():
                raise DatabaseError(f"folder {folder} does not exist for database {url.database}")
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, connect_args={"connect_timeout": 10}, **POSTGRES_POOL)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"cannot use {display_url(url)}: {exc}") from None


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def schema_object_included(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic ``include_object`` hook: leave the full-text search objects out of comparisons."""
    return name not in SEARCH_INDEX_OBJECTS


def alembic_config() -> Config:
    """Alembic configuration pointing at this project's migrations, without an ini file."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run Alembic migrations up to ``revision`` on the engine's database."""
    config = alembic_config()
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":  # two first-use loads: one migrates, one waits
                connection.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK_ID)))
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except OperationalError as exc:
        raise DatabaseError(f"cannot migrate {display_url(engine.url)}: {_reason(exc)}") from None


def downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def open_database(db: str | None = None, *, migrate: bool = True) -> tuple[Engine, sessionmaker[Session]]:
    """Engine and session factory for the chosen database, migrated to head on first use."""
    url = resolve_url(db)
    engine = make_engine(url)
    try:
        if migrate and current_revision(engine) != head_revision():
            upgrade(engine)
    except OperationalError as exc:
        raise DatabaseError(f"cannot open {display_url(url)}: {_reason(exc)}") from None
    return engine, sessionmaker(engine, expire_on_commit=False)


def _reason(exc: OperationalError) -> str:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    return message.strip().splitlines()[0] if message.strip() else "unknown error"

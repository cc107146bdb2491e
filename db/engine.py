"""Open the database a user names, migrate it to the latest revision, hand out sessions.

``--db`` or ``QUOTES_DB`` picks it: a plain path is a SQLite file, anything with ``://``
is a SQLAlchemy URL (``postgresql+psycopg://user@host/db``). Default: ``quotes.db``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, quote_plus, unquote

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from db.errors import DatabaseError, DatabaseLocked

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (~0.15 s to import) is imported only when a database is not at SCHEMA_HEAD: opening an
# up-to-date database reads alembic_version with one plain query.
SCHEMA_HEAD = "0004"
"""The newest revision in migrations/versions; tests/test_migrations.py checks it against Alembic's head."""

ENV_VAR = "QUOTES_DB"
DEFAULT_DB = "quotes.db"
BUSY_TIMEOUT_ENV = "QUOTES_BUSY_TIMEOUT"
SQLITE_BUSY_TIMEOUT_MS = 30_000
"""How long a SQLite writer waits for another one to commit; ``$QUOTES_BUSY_TIMEOUT`` (seconds) overrides."""
MIGRATION_LOCK_KEY = 0x7175_6F74_6573  # "quotes": the PostgreSQL advisory lock held while migrating
WRITE = {"sqlite_begin": "IMMEDIATE"}
"""Execution options of a write transaction: on SQLite it takes the write lock when it begins, so a
second writer waits (busy timeout) instead of failing when its read snapshot goes stale."""
SQLITE_CACHE_KIB = 64 * 1024
"""Page cache per connection: enough to keep the quote indexes of a large archive hot."""
POSTGRES_POOL = {"pool_size": 5, "max_overflow": 5, "pool_pre_ping": True, "pool_recycle": 1800}
"""A small pool: each CLI process uses one connection; pre-ping survives server restarts."""
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
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(redact(f"not a database URL or path: {exc}", value)) from None


def display_url(url: URL) -> str:
    """The URL for messages and logs, with any password masked."""
    return url.render_as_string(hide_password=True)


def redact(message: str, url: URL | str | None) -> str:
    """``message`` with the password of ``url`` (wherever it appears, raw or quoted) masked."""
    password = _password(url)
    if not password:
        return message
    for form in {password, quote(password, safe=""), quote_plus(password)}:
        message = message.replace(form, "***")
    return message


def _password(url: URL | str | None) -> str | None:
    if isinstance(url, URL):
        return url.password
    if isinstance(url, str) and "://" in url:
        userinfo = url.split("://", 1)[1].rsplit("@", 1)
        if len(userinfo) == 2 and ":" in userinfo[0]:
            return unquote(userinfo[0].split(":", 1)[1]) or None
    return None


def busy_timeout_ms() -> int:
    """The SQLite busy timeout: ``$QUOTES_BUSY_TIMEOUT`` seconds, else 30 s."""
    value = os.environ.get(BUSY_TIMEOUT_ENV)
    if not value:
        return SQLITE_BUSY_TIMEOUT_MS
    try:
        seconds = float(value)
    except ValueError:
        raise DatabaseError(f"{BUSY_TIMEOUT_ENV} must be a number of seconds, not {value!r}") from None
    return max(0, int(seconds * 1000))


def is_locked(exc: BaseException) -> bool:
    """Whether a driver error means another writer held the lock (SQLite busy / locked)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


def locked_error(url: URL) -> DatabaseLocked:
    """The one-line explanation for a lock held longer than the busy timeout."""
    seconds = busy_timeout_ms() / 1000
    return DatabaseLocked(f"database {display_url(url)} is locked: another program kept writing to it for over "
                          f"{seconds:g} s; try again when it finishes, or set {BUSY_TIMEOUT_ENV} to wait longer")


def make_engine(url: URL) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys, WAL and a busy timeout on every connection."""
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            folder = Path(url.database).parent
            if not folder.exists():
                raise DatabaseError(f"folder {folder} does not exist for database {url.database}")
        # The driver's timeout is SQLite's busy timeout: how long a writer waits for the lock.
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms() / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(url, connect_args={"connect_timeout": 10}, **POSTGRES_POOL)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(redact(f"cannot use {display_url(url)}: {exc}", url)) from None


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The driver must not open transactions itself: _sqlite_begin does, so a write can say IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")  # SQLITE_CACHE_KIB
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _sqlite_begin(connection) -> None:
    """Begin every SQLite transaction explicitly: DEFERRED for reads, IMMEDIATE for :data:`WRITE`."""
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")


def schema_object_included(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic ``include_object`` hook: leave the full-text search objects out of comparisons."""
    return name not in SEARCH_INDEX_OBJECTS


def alembic_config() -> Config:
    """Alembic configuration pointing at this project's migrations, without an ini file."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _at_schema_head(engine: Engine) -> bool:
    """Whether the database says it is at :data:`SCHEMA_HEAD`, read without Alembic.

    Any doubt (no version table yet, a driver error) answers False, and Alembic decides.
    """
    try:
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except SQLAlchemyError:
        return False
    return versions == [SCHEMA_HEAD]


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run Alembic migrations up to ``revision`` on the engine's database."""
    from alembic import command

    config = alembic_config()
    try:
        with _migrating(engine) as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except OperationalError as exc:
        if is_locked(exc):
            raise locked_error(engine.url) from None
        raise DatabaseError(f"cannot migrate {display_url(engine.url)}: {_reason(exc, engine.url)}") from None


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with _migrating(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


@contextmanager
def _migrating(engine: Engine) -> Iterator[Connection]:
    """One write transaction for a migration, taken by one migrator at a time.

    SQLite: BEGIN IMMEDIATE serialises two first loads on a new file, and foreign keys are switched
    off before it (the pragma does nothing inside a transaction) so batch table rebuilds cannot
    cascade, then on again. PostgreSQL: an advisory lock does the serialising.
    """
    with engine.execution_options(**WRITE).connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK_KEY)))
                yield connection
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


@contextmanager
def write_transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session in a write transaction (see :data:`WRITE`), committed on success, rolled back on error."""
    with factory.begin() as session:
        session.connection(execution_options=WRITE)
        yield session


def open_database(db: str | None = None, *, migrate: bool = True) -> tuple[Engine, sessionmaker[Session]]:
    """Engine and session factory for the chosen database, migrated to head on first use."""
    url = resolve_url(db)
    engine = make_engine(url)
    try:
        if migrate and not _at_schema_head(engine) and current_revision(engine) != head_revision():
            upgrade(engine)
    except OperationalError as exc:
        if is_locked(exc):
            raise locked_error(url) from None
        raise DatabaseError(f"cannot open {display_url(url)}: {_reason(exc, url)}") from None
    return engine, sessionmaker(engine, expire_on_commit=False)


def describe(exc: BaseException, url: URL) -> str:
    """A one-line, password-free reason for a driver error on the database at ``url``."""
    if is_locked(exc):
        return str(locked_error(url))
    return f"database {display_url(url)}: {_reason(exc, url)}"


def _reason(exc: BaseException, url: URL | None = None) -> str:
    orig = getattr(exc, "orig", None)
    message = str(orig) if orig is not None else str(exc)
    line = message.strip().splitlines()[0] if message.strip() else "unknown error"
    return redact(line, url)

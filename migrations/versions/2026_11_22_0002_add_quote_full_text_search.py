"""Add full-text search over quote text: FTS5 on SQLite, a GIN tsvector index on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 10:15:00

SQLite: ``quotes_fts`` is an external-content FTS5 table over ``quotes.text`` (no second copy
of the text), kept in step by three triggers so every writer, the store or a hand-written
UPDATE, stays indexed. PostgreSQL: a stored generated column ``text_search`` =
``to_tsvector('simple', text)`` with a GIN index. Stored, not an expression index, because
the planner prices ``to_tsvector`` as cheap and scans small and middling tables computing
it for every row (half a second at 10k quotes); a stored vector makes that scan cheap too.
``simple`` (no stemming, no stop words) matches what SQLite's ``unicode61`` tokenizer does,
so a search finds the same quotes on both. None of this is in the models (autogenerate
cannot express it); ``db.engine.schema_object_included`` keeps it out of model comparisons.
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

SQLITE_UP = (
    "CREATE VIRTUAL TABLE quotes_fts USING fts5("
    "text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS quotes_fts_au",
    "DROP TRIGGER IF EXISTS quotes_fts_ad",
    "DROP TRIGGER IF EXISTS quotes_fts_ai",
    "DROP TABLE IF EXISTS quotes_fts",
)
POSTGRES_UP = (
    "ALTER TABLE quotes ADD COLUMN text_search tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, text)) STORED",
    "CREATE INDEX ix_quotes_text_search ON quotes USING gin (text_search)",
)
POSTGRES_DOWN = ("DROP INDEX IF EXISTS ix_quotes_text_search", "ALTER TABLE quotes DROP COLUMN IF EXISTS text_search")


def _statements(sqlite: tuple[str, ...], postgres: tuple[str, ...]) -> tuple[str, ...]:
    dialect = op.get_bind().dialect.name
    return sqlite if dialect == "sqlite" else postgres if dialect == "postgresql" else ()


def upgrade() -> None:
    for statement in _statements(SQLITE_UP, POSTGRES_UP):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(SQLITE_DOWN, POSTGRES_DOWN):
        op.execute(statement)

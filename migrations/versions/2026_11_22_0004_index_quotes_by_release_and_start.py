"""Index a release's quotes in reading order: ``(release_id, start)`` replaces ``(release_id)``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 09:00:00

Listing and export read quotes release by release in date order, each release's quotes by
``start``. With only ``ix_quotes_release_id`` SQLite sorted every release's quotes in a
temporary B-tree (~1 s of a million-row export); with ``start`` in the index they come out in
order. The old index is a prefix of the new one, so it is dropped rather than kept beside it:
every look-up by release (cascading deletes, reloads) uses the new one and a load maintains one
index fewer per quote. Plain ``CREATE INDEX`` / ``DROP INDEX``: the same on SQLite and PostgreSQL.
"""
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_quotes_release_start", "quotes", ["release_id", "start"], unique=False)
    op.drop_index("ix_quotes_release_id", table_name="quotes")


def downgrade() -> None:
    op.create_index("ix_quotes_release_id", "quotes", ["release_id"], unique=False)
    op.drop_index("ix_quotes_release_start", table_name="quotes")

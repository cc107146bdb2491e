"""Keep the speaker's title with the release's acronyms spelled out, beside the title as written.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 14:20:00

``readable_title`` is ``Acting Executive Associate Director for HSI`` where the release wrote
``Acting EAD for HSI`` and defined ``Executive Associate Director (EAD)``; citations use it.
Rows stored before this revision have none until ``quotes reextract --all`` fills it.
"""
import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("readable_title", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("readable_title")

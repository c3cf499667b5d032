"""The shared QA store's tables (apiserver.qa_store.metadata: scorecard versions, reviews, calibration sessions,
review assignments); ``interactions`` as that store declares it (on PostgreSQL its document is text, not bytea);
the helpdesk tickets whose interaction was imported, at which version; reviews waiting to be mirrored upstream.

Revision ID: 0002
Revises: 0001
Create Date: 2026-05-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from apiserver import qa_store

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

QA_TABLES = ("scorecard_versions", "reviews", "calibrations", "assignments")


def upgrade() -> None:
    bind = op.get_bind()
    qa_store.metadata.create_all(bind, tables=[qa_store.metadata.tables[name] for name in QA_TABLES])
    if bind.dialect.name == "postgresql":  # the store casts the document to jsonb: text, as it declares it
        op.execute("ALTER TABLE interactions ALTER COLUMN data TYPE text USING convert_from(data, 'UTF8')")
    op.create_table("interaction_imports",
                    sa.Column("ticket_id", sa.BigInteger, primary_key=True, autoincrement=False),
                    sa.Column("version", sa.BigInteger, nullable=False))
    op.create_table("review_mirrors",
                    sa.Column("review_id", sa.BigInteger, primary_key=True, autoincrement=False),
                    sa.Column("attempts", sa.Integer, nullable=False),
                    sa.Column("next_at", sa.Float),
                    sa.Column("error", sa.Text))


def downgrade() -> None:
    op.drop_table("review_mirrors")
    op.drop_table("interaction_imports")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE interactions ALTER COLUMN data TYPE bytea USING convert_to(data, 'UTF8')")
    for name in reversed(QA_TABLES):
        op.drop_table(name)

"""Documents the whole centre shares (``shared_settings``: the KPI thresholds, the wall's pages), every version kept;
the document is text on PostgreSQL, as the QA store's other documents.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("shared_settings",
                    sa.Column("name", sa.String(32), nullable=False),
                    sa.Column("version", sa.Integer, nullable=False),
                    sa.Column("data", sa.LargeBinary().with_variant(sa.Text(), "postgresql"), nullable=False),
                    sa.PrimaryKeyConstraint("name", "version"))


def downgrade() -> None:
    op.drop_table("shared_settings")

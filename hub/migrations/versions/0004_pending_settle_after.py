"""When each pending write can no longer be in flight (``settle_after``, database clock): until then a write the
upstream does not show goes back to its sender rather than being settled as not taken, since a sender cut only from
the database may still see its call land.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pending_writes") as batch:  # rows from before: settled at once, as they were
        batch.add_column(sa.Column("settle_after", sa.Float, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("pending_writes") as batch:
        batch.drop_column("settle_after")

"""Pending writes held by a lease: which replica holds each (``owner``) and until when (``lease_until``, seconds
since the epoch on the database's clock), so that exactly one replica settles a write whose hub stopped.

Revision ID: 0003
Revises: 0002
Create Date: 2026-05-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pending_writes") as batch:  # rows from before: no owner, lease lapsed
        batch.add_column(sa.Column("owner", sa.String(32)))
        batch.add_column(sa.Column("lease_until", sa.Float, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("pending_writes") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("owner")

"""The hub's first schema: users, queues, agents, tickets, the change log, state, audit, notes, pending writes,
interactions.

Revision ID: 0001
Revises:
Create Date: 2026-05-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table("users",
                    sa.Column("id", sa.String(64), primary_key=True),
                    sa.Column("name", sa.String(200), nullable=False),
                    sa.Column("role", sa.String(20), nullable=False),
                    sa.Column("token_sha256", sa.String(64), unique=True),
                    sa.Column("created_at", sa.Float, nullable=False))
    op.create_table("queues",
                    sa.Column("id", sa.String(64), primary_key=True),
                    sa.Column("data", sa.LargeBinary, nullable=False))
    op.create_table("agents",
                    sa.Column("id", sa.String(64), primary_key=True),
                    sa.Column("data", sa.LargeBinary, nullable=False))
    op.create_table("tickets",
                    sa.Column("id", Id, primary_key=True, autoincrement=False),
                    sa.Column("queue_id", sa.String(64), nullable=False),
                    sa.Column("status", sa.String(16), nullable=False),
                    sa.Column("assignee_id", sa.String(64)),
                    sa.Column("version", sa.BigInteger, nullable=False),
                    sa.Column("updated_at", sa.Float, nullable=False),
                    sa.Column("data", sa.LargeBinary, nullable=False))
    op.create_index("tickets_queue", "tickets", ["queue_id", "status"])
    op.create_index("tickets_assignee", "tickets", ["assignee_id"])
    op.create_table("changes",
                    sa.Column("id", Id, primary_key=True, autoincrement=False),
                    sa.Column("data", sa.LargeBinary, nullable=False))
    op.create_table("state",
                    sa.Column("key", sa.String(64), primary_key=True),
                    sa.Column("value", sa.Text, nullable=False))
    op.create_table("audit",
                    sa.Column("id", Id, primary_key=True, autoincrement=True),
                    sa.Column("at", sa.Float, nullable=False),
                    sa.Column("ticket_id", sa.BigInteger),
                    sa.Column("actor_id", sa.String(64), nullable=False),
                    sa.Column("action", sa.String(20), nullable=False),
                    sa.Column("from_assignee", sa.String(64)),
                    sa.Column("to_assignee", sa.String(64)),
                    sa.Column("data", sa.LargeBinary, nullable=False))
    op.create_index("audit_ticket", "audit", ["ticket_id"])
    op.create_index("audit_actor", "audit", ["actor_id"])
    op.create_table("notes",
                    sa.Column("id", Id, primary_key=True, autoincrement=True),
                    sa.Column("ticket_id", sa.BigInteger, nullable=False),
                    sa.Column("data", sa.LargeBinary, nullable=False))
    op.create_index("notes_ticket", "notes", ["ticket_id"])
    op.create_table("pending_writes",
                    sa.Column("id", Id, primary_key=True, autoincrement=True),
                    sa.Column("ticket_id", sa.BigInteger, nullable=False),
                    sa.Column("version", sa.BigInteger, nullable=False),
                    sa.Column("actor_id", sa.String(64), nullable=False),
                    sa.Column("data", sa.LargeBinary, nullable=False))
    op.create_table("interactions",
                    sa.Column("id", Id, primary_key=True, autoincrement=False),
                    sa.Column("ticket_id", sa.BigInteger, nullable=False),
                    sa.Column("agent_id", sa.String(64)),
                    sa.Column("data", sa.LargeBinary, nullable=False))
    op.create_index("interactions_ticket", "interactions", ["ticket_id"])
    op.create_index("interactions_agent", "interactions", ["agent_id"])


def downgrade() -> None:
    for table in ("interactions", "pending_writes", "notes", "audit", "state", "changes", "tickets", "agents",
                  "queues", "users"):
        op.drop_table(table)

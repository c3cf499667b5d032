"""The hub's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Rows keep the whole object as msgspec JSON in ``data`` beside the columns queries filter on, as the simulator's
do, so reads hand JSON straight to the HTTP layer. The tables are created and changed by Alembic migrations
(``hub/migrations``) only; this module is what the code reads and writes through.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Float, Index, Integer, LargeBinary, MetaData, String, Table, Text

# SQLite makes an INTEGER PRIMARY KEY the rowid; PostgreSQL wants a 64-bit column (the log outlives 2^31 changes).
Id = BigInteger().with_variant(Integer(), "sqlite")

metadata = MetaData()

users = Table(
    "users", metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("token_sha256", String(64), unique=True),  # NULL once revoked
    Column("created_at", Float, nullable=False),
)

queues = Table(
    "queues", metadata,
    Column("id", String(64), primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

agents = Table(
    "agents", metadata,
    Column("id", String(64), primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

tickets = Table(
    "tickets", metadata,
    Column("id", Id, primary_key=True, autoincrement=False),
    Column("queue_id", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("assignee_id", String(64)),
    Column("version", BigInteger, nullable=False),
    Column("updated_at", Float, nullable=False),  # epoch seconds: the snapshot's "resolved within 24 h"
    Column("data", LargeBinary, nullable=False),
    Index("tickets_queue", "queue_id", "status"),
    Index("tickets_assignee", "assignee_id"),
)

# The change log consoles follow: the id is the cursor. Ids are given by the writer under the log lock
# (one more than the newest), so they are gap-free and commit in order.
changes = Table(
    "changes", metadata,
    Column("id", Id, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)

# Key/value state: the upstream's cursor, clock and clock rate, the newest pruned change.
state = Table(
    "state", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("at", Float, nullable=False),
    Column("ticket_id", BigInteger),
    Column("actor_id", String(64), nullable=False),
    Column("action", String(20), nullable=False),
    Column("from_assignee", String(64)),
    Column("to_assignee", String(64)),
    Column("data", LargeBinary, nullable=False),
    Index("audit_ticket", "ticket_id"),
    Index("audit_actor", "actor_id"),
)

notes = Table(
    "notes", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("ticket_id", BigInteger, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Index("notes_ticket", "ticket_id"),
)

# Writes sent upstream and not yet settled: a hub killed mid-write settles them on its next start.
pending_writes = Table(
    "pending_writes", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("ticket_id", BigInteger, nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("actor_id", String(64), nullable=False),
    Column("data", LargeBinary, nullable=False),  # the audit entry to write once the outcome is known
    Column("owner", String(32)),  # the replica (Store.replica) sending or settling it
    Column("lease_until", Float, nullable=False, server_default="0"),  # the owner's hold lapses then (database clock)
    Column("settle_after", Float, nullable=False, server_default="0"),  # no longer in flight then (database clock)
)

# ``interactions`` and the QA tables are apiserver.qa_store's (declared on its metadata, made by migration 0002).

# Helpdesk tickets whose interaction the hub imported (hub/interactions.py), at the ticket's version then.
interaction_imports = Table(
    "interaction_imports", metadata,
    Column("ticket_id", BigInteger, primary_key=True, autoincrement=False),
    Column("version", BigInteger, nullable=False),
)

# Submitted reviews to write upstream as a note (``serve --mirror-reviews``; hub/qa.py): one row per review, its
# next try at ``next_at`` (epoch seconds), NULL once written or given up (``error`` says why).
review_mirrors = Table(
    "review_mirrors", metadata,
    Column("review_id", BigInteger, primary_key=True, autoincrement=False),
    Column("attempts", Integer, nullable=False),
    Column("next_at", Float),
    Column("error", Text),
)

"""The simulator's SQLite file: tickets, agents, the change log, interactions, audit (the QA store,
:mod:`simulator.qa`, adds its tables).

Rows keep the full object as msgspec-encoded JSON in ``data`` beside the columns
that queries filter on, so reads can hand JSON straight to the HTTP layer.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
    token_sha256 TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS queues (id TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS agents (id TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS tickets (id INTEGER PRIMARY KEY, queue_id TEXT NOT NULL, status TEXT NOT NULL,
    assignee_id TEXT, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS tickets_queue ON tickets (queue_id, status);
CREATE INDEX IF NOT EXISTS tickets_assignee ON tickets (assignee_id);
CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS interactions (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, agent_id TEXT,
    data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS interactions_ticket ON interactions (ticket_id);
CREATE INDEX IF NOT EXISTS interactions_agent ON interactions (agent_id);
CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY, ticket_id INTEGER, actor_id TEXT NOT NULL,
    action TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS audit_ticket ON audit (ticket_id);
"""


class Database:
    """One writer connection (callers serialise writes) and one reader connection per thread (WAL)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)  # customer names and transcripts: the owner's only (SQLite gives -wal/-shm the same)
        path.chmod(0o600)
        self.writer = self._connect()
        self.writer.executescript(SCHEMA)
        self._local = threading.local()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=5000")
        return conn

    @property
    def reader(self) -> sqlite3.Connection:
        """This thread's read connection."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    def close(self) -> None:
        self.writer.close()

    def is_empty(self) -> bool:
        return self.writer.execute("SELECT COUNT(*) FROM meta").fetchone()[0] == 0

    # -- meta -------------------------------------------------------------------------------
    def get_meta(self) -> dict[str, str]:
        return dict(self.writer.execute("SELECT key, value FROM meta").fetchall())

    def set_meta(self, values: dict[str, Any]) -> None:
        self.writer.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                                [(k, str(v)) for k, v in values.items()])

    # -- bulk writes, inside the caller's transaction ---------------------------------------
    def put_tickets(self, rows: Iterable[tuple[int, str, str, str | None, bytes]]) -> None:
        self.writer.executemany("INSERT OR REPLACE INTO tickets VALUES (?, ?, ?, ?, ?)", rows)

    def put_agents(self, rows: Iterable[tuple[str, bytes]]) -> None:
        self.writer.executemany("INSERT OR REPLACE INTO agents VALUES (?, ?)", rows)

    def put_events(self, rows: Iterable[tuple[int, bytes]]) -> None:
        self.writer.executemany("INSERT INTO events VALUES (?, ?)", rows)

    def prune_events(self, keep_after: int) -> None:
        self.writer.execute("DELETE FROM events WHERE id <= ?", (keep_after,))

    # -- reads ------------------------------------------------------------------------------
    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.reader.execute(sql, params).fetchall()

    def blobs(self, sql: str, params: Sequence[Any] = ()) -> list[bytes]:
        return [r[0] for r in self.reader.execute(sql, params)]

    def oldest_event(self) -> int | None:
        return self.reader.execute("SELECT MIN(id) FROM events").fetchone()[0]


def json_array(blobs: Iterable[bytes]) -> bytes:
    """Rows' JSON ``data`` as one JSON array, ready to send."""
    return b"[" + b",".join(blobs) + b"]"

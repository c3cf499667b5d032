"""Making a database engine, the one way every server of the contract does it (the simulator's QA store, a hub).

``sqlite:///PATH``: a file only its owner reads (tokens' hashes, customer names, transcripts), WAL, a 10 s wait
for a busy file, and transactions begun explicitly: BEGIN IMMEDIATE on a connection with the ``writing``
execution option (it takes the file's write lock at once, so concurrent writers queue rather than fail half-way),
BEGIN otherwise. ``postgresql://...``: driven by psycopg 3 whatever driver the URL names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 10_000


def connect(url: str, application_name: str = "") -> Engine:
    """An engine for ``url``; a URL it cannot use is a ValueError saying what is wanted. Write transactions use
    ``engine.execution_options(writing=True)`` (see the module's docstring). ``application_name`` names its
    PostgreSQL sessions (in ``pg_stat_activity``)."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # noqa: BLE001 - SQLAlchemy raises ArgumentError and ValueError alike
        raise ValueError(f"not a database URL ({exc}); use sqlite:///PATH or postgresql://HOST/DB") from None
    if parsed.get_backend_name() == "postgresql":
        named = {"application_name": application_name} if application_name else {}
        return create_engine(parsed.set(drivername="postgresql+psycopg"), pool_pre_ping=True, pool_size=8,
                             max_overflow=8, connect_args=named)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        raise ValueError(f"unsupported database {parsed.drivername!r}; use sqlite:///PATH or postgresql://HOST/DB")
    path = Path(parsed.database)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    engine = create_engine(parsed.set(drivername="sqlite+pysqlite"))
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # the driver begins nothing by itself: _sqlite_begin does
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writing") else "BEGIN")

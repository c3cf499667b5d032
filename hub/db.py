"""Connecting to the hub's database (SQLite file or PostgreSQL through psycopg 3) and migrating it with Alembic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

MIGRATIONS = Path(__file__).with_name("migrations")


def engine_for(url: str) -> Engine:
    """An engine for ``url``: ``sqlite:///path`` (WAL, a file only its owner reads) or ``postgresql://...``
    (driven by psycopg 3 whatever driver the URL names). A bad URL is a ValueError saying what is wanted."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # noqa: BLE001 - SQLAlchemy raises ArgumentError and ValueError alike
        raise ValueError(f"not a database URL ({exc}); use sqlite:///PATH or postgresql://HOST/DB") from None
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed.set(drivername="postgresql+psycopg"), pool_pre_ping=True, pool_size=8,
                             max_overflow=8)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        raise ValueError(f"unsupported database {parsed.drivername!r}; use sqlite:///PATH or postgresql://HOST/DB")
    path = Path(parsed.database)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)  # tokens' hashes, customer names and transcripts: the owner's only
    engine = create_engine(parsed.set(drivername="sqlite+pysqlite"), connect_args={"timeout": 10})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (Alembic ``upgrade head``); a no-op when it is there."""
    config = _config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def is_current(engine: Engine) -> bool:
    """Whether the database is at the newest schema."""
    head = ScriptDirectory.from_config(_config(engine)).get_current_head()
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() == head

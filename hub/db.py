"""Migrating the hub's database with Alembic (the engine comes from :func:`apiserver.db.connect`)."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def application_name(purpose: str = "") -> str:
    """How this process's sessions are named in ``pg_stat_activity``: which replica (its pid) and what for."""
    return f"supervisor-hub pid {os.getpid()} {purpose}".strip()


def libpq_dsn(engine: Engine) -> str:
    """The PostgreSQL engine's URL for a connection of its own through psycopg (LISTEN, the leader lock)."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def _config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (Alembic ``upgrade head``); a no-op when it is there."""
    config = _config(engine)
    with engine.execution_options(writing=True).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def is_current(engine: Engine) -> bool:
    """Whether the database is at the newest schema."""
    head = ScriptDirectory.from_config(_config(engine)).get_current_head()
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() == head

"""The hub's migrations make the tables its code declares (hub.schema and the QA store's), on both databases."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, MetaData

from apiserver import qa_store
from apiserver.db import connect
from hub import schema
from hub.db import migrate
from tests.helpers.hub import database  # noqa: F401 - the fixture
from tests.helpers.postgres import pg_cluster  # noqa: F401 - the fixture


def declared() -> MetaData:
    both = MetaData()
    for metadata in (schema.metadata, qa_store.metadata):
        for table in metadata.tables.values():
            table.to_metadata(both)
    return both


def compare_type(_ctx: Any, _inspected: Column[Any], column: Column[Any], _found: Any, wanted: Any) -> bool | None:
    """Alembic cannot see through the QA store's Doc (BLOB on SQLite, TEXT on PostgreSQL: set by migration 0002)."""
    return False if isinstance(wanted, qa_store.Doc) else None


def test_the_migrations_make_what_the_code_declares(database: str) -> None:
    engine = connect(database)
    try:
        migrate(engine)
        with engine.connect() as c:
            context = MigrationContext.configure(c, opts={"compare_type": compare_type,
                                                          "compare_server_default": True})
            assert compare_metadata(context, declared()) == []
    finally:
        engine.dispose()

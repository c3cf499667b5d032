"""Temporary: the QA store a hub serves until the shared SQLAlchemy QA store (``apiserver.qa_store``) lands.

Every operation answers 501 with a sentence. The lead deletes this module at merge and passes the shared store
to :func:`hub.app.build_hub_app` in :func:`hub.cli.serve` instead.
"""

from __future__ import annotations

from typing import Any, NoReturn

from apiserver.problems import Problem

MESSAGE = "QA through the hub arrives with the shared QA store"


class PendingQaStore:
    """A :class:`apiserver.http.backend.QaStore` whose every method answers 501."""

    def __getattr__(self, name: str) -> Any:
        def refuse(*_args: Any, **_kw: Any) -> NoReturn:
            raise Problem(501, "not_implemented", MESSAGE)
        return refuse

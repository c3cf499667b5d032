"""Interactions from the helpdesk into the hub's QA store (``interactions``, keyed by the upstream's interaction id),
by a loop slower than the follower's, on the follower's backend (so within the same call budget).

- A native upstream (the simulator, another hub) lists its interactions newest first: each pass pages down with
  ``before_id`` (:func:`api_client.paging.every`) until an interaction the hub has; a pass stops after
  ``per_pass`` of them and the next one goes on below where it stopped, so a long history arrives over a few
  passes and nothing between is skipped.
- A helpdesk (RT, Zendesk, Chatwoot, Zammad, Udesk) has one interaction per ticket, its id the ticket's, its
  transcript built from the ticket's correspondence, comments, messages or articles: each pass fetches those of
  up to ``per_pass`` solved or closed tickets not imported at their current version (a ticket reopened and
  solved again is imported again).

Rows are written with where the import got to, in one transaction, so a restarted hub goes on from there; an
interaction fetched twice is written over, never doubled.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import msgspec
from sqlalchemy import Connection, or_, select
from sqlalchemy.exc import SQLAlchemyError

from api_client import errors as e
from api_client import models as m
from api_client.backend import Backend
from api_client.paging import PAGE, every
from apiserver.qa_store import interactions
from hub import schema as s
from hub.store import Store, upsert

log = logging.getLogger(__name__)
INTERVAL_S = 30.0
PER_PASS = 500  # interactions (native upstream) or tickets (helpdesks) a pass imports at most
HANDLED: tuple[m.Status, ...] = ("solved", "closed")
_HIGH, _RESUME, _TOP = "interactions_high", "interactions_resume", "interactions_top"
_ENC = msgspec.json.Encoder()


class Importer:
    """Imports interactions from ``backend`` (of ``kind``) every ``interval_s`` on a thread of its own, while
    ``active`` says so (of several replicas, the leader imports)."""

    def __init__(self, store: Store, backend: Backend, kind: str, interval_s: float = INTERVAL_S,
                 per_pass: int = PER_PASS, active: Callable[[], bool] = lambda: True) -> None:
        self.store = store
        self.active = active
        self.backend = backend
        self.native = kind == "native"
        self.interval_s = interval_s
        self.per_pass = per_pass
        self.imported = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-interactions", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                count = self.run_once() if self.active() else 0
            except (e.ApiError, SQLAlchemyError) as exc:
                log.warning("interactions not imported this time: %s", type(exc).__name__)
            else:
                if count:
                    log.info("imported %d interactions from the helpdesk", count)
            self._stop.wait(self.interval_s)

    def run_once(self) -> int:
        """One pass; returns the number of interactions written."""
        count = self._native_pass() if self.native else self._ticket_pass()
        self.imported += count
        return count

    # ------------------------------------------------------------------ a native upstream
    def _positions(self) -> tuple[int, int | None, int | None]:
        """(the newest id imported with everything below it, where an unfinished run goes on, that run's newest)."""
        with self.store.engine.connect() as c:
            st = dict(c.execute(select(s.state.c.key, s.state.c.value)
                                .where(s.state.c.key.in_([_HIGH, _RESUME, _TOP]))).all())
        number = {k: int(v) for k, v in st.items() if v}
        return number.get(_HIGH, 0), number.get(_RESUME), number.get(_TOP)

    def _native_pass(self) -> int:
        high, resume, top = self._positions()

        def fetch(before: int | None, limit: int) -> list[m.Interaction]:
            return self.backend.interactions(None, limit, before_id=resume if before is None else before)

        batch: list[m.Interaction] = []
        finished = True
        for item in every(fetch, page=min(PAGE, self.per_pass), stop=self._stop.is_set):
            if item.id <= high:
                break
            top = item.id if top is None else top
            batch.append(item)
            if len(batch) >= self.per_pass or self._stop.is_set():
                finished = False
                break
        positions = ({_HIGH: top or high, _RESUME: None, _TOP: None} if finished
                     else {_HIGH: high, _RESUME: batch[-1].id, _TOP: top})
        with self.store.engine.execution_options(writing=True).begin() as c:
            _write(c, batch)
            upsert(c, s.state, [{"key": k, "value": "" if v is None else str(v)} for k, v in positions.items()],
                   "key", ["value"])
        return len(batch)

    # ------------------------------------------------------------------ a helpdesk: one interaction per ticket
    def _ticket_pass(self) -> int:
        t, done = s.tickets.c, s.interaction_imports.c
        with self.store.engine.connect() as c:
            due = c.execute(select(t.id, t.version)
                            .select_from(s.tickets.outerjoin(s.interaction_imports, done.ticket_id == t.id))
                            .where(t.status.in_(HANDLED), or_(done.version.is_(None), done.version != t.version))
                            .order_by(t.updated_at.desc()).limit(self.per_pass)).all()
        count = 0
        for ticket_id, version in due:
            if self._stop.is_set():
                break
            try:
                found = [self.backend.interaction(ticket_id)]
            except e.NotFound:
                found = []  # gone from the helpdesk: noted as imported, not asked again at this version
            with self.store.engine.execution_options(writing=True).begin() as c:
                _write(c, found)
                upsert(c, s.interaction_imports, [{"ticket_id": ticket_id, "version": version}], "ticket_id",
                       ["version"])
            count += len(found)
        return count


def _write(c: Connection, items: list[m.Interaction]) -> None:
    rows: list[dict[str, Any]] = [{"id": i.id, "ticket_id": i.ticket_id, "agent_id": i.agent_id,
                                   "data": _ENC.encode(i)} for i in items]
    upsert(c, interactions, rows, "id", ["ticket_id", "agent_id", "data"])

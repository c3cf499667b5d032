"""Which replica follows the upstream: the one holding a PostgreSQL advisory lock on a session of its own.

Replicas sharing one PostgreSQL database each try ``pg_try_advisory_lock`` every :data:`RETRY_S`; the one that gets
it starts a new leadership term (:meth:`hub.store.Store.take_lead`: an epoch one more than the last, the upstream's
cursor as the last leader stored it) and follows the upstream; the others stand by. When the leader's session ends
(the process was killed, its connection cut), PostgreSQL frees the lock and a standby takes over within a second or
two, resuming from the stored cursor. A leader that lost its session but still runs is fenced: each page is taken
in a transaction that checks the epoch is still the newest (:class:`hub.store.NotLeader`), and the leader checks
its session every :data:`RETRY_S` and steps down when it is gone.

A SQLite database has one replica: :func:`sole_server` refuses a second ``serve`` on the same file.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import threading
import time
from collections.abc import Callable
from typing import IO

import psycopg
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from api_client.backend import Backend
from api_client.feed import FeedState, FeedStatus
from hub.db import application_name
from hub.follower import Follower
from hub.store import WAKE_CHANNEL, Store

log = logging.getLogger(__name__)
LEADER_KEY = 0x5C0_1EAD  # the advisory lock whose holder follows the upstream
RETRY_S = 1.0  # a standby tries for the lock, and the leader checks its session, this often


class Leadership:
    """Follows the upstream (a new :class:`Follower` per term) while this replica holds the leader lock on a
    dedicated connection to ``dsn``; until :meth:`stop`. Offers what the hub's app reads of a follower."""

    def __init__(self, store: Store, backend: Callable[[], Backend], dsn: str) -> None:
        self.store = store
        self.dsn = dsn
        self.terms = 0  # terms this replica led
        self.follower: Follower | None = None
        self.loaded = threading.Event()
        self._backend = backend
        self._retired_calls = 0
        self._conn: psycopg.Connection | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-leadership", daemon=True)

    @property
    def leading(self) -> bool:
        return self.follower is not None

    @property
    def status(self) -> FeedStatus:
        """The follower's status while leading; a standby is live once the store has the upstream's state."""
        follower = self.follower
        if follower is not None:
            return follower.status
        return FeedStatus(FeedState.LIVE if self.store.loaded else FeedState.CONNECTING, transport="standby")

    @property
    def calls(self) -> int:
        """Requests this replica's followers sent to the upstream."""
        follower = self.follower
        return self._retired_calls + (follower.calls if follower is not None else 0)

    @property
    def backend(self) -> Backend | None:
        """The upstream session this replica follows with while it leads."""
        follower = self.follower
        return follower.backend if follower is not None else None

    def wake(self) -> None:
        """The upstream has news (a webhook came to this replica): the leader polls now, through NOTIFY if another
        replica leads."""
        if self.follower is not None:
            self.follower.wake()
            return
        with contextlib.suppress(SQLAlchemyError), self.store.engine.begin() as c:
            c.execute(select(func.pg_notify(WAKE_CHANNEL, "")))

    def wake_here(self) -> None:
        """Another replica's wake-up: poll now if this replica leads."""
        if self.follower is not None:
            self.follower.wake()

    def lag_s(self) -> float | None:
        """Seconds since the leader (this replica or another) last heard from the upstream; None before it did."""
        if not self.store.loaded:
            return None
        return max(0.0, time.time() - self.store.clock.seen)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(RETRY_S + 15)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._step()
            except (psycopg.Error, SQLAlchemyError) as exc:
                self._step_down(f"lost its database session ({type(exc).__name__})")
            if self.store.loaded:
                self.loaded.set()
            self._stop.wait(RETRY_S)
        self._step_down("is stopping")

    def _step(self) -> None:
        if self._conn is None:
            self._conn = psycopg.connect(self.dsn, autocommit=True, connect_timeout=5,
                                         application_name=application_name("leadership"))
        if self.follower is None:
            row = self._conn.execute("SELECT pg_try_advisory_lock(%s)", (LEADER_KEY,)).fetchone()
            if row and row[0]:
                epoch = self.store.take_lead()
                self.terms += 1
                self.follower = Follower(self.store, self._backend())
                self.follower.start()
                log.info("leading (term %d): following the upstream from cursor %s", epoch,
                         self.store.upstream_cursor)
            return
        self._conn.execute("SELECT 1")  # the session holding the lock is alive
        if self.follower.deposed:
            self._step_down("was deposed: another replica leads")

    def _step_down(self, why: str) -> None:
        """Stop following and release the lock (closing its session); the next step tries for it again."""
        follower, self.follower = self.follower, None
        if follower is not None:
            log.warning("stopped following the upstream: this replica %s", why)
            follower.stop()
            self._retired_calls += follower.calls
            self.store.leading = False
        if self._conn is not None:
            conn, self._conn = self._conn, None
            with contextlib.suppress(psycopg.Error):
                conn.close()


class AlreadyServed(Exception):
    """Another hub process serves this SQLite database."""


def sole_server(engine: Engine) -> IO[bytes]:
    """On SQLite, lock the database file for as long as the returned file stays open; a second ``serve`` on the
    same file is refused (AlreadyServed): replicas need PostgreSQL."""
    path = engine.url.database
    assert path, "a SQLite engine names its file"
    handle = open(path, "rb")  # noqa: SIM115 - held open while serving
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise AlreadyServed(f"another hub process serves {path}; a SQLite database has one replica "
                            "(several replicas share a PostgreSQL database: docs/hub.md, Replicas)") from None
    return handle

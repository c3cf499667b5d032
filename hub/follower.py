"""The one thread that follows the upstream: its snapshot once, then its change stream (long-poll or polling where
it has no stream), with backoff, into the hub's store (:class:`api_client.feed.FeedFollower` does the following).

Each upstream page is logged in one transaction with the upstream's cursor, and the follower starts from the
stored cursor, so a restarted hub neither fetches a change twice nor skips one. A page the store could not take
(the database was unreachable) is fetched again from the stored cursor after the backoff.
"""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy.exc import SQLAlchemyError

from api_client import models as m
from api_client.backend import Backend
from api_client.errors import Unavailable
from api_client.feed import FeedFollower, FeedState, FeedStatus
from hub.store import Store

log = logging.getLogger(__name__)


class Follower:
    """Follows ``backend`` into ``store`` on a thread of its own until :meth:`stop`."""

    def __init__(self, store: Store, backend: Backend) -> None:
        self.store = store
        self.backend = backend
        self.status = FeedStatus(FeedState.CONNECTING)
        self.last_contact: float | None = None  # time.time() of the last page or snapshot from the upstream
        self.loaded = threading.Event()
        if store.loaded:
            self.loaded.set()
        self._feed = FeedFollower(backend, self._snapshot, self._changes, self._status)
        self._feed.cursor = store.upstream_cursor
        self._thread = threading.Thread(target=self._feed.run, name="hub-follower", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._feed.stop()
        self._thread.join(10)

    @property
    def calls(self) -> int:
        """Requests sent to the upstream by the follower."""
        http = getattr(self.backend, "http", None)
        return int(getattr(http, "calls", 0))

    def lag_s(self) -> float | None:
        """Seconds since the upstream was last heard (a page, a heartbeat or a snapshot); None before it was."""
        return None if self.last_contact is None else max(0.0, time.time() - self.last_contact)

    def _status(self, status: FeedStatus) -> None:
        self.status = status
        log.info("upstream feed %s%s", status.state.value, f": {status.error}" if status.error else "")

    def _snapshot(self, snap: m.Snapshot) -> None:
        try:
            logged = self.store.load_snapshot(snap)
        except SQLAlchemyError as exc:
            self._feed.cursor = self.store.upstream_cursor
            raise Unavailable(f"the hub's database did not take the snapshot: {type(exc).__name__}") from None
        self.last_contact = time.time()
        self.loaded.set()
        log.info("upstream snapshot at cursor %d: %d tickets, %d changes logged", snap.cursor, len(snap.tickets),
                 logged)

    def _changes(self, page: m.ChangesPage) -> None:
        try:
            self.store.apply_page(page)
        except SQLAlchemyError as exc:
            self._feed.cursor = self.store.upstream_cursor  # fetch the page again after the backoff
            raise Unavailable(f"the hub's database did not take a page: {type(exc).__name__}") from None
        self.last_contact = time.time()

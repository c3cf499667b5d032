"""Follow a backend: snapshot, then the change stream, falling back to long-poll; reconnect by itself.

No Qt here: the console runs :class:`FeedFollower` in a worker thread and turns its
callbacks into queued signals.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from api_client.backend import Backend
from api_client.errors import (
    ApiError,
    CursorExpired,
    Forbidden,
    InvalidRequest,
    NotFound,
    RateLimited,
    Redirected,
    Unauthorized,
)
from api_client.models import ChangesPage, Snapshot

log = logging.getLogger(__name__)
LONG_POLL_WAIT = 20.0
# A server's Retry-After is honoured up to this: long enough for any real rate-limit window (helpdesks count
# per minute), short enough that one wrong header (Retry-After: 999999 is 11.6 days) never parks a wall
# display; if the server still refuses after it, it says so again and the follower waits again.
MAX_RETRY_AFTER = 300.0


class FeedState(Enum):
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    STOPPED = "stopped"


@dataclass(frozen=True)
class FeedStatus:
    """What the follower is doing; ``retry_in`` is set while it waits to reconnect."""

    state: FeedState
    error: str | None = None
    kind: str = ""  # the ApiError class name behind ``error``, for a UI to explain it
    retry_in: float | None = None
    transport: str = ""
    at: float = 0.0  # time.time() of this status


class Backoff:
    """Exponential backoff with jitter: base x 2^n, capped, each delay scaled by U(0.5, 1)."""

    def __init__(self, base: float = 0.5, cap: float = 30.0, rng: random.Random | None = None) -> None:
        self.base, self.cap, self.attempts = base, cap, 0
        self._rng = rng or random.Random()

    def next(self) -> float:
        delay = min(self.cap, self.base * 2**self.attempts)
        self.attempts += 1
        return delay * self._rng.uniform(0.5, 1.0)

    def reset(self) -> None:
        self.attempts = 0


# Errors that retrying cannot fix: bad credentials, a missing right, a request the server refuses, a redirect
# to another origin. A NotFound is one too, except for a missing change stream (the follower falls back to long-poll).
PERMANENT = (Unauthorized, Forbidden, InvalidRequest, Redirected)


class FeedFollower:
    """Runs until :meth:`stop`: calls ``on_snapshot`` once per (re)sync and ``on_changes`` per batch."""

    def __init__(self, backend: Backend, on_snapshot: Callable[[Snapshot], None],
                 on_changes: Callable[[ChangesPage], None], on_status: Callable[[FeedStatus], None],
                 *, prefer_stream: bool = True, backoff: Backoff | None = None,
                 max_retry_after: float = MAX_RETRY_AFTER) -> None:
        self.backend = backend
        self.on_snapshot, self.on_changes, self.on_status = on_snapshot, on_changes, on_status
        self.use_stream = prefer_stream
        self.backoff = backoff or Backoff()
        self.max_retry_after = max_retry_after
        self._stop = threading.Event()
        self._live = False
        self._error: ApiError | None = None  # why the follower gave up, if it did
        self.cursor: int | None = None

    def stop(self) -> None:
        """End :meth:`run` at once: the pause ends, and closing the backend aborts the call in flight."""
        self._stop.set()
        self.backend.close()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def _status(self, state: FeedState, **kw: object) -> None:
        transport = "stream" if self.use_stream else "long-poll"
        self.on_status(FeedStatus(state, transport=transport, at=time.time(), **kw))  # type: ignore[arg-type]

    def run(self) -> None:
        while not self._stop.is_set():
            try:
                self._follow()
            except CursorExpired:
                log.info("cursor expired; taking a new snapshot")
                self.cursor = None
            except NotFound as exc:
                if self.use_stream and self.cursor is not None:
                    log.info("no change stream (%s); falling back to long-poll", exc.message)
                    self.use_stream = False
                else:
                    self._give_up(exc)
            except PERMANENT as exc:
                self._give_up(exc)
            except ApiError as exc:
                if not self._stop.is_set():  # else the error is the aborted call of stop()
                    self._wait(exc)
        self._status(FeedState.STOPPED, error=self._error.message if self._error else None,
                     kind=type(self._error).__name__ if self._error else "")

    def _give_up(self, exc: ApiError) -> None:
        """Stop on an error that retrying cannot fix: the user must change something first."""
        log.error("feed stopped (%s): %s", type(exc).__name__, exc.message)
        self._error = exc
        self._stop.set()

    def _wait(self, exc: ApiError) -> None:
        delay = self.backoff.next()
        if isinstance(exc, RateLimited) and exc.retry_after:
            delay = max(delay, min(exc.retry_after, self.max_retry_after))
        log.warning("feed error (%s): %s; retrying in %.1f s", type(exc).__name__, exc.message, delay)
        self._status(FeedState.RECONNECTING, error=exc.message, kind=type(exc).__name__, retry_in=delay)
        self._stop.wait(delay)

    def _follow(self) -> None:
        if self.cursor is None:
            self._status(FeedState.CONNECTING)
            snap = self.backend.snapshot()
            if self._stop.is_set():
                return
            self.cursor = snap.cursor
            self.on_snapshot(snap)
        self._live = False
        if self.use_stream:
            for page in self.backend.stream(self.cursor):
                if self._stop.is_set():
                    return
                self._deliver(page)
            return  # the server closed the stream: reconnect from the cursor
        wait = 0.0  # the first answer comes at once: it proves the connection, so the state turns live
        while not self._stop.is_set():
            self._deliver(self.backend.changes(self.cursor, wait=wait))
            wait = LONG_POLL_WAIT

    def _deliver(self, page: ChangesPage) -> None:
        """Apply a page; the first one after (re)connecting proves the feed is live again."""
        self.cursor = page.cursor
        self.on_changes(page)
        if not self._live:
            self._live = True
            self.backoff.reset()
            self._status(FeedState.LIVE)

"""The sync worker: follows the backend in a background thread and keeps the live store current.

The GUI thread never does network I/O. It receives status changes as queued signals
and reads the store's summary (microseconds, under a lock) on its own repaint timer.
A snapshot is decoded and indexed into a fresh store off the GUI thread, then swapped in.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import numpy as np
from PySide6.QtCore import QObject, Signal, SignalInstance

from api_client import history
from api_client.backend import Backend, Capability
from api_client.errors import ApiError
from api_client.feed import Backoff, FeedFollower, FeedState, FeedStatus
from api_client.models import SETTING_NAMES, ChangesPage, HistorySeries, HubInfo, SettingName, Snapshot
from console.core.metrics import Filter, Metrics
from console.core.store import LiveStore
from console.infra.snapshot_cache import SnapshotCache
from console.qt.tasks import CancelToken, Task, TaskRunner

log = logging.getLogger(__name__)
T = TypeVar("T")
APPLY_CHUNK = 200  # changes applied per lock hold, so the GUI thread never waits long
GUI_LOCK_WAIT_S = 0.002  # the GUI thread waits at most this for the store, else shows the last result
HUB_CHECK_S = 15.0  # how often the worker asks a native server whether it is a hub, and its lag
SETTINGS_CHECK_S = 60.0  # how often the worker looks for a new version of the centre's shared settings
CACHED_FILTERS = 8  # metrics kept per (filter, frozen) for when the store is busy: the dashboard asks for two
HISTORY_SPAN = timedelta(hours=25)  # the longest chart (24 h) and the rolling hour before its first point
HISTORY_STEP_S = 60


class SyncController(QObject):
    """Owns the worker thread and the live store.

    The worker is a long-lived thread of its own, not a job on :mod:`console.qt.tasks`' pools: it follows the
    feed for the whole session (long polls or a stream, with its own reconnect loop), so it would hold a pool
    thread forever and starve the user's actions.
    """

    status_changed = Signal(object)
    """Emitted (queued) with a :class:`FeedStatus` whenever the connection state changes."""

    data_arrived = Signal()
    """Emitted (queued, coalesced) when new data was applied to the store."""

    settings_changed = Signal(object)
    """Emitted (queued) with ``{name: SharedSetting}`` when the server keeps a new version of a document the whole
    centre shares (:data:`api_client.models.SETTING_NAMES`): at the first look, and when one is saved again."""

    _loaded = Signal(object)  # a snapshot from the server is in the store: fetch its history (GUI thread)

    def __init__(self, connect: Callable[[], Backend], parent: QObject | None = None, *,
                 prefer_stream: bool = True, cache: SnapshotCache | None = None,
                 backoff: Backoff | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks  # fetches the charts' history after each snapshot (None: charts start at the load)
        self._history_task: Task | None = None
        self._loaded.connect(self._fetch_history)
        self._backoff = backoff  # the reconnect delays (the follower's default unless given)
        self._connect = connect
        self._cache = cache  # the last snapshot on disk: shown (stale) before connecting, saved now and then
        self._prefer_stream = prefer_stream
        self._lock = threading.Lock()
        self._store = LiveStore()
        self._language = "en"  # the viewer's, for the catalog's names (BCP 47)
        self._capacities: tuple[dict[str, int], dict[str, int]] = ({}, {})  # a supervisor's, per agent and team
        self._has_data = False
        self._follower: FeedFollower | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._notify_pending = threading.Event()
        self._cached: dict[tuple[Filter, bool], Metrics] = {}
        self.last_data_at: float | None = None  # time.time() of the last page or snapshot
        self.status = FeedStatus(FeedState.CONNECTING)
        self.hub: HubInfo | None = None  # set when the server is a hub: its helpdesk and lag (asked on the worker)
        self._hub_checked = 0.0
        self._settings_checked: float | None = None
        self._settings: dict[SettingName, int] = {}  # the versions of the shared documents last emitted, by name
        self._backend: Backend | None = None

    @property
    def has_data(self) -> bool:
        return self._has_data

    def start(self) -> bool:
        """Start following (again, after the feed stopped); False, and nothing done, while the worker still runs."""
        if self._thread is not None and self._thread.is_alive():
            return False
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        """Stop the worker: the call in flight is aborted (also while it is still connecting)."""
        self._stopping = True
        if self._history_task is not None:
            self._history_task.cancel()
        if self._follower is not None:
            self._follower.stop()
        if self._cache is not None and self._has_data:
            self._cache.save_in_background(self._current_snapshot, force=True)

    def metrics(self, flt: Filter = Filter(), frozen: bool = False) -> Metrics | None:  # noqa: B008
        """The numbers for ``flt`` now, or as of the last data when ``frozen``; None before any data.

        Never blocks the caller for long: while the worker holds the store, the last result is returned.
        """
        if not self._has_data:
            return None
        if not self._lock.acquire(timeout=GUI_LOCK_WAIT_S):
            cached = self._cached.get((flt, frozen))
            if cached is not None:
                return cached
            self._lock.acquire()
        try:
            result = self._store.metrics(flt, self._store.server_time if frozen else None)
        finally:
            self._lock.release()
        self._cached.pop((flt, frozen), None)
        self._cached[(flt, frozen)] = result  # the newest last; the oldest goes when there are too many
        if len(self._cached) > CACHED_FILTERS:
            del self._cached[next(iter(self._cached))]
        return result

    @property
    def cursor(self) -> int:
        """The change-feed position of the data shown."""
        with self._lock:
            return self._store.cursor

    def set_language(self, language: str) -> None:
        """Name queues and teams in ``language`` (a BCP 47 tag), in this store and the ones after it."""
        self._language = language
        with self._lock:
            self._store.set_language(language)

    def set_capacities(self, agents: dict[str, int], teams: dict[str, int]) -> None:
        """A supervisor's capacities per agent id and team (:meth:`LiveStore.set_capacities`), in this store and the
        ones after it."""
        self._capacities = (dict(agents), dict(teams))
        with self._lock:
            self._store.set_capacities(agents, teams)

    def with_store(self, fn: Callable[[LiveStore], T]) -> T:
        """Run ``fn`` on the store under the lock (keep it short: the worker waits)."""
        with self._lock:
            return fn(self._store)

    # ---------------------------------------------------------------- worker thread
    def _run(self) -> None:
        cached = self._cache.load() if self._cache is not None else None
        if cached is not None:
            self._on_snapshot(cached[0], received_at=cached[1])
        try:
            backend = self._connect()
        except (ApiError, OSError, RuntimeError, ValueError) as exc:
            log.error("cannot connect: %s", exc)
            self._emit_status(FeedStatus(FeedState.STOPPED, error=str(exc), kind=type(exc).__name__))
            return
        self._backend = backend
        self._follower = FeedFollower(backend, self._on_snapshot, self._on_changes, self._emit_status,
                                      prefer_stream=self._prefer_stream, backoff=self._backoff)
        if self._stopping:  # stop() came while connecting, before there was a follower to stop
            self._follower.stop()
        try:
            self._follower.run()
        finally:
            backend.close()

    def _current_snapshot(self) -> Snapshot:
        """The store's state as a snapshot (for the cache)."""
        with self._lock:
            s = self._store
            return Snapshot(cursor=s.cursor, server_time=datetime.fromtimestamp(s.server_time, UTC), clock_rate=1.0,
                            queues=s.sent_queues, agents=list(s.reported.values()),
                            tickets=list(s.tickets.values()), teams=list(s.teams.values()), web_base=s.web_base)

    def _on_snapshot(self, snap: Snapshot, received_at: float | None = None) -> None:
        fresh = LiveStore(history=self._store.history)  # charts continue across a resync
        fresh.language = self._language
        fresh.capacities = self._capacities
        fresh.load(snap)  # the heavy part, outside the lock
        # The store's long-lived objects leave the collector's scans (no GIL-holding full passes). No collection
        # here: a collection on this thread could destroy Qt objects off the GUI thread and deadlock with it;
        # the console collects on the GUI thread only (app.py).
        gc.freeze()
        with self._lock:
            fresh.sample_history()  # the history is the one the GUI reads: write it under the lock
            self._store = fresh
        self._has_data = True
        if received_at is None and self._tasks is not None:
            self._safe_emit(self._loaded, snap)
        log.info("snapshot loaded: %d tickets, %d agents, cursor %d", len(snap.tickets), len(snap.agents),
                 snap.cursor)
        self._data_applied(received_at)

    def _on_changes(self, page: ChangesPage) -> None:
        changes = page.changes
        for i in range(0, max(len(changes), 1), APPLY_CHUNK):
            chunk = changes[i:i + APPLY_CHUNK]
            last = i + APPLY_CHUNK >= len(changes)
            part = page if last and i == 0 else ChangesPage(
                cursor=page.cursor if last else chunk[-1].id, server_time=page.server_time, changes=chunk)
            with self._lock:
                self._store.apply(part)
                if last:
                    self._store.sample_history()
        self._data_applied()
        if self._cache is not None:
            self._cache.save_in_background(self._current_snapshot)

    def _fetch_history(self, snap: Snapshot) -> None:
        """On the IO worker: the history up to the snapshot's moment, from the server (or, where the backend has
        no history, computed from the snapshot's tickets), seeded into the store before its live samples."""
        if self._history_task is not None:
            self._history_task.cancel()
        until = snap.server_time
        since = until - HISTORY_SPAN

        def fetch(backend: Backend, token: CancelToken) -> bool:
            series: HistorySeries
            if Capability.HISTORY in backend.capabilities:
                series = backend.history(since, until, HISTORY_STEP_S)
            else:
                series = history.compute(snap.tickets, {q.id: q for q in snap.queues}, since.timestamp(),
                                         until.timestamp(), HISTORY_STEP_S)
            if token.cancelled:
                return False
            times, cells = np.array(series.times), history.arrays(series)
            return self.with_store(lambda store: store.seed_history(times, cells))

        def seeded(done: bool) -> None:
            if done:
                self._notify()

        def failed(exc: Exception) -> None:
            log.warning("no history for the charts: %s", exc)  # they start at the snapshot, as before

        assert self._tasks is not None
        self._history_task = self._tasks.submit_cancellable(
            fetch, on_done=seeded, on_error=failed, owner=self)

    def _check_hub(self) -> None:
        """On the worker, every HUB_CHECK_S: whether the server is a hub, and how far it lags its helpdesk."""
        health = getattr(self._backend, "health", None)
        if health is None or time.monotonic() - self._hub_checked < HUB_CHECK_S:
            return
        self._hub_checked = time.monotonic()
        try:
            self.hub = health().hub
        except ApiError as exc:
            log.info("health not read (%s); hub status unchanged", exc.message)

    def _check_settings(self) -> None:
        """On the worker, at once and then every SETTINGS_CHECK_S: the centre's shared settings, emitted when any
        is new. A server that keeps none (a vendor's helpdesk) is asked nothing."""
        backend = self._backend
        if backend is None or Capability.SHARED_SETTINGS not in backend.capabilities or (
                self._settings_checked is not None and time.monotonic() - self._settings_checked < SETTINGS_CHECK_S):
            return
        self._settings_checked = time.monotonic()
        try:
            found = {name: saved for name in SETTING_NAMES if (saved := backend.setting(name)) is not None}
        except ApiError as exc:
            log.info("shared settings not read (%s); looking again in %.0f s", exc.message, SETTINGS_CHECK_S)
            return
        versions = {name: saved.version for name, saved in found.items()}
        if versions != self._settings:
            self._settings = versions
            self._safe_emit(self.settings_changed, found)

    def _notify(self) -> None:
        if not self._notify_pending.is_set():
            self._notify_pending.set()
            self._safe_emit(self.data_arrived)

    def _data_applied(self, at: float | None = None) -> None:
        if at is None:
            self._check_hub()
            self._check_settings()
        self.last_data_at = at or time.time()
        self._notify()

    def _emit_status(self, status: FeedStatus) -> None:
        self.status = status
        self._safe_emit(self.status_changed, status)

    def _safe_emit(self, signal: SignalInstance, *args: object) -> None:
        if self._follower is not None and self._follower.stopped and signal is not self.status_changed:
            return
        try:
            signal.emit(*args)
        except RuntimeError:  # the controller was deleted while the worker was still finishing
            if self._follower is not None:
                self._follower.stop()

    def acknowledge(self) -> None:
        """The GUI has picked up the data; the next arrival may notify again."""
        self._notify_pending.clear()

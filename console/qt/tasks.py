"""Background backend calls for user actions: the network runs on worker threads, results come back on the GUI thread.

Each worker thread keeps its own backend (a requests session is not shared between threads). A page calls
:meth:`TaskRunner.submit` with a function of the backend; the result or the error is delivered through a queued
signal to callbacks that run on the GUI thread, and only while their ``owner`` widget is still alive.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from api_client.backend import Backend

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskRunner(QObject):
    """Runs ``fn(backend)`` on a small pool of worker threads, one backend per thread."""

    _finished = Signal(object, object, object)  # owner, callback, value

    def __init__(self, connect: Callable[[], Backend], parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self._connect = connect
        self._local = threading.local()
        self._backends: list[Backend] = []
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="task")
        self._finished.connect(self._deliver)

    def _backend(self) -> Backend:
        backend = getattr(self._local, "backend", None)
        if backend is None:
            backend = self._local.backend = self._connect()
            with self._lock:
                self._backends.append(backend)
        return backend

    def submit(self, fn: Callable[[Backend], T], on_done: Callable[[T], None] | None = None,
               on_error: Callable[[Exception], None] | None = None, owner: QObject | None = None) -> Future[T]:
        """Run ``fn`` off the GUI thread; ``on_done(result)`` or ``on_error(exc)`` then run on the GUI thread."""

        def run() -> T:
            try:
                value = fn(self._backend())
            except Exception as exc:
                log.info("background call failed: %s", exc)
                self._emit(owner, on_error, exc)
                raise
            self._emit(owner, on_done, value)
            return value

        return self._pool.submit(run)

    def _emit(self, owner: QObject | None, callback: Callable[[Any], None] | None, value: object) -> None:
        if callback is not None and shiboken6.isValid(self):
            self._finished.emit(owner, callback, value)

    @staticmethod
    def _deliver(owner: QObject | None, callback: Callable[[Any], None], value: object) -> None:
        if owner is not None and not shiboken6.isValid(owner):
            return  # the page that asked is gone
        callback(value)

    def shutdown(self) -> None:
        """Stop taking work and close the backends (waits for calls in flight)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            backends, self._backends = self._backends, []
        for backend in backends:
            close = getattr(backend, "close", None)
            if close is not None:
                close()

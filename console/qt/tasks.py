"""The one way work leaves the GUI thread: an IO pool and a CPU pool, a cancel token, queued delivery back.

:meth:`Tasks.run` runs ``fn(token)`` on a pool thread; ``on_done(result)`` or ``on_error(exc)`` then run on the GUI
thread (an explicit queued connection), and only while their ``owner`` QObject is alive and the task was not
cancelled. Only the errors a caller expects (``ApiError`` and ``OSError`` by default) go to ``on_error``; anything
else is a bug and goes to the crash reporter (:func:`console.qt.crash.report`). :class:`TaskRunner` adds a backend
per IO thread for backend calls (a requests session is not shared between threads).

Pool threads are daemons: quitting cancels what is queued and in flight, waits at most ``timeout`` seconds, and never
waits for a network call to time out.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Literal, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from api_client.backend import Backend
from api_client.errors import ApiError
from console.qt import crash

log = logging.getLogger(__name__)
T = TypeVar("T")
EXPECTED: tuple[type[Exception], ...] = (ApiError, OSError)
"""Errors a worker job may raise on purpose; they reach ``on_error``. Anything else is a bug."""


class CancelToken:
    """Cooperative cancellation: a job checks :attr:`cancelled` (or waits on it) between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds; True as soon as the task is cancelled."""
        return self._event.wait(timeout)


class Task(Future[Any]):
    """A handle on a submitted job: :meth:`cancel` stops delivery (and tells the job), :meth:`result` waits."""

    def __init__(self) -> None:
        super().__init__()
        self.token = CancelToken()

    def cancel(self) -> bool:
        self.token.cancel()
        return super().cancel()


class _Pool:
    """A fixed number of daemon threads taking jobs from a queue."""

    def __init__(self, name: str, workers: int) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self.threads = [threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True) for i in range(workers)]
        for thread in self.threads:
            thread.start()

    def put(self, job: Callable[[], None]) -> None:
        self._jobs.put(job)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()

    def stop(self, deadline: float) -> None:
        for _ in self.threads:
            self._jobs.put(None)
        for thread in self.threads:
            thread.join(max(0.0, deadline - time.monotonic()))


class Tasks(QObject):
    """Runs jobs on an IO pool (network, disk, keyring) or a CPU pool (number crunching)."""

    _finished = Signal(object, object, object, object)  # task, owner, callback, value

    def __init__(self, parent: QObject | None = None, io_workers: int = 2, cpu_workers: int = 1) -> None:
        super().__init__(parent)
        self._pools = {"io": _Pool("io", io_workers), "cpu": _Pool("cpu", cpu_workers)}
        self._lock = threading.Lock()
        self._pending: set[Task] = set()
        self._latest: dict[str, Task] = {}
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self, fn: Callable[[CancelToken], T], on_done: Callable[[T], None] | None = None,
            on_error: Callable[[Exception], None] | None = None, owner: QObject | None = None, *,
            pool: Literal["io", "cpu"] = "io", key: str | None = None,
            expected: tuple[type[Exception], ...] = EXPECTED) -> Task:
        """Run ``fn(token)`` on ``pool``; a new task with the same ``key`` cancels the previous one."""
        task = Task()
        with self._lock:
            if self._closed:
                task.cancel()
                return task
            self._pending.add(task)
            if key is not None:
                previous, self._latest[key] = self._latest.get(key), task
                if previous is not None:
                    previous.cancel()

        def job() -> None:
            try:
                if not task.set_running_or_notify_cancel():
                    return
                try:
                    value = fn(task.token)
                except expected as exc:
                    task.set_exception(exc)
                    self._emit(task, owner, on_error, exc)
                except Exception as exc:
                    task.set_exception(exc)
                    if task.token.cancelled:
                        log.warning("cancelled background job failed", exc_info=exc)
                    else:
                        crash.report(exc)
                else:
                    task.set_result(value)
                    self._emit(task, owner, on_done, value)
            finally:
                with self._lock:
                    self._pending.discard(task)
                    if key is not None and self._latest.get(key) is task:
                        del self._latest[key]

        self._pools[pool].put(job)
        return task

    def background(self, fn: Callable[[], T]) -> Task:
        """Run ``fn()`` on the IO pool with no callback (disk writes); a bug still reaches the crash reporter."""
        return self.run(lambda _token: fn())

    def _emit(self, task: Task, owner: QObject | None, callback: Callable[[Any], None] | None, value: object) -> None:
        if callback is not None and not task.token.cancelled and shiboken6.isValid(self):
            self._finished.emit(task, owner, callback, value)

    @staticmethod
    def _deliver(task: Task, owner: QObject | None, callback: Callable[[Any], None], value: object) -> None:
        if task.token.cancelled or (owner is not None and not shiboken6.isValid(owner)):
            return  # cancelled meanwhile, or the page that asked is gone
        callback(value)

    def shutdown(self, timeout: float = 2.0) -> None:
        """Cancel queued and running jobs and wait at most ``timeout`` seconds for the threads to finish."""
        with self._lock:
            self._closed = True
            pending, self._pending = self._pending, set()
        for task in pending:
            task.cancel()
        deadline = time.monotonic() + timeout
        for pool in self._pools.values():
            pool.stop(deadline)


class TaskRunner(Tasks):
    """Backend calls: :meth:`submit` runs ``fn(backend)`` on the IO pool, one backend per thread."""

    def __init__(self, connect: Callable[[], Backend], parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent, io_workers=workers)
        self._connect = connect
        self._local = threading.local()
        self._backends: list[Backend] = []

    def _backend(self) -> Backend:
        backend = getattr(self._local, "backend", None)
        if backend is None:
            backend = self._local.backend = self._connect()
            with self._lock:
                self._backends.append(backend)
        return backend

    def submit(self, fn: Callable[[Backend], T], on_done: Callable[[T], None] | None = None,
               on_error: Callable[[Exception], None] | None = None, owner: QObject | None = None, *,
               key: str | None = None) -> Task:
        """Run ``fn(backend)`` off the GUI thread; ``on_done(result)`` or ``on_error(exc)`` then run on it."""
        return self.run(lambda _token: fn(self._backend()), on_done, on_error, owner, key=key)

    def submit_cancellable(self, fn: Callable[[Backend, CancelToken], T], on_done: Callable[[T], None] | None = None,
                           on_error: Callable[[Exception], None] | None = None, owner: QObject | None = None, *,
                           key: str | None = None) -> Task:
        """:meth:`submit` for a long job (paging through a list): ``fn(backend, token)`` checks the token between
        steps, so cancelling the returned task stops it there."""
        return self.run(lambda token: fn(self._backend(), token), on_done, on_error, owner, key=key)

    def budget_waits(self) -> list[tuple[str, str, float]]:
        """Calls of these backends waiting on the system's budget (``backend.budget``, e.g. Zendesk's ticket
        updates): (system name, what the budget counts: ``updates`` or ``calls``, seconds left). Reads shared
        state only, no network: safe on the GUI thread."""
        with self._lock:
            backends = list(self._backends)
        waits = []
        for backend in backends:
            budget = getattr(backend, "budget", None)
            state = budget.state() if budget is not None else None
            if state is not None and state.waiting and state.wait_s > 0:
                waits.append((str(getattr(backend, "NAME", "")), str(getattr(backend, "BUDGET", "calls")),
                              state.wait_s))
        return waits

    def shutdown(self, timeout: float = 2.0) -> None:
        """Cancel, wait at most ``timeout`` seconds, then close the backends (a call still in flight fails)."""
        super().shutdown(timeout)
        with self._lock:
            backends, self._backends = self._backends, []
        for backend in backends:
            close = getattr(backend, "close", None)
            if close is not None:
                close()

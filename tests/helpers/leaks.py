"""What a Qt test leaves behind: threads, running QTimers, open top-level widgets (after napari's ``_dangling_*``).

:class:`LeakCheck` takes a census before a test and compares after its teardown. A leak is reported with where it
came from, so the test (or the product code) that forgot to stop, join or close something can be fixed.
"""

from __future__ import annotations

import re
import sys
import threading
import time
import traceback
import weakref
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget

OURS = ("console.", "widgets.", "api_client.", "simulator.", "tests.")
"""Modules whose QTimers and threads the checks hold to account (third-party internals are not ours to fix)."""
OUR_THREAD = re.compile(r"sync-worker|io-\d+|cpu-\d+")
"""The names of the threads the console starts (console/qt/sync.py, console/qt/tasks.py)."""
THREAD_GRACE_S = 1.0
"""How long a thread told to stop may take to end after the test's teardown."""

_started: weakref.WeakKeyDictionary[QTimer, str] = weakref.WeakKeyDictionary()


def _start(self: QTimer, msec: object = None) -> None:
    caller = sys._getframe(1)
    if caller.f_globals.get("__name__", "").startswith(OURS):
        _started[self] = "".join(traceback.format_stack(caller, limit=3))
    if isinstance(msec, int):
        _timer_start(self, msec)
    else:  # start(), or start connected to a signal whose arguments Qt would drop
        _timer_start(self)


_timer_start = QTimer.start
QTimer.start = _start  # type: ignore[method-assign]  # every QTimer our code starts is remembered (weakly)


def _process_deletions() -> None:
    """Run the deleteLater()s that are due: outside an event loop Qt only does them when asked."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__module__}.{type(widget).__qualname__} {widget.objectName()!r} {widget.windowTitle()!r}"


@dataclass
class LeakCheck:
    """A census of threads and top-level widgets before a test, to compare with what is left after it."""

    threads: set[threading.Thread] = field(default_factory=lambda: set(threading.enumerate()))
    # The wrappers themselves, held: an id() of a wrapper let go could be reused by a new widget's.
    widgets: set[QWidget] = field(default_factory=lambda: set(QApplication.topLevelWidgets()))
    timers: set[QTimer] = field(default_factory=lambda: {t for t in list(_started) if _active(t)})

    def leaks(self) -> list[str]:
        """What the test left: threads alive after the grace time, active timers of ours, visible top-levels."""
        _process_deletions()
        return [*self._threads(), *self._timers(), *self._widgets()]

    def _threads(self) -> list[str]:
        def left() -> list[threading.Thread]:
            return [t for t in threading.enumerate() if t not in self.threads and t.is_alive()
                    and (not t.daemon or OUR_THREAD.fullmatch(t.name))]

        deadline = time.monotonic() + THREAD_GRACE_S
        while left() and time.monotonic() < deadline:
            time.sleep(0.02)
        frames = sys._current_frames()
        return [f"thread {t.name!r} (daemon={t.daemon}) still running {THREAD_GRACE_S} s after the test, in:\n"
                + "".join(traceback.format_stack(frames[t.ident], limit=6) if t.ident in frames else [])
                for t in left()]

    def _timers(self) -> list[str]:
        return [f"QTimer of {type(t.parent()).__qualname__ if t.parent() else None} still active, started at:\n{where}"
                for t, where in list(_started.items()) if t not in self.timers and _active(t)]

    def _widgets(self) -> list[str]:
        return [f"top-level widget left open: {_describe(w)}" for w in QApplication.topLevelWidgets()
                if w not in self.widgets and w.isVisible()]


def _active(timer: QTimer) -> bool:
    return shiboken6.isValid(timer) and timer.isActive()

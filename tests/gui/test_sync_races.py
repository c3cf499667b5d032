"""The sync worker and the GUI thread share the store safely: history written under the lock, metrics never wait."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import msgspec
import pytest
from pytestqt.qtbot import QtBot

from console.core.metrics import Filter
from console.qt.sync import SyncController
from tests.helpers.sim import SimServer


@pytest.fixture
def loaded(qtbot: QtBot, sim: SimServer) -> SyncController:
    """A controller with the simulator's snapshot loaded (no worker thread: the test drives it)."""
    sync = SyncController(lambda: sim.client())
    sync._on_snapshot(sim.snapshot())
    return sync


def test_a_resync_writes_the_chart_history_under_the_store_lock(loaded: SyncController, sim: SimServer) -> None:
    snap = sim.snapshot()
    later = msgspec.structs.replace(snap, server_time=snap.server_time + timedelta(minutes=1))  # a new history row
    history = loaded.with_store(lambda s: s.history)
    rows = len(history)  # type: ignore[arg-type]
    resync = threading.Thread(target=loaded._on_snapshot, args=(later,), name="resync")

    def while_the_gui_reads(_store: object) -> int:
        resync.start()
        resync.join(2.0)  # the worker loads the snapshot, then must wait for the lock to touch the history
        return len(history)  # type: ignore[arg-type]

    seen = loaded.with_store(while_the_gui_reads)
    resync.join(10)
    assert seen == rows, "the worker changed the history the GUI was reading"
    assert len(history) == rows + 1  # type: ignore[arg-type]


def test_metrics_with_a_filter_do_not_wait_for_a_busy_store(loaded: SyncController) -> None:
    queue = next(iter(loaded.with_store(lambda s: s.queues)))  # type: ignore[call-overload]
    picked = Filter(queues=frozenset({queue}))
    everything, filtered = loaded.metrics(Filter()), loaded.metrics(picked)  # what a dashboard refresh asks
    held, release = threading.Event(), threading.Event()
    worker = threading.Thread(target=loaded.with_store, args=(lambda _s: (held.set(), release.wait(5)),))
    worker.start()
    assert held.wait(5)
    try:
        began = time.monotonic()
        again = loaded.metrics(Filter()), loaded.metrics(picked)
        took = time.monotonic() - began
    finally:
        release.set()
        worker.join(10)
    assert took < 0.5, f"the GUI waited {took:.1f} s for the store"
    assert again == (everything, filtered)

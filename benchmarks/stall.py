"""GUI thread stall during a burst of 10,000 change events: the console's worker vs applying on the GUI thread.

A paused simulator with 2,000 agents serves the console (the real window, offscreen, on the chosen page).
Once it is live, another thread advances simulated time until the feed has produced ``--events``
changes; the console's worker receives and applies them while a 2 ms QTimer on the GUI thread records
how long the event loop went without running. The baseline, in the same run: the same pages
applied to a store in a GUI-thread slot (what a console without a worker does).

With ``--history-hours H`` the store's history is first filled with H hours of samples (24 is a full day),
so the charts' repaint reads as much history as a console that has run all day.

Summary: ``stall: max_ms=... p99_ms=... baseline_max_ms=... events=...`` (target max_ms < 50).
"""

from __future__ import annotations

import argparse
import os
import threading
import time

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

from api_client.feed import FeedState
from benchmarks._common import SimProcess, summary, wait_until
from benchmarks._qt import application
from console.core.store import LiveStore
from console.qt.sync import SyncController
from console.ui.main_window import MainWindow


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks stall", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="200 agents, 1,000 events, for tests")
    p.add_argument("--events", type=int, default=None)
    p.add_argument("--agents", type=int, default=None)
    p.add_argument("--page", default="dashboard", help="page shown while measuring (default: the console's default)")
    p.add_argument("--history-hours", type=float, default=0.0,
                   help="fill this many hours of chart history before the burst (24: a full day)")
    args = p.parse_args(argv)
    args.events = args.events or (1_000 if args.quick else 10_000)
    args.agents = args.agents or (200 if args.quick else 2000)
    return args


class GapProbe:
    """Records the gaps between ticks of a fast QTimer: how long the event loop did not run."""

    def __init__(self, interval_ms: int = 2) -> None:
        self.interval_ms = interval_ms
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000 - self.interval_ms)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> tuple[float, float]:
        self._timer.stop()
        gaps = sorted(self.gaps) or [0.0]
        return max(0.0, gaps[-1]), max(0.0, gaps[int(len(gaps) * 0.99) - 1] if len(gaps) > 1 else gaps[0])


def fill_history(store: LiveStore, hours: float) -> None:
    """Samples every ``step_s`` over the past ``hours``, each with the store's current levels and totals."""
    cells = {key: cell.totals for key, cell in store._cells.items()}  # the benchmark reaches inside on purpose
    now, step = store.server_time, store.history.step_s
    for t in np.arange(now - hours * 3600, now - step, step):
        store.history.sample(float(t), cells)
    store.sample_history()  # and the present, last: the history is a ring in time order


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    app = application()
    with SimProcess(agents=args.agents) as sim:
        sync = SyncController(lambda: sim.client())
        window = MainWindow(sync)
        window.show_page(args.page)
        window.show()
        sync.start()
        if not wait_until(app, lambda: window.status.state is FeedState.LIVE and sync.has_data, 120):
            print("the console did not go live")
            return 1
        if args.history_hours:
            sync.with_store(lambda store: fill_history(store, args.history_hours))
        driver = sim.client()
        start = sync.cursor
        before = driver.snapshot()  # for the baseline: the state the burst starts from

        def burst() -> None:
            while driver.sim_status().cursor - start < args.events:
                driver.sim_advance(60)

        probe = GapProbe()
        probe.start()
        t0 = time.perf_counter()
        thread = threading.Thread(target=burst)
        thread.start()
        while thread.is_alive():
            app.processEvents()
            time.sleep(0.001)
        target = driver.sim_status().cursor
        ok = wait_until(app, lambda: sync.cursor >= target, 120)
        wait_until(app, lambda: False, 0.5)  # the repaint after the last page
        max_ms, p99_ms = probe.stop()
        elapsed = time.perf_counter() - t0
        events = target - start
        if not ok:
            print(f"the console only reached cursor {sync.cursor} of {target}")
            return 1
        print(f"worker: {events:,} events in {elapsed:.1f} s; GUI loop max gap {max_ms:.1f} ms, p99 {p99_ms:.1f} ms")

        pages = []
        cursor = start
        while cursor < target:
            page = driver.changes(cursor, limit=2000)
            pages.append(page)
            cursor = page.cursor
        window.close()
        sync.stop()
        driver.close()

    store = LiveStore()
    store.load(before)
    probe.start()
    def replay() -> None:  # every page at once, as a reconnect delivers them, each followed by a read
        for p in pages:
            store.apply(p)
            store.metrics()

    QTimer.singleShot(20, replay)
    wait_until(app, lambda: False, 0.5)
    baseline_max_ms, _ = probe.stop()
    print(f"baseline: the same {len(pages)} pages applied on the GUI thread: max gap {baseline_max_ms:.0f} ms")
    print(summary("stall", max_ms=max_ms, p99_ms=p99_ms, baseline_max_ms=baseline_max_ms, events=events))
    return 0

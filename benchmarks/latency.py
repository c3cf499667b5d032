"""Event-to-screen latency: a ticket change on the simulator until the tile showing it has repainted.

The real console window (offscreen) follows a paused simulator. Each trial unassigns or re-assigns one
open ticket through the API from another thread (the "Waiting" count moves by one) and measures from
just before the request until the Waiting tile has painted the new number. Done twice in one run: with
the Server-Sent Events stream (what the console uses) and, as the baseline, with long-poll.

Summary: ``latency: median_ms=... p95_ms=... baseline_median_ms=... trials=...`` (target median < 1 s).
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

from api_client.feed import FeedState
from benchmarks._common import SimProcess, summary, wait_until
from benchmarks._qt import application
from console.qt import text as fmt
from console.qt.sync import SyncController
from console.ui.main_window import MainWindow


class PaintWatch(QObject):
    """Notes when a label paints a given text."""

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.label = label
        self.expected = ""
        self.painted_at: float | None = None
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.painted_at is None and self.label.text().endswith(
                self.expected):
            self.painted_at = time.perf_counter()
        return False


def trials(app: QApplication, sim: SimProcess, count: int, stream: bool) -> list[float]:
    """Milliseconds from the API call to the repaint, ``count`` times."""
    sync = SyncController(lambda: sim.client(), prefer_stream=stream)
    window = MainWindow(sync)
    window.show()
    sync.start()
    if not wait_until(app, lambda: window.status.state is FeedState.LIVE and sync.has_data, 60):
        raise RuntimeError("the console did not go live")
    driver = sim.client()
    agent = driver.snapshot().agents[0].id
    tile = window.overview.tiles["waiting"]
    watch = PaintWatch(tile.value)
    results = []
    for _ in range(count):
        wait_until(app, lambda: False, 0.05)
        ticket = next(t for t in driver.snapshot().tickets if t.status == "open")
        now = sync.metrics()
        assert now is not None, "the console has data: it showed the tile"
        waiting = now.waiting
        assignee = None if ticket.assignee_id else agent
        watch.expected = fmt.count(waiting + (1 if assignee is None else -1))
        watch.painted_at = None
        t0 = time.perf_counter()
        threading.Thread(target=driver.assign, args=(ticket.id, ticket.version, assignee)).start()
        if not wait_until(app, lambda: watch.painted_at is not None, 10):
            raise RuntimeError(f"the tile never showed {watch.expected}")
        results.append((watch.painted_at - t0) * 1000)  # type: ignore[operator]
    window.close()
    sync.stop()
    driver.close()
    return results


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks latency", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="5 trials each, for tests")
    p.add_argument("--trials", type=int, default=None)
    args = p.parse_args(argv)
    count = args.trials or (5 if args.quick else 30)
    app = application()
    with SimProcess(agents=60) as sim:
        sse = trials(app, sim, count, stream=True)
        poll = trials(app, sim, count, stream=False)
    sse.sort()
    p95 = sse[min(len(sse) - 1, int(len(sse) * 0.95))]
    print(f"SSE: median {statistics.median(sse):.0f} ms, p95 {p95:.0f} ms, max {sse[-1]:.0f} ms; "
          f"long-poll: median {statistics.median(poll):.0f} ms")
    print(summary("latency", median_ms=statistics.median(sse), p95_ms=p95,
                  baseline_median_ms=statistics.median(poll), trials=count))
    return 0

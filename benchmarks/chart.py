"""Dashboard chart frame time: LiveChart vs plain pyqtgraph, 50 series x 3,600 points in a 1280x720 widget offscreen.

One frame = append one new sample to every series, push the data to the curves, and repaint the whole viewport
(``viewport().repaint()``, synchronous). Every sample of the hour is in view (1 s steps, a 3,600 s window).
Each configuration is timed in ``--widgets`` fresh widgets (interleaved with the baseline, so drift on a
shared machine hits both alike): median frame time over ``--frames`` frames after ``--warmup`` untimed ones,
then the median over the widgets.

* ``LiveChart``: as the dashboard uses it (lines, 1 px pens at 50 series, legend under the plot).
* baseline "plain pyqtgraph": a ``PlotWidget`` with one ``PlotDataItem`` per series, default settings
  (auto-range on, no downsampling, no clipping), ``setData`` of the full arrays every frame.

Summary: ``chart: ms=... baseline_ms=... ratio=... series=... points=...`` with ``ratio = baseline_ms / ms``
(>1: LiveChart is faster). A detail line above it gives LiveChart in stacked mode (one widget).
"""

from __future__ import annotations

import argparse
import gc
import os
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks._common import median, summary
from benchmarks._qt import application
from widgets.live_chart import LiveChart
from widgets.theme import LIGHT

T0 = 1_795_428_000.0  # 2026-11-23 10:00 UTC
SIZE = (1280, 720)


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks chart", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="10 series x 600 points, fewer frames, for tests")
    p.add_argument("--series", type=int, default=None, help="series (default 50)")
    p.add_argument("--points", type=int, default=None, help="samples per series, all in view (default 3600)")
    p.add_argument("--frames", type=int, default=None, help="timed frames per widget (default 40, at least 30)")
    p.add_argument("--warmup", type=int, default=None, help="untimed frames first (default 5)")
    p.add_argument("--widgets", type=int, default=3, help="fresh widgets per configuration (default 3)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    args.series = args.series or (10 if args.quick else 50)
    args.points = args.points or (600 if args.quick else 3600)
    args.frames = args.frames or (8 if args.quick else 40)
    args.warmup = args.warmup if args.warmup is not None else (2 if args.quick else 5)
    if args.series < 1 or args.points < 2 or args.widgets < 1:
        p.error("--series, --widgets must be >= 1 and --points >= 2")
    if not args.quick and args.frames < 30:
        p.error("--frames must be at least 30 (or use --quick)")
    return args


class Data:
    """Random walks like queue depths (>= 0), the same for every configuration; ``next()`` gives new samples."""

    def __init__(self, series: int, points: int, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.t = T0 + np.arange(points, dtype=float)
        level = self.rng.uniform(2, 30, (series, 1))
        self.v = np.abs(level + np.cumsum(self.rng.normal(0, 0.3, (series, points)), axis=1))
        self.last_t = float(self.t[-1])
        self.last_v = self.v[:, -1].copy()

    def next(self) -> tuple[float, np.ndarray]:
        self.last_t += 1.0
        self.last_v = np.abs(self.last_v + self.rng.normal(0, 0.3, self.last_v.size))
        return self.last_t, self.last_v


def live_chart(data: Data, stacked: bool = False) -> tuple[QWidget, Callable[[], None]]:
    names = [f"Queue {i + 1}" for i in range(data.v.shape[0])]
    chart = LiveChart("Waiting per queue", names, capacity=data.t.size, window_s=float(data.t.size - 1),
                      stacked=stacked)
    chart.stop()  # frames are driven here, not by the timer
    chart.set_history(data.t, data.v.T)

    def frame() -> None:
        chart.append(*data.next())
        chart.refresh()
        chart.plot.viewport().repaint()

    return chart, frame


def baseline(data: Data) -> tuple[QWidget, Callable[[], None]]:
    plot = pg.PlotWidget()
    curves = [plot.plot(pen=pg.mkPen(LIGHT.series[i % len(LIGHT.series)])) for i in range(data.v.shape[0])]
    t, v = data.t.copy(), data.v.copy()

    def frame() -> None:
        new_t, new_v = data.next()
        t[:-1] = t[1:]
        t[-1] = new_t
        v[:, :-1] = v[:, 1:]
        v[:, -1] = new_v
        for i, curve in enumerate(curves):
            curve.setData(t, v[i])
        plot.viewport().repaint()

    return plot, frame


def time_widget(app: QApplication, make: Callable[[], tuple[QWidget, Callable[[], None]]],
                args: argparse.Namespace) -> float:
    """Median ms per frame in one fresh widget."""
    widget, frame = make()
    widget.resize(*SIZE)
    widget.show()
    app.processEvents()
    for _ in range(args.warmup):
        frame()
    gc.collect()
    times = []
    for _ in range(args.frames):
        started = time.perf_counter()
        frame()
        times.append((time.perf_counter() - started) * 1000)
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    return median(times)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    app = application()
    print(f"{args.series} series x {args.points} points, {SIZE[0]}x{SIZE[1]} offscreen, "
          f"{args.frames} frames after {args.warmup} warm-up, {args.widgets} fresh widgets each")
    ours: list[float] = []
    base: list[float] = []
    for round_ in range(args.widgets):
        seed = args.seed + round_
        makers = [("chart", ours, lambda s=seed: live_chart(Data(args.series, args.points, s))),
                  ("baseline", base, lambda s=seed: baseline(Data(args.series, args.points, s)))]
        for name, results, make in makers if round_ % 2 == 0 else reversed(makers):
            results.append(time_widget(app, make, args))
            print(f"widget {round_ + 1}/{args.widgets}: {name} {results[-1]:.1f} ms/frame")
    stacked_ms = time_widget(app, lambda: live_chart(Data(args.series, args.points, args.seed), stacked=True), args)
    ms, baseline_ms = median(ours), median(base)
    print(f"detail: LiveChart stacked {stacked_ms:.1f} ms/frame (one widget)")
    print(f"medians: LiveChart {ms:.1f} ms/frame, plain pyqtgraph {baseline_ms:.1f} ms/frame")
    print(summary("chart", ms=ms, baseline_ms=baseline_ms, ratio=baseline_ms / ms, series=args.series,
                  points=args.points))
    return 0

"""A live time-series chart on pyqtgraph: ring-buffered series, repainted on a timer, never per event."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from widgets.ring_buffer import RingBuffer

# Okabe-Ito: distinguishable for colour-blind viewers.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")


class LiveChart(QWidget):
    """Named series sharing one time axis (epoch seconds). Call :meth:`append`, it repaints by itself."""

    def __init__(self, title: str, series: Sequence[str], *, capacity: int = 86_400, fps: float = 2.0,
                 window_s: float | None = 3600.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.plot.setBackground(None)
        self.plot.setTitle(title)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.addLegend(offset=(-8, 8), brush=pg.mkBrush(255, 255, 255, 210), labelTextColor="#344054")
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.window_s = window_s
        self.buffer = RingBuffer(capacity, len(series))
        self.curves = [
            self.plot.plot(name=name, pen=pg.mkPen(QColor(PALETTE[i % len(PALETTE)]), width=1))
            for i, name in enumerate(series)
        ]
        for curve in self.curves:
            curve.setSkipFiniteCheck(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._dirty = False
        self.frames = 0
        self._timer = QTimer(self)
        self._timer.setInterval(int(1000 / fps))
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def append(self, t: float, values: Sequence[float]) -> None:
        """Add one sample per series at time ``t``."""
        self.buffer.append(t, np.asarray(values, dtype=float))
        self._dirty = True

    def refresh(self) -> None:
        """Push buffered data to the curves if anything changed (the timer calls this)."""
        if not self._dirty:
            return
        self._dirty = False
        t, v = self.buffer.arrays()
        for i, curve in enumerate(self.curves):
            curve.setData(t, v[:, i])
        if self.window_s is not None and t.size:
            self.plot.setXRange(max(t[0], t[-1] - self.window_s), t[-1], padding=0.02)
        self.frames += 1

    def stop(self) -> None:
        self._timer.stop()

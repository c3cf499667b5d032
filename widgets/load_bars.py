"""Agent load as bars: active work against capacity, coloured by state, one bar per agent or team."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from widgets import theme as themes
from widgets.bar import Bar

LABEL_PX = 90  # width to allow for one bar label
# Okabe-Ito colours per state: distinguishable for colour-blind viewers.
STATE_COLOURS = {"available": "#009E73", "busy": "#0072B2", "after_call_work": "#E69F00",
                 "break": "#CC79A7", "offline": "#999999", "overloaded": "#D55E00"}

CAPACITY_WIDTH = 0.8  # of a bar slot (bars are 0.7 wide: the line shows past both edges, apart from the next)

class LoadBars(QWidget):
    """Bars of active work with the capacity drawn as a line above each; click a bar to pick it."""

    bar_clicked = Signal(str)
    """Emitted with the bar's key when the user clicks a bar (for drill-down)."""

    def __init__(self, title: str, colours: themes.Theme | None = None, parent: QWidget | None = None) -> None:
        """``colours``: fixed colours (its owner styles the rest, as the wall does); ``None`` follows the theme."""
        super().__init__(parent)
        self._colours = colours or themes.current()
        self.plot = pg.PlotWidget()
        self.plot.setBackground(None)
        self.set_title(title)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.15)
        self.plot.setLabel("left", "")
        self._bars = pg.BarGraphItem(x=[], height=[], width=0.7)
        # Capacity: a line as wide as its bar (in data units, so it scales with the chart on any screen).
        self._capacity = pg.PlotDataItem(connect="pairs", pen=pg.mkPen(self._colours.chart_text, width=3))
        self.plot.addItem(self._bars)
        self.plot.addItem(self._capacity)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.legend = QLabel()
        self.legend.setObjectName("LoadLegend")
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # one line, never a tall wrap
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        layout.addWidget(self.legend)
        self.bars: list[Bar] = []
        if colours is None:
            themes.notifier.changed.connect(self._theme_changed)

    def set_legend(self, names: dict[str, str]) -> None:
        """Name each colour in use (``names``: state -> text); the legend lists the states on screen."""
        shown = {b.state if b.active <= b.capacity else "overloaded" for b in self.bars}
        items = [f'<span style="color:{STATE_COLOURS[s]}">■</span>&nbsp;{names.get(s, s)}'
                 for s in STATE_COLOURS if s in shown]
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(items))

    def set_capacity_pen(self, colour: str, width: float) -> None:
        """The capacity lines' colour and thickness in pixels (a wall draws them thicker and lighter)."""
        self._capacity.setPen(pg.mkPen(colour, width=width))

    def _theme_changed(self, theme: themes.Theme) -> None:
        self._colours = theme
        label = self.plot.getPlotItem().titleLabel
        label.setText(label.text, color=theme.chart_text)
        self._capacity.setPen(pg.mkPen(theme.chart_text, width=3))
        self.plot.resetCachedContent()  # the view caches its background, which is the window's

    def set_title(self, title: str) -> None:
        self.plot.setTitle(title, color=self._colours.chart_text, size="11pt")

    def set_bars(self, bars: Sequence[Bar]) -> None:
        """Replace the bars (cheap: one item update)."""
        self.bars = list(bars)
        x = np.arange(len(self.bars), dtype=float)
        active = np.array([b.active for b in self.bars], dtype=float)
        cap = np.array([b.capacity for b in self.bars], dtype=float)
        brushes = [QColor(STATE_COLOURS["overloaded" if b.active > b.capacity else b.state]) for b in self.bars]
        # No bars (nobody signed in at night): no brush and pen lists, which pyqtgraph 0.13 cannot take empty.
        self._bars.setOpts(x=x, height=active, width=0.7, brushes=brushes or None,
                           pens=[pg.mkPen(None)] * len(brushes) if brushes else None)
        half = CAPACITY_WIDTH / 2
        self._capacity.setData(x=np.column_stack([x - half, x + half]).ravel(), y=np.repeat(cap, 2))
        axis = self.plot.getAxis("bottom")
        font = axis.style.get("tickFont") or QFont()
        widest = max((QFontMetrics(font).horizontalAdvance(b.label) for b in self.bars), default=0)
        room = max(1, self.plot.width() // max(LABEL_PX, widest + 12))  # labels that fit side by side
        step = max(1, math.ceil(len(self.bars) / room))
        axis.setTicks([[(i, b.label) for i, b in enumerate(self.bars) if i % step == 0]])
        top = max(float(cap.max(initial=1)), float(active.max(initial=1))) * 1.15
        self.plot.setXRange(-0.6, max(len(self.bars) - 0.4, 0.4), padding=0)
        self.plot.setYRange(0, top, padding=0)
        # Tickets are whole: steps of 1 while they are few enough to label, pyqtgraph's own spacing above.
        self.plot.getAxis("left").setTickSpacing(*((1.0, 1.0) if top <= 10 else (None, None)))

    def _clicked(self, event: object) -> None:
        pos = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())  # type: ignore[attr-defined]
        i = round(pos.x())
        if 0 <= i < len(self.bars) and 0 <= pos.y() <= max(self.bars[i].active, self.bars[i].capacity):
            self.bar_clicked.emit(self.bars[i].key)

"""A live time-series chart on pyqtgraph: ring-buffered series, repainted on a timer, never per event.

Lines or stacked areas on one time axis, a y range that moves only when it must (no jitter on a wall display),
an optional dashed target line, per-series visibility for filters, and a click signal for drill-down.

Cheap to repaint: pyqtgraph's auto-range is off (the chart sets both ranges itself), only the samples in the
x window go to the curves, as views of the ring buffer (no copy), and the curves are given their bounds instead
of rescanning the data. Long windows are peak-downsampled to about two points per pixel.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QResizeEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QVBoxLayout, QWidget

from widgets import theme as themes
from widgets.ring_buffer import RingBuffer
from widgets.theme import Theme

NICE_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
HEADROOM = 1.15  # a new y limit leaves 15 % above the data
GROW_AT = 0.95  # the limit grows once the data reaches 95 % of it ...
SHRINK_AT = 0.35  # ... and shrinks once the data falls below 35 % of it
FILL_ALPHA = 110  # stacked areas: translucent fill of the series colour (0-255)
CLICK_PX = 8.0  # a click this close to a curve picks it
EDGE_PX = 20  # at least this much room around the data, so the end tick labels (0, 100 %, 10:00) fit
COUNT_TOP = 4.0  # the least top of the y axis for whole numbers
LEGEND_SAMPLE_PX = 40  # a legend entry's swatch and spacing besides its text
THICK_MAX_SERIES = 8  # line_width=None: 2 px lines up to this many series, 1 px above (wide pens cost ~7x)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k that is >= ``value`` (``value`` > 0)."""
    base = 10.0 ** math.floor(math.log10(value))
    for step in NICE_STEPS:
        if step * base >= value * (1 - 1e-12):
            return step * base
    return 10.0 * base


def sticky_limit(current: float | None, need: float, empty: float) -> float:
    """A y limit for data reaching ``need`` (>= 0): ``current`` while the data uses 35-95 % of it, else a new
    nice limit with headroom; ``empty`` when there is nothing to show."""
    if not need > 0:
        return empty
    if current is not None and current > 0 and SHRINK_AT * current <= need <= GROW_AT * current:
        return current
    return nice_ceiling(need * HEADROOM)


def peak_downsample(x: np.ndarray, y: np.ndarray, ds: int) -> tuple[np.ndarray, np.ndarray]:
    """Groups of ``ds`` samples as (max, min) pairs, aligned to the newest sample (which is always kept)."""
    n = x.size // ds
    off = x.size - n * ds
    xs = np.repeat(x[off + ds // 2::ds][:n], 2)
    groups = y[off:].reshape(n, ds)
    ys = np.empty((n, 2))
    groups.max(axis=1, out=ys[:, 0])
    groups.min(axis=1, out=ys[:, 1])
    return xs, ys.reshape(-1)


class _Curve(pg.PlotCurveItem):
    """A curve told its data bounds by the chart (which computes them anyway), so repaints need no rescans."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._bounds: tuple[tuple[float, float], tuple[float, float]] | None = None
        self.fill: QGraphicsPathItem | None = None  # the stacked band under this curve, if any

    @property
    def band(self) -> QGraphicsPathItem:
        """The stacked band under this curve (every curve of a stacked chart has one)."""
        if self.fill is None:
            raise RuntimeError(f"{self.name()!r} is not a series of a stacked chart")
        return self.fill

    def show_data(self, x: np.ndarray, y: np.ndarray, bounds: tuple[tuple[float, float], tuple[float, float]] | None,
                  finite: bool) -> None:
        self._bounds = bounds
        self.setData(x, y, connect="all" if finite else "finite", skipFiniteCheck=finite)

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange: object = None) -> tuple:  # noqa: N802, N803
        if self._bounds is not None and frac >= 1.0 and orthoRange is None:
            return self._bounds[ax]
        return super().dataBounds(ax, frac, orthoRange)


class _BandSample(ItemSample):
    """Legend swatch of a stacked series: a filled square in the band's colour."""

    def paint(self, p: QPainter, *args: object) -> None:
        fill = getattr(self.item, "fill", None)
        if fill is None or not self.item.isVisible():
            super().paint(p, *args)
            return
        p.setPen(self.item.opts["pen"])
        p.setBrush(fill.brush())
        p.drawRect(QRectF(3, 3, 14, 14))


class LiveChart(QWidget):
    """Named series sharing one time axis (epoch seconds, shown in UTC). Call :meth:`append`; it repaints by itself.

    ``stacked``: series drawn as stacked translucent areas (cumulative sums; a missing value counts as 0).
    ``y_max``: fixes the top of the y axis (e.g. 100 for percentages); otherwise it follows the data with
    headroom, changing only when the data nears the top or falls well below it.
    ``line_width``: 1 or 2 px; ``None`` picks 2 for up to 8 series and 1 above (wide pens are slow to draw).
    ``counts``: the values are whole numbers (tickets, agents): the y axis shows no fractions.
    ``colours``: fixed colours (its owner styles the rest, as the wall does); ``None`` follows the console's theme.
    """

    point_clicked = Signal(str, float)
    """(series name, time of the nearest sample in epoch seconds): the user clicked on or near a line, or inside
    a stacked area, with the left mouse button (for drill-down). Mouse only: the chart offers no keyboard path."""

    def __init__(self, title: str, series: Sequence[str], *, capacity: int = 86_400, fps: float = 2.0,
                 window_s: float | None = 3600.0, stacked: bool = False, y_max: float | None = None,
                 line_width: float | None = None, counts: bool = False, colours: Theme | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme = colours or themes.current()
        self.window_s = window_s
        self.counts = counts
        self.stacked = stacked
        self.y_max = y_max
        self.buffer = RingBuffer(capacity, len(series))
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.plot.setBackground(None)
        self.plot.setTitle(title, size="11pt")
        self.plot.showGrid(x=True, y=True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.disableAutoRange()
        item = self.plot.getPlotItem()
        self._vb = item.vb
        tick_font = QFont()
        tick_font.setPointSizeF(10)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            # Opaque grid lines (Qt's raster engine draws translucent lines ~15x slower: 20+ ms a frame), at the
            # labelled ticks and one level between, drawn under the data (the axes normally paint over it).
            axis.setStyle(tickFont=tick_font, tickAlpha=255, maxTickLevel=1)
            axis.setZValue(self._vb.zValue() - 1)
        # The legend sits under the x axis, in as many columns as fit: never over the data.
        self.legend = pg.LegendItem(offset=None, labelTextSize="10pt",
                                    sampleType=_BandSample if stacked else None)
        item.layout.addItem(self.legend, 4, 1)
        item.legend = self.legend  # PlotItem.addItem lists named curves in it
        self._legend_key: tuple = ()
        width = line_width if line_width is not None else (2 if len(series) <= THICK_MAX_SERIES else 1)
        self.curves: list[_Curve] = []
        for name in series:
            curve = _Curve(pen=pg.mkPen(width=width), name=name, antialias=False, skipFiniteCheck=True)
            if stacked:
                curve.fill = QGraphicsPathItem()
                curve.fill.setPen(pg.mkPen(None))
                curve.fill.setZValue(-1)
                self._vb.addItem(curve.fill, ignoreBounds=True)
            self.plot.addItem(curve)
            curve.visibleChanged.connect(self._visibility_changed)
            self.curves.append(curve)
        self.target_line = pg.InfiniteLine(
            angle=0, movable=False, label="", labelOpts={"position": 0.01, "anchors": [(0, 0), (0, 1)]})
        self.target_line.setZValue(10)
        self.target_line.hide()
        self._vb.addItem(self.target_line, ignoreBounds=True)
        self.target: float | None = None
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.set_colours(theme)
        if colours is None:
            themes.notifier.changed.connect(self.set_colours)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

        # What the curves show (set by refresh; the click hit test reads it).
        self._x = np.empty(0)
        self._upper: dict[int, np.ndarray] = {}
        self._lower: dict[int, np.ndarray | None] = {}
        self._stack = np.empty((len(series), 0))  # cumulative sums, reused between frames
        self._top: float | None = None
        self._bottom: float | None = None
        self.y_limits = (0.0, 1.0)
        self._y_pad = -1.0
        self._dirty = False
        self.frames = 0
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(1000 / fps)))
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._apply_y_range(0.0, 0.0)

    # ---------------------------------------------------------------- data in
    def append(self, t: float, values: Sequence[float] | np.ndarray) -> None:
        """Add one sample per series at time ``t`` (epoch seconds, increasing)."""
        self.buffer.append(t, values)
        self._dirty = True

    def set_history(self, t: np.ndarray | Sequence[float], values: np.ndarray | Sequence[Sequence[float]]) -> None:
        """Replace all samples: ``t`` of length n, ``values`` of shape (n, series)."""
        self.buffer.replace(t, values)
        self._dirty = True

    def clear(self) -> None:
        """Drop all samples and empty the chart now."""
        self.buffer.clear()
        self._top = self._bottom = None
        self._dirty = True
        self.refresh()

    # ---------------------------------------------------------------- options
    def set_target(self, value: float | None, label: str = "") -> None:
        """A dashed horizontal line at ``value`` labelled ``label`` and the value (e.g. "target 80"); None hides it."""
        self.target = value
        if value is None:
            self.target_line.hide()
        else:
            text = f"{label} {value:g}".strip().replace("{", "{{").replace("}", "}}")
            self.target_line.label.format = text
            self.target_line.setValue(value)
            self.target_line.show()
            self.target_line.label.valueChanged()
        self._dirty = True

    def set_colours(self, theme: Theme) -> None:
        """Draw in ``theme``'s chart colours: title, axes, grid, legend, series and target line."""
        item = self.plot.getPlotItem()
        item.titleLabel.setText(item.titleLabel.text, color=theme.chart_text)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTextPen(theme.axis_text)
            axis.setPen(theme.axis_line)
            axis.setTickPen(pg.mkPen(theme.chart_grid))
        self.legend.setLabelTextColor(theme.chart_text)
        for _, label in self.legend.items:
            label.setText(label.text, color=theme.chart_text)
        for i, curve in enumerate(self.curves):
            colour = QColor(theme.series[i % len(theme.series)])
            curve.setPen(pg.mkPen(colour, width=curve.opts["pen"].widthF()))
            if curve.fill is not None:
                colour.setAlpha(FILL_ALPHA)
                curve.fill.setBrush(QBrush(colour))
        self.target_line.setPen(pg.mkPen(theme.chart_text, width=2, style=Qt.PenStyle.DashLine))
        self.target_line.label.setColor(theme.chart_text)
        fill = QColor(theme.label_fill)
        fill.setAlpha(200)
        self.target_line.label.fill = pg.mkBrush(fill)
        self.target_line.label.update()
        self._legend_key = ()  # legend entries are cached as pixmaps: measure and draw them again
        self.plot.resetCachedContent()  # the view caches its background, which is the window's

    def set_series_visible(self, name: str, visible: bool) -> None:
        """Show or hide the series called ``name`` (hidden series leave the stack and the y range)."""
        found = [c for c in self.curves if c.name() == name]
        if not found:
            raise KeyError(name)
        for curve in found:
            curve.setVisible(visible)

    def _visibility_changed(self) -> None:
        # Also reached through the legend, whose swatches toggle their series. Redraw at once: a curve shown
        # again must not show data from before it was hidden.
        self._dirty = True
        self.refresh()

    # ---------------------------------------------------------------- drawing
    def refresh(self) -> None:
        """Push buffered data to the curves if anything changed (the timer calls this)."""
        if not self._dirty:
            return
        self._dirty = False
        self.frames += 1
        t, v = self.buffer.view()
        if not t.size:
            self._show_nothing()
            return
        lo = self._set_x_range(t)
        x = t[lo:]
        visible = [i for i, c in enumerate(self.curves) if c.isVisible()]
        self._x = x
        if self.stacked:
            self._stack_rows(v[:, lo:], visible)
        else:
            self._upper, self._lower = {i: v[i, lo:] for i in visible}, {}
        ds = self._downsample_factor(x.size, 2)
        xd = x if ds == 1 else peak_downsample(x, x, ds)[0]
        x_bounds = (float(x[0]), float(x[-1]))
        y_min, y_max = math.inf, -math.inf
        for i, y in self._upper.items():
            mn, mx = float(y.min()), float(y.max())  # NaN if any value is
            finite = not (math.isnan(mn) or math.isnan(mx))
            if not finite:
                ok = y[np.isfinite(y)]
                mn, mx = (float(ok.min()), float(ok.max())) if ok.size else (math.nan, math.nan)
            has_data = not math.isnan(mn)
            if has_data:
                y_min, y_max = min(y_min, mn), max(y_max, mx)
            yd = y if ds == 1 else peak_downsample(x, y, ds)[1]
            self.curves[i].show_data(xd, yd, (x_bounds, (mn, mx)) if has_data else None, finite)
        if self.stacked:
            self._draw_bands(x)
        if self.target is not None:
            y_min, y_max = min(y_min, self.target), max(y_max, self.target)
        self._apply_y_range(y_min, y_max)
        self._fit_legend()

    def _stack_rows(self, values: np.ndarray, visible: list[int]) -> None:
        """Cumulative sums of the visible series (missing values as 0) into a buffer reused between frames."""
        n = values.shape[1]
        if self._stack.shape[1] < n:
            self._stack = np.empty((len(self.curves), max(n, 2 * self._stack.shape[1])))
        self._upper, self._lower = {}, {}
        below: np.ndarray | None = None
        for i in visible:
            row = self._stack[i, :n]
            np.copyto(row, values[i])
            np.nan_to_num(row, copy=False, nan=0.0)
            if below is not None:
                row += below
            self._upper[i], self._lower[i] = row, below
            below = row

    def _draw_bands(self, x: np.ndarray) -> None:
        """Fill each visible band between its cumulative sum and the one below, at most one point per pixel.

        Neighbouring bands share their edge (the largest value of each group of samples), so they neither
        overlap nor leave gaps; the lines on top keep every sample.
        """
        ds = self._downsample_factor(x.size, 1)
        n = x.size // ds
        off = x.size - n * ds
        edge_x = x[off + ds - 1::ds]
        poly_x = np.concatenate((edge_x, edge_x[::-1]))
        poly_y = np.empty(poly_x.size)
        below: np.ndarray | None = None
        for i, row in self._upper.items():
            edge = row[off:] if ds == 1 else row[off:].reshape(n, ds).max(axis=1)
            poly_y[:n] = edge
            poly_y[n:] = 0.0 if below is None else below[::-1]
            self.curves[i].band.setPath(pg.arrayToQPath(poly_x, poly_y, connect="all"))
            below = edge
        for i, curve in enumerate(self.curves):
            curve.band.setVisible(i in self._upper)

    def _show_nothing(self) -> None:
        empty = np.empty(0)
        self._x, self._upper, self._lower = empty, {}, {}
        for curve in self.curves:
            curve.show_data(empty, empty, None, True)
            if curve.fill is not None:
                curve.fill.setPath(QPainterPath())
        target = self.target if self.target is not None else 0.0
        self._apply_y_range(min(0.0, target), max(0.0, target))

    def _set_x_range(self, t: np.ndarray) -> int:
        """Show the last ``window_s`` (or everything); returns the index of the first sample to draw."""
        last = float(t[-1])
        first = float(t[0]) if self.window_s is None else max(float(t[0]), last - self.window_s)
        if last <= first:
            first = last - 60.0
        pad = (last - first) * self._pad_fraction(self._vb.width())
        self.plot.setXRange(first - pad, last + pad, padding=0)
        # One sample left of the view, so the line enters from the edge.
        return max(int(np.searchsorted(t, first - pad)) - 1, 0)

    def _downsample_factor(self, n: int, per_pixel: int) -> int:
        """Group size so that ``n`` samples become about ``per_pixel`` points per pixel (1: every sample)."""
        width = int(self._vb.width())
        if width < 50:  # not laid out yet; resizing marks the chart dirty again
            return 1
        return max(1, n // (per_pixel * width))

    def _apply_y_range(self, lowest: float, highest: float) -> None:
        """From 0 (or a nice negative limit) to ``y_max`` or a nice limit above the data; set only on change."""
        highest = 0.0 if not math.isfinite(highest) else highest
        lowest = 0.0 if not math.isfinite(lowest) else lowest
        self._top = self.y_max if self.y_max is not None else sticky_limit(self._top, max(highest, 0.0), 1.0)
        self._bottom = sticky_limit(self._bottom, max(-lowest, 0.0), 0.0)
        if self.counts and self._top < COUNT_TOP:  # 0..4 in steps of 1 rather than 0.2 steps up to 1
            self._top = COUNT_TOP
        limits = (-self._bottom if self._bottom else 0.0, self._top)
        pad = self._pad_fraction(self._vb.height())
        if limits != self.y_limits or pad != self._y_pad:
            self.y_limits, self._y_pad = limits, pad
            self.plot.setYRange(*limits, padding=pad)
            if self.counts:  # whole steps while they are few enough to label; pyqtgraph's own spacing above
                spacing = (1.0, 1.0) if limits[1] - limits[0] <= 2 * COUNT_TOP else (None, None)
                self.plot.getAxis("left").setTickSpacing(*spacing)

    @staticmethod
    def _pad_fraction(pixels: float) -> float:
        """Room on each side of a range, as a fraction of it: 2 %, and at least EDGE_PX."""
        return 0.02 if pixels <= 0 else min(0.2, max(0.02, EDGE_PX / pixels))

    def _fit_legend(self) -> None:
        """As many legend columns as the widest entry allows (the dashboard may rename entries)."""
        labels = [label for _, label in self.legend.items]
        key = (self.width(), tuple(label.text for label in labels))
        if key == self._legend_key or not labels:
            return
        self._legend_key = key
        for sample, label in self.legend.items:  # text is slow to draw: keep each entry as a pixmap
            sample.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        widest = max(label.item.boundingRect().width() for label in labels) + LEGEND_SAMPLE_PX
        columns = max(1, min(len(labels), int(max(self.width() - 60, 0) // widest)))
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._dirty = True  # the downsampling factor and the legend's columns follow the width
        super().resizeEvent(event)
        self._fit_legend()

    # ---------------------------------------------------------------- clicks
    def _clicked(self, event: MouseClickEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double() or not self._x.size:
            return
        pos = event.scenePos()
        if not self._vb.sceneBoundingRect().contains(pos):
            return  # axes, title, legend (whose swatches toggle their series)
        point = self._vb.mapSceneToView(pos)
        hit = self.series_at(point.x(), point.y())
        if hit is not None:
            self.point_clicked.emit(self.curves[hit[0]].name() or "", hit[1])

    def series_at(self, x: float, y: float) -> tuple[int, float] | None:
        """(series index, time of the nearest sample) at view coordinates ``x``, ``y``, or None.

        Inside a stacked area picks that series; otherwise the line closest to the point within 8 px.
        """
        xs = self._x
        if not xs.size or not self._upper:
            return None
        px_w, px_h = self._vb.viewPixelSize()
        if not (px_w > 0 and px_h > 0):  # not laid out
            return None
        j = int(np.clip(np.searchsorted(xs, x), 1, xs.size - 1)) if xs.size > 1 else 0
        nearest = j if xs.size == 1 or abs(xs[j] - x) < abs(xs[j - 1] - x) else j - 1
        if self.stacked:
            for i in reversed(self._upper):
                top = float(np.interp(x, xs, self._upper[i]))
                lower = self._lower[i]
                bottom = 0.0 if lower is None else float(np.interp(x, xs, lower))
                if min(top, bottom) <= y <= max(top, bottom) and xs[0] <= x <= xs[-1]:
                    return i, float(xs[nearest])
        a, b = x - CLICK_PX * px_w, x + CLICK_PX * px_w
        if b < xs[0] or a > xs[-1]:
            return None
        i0, i1 = int(np.searchsorted(xs, a)), int(np.searchsorted(xs, b, side="right"))
        best: tuple[float, int] | None = None
        for i, ys in self._upper.items():
            near = np.concatenate((ys[i0:i1], np.interp([a, b], xs, ys)))
            near = near[np.isfinite(near)]
            if not near.size:
                continue
            lo, hi = float(near.min()), float(near.max())
            distance = 0.0 if lo <= y <= hi else min(abs(y - lo), abs(y - hi)) / px_h
            if distance <= CLICK_PX and (best is None or distance <= best[0]):
                best = (distance, i)
        return None if best is None else (best[1], float(xs[nearest]))

    def stop(self) -> None:
        self._timer.stop()


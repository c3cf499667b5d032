"""One wall page: a grid of KPI tiles, live charts and agent load bars, reusing the dashboard's widgets."""

from __future__ import annotations

import dataclasses
import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from console.core.charts import ChartData, agent_bars
from console.core.metrics import AgentLoad, Filter, Metrics
from console.core.thresholds import DEFAULTS, Threshold
from console.qt import text as fmt
from console.ui.wall import layout as spec
from console.ui.wall.sizing import TypeScale
from widgets.kpi_tile import KpiTile
from widgets.live_chart import LiveChart
from widgets.load_bars import LoadBars
from widgets.severity import Severity
from widgets.theme import LIGHT, OKABE_ITO

TEXT = "#e6edf3"
AXIS_TEXT = "#c9d1d9"
AXIS_LINE = "#6e7681"
GRID = "#30363d"
# The wall is dark whatever the console's theme: its charts keep these colours (_restyle sets the rest).
COLOURS = dataclasses.replace(LIGHT, series=OKABE_ITO)
STALE_OPACITY = 0.35  # charts keep their last picture when stale, faded


def _tr(text: str) -> str:
    return QCoreApplication.translate("WallTiles", text)


def metric_title(metric: str) -> str:
    titles = {
        "waiting": _tr("Waiting"),
        "longest_wait": _tr("Longest wait"),
        "service_level": _tr("Service level"),
        "breached": _tr("SLA breached"),
        "at_risk": _tr("At risk"),
        "agents_available": _tr("Agents available"),
        "csat": _tr("CSAT"),
        "backlog": _tr("Unresolved"),
        "occupancy": _tr("Occupancy"),
        "asa": _tr("Speed of answer"),
        "abandonment": _tr("Abandoned"),
    }
    return titles[metric]


def short_duration(seconds: float | None) -> str:
    """A duration short enough for a wall tile: 45 s, 12 min, 95 min, 2.5 h."""
    if seconds is None:
        return "–"
    s = max(0, int(seconds))
    if s < 60:
        return QCoreApplication.translate("format", "%1 s").replace("%1", str(s))
    if s < 100 * 60:
        return QCoreApplication.translate("format", "%1 min").replace("%1", str(s // 60))
    return _tr("%1 h").replace("%1", f"{s / 3600:.1f}")


def value_of(metric: str, m: Metrics) -> tuple[str, float | None]:
    """The text shown and the raw value the thresholds judge."""
    raw: float | None = {
        "waiting": m.waiting, "longest_wait": m.longest_wait_s, "service_level": m.service_level,
        "breached": m.breached, "at_risk": m.at_risk, "agents_available": m.agent_states.get("available", 0),
        "csat": m.csat, "backlog": m.backlog, "occupancy": m.occupancy, "asa": m.asa_s,
        "abandonment": m.abandonment}[metric]
    if metric in ("longest_wait", "asa"):
        return short_duration(raw), raw
    if metric in ("service_level", "csat", "occupancy", "abandonment"):
        return fmt.percent(raw), raw
    return fmt.count(raw or 0), raw


def caption_of(metric: str, m: Metrics, queue: bool) -> str:
    if metric == "service_level":
        target = _tr("target %1").replace("%1", fmt.percent(m.sl_target)) if m.sl_target else ""
        if not queue:
            return target
        breached = _tr("%1 breached").replace("%1", fmt.count(m.breached))
        return f"{breached} · {target}" if target else breached  # the live count before the fixed target
    if metric == "agents_available":
        return _tr("of %1 signed in").replace("%1", fmt.count(m.signed_in))
    if metric == "waiting":
        return _tr("%1 unresolved").replace("%1", fmt.count(m.backlog))
    if metric in ("breached", "at_risk"):
        return _tr("of %1 unresolved").replace("%1", fmt.count(m.backlog))
    if metric in ("csat", "asa", "abandonment"):
        return _tr("last hour")
    return ""


def fit_px(label: QLabel, text: str, largest: int, height: int) -> int:
    """The largest pixel size up to ``largest`` at which ``text`` fits the label's width and ``height``."""
    width = label.width() - 2
    font = QFont(label.font())
    px = min(largest, max(8, int(height / 1.2)))
    while px > 8:
        font.setPixelSize(px)
        metrics = QFontMetrics(font)
        if metrics.horizontalAdvance(text) <= width and metrics.height() <= height:
            break
        px -= max(1, px // 20)
    return px


def set_elided(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``, cut with an ellipsis if it is wider (the full text goes to the tooltip)."""
    shown = QFontMetrics(label.font()).elidedText(text, Qt.TextElideMode.ElideRight, max(0, label.width() - 2))
    label.setText(shown)
    label.setToolTip(text if shown != text else "")


def wrap_parts(label: QLabel, parts: list[str], max_lines: int = 2) -> list[str]:
    """``parts``, most important first, joined with " · " into at most ``max_lines`` lines that fit the label's
    width; a part that fits on no line is left out (a lone part too wide for a line is cut with an ellipsis)."""
    metrics = QFontMetrics(label.font())
    width = max(0, label.width() - 2)
    lines: list[str] = []
    for part in parts:
        joined = f"{lines[-1]} · {part}" if lines else part
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        elif len(lines) < max_lines:
            lines.append(metrics.elidedText(part, Qt.TextElideMode.ElideRight, width))
    return lines


class WallKpi(KpiTile):
    """A KPI tile for the wall: type sized by the wall, flashes when it turns red (a timed style change)."""

    def __init__(self, tile: spec.KpiTile, thresholds: dict[str, Threshold]) -> None:
        super().__init__("")
        self.spec = tile
        self.threshold = thresholds.get(tile.metric)
        self.setObjectName("WallTile")
        self.title.setObjectName("WallTitle")
        self.value.setObjectName("WallValue")
        self.caption.setObjectName("WallCaption")
        for label in (self.title, self.caption):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # the grid decides
        self.value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # the room left, see fit()
        self.value.installEventFilter(self)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.filter = Filter(queues=frozenset({tile.queue})) if tile.queue else Filter()
        self.red_since: float | None = None
        self._px = 0
        self._scale: TypeScale | None = None
        self._title = ""
        self._caption: list[str] = []
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def show_metrics(self, m: Metrics | None, queue_names: dict[str, str], stale: bool, age_text: str) -> None:
        """Number, severity and caption (greyed with the age when stale)."""
        title = self.spec.title or metric_title(self.spec.metric)
        known = self.spec.queue is None or self.spec.queue in queue_names
        if self.spec.queue and not self.spec.title:  # a queue's tile: its name, the metric under the number
            title = queue_names.get(self.spec.queue, self.spec.queue)
        self._title = title
        parts: list[str] = []
        if m is None or not known:
            if not known:
                parts = [_tr("no queue %1").replace("%1", self.spec.queue or "")]
            self.set_value("–", Severity.NEUTRAL, " · ".join(parts))
        else:
            text, raw = value_of(self.spec.metric, m)
            severity = Severity.STALE if stale else \
                self.threshold.severity(raw) if self.threshold is not None else Severity.NEUTRAL
            caption = age_text if stale else caption_of(self.spec.metric, m, bool(self.spec.queue))
            parts = [p for p in caption.split(" · ") if p]
            if self.spec.queue and not self.spec.title:
                parts.insert(0, metric_title(self.spec.metric))
            self.set_value(text, severity, " · ".join(parts))
        self._caption = parts
        self.fit()

    def set_scale(self, scale: TypeScale) -> None:
        self._scale = scale
        self._px = 0
        self.fit()

    def fit(self) -> None:
        """Lay the caption out on as few lines as fit (up to three while the number keeps its least size), then
        grow the number to fill the room left (smaller only where it would not fit the width); the title is cut
        with an ellipsis if it must be."""
        s = self._scale
        if s is None:
            return
        set_elided(self.title, self._title)
        line_h = QFontMetrics(self.caption.font()).lineSpacing()
        box = self.layout()  # KpiTile's: title, value, caption
        assert box is not None
        margins = box.contentsMargins()
        spare = self.contentsRect().height() - self.title.sizeHint().height() - margins.top() - margins.bottom() \
            - 2 * box.spacing()  # the room the number and the caption share
        lines = wrap_parts(self.caption, self._caption, 3)
        if len(lines) == 3 and spare - 3 * line_h < s.value * 1.4:  # a line of the font is about 1.36 px per px
            lines = wrap_parts(self.caption, self._caption, 2)
        self.caption.setText("\n".join(lines))
        self.caption.setFixedHeight(line_h * max(1, len(lines)))
        self._fit_value()

    def _fit_value(self) -> None:
        """The number as large as its label (sized by the layout, not by its font) allows."""
        if self._scale is None:
            return
        px = fit_px(self.value, self.value.text(), 4 * self._scale.value, self.value.contentsRect().height())
        if px != self._px:
            self._px = px
            self.value.setStyleSheet(f"font-size: {px}px;")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.value and event.type() == QEvent.Type.Resize:
            self._fit_value()
        return super().eventFilter(watched, event)

    def value_px(self) -> int:
        return self._px

    def set_flash(self, on: bool) -> None:
        if bool(self.property("flash")) != on:
            self.setProperty("flash", on)
            self.style().unpolish(self)
            self.style().polish(self)

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._px = 0
        self.fit()


def style_chart(plot: pg.PlotWidget, title: str, scale: TypeScale) -> None:
    """Light-on-dark colours and wall-sized type for a pyqtgraph plot (ticks, title, legend)."""
    item = plot.getPlotItem()
    plot.setTitle(title, color=TEXT, size=f"{scale.header}px")
    title_h = int(scale.header * 1.6)  # pyqtgraph fixes the title row at 30 px
    item.titleLabel.setMaximumHeight(title_h)
    item.layout.setRowFixedHeight(0, title_h)
    font = QFont()
    font.setPixelSize(scale.axis)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTextPen(AXIS_TEXT)
        axis.setPen(AXIS_LINE)
        axis.setTickPen(pg.mkPen(GRID))
        axis.setStyle(tickFont=font, tickTextOffset=max(4, scale.axis // 3))
    axis = item.getAxis("left")
    axis.setWidth(int(scale.axis * 3.2))
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(TEXT)
        legend.setLabelTextSize(f"{scale.axis}px")
        for _, label in legend.items:  # the entries made before
            label.setText(label.text, color=TEXT, size=f"{scale.axis}px")


class WallChart(QFrame):
    """A chart tile: a :class:`LiveChart` from the history (re-made when the queues change), or agent bars."""

    def __init__(self, tile: spec.ChartTile | spec.AgentsTile) -> None:
        super().__init__()
        self.setObjectName("WallChart")
        self.spec = tile
        self.filter = Filter(queues=frozenset(tile.queues)) if isinstance(tile, spec.ChartTile) else Filter()
        self.span_s = tile.hours * 3600 if isinstance(tile, spec.ChartTile) else 0.0
        self.chart: LiveChart | None = None
        self.bars: LoadBars | None = None
        self._key: tuple = ()
        self._scale: TypeScale | None = None
        self._layout = QVBoxLayout(self)
        self.note = QLabel()  # why there is no chart yet, or how old a stale one is
        self.note.setObjectName("WallChartNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note.hide()
        self._layout.addWidget(self.note)
        self._fade = QGraphicsOpacityEffect(self)
        self._fade.setOpacity(STALE_OPACITY)
        self._fade.setEnabled(False)
        self.setGraphicsEffect(self._fade)
        if isinstance(tile, spec.AgentsTile):
            self.bars = LoadBars("", colours=COLOURS)
            self.bars.legend.setObjectName("WallLegend")
            self._layout.addWidget(self.bars)

    def title(self) -> str:
        if isinstance(self.spec, spec.AgentsTile):
            return _tr("Agent load per team") if self.spec.by == "team" else \
                _tr("Agent load")
        return {"waiting": _tr("Waiting per queue"), "risk": _tr("SLA breached and at risk"),
                "service_level": _tr("Service level, %"),
                "flow": _tr("Arrivals and handled, per hour")}[self.spec.chart]

    def _series(self, queues: list[tuple[str, str]]) -> list[str]:
        kind = self.spec.chart  # type: ignore[union-attr]
        if kind == "waiting":
            return [name for _, name in queues]
        return {"risk": [_tr("Breached"), _tr("At risk")],
                "service_level": [_tr("Service level")],
                "flow": [_tr("Arrivals"), _tr("Handled")]}[kind]

    def show_empty(self, why: str) -> None:
        """No chart to draw: the tile's title and ``why``, rather than empty axes."""
        if self.chart is not None:
            self.chart.hide()
        if self.bars is not None:
            self.bars.hide()
        self.note.setText(f"{self.title()}\n\n{why}")
        self.note.show()

    def show_history(self, data: ChartData, queues: list[tuple[str, str]], target: float | None) -> None:
        """Redraw from the history (the chart is re-made when its series or the language change); a history of
        without samples says so instead of drawing empty axes."""
        if not len(data.t):
            self.show_empty(_tr("Collecting data…"))
            return
        self.note.hide()
        series = self._series(queues)
        key = (tuple(series), self.title())
        if self.chart is None or key != self._key:
            self._key = key
            if self.chart is not None:
                self.chart.stop()
                self._layout.removeWidget(self.chart)
                self.chart.deleteLater()
            kind = self.spec.chart  # type: ignore[union-attr]
            self.chart = LiveChart("", series, capacity=8640, window_s=self.span_s, fps=1.0, stacked=kind == "waiting",
                                   y_max=100 if kind == "service_level" else None, counts=kind in ("waiting", "risk"),
                                   colours=COLOURS)
            self._layout.addWidget(self.chart)
            self._restyle()
        values = {"waiting": data.depth, "risk": data.risk, "service_level": data.service_level,
                  "flow": data.flow}[self.spec.chart]  # type: ignore[union-attr]
        self.chart.show()
        self.chart.set_history(data.t, values)
        if self.spec.chart == "service_level":  # type: ignore[union-attr]
            self.chart.set_target(None if target is None else target * 100,
                                  _tr("target"))

    def show_agents(self, agents: list[AgentLoad], state_names: dict[str, str]) -> None:
        assert self.bars is not None
        if not agents:
            self.show_empty(_tr("No agents signed in."))
            return
        self.note.hide()
        self.bars.show()
        by_team = self.spec.by == "team"  # type: ignore[union-attr]
        if by_team:
            names = {"busy": _tr("Active work; line: capacity"), "overloaded": _tr("Over capacity")}
        else:
            names = {**state_names, "overloaded": _tr("Over capacity")}
        self.bars.set_bars(agent_bars(agents, by_team))
        self.bars.set_legend(names)
        if self._key != (self.title(),):  # first time, or the language changed
            self._key = (self.title(),)
            self._restyle()

    def set_stale(self, stale: bool, age_text: str = "") -> None:
        """A stale chart keeps its last picture, faded, with the age of its data above it."""
        if self._fade.isEnabled() != stale:
            self._fade.setEnabled(stale)
        drawn = (self.chart is not None and self.chart.isVisible()) or (self.bars is not None and self.bars.isVisible())
        if drawn:
            self.note.setText(age_text if stale else "")
            self.note.setVisible(stale)

    def set_scale(self, scale: TypeScale) -> None:
        self._scale = scale
        self._restyle()

    def _restyle(self) -> None:
        if self._scale is None:
            return
        plot = self.chart.plot if self.chart is not None else self.bars.plot if self.bars is not None else None
        if plot is not None:
            style_chart(plot, self.title(), self._scale)
        if self.chart is not None:
            width = max(2, round(self._scale.axis / 10))  # lines as thick on 4K as on 1080p
            for curve in self.chart.curves:
                curve.setPen(pg.mkPen(curve.opts["pen"].color(), width=width))
            one = len(self.chart.curves) == 1  # the title names the only series: no legend, more room for the data
            self.chart.legend.setVisible(not one)
            self.chart.plot.getPlotItem().layout.setRowMaximumHeight(4, 0 if one else 10_000)
            line = self.chart.target_line
            line.setPen(pg.mkPen(TEXT, width=width, style=Qt.PenStyle.DashLine))
            font = QFont()
            font.setPixelSize(self._scale.axis)
            line.label.setFont(font)
            line.label.setColor(TEXT)
            line.label.fill = pg.mkBrush(GRID)
        self.note.setStyleSheet(f"font-size: {self._scale.caption}px;")
        if self.bars is not None:
            self.bars.set_capacity_pen(TEXT, max(3, round(self._scale.axis / 8)))
            self.bars.legend.setStyleSheet(f"font-size: {self._scale.axis}px;")
            self.bars.legend.setMinimumHeight(math.ceil(self._scale.axis * 1.5))

    def stop(self) -> None:
        if self.chart is not None:
            self.chart.stop()


class WallPage(QWidget):
    """The tiles of one layout page on an even grid."""

    def __init__(self, page: spec.Page, thresholds: dict[str, Threshold] | None = None) -> None:
        super().__init__()
        self.setObjectName("WallPage")
        self.spec = page
        limits = thresholds or dict(DEFAULTS)
        self.kpis: list[WallKpi] = []
        self.charts: list[WallChart] = []
        self.grid = QGridLayout(self)
        for tile in page.tiles:
            widget: QWidget
            if isinstance(tile, spec.KpiTile):
                widget = WallKpi(tile, limits)
                self.kpis.append(widget)
            else:
                widget = WallChart(tile)
                self.charts.append(widget)
            self.grid.addWidget(widget, tile.at[0], tile.at[1], tile.span[0], tile.span[1])
        for r in range(page.rows):
            self.grid.setRowStretch(r, 1)
        for c in range(page.columns):
            self.grid.setColumnStretch(c, 1)

    def filters(self) -> set[Filter]:
        return {k.filter for k in self.kpis}

    def set_scale(self, scale: TypeScale) -> None:
        self.grid.setContentsMargins(scale.margin, scale.margin, scale.margin, scale.margin)
        self.grid.setSpacing(scale.margin)
        for kpi in self.kpis:
            kpi.set_scale(scale)
        for chart in self.charts:
            chart.set_scale(scale)

    def stop(self) -> None:
        for chart in self.charts:
            chart.stop()

"""The wall window: full screen on a chosen monitor, no chrome, no cursor, no dialogs; pages rotate by themselves.

Repaints once a second from the live store; charts from the history every few seconds. Stale data is greyed
with its age (tiles), faded (charts) and named in the header, which always shows the clock and the time of
the last update. The sync controller reconnects by itself; the wall only shows what it is doing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from string import Template

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from api_client.feed import FeedState
from console.core import staleness
from console.core.charts import ChartData, chart_data
from console.core.metrics import AgentLoad, Filter, Metrics
from console.core.store import LiveStore
from console.core.thresholds import Threshold
from console.infra.resources import RESOURCES
from console.qt import labels
from console.qt import text as fmt
from console.qt.sync import SyncController
from console.ui.wall.layout import ChartTile, Layout, page_title
from console.ui.wall.sizing import TypeScale, scale_for
from console.ui.wall.tiles import WallChart, WallKpi, WallPage, set_elided
from widgets.retranslatable import Retranslatable
from widgets.severity import Severity

STYLE = RESOURCES / "themes" / "dark.qss"
CHIME = RESOURCES / "wall" / "alert.wav"
# What one refresh reads under the store lock: metrics per filter, queue names, chart series (data, shown queues,
# target) and agent loads (None when no bar chart was due).
ChartSeries = tuple[ChartData, tuple[str, ...], float | None]
WallData = tuple[dict[Filter, Metrics], dict[str, str], dict[WallChart, ChartSeries], list[AgentLoad] | None]
REFRESH_MS = 1000  # numbers, clock and stale state
CHART_REFRESH_S = 5.0  # charts and agent bars, from the history


def key_help() -> list[tuple[str, str]]:
    """The keys the wall takes (:meth:`WallWindow.keyPressEvent`), for Help > Keyboard shortcuts."""
    return [
        ("Right, PgDown", QCoreApplication.translate("WallWindow", "Next page")),
        ("Left, PgUp", QCoreApplication.translate("WallWindow", "Previous page")),
        ("Space", QCoreApplication.translate("WallWindow", "Pause or resume the rotation")),
        ("S", QCoreApplication.translate("WallWindow", "Sound on or off")),
        ("Esc", QCoreApplication.translate("WallWindow", "Leave the wall display")),
    ]


class WallWindow(Retranslatable, QWidget):
    """Shows ``layout``'s pages from ``sync``; ``leave_on_escape`` when opened from the main window.

    ``now_fn`` is the clock of the chart refreshes and the flashing (seconds, monotonic; a test may steer it).
    """

    closed = Signal()

    def __init__(self, sync: SyncController | None, layout: Layout, thresholds: dict[str, Threshold] | None = None,
                 *, leave_on_escape: bool = False, parent: QWidget | None = None,
                 now_fn: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("Wall")
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.sync = sync
        self.leave_on_escape = leave_on_escape
        self._now = now_fn
        self.paused = False
        self.chimes = 0  # chimes played (or due, where there is no audio device)
        self._sound: object | None = None
        self._template = Template(STYLE.read_text(encoding="utf-8"))
        self.scale: TypeScale | None = None

        self.header = QFrame()
        self.header.setObjectName("WallHeader")
        self.page_title, self.pager, self.state, self.updated, self.clock = (QLabel() for _ in range(5))
        for label, name in ((self.page_title, "WallPageTitle"), (self.pager, "WallPager"), (self.state, "WallState"),
                            (self.updated, "WallUpdated"), (self.clock, "WallClock")):
            label.setObjectName(name)
        self.page_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # cut, see _show_header
        self.page_title.setMinimumWidth(1)
        self._header_row = QHBoxLayout(self.header)
        self._header_row.addWidget(self.page_title, 1)
        self._header_row.addWidget(self.pager)
        self._header_row.addWidget(self.state)
        self._header_row.addWidget(self.updated)
        self._header_row.addWidget(self.clock)

        self.stack = QStackedWidget()
        self.pages: list[WallPage] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.header)
        box.addWidget(self.stack, 1)

        self._charts_at = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._rotate = QTimer(self)
        self._rotate.setSingleShot(True)
        self._rotate.timeout.connect(self.next_page)
        self.resize(1280, 720)
        self.set_layout(layout, thresholds)

    def set_layout(self, layout: Layout, thresholds: dict[str, Threshold] | None = None) -> None:
        """Show ``layout``'s pages with ``thresholds`` from now on, from the first page (the centre's shared ones
        arrive from the server after the wall opened)."""
        for old in self.pages:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.layout_spec, self.sound_on = layout, layout.sound
        self.pages = [WallPage(page, thresholds) for page in layout.pages]
        for page in self.pages:
            self.stack.addWidget(page)
            if self.scale is not None:
                page.set_scale(self.scale)
        self.show_page(0)

    # ---------------------------------------------------------------- screens and type
    def show_on(self, screen: QScreen) -> None:
        """Full screen on ``screen``."""
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        scale = scale_for(self.height())
        if scale != self.scale:
            self.scale = scale
            self.setStyleSheet(self._template.safe_substitute(
                value=scale.value, title=scale.title, caption=scale.caption, clock=scale.clock,
                header=scale.header, bar=max(6, scale.margin)))
            m = scale.margin
            self._header_row.setContentsMargins(2 * m, m // 2, 2 * m, m // 2)
            self._header_row.setSpacing(2 * m)
            for page in self.pages:
                page.set_scale(scale)

    # ---------------------------------------------------------------- pages
    @property
    def page(self) -> WallPage:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, index: int) -> None:
        """Show page ``index`` (wrapping) and time its turn."""
        self.stack.setCurrentIndex(index % len(self.pages))
        self._charts_at = 0.0
        self._schedule()
        self.refresh()

    def next_page(self) -> None:
        self.show_page(self.stack.currentIndex() + 1)

    def _schedule(self) -> None:
        self._rotate.stop()
        if not self.paused and len(self.pages) > 1:
            seconds = self.page.spec.seconds or self.layout_spec.seconds
            self._rotate.start(int(seconds * 1000))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_page()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.show_page(self.stack.currentIndex() - 1)
        elif key == Qt.Key.Key_Space:
            self.paused = not self.paused
            self._schedule()
            self.refresh()
        elif key == Qt.Key.Key_S:
            self.sound_on = not self.sound_on
            self.refresh()
        elif key == Qt.Key.Key_Escape and self.leave_on_escape:
            self.close()
        else:
            super().keyPressEvent(event)

    # ---------------------------------------------------------------- live state
    def refresh(self) -> None:
        """Repaint the header and the current page from the store (the timer calls this once a second)."""
        last = self.sync.last_data_at if self.sync is not None else None
        live = self.sync is not None and self.sync.status.state is FeedState.LIVE
        stale = staleness.is_stale(last, live)
        age = staleness.data_age(last)
        self._show_header(stale, age)
        page = self.page
        if self.sync is None or not self.sync.has_data:
            for tile in page.kpis:
                tile.show_metrics(None, {}, False, "")
            connected = self.sync is not None and self.sync.status.state is FeedState.LIVE
            for chart in page.charts:
                chart.show_empty(self.tr("Waiting for the first data…") if connected else
                                 self.tr("No data: not connected to the server."))
            return
        charts_due = not stale and self._now() - self._charts_at >= CHART_REFRESH_S
        if charts_due:
            self._charts_at = self._now()
        result = self.sync.with_store(lambda store: self._collect(store, page, stale, charts_due))
        metrics, queues, charts, agents = result
        age_text = self.tr("as of %1 ago").replace("%1", fmt.duration(age or 0.0))
        newly_red = False
        for tile in page.kpis:
            was_red = tile.severity is Severity.BAD
            tile.show_metrics(metrics.get(tile.filter), queues, stale, age_text)
            newly_red |= self._flash(tile, was_red)
        if newly_red and self.sound_on:
            self._chime()
        for chart in page.charts:
            if chart in charts:
                data, shown, target = charts[chart]
                chart.show_history(data, [(q, name) for q, name in queues.items() if q in shown], target)
            elif chart.bars is not None and agents is not None:
                chart.show_agents(agents, labels.agent_states())
            chart.set_stale(stale, age_text)

    @staticmethod
    def _collect(store: LiveStore, page: WallPage, stale: bool, charts_due: bool) -> WallData:
        """Everything the page shows, read under the store lock (a few milliseconds)."""
        now = store.server_time if stale else None  # stale numbers stay as they were, never extrapolated
        metrics: dict[Filter, Metrics] = {flt: store.metrics(flt, now) for flt in page.filters()}
        queues = {q.id: q.name for q in store.queues.values()}
        charts: dict[WallChart, ChartSeries] = {}
        agents: list[AgentLoad] | None = None
        if charts_due:
            for chart in page.charts:
                if chart.bars is not None:
                    agents = store.agent_loads(Filter())
                    continue
                shown = tuple(q.id for q in store.shown_queues(chart.filter))
                service_level = isinstance(chart.spec, ChartTile) and chart.spec.chart == "service_level"
                target = store.metrics(chart.filter).sl_target if service_level else None
                charts[chart] = (chart_data(store, chart.filter, shown, chart.span_s), shown, target)
        return metrics, queues, charts, agents

    def _flash(self, tile: WallKpi, was_red: bool) -> bool:
        """A tile that turned red flashes (its style alternates each second) for ``flash_s``; True if it just did."""
        red = tile.severity is Severity.BAD
        now = self._now()
        if red and not was_red:
            tile.red_since = now
        elif not red:
            tile.red_since = None
        since = tile.red_since
        shown_for = None if since is None else now - since
        tile.set_flash(shown_for is not None and shown_for < self.layout_spec.flash_s and int(shown_for) % 2 == 0)
        return red and not was_red

    def _chime(self) -> None:
        """One chime when a tile turns red (QtMultimedia; without an audio device it stays silent)."""
        self.chimes += 1
        if self._sound is None:
            from PySide6.QtMultimedia import QSoundEffect  # only loaded when sound is on

            self._sound = QSoundEffect(self)
            self._sound.setSource(QUrl.fromLocalFile(str(CHIME)))
        self._sound.play()  # type: ignore[attr-defined]

    def _show_header(self, stale: bool, age: float | None) -> None:
        index = self.stack.currentIndex()
        set_elided(self.page_title, page_title(self.page.spec.title))
        pager = f"{index + 1}/{len(self.pages)}"
        if self.paused:
            pager += " " + self.tr("‖ paused")
        if self.sound_on:
            pager += " ♪"
        self.pager.setText(pager)
        status = self.sync.status.state if self.sync is not None else FeedState.STOPPED
        if stale:
            text, state = self.tr("◷ Stale: last update %1 ago").replace("%1", fmt.duration(age or 0.0)), "stale"
            if status is FeedState.RECONNECTING:
                text += " · " + self.tr("▲ Reconnecting")
        elif status is FeedState.LIVE:
            text, state = self.tr("● Live"), "live"
        elif status is FeedState.RECONNECTING:
            text, state = self.tr("▲ Reconnecting"), "reconnecting"
        elif status is FeedState.STOPPED:
            text, state = self.tr("■ Not connected"), "stopped"
        else:
            text, state = self.tr("Connecting…"), "connecting"
        self.state.setText(text)
        if self.state.property("state") != state:
            self.state.setProperty("state", state)
            self.header.setProperty("stale", stale)
            for widget in (self.state, self.header):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        # One clock: the server's, in UTC like the charts' axes and the window's status bar (the demo's runs apart
        # from the wall's own clock). "Updated" is the server time of the last data.
        times = self.sync.with_store(lambda s: (s.now(), s.server_time)) \
            if self.sync is not None and self.sync.has_data else None
        if times is None:
            self.updated.setText("")
            self.clock.setText("")
            return
        now, data_at = (datetime.fromtimestamp(t, UTC) for t in times)
        self.updated.setText(self.tr("Updated %1").replace("%1", data_at.strftime("%H:%M:%S")))
        self.clock.setText(self.tr("%1 UTC").replace("%1", now.strftime("%H:%M")))

    def on_language_change(self) -> None:
        self._charts_at = 0.0
        self.refresh()

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self._timer.stop()
        self._rotate.stop()
        for page in self.pages:
            page.stop()
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]

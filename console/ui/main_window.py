"""The main window: pages, the connection banner and status bar, menus."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime

import msgspec
from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from api_client import models as m
from api_client.backend import Backend
from api_client.feed import FeedState, FeedStatus
from api_client.models import Agent, Ticket, User
from api_client.vendors.common import DEFAULT_CAPACITY
from console.core import staleness, thresholds
from console.core.charts import ChartData, chart_data, trend
from console.core.metrics import AgentLoad, Filter
from console.core.store import LiveStore
from console.core.thresholds import Threshold
from console.infra import settings as app_settings
from console.infra.profiles import Capacities
from console.qt import labels
from console.qt import text as fmt
from console.qt.errors import explain, explain_kind
from console.qt.i18n import LANGUAGES, data_language
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from console.ui.dialogs.capacity import CapacityDialog
from console.ui.dialogs.connection import ConnectionDialog
from console.ui.dialogs.drill_down import DrillDownDialog
from console.ui.dialogs.shortcuts import ShortcutsDialog
from console.ui.pages.dashboard import DashboardPage
from console.ui.pages.overview import OverviewPage
from console.ui.pages.qa.page import QaPage
from console.ui.pages.rebalance import RebalancePage
from console.ui.wall import layout as wall_layout
from console.ui.wall.window import WallWindow
from widgets.retranslatable import Retranslatable

REFRESH_MS = 250  # tiles and tables
DEFAULT_SIZE = QSize(1280, 800)  # the first window at least, where the screen has room for it
SCREEN_SHARE = 0.92  # at most this share of the screen's free area (a window manager adds its frame)
BIG_SCREEN_SHARE = 0.85  # on a big screen, this share of it
CHART_REFRESH_S = 1.0  # charts and agent bars (redrawn from history)
DRILL_RELOAD_MS = 1000  # after a move from the drill-down, its rows are read again this much later (the feed)
RESTART_RETRY_MS = 100  # Restart while the old feed worker is still winding down: try again this soon


class MainWindow(Retranslatable, QMainWindow):
    """Shows live data from a :class:`SyncController`; repaints on a timer, never per event."""

    language_requested = Signal(str)
    """The user picked a language code from the menu."""
    theme_requested = Signal(str)
    """The user picked a theme from View > Theme: "system", "light" or "dark"."""
    demo_ended = Signal(int)
    """The built-in demo server ended by itself, with this exit code (emit from any thread)."""

    def __init__(self, sync: SyncController | None, language: str = "en",
                 thresholds: dict[str, Threshold] | None = None, tasks: TaskRunner | None = None,
                 theme_mode: str = "system") -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.sync = sync
        if sync is not None:
            sync.set_language(data_language())
        self.tasks = tasks  # background backend calls for user actions (writes, reviews, audit)
        self.pages: dict[str, QWidget] = {}
        self.overview = OverviewPage(thresholds)
        self.dashboard = DashboardPage(thresholds)
        self.stack = QStackedWidget()
        self._add_page(self.overview)
        self._add_page(self.dashboard)
        self.qa = QaPage(tasks, agents=self._agents, team_names=self._team_names)
        self._add_page(self.qa)
        self.rebalance = RebalancePage(tasks, sync)
        self.rebalance.capacity_requested.connect(lambda agent_id: self.open_capacity(agent_id or None))
        self._add_page(self.rebalance)
        self.dashboard.filter_changed.connect(lambda _: self._refresh_charts(force=True))
        self.dashboard.drill_requested.connect(self.open_drill_down)
        self._charts_at = 0.0
        self.wall: QWidget | None = None  # the wall display, while open
        self.drill: DrillDownDialog | None = None  # the drill-down window, made on the first drill-down
        self._drilled: tuple[str, Filter] | None = None  # what it shows
        self._store_now: Callable[[], float] = time.time
        self.wall_layout: wall_layout.Layout | None = None  # its pages (None: the shipped playlist)
        self.layout_from_file = False  # pages from --layout: the centre's shared ones do not replace them
        self.app_settings: app_settings.Settings | None = None  # profiles and language (console.infra.settings)
        self.profile_name: str | None = None  # the connection profile in use (its capacity settings are saved)
        self.vendor_name = ""  # the ticketing system's name, e.g. "Zendesk" (empty: the native API)
        self.closed_geometry: str | None = None  # saved_geometry() when the window closed: the app stores it

        self.banner = QLabel()
        self.banner.setObjectName("StaleBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.demo_down: int | None = None  # the exit code of the built-in demo server while it is stopped
        self.demo_bar = QWidget()
        self.demo_bar.setObjectName("StaleBanner")
        self.demo_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.demo_text = QLabel()
        self.demo_text.setObjectName("DemoStopped")
        self.demo_text.setWordWrap(True)
        self.restart_button = QPushButton()
        self.restart_button.clicked.connect(self.restart_demo)
        bar = QHBoxLayout(self.demo_bar)
        bar.setContentsMargins(0, 0, 8, 0)
        bar.addWidget(self.demo_text, 1)
        bar.addWidget(self.restart_button)
        self.demo_bar.setVisible(False)
        self.demo_ended.connect(self.demo_stopped)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demo_bar)
        layout.addWidget(self.banner)
        # Narrower or lower than a page can lay itself out (under 1000 px wide): the page scrolls, nothing leaves
        # the screen.
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("PageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setWidget(self.stack)
        layout.addWidget(self.page_scroll, 1)
        self.setCentralWidget(central)

        self.connection = QLabel()
        self.connection.setObjectName("ConnectionLabel")
        self.connection.setWordWrap(True)  # a long reason wraps: it never pushes the window wider than the screen
        self.clock = QLabel()
        self.budget = QLabel()  # "Waiting for Zendesk's update budget: 42 s" while a write waits
        self.budget.setObjectName("BudgetWait")
        self.budget.setVisible(False)
        self.statusBar().addWidget(self.connection, 1)
        self.statusBar().addPermanentWidget(self.budget)
        self.statusBar().addPermanentWidget(self.clock)

        self._build_menus(language, theme_mode)
        self.retranslate()
        self.fit_screen()

        self.status = FeedStatus(FeedState.CONNECTING, at=time.time())
        self.startup_message = ""
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        if sync is not None:
            sync.status_changed.connect(self.on_status)
            sync.data_arrived.connect(self.refresh)
            sync.settings_changed.connect(self.apply_shared_settings)

    def _agents(self) -> dict[str, Agent]:
        """The agents in the live store (empty before the first snapshot)."""
        if self.sync is None:
            return {}
        return self.sync.with_store(lambda s: dict(s.agents))

    def _team_names(self) -> dict[str, str]:
        """Each team in the live store (as agents carry it) -> its name in the viewer's language."""
        if self.sync is None:
            return {}
        return self.sync.with_store(lambda s: {a.team: s.team_name(a.team) for a in s.agents.values()})

    def _add_page(self, page: QWidget) -> None:
        self.pages[page.name] = page  # type: ignore[attr-defined]
        self.stack.addWidget(page)

    def show_page(self, name: str) -> None:
        if name not in self.pages:
            raise KeyError(name)
        self.stack.setCurrentWidget(self.pages[name])
        self._charts_at = 0.0
        self.refresh()

    # ---------------------------------------------------------------- menus and text
    def _build_menus(self, language: str, theme_mode: str) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.connections_action = QAction(self)
        self.connections_action.triggered.connect(self.open_connections)
        self.file_menu.addAction(self.connections_action)
        self.reconnect_action = QAction(self)
        self.reconnect_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reconnect_action.setEnabled(False)
        self.reconnect_action.triggered.connect(self.reconnect)
        self.file_menu.addAction(self.reconnect_action)
        self.capacity_action = QAction(self)
        self.capacity_action.triggered.connect(lambda: self.open_capacity())
        self.file_menu.addAction(self.capacity_action)
        self.share_action = QAction(self)
        self.share_action.triggered.connect(lambda: self.share_settings())
        self.file_menu.addAction(self.share_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.overview_action = QAction(self)
        self.overview_action.setShortcut(QKeySequence("Ctrl+1"))
        self.overview_action.triggered.connect(lambda: self.show_page("overview"))
        self.view_menu.addAction(self.overview_action)
        self.dashboard_action = QAction(self)
        self.dashboard_action.setShortcut(QKeySequence("Ctrl+2"))
        self.dashboard_action.triggered.connect(lambda: self.show_page("dashboard"))
        self.view_menu.addAction(self.dashboard_action)
        self.rebalance_action = QAction(self)
        self.rebalance_action.setShortcut(QKeySequence("Ctrl+3"))
        self.rebalance_action.triggered.connect(lambda: self.show_page("rebalance"))
        self.view_menu.addAction(self.rebalance_action)
        self.qa_action = QAction(self)
        self.qa_action.setShortcut(QKeySequence("Ctrl+4"))
        self.qa_action.triggered.connect(lambda: self.show_page("qa"))
        self.view_menu.addAction(self.qa_action)
        self.wall_action = QAction(self)
        self.wall_action.setShortcut(QKeySequence("F11"))
        self.wall_action.triggered.connect(lambda: self.open_wall())
        self.view_menu.addAction(self.wall_action)
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        themes = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for mode in ("system", "light", "dark"):
            action = QAction(self, checkable=True)
            action.setChecked(mode == theme_mode)
            action.triggered.connect(lambda _=False, m=mode: self.theme_requested.emit(m))
            themes.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[mode] = action
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        for code, label in LANGUAGES.items():
            action = QAction(label, self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            self.language_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Supervisor Console"))
        self.file_menu.setTitle(self.tr("&File"))
        self.connections_action.setText(self.tr("&Connections…"))
        self.reconnect_action.setText(self.tr("&Reconnect"))
        self.capacity_action.setText(self.tr("Agent &capacity…"))
        self.share_action.setText(self.tr("&Share thresholds and wall pages with the centre…"))
        self.share_action.setStatusTip(self.tr("Every console and wall on this server then uses this console's "
                                               "thresholds and wall pages (supervisors)"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts…"))
        self.stack.setAccessibleName(self.tr("Pages"))
        self.banner.setAccessibleName(self.tr("Stale data warning"))
        self.connection.setAccessibleName(self.tr("Connection state"))
        self.clock.setAccessibleName(self.tr("Server time"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.overview_action.setText(self.tr("&Overview"))
        self.dashboard_action.setText(self.tr("&Dashboard"))
        self.qa_action.setText(self.tr("&Quality review"))
        self.rebalance_action.setText(self.tr("&Rebalance"))
        self.wall_action.setText(self.tr("&Wall display"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.theme_actions["system"].setText(self.tr("Follow the &system"))
        self.theme_actions["light"].setText(self.tr("&Light"))
        self.theme_actions["dark"].setText(self.tr("&Dark"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))
        self.restart_button.setText(self.tr("Restart the demo server (Ctrl+R)"))
        self.restart_button.setToolTip(self.tr("Start the built-in demo server again on its database: the same "
                                               "centre, where it stopped."))

    def on_language_change(self) -> None:
        if self.sync is not None:
            self.sync.set_language(data_language())
        self.retranslate()
        self.refresh()
        self._reload_drill_down()  # its title, names and subjects in the new language and script

    def open_connections(self) -> QWidget:
        """File > Connections…: profiles and their keyring tokens (non-modal)."""
        current = self.app_settings if self.app_settings is not None else app_settings.load()[0]
        dialog = ConnectionDialog(current, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda: setattr(self, "app_settings", dialog.settings))
        dialog.show()
        return dialog

    def open_capacity(self, focus_agent: str | None = None) -> CapacityDialog:
        """File > Agent capacity…: capacities per team or agent where the system has none (non-modal)."""
        agents = self.sync.with_store(lambda s: list(s.reported.values())) if self.sync is not None else []
        profile = self.app_settings.profile(self.profile_name) if self.app_settings is not None else None
        current = profile.capacity if profile is not None else Capacities(
            agents=self.sync.with_store(lambda s: s.capacities[0]) if self.sync is not None else {},
            teams=self.sync.with_store(lambda s: s.capacities[1]) if self.sync is not None else {})
        dialog = CapacityDialog(agents, self._team_names(), current, self.vendor_name or self.tr("the server"),
                                DEFAULT_CAPACITY, focus_agent, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.set_capacities)
        dialog.show()
        return dialog

    def set_capacities(self, capacities: Capacities) -> None:
        """Use ``capacities`` now and keep them in the profile (written off the GUI thread)."""
        if self.sync is not None:
            self.sync.set_capacities(capacities.agents, capacities.teams)
        profile = self.app_settings.profile(self.profile_name) if self.app_settings is not None else None
        if profile is not None:
            profile.capacity = capacities
            if self.tasks is not None:
                self.tasks.background(lambda: app_settings.set_capacities(profile.name, capacities))
        self.refresh()

    def open_shortcuts(self) -> QWidget:
        """Help > Keyboard shortcuts (F1)."""
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def fit_screen(self) -> None:
        """A size for the window's screen, centred: 85 % of a big screen, 1280x800 on a middling one, shrunk to fit
        a small one (the status bar in view)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        room = QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
        big = QSize(int(area.width() * BIG_SCREEN_SHARE), int(area.height() * BIG_SCREEN_SHARE))
        self.resize(DEFAULT_SIZE.boundedTo(room).expandedTo(big))
        self.move(area.center() - self.rect().center())

    def restore_geometry(self, saved: str | None) -> bool:
        """Size, place and maximised state as :meth:`saved_geometry` gave them (Qt keeps it on a screen that
        still exists); False, and the window fits the screen, when there is none or it cannot be read."""
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return True
        self.fit_screen()
        return False

    def saved_geometry(self) -> str:
        """Size, place and maximised state as base64 text (for the settings file)."""
        return bytes(self.saveGeometry().toBase64().data()).decode("ascii")

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Supervisor Console"),
                          self.tr("Live queues, SLAs and agent load for contact-centre supervisors."))

    # ---------------------------------------------------------------- live state
    def on_status(self, status: FeedStatus) -> None:
        self.status = status
        self.reconnect_action.setEnabled(status.state is FeedState.STOPPED and self.sync is not None)
        self.refresh()

    def reconnect(self) -> None:
        """File > Reconnect: start following again after the feed stopped on an error (the demo: restart it)."""
        if self.demo_down is not None:
            self.restart_demo()
        elif self.sync is not None and self.status.state is FeedState.STOPPED:
            self.on_status(FeedStatus(FeedState.CONNECTING, at=time.time()))
            self.sync.start()

    def demo_stopped(self, code: int) -> None:
        """The built-in demo server ended: stop following it (no retrying for ever), say so, offer a restart."""
        self.demo_down = code
        if self.sync is not None:
            self.sync.stop()
        self.demo_bar.show()
        self.reconnect_action.setEnabled(True)
        self.refresh()

    def restart_demo(self) -> None:
        """Restart the demo server and follow it again: connecting starts it on its own database and port."""
        if self.sync is None or self.demo_down is None:
            return
        if not self.sync.start():  # the old worker is still winding down
            QTimer.singleShot(RESTART_RETRY_MS, self.restart_demo)
            return
        self.demo_down = None
        self.demo_bar.hide()
        self.startup_message = self.tr("Restarting the built-in demo server…")
        self.on_status(FeedStatus(FeedState.CONNECTING, at=time.time()))

    def _reason(self, status: FeedStatus) -> str:
        """Why the feed is down, in the user's language (the server's own words as a fallback)."""
        return explain_kind(status.kind, status.error or "")

    def _connection_text(self) -> str:
        s = self.status
        if self.demo_down is not None:
            return self.tr("■ The built-in demo server stopped")
        if s.state is FeedState.LIVE:
            hub = self.sync.hub if self.sync is not None else None
            if hub is None:
                return self.tr("● Live")
            if hub.lag_s is None:
                return self.tr("● Live via hub (%1)").replace("%1", hub.upstream)
            return self.tr("● Live via hub (%1, %2 behind)").replace("%1", hub.upstream).replace(
                "%2", fmt.duration(hub.lag_s))
        if s.state is FeedState.RECONNECTING:
            left = (s.retry_in or 0) - (time.time() - s.at)
            if left < 1:
                return self.tr("▲ Reconnecting: %1").replace("%1", self._reason(s))
            if s.kind == "RateLimited":  # the server's own wait (Retry-After, capped in api_client.feed)
                at = datetime.fromtimestamp(s.at + (s.retry_in or 0)).strftime("%H:%M:%S")
                return self.tr("▲ Server asked to wait %1, retrying at %2").replace(
                    "%1", fmt.duration(s.retry_in or 0)).replace("%2", at)
            return self.tr("▲ Reconnecting in %1: %2").replace("%1", fmt.duration(left)).replace(
                "%2", self._reason(s))
        if s.state is FeedState.STOPPED:
            if s.kind:  # an error retrying cannot fix: say what it was and how to go on
                return self.tr("■ Stopped: %1. Fix it, then File › Reconnect (Ctrl+R).").replace(
                    "%1", self._reason(s))
            return self.tr("■ Not connected: %1").replace("%1", s.error or "")
        return self.startup_message or self.tr("Connecting…")

    def data_age(self) -> float | None:
        """Seconds since the last data or heartbeat arrived, None before any."""
        return staleness.data_age(self.sync.last_data_at if self.sync is not None else None)

    def is_stale(self) -> bool:
        """The shared rule (:mod:`console.core.staleness`) applied to this window's feed status."""
        last = self.sync.last_data_at if self.sync is not None else None
        return staleness.is_stale(last, self.status.state is FeedState.LIVE)

    def _budget_text(self) -> str:
        """What waits on a system's budget now, e.g. "Waiting for Zendesk's update budget: 42 s" (empty: nothing)."""
        waits = self.tasks.budget_waits() if self.tasks is not None else []
        if not waits:
            return ""
        name, kind, seconds = max(waits, key=lambda w: w[2])
        text = (self.tr("Waiting for %1's update budget: %2 s") if kind == "updates"
                else self.tr("Waiting for %1's call budget: %2 s"))
        return text.replace("%1", name).replace("%2", str(math.ceil(seconds)))

    def refresh(self) -> None:
        """Repaint from the store (the timer and new data call this)."""
        self.connection.setText(self._connection_text())
        waiting = self._budget_text()
        self.budget.setText(waiting)
        self.budget.setVisible(bool(waiting))
        self.rebalance.show_budget_wait(waiting)
        self.connection.setProperty("state", self.status.state.value)
        if self.sync is None:
            return
        stale = self.is_stale() or self.demo_down is not None
        if self.demo_down is not None:
            age = self.data_age()
            self.demo_text.setText(self.tr("■ The built-in demo server stopped (exit code %1). The data shown is its "
                                           "last%2. Restart it to go on where it stopped.")
                                   .replace("%1", str(self.demo_down))
                                   .replace("%2", "" if age is None else self.tr(", from %1 ago")
                                            .replace("%1", fmt.duration(age))))
        summary = self.sync.metrics(frozen=stale)  # stale numbers stay as they were, never extrapolated
        self.sync.acknowledge()
        if summary is None:
            return
        age = self.data_age() or 0.0
        age_text = self.tr("as of %1 ago").replace("%1", fmt.duration(age))
        self.banner.setVisible(stale and self.demo_down is None)  # the demo's bar says it already
        if stale:
            self.banner.setText(self.tr("◷ Data is stale: last update %1 ago. %2")
                                .replace("%1", fmt.duration(age)).replace("%2", self._connection_text()))
        if self.stack.currentWidget() is self.dashboard:
            self._refresh_dashboard(stale, age_text)
        elif self.stack.currentWidget() is self.rebalance:
            self.rebalance.refresh()
        else:
            self.overview.show_summary(summary, stale, age_text)
        server = datetime.fromtimestamp(summary.now, UTC).strftime("%Y-%m-%d %H:%M:%S")
        label = self.tr("Last update %1 UTC") if stale else self.tr("Server time %1 UTC")
        self.clock.setText(label.replace("%1", server))

    def _refresh_dashboard(self, stale: bool, age_text: str) -> None:
        page, sync = self.dashboard, self.sync
        assert sync is not None
        flt = page.filter
        metrics = sync.metrics(flt, frozen=stale)
        if metrics is None:
            return
        before = sync.with_store(lambda s: trend(s, flt))
        page.show_metrics(metrics, before, stale, age_text)
        page.set_sl_target(metrics.sl_target)
        if not stale:  # stale charts keep their last picture: no invented points
            self._refresh_charts()

    def apply_shared_settings(self, found: dict[str, m.SharedSetting]) -> None:
        """The centre's shared thresholds and wall pages, kept by the server, in place of this console's own (a
        layout given with --layout stays); the wall, if open, shows them at once. One this console cannot use is
        named on the status bar, and its own stays."""
        problems = []
        if (saved := found.get("thresholds")) is not None:
            try:
                limits = thresholds.from_document(saved.data)
            except ValueError as exc:
                problems.append(self.tr("The centre's shared thresholds (version %1) cannot be used: %2")
                                .replace("%1", str(saved.version)).replace("%2", str(exc)))
            else:
                self.dashboard.thresholds = self.overview.thresholds = limits
        if (saved := found.get("wall_layout")) is not None and not self.layout_from_file:
            try:
                self.wall_layout = wall_layout.parse(msgspec.json.encode(saved.data), "wall_layout")
            except wall_layout.LayoutError as exc:
                problems.append(self.tr("The centre's shared wall layout (version %1) cannot be used: %2")
                                .replace("%1", str(saved.version)).replace("%2", str(exc)))
        if isinstance(self.wall, WallWindow):
            self.wall.set_layout(self.wall_layout or wall_layout.load(), self.dashboard.thresholds)
        if problems:
            self.statusBar().showMessage(" ".join(problems), 60_000)
        self.refresh()

    def share_settings(self) -> None:
        """Ask, then :meth:`publish_settings`."""
        answer = QMessageBox.question(self, self.tr("Share with the centre"), self.tr(
            "Every console and wall connected to this server will use this console's thresholds and wall pages "
            "from now on. Share them?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.publish_settings()

    def publish_settings(self) -> None:
        """Save this console's thresholds and wall pages on the server as the centre's (a new version of each; the
        server lets supervisors only); the outcome on the status bar."""
        if self.tasks is None:
            return
        limits = {key: {"amber": t.amber, "red": t.red} for key, t in self.dashboard.thresholds.items()}
        pages = msgspec.to_builtins(self.wall_layout or wall_layout.load())

        def save(backend: Backend) -> tuple[m.SharedSetting, m.SharedSetting]:
            return backend.save_setting("thresholds", limits), backend.save_setting("wall_layout", pages)

        def saved(result: tuple[m.SharedSetting, m.SharedSetting]) -> None:
            self.statusBar().showMessage(self.tr("Shared with the centre: thresholds version %1, wall pages version "
                                                 "%2.").replace("%1", str(result[0].version))
                                         .replace("%2", str(result[1].version)), 20_000)

        def failed(exc: Exception) -> None:
            self.statusBar().showMessage(self.tr("Not shared: %1").replace("%1", explain(exc)), 20_000)

        self.tasks.submit(save, on_done=saved, on_error=failed, owner=self)

    def open_wall(self, screen: int | None = None, leave_on_escape: bool = True) -> QWidget:
        """The wall display, full screen on monitor ``screen`` (default: this window's); Esc leaves it."""

        if self.wall is not None:
            self.wall.close()
        self.wall = WallWindow(self.sync, self.wall_layout or wall_layout.load(), self.dashboard.thresholds,
                               leave_on_escape=leave_on_escape)
        self.wall.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wall.closed.connect(lambda: setattr(self, "wall", None))
        screens = QGuiApplication.screens()
        self.wall.show_on(screens[screen] if screen is not None else self.screen() or screens[0])
        return self.wall

    def open_drill_down(self, kind: str, flt: Filter, again: bool = False) -> DrillDownDialog:
        """Show the tickets behind a number in the drill-down window (non-modal, one reused); its title names the
        queues, channels, teams and priorities it covers. ``again``: the same drill-down read anew, where it is."""
        assert self.sync is not None
        tickets, queues, agents, teams, self._store_now, web_base = self.sync.with_store(
            lambda s: (s.drill_down(kind, flt), dict(s.queues), dict(s.agents), {t: s.team_name(t) for t in s.teams},
                       s.now, s.web_base))
        scope, _, name = kind.partition(":")
        titles = {"waiting": self.tr("Waiting tickets"), "breached": self.tr("SLA breached tickets"),
                  "at_risk": self.tr("Tickets at risk"), "backlog": self.tr("Unresolved tickets")}
        if scope == "agent":
            title = self.tr("Tickets of %1").replace("%1", agents[name].name if name in agents else name)
        elif scope == "team":
            title = self.tr("Tickets of team %1").replace("%1", teams.get(name, name))
        else:
            title = titles[kind]
        channels, priorities = labels.channels(), labels.priorities()
        separator = self.tr(", ")
        parts = [separator.join(sorted(queues[q].name if q in queues else q for q in flt.queues)),
                 separator.join(sorted(teams.get(t, t) for t in flt.teams)),
                 separator.join(channels.get(c, c) for c in sorted(flt.channels)),
                 separator.join(priorities.get(p, p) for p in sorted(flt.priorities))]
        where = self.tr(" · ").join(p for p in parts if p)
        title = (self.tr("%1 in %2 (%3)").replace("%2", where) if where else self.tr("%1 (%3)")) \
            .replace("%1", title).replace("%3", fmt.count(len(tickets)))
        if self.drill is None:
            self.drill = self._make_drill_down()
        self._drilled = (kind, flt)
        self.drill.show_tickets(title, tickets, queues, agents, bring_to_front=not again, web_base=web_base)
        return self.drill

    def _make_drill_down(self) -> DrillDownDialog:
        """The one drill-down window; reassign, escalate and undo go to the rebalance page (one place for moves:
        its warnings, reason, outcome and undo), on the tickets as the store has them now."""
        drill = DrillDownDialog(lambda: self._store_now(), self)  # the server's clock, of the current store
        page = self.rebalance

        def current(tickets: list[Ticket]) -> list[Ticket]:
            assert self.sync is not None
            return self.sync.with_store(lambda s: [s.tickets[t.id] for t in tickets if t.id in s.tickets])

        drill.reassign_requested.connect(lambda ts: page.reassign_from(current(ts), drill.table.view))
        drill.escalate_requested.connect(lambda ts: page.escalate_from(current(ts), drill.table.view))
        drill.undo_requested.connect(page.undo)
        page.said.connect(self._drill_outcome)
        page.refresh(force=True)  # its agents and their load, for the warnings before a move
        if page.user is not None:
            drill.set_role(page.user.role)
        elif self.tasks is not None:
            def signed_in(user: User) -> None:
                page.set_user(user)
                drill.set_role(user.role)

            self.tasks.submit(lambda b: b.whoami(), on_done=signed_in, owner=drill)
        return drill

    def _drill_outcome(self, kind: str, text: str) -> None:
        """The page's outcome in the drill-down too; after a change, its rows again as the store has them."""
        if self.drill is None or not self.drill.isVisible():
            return
        self.drill.show_outcome(kind, text)
        if kind in ("done", "partial"):
            QTimer.singleShot(DRILL_RELOAD_MS, self._reload_drill_down)

    def _reload_drill_down(self) -> None:
        if self.drill is not None and self.drill.isVisible() and self._drilled is not None:
            self.open_drill_down(*self._drilled, again=True)

    def _refresh_charts(self, force: bool = False) -> None:
        """Redraw charts and agent bars from the history, at most once a second unless ``force``."""
        if self.sync is None or not self.sync.has_data or self.stack.currentWidget() is not self.dashboard:
            return
        if not force and time.monotonic() - self._charts_at < CHART_REFRESH_S:
            return
        self._charts_at = time.monotonic()
        page, flt = self.dashboard, self.dashboard.filter

        def collect(store: LiveStore) -> tuple[list[tuple[str, str]], list[tuple[str, str]], ChartData,
                                               list[AgentLoad]]:
            queues = [(q.id, q.name) for q in store.queues.values()]
            teams = sorted({(a.team, store.team_name(a.team)) for a in store.agents.values()}, key=lambda t: t[1])
            shown = tuple(q.id for q in store.shown_queues(flt))
            return queues, teams, chart_data(store, flt, shown, page.span_s), store.agent_loads(flt)

        queues, teams, data, agents = self.sync.with_store(collect)
        page.set_choices(queues, teams)
        page.show_charts(data, dict(queues))
        page.show_agents(agents, by_team=len(agents) > 40)

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.closed_geometry = self.saved_geometry()
        self._timer.stop()
        if self.overview.chart is not None:
            self.overview.chart.stop()
        self.dashboard.stop()
        self.qa.stop()
        self.rebalance.stop()
        if self.sync is not None:
            self.sync.stop()
        super().closeEvent(event)  # type: ignore[arg-type]


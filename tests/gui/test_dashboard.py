"""The live dashboard against a real simulator: tiles from the feed, filters, charts, drill-down, stale state."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from api_client.feed import Backoff, FeedState
from api_client.native import NativeBackend
from console.core.metrics import Filter
from console.core.store import LiveStore
from console.qt import text as fmt
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from console.ui.main_window import MainWindow
from tests.helpers.sim import SimServer
from widgets.severity import Severity


@pytest.fixture
def dashboard(qtbot: QtBot, own_sim: SimServer) -> Iterator[MainWindow]:
    sync = SyncController(lambda: own_sim.client(), backoff=Backoff(base=0.05, cap=0.5))  # quick to reconnect
    window = MainWindow(sync)
    qtbot.addWidget(window)
    window.show_page("dashboard")
    window.show()
    sync.start()
    qtbot.waitUntil(lambda: window.status.state is FeedState.LIVE and sync.has_data, timeout=15_000)
    window.refresh()
    yield window
    window.close()


def tile_text(window: MainWindow, key: str) -> str:
    return window.dashboard.tiles[key].value.text()


def caught_up(qtbot: QtBot, window: MainWindow, driver: NativeBackend) -> None:
    """Wait until the console has applied every change the simulator has made."""
    target = driver.sim_status().cursor
    qtbot.waitUntil(lambda: window.sync.cursor >= target, timeout=10_000)


def test_tiles_follow_the_feed(qtbot: QtBot, own_sim: SimServer, dashboard: MainWindow) -> None:
    sync = dashboard.sync
    m = sync.metrics()
    assert tile_text(dashboard, "waiting").endswith(fmt.count(m.waiting))
    assert tile_text(dashboard, "breached").endswith(fmt.count(m.breached))
    assert tile_text(dashboard, "service_level").endswith(fmt.percent(m.service_level))
    assert "signed in" in dashboard.dashboard.tiles["agents_available"].caption.text()
    before = sync.metrics(frozen=True)  # the numbers as of the data's own time, not the wall clock's
    driver = own_sim.client()
    driver.sim_scenario("peak")
    driver.sim_advance(1200)
    caught_up(qtbot, dashboard, driver)
    dashboard.refresh()
    after = sync.metrics(frozen=True)
    dashboard.dashboard.show_metrics(after, {}, stale=False)
    assert tile_text(dashboard, "waiting").endswith(fmt.count(after.waiting))
    assert after.arrivals > before.arrivals  # twenty minutes of peak against the quieter ones that left the hour
    fresh = LiveStore()  # the same cursor from a snapshot: the same numbers (they never depend on when we started)
    fresh.load(driver.snapshot())
    assert fresh.cursor == sync.cursor
    assert fresh.metrics(now=fresh.server_time) == after
    driver.close()


def test_charts_fill_from_history(qtbot: QtBot, own_sim: SimServer, dashboard: MainWindow) -> None:
    driver = own_sim.client()
    for _ in range(6):  # six simulated minutes in steps: several history samples
        driver.sim_advance(60)
        caught_up(qtbot, dashboard, driver)
    dashboard._refresh_charts(force=True)
    page = dashboard.dashboard
    assert page.depth_chart is not None
    assert len(page.depth_chart.curves) == 5  # one stacked band per queue
    qtbot.waitUntil(lambda: page.depth_chart.frames > 0, timeout=5_000)
    t, v = page.depth_chart.buffer.arrays()
    assert t.size >= 3
    assert v[-1].sum() == dashboard.sync.metrics(frozen=True).waiting
    rt, rv = page.risk_chart.buffer.arrays()
    assert rt.size == t.size
    assert np.nanmax(rv) >= 0
    assert page.load_bars.bars  # agent load bars are drawn
    driver.close()


def test_filters_apply_to_tiles_and_charts(qtbot: QtBot, dashboard: MainWindow) -> None:
    page = dashboard.dashboard
    dashboard._refresh_charts(force=True)  # fills the filter menus
    page.filters.select("channels", ["phone"])
    assert page.filter == Filter(channels=frozenset({"phone"}))
    dashboard.refresh()
    phone = dashboard.sync.metrics(Filter(channels=frozenset({"phone"})))
    everything = dashboard.sync.metrics()
    assert tile_text(dashboard, "waiting").endswith(fmt.count(phone.waiting))
    assert phone.backlog < everything.backlog
    page.filters.select("queues", ["billing"])
    dashboard._refresh_charts(force=True)
    assert page.depth_chart is not None
    assert len(page.depth_chart.curves) == 1  # only the chosen queue is drawn
    page.filters.clear()
    assert page.filter == Filter()


def test_drill_down_opens_the_tickets_behind_a_tile(qtbot: QtBot, own_sim: SimServer, dashboard: MainWindow) -> None:
    driver = own_sim.client()
    for _ in range(12):  # until some ticket has breached its SLA (at most two simulated hours)
        now = dashboard.sync.metrics()
        if now is not None and now.breached:
            break
        driver.sim_advance(600)
        caught_up(qtbot, dashboard, driver)
    driver.close()
    page = dashboard.dashboard
    with qtbot.waitSignal(page.drill_requested, timeout=2_000) as blocker:
        page.tiles["breached"].clicked.emit()
    kind, flt = blocker.args
    assert kind == "breached"
    assert flt == Filter()
    dialog = dashboard.open_drill_down(kind, flt)
    qtbot.addWidget(dialog)
    expected = dashboard.sync.metrics().breached
    assert dialog.table.model.rowCount() == expected
    assert expected > 0


def test_dashboard_goes_stale_and_recovers(qtbot: QtBot, own_sim: SimServer, dashboard: MainWindow, caplog) -> None:
    own_sim.stop()
    qtbot.waitUntil(lambda: not dashboard.banner.isHidden(), timeout=15_000)
    for key, tile in dashboard.dashboard.tiles.items():
        assert tile.severity is Severity.STALE, key
        assert "ago" in tile.caption.text()
    assert "feed error (Unavailable)" in caplog.text
    own_sim.restart()
    qtbot.waitUntil(lambda: dashboard.status.state is FeedState.LIVE and dashboard.banner.isHidden(), timeout=15_000)
    assert dashboard.dashboard.tiles["waiting"].severity is not Severity.STALE


def test_time_range_reaches_back_through_history(qtbot: QtBot, own_sim: SimServer, dashboard: MainWindow) -> None:
    driver = own_sim.client()
    for _ in range(8):  # 80 simulated minutes in 10-minute steps
        driver.sim_advance(600)
        caught_up(qtbot, dashboard, driver)
    page = dashboard.dashboard
    dashboard._refresh_charts(force=True)
    hour = page.depth_chart.buffer.arrays()[0]
    assert hour[-1] - hour[0] <= 3600
    page.span.setCurrentIndex(1)  # last 4 hours
    assert page.span_s == 4 * 3600
    dashboard._refresh_charts(force=True)
    four = page.depth_chart.buffer.arrays()[0]
    assert four[-1] - four[0] > 3600  # the samples before the last hour are drawn too
    assert page.depth_chart.window_s == 4 * 3600
    dashboard.refresh()  # more than 15 minutes of history: the tiles show their trends
    assert any(a in page.tiles["waiting"].caption.text() for a in "↑↓→")
    sl_caption = page.tiles["service_level"].caption.text()
    assert sl_caption.startswith("target")
    assert "pt" in sl_caption
    driver.close()


def test_drill_down_names_its_scope_ticks_and_reuses_one_window(qtbot: QtBot, own_sim: SimServer,
                                                                dashboard: MainWindow) -> None:
    queues = dashboard.sync.with_store(lambda s: dict(s.queues))
    qid, queue = next(iter(queues.items()))
    first = dashboard.open_drill_down("backlog", Filter(queues=frozenset({qid}), channels=frozenset({"email"})))
    assert first.windowTitle().startswith(f"Unresolved tickets in {queue.name} · Email (")
    again = dashboard.open_drill_down("waiting", Filter())
    assert again is first  # one window, reused
    assert again.windowTitle().startswith("Waiting tickets (")
    assert len(dashboard.findChildren(type(first))) == 1
    dashboard.open_drill_down("backlog", Filter())
    model = first.table.model
    assert model.rowCount() > 0
    age = model.column_of("age")
    row = model.row_of(max(model.row_id(r) for r in range(model.rowCount())))  # the newest ticket
    before = model.data(model.index(row, age))
    driver = own_sim.client()
    driver.sim_advance(120)  # two server minutes later
    driver.close()
    qtbot.waitUntil(lambda: model.data(model.index(row, age)) != before, timeout=10_000)  # Age ticks
    model.sort(age)
    ages = [model.value(r, "age") for r in range(model.rowCount())]
    assert ages == sorted(ages, reverse=True)  # youngest first: the latest creation time


def test_charts_open_with_the_hours_before_the_console(qtbot: QtBot, own_sim: SimServer) -> None:
    """Issue 16: "Last 4 hours" shows four hours as soon as it opens, from the server's GET /history."""
    driver = own_sim.client()
    driver.sim_advance(5 * 3600)  # the centre has run five hours before anyone looks
    tasks = TaskRunner(lambda: own_sim.client())
    sync = SyncController(lambda: own_sim.client(), tasks=tasks)
    window = MainWindow(sync, tasks=tasks)
    qtbot.addWidget(window)
    window.show_page("dashboard")
    window.show()
    sync.start()
    qtbot.waitUntil(lambda: sync.has_data, timeout=15_000)
    loaded_at = sync.with_store(lambda s: s.loaded_at)
    qtbot.waitUntil(lambda: sync.with_store(lambda s: s.history.times()[0]) < loaded_at - 3600, timeout=15_000)
    page = window.dashboard
    page.span.setCurrentIndex(1)  # last 4 hours
    window._refresh_charts(force=True)
    t, v = page.depth_chart.buffer.arrays()
    assert t[0] <= loaded_at - 3.9 * 3600, "points from four hours before the console started"
    assert t[-1] >= loaded_at
    assert v[t < loaded_at].sum() > 0, "tickets waited in those hours"
    st, sl = page.sl_chart.buffer.arrays()
    assert np.isfinite(sl[st < loaded_at - 3600]).any(), "a service level for the hours before the start"
    window.close()
    sync.stop()
    tasks.shutdown()
    driver.close()

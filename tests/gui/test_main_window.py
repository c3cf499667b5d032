"""The main window against a real simulator, offscreen; widgets on their own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from api_client.feed import Backoff, FeedState, FeedStatus
from api_client.http import default_retry
from console.qt import text as fmt
from console.qt.sync import SyncController
from console.ui.main_window import MainWindow
from tests.helpers.sim import SimServer
from widgets.kpi_tile import KpiTile
from widgets.live_chart import LiveChart
from widgets.severity import Severity
from widgets.table_model import RowsTableModel


@pytest.fixture
def window_for(qtbot: QtBot) -> Iterator:
    made: list[MainWindow] = []

    def make(server: SimServer, client: dict[str, Any] | None = None, **kw: Any) -> MainWindow:
        """A window on ``server``'s feed; ``client`` and ``kw`` go to the backend and the sync controller."""
        sync = SyncController(lambda: server.client(**(client or {})), **kw)
        window = MainWindow(sync)
        qtbot.addWidget(window)
        window.show()
        sync.start()
        made.append(window)
        return window

    yield make
    for w in made:
        w.close()


def table_rows(window: MainWindow) -> list[tuple]:
    m = window.overview.model
    return [m.row(i) for i in range(m.rowCount())]


def test_window_shows_live_queue_numbers(qtbot: QtBot, sim: SimServer, window_for) -> None:
    w = window_for(sim)
    qtbot.waitUntil(lambda: w.overview.model.rowCount() == 5 and w.status.state is FeedState.LIVE, timeout=15_000)
    w.refresh()
    rows = table_rows(w)
    assert [r[0] for r in rows] == ["Billing", "Technical support", "Orders & logistics", "After-sales",
                                    "Complaints"]
    assert sum(r[2] for r in rows) > 0  # backlog
    summary = w.sync.metrics()
    assert [(q.waiting, q.backlog) for q in summary.queues] == [(r[1], r[2]) for r in rows]
    assert w.overview.tiles["waiting"].value.text().endswith(fmt.count(sum(r[1] for r in rows)))
    assert "Live" in w.connection.text()

    cursor = w.sync.cursor
    driver = sim.client()
    driver.sim_advance(900)  # 15 simulated minutes of arrivals and work
    qtbot.waitUntil(lambda: w.sync.cursor > cursor, timeout=10_000)
    w.refresh()
    after = w.sync.metrics(frozen=True)
    w.overview.show_summary(after, stale=False)
    assert [(q.waiting, q.backlog, q.breached) for q in after.queues] == [(r[1], r[2], r[3]) for r in table_rows(w)]
    assert after.arrivals > 0
    driver.close()


def test_stale_banner_then_recovery(qtbot: QtBot, own_sim: SimServer, window_for, caplog) -> None:
    # A reconnect attempt every 0.1-0.2 s, each one connection (no retries inside the HTTP session).
    w = window_for(own_sim, client={"retry": default_retry(0)}, backoff=Backoff(base=0.05, cap=0.2))
    qtbot.waitUntil(lambda: w.overview.model.rowCount() == 5 and w.status.state is FeedState.LIVE, timeout=15_000)
    assert w.banner.isHidden()
    before = table_rows(w)

    own_sim.stop()
    qtbot.waitUntil(lambda: not w.banner.isHidden(), timeout=15_000)
    assert "stale" in w.banner.text()
    tile = w.overview.tiles["waiting"]
    assert tile.severity is Severity.STALE
    assert "ago" in tile.caption.text()
    assert table_rows(w) == before  # the last known numbers stay on screen
    assert "Reconnecting" in w.connection.text()
    frozen = w.clock.text()
    assert frozen.startswith("Last update")
    points = len(w.overview.chart.buffer)
    seen: list[tuple[FeedState, bool, Severity, str]] = []

    def look(status: FeedStatus) -> None:  # after the window took each status in: what it shows
        w.refresh()
        seen.append((status.state, w.banner.isHidden(), tile.severity, w.clock.text()))

    w.sync.status_changed.connect(look)
    try:  # through several reconnect attempts: never "live" while the server is down
        qtbot.waitUntil(lambda: sum(s[0] is FeedState.RECONNECTING for s in seen) >= 8, timeout=15_000)
    finally:
        w.sync.status_changed.disconnect(look)
    assert all(s == (FeedState.RECONNECTING, False, Severity.STALE, frozen) for s in seen), seen
    assert len(w.overview.chart.buffer) == points  # no invented points while stale
    assert any("feed error (Unavailable)" in r.getMessage() for r in caplog.records if r.name == "api_client.feed")

    own_sim.restart()
    qtbot.waitUntil(lambda: w.status.state is FeedState.LIVE and w.banner.isHidden(), timeout=15_000)
    assert tile.severity is not Severity.STALE


def test_unreachable_server_says_so(qtbot: QtBot, window_for, caplog) -> None:
    dead = SimServer(db=Path("unused"), args=[], url="http://127.0.0.1:9", tokens={"supervisor": "x"})
    w = window_for(dead, client={"retry": default_retry(0)})  # the feed's own reconnecting, not the session's retries
    qtbot.waitUntil(lambda: w.status.state is FeedState.RECONNECTING, timeout=20_000)
    assert "Cannot reach http://127.0.0.1:9" in caplog.text
    assert "Reconnecting" in w.connection.text()
    assert "cannot be reached" in w.connection.text()
    assert w.overview.model.rowCount() == 0  # nothing invented


@pytest.mark.slow
def test_live_chart_survives_thousands_of_frames(qtbot: QtBot) -> None:
    """Guards against the PySide6 6.12 / Python 3.11 None-refcount abort, which needs thousands of calls."""
    chart = LiveChart("load", [f"s{i}" for i in range(8)], capacity=600, fps=1000)
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show()
    rng = np.random.default_rng(0)
    for frame in range(3000):
        chart.append(float(frame), rng.random(8))
        chart.refresh()
        chart.plot.viewport().repaint()
    assert chart.frames == 3000
    t, v = chart.buffer.arrays()
    assert t[0] == 2400
    assert t[-1] == 2999
    assert v.shape == (600, 8)
    x, y = chart.curves[0].getData()
    assert x[-1] == 2999
    assert len(y) == 600


def test_kpi_tile_states_read_without_colour(qtbot: QtBot) -> None:
    tile = KpiTile("Waiting")
    qtbot.addWidget(tile)
    tile.set_value("42", Severity.BAD, "of 50")
    assert tile.property("severity") == "bad"
    assert tile.value.text() == "■ 42"
    assert tile.accessibleName() == "Waiting: ■ 42 of 50"
    tile.set_value("42", Severity.STALE)
    assert tile.property("severity") == "stale"
    assert tile.value.text() == "◷ 42"
    tile.set_value("3", Severity.OK)
    assert tile.property("severity") == "ok"
    assert tile.value.text().startswith("●")


def test_rows_model_is_a_valid_qt_model(qtmodeltester) -> None:
    model = RowsTableModel(["name", "n"], [None, fmt.count])
    model.set_rows([("a", 1), ("b", 12_345)])
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "12k"
    model.set_rows([("a", 2), ("b", 3)])  # same shape: in place
    qtmodeltester.check(model)
    model.set_rows([])
    assert model.rowCount() == 0


@pytest.mark.parametrize(("n", "text"), [(0, "0"), (999, "999"), (1000, "1.0k"), (1234, "1.2k"), (12_345, "12k"),
                                         (2_500_000, "2.5M")])
def test_count_format(n: int, text: str) -> None:
    assert fmt.count(n) == text


@pytest.mark.parametrize(("s", "text"), [(-3, "0 s"), (45, "45 s"), (60, "1 min"), (200, "3 min 20 s"),
                                         (3 * 3600 + 300, "3 h 5 min"), (2 * 86400 + 3600, "2 d 1 h")])
def test_duration_format(qapp, s: float, text: str) -> None:
    assert fmt.duration(s) == text


def test_a_revoked_token_stops_with_the_way_out(qtbot: QtBot, sim: SimServer, window_for, caplog) -> None:
    """An error retrying cannot fix stops the feed, says why and how to go on; Reconnect tries again."""
    wrong = SimServer(db=sim.db, args=[], url=sim.url, tokens={"supervisor": "revoked-token"})
    w = window_for(wrong)
    qtbot.waitUntil(lambda: w.status.state is FeedState.STOPPED, timeout=20_000)
    assert "refused the token or password (401)" in w.connection.text()
    assert "Reconnect" in w.connection.text()
    assert w.reconnect_action.isEnabled()
    assert "feed stopped (Unauthorized)" in caplog.text
    w.reconnect_action.trigger()  # the token is still wrong: it tries once more and stops again
    assert w.status.state is FeedState.CONNECTING
    assert not w.reconnect_action.isEnabled()
    qtbot.waitUntil(lambda: w.status.state is FeedState.STOPPED and w.reconnect_action.isEnabled(), timeout=20_000)

"""The wall and the dashboard look as approved: rendered by the app's own widgets from a simulator at a fixed seed
and cursor (paused, so the data's clock stands still), compared with PNGs in tests/gui/reference/ with the tolerance
documented in tests/helpers/images.py. Approve a new look with ``--approve-images`` after looking at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from api_client.feed import FeedState
from console.qt.sync import SyncController
from console.ui.main_window import MainWindow
from console.ui.wall import layout
from console.ui.wall.window import WallWindow
from tests.helpers.images import assert_matches_reference, settled_grab
from tests.helpers.sim import SimServer
from widgets.live_chart import LiveChart

Follow = Callable[[], None]


@pytest.fixture
def sync(qtbot: QtBot, own_sim: SimServer) -> Iterator[tuple[SyncController, Follow]]:
    """A controller on a fresh simulator (seed 3, paused) and ``follow()``, to call once the widget is up: it starts
    the feed, then moves the simulator on half an hour in five-minute steps, each one applied before the next, so
    that the charts have a history. The same tickets, agents, history and server time on every run."""
    controller = SyncController(lambda: own_sim.client())
    driver = own_sim.client()

    def follow() -> None:
        controller.start()
        qtbot.waitUntil(lambda: controller.status.state is FeedState.LIVE and controller.has_data, timeout=15_000)
        for _ in range(6):
            driver.sim_advance(300)
            target = driver.sim_status().cursor
            qtbot.waitUntil(lambda target=target: controller.cursor >= target, timeout=10_000)

    yield controller, follow
    controller.stop()
    driver.close()


def draw_now(*charts: LiveChart | None) -> None:
    """Charts drawn now, not on their next frame."""
    for chart in charts:
        if chart is not None:
            chart.refresh()


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_wall_pages_look_as_approved(qtbot: QtBot, sync: tuple[SyncController, Follow],
                                     request: pytest.FixtureRequest, index: int) -> None:
    controller, follow = sync
    wall = WallWindow(controller, layout.load(), now_fn=lambda: 1000.0)  # the default playlist, at a standing clock
    qtbot.addWidget(wall)
    wall.resize(1920, 1080)
    wall.show()
    qtbot.waitExposed(wall)
    follow()
    wall.show_page(index)
    wall._charts_at = -1e9  # charts due now
    wall.refresh()
    wall.clock.setText("10:00")  # the wall's clock and "Updated" read the machine's clock: fixed for the picture
    wall.updated.setText("Updated 10:00:00")
    draw_now(*(chart.chart for chart in wall.page.charts))
    assert_matches_reference(settled_grab(wall), f"wall-page-{index}", request.config)
    wall.close()


def test_dashboard_looks_as_approved(qtbot: QtBot, sync: tuple[SyncController, Follow],
                                     request: pytest.FixtureRequest) -> None:
    controller, follow = sync
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show_page("dashboard")
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    follow()
    window.refresh()
    window._refresh_charts(force=True)
    page = window.dashboard
    draw_now(page.depth_chart, page.risk_chart, page.sl_chart, page.flow_chart)
    assert_matches_reference(settled_grab(window), "dashboard", request.config)
    window.close()

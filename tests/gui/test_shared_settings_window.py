"""The centre's shared thresholds and wall pages reach a console, and an open wall, from the server; a supervisor's
console shares its own."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from console.core import thresholds
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from console.ui.main_window import MainWindow
from console.ui.wall.window import WallWindow
from tests.helpers.sim import SimServer

FLOOR_2 = {"pages": [{"title": "Floor 2", "rows": 1, "columns": 2, "tiles": [
    {"type": "kpi", "metric": "waiting", "at": [0, 0]}, {"type": "kpi", "metric": "breached", "at": [0, 1]}]}]}


def test_an_open_wall_takes_the_centres_pages_and_thresholds(qtbot: QtBot, own_sim: SimServer) -> None:
    sup = own_sim.client("supervisor")
    sup.save_setting("thresholds", {"waiting": {"amber": 2, "red": 3}})
    sup.save_setting("wall_layout", FLOOR_2)
    sync = SyncController(lambda: own_sim.client("viewer"))
    window = MainWindow(sync, thresholds=thresholds.DEFAULTS)
    qtbot.addWidget(window)
    wall = window.open_wall()
    assert isinstance(wall, WallWindow)
    assert len(wall.pages) == 4, "the shipped playlist until the centre's arrives"
    sync.start()
    qtbot.waitUntil(lambda: [p.spec.title for p in wall.pages] == ["Floor 2"], timeout=15_000)
    assert window.dashboard.thresholds["waiting"] == thresholds.Threshold(2, 3)
    assert window.overview.thresholds["waiting"] == thresholds.Threshold(2, 3)
    assert wall.pages[0].isVisible()
    assert window.wall is wall, "the same wall, its pages replaced"
    wall.close()
    window.close()
    sync.stop()
    sup.close()


def test_a_wall_given_its_pages_on_the_command_line_keeps_them(qtbot: QtBot, own_sim: SimServer) -> None:
    sup = own_sim.client("supervisor")
    sup.save_setting("thresholds", {"waiting": {"amber": 2, "red": 3}})
    sup.save_setting("wall_layout", FLOOR_2)
    sync = SyncController(lambda: own_sim.client("viewer"))
    window = MainWindow(sync)
    qtbot.addWidget(window)
    window.layout_from_file = True  # as --layout sets it
    wall = window.open_wall()
    assert isinstance(wall, WallWindow)
    sync.start()
    qtbot.waitUntil(lambda: window.dashboard.thresholds["waiting"].red == 3, timeout=15_000)
    assert [p.spec.title for p in wall.pages] == ["Overview", "Service level per queue", "Trends", "Agent load"]
    wall.close()
    window.close()
    sync.stop()
    sup.close()


def test_a_supervisor_shares_this_consoles_thresholds_and_pages(qtbot: QtBot, own_sim: SimServer) -> None:
    tasks = TaskRunner(lambda: own_sim.client("supervisor"))
    window = MainWindow(None, thresholds=thresholds.from_document({"at_risk": {"amber": 4, "red": 8}}), tasks=tasks)
    qtbot.addWidget(window)
    window.publish_settings()
    qtbot.waitUntil(lambda: "thresholds version 1, wall pages version 1" in window.statusBar().currentMessage(),
                    timeout=10_000)
    viewer = own_sim.client("viewer")
    shared = viewer.setting("thresholds")
    assert shared is not None
    assert thresholds.from_document(shared.data)["at_risk"] == thresholds.Threshold(4, 8)
    pages = viewer.setting("wall_layout")
    assert pages is not None
    assert [p["title"] for p in pages.data["pages"]] == ["Overview", "Service level per queue", "Trends",
                                                         "Agent load"]
    window.close()
    tasks.shutdown()
    viewer.close()


def test_a_reviewer_is_told_why_nothing_was_shared(qtbot: QtBot, own_sim: SimServer) -> None:
    tasks = TaskRunner(lambda: own_sim.client("qa_reviewer"))
    window = MainWindow(None, tasks=tasks)
    qtbot.addWidget(window)
    window.publish_settings()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Not shared: "), timeout=10_000)
    assert "may not do this (403)" in window.statusBar().currentMessage()
    assert own_sim.client("viewer").setting("thresholds") is None
    window.close()
    tasks.shutdown()

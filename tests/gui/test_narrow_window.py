"""A window under 1000 px wide (900x700): nothing leaves the screen, pages scroll; the board's columns fit their
text and tooltips carry the whole of an elided cell (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from api_client.feed import FeedState
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from console.ui.main_window import MainWindow
from tests.helpers.sim import SimServer


def test_every_page_fits_a_900_px_window_and_scrolls(qtbot: QtBot, sim: SimServer) -> None:
    sync = SyncController(lambda: sim.client("team_lead"))
    tasks = TaskRunner(lambda: sim.client("team_lead"))
    window = MainWindow(sync, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    sync.start()
    try:
        qtbot.waitUntil(lambda: window.status.state is FeedState.LIVE and sync.has_data, timeout=20_000)
        for name, page in window.pages.items():
            window.show_page(name)
            window.resize(900, 700)
            qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 700, timeout=5_000)
            assert window.minimumSizeHint().width() <= 900, name
            scroll = window.page_scroll
            assert scroll.width() <= 900
            wanted = page.minimumSizeHint().width()
            if wanted > scroll.viewport().width():  # a page that needs more room scrolls to all of it
                bar = scroll.horizontalScrollBar()
                assert bar.isVisible(), name
                assert bar.maximum() >= wanted - scroll.viewport().width() - 1, name
            status = window.statusBar()
            for label in (window.connection, window.clock):
                assert label.mapTo(status, label.rect().topRight()).x() <= status.width(), name

        window.show_page("rebalance")
        window.resize(1366, 768)
        board = window.rebalance.board
        qtbot.waitUntil(lambda: board.board.rowCount() > 10, timeout=20_000)
        model, header = board.board, board.horizontalHeader()
        metrics = board.fontMetrics()
        for row in range(model.rowCount()):
            for col in (0, 1):  # team and agent are never cut at 1366
                text = model.index(row, col).data()
                assert metrics.horizontalAdvance(text) < header.sectionSize(col), text
        skills = model.index(0, 5)
        assert skills.data(Qt.ItemDataRole.ToolTipRole) == skills.data()  # the whole text where it is elided
        assert sum(header.sectionSize(c) for c in range(model.columnCount())) <= board.viewport().width() + 1
    finally:
        window.close()
        tasks.shutdown()
        sync.stop()

"""The ticket tables (rebalance page, drill-down) at 1366x768: every column on screen without scrolling sideways,
narrow text cut with "…" and whole in its tooltip (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from api_client.feed import FeedState
from console.core.metrics import Filter
from console.qt.i18n import Translations
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from console.ui.main_window import MainWindow
from tests.helpers.sim import SimServer, make_sim
from widgets.array_table import Column, TicketTable
from widgets.array_table.view import FLOOR_EM


def all_columns_on_screen(table: TicketTable) -> None:
    QApplication.processEvents()  # the view lays out its scroll bars
    view, header = table.view, table.view.horizontalHeader()
    em = view.fontMetrics().horizontalAdvance("M")
    assert view.horizontalScrollBar().maximum() == 0
    for c in range(table.model.columnCount()):
        right = header.sectionViewportPosition(c) + header.sectionSize(c)
        assert right <= view.viewport().width(), table.model.columns[c].header
        assert header.sectionSize(c) >= FLOOR_EM * em - 1, table.model.columns[c].header


@pytest.fixture(scope="module")
def backlog(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimServer]:
    """A centre with a backlog waiting (the rebalance page's table lists the waiting tickets)."""
    server = make_sim(tmp_path_factory.mktemp("backlog"), "--speed", "0", "--seed", "4", "--open-tickets", "300")
    yield server
    server.stop()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_ticket_column_shows_at_1366(qtbot: QtBot, backlog: SimServer, qapp: QApplication,
                                           language: str) -> None:
    sim = backlog
    translations = Translations()
    translations.install(language)
    sync = SyncController(lambda: sim.client("team_lead"))
    tasks = TaskRunner(lambda: sim.client("team_lead"))
    window = MainWindow(sync, language, tasks=tasks)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    sync.start()
    try:
        qtbot.waitUntil(lambda: window.status.state is FeedState.LIVE and sync.has_data, timeout=20_000)
        window.show_page("rebalance")
        table = window.rebalance.table
        qtbot.waitUntil(lambda: table.model.rowCount() > 10, timeout=20_000)
        assert [c.key for c in table.model.columns][-1] == "age"  # "Created", the column that scrolled off
        all_columns_on_screen(table)

        drill = window.open_drill_down("waiting", Filter())
        qtbot.waitUntil(lambda: drill.table.model.rowCount() > 10, timeout=5_000)
        all_columns_on_screen(drill.table)
        drill.close()
    finally:
        window.close()
        tasks.shutdown()
        sync.stop()
        translations.install("en")


def test_a_narrow_table_cuts_text_columns_first_and_tooltips_say_it_all(qtbot: QtBot) -> None:
    columns = [Column("id", "Ticket", "number", lambda v: f"#{v:.0f}"), Column("subject", "Subject"),
               Column("queue", "Queue"), Column("due", "Time to breach", "countdown")]
    table = TicketTable(columns, lambda: 0.0, stretch_key="subject")
    qtbot.addWidget(table)
    table.resize(360, 300)
    table.show()
    qtbot.waitExposed(table)
    long = "Orders & logistics, returns and everything after the sale"
    table.set_data(np.array([1, 2], dtype=np.int64), {
        "id": np.array([1.0, 2.0]), "subject": np.array([long * 2, "Short"]), "queue": np.array([long, "Billing"]),
        "due": np.array([-90_000.0, 60.0])})
    header, metrics = table.view.horizontalHeader(), table.view.fontMetrics()
    all_columns_on_screen(table)
    queue = table.model.column_of("queue")
    assert header.sectionSize(queue) < metrics.horizontalAdvance(long)  # cut, not scrolled to
    due = table.model.column_of("due")
    assert header.sectionSize(due) > header.sectionSize(queue)  # numbers keep more than the text gives up
    assert table.model.index(0, queue).data(Qt.ItemDataRole.ToolTipRole) == long
    assert table.model.index(0, due).data(Qt.ItemDataRole.ToolTipRole) == table.model.index(0, due).data()
    assert table.model.headerData(due, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Time to breach"
    table.resize(1400, 300)  # room again: the subject takes the rest
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(4)) == table.view.viewport().width())
    assert header.sectionSize(queue) >= metrics.horizontalAdvance(long) or header.sectionSize(queue) >= 160

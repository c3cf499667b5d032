"""The drill-down is not a dead end (issue 16): open a ticket in its helpdesk, reassign and escalate from it with
the rebalance page's warnings, reason and undo, all from the keyboard; read-only roles see what they may do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from api_client.feed import FeedState
from console.core.metrics import Filter
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from console.ui.dialogs.drill_down import DrillDownDialog
from console.ui.dialogs.rebalance import EscalateDialog, OverrideDialog
from console.ui.main_window import MainWindow
from tests.helpers.sim import SimServer, make_sim


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[SimServer]:
    server = make_sim(tmp_path, "--speed", "0", "--seed", "4", "--open-tickets", "300")
    yield server
    server.stop()


class Opened(QObject):
    """Stands in for the system's browser (QDesktopServices' URL handler): records what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def open_window(qtbot: QtBot, server: SimServer, role: str) -> MainWindow:
    sync = SyncController(lambda: server.client(role))
    tasks = TaskRunner(lambda: server.client(role))
    window = MainWindow(sync, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    sync.start()
    qtbot.waitUntil(lambda: window.status.state is FeedState.LIVE and sync.has_data, timeout=20_000)
    return window


def close(window: MainWindow) -> None:
    window.close()
    window.tasks.shutdown()  # type: ignore[union-attr]


def drill(qtbot: QtBot, window: MainWindow, role: str) -> DrillDownDialog:
    dialog = window.open_drill_down("waiting", Filter())
    qtbot.waitUntil(lambda: dialog.role == role and bool(window.rebalance.agents), timeout=20_000)
    assert dialog.table.model.rowCount() > 10
    return dialog


def test_reassign_from_the_drill_down_warns_takes_a_reason_and_undoes_by_keyboard(qtbot: QtBot,
                                                                                    centre: SimServer) -> None:
    window = open_window(qtbot, centre, "team_lead")
    try:
        dialog = drill(qtbot, window, "team_lead")
        page = window.rebalance
        view = dialog.table.view
        assert view.hasFocus()
        assert view.currentIndex().row() == 0
        ticket = dialog.selected()[0]
        skill = page.queues[ticket.queue_id].skill
        agent = next(a for a in sorted(page.agents.values(), key=lambda a: a.name)
                     if skill not in a.skills and a.state in ("available", "busy"))  # a move that must warn
        assert dialog.reassign_button.isVisible()
        assert dialog.reassign_button.isEnabled()

        qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        palette = page.command_palette
        qtbot.waitUntil(palette.isVisible, timeout=5_000)
        assert palette.title.text().startswith("Move 1 ticket")
        qtbot.keyClicks(palette.edit, agent.name)
        assert palette.visible_keys()[0] == f"agent:{agent.id}"
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
        warning = page._dialog
        assert isinstance(warning, OverrideDialog)
        assert "lacks the skill" in warning.text.text()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is warning.reason, timeout=5_000)
        qtbot.keyClicks(warning.reason, "billing expert on leave")
        qtbot.keyClick(warning.reason, Qt.Key.Key_Return)

        qtbot.waitUntil(lambda: "Moved 1 of 1 ticket" in dialog.outcome.text(), timeout=15_000)
        lead = centre.client("team_lead")
        assert lead.ticket(ticket.id).assignee_id == agent.id
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=5_000)  # back on the drill-down
        # The drill-down of waiting tickets reads itself again: the ticket now has an agent and leaves it.
        qtbot.waitUntil(lambda: ticket.id not in dialog.tickets, timeout=10_000)

        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the page's undo, from here
        qtbot.waitUntil(lambda: "Undone 1 of 1 ticket" in dialog.outcome.text(), timeout=15_000)
        assert lead.ticket(ticket.id).assignee_id is None
        entries = lead.audit(ticket_id=ticket.id)
        assert any(e.override_reason == "billing expert on leave" for e in entries)
        lead.close()
    finally:
        close(window)


def test_escalate_and_the_context_menu_from_the_drill_down(qtbot: QtBot, centre: SimServer) -> None:
    window = open_window(qtbot, centre, "team_lead")
    try:
        dialog = drill(qtbot, window, "team_lead")
        view = dialog.table.view
        ticket = dialog.selected()[0]
        # The menu key (the platform turns it into a keyboard context-menu event): the same actions as the buttons.
        at = view.visualRect(view.currentIndex()).center()
        QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at,
                                                                  view.viewport().mapToGlobal(at)))
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
            "&Open in helpdesk (Ctrl+O)", "&Reassign… (Ctrl+K)", "&Escalate… (Ctrl+E)", "&Undo the last move (Ctrl+Z)"]
        menu.close()
        # Open in helpdesk: the simulator's own page for the ticket, in the system's browser, with no token in it.
        opened = Opened()
        QDesktopServices.setUrlHandler("http", opened, "open")
        try:
            assert dialog.open_action.isEnabled()
            qtbot.keyClick(view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
            assert opened.urls == [f"{centre.url}/tickets/{ticket.id}"]
        finally:
            QDesktopServices.unsetUrlHandler("http")
        assert not any(token in opened.urls[0] for token in centre.tokens.values())
        page = requests.get(opened.urls[0], timeout=10)
        assert page.status_code == 200
        assert f"#{ticket.id}" in page.text

        qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(window.rebalance._dialog, EscalateDialog), timeout=5_000)
        escalate = window.rebalance._dialog
        assert isinstance(escalate, EscalateDialog)
        assert escalate.windowTitle().startswith("Escalate 1 ticket")
        escalate.priority.setCurrentIndex(1)  # urgent
        qtbot.keyClicks(escalate.reason, "VIP customer")
        escalate.ok.click()
        qtbot.waitUntil(lambda: "Escalated 1 of 1 ticket" in dialog.outcome.text(), timeout=15_000)
        lead = centre.client("team_lead")
        assert lead.ticket(ticket.id).priority == "urgent"
        lead.close()
    finally:
        close(window)


@pytest.mark.parametrize("role", ["viewer", "qa_reviewer"])
def test_read_only_roles_see_open_not_reassign_or_escalate(qtbot: QtBot, centre: SimServer, role: str) -> None:
    window = open_window(qtbot, centre, role)
    try:
        dialog = drill(qtbot, window, role)
        assert not dialog.reassign_button.isVisible()
        assert not dialog.escalate_button.isVisible()
        assert dialog.open_button.isVisible()
        assert dialog.role_note.isVisible()
        assert role in dialog.role_note.text()
        qtbot.keyClick(dialog.table.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert not window.rebalance.command_palette.isVisible()  # the key does nothing either
    finally:
        close(window)

"""Help > Keyboard shortcuts: F1 opens it, and it lists the window's shortcuts from the actions themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from console.ui.dialogs.shortcuts import ShortcutsDialog
from console.ui.main_window import MainWindow


def test_f1_lists_the_menu_and_page_shortcuts(qtbot) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog.isVisible()
    rows = {(key, what) for key, what, _ in dialog.rows()}
    assert ("Ctrl+2", "Dashboard") in rows
    assert ("F11", "Wall display") in rows
    assert ("F1", "Keyboard shortcuts") in rows
    assert ("Alt+Down", "Next interaction") in rows  # a page shortcut, described by the fallback
    assert dialog.table.rowCount() == len(dialog.rows())
    wheres = [where for _, _, where in dialog.rows()]
    menus = {"File", "View", "Language", "Help"}
    first_page = next(i for i, where in enumerate(wheres) if where not in menus)
    assert first_page > 0
    assert set(wheres[:first_page]) <= menus  # the menus' shortcuts come first, then the pages'
    assert not set(wheres[first_page:]) & menus
    assert ("Ctrl+R", "Reconnect", "File") in dialog.rows()


def test_f1_lists_every_shortcut_once_in_menu_then_page_order(qtbot) -> None:
    """Scorecard and wall keys too; one row per command (its keys together); no multimedia "Find" key."""
    window = MainWindow(None)
    qtbot.addWidget(window)
    rows = ShortcutsDialog(window).rows()
    commands = [(what, where) for _, what, where in rows]
    assert len(commands) == len(set(commands))
    keys = [(k, where) for key, _, where in rows for k in key.split(", ")]
    assert len(keys) == len(set(keys)), keys  # a key once per place it works
    assert ("Ctrl+Return, Ctrl+Enter", "Submit the review", "Quality review") in rows
    assert ("F3, Ctrl+G", "Next search match", "Quality review") in rows
    assert "Find" not in {k for k, _ in keys}
    assert ("1 … 5", "Score the focused question", "Scorecard question") in rows
    assert ("Esc", "Leave the wall display", "Wall display") in rows
    view = [key for key, _, where in rows if where == "View"]
    assert view == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "F11"]  # the menu lists the pages in their keys' order
    wheres = list(dict.fromkeys(where for _, _, where in rows))
    assert wheres == ["File", "View", "Help", "Rebalance", "Quality review", "Scorecard question", "Wall display"]


def test_a_new_action_shows_up_without_editing_the_dialog(qtbot) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    action = QAction("Export CSV", window)
    action.setShortcut(QKeySequence("Ctrl+E"))
    window.file_menu.addAction(action)
    rows = ShortcutsDialog(window).rows()
    assert ("Ctrl+E", "Export CSV", "File") in rows

"""Help > Keyboard shortcuts (F1): every shortcut in the window, read from its actions and shortcuts."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from widgets.retranslatable import Retranslatable


def _plain(text: str) -> str:
    """A menu text without its accelerator ("&File", "文件(&F)") or trailing ellipsis."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


class ShortcutsDialog(Retranslatable, QDialog):
    """A read-only table: shortcut, what it does, where it works; rebuilt from the live actions when shown."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("ShortcutsDialog")
        self._window = window
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(720, 560)

    def _fallback(self) -> dict[str, str]:
        """What page shortcuts without a text of their own do, by key sequence."""
        return {
            "Alt+Down": self.tr("Next interaction"), "Alt+Up": self.tr("Previous interaction"),
            "Alt+Q": self.tr("Go to the review queue"), "Alt+S": self.tr("Go to the first unrated question"),
            "Ctrl+Shift+A": self.tr("Accept the AutoQA suggestions"), "F5": self.tr("Reload"),
            "Ctrl+Space": self.tr("Play or pause the recording"), "Ctrl+Left": self.tr("Back a few seconds"),
            "Ctrl+Right": self.tr("Forward a few seconds"), "Ctrl+Shift+Left": self.tr("Back further"),
            "Ctrl+Shift+Right": self.tr("Forward further"), "Ctrl+[": self.tr("Slower playback"),
            "Ctrl+]": self.tr("Faster playback"), "Ctrl+F": self.tr("Search the transcript"),
            "F3": self.tr("Next search match"), "Ctrl+Return": self.tr("Submit the review"),
            "Ctrl+Enter": self.tr("Submit the review"),
        }

    def _where(self, obj: QAction | QShortcut) -> str:
        """The menu an action sits in, else the page that owns it."""
        if isinstance(obj, QAction):
            for menu in obj.associatedObjects():
                title = getattr(menu, "title", None)
                if callable(title) and title():
                    return _plain(title())
        parent = obj.parent()
        pages = getattr(self._window, "pages", {})
        names = {"overview": self.tr("Overview"), "dashboard": self.tr("Dashboard"), "rebalance": self.tr("Rebalance"),
                 "qa": self.tr("Quality review")}
        while parent is not None:
            for name, page in pages.items():
                if parent is page:
                    return names.get(name, name)
            parent = parent.parent()
        return self.tr("Everywhere")

    def rows(self) -> list[tuple[str, str, str]]:
        """(shortcut, what it does, where) for every enabled shortcut in the window, in native key names."""
        fallback = self._fallback()
        found: list[tuple[str, str, str]] = []
        seen: set[tuple[str, str]] = set()
        items: list[QAction | QShortcut] = [*self._window.findChildren(QAction), *self._window.findChildren(QShortcut)]
        for obj in items:
            keys = obj.shortcuts() if isinstance(obj, QAction) else obj.keys()
            if not keys:
                continue
            for key in keys:
                portable = key.toString(QKeySequence.SequenceFormat.PortableText)
                text = obj.text() if isinstance(obj, QAction) else obj.whatsThis()
                what = _plain(text) or fallback.get(portable, portable)
                where = self._where(obj)
                if (portable, where) in seen:
                    continue
                seen.add((portable, where))
                found.append((key.toString(QKeySequence.SequenceFormat.NativeText), what, where))
        menus = [_plain(m.title()) for m in self._window.menuBar().findChildren(QMenu)]
        return sorted(found, key=lambda row: row[2] not in menus)  # the menus' shortcuts first, then the pages'

    def refresh(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(self.tr("Shortcuts on a page work while that page is shown. "
                                   "Press Alt with the underlined letter to open a menu."))
        self.table.setHorizontalHeaderLabels([self.tr("Shortcut"), self.tr("Action"), self.tr("Where")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        if self.isVisible():
            self.refresh()


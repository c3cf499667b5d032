"""Help > Keyboard shortcuts (F1): every shortcut in the window, read from its actions and shortcuts, and the keys
a scorecard question and the wall display take."""

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

from console.ui.wall.window import key_help as wall_keys
from widgets.retranslatable import Retranslatable
from widgets.scorecard_form import key_help as scorecard_keys


def _native(key: QKeySequence) -> str:
    return key.toString(QKeySequence.SequenceFormat.NativeText)


def _on_a_keyboard(key: QKeySequence) -> bool:
    """Not a multimedia key (QKeySequence.Find also binds the rare "Find" key)."""
    return key.count() > 0 and key[0].key().value <= Qt.Key.Key_F35.value  # type: ignore[index]  # stubs lack []


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

    def _page_names(self) -> dict[str, str]:
        return {"overview": self.tr("Overview"), "dashboard": self.tr("Dashboard"), "rebalance": self.tr("Rebalance"),
                "qa": self.tr("Quality review")}

    def _page_of(self, obj: QAction | QShortcut) -> str:
        """The page that owns a shortcut, else "Everywhere"."""
        parent = obj.parent()
        pages = getattr(self._window, "pages", {})
        names = self._page_names()
        while parent is not None:
            for name, page in pages.items():
                if parent is page:
                    return names.get(name, name)
            parent = parent.parent()
        return self.tr("Everywhere")

    def rows(self) -> list[tuple[str, str, str]]:
        """(keys, what they do, where), one row per command: the menus' in menu order, then each page's in page
        order, then the keys of a focused scorecard question and of the wall display."""
        fallback = self._fallback()
        found: dict[tuple[str, str], list[str]] = {}  # (where, what) -> keys, in the order first seen

        def add(where: str, what: str, keys: list[str]) -> None:
            known = found.setdefault((where, what), [])
            known += [k for k in keys if k not in known]

        in_menus: set[QAction] = set()
        for top in self._window.menuBar().actions():
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                in_menus.add(action)
                if action.shortcuts():
                    add(_plain(menu.title()), _plain(action.text()), [_native(k) for k in action.shortcuts()])
        objects: list[QAction | QShortcut] = [a for a in self._window.findChildren(QAction) if a not in in_menus]
        objects += self._window.findChildren(QShortcut)
        for obj in objects:
            keys = [k for k in (obj.shortcuts() if isinstance(obj, QAction) else obj.keys()) if _on_a_keyboard(k)]
            if not keys or not obj.isEnabled():
                continue
            portable = keys[0].toString(QKeySequence.SequenceFormat.PortableText)
            what = _plain(obj.text() if isinstance(obj, QAction) else obj.whatsThis()) or fallback.get(portable,
                                                                                                      portable)
            add(self._page_of(obj), what, [_native(k) for k in keys])
        scorecard, wall = self.tr("Scorecard question"), self.tr("Wall display")
        for where, helps in ((scorecard, scorecard_keys()), (wall, wall_keys())):
            for named, what in helps:
                add(where, what, [named])
        order = [*(_plain(m.title()) for m in self._window.menuBar().findChildren(QMenu)),
                 *self._page_names().values(), scorecard, wall, self.tr("Everywhere")]
        rows = [(", ".join(names), what, where) for (where, what), names in found.items()]
        return sorted(rows, key=lambda row: order.index(row[2]) if row[2] in order else len(order))  # stable

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


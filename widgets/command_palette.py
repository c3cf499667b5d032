"""A command palette: type part of a name, arrows to pick, Enter to choose (keyboard-first)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Entry:
    """One choice: ``key`` comes back in :attr:`CommandPalette.chosen`; ``text`` is matched and shown."""

    key: str
    text: str
    detail: str = ""


class CommandPalette(QDialog):
    """A small popup list filtered as one types (every word must appear, in any order)."""

    chosen = Signal(str)
    """The key of the entry picked with Enter or a double click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CommandPalette")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.title = QLabel()
        self.title.setObjectName("PaletteTitle")
        self.edit = QLineEdit()
        self.items = QStandardItemModel(self)
        self.proxy = _WordsFilter(self)
        self.proxy.setSourceModel(self.items)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)  # thousands of agents: rows are never measured one by one
        self.list.activated.connect(lambda index: self._choose(index.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        self.edit.textChanged.connect(self._filter)
        self.edit.returnPressed.connect(lambda: self._choose(max(self.list.currentIndex().row(), 0)))
        self.edit.installEventFilter(self)
        self.resize(460, 380)

    def open_with(self, title: str, entries: Sequence[Entry], placeholder: str = "") -> None:
        """Show ``entries`` (non-modal) with the text box focused."""
        self.title.setText(title)
        self.setWindowTitle(title)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(title)
        self.items.clear()
        for e in entries:
            item = QStandardItem(f"{e.text}  —  {e.detail}" if e.detail else e.text)
            item.setData(e.key, KEY_ROLE)
            item.setEditable(False)
            self.items.appendRow(item)
        self.edit.clear()
        self._filter("")
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()

    def visible_keys(self) -> list[str]:
        return [self.proxy.index(r, 0).data(KEY_ROLE) for r in range(self.proxy.rowCount())]

    def _filter(self, text: str) -> None:
        self.proxy.set_words(text)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _choose(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            key = self.proxy.index(row, 0).data(KEY_ROLE)
            self.hide()
            self.chosen.emit(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up and Down in the text box move through the list."""
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.proxy.rowCount():
            row = self.list.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.list.setCurrentIndex(self.proxy.index(max(0, min(row, self.proxy.rowCount() - 1)), 0))
            return True
        return super().eventFilter(watched, event)


class _WordsFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: object) -> bool:  # noqa: N802
        text = str(self.sourceModel().index(row, 0).data()).casefold()
        return all(w in text for w in self._words)

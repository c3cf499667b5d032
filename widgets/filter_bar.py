"""A row of multi-select drop-downs (e.g. queue, channel, team, priority); none selected means all."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

NAMED = 2  # a button names up to this many choices, then says how many more


def escape_mnemonic(text: str) -> str:
    """``text`` as a label that shows every ``&`` (Qt takes ``&x`` in action and button text as a shortcut)."""
    return text.replace("&", "&&")


class ChoiceMenu(QMenu):
    """A menu of checkable choices that stays open while they are ticked (mouse, Space or Enter); Esc closes it."""

    def _toggle_active(self) -> bool:
        action = self.activeAction()
        if action is None or not action.isEnabled() or not action.isCheckable():
            return False
        action.trigger()
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self._toggle_active():
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not (event.key() in keys and self._toggle_active()):
            super().keyPressEvent(event)


class FilterBar(QWidget):
    """Each dimension is a button with a menu of checkable choices; its text says what is chosen."""

    changed = Signal(dict)
    """Emitted with {dimension: frozenset of chosen values} whenever a choice changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._buttons: dict[str, QToolButton] = {}
        self._labels: dict[str, str] = {}
        self._names: dict[str, dict[str, str]] = {}  # dimension -> value -> its text as given (no mnemonic escapes)
        self._actions: dict[str, list[QAction]] = {}
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.clear)
        self._layout.addStretch(1)
        self._layout.addWidget(self.reset_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.reset_button.setText(self.tr("Clear filters"))
        for key in self._buttons:
            self._update_text(key)

    def set_dimension(self, key: str, label: str, choices: Sequence[tuple[str, str]]) -> None:
        """Add or replace a dimension: ``choices`` are (value, text); keeps still-valid selections."""
        chosen = self.selection().get(key, frozenset())
        button = self._buttons.get(key)
        if button is None:
            button = QToolButton()
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setMenu(ChoiceMenu(button))
            button.setObjectName(f"filter-{key}")
            self._buttons[key] = button
            self._layout.insertWidget(len(self._buttons) - 1, button)
        menu = button.menu()
        menu.clear()
        actions = []
        for value, text in choices:
            action = QAction(escape_mnemonic(text), menu, checkable=True)
            action.setData(value)
            action.setChecked(value in chosen)
            action.toggled.connect(lambda _=False, k=key: self._toggled(k))
            menu.addAction(action)
            actions.append(action)
        self._actions[key] = actions
        self._names[key] = dict(choices)
        self._labels[key] = label
        self._update_text(key)

    def _update_text(self, key: str) -> None:
        """"Queue: all", "Channel: Phone, Chat" or "Team: Atlas, Harbour +2"; the tooltip names every choice."""
        names = self._names[key]
        chosen = [names[a.data()] for a in self._actions[key] if a.isChecked()]
        label = self._labels[key]
        separator = self.tr(", ")
        if not chosen:
            text = self.tr("%1: all").replace("%1", label)
        elif len(chosen) <= NAMED:
            text = self.tr("%1: %2").replace("%1", label).replace("%2", separator.join(chosen))
        else:
            text = (self.tr("%1: %2 +%3").replace("%1", label).replace("%2", separator.join(chosen[:NAMED]))
                    .replace("%3", str(len(chosen) - NAMED)))
        button = self._buttons[key]
        button.setText(escape_mnemonic(text))
        button.setToolTip(self.tr("%1: %2").replace("%1", label).replace("%2", separator.join(chosen)) if chosen
                          else "")
        button.setAccessibleName(text)

    def _toggled(self, key: str) -> None:
        self._update_text(key)
        self.changed.emit(self.selection())

    def selection(self) -> dict[str, frozenset[str]]:
        return {k: frozenset(a.data() for a in acts if a.isChecked()) for k, acts in self._actions.items()}

    def select(self, key: str, values: Sequence[str]) -> None:
        """Choose exactly ``values`` in dimension ``key`` (one ``changed`` signal)."""
        for a in self._actions[key]:
            a.blockSignals(True)
            a.setChecked(a.data() in values)
            a.blockSignals(False)
        self._toggled(key)

    def clear(self) -> None:
        for acts in self._actions.values():
            for a in acts:
                a.blockSignals(True)
                a.setChecked(False)
                a.blockSignals(False)
        for key in self._actions:
            self._update_text(key)
        self.changed.emit(self.selection())

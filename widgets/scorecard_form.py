"""A keyboard-first scorecard: one row per category with its points, N/A and a comment.

Keys on a focused category row: 1..n pick the points (1 is the lowest), 0 or N marks N/A, Delete clears,
A takes the row's suggestion (if any), C edits the row's comment (Esc or Enter returns),
Up/Down and Tab/Shift+Tab move between rows.
Ctrl+Enter asks to submit. The form knows nothing about the API: categories are any objects with
``id``, ``name``, ``weight``, ``scale`` (2-5) and ``critical``.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from widgets.retranslatable import Retranslatable

NA = -1  # the N/A button's id in a row's button group
# The focused row and the chosen value must be obvious at a glance (palette colours follow the theme).
ROW_STYLE = """
QFrame#ScoreRow { border: 1px solid palette(mid); border-radius: 4px; }
QFrame#ScoreRow:focus { border: 2px solid palette(highlight); }
QFrame#ScoreRow QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);
    font-weight: bold; border: 1px solid palette(highlight); border-radius: 3px; }
"""


class CategoryLike(Protocol):
    id: str
    name: str
    weight: float
    scale: int
    critical: bool


def key_help() -> list[tuple[str, str]]:
    """The keys a focused question takes (:meth:`CategoryRow.keyPressEvent`), for Help > Keyboard shortcuts."""
    return [
        ("1 … 5", QCoreApplication.translate("CategoryRow", "Score the focused question")),
        ("N, 0", QCoreApplication.translate("CategoryRow", "Not applicable")),
        ("A", QCoreApplication.translate("CategoryRow", "Take the AutoQA suggestion")),
        ("C", QCoreApplication.translate("CategoryRow", "Comment on the question (Esc or Enter: back)")),
        ("Del, Backspace", QCoreApplication.translate("CategoryRow", "Clear the score")),
        ("Down, Up", QCoreApplication.translate("CategoryRow", "Next or previous question")),
    ]


class CategoryRow(QFrame):
    """One category: focusable; number keys rate it."""

    changed = Signal()

    def __init__(self, category: CategoryLike, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self.setObjectName("ScoreRow")
        self.setStyleSheet(ROW_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("SuggestionHint")
        self.suggestion.setWordWrap(True)
        self.suggestion.setVisible(False)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # a second click (or key) on the chosen value clears it
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.buttons: dict[int, QPushButton] = {}
        for value in [*range(category.scale), NA]:
            b = QPushButton()
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the row; the mouse still works
            b.setMinimumWidth(44)
            self.group.addButton(b, value)
            self.buttons[value] = b
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.group.idClicked.connect(self._clicked)
        self.comment = QLineEdit()
        self.comment.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab walks the rows; C edits the comment
        self.comment.textEdited.connect(lambda _: self.changed.emit())
        self.comment.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.comment)
        self.value: int | None = None
        self.na = False
        self.suggested: int | None = None
        self.retranslate()

    def set_suggestion(self, value: int | None, text: str) -> None:
        """Show a proposed value and why (``value`` None: hide); the A key takes it, nothing else does."""
        self.suggested = value
        self.suggestion.setText(text)
        self.suggestion.setVisible(bool(text))

    def retranslate(self) -> None:
        c = self.category
        marks = self.tr("(weight %1, critical)") if c.critical else self.tr("(weight %1)")
        marks = marks.replace("%1", f"{c.weight:g}")
        self.title.setText(f"<b>{c.name}</b>  <span style='color:#666'>{marks}</span>")
        for value, b in self.buttons.items():
            if value == NA:
                b.setText(self.tr("N/A"))
                b.setToolTip(self.tr("Not applicable (key 0 or N)"))
            elif c.scale == 2:
                b.setText(self.tr("No") if value == 0 else self.tr("Yes"))
                b.setToolTip(self.tr("Key %1").replace("%1", str(value + 1)))
            else:
                b.setText(str(value + 1))
                b.setToolTip(self.tr("Key %1").replace("%1", str(value + 1)))
        self.comment.setPlaceholderText(self.tr("Comment on this category (C)"))

    # ---------------------------------------------------------------- value
    def set_value(self, value: int | None, na: bool = False, emit: bool = True) -> None:
        """Points ``value`` (0..scale-1), or N/A, or nothing (both None/False)."""
        self.value, self.na = (None, True) if na else (value, False)
        for v, b in self.buttons.items():
            b.setChecked((v == NA and self.na) or (v == self.value and not self.na))
        self.setProperty("rated", self.na or self.value is not None)
        self.style().unpolish(self)
        self.style().polish(self)
        if emit:
            self.changed.emit()

    @property
    def is_rated(self) -> bool:
        return self.na or self.value is not None

    def _clicked(self, value: int) -> None:
        same = (value == NA and self.na) or (value == self.value and not self.na)
        if same:
            self.set_value(None)
        else:
            self.set_value(None if value == NA else value, na=value == NA)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, text = event.key(), event.text().lower()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
        elif text.isdigit() and 1 <= int(text) <= self.category.scale:
            self.set_value(int(text) - 1)
        elif text in ("0", "n"):
            self.set_value(None, na=True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif text == "c":
            self.comment.setFocus()
        elif text == "a" and self.suggested is not None:
            self.set_value(self.suggested)
        elif key == Qt.Key.Key_Down:
            self.focusNextChild()
        elif key == Qt.Key.Key_Up:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.comment and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.setFocus()
            return True
        return super().eventFilter(watched, event)


class ScorecardForm(Retranslatable, QWidget):
    """All categories of a scorecard, an overall comment, the live score and a submit button."""

    changed = Signal()
    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CategoryRow] = []
        self.header = QLabel()
        self.header.setObjectName("ScoreHeader")
        self.score_label = QLabel()
        self.score_label.setObjectName("LiveScore")
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(6)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(self._rows_box)
        self.comment_label = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(64)
        self.comment.textChanged.connect(self.changed)
        inner_layout.addWidget(self.comment_label)
        inner_layout.addWidget(self.comment)
        inner_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(inner)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button = QPushButton()
        # Out of the Tab chain: Tab then Space must not submit (Ctrl+Enter or a click does, deliberately).
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button.clicked.connect(self.submit_requested)
        self.submit_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.score_label, 1)
        bottom.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(seq), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.submit_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.comment_label.setText(self.tr("Overall comment"))
        self.comment.setPlaceholderText(self.tr("What went well, what to improve"))
        self.submit_button.setText(self.tr("Submit review (Ctrl+Enter)"))
        for row in self.rows:
            row.retranslate()

    def set_categories(self, title: str, categories: list[CategoryLike]) -> None:
        """Start a fresh form for these categories (in order)."""
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        self.header.setText(f"<b>{title}</b>")
        previous: QWidget | None = None
        for c in categories:
            row = CategoryRow(c)
            row.changed.connect(self.changed)
            self._rows_box.addWidget(row)
            self.rows.append(row)
            if previous is not None:
                QWidget.setTabOrder(previous, row)
            previous = row
        if previous is not None:
            QWidget.setTabOrder(previous, self.comment)
        self.comment.blockSignals(True)
        self.comment.setPlainText("")
        self.comment.blockSignals(False)

    def row(self, category_id: str) -> CategoryRow:
        return next(r for r in self.rows if r.category.id == category_id)

    def values(self) -> list[tuple[str, int | None, bool, str]]:
        """(category id, value, N/A, comment) for every rated category (and commented unrated ones)."""
        return [(r.category.id, r.value, r.na, r.comment.text()) for r in self.rows
                if r.is_rated or r.comment.text()]

    def set_values(self, values: list[tuple[str, int | None, bool, str]], comment: str) -> None:
        """Fill the form (e.g. from a draft) without emitting ``changed`` per row."""
        by_id = {cid: (value, na, text) for cid, value, na, text in values}
        for r in self.rows:
            value, na, text = by_id.get(r.category.id, (None, False, ""))
            r.set_value(value, na, emit=False)
            r.comment.setText(text)
        self.comment.blockSignals(True)
        self.comment.setPlainText(comment)
        self.comment.blockSignals(False)
        self.changed.emit()

    def focus_first_unrated(self) -> None:
        target = next((r for r in self.rows if not r.is_rated), self.rows[0] if self.rows else None)
        if target is not None:
            target.setFocus()
            self.scroll_area.ensureWidgetVisible(target)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        moved = super().focusNextPrevChild(forward)
        focused = self.focusWidget()
        if isinstance(focused, CategoryRow):
            self.scroll_area.ensureWidgetVisible(focused)
        return moved

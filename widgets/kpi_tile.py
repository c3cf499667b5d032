"""A KPI tile: a big number with a title, a caption and a severity shown by colour and by symbol.

The symbols are in DejaVu Sans, which every Linux with fontconfig has.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from widgets.severity import Severity


class KpiTile(QFrame):
    """Styled via the ``severity`` dynamic property (see resources/themes). Click or Enter: ``clicked``."""

    clicked = Signal()
    """The user clicked the tile or pressed Enter/Space on it (drill-down)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Preferred height: a row of tiles shares one height.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = QLabel(title)
        self.title.setObjectName("KpiTitle")
        self.value = QLabel("–")
        self.value.setObjectName("KpiValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.caption = QLabel("")
        self.caption.setObjectName("KpiCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.severity = Severity.NEUTRAL
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_value("–")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def set_value(self, text: str, severity: Severity = Severity.NEUTRAL, caption: str = "") -> None:
        """Show ``text``; the severity's symbol precedes it and its colour styles the tile."""
        shown = f"{severity.symbol} {text}" if severity.symbol else text
        self.value.setText(shown)
        self.caption.setText(caption)
        if severity is not self.severity:
            self.severity = severity
            self.setProperty("severity", severity.key)
            self.style().unpolish(self)
            self.style().polish(self)
            for label in (self.title, self.value, self.caption):
                label.style().unpolish(label)
                label.style().polish(label)
        self.setAccessibleName(f"{self.title.text()}: {shown} {caption}".strip())

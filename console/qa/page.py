"""The "qa" page: the review workspace plus disputes, calibration, trends and the scorecard editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from console.qa.drafts import DraftStore
from console.qa.review import ReviewWorkspace
from console.tasks import TaskRunner


class QaPage(QWidget):
    """Quality review: everything loads the first time the page is shown."""

    name = "qa"

    def __init__(self, tasks: TaskRunner | None, agent_names: Callable[[], dict[str, str]] | None = None,
                 drafts: DraftStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = ReviewWorkspace(tasks, drafts, agent_names)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.review, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._started = False
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Review"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.review.start()

    def stop(self) -> None:
        self.review.stop()

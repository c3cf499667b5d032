"""The "qa" page: the review workspace plus disputes, calibration, trends and the scorecard editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from api_client.models import Agent, Calibration, Review
from console.infra.drafts import DraftStore
from console.qt.tasks import TaskRunner
from console.ui.pages.qa.calibration import CalibrationTab
from console.ui.pages.qa.disputes import DisputesTab
from console.ui.pages.qa.review import ReviewWorkspace
from console.ui.pages.qa.scorecard_editor import ScorecardEditor
from console.ui.pages.qa.trends import TrendsTab
from widgets.retranslatable import Retranslatable


class QaPage(Retranslatable, QWidget):
    """Quality review. A tab loads its data the first time it is shown (Reload or F5 for more)."""

    name = "qa"

    def __init__(self, tasks: TaskRunner | None, agents: Callable[[], dict[str, Agent]] | None = None,
                 drafts: DraftStore | None = None, parent: QWidget | None = None, *,
                 team_names: Callable[[], dict[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.agents = agents or dict
        self.team_names = team_names or dict  # team (as agents carry it) -> its name in the viewer's language

        def names() -> dict[str, str]:
            return {aid: a.name for aid, a in self.agents().items()}

        def teams() -> list[tuple[str, str]]:
            named = self.team_names()
            return sorted(((t, named.get(t, t)) for t in {a.team for a in self.agents().values() if a.team}),
                          key=lambda t: t[1])

        self.review = ReviewWorkspace(tasks, drafts, names, teams=teams)
        self.disputes = DisputesTab(tasks, names, team_names=self.team_names)
        self.disputes.open_requested.connect(self._open_review)
        self.calibration = CalibrationTab(tasks, self._open_interaction, team_names=self.team_names)
        self.calibration.score_requested.connect(self._score_calibration)
        self.trends = TrendsTab(tasks, self.agents, team_names=self.team_names)
        self.editor = ScorecardEditor(tasks)
        self.tabs = QTabWidget()
        for tab in (self.review, self.disputes, self.calibration, self.trends, self.editor):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._load_tab)
        self._loaded: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Review"), self.tr("Disputes"), self.tr("Calibration"),
                                  self.tr("Trends"), self.tr("Scorecards"))):
            self.tabs.setTabText(i, text)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._load_tab(self.tabs.currentIndex())

    def _load_tab(self, index: int) -> None:
        if index in self._loaded or not self.isVisible():
            return
        self._loaded.add(index)
        tab = self.tabs.widget(index)
        if tab is self.review:
            self.review.start()
        elif isinstance(tab, DisputesTab | CalibrationTab | TrendsTab | ScorecardEditor):
            tab.reload()

    def _open_interaction(self) -> int | None:
        return self.review.current.interaction.id if self.review.current else None

    def _open_review(self, review: Review) -> None:
        self.tabs.setCurrentWidget(self.review)
        self.review.open_review(review)

    def _score_calibration(self, session: Calibration) -> None:
        self.tabs.setCurrentWidget(self.review)
        self.review.open_calibration(session)

    def stop(self) -> None:
        self.review.stop()
        self.disputes.stop()
        self.trends.stop()

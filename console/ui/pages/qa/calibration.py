"""Calibration: several reviewers score the same interaction; the spread per category and each reviewer's
distance from the agreed score show where the scorecard is read differently."""

from __future__ import annotations

import statistics
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from api_client import models as m
from api_client.backend import Backend
from console.core.people import display_names, people, person_id
from console.core.qa import stats
from console.qt.errors import explain
from console.qt.i18n import data_language, shown_name
from console.qt.tasks import TaskRunner
from widgets import theme as themes
from widgets.retranslatable import Retranslatable

WIDE_SPREAD = 50.0  # percentage points between the highest and lowest reviewer: worth a discussion
REVIEWERS = ("u-qa", "u-sup")  # a new session's reviewers until the supervisor types others
SEPARATORS = str.maketrans({"，": ",", "、": ","})  # Chinese list separators typed between reviewers


class CalibrationTab(Retranslatable, QWidget):
    """Sessions, their per-category spread, and the agreed score (supervisors set it). Reviewers show by name
    in the viewer's language (the server's users, a shared name with its team from ``team_names``); a new
    session's reviewers are typed by name or id."""

    score_requested = Signal(object)  # a Calibration the user wants to score in the review tab

    def __init__(self, tasks: TaskRunner | None, current_interaction: Callable[[], int | None],
                 parent: QWidget | None = None, *, team_names: Callable[[], dict[str, str]] = dict) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.current_interaction = current_interaction
        self.team_names = team_names
        self.user: m.User | None = None
        self.persons: list[m.Person] = []  # the server's users
        self.sessions: list[m.Calibration] = []
        self.card: m.Scorecard | None = None
        self.reviews: list[m.Review] = []
        self.session_box = QComboBox()
        self.session_box.currentIndexChanged.connect(lambda _: self.load_session())
        self.reviewers = QLineEdit()
        self._prefilled = ""  # what the reviewers field was given, while the user has not changed it
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.create_session)
        self.score_button = QPushButton()
        self.score_button.clicked.connect(self._score)
        self.agree_button = QPushButton()
        self.agree_button.clicked.connect(self.agree_on_median)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.table = QTableWidget(0, 0)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reviewers_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.session_box, 1)
        top.addWidget(self.score_button)
        top.addWidget(self.agree_button)
        top.addWidget(self.reload_button)
        new = QHBoxLayout()
        new.addWidget(self.reviewers_label)
        new.addWidget(self.reviewers, 1)
        new.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(new)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New session on the open interaction"))
        self.reviewers_label.setText(self.tr("Reviewers:"))
        self.score_button.setText(self.tr("Score it myself"))
        self.agree_button.setText(self.tr("Agree on the median"))
        self.agree_button.setToolTip(self.tr("Set the agreed score per category to the reviewers' median"))
        self.reload_button.setText(self.tr("Reload"))
        self._prefill_reviewers()
        self._fill_sessions()
        self._fill()

    def _prefill_reviewers(self) -> None:
        """The default reviewers by name, in the reader's language and list separator, unless the user typed."""
        if self.reviewers.text() != self._prefilled:
            return
        names = self.names()
        self._prefilled = self.tr(", ").join(names.get(pid, pid) for pid in REVIEWERS)
        self.reviewers.setText(self._prefilled)

    def names(self) -> dict[str, str]:
        """Id → the name shown for the server's users, in the viewer's language."""
        return display_names(self.persons, data_language(), self.team_names())

    # ---------------------------------------------------------------- sessions
    def reload(self) -> None:
        if self.tasks is not None:
            self.tasks.submit(lambda b: (b.whoami(), b.calibrations(), people(b)), on_done=self._loaded,
                              on_error=self._failed, owner=self)

    def _failed(self, exc: Exception) -> None:
        self.message.setText(self.tr("Failed: %1").replace("%1", explain(exc)))

    def _loaded(self, result: tuple[m.User, list[m.Calibration], list[m.Person]]) -> None:
        self.user, self.sessions, self.persons = result
        self._prefill_reviewers()
        supervisor = self.user.role == "supervisor"
        for w in (self.new_button, self.reviewers, self.reviewers_label, self.agree_button):
            w.setVisible(supervisor)
        self._fill_sessions()
        self.load_session()

    def _fill_sessions(self) -> None:
        keep = self.session_box.blockSignals(True)
        chosen = self.session_box.currentData()
        self.session_box.clear()
        for s in self.sessions:
            self.session_box.addItem(self.tr("Session %1 · interaction %2 · %3 reviewers").replace(
                "%1", str(s.id)).replace("%2", str(s.interaction_id)).replace("%3", str(len(s.reviewer_ids))), s.id)
        self.session_box.setCurrentIndex(max(self.session_box.findData(chosen), 0))
        self.session_box.blockSignals(keep)
        self.score_button.setEnabled(bool(self.sessions))

    def session(self) -> m.Calibration | None:
        sid = self.session_box.currentData()
        return next((s for s in self.sessions if s.id == sid), None)

    def load_session(self) -> None:
        s = self.session()
        if s is None or self.tasks is None:
            self._fill()
            return
        self.tasks.submit(lambda b: (b.scorecard_version(s.scorecard_id, s.scorecard_version),
                                     b.reviews(calibration_id=s.id, limit=100)),
                          on_done=self._session_loaded, on_error=self._failed, owner=self)

    def _session_loaded(self, result: tuple[m.Scorecard, list[m.Review]]) -> None:
        self.card, self.reviews = result
        self._fill()

    # ---------------------------------------------------------------- table
    def _fill(self) -> None:
        s, card = self.session(), self.card
        if s is None or card is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            if not self.sessions:
                self.message.setText(self.tr("No calibration sessions yet."))
            return
        reviews = [r for r in self.reviews if r.status == "submitted"]
        reviewers = [r.reviewer_id for r in reviews]
        spreads = stats.calibration_spread(card, reviews, s.agreed)
        self.table.setColumnCount(len(reviewers) + 2)
        names = self.names()
        self.table.setHorizontalHeaderLabels([*(names.get(rid, rid) for rid in reviewers), self.tr("Spread"),
                                              self.tr("Agreed")])
        self.table.setRowCount(len(card.categories) + 1)
        self.table.setVerticalHeaderLabels([*(shown_name(c) for c in card.categories),
                                            self.tr("Distance from agreed")])

        def pct(v: float | None) -> str:
            return "–" if v is None else f"{v:.0f}"

        for row, spread in enumerate(spreads):
            for col, rid in enumerate(reviewers):
                self.table.setItem(row, col, QTableWidgetItem(pct(spread.scores.get(rid))))
            wide = QTableWidgetItem(pct(spread.spread))
            if spread.spread is not None and spread.spread >= WIDE_SPREAD:
                theme = themes.current()  # a pair that stays readable if the theme changes later
                wide.setBackground(QColor(theme.wide_bg))
                wide.setForeground(QColor(theme.text))
            self.table.setItem(row, len(reviewers), wide)
            self.table.setItem(row, len(reviewers) + 1, QTableWidgetItem(
                self.tr("not agreed yet") if not s.agreed else self.tr("N/A") if spread.agreed is None
                else pct(spread.agreed)))
        last = len(card.categories)
        for col, r in enumerate(reviews):
            distance = stats.distance_from_agreed(card, r, s.agreed) if s.agreed else None
            self.table.setItem(last, col, QTableWidgetItem("–" if distance is None else f"{distance:.1f}"))
        waiting = len(set(s.reviewer_ids) - set(reviewers))
        if s.agreed_score is None:
            agreed = self.tr("Not agreed yet: a supervisor sets the agreed score (Agree on the median).")
        else:
            agreed = self.tr("Agreed score %1.").replace("%1", f"{s.agreed_score:.1f}")
        self.message.setText(self.tr("Scores in % of each category's range. %1 %n reviewer(s) still to score.", "",
                                     waiting).replace("%1", agreed))

    # ---------------------------------------------------------------- actions
    def create_session(self) -> None:
        iid = self.current_interaction()
        if iid is None or self.tasks is None:
            self.message.setText(self.tr("Open an interaction in the Review tab first."))
            return
        names = self.names()
        ids = [person_id(r, names) for r in self.reviewers.text().translate(SEPARATORS).split(",") if r.strip()]

        def run(b: Backend) -> m.Calibration:
            card = b.scorecards()[0]
            return b.create_calibration(m.CalibrationInput(interaction_id=iid, scorecard_id=card.id,
                                                           reviewer_ids=ids))

        self.tasks.submit(run, on_done=lambda _: self.reload(), on_error=self._failed, owner=self)

    def _score(self) -> None:
        s = self.session()
        if s is not None:
            self.score_requested.emit(s)

    def agree_on_median(self) -> None:
        s, card = self.session(), self.card
        reviews = [r for r in self.reviews if r.status == "submitted"]
        if s is None or card is None or not reviews or self.tasks is None:
            return
        agreed = []
        for c in card.categories:
            values = [x.value for r in reviews for x in r.scores if x.category_id == c.id and x.value is not None]
            agreed.append(m.CategoryScore(category_id=c.id,
                                          value=round(statistics.median(values)) if values else None))
        self.tasks.submit(lambda b: b.set_agreed(s.id, agreed), on_done=self._agreed, on_error=self._failed,
                          owner=self)

    def _agreed(self, session: m.Calibration) -> None:
        self.sessions = [session if x.id == session.id else x for x in self.sessions]
        self._fill()

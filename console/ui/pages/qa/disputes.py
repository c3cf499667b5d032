"""Disputes: a team lead disputes a submitted review with a comment; the reviewer accepts or rejects it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from api_client import models as m
from api_client.backend import Backend
from api_client.paging import PAGE
from console.core.people import display_names, people
from console.core.qa.queue import all_reviews
from console.qt.errors import explain
from console.qt.i18n import data_language, original_tip, shown_text
from console.qt.tasks import CancelToken, Task, TaskRunner
from widgets.retranslatable import Retranslatable


class DisputesTab(Retranslatable, QWidget):
    """Submitted reviews with their disputes; what a role may do decides which buttons show. People show by
    name in the viewer's language: the server's users over ``agent_names`` (the agents the console knows), a
    shared name with its team from ``team_names`` (team → its name)."""

    open_requested = Signal(object)
    """The user asked to see a review (an ``m.Review``) with its interaction."""

    def __init__(self, tasks: TaskRunner | None, agent_names: Callable[[], dict[str, str]],
                 parent: QWidget | None = None, *, team_names: Callable[[], dict[str, str]] = dict) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.agent_names = agent_names
        self.team_names = team_names
        self.user: m.User | None = None
        self.persons: list[m.Person] = []  # the server's users
        self.reviews: list[m.Review] = []
        self.page = PAGE  # reviews per request
        self._task: Task | None = None
        self.show_filter = QComboBox()
        self.show_filter.currentIndexChanged.connect(lambda _: self._fill())
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.table = QTableWidget(0, 7)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _: self.open_selected())  # double-click or Enter
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.why = QLabel()  # why Accept and Reject are disabled, when they are
        self.why.setObjectName("DisabledReason")
        self.why.setWordWrap(True)
        self.dispute_button = QPushButton()
        self.dispute_button.clicked.connect(self.dispute)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(lambda: self.resolve(True))
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(lambda: self.resolve(False))
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.show_filter)
        top.addStretch(1)
        top.addWidget(self.reload_button)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        for b in (self.open_button, self.dispute_button, self.accept_button, self.reject_button):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.why)
        self.retranslate()

    def retranslate(self) -> None:
        keep = self.show_filter.blockSignals(True)
        index = self.show_filter.currentIndex()
        self.show_filter.clear()
        self.show_filter.addItem(self.tr("Open disputes"), "open")
        self.show_filter.addItem(self.tr("All disputes"), "any")
        self.show_filter.addItem(self.tr("All submitted reviews"), "all")
        self.show_filter.setCurrentIndex(max(index, 0))
        self.show_filter.blockSignals(keep)
        self.reload_button.setText(self.tr("Reload"))
        self.dispute_button.setText(self.tr("Dispute…"))
        self.accept_button.setText(self.tr("Accept dispute…"))
        self.reject_button.setText(self.tr("Reject dispute…"))
        self.open_button.setText(self.tr("&Open review and transcript"))
        self.table.setHorizontalHeaderLabels([self.tr("Review"), self.tr("Agent"), self.tr("Reviewer"),
                                              self.tr("Score"), self.tr("Dispute"), self.tr("Team lead's comment"),
                                              self.tr("Answer")])
        self._fill()

    def reload(self) -> None:
        """Who we are and every review, page by page on a worker (a newer reload or :meth:`stop` ends the paging)."""
        if self.tasks is None:
            return
        page = self.page

        def load(backend: Backend, token: CancelToken) -> tuple[m.User, list[m.Person], list[m.Review]]:
            return (backend.whoami(), people(backend),
                    all_reviews(backend, stop=lambda: token.cancelled, page=page))

        self._task = self.tasks.submit_cancellable(load, on_done=self._loaded, on_error=self._failed, owner=self,
                                                   key=f"qa-disputes-{id(self)}")

    def stop(self) -> None:
        """Stop loading (the page is closing)."""
        if self._task is not None:
            self._task.cancel()

    def _loaded(self, result: tuple[m.User, list[m.Person], list[m.Review]]) -> None:
        first = self.user is None
        self.user, self.persons, reviews = result
        if first and self.user.role == "team_lead":  # a team lead starts from the reviews to dispute
            keep = self.show_filter.blockSignals(True)
            self.show_filter.setCurrentIndex(self.show_filter.findData("all"))
            self.show_filter.blockSignals(keep)
        self.reviews = [r for r in reviews if r.status == "submitted"]
        self._fill()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(self.tr("Failed: %1").replace("%1", explain(exc)))

    def _status_text(self, r: m.Review) -> str:
        if r.dispute is None:
            return "–"
        return {"open": self.tr("open"), "accepted": self.tr("accepted"),
                "rejected": self.tr("rejected")}[r.dispute.status]

    def _fill(self) -> None:
        mode = self.show_filter.currentData()
        shown = [r for r in self.reviews if mode == "all" or (r.dispute is not None and (
            mode == "any" or r.dispute.status == "open"))]
        names = {**self.agent_names(), **display_names(self.persons, data_language(), self.team_names())}
        said = self.tr("%1: %2")
        self.table.setRowCount(len(shown))
        for row, r in enumerate(shown):
            d = r.dispute
            # The comment and answer are people's words: in the reader's script, as written in the tooltip.
            comment = said.replace("%1", names.get(d.opened_by, d.opened_by)).replace("%2", shown_text(d.comment)) \
                if d else ""
            cells = [str(r.id), names.get(r.agent_id or "", r.agent_id or "–"), names.get(r.reviewer_id, r.reviewer_id),
                     "–" if r.score is None else f"{r.score:.0f}", self._status_text(r),
                     comment, shown_text(d.resolution) if d else ""]
            tips = {5: original_tip(d.comment), 6: original_tip(d.resolution)} if d else {}
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if tips.get(col):
                    item.setToolTip(tips[col])
                self.table.setItem(row, col, item)
        self._update_buttons()

    def selected(self) -> m.Review | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        rid = rows[0].data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.reviews if r.id == rid), None)

    def _update_buttons(self) -> None:
        r, role = self.selected(), self.user.role if self.user else None
        is_open = r is not None and r.dispute is not None and r.dispute.status == "open"
        # Separation of duties (the server enforces it too): nobody disputes a review they wrote, and a dispute is
        # answered by neither the review's reviewer nor whoever opened it.
        me = self.user.id if self.user else None
        own = r is not None and r.reviewer_id == me
        involved = own or (r is not None and r.dispute is not None and r.dispute.opened_by == me)
        self.dispute_button.setVisible(role in ("team_lead", "supervisor"))
        self.dispute_button.setEnabled(r is not None and not is_open and not own)
        self.dispute_button.setToolTip(self.tr("You cannot dispute a review you wrote.") if own else "")
        self.open_button.setEnabled(r is not None)
        if r is None:
            why = self.tr("Select a review to open it or settle its dispute.")
        elif not is_open:
            why = self.tr("This review has no open dispute to accept or reject.")
        elif involved:
            why = self.tr("Someone other than the review's reviewer and whoever disputed it answers this dispute.")
        else:
            why = ""
        settles = role in ("qa_reviewer", "supervisor")
        for b in (self.accept_button, self.reject_button):
            b.setVisible(settles)
            b.setEnabled(is_open and not involved)
            b.setToolTip(why)  # shown on the disabled button too
        self.why.setText(why if settles else "")
        self.why.setVisible(settles and bool(why))

    def open_selected(self) -> None:
        """Open the selected review and its transcript in the Review tab."""
        r = self.selected()
        if r is not None:
            self.open_requested.emit(r)

    def dispute(self) -> None:
        r = self.selected()
        if r is None or self.tasks is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Dispute review %1").replace("%1", str(r.id)),
                                                 self.tr("Why should the review change?"))
        if not ok or not text.strip():
            return
        self.tasks.submit(lambda b: b.dispute(r.id, text.strip()), on_done=self._updated, on_error=self._failed,
                          owner=self)

    def resolve(self, accept: bool) -> None:
        r = self.selected()
        if r is None or self.tasks is None:
            return
        title = self.tr("Accept the dispute") if accept else self.tr("Reject the dispute")
        text, ok = QInputDialog.getMultiLineText(self, title, self.tr("Your answer to the team lead (optional):"))
        if not ok:
            return
        self.tasks.submit(lambda b: b.resolve_dispute(r.id, accept, text.strip()), on_done=self._updated,
                          on_error=self._failed, owner=self)

    def _updated(self, review: m.Review) -> None:
        self.reviews = [review if r.id == review.id else r for r in self.reviews]
        self.message.setText(self.tr("Review %1: dispute %2.").replace("%1", str(review.id))
                             .replace("%2", self._status_text(review)))
        self._fill()

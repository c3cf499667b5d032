"""The audit log from the server: who moved what, from whom to whom, when and why; filterable by name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from api_client.backend import Backend
from api_client.errors import ApiError
from api_client.models import AuditEntry, Person
from api_client.paging import PAGE
from console.core.people import display_names, people, person_id
from console.qt import labels
from console.qt.i18n import data_language
from console.qt.tasks import Task, TaskRunner
from console.ui.dialogs.rebalance import TextRows
from widgets.retranslatable import Retranslatable

ACTIONS = ("assign", "escalate", "agent_state", "review")
PERIODS_H = (1, 8, 24, 24 * 7)


class AuditView(Retranslatable, QDialog):
    """Filters (actor, agent, ticket, action, period) and the matching entries, newest first. People show by
    name in the viewer's language: the server's users (loaded with the first page) over ``names`` (the agents the
    console knows), a shared name with its team from ``teams`` (team → its name); queues by ``queues``
    (id → name). The actor and agent filters take a name or an id."""

    def __init__(self, tasks: TaskRunner | None, names: Callable[[], dict[str, str]],
                 now: Callable[[], float], parent: QWidget | None = None, *,
                 queues: Callable[[], dict[str, str]] = dict, teams: Callable[[], dict[str, str]] = dict) -> None:
        super().__init__(parent)
        self.setObjectName("AuditView")
        self.tasks, self._names, self._now, self._queues, self._teams = tasks, names, now, queues, teams
        self.people: list[Person] | None = None  # the server's users, once loaded
        self.actor = QLineEdit()
        self.agent = QLineEdit()
        self.ticket = QLineEdit()
        self.action = QComboBox()
        self.period = QComboBox()
        self.load_button = QPushButton()
        self.load_button.clicked.connect(self.load)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.load_more)
        self.more_button.setEnabled(False)
        for edit in (self.actor, self.agent, self.ticket):
            edit.returnPressed.connect(self.load)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = TextRows([""] * 7)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        row = QHBoxLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.actor, self.agent, self.ticket, self.action, self.period),
                                strict=True):
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, 1)
        row.addWidget(self.load_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.more_button)
        layout.addLayout(bottom)
        self.entries: list[AuditEntry] = []
        self.page = PAGE  # entries per request
        self._params: dict[str, Any] = {}  # the filters of the entries shown
        self._task: Task | None = None
        self.retranslate()
        self.resize(1100, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        for label, text in zip(self.labels, (self.tr("&Who:"), self.tr("A&gent:"), self.tr("&Ticket:"),
                                             self.tr("&Action:"), self.tr("&Period:")), strict=True):
            label.setText(text)
        self.actor.setPlaceholderText(self.tr("name or user id"))
        self.agent.setPlaceholderText(self.tr("agent name or id"))
        self.ticket.setPlaceholderText(self.tr("ticket number"))
        action, period = self.action.currentIndex(), self.period.currentIndex()
        self.action.clear()
        self.action.addItems([self.tr("Any action"), self.tr("Reassigned"), self.tr("Escalated"),
                              self.tr("Agent state"), self.tr("Review")])
        self.action.setCurrentIndex(max(action, 0))
        self.period.clear()
        self.period.addItems([self.tr("Last hour"), self.tr("Last 8 hours"), self.tr("Last 24 hours"),
                              self.tr("Last 7 days")])
        self.period.setCurrentIndex(period if period >= 0 else 2)
        self.load_button.setText(self.tr("&Load"))
        self.more_button.setText(self.tr("Load &more"))
        self.model.set_headers([self.tr("When (UTC)"), self.tr("Who"), self.tr("Action"), self.tr("Ticket"),
                                self.tr("From"), self.tr("To"), self.tr("Why")])
        self._show()

    def query(self) -> dict[str, Any] | None:
        """The filters as audit() arguments; None (with a message) when the ticket number is not a number."""
        ticket = self.ticket.text().strip().lstrip("#")
        if ticket and not ticket.isdigit():
            self.status.setText(self.tr("The ticket number must be a number."))
            return None
        since = datetime.fromtimestamp(self._now(), UTC) - timedelta(hours=PERIODS_H[self.period.currentIndex()])
        action = self.action.currentIndex()
        names = self.names()
        return {"actor_id": person_id(self.actor.text(), names) or None,
                "agent_id": person_id(self.agent.text(), names) or None,
                "ticket_id": int(ticket) if ticket else None, "action": ACTIONS[action - 1] if action > 0 else None,
                "since": since}

    def load(self) -> None:
        """The first page of the entries that match the filters."""
        params = self.query()
        if params is None or self.tasks is None:
            return
        self._params, self.entries = params, []
        self._fetch(None)

    def load_more(self) -> None:
        """The next page: entries older than the last one shown, under the same filters."""
        if self.entries and self.tasks is not None:
            self._fetch(self.entries[-1].id)

    def names(self) -> dict[str, str]:
        """Id → the name shown for everyone known: the server's users over the console's agents."""
        return {**self._names(), **display_names(self.people or [], data_language(), self._teams())}

    def _fetch(self, before_id: int | None) -> None:
        assert self.tasks is not None
        params, limit, known = self._params, self.page, self.people

        def run(b: Backend) -> tuple[list[Person], list[AuditEntry]]:
            found = known if known is not None else people(b)
            return found, b.audit(**params, limit=limit, before_id=before_id)

        self.status.setText(self.tr("Loading…"))
        self.more_button.setEnabled(False)
        self._task = self.tasks.submit(run, on_done=self._loaded, on_error=self._failed, owner=self,
                                       key=f"audit-{id(self)}")

    def _loaded(self, result: tuple[list[Person], list[AuditEntry]]) -> None:
        self.people, entries = result
        self.entries = self.entries + entries
        self.more_button.setEnabled(len(entries) >= self.page)
        self._show()

    def done(self, result: int) -> None:
        """Closing stops a page still loading."""
        if self._task is not None:
            self._task.cancel()
        super().done(result)

    def _failed(self, exc: Exception) -> None:
        message = exc.message if isinstance(exc, ApiError) else str(exc)
        self.status.setText(self.tr("Could not load the audit log: %1").replace("%1", message))

    def _show(self) -> None:
        names, queues = self.names(), self._queues()
        kinds = dict(zip(ACTIONS, (self.tr("Reassigned"), self.tr("Escalated"), self.tr("Agent state"),
                                   self.tr("Review")), strict=True))
        queue_word = self.tr("queue %1")
        prio = labels.priorities()

        def who(agent: str | None, queue: str | None) -> str:
            if agent:
                return names.get(agent, agent)
            return queue_word.replace("%1", queues.get(queue, queue)) if queue else ""

        rows = []
        for e in self.entries:
            why = e.reason
            if e.override_reason:
                why += "  " + self.tr("[override: %1]").replace("%1", e.override_reason)
            if e.to_priority and e.to_priority != e.from_priority:
                before = prio.get(e.from_priority or "", e.from_priority or "")
                why = f"{before} → {prio.get(e.to_priority, e.to_priority)}  {why}"
            rows.append((e.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"), names.get(e.actor_id, e.actor_id),
                         kinds.get(e.action, e.action), f"#{e.ticket_id}" if e.ticket_id else "",
                         who(e.from_assignee, e.from_queue), who(e.to_assignee, e.to_queue), why))
        self.model.set_rows(rows)
        if rows:
            self.table.resizeColumnsToContents()
        if self.entries or self.status.text() == self.tr("Loading…"):
            text = self.tr("%1 entries") if not self.more_button.isEnabled() else \
                self.tr("%1 entries so far (Load more for older ones)")
            self.status.setText(text.replace("%1", str(len(self.entries))))

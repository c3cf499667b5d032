"""The tickets behind a number, in a live table sorted by time to breach, with what one does next: open a ticket
in its helpdesk, reassign it, escalate it (buttons, a context menu and keys)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QPoint, Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from api_client.models import Agent, Queue, Ticket
from console.core.store import deadline
from console.qt import labels
from console.qt import text as fmt
from console.qt.i18n import original_tip, shown_text
from widgets.array_table import Column, TicketTable
from widgets.retranslatable import Retranslatable

READ_ONLY_ROLES = frozenset({"qa_reviewer", "viewer"})


class DrillDownDialog(Retranslatable, QDialog):
    """A non-modal window listing tickets; countdowns and ages tick from ``now_fn`` (the server's clock).

    The main window keeps one and shows each new drill-down in it (:meth:`show_tickets`): windows do not pile up.
    Reassign and escalate are intents (the rebalance page does them, with its warnings, reason and undo).
    """

    reassign_requested = Signal(list)
    """The selected tickets (a list of :class:`Ticket`) to give to an agent or team."""
    escalate_requested = Signal(list)
    """The selected tickets to escalate."""
    undo_requested = Signal()
    """Ctrl+Z: undo the last move."""

    def __init__(self, now_fn: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DrillDown")
        self.role: str | None = None
        self.tickets: dict[int, Ticket] = {}
        self.web_base: str | None = None
        self.table = TicketTable(self._columns(), now_fn, stretch_key="subject")
        self.table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.view.customContextMenuRequested.connect(self._menu)
        self.table.row_activated.connect(lambda _id: self.open_in_helpdesk())

        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.open_in_helpdesk)
        self.reassign_action = QAction(self)
        self.reassign_action.setShortcut(QKeySequence("Ctrl+K"))
        self.reassign_action.triggered.connect(lambda: self._request(self.reassign_requested))
        self.escalate_action = QAction(self)
        self.escalate_action.setShortcut(QKeySequence("Ctrl+E"))
        self.escalate_action.triggered.connect(lambda: self._request(self.escalate_requested))
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo_requested)
        self.actions_ = (self.open_action, self.reassign_action, self.escalate_action, self.undo_action)
        for a in self.actions_:
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(a)

        self.open_button = QPushButton()
        self.reassign_button = QPushButton()
        self.escalate_button = QPushButton()
        buttons = QHBoxLayout()
        for button, action in ((self.open_button, self.open_action), (self.reassign_button, self.reassign_action),
                               (self.escalate_button, self.escalate_action)):
            button.clicked.connect(action.trigger)
            button.setAutoDefault(False)  # Enter on a row opens the ticket, it does not press a button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.outcome = QLabel()
        self.outcome.setObjectName("ActionOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.role_note = QLabel()
        self.role_note.setObjectName("RoleNote")
        self.role_note.setWordWrap(True)
        self.role_note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.role_note)
        layout.addWidget(self.outcome)
        layout.addWidget(self.table, 1)
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.retranslate()
        self.resize(1100, 600)

    def _columns(self) -> list[Column]:
        return [
            Column("id", self.tr("Ticket"), "number", lambda v: f"#{v:.0f}"),
            Column("subject", self.tr("Subject"),
                   tip=lambda i: original_tip(self.tickets[i].subject) if i in self.tickets else ""),
            Column("queue", self.tr("Queue")),
            Column("channel", self.tr("Channel")),
            Column("priority", self.tr("Priority")),
            Column("status", self.tr("Status")),
            Column("assignee", self.tr("Assignee")),
            Column("age", self.tr("Age"), "elapsed", fmt.duration, self.tr("Time since the ticket was created.")),
            Column("due", self.tr("Time to breach"), "countdown", fmt.countdown,
                   self.tr("Until the earliest SLA due time still running; once passed, how long overdue.")),
        ]

    def retranslate(self) -> None:
        self.table.model.set_headers([c.header for c in self._columns()])
        self.open_action.setText(self.tr("&Open in helpdesk (Ctrl+O)"))
        self.reassign_action.setText(self.tr("&Reassign… (Ctrl+K)"))
        self.escalate_action.setText(self.tr("&Escalate… (Ctrl+E)"))
        self.undo_action.setText(self.tr("&Undo the last move (Ctrl+Z)"))
        for button, action in ((self.open_button, self.open_action), (self.reassign_button, self.reassign_action),
                               (self.escalate_button, self.escalate_action)):
            button.setText(action.text())
        self.table.view.setAccessibleName(self.tr("Tickets: Enter or Ctrl+O opens one in its helpdesk, Ctrl+K "
                                                  "reassigns, Ctrl+E escalates, the menu key lists these"))
        self._update_actions()

    def set_role(self, role: str) -> None:
        """Hide what ``role`` may not do (reassign, escalate), and say why."""
        self.role = role
        self._update_actions()

    @property
    def read_only(self) -> bool:
        return self.role in READ_ONLY_ROLES

    def selected(self) -> list[Ticket]:
        """The selected tickets, or the current row's when none is selected."""
        ids = self.table.selected_ids()
        if not ids and self.table.view.currentIndex().isValid():
            ids = [self.table.model.row_id(self.table.view.currentIndex().row())]
        return [self.tickets[i] for i in ids if i in self.tickets]

    def _url(self) -> str | None:
        """The selected ticket's page: its ``web_url``, else the server's page for it (``web_base``); only a web
        address (http or https) is opened."""
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        t = chosen[0]
        url = t.web_url or (f"{self.web_base}{t.id}" if self.web_base else None)
        return url if url is not None and QUrl(url).scheme() in ("http", "https") else None

    def _update_actions(self) -> None:
        chosen = self.selected()
        can_move = not self.read_only
        for widget in (self.reassign_action, self.escalate_action, self.undo_action, self.reassign_button,
                       self.escalate_button):
            widget.setVisible(can_move)
        self.role_note.setVisible(self.read_only)
        if self.read_only:
            self.role_note.setText(self.tr("Your role (%1) can open tickets here but not reassign or escalate "
                                           "them.").replace("%1", self.role or ""))
        for widget in (self.reassign_action, self.escalate_action, self.reassign_button, self.escalate_button):
            widget.setEnabled(bool(chosen))
        url = self._url()
        self.open_action.setEnabled(url is not None)
        self.open_button.setEnabled(url is not None)
        if url is not None:
            why = self.tr("Open %1 in a web browser.").replace("%1", url)
        elif len(chosen) != 1:
            why = self.tr("Select one ticket to open it in its helpdesk.")
        else:
            why = self.tr("This helpdesk gives no web page for its tickets (the built-in demo has none).")
        self.open_button.setToolTip(why)
        self.open_action.setToolTip(why)
        tip = "" if chosen else self.tr("Select tickets first.")
        self.reassign_button.setToolTip(tip or self.tr("Give the selected tickets to an agent or a team: the same "
                                                       "warnings, reason and undo as on the Rebalance page."))
        self.escalate_button.setToolTip(tip or self.tr("Raise the priority or move to another queue, with a "
                                                       "reason."))

    def _request(self, signal: SignalInstance) -> None:
        chosen = self.selected()
        if chosen and not self.read_only:
            signal.emit(chosen)

    def open_in_helpdesk(self) -> None:
        """Open the selected ticket's page in the helpdesk's own web app (the system's browser)."""
        url = self._url()
        if url is not None:
            QDesktopServices.openUrl(QUrl(url))

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.open_action)
        if not self.read_only:
            menu.addAction(self.reassign_action)
            menu.addAction(self.escalate_action)
            menu.addSeparator()
            menu.addAction(self.undo_action)
        menu.popup(self.table.view.viewport().mapToGlobal(pos))

    def show_outcome(self, kind: str, text: str) -> None:
        """The outcome of the last action, as the rebalance page says it (``kind`` colours it)."""
        self.outcome.setText(text)
        self.outcome.setProperty("outcome", kind)
        self.outcome.style().unpolish(self.outcome)
        self.outcome.style().polish(self.outcome)
        self.outcome.setVisible(bool(text))

    def show_tickets(self, title: str, tickets: Sequence[Ticket], queues: dict[str, Queue],
                     agents: dict[str, Agent], bring_to_front: bool = True, web_base: str | None = None) -> None:
        """Show ``tickets`` under ``title``, sorted by time to breach (or as the user sorted them), and bring the
        window to the front; ``web_base``: the server's ticket pages (Snapshot.web_base). Subjects and ``title``
        (names in it) show in the reader's script."""
        self.setWindowTitle(shown_text(title))
        self.web_base = web_base
        self.tickets = {t.id: t for t in tickets}
        keep = self.table.selected_ids()
        channel, priority, status = labels.channels(), labels.priorities(), labels.statuses()
        dues = [deadline(t, queues.get(t.queue_id)) for t in tickets]
        self.table.set_data(np.array([t.id for t in tickets], dtype=np.int64), {
            "id": np.array([t.id for t in tickets], dtype=float),
            "subject": [shown_text(t.subject) for t in tickets],
            "queue": [queues[t.queue_id].name if t.queue_id in queues else t.queue_id for t in tickets],
            "channel": [channel.get(t.channel, t.channel) for t in tickets],
            "priority": [priority.get(t.priority, t.priority) for t in tickets],
            "status": [status.get(t.status, t.status) for t in tickets],
            "assignee": [agents[t.assignee_id].name if t.assignee_id in agents else "" for t in tickets],
            "age": np.array([t.created_at.timestamp() for t in tickets], dtype=float),
            "due": np.array([np.nan if d is None else d for d in dues], dtype=float),
        })
        if self.table.model.sort_column < 0:
            self.table.sort_by("due")
        self._select(keep)
        self._update_actions()
        if bring_to_front:
            self.show()
            self.raise_()
            self.activateWindow()
            self.table.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.view.currentIndex().isValid() and self.table.model.rowCount():
                self.table.view.selectRow(0)

    def _select(self, ids: list[int]) -> None:
        view, model = self.table.view, self.table.model
        wanted = set(ids)
        view.clearSelection()
        for r in (r for r in range(model.rowCount()) if model.row_id(r) in wanted) if wanted else ():
            view.selectionModel().select(model.index(r, 0), view.selectionModel().SelectionFlag.Select
                                         | view.selectionModel().SelectionFlag.Rows)

"""The tickets behind a number, in a live table sorted by time to breach."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from api_client.models import Agent, Queue, Ticket
from console.core.store import deadline
from console.qt import labels
from console.qt import text as fmt
from widgets.array_table import Column, TicketTable


class DrillDownDialog(QDialog):
    """A non-modal window listing tickets; countdowns and ages tick from ``now_fn`` (the server's clock).

    The main window keeps one and shows each new drill-down in it (:meth:`show_tickets`): windows do not pile up.
    """

    def __init__(self, now_fn: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DrillDown")
        columns = [
            Column("id", self.tr("Ticket"), "number", lambda v: f"#{v:.0f}"),
            Column("subject", self.tr("Subject")),
            Column("queue", self.tr("Queue")),
            Column("channel", self.tr("Channel")),
            Column("priority", self.tr("Priority")),
            Column("status", self.tr("Status")),
            Column("assignee", self.tr("Assignee")),
            Column("age", self.tr("Age"), "elapsed", fmt.duration, self.tr("Time since the ticket was created.")),
            Column("due", self.tr("Time to breach"), "countdown", fmt.countdown,
                   self.tr("Until the earliest SLA due time still running; once passed, how long overdue.")),
        ]
        self.table = TicketTable(columns, now_fn, stretch_key="subject")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.table)
        self.resize(1100, 600)

    def show_tickets(self, title: str, tickets: Sequence[Ticket], queues: dict[str, Queue],
                     agents: dict[str, Agent]) -> None:
        """Show ``tickets`` under ``title``, sorted by time to breach, and bring the window to the front."""
        self.setWindowTitle(title)
        channel, priority, status = labels.channels(), labels.priorities(), labels.statuses()
        dues = [deadline(t, queues.get(t.queue_id)) for t in tickets]
        self.table.set_data(np.array([t.id for t in tickets], dtype=np.int64), {
            "id": np.array([t.id for t in tickets], dtype=float),
            "subject": [t.subject for t in tickets],
            "queue": [queues[t.queue_id].name if t.queue_id in queues else t.queue_id for t in tickets],
            "channel": [channel.get(t.channel, t.channel) for t in tickets],
            "priority": [priority.get(t.priority, t.priority) for t in tickets],
            "status": [status.get(t.status, t.status) for t in tickets],
            "assignee": [agents[t.assignee_id].name if t.assignee_id in agents else "" for t in tickets],
            "age": np.array([t.created_at.timestamp() for t in tickets], dtype=float),
            "due": np.array([np.nan if d is None else d for d in dues], dtype=float),
        })
        self.table.sort_by("due")
        self.show()
        self.raise_()
        self.activateWindow()

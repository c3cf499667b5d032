"""The rebalance page's dialogs: override a warning, escalate, settle conflicts, preview a balance plan.

Each is non-modal and says what it wants through a signal; the page does the writing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from api_client.models import PRIORITIES, Queue
from console.core.actions import Action, MoveWarning
from console.core.balance_plan import Move, Plan
from console.qt import labels
from widgets.retranslatable import Retranslatable
from widgets.table_model import RowsTableModel


class TextRows(RowsTableModel):
    """Rows of text, left-aligned except the ``numbers`` columns (RowsTableModel right-aligns all but the first);
    each cell's tooltip is its whole text."""

    def __init__(self, headers: list[str], numbers: frozenset[int] = frozenset()) -> None:
        super().__init__(headers)
        self.numbers = numbers

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if index.column() in self.numbers else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None  # the whole text where a cell elides it
        return super().data(index, role)


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class OverrideDialog(QDialog):
    """Warnings before a move; going ahead needs a reason (kept in the audit log)."""

    confirmed = Signal(str)
    """The override reason."""

    def __init__(self, warnings: list[MoveWarning], names: Mapping[str, str], count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverrideDialog")
        self.setWindowTitle(self.tr("Check before moving"))
        lines = []
        for w in warnings:
            who = names.get(w.agent_id, w.agent_id)
            if w.kind == "over_capacity":
                lines.append(self.tr("%1 would be %n ticket(s) over capacity.", "", w.count).replace("%1", who))
            elif w.kind == "offline":
                lines.append(self.tr("%1 is offline.").replace("%1", who))
            elif w.kind == "break":
                lines.append(self.tr("%1 is on a break.").replace("%1", who))
            else:
                lines.append(self.tr("%1 lacks the skill for %n of these ticket(s).", "", w.count)
                             .replace("%1", who))
        self.text = QLabel("⚠ " + "\n⚠ ".join(lines))
        self.text.setObjectName("WarningText")
        self.text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why move them anyway? (kept in the audit log)"))
        self.reason.setAccessibleName(self.tr("Override reason"))
        self.box = _buttons(self, self.tr("Move %n ticket(s) anyway", "", count))
        self.ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.reason.returnPressed.connect(self._submit_if_ready)  # Enter moves them
        self.reason.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.reason)
        layout.addWidget(self.box)
        self.accepted.connect(lambda: self.confirmed.emit(self.reason.text().strip()))
        self.reason.setFocus()  # the one thing to type: keyboard users start there
        self.resize(480, 200)

    def _submit_if_ready(self) -> None:
        if self.ok.isEnabled():
            self.ok.click()


class EscalateDialog(QDialog):
    """Raise priority and/or move to a tier-2 queue; the reason is required (stored as an internal note)."""

    confirmed = Signal(object, object, str)
    """(priority or None, queue id or None, reason)."""

    def __init__(self, count: int, queues: list[Queue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EscalateDialog")
        self.setWindowTitle(self.tr("Escalate %n ticket(s)", "", count))
        self.priority = QComboBox()
        self.priority.addItem(self.tr("Keep priority"), None)
        names = labels.priorities()
        for p in reversed(PRIORITIES):
            self.priority.addItem(names[p], p)
        self.priority.setCurrentIndex(2)  # high
        self.queue = QComboBox()
        self.queue.addItem(self.tr("Keep queue"), None)
        for q in queues:
            self.queue.addItem(q.name, q.id)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Reason (required; kept as an internal note on each ticket)"))
        self.reason.setAccessibleName(self.tr("Escalation reason"))
        self.reason.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("&Queue:"), self.queue)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.box = _buttons(self, self.tr("Escalate"))
        self.ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(self._check)
        self.priority.currentIndexChanged.connect(self._check)
        self.queue.currentIndexChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.box)
        self.accepted.connect(lambda: self.confirmed.emit(self.priority.currentData(), self.queue.currentData(),
                                                          self.reason.toPlainText().strip()))
        self.resize(460, 260)

    def _check(self) -> None:
        changes = self.priority.currentData() is not None or self.queue.currentData() is not None
        self.ok.setEnabled(changes and bool(self.reason.toPlainText().strip()))


class ConflictDialog(QDialog):
    """Tickets another console changed first: who has them now, and per ticket skip or retry on the new version."""

    confirmed = Signal(list)
    """Ticket ids to retry on their current version (the rest are skipped)."""

    def __init__(self, action: Action, names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        conflicts = action.of("conflict")
        intro = QLabel(self.tr("%n ticket(s) changed since you saw them. Nothing was overwritten; choose for each.", "",
                               len(conflicts)))
        intro.setWordWrap(True)
        want = {mv.ticket_id: mv.to_agent for mv in action.moves}
        self.table = QTableWidget(len(conflicts), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Ticket"), self.tr("Now with"), self.tr("You wanted"),
                                              self.tr("Choice")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.choices: dict[int, QComboBox] = {}
        queue_word = self.tr("the queue")
        for row, o in enumerate(conflicts):
            now = o.ticket.assignee_id if o.ticket else None
            self.table.setItem(row, 0, QTableWidgetItem(f"#{o.ticket_id}"))
            self.table.setItem(row, 1, QTableWidgetItem(names.get(now, now) if now else queue_word))
            target = want.get(o.ticket_id)
            self.table.setItem(row, 2, QTableWidgetItem(names.get(target, target) if target else queue_word))
            combo = QComboBox()
            combo.addItems([self.tr("Skip"), self.tr("Retry on the new version")])
            combo.setAccessibleName(self.tr("Choice for ticket %1").replace("%1", str(o.ticket_id)))
            self.table.setCellWidget(row, 3, combo)
            self.choices[o.ticket_id] = combo
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        all_retry = QPushButton(self.tr("Retry &all"))
        all_retry.clicked.connect(lambda: self._choose_all(1))
        all_skip = QPushButton(self.tr("&Skip all"))
        all_skip.clicked.connect(lambda: self._choose_all(0))
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(all_retry)
        row_buttons.addWidget(all_skip)
        row_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(_buttons(self, self.tr("Apply")))
        self.accepted.connect(lambda: self.confirmed.emit(self.retry_ids()))
        self.resize(620, 420)

    def _choose_all(self, index: int) -> None:
        for combo in self.choices.values():
            combo.setCurrentIndex(index)

    def retry_ids(self) -> list[int]:
        return [tid for tid, combo in self.choices.items() if combo.currentIndex() == 1]


class PlanDialog(Retranslatable, QDialog):
    """The proposed balance plan: its moves (drop any), each with the warnings a manual move would show, and its
    quality; moves with warnings need a reason, as a manual move does. Apply sends what is left."""

    confirmed = Signal(list, str, object)
    """(the moves to apply, the reason for those with warnings, the warnings shown: a set of (ticket id, kind))."""

    SHOWN_IN_SUMMARY = 3  # moves needing a reason named in the summary line

    def __init__(self, plan: Plan, names: Mapping[str, str],
                 check: Callable[[list[Move]], dict[int, list[MoveWarning]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanDialog")
        self.plan, self._names, self._check = plan, names, check
        self.dropped: set[int] = set()
        self.warnings: dict[int, list[MoveWarning]] = {}
        self.summary = QLabel()
        self.summary.setObjectName("PlanSummary")
        self.summary.setWordWrap(True)
        self.model = TextRows([""] * 5)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.remove = QPushButton()
        self.remove.clicked.connect(self._remove_selected)
        self.drop_warned = QPushButton()
        self.drop_warned.clicked.connect(self._drop_warned)
        self.box = _buttons(self, "")
        self.ok: QPushButton = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.reason = QLineEdit()
        self.reason.textChanged.connect(lambda _: self._enable())
        self.reason.returnPressed.connect(lambda: self.ok.click() if self.ok.isEnabled() else None)
        row = QHBoxLayout()
        row.addWidget(self.remove)
        row.addWidget(self.drop_warned)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addWidget(self.box)
        self.accepted.connect(lambda: self.confirmed.emit(self.moves(), self.reason.text().strip(), self.shown()))
        self.retranslate()
        self.table.setFocus()
        self.resize(820, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Balance plan"))
        self.model.set_headers([self.tr("Ticket"), self.tr("From"), self.tr("To"), self.tr("Why"), self.tr("Check")])
        self.remove.setText(self.tr("&Remove selected moves"))
        self.drop_warned.setText(self.tr("&Drop the moves that need a reason"))
        self.reason.setPlaceholderText(self.tr("Why apply the moves with warnings? (kept in the audit log)"))
        self.reason.setAccessibleName(self.tr("Reason for the moves with warnings"))
        self._show()

    def moves(self) -> list[Move]:
        return self.plan.without(self.dropped)

    def shown(self) -> set[tuple[int, str]]:
        """The warnings the lead saw and gave a reason for: (ticket id, kind)."""
        return {(tid, w.kind) for tid, ws in self.warnings.items() for w in ws}

    def _remove_selected(self) -> None:
        moves = self.moves()
        self.dropped |= {moves[i.row()].ticket_id for i in self.table.selectionModel().selectedRows()}
        self._show()

    def _drop_warned(self) -> None:
        self.dropped |= set(self.warnings)
        self._show()

    def _warning_word(self, w: MoveWarning) -> str:
        if w.kind == "over_capacity":
            return self.tr("over capacity by %n", "", w.count)
        if w.kind == "offline":
            return self.tr("offline")
        if w.kind == "break":
            return self.tr("on a break")
        return self.tr("lacks the skill")

    def _who(self, agent_id: str | None, queue_word: str) -> str:
        return self._names.get(agent_id, agent_id) if agent_id else queue_word

    def _show(self) -> None:
        why = {"over_capacity": self.tr("Agent over capacity"), "unskilled": self.tr("Agent lacks the skill"),
               "waiting": self.tr("Waiting in queue")}
        queue_word = self.tr("queue")
        separator = self.tr(", ")
        moves = self.moves()
        self.warnings = self._check(moves)  # the warnings as the moves now stand (dropping one changes the loads)
        checks = {tid: "⚠ " + separator.join(self._warning_word(w) for w in ws) for tid, ws in self.warnings.items()}
        self.model.set_rows([(f"#{m.ticket_id}", self._who(m.from_agent, queue_word), self._who(m.to_agent, queue_word),
                              why[m.why], checks.get(m.ticket_id, "")) for m in moves])
        p = self.plan
        text = self.tr("%n move(s), closest to breach first.", "", len(moves))
        if self.warnings:
            named = [self.tr("#%1 to %2 (%3)").replace("%1", str(m.ticket_id))
                     .replace("%2", self._who(m.to_agent, queue_word))
                     .replace("%3", checks[m.ticket_id][2:]) for m in moves if m.ticket_id in self.warnings]
            more = len(named) - self.SHOWN_IN_SUMMARY
            listed = separator.join(named[:self.SHOWN_IN_SUMMARY]) + (self.tr(" and %n more", "", more) if more > 0
                                                                      else "")
            text += " " + self.tr("%n need(s) a reason: %1.", "", len(named)).replace("%1", listed)
        text += " " + (self.tr("After it: %1 over capacity, %2 with an agent lacking the skill, %3 no skilled agent "
                               "has room for.").replace("%1", self.tr("%n agent(s)", "", p.over_capacity))
                       .replace("%2", self.tr("%n ticket(s)", "", p.unskilled))
                       .replace("%3", self.tr("%n waiting ticket(s)", "", p.unplaced)))
        if p.nominal:
            text += " " + self.tr("%n agent(s) have only a nominal capacity (the helpdesk has none): set it under "
                                  "File › Agent capacity… for a plan that fits.", "", p.nominal)
        self.summary.setText(text)
        self.reason.setVisible(bool(self.warnings))
        self.drop_warned.setVisible(bool(self.warnings))
        self.ok.setText(self.tr("Apply %n move(s)", "", len(moves)))
        self._enable()

    def _enable(self) -> None:
        """Apply needs moves, and a reason when any has a warning."""
        self.ok.setEnabled(bool(self.moves()) and (not self.warnings or bool(self.reason.text().strip())))
        self.ok.setToolTip("" if self.ok.isEnabled() or not self.warnings
                           else self.tr("Give a reason for the moves with warnings, or drop them."))

    def on_language_change(self) -> None:
        self.retranslate()

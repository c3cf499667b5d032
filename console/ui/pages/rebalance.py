"""Rebalancing in a peak: the agent load board, queues with their waiting work and staffing, the tickets in
scope; move them by drag and drop or the keyboard, escalate, undo, settle conflicts, apply a balance plan.

Reads come from the live store (``sync.with_store``), writes go through ``tasks`` to
:mod:`console.core.actions`; nothing here blocks the GUI thread.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from datetime import UTC, datetime

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from api_client.errors import ApiError, Forbidden
from api_client.models import Agent, Queue, Ticket, User
from console.core import actions, balance_plan, staffing
from console.core.actions import Action
from console.core.balance_plan import Move
from console.core.metrics import AgentLoad
from console.core.rebalance import BY_SEVERITY, collect, complete, ticket_rows
from console.qt import labels
from console.qt import text as fmt
from console.qt.i18n import original_tip, reader_language, shown_name
from console.qt.sync import SyncController
from console.qt.tasks import Task, TaskRunner, Tasks
from console.ui.dialogs.audit import AuditView
from console.ui.dialogs.rebalance import ConflictDialog, EscalateDialog, OverrideDialog, PlanDialog, TextRows
from widgets.agent_board import AgentBoard, BoardRow, TicketDragSource
from widgets.array_table import Column, TicketTable
from widgets.command_palette import CommandPalette, Entry
from widgets.retranslatable import Retranslatable

READ_ONLY_ROLES = frozenset({"qa_reviewer", "viewer"})
REFRESH_S = 1.0
HELD_EVERY_S = 5.0  # how often the board's ticket numbers are worked out anew
TICKETS_SHOWN = 4  # ticket numbers shown on an agent's row
RECOVER_MS = 2000  # while the API is down, how often unknown outcomes are re-read


def capacity_note(agent: Agent | None, vendor: str) -> str:
    """Where an agent's capacity comes from, for the load's tooltip (GUI thread: it translates)."""
    if agent is None:
        return ""
    system = vendor or QCoreApplication.translate("RebalancePage", "the server")
    if agent.capacity_source == "system":
        return QCoreApplication.translate("RebalancePage", "Capacity %1, from %2").replace(
            "%1", str(agent.capacity)).replace("%2", system)
    if agent.capacity_source == "console":
        return QCoreApplication.translate("RebalancePage", "Capacity %1, set here (File › Agent capacity…)").replace(
            "%1", str(agent.capacity))
    return QCoreApplication.translate(
        "RebalancePage", "Capacity %1 is nominal: %2 has none for this agent. Set it under File › Agent capacity… or "
        "from the board's context menu.").replace("%1", str(agent.capacity)).replace("%2", system)


def skills_text(skills: list[str], queues: Mapping[str, Queue]) -> str:
    """An agent's skills as the names (in the viewer's language) of the queues that need them; a skill no queue
    needs shows as it is."""
    named = {q.skill: q.name for q in sorted(queues.values(), key=lambda q: q.id, reverse=True)}
    return ", ".join(named.get(s, s) for s in skills)


def board_rows(loads: list[AgentLoad], agents: dict[str, Agent], held: dict[str, list[int]],
               now: float, team_names: Mapping[str, str], vendor: str = "",
               queues: Mapping[str, Queue] | None = None) -> list[BoardRow]:
    """The board's rows: every agent, by team then name, offline ones last (greyed by the board) so that a lead
    sees who is gone; a steady order, so a refresh repaints cells and keeps the selection. Teams show as
    ``team_names`` names them (team → its name in the viewer's language), skills by the ``queues`` needing them.

    Translates state names and durations: call it on the GUI thread only (translators change there).
    """
    states = labels.agent_states()
    loaded = {a.agent_id for a in loads}
    everyone = [*loads, *(AgentLoad(a.id, a.name, a.team, a.state, max(0.0, now - a.state_since.timestamp()), 0,
                                    a.capacity, team_names.get(a.team, "")) for a in agents.values()
                          if a.id not in loaded)]
    rows = []
    for a in everyone:
        agent = agents.get(a.agent_id)
        mine = sorted(held.get(a.agent_id, []))
        tickets = " ".join(f"#{i}" for i in mine[:TICKETS_SHOWN]) + (" …" if len(mine) > TICKETS_SHOWN else "")
        rows.append(BoardRow(a.agent_id, a.name, a.team_label, a.state, states.get(a.state, a.state),
                             fmt.duration(a.in_state_s), a.active, a.capacity,
                             skills_text(agent.skills, queues or {}) if agent else "", tickets,
                             capacity_note(agent, vendor)))
    rows.sort(key=lambda r: (r.state == "offline", r.team, r.name, r.agent_id))
    return rows


def merge_warnings(warnings: list[actions.MoveWarning]) -> list[actions.MoveWarning]:
    """One warning per agent and kind (moves one by one warn each alone): the most over capacity, the sum of
    tickets outside the skills."""
    merged: dict[tuple[str, str], actions.MoveWarning] = {}
    for w in warnings:
        old = merged.get((w.agent_id, w.kind))
        if old is not None:
            w = actions.MoveWarning(w.kind, w.agent_id, max(old.count, w.count) if w.kind == "over_capacity"
                                    else old.count + w.count)
        merged[(w.agent_id, w.kind)] = w
    return list(merged.values())


class RebalancePage(Retranslatable, QWidget):
    """The rebalance page; the main window calls :meth:`refresh` from its timer while the page is shown."""

    name = "rebalance"
    said = Signal(str, str)
    """An outcome or hint was shown: (kind: hint, busy, done, partial or failed; text). The drill-down shows it too."""
    capacity_requested = Signal(str)
    """The lead asked to set an agent's capacity (the board's context menu): the agent id."""

    def __init__(self, tasks: TaskRunner | None, sync: SyncController | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.sync = tasks, sync
        self.role: str | None = None
        self.user: User | None = None  # who the console is signed in as (from whoami)
        self.scope: tuple[str, str] = ("waiting", "")
        self.agents: dict[str, Agent] = {}
        self.team_names: dict[str, str] = {}  # team → its name in the viewer's language
        self.queues: dict[str, Queue] = {}
        self._centre: staffing.CentreStaffing | None = None  # the centre's staffing, once computed
        self.active: dict[str, int] = {}
        self.tickets: dict[int, Ticket] = {}  # the tickets in scope, as the lead sees them (their versions)
        self.last_action: Action | None = None
        self.undoable: Action | None = None
        self.now = time.time()
        self._refreshed_at = 0.0
        self._dialog: QDialog | None = None
        self._pending: list[Ticket] = []  # the tickets the palette is choosing an agent for
        self._return_to: QWidget | None = None  # where the keyboard goes after a dialog (None: the ticket list)
        self._collecting: Task | None = None  # a worker is reading the store
        self._stopped = False  # the window closed: no more background reads
        self._again = False  # refresh once more when it is back
        self._shown: dict[int, int] = {}  # ticket id -> version in the table
        self._shown_scope: tuple[str, str] | None = None
        self._board_rows: list[BoardRow] = []
        self._held: dict[str, list[int]] = {}  # agent id -> their tickets (a pass over every ticket: every 5 s)
        self._held_at = 0.0
        self._reader = tasks if tasks is not None else Tasks(self, io_workers=0)  # store reads: on its CPU pool
        self.vendor_name = ""  # the ticketing system, named where capacities come from
        self._moving = ""  # "Moving 300 tickets…" while a move is in flight (a budget wait is added to it)

        self.role_banner = QLabel()
        self.role_banner.setObjectName("StaleBanner")
        self.role_banner.setWordWrap(True)
        self.role_banner.hide()
        self.outcome = QLabel()
        self.outcome.setObjectName("ActionOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.move_button = QPushButton()
        self.queue_button = QPushButton()
        self.escalate_button = QPushButton()
        self.undo_button = QPushButton()
        self.conflicts_button = QPushButton()
        self.retry_button = QPushButton()
        self.plan_button = QPushButton()
        self.audit_button = QPushButton()
        self.action_buttons = (self.move_button, self.queue_button, self.escalate_button, self.undo_button,
                               self.conflicts_button, self.retry_button, self.plan_button)
        buttons = QHBoxLayout()
        for b in (*self.action_buttons, self.audit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.move_button.clicked.connect(self.open_palette)
        self.queue_button.clicked.connect(lambda: self.move_selected(None))
        self.escalate_button.clicked.connect(self.open_escalate)
        self.undo_button.clicked.connect(self.undo)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.retry_button.clicked.connect(self.retry_not_done)
        self.plan_button.clicked.connect(self.open_plan)
        self.audit_button.clicked.connect(self.open_audit)

        self.board = AgentBoard()
        self.board.tickets_dropped.connect(self._dropped)
        self.board.clicked.connect(lambda index: self.set_scope("agent", self.board.board.rows[index.row()].agent_id))
        self.board.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.board.customContextMenuRequested.connect(self._board_menu)
        self.agent_find = QLineEdit()
        self.agent_find.setClearButtonEnabled(True)
        self.agent_find.textChanged.connect(lambda _: self._show_board())
        self.board_title = QLabel()
        self.board_title.setObjectName("SectionTitle")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.board_title)
        top.addWidget(self.agent_find, 1)
        lv.addLayout(top)
        lv.addWidget(self.board, 1)

        self.queue_model = TextRows([""] * 6, numbers=frozenset({1, 2, 3}))
        self.queue_table = QTableView()
        self.queue_table.setObjectName("QueueTable")
        self.queue_table.setModel(self.queue_model)
        self.queue_table.verticalHeader().hide()
        self.queue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_table.setWordWrap(False)
        qh = self.queue_table.horizontalHeader()
        qh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        qh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.queue_table.clicked.connect(lambda index: self.set_scope("queue", self.queue_model.row(index.row())[5]))
        qh.setSectionHidden(5, True)  # the queue id

        self.scope_label = QLabel()
        self.scope_label.setObjectName("SectionTitle")
        self.all_waiting = QPushButton()
        self.all_waiting.clicked.connect(lambda: self.set_scope("waiting", ""))
        self.select_all = QPushButton()
        self.select_all.clicked.connect(lambda: self.table.view.selectAll())
        self.table: TicketTable = TicketTable(self._columns(), lambda: self.now, stretch_key="subject")
        self.table.view.setDragEnabled(True)  # keeps a multi-row selection when a drag starts on it
        self.drag = TicketDragSource(self.table.view, self.table.selected_ids)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.queues_title = QLabel()
        self.queues_title.setObjectName("SectionTitle")
        rv.addWidget(self.queues_title)
        rv.addWidget(self.queue_table, 2)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_label, 1)
        scope_row.addWidget(self.all_waiting)
        scope_row.addWidget(self.select_all)
        rv.addLayout(scope_row)
        rv.addWidget(self.table, 5)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([620, 640])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.role_banner)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        layout.addWidget(self.splitter, 1)

        self.command_palette = CommandPalette(self)
        self.command_palette.chosen.connect(self._palette_chosen)
        self.command_palette.rejected.connect(self._focus_tickets)  # Esc
        self.shortcuts: list[QShortcut] = []
        for keys, slot in (("Ctrl+K", self.open_palette), ("Ctrl+E", self.open_escalate), ("Ctrl+Z", self.undo),
                           ("Ctrl+B", self.open_plan), ("Ctrl+Shift+Q", lambda: self.move_selected(None))):
            sc = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            self.shortcuts.append(sc)
        self._recover_timer = QTimer(self)
        self._recover_timer.setSingleShot(True)
        self._recover_timer.setInterval(RECOVER_MS)
        self._recover_timer.timeout.connect(self._recover)
        self.retranslate()
        self._update_buttons()

    # ---------------------------------------------------------------- text
    def _columns(self) -> list[Column]:
        return [
            Column("id", self.tr("Ticket"), "number", lambda v: f"#{v:.0f}"),
            Column("due", self.tr("Time to breach"), "countdown", fmt.countdown,
                   self.tr("Until the earliest SLA due time still running; once passed, how long overdue.")),
            Column("priority", self.tr("Priority"), "number", self._priority_word,
                   self.tr("Sorted by severity: urgent, high, normal, low."),
                   align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            Column("queue", self.tr("Queue")),
            Column("assignee", self.tr("Assignee")),
            Column("subject", self.tr("Subject"),
                   tip=lambda i: original_tip(self.tickets[i].subject) if i in self.tickets else ""),
            Column("age", self.tr("Created (UTC)"), "number",
                   lambda ts: datetime.fromtimestamp(ts, UTC).strftime("%H:%M:%S")),
        ]

    @staticmethod
    def _priority_word(severity: float) -> str:
        """The priority's word in the current language (the column holds its severity, so it sorts by it)."""
        code = BY_SEVERITY[int(severity)]
        return labels.priorities().get(code, code)

    def retranslate(self) -> None:
        self.move_button.setText(self.tr("&Move to… (Ctrl+K)"))
        self.move_button.setToolTip(self.tr("Give the selected tickets to an agent or a team: type a name."))
        self.queue_button.setText(self.tr("Back to &queue"))
        self.escalate_button.setText(self.tr("&Escalate… (Ctrl+E)"))
        self.undo_button.setText(self.tr("&Undo (Ctrl+Z)"))
        self.conflicts_button.setText(self.tr("&Conflicts…"))
        self.retry_button.setText(self.tr("&Retry not done"))
        self.plan_button.setText(self.tr("Balance &plan… (Ctrl+B)"))
        self.audit_button.setText(self.tr("&Audit log…"))
        for shortcut, what in zip(self.shortcuts, (
                self.tr("Move the selected tickets to an agent, a team or the queue"),
                self.tr("Escalate the selected tickets"), self.tr("Undo the last move"),
                self.tr("Propose a balance plan"), self.tr("Selected tickets back to their queue")), strict=True):
            shortcut.setWhatsThis(what)  # shown in Help > Keyboard shortcuts
        self.board_title.setText(self.tr("Agents"))
        self.agent_find.setPlaceholderText(self.tr("Find agent, team or skill…"))
        self.agent_find.setAccessibleName(self.tr("Find agent"))
        self.board.setAccessibleName(self.tr("Agent load board") if self.read_only
                                     else self.tr("Agent load board: drop tickets on an agent"))
        self.board.board.set_headers([self.tr("Team"), self.tr("Agent"), self.tr("State"), self.tr("In state"),
                                      self.tr("Load"), self.tr("Skills"), self.tr("Tickets")])
        self._show_queues_title()
        self.queue_model.set_headers([self.tr("Queue"), self.tr("Waiting"), self.tr("Longest wait"),
                                      self.tr("Working"), self.tr("Needed"), ""],
                                     [self.tr("Open tickets with no assignee."),
                                      self.tr("Open tickets with no assignee."),
                                      self.tr("The oldest waiting ticket's wait."),
                                      self.tr("Agents working with the queue's skill, each split evenly among "
                                              "their skills, so that every agent counts once."),
                                      self.tr("Agents needed per channel at the last hour's arrivals and handle "
                                              "time: phone by Erlang C (Erlang A where callers abandon), chat by "
                                              "Erlang C with the agents' concurrency, email, social and app by "
                                              "workload at 85 % occupancy within their first-reply target."), ""])
        self.all_waiting.setText(self.tr("All &waiting"))
        self.select_all.setText(self.tr("&Select all"))
        self.table.model.set_headers([c.header for c in self._columns()])
        self.table.view.setAccessibleName(self.tr("Tickets") if self.read_only
                                          else self.tr("Tickets: select, then drag to an agent or press Ctrl+K"))
        self._update_scope_label()
        self._apply_role()
        self._show_outcome()
        self._show_board()

    def on_language_change(self) -> None:
        """New words everywhere (priorities are worded when drawn); a hidden page reads when it
        is shown, not on each of the switch's LanguageChange events. The ticket rows hold queue and agent names:
        all are read anew."""
        self._shown_scope = None
        self.retranslate()
        if self.isVisible():
            self.refresh(force=True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.role is None and self.tasks is not None:
            self.tasks.submit(lambda b: b.whoami(), on_done=self.set_user, owner=self)
        self.refresh(force=True)

    def set_user(self, user: User) -> None:
        """Who the console is signed in as: their role decides what the page offers."""
        self.user = user
        self.role = user.role
        self.retranslate()  # the role decides the hints: a viewer is not told to drag

    @property
    def read_only(self) -> bool:
        return self.role in READ_ONLY_ROLES

    def _apply_role(self) -> None:
        self.role_banner.setVisible(self.read_only)
        if self.read_only:
            self.role_banner.setText(self.tr("Your role (%1) can see the board but not move or escalate tickets.")
                                     .replace("%1", self.role or ""))
        self._update_buttons()

    # ---------------------------------------------------------------- live data
    def refresh(self, force: bool = False) -> None:
        """Re-read the store (at most once a second unless ``force``) and repaint.

        Reading the store and preparing the changed table rows run on the page's own reader thread (writes
        queue on ``tasks``); the GUI thread only updates the models.
        """
        sync = self.sync
        if sync is None or not sync.has_data or self._stopped:
            return
        if self._reading() or (not force and time.monotonic() - self._refreshed_at < REFRESH_S):
            self._again = self._again or force
            return
        self._refreshed_at = time.monotonic()
        scope = self.scope
        shown = dict(self._shown) if scope == self._shown_scope else None
        everything = force or time.monotonic() - self._held_at >= HELD_EVERY_S
        if everything:
            self._held_at = time.monotonic()
        held_before = self._held
        language = reader_language()

        def work(_token: object) -> dict:
            data = complete(sync.with_store(lambda s: collect(s, scope, everything)), scope)
            if data["held"] is None:
                data["held"] = held_before
            data["scope"] = scope
            data["rows"] = ticket_rows(data["tickets"], data["queues"], data["agents"], shown, language)
            return data

        self._collecting = self._reader.run(work, on_done=self._collected, owner=self, pool="cpu")

    def _reading(self) -> bool:
        """A store read is running, or its result is still on its way to the GUI thread (the task is done
        before its delivery: a read started then would diff against rows about to change)."""
        task = self._collecting
        if task is None or task.token.cancelled:
            return False
        return not task.done() or task.exception() is None

    def _collected(self, data: dict) -> None:
        self._collecting = None
        if data["scope"] == self.scope:
            self._show(data)
        if self._again or data["scope"] != self.scope:
            self._again = False
            self.refresh(force=True)

    def _show(self, data: dict) -> None:
        self.now = data["now"]
        self.agents, self.queues = data["agents"], data["queues"]
        self.loads = data["loads"]
        self.active = {a.agent_id: a.active for a in self.loads}
        self.team_names = data["team_names"]
        self._board_rows = board_rows(data["loads"], data["agents"], data["held"], data["now"],  # GUI thread only
                                      self.team_names, self.vendor_name, self.queues)
        self._held = data["held"]
        self._show_board()
        self._show_queues(data)
        tickets: list[Ticket] = data["tickets"]
        self.tickets = {t.id: t for t in tickets}
        self._show_tickets(*data["rows"])
        self._shown = {t.id: t.version for t in tickets}
        self._shown_scope = data["scope"]
        self._update_buttons()

    def _show_board(self) -> None:
        needle = self.agent_find.text().strip().casefold()
        rows = self._board_rows
        if needle:
            rows = [r for r in rows if needle in f"{r.name} {r.team} {r.skills}".casefold()]
        self.board.board.set_rows(rows)

    def _show_queues(self, data: dict) -> None:
        agents = list(self.agents.values())
        names = {"phone": self.tr("phone"), "chat": self.tr("chat"), "email": self.tr("email"),
                 "social": self.tr("social"), "app": self.tr("app")}
        rows, shown = [], []
        for qid, q in self.queues.items():
            m = data["per_queue"].get(qid)
            if m is None:
                continue
            loads = {ch: staffing.ChannelLoad(c.arrivals, c.aht_s, c.abandonment, data["patience"].get((qid, ch)),
                                              c.waiting)
                     for (cq, ch), c in data["per_channel"].items() if cq == qid}
            s = staffing.staffing(q, loads, m.window_s, agents)
            split = ", ".join(f"{names[n.channel]} {n.agents}" for n in s.needs) or self.tr("no traffic")
            if s.needed is None:
                need = self.tr("no handle time yet")
            elif s.gap > 0:
                need = self.tr("needs %1 more: %2").replace("%1", f"{math.ceil(s.gap)}").replace("%2", split)
            else:
                need = self.tr("enough (%1: %2)").replace("%1", str(s.needed)).replace("%2", split)
            rows.append((q.name, fmt.count(m.waiting), fmt.duration(m.longest_wait_s), f"{s.working:.1f}", need, qid))
            shown.append(s)
        self.queue_model.set_rows(rows)
        self._centre = staffing.centre(shown, agents)
        self._show_queues_title()

    def _show_queues_title(self) -> None:
        """The section title, with the centre's staffing once it is known (a retranslation keeps it)."""
        whole = self._centre
        if whole is None or whole.needed is None:
            self.queues_title.setText(self.tr("Queues and staffing now"))
            return
        self.queues_title.setText(self.tr("Queues and staffing now: %1 agents needed, %2 working")
                                  .replace("%1", str(whole.needed)).replace("%2", str(whole.working)))

    def _show_tickets(self, full: bool, removed: list[int], ids: np.ndarray, arrays: dict) -> None:
        """All rows anew (``full``), else drop ``removed`` and update or add the changed rows in place."""
        model = self.table.model
        if full:
            self.table.set_data(ids, arrays)
        else:
            model.remove_ids(removed)
            before = model.total_rows
            if len(ids):
                model.update_rows(ids, arrays)
            if model.total_rows != before:
                model.refresh()  # new rows take their place in the sort
        if model.sort_column < 0:
            self.table.sort_by("due")

    def set_scope(self, kind: str, key: str) -> None:
        """Show the tickets waiting in a queue (``queue``), of an agent or team, or all waiting ones."""
        self.scope = (kind, key)
        self.table.view.clearSelection()
        self._update_scope_label()
        self.refresh(force=True)

    def _update_scope_label(self) -> None:
        kind, key = self.scope
        if kind == "queue":
            q = self.queues.get(key)
            text = self.tr("Waiting in %1").replace("%1", q.name if q else key)
        elif kind == "agent":
            a = self.agents.get(key)
            text = self.tr("Tickets of %1").replace("%1", a.name if a else key)
        elif kind == "team":
            text = self.tr("Tickets of team %1").replace("%1", self.team_names.get(key, key))
        else:
            text = self.tr("All waiting tickets")
        self.scope_label.setText(text)

    def _names(self) -> dict[str, str]:
        return {a.id: a.name for a in self.agents.values()}

    # ---------------------------------------------------------------- moving
    def selected(self) -> list[Ticket]:
        return [self.tickets[i] for i in self.table.selected_ids() if i in self.tickets]

    def _refuse_if_read_only(self) -> bool:
        if self.read_only:
            self._say("failed", self.tr("Your role (%1) may not move or escalate tickets.")
                                 .replace("%1", self.role or ""))
        return self.read_only

    def open_palette(self) -> None:
        """Ctrl+K: type an agent's or team's name to give them the selected tickets."""
        self._return_to = None
        self._palette(self.selected())

    def reassign_from(self, tickets: list[Ticket], host: QWidget) -> None:
        """Choose an agent or team for ``tickets`` from another window (the drill-down): the same palette,
        warnings, reason and undo as on the page; the keyboard goes back to ``host`` afterwards."""
        self._return_to = host
        self._palette(tickets)

    def escalate_from(self, tickets: list[Ticket], host: QWidget) -> None:
        """Escalate ``tickets`` from another window (the drill-down), as :meth:`open_escalate` does."""
        self._return_to = host
        self._escalate(tickets)

    def _palette(self, tickets: list[Ticket]) -> None:
        if self._refuse_if_read_only():
            return
        if not tickets:
            self._say("hint", self.tr("Select tickets first (click, Shift/Ctrl-click, or Select all)."))
            return
        if not self.agents:
            self.refresh(force=True)
            self._say("hint", self.tr("The agents are still loading: try again in a moment."))
            return
        self._pending = list(tickets)
        states = labels.agent_states()
        entries = [Entry(f"agent:{a.id}", a.name, self.tr("%1 · %2 · %3/%4 · %5")
                         .replace("%1", self.team_names.get(a.team, a.team))
                         .replace("%2", states.get(a.state, a.state)).replace("%3", str(self.active.get(a.id, 0)))
                         .replace("%4", str(a.capacity)).replace("%5", skills_text(a.skills, self.queues)))
                   for a in sorted(self.agents.values(), key=lambda a: a.name)]
        teams = sorted({a.team for a in self.agents.values()})
        entries += [Entry(f"team:{t}", self.tr("Team %1").replace("%1", self.team_names.get(t, t)),
                          self.tr("the member with the most room"))
                    for t in teams]
        entries.append(Entry("queue:", self.tr("Back to the queue"), self.tr("unassign")))
        self.command_palette.open_with(self.tr("Move %n ticket(s) to…", "", len(tickets)), entries,
                               self.tr("Type a name…"))

    def _palette_chosen(self, key: str) -> None:
        kind, _, value = key.partition(":")
        dialog = self._dialog
        tickets = self._pending
        if kind == "agent":
            self.move_tickets(tickets, value)
        elif kind == "team":
            self.move_to_team(tickets, value)
        else:
            self.move_tickets(tickets, None)
        if self._dialog is dialog:  # no warning to answer: straight back to the tickets
            self._focus_tickets()

    def _dropped(self, agent_id: str, ids: list[int]) -> None:
        self.move_tickets([self.tickets[i] for i in ids if i in self.tickets], agent_id)

    def move_selected(self, agent_id: str | None) -> None:
        self.move_tickets(self.selected(), agent_id)

    def move_tickets(self, tickets: list[Ticket], agent_id: str | None) -> None:
        """Give ``tickets`` to ``agent_id`` (None: back to their queue), warning first when it needs one."""
        if self._refuse_if_read_only() or not tickets:
            return
        moves = [Move(t.id, t.version, t.assignee_id, agent_id) for t in tickets]
        agent = self.agents.get(agent_id) if agent_id else None
        warnings = actions.warnings_for(agent, self.active.get(agent.id, 0), tickets, self.queues) if agent else []
        self._confirm_then_run(moves, warnings)

    def move_to_team(self, tickets: list[Ticket], team: str) -> None:
        members = [a for a in self.agents.values() if a.team == team]
        if self._refuse_if_read_only() or not tickets or not members:
            return
        moves = actions.spread(tickets, members, self.active, self.queues)
        by_id = {t.id: t for t in tickets}
        by_agent: dict[str, list[Ticket]] = {}
        for mv in moves:
            by_agent.setdefault(mv.to_agent, []).append(by_id[mv.ticket_id])  # type: ignore[arg-type]
        warnings = [w for aid, ts in by_agent.items()
                    for w in actions.warnings_for(self.agents[aid], self.active.get(aid, 0), ts, self.queues)]
        self._confirm_then_run(moves, warnings)

    def _confirm_then_run(self, moves: list[Move], warnings: list[actions.MoveWarning]) -> None:
        if not warnings:
            self.run(moves, "rebalance")
            return
        dialog = OverrideDialog(warnings, self._names(), len(moves), self)
        dialog.confirmed.connect(lambda reason: self.run(moves, "rebalance", reason))
        self._open(dialog)

    def run(self, moves: list[Move], reason: str, override_reason: str = "", kind: str = "reassign") -> None:
        """Send ``moves`` (bulk, with versions) off the GUI thread; the outcome comes back per ticket."""
        if self.tasks is None or not moves or self._refuse_if_read_only():
            return
        self._moving = self.tr("Moving %n ticket(s)…", "", len(moves))
        self._say("busy", self._moving)
        self.tasks.submit(lambda b: actions.reassign(b, moves, reason, override_reason, kind=kind),  # type: ignore[arg-type]
                          on_done=self._done, on_error=self._crashed, owner=self)

    def open_escalate(self) -> None:
        """Ctrl+E: escalate the selected tickets (priority and/or queue, with a reason)."""
        self._return_to = None
        self._escalate(self.selected())

    def _escalate(self, tickets: list[Ticket]) -> None:
        if self._refuse_if_read_only():
            return
        if not tickets:
            self._say("hint", self.tr("Select tickets first (click, Shift/Ctrl-click, or Select all)."))
            return
        dialog = EscalateDialog(len(tickets), sorted(self.queues.values(), key=lambda q: q.name), self)
        pairs = [(t.id, t.version) for t in tickets]

        def go(priority: object, queue_id: object, reason: str) -> None:
            if self.tasks is None:
                return
            self._say("busy", self.tr("Escalating %n ticket(s)…", "", len(pairs)))
            self.tasks.submit(lambda b: actions.escalate(b, pairs, reason, priority=priority,  # type: ignore[arg-type]
                                                         queue_id=queue_id),  # type: ignore[arg-type]
                              on_done=self._done, on_error=self._crashed, owner=self)

        dialog.confirmed.connect(go)
        self._open(dialog)

    def undo(self) -> None:
        action = self.undoable
        if action is None or not action.can_undo() or self._refuse_if_read_only():
            self._say("hint", self.tr("Nothing to undo (moves can be undone for %1).")
                                 .replace("%1", fmt.duration(actions.UNDO_WINDOW_S)))
            return
        self.undoable = None
        self.run(actions.undo_moves(action), "undo", kind="undo")

    def retry_not_done(self) -> None:
        if self.last_action is not None and self.last_action.kind != "escalate":
            self.run(actions.retry_moves(self.last_action), self.last_action.reason + " (retry)",
                     self.last_action.override_reason)

    def open_conflicts(self) -> None:
        action = self.last_action
        if action is None or not action.count("conflict"):
            return
        dialog = ConflictDialog(action, self._names(), self)
        if action.kind == "escalate":
            dialog.confirmed.connect(lambda ids: self._retry_escalation(action, ids))
        else:
            dialog.confirmed.connect(lambda ids: self.run(actions.retry_moves(action, ids, on_current=True),
                                                          action.reason, action.override_reason))
        self._open(dialog)

    def _retry_escalation(self, action: Action, ids: list[int]) -> None:
        pairs = [(o.ticket_id, o.ticket.version) for o in action.of("conflict") if o.ticket_id in ids and o.ticket]
        if self.tasks is not None and pairs:
            self.tasks.submit(lambda b: actions.escalate(b, pairs, action.reason, priority=action.priority,
                                                         queue_id=action.queue_id),
                              on_done=self._done, on_error=self._crashed, owner=self)

    def open_plan(self) -> None:
        """Ctrl+B: compute a balance plan on a worker (it reads every open ticket), then preview it."""
        sync = self.sync
        if sync is None or self.tasks is None or self._refuse_if_read_only():
            return

        def plan(_backend: object) -> tuple[balance_plan.Plan, actions.MoveContext]:
            agents, tickets = sync.with_store(balance_plan.inputs)
            made = balance_plan.make_plan(agents, tickets)
            made.nominal = sync.with_store(lambda s: balance_plan.nominal_agents(s.agents.values()))
            return made, sync.with_store(lambda s: actions.move_context(s, (mv.ticket_id for mv in made.moves)))

        self._return_to = None
        self._say("busy", self.tr("Working out a balance plan…"))
        self.tasks.submit(plan, on_done=self._show_plan, on_error=self._crashed, owner=self)

    def _show_plan(self, made: tuple[balance_plan.Plan, actions.MoveContext]) -> None:
        plan, context = made
        self._show_outcome()
        dialog = PlanDialog(plan, self._names(), lambda moves: actions.plan_warnings(moves, context), self)
        dialog.confirmed.connect(self._apply_plan)
        self._open(dialog)

    def _apply_plan(self, moves: list[Move], reason: str, shown: set[tuple[int, str]]) -> None:
        """Check the plan's moves again as things are now (the preview may have stayed open a while): a warning
        the lead has not seen comes first, as before a manual move, with its reason; then the moves go."""
        sync = self.sync
        if sync is None or self.tasks is None or not moves:
            return

        def check(_backend: object) -> dict[int, list[actions.MoveWarning]]:
            context = sync.with_store(lambda s: actions.move_context(s, (mv.ticket_id for mv in moves)))
            return actions.plan_warnings(moves, context)

        def go(now: dict[int, list[actions.MoveWarning]]) -> None:
            new = [w for tid, ws in now.items() for w in ws if (tid, w.kind) not in shown]
            if not new:
                self.run(moves, "balance plan", reason)
                return
            dialog = OverrideDialog(merge_warnings(new), self._names(), len(moves), self)
            dialog.confirmed.connect(lambda more: self.run(moves, "balance plan", self.tr("; ").join(
                r for r in (reason, more) if r)))
            self._open(dialog)

        self._say("busy", self.tr("Checking the plan's moves…"))
        self.tasks.submit(check, on_done=go, on_error=self._crashed, owner=self)

    def open_audit(self) -> None:
        def names() -> dict[str, str]:
            me = {self.user.id: shown_name(self.user)} if self.user else {}
            return {**self._names(), **me}

        dialog = AuditView(self.tasks, names, lambda: self.now, self,
                           queues=lambda: {q.id: q.name for q in self.queues.values()}, teams=lambda: self.team_names)
        self._open(dialog)
        dialog.load()

    def _open(self, dialog: QDialog) -> None:
        """Show ``dialog`` (non-modal) with the keyboard in it; when it closes the keyboard is back on the tickets."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.finished.connect(self._focus_tickets)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _focus_tickets(self) -> None:
        """The keyboard on the ticket list again (or on the window the action came from), so that its shortcuts
        (Ctrl+Z, Ctrl+K) work at once."""
        host = self._return_to
        if host is not None and host.isVisible():
            host.window().activateWindow()
            host.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.isVisible():
            self.window().activateWindow()
            self.table.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- outcomes
    def _board_menu(self, pos: QPoint) -> None:
        """The board's context menu: set the capacity of the agent under the pointer (or of their team)."""
        index = self.board.indexAt(pos)  # ``pos`` is in the viewport's coordinates
        menu = QMenu(self)
        agent_id = self.board.board.rows[index.row()].agent_id if index.isValid() else ""
        menu.addAction(self.tr("Set capacity…"), lambda: self.capacity_requested.emit(agent_id))
        menu.popup(self.board.viewport().mapToGlobal(pos))

    def show_budget_wait(self, text: str) -> None:
        """While a move is in flight, say in its outcome that it waits on the system's budget (``text``; empty:
        it does not wait)."""
        if self._moving:
            self._say("busy", f"{self._moving} {text}".strip())

    def _done(self, action: Action) -> None:
        self._moving = ""
        self.last_action = action
        if action.kind == "reassign" and action.count("done"):
            self.undoable = action
        if not action.settled:
            self._recover_timer.start()
        self._show_outcome()
        self._update_buttons()
        self.refresh(force=True)

    def _recover(self) -> None:
        action = self.last_action
        if action is None or action.settled or self.tasks is None:
            return
        self.tasks.submit(lambda b: actions.recover(b, action), on_done=self._done, on_error=self._crashed,
                          owner=self)

    def _crashed(self, exc: Exception) -> None:
        self._moving = ""
        message = exc.message if isinstance(exc, ApiError) else str(exc)
        self._say("failed", self.tr("The action could not be completed: %1").replace("%1", message))

    def _say(self, kind: str, text: str) -> None:
        """Show ``text`` in the outcome box, marked and coloured by ``kind``: hint, busy, done, partial, failed."""
        mark = {"done": "✓ ", "partial": "⚠ ", "failed": "✗ "}.get(kind, "")
        self.outcome.setText(mark + text)
        self.outcome.setProperty("outcome", kind)
        self.outcome.style().unpolish(self.outcome)
        self.outcome.style().polish(self.outcome)
        self.outcome.setVisible(bool(text))
        if kind in ("done", "partial", "failed"):
            self.outcome.setAccessibleDescription(text)  # screen readers hear the outcome, not just see it
        self.said.emit(kind, self.outcome.text() if text else "")

    def _show_outcome(self) -> None:
        a = self.last_action
        if a is None:
            self._say("hint", "" if self.read_only else self.tr(
                "Select tickets, then drag them onto an agent or press Ctrl+K and type a name. Warnings come before "
                "the move; every ticket's outcome is shown."))
            return
        if isinstance(a.error, Forbidden):
            self._say("failed", self.tr("The server refused: your role may not change tickets (403). Nothing "
                                        "was changed."))
            return
        done = {"reassign": self.tr("Moved %1 of %n ticket(s).", "", len(a.moves)),
                "undo": self.tr("Undone %1 of %n ticket(s).", "", len(a.moves)),
                "escalate": self.tr("Escalated %1 of %n ticket(s).", "", len(a.moves))}[a.kind]
        parts = [done.replace("%1", str(a.count("done")))]
        if a.count("conflict"):
            parts.append(self.tr("%1 changed by someone else first: nothing overwritten, choose under Conflicts.")
                         .replace("%1", str(a.count("conflict"))))
        if a.count("failed"):
            first = a.of("failed")[0].message
            parts.append(self.tr("%1 failed (%2).").replace("%1", str(a.count("failed"))).replace("%2", first))
        if a.count("unknown"):
            parts.append(self.tr("%1 unknown: the server stopped answering; checking each ticket again when it is "
                                 "back.").replace("%1", str(a.count("unknown"))))
        if a.count("not_done"):
            parts.append(self.tr("%1 not done: Retry sends them again.").replace("%1", str(a.count("not_done"))))
        if a.error is not None and a.settled and not a.count("not_done"):
            parts.append(a.error.message)
        settled_ok = a.count("done") == len(a.moves)
        self._say("done" if settled_ok else "failed" if not a.count("done") else "partial", " ".join(parts))

    def _update_buttons(self) -> None:
        """What the role may not do is hidden (the banner says why); what cannot be done now says why."""
        for b in (*self.action_buttons, self.select_all):
            b.setVisible(not self.read_only)
        self.table.view.setDragEnabled(not self.read_only)
        a = self.last_action
        self.conflicts_button.setEnabled(bool(a and a.count("conflict")))
        self.conflicts_button.setToolTip(self.tr("Tickets someone else changed first: skip them or retry on their "
                                                 "new version.") if self.conflicts_button.isEnabled()
                                         else self.tr("No conflicts: the last action overwrote nothing."))
        self.retry_button.setEnabled(bool(a and a.kind != "escalate" and a.count("not_done")))
        self.retry_button.setToolTip(self.tr("Send the moves the server did not take again.")
                                     if self.retry_button.isEnabled() else self.tr("Every move of the last action "
                                                                                   "was sent: nothing to retry."))
        self.undo_button.setEnabled(bool(self.undoable and self.undoable.can_undo()))
        self.undo_button.setToolTip(self.tr("Undo the last move (where nobody changed the tickets since).")
                                    if self.undo_button.isEnabled() else self.tr("Nothing to undo: moves can be "
                                                                                 "undone for %1.").replace(
                                        "%1", fmt.duration(actions.UNDO_WINDOW_S)))

    def stop(self) -> None:
        self._stopped = True
        if self._collecting is not None:
            self._collecting.cancel()
        if self._reader is not self.tasks:
            self._reader.shutdown(timeout=0)
        self._recover_timer.stop()
        self.command_palette.close()


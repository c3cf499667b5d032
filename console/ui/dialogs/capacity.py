"""File > Agent capacity… (and the agent board's context menu): how many tickets each agent may hold at once, set
per team or per agent where the ticketing system has no capacity of its own. The system's own capacity is shown and
not editable here; the settings are kept per connection profile (``Profile.capacity``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from api_client.models import Agent
from console.infra.profiles import MAX_CAPACITY, Capacities
from console.qt.i18n import shown_name


class CapacityDialog(QDialog):
    """Teams first, then agents; a spin box per row whose lowest value means "not set" (the team's, or nominal)."""

    saved = Signal(object)
    """The supervisor pressed Save: the new :class:`Capacities`."""

    def __init__(self, agents: list[Agent], team_names: dict[str, str], current: Capacities, vendor: str,
                 nominal: int, focus_agent: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CapacityDialog")
        self.setWindowTitle(self.tr("Agent capacity"))
        self.intro = QLabel(self.tr(
            "How many tickets an agent may hold at once: the load bars, the balance plan and the move warnings use it. "
            "Where %1 has a capacity of its own it is shown and used; elsewhere set one per team or per agent (an "
            "agent's own wins over the team's). Not set: %2, a nominal figure.").replace("%1", vendor).replace(
            "%2", str(nominal)))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Team or agent"), self.tr("Capacity from"),
                                              self.tr("Capacity")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.spins: dict[tuple[str, str], QSpinBox] = {}  # ("team" | "agent", key) -> its spin box
        teams = sorted({a.team for a in agents if a.team}, key=lambda t: team_names.get(t, t))
        for team in teams:
            self._row("team", team, self.tr("Team: %1").replace("%1", team_names.get(team, team)),
                      self.tr("set here"), current.teams.get(team))
        for a in sorted(agents, key=lambda a: (team_names.get(a.team, a.team), a.name)):
            if a.capacity_source == "system":
                self._row("agent", a.id, shown_name(a), self.tr("from %1").replace("%1", vendor), a.capacity,
                          editable=False)
            else:
                self._row("agent", a.id, shown_name(a), self.tr("set here"), current.agents.get(a.id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if focus_agent is not None and ("agent", focus_agent) in self.spins:
            spin = self.spins["agent", focus_agent]
            self.table.scrollTo(self.table.model().index(int(spin.property("row")), 0))
            spin.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(640, 520)

    def _row(self, kind: str, key: str, name: str, source: str, value: int | None, editable: bool = True) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(source))
        spin = QSpinBox()
        spin.setRange(0, MAX_CAPACITY)
        spin.setSpecialValueText(self.tr("Not set"))  # shown at 0: nothing set here
        spin.setValue(value or 0)
        spin.setEnabled(editable)
        spin.setAccessibleName(self.tr("Capacity of %1").replace("%1", name))
        spin.setProperty("row", row)
        self.table.setCellWidget(row, 2, spin)
        if editable:
            self.spins[kind, key] = spin

    def capacities(self) -> Capacities:
        """What the table says now (rows left at "Not set" are left out)."""
        chosen = {(kind, key): spin.value() for (kind, key), spin in self.spins.items() if spin.value() > 0}
        return Capacities(agents={k: v for (kind, k), v in chosen.items() if kind == "agent"},
                          teams={k: v for (kind, k), v in chosen.items() if kind == "team"})

    def _save(self) -> None:
        self.saved.emit(self.capacities())
        self.accept()

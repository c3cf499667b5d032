"""The first live view: totals as KPI tiles, each queue's numbers, and waiting per queue over time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QSplitter, QTableView, QVBoxLayout, QWidget

from api_client.backend import Capability
from console.core.metrics import Metrics
from console.core.thresholds import DEFAULTS, Threshold
from console.qt import text as fmt
from widgets.kpi_tile import KpiTile
from widgets.live_chart import LiveChart
from widgets.retranslatable import Retranslatable
from widgets.severity import Severity
from widgets.table_model import RowsTableModel


class OverviewPage(Retranslatable, QWidget):
    """Shows a :class:`StoreSummary`; knows nothing of the network."""

    name = "overview"

    def __init__(self, thresholds: dict[str, Threshold] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thresholds = thresholds or dict(DEFAULTS)
        self.tiles = {key: KpiTile("") for key in ("waiting", "longest", "breached", "at_risk", "available")}
        self.unavailable: frozenset[str] = frozenset()  # tiles the backend cannot fill
        tiles_row = QHBoxLayout()
        tiles_row.setSpacing(10)
        for tile in self.tiles.values():
            tiles_row.addWidget(tile)

        self.model = RowsTableModel(
            [""] * 8, [None, fmt.count, fmt.count, fmt.count, fmt.count, fmt.duration, fmt.count, None],
        )
        self.table = QTableView()
        self.table.setObjectName("QueueTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionHidden(7, True)  # queue id, for tests and drill-down

        self.chart: LiveChart | None = None
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addLayout(tiles_row)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        t = self.tiles
        t["waiting"].title.setText(self.tr("Waiting"))
        t["waiting"].setToolTip(self.tr("Open tickets in a queue with no assignee."))
        t["longest"].title.setText(self.tr("Longest wait"))
        t["longest"].setToolTip(self.tr("Now minus the creation time of the oldest waiting ticket."))
        t["breached"].title.setText(self.tr("SLA breached"))
        t["breached"].setToolTip(self.tr("Unresolved tickets with a due time passed without the event."))
        t["at_risk"].title.setText(self.tr("At risk"))
        t["at_risk"].setToolTip(self.tr("Unresolved tickets due within their queue's at-risk threshold."))
        t["available"].title.setText(self.tr("Agents available"))
        t["available"].setToolTip(self.tr("Agents in the available state, out of those signed in."))
        self.model.set_headers(
            [self.tr("Queue"), self.tr("Waiting"), self.tr("Backlog"), self.tr("Breached"), self.tr("At risk"),
             self.tr("Longest wait"), self.tr("Agents free"), "id"],
            ["", t["waiting"].toolTip(), self.tr("All unresolved tickets (new, open, pending)."),
             t["breached"].toolTip(), t["at_risk"].toolTip(), t["longest"].toolTip(),
             self.tr("Available agents with the queue's skill."), ""],
        )

    def _ensure_chart(self, summary: Metrics) -> LiveChart:
        if self.chart is None:
            self.chart = LiveChart(self.tr("Waiting per queue"), [q.name for q in summary.queues], counts=True)
            self.chart.setObjectName("WaitingChart")
            self.splitter.addWidget(self.chart)
            self.splitter.setSizes([200, 300])
        return self.chart

    def set_capabilities(self, capabilities: frozenset[Capability]) -> None:
        """Tiles whose data the backend does not provide say so instead of showing a wrong zero."""
        needs = {"breached": Capability.SLA, "at_risk": Capability.SLA, "available": Capability.AGENT_STATES}
        self.unavailable = frozenset(key for key, need in needs.items() if need not in capabilities)

    def show_summary(self, s: Metrics, stale: bool, age_text: str = "") -> None:
        """Render the numbers; when ``stale`` every tile says so and shows the data's age."""
        waiting, longest, breached, at_risk = s.waiting, s.longest_wait_s, s.breached, s.at_risk
        available, signed_in = s.agent_states.get("available", 0), s.signed_in

        def sev(metric: str, value: float) -> Severity:
            return Severity.STALE if stale else self.thresholds[metric].severity(value)

        caption = age_text if stale else ""
        self.tiles["waiting"].set_value(fmt.count(waiting), sev("waiting", waiting), caption)
        self.tiles["longest"].set_value(fmt.duration(longest), sev("longest_wait", longest), caption)
        self.tiles["breached"].set_value(fmt.count(breached), sev("breached", breached), caption)
        self.tiles["at_risk"].set_value(fmt.count(at_risk), sev("at_risk", at_risk), caption)
        self.tiles["available"].set_value(
            fmt.count(available), sev("agents_available", available),
            caption or self.tr("of %1 signed in").replace("%1", fmt.count(signed_in)),
        )
        for key in self.unavailable:
            self.tiles[key].set_value("–", Severity.NEUTRAL, self.tr("not available from this backend"))
        self.table.setEnabled(not stale)  # greyed: the numbers are old
        self.model.set_rows([
            (q.name, q.waiting, q.backlog, q.breached, q.at_risk, q.longest_wait_s, q.agents_available, q.queue_id)
            for q in s.queues
        ])
        if not stale:
            self._ensure_chart(s).append(s.now, [q.waiting for q in s.queues])

"""The live dashboard: filters, KPI tiles with thresholds and trends, live charts, drill-down."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from api_client.backend import Capability
from console.core.charts import CHART_SPAN_S, ChartData, agent_bars
from console.core.metrics import AgentLoad, Filter, Metrics
from console.core.thresholds import DEFAULTS, Threshold
from console.qt import labels
from console.qt import text as fmt
from widgets.filter_bar import FilterBar
from widgets.kpi_tile import KpiTile
from widgets.live_chart import LiveChart
from widgets.load_bars import LoadBars
from widgets.retranslatable import Retranslatable
from widgets.severity import Severity

TILES = ("waiting", "longest_wait", "service_level", "breached", "at_risk", "agents_available", "csat")
SECONDARY = ("asa", "frt", "aht", "resolution", "abandonment", "fcr", "repeat", "nps")
DRILLABLE = {"waiting": "waiting", "longest_wait": "waiting", "breached": "breached", "at_risk": "at_risk"}
# The backend capability each tile needs.
NEEDS = {"service_level": Capability.SERVICE_LEVEL, "breached": Capability.SLA, "at_risk": Capability.SLA,
         "agents_available": Capability.AGENT_STATES, "csat": Capability.CSAT}


class DashboardPage(Retranslatable, QWidget):
    """Shows :class:`Metrics` and history for the chosen filter; asks the window for drill-downs."""

    name = "dashboard"

    drill_requested = Signal(str, object)
    """(kind, Filter): the user wants the tickets behind a number (waiting, breached, at_risk, agent:<id>)."""

    filter_changed = Signal(object)
    """The user changed the filter (a :class:`Filter`)."""

    def __init__(self, thresholds: dict[str, Threshold] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thresholds = thresholds or dict(DEFAULTS)
        self.unavailable: frozenset[str] = frozenset()  # tiles the backend cannot fill
        self.backend = "native"  # the kind of ticketing system: what some tiles mean there (their tooltips)
        self.filter = Filter()
        self.filters = FilterBar()
        self.filters.changed.connect(self._on_filter)
        self.span = QComboBox()
        self.span.setObjectName("TimeRange")
        self.span.currentIndexChanged.connect(self._on_span)
        self.span_s = CHART_SPAN_S
        self.tiles = {key: KpiTile("") for key in TILES}
        for key, tile in self.tiles.items():
            tile.setObjectName("KpiTile")
            tile.clicked.connect(lambda k=key: self._drill(k))
        tiles_row = QHBoxLayout()
        tiles_row.setSpacing(8)
        for tile in self.tiles.values():
            tiles_row.addWidget(tile)
        self.more: dict[str, QLabel] = {key: QLabel() for key in SECONDARY}
        more_row = QHBoxLayout()
        more_row.setSpacing(18)
        for label in self.more.values():
            label.setObjectName("SecondaryMetric")
            more_row.addWidget(label)
        more_row.addStretch(1)

        self.depth_chart: LiveChart | None = None
        self.risk_chart = LiveChart("", ["", ""], capacity=8640, window_s=CHART_SPAN_S, counts=True)
        self.sl_chart = LiveChart("", [""], capacity=8640, window_s=CHART_SPAN_S, y_max=100)
        self.flow_chart = LiveChart("", ["", ""], capacity=8640, window_s=CHART_SPAN_S)
        self.load_bars = LoadBars("")
        self.load_bars.bar_clicked.connect(lambda key: self.drill_requested.emit(key, self.filter))
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        self.grid.addWidget(self.risk_chart, 0, 1)
        self.grid.addWidget(self.sl_chart, 0, 2)
        self.grid.addWidget(self.flow_chart, 1, 0)
        self.grid.addWidget(self.load_bars, 1, 1, 1, 2)
        for col in range(3):
            self.grid.setColumnStretch(col, 1)
        for row in range(2):
            self.grid.setRowStretch(row, 1)  # both chart rows share the height, whatever their contents

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.span)
        layout.addLayout(top)
        layout.addLayout(tiles_row)
        layout.addLayout(more_row)
        layout.addLayout(self.grid, 1)
        self._queue_ids: tuple[str, ...] = ()
        self._choices_key: tuple = ()
        self.retranslate()

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        titles = {
            "waiting": (self.tr("Waiting"), self.tr("Open tickets in a queue with no assignee.")),
            "longest_wait": (self.tr("Longest wait"),
                             self.tr("Now minus the creation time of the oldest waiting ticket.")),
            "service_level": (self.tr("Service level"), self.tr(
                "Live contacts (phone, chat) answered within their queue's threshold, out of those answered or "
                "abandoned, over the last hour.")),
            "breached": (self.tr("SLA breached"),
                         self.tr("Unresolved tickets with a due time passed without the event.")),
            "at_risk": (self.tr("At risk"), self.tr("Unresolved tickets due within their queue's at-risk threshold.")),
            "agents_available": (self.tr("Agents available"),
                                 self.tr("Agents in the available state, out of those signed in.")),
            "csat": (self.tr("CSAT"), self.tr("Share of customer ratings of 4 or 5, over the last hour.")),
        }
        for key, tip in self._meaning_here().items():  # long: rich text, which a tooltip wraps
            titles[key] = (titles[key][0], "<p>" + html.escape(tip).replace("\n", "<br>") + "</p>")
        for key, (title, tip) in titles.items():
            self.tiles[key].title.setText(title)
            self.tiles[key].setToolTip(tip + ("\n" + self.tr("Click for the tickets.") if key in DRILLABLE else ""))
        self._secondary = {
            "asa": (self.tr("ASA"), self.tr("Average speed of answer: mean wait of live contacts answered in the "
                                            "last hour.")),
            "frt": (self.tr("FRT"), self.tr("First response time: mean time from creation to the first agent reply, "
                                            "all channels, last hour.")),
            "aht": (self.tr("AHT"), self.tr("Average handle time of the tickets solved in the last hour.")),
            "resolution": (self.tr("Resolution"), self.tr("Mean time from creation to solved, last hour.")),
            "abandonment": (self.tr("Abandoned"), self.tr("Live contacts abandoned before an answer, out of those "
                                                          "answered or abandoned, last hour.")),
            "fcr": (self.tr("FCR"), self.tr("First-contact resolution: solved without reopening or escalation, "
                                            "last hour.")),
            "repeat": (self.tr("Repeat"), self.tr("New tickets from a customer who had another in the last 7 days.")),
            "nps": (self.tr("NPS"), self.tr("Net promoter score: % of 9-10 ratings minus % of 0-6, last hour.")),
        }
        for key, (_, tip) in self._secondary.items():
            self.more[key].setToolTip(tip)
        self.risk_chart.plot.setTitle(self.tr("SLA breached and at risk"))
        self.sl_chart.plot.setTitle(self.tr("Service level, % (last hour)"))
        self.flow_chart.plot.setTitle(self.tr("Arrivals and handled, per hour"))
        self.load_bars.set_title(self.tr("Agent load: active work and capacity"))
        self._rename_series(self.risk_chart, [self.tr("Breached"), self.tr("At risk")])
        self._rename_series(self.flow_chart, [self.tr("Arrivals"), self.tr("Handled")])
        self._rename_series(self.sl_chart, [self.tr("Service level")])
        self._choices_key = ()  # filter labels are rebuilt on the next refresh
        index = max(0, self.span.currentIndex())
        self.span.blockSignals(True)
        self.span.clear()
        for text, hours in ((self.tr("Last hour"), 1), (self.tr("Last 4 hours"), 4), (self.tr("Last 24 hours"), 24)):
            self.span.addItem(text, hours * 3600.0)
        self.span.setCurrentIndex(index)
        self.span.blockSignals(False)
        self.span.setToolTip(self.tr("Time range of the charts (history is kept for 24 hours)."))

    @staticmethod
    def _rename_series(chart: LiveChart, names: list[str]) -> None:
        legend = chart.plot.getPlotItem().legend
        for curve, name in zip(chart.curves, names, strict=True):
            curve.opts["name"] = name
            if legend is not None:
                legend.removeItem(curve)
                legend.addItem(curve, name)

    # ---------------------------------------------------------------- filters
    def set_choices(self, queues: list[tuple[str, str]], teams: list[tuple[str, str]]) -> None:
        """Fill the filter menus (queue ids and teams with their names)."""
        key = (tuple(queues), tuple(teams))
        if key == self._choices_key:
            return
        self._choices_key = key
        self.filters.set_dimension("queues", self.tr("Queue"), queues)
        self.filters.set_dimension("channels", self.tr("Channel"), list(labels.channels().items()))
        self.filters.set_dimension("teams", self.tr("Team"), teams)
        self.filters.set_dimension("priorities", self.tr("Priority"), list(labels.priorities().items()))
        self.filters.retranslate()

    def _on_filter(self, selection: dict[str, frozenset[str]]) -> None:
        self.filter = Filter(**selection)
        self.filter_changed.emit(self.filter)

    def _on_span(self, index: int) -> None:
        span = self.span.itemData(index)
        if span is None or span == self.span_s:
            return
        self.span_s = float(span)
        for chart in (self.depth_chart, self.risk_chart, self.sl_chart, self.flow_chart):
            if chart is not None:
                chart.window_s = self.span_s
        self.filter_changed.emit(self.filter)  # redraw the charts now

    def _drill(self, tile: str) -> None:
        kind = DRILLABLE.get(tile)
        if kind is not None:
            self.drill_requested.emit(kind, self.filter)

    # ---------------------------------------------------------------- data
    def show_metrics(self, m: Metrics, before: dict[str, float | None], stale: bool, age_text: str = "") -> None:
        """Tiles: value, threshold colour and symbol, trend against 15 minutes ago; greyed when stale."""
        values: dict[str, tuple[str, float | None]] = {
            "waiting": (fmt.count(m.waiting), m.waiting),
            "longest_wait": (fmt.duration(m.longest_wait_s), m.longest_wait_s),
            "service_level": (fmt.percent(m.service_level), m.service_level),
            "breached": (fmt.count(m.breached), m.breached),
            "at_risk": (fmt.count(m.at_risk), m.at_risk),
            "agents_available": (fmt.count(m.agent_states.get("available", 0)), m.agent_states.get("available", 0)),
            "csat": (fmt.percent(m.csat), m.csat),
        }
        more = {"asa": fmt.duration_or_dash(m.asa_s), "frt": fmt.duration_or_dash(m.frt_s),
                "aht": fmt.duration_or_dash(m.aht_s), "resolution": fmt.duration_or_dash(m.resolution_s),
                "abandonment": fmt.percent(m.abandonment), "fcr": fmt.percent(m.fcr),
                "repeat": fmt.percent(m.repeat_rate), "nps": "–" if m.nps is None else f"{m.nps:+.0f}"}
        for key, value in more.items():
            self.more[key].setText(f"{self._secondary[key][0]} <b>{value}</b>")
            self.more[key].setEnabled(not stale)
        for key, (text, raw) in values.items():
            if key in self.unavailable:
                self.tiles[key].set_value("–", Severity.NEUTRAL, self.tr("not available from this backend"))
                continue
            sev = Severity.STALE if stale else self.thresholds[key].severity(raw)
            caption = age_text if stale else self._caption(key, m, raw, before.get(key))
            self.tiles[key].set_value(text, sev, caption)

    def set_capabilities(self, capabilities: frozenset[Capability], backend: str = "native") -> None:
        """Tiles whose data the backend does not provide say so instead of showing a wrong zero; tooltips say what a
        number means on ``backend`` (a kind from api_client.registry)."""
        self.unavailable = frozenset(key for key, need in NEEDS.items() if need not in capabilities)
        self.backend = backend
        self.retranslate()

    def _meaning_here(self) -> dict[str, str]:
        """Tooltips of the tiles whose meaning depends on the ticketing system (docs/backends.md)."""
        first_reply = self.tr("Ticket systems have no live threshold: service level is the share of tickets whose "
                              "first reply came by its first-reply due time, of those first replied in the last hour "
                              "(tickets without a due time are not counted).")
        return {
            "rt": {
                "service_level": first_reply + "\n" + self.tr(
                    "Request Tracker: the first reply is the first correspondence by someone other than the "
                    "requestor; its due time is the response deadline RT's SLA set (queues without SLA: not "
                    "counted)."),
                "agents_available": self.tr(
                    "Request Tracker has no presence: an enabled agent counts as available while they did "
                    "something in RT within the last 15 minutes, else as offline."),
                "csat": self.tr("Request Tracker keeps no satisfaction ratings: read from the ticket custom field "
                                "CSAT (1-5) where your RT has one; \"–\" where no ticket carries a rating."),
            },
            "zendesk": {
                "service_level": first_reply + "\n" + self.tr(
                    "Zendesk: the first reply time of the ticket metrics; its due time from the SLA policy Zendesk "
                    "applied (or the first policy's first-reply target)."),
                "csat": self.tr("Zendesk satisfaction ratings: good counts as 5, bad as 1; share of good, last "
                                "hour."),
            },
            "chatwoot": {
                "service_level": first_reply + "\n" + self.tr(
                    "Chatwoot: the conversation's first reply; its due time from the SLA applied to it (applied_sla, "
                    "Chatwoot 3.x and later, Enterprise; policies on business hours only are not counted)."),
                "agents_available": self.tr("Chatwoot: agents whose availability is online, out of those not "
                                            "offline."),
            },
            "zammad": {
                "service_level": first_reply + "\n" + self.tr(
                    "Zammad: the ticket's first response; its due time from the SLA Zammad escalates by "
                    "(first_response_escalation_at)."),
            },
        }.get(self.backend, {})

    def _caption(self, key: str, m: Metrics, now: float | None, before: float | None) -> str:
        if key == "agents_available":
            return self.tr("of %1 signed in").replace("%1", fmt.count(m.signed_in))
        base = {"service_level": self.tr("target %1").replace("%1", fmt.percent(m.sl_target))
                if m.sl_target is not None else "", "csat": self.tr("last hour")}.get(key, "")
        if now is None or before is None or math.isnan(before):
            return base
        share = key in ("service_level", "csat")
        delta = round((now - before) * 100) if share else now - before  # shares: percentage points
        arrow = "↑" if delta > 0 else "↓" if delta < 0 else "→"
        if share:
            change = self.tr("%1 %2 pt").replace("%1", arrow).replace("%2", str(abs(delta)))
            return f"{base} · {change}" if base else change
        return self.tr("%1 %2 in 15 min").replace("%1", arrow).replace("%2", fmt.count(abs(delta)))

    def show_charts(self, data: ChartData, names: dict[str, str]) -> None:
        """Redraw the charts from history (once a second; cheap for an hour of 10 s samples)."""
        if data.queue_ids != self._queue_ids or self.depth_chart is None:
            self._queue_ids = data.queue_ids
            if self.depth_chart is not None:
                self.grid.removeWidget(self.depth_chart)
                self.depth_chart.stop()
                self.depth_chart.deleteLater()
            self.depth_chart = LiveChart(self.tr("Waiting per queue"), [names.get(q, q) for q in data.queue_ids],
                                         capacity=8640, window_s=self.span_s, stacked=True, counts=True)
            self.depth_chart.point_clicked.connect(self._depth_clicked)
            self.grid.addWidget(self.depth_chart, 0, 0)
        self.depth_chart.set_history(data.t, data.depth)
        self.risk_chart.set_history(data.t, data.risk)
        self.sl_chart.set_history(data.t, data.service_level)
        self.flow_chart.set_history(data.t, data.flow)

    def set_sl_target(self, target: float | None) -> None:
        if "service_level" in self.unavailable:
            target = None
        self.sl_chart.set_target(None if target is None else target * 100, self.tr("target"))

    def _depth_clicked(self, series: str, _t: float) -> None:
        names = [c.name() for c in self.depth_chart.curves] if self.depth_chart else []
        if series in names:
            queue = self._queue_ids[names.index(series)]
            self.drill_requested.emit("waiting", Filter(**{**self.filter.__dict__, "queues": frozenset({queue})}))

    def stop(self) -> None:
        """Stop the charts' repaint timers (the window is closing)."""
        for chart in (self.depth_chart, self.risk_chart, self.sl_chart, self.flow_chart):
            if chart is not None:
                chart.stop()

    def show_agents(self, agents: list[AgentLoad], by_team: bool) -> None:
        """Agent load bars: per team (sum of active and capacity) or per agent (coloured by state)."""
        self.load_bars.set_bars(agent_bars(agents, by_team))
        if by_team:
            self.load_bars.set_legend({"busy": self.tr("Active work; line: capacity")})
        else:
            self.load_bars.set_legend({**labels.agent_states(), "overloaded": self.tr("Over capacity")})

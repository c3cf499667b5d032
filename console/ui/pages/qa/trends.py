"""Trends: IQS over time per team or agent, and by scorecard category; export of the reviews to CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from api_client import models as m
from api_client.backend import Backend
from api_client.paging import PAGE
from console.core.qa import stats
from console.core.qa.export import reviews_csv
from console.core.qa.queue import all_reviews
from console.qt.errors import explain
from console.qt.tasks import CancelToken, Task, TaskRunner
from widgets.retranslatable import Retranslatable

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf")
TOP_AGENTS = 8  # lines drawn when grouping by agent (the most reviewed)


class TrendsTab(Retranslatable, QWidget):
    """Charts from the submitted reviews; the numbers come from ``console.core.qa.stats``."""

    def __init__(self, tasks: TaskRunner | None, agents: Callable[[], dict[str, m.Agent]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.agents = agents
        self.reviews: list[m.Review] = []
        self.cards: list[m.Scorecard] = []
        self.page = PAGE  # reviews per request
        self._task: Task | None = None
        self.group = QComboBox()
        self.group.currentIndexChanged.connect(lambda _: self._draw())
        self.bucket = QComboBox()
        self.bucket.currentIndexChanged.connect(lambda _: self._draw())
        self.summary = QLabel()
        self.summary.setObjectName("TrendSummary")
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.over_time = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.over_time.setBackground(None)
        self.over_time.setYRange(0, 100)
        self.over_time.showGrid(y=True, alpha=0.2)
        self.legend = self.over_time.addLegend(offset=(10, 10), labelTextColor="#222",
                                               brush=pg.mkBrush(255, 255, 255, 220))
        self.categories = pg.PlotWidget()
        self.categories.setBackground(None)
        self.categories.setYRange(0, 100)
        self.categories.showGrid(y=True, alpha=0.2)
        top = QHBoxLayout()
        top.addWidget(self.group)
        top.addWidget(self.bucket)
        top.addWidget(self.summary, 1)
        top.addWidget(self.reload_button)
        top.addWidget(self.export_button)
        self.time_title = QLabel()
        self.category_title = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.time_title)
        layout.addWidget(self.over_time, 3)
        layout.addWidget(self.category_title)
        layout.addWidget(self.categories, 2)
        self.retranslate()

    def retranslate(self) -> None:
        for combo, items in ((self.group, ((self.tr("All agents"), "all"), (self.tr("By team"), "team"),
                                           (self.tr("By agent"), "agent"))),
                             (self.bucket, ((self.tr("Per hour"), 3600), (self.tr("Per day"), 86400),
                                            (self.tr("Per week"), 7 * 86400)))):
            keep = combo.blockSignals(True)
            index = combo.currentIndex()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(keep)
        self.reload_button.setText(self.tr("Reload"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.time_title.setText(self.tr("IQS over time (mean review score, %)"))
        self.category_title.setText(self.tr("Mean score by category (%)"))
        self._draw()

    def reload(self) -> None:
        """Every review, page by page on a worker (a newer reload or :meth:`stop` ends the paging)."""
        if self.tasks is None:
            return
        page = self.page

        def load(backend: Backend, token: CancelToken) -> tuple[list[m.Review], list[m.Scorecard]]:
            return all_reviews(backend, stop=lambda: token.cancelled, page=page), backend.scorecards()

        self.summary.setText(self.tr("Loading…"))
        self._task = self.tasks.submit_cancellable(load, on_done=self._loaded, on_error=lambda e: self.summary.setText(
            explain(e)), owner=self, key=f"qa-trends-{id(self)}")

    def stop(self) -> None:
        """Stop loading (the page is closing)."""
        if self._task is not None:
            self._task.cancel()

    def _loaded(self, result: tuple[list[m.Review], list[m.Scorecard]]) -> None:
        self.reviews, self.cards = result
        self._draw()

    def _draw(self) -> None:
        self.over_time.clear()
        self.legend.clear()
        self.categories.clear()
        submitted = [r for r in self.reviews if r.status == "submitted"]
        overall = stats.iqs(submitted)
        self.summary.setText(self.tr("IQS %1 over %2 reviews").replace(
            "%1", "–" if overall is None else f"{overall:.1f}").replace("%2", str(len(submitted))))
        if not submitted:
            return
        agents = self.agents()
        mode = self.group.currentData()
        group: dict[str, str] | None = None
        if mode == "team":
            group = {aid: a.team for aid, a in agents.items()}
        elif mode == "agent":
            counts: dict[str, int] = {}
            for r in submitted:
                counts[r.agent_id or ""] = counts.get(r.agent_id or "", 0) + 1
            top = sorted(counts, key=lambda k: -counts[k])[:TOP_AGENTS]
            group = {aid: agents[aid].name if aid in agents else aid for aid in top}
            submitted = [r for r in submitted if (r.agent_id or "") in group]
        series = stats.iqs_series(submitted, group, float(self.bucket.currentData()))
        for i, (name, points) in enumerate(sorted(series.items())):
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            colour = COLOURS[i % len(COLOURS)]
            self.over_time.plot(xs, ys, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=6,
                                symbolBrush=colour, name=name)
        if self.cards:
            card = self.cards[0]
            means = stats.by_category(card, self.reviews)
            xs = list(range(len(card.categories)))
            heights = [means.get(c.id, 0.0) for c in card.categories]
            self.categories.addItem(pg.BarGraphItem(x=xs, height=heights, width=0.6, brush="#5b8def"))
            self.categories.getAxis("bottom").setTicks([[(x, c.name) for x, c in zip(xs, card.categories,
                                                                                     strict=True)]])

    def export(self) -> None:
        """Write the loaded reviews to a CSV file the user picks (written off the GUI thread)."""
        if not self.reviews or self.tasks is None:
            self.summary.setText(self.tr("Nothing to export yet."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export reviews"), "reviews.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        ids = [c.id for c in self.cards[0].categories] if self.cards else []
        reviews = list(self.reviews)

        def write(_backend: object) -> int:
            part = path.with_name(path.name + ".part")
            part.write_text(reviews_csv(reviews, ids), encoding="utf-8-sig")  # Excel reads the BOM as UTF-8
            part.replace(path)  # never a half-written file under the chosen name
            return len(reviews)

        self.tasks.submit(write, on_done=lambda n: self.summary.setText(  # type: ignore[union-attr]
            self.tr("%1 reviews exported to %2").replace("%1", str(n)).replace("%2", str(path))),
            on_error=lambda e: self.summary.setText(self.tr("Export failed: %1").replace("%1", str(e))), owner=self)

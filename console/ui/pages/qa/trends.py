"""Trends: IQS over time per team or agent, and by scorecard category; export of the reviews to CSV."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from api_client import models as m
from api_client.backend import Backend
from api_client.paging import PAGE
from console.core.qa import stats
from console.core.qa.export import reviews_csv
from console.core.qa.queue import all_reviews
from console.qt.errors import explain
from console.qt.i18n import data_language, shown_name
from console.qt.tasks import CancelToken, Task, TaskRunner
from widgets import theme as themes
from widgets.retranslatable import Retranslatable

TOP_AGENTS = 8  # lines drawn when grouping by agent (the most reviewed)
MAX_TICKS = 8  # labels on the time axis at most
HOUR_STEPS = (1, 2, 3, 4, 6, 12, 24)  # hours between labels: divisors of a day, so labels fall on the same hours


class BucketAxis(pg.AxisItem):
    """A time axis (UTC, the server's clock) labelled on the trend's buckets: hours, days or weeks (from Monday),
    at most :data:`MAX_TICKS` labels, dates in the viewer's language ("Dec 4", "12月4日")."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.bucket_s = stats.HOUR_S

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N802,N803
        if not maxVal > minVal:
            return []
        step = max(1, math.ceil((maxVal - minVal) / self.bucket_s / MAX_TICKS))
        if self.bucket_s == stats.HOUR_S:
            step = next((h for h in HOUR_STEPS if h >= step), math.ceil(step / 24) * 24)
        spacing = self.bucket_s * step
        first = stats.bucket_start(minVal, spacing if spacing <= stats.DAY_S else self.bucket_s)
        if first < minVal:
            first += spacing if spacing <= stats.DAY_S else self.bucket_s
        return [(spacing, [first + i * spacing for i in range(int((maxVal - first) // spacing) + 1)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        return [self.text(v, i == 0) for i, v in enumerate(values)]

    def text(self, t: float, first: bool = False) -> str:
        """The label at epoch second ``t``: the hour (with the date at midnight and on the first label), else the
        date."""
        when = QDateTime.fromSecsSinceEpoch(int(t), QTimeZone.utc())
        locale = QLocale(data_language().replace("-", "_"))
        date = locale.toString(when.date(), QCoreApplication.translate(
            "TrendsTab", "MMM d", "a day on the trend's time axis, as a Qt date format (12月4日 in Chinese)"))
        if self.bucket_s >= stats.DAY_S:
            return date
        hour = when.toString("HH:mm")
        midnight = datetime.fromtimestamp(t, UTC).hour == 0
        return f"{date} {hour}" if first or midnight else hour


class TrendsTab(Retranslatable, QWidget):
    """Charts from the submitted reviews; the numbers come from ``console.core.qa.stats``."""

    def __init__(self, tasks: TaskRunner | None, agents: Callable[[], dict[str, m.Agent]],
                 parent: QWidget | None = None, *, team_names: Callable[[], dict[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.agents = agents
        self.team_names = team_names or dict  # team -> its name in the viewer's language
        self.reviews: list[m.Review] = []
        self.cards: list[m.Scorecard] = []
        self.page = PAGE  # reviews per request
        self._task: Task | None = None
        self.group = QComboBox()
        self.group.currentIndexChanged.connect(lambda _: self._draw())
        self.bucket = QComboBox()
        self.bucket.currentIndexChanged.connect(lambda _: self._draw())
        themes.notifier.changed.connect(self._theme_changed)
        self.summary = QLabel()
        self.summary.setObjectName("TrendSummary")
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.time_axis = BucketAxis()
        self.over_time = pg.PlotWidget(axisItems={"bottom": self.time_axis})
        self.over_time.setBackground(None)
        self.over_time.setYRange(0, 100)
        self.over_time.showGrid(y=True, alpha=0.2)
        self.legend = self.over_time.addLegend(offset=(10, 10))
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
                             (self.bucket, ((self.tr("Automatic"), 0), (self.tr("Per hour"), 3600),
                                            (self.tr("Per day"), 86400), (self.tr("Per week"), 7 * 86400)))):
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

    def _theme_changed(self, _theme: themes.Theme) -> None:
        self._draw()

    def _draw(self) -> None:
        theme = themes.current()
        fill = QColor(theme.label_fill)
        fill.setAlpha(220)
        self.legend.setBrush(pg.mkBrush(fill))
        self.legend.setLabelTextColor(theme.chart_text)
        for plot in (self.over_time, self.categories):
            for name in ("left", "bottom"):
                plot.getAxis(name).setTextPen(theme.axis_text)
                plot.getAxis(name).setPen(theme.axis_line)
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
            names = self.team_names()
            group = {aid: names.get(a.team, a.team) for aid, a in agents.items()}
        elif mode == "agent":
            counts: dict[str, int] = {}
            for r in submitted:
                counts[r.agent_id or ""] = counts.get(r.agent_id or "", 0) + 1
            top = sorted(counts, key=lambda k: -counts[k])[:TOP_AGENTS]
            group = {aid: agents[aid].name if aid in agents else aid for aid in top}
            submitted = [r for r in submitted if (r.agent_id or "") in group]
        times = [r.updated_at.timestamp() for r in submitted]
        bucket = float(self.bucket.currentData() or stats.bucket_for_span(max(times) - min(times)))
        self.time_axis.bucket_s = bucket
        series = stats.iqs_series(submitted, group, bucket)
        for i, (name, points) in enumerate(sorted(series.items())):
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            colour = theme.series[i % len(theme.series)]
            self.over_time.plot(xs, ys, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=6,
                                symbolBrush=colour, name=name)
        start, end = stats.bucket_start(min(times), bucket), stats.bucket_start(max(times), bucket)
        self.over_time.setXRange(start - bucket / 2, end + bucket / 2, padding=0)
        if self.cards:
            card = self.cards[0]
            means = stats.by_category(card, self.reviews)
            xs = list(range(len(card.categories)))
            heights = [means.get(c.id, 0.0) for c in card.categories]
            self.categories.addItem(pg.BarGraphItem(x=xs, height=heights, width=0.6, brush=theme.series[0]))
            self.categories.getAxis("bottom").setTicks([[(x, shown_name(c)) for x, c in zip(xs, card.categories,
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

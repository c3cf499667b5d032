"""Trends, disputes and the audit log count every item, over many pages, on the real simulator."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from api_client.native import NativeBackend
from benchmarks.qaload import count_requests
from console.qt.tasks import TaskRunner
from console.ui.dialogs.audit import AuditView
from console.ui.pages.qa.disputes import DisputesTab
from console.ui.pages.qa.trends import TrendsTab
from tests.helpers.qa import add_reviews, db_ids
from tests.helpers.sim import SimServer

PAGE = 100


@pytest.fixture
def many_reviews(own_sim: SimServer) -> SimServer:
    """The test's simulator with more than 600 reviews (six pages of 100)."""
    add_reviews(own_sim.client("qa_reviewer"), max(0, 610 - len(db_ids(own_sim.db, "reviews"))))
    return own_sim


def _submitted(sim: SimServer) -> int:
    with sqlite3.connect(f"file:{sim.db}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT COUNT(*) FROM reviews WHERE json_extract(CAST(data AS TEXT), '$.status') "
                            "= 'submitted'").fetchone()[0]


def test_trends_and_disputes_count_every_review(qtbot: QtBot, many_reviews: SimServer) -> None:
    tasks = TaskRunner(lambda: many_reviews.client("team_lead"))
    try:
        trends = TrendsTab(tasks, dict)
        disputes = DisputesTab(tasks, dict)
        for tab in (trends, disputes):
            qtbot.addWidget(tab)
            tab.page = PAGE
        total, submitted = len(db_ids(many_reviews.db, "reviews")), _submitted(many_reviews)
        assert total > 6 * PAGE
        trends.reload()
        disputes.show_filter.setCurrentIndex(disputes.show_filter.findData("all"))
        disputes.reload()
        qtbot.waitUntil(lambda: len(trends.reviews) == total and disputes.table.rowCount() == submitted,
                        timeout=30_000)
        assert trends.summary.text().endswith(f" {submitted} reviews")
        assert len(disputes.reviews) == submitted
    finally:
        tasks.shutdown()


def test_a_stopped_tab_stops_paging(qtbot: QtBot, many_reviews: SimServer) -> None:
    sent: list[list[tuple[str, str]]] = []

    def connect() -> NativeBackend:
        backend = many_reviews.client("viewer")
        sent.append(count_requests(backend))
        return backend

    tasks = TaskRunner(connect, workers=1)
    try:
        trends = TrendsTab(tasks, dict)
        qtbot.addWidget(trends)
        trends.page = 1  # one review a request: hundreds of pages, the stop lands in the middle
        trends.reload()
        qtbot.waitUntil(lambda: bool(sent) and len(sent[0]) >= 3, timeout=15_000)
        trends.stop()
        assert trends._task is not None
        qtbot.waitUntil(trends._task.done, timeout=15_000)
        made = len(sent[0])
        assert made < len(db_ids(many_reviews.db, "reviews")) // 2  # the paging ended early
        qtbot.wait(200)
        assert len(sent[0]) == made
        assert not trends.reviews
    finally:
        tasks.shutdown()


def test_audit_dialog_loads_more_until_the_last_entry(qtbot: QtBot, many_reviews: SimServer) -> None:
    sup = many_reviews.client("supervisor")
    now = sup.sim_status().sim_time
    everything = sup.audit(since=now - timedelta(days=7), limit=5000)
    assert len(everything) > 3 * PAGE
    tasks = TaskRunner(lambda: many_reviews.client("supervisor"))
    try:
        view = AuditView(tasks, dict, now.timestamp)
        qtbot.addWidget(view)
        view.period.setCurrentIndex(3)  # the last 7 days
        view.page = PAGE
        view.load()
        qtbot.waitUntil(lambda: view.model.rowCount() == PAGE and view.more_button.isEnabled(), timeout=15_000)
        assert "so far" in view.status.text()
        while view.more_button.isEnabled():
            shown = view.model.rowCount()
            view.more_button.click()
            qtbot.waitUntil(lambda shown=shown: view.model.rowCount() > shown, timeout=15_000)  # type: ignore[misc]
        assert [e.id for e in view.entries] == [e.id for e in everything]
        assert view.status.text() == f"{len(everything)} entries"
    finally:
        tasks.shutdown()

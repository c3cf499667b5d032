"""Calibration numbers and the CSV export by hand; the disputes, calibration, trends and scorecard tabs
on the real simulator, with what each role may do."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from api_client.models import CategoryScore, Review, ReviewInput
from api_client.qa import SCORECARD
from console.core.qa import stats
from console.core.qa.export import reviews_csv
from console.qt.tasks import TaskRunner
from console.ui.pages.qa.calibration import CalibrationTab
from console.ui.pages.qa.disputes import DisputesTab
from console.ui.pages.qa.page import QaPage
from console.ui.pages.qa.scorecard_editor import ScorecardEditor
from console.ui.pages.qa.trends import TrendsTab
from tests.helpers.sim import SimServer
from widgets.transcript_view import TranscriptView, TurnRow

AT = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def review(rid: int, reviewer: str, agent: str, values: dict[str, int | None], score: float | None = None) -> Review:
    return Review(id=rid, interaction_id=1, scorecard_id="standard", scorecard_version=1, reviewer_id=reviewer,
                  agent_id=agent, scores=[CategoryScore(category_id=k, value=v) for k, v in values.items()],
                  comment="好，\"引号\"", score=score, status="submitted", created_at=AT, updated_at=AT, version=1)


def test_calibration_spread_and_distance_by_hand() -> None:
    a = review(1, "u-a", "x", {"greeting": 2, "verification": 1, "understanding": 4, "empathy": None})
    b = review(2, "u-b", "x", {"greeting": 0, "verification": 1, "understanding": 2, "empathy": 3})
    agreed = [CategoryScore(category_id="greeting", value=1), CategoryScore(category_id="understanding", value=3)]
    rows = {r.category_id: r for r in stats.calibration_spread(SCORECARD, [a, b], agreed)}
    assert rows["greeting"].scores == {"u-a": 100.0, "u-b": 0.0}
    assert rows["greeting"].spread == 100.0
    assert rows["greeting"].agreed == 50.0
    assert rows["understanding"].spread == 50.0  # 100 vs 50
    assert rows["empathy"].spread == 0.0  # one rated, one N/A
    assert rows["closing"].spread is None
    # u-a: |100 - 50| and |100 - 75| -> 37.5; u-b: |0 - 50| and |50 - 75| -> 37.5
    assert stats.distance_from_agreed(SCORECARD, a, agreed) == 37.5
    assert stats.distance_from_agreed(SCORECARD, b, agreed) == 37.5


def test_iqs_per_group_and_bucket() -> None:
    reviews = [review(1, "r", "a1", {}, 80.0), review(2, "r", "a2", {}, 60.0), review(3, "r", "a3", {}, None)]
    assert stats.iqs(reviews) == 70.0
    series = stats.iqs_series(reviews, {"a1": "Team A", "a2": "Team A"}, 3600)
    assert series == {"Team A": [(AT.timestamp(), 70.0)]}


def test_csv_has_a_column_per_category_and_survives_quotes() -> None:
    text = reviews_csv([review(9, "u-qa", "a1", {"greeting": 2, "empathy": None}, 91.5)],
                       [c.id for c in SCORECARD.categories])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["greeting"] == "2"
    assert rows[0]["empathy"] == "N/A"
    assert rows[0]["closing"] == ""
    assert rows[0]["score"] == "91.5"
    assert rows[0]["comment"] == "好，\"引号\""


@pytest.fixture
def tasks_for(own_sim: SimServer) -> Iterator[Callable[[str], TaskRunner]]:
    """Task runners acting as a given role on the test's own simulator."""
    runners: list[TaskRunner] = []

    def make(role: str) -> TaskRunner:
        runners.append(TaskRunner(lambda: own_sim.client(role)))
        return runners[-1]

    yield make
    for r in runners:
        r.shutdown()


def _answer_dialogs(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """QInputDialog would wait for a person: answer it (the dialog is Qt's, not ours)."""
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: (text, True)))


def test_dispute_flow_through_the_tab(qtbot: QtBot, own_sim: SimServer, tasks_for: Callable[[str], TaskRunner],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    qa, sup = own_sim.client("qa_reviewer"), own_sim.client("supervisor")
    card = qa.scorecards()[0]
    iid = qa.interactions(limit=1)[0].id
    # Written by the supervisor: a dispute is answered by another reviewer, never by the review's own.
    mine = sup.save_review(ReviewInput(interaction_id=iid, scorecard_id=card.id, status="submitted", scores=[
        CategoryScore(category_id=c.id, value=1) for c in card.categories]))

    lead = DisputesTab(tasks_for("team_lead"), dict)
    qtbot.addWidget(lead)
    lead.show_filter.setCurrentIndex(lead.show_filter.findData("all"))
    lead.reload()
    qtbot.waitUntil(lambda: lead.user is not None and lead.table.rowCount() > 0, timeout=15_000)
    row = next(r for r in range(lead.table.rowCount()) if lead.table.item(r, 0).text() == str(mine.id))
    lead.table.selectRow(row)
    assert lead.dispute_button.isVisibleTo(lead)
    assert not lead.accept_button.isVisibleTo(lead)  # a team lead does not answer disputes
    _answer_dialogs(monkeypatch, "Verified at 00:40")
    lead.dispute()
    qtbot.waitUntil(lambda: qa.reviews(interaction_id=iid)[0].dispute is not None, timeout=15_000)

    reviewer = DisputesTab(tasks_for("qa_reviewer"), dict)
    qtbot.addWidget(reviewer)
    reviewer.reload()
    qtbot.waitUntil(lambda: reviewer.table.rowCount() > 0, timeout=15_000)
    row = next(r for r in range(reviewer.table.rowCount()) if reviewer.table.item(r, 0).text() == str(mine.id))
    reviewer.table.clearSelection()
    assert not reviewer.accept_button.isEnabled()
    assert reviewer.why.text() == reviewer.accept_button.toolTip()
    assert reviewer.why.text() == "Select a review to open it or settle its dispute."
    reviewer.table.selectRow(row)
    assert not reviewer.dispute_button.isVisibleTo(reviewer)
    assert reviewer.accept_button.isEnabled()
    assert reviewer.why.isHidden()
    _answer_dialogs(monkeypatch, "Agreed, re-scoring")
    reviewer.resolve(True)
    qtbot.waitUntil(lambda: qa.reviews(interaction_id=iid)[0].dispute.status == "accepted",  # type: ignore[union-attr]
                    timeout=15_000)
    qtbot.waitUntil(lambda: "accepted" in reviewer.message.text(), timeout=5_000)
    reviewer.show_filter.setCurrentIndex(reviewer.show_filter.findData("any"))  # settled ones too
    reviewer.table.selectRow(next(r for r in range(reviewer.table.rowCount())
                                  if reviewer.table.item(r, 0).text() == str(mine.id)))
    assert not reviewer.accept_button.isEnabled()
    assert "no open dispute" in reviewer.why.text()


def test_a_disputed_review_opens_with_its_transcript_from_the_list(qtbot: QtBot, own_sim: SimServer,
                                                                   tasks_for: Callable[[str], TaskRunner]) -> None:
    qa = own_sim.client("qa_reviewer")
    card = qa.scorecards()[0]
    iid = qa.interactions(limit=3)[-1].id
    mine = qa.save_review(ReviewInput(interaction_id=iid, scorecard_id=card.id, status="submitted", scores=[
        CategoryScore(category_id=c.id, value=1) for c in card.categories]))
    page = QaPage(tasks_for("qa_reviewer"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.review.session is not None, timeout=15_000)
    page.tabs.setCurrentWidget(page.disputes)
    tab = page.disputes
    tab.show_filter.setCurrentIndex(tab.show_filter.findData("all"))
    qtbot.waitUntil(lambda: any(tab.table.item(r, 0).text() == str(mine.id) for r in range(tab.table.rowCount())),
                    timeout=15_000)
    tab.table.selectRow(next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == str(mine.id)))
    tab.open_button.click()
    assert page.tabs.currentWidget() is page.review
    qtbot.waitUntil(lambda: page.review.current is not None and page.review.current.interaction.id == iid,
                    timeout=15_000)
    assert page.review.current.review is not None
    assert page.review.current.review.id == mine.id
    page.stop()


def test_calibration_tab_shows_spread_and_sets_the_median(qtbot: QtBot, own_sim: SimServer,
                                                          tasks_for: Callable[[str], TaskRunner]) -> None:
    tab = CalibrationTab(tasks_for("supervisor"), lambda: None)
    qtbot.addWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.card is not None and tab.table.rowCount() > 0, timeout=15_000)
    seeded = tab.session()
    assert seeded is not None
    assert tab.table.columnCount() == 4  # two colleagues' scores, spread, agreed
    assert tab.agree_button.isVisibleTo(tab)
    assert "Not agreed yet" in tab.message.text()  # the open session
    assert "2 reviewer" in tab.message.text()  # the demo accounts, invited, have not scored
    tab.agree_on_median()
    qtbot.waitUntil(lambda: tab.session().agreed is not None, timeout=15_000)  # type: ignore[union-attr]
    assert own_sim.client().calibration(seeded.id).agreed_score is not None
    assert tab.table.item(tab.table.rowCount() - 1, 0).text() != "–"  # distances now shown
    assert "Agreed score" in tab.message.text()
    tab.session_box.setCurrentIndex(tab.session_box.count() - 1)  # the history's finished session
    qtbot.waitUntil(lambda: "Agreed score" in tab.message.text() and " 0 reviewer" in tab.message.text(),
                    timeout=15_000)
    assert tab.table.item(0, 3).text() != "–"  # its agreed scores

    viewer = CalibrationTab(tasks_for("qa_reviewer"), lambda: None)
    qtbot.addWidget(viewer)
    viewer.reload()
    qtbot.waitUntil(lambda: viewer.user is not None, timeout=15_000)
    assert not viewer.agree_button.isVisibleTo(viewer)
    assert not viewer.new_button.isVisibleTo(viewer)


def test_trends_draw_and_export(qtbot: QtBot, own_sim: SimServer, tasks_for: Callable[[str], TaskRunner],
                                tmp_path: Path) -> None:
    tab = TrendsTab(tasks_for("viewer"), dict)
    qtbot.addWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: bool(tab.reviews), timeout=15_000)
    assert tab.over_time.getPlotItem().listDataItems()  # a line, not an empty chart
    assert "IQS" in tab.summary.text()
    out = tmp_path / "reviews.csv"
    tab.export_to(out)
    qtbot.waitUntil(lambda: "exported" in tab.summary.text(), timeout=10_000)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == len(tab.reviews)


def test_scorecard_editor_saves_a_new_version_for_supervisors_only(qtbot: QtBot, own_sim: SimServer,
                                                                   tasks_for: Callable[[str], TaskRunner]) -> None:
    editor = ScorecardEditor(tasks_for("supervisor"))
    qtbot.addWidget(editor)
    editor.reload()
    qtbot.waitUntil(lambda: editor.table.rowCount() == len(SCORECARD.categories), timeout=15_000)
    editor.table.item(0, 1).setText("Greeting and name")
    editor.table.cellWidget(0, 4).setChecked(True)  # type: ignore[attr-defined]
    editor.save()
    qtbot.waitUntil(lambda: "version 2" in editor.message.text(), timeout=15_000)
    card = own_sim.client().scorecards()[0]
    assert (card.version, card.categories[0].name, card.categories[0].critical) == (2, "Greeting and name", True)
    editor.table.item(1, 0).setText("Bad Id!")
    editor.save()
    assert "Row 2" in editor.message.text()  # refused before it reaches the server

    reader = ScorecardEditor(tasks_for("qa_reviewer"))
    qtbot.addWidget(reader)
    reader.reload()
    qtbot.waitUntil(lambda: reader.user is not None, timeout=15_000)
    assert not reader.save_button.isVisibleTo(reader)


def test_transcript_search_waits_and_notes(qtbot: QtBot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    view.text.setFocus()
    view.set_turns([TurnRow("customer", 0, "我的订单没到。"),
                    TurnRow("agent", 200, "Your order ships today.", wait_s=200),
                    TurnRow("agent", 210, "内部备注：已查物流", internal=True),
                    TurnRow("customer", 230, "订单号是 123"), TurnRow("agent", 240, "Thanks", wait_s=10)])
    text = view.text.toPlainText()
    assert "customer waited 03:20 ⚠" in text  # a long wait is marked
    assert "customer waited 00:10" in text
    assert "00:10 ⚠" not in text
    assert "Internal note" in text
    qtbot.keyClick(view.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    view.search.setText("订单")  # typed through an input method: QTest cannot type CJK keys
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.match_count == 2
    assert view.matches_label.text() == "1 of 2"
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.matches_label.text() == "2 of 2"
    assert view.turn_at(225) == 2
    view.set_current(3)
    assert view.current == 3


def test_player_without_qt_multimedia_says_so(tmp_path: Path) -> None:
    """Without QtMultimedia (no PySide6-Addons, or no libpulse0 on Linux) the player explains and stays inert."""
    script = (
        "import sys; sys.modules['PySide6.QtMultimedia'] = None\n"  # the import fails as it would without it
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from widgets.audio_player import AudioPlayer\n"
        "p = AudioPlayer()\n"
        "p.load_file('missing.wav'); p.toggle(); p.skip(5000); p.clear()\n"
        "print(p.available, p.play_button.isEnabled(), p.notice.isVisibleTo(p), p.notice.text())\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).parents[2], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("False False True Recordings cannot play here: Qt Multimedia is not available")

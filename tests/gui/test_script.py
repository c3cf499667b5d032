"""Free text in the reader's script, on the real simulator: a zh_TW reader sees the mainland customers' subjects and
transcripts in Traditional characters, a zh_CN reader the Taiwan customers' in Simplified, an English reader the
text as written; the text as written stays in the tooltip. Calibration's reviewers field names people."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from api_client.models import Interaction, Ticket
from console.core.metrics import Filter
from console.core.people import display_names
from console.core.qa.queue import QueueItem
from console.infra.drafts import DraftStore
from console.qt.i18n import Translations
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from console.ui.main_window import MainWindow
from console.ui.pages.qa.calibration import CalibrationTab
from console.ui.pages.qa.review import ReviewWorkspace
from simulator.transcripts import TRADITIONAL
from tests.gui.test_data_language import simplified_in
from tests.helpers.sim import SimServer

T2S = opencc.OpenCC("t2s")


def traditional_in(text: str) -> set[str]:
    """Characters of ``text`` a Simplified reader would see as Traditional (OpenCC's t2s changes them)."""
    return {a for a, b in zip(text, T2S.convert(text), strict=True) if a != b}


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations()
    yield t
    t.install("en")


@pytest.fixture
def window(qtbot: QtBot, sim: SimServer) -> Iterator[MainWindow]:
    sync = SyncController(lambda: sim.client())
    w = MainWindow(sync, "en")
    qtbot.addWidget(w)
    sync.start()
    qtbot.waitUntil(lambda: sync.has_data, timeout=20_000)
    yield w
    w.close()


def _subjects(w: MainWindow) -> list[str]:
    assert w.drill is not None
    model = w.drill.table.model
    column = model.column_of("subject")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_check_sees_traditional_text() -> None:
    assert traditional_in("帳單問題 #12")
    assert not traditional_in("账单问题 #12 Billing")


def test_drill_down_subjects_in_the_readers_script(qtbot: QtBot, window: MainWindow, sim: SimServer,
                                                   translations: Translations) -> None:
    tickets: list[Ticket] = window.sync.with_store(lambda s: s.drill_down("backlog"))  # type: ignore[union-attr]
    written = {t.id: t.subject for t in tickets}
    assert any(simplified_in(s) for s in written.values()), "the demo has mainland customers"
    assert any(traditional_in(s) for s in written.values()), "and Taiwan customers"

    drill = window.open_drill_down("backlog", Filter())
    qtbot.waitExposed(drill)
    model, column = drill.table.model, drill.table.model.column_of("subject")
    assert sorted(_subjects(window)) == sorted(written.values())  # English: as written

    translations.install("zh_TW")  # live: the drill-down reads again, in the new script
    QCoreApplication.processEvents()
    shown = _subjects(window)
    assert len(shown) == len(written)
    assert {s: simplified_in(s) for s in shown if simplified_in(s)} == {}
    # The subject as the customer wrote it, one hover away.
    row = next(r for r in range(model.rowCount()) if simplified_in(written[model.row_id(r)]))
    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [shown[row], f"原文：{written[model.row_id(row)]}"]
    assert not simplified_in(drill.windowTitle())

    translations.install("zh_CN")
    QCoreApplication.processEvents()
    shown = _subjects(window)
    assert {s: traditional_in(s) for s in shown if traditional_in(s)} == {}
    assert {s.split(" #")[0] for s in shown} >= {"账单问题"}  # both peoples' billing subjects read alike

    translations.install("en")
    QCoreApplication.processEvents()
    assert sorted(_subjects(window)) == sorted(written.values())


def _mainland(sim: SimServer) -> Interaction:
    api = sim.client()
    try:
        for listed in api.interactions(limit=100):
            if listed.language.startswith("zh") and listed.language != TRADITIONAL:
                full = api.interaction(listed.id)
                if any(simplified_in(t.text) for t in full.turns):
                    return full
    finally:
        api.close()
    raise AssertionError("no mainland customer's conversation in the demo")


def test_a_mainland_transcript_reads_in_traditional_and_back(qtbot: QtBot, own_sim: SimServer, tmp_path: Path,
                                                             translations: Translations) -> None:
    tasks = TaskRunner(lambda: own_sim.client("qa_reviewer"))
    ws = ReviewWorkspace(tasks, DraftStore(tmp_path / "drafts"))
    qtbot.addWidget(ws)
    try:
        ws.start()
        qtbot.waitUntil(lambda: ws.card is not None, timeout=20_000)
        interaction = _mainland(own_sim)
        written = [t.text for t in interaction.turns]
        translations.install("zh_TW")
        QCoreApplication.processEvents()
        before = ws._transcript_of  # the queue's first, opened by start (it may be the same interaction)
        ws.open(QueueItem(interaction))
        qtbot.waitUntil(lambda: ws._transcript_of is not before and ws._transcript_of is not None
                        and ws._transcript_of.id == interaction.id, timeout=15_000)
        text = ws.transcript.text.toPlainText()
        assert simplified_in(text) == set(), simplified_in(text)
        changed = [(r, w) for r, w in zip(ws.transcript.rows, written, strict=True) if r.text != w]
        assert changed
        assert all(r.tip == f"原文：{w}" for r, w in changed)
        quotes = [ws.autoqa.item(i).text() for i in range(ws.autoqa.count())]
        assert {q: simplified_in(q) for q in quotes if simplified_in(q)} == {}

        translations.install("en")  # an English reader: the customer's words as written
        QCoreApplication.processEvents()
        assert [r.text for r in ws.transcript.rows] == written
        assert all(r.tip == "" for r in ws.transcript.rows)
    finally:
        ws.stop()
        tasks.shutdown()


def test_calibration_prefills_reviewers_by_name_in_the_readers_language(
        qtbot: QtBot, own_sim: SimServer, translations: Translations) -> None:
    tasks = TaskRunner(lambda: own_sim.client("supervisor"))
    api = own_sim.client()
    try:
        everyone = api.users()
        iid = api.interactions(limit=1)[0].id
    finally:
        api.close()
    tab = CalibrationTab(tasks, lambda: iid)
    qtbot.addWidget(tab)
    try:
        tab.reload()
        qtbot.waitUntil(lambda: tab.persons != [], timeout=15_000)
        english = display_names(everyone)
        assert tab.reviewers.text() == f"{english['u-qa']}, {english['u-sup']}"
        translations.install("zh_TW")
        QCoreApplication.processEvents()
        chinese = display_names(everyone, "zh-TW")
        assert tab.reviewers.text() == f"{chinese['u-qa']}，{chinese['u-sup']}"
        assert "u-" not in tab.reviewers.text()
        # The names typed (or left) make the session, with the ids the server knows.
        before = {s.id for s in tab.sessions}
        tab.create_session()
        qtbot.waitUntil(lambda: len({s.id for s in tab.sessions} - before) == 1, timeout=15_000)
        assert sorted(next(s for s in tab.sessions if s.id not in before).reviewer_ids) == ["u-qa", "u-sup"]
        # What the user typed stays through a language switch.
        tab.reviewers.setText("u-qa、李娜")
        translations.install("en")
        QCoreApplication.processEvents()
        assert tab.reviewers.text() == "u-qa、李娜"
    finally:
        tasks.shutdown()

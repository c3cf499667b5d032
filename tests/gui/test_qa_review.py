"""The review workspace on the real simulator: keyboard-only scoring, and submitting while the API is down."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from api_client import models as m
from api_client.qa import review_score
from console.core.qa.queue import QueueItem
from console.infra.drafts import DraftStore
from console.qt.tasks import TaskRunner
from console.ui.pages.qa import review
from console.ui.pages.qa.review import ReviewWorkspace
from tests.helpers.sim import SimServer
from widgets.scorecard_form import CategoryRow

KEY = {str(d): getattr(Qt.Key, f"Key_{d}") for d in range(10)}


@pytest.fixture
def workspace(qtbot: QtBot, own_sim: SimServer, tmp_path: Path) -> Iterator[ReviewWorkspace]:
    tasks = TaskRunner(lambda: own_sim.client("qa_reviewer"))
    ws = ReviewWorkspace(tasks, DraftStore(tmp_path / "drafts"))
    qtbot.addWidget(ws)
    ws.resize(1280, 800)
    with qtbot.waitActive(ws):  # its shortcuts answer in the active window only
        ws.show()
        ws.activateWindow()
    ws.start()
    qtbot.waitUntil(lambda: ws.card is not None and len(ws.form.rows) == len(ws.card.categories), timeout=20_000)
    yield ws
    ws.stop()
    tasks.shutdown()


def focused_row() -> CategoryRow:
    widget = QApplication.focusWidget()
    assert isinstance(widget, CategoryRow), f"focus is on {widget!r}, not a category row"
    return widget


def test_a_whole_review_by_keyboard(qtbot: QtBot, workspace: ReviewWorkspace, own_sim: SimServer) -> None:
    ws = workspace
    interaction = ws.current.interaction  # type: ignore[union-attr]
    assert [r.category.id for r in ws.form.rows] == ["greeting", "verification", "understanding", "resolution",
                                                     "empathy", "closing"]
    qtbot.keyClick(ws, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # to the scorecard
    assert focused_row().category.id == "greeting"
    greeting = ws.form.row("greeting")
    assert greeting.suggested == 2  # AutoQA proposes; nothing is rated until the reviewer says so
    assert not greeting.is_rated
    qtbot.keyClick(focused_row(), Qt.Key.Key_A)  # take the suggestion
    assert greeting.value == 2
    qtbot.keyClick(focused_row(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused_row(), KEY["2"])  # verification (binary): 2 = yes
    qtbot.keyClick(focused_row(), Qt.Key.Key_Down)
    assert focused_row().category.id == "understanding"
    qtbot.keyClick(focused_row(), KEY["4"])
    qtbot.keyClick(focused_row(), Qt.Key.Key_C)  # a comment on "understanding"
    qtbot.keyClicks(QApplication.focusWidget(), "Asked the right questions")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # back to the row
    assert focused_row().category.id == "understanding"
    qtbot.keyClick(focused_row(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused_row(), KEY["5"])  # resolution
    qtbot.keyClick(focused_row(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused_row(), Qt.Key.Key_N)  # empathy: N/A
    qtbot.keyClick(focused_row(), Qt.Key.Key_Tab)
    assert focused_row().category.id == "closing"
    qtbot.keyClick(focused_row(), KEY["9"])  # outside a 3-point scale: ignored
    assert not ws.form.row("closing").is_rated
    qtbot.keyClick(focused_row(), KEY["2"])
    qtbot.keyClick(focused_row(), Qt.Key.Key_Up)
    qtbot.keyClick(focused_row(), Qt.Key.Key_Down)
    qtbot.keyClick(focused_row(), Qt.Key.Key_Tab)  # to the overall comment
    qtbot.keyClicks(QApplication.focusWidget(), "Clear and polite.")
    assert ws.form.comment.toPlainText() == "Clear and polite."
    # Live, by hand: (100*1 + 100*2 + 75*3 + 100*4 + 50*1) / (1 + 2 + 3 + 4 + 1) = 88.6; empathy N/A is left out.
    assert ws.form.score_label.text().startswith("Score 88.6 %")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qa = own_sim.client("qa_reviewer")
    qtbot.waitUntil(lambda: bool(qa.reviews(interaction_id=interaction.id, reviewer_id="u-qa")), timeout=20_000)
    (review,) = qa.reviews(interaction_id=interaction.id, reviewer_id="u-qa")
    assert review.status == "submitted"
    values = {s.category_id: s.value for s in review.scores}
    assert values == {"greeting": 2, "verification": 1, "understanding": 3, "resolution": 4, "empathy": None,
                      "closing": 1}
    assert {s.category_id: s.comment for s in review.scores}["understanding"] == "Asked the right questions"
    assert review.comment == "Clear and polite."
    assert review.score == review_score(ws.card, review.scores)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "submitted" in ws.message.text(), timeout=5_000)
    ws.flush()
    assert ws.drafts.load(interaction.id) is None  # a submitted review leaves no draft behind


def test_submit_while_the_api_is_down_keeps_the_draft(qtbot: QtBot, workspace: ReviewWorkspace,
                                                      own_sim: SimServer) -> None:
    ws = workspace
    interaction = ws.current.interaction  # type: ignore[union-attr]
    qtbot.keyClick(ws, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    for key in ("3", "2", "5", "5", "4", "3"):
        qtbot.keyClick(focused_row(), KEY[key])
        qtbot.keyClick(focused_row(), Qt.Key.Key_Tab)
    own_sim.stop()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Not submitted" in ws.message.text(), timeout=60_000)
    assert "cannot be reached" in ws.message.text()
    ws.flush()
    kept = ws.drafts.load(interaction.id)
    assert kept is not None
    assert [s.value for s in kept.scores] == [2, 1, 4, 4, 3, 2]
    assert "cannot be reached" in kept.last_error

    own_sim.restart()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Review submitted" in ws.message.text(), timeout=30_000)
    (review,) = own_sim.client("qa_reviewer").reviews(interaction_id=interaction.id, reviewer_id="u-qa")
    assert [s.value for s in review.scores] == [2, 1, 4, 4, 3, 2]
    ws.flush()
    assert ws.drafts.load(interaction.id) is None


def test_recording_plays_by_keyboard_and_the_transcript_follows(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    ws = workspace
    ws.channel.setCurrentIndex(ws.channel.findData("phone"))  # reloads; the first call opens by itself
    qtbot.waitUntil(lambda: ws.current is not None and ws.current.interaction.channel == "phone"
                    and ws.player.play_button.isEnabled(), timeout=20_000)
    player = ws.player
    assert player.isVisibleTo(ws)
    assert player.available  # QtMultimedia loads (PySide6-Addons; libpulse0 on Linux)
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10_000)  # type: ignore[union-attr]
    ws.form.focus_first_unrated()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert player.speed.currentData() == 1.25
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: player.player.position() > 300, timeout=10_000)  # type: ignore[union-attr]
    assert player.player.playbackRate() == 1.25  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: ws.transcript.current >= 0, timeout=5_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # pause
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # 15 s on
    qtbot.waitUntil(lambda: player.player.position() >= 15_000, timeout=5_000)  # type: ignore[union-attr]
    call = ws.current.interaction  # type: ignore[union-attr]
    at = player.player.position() / 1000  # type: ignore[union-attr]  # the recording is as long as the call
    said = max(k for k, t in enumerate(call.turns) if (t.at - call.started_at).total_seconds() <= at)
    qtbot.waitUntil(lambda: ws.transcript.current == said, timeout=5_000)  # the turn being spoken now
    assert isinstance(QApplication.focusWidget(), CategoryRow)  # scoring never lost the keyboard


def test_a_draft_comes_back_after_a_restart(qtbot: QtBot, own_sim: SimServer, tmp_path: Path) -> None:
    """Work left as a draft (the process then gone) is listed and restored by the next console."""
    store = DraftStore(tmp_path / "drafts")
    first_tasks = TaskRunner(lambda: own_sim.client("qa_reviewer"))
    first = ReviewWorkspace(first_tasks, store)
    qtbot.addWidget(first)
    first.show()
    first.start()
    qtbot.waitUntil(lambda: first.card is not None and bool(first.form.rows), timeout=20_000)
    iid = first.current.interaction.id  # type: ignore[union-attr]
    first.form.rows[0].set_value(1)
    first.form.row("empathy").set_value(None, na=True)
    first.form.comment.setPlainText("half done")
    first.flush()
    first.stop()
    first_tasks.shutdown()  # the first console is gone without submitting

    tasks = TaskRunner(lambda: own_sim.client("qa_reviewer"))
    again = ReviewWorkspace(tasks, store)
    qtbot.addWidget(again)
    again.show()
    again.start()
    qtbot.waitUntil(lambda: again.card is not None and again.current is not None
                    and again.current.interaction.id == iid and "restored" in again.message.text(), timeout=20_000)
    assert again.source.currentData() == "drafts"  # the empty queue gave way to the drafts
    assert again.form.rows[0].value == 1
    assert again.form.row("empathy").na
    assert again.form.comment.toPlainText() == "half done"
    assert again.queue.item(0, 5).text() == "Draft"
    again.stop()
    tasks.shutdown()


def test_scoring_a_calibration_session(qtbot: QtBot, workspace: ReviewWorkspace, own_sim: SimServer) -> None:
    ws = workspace
    session = own_sim.client("qa_reviewer").calibrations()[0]  # the demo history has one, with u-qa in it
    assert "u-qa" in session.reviewer_ids
    ws.open_calibration(session)
    qtbot.waitUntil(lambda: ws.title.text().startswith(f"Calibration session {session.id}"), timeout=20_000)
    assert ws.current.interaction.id == session.interaction_id  # type: ignore[union-attr]
    qtbot.keyClick(ws, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), CategoryRow))
    for key in ("3", "2", "4", "5", "3", "3"):
        qtbot.keyClick(focused_row(), KEY[key])
        qtbot.keyClick(focused_row(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(word in ws.message.text() for word in ("Review submitted", "Not submitted", "Rate")),
                    timeout=30_000)
    assert "Review submitted" in ws.message.text(), ws.message.text()
    mine = [r for r in own_sim.client().reviews(calibration_id=session.id) if r.reviewer_id == "u-qa"]
    assert len(mine) == 1
    assert [s.value for s in mine[0].scores] == [2, 1, 3, 4, 2, 2]


def test_submitting_is_deliberate_and_can_be_taken_back(qtbot: QtBot, workspace: ReviewWorkspace,
                                                        own_sim: SimServer) -> None:
    """Tab never reaches Submit (so Tab, Space cannot submit and the comment typed next is kept); Ctrl+Enter submits
    after a pause in which Undo submit (Alt+U) keeps it a draft."""
    ws = workspace
    interaction = ws.current.interaction  # type: ignore[union-attr]
    qa = own_sim.client("qa_reviewer")
    qtbot.keyClick(ws, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    for key in ("3", "2", "5", "5", "4", "3"):
        qtbot.keyClick(focused_row(), KEY[key])
        qtbot.keyClick(focused_row(), Qt.Key.Key_Tab)
    for _ in range(12):  # round the whole chain: Submit is never on it
        assert QApplication.focusWidget() is not ws.form.submit_button
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    ws.form.comment.setFocus()
    qtbot.keyClick(ws.form.comment, Qt.Key.Key_Space)
    qtbot.keyClicks(ws.form.comment, "Kept.")
    assert ws.form.comment.toPlainText().endswith("Kept.")
    assert not ws.undo_submit.isVisible()  # Space typed a space, nothing was submitted

    qtbot.keyClick(ws.form.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ws.undo_submit.isVisible()
    assert "Submitting in" in ws.message.text()
    qtbot.keyClick(ws.form.comment, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Undo submit (an animated click)
    qtbot.waitUntil(lambda: not ws.undo_submit.isVisible(), timeout=2_000)
    assert "still a draft" in ws.message.text()
    qtbot.wait(int(review.SUBMIT_UNDO_S * 1000) + 500)
    assert qa.reviews(interaction_id=interaction.id, reviewer_id="u-qa") == []  # taken back: nothing reached the server

    qtbot.keyClick(ws.form.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Review submitted" in ws.message.text(), timeout=30_000)
    (sent,) = qa.reviews(interaction_id=interaction.id, reviewer_id="u-qa")
    assert sent.comment.endswith("Kept.")


def test_ctrl_f_from_the_list_searches_the_transcript(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    ws = workspace
    ws.queue.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.queue, timeout=5_000)
    qtbot.keyClick(ws.queue, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is ws.transcript.search
    qtbot.keyClick(ws.transcript.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # and inside it
    assert QApplication.focusWidget() is ws.transcript.search


def test_a_disputed_review_names_who_disputed_it(qtbot: QtBot, workspace: ReviewWorkspace, own_sim: SimServer) -> None:
    ws = workspace
    qa = own_sim.client("qa_reviewer")
    interaction = ws.current.interaction  # type: ignore[union-attr]
    card = qa.scorecards()[0]
    review = qa.save_review(m.ReviewInput(interaction_id=interaction.id, scorecard_id=card.id, status="submitted",
                                          scores=[m.CategoryScore(category_id=c.id, value=1) for c in card.categories]))
    disputed = own_sim.client("team_lead").dispute(review.id, "The greeting was fine")
    ws.open(QueueItem(interaction, disputed))
    qtbot.waitUntil(lambda: "Disputed by" in ws.message.text(), timeout=20_000)
    assert "Disputed by Team lead:" in ws.message.text()  # the lead's name, not the id u-lead
    assert "u-lead" not in ws.message.text()

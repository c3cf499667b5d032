"""The QA page against a hub following the simulator: the list comes from the hub's imported interactions, the
first opens, a review scored with the keyboard is submitted to the hub and written in its audit log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.infra.drafts import DraftStore
from console.qt.tasks import TaskRunner
from console.ui.pages.qa.page import QaPage
from tests.helpers.hub import HubServer
from tests.helpers.sim import SimServer
from widgets.scorecard_form import CategoryRow

KEY = {str(d): getattr(Qt.Key, f"Key_{d}") for d in range(10)}


@pytest.fixture
def hub(own_sim: SimServer, tmp_path: Path) -> Iterator[HubServer]:
    server = HubServer(db=f"sqlite:///{tmp_path / 'hub.sqlite'}", upstream_kind="native", upstream_url=own_sim.url,
                       upstream_token=own_sim.tokens["supervisor"], log=tmp_path / "hub.log").add_users()
    yield server.start("--interactions-every", "0.5")
    server.stop()


def focused_row() -> CategoryRow:
    widget = QApplication.focusWidget()
    assert isinstance(widget, CategoryRow), f"focus is on {widget!r}, not a category row"
    return widget


def test_qa_page_reviews_through_a_hub(qtbot: QtBot, hub: HubServer, own_sim: SimServer, tmp_path: Path) -> None:
    qa = hub.client("qa_reviewer")
    newest = own_sim.client("qa_reviewer").interactions(limit=1)[0]
    qtbot.waitUntil(lambda: bool(qa.interactions(limit=1)) and qa.interactions(limit=1)[0].id == newest.id,
                    timeout=20_000)
    tasks = TaskRunner(lambda: hub.client("qa_reviewer"))
    page = QaPage(tasks, drafts=DraftStore(tmp_path / "drafts"))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitActive(page):  # its shortcuts (Alt+S) answer in the active window only
        page.show()
        page.activateWindow()
    ws = page.review
    # The list: the hub's recent interactions (the reviewer's queue is empty); the first one opens.
    qtbot.waitUntil(lambda: ws.current is not None and ws.card is not None
                    and len(ws.form.rows) == len(ws.card.categories), timeout=30_000)
    assert ws.queue.rowCount() == len(ws.items) > 0
    assert ws.items[0].interaction.id == newest.id
    interaction = ws.current.interaction  # type: ignore[union-attr]
    assert interaction == qa.interaction(interaction.id)

    ws.queue.setFocus()  # the list has the focus, as after a click on it
    qtbot.keyClick(ws.queue, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # to the scorecard
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), CategoryRow))
    for key in ("3", "2", "5", "5", "4", "3"):
        qtbot.keyClick(focused_row(), KEY[key])
        qtbot.keyClick(focused_row(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Review submitted" in ws.message.text(), timeout=30_000)

    (review,) = qa.reviews(interaction_id=interaction.id, reviewer_id="u-qa_reviewer")
    assert review.status == "submitted"
    assert [s.value for s in review.scores] == [2, 1, 4, 4, 3, 2]
    entries = hub.client("supervisor").audit(limit=5)
    assert (entries[0].actor_id, entries[0].action, entries[0].ticket_id) == \
        ("u-qa_reviewer", "review", interaction.ticket_id)
    assert not own_sim.client("qa_reviewer").reviews(interaction_id=interaction.id, reviewer_id="u-sup"), \
        "nothing is mirrored without --mirror-reviews"
    page.stop()
    tasks.shutdown()

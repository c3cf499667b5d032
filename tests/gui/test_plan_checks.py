"""The balance plan goes through the warnings and reason of a manual move (issue 16): each move checked in the
preview, a reason before moves with warnings, a check again at Apply, the same undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from api_client.models import BulkAssignItem
from console.core import actions
from console.core.store import LiveStore, is_active, is_waiting
from console.ui.dialogs.rebalance import OverrideDialog, PlanDialog
from console.ui.pages.rebalance import RebalancePage
from tests.gui.test_rebalance import open_page
from tests.helpers.sim import SimServer, make_sim


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[SimServer]:
    server = make_sim(tmp_path, "--speed", "0", "--seed", "4", "--open-tickets", "300")
    yield server
    server.stop()


@pytest.fixture
def lead_page(qtbot: QtBot, centre: SimServer) -> Iterator[RebalancePage]:
    window, page = open_page(qtbot, centre, "team_lead")
    yield page
    window.close()
    window.tasks.shutdown()  # type: ignore[union-attr]


def plan_dialog(qtbot: QtBot, page: RebalancePage) -> PlanDialog:
    qtbot.keyClick(page.table.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page._dialog, PlanDialog), timeout=15_000)
    dialog = page._dialog
    assert isinstance(dialog, PlanDialog)
    assert dialog.moves()
    return dialog


def test_a_move_that_became_over_capacity_asks_for_a_reason_at_apply_and_undoes(
        qtbot: QtBot, lead_page: RebalancePage, centre: SimServer) -> None:
    page = lead_page
    dialog = plan_dialog(qtbot, page)
    assert not dialog.warnings  # as planned, nobody goes past capacity: no reason asked
    assert not dialog.reason.isVisible()
    assert dialog.ok.isEnabled()
    moves = dialog.moves()
    target = moves[0].to_agent
    assert target is not None
    # Meanwhile another console fills the first move's agent past capacity with waiting tickets the plan leaves
    # alone. The centre's routing gives an agent with room the most urgent waiting work of her skills (this plan's
    # first ticket among it) as soon as she is given a ticket, so she is on a break while they are given (routing
    # gives nothing to an agent on a break) and back after, full: routing gives her nothing more.
    planned = {mv.ticket_id for mv in moves}
    snap = centre.snapshot()
    agent = next(a for a in snap.agents if a.id == target)
    active = sum(1 for t in snap.tickets if t.assignee_id == target and is_active(t))
    spare = [t for t in snap.tickets if is_waiting(t) and t.id not in planned]
    other = centre.client("supervisor")
    other.set_agent_state(target, "break", reason="filling by hand")
    result = other.bulk_assign([BulkAssignItem(ticket_id=t.id, version=t.version, assignee_id=target)
                                for t in spare[:agent.capacity - active + 1]], "peak", "filled by hand")
    other.set_agent_state(target, "available", reason="back")
    other.close()
    assert all(r.ok for r in result.results), result

    def working_and_full(s: LiveStore) -> bool:
        load = {a.agent_id: a.active for a in s.agent_loads()}.get(target, 0)
        return s.agents[target].state in ("available", "busy") and load > agent.capacity

    qtbot.waitUntil(lambda: page.sync.with_store(working_and_full), timeout=15_000)  # type: ignore[union-attr]
    assert centre.client("team_lead").ticket(moves[0].ticket_id).version == moves[0].version  # still as planned

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter applies (the default button)
    qtbot.waitUntil(lambda: isinstance(page._dialog, OverrideDialog), timeout=15_000)
    warning = page._dialog
    assert isinstance(warning, OverrideDialog)
    assert f"{agent.name} would be" in warning.text.text()
    assert "over capacity" in warning.text.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is warning.reason, timeout=5_000)
    qtbot.keyClicks(warning.reason, "she asked for more")
    qtbot.keyClick(warning.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.outcome.text().lstrip("✓⚠✗ ").startswith("Moved"), timeout=30_000)
    lead = centre.client("team_lead")
    assert lead.ticket(moves[0].ticket_id).assignee_id == target
    assert any(e.override_reason == "she asked for more" for e in lead.audit(ticket_id=moves[0].ticket_id))

    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table.view, timeout=5_000)
    qtbot.keyClick(page.table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the same undo
    qtbot.waitUntil(lambda: page.outcome.text().lstrip("✓⚠✗ ").startswith("Undone"), timeout=30_000)
    # The lead's entries, newest first: the undo put the ticket back where it was. Back in its queue, the centre's
    # routing may give it at once to an agent the undo freed (routing is not audited): its assignee would not tell.
    entries = lead.audit(ticket_id=moves[0].ticket_id, actor_id="u-lead", action="assign")
    from_agent = moves[0].from_agent
    assert [(e.from_assignee, e.to_assignee) for e in entries] == [(target, from_agent), (from_agent, target)]
    lead.close()


def test_the_preview_names_the_moves_that_need_a_reason(qtbot: QtBot, lead_page: RebalancePage) -> None:
    page = lead_page
    first = plan_dialog(qtbot, page)
    plan, moves = first.plan, first.moves()
    first.reject()
    context = page.sync.with_store(  # type: ignore[union-attr]
        lambda s: actions.move_context(s, (mv.ticket_id for mv in moves)))
    target = moves[0].to_agent
    assert target is not None
    full = context._replace(active={**context.active, target: context.agents[target].capacity})  # as if now full
    dialog = PlanDialog(plan, page._names(), lambda ms: actions.plan_warnings(ms, full), page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert moves[0].ticket_id in dialog.warnings
    warned = len(dialog.warnings)
    assert f"{warned} need" in dialog.summary.text()
    assert f"#{moves[0].ticket_id} to {page.agents[target].name} (over capacity by" in dialog.summary.text()
    assert dialog.model.row(0)[4].startswith("⚠ over capacity by")
    assert dialog.reason.isVisible()
    assert not dialog.ok.isEnabled()
    assert "reason" in dialog.ok.toolTip()
    qtbot.keyClicks(dialog.reason, "peak")
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.confirmed) as got:
        dialog.ok.click()
    sent, reason, shown = got.args
    assert reason == "peak"
    assert len(sent) == len(moves)
    assert (moves[0].ticket_id, "over_capacity") in shown

    again = PlanDialog(plan, page._names(), lambda ms: actions.plan_warnings(ms, full), page)
    qtbot.addWidget(again)
    again.show()
    again.drop_warned.click()  # or leave them out
    assert not again.warnings
    assert again.ok.isEnabled()
    assert len(again.moves()) == len(moves) - warned

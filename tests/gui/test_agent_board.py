"""The agent board's model is a valid Qt model (pytest-qt's port of Qt's QAbstractItemModelTester)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from widgets.agent_board import AgentBoardModel, BoardRow


def row(agent_id: str, state: str = "available", active: int = 1, capacity: int = 3) -> BoardRow:
    return BoardRow(agent_id, f"Agent {agent_id}", "Team A", state, state.title(), "4 min", active, capacity,
                    "billing, orders", "#12, #13")


@pytest.mark.parametrize("force_py", [False, True], ids=["qt", "python"])
def test_agent_board_model_is_a_valid_qt_model(qtmodeltester, force_py: bool) -> None:
    """Checked once with rows, then kept under watch (the tester follows the model's signals) while it changes."""
    model = AgentBoardModel()
    model.set_headers(["Team", "Agent", "State", "In state", "Load", "Skills", "Tickets"])
    model.set_rows([row("a"), row("b", "busy", 3, 3), row("c", "offline", 0, 0)])
    qtmodeltester.check(model, force_py=force_py)
    assert model.index(1, 4).data() == "3/3"
    assert model.index(2, 0).data(Qt.ItemDataRole.UserRole) == "c"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Load"
    model.set_rows([row("a", active=2), row("b"), row("c")])  # the same agents: cells change in place
    assert model.index(0, 4).data() == "2/3"
    model.set_rows([row("c"), row("d")])  # other agents: a reset
    assert model.rowCount() == 2
    model.set_rows([])
    assert model.rowCount() == 0

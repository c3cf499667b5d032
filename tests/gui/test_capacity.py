"""Agent capacity where the system has none, and writes within Zendesk's update budget, in the window: against the
local Zendesk stand-in of tests/integration/test_zendesk_backend.py (payloads from Zendesk's reference)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from console.core import balance_plan
from console.core.balance_plan import Move
from console.core.store import LiveStore
from console.infra import settings
from console.infra.profiles import Capacities, Profile
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from console.ui.main_window import MainWindow
from tests.integration.test_zendesk_backend import FakeZendesk, make, ticket, zendesk  # noqa: F401

WAIT = "Waiting for Zendesk's update budget"


def test_a_move_waits_on_zendesks_update_budget_then_shows_its_outcome(
        qtbot: QtBot, zendesk: tuple[FakeZendesk, str]) -> None:
    fake, url = zendesk
    fake.refuse_updates, fake.update_retry_after = 1, "3"
    versions = {tid: make(url).ticket(tid).version for tid in (35436, 35437)}
    comments = {tid: len(fake.comments[tid]) for tid in versions}
    tasks = TaskRunner(lambda: make(url))
    window = MainWindow(None, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    try:
        window.rebalance.run([Move(tid, v, None, "235324", "waiting") for tid, v in versions.items()], "Shift change")
        qtbot.waitUntil(lambda: WAIT in window.budget.text(), timeout=5000)
        assert window.budget.isVisible()
        assert WAIT in window.rebalance.outcome.text()
        qtbot.waitUntil(lambda: "Moved 2 of 2" in window.rebalance.outcome.text(), timeout=15000)
        qtbot.waitUntil(lambda: not window.budget.isVisible(), timeout=2000)
    finally:
        tasks.shutdown()
    assert fake.update_calls == 2  # refused once, then sent again: not a failure
    assert [fake.tickets[tid]["assignee_id"] for tid in versions] == [235324, 235324]
    assert {tid: len(fake.comments[tid]) - comments[tid] for tid in versions} == {35436: 1, 35437: 1}  # moved once


def test_capacity_set_per_team_persists_across_a_restart_and_changes_the_plan(
        qtbot: QtBot, zendesk: tuple[FakeZendesk, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    fake, url = zendesk
    fake.rules = False  # no omnichannel routing: Zendesk has no capacity for anyone
    fake.tickets.update({tid: ticket(tid, assignee_id=235323) for tid in (35440, 35441, 35442)})
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    settings.save(settings.Settings(profiles=[Profile(name="Desk", url=url, backend="zendesk")],
                                    default_profile="Desk"))

    def plan_with(capacities: Capacities) -> balance_plan.Plan:
        store = LiveStore()
        store.set_capacities(capacities.agents, capacities.teams)
        store.load(make(url).snapshot())
        made = balance_plan.make_plan(*balance_plan.inputs(store))
        made.nominal = balance_plan.nominal_agents(store.agents.values())
        return made

    before = plan_with(Capacities())
    assert (before.over_capacity, before.nominal) == (0, 2)  # a nominal 10 holds Johnny's 4 tickets

    sync = SyncController(lambda: make(url))  # not started: the store is loaded from Zendesk here
    sync.with_store(lambda s: s.load(make(url).snapshot()))
    tasks = TaskRunner(lambda: make(url))
    window = MainWindow(sync, tasks=tasks)
    qtbot.addWidget(window)
    window.app_settings, window.profile_name, window.vendor_name = settings.load()[0], "Desk", "Zendesk"
    try:
        dialog = window.open_capacity()
        assert {key for _, key in dialog.spins} == {"DJs", "MCs", "235323", "235324"}  # teams and nominal agents
        dialog.spins["team", "DJs"].setValue(2)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        path = settings.settings_path()
        qtbot.waitUntil(lambda: '"DJs": 2' in path.read_text(encoding="utf-8"), timeout=5000)
        assert sync.with_store(lambda s: s.agents["235323"].capacity_source) == "console"  # used at once
    finally:
        tasks.shutdown()

    restarted = settings.load()[0].profile("Desk")  # a new console reads the file
    assert restarted is not None
    assert restarted.capacity.teams == {"DJs": 2}
    after = plan_with(restarted.capacity)
    assert (after.over_capacity, after.nominal) == (1, 1)  # Johnny holds 4 of 2; the other agent is on break

"""Names, not ids, in the audit log, disputes and calibration, on the real simulator: people from GET /users,
queues from the live store, the id only for someone unknown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from api_client.models import Person
from console.core.people import display_names
from console.qt.tasks import TaskRunner
from console.ui.dialogs.audit import AuditView
from console.ui.pages.qa.calibration import CalibrationTab
from console.ui.pages.qa.disputes import DisputesTab
from simulator import catalog
from tests.helpers.sim import SimServer

HISTORY = dict(catalog.HISTORY_REVIEWERS)  # the demo history's reviewers, id → name


def _people(sim: SimServer) -> dict[str, Person]:
    api = sim.client()
    try:
        return {p.id: p for p in api.users()}
    finally:
        api.close()


@pytest.fixture
def tasks(own_sim: SimServer) -> Iterator[TaskRunner]:
    runner = TaskRunner(lambda: own_sim.client("supervisor"))
    yield runner
    runner.shutdown()


def test_audit_shows_people_and_queues_by_name_and_filters_by_name(qtbot: QtBot, own_sim: SimServer,
                                                                   tasks: TaskRunner) -> None:
    lead, snap = own_sim.client("team_lead"), own_sim.snapshot()
    waiting = next(t for t in snap.tickets if t.assignee_id is not None and t.status in ("new", "open"))
    agent = next(a for a in snap.agents if a.id == waiting.assignee_id)
    lead.assign(waiting.id, waiting.version, None, reason="names test")  # back to its queue
    queues = {q.id: q.name for q in snap.queues}
    view = AuditView(tasks, dict, lambda: (own_sim.client().sim_status().sim_time + timedelta(minutes=1)).timestamp(),
                     queues=lambda: queues)  # no agents known to the console: every name comes from /users
    qtbot.addWidget(view)
    view.ticket.setText(str(waiting.id))
    view.load()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=15_000)
    _when, who, _action, _ticket, came_from, to, _why = view.model.row(0)
    assert (who, came_from, to) == ("Team lead", agent.name, f"queue {queues[waiting.queue_id]}")
    assert waiting.queue_id not in to
    # The filters take names: the lead's and the agent's name select the same entry.
    view.ticket.clear()
    view.actor.setText("team lead")
    view.agent.setText(agent.name)
    view.load()
    qtbot.waitUntil(lambda: view.status.text() != "Loading…", timeout=15_000)
    assert view._params["actor_id"] == "u-lead"
    assert view._params["agent_id"] == agent.id
    assert [e.ticket_id for e in view.entries] == [waiting.id]


def test_disputes_show_reviewers_leads_and_agents_by_name(qtbot: QtBot, own_sim: SimServer,
                                                         tasks: TaskRunner) -> None:
    agents = {a.id: a.name for a in own_sim.snapshot().agents}
    tab = DisputesTab(tasks, lambda: agents)
    qtbot.addWidget(tab)
    tab.show_filter.setCurrentIndex(tab.show_filter.findData("any"))  # the history's disputes
    tab.reload()
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=15_000)
    shown = {tab.table.item(0, c).text() for c in range(tab.table.columnCount())}
    assert not any(text.startswith(("u-", "a0")) for text in shown), shown
    rows = [[tab.table.item(r, c).text() for c in range(tab.table.columnCount())] for r in range(tab.table.rowCount())]
    assert {row[2] for row in rows} <= set(HISTORY.values())
    assert all(row[1] in agents.values() for row in rows)
    assert all(row[5].startswith("Team lead: ") for row in rows)


def test_an_unknown_reviewer_shows_as_the_id(qtbot: QtBot, own_sim: SimServer, tasks: TaskRunner) -> None:
    tab = DisputesTab(tasks, dict)
    qtbot.addWidget(tab)
    tab.show_filter.setCurrentIndex(tab.show_filter.findData("any"))
    tab.reload()
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=15_000)
    tab.persons = []  # a backend without a user list, and no agents known
    tab._fill()
    assert {tab.table.item(r, 2).text() for r in range(tab.table.rowCount())} <= set(HISTORY)


def test_calibration_heads_columns_with_names_and_takes_reviewers_by_name(qtbot: QtBot, own_sim: SimServer,
                                                                          tasks: TaskRunner) -> None:
    people = display_names(_people(own_sim).values())
    iid = own_sim.client().interactions(limit=1)[0].id
    tab = CalibrationTab(tasks, lambda: iid)
    qtbot.addWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.card is not None and tab.table.rowCount() > 0, timeout=15_000)
    heads = [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount() - 2)]
    assert sorted(heads) == sorted(HISTORY.values())
    before = {s.id for s in tab.sessions}  # the demo's own sessions, and this interaction's first
    tab.reviewers.setText(f"{people['u-qa']}， u-sup")
    tab.create_session()
    qtbot.waitUntil(lambda: len({s.id for s in tab.sessions} - before) == 1, timeout=15_000)
    assert sorted(next(s for s in tab.sessions if s.id not in before).reviewer_ids) == ["u-qa", "u-sup"]


def test_a_traditional_reader_sees_people_and_teams_in_traditional_characters(
        qtbot: QtBot, own_sim: SimServer, tasks: TaskRunner) -> None:
    from console.qt.i18n import Translations
    from tests.gui.test_data_language import SIMPLIFIED_ONLY

    translations = Translations()
    translations.install("zh_TW")
    try:
        snap = own_sim.snapshot()
        teams = {t.name: t.names["zh-TW"] for t in snap.teams}
        tab = DisputesTab(tasks, lambda: {a.id: a.names.get("zh-TW", a.name) for a in snap.agents},
                          team_names=lambda: teams)
        qtbot.addWidget(tab)
        tab.show_filter.setCurrentIndex(tab.show_filter.findData("any"))
        tab.reload()
        qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=15_000)
        rows = [[tab.table.item(r, c).text() for c in range(5)] for r in range(tab.table.rowCount())]
        lead = [tab.table.item(r, 5).text().partition("：")[0] for r in range(tab.table.rowCount())]
        assert set(lead) == {"組長"}
        assert {row[2] for row in rows} <= {"李娜", "陳杰"}
        assert {row[1] for row in rows} <= {a.names.get("zh-TW", a.name) for a in snap.agents}
        assert not {c for row in rows for text in row for c in text if c in SIMPLIFIED_ONLY}
        # A name two people share shows with the team, in the reader's language.
        first = next(r for r in tab.reviews if r.agent_id and r.id == int(rows[0][0]))
        agent = next(p for p in tab.persons if p.id == first.agent_id)
        tab.persons = [*tab.persons, Person(id="a-twin", name=agent.name, names=agent.names, role="agent")]
        tab._fill()
        assert tab.table.item(0, 1).text() == f"{agent.names.get('zh-TW', agent.name)} ({teams[agent.team or '']})"
        calibration = CalibrationTab(tasks, lambda: None, team_names=lambda: teams)
        qtbot.addWidget(calibration)
        calibration.reload()
        qtbot.waitUntil(lambda: calibration.card is not None and calibration.table.rowCount() > 0, timeout=15_000)
        heads = [calibration.table.horizontalHeaderItem(c).text() for c in range(calibration.table.columnCount() - 2)]
        assert sorted(heads) == sorted(["李娜", "陳杰"])
    finally:
        translations.install("en")

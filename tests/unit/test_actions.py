"""The rebalance controller over sockets against the simulator: bulk outcomes, races, API death, undo, roles."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from api_client.errors import Forbidden
from api_client.models import Agent, Queue, ServiceLevelTarget, Ticket
from api_client.native import NativeBackend
from console.core import actions
from console.core.balance_plan import Move
from tests.helpers.sim import SimServer, make_sim


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimServer]:
    """A paused centre for this module with a backlog of waiting tickets (the session's has few)."""
    server = make_sim(tmp_path_factory.mktemp("centre"), "--speed", "0", "--seed", "5", "--open-tickets", "1000")
    yield server
    server.stop()


@pytest.fixture
def big_sim(tmp_path: Path) -> Iterator[SimServer]:
    """A paused centre of our own with a backlog of 1,500 open tickets; the test may kill it."""
    server = make_sim(tmp_path, "--speed", "0", "--seed", "3", "--agents", "80", "--open-tickets", "1500")
    yield server
    server.stop()


def waiting(client: NativeBackend, n: int) -> tuple[list[Ticket], list[str]]:
    snap = client.snapshot()
    tickets = [t for t in snap.tickets if t.assignee_id is None and t.status in ("new", "open")][:n]
    assert len(tickets) == n, f"the simulator has only {len(tickets)} waiting tickets"
    return tickets, [a.id for a in snap.agents]


def spread_moves(tickets: list[Ticket], agents: list[str]) -> list[Move]:
    return [Move(t.id, t.version, t.assignee_id, agents[i % len(agents)]) for i, t in enumerate(tickets)]


def test_bulk_of_500_reports_every_ticket_and_stale_ones_come_back_as_conflicts(centre: SimServer) -> None:
    lead, other = centre.client("team_lead"), centre.client("supervisor")
    tickets, agents = waiting(lead, 500)
    for t in tickets[:3]:  # another console moves three of them first
        other.assign(t.id, t.version, agents[-1], reason="other console")
    action = actions.reassign(lead, spread_moves(tickets, agents[:10]), "peak", "over capacity is fine",
                              chunk=actions.BULK_CHUNK)
    assert len(action.outcomes) == 500
    assert action.count("done") == 497
    assert action.count("conflict") == 3
    for t in tickets[:3]:
        o = action.outcomes[t.id]
        assert o.ticket is not None
        assert o.ticket.assignee_id == agents[-1]
    for t in tickets[3:6]:
        assert lead.ticket(t.id).assignee_id == action.outcomes[t.id].ticket.assignee_id  # type: ignore[union-attr]
    entries = lead.audit(ticket_id=tickets[4].id)
    assert entries[0].reason == "peak"
    assert entries[0].override_reason == "over capacity is fine"
    # Retrying the conflicts on their current version is the lead's explicit choice.
    again = actions.reassign(lead, actions.retry_moves(action, on_current=True), "peak")
    assert again.count("done") == 3


def test_two_consoles_racing_for_the_same_tickets_exactly_one_wins(centre: SimServer) -> None:
    a, b = centre.client("team_lead"), centre.client("supervisor")
    tickets, agents = waiting(a, 20)
    barrier = threading.Barrier(2)
    results: dict[str, actions.Action] = {}

    def run(name: str, backend: NativeBackend, agent: str) -> None:
        moves = [Move(t.id, t.version, None, agent) for t in tickets]
        barrier.wait()
        results[name] = actions.reassign(backend, moves, f"race {name}", chunk=1)  # one request per ticket

    threads = [threading.Thread(target=run, args=("a", a, agents[0])),
               threading.Thread(target=run, args=("b", b, agents[1]))]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    for t in tickets:
        oa, ob = results["a"].outcomes[t.id], results["b"].outcomes[t.id]
        assert sorted((oa.state, ob.state)) == ["conflict", "done"]
        winner, loser = (oa, ob) if oa.state == "done" else (ob, oa)
        assert loser.ticket is not None
        assert winner.ticket is not None
        assert loser.ticket.assignee_id == winner.ticket.assignee_id == a.ticket(t.id).assignee_id
        assert len([e for e in a.audit(ticket_id=t.id) if e.action == "assign"]) == 1  # no double assignment


def test_api_dies_between_chunks_every_outcome_known_and_the_rest_retryable(big_sim: SimServer) -> None:
    lead = big_sim.client("team_lead")
    tickets, agents = waiting(lead, 500)
    moves = spread_moves(tickets, agents[:20])

    def kill_after_two(done: int, total: int) -> None:
        if done == 200:
            big_sim.proc.kill()  # type: ignore[union-attr]  # SIGKILL: no clean shutdown
            big_sim.proc.wait()  # type: ignore[union-attr]

    action = actions.reassign(lead, moves, "peak", chunk=100, progress=kill_after_two)
    assert action.error is not None
    assert action.count("done") == 200
    assert action.count("unknown") + action.count("not_done") == 300
    assert actions.recover(lead, action).count("unknown") == 100  # still down: still unknown, nothing guessed
    big_sim.restart()
    actions.recover(lead, action)
    assert action.settled
    assert action.error is None
    assert action.count("done") + action.count("not_done") == 500
    again = actions.reassign(lead, actions.retry_moves(action), "peak, retried")
    assert again.count("done") == action.count("not_done")
    for mv in moves[::25]:  # nothing lost: every ticket is where the lead sent it
        t = lead.ticket(mv.ticket_id)
        assert t.assignee_id == mv.to_agent
        assert t.status in ("new", "open", "pending")


def test_api_killed_during_one_bulk_request_is_settled_after_restart(big_sim: SimServer) -> None:
    lead = big_sim.client("team_lead")
    tickets, agents = waiting(lead, 500)
    moves = spread_moves(tickets, agents[:20])
    killer = threading.Timer(0.02, big_sim.proc.kill)  # type: ignore[union-attr]
    killer.start()
    action = actions.reassign(lead, moves, "peak")
    killer.join()
    big_sim.restart()
    actions.recover(lead, action)
    assert action.settled
    assert action.count("done") + action.count("not_done") == 500
    actions.reassign(lead, actions.retry_moves(action), "peak, retried")
    assert all(lead.ticket(mv.ticket_id).assignee_id == mv.to_agent for mv in moves[::50])


@pytest.mark.parametrize("role", ["viewer", "qa_reviewer"])
def test_roles_without_actions_are_refused_and_nothing_changes(centre: SimServer, role: str) -> None:
    backend = centre.client(role)
    tickets, agents = waiting(centre.client(), 3)
    action = actions.reassign(backend, spread_moves(tickets, agents), "try")
    assert isinstance(action.error, Forbidden)
    assert action.count("not_done") == 3
    esc = actions.escalate(backend, [(tickets[0].id, tickets[0].version)], reason="try", priority="urgent")
    assert isinstance(esc.error, Forbidden)
    assert [centre.client().ticket(t.id).version for t in tickets] == [t.version for t in tickets]


def test_escalation_raises_priority_moves_queue_keeps_reason_as_internal_note(centre: SimServer) -> None:
    lead = centre.client("team_lead")
    tickets, _ = waiting(lead, 2)
    queues = [q.id for q in lead.snapshot().queues]
    target = next(q for q in queues if q != tickets[0].queue_id)
    stale = tickets[1]
    lead.escalate(stale.id, stale.version, reason="first", priority="high")
    action = actions.escalate(lead, [(t.id, t.version) for t in tickets], "angry VIP, needs tier 2",
                              priority="urgent", queue_id=target)
    assert action.outcomes[tickets[0].id].state == "done"
    assert action.outcomes[stale.id].state == "conflict"
    assert action.outcomes[stale.id].ticket.priority == "high"
    t = lead.ticket(tickets[0].id)
    assert (t.priority, t.queue_id, t.escalated) == ("urgent", target, True)
    notes = lead.notes(t.id)
    assert [(n.text, n.internal, n.author_id) for n in notes] == [("angry VIP, needs tier 2", True, "u-lead")]
    entry = lead.audit(ticket_id=t.id, action="escalate")[0]
    assert (entry.reason, entry.to_queue, entry.to_priority) == ("angry VIP, needs tier 2", target, "urgent")


def test_undo_puts_tickets_back_but_never_over_a_newer_change(centre: SimServer) -> None:
    lead, other = centre.client("team_lead"), centre.client("supervisor")
    tickets, agents = waiting(lead, 4)
    action = actions.reassign(lead, spread_moves(tickets, agents[2:4]), "rebalance")
    assert action.can_undo()
    assert not action.can_undo(action.at + actions.UNDO_WINDOW_S + 1)
    moved = action.outcomes[tickets[0].id].ticket
    assert moved is not None
    other.assign(moved.id, moved.version, agents[5], reason="someone else")
    undo = actions.reassign(lead, actions.undo_moves(action), "undo", kind="undo")
    assert undo.outcomes[tickets[0].id].state == "conflict"
    assert lead.ticket(tickets[0].id).assignee_id == agents[5]
    for t in tickets[1:]:
        assert undo.outcomes[t.id].state == "done"
        assert lead.ticket(t.id).assignee_id is None


def test_audit_filters_by_agent_actor_action_and_time(centre: SimServer) -> None:
    lead = centre.client("team_lead")
    tickets, agents = waiting(lead, 2)
    target = agents[7]
    actions.reassign(lead, [Move(t.id, t.version, None, target) for t in tickets], "audit filter test")
    by_agent = lead.audit(agent_id=target, action="assign", limit=50)
    assert {e.ticket_id for e in by_agent} >= {t.id for t in tickets}
    assert all(target in (e.from_assignee, e.to_assignee) for e in by_agent)
    assert all(e.actor_id == "u-lead" for e in lead.audit(actor_id="u-lead", limit=50))
    at = by_agent[0].at
    assert lead.audit(agent_id=target, since=at + timedelta(seconds=1)) == []
    assert lead.audit(agent_id=target, until=at - timedelta(seconds=1), since=at - timedelta(days=1)) == []
    assert len(lead.audit(agent_id=target, since=at - timedelta(seconds=1))) >= 2


def _agent(aid: str, state: str, skills: list[str], cap: int = 3) -> Agent:
    from datetime import UTC, datetime

    return Agent(id=aid, name=aid, team="t", state=state, state_since=datetime(2026, 1, 1, tzinfo=UTC),  # type: ignore[arg-type]
                 skills=skills, capacity=cap, version=1)


def test_warnings_before_the_move_and_team_spread(centre: SimServer) -> None:
    tickets, _ = waiting(centre.client(), 3)
    queues = {q.id: q for q in centre.client().snapshot().queues}
    skill = queues[tickets[0].queue_id].skill
    queues_only = {q.id: Queue(id=q.id, name=q.name, skill=q.skill, sla=q.sla, at_risk_s=q.at_risk_s,
                               service_level=ServiceLevelTarget(percent=80, threshold_s=20)) for q in queues.values()}
    kinds = [w.kind for w in actions.warnings_for(_agent("x", "break", ["none"], cap=2), 1, tickets, queues_only)]
    assert kinds == ["break", "over_capacity", "unskilled"]
    assert actions.warnings_for(_agent("y", "available", sorted({q.skill for q in queues.values()}), 9),
                                0, tickets, queues_only) == []
    team = [_agent("p", "available", [skill], 3), _agent("q", "available", [skill], 5),
            _agent("r", "offline", [skill], 9)]
    moves = actions.spread(tickets[:1] * 3, team, {"p": 0, "q": 1}, queues_only)
    assert [m.to_agent for m in moves] == ["q", "q", "p"]  # most room first, never the offline member

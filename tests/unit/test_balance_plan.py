"""The balance plan: within capacity, skilled, fewest moves, closest to breach first."""

from __future__ import annotations

import random
from collections import Counter

from benchmarks.plan import synthetic
from console.core.balance_plan import Move, PlanAgent, PlanTicket, make_plan


def agent(aid: str, cap: int, skills: str = "billing", state: str = "available") -> PlanAgent:
    return PlanAgent(aid, frozenset(skills.split(",")), cap, state)


def ticket(tid: int, assignee: str | None, skill: str = "billing", due: float = 1000.0) -> PlanTicket:
    return PlanTicket(tid, 1, assignee, skill, due)


def test_overloaded_agent_sheds_only_the_excess_closest_to_breach_first() -> None:
    agents = [agent("a", 2), agent("b", 3)]
    tickets = [ticket(1, "a", due=500), ticket(2, "a", due=100), ticket(3, "a", due=900), ticket(4, "a", due=300)]
    plan = make_plan(agents, tickets)
    assert plan.moves == [Move(2, 1, "a", "b", "over_capacity"), Move(4, 1, "a", "b", "over_capacity")]
    assert (plan.over_capacity, plan.unskilled, plan.unplaced) == (0, 0, 0)


def test_unskilled_ticket_goes_to_a_skilled_agent() -> None:
    agents = [agent("a", 5, "billing"), agent("b", 5, "tech"), agent("c", 5, "tech", state="break")]
    plan = make_plan(agents, [ticket(1, "a", skill="tech"), ticket(2, "a")])
    assert plan.moves == [Move(1, 1, "a", "b", "unskilled")]  # not to c, who is on break


def test_waiting_tickets_fill_the_most_room_first_and_urgent_ones_win_scarce_room() -> None:
    agents = [agent("a", 1), agent("b", 2)]
    tickets = [ticket(10, None, due=50), ticket(11, None, due=10), ticket(12, None, due=30), ticket(13, None, due=20)]
    plan = make_plan(agents, tickets)
    assert [(m.ticket_id, m.to_agent) for m in plan.moves] == [(11, "b"), (13, "a"), (12, "b")]
    assert plan.unplaced == 1  # ticket 10, the furthest from breach, waits


def test_offline_agent_hands_over_everything_and_nothing_else_moves() -> None:
    agents = [agent("a", 3, state="offline"), agent("b", 3), agent("c", 3)]
    tickets = [ticket(1, "a"), ticket(2, "a"), ticket(3, "b"), ticket(4, "c")]
    plan = make_plan(agents, tickets)
    assert sorted(m.ticket_id for m in plan.moves) == [1, 2]
    assert {m.to_agent for m in plan.moves} == {"b", "c"}  # spread by room


def test_no_room_anywhere_is_reported_not_hidden() -> None:
    agents = [agent("a", 1), agent("b", 1, "tech")]
    plan = make_plan(agents, [ticket(1, "a"), ticket(2, "a"), ticket(3, "b", skill="billing")])
    assert plan.moves == []
    assert (plan.over_capacity, plan.unskilled) == (1, 1)


def test_random_centres_end_within_capacity_with_minimal_moves() -> None:
    rng = random.Random(5)
    for _ in range(20):
        agents, tickets = synthetic(rng, agents=60, waiting=150, skills=4)
        plan = make_plan(agents, tickets)
        by_id = {a.id: a for a in agents}
        owner = {t.id: t.assignee_id for t in tickets}
        skill = {t.id: t.skill for t in tickets}
        for m in plan.moves:
            owner[m.ticket_id] = m.to_agent
            dest = by_id[m.to_agent]  # type: ignore[index]
            assert skill[m.ticket_id] in dest.skills
            assert dest.state in ("available", "busy", "after_call_work")
        load = Counter(a for a in owner.values() if a is not None)
        over = sum(1 for aid, n in load.items() if n > (by_id[aid].capacity if by_id[aid].state != "offline" else 0))
        assert over == plan.over_capacity
        # Fewest moves: an assigned ticket moves only if it must (unskilled, or its agent's excess).
        must = sum(max(0, sum(1 for t in tickets if t.assignee_id == a.id and t.skill in a.skills)
                          - (a.capacity if a.state != "offline" else 0)) for a in agents)
        must += sum(1 for t in tickets if t.assignee_id and t.skill not in by_id[t.assignee_id].skills)
        assert sum(1 for m in plan.moves if m.from_agent is not None) <= must
        assert len({m.ticket_id for m in plan.moves}) == len(plan.moves)

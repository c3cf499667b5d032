"""The balance plan: within capacity, skilled, fewest moves, closest to breach first."""

from __future__ import annotations

import math
import random
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.plan import synthetic
from console.core.balance_plan import TAKES_WORK, Move, PlanAgent, PlanTicket, make_plan


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


def test_a_ticket_nobody_else_can_take_counts_against_its_agents_room() -> None:
    """Issue 14, defect 5: capacity 2, one ticket outside the agent's skills that no one can take, two waiting."""
    agents = [agent("a", 2)]
    plan = make_plan(agents, [ticket(1, "a", skill="tech"), ticket(2, None, due=50), ticket(3, None, due=60)])
    assert plan.moves == [Move(2, 1, None, "a", "waiting")]  # 2 of 2, not 3 of 2
    assert (plan.over_capacity, plan.unskilled, plan.unplaced) == (0, 1, 1)


def test_an_agent_kept_over_capacity_by_a_stuck_ticket_sheds_one_that_fits_elsewhere() -> None:
    agents = [agent("a", 2, "billing,orders"), agent("b", 2, "orders")]
    tickets = [ticket(1, "a", skill="tech"), ticket(2, "a", due=100), ticket(3, "a", skill="orders", due=200)]
    plan = make_plan(agents, tickets)
    assert plan.moves == [Move(3, 1, "a", "b", "over_capacity")]  # billing has no room elsewhere; orders has
    assert (plan.over_capacity, plan.unskilled) == (0, 1)


STATES = ("available", "busy", "after_call_work", "break", "offline")
SKILLS = ("billing", "tech", "orders")


@st.composite
def boards(draw: st.DrawFn) -> tuple[list[PlanAgent], list[PlanTicket]]:
    """Random boards: agents in every state with 1-3 skills and capacity 0-4; tickets held within, beyond
    or outside their agent's skills or capacity, by agents the plan knows or not, and waiting ones."""
    agents = [PlanAgent(f"a{i}", frozenset(draw(st.sets(st.sampled_from(SKILLS), min_size=1))),
                        draw(st.integers(0, 4)), draw(st.sampled_from(STATES)))
              for i in range(draw(st.integers(1, 8)))]
    holders = [a.id for a in agents] + [None, None, "gone"]
    tickets = [PlanTicket(i, draw(st.integers(1, 9)), draw(st.sampled_from(holders)), draw(st.sampled_from(SKILLS)),
                          draw(st.sampled_from((math.inf, *map(float, range(0, 500, 50))))))
               for i in range(1, draw(st.integers(0, 30)) + 1)]
    return agents, tickets


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(boards())
def test_no_plan_puts_anyone_over_capacity_or_outside_their_skills(board: tuple[list[PlanAgent], list[PlanTicket]],
                                                                   ) -> None:
    agents, tickets = board
    plan = make_plan(agents, tickets)
    by_id = {a.id: a for a in agents}
    cap = {a.id: a.capacity if a.state != "offline" else 0 for a in agents}
    before = Counter(t.assignee_id for t in tickets if t.assignee_id is not None)
    owner = {t.id: t.assignee_id for t in tickets}
    skill = {t.id: t.skill for t in tickets}
    assert len({mv.ticket_id for mv in plan.moves}) == len(plan.moves)  # each ticket moves at most once
    for mv in plan.moves:
        assert mv.from_agent == owner[mv.ticket_id]
        dest = by_id[mv.to_agent]  # type: ignore[index]
        assert skill[mv.ticket_id] in dest.skills
        assert dest.state in ("available", "busy", "after_call_work")
        owner[mv.ticket_id] = dest.id
    after = Counter(a for a in owner.values() if a is not None)
    for a in agents:
        assert after[a.id] <= max(cap[a.id], before[a.id]), f"{a.id} made worse than capacity"
        if any(mv.to_agent == a.id for mv in plan.moves):
            assert after[a.id] <= cap[a.id], f"{a.id} given work past capacity"
    assert after["gone"] == before["gone"]  # an agent the plan does not know keeps their tickets
    # The plan's own counts are the board's.
    assert plan.over_capacity == sum(1 for a in agents if after[a.id] > cap[a.id])
    stuck = [t for t in tickets if owner[t.id] in by_id and t.skill not in by_id[owner[t.id]].skills]
    assert plan.unskilled == len(stuck)
    unplaced = [t for t in tickets if owner[t.id] is None]
    assert plan.unplaced == len(unplaced)
    # Nothing is left undone that could be done: whatever still waits, sits outside its skills or over capacity
    # found no skilled agent with room.
    over = [t for t in tickets if owner[t.id] in by_id and after[owner[t.id]] > cap[owner[t.id]]]
    for t in [*stuck, *unplaced, *over]:
        assert not any(t.skill in a.skills and a.state in TAKES_WORK and after[a.id] < cap[a.id] for a in agents), t

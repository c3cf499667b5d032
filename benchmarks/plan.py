"""The balance plan for 2,000 agents and 10,000 waiting tickets (target < 1 s), with its quality.

A synthetic peak: 2,000 agents with 1-3 of 8 skills, capacity 3-6, 5 % on break and 3 % offline with
their tickets; each agent holds 0 to capacity+3 tickets (a few outside their skills); 10,000 tickets wait.
The baseline, in the same run: a naive planner that tries every agent for every ticket (the first with room
and the skill), on 1/10 of the tickets, scaled up.

Summary: ``plan: ms=... moves=... over_capacity=... unskilled=... unplaced=... baseline_ms=...``.
"""

from __future__ import annotations

import argparse
import math
import random
import time

from benchmarks._common import summary
from console.core.balance_plan import TAKES_WORK, PlanAgent, PlanTicket, make_plan

STATES = ("available",) * 50 + ("busy",) * 40 + ("after_call_work",) * 2 + ("break",) * 5 + ("offline",) * 3


def synthetic(rng: random.Random, *, agents: int, waiting: int, skills: int = 8,
              ) -> tuple[list[PlanAgent], list[PlanTicket]]:
    """A random centre in a peak: agents, their tickets and the waiting ones."""
    names = [f"s{i}" for i in range(skills)]
    out_agents = [PlanAgent(f"a{i}", frozenset(rng.sample(names, rng.randint(1, min(3, skills)))),
                            rng.randint(3, 6), rng.choice(STATES)) for i in range(agents)]
    tickets: list[PlanTicket] = []
    for a in out_agents:
        for _ in range(rng.randint(0, a.capacity + 3)):
            skill = rng.choice(sorted(a.skills)) if rng.random() > 0.05 else rng.choice(names)
            tickets.append(PlanTicket(len(tickets) + 1, 1, a.id, skill, rng.uniform(0, 7200)))
    for _ in range(waiting):
        tickets.append(PlanTicket(len(tickets) + 1, 1, None, rng.choice(names), rng.uniform(0, 7200)))
    return out_agents, tickets


def naive(agents: list[PlanAgent], tickets: list[PlanTicket]) -> int:
    """First fit by scanning all agents per waiting ticket: the obvious O(tickets x agents) planner."""
    load: dict[str, int] = {}
    for t in tickets:
        if t.assignee_id is not None:
            load[t.assignee_id] = load.get(t.assignee_id, 0) + 1
    moves = 0
    for t in sorted((t for t in tickets if t.assignee_id is None), key=lambda t: t.deadline):
        for a in agents:
            if a.state in TAKES_WORK and t.skill in a.skills and load.get(a.id, 0) < a.capacity:
                load[a.id] = load.get(a.id, 0) + 1
                moves += 1
                break
    return moves


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks plan", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="200 agents, 1,000 waiting tickets")
    p.add_argument("--agents", type=int, default=None)
    p.add_argument("--waiting", type=int, default=None)
    args = p.parse_args(argv)
    n_agents = args.agents or (200 if args.quick else 2000)
    n_waiting = args.waiting or (1000 if args.quick else 10_000)
    agents, tickets = synthetic(random.Random(11), agents=n_agents, waiting=n_waiting)
    print(f"{n_agents} agents, {len(tickets) - n_waiting} assigned tickets, {n_waiting} waiting")
    times = []
    for _ in range(3 if args.quick else 5):
        t0 = time.perf_counter()
        plan = make_plan(agents, tickets)
        times.append((time.perf_counter() - t0) * 1000)
    ms = sorted(times)[len(times) // 2]
    sample = tickets[: len(tickets) - n_waiting] + tickets[len(tickets) - n_waiting:][: max(1, n_waiting // 10)]
    t0 = time.perf_counter()
    naive(agents, sample)
    baseline_ms = (time.perf_counter() - t0) * 1000 * n_waiting / max(1, n_waiting // 10)
    why = {w: sum(1 for m in plan.moves if m.why == w) for w in ("over_capacity", "unskilled", "waiting")}
    print(f"median of {len(times)} runs: {ms:.1f} ms; moves by reason {why}")
    print(summary("plan", ms=ms, moves=len(plan.moves), over_capacity=plan.over_capacity,
                  unskilled=plan.unskilled, unplaced=plan.unplaced, baseline_ms=baseline_ms))
    return 0 if math.isfinite(ms) else 1

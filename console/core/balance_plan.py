"""The balance plan: moves that bring every agent within capacity and every ticket to an agent with its skill.

Pure Python, no Qt. Greedy and minimal in moves: only the tickets that must move do (those on an agent
without the queue's skill, the excess on an overloaded or offline agent) plus the waiting ones; each goes,
closest to breach first, to the skilled agent with the most room. Destinations are agents who can take work
now (not on break, not offline); an agent's room is capacity minus the tickets they keep.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from api_client.models import Agent, Queue
from console.core.store import LiveStore, deadline, is_active, is_waiting

TAKES_WORK = frozenset({"available", "busy", "after_call_work"})
Why = Literal["over_capacity", "unskilled", "waiting"]


@dataclass(frozen=True, slots=True)
class PlanAgent:
    id: str
    skills: frozenset[str]
    capacity: int
    state: str


@dataclass(frozen=True, slots=True)
class PlanTicket:
    id: int
    version: int
    assignee_id: str | None
    skill: str
    deadline: float  # epoch seconds; inf when no SLA clock runs


@dataclass(frozen=True, slots=True)
class Move:
    """One ticket to ``to_agent`` (None: back to its queue)."""

    ticket_id: int
    version: int
    from_agent: str | None
    to_agent: str | None
    why: Why = "waiting"


@dataclass
class Plan:
    moves: list[Move] = field(default_factory=list)
    over_capacity: int = 0  # agents still over capacity after the plan
    unskilled: int = 0  # tickets still with an agent who lacks the skill
    unplaced: int = 0  # waiting tickets no skilled agent has room for

    def without(self, ticket_ids: Iterable[int]) -> list[Move]:
        """The moves left after the lead drops some from the preview."""
        drop = set(ticket_ids)
        return [mv for mv in self.moves if mv.ticket_id not in drop]


def make_plan(agents: Iterable[PlanAgent], tickets: Iterable[PlanTicket]) -> Plan:
    """The moves for ``tickets`` (assigned and waiting) over ``agents``; see the module docstring."""
    by_id = {a.id: a for a in agents}
    kept: dict[str, list[PlanTicket]] = defaultdict(list)
    to_place: list[tuple[float, int, PlanTicket, Why]] = []
    for t in tickets:
        a = by_id.get(t.assignee_id) if t.assignee_id is not None else None
        if t.assignee_id is None:
            to_place.append((t.deadline, t.id, t, "waiting"))
        elif a is not None and t.skill not in a.skills:
            to_place.append((t.deadline, t.id, t, "unskilled"))
        else:
            kept[t.assignee_id].append(t)
    load: dict[str, int] = {}
    for aid, held in kept.items():
        a = by_id.get(aid)
        room = (a.capacity if a.state != "offline" else 0) if a is not None else len(held)
        if len(held) > room:
            held.sort(key=lambda t: (t.deadline, t.id))  # the ones closest to breach move first
            excess = len(held) - room
            to_place.extend((t.deadline, t.id, t, "over_capacity") for t in held[:excess])
            held = held[excess:]
        load[aid] = len(held)

    heaps: dict[str, list[tuple[int, str]]] = defaultdict(list)  # skill -> (-room, agent id), lazily updated
    room_of: dict[str, int] = {}
    for a in by_id.values():
        if a.state in TAKES_WORK:
            room_of[a.id] = a.capacity - load.get(a.id, 0)
            if room_of[a.id] > 0:
                for skill in a.skills:
                    heaps[skill].append((-room_of[a.id], a.id))
    for heap in heaps.values():
        heapq.heapify(heap)

    plan = Plan()
    to_place.sort(key=lambda e: (e[0], e[1]))
    for _, _, t, why in to_place:
        dest = _take(heaps.get(t.skill), room_of)
        if dest is None:
            if why == "waiting":
                plan.unplaced += 1
            else:  # it stays where it is
                assert t.assignee_id is not None  # only "waiting" tickets come without an assignee
                load[t.assignee_id] = load.get(t.assignee_id, 0) + 1
            continue
        room_of[dest] -= 1
        if room_of[dest] > 0:
            for skill in by_id[dest].skills:
                heapq.heappush(heaps[skill], (-room_of[dest], dest))
        load[dest] = load.get(dest, 0) + 1
        plan.moves.append(Move(t.id, t.version, t.assignee_id, dest, why))
    moved = {mv.ticket_id for mv in plan.moves}
    plan.over_capacity = sum(1 for aid, n in load.items()
                             if n > (by_id[aid].capacity if aid in by_id and by_id[aid].state != "offline" else 0))
    plan.unskilled = sum(1 for _, _, t, why in to_place if why == "unskilled" and t.id not in moved)
    return plan


def _take(heap: list[tuple[int, str]] | None, room_of: dict[str, int]) -> str | None:
    """The agent with the most room on ``heap`` (stale entries are dropped on the way)."""
    while heap:
        neg_room, aid = heap[0]
        if -neg_room != room_of[aid]:
            heapq.heappop(heap)
            continue
        return aid
    return None


def inputs(store: LiveStore) -> tuple[list[PlanAgent], list[PlanTicket]]:
    """The plan's inputs from the live store (call under its lock: ``sync.with_store``)."""
    return plan_agents(store.agents.values()), plan_tickets(store)


def plan_agents(agents: Iterable[Agent]) -> list[PlanAgent]:
    return [PlanAgent(a.id, frozenset(a.skills), a.capacity, a.state) for a in agents]


def plan_tickets(store: LiveStore) -> list[PlanTicket]:
    queues: dict[str, Queue] = store.queues
    out = []
    for t in store.tickets.values():
        if is_waiting(t) or is_active(t):
            q = queues.get(t.queue_id)
            due = deadline(t, q)
            out.append(PlanTicket(t.id, t.version, t.assignee_id, q.skill if q else t.queue_id,
                                  math.inf if due is None else due))
    return out

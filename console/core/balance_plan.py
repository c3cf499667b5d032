"""The balance plan: moves that bring every agent within capacity and every ticket to an agent with its skill.

Pure Python, no Qt. Greedy and minimal in moves: only the tickets that must move do (those on an agent
without the queue's skill, the excess on an overloaded or offline agent) plus the waiting ones; each goes,
closest to breach first, to the skilled agent with the most room. Destinations are agents who can take work
now (not on break, not offline); an agent's room is capacity minus every ticket they hold until it moves away.
So a ticket nobody else can take (outside its agent's skills, no skilled agent with room) stays and counts: no
move ever takes an agent past capacity, and an agent it keeps over capacity sheds others where they fit.
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
    nominal: int = 0  # agents working whose capacity is nominal (their system has none and none was set here)

    def without(self, ticket_ids: Iterable[int]) -> list[Move]:
        """The moves left after the lead drops some from the preview."""
        drop = set(ticket_ids)
        return [mv for mv in self.moves if mv.ticket_id not in drop]


def make_plan(agents: Iterable[PlanAgent], tickets: Iterable[PlanTicket]) -> Plan:
    """The moves for ``tickets`` (assigned and waiting) over ``agents``; see the module docstring."""
    by_id = {a.id: a for a in agents}
    board = _Board(by_id)
    kept: dict[str, list[PlanTicket]] = defaultdict(list)  # skilled tickets of known agents
    first: list[tuple[PlanTicket, Why]] = []
    for t in tickets:
        a = by_id.get(t.assignee_id) if t.assignee_id is not None else None
        if t.assignee_id is None:
            first.append((t, "waiting"))
            continue
        board.load[t.assignee_id] += 1
        if a is None:
            continue  # an agent the plan does not know: their tickets stay and are not judged
        if t.skill not in a.skills:
            first.append((t, "unskilled"))
        else:
            kept[a.id].append(t)
    for aid, held in kept.items():
        held.sort(key=_urgency)
        excess = max(0, len(held) - _capacity(by_id[aid]))
        first.extend((t, "over_capacity") for t in held[:excess])  # the ones closest to breach move first
        del held[:excess]
    board.open_rooms()

    plan = Plan()
    left = sorted(first, key=lambda e: _urgency(e[0]))
    while left:  # a ticket that moves away leaves room: try the ones left over again
        before = len(left)
        left = [(t, why) for t, why in left if not board.move(t, why, plan)]
        if len(left) == before:
            break
    # A ticket with nowhere to go stays and takes its place: an agent it keeps over capacity sheds others.
    for t in sorted((t for held in kept.values() for t in held), key=_urgency):
        assert t.assignee_id is not None
        if board.load[t.assignee_id] > _capacity(by_id[t.assignee_id]):
            board.move(t, "over_capacity", plan)
    plan.unplaced = sum(1 for _, why in left if why == "waiting")
    plan.unskilled = sum(1 for _, why in left if why == "unskilled")
    plan.over_capacity = sum(1 for aid, n in board.load.items() if aid in by_id and n > _capacity(by_id[aid]))
    return plan


def _urgency(t: PlanTicket) -> tuple[float, int]:
    return t.deadline, t.id


def _capacity(a: PlanAgent) -> int:
    """What an agent may hold: their capacity, none when offline."""
    return a.capacity if a.state != "offline" else 0


class _Board:
    """Each agent's load as the plan goes, and who has room for which skill (heaps of (-room, agent id))."""

    def __init__(self, by_id: dict[str, PlanAgent]) -> None:
        self.by_id = by_id
        self.load: dict[str, int] = defaultdict(int)
        self.room: dict[str, int] = {}  # of the agents who can take work now
        self.heaps: dict[str, list[tuple[int, str]]] = defaultdict(list)

    def open_rooms(self) -> None:
        """Every ticket an agent holds counts against their room until it moves away."""
        for a in self.by_id.values():
            if a.state in TAKES_WORK:
                self.room[a.id] = a.capacity - self.load[a.id]
                self._offer(a.id)

    def _offer(self, aid: str) -> None:
        if self.room[aid] > 0:
            for skill in self.by_id[aid].skills:
                heapq.heappush(self.heaps[skill], (-self.room[aid], aid))

    def move(self, t: PlanTicket, why: Why, plan: Plan) -> bool:
        """Give ``t`` to the agent with its skill and the most room (never its own: no room or no skill
        there); False if nobody has room."""
        heap = self.heaps.get(t.skill)
        while heap and -heap[0][0] != self.room[heap[0][1]]:
            heapq.heappop(heap)  # a stale entry
        if not heap:
            return False
        dest = heap[0][1]
        self.load[dest] += 1
        self.room[dest] -= 1
        self._offer(dest)
        if t.assignee_id is not None:
            self.load[t.assignee_id] -= 1
            if t.assignee_id in self.room:
                self.room[t.assignee_id] += 1
                self._offer(t.assignee_id)
        plan.moves.append(Move(t.id, t.version, t.assignee_id, dest, why))
        return True


def nominal_agents(agents: Iterable[Agent]) -> int:
    """Agents signed in whose capacity is only nominal: the plan's room for them is a guess, which it says."""
    return sum(1 for a in agents if a.capacity_source == "nominal" and a.state != "offline")


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

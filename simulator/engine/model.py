"""The discrete-event model of the simulated centre: arrivals, routing, handling, shifts and breaks.

Every change happens at the time of an event on the heap (or of an arrival), never at the end of a
step, and every draw comes from the stream of its purpose (:mod:`simulator.engine.streams`). So the
same seed and start give the same centre however the clock is advanced: one step of an hour, sixty
of a minute, or any other chunking. Only the persisted ``version`` of a ticket or agent, bumped once
per write, and the change feed's cursor depend on the chunking.

Routing works as a contact centre's does. A first contact by phone or chat is live: a call takes the whole
agent (nothing else while on it, after-call work follows); chats run up to the agent's capacity at once.
Everything else (email, social, app, and any ticket after its first answer) is deferred work, which an agent
takes up to their capacity when they hold no live contact, while enough agents stay free for the live
contacts expected shortly (a blending reserve). Waiting work is taken by the time it should be answered: its
creation plus its target (live: the queue's service-level threshold, shortened for higher priority; deferred:
the first-response target of its priority; a ticket answered before, at once). Age brings every ticket
forward, so none starves.

An agent is ``available`` when signed in, on shift, not on a break or in after-call work and holding no
contact: free for any contact, a call included.

The model knows nothing of storage: what changed is collected (``dirty_tickets``, ``dirty_agents``,
``new_interactions``, ``new_audit``) for :class:`simulator.engine.persistence.Engine` to write.
"""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from api_client.models import (
    UNRESOLVED,
    Agent,
    AgentState,
    AuditEntry,
    Channel,
    Interaction,
    Leg,
    Priority,
    Queue,
    Ticket,
)
from api_client.sla import add_business_seconds, business_seconds_between
from simulator import catalog
from simulator.engine import roster
from simulator.engine.customers import Customers, subject
from simulator.engine.streams import Streams, lognormal
from simulator.transcripts import transcript

KINDS = ("phone", "chat", "deferred")  # how waiting work is routed (see work_kind)
LIVE_KINDS = ("phone", "chat")

SNAPSHOT_SOLVED_WINDOW = 24 * 3600  # solved tickets younger than this are in the snapshot
DAY = 86400
HOUR = 3600


def to_dt(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def work_kind(t: Ticket) -> str:
    """``phone`` or ``chat`` for a first contact on a live channel, else ``deferred``."""
    if t.first_response_at is None and t.channel in catalog.LIVE_CHANNELS:
        return t.channel
    return "deferred"


def _breached(due: datetime | None, done: datetime | None) -> bool:
    return due is not None and done is not None and done > due


@dataclass(order=True)
class _Scheduled:
    at: float
    seq: int
    kind: str = field(compare=False)
    target: str | int = field(compare=False)
    epoch: int = field(compare=False, default=0)


class Model:
    """The centre's state and the events that change it. Callers hold the persistence layer's lock."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.streams = Streams.seeded(seed)
        self.customers = Customers(self.streams.customers)
        self.now = 0.0
        self.scenario = "normal"
        self.queues: dict[str, Queue] = {q.id: q for q in catalog.QUEUES}
        self.tickets: dict[int, Ticket] = {}
        self.agents: dict[str, Agent] = {}
        self.runtime: dict[str, roster.AgentRuntime] = {}
        # Free agents by skill and pool (POOLS): an ordered set each, in the order they joined it.
        self.pools: dict[str, dict[str, dict[str, None]]] = {}
        self.pool_of: dict[str, str | None] = {}
        # (answer by, ticket id) per queue and kind of work; entries of tickets no longer waiting are dropped lazily
        self.waiting: dict[str, dict[str, list[tuple[float, int]]]] = {q: {k: [] for k in KINDS} for q in self.queues}
        self.stress_until = 0.0  # when the stress scenario set last ends (the centre goes back to normal)
        self.epochs: dict[int, int] = {}
        self.paused_remaining: dict[int, float] = {}
        self.paused_since: dict[int, float] = {}  # when a pending ticket's resolution clock stopped
        self.schedule: list[_Scheduled] = []
        self.next_arrival: dict[Channel, float] = {}
        self.next_ticket_id = 1
        self.next_interaction_id = 1
        self.next_audit_id = 1
        self._seq = 0
        # What changed since the persistence layer last wrote.
        self.dirty_tickets: dict[int, None] = {}
        self.dirty_agents: dict[str, None] = {}
        self.new_interactions: list[Interaction] = []
        self.new_audit: list[AuditEntry] = []

    def reseed(self, salt: str) -> None:
        """Fresh streams for a resumed centre (what had been drawn is not stored)."""
        self.streams = Streams.seeded(self.seed, salt)
        self.customers = Customers(self.streams.customers)

    # ------------------------------------------------------------------ the roster
    def make_agents(self, count: int) -> None:
        for agent in roster.hire(count, self.streams.agents, to_dt(self.now)):
            self.add_agent(agent)

    def add_agent(self, agent: Agent) -> None:
        index = len(self.agents)
        self.agents[agent.id] = agent
        rt = self.runtime[agent.id] = roster.AgentRuntime(shift=(0, 0))  # the rota is set by start_roster
        rt.outage = self.scenario == "agent-outage" and roster.in_outage(index)

    def start_roster(self) -> None:
        """Give agents their shifts from the rota, put them on or off shift as of now, plan each one's next change."""
        for rt, shift in zip(self.runtime.values(), roster.rota(len(self.runtime)), strict=True):
            rt.shift = shift
        for agent_id, rt in self.runtime.items():
            self._apply_shift(agent_id)
            self._plan_agent(agent_id, "shift", roster.next_shift_change(rt.shift, self.now))

    def draw_arrivals(self) -> None:
        for ch in catalog.PEAK_ARRIVALS_PER_HOUR:
            self.next_arrival[ch] = self._draw_arrival(ch, self.now)

    def make_backlog(self, count: int) -> None:
        """Open email/app tickets created over the last three days (for scale tests)."""
        rng = self.streams.backlog
        horizon = 3 * DAY
        queue_ids = list(catalog.QUEUE_WEIGHTS)
        weights = list(catalog.QUEUE_WEIGHTS.values())
        for _ in range(count):
            created = self.now - rng.random() * horizon
            t = self._new_ticket(rng.choice(("email", "app", "social")), created,
                                 rng.choices(queue_ids, weights)[0])
            if rng.random() < 0.3:
                t.status = "pending"
                t.sla_paused = True
                self.paused_remaining[t.id] = max(0.0, t.resolution_due.timestamp() - created)  # type: ignore[union-attr]
                t.resolution_due = None
                self._plan(t.id, "customer_reply", self.now + lognormal(rng, 6 * HOUR, 1.0))
            else:
                self._enqueue(t)

    def resume_ticket(self, t: Ticket) -> None:
        """Re-plan the work of an unresolved ticket loaded from storage (what was scheduled is not stored)."""
        self.tickets[t.id] = t
        if t.status == "pending":
            due = t.resolution_due
            self.paused_remaining[t.id] = 3600.0 if due is None else max(0.0, due.timestamp() - self.now)
            self._plan(t.id, "customer_reply", self.now + lognormal(self.streams.outcomes, 1800, 0.8))
        elif t.assignee_id is None:
            self._enqueue(t)
        else:
            self.runtime[t.assignee_id].work[t.id] = work_kind(t)
            self._plan(t.id, "finish", self.now + self._handle_time(t.channel))

    # ------------------------------------------------------------------ time
    def advance_to(self, target: float) -> None:
        """Run every arrival and event up to ``target`` (epoch seconds), in time order."""
        while True:
            ch, arrival = min(self.next_arrival.items(), key=lambda kv: kv[1])
            nxt = self.schedule[0].at if self.schedule else math.inf
            when = min(arrival, nxt)
            if when > target:
                break
            self.now = when
            if arrival <= nxt:
                self.next_arrival[ch] = self._draw_arrival(ch, arrival)
                self._arrive(ch)
            else:
                self._run(heapq.heappop(self.schedule))
        self.now = max(self.now, target)

    def _draw_arrival(self, channel: Channel, after: float) -> float:
        """Next arrival of a non-homogeneous Poisson process (thinning on the intraday curve)."""
        rng = self.streams.arrivals[channel]
        scale = len(self.agents) / catalog.REFERENCE_AGENTS
        peak = catalog.PEAK_ARRIVALS_PER_HOUR[channel] * scale * max(catalog.SCENARIO_ARRIVAL_FACTOR.values())
        if peak <= 0:
            return math.inf
        t = after
        for _ in range(10_000):
            t += rng.expovariate(peak / HOUR)
            if rng.random() * peak <= self._rate(channel, t):
                return t
        return t

    def _rate(self, channel: Channel, t: float) -> float:
        hour = to_dt(t).hour
        scale = len(self.agents) / catalog.REFERENCE_AGENTS
        factor = catalog.SCENARIO_ARRIVAL_FACTOR[self.scenario]
        return catalog.PEAK_ARRIVALS_PER_HOUR[channel] * scale * catalog.INTRADAY[hour] * factor

    # ------------------------------------------------------------------ scheduling
    def _plan(self, ticket_id: int, kind: str, at: float) -> None:
        self._seq += 1
        heapq.heappush(self.schedule, _Scheduled(at, self._seq, kind, ticket_id, self.epochs.get(ticket_id, 0)))

    def _plan_agent(self, agent_id: str, kind: str, at: float) -> None:
        self._seq += 1
        heapq.heappush(self.schedule, _Scheduled(at, self._seq, kind, agent_id))

    def _cancel(self, ticket_id: int) -> None:
        self.epochs[ticket_id] = self.epochs.get(ticket_id, 0) + 1

    def _run(self, item: _Scheduled) -> None:
        if isinstance(item.target, str):
            if item.kind == "shift":
                self._on_shift_change(item.target)
            elif item.kind == "scenario_end":
                if self.scenario != "normal" and self.now >= self.stress_until:
                    Model.set_scenario(self, "normal")  # the persistence layer writes at the end of the step
            else:  # acw_end, break_due, break_end: the agent's state may change
                self._refresh_state(item.target)
            return
        if item.epoch != self.epochs.get(item.target, 0):
            return  # superseded by a reassignment or escalation
        t = self.tickets.get(item.target)
        if t is None:
            return
        match item.kind:
            case "respond":
                self._on_respond(t)
            case "abandon":
                self._on_abandon(t)
            case "finish":
                self._on_finish(t)
            case "customer_reply":
                self._on_customer_reply(t)
            case _:
                raise ValueError(f"unknown ticket event {item.kind!r}")

    # ------------------------------------------------------------------ ticket life
    def _new_ticket(self, channel: Channel, created: float, queue_id: str | None = None) -> Ticket:
        queue_id, requester, priority, repeat = self.customers.contact(created, queue_id)
        tid = self.next_ticket_id
        self.next_ticket_id += 1
        when = to_dt(created)
        t = Ticket(
            id=tid, subject=subject(queue_id, requester.language, tid), channel=channel, queue_id=queue_id,
            priority=priority, status="new", requester=requester, created_at=when, updated_at=when,
            repeat_contact=repeat, version=1,
        )
        self._set_due(t, created)
        self.tickets[tid] = t
        self._touch(t)
        return t

    def _target(self, t: Ticket) -> tuple[float, float]:
        for s in self.queues[t.queue_id].sla:
            if s.priority == t.priority:
                return s.first_response_s, s.resolution_s
        raise KeyError(f"queue {t.queue_id} has no SLA for {t.priority}")

    def _set_due(self, t: Ticket, start: float) -> None:
        hours = self.queues[t.queue_id].business_hours
        frt, res = self._target(t)
        begin = to_dt(start)
        if t.first_response_at is None:
            t.first_response_due = add_business_seconds(begin, frt, hours)
        if t.sla_paused:
            self.paused_remaining[t.id] = res
        else:
            t.resolution_due = add_business_seconds(begin, res + t.paused_s, hours)

    def _touch(self, t: Ticket) -> None:
        """Mark ``t`` changed now: persisted, versioned and announced at the next write."""
        t.updated_at = to_dt(self.now)
        self.dirty_tickets[t.id] = None

    def _enqueue(self, t: Ticket) -> None:
        t.status = "new" if t.first_response_at is None else "open"
        t.assignee_id = None
        heapq.heappush(self.waiting[t.queue_id][work_kind(t)], (self._answer_by(t), t.id))
        self._touch(t)
        patience = catalog.PATIENCE[t.channel]
        if patience is not None and t.first_response_at is None:
            self._plan(t.id, "abandon", self.now + lognormal(self.streams.patience, patience, 0.6))

    def _answer_by(self, t: Ticket) -> float:
        """When waiting ``t`` should be taken: its creation plus its target (live: the queue's service-level
        threshold scaled by priority; deferred: the first-response target of its priority, calendar time); a
        ticket answered before (a customer's reply, an escalation) at once."""
        if t.first_response_at is not None:
            return self.now
        if work_kind(t) == "deferred":
            target = self._target(t)[0]
        else:
            target = self.queues[t.queue_id].service_level.threshold_s * catalog.LIVE_PRIORITY_FACTOR[t.priority]
        return t.created_at.timestamp() + target

    def _arrive(self, channel: Channel) -> None:
        t = self._new_ticket(channel, self.now)
        self._enqueue(t)
        self._route(t.queue_id, work_kind(t))

    def _is_waiting(self, t: Ticket | None, queue_id: str, kind: str) -> bool:
        return (t is not None and t.assignee_id is None and t.status in ("new", "open") and t.queue_id == queue_id
                and work_kind(t) == kind)

    def _free(self, agent_id: str) -> bool:
        """On shift, working (not on a break or in after-call work), not on a call, with room for more."""
        a, rt = self.agents[agent_id], self.runtime[agent_id]
        return (rt.on_shift and a.state in ("available", "busy") and rt.load < a.capacity
                and "phone" not in rt.work.values())

    def _pool(self, agent_id: str) -> str | None:
        """The agent's pool: ``idle`` (free, holding nothing), ``chat`` or ``deferred`` (free, holding only that
        kind of work), or None (not free, or holding a mix a team lead gave them)."""
        if not self._free(agent_id):
            return None
        held = set(self.runtime[agent_id].work.values())
        return "idle" if not held else held.pop() if len(held) == 1 else None

    def _can_take(self, agent_id: str, kind: str) -> bool:
        """Whether a free agent can take work of ``kind``: a call only with nothing else, chats beside chats,
        deferred work beside deferred work."""
        held = set(self.runtime[agent_id].work.values())
        return not held if kind == "phone" else held <= {kind}

    def _reserve(self, skill: str) -> int:
        """Idle agents with ``skill`` kept free of deferred work: the live contacts expected in the next
        ``catalog.LIVE_RESERVE_S`` seconds in its queues."""
        share = sum(catalog.QUEUE_WEIGHTS[q.id] for q in self.queues.values() if q.skill == skill)
        rate = sum(self._rate(ch, self.now) for ch in catalog.LIVE_CHANNELS) * share / HOUR
        return round(rate * catalog.LIVE_RESERVE_S)

    def _may_defer(self, agent_id: str) -> bool:
        """Whether a free agent may take deferred work not yet due: one already on deferred work may; an idle
        one only while enough others stay idle for live contacts in each of their skills (:meth:`_reserve`)."""
        if self.runtime[agent_id].load:
            return True
        return all(len(self.pools.get(skill, {}).get("idle", {})) - 1 >= self._reserve(skill)
                   for skill in self.agents[agent_id].skills)

    def _head(self, queue_ids: Iterable[str], kinds: Iterable[str]) -> tuple[float, int, str, str] | None:
        """The waiting ticket to take first among ``queue_ids`` and ``kinds``: (answer by, id, queue, kind)."""
        best = None
        for queue_id in queue_ids:
            for kind in kinds:
                heap = self.waiting[queue_id][kind]
                while heap and not self._is_waiting(self.tickets.get(heap[0][1]), queue_id, kind):
                    heapq.heappop(heap)
                if heap and (best is None or heap[0] < best[:2]):
                    best = (*heap[0], queue_id, kind)
        return best

    def _route(self, queue_id: str, kind: str) -> None:
        """Give waiting ``kind`` work of ``queue_id`` to free agents with the skill: chats and deferred work to
        an agent already on that kind of work with room, else (a call always) to the agent idle longest."""
        pools = self.pools.get(self.queues[queue_id].skill, {})
        while (head := self._head((queue_id,), (kind,))) is not None:
            agent_id = next(iter(pools.get(kind, {})), None) if kind != "phone" else None
            if agent_id is None:
                due = kind != "deferred" or head[0] <= self.now
                agent_id = next((b for b in pools.get("idle", {}) if due or self._may_defer(b)), None)
            if agent_id is None:
                return
            heapq.heappop(self.waiting[queue_id][kind])
            self._assign(self.tickets[head[1]], agent_id)

    def _pull(self, agent_id: str) -> None:
        """An agent has room: take the waiting work due first among their skills: deferred work already past
        its time, then live contacts, then deferred work (:meth:`_may_defer`)."""
        skills = self.agents[agent_id].skills
        queue_ids = [q.id for q in self.queues.values() if q.skill in skills]
        while self._free(agent_id):
            deferred = self._head(queue_ids, ("deferred",)) if self._can_take(agent_id, "deferred") else None
            head = deferred if deferred is not None and deferred[0] <= self.now else None
            head = head or self._head(queue_ids, [k for k in LIVE_KINDS if self._can_take(agent_id, k)])
            if head is None and deferred is not None and self._may_defer(agent_id):
                head = deferred
            if head is None:
                return
            heapq.heappop(self.waiting[head[2]][head[3]])
            self._assign(self.tickets[head[1]], agent_id)

    def _assign(self, t: Ticket, agent_id: str) -> None:
        self._cancel(t.id)
        t.assignee_id = agent_id
        t.status = "open"
        t.assigned_at = to_dt(self.now)
        self._touch(t)
        self.runtime[agent_id].work[t.id] = work_kind(t)
        self._refresh_state(agent_id)
        if t.first_response_at is None:
            delay = 0.0 if t.channel in catalog.LIVE_CHANNELS else lognormal(
                self.streams.handling, catalog.FIRST_REPLY_DELAY_S, catalog.FIRST_REPLY_SIGMA)
            self._plan(t.id, "respond", self.now + delay)
        else:
            self._plan(t.id, "finish", self.now + self._handle_time(t.channel))

    def _handle_time(self, channel: Channel) -> float:
        median, sigma = catalog.HANDLE_TIME[channel]
        return lognormal(self.streams.handling, median, sigma)

    def _on_respond(self, t: Ticket) -> None:
        t.first_response_at = to_dt(self.now)
        self._touch(t)
        self._plan(t.id, "finish", self.now + self._handle_time(t.channel))

    def _on_abandon(self, t: Ticket) -> None:
        if t.assignee_id is None and t.first_response_at is None and t.status == "new":
            t.status = "closed"
            t.abandoned = True
            self._touch(t)

    def _on_finish(self, t: Ticket) -> None:
        agent_id = t.assignee_id
        if agent_id is None or t.status != "open":
            return
        rng = self.streams.outcomes
        assigned = t.assigned_at.timestamp() if t.assigned_at else self.now
        t.handle_s = round((t.handle_s or 0.0) + self.now - assigned, 1)
        if self.runtime[agent_id].work.pop(t.id) == "phone":  # the agent's state is refreshed below
            self.runtime[agent_id].acw_until = self.now + lognormal(self.streams.agents, catalog.WRAP_UP_S,
                                                                    catalog.WRAP_UP_SIGMA)
            self._plan_agent(agent_id, "acw_end", self.runtime[agent_id].acw_until)
        roll = rng.random()
        if roll < catalog.ESCALATION_SHARE and t.queue_id != "complaints":
            t.status = "new"  # the agent's slot is already released above
            self._escalate(t, "complaints", "high" if t.priority in ("low", "normal") else "urgent",
                           "system", "Customer asked for a supervisor")
        elif roll < catalog.ESCALATION_SHARE + catalog.PENDING_SHARE:
            self._pause(t)
            self._plan(t.id, "customer_reply", self.now + lognormal(rng, 1800, 0.8))
        else:
            self._solve(t)
        self._refresh_state(agent_id)

    def _pause(self, t: Ticket) -> None:
        t.status = "pending"
        t.sla_paused = True
        hours = self.queues[t.queue_id].business_hours
        if t.resolution_due is not None:
            self.paused_remaining[t.id] = business_seconds_between(to_dt(self.now), t.resolution_due, hours)
        self.paused_since[t.id] = self.now
        t.resolution_due = None
        self._touch(t)

    def _on_customer_reply(self, t: Ticket) -> None:
        if t.status != "pending":
            return
        hours = self.queues[t.queue_id].business_hours
        remaining = self.paused_remaining.pop(t.id, 0.0)
        since = self.paused_since.pop(t.id, t.updated_at.timestamp())
        t.paused_s += business_seconds_between(to_dt(since), to_dt(self.now), hours)
        t.sla_paused = False
        t.resolution_due = (add_business_seconds(to_dt(self.now), remaining, hours) if remaining >= 0
                            else to_dt(self.now + remaining))
        t.reopened += 1
        # The reply goes back to the agent who has the ticket, as a ticket system reopens it on its assignee (past
        # their capacity if need be: it is their work), unless they are off shift or on a call.
        agent_id = t.assignee_id
        rt = self.runtime.get(agent_id or "")
        if agent_id is not None and rt is not None and rt.on_shift and "phone" not in rt.work.values():
            self._assign(t, agent_id)
        else:
            self._enqueue(t)
            self._route(t.queue_id, work_kind(t))

    def _solve(self, t: Ticket) -> None:
        rng = self.streams.outcomes
        t.status = "solved"
        t.solved_at = to_dt(self.now)
        wait = (t.first_response_at or t.solved_at).timestamp() - t.created_at.timestamp()
        if rng.random() < catalog.CSAT_SHARE:
            good = 0.9 - min(wait / HOUR, 0.5) - (0.2 if t.escalated else 0)
            t.csat = rng.choice((4, 5)) if rng.random() < good else rng.choice((1, 2, 3))
        if rng.random() < catalog.NPS_SHARE:
            t.nps = min(10, max(0, int(rng.gauss(8 if (t.csat or 4) >= 4 else 4, 2))))
        self._touch(t)
        self._record_interaction(t)

    def _record_interaction(self, t: Ticket) -> None:
        agent = self.agents.get(t.assignee_id or "")
        start = t.assigned_at or t.created_at
        iid = self.next_interaction_id
        self.next_interaction_id += 1
        rng = random.Random(f"{self.seed}:i{iid}")  # the transcripts' stream: one per interaction
        turns = transcript(rng, t.queue_id, t.channel, t.requester.language, agent.name if agent else "-",
                           t.requester.tier, start, to_dt(self.now))
        self.new_interactions.append(Interaction(
            id=iid, ticket_id=t.id, channel=t.channel, agent_id=t.assignee_id, started_at=start,
            ended_at=to_dt(self.now), language=t.requester.language, turns=turns, csat=t.csat,
            recording_url=f"/api/v1/interactions/{iid}/recording" if t.channel == "phone" else None,
            queue_id=t.queue_id, team=agent.team if agent else None, escalated=t.escalated, handle_s=t.handle_s,
            sla_breached=_breached(t.first_response_due, t.first_response_at or t.solved_at)
            or _breached(t.resolution_due, t.solved_at),
        ))

    # ------------------------------------------------------------------ agents
    def _on_shift_change(self, agent_id: str) -> None:
        self._apply_shift(agent_id)
        self._plan_agent(agent_id, "shift", roster.next_shift_change(self.runtime[agent_id].shift, self.now))

    def _apply_shift(self, agent_id: str) -> None:
        """Put the agent on or off shift as their shift and the scenario say; a new shift brings a break."""
        rt = self.runtime[agent_id]
        on = roster.in_shift(rt.shift, self.now) and not rt.outage
        if on == rt.on_shift:
            return
        rt.on_shift = on
        if on:
            rt.break_due = self.now + (rt.shift[1] - rt.shift[0]) * HOUR / 2
            self._plan_agent(agent_id, "break_due", rt.break_due)
        self._refresh_state(agent_id)

    def _release(self, agent_id: str, t: Ticket) -> None:
        """The agent no longer works on ``t``."""
        del self.runtime[agent_id].work[t.id]
        self._refresh_state(agent_id)

    def _derive_state(self, agent_id: str) -> AgentState:
        """The agent's state from shift, breaks, wrap-up and load; starts a due break on an idle agent."""
        rt = self.runtime[agent_id]
        if rt.forced is not None:
            return rt.forced
        if not rt.on_shift and rt.load == 0:
            return "offline"
        if self.now < rt.on_break_until:
            return "break"
        if self.now < rt.acw_until:
            return "after_call_work"
        if rt.on_shift and rt.load == 0 and rt.break_due and self.now >= rt.break_due:
            rt.break_due = 0.0
            rt.on_break_until = self.now + lognormal(self.streams.agents, 900, 0.3)
            self._plan_agent(agent_id, "break_end", rt.on_break_until)
            return "break"
        return "busy" if rt.load > 0 else "available"

    def _refresh_state(self, agent_id: str) -> None:
        """Derive the agent's state; pull work if they are free."""
        a = self.agents[agent_id]
        state = self._derive_state(agent_id)
        if state != a.state:
            a.state = state
            a.state_since = to_dt(self.now)
            self.dirty_agents[agent_id] = None
        pool, old = self._pool(agent_id), self.pool_of.get(agent_id)
        if pool != old:
            self.pool_of[agent_id] = pool
            for skill in a.skills:
                pools = self.pools.setdefault(skill, {})
                if old is not None:
                    del pools[old][agent_id]
                if pool is not None:
                    pools.setdefault(pool, {})[agent_id] = None
        if pool is not None or self._free(agent_id):
            self._pull(agent_id)

    # ------------------------------------------------------------------ commands from the API
    def assign(self, t: Ticket, agent_id: str | None) -> None:
        """Give ``t`` to an agent (no capacity check: the console warns, the lead decides) or back to its queue."""
        if t.assignee_id is not None and t.status == "open":
            self._release(t.assignee_id, t)
        if agent_id is None:
            self._cancel(t.id)
            self._enqueue(t)
        elif t.status == "pending":
            t.assignee_id = agent_id
            self._touch(t)
        else:
            self._assign(t, agent_id)

    def escalate(self, t: Ticket, queue_id: str | None, priority: Priority | None, actor: str, reason: str) -> None:
        self._escalate(t, queue_id or t.queue_id, priority or t.priority, actor, reason)

    def _escalate(self, t: Ticket, queue_id: str, priority: Priority, actor: str, reason: str) -> None:
        entry = dict(action="escalate", ticket_id=t.id, from_queue=t.queue_id, to_queue=queue_id,
                     from_priority=t.priority, to_priority=priority, from_assignee=t.assignee_id, reason=reason)
        moved = queue_id != t.queue_id
        if moved or priority != t.priority:  # where it was: its events so far count there
            t.route = (*t.route, Leg(queue_id=t.queue_id, priority=t.priority, until=to_dt(self.now)))
        t.escalated = True
        t.priority = priority
        if moved:
            if t.assignee_id is not None and t.status == "open":
                self._release(t.assignee_id, t)
            t.queue_id = queue_id
            self._cancel(t.id)
            if t.status != "pending":
                self._enqueue(t)
        self._set_due(t, t.created_at.timestamp())
        self._touch(t)
        entry["to_assignee"] = t.assignee_id
        self.audit(actor, **entry)
        if moved and t.status != "pending":
            self._route(queue_id, work_kind(t))

    def force_state(self, agent_id: str, state: AgentState) -> None:
        rt = self.runtime[agent_id]
        rt.forced = None if state in ("available", "busy") else state
        if state in ("available", "busy"):
            rt.on_break_until = 0.0
        self._refresh_state(agent_id)

    def set_scenario(self, name: str) -> None:
        """Switch scenario now. A stress (``peak``, ``agent-outage``) lasts ``catalog.STRESS_HOURS``; then the
        centre is back to normal: arrivals at their usual rate, the agents who were out back on their shifts."""
        self.scenario = name
        self.stress_until = 0.0 if name == "normal" else self.now + catalog.STRESS_HOURS * HOUR
        self._plan_stress_end()
        for index, (agent_id, rt) in enumerate(self.runtime.items()):
            rt.outage = name == "agent-outage" and roster.in_outage(index)
            self._apply_shift(agent_id)
        self.draw_arrivals()

    def _plan_stress_end(self) -> None:
        if self.scenario != "normal":
            self._plan_agent("", "scenario_end", self.stress_until)

    def audit(self, actor: str, **fields: object) -> AuditEntry:
        entry = AuditEntry(id=self.next_audit_id, at=to_dt(self.now), actor_id=actor, **fields)  # type: ignore[arg-type]
        self.next_audit_id += 1
        self.new_audit.append(entry)
        return entry

    # ------------------------------------------------------------------ reads
    def snapshot_tickets(self) -> Iterable[Ticket]:
        """Unresolved tickets and those resolved within the last 24 h."""
        horizon = self.now - SNAPSHOT_SOLVED_WINDOW
        return (t for t in self.tickets.values()
                if t.status in UNRESOLVED or t.updated_at.timestamp() >= horizon)

    def sim_datetime(self) -> datetime:
        return to_dt(self.now)

    def open_count(self) -> int:
        return sum(1 for t in self.tickets.values() if t.status in UNRESOLVED)

"""The simulated contact centre: a seeded discrete-event simulation persisted to SQLite.

State lives in memory (the authority while running) and every change is written to
the SQLite file in the same step, with one change-feed event per changed ticket or
agent. All public methods must be called with ``lock`` held (the service does this).
"""

from __future__ import annotations

import heapq
import math
import random
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import msgspec

from api_client.models import (
    PRIORITIES,
    UNRESOLVED,
    Agent,
    AgentChange,
    AgentState,
    AuditEntry,
    Channel,
    Interaction,
    Priority,
    Queue,
    Requester,
    Ticket,
    TicketChange,
)
from api_client.qa import SCORECARD
from api_client.sla import add_business_seconds, business_seconds_between
from simulator import catalog
from simulator.storage import Database
from simulator.transcripts import transcript

EVENT_RETENTION = 500_000  # change-feed events kept for resuming clients
SNAPSHOT_SOLVED_WINDOW = 24 * 3600  # solved tickets younger than this are in the snapshot
WARM_UP = 2 * 3600  # simulated history before the start, so the demo opens mid-day
_ENC = msgspec.json.Encoder()


def to_dt(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def _breached(due: datetime | None, done: datetime | None) -> bool:
    return due is not None and done is not None and done > due


def _lognormal(rng: random.Random, median: float, sigma: float) -> float:
    return rng.lognormvariate(math.log(median), sigma)


@dataclass(order=True)
class _Scheduled:
    at: float
    seq: int
    kind: str = field(compare=False)
    target: str | int = field(compare=False)
    epoch: int = field(compare=False, default=0)


@dataclass
class _AgentRuntime:
    shift: tuple[int, int]
    load: int = 0
    on_shift: bool = False
    outage: bool = False
    break_due: float = 0.0
    acw_until: float = 0.0
    on_break_until: float = 0.0
    forced: AgentState | None = None  # a state set by a team lead, kept until they change it


@dataclass
class Config:
    """How to build a fresh simulated centre."""

    seed: int = 1
    start: datetime | None = None
    agents: int = 60
    open_tickets: int = 0
    scenario: str = "normal"


class Engine:
    """The simulated centre. Create with :meth:`open`."""

    def __init__(self, db: Database, seed: int) -> None:
        self.db = db
        self.lock = threading.RLock()
        self.seed = seed
        self.rng = random.Random(seed)
        self.now = 0.0
        self.scenario = "normal"
        self.cursor = 0
        self.queues: dict[str, Queue] = {q.id: q for q in catalog.QUEUES}
        self.tickets: dict[int, Ticket] = {}
        self.agents: dict[str, Agent] = {}
        self.runtime: dict[str, _AgentRuntime] = {}
        self.by_skill: dict[str, list[str]] = {}
        self.free_by_skill: dict[str, dict[str, None]] = {}  # agents who can take work now (ordered set)
        self.waiting: dict[str, list[tuple[int, float, int]]] = {q: [] for q in self.queues}
        self.epochs: dict[int, int] = {}
        self.paused_remaining: dict[int, float] = {}
        self.schedule: list[_Scheduled] = []
        self.next_arrival: dict[Channel, float] = {}
        self.next_ticket_id = 1
        self.next_interaction_id = 1
        self.next_audit_id = 1
        self._seq = 0
        self._dirty_tickets: dict[int, None] = {}
        self._dirty_agents: dict[str, None] = {}
        self._new_interactions: list[tuple[int, int, str | None, bytes]] = []
        self._new_audit: list[tuple[int, int | None, str, str, bytes]] = []
        self._statements: list[tuple[str, tuple[object, ...]]] = []  # other writes for the next flush
        self._meta_saved_at = 0.0
        self.recent_requesters: list[Requester] = []
        self.changed = threading.Condition(self.lock)

    # ------------------------------------------------------------------ construction
    @classmethod
    def open(cls, path: Path, config: Config, reset: bool = False) -> Engine:
        """Load the centre from ``path``, or build a fresh one from ``config``."""
        if reset:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        db = Database(path)
        if db.is_empty():
            engine = cls(db, config.seed)
            engine._build(config)
        else:
            meta = db.get_meta()
            engine = cls(db, int(meta["seed"]))
            engine._load(meta)
        return engine

    def _build(self, config: Config) -> None:
        start = config.start or datetime.now(UTC).replace(hour=9, minute=30, second=0, microsecond=0)
        self.now = start.timestamp() - WARM_UP
        self.scenario = config.scenario
        self._make_agents(config.agents)
        for ch in catalog.PEAK_ARRIVALS_PER_HOUR:
            self.next_arrival[ch] = self._draw_arrival(ch, self.now)
        self._update_shifts()
        self.advance_to(start.timestamp(), emit=False)
        if config.open_tickets:
            self._make_backlog(config.open_tickets)
        self.db.writer.execute("BEGIN")
        self.db.writer.executemany("INSERT INTO queues VALUES (?, ?)",
                                   [(q.id, _ENC.encode(q)) for q in self.queues.values()])
        self.db.writer.execute("INSERT INTO scorecards VALUES (?, ?)",
                               (SCORECARD.id, _ENC.encode(SCORECARD)))
        self.db.put_tickets(self._ticket_row(t) for t in self.tickets.values())
        self.db.put_agents((a.id, _ENC.encode(a)) for a in self.agents.values())
        self._put_records()
        self._save_meta()
        self.db.writer.execute("COMMIT")
        self._dirty_tickets.clear()
        self._dirty_agents.clear()

    def _load(self, meta: dict[str, str]) -> None:
        """Resume from the file: state is exact; scheduled work is re-drawn for open tickets."""
        self.now = float(meta["now"])
        self.scenario = meta["scenario"]
        self.cursor = int(meta["cursor"])
        self.next_ticket_id = int(meta["next_ticket_id"])
        self.next_interaction_id = int(meta["next_interaction_id"])
        self.next_audit_id = int(meta["next_audit_id"])
        self.rng = random.Random(f"{self.seed}:{self.cursor}")
        agent_dec = msgspec.json.Decoder(Agent)
        for (blob,) in self.db.rows("SELECT data FROM agents ORDER BY id"):
            self._add_agent(agent_dec.decode(blob))
        ticket_dec = msgspec.json.Decoder(Ticket)
        horizon = self.now - SNAPSHOT_SOLVED_WINDOW
        for (blob,) in self.db.rows("SELECT data FROM tickets ORDER BY id"):
            t = ticket_dec.decode(blob)
            if t.status in UNRESOLVED or (t.solved_at and t.solved_at.timestamp() > horizon):
                self.tickets[t.id] = t
        for t in self.tickets.values():
            if t.status not in UNRESOLVED:
                continue
            if t.status == "pending":
                due = t.resolution_due
                self.paused_remaining[t.id] = 3600.0 if due is None else max(0.0, due.timestamp() - self.now)
                self._plan(t.id, "customer_reply", self.now + _lognormal(self.rng, 1800, 0.8))
            elif t.assignee_id is None:
                self._enqueue(t)
            else:
                self.runtime[t.assignee_id].load += 1
                self._plan(t.id, "finish", self.now + self._handle_time(t.channel))
        for ch in catalog.PEAK_ARRIVALS_PER_HOUR:
            self.next_arrival[ch] = self._draw_arrival(ch, self.now)
        self._update_shifts()

    def write(self, sql: str, params: tuple[object, ...]) -> None:
        """Queue a statement for the next :meth:`flush`, in the same transaction as its audit entry."""
        self._statements.append((sql, params))

    def _put_records(self) -> None:
        """Write what was queued since the last flush (inside its transaction)."""
        self.db.writer.executemany("INSERT INTO interactions VALUES (?, ?, ?, ?)", self._new_interactions)
        self.db.writer.executemany("INSERT INTO audit VALUES (?, ?, ?, ?, ?)", self._new_audit)
        for sql, params in self._statements:
            self.db.writer.execute(sql, params)
        self._new_interactions.clear()
        self._new_audit.clear()
        self._statements.clear()

    def _save_meta(self) -> None:
        self._meta_saved_at = self.now
        self.db.set_meta({
            "seed": self.seed, "now": self.now, "scenario": self.scenario, "cursor": self.cursor,
            "next_ticket_id": self.next_ticket_id, "next_interaction_id": self.next_interaction_id,
            "next_audit_id": self.next_audit_id,
        })

    def _make_agents(self, count: int) -> None:
        rng = self.rng
        for i in range(count):
            team, skills = catalog.TEAMS[i % len(catalog.TEAMS)]
            if i % 4 == 3:
                name = rng.choice(catalog.FAMILY_ZH) + rng.choice(catalog.GIVEN_ZH)
            else:
                name = f"{rng.choice(catalog.GIVEN_EN)} {rng.choice(catalog.FAMILY_EN)}"
            agent = Agent(
                id=f"a{i + 1:04d}", name=name, team=team, state="offline", state_since=to_dt(self.now),
                skills=list(skills), capacity=rng.choice((2, 2, 3, 3)), version=1,
            )
            self._add_agent(agent)

    def _add_agent(self, agent: Agent) -> None:
        index = len(self.agents)
        self.agents[agent.id] = agent
        self.runtime[agent.id] = _AgentRuntime(shift=catalog.SHIFTS[index % len(catalog.SHIFTS)])
        for skill in agent.skills:
            self.by_skill.setdefault(skill, []).append(agent.id)
        rt = self.runtime[agent.id]
        rt.outage = self.scenario == "agent-outage" and self._outage_pick(index)

    def _outage_pick(self, index: int) -> bool:
        return (index * 7919) % 100 < catalog.OUTAGE_SHARE * 100

    def _make_backlog(self, count: int) -> None:
        """Open email/app tickets created over the last three days (for scale tests)."""
        rng = self.rng
        horizon = 3 * 86400
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
                self._plan(t.id, "customer_reply", self.now + _lognormal(rng, 6 * 3600, 1.0))
            else:
                self._enqueue(t)

    # ------------------------------------------------------------------ time
    def advance_to(self, target: float, emit: bool = True) -> None:
        """Run the simulation up to ``target`` (epoch seconds) and persist the changes."""
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
        self._update_shifts()
        if emit:
            self.flush()

    def _draw_arrival(self, channel: Channel, after: float) -> float:
        """Next arrival of a non-homogeneous Poisson process (thinning on the intraday curve)."""
        scale = len(self.agents) / catalog.REFERENCE_AGENTS
        peak = catalog.PEAK_ARRIVALS_PER_HOUR[channel] * scale * max(catalog.SCENARIO_ARRIVAL_FACTOR.values())
        if peak <= 0:
            return math.inf
        t = after
        for _ in range(10_000):
            t += self.rng.expovariate(peak / 3600)
            if self.rng.random() * peak <= self._rate(channel, t):
                return t
        return t

    def _rate(self, channel: Channel, t: float) -> float:
        hour = to_dt(t).hour
        scale = len(self.agents) / catalog.REFERENCE_AGENTS
        factor = catalog.SCENARIO_ARRIVAL_FACTOR[self.scenario]
        return catalog.PEAK_ARRIVALS_PER_HOUR[channel] * scale * catalog.INTRADAY[hour] * factor

    def _update_shifts(self) -> None:
        hour = to_dt(self.now).hour
        for agent_id, rt in self.runtime.items():
            on = rt.shift[0] <= hour < rt.shift[1] and not rt.outage
            if on != rt.on_shift:
                rt.on_shift = on
                if on:
                    rt.break_due = self.now + (rt.shift[1] - rt.shift[0]) * 3600 / 2
                self._refresh_state(agent_id)

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
        if isinstance(item.target, str):  # acw_end, break_end: the agent's state may change
            self._refresh_state(item.target)
            return
        if item.epoch != self.epochs.get(item.target, 0):
            return  # superseded by a reassignment or escalation
        t = self.tickets.get(item.target)
        if t is None:
            return
        getattr(self, f"_on_{item.kind}")(t)

    # ------------------------------------------------------------------ ticket life
    def _new_ticket(self, channel: Channel, created: float, queue_id: str | None = None) -> Ticket:
        rng = self.rng
        queue_id = queue_id or rng.choices(list(catalog.QUEUE_WEIGHTS), list(catalog.QUEUE_WEIGHTS.values()))[0]
        if self.recent_requesters and rng.random() < 0.08:
            requester = rng.choice(self.recent_requesters)
        else:
            requester = self._new_requester()
        priority: Priority = rng.choices(PRIORITIES, [catalog.PRIORITY_WEIGHTS[p] for p in PRIORITIES])[0]
        if requester.tier == "vip" and priority in ("low", "normal"):
            priority = "high"
        tid = self.next_ticket_id
        self.next_ticket_id += 1
        when = to_dt(created)
        t = Ticket(
            id=tid, subject=self._subject(queue_id, requester.language, tid), channel=channel, queue_id=queue_id,
            priority=priority, status="new", requester=requester, created_at=when, updated_at=when, version=1,
        )
        self._set_due(t, created)
        self.tickets[tid] = t
        self._touch(t)
        return t

    def _new_requester(self) -> Requester:
        rng = self.rng
        zh = rng.random() < 0.5
        name = (rng.choice(catalog.FAMILY_ZH) + rng.choice(catalog.GIVEN_ZH) if zh
                else f"{rng.choice(catalog.GIVEN_EN)} {rng.choice(catalog.FAMILY_EN)}")
        tier = rng.choices(list(catalog.TIER_WEIGHTS), list(catalog.TIER_WEIGHTS.values()))[0]
        r = Requester(id=f"c{rng.randrange(10**8):08d}", name=name, tier=tier, language="zh" if zh else "en")
        self.recent_requesters.append(r)
        if len(self.recent_requesters) > 5000:
            del self.recent_requesters[:1000]
        return r

    @staticmethod
    def _subject(queue_id: str, language: str, tid: int) -> str:
        en = {"billing": "Billing question", "technical": "App problem", "orders": "Where is my order",
              "after_sales": "Return or repair", "complaints": "Complaint"}
        zh = {"billing": "账单问题", "technical": "应用故障", "orders": "订单查询", "after_sales": "退换维修",
              "complaints": "投诉"}
        return f"{(zh if language == 'zh' else en)[queue_id]} #{tid}"

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
            t.resolution_due = add_business_seconds(begin, res, hours)

    def _touch(self, t: Ticket) -> None:
        """Mark ``t`` changed now: persisted, versioned and announced at the next flush."""
        t.updated_at = to_dt(self.now)
        self._dirty_tickets[t.id] = None

    def _enqueue(self, t: Ticket) -> None:
        t.status = "new" if t.first_response_at is None else "open"
        t.assignee_id = None
        rank = 3 - PRIORITIES.index(t.priority)
        heapq.heappush(self.waiting[t.queue_id], (rank, t.created_at.timestamp(), t.id))
        self._touch(t)
        patience = catalog.PATIENCE[t.channel]
        if patience is not None and t.first_response_at is None:
            self._plan(t.id, "abandon", self.now + _lognormal(self.rng, patience, 0.6))

    def _arrive(self, channel: Channel) -> None:
        t = self._new_ticket(channel, self.now)
        self._enqueue(t)
        self._route(t.queue_id)

    def _is_waiting(self, t: Ticket, queue_id: str) -> bool:
        return t.assignee_id is None and t.status in ("new", "open") and t.queue_id == queue_id

    def _free(self, agent_id: str) -> bool:
        a, rt = self.agents[agent_id], self.runtime[agent_id]
        return rt.on_shift and a.state in ("available", "busy") and rt.load < a.capacity

    def _route(self, queue_id: str) -> None:
        """Give waiting tickets of ``queue_id`` to free agents with the skill, least loaded first."""
        heap = self.waiting[queue_id]
        while heap:
            _, _, tid = heap[0]
            t = self.tickets.get(tid)
            if t is None or not self._is_waiting(t, queue_id):
                heapq.heappop(heap)
                continue
            best = None
            best_key = (math.inf, math.inf)
            for agent_id in self.free_by_skill.get(self.queues[queue_id].skill, {}):
                rt = self.runtime[agent_id]
                key = (rt.load / self.agents[agent_id].capacity, self.agents[agent_id].state_since.timestamp())
                if key < best_key:
                    best, best_key = agent_id, key
            if best is None:
                return
            heapq.heappop(heap)
            self._assign(t, best)

    def _pull(self, agent_id: str) -> None:
        """An agent has room: take the most urgent waiting ticket among their skills."""
        while self._free(agent_id):
            best: tuple[tuple[int, float, int], str] | None = None
            for skill in self.agents[agent_id].skills:
                heap = self.waiting.get(skill, [])
                while heap:
                    t = self.tickets.get(heap[0][2])
                    if t is not None and self._is_waiting(t, skill):
                        break
                    heapq.heappop(heap)
                if heap and (best is None or heap[0] < best[0]):
                    best = (heap[0], skill)
            if best is None:
                return
            heapq.heappop(self.waiting[best[1]])
            self._assign(self.tickets[best[0][2]], agent_id)

    def _assign(self, t: Ticket, agent_id: str) -> None:
        self._cancel(t.id)
        t.assignee_id = agent_id
        t.status = "open"
        t.assigned_at = to_dt(self.now)
        self._touch(t)
        self._add_load(agent_id, 1)
        if t.first_response_at is None:
            delay = 0.0 if t.channel in catalog.LIVE_CHANNELS else _lognormal(self.rng, 240, 0.7)
            self._plan(t.id, "respond", self.now + delay)
        else:
            self._plan(t.id, "finish", self.now + self._handle_time(t.channel))

    def _handle_time(self, channel: Channel) -> float:
        median, sigma = catalog.HANDLE_TIME[channel]
        return _lognormal(self.rng, median, sigma)

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
        rng = self.rng
        assigned = t.assigned_at.timestamp() if t.assigned_at else self.now
        t.handle_s = round((t.handle_s or 0.0) + self.now - assigned, 1)
        self._add_load(agent_id, -1)
        if t.channel in catalog.LIVE_CHANNELS:
            self.runtime[agent_id].acw_until = self.now + _lognormal(rng, 45, 0.4)
            self._plan_agent(agent_id, "acw_end", self.runtime[agent_id].acw_until)
        roll = rng.random()
        if roll < catalog.ESCALATION_SHARE and t.queue_id != "complaints":
            t.status = "new"  # the agent's slot is already released above
            self._escalate(t, "complaints", "high" if t.priority in ("low", "normal") else "urgent",
                           "system", "Customer asked for a supervisor")
        elif roll < catalog.ESCALATION_SHARE + catalog.PENDING_SHARE:
            self._pause(t)
            self._plan(t.id, "customer_reply", self.now + _lognormal(rng, 1800, 0.8))
        else:
            self._solve(t)
        self._refresh_state(agent_id)

    def _pause(self, t: Ticket) -> None:
        t.status = "pending"
        t.sla_paused = True
        hours = self.queues[t.queue_id].business_hours
        if t.resolution_due is not None:
            self.paused_remaining[t.id] = business_seconds_between(to_dt(self.now), t.resolution_due, hours)
        t.resolution_due = None
        self._touch(t)

    def _on_customer_reply(self, t: Ticket) -> None:
        if t.status != "pending":
            return
        hours = self.queues[t.queue_id].business_hours
        remaining = self.paused_remaining.pop(t.id, 0.0)
        t.sla_paused = False
        t.resolution_due = (add_business_seconds(to_dt(self.now), remaining, hours) if remaining >= 0
                            else to_dt(self.now + remaining))
        t.reopened += 1
        agent_id = t.assignee_id
        if agent_id is not None and self._free(agent_id):
            t.status = "open"
            t.assigned_at = to_dt(self.now)
            self._add_load(agent_id, 1)
            self._plan(t.id, "finish", self.now + self._handle_time(t.channel))
            self._touch(t)
        else:
            self._enqueue(t)
            self._route(t.queue_id)

    def _solve(self, t: Ticket) -> None:
        rng = self.rng
        t.status = "solved"
        t.solved_at = to_dt(self.now)
        wait = (t.first_response_at or t.solved_at).timestamp() - t.created_at.timestamp()
        if rng.random() < catalog.CSAT_SHARE:
            good = 0.9 - min(wait / 3600, 0.5) - (0.2 if t.escalated else 0)
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
        rng = random.Random(f"{self.seed}:i{iid}")
        turns = transcript(rng, t.queue_id, t.requester.language, agent.name if agent else "-",
                           t.requester.tier, start, to_dt(self.now))
        interaction = Interaction(
            id=iid, ticket_id=t.id, channel=t.channel, agent_id=t.assignee_id, started_at=start,
            ended_at=to_dt(self.now), language=t.requester.language, turns=turns, csat=t.csat,
            recording_url=f"/api/v1/interactions/{iid}/recording" if t.channel == "phone" else None,
            queue_id=t.queue_id, team=agent.team if agent else None, escalated=t.escalated, handle_s=t.handle_s,
            sla_breached=_breached(t.first_response_due, t.first_response_at or t.solved_at)
            or _breached(t.resolution_due, t.solved_at),
        )
        self._new_interactions.append((iid, t.id, t.assignee_id, _ENC.encode(interaction)))

    # ------------------------------------------------------------------ agents
    def _add_load(self, agent_id: str, delta: int) -> None:
        rt = self.runtime[agent_id]
        rt.load += delta
        if rt.load < 0:
            raise AssertionError(f"agent {agent_id} load went negative")
        self._refresh_state(agent_id)

    def _refresh_state(self, agent_id: str) -> None:
        """Derive the agent's state from shift, breaks, wrap-up and load; pull work if free."""
        a, rt = self.agents[agent_id], self.runtime[agent_id]
        state: AgentState
        if rt.forced is not None:
            state = rt.forced
        elif not rt.on_shift and rt.load == 0:
            state = "offline"
        elif self.now < rt.on_break_until:
            state = "break"
        elif self.now < rt.acw_until:
            state = "after_call_work"
        elif rt.on_shift and rt.load == 0 and rt.break_due and self.now >= rt.break_due:
            rt.break_due = 0.0
            rt.on_break_until = self.now + _lognormal(self.rng, 900, 0.3)
            self._plan_agent(agent_id, "break_end", rt.on_break_until)
            state = "break"
        else:
            state = "busy" if rt.load > 0 else "available"
        if state != a.state:
            a.state = state
            a.state_since = to_dt(self.now)
            self._dirty_agents[agent_id] = None
        free = self._free(agent_id)
        for skill in a.skills:
            if free:
                self.free_by_skill.setdefault(skill, {})[agent_id] = None
            else:
                self.free_by_skill.get(skill, {}).pop(agent_id, None)
        if free:
            self._pull(agent_id)

    # ------------------------------------------------------------------ writes from the API
    def assign(self, t: Ticket, agent_id: str | None) -> None:
        """Give ``t`` to an agent (no capacity check: the console warns, the lead decides) or back to its queue."""
        if t.assignee_id is not None and t.status == "open":
            self._add_load(t.assignee_id, -1)
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
        t.escalated = True
        t.priority = priority
        if moved:
            if t.assignee_id is not None and t.status == "open":
                self._add_load(t.assignee_id, -1)
            t.queue_id = queue_id
            self._cancel(t.id)
            if t.status != "pending":
                self._enqueue(t)
        self._set_due(t, t.created_at.timestamp())
        self._touch(t)
        entry["to_assignee"] = t.assignee_id
        self.audit(actor, **entry)
        if moved and t.status != "pending":
            self._route(queue_id)

    def force_state(self, agent_id: str, state: AgentState) -> None:
        rt = self.runtime[agent_id]
        rt.forced = None if state in ("available", "busy") else state
        if state in ("available", "busy"):
            rt.on_break_until = 0.0
        self._refresh_state(agent_id)

    def set_scenario(self, name: str) -> None:
        self.scenario = name
        for index, rt in enumerate(self.runtime.values()):
            rt.outage = name == "agent-outage" and self._outage_pick(index)
        for ch in catalog.PEAK_ARRIVALS_PER_HOUR:
            self.next_arrival[ch] = self._draw_arrival(ch, self.now)
        self._update_shifts()
        self.flush()

    def audit(self, actor: str, **fields: object) -> AuditEntry:
        entry = AuditEntry(id=self.next_audit_id, at=to_dt(self.now), actor_id=actor, **fields)  # type: ignore[arg-type]
        self.next_audit_id += 1
        self._new_audit.append((entry.id, entry.ticket_id, actor, entry.action, _ENC.encode(entry)))
        return entry

    # ------------------------------------------------------------------ persistence
    @staticmethod
    def _ticket_row(t: Ticket) -> tuple[int, str, str, str | None, bytes]:
        return (t.id, t.queue_id, t.status, t.assignee_id, _ENC.encode(t))

    def flush(self) -> None:
        """Persist changed tickets/agents with one change event each, then wake feed readers."""
        if not (self._dirty_tickets or self._dirty_agents or self._new_interactions or self._new_audit
                or self._statements):
            if self.now - self._meta_saved_at >= 60:  # keep the clock for a restart, not on every tick
                self._save_meta()
            return
        at = to_dt(self.now)
        events: list[tuple[int, bytes]] = []
        ticket_rows = []
        for tid in self._dirty_tickets:
            t = self.tickets[tid]
            t.version += 1
            ticket_rows.append(self._ticket_row(t))
            self.cursor += 1
            events.append((self.cursor, _ENC.encode(TicketChange(id=self.cursor, at=at, ticket=t))))
        agent_rows = []
        for aid in self._dirty_agents:
            a = self.agents[aid]
            a.version += 1
            agent_rows.append((aid, _ENC.encode(a)))
            self.cursor += 1
            events.append((self.cursor, _ENC.encode(AgentChange(id=self.cursor, at=at, agent=a))))
        self._dirty_tickets.clear()
        self._dirty_agents.clear()
        w = self.db.writer
        w.execute("BEGIN")
        self.db.put_tickets(ticket_rows)
        self.db.put_agents(agent_rows)
        self.db.put_events(events)
        self._put_records()
        if self.cursor % 10_000 < len(events):
            self.db.prune_events(self.cursor - EVENT_RETENTION)
            self._evict_solved()
        self._save_meta()
        w.execute("COMMIT")
        self.changed.notify_all()

    def _evict_solved(self) -> None:
        horizon = self.now - SNAPSHOT_SOLVED_WINDOW
        old = [tid for tid, t in self.tickets.items()
               if t.status not in UNRESOLVED and (t.solved_at or t.updated_at).timestamp() < horizon]
        for tid in old:
            del self.tickets[tid]
            self.epochs.pop(tid, None)

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


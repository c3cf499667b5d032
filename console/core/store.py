"""The live store: tickets, agents and queues kept current from the change feed, no Qt.

Tickets are indexed in cells keyed (queue, channel, priority): each cell keeps its backlog
count, its waiting tickets ordered by creation, a deadline index of running SLA clocks and
rolling-window counters fed by state transitions (answered, solved, abandoned, rated...).
An update costs O(log n) per change; a metrics query for any filter sums at most
queues x channels x priorities cells, whatever the number of tickets.
Metric meanings follow DESIGN.md; see ``console.core.metrics``.
"""

from __future__ import annotations

import heapq
import itertools
import time
from collections import Counter
from collections.abc import Iterable, Sequence

import msgspec
import numpy as np
from sortedcontainers import SortedList

from api_client.history import cell_at
from api_client.models import (
    REPEAT_WINDOW_S,
    UNRESOLVED,
    Agent,
    AgentChange,
    ChangesPage,
    Queue,
    Snapshot,
    Team,
    Ticket,
    label,
)
from api_client.sla import due_times, service_level_met
from console.core.history import N_FIELDS, H, History
from console.core.metrics import (
    LIVE_CHANNELS,
    N_COUNTERS,
    AgentLoad,
    CellKey,
    Filter,
    Metrics,
    QueueSummary,
    W,
    from_counters,
)

DEFAULT_WINDOW_S = 3600.0
PRUNE_EVERY_S = 3600.0  # server time between sweeps of the requesters' last contacts
# Window counters that the history also keeps as running totals.
_CUMULATIVE: dict[int, H] = {W.ARRIVALS: H.ARRIVALS, W.SOLVED: H.HANDLED, W.SL_COUNTED: H.SL_COUNTED,
                             W.SL_MET: H.SL_MET, W.CSAT_N: H.RATED, W.CSAT_GOOD: H.RATED_GOOD}


def is_waiting(t: Ticket) -> bool:
    """Open work in a queue with no assignee (DESIGN.md: waiting / queue depth)."""
    return t.assignee_id is None and t.status in ("new", "open")


def is_active(t: Ticket) -> bool:
    """Work an agent is handling now (counts toward their load)."""
    return t.assignee_id is not None and t.status in ("new", "open")


def deadline(t: Ticket, queue: Queue | None = None) -> float | None:
    """The earliest SLA due time still running for ``t`` (epoch seconds), or None."""
    if t.status not in UNRESOLVED:
        return None
    frt, res = due_times(t, queue)
    dues = []
    if t.first_response_at is None and frt is not None:
        dues.append(frt)
    if not t.sla_paused and res is not None:
        dues.append(res)
    return min(dues) if dues else None


class _Cell:
    __slots__ = ("backlog", "counters", "deadlines", "totals", "waiting")

    def __init__(self) -> None:
        self.backlog = 0
        self.waiting: SortedList = SortedList()  # (created_ts, ticket_id) of waiting tickets
        self.deadlines: SortedList = SortedList()  # (deadline_ts, ticket_id) of running SLA clocks
        self.counters = [0.0] * N_COUNTERS  # rolling-window sums
        self.totals = [0.0] * N_FIELDS  # history sample: levels are filled in when sampled


class LiveStore:
    """Apply a snapshot, then change pages; ask for :meth:`metrics` at any time."""

    def __init__(self, window_s: float = DEFAULT_WINDOW_S, history: History | None = None) -> None:
        self.window_s = window_s
        self.history = history or History()
        self.language = "en"  # the viewer's language (BCP 47): catalog names show in it where the server has them
        self.queues: dict[str, Queue] = {}  # named in ``language``
        self.sent_queues: list[Queue] = []  # as the server sent them
        self.teams: dict[str, Team] = {}  # the agents' ``team`` -> its names
        self.web_base: str | None = None  # the server's ticket pages (Snapshot.web_base)
        # Agents named in ``language``, with the console's capacity settings applied (set_capacities).
        self.agents: dict[str, Agent] = {}
        self.reported: dict[str, Agent] = {}  # as the server sent them
        self.capacities: tuple[dict[str, int], dict[str, int]] = ({}, {})  # per agent id, per team
        self.tickets: dict[int, Ticket] = {}
        self.cursor = 0
        self.applied = 0
        self._cells: dict[CellKey, _Cell] = {}
        # Window events as a heap by time: a page brings them in the order tickets changed, not in time order.
        self._events: list[tuple[float, int, CellKey, tuple[tuple[int, float], ...]]] = []
        self._seq = itertools.count()
        self._active: Counter[str] = Counter()  # agent id -> active tickets
        self._last_contact: dict[str, float] = {}  # requester id -> last ticket creation
        self._resolved: list[tuple[float, int]] = []  # heap of (updated_at of a resolved version, id): see _evict
        self._pruned_at = 0.0
        self.loaded_at: float | None = None  # the snapshot's server time
        self._loaded_totals: dict[CellKey, np.ndarray] | None = None  # each cell's running totals then (until seeded)
        self._server_time = 0.0
        self._sampled_at = -np.inf  # the last history sample's time (in this store)
        self._clock_rate = 1.0
        self._received = time.monotonic()

    # ---------------------------------------------------------------- updates
    def load(self, snap: Snapshot) -> None:
        """Replace everything with a snapshot."""
        self.sent_queues = list(snap.queues)
        self.teams = {t.name: t for t in snap.teams}
        self.web_base = snap.web_base
        self.reported = {a.id: a for a in snap.agents}
        self.set_language(self.language)  # names the queues and agents
        self.tickets = {}
        self._cells = {}
        self._events.clear()
        self._active.clear()
        self._last_contact.clear()
        self._resolved.clear()
        self._set_time(snap.server_time.timestamp(), snap.clock_rate)
        for t in sorted(snap.tickets, key=lambda t: t.created_at):
            self._upsert(t)
        self.cursor = snap.cursor
        self.applied = 0
        self.loaded_at = self._server_time
        self._loaded_totals = {k: np.array(c.totals) for k, c in self._cells.items()}

    def seed_history(self, times: np.ndarray, cells: dict[CellKey, np.ndarray]) -> bool:
        """Put the server's history up to the snapshot's moment before the live samples (see
        :meth:`History.seed`): ``cells`` are running totals (:func:`api_client.history.arrays`) and ``times``
        must end at :attr:`loaded_at`; False (nothing done) if they do not, as after a newer snapshot, or if the
        history was seeded since the load already."""
        loaded = self._loaded_totals
        if loaded is None or not times.size or times[-1] != self.loaded_at:
            return False
        zero = np.zeros(N_FIELDS)
        offsets = {}
        for key in {*cells, *loaded}:
            seeded = cells[key][-1] if key in cells else zero
            offsets[key] = seeded - loaded.get(key, zero)
            cell = self._cells.get(key) or self._cells.setdefault(key, _Cell())
            for f in _CUMULATIVE.values():
                cell.totals[f] += offsets[key][f]
        self._loaded_totals = None
        self.history.seed(times, cells, times[-1], offsets)
        return True

    def apply(self, page: ChangesPage) -> None:
        """Apply one page of changes (an empty page just refreshes the server clock)."""
        for change in page.changes:
            if isinstance(change, AgentChange):
                self.reported[change.agent.id] = change.agent
                self.agents[change.agent.id] = self._shown(change.agent)
            else:
                self._upsert(change.ticket)
        self.applied += len(page.changes)
        self.cursor = page.cursor
        self._set_time(page.server_time.timestamp(), self._clock_rate)

    def set_capacities(self, agents: dict[str, int], teams: dict[str, int]) -> None:
        """A supervisor's capacities per agent id and per team, for the agents whose system has none (an agent's
        own setting wins over their team's; the system's own capacity wins over both)."""
        self.capacities = (dict(agents), dict(teams))
        self.agents = {a.id: self._shown(a) for a in self.reported.values()}

    def _capacity(self, a: Agent) -> Agent:
        if a.capacity_source == "system":
            return a
        per_agent, per_team = self.capacities
        value = per_agent.get(a.id, per_team.get(a.team))
        return a if value is None else msgspec.structs.replace(a, capacity=value, capacity_source="console")

    def set_language(self, language: str) -> None:
        """Name queues, teams and agents in ``language`` (a BCP 47 tag) where the server offers it."""
        self.language = language
        self.queues = {q.id: msgspec.structs.replace(q, name=label(q.name, q.names, language))
                       for q in self.sent_queues}
        self.agents = {a.id: self._shown(a) for a in self.reported.values()}

    def _shown(self, a: Agent) -> Agent:
        """``a`` as the console shows it: named in the viewer's language, with the console's capacity."""
        a = self._capacity(a)
        return msgspec.structs.replace(a, name=label(a.name, a.names, self.language)) if a.names else a

    def team_name(self, team: str) -> str:
        """``team`` (as agents carry it) in the viewer's language."""
        t = self.teams.get(team)
        return team if t is None else label(team, t.names, self.language)

    def _set_time(self, server_time: float, clock_rate: float) -> None:
        self._server_time = server_time
        self._clock_rate = clock_rate
        self._received = time.monotonic()

    @property
    def server_time(self) -> float:
        """The server's clock when it was last heard."""
        return self._server_time

    def now(self) -> float:
        """The server's clock now, extrapolated at its clock rate since it was last heard."""
        return self._server_time + (time.monotonic() - self._received) * self._clock_rate

    def _cell(self, t: Ticket) -> _Cell:
        key = (t.queue_id, t.channel, t.priority)
        cell = self._cells.get(key)
        if cell is None:
            cell = self._cells[key] = _Cell()
        return cell

    def _upsert(self, t: Ticket) -> None:
        old = self.tickets.get(t.id)
        if old is not None:
            if old.version > t.version:
                return  # an older state arriving late never overwrites a newer one
            self._unindex(old)
        self.tickets[t.id] = t
        self._index(t)
        self._transitions(old, t)
        if t.status not in UNRESOLVED:
            heapq.heappush(self._resolved, (t.updated_at.timestamp(), t.id))

    def _evict(self) -> None:
        """Forget tickets resolved longer than the window ago, and requesters quiet for longer than the repeat
        window, so memory stays flat however long the console runs. A change to a forgotten ticket brings it
        back as unseen: its past events fall before the window and are not counted again."""
        horizon = self._server_time - self.window_s
        resolved = self._resolved
        while resolved and resolved[0][0] < horizon:
            _, tid = heapq.heappop(resolved)
            t = self.tickets.get(tid)
            if t is not None and t.status not in UNRESOLVED and t.updated_at.timestamp() < horizon:
                self._unindex(t)
                del self.tickets[tid]
        if self._server_time - self._pruned_at >= PRUNE_EVERY_S:
            self._pruned_at = self._server_time
            quiet = self._server_time - REPEAT_WINDOW_S
            self._last_contact = {r: at for r, at in self._last_contact.items() if at >= quiet}

    def _index(self, t: Ticket) -> None:
        cell = self._cell(t)
        if t.status in UNRESOLVED:
            cell.backlog += 1
        if is_waiting(t):
            cell.waiting.add((t.created_at.timestamp(), t.id))
        due = deadline(t, self.queues.get(t.queue_id))
        if due is not None:
            cell.deadlines.add((due, t.id))
        if is_active(t):
            self._active[t.assignee_id] += 1  # type: ignore[index]

    def _unindex(self, t: Ticket) -> None:
        cell = self._cell(t)
        if t.status in UNRESOLVED:
            cell.backlog -= 1
        if is_waiting(t):
            cell.waiting.discard((t.created_at.timestamp(), t.id))
        due = deadline(t, self.queues.get(t.queue_id))
        if due is not None:
            cell.deadlines.discard((due, t.id))
        if is_active(t):
            self._active[t.assignee_id] -= 1  # type: ignore[index]

    def _transitions(self, old: Ticket | None, t: Ticket) -> None:
        """Count what happened between ``old`` and ``t`` into the rolling window, each event in the cell of the
        queue and priority the ticket had when it happened (:func:`cell_at`), whichever versions were seen."""
        created = t.created_at.timestamp()
        horizon = self._server_time - self.window_s
        live = t.channel in LIVE_CHANNELS
        if old is None:
            repeat = t.repeat_contact
            if repeat is None:  # the backend cannot say: judged from the contacts this console has seen
                last = self._last_contact.get(t.requester.id)
                repeat = last is not None and 0 <= created - last <= REPEAT_WINDOW_S
                self._last_contact[t.requester.id] = max(created, last or created)
            self._record(created, cell_at(t, None), ((W.ARRIVALS, 1), (W.REPEATS, float(repeat))), horizon)
        if t.first_response_at is not None and (old is None or old.first_response_at is None):
            at = t.first_response_at.timestamp()
            key = cell_at(t, at)
            wait = max(0.0, at - created)
            deltas: list[tuple[int, float]] = [(W.FIRST_RESPONSES, 1), (W.FRT_S, wait)]
            queue = self.queues.get(key[0])
            if live:
                deltas += [(W.ANSWERED_LIVE, 1), (W.WAIT_LIVE_S, wait)]
            met = service_level_met(t, queue, at, wait)
            if met is not None:
                deltas += [(W.SL_COUNTED, 1), (W.SL_MET, float(met))]
            self._record(at, key, tuple(deltas), horizon)
        if live and t.abandoned and (old is None or not old.abandoned):
            at = t.updated_at.timestamp()
            key = cell_at(t, at)
            queue = self.queues.get(key[0])
            missed = ((W.SL_COUNTED, 1),) if queue is not None and queue.service_level.threshold_s else ()
            self._record(at, key, ((W.ABANDONED_LIVE, 1), *missed), horizon)
        if t.solved_at is not None and (old is None or old.solved_at is None):
            at = t.solved_at.timestamp()
            deltas = [(W.SOLVED, 1), (W.RESOLUTION_S, at - created),
                      (W.FCR, float(t.reopened == 0 and not t.escalated))]
            if t.handle_s is not None:
                deltas += [(W.HANDLED_N, 1), (W.HANDLE_S, t.handle_s)]
            self._record(at, cell_at(t, at), tuple(deltas), horizon)
        if t.csat is not None and (old is None or old.csat is None):
            at = t.updated_at.timestamp()
            self._record(at, cell_at(t, at), ((W.CSAT_N, 1), (W.CSAT_GOOD, float(t.csat >= 4))), horizon)
        if t.nps is not None and (old is None or old.nps is None):
            at = t.updated_at.timestamp()
            self._record(at, cell_at(t, at),
                         ((W.NPS_N, 1), (W.PROMOTERS, float(t.nps >= 9)), (W.DETRACTORS, float(t.nps <= 6))),
                         horizon)

    def _record(self, at: float, key: CellKey, deltas: tuple[tuple[int, float], ...], horizon: float) -> None:
        if at <= horizon:  # the window is (now - window_s, now]: see _expire
            return
        cell = self._cells.get(key) or self._cells.setdefault(key, _Cell())
        late = at <= self._sampled_at
        for i, v in deltas:
            cell.counters[i] += v
            total = _CUMULATIVE.get(i)
            if total is not None:
                cell.totals[total] += v
                if late:
                    self.history.add_late(key, at, total, v)
        heapq.heappush(self._events, (at, next(self._seq), key, deltas))

    def _expire(self, now: float) -> None:
        """Drop window events no longer in the window (now - window_s, now].

        Open at its old end, like a difference of running totals (the history's chart and trend): an event at
        exactly now - window_s was already in the sample taken then, so it has left the window.
        """
        horizon = now - self.window_s
        events = self._events
        while events and events[0][0] <= horizon:
            _, _, key, deltas = heapq.heappop(events)
            counters = self._cells[key].counters
            for i, v in deltas:
                counters[i] -= v

    def sample_history(self) -> None:
        """Add the current levels and running totals of every cell to the history (and forget old tickets)."""
        self._evict()
        now = self._server_time
        cells: dict[CellKey, Sequence[float]] = {}
        for key, cell in self._cells.items():
            q = self.queues.get(key[0])
            breached = cell.deadlines.bisect_left((now, -1))
            at_risk = cell.deadlines.bisect_left((now + (q.at_risk_s if q else 0), -1)) - breached
            cell.totals[H.WAITING], cell.totals[H.BREACHED], cell.totals[H.AT_RISK] = (
                len(cell.waiting), breached, at_risk)
            cells[key] = cell.totals
        self.history.sample(now, cells)
        self._sampled_at = now

    # ---------------------------------------------------------------- reads
    def cell_keys(self, flt: Filter) -> list[CellKey]:
        """The cells ``flt`` selects (for history series)."""
        return [k for k, _ in self._matching(flt)]

    def team_queues(self, teams: Iterable[str]) -> frozenset[str]:
        """Queues whose skill some agent of ``teams`` has."""
        wanted = set(teams)
        skills = {s for a in self.agents.values() if a.team in wanted for s in a.skills}
        return frozenset(q.id for q in self.queues.values() if q.skill in skills)

    def _matching(self, flt: Filter) -> list[tuple[CellKey, _Cell]]:
        team_queues = self.team_queues(flt.teams) if flt.teams else None
        return [(k, c) for k, c in self._cells.items() if flt.cell(k, team_queues)]

    def shown_queues(self, flt: Filter) -> list[Queue]:
        """Queues the filter keeps (a channel or priority filter keeps every queue, possibly at zero)."""
        team_queues = self.team_queues(flt.teams) if flt.teams else None
        return [q for q in self.queues.values()
                if (not flt.queues or q.id in flt.queues) and (team_queues is None or q.id in team_queues)]

    def metrics(self, flt: Filter = Filter(), now: float | None = None) -> Metrics:  # noqa: B008
        """All dashboard numbers for ``flt`` at ``now`` (default: the server's clock now)."""
        now = self.now() if now is None else now
        self._expire(now)
        cells = self._matching(flt)
        agents = [a for a in self.agents.values() if flt.agent(a)]
        free_by_skill: Counter[str] = Counter()
        for a in agents:
            if a.state == "available":
                free_by_skill.update(a.skills)

        per_queue: dict[str, list] = {}
        totals = [0.0] * N_COUNTERS
        for (qid, _, _), cell in cells:
            q = self.queues.get(qid)
            at_risk_s = q.at_risk_s if q else 0
            breached = cell.deadlines.bisect_left((now, -1))
            at_risk = cell.deadlines.bisect_left((now + at_risk_s, -1)) - breached
            oldest = cell.waiting[0][0] if cell.waiting else None
            row = per_queue.setdefault(qid, [0, 0, 0, 0, None, [0.0] * N_COUNTERS])
            row[0] += len(cell.waiting)
            row[1] += cell.backlog
            row[2] += breached
            row[3] += at_risk
            if oldest is not None and (row[4] is None or oldest < row[4]):
                row[4] = oldest
            for i, v in enumerate(cell.counters):
                row[5][i] += v
                totals[i] += v

        queues = []
        for q in self.shown_queues(flt):
            qid = q.id
            waiting, backlog, breached, at_risk, oldest, counters = per_queue.get(
                qid, [0, 0, 0, 0, None, [0.0] * N_COUNTERS])
            queues.append(QueueSummary(
                qid, q.name, waiting, backlog, breached, at_risk, max(0.0, now - oldest) if oldest else 0.0,
                free_by_skill[q.skill], from_counters(counters)["service_level"],
                q.service_level.percent / 100 if q.service_level.percent else None))

        states: Counter[str] = Counter(a.state for a in agents)
        working = states["available"] + states["busy"] + states["after_call_work"]
        windowed = from_counters(totals)
        targets = [q.sl_target for q in queues if q.sl_target is not None]
        return Metrics(
            now=now, window_s=self.window_s,
            waiting=sum(q.waiting for q in queues), backlog=sum(q.backlog for q in queues),
            breached=sum(q.breached for q in queues), at_risk=sum(q.at_risk for q in queues),
            longest_wait_s=max((q.longest_wait_s for q in queues), default=0.0),
            sl_target=sum(targets) / len(targets) if targets else None,
            arrivals=int(totals[W.ARRIVALS]), handled=int(totals[W.SOLVED]),
            agent_states=dict(states), signed_in=sum(n for s, n in states.items() if s != "offline"),
            occupancy=(states["busy"] + states["after_call_work"]) / working if working else None,
            queues=tuple(queues), **windowed,
        )

    def agent_loads(self, flt: Filter = Filter(), now: float | None = None) -> list[AgentLoad]:  # noqa: B008
        """Each signed-in agent (or offline with work left): state, time in it, active work, capacity."""
        now = self.now() if now is None else now
        return [AgentLoad(a.id, a.name, a.team, a.state, max(0.0, now - a.state_since.timestamp()),
                          self._active[a.id], a.capacity, self.team_name(a.team))
                for a in self.agents.values() if flt.agent(a) and (a.state != "offline" or self._active[a.id])]

    def drill_down(self, kind: str, flt: Filter = Filter(), now: float | None = None) -> list[Ticket]:  # noqa: B008
        """The tickets behind a number: ``waiting``, ``breached``, ``at_risk``, ``backlog``, ``agent:ID`` or
        ``team:NAME`` (the unresolved tickets assigned to that agent or team)."""
        now = self.now() if now is None else now
        if kind.startswith(("agent:", "team:")):
            scope, _, name = kind.partition(":")
            agents = {name} if scope == "agent" else {a.id for a in self.agents.values() if a.team == name}
            return [t for t in self.tickets.values() if t.status in UNRESOLVED and t.assignee_id in agents]
        cells = self._matching(flt)
        if kind == "backlog":
            keys = {k for k, _ in cells}
            return [t for t in self.tickets.values()
                    if t.status in UNRESOLVED and (t.queue_id, t.channel, t.priority) in keys]
        ids: list[int] = []
        for (qid, _, _), cell in cells:
            if kind == "waiting":
                ids.extend(tid for _, tid in cell.waiting)
            elif kind == "breached":
                ids.extend(tid for _, tid in cell.deadlines.irange(maximum=(now, -1), inclusive=(True, False)))
            elif kind == "at_risk":
                q = self.queues.get(qid)
                hi = now + (q.at_risk_s if q else 0)
                ids.extend(tid for _, tid in cell.deadlines.irange((now, -1), (hi, -1), inclusive=(True, False)))
            else:
                raise ValueError(f"unknown drill-down {kind!r}")
        return [self.tickets[i] for i in ids]

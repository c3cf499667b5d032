"""The live store: tickets, agents and queues kept current from the change feed, no Qt.

Per-queue aggregates and a deadline index are updated per change, so the cost of
an update grows with the number of changes, not with the number of open tickets.
Metric meanings follow DESIGN.md (waiting, backlog, longest wait, breached, at risk).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from sortedcontainers import SortedList

from api_client.models import UNRESOLVED, Agent, AgentChange, ChangesPage, Queue, Snapshot, Ticket


@dataclass(frozen=True)
class QueueSummary:
    """One queue's live numbers at ``now``."""

    queue_id: str
    name: str
    waiting: int
    backlog: int
    breached: int
    at_risk: int
    longest_wait_s: float
    agents_available: int


@dataclass(frozen=True)
class StoreSummary:
    """What the first live view shows; immutable, safe to hand to the GUI thread."""

    server_time: float
    queues: tuple[QueueSummary, ...]
    agent_states: dict[str, int]
    cursor: int
    applied: int  # changes applied since the snapshot


def is_waiting(t: Ticket) -> bool:
    """Open work in a queue with no assignee (DESIGN.md: waiting / queue depth)."""
    return t.assignee_id is None and t.status in ("new", "open")


def deadline(t: Ticket) -> float | None:
    """The earliest SLA due time still running for ``t`` (epoch seconds), or None."""
    if t.status not in UNRESOLVED:
        return None
    dues = []
    if t.first_response_at is None and t.first_response_due is not None:
        dues.append(t.first_response_due.timestamp())
    if not t.sla_paused and t.resolution_due is not None:
        dues.append(t.resolution_due.timestamp())
    return min(dues) if dues else None


class _QueueIndex:
    __slots__ = ("backlog", "deadlines", "waiting")

    def __init__(self) -> None:
        self.backlog = 0
        self.waiting: SortedList = SortedList()  # (created_ts, ticket_id) of waiting tickets
        self.deadlines: SortedList = SortedList()  # (deadline_ts, ticket_id) of running SLA clocks


class LiveStore:
    """Apply a snapshot, then change pages; ask for :meth:`summary` at any time."""

    def __init__(self) -> None:
        self.queues: dict[str, Queue] = {}
        self.agents: dict[str, Agent] = {}
        self.tickets: dict[int, Ticket] = {}
        self.cursor = 0
        self.applied = 0
        self._index: dict[str, _QueueIndex] = {}
        self._server_time = 0.0
        self._clock_rate = 1.0
        self._received = time.monotonic()

    # ---------------------------------------------------------------- updates
    def load(self, snap: Snapshot) -> None:
        """Replace everything with a snapshot."""
        self.queues = {q.id: q for q in snap.queues}
        self.agents = {a.id: a for a in snap.agents}
        self.tickets = {}
        self._index = {q: _QueueIndex() for q in self.queues}
        for t in snap.tickets:
            self._upsert(t)
        self.cursor = snap.cursor
        self.applied = 0
        self._clock_rate = snap.clock_rate
        self._set_time(snap.server_time.timestamp())

    def apply(self, page: ChangesPage) -> None:
        """Apply one page of changes (an empty page just refreshes the server clock)."""
        for change in page.changes:
            if isinstance(change, AgentChange):
                self.agents[change.agent.id] = change.agent
            else:
                self._upsert(change.ticket)
        self.applied += len(page.changes)
        self.cursor = page.cursor
        self._set_time(page.server_time.timestamp())

    def _set_time(self, server_time: float) -> None:
        self._server_time = server_time
        self._received = time.monotonic()

    def now(self) -> float:
        """The server's clock now, extrapolated at its clock rate since it was last heard."""
        return self._server_time + (time.monotonic() - self._received) * self._clock_rate

    def _upsert(self, t: Ticket) -> None:
        old = self.tickets.get(t.id)
        if old is not None:
            if old.version > t.version:
                return  # an older state arriving late never overwrites a newer one
            self._unindex(old)
        self.tickets[t.id] = t
        self._reindex(t)

    def _idx(self, queue_id: str) -> _QueueIndex:
        idx = self._index.get(queue_id)
        if idx is None:
            idx = self._index[queue_id] = _QueueIndex()
        return idx

    def _reindex(self, t: Ticket) -> None:
        idx = self._idx(t.queue_id)
        if t.status in UNRESOLVED:
            idx.backlog += 1
        if is_waiting(t):
            idx.waiting.add((t.created_at.timestamp(), t.id))
        due = deadline(t)
        if due is not None:
            idx.deadlines.add((due, t.id))

    def _unindex(self, t: Ticket) -> None:
        idx = self._idx(t.queue_id)
        if t.status in UNRESOLVED:
            idx.backlog -= 1
        if is_waiting(t):
            idx.waiting.discard((t.created_at.timestamp(), t.id))
        due = deadline(t)
        if due is not None:
            idx.deadlines.discard((due, t.id))

    # ---------------------------------------------------------------- reads
    @property
    def server_time(self) -> float:
        """The server's clock when it was last heard."""
        return self._server_time

    def summary(self, now: float | None = None) -> StoreSummary:
        """Per-queue numbers at ``now`` (default: the server's clock now): O(queues x log tickets)."""
        now = self.now() if now is None else now
        free_by_skill: Counter[str] = Counter()
        for a in self.agents.values():
            if a.state == "available":
                free_by_skill.update(a.skills)
        rows = []
        for qid, q in self.queues.items():
            idx = self._idx(qid)
            breached = idx.deadlines.bisect_left((now, -1))
            at_risk = idx.deadlines.bisect_left((now + q.at_risk_s, -1)) - breached
            longest = max(0.0, now - idx.waiting[0][0]) if idx.waiting else 0.0
            rows.append(QueueSummary(qid, q.name, len(idx.waiting), idx.backlog, breached, at_risk, longest,
                                     free_by_skill[q.skill]))
        states = Counter(a.state for a in self.agents.values())
        return StoreSummary(now, tuple(rows), dict(states), self.cursor, self.applied)

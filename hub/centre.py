"""The hub's centre (:class:`apiserver.http.backend.Centre`): reads from the hub's store, writes through the upstream.

A write goes to the upstream helpdesk with the ticket's version and the hub's credential; the ticket the upstream
returns is stored and logged at once (consoles see it before the upstream's feed echoes it), with an audit entry
naming the console user who asked. Writes are sent one at a time (the helpdesk's write budget is per account);
each is noted as pending before it is sent, so a hub killed mid-write settles it on its next start.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import msgspec

from api_client import errors as e
from api_client import models as m
from api_client.backend import Backend
from apiserver.http.backend import AuditFilter
from apiserver.problems import Problem
from hub.store import Pending, Store

BULK_CHUNK = 100  # tickets per upstream bulk call (Zendesk's update_many takes 100)
NOT_A_SIMULATOR = "This server is a hub following a helpdesk; it has no simulator controls"
log = logging.getLogger(__name__)


class Upstream:
    """The upstream backend for writes, one call at a time; ``waiting`` counts writes queued or in flight."""

    def __init__(self, backend: Backend, kind: str) -> None:
        self.backend = backend
        self.kind = kind
        self.waiting = 0
        self._lock = threading.Lock()
        self._count = threading.Lock()

    @contextmanager
    def turn(self) -> Iterator[Backend]:
        with self._count:
            self.waiting += 1
        try:
            with self._lock:
                yield self.backend
        finally:
            with self._count:
                self.waiting -= 1


def problem(exc: e.ApiError) -> Problem:
    """The contract's answer for an upstream's refusal."""
    if isinstance(exc, e.Conflict):
        return Problem(exc.status or 412, "version_conflict", exc.message, field="If-Match", ticket=exc.current)
    if isinstance(exc, e.NotFound):
        return Problem(404, "not_found", exc.message)
    if isinstance(exc, e.InvalidRequest):
        return Problem(400 if exc.status == 400 else 422, exc.code or "validation_error", exc.message, field=exc.field)
    return Problem(503, "upstream_unavailable", f"The helpdesk did not take the write: {exc.message}")


class HubCentre:
    """Users, the change feed, tickets, agents and the audit log from the store; writes through ``upstream``."""

    def __init__(self, store: Store, upstream: Upstream, lag_s: Callable[[], float | None]) -> None:
        self.store = store
        self.upstream = upstream
        self.lag_s = lag_s

    # ------------------------------------------------------------------ reads
    def user(self, token: str) -> m.User | None:
        return self.store.user(token)

    def users(self) -> bytes:
        return self.store.people()

    def head(self) -> int:
        return self.store.head

    def subscribe(self, listener: Callable[[int], None]) -> None:
        self.store.subscribe(listener)

    def changes(self, cursor: int, limit: int) -> tuple[int, bytes]:
        return self.store.changes(cursor, limit)

    def snapshot(self) -> bytes:
        return self.store.snapshot()

    def queues(self) -> bytes:
        return self.store.queues()

    def history(self, since: float, until: float, step: int) -> bytes:
        return self.store.history(since, until, step)

    def agents(self) -> bytes:
        return self.store.agents()

    def tickets(self, queue_id: str | None, assignee_id: str | None, status: str | None, unresolved: bool,
                after_id: int, limit: int) -> bytes:
        return self.store.tickets(queue_id, assignee_id, status, unresolved, after_id, limit)

    def ticket(self, ticket_id: int) -> m.Ticket:
        t = self.store.ticket(ticket_id)
        if t is None:
            raise Problem(404, "not_found", f"No ticket {ticket_id}")
        return t

    def notes(self, ticket_id: int) -> bytes:
        self.ticket(ticket_id)  # 404 if there is no such ticket
        return self.store.notes(ticket_id)

    def audit(self, flt: AuditFilter, limit: int, before_id: int | None = None) -> bytes:
        return self.store.audit(flt, limit, before_id)

    def health(self) -> m.Health:
        lag = self.lag_s()
        return m.Health(status="ok", server_time=self.store.server_time(),
                        hub=m.HubInfo(upstream=self.upstream.kind, lag_s=round(lag, 3) if lag is not None else None))

    # ------------------------------------------------------------------ writes
    def _entry(self, user: m.User, t: m.Ticket, action: m.AuditAction, **kw: object) -> m.AuditEntry:
        return m.AuditEntry(id=0, at=self.store.server_time(), actor_id=user.id, action=action, ticket_id=t.id,
                            from_assignee=t.assignee_id, from_queue=t.queue_id, **kw)  # type: ignore[arg-type]

    def _write(self, version: int, entry: m.AuditEntry, send: Callable[[Backend], m.Ticket],
               note: m.Note | None = None) -> m.Ticket:
        with self.upstream.turn() as backend, self.store.writing([(version, entry)]) as (pid,):
            try:
                t = send(backend)
            except e.ApiError as exc:
                current = exc.current if isinstance(exc, e.Conflict) else None
                self.store.record(tickets=[current] if current else [], settled={pid: None})
                raise problem(exc) from None
            self.store.record(tickets=[t], notes=[note] if note else [], settled={pid: _outcome(entry, t)})
            return t

    def assign(self, user: m.User, ticket_id: int, version: int, req: m.AssignRequest) -> m.Ticket:
        t = self.ticket(ticket_id)
        entry = self._entry(user, t, "assign", to_assignee=req.assignee_id, to_queue=t.queue_id,
                            reason=req.reason, override_reason=req.override_reason)
        return self._write(version, entry, lambda b: b.assign(ticket_id, version, req.assignee_id, req.reason,
                                                              req.override_reason))

    def escalate(self, user: m.User, ticket_id: int, version: int, req: m.EscalateRequest) -> m.Ticket:
        if not req.reason.strip():
            raise Problem(422, "validation_error", "A reason is required to escalate", field="reason")
        t = self.ticket(ticket_id)
        entry = self._entry(user, t, "escalate", to_assignee=t.assignee_id, to_queue=req.queue_id or t.queue_id,
                            from_priority=t.priority, to_priority=req.priority or t.priority, reason=req.reason)
        note = m.Note(id=0, ticket_id=ticket_id, at=entry.at, author_id=user.id, text=req.reason)
        return self._write(version, entry, lambda b: b.escalate(ticket_id, version, reason=req.reason,
                                                                priority=req.priority, queue_id=req.queue_id), note)

    def bulk_assign(self, user: m.User, req: m.BulkAssignRequest) -> m.BulkAssignResult:
        """Each ticket on its own version, sent upstream in chunks of BULK_CHUNK; each chunk's outcomes are
        recorded before the next is sent. A ticket listed twice refuses the whole request (422) first."""
        first: dict[int, int] = {}
        for i, item in enumerate(req.items):
            if (j := first.setdefault(item.ticket_id, i)) != i:
                raise Problem(422, "duplicate_ticket", f"Ticket {item.ticket_id} is listed twice (items[{j}] and "
                              f"items[{i}]); list each ticket once", field=f"items[{i}].ticket_id")
        outcomes: dict[int, m.BulkOutcome] = {}
        for start in range(0, len(req.items), BULK_CHUNK):
            chunk = req.items[start:start + BULK_CHUNK]
            known: list[m.BulkAssignItem] = []
            entries: dict[int, m.AuditEntry] = {}
            for item in chunk:
                t = self.store.ticket(item.ticket_id)
                if t is None:
                    outcomes[item.ticket_id] = m.BulkOutcome(ticket_id=item.ticket_id, ok=False, status=404,
                                                             error=f"No ticket {item.ticket_id}")
                    continue
                known.append(item)
                entries[item.ticket_id] = self._entry(user, t, "assign", to_assignee=item.assignee_id,
                                                      to_queue=t.queue_id, reason=req.reason,
                                                      override_reason=req.override_reason)
            if known:
                outcomes.update(self._bulk_chunk(known, entries, req))
        return m.BulkAssignResult(results=[outcomes[item.ticket_id] for item in req.items])

    def _bulk_chunk(self, items: list[m.BulkAssignItem], entries: dict[int, m.AuditEntry],
                    req: m.BulkAssignRequest) -> dict[int, m.BulkOutcome]:
        with (self.upstream.turn() as backend,
              self.store.writing([(item.version, entries[item.ticket_id]) for item in items]) as pids):
            try:
                result = backend.bulk_assign(items, req.reason, req.override_reason)
            except e.InvalidRequest as exc:
                self.store.record(settled=dict.fromkeys(pids))
                raise problem(exc) from None
            except e.ApiError as exc:
                self.store.record(settled=dict.fromkeys(pids))
                return {item.ticket_id: m.BulkOutcome(ticket_id=item.ticket_id, ok=False, status=503,
                                                      error=f"The helpdesk did not take the write: {exc.message}")
                        for item in items}
            done = [o.ticket for o in result.results if o.ok and o.ticket is not None]
            current = [o.ticket for o in result.results if not o.ok and o.ticket is not None]
            pid = {item.ticket_id: p for item, p in zip(items, pids, strict=True)}
            outcomes: dict[int, m.AuditEntry | None] = dict.fromkeys(pids)
            outcomes.update((pid[t.id], _outcome(entries[t.id], t)) for t in done)
            self.store.record(tickets=[*done, *current], settled=outcomes)
            return {o.ticket_id: o for o in result.results}

    def set_agent_state(self, user: m.User, agent_id: str, req: m.AgentStateRequest) -> m.Agent:
        agent = self.store.agent(agent_id)
        if agent is None:
            raise Problem(404, "not_found", f"No agent {agent_id!r}")
        with self.upstream.turn() as backend:
            try:
                backend.set_agent_state(agent_id, req.state, req.reason)
            except e.ApiError as exc:
                raise problem(exc) from None
            # The upstream answers nothing; its feed brings the agent as it keeps it. Until then, this.
            now = self.store.server_time()
            changed = msgspec.structs.replace(agent, state=req.state, state_since=now)
            entry = m.AuditEntry(id=0, at=now, actor_id=user.id, action="agent_state", from_assignee=agent_id,
                                 to_assignee=agent_id, reason=f"{agent.state} -> {req.state}: {req.reason}".strip())
            self.store.record(agents=[changed], entries=[entry])
            return changed

    def settle_pending(self) -> tuple[int, int]:
        """Settle the writes a hub left unrecorded (stopped, or cut from the database), each claimed first
        (:meth:`Store.claim_pending`: one replica settles it): the ticket as the upstream has it now, and the audit
        entry if the write took effect. One the upstream does not show goes back to its sender until it can no
        longer be in flight (:meth:`Store.defer_pending`), then settles as not taken. Returns (took effect, did
        not)."""
        done = failed = deferred = 0
        while (p := self.store.claim_pending()) is not None:
            try:
                with self.upstream.turn() as backend:
                    t = backend.ticket(p.entry.ticket_id or 0)
            except e.NotFound:
                t = None
            if t is not None and _took_effect(p, t):
                done += len(self.store.record(tickets=[t], settled={p.id: _outcome(p.entry, t, settled=True)}))
            elif self.store.defer_pending(p):
                deferred += 1
            else:
                self.store.record(tickets=[t] if t else [], settled={p.id: None})
                failed += 1
        if done or failed or deferred:
            log.info("settled %d writes left by a stopped hub: %d took effect, %d did not; %d not seen upstream yet "
                     "may still be in flight", done + failed, done, failed, deferred)
        return done, failed

    # ------------------------------------------------------------------ not a simulator
    def status(self) -> m.SimStatus:
        raise Problem(404, "not_a_simulator", NOT_A_SIMULATOR)

    def advance(self, req: m.AdvanceRequest) -> m.SimStatus:
        raise Problem(404, "not_a_simulator", NOT_A_SIMULATOR)

    def set_scenario(self, req: m.ScenarioRequest) -> m.SimStatus:
        raise Problem(404, "not_a_simulator", NOT_A_SIMULATOR)


def _outcome(entry: m.AuditEntry, t: m.Ticket, settled: bool = False) -> m.AuditEntry:
    """The audit entry of a write that took effect, as the ticket now is."""
    reason = f"{entry.reason} (settled after its hub stopped)".strip() if settled else entry.reason
    return msgspec.structs.replace(entry, to_assignee=t.assignee_id, to_queue=t.queue_id, to_priority=t.priority
                                   if entry.action == "escalate" else None, reason=reason)


def _took_effect(p: Pending, t: m.Ticket) -> bool:
    """Whether the upstream's ticket shows the pending write: a newer version with what the write set."""
    if t.version <= p.version:
        return False
    if p.entry.action == "assign":
        return t.assignee_id == p.entry.to_assignee
    return t.queue_id == p.entry.to_queue and t.priority == p.entry.to_priority

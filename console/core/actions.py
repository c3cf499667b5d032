"""Reassign, escalate, retry and undo: version-carrying writes with a known outcome per ticket (no Qt).

Every write carries the version of the ticket the lead saw; the server refuses a stale one (412) and
sends the ticket as it is now, so nothing is overwritten silently. Bulk moves go in chunks through the
bulk endpoint. When the API dies in the middle, the tickets of the chunk in flight are ``unknown`` and the
later ones ``not_done``; :func:`recover` re-reads each unknown ticket and settles it as done, not done
(retryable on the same version) or changed by someone else (a conflict with its current state).
These functions block: the page runs them through ``window.tasks``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from api_client.backend import Backend
from api_client.errors import ApiError, Conflict, Forbidden, InvalidRequest, NotAvailable, NotFound, Unauthorized
from api_client.models import Agent, BulkAssignItem, Priority, Queue, Ticket
from console.core.balance_plan import Move
from console.core.store import LiveStore

BULK_CHUNK = 500  # tickets per bulk request (the server takes up to 1,000)
UNDO_WINDOW_S = 60.0
State = Literal["done", "conflict", "failed", "unknown", "not_done"]
Kind = Literal["reassign", "escalate", "undo"]
REFUSALS = (Forbidden, Unauthorized, InvalidRequest, NotAvailable)  # the whole request was refused: nothing happened


@dataclass
class Outcome:
    """What became of one ticket; ``ticket`` is the server's copy when known (after the write, or the
    current one in a conflict)."""

    ticket_id: int
    state: State
    ticket: Ticket | None = None
    message: str = ""


@dataclass
class Action:
    """One action of the lead and each ticket's outcome."""

    kind: Kind
    moves: list[Move]
    reason: str
    override_reason: str = ""
    priority: Priority | None = None  # escalations
    queue_id: str | None = None  # escalations
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    error: ApiError | None = None  # why the action stopped early (API down, role refused)
    at: float = field(default_factory=time.monotonic)

    def count(self, state: State) -> int:
        return sum(1 for o in self.outcomes.values() if o.state == state)

    def of(self, state: State) -> list[Outcome]:
        return [o for o in self.outcomes.values() if o.state == state]

    @property
    def settled(self) -> bool:
        """Every ticket's outcome is known (none ``unknown``)."""
        return self.count("unknown") == 0

    def can_undo(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        return self.kind == "reassign" and self.count("done") > 0 and now - self.at <= UNDO_WINDOW_S


def _set(action: Action, ticket_id: int, state: State, ticket: Ticket | None = None, message: str = "") -> None:
    action.outcomes[ticket_id] = Outcome(ticket_id, state, ticket, message)


def reassign(backend: Backend, moves: list[Move], reason: str, override_reason: str = "", *,
             chunk: int = BULK_CHUNK, kind: Kind = "reassign",
             progress: Callable[[int, int], None] | None = None) -> Action:
    """Move tickets (bulk endpoint, ``chunk`` at a time); each ticket's outcome is in the returned action."""
    action = Action(kind, list(moves), reason, override_reason)
    for start in range(0, len(moves), chunk):
        part = moves[start:start + chunk]
        items = [BulkAssignItem(ticket_id=mv.ticket_id, version=mv.version, assignee_id=mv.to_agent) for mv in part]
        try:
            result = backend.bulk_assign(items, reason, override_reason)
        except ApiError as exc:
            action.error = exc
            state: State = "not_done" if isinstance(exc, REFUSALS) else "unknown"
            for mv in part:
                _set(action, mv.ticket_id, state, message=exc.message)
            for mv in moves[start + chunk:]:
                _set(action, mv.ticket_id, "not_done", message=exc.message)
            return action
        for r in result.results:
            if r.ok:
                _set(action, r.ticket_id, "done", r.ticket)
            elif r.status == 412:
                _set(action, r.ticket_id, "conflict", r.ticket, r.error or "")
            else:
                _set(action, r.ticket_id, "failed", r.ticket, r.error or "")
        if progress is not None:
            progress(min(start + chunk, len(moves)), len(moves))
    return action


def escalate(backend: Backend, tickets: Iterable[tuple[int, int]], reason: str, *,
             priority: Priority | None = None, queue_id: str | None = None) -> Action:
    """Escalate ``(ticket id, version)`` pairs: higher priority and/or another queue, with a reason
    (kept as an internal note by the server)."""
    moves = [Move(tid, version, None, None, "waiting") for tid, version in tickets]
    action = Action("escalate", moves, reason, priority=priority, queue_id=queue_id)
    for i, mv in enumerate(moves):
        try:
            t = backend.escalate(mv.ticket_id, mv.version, reason=reason, priority=priority, queue_id=queue_id)
        except Conflict as exc:
            _set(action, mv.ticket_id, "conflict" if exc.status == 412 else "failed", exc.current, exc.message)
        except NotFound as exc:
            _set(action, mv.ticket_id, "failed", message=exc.message)
        except ApiError as exc:
            action.error = exc
            _set(action, mv.ticket_id, "not_done" if isinstance(exc, REFUSALS) else "unknown", message=exc.message)
            for rest in moves[i + 1:]:
                _set(action, rest.ticket_id, "not_done", message=exc.message)
            return action
        else:
            _set(action, mv.ticket_id, "done", t)
    return action


def _landed(action: Action, mv: Move, t: Ticket) -> bool:
    """Does ``t`` show the action's change on ``mv`` (the write landed before the API died)?"""
    if action.kind == "escalate":
        return (t.escalated and (action.priority is None or t.priority == action.priority)
                and (action.queue_id is None or t.queue_id == action.queue_id))
    return t.assignee_id == mv.to_agent


def recover(backend: Backend, action: Action) -> Action:
    """Settle the ``unknown`` outcomes by re-reading each ticket (after the API is back).

    Same version: the write never landed (``not_done``, retry as it is). Newer version showing the move:
    ``done``. Newer version showing something else: someone changed it (``conflict``). A ticket still
    unreadable stays ``unknown``; call again later. Returns the same action.
    """
    by_id = {mv.ticket_id: mv for mv in action.moves}
    for o in action.of("unknown"):
        mv = by_id[o.ticket_id]
        try:
            t = backend.ticket(o.ticket_id)
        except NotFound as exc:
            _set(action, o.ticket_id, "failed", message=exc.message)
            continue
        except ApiError as exc:
            action.error = exc
            return action
        if t.version == mv.version:
            _set(action, o.ticket_id, "not_done", t)
        elif _landed(action, mv, t):
            _set(action, o.ticket_id, "done", t)
        else:
            _set(action, o.ticket_id, "conflict", t, "changed by someone else meanwhile")
    if action.settled:
        action.error = None
    return action


def retry_moves(action: Action, ticket_ids: Iterable[int] | None = None, *, on_current: bool = False) -> list[Move]:
    """Moves to send again: the ``not_done`` ones as they were, and with ``on_current`` the conflicts on the
    ticket's current version (the lead chose to override what the other console did)."""
    wanted = None if ticket_ids is None else set(ticket_ids)
    out = []
    for mv in action.moves:
        o = action.outcomes.get(mv.ticket_id)
        if o is None or (wanted is not None and mv.ticket_id not in wanted):
            continue
        if o.state == "not_done":
            out.append(mv if o.ticket is None else Move(mv.ticket_id, o.ticket.version, o.ticket.assignee_id,
                                                         mv.to_agent, mv.why))
        elif o.state == "conflict" and on_current and o.ticket is not None:
            out.append(Move(mv.ticket_id, o.ticket.version, o.ticket.assignee_id, mv.to_agent, mv.why))
    return out


def undo_moves(action: Action) -> list[Move]:
    """The inverse of each done move, on the version the move produced (a ticket changed since then
    comes back as a conflict, not overwritten)."""
    by_id = {mv.ticket_id: mv for mv in action.moves}
    return [Move(o.ticket_id, o.ticket.version, by_id[o.ticket_id].to_agent, by_id[o.ticket_id].from_agent)
            for o in action.of("done") if o.ticket is not None]


# ---------------------------------------------------------------- warnings before a move
WarningKind = Literal["over_capacity", "offline", "break", "unskilled"]


@dataclass(frozen=True)
class MoveWarning:
    kind: WarningKind
    agent_id: str
    count: int = 0  # over capacity: by how many; unskilled: how many tickets


def warnings_for(agent: Agent, active: int, tickets: list[Ticket], queues: Mapping[str, Queue]) -> list[MoveWarning]:
    """What the lead should know before giving ``tickets`` to ``agent`` who has ``active`` work now."""
    out: list[MoveWarning] = []
    if agent.state in ("offline", "break"):
        out.append(MoveWarning(agent.state, agent.id))
    mine = sum(1 for t in tickets if t.assignee_id != agent.id)
    if active + mine > agent.capacity:
        out.append(MoveWarning("over_capacity", agent.id, active + mine - agent.capacity))
    skills = set(agent.skills)
    unskilled = sum(1 for t in tickets if (q := queues.get(t.queue_id)) is not None and q.skill not in skills)
    if unskilled:
        out.append(MoveWarning("unskilled", agent.id, unskilled))
    return out


def spread(tickets: list[Ticket], agents: list[Agent], active: Mapping[str, int],
           queues: Mapping[str, Queue]) -> list[Move]:
    """Moves giving ``tickets`` to a team: each to the member with the queue's skill and the most room who
    can take work; without one, to the member with the most room (the page warns first)."""
    room = {a.id: a.capacity - active.get(a.id, 0) for a in agents}
    working = [a for a in agents if a.state in ("available", "busy", "after_call_work")] or agents
    moves = []
    for t in tickets:
        q = queues.get(t.queue_id)
        skilled = [a for a in working if q is None or q.skill in a.skills] or working
        best = max(skilled, key=lambda a: (room[a.id], a.id))
        room[best.id] -= 1
        moves.append(Move(t.id, t.version, t.assignee_id, best.id))
    return moves


class MoveContext(NamedTuple):
    """What the warnings before a move are worked out from: agents, their active work, the tickets, queues."""

    agents: Mapping[str, Agent]
    active: Mapping[str, int]
    tickets: Mapping[int, Ticket]
    queues: Mapping[str, Queue]


def move_context(store: LiveStore, ticket_ids: Iterable[int]) -> MoveContext:
    """The store's :class:`MoveContext` now for these tickets (call under its lock: ``sync.with_store``)."""
    return MoveContext(dict(store.agents), {a.agent_id: a.active for a in store.agent_loads()},
                       {i: store.tickets[i] for i in ticket_ids if i in store.tickets}, dict(store.queues))


def plan_warnings(moves: Iterable[Move], context: MoveContext) -> dict[int, list[MoveWarning]]:
    """Each move's warnings (ticket id -> warnings, only moves that have some) as :func:`warnings_for` gives them
    for a manual move of that ticket, the moves taken in order: each adds to its agent's load, takes from the
    one it leaves."""
    agents, load, queues = context.agents, dict(context.active), context.queues
    out: dict[int, list[MoveWarning]] = {}
    for mv in moves:
        t = context.tickets.get(mv.ticket_id)
        if mv.from_agent is not None:
            load[mv.from_agent] = load.get(mv.from_agent, 0) - 1
        agent = agents.get(mv.to_agent) if mv.to_agent is not None else None
        if agent is None or t is None:
            continue
        found = warnings_for(agent, load.get(agent.id, 0), [t], queues)
        load[agent.id] = load.get(agent.id, 0) + 1
        if found:
            out[mv.ticket_id] = found
    return out

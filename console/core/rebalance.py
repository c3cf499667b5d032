"""What the rebalance page shows, read from the live store (no Qt): the copies taken under the store's lock,
the passes over every ticket done after it is released, and the ticket table's rows."""

from __future__ import annotations

import numpy as np

from api_client.models import CHANNELS, PRIORITIES, UNRESOLVED, Agent, Queue, Ticket
from console.core import staffing
from console.core.metrics import Filter
from console.core.script import in_script
from console.core.store import LiveStore, deadline, is_active


def collect(store: LiveStore, scope: tuple[str, str], everything: bool = True) -> dict:
    """What the page shows, read under the store's lock: copies and cheap sums only (passes over every
    ticket are left to :func:`complete`, after the lock is released)."""
    kind, key = scope
    tickets = None
    if kind == "queue":
        tickets = store.drill_down("waiting", Filter(queues=frozenset({key})))
    elif kind == "waiting":
        tickets = store.drill_down("waiting")
    return {"now": store.now(), "window_s": store.window_s, "loads": store.agent_loads(), "agents": dict(store.agents),
            "queues": dict(store.queues), "team_names": {t: store.team_name(t) for t in store.teams},
            "tickets": tickets,
            "all": list(store.tickets.values()) if everything or tickets is None else None,
            "per_queue": {q.id: store.metrics(Filter(queues=frozenset({q.id}))) for q in store.queues.values()},
            "per_channel": {(q.id, ch): store.metrics(Filter(queues=frozenset({q.id}), channels=frozenset({ch})))
                            for q in store.queues.values() for ch in CHANNELS}}


def complete(data: dict, scope: tuple[str, str]) -> dict:
    """The passes over every ticket, outside the lock: each agent's tickets, and an agent's or team's scope."""
    held: dict[str, list[int]] | None = None
    if data["all"] is not None:
        held = {}
        for t in data["all"]:
            if is_active(t):
                held.setdefault(t.assignee_id, []).append(t.id)
    data["held"] = held
    data["patience"] = {} if data["all"] is None else staffing.measured_patience(data["all"], data["now"],
                                                                                 data["window_s"])
    if data["tickets"] is None:
        kind, key = scope
        members = {key} if kind == "agent" else {a.id for a in data["agents"].values() if a.team == key}
        data["tickets"] = [t for t in data["all"] if t.status in UNRESOLVED and t.assignee_id in members]
    del data["all"]
    return data


SEVERITY = {p: float(len(PRIORITIES) - 1 - i) for i, p in enumerate(PRIORITIES)}
"""A priority's place when sorted by severity: urgent 0, high 1, normal 2, low 3 (the table shows the word)."""
BY_SEVERITY = sorted(SEVERITY, key=SEVERITY.__getitem__)


def ticket_rows(tickets: list[Ticket], queues: dict[str, Queue], agents: dict[str, Agent],
                shown: dict[int, int] | None, language: str = "en") -> tuple[bool, list[int], np.ndarray,
                                                                               dict[str, object]]:
    """Table rows: all of them when ``shown`` (id -> version on screen) is None, else the new or changed ones
    and the ids gone. Returns (full, removed ids, ids, column arrays); ``priority`` is its :data:`SEVERITY`,
    subjects are in the script of ``language`` (the reader's, :func:`~console.core.script.in_script`)."""
    removed: list[int] = []
    if shown is not None:
        current = {t.id for t in tickets}
        removed = [i for i in shown if i not in current]
        tickets = [t for t in tickets if shown.get(t.id) != t.version]
    dues = [deadline(t, queues.get(t.queue_id)) for t in tickets]
    ids = np.array([t.id for t in tickets], dtype=np.int64)
    return shown is None, removed, ids, {
        "id": ids.astype(float),
        "subject": [in_script(t.subject, language) for t in tickets],
        "queue": [queues[t.queue_id].name if t.queue_id in queues else t.queue_id for t in tickets],
        "priority": np.array([SEVERITY[t.priority] for t in tickets], dtype=float),
        "assignee": [agents[t.assignee_id].name if t.assignee_id in agents else "" for t in tickets],
        "age": np.array([t.created_at.timestamp() for t in tickets], dtype=float),
        "due": np.array([np.nan if d is None else d for d in dues], dtype=float),
    }

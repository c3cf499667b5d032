"""The model persisted: built into or resumed from SQLite, and every change written behind it.

Memory is the authority while running; :meth:`Engine.flush` writes what changed since the last
flush in one transaction, with one change-feed event per changed ticket or agent, then tells the
listeners the feed's new head. All public methods must be called with ``lock`` held.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import msgspec

from api_client.models import UNRESOLVED, Agent, AgentChange, Ticket, TicketChange
from simulator.engine.model import SNAPSHOT_SOLVED_WINDOW, Model, to_dt
from simulator.engine.storage import Database

EVENT_RETENTION = 500_000  # change-feed events kept for resuming clients
WARM_UP = 2 * 3600  # simulated history before the start, so the demo opens mid-day
_ENC = msgspec.json.Encoder()


@dataclass
class Config:
    """How to build a fresh simulated centre."""

    seed: int = 1
    start: datetime | None = None
    agents: int = 60
    open_tickets: int = 0
    scenario: str = "normal"


class Engine(Model):
    """The simulated centre and its SQLite file. Create with :meth:`open`."""

    def __init__(self, db: Database, seed: int) -> None:
        super().__init__(seed)
        self.db = db
        self.lock = threading.RLock()
        self.cursor = 0
        self.listeners: list[Callable[[int], None]] = []  # told the feed's head after each write
        self._statements: list[tuple[str, tuple[object, ...]]] = []  # other writes for the next flush
        self._meta_saved_at = 0.0

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
        self.make_agents(config.agents)
        self.draw_arrivals()
        self.start_roster()
        self.advance_to(start.timestamp(), emit=False)
        if config.scenario != "normal":  # a stress begins as the centre opens, after a normal warm-up
            Model.set_scenario(self, config.scenario)
        if config.open_tickets:
            self.make_backlog(config.open_tickets)
        self.db.writer.execute("BEGIN")
        self.db.writer.executemany("INSERT INTO queues VALUES (?, ?)",
                                   [(q.id, _ENC.encode(q)) for q in self.queues.values()])
        self.db.put_tickets(_ticket_row(t) for t in self.tickets.values())
        self.db.put_agents((a.id, _ENC.encode(a)) for a in self.agents.values())
        self._put_records()
        self._save_meta()
        self.db.writer.execute("COMMIT")
        self.dirty_tickets.clear()
        self.dirty_agents.clear()

    def _load(self, meta: dict[str, str]) -> None:
        """Resume from the file: state is exact; scheduled work is re-drawn for open tickets."""
        self.now = float(meta["now"])
        self.scenario = meta["scenario"]
        self.stress_until = float(meta.get("stress_until", 0.0))
        self.cursor = int(meta["cursor"])
        self.next_ticket_id = int(meta["next_ticket_id"])
        self.next_interaction_id = int(meta["next_interaction_id"])
        self.next_audit_id = int(meta["next_audit_id"])
        self.reseed(f":{self.cursor}")
        agent_dec = msgspec.json.Decoder(Agent)
        for (blob,) in self.db.rows("SELECT data FROM agents ORDER BY id"):
            self.add_agent(agent_dec.decode(blob))
        ticket_dec = msgspec.json.Decoder(Ticket)
        horizon = self.now - SNAPSHOT_SOLVED_WINDOW
        for (blob,) in self.db.rows("SELECT data FROM tickets ORDER BY id"):
            t = ticket_dec.decode(blob)
            if t.status in UNRESOLVED:
                self.resume_ticket(t)
            elif (t.solved_at or t.updated_at).timestamp() > horizon:  # solved, or closed (abandoned)
                self.tickets[t.id] = t
        self.draw_arrivals()
        self.start_roster()
        self._plan_stress_end()

    # ------------------------------------------------------------------ time
    def advance_to(self, target: float, emit: bool = True) -> None:
        """Run the simulation up to ``target`` (epoch seconds) and, with ``emit``, write the changes."""
        super().advance_to(target)
        if emit:
            self.flush()

    def set_scenario(self, name: str) -> None:
        super().set_scenario(name)
        self.flush()

    # ------------------------------------------------------------------ writing
    def write(self, sql: str, params: tuple[object, ...]) -> None:
        """Queue a statement for the next :meth:`flush`, in the same transaction as its audit entry."""
        self._statements.append((sql, params))

    def flush(self) -> None:
        """Persist changed tickets/agents with one change event each, then tell the listeners."""
        if not (self.dirty_tickets or self.dirty_agents or self.new_interactions or self.new_audit
                or self._statements):
            if self.now - self._meta_saved_at >= 60:  # keep the clock for a restart, not on every tick
                self._save_meta()
            return
        at = to_dt(self.now)
        events: list[tuple[int, bytes]] = []
        ticket_rows = []
        for tid in self.dirty_tickets:
            t = self.tickets[tid]
            t.version += 1
            ticket_rows.append(_ticket_row(t))
            self.cursor += 1
            events.append((self.cursor, _ENC.encode(TicketChange(id=self.cursor, at=at, ticket=t))))
        agent_rows = []
        for aid in self.dirty_agents:
            a = self.agents[aid]
            a.version += 1
            agent_rows.append((aid, _ENC.encode(a)))
            self.cursor += 1
            events.append((self.cursor, _ENC.encode(AgentChange(id=self.cursor, at=at, agent=a))))
        self.dirty_tickets.clear()
        self.dirty_agents.clear()
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
        for listener in self.listeners:
            listener(self.cursor)

    def _put_records(self) -> None:
        """Write the interactions, audit entries and statements queued since the last flush."""
        self.db.writer.executemany("INSERT INTO interactions VALUES (?, ?, ?, ?)",
                                   [(i.id, i.ticket_id, i.agent_id, _ENC.encode(i)) for i in self.new_interactions])
        self.db.writer.executemany("INSERT INTO audit VALUES (?, ?, ?, ?, ?)",
                                   [(e.id, e.ticket_id, e.actor_id, e.action, _ENC.encode(e)) for e in self.new_audit])
        for sql, params in self._statements:
            self.db.writer.execute(sql, params)
        self.new_interactions.clear()
        self.new_audit.clear()
        self._statements.clear()

    def _save_meta(self) -> None:
        self._meta_saved_at = self.now
        self.db.set_meta({
            "seed": self.seed, "now": self.now, "scenario": self.scenario, "stress_until": self.stress_until,
            "cursor": self.cursor,
            "next_ticket_id": self.next_ticket_id, "next_interaction_id": self.next_interaction_id,
            "next_audit_id": self.next_audit_id,
        })

    def _evict_solved(self) -> None:
        """Forget tickets resolved over a day ago (they stay in the file); they take no further part."""
        horizon = self.now - SNAPSHOT_SOLVED_WINDOW
        old = [tid for tid, t in self.tickets.items()
               if t.status not in UNRESOLVED and (t.solved_at or t.updated_at).timestamp() < horizon]
        for tid in old:
            del self.tickets[tid]
            self.epochs.pop(tid, None)


def _ticket_row(t: Ticket) -> tuple[int, str, str, str | None, bytes]:
    return (t.id, t.queue_id, t.status, t.assignee_id, _ENC.encode(t))

"""The live centre's operations behind the native API: users, the change feed, tickets, agents, audit,
and the simulator's controls.

HTTP-agnostic (the HTTP surface in :mod:`apiserver.http` authenticates, checks roles and decodes
bodies); errors are raised as :class:`~apiserver.problems.Problem`.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import msgspec

from api_client import models as m
from api_client.history import compute
from apiserver.http.backend import AuditFilter
from apiserver.problems import Problem
from simulator import catalog
from simulator.engine import Engine
from simulator.engine.storage import json_array

SEED_USERS: tuple[tuple[str, str, m.Role], ...] = (  # named per language in catalog.PEOPLE_NAMES
    ("u-sup", "Supervisor", "supervisor"),
    ("u-lead", "Team lead", "team_lead"),
    ("u-qa", "QA reviewer", "qa_reviewer"),
    ("u-view", "Viewer", "viewer"),
)
_ENC = msgspec.json.Encoder()
_TICKETS = msgspec.json.Decoder(list[m.Ticket])
NOTES_SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS notes_ticket ON notes (ticket_id);
"""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Service:
    """The live centre's operations (:class:`apiserver.http.backend.Centre`); each holds the engine lock
    for as short as it can."""

    def __init__(self, engine: Engine, clock_rate: float) -> None:
        self.engine = engine
        self.clock_rate = clock_rate
        self.web_base: str | None = None  # where the ticket pages are (simulator.pages), when served
        self.db = engine.db
        with engine.lock:
            self.db.writer.executescript(NOTES_SCHEMA)

    # ------------------------------------------------------------------ users
    def issue_tokens(self, tokens_file: Path | None) -> dict[str, str]:
        """Create the seed users with fresh tokens (only on a new database); write them 0600."""
        existing = self.db.rows("SELECT COUNT(*) FROM users")[0][0]
        if existing:
            return {}
        tokens: dict[str, str] = {role: secrets.token_urlsafe(24) for _, _, role in SEED_USERS}
        with self.engine.lock:
            self.db.writer.executemany(
                "INSERT INTO users VALUES (?, ?, ?, ?)",
                [(uid, name, role, _hash(tokens[role])) for uid, name, role in SEED_USERS],
            )
        if tokens_file is not None:
            tokens_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = tokens_file.with_suffix(".tmp")
            tmp.touch(mode=0o600)
            tmp.write_text(json.dumps(tokens, indent=1), encoding="utf-8")
            tmp.replace(tokens_file)
        return tokens

    def user(self, token: str) -> m.User | None:
        """The user a bearer token belongs to; None for an unknown or revoked one."""
        rows = self.db.rows("SELECT id, name, role FROM users WHERE token_sha256 = ?", (_hash(token),))
        if not rows:
            return None
        uid, name, role = rows[0]
        return m.User(id=uid, name=name, names=catalog.PEOPLE_NAMES.get(uid, {}), role=role)

    def users(self) -> bytes:
        """Console users, the history's reviewers (no login) and the agents with their teams."""
        named = catalog.PEOPLE_NAMES
        people = [m.Person(id=uid, name=name, names=named.get(uid, {}), role=role)
                  for uid, name, role in self.db.rows("SELECT id, name, role FROM users ORDER BY id")]
        people += [m.Person(id=uid, name=name, names=named.get(uid, {}), role="qa_reviewer")
                   for uid, name in catalog.HISTORY_REVIEWERS]
        with self.engine.lock:
            people += [m.Person(id=a.id, name=a.name, names=a.names, role="agent", team=a.team)
                       for a in self.engine.agents.values()]
        return _ENC.encode(people)

    # ------------------------------------------------------------------ the change feed
    def head(self) -> int:
        """The feed's newest cursor."""
        with self.engine.lock:
            return self.engine.cursor

    def subscribe(self, listener: Callable[[int], None]) -> None:
        """Call ``listener`` with the feed's new head after every write (from the writing thread)."""
        with self.engine.lock:
            self.engine.listeners.append(listener)

    # ------------------------------------------------------------------ reads
    def queues(self) -> bytes:
        return _ENC.encode(list(self.engine.queues.values()))

    def agents(self) -> bytes:
        with self.engine.lock:
            return _ENC.encode(list(self.engine.agents.values()))

    def snapshot(self) -> bytes:
        e = self.engine
        with e.lock:
            e.flush()  # nothing in a snapshot the feed has not said (a resumed centre re-derives agents' states)
            snap = m.Snapshot(cursor=e.cursor, server_time=e.sim_datetime(), clock_rate=self.clock_rate,
                              queues=list(e.queues.values()), agents=list(e.agents.values()),
                              tickets=list(e.snapshot_tickets()), teams=catalog.TEAM_NAMES,
                              web_base=self.web_base)
            return _ENC.encode(snap)

    def history(self, since: float, until: float, step: int) -> bytes:
        """``GET /history`` from the SQLite tickets unresolved at ``since`` or changed since (written out first)."""
        e = self.engine
        with e.lock:
            e.flush()
            until = min(until, e.now)
        horizon = datetime.fromtimestamp(since - step, UTC).isoformat()
        blobs = self.db.blobs(
            "SELECT data FROM tickets WHERE status IN ('new', 'open', 'pending')"
            " OR julianday(json_extract(CAST(data AS TEXT), '$.updated_at')) >= julianday(?)", (horizon,))
        tickets = _TICKETS.decode(json_array(blobs))
        try:
            return _ENC.encode(compute(tickets, self.engine.queues, since, until, step))
        except ValueError as exc:
            raise Problem(422, "bad_range", str(exc)) from None

    def ticket(self, ticket_id: int) -> m.Ticket:
        with self.engine.lock:
            t = self.engine.tickets.get(ticket_id)
            if t is not None:
                return msgspec.structs.replace(t)
        rows = self.db.blobs("SELECT data FROM tickets WHERE id = ?", (ticket_id,))
        if not rows:
            raise Problem(404, "not_found", f"No ticket {ticket_id}")
        return msgspec.json.decode(rows[0], type=m.Ticket)

    def tickets(self, queue_id: str | None, assignee_id: str | None, status: str | None, unresolved: bool,
                after_id: int, limit: int) -> bytes:
        where, params = ["id > ?"], list[object]([after_id])
        for column, value in (("queue_id", queue_id), ("assignee_id", assignee_id), ("status", status)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if unresolved:
            where.append("status IN ('new', 'open', 'pending')")
        sql = f"SELECT data FROM tickets WHERE {' AND '.join(where)} ORDER BY id LIMIT ?"  # noqa: S608
        return json_array(self.db.blobs(sql, [*params, limit]))

    def changes(self, cursor: int, limit: int) -> tuple[int, bytes]:
        """Up to ``limit`` events after ``cursor`` as a ChangesPage, and the page's cursor."""
        e = self.engine
        with e.lock:
            head, now = e.cursor, e.sim_datetime()
        if cursor > head:
            raise Problem(400, "bad_cursor", f"Cursor {cursor} is ahead of the feed ({head})", field="cursor")
        oldest = self.db.oldest_event()
        if cursor < head and oldest is not None and cursor + 1 < oldest:
            raise Problem(410, "cursor_expired", f"Cursor {cursor} is older than the retained history; "
                          "take a new snapshot")
        blobs = self.db.blobs("SELECT data FROM events WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
                              (cursor, head, limit))
        last = cursor + len(blobs)
        page = b'{"cursor":%d,"server_time":%s,"changes":%s}' % (last, _ENC.encode(now), json_array(blobs))
        return last, page

    def audit(self, flt: AuditFilter, limit: int, before_id: int | None = None) -> bytes:
        """Audit entries, newest first (only ids below ``before_id``: the next page)."""
        where, params = ["1 = 1"], list[object]()
        for column, value in (("ticket_id", flt.ticket_id), ("actor_id", flt.actor_id), ("action", flt.action)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if flt.agent_id is not None:
            where.append("(json_extract(CAST(data AS TEXT), '$.from_assignee') = ?"
                         " OR json_extract(CAST(data AS TEXT), '$.to_assignee') = ?)")
            params += [flt.agent_id, flt.agent_id]
        for op, moment in ((">=", flt.since), ("<", flt.until)):
            if moment is not None:
                where.append(f"julianday(json_extract(CAST(data AS TEXT), '$.at')) {op} julianday(?)")
                params.append(moment.astimezone(UTC).isoformat())
        if before_id is not None:
            where.append("id < ?")
            params.append(before_id)
        sql = f"SELECT data FROM audit WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?"  # noqa: S608
        return json_array(self.db.blobs(sql, [*params, limit]))

    def status(self) -> m.SimStatus:
        e = self.engine
        with e.lock:
            return m.SimStatus(scenario=e.scenario, sim_time=e.sim_datetime(), clock_rate=self.clock_rate,
                               open_tickets=e.open_count(), cursor=e.cursor)

    # ------------------------------------------------------------------ ticket writes
    def _live_ticket(self, ticket_id: int) -> m.Ticket:
        t = self.engine.tickets.get(ticket_id)
        if t is None:
            self.ticket(ticket_id)  # 404 if it never existed
            raise Problem(409, "not_open", f"Ticket {ticket_id} is resolved and archived; it cannot be changed")
        return t

    def _check_version(self, t: m.Ticket, version: int) -> None:
        if t.version != version:
            raise Problem(412, "version_conflict",
                          f"Ticket {t.id} is at version {t.version}, not {version}: it changed since you saw it",
                          field="If-Match", ticket=msgspec.structs.replace(t))
        if t.status not in m.UNRESOLVED:
            raise Problem(409, "not_open", f"Ticket {t.id} is {t.status}; it cannot be changed", ticket=t)

    def _check_agent(self, agent_id: str | None, field: str) -> None:
        if agent_id is not None and agent_id not in self.engine.agents:
            raise Problem(422, "unknown_agent", f"No agent {agent_id!r}", field=field)

    def notes(self, ticket_id: int) -> bytes:
        self.ticket(ticket_id)  # 404 if there is no such ticket
        return json_array(self.db.blobs("SELECT data FROM notes WHERE ticket_id = ? ORDER BY id", (ticket_id,)))

    def _assign_one(self, user: m.User, t: m.Ticket, assignee: str | None, reason: str,
                    override_reason: str = "") -> None:
        before = t.assignee_id
        self.engine.assign(t, assignee)
        self.engine.audit(user.id, action="assign", ticket_id=t.id, from_assignee=before,
                          to_assignee=assignee, from_queue=t.queue_id, to_queue=t.queue_id, reason=reason,
                          override_reason=override_reason)

    def assign(self, user: m.User, ticket_id: int, version: int, req: m.AssignRequest) -> m.Ticket:
        e = self.engine
        with e.lock:
            t = self._live_ticket(ticket_id)
            self._check_version(t, version)
            self._check_agent(req.assignee_id, "assignee_id")
            self._assign_one(user, t, req.assignee_id, req.reason, req.override_reason)
            e.flush()
            return msgspec.structs.replace(t)

    def bulk_assign(self, user: m.User, req: m.BulkAssignRequest) -> m.BulkAssignResult:
        """Each listed ticket assigned on its own version (atomic per ticket); a ticket listed twice refuses the
        whole request (422) before anything is written, as both writes would claim the same version."""
        e = self.engine
        first: dict[int, int] = {}
        for i, item in enumerate(req.items):
            if (j := first.setdefault(item.ticket_id, i)) != i:
                raise Problem(422, "duplicate_ticket", f"Ticket {item.ticket_id} is listed twice (items[{j}] and "
                              f"items[{i}]); list each ticket once", field=f"items[{i}].ticket_id")
            self._check_agent(item.assignee_id, f"items[{i}].assignee_id")
        outcomes: list[m.BulkOutcome] = []
        with e.lock:
            done: list[m.Ticket] = []
            for item in req.items:
                try:
                    t = self._live_ticket(item.ticket_id)
                    self._check_version(t, item.version)
                except Problem as p:
                    outcomes.append(m.BulkOutcome(ticket_id=item.ticket_id, ok=False, status=p.status,
                                                  error=p.body.message, ticket=p.body.ticket))
                    continue
                self._assign_one(user, t, item.assignee_id, req.reason, req.override_reason)
                done.append(t)
                outcomes.append(m.BulkOutcome(ticket_id=t.id, ok=True, status=200))
            e.flush()
            by_id = {t.id: msgspec.structs.replace(t) for t in done}
        for o in outcomes:
            if o.ok:
                o.ticket = by_id[o.ticket_id]
        return m.BulkAssignResult(results=outcomes)

    def escalate(self, user: m.User, ticket_id: int, version: int, req: m.EscalateRequest) -> m.Ticket:
        if req.queue_id is not None and req.queue_id not in self.engine.queues:
            raise Problem(422, "unknown_queue", f"No queue {req.queue_id!r}", field="queue_id")
        if not req.reason.strip():
            raise Problem(422, "validation_error", "A reason is required to escalate", field="reason")
        e = self.engine
        with e.lock:
            t = self._live_ticket(ticket_id)
            self._check_version(t, version)
            e.escalate(t, req.queue_id, req.priority, user.id, req.reason)
            note_id = self.db.writer.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM notes").fetchone()[0]
            note = m.Note(id=note_id, ticket_id=t.id, at=e.sim_datetime(), author_id=user.id, text=req.reason)
            e.write("INSERT INTO notes VALUES (?, ?, ?)", (note_id, t.id, _ENC.encode(note)))
            e.flush()  # the escalation, its audit entry and its internal note in one transaction
            return msgspec.structs.replace(t)

    def set_agent_state(self, user: m.User, agent_id: str, req: m.AgentStateRequest) -> m.Agent:
        e = self.engine
        with e.lock:
            if agent_id not in e.agents:
                raise Problem(404, "not_found", f"No agent {agent_id!r}")
            before = e.agents[agent_id].state
            e.force_state(agent_id, req.state)
            e.audit(user.id, action="agent_state", from_assignee=agent_id, to_assignee=agent_id,
                    reason=f"{before} -> {req.state}: {req.reason}".strip())
            e.flush()
            return msgspec.structs.replace(e.agents[agent_id])

    def advance(self, req: m.AdvanceRequest) -> m.SimStatus:
        with self.engine.lock:
            self.engine.advance_to(self.engine.now + req.seconds)
        return self.status()

    def set_scenario(self, req: m.ScenarioRequest) -> m.SimStatus:
        with self.engine.lock:
            self.engine.set_scenario(req.name)
        return self.status()

    def health(self) -> m.Health:
        with self.engine.lock:
            return m.Health(status="ok", server_time=self.engine.sim_datetime())

"""The native API's operations on the simulated centre: auth, roles, validation, writes, reads.

HTTP-agnostic: ``simulator.app`` maps these to routes. Errors are raised as
:class:`Problem`, which carries the status code and the error body.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

import msgspec

from api_client import models as m
from api_client.qa import review_score
from simulator.engine import Engine

T = TypeVar("T")
LEADS = frozenset({"supervisor", "team_lead"})
REVIEWERS = frozenset({"supervisor", "qa_reviewer"})
SUPERVISOR = frozenset({"supervisor"})
SEED_USERS: tuple[tuple[str, str, m.Role], ...] = (
    ("u-sup", "Supervisor 主管", "supervisor"),
    ("u-lead", "Team lead 组长", "team_lead"),
    ("u-qa", "QA reviewer 质检", "qa_reviewer"),
    ("u-view", "Viewer 访客", "viewer"),
)
_FIELD_RE = re.compile(r"at `\$\.?([^`]*)`")
_IF_MATCH_RE = re.compile(r'(?:W/)?("?)([0-9]{1,18})\1')  # the contract's If-Match pattern, ASCII digits only
_ENC = msgspec.json.Encoder()
NOTES_SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS notes_ticket ON notes (ticket_id);
"""


class Problem(Exception):
    """An API error: HTTP status plus the :class:`ErrorBody`."""

    def __init__(self, status: int, error: str, message: str, field: str | None = None,
                 ticket: m.Ticket | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = m.ErrorBody(error=error, message=message, field=field, ticket=ticket)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def decode_body(raw: bytes, tp: type[T]) -> T:
    """Decode and validate a request body; a bad one is a 422 naming the field."""
    try:
        return msgspec.json.decode(raw, type=tp)
    except msgspec.ValidationError as exc:
        match = _FIELD_RE.search(str(exc))
        raise Problem(422, "validation_error", str(exc), field=match.group(1) if match else None) from None
    except msgspec.DecodeError as exc:
        raise Problem(400, "malformed_json", f"Request body is not valid JSON: {exc}") from None


def parse_if_match(value: str | None) -> int:
    """The version in an If-Match header (``"7"``, ``W/"7"`` or ``7``)."""
    if value is None:
        raise Problem(428, "precondition_required", "If-Match with the ticket's version is required",
                      field="If-Match")
    match = _IF_MATCH_RE.fullmatch(value.strip())
    if match is None:
        raise Problem(400, "bad_if_match", f"If-Match must be a version number, got {value!r}", field="If-Match")
    return int(match.group(2))


class Service:
    """All API operations; each takes the engine lock for as short as it can."""

    def __init__(self, engine: Engine, clock_rate: float) -> None:
        self.engine = engine
        self.clock_rate = clock_rate
        self.db = engine.db
        from simulator.qa import Qa  # qa builds on this module

        self.qa = Qa(self)
        self.db.writer.executescript(NOTES_SCHEMA)

    # ------------------------------------------------------------------ users
    def issue_tokens(self, tokens_file: Path | None) -> dict[str, str]:
        """Create the seed users with fresh tokens (only on a new database); write them 0600."""
        existing = self.db.rows("SELECT COUNT(*) FROM users")[0][0]
        if existing:
            return {}
        tokens = {role: secrets.token_urlsafe(24) for _, _, role in SEED_USERS}
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

    def authenticate(self, authorization: str | None) -> m.User:
        if not authorization or not authorization.lower().startswith("bearer "):
            raise Problem(401, "unauthorized", "A bearer token is required")
        rows = self.db.rows("SELECT id, name, role FROM users WHERE token_sha256 = ?",
                            (_hash(authorization[7:].strip()),))
        if not rows:
            raise Problem(401, "unauthorized", "Unknown or revoked token")
        uid, name, role = rows[0]
        return m.User(id=uid, name=name, role=role)

    @staticmethod
    def require(user: m.User, roles: frozenset[str]) -> None:
        if user.role not in roles:
            raise Problem(403, "forbidden", f"Role {user.role!r} may not do this (needs {', '.join(sorted(roles))})")

    # ------------------------------------------------------------------ reads
    def queues(self) -> bytes:
        return _ENC.encode(list(self.engine.queues.values()))

    def agents(self) -> bytes:
        with self.engine.lock:
            return _ENC.encode(list(self.engine.agents.values()))

    def snapshot(self) -> bytes:
        e = self.engine
        with e.lock:
            snap = m.Snapshot(cursor=e.cursor, server_time=e.sim_datetime(), clock_rate=self.clock_rate,
                              queues=list(e.queues.values()), agents=list(e.agents.values()),
                              tickets=list(e.snapshot_tickets()))
            return _ENC.encode(snap)

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
        where, params = ["id > ?"], [after_id]
        for column, value in (("queue_id", queue_id), ("assignee_id", assignee_id), ("status", status)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if unresolved:
            where.append("status IN ('new', 'open', 'pending')")
        sql = f"SELECT data FROM tickets WHERE {' AND '.join(where)} ORDER BY id LIMIT ?"  # noqa: S608
        return _join(self.db.blobs(sql, [*params, limit]))

    def changes(self, cursor: int, limit: int, wait: float) -> tuple[int, bytes]:
        """Events after ``cursor`` (waiting up to ``wait`` s for one) as a ChangesPage."""
        e = self.engine
        with e.changed:
            # A cursor ahead of the feed is refused at once, not after waiting for events that cannot make it valid.
            if e.cursor == cursor and wait > 0:
                e.changed.wait_for(lambda: e.cursor > cursor, timeout=wait)
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
        page = b'{"cursor":%d,"server_time":%s,"changes":%s}' % (last, _ENC.encode(now), _join(blobs))
        return last, page

    def interaction(self, interaction_id: int) -> m.Interaction:
        rows = self.db.blobs("SELECT data FROM interactions WHERE id = ?", (interaction_id,))
        if not rows:
            raise Problem(404, "not_found", f"No interaction {interaction_id}")
        return msgspec.json.decode(rows[0], type=m.Interaction)

    def reviews(self, interaction_id: int | None, reviewer_id: str | None, limit: int,
                calibration_id: int | None = None) -> bytes:
        where, params = ["1 = 1"], []
        if calibration_id is not None:
            where.append("json_extract(CAST(data AS TEXT), '$.calibration_id') = ?")
            params.append(calibration_id)
        if interaction_id is not None:
            where.append("interaction_id = ?")
            params.append(interaction_id)
        if reviewer_id is not None:
            where.append("reviewer_id = ?")
            params.append(reviewer_id)
        sql = f"SELECT data FROM reviews WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?"  # noqa: S608
        return _join(self.db.blobs(sql, [*params, limit]))

    def audit(self, ticket_id: int | None, actor_id: str | None, action: str | None, limit: int,
              agent_id: str | None = None, since: str | None = None, until: str | None = None) -> bytes:
        """Audit entries, newest first; ``agent_id`` matches the agent a ticket moved from or to,
        ``since``/``until`` bound the time (ISO 8601)."""
        where, params = ["1 = 1"], []
        for column, value in (("ticket_id", ticket_id), ("actor_id", actor_id), ("action", action)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if agent_id is not None:
            where.append("(json_extract(CAST(data AS TEXT), '$.from_assignee') = ?"
                         " OR json_extract(CAST(data AS TEXT), '$.to_assignee') = ?)")
            params += [agent_id, agent_id]
        for op, value in ((">=", since), ("<", until)):
            if value is not None:
                where.append(f"julianday(json_extract(CAST(data AS TEXT), '$.at')) {op} julianday(?)")
                params.append(value)
        sql = f"SELECT data FROM audit WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?"  # noqa: S608
        return _join(self.db.blobs(sql, [*params, limit]))

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
        return _join(self.db.blobs("SELECT data FROM notes WHERE ticket_id = ? ORDER BY id", (ticket_id,)))

    def _assign_one(self, user: m.User, t: m.Ticket, assignee: str | None, reason: str,
                    override_reason: str = "") -> None:
        before = t.assignee_id
        self.engine.assign(t, assignee)
        self.engine.audit(user.id, action="assign", ticket_id=t.id, from_assignee=before,
                          to_assignee=assignee, from_queue=t.queue_id, to_queue=t.queue_id, reason=reason,
                          override_reason=override_reason)

    def assign(self, user: m.User, ticket_id: int, if_match: str | None, body: bytes) -> m.Ticket:
        self.require(user, LEADS)
        req = decode_body(body, m.AssignRequest)
        version = parse_if_match(if_match)
        e = self.engine
        with e.lock:
            t = self._live_ticket(ticket_id)
            self._check_version(t, version)
            self._check_agent(req.assignee_id, "assignee_id")
            self._assign_one(user, t, req.assignee_id, req.reason, req.override_reason)
            e.flush()
            return msgspec.structs.replace(t)

    def bulk_assign(self, user: m.User, body: bytes) -> m.BulkAssignResult:
        self.require(user, LEADS)
        req = decode_body(body, m.BulkAssignRequest)
        e = self.engine
        for i, item in enumerate(req.items):
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

    def escalate(self, user: m.User, ticket_id: int, if_match: str | None, body: bytes) -> m.Ticket:
        self.require(user, LEADS)
        req = decode_body(body, m.EscalateRequest)
        version = parse_if_match(if_match)
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

    def set_agent_state(self, user: m.User, agent_id: str, body: bytes) -> m.Agent:
        self.require(user, LEADS)
        req = decode_body(body, m.AgentStateRequest)
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

    # ------------------------------------------------------------------ reviews
    def _review_fields(self, req: m.ReviewInput, version: int | None = None,
                       ) -> tuple[m.Scorecard, m.Interaction, float | None]:
        """Validate a review against its scorecard (the newest version, or ``version``: a review keeps its own)."""
        card = self.qa.scorecard(req.scorecard_id, version)
        if card is None:
            raise Problem(422, "unknown_scorecard", f"No scorecard {req.scorecard_id!r}", field="scorecard_id")
        try:
            interaction = self.interaction(req.interaction_id)
        except Problem:
            raise Problem(422, "unknown_interaction", f"No interaction {req.interaction_id}",
                          field="interaction_id") from None
        scales = {c.id: c.scale for c in card.categories}
        seen: set[str] = set()
        for i, s in enumerate(req.scores):
            if s.category_id not in scales:
                raise Problem(422, "unknown_category", f"Scorecard {card.id!r} has no category {s.category_id!r}",
                              field=f"scores[{i}].category_id")
            if s.category_id in seen:
                raise Problem(422, "duplicate_category", f"Category {s.category_id!r} is scored twice",
                              field=f"scores[{i}].category_id")
            seen.add(s.category_id)
            if s.value is not None and s.value >= scales[s.category_id]:
                raise Problem(422, "out_of_scale", f"Category {s.category_id!r} takes 0..{scales[s.category_id] - 1}",
                              field=f"scores[{i}].value")
        if req.status == "submitted" and seen != set(scales):
            missing = ", ".join(sorted(set(scales) - seen))
            raise Problem(422, "incomplete_review", f"A submitted review scores every category (or N/A): {missing}",
                          field="scores")
        return card, interaction, review_score(card, req.scores)

    def create_review(self, user: m.User, body: bytes) -> m.Review:
        self.require(user, REVIEWERS)
        req = decode_body(body, m.ReviewInput)
        card, interaction, score = self._review_fields(req)
        if req.calibration_id is not None:
            self.qa.check_calibration(user, req.calibration_id, interaction.id)
        e = self.engine
        with e.lock:
            rid = (self.db.writer.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM reviews").fetchone()[0])
            now = e.sim_datetime()
            review = m.Review(id=rid, interaction_id=interaction.id, scorecard_id=card.id,
                              scorecard_version=card.version, reviewer_id=user.id, agent_id=interaction.agent_id,
                              scores=req.scores, comment=req.comment, score=score, status=req.status,
                              created_at=now, updated_at=now, version=1, calibration_id=req.calibration_id)
            e.write("INSERT INTO reviews VALUES (?, ?, ?, ?)", (rid, interaction.id, user.id, _ENC.encode(review)))
            e.audit(user.id, action="review", ticket_id=interaction.ticket_id, reason=f"review {rid} {req.status}")
            e.flush()  # the review and its audit entry in one transaction
        return review

    def update_review(self, user: m.User, review_id: int, if_match: str | None, body: bytes) -> m.Review:
        self.require(user, REVIEWERS)
        req = decode_body(body, m.ReviewInput)
        version = parse_if_match(if_match)
        e = self.engine
        with e.lock:
            rows = self.db.writer.execute("SELECT data FROM reviews WHERE id = ?", (review_id,)).fetchall()
            if not rows:
                raise Problem(404, "not_found", f"No review {review_id}")
            old = msgspec.json.decode(rows[0][0], type=m.Review)
            if req.scorecard_id != old.scorecard_id:
                raise Problem(422, "validation_error", "A review keeps its scorecard", field="scorecard_id")
            card, interaction, score = self._review_fields(req, old.scorecard_version)
            if old.version != version:
                raise Problem(412, "version_conflict", f"Review {review_id} is at version {old.version}",
                              field="If-Match")
            if old.reviewer_id != user.id and user.role != "supervisor":
                raise Problem(403, "forbidden", "Only the reviewer or a supervisor may change this review")
            if old.status == "submitted" and req.status == "draft":
                raise Problem(409, "already_submitted", "A submitted review cannot go back to draft")
            if old.interaction_id != interaction.id:
                raise Problem(422, "validation_error", "A review cannot move to another interaction",
                              field="interaction_id")
            review = msgspec.structs.replace(old, scorecard_id=card.id, scorecard_version=card.version,
                                             scores=req.scores, comment=req.comment, score=score,
                                             status=req.status, updated_at=e.sim_datetime(), version=old.version + 1)
            e.write("UPDATE reviews SET data = ? WHERE id = ?", (_ENC.encode(review), review_id))
            e.audit(user.id, action="review", ticket_id=interaction.ticket_id,
                    reason=f"review {review_id} {req.status}")
            e.flush()
        return review

    # ------------------------------------------------------------------ simulator control
    def advance(self, user: m.User, body: bytes) -> m.SimStatus:
        self.require(user, SUPERVISOR)
        req = decode_body(body, m.AdvanceRequest)
        with self.engine.lock:
            self.engine.advance_to(self.engine.now + req.seconds)
        return self.status()

    def set_scenario(self, user: m.User, body: bytes) -> m.SimStatus:
        self.require(user, SUPERVISOR)
        req = decode_body(body, m.ScenarioRequest)
        with self.engine.lock:
            self.engine.set_scenario(req.name)
        return self.status()

    def health(self) -> m.Health:
        with self.engine.lock:
            return m.Health(status="ok", server_time=self.engine.sim_datetime())


def _join(blobs: Iterable[bytes]) -> bytes:
    return b"[" + b",".join(blobs) + b"]"

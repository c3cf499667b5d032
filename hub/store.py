"""The hub's store: the upstream's state as the hub last saw it, the change log consoles follow, users, audit.

Every write that appends to the log holds the log lock (a lock in the process, and on PostgreSQL a transaction
advisory lock, so that replicas sharing one database append in turn); change ids are one more than the newest,
so the log has no gaps and a reader never sees a later change before an earlier one. The upstream's cursor is
written in the same transaction as the changes it brought, so a restart neither fetches a change twice nor
skips one.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import msgspec
from sqlalchemy import Connection, Engine, delete, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from api_client import models as m
from api_client.history import compute
from api_client.http import DEADLINE
from apiserver.http.backend import AuditFilter
from apiserver.problems import Problem
from hub import schema as s

ROLES: tuple[m.Role, ...] = ("supervisor", "team_lead", "qa_reviewer", "viewer")
SNAPSHOT_SOLVED_WINDOW_S = 24 * 3600  # resolved tickets stay in a snapshot this long, as on the simulator
RETENTION = 200_000  # changes kept; a console further behind is told to take a new snapshot (410)
PAGE_CACHE = 64  # pages of changes kept for the next console that asks for the same one
_LOG_LOCK_KEY = 0x5C0_4B  # the PostgreSQL advisory lock that orders appends to the log across replicas
NOTIFY_CHANNEL = "hub_log"  # PostgreSQL: every appending transaction notifies the log's new head on commit
WAKE_CHANNEL = "hub_wake"  # PostgreSQL: a replica that took a webhook asks the leader to poll the upstream now
WRITE_LEASE_S = 10.0  # a pending write's owner renews its hold this long ahead; lapsed, another replica settles it
# A write not seen upstream is settled as not taken only once its sender's calls must have ended: a write takes up to
# three (a read, the write, a bulk job's status), each within the client's deadline; writes noted together may be
# sent one after another.
IN_FLIGHT_S = 3 * DEADLINE
_ENC = msgspec.json.Encoder()
_TICKET = msgspec.json.Decoder(m.Ticket)
_AGENT = msgspec.json.Decoder(m.Agent)
_TICKETS = msgspec.json.Decoder(list[m.Ticket])
_QUEUES = msgspec.json.Decoder(list[m.Queue])
_AUDIT = msgspec.json.Decoder(m.AuditEntry)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _array(blobs: Iterable[bytes]) -> bytes:
    return b"[" + b",".join(blobs) + b"]"


@dataclass
class Clock:
    """The upstream's clock: its time when last heard, the wall time then, and its rate (0: paused)."""

    upstream: float = 0.0
    seen: float = 0.0
    rate: float = 1.0

    def now(self) -> float:
        return self.upstream + (time.time() - self.seen) * self.rate


class NotLeader(Exception):
    """The follower's replica is no longer the leader (another took over): its page is not taken."""


@dataclass(frozen=True)
class Pending:
    """A write sent upstream whose outcome the hub has not recorded: the audit entry it would write, the replica
    that held it before this one claimed it, and when (database clock) it can no longer be in flight."""

    id: int
    version: int
    entry: m.AuditEntry
    owner: str | None
    settle_after: float


class Store:
    """The hub's database. Thread-safe; ``listeners`` hear the log's new head after each append."""

    def __init__(self, engine: Engine, retention: int = RETENTION) -> None:
        self.engine = engine
        self._writer = engine.execution_options(writing=True)  # its transactions take SQLite's write lock at once
        self.retention = retention
        self._lock = threading.Lock()
        self._listeners: list[Callable[[int], None]] = []
        self._pages: dict[tuple[int, int, int], tuple[int, bytes]] = {}  # (cursor, limit, head): a page, oldest first
        self._pages_lock = threading.Lock()
        self._head_lock = threading.Lock()
        self._head = 0
        self.clock = Clock()
        self.upstream_cursor: int | None = None
        self.epoch: int | None = None  # PostgreSQL replicas: the leadership term this replica's follower writes in
        self.leading = False  # this replica's follower writes the upstream's cursor and clock (refresh keeps them)
        self.replica = secrets.token_hex(16)  # owns this process's pending writes (Pending)
        self._in_flight: set[int] = set()  # the pending writes this process is sending: the ones it renews
        self._in_flight_lock = threading.Lock()
        with engine.connect() as c:
            self._load_state(c)

    def _load_state(self, c: Connection) -> int:
        """Take the log's head, the upstream's cursor and clock as the database has them; returns the head."""
        head = c.execute(select(func.coalesce(func.max(s.changes.c.id), 0))).scalar_one()
        st = dict(c.execute(select(s.state.c.key, s.state.c.value)).all())
        self._pruned = int(st.get("pruned_through", 0))
        if not self.leading:
            self.clock = Clock(float(st.get("upstream_time", 0)), float(st.get("upstream_seen", 0)),
                               float(st.get("clock_rate", 1)))
            self.upstream_cursor = int(st["upstream_cursor"]) if "upstream_cursor" in st else None
        self._advance(head)
        return int(head)

    def refresh(self) -> int:
        """Catch up with what other replicas wrote (on a NOTIFY, or after missing some): the head, and unless this
        replica leads, the upstream's cursor and clock; listeners hear a new head. Returns the head."""
        with self.engine.connect() as c:
            return self._load_state(c)

    def take_lead(self) -> int:
        """Start a new leadership term (PostgreSQL): the epoch one more than the last, under the log lock, with the
        upstream's cursor as the last leader left it. A page of an older term is refused (:class:`NotLeader`)."""
        with self._lock, self._writer.begin() as c:
            c.execute(select(func.pg_advisory_xact_lock(_LOG_LOCK_KEY)))
            epoch = int(c.execute(select(s.state.c.value).where(s.state.c.key == "leader_epoch")).scalar() or 0) + 1
            self._set_state(c, {"leader_epoch": epoch})
            self.leading = False
            self._load_state(c)
            self.epoch, self.leading = epoch, True
        return epoch

    def _advance(self, head: int) -> None:
        """Move the head forward (never back: appends here and refreshes race) and tell the listeners."""
        with self._head_lock:
            if head <= self._head:
                return
            self._head = head
        for listener in self._listeners:
            listener(head)

    # ------------------------------------------------------------------ users
    def add_user(self, uid: str, name: str, role: m.Role) -> str:
        """Create user ``uid`` with ``role``, or give an existing one a new token; return the token (shown once)."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
        token = secrets.token_urlsafe(32)
        with self._writer.begin() as c:
            values = {"name": name, "role": role, "token_sha256": token_hash(token)}
            if c.execute(update(s.users).where(s.users.c.id == uid).values(**values)).rowcount == 0:
                c.execute(insert(s.users).values(id=uid, created_at=time.time(), **values))
        return token

    def revoke(self, uid: str) -> bool:
        """Revoke the token of ``uid``; False if there is no such user."""
        with self._writer.begin() as c:
            return c.execute(update(s.users).where(s.users.c.id == uid).values(token_sha256=None)).rowcount > 0

    def list_users(self) -> list[tuple[str, str, str, bool]]:
        """(id, name, role, has a token) of every user."""
        with self.engine.connect() as c:
            rows = c.execute(select(s.users.c.id, s.users.c.name, s.users.c.role, s.users.c.token_sha256)
                             .order_by(s.users.c.id)).all()
        return [(uid, name, role, digest is not None) for uid, name, role, digest in rows]

    def user(self, token: str) -> m.User | None:
        """The user a bearer token belongs to; None for an unknown or revoked one."""
        with self.engine.connect() as c:
            row = c.execute(select(s.users.c.id, s.users.c.name, s.users.c.role)
                            .where(s.users.c.token_sha256 == token_hash(token))).first()
        return m.User(id=row[0], name=row[1], role=row[2]) if row else None

    def people(self) -> bytes:
        """Console users and the upstream's agents with their teams."""
        with self.engine.connect() as c:
            people = [m.Person(id=uid, name=name, role=role) for uid, name, role in
                      c.execute(select(s.users.c.id, s.users.c.name, s.users.c.role).order_by(s.users.c.id))]
            people += [m.Person(id=a.id, name=a.name, role="agent", team=a.team)
                       for a in map(_AGENT.decode, c.execute(select(s.agents.c.data).order_by(s.agents.c.id))
                                    .scalars())]
        return _ENC.encode(people)

    # ------------------------------------------------------------------ the log
    @property
    def head(self) -> int:
        return self._head

    @property
    def loaded(self) -> bool:
        """Whether the hub has the upstream's state (its first snapshot is stored)."""
        return self.upstream_cursor is not None

    def subscribe(self, listener: Callable[[int], None]) -> None:
        self._listeners.append(listener)

    def server_time(self) -> datetime:
        return datetime.fromtimestamp(self.clock.now(), UTC)

    def changes(self, cursor: int, limit: int) -> tuple[int, bytes]:
        """Up to ``limit`` changes after ``cursor`` as a ChangesPage, and the page's cursor."""
        head, pruned = self._head, self._pruned
        if cursor > head:
            raise Problem(400, "bad_cursor", f"Cursor {cursor} is ahead of the feed ({head})", field="cursor")
        if cursor < pruned:
            raise Problem(410, "cursor_expired", f"Cursor {cursor} is older than the retained history; "
                          "take a new snapshot")
        if cursor == head:  # the heartbeat: nothing to read
            return cursor, b'{"cursor":%d,"server_time":%s,"changes":[]}' % (cursor, _ENC.encode(self.server_time()))
        key = (cursor, limit, head)
        cached = self._pages.get(key)
        if cached is not None:  # consoles on the stream ask for the same page after each change: read it once
            return cached
        with self.engine.connect() as c:
            blobs = c.execute(select(s.changes.c.data).where(s.changes.c.id > cursor, s.changes.c.id <= head)
                              .order_by(s.changes.c.id).limit(limit)).scalars().all()
        last = cursor + len(blobs)
        page = b'{"cursor":%d,"server_time":%s,"changes":%s}' % (last, _ENC.encode(self.server_time()), _array(blobs))
        if blobs:
            with self._pages_lock:
                if len(self._pages) >= PAGE_CACHE:
                    self._pages.pop(next(iter(self._pages)))
                self._pages[key] = (last, page)
        return last, page

    def snapshot(self) -> bytes:
        """Queues, agents, unresolved tickets and those resolved within a day, at one cursor."""
        now = self.clock.now()
        with self._reading() as c:
            cursor = c.execute(select(func.coalesce(func.max(s.changes.c.id), 0))).scalar_one()
            queues = c.execute(select(s.queues.c.data).order_by(s.queues.c.id)).scalars().all()
            agents = c.execute(select(s.agents.c.data).order_by(s.agents.c.id)).scalars().all()
            tickets = c.execute(select(s.tickets.c.data).where(or_(
                s.tickets.c.status.in_(m.UNRESOLVED), s.tickets.c.updated_at >= now - SNAPSHOT_SOLVED_WINDOW_S))
                .order_by(s.tickets.c.id)).scalars().all()
        return (b'{"cursor":%d,"server_time":%s,"clock_rate":%s,"queues":%s,"agents":%s,"tickets":%s}'
                % (cursor, _ENC.encode(datetime.fromtimestamp(now, UTC)), _ENC.encode(self.clock.rate),
                   _array(queues), _array(agents), _array(tickets)))

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection whose reads all see one moment: REPEATABLE READ on PostgreSQL; on SQLite (whose driver
        starts no transaction for reads) the log lock, held for the reads, keeps appends out."""
        with self.engine.connect() as c:
            if c.dialect.name == "postgresql":
                with c.execution_options(isolation_level="REPEATABLE READ").begin():
                    yield c
            else:
                with self._lock:
                    yield c

    # ------------------------------------------------------------------ reads
    def queues(self) -> bytes:
        with self.engine.connect() as c:
            return _array(c.execute(select(s.queues.c.data).order_by(s.queues.c.id)).scalars())

    def agents(self) -> bytes:
        with self.engine.connect() as c:
            return _array(c.execute(select(s.agents.c.data).order_by(s.agents.c.id)).scalars())

    def agent(self, agent_id: str) -> m.Agent | None:
        with self.engine.connect() as c:
            data = c.execute(select(s.agents.c.data).where(s.agents.c.id == agent_id)).scalar()
        return _AGENT.decode(data) if data is not None else None

    def ticket(self, ticket_id: int) -> m.Ticket | None:
        with self.engine.connect() as c:
            data = c.execute(select(s.tickets.c.data).where(s.tickets.c.id == ticket_id)).scalar()
        return _TICKET.decode(data) if data is not None else None

    def tickets(self, queue_id: str | None, assignee_id: str | None, status: str | None, unresolved: bool,
                after_id: int, limit: int) -> bytes:
        t = s.tickets.c
        where = [t.id > after_id]
        where += [col == value for col, value in ((t.queue_id, queue_id), (t.assignee_id, assignee_id),
                                                  (t.status, status)) if value is not None]
        if unresolved:
            where.append(t.status.in_(m.UNRESOLVED))
        with self.engine.connect() as c:
            return _array(c.execute(select(t.data).where(*where).order_by(t.id).limit(limit)).scalars())

    def history(self, since: float, until: float, step: int) -> bytes:
        """``GET /history`` (api_client.history's one computation) from the tickets unresolved or changed since
        one step before ``since``; ``until`` no later than now."""
        until = min(until, self.clock.now())
        t = s.tickets.c
        with self._reading() as c:
            tickets = c.execute(select(t.data).where(or_(t.status.in_(m.UNRESOLVED), t.updated_at >= since - step))
                                .order_by(t.id)).scalars().all()
            queues = c.execute(select(s.queues.c.data).order_by(s.queues.c.id)).scalars().all()
        try:
            series = compute(_TICKETS.decode(_array(tickets)), {q.id: q for q in _QUEUES.decode(_array(queues))},
                             since, until, step)
        except ValueError as exc:
            raise Problem(422, "bad_range", str(exc)) from None
        return _ENC.encode(series)

    def notes(self, ticket_id: int) -> bytes:
        with self.engine.connect() as c:
            return _array(c.execute(select(s.notes.c.data).where(s.notes.c.ticket_id == ticket_id)
                                    .order_by(s.notes.c.id)).scalars())

    def audit(self, flt: AuditFilter, limit: int, before_id: int | None = None) -> bytes:
        """Audit entries, newest first (only ids below ``before_id``: the next page)."""
        a = s.audit.c
        where = [col == value for col, value in ((a.ticket_id, flt.ticket_id), (a.actor_id, flt.actor_id),
                                                 (a.action, flt.action)) if value is not None]
        if flt.agent_id is not None:
            where.append(or_(a.from_assignee == flt.agent_id, a.to_assignee == flt.agent_id))
        if flt.since is not None:
            where.append(a.at >= flt.since.timestamp())
        if flt.until is not None:
            where.append(a.at < flt.until.timestamp())
        if before_id is not None:
            where.append(a.id < before_id)
        with self.engine.connect() as c:
            return _array(c.execute(select(a.data).where(*where).order_by(a.id.desc()).limit(limit)).scalars())

    # ------------------------------------------------------------------ appending
    @contextmanager
    def _appending(self, fenced: bool = False) -> Iterator[_Append]:
        """One transaction that may append to the log; listeners hear the new head after it commits (on PostgreSQL,
        other replicas through NOTIFY). ``fenced``: the follower's write, refused unless this replica's leadership
        term is the newest."""
        with self._lock, self._keeping_upstream_on_failure(), self._writer.begin() as c:
            postgres = c.dialect.name == "postgresql"
            if postgres:
                c.execute(select(func.pg_advisory_xact_lock(_LOG_LOCK_KEY)))
                if fenced and self.epoch is not None:
                    newest = c.execute(select(s.state.c.value).where(s.state.c.key == "leader_epoch")).scalar()
                    if newest is not None and int(newest) != self.epoch:
                        raise NotLeader(f"leadership term {self.epoch} ended; term {newest} follows now")
            head = c.execute(select(func.coalesce(func.max(s.changes.c.id), 0))).scalar_one()
            append = _Append(c, head)
            yield append
            append.flush()
            if postgres:
                c.execute(select(func.pg_notify(NOTIFY_CHANNEL, str(append.head))))
        self._advance(append.head)

    @contextmanager
    def _keeping_upstream_on_failure(self) -> Iterator[None]:
        """The upstream's cursor and clock as they were if the transaction that moves them does not commit (the
        follower fetches the page again from the cursor)."""
        cursor, clock = self.upstream_cursor, replace(self.clock)
        try:
            yield
        except BaseException:
            self.upstream_cursor, self.clock = cursor, clock
            raise

    def _set_state(self, c: Connection, values: dict[str, Any]) -> None:
        upsert(c, s.state, [{"key": k, "value": str(v)} for k, v in values.items()], "key", ["value"])

    def _upstream_seen(self, c: Connection, cursor: int, server_time: datetime, rate: float | None = None) -> None:
        self.clock.upstream, self.clock.seen = server_time.timestamp(), time.time()
        if rate is not None:
            self.clock.rate = rate
        self.upstream_cursor = cursor
        self._set_state(c, {"upstream_cursor": cursor, "upstream_time": self.clock.upstream,
                            "upstream_seen": self.clock.seen, "clock_rate": self.clock.rate})

    def load_snapshot(self, snap: m.Snapshot) -> int:
        """Take the upstream's snapshot: the first one fills the store; a later one (the upstream's cursor expired)
        logs what differs from what the store has. Returns the number of changes logged."""
        first = not self.loaded
        with self._appending(fenced=True) as log:
            c = log.conn
            upsert(c, s.queues, [{"id": q.id, "data": _ENC.encode(q)} for q in snap.queues], "id", ["data"])
            at = snap.server_time
            for a in snap.agents:
                log.agent(a, at, logged=not first)
            log.tickets(snap.tickets, at, logged=not first)
            self._upstream_seen(c, snap.cursor, snap.server_time, snap.clock_rate)
            return len(log.entries)

    def apply_page(self, page: m.ChangesPage) -> int:
        """Log the upstream's changes the store does not have yet, with the upstream's new cursor; returns how
        many were logged (a change the hub already logged from its own write is not logged again)."""
        with self._appending(fenced=True) as log:
            for change in page.changes:
                if isinstance(change, m.TicketChange):
                    log.tickets([change.ticket], change.at)
                else:
                    log.agent(change.agent, change.at)
            self._upstream_seen(log.conn, page.cursor, page.server_time)
            self._prune(log)
            return len(log.entries)

    def _prune(self, log: _Append) -> None:
        log.flush()
        oldest_kept = log.head - self.retention
        if oldest_kept > self._pruned + self.retention // 10:  # in steps, not on every page
            log.conn.execute(delete(s.changes).where(s.changes.c.id <= oldest_kept))
            self._set_state(log.conn, {"pruned_through": oldest_kept})
            self._pruned = oldest_kept

    def record(self, tickets: Sequence[m.Ticket] = (), agents: Sequence[m.Agent] = (),
               entries: Sequence[m.AuditEntry] = (), notes: Sequence[m.Note] = (),
               settled: Mapping[int, m.AuditEntry | None] | None = None) -> list[m.AuditEntry]:
        """A write's outcome: the tickets and agents as the upstream returned them, the audit entries and notes
        (their ids given here), and the pending writes it settles, each with the entry its outcome writes (None:
        it did not take effect). A pending write's entry is written only while this replica holds it, in the
        transaction that deletes it, so a write is audited once whichever replica settles it. Returns the
        entries written, with their ids."""
        at = self.server_time()
        with self._appending() as log:
            c = log.conn
            log.tickets(tickets, at)
            for agent in agents:
                log.agent(agent, at)
            if settled:
                p = s.pending_writes.c
                held = set(c.execute(delete(s.pending_writes).where(p.id.in_(list(settled)), p.owner == self.replica)
                                     .returning(p.id)).scalars())
                entries = [*entries, *(e for pid, e in settled.items() if pid in held and e is not None)]
            entries = _insert_audit(c, entries)
            notes = _numbered(c, s.notes, notes)
            if notes:
                c.execute(insert(s.notes), [{"id": n.id, "ticket_id": n.ticket_id, "data": _ENC.encode(n)}
                                            for n in notes])
            return list(entries)

    @property
    def lock(self) -> threading.Lock:
        """The log lock in this process: held by every append, and by the QA store's writes (hub/qa.py)."""
        return self._lock

    def audit_on(self, c: Connection, entry: m.AuditEntry) -> None:
        """Write ``entry`` in another writer's transaction ``c`` (the QA store's), whose writer holds :attr:`lock`."""
        if c.dialect.name == "postgresql":
            c.execute(select(func.pg_advisory_xact_lock(_LOG_LOCK_KEY)))
        _insert_audit(c, [entry])

    # ------------------------------------------------------------------ writes in flight
    @contextmanager
    def writing(self, writes: Sequence[tuple[int, m.AuditEntry]]) -> Iterator[list[int]]:
        """Note writes about to be sent upstream, each (version, the audit entry its success writes), and hold them
        (:meth:`renew_writes`) while the block sends them and :meth:`record` settles them; yields their ids. What
        the block leaves unsettled (an error, the database lost) is left to its lease: once it lapses a replica,
        this one too, settles it by asking the upstream. Sent one after another at worst, the writes are all out of
        flight :data:`IN_FLIGHT_S` per write after noting."""
        with self._writer.begin() as c:
            now = _db_now(c)
            after = now + IN_FLIGHT_S * len(writes)
            pids = [c.execute(insert(s.pending_writes).values(
                ticket_id=entry.ticket_id or 0, version=version, actor_id=entry.actor_id, data=_ENC.encode(entry),
                owner=self.replica, lease_until=now + WRITE_LEASE_S, settle_after=after)
                .returning(s.pending_writes.c.id)).scalar_one() for version, entry in writes]
        with self._in_flight_lock:
            self._in_flight.update(pids)
        try:
            yield pids
        finally:
            with self._in_flight_lock:
                self._in_flight.difference_update(pids)

    def renew_writes(self) -> int:
        """Hold the pending writes this process is sending (:meth:`writing`) for another :data:`WRITE_LEASE_S`;
        returns how many it holds."""
        with self._in_flight_lock:
            pids = list(self._in_flight)
        if not pids:
            return 0
        p = s.pending_writes.c
        with self._writer.begin() as c:
            return c.execute(update(s.pending_writes).where(p.owner == self.replica, p.id.in_(pids))
                             .values(lease_until=_db_now(c) + WRITE_LEASE_S)).rowcount

    def claim_pending(self) -> Pending | None:
        """Take over the oldest pending write whose holder's lease lapsed (a hub that stopped, lost its database, or
        failed to record an outcome; this process's own in-flight writes excepted). A conditional update claims it,
        so two replicas never both take one. None when there is none."""
        p = s.pending_writes.c
        with self._in_flight_lock:
            mine = list(self._in_flight)
        with self._writer.begin() as c:
            now = _db_now(c)
            row = c.execute(select(p.id, p.version, p.data, p.owner, p.lease_until, p.settle_after)
                            .where(p.lease_until < now, p.id.not_in(mine)).order_by(p.id).limit(1)).first()
            if row is None:
                return None
            pid, version, data, owner, lease, after = row
            held = p.owner == owner if owner is not None else p.owner.is_(None)
            claimed = c.execute(update(s.pending_writes).where(p.id == pid, held, p.lease_until == lease)
                                .values(owner=self.replica, lease_until=now + WRITE_LEASE_S)).rowcount
        if not claimed:  # another replica claimed it first: look again
            return self.claim_pending()
        return Pending(pid, version, _AUDIT.decode(data), owner, after)

    def defer_pending(self, pending: Pending) -> bool:
        """Give a claimed write that the upstream does not show back to the replica that held it, until it can no
        longer be in flight (its sender may have lost only its database: its call can still land, and then it
        records the outcome itself). False, leaving it claimed, when that time has passed."""
        p = s.pending_writes.c
        with self._writer.begin() as c:
            if _db_now(c) >= pending.settle_after:
                return False
            c.execute(update(s.pending_writes).where(p.id == pending.id, p.owner == self.replica)
                      .values(owner=pending.owner, lease_until=pending.settle_after))
            return True


class _Append:
    """What one appending transaction writes: rows and change entries, given ids on :meth:`flush`."""

    def __init__(self, conn: Connection, head: int) -> None:
        self.conn = conn
        self.head = head
        self.entries: list[m.TicketChange | m.AgentChange] = []
        self._flushed = 0

    def tickets(self, tickets: Sequence[m.Ticket], at: datetime, logged: bool = True) -> None:
        """Store the tickets newer than the store's (or equal in version but not in content), logging each."""
        if not tickets:
            return
        t = s.tickets.c
        known: dict[int, tuple[int, bytes]] = {}
        ids = list({tk.id for tk in tickets})
        for i in range(0, len(ids), 500):
            known.update((tid, (version, data)) for tid, version, data in self.conn.execute(
                select(t.id, t.version, t.data).where(t.id.in_(ids[i:i + 500]))))
        rows: dict[int, dict[str, Any]] = {}
        for tk in tickets:
            data = _ENC.encode(tk)
            old = known.get(tk.id)
            if old is not None and (tk.version < old[0] or (tk.version == old[0] and data == old[1])):
                continue  # older than the store's, or the echo of what the hub already logged
            known[tk.id] = (tk.version, data)
            rows[tk.id] = {"id": tk.id, "queue_id": tk.queue_id, "status": tk.status, "assignee_id": tk.assignee_id,
                           "version": tk.version, "updated_at": tk.updated_at.timestamp(), "data": data}
            if logged:
                self.entries.append(m.TicketChange(id=0, at=at, ticket=tk))
        upsert(self.conn, s.tickets, list(rows.values()), "id",
                ["queue_id", "status", "assignee_id", "version", "updated_at", "data"])

    def agent(self, agent: m.Agent, at: datetime, logged: bool = True) -> None:
        data = _ENC.encode(agent)
        if self.conn.execute(select(s.agents.c.data).where(s.agents.c.id == agent.id)).scalar() == data:
            return
        upsert(self.conn, s.agents, [{"id": agent.id, "data": data}], "id", ["data"])
        if logged:
            self.entries.append(m.AgentChange(id=0, at=at, agent=agent))

    def flush(self) -> None:
        new = self.entries[self._flushed:]
        rows = []
        for entry in new:
            self.head += 1
            entry.id = self.head
            rows.append({"id": self.head, "data": _ENC.encode(entry)})
        if rows:
            self.conn.execute(insert(s.changes), rows)
        self._flushed = len(self.entries)


def _db_now(c: Connection) -> float:
    """Seconds since the epoch by the database's clock on PostgreSQL (one clock for every replica), else this
    machine's."""
    if c.dialect.name == "postgresql":
        return float(c.execute(select(func.extract("epoch", func.clock_timestamp()))).scalar_one())
    return time.time()


def _insert_audit(c: Connection, entries: Sequence[m.AuditEntry]) -> list[m.AuditEntry]:
    """Write ``entries`` numbered after the newest (under the log lock); returns them with their ids."""
    entries = _numbered(c, s.audit, entries)
    if entries:
        c.execute(insert(s.audit), [{"id": e.id, "at": e.at.timestamp(), "ticket_id": e.ticket_id,
                                     "actor_id": e.actor_id, "action": e.action, "from_assignee": e.from_assignee,
                                     "to_assignee": e.to_assignee, "data": _ENC.encode(e)} for e in entries])
    return entries


def _numbered(c: Connection, table: Any, items: Sequence[Any]) -> list[Any]:
    """``items`` (structs with an ``id``) given the ids after the table's newest (under the log lock)."""
    if not items:
        return []
    last = c.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    return [msgspec.structs.replace(item, id=last + i) for i, item in enumerate(items, 1)]


def upsert(c: Connection, table: Any, rows: list[dict[str, Any]], key: str, columns: list[str]) -> None:
    """Insert ``rows``, or update ``columns`` of those whose ``key`` exists (SQLite and PostgreSQL alike)."""
    if not rows:
        return
    dialect = postgresql if c.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table)
    stmt = stmt.on_conflict_do_update(index_elements=[key], set_={col: stmt.excluded[col] for col in columns})
    for i in range(0, len(rows), 1000):
        c.execute(stmt, rows[i:i + 1000])

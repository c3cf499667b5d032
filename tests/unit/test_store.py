"""The live store's incremental aggregates agree with a from-scratch count at every step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec

from api_client.models import UNRESOLVED, ChangesPage, Snapshot, Ticket, TicketChange
from console.core.store import LiveStore, deadline, is_waiting
from simulator.engine import Config, Engine, to_dt

ENC = msgspec.json.Encoder()
PAGE = msgspec.json.Decoder(ChangesPage)


def snapshot_of(engine: Engine) -> Snapshot:
    with engine.lock:
        return Snapshot(cursor=engine.cursor, server_time=engine.sim_datetime(), clock_rate=0.0,
                        queues=list(engine.queues.values()), agents=list(engine.agents.values()),
                        tickets=[msgspec.structs.replace(t) for t in engine.snapshot_tickets()])


def page_after(engine: Engine, cursor: int) -> ChangesPage:
    blobs = engine.db.blobs("SELECT data FROM events WHERE id > ? ORDER BY id", (cursor,))
    body = b'{"cursor":%d,"server_time":%s,"changes":[%s]}' % (
        engine.cursor, ENC.encode(engine.sim_datetime()), b",".join(blobs))
    return PAGE.decode(body)


def brute_force(store: LiveStore) -> list[tuple]:
    """Per-queue (waiting, backlog, breached, at risk, longest wait, agents free), counted from scratch."""
    now = store.now()
    rows = []
    for qid, q in store.queues.items():
        mine = [t for t in store.tickets.values() if t.queue_id == qid]
        waiting = [t for t in mine if is_waiting(t)]
        dues = [d for d in (deadline(t, q) for t in mine) if d is not None]
        free = sum(1 for a in store.agents.values() if a.state == "available" and q.skill in a.skills)
        rows.append((len(waiting), sum(t.status in UNRESOLVED for t in mine), sum(d < now for d in dues),
                     sum(now <= d < now + q.at_risk_s for d in dues),
                     max((now - t.created_at.timestamp() for t in waiting), default=0.0), free))
    return rows


def incremental(store: LiveStore) -> list[tuple]:
    return [(q.waiting, q.backlog, q.breached, q.at_risk, q.longest_wait_s, q.agents_available)
            for q in store.metrics().queues]


def test_incremental_equals_recount_through_a_busy_hour(tmp_path: Path) -> None:
    engine = Engine.open(tmp_path / "c.sqlite", Config(seed=21, scenario="peak",
                                                       start=datetime(2026, 11, 23, 10, tzinfo=UTC)), reset=True)
    store = LiveStore()
    store.load(snapshot_of(engine))
    assert incremental(store) == brute_force(store)
    breached = 0
    for _ in range(12):
        cursor = engine.cursor
        with engine.lock:
            engine.advance_to(engine.now + 300)
        page = page_after(engine, cursor)
        assert page.changes
        store.apply(page)
        assert incremental(store) == brute_force(store)
        assert store.cursor == engine.cursor
        breached = max(breached, store.metrics().breached)
    assert store.metrics().waiting > 0
    assert breached > 0  # the peak shows pressure (due times are taken first, so breaches come and go)
    assert store.applied > 0


def ticket(version: int, **kw: object) -> Ticket:
    now = datetime(2026, 11, 23, 10, tzinfo=UTC)
    base = dict(id=1, subject="s", channel="email", queue_id="billing", priority="normal", status="new",
                requester={"id": "c", "name": "n", "tier": "standard", "language": "en"},
                created_at=now, updated_at=now, version=version,
                first_response_due=now + timedelta(minutes=15), resolution_due=now + timedelta(hours=24))
    base.update(kw)
    return msgspec.convert(base, Ticket)


def test_late_older_version_never_overwrites_newer(tmp_path: Path) -> None:
    engine = Engine.open(tmp_path / "c.sqlite", Config(seed=1, start=datetime(2026, 11, 23, 10, tzinfo=UTC)),
                         reset=True)
    store = LiveStore()
    store.load(snapshot_of(engine))
    at = to_dt(engine.now)
    newer = ticket(5, id=10**9, assignee_id="a0001", status="open")
    older = ticket(4, id=10**9)
    store.apply(ChangesPage(cursor=store.cursor, server_time=at, changes=[TicketChange(id=1, at=at, ticket=newer)]))
    store.apply(ChangesPage(cursor=store.cursor, server_time=at, changes=[TicketChange(id=2, at=at, ticket=older)]))
    assert store.tickets[10**9].version == 5
    assert incremental(store) == brute_force(store)


def test_deadline_respects_pause_and_first_response() -> None:
    t = ticket(1)
    assert deadline(t) == t.first_response_due.timestamp()
    answered = ticket(1, first_response_at=t.created_at)
    assert deadline(answered) == t.resolution_due.timestamp()
    paused = ticket(1, first_response_at=t.created_at, status="pending", sla_paused=True, resolution_due=None)
    assert deadline(paused) is None
    assert deadline(ticket(1, status="solved")) is None

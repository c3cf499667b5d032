"""Apply 10,000 change events to a live store of 100,000 open tickets: incremental engine vs full recount.

The centre is built in-process by the simulator's engine (``--open-tickets 100000 --agents 2000``), its
snapshot loaded into a :class:`LiveStore`, then the engine runs until it has produced ``--events`` changes,
which are cut into pages of ``--page`` events as the feed delivers them. Both contenders answer the
dashboard's question after every page:

- ``ms``: the incremental store: ``apply(page)`` then ``metrics()`` (every tile for the whole centre).
- ``baseline_ms``: keep the tickets in a dict and recompute every aggregate from scratch after each page
  (waiting, backlog, breached, at risk, longest wait per queue, agent load) — what a dashboard without
  incremental aggregates does.

Summary: ``store: ms=... baseline_ms=... ratio=... events=... tickets=...`` with ratio = baseline / ms.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import msgspec

from api_client.models import UNRESOLVED, Change, ChangesPage, Snapshot, Ticket, TicketChange
from benchmarks._common import summary
from console.core.store import LiveStore, deadline, is_active, is_waiting
from simulator.engine import Config, Engine


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks store", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="5,000 open tickets, 1,000 events, for tests")
    p.add_argument("--open-tickets", type=int, default=None)
    p.add_argument("--events", type=int, default=None)
    p.add_argument("--page", type=int, default=100, help="events per feed page (default 100)")
    args = p.parse_args(argv)
    args.open_tickets = args.open_tickets or (5_000 if args.quick else 100_000)
    args.events = args.events or (1_000 if args.quick else 10_000)
    return args


def build(tmp: Path, open_tickets: int) -> Engine:
    agents = max(60, open_tickets // 50)
    return Engine.open(tmp / "c.sqlite", Config(seed=1, agents=agents, open_tickets=open_tickets,
                                                start=datetime(2026, 11, 23, 10, tzinfo=UTC)), reset=True)


def snapshot_of(engine: Engine) -> Snapshot:
    return Snapshot(cursor=engine.cursor, server_time=engine.sim_datetime(), clock_rate=0.0,
                    queues=list(engine.queues.values()), agents=list(engine.agents.values()),
                    tickets=[msgspec.structs.replace(t) for t in engine.snapshot_tickets()])


def changes(engine: Engine, count: int, page: int) -> list[ChangesPage]:
    """Run the engine until it produced ``count`` changes; return them as pages, as the feed would."""
    start = engine.cursor
    while engine.cursor - start < count:
        with engine.lock:
            engine.advance_to(engine.now + 30)
    decoder = msgspec.json.Decoder(Change)
    blobs = engine.db.blobs("SELECT data FROM events WHERE id > ? ORDER BY id LIMIT ?", (start, count))
    items = [decoder.decode(b) for b in blobs]
    at = engine.sim_datetime()
    return [ChangesPage(cursor=items[min(i + page, len(items)) - 1].id, server_time=at, changes=items[i:i + page])
            for i in range(0, len(items), page)]


def recount(tickets: dict[int, Ticket], snap: Snapshot, now: float) -> dict[str, tuple]:
    """Every aggregate from scratch: one pass over all tickets."""
    queues = {q.id: q for q in snap.queues}
    rows: dict[str, list] = {q: [0, 0, 0, 0, None] for q in queues}
    active: Counter[str] = Counter()
    for t in tickets.values():
        row = rows[t.queue_id]
        if t.status in UNRESOLVED:
            row[1] += 1
        if is_waiting(t):
            row[0] += 1
            created = t.created_at.timestamp()
            if row[4] is None or created < row[4]:
                row[4] = created
        due = deadline(t, queues[t.queue_id])
        if due is not None:
            if due < now:
                row[2] += 1
            elif due < now + queues[t.queue_id].at_risk_s:
                row[3] += 1
        if is_active(t):
            active[t.assignee_id] += 1  # type: ignore[index]
    return {q: (r[0], r[1], r[2], r[3], now - r[4] if r[4] else 0.0) for q, r in rows.items()}


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        t0 = time.perf_counter()
        engine = build(Path(tmp), args.open_tickets)
        snap = snapshot_of(engine)
        pages = changes(engine, args.events, args.page)
        engine.db.close()
    events = sum(len(p.changes) for p in pages)
    print(f"centre: {len(snap.tickets):,} tickets ({engine.open_count():,} open), {len(snap.agents):,} agents, "
          f"{events:,} events in {len(pages)} pages; built in {time.perf_counter() - t0:.1f} s")
    now = engine.now

    store = LiveStore()
    store.load(snap)
    gc.collect()
    t0 = time.perf_counter()
    for page in pages:
        store.apply(page)
        incremental = store.metrics(now=now)
    ms = (time.perf_counter() - t0) * 1000

    tickets = {t.id: t for t in snap.tickets}
    gc.collect()
    t0 = time.perf_counter()
    for page in pages:
        for change in page.changes:
            if isinstance(change, TicketChange):
                tickets[change.ticket.id] = change.ticket
        baseline = recount(tickets, snap, now)
    baseline_ms = (time.perf_counter() - t0) * 1000

    mine = {q.queue_id: (q.waiting, q.backlog, q.breached, q.at_risk) for q in incremental.queues}
    theirs = {q: v[:4] for q, v in baseline.items()}
    if mine != theirs:
        print(f"MISMATCH: incremental {mine} != recount {theirs}", file=sys.stderr)
        return 1
    print(f"incremental: {ms:.0f} ms ({ms * 1000 / events:.1f} µs/event incl. {len(pages)} metrics() calls); "
          f"recount: {baseline_ms:.0f} ms; both agree on {theirs}")
    print(summary("store", ms=ms, baseline_ms=baseline_ms, ratio=baseline_ms / ms, events=events,
                  tickets=len(snap.tickets)))
    return 0

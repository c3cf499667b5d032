"""Decode the snapshot of a 100k-open-ticket centre: typed msgspec decode (as the client) vs plain json.loads.

The body is fetched over HTTP from a simulator child process (``--open-tickets 100000 --agents 2000``),
byte for byte what the server sends: the open backlog plus tickets solved in the last 24 h, so somewhat
more than 100k tickets. Only decoding is timed, median of ``--runs`` runs each, the decoders interleaved
so drift on a shared machine hits them alike.

Summary: ``snapshot: ms=... baseline_ms=... ratio=... tickets=... mb=...`` where ``ms`` is
``msgspec.json.decode(body, type=Snapshot)``, ``baseline_ms`` is ``json.loads(body)`` (no types, no
validation), ``ratio = baseline_ms / ms`` (>1: ours is faster) and ``mb`` the body in 10^6 bytes.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from typing import Any

import msgspec

from api_client.models import Snapshot
from benchmarks._common import SimProcess, median, summary


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks snapshot", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="small centre (5,000 open tickets, 200 agents), for tests")
    p.add_argument("--open-tickets", type=int, default=None, help="backlog of open tickets (default 100000)")
    p.add_argument("--agents", type=int, default=None, help="agents (default 2000)")
    p.add_argument("--runs", type=int, default=7, help="timed runs of each decoder (default 7, at least 5)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    if args.open_tickets is None:
        args.open_tickets = 5_000 if args.quick else 100_000
    if args.agents is None:
        args.agents = 200 if args.quick else 2000
    if args.runs < 5:
        p.error("--runs must be at least 5")
    return args


def fetch_body(args: argparse.Namespace) -> bytes:
    """``GET /api/v1/snapshot`` from a fresh simulator, as raw bytes."""
    started = time.perf_counter()
    with SimProcess(agents=args.agents, open_tickets=args.open_tickets, seed=args.seed) as sim:
        print(f"simulator ready in {time.perf_counter() - started:.1f} s "
              f"({args.open_tickets} open tickets, {args.agents} agents)")
        backend = sim.client()
        try:
            t = time.perf_counter()
            resp = backend.http.request("GET", "/snapshot", read_timeout=120)
            try:
                body = resp.content
            finally:
                resp.close()
            print(f"fetched snapshot over HTTP in {(time.perf_counter() - t) * 1000:.0f} ms")
        except Exception:
            print(sim.diagnose(), file=sys.stderr)
            raise
        finally:
            backend.close()
    # The simulator is stopped before timing, so it does not compete for the CPU.
    return body


def time_once(fn: Callable[[], Any]) -> float:
    """Milliseconds for one call; collected garbage first, the result freed outside the timing."""
    gc.collect()
    t = time.perf_counter()
    result = fn()
    elapsed = (time.perf_counter() - t) * 1000
    del result
    return elapsed


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    body = fetch_body(args)

    snap = msgspec.json.decode(body, type=Snapshot)  # also the warm-up of the typed path
    tickets = len(snap.tickets)
    plain = json.loads(body)  # and of the plain one
    if len(plain["tickets"]) != tickets:
        print(f"error: json.loads saw {len(plain['tickets'])} tickets, msgspec {tickets}")
        return 1
    print(f"body: {len(body):,} bytes, {tickets:,} tickets "
          f"({sum(t.status in ('new', 'open', 'pending') for t in snap.tickets):,} unresolved), "
          f"{len(snap.agents)} agents, {len(snap.queues)} queues, cursor {snap.cursor}")
    del snap, plain

    decoders: dict[str, Callable[[], Any]] = {
        "typed": lambda: msgspec.json.decode(body, type=Snapshot),
        "json": lambda: json.loads(body),
        "untyped": lambda: msgspec.json.decode(body),  # detail only: msgspec without types/validation
    }
    times: dict[str, list[float]] = {k: [] for k in decoders}
    order = list(decoders)
    for run in range(args.runs):
        for name in order if run % 2 == 0 else reversed(order):
            times[name].append(time_once(decoders[name]))
        print(f"run {run + 1}/{args.runs}: " + "  ".join(f"{k} {times[k][-1]:.1f} ms" for k in order))

    ms, baseline_ms, untyped_ms = (median(times[k]) for k in ("typed", "json", "untyped"))
    print(f"medians: msgspec typed {ms:.1f} ms, json.loads {baseline_ms:.1f} ms, "
          f"msgspec untyped {untyped_ms:.1f} ms (detail); "
          f"typed decode {len(body) / 1e6 / (ms / 1000):.0f} MB/s")
    print(summary("snapshot", ms=ms, baseline_ms=baseline_ms, ratio=baseline_ms / ms, tickets=tickets,
                  mb=len(body) / 1e6))
    return 0
